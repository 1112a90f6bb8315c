/* match.c - finding place names in text (see gaz_find in gazetteer.h).
 *
 * The text is folded (norm.h) with an offset map back to its bytes, and
 * scanned once by a Vectorscan literal database of every folded name: plain
 * literals, case-sensitive on folded text, because word boundaries in UTF-8
 * are not something Vectorscan can check (docs/deps.md §3); the callback
 * only records where names end, and boundaries are checked here. An Arabic
 * name may carry the clitics و ف ب ل ك before it ("بالرقة", "وحلب"), and one
 * written without its article may follow "لل" ("للرقة"). A Latin name must
 * hold a capital letter in the text: "said" the verb is not Said the
 * village. Overlapping names: the longest wins. Then each mention's place is
 * chosen by what else the text names (see choose). */
#include "gazetteer/gaz_impl.h"

#include <hs.h>
#include <unicode/uchar.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"
#include "gazetteer/norm.h"

/* Matches kept per text before the rest are ignored: a text that names a
 * place every few bytes is not worth more. */
#define MAX_HITS 200000

struct gaz_matcher {
	hs_database_t *db;
	hs_scratch_t *proto;   /* cloned for each gaz_scratch */
	uint8_t *bare;         /* per pattern: only ever a name without its article */
};

struct hit {
	uint32_t start, end;   /* in the folded text */
	int entry;             /* pattern id: index into pattern_entry */
};

struct gaz_scratch {
	hs_scratch_t *hs;
	struct buf fold;
	struct gaz_offsets map;
	struct hit *hits;
	size_t nhits, caphits;
	struct gaz_mention *out;
	size_t nout, capout;
	int *order;
	char *gov_cue;
	size_t caporder;
};

int gaz_matcher_build(struct gazetteer *g, struct err *e)
{
	size_t n = g->names.count;
	g->pattern_entry = xcalloc(n ? n : 1, sizeof *g->pattern_entry);
	const char **expr = xcalloc(n ? n : 1, sizeof *expr);
	size_t *lens = xcalloc(n ? n : 1, sizeof *lens);
	unsigned *ids = xcalloc(n ? n : 1, sizeof *ids);
	unsigned *flags = xcalloc(n ? n : 1, sizeof *flags);
	unsigned k = 0;
	for (size_t i = 0; i < g->names.cap; i++) {
		const struct sent *s = &g->names.slots[i];
		if (!s->hash || s->len < 3)
			continue;
		g->pattern_entry[k] = s;
		expr[k] = s->s;
		lens[k] = s->len;
		ids[k] = k;
		flags[k] = 0;
		k++;
	}
	int rc = 0;
	g->matcher = xcalloc(1, sizeof *g->matcher);
	g->matcher->bare = xcalloc(k ? k : 1, 1);
	for (unsigned i = 0; i < k; i++) {
		const struct sent *ent = g->pattern_entry[i];
		int bare = 1;
		for (int p = ent->head; p >= 0 && bare; p = g->name_posts.v[p].next)
			bare = g->name_posts.v[p].flags == NAME_BARE;
		g->matcher->bare[i] = (uint8_t)bare;
	}
	if (k) {
		hs_compile_error_t *ce = NULL;
		if (hs_compile_lit_multi(expr, flags, ids, lens, k, HS_MODE_BLOCK, NULL, &g->matcher->db, &ce) !=
		    HS_SUCCESS) {
			rc = err_set(e, ERR_INPUT, "cannot compile the place names (%s)",
				     ce && ce->message ? ce->message : "Vectorscan failed");
			hs_free_compile_error(ce);
		} else if (hs_alloc_scratch(g->matcher->db, &g->matcher->proto) != HS_SUCCESS) {
			rc = err_set(e, ERR_INPUT, "cannot allocate Vectorscan scratch space");
		}
	}
	free(expr);
	free(lens);
	free(ids);
	free(flags);
	return rc;
}

void gaz_matcher_free(struct gazetteer *g)
{
	if (!g->matcher)
		return;
	hs_free_scratch(g->matcher->proto);
	hs_free_database(g->matcher->db);
	free(g->matcher->bare);
	free(g->matcher);
	g->matcher = NULL;
}

struct gaz_scratch *gaz_scratch_new(const struct gazetteer *g)
{
	struct gaz_scratch *s = xcalloc(1, sizeof *s);
	buf_init(&s->fold);
	if (g->matcher && g->matcher->proto && hs_clone_scratch(g->matcher->proto, &s->hs) != HS_SUCCESS)
		s->hs = NULL;
	return s;
}

