/* markup.h - the guard around a libxml2 parse of untrusted markup, shared by
 * the HTML reader (text/html.c) and the feed reader (io/read_feed.c).
 *
 * libxml2 2.9.14 compares every attribute of a start tag with all the
 * previous ones (40,000 attributes take 4 s, and the cost grows as the square)
 * and spends ~300 bytes per node (50 MB of "<p>x" takes 4 GB). So before
 * parsing, markup_prescan refuses input whose start tags carry more attributes
 * than that check can afford; while parsing, the guard attached to the parser
 * context stops it at CAP_MARKUP_DEPTH nested elements or CAP_MARKUP_NODES
 * nodes, and keeps libxml2's first error message.
 *
 * A parse goes: markup_prescan, create the parser context,
 * markup_guard_attach, parse, markup_guard_check, free the context. The guard
 * is the caller's memory (a local will do) and holds nothing to release. Only
 * one guard is current per thread: libxml2 checks entity content in a parser
 * context of its own that calls the same SAX callbacks, so the callbacks find
 * their guard through the thread, not through the context. Error messages
 * begin with the caller's name for the input ("HTML", "feed"). */
#ifndef CIVCAS_MARKUP_H
#define CIVCAS_MARKUP_H

#include <stddef.h>

#include "base/err.h"

enum { MARKUP_STOP_DEEP = 1, MARKUP_STOP_BIG = 2 };

struct markup_guard {
	long nodes;               /* elements, text runs, comments built so far */
	int stop;                 /* 0, MARKUP_STOP_DEEP or MARKUP_STOP_BIG */
	long stop_line;           /* where the parse was stopped */
	char error[256];          /* libxml2's first error (XML only), "" if none */
	long error_line;
	int error_fatal;          /* error is a well-formedness error */
	void *ctxt;               /* the parser context it guards */
	void (*saved[6])(void);   /* the SAX callbacks the guard wraps */
};

/* ERR_INPUT naming path and line if in[0..len) has start tags with too many
 * attributes; 0 otherwise. xml: in is XML (CDATA sections are text; no
 * raw-text <script>). what names the input in the message ("HTML", "feed").
 * e may be NULL. */
int markup_prescan(const char *in, size_t len, int xml, const char *what, const char *path,
		   struct err *e);

/* Hook g into ctxt, an htmlParserCtxtPtr (html = 1) or xmlParserCtxtPtr
 * (html = 0) created by the caller and not yet used, and parse with it right
 * away in the same thread: g is the thread's current guard until
 * markup_guard_check, which must follow the parse. For XML, g->error and
 * g->error_line then hold libxml2's first error (or its first
 * well-formedness error after lesser ones), the line being the document's
 * even for an error inside an entity. */
void markup_guard_attach(struct markup_guard *g, void *ctxt, int html);

/* After the parse: ERR_INPUT naming path and line if the guard, or libxml2's
 * own depth limit, stopped it; 0 otherwise. Either way g is no longer the
 * thread's guard, and what the parse built up to the stop is the caller's to
 * use or free. e may be NULL. */
int markup_guard_check(const struct markup_guard *g, void *ctxt, const char *what,
		       const char *path, struct err *e);

/* The first pat in [s, end), ignoring ASCII case / exactly; NULL if none. */
const char *markup_find_ci(const char *s, const char *end, const char *pat);
const char *markup_find(const char *s, const char *end, const char *pat);

#endif
