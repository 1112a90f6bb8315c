/* cmd_show.c - `civcas show DOC`: one archived document, its metadata, its
 * text and its claims, or its exact archived bytes.
 *
 * Each claim is shown with the sentence it came from and its evidence span
 * marked: in reverse video on a terminal, between « and » otherwise (or
 * when NO_COLOR is set), so that piped output stays plain text. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/date.h"
#include "cli/cli.h"
#include "gazetteer/gazetteer.h"
#include "io/out.h"

/* How much of a long sentence to show on each side of the evidence. */
#define CONTEXT_BYTES 300

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

struct listing {
	struct out *out;
	int fmt;
};

static int json_claim(void *ctx, const struct claim_record *r)
{
	struct listing *l = ctx;
	cli_claim_row(l->out, l->fmt, r);
	return 0;
}

struct marks {
	const char *on, *off;
	const char *text;
	size_t len;
	long shown;
};

/* Bytes text[from..to) on one line: line breaks and tabs print as spaces. */
static void flat(const char *text, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		putchar(text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i]);
}

/* Move at back (dir -1) or forward (dir 1) to a character boundary. */
static size_t boundary(const char *text, size_t len, size_t at, int dir)
{
	while (at > 0 && at < len && ((unsigned char)text[at] & 0xC0) == 0x80)
		at = dir < 0 ? at - 1 : at + 1;
	return at;
}

static void counts(struct buf *b, const char *label, struct range r)
{
	char n[48];
	if (!range_known(r))
		return;
	cli_range_text(n, sizeof n, r);
	buf_addf(b, "%s%s %s", b->len ? ", " : "", label, n);
}

static int show_claim(void *ctx, const struct claim_record *r)
{
	struct marks *m = ctx;
	const struct claim *c = &r->c;
	struct buf b = BUF_INIT;
	char date[32], end[32];
	if (!m->shown++)
		printf("%sclaims (extractor %s):\n", m->len && m->text[m->len - 1] == '\n' ? "" : "\n",
		       r->extractor);
	printf("\nclaim %" PRId64 ": %s%s", r->id, claim_kind_name(c->kind), c->main ? " (main)" : "");
	date_format_iso(&c->date, date, sizeof date);
	date_format_iso(&c->date_end, end, sizeof end);
	if (*date)
		printf(", %s%s%s", date, *end ? " to " : "", end);
	if (c->place_name || c->governorate) {
		printf(", %s", c->place_name ? c->place_name : c->governorate);
		if (c->place_name && c->governorate && strcmp(c->place_name, c->governorate))
			printf(", %s", c->governorate);
		if (c->place_precision != GEO_NONE)
			printf(" (%s)", geo_precision_name((enum geo_precision)c->place_precision));
	}
	const char *sep = ", by ";
	for (int i = 0; i < BEL_COUNT; i++)
		if (c->belligerents & (1u << i)) {
			printf("%s%s", sep, belligerent_code((enum belligerent)i));
			sep = "/";
		}
	if (c->weapon != WEAPON_UNKNOWN)
		printf(", %s", weapon_code(c->weapon));
	putchar('\n');
	counts(&b, "killed", c->killed);
	counts(&b, "civilians killed", c->civilians_killed);
	counts(&b, "children killed", c->children_killed);
	counts(&b, "women killed", c->women_killed);
	counts(&b, "men killed", c->men_killed);
	counts(&b, "combatants killed", c->combatants_killed);
	counts(&b, "injured", c->injured);
	counts(&b, "civilians injured", c->civilians_injured);
	counts(&b, "missing", c->missing);
	if (c->denied)
		buf_addf(&b, "%sdenied", b.len ? ", " : "");
	if (b.len)
		printf("  %s\n", b.data);
	buf_release(&b);

	/* The sentence, the evidence marked; store_check guarantees the spans
	 * lie in the text, but a claim read from a damaged file is still
	 * shown safely. */
	size_t len = m->len;
	size_t s0 = c->sentence_start < c->start ? c->sentence_start : c->start;
	size_t s1 = c->sentence_end > c->end ? c->sentence_end : c->end;
	size_t e0 = c->start, e1 = c->end;
	if (s1 > len || e0 > e1)
		return 0;
	size_t from = s0, to = s1;
	if (e0 - from > CONTEXT_BYTES)
		from = boundary(m->text, len, e0 - CONTEXT_BYTES, 1);
	if (to - e1 > CONTEXT_BYTES)
		to = boundary(m->text, len, e1 + CONTEXT_BYTES, -1);
	fputs("  ", stdout);
	if (from > s0)
		fputs("…", stdout);
	flat(m->text, from, e0);
	fputs(m->on, stdout);
	flat(m->text, e0, e1);
	fputs(m->off, stdout);
	flat(m->text, e1, to);
	if (to < s1)
		fputs("…", stdout);
	putchar('\n');
	return 0;
}

static void field(const char *name, const char *v, int *first)
{
	printf(*first ? "{" : ",");
	*first = 0;
	out_json_string(stdout, name);
	putchar(':');
	out_json_string(stdout, v);
}

static int show_json(struct store *s, const struct doc_record *r, struct err *e)
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
	printf(",\"claims\":");
	struct claim_filter f = { .document_id = r->id };
	struct listing l = { .out = cli_claims_out(OUT_JSON), .fmt = OUT_JSON };
	int rc = store_claims_each(s, &f, json_claim, &l, e);
	out_free(l.out);
	printf("}\n");
	return rc;
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
	int rc = 0;
	if (raw) {
		fwrite(r->raw, 1, r->raw_len, stdout);
	} else if (fmt == OUT_JSON) {
		rc = show_json(c->store, r, &e);
	} else {
		show_table(r);
		const char *no_color = getenv("NO_COLOR");
		int ansi = isatty(1) && !(no_color && *no_color);
		struct marks m = { .on = ansi ? "\033[1;7m" : "«", .off = ansi ? "\033[0m" : "»",
				   .text = r->text, .len = r->text_len };
		struct claim_filter f = { .document_id = r->id };
		rc = store_claims_each(c->store, &f, show_claim, &m, &e);
	}
	doc_record_free(r);
	if (rc) {
		err_print(&e);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}
