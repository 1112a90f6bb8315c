/* lookup.c - resolving a name or a short phrase on its own (gaz_lookup).
 *
 * In order, the first step that finds something answers:
 *  1. the whole phrase, without words that only say what kind of place it
 *     is ("district", "village", "ناحية", "حي" ...), is a folded name;
 *  2. ... or has a place's cross-script key;
 *  3. a part of the phrase (split at commas, brackets, slashes, " - ",
 *     "near", "and"; then any run of its words) names a place: the earliest
 *     part is the most specific, and names in later parts ("X, Jableh
 *     District", "X (Aleppo)") are its context; when the earliest part names
 *     nothing, the phrase is somewhere inside the place a later part names,
 *     and the precision is that place's.
 * Candidates are ranked by how they matched, the kind the phrase asks for,
 * the context the phrase gives, and population (see score). */
#include "gazetteer/gaz_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "gazetteer/norm.h"

#define MAX_PARTS 8
#define MAX_WORDS 24
#define MAX_FOUND 64

/* Words that say what kind of place follows or precedes (folded forms). */
static const struct { const char *word; enum place_kind kind; } kind_words[] = {
	{ "district", PK_DISTRICT }, { "subdistrict", PK_SUBDISTRICT }, { "sub district", PK_SUBDISTRICT },
	{ "nahiya", PK_SUBDISTRICT }, { "governorate", PK_GOVERNORATE }, { "province", PK_GOVERNORATE },
	{ "city", PK_CITY }, { "town", PK_TOWN }, { "village", PK_VILLAGE }, { "villages", PK_VILLAGE },
	{ "neighbourhood", PK_NEIGHBOURHOOD }, { "neighborhood", PK_NEIGHBOURHOOD },
	{ "area", PK_NEIGHBOURHOOD }, { "quarter", PK_NEIGHBOURHOOD },
	{ "countryside", PK_GOVERNORATE }, { "outskirts", PK_CITY },
	{ "\xd9\x85\xd8\xad\xd8\xa7\xd9\x81\xd8\xb8\xd9\x87", PK_GOVERNORATE },   /* محافظه */
	{ "\xd9\x85\xd9\x86\xd8\xb7\xd9\x82\xd9\x87", PK_DISTRICT },               /* منطقه */
	{ "\xd9\x86\xd8\xa7\xd8\xad\xd9\x8a\xd9\x87", PK_SUBDISTRICT },            /* ناحيه */
	{ "\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd9\x87", PK_CITY },                   /* مدينه */
	{ "\xd8\xa8\xd9\x84\xd8\xaf\xd9\x87", PK_TOWN },                           /* بلده */
	{ "\xd9\x82\xd8\xb1\xd9\x8a\xd9\x87", PK_VILLAGE },                        /* قريه */
	{ "\xd9\x82\xd8\xb1\xd9\x89", PK_VILLAGE },                                /* قرى */
	{ "\xd8\xad\xd9\x8a", PK_NEIGHBOURHOOD },                                  /* حي */
	{ "\xd8\xb1\xd9\x8a\xd9\x81", PK_GOVERNORATE },                            /* ريف */
};

/* Words that are never part of a name here: dropped before matching. */
static const char *const filler[] = {
	"the", "of", "in", "and", "road", "street", "camp", "mosque", "hospital", "school",
	"between", "surroundings", "edge", "center", "centre",
	"\xd9\x81\xd9\x8a",                                       /* في */
	"\xd9\x85\xd9\x86",                                       /* من */
	"\xd8\xa8\xd9\x8a\xd9\x86",                               /* بين */
	"\xd8\xa7\xd9\x84\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84",       /* الواصل */
	"\xd8\xa7\xd9\x84\xd8\xb7\xd8\xb1\xd9\x8a\xd9\x82",       /* الطريق */
	"\xd8\xa7\xd9\x84\xd9\x82\xd8\xb1\xd9\x8a\xd9\x87",       /* القريه */
	"\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd9\x87", /* المدينه */
	"\xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9",                       /* شارع */
	"\xd8\xb7\xd8\xb1\xd9\x8a\xd9\x82",                       /* طريق */
	"\xd8\xac\xd8\xa7\xd9\x85\xd8\xb9",                       /* جامع */
	"\xd9\x85\xd8\xae\xd9\x8a\xd9\x85",                       /* مخيم */
};

