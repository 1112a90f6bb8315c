/* read_html.c - a saved web page is one document: its article text and what
 * the page says about itself, with the page's own bytes archived unchanged. */
#include "io/reader.h"

#include <stdlib.h>
#include <string.h>

#include "base/caps.h"
#include "text/charset.h"
#include "text/html.h"

/* Where a binary file shows itself: its first NUL, else its first control
 * byte that no text uses. */
static long long binary_offset(const char *s, size_t len)
{
	const char *nul = memchr(s, '\0', len);
	if (nul)
		return nul - s;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F)
			return (long long)i;
	}
	return 0;
}

int read_html(struct reader *rd, FILE *f, struct err *e)
{
	char *raw;
	size_t len;
	int rc = reader_slurp(rd, f, CAP_DOCUMENT_BYTES, &raw, &len, e);
	if (rc)
		return rc;
	struct html_doc h;
	html_doc_init(&h);
	if (len == 0) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "empty file");
		goto out;
	}
	if (charset_is_binary(raw, len)) {
		rc = err_at_offset(e, ERR_INPUT, rd->path, binary_offset(raw, len),
				   "binary file, not a text document");
		goto out;
	}
	rc = html_to_text(raw, len, rd->charset, rd->path, &h, e);
	if (rc)
		goto out;
	if (h.text.len == 0) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "no text in the page (only markup)");
		goto out;
	}
	struct doc_in d = {
		.raw = raw, .raw_len = len,
		.text = h.text.data, .text_len = h.text.len,
		.url = h.url, .title = h.title, .publisher = h.publisher, .author = h.author,
		.language = h.language, .published = h.published,
		.format = "html", .charset = h.charset,
		.invalid_bytes = h.invalid_bytes, .line = 0,
	};
	rc = rd->emit(rd, &d, e);
out:
	html_doc_release(&h);
	free(raw);
	return rc;
}
