/* casualty_ar.c - what Arabic word order adds to the casualty reader. The
 * passes are the same as for English (counts, then the casualty word of
 * each, then the sums): these are the counts English does not have, and the
 * words the passes skip or stop at in Arabic.
 *
 * Arabic puts the casualty word first: a verb ("قتل ٣ مدنيين", "أصيب طفل")
 * or a verbal noun ("مقتل ٣ مدنيين", "إصابة ٥ أشخاص") governs the count
 * after it, so the casualty word is looked for on the left first. A count
 * can be a word: a dual is two ("طفلين", "شهيدان"), a singular noun one
 * where it is clearly a count ("مقتل طفل", "استشهد مواطن", "بينهم امرأة",
 * "طفلان وامرأة", "طفل جريح", "سقوط شهيد"); a number may follow its noun
 * ("مدنيين اثنين"); "دون وقوع إصابات" says none were hurt. */
#include <string.h>

#include "extract/casualty_impl.h"
#include "extract/num.h"

/* Is token t the Arabic word w (written as spelled: folded here as keys are)? */
static int ar_is(const struct tok *t, const char *keys, const char *w)
{
	/* the words here are written without harakat: folding keeps their length */
	size_t len = strlen(w);
	if (t->key_len != len || !(t->clitics & CL_ARABIC))
		return 0;
	char k[64];
	size_t n = lx_key(w, len, k, sizeof k);
	return (t->clitics & CL_ARABIC) && tok_is_n(t, keys, k, n);
}

static int ar_in(const struct tok *t, const char *keys, const char *const *list)
{
	if (!(t->clitics & CL_ARABIC) || t->type != TT_WORD)
		return 0;
	for (; *list; list++)
		if (ar_is(t, keys, *list))
			return 1;
	return 0;
}

int cas_ar_sentence(const struct tok *t, size_t tok0, size_t tok1)
{
	size_t ar = 0, words = 0;
	for (size_t i = tok0; i < tok1; i++)
		if (t[i].type == TT_WORD) {
			words++;
			ar += (t[i].clitics & CL_ARABIC) != 0;
		}
	return words && ar * 2 > words;
}

int cas_ar_others(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "آخرين", "آخرون", "أخريات", "آخر", "آخرى", NULL };
	return ar_in(t, keys, w);
}

int cas_ar_and(const struct tok *t, const char *keys)
{
	return ar_is(t, keys, "و");
}

int cas_ar_joined(const struct tok *t, size_t prev_end, size_t i, const char *keys)
{
	(void)keys;
	if (!(t[i].clitics & CL_WA) || i < prev_end || i > prev_end + 10)
		return 0;
	/* between: a name and an age ("عبد الله محمود (25 عاماً)"), nothing that
	 * means anything to a count */
	for (size_t k = prev_end; k < i; k++) {
		const struct tok *w = &t[k];
		if (w->type == TT_PUNCT ? !(w->value == '(' || w->value == ')' || w->value == ',')
					: (w->cat != LX_NONE && !cas_ar_unit(w, keys)) || (w->clitics & CL_WA))
			return 0;
	}
	return 1;
}

int cas_ar_aux_effect(const struct tok *t, size_t j, size_t tok1, const char *keys, size_t *at)
{
	(void)keys;
	size_t k = j;
	while (k < tok1 && k < j + 4 && cas_is(&t[k], LX_AUX) && (t[k].clitics & CL_ARABIC))
		k += t[k].span ? t[k].span : 1;
	if (k == j || k >= tok1 || !cas_effect_of(&t[k]))
		return 0;
	*at = k;
	return 1;
}

int cas_ar_bare_end(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "في", "على", "جراء", "إثر", "بسبب", "نتيجة", "بجروح", "بجراح", "خلال",
					 "عند", "قرب", "و", "اليوم", "أمس", "بعد", "عقب", "حين", "منذ", NULL };
	return ar_in(t, keys, w) || ((t->clitics & CL_WA) && t->type == TT_WORD);
}

int cas_ar_unit(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "عمر", "يوم", "أيام", "يوما",
					 "ساعة", "ساعات", "شهر", "أشهر", "شهرا", "كم", "كيلومتر", "كيلومترات", "متر",
					 "مترا", "دقيقة", "دقائق", "بالمئة", "بالمائة", "ألف", "مليون", "دولار",
					 "ليرة", NULL };
	return ar_in(t, keys, w);
}

int cas_ar_skippable_left(const struct tok *t, const char *keys)
{
	/* between a casualty word and its count: the day, the time of day */
	static const char *const w[] = { "اليوم", "أمس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
					 "الجمعة", "السبت", "صباح", "مساء", "فجر", "ظهر", "ليلة", "صباحا", "مساء",
					 "ظهرا", "عصر", "حتى", "الآن", "نحو", "قرابة", "حوالي", "بجروح", "بجراح",
					 "جراء", "إثر", NULL };
	return ar_in(t, keys, w);
}