/* Words that put the place named beside them at a distance. */
static const char *const around_words[] = {
	"near", "outskirts", "vicinity", "east", "west", "north", "south", "northeast", "northwest",
	"southeast", "southwest", "eastern", "western", "northern", "southern", "around",
	"\xd9\x82\xd8\xb1\xd8\xa8",                               /* قرب */
	"\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa8",                       /* قريب */
	"\xd9\x85\xd8\xad\xd9\x8a\xd8\xb7",                       /* محيط */
	"\xd8\xa7\xd8\xb7\xd8\xb1\xd8\xa7\xd9\x81",               /* اطراف */
	"\xd8\xb4\xd8\xb1\xd9\x82", "\xd8\xba\xd8\xb1\xd8\xa8",   /* شرق غرب */
	"\xd8\xb4\xd9\x85\xd8\xa7\xd9\x84", "\xd8\xac\xd9\x86\xd9\x88\xd8\xa8", /* شمال جنوب */
	"\xd8\xa7\xd9\x84\xd8\xb4\xd8\xb1\xd9\x82\xd9\x8a",       /* الشرقي */
	"\xd8\xa7\xd9\x84\xd8\xba\xd8\xb1\xd8\xa8\xd9\x8a",       /* الغربي */
	"\xd8\xa7\xd9\x84\xd8\xb4\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a", /* الشمالي */
	"\xd8\xa7\xd9\x84\xd8\xac\xd9\x86\xd9\x88\xd8\xa8\xd9\x8a", /* الجنوبي */
};

struct word {
	const char *s;
	size_t n;
};

/* What a part is to the part before it. */
enum { SEP_IN, SEP_AND };

struct part {
	struct word w[MAX_WORDS];
	int nw;
	int kind;        /* asked for by a kind word, -1 none */
	int around;      /* "east of X", "near X", "قرب X", "X outskirts": around X, not X */
	int sep;         /* SEP_IN: "X, Y", "X (Y)": Y holds X; SEP_AND: "X and Y", "بين X و Y" */
};

struct found {
	const struct place *p;
	enum gaz_how how;
	int part;        /* which part named it */
	int flags;       /* NAME_* or, for keys, NAME_VARIANT */
	char via[64];    /* the words that matched, folded */
};

struct ctx {
	const struct gazetteer *g;
	struct part parts[MAX_PARTS];
	int nparts;
	struct found f[MAX_FOUND];
	int nf;
	struct buf tmp;
};

static int word_is(const struct word *w, const char *s)
{
	return w->n == strlen(s) && !memcmp(w->s, s, w->n);
}

static int kind_of_word(const struct word *w)
{
	/* as it is, or after one or two Arabic clitics: "بريف", "وبمحافظة" */
	static const char *const clitics = "\xd9\x88\xd9\x81\xd8\xa8\xd9\x84\xd9\x83";   /* وفبلك */
	struct word v = *w;
	for (int strip = 0; strip <= 2; strip++) {
		for (size_t i = 0; i < sizeof kind_words / sizeof *kind_words; i++)
			if (word_is(&v, kind_words[i].word))
				return (int)kind_words[i].kind;
		int clitic = 0;
		for (size_t k = 0; k < 10 && v.n > 4; k += 2)
			if (!memcmp(v.s, clitics + k, 2))
				clitic = 1;
		if (!clitic)
			break;
		v.s += 2;
		v.n -= 2;
	}
	return -1;
}

static int is_around(const struct word *w)
{
	for (size_t i = 0; i < sizeof around_words / sizeof *around_words; i++)
		if (word_is(w, around_words[i]))
			return 1;
	return 0;
}

static int is_filler(const struct word *w)
{
	for (size_t i = 0; i < sizeof filler / sizeof *filler; i++)
		if (word_is(w, filler[i]))
			return 1;
	return 0;
}

