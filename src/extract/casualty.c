/* casualty.c - counts of victims in one sentence, each tied to the victims
 * it names and to the casualty word that governs it.
 *
 * A count is a number phrase (num.h) followed, past a few modifiers ("other",
 * "Syrian", "of the"), by a victim noun ("civilians", "a child"), or by a
 * casualty word alone ("43 killed", "5 dead"), or after a toll ("the death
 * toll rose to 30"). The casualty word is looked for next to the count (after
 * it: "were killed"; before it: "killing 12"), then a little further out; a
 * count after "including"/"among them" breaks down the one before it and
 * takes its casualty word. */
#include <string.h>

#include "extract/casualty.h"
#include "extract/num.h"

enum effect { EF_NONE = 0, EF_KILL, EF_INJURE, EF_MISSING, EF_HARM };

struct mention {
	long min, max;
	int vc;
	int effect;
	int breakdown;
	int toll;
	size_t t0, t1;        /* the count and its noun: tokens [t0, t1) */
	size_t trig;          /* the casualty word, when found */
	int has_trig;
	int part_of_next;     /* "six civilians were among 22 people killed" */
	int part_of_prev;     /* "killing seven people, two of them women" */
	int breakdown_of_next; /* "four children are among the 28 dead" */
	int article;          /* counted from "a"/"an"/"his": one person named */
	int named;            /* a person named with an age: distinct from the others */
};

#define MENTIONS_MAX 32

static int live(const struct tok *t)
{
	return !t->in_phrase;
}

static int effect_of(const struct tok *t)
{
	if (!live(t))
		return EF_NONE;
	switch (t->cat) {
	case LX_KILL: return EF_KILL;
	case LX_INJURE: return EF_INJURE;
	case LX_MISSING: return EF_MISSING;
	case LX_HARM: return EF_HARM;
	default: return EF_NONE;
	}
}

static int is(const struct tok *t, int cat)
{
	return live(t) && t->cat == cat;
}

static int stop_mark(const struct tok *t)
{
	return t->type == TT_PUNCT && (t->value == '.' || t->value == ';' || t->value == '|' || t->value == '?' ||
				       t->value == '!');
}

/* Words that may stand between a count and its casualty word. */
static int skippable_after(const struct tok *t, const char *keys)
{
	if (is(t, LX_AUX))
		return 1;
	if (t->type != TT_WORD)
		return 0;
	const char *k = keys + t->key_off;
	size_t n = t->key_len;
	if (n > 4 && k[n - 2] == 'l' && k[n - 1] == 'y')
		return 1;   /* "reportedly", "critically" */
	return tok_is(t, keys, "who") || tok_is(t, keys, "that") || tok_is(t, keys, "being") ||
	       tok_is(t, keys, "not");
}

/* "killing", "wounding": governs what follows it, not what precedes it. */
static int gerund(const struct tok *t, const char *keys)
{
	const char *k = keys + t->key_off;
	return t->key_len > 4 && memcmp(k + t->key_len - 3, "ing", 3) == 0;
}

static int find_effect_right(const struct tok *t, size_t from, size_t end, size_t reach, const char *keys,
			     size_t *at)
{
	size_t steps = 0;
	for (size_t k = from; k < end && steps < reach; k++, steps++) {
		if (stop_mark(&t[k]))
			return EF_NONE;
		int ef = effect_of(&t[k]);
		if (ef && !gerund(&t[k], keys)) {
			*at = k;
			return ef;
		}
		if (reach <= 4 && !skippable_after(&t[k], keys))
			return EF_NONE;
	}
	return EF_NONE;
}

static int find_effect_left(const struct tok *t, size_t start, size_t from, size_t reach, const char *keys,
			    size_t *at, int *toll)
{
	size_t steps = 0;
	for (size_t k = from; k > start && steps < reach; k--, steps++) {
		const struct tok *w = &t[k - 1];
		if (stop_mark(w))
			return EF_NONE;
		int ef = effect_of(w);
		if (ef) {
			*at = k - 1;
			return ef;
		}
		if (is(w, LX_TOLL)) {
			*at = k - 1;
			*toll = 1;
			return EF_KILL;
		}
		if (reach <= 4 && !(is(w, LX_OF) || is(w, LX_AUX) || tok_is(w, keys, "the") || tok_is(w, keys, "of") ||
				    tok_is(w, keys, "to") || tok_is(w, keys, "at") ||
				    is(w, LX_MOD) || (w->type == TT_PUNCT && w->value == ',')))
			return EF_NONE;
	}
	return EF_NONE;
}

static int singular_noun(const struct tok *t, const char *keys)
{
	const char *k = keys + t->key_off;
	return t->key_len > 0 && k[t->key_len - 1] != 's' && !tok_is(t, keys, "people") &&
	       !tok_is(t, keys, "children") && !tok_is(t, keys, "women") && !tok_is(t, keys, "men") &&
	       !tok_is(t, keys, "personnel");
}

