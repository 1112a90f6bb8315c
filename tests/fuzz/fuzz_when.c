/* fuzz_when.c - when_find and when_text_date (extract/when.h).
 *
 * The first byte picks the anchor: none, a day in 1900..2100 from the next
 * two bytes, or the ends of the calendar (0001-01-01, 9999-12-31) where
 * relative dates fall outside it. The rest is the text, not NUL-terminated,
 * in an exact-size copy so that ASan sees a read past n. Checks what the
 * header promises: expressions in text order, inside the text and on
 * character boundaries, real calendar days with the precision they claim,
 * periods that do not end before they start, all zero when unresolved; the
 * same count whatever max is; a text date that is a real day with its year. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/when.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXW 64

static const struct date zero;

static long days_of(const struct date *d)
{
	return date_days(d->year, d->month, d->day);
}

static int continuation(const char *s, size_t n, size_t i)
{
	return i < n && ((unsigned char)s[i] & 0xC0) == 0x80;
}

static void check_when(const struct when *w, const char *s, size_t n, int valid_utf8)
{
	FUZZ_CHECK(w->start < w->end && w->end <= n, "span [%zu, %zu) in %zu bytes", w->start, w->end, n);
	if (valid_utf8)
		FUZZ_CHECK(!continuation(s, n, w->start) && !continuation(s, n, w->end),
			   "span [%zu, %zu) cuts a character", w->start, w->end);
	FUZZ_CHECK(w->flags >= 0 && w->flags <= 15, "flags %d", w->flags);
	FUZZ_CHECK(!(w->flags & WHEN_OPEN) || (w->flags & WHEN_PERIOD), "open but not a period");
	FUZZ_CHECK(w->precision >= WHEN_NONE && w->precision <= WHEN_DAY, "precision %d", w->precision);
	if (w->precision == WHEN_NONE) {
		FUZZ_CHECK(!memcmp(&w->date, &zero, sizeof zero) && !memcmp(&w->date_end, &zero, sizeof zero),
			   "unresolved with a date");
		return;
	}
	static const int dprec[] = { 0, DATE_YEAR, DATE_MONTH, DATE_DAY, DATE_DAY };
	FUZZ_CHECK(w->date.precision == dprec[w->precision], "precision %d with date precision %d",
		   w->precision, w->date.precision);
	FUZZ_CHECK(date_valid(w->date.year, w->date.month, w->date.day), "not a real day %d-%d-%d",
		   w->date.year, w->date.month, w->date.day);
	FUZZ_CHECK(w->precision != WHEN_WEEK || (w->flags & WHEN_PERIOD), "a week that is no period");
	if (!(w->flags & WHEN_PERIOD)) {
		FUZZ_CHECK(!memcmp(&w->date_end, &zero, sizeof zero), "date_end outside a period");
		return;
	}
	if (w->date_end.precision == DATE_NONE) {
		FUZZ_CHECK(w->flags & WHEN_OPEN, "a closed period without its end");
		return;
	}
	FUZZ_CHECK(w->date_end.precision >= DATE_YEAR && w->date_end.precision <= DATE_DAY,
		   "date_end precision %d", w->date_end.precision);
	FUZZ_CHECK(date_valid(w->date_end.year, w->date_end.month, w->date_end.day),
		   "date_end not a real day %d-%d-%d", w->date_end.year, w->date_end.month, w->date_end.day);
	FUZZ_CHECK(days_of(&w->date) <= days_of(&w->date_end), "period ends before it starts");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date anchor = { 0 }, *a = NULL;
	if (size >= 3) {
		switch (data[0] % 4) {
		case 1: {
			int k = (data[1] << 8 | data[2]) % (201 * 366);
			anchor.year = 1900 + k / 366;
			anchor.month = 1 + k % 366 / 31 % 12;
			anchor.day = 1 + k % 31;
			while (!date_valid(anchor.year, anchor.month, anchor.day))
				anchor.day--;
			anchor.precision = data[1] & 1 ? DATE_TIME : DATE_DAY;
			a = &anchor;
			break;
		}
		case 2:
			anchor = (struct date){ .year = data[1] & 1 ? 9999 : 1, .month = data[1] & 1 ? 12 : 1,
						.day = data[1] & 1 ? 31 : 1, .precision = DATE_DAY };
			a = &anchor;
			break;
		case 3:
			anchor = (struct date){ .year = 2024, .month = 6, .precision = DATE_MONTH };
			a = &anchor;       /* too coarse: the same as none */
			break;
		}
		data += 3;
		size -= 3;
	}
	char *s = malloc(size ? size : 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	int valid = utf8_valid(s, size, NULL);

	static struct when w[MAXW], again[MAXW];
	size_t n = when_find(s, size, a, w, MAXW);
	FUZZ_CHECK(when_find(s, size, a, NULL, 0) == n, "the count depends on max");
	size_t m = when_find(s, size, a, again, 1);
	FUZZ_CHECK(m == n, "the count depends on max");
	if (n)
		FUZZ_CHECK(!memcmp(&w[0], &again[0], sizeof w[0]), "max 1 gives another first");
	for (size_t i = 0; i < n && i < MAXW; i++) {
		check_when(&w[i], s, size, valid);
		if (i)
			FUZZ_CHECK(w[i].start >= w[i - 1].end, "expressions %zu and %zu overlap or are out of order",
				   i - 1, i);
	}

	struct date d;
	memset(&d, 0x5a, sizeof d);
	int rc = when_text_date(s, size, &d);
	if (rc == 0) {
		FUZZ_CHECK(!memcmp(&d, &zero, sizeof d), "no text date but *out is not zero");
	} else {
		FUZZ_CHECK(rc == 1, "when_text_date returned %d", rc);
		FUZZ_CHECK(d.precision == DATE_DAY && date_valid(d.year, d.month, d.day) && d.year >= 1900 &&
			   d.year <= 2100, "text date %d-%d-%d precision %d", d.year, d.month, d.day, d.precision);
	}
	free(s);
	return 0;
}
