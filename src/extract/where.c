/* where.c - where a claim happened: the most specific place the gazetteer
 * found in its sentence, else a name its literal names miss ("in Tel Tamr"),
 * and its governorate ("near Damascus" is in Rif Dimashq: see gaz_mention's
 * named). A dateline
 * ("Damascus, SANA -") is where the reporter wrote, not where it happened:
 * it places a claim only when the text names nothing else. */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "extract/doc_impl.h"

/* Is mention m a dateline: at the head of its line, then only capitalised
 * words, figures, commas and brackets up to a dash ("QAMISHLI, Syria (North
 * Press) -", "Damascus, SANA-", "BEIRUT (Reuters) —")? */
static int dateline(const char *text, size_t n, const struct gaz_mention *m)
{
	size_t a = m->start;
	while (a > 0 && (text[a - 1] == ' ' || text[a - 1] == '\t'))
		a--;
	if (a > 0 && text[a - 1] != '\n')
		return 0;
	int sep = 0;   /* a comma or bracket: "Aleppo-Damascus road" is no dateline */
	for (size_t i = m->end; i < n && i < m->end + 60; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch == '\n')
			return 0;
		if (ch == ',' || ch == '(' || ch == ')') {
			sep = 1;
		} else if (ch == '-' || (ch == 0xE2 && i + 2 < n && (unsigned char)text[i + 1] == 0x80 &&
					 ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94))) {
			return sep;   /* - – — */
		} else if (islower(ch) && (text[i - 1] == ' ' || text[i - 1] == '(')) {
			return 0;   /* a lower-case word: a sentence has begun */
		}
	}
	return 0;
}

/* Is mention m a place beside the event rather than its scene: the
 * dateline? */
static int aside(const struct doc *d, const struct gaz_mention *m)
{
	return dateline(d->text, d->n, m);
}

/* The most specific place named in [start, end), or -1. A place in the
 * countries the team monitors goes before one abroad ("the Zahra
 * neighbourhood of Aleppo" is not Az Zahra in Libya); abroad only when
 * nothing else is named; a place aside (the dateline) last of all. */
