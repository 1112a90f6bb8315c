/* when.c - the dates a report's sentences give, resolved against the day it
 * was published (see when.h): the scan that tries an expression at each word
 * start where one can begin, and the date a text shows for itself.
 * when_impl.h says how the other when_*.c files divide the work. */
#include "extract/when.h"

#include <stdint.h>
#include <string.h>

#include "base/utf8.h"
#include "extract/when_impl.h"

/* ---- the scan ---- */

struct sink {
	struct when *out;
	size_t max, count;
	struct date *day;     /* when_text_date: the first full date, then stop */
	int done;
};

static void emit(struct when_scan *sc, struct sink *k, const struct when_found *f)
{
	struct when w;
	when_from_found(sc, f, &w);
	if (k->day) {
		if (w.precision == WHEN_DAY && !(w.flags & (WHEN_RELATIVE | WHEN_PERIOD))) {
			*k->day = w.date;
			k->done = 1;
		}
		return;
	}
	if (k->count < k->max)
		k->out[k->count] = w;
	k->count++;
}

enum { C_OTHER, C_LAT, C_NUM, C_AR };

static int class_before(struct when_scan *sc, size_t i)
{
	size_t l;
	if (i == 0)
		return C_OTHER;
	unsigned c = sc->s[i - 1];
	if (when_is_lat(c))
		return C_LAT;
	if (c >= '0' && c <= '9')
		return C_NUM;
	if (i >= 2 && when_dig(sc, i - 2, &l) >= 0 && l == 2)
		return C_NUM;
	if (i >= 2 && when_ar_at(sc, i - 2))
		return C_AR;
	return C_OTHER;
}

/* Letters an English date word begins with: a b c d e f j l m n o s t w y. */
#define LAT_FIRST 0x14C7A3Fu

static int lat_first(unsigned c)
{
	unsigned k = (c | 0x20) - 'a';
	return k < 26 && (LAT_FIRST >> k & 1);
}

/* Try an expression at i; 1 when one was read (*resume: where to go on). */
static int try_at(struct when_scan *sc, size_t i, size_t *last_end, struct sink *k, size_t *resume)
{
	struct when_found f;
	if (!when_parse_expr(sc, i, &f) || f.end <= i)
		return 0;
	if (!f.skip && f.start >= *last_end)
		emit(sc, k, &f);
	*last_end = *resume = f.end;
	return 1;
}

/* Find expressions that start in [from, to) (they may run on to n). */
static void scan_text(struct when_scan *sc, size_t from, size_t to, struct sink *k)
{
	size_t i = from, last_end = from, l, e;
	int prev = class_before(sc, i);
	while (i < to && !k->done) {
		unsigned c = sc->s[i];
		if (when_is_lat(c)) {
			for (e = i + 1; e < sc->n && when_is_lat(sc->s[e]); e++)
				;
			if (prev != C_LAT && prev != C_NUM && e - i >= 2 && e - i <= 9 && lat_first(c) &&
			    try_at(sc, i, &last_end, k, &i)) {
				prev = class_before(sc, i);
				continue;
			}
			/* a post's name runs into its date: "QalaatAlMudiqJun 13, 2025" */
			if (sc->stamp) {
				int found = 0;
				for (size_t q = i + 1; q < e && q < to && !found; q++)
					found = sc->s[q] >= 'A' && sc->s[q] <= 'Z' && sc->s[q - 1] >= 'a' &&
						sc->s[q - 1] <= 'z' && strchr("JFMASOND", sc->s[q]) &&
						try_at(sc, q, &last_end, k, &i);
				if (found) {
					prev = class_before(sc, i);
					continue;
				}
			}
			i = e;
			prev = C_LAT;
			continue;
		}
		if (when_dig(sc, i, &l) >= 0) {
			for (e = i; when_dig(sc, e, &l) >= 0; e += l)
				;
			/* not the tail of "1,200", "10:20", "3/2014" */
			unsigned p = i ? sc->s[i - 1] : 0;
			int inner = (p == ',' || p == '.' || p == ':' || p == '/' || p == '-') &&
				    class_before(sc, i - 1) == C_NUM;
			if (prev != C_NUM && prev != C_LAT && !inner && try_at(sc, i, &last_end, k, &i)) {
				prev = class_before(sc, i);
				continue;
			}
			i = e;
			prev = C_NUM;
			continue;
		}
		if (when_ar_at(sc, i)) {
			struct when_tok t;
			int v;
			when_tok_at(sc, i, &t);
			e = t.end;
			if (prev != C_AR && when_ar_lookup(&t, 0, &v) && try_at(sc, i, &last_end, k, &i)) {
				prev = class_before(sc, i);
				continue;
			}
			i = e;
			prev = C_AR;
			continue;
		}
		uint32_t u;
		i += (size_t)utf8_decode((const char *)sc->s + i, sc->n - i, &u);
		prev = C_OTHER;
	}
}

