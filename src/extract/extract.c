/* extract.c - a document's text in, its claims out.
 *
 * The text is cut into tokens once (lexicon.c: each word's meaning, each
 * number phrase read), into sentences, and searched once for places
 * (gazetteer) and dates (when.c). Each sentence that counts victims, or
 * reports harm, becomes a claim (casualty.c reads the counts); its kind,
 * perpetrator, weapon, place and date come from the sentence, else from the
 * sentences around it and the headline. Last, the document's main incident
 * claim is chosen the way an annotator would: the headline's event, else
 * the current event with the most civilians killed, else the most injured. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/xalloc.h"
#include "extract/casualty.h"
#include "extract/extract_impl.h"
#include "extract/num.h"
#include "gazetteer/gazetteer.h"

struct extractor {
	const struct gazetteer *g;
	struct lexicon *lx;
	const struct place *rif_dimashq;   /* what "around Damascus" is in */
	struct trigger_scan *triggers;
};

#define WHEN_MAX 256

struct extract_scratch {
	struct buf toks, keys, sents, claims, facts, windows;
	struct gaz_scratch *gs;
	struct trigger_scratch *ts;
	struct when whens[WHEN_MAX];
};

int extractor_new(const struct gazetteer *g, struct extractor **out, struct err *e)
{
	(void)e;
	struct extractor *x = xcalloc(1, sizeof *x);
	x->g = g;
	x->lx = lexicon_new();
	x->triggers = trigger_scan_new();
	struct gaz_candidate c;
	if (g && gaz_lookup(g, "Rif Dimashq", 11, &c, 1) && c.place->row.kind == PK_GOVERNORATE)
		x->rif_dimashq = c.place;
	*out = x;
	return 0;
}

void extractor_free(struct extractor *x)
{
	if (!x)
		return;
	lexicon_free(x->lx);
	trigger_scan_free(x->triggers);
	free(x);
}

struct extract_scratch *extract_scratch_new(const struct extractor *x)
{
	struct extract_scratch *s = xcalloc(1, sizeof *s);
	buf_init(&s->toks);
	buf_init(&s->keys);
	buf_init(&s->sents);
	buf_init(&s->claims);
	buf_init(&s->facts);
	buf_init(&s->windows);
	s->gs = x->g ? gaz_scratch_new(x->g) : NULL;
	s->ts = trigger_scratch_new(x->triggers);
	return s;
}

void extract_scratch_free(struct extract_scratch *s)
{
	if (!s)
		return;
	buf_release(&s->toks);
	buf_release(&s->keys);
	buf_release(&s->sents);
	buf_release(&s->claims);
	buf_release(&s->facts);
	buf_release(&s->windows);
	gaz_scratch_free(s->gs);
	trigger_scratch_free(s->ts);
	free(s);
}

/* ------------------------------------------------------------ per sentence */

/* What one sentence says besides its counts: who, with what, where, when. */
struct facts {
	unsigned perp_strong, perp_weak, speakers, victims_of; /* belligerent sets */
	int weapon;              /* best weapon named, or -1 */
	int place;               /* index into the mentions, or -1 */
	int when;                /* index into whens, or -1 (see sentence_when) */
	int when_lo, when_hi;    /* the sentence's dates: whens[when_lo, when_hi) */
	unsigned char when_done;
	int period;              /* a period or "since" date in the sentence */
	unsigned infra;
	unsigned char cumul, conflict, admit, estimate, monitor, deny, attack, background, accuse;
	unsigned char harm;      /* a casualty word at all */
};

static const int weapon_rank[WEAPON_COUNT] = {
	[WEAPON_UNKNOWN] = 0, [WEAPON_GROUND] = 1, [WEAPON_SHOOTING] = 2, [WEAPON_EXECUTION] = 3,
	[WEAPON_EXPLOSION] = 4, [WEAPON_SHELLING] = 5, [WEAPON_AIRSTRIKE] = 6, [WEAPON_ROCKET] = 7,
	[WEAPON_MISSILE] = 8, [WEAPON_CHEMICAL] = 9, [WEAPON_BARREL_BOMB] = 10, [WEAPON_DRONE] = 11,
};

static int is_cat(const struct tok *t, int cat)
{
	return !t->in_phrase && t->cat == cat;
}

/* States named as actors ("Syria", "Turkey") are perpetrators only when an
 * attack word is next to them; otherwise they are places or speakers. */
static int state_name(const struct tok *t, const char *keys)
{
	return tok_is(t, keys, "syria") || tok_is(t, keys, "turkey") || tok_is(t, keys, "russia") ||
	       tok_is(t, keys, "israel") || tok_is(t, keys, "iran") || tok_is(t, keys, "turkiye") ||
	       tok_is(t, keys, "moscow") || tok_is(t, keys, "ankara") || tok_is(t, keys, "iraq") || tok_is(t, keys, "united states");
}

static int attackish(const struct tok *t)
{
	if (t->in_phrase)
		return 0;
	return t->weapon || t->cat == LX_WEAPON || t->cat == LX_ATTACK || t->cat == LX_KILL ||
	       t->cat == LX_INJURE;
}

/* Words before a name that make it a place: "in", "north", "eastern". */
static int place_word_before(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "in", "into", "inside", "across", "throughout", "to", "north", "south",
					 "east", "west", "northern", "southern", "eastern", "western", "northeast",
					 "northwest", "southeast", "southwest", "northeastern", "northwestern",
					 "southeastern", "southwestern", "north-western", "north-eastern", "south-western",
					 "south-eastern", "north-west", "north-east", "south-west", "south-east", "central",
					 "rural", "of", "from", "near", NULL };
	return tok_in(t, keys, w);
}

