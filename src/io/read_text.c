/* read_text.c - a plain-text file is one document.
 *
 * The first line is taken as the title when it is short and followed by more
 * text, as in saved articles and wire copy; the text keeps every line. */
#include "io/reader.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/xalloc.h"
#include "text/charset.h"

#define TITLE_MAX 200

int read_text(struct reader *rd, FILE *f, struct err *e)
{
	char *raw;
	size_t len;
	int rc = reader_slurp(rd, f, CAP_DOCUMENT_BYTES, &raw, &len, e);
	if (rc)
		return rc;
	struct buf text = BUF_INIT;
	char *title = NULL;
	const char *charset = NULL;
	long invalid = 0;
	if (len == 0) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "empty file");
		goto out;
	}
	rc = charset_decode(raw, len, rd->charset, &text, &charset, &invalid, e);
	if (rc) {
		err_where(e, rd->path, 0);
		goto out;
	}
	size_t s = 0;
	while (s < text.len && (text.data[s] == ' ' || (text.data[s] >= '\t' && text.data[s] <= '\r')))
		s++;
	if (s == text.len) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "no text (only whitespace)");
		goto out;
	}
	const char *nl = memchr(text.data + s, '\n', text.len - s);
	if (nl && (size_t)(nl - (text.data + s)) <= TITLE_MAX) {
		size_t n = (size_t)(nl - (text.data + s));
		while (n && (text.data[s + n - 1] == '\r' || text.data[s + n - 1] == ' '))
			n--;
		const char *rest = nl;
		while (*rest && (*rest == '\n' || *rest == '\r' || *rest == ' ' || *rest == '\t'))
			rest++;
		if (n && *rest)
			title = xstrndup(text.data + s, n);
	}
	struct doc_in d = {
		.raw = raw, .raw_len = len,
		.text = text.data, .text_len = text.len,
		.title = title, .format = "text", .charset = charset,
		.invalid_bytes = invalid, .line = 0,
	};
	rc = rd->emit(rd, &d, e);
out:
	free(title);
	buf_release(&text);
	free(raw);
	return rc;
}