/* "ارتفاع حصيلة الضحايا إلى ٣٠", "ارتفعت الحصيلة إلى", "بلغت حصيلة": a toll
 * word earlier in the sentence and "إلى" just before the number, or a verb
 * of reaching. */
int cas_ar_toll_before(const struct tok *t, size_t tok0, size_t i, const char *keys, size_t *at)
{
	static const char *const reach[] = { "إلى", "الى", "بلغت", "بلغ", "وصلت", "وصل", "لتصل", "ليصل",
					     "لتبلغ", "ليبلغ", NULL };
	if (i == tok0 || !ar_in(&t[i - 1], keys, reach))
		return 0;
	for (size_t b = i - 1; b-- > tok0 && b + 10 > i;)
		if (cas_is(&t[b], LX_TOLL)) {
			*at = b;
			return 1;
		}
	return 0;
}

/* The casualty word just before token i, past the day and time words:
 * its effect and *at, or EF_NONE. */
static int effect_before(const struct tok *t, size_t tok0, size_t i, const char *keys, size_t *at)
{
	for (size_t k = i, steps = 0; k > tok0 && steps < 3; k--, steps++) {
		const struct tok *w = &t[k - 1];
		/* a phrase's last word: "لقي حتفه" */
		size_t h = k - 1;
		while (h > tok0 && t[h].in_phrase)
			h--;
		int ef = cas_effect_of(&t[h]);
		if (ef) {
			*at = h;
			return ef;
		}
		if (!(cas_is(w, LX_AUX) || cas_ar_skippable_left(w, keys)))
			return EF_NONE;
	}
	return EF_NONE;
}

/* The count a singular noun at i makes, when it is clearly one: after a
 * casualty word, after "بينهم" or "(", joined by و to the count just
 * before, or with a casualty adjective after it. */
static int singular_count(const struct tok *t, size_t tok0, size_t i, size_t tok1, const char *keys,
			  const struct mention *m, size_t nm, struct mention *c)
{
	const struct tok *w = &t[i];
	size_t after = i + (w->span ? w->span : 1), at = 0;
	int ef = effect_before(t, tok0, i, keys, &at);
	if (ef == EF_HARM)
		ef = EF_NONE;
	int ok = ef != EF_NONE;
	const struct tok *p = i > tok0 ? &t[i - 1] : NULL;
	if (!ok && p && (cas_is(p, LX_INCLUDING) || (p->type == TT_PUNCT && (p->value == '(' || p->value == ':'))))
		ok = 1;   /* "بينهم طفل", "(رجل مسن" */
	if (!ok && nm > 0 && cas_ar_joined(t, m[nm - 1].t1, i, keys)) {
		/* "طفلان وامرأة", "المواطن فلان (25 عاماً) والطفلة ...": one more;
		 * but "المواطنان فلان والمواطن فلان" names the two */
		const struct tok *p0 = &t[m[nm - 1].t0];
		if (!((p0->lxf & LXF_DUAL) && (p0->clitics & CL_AL)))
			ok = 1;
	}
	if (!ok && nm > 0 && p && cas_ar_and(p, keys) && m[nm - 1].t1 == i - 1)
		ok = 1;   /* "طفلان و امرأة" */
	int adj = EF_NONE;
	if (after < tok1 && (t[after].lxf & LXF_SINGULAR) && !(t[after].clitics & CL_WA)) {
		adj = cas_effect_of(&t[after]);   /* "طفل جريح" */
		if (adj == EF_KILL || adj == EF_INJURE)
			ok = 1;
		else
			adj = EF_NONE;
	}
	if (!ok)
		return 0;
	c->vc = w->value;
	c->min = c->max = 1;
	c->article = 1;
	c->t1 = after;
	if (adj) {
		c->effect = adj;
		c->trig = after;
		c->has_trig = 1;
		c->t1 = after + 1;
	} else if (ef) {
		c->effect = ef;
		c->trig = at;
		c->has_trig = 1;
	}
	return 1;
}

/* "دون وقوع إصابات", "لا إصابات", "عدم ورود معلومات عن خسائر بشرية":
 * nobody hurt. */
static int none_hurt(const struct tok *t, size_t i, size_t tok1, const char *keys, struct mention *c)
{
	static const char *const filler[] = { "وقوع", "سقوط", "ورود", "معلومات", "أنباء", "عن", "أي", "تسجيل",
					      "حدوث", "يسفر", "تسفر", "يسفر", "تسجل", "يسجل", "ترد", "يؤد", "تؤد",
					      NULL };
	size_t k = i + 1;
	while (k < tok1 && k < i + 5 && ar_in(&t[k], keys, filler))
		k++;
	if (k >= tok1 || k == i + 1 + 4)
		return 0;
	int ef = cas_effect_of(&t[k]);
	/* nouns only: "لم يقتل" is a verb denied, not a count */
	if (!(ef == EF_HARM || ar_is(&t[k], keys, "إصابات") || ar_is(&t[k], keys, "إصابة") ||
	      ar_is(&t[k], keys, "ضحايا") || ar_is(&t[k], keys, "قتلى") || ar_is(&t[k], keys, "جرحى")))
		return 0;
	c->min = c->max = 0;
	c->t1 = k + (t[k].span ? t[k].span : 1);
	c->trig = k;
	c->has_trig = 1;
	c->effect = EF_HARM;
	return 1;
}

