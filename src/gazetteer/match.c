/* match.c - finding place names in text (see gaz_find in gazetteer.h).
 *
 * The text is folded (norm.h) with an offset map back to its bytes, and
 * scanned once by a Vectorscan literal database of every folded name: plain
 * literals, case-sensitive on folded text, because word boundaries in UTF-8
 * are not something Vectorscan can check (docs/deps.md §3); the callback
 * only records where names end, and boundaries are checked here. (Folded
 * words are one space apart, so a second database of the names with their
 * spaces, on the text between two spaces, finds the same sooner: see struct
 * gaz_matcher.) An Arabic name may carry the clitics و ف ب ل ك before it
 * ("بالرقة", "وحلب"), and one written without its article may follow "لل"
 * ("للرقة"). A Latin name must hold a capital letter in the text: "said" the
 * verb is not Said the village. Overlapping names: the longest wins. Then
 * each mention's place is chosen by what else the text names (see choose). */
#include "gazetteer/gaz_impl.h"

#include <hs.h>
#include <unicode/uchar.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"
#include "gazetteer/norm.h"

/* Matches kept per text before the rest are ignored: a text that names a
 * place every few bytes is not worth more. */
#define MAX_HITS 200000

struct gaz_matcher {
	/* Every name, for any text. Where the edge database serves (texts of
	 * up to edge_max bytes: nearly all), it is compiled the first time a
	 * longer text comes (full_db), which saves most of gaz_open. */
	hs_database_t *db;
	pthread_mutex_t db_lock;
	int db_tried;
	/* The same names with the word boundaries that at_boundary wants
	 * around them anyway: a space after each, and before each Latin one,
	 * scanning the text with a space at each end. Longer literals, and
	 * fewer matches inside words: it runs faster. For texts of at most
	 * edge_max folded bytes; NULL when it could find other mentions than
	 * db (see edge_build). */
	hs_database_t *edge;
	size_t edge_max;
	hs_scratch_t *proto;   /* cloned for each gaz_scratch */
	uint8_t *bare;         /* per pattern: only ever a name without its article */
	uint8_t *lead;         /* per pattern: the first word of other names ("Tall" of
	                          "Tall Abyad", "Tall Tamr"): not this place when a
	                          capitalised word follows it in the text */
	uint32_t *len;         /* per pattern: its length */
	size_t count;          /* patterns */
};

struct hit {
	uint32_t start, end;   /* in the folded text */
	int entry;             /* pattern id: index into pattern_entry */
};

/* The order pick takes the hits of a cluster in: by_length_desc, then as
 * reported (in which glibc's qsort, a merge sort, leaves what that calls
 * equal). */
struct rank {
	uint32_t len, start, at;
};

struct gaz_scratch {
	hs_scratch_t *hs;
	int hs_full;           /* hs is big enough for the matcher's db too */
	struct buf fold;       /* a space, then the folded text: t[0..len) */
	const char *t;
	size_t len;
	struct gaz_offsets map;
	struct hit *hits;
	size_t nhits, caphits;
	struct gaz_mention *out;
	size_t nout, capout;
	int *order;
	char *gov_cue;
	size_t caporder;
	uint8_t *keep;         /* per hit: taken (see pick) */
	size_t capkeep;
	struct rank *cluster;  /* pick's working memory */
	size_t capcluster;
	uint8_t *taken;
	size_t captaken;
	/* per place: stamp of the last gaz_find that named it as a governorate
	 * (in the context of choose) or as an anchor */
	uint32_t *gov_seen, *anchor_seen;
	size_t capseen;
	/* per pattern and cue (see choose): stamp of the last gaz_find that
	 * chose a place for it, and that place */
	uint32_t *chosen_at;
	const struct place **chosen;
	size_t capchosen;
	uint32_t stamp;
};

static int is_arabic_lead(unsigned char c)
{
	return c >= 0xD8 && c <= 0xDB;
}

