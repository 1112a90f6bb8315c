/* test_when.c - the date expressions of reports, each with the words it
 * covers, the day or period it resolves to against a publication date, and
 * its flags; the words that are no date; the date a post shows itself. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/when.h"

static struct date day(const char *iso)
{
	struct date d = { 0 };
	assert_int_equal(sscanf(iso, "%d-%d-%d", &d.year, &d.month, &d.day), 3);
	d.precision = DATE_DAY;
	return d;
}

/* What a user checks, for every expression found in s (read from a heap
 * copy of exactly strlen(s) bytes, so that ASan sees a read past n):
 *   'words' precision date[..end] [flags RPOC]
 * joined by " | ". anchor: "YYYY-MM-DD" or NULL. */
static const char *found(const char *s, const char *anchor)
{
	static char out[4096];
	size_t n = strlen(s), len = 0;
	char *copy = malloc(n ? n : 1);
	memcpy(copy, s, n);
	struct date a = anchor ? day(anchor) : (struct date){ 0 };
	struct when w[16];
	size_t count = when_find(copy, n, anchor ? &a : NULL, w, 16);
	assert_true(count <= 16);
	out[0] = '\0';
	for (size_t i = 0; i < count; i++) {
		char d1[32], d2[32] = "";
		assert_true(w[i].start < w[i].end && w[i].end <= n);
		assert_true(i == 0 || w[i].start >= w[i - 1].end);
		if (w[i].precision == WHEN_NONE) {
			assert_int_equal(w[i].date.precision, DATE_NONE);
			assert_int_equal(w[i].date.year, 0);
		} else {
			assert_true(date_valid(w[i].date.year, w[i].date.month, w[i].date.day));
		}
		if (w[i].date_end.precision != DATE_NONE) {
			assert_true(w[i].flags & WHEN_PERIOD);
			assert_true(date_valid(w[i].date_end.year, w[i].date_end.month, w[i].date_end.day));
			assert_true(date_days(w[i].date.year, w[i].date.month, w[i].date.day) <=
				    date_days(w[i].date_end.year, w[i].date_end.month, w[i].date_end.day));
			d2[0] = '.';
			d2[1] = '.';
			date_format_iso(&w[i].date_end, d2 + 2, sizeof d2 - 2);
		}
		date_format_iso(&w[i].date, d1, sizeof d1);
		char flags[8] = "";
		int f = w[i].flags, k = 0;
		if (f)
			flags[k++] = ' ';
		if (f & WHEN_RELATIVE)
			flags[k++] = 'R';
		if (f & WHEN_PERIOD)
			flags[k++] = 'P';
		if (f & WHEN_OPEN)
			flags[k++] = 'O';
		if (f & WHEN_PAST_CONTEXT)
			flags[k++] = 'C';
		flags[k] = '\0';
		const char *p = when_precision_name(w[i].precision);
		len += (size_t)snprintf(out + len, sizeof out - len, "%s'%.*s' %s%s%s%s%s%s", i ? " | " : "",
					(int)(w[i].end - w[i].start), copy + w[i].start, *p ? p : "none",
					*d1 ? " " : "", d1, d2, flags, "");
		assert_true(len < sizeof out);
	}
	free(copy);
	return out;
}

