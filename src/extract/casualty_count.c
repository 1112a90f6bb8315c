/* casualty_count.c - the counts of one sentence: a number phrase (num.h)
 * followed, past a few modifiers ("other", "Syrian", "of the"), by a victim
 * noun ("civilians"), or by a casualty word alone ("43 killed"), or after a
 * toll ("the death toll rose to 30"); an article or possessive before a
 * singular victim noun ("a child", "her daughter"); a headline's bare noun
 * ("Civilian killed", "kills woman, daughter"); a person named with an age. */
#include <string.h>

#include "extract/casualty_impl.h"
#include "extract/num.h"

static int singular_noun(const struct tok *t, const char *keys)
{
	if (t->clitics & CL_ARABIC)
		return (t->lxf & LXF_SINGULAR) != 0;   /* Arabic plurals end in anything */
	const char *k = keys + t->key_off;
	return t->key_len > 0 && k[t->key_len - 1] != 's' && !tok_is(t, keys, "people") &&
	       !tok_is(t, keys, "children") && !tok_is(t, keys, "women") && !tok_is(t, keys, "men") &&
	       !tok_is(t, keys, "personnel");
}

/* "injured", "wounded", "killed" before a noun: an adjective here. */
static int participle(const struct tok *t, const char *keys)
{
	int ef = cas_effect_of(t);
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
		if (cas_is(&t[k], LX_ACTOR) && (t[k].value == BEL_ISIS || t[k].value == BEL_HTS ||
						(t[k].value == BEL_SDF && !tok_is(&t[k], keys, "kurdish"))))
			return 1;   /* "Kurdish officials" are people of a place, not of a force */
	return 0;
}

static const char *const function_words[] = { "and", "or", "but", "with", "for", "from", "after", "into",
					       "near", "while", "when", NULL };

/* Is the bare singular noun at i (no article: headline style) one of a list
 * a casualty verb governs: "kills woman, daughter and ISIS official"? */