/* The role of the actor named at token a in the sentence [s0, s1). */
static void actor_role(const struct tok *t, size_t s0, size_t s1, size_t a, const char *keys, struct facts *f)
{
	unsigned bit = 1u << t[a].value;
	size_t after = a + (t[a].span ? t[a].span : 1);
	/* skip "forces", "'s", "army" style heads after the actor */
	while (after < s1 && after < a + 4 &&
	       (tok_is(&t[after], keys, "forces") || tok_is(&t[after], keys, "military") ||
		tok_is(&t[after], keys, "army") || tok_is(&t[after], keys, "troops") ||
		tok_is(&t[after], keys, "militias") || tok_is(&t[after], keys, "militia") ||
		tok_is(&t[after], keys, "government") || tok_is(&t[after], keys, "the") ||
		tok_is(&t[after], keys, "air") || tok_is(&t[after], keys, "-led") ||
		tok_is(&t[after], keys, "military-led") || is_cat(&t[after], LX_ACTOR)))
		after++;
	size_t before = a;
	while (before > s0 && before + 3 > a &&
	       (tok_is(&t[before - 1], keys, "the") || tok_is(&t[before - 1], keys, "a") ||
		tok_is(&t[before - 1], keys, "an")))
		before--;
	/* the word before is the head of the phrase that ends there ("blamed on") */
	while (before > s0 + 1 && t[before - 1].in_phrase)
		before--;
	/* "attribute the strike to the coalition" */
	if (before > s0 && tok_is(&t[before - 1], keys, "to")) {
		for (size_t k = before - 1; k > s0 && k + 5 > before; k--)
			if (tok_is(&t[k - 1], keys, "attribute") || tok_is(&t[k - 1], keys, "attributed") ||
			    tok_is(&t[k - 1], keys, "attributes") || tok_is(&t[k - 1], keys, "attributing")) {
				f->perp_strong |= bit;
				return;
			}
	}
	int is_state = state_name(&t[a], keys);
	if (before > s0 && place_word_before(&t[before - 1], keys))
		is_state |= 2;   /* "in north Syria": a place here */
	if (is_state & 2) {
		if (after < s1 && attackish(&t[after]) && !(is_state & 1))
			f->perp_strong |= bit;   /* "in a Russian airstrike", "in regime bombing" */
		return;
	}

	/* victims: "40 government forces", "ISIS members", "regime soldiers", "against ISIS" */
	size_t last = a + (t[a].span ? t[a].span : 1) - 1;
	if (a > s0 && t[a - 1].has_num && !(t[a - 1].num_flags & NUM_YEARLIKE) &&
	    (tok_is(&t[last], keys, "forces") || tok_is(&t[last], keys, "troops") ||
	     (after < s1 && is_cat(&t[after], LX_VICTIM)))) {
		f->victims_of |= bit;
		return;
	}
	if (after < s1 && is_cat(&t[after], LX_VICTIM)) {
		f->victims_of |= bit;
		return;
	}
	if (after < s1 && is_cat(&t[after], LX_TARGET)) {   /* "ISIS positions" */
		f->victims_of |= bit;
		return;
	}
	if (before > s0 + 1 && is_cat(&t[before - 2], LX_TARGET) && t[before - 1].type == TT_WORD &&
	    t[before - 1].cat == LX_NONE) {
		f->victims_of |= bit;   /* "against purported ISIS targets" */
		return;
	}
	if (before > s0 && (is_cat(&t[before - 1], LX_TARGET) || is_cat(&t[before - 1], LX_OF) ||
			    tok_is(&t[before - 1], keys, "on") || tok_is(&t[before - 1], keys, "in") ||
			    tok_is(&t[before - 1], keys, "into") || tok_is(&t[before - 1], keys, "with") ||
			    tok_is(&t[before - 1], keys, "from"))) {
		if (is_cat(&t[before - 1], LX_OF) && before >= s0 + 2 && attackish(&t[before - 2]))
			f->perp_strong |= bit;   /* "the airstrikes of the coalition" */
		else if (!is_state && tok_is(&t[before - 1], keys, "from") && after < s1 && attackish(&t[after]))
			f->perp_strong |= bit;
		else if (!is_state && is_cat(&t[before - 1], LX_OF) == 0 && !is_cat(&t[before - 1], LX_TARGET) &&
			 after < s1 && attackish(&t[after]))
			f->perp_strong |= bit;   /* "in a Russian airstrike" */
		else
			f->victims_of |= is_cat(&t[before - 1], LX_TARGET) ? bit : 0;
		return;
	}
	/* perpetrators: "by the coalition", "blamed on", "accused the coalition" */
	if (before > s0 && (is_cat(&t[before - 1], LX_BY) || is_cat(&t[before - 1], LX_ACCUSE))) {
		/* a bare "by" only after an attack: "shelled by", "airstrikes by"
		 * (not "taken over by the Syrian army") */
		size_t b = before - 1;
		int attack = !tok_is(&t[b], keys, "by");
		for (size_t k = b; k > s0 && k + 4 > b && !attack; k--)
			attack = attackish(&t[k - 1]);
		if (attack)
			f->perp_strong |= bit;
		else if (!(is_state & 1))
			f->perp_weak |= bit;
		return;
	}
	/* speakers: "the coalition said", "according to the SDF" */
	if (before > s0 && is_cat(&t[before - 1], LX_SAY)) {
		f->speakers |= bit;
		return;
	}
	int speaks = 0;
	for (size_t k = after; k < s1 && k < after + 3; k++)
		if (is_cat(&t[k], LX_SAY) || is_cat(&t[k], LX_ACCUSE) || is_cat(&t[k], LX_DENY) ||
		    is_cat(&t[k], LX_ADMIT) || tok_is(&t[k], keys, "ministry") || tok_is(&t[k], keys, "spokesman") ||
		    tok_is(&t[k], keys, "spokesperson") || tok_is(&t[k], keys, "media") ||
		    tok_is(&t[k], keys, "news") || tok_is(&t[k], keys, "officials"))
			speaks = 1;
	if ((is_state & 1) && !(a + 1 < s1 && attackish(&t[a + 1]))) {
		/* a state's name is a place unless an attack word follows it at
		 * once ("Turkey shelled"): "IDLIB, Syria - Air strikes ..." */
		if (speaks)
			f->speakers |= bit;
		return;
	}
	if (after + 1 < s1 && tok_is(&t[after], keys, "and"))
		for (size_t k = after + 1; k < s1 && k <= after + 3; k++)
			if (attackish(&t[k]) && !is_cat(&t[k], LX_KILL) && !is_cat(&t[k], LX_INJURE)) {
				f->perp_strong |= bit;   /* "Turkish forces and allied mercenaries bombed" */
				return;
			}
	if (after < s1 && attackish(&t[after])) {
		f->perp_strong |= bit;   /* "coalition airstrikes", "Turkish drone", "regime forces shelled" */
		if (speaks)
			f->speakers |= bit;
		return;
	}
	if (a > s0 && attackish(&t[a - 1]) && !t[a - 1].in_phrase && t[a - 1].cat != LX_KILL &&
	    t[a - 1].cat != LX_INJURE) {
		f->perp_strong |= bit;   /* "airstrike coalition" (headlines) */
		return;
	}
	if (speaks) {
		f->speakers |= bit;
		return;
	}
	if (!is_state)
		f->perp_weak |= bit;
}

