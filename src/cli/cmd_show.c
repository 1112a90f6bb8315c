/* cmd_show.c - `civcas show DOC`: one archived document, its metadata, its
 * text, or its exact archived bytes. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "io/out.h"

static void line(const char *label, const char *value)
{
	if (value)
		printf("%-13s %s\n", label, value);
}

static void show_table(const struct doc_record *r)
{
	char buf[256];
	printf("document %" PRId64 "  sha256 %s\n", r->id, r->sha256);
	line("title:", r->title);
	line("url:", r->url);
	if (r->publisher && r->source_kind) {
		snprintf(buf, sizeof buf, "%s (%s)", r->publisher, r->source_kind);
		line("publisher:", buf);
	} else {
		line("publisher:", r->publisher ? r->publisher : r->source_kind);
	}
	line("author:", r->author);
	line("language:", r->language);
	if (r->published_raw && (!r->published || strcmp(r->published, r->published_raw))) {
		snprintf(buf, sizeof buf, "%s (written \"%s\")", r->published ? r->published : "not understood",
			 r->published_raw);
		line("published:", buf);
	} else {
		line("published:", r->published ? r->published : "unknown");
	}
	line("retrieved:", r->retrieved);
	if (r->origin_line)
		snprintf(buf, sizeof buf, "%s, %s, %s:%ld", r->format, r->charset ? r->charset : "?",
			 r->origin, r->origin_line);
	else
		snprintf(buf, sizeof buf, "%s, %s, %s", r->format, r->charset ? r->charset : "?",
			 r->origin ? r->origin : "-");
	line("from:", buf);
	snprintf(buf, sizeof buf, "%zu bytes archived, %zu bytes of text", r->raw_len, r->text_len);
	line("size:", buf);
	if (r->invalid_bytes) {
		snprintf(buf, sizeof buf, "%ld invalid bytes replaced by U+FFFD", r->invalid_bytes);
		line("repaired:", buf);
	}
	if (r->duplicate_of) {
		snprintf(buf, sizeof buf, "document %" PRId64, r->duplicate_of);
		line("same text as:", buf);
	}
	printf("\n%s\n", r->text);
}

static void field(const char *name, const char *v, int *first)
{
	printf(*first ? "{" : ",");
	*first = 0;
	out_json_string(stdout, name);
	putchar(':');
	out_json_string(stdout, v);
}

static void show_json(const struct doc_record *r)
{
	int first = 1;
	char n[32];
	snprintf(n, sizeof n, "%" PRId64, r->id);
	printf("{\"id\":%s", n);
	first = 0;
	field("sha256", r->sha256, &first);
	field("text_sha256", r->text_sha256, &first);
	field("title", r->title, &first);
	field("url", r->url, &first);
	field("publisher", r->publisher, &first);
	field("source_kind", r->source_kind, &first);
	field("author", r->author, &first);
	field("language", r->language, &first);
	field("published", r->published, &first);
	field("published_raw", r->published_raw, &first);
	field("retrieved", r->retrieved, &first);
	field("format", r->format, &first);
	field("charset", r->charset, &first);
	field("origin", r->origin, &first);
	printf(",\"origin_line\":%ld,\"invalid_bytes\":%ld,\"raw_bytes\":%zu", r->origin_line,
	       r->invalid_bytes, r->raw_len);
	if (r->duplicate_of)
		printf(",\"duplicate_of\":%" PRId64, r->duplicate_of);
	else
		printf(",\"duplicate_of\":null");
	field("text", r->text, &first);
	printf("}\n");
}

int cmd_show(struct cmd_ctx *c)
{
	enum { O_FORMAT = 1, O_RAW };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, O_FORMAT },
		{ "raw", no_argument, NULL, O_RAW },
		{ 0 }
	};
	int fmt = OUT_TABLE, raw = 0, opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(c->argc, c->argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_FORMAT:
			fmt = out_format_parse(optarg);
			if (fmt != OUT_TABLE && fmt != OUT_JSON)
				return cli_usage_error("show", "unknown format '%s' (table, json)", optarg);
			break;
		case O_RAW: raw = 1; break;
		default:
			return cli_usage_error("show", "unknown option '%s'", c->argv[optind - 1]);
		}
	}
	if (optind != c->argc - 1)
		return cli_usage_error("show", "show needs one DOC (a number or a sha256 prefix)");
	struct doc_record *r;
	struct err e;
	if (store_document_get(c->store, c->argv[optind], 1, &r, &e)) {
		err_print(&e);
		return e.kind == ERR_USAGE ? EXIT_USAGE : EXIT_FAIL;
	}
	if (raw)
		fwrite(r->raw, 1, r->raw_len, stdout);
	else if (fmt == OUT_JSON)
		show_json(r);
	else
		show_table(r);
	doc_record_free(r);
	return EXIT_OK;
}
