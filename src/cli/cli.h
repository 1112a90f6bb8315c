/* cli.h - what the subcommands share: the command table and option helpers.
 *
 * Each subcommand lives in its own cmd_*.c and is one row of the table in
 * main.c: its name, a one-line summary, its help text, its handler, and flags
 * that tell main which shared set-up it needs (an open database, writable). */
#ifndef CIVCAS_CLI_H
#define CIVCAS_CLI_H

#include "store/store.h"

enum cmd_flags {
	CMD_DB = 1,        /* open the database before running */
	CMD_WRITE = 2,     /* ... for writing, creating it if missing */
	CMD_OWN_HELP = 4   /* has subcommands that answer --help themselves */
};

struct cmd_ctx {
	const char *db;          /* --db PATH */
	struct store *store;     /* open when the command has CMD_DB */
	int argc;                /* argv[0] is the command's name */
	char **argv;
	const char *help;        /* the command's help text */
};

struct command {
	const char *name;
	const char *summary;
	const char *help;        /* usage and options, printed by --help */
	int (*run)(struct cmd_ctx *c);
	int flags;
};

/* Exit statuses. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* Print "civcas: <msg>" and the usage hint for the command; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int cmd_init(struct cmd_ctx *c);
int cmd_ingest(struct cmd_ctx *c);
int cmd_documents(struct cmd_ctx *c);
int cmd_show(struct cmd_ctx *c);
int cmd_verify(struct cmd_ctx *c);
/* `gazetteer import ...` (cmd_gazetteer.c) opens the database for writing
 * itself; `gazetteer lookup ...` goes to cmd_gazetteer_lookup with argv[0]
 * "lookup", no database open (c->store NULL) and --help already answered. */
int cmd_gazetteer(struct cmd_ctx *c);
int cmd_gazetteer_lookup(struct cmd_ctx *c, int argc, char **argv);
/* `eval places --gold FILE` (cmd_eval.c). */
int cmd_eval(struct cmd_ctx *c);

struct gazetteer;
struct err;
/* The bundled places plus those in the database at c->db, if there is one. */
int cli_open_gazetteer(struct cmd_ctx *c, struct gazetteer **g, struct err *e);

#endif
