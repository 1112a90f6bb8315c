/* main.c - the civcas command line: global options, then one subcommand from
 * the table below. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

#define CIVCAS_VERSION "0.1.0"

static const struct command commands[] = {
	{ "init", "create or upgrade the database",
	  "usage: civcas [--db PATH] init\n"
	  "\n"
	  "Create the database (default civcas.db) or bring an older one up to the\n"
	  "current schema. Safe to run again.\n",
	  cmd_init, CMD_DB | CMD_WRITE },
	{ "ingest", "archive documents (files, folders, '-' for stdin)",
	  "usage: civcas [--db PATH] ingest [options] PATH...\n"
	  "\n"
	  "Archive reports: each file, each file under a folder (recursively), or\n"
	  "stdin for '-'. Formats: text, html, json, jsonl, csv, rss/atom, chosen by\n"
	  "--format, else the file's extension, else its content. The same bytes\n"
	  "ingested twice are stored once. Malformed records are reported with\n"
	  "their file and line and skipped; the exit status is then 1.\n"
	  "\n"
	  "options:\n"
	  "  --format FMT        text, html, json, jsonl, csv, rss, atom\n"
	  "  --lang CODE         language of documents that carry no tag (ar, en, ...)\n"
	  "                      instead of detecting it from the script\n"
	  "  --publisher NAME    publisher of documents that name none\n"
	  "  --published DATE    publication date of documents that carry none\n"
	  "  --source-kind KIND  news_agency, local_media, social_media, ngo,\n"
	  "                      belligerent, government (for documents without one)\n"
	  "  --charset NAME      the inputs' charset (utf-8, windows-1256,\n"
	  "                      iso-8859-6, windows-1252); default: detect\n"
	  "  --field F=NAME      read field F (text, title, url, published, language,\n"
	  "                      publisher, author, source_kind) from the JSON key or\n"
	  "                      CSV column NAME; repeatable\n"
	  "  --day-first         read numeric dates as D/M/Y (default M/D/Y)\n"
	  "  --quiet             no progress line\n",
	  cmd_ingest, CMD_DB | CMD_WRITE },
	{ "documents", "list archived documents",
	  "usage: civcas [--db PATH] documents [options]\n"
	  "\n"
	  "List archived documents in the order they were archived.\n"
	  "\n"
	  "options:\n"
	  "  --format FMT      table (default), csv or json\n"
	  "  --lang CODE       only documents in this language\n"
	  "  --publisher NAME  only documents from this publisher\n"
	  "  --since DATE      published on or after DATE (YYYY-MM-DD)\n"
	  "  --until DATE      published on or before DATE\n"
	  "  --unique          leave out documents whose text repeats an earlier one\n"
	  "  --limit N         at most N documents\n",
	  cmd_documents, CMD_DB },
	{ "show", "one document with its metadata and text",
	  "usage: civcas [--db PATH] show [options] DOC\n"
	  "\n"
	  "Show one archived document. DOC is its number or the first 6 or more\n"
	  "hex digits of its sha256.\n"
	  "\n"
	  "options:\n"
	  "  --format FMT   table (default: for people) or json\n"
	  "  --raw          write the archived bytes exactly as received\n",
	  cmd_show, CMD_DB },
	{ "verify", "check the database and re-hash every archived document",
	  "usage: civcas [--db PATH] verify\n"
	  "\n"
	  "Check the database's structure and references, then unpack every\n"
	  "document's archived bytes and hash them again: each must still match\n"
	  "the address it was stored under, and its text its text hash. Exit\n"
	  "status 1 names what is damaged.\n",
	  cmd_verify, CMD_DB },
	{ "gazetteer", "import places; look a place up",
	  "usage: civcas [--db PATH] gazetteer import geonames FILE [ALTERNATE_NAMES|ADMIN_CODES]...\n"
	  "       civcas [--db PATH] gazetteer import csv [--country CC] FILE\n"
	  "       civcas [--db PATH] gazetteer lookup [--format FMT] [--limit N] [--country CC] NAME\n"
	  "\n"
	  "The gazetteer is the bundled places plus those imported into the database.\n"
	  "import stores a team's own places (a GeoNames dump or a CSV list); a place\n"
	  "imported again is updated. 'civcas gazetteer import geonames --help' and\n"
	  "'civcas gazetteer import csv --help' say more. lookup shows the places a\n"
	  "name can stand for, best first, and why.\n"
	  "\n"
	  "lookup options:\n"
	  "  --format FMT   table (default), csv or json\n"
	  "  --limit N      at most N candidates (default 10)\n"
	  "  --country CC   only places in these countries (SY, or SY,IQ): what a\n"
	  "                 team monitoring them means by a bare name\n",
	  cmd_gazetteer, CMD_OWN_HELP },
	{ "eval", "measure accuracy against a labelled set",
	  "usage: civcas [--db PATH] eval places --gold FILE.csv [--country CC[,CC]] [--verbose]\n"
	  "\n"
	  "places: resolve each row's location_en and location_ar on its own and\n"
	  "compare with its latitude/longitude and governorate. Prints the figures\n"
	  "by geolocation_precision class, then one line:\n"
	  "  eval places: n=N en_10km=F ar_10km=F en_found=F ar_found=F governorate=F\n"
	  "en_10km/ar_10km: share of rows with that name and coordinates resolved\n"
	  "within 10 km (not found counts as a miss); en_found/ar_found: share\n"
	  "resolved at all; governorate: share of resolved rows inside the row's\n"
	  "governorate. --country: resolve as a team monitoring those countries\n"
	  "does (see gazetteer lookup). --verbose prints each row's answer first.\n",
	  cmd_eval, 0 },
};

#define NCOMMANDS (int)(sizeof commands / sizeof *commands)

static void usage(FILE *f)
{
	fputs("usage: civcas [--db PATH] COMMAND [options]\n"
	      "\n"
	      "civcas archives reports of civilian harm, extracts their casualty claims\n"
	      "and groups them into graded incidents.\n"
	      "\n"
	      "commands:\n", f);
	for (int i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
	fputs("\n"
	      "global options:\n"
	      "  --db PATH    the database (default: $CIVCAS_DB, else civcas.db)\n"
	      "  --help       this help; 'civcas COMMAND --help' for a command's\n"
	      "  --version    print the version\n", f);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("civcas: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	if (cmd)
		fprintf(stderr, "(see 'civcas %s --help')\n", cmd);
	else
		fputs("(see 'civcas --help')\n", stderr);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	const char *db = getenv("CIVCAS_DB");
	if (!db || !*db)
		db = "civcas.db";
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--db") && i + 1 < argc) {
			db = argv[++i];
		} else if (!strncmp(argv[i], "--db=", 5)) {
			db = argv[i] + 5;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(argv[i], "--version")) {
			printf("civcas %s\n", CIVCAS_VERSION);
			return EXIT_OK;
		} else {
			return cli_usage_error(NULL, "unknown option '%s'", argv[i]);
		}
	}
	if (i == argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	const struct command *cmd = NULL;
	for (int k = 0; k < NCOMMANDS; k++)
		if (!strcmp(commands[k].name, argv[i]))
			cmd = &commands[k];
	if (!cmd)
		return cli_usage_error(NULL, "unknown command '%s'", argv[i]);
	for (int k = i + 1; k < argc && strcmp(argv[k], "--") && !(cmd->flags & CMD_OWN_HELP); k++) {
		if (!strcmp(argv[k], "--help") || !strcmp(argv[k], "-h")) {
			fputs(cmd->help, stdout);
			return EXIT_OK;
		}
	}

	struct cmd_ctx c = { .db = db, .argc = argc - i, .argv = argv + i, .help = cmd->help };
	if (cmd->flags & CMD_DB) {
		struct err e;
		int flags = cmd->flags & CMD_WRITE ? STORE_CREATE : STORE_READONLY;
		if (!(cmd->flags & CMD_WRITE) && access(db, F_OK) != 0) {
			fprintf(stderr, "civcas: no database at %s (run 'civcas init' or 'civcas ingest' first)\n", db);
			return EXIT_FAIL;
		}
		if (store_open(db, flags, &c.store, &e)) {
			err_print(&e);
			return EXIT_FAIL;
		}
	}
	int status = cmd->run(&c);
	if (c.store)
		store_close(c.store);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("civcas: writing output");
		return EXIT_FAIL;
	}
	return status;
}
