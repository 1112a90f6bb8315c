/* when.h - finding the dates a report's sentences give, and resolving them
 * against the day it was published.
 *
 * "on October 20, 2022", "Tuesday, June 10", "on Sunday", "yesterday",
 * "on Friday night", "last week", "earlier this month", "in March",
 * "from August 2014 to March 2017", "since 2011". A weekday is the most
 * recent such day on or before the anchor (the publication date), "today"
 * the anchor, "yesterday" the day before it. A date with no year takes the
 * anchor's year (the one on or before the anchor). Without an anchor, an
 * absolute date with its year still resolves; relative ones are returned
 * with precision WHEN_NONE (the caller knows a date was meant). A missing
 * year is never worked out from a weekday.
 *
 * Reads UTF-8 text of any size without a NUL; invalid dates ("31 February")
 * are not dates. English now; Arabic month and weekday names join the same
 * tables. */
#ifndef CIVCAS_WHEN_H
#define CIVCAS_WHEN_H

#include <stddef.h>

#include "base/date.h"
#include "extract/claim.h"

enum when_flags {
	WHEN_RELATIVE = 1,   /* resolved against the anchor ("on Sunday", "yesterday") */
	WHEN_PERIOD = 2,     /* a span: "from August 2014 to March 2017", "since 2011", "last week" */
	WHEN_OPEN = 4,       /* the span runs to the anchor ("since 2011", "so far this year") */
	WHEN_PAST_CONTEXT = 8 /* "last year", "in 2014": before the anchor's month by a lot;
	                        callers may treat it as background */
};

struct when {
	size_t start, end;            /* the bytes that say it */
	struct date date;             /* the day (or the first day of a period) */
	struct date date_end;         /* last day of a period; precision DATE_NONE otherwise */
	enum when_precision precision;
	int flags;                    /* enum when_flags */
};

/* Find the date expressions in s[0..n) in text order, resolved against
 * anchor (NULL or precision below DATE_DAY: no anchor). Writes up to max
 * and returns how many were found in all. */
size_t when_find(const char *s, size_t n, const struct date *anchor, struct when *out, size_t max);

/* The publication date a text shows itself, for posts and pages that come
 * without one: a dateline or a post's time stamp ("9:56 PM · Jun 10, 2025",
 * "Date: 20 October 2022", "November 23, 2025 · Shared with Public",
 * "WASHINGTON, Jan 22 (Reuters)" gives no year: not one). A full date with
 * its year only. Returns 1 and fills *out (precision DATE_DAY), or 0. */
int when_text_date(const char *s, size_t n, struct date *out);

#endif