static void test_absolute(void **state)
{
	(void)state;
	assert_string_equal(found("killed on October 20, 2022 in Raqqa", NULL), "'October 20, 2022' day 2022-10-20");
	assert_string_equal(found("on 20 October 2022", NULL), "'20 October 2022' day 2022-10-20");
	assert_string_equal(found("Oct. 20, 2022", NULL), "'Oct. 20, 2022' day 2022-10-20");
	assert_string_equal(found("Jun 10, 2025", NULL), "'Jun 10, 2025' day 2025-06-10");
	assert_string_equal(found("the 20th of October 2022", NULL), "'20th of October 2022' day 2022-10-20");
	assert_string_equal(found("October 20th, 2022", NULL), "'October 20th, 2022' day 2022-10-20");
	assert_string_equal(found("3 October\xD8\x8C 2023", NULL), "'3 October\xD8\x8C 2023' day 2023-10-03");
	assert_string_equal(found("report of 2022-10-20.", NULL), "'2022-10-20' day 2022-10-20");
	assert_string_equal(found("2021/08/24", NULL), "'2021/08/24' day 2021-08-24");
	assert_string_equal(found("Posted 2019-05-04T10:22:03Z", NULL), "'2019-05-04' day 2019-05-04");
	/* numeric: only when one order is a date */
	assert_string_equal(found("on 20/10/2022", NULL), "'20/10/2022' day 2022-10-20");
	assert_string_equal(found("on 10/20/2022", NULL), "'10/20/2022' day 2022-10-20");
	assert_string_equal(found("24.08.2023 | 10:39", NULL), "'24.08.2023' day 2023-08-24");
	assert_string_equal(found("22-02-2022", NULL), "'22-02-2022' day 2022-02-22");
	/* after an Arabic word the day comes first */
	assert_string_equal(found("on 1-6-2022", NULL), "");
	assert_string_equal(found("قصف في 1-6-2022", NULL), "'1-6-2022' day 2022-06-01");
	assert_string_equal(found("on 5/5/2022", NULL), "'5/5/2022' day 2022-05-05");
	assert_string_equal(found("on 05/06/2022", NULL), "");
	/* weekday heads: the date gives the day */
	assert_string_equal(found("Wed, 05 Apr 2017 10:00:00 GMT", NULL), "'Wed, 05 Apr 2017' day 2017-04-05");
	assert_string_equal(found("Sunday, October 20, 2022", NULL), "'Sunday, October 20, 2022' day 2022-10-20");
	/* month and year precision */
	assert_string_equal(found("in March 2017", NULL), "'March 2017' month 2017-03");
	assert_string_equal(found("in March of 2017", NULL), "'March of 2017' month 2017-03");
	assert_string_equal(found("in 2014", NULL), "'2014' year 2014");
	assert_string_equal(found("since the start of 2021 and during 2016", NULL), "'2021' year 2021 | '2016' year 2016");
	assert_string_equal(found("mid-March 2017", NULL), "'mid-March 2017' month 2017-03");
	assert_string_equal(found("in early 2016 and mid-2016", NULL), "'early 2016' year 2016 | 'mid-2016' year 2016");
}

static void test_no_year(void **state)
{
	(void)state;
	/* the anchor's year, or the year before when that is after anchor + 1 day */
	assert_string_equal(found("on October 20", "2025-06-11"), "'October 20' day 2024-10-20 RC");
	assert_string_equal(found("Tuesday, June 10", "2025-06-11"), "'Tuesday, June 10' day 2025-06-10 R");
	assert_string_equal(found("June 10", "2025-06-09"), "'June 10' day 2025-06-10 R");
	assert_string_equal(found("June 10", "2025-06-08"), "'June 10' day 2024-06-10 RC");
	assert_string_equal(found("on 20 October", "2022-10-25"), "'20 October' day 2022-10-20 R");
	assert_string_equal(found("February 29", "2025-03-10"), "'February 29' day 2024-02-29 RC");
	/* the weekday never gives the year: "Tuesday, June 10" in 2025 is June 10, 2025 */
	assert_string_equal(found("Monday, June 10", "2025-06-11"), "'Monday, June 10' day 2025-06-10 R");
	/* without an anchor: known to be a date, not resolved */
	assert_string_equal(found("on October 20 and Tuesday, June 10", NULL),
			    "'October 20' none R | 'Tuesday, June 10' none R");
	/* a month alone needs its cue */
	assert_string_equal(found("mid-March, late June, in May", "2025-06-11"),
			    "'mid-March' month 2025-03 RC | 'late June' month 2025-06 R | 'May' month 2025-05 R");
	assert_string_equal(found("in August", "2025-06-11"), "'August' month 2024-08 RC");
	assert_string_equal(found("August was hot. March on.", "2025-06-11"), "");
	assert_string_equal(found("in August last year", "2017-04-05"), "'August last year' month 2016-08 RC");
	assert_string_equal(found("last August", "2017-04-05"), "'last August' month 2016-08 RC");
	assert_string_equal(found("last March", "2017-04-05"), "'last March' month 2017-03 R");
	assert_string_equal(found("last April", "2017-04-05"), "'last April' month 2016-04 RC");
}