/* 1 if the n bytes at s are one to three of the letters و ف ب ل ك. */
static int clitic_letters(const char *s, size_t n)
{
	static const char letters[] = "\xd9\x88\xd9\x81\xd8\xa8\xd9\x84\xd9\x83";
	if (!n || n > 6 || n % 2)
		return 0;
	for (size_t i = 0; i < n; i += 2) {
		int in = 0;
		for (size_t k = 0; k < sizeof letters - 1; k += 2)
			in |= !memcmp(s + i, letters + k, 2);
		if (!in)
			return 0;
	}
	return 1;
}

/* The edge database (see struct gaz_matcher), when it finds what db does.
 * Every match of db that at_boundary keeps, it finds too, at the same end,
 * and nothing else; in the order of their ends, as db. Two differences
 * remain, and here is how they are kept out:
 *  - db stops at MAX_HITS matches, where the edge database, finding fewer,
 *    might go on. But at most `most` names end at one byte (a name and the
 *    names it ends with), so a text of MAX_HITS / most bytes is safe.
 *  - matches with the same end come in an order of Vectorscan's own, which
 *    may differ between the two. It matters only for two names that at_boundary
 *    stretches to the same word ("وبX": X, and bX if it were a name):
 *    the one reported first wins. That takes a name that is another name
 *    after clitic letters; with such a pair, no edge database. */
static void edge_build(struct gazetteer *g, unsigned k, const char **expr, unsigned *flags, unsigned *ids,
		       size_t *lens)
{
	size_t most = 1;
	for (unsigned i = 0; i < k; i++) {
		const struct sent *b = g->pattern_entry[i];
		size_t ends = 0;
		for (size_t at = 0; at + 3 <= b->len; at++) {
			const struct sent *a = smap_get(&g->names, b->s + at, b->len - at);
			if (!a)
				continue;
			ends++;
			if (at && clitic_letters(b->s, at))
				return;
		}
		most = ends > most ? ends : most;
	}
	char **edged = xcalloc(k, sizeof *edged);
	size_t *elens = xcalloc(k, sizeof *elens);
	for (unsigned i = 0; i < k; i++) {
		int latin = !is_arabic_lead((unsigned char)expr[i][0]);
		edged[i] = xmalloc(lens[i] + 3);
		edged[i][0] = ' ';
		memcpy(edged[i] + latin, expr[i], lens[i]);
		edged[i][latin + lens[i]] = ' ';
		elens[i] = lens[i] + (size_t)latin + 1;
	}
	hs_compile_error_t *ce = NULL;
	hs_database_t *db = NULL;
	if (hs_compile_lit_multi((const char *const *)edged, flags, ids, elens, k, HS_MODE_BLOCK, NULL, &db, &ce) !=
	    HS_SUCCESS) {
		hs_free_compile_error(ce);   /* db alone will do */
	} else if (hs_alloc_scratch(db, &g->matcher->proto) != HS_SUCCESS) {
		hs_free_database(db);
	} else {
		g->matcher->edge = db;
		g->matcher->edge_max = MAX_HITS / most;
	}
	for (unsigned i = 0; i < k; i++)
		free(edged[i]);
	free(edged);
	free(elens);
}

/* The database of every name; errors in e. */
static int compile_full(const struct gazetteer *g, hs_database_t **db, struct err *e)
{
	size_t k = g->matcher->count;
	const char **expr = xcalloc(k, sizeof *expr);
	size_t *lens = xcalloc(k, sizeof *lens);
	unsigned *ids = xcalloc(k, sizeof *ids);
	unsigned *flags = xcalloc(k, sizeof *flags);
	for (unsigned i = 0; i < k; i++) {
		expr[i] = g->pattern_entry[i]->s;
		lens[i] = g->pattern_entry[i]->len;
		ids[i] = i;
	}
	int rc = 0;
	hs_compile_error_t *ce = NULL;
	if (hs_compile_lit_multi(expr, flags, ids, lens, (unsigned)k, HS_MODE_BLOCK, NULL, db, &ce) != HS_SUCCESS) {
		rc = err_set(e, ERR_INPUT, "cannot compile the place names (%s)",
			     ce && ce->message ? ce->message : "Vectorscan failed");
		hs_free_compile_error(ce);
		*db = NULL;
	}
	free(expr);
	free(lens);
	free(ids);
	free(flags);
	return rc;
}

