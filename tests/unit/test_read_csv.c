/* test_read_csv.c - CSV rows as documents: header mapping (FA-KES layout),
 * quoted fields over several lines, each row's own bytes, broken quotes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "reader_rec.h"

#define RUN(r, fn, lit, e) rec_run(r, fn, lit, sizeof(lit) - 1, e)

static void fakes_layout(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "fakes.csv");
	static const char in[] =
		"unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label\n"
		"1,Market shelled,\"Shelling killed 12 civilians, \"\"witnesses\"\" said.\nMore text.\",agency,4/5/17,idlib,unknown,shelling,0,12,0,0,1\r\n"
		"2,Second,Plain text,paper,12/31/16,aleppo,unknown,unknown,0,0,0,0,0\n";
	assert_int_equal(RUN(&r, read_csv, in, &e), 0);
	assert_int_equal(r.nproblems, 0);
	assert_int_equal(r.ndocs, 2);
	assert_string_equal(r.doc[0].title, "Market shelled");
	assert_string_equal(r.doc[0].text, "Shelling killed 12 civilians, \"witnesses\" said.\nMore text.");
	assert_string_equal(r.doc[0].publisher, "agency");
	assert_string_equal(r.doc[0].published, "4/5/17");
	assert_string_equal(r.doc[0].format, "csv");
	assert_int_equal(r.doc[0].line, 2);
	/* the row's bytes, both of its lines, with its own line end kept inside */
	assert_string_equal(r.doc[0].raw,
		"1,Market shelled,\"Shelling killed 12 civilians, \"\"witnesses\"\" said.\nMore text.\",agency,4/5/17,idlib,unknown,shelling,0,12,0,0,1\r");
	assert_int_equal(r.doc[1].line, 4);
	assert_string_equal(r.doc[1].published, "12/31/16");
	rec_free(&r);
}

static void broken_quote_skips_row(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "bad.csv");
	static const char in[] =
		"title,text\n"
		"a,\"fine\"\n"
		"b,\"bad\"x\n"
		"c,after\n"
		"d,\"never closed\n"
		"more\n";
	assert_int_equal(RUN(&r, read_csv, in, &e), 0);
	assert_int_equal(r.ndocs, 2);
	assert_string_equal(r.doc[0].text, "fine");
	assert_string_equal(r.doc[1].text, "after");
	assert_int_equal(r.nproblems, 2);
	assert_string_equal(r.problem[0],
		"malformed CSV (a quote inside a field that is not quoted, or text after a closing quote), row skipped: bad.csv:3");
	assert_string_equal(r.problem[1], "unterminated quoted field at the end of the file, row skipped: bad.csv:5");
	rec_free(&r);
}

static void header_without_text(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "h.csv");
	assert_int_equal(RUN(&r, read_csv, "a,b\n1,2\n", &e), ERR_INPUT);
	assert_string_equal(e.where, "h.csv:1");
	rec_free(&r);
	rec_init(&r, "e.csv");
	assert_int_equal(RUN(&r, read_csv, "", &e), ERR_INPUT);
	assert_string_equal(e.what, "empty CSV file (no header row)");
	rec_free(&r);
}

static void row_without_text_and_invalid_utf8(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "u.csv");
	static const char in[] = "text,title\n,empty\n\"caf\xe9\",t\n";
	assert_int_equal(RUN(&r, read_csv, in, &e), 0);
	assert_int_equal(r.nproblems, 1);
	assert_string_equal(r.problem[0], "CSV row has no text, skipped: u.csv:2");
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "caf\xef\xbf\xbd");
	assert_int_equal(r.doc[0].invalid, 1);
	rec_free(&r);
}

static void user_column_map(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "m.csv");
	r.rd.field_map[FIELD_TEXT] = "Report";
	r.rd.field_map[FIELD_PUBLISHED] = "when";
	static const char in[] = "text,Report,when\nnot this,this,2024-01-02\n";
	assert_int_equal(RUN(&r, read_csv, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "this");
	assert_string_equal(r.doc[0].published, "2024-01-02");
	rec_free(&r);
}

/* Found by fuzzing: a field past the header's columns is nobody's, not the text. */
static void extra_column_ignored(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "x.csv");
	assert_int_equal(RUN(&r, read_csv, "title,text\nT1,body one,EXTRA COLUMN\n", &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "body one");
	assert_string_equal(r.doc[0].title, "T1");
	rec_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fakes_layout),
		cmocka_unit_test(broken_quote_skips_row),
		cmocka_unit_test(header_without_text),
		cmocka_unit_test(row_without_text_and_invalid_utf8),
		cmocka_unit_test(user_column_map),
		cmocka_unit_test(extra_column_ignored),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