int where_best(const struct doc *d, size_t start, size_t end)
{
	int best = -1, best_aside = 0;
	for (size_t i = 0; i < d->nmen; i++) {
		const struct gaz_mention *m = &d->men[i];
		if (m->start < start)
			continue;
		if (m->end > end)
			break;
		if (!m->place)
			continue;
		int side = aside(d, m);
		if (best < 0 || (best_aside && !side)) {
			best = (int)i;
			best_aside = side;
			continue;
		}
		if (side && !best_aside)
			continue;
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

static void set_place(const struct extractor *x, const struct gaz_mention *m, struct claim *c)
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
	/* "near Damascus" is in Rif Dimashq, on the map by Damascus */
	const struct place *on_map = m->named ? m->named : p;
	c->lat = on_map->row.lat;
	c->lon = on_map->row.lon;
	const struct place *gov = p->row.kind == PK_GOVERNORATE ? p
				  : p->governorate >= 0 ? gaz_place(x->g, (size_t)p->governorate) : NULL;
	if (gov)
		c->governorate = gov->row.name_en;
	else if (p->row.governorate && *p->row.governorate)
		c->governorate = p->row.governorate;
}

/* "al-Ain", "el-Bab", "ash-Shaddadi": a name with its article joined. */
static int article_joined(const struct tok *t, const char *keys)
{
	return t->key_len >= 5 && lx_joined_article(t, keys);
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

/* A place named in the sentences around si, for a claim whose sentence
 * names only the dateline: before it in its paragraph (or within 300
 * bytes), then the next three in the next two paragraphs (a one-sentence
 * lead leaves the place to the paragraph after it). Not a dateline.
 * Returns a mention index or -1. */
static int around(const struct doc *d, size_t si)
{
	for (size_t k = si; k-- > 0 && si - k <= 3;) {
		if (d->sent[k].paragraph != d->sent[si].paragraph && d->sent[si].start - d->sent[k].end >= 300)
			break;
		int p = d->facts[k].place;
		if (!d->facts[k].background && p >= 0 && d->men[p].precision > GEO_COUNTRY && !aside(d, &d->men[p]))
			return p;
	}
	for (size_t k = si + 1; k < d->ns && k <= si + 3 && d->sent[k].paragraph <= d->sent[si].paragraph + 2; k++) {
		int p = d->facts[k].place;
		if (!d->facts[k].background && p >= 0 && d->men[p].precision > GEO_COUNTRY && !aside(d, &d->men[p]))
			return p;
	}
	return -1;
}

/* Does the clause of a sentence end before token i: ";", ", and", ", while",
 * "whereas" (a second event: "a woman was injured in X, and shells hit Y")? */
static int clause_break(const struct doc *d, size_t i, size_t end)
{
	const struct tok *t = d->t;
	if (t[i].type == TT_PUNCT && d->text[t[i].start] == ';')
		return 1;
	if (tok_is(&t[i], d->keys, "while") || tok_is(&t[i], d->keys, "whereas"))
		return 1;
	return t[i].type == TT_PUNCT && d->text[t[i].start] == ',' && i + 1 < end &&
	       (tok_is(&t[i + 1], d->keys, "and") || tok_is(&t[i + 1], d->keys, "but"));
}

/* The place of the claim's own clause in sentence si: the most specific in
 * the clause that holds the evidence, when the sentence has several; else -1. */
static int clause_place(const struct doc *d, size_t si, const struct claim *c)
{
	const struct sentence *s = &d->sent[si];
	size_t a = s->start, b = s->end;
	for (size_t i = s->tok0; i < s->tok1; i++) {
		if (!clause_break(d, i, s->tok1))
			continue;
		if (d->t[i].end <= c->start)
			a = d->t[i].end;
		else if (d->t[i].start >= c->end && d->t[i].start < b)
			b = d->t[i].start;
	}
	if (a == s->start && b == s->end)
		return -1;
	int p = where_best(d, a, b);
	return p >= 0 && d->men[p].precision > GEO_COUNTRY && !aside(d, &d->men[p]) ? p : -1;
}

void where_set(const struct extractor *x, const struct doc *d, size_t si, int pi, struct claim *c)
{
	/* of the places the sentence names, the one in the claim's own words */
	if (pi >= 0 && d->men[pi].start >= d->sent[si].start && d->men[pi].end <= d->sent[si].end &&
	    c->start >= d->sent[si].start && c->end <= d->sent[si].end && c->end > c->start) {
		int own = clause_place(d, si, c);
		if (own >= 0)
			pi = own;
	}
	/* a dateline places the claim only when nothing else does */
	int side = pi >= 0 && aside(d, &d->men[pi]);
	/* a place the literal names missed, in this sentence or,
	 * when none is named here, the ones around it */
	struct gaz_mention guess;
	int own = pi >= 0 && !side && d->men[pi].precision > GEO_COUNTRY && d->men[pi].start >= d->sent[si].start &&
		  d->men[pi].end <= d->sent[si].end;
	int found_guess = 0;
	if (!own) {
		found_guess = guess_place(x, d, si, &guess);
		int none = pi < 0 || d->men[pi].precision <= GEO_COUNTRY;
		if (side && !found_guess) {
			int p = around(d, si);
			if (p >= 0) {
				pi = p;
				side = 0;
			}
		}
		/* the sentences just before it, then just after it */
		for (size_t k = si; (none || side) && !found_guess && k-- > 0 && si - k <= 3;) {
			if (d->sent[k].paragraph != d->sent[si].paragraph && d->sent[si].start - d->sent[k].end >= 300)
				break;
			found_guess = !d->facts[k].background && guess_place(x, d, k, &guess);
		}
		for (size_t k = si + 1; (none || side) && k < d->ns && k <= si + 3 && !found_guess &&
				    d->sent[k].paragraph == d->sent[si].paragraph; k++)
			found_guess = !d->facts[k].background && guess_place(x, d, k, &guess);
	}
	if (found_guess)
		set_place(x, &guess, c);
	else
		set_place(x, pi >= 0 ? &d->men[pi] : NULL, c);
}
