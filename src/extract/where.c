/* where.c - where a claim happened: the most specific place the gazetteer
 * found in its sentence, else a name its literal names miss ("in Tel Tamr"),
 * and the governorate, with "near Damascus" in Rif Dimashq. */
#include <math.h>
#include <string.h>
#include <strings.h>

#include "extract/doc_impl.h"

/* The most specific place named in [start, end), or -1. A place in the
 * countries the team monitors goes before one abroad ("the Zahra
 * neighbourhood of Aleppo" is not Az Zahra in Libya); abroad only when
 * nothing else is named. */
int where_best(const struct doc *d, size_t start, size_t end)
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

void where_set(const struct extractor *x, const struct doc *d, size_t si, int pi, struct claim *c)
{
	/* a place the literal names missed, in this sentence or,
	 * when none is named here, the ones around it */
	struct gaz_mention guess;
	int own = pi >= 0 && d->men[pi].precision > GEO_COUNTRY && d->men[pi].start >= d->sent[si].start &&
		  d->men[pi].end <= d->sent[si].end;
	int found_guess = 0;
	if (!own) {
		found_guess = guess_place(x, d, si, &guess);
		int none = pi < 0 || d->men[pi].precision <= GEO_COUNTRY;
		/* the sentences just before it, then just after it */
		for (size_t k = si; none && !found_guess && k-- > 0 && si - k <= 3;) {
			if (d->sent[k].paragraph != d->sent[si].paragraph && d->sent[si].start - d->sent[k].end >= 300)
				break;
			found_guess = !d->facts[k].background && guess_place(x, d, k, &guess);
		}
		for (size_t k = si + 1; none && k < d->ns && k <= si + 3 && !found_guess &&
				    d->sent[k].paragraph == d->sent[si].paragraph; k++)
			found_guess = !d->facts[k].background && guess_place(x, d, k, &guess);
	}
	if (found_guess)
		set_place(x, &guess, c, d->text, d->n);
	else
		set_place(x, pi >= 0 ? &d->men[pi] : NULL, c, d->text, d->n);
}
