/* test_read_json.c - JSON lines and JSON files: fields by their common names,
 * each record's own bytes archived, malformed records reported and skipped. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "reader_rec.h"

#define RUN(r, fn, lit, e) rec_run(r, fn, lit, sizeof(lit) - 1, e)

static void jsonl_common_field_names(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "a.jsonl");
	static const char in[] =
		"{\"article_title\":\"Strike on market\",\"article_content\":\"Nine killed.\",\"publication_date\":\"5 April 2017\",\"source\":\"Agency A\",\"url\":\"http://x/1\"}\n"
		"\n"
		"{\"title\":\"T2\",\"body\":\"B2\",\"summary\":\"S2\",\"text\":\"X2\",\"language\":\"ar\",\"publisher\":\"P\",\"source_type\":\"facebook\"}\r\n";
	assert_int_equal(RUN(&r, read_jsonl, in, &e), 0);
	assert_int_equal(r.ndocs, 2);
	assert_int_equal(r.nproblems, 0);
	assert_string_equal(r.doc[0].title, "Strike on market");
	assert_string_equal(r.doc[0].text, "Nine killed.");
	assert_string_equal(r.doc[0].published, "5 April 2017");
	assert_string_equal(r.doc[0].publisher, "Agency A");
	assert_string_equal(r.doc[0].url, "http://x/1");
	assert_string_equal(r.doc[0].format, "jsonl");
	assert_int_equal(r.doc[0].line, 1);
	/* "text" is preferred over "body" and "summary", whatever the key order */
	assert_string_equal(r.doc[1].text, "X2");
	assert_string_equal(r.doc[1].language, "ar");
	assert_string_equal(r.doc[1].source_kind, "facebook");
	assert_int_equal(r.doc[1].line, 3);
	/* the archived bytes are the record's line, without its line end */
	assert_int_equal(r.doc[1].raw_len, strlen(r.doc[1].raw));
	assert_int_equal(r.doc[1].raw[r.doc[1].raw_len - 1], '}');
	rec_free(&r);
}

static void jsonl_user_field_map(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "a.jsonl");
	r.rd.field_map[FIELD_TEXT] = "msg";
	static const char in[] = "{\"text\":\"not this\",\"msg\":\"this\",\"published\":1491350400}\n";
	assert_int_equal(RUN(&r, read_jsonl, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "this");
	assert_string_equal(r.doc[0].published, "2017-04-05T00:00:00Z");
	rec_free(&r);
}

static void jsonl_bad_records_skipped(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "bad.jsonl");
	static const char in[] =
		"{\"text\":\"one\"}\n"
		"{\"text\":\"two\", \"title\": }\n"
		"[1,2,3]\n"
		"{\"title\":\"no text\"}\n"
		"{\"text\":\"three\"\n";
	assert_int_equal(RUN(&r, read_jsonl, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "one");
	assert_int_equal(r.nproblems, 4);
	assert_string_equal(r.problem[0], "malformed JSON at column 25: bad.jsonl:2");
	assert_string_equal(r.problem[1], "JSON record is not an object: bad.jsonl:3");
	assert_string_equal(r.problem[2], "record has no text (no text/content/body field): bad.jsonl:4");
	assert_string_equal(r.problem[3], "truncated JSON (input ends inside a value): bad.jsonl:5");
	rec_free(&r);
}

static void jsonl_invalid_utf8_repaired(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "a.jsonl");
	static const char in[] = "{\"text\":\"caf\xe9 \xd8\xa7\"}\n";
	assert_int_equal(RUN(&r, read_jsonl, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "caf\xef\xbf\xbd \xd8\xa7");
	assert_int_equal(r.doc[0].invalid, 1);
	/* the archive keeps the bytes as they came */
	assert_memory_equal(r.doc[0].raw, in, sizeof in - 2);
	rec_free(&r);
}