/* Split the raw phrase into parts, fold each, and keep its name words. */
static void parse(struct ctx *c, const char *name, size_t n, struct buf *folded)
{
	static const struct { const char *s; int sep; } seps[] = {
		{ ",", SEP_IN }, { "(", SEP_IN }, { ")", SEP_IN }, { "/", SEP_AND }, { " - ", SEP_AND },
		{ " near ", SEP_AND }, { " and ", SEP_AND }, { "\xd8\x8c", SEP_IN }, { "[", SEP_IN },
		{ "]", SEP_IN }, { ";", SEP_IN }, { ":", SEP_IN },
		{ " \xd9\x88 ", SEP_AND },                  /* " و " */
		{ " \xd8\xa8\xd9\x8a\xd9\x86 ", SEP_AND },      /* " بين " */
		{ " \xd9\x82\xd8\xb1\xd8\xa8 ", SEP_AND },      /* " قرب " */
	};
	int next_sep = SEP_IN, next_near = 0;
	buf_reset(folded);
	size_t start = 0;
	/* parts are folded one after another into folded, separated by '\n' */
	for (size_t i = 0; i <= n && c->nparts < MAX_PARTS; i++) {
		size_t sl = 0;
		int sep = SEP_IN;
		if (i < n)
			for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
				size_t l = strlen(seps[k].s);
				if (i + l <= n && !memcmp(name + i, seps[k].s, l)) {
					sl = l;
					sep = seps[k].sep;
					break;
				}
			}
		if (i < n && !sl)
			continue;
		size_t at = folded->len;
		gaz_fold(name + start, i - start, folded, NULL);
		int near = sl && (!memcmp(name + i, " near ", 6 < sl ? 6 : sl) ||
				  !memcmp(name + i, " \xd9\x82\xd8\xb1\xd8\xa8 ", 8 < sl ? 8 : sl));
		if (folded->len > at) {
			buf_addc(folded, '\n');
			c->parts[c->nparts].around = next_near;
			c->parts[c->nparts++].sep = next_sep;
			next_sep = sep;
			next_near = near;
		} else if (sep == SEP_AND) {
			next_sep = sep;   /* "between X and Y": an empty part before "X" */
		}
		start = i + (sl ? sl : 1);
		if (sl)
			i += sl - 1;
	}
	/* words, now that folded no longer moves */
	const char *s = folded->data;
	for (int p = 0; p < c->nparts; p++) {
		struct part *pt = &c->parts[p];
		pt->kind = -1;
		const char *end = strchr(s, '\n');
		while (s < end) {
			const char *sp = memchr(s, ' ', (size_t)(end - s));
			const char *we = sp ? sp : end;
			struct word w = { s, (size_t)(we - s) };
			int k = kind_of_word(&w);
			if (k >= 0)
				pt->kind = k;
			else if (is_around(&w))
				pt->around = 1;
			else if (!is_filler(&w) && pt->nw < MAX_WORDS)
				pt->w[pt->nw++] = w;
			s = we + (sp ? 1 : 0);
		}
		s = end + 1;
	}
}

static void add_found(struct ctx *c, const struct place *p, enum gaz_how how, int part, int flags,
		      const char *via, size_t vn)
{
	if (c->g->focused && !p->focus)
		return;   /* outside the countries the team monitors */
	for (int i = 0; i < c->nf; i++)
		if (c->f[i].p == p) {
			if (how < c->f[i].how || (how == c->f[i].how && part < c->f[i].part)) {
				c->f[i].how = how;
				c->f[i].part = part;
				c->f[i].flags = flags;
			}
			return;
		}
	if (c->nf == MAX_FOUND)
		return;
	struct found *f = &c->f[c->nf++];
	f->p = p;
	f->how = how;
	f->part = part;
	f->flags = flags;
	snprintf(f->via, sizeof f->via, "%.*s", (int)(vn < 60 ? vn : 60), via);
}

/* Words a..b of part p joined with single spaces, into c->tmp. */
static void join(struct ctx *c, int p, int a, int b)
{
	buf_reset(&c->tmp);
	for (int i = a; i < b; i++) {
		if (i > a)
			buf_addc(&c->tmp, ' ');
		buf_add(&c->tmp, c->parts[p].w[i].s, c->parts[p].w[i].n);
	}
}

static int edits(const char *a, size_t an, const char *b, size_t bn, int limit);

static void try_exact(struct ctx *c)
{
	const struct gazetteer *g = c->g;
	const struct sent *e = smap_get(&g->names, c->tmp.data, c->tmp.len);
	for (int i = e ? e->head : -1; i >= 0; i = g->name_posts.v[i].next)
		add_found(c, g->places[g->name_posts.v[i].place], GAZ_NAME, 0, g->name_posts.v[i].flags,
			  c->tmp.data, c->tmp.len);
}

/* Latin spelling with each run of vowels as one mark and without the
 * article: "dayr az zawr" and "deir ez zor" both give "dVrzVr". */
