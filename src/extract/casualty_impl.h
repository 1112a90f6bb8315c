/* casualty_impl.h - what the files of the casualty reader share. Not for
 * use outside them: the extractor reads counts through casualty.h.
 *
 * A sentence is read in three passes: its counts are found, each with the
 * victims it names (casualty_count.c); the casualty word that governs each
 * count is found, and which counts break down or are part of another
 * (casualty_effect.c); last the counts are added up, clause by clause
 * (casualty.c). */
#ifndef CIVCAS_CASUALTY_IMPL_H
#define CIVCAS_CASUALTY_IMPL_H

#include <stddef.h>

#include "extract/casualty.h"
#include "extract/extract_impl.h"

/* What a casualty word says happened to the victims. */
enum effect { EF_NONE = 0, EF_KILL, EF_INJURE, EF_MISSING, EF_HARM };

/* One count of the sentence and what it is tied to. */
struct mention {
	long min, max;
	int vc;               /* enum vc: the victims it names */
	int effect;           /* enum effect of its casualty word, EF_NONE until found */
	int breakdown;        /* breaks down the count before it: "including 12 children" */
	int toll;             /* a toll's figure: "the death toll rose to 30" */
	size_t t0, t1;        /* the count and its noun: tokens [t0, t1) */
	size_t trig;          /* the casualty word, when found */
	int has_trig;
	int part_of_next;     /* "six civilians were among 22 people killed" */
	int part_of_prev;     /* "killing seven people, two of them women" */
	int breakdown_of_next; /* "four children are among the 28 dead" */
	int article;          /* counted from "a"/"an"/"his": one person named */
	int named;            /* a person named with an age: distinct from the others */
	int civ_word;         /* the noun is "civilians" itself, not "medics" or "workers":
	                         civilians among others say the others are not */
};

#define MENTIONS_MAX 32   /* counts read in one sentence, at most */

/* A token not covered by a phrase that started earlier. */
static inline int cas_live(const struct tok *t)
{
	return !t->in_phrase;
}

/* The casualty word at t (enum effect), or EF_NONE. */
static inline int cas_effect_of(const struct tok *t)
{
	if (!cas_live(t))
		return EF_NONE;
	switch (t->cat) {
	case LX_KILL: return EF_KILL;
	case LX_INJURE: return EF_INJURE;
	case LX_MISSING: return EF_MISSING;
	case LX_HARM: return EF_HARM;
	default: return EF_NONE;
	}
}

/* A live token of the lexicon category cat (enum lx_cat). */
static inline int cas_is(const struct tok *t, int cat)
{
	return cas_live(t) && t->cat == cat;
}

/* ---- casualty words (casualty_effect.c) ---- */

/* "killing", "wounding": governs what follows it, not what precedes it. */
int cas_gerund(const struct tok *t, const char *keys);
/* Words that may stand between a count and its casualty word. */
int cas_skippable_after(const struct tok *t, const char *keys);
/* The casualty word at most reach tokens before token from (not before
 * start): its effect, with *at its token, or EF_NONE. Within 4 tokens only
 * "the", "of", modifiers and the like may stand between. A toll word is
 * EF_KILL and sets *toll. */
int cas_find_effect_left(const struct tok *t, size_t start, size_t from, size_t reach, const char *keys,
			 size_t *at, int *toll);
/* Does the casualty word at k take a count of its own right after it
 * ("injured 90")? Then it governs that count, not the one before it. */
int cas_verb_has_count(const struct tok *t, size_t k, size_t end);
/* A casualty verb (killed, injuring: not a toll, "dead" or "death") just
 * before token from, past at most one modifier: 1 with *at its token. */
int cas_verb_before(const struct tok *t, size_t start, size_t from, const char *keys, size_t *at);
/* Tie each of the counts m[0..nm) of the sentence [tok0, tok1) to its
 * casualty word, and mark breakdowns and parts. */
void cas_resolve_effects(const struct tok *t, size_t tok0, size_t tok1, const char *keys, struct mention *m,
			 size_t nm);

/* ---- counts (casualty_count.c) ---- */

/* The counts of the sentence [tok0, tok1), at most MENTIONS_MAX, into m in
 * text order; returns how many. */
size_t cas_collect(const char *text, const struct tok *t, size_t tok0, size_t tok1, const char *keys,
		   struct mention *m);

/* ---- Arabic (casualty_ar.c) ---- */

/* Are most words of the sentence [tok0, tok1) Arabic? Its casualty words
 * are then looked for before a count first. */
int cas_ar_sentence(const struct tok *t, size_t tok0, size_t tok1);
/* A count at token i that Arabic makes without a number before a noun: a
 * dual, a singular noun where it counts one, a number after its noun,
 * "دون وقوع إصابات" (none). Fills *c (t0 and vc set by the caller) and
 * returns 1, else 0. m[0..nm) are the counts before it. */
int cas_ar_count(const char *text, const struct tok *t, size_t tok0, size_t i, size_t tok1, const char *keys,
		 const struct mention *m, size_t nm, struct mention *c);
/* "٩ على الأقل قُتلوا": an Arabic auxiliary at j, then a casualty verb (no
 * noun between): sets *at to the verb. */
int cas_ar_aux_effect(const struct tok *t, size_t j, size_t tok1, const char *keys, size_t *at);
/* "أصيب 21 جراء ...": a word that may follow a count with no noun. */
int cas_ar_bare_end(const struct tok *t, const char *keys);
/* Is the count at i joined by و to the count that ends at prev_end, with
 * at most a name and an age between ("المواطن فلان (25 عاماً) والطفلة")? */
int cas_ar_joined(const struct tok *t, size_t prev_end, size_t i, const char *keys);
/* "آخرين", "آخرون": the others. */
int cas_ar_others(const struct tok *t, const char *keys);
/* "و" written apart. */
int cas_ar_and(const struct tok *t, const char *keys);
/* "عاماً", "سنوات", "كم" ...: a number of these is no count of people. */
int cas_ar_unit(const struct tok *t, const char *keys);
/* The day or time of day between a casualty word and its count ("أصيب
 * اليوم الجمعة ٣ مدنيين"). */
int cas_ar_skippable_left(const struct tok *t, const char *keys);
/* "ارتفعت حصيلة الضحايا إلى ٣٠": a toll before the number at i; *at gets
 * the toll word. */
int cas_ar_toll_before(const struct tok *t, size_t tok0, size_t i, const char *keys, size_t *at);

#endif
