/* markup.c - the guard that keeps libxml2 from spending minutes or gigabytes
 * on hostile markup: a scan of the start tags before the parse, and SAX
 * callbacks wrapped to count nodes and depth during it. The HTML reader and
 * the feed reader share it, so a page and a feed are refused alike. */
#include "text/markup.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "base/caps.h"

/* Start tags with up to ATTR_FREE attributes cost libxml2 nothing worth
 * counting; above that each costs n*n from a budget worth about 50 ms. */
#define ATTR_FREE 32
#define ATTR_WORK_MAX (1ull << 24)

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static long line_at(const char *in, size_t off)
{
	long line = 1;
	const char *p = in, *end = in + off;
	while (p < end && (p = memchr(p, '\n', (size_t)(end - p)))) {
		line++;
		p++;
	}
	return line;
}

const char *markup_find_ci(const char *s, const char *end, const char *pat)
{
	size_t n = strlen(pat);
	unsigned char first = (unsigned char)pat[0];
	int letter = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
	for (; s + n <= end; s++) {
		if (!letter) {
			s = memchr(s, first, (size_t)(end - s));
			if (!s || s + n > end)
				return NULL;
		} else if (((unsigned char)*s | 0x20) != (first | 0x20)) {
			continue;
		}
		if (!strncasecmp(s, pat, n))
			return s;
	}
	return NULL;
}

const char *markup_find(const char *s, const char *end, const char *pat)
{
	return memmem(s, (size_t)(end - s), pat, strlen(pat));
}

/* The scan errs on the side of counting: it only skips what is certainly
 * not markup to libxml2 either (a closed comment, a quoted value that ends,
 * raw <script>/<style> text, an XML CDATA section), and treats anything else
 * after '<' as a start tag. */
int markup_prescan(const char *in, size_t len, int xml, const char *what, const char *path,
		   struct err *e)
{
	const char *p = in, *end = in + len;
	unsigned long long work = 0;
	while (p < end && (p = memchr(p, '<', (size_t)(end - p)))) {
		const char *tag = p++;
		if (p >= end)
			break;
		if (*p == '!') {
			const char *close = NULL;
			if (end - p >= 3 && p[1] == '-' && p[2] == '-')
				close = markup_find(p + 3, end, "-->");
			else if (xml && end - p >= 8 && !memcmp(p, "![CDATA[", 8))
				close = markup_find(p + 8, end, "]]>");
			if (close)
				p = close + 3;
			continue;
		}
		if (*p == '/' || *p == '?' || *p == '<' || *p == '>' || *p == '=' ||
		    is_space((unsigned char)*p))
			continue;
		const char *name = p;
		while (p < end && !is_space((unsigned char)*p) && *p != '>' && *p != '/')
			p++;
		size_t name_len = (size_t)(p - name);
		unsigned long long n = 0;
		for (;;) {
			while (p < end && (is_space((unsigned char)*p) || *p == '/'))
				p++;
			if (p >= end || *p == '>')
				break;
			n++;
			while (p < end && !is_space((unsigned char)*p) && *p != '>' && *p != '=' && *p != '/')
				p++;
			while (p < end && is_space((unsigned char)*p))
				p++;
			if (p < end && *p == '=') {
				p++;
				while (p < end && is_space((unsigned char)*p))
					p++;
				if (p < end && (*p == '"' || *p == '\'')) {
					const char *q = memchr(p + 1, *p, (size_t)(end - p - 1));
					p = q ? q + 1 : p + 1;
				} else {
					while (p < end && !is_space((unsigned char)*p) && *p != '>')
						p++;
				}
			}
		}
		if (n > ATTR_FREE) {
			work += n * n;
			if (work > ATTR_WORK_MAX)
				return err_at(e, ERR_INPUT, path, line_at(in, (size_t)(tag - in)),
					      "%s start tags carry too many attributes (%llu in this one)",
					      what, n);
		}
		if (!xml && p < end && ((name_len == 6 && !strncasecmp(name, "script", 6)) ||
					(name_len == 5 && !strncasecmp(name, "style", 5)))) {
			char close[10] = "</";
			memcpy(close + 2, name, name_len);
			close[2 + name_len] = '\0';
			const char *c = markup_find_ci(p, end, close);
			if (c)
				p = c;
		}
	}
	return 0;
}

enum { SAVED_START, SAVED_CHARS, SAVED_BLANKS, SAVED_COMMENT, SAVED_REF, SAVED_PI };

/* The guard of the parse running in this thread. Not ctxt->_private: libxml2
 * checks entity content in a context of its own, which calls the same SAX
 * callbacks with itself as ctx. */
static _Thread_local struct markup_guard *guarding;

/* One more node; 0 to build it, -1 when the parse has just been stopped. */
static int guard_node(xmlParserCtxtPtr ctxt, int element)
{
	struct markup_guard *g = guarding;
	if (element && ctxt->nodeNr >= CAP_MARKUP_DEPTH)
		g->stop = MARKUP_STOP_DEEP;
	else if (++g->nodes > CAP_MARKUP_NODES)
		g->stop = MARKUP_STOP_BIG;
	else
		return 0;
	xmlParserCtxtPtr top = g->ctxt;
	g->stop_line = top->inputNr > 0 ? top->inputTab[0]->line : 0;
	xmlStopParser(ctxt);
	if (top != ctxt)
		xmlStopParser(top);
	return -1;
}

