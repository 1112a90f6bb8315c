/* cmd_gazetteer.c - `civcas gazetteer import geonames|csv ...`: a team's own
 * places into the database, in transactions of CAP_BATCH_PLACES; and the
 * way on to `gazetteer lookup` (cmd_lookup.c).
 *
 * The command opens the database itself rather than through main's flags:
 * import writes to it, while lookup only reads it and works without one. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/caps.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "gazetteer/import.h"

static const char geonames_help[] =
	"usage: civcas [--db PATH] gazetteer import geonames FILE [ALTERNATE_NAMES|ADMIN_CODES]...\n"
	"\n"
	"Store the places of a GeoNames dump (the tab-separated geoname table: a\n"
	"country's SY.txt, or cities15000.txt) in the database as gn:<geonameid>.\n"
	"Kept: populated places, countries, governorates, districts and\n"
	"subdistricts (PCLI, ADM1-3), and the landmarks reports name: camps,\n"
	"bridges, dams, hospitals, schools, mosques, churches, markets, airports,\n"
	"bases, prisons, stadiums, oil fields, ports (see src/gazetteer/import.h).\n"
	"A place's governorate and district are the names of the dump's ADM1 and\n"
	"ADM2 rows; Arabic-script alternate names give its Arabic name.\n"
	"\n"
	"Files after FILE are recognised by their columns:\n"
	"  ALTERNATE_NAMES  GeoNames' alternateNames table (a country's file or\n"
	"                   alternateNamesV2.txt): Arabic names, English variants\n"
	"  ADMIN_CODES      admin1CodesASCII.txt, admin2Codes.txt: the governorates\n"
	"                   and districts of a dump that has no ADM rows\n"
	"\n"
	"A malformed row is reported with its file and line and skipped, and the\n"
	"exit status is then 1. A file that is not a GeoNames file stores nothing.\n";

static const char csv_help[] =
	"usage: civcas [--db PATH] gazetteer import csv [--country CC] FILE\n"
	"\n"
	"Store the places of a CSV list in the database. The header names the\n"
	"columns, in any order and any case: id or pcode; name_en (or name,\n"
	"english); name_ar (or arabic; else a column written in Arabic script);\n"
	"variants (or alt_names; separated by | ; or ,); kind (or type, level);\n"
	"lat, lon (or latitude, longitude, y, x); governorate (or province);\n"
	"district; country (two or three letters); population. OCHA P-code\n"
	"gazetteers (admin1Name_en, admin1Name_ar, admin1Pcode ... admin4Pcode,\n"
	"or ADM1_EN ...) load as they are: a row is the most specific admin level\n"
	"it fills. A place is its id or P-code, else FILE:LINE; importing the file\n"
	"again updates its places.\n"
	"\n"
	"options:\n"
	"  --country CC   country (ISO 3166 two letters) of rows that name none\n"
	"\n"
	"A malformed row is reported with its file and line and skipped, and the\n"
	"exit status is then 1. A file that is not a CSV gazetteer stores nothing.\n";

struct import {
	struct store *s;
	long stored, arabic;              /* committed */
	long pending, pending_arabic;     /* in the open transaction */
	long rejected;
};

static int flush(struct import *im, struct err *e)
{
	if (!im->pending)
		return 0;
	int rc = store_commit(im->s, e);
	if (!rc) {
		im->stored += im->pending;
		im->arabic += im->pending_arabic;
	}
	im->pending = im->pending_arabic = 0;
	return rc;
}

static int put_place(void *ctx, const struct place_row *p, struct err *e)
{
	struct import *im = ctx;
	int rc;
	if (!im->pending && (rc = store_begin(im->s, e)))
		return rc;
	rc = store_place_put(im->s, p, e);
	if (rc) {
		store_rollback(im->s, NULL);
		im->pending = im->pending_arabic = 0;
		return rc;
	}
	im->pending++;
	im->pending_arabic += p->name_ar && *p->name_ar;
	return im->pending >= CAP_BATCH_PLACES ? flush(im, e) : 0;
}

static void problem(void *ctx, const struct err *e)
{
	err_print(e);
	((struct import *)ctx)->rejected++;
}

/* Commit what is left, say what happened. An import that failed before
 * anything happened (not a gazetteer, unreadable) gets its error alone. */
static int finish(struct import *im, int rc, struct err *e)
{
	struct err fe;
	int frc = flush(im, &fe);
	if (rc)
		err_print(e);
	else if (frc)
		err_print(&fe);
	if (!rc || im->stored || im->rejected)
		printf("gazetteer import: %ld places stored (%ld with Arabic names), %ld rows rejected\n",
		       im->stored, im->arabic, im->rejected);
	return rc || frc || im->rejected ? EXIT_FAIL : EXIT_OK;
}

