/* test_markup.c - the guard around libxml2 (text/markup.h): the attribute
 * budget of the prescan, the depth and node caps while parsing, libxml2's
 * first error kept with its line, and, through the two readers that use it,
 * hostile pages and feeds ending in a clear error within a second or two
 * instead of a crash. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "reader_rec.h"
#include "text/html.h"
#include "text/markup.h"

/* One start tag with n attributes on line 2, after a first line "<r>". */
static size_t one_tag(char *s, int n)
{
	size_t k = (size_t)sprintf(s, "<r>\n<p");
	for (int i = 0; i < n; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	k += (size_t)sprintf(s + k, ">x</p></r>");
	return k;
}

static void prescan_budget(void **state)
{
	(void)state;
	struct err e;
	char *s = malloc(64u << 10);
	/* 32 attributes are free; above that a tag costs n*n of 2^24: 4096 fit */
	size_t k = one_tag(s, 4096);
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "a.html", &e), 0);
	assert_int_equal(markup_prescan(s, k, 1, "feed", "a.xml", &e), 0);
	k = one_tag(s, 4097);
	err_clear(&e);
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "a.html", &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML start tags carry too many attributes (4097 in this one)");
	assert_string_equal(e.where, "a.html:2");
	assert_int_equal(markup_prescan(s, k, 1, "feed", "a.xml", &e), ERR_INPUT);
	assert_string_equal(e.what, "feed start tags carry too many attributes (4097 in this one)");
	assert_string_equal(e.where, "a.xml:2");
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "a.html", NULL), ERR_INPUT);
	/* quoted values holding '>' or spaces are one attribute each */
	k = (size_t)sprintf(s, "<p");
	for (int i = 0; i < 4097; i++)
		k += (size_t)sprintf(s + k, " a%d='x > y'", i);
	k += (size_t)sprintf(s + k, ">");
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "a.html", &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML start tags carry too many attributes (4097 in this one)");
	free(s);
}

/* What is text to libxml2 is no work, and that differs between HTML and XML. */
static void prescan_skips_text(void **state)
{
	(void)state;
	struct err e;
	char *s = malloc(64u << 10);
	/* a raw-text <script> in HTML; in XML it is an element like any other */
	size_t k = (size_t)sprintf(s, "<script>\n<b");
	for (int i = 0; i < 5000; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	k += (size_t)sprintf(s + k, "></script>");
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "s.html", &e), 0);
	assert_int_equal(markup_prescan(s, k, 1, "feed", "s.xml", &e), ERR_INPUT);
	assert_string_equal(e.what, "feed start tags carry too many attributes (5000 in this one)");
	assert_string_equal(e.where, "s.xml:2");
	/* a CDATA section in XML; in HTML it is no such thing */
	k = (size_t)sprintf(s, "<![CDATA[\n\n<b");
	for (int i = 0; i < 5000; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	k += (size_t)sprintf(s + k, ">]]>");
	assert_int_equal(markup_prescan(s, k, 1, "feed", "s.xml", &e), 0);
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "s.html", &e), ERR_INPUT);
	assert_string_equal(e.where, "s.html:3");
	/* a comment in both; an unclosed one is not skipped */
	k = (size_t)sprintf(s, "<!-- <b");
	for (int i = 0; i < 5000; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "c.html", &e), ERR_INPUT);
	k += (size_t)sprintf(s + k, " -->");
	assert_int_equal(markup_prescan(s, k, 0, "HTML", "c.html", &e), 0);
	assert_int_equal(markup_prescan(s, k, 1, "feed", "c.xml", &e), 0);
	free(s);
}