static void scan_init(struct when_scan *sc, const char *s, size_t n, const struct date *anchor)
{
	memset(sc, 0, sizeof *sc);
	sc->s = (const unsigned char *)s;
	sc->n = s ? n : 0;
	if (anchor && anchor->precision >= DATE_DAY &&
	    date_valid(anchor->year, anchor->month, anchor->day)) {
		sc->has_anchor = 1;
		sc->anchor = date_days(anchor->year, anchor->month, anchor->day);
	}
}

size_t when_find(const char *s, size_t n, const struct date *anchor, struct when *out, size_t max)
{
	struct when_scan sc;
	struct sink k = { out, out ? max : 0, 0, NULL, 0 };
	scan_init(&sc, s, n, anchor);
	scan_text(&sc, 0, sc.n, &k);
	return k.count;
}

/* ---- the date a text shows for itself ---- */

/* A full date (day, month and year) that starts at i. */
static int full_date_at(struct when_scan *sc, size_t i, struct when_item *it)
{
	return when_parse_chain(sc, i, 1, it) && it->kind == K_DATE && it->y && it->d;
}

static void set_day(struct date *out, const struct when_item *it)
{
	memset(out, 0, sizeof *out);
	out->year = it->y;
	out->month = it->m;
	out->day = it->d;
	out->precision = DATE_DAY;
}

/* A post's stamp around the "·" at p: "9:56 PM · Jun 10, 2025",
 * "November 23, 2025 · Shared with Public". */
static int stamp_at(struct when_scan *sc, size_t p, struct date *out)
{
	struct when_item it;
	if (full_date_at(sc, when_skip_sp(sc, p + 2), &it)) {
		set_day(out, &it);
		return 1;
	}
	size_t q = p;
	while (q > 0 && sc->s[q - 1] == ' ')
		q--;
	/* the date ends at the dot: try each token start (or a capital after
	 * a small letter, "PageNameNovember") of the 48 bytes before it */
	for (size_t k = q > 48 ? q - 48 : 0, l; k < q; k++) {
		int cls = class_before(sc, k);
		unsigned c = sc->s[k];
		int start = (when_is_lat(c) && (cls != C_LAT || (c >= 'A' && c <= 'Z' &&
								  sc->s[k - 1] >= 'a' && sc->s[k - 1] <= 'z'))) ||
			    (when_dig(sc, k, &l) >= 0 && cls != C_NUM && cls != C_LAT) ||
			    (when_ar_at(sc, k) && cls != C_AR);
		if (start && full_date_at(sc, k, &it) && when_skip_sp(sc, it.end) == p) {
			set_day(out, &it);
			return 1;
		}
	}
	return 0;
}

/* "Date: 20 October 2022", "Published on 5 April 2017", "Posted: 2019-05-04",
 * "تاريخ النشر: ...", "نشر في ...": the date right after the label. */
static int label_at(struct when_scan *sc, const struct when_tok *t, struct date *out)
{
	struct when_tok n;
	struct when_item it;
	int v;
	size_t j = t->end;
	if (when_lat_is(t, "date") || when_ar_lookup(t, 1, &v) == A_LABEL_DATE) {
		when_next_tok(sc, j, &n);
		if (when_ar_id(&n, &v) == A_LABEL_PUB)
			j = n.end;
		j = when_skip_sp(sc, j);
		if (when_at(sc, j) != ':')
			return 0;
	} else if (!when_lat_is(t, "published") && !when_lat_is(t, "posted") &&
		   when_ar_id(t, &v) != A_LABEL_PUB) {
		return 0;
	}
	j = when_skip_sp(sc, j);
	if (when_at(sc, j) == ':')
		j++;
	/* the date may stand on the next line */
	for (int lines = 0;
	     (when_at(sc, j) == '\n' || when_at(sc, j) == '\r' || when_sp_len(sc, j)) && lines < 8; lines++)
		j = when_skip_sp(sc, j + (when_sp_len(sc, j) ? 0 : 1));
	when_next_tok(sc, j, &n);
	if (when_lat_is(&n, "on") || when_is_word(&n, NULL, A_IN))
		j = when_skip_sp(sc, n.end);
	else if (n.kind == T_AR && when_ar_lookup(&n, 1, &v) == A_LABEL_DATE && !memcmp(n.w, "\xD8\xA8", 2))
		j = when_skip_sp(sc, n.end);       /* "نشر بتاريخ" */
	if (!full_date_at(sc, j, &it))
		return 0;
	set_day(out, &it);
	return 1;
}

