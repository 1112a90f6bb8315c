/* when_words.c - the words dates are made of: English month, weekday and
 * cue words, and the Arabic table (months of every region, weekdays, relative
 * words), looked up by hash with and without their clitics. */
#include "extract/when_impl.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

static const char *const months_en[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};
static const unsigned char months_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
static const char *const weekdays_en[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};
static const unsigned char weekdays_len[7] = { 6, 6, 7, 9, 8, 6, 8 };

/* The letters (bit 0: a) months begin with (a d f j m n o s) and weekdays,
 * abbreviated or not (f m s t w): most words are ruled out by the first. */
#define MONTH_FIRST 0x47229u
#define WEEKDAY_FIRST 0x4C1020u

static int first_in(const struct when_tok *t, unsigned set)
{
	unsigned k = (unsigned)(unsigned char)t->w[0] - 'a';
	return k < 26 && (set >> k & 1);
}

int when_lat_month(const struct when_tok *t, int *abbr)
{
	if (t->kind != T_LAT || t->len < 3 || t->len > 9 || !first_in(t, MONTH_FIRST))
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = months_len[m];
		if (t->w[0] != months_en[m][0])
			continue;
		if ((size_t)t->len == full && !memcmp(t->w, months_en[m], full)) {
			*abbr = 0;
			return m + 1;
		}
		if ((t->len == 3 || (m == 8 && t->len == 4)) && !memcmp(t->w, months_en[m], (size_t)t->len)) {
			*abbr = 1;
			return m + 1;
		}
	}
	return 0;
}

int when_lat_weekday(const struct when_tok *t)
{
	if (t->kind != T_LAT || t->len < 6 || t->len > 9 || !first_in(t, WEEKDAY_FIRST))
		return -1;
	for (int d = 0; d < 7; d++)
		if (t->len == weekdays_len[d] && t->w[0] == weekdays_en[d][0] &&
		    !memcmp(t->w, weekdays_en[d], (size_t)t->len))
			return d;
	return -1;
}

int when_lat_weekday_abbr(const struct when_tok *t)
{
	static const char *const w[] = { "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
					 "fri", "sat" };
	if (t->kind != T_LAT || t->len < 3 || t->len > 5 || !first_in(t, WEEKDAY_FIRST))
		return 0;
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (when_lat_eq(t, w[k], strlen(w[k])))
			return 1;
	return 0;
}

int when_lat_count(const struct when_tok *t)
{
	static const char *const w[] = { "one", "two", "three", "four", "five", "six", "seven",
					 "eight", "nine", "ten", "eleven", "twelve" };
	if (t->kind == T_NUM)
		return t->nd <= 3 && t->val > 0 ? t->val : 0;
	if (when_lat_is(t, "a") || when_lat_is(t, "an"))
		return 1;
	for (int k = 0; k < 12; k++)
		if (when_lat_eq(t, w[k], strlen(w[k])))
			return k + 1;
	return 0;
}

int when_lat_cue(const struct when_tok *t)
{
	static const char *const w[] = {
		"in", "since", "of", "from", "until", "till", "by", "during", "throughout",
		"early", "late", "mid", "before", "after", "between", "through", "year",
		"summer", "winter", "spring", "autumn",
	};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (when_lat_eq(t, w[k], strlen(w[k])))
			return 1;
	return 0;
}

/* The Arabic words, written folded (أ إ آ -> ا, ى -> ي, ة -> ه), with the
 * clitics each takes: CONJ و ف, PREP ب ل ك (and لل for ال). */
enum { CONJ = 1, PREP = 2, CP = 3 };

struct ar_word {
	const char *w;
	unsigned char len, id, val, cl;
};
#define W(w, id, val, cl) { w, sizeof w - 1, id, val, cl }

/* Words that may begin a date expression: the only ones tried at each word
 * start of an Arabic text. */