static void guard_start_html(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!guard_node(ctxt, 1))
		((startElementSAXFunc)g->saved[SAVED_START])(ctx, name, atts);
}

static void guard_start_xml(void *ctx, const xmlChar *localname, const xmlChar *prefix,
			    const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
			    int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!guard_node(ctxt, 1))
		((startElementNsSAX2Func)g->saved[SAVED_START])(ctx, localname, prefix, uri,
				nb_namespaces, namespaces, nb_attributes, nb_defaulted, attributes);
}

/* libxml2 appends a run of text to the text node before it, so only a run
 * that starts a new node counts. */
static int new_text_node(xmlParserCtxtPtr ctxt)
{
	xmlNodePtr last = ctxt->node ? ctxt->node->last : NULL;
	return !last || last->type != XML_TEXT_NODE;
}

static void guard_chars(void *ctx, const xmlChar *ch, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!new_text_node(ctxt) || !guard_node(ctxt, 0))
		((charactersSAXFunc)g->saved[SAVED_CHARS])(ctx, ch, len);
}

static void guard_blanks(void *ctx, const xmlChar *ch, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!new_text_node(ctxt) || !guard_node(ctxt, 0))
		((ignorableWhitespaceSAXFunc)g->saved[SAVED_BLANKS])(ctx, ch, len);
}

static void guard_comment(void *ctx, const xmlChar *value)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!guard_node(ctxt, 0))
		((commentSAXFunc)g->saved[SAVED_COMMENT])(ctx, value);
}

static void guard_ref(void *ctx, const xmlChar *name)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!guard_node(ctxt, 0))
		((referenceSAXFunc)g->saved[SAVED_REF])(ctx, name);
}

static void guard_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct markup_guard *g = guarding;
	if (!guard_node(ctxt, 0))
		((processingInstructionSAXFunc)g->saved[SAVED_PI])(ctx, target, data);
}

/* Keeps the first error, or the first well-formedness error after lesser
 * ones; the line is the document's even when the error is inside an entity. */
static void guard_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	struct markup_guard *g = guarding;
	if (!g || !err || err->level < XML_ERR_ERROR || !err->message)
		return;
	int fatal = err->level == XML_ERR_FATAL;
	if (g->error[0] && (g->error_fatal || !fatal))
		return;
	snprintf(g->error, sizeof g->error, "%s", err->message);
	size_t n = strlen(g->error);
	while (n && is_space((unsigned char)g->error[n - 1]))
		g->error[--n] = '\0';
	xmlParserCtxtPtr top = g->ctxt;
	g->error_line = top->inputNr > 0 && top->inputTab[0] ? top->inputTab[0]->line : err->line;
	g->error_fatal = fatal;
}

#define WRAP(slot, field, fn) do { \
		g->saved[slot] = (void (*)(void))sax->field; \
		if (sax->field) \
			sax->field = fn; \
	} while (0)

void markup_guard_attach(struct markup_guard *g, void *ctx, int html)
{
	xmlParserCtxtPtr ctxt = ctx;
	xmlSAXHandlerPtr sax = ctxt->sax;
	memset(g, 0, sizeof *g);
	g->ctxt = ctxt;
	guarding = g;
	if (html) {
		WRAP(SAVED_START, startElement, guard_start_html);
	} else {
		WRAP(SAVED_START, startElementNs, guard_start_xml);
		sax->serror = guard_error;
	}
	WRAP(SAVED_CHARS, characters, guard_chars);
	WRAP(SAVED_BLANKS, ignorableWhitespace, guard_blanks);
	WRAP(SAVED_COMMENT, comment, guard_comment);
	WRAP(SAVED_REF, reference, guard_ref);
	WRAP(SAVED_PI, processingInstruction, guard_pi);
}

int markup_guard_check(const struct markup_guard *g, void *ctx, const char *what,
		       const char *path, struct err *e)
{
	xmlParserCtxtPtr ctxt = ctx;
	if (guarding == g)
		guarding = NULL;
	if (g->stop == MARKUP_STOP_DEEP)
		return err_at(e, ERR_INPUT, path, g->stop_line, "%s nests deeper than %d elements",
			      what, CAP_MARKUP_DEPTH);
	if (g->stop == MARKUP_STOP_BIG)
		return err_at(e, ERR_INPUT, path, g->stop_line,
			      "%s has more than %d nodes (elements, text runs, comments)",
			      what, CAP_MARKUP_NODES);
	/* libxml2 halts by itself at xmlParserMaxDepth (256) with this error
	 * and keeps what it had: report it rather than a truncated page. */
	xmlErrorPtr last = xmlCtxtGetLastError(ctxt);
	if (ctxt->errNo == XML_ERR_INTERNAL_ERROR && last && last->message &&
	    strstr(last->message, "depth"))
		return err_at(e, ERR_INPUT, path, last->line, "%s nests deeper than %d elements",
			      what, CAP_MARKUP_DEPTH);
	return 0;
}
