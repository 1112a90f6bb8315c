/* read_feed.c - an RSS or Atom feed is a list of reports: each <item> or
 * <entry> becomes one document, archived as its own XML element so that it
 * can be shown, hashed and re-read alone, whatever else the feed held. */
#include "io/reader.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "text/charset.h"
#include "text/html.h"
#include "text/markup.h"

/* No XML_PARSE_NOENT (entities stay references, and we never expand them),
 * no DTD loading, no network; the text is UTF-8 by then (IGNORE_ENC). */
#define FEED_OPTS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
		   XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES)

static const char NS_ATOM[] = "http://www.w3.org/2005/Atom";
static const char NS_ATOM03[] = "http://purl.org/atom/ns#";
static const char NS_RSS1[] = "http://purl.org/rss/1.0/";
static const char NS_RSS09[] = "http://my.netscape.com/rdf/simple/0.9/";
static const char NS_DC[] = "http://purl.org/dc/elements/1.1/";
static const char NS_CONTENT[] = "http://purl.org/rss/1.0/modules/content/";
static const char NS_XML[] = "http://www.w3.org/XML/1998/namespace";

enum feed_kind { FEED_RSS, FEED_ATOM };

struct feed {
	struct reader *rd;
	enum feed_kind kind;
	char *title;          /* the channel's: the publisher of items without <source> */
	const char *charset;
	long invalid;         /* bytes replaced in the whole file */
	long items;
};

static const char *ns_of(xmlNodePtr n)
{
	return n->ns && n->ns->href ? (const char *)n->ns->href : NULL;
}

static int named(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int ns_is(xmlNodePtr n, const char *ns)
{
	const char *h = ns_of(n);
	return h && !strcmp(h, ns);
}

/* RSS and Atom elements may come without a namespace (RSS 2.0 always does). */
static int rss_el(xmlNodePtr n, const char *name)
{
	return named(n, name) && (!ns_of(n) || ns_is(n, NS_RSS1) || ns_is(n, NS_RSS09));
}

static int atom_el(xmlNodePtr n, const char *name)
{
	return named(n, name) && (!ns_of(n) || ns_is(n, NS_ATOM) || ns_is(n, NS_ATOM03));
}

/* The character data directly inside n. Entity references are left out,
 * never expanded: libxml2 keeps them as references (no XML_PARSE_NOENT) and
 * expanding them here is where a billion laughs, or one 200 KB entity used
 * 100,000 times, would go off. */
static void own_text(xmlNodePtr n, struct buf *b)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			buf_adds(b, (const char *)c->content);
}

/* An attribute's text, without entity expansion; ns NULL: no namespace. */
static char *attr_text(xmlNodePtr n, const char *name, const char *ns)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (strcmp((const char *)a->name, name))
			continue;
		const char *h = a->ns && a->ns->href ? (const char *)a->ns->href : NULL;
		if (ns ? !h || strcmp(h, ns) : h != NULL)
			continue;
		struct buf b = BUF_INIT;
		for (xmlNodePtr c = a->children; c; c = c->next)
			if (c->type == XML_TEXT_NODE && c->content)
				buf_adds(&b, (const char *)c->content);
		return buf_detach(&b, NULL);
	}
	return NULL;
}

static int has_elements(xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return 1;
	return 0;
}

/* Plain text (Atom type="text"): spaces collapsed, line and paragraph
 * breaks kept, nothing leading or trailing. */
static void plain_text(const char *s, size_t len, struct buf *out)
{
	struct buf b = BUF_INIT;
	size_t i = 0;
	while (i < len) {
		int newlines = 0, space = 0;
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f')) {
			newlines += s[i] == '\n';
			space = 1;
			i++;
		}
		if (space && b.len && i < len)
			buf_adds(&b, newlines >= 2 ? "\n\n" : newlines ? "\n" : " ");
		size_t j = i;
		while (j < len && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f'))
			j++;
		buf_add(&b, s + i, j - i);
		i = j;
	}
	utf8_repair(b.data, b.len, out);
	buf_release(&b);
}