/* "injured", "wounded", "killed" before a noun: an adjective here. */
static int participle(const struct tok *t, const char *keys)
{
	int ef = effect_of(t);
	const char *k = keys + t->key_off;
	return (ef == EF_KILL || ef == EF_INJURE) && t->key_len > 3 && k[t->key_len - 2] == 'e' &&
	       k[t->key_len - 1] == 'd';
}

/* "seven-year-old", "10-year-old", "34-year-old": an age before a noun. */
static int age_word(const struct tok *t, const char *keys)
{
	const char *k = keys + t->key_off;
	return t->key_len > 4 && memcmp(k + t->key_len - 4, "-old", 4) == 0;
}

/* Does an armed group stand before the noun at [a, noun)? ("two ISIS
 * members", "an SDF fighter", "a suspected ISIS official"): combatants. */
static int armed_group_before(const struct tok *t, size_t a, size_t noun, const char *keys)
{
	for (size_t k = a; k < noun; k++)
		if (is(&t[k], LX_ACTOR) && (t[k].value == BEL_ISIS || t[k].value == BEL_HTS ||
					    (t[k].value == BEL_SDF && !tok_is(&t[k], keys, "kurdish"))))
			return 1;   /* "Kurdish officials" are people of a place, not of a force */
	return 0;
}

/* Is the bare singular noun at i (no article: headline style) one of a list
 * a casualty verb governs: "kills woman, daughter and ISIS official"? */
static int bare_in_list(const struct tok *t, size_t tok0, size_t i, const char *keys)
{
	size_t k = i;
	/* back over the noun's modifiers: "suspected ISIS official", "young man" */
	while (k > tok0 && k + 3 > i && (is(&t[k - 1], LX_ACTOR) || is(&t[k - 1], LX_MOD) ||
					 (t[k - 1].type == TT_WORD && t[k - 1].cat == LX_NONE &&
					  !tok_is(&t[k - 1], keys, "the") && !tok_is(&t[k - 1], keys, "a") &&
					  !tok_is(&t[k - 1], keys, "of") && t[k - 1].key_len > 2 &&
					  !t[k - 1].has_num)))
		k--;
	if (k == tok0)
		return 0;
	const struct tok *p = &t[k - 1];
	int ef = effect_of(p);
	if ((ef == EF_KILL || ef == EF_INJURE) && !gerund(p, keys) && !participle(p, keys))
		return 1;   /* "kills woman" */
	if (!(tok_is(p, keys, "and") || (p->type == TT_PUNCT && p->value == ',')) || k < tok0 + 2)
		return 0;
	/* after "," or "and": the item before must be a bare victim noun of the same list */
	const struct tok *q = &t[k - 2];
	return is(q, LX_VICTIM) && singular_noun(q, keys) && bare_in_list(t, tok0, k - 2, keys);
}

static int month_word(const struct tok *t, const char *keys)
{
	static const char *const m[] = { "january", "february", "march", "april", "may", "june", "july",
					 "august", "september", "october", "november", "december", "jan", "feb",
					 "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL };
	return tok_in(t, keys, m);
}

/* "a second child", "a fourth passenger": one more. */
static int ordinal(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
					 "ninth", "tenth", "further", "fresh", NULL };
	return tok_in(t, keys, w);
}

/* After the auxiliaries from j, a casualty verb that is no gerund? */
static int elided_effect(const struct tok *t, size_t j, size_t end, const char *keys)
{
	size_t k = j;
	while (k < end && k < j + 3 && is(&t[k], LX_AUX))
		k++;
	int ef = k < end ? effect_of(&t[k]) : EF_NONE;
	return (ef == EF_KILL || ef == EF_INJURE || ef == EF_MISSING) && !gerund(&t[k], keys);
}

/* "farmer's", "farmer’s": a noun that owns the next one. */
static int possessive(const char *text, const struct tok *t)
{
	const unsigned char *e = (const unsigned char *)text + t->end;
	size_t n = t->end - t->start;
	return (n > 2 && e[-2] == '\'' && e[-1] == 's') ||
	       (n > 4 && e[-4] == 0xE2 && e[-3] == 0x80 && e[-2] == 0x99 && e[-1] == 's');
}

/* ", 45, was injured" after a capitalised name: an age, not a count. */
static int named_with_age(const struct tok *t, size_t tok0, size_t i, size_t end, const char *keys)
{
	const struct tok *w = &t[i];
	if (w->num_flags != NUM_DIGITS || w->num_min != w->num_max || w->num_min < 1 || w->num_min > 110)
		return 0;
	size_t j = w->num_next;
	if (i < tok0 + 2 || j + 1 >= end || t[i - 1].type != TT_PUNCT || t[i - 1].value != ',' ||
	    t[j].type != TT_PUNCT || t[j].value != ',')
		return 0;
	if (!(t[i - 2].type == TT_WORD && t[i - 2].upper && t[i - 2].cat == LX_NONE))
		return 0;
	size_t k = j + 1;
	while (k < end && !effect_of(&t[k]) && (is(&t[k], LX_AUX) || skippable_after(&t[k], keys)))
		k++;
	int ef = k < end ? effect_of(&t[k]) : EF_NONE;
	return (ef == EF_KILL || ef == EF_INJURE) && !gerund(&t[k], keys);
}