static void sentence_facts(const struct tok *t, const struct sentence *s, const char *keys, struct facts *f)
{
	memset(f, 0, sizeof *f);
	f->weapon = -1;
	f->place = -1;
	f->when = -1;
	for (size_t i = s->tok0; i < s->tok1; i++) {
		const struct tok *w = &t[i];
		if (w->weapon) {
			int wp = w->weapon - 1;
			if (f->weapon < 0 || weapon_rank[wp] > weapon_rank[f->weapon])
				f->weapon = wp;
		}
		if (w->in_phrase)
			continue;
		switch (w->cat) {
		case LX_ACTOR:
			actor_role(t, s->tok0, s->tok1, i, keys, f);
			break;
		case LX_INFRA:
			f->infra |= 1u << w->value;
			break;
		case LX_CUMUL: f->cumul = 1; break;
		case LX_CONFLICT: f->conflict = 1; break;
		case LX_ADMIT: f->admit = 1; break;
		case LX_ESTIMATE: f->estimate = 1; break;
		case LX_MONITOR: f->monitor = 1; break;
		case LX_DENY: f->deny = 1; break;
		case LX_ACCUSE: f->accuse = 1; break;
		case LX_ATTACK: case LX_WEAPON: f->attack = 1; break;
		case LX_BACKGROUND: f->background = 1; break;
		case LX_KILL: case LX_INJURE: case LX_HARM: case LX_MISSING: case LX_TOLL: f->harm = 1; break;
		default: break;
		}
	}
	/* a party that says "it had carried out a strike" owns it */
	for (size_t i = s->tok0; i + 2 < s->tok1; i++)
		if (tok_is(&t[i], keys, "it") || tok_is(&t[i], keys, "its")) {
			for (size_t k = i + 1; k < s->tok1 && k <= i + 3; k++)
				if (tok_is(&t[k], keys, "carried") || tok_is(&t[k], keys, "conducted") ||
				    tok_is(&t[k], keys, "launched") || (t[k].cat == LX_ATTACK && !t[k].in_phrase))
					f->perp_strong |= f->speakers & ~f->victims_of;
		}
	/* a party that denies is the one accused: "the Russian defence ministry
	 * denied that its aircraft had flown over Idlib" */
	if (f->deny && (f->attack || f->harm))
		f->perp_strong |= f->speakers & ~f->victims_of;
	if (f->weapon == WEAPON_UNKNOWN)
		f->weapon = -1;
}

/* ------------------------------------------------------------ the document */

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
	struct when *whens;      /* dates of the sentences read so far (sentence_when) */
	size_t *nwhen;
	int have_anchor;
	struct date anchor;
	size_t head_start, head_end;   /* the headline: the title where the text repeats it,
	                                  else the first sentence */
};

/* Where the text gives its headline. */
static void find_headline(struct doc *d, const char *title)
{
	d->head_start = d->ns ? d->sent[0].start : 0;
	d->head_end = d->ns ? d->sent[d->ns > 1 ? 1 : 0].end : 0;
	if (d->ns > 1 && d->sent[1].start >= 400)
		d->head_end = d->sent[0].end;
	if (!title)
		return;
	size_t tl = strlen(title);
	while (tl && (title[tl - 1] == ' ' || title[tl - 1] == '.'))
		tl--;
	if (tl < 12)
		return;
	size_t reach = d->n < 2000 ? d->n : 2000;
	const char *p = memmem(d->text, reach, title, tl);
	if (p && (size_t)(p - d->text) + tl > d->head_end)
		d->head_end = (size_t)(p - d->text) + tl;
}

/* The most specific place named in [start, end), or -1. A place in the
 * countries the team monitors goes before one abroad ("the Zahra
 * neighbourhood of Aleppo" is not Az Zahra in Libya); abroad only when
 * nothing else is named. */
static int best_place(const struct doc *d, size_t start, size_t end)
{
	int best = -1;
	for (size_t i = 0; i < d->nmen; i++) {
		const struct gaz_mention *m = &d->men[i];
		if (m->start < start)
			continue;
		if (m->end > end)
			break;
		if (!m->place)
			continue;
		if (best < 0) {
			best = (int)i;
			continue;
		}
		const struct place *b = d->men[best].place;
		if (m->place->focus != b->focus) {
			if (m->place->focus)
				best = (int)i;
			continue;
		}
		if (m->precision > d->men[best].precision)
			best = (int)i;
	}
	return best;
}

/* Is w the publication day itself (a dateline, "today")? Another date in
 * the same sentence dates the event better. */
static int is_anchor(const struct doc *d, const struct when *w)
{
	return d->have_anchor && w->precision >= WHEN_DAY && w->date.year == d->anchor.year &&
	       w->date.month == d->anchor.month && w->date.day == d->anchor.day;
}

/* The date among whens[lo, hi) that best dates an event, or -1; *period
 * gets a period's index, or -1. */