static int bare_in_list(const struct tok *t, size_t tok0, size_t i, const char *keys)
{
	size_t k = i;
	/* back over the noun's modifiers: "suspected ISIS official", "young man" */
	while (k > tok0 && k + 3 > i && (cas_is(&t[k - 1], LX_ACTOR) || cas_is(&t[k - 1], LX_MOD) ||
					 (t[k - 1].type == TT_WORD && t[k - 1].cat == LX_NONE &&
					  !tok_is(&t[k - 1], keys, "the") && !tok_is(&t[k - 1], keys, "a") &&
					  !tok_is(&t[k - 1], keys, "of") && !tok_in(&t[k - 1], keys, function_words) &&
					  t[k - 1].key_len > 2 &&
					  !t[k - 1].has_num)))
		k--;
	if (k == tok0)
		return 0;
	const struct tok *p = &t[k - 1];
	int ef = cas_effect_of(p);
	/* "kills woman"; "injured elder woman" when the participle is a verb (no
	 * article before it: "an injured woman" is no list) */
	int verb = !participle(p, keys) ||
		   (k >= tok0 + 2 && !tok_is(&t[k - 2], keys, "a") && !tok_is(&t[k - 2], keys, "an") &&
		    !tok_is(&t[k - 2], keys, "the") && t[k - 2].type != TT_PUNCT);
	if ((ef == EF_KILL || ef == EF_INJURE) && !cas_gerund(p, keys) && verb)
		return 1;
	if (!(tok_is(p, keys, "and") || (p->type == TT_PUNCT && p->value == ',')) || k < tok0 + 2)
		return 0;
	/* after "," or "and": the item before must be a bare victim noun of the same list */
	const struct tok *q = &t[k - 2];
	return cas_is(q, LX_VICTIM) && singular_noun(q, keys) && bare_in_list(t, tok0, k - 2, keys);
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
	while (k < end && k < j + 3 && cas_is(&t[k], LX_AUX))
		k++;
	int ef = k < end ? cas_effect_of(&t[k]) : EF_NONE;
	return (ef == EF_KILL || ef == EF_INJURE || ef == EF_MISSING) && !cas_gerund(&t[k], keys);
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
static int named_with_age(const struct tok *t, size_t tok0, size_t i, size_t end, const char *keys, size_t *trig)
{
	const struct tok *w = &t[i];
	if (w->num_flags != NUM_DIGITS || w->num_min != w->num_max || w->num_min < 1 || w->num_min > 110)
		return 0;
	size_t j = w->num_next;
	if (i < tok0 + 2 || t[i - 1].type != TT_PUNCT || t[i - 1].value != ',')
		return 0;
	int comma_after = j < end && t[j].type == TT_PUNCT && (t[j].value == ',' || t[j].value == '.');
	if (!comma_after && !(j >= end || cas_is(&t[j], LX_AUX) || tok_is(&t[j], keys, "and")))
		return 0;
	if (!(t[i - 2].type == TT_WORD && t[i - 2].upper && t[i - 2].cat == LX_NONE))
		return 0;
	/* its verb after it: "Kawthar Hajj Khalil, 45, was seriously injured" */
	size_t k = j + (comma_after ? 1 : 0);
	while (k < end && !cas_effect_of(&t[k]) && (cas_is(&t[k], LX_AUX) || cas_skippable_after(&t[k], keys)))
		k++;
	int ef = k < end ? cas_effect_of(&t[k]) : EF_NONE;
	if ((ef == EF_KILL || ef == EF_INJURE) && !cas_gerund(&t[k], keys)) {
		*trig = k;
		return 1;
	}
	/* or a verb before a list of names: "injured Sabri Sido, 20, Aziz Zeidan, 32" */
	for (size_t b = i; b-- > tok0 && b + 16 > i;) {
		if (t[b].type == TT_PUNCT && (t[b].value == '.' || t[b].value == ';'))
			break;
		int e = cas_effect_of(&t[b]);
		if (e == EF_KILL || e == EF_INJURE) {
			*trig = b;
			return 1;
		}
	}
	return 0;
}

/* "al-Hassan", "el-Din": a surname with its article. */
static int article_prefixed(const struct tok *t, const char *keys)
{
	return lx_joined_article(t, keys) == 3 && keys[t->key_off + 1] == 'l';
}

/* A person's name opening a clause and a casualty verb after it: "Mohammad
 * al-Hassan was shot dead", "Ahmed Saleh was killed". Two to five
 * capitalised words the lexicon does not know (so no party or place word),
 * then only auxiliaries and adverbs before the verb. Sets *end past the
 * name and *trig at the verb. */
static int named_person(const struct tok *t, size_t tok0, size_t i, size_t end, const char *keys, size_t *name_end,
			size_t *trig)
{
	if (!(i == tok0 || (t[i - 1].type == TT_PUNCT && t[i - 1].value != '(')))
		return 0;
	size_t k = i;
	while (k < end && k < i + 5 && t[k].type == TT_WORD && t[k].cat == LX_NONE && !t[k].in_phrase &&
	       (t[k].upper || article_prefixed(&t[k], keys)) && !t[k].has_num)
		k++;
	if (k - i < 2 || k >= end)
		return 0;
	size_t v = k;
	while (v < end && v < k + 3 && !cas_effect_of(&t[v]) && (cas_is(&t[v], LX_AUX) || cas_skippable_after(&t[v], keys)))
		v++;
	if (v == k || v >= end)
		return 0;   /* "Ahmed Saleh killed ..." is a headline's subject, not its victim */
	int ef = cas_effect_of(&t[v]);
	if (!(ef == EF_KILL || ef == EF_INJURE) || cas_gerund(&t[v], keys))
		return 0;
	*name_end = k;
	*trig = v;
	return 1;
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
		if (cas_is(&t[b], LX_TOLL)) {
			*at = b;
			return 1;
		}
	return 0;
}

/* Can a count with no noun end at token j? ("killing five in Idlib") */
static int bare_count_end(const struct tok *t, size_t j, size_t end, const char *keys)
{
	if (j >= end || t[j].type == TT_PUNCT || cas_effect_of(&t[j]))
		return 1;   /* "Kills Two Injures Three" */
	static const char *const preps[] = { "in", "on", "near", "at", "and", "including", "when", "after",
					     "while", "as", "during", "from", "across", "inside", NULL };
	return tok_in(&t[j], keys, preps) || cas_ar_bare_end(&t[j], keys);
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
	return tok_in(&t[j], keys, units) || cas_ar_unit(&t[j], keys);
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
		if (cas_is(w, LX_VICTIM)) {
			*noun = j;
			return 1;
		}
		if (tok_is(w, keys, "others") || cas_ar_others(w, keys) || of_them(t, j, end, keys)) {
			*others = 1;
			*noun = j;
			return 1;
		}
		if ((tok_is(w, keys, "more") || tok_is(w, keys, "other")) && j + 1 < end &&
		    (cas_is(&t[j + 1], LX_AUX) || cas_effect_of(&t[j + 1]))) {
			*others = 1;   /* "twenty more were wounded" */
			*noun = j;
			return 1;
		}
		if (cas_is(w, LX_MOD) || cas_is(w, LX_ACTOR) || tok_is(w, keys, "the") || tok_is(w, keys, "of") ||
		    cas_is(w, LX_OF) || (w->type == TT_WORD && w->upper && w->cat == LX_NONE)) {
			j += w->span ? w->span : 1;
			skips++;
			continue;
		}
		return 0;
	}
	return 0;
}

