/* test_lines.c - bounded line reading: line ends, offsets, over-long lines
 * skipped without being held in memory, and read errors told apart from
 * over-long lines. */
#include <errno.h>
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

/* Reads f (named path) to its failure, which must come after nok lines:
 * ERR_IO, never LINES_TOO_LONG, with what and where as a user sees them,
 * and again ERR_IO if the caller asks once more. Closes f. */
static void assert_read_error(FILE *f, const char *path, int nok, const char *what, const char *where)
{
	struct lines l;
	struct err e;
	const char *s;
	size_t n;
	assert_non_null(f);
	err_clear(&e);
	lines_init(&l, f, path, 100);
	for (int i = 0; i < nok; i++)
		assert_int_equal(lines_next(&l, &s, &n, &e), LINES_OK);
	int got = lines_next(&l, &s, &n, &e);
	assert_int_not_equal(got, LINES_TOO_LONG);
	assert_int_equal(got, ERR_IO);
	assert_int_equal(e.kind, ERR_IO);
	assert_string_equal(e.what, what);
	assert_string_equal(e.where, where);
	assert_int_equal(lines_next(&l, &s, &n, &e), ERR_IO);
	lines_release(&l);
	fclose(f);
}

/* A directory opens for reading on Linux, then every read fails (EISDIR). */
static void directory_is_a_read_error(void **state)
{
	assert_read_error(fopen(".", "r"), "dir", 0, "read error (Is a directory)", "dir:1");
}

/* A stream that gives its bytes, then fails as a disk or a pipe can. */
struct failing {
	const char *data;
	size_t len, pos;
};

static ssize_t failing_read(void *cookie, char *out, size_t n)
{
	struct failing *fl = cookie;
	if (fl->pos == fl->len) {
		errno = EIO;
		return -1;
	}
	size_t k = fl->len - fl->pos < n ? fl->len - fl->pos : n;
	memcpy(out, fl->data + fl->pos, k);
	fl->pos += k;
	return (ssize_t)k;
}

/* The lines before the failure come through; the failure names the line
 * being read when it came. */
static void read_error_after_lines(void **state)
{
	struct failing fl = { "one\ntwo", 7, 0 };
	cookie_io_functions_t io = { .read = failing_read };
	assert_read_error(fopencookie(&fl, "r", io), "t", 1, "read error (Input/output error)", "t:2");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_lines),
		cmocka_unit_test(long_line_skipped),
		cmocka_unit_test(long_last_line_without_newline),
		cmocka_unit_test(directory_is_a_read_error),
		cmocka_unit_test(read_error_after_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