static size_t vowel_key(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;
	size_t i = 0;
	while (i < n && k + 1 < cap) {
		size_t w = i;
		while (w < n && s[w] != ' ')
			w++;
		size_t wl = w - i;
		int article = w < n && wl == 2 && strchr("ae", s[i]) && strchr("ldrstzn", s[i + 1]);
		if (!article)
			for (size_t j = i; j < w && k + 1 < cap; j++) {
				/* y and w after a vowel and before a consonant
				 * are part of it: "dayr", "zawr" */
				int vowel = strchr("aeiou", s[j]) != NULL ||
					    ((s[j] == 'y' || s[j] == 'w') && j > i && k && out[k - 1] == 'V' &&
					     (j + 1 == w || !strchr("aeiou", s[j + 1])));
				char ch = vowel ? 'V' : s[j];
				/* a final h after a vowel: ta marbuta, "-ah" */
				if (ch == 'h' && j + 1 == w && k && out[k - 1] == 'V')
					continue;
				if (!k || out[k - 1] != ch)
					out[k++] = ch;
			}
		i = w + 1;
	}
	out[k] = '\0';
	return k;
}

/* Is c->tmp close to one of p's names in the same script: within two edits
 * (one for a name under eight letters), or, in Latin, the same but for
 * vowels when there are three consonants or more? */
static int close_to_name(struct ctx *c, const struct place *p, int arabic)
{
	struct buf f = BUF_INIT;
	char vq[96], vn[96];
	size_t vql = arabic ? 0 : vowel_key(c->tmp.data, c->tmp.len, vq, sizeof vq);
	/* two consonants and some vowels fit too many names (Emesa is Homs,
	 * and "al amassi" is not); a short name may differ by one edit */
	int consonants = 0;
	for (size_t i = 0; i < vql; i++)
		consonants += vq[i] != 'V' && vq[i] != ' ';
	int limit = c->tmp.len < 8 ? 1 : 2;
	int close = 0;
	const char *s = p->row.name_en;
	const char *rest = p->row.variants;
	int stage = 0;
	while (!close) {
		size_t n;
		if (stage == 0) {
			n = strlen(s);
			stage = 1;
		} else if (stage == 1) {
			s = p->row.name_ar;
			n = strlen(s);
			stage = 2;
		} else {
			if (!*rest)
				break;
			const char *bar = strchr(rest, '|');
			s = rest;
			n = bar ? (size_t)(bar - rest) : strlen(rest);
			rest += n + (bar ? 1 : 0);
		}
		if (!n || gaz_is_arabic(s, n) != arabic)
			continue;
		buf_reset(&f);
		gaz_fold(s, n, &f, NULL);
		close = edits(c->tmp.data, c->tmp.len, f.data, f.len, limit) <= limit;
		if (!close && consonants >= 3) {
			size_t vnl = vowel_key(f.data, f.len, vn, sizeof vn);
			close = vnl == vql && !memcmp(vq, vn, vql);
		}
	}
	buf_release(&f);
	return close;
}

/* An Arabic phrase whose first word carries clitics: "بالرقة", "وحلب",
 * "للرقة" (li + al with the alef dropped). Tries the name without them. */
static void try_clitics(struct ctx *c, int part, enum gaz_how how)
{
	static const char *const conj[] = { "\xd9\x88", "\xd9\x81" };                 /* و ف */
	static const char *const prep[] = { "\xd8\xa8", "\xd9\x84", "\xd9\x83" };     /* ب ل ك */
	const struct gazetteer *g = c->g;
	struct buf v = BUF_INIT;
	const char *t = c->tmp.data;
	size_t n = c->tmp.len;
	for (int a = 0; a < 3; a++)        /* no conjunction, و, ف */
		for (int b = 0; b < 4; b++) {  /* no preposition, ب, ل, ك */
			if (!a && !b)
				continue;
			size_t at = 0;
			if (a) {
				if (n < at + 2 || memcmp(t + at, conj[a - 1], 2))
					continue;
				at += 2;
			}
			if (b) {
				if (n < at + 2 || memcmp(t + at, prep[b - 1], 2))
					continue;
				at += 2;
			}
			if (n - at < 4 || t[at] == ' ')
				continue;
			buf_reset(&v);
			/* li + al: "للرقه" is "ل" + "الرقه" without its alef */
			if (b == 2 && n - at >= 2 && !memcmp(t + at, "\xd9\x84", 2))
				buf_adds(&v, "\xd8\xa7");
			buf_add(&v, t + at, n - at);
			const struct sent *e = smap_get(&g->names, v.data, v.len);
			for (int i = e ? e->head : -1; i >= 0; i = g->name_posts.v[i].next)
				add_found(c, g->places[g->name_posts.v[i].place], how, part,
					  g->name_posts.v[i].flags, v.data, v.len);
		}
	buf_release(&v);
}

