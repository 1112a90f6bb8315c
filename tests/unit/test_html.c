/* test_html.c - what html_to_text keeps of a page (the article, in order,
 * without the chrome), what it reads about the page and which charset it
 * reads it in. Hostile pages are test_markup.c's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>


#include "base/utf8.h"
#include "reader_rec.h"
#include "text/html.h"

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

static const char news_page[] =
	"<!DOCTYPE html>\n"
	"<html lang=\"en-GB\">\n"
	"<head>\n"
	"<meta charset=\"utf-8\">\n"
	"<title>Market strike kills 12 | The Northern Courier</title>\n"
	"<meta property=\"og:title\" content=\"  Market strike kills 12\n in Saraqib  \">\n"
	"<meta property=\"og:site_name\" content=\"The Northern Courier\">\n"
	"<meta property=\"article:published_time\" content=\"2024-03-05T08:30:00+02:00\">\n"
	"<meta name=\"author\" content=\"Lina Haddad\">\n"
	"<link rel=\"canonical\" href=\"https://courier.example.org/2024/03/05/market-strike\">\n"
	"<style>p { color: red } .x:after { content: \"style text\" }</style>\n"
	"<script>var s = \"</div><p>script text</p>\"; if (a < b) {}</script>\n"
	"<script type=\"application/ld+json\">{\"headline\": \"json-ld text\"}</script>\n"
	"</head>\n"
	"<body>\n"
	"<header class=\"site\"><a href=\"/\">The Northern Courier</a>\n"
	"<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n"
	"<div class=\"cookie-banner\">We use cookies.</div>\n"
	"<main>\n"
	"<article>\n"
	"<header><h1>Market strike kills 12</h1>\n"
	"<p class=\"byline\">By Lina Haddad, <time datetime=\"2024-03-05\">5 March 2024</time></p></header>\n"
	"<div class=\"social-share\"><button>Share</button><a href=\"#\">Tweet this</a></div>\n"
	"<p>At least 12 civilians, including four children, were killed when a strike hit the\n"
	"   vegetable market in Saraqib &amp; the street beside it at about 7 a.m., the local\n"
	"   civil defence said.</p>\n"
	"<p>&ldquo;The market was full,&rdquo; said a trader who asked not to be named.&nbsp;\n"
	"He said 30&nbsp;people were wounded &mdash; many of them women.</p>\n"
	"<figure><img src=\"m.jpg\" alt=\"image alt text\"><figcaption>The market after the strike.</figcaption></figure>\n"
	"<p>No group has said it carried out the attack.<br>Rescue work went on until the evening.</p>\n"
	"<aside><h2>Related</h2><a href=\"/a\">aside text</a></aside>\n"
	"<noscript>noscript text</noscript>\n"
	"<form action=\"/search\"><input name=\"q\" value=\"form text\"><button>Search</button></form>\n"
	"</article>\n"
	"</main>\n"
	"<footer><p>Copyright 2024 The Northern Courier. footer text</p></footer>\n"
	"<iframe src=\"https://ads.example/\">iframe text</iframe>\n"
	"</body>\n"
	"</html>\n";

static void article_kept_chrome_dropped(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	assert_int_equal(PARSE(news_page, NULL, &h, &e), 0);
	assert_string_equal(h.text.data,
		"Market strike kills 12\n\n"
		"By Lina Haddad, 5 March 2024\n\n"
		"At least 12 civilians, including four children, were killed when a strike hit the "
		"vegetable market in Saraqib & the street beside it at about 7 a.m., the local civil "
		"defence said.\n\n"
		"\xE2\x80\x9CThe market was full,\xE2\x80\x9D said a trader who asked not to be named. "
		"He said 30 people were wounded \xE2\x80\x94 many of them women.\n\n"
		"The market after the strike.\n\n"
		"No group has said it carried out the attack.\n"
		"Rescue work went on until the evening.");
	assert_null(strstr(h.text.data, "text"));   /* script, style, aside, footer... all say "text" */
	assert_null(strstr(h.text.data, "cookies"));
	assert_null(strstr(h.text.data, "Tweet"));
	assert_null(strstr(h.text.data, "World"));
	assert_string_equal(h.title, "Market strike kills 12 in Saraqib");
	assert_string_equal(h.publisher, "The Northern Courier");
	assert_string_equal(h.published, "2024-03-05T08:30:00+02:00");
	assert_string_equal(h.author, "Lina Haddad");
	assert_string_equal(h.url, "https://courier.example.org/2024/03/05/market-strike");
	assert_string_equal(h.language, "en-GB");
	assert_string_equal(h.charset, "utf-8");
	assert_int_equal(h.invalid_bytes, 0);
	html_doc_release(&h);
}

