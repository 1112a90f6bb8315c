/* when_arabic.c - items that begin with an Arabic word: month names of one
 * or two words (and the month given twice, "تموز/ يوليو"), weekdays, اليوم
 * and أمس, parts of the day, الأسبوع/الشهر/العام الماضي, "قبل يومين". */
#include "extract/when_impl.h"

#include <string.h>

/* "تموز/ يوليو", "أيار (مايو)": UN and wire Arabic give the month twice. */
static size_t skip_second_month(struct when_scan *sc, size_t i)
{
	size_t k = when_skip_sp(sc, i), e;
	int paren = when_at(sc, k) == '(', a;
	if (!paren && when_at(sc, k) != '/')
		return i;
	k = when_skip_sp(sc, k + 1);
	struct when_tok t;
	when_tok_at(sc, k, &t);
	if (t.kind != T_AR && t.kind != T_LAT)
		return i;
	int m = 0;
	e = t.end;
	if (t.kind == T_LAT) {
		m = when_lat_month(&t, &a);
	} else {
		int id = when_ar_lookup(&t, 0, &a);
		m = id == A_MON;
		if (id == A_KANUN || id == A_TISHRIN) {   /* "أكتوبر/ تشرين الأول" */
			struct when_tok n;
			when_next_tok(sc, t.end, &n);
			id = when_ar_id(&n, &a);
			m = id == A_THANI || id == A_AWWAL;
			e = n.end;
			a = 0;
		}
	}
	if (!m)
		return i;
	if (t.kind == T_LAT && a && when_at(sc, e) == '.')
		e++;
	if (paren) {
		e = when_skip_sp(sc, e);
		if (when_at(sc, e) != ')')
			return i;
		e++;
	}
	return e;
}

int when_ar_month(struct when_scan *sc, const struct when_tok *t, size_t *end)
{
	int v, id = when_ar_lookup(t, 0, &v);
	struct when_tok n;
	if (id == A_MON) {
		*end = skip_second_month(sc, t->end);
		return v;
	}
	if (id != A_KANUN && id != A_TISHRIN)
		return 0;
	when_next_tok(sc, t->end, &n);
	int id2 = when_ar_id(&n, &v);
	if (id2 != A_THANI && id2 != A_AWWAL)
		return 0;
	*end = skip_second_month(sc, n.end);
	if (id == A_KANUN)
		return id2 == A_THANI ? 1 : 12;
	return id2 == A_THANI ? 11 : 10;
}

/* "قبل يومين", "قبل 3 أيام", "قبل أسبوع": some time before the anchor;
 * "قبل قليل", "قبل ساعات": the anchor day. */
static int parse_ar_before(struct when_scan *sc, const struct when_tok *t, struct when_item *it)
{
	struct when_tok n, u;
	int v, k = 0;
	when_next_tok(sc, t->end, &n);
	/* "قبل قليل" (a little while ago), "قبل ساعات": the anchor day */
	static const char *const moments[] = { "\xd9\x82\xd9\x84\xd9\x8a\xd9\x84",                 /* قليل */
					       "\xd8\xb3\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa",     /* ساعات */
					       "\xd8\xb3\xd8\xa7\xd8\xb9\xd9\x87",                 /* ساعه */
					       "\xd8\xb3\xd8\xa7\xd8\xb9\xd8\xaa\xd9\x8a\xd9\x86", /* ساعتين */
					       NULL };
	for (int i = 0; n.kind == T_AR && moments[i]; i++)
		if ((size_t)n.len == strlen(moments[i]) && !memcmp(n.w, moments[i], (size_t)n.len))
			return when_mk_off(it, K_DAYS, t->start, n.end, 0);
	int id = when_ar_id(&n, &v);
	size_t end = n.end;
	if (id == A_MONTH_CUE || id == A_YEAR_CUE) {
		id = id == A_MONTH_CUE ? A_UNIT_MONTH : A_UNIT_YEAR;
		v = 1;
	}
	if (id >= A_UNIT_DAY && id <= A_UNIT_YEAR && v) {
		k = v;
	} else {
		if (n.kind == T_NUM && n.nd <= 3 && n.val > 0)
			k = n.val;
		else if (id == A_NUMBER)
			k = v;
		if (!k)
			return 0;
		when_next_tok(sc, n.end, &u);
		id = when_ar_id(&u, &v);
		if (id == A_DAY)
			id = A_UNIT_DAY;
		if (id < A_UNIT_DAY || id > A_UNIT_YEAR || v)
			return 0;
		end = u.end;
	}
	switch (id) {
	case A_UNIT_DAY:
		return when_mk_off(it, K_DAYS, t->start, end, -k);
	case A_UNIT_WEEK:
		return when_mk_span(it, t->start, end, -7 * k - 3, -7 * k + 3);
	case A_UNIT_MONTH:
		return when_mk_off(it, K_MONTHS, t->start, end, -k);
	default:
		return when_mk_off(it, K_YEARS, t->start, end, -k);
	}
}