/* The matcher's db, compiled now if it was left for later; NULL if it
 * cannot be (then the text is searched as if it named no place). */
static hs_database_t *full_db(const struct gazetteer *g)
{
	struct gaz_matcher *m = g->matcher;
	pthread_mutex_lock(&m->db_lock);
	if (!m->db && !m->db_tried) {
		struct err e;
		m->db_tried = 1;
		compile_full(g, &m->db, &e);
	}
	hs_database_t *db = m->db;
	pthread_mutex_unlock(&m->db_lock);
	return db;
}

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
	pthread_mutex_init(&g->matcher->db_lock, NULL);
	g->matcher->bare = xcalloc(k ? k : 1, 1);
	g->matcher->lead = xcalloc(k ? k : 1, 1);
	g->matcher->len = xcalloc(k ? k : 1, sizeof *g->matcher->len);
	g->matcher->count = k;
	/* how many names of several words begin with each name */
	uint8_t *starts = xcalloc(n ? n : 1, 1);
	for (size_t i = 0; i < g->names.cap; i++) {
		const struct sent *s = &g->names.slots[i];
		const char *sp = s->hash ? memchr(s->s, ' ', s->len) : NULL;
		const struct sent *w = sp ? smap_get(&g->names, s->s, (size_t)(sp - s->s)) : NULL;
		if (w && starts[w->serial] < UINT8_MAX)
			starts[w->serial]++;
	}
	for (unsigned i = 0; i < k; i++) {
		const struct sent *ent = g->pattern_entry[i];
		int bare = 1;
		for (int p = ent->head; p >= 0 && bare; p = g->name_posts.v[p].next)
			bare = g->name_posts.v[p].flags == NAME_BARE;
		g->matcher->bare[i] = (uint8_t)bare;
		g->matcher->lead[i] = starts[ent->serial] >= 2 && !is_arabic_lead((unsigned char)ent->s[0]);
		g->matcher->len[i] = ent->len;
	}
	free(starts);
	if (k) {
		edge_build(g, k, expr, flags, ids, lens);
		if (!g->matcher->edge) {
			/* no edge database: db now, and its errors are gaz_open's */
			g->matcher->db_tried = 1;
			rc = compile_full(g, &g->matcher->db, e);
			if (!rc && hs_alloc_scratch(g->matcher->db, &g->matcher->proto) != HS_SUCCESS)
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
	hs_free_database(g->matcher->edge);
	pthread_mutex_destroy(&g->matcher->db_lock);
	free(g->matcher->bare);
	free(g->matcher->lead);
	free(g->matcher->len);
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
	free(s->keep);
	free(s->cluster);
	free(s->taken);
	free(s->gov_seen);
	free(s->anchor_seen);
	free(s->chosen_at);
	free(s->chosen);
	free(s);
}

struct scan_ctx {
	const struct gazetteer *g;
	struct gaz_scratch *s;
};

static void add_hit(struct gaz_scratch *s, uint32_t end, uint32_t len, unsigned id)
{
	if (s->nhits == s->caphits) {
		s->caphits = s->caphits ? s->caphits * 2 : 256;
		s->hits = xrealloc(s->hits, s->caphits * sizeof *s->hits);
	}
	s->hits[s->nhits++] = (struct hit){ .start = end - len, .end = end, .entry = (int)id };
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *arg)
{
	(void)from;
	(void)flags;
	struct scan_ctx *c = arg;
	if (c->s->nhits == MAX_HITS)
		return 1;   /* stop scanning */
	add_hit(c->s, (uint32_t)to, c->g->matcher->len[id], id);
	return 0;
}

/* A match of the edge database: it ends with the space after the name, in
 * a text that has one more space before it (never MAX_HITS of them). */
static int on_edge_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *arg)
{
	(void)from;
	(void)flags;
	struct scan_ctx *c = arg;
	add_hit(c->s, (uint32_t)to - 2, c->g->matcher->len[id], id);
	return 0;
}