/* No OpenGraph: the other places a page names its title, date and source. */
static void metadata_fallbacks(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	static const char dc[] =
		"<html xml:lang=\"fr\"><head><title>  Bilan des frappes\n</title>\n"
		"<meta name=\"DC.date.issued\" content=\"2023-11-02\">\n"
		"<meta name=\"DC.Publisher\" content=\"Agence Exemple\">\n"
		"<meta property=\"article:author\" content=\"https://social.example/jdupont\">\n"
		"<meta property=\"og:url\" content=\"https://agence.example/bilan\">\n"
		"</head><body><h1>Ignored when there is a title</h1><p>Texte.</p></body></html>";
	assert_int_equal(PARSE(dc, NULL, &h, &e), 0);
	assert_string_equal(h.title, "Bilan des frappes");
	assert_string_equal(h.published, "2023-11-02");
	assert_string_equal(h.publisher, "Agence Exemple");
	assert_string_equal(h.author, "https://social.example/jdupont");
	assert_string_equal(h.url, "https://agence.example/bilan");
	assert_string_equal(h.language, "fr");
	html_doc_release(&h);

	static const char schema[] =
		"<html><head><meta name=\"application-name\" content=\"Daily Example\"></head><body>"
		"<time datetime=\"2020-01-01\">outside the article</time>"
		"<div itemprop=\"articleBody\"><h1>Shelling in <i>Idlib</i></h1>"
		"<span itemprop=\"datePublished\" content=\"2022-07-14T10:00:00Z\">14 July</span>"
		"<p>Two houses were destroyed.</p></div></body></html>";
	assert_int_equal(PARSE(schema, NULL, &h, &e), 0);
	assert_string_equal(h.title, "Shelling in Idlib");
	assert_string_equal(h.published, "2022-07-14T10:00:00Z");
	assert_string_equal(h.publisher, "Daily Example");
	assert_null(h.author);
	assert_null(h.url);
	assert_null(h.language);
	html_doc_release(&h);

	/* <time datetime> in the article beats one elsewhere on the page */
	static const char times[] =
		"<html><body><div class=\"top\"><time datetime=\"2019-05-05\">site date</time></div>"
		"<article><p>Body text of the report, long enough to be the article.</p>"
		"<p>Posted <time datetime=\"2024-02-29T12:00\">29 Feb</time></p></article></body></html>";
	assert_int_equal(PARSE(times, NULL, &h, &e), 0);
	assert_string_equal(h.published, "2024-02-29T12:00");
	html_doc_release(&h);
}

