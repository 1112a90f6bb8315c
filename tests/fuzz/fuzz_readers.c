/* fuzz_readers.c - every reader of io/reader.h, fed from memory.
 *
 * The first byte picks the reader and the declared charset, the rest is the
 * input file:
 *   reader  = (b & 0x7f) % 6: 0 jsonl, 1 json, 2 csv, 3 feed, 4 html, 5 text
 *   charset = (b & 0x7f) / 6 % 4: NULL (detect), windows-1256, windows-1252,
 *             utf-8 -- so the digits '0'..'5' are the six readers with NULL
 *   b & 0x80: emit fails on the second document (the reader must stop and
 *             return that error, freeing what it holds)
 * For each document (reader.h): text is valid UTF-8 with text[text_len] ==
 * '\0' and text_len == strlen(text) unless the text holds a NUL; metadata
 * strings are NULL or valid UTF-8; raw[0..raw_len) is readable; line >= 0.
 * A reader that fails returns the kind it put in e, with a message; problems
 * carry ERR_INPUT and a message. Leaks are caught by ASan's leak checker.
 * FUZZ_VERBOSE=1 in the environment prints what each input gave. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/utf8.h"
#include "fuzz.h"
#include "io/reader.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int verbose;   /* FUZZ_VERBOSE=1: one line per input, to check seeds */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *v = getenv("FUZZ_VERBOSE");
	verbose = v && *v && strcmp(v, "0");
	return 0;
}

struct fuzz_ctx {
	int docs;
	int fail_second;
};

static const char *const reader_names[] = { "jsonl", "json", "csv", "feed", "html", "text" };
static int (*const readers[])(struct reader *, FILE *, struct err *) = {
	read_jsonl, read_json, read_csv, read_feed, read_html, read_text,
};
static const char *const charsets[] = { NULL, "windows-1256", "windows-1252", "utf-8" };

static int emit(struct reader *rd, const struct doc_in *d, struct err *e)
{
	struct fuzz_ctx *c = rd->ctx;
	FUZZ_CHECK(d->text != NULL, "document without text");
	fuzz_utf8("document text", d->text, d->text_len);
	FUZZ_CHECK(d->text[d->text_len] == '\0', "text[text_len] is not NUL");
	if (!memchr(d->text, '\0', d->text_len))
		FUZZ_CHECK(strlen(d->text) == d->text_len, "text_len %zu but strlen %zu",
			   d->text_len, strlen(d->text));
	fuzz_utf8_str("url", d->url);
	fuzz_utf8_str("title", d->title);
	fuzz_utf8_str("publisher", d->publisher);
	fuzz_utf8_str("author", d->author);
	fuzz_utf8_str("source_kind", d->source_kind);
	fuzz_utf8_str("language", d->language);
	fuzz_utf8_str("published", d->published);
	fuzz_utf8_str("format", d->format);
	fuzz_utf8_str("charset", d->charset);
	FUZZ_CHECK(d->invalid_bytes >= 0, "invalid_bytes %ld", d->invalid_bytes);
	FUZZ_CHECK(d->line >= 0, "line %ld", d->line);
	/* touch every raw byte so that ASan checks the range */
	volatile unsigned sum = 0;
	FUZZ_CHECK(d->raw || !d->raw_len, "raw NULL with raw_len %zu", d->raw_len);
	for (size_t i = 0; i < d->raw_len; i++)
		sum += (unsigned char)d->raw[i];
	(void)sum;
	if (++c->docs == 2 && c->fail_second)
		return err_set(e, ERR_STORE, "fuzz: emit refuses the second document");
	return 0;
}

static void problem(struct reader *rd, const struct err *e)
{
	FUZZ_CHECK(e->kind == ERR_INPUT, "problem of kind %d: %s", e->kind, e->what);
	FUZZ_CHECK(e->what[0] && memchr(e->what, '\0', sizeof e->what) &&
		   memchr(e->where, '\0', sizeof e->where), "problem without a proper message");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	unsigned b = data[0];
	int which = (int)((b & 0x7f) % 6);
	struct fuzz_ctx c = { 0, (b & 0x80) != 0 };
	struct reader rd;
	memset(&rd, 0, sizeof rd);
	rd.path = "fuzz-input";
	rd.charset = charsets[(b & 0x7f) / 6 % 4];
	rd.emit = emit;
	rd.problem = problem;
	rd.ctx = &c;

	/* fmemopen wants a writable buffer and a size > 0 in old glibc */
	size_t n = size - 1;
	char *copy = malloc(n ? n : 1);
	if (!copy)
		abort();
	memcpy(copy, data + 1, n);
	FILE *f = n ? fmemopen(copy, n, "r") : fopen("/dev/null", "r");
	if (!f)
		abort();
	struct err e;
	err_clear(&e);
	int rc = readers[which](&rd, f, &e);
	fclose(f);
	free(copy);

	if (rc) {
		FUZZ_CHECK(rc == e.kind && e.what[0], "%s returned %d but e says %d \"%s\"",
			   reader_names[which], rc, e.kind, e.what);
		/* the declared charsets are all known: ERR_USAGE would be a bug */
		FUZZ_CHECK(rc == ERR_INPUT || rc == ERR_IO || (rc == ERR_STORE && c.fail_second),
			   "%s returned %d: %s",
			   reader_names[which], rc, e.what);
	}
	if (verbose)
		fprintf(stderr, "fuzz_readers: %s charset %s: %d documents, rc %d %s %s\n",
			reader_names[which], rd.charset ? rd.charset : "NULL", c.docs, rc, e.what, e.where);
	if (c.fail_second && c.docs >= 2)
		FUZZ_CHECK(rc == ERR_STORE && c.docs == 2,
			   "%s went on after emit failed (rc %d, %d documents)",
			   reader_names[which], rc, c.docs);
	return 0;
}
