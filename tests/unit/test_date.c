/* test_date.c - every date form the sources use, read to the ISO string a
 * user would check, and the inputs that must give no date at all. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "base/date.h"

/* Parse exactly strlen(s) bytes from a heap copy without a NUL, so that a
 * read past len is caught by ASan, and return the ISO form ("" if none). */
static const char *iso_order(const char *s, enum date_order order)
{
	static char out[64];
	size_t n = strlen(s);
	char *copy = malloc(n ? n : 1);
	memcpy(copy, s, n);
	struct date d;
	int rc = date_parse(copy, n, order, &d);
	free(copy);
	if (rc) {
		assert_int_equal(d.precision, DATE_NONE);
		return "";
	}
	int len = date_format_iso(&d, out, sizeof out);
	assert_int_equal(len, (int)strlen(out));
	return out;
}

static const char *iso(const char *s)
{
	return iso_order(s, DATE_MDY);
}

static void test_iso(void **state)
{
	(void)state;
	assert_string_equal(iso("2017-04-05"), "2017-04-05");
	assert_string_equal(iso("2025-06-01T10:22:03.000Z"), "2025-06-01T10:22:03Z");
	assert_string_equal(iso("2025-06-01T10:22:03+03:00"), "2025-06-01T10:22:03+03:00");
	assert_string_equal(iso("2025-06-01T10:22:03-0530"), "2025-06-01T10:22:03-05:30");
	assert_string_equal(iso("2025-06-01T10:22"), "2025-06-01T10:22:00");
	assert_string_equal(iso("2025-06-01 10:22:03"), "2025-06-01T10:22:03");
	assert_string_equal(iso("2025/06/01"), "2025-06-01");
	assert_string_equal(iso("2017-04"), "2017-04");
	assert_string_equal(iso("2017"), "2017");
	assert_string_equal(iso("  2017 \n"), "2017");
	/* an impossible time drops the time, not the date */
	assert_string_equal(iso("2025-06-01T25:00:00Z"), "2025-06-01");
}

static void test_first_wins(void **state)
{
	(void)state;
	assert_string_equal(iso("2025-01-02T08:00:00Z 2025-01-03T09:00:00Z"), "2025-01-02T08:00:00Z");
	assert_string_equal(iso("updated 3 May 2024, first published 1 May 2024"), "2024-05-03");
	/* an invalid first candidate does not hide a valid later one */
	assert_string_equal(iso("2025-02-30 or 2025-03-01"), "2025-03-01");
}

static void test_rfc822(void **state)
{
	(void)state;
	assert_string_equal(iso("Wed, 05 Apr 2017 10:00:00 GMT"), "2017-04-05T10:00:00Z");
	assert_string_equal(iso("Wed, 05 Apr 2017 10:00:00 +0300"), "2017-04-05T10:00:00+03:00");
	assert_string_equal(iso("Sat, 1 Jul 2023 23:59:59 -0400"), "2023-07-01T23:59:59-04:00");
	assert_string_equal(iso("Wed, 05 Apr 17 10:00 EST"), "2017-04-05T10:00:00-05:00");
	assert_string_equal(iso("05/Apr/2017:10:00:00 +0000"), "2017-04-05T10:00:00Z");
	assert_string_equal(iso("Wed 05 Apr 2017"), "2017-04-05");
	assert_string_equal(iso("5 June 2023 | 14:22 UTC+3"), "2023-06-05T14:22:00+03:00");
	assert_string_equal(iso("5 Jun. 2023 10:00 GMT-03:30"), "2023-06-05T10:00:00-03:30");
	/* a dash after the time is not an offset */
	assert_string_equal(iso("5 June 2023 10:00 - 5 killed"), "2023-06-05T10:00:00");
	assert_string_equal(iso("5 June 2023 10:00 -05"), "2023-06-05T10:00:00-05:00");
}

static void test_numeric(void **state)
{
	(void)state;
	assert_string_equal(iso("4/5/17"), "2017-04-05");
	assert_string_equal(iso("12/31/1999"), "1999-12-31");
	assert_string_equal(iso("1/2/69"), "2069-01-02");
	assert_string_equal(iso("1/2/70"), "1970-01-02");
	assert_string_equal(iso_order("4/5/17", DATE_DMY), "2017-05-04");
	assert_string_equal(iso_order("23/11/2025", DATE_DMY), "2025-11-23");
	/* month-first cannot be: day-first is the only reading */
	assert_string_equal(iso("25/12/2025"), "2025-12-25");
	/* '-' and '.' are day-first whatever the order */
	assert_string_equal(iso("5-12-2025, 14:30"), "2025-12-05T14:30:00");
	assert_string_equal(iso("05.12.2025"), "2025-12-05");
	assert_string_equal(iso("4/5/2017 10:30 PM"), "2017-04-05T22:30:00");
	assert_string_equal(iso("4/5/2017 12:05 am"), "2017-04-05T00:05:00");
	assert_string_equal(iso("13/13/2025"), "");
	assert_string_equal(iso("1.2.3.4"), "");
	assert_string_equal(iso("version 1.2.33"), "");
}