/* A listing page of short teasers is not one article: the whole page is kept. */
static void article_choice(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	static const char listing[] =
		"<html><body><h1>Latest</h1>"
		"<article><h2>One</h2><p>Short teaser one.</p></article>"
		"<article><h2>Two</h2><p>Short teaser two.</p></article>"
		"<div><p>Lead story text that is not inside any article element but is long enough to "
		"count for much more of the page than either of the teasers above, so the page is kept "
		"whole rather than cut down to a teaser.</p></div></body></html>";
	assert_int_equal(PARSE(listing, NULL, &h, &e), 0);
	assert_non_null(strstr(h.text.data, "Short teaser one."));
	assert_non_null(strstr(h.text.data, "Short teaser two."));
	assert_non_null(strstr(h.text.data, "Lead story text"));
	assert_string_equal(h.title, "Latest");
	html_doc_release(&h);

	/* An ASP.NET page wraps everything in one <form>: that form is the page. */
	static const char aspnet[] =
		"<html><body><form id=\"form1\" method=\"post\"><div class=\"menu\"><a href=\"/\">Home</a></div>"
		"<div id=\"content\"><p>The strike on the school killed three pupils and a teacher, the "
		"education office said on Tuesday.</p><p>Classes were suspended across the district.</p></div>"
		"</form></body></html>";
	assert_int_equal(PARSE(aspnet, NULL, &h, &e), 0);
	assert_string_equal(h.text.data,
		"Home\n\nThe strike on the school killed three pupils and a teacher, the education office "
		"said on Tuesday.\n\nClasses were suspended across the district.");
	html_doc_release(&h);
}

static void layout(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	static const char in[] =
		"<html><body><p>one<br><br>two</p>"
		"<pre>line 1\n  indented\nline 3</pre>"
		"<table><tr><td>Idlib</td><td>12</td></tr><tr><td>Aleppo</td><td>3</td></tr></table>"
		"<div><div><div><p>deep</p></div></div></div>"
		"<p>in<b>line</b> <i>words</i>\t\n stay&#x20;on one\xC2\xA0line\xE2\x80\x8B.</p>"
		"<p hidden>hidden text</p><div style=\"display: none\">invisible</div>"
		"<div aria-hidden=\"true\">aria</div><div role=\"navigation\">role nav</div>"
		"</body></html>";
	assert_int_equal(PARSE(in, NULL, &h, &e), 0);
	assert_string_equal(h.text.data,
		"one\n\ntwo\n\nline 1\n  indented\nline 3\n\nIdlib 12\nAleppo 3\n\ndeep\n\n"
		"inline words stay on one line.");
	html_doc_release(&h);
}

/* "الرقة" (Raqqa) and a sentence, in windows-1256 bytes. */
#define RAQQA_1256 "\xC7\xE1\xD1\xDE\xC9"
#define RAQQA_UTF8 "\xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9"
/* "قصف على الرقة يقتل خمسة مدنيين" */
#define SENTENCE_1256 "\xDE\xD5\xDD \xDA\xE1\xEC " RAQQA_1256 " \xED\xDE\xCA\xE1 \xCE\xE3\xD3\xC9 \xE3\xCF\xE4\xED\xED\xE4"
#define SENTENCE_UTF8 "\xD9\x82\xD8\xB5\xD9\x81 \xD8\xB9\xD9\x84\xD9\x89 " RAQQA_UTF8 \
	" \xD9\x8A\xD9\x82\xD8\xAA\xD9\x84 \xD8\xAE\xD9\x85\xD8\xB3\xD8\xA9 \xD9\x85\xD8\xAF\xD9\x86\xD9\x8A\xD9\x8A\xD9\x86"

