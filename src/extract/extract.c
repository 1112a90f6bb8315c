/* extract.c - a document's text in, its claims out.
 *
 * The text is cut into tokens once (lexicon.c: each word's meaning, each
 * number phrase read), into sentences, and searched once for places
 * (gazetteer) and dates (when.c). Each sentence that counts victims, or
 * reports harm, becomes a claim (casualty.c reads the counts); its kind,
 * perpetrator, weapon, place and date come from the sentence (facts.c,
 * where.c), else from the sentences around it and the headline. Last, the
 * document's main incident claim is chosen (main_claim.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/xalloc.h"
#include "extract/casualty.h"
#include "extract/chrome.h"
#include "extract/doc_impl.h"
#include "gazetteer/gazetteer.h"

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

/* ------------------------------------------------------------ dates per sentence */

int doc_on_anchor(const struct doc *d, const struct date *day, enum when_precision p)
{
	return d->have_anchor && p >= WHEN_DAY && day->year == d->anchor.year && day->month == d->anchor.month &&
	       day->day == d->anchor.day;
}

int doc_is_anchor(const struct doc *d, const struct when *w)
{
	return doc_on_anchor(d, &w->date, w->precision);
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
		    (w->precision == d->whens[best].precision && doc_is_anchor(d, &d->whens[best]) &&
		     !doc_is_anchor(d, w)))
			best = i;
	}
	if (period)
		*period = per;
	return best;
}

/* Most sentences' dates are never asked for: they cost a quarter of an
 * extraction when every sentence was read. */
int doc_sentence_when(const struct doc *d, size_t si)
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

/* ------------------------------------------------------------ the claims */

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
/* A date the claim borrowed can often be made finer by the sentences just
 * after it: the publication day of a dateline ("3 October 2023 ... on
 * Monday" is Monday the 2nd), a year ("attack in 2023 ... in January 2023").
 * Returns the better index into whens, or when itself. */
static int refine_when(const struct doc *d, size_t si, int when)
{
	if (when < 0)
		return when;
	const struct when *w = &d->whens[when];
	/* a dateline: the publication day written at the head of the text */
	int stamp = doc_is_anchor(d, w) && w->start < 60 && !(w->start >= d->sent[si].start && w->end <= d->sent[si].end);
	int year_only = w->precision == WHEN_YEAR;
	if (!stamp && !year_only)
		return when;
	long a = d->have_anchor ? date_days(d->anchor.year, d->anchor.month, d->anchor.day) : 0;
	for (size_t k = si; k < d->ns && k <= si + 3; k++) {
		if (d->facts[k].background || d->sent[k].paragraph > d->sent[si].paragraph + 2)
			break;
		int o = doc_sentence_when(d, k);
		if (o < 0 || o == when)
			continue;
		const struct when *x = &d->whens[o];
		if (stamp && x->precision >= WHEN_DAY) {
			long e = date_days(x->date.year, x->date.month, x->date.day);
			if (e < a && a - e <= 7)
				return o;
		}
		if (year_only && x->precision > WHEN_YEAR && x->date.year == w->date.year)
			return o;
	}
	return when;
}

/* The characters of text[a, b) (UTF-8), counted up to cap: distances in
 * text are in characters, so that Arabic's two-byte letters are not twice
 * as far. */
static size_t text_chars(const char *text, size_t a, size_t b, size_t cap)
{
	size_t n = 0;
	for (size_t i = a; i < b && n < cap; i++)
		n += ((unsigned char)text[i] & 0xC0) != 0x80;
	return n;
}

/* Weapons of one kind: fired from the ground, dropped or fired from the
 * air, bombs set off where they stand, and the rest each their own. */
static int weapon_kind(int w)
{
	switch (w) {
	case WEAPON_SHELLING: case WEAPON_ROCKET: case WEAPON_MISSILE: return 1;
	case WEAPON_AIRSTRIKE: case WEAPON_DRONE: case WEAPON_BARREL_BOMB: return 2;
	default: return 3 + w;
	}
}