static void test_relative_days(void **state)
{
	(void)state;
	const char *a = "2025-06-11";          /* a Wednesday */
	assert_string_equal(found("today", a), "'today' day 2025-06-11 R");
	assert_string_equal(found("this morning", a), "'this morning' day 2025-06-11 R");
	assert_string_equal(found("Tonight", a), "'Tonight' day 2025-06-11 R");
	assert_string_equal(found("yesterday afternoon", a), "'yesterday afternoon' day 2025-06-10 R");
	assert_string_equal(found("the day before yesterday", a), "'the day before yesterday' day 2025-06-09 R");
	assert_string_equal(found("last night", a), "'last night' day 2025-06-10 R");
	assert_string_equal(found("early this morning", a), "'early this morning' day 2025-06-11 R");
	assert_string_equal(found("today", NULL), "'today' none R");
	/* weekdays: the most recent on or before the anchor */
	assert_string_equal(found("on Sunday", a), "'Sunday' day 2025-06-08 R");
	assert_string_equal(found("on Wednesday", a), "'Wednesday' day 2025-06-11 R");
	assert_string_equal(found("on Thursday", a), "'Thursday' day 2025-06-05 R");
	assert_string_equal(found("on Friday night", a), "'Friday night' day 2025-06-06 R");
	assert_string_equal(found("early Monday", a), "'early Monday' day 2025-06-09 R");
	assert_string_equal(found("late on Tuesday", a), "'late on Tuesday' day 2025-06-10 R");
	assert_string_equal(found("Saturday's attack", a), "'Saturday' day 2025-06-07 R");
	assert_string_equal(found("last Wednesday", a), "'last Wednesday' day 2025-06-04 R");
	assert_string_equal(found("Saturday, Sunday and Monday", a),
			    "'Saturday' day 2025-06-07 R | 'Sunday' day 2025-06-08 R | 'Monday' day 2025-06-09 R");
	/* future and habitual days are skipped */
	assert_string_equal(found("next Sunday, every Friday, the coming Monday", a), "");
	assert_string_equal(found("Sunday", NULL), "'Sunday' none R");
}

static void test_weeks_months_years(void **state)
{
	(void)state;
	const char *a = "2025-06-11";
	assert_string_equal(found("last week", a), "'last week' week 2025-06-04..2025-06-10 RP");
	assert_string_equal(found("this week", a), "'this week' week 2025-06-05..2025-06-11 RPO");
	assert_string_equal(found("earlier this month", a), "'earlier this month' month 2025-06 R");
	assert_string_equal(found("this month", a), "'this month' month 2025-06 R");
	assert_string_equal(found("last month", a), "'last month' month 2025-05 R");
	assert_string_equal(found("last month", "2025-01-03"), "'last month' month 2024-12 R");
	assert_string_equal(found("this year", a), "'this year' year 2025 R");
	assert_string_equal(found("last year", a), "'last year' year 2024 RC");
	assert_string_equal(found("last year", "2025-01-03"), "'last year' year 2024 RC");
	assert_string_equal(found("last year", NULL), "'last year' none RC");
	assert_string_equal(found("two days ago", a), "'two days ago' day 2025-06-09 R");
	assert_string_equal(found("3 days ago", a), "'3 days ago' day 2025-06-08 R");
	assert_string_equal(found("three weeks ago", a), "'three weeks ago' week 2025-05-18..2025-05-24 RP");
	assert_string_equal(found("a month ago", a), "'a month ago' month 2025-05 R");
	assert_string_equal(found("five years ago", a), "'five years ago' year 2020 RC");
}

static void test_periods(void **state)
{
	(void)state;
	const char *a = "2017-04-05";
	assert_string_equal(found("from August 2014 to March 2017", a),
			    "'from August 2014 to March 2017' month 2014-08..2017-03 P");
	assert_string_equal(found("between August 2014 and March 2017", NULL),
			    "'between August 2014 and March 2017' month 2014-08..2017-03 P");
	assert_string_equal(found("over 400,000 killed since 2011", a), "'since 2011' year 2011..2017-04-05 PO");
	assert_string_equal(found("since March 2011", a), "'since March 2011' month 2011-03..2017-04-05 PO");
	assert_string_equal(found("since 2011", NULL), "'since 2011' year 2011 PO");
	/* a start after the anchor runs nowhere: the year alone */
	assert_string_equal(found("since 2030", a), "'2030' year 2030");
	/* at the ends of the calendar, what falls outside is unresolved */
	assert_string_equal(found("yesterday, since 2011", "0001-01-01"), "'yesterday' none R | '2011' year 2011");
	assert_string_equal(found("this week, June 10", "9999-12-31"),
			    "'this week' week 9999-12-25..9999-12-31 RPO | 'June 10' day 9999-06-10 RC");
	assert_string_equal(found("so far this year", a), "'so far this year' year 2017..2017-04-05 RPO");
	assert_string_equal(found("in 2014-2017", a), "'2014-2017' year 2014..2017 P");
	assert_string_equal(found("from 2011 until now", a), "'from 2011 until now' year 2011..2017-04-05 PO");
	/* an end without year takes the start's, a start without year the end's */
	assert_string_equal(found("from 20 October 2022 to 3 November", NULL),
			    "'from 20 October 2022 to 3 November' day 2022-10-20..2022-11-03 P");
	assert_string_equal(found("from December to March 2017", NULL),
			    "'from December to March 2017' month 2016-12..2017-03 P");
	/* an end before the start is no period: two dates */
	assert_string_equal(found("from 2017 to 2014", a), "'2017' year 2017");
	/* a date full of its own: the period around it is background */
	assert_string_equal(found("between 2014 and 2015", a), "'between 2014 and 2015' year 2014..2015 PC");
}