/* Parse s as XML under a guard; rc of markup_guard_check, g filled. */
static int xml_guarded(const char *s, size_t len, struct markup_guard *g, struct err *e)
{
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	markup_guard_attach(g, ctxt, 0);
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, s, (int)len, NULL, "UTF-8",
					  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	err_clear(e);
	int rc = markup_guard_check(g, ctxt, "XML", "t.xml", e);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

static void guard_caps(void **state)
{
	(void)state;
	struct markup_guard g;
	struct err e;
	struct buf in = BUF_INIT;
	/* 256 elements deep is allowed, the 257th is stopped on its line */
	for (int i = 0; i < CAP_MARKUP_DEPTH; i++)
		buf_adds(&in, "<x>\n");
	for (int i = 0; i < CAP_MARKUP_DEPTH; i++)
		buf_adds(&in, "</x>");
	assert_int_equal(xml_guarded(in.data, in.len, &g, &e), 0);
	assert_int_equal(g.stop, 0);
	buf_reset(&in);
	for (int i = 0; i <= CAP_MARKUP_DEPTH; i++)
		buf_adds(&in, "<x>\n");
	assert_int_equal(xml_guarded(in.data, in.len, &g, &e), ERR_INPUT);
	assert_int_equal(g.stop, MARKUP_STOP_DEEP);
	assert_string_equal(e.what, "XML nests deeper than 256 elements");
	assert_string_equal(e.where, "t.xml:257");

	/* a root and 999,999 empty elements are a million nodes: allowed */
	buf_reset(&in);
	buf_adds(&in, "<r>");
	for (int i = 1; i < CAP_MARKUP_NODES; i++)
		buf_adds(&in, "<i/>");
	buf_adds(&in, "</r>");
	assert_int_equal(xml_guarded(in.data, in.len, &g, &e), 0);
	assert_int_equal(g.nodes, CAP_MARKUP_NODES);
	buf_setlen(&in, in.len - 4);
	buf_adds(&in, "\n<i/></r>");
	assert_int_equal(xml_guarded(in.data, in.len, &g, &e), ERR_INPUT);
	assert_int_equal(g.stop, MARKUP_STOP_BIG);
	assert_string_equal(e.what, "XML has more than 1000000 nodes (elements, text runs, comments)");
	assert_string_equal(e.where, "t.xml:2");
	buf_release(&in);
}

/* The first well-formedness error is kept, even after a lesser error. */
static void guard_keeps_first_error(void **state)
{
	(void)state;
	struct markup_guard g;
	struct err e;
	static const char in[] = "<r>\n<x:a/>\n<b></c>\n<d></e>\n</r>";
	assert_int_equal(xml_guarded(in, sizeof in - 1, &g, &e), 0);
	assert_int_equal(g.stop, 0);
	assert_string_equal(g.error, "Opening and ending tag mismatch: b line 3 and c");
	assert_int_equal(g.error_line, 3);
	assert_int_equal(g.error_fatal, 1);

	static const char ns_only[] = "<r>\n<x:a/>\n</r>";
	assert_int_equal(xml_guarded(ns_only, sizeof ns_only - 1, &g, &e), 0);
	assert_string_equal(g.error, "Namespace prefix x on a is not defined");
	assert_int_equal(g.error_line, 2);
	assert_int_equal(g.error_fatal, 0);

	static const char fine[] = "<r><a/></r>";
	assert_int_equal(xml_guarded(fine, sizeof fine - 1, &g, &e), 0);
	assert_string_equal(g.error, "");
}

/* ---- through the readers ---- */

/* Parse exactly n bytes copied to the heap, so ASan sees a read past the end. */
static int parse(const char *in, size_t n, const char *declared, struct html_doc *h, struct err *e)
{
	char *copy = malloc(n ? n : 1);
	memcpy(copy, in, n);
	html_doc_init(h);
	err_clear(e);
	int rc = html_to_text(copy, n, declared, "page.html", h, e);
	free(copy);
	if (!rc)
		assert_true(utf8_valid(h->text.data, h->text.len, NULL));
	return rc;
}

#define PARSE(lit, declared, h, e) parse(lit, sizeof(lit) - 1, declared, h, e)

/* n nested <div>s, 100 to a line after a first line "<html><body>". */
static char *nested(const char *tag, long n, size_t *len)
{
	size_t tl = strlen(tag);
	char *s = malloc(tl * (size_t)n + (size_t)n / 100 + 64);
	size_t k = (size_t)sprintf(s, "<html><body>\n");
	for (long i = 0; i < n; i++) {
		memcpy(s + k, tag, tl);
		k += tl;
		if (i % 100 == 99)
			s[k++] = '\n';
	}
	k += (size_t)sprintf(s + k, "deep text</body></html>");
	*len = k;
	return s;
}

static void deep_nesting(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	size_t len;
	/* html, body and 254 divs: 256 deep is allowed */
	char *ok = nested("<div>", 254, &len);
	assert_int_equal(parse(ok, len, NULL, &h, &e), 0);
	assert_string_equal(h.text.data, "deep text");
	html_doc_release(&h);
	free(ok);

	char *bomb = nested("<div>", 1000000, &len);
	assert_int_equal(parse(bomb, len, NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML nests deeper than 256 elements");
	/* div 255 (the 257th element) is the 55th of line 4 */
	assert_string_equal(e.where, "page.html:4");
	html_doc_release(&h);
	free(bomb);
}

static void bombs_are_refused(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	/* 50 MB of "<b>" */
	size_t n = 50u << 20;
	char *s = malloc(n);
	for (size_t i = 0; i + 3 <= n; i += 3)
		memcpy(s + i, "<b>", 3);
	n -= n % 3;
	assert_int_equal(parse(s, n, NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML nests deeper than 256 elements");
	assert_string_equal(e.where, "page.html:1");
	html_doc_release(&h);

	/* 8 MB of "<i></i>": flat, but over a million nodes */
	n = 8u << 20;
	for (size_t i = 0; i + 7 <= n; i += 7)
		memcpy(s + i, "<i></i>", 7);
	n -= n % 7;
	assert_int_equal(parse(s, n, NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML has more than 1000000 nodes (elements, text runs, comments)");
	html_doc_release(&h);

	/* one start tag with 2 million attributes (libxml2 would check them
	 * pairwise for hours) */
	size_t k = (size_t)sprintf(s, "<html><body>\n<div");
	for (int i = 0; i < 2000000; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	k += (size_t)sprintf(s + k, ">x</div></body></html>");
	assert_int_equal(parse(s, k, NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML start tags carry too many attributes (2000000 in this one)");
	assert_string_equal(e.where, "page.html:2");
	html_doc_release(&h);

	/* many tags of 100 attributes each: the budget runs out on the way */
	k = 0;
	for (int t = 0; t < 20000; t++) {
		k += (size_t)sprintf(s + k, "<p");
		for (int i = 0; i < 100; i++)
			k += (size_t)sprintf(s + k, " a%d=\"\"", i);
		k += (size_t)sprintf(s + k, ">x</p>\n");
	}
	assert_int_equal(parse(s, k, NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "HTML start tags carry too many attributes (100 in this one)");
	html_doc_release(&h);

	/* the same attributes hidden in a script or a comment are no work */
	k = (size_t)sprintf(s, "<html><body><script>if (a<b");
	for (int i = 0; i < 100000; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	k += (size_t)sprintf(s + k, ") {}</script><!-- <x");
	for (int i = 0; i < 100000; i++)
		k += (size_t)sprintf(s + k, " a%d", i);
	k += (size_t)sprintf(s + k, " --><p>kept</p></body></html>");
	assert_int_equal(parse(s, k, NULL, &h, &e), 0);
	assert_string_equal(h.text.data, "kept");
	html_doc_release(&h);
	free(s);
}

static void guarded(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	struct buf in = BUF_INIT;
	buf_adds(&in, "<rss><channel><title>T</title>\n<item>\n");
	for (int i = 0; i < 300; i++)
		buf_adds(&in, "<x>");
	rec_init(&r, "deep.rss");
	assert_int_equal(rec_run(&r, read_feed, in.data, in.len, &e), ERR_INPUT);
	assert_string_equal(e.what, "feed nests deeper than 256 elements");
	assert_string_equal(e.where, "deep.rss:3");

	buf_reset(&in);
	buf_adds(&in, "<rss><channel><title>T</title>\n<item a0=\"\"");
	for (int i = 1; i < 100000; i++)
		buf_addf(&in, " a%d=\"\"", i);
	buf_adds(&in, "><title>x</title></item></channel></rss>");
	assert_int_equal(rec_run(&r, read_feed, in.data, in.len, &e), ERR_INPUT);
	assert_string_equal(e.what, "feed start tags carry too many attributes (100000 in this one)");
	assert_string_equal(e.where, "deep.rss:2");

	/* attributes inside a CDATA section are text, not work */
	buf_reset(&in);
	buf_adds(&in, "<rss><channel><title>T</title>\n<item><description><![CDATA[<b");
	for (int i = 0; i < 100000; i++)
		buf_addf(&in, " a%d", i);
	buf_adds(&in, ">]]>cdata</description></item></channel></rss>");
	assert_int_equal(rec_run(&r, read_feed, in.data, in.len, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "cdata");
	rec_free(&r);
	buf_release(&in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(prescan_budget),
		cmocka_unit_test(prescan_skips_text),
		cmocka_unit_test(guard_caps),
		cmocka_unit_test(guard_keeps_first_error),
		cmocka_unit_test(deep_nesting),
		cmocka_unit_test(bombs_are_refused),
		cmocka_unit_test(guarded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