/* A month name at t: "آذار 2017", "آب الماضي", "في آذار". */
static int parse_ar_month(struct when_scan *sc, const struct when_tok *t, int cued, struct when_item *it)
{
	size_t e, ye;
	int y, v;
	int m = when_ar_month(sc, t, &e);
	if (!m)
		return 0;
	if (when_year_at(sc, when_after_comma(sc, e), &y, &ye))
		return when_mk_date(it, t->start, ye, y, m, 0);
	/* "سبتمبر 2, 2023": the month first, as an English page's template writes it */
	int d;
	size_t de, k = when_skip_sp(sc, e);
	if (when_day_at(sc, k, &d, &de) && when_comma_len(sc, when_skip_sp(sc, de)) &&
	    when_year_at(sc, when_after_comma(sc, de), &y, &ye))
		return when_mk_date(it, t->start, ye, y, m, d);
	struct when_tok n;
	when_next_tok(sc, e, &n);
	if (when_ar_id(&n, &v) == A_PAST) {
		when_mk_date(it, t->start, n.end, 0, m, 0);
		it->strict = 1;
		return 1;
	}
	if (!cued && !when_prev_cue(sc, t->start))
		return 0;
	return when_mk_date(it, t->start, e, 0, m, 0);
}

static int parse_arabic_word(struct when_scan *sc, const struct when_tok *t, int id, int v, int cued,
			 struct when_item *it);

/* "ليلة الإثنين- الثلاثاء", "فجر الإثنين على الثلاثاء": the night that runs
 * from one day into the next is dated the later, as "ليلة الثلاثاء" is. */
static void night_through(struct when_scan *sc, struct when_item *it)
{
	size_t j = when_skip_sp(sc, it->end), d = when_dash_len(sc, j);
	struct when_tok n;
	int v;
	if (d) {
		j = when_skip_sp(sc, j + d);
	} else {
		size_t conj = 0;
		when_next_tok(sc, j, &n);
		if (when_ar_lookup_conj(&n, 0, &v, &conj) == A_WD && conj) {   /* "والسبت" */
			if (v == (it->wd + 1) % 7) {
				it->wd = v;
				it->end = n.end;
			}
			return;
		}
		int id = when_ar_id(&n, &v);
		if (id != A_TO && id != A_AND &&
		    !(n.kind == T_AR && n.len == 6 && !memcmp(n.w, "\xd8\xb9\xd9\x84\xd9\x8a", 6)))  /* على */
			return;
		j = when_skip_sp(sc, n.end);
	}
	when_tok_at(sc, j, &n);
	if (n.kind != T_AR || when_ar_id(&n, &v) != A_WD || v != (it->wd + 1) % 7)
		return;
	it->wd = v;
	it->end = n.end;
}

int when_parse_arabic(struct when_scan *sc, const struct when_tok *t, int cued, struct when_item *it)
{
	int v;
	size_t conj = 0;
	int id = when_ar_lookup_conj(t, 0, &v, &conj);
	if (!id || !parse_arabic_word(sc, t, id, v, cued, it))
		return 0;
	if (it->start == t->start && it->kind != K_SKIP)
		it->start += conj;
	return 1;
}