static void test_arabic(void **state)
{
	(void)state;
	const char *a = "2022-03-29";        /* a Tuesday */
	assert_string_equal(found("قتل شاب اليوم الاثنين 28 آذار، جراء", a),
			    "'اليوم الاثنين 28 آذار' day 2022-03-28 R");
	assert_string_equal(found("اليوم", a), "'اليوم' day 2022-03-29 R");
	assert_string_equal(found("فجر اليوم", a), "'فجر اليوم' day 2022-03-29 R");
	assert_string_equal(found("وصباح اليوم", a), "'صباح اليوم' day 2022-03-29 R");
	assert_string_equal(found("مساء اليوم", a), "'مساء اليوم' day 2022-03-29 R");
	assert_string_equal(found("أمس", a), "'أمس' day 2022-03-28 R");
	assert_string_equal(found("امس", a), "'امس' day 2022-03-28 R");
	assert_string_equal(found("البارحة", a), "'البارحة' day 2022-03-28 R");
	assert_string_equal(found("يوم أمس", a), "'يوم أمس' day 2022-03-28 R");
	assert_string_equal(found("بالأمس", a), "'بالأمس' day 2022-03-28 R");
	assert_string_equal(found("أول أمس", a), "'أول أمس' day 2022-03-27 R");
	assert_string_equal(found("وأمس الأحد", a), "'أمس الأحد' day 2022-03-27 R");
	/* the night before Friday is dated Friday, as annotators do */
	assert_string_equal(found("ليلة الجمعة", a), "'ليلة الجمعة' day 2022-03-25 R");
	/* the night from one day into the next is dated the later */
	assert_string_equal(found("عند الساعة 3:10 ليلة السبت- الأحد", a), "'ليلة السبت- الأحد' day 2022-03-27 R");
	assert_string_equal(found("فجر الأحد على الإثنين", a), "'فجر الأحد على الإثنين' day 2022-03-28 R");
	assert_string_equal(found("ليلة السبت والأحد", a), "'ليلة السبت والأحد' day 2022-03-27 R");
	assert_string_equal(found("ليلة السبت والإثنين", a),
			    "'ليلة السبت' day 2022-03-26 R | 'الإثنين' day 2022-03-28 R");
	assert_string_equal(found("يوم الخميس", a), "'يوم الخميس' day 2022-03-24 R");
	assert_string_equal(found("الثلاثاء", a), "'الثلاثاء' day 2022-03-29 R");
	assert_string_equal(found("الإثنين", a), "'الإثنين' day 2022-03-28 R");
	assert_string_equal(found("الاربعاء", a), "'الاربعاء' day 2022-03-23 R");
	assert_string_equal(found("السبت الماضي", a), "'السبت الماضي' day 2022-03-26 R");
	assert_string_equal(found("الأسبوع الماضي", a), "'الأسبوع الماضي' week 2022-03-22..2022-03-28 RP");
	assert_string_equal(found("الشهر الماضي", a), "'الشهر الماضي' month 2022-02 R");
	assert_string_equal(found("العام الماضي", a), "'العام الماضي' year 2021 RC");
	assert_string_equal(found("قبل يومين", a), "'قبل يومين' day 2022-03-27 R");
	assert_string_equal(found("قبل 3 أيام", a), "'قبل 3 أيام' day 2022-03-26 R");
	assert_string_equal(found("قصف قبل قليل", a), "'قبل قليل' day 2022-03-29 R");
	/* day and month without a year, with either spelling of the months */
	assert_string_equal(found("20 تشرين الأول", a), "'20 تشرين الأول' day 2021-10-20 RC");
	assert_string_equal(found("14 تموز/ يوليو", "2023-07-20"), "'14 تموز/ يوليو' day 2023-07-14 R");
	assert_string_equal(found("23 من آذار 2022", NULL), "'23 من آذار 2022' day 2022-03-23");
	assert_string_equal(found("٥ يوليو ٢٠٢٣", NULL), "'٥ يوليو ٢٠٢٣' day 2023-07-05");
	assert_string_equal(found("الأربعاء, ٥ يوليو ٢٠٢٣, ١٧:٠٨", NULL), "'الأربعاء, ٥ يوليو ٢٠٢٣' day 2023-07-05");
	assert_string_equal(found("اليوم الأحد 1 كانون الأول 2024", NULL), "'اليوم الأحد 1 كانون الأول 2024' day 2024-12-01");
	assert_string_equal(found("في 5 مايو/أيار 2020،", NULL), "'5 مايو/أيار 2020' day 2020-05-05");
	/* a round-up's title puts the month between slashes; a caption gives the
	 * month twice with a two-word second name; a page template puts it first */
	assert_string_equal(found("نشرة ليوم الأحد 12 / كانون الثاني / 2025", NULL),
			    "'ليوم الأحد 12 / كانون الثاني / 2025' day 2025-01-12");
	assert_string_equal(found("ملخص 07/ آب/ 2022", NULL), "'07/ آب/ 2022' day 2022-08-07");
	assert_string_equal(found("صورة لسوق البلدة - 9 نوفمبر/ تشرين الثاني 2020 (ناشطون)", NULL),
			    "'9 نوفمبر/ تشرين الثاني 2020' day 2020-11-09");
	assert_string_equal(found("الخميس, مارس 7, 2024\nأخبار", NULL), "'الخميس, مارس 7, 2024' day 2024-03-07");
	assert_string_equal(found("أصيب 3/ 4 منهم", NULL), "");
	assert_string_equal(found("في شهر آب", a), "'شهر آب' month 2021-08 RC");
	assert_string_equal(found("آذار 2017", NULL), "'آذار 2017' month 2017-03");
	/* years and periods */
	assert_string_equal(found("في بداية النزاع عام 2011", NULL), "'عام 2011' year 2011");
	assert_string_equal(found("منذ عام 2011", a), "'منذ عام 2011' year 2011..2022-03-29 PO");
	assert_string_equal(found("وبين 2017 و2020، نزح", NULL), "'بين 2017 و2020' year 2017..2020 P");
	assert_string_equal(found("بين عامي 2014 و 2017", NULL), "'بين عامي 2014 و 2017' year 2014..2017 P");
	/* not dates: the next day, that day, next Friday */
	assert_string_equal(found("في اليوم التالي", a), "");
	assert_string_equal(found("ذلك اليوم", a), "");
	assert_string_equal(found("الجمعة المقبلة", a), "");
}

