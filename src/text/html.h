/* html.h - article text and metadata from an HTML page.
 *
 * Parses with libxml2 (never touching the network), keeps the article's text
 * without navigation, scripts, styles, forms and page chrome, and reads the
 * title, publication date, publisher, author, canonical url and language from
 * the usual meta tags (OpenGraph, article:*, Dublin Core, schema.org, <time>). */
#ifndef CIVCAS_HTML_H
#define CIVCAS_HTML_H

#include <stddef.h>

#include "base/buf.h"
#include "base/err.h"

struct html_doc {
	struct buf text;       /* paragraphs separated by blank lines, valid UTF-8 */
	char *title;           /* all char * below: NULL if absent, owned by html_doc */
	char *published;       /* as written in the page */
	char *publisher;
	char *author;
	char *url;
	char *language;
	const char *charset;   /* static name of what the page was decoded from */
	long invalid_bytes;
};

void html_doc_init(struct html_doc *h);
void html_doc_release(struct html_doc *h);

/* Parse in[0..len) into h (html_doc_init'ed by the caller, who releases it
 * even on failure). declared: charset from the user, or NULL: then a BOM,
 * then the page's own <meta charset> / http-equiv / XML declaration (unless
 * it names a one-byte charset and the bytes are valid UTF-8 with non-ASCII:
 * such pages were re-saved as UTF-8), then detection. We decode, not libxml2,
 * so that invalid bytes (and NULs) become U+FFFD and are counted. path is
 * only for messages. ERR_USAGE for an unknown declared charset; ERR_INPUT
 * naming path (and line where there is one) for empty, binary or tagless
 * input and for markup past the caps of the guard (text/markup.h, its
 * messages naming the input "HTML"). A page with markup but no text succeeds
 * with an empty h->text. */
int html_to_text(const char *in, size_t len, const char *declared, const char *path,
		 struct html_doc *h, struct err *e);

/* Text of an HTML fragment (an RSS description, UTF-8) appended to out, with
 * the same rules as html_to_text but no choice of an article part. Markup
 * that trips the guard (text/markup.h) while parsing gives what was read up
 * to that point; markup its prescan refuses gives the text outside its tags. */
void html_fragment_text(const char *in, size_t len, struct buf *out);

/* A metadata value as a reader hands it on: whitespace runs collapsed to one
 * space, trimmed, cut at CAP_FIELD_BYTES on a character boundary. Returns a
 * string the caller frees, or NULL when nothing is left. */
char *html_field_dup(const char *s, size_t len);

#endif
