/* test_lines.c - bounded line reading: line ends, offsets, and over-long
 * lines skipped without being held in memory. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "io/lines.h"

static void plain_lines(void **state)
{
	static const char in[] = "one\r\n\ntwo\nlast";
	FILE *f = fmemopen((void *)in, sizeof in - 1, "r");
	struct lines l;
	struct err e;
	const char *s;
	size_t n;
	lines_init(&l, f, "t", 100);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	assert_int_equal(n, 3);
	assert_memory_equal(s, "one", 3);
	assert_int_equal(l.lineno, 1);
	assert_int_equal(l.offset, 0);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	assert_int_equal(n, 0);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	assert_string_equal(s, "two");
	assert_int_equal(l.offset, 6);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	assert_string_equal(s, "last");
	assert_int_equal(l.lineno, 4);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_EOF);
	lines_release(&l);
	fclose(f);
}

/* A line of 5 MB with a 1 KB cap, between two short lines: the long one is
 * reported and skipped, the others come through with the right numbers. */
static void long_line_skipped(void **state)
{
	size_t big = 5u << 20;
	char *in = xmalloc(big + 64);
	strcpy(in, "first\n");
	memset(in + 6, 'x', big);
	strcpy(in + 6 + big, "\nthird\n");
	size_t len = strlen(in);
	FILE *f = fmemopen(in, len, "r");
	struct lines l;
	struct err e;
	const char *s;
	size_t n;
	lines_init(&l, f, "t", 1024);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	assert_string_equal(s, "first");
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_TOO_LONG);
	assert_int_equal(l.lineno, 2);
	assert_int_equal(l.offset, 6);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	assert_string_equal(s, "third");
	assert_int_equal(l.lineno, 3);
	assert_int_equal(l.offset, (long long)(7 + big));
	/* the buffer never grew to hold the long line */
	assert_true(l.size <= (2u << 20));
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_EOF);
	lines_release(&l);
	fclose(f);
	free(in);
}

static void long_last_line_without_newline(void **state)
{
	size_t big = 3u << 20;
	char *in = xmalloc(big);
	memset(in, 'y', big);
	FILE *f = fmemopen(in, big, "r");
	struct lines l;
	struct err e;
	const char *s;
	size_t n;
	lines_init(&l, f, "t", 10);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_TOO_LONG);
	assert_int_equal(lines_next(&l, &s, &n, &e), LINES_EOF);
	lines_release(&l);
	fclose(f);
	free(in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_lines),
		cmocka_unit_test(long_line_skipped),
		cmocka_unit_test(long_last_line_without_newline),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
