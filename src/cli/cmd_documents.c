/* cmd_documents.c - `civcas documents`: list the archive. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "io/out.h"

static const struct out_column table_cols[] = {
	{ "id", 5, 1 }, { "published", 10, 0 }, { "lang", 4, 0 }, { "format", 6, 0 },
	{ "publisher", 24, 0 }, { "chars", 7, 1 }, { "title", 48, 0 },
};
/* free text (author, url, title) last, so that scripts can cut the rest */
static const struct out_column data_cols[] = {
	{ "id", 0, 1 }, { "sha256", 0, 0 }, { "published", 0, 0 }, { "language", 0, 0 },
	{ "format", 0, 0 }, { "text_bytes", 0, 1 }, { "duplicate_of", 0, 1 },
	{ "source_kind", 0, 0 }, { "publisher", 0, 0 }, { "retrieved", 0, 0 },
	{ "origin", 0, 0 }, { "origin_line", 0, 1 }, { "published_raw", 0, 0 },
	{ "author", 0, 0 }, { "url", 0, 0 }, { "title", 0, 0 },
};

struct listing {
	struct out *out;
	int table;
};

static int one(void *ctx, const struct doc_record *r)
{
	struct listing *l = ctx;
	char id[24], bytes[24], dup[24], line[24];
	snprintf(id, sizeof id, "%" PRId64, r->id);
	snprintf(bytes, sizeof bytes, "%zu", r->text_len);
	snprintf(dup, sizeof dup, "%" PRId64, r->duplicate_of);
	snprintf(line, sizeof line, "%ld", r->origin_line);
	if (l->table) {
		char chars[24], day[11];
		snprintf(chars, sizeof chars, "%zu", r->text_len);
		/* the table has room for the day; csv and json carry the time too */
		if (r->published)
			snprintf(day, sizeof day, "%s", r->published);
		const char *v[] = { id, r->published ? day : NULL, r->language, r->format, r->publisher,
				    chars, r->title ? r->title : r->url };
		out_row(l->out, v);
	} else {
		const char *v[] = { id, r->sha256, r->published, r->language, r->format, bytes,
				    r->duplicate_of ? dup : NULL, r->source_kind, r->publisher,
				    r->retrieved, r->origin, r->origin_line ? line : NULL,
				    r->published_raw, r->author, r->url, r->title };
		out_row(l->out, v);
	}
	return 0;
}

int cmd_documents(struct cmd_ctx *c)
{
	enum { O_FORMAT = 1, O_LANG, O_PUBLISHER, O_SINCE, O_UNTIL, O_UNIQUE, O_LIMIT };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, O_FORMAT },
		{ "lang", required_argument, NULL, O_LANG },
		{ "publisher", required_argument, NULL, O_PUBLISHER },
		{ "since", required_argument, NULL, O_SINCE },
		{ "until", required_argument, NULL, O_UNTIL },
		{ "unique", no_argument, NULL, O_UNIQUE },
		{ "limit", required_argument, NULL, O_LIMIT },
		{ 0 }
	};
	struct doc_filter f = { .include_duplicates = 1 };
	int fmt = OUT_TABLE, opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(c->argc, c->argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_FORMAT:
			if (cli_opt_format("documents", optarg, &fmt))
				return EXIT_USAGE;
			break;
		case O_LANG: f.language = optarg; break;
		case O_PUBLISHER: f.publisher = optarg; break;
		case O_SINCE: f.since = optarg; break;
		case O_UNTIL: f.until = optarg; break;
		case O_UNIQUE: f.include_duplicates = 0; break;
		case O_LIMIT:
			if (cli_opt_limit("documents", optarg, &f.limit))
				return EXIT_USAGE;
			break;
		default:
			return cli_unknown_option("documents", c->argv);
		}
	}
	if (cli_no_arguments("documents", c->argc, c->argv))
		return EXIT_USAGE;
	struct listing l = { .table = fmt == OUT_TABLE };
	if (l.table)
		l.out = out_new(stdout, OUT_TABLE, table_cols, sizeof table_cols / sizeof *table_cols);
	else
		l.out = out_new(stdout, fmt, data_cols, sizeof data_cols / sizeof *data_cols);
	struct err e;
	int rc = store_documents_each(c->store, &f, one, &l, &e);
	return cli_list_done(l.out, rc, &e);
}