/* The text of a title, description or content element. html: the element
 * holds escaped HTML unless a type attribute says otherwise (RSS); Atom
 * defaults to text. Markup written inside it as elements (Atom xhtml, or
 * careless RSS) is serialised and read as HTML. */
static void content_text(xmlDocPtr doc, xmlNodePtr n, int html, struct buf *out)
{
	char *type = attr_text(n, "type", NULL), *src = attr_text(n, "src", NULL);
	int skip = src != NULL;
	if (type) {
		if (!strcasecmp(type, "html") || !strcasecmp(type, "xhtml") ||
		    !strcasecmp(type, "text/html") || !strcasecmp(type, "application/xhtml+xml"))
			html = 1;
		else if (!strcasecmp(type, "text") || !strncasecmp(type, "text/", 5))
			html = 0;
		else
			skip = 1;   /* base64 images and other media */
	}
	free(type);
	free(src);
	if (skip)
		return;
	struct buf raw = BUF_INIT;
	if (has_elements(n)) {
		xmlBufferPtr xb = xmlBufferCreate();
		for (xmlNodePtr c = n->children; c; c = c->next)
			xmlNodeDump(xb, doc, c, 0, 0);
		buf_add(&raw, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
		xmlBufferFree(xb);
		html = 1;
	} else {
		own_text(n, &raw);
	}
	if (html)
		html_fragment_text(raw.data, raw.len, out);
	else
		plain_text(raw.data, raw.len, out);
	buf_release(&raw);
}

/* A title as a metadata value. RSS titles are meant to be plain text, but
 * feeds often escape them twice ("&amp;amp;"), so any '&' or '<' goes
 * through the HTML reading. */
static char *title_of(xmlDocPtr doc, xmlNodePtr n, int atom)
{
	struct buf t = BUF_INIT;
	if (atom) {
		content_text(doc, n, 0, &t);
	} else {
		struct buf raw = BUF_INIT;
		own_text(n, &raw);
		if (memchr(raw.data, '&', raw.len) || memchr(raw.data, '<', raw.len) || has_elements(n))
			content_text(doc, n, 1, &t);
		else
			buf_add(&t, raw.data, raw.len);
		buf_release(&raw);
	}
	char *s = html_field_dup(t.data, t.len);
	buf_release(&t);
	return s;
}

static char *field_of(xmlNodePtr n)
{
	struct buf b = BUF_INIT;
	own_text(n, &b);
	char *s = html_field_dup(b.data, b.len);
	buf_release(&b);
	return s;
}

static void keep(char **slot, int *rank, int r, char *v)
{
	if (v && r < *rank) {
		free(*slot);
		*slot = v;
		*rank = r;
	} else {
		free(v);
	}
}

static int is_http(const char *s)
{
	return s && (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8));
}

/* An Atom href made absolute with the xml:base of n and its ancestors. */
static char *resolve(xmlNodePtr n, char *href)
{
	for (xmlNodePtr a = n; a && a->type == XML_ELEMENT_NODE && href && !is_http(href); a = a->parent) {
		char *base = attr_text(a, "base", NS_XML);
		if (base) {
			xmlChar *abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
			if (abs) {
				free(href);
				href = xstrdup((const char *)abs);
				xmlFree(abs);
			}
			free(base);
		}
	}
	return href;
}

/* The item's own xml:lang. A language declared for the whole feed is not
 * passed on: ingest trusts a declared language over detection, and feeds
 * that say "en" carry Arabic items often enough to send them to the wrong
 * extractor. */
static char *lang_of(xmlNodePtr n)
{
	char *l = attr_text(n, "lang", NS_XML);
	if (l && !*l) {
		free(l);
		l = NULL;
	}
	return l;
}

static long line_of(xmlNodePtr n)
{
	/* past line 65535 libxml2 keeps the line in psvi (XML_PARSE_BIG_LINES) */
	if (n->line == 65535 && n->psvi)
		return (long)(intptr_t)n->psvi;
	return xmlGetLineNo(n);
}

struct item {
	struct buf text;
	char *title, *url, *published, *author, *source, *language;
	int pub_rank, author_rank, url_rank;
};

enum { URL_LINK, URL_GUID, URL_ID };