static void jsonl_deep_nesting_refused(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "deep.jsonl");
	size_t n = 100000;
	char *in = xmalloc(2 * n + 40);
	strcpy(in, "{\"text\":\"x\",\"a\":");
	size_t k = strlen(in);
	memset(in + k, '[', n);
	memset(in + k + n, ']', n);
	strcpy(in + k + 2 * n, "}\n");
	assert_int_equal(rec_run(&r, read_jsonl, in, strlen(in), &e), 0);
	assert_int_equal(r.ndocs, 0);
	assert_int_equal(r.nproblems, 1);
	assert_string_equal(r.problem[0], "JSON nests deeper than 64 levels: deep.jsonl:1");
	free(in);
	rec_free(&r);

	/* 100 levels: within what the parser takes, beyond our cap */
	rec_init(&r, "deep.jsonl");
	char mid[300];
	strcpy(mid, "{\"text\":\"x\",\"a\":");
	k = strlen(mid);
	memset(mid + k, '[', 100);
	memset(mid + k + 100, ']', 100);
	strcpy(mid + k + 200, "}\n");
	assert_int_equal(rec_run(&r, read_jsonl, mid, strlen(mid), &e), 0);
	assert_int_equal(r.ndocs, 0);
	assert_int_equal(r.nproblems, 1);
	assert_string_equal(r.problem[0], "JSON nests deeper than 64 levels: deep.jsonl:1");
	rec_free(&r);

	/* 60 levels are fine */
	rec_init(&r, "ok.jsonl");
	strcpy(mid, "{\"text\":\"x\",\"a\":");
	k = strlen(mid);
	memset(mid + k, '[', 60);
	memset(mid + k + 60, ']', 60);
	strcpy(mid + k + 120, "}\n");
	assert_int_equal(rec_run(&r, read_jsonl, mid, strlen(mid), &e), 0);
	assert_int_equal(r.ndocs, 1);
	rec_free(&r);
}

static void json_array_records(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "a.json");
	static const char in[] = "\xEF\xBB\xBF[\n {\"text\":\"a, \\\"b\\\" ]\"},\n {\"content\":\"c\"}\n]\n";
	assert_int_equal(RUN(&r, read_json, in, &e), 0);
	assert_int_equal(r.ndocs, 2);
	assert_string_equal(r.doc[0].text, "a, \"b\" ]");
	assert_string_equal(r.doc[0].raw, "{\"text\":\"a, \\\"b\\\" ]\"}");
	assert_int_equal(r.doc[0].line, 2);
	assert_string_equal(r.doc[1].text, "c");
	assert_int_equal(r.doc[1].line, 3);
	assert_string_equal(r.doc[1].format, "json");
	rec_free(&r);
}

static void json_single_object(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "one.json");
	static const char in[] = "{\n  \"title\": \"T\",\n  \"text\": \"body\"\n}\n";
	assert_int_equal(RUN(&r, read_json, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].title, "T");
	rec_free(&r);
}

static void json_truncated(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "cut.json");
	static const char in[] = "[\n{\"text\":\"kept\"},\n{\"text\":\"lost";
	assert_int_equal(RUN(&r, read_json, in, &e), ERR_INPUT);
	assert_string_equal(e.what, "truncated JSON (input ends inside a value)");
	assert_string_equal(e.where, "cut.json:3");
	/* the record before the cut was handed over */
	assert_int_equal(r.ndocs, 1);
	assert_string_equal(r.doc[0].text, "kept");
	rec_free(&r);

	rec_init(&r, "open.json");
	static const char in2[] = "[{\"text\":\"a\"}";
	assert_int_equal(RUN(&r, read_json, in2, &e), ERR_INPUT);
	assert_string_equal(e.what, "truncated JSON (the array is never closed)");
	rec_free(&r);

	rec_init(&r, "empty.json");
	assert_int_equal(RUN(&r, read_json, "  \n", &e), ERR_INPUT);
	assert_string_equal(e.what, "empty JSON file");
	rec_free(&r);
}

/* Found by fuzzing: a scalar closing an array, a timestamp past time_t. */
static void fuzz_findings(void **state)
{
	struct rec r;
	struct err e;
	rec_init(&r, "s.json");
	static const char in[] = "[{\"text\":\"first record\"}, 7]";
	assert_int_equal(RUN(&r, read_json, in, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_int_equal(r.nproblems, 1);
	assert_string_equal(r.problem[0], "JSON record is not an object: s.json:1");
	rec_free(&r);

	rec_init(&r, "t.jsonl");
	static const char big[] = "{\"text\":\"x\",\"date\":1e22}\n";
	assert_int_equal(RUN(&r, read_jsonl, big, &e), 0);
	assert_int_equal(r.ndocs, 1);
	assert_null(r.doc[0].published);
	rec_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(jsonl_common_field_names),
		cmocka_unit_test(jsonl_user_field_map),
		cmocka_unit_test(jsonl_bad_records_skipped),
		cmocka_unit_test(jsonl_invalid_utf8_repaired),
		cmocka_unit_test(jsonl_deep_nesting_refused),
		cmocka_unit_test(json_array_records),
		cmocka_unit_test(json_single_object),
		cmocka_unit_test(json_truncated),
		cmocka_unit_test(fuzz_findings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