/* "... toll ... rose to N", "reached N", "stands at N": a toll word earlier
 * in the sentence and a verb of rising just before the number. */
static int toll_before(const struct tok *t, size_t tok0, size_t i, const char *keys, size_t *at)
{
	static const char *const rise[] = { "rose", "rises", "risen", "rising", "reached", "reaches", "climbed",
					    "climbs", "jumped", "increased", "hit", "stands", "stood", "mounted",
					    "soared", NULL };
	size_t k = i;
	if (k > tok0 && (tok_is(&t[k - 1], keys, "to") || tok_is(&t[k - 1], keys, "at")))
		k--;
	if (k == tok0 || !tok_in(&t[k - 1], keys, rise))
		return 0;
	for (size_t b = k - 1; b-- > tok0;)
		if (is(&t[b], LX_TOLL)) {
			*at = b;
			return 1;
		}
	return 0;
}

/* Can a count with no noun end at token j? ("killing five in Idlib") */
static int bare_count_end(const struct tok *t, size_t j, size_t end, const char *keys)
{
	if (j >= end || t[j].type == TT_PUNCT || effect_of(&t[j]))
		return 1;   /* "Kills Two Injures Three" */
	static const char *const preps[] = { "in", "on", "near", "at", "and", "including", "when", "after",
					     "while", "as", "during", "from", "across", "inside", NULL };
	return tok_in(&t[j], keys, preps);
}

/* A unit after a number: "7 times higher", "30 percent", "10 km". */
static int unit_after(const struct tok *t, size_t j, size_t end, const char *keys)
{
	static const char *const units[] = { "times", "percent", "per", "km", "kilometres", "kilometers", "miles",
					     "years", "year", "days", "day", "hours", "months", "weeks", "meters",
					     "metres", "m", "pm", "am", "million", "billion", "dollars", NULL };
	if (j >= end)
		return 0;
	if (t[j].type == TT_PUNCT)
		return t[j].value == '%';
	return tok_in(&t[j], keys, units);
}

static int has_other(const struct tok *t, size_t a, size_t b, const char *keys)
{
	for (size_t k = a; k < b; k++)
		if (tok_is(&t[k], keys, "other") || tok_is(&t[k], keys, "further") || tok_is(&t[k], keys, "more") ||
		    tok_is(&t[k], keys, "additional"))
			return 1;
	return 0;
}

/* "of them", "of whom" at k. */
static int of_them(const struct tok *t, size_t k, size_t end, const char *keys)
{
	return k + 1 < end && tok_is(&t[k], keys, "of") && (tok_is(&t[k + 1], keys, "them") || tok_is(&t[k + 1], keys, "whom"));
}

/* The victim noun a count at [j...) reaches past modifiers, or 0. */
static size_t noun_after(const struct tok *t, size_t j, size_t end, const char *keys, size_t *noun, int *others)
{
	size_t skips = 0;
	*others = 0;
	while (j < end && skips < 4) {
		const struct tok *w = &t[j];
		if (is(w, LX_VICTIM)) {
			*noun = j;
			return 1;
		}
		if (tok_is(w, keys, "others") || of_them(t, j, end, keys)) {
			*others = 1;
			*noun = j;
			return 1;
		}
		if ((tok_is(w, keys, "more") || tok_is(w, keys, "other")) && j + 1 < end &&
		    (is(&t[j + 1], LX_AUX) || effect_of(&t[j + 1]))) {
			*others = 1;   /* "twenty more were wounded" */
			*noun = j;
			return 1;
		}
		if (is(w, LX_MOD) || is(w, LX_ACTOR) || tok_is(w, keys, "the") || tok_is(w, keys, "of") ||
		    is(w, LX_OF) || (w->type == TT_WORD && w->upper && w->cat == LX_NONE)) {
			j += w->span ? w->span : 1;
			skips++;
			continue;
		}
		return 0;
	}
	return 0;
}

static void range_add(struct range *a, long min, long max)
{
	if (min == RANGE_UNKNOWN) {
		/* counted without a figure ("several others"): nothing certain to add */
		if (a->min != RANGE_UNKNOWN)
			a->max = RANGE_UNKNOWN;
		return;
	}
	if (a->min == RANGE_UNKNOWN) {
		a->min = min;
		a->max = max;
		return;
	}
	a->min += min;
	a->max = (a->max == RANGE_UNKNOWN || max == RANGE_UNKNOWN) ? RANGE_UNKNOWN : a->max + max;
}