/* Where a page starts listing other reports: a short line (a heading) that
 * begins "Related News", "Read also", "اقرأ أيضاً", "مواضيع ذات صلة"...
 * Their dates are theirs, not the page's. n when there is no such line. */
static size_t others_from(const uint8_t *s, size_t n)
{
	static const char *const marks[] = {
		"Related", "RELATED", "Read also", "Read Also", "READ ALSO", "More news", "More News",
		"\xd8\xa7\xd9\x82\xd8\xb1\xd8\xa3 \xd8\xa3\xd9\x8a\xd8\xb6",   /* اقرأ أيض */
		"\xd8\xa7\xd9\x82\xd8\xb1\xd8\xa7 \xd8\xa7\xd9\x8a\xd8\xb6",   /* اقرا ايض */
		"\xd9\x85\xd9\x88\xd8\xa7\xd8\xb6\xd9\x8a\xd8\xb9 \xd8\xb0\xd8\xa7\xd8\xaa "
		"\xd8\xb5\xd9\x84\xd8\xa9",                                               /* مواضيع ذات صلة */
		"\xd8\xa3\xd8\xae\xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xb0\xd8\xa7\xd8\xaa "
		"\xd8\xb5\xd9\x84\xd8\xa9",                                               /* أخبار ذات صلة */
	};
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && s[i - 1] != '\n')
			continue;
		for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
			size_t k = strlen(marks[m]);
			if (n - i < k || memcmp(s + i, marks[m], k) != 0 ||
			    (n - i > k && (s[i + k] | 0x20) >= 'a' && (s[i + k] | 0x20) <= 'z'))
				continue;
			const uint8_t *eol = memchr(s + i, '\n', n - i);
			if ((size_t)((eol ? eol : s + n) - (s + i)) <= 48)   /* a heading, not a sentence */
				return i;
		}
	}
	return n;
}

/* A line of its own near the head that is only a full date, perhaps with
 * its weekday and the hour ("الأحد, ١٢ يناير ٢٠٢٥, ٠٩:٣٥", "Tuesday 4 June
 * 2024 10:20"): the page's dateline, under its title and lead. Among the
 * first 12 lines and 1500 bytes, before a list of other reports. */
static int date_line(struct when_scan *sc, size_t n, struct date *out)
{
	size_t lim = n < 1500 ? n : 1500, other = others_from(sc->s, n), l;
	if (other < lim)
		lim = other;
	struct when_item it;
	for (size_t i = 0, lines = 0; i < lim && lines < 12; lines++) {
		size_t j = when_skip_sp(sc, i);
		if (j < lim && sc->s[j] != '\n' && full_date_at(sc, j, &it)) {
			size_t k = it.end;
			while (k < n && sc->s[k] != '\n') {
				unsigned c = sc->s[k];
				if (c == ' ' || c == ',' || c == ':' || c == '|' || c == '-' || c == '\r')
					k++;
				else if (when_dig(sc, k, &l) >= 0)
					k += l;
				else if (when_comma_len(sc, k))
					k += when_comma_len(sc, k);
				else if (when_sp_len(sc, k))
					k += when_sp_len(sc, k);
				else
					break;
			}
			if (k >= n || sc->s[k] == '\n') {
				set_day(out, &it);
				return 1;
			}
		}
		const uint8_t *eol = memchr(sc->s + i, '\n', n - i);
		if (!eol)
			break;
		i = (size_t)(eol - sc->s) + 1;
	}
	return 0;
}