size_t cas_collect(const char *text, const struct tok *t, size_t tok0, size_t tok1, const char *keys,
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
		size_t named_trig = 0;
		if (w->has_num && named_with_age(t, tok0, i, tok1, keys, &named_trig)) {
			/* "Kawthar Hajj Khalil, 45, was seriously injured": one person,
			 * named, with an age: a child under 18 */
			size_t k = named_trig;
			c.vc = w->num_min < 18 ? VC_CHILD : VC_PEOPLE;
			c.min = c.max = 1;
			c.t1 = w->num_next;
			c.trig = k;
			c.has_trig = 1;
			c.effect = cas_effect_of(&t[k]);
			c.article = 1;
			c.named = 1;
		} else if (w->has_num) {
			size_t j = w->num_next;
			c.min = w->num_min;
			c.max = w->num_max;
			if (noun_after(t, j, tok1, keys, &noun, &others) && others && of_them(t, noun, tok1, keys) &&
			    noun + 2 < tok1 && cas_is(&t[noun + 2], LX_VICTIM) && nm > 0) {
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
			} else if (j + 1 < tok1 && cas_is(&t[j], LX_AUX) && nm > 0 && !(w->num_flags & NUM_YEARLIKE) &&
				   elided_effect(t, j, tok1, keys)) {
				/* "three civilians were killed and five were injured": the
				 * noun is the one before */
				size_t k = j;
				while (k < tok1 && cas_is(&t[k], LX_AUX))
					k++;
				c.vc = m[nm - 1].vc;
				c.t1 = k + 1;
				c.trig = k;
				c.has_trig = 1;
				c.effect = cas_effect_of(&t[k]);
			} else if (j < tok1 && (cas_effect_of(&t[j]) || cas_ar_aux_effect(t, j, tok1, keys, &j))) {
				if (w->num_flags & NUM_YEARLIKE)
					continue;
				size_t left;
				if (cas_verb_has_count(t, j, tok1) && cas_verb_before(t, tok0, i, keys, &left)) {
					/* "kill 5 injure 50": the verb after has its own count */
					c.t1 = j;
					c.trig = left;
				} else {
					c.t1 = j + 1;
					c.trig = j;
				}
				c.has_trig = 1;
				c.effect = cas_effect_of(&t[c.trig]);
			} else if (!(w->num_flags & NUM_YEARLIKE)) {
				size_t at;
				int toll = 0;
				int ef = cas_find_effect_left(t, tok0, i, 2, keys, &at, &toll);
				if (ef && !toll && ef != EF_HARM && bare_count_end(t, j, tok1, keys)) {
					/* "killing five in Idlib", "wounded 12." */
					c.t1 = j;
					c.trig = at;
					c.has_trig = 1;
					c.effect = ef;
				} else if (!unit_after(t, j, tok1, keys) &&
					   (toll_before(t, tok0, i, keys, &at) || cas_ar_toll_before(t, tok0, i, keys, &at))) {
					/* "the death toll from the attacks rose to 8 more casualties" */
					c.t1 = j;
					c.trig = at;
					c.has_trig = 1;
					c.effect = EF_KILL;
					c.toll = 1;
				} else if (!unit_after(t, j, tok1, keys) &&
					   cas_find_effect_left(t, tok0, i, 6, keys, &at, &toll) && toll) {
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
		} else if ((w->clitics & CL_ARABIC) && cas_ar_count(text, t, tok0, i, tok1, keys, m, nm, &c)) {
			/* Arabic: a dual, a singular that counts one, a number after its noun */
		} else if ((tok_is(w, keys, "a") || tok_is(w, keys, "an") || tok_is(w, keys, "his") ||
			    tok_is(w, keys, "her") || tok_is(w, keys, "their") || tok_is(w, keys, "another")) &&
			   i + 1 < tok1) {
			/* "a child", "an elderly woman", "a Syrian civilian" */
			size_t j = i + 1, skips = 0, adj = 0;
			int adj_effect = EF_NONE;
			while (j < tok1 && skips < 2 && (cas_is(&t[j], LX_MOD) || (t[j].upper && t[j].cat == LX_NONE) ||
							 cas_is(&t[j], LX_ACTOR) || participle(&t[j], keys) ||
							 age_word(&t[j], keys) || ordinal(&t[j], keys))) {
				if (participle(&t[j], keys)) {
					adj_effect = cas_effect_of(&t[j]);   /* "an injured girl" */
					adj = j;
				}
				j += t[j].span ? t[j].span : 1;
				skips++;
			}
			if (j >= tok1 || !cas_is(&t[j], LX_VICTIM) || !singular_noun(&t[j], keys) || possessive(text, &t[j]))
				continue;   /* "a farmer's family" is no count of farmers */
			size_t after_noun = j + (t[j].span ? t[j].span : 1);
			if (after_noun < tok1 && (cas_is(&t[after_noun], LX_SAY) || cas_is(&t[after_noun], LX_ACCUSE)))
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
		} else if (cas_is(w, LX_VICTIM) && singular_noun(w, keys) && w->value != VC_FAMILY && i > tok0 &&
			   bare_in_list(t, tok0, i, keys)) {
			/* a headline's "... kills woman, daughter and ISIS official" */
			c.vc = i > tok0 && armed_group_before(t, i > tok0 + 3 ? i - 3 : tok0, i, keys) ? VC_COMBATANT : w->value;
			c.min = c.max = 1;
			c.t1 = i + (w->span ? w->span : 1);
		} else if (named_person(t, tok0, i, tok1, keys, &c.t1, &c.trig)) {
			/* "Mohammad al-Hassan was shot dead on ..." */
			c.vc = VC_PEOPLE;
			c.min = c.max = 1;
			c.has_trig = 1;
			c.effect = cas_effect_of(&t[c.trig]);
			c.article = 1;
			c.named = 1;
		} else if (cas_is(w, LX_VICTIM) && w->upper && singular_noun(w, keys) && w->value != VC_FAMILY &&
			   (i == tok0 || t[i - 1].type == TT_PUNCT) && i + 1 < tok1 && participle(&t[i + 1], keys)) {
			/* a headline's "Civilian killed in ...", "Child injured" */
			c.vc = w->value;
			c.min = c.max = 1;
			c.t1 = i + 2;
			c.trig = i + 1;
			c.has_trig = 1;
			c.effect = cas_effect_of(&t[i + 1]);
		} else if (cas_is(w, LX_NEG) && i + 1 < tok1 && cas_effect_of(&t[i + 1]) == EF_HARM) {
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
	/* "kill 83 injure 100 ISIS fighters": a bare count before a verb and
	 * its count shares that count's noun */
	for (size_t k = nm; k-- > 1;) {
		struct mention *b = &m[k - 1];
		if (b->vc == VC_PEOPLE && t[b->t0].has_num && b->t1 == t[b->t0].num_next && b->t1 < tok1 &&
		    cas_effect_of(&t[b->t1]) && m[k].t0 == b->t1 + 1 && m[k].vc != VC_PEOPLE && m[k].vc != VC_FAMILY)
			b->vc = m[k].vc;
	}
	return nm;
}
