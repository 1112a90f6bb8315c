/* where.c - where a claim happened: the most specific place the gazetteer
 * found in the clause or sentence of its casualties, else a name its
 * literal names miss ("in Tel Tamr"), else one named around it; and its
 * governorate ("near Damascus" is in Rif Dimashq: see gaz_mention's named).
 * A dateline ("Damascus, SANA -") is where the reporter wrote, not where it
 * happened; a word of a person's name ("George Sabra") is no place. */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "extract/doc_impl.h"

/* Is mention m a dateline: at the head of its line, then only capitalised
 * words, figures, commas and brackets up to a dash ("QAMISHLI, Syria (North
 * Press) -", "Damascus, SANA-", "BEIRUT (Reuters) —"), or anywhere in
 * capitals before an agency in brackets ("DAMASCUS (Sputnik)")? */
static int dateline(const char *text, size_t n, const struct gaz_mention *m)
{
	/* anywhere, in capitals before an agency in brackets: "DAMASCUS
	 * (Sputnik)", "ALEPPO, Syria (AP)" (texts whose lines were joined) */
	int caps = m->end - m->start >= 4;
	for (size_t i = m->start; i < m->end && caps; i++)
		caps = !islower((unsigned char)text[i]);
	if (caps) {
		size_t i = m->end;
		if (i < n && text[i] == ',')
			for (i++; i < n && i < m->end + 20 && text[i] != '(' && !islower((unsigned char)text[i]); i++)
				;
		while (i < n && text[i] == ' ')
			i++;
		if (i + 2 < n && text[i] == '(' && isupper((unsigned char)text[i + 1]) &&
		    memchr(text + i, ')', n - i < 40 ? n - i : 40))
			return 1;
	}
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

/* Is the word at [a, b) a capitalised one that may begin a place name
 * itself or stand before one in a sentence ("Northern", "Rif", "In")? */
static int place_lead(const char *w, size_t n)
{
	static const char *const lead[] = { "North", "South", "East", "West", "Northern", "Southern", "Eastern",
					    "Western", "Central", "Rural", "Rif", "Reef", "Greater", "Upper", "Lower",
					    "Old", "New", "In", "At", "Near", "Of", "On", "From", "To", "The", "And",
					    "Outside", "Around", "Northeast", "Northwest", "Southeast", "Southwest",
					    "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Syrian",
					    "Syria", "Iraq", "Iraqi", "Libya", "Libyan", "Kurdish", "Turkish", "Russian",
					    "Israeli", "Coalition", "Regime", "Army", "Province", "Governorate",
					    "Capital", "City", "Town", "Village", "Countryside", "District", "Camp",
					    "Neighbourhood", "Neighborhood", "Mount", "River", "Lake", "Plain",
					    /* articles and the words place names begin with */
					    "Al", "El", "Ad", "Ar", "As", "At", "Az", "An", "Ash", "Ath", "Adh", "Ed",
					    "Es", "Et", "Ez", "En", "Er", "Ul", "Il", "Abu", "Umm", "Um", "Bani", "Beni",
					    "Tal", "Tel", "Tell", "Tall", "Deir", "Dayr", "Kafr", "Kfar", "Ain", "Ayn",
					    "Jabal", "Jebel", "Khirbat", "Khirbet", "Ras", "Bir", "Wadi", "Khan",
					    "Maarat", "Qasr", "Hay", "Hayy", "Beit", "Jisr", "Mazraat", "Qaryat", NULL };
	for (int i = 0; lead[i]; i++)
		if (strlen(lead[i]) == n && strncasecmp(w, lead[i], n) == 0)
			return 1;
	return 0;
}

/* Is mention m a word of a person's or group's name: right after a
 * capitalised word that is no place cue, inside a sentence written in lower
 * case ("Hafizah Mar'i al Rebdawi was killed", "Mustafa Hero, 25", "Tahrir
 * al-Sham")? A title-case headline ("Jets Bomb Aleppo") says nothing. */
static int in_name(const char *text, const struct gaz_mention *m)
{
	size_t b = m->start;
	if (b < 2 || (text[b - 1] != ' ' && text[b - 1] != '-'))
		return 0;
	size_t e = b - 1, a = e;
	while (a > 0 && isalpha((unsigned char)text[a - 1]))
		a--;
	if (e - a < 2 || !isupper((unsigned char)text[a]) || place_lead(text + a, e - a))
		return 0;
	/* not at the head of a line or sentence */
	size_t p = a;
	while (p > 0 && text[p - 1] == ' ')
		p--;
	if (p == 0 || strchr("\n.:|!?\"(", text[p - 1]))
		return 0;
	/* a lower-case word of four letters or more among the ten words before */
	int words = 0;
	for (size_t i = p; i > 0 && words < 10 && text[i - 1] != '\n'; i--) {
		if (text[i - 1] != ' ')
			continue;
		words++;
		size_t k = i;
		while (k < a && isalpha((unsigned char)text[k]))
			k++;
		if (k - i >= 4 && islower((unsigned char)text[i]))
			return 1;
	}
	return 0;
}

/* Is mention m an allegiance, not a place ("pro-Damascus media",
 * "anti-Ankara factions")? */
static int allegiance(const char *text, const struct gaz_mention *m)
{
	return (m->start >= 4 && strncasecmp(text + m->start - 4, "pro-", 4) == 0) ||
	       (m->start >= 5 && strncasecmp(text + m->start - 5, "anti-", 5) == 0);
}

/* Does mention m name the hospital the wounded were taken to ("the Kobani
 * city hospital", "Afrin Hospital", "a hospital in Idlib", "rushed to
 * Latakia")? */
static int hospital(const char *text, size_t n, const struct gaz_mention *m)
{
	static const char *const after[] = { " hospital", " city hospital", " national hospital", " military hospital",
					     " university hospital", " general hospital", NULL };
	static const char *const before[] = { "hospital in ", "hospital of ", "hospitals in ", "hospitals of ",
					      "transferred to ", "taken to ", "rushed to ", "transported to ",
					      "evacuated to ", NULL };
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

/* Is mention m a place beside the event rather than its scene: the
 * dateline, the hospital? */
static int aside(const struct doc *d, const struct gaz_mention *m)
{
	return dateline(d->text, d->n, m) || hospital(d->text, d->n, m);
}

/* The most specific place named in [start, end), or -1. A place in the
 * countries the team monitors goes before one abroad ("the Zahra
 * neighbourhood of Aleppo" is not Az Zahra in Libya); abroad only when
 * nothing else is named; a place aside (the dateline) last of all; a word
 * of a person's or group's name never. */
int where_best(const struct doc *d, size_t start, size_t end)
{
	int best = -1, best_aside = 0;
	for (size_t i = 0; i < d->nmen; i++) {
		const struct gaz_mention *m = &d->men[i];
		if (m->start < start)
			continue;
		if (m->end > end)
			break;
		if (!m->place || in_name(d->text, m) || allegiance(d->text, m))
			continue;   /* "George Sabra said", "pro-Damascus": no place at all */
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

/* Is governorate index gi that of a place the text names literally? */
static int gov_named(const struct doc *d, int gi)
{
	for (size_t i = 0; i < d->nmen; i++) {
		const struct place *p = d->men[i].place;
		if (p && (p->row.kind == PK_GOVERNORATE ? p->index : p->governorate) == gi)
			return 1;
	}
	return 0;
}

/* The place that tokens [j, k] name, looked up by name and cross-script
 * key, the longest run first; of namesakes found the same way, the first in
 * a governorate the text names elsewhere ("Al-Busirah" is Al Busayrah, not
 * Basra, in a text that names Deir ez-Zor). 1 and *out set when found. */
static int guess_span(const struct extractor *x, const struct doc *d, size_t j, size_t k, int from_left,
		      struct gaz_mention *out)
{
	const struct tok *t = d->t;
	for (size_t w = 0; w <= k - j; w++) {
		size_t a = from_left ? j : j + w, b = from_left ? k - w : k;
		struct gaz_candidate cand[8];
		size_t n = gaz_lookup(x->g, d->text + t[a].start, t[b].end - t[a].start, cand, 8);
		if (n && (cand[0].how == GAZ_NAME || cand[0].how == GAZ_KEY) && cand[0].precision > GEO_COUNTRY &&
		    !(a == b && generic_word(&t[a], d->keys))) {
			size_t c = 0;
			for (size_t i = 0; i < n && i < 8; i++) {
				const struct place *p = cand[i].place;
				if (cand[i].how == cand[0].how && cand[i].precision > GEO_COUNTRY &&
				    gov_named(d, p->row.kind == PK_GOVERNORATE ? p->index : p->governorate)) {
					c = i;
					break;
				}
			}
			memset(out, 0, sizeof *out);
			out->start = t[a].start;
			out->end = t[b].end;
			out->place = cand[c].place;
			out->precision = cand[c].precision;
			out->candidates = (int)n;
			return 1;
		}
	}
	return 0;
}

/* A word that can be in a place's name: capitalised, or an article joined
 * to one ("Ras al-Ain"), and no actor or monitor ("SDF", "SOHR"). */
static int name_word(const struct tok *t, const char *keys)
{
	return t->type == TT_WORD && (t->upper || article_joined(t, keys)) && t->cat == LX_NONE;
}

/* The governorate a place is in, or the place when it is one. */
static const struct place *gov_of(const struct extractor *x, const struct place *p)
{
	if (p->row.kind == PK_GOVERNORATE)
		return p;
	return p->governorate >= 0 ? gaz_place(x->g, (size_t)p->governorate) : NULL;
}

/* A place the sentence names in a spelling the gazetteer's literal names
 * miss ("in Tel Tamr" for Tall Tamr, "Deir Ezzor"): capitalised words after
 * "in", "near", "of", "at", "on", "outside", "around", "#" (and a
 * direction: "in east Deir Ezzor countryside"), or before "city", "town",
 * "village", "province", "countryside" and the like ("Al-Busirah city"),
 * looked up by name and cross-script key. The first in the sentence, unless
 * the sentence states a governorate ("in Qunaitra northern countryside",
 * "Deir Ezzor province") that another guess is not in: a village of that
 * name elsewhere is not the one meant, and the governorate stands. */
static int guess_place(const struct extractor *x, const struct doc *d, size_t si, struct gaz_mention *out)
{
	static const char *const kinds[] = { "city", "town", "village", "province", "governorate", "countryside",
					     "district", "subdistrict", "neighbourhood", "neighborhood", "camp",
					     "outskirts", NULL };
	static const char *const gov_words[] = { "province", "governorate", "countryside", NULL };
	static const char *const directions[] = { "east", "west", "north", "south", "eastern", "western", "northern",
						  "southern", "northeast", "northwest", "southeast", "southwest",
						  "northeastern", "northwestern", "southeastern", "southwestern",
						  "rural", "central", NULL };
	if (!x->g)
		return 0;
	const struct tok *t = d->t;
	const struct sentence *s = &d->sent[si];
	struct gaz_mention found[8];
	int stated[8];
	size_t nf = 0;
	for (size_t i = s->tok0; i + 1 < s->tok1 && nf < 8; i++) {
		/* a name before a kind of place: "Al-Busirah city", "Deir Ezzor
		 * province", "Qunaitra northern countryside" */
		size_t b = i > s->tok0 && tok_in(&t[i - 1], d->keys, directions) && !t[i - 1].upper ? i - 2 : i - 1;
		if (i > s->tok0 + 1 && tok_in(&t[i], d->keys, kinds) && !t[i].upper && b >= s->tok0 &&
		    name_word(&t[b], d->keys)) {
			size_t j = b;
			while (j > s->tok0 && j + 2 > b && name_word(&t[j - 1], d->keys))
				j--;
			if (guess_span(x, d, j, b, 0, &found[nf])) {
				stated[nf] = tok_in(&t[i], d->keys, gov_words) || found[nf].place->row.kind == PK_GOVERNORATE;
				nf++;
				continue;
			}
		}
		int hash = t[i].start > 0 && d->text[t[i].start - 1] == '#' && t[i].upper;
		int cue = hash || tok_is(&t[i], d->keys, "in") || tok_is(&t[i], d->keys, "near") ||
			  tok_is(&t[i], d->keys, "of") || tok_is(&t[i], d->keys, "at") ||
			  tok_is(&t[i], d->keys, "outside") || tok_is(&t[i], d->keys, "on") ||
			  tok_is(&t[i], d->keys, "around");
		if (!cue)
			continue;
		size_t j = hash ? i : i + 1;
		if (!hash && j + 1 < s->tok1 && !t[j].upper && tok_in(&t[j], d->keys, directions))
			j++;   /* "in east Deir Ezzor countryside" */
		if (!t[j].upper || t[j].type != TT_WORD || t[j].cat == LX_ACTOR || t[j].cat == LX_MONITOR)
			continue;
		size_t k = j;
		while (k + 1 < s->tok1 && k < j + 2 && t[k + 1].type == TT_WORD &&
		       (t[k + 1].upper || article_joined(&t[k + 1], d->keys)) && t[k + 1].cat == LX_NONE)
			k++;   /* "Ras al-Ain", "Deir Ezzor" */
		if (guess_span(x, d, j, k, 1, &found[nf])) {
			stated[nf] = found[nf].place->row.kind == PK_GOVERNORATE;
			nf++;
			i = k;   /* the words taken are not cues */
		}
	}
	const struct place *gov = NULL;
	for (size_t f = 0; f < nf && !gov; f++)
		if (stated[f])
			gov = gov_of(x, found[f].place);
	for (size_t f = 0; f < nf; f++)
		if (!gov || gov_of(x, found[f].place) == gov || stated[f]) {
			*out = found[f];
			return 1;
		}
	return 0;
}

/* The place named in sentence k for a claim of another sentence: its own
 * literal place (not a dateline), else a guess; 1 and *out set when found. */
static int named_in(const struct extractor *x, const struct doc *d, size_t k, const char *country,
		    struct gaz_mention *out)
{
	if (d->facts[k].background)
		return 0;
	int p = d->facts[k].place;
	if (p >= 0 && d->men[p].precision > GEO_COUNTRY && !aside(d, &d->men[p]) &&
	    (!country || !strcmp(country, d->men[p].place->row.country))) {
		*out = d->men[p];
		return 1;
	}
	return guess_place(x, d, k, out) && (!country || !strcmp(country, out->place->row.country));
}

/* A place named in the sentences around si, for a claim whose sentence
 * names none but a country or the dateline, nearest first: the sentences
 * before it in its paragraph (or within 300 bytes), then the next three, in
 * its paragraph or, when wide, the next two (a headline or a one-sentence
 * lead leaves the place to the paragraph after it); in country when the
 * claim's sentence names one (NULL: any). 1 and *out when found. */
static int around(const struct extractor *x, const struct doc *d, size_t si, int wide, const char *country,
		  struct gaz_mention *out)
{
	for (size_t k = si; k-- > 0 && si - k <= 3;) {
		if (d->sent[k].paragraph != d->sent[si].paragraph && d->sent[si].start - d->sent[k].end >= 300)
			break;
		if (named_in(x, d, k, country, out))
			return 1;
	}
	int last = d->sent[si].paragraph + (wide ? 2 : 0);
	for (size_t k = si + 1; k < d->ns && k <= si + 3 && d->sent[k].paragraph <= last; k++)
		if (named_in(x, d, k, country, out))
			return 1;
	return 0;
}

/* Is sentence si a paragraph of its own (a headline, a one-sentence lead)? */
static int alone(const struct doc *d, size_t si)
{
	int p = d->sent[si].paragraph;
	return (si == 0 || d->sent[si - 1].paragraph != p) && (si + 1 >= d->ns || d->sent[si + 1].paragraph != p);
}

/* The governorate or city the text says mention i's place is in ("Mallah
 * Farms in Aleppo", "Hader in Quneitra province"), here or at another
 * mention of the same place, when the gazetteer puts its place of that name
 * in another governorate: a namesake, and the place meant is not in the
 * gazetteer. Returns the index of that mention, or -1. */
static int stated_in(const struct doc *d, int i)
{
	const struct place *p = d->men[i].place;
	int pg = p->row.kind == PK_GOVERNORATE ? p->index : p->governorate;
	if (pg < 0)
		return -1;
	for (size_t k = 0; k + 1 < d->nmen; k++) {
		const struct gaz_mention *b = &d->men[k], *g = &d->men[k + 1];
		if (b->place != p || !g->place)
			continue;
		int gg = g->place->row.kind == PK_GOVERNORATE ? g->place->index
			 : g->place->row.kind == PK_CITY ? g->place->governorate : -1;
		if (gg < 0 || gg == pg || g->start < b->end)
			continue;
		/* "X in Y", "X Farms in northern Y", "X in the Y countryside"
		 * (not "X near Y": a city near Aleppo is not in it) */
		size_t gap = g->start - b->end;
		const char *gs = d->text + b->end, *at = gap >= 4 ? memmem(gs, gap, " in ", 4) : NULL;
		if (at && at - gs <= 10 && gs + gap - (at + 4) <= 12 && !memchr(gs, '.', gap) && !memchr(gs, ',', gap))
			return (int)k + 1;
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
		const char *country = pi >= 0 && d->men[pi].precision <= GEO_COUNTRY ? d->men[pi].place->row.country : NULL;
		if ((none || side) && !found_guess)
			found_guess = around(x, d, si, side || alone(d, si), country, &guess);
	}
	if (!found_guess && pi >= 0 && d->men[pi].place) {
		int in = stated_in(d, pi);
		if (in >= 0)
			pi = in;
	}
	if (found_guess)
		set_place(x, &guess, c);
	else
		set_place(x, pi >= 0 ? &d->men[pi] : NULL, c);
}
