/* when.h - finding the dates a report's sentences give, and resolving them
 * against the day it was published.
 *
 * "on October 20, 2022", "Tuesday, June 10", "on Sunday", "yesterday",
 * "on Friday night", "last week", "earlier this month", "in March",
 * "from August 2014 to March 2017", "since 2011". A weekday is the most
 * recent such day on or before the anchor (the publication date; the
 * anchor's own weekday is the anchor), "today" the anchor, "yesterday" the
 * day before it. A date with no year takes the anchor's year: the latest
 * such day on or before the day after the anchor ("June 10" in a report of
 * June 9 is June 10 of that year, one of June 1 is last year's); a month
 * with no year is the latest such month that began by the anchor. Without
 * an anchor, an absolute date with its year still resolves; relative ones
 * are returned with precision WHEN_NONE (the caller knows a date was meant).
 * A missing year is never worked out from a weekday: in "Tuesday, June 10"
 * the date gives the day and the weekday is not checked.
 *
 * What counts as a date:
 *  - numeric dates only when one reading is a real date: 2022-10-20,
 *    2022/10/20, 20/10/2022 and 10/20/2022 (either order when only one is
 *    possible; 05/06/2022 is no date), also with '.' or '-';
 *  - a year alone after a word that makes it one ("in", "since", "of",
 *    "from", "until", "by", "during", "early", "late", "mid-", "عام", "في",
 *    "منذ"...): "killed 2014 people" has none;
 *  - a month alone likewise ("in March", "late June", "شهر آب"), and "may"
 *    written in lower case only with its year ("may be" is no month);
 *  - "next Sunday", "every Friday", "الجمعة المقبلة" are read and skipped;
 *    "31 February", "99/99/9999" are no dates, and nothing inside them is.
 * A span covers the words that say the date and its modifiers ("late on
 * Tuesday", "mid-March", "Friday night", "since 2011", "فجر اليوم"), not a
 * preposition before it ("on", "in") nor a leading و/ف ("and").
 *
 * Reads UTF-8 text of any size without a NUL, in one forward pass: invalid
 * bytes are skipped, nothing is allocated, s[n] is never read. English now;
 * Arabic month and weekday names join the same tables (Levantine, Egyptian
 * and Maghrebi months, weekdays with يوم and clitics, اليوم, أمس, فجر/صباح/
 * مساء/ليلة, الأسبوع/الشهر/العام الماضي, قبل يومين, منذ, بين ... و). */
#ifndef CIVCAS_WHEN_H
#define CIVCAS_WHEN_H

#include <stddef.h>

#include "base/date.h"
#include "extract/claim.h"

enum when_flags {
	WHEN_RELATIVE = 1,   /* needs the anchor ("on Sunday", "yesterday", "June 10"):
	                        resolved against it, or WHEN_NONE without one */
	WHEN_PERIOD = 2,     /* a span: "from August 2014 to March 2017", "since 2011", "last week" */
	WHEN_OPEN = 4,       /* the span runs to the anchor ("since 2011", "so far this year") */
	WHEN_PAST_CONTEXT = 8 /* "last year", "in 2014": before the anchor's month by a lot;
	                        callers may treat it as background. Set for "last year" and
	                        "N years ago", and for whatever ends before the first day of
	                        the month before the anchor's month */
};

struct when {
	size_t start, end;            /* the bytes that say it */
	struct date date;             /* the day (or the first day of a period) */
	struct date date_end;         /* last day of a period; precision DATE_NONE otherwise */
	enum when_precision precision;
	int flags;                    /* enum when_flags */
};
/* date and date_end always hold a real calendar day (date_days works on
 * them): the first, resp. last, day of what the text names ("March 2017":
 * date 2017-03-01; "from August 2014 to March 2017": 2014-08-01 to
 * 2017-03-31), and their precision says how much of it the text gave
 * (DATE_YEAR, DATE_MONTH or DATE_DAY; a week is DATE_DAY), so that
 * date_format_iso prints "2017-03". An open period ends at the anchor
 * (DATE_DAY), or has no date_end without an anchor. With precision
 * WHEN_NONE both are all zero. */

/* Find the date expressions in s[0..n) in text order, resolved against
 * anchor (NULL or precision below DATE_DAY: no anchor). Writes up to max
 * (out may be NULL when max is 0) and returns how many were found in all.
 * s may be NULL when n is 0. */
size_t when_find(const char *s, size_t n, const struct date *anchor, struct when *out, size_t max);

/* The publication date a text shows itself, for posts and pages that come
 * without one: a dateline or a post's time stamp ("9:56 PM · Jun 10, 2025",
 * "Date: 20 October 2022", "November 23, 2025 · Shared with Public",
 * "WASHINGTON, Jan 22 (Reuters)" gives no year: not one). A full date with
 * its year only. Returns 1 and fills *out (precision DATE_DAY), or 0 with
 * *out all zero.
 * In this order: the first stamp or label in the text, that is a date
 * next to a "·" (before or after it; a year run into the view count,
 * "Jun 10, 20258.6KViews", is read as 2025, and a name run into the month,
 * "PageNameJune 10, 2025", is cut at the capital) or right after "Date:",
 * "Published", "Posted", "تاريخ النشر", "نشر في"; else the first full date
 * that starts in the first 300 bytes; else in the last 300 bytes. */
int when_text_date(const char *s, size_t n, struct date *out);

/* The date a text shows as its own publication date, which the annotation
 * guide counts as such even where the metadata says otherwise: the first
 * stamp or label (as when_text_date), else a line near the head that is
 * only a full date (its weekday and hour may go with it). 1 and *out
 * (DATE_DAY), or 0 with *out all zero. */
int when_shown_date(const char *s, size_t n, struct date *out);

/* The date of the latest post a page embeds: a tweet's signature ("—
 * Name (@handle) June 25, 2023") or "Posted by Name on Friday, October 6,
 * 2023". 1 and *out (DATE_DAY), or 0 with *out all zero. */
int when_embed_date(const char *s, size_t n, struct date *out);

/* The weekday a text was written on, when it says so: "اليوم الإثنين"
 * (today, Monday), "أمس الثلاثاء", "يوم أمس الثلاثاء" (yesterday, Tuesday: a
 * Wednesday): 0 (Sunday)..6 from the first such phrase, -1 when there is
 * none. */
int when_written_weekday(const char *s, size_t n);

#endif
