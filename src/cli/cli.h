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
	CMD_OWN_HELP = 4,  /* has subcommands that answer --help themselves */
	CMD_EXISTING = 8   /* with CMD_WRITE: the database must exist already */
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

/* The options and checks that several commands' getopt_long loops share.
 * Each prints its usage error for cmd and returns EXIT_USAGE, or returns 0
 * (having stored the value, if any). */
int cli_opt_format(const char *cmd, const char *arg, int *fmt);    /* --format table|csv|json */
int cli_opt_limit(const char *cmd, const char *arg, long *limit);  /* --limit N, N > 0 */
int cli_unknown_option(const char *cmd, char **argv);             /* argv[optind - 1], just refused */
int cli_no_arguments(const char *cmd, int argc, char **argv);     /* none left at argv[optind] */

struct out;
struct err;
/* The end of a listing: frees o (finishing its output) and, when rc is set,
 * prints e. The exit status. */
int cli_list_done(struct out *o, int rc, const struct err *e);

int cmd_init(struct cmd_ctx *c);
int cmd_ingest(struct cmd_ctx *c);
int cmd_documents(struct cmd_ctx *c);
int cmd_show(struct cmd_ctx *c);
int cmd_verify(struct cmd_ctx *c);
int cmd_extract(struct cmd_ctx *c);
int cmd_claims(struct cmd_ctx *c);
int cmd_run(struct cmd_ctx *c);
/* `gazetteer import ...` (cmd_gazetteer.c) opens the database for writing
 * itself; `gazetteer lookup ...` goes to cmd_gazetteer_lookup with argv[0]
 * "lookup", no database open (c->store NULL) and --help already answered. */
int cmd_gazetteer(struct cmd_ctx *c);
int cmd_gazetteer_lookup(struct cmd_ctx *c, int argc, char **argv);
/* `eval places|extract|claims --gold FILE` (cmd_eval.c; the rest in cli/eval.h). */
int cmd_eval(struct cmd_ctx *c);

struct gazetteer;
/* The bundled places plus those in the database at c->db, if there is one. */
int cli_open_gazetteer(struct cmd_ctx *c, struct gazetteer **g, struct err *e);

/* Ingest's options from c->argv (usage errors name the command name) and
 * the archiving of its paths, with ingest's summary lines (cmd_ingest.c).
 * Returns an exit status; *quiet says whether --quiet was given, and
 * *store_failed whether the database failed (not just a record). */
int cli_ingest(struct cmd_ctx *c, const char *name, int *quiet, int *store_failed);

/* Extraction of the documents not yet extracted by this extractor version
 * (all: every document again), at most limit (0: no limit), with extract's
 * summary line (cmd_extract.c). country: focus countries as for gazetteer
 * lookup, or NULL. Returns an exit status. */
struct cli_extract_opts {
	int all;
	long limit;
	int progress;
	const char *country;
};
int cli_extract(struct cmd_ctx *c, const struct cli_extract_opts *o);

/* Claims as rows (cmd_claims.c): the columns of `claims --format csv|json`,
 * one per field, shared with `show --format json`. */
struct claim_record;
struct out *cli_claims_out(int fmt);   /* enum out_format; writes to stdout */
void cli_claim_row(struct out *o, int fmt, const struct claim_record *r);
/* A range for people: "43", "24–?", "10–15", "?" (unknown). */
void cli_range_text(char *buf, size_t size, struct range r);

#endif