static const struct ar_word ar_start[] = {
	W("الاحد", A_WD, 0, CP), W("الاثنين", A_WD, 1, CP), W("الثلاثاء", A_WD, 2, CP),
	W("الاربعاء", A_WD, 3, CP), W("الخميس", A_WD, 4, CP), W("الجمعه", A_WD, 5, CP),
	W("السبت", A_WD, 6, CP),
	W("يناير", A_MON, 1, CONJ), W("فبراير", A_MON, 2, CONJ), W("مارس", A_MON, 3, CONJ),
	W("ابريل", A_MON, 4, CONJ), W("مايو", A_MON, 5, CONJ), W("يونيو", A_MON, 6, CONJ),
	W("يونيه", A_MON, 6, CONJ), W("يوليو", A_MON, 7, CONJ), W("يوليه", A_MON, 7, CONJ),
	W("اغسطس", A_MON, 8, CONJ), W("سبتمبر", A_MON, 9, CONJ), W("اكتوبر", A_MON, 10, CONJ),
	W("نوفمبر", A_MON, 11, CONJ), W("ديسمبر", A_MON, 12, CONJ),
	W("شباط", A_MON, 2, CONJ), W("اذار", A_MON, 3, CONJ), W("نيسان", A_MON, 4, CONJ),
	W("ايار", A_MON, 5, CONJ), W("حزيران", A_MON, 6, CONJ), W("تموز", A_MON, 7, CONJ),
	W("اب", A_MON, 8, CONJ), W("ايلول", A_MON, 9, CONJ),
	W("كانون", A_KANUN, 0, CONJ), W("تشرين", A_TISHRIN, 0, CONJ),
	W("جانفي", A_MON, 1, CONJ), W("فيفري", A_MON, 2, CONJ), W("افريل", A_MON, 4, CONJ),
	W("ماي", A_MON, 5, CONJ), W("جوان", A_MON, 6, CONJ), W("جويليه", A_MON, 7, CONJ),
	W("يوليوز", A_MON, 7, CONJ), W("اوت", A_MON, 8, CONJ), W("غشت", A_MON, 8, CONJ),
	W("شتنبر", A_MON, 9, CONJ), W("نونبر", A_MON, 11, CONJ), W("دجنبر", A_MON, 12, CONJ),
	W("اليوم", A_TODAY, 0, CP), W("امس", A_YESTERDAY, 0, CONJ),
	W("الامس", A_YESTERDAY, 0, CP), W("البارحه", A_YESTERDAY, 0, CP),
	W("يوم", A_DAY, 0, CP), W("اول", A_AWWAL, 0, CONJ),
	W("فجر", A_TOD, 0, CP), W("صباح", A_TOD, 0, CP), W("ظهر", A_TOD, 0, CP),
	W("عصر", A_TOD, 0, CP), W("مساء", A_TOD, 0, CP), W("ليله", A_TOD, 0, CP),
	W("الليله", A_THE_NIGHT, 0, CP),
	W("الاسبوع", A_WEEK, 0, CP), W("الشهر", A_THE_MONTH, 0, CP),
	W("العام", A_THE_YEAR, 0, CP), W("السنه", A_THE_YEAR, 0, CP),
	W("هذا", A_THIS, 0, CP), W("هذه", A_THIS, 0, CP),
	W("شهر", A_MONTH_CUE, 1, CP), W("عام", A_YEAR_CUE, 1, CP), W("سنه", A_YEAR_CUE, 1, CP),
	W("عامي", A_YEAR_CUE, 0, CP),
	W("منذ", A_SINCE, 0, CONJ), W("من", A_FROM, 0, CONJ), W("بين", A_BETWEEN, 0, CONJ),
	W("قبل", A_BEFORE, 0, CONJ),
	W("مطلع", A_EDGE, 0, CP), W("اوائل", A_EDGE, 0, CP), W("بدايه", A_EDGE, 0, CP),
	W("منتصف", A_EDGE, 0, CP), W("اواسط", A_EDGE, 0, CP), W("اواخر", A_EDGE, 0, CP),
	W("نهايه", A_EDGE, 0, CP),
};

/* Words read only after another one. */
static const struct ar_word ar_more[] = {
	W("الثاني", A_THANI, 0, 0), W("ثاني", A_THANI, 0, 0), W("الاول", A_AWWAL, 0, 0),
	W("الماضي", A_PAST, 0, 0), W("الماضيه", A_PAST, 0, 0), W("الفائت", A_PAST, 0, 0),
	W("الفائته", A_PAST, 0, 0), W("المنصرم", A_PAST, 0, 0), W("المنصرمه", A_PAST, 0, 0),
	W("الجاري", A_CURRENT, 0, 0), W("الجاريه", A_CURRENT, 0, 0),
	W("الحالي", A_CURRENT, 0, 0), W("الحاليه", A_CURRENT, 0, 0),
	W("المقبل", A_NEXT, 0, 0), W("المقبله", A_NEXT, 0, 0), W("القادم", A_NEXT, 0, 0),
	W("القادمه", A_NEXT, 0, 0),
	W("الي", A_TO, 0, CONJ), W("حتي", A_TO, 0, CONJ), W("لغايه", A_TO, 0, CONJ),
	W("و", A_AND, 0, 0), W("في", A_IN, 0, CONJ), W("خلال", A_DURING, 0, CP),
	W("ذلك", A_THAT, 0, CP), W("نفس", A_THAT, 0, CP), W("ذات", A_THAT, 0, CP),
	W("يومين", A_UNIT_DAY, 2, 0), W("ايام", A_UNIT_DAY, 0, 0), W("يوما", A_UNIT_DAY, 0, 0),
	W("اسبوع", A_UNIT_WEEK, 1, 0), W("اسبوعين", A_UNIT_WEEK, 2, 0),
	W("اسابيع", A_UNIT_WEEK, 0, 0),
	W("شهرين", A_UNIT_MONTH, 2, 0), W("اشهر", A_UNIT_MONTH, 0, 0),
	W("شهور", A_UNIT_MONTH, 0, 0), W("شهرا", A_UNIT_MONTH, 0, 0),
	W("عامين", A_UNIT_YEAR, 2, 0), W("سنتين", A_UNIT_YEAR, 2, 0),
	W("سنوات", A_UNIT_YEAR, 0, 0), W("اعوام", A_UNIT_YEAR, 0, 0), W("عاما", A_UNIT_YEAR, 0, 0),
	W("ثلاثه", A_NUMBER, 3, 0), W("ثلاث", A_NUMBER, 3, 0), W("اربعه", A_NUMBER, 4, 0),
	W("اربع", A_NUMBER, 4, 0), W("خمسه", A_NUMBER, 5, 0), W("خمس", A_NUMBER, 5, 0),
	W("سته", A_NUMBER, 6, 0), W("ست", A_NUMBER, 6, 0), W("سبعه", A_NUMBER, 7, 0),
	W("سبع", A_NUMBER, 7, 0), W("ثمانيه", A_NUMBER, 8, 0), W("ثماني", A_NUMBER, 8, 0),
	W("تسعه", A_NUMBER, 9, 0), W("تسع", A_NUMBER, 9, 0), W("عشره", A_NUMBER, 10, 0),
	W("عشر", A_NUMBER, 10, 0),
	W("تاريخ", A_LABEL_DATE, 0, CP), W("النشر", A_LABEL_PUB, 0, 0),
	W("نشر", A_LABEL_PUB, 0, CONJ),
};