static void borrow(const struct doc *d, size_t si, struct claim *c, int *when_i, int *place_i)
{
	const struct facts *f = &d->facts[si];
	unsigned bel = perps(f);
	int weapon = f->weapon, place = f->place, when = doc_sentence_when(d, si);
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
		int near = d->sent[k].paragraph == d->sent[si].paragraph ||
			   text_chars(d->text, d->sent[k].end, d->sent[si].start, 300) < 300;
		if (!near && k > 1)
			continue;
		if (g->background)
			continue;
		if (!bel && !(weapon >= 0 && g->weapon >= 0 && weapon_kind(weapon) != weapon_kind(g->weapon)))
			bel = g->perp_strong;
		if (weapon < 0)
			weapon = g->weapon;
		if (place < 0 && g->place >= 0 && d->men[g->place].precision > GEO_COUNTRY)
			place = g->place;
		if (when < 0 && near)
			when = doc_sentence_when(d, k);
	}
	/* then forward a little: "X was killed. The attack was carried out by a Turkish drone." */
	for (size_t k = si + 1; k < d->ns && k <= si + 3 && (!bel || weapon < 0 || place < 0); k++) {
		const struct facts *g = &d->facts[k];
		if (g->background || d->sent[k].paragraph > d->sent[si].paragraph + 2)
			break;
		if (!bel && !(weapon >= 0 && g->weapon >= 0 && weapon_kind(weapon) != weapon_kind(g->weapon)))
			bel = g->perp_strong;
		if (weapon < 0)
			weapon = g->weapon;
		if (place < 0 && g->place >= 0 && d->men[g->place].precision > GEO_COUNTRY &&
		    d->sent[k].paragraph == d->sent[si].paragraph)
			place = g->place;
	}
	/* the rest of the document: its strongest perpetrator, among the
	 * sentences that name no other kind of weapon (the regime's shelling
	 * further on is no author for a car bomb); then its first place */
	if (!bel) {
		unsigned counts[BEL_COUNT] = { 0 };
		for (size_t k = 0; k < d->ns; k++) {
			if (!(d->facts[k].harm || d->facts[k].attack || d->facts[k].accuse) || d->facts[k].background)
				continue;
			if (weapon >= 0 && d->facts[k].weapon >= 0 && weapon_kind(weapon) != weapon_kind(d->facts[k].weapon))
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
	*when_i = refine_when(d, si, when);
	*place_i = place;
}

static void set_when(const struct doc *d, int wi, struct claim *c)
{
	if (wi < 0 || d->whens[wi].precision == WHEN_NONE)
		return;
	const struct when *w = &d->whens[wi];
	/* "this year", "العام الجاري": no event's date, the report's present */
	if (w->precision == WHEN_YEAR && (w->flags & WHEN_RELATIVE) && !(w->flags & WHEN_PAST_CONTEXT) &&
	    d->have_anchor && w->date.year == d->anchor.year)
		return;
	c->date = w->date;
	c->date_end = w->date_end;
	c->date_precision = w->precision;
}

/* The period of the sentence, for estimates and admissions. */
static void set_period(const struct doc *d, size_t si, struct claim *c)
{
	doc_sentence_when(d, si);
	int per;
	best_when(d, d->facts[si].when_lo, d->facts[si].when_hi, &per);
	if (per >= 0)
		set_when(d, per, c);
}

/* Days from the start to the end of a period (-1 when it has no end). */
static long period_days(const struct date *a, const struct date *b)
{
	if (b->precision == DATE_NONE || a->year == 0 || b->year == 0)
		return -1;
	return date_days(b->year, b->month ? b->month : 12, b->day ? b->day : 28) -
	       date_days(a->year, a->month ? a->month : 1, a->day ? a->day : 1);
}

/* The sentence gives a period of a month or more: a count over it is a
 * tally ("from 1 January to 31 December"), not "earlier this week". */
static int long_period(const struct doc *d, size_t si)
{
	int per;
	doc_sentence_when(d, si);
	best_when(d, d->facts[si].when_lo, d->facts[si].when_hi, &per);
	return per >= 0 && (d->whens[per].flags & WHEN_OPEN ||
			    period_days(&d->whens[per].date, &d->whens[per].date_end) >= 28);
}

static enum claim_kind kind_of(const struct facts *f, const struct claim *c, const struct doc *d, size_t si)
{
	long killed = doc_figure(c->killed);
	unsigned bel = perps(f);
	int specific_place = f->place >= 0 && d->men[f->place].precision > GEO_COUNTRY;
	int when = doc_sentence_when(d, si);
	int specific_date = when >= 0 && d->whens[when].precision >= WHEN_DAY;
	if (f->admit && (killed >= 100 || f->cumul || f->period || (!specific_place && !specific_date)))
		return CLAIM_ADMISSION;
	if (f->conflict && !(bel & ~(1u << BEL_UNKNOWN)) && (f->cumul || f->period || killed >= 1000))
		return CLAIM_CONTEXT;
	/* a count over a period: a monitor's estimate when it names who did it
	 * or is a monitor's work ("the Observatory documented at least 412
	 * civilians killed in 2024"), else context ("since December 1,
	 * sixteen people ...") */
	if ((f->period || f->cumul) && !specific_date)
		return bel || (f->documented && (f->cumul || long_period(d, si))) ? CLAIM_ESTIMATE : CLAIM_CONTEXT;
	if (f->conflict && killed >= 10000)
		return CLAIM_CONTEXT;
	return CLAIM_INCIDENT;
}

/* A report that gives a monitor's count over a period often goes on to
 * break it down: "according to the report, 221 civilians were killed by
 * government forces and 137 by Russian strikes". A count that has neither
 * a day nor a place of its own, in the paragraph after an estimate over a
 * period (or its own), is part of that estimate, not an event: the last
 * such estimate, or NULL. (Every incident has a when or a where.) */
static const struct claim *continued_estimate(const struct doc *d, size_t si, const struct claim *cl, size_t nc,
					      const size_t *sent_of)
{
	const struct facts *f = &d->facts[si];
	if (f->place >= 0 && d->men[f->place].precision > GEO_GOVERNORATE)
		return NULL;
	int when = doc_sentence_when(d, si);
	if (when >= 0 && d->whens[when].precision >= WHEN_DAY)
		return NULL;
	for (size_t i = nc; i-- > 0;) {
		if (cl[i].kind == CLAIM_INCIDENT)
			return NULL;
		if (cl[i].kind == CLAIM_ESTIMATE && period_days(&cl[i].date, &cl[i].date_end) >= 28 &&
		    d->sent[si].paragraph <= d->sent[sent_of[i]].paragraph + 1)
			return &cl[i];
	}
	return NULL;
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

/* A dateline: the text opens with the full day it was written ("17-08-2016
 * Martyrs as ...", "Published October 4 2016 A suicide ...", "Print this
 * page Tuesday 19 July 2016"), among its first five words, on its first
 * line. Its "on Wednesday" counts from that day, even where the date the
 * text came with (a feed's, a crawl's, a data set's) says otherwise. */
static int dateline(const char *text, size_t n, struct date *a)
{
	struct when w[4];
	size_t k = when_find(text, n < 80 ? n : 80, NULL, w, 4);
	for (size_t i = 0; i < k && i < 4; i++) {
		if (w[i].precision != WHEN_DAY || (w[i].flags & (WHEN_RELATIVE | WHEN_PERIOD)))
			continue;
		int words = 0;
		for (size_t b = 0; b < w[i].start; b++) {
			if (text[b] == '\n')
				return 0;
			if (text[b] == ' ' && b > 0 && text[b - 1] != ' ')
				words++;
		}
		if (words > 5)
			return 0;
		*a = w[i].date;
		return 1;
	}
	return 0;
}

/* 1: the page's date; 2: an embedded post's (the earliest the page can be); 0: none */
static int anchor_found(const struct extract_input *in, size_t n, struct date *a);

/* One day on (step 1) or back (step -1). */
static void step_day(struct date *a, int step)
{
	if (step > 0) {
		if (date_valid(a->year, a->month, a->day + 1)) {
			a->day++;
		} else {
			a->day = 1;
			if (++a->month > 12) {
				a->month = 1;
				a->year++;
			}
		}
		return;
	}
	if (--a->day > 0)
		return;
	if (--a->month == 0) {
		a->month = 12;
		a->year--;
	}
	a->day = 31;
	while (a->day > 28 && !date_valid(a->year, a->month, a->day))
		a->day--;
}

/* The day a text says it was written on ("اليوم الإثنين", today Monday;
 * "أمس الثلاثاء", yesterday Tuesday: a Wednesday) corrects its date by a day
 * or two either way: a page's date can be later than its writing (a "last
 * updated" stamp, a crawl) or a day early (a post's stamp shown in another
 * time zone). Further off, the weekday is the text's slip and the date
 * stands. A date from an embedded post is only the earliest the page can
 * be: it moves on to that weekday, up to six days. */
static int anchor_of(const struct extract_input *in, size_t n, struct date *a)
{
	int how = anchor_found(in, n, a);
	if (!how)
		return 0;
	int wd = when_written_weekday(in->text, n);
	if (wd < 0)
		return 1;
	long day = date_days(a->year, a->month, a->day);
	int ahead = (int)((wd - (day + 4) % 7 + 7) % 7);   /* 1970-01-01 was a Thursday */
	int step = how == 2 || ahead <= 2 ? 1 : ahead >= 5 ? -1 : 0;
	int k = step > 0 ? ahead : step < 0 ? 7 - ahead : 0;
	while (k-- > 0)
		step_day(a, step);
	return 1;
}

static int anchor_found(const struct extract_input *in, size_t n, struct date *a)
{
	memset(a, 0, sizeof *a);
	if (dateline(in->text, n, a))
		return 1;
	/* a post's stamp, a "Published:" label, a date line under the title:
	 * what the page shows wins over a crawl's metadata */
	if (when_shown_date(in->text, n, a))
		return 1;
	if (in->published && date_parse(in->published, strlen(in->published), DATE_MDY, a) == 0 &&
	    a->precision >= DATE_DAY)
		return 1;
	if (when_text_date(in->text, n, a))
		return 1;
	/* a page with no date of its own is as late as the posts it embeds:
	 * news pages quote the day's posts */
	if (when_embed_date(in->text, n, a))
		return 2;
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
	/* a captured post's comments and footer are not the source's report */
	d.n = page_body_len(in->text, in->len);
	trigger_windows(x->triggers, s->ts, in->text, d.n, &s->windows);
	const struct span *win = (const struct span *)s->windows.data;
	size_t nwin = s->windows.len / sizeof *win;
	lx_tokenize(x->lx, in->text, d.n, win, nwin, &s->toks, &s->keys);
	d.t = (const struct tok *)s->toks.data;
	d.nt = s->toks.len / sizeof *d.t;
	d.keys = s->keys.data;
	if (d.nt == 0)
		return 0;
	split_sentences(in->text, d.n, d.t, d.nt, d.keys, &s->sents);
	d.sent = (const struct sentence *)s->sents.data;
	d.ns = s->sents.len / sizeof *d.sent;
	buf_reset(&s->facts);
	buf_grow(&s->facts, d.ns * sizeof(struct facts));
	d.facts = (struct facts *)s->facts.data;
	d.have_anchor = anchor_of(in, d.n, &d.anchor);
	size_t nwhen = 0;
	d.whens = s->whens;
	d.nwhen = &nwhen;
	/* places over the whole text: the governorates it names elsewhere choose
	 * among namesakes (searching only the windows lost 2 points of location) */
	d.nmen = s->gs ? gaz_find(x->g, s->gs, in->text, d.n, &d.men) : 0;
	facts_fill(&d);

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
		const struct claim *est = c.kind == CLAIM_INCIDENT ?
			continued_estimate(&d, si, (const struct claim *)s->claims.data, nc, sent_of) : NULL;
		if (est)
			c.kind = CLAIM_ESTIMATE;
		if (c.kind == CLAIM_INCIDENT || c.kind == CLAIM_INFRASTRUCTURE) {
			set_when(&d, wi, &c);
			where_set(x, &d, si, pi, &c);
		} else {
			/* a cumulative figure is the sentence's own: no borrowing */
			unsigned own = perps(f);
			c.belligerents = own ? own : 1u << BEL_UNKNOWN;
			if (c.kind == CLAIM_CONTEXT || c.kind == CLAIM_ESTIMATE)
				c.weapon = f->weapon >= 0 ? (enum weapon)f->weapon : WEAPON_UNKNOWN;
			set_period(&d, si, &c);
			if (est && c.date_precision == WHEN_NONE) {
				c.date = est->date;
				c.date_end = est->date_end;
				c.date_precision = est->date_precision;
			}
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
	main_claim_pick(&d, in->title, cl, nc, sent_of, explicit_of, parts_of);
	*out = cl;
	return nc;
}