static inline int same2(const char *a, const char *b)
{
	return a[0] == b[0] && a[1] == b[1];
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
		if (n == 6 && (same2(t + w, one[0]) || same2(t + w, one[1])) && !memcmp(t + w + 2, ll, 4))
			return 1;
		return 0;
	}
	if (n != 2 && n != 4)
		return 0;
	for (size_t i = 0; i < n; i += 2) {
		int ok = 0;
		for (int k = 0; k < 5; k++)
			if (same2(t + w + i, one[k]))
				ok = 1;
		if (!ok)
			return 0;
	}
	/* a second clitic after و/ف only */
	return n == 2 || same2(t + w, one[0]) || same2(t + w, one[1]);
}

/* Does the hit stand as a word (or a clitic-prefixed Arabic word)? */
static int at_boundary(const struct gazetteer *g, const struct gaz_scratch *s, const char *text, struct hit *h)
{
	const char *t = s->t;
	size_t len = s->len;
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
		uint32_t a = s->map.at[h->start], b = s->map.at[h->end - 1];
		/* "Tall Hamis" when the gazetteer knows Tall but not Tall Hamis:
		 * the start of a longer name, not Tall */
		if (g->matcher->lead[h->entry] && h->end + 1 < len) {
			uint32_t next = s->map.at[h->end + 1], i = b + 1;
			while (i < next && (text[i] == ' ' || text[i] == '-'))
				i++;
			if (i == next && i > b + 1 && text[next] >= 'A' && text[next] <= 'Z')
				return 0;
		}
		/* a capital letter somewhere in the original span */
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

static int by_rank(const void *a, const void *b)
{
	const struct rank *x = a, *y = b;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

static int by_start(const void *a, const void *b)
{
	const struct gaz_mention *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* A cue word or two: the bytes, how many, and what container_cue returns. */
struct cue {
	const char *w;
	unsigned char n, cue;
};
#define CUE(w, cue) { w, sizeof w - 1, cue }

/* Words before or after a mention that make it somewhere around X rather
 * than X: 2 for the countryside of X ("ريف X", "rural X", "X countryside":
 * the governorate when X names one too), 1 for near it ("east of X",
 * "شرق X", "قرب X"). */
static int container_cue(const char *t, size_t len, size_t start, size_t end)
{
	static const struct cue before[] = {
		CUE("countryside of ", 2), CUE("rural ", 2), CUE("\xd8\xb1\xd9\x8a\xd9\x81 ", 2),   /* ريف */
		CUE("\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x81 ", 2),                                /* بريف */
		CUE("\xd9\x88\xd8\xb1\xd9\x8a\xd9\x81 ", 2),                                /* وريف */
		CUE("outskirts of ", 1), CUE("east of ", 1), CUE("west of ", 1), CUE("north of ", 1),
		CUE("south of ", 1), CUE("northeast of ", 1), CUE("northwest of ", 1), CUE("southeast of ", 1),
		CUE("southwest of ", 1), CUE("near ", 1), CUE("around ", 1), CUE("outside ", 1),
		CUE("vicinity of ", 1), CUE("suburbs of ", 1),
		CUE("\xd8\xa7\xd8\xb7\xd8\xb1\xd8\xa7\xd9\x81 ", 1),                      /* اطراف */
		CUE("\xd9\x85\xd8\xad\xd9\x8a\xd8\xb7 ", 1),                                /* محيط */
		CUE("\xd8\xb4\xd8\xb1\xd9\x82 ", 1), CUE("\xd8\xba\xd8\xb1\xd8\xa8 ", 1),   /* شرق غرب */
		CUE("\xd8\xb4\xd9\x85\xd8\xa7\xd9\x84 ", 1),                                /* شمال */
		CUE("\xd8\xac\xd9\x86\xd9\x88\xd8\xa8 ", 1),                                /* جنوب */
		CUE("\xd9\x82\xd8\xb1\xd8\xa8 ", 1),                                          /* قرب */
	}, after[] = {
		CUE(" countryside", 2), CUE(" countrysides", 2), CUE(" outskirts", 1), CUE(" vicinity", 1),
		CUE(" suburbs", 1),
		/* an airport named after a city lies outside it */
		CUE(" airport", 1), CUE(" airports", 1), CUE(" international airport", 1),
		CUE(" international airports", 1), CUE(" military airport", 1),
	};
	/* (the byte each word ends with, or starts with, first: it rules most out) */
	for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
		size_t n = before[i].n;
		if (start >= n && t[start - 2] == before[i].w[n - 2] && !memcmp(t + start - n, before[i].w, n) &&
		    (start == n || t[start - n - 1] == ' '))
			return before[i].cue;
	}
	for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
		size_t n = after[i].n;
		if (end + n <= len && t[end + 1] == after[i].w[1] && !memcmp(t + end, after[i].w, n) &&
		    (end + n == len || t[end + n] == ' '))
			return after[i].cue;
	}
	return 0;
}

/* "X province", "X governorate", "محافظة X": the governorate itself. */
static int governorate_cue(const char *t, size_t len, size_t start, size_t end)
{
	static const struct cue after[] = { CUE(" province", 1), CUE(" governorate", 1), CUE(" provinces", 1),
					    CUE(" governorates", 1) };
	static const char muh[] = "\xd9\x85\xd8\xad\xd8\xa7\xd9\x81\xd8\xb8\xd9\x87 ";   /* محافظه */
	size_t mn = sizeof muh - 1;
	if (start >= mn && t[start - 2] == muh[mn - 2] && !memcmp(t + start - mn, muh, mn))
		return 1;
	for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
		size_t n = after[i].n;
		if (end + n <= len && t[end + 1] == after[i].w[1] && !memcmp(t + end, after[i].w, n) &&
		    (end + n == len || t[end + n] == ' '))
			return 1;
	}
	return 0;
}

