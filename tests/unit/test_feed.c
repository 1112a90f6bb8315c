/* test_feed.c - RSS 2.0, RSS 1.0 and Atom items as documents: the fields a
 * user would check, each item archived alone, malformed XML named by line,
 * entity bombs that end quickly without being expanded, and the charset a
 * feed is read in. Feeds past the guard's caps are test_markup.c's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>


#include "base/buf.h"
#include "base/utf8.h"
#include "reader_rec.h"

#define RUN(r, lit, e) rec_run(r, read_feed, lit, sizeof(lit) - 1, e)

static const char rss2[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                     /* 1 */
	"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n" /* 2 */
	"     xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"                              /* 3 */
	"     xmlns:media=\"http://search.yahoo.com/mrss/\">\n"                             /* 4 */
	"<channel>\n"                                                                       /* 5 */
	"  <title>Valley Monitor &amp; Wire</title>\n"                                      /* 6 */
	"  <link>https://valley.example.net/</link>\n"                                      /* 7 */
	"  <language>en-us</language>\n"                                                    /* 8 */
	"  <item>\n"                                                                        /* 9 */
	"    <title>Shelling hits clinic in Kafr Nabl</title>\n"
	"    <link>https://valley.example.net/2024/01/clinic</link>\n"
	"    <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>\n"
	"    <content:encoded><![CDATA[<p>Shelling hit the clinic in Kafr Nabl on Monday, killing "
	"two nurses &amp; a patient.</p><p>The clinic had served 9,000 people.</p><script>x()</script>]]></content:encoded>\n"
	"    <media:description>media text, not the item's</media:description>\n"
	"    <pubDate>Mon, 15 Jan 2024 09:12:00 +0000</pubDate>\n"
	"    <dc:creator>Omar Khalil</dc:creator>\n"
	"    <guid isPermaLink=\"false\">valley-2024-0115-1</guid>\n"
	"  </item>\n"
	"  <item>\n"                                                                        /* 19 */
	"    <title>Strike &amp;amp; fire in industrial zone</title>\n"
	"    <description>Two workers were killed when a strike set a warehouse on fire.</description>\n"
	"    <guid>https://valley.example.net/2024/01/warehouse</guid>\n"
	"    <author>desk@valley.example.net (Night Desk)</author>\n"
	"    <dc:date>2024-01-16T22:40:00Z</dc:date>\n"
	"    <source url=\"https://agency.example.org/rss\">Example Agency</source>\n"
	"  </item>\n"
	"  <item>\n"                                                                        /* 27 */
	"    <title>\xD9\x82\xD8\xB5\xD9\x81 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9</title>\n"
	"    <description>\xD9\x82\xD8\xAA\xD9\x84 \xD8\xB3\xD8\xAA\xD8\xA9 \xD9\x85\xD8\xAF\xD9\x86\xD9\x8A\xD9\x8A\xD9\x86 &lt;b&gt;\xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9&lt;/b&gt;</description>\n"
	"    <link>https://valley.example.net/ar/2024/01/raqqa</link>\n"
	"  </item>\n"
	"</channel>\n"
	"</rss>\n";

