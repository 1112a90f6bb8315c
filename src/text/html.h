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

/* Parse in[0..len). declared: charset from the user or NULL (then the page's
 * own <meta charset>, then detection). path is only for messages. ERR_INPUT
 * naming path and line for input that is not HTML at all or that nests deeper
 * than CAP_MARKUP_DEPTH. */
int html_to_text(const char *in, size_t len, const char *declared, const char *path,
		 struct html_doc *h, struct err *e);

/* Text of an HTML fragment (an RSS description) appended to out. */
void html_fragment_text(const char *in, size_t len, struct buf *out);

#endif