/* 0 when neither container_cue nor governorate_cue can find a cue around
 * the mention: the byte before it is not a space that follows the last
 * letter of a cue word, and the word after it does not start like one. */
static int may_cue(const char *t, size_t len, size_t start, size_t end)
{
	/* the last bytes of the words before (of, rural, near, around,
	 * outside, ريف, اطراف, محيط, شرق, غرب, شمال, جنوب, قرب, محافظه) */
	static const char last[] = "flrde\x81\xb7\x82\xa8\x84\x87";
	/* the first letters of the words after (countryside, outskirts,
	 * province, governorate, vicinity, suburbs, airport, international,
	 * military) */
	static const char first[] = "copgvsaim";
	if (start >= 2 && t[start - 1] == ' ' && memchr(last, t[start - 2], sizeof last - 1))
		return 1;
	return end + 1 < len && t[end] == ' ' && memchr(first, t[end + 1], sizeof first - 1);
}

/* Prefer, in order: a place inside a governorate the text names (or the
 * governorate itself), near an unambiguous mention, the more specific
 * populated kinds, more people. govs: places with gov_seen[] == stamp;
 * anchors: each place once. */
static double context_score(const struct gaz_scratch *s, const struct place *p,
			    const struct place *const *anchors, size_t nanchor)
{
	double sc = p->prior;
	if ((p->governorate >= 0 && s->gov_seen[p->governorate] == s->stamp) || s->gov_seen[p->index] == s->stamp)
		sc += 20;
	for (size_t i = 0; i < nanchor; i++) {
		if (anchors[i] != p && places_near(anchors[i], p, 50)) {
			sc += 10;
			break;
		}
	}
	return sc;
}

