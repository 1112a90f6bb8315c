/* cmd_ingest.c - `civcas ingest PATH...`: archive reports and say what
 * happened to them. `civcas run` archives through the same code. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "io/ingest.h"
#include "text/charset.h"
#include "text/lang.h"

static const char *const field_names[FIELD_COUNT] = {
	[FIELD_TEXT] = "text", [FIELD_TITLE] = "title", [FIELD_URL] = "url",
	[FIELD_PUBLISHED] = "published", [FIELD_LANGUAGE] = "language",
	[FIELD_PUBLISHER] = "publisher", [FIELD_AUTHOR] = "author",
	[FIELD_SOURCE_KIND] = "source_kind",
};

static int set_field(struct ingest_opts *o, char *spec, const char *name)
{
	char *eq = strchr(spec, '=');
	if (!eq || eq == spec || !eq[1])
		return cli_usage_error(name, "--field wants F=NAME, got '%s'", spec);
	*eq = '\0';
	for (int f = 0; f < FIELD_COUNT; f++) {
		if (!strcmp(field_names[f], spec)) {
			o->field_map[f] = eq + 1;
			return 0;
		}
	}
	return cli_usage_error(name, "unknown field '%s' in --field", spec);
}

int cli_ingest(struct cmd_ctx *c, const char *name, int *quiet, int *store_failed)
{
	enum { O_FORMAT = 1, O_LANG, O_PUBLISHER, O_PUBLISHED, O_KIND, O_CHARSET, O_FIELD,
	       O_DAYFIRST, O_QUIET };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, O_FORMAT },
		{ "lang", required_argument, NULL, O_LANG },
		{ "publisher", required_argument, NULL, O_PUBLISHER },
		{ "published", required_argument, NULL, O_PUBLISHED },
		{ "source-kind", required_argument, NULL, O_KIND },
		{ "charset", required_argument, NULL, O_CHARSET },
		{ "field", required_argument, NULL, O_FIELD },
		{ "day-first", no_argument, NULL, O_DAYFIRST },
		{ "quiet", no_argument, NULL, O_QUIET },
		{ 0 }
	};
	struct ingest_opts o = { .progress = isatty(2) };
	*quiet = 0;
	*store_failed = 0;
	char langbuf[8];
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(c->argc, c->argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_FORMAT:
			if (!ingest_reader_for(optarg))
				return cli_usage_error(name, "unknown format '%s'", optarg);
			o.format = optarg;
			break;
		case O_LANG:
			o.language = lang_canonical(optarg, langbuf, sizeof langbuf);
			break;
		case O_PUBLISHER: o.publisher = optarg; break;
		case O_PUBLISHED: o.published = optarg; break;
		case O_KIND: o.source_kind = optarg; break;
		case O_CHARSET:
			if (!charset_canonical(optarg))
				return cli_usage_error(name, "unknown charset '%s'", optarg);
			o.charset = optarg;
			break;
		case O_FIELD:
			if (set_field(&o, optarg, name))
				return EXIT_USAGE;
			break;
		case O_DAYFIRST: o.date_order = DATE_DMY; break;
		case O_QUIET:
			o.progress = 0;
			*quiet = 1;
			break;
		default:
			return cli_usage_error(name, "unknown option '%s'", c->argv[optind - 1]);
		}
	}
	if (optind >= c->argc)
		return cli_usage_error(name, "%s needs at least one PATH ('-' for stdin)", name);

	struct ingest *in = ingest_new(c->store, &o);
	struct err e;
	int rc = 0;
	for (int i = optind; i < c->argc && !rc; i++)
		rc = ingest_path(in, c->argv[i], &e);
	if (!rc)
		rc = ingest_finish(in, &e);
	const struct ingest_stats *st = ingest_stats(in);
	printf("ingest: %ld new, %ld already archived, %ld same text, %ld rejected, %ld files failed\n",
	       st->stored, st->duplicates, st->same_text, st->rejected, st->failed_files);
	if (st->bad_dates)
		printf("ingest: %ld dates not understood (stored without a date)\n", st->bad_dates);
	int status = (st->rejected || st->failed_files) ? EXIT_FAIL : EXIT_OK;
	if (rc) {
		err_print(&e);
		status = EXIT_FAIL;
		*store_failed = 1;
	}
	ingest_free(in);
	return status;
}

int cmd_ingest(struct cmd_ctx *c)
{
	int quiet, store_failed;
	return cli_ingest(c, "ingest", &quiet, &store_failed);
}
