/* html.c - the report inside a web page. libxml2 builds the tree (never
 * touching the network, and under the guard of text/markup.h); we decide
 * which part of it is the article and what the page says about itself. */
#include "text/html.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "text/charset.h"
#include "text/markup.h"

#define HTML_OPTS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
		   HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

/* An <article>, articleBody or <main> is the report when it holds at least
 * this many non-space bytes of text, or 30% of the page's. */
#define ARTICLE_MIN 250
/* How far into the page a <meta charset> is looked for. */
#define META_SCAN (64u << 10)

void html_doc_init(struct html_doc *h)
{
	memset(h, 0, sizeof *h);
	buf_init(&h->text);
}

void html_doc_release(struct html_doc *h)
{
	buf_release(&h->text);
	free(h->title);
	free(h->published);
	free(h->publisher);
	free(h->author);
	free(h->url);
	free(h->language);
	html_doc_init(h);
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* 1 for a character shown as a space (ASCII and Unicode spaces, NBSP), 2 for
 * one not shown at all (zero-width space, BOM, soft hyphen), 0 otherwise;
 * *n gets its length in bytes. */
static int space_kind(const unsigned char *s, size_t len, size_t *n)
{
	unsigned c = s[0];
	*n = 1;
	if (c < 0x80)
		return is_space((unsigned char)c);
	if (c == 0xC2 && len >= 2 && (s[1] == 0xA0 || s[1] == 0xAD)) {
		*n = 2;
		return s[1] == 0xA0 ? 1 : 2;
	}
	if (len < 3 || (c != 0xE2 && c != 0xE3 && c != 0xEF))
		return 0;
	*n = 3;
	if (c == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 ||
					  s[2] == 0xA9 || s[2] == 0xAF))
		return 1;
	if (c == 0xE2 && s[1] == 0x80 && s[2] == 0x8B)
		return 2;
	if (c == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 1;
	if (c == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 1;
	if (c == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 2;
	*n = 1;
	return 0;
}

char *html_field_dup(const char *s, size_t len)
{
	if (!s)
		return NULL;
	struct buf b = BUF_INIT;
	int space = 0;
	size_t i = 0;
	while (i < len && b.len < CAP_FIELD_BYTES) {
		size_t n;
		int k = space_kind((const unsigned char *)s + i, len - i, &n);
		if (k == 1)
			space = 1;
		else if (k == 0) {
			if (space && b.len)
				buf_addc(&b, ' ');
			space = 0;
			buf_add(&b, s + i, n);
		}
		i += n;
	}
	if (b.len > CAP_FIELD_BYTES) {
		size_t cut = CAP_FIELD_BYTES;
		while (cut && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
			cut--;
		buf_setlen(&b, cut);
	}
	if (!b.len) {
		buf_release(&b);
		return NULL;
	}
	struct buf ok = BUF_INIT;
	utf8_repair(b.data, b.len, &ok);
	buf_release(&b);
	return buf_detach(&ok, NULL);
}

/* ---- what the page is written in ---------------------------------------- */


/* Parse one attribute of a tag at *p (stops at '>'); 0 when the tag ends. */
static int next_attr(const char **p, const char *end, const char **name, size_t *name_len,
		     const char **val, size_t *val_len)
{
	const char *s = *p;
	while (s < end && (is_space((unsigned char)*s) || *s == '/'))
		s++;
	if (s >= end || *s == '>') {
		*p = s;
		return 0;
	}
	*name = s;
	while (s < end && !is_space((unsigned char)*s) && *s != '>' && *s != '=' && *s != '/')
		s++;
	*name_len = (size_t)(s - *name);
	*val = s;
	*val_len = 0;
	while (s < end && is_space((unsigned char)*s))
		s++;
	if (s < end && *s == '=') {
		s++;
		while (s < end && is_space((unsigned char)*s))
			s++;
		if (s < end && (*s == '"' || *s == '\'')) {
			const char *q = memchr(s + 1, *s, (size_t)(end - s - 1));
			*val = s + 1;
			*val_len = q ? (size_t)(q - s - 1) : 0;
			s = q ? q + 1 : end;
		} else {
			*val = s;
			while (s < end && !is_space((unsigned char)*s) && *s != '>')
				s++;
			*val_len = (size_t)(s - *val);
		}
	}
	*p = s;
	return 1;
}

static void copy_label(char *out, size_t size, const char *s, size_t n)
{
	while (n && (is_space((unsigned char)*s) || *s == '"' || *s == '\'')) {
		s++;
		n--;
	}
	size_t k = 0;
	while (k < n && k + 1 < size && s[k] != ';' && s[k] != '"' && s[k] != '\'' &&
	       !is_space((unsigned char)s[k]))
		k++;
	memcpy(out, s, k);
	out[k] = '\0';
}

/* The charset the page declares, as an HTML5 prescan finds it: an XML
 * declaration, <meta charset> or <meta http-equiv=Content-Type>; "" if none. */
static void page_charset(const char *in, size_t len, char *label, size_t size)
{
	const char *p = in, *end = in + (len < META_SCAN ? len : META_SCAN);
	label[0] = '\0';
	if (end - p > 5 && !memcmp(p, "<?xml", 5)) {
		const char *q = markup_find(p, end, "?>");
		const char *enc = q ? markup_find(p, q, "encoding") : NULL;
		if (enc) {
			enc += 8;
			while (enc < q && (is_space((unsigned char)*enc) || *enc == '='))
				enc++;
			copy_label(label, size, enc, (size_t)(q - enc));
			if (label[0])
				return;
		}
	}
	while (p < end && (p = memchr(p, '<', (size_t)(end - p)))) {
		if (end - p >= 4 && !memcmp(p, "<!--", 4)) {
			const char *c = markup_find(p + 4, end, "-->");
			if (!c)
				return;
			p = c + 3;
			continue;
		}
		if (end - p >= 5 && !strncasecmp(p, "<body", 5))
			return;
		if (end - p < 6 || strncasecmp(p, "<meta", 5) ||
		    !(is_space((unsigned char)p[5]) || p[5] == '/')) {
			p++;
			continue;
		}
		p += 5;
		const char *name, *val, *content = NULL;
		size_t nl, vl, content_len = 0;
		int http_ct = 0;
		while (next_attr(&p, end, &name, &nl, &val, &vl)) {
			if (nl == 7 && !strncasecmp(name, "charset", 7) && vl) {
				copy_label(label, size, val, vl);
				return;
			}
			if (nl == 10 && !strncasecmp(name, "http-equiv", 10))
				http_ct = vl == 12 && !strncasecmp(val, "content-type", 12);
			if (nl == 7 && !strncasecmp(name, "content", 7)) {
				content = val;
				content_len = vl;
			}
		}
		if (http_ct && content) {
			const char *cs = markup_find_ci(content, content + content_len, "charset");
			if (cs) {
				cs += 7;
				while (cs < content + content_len && (is_space((unsigned char)*cs) || *cs == '='))
					cs++;
				copy_label(label, size, cs, (size_t)(content + content_len - cs));
				if (label[0])
					return;
			}
		}
	}
}

static int has_non_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* Decode in to UTF-8: the user's charset, else a byte-order mark (which
 * charset_decode sees), else the page's own declaration, else detection. A
 * page that declares a one-byte charset but is valid UTF-8 with non-ASCII
 * text was converted and not re-labelled: no real windows-1256 text of more
 * than a few letters is also valid UTF-8. *text is in itself when it can be
 * used as it is, else out's bytes. */
static int decode_page(const char *in, size_t len, const char *declared, const char *path,
		       struct buf *out, const char **text, size_t *text_len, struct html_doc *h,
		       struct err *e)
{
	const char *enc = declared;
	char label[64];
	if (!enc) {
		page_charset(in, len, label, sizeof label);
		enc = label[0] ? charset_canonical(label) : NULL;
		if (enc && !strncmp(enc, "utf-16", 6))
			enc = "utf-8";   /* found by reading ASCII: not UTF-16 (HTML5 does this) */
		if (enc && strcmp(enc, "utf-8") && has_non_ascii(in, len) && utf8_valid(in, len, NULL))
			enc = "utf-8";
	}
	const char *canon = enc ? charset_canonical(enc) : NULL;
	if ((!enc || (canon && !strcmp(canon, "utf-8"))) && !(len >= 3 && !memcmp(in, "\xEF\xBB\xBF", 3)) &&
	    !memchr(in, '\0', len) && utf8_valid(in, len, NULL)) {
		h->charset = "utf-8";
		*text = in;
		*text_len = len;
		return 0;
	}
	long invalid = 0;
	struct buf tmp = BUF_INIT;
	int rc = charset_decode(in, len, enc, &tmp, &h->charset, &invalid, e);
	if (rc) {
		err_where(e, path, 0);
		buf_release(&tmp);
		return rc;
	}
	/* libxml2 takes a NUL for the end of the input; browsers show U+FFFD */
	if (memchr(tmp.data, '\0', tmp.len)) {
		for (size_t i = 0; i < tmp.len; i++) {
			if (tmp.data[i]) {
				buf_addc(out, tmp.data[i]);
			} else {
				buf_adds(out, "\xEF\xBF\xBD");
				invalid++;
			}
		}
		buf_release(&tmp);
	} else {
		buf_release(out);
		*out = tmp;
	}
	h->invalid_bytes = invalid;
	*text = out->data;
	*text_len = out->len;
	return 0;
}

/* ---- the tree ----------------------------------------------------------- */

enum elem_kind { K_INLINE, K_SKIP, K_SOFT, K_HEADER, K_PARA, K_LINE, K_CELL, K_BR, K_PRE };

/* Sorted for bsearch. K_SKIP: never text; K_SOFT: skipped unless it holds
 * most of the article (some sites wrap the whole page in a <form>). */
static const struct elem {
	const char *name;
	enum elem_kind kind;
} elems[] = {
	{ "address", K_PARA }, { "applet", K_SKIP }, { "article", K_PARA }, { "aside", K_SKIP },
	{ "audio", K_SKIP }, { "base", K_SKIP }, { "blockquote", K_PARA }, { "body", K_PARA },
	{ "br", K_BR }, { "button", K_SKIP }, { "canvas", K_SKIP }, { "caption", K_LINE },
	{ "center", K_PARA }, { "datalist", K_SKIP }, { "dd", K_LINE }, { "details", K_PARA },
	{ "dialog", K_SKIP }, { "dir", K_PARA }, { "div", K_PARA }, { "dl", K_PARA },
	{ "dt", K_LINE }, { "embed", K_SKIP }, { "fieldset", K_PARA }, { "figcaption", K_PARA },
	{ "figure", K_PARA }, { "footer", K_SKIP }, { "form", K_SOFT }, { "frameset", K_SKIP },
	{ "h1", K_PARA }, { "h2", K_PARA }, { "h3", K_PARA }, { "h4", K_PARA }, { "h5", K_PARA },
	{ "h6", K_PARA }, { "head", K_SKIP }, { "header", K_HEADER }, { "hgroup", K_PARA },
	{ "hr", K_PARA }, { "html", K_PARA }, { "iframe", K_SKIP }, { "input", K_SKIP },
	{ "legend", K_LINE }, { "li", K_LINE }, { "link", K_SKIP }, { "main", K_PARA },
	{ "map", K_SKIP }, { "math", K_SKIP }, { "menu", K_SKIP }, { "meta", K_SKIP },
	{ "nav", K_SKIP }, { "noembed", K_SKIP }, { "noframes", K_SKIP }, { "noscript", K_SKIP },
	{ "object", K_SKIP }, { "ol", K_PARA }, { "option", K_SKIP }, { "p", K_PARA },
	{ "param", K_SKIP }, { "pre", K_PRE }, { "script", K_SKIP }, { "section", K_PARA },
	{ "select", K_SKIP }, { "source", K_SKIP }, { "style", K_SKIP }, { "summary", K_LINE },
	{ "svg", K_SKIP }, { "table", K_PARA }, { "td", K_CELL }, { "template", K_SKIP },
	{ "textarea", K_SKIP }, { "th", K_CELL }, { "title", K_SKIP }, { "tr", K_LINE },
	{ "track", K_SKIP }, { "ul", K_PARA }, { "video", K_SKIP }, { "xmp", K_SKIP },
};

static int elem_cmp(const void *key, const void *el)
{
	return strcmp(key, ((const struct elem *)el)->name);
}

static enum elem_kind kind_of(xmlNodePtr n)
{
	const struct elem *el = bsearch(n->name, elems, sizeof elems / sizeof elems[0],
					sizeof elems[0], elem_cmp);
	return el ? el->kind : K_INLINE;
}

/* An attribute's value ("" for one without a value), NULL if absent. HTML
 * attribute values are one text node with the entities already decoded. */
static const char *attr(xmlNodePtr n, const char *name)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (strcasecmp((const char *)a->name, name))
			continue;
		if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

/* 1 if the space-separated list s holds word (case-insensitive). */
static int has_token(const char *s, const char *word)
{
	size_t n = strlen(word);
	while (s && *s) {
		while (*s && is_space((unsigned char)*s))
			s++;
		const char *t = s;
		while (*s && !is_space((unsigned char)*s))
			s++;
		if ((size_t)(s - t) == n && !strncasecmp(t, word, n))
			return 1;
	}
	return 0;
}

/* Page chrome by ARIA role, or hidden from readers. */
static int hidden_or_chrome(xmlNodePtr n)
{
	const char *v;
	if (attr(n, "hidden"))
		return 1;
	if ((v = attr(n, "aria-hidden")) && !strcasecmp(v, "true"))
		return 1;
	if ((v = attr(n, "style"))) {
		char compact[64];
		size_t k = 0;
		for (; *v && k < sizeof compact - 1; v++)
			if (!is_space((unsigned char)*v))
				compact[k++] = (char)(*v | 0x20);
		compact[k] = '\0';
		if (strstr(compact, "display:none") || strstr(compact, "visibility:hidden"))
			return 1;
	}
	if ((v = attr(n, "role"))) {
		static const char *const roles[] = { "navigation", "banner", "contentinfo",
			"complementary", "search", "menu", "menubar", "dialog", "alertdialog", NULL };
		for (int i = 0; roles[i]; i++)
			if (has_token(v, roles[i]))
				return 1;
	}
	return 0;
}

/* Class and id words of boxes that are not the report: sharing buttons,
 * comments, related links, adverts. Words are split at '-', '_' and spaces,
 * so "js-share-bar" matches and "shared" does not. */
static int noisy_name(const char *s)
{
	static const char *const words[] = { "ad", "ads", "advert", "advertisement", "breadcrumb",
		"breadcrumbs", "comment", "comments", "cookie", "cookies", "newsletter", "outbrain",
		"promo", "related", "share", "sharing", "social", "sponsored", "subscribe",
		"taboola", NULL };
	while (s && *s) {
		while (*s && !((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))
			s++;
		const char *t = s;
		while (((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') || (*s >= '0' && *s <= '9'))
			s++;
		size_t n = (size_t)(s - t);
		for (int i = 0; n && words[i]; i++)
			if (strlen(words[i]) == n && !strncasecmp(t, words[i], n))
				return 1;
	}
	return 0;
}

/* Walk the subtree at top without recursion: enter() says whether to visit
 * an element's children, leave() runs after them. */
static void walk(xmlNodePtr top, int (*enter)(void *, xmlNodePtr), void (*leave)(void *, xmlNodePtr),
		 void *arg)
{
	xmlNodePtr n = top;
	while (n) {
		int in = enter(arg, n) && n->type == XML_ELEMENT_NODE;
		if (in && n->children) {
			n = n->children;
			continue;
		}
		if (in && leave)
			leave(arg, n);
		while (n != top && !n->next) {
			n = n->parent;
			if (leave)
				leave(arg, n);
		}
		n = n == top ? NULL : n->next;
	}
}

static long count_visible(const char *s)
{
	long n = 0;
	for (; *s; s++)
		n += !is_space((unsigned char)*s);
	return n;
}

#define LEN(n) ((long)(intptr_t)(n)->_private)
#define SET_LEN(n, v) ((n)->_private = (void *)(intptr_t)(v))

/* Pass 1: non-space text bytes under each element (kept in _private; the
 * tree is ours and libxml2 leaves that field to us), and the largest
 * candidate of each kind for the article. */
enum { C_BODY_PROP, C_ARTICLE, C_MAIN, C_KINDS };

struct measure {
	xmlNodePtr best[C_KINDS];
	long best_len[C_KINDS];
};

static int measure_enter(void *arg, xmlNodePtr n)
{
	(void)arg;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content && n->parent && n->parent->type == XML_ELEMENT_NODE)
			SET_LEN(n->parent, LEN(n->parent) + count_visible((const char *)n->content));
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	enum elem_kind k = kind_of(n);
	if (k == K_SKIP || hidden_or_chrome(n))
		return 0;
	SET_LEN(n, 0);
	return 1;
}

static void measure_leave(void *arg, xmlNodePtr n)
{
	struct measure *m = arg;
	long len = LEN(n);
	if (n->parent && n->parent->type == XML_ELEMENT_NODE)
		SET_LEN(n->parent, LEN(n->parent) + len);
	const char *prop = attr(n, "itemprop"), *role = attr(n, "role");
	int c = -1;
	if (prop && has_token(prop, "articleBody"))
		c = C_BODY_PROP;
	else if (!strcmp((const char *)n->name, "article") || (role && has_token(role, "article")))
		c = C_ARTICLE;
	else if (!strcmp((const char *)n->name, "main") || (role && has_token(role, "main")))
		c = C_MAIN;
	if (c >= 0 && len > m->best_len[c]) {
		m->best[c] = n;
		m->best_len[c] = len;
	}
}

/* Pass 2: the text. Separators are owed, not written, so that nested blocks
 * give one blank line and nothing leads or trails. */
enum { SEP_NONE, SEP_SPACE, SEP_LINE, SEP_PARA };

struct text_walk {
	struct buf *out;
	size_t start;
	int pending;
	int pre;
	int in_article;
	long root_len;     /* soft skips apply below half of this; 0: never */
	xmlNodePtr time;   /* first <time datetime> met */
};

static void owe(struct text_walk *w, int sep)
{
	if (sep > w->pending)
		w->pending = sep;
}

static void pay(struct text_walk *w)
{
	if (w->pending && w->out->len > w->start)
		buf_adds(w->out, w->pending == SEP_PARA ? "\n\n" : w->pending == SEP_LINE ? "\n" : " ");
	w->pending = SEP_NONE;
}

static void put_text(struct text_walk *w, const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		size_t n;
		int k = space_kind(s + i, len - i, &n);
		if (k == 1) {
			if (w->pre && s[i] != '\r') {
				pay(w);
				buf_addc(w->out, s[i] == '\n' ? '\n' : ' ');
			} else if (!w->pre) {
				owe(w, SEP_SPACE);
			}
			i += n;
			continue;
		}
		if (k == 2) {
			i += n;
			continue;
		}
		size_t j = i + n, m;
		while (j < len) {
			if (s[j] < 0x80 && s[j] > ' ')
				j++;
			else if (s[j] >= 0x80 && !space_kind(s + j, len - j, &m))
				j += m;
			else
				break;
		}
		pay(w);
		buf_add(w->out, s + i, j - i);
		i = j;
	}
}

static int text_enter(void *arg, xmlNodePtr n)
{
	struct text_walk *w = arg;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			put_text(w, n->content, strlen((const char *)n->content));
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	enum elem_kind k = kind_of(n);
	if (k == K_SKIP || hidden_or_chrome(n))
		return 0;
	if (k == K_HEADER && !w->in_article)
		return 0;
	if (w->root_len && (k == K_SOFT || noisy_name(attr(n, "class")) || noisy_name(attr(n, "id"))) &&
	    LEN(n) * 2 < w->root_len)
		return 0;
	const char *name = (const char *)n->name;
	if (!w->time && !strcmp(name, "time") && attr(n, "datetime"))
		w->time = n;
	if (!strcmp(name, "article"))
		w->in_article++;
	switch (k) {
	case K_PARA:
	case K_HEADER:
		owe(w, SEP_PARA);
		break;
	case K_PRE:
		owe(w, SEP_PARA);
		w->pre++;
		break;
	case K_LINE:
		owe(w, SEP_LINE);
		break;
	case K_CELL:
		owe(w, SEP_SPACE);
		break;
	case K_BR:
		owe(w, w->pending >= SEP_LINE ? SEP_PARA : SEP_LINE);
		break;
	default:
		break;
	}
	return 1;
}

static void text_leave(void *arg, xmlNodePtr n)
{
	struct text_walk *w = arg;
	enum elem_kind k = kind_of(n);
	if (!strcmp((const char *)n->name, "article"))
		w->in_article--;
	if (k == K_PRE)
		w->pre--;
	if (k == K_PARA || k == K_PRE || k == K_HEADER)
		owe(w, SEP_PARA);
	else if (k == K_LINE)
		owe(w, SEP_LINE);
	else if (k == K_CELL)
		owe(w, SEP_SPACE);
}

/* ---- what the page says about itself ------------------------------------ */

enum { F_TITLE, F_PUBLISHED, F_PUBLISHER, F_AUTHOR, F_URL, F_LANGUAGE, F_COUNT };

/* Meta names and properties (case-insensitive), best first within a field.
 * Rank gaps leave room for what is not a meta tag (<title>, <h1>, <time>). */
static const struct meta_key {
	const char *key;
	int field, rank;
} meta_keys[] = {
	{ "og:title", F_TITLE, 0 }, { "twitter:title", F_TITLE, 1 }, { "headline", F_TITLE, 2 },
	{ "article:published_time", F_PUBLISHED, 0 }, { "og:published_time", F_PUBLISHED, 1 },
	{ "article:published", F_PUBLISHED, 1 }, { "pubdate", F_PUBLISHED, 2 },
	{ "publishdate", F_PUBLISHED, 3 }, { "publish-date", F_PUBLISHED, 3 },
	{ "date", F_PUBLISHED, 4 }, { "dc.date.issued", F_PUBLISHED, 5 },
	{ "dcterms.issued", F_PUBLISHED, 5 }, { "dc.date", F_PUBLISHED, 6 },
	{ "dcterms.created", F_PUBLISHED, 7 }, { "dc.date.created", F_PUBLISHED, 7 },
	{ "sailthru.date", F_PUBLISHED, 8 }, { "parsely-pub-date", F_PUBLISHED, 8 },
	{ "datepublished", F_PUBLISHED, 9 },
	{ "og:site_name", F_PUBLISHER, 0 }, { "application-name", F_PUBLISHER, 1 },
	{ "dc.publisher", F_PUBLISHER, 2 }, { "dcterms.publisher", F_PUBLISHER, 3 },
	{ "publisher", F_PUBLISHER, 4 },
	{ "author", F_AUTHOR, 0 }, { "article:author", F_AUTHOR, 1 }, { "dc.creator", F_AUTHOR, 2 },
	{ "dcterms.creator", F_AUTHOR, 3 }, { "byl", F_AUTHOR, 4 }, { "sailthru.author", F_AUTHOR, 5 },
	{ "parsely-author", F_AUTHOR, 6 },
	{ "og:url", F_URL, 1 },
	{ "content-language", F_LANGUAGE, 2 }, { "dc.language", F_LANGUAGE, 3 },
	{ "og:locale", F_LANGUAGE, 4 },
};

#define RANK_TITLE_TAG 3
#define RANK_H1 4
#define RANK_TIME_IN_ARTICLE 10
#define RANK_TIME 11
#define RANK_ITEMPROP_AUTHOR 7

struct meta {
	char *val[F_COUNT];
	int rank[F_COUNT];
	xmlNodePtr root;       /* the article part, for <time> */
	int seen_h1;
};

static void offer(struct meta *m, int field, int rank, const char *s)
{
	if (!s || rank >= m->rank[field])
		return;
	char *v = html_field_dup(s, strlen(s));
	if (!v)
		return;
	free(m->val[field]);
	m->val[field] = v;
	m->rank[field] = rank;
}

/* The text under n on one line (for <title>, <h1>, itemprop values). */
static char *node_text(xmlNodePtr n)
{
	struct buf b = BUF_INIT;
	struct text_walk w = { .out = &b, .in_article = 1 };
	for (xmlNodePtr c = n->children; c && b.len <= CAP_FIELD_BYTES; c = c->next)
		walk(c, text_enter, text_leave, &w);
	char *s = html_field_dup(b.data, b.len);
	buf_release(&b);
	return s;
}

static void offer_text(struct meta *m, int field, int rank, xmlNodePtr n)
{
	if (rank >= m->rank[field])
		return;
	char *s = node_text(n);
	offer(m, field, rank, s);
	free(s);
}

static int is_within(xmlNodePtr n, xmlNodePtr top)
{
	for (; n; n = n->parent)
		if (n == top)
			return 1;
	return 0;
}

static void meta_tag(struct meta *m, xmlNodePtr n)
{
	const char *content = attr(n, "content");
	if (!content)
		return;
	const char *keys[4] = { attr(n, "property"), attr(n, "name"), attr(n, "itemprop"),
				attr(n, "http-equiv") };
	for (int k = 0; k < 4; k++) {
		if (!keys[k])
			continue;
		for (size_t i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++)
			if (!strcasecmp(keys[k], meta_keys[i].key))
				offer(m, meta_keys[i].field, meta_keys[i].rank, content);
	}
}

static int meta_enter(void *arg, xmlNodePtr n)
{
	struct meta *m = arg;
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	const char *name = (const char *)n->name, *v;
	if (!strcmp(name, "script") || !strcmp(name, "style") || !strcmp(name, "template") ||
	    !strcmp(name, "svg") || !strcmp(name, "noscript"))
		return 0;
	if (!strcmp(name, "meta")) {
		meta_tag(m, n);
		return 0;
	}
	if (!strcmp(name, "html")) {
		offer(m, F_LANGUAGE, 0, attr(n, "lang"));
		offer(m, F_LANGUAGE, 1, attr(n, "xml:lang"));
	} else if (!strcmp(name, "title")) {
		offer_text(m, F_TITLE, RANK_TITLE_TAG, n);
		return 0;
	} else if (!strcmp(name, "h1") && !m->seen_h1) {
		m->seen_h1 = 1;
		offer_text(m, F_TITLE, RANK_H1, n);
	} else if (!strcmp(name, "link")) {
		if ((v = attr(n, "rel")) && has_token(v, "canonical"))
			offer(m, F_URL, 0, attr(n, "href"));
		return 0;
	} else if (!strcmp(name, "time") && (v = attr(n, "datetime"))) {
		offer(m, F_PUBLISHED, is_within(n, m->root) ? RANK_TIME_IN_ARTICLE : RANK_TIME, v);
	}
	if ((v = attr(n, "itemprop"))) {
		if (has_token(v, "datePublished")) {
			const char *d = attr(n, "content");
			if (!d)
				d = attr(n, "datetime");
			if (d)
				offer(m, F_PUBLISHED, 9, d);
			else
				offer_text(m, F_PUBLISHED, 9, n);
		} else if (has_token(v, "headline")) {
			offer_text(m, F_TITLE, 2, n);
		} else if (has_token(v, "author")) {
			offer_text(m, F_AUTHOR, RANK_ITEMPROP_AUTHOR, n);
		}
	}
	return 1;
}

/* ---- putting it together ------------------------------------------------ */

static xmlNodePtr pick_root(xmlNodePtr top)
{
	struct measure m = { { NULL }, { 0 } };
	walk(top, measure_enter, measure_leave, &m);
	long page = LEN(top);
	for (int c = 0; c < C_KINDS; c++)
		if (m.best[c] && (m.best_len[c] >= ARTICLE_MIN || m.best_len[c] * 10 >= page * 3))
			return m.best[c];
	return top;
}

static void extract(xmlDocPtr doc, struct html_doc *h)
{
	xmlNodePtr top = xmlDocGetRootElement(doc);
	xmlNodePtr root = pick_root(top);
	struct buf text = BUF_INIT;
	struct text_walk w = { .out = &text, .root_len = LEN(root) };
	for (xmlNodePtr a = root->parent; a; a = a->parent)   /* text_enter counts root */
		if (a->type == XML_ELEMENT_NODE && !strcmp((const char *)a->name, "article"))
			w.in_article = 1;
	walk(root, text_enter, text_leave, &w);
	h->invalid_bytes += utf8_repair(text.data, text.len, &h->text);
	buf_release(&text);

	struct meta m = { .root = root };
	for (int f = 0; f < F_COUNT; f++)
		m.rank[f] = INT_MAX;
	walk(top, meta_enter, NULL, &m);
	if (w.time)
		offer(&m, F_PUBLISHED, RANK_TIME_IN_ARTICLE, attr(w.time, "datetime"));
	h->title = m.val[F_TITLE];
	h->published = m.val[F_PUBLISHED];
	h->publisher = m.val[F_PUBLISHER];
	h->author = m.val[F_AUTHOR];
	h->url = m.val[F_URL];
	h->language = m.val[F_LANGUAGE];
}

/* 1 if s holds anything libxml2 could take for a tag. */
static int has_markup(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	while (p + 1 < end && (p = memchr(p, '<', (size_t)(end - p - 1)))) {
		unsigned char c = (unsigned char)p[1];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return 1;
		if (c == '!' || c == '/' || c == '?')
			return 1;
		p++;
	}
	return 0;
}

/* Parse UTF-8 markup under the guard into *doc. */
static int parse_guarded(const char *s, size_t len, const char *path, htmlDocPtr *doc,
			 struct err *e)
{
	*doc = NULL;
	if (len > INT_MAX)
		return err_at(e, ERR_INPUT, path, 0, "page larger than libxml2 can parse");
	int rc = markup_prescan(s, len, 0, "HTML", path, e);
	if (rc)
		return rc;
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	struct markup_guard g;
	markup_guard_attach(&g, ctxt, 1);
	*doc = htmlCtxtReadMemory(ctxt, s, (int)len, NULL, "UTF-8", HTML_OPTS);
	rc = markup_guard_check(&g, ctxt, "HTML", path, e);
	if (!rc && (!*doc || !xmlDocGetRootElement(*doc)))
		rc = err_at(e, ERR_INPUT, path, 0, "not HTML (libxml2 found no element)");
	htmlFreeParserCtxt(ctxt);
	if (rc) {
		xmlFreeDoc(*doc);
		*doc = NULL;
	}
	return rc;
}

int html_to_text(const char *in, size_t len, const char *declared, const char *path,
		 struct html_doc *h, struct err *e)
{
	struct buf u8 = BUF_INIT;
	int rc = 0;
	if (!path)
		path = "-";
	if (len == 0)
		return err_at(e, ERR_INPUT, path, 0, "empty file");
	if (charset_is_binary(in, len)) {
		const char *nul = memchr(in, '\0', len);
		return err_at_offset(e, ERR_INPUT, path, nul ? (long long)(nul - in) : 0,
				     "binary file, not a text document");
	}
	const char *text;
	size_t text_len;
	rc = decode_page(in, len, declared, path, &u8, &text, &text_len, h, e);
	if (rc)
		goto out;
	if (!has_markup(text, text_len)) {
		rc = err_at(e, ERR_INPUT, path, 0, "not HTML (no markup at all)");
		goto out;
	}
	htmlDocPtr doc;
	rc = parse_guarded(text, text_len, path, &doc, e);
	if (rc)
		goto out;
	extract(doc, h);
	xmlFreeDoc(doc);
out:
	buf_release(&u8);
	return rc;
}

/* Text outside <...>, for a fragment too hostile to hand to libxml2. */
static void strip_tags(struct text_walk *w, const char *in, size_t len)
{
	const char *p = in, *end = in + len;
	while (p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		put_text(w, (const unsigned char *)p, (size_t)((lt ? lt : end) - p));
		if (!lt)
			break;
		const char *gt = memchr(lt, '>', (size_t)(end - lt));
		owe(w, SEP_SPACE);
		p = gt ? gt + 1 : end;
	}
}

void html_fragment_text(const char *in, size_t len, struct buf *out)
{
	struct buf text = BUF_INIT;
	struct text_walk w = { .out = &text, .in_article = 1 };
	if (!memchr(in, '<', len) && !memchr(in, '&', len)) {
		put_text(&w, (const unsigned char *)in, len);
	} else {
		htmlDocPtr doc = NULL;
		if (len <= INT_MAX && !markup_prescan(in, len, 0, "HTML", "-", NULL)) {
			htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
			struct markup_guard g;
			markup_guard_attach(&g, ctxt, 1);
			doc = htmlCtxtReadMemory(ctxt, in, (int)len, NULL, "UTF-8", HTML_OPTS);
			markup_guard_check(&g, ctxt, "HTML", "-", NULL);   /* keeps what was read */
			htmlFreeParserCtxt(ctxt);
		}
		if (doc && xmlDocGetRootElement(doc))
			walk(xmlDocGetRootElement(doc), text_enter, text_leave, &w);
		else
			strip_tags(&w, in, len);
		xmlFreeDoc(doc);
	}
	utf8_repair(text.data, text.len, out);
	buf_release(&text);
}