/* Places named by the folded string in c->tmp, by name and (keys of 3 or
 * more letters, or whole phrases) by key. Returns how many were added. */
static int try_string(struct ctx *c, int part, enum gaz_how name_how, enum gaz_how key_how, int allow_short_key)
{
	const struct gazetteer *g = c->g;
	int before = c->nf;
	const struct sent *e = smap_get(&g->names, c->tmp.data, c->tmp.len);
	for (int i = e ? e->head : -1; i >= 0; i = g->name_posts.v[i].next)
		add_found(c, g->places[g->name_posts.v[i].place], name_how, part, g->name_posts.v[i].flags,
			  c->tmp.data, c->tmp.len);
	if (c->nf == before && gaz_is_arabic(c->tmp.data, c->tmp.len))
		try_clitics(c, part, name_how);
	/* keys too (ranked lower), unless a run of words already named places */
	if (c->nf > before && name_how == GAZ_PART)
		return c->nf - before;
	char key[128];
	size_t k = gaz_key(c->tmp.data, c->tmp.len, key, sizeof key);
	if (k < 2 || k >= sizeof key - 1)
		return c->nf - before;
	e = smap_get(&g->keys, key, k);
	int arabic = gaz_is_arabic(c->tmp.data, c->tmp.len);
	for (int i = e ? e->head : -1; i >= 0; i = g->key_posts.v[i].next) {
		const struct place *p = g->places[g->key_posts.v[i].place];
		/* A key is a weak likeness: many names share three consonants.
		 * Across scripts (the key came from a name in the other script)
		 * it must have three letters or more; within a script, the
		 * spelling must also be close to one of the place's names. */
		/* the key came from a name in the other script: a cross-script match */
		int across = !(g->key_posts.v[i].scripts & (arabic ? SCRIPT_ARABIC : SCRIPT_LATIN));
		/* a place that has a name in the phrase's script which did not
		 * match asks for a longer key */
		int has_script = arabic ? *p->row.name_ar || gaz_is_arabic(p->row.variants, strlen(p->row.variants))
					: *p->row.name_en;
		if (across ? k < (size_t)(has_script ? 4 : 3) : !close_to_name(c, p, arabic))
			continue;
		add_found(c, p, key_how, part, NAME_VARIANT, c->tmp.data, c->tmp.len);
	}
	return c->nf - before;
}

static int inside(const struct place *p, const struct place *q)
{
	return p->governorate == q->index || p->district == q->index || (p != q && places_near(p, q, 40));
}

static double score(const struct ctx *c, const struct found *f, int want_kind)
{
	static const double how_base[] = { 100, 70, 60, 40 };
	const struct place *p = f->p;
	double sc = how_base[f->how] - f->flags * 3 + p->prior;
	if (want_kind >= 0 && (int)p->row.kind == want_kind)
		sc += 40;
	if (!isnan(p->row.lat))
		sc += 3;   /* on top of the prior's 2: an answer should go on a map */
	/* context: a later part names a place this one lies in or near */
	for (int i = 0; i < c->nf; i++)
		if (c->f[i].part > f->part && inside(p, c->f[i].p)) {
			sc += 20;
			break;
		}
	return sc;
}

static int by_score(const void *a, const void *b)
{
	const struct gaz_candidate *x = a, *y = b;
	return x->score > y->score ? -1 : x->score < y->score;
}

static const char *how_name(enum gaz_how h)
{
	switch (h) {
	case GAZ_NAME: return "name";
	case GAZ_KEY: return "consonant key of";
	case GAZ_PART: return "part of the phrase";
	default: return "in or around";
	}
}

/* "Al Hamidiya, Deir Ezzor": when a later part names the place that holds
 * the earlier one, a candidate of the earlier part that lies neither inside
 * nor near it is another place of that name: dropped, so that the holder
 * answers (the village itself is not in the gazetteer). */
