/* fuzz_html.c - html_to_text, html_fragment_text and html_field_dup.
 *
 * Whatever the page, html_to_text either fails with ERR_INPUT and a message
 * (ERR_USAGE is only for an unknown declared charset, never ours) or gives
 * valid UTF-8 text (text/html.h) in a NUL-terminated buf; the metadata
 * strings it read from the page must be valid UTF-8 too, no longer than
 * CAP_FIELD_BYTES, since readers hand them on as they are. The
 * first byte's low bit picks the declared charset: NULL (detect, honour the
 * page's <meta charset>) or windows-1256. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/err.h"
#include "base/utf8.h"
#include "fuzz.h"
#include "text/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_field(const char *what, const char *s)
{
	if (!s)
		return;
	size_t n = strlen(s);
	fuzz_utf8(what, s, n);
	FUZZ_CHECK(n > 0 && n <= CAP_FIELD_BYTES, "%s is %zu bytes", what, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	const char *declared = size && (data[0] & 1) ? "windows-1256" : NULL;
	struct html_doc h;
	struct err e;
	html_doc_init(&h);
	err_clear(&e);
	int rc = html_to_text(in, size, declared, "fuzz.html", &h, &e);
	FUZZ_CHECK(rc == 0 || rc == ERR_INPUT, "html_to_text returned %d (%s)", rc, e.what);
	if (rc)
		FUZZ_CHECK(e.kind == rc && e.what[0], "html_to_text failed without a message");
	FUZZ_CHECK(h.text.data && h.text.data[h.text.len] == '\0', "text buf not NUL-terminated");
	fuzz_utf8("html text", h.text.data, h.text.len);
	if (!rc) {
		check_field("title", h.title);
		check_field("published", h.published);
		check_field("publisher", h.publisher);
		check_field("author", h.author);
		check_field("url", h.url);
		check_field("language", h.language);
		FUZZ_CHECK(h.charset != NULL, "no charset name");
		FUZZ_CHECK(h.invalid_bytes >= 0 && (size_t)h.invalid_bytes <= size,
			   "invalid_bytes %ld of %zu", h.invalid_bytes, size);
	}
	html_doc_release(&h);

	/* as an RSS description: html_fragment_text takes UTF-8 */
	struct buf u8 = BUF_INIT, frag = BUF_INIT;
	utf8_repair(in, size, &u8);
	char *exact = malloc(u8.len ? u8.len : 1);
	if (!exact)
		abort();
	memcpy(exact, u8.data, u8.len);
	html_fragment_text(exact, u8.len, &frag);
	FUZZ_CHECK(frag.data[frag.len] == '\0', "fragment buf not NUL-terminated");
	fuzz_utf8("fragment text", frag.data, frag.len);

	/* callers pass C strings or libxml2 text, which holds no NUL */
	char *field = html_field_dup(exact, strnlen(exact, u8.len));
	check_field("html_field_dup", field);
	if (field)
		FUZZ_CHECK(field[0] != ' ' && field[strlen(field) - 1] != ' ' && !strstr(field, "  "),
			   "html_field_dup left spaces: \"%s\"", field);
	free(field);
	free(exact);
	buf_release(&frag);
	buf_release(&u8);
	return 0;
}
