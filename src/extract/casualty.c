/* casualty.c - what the counts of one sentence add up to (casualty_read).
 *
 * casualty_count.c finds the counts, each with the victims it names, and
 * casualty_effect.c ties each to the casualty word that governs it. Here the
 * counts that share a casualty word add up (one clause); clauses with their
 * own verbs take the larger figure; breakdowns ("including 12 children") do
 * not add to the total they break down; a toll given sets the total. A
 * sentence that reports harm without a figure counts too ("airstrikes killed
 * civilians in Idlib"). */
#include <string.h>

#include "extract/casualty_impl.h"

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

static int civilian_class(int vc)
{
	return vc != VC_COMBATANT;
}

/* What the counts of one clause add up to. */
struct acc {
	struct range civ_k, civ_i, comb_k, comb_i, miss, child, women, men, part, civ_part;
	struct range comb_part;   /* fighters in a breakdown: "nine men, eight of them rebels" */
	int explicit, parts_only, civ_seen;
};

static void acc_init(struct acc *a)
{
	struct range none = RANGE_NONE;
	a->civ_k = a->civ_i = a->comb_k = a->comb_i = a->miss = none;
	a->child = a->women = a->men = a->part = a->civ_part = a->comb_part = none;
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
			range_add(&a->comb_part, c->min, c->max);
		if (ef == EF_KILL && c->civ_word && !c->article)
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

/* Fighters a breakdown names are some of the clause's total, not more
 * people: "killed 20 people including 5 soldiers" is 15 civilians and 5
 * combatants. */
static void acc_close(struct acc *g)
{
	struct range f = g->comb_part;
	if (f.min == RANGE_UNKNOWN)
		return;
	if (g->civ_k.min != RANGE_UNKNOWN && f.min <= g->civ_k.min) {
		g->civ_k.min -= f.min;
		if (g->civ_k.max != RANGE_UNKNOWN)
			g->civ_k.max = f.max != RANGE_UNKNOWN && f.max <= g->civ_k.max ? g->civ_k.max - f.max : g->civ_k.min;
		if (g->civ_k.max != RANGE_UNKNOWN && g->civ_k.max < g->civ_k.min)
			g->civ_k.max = g->civ_k.min;
	}
	range_add(&g->comb_k, f.min, f.max);
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
	size_t nm = cas_collect(text, t, tok0, tok1, keys, m);
	cas_resolve_effects(t, tok0, tok1, keys, m, nm);

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
		acc_close(&g);
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
			if (!cas_live(w))
				continue;
			int ef = cas_effect_of(w);
			if (ef == EF_KILL || ef == EF_INJURE) {
				int weak = cas_gerund(w, keys) &&
					   !(i > tok0 && t[i - 1].type == TT_PUNCT && t[i - 1].value == ',');
				if (i > tok0 && (cas_is(&t[i - 1], LX_NEG) || tok_is(&t[i - 1], keys, "no")))
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
	out->civ_explicit = explicit;
	out->civ_parts_only = civ_seen && parts_only;
	return 1;
}