static void test_not_dates(void **state)
{
	(void)state;
	const char *a = "2017-06-20";
	assert_string_equal(found("at 9:56 PM", a), "");
	assert_string_equal(found("killed 2014 people", a), "");
	assert_string_equal(found("the 2010s and 1,2014", a), "");
	assert_string_equal(found("31 February 2017", a), "");
	assert_string_equal(found("February 31, 2017", a), "");
	assert_string_equal(found("31 February", a), "");
	assert_string_equal(found("99/99/9999", a), "");
	assert_string_equal(found("2017-02-30", a), "");
	assert_string_equal(found("1.2.3.2017", a), "");
	assert_string_equal(found("4/5/17", a), "");
	assert_string_equal(found("they may be dead; officials may have", a), "");
	assert_string_equal(found("about 20 may have died", a), "");
	assert_string_equal(found("in may", a), "");
	assert_string_equal(found("may 2017", a), "'may 2017' month 2017-05");
	assert_string_equal(found("June 1,200 people", a), "");
	assert_string_equal(found("in 12345678901234567890123456789012345678901234567890"
				  "12345678901234567890123456789012345678901234567890", a), "");
	assert_string_equal(found("in 3000", a), "");
	assert_string_equal(found("Mayday Sundays Marches", a), "");
}

static void test_anchor_and_context(void **state)
{
	(void)state;
	struct when w[2];
	const char *s = "yesterday";
	struct date a = day("2025-06-11");
	a.precision = DATE_MONTH;             /* too coarse: no anchor */
	assert_int_equal(when_find(s, strlen(s), &a, w, 2), 1);
	assert_int_equal(w[0].precision, WHEN_NONE);
	a = day("2025-06-11");
	a.precision = DATE_TIME;
	a.hour = 23;
	assert_int_equal(when_find(s, strlen(s), &a, w, 2), 1);
	assert_int_equal(w[0].precision, WHEN_DAY);
	assert_int_equal(w[0].date.day, 10);
	assert_int_equal(w[0].date.precision, DATE_DAY);
	a = day("2025-02-30");                /* not a day: no anchor */
	assert_int_equal(when_find(s, strlen(s), &a, w, 2), 1);
	assert_int_equal(w[0].precision, WHEN_NONE);
	assert_int_equal(w[0].flags, WHEN_RELATIVE);

	/* background: over before the month before the anchor's */
	assert_string_equal(found("in March 2017", "2017-04-30"), "'March 2017' month 2017-03");
	assert_string_equal(found("in February 2017", "2017-04-30"), "'February 2017' month 2017-02 C");
	assert_string_equal(found("in 2016", "2017-01-15"), "'2016' year 2016");
	assert_string_equal(found("in 2015", "2017-01-15"), "'2015' year 2015 C");

	/* the month of a date is its first day, so date_days can compare it */
	s = "in March 2017";
	assert_int_equal(when_find(s, strlen(s), NULL, w, 2), 1);
	assert_int_equal(w[0].date.year, 2017);
	assert_int_equal(w[0].date.month, 3);
	assert_int_equal(w[0].date.day, 1);
	assert_int_equal(w[0].date.precision, DATE_MONTH);
	assert_int_equal(w[0].date_end.precision, DATE_NONE);
	assert_int_equal(w[0].start, 3);
	assert_int_equal(w[0].end, 13);
	s = "from August 2014 to March 2017";
	assert_int_equal(when_find(s, strlen(s), NULL, w, 2), 1);
	assert_int_equal(w[0].date_end.day, 31);
	assert_int_equal(w[0].date_end.precision, DATE_MONTH);
	assert_int_equal(w[0].start, 0);
	assert_int_equal(w[0].end, strlen(s));
}