static void windows_1256(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	static const char declared[] =
		"<html dir=\"rtl\" lang=\"ar\"><head><meta charset=windows-1256><title>" RAQQA_1256 "</title></head>"
		"<body><p>" SENTENCE_1256 "</p></body></html>";
	assert_int_equal(PARSE(declared, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "windows-1256");
	assert_string_equal(h.title, RAQQA_UTF8);
	assert_string_equal(h.text.data, SENTENCE_UTF8);
	assert_string_equal(h.language, "ar");
	assert_int_equal(h.invalid_bytes, 0);
	html_doc_release(&h);

	static const char http_equiv[] =
		"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1256\">"
		"</head><body><p>" SENTENCE_1256 "</p></body></html>";
	assert_int_equal(PARSE(http_equiv, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "windows-1256");
	assert_string_equal(h.text.data, SENTENCE_UTF8);
	html_doc_release(&h);

	/* nothing declared: the bytes are not UTF-8, and look like Arabic */
	static const char sniffed[] = "<html><body><p>" SENTENCE_1256 "</p></body></html>";
	assert_int_equal(PARSE(sniffed, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "windows-1256");
	assert_string_equal(h.text.data, SENTENCE_UTF8);
	html_doc_release(&h);

	/* declared windows-1256, but the page was saved again as UTF-8 */
	static const char relabelled[] =
		"<html><head><meta charset=\"windows-1256\"></head><body><p>" SENTENCE_UTF8 "</p></body></html>";
	assert_int_equal(PARSE(relabelled, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "utf-8");
	assert_string_equal(h.text.data, SENTENCE_UTF8);
	html_doc_release(&h);

	/* the user's charset wins over the page's */
	static const char latin[] = "<html><head><meta charset=\"utf-8\"></head><body><p>caf\xE9</p></body></html>";
	assert_int_equal(PARSE(latin, "latin1", &h, &e), 0);
	assert_string_equal(h.charset, "windows-1252");
	assert_string_equal(h.text.data, "caf\xC3\xA9");
	html_doc_release(&h);
	assert_int_equal(PARSE(latin, "klingon-8", &h, &e), ERR_USAGE);
	assert_string_equal(e.where, "page.html");
	html_doc_release(&h);
}

static void invalid_utf8_counted(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	/* declared UTF-8, two stray bytes, and a NUL far enough in not to look binary */
	struct buf in = BUF_INIT;
	buf_adds(&in, "<html><head><meta charset=\"utf-8\"></head><body><p>" SENTENCE_UTF8 " \xFF\xFE ok</p><!--");
	for (int i = 0; i < 2000; i++)
		buf_adds(&in, "padding ");
	buf_add(&in, "--><p>after\0nul</p></body></html>", 33);
	assert_int_equal(parse(in.data, in.len, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "utf-8");
	assert_int_equal(h.invalid_bytes, 3);
	assert_string_equal(h.text.data, SENTENCE_UTF8 " \xEF\xBF\xBD\xEF\xBF\xBD ok\n\nafter\xEF\xBF\xBDnul");
	html_doc_release(&h);
	buf_release(&in);
}

/* Found by fuzzing: a page naming a charset this ICU cannot decode is read
 * as if it named none, not refused. */
static void undecodable_declared_charset(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	static const char page[] = "<meta charset=\"iso-8859-16\"><p>caf\xe9</p>";
	assert_int_equal(PARSE(page, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "windows-1252");
	assert_string_equal(h.text.data, "caf\xc3\xa9");
	html_doc_release(&h);

	/* the http-equiv form, whatever the case of "charset": declared Latin,
	 * these bytes stay Latin though a guess would make them Arabic */
	static const char upper[] = "<meta http-equiv=\"Content-Type\" content=\"text/html; CHARSET=windows-1252\">"
				    "<p>\xC7\xE1\xD1\xDE\xC9</p>";
	assert_int_equal(PARSE(upper, NULL, &h, &e), 0);
	assert_string_equal(h.charset, "windows-1252");
	assert_string_equal(h.text.data, "\xc3\x87\xc3\xa1\xc3\x91\xc3\x9e\xc3\x89");
	html_doc_release(&h);
}

static void not_html(void **state)
{
	(void)state;
	struct html_doc h;
	struct err e;
	assert_int_equal(parse("", 0, NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "empty file");
	assert_string_equal(e.where, "page.html");
	html_doc_release(&h);

	assert_int_equal(PARSE("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "binary file, not a text document");
	assert_string_equal(e.where, "page.html:byte 8");
	html_doc_release(&h);

	assert_int_equal(PARSE("just a line of text, 3 < 4\n", NULL, &h, &e), ERR_INPUT);
	assert_string_equal(e.what, "not HTML (no markup at all)");
	html_doc_release(&h);

	/* markup without text is HTML: html_to_text succeeds with no text */
	assert_int_equal(PARSE("<html><head><script>x()</script></head><body> </body></html>", NULL, &h, &e), 0);
	assert_int_equal(h.text.len, 0);
	html_doc_release(&h);
}

static void fragments(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	static const char desc[] = "<p>Two killed &amp; five hurt in <b>Idlib</b>.</p><p>More soon.</p>"
				   "<script>bad()</script><img src=x>";
	html_fragment_text(desc, sizeof desc - 1, &out);
	assert_string_equal(out.data, "Two killed & five hurt in Idlib.\n\nMore soon.");
	buf_reset(&out);
	static const char plain[] = "  plain   text\n with " SENTENCE_UTF8 "  ";
	html_fragment_text(plain, sizeof plain - 1, &out);
	assert_string_equal(out.data, "plain text with " SENTENCE_UTF8);
	buf_reset(&out);
	html_fragment_text("", 0, &out);
	assert_string_equal(out.data, "");
	html_fragment_text("AT&T 3 < 4", 10, &out);
	assert_string_equal(out.data, "AT&T 3 < 4");
	buf_release(&out);

	char *f = html_field_dup("  a \n\t b\xC2\xA0 c  ", 14);
	assert_string_equal(f, "a b c");
	free(f);
	assert_null(html_field_dup(" \n ", 3));
}

static void reader(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	rec_init(&r, "news.html");
	assert_int_equal(rec_run(&r, read_html, news_page, sizeof news_page - 1, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_int_equal(r.nproblems, 0);
	struct rec_doc *d = &r.doc[0];
	assert_int_equal(d->raw_len, sizeof news_page - 1);
	assert_memory_equal(d->raw, news_page, d->raw_len);
	assert_string_equal(d->format, "html");
	assert_string_equal(d->charset, "utf-8");
	assert_string_equal(d->title, "Market strike kills 12 in Saraqib");
	assert_string_equal(d->publisher, "The Northern Courier");
	assert_string_equal(d->published, "2024-03-05T08:30:00+02:00");
	assert_string_equal(d->language, "en-GB");
	assert_int_equal(d->line, 0);
	assert_true(!strncmp(d->text, "Market strike kills 12\n\nBy Lina Haddad", 38));
	rec_free(&r);

	static const char cp1256[] = "<html><body><p>" SENTENCE_1256 "</p></body></html>";
	rec_init(&r, "ar.html");
	r.rd.charset = "cp1256";
	assert_int_equal(rec_run(&r, read_html, cp1256, sizeof cp1256 - 1, &e), 0);
	assert_string_equal(r.doc[0].text, SENTENCE_UTF8);
	assert_string_equal(r.doc[0].charset, "windows-1256");
	rec_free(&r);

	rec_init(&r, "bin.html");
	assert_int_equal(rec_run(&r, read_html, "<html>\0\0\0", 9, &e), ERR_INPUT);
	assert_string_equal(e.what, "binary file, not a text document");
	assert_string_equal(e.where, "bin.html:byte 6");
	assert_int_equal(r.ndocs, 0);

	assert_int_equal(rec_run(&r, read_html, "<html><body><nav>menu</nav></body></html>", 41, &e), ERR_INPUT);
	assert_string_equal(e.what, "no text in the page (only markup)");
	assert_int_equal(rec_run(&r, read_html, "", 0, &e), ERR_INPUT);
	assert_string_equal(e.what, "empty file");
	assert_int_equal(r.ndocs, 0);
	rec_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(article_kept_chrome_dropped),
		cmocka_unit_test(metadata_fallbacks),
		cmocka_unit_test(article_choice),
		cmocka_unit_test(layout),
		cmocka_unit_test(windows_1256),
		cmocka_unit_test(invalid_utf8_counted),
		cmocka_unit_test(undecodable_declared_charset),
		cmocka_unit_test(not_html),
		cmocka_unit_test(fragments),
		cmocka_unit_test(reader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