void gaz_scratch_free(struct gaz_scratch *s)
{
	if (!s)
		return;
	hs_free_scratch(s->hs);
	buf_release(&s->fold);
	gaz_offsets_release(&s->map);
	free(s->hits);
	free(s->out);
	free(s->order);
	free(s->gov_cue);
	free(s);
}

struct scan_ctx {
	const struct gazetteer *g;
	struct gaz_scratch *s;
};

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *arg)
{
	(void)from;
	(void)flags;
	struct scan_ctx *c = arg;
	struct gaz_scratch *s = c->s;
	if (s->nhits == MAX_HITS)
		return 1;   /* stop scanning */
	if (s->nhits == s->caphits) {
		s->caphits = s->caphits ? s->caphits * 2 : 256;
		s->hits = xrealloc(s->hits, s->caphits * sizeof *s->hits);
	}
	uint32_t len = c->g->pattern_entry[id]->len;
	s->hits[s->nhits++] = (struct hit){ .start = (uint32_t)to - len, .end = (uint32_t)to, .entry = (int)id };
	return 0;
}

static int is_arabic_lead(unsigned char c)
{
	return c >= 0xD8 && c <= 0xDB;
}

/* The word the folded text holds from w to before `at` (a clitic run). */
static int clitics_ok(const char *t, size_t w, size_t at, int bare)
{
	/* two-byte Arabic letters: و ف ب ل ك */
	static const char *const one[] = { "\xd9\x88", "\xd9\x81", "\xd8\xa8", "\xd9\x84", "\xd9\x83" };
	size_t n = at - w;
	if (bare) {
		/* "لل", "ولل", "فلل": the article's alef dropped after li- */
		const char *ll = "\xd9\x84\xd9\x84";
		if (n == 4 && !memcmp(t + w, ll, 4))
			return 1;
		if (n == 6 && (!memcmp(t + w, one[0], 2) || !memcmp(t + w, one[1], 2)) && !memcmp(t + w + 2, ll, 4))
			return 1;
		return 0;
	}
	if (n != 2 && n != 4)
		return 0;
	for (size_t i = 0; i < n; i += 2) {
		int ok = 0;
		for (int k = 0; k < 5; k++)
			if (!memcmp(t + w + i, one[k], 2))
				ok = 1;
		if (!ok)
			return 0;
	}
	/* a second clitic after و/ف only */
	return n == 2 || !memcmp(t + w, one[0], 2) || !memcmp(t + w, one[1], 2);
}

/* Does the hit stand as a word (or a clitic-prefixed Arabic word)? */
static int at_boundary(const struct gazetteer *g, const struct gaz_scratch *s, const char *text, struct hit *h)
{
	const char *t = s->fold.data;
	size_t len = s->fold.len;
	if (h->end < len && t[h->end] != ' ')
		return 0;
	const struct sent *e = g->pattern_entry[h->entry];
	int bare = g->matcher->bare[h->entry];
	if (h->start == 0 || t[h->start - 1] == ' ') {
		if (bare)
			return 0;
	} else {
		if (!is_arabic_lead((unsigned char)e->s[0]))
			return 0;
		size_t w = h->start;
		while (w > 0 && t[w - 1] != ' ')
			w--;
		if (!clitics_ok(t, w, h->start, bare))
			return 0;
		h->start = (uint32_t)w;   /* the evidence is the whole word */
	}
	if (!is_arabic_lead((unsigned char)e->s[0])) {
		/* a capital letter somewhere in the original span */
		uint32_t a = s->map.at[h->start], b = s->map.at[h->end - 1];
		for (uint32_t i = a; i <= b; i++)
			if (text[i] >= 'A' && text[i] <= 'Z')
				return 1;
		/* non-ASCII capitals (Ḥalab, İdlib): the first letter decides */
		uint32_t cp;
		utf8_decode(text + a, s->map.at[h->end - 1] + 1 - a, &cp);
		return u_isupper((UChar32)cp);
	}
	return 1;
}