/* Offer the text of one candidate element; the fullest wins. */
static void offer_text(xmlDocPtr doc, struct item *it, xmlNodePtr n, int html)
{
	struct buf t = BUF_INIT;
	content_text(doc, n, html, &t);
	if (t.len > it->text.len) {
		struct buf swap = it->text;
		it->text = t;
		t = swap;
	}
	buf_release(&t);
}

static void read_item(xmlDocPtr doc, xmlNodePtr item, struct item *it)
{
	it->pub_rank = it->author_rank = it->url_rank = INT_MAX;
	for (xmlNodePtr c = item->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (rss_el(c, "title") || atom_el(c, "title")) {
			if (!it->title)
				it->title = title_of(doc, c, ns_is(c, NS_ATOM) || ns_is(c, NS_ATOM03));
		} else if (rss_el(c, "description")) {
			offer_text(doc, it, c, 1);
		} else if (named(c, "encoded") && ns_is(c, NS_CONTENT)) {
			offer_text(doc, it, c, 1);
		} else if (atom_el(c, "content") || atom_el(c, "summary")) {
			offer_text(doc, it, c, 0);
		} else if (rss_el(c, "link") && !c->properties) {   /* an Atom <link> has href= */
			keep(&it->url, &it->url_rank, URL_LINK, field_of(c));
		} else if (atom_el(c, "link")) {
			char *rel = attr_text(c, "rel", NULL);
			if (!rel || !strcmp(rel, "alternate")) {
				char *href = attr_text(c, "href", NULL);
				char *v = href ? html_field_dup(href, strlen(href)) : NULL;
				free(href);
				keep(&it->url, &it->url_rank, URL_LINK, resolve(c, v));
			}
			free(rel);
		} else if (rss_el(c, "guid")) {
			char *perma = attr_text(c, "isPermaLink", NULL);
			char *v = field_of(c);
			if ((!perma || strcasecmp(perma, "false")) && is_http(v))
				keep(&it->url, &it->url_rank, URL_GUID, v);
			else
				free(v);
			free(perma);
		} else if (atom_el(c, "id")) {
			char *v = field_of(c);
			if (!is_http(v)) {
				free(v);
				v = NULL;
			}
			keep(&it->url, &it->url_rank, URL_ID, v);
		} else if (rss_el(c, "pubDate")) {
			keep(&it->published, &it->pub_rank, 0, field_of(c));
		} else if (named(c, "date") && ns_is(c, NS_DC)) {
			keep(&it->published, &it->pub_rank, 1, field_of(c));
		} else if (atom_el(c, "published")) {
			keep(&it->published, &it->pub_rank, 2, field_of(c));
		} else if (atom_el(c, "updated")) {
			keep(&it->published, &it->pub_rank, 3, field_of(c));
		} else if (rss_el(c, "author") || atom_el(c, "author")) {
			char *v = NULL;
			if (has_elements(c)) {
				for (xmlNodePtr a = c->children; a && !v; a = a->next)
					if (named(a, "name"))
						v = field_of(a);
			} else {
				v = field_of(c);
			}
			keep(&it->author, &it->author_rank, 0, v);
		} else if (named(c, "creator") && ns_is(c, NS_DC)) {
			keep(&it->author, &it->author_rank, 1, field_of(c));
		} else if (rss_el(c, "source") || atom_el(c, "source")) {
			char *v = NULL;
			if (has_elements(c)) {
				for (xmlNodePtr a = c->children; a && !v; a = a->next)
					if (named(a, "title"))
						v = title_of(doc, a, 1);
			} else {
				v = field_of(c);
			}
			if (v) {
				free(it->source);
				it->source = v;
			}
		} else if (named(c, "language") && ns_is(c, NS_DC)) {
			if (!it->language)
				it->language = field_of(c);
		}
	}
	if (!it->language)
		it->language = lang_of(item);
}

static void item_release(struct item *it)
{
	buf_release(&it->text);
	free(it->title);
	free(it->url);
	free(it->published);
	free(it->author);
	free(it->source);
	free(it->language);
}

/* The item alone as XML: a copy in a document of its own, so that the
 * namespaces it borrows from the feed are declared on it. */