static void rss_items(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	rec_init(&r, "valley.rss");
	assert_int_equal(RUN(&r, rss2, &e), 0);
	assert_int_equal(r.nproblems, 0);
	assert_int_equal(r.ndocs, 3);

	struct rec_doc *d = &r.doc[0];
	assert_string_equal(d->format, "rss");
	assert_int_equal(d->line, 9);
	assert_string_equal(d->title, "Shelling hits clinic in Kafr Nabl");
	assert_string_equal(d->url, "https://valley.example.net/2024/01/clinic");
	/* content:encoded is fuller than the description and wins */
	assert_string_equal(d->text, "Shelling hit the clinic in Kafr Nabl on Monday, killing two nurses & a "
			   "patient.\n\nThe clinic had served 9,000 people.");
	assert_string_equal(d->published, "Mon, 15 Jan 2024 09:12:00 +0000");
	assert_string_equal(d->author, "Omar Khalil");
	assert_string_equal(d->publisher, "Valley Monitor & Wire");
	assert_null(d->language);   /* the channel's "en-us" is not the item's: ingest detects */
	assert_string_equal(d->charset, "utf-8");
	/* archived alone: the item, with the namespaces it borrows declared on it */
	assert_true(!strncmp(d->raw, "<item xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"", 62));
	assert_non_null(strstr(d->raw, "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""));
	assert_non_null(strstr(d->raw, "<dc:creator>Omar Khalil</dc:creator>"));
	assert_int_equal(d->raw_len, strlen(d->raw));
	assert_true(d->raw_len > 10 && !strcmp(d->raw + d->raw_len - 7, "</item>"));
	assert_null(strstr(d->raw, "<channel"));

	d = &r.doc[1];
	assert_int_equal(d->line, 19);
	assert_string_equal(d->title, "Strike & fire in industrial zone");
	assert_string_equal(d->text, "Two workers were killed when a strike set a warehouse on fire.");
	assert_string_equal(d->url, "https://valley.example.net/2024/01/warehouse");   /* the guid */
	assert_string_equal(d->author, "desk@valley.example.net (Night Desk)");
	assert_string_equal(d->published, "2024-01-16T22:40:00Z");
	assert_string_equal(d->publisher, "Example Agency");

	d = &r.doc[2];
	assert_int_equal(d->line, 27);
	assert_string_equal(d->title, "\xD9\x82\xD8\xB5\xD9\x81 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9");
	assert_string_equal(d->text, "\xD9\x82\xD8\xAA\xD9\x84 \xD8\xB3\xD8\xAA\xD8\xA9 \xD9\x85\xD8\xAF\xD9\x86\xD9\x8A\xD9\x8A\xD9\x86 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9");
	assert_null(d->published);
	assert_null(d->author);
	rec_free(&r);
}

static const char atom[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\" xml:base=\"https://monitor.example.org/\">\n"
	"  <title type=\"html\">Civic &lt;b&gt;Monitor&lt;/b&gt;</title>\n"
	"  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>\n"
	"  <updated>2024-02-02T10:00:00Z</updated>\n"
	"  <entry>\n"                                                                         /* 6 */
	"    <title>Drone strike on a car near Taftanaz</title>\n"
	"    <link rel=\"self\" href=\"https://monitor.example.org/api/1\"/>\n"
	"    <link rel=\"alternate\" type=\"text/html\" href=\"reports/2024/taftanaz\"/>\n"
	"    <id>tag:monitor.example.org,2024:1</id>\n"
	"    <published>2024-02-01T18:00:00Z</published>\n"
	"    <updated>2024-02-02T09:00:00Z</updated>\n"
	"    <author><name>Field Team</name><email>team@monitor.example.org</email></author>\n"
	"    <summary>Three men in a car were killed.</summary>\n"
	"    <content type=\"html\">&lt;p&gt;A drone struck a car near Taftanaz, killing three men "
	"from the same family.&lt;/p&gt;</content>\n"
	"  </entry>\n"
	"  <entry xml:lang=\"ar\">\n"                                                         /* 17 */
	"    <title type=\"text\">AT&amp;T &lt;b&gt; is text</title>\n"
	"    <id>https://monitor.example.org/reports/2</id>\n"
	"    <updated>2024-02-02T10:00:00Z</updated>\n"
	"    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>First paragraph.</p>"
	"<p>Second &amp; last.</p></div></content>\n"
	"    <source><title>Partner Wire</title></source>\n"
	"  </entry>\n"
	"</feed>\n";

static void atom_entries(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	rec_init(&r, "monitor.atom");
	assert_int_equal(RUN(&r, atom, &e), 0);
	assert_int_equal(r.nproblems, 0);
	assert_int_equal(r.ndocs, 2);
	struct rec_doc *d = &r.doc[0];
	assert_string_equal(d->format, "atom");
	assert_int_equal(d->line, 6);
	assert_string_equal(d->title, "Drone strike on a car near Taftanaz");
	assert_string_equal(d->url, "https://monitor.example.org/reports/2024/taftanaz");
	assert_string_equal(d->published, "2024-02-01T18:00:00Z");
	assert_string_equal(d->author, "Field Team");
	assert_string_equal(d->publisher, "Civic Monitor");
	assert_null(d->language);
	assert_string_equal(d->text, "A drone struck a car near Taftanaz, killing three men from the same family.");
	assert_true(!strncmp(d->raw, "<entry xmlns=\"http://www.w3.org/2005/Atom\">", 43));

	d = &r.doc[1];
	assert_int_equal(d->line, 17);
	assert_string_equal(d->title, "AT&T <b> is text");
	assert_string_equal(d->url, "https://monitor.example.org/reports/2");   /* an http id */
	assert_string_equal(d->published, "2024-02-02T10:00:00Z");
	assert_string_equal(d->text, "First paragraph.\n\nSecond & last.");
	assert_string_equal(d->publisher, "Partner Wire");
	assert_string_equal(d->language, "ar");
	assert_null(d->author);
	rec_free(&r);
}

static const char rdf[] =
	"<?xml version=\"1.0\"?>\n"
	"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
	"         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
	"  <channel rdf:about=\"https://old.example.com/\">\n"
	"    <title>Old Portal</title>\n"
	"    <link>https://old.example.com/</link>\n"
	"    <dc:language>en</dc:language>\n"
	"    <items><rdf:Seq><rdf:li rdf:resource=\"https://old.example.com/1\"/></rdf:Seq></items>\n"
	"  </channel>\n"
	"  <item rdf:about=\"https://old.example.com/1\">\n"                                  /* 10 */
	"    <title>Bridge destroyed</title>\n"
	"    <link>https://old.example.com/1</link>\n"
	"    <description>The only bridge into the village was destroyed overnight.</description>\n"
	"    <dc:date>2016-08-09</dc:date>\n"
	"    <dc:language>ar</dc:language>\n"
	"    <dc:creator>Correspondent</dc:creator>\n"
	"  </item>\n"
	"</rdf:RDF>\n";

static void rdf_items(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	rec_init(&r, "old.rdf");
	assert_int_equal(RUN(&r, rdf, &e), 0);
	assert_int_equal(r.ndocs, 1);
	struct rec_doc *d = &r.doc[0];
	assert_string_equal(d->format, "rss");
	assert_int_equal(d->line, 10);
	assert_string_equal(d->title, "Bridge destroyed");
	assert_string_equal(d->url, "https://old.example.com/1");
	assert_string_equal(d->text, "The only bridge into the village was destroyed overnight.");
	assert_string_equal(d->published, "2016-08-09");
	assert_string_equal(d->author, "Correspondent");
	assert_string_equal(d->publisher, "Old Portal");
	assert_string_equal(d->language, "ar");   /* the item's own dc:language, not the channel's */
	rec_free(&r);
}

static void items_without_text(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	static const char in[] =
		"<rss><channel><title>T</title>\n"
		"<item><title>Headline only: checkpoint shelled</title></item>\n"
		"<item>\n<link>https://x.example/empty</link><description>  </description></item>\n"
		"<item><description>Real text.</description></item>\n"
		"</channel></rss>\n";
	rec_init(&r, "t.rss");
	assert_int_equal(RUN(&r, in, &e), 0);
	assert_int_equal(r.ndocs, 2);
	assert_string_equal(r.doc[0].text, "Headline only: checkpoint shelled");
	assert_string_equal(r.doc[1].text, "Real text.");
	assert_null(r.doc[1].title);
	assert_int_equal(r.nproblems, 1);
	assert_string_equal(r.problem[0], "feed item without text or title, skipped: t.rss:3");
	rec_free(&r);
}

static void malformed(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	static const char in[] =
		"<?xml version=\"1.0\"?>\n"
		"<rss><channel><title>T</title>\n"
		"<item><title>fine</title><description>ok</description></item>\n"
		"<item><title>broken</description></item>\n"
		"</channel></rss>\n";
	rec_init(&r, "bad.rss");
	assert_int_equal(RUN(&r, in, &e), ERR_INPUT);
	assert_string_equal(e.what, "feed is not well-formed XML (Opening and ending tag mismatch: title line 4 and description)");
	assert_string_equal(e.where, "bad.rss:4");
	assert_int_equal(r.ndocs, 0);

	static const char truncated[] = "<rss><channel><title>T</title>\n<item><title>cut";
	assert_int_equal(RUN(&r, truncated, &e), ERR_INPUT);
	assert_true(!strncmp(e.what, "feed is not well-formed XML (", 29));
	assert_string_equal(e.where, "bad.rss:2");

	assert_int_equal(RUN(&r, "<html><body><p>a page</p></body></html>", &e), ERR_INPUT);
	assert_string_equal(e.what, "not an RSS or Atom feed (the root element is <html>)");
	assert_string_equal(e.where, "bad.rss:1");
	assert_int_equal(RUN(&r, "", &e), ERR_INPUT);
	assert_string_equal(e.what, "empty file");
	assert_int_equal(RUN(&r, "<rss>\0\0\0</rss>", &e), ERR_INPUT);
	assert_string_equal(e.what, "binary file, not a text document");
	assert_string_equal(e.where, "bad.rss:byte 5");
	assert_int_equal(r.ndocs, 0);
	rec_free(&r);
}

#define LOLS(n, m) "<!ENTITY lol" #n " \"&lol" #m ";&lol" #m ";&lol" #m ";&lol" #m ";&lol" #m \
	";&lol" #m ";&lol" #m ";&lol" #m ";&lol" #m ";&lol" #m ";\">\n"

static void billion_laughs(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	static const char in[] =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE rss [\n"
		"<!ENTITY lol0 \"lol\">\n"
		LOLS(1, 0) LOLS(2, 1) LOLS(3, 2) LOLS(4, 3) LOLS(5, 4) LOLS(6, 5) LOLS(7, 6) LOLS(8, 7) LOLS(9, 8)
		"]>\n"
		"<rss><channel><title>T</title>\n"
		"<item><title>laugh</title><description>&lol9;</description></item>\n"   /* 15 */
		"</channel></rss>\n";
	rec_init(&r, "lol.rss");
	assert_int_equal(RUN(&r, in, &e), ERR_INPUT);
	assert_string_equal(e.what, "feed is not well-formed XML (Detected an entity reference loop)");
	assert_string_equal(e.where, "lol.rss:15");
	assert_int_equal(r.ndocs, 0);

	/* the same bomb in an attribute */
	static const char attr[] =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE rss [\n"
		"<!ENTITY lol0 \"lol\">\n"
		LOLS(1, 0) LOLS(2, 1) LOLS(3, 2) LOLS(4, 3) LOLS(5, 4) LOLS(6, 5) LOLS(7, 6) LOLS(8, 7) LOLS(9, 8)
		"]>\n"
		"<rss><channel><title>T</title>\n"
		"<item><title a=\"&lol9;\">laugh</title></item>\n"
		"</channel></rss>\n";
	assert_int_equal(RUN(&r, attr, &e), ERR_INPUT);
	assert_string_equal(e.what, "feed is not well-formed XML (Detected an entity reference loop)");
	rec_free(&r);
}

/* One 100 KB entity used 50,000 times: libxml2 accepts it (as references, it
 * is only 5 GB if expanded); we must not expand it. */
static void quadratic_entity(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	struct buf in = BUF_INIT;
	buf_adds(&in, "<!DOCTYPE rss [<!ENTITY big \"");
	for (int i = 0; i < 10000; i++)
		buf_adds(&in, "0123456789");
	buf_adds(&in, "\">]>\n<rss><channel><title>T</title>\n<item><title>q &big; q</title><description>");
	for (int i = 0; i < 50000; i++)
		buf_adds(&in, "&big;");
	buf_adds(&in, "kept</description></item>\n</channel></rss>\n");
	rec_init(&r, "q.rss");
	assert_int_equal(rec_run(&r, read_feed, in.data, in.len, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "kept");
	assert_string_equal(r.doc[0].title, "q q");
	assert_true(r.doc[0].raw_len < in.len);
	rec_free(&r);
	buf_release(&in);
}

static void charsets(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	/* windows-1256 declared in the XML declaration */
	static const char cp1256[] =
		"<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n"
		"<rss><channel><title>\xC7\xE1\xD1\xDE\xC9</title>\n"
		"<item><description>\xDE\xD5\xDD \xDA\xE1\xEC \xC7\xE1\xD1\xDE\xC9</description></item>\n"
		"</channel></rss>\n";
	rec_init(&r, "ar.rss");
	assert_int_equal(RUN(&r, cp1256, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].charset, "windows-1256");
	assert_string_equal(r.doc[0].publisher, "\xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9");
	assert_string_equal(r.doc[0].text, "\xD9\x82\xD8\xB5\xD9\x81 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9");
	/* the archived item is UTF-8 too */
	assert_true(utf8_valid(r.doc[0].raw, r.doc[0].raw_len, NULL));
	assert_non_null(strstr(r.doc[0].raw, "\xD8\xA7\xD9\x84\xD8\xB1\xD9\x82\xD8\xA9"));
	rec_free(&r);

	/* bad bytes in a UTF-8 feed are replaced and counted, not fatal */
	static const char bad[] =
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		"<rss><channel><title>T</title>\n"
		"<item><description>caf\xC3\xA9 \xFF ok</description></item>\n"
		"<item><description>clean</description></item>\n"
		"</channel></rss>\n";
	rec_init(&r, "bad.rss");
	assert_int_equal(RUN(&r, bad, &e), 0);
	assert_int_equal(r.ndocs, 2);
	assert_string_equal(r.doc[0].text, "caf\xC3\xA9 \xEF\xBF\xBD ok");
	assert_int_equal(r.doc[0].invalid, 1);
	assert_int_equal(r.doc[1].invalid, 0);
	rec_free(&r);
}

/* No declaration and no BOM: XML's default, UTF-8, not a guess. One short
 * Arabic word ("غزة", Gaza) and one stray byte are too little for
 * charset_sniff to call UTF-8 (it wants 4 good multi-byte characters for a
 * bad byte), and its guess garbled the word. */
#define GAZA "\xD8\xBA\xD8\xB2\xD8\xA9"

static void undeclared_is_utf8(void **state)
{
	(void)state;
	struct rec r;
	struct err e;
	static const char in[] =
		"<rss><channel><title>Monitor</title>\n"
		"<item><title>" GAZA "</title><description>Shelling in \xFF Gaza.</description></item>\n"
		"</channel></rss>\n";
	rec_init(&r, "plain.rss");
	assert_int_equal(RUN(&r, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].charset, "utf-8");
	assert_string_equal(r.doc[0].title, GAZA);
	assert_string_equal(r.doc[0].text, "Shelling in \xEF\xBF\xBD Gaza.");
	assert_int_equal(r.doc[0].invalid, 1);
	assert_true(utf8_valid(r.doc[0].raw, r.doc[0].raw_len, NULL));
	rec_free(&r);

	/* an XML declaration without an encoding is no declaration either */
	static const char bare[] =
		"<?xml version=\"1.0\"?>\n"
		"<rss><channel><title>T</title>\n"
		"<item><description>" GAZA "\xFF</description></item>\n"
		"</channel></rss>\n";
	rec_init(&r, "bare.rss");
	assert_int_equal(RUN(&r, bare, &e), 0);
	assert_string_equal(r.doc[0].charset, "utf-8");
	assert_string_equal(r.doc[0].text, GAZA "\xEF\xBF\xBD");
	assert_int_equal(r.doc[0].invalid, 1);
	rec_free(&r);

	/* a charset from the user still wins over the default */
	rec_init(&r, "bare.rss");
	r.rd.charset = "windows-1256";
	assert_int_equal(RUN(&r, bare, &e), 0);
	assert_string_equal(r.doc[0].charset, "windows-1256");
	rec_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rss_items),
		cmocka_unit_test(atom_entries),
		cmocka_unit_test(rdf_items),
		cmocka_unit_test(items_without_text),
		cmocka_unit_test(malformed),
		cmocka_unit_test(billion_laughs),
		cmocka_unit_test(quadratic_entity),
		cmocka_unit_test(charsets),
		cmocka_unit_test(undeclared_is_utf8),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
