/* gazetteer.h - places of Syria, Iraq and Libya, and finding them in text.
 *
 * A gazetteer holds the bundled places (data/places.tsv, compiled into the
 * program) and those a team imported into its database. Names are indexed in
 * their folded form (norm.h) and by their cross-script key, so that a name
 * resolves whether it is written "Ar-Raqqah", "Raqqa", "الرقة" or "Rakka".
 *
 * Two questions are answered:
 *  - gaz_lookup: what place does this name, or phrase, stand for? Ranked
 *    candidates, each with the reason it was chosen. A phrase the gazetteer
 *    cannot resolve whole ("Al-Fatih, Jableh District", "ريف إدلب الجنوبي")
 *    resolves to the most specific place it does name, with the precision
 *    lowered to match.
 *  - gaz_find: where does this text name places? Every mention, each with
 *    its evidence span, its place chosen by context, and its precision.
 *
 * Built once (gaz_build); after that a gazetteer is read-only and may be
 * shared by threads, each with its own struct gaz_scratch. */
#ifndef CIVCAS_GAZETTEER_H
#define CIVCAS_GAZETTEER_H

#include <stddef.h>

#include "base/err.h"
#include "gazetteer/place.h"

struct store;

/* Airwars' geolocation precision scale (docs/domain.md §1.4), coarsest
 * first; GEO_NONE: no place. */
enum geo_precision {
	GEO_NONE,
	GEO_COUNTRY,
	GEO_GOVERNORATE,      /* province_governorate */
	GEO_DISTRICT,
	GEO_SUBDISTRICT,
	GEO_CITY,
	GEO_TOWN,
	GEO_VILLAGE,
	GEO_NEIGHBOURHOOD,    /* neighbourhood_area */
	GEO_STREET,
	GEO_LANDMARK,         /* nearby_landmark */
	GEO_COUNT
};
/* "province_governorate", "village", ... (Airwars' strings); "" for GEO_NONE. */
const char *geo_precision_name(enum geo_precision p);
/* The precision a place of kind k gives when it is named. */
enum geo_precision geo_precision_of(enum place_kind k);

struct place {
	struct place_row row;   /* strings owned by the gazetteer */
	int index;              /* in the gazetteer, 0-based */
	int governorate;        /* index of its governorate, -1 unknown or itself */
	int district;           /* index of its district, -1 unknown or itself */
	int countryside;        /* a governorate's: index of the governorate that holds
	                           the land around it ("ريف دمشق", Rif Dimashq, around
	                           Damascus), -1 none */
	double prior;           /* preference without context: kind, people, coordinates, focus */
	int focus;              /* 1: in a country gaz_set_focus named */
};

struct gazetteer;

/* A gazetteer with the bundled places and, when s is not NULL, those stored
 * in s; built and ready. */
int gaz_open(struct store *s, struct gazetteer **out, struct err *e);
/* An empty gazetteer to fill with gaz_add / gaz_load_tsv and then gaz_build
 * (tests, and callers that bring their own places). */
struct gazetteer *gaz_new(void);
void gaz_free(struct gazetteer *g);

/* Add one place (copied). A later row with an id already present replaces
 * it, so a team's import overrides the bundled row. */
int gaz_add(struct gazetteer *g, const struct place_row *r, struct err *e);
/* Add the places of a TSV in the PLACE_TSV_HEADER layout; origin names it
 * in errors ("data/places.tsv:12: ..."). */
int gaz_load_tsv(struct gazetteer *g, const char *data, size_t n, const char *origin, struct err *e);
/* The bundled data/places.tsv. */
const char *gaz_bundled(size_t *len);
/* Link admin chains, index names and compile the matcher. */
int gaz_build(struct gazetteer *g, struct err *e);

/* The countries a team monitors ("SY", "SY,IQ"; NULL or "" for all): a
 * lookup then answers only with their places, and a mention in text prefers
 * them over a namesake abroad (it still finds the foreign place when only it
 * bears the name). After gaz_build, before the gazetteer is shared.
 * ERR_USAGE for anything but comma-separated two-letter codes. */
int gaz_set_focus(struct gazetteer *g, const char *countries, struct err *e);

size_t gaz_count(const struct gazetteer *g);
const struct place *gaz_place(const struct gazetteer *g, size_t i);
/* The place with this id, or NULL. */
const struct place *gaz_by_id(const struct gazetteer *g, const char *id);

/* ------------------------------------------------------------ lookup */

enum gaz_how {
	GAZ_NAME,       /* the phrase is one of the place's names (folded) */
	GAZ_KEY,        /* the phrase has the place's cross-script key */
	GAZ_PART,       /* a part of the phrase names the place */
	GAZ_CONTAINER   /* the phrase names a place inside this one, unknown here */
};

struct gaz_candidate {
	const struct place *place;
	enum gaz_how how;
	enum geo_precision precision;
	double score;           /* higher is better; comparable within one lookup */
	char why[160];          /* for people: "name 'raqqa' of the city; in Ar Raqqah named too" */
};

/* Resolve a name or short phrase on its own. Writes up to max candidates,
 * best first, and returns how many there are in all (0: not found). */
size_t gaz_lookup(const struct gazetteer *g, const char *name, size_t n, struct gaz_candidate *out,
		  size_t max);
/* When gaz_lookup finds nothing: up to max places whose names are nearest to
 * name (edit distance on folded names and keys), for "did you mean". */
size_t gaz_nearest(const struct gazetteer *g, const char *name, size_t n, const struct place **out,
		   size_t max);

/* ------------------------------------------------------------ mentions */

struct gaz_mention {
	size_t start, end;          /* evidence span: bytes of the text */
	const struct place *place;  /* chosen by context */
	enum geo_precision precision;
	int candidates;             /* places the name could stand for */
	int container;              /* 1: "ريف X", "east of X", "X countryside":
	                               somewhere in or around place, not place itself */
	const struct place *named;  /* when around a city whose surroundings are
	                               another governorate ("Damascus countryside",
	                               "near Damascus"): the place named (Damascus),
	                               and place is that governorate (Rif Dimashq);
	                               else NULL */
};

/* Working memory for gaz_find, one per thread. */
struct gaz_scratch;
struct gaz_scratch *gaz_scratch_new(const struct gazetteer *g);
void gaz_scratch_free(struct gaz_scratch *s);

/* Find the places text[0..n) names. Sets *out to an array owned by s (valid
 * until its next use) and returns the number of mentions, in text order.
 * Overlapping names: the longest wins. */
size_t gaz_find(const struct gazetteer *g, struct gaz_scratch *s, const char *text, size_t n,
		const struct gaz_mention **out);

/* Great-circle distance in km. */
double geo_km(double lat1, double lon1, double lat2, double lon2);

#endif
