/* gaz_impl.h - what gazetteer.c, lookup.c and match.c share. Not for other
 * folders: they use gazetteer.h. */
#ifndef CIVCAS_GAZ_IMPL_H
#define CIVCAS_GAZ_IMPL_H

#include <stdint.h>

#include "base/buf.h"
#include "gazetteer/gazetteer.h"

/* An open-addressing map from a string to the head of a postings chain. */
struct sent {
	char *s;
	uint32_t len;
	uint32_t hash;   /* 0: empty slot */
	int head;        /* first posting, -1 none (for ids: the place index) */
	int serial;      /* order of insertion: a dense id for the string */
};
struct smap {
	struct sent *slots;
	size_t cap, count;
};
void smap_init(struct smap *m);
void smap_release(struct smap *m);
const struct sent *smap_get(const struct smap *m, const char *s, size_t n);
struct sent *smap_put(struct smap *m, const char *s, size_t n);

/* How a string names a place; lower is better. */
enum { NAME_MAIN = 0, NAME_VARIANT = 1, NAME_BARE = 2 };

struct posting {
	int place;
	int next;        /* next posting of the same string, -1 */
	uint8_t flags;   /* NAME_* */
	uint8_t scripts; /* keys: SCRIPT_* of the names that gave this key */
};

enum { SCRIPT_LATIN = 1, SCRIPT_ARABIC = 2 };
struct postings {
	struct posting *v;
	size_t len, cap;
};

struct gaz_matcher;

struct gazetteer {
	struct place **places;
	size_t count, cap;
	struct smap ids;        /* id -> place index */
	struct smap names;      /* folded name -> postings in name_posts */
	struct smap keys;       /* cross-script key -> postings in key_posts */
	struct postings name_posts, key_posts;
	const struct sent **pattern_entry;   /* matcher pattern id -> names entry */
	struct gaz_matcher *matcher;
	int built;
	int focused;            /* gaz_set_focus named countries */
};

/* What being in a focus country adds to a place's prior. */
#define FOCUS_BONUS 25.0

/* 1 if a and b both have coordinates and lie less than km apart. A degree
 * box rules out most pairs before the great-circle distance is computed. */
int places_near(const struct place *a, const struct place *b, double km);

/* match.c */
int gaz_matcher_build(struct gazetteer *g, struct err *e);
void gaz_matcher_free(struct gazetteer *g);

#endif