static void test_english_words(void **state)
{
	(void)state;
	assert_string_equal(iso("5 April 2017"), "2017-04-05");
	assert_string_equal(iso("5th of April, 2017"), "2017-04-05");
	assert_string_equal(iso("05-Apr-2017"), "2017-04-05");
	assert_string_equal(iso("April 5, 2017"), "2017-04-05");
	assert_string_equal(iso("Sept. 21st, 2016 at 9:15 a.m."), "2016-09-21T09:15:00");
	assert_string_equal(iso("DECEMBER 1 2020"), "2020-12-01");
	assert_string_equal(iso("Apr 2017"), "2017-04");
	assert_string_equal(iso("Posted on March 3, 2019 - 14:05"), "2019-03-03T14:05:00");
	/* not dates: no year, a month-like word, a two-digit "year" with no time */
	assert_string_equal(iso("5 April"), "");
	assert_string_equal(iso("the Mayor 12, 2019"), "");
	assert_string_equal(iso("on 5 April 17 people died"), "");
}

static void test_arabic(void **state)
{
	(void)state;
	assert_string_equal(iso("23 نوفمبر 2025"), "2025-11-23");
	assert_string_equal(iso("٢٣ نوفمبر ٢٠٢٥"), "2025-11-23");
	assert_string_equal(iso("٢٣ تشرين الثاني ٢٠٢٥"), "2025-11-23");
	assert_string_equal(iso("۲۳ تشرين ثاني ۲۰۲۵"), "2025-11-23");
	assert_string_equal(iso("الجمعة 31 تموز, 2026"), "2026-07-31");
	assert_string_equal(iso("الخميس، 1 كانون الأول 2022"), "2022-12-01");
	assert_string_equal(iso("1 كانون الاول 2022"), "2022-12-01");
	assert_string_equal(iso("3 إبريل 2018"), "2018-04-03");
	assert_string_equal(iso("3 ابريل 2018"), "2018-04-03");
	assert_string_equal(iso("9 يونيه 2014"), "2014-06-09");
	assert_string_equal(iso("9 اب 2014"), "2014-08-09");
	assert_string_equal(iso("9 آب 2014"), "2014-08-09");
	assert_string_equal(iso("12 أيار/مايو 2019"), "2019-05-12");
	assert_string_equal(iso("12 اذار 2019"), "2019-03-12");
	assert_string_equal(iso("7 أكتوبر 2023م الساعة 10:30 م"), "2023-10-07T22:30:00");
	assert_string_equal(iso_order("نشر في ٥ / ١٢ / ٢٠٢٥", DATE_DMY), "2025-12-05");
	assert_string_equal(iso("نشر في ٥ / ١٢ / ٢٠٢٥"), "2025-05-12");
	assert_string_equal(iso("٢٠٢٥-١١-٢٣"), "2025-11-23");
	assert_string_equal(iso("\u200f23\u200f نوفمبر\u00a02025"), "2025-11-23");
	assert_string_equal(iso("أغسطس 2020"), "2020-08");
	/* a word that starts like a month is not one */
	assert_string_equal(iso("9 أبريلات 2014"), "");
	assert_string_equal(iso("9 ابا 2014"), "");
}

static void test_calendar(void **state)
{
	(void)state;
	assert_string_equal(iso("2024-02-29"), "2024-02-29");
	assert_string_equal(iso("2023-02-29"), "");
	assert_string_equal(iso("2000-02-29"), "2000-02-29");
	assert_string_equal(iso("29 Feb 2100"), "");
	assert_string_equal(iso("31 April 2017"), "");
	assert_string_equal(iso("1899-12-31"), "");
	assert_string_equal(iso("2101-01-01"), "");
	assert_true(date_valid(2024, 2, 29));
	assert_false(date_valid(2023, 2, 29));
	assert_false(date_valid(2023, 0, 1));
	assert_false(date_valid(2023, 13, 1));
	assert_false(date_valid(2023, 12, 32));
	assert_int_equal(date_days(1970, 1, 1), 0);
	assert_int_equal(date_days(2000, 3, 1), 11017);
	assert_int_equal(date_days(2017, 4, 5) - date_days(2017, 3, 5), 31);
	assert_int_equal(date_days(1969, 12, 31), -1);
}

