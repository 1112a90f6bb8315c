/* casualty_effect.c - which casualty word governs each count of a sentence:
 * the one next to it (after it: "were killed"; before it: "killing 12"),
 * else one a little further out; and which counts break down or are part of
 * another ("including 12 children", "six civilians among 22 killed"), which
 * take the casualty word of the count they belong to. */
#include <string.h>

#include "extract/casualty_impl.h"
#include "extract/num.h"

static int stop_mark(const struct tok *t)
{
	return t->type == TT_PUNCT && (t->value == '.' || t->value == ';' || t->value == '|' || t->value == '?' ||
				       t->value == '!');
}

int cas_skippable_after(const struct tok *t, const char *keys)
{
	if (cas_is(t, LX_AUX))
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

int cas_gerund(const struct tok *t, const char *keys)
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

		int ef = cas_effect_of(&t[k]);
		if (ef && !cas_gerund(&t[k], keys)) {
			/* far off, a verb with its own count is that count's:
			 * "5 civilians ... the coalition killed 14 jihadists",
			 * "9 men ... executed and crucified nine men" */
			size_t o = k + 1;
			if (reach > 4 && o + 1 < end && tok_is(&t[o], keys, "and") && t[o + 1].key_len > 3 &&
			    keys[t[o + 1].key_off + t[o + 1].key_len - 2] == 'e' &&
			    keys[t[o + 1].key_off + t[o + 1].key_len - 1] == 'd')
				o += 2;   /* "executed and crucified nine" */
			if (reach > 4 && o < end && t[o].has_num && !(t[o].num_flags & NUM_YEARLIKE))
				return EF_NONE;
			*at = k;
			return ef;
		}
		/* the rest of a phrase that may stand between ("have been") */
		if (reach <= 4 && !cas_skippable_after(&t[k], keys) &&
		    !(t[k].in_phrase && k > from && cas_skippable_after(&t[k - 1], keys)))
			return EF_NONE;
	}
	return EF_NONE;
}

int cas_find_effect_left(const struct tok *t, size_t start, size_t from, size_t reach, const char *keys,
			 size_t *at, int *toll)
{
	size_t steps = 0;
	for (size_t k = from; k > start && steps < reach; k--, steps++) {
		/* inside a phrase: its head says what it is ("claimed the lives of") */
		while (k - 1 > start && t[k - 1].in_phrase) {
			k--;
			steps++;
		}
		if (steps >= reach)
			break;
		const struct tok *w = &t[k - 1];
		if (stop_mark(w))
			return EF_NONE;
		int ef = cas_effect_of(w);
		if (ef) {
			*at = k - 1;
			return ef;
		}
		if (cas_is(w, LX_TOLL)) {
			*at = k - 1;
			*toll = 1;
			return EF_KILL;
		}
		if (reach <= 4 && !(cas_is(w, LX_OF) || cas_is(w, LX_AUX) || tok_is(w, keys, "the") ||
				    tok_is(w, keys, "of") || tok_is(w, keys, "to") || tok_is(w, keys, "at") ||
				    cas_is(w, LX_MOD) || cas_ar_skippable_left(w, keys) ||
				    (w->type == TT_PUNCT && w->value == ',')))
			return EF_NONE;
	}
	return EF_NONE;
}

int cas_verb_has_count(const struct tok *t, size_t k, size_t end)
{
	return k + 1 < end && t[k + 1].has_num;
}

int cas_verb_before(const struct tok *t, size_t start, size_t from, const char *keys, size_t *at)
{
	int toll = 0;
	int ef = cas_find_effect_left(t, start, from, 2, keys, at, &toll);
	return (ef == EF_KILL || ef == EF_INJURE) && !toll && !(tok_is(&t[*at], keys, "dead") || tok_is(&t[*at], keys, "death"));
}