static void test_order_and_count(void **state)
{
	(void)state;
	const char *s = "On Sunday, 3 killed; on Monday 2; yesterday 1; on 5 May 2017 none.";
	struct when w[2];
	struct date a = day("2017-05-10");
	assert_int_equal(when_find(s, strlen(s), &a, w, 2), 4);
	assert_int_equal(w[0].start, 3);
	assert_int_equal(w[0].end, 9);
	assert_int_equal(w[1].start, 24);
	assert_int_equal(w[1].end, 30);
	assert_int_equal(when_find(s, strlen(s), &a, NULL, 0), 4);
	assert_int_equal(when_find(NULL, 0, &a, w, 2), 0);
	assert_int_equal(when_find(s, 0, &a, w, 2), 0);
}

static void test_hostile(void **state)
{
	(void)state;
	struct when w[8];
	struct date a = day("2024-06-01");
	/* invalid UTF-8 around and inside dates */
	const char bad[] = "\xff\xfe on \xd9 June 10, 2025 \xc3\x28 \xe2\x82 \xd8\xa7\xd9";
	assert_int_equal(when_find(bad, sizeof bad - 1, &a, w, 8), 1);
	assert_int_equal(w[0].date.year, 2025);
	/* a text cut inside a multi-byte character, at every length */
	const char *ar = "اليوم الأحد ٢٠ تشرين الأول ٢٠٢٤";
	size_t n = strlen(ar);
	for (size_t cut = 0; cut <= n; cut++) {
		char *copy = malloc(cut ? cut : 1);
		memcpy(copy, ar, cut);
		size_t c = when_find(copy, cut, &a, w, 8);
		for (size_t i = 0; i < c && i < 8; i++)
			assert_true(w[i].end <= cut);
		struct date d;
		when_text_date(copy, cut, &d);
		free(copy);
	}
	assert_int_equal(when_find(ar, n, &a, w, 8), 1);
	assert_int_equal(w[0].date.day, 20);
	/* a 1 MB line of each kind of byte, then random bytes */
	size_t big = 1 << 20;
	char *p = malloc(big);
	const char *fill[] = { "a", "7", "\xd9\xa3", "\xd8\xa8", "last ", "Sunday, ", "\x80", "from 2014 " };
	for (size_t f = 0; f < sizeof fill / sizeof fill[0]; f++) {
		size_t fl = strlen(fill[f]);
		for (size_t i = 0; i < big; i++)
			p[i] = fill[f][i % fl];
		size_t c = when_find(p, big, &a, w, 8);
		assert_true(c < big);
		struct date d;
		assert_int_equal(when_text_date(p, big, &d), 0);
	}
	srand(7);
	for (int round = 0; round < 200; round++) {
		size_t len = (size_t)(rand() % 300);
		for (size_t i = 0; i < len; i++)
			p[i] = (char)(rand() % 4 ? " 0123456789/.-,:JunMaySdyالیومأمس"[rand() % 40] : rand());
		char *copy = malloc(len ? len : 1);
		memcpy(copy, p, len);
		size_t c = when_find(copy, len, rand() % 2 ? &a : NULL, w, 8);
		for (size_t i = 0; i < c && i < 8; i++) {
			assert_true(w[i].start < w[i].end && w[i].end <= len);
			if (w[i].precision != WHEN_NONE)
				assert_true(date_valid(w[i].date.year, w[i].date.month, w[i].date.day));
		}
		struct date d;
		if (when_text_date(copy, len, &d))
			assert_true(d.precision == DATE_DAY && date_valid(d.year, d.month, d.day));
		free(copy);
	}
	free(p);
}