/* Does a quotation mark open just before byte i (", “, «)? */
static int quote_before(const char *text, size_t i)
{
	const unsigned char *s = (const unsigned char *)text;
	if (i >= 1 && (s[i - 1] == '"' || s[i - 1] == '\''))
		return 1;
	if (i >= 2 && s[i - 2] == 0xC2 && s[i - 1] == 0xAB)
		return 1;   /* « */
	return i >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x80 && (s[i - 1] == 0x9C || s[i - 1] == 0x9D);
}

/* Does a quotation mark close at byte i (text before lim only)? */
static int quote_after(const char *text, size_t i, size_t lim)
{
	const unsigned char *s = (const unsigned char *)text;
	if (i >= lim)
		return 0;
	return s[i] == '"' || s[i] == '\'' || (i + 1 < lim && s[i] == 0xC2 && s[i + 1] == 0xBB) ||
	       (i + 2 < lim && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x9D || s[i + 2] == 0x9C));
}

int cas_ar_count(const char *text, const struct tok *t, size_t tok0, size_t i, size_t tok1, const char *keys,
		 const struct mention *m, size_t nm, struct mention *c)
{
	const struct tok *w = &t[i];
	if (!(w->clitics & CL_ARABIC) || w->has_num)
		return 0;
	size_t at0;
	int ef0;
	if (w->cat == LX_NONE && quote_before(text, w->start) &&
	    ((ef0 = effect_before(t, tok0, i, keys, &at0)) == EF_KILL || ef0 == EF_INJURE)) {
		/* 'مقتل "سامر العبدالله"': a person named in quotes after the casualty word */
		size_t e = i;
		while (e + 1 < tok1 && e < i + 5 && t[e].type == TT_WORD && !quote_after(text, t[e].end, t[e + 1].start))
			e++;
		if (e + 1 >= tok1 || e >= i + 5 || t[e].type != TT_WORD)
			return 0;
		c->vc = VC_PEOPLE;
		c->min = c->max = 1;
		c->t1 = e + 1;
		c->effect = ef0;
		c->trig = at0;
		c->has_trig = 1;
		c->article = 1;
		c->named = 1;
		return 1;
	}
	size_t after = i + (w->span ? w->span : 1);
	int ef = cas_effect_of(w);
	if (w->lxf & LXF_DUAL) {
		/* "طفلين", "مدنيان": two victims; "شهيدين", "جريحان": two killed, injured */
		c->min = c->max = 2;
		c->t1 = after;
		if (ef) {
			c->vc = VC_PEOPLE;
			c->effect = ef;
			c->trig = i;
			c->has_trig = 1;
		} else if (cas_is(w, LX_VICTIM)) {
			c->vc = w->value;
		} else {
			return 0;
		}
		return 1;
	}
	if (cas_is(w, LX_VICTIM) && after < tok1 && !(t[after].clitics & CL_WA)) {
		/* "مدنيين اثنين", "أطفال ثلاثة": the number after its noun */
		const struct tok *n = &t[after];
		long v = -1;
		size_t next = after + 1;
		if (n->has_num && !(n->num_flags & NUM_YEARLIKE) && n->num_min > 0) {
			v = n->num_min;
			next = n->num_next;
		} else if (ar_is(n, keys, "اثنين") || ar_is(n, keys, "اثنان") || ar_is(n, keys, "اثنتين") ||
			   ar_is(n, keys, "اثنتان")) {
			v = 2;
		}
		if (v > 0 && !(next < tok1 && cas_ar_unit(&t[next], keys)) && !(w->lxf & LXF_SINGULAR)) {
			c->vc = w->value;
			c->min = v;
			c->max = n->has_num ? n->num_max : v;
			c->t1 = next;
			return 1;
		}
	}
	if ((ef == EF_KILL || ef == EF_INJURE) && (w->lxf & LXF_SINGULAR)) {
		/* "سقوط شهيد", "قتيل و٦ جرحى" */
		c->vc = VC_PEOPLE;
		c->min = c->max = 1;
		c->t1 = after;
		c->effect = ef;
		c->trig = i;
		c->has_trig = 1;
		c->article = 1;
		return 1;
	}
	if (cas_is(w, LX_VICTIM) && (w->lxf & LXF_SINGULAR) && w->value != VC_FAMILY)
		return singular_count(t, tok0, i, tok1, keys, m, nm, c);
	if (cas_is(w, LX_NEG))
		return none_hurt(t, i, tok1, keys, c);
	return 0;
}