static void range_set(struct range *a, long min, long max)
{
	a->min = min;
	a->max = max;
}

/* Collect the counts of the sentence. */
static size_t collect(const char *text, const struct tok *t, size_t tok0, size_t tok1, const char *keys,
		      struct mention *m)
{
	size_t nm = 0;
	for (size_t i = tok0; i < tok1 && nm < MENTIONS_MAX; i++) {
		const struct tok *w = &t[i];
		if (w->in_phrase)
			continue;
		struct mention c;
		memset(&c, 0, sizeof c);
		c.t0 = i;
		c.vc = VC_PEOPLE;
		size_t noun = 0;
		int others = 0;
		if (w->has_num && named_with_age(t, tok0, i, tok1, keys)) {
			/* "Kawthar Hajj Khalil, 45, was seriously injured": one person,
			 * named, with an age: a child under 18 */
			size_t k = w->num_next + 1;
			while (k < tok1 && !effect_of(&t[k]) && (is(&t[k], LX_AUX) || skippable_after(&t[k], keys)))
				k++;
			c.vc = w->num_min < 18 ? VC_CHILD : VC_PEOPLE;
			c.min = c.max = 1;
			c.t1 = k + 1;
			c.trig = k;
			c.has_trig = 1;
			c.effect = effect_of(&t[k]);
			c.article = 1;
			c.named = 1;
		} else if (w->has_num) {
			size_t j = w->num_next;
			c.min = w->num_min;
			c.max = w->num_max;
			if (noun_after(t, j, tok1, keys, &noun, &others) && others && of_them(t, noun, tok1, keys) &&
			    noun + 2 < tok1 && is(&t[noun + 2], LX_VICTIM) && nm > 0) {
				/* "seven people, two of them women" */
				size_t v = noun + 2;
				c.vc = t[v].value;
				c.part_of_prev = 1;
				c.t1 = v + (t[v].span ? t[v].span : 1);
				others = 0;
			} else if (noun_after(t, j, tok1, keys, &noun, &others)) {
				/* "2016" is a year before a singular noun or after a month
				 * ("27 June 2016 Civilian massacre") */
				if ((w->num_flags & NUM_YEARLIKE) &&
				    (noun != j || singular_noun(&t[noun], keys) ||
				     (i > tok0 && (t[i - 1].has_num || month_word(&t[i - 1], keys)))))
					continue;
				if (!others) {
					c.vc = armed_group_before(t, j, noun, keys) ? VC_COMBATANT : t[noun].value;
					if (c.vc == VC_FAMILY && (tok_is(&t[noun], keys, "family") ||
								  tok_is(&t[noun], keys, "families")))
						c.min = c.max = RANGE_UNKNOWN;   /* "two families": people uncounted */
				}
				c.t1 = noun + (t[noun].span ? t[noun].span : 1);
			} else if (j + 1 < tok1 && is(&t[j], LX_AUX) && nm > 0 && !(w->num_flags & NUM_YEARLIKE) &&
				   elided_effect(t, j, tok1, keys)) {
				/* "three civilians were killed and five were injured": the
				 * noun is the one before */
				size_t k = j;
				while (k < tok1 && is(&t[k], LX_AUX))
					k++;
				c.vc = m[nm - 1].vc;
				c.t1 = k + 1;
				c.trig = k;
				c.has_trig = 1;
				c.effect = effect_of(&t[k]);
			} else if (j < tok1 && effect_of(&t[j])) {
				if (w->num_flags & NUM_YEARLIKE)
					continue;
				c.t1 = j + 1;
				c.trig = j;
				c.has_trig = 1;
				c.effect = effect_of(&t[j]);
			} else if (!(w->num_flags & NUM_YEARLIKE)) {
				size_t at;
				int toll = 0;
				int ef = find_effect_left(t, tok0, i, 2, keys, &at, &toll);
				if (ef && !toll && ef != EF_HARM && bare_count_end(t, j, tok1, keys)) {
					/* "killing five in Idlib", "wounded 12." */
					c.t1 = j;
					c.trig = at;
					c.has_trig = 1;
					c.effect = ef;
				} else if (!unit_after(t, j, tok1, keys) && toll_before(t, tok0, i, keys, &at)) {
					/* "the death toll from the attacks rose to 8 more casualties" */
					c.t1 = j;
					c.trig = at;
					c.has_trig = 1;
					c.effect = EF_KILL;
					c.toll = 1;
				} else if (!unit_after(t, j, tok1, keys) && find_effect_left(t, tok0, i, 6, keys, &at, &toll) &&
					   toll) {
					c.t1 = j;
					c.trig = at;
					c.has_trig = 1;
					c.effect = EF_KILL;
					c.toll = 1;
				} else {
					continue;
				}
			} else {
				continue;
			}
		} else if ((tok_is(w, keys, "a") || tok_is(w, keys, "an") || tok_is(w, keys, "his") ||
			    tok_is(w, keys, "her") || tok_is(w, keys, "their") || tok_is(w, keys, "another")) &&
			   i + 1 < tok1) {
			/* "a child", "an elderly woman", "a Syrian civilian" */
			size_t j = i + 1, skips = 0, adj = 0;
			int adj_effect = EF_NONE;
			while (j < tok1 && skips < 2 && (is(&t[j], LX_MOD) || (t[j].upper && t[j].cat == LX_NONE) ||
							 is(&t[j], LX_ACTOR) || participle(&t[j], keys) ||
							 age_word(&t[j], keys) || ordinal(&t[j], keys))) {
				if (participle(&t[j], keys)) {
					adj_effect = effect_of(&t[j]);   /* "an injured girl" */
					adj = j;
				}
				j += t[j].span ? t[j].span : 1;
				skips++;
			}
			if (j >= tok1 || !is(&t[j], LX_VICTIM) || !singular_noun(&t[j], keys) || possessive(text, &t[j]))
				continue;   /* "a farmer's family" is no count of farmers */
			size_t after_noun = j + (t[j].span ? t[j].span : 1);
			if (after_noun < tok1 && (is(&t[after_noun], LX_SAY) || is(&t[after_noun], LX_ACCUSE)))
				continue;   /* "a local doctor said": a source, not a victim */
			c.vc = armed_group_before(t, i + 1, j, keys) ? VC_COMBATANT : t[j].value;
			c.t1 = j + (t[j].span ? t[j].span : 1);
			noun = j;
			if (c.vc == VC_FAMILY) {
				/* "a family of five" */
				size_t k = c.t1;
				if (k + 1 < tok1 && tok_is(&t[k], keys, "of") && t[k + 1].has_num) {
					c.min = t[k + 1].num_min;
					c.max = t[k + 1].num_max;
					c.t1 = t[k + 1].num_next;
				} else {
					continue;   /* "a family" of a mother and four children: the parts count */
				}
			} else {
				c.min = c.max = 1;
				c.article = 1;
			}
			if (adj_effect) {
				c.effect = adj_effect;
				c.trig = adj;
				c.has_trig = 1;
			}
		} else if (is(w, LX_VICTIM) && singular_noun(w, keys) && w->value != VC_FAMILY && i > tok0 &&
			   bare_in_list(t, tok0, i, keys)) {
			/* a headline's "... kills woman, daughter and ISIS official" */
			c.vc = i > tok0 && armed_group_before(t, i > tok0 + 3 ? i - 3 : tok0, i, keys) ? VC_COMBATANT : w->value;
			c.min = c.max = 1;
			c.t1 = i + (w->span ? w->span : 1);
		} else if (is(w, LX_VICTIM) && w->upper && singular_noun(w, keys) && w->value != VC_FAMILY &&
			   (i == tok0 || t[i - 1].type == TT_PUNCT) && i + 1 < tok1 && participle(&t[i + 1], keys)) {
			/* a headline's "Civilian killed in ...", "Child injured" */
			c.vc = w->value;
			c.min = c.max = 1;
			c.t1 = i + 2;
			c.trig = i + 1;
			c.has_trig = 1;
			c.effect = effect_of(&t[i + 1]);
		} else if (is(w, LX_NEG) && i + 1 < tok1 && effect_of(&t[i + 1]) == EF_HARM) {
			/* "without casualties" */
			c.min = c.max = 0;
			c.t1 = i + 2;
			c.trig = i + 1;
			c.has_trig = 1;
			c.effect = EF_HARM;
		} else {
			continue;
		}
		(void)text;
		if (c.min == 0 && c.max == 0 && has_other(t, c.t0, c.t1, keys))
			continue;   /* "no other casualties": says nothing of the ones counted */
		if (others && nm > 0)
			c.vc = m[nm - 1].vc;   /* "one soldier killed and four others wounded" */
		if (others && nm > 0 && of_them(t, w->num_next, tok1, keys))
			c.part_of_prev = 1;    /* "five wounded, two of them seriously": a part */
		m[nm++] = c;
		i = c.t1 > i ? c.t1 - 1 : i;
	}
	return nm;
}