static int by_length_desc(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;
	uint32_t lx = x->end - x->start, ly = y->end - y->start;
	if (lx != ly)
		return lx > ly ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static int by_start(const void *a, const void *b)
{
	const struct gaz_mention *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Words before or after a mention that make it somewhere around X rather
 * than X: 2 for the countryside of X ("ريف X", "rural X", "X countryside":
 * the governorate when X names one too), 1 for near it ("east of X",
 * "شرق X", "قرب X"). */
static int container_cue(const char *t, size_t len, size_t start, size_t end)
{
	static const struct { const char *w; int cue; } before[] = {
		{ "countryside of ", 2 }, { "rural ", 2 }, { "\xd8\xb1\xd9\x8a\xd9\x81 ", 2 },   /* ريف */
		{ "\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x81 ", 2 },                                /* بريف */
		{ "\xd9\x88\xd8\xb1\xd9\x8a\xd9\x81 ", 2 },                                /* وريف */
		{ "outskirts of ", 1 }, { "east of ", 1 }, { "west of ", 1 }, { "north of ", 1 },
		{ "south of ", 1 }, { "northeast of ", 1 }, { "northwest of ", 1 }, { "southeast of ", 1 },
		{ "southwest of ", 1 }, { "near ", 1 }, { "around ", 1 },
		{ "\xd8\xa7\xd8\xb7\xd8\xb1\xd8\xa7\xd9\x81 ", 1 },                      /* اطراف */
		{ "\xd9\x85\xd8\xad\xd9\x8a\xd8\xb7 ", 1 },                                /* محيط */
		{ "\xd8\xb4\xd8\xb1\xd9\x82 ", 1 }, { "\xd8\xba\xd8\xb1\xd8\xa8 ", 1 },   /* شرق غرب */
		{ "\xd8\xb4\xd9\x85\xd8\xa7\xd9\x84 ", 1 },                                /* شمال */
		{ "\xd8\xac\xd9\x86\xd9\x88\xd8\xa8 ", 1 },                                /* جنوب */
		{ "\xd9\x82\xd8\xb1\xd8\xa8 ", 1 },                                          /* قرب */
	};
	static const struct { const char *w; int cue; } after[] = {
		{ " countryside", 2 }, { " outskirts", 1 },
	};
	for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
		size_t n = strlen(before[i].w);
		if (start >= n && !memcmp(t + start - n, before[i].w, n) && (start == n || t[start - n - 1] == ' '))
			return before[i].cue;
	}
	for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
		size_t n = strlen(after[i].w);
		if (end + n <= len && !memcmp(t + end, after[i].w, n) && (end + n == len || t[end + n] == ' '))
			return after[i].cue;
	}
	return 0;
}

/* "X province", "X governorate", "محافظة X": the governorate itself. */
static int governorate_cue(const char *t, size_t len, size_t start, size_t end)
{
	static const char *const after[] = { " province", " governorate" };
	const char *muh = "\xd9\x85\xd8\xad\xd8\xa7\xd9\x81\xd8\xb8\xd9\x87 ";   /* محافظه */
	size_t mn = strlen(muh);
	if (start >= mn && !memcmp(t + start - mn, muh, mn))
		return 1;
	for (size_t i = 0; i < 2; i++) {
		size_t n = strlen(after[i]);
		if (end + n <= len && !memcmp(t + end, after[i], n) && (end + n == len || t[end + n] == ' '))
			return 1;
	}
	return 0;
}

/* Prefer, in order: a place inside a governorate the text names (or the
 * governorate itself), near an unambiguous mention, the more specific
 * populated kinds, more people. */
static double context_score(const struct gazetteer *g, const struct place *p, const int *govs, size_t ngov,
			    const struct place *const *anchors, size_t nanchor)
{
	double sc = p->prior;
	for (size_t i = 0; i < ngov; i++)
		if (p->governorate == govs[i] || p->index == govs[i]) {
			sc += 20;
			break;
		}
	for (size_t i = 0; i < nanchor; i++) {
		const struct place *a = anchors[i];
		/* 50 km is under half a degree of latitude and, this far south,
		 * under 0.6 of longitude: most pairs end at the box */
		if (a != p && !isnan(a->row.lat) && !isnan(p->row.lat) && fabs(a->row.lat - p->row.lat) < 0.5 &&
		    fabs(a->row.lon - p->row.lon) < 0.7 &&
		    geo_km(a->row.lat, a->row.lon, p->row.lat, p->row.lon) < 50) {
			sc += 10;
			break;
		}
	}
	(void)g;
	return sc;
}