static void item_xml(xmlNodePtr item, struct buf *out)
{
	xmlDocPtr alone = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr copy = xmlDocCopyNode(item, alone, 1);
	xmlBufferPtr xb = xmlBufferCreate();
	if (copy) {
		xmlDocSetRootElement(alone, copy);
		xmlNodeDump(xb, alone, copy, 0, 0);
	}
	buf_add(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	xmlBufferFree(xb);
	xmlFreeDoc(alone);
}

static long count_fffd(const char *s, size_t len)
{
	long n = 0;
	const char *p = s, *end = s + len;
	while ((p = memmem(p, (size_t)(end - p), "\xEF\xBF\xBD", 3))) {
		n++;
		p += 3;
	}
	return n;
}

static void problem(struct reader *rd, long line, const char *what)
{
	struct err pe;
	err_at(&pe, ERR_INPUT, rd->path, line, "%s", what);
	if (rd->problem)
		rd->problem(rd, &pe);
}

/* One item: 0 to go on, the emit callback's error to stop. */
static int emit_item(struct feed *fd, xmlDocPtr doc, xmlNodePtr node, struct err *e)
{
	struct reader *rd = fd->rd;
	struct item it = { .text = BUF_INIT };
	struct buf raw = BUF_INIT;
	long line = line_of(node);
	int rc = 0;
	read_item(doc, node, &it);
	if (!it.text.len && it.title)
		buf_adds(&it.text, it.title);   /* a headline alone is still a report */
	if (!it.text.len) {
		problem(rd, line, "feed item without text or title, skipped");
		goto out;
	}
	item_xml(node, &raw);
	if (raw.len > CAP_RECORD_BYTES) {
		struct err pe;
		err_at(&pe, ERR_INPUT, rd->path, line, "feed item larger than the %u MB cap, skipped",
		       CAP_RECORD_BYTES >> 20);
		if (rd->problem)
			rd->problem(rd, &pe);
		goto out;
	}
	struct doc_in d = {
		.raw = raw.data, .raw_len = raw.len,
		.text = it.text.data, .text_len = it.text.len,
		.url = it.url, .title = it.title,
		.publisher = it.source ? it.source : fd->title,
		.author = it.author,
		.language = it.language,
		.published = it.published,
		.format = fd->kind == FEED_ATOM ? "atom" : "rss",
		.charset = fd->charset,
		.invalid_bytes = fd->invalid ? count_fffd(raw.data, raw.len) : 0,
		.line = line,
	};
	rc = rd->emit(rd, &d, e);
out:
	buf_release(&raw);
	item_release(&it);
	return rc;
}

/* The feed's own title, from <channel> or <feed>. */
static void read_head(struct feed *fd, xmlDocPtr doc, xmlNodePtr head)
{
	for (xmlNodePtr c = head->children; c && !fd->title; c = c->next)
		if (fd->kind == FEED_ATOM ? atom_el(c, "title") : rss_el(c, "title"))
			fd->title = title_of(doc, c, fd->kind == FEED_ATOM);
}

/* The encoding an XML declaration names, "" if none. */
static void xml_encoding(const char *s, size_t len, char *label, size_t size)
{
	label[0] = '\0';
	if (len < 6 || memcmp(s, "<?xml", 5))
		return;
	const char *end = memmem(s, len < 1024 ? len : 1024, "?>", 2);
	const char *p = end ? memmem(s, (size_t)(end - s), "encoding", 8) : NULL;
	if (!p)
		return;
	p += 8;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '='))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return;
	const char *q = memchr(p + 1, *p, (size_t)(end - p - 1));
	size_t n = q ? (size_t)(q - p - 1) : 0;
	if (n >= size)
		return;
	memcpy(label, p + 1, n);
	label[n] = '\0';
}

static long long binary_offset(const char *s, size_t len)
{
	const char *nul = memchr(s, '\0', len);
	return nul ? nul - s : 0;
}

/* n if it is an item: 0 to go on, 1 past the item cap, else emit's error. */
static int visit(struct feed *fd, xmlDocPtr doc, xmlNodePtr n, struct err *e)
{
	if (fd->kind == FEED_ATOM ? !atom_el(n, "entry") : !rss_el(n, "item"))
		return 0;
	if (fd->items++ == CAP_FEED_ITEMS) {
		char what[120];
		snprintf(what, sizeof what, "feed has more than %d items; the rest are skipped",
			 CAP_FEED_ITEMS);
		problem(fd->rd, line_of(n), what);
		return 1;
	}
	return emit_item(fd, doc, n, e);
}