static void resolve_effects(const struct tok *t, size_t tok0, size_t tok1, const char *keys, struct mention *m,
			    size_t nm)
{
	for (size_t i = 0; i < nm; i++) {
		struct mention *c = &m[i];
		size_t prev_end = i ? m[i - 1].t1 : tok0;
		/* a breakdown of the count before: "including 12 children and 5 women" */
		if (i + 1 < nm && !c->breakdown) {
			/* "six civilians were among 22 people killed": a part of the next */
			for (size_t k = c->t1; k < m[i + 1].t0; k++)
				if (tok_is(&t[k], keys, "among") && m[i + 1].vc == VC_PEOPLE) {
					if (c->vc == VC_CIVILIAN || c->vc == VC_COMBATANT)
						c->part_of_next = 1;   /* civilians among the dead: the rest are not */
					else
						c->breakdown_of_next = 1;   /* "four children among the 28 dead" */
				}
		}
		if (i > 0) {
			for (size_t k = prev_end; k < c->t0; k++)
				if (is(&t[k], LX_INCLUDING) || (t[k].type == TT_PUNCT && (t[k].value == '(' || t[k].value == ':')))
					c->breakdown = 1;
			if (!c->breakdown && m[i - 1].breakdown) {
				int only_and = 1;
				for (size_t k = prev_end; k < c->t0; k++)
					if (!(tok_is(&t[k], keys, "and") || (t[k].type == TT_PUNCT && t[k].value == ',')))
						only_and = 0;
				c->breakdown = only_and;
			}
			if (c->breakdown && !(c->vc == VC_CHILD || c->vc == VC_WOMAN || c->vc == VC_MAN ||
					      c->vc == VC_COMBATANT || c->vc == VC_CIVILIAN))
				c->breakdown = 0;
		}
		if (c->part_of_prev && i > 0) {
			c->breakdown = 1;
			if (!c->effect && m[i - 1].effect) {
				c->effect = m[i - 1].effect;
				continue;
			}
		}
		if (!c->breakdown && c->t1 < tok1 && is(&t[c->t1], LX_INCLUDING) && tok_is(&t[c->t1], keys, "among") && i > 0 &&
		    (c->vc == VC_CHILD || c->vc == VC_WOMAN || c->vc == VC_MAN || c->vc == VC_CIVILIAN))
			c->breakdown = 1;   /* "11 children among the dead" */
		if (c->has_trig) {
			if (c->effect == EF_HARM) {
				size_t at;
				int toll = 0;
				int ef = find_effect_left(t, tok0, c->t0, 4, keys, &at, &toll);
				if (ef && ef != EF_HARM)
					c->effect = ef;
			}
			continue;
		}
		size_t at = 0;
		int toll = 0;
		int ef = find_effect_right(t, c->t1, tok1, 4, keys, &at);
		if (!ef)
			ef = find_effect_left(t, tok0, c->t0, 4, keys, &at, &toll);
		if (!ef && c->breakdown && i > 0 && m[i - 1].effect) {
			c->effect = m[i - 1].effect;
			continue;
		}
		if (!ef) {
			ef = find_effect_right(t, c->t1, tok1, 20, keys, &at);
			/* a verb of saying between: "a medic at the clinic said five
			 * wounded people ..." — the medic is a source */
			for (size_t k = c->t1; ef && k < at; k++)
				if (is(&t[k], LX_SAY))
					ef = EF_NONE;
		}
		if (!ef)
			ef = find_effect_left(t, tok0, c->t0, 10, keys, &at, &toll);
		c->effect = ef;
		c->toll = toll;
		if (ef) {
			c->trig = at;
			c->has_trig = 1;
		}
	}
	for (size_t i = 0; i + 1 < nm; i++) {
		if ((m[i].part_of_next || m[i].breakdown_of_next) && !m[i].effect)
			m[i].effect = m[i + 1].effect;
		if (m[i].breakdown_of_next)
			m[i].breakdown = 1;
	}
	/* a count before "including" takes its casualty word from its breakdown
	 * when it found none: "12 civilians, including 5 children, were killed" */
	for (size_t i = 0; i + 1 < nm; i++)
		if (!m[i].effect && m[i + 1].breakdown && m[i + 1].effect)
			m[i].effect = m[i + 1].effect;
}