static int best_when(const struct doc *d, int lo, int hi, int *period)
{
	int best = -1, per = -1;
	for (int i = lo; i < hi; i++) {
		const struct when *w = &d->whens[i];
		if (w->flags & (WHEN_PERIOD | WHEN_OPEN)) {
			if (per < 0)
				per = i;
			continue;
		}
		if ((w->flags & WHEN_PAST_CONTEXT) && w->precision < WHEN_DAY)
			continue;   /* "last year", "in 2014": background; a day named is the event's */
		if (best < 0 || (w->precision > d->whens[best].precision) ||
		    (w->precision == d->whens[best].precision && is_anchor(d, &d->whens[best]) && !is_anchor(d, w)))
			best = i;
	}
	if (period)
		*period = per;
	return best;
}

/* The dates of sentence si, read the first time they are asked for: most
 * sentences never are (dates cost a quarter of an extraction when every
 * sentence was read). Sets the sentence's when and period; returns its when. */
static int sentence_when(const struct doc *d, size_t si)
{
	struct facts *f = &d->facts[si];
	if (f->when_done)
		return f->when;
	f->when_done = 1;
	size_t n0 = *d->nwhen, a = d->sent[si].start, b = d->sent[si].end;
	size_t k = n0 < WHEN_MAX ? when_find(d->text + a, b - a, d->have_anchor ? &d->anchor : NULL,
					     d->whens + n0, WHEN_MAX - n0) : 0;
	if (k > WHEN_MAX - n0)
		k = WHEN_MAX - n0;
	for (size_t i = n0; i < n0 + k; i++) {
		d->whens[i].start += a;
		d->whens[i].end += a;
	}
	*d->nwhen = n0 + k;
	f->when_lo = (int)n0;
	f->when_hi = (int)(n0 + k);
	int per;
	f->when = best_when(d, f->when_lo, f->when_hi, &per);
	f->period = per >= 0;
	return f->when;
}

static void fill_facts(struct doc *d)
{
	for (size_t i = 0; i < d->ns; i++) {
		struct facts *f = &d->facts[i];
		sentence_facts(d->t, &d->sent[i], d->keys, f);
		f->place = best_place(d, d->sent[i].start, d->sent[i].end);
	}
	/* a "Related news" / "Read also" heading: the short lines after it are
	 * links to other events, up to the next long paragraph */
	int links = 0;
	for (size_t i = 0; i < d->ns; i++) {
		const struct sentence *se = &d->sent[i];
		size_t ntok = se->tok1 - se->tok0;
		if (links && ntok > 45)
			links = 0;
		if (links)
			d->facts[i].background = 1;
		if (ntok <= 4 && d->facts[i].background)
			links = 1;
	}
}

/* Who the sentence says did it: those named beside the attack. A party
 * can also be a target in the sentence ("regime shelling ... after
 * militants killed a regime pilot"): beside the attack, it is the
 * perpetrator. Parties merely named (weak) are the last resort of borrow:
 * preferring the neighbours' strong ones was measured better (belligerent
 * 0.867 -> 0.892 on the English annotated texts, FA-KES actor 0.724 ->
 * 0.733). */
static unsigned perps(const struct facts *f)
{
	return f->perp_strong;
}

/* Fill what the claim's sentence si does not say from the sentences before
 * it in its paragraph, then the headline, then the whole document. */
static void borrow(const struct doc *d, size_t si, struct claim *c, int *when_i, int *place_i)
{
	const struct facts *f = &d->facts[si];
	unsigned bel = perps(f);
	int weapon = f->weapon, place = f->place, when = sentence_when(d, si);
	/* a country is what a sentence names when it names no place: look
	 * around for one more specific first */
	int country = -1;
	if (place >= 0 && d->men[place].precision <= GEO_COUNTRY) {
		country = place;
		place = -1;
	}
	for (size_t k = si; k-- > 0 && (!bel || weapon < 0 || place < 0 || when < 0);) {
		const struct facts *g = &d->facts[k];
		/* near: the same paragraph, or a few hundred bytes before (sentences
		 * the windows skipped do not count as distance) */
		int near = d->sent[k].paragraph == d->sent[si].paragraph || d->sent[si].start - d->sent[k].end < 300;
		if (!near && k > 1)
			continue;
		if (g->background)
			continue;
		if (!bel)
			bel = g->perp_strong;
		if (weapon < 0)
			weapon = g->weapon;
		if (place < 0 && g->place >= 0 && d->men[g->place].precision > GEO_COUNTRY)
			place = g->place;
		if (when < 0 && near)
			when = sentence_when(d, k);
	}
	/* then forward a little: "X was killed. The attack was carried out by a Turkish drone." */
	for (size_t k = si + 1; k < d->ns && k <= si + 3 && (!bel || weapon < 0 || place < 0); k++) {
		const struct facts *g = &d->facts[k];
		if (g->background || d->sent[k].paragraph > d->sent[si].paragraph + 2)
			break;
		if (!bel)
			bel = g->perp_strong;
		if (weapon < 0)
			weapon = g->weapon;
		if (place < 0 && g->place >= 0 && d->men[g->place].precision > GEO_COUNTRY &&
		    d->sent[k].paragraph == d->sent[si].paragraph)
			place = g->place;
	}
	/* the rest of the document: its strongest perpetrator and first place */
	if (!bel) {
		unsigned counts[BEL_COUNT] = { 0 };
		for (size_t k = 0; k < d->ns; k++) {
			if (!(d->facts[k].harm || d->facts[k].attack || d->facts[k].accuse) || d->facts[k].background)
				continue;
			for (int b = 0; b < BEL_COUNT; b++)
				if (d->facts[k].perp_strong >> b & 1)
					counts[b]++;
		}
		unsigned most = 0;
		for (int b = 1; b < BEL_COUNT; b++)
			if (counts[b] > most) {
				most = counts[b];
				bel = 1u << b;
			}
	}
	/* else a place the text named before this sentence (its headline, its
	 * dateline): never one from further on, which may be another event */
	for (size_t k = 0; k < si && place < 0; k++)
		if (!d->facts[k].background && d->facts[k].place >= 0 && d->men[d->facts[k].place].precision > GEO_COUNTRY)
			place = d->facts[k].place;
	if (place < 0)
		place = country;
	/* nobody linked to an attack: a party the text names, not as a speaker
	 * or a target, in the sentence or the headline */
	if (!bel)
		bel = f->perp_weak & ~f->victims_of & ~f->speakers;
	for (size_t k = 0; k < d->ns && k < 2 && !bel; k++)
		bel = d->facts[k].perp_weak & ~d->facts[k].victims_of & ~d->facts[k].speakers;
	if (weapon < 0)
		for (size_t k = 0; k < d->ns && weapon < 0; k++)
			weapon = d->facts[k].background ? -1 : d->facts[k].weapon;
	c->belligerents = bel ? bel : 1u << BEL_UNKNOWN;
	c->weapon = weapon >= 0 ? (enum weapon)weapon : WEAPON_UNKNOWN;
	*when_i = when;
	*place_i = place;
}