/* Both tables hashed by their words, built once: a text looks up each of
 * its Arabic words in up to six spellings (with and without clitics). */
#define NSTART (sizeof ar_start / sizeof ar_start[0])
#define NMORE (sizeof ar_more / sizeof ar_more[0])
#define AR_SLOTS 512
static unsigned short ar_slot[AR_SLOTS];     /* 1 + index into start then more; 0 empty */
static pthread_once_t ar_once = PTHREAD_ONCE_INIT;

static const struct ar_word *ar_entry(unsigned k)
{
	return k < NSTART ? &ar_start[k] : &ar_more[k - NSTART];
}

static uint32_t fnv(uint32_t h, const char *p, int len)
{
	for (int k = 0; k < len; k++)
		h = (h ^ (unsigned char)p[k]) * 16777619u;
	return h;
}

#define FNV0 2166136261u

static void ar_build(void)
{
	for (unsigned k = 0; k < NSTART + NMORE; k++) {
		const struct ar_word *e = ar_entry(k);
		uint32_t h = fnv(FNV0, e->w, e->len) % AR_SLOTS;
		while (ar_slot[h])
			h = (h + 1) % AR_SLOTS;
		ar_slot[h] = (unsigned short)(k + 1);
	}
}

/* The entry spelled pre + w (pre: "" or the article), allowed with clitics
 * need; start: only the words that may begin an expression. */
static int ar_find(const char *pre, int plen, const char *w, int len, int need, int start, int *val)
{
	uint32_t h = fnv(fnv(FNV0, pre, plen), w, len) % AR_SLOTS;
	for (; ar_slot[h]; h = (h + 1) % AR_SLOTS) {
		unsigned k = ar_slot[h] - 1u;
		const struct ar_word *e = ar_entry(k);
		if (e->len != plen + len || (e->cl & need) != need || (start && k >= NSTART) ||
		    memcmp(e->w, pre, (size_t)plen) || memcmp(e->w + plen, w, (size_t)len))
			continue;
		*val = e->val;
		return e->id;
	}
	return A_NONE;
}

int when_ar_lookup_conj(const struct when_tok *t, int all, int *val, size_t *conj_len)
{
	if (t->kind != T_AR || t->len > WMAX)
		return A_NONE;
	pthread_once(&ar_once, ar_build);
	int conj = t->len >= 4 && (when_is_letter(t->w, "و") || when_is_letter(t->w, "ف"));
	for (int c = 0; c <= conj; c++) {
		const char *p = t->w + 2 * c;
		int pl = t->len - 2 * c, id;
		if (conj_len)
			*conj_len = c ? (size_t)2 : 0;
		if ((id = ar_find("", 0, p, pl, c ? CONJ : 0, !all, val)))
			return id;
		if (pl >= 4 &&
		    (when_is_letter(p, "ب") || when_is_letter(p, "ل") || when_is_letter(p, "ك"))) {
			int need = (c ? CONJ : 0) | PREP;
			if ((id = ar_find("", 0, p + 2, pl - 2, need, !all, val)))
				return id;
			/* "لليوم" is ل + اليوم with the article's alif dropped */
			if (pl >= 6 && when_is_letter(p, "ل") && when_is_letter(p + 2, "ل") &&
			    (id = ar_find("\xD8\xA7", 2, p + 2, pl - 2, need, !all, val)))
				return id;
		}
	}
	return A_NONE;
}

int when_ar_lookup(const struct when_tok *t, int all, int *val)
{
	return when_ar_lookup_conj(t, all, val, NULL);
}

int when_ar_id(const struct when_tok *t, int *val)
{
	return when_ar_lookup(t, 1, val);
}

int when_is_word(const struct when_tok *t, const char *en, int ar)
{
	int v;
	return (en && when_lat_is(t, en)) || (ar && when_ar_id(t, &v) == ar);
}
