/* windows.c - choosing the parts of a text worth reading closely.
 *
 * Most sentences of a news page report no harm: politics, weather, page
 * chrome. Tokenizing them, reading their numbers and dates, costs most of
 * an extraction. So one Vectorscan pass over the raw bytes finds the stems
 * of casualty and infrastructure words ("kill", "injur", "martyr", "قتل",
 * "جرح" ...), case-insensitively; the text is cut into rough sentences
 * (an end mark and a space, or a line break); and only the sentences with a
 * stem, the sentence before each (where "on Sunday" or the perpetrator is
 * often said) and the first two (the headline) are read. A stem inside a
 * longer word only widens a window: the close reading decides. */
#include <hs.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "extract/extract_impl.h"

static const char *const stems[] = {
	/* English */
	"kill", "dead", "death", "died", "dies ", "dying", "injur", "wound", "casualt", "martyr", "toll",
	"hurt", "harmed", "massacr", "missing", "bodies", "slain", "perish", "fatal", "lost their lives",
	"lost his life", "lost her life", "execut", "behead", "shot ", "victim", "rubble", "bridge",
	"hospital", "school", " dam", "water", "power", "electric", "infrastructure", "market", "baker",
	"mosque", "wells", "refiner",
	/* attacks and weapons: where the perpetrator and the weapon are said */
	"strike", "shell", "bomb", "missile", "rocket", "raid", "artiller", "mortar", "explo", "attack",
	"drone", "warplane", "jets", "aircraft", "sniper", "gunmen", "clashes", "assault",
	/* background markers: what follows them is not the report's event */
	"related", "read also", "read more", "more news", "see also", "comes after", "came after",
	"earlier", "previous",
	/* Arabic (issue 5 reads them; the stems cost nothing here) */
	"\xd9\x82\xd8\xaa\xd9\x84",                     /* قتل */
	"\xd8\xb4\xd9\x87\xd9\x8a\xd8\xaf",             /* شهيد */
	"\xd8\xb4\xd9\x87\xd8\xaf\xd8\xa7\xd8\xa1",     /* شهداء */
	"\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xb4\xd9\x87\xd8\xaf", /* استشهد */
	"\xd8\xac\xd8\xb1\xd8\xad",                     /* جرح */
	"\xd8\xac\xd8\xb1\xd9\x8a\xd8\xad",             /* جريح */
	"\xd8\xa5\xd8\xb5\xd8\xa7\xd8\xa8",             /* إصاب */
	"\xd8\xa7\xd8\xb5\xd8\xa7\xd8\xa8",             /* اصاب */
	"\xd8\xa3\xd8\xb5\xd9\x8a\xd8\xa8",             /* أصيب */
	"\xd8\xb6\xd8\xad\xd8\xa7\xd9\x8a\xd8\xa7",     /* ضحايا */
	"\xd9\x85\xd9\x81\xd9\x82\xd9\x88\xd8\xaf",     /* مفقود */
	"\xd9\x88\xd9\x81\xd8\xa7\xd8\xa9",             /* وفاة */
	"\xd9\x85\xd8\xb5\xd8\xa7\xd8\xa8",             /* مصاب */
	"\xd8\xac\xd8\xab\xd8\xa9",                     /* جثة */
	"\xd8\xac\xd8\xab\xd8\xab",                     /* جثث */
	"\xd9\x82\xd8\xb5\xd9\x81",                     /* قصف */
	"\xd8\xba\xd8\xa7\xd8\xb1\xd8\xa9",             /* غارة */
	"\xd8\xba\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa",     /* غارات */
	"\xd8\xb7\xd8\xa7\xd8\xa6\xd8\xb1\xd8\xa9",     /* طائرة */
	"\xd8\xb5\xd8\xa7\xd8\xb1\xd9\x88\xd8\xae",     /* صاروخ */
	"\xd8\xa7\xd9\x86\xd9\x81\xd8\xac\xd8\xa7\xd8\xb1", /* انفجار */
	"\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd8\xa7\xd9\x81", /* استهداف */
};
#define NSTEMS (sizeof stems / sizeof stems[0])

/* Hits kept per text; past it the whole text is read. */
#define MAX_TRIGGERS 65536

struct trigger_scan {
	hs_database_t *db;
	hs_scratch_t *proto;
};

struct trigger_scratch {
	hs_scratch_t *hs;
	size_t *hits;
	size_t nhits;
	int overflow;
};

