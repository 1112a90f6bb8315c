/* main.c - the civcas command line: global options, then one subcommand from
 * the table below. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "io/out.h"

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
	{ "extract", "extract claims from documents not yet extracted",
	  "usage: civcas [--db PATH] extract [options]\n"
	  "\n"
	  "Extract the casualty claims of every archived document that this\n"
	  "extractor version has not read yet: incidents, admissions, estimates,\n"
	  "infrastructure hit, context figures, each with the sentence and the\n"
	  "words it came from. A document's claims replace those an earlier\n"
	  "extraction stored. Documents whose text repeats an earlier one are\n"
	  "skipped (their original is extracted). Work is committed every 500\n"
	  "documents: an interrupted run keeps it, and the next run goes on from\n"
	  "there. Prints one line:\n"
	  "  extract: N documents, M claims (I incident, A admission, E estimate,\n"
	  "  F infrastructure, C context)\n"
	  "\n"
	  "options:\n"
	  "  --all          extract every document again\n"
	  "  --limit N      at most N documents\n"
	  "  --country CC   read bare place names as a team monitoring these\n"
	  "                 countries does (SY, or SY,IQ; see gazetteer lookup)\n"
	  "  --quiet        no progress line\n",
	  cmd_extract, CMD_DB | CMD_WRITE | CMD_EXISTING },
	{ "run", "ingest, then extract (link and grade come later)",
	  "usage: civcas [--db PATH] run [ingest options] PATH...\n"
	  "\n"
	  "The pipeline in one command: archive PATH... as 'civcas ingest' does\n"
	  "(same options, see 'civcas ingest --help'), then extract the claims of\n"
	  "every document not yet extracted, as 'civcas extract' does. Prints the\n"
	  "summary lines of both. Linking claims into incidents and grading them\n"
	  "do not exist yet: run stops after extract. A rejected record does not\n"
	  "stop the run; the exit status is then 1.\n",
	  cmd_run, CMD_DB | CMD_WRITE },
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
	{ "claims", "list extracted claims with their evidence",
	  "usage: civcas [--db PATH] claims [options]\n"
	  "\n"
	  "List stored claims in the order they were extracted (a document's in\n"
	  "text order). The table shows counts as ranges: \"43\", \"10–15\", \"24–?\"\n"
	  "(at least 24), \"?\" (no figure), and the quote of the evidence; csv\n"
	  "and json have one column per field (ranges as _min/_max, empty or null\n"
	  "when unknown; offsets in bytes of the document's text).\n"
	  "\n"
	  "options:\n"
	  "  --format FMT       table (default), csv or json\n"
	  "  --doc DOC          only this document's claims (number or sha256 prefix)\n"
	  "  --kind K[,K]       incident, admission, estimate, infrastructure, context\n"
	  "  --belligerent B    claims naming B (coalition, russia, syria, turkey, israel,\n"
	  "                     iraq, iran, isis, opposition, sdf, hts; unknown: none named)\n"
	  "  --weapon W[,W]     airstrike, drone, barrel_bomb, shelling, missile, rocket,\n"
	  "                     chemical, explosion, shooting, execution, ground, unknown\n"
	  "  --main             only each document's main incident claim\n"
	  "  --since DATE       events on or after DATE (a period: ending on or after)\n"
	  "  --until DATE       events on or before DATE (2017-03: all of March)\n"
	  "  --governorate NAME only claims placed in this governorate (English name)\n"
	  "  --min-killed N     at least N killed\n"
	  "  --limit N          at most N claims\n",
	  cmd_claims, CMD_DB },
	{ "show", "one document with its metadata, text and claims",
	  "usage: civcas [--db PATH] show [options] DOC\n"
	  "\n"
	  "Show one archived document, then its claims, each with the sentence it\n"
	  "came from and its evidence marked: in reverse video on a terminal,\n"
	  "between « and » when the output is piped or NO_COLOR is set. DOC is its\n"
	  "number or the first 6 or more hex digits of its sha256. json has the\n"
	  "claims as \"claims\", with the columns of 'claims --format json'.\n"
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
	  "usage: civcas [--db PATH] eval places --gold FILE.csv [options]\n"
	  "       civcas [--db PATH] eval extract --gold FILE.csv [options]\n"
	  "       civcas [--db PATH] eval claims --gold FILE.jsonl [--incidents FILE.csv]\n"
	  "                                      [--lang CODE] [options]\n"
	  "\n"
	  "Each ends with one line that scripts read; F is a share (3 decimals).\n"
	  "Rows or records that cannot be read are reported with their file and\n"
	  "line and skipped; the exit status is then 1.\n"
	  "\n"
	  "places: resolve each row's location_en and location_ar on its own and\n"
	  "compare with its latitude/longitude and governorate. Prints the figures\n"
	  "by geolocation_precision class, then one line:\n"
	  "  eval places: n=N en_10km=F ar_10km=F en_found=F ar_found=F governorate=F\n"
	  "en_10km/ar_10km: share of rows with that name and coordinates resolved\n"
	  "within 10 km (not found counts as a miss); en_found/ar_found: share\n"
	  "resolved at all; governorate: share of resolved rows inside the row's\n"
	  "governorate. --verbose prints each row's answer first.\n"
	  "\n"
	  "extract: extract each article of a CSV in FA-KES's layout (unit_id,\n"
	  "article_title, article_content, date M/D/YY, location, actor,\n"
	  "cause_of_death, nb_children, nb_civilians, nb_noncivilians, nb_women)\n"
	  "and summarise its main claim in FA-KES's terms:\n"
	  "  eval extract: n=N civilians=F children=F women=F noncivilians=F\n"
	  "                location=F actor=F cause=F (one line)\n"
	  "each the share of articles where it equals the gold. --verbose prints\n"
	  "each disagreement first: unit_id, field, gold, ours (tab-separated).\n"
	  "\n"
	  "claims: extract each text of a JSON lines file on its own (with its\n"
	  "publication_date when it has one) and compare its main incident claim\n"
	  "with the record's gold object (docs/annotation-guide.md):\n"
	  "  eval claims: n=N claim_p=F claim_r=F date=F governorate=F belligerent=F\n"
	  "               weapon=F killed=F killed_overlap=F injured=F (one line)\n"
	  "claim_p/claim_r: precision and recall of \"reports an incident with\n"
	  "casualties\"; the rest over the texts where both have a claim (and, but\n"
	  "for killed and injured, the gold has the attribute): the same day (month\n"
	  "when the gold has only a month), governorate, a belligerent in common,\n"
	  "the same weapon class; killed: civilians killed (min, max) exactly as the\n"
	  "gold has them, \"no figure\" included; killed_overlap: the ranges overlap\n"
	  "where both have one; injured: like killed.\n"
	  "With --incidents the records are Airwars source texts, each compared with\n"
	  "the incident of its first incident_code in that incidents CSV:\n"
	  "  eval claims: n=N claimed=F date_found=F date_1d=F place_found=F\n"
	  "               place_10km=F governorate=F belligerent_found=F belligerent=F\n"
	  "               killed_found=F killed_overlap=F empty_pages=N other_date=N\n"
	  "               (one line)\n"
	  "claimed: share of texts with a claim; X_found: share of the claims that\n"
	  "carry X; the others: share right among those (and incidents that have\n"
	  "it): date within a day, place within 10 km, the same governorate, a\n"
	  "belligerent in common, killed ranges that overlap. empty_pages: texts\n"
	  "that are a site's notice with no post (\"This page isn't available\");\n"
	  "other_date: texts dated (publication date, else the date they show) more\n"
	  "than 30 days from their incident, most often not the post it cites.\n"
	  "--verbose prints each text's disagreements first (gold / ours).\n"
	  "\n"
	  "options:\n"
	  "  --gold FILE       the labelled set\n"
	  "  --incidents FILE  claims: Airwars' incidents.csv (see above)\n"
	  "  --lang CODE       claims: only records in this language (ar, en)\n"
	  "  --country CC      resolve places as a team monitoring these countries\n"
	  "                    does (SY, or SY,IQ; see gazetteer lookup); extract and\n"
	  "                    claims read the reports as a team on Syria (SY) unless\n"
	  "                    told otherwise (--country '' for every country)\n"
	  "  --verbose         print what disagrees before the figures\n",
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

int cli_opt_format(const char *cmd, const char *arg, int *fmt)
{
	*fmt = out_format_parse(arg);
	if (*fmt < 0)
		return cli_usage_error(cmd, "unknown format '%s' (table, csv, json)", arg);
	return 0;
}

int cli_opt_limit(const char *cmd, const char *arg, long *limit)
{
	char *end;
	*limit = strtol(arg, &end, 10);
	if (*end || *limit <= 0)
		return cli_usage_error(cmd, "--limit wants a positive number, got '%s'", arg);
	return 0;
}

int cli_unknown_option(const char *cmd, char **argv)
{
	return cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}

int cli_no_arguments(const char *cmd, int argc, char **argv)
{
	if (optind < argc)
		return cli_usage_error(cmd, "unexpected argument '%s'", argv[optind]);
	return 0;
}

int cli_list_done(struct out *o, int rc, const struct err *e)
{
	out_free(o);
	if (rc) {
		err_print(e);
		return EXIT_FAIL;
	}
	return EXIT_OK;
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
		if ((!(cmd->flags & CMD_WRITE) || (cmd->flags & CMD_EXISTING)) && access(db, F_OK) != 0) {
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