/* Is the mention m of Damascus about the land around it? */
static int around_capital(const char *text, size_t n, const struct gaz_mention *m, const struct place *gov)
{
	if (strcmp(gov->row.country, "SY") != 0 || !gov->row.name_en || strncmp(gov->row.name_en, "Dimashq", 7) != 0)
		return 0;
	if (m->container)
		return 1;
	static const char *const after[] = { " countryside", " vicinity", " international airport", " airport",
					     " outskirts", " suburbs", " province", " governorate", NULL };
	static const char *const before[] = { "near ", "outside ", "rural ", "around ", "outskirts of ",
					      "countryside of ", "vicinity of ", "suburbs of ", "south of ",
					      "north of ", "east of ", "west of ", NULL };
	for (int i = 0; after[i]; i++) {
		size_t k = strlen(after[i]);
		if (m->end + k <= n && strncasecmp(text + m->end, after[i], k) == 0)
			return 1;
	}
	for (int i = 0; before[i]; i++) {
		size_t k = strlen(before[i]);
		if (m->start >= k && strncasecmp(text + m->start - k, before[i], k) == 0)
			return 1;
	}
	return 0;
}

static void set_place(const struct extractor *x, const struct gaz_mention *m, struct claim *c, const char *text,
		      size_t n)
{
	c->lat = c->lon = NAN;
	if (!m || !m->place)
		return;
	const struct place *p = m->place;
	c->place_id = p->row.id;
	c->place_name = p->row.name_en;
	c->country = p->row.country;
	c->place_precision = m->precision;
	c->place_start = m->start;
	c->place_end = m->end;
	c->lat = p->row.lat;
	c->lon = p->row.lon;
	const struct place *gov = p->row.kind == PK_GOVERNORATE ? p
				  : p->governorate >= 0 ? gaz_place(x->g, (size_t)p->governorate) : NULL;
	if (gov)
		c->governorate = gov->row.name_en;
	else if (p->row.governorate && *p->row.governorate)
		c->governorate = p->row.governorate;
	/* around Damascus is Rif Dimashq: "near Damascus", "Damascus countryside",
	 * "Damascus vicinity", "Damascus International Airport" */
	if (gov && x->rif_dimashq && gov != x->rif_dimashq && text && around_capital(text, n, m, gov))
		c->governorate = x->rif_dimashq->row.name_en;
}

/* "al-Ain", "el-Bab", "ash-Shaddadi": a name with its article joined. */
static int article_joined(const struct tok *t, const char *keys)
{
	const char *k = keys + t->key_off;
	if (t->key_len < 5)
		return 0;
	return (k[0] == 'a' || k[0] == 'e') && ((k[1] == 'l' && k[2] == '-') || (k[2] == '-' && k[1] != 'l') ||
						  (k[3] == '-' && k[1] == 's' && k[2] == 'h'));
}

/* Words that begin place names and are no place alone ("Tel", "Deir"). */
static int generic_word(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "tel", "tal", "tall", "deir", "dayr", "kafr", "kfar", "ain", "ayn",
					 "jabal", "jebel", "abu", "umm", "um", "khirbet", "khirbat", "bir", "beit",
					 "bayt", "ras", "wadi", "al", "el", "hay", "hayy", "maarat", "tell", "city",
					 "town", "village", "north", "south", "east", "west", "new", "old", NULL };
	if (t->key_len < 4)
		return 1;
	return tok_in(t, keys, w);
}

/* A place the sentence names in a spelling the gazetteer's literal names
 * miss ("in Tel Tamr" for Tall Tamr, "Deir Ezzor"): capitalised words after
 * "in", "near", "of", "#" looked up by name and cross-script key. Only when
 * the sentence names no place more specific than a country. */
static int guess_place(const struct extractor *x, const struct doc *d, size_t si, struct gaz_mention *out)
{
	if (!x->g)
		return 0;
	const struct tok *t = d->t;
	const struct sentence *s = &d->sent[si];
	for (size_t i = s->tok0; i + 1 < s->tok1; i++) {
		int hash = t[i].start > 0 && d->text[t[i].start - 1] == '#' && t[i].upper;
		int cue = hash || tok_is(&t[i], d->keys, "in") || tok_is(&t[i], d->keys, "near") ||
			  tok_is(&t[i], d->keys, "of") || tok_is(&t[i], d->keys, "at") ||
			  tok_is(&t[i], d->keys, "outside") || tok_is(&t[i], d->keys, "on");
		size_t j = hash ? i : i + 1;
		if (!cue || !t[j].upper || t[j].type != TT_WORD || t[j].cat == LX_ACTOR || t[j].cat == LX_MONITOR)
			continue;
		size_t k = j;
		while (k + 1 < s->tok1 && k < j + 2 && t[k + 1].type == TT_WORD &&
		       (t[k + 1].upper || article_joined(&t[k + 1], d->keys)) && t[k + 1].cat == LX_NONE)
			k++;   /* "Ras al-Ain", "Deir Ezzor" */
		for (; k >= j; k--) {
			size_t a = t[j].start, b = t[k].end;
			struct gaz_candidate cand[2];
			size_t n = gaz_lookup(x->g, d->text + a, b - a, cand, 2);
			if (n && (cand[0].how == GAZ_NAME || cand[0].how == GAZ_KEY) &&
			    cand[0].precision > GEO_COUNTRY && !(k == j && generic_word(&t[j], d->keys))) {
				memset(out, 0, sizeof *out);
				out->start = a;
				out->end = b;
				out->place = cand[0].place;
				out->precision = cand[0].precision;
				out->candidates = (int)n;
				return 1;
			}
			if (k == j)
				break;
		}
	}
	return 0;
}