struct trigger_scan *trigger_scan_new(void)
{
	struct trigger_scan *ts = xcalloc(1, sizeof *ts);
	unsigned flags[NSTEMS], ids[NSTEMS];
	size_t lens[NSTEMS];
	for (size_t i = 0; i < NSTEMS; i++) {
		flags[i] = HS_FLAG_CASELESS;
		ids[i] = (unsigned)i;
		lens[i] = strlen(stems[i]);
	}
	hs_compile_error_t *ce = NULL;
	if (hs_compile_lit_multi(stems, flags, ids, lens, NSTEMS, HS_MODE_BLOCK, NULL, &ts->db, &ce) != HS_SUCCESS ||
	    hs_alloc_scratch(ts->db, &ts->proto) != HS_SUCCESS) {
		/* a fixed set of literals: only out of memory gets here; read everything */
		hs_free_compile_error(ce);
		if (ts->db)
			hs_free_database(ts->db);
		ts->db = NULL;
	}
	return ts;
}

void trigger_scan_free(struct trigger_scan *ts)
{
	if (!ts)
		return;
	if (ts->proto)
		hs_free_scratch(ts->proto);
	if (ts->db)
		hs_free_database(ts->db);
	free(ts);
}

struct trigger_scratch *trigger_scratch_new(const struct trigger_scan *ts)
{
	struct trigger_scratch *s = xcalloc(1, sizeof *s);
	if (ts->proto && hs_clone_scratch(ts->proto, &s->hs) != HS_SUCCESS)
		s->hs = NULL;
	s->hits = xmalloc(MAX_TRIGGERS * sizeof *s->hits);
	return s;
}

void trigger_scratch_free(struct trigger_scratch *s)
{
	if (!s)
		return;
	if (s->hs)
		hs_free_scratch(s->hs);
	free(s->hits);
	free(s);
}

static int on_hit(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *arg)
{
	(void)id;
	(void)from;
	(void)flags;
	struct trigger_scratch *s = arg;
	if (s->nhits == MAX_TRIGGERS) {
		s->overflow = 1;
		return 1;   /* stop: read the whole text */
	}
	s->hits[s->nhits++] = (size_t)to;
	return 0;
}

/* Does a rough sentence start at i (after an end mark and a space, or a
 * line break)? */
static inline int starts_at(const char *t, size_t i)
{
	if (i == 0)
		return 1;
	char c = t[i - 1];
	if (c == '\n')
		return 1;
	return (c == ' ') && i >= 2 && (t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?' || t[i - 2] == '|');
}

/* The start of the rough sentence holding byte i, not before floor. */
static size_t prev_boundary(const char *t, size_t i, size_t floor)
{
	/* only a line break or a space can be the byte before a start */
	while (i > floor && ((t[i - 1] != ' ' && t[i - 1] != '\n') || !starts_at(t, i)))
		i--;
	return i;
}

/* The start of the rough sentence after the one holding byte i, or n. */
static size_t next_boundary(const char *t, size_t i, size_t n)
{
	for (i++; i < n; i++) {
		/* a boundary follows a line break or an end mark's space: only
		 * those two bytes need a closer look */
		const char *nl = memchr(t + i, '\n', n - i);
		size_t stop = nl ? (size_t)(nl - t) + 1 : n;
		for (; i < stop; i++)
			if (t[i - 1] == ' ' && starts_at(t, i))
				return i;
		if (stop < n || (nl && stop == n))
			return stop;
	}
	return n;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static void add_window(struct buf *out, size_t a, size_t b)
{
	struct span *w = (struct span *)out->data;
	size_t nw = out->len / sizeof *w;
	if (nw && a <= w[nw - 1].end) {
		if (b > w[nw - 1].end)
			w[nw - 1].end = b;
		return;
	}
	struct span sp = { a, b };
	buf_add(out, &sp, sizeof sp);
}

void trigger_windows(const struct trigger_scan *ts, struct trigger_scratch *s, const char *text, size_t n,
		     struct buf *out)
{
	buf_reset(out);
	s->nhits = 0;
	s->overflow = 0;
	if (!ts->db || !s->hs || n > UINT32_MAX ||
	    hs_scan(ts->db, text, (unsigned)n, 0, s->hs, on_hit, s) != HS_SUCCESS || s->overflow) {
		if (n)
			add_window(out, 0, n);
		return;
	}
	qsort(s->hits, s->nhits, sizeof *s->hits, cmp_size);
	/* the headline: the first two rough sentences */
	size_t h0 = next_boundary(text, 0, n);
	add_window(out, 0, h0 < n ? next_boundary(text, h0, n) : n);
	for (size_t h = 0; h < s->nhits; h++) {
		struct span *w = (struct span *)out->data;
		size_t last = w[out->len / sizeof *w - 1].end;
		size_t at = s->hits[h] ? s->hits[h] - 1 : 0;
		if (at < last)
			continue;   /* inside the window already */
		/* the hit's sentence and the one before it, never looking back past
		 * the last window: each byte is looked at about once */
		size_t a = prev_boundary(text, at, last);
		while (a > last && (text[a - 1] == '\n' || text[a - 1] == '\r' || text[a - 1] == ' '))
			a--;   /* blank lines are no sentence */
		if (a > last)
			a = prev_boundary(text, a - 1, last);
		add_window(out, a, next_boundary(text, at, n));
	}
}