static int civilian_class(int vc)
{
	return vc != VC_COMBATANT;
}

/* What the counts of one clause add up to. */
struct acc {
	struct range civ_k, civ_i, comb_k, comb_i, miss, child, women, men, part, civ_part;
	int explicit, parts_only, civ_seen;
};

static void acc_init(struct acc *a)
{
	struct range none = RANGE_NONE;
	a->civ_k = a->civ_i = a->comb_k = a->comb_i = a->miss = none;
	a->child = a->women = a->men = a->part = a->civ_part = none;
	a->explicit = 0;
	a->parts_only = 1;
	a->civ_seen = 0;
}

static void accumulate(struct acc *a, const struct mention *c)
{
	int ef = c->effect;
	if (ef == EF_HARM) {
		if (c->min != 0)
			return;   /* "5 casualties": killed or injured, not said which */
		ef = EF_KILL;   /* "no casualties": none killed, none injured */
		if (civilian_class(c->vc))
			range_add(&a->civ_i, 0, 0);
	}
	if (ef == EF_MISSING) {
		range_add(&a->miss, c->min, c->max);
		return;
	}
	int civ = civilian_class(c->vc);
	if (c->part_of_next && ef == EF_KILL) {
		if (c->vc == VC_COMBATANT)
			range_add(&a->comb_k, c->min, c->max);
		else
			range_add(&a->part, c->min, c->max);
		if (c->vc == VC_CHILD)
			range_add(&a->child, c->min, c->max);
		a->explicit |= c->vc != VC_PEOPLE;
		return;
	}
	if (ef == EF_KILL && !c->breakdown && civ) {
		if (c->vc != VC_PEOPLE)
			a->explicit = 1;
		/* "two children" alone is a part of a toll; "five women and a
		 * child" names everyone */
		if (!(c->vc == VC_CHILD || c->vc == VC_WOMAN || c->vc == VC_MAN) || a->civ_seen)
			a->parts_only = 0;
		a->civ_seen = 1;
	}
	if (ef == EF_KILL && c->breakdown && civ && c->vc != VC_PEOPLE)
		a->explicit = 1;
	if (ef == EF_KILL) {
		if (c->vc == VC_CHILD)
			range_add(&a->child, c->min, c->max);
		else if (c->vc == VC_WOMAN)
			range_add(&a->women, c->min, c->max);
		else if (c->vc == VC_MAN)
			range_add(&a->men, c->min, c->max);
	}
	if (c->breakdown) {
		if (ef == EF_KILL && c->vc == VC_COMBATANT)
			range_add(&a->comb_k, c->min, c->max);
		if (ef == EF_KILL && c->vc == VC_CIVILIAN && !c->article)
			range_add(&a->civ_part, c->min, c->max);   /* "20 people including 10 civilians" */
		return;
	}
	if (ef == EF_KILL)
		range_add(civ ? &a->civ_k : &a->comb_k, c->min, c->max);
	else if (ef == EF_INJURE)
		range_add(civ ? &a->civ_i : &a->comb_i, c->min, c->max);
}