static void test_format(void **state)
{
	(void)state;
	struct date d = { .year = 2017, .month = 4, .day = 5, .hour = 9, .minute = 8, .second = 7,
			  .tz_minutes = -210, .has_tz = 1, .precision = DATE_TIME };
	char out[64];
	assert_int_equal(date_format_iso(&d, out, sizeof out), 25);
	assert_string_equal(out, "2017-04-05T09:08:07-03:30");
	/* a short buffer gets a truncated, terminated string */
	assert_int_equal(date_format_iso(&d, out, 5), 4);
	assert_string_equal(out, "2017");
	d.precision = DATE_NONE;
	assert_int_equal(date_format_iso(&d, out, sizeof out), 0);
	assert_string_equal(out, "");
}

static void test_hostile(void **state)
{
	(void)state;
	struct date d;
	assert_int_equal(date_parse("", 0, DATE_MDY, &d), -1);
	assert_int_equal(date_parse(NULL, 0, DATE_MDY, &d), -1);
	/* len is the end even when the bytes after it would complete a date */
	assert_int_equal(date_parse("2017-04-05", 7, DATE_MDY, &d), 0);
	assert_int_equal(d.precision, DATE_MONTH);
	assert_int_equal(date_parse("2017-04-05", 3, DATE_MDY, &d), -1);

	size_t n = 10000;
	char *big = malloc(n);
	memset(big, '9', n);
	assert_int_equal(date_parse(big, n, DATE_MDY, &d), -1);
	/* a long number, then a date: the number does not swallow it */
	memcpy(big + n - 11, " 2017-04-05", 11);
	assert_int_equal(date_parse(big, n, DATE_MDY, &d), 0);
	assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20170405);
	/* ten thousand dashes and slashes and Arabic digits */
	for (size_t i = 0; i < n; i++)
		big[i] = "1-/:"[i % 4];
	assert_int_equal(date_parse(big, n, DATE_MDY, &d), -1);
	free(big);

	/* a date cut inside an Arabic digit or month name */
	const char *ar = "٢٣ نوفمبر ٢٠٢٥";
	size_t alen = strlen(ar);
	for (size_t cut = 0; cut < alen; cut++) {
		char *p = malloc(cut ? cut : 1);
		memcpy(p, ar, cut);
		assert_int_equal(date_parse(p, cut, DATE_MDY, &d), -1);
		free(p);
	}
	assert_string_equal(iso("\xFF\xFE 2017-04-05 \xC3"), "2017-04-05");
	assert_string_equal(iso("99999-99-99 2017-04-05"), "2017-04-05");
	assert_string_equal(iso("2017-04-05T99:99"), "2017-04-05");
	assert_string_equal(iso("Wed, 05 Apr 2017 10:00:00 +9999"), "2017-04-05T10:00:00");
}

/* Every prefix and random mutations of real forms: no crash, no read past
 * len (ASan), and a result is always a real date that formats back. */
static void test_fuzz_smoke(void **state)
{
	(void)state;
	static const char *const seeds[] = {
		"Wed, 05 Apr 2017 10:00:00 +0300", "٢٣ تشرين الثاني ٢٠٢٥", "April 5, 2017 at 9:15 p.m.",
		"2025-06-01T10:22:03.000Z", "5-12-2025, 14:30", "الجمعة 31 تموز, 2026",
	};
	unsigned seed = 7;
	for (size_t k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
		size_t n = strlen(seeds[k]);
		for (int round = 0; round < 3000; round++) {
			char *p = malloc(n);
			memcpy(p, seeds[k], n);
			for (int m = 0; m < round % 4; m++) {
				seed = seed * 1103515245u + 12345u;
				p[(seed >> 16) % n] = (char)(seed >> 8);
			}
			size_t len = round < (int)n ? (size_t)round : n;
			struct date d;
			if (date_parse(p, len, round & 1 ? DATE_DMY : DATE_MDY, &d) == 0) {
				char out[64];
				assert_true(d.precision >= DATE_YEAR && d.precision <= DATE_TIME);
				assert_true(d.year >= 1900 && d.year <= 2100);
				if (d.precision >= DATE_DAY)
					assert_true(date_valid(d.year, d.month, d.day));
				assert_true(date_format_iso(&d, out, sizeof out) >= 4);
			}
			free(p);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_first_wins),
		cmocka_unit_test(test_rfc822),
		cmocka_unit_test(test_numeric),
		cmocka_unit_test(test_english_words),
		cmocka_unit_test(test_arabic),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_fuzz_smoke),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
