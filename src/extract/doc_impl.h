/* doc_impl.h - what the files that turn one document's sentences into
 * claims share: the extractor, what each sentence says besides its counts,
 * and the document being read. Not for use outside src/extract/: the rest
 * of civcas extracts through extract.h.
 *
 * extract.c reads the document (tokens, sentences, places, the dates of a
 * sentence when asked) and makes a claim of each sentence that reports
 * harm; facts.c reads what each sentence says besides its counts (who, in
 * what role, with what weapon); where.c places a claim; main_claim.c
 * chooses the document's main claim and completes it. */
#ifndef CIVCAS_DOC_IMPL_H
#define CIVCAS_DOC_IMPL_H

#include <stddef.h>

#include "base/date.h"
#include "extract/claim.h"
#include "extract/extract_impl.h"
#include "extract/when.h"
#include "gazetteer/gazetteer.h"

/* Built once, then read-only and shared by threads (extract.h). */
struct extractor {
	const struct gazetteer *g;
	struct lexicon *lx;
	struct trigger_scan *triggers;
};

/* What one sentence says besides its counts: who, with what, where, when. */
struct facts {
	unsigned perp_strong, perp_weak, speakers, victims_of; /* belligerent sets */
	int weapon;              /* best weapon named, or -1 */
	int place;               /* index into the mentions, or -1 */
	int when;                /* index into whens, or -1 (see doc_sentence_when) */
	int when_lo, when_hi;    /* the sentence's dates: whens[when_lo, when_hi) */
	unsigned char when_done;
	int period;              /* a period or "since" date in the sentence */
	unsigned infra;
	unsigned char cumul, conflict, admit, deny, attack, background, accuse;
	unsigned char perp_unknown;  /* says who did it is not known ("not clear who") */
	unsigned char harm;      /* a casualty word at all */
	unsigned char documented; /* a monitor or its work: "documented", "estimated", "وثّق", "SNHR" */
};

/* One document being read: its text, tokens and sentences, the facts of
 * each sentence (facts[i] for sent[i]) and the places named in the whole
 * text. It points into the input and the scratch and owns nothing. */
struct doc {
	const char *text;
	size_t n;
	const struct tok *t;
	size_t nt;
	const char *keys;
	const struct sentence *sent;
	size_t ns;
	struct facts *facts;
	const struct gaz_mention *men;
	size_t nmen;
	struct when *whens;      /* dates of the sentences read so far (doc_sentence_when) */
	size_t *nwhen;
	int have_anchor;
	struct date anchor;
	size_t head_start, head_end;   /* the headline: the title where the text repeats it,
	                                  else the first sentence */
};

/* The least a count says, -1 when it gives no figure. */
static inline long doc_figure(struct range r)
{
	return r.min == RANGE_UNKNOWN ? -1 : r.min;
}

/* ---- the document (extract.c) ---- */

/* Is w the publication day itself (a dateline, "today")? Another date in
 * the same sentence dates the event better. */
int doc_is_anchor(const struct doc *d, const struct when *w);
/* Is day (of precision p) the publication day? */
int doc_on_anchor(const struct doc *d, const struct date *day, enum when_precision p);
/* The dates of sentence si, read the first time they are asked for; sets
 * the sentence's when, when_lo/when_hi and period. Returns its when. */
int doc_sentence_when(const struct doc *d, size_t si);

/* ---- what each sentence says (facts.c) ---- */

/* Fill d->facts for every sentence: actors and their roles, weapon, cues,
 * place (where_best); the lines after a "Related news" heading are
 * background. Dates are left to doc_sentence_when. */
void facts_fill(struct doc *d);

/* ---- where (where.c) ---- */

/* The most specific place named in bytes [start, end) (a dateline only when
 * nothing else is, a word of a person's name never): an index into d->men,
 * or -1. */
int where_best(const struct doc *d, size_t start, size_t end);
/* Set the place of claim c, made of sentence si, whose borrowed place is
 * mention pi (-1: none): the place of its casualties' clause, else a place
 * the gazetteer's literal names missed in the sentence, else (when it names
 * none, or only a country or the dateline) one named around it, else pi. */
void where_set(const struct extractor *x, const struct doc *d, size_t si, int pi, struct claim *c);

/* ---- the main claim (main_claim.c) ---- */

/* Find the headline (title: the document's, NULL when none), mark the main
 * claim among cl[0..nc) and complete it from the other claims of its event.
 * sent_of[i] is claim i's sentence; explicit_of[i] and parts_of[i] are its
 * casualties' civ_explicit and civ_parts_only. Returns the main claim's
 * index, or -1 when there is no incident claim. */
int main_claim_pick(struct doc *d, const char *title, struct claim *cl, size_t nc, const size_t *sent_of,
		    const unsigned char *explicit_of, const unsigned char *parts_of);

#endif