/* Two clauses that each give a count with their own verb ("58 killed ...
 * dozens of people have been killed") most often count the same people
 * twice: the larger figure stands, not the sum. */
static void range_max(struct range *to, struct range r)
{
	if (r.min == RANGE_UNKNOWN)
		return;
	if (to->min == RANGE_UNKNOWN) {
		*to = r;
		return;
	}
	/* a figure beats a vague word ("19 killed ... dozens dead"): the vague
	 * one is most often another event or a rough first report */
	int vague_to = to->max == RANGE_UNKNOWN, vague_r = r.max == RANGE_UNKNOWN;
	if (vague_to != vague_r) {
		if (vague_to)
			*to = r;
		return;
	}
	if (r.min > to->min)
		*to = r;
}

static void acc_fold(struct acc *to, const struct acc *g)
{
	range_max(&to->civ_k, g->civ_k);
	range_max(&to->civ_i, g->civ_i);
	range_max(&to->comb_k, g->comb_k);
	range_max(&to->comb_i, g->comb_i);
	range_max(&to->miss, g->miss);
	range_max(&to->child, g->child);
	range_max(&to->women, g->women);
	range_max(&to->men, g->men);
	range_max(&to->part, g->part);
	range_max(&to->civ_part, g->civ_part);
	to->explicit |= g->explicit;
	to->civ_seen |= g->civ_seen;
	if (g->civ_seen)
		to->parts_only &= g->parts_only;
}

int casualty_read(const char *text, const struct tok *t, size_t tok0, size_t tok1, const char *keys,
		  struct casualties *out)
{
	memset(out, 0, sizeof *out);
	struct range none = RANGE_NONE;
	out->killed = out->injured = out->missing = none;
	out->civilians_killed = out->civilians_injured = none;
	out->children_killed = out->women_killed = out->men_killed = out->combatants_killed = none;

	struct mention m[MENTIONS_MAX];
	size_t nm = collect(text, t, tok0, tok1, keys, m);
	resolve_effects(t, tok0, tok1, keys, m, nm);

	/* clauses: the counts that share a casualty word */
	size_t group[MENTIONS_MAX];
	for (size_t i = 0; i < nm; i++)
		group[i] = m[i].has_trig ? m[i].trig : (i ? group[i - 1] : (size_t)-1);
	for (size_t i = nm; i-- > 0;)
		if (m[i].part_of_next && !m[i].has_trig && i + 1 < nm)
			group[i] = group[i + 1];
	for (size_t i = 0; i < nm; i++)
		if (m[i].named)
			group[i] = (size_t)-2 - (size_t)m[i].effect;   /* named people add up, whatever their verbs */