static int read_items(struct feed *fd, xmlDocPtr doc, xmlNodePtr root, struct err *e)
{
	int rc = 0;
	/* RSS 2.0 keeps its items in <channel>; RSS 1.0 and 0.9 beside it */
	for (xmlNodePtr c = root->children; c && !rc; c = c->next) {
		if (fd->kind == FEED_RSS && rss_el(c, "channel")) {
			for (xmlNodePtr n = c->children; n && !rc; n = n->next)
				rc = visit(fd, doc, n, e);
		} else {
			rc = visit(fd, doc, c, e);
		}
	}
	return rc == 1 ? 0 : rc;
}

int read_feed(struct reader *rd, FILE *f, struct err *e)
{
	char *raw;
	size_t len;
	int rc = reader_slurp(rd, f, CAP_DOCUMENT_BYTES, &raw, &len, e);
	if (rc)
		return rc;
	struct buf u8 = BUF_INIT;
	struct feed fd = { .rd = rd };
	xmlDocPtr doc = NULL;
	if (len == 0) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "empty file");
		goto out;
	}
	if (charset_is_binary(raw, len)) {
		rc = err_at_offset(e, ERR_INPUT, rd->path, binary_offset(raw, len),
				   "binary file, not a text document");
		goto out;
	}
	/* We decode, not libxml2, so that bad bytes become U+FFFD and are
	 * counted instead of failing the whole feed. Without a declaration (or
	 * a BOM, which charset_decode sees first) XML is UTF-8: no guessing,
	 * which would take a UTF-8 feed with a stray byte and few letters for
	 * windows-1252. */
	const char *enc = rd->charset;
	char label[64];
	if (!enc) {
		xml_encoding(raw, len, label, sizeof label);
		enc = label[0] ? charset_canonical(label) : "utf-8";
		if (enc && !strncmp(enc, "utf-16", 6))
			enc = NULL;   /* read as ASCII, so not UTF-16 (a BOM would say so) */
	}
	rc = charset_decode(raw, len, enc, &u8, &fd.charset, &fd.invalid, e);
	if (rc) {
		err_where(e, rd->path, 0);
		goto out;
	}
	if (u8.len > INT_MAX) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "feed larger than libxml2 can parse");
		goto out;
	}
	rc = markup_prescan(u8.data, u8.len, 1, "feed", rd->path, e);
	if (rc)
		goto out;
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	struct markup_guard g;
	markup_guard_attach(&g, ctxt, 0);
	doc = xmlCtxtReadMemory(ctxt, u8.data, (int)u8.len, NULL, "UTF-8", FEED_OPTS);
	rc = markup_guard_check(&g, ctxt, "feed", rd->path, e);
	if (!rc && !doc)
		rc = err_at(e, ERR_INPUT, rd->path, g.error_line, "feed is not well-formed XML (%s)",
			    g.error[0] ? g.error : "libxml2 gave no reason");
	xmlFreeParserCtxt(ctxt);
	if (rc)
		goto out;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (!root) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "feed has no root element");
		goto out;
	}
	if (named(root, "rss") || named(root, "RDF")) {
		fd.kind = FEED_RSS;
	} else if (atom_el(root, "feed")) {
		fd.kind = FEED_ATOM;
	} else {
		rc = err_at(e, ERR_INPUT, rd->path, line_of(root),
			    "not an RSS or Atom feed (the root element is <%.100s>)", (const char *)root->name);
		goto out;
	}
	if (fd.kind == FEED_ATOM) {
		read_head(&fd, doc, root);
	} else {
		for (xmlNodePtr c = root->children; c; c = c->next)
			if (rss_el(c, "channel"))
				read_head(&fd, doc, c);
	}
	rc = read_items(&fd, doc, root, e);
out:
	xmlFreeDoc(doc);
	free(fd.title);
	buf_release(&u8);
	free(raw);
	return rc;
}