static int open_store(struct cmd_ctx *c, struct import *im)
{
	struct err e;
	if (store_open(c->db, STORE_CREATE, &c->store, &e)) {
		err_print(&e);
		return EXIT_FAIL;
	}
	im->s = c->store;
	return 0;
}

static int wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return 1;
	return 0;
}

/* argv[0] is "geonames". */
static int import_geonames(struct cmd_ctx *c, int argc, char **argv)
{
	int nfiles = 0;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("gazetteer import geonames", "unknown option '%s'", argv[i]);
		nfiles++;
	}
	if (!nfiles)
		return cli_usage_error("gazetteer import geonames", "import geonames needs a FILE");
	struct gaz_file *files = xcalloc((size_t)nfiles, sizeof *files);
	int status = 0;
	for (int i = 0; i < nfiles && !status; i++) {
		files[i].path = argv[i + 1];
		files[i].f = fopen(argv[i + 1], "rb");
		if (!files[i].f) {
			fprintf(stderr, "civcas: cannot open (%s): %s\n", strerror(errno), argv[i + 1]);
			status = EXIT_FAIL;
		}
	}
	struct import im = { 0 };
	if (!status)
		status = open_store(c, &im);
	if (!status) {
		struct gaz_sink sink = { put_place, problem, &im };
		struct err e;
		int rc = gaz_import_geonames(&files[0], files + 1, nfiles - 1, &sink, &e);
		status = finish(&im, rc, &e);
	}
	for (int i = 0; i < nfiles; i++)
		if (files[i].f)
			fclose(files[i].f);
	free(files);
	return status;
}

/* argv[0] is "csv". */
static int import_csv(struct cmd_ctx *c, int argc, char **argv)
{
	enum { O_COUNTRY = 1 };
	static const struct option longopts[] = {
		{ "country", required_argument, NULL, O_COUNTRY },
		{ 0 }
	};
	const char *country = NULL;
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_COUNTRY:
			country = optarg;
			if (strlen(country) != 2 || !isalpha((unsigned char)country[0]) ||
			    !isalpha((unsigned char)country[1]))
				return cli_usage_error("gazetteer import csv", "--country wants a two-letter code such as SY, not '%s'",
						       country);
			break;
		default:
			return cli_usage_error("gazetteer import csv", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("gazetteer import csv", "import csv needs a FILE");
	if (optind + 1 < argc)
		return cli_usage_error("gazetteer import csv", "import csv takes one FILE, not '%s' too", argv[optind + 1]);
	struct gaz_file in = { fopen(argv[optind], "rb"), argv[optind] };
	if (!in.f) {
		fprintf(stderr, "civcas: cannot open (%s): %s\n", strerror(errno), in.path);
		return EXIT_FAIL;
	}
	struct import im = { 0 };
	int status = open_store(c, &im);
	if (!status) {
		struct gaz_sink sink = { put_place, problem, &im };
		struct err e;
		int rc = gaz_import_csv(&in, country, &sink, &e);
		status = finish(&im, rc, &e);
	}
	fclose(in.f);
	return status;
}

int cmd_gazetteer(struct cmd_ctx *c)
{
	if (c->argc < 2)
		return cli_usage_error("gazetteer", "gazetteer needs a subcommand: import geonames, import csv or lookup");
	const char *sub = c->argv[1];
	if (!strcmp(sub, "--help") || !strcmp(sub, "-h")) {
		fputs(c->help, stdout);
		return EXIT_OK;
	}
	if (!strcmp(sub, "lookup")) {
		if (wants_help(c->argc - 1, c->argv + 1)) {
			fputs(c->help, stdout);
			return EXIT_OK;
		}
		return cmd_gazetteer_lookup(c, c->argc - 1, c->argv + 1);
	}
	if (strcmp(sub, "import"))
		return cli_usage_error("gazetteer", "unknown subcommand '%s' (import, lookup)", sub);
	if (c->argc < 3)
		return cli_usage_error("gazetteer", "import needs a format: geonames or csv");
	const char *fmt = c->argv[2];
	int argc = c->argc - 2;
	char **argv = c->argv + 2;
	if (!strcmp(fmt, "geonames")) {
		if (wants_help(argc, argv)) {
			fputs(geonames_help, stdout);
			return EXIT_OK;
		}
		return import_geonames(c, argc, argv);
	}
	if (!strcmp(fmt, "csv")) {
		if (wants_help(argc, argv)) {
			fputs(csv_help, stdout);
			return EXIT_OK;
		}
		return import_csv(c, argc, argv);
	}
	if (!strcmp(fmt, "--help") || !strcmp(fmt, "-h")) {
		fputs(c->help, stdout);
		return EXIT_OK;
	}
	return cli_usage_error("gazetteer", "unknown import format '%s' (geonames, csv)", fmt);
}