static const char *text_date(const char *s)
{
	static char out[32];
	size_t n = strlen(s);
	char *copy = malloc(n ? n : 1);
	memcpy(copy, s, n);
	struct date d;
	memset(&d, 0x5a, sizeof d);
	int rc = when_text_date(copy, n, &d);
	free(copy);
	if (!rc) {
		assert_int_equal(d.precision, DATE_NONE);
		assert_int_equal(d.year, 0);
		return "";
	}
	assert_int_equal(rc, 1);
	assert_int_equal(d.precision, DATE_DAY);
	date_format_iso(&d, out, sizeof out);
	return out;
}

static void test_text_date(void **state)
{
	(void)state;
	/* post stamps: after the dot, the year run into the view count */
	assert_string_equal(text_date("A strike hit the town.\n#Syria9:56 PM \xC2\xB7 Jun 10, 20258.6KViews123"),
			    "2025-06-10");
	assert_string_equal(text_date("Report text 7:56 AM \xC2\xB7 Nov 30, 2024 \xC2\xB7 Web App"), "2024-11-30");
	/* before the dot, the page's name run into the month */
	assert_string_equal(text_date("Some Page's Post\n\nSome PageNovember 23, 2025 \xC2\xB7 Shared with Public text"),
			    "2025-11-23");
	assert_string_equal(text_date("صفحة الأخبارSeptember 28, 2025 \xC2\xB7 Shared with Public"), "2025-09-28");
	assert_string_equal(text_date("قصف في 1 أيار 2024. صفحة الأخبار ٢٨ سبتمبر ٢٠٢٥ \xC2\xB7 عام"), "2025-09-28");
	/* a stamp wins over a date earlier in the text */
	assert_string_equal(text_date("On 1 May 2024 a strike... 8:10 PM \xC2\xB7 Nov 23, 2024"), "2024-11-23");
	/* labels */
	assert_string_equal(text_date("Date: 20 October 2022\nTwo killed"), "2022-10-20");
	assert_string_equal(text_date("Posted on 2019-05-04 by admin"), "2019-05-04");
	assert_string_equal(text_date("Published: 5 April 2017"), "2017-04-05");
	assert_string_equal(text_date("Published\n\nWed, 05 Apr 2017 10:00 GMT"), "2017-04-05");
	assert_string_equal(text_date("تاريخ النشر: 5 نيسان 2017"), "2017-04-05");
	assert_string_equal(text_date("نشر في 2017-04-05"), "2017-04-05");
	/* a label with no date after it: the first full date of the head... */
	assert_string_equal(text_date("Date:\n\nTwo injured on Oct 20\n\nMan killed, October 3, 2024"), "2024-10-03");
	/* ...but not one of the other reports a page lists after its own */
	assert_string_equal(text_date("Date:\n\nTwo injured on Oct 20\n\nRelated News\n\nMan killed, October 3, 2024"),
			    "");
	assert_string_equal(text_date("قصف على البلدة\n\nاقرأ أيضاً\n\nقصف في 3 أيار 2024"), "");
	/* a heading: a short line of its own, not a sentence that begins so */
	assert_string_equal(text_date("Related to the strike of 3 May 2024, the report says"), "2024-05-03");
	assert_string_equal(text_date("A report. Related News 3 May 2024"), "2024-05-03");
	/* datelines */
	assert_string_equal(text_date("3 October\xD8\x8C 2023\n\nDamascus, SANA- ..."), "2023-10-03");
	assert_string_equal(text_date("AMMAN, 22 July 2022 \xE2\x80\x93 At least five"), "2022-07-22");
	assert_string_equal(text_date("الجمعة, ٢٨ يوليو ٢٠٢٣, ٢٠:٥١\n\nيستهدف"), "2023-07-28");
	/* what a page shows as its own date: a stamp, a label, a line of its own
	 * under the title (weekday and hour may go with it); not any date */
	struct date sd;
	const char *sh = "عنوان الخبر\n\nنص أول عن القصف في 3 أيار 2024.\n\nالأحد, ١٢ يناير ٢٠٢٥, ٠٩:٣٥\n\nنص";
	assert_int_equal(when_shown_date(sh, strlen(sh), &sd), 1);
	assert_int_equal(sd.year, 2025);
	assert_int_equal(sd.day, 12);
	sh = "Town PageMarch 4, 2025 \xC2\xB7 Shared with Public";
	assert_int_equal(when_shown_date(sh, strlen(sh), &sd), 1);
	assert_int_equal(sd.month, 3);
	sh = "A strike on 3 May 2024 killed two.\nMore text on 4 May 2024 here.";
	assert_int_equal(when_shown_date(sh, strlen(sh), &sd), 0);
	/* the latest post a page embeds: a tweet's signature, "Posted by ... on" */
	sh = "نص الخبر اليوم الأحد.\n\u2014 Town Rescue (@town_rescue) March 2, 2025\n\nنص\n"
	     "\u2014 Town Rescue (@town_rescue) March 1, 2025\n";
	assert_int_equal(when_embed_date(sh, strlen(sh), &sd), 1);
	assert_int_equal(sd.day, 2);
	sh = "Text.\nPosted by Town Page on Friday, October 4, 2024\nMore text.";
	assert_int_equal(when_embed_date(sh, strlen(sh), &sd), 1);
	assert_int_equal(sd.month, 10);
	assert_int_equal(sd.day, 4);
	sh = "Talks (@ the town hall) on 3 May 2024; posted by him on Monday.";
	assert_int_equal(when_embed_date(sh, strlen(sh), &sd), 0);
	/* "yesterday, Tuesday" says the text was written on a Wednesday */
	sh = "أصيب مدني صباح يوم أمس الثلاثاء في البلدة";
	assert_int_equal(when_written_weekday(sh, strlen(sh)), 3);
	sh = "وأمس السبت قصفت القوات البلدة";
	assert_int_equal(when_written_weekday(sh, strlen(sh)), 0);
	sh = "قصف أمس على البلدة يوم الثلاثاء";
	assert_int_equal(when_written_weekday(sh, strlen(sh)), -1);
	/* "today, Monday" says it was written on a Monday; "that day" does not */
	sh = "قتل مدنيان فجر اليوم الإثنين في البلدة";
	assert_int_equal(when_written_weekday(sh, strlen(sh)), 1);
	sh = "وفي ذلك اليوم الإثنين قصفت القوات البلدة";
	assert_int_equal(when_written_weekday(sh, strlen(sh)), -1);
	/* the tail when the head has none */
	char *long_text = malloc(2000);
	memset(long_text, 'x', 1999);
	long_text[1999] = '\0';
	memcpy(long_text, "Head without date ", 18);
	memcpy(long_text + 1980, " 12 May 2021 end.", 17);
	assert_string_equal(text_date(long_text), "2021-05-12");
	memcpy(long_text + 1000, " 1 May 2020 ", 12);    /* the middle is not read */
	memcpy(long_text + 1980, " nothing here  ...", 17);
	assert_string_equal(text_date(long_text), "");
	free(long_text);
	/* no year, no date */
	assert_string_equal(text_date("WASHINGTON, Jan 22 (Reuters) - on Sunday"), "");
	assert_string_equal(text_date("Page Name March 1 \xC2\xB7 Shared with Public"), "");
	assert_string_equal(text_date("Sep 9, 4:31 AM"), "");
	assert_string_equal(text_date("in 2014 and last year"), "");
	assert_string_equal(text_date(""), "");
	struct date d;
	assert_int_equal(when_text_date(NULL, 0, &d), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_absolute),
		cmocka_unit_test(test_no_year),
		cmocka_unit_test(test_relative_days),
		cmocka_unit_test(test_weeks_months_years),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_arabic),
		cmocka_unit_test(test_not_dates),
		cmocka_unit_test(test_anchor_and_context),
		cmocka_unit_test(test_order_and_count),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_text_date),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