static void set_when(const struct doc *d, int wi, struct claim *c)
{
	if (wi < 0 || d->whens[wi].precision == WHEN_NONE)
		return;
	const struct when *w = &d->whens[wi];
	c->date = w->date;
	c->date_end = w->date_end;
	c->date_precision = w->precision;
}

/* The period of the sentence, for estimates and admissions. */
static void set_period(const struct doc *d, size_t si, struct claim *c)
{
	sentence_when(d, si);
	int per;
	best_when(d, d->facts[si].when_lo, d->facts[si].when_hi, &per);
	if (per >= 0)
		set_when(d, per, c);
}

static long figure(struct range r)
{
	return r.min == RANGE_UNKNOWN ? -1 : r.min;
}

static enum claim_kind kind_of(const struct facts *f, const struct claim *c, const struct doc *d, size_t si)
{
	long killed = figure(c->killed);
	unsigned bel = perps(f);
	int specific_place = f->place >= 0 && d->men[f->place].precision > GEO_COUNTRY;
	int when = sentence_when(d, si);
	int specific_date = when >= 0 && d->whens[when].precision >= WHEN_DAY;
	if (f->admit && (killed >= 100 || f->cumul || f->period || (!specific_place && !specific_date)))
		return CLAIM_ADMISSION;
	if (f->conflict && !(bel & ~(1u << BEL_UNKNOWN)) && (f->cumul || f->period || killed >= 1000))
		return CLAIM_CONTEXT;
	if ((f->period || f->cumul) && !specific_date)
		return bel ? CLAIM_ESTIMATE : CLAIM_CONTEXT;   /* "since December 1, sixteen people ..." */
	if (f->conflict && killed >= 10000)
		return CLAIM_CONTEXT;
	return CLAIM_INCIDENT;
}

static double confidence(const struct claim *c)
{
	double v = 0.4;
	if (range_known(c->killed) || range_known(c->injured))
		v += 0.2;
	if (c->place_id)
		v += 0.1;
	if (c->date_precision)
		v += 0.1;
	if (!(c->belligerents & 1u << BEL_UNKNOWN))
		v += 0.1;
	if (c->weapon != WEAPON_UNKNOWN)
		v += 0.05;
	return v > 0.95 ? 0.95 : v;
}

/* Is the claim about an event long before the text was written? */
static int background(const struct doc *d, const struct facts *f, const struct claim *c)
{
	if (f->background)
		return 1;
	if (d->have_anchor && c->date_precision >= WHEN_DAY) {
		long a = date_days(d->anchor.year, d->anchor.month, d->anchor.day);
		long e = date_days(c->date.year, c->date.month, c->date.day);
		if (a - e > 45)
			return 1;
	}
	return 0;
}

/* The report's main event, as the annotation guide has an annotator find
 * it: what the headline or the opening reports, never a background event.
 * (Taking the event with the most victims instead was measured worse: texts
 * end with statistics and earlier events.) Returns its index or -1. */
static int choose_main(const struct doc *d, struct claim *cl, size_t nc, const size_t *sent_of)
{
	int head = -1, first = -1, any = -1;
	for (size_t i = 0; i < nc; i++) {
		if (cl[i].kind != CLAIM_INCIDENT)
			continue;
		if (any < 0)
			any = (int)i;
		if (background(d, &d->facts[sent_of[i]], &cl[i]))
			continue;
		if (head < 0 && cl[i].sentence_start < d->head_end && cl[i].sentence_end > d->head_start)
			head = (int)i;
		if (first < 0)
			first = (int)i;
	}
	int m = head >= 0 ? head : first >= 0 ? first : any;
	if (m >= 0)
		cl[m].main = 1;
	return m;
}

/* Could claims a and b be about one event? Nothing they say disagrees. */
static int same_event(const struct claim *a, const struct claim *b)
{
	unsigned known = ~(1u << BEL_UNKNOWN);
	if ((a->belligerents & known) && (b->belligerents & known) && !(a->belligerents & b->belligerents))
		return 0;
	if (a->weapon && b->weapon && a->weapon != b->weapon)
		return 0;
	/* the same day and month in two years: one year was inferred (a date
	 * written without its year) */
	if (a->date_precision >= WHEN_DAY && b->date_precision >= WHEN_DAY &&
	    (a->date.month != b->date.month || a->date.day != b->date.day))
		return 0;
	if (a->governorate && b->governorate && strcmp(a->governorate, b->governorate) != 0)
		return 0;
	return 1;
}

static void take_counts(struct claim *to, const struct claim *from)
{
	to->killed = from->killed;
	to->civilians_killed = from->civilians_killed;
	to->combatants_killed = from->combatants_killed;
	to->status = from->status;
	if (!range_known(to->children_killed))
		to->children_killed = from->children_killed;
	if (!range_known(to->women_killed))
		to->women_killed = from->women_killed;
	if (!range_known(to->men_killed))
		to->men_killed = from->men_killed;
}

/* Does claim c's sentence write the year y? */
static int year_written(const struct doc *d, const struct claim *c, int y)
{
	char ys[8];
	int k = snprintf(ys, sizeof ys, "%d", y);
	return k == 4 && memmem(d->text + c->sentence_start, c->sentence_end - c->sentence_start, ys, 4) != NULL;
}

/* The main claim is the event as the whole text tells it: the headline
 * often gives it without a figure, or a part of it ("two children"), or
 * calls the victims "people" where the body says how many were civilians.
 * Later claims of the same event fill that in. */