	struct acc total;
	acc_init(&total);
	struct range toll = none;
	int have = 0;
	size_t start = (size_t)-1, end = 0;
	unsigned char done[MENTIONS_MAX] = { 0 };
	for (size_t i = 0; i < nm; i++) {
		struct mention *c = &m[i];
		if (!c->effect)
			continue;
		have = 1;
		size_t s0 = t[c->t0].start, s1 = t[c->t1 - 1].end;
		if (c->has_trig) {
			if (t[c->trig].start < s0)
				s0 = t[c->trig].start;
			if (t[c->trig].end > s1)
				s1 = t[c->trig].end;
		}
		if (s0 < start)
			start = s0;
		if (s1 > end)
			end = s1;
		if (c->toll) {
			range_set(&toll, c->min, c->max);   /* the last toll given stands */
			done[i] = 1;
		}
	}
	for (size_t i = 0; i < nm; i++) {
		if (done[i] || !m[i].effect)
			continue;
		struct acc g;
		acc_init(&g);
		for (size_t j = i; j < nm; j++)
			if (!done[j] && m[j].effect && group[j] == group[i]) {
				accumulate(&g, &m[j]);
				done[j] = 1;
			}
		acc_fold(&total, &g);
	}
	struct range civ_k = total.civ_k, civ_i = total.civ_i, comb_k = total.comb_k, comb_i = total.comb_i;
	struct range miss = total.miss, child = total.child, women = total.women, men = total.men;
	struct range part = total.part;
	/* the head counted people, a breakdown says how many were civilians:
	 * those are the civilians, the others' status unknown */
	struct range people = none;   /* everyone, when the civilians are only some of them */
	if (total.civ_part.min != RANGE_UNKNOWN && civ_k.min != RANGE_UNKNOWN && total.civ_part.min <= civ_k.min &&
	    part.min == RANGE_UNKNOWN) {
		people = civ_k;
		civ_k = total.civ_part;
	}
	int explicit = total.explicit, parts_only = total.parts_only, civ_seen = total.civ_seen;
	if (toll.min != RANGE_UNKNOWN && (civ_k.min == RANGE_UNKNOWN || toll.min >= civ_k.min))
		civ_k = toll;
	struct range all_k = civ_k;   /* everyone, when the civilians are a part */
	if (part.min != RANGE_UNKNOWN && civ_k.min != RANGE_UNKNOWN) {
		civ_k = part;
		comb_k = none;
		if (all_k.min != RANGE_UNKNOWN && part.min <= all_k.min)
			range_set(&comb_k, all_k.min - part.min,
				  all_k.max == RANGE_UNKNOWN || part.max == RANGE_UNKNOWN ? RANGE_UNKNOWN
											 : all_k.max - part.max);
		if (comb_k.min == 0)
			comb_k = none;   /* the rest are not said to be fighters */
	}
	if (!have) {
		/* harm reported without a figure: "Russian airstrikes killed civilians in Idlib" */
		int harm = 0, victim = 0, event = 0;
		for (size_t i = tok0; i < tok1; i++) {
			const struct tok *w = &t[i];
			if (!live(w))
				continue;
			int ef = effect_of(w);
			if (ef == EF_KILL || ef == EF_INJURE) {
				int weak = gerund(w, keys) && !(i > tok0 && t[i - 1].type == TT_PUNCT && t[i - 1].value == ',');
				if (i > tok0 && (is(&t[i - 1], LX_NEG) || tok_is(&t[i - 1], keys, "no")))
					weak = 1;
				if (!weak && !harm) {
					harm = 1;
					start = w->start;
					end = w->end;
				}
			}
			if (w->cat == LX_VICTIM)
				victim = 1;
			if (w->cat == LX_WEAPON || w->cat == LX_ATTACK || w->weapon)
				event = 1;
		}
		if (!(harm && (victim || event)))
			return 0;
		out->start = start;
		out->end = end;
		out->status = VICTIM_UNKNOWN;
		return 1;
	}
	out->civilians_killed = civ_k;
	out->civilians_injured = civ_i;
	out->combatants_killed = comb_k;
	out->children_killed = child;
	out->women_killed = women;
	out->men_killed = men;
	out->missing = miss;
	out->killed = civ_k;
	if (comb_k.min != RANGE_UNKNOWN)
		range_add(&out->killed, comb_k.min, comb_k.max);
	if (people.min != RANGE_UNKNOWN && people.min > out->killed.min)
		out->killed = people;
	out->injured = civ_i;
	if (comb_i.min != RANGE_UNKNOWN)
		range_add(&out->injured, comb_i.min, comb_i.max);
	int civ = range_known(civ_k) || range_known(civ_i), comb = range_known(comb_k) || range_known(comb_i);
	out->status = civ && comb ? VICTIM_MIXED : civ ? VICTIM_CIVILIAN : comb ? VICTIM_COMBATANT : VICTIM_UNKNOWN;
	out->start = start;
	out->end = end;
	out->counts = 1;
	out->civ_explicit = explicit;
	out->civ_parts_only = civ_seen && parts_only;
	return 1;
}