static void drop_contradicted(struct ctx *c)
{
	int first = MAX_PARTS;
	for (int i = 0; i < c->nf; i++)
		if (c->f[i].part < first)
			first = c->f[i].part;
	int holders = 0;
	for (int i = 0; i < c->nf; i++)
		if (c->f[i].part > first && c->parts[c->f[i].part].sep == SEP_IN)
			holders++;
	if (!holders)
		return;
	int k = 0;
	for (int i = 0; i < c->nf; i++) {
		int keep = 1;
		if (c->f[i].part == first) {
			keep = 0;
			for (int j = 0; j < c->nf && !keep; j++)
				if (c->f[j].part > first && c->parts[c->f[j].part].sep == SEP_IN &&
				    (inside(c->f[i].p, c->f[j].p) || c->f[i].p == c->f[j].p))
					keep = 1;
		}
		if (keep)
			c->f[k++] = c->f[i];
	}
	c->nf = k;
	/* the holder answers now: it is "inside" what the phrase names */
	for (int i = 0; i < c->nf; i++)
		if (c->f[i].part > first && c->parts[c->f[i].part].sep == SEP_IN)
			c->f[i].how = GAZ_CONTAINER;
}

size_t gaz_lookup(const struct gazetteer *g, const char *name, size_t n, struct gaz_candidate *out, size_t max)
{
	struct ctx *c = xcalloc(1, sizeof *c);
	c->g = g;
	buf_init(&c->tmp);
	struct buf folded = BUF_INIT;
	parse(c, name, n, &folded);

	/* 0: the whole phrase as it is, kind words and all ("ريف دمشق" is a
	 * governorate's name) */
	gaz_fold(name, n, &c->tmp, NULL);
	try_exact(c);
	/* 1, 2: the whole phrase (all parts' words) */
	if (!c->nf && c->nparts == 1 && c->parts[0].nw) {
		join(c, 0, 0, c->parts[0].nw);
		try_string(c, 0, GAZ_NAME, GAZ_KEY, 1);
	}
	/* 3: each part whole, then runs of words; later parts give context */
	if (!c->nf || c->nparts > 1) {
		int first_named = -1;
		for (int p = 0; p < c->nparts; p++) {
			if (!c->parts[p].nw)
				continue;
			join(c, p, 0, c->parts[p].nw);
			int got = try_string(c, p, p == 0 ? GAZ_NAME : GAZ_PART, p == 0 ? GAZ_KEY : GAZ_PART, 0);
			if (got && first_named < 0)
				first_named = p;
		}
		/* What the earliest part did not name is inside a later one, or,
		 * after "and", beside it: then the later part's place is the
		 * answer itself. */
		for (int i = 0; i < c->nf; i++) {
			if (c->f[i].part == 0)
				continue;
			if (c->parts[c->f[i].part].sep == SEP_AND)
				c->f[i].how = GAZ_PART;
			else if (first_named > 0 || c->f[i].how == GAZ_PART)
				c->f[i].how = GAZ_CONTAINER;
		}
		drop_contradicted(c);
	}

	int want_kind = c->nparts ? c->parts[0].kind : -1;
	/* "Raqqa province": the governorate of the city that names it */
	if (want_kind == PK_GOVERNORATE)
		for (int i = 0, nf = c->nf; i < nf; i++) {
			const struct place *p = c->f[i].p;
			if (p->row.kind == PK_CITY && p->governorate >= 0)
				add_found(c, g->places[p->governorate], c->f[i].how, c->f[i].part, c->f[i].flags,
					  c->f[i].via, strlen(c->f[i].via));
		}
	size_t total = 0;
	struct gaz_candidate *all = xcalloc(c->nf ? (size_t)c->nf : 1, sizeof *all);
	int min_part = MAX_PARTS;
	for (int i = 0; i < c->nf; i++)
		if (c->f[i].part < min_part)
			min_part = c->f[i].part;
	for (int i = 0; i < c->nf; i++) {
		const struct found *f = &c->f[i];
		/* a later part is context, not an answer, when an earlier part answered */
		if (f->part > min_part)
			continue;
		struct gaz_candidate *k = &all[total++];
		k->place = f->p;
		k->how = f->how;
		k->precision = geo_precision_of(f->p->row.kind);
		/* somewhere in or around a town or city, not the place itself:
		 * the area it heads (admin units keep their own precision) */
		if (f->how == GAZ_CONTAINER || c->parts[f->part].around) {
			if (f->p->row.kind == PK_CITY)
				k->precision = GEO_DISTRICT;
			else if (f->p->row.kind > PK_CITY)
				k->precision = GEO_SUBDISTRICT;
			if (k->how != GAZ_CONTAINER && c->parts[f->part].around)
				k->how = GAZ_CONTAINER;
		}
		k->score = score(c, f, f->part == 0 ? want_kind : c->parts[f->part].kind);
		const struct place *gov = f->p->governorate >= 0 ? g->places[f->p->governorate] : NULL;
		snprintf(k->why, sizeof k->why, "%s '%s'; %s%s%s", how_name(k->how), f->via,
			 place_kind_name(f->p->row.kind), gov ? " in " : "", gov ? gov->row.name_en : "");
	}
	qsort(all, total, sizeof *all, by_score);
	for (size_t i = 0; i < total && i < max; i++)
		out[i] = all[i];
	free(all);
	buf_release(&folded);
	buf_release(&c->tmp);
	free(c);
	return total;
}