static void choose(const struct gazetteer *g, struct gaz_scratch *s)
{
	/* governorates named, and places named without ambiguity: the first 64
	 * of each, counted with repeats, but each looked at once */
	const struct place *anchors[64];
	size_t ngov = 0, nanchor = 0, nanchor_seen = 0;
	size_t nchosen = 2 * g->matcher->count;
	if (s->capseen < g->count || s->capchosen < nchosen) {
		s->gov_seen = xrealloc(s->gov_seen, g->count * sizeof *s->gov_seen);
		s->anchor_seen = xrealloc(s->anchor_seen, g->count * sizeof *s->anchor_seen);
		s->capseen = g->count;
		s->chosen_at = xrealloc(s->chosen_at, nchosen * sizeof *s->chosen_at);
		s->chosen = xrealloc(s->chosen, nchosen * sizeof *s->chosen);
		s->capchosen = nchosen;
		s->stamp = UINT32_MAX;
	}
	if (++s->stamp == 0 || s->stamp == UINT32_MAX) {
		memset(s->gov_seen, 0, s->capseen * sizeof *s->gov_seen);
		memset(s->anchor_seen, 0, s->capseen * sizeof *s->anchor_seen);
		memset(s->chosen_at, 0, s->capchosen * sizeof *s->chosen_at);
		s->stamp = 1;
	}
	for (size_t i = 0; i < s->nout; i++) {
		const struct sent *e = g->pattern_entry[s->order[i]];
		int n = 0, only = -1;
		for (int k = e->head; k >= 0; k = g->name_posts.v[k].next) {
			const struct place *p = g->places[g->name_posts.v[k].place];
			if (p->row.kind == PK_GOVERNORATE && ngov < 64) {
				s->gov_seen[p->index] = s->stamp;
				ngov++;
			}
			n++;
			only = p->index;
		}
		s->out[i].candidates = n;
		if (n == 1 && nanchor_seen < 64) {
			nanchor_seen++;
			if (s->anchor_seen[only] != s->stamp) {
				s->anchor_seen[only] = s->stamp;
				anchors[nanchor++] = g->places[only];
			}
		}
		if (n == 1 && g->places[only]->governorate >= 0 && ngov < 64) {
			s->gov_seen[g->places[only]->governorate] = s->stamp;
			ngov++;
		}
	}
	/* the same name with the same cue makes the same choice all through
	 * the text: once per name and cue */
	for (size_t i = 0; i < s->nout; i++) {
		int cue = s->out[i].container == 2 || s->gov_cue[i];
		size_t key = 2 * (size_t)s->order[i] + (size_t)cue;
		const struct place *best = NULL;
		if (s->chosen_at[key] == s->stamp) {
			best = s->chosen[key];
		} else {
			const struct sent *e = g->pattern_entry[s->order[i]];
			double best_sc = -1;
			for (int k = e->head; k >= 0; k = g->name_posts.v[k].next) {
				const struct place *p = g->places[g->name_posts.v[k].place];
				double sc = context_score(s, p, anchors, nanchor) - g->name_posts.v[k].flags * 0.5;
				/* "ريف إدلب", "Idlib countryside", "Idlib province": the
				 * governorate when the name is one */
				if (cue && p->row.kind == PK_GOVERNORATE)
					sc += 30;
				if (sc > best_sc) {
					best_sc = sc;
					best = p;
				}
			}
			s->chosen_at[key] = s->stamp;
			s->chosen[key] = best;
		}
		struct gaz_mention *m = &s->out[i];
		m->place = best;
		m->named = NULL;
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
		/* around a city that is a governorate of its own, or that
		 * governorate as a province: the governorate around it
		 * ("Damascus countryside", "near Damascus", "Damascus province"
		 * are in Rif Dimashq) */
		if (best && (m->container || s->gov_cue[i])) {
			const struct place *gov = best->row.kind == PK_GOVERNORATE ? best
						  : best->row.kind == PK_CITY && best->governorate >= 0
						  ? g->places[best->governorate] : NULL;
			if (gov && gov->countryside >= 0) {
				m->named = best;
				m->place = g->places[gov->countryside];
			}
		}
	}
}

