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
 * input and for markup past the guard's caps (see below). A page with markup
 * but no text succeeds with an empty h->text. */
int html_to_text(const char *in, size_t len, const char *declared, const char *path,
		 struct html_doc *h, struct err *e);

/* Text of an HTML fragment (an RSS description, UTF-8) appended to out, with
 * the same rules as html_to_text but no choice of an article part. Markup
 * that trips the guard while parsing gives what was read up to that point;
 * markup the prescan refuses gives the text outside its tags. */
void html_fragment_text(const char *in, size_t len, struct buf *out);

/* A metadata value as a reader hands it on: whitespace runs collapsed to one
 * space, trimmed, cut at CAP_FIELD_BYTES on a character boundary. Returns a
 * string the caller frees, or NULL when nothing is left. */
char *html_field_dup(const char *s, size_t len);

/* The guard around a libxml2 parse of untrusted markup, shared with the feed
 * reader. libxml2 2.9.14 compares every attribute of a start tag with all the
 * previous ones (40,000 attributes take 4 s, and the cost grows as the square)
 * and spends ~300 bytes per node (50 MB of "<p>x" takes 4 GB). So before
 * parsing, html_guard_prescan refuses input whose start tags carry more
 * attributes than that check can afford; while parsing, the guard attached to
 * the parser context stops it at CAP_MARKUP_DEPTH nested elements or
 * CAP_MARKUP_NODES nodes and keeps libxml2's first error message. */
enum { HTML_GUARD_DEEP = 1, HTML_GUARD_BIG = 2 };

struct html_guard {
	long nodes;               /* elements, text runs, comments built so far */
	int stop;                 /* 0, HTML_GUARD_DEEP or HTML_GUARD_BIG */
	long stop_line;           /* where the parse was stopped */
	char error[256];          /* libxml2's first error (XML only), "" if none */
	long error_line;
	int error_fatal;          /* error is a well-formedness error */
	void *ctxt;               /* the parser context it guards */
	void (*saved[6])(void);   /* the SAX callbacks the guard wraps */
};

/* ERR_INPUT naming path and line if in[0..len) has start tags with too many
 * attributes. xml: in is XML (CDATA sections are text; no raw-text <script>).
 * what names the input in the message ("HTML", "feed"). */
int html_guard_prescan(const char *in, size_t len, int xml, const char *what, const char *path,
		       struct err *e);
/* Hook g into ctxt, an htmlParserCtxtPtr (html = 1) or xmlParserCtxtPtr
 * (html = 0) created by the caller and not yet used, and parse with it right
 * away in the same thread: g is the thread's current guard until
 * html_guard_check, which must follow the parse. */
void html_guard_attach(struct html_guard *g, void *ctxt, int html);
/* After the parse: ERR_INPUT naming path and line if the guard, or libxml2's
 * own depth limit, stopped it; 0 otherwise. */
int html_guard_check(const struct html_guard *g, void *ctxt, const char *what, const char *path,
		     struct err *e);

#endif
