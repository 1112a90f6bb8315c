/* date.h - reading the dates sources write, and writing ISO 8601.
 *
 * Sources write dates every way: "2017-04-05", "2025-06-01T10:22:03.000Z",
 * "Wed, 05 Apr 2017 10:00:00 GMT" (RFC 822), "4/5/17" (FA-KES: M/D/YY),
 * "Wed 05 Apr 2017", "5 April 2017", "April 5, 2017", "23 نوفمبر 2025",
 * "٢٣ تشرين الثاني ٢٠٢٥", "الجمعة 31 تموز, 2026". date_parse reads all of
 * these (Arabic-Indic digits, Egyptian and Levantine month names). When a field
 * holds several dates the first one wins. */
#ifndef CIVCAS_DATE_H
#define CIVCAS_DATE_H

#include <stddef.h>

enum date_precision { DATE_NONE = 0, DATE_YEAR, DATE_MONTH, DATE_DAY, DATE_TIME };

struct date {
	int year, month, day;      /* month 1-12, day 1-31, 0 when unknown */
	int hour, minute, second;
	int tz_minutes;            /* offset from UTC when has_tz */
	int has_tz;
	int precision;             /* enum date_precision */
};

enum date_order { DATE_MDY = 0, DATE_DMY = 1 };  /* for all-numeric dates with '/' */

/* Parse s (len bytes, UTF-8, need not be NUL-terminated). Returns 0 and
 * fills d, or -1 if no date was found (d is then all zero). Years must be in
 * 1900..2100; two-digit years are 19xx above 69. Only real calendar dates
 * count; a time that is not a real time is dropped, keeping the date.
 *  - order applies to all-numeric dates with '/'; with '-' or '.'
 *    ("5-12-2025") the day comes first. When the order gives no real date
 *    and the other one does ("25/12/2025" read M/D/Y), the other is taken.
 *  - "2017-04" is a month, "Apr 2017" too; a field that is only "2017" is a
 *    year. A textual date needs its year: "5 April" is no date.
 *  - two-digit years in textual dates only before a time ("05 Apr 17 10:00");
 *    "5 April 17 people" is not a date.
 *  - weekday names and other words around the date are skipped. */
int date_parse(const char *s, size_t len, enum date_order order, struct date *d);

/* Write d as ISO 8601 into out: "2017-04-05", "2017-04", "2017",
 * or "2017-04-05T10:00:00Z" / "...+03:00" when it has a time (no suffix when
 * the zone is unknown), "" for DATE_NONE. Returns the length written, which
 * is less than the full form when size is too small (32 is always enough). */
int date_format_iso(const struct date *d, char *out, size_t size);

/* Days since 1970-01-01 for a valid y-m-d (for comparisons and windows). */
long date_days(int year, int month, int day);

/* 1 if y-m-d is a real calendar date (proleptic Gregorian, years 1..9999). */
int date_valid(int year, int month, int day);

#endif