static void enrich_main(const struct doc *d, struct claim *cl, size_t nc, size_t m, const size_t *sent_of,
			const unsigned char *explicit_of, const unsigned char *parts_of)
{
	struct claim *c = &cl[m];
	int explicit = explicit_of[m], parts = parts_of[m];
	struct date stamp_date = c->date;
	enum when_precision stamp_precision = c->date_precision;
	/* the publication day in a headline's stamp ("Mon 24 Nov 2025 ...") is
	 * no event date when the body gives one */
	int stamp = 0;   /* the main claim's date is a stamp at the head of the text */
	if (d->ns)
		sentence_when(d, 0);
	for (int i = d->ns ? d->facts[0].when_lo : 0; d->ns && i < d->facts[0].when_hi && d->whens[i].start < 40; i++)
		if (is_anchor(d, &d->whens[i]) && c->date_precision >= WHEN_DAY && c->sentence_start < 40 &&
		    c->date.year == d->anchor.year && c->date.month == d->anchor.month && c->date.day == d->anchor.day)
			stamp = 1;
	if (stamp)
		c->date_precision = WHEN_NONE;   /* not an event date: it does not tell events apart */
	for (size_t i = 0; i < nc; i++) {
		const struct claim *o = &cl[i];
		if (i == m || o->kind != CLAIM_INCIDENT || !same_event(c, o))
			continue;
		int near = o->sentence_start < c->sentence_end + 1500 ||
			   d->sent[sent_of[i]].paragraph == d->sent[sent_of[m]].paragraph;
		if (!near || background(d, &d->facts[sent_of[i]], o))
			continue;
		long ck = figure(c->killed), ok = figure(o->killed);
		if (ck < 0 && ok >= 0 && o->sentence_start < c->sentence_end + 500) {
			take_counts(c, o);
			explicit = explicit_of[i];
			parts = parts_of[i];
		} else if (ck >= 0 && ok >= 0) {
			if (parts && !parts_of[i] && ok >= ck && ok <= 5 * ck + 10 &&
			    o->sentence_start < c->sentence_end + 600) {
				take_counts(c, o);   /* "two children" in the headline, "four people" below */
				explicit = explicit_of[i];
				parts = 0;
			} else if (c->killed.max == RANGE_UNKNOWN && o->killed.max != RANGE_UNKNOWN && ok >= ck) {
				take_counts(c, o);   /* "dozens killed" above, "43 killed" below */
				explicit = explicit_of[i];
			} else if (ok == ck && explicit_of[i] && !explicit) {
				take_counts(c, o);   /* "22 dead" above, "six civilians among 22" below */
				explicit = 1;
			}
		}
		if (!range_known(c->injured) && range_known(o->injured)) {
			c->injured = o->injured;
			c->civilians_injured = o->civilians_injured;
		}
		if (!range_known(c->children_killed) && range_known(o->children_killed) && ok >= 0 && ok <= figure(c->killed))
			c->children_killed = o->children_killed;
		if (!range_known(c->women_killed) && range_known(o->women_killed) && ok >= 0 && ok <= figure(c->killed))
			c->women_killed = o->women_killed;
		if (!stamp && !c->date_precision && o->date_precision) {
			c->date = o->date;
			c->date_end = o->date_end;
			c->date_precision = o->date_precision;
		}
		if ((!c->place_id || c->place_precision <= GEO_COUNTRY) && o->place_id && o->place_precision > GEO_COUNTRY) {
			c->place_id = o->place_id;
			c->place_name = o->place_name;
			c->governorate = o->governorate;
			c->country = o->country;
			c->lat = o->lat;
			c->lon = o->lon;
			c->place_precision = o->place_precision;
		}
	}
	/* "on Oct 20" in the headline, "on October 20, 2022" in the body: the
	 * year written wins over the one inferred, however far apart */
	for (size_t i = 0; i < nc; i++) {
		const struct claim *o = &cl[i];
		if (i != m && o->kind == CLAIM_INCIDENT && c->date_precision >= WHEN_DAY &&
		    o->date_precision >= WHEN_DAY && c->date.month == o->date.month && c->date.day == o->date.day &&
		    c->date.year != o->date.year && year_written(d, o, o->date.year) &&
		    !year_written(d, c, c->date.year) && same_event(c, o)) {
			c->date = o->date;
			break;
		}
	}
	if (!stamp)
		return;
	c->date = stamp_date;
	c->date_precision = stamp_precision;
	long a = date_days(d->anchor.year, d->anchor.month, d->anchor.day);
	for (size_t i = 0; i < nc; i++) {
		const struct claim *o = &cl[i];
		if (i == m || o->kind != CLAIM_INCIDENT || o->date_precision < WHEN_DAY ||
		    o->sentence_start > c->sentence_end + 1500 || background(d, &d->facts[sent_of[i]], o))
			continue;
		struct claim undated = *c;
		undated.date_precision = WHEN_NONE;
		long e = date_days(o->date.year, o->date.month, o->date.day);
		if (e < a && a - e <= 7 && same_event(&undated, o)) {
			c->date = o->date;
			c->date_precision = o->date_precision;
			break;
		}
	}
}

static int anchor_of(const struct extract_input *in, struct date *a)
{
	memset(a, 0, sizeof *a);
	if (in->published && date_parse(in->published, strlen(in->published), DATE_MDY, a) == 0 &&
	    a->precision >= DATE_DAY)
		return 1;
	if (when_text_date(in->text, in->len, a))
		return 1;
	memset(a, 0, sizeof *a);
	return 0;
}