void cas_resolve_effects(const struct tok *t, size_t tok0, size_t tok1, const char *keys, struct mention *m,
			 size_t nm)
{
	int ar = cas_ar_sentence(t, tok0, tok1);
	static const char *const civ_words[] = { "civilians", "civilian", "non-combatants", "noncombatants", NULL };
	for (size_t i = 0; i < nm; i++)
		m[i].civ_word = m[i].vc == VC_CIVILIAN && m[i].t1 > m[i].t0 && tok_in(&t[m[i].t1 - 1], keys, civ_words);
	for (size_t i = 0; i < nm; i++) {
		struct mention *c = &m[i];
		size_t prev_end = i ? m[i - 1].t1 : tok0;
		/* a breakdown of the count before: "including 12 children and 5 women" */
		if (i + 1 < nm && !c->breakdown) {
			/* "six civilians were among 22 people killed": a part of the
			 * next; "six civilians including a child were among 22": of the
			 * one after the breakdown */
			size_t nx = i + 1, from = c->t1;
			for (size_t k = c->t1; k < m[nx].t0; k++)
				if (cas_is(&t[k], LX_INCLUDING) && !tok_is(&t[k], keys, "among") && nx + 1 < nm) {
					from = m[nx].t1;
					nx++;
					break;
				}
			for (size_t k = from; k < m[nx].t0; k++)
				if (tok_is(&t[k], keys, "among") && m[nx].vc == VC_PEOPLE) {
					/* civilians among the dead: the rest are not; "two
					 * medics among 31 dead" says nothing of the rest */
					if (c->vc == VC_COMBATANT || c->civ_word)
						c->part_of_next = 1;
					else
						c->breakdown_of_next = 1;   /* "four children among the 28 dead" */
				}
		}
		if (i > 0) {
			int paren = 0;   /* a "(" still open: "(25 عاماً) والطفلة" is no breakdown */
			for (size_t k = prev_end; k < c->t0; k++) {
				if (cas_is(&t[k], LX_INCLUDING) || (t[k].type == TT_PUNCT && t[k].value == ':'))
					c->breakdown = 1;
				if (t[k].type == TT_PUNCT && t[k].value == '(')
					paren = 1;
				if (t[k].type == TT_PUNCT && t[k].value == ')')
					paren = 0;
			}
			if (paren)
				c->breakdown = 1;
			if (!c->breakdown && m[i - 1].breakdown) {
				int only_and = 1;
				for (size_t k = prev_end; k < c->t0; k++)
					if (!(tok_is(&t[k], keys, "and") || cas_ar_and(&t[k], keys) ||
					      (t[k].type == TT_PUNCT && t[k].value == ',')))
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
		if (!c->breakdown && c->t1 < tok1 && cas_is(&t[c->t1], LX_INCLUDING) && tok_is(&t[c->t1], keys, "among") &&
		    i > 0 && (c->vc == VC_CHILD || c->vc == VC_WOMAN || c->vc == VC_MAN || c->vc == VC_CIVILIAN))
			c->breakdown = 1;   /* "11 children among the dead" */
		if (c->has_trig) {
			if (c->effect == EF_HARM) {
				size_t at;
				int toll = 0;
				int ef = cas_find_effect_left(t, tok0, c->t0, 4, keys, &at, &toll);
				if (ef && ef != EF_HARM)
					c->effect = ef;
			}
			continue;
		}
		size_t at = 0;
		int toll = 0;
		int ef;
		if (ar && cas_ar_toll_before(t, tok0, c->t0, keys, &at)) {
			ef = EF_KILL;   /* "ارتفعت الحصيلة إلى ١٥ مدنياً" */
			toll = 1;
		} else if (ar) {
			/* Arabic: the verb or verbal noun before its count ("مقتل ٣ مدنيين") */
			ef = cas_find_effect_left(t, tok0, c->t0, 4, keys, &at, &toll);
			if (!ef)
				ef = find_effect_right(t, c->t1, tok1, 4, keys, &at);
			if (ef && at > c->t0 && (t[at].clitics & (CL_WA | CL_FA)))
				ef = EF_NONE;   /* "... وإصابة ٥": the next clause's verbal noun */
		} else {
			ef = find_effect_right(t, c->t1, tok1, 4, keys, &at);
			size_t left;
			if (ef && cas_verb_has_count(t, at, tok1) && cas_verb_before(t, tok0, c->t0, keys, &left)) {
				ef = cas_effect_of(&t[left]);   /* "killed 30 people injured 90" */
				at = left;
			}
			if (!ef)
				ef = cas_find_effect_left(t, tok0, c->t0, 4, keys, &at, &toll);
		}
		/* "the death of a woman and a young man": counts joined by "and"
		 * alone share their casualty word */
		if (!ef && !c->breakdown && i > 0 && m[i - 1].effect &&
		    ((c->t0 == m[i - 1].t1 + 1 && (tok_is(&t[m[i - 1].t1], keys, "and") || cas_ar_and(&t[m[i - 1].t1], keys) ||
						   (t[m[i - 1].t1].type == TT_PUNCT && t[m[i - 1].t1].value == ','))) ||
		     cas_ar_joined(t, m[i - 1].t1, c->t0, keys))) {
			c->effect = m[i - 1].effect;
			c->trig = m[i - 1].trig;
			c->has_trig = m[i - 1].has_trig;
			continue;
		}
		if (!ef && c->breakdown && i > 0 && m[i - 1].effect) {
			c->effect = m[i - 1].effect;
			continue;
		}
		if (!ef) {
			ef = find_effect_right(t, c->t1, tok1, c->article ? 35 : 20, keys, &at);
			/* a verb of saying between: "a medic at the clinic said five
			 * wounded people ..." — the medic is a source */
			for (size_t k = c->t1; ef && k < at; k++)
				if (cas_is(&t[k], LX_SAY))
					ef = EF_NONE;
			if (ef && ar && (t[at].clitics & (CL_WA | CL_FA)))
				ef = EF_NONE;
		}
		if (!ef)
			ef = cas_find_effect_left(t, tok0, c->t0, 10, keys, &at, &toll);
		c->effect = ef;
		c->toll = toll;
		if (ef) {
			c->trig = at;
			c->has_trig = 1;
		}
	}
	/* "19 killed and injured", "Dozens Killed Injured", "have killed and
	 * wounded hundreds": killed or injured, not said which */
	for (size_t i = 0; i < nm; i++) {
		struct mention *c = &m[i];
		if (!c->has_trig || !(c->effect == EF_KILL || c->effect == EF_INJURE) || c->named)
			continue;
		size_t k = c->trig;
		int other = c->effect == EF_KILL ? EF_INJURE : EF_KILL;
		if (k > c->t0) {   /* the verb after the count */
			size_t o = k + 1 < tok1 && tok_is(&t[k + 1], keys, "and") ? k + 2 : k + 1;
			if (o < tok1 && cas_effect_of(&t[o]) == other && !(o + 1 < tok1 && t[o + 1].has_num))
				c->effect = EF_HARM;
		} else if (k >= tok0 + 2 && tok_is(&t[k - 1], keys, "and") && cas_effect_of(&t[k - 2]) == other) {
			c->effect = EF_HARM;   /* the verb before the count */
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