/* The stamps and labels (see when_shown_date); the first of them. */
static int shown(struct when_scan *sc, struct date *out)
{
	struct when_tok t;
	size_t n = sc->n;
	for (size_t i = 0; i < n;) {
		unsigned c = sc->s[i];
		if (c == 0xC2 && when_at(sc, i + 1) == 0xB7) {
			if (stamp_at(sc, i, out))
				return 1;
			i += 2;
			continue;
		}
		int cls = class_before(sc, i);
		if ((when_is_lat(c) && cls != C_LAT && strchr("dDpP", (int)c)) ||
		    ((c == 0xD8 || c == 0xD9) && when_ar_at(sc, i) && cls != C_AR)) {
			when_tok_at(sc, i, &t);
			if (label_at(sc, &t, out))
				return 1;
			i = t.end > i ? t.end : i + 1;
			continue;
		}
		i++;
	}
	return 0;
}

int when_shown_date(const char *s, size_t n, struct date *out)
{
	struct when_scan sc;
	memset(out, 0, sizeof *out);
	scan_init(&sc, s, n, NULL);
	sc.stamp = 1;
	if (shown(&sc, out))
		return 1;
	sc.stamp = 0;
	if (date_line(&sc, sc.n, out))
		return 1;
	memset(out, 0, sizeof *out);
	return 0;
}

/* The date of a post a page embeds: a tweet's signature "— Name (@handle)
 * June 25, 2023", a Facebook post's "Posted by Name on Friday, October 6,
 * 2023". The latest of them: the page is no older than what it quotes. */
int when_embed_date(const char *s, size_t n, struct date *out)
{
	struct when_scan sc;
	struct when_item it;
	long best = -1;
	memset(out, 0, sizeof *out);
	scan_init(&sc, s, n, NULL);
	n = sc.n;
	for (size_t i = 0; i + 1 < n; i++) {
		size_t from = 0;
		if (sc.s[i] == '(' && sc.s[i + 1] == '@') {
			const uint8_t *close = memchr(sc.s + i, ')', n - i < 40 ? n - i : 40);
			if (close)
				from = (size_t)(close - sc.s) + 1;
		} else if (sc.s[i] == 'P' && n - i > 10 && !memcmp(sc.s + i, "Posted by ", 10)) {
			size_t lim = n - i < 160 ? n : i + 160;
			for (size_t k = i + 10; k + 4 <= lim && sc.s[k] != '\n'; k++)
				if (!memcmp(sc.s + k, " on ", 4)) {
					from = k + 4;
					break;
				}
		}
		if (!from || !full_date_at(&sc, when_skip_sp(&sc, from), &it))
			continue;
		long d = date_days(it.y, it.m, it.d);
		if (d > best) {
			best = d;
			set_day(out, &it);
		}
	}
	return best >= 0;
}

int when_written_weekday(const char *s, size_t n)
{
	struct when_scan sc;
	struct when_tok t, w;
	int v;
	scan_init(&sc, s, n, NULL);
	for (size_t i = 0; i < sc.n;) {
		if (!when_ar_at(&sc, i) || class_before(&sc, i) == C_AR) {
			i++;
			continue;
		}
		when_tok_at(&sc, i, &t);
		int id = when_ar_lookup(&t, 0, &v);
		if (id == A_YESTERDAY || id == A_TODAY) {
			struct when_tok p;
			int pv;
			when_next_tok(&sc, t.end, &w);
			int that = when_prev_tok(&sc, t.start, &p) && p.kind == T_AR &&
				   ((pv = when_ar_id(&p, &v)) == A_THAT || pv == A_THIS);   /* "ذلك اليوم" */
			if (!that && w.kind == T_AR && when_ar_id(&w, &v) == A_WD)
				return id == A_TODAY ? v : (v + 1) % 7;
		}
		i = t.end > i ? t.end : i + 1;
	}
	return -1;
}

int when_text_date(const char *s, size_t n, struct date *out)
{
	struct when_scan sc;
	memset(out, 0, sizeof *out);
	scan_init(&sc, s, n, NULL);
	sc.stamp = 1;
	n = sc.n;
	if (shown(&sc, out))
		return 1;
	struct sink k = { NULL, 0, 0, out, 0 };
	size_t head = n < 300 ? n : 300;
	size_t other = others_from(sc.s, n);
	if (other < head)
		head = other;
	scan_text(&sc, 0, head, &k);
	if (!k.done && n > 300 && n - 300 < other)
		scan_text(&sc, n - 300 > head ? n - 300 : head, other, &k);
	if (!k.done)
		memset(out, 0, sizeof *out);
	return k.done;
}