static int parse_arabic_word(struct when_scan *sc, const struct when_tok *t, int id, int v, int cued,
			 struct when_item *it)
{
	struct when_tok n, n2, p;
	int v1, y;
	size_t ye;
	when_next_tok(sc, t->end, &n);
	int id1 = when_ar_id(&n, &v1);
	switch (id) {
	case A_TODAY:
		/* "اليوم التالي" (the next day), "ذلك اليوم" (that day) */
		if (n.kind == T_AR && n.len >= 4 && !memcmp(n.w, "\xD8\xA7\xD9\x84", 4) && id1 != A_WD)
			return 0;
		if (when_prev_tok(sc, t->start, &p) && p.kind == T_AR) {
			int pid = when_ar_id(&p, &v);
			if (pid == A_THAT || pid == A_THIS)
				return 0;
		}
		return when_mk_off(it, K_DAYS, t->start, t->end, 0);
	case A_YESTERDAY:
		return when_mk_off(it, K_DAYS, t->start, t->end, -1);
	case A_AWWAL:
		if (id1 == A_YESTERDAY)
			return when_mk_off(it, K_DAYS, t->start, n.end, -2);
		if (id1 == A_FROM) {
			when_next_tok(sc, n.end, &n2);
			if (when_ar_id(&n2, &v) == A_YESTERDAY)
				return when_mk_off(it, K_DAYS, t->start, n2.end, -2);
		}
		return 0;
	case A_DAY: case A_TOD:
		if (id1 == A_YESTERDAY)
			return when_mk_off(it, K_DAYS, t->start, n.end, -1);
		if (id1 == A_TODAY && id == A_TOD)
			return when_mk_off(it, K_DAYS, t->start, n.end, 0);
		if (n.kind == T_NONE || !when_parse_core(sc, n.start, 0, it))
			return 0;
		if (it->kind != K_WEEKDAY && !(it->kind == K_DATE && it->d))
			return 0;
		it->start = t->start;
		if (id == A_TOD && it->kind == K_WEEKDAY)
			night_through(sc, it);
		return 1;
	case A_THE_NIGHT:
		if (id1 == A_PAST)
			return when_mk_off(it, K_DAYS, t->start, n.end, -1);
		return 0;
	case A_WD:
		if (id1 == A_NEXT)
			return when_mk(it, K_SKIP, t->start, n.end);
		when_mk(it, K_WEEKDAY, t->start, id1 == A_PAST ? n.end : t->end);
		it->wd = v;
		it->strict = id1 == A_PAST;
		return 1;
	case A_THIS:
		if (id1 == A_WEEK)
			return when_mk_span(it, t->start, n.end, -6, 0);
		if (id1 == A_THE_MONTH)
			return when_mk_off(it, K_MONTHS, t->start, n.end, 0);
		if (id1 == A_THE_YEAR)
			return when_mk_off(it, K_YEARS, t->start, n.end, 0);
		return 0;
	case A_WEEK:
		if (id1 == A_PAST)
			return when_mk_span(it, t->start, n.end, -7, -1);
		if (id1 == A_CURRENT)
			return when_mk_span(it, t->start, n.end, -6, 0);
		return 0;
	case A_THE_MONTH: case A_THE_YEAR:
		if (id1 == A_PAST || id1 == A_CURRENT)
			return when_mk_off(it, id == A_THE_MONTH ? K_MONTHS : K_YEARS, t->start, n.end,
				      id1 == A_PAST ? -1 : 0);
		if (id == A_THE_YEAR && when_year_at(sc, t->end, &y, &ye))
			return when_mk_date(it, t->start, ye, y, 0, 0);
		return 0;
	case A_YEAR_CUE:
		if (when_year_at(sc, t->end, &y, &ye))
			return when_mk_date(it, t->start, ye, y, 0, 0);
		return 0;
	case A_MONTH_CUE:
		if (n.kind != T_AR || !parse_ar_month(sc, &n, 1, it) || it->d)
			return 0;
		it->start = t->start;
		return 1;
	case A_MON: case A_KANUN: case A_TISHRIN:
		return parse_ar_month(sc, t, cued, it);
	case A_EDGE:
		if (n.kind == T_NONE || !when_parse_core(sc, n.start, 1, it))
			return 0;
		if (!(it->kind == K_DATE && !it->d) && it->kind != K_MONTHS && it->kind != K_YEARS)
			return 0;
		it->start = t->start;
		return 1;
	case A_BEFORE:
		return parse_ar_before(sc, t, it);
	default:
		return 0;
	}
}