/* Edit distance of a and b, giving up (returning limit + 1) past limit. */
static int edits(const char *a, size_t an, const char *b, size_t bn, int limit)
{
	if (an > 64 || bn > 64)
		return limit + 1;
	if ((int)(an > bn ? an - bn : bn - an) > limit)
		return limit + 1;
	int row[65];
	for (size_t j = 0; j <= bn; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= an; i++) {
		int diag = row[0], best = row[0] = (int)i;
		for (size_t j = 1; j <= bn; j++) {
			int up = row[j];
			int v = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[bn];
}

size_t gaz_nearest(const struct gazetteer *g, const char *name, size_t n, const struct place **out, size_t max)
{
	struct buf f = BUF_INIT;
	gaz_fold(name, n, &f, NULL);
	char key[128];
	size_t kn = gaz_key(f.data, f.len, key, sizeof key);
	int limit = f.len < 6 ? 1 : f.len < 12 ? 2 : 3;
	struct near { const struct place *p; int d; } best[16];
	size_t nb = 0;
	if (max > 16)
		max = 16;
	const struct smap *maps[2] = { &g->names, &g->keys };
	const struct postings *posts[2] = { &g->name_posts, &g->key_posts };
	/* the whole name, its key, then each word of four letters or more
	 * ("Jablehx Districtz" is nearest to Jableh) */
	const char *words[8];
	size_t wlen[8], nw = 0;
	for (size_t i = 0; i < f.len && nw < 8;) {
		size_t j = i;
		while (j < f.len && f.data[j] != ' ')
			j++;
		if (j - i >= 4 && j - i < f.len) {
			words[nw] = f.data + i;
			wlen[nw++] = j - i;
		}
		i = j + 1;
	}
	for (size_t m = 0; m < 2 + nw; m++) {
		const char *q = m == 0 ? f.data : m == 1 ? key : words[m - 2];
		size_t qn = m == 0 ? f.len : m == 1 ? kn : wlen[m - 2];
		if (qn < 2)
			continue;
		if (m >= 2)
			limit = qn < 6 ? 1 : 2;
		int km = m == 1;
		for (size_t i = 0; i < maps[km]->cap; i++) {
			const struct sent *e = &maps[km]->slots[i];
			if (!e->hash)
				continue;
			/* a key or a single word is a weaker likeness */
			int d = edits(q, qn, e->s, e->len, limit) + (m > 0);
			if (d > limit + (m > 0))
				continue;
			for (int k = e->head; k >= 0; k = posts[km]->v[k].next) {
				const struct place *p = g->places[posts[km]->v[k].place];
				size_t j = 0;
				while (j < nb && best[j].p != p)
					j++;
				if (j < nb) {
					if (d < best[j].d)
						best[j].d = d;
					continue;
				}
				if (nb < max) {
					best[nb++] = (struct near){ p, d };
				} else {
					size_t w = 0;
					for (size_t x = 1; x < nb; x++)
						if (best[x].d > best[w].d)
							w = x;
					if (d < best[w].d)
						best[w] = (struct near){ p, d };
				}
			}
		}
	}
	/* nearest first, then more people */
	for (size_t i = 1; i < nb; i++)
		for (size_t j = i; j > 0 && (best[j].d < best[j - 1].d ||
					     (best[j].d == best[j - 1].d &&
					      best[j].p->row.population > best[j - 1].p->row.population)); j--) {
			struct near t = best[j];
			best[j] = best[j - 1];
			best[j - 1] = t;
		}
	for (size_t i = 0; i < nb; i++)
		out[i] = best[i].p;
	buf_release(&f);
	return nb;
}