static void add_mention(struct gaz_scratch *s, const struct hit *h)
{
	if (s->nout == s->capout) {
		s->capout = s->capout ? s->capout * 2 : 32;
		s->out = xrealloc(s->out, s->capout * sizeof *s->out);
	}
	/* folded offsets for now; the entry rides in candidates */
	s->out[s->nout++] = (struct gaz_mention){ .start = h->start, .end = h->end, .candidates = h->entry };
}

/* Of hits[0..k), in the order of their ends, the mentions, in text order:
 * longest first (then the leftmost, then the first reported), each taken
 * unless it overlaps one taken before. Only hits that overlap can stand in
 * each other's way, so this goes by clusters, runs of hits that no hit
 * outside overlaps, and sorts only inside those (most hits are alone). */
static void pick(struct gaz_scratch *s, size_t k)
{
	enum { CUT = 1, TAKEN = 2 };
	struct hit *h = s->hits;
	if (k > s->capkeep) {
		s->capkeep = k;
		s->keep = xrealloc(s->keep, s->capkeep);
	}
	/* a cluster starts at j when no hit from j on starts before the
	 * hits before j end */
	uint32_t low = UINT32_MAX;
	for (size_t j = k; j-- > 0;) {
		low = h[j].start < low ? h[j].start : low;
		s->keep[j] = j == 0 || h[j - 1].end <= low ? CUT : 0;
	}
	for (size_t i = 0; i < k;) {
		size_t j = i + 1;
		uint32_t from = h[i].start;
		for (; j < k && !(s->keep[j] & CUT); j++)
			from = h[j].start < from ? h[j].start : from;
		uint32_t reach = h[j - 1].end;
		if (j == i + 1) {
			add_mention(s, &h[i]);
			i = j;
			continue;
		}
		/* a cluster: the hits by length, longest first, then by start,
		 * then as reported; bytes taken so far in taken[] */
		size_t c = j - i;
		if (c > s->capcluster) {
			s->capcluster = c;
			s->cluster = xrealloc(s->cluster, c * sizeof *s->cluster);
		}
		for (size_t x = 0; x < c; x++)
			s->cluster[x] = (struct rank){ h[i + x].end - h[i + x].start, h[i + x].start, (uint32_t)(i + x) };
		if (c <= 16) {
			for (size_t x = 1; x < c; x++) {
				struct rank r = s->cluster[x];
				size_t y = x;
				for (; y > 0 && by_rank(&r, &s->cluster[y - 1]) < 0; y--)
					s->cluster[y] = s->cluster[y - 1];
				s->cluster[y] = r;
			}
		} else {
			qsort(s->cluster, c, sizeof *s->cluster, by_rank);
		}
		size_t span = reach - from;
		if (span > s->captaken) {
			s->captaken = span;
			s->taken = xrealloc(s->taken, span);
		}
		memset(s->taken, 0, span);
		for (size_t x = 0; x < c; x++) {
			const struct hit *y = &h[s->cluster[x].at];
			uint8_t *t = s->taken + (y->start - from);
			size_t len = y->end - y->start;
			if (memchr(t, 1, len))
				continue;
			memset(t, 1, len);
			s->keep[s->cluster[x].at] |= TAKEN;
		}
		/* what was taken is disjoint: in the order of ends, it is in text order */
		for (size_t x = i; x < j; x++)
			if (s->keep[x] & TAKEN)
				add_mention(s, &h[x]);
		i = j;
	}
}

