/* fuzz_date.c - date_parse in both orders, then date_format_iso.
 *
 * Checks the promises of base/date.h: a parsed date is a real calendar date
 * with a year in 1900..2100 and a real time, a failed parse leaves d all zero,
 * the ISO form fits in 32 bytes and is cut safely in smaller buffers, and the
 * ISO form parses back to the same date (set FUZZ_DATE_NO_ROUNDTRIP=1 in the
 * environment to skip that last check while another finding is open). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "fuzz.h"

static int roundtrip = 1;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *v = getenv("FUZZ_DATE_NO_ROUNDTRIP");
	roundtrip = !(v && *v && strcmp(v, "0"));
	return 0;
}

static void check_date(const struct date *d, const char *in, size_t len, int order)
{
	char iso[32], small[8];

	FUZZ_CHECK(d->precision >= DATE_YEAR && d->precision <= DATE_TIME,
		   "precision %d out of range", d->precision);
	FUZZ_CHECK(d->year >= 1900 && d->year <= 2100, "year %d outside 1900..2100", d->year);
	if (d->precision >= DATE_MONTH)
		FUZZ_CHECK(d->month >= 1 && d->month <= 12, "month %d", d->month);
	else
		FUZZ_CHECK(d->month == 0, "year-only date with month %d", d->month);
	if (d->precision >= DATE_DAY)
		FUZZ_CHECK(date_valid(d->year, d->month, d->day), "not a real date %d-%d-%d",
			   d->year, d->month, d->day);
	else
		FUZZ_CHECK(d->day == 0, "date without a day has day %d", d->day);
	if (d->precision == DATE_TIME)
		FUZZ_CHECK(d->hour >= 0 && d->hour < 24 && d->minute >= 0 && d->minute < 60 &&
			   d->second >= 0 && d->second <= 60, "not a real time %d:%d:%d",
			   d->hour, d->minute, d->second);

	int n = date_format_iso(d, iso, sizeof iso);
	FUZZ_CHECK(n > 0 && (size_t)n < sizeof iso && (size_t)n == strlen(iso),
		   "date_format_iso returned %d for \"%s\"", n, iso);
	fuzz_utf8("ISO date", iso, (size_t)n);
	for (size_t size = 0; size <= sizeof small; size++) {
		memset(small, 'x', sizeof small);
		int m = date_format_iso(d, small, size);
		if (size == 0) {
			FUZZ_CHECK(m == 0 && small[0] == 'x', "size 0 wrote or returned %d", m);
			continue;
		}
		FUZZ_CHECK(m >= 0 && (size_t)m < size && small[m] == '\0' &&
			   !memcmp(small, iso, (size_t)m), "cut to %zu bytes: returned %d", size, m);
	}

	if (!roundtrip)
		return;
	struct date back;
	FUZZ_CHECK(date_parse(iso, (size_t)n, (enum date_order)order, &back) == 0,
		   "ISO form \"%s\" of \"%.*s\" does not parse back", iso, (int)len, in);
	char again[32];
	date_format_iso(&back, again, sizeof again);
	FUZZ_CHECK(!strcmp(iso, again), "\"%.*s\" -> \"%s\" -> \"%s\"", (int)len, in, iso, again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct date zero;
	const char *s = (const char *)data;   /* not NUL-terminated, as date_parse allows */
	for (int order = DATE_MDY; order <= DATE_DMY; order++) {
		struct date d;
		memset(&d, 0x5a, sizeof d);
		int rc = date_parse(s, size, (enum date_order)order, &d);
		if (rc == -1) {
			FUZZ_CHECK(!memcmp(&d, &zero, sizeof d), "failed parse left d non-zero");
			char iso[32];
			FUZZ_CHECK(date_format_iso(&d, iso, sizeof iso) == 0 && iso[0] == '\0',
				   "DATE_NONE does not format as \"\"");
			continue;
		}
		FUZZ_CHECK(rc == 0, "date_parse returned %d", rc);
		check_date(&d, s, size, order);
	}
	return 0;
}