size_t extract_doc(const struct extractor *x, struct extract_scratch *s, const struct extract_input *in,
		   const struct claim **out)
{
	*out = NULL;
	buf_reset(&s->claims);
	if (!in->text || in->len == 0 || in->len > UINT32_MAX)
		return 0;
	struct doc d = { 0 };
	d.text = in->text;
	d.n = in->len;
	trigger_windows(x->triggers, s->ts, in->text, in->len, &s->windows);
	const struct span *win = (const struct span *)s->windows.data;
	size_t nwin = s->windows.len / sizeof *win;
	lx_tokenize(x->lx, in->text, in->len, win, nwin, &s->toks, &s->keys);
	d.t = (const struct tok *)s->toks.data;
	d.nt = s->toks.len / sizeof *d.t;
	d.keys = s->keys.data;
	if (d.nt == 0)
		return 0;
	split_sentences(in->text, in->len, d.t, d.nt, d.keys, &s->sents);
	d.sent = (const struct sentence *)s->sents.data;
	d.ns = s->sents.len / sizeof *d.sent;
	buf_reset(&s->facts);
	buf_grow(&s->facts, d.ns * sizeof(struct facts));
	d.facts = (struct facts *)s->facts.data;
	d.have_anchor = anchor_of(in, &d.anchor);
	size_t nwhen = 0;
	d.whens = s->whens;
	d.nwhen = &nwhen;
	/* places over the whole text: the governorates it names elsewhere choose
	 * among namesakes (searching only the windows lost 2 points of location) */
	d.nmen = s->gs ? gaz_find(x->g, s->gs, in->text, in->len, &d.men) : 0;
	fill_facts(&d);
	find_headline(&d, in->title);

	size_t sent_of[512];
	unsigned char explicit_of[512], parts_of[512];
	size_t nc = 0;
	for (size_t si = 0; si < d.ns && nc < 512; si++) {
		struct casualties cz;
		const struct facts *f = &d.facts[si];
		if (!f->harm && !f->infra)
			continue;
		int found = casualty_read(d.text, d.t, d.sent[si].tok0, d.sent[si].tok1, d.keys, &cz);
		struct claim c;
		memset(&c, 0, sizeof c);
		c.sentence_start = d.sent[si].start;
		c.sentence_end = d.sent[si].end;
		c.lat = c.lon = NAN;
		if (found) {
			c.start = cz.start;
			c.end = cz.end;
			c.killed = cz.killed;
			c.injured = cz.injured;
			c.missing = cz.missing;
			c.civilians_killed = cz.civilians_killed;
			c.civilians_injured = cz.civilians_injured;
			c.children_killed = cz.children_killed;
			c.women_killed = cz.women_killed;
			c.men_killed = cz.men_killed;
			c.combatants_killed = cz.combatants_killed;
			c.status = cz.status;
			c.denied = f->deny;
		} else if (f->infra && f->attack) {
			c.start = c.sentence_start;
			c.end = c.sentence_end;
			c.killed = c.injured = c.missing = RANGE_NONE;
			c.civilians_killed = c.civilians_injured = RANGE_NONE;
			c.children_killed = c.women_killed = c.men_killed = c.combatants_killed = RANGE_NONE;
		} else {
			continue;
		}
		c.infrastructure = f->infra;
		int wi, pi;
		borrow(&d, si, &c, &wi, &pi);
		c.speaker = BEL_UNKNOWN;
		for (int b = 1; b < BEL_COUNT; b++)
			if (f->speakers >> b & 1) {
				c.speaker = (enum belligerent)b;
				break;
			}
		c.kind = found ? kind_of(f, &c, &d, si) : CLAIM_INFRASTRUCTURE;
		if (c.kind == CLAIM_INCIDENT || c.kind == CLAIM_INFRASTRUCTURE) {
			set_when(&d, wi, &c);
			/* a place the literal names missed, in this sentence or,
			 * when none is named here, the ones around it */
			struct gaz_mention guess;
			int own = pi >= 0 && d.men[pi].precision > GEO_COUNTRY && d.men[pi].start >= d.sent[si].start &&
				  d.men[pi].end <= d.sent[si].end;
			int found_guess = 0;
			if (!own) {
				found_guess = guess_place(x, &d, si, &guess);
				int none = pi < 0 || d.men[pi].precision <= GEO_COUNTRY;
				/* the sentences just before it, then just after it */
				for (size_t k = si; none && !found_guess && k-- > 0 && si - k <= 3;) {
					if (d.sent[k].paragraph != d.sent[si].paragraph && d.sent[si].start - d.sent[k].end >= 300)
						break;
					found_guess = !d.facts[k].background && guess_place(x, &d, k, &guess);
				}
				for (size_t k = si + 1; none && k < d.ns && k <= si + 3 && !found_guess &&
						    d.sent[k].paragraph == d.sent[si].paragraph; k++)
					found_guess = !d.facts[k].background && guess_place(x, &d, k, &guess);
			}
			if (found_guess)
				set_place(x, &guess, &c, d.text, d.n);
			else
				set_place(x, pi >= 0 ? &d.men[pi] : NULL, &c, d.text, d.n);
		} else {
			/* a cumulative figure is the sentence's own: no borrowing */
			unsigned own = perps(f);
			c.belligerents = own ? own : 1u << BEL_UNKNOWN;
			if (c.kind == CLAIM_CONTEXT)
				c.weapon = f->weapon >= 0 ? (enum weapon)f->weapon : WEAPON_UNKNOWN;
			set_period(&d, si, &c);
			/* an admission is the speaker's about its own strikes */
			if (c.kind == CLAIM_ADMISSION && c.speaker == BEL_UNKNOWN)
				for (int b = 1; b < BEL_COUNT; b++)
					if (c.belligerents >> b & 1) {
						c.speaker = (enum belligerent)b;
						break;
					}
			if (c.kind == CLAIM_ADMISSION && (c.belligerents & 1u << BEL_UNKNOWN) && c.speaker != BEL_UNKNOWN)
				c.belligerents = 1u << c.speaker;
		}
		c.confidence = confidence(&c);
		explicit_of[nc] = (unsigned char)(found && cz.civ_explicit);
		parts_of[nc] = (unsigned char)(found && cz.civ_parts_only);
		sent_of[nc++] = si;
		buf_add(&s->claims, &c, sizeof c);
	}
	struct claim *cl = (struct claim *)s->claims.data;
	int m = choose_main(&d, cl, nc, sent_of);
	if (m >= 0)
		enrich_main(&d, cl, nc, (size_t)m, sent_of, explicit_of, parts_of);
	*out = cl;
	return nc;
}