size_t gaz_find(const struct gazetteer *g, struct gaz_scratch *s, const char *text, size_t n,
		const struct gaz_mention **out)
{
	*out = NULL;
	s->nout = 0;
	s->nhits = 0;
	if (!g->matcher || !(g->matcher->db || g->matcher->edge) || !s->hs || !n)
		return 0;
	buf_reset(&s->fold);
	buf_addc(&s->fold, ' ');
	s->map.len = 0;
	gaz_fold(text, n, &s->fold, &s->map);
	s->t = s->fold.data + 1;
	s->len = s->fold.len - 1;
	if (!s->len)
		return 0;
	struct scan_ctx c = { g, s };
	if (g->matcher->edge && s->len <= g->matcher->edge_max) {
		/* the text between two spaces, for the edge database */
		buf_grow(&s->fold, 1);
		s->fold.data[s->fold.len] = ' ';
		hs_scan(g->matcher->edge, s->fold.data, (unsigned)s->fold.len + 1, 0, s->hs, on_edge_match, &c);
		s->fold.data[s->fold.len] = '\0';
	} else {
		hs_database_t *db = full_db(g);
		if (!db)
			return 0;
		if (!s->hs_full && hs_alloc_scratch(db, &s->hs) != HS_SUCCESS)
			return 0;
		s->hs_full = 1;
		hs_scan(db, s->t, (unsigned)s->len, 0, s->hs, on_match, &c);
	}

	/* keep the words, then of overlapping ones the longest (pick) */
	size_t k = 0;
	int ordered = 1;
	for (size_t i = 0; i < s->nhits; i++)
		if (at_boundary(g, s, text, &s->hits[i])) {
			ordered &= !k || s->hits[i].end >= s->hits[k - 1].end;
			s->hits[k++] = s->hits[i];
		}
	if (ordered) {
		pick(s, k);
	} else {
		/* not in the order Vectorscan reports in: the long way */
		if (k)
			qsort(s->hits, k, sizeof *s->hits, by_length_desc);
		for (size_t i = 0; i < k; i++) {
			const struct hit *h = &s->hits[i];
			int clash = 0;
			for (size_t j = 0; j < s->nout && !clash; j++)
				clash = h->start < s->out[j].end && s->out[j].start < h->end;
			if (!clash)
				add_mention(s, h);
		}
		if (s->nout)
			qsort(s->out, s->nout, sizeof *s->out, by_start);
	}
	if (s->nout > s->caporder) {
		s->caporder = s->nout;
		s->order = xrealloc(s->order, s->caporder * sizeof *s->order);
		s->gov_cue = xrealloc(s->gov_cue, s->caporder);
	}
	for (size_t i = 0; i < s->nout; i++) {
		struct gaz_mention *m = &s->out[i];
		s->order[i] = m->candidates;
		m->container = 0;
		s->gov_cue[i] = 0;
		if (may_cue(s->t, s->len, m->start, m->end)) {
			m->container = container_cue(s->t, s->len, m->start, m->end);
			s->gov_cue[i] = (char)governorate_cue(s->t, s->len, m->start, m->end);
		}
	}
	/* "Idlib and Hama countrysides", "Damascus and Aleppo airports",
	 * "Aleppo and Idlib provinces": the word after the second name is the
	 * first's too */
	for (size_t i = s->nout; i-- > 1;) {
		struct gaz_mention *a = &s->out[i - 1], *b = &s->out[i];
		if (a->container || s->gov_cue[i - 1] || b->start != a->end + 5 || memcmp(s->t + a->end, " and ", 5) != 0)
			continue;
		if (may_cue(s->t, s->len, b->start, b->end)) {
			a->container = container_cue(s->t, s->len, a->start, b->end);
			s->gov_cue[i - 1] = (char)governorate_cue(s->t, s->len, a->start, b->end);
		}
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