static void choose(const struct gazetteer *g, struct gaz_scratch *s)
{
	/* governorates named, and places named without ambiguity */
	int govs[64];
	const struct place *anchors[64];
	size_t ngov = 0, nanchor = 0;
	for (size_t i = 0; i < s->nout; i++) {
		const struct sent *e = g->pattern_entry[s->order[i]];
		int n = 0, only = -1;
		for (int k = e->head; k >= 0; k = g->name_posts.v[k].next) {
			const struct place *p = g->places[g->name_posts.v[k].place];
			if (p->row.kind == PK_GOVERNORATE && ngov < 64)
				govs[ngov++] = p->index;
			n++;
			only = p->index;
		}
		s->out[i].candidates = n;
		if (n == 1 && nanchor < 64)
			anchors[nanchor++] = g->places[only];
		if (n == 1 && g->places[only]->governorate >= 0 && ngov < 64)
			govs[ngov++] = g->places[only]->governorate;
	}
	for (size_t i = 0; i < s->nout; i++) {
		const struct sent *e = g->pattern_entry[s->order[i]];
		const struct place *best = NULL;
		double best_sc = -1;
		for (int k = e->head; k >= 0; k = g->name_posts.v[k].next) {
			const struct place *p = g->places[g->name_posts.v[k].place];
			double sc = context_score(g, p, govs, ngov, anchors, nanchor) -
				    g->name_posts.v[k].flags * 0.5;
			/* "ريف إدلب", "Idlib countryside", "Idlib province": the
			 * governorate when the name is one */
			if ((s->out[i].container == 2 || s->gov_cue[i]) && p->row.kind == PK_GOVERNORATE)
				sc += 30;
			if (sc > best_sc) {
				best_sc = sc;
				best = p;
			}
		}
		struct gaz_mention *m = &s->out[i];
		m->place = best;
		m->precision = best ? geo_precision_of(best->row.kind) : GEO_NONE;
		m->container = m->container != 0;
		if (m->container && best) {
			if (best->row.kind <= PK_DISTRICT)
				m->precision = geo_precision_of(best->row.kind);
			else if (best->row.kind == PK_CITY)
				m->precision = GEO_DISTRICT;
			else
				m->precision = GEO_SUBDISTRICT;
		}
	}
}

size_t gaz_find(const struct gazetteer *g, struct gaz_scratch *s, const char *text, size_t n,
		const struct gaz_mention **out)
{
	*out = NULL;
	s->nout = 0;
	s->nhits = 0;
	if (!g->matcher || !g->matcher->db || !s->hs || !n)
		return 0;
	buf_reset(&s->fold);
	s->map.len = 0;
	gaz_fold(text, n, &s->fold, &s->map);
	if (!s->fold.len)
		return 0;
	struct scan_ctx c = { g, s };
	hs_scan(g->matcher->db, s->fold.data, (unsigned)s->fold.len, 0, s->hs, on_match, &c);

	/* keep the words, longest first, then drop what overlaps a longer one */
	size_t k = 0;
	for (size_t i = 0; i < s->nhits; i++)
		if (at_boundary(g, s, text, &s->hits[i]))
			s->hits[k++] = s->hits[i];
	if (k)
		qsort(s->hits, k, sizeof *s->hits, by_length_desc);
	for (size_t i = 0; i < k; i++) {
		const struct hit *h = &s->hits[i];
		int clash = 0;
		for (size_t j = 0; j < s->nout && !clash; j++)
			clash = h->start < s->out[j].end && s->out[j].start < h->end;
		if (clash)
			continue;
		if (s->nout == s->capout) {
			s->capout = s->capout ? s->capout * 2 : 32;
			s->out = xrealloc(s->out, s->capout * sizeof *s->out);
		}
		/* folded offsets for now; the entry rides in candidates */
		s->out[s->nout++] = (struct gaz_mention){ .start = h->start, .end = h->end, .candidates = h->entry };
	}
	if (s->nout)
		qsort(s->out, s->nout, sizeof *s->out, by_start);
	if (s->nout > s->caporder) {
		s->caporder = s->nout;
		s->order = xrealloc(s->order, s->caporder * sizeof *s->order);
		s->gov_cue = xrealloc(s->gov_cue, s->caporder);
	}
	for (size_t i = 0; i < s->nout; i++) {
		struct gaz_mention *m = &s->out[i];
		s->order[i] = m->candidates;
		m->container = container_cue(s->fold.data, s->fold.len, m->start, m->end);
		s->gov_cue[i] = (char)governorate_cue(s->fold.data, s->fold.len, m->start, m->end);
	}
	choose(g, s);
	/* back to the text's own bytes: through the end of the last character */
	for (size_t i = 0; i < s->nout; i++) {
		struct gaz_mention *m = &s->out[i];
		size_t a = s->map.at[m->start], b = s->map.at[m->end - 1] + 1;
		while (b < n && ((unsigned char)text[b] & 0xC0) == 0x80)
			b++;
		m->start = a;
		m->end = b;
	}
	*out = s->out;
	return s->nout;
}
