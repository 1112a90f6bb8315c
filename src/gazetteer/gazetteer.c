/* gazetteer.c - loading places, linking their admin chains, indexing their
 * names and keys (see gazetteer.h). Lookup is in lookup.c, mention finding
 * in match.c; what they share is in gaz_impl.h. */
#include "gazetteer/gaz_impl.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "gazetteer/norm.h"
#include "store/store.h"

/* ------------------------------------------------------------ precision */

static const char *const precision_names[GEO_COUNT] = {
	"", "country", "province_governorate", "district", "subdistrict", "city", "town",
	"village", "neighbourhood_area", "street", "nearby_landmark",
};

const char *geo_precision_name(enum geo_precision p)
{
	return (unsigned)p < GEO_COUNT ? precision_names[p] : "";
}

enum geo_precision geo_precision_of(enum place_kind k)
{
	switch (k) {
	case PK_COUNTRY: return GEO_COUNTRY;
	case PK_GOVERNORATE: return GEO_GOVERNORATE;
	case PK_DISTRICT: return GEO_DISTRICT;
	case PK_SUBDISTRICT: return GEO_SUBDISTRICT;
	case PK_CITY: return GEO_CITY;
	case PK_TOWN: return GEO_TOWN;
	case PK_VILLAGE: return GEO_VILLAGE;
	case PK_NEIGHBOURHOOD: return GEO_NEIGHBOURHOOD;
	case PK_LANDMARK: return GEO_LANDMARK;
	default: return GEO_NONE;
	}
}

double geo_km(double lat1, double lon1, double lat2, double lon2)
{
	const double r = 6371.0088, rad = 3.14159265358979323846 / 180.0;
	double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
	return 2 * r * asin(sqrt(a < 1 ? a : 1));
}

int places_near(const struct place *a, const struct place *b, double km)
{
	const double rad = 3.14159265358979323846 / 180.0;
	if (isnan(a->row.lat) || isnan(b->row.lat))
		return 0;
	/* a degree of latitude is at least 110.5 km; one of longitude at least
	 * 111.32 km times the cosine of the larger latitude */
	if (fabs(a->row.lat - b->row.lat) * 110.5 >= km)
		return 0;
	double lat = fmax(fabs(a->row.lat), fabs(b->row.lat));
	if (fabs(a->row.lon - b->row.lon) * 111.32 * cos(lat * rad) >= km)
		return 0;
	return geo_km(a->row.lat, a->row.lon, b->row.lat, b->row.lon) < km;
}

/* ------------------------------------------------------------ string maps */

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;   /* FNV-1a */
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h ? h : 1;
}

void smap_init(struct smap *m)
{
	memset(m, 0, sizeof *m);
}

void smap_release(struct smap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].s);
	free(m->slots);
	memset(m, 0, sizeof *m);
}

static struct sent *slot_for(struct sent *slots, size_t cap, const char *s, size_t n, uint32_t h)
{
	size_t i = h & (cap - 1);
	for (;;) {
		struct sent *e = &slots[i];
		if (!e->hash || (e->hash == h && e->len == n && !memcmp(e->s, s, n)))
			return e;
		i = (i + 1) & (cap - 1);
	}
}

const struct sent *smap_get(const struct smap *m, const char *s, size_t n)
{
	if (!m->cap)
		return NULL;
	struct sent *e = slot_for(m->slots, m->cap, s, n, hash_bytes(s, n));
	return e->hash ? e : NULL;
}

struct sent *smap_put(struct smap *m, const char *s, size_t n)
{
	if ((m->count + 1) * 4 >= m->cap * 3) {
		size_t cap = m->cap ? m->cap * 2 : 1024;
		struct sent *slots = xcalloc(cap, sizeof *slots);
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].hash)
				*slot_for(slots, cap, m->slots[i].s, m->slots[i].len, m->slots[i].hash) = m->slots[i];
		free(m->slots);
		m->slots = slots;
		m->cap = cap;
	}
	uint32_t h = hash_bytes(s, n);
	struct sent *e = slot_for(m->slots, m->cap, s, n, h);
	if (!e->hash) {
		e->hash = h;
		e->s = xstrndup(s, n);
		e->len = (uint32_t)n;
		e->head = -1;
		e->serial = (int)m->count;
		m->count++;
	}
	return e;
}

/* ------------------------------------------------------------ places */

struct gazetteer *gaz_new(void)
{
	struct gazetteer *g = xcalloc(1, sizeof *g);
	smap_init(&g->ids);
	smap_init(&g->names);
	smap_init(&g->keys);
	return g;
}

static void postings_release(struct postings *p)
{
	free(p->v);
	memset(p, 0, sizeof *p);
}

void gaz_free(struct gazetteer *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->count; i++)
		free(g->places[i]);
	free(g->places);
	smap_release(&g->ids);
	smap_release(&g->names);
	smap_release(&g->keys);
	postings_release(&g->name_posts);
	postings_release(&g->key_posts);
	free(g->pattern_entry);
	gaz_matcher_free(g);
	free(g);
}

size_t gaz_count(const struct gazetteer *g)
{
	return g->count;
}

const struct place *gaz_place(const struct gazetteer *g, size_t i)
{
	return i < g->count ? g->places[i] : NULL;
}

const struct place *gaz_by_id(const struct gazetteer *g, const char *id)
{
	const struct sent *e = smap_get(&g->ids, id, strlen(id));
	return e ? g->places[e->head] : NULL;
}

static size_t str_size(const char *s)
{
	return s ? strlen(s) + 1 : 1;
}

static const char *str_copy(char **at, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *d = *at;
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
	*at += n + 1;
	return d;
}

static int check_field(const char *what, const char *s, size_t cap, struct err *e)
{
	size_t n = s ? strlen(s) : 0;
	if (n > cap)
		return err_set(e, ERR_INPUT, "%s is %zu bytes long (at most %zu)", what, n, cap);
	if (n && !utf8_valid(s, n, NULL))
		return err_set(e, ERR_INPUT, "%s is not valid UTF-8", what);
	return 0;
}

int gaz_add(struct gazetteer *g, const struct place_row *r, struct err *e)
{
	if (g->built)
		return err_set(e, ERR_USAGE, "the gazetteer is built: no more places");
	if (!r->id || !*r->id)
		return err_set(e, ERR_INPUT, "a place without an id");
	if (!r->name_en || !*r->name_en) {
		if (!r->name_ar || !*r->name_ar)
			return err_set(e, ERR_INPUT, "place %.64s has no name", r->id);
	}
	if (!place_kind_name(r->kind))
		return err_set(e, ERR_INPUT, "place %.64s has no kind", r->id);
	if (!isnan(r->lat) && (r->lat < -90 || r->lat > 90 || isnan(r->lon) || r->lon < -180 || r->lon > 180))
		return err_set(e, ERR_INPUT, "place %.64s has coordinates out of range", r->id);
	int rc = check_field("an id", r->id, CAP_PLACE_NAME_BYTES, e);
	const char *names[] = { r->name_en, r->name_ar, r->governorate, r->district, r->country, r->source };
	for (size_t i = 0; !rc && i < sizeof names / sizeof *names; i++)
		rc = check_field("a name", names[i], CAP_PLACE_NAME_BYTES, e);
	if (!rc)
		rc = check_field("the variants", r->variants, CAP_PLACE_VARIANTS_BYTES, e);
	if (rc)
		return rc;

	size_t n = sizeof(struct place) + str_size(r->id) + str_size(r->country) +
		   str_size(r->governorate) + str_size(r->district) + str_size(r->name_en) +
		   str_size(r->name_ar) + str_size(r->variants) + str_size(r->source);
	struct place *p = xmalloc(n);
	memset(p, 0, sizeof *p);
	char *at = (char *)(p + 1);
	p->row = *r;
	p->row.id = str_copy(&at, r->id);
	p->row.country = str_copy(&at, r->country);
	p->row.governorate = str_copy(&at, r->governorate);
	p->row.district = str_copy(&at, r->district);
	p->row.name_en = str_copy(&at, r->name_en);
	p->row.name_ar = str_copy(&at, r->name_ar);
	p->row.variants = str_copy(&at, r->variants);
	p->row.source = str_copy(&at, r->source);
	p->governorate = p->district = p->countryside = -1;

	struct sent *id = smap_put(&g->ids, r->id, strlen(r->id));
	if (id->head >= 0) {   /* replaces the earlier row */
		p->index = id->head;
		free(g->places[id->head]);
		g->places[id->head] = p;
		return 0;
	}
	if (g->count == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 1024;
		g->places = xrealloc(g->places, g->cap * sizeof *g->places);
	}
	p->index = (int)g->count;
	id->head = p->index;
	g->places[g->count++] = p;
	return 0;
}

/* Split line into at most max tab-separated fields, in place. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	char *s = line;
	for (;;) {
		if (n == max)
			return max + 1;
		f[n++] = s;
		char *t = strchr(s, '\t');
		if (!t)
			return n;
		*t = '\0';
		s = t + 1;
	}
}

static int parse_coord(const char *s, double *out)
{
	if (!*s) {
		*out = NAN;
		return 0;
	}
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || *end || end == s || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int gaz_load_tsv(struct gazetteer *g, const char *data, size_t n, const char *origin, struct err *e)
{
	enum { FIELDS = 12 };
	struct buf line = BUF_INIT;
	size_t pos = 0;
	long lineno = 0;
	int seen_header = 0, rc = 0;
	while (pos < n && !rc) {
		const char *nl = memchr(data + pos, '\n', n - pos);
		size_t len = nl ? (size_t)(nl - (data + pos)) : n - pos;
		lineno++;
		if (len > CAP_PLACE_VARIANTS_BYTES + 8 * CAP_PLACE_NAME_BYTES) {
			rc = err_at(e, ERR_INPUT, origin, lineno, "a line of %zu bytes is too long for a place", len);
			break;
		}
		buf_reset(&line);
		buf_add(&line, data + pos, len);
		pos += len + (nl ? 1 : 0);
		if (line.len && line.data[line.len - 1] == '\r')
			buf_setlen(&line, line.len - 1);
		if (!line.len || line.data[0] == '#')
			continue;
		if (memchr(line.data, '\0', line.len)) {
			rc = err_at(e, ERR_INPUT, origin, lineno, "a NUL byte: not a gazetteer file");
			break;
		}
		if (!seen_header) {
			if (strcmp(line.data, PLACE_TSV_HEADER)) {
				rc = err_at(e, ERR_INPUT, origin, lineno,
					    "not a civcas places file (the first line must be the column names: %s)",
					    "id, kind, country, ...");
				break;
			}
			seen_header = 1;
			continue;
		}
		char *f[FIELDS + 1];
		int nf = split_tabs(line.data, f, FIELDS);
		if (nf != FIELDS) {
			rc = err_at(e, ERR_INPUT, origin, lineno, "%s fields where a place has %d",
				    nf > FIELDS ? "more" : "fewer", FIELDS);
			break;
		}
		struct place_row r = { 0 };
		int kind = place_kind_parse(f[1]);
		if (kind < 0) {
			rc = err_at(e, ERR_INPUT, origin, lineno, "unknown kind of place '%.40s'", f[1]);
			break;
		}
		r.id = f[0];
		r.kind = (enum place_kind)kind;
		r.country = f[2];
		r.governorate = f[3];
		r.district = f[4];
		char *end;
		if (parse_coord(f[5], &r.lat) || parse_coord(f[6], &r.lon) || isnan(r.lat) != isnan(r.lon)) {
			rc = err_at(e, ERR_INPUT, origin, lineno, "bad coordinates '%.20s', '%.20s'", f[5], f[6]);
			break;
		}
		r.population = *f[7] ? strtol(f[7], &end, 10) : 0;
		if (*f[7] && (*end || r.population < 0)) {
			rc = err_at(e, ERR_INPUT, origin, lineno, "bad population '%.20s'", f[7]);
			break;
		}
		r.name_en = f[8];
		r.name_ar = f[9];
		r.variants = f[10];
		r.source = f[11];
		rc = gaz_add(g, &r, e);
		if (rc)
			err_where(e, origin, lineno);
	}
	if (!rc && !seen_header)
		rc = err_at(e, ERR_INPUT, origin, 0, "no places in it (empty, or not a civcas places file)");
	buf_release(&line);
	return rc;
}

/* ------------------------------------------------------------ building */

static void post(struct postings *ps, struct sent *e, int place, int flags, int scripts)
{
	/* the same place twice under one string: keep the better flags */
	for (int i = e->head; i >= 0; i = ps->v[i].next)
		if (ps->v[i].place == place) {
			if (flags < ps->v[i].flags)
				ps->v[i].flags = (uint8_t)flags;
			ps->v[i].scripts |= (uint8_t)scripts;
			return;
		}
	if (ps->len == ps->cap) {
		ps->cap = ps->cap ? ps->cap * 2 : 4096;
		ps->v = xrealloc(ps->v, ps->cap * sizeof *ps->v);
	}
	ps->v[ps->len] = (struct posting){ .place = place, .flags = (uint8_t)flags, .next = e->head,
					   .scripts = (uint8_t)scripts };
	e->head = (int)ps->len++;
}

/* The length of a Latin article word and its space at the start of a
 * folded name ("al ", "el ", "ar " ...), or 0. */
static size_t latin_article(const char *f, size_t n)
{
	static const char *const art[] = { "al ", "el ", "ad ", "ar ", "as ", "at ", "az ", "an ", "ash ",
					   "ath ", "adh ", "al-", NULL };
	for (int i = 0; art[i]; i++) {
		size_t k = strlen(art[i]);
		if (n > k && !memcmp(f, art[i], k))
			return k;
	}
	return 0;
}

/* Index one name of place p: its folded form, and for Arabic names with the
 * article also the form without it (text writes "للرقة", "لل" + "رقة"), and
 * its key. */
static void index_name(struct gazetteer *g, struct buf *fold, const char *name, size_t n, int place, int flags)
{
	buf_reset(fold);
	gaz_fold(name, n, fold, NULL);
	if (fold->len < 2)
		return;
	int script = gaz_is_arabic(fold->data, fold->len) ? SCRIPT_ARABIC : SCRIPT_LATIN;
	post(&g->name_posts, smap_put(&g->names, fold->data, fold->len), place, flags, script);
	if (fold->len > 6 && !memcmp(fold->data, "\xd8\xa7\xd9\x84", 4))   /* ال */
		post(&g->name_posts, smap_put(&g->names, fold->data + 4, fold->len - 4), place, NAME_BARE,
		     SCRIPT_ARABIC);
	/* English text drops the article too: "Al Qamishli" is "Qamishli" */
	size_t art = latin_article(fold->data, fold->len);
	if (art && fold->len - art >= 5)
		post(&g->name_posts, smap_put(&g->names, fold->data + art, fold->len - art), place, NAME_VARIANT,
		     SCRIPT_LATIN);
	char key[128];
	size_t k = gaz_key(fold->data, fold->len, key, sizeof key);
	if (k >= 2 && k < sizeof key - 1)
		post(&g->key_posts, smap_put(&g->keys, key, k), place, flags, script);
}

static void index_place(struct gazetteer *g, struct buf *fold, const struct place *p)
{
	const struct place_row *r = &p->row;
	if (*r->name_en)
		index_name(g, fold, r->name_en, strlen(r->name_en), p->index, NAME_MAIN);
	if (*r->name_ar)
		index_name(g, fold, r->name_ar, strlen(r->name_ar), p->index, NAME_MAIN);
	for (const char *s = r->variants; *s;) {
		const char *bar = strchr(s, '|');
		size_t n = bar ? (size_t)(bar - s) : strlen(s);
		if (n)
			index_name(g, fold, s, n, p->index, NAME_VARIANT);
		s += n + (bar ? 1 : 0);
	}
}

/* The place of kind k, country cc, whose main English name folds like name. */
static int find_admin(struct gazetteer *g, struct buf *fold, const char *name, const char *cc, enum place_kind k)
{
	if (!*name)
		return -1;
	buf_reset(fold);
	gaz_fold(name, strlen(name), fold, NULL);
	const struct sent *e = smap_get(&g->names, fold->data, fold->len);
	int best = -1;
	for (int i = e ? e->head : -1; i >= 0; i = g->name_posts.v[i].next) {
		const struct place *p = g->places[g->name_posts.v[i].place];
		if (p->row.kind == k && !strcmp(p->row.country, cc) &&
		    (best < 0 || g->name_posts.v[i].flags == NAME_MAIN))
			best = p->index;
	}
	return best;
}

/* A governorate named "ريف X" (the countryside of X) holds the land around
 * the governorate X: Rif Dimashq around Damascus, which is the city alone. */
static void link_countryside(struct gazetteer *g, struct buf *fold)
{
	static const char rif[] = "\xd8\xb1\xd9\x8a\xd9\x81 ";   /* "ريف " */
	size_t rn = sizeof rif - 1;
	for (size_t i = 0; i < g->count; i++) {
		const struct place *r = g->places[i];
		const char *ar = r->row.name_ar;
		if (r->row.kind != PK_GOVERNORATE || strncmp(ar, rif, rn) != 0 || !ar[rn])
			continue;
		buf_reset(fold);
		gaz_fold(ar + rn, strlen(ar + rn), fold, NULL);
		const struct sent *e = smap_get(&g->names, fold->data, fold->len);
		for (int k = e ? e->head : -1; k >= 0; k = g->name_posts.v[k].next) {
			struct place *x = g->places[g->name_posts.v[k].place];
			if (x != r && x->row.kind == PK_GOVERNORATE && !strcmp(x->row.country, r->row.country) &&
			    !strcmp(x->row.name_ar, ar + rn))
				x->countryside = r->index;
		}
	}
}

int gaz_build(struct gazetteer *g, struct err *e)
{
	if (g->built)
		return 0;
	struct buf fold = BUF_INIT;
	for (size_t i = 0; i < g->count; i++)
		index_place(g, &fold, g->places[i]);
	/* populated places before admin units of the same name, then more
	 * people, then places that can go on a map */
	static const double kind_pref[PK_COUNT] = { 1, 2.5, 3, 3.5, 8, 7, 6, 5, 2 };
	for (size_t i = 0; i < g->count; i++) {
		struct place *p = g->places[i];
		p->prior = kind_pref[p->row.kind] + log10((double)p->row.population + 1) * 0.5 +
			   (isnan(p->row.lat) ? 0 : 2);
		if (p->row.kind > PK_GOVERNORATE)
			p->governorate = find_admin(g, &fold, p->row.governorate, p->row.country, PK_GOVERNORATE);
		if (p->row.kind > PK_DISTRICT)
			p->district = find_admin(g, &fold, p->row.district, p->row.country, PK_DISTRICT);
	}
	link_countryside(g, &fold);
	buf_release(&fold);
	int rc = gaz_matcher_build(g, e);
	if (!rc)
		g->built = 1;
	return rc;
}

int gaz_set_focus(struct gazetteer *g, const char *countries, struct err *e)
{
	char codes[16][3];
	int n = 0;
	for (const char *s = countries ? countries : ""; *s;) {
		size_t len = strcspn(s, ",");
		if (len != 2 || n == 16 || !isupper((unsigned char)s[0]) || !isupper((unsigned char)s[1]))
			return err_set(e, ERR_USAGE, "countries are two-letter codes separated by commas (SY,IQ), not '%.40s'",
				       countries);
		memcpy(codes[n], s, 2);
		codes[n++][2] = '\0';
		s += len + (s[len] == ',');
	}
	for (size_t i = 0; i < g->count; i++) {
		struct place *p = g->places[i];
		int in = 0;
		for (int k = 0; k < n && !in; k++)
			in = !strcmp(p->row.country, codes[k]);
		if (in != p->focus)
			p->prior += in ? FOCUS_BONUS : -FOCUS_BONUS;
		p->focus = in;
	}
	g->focused = n > 0;
	return 0;
}

/* ------------------------------------------------------------ open */

static int add_stored(void *ctx, const struct place_row *r)
{
	/* the import checked its rows; one that no longer passes is skipped */
	(void)gaz_add(ctx, r, NULL);
	return 0;
}

int gaz_open(struct store *s, struct gazetteer **out, struct err *e)
{
	*out = NULL;
	struct gazetteer *g = gaz_new();
	size_t n;
	const char *data = gaz_bundled(&n);
	int rc = gaz_load_tsv(g, data, n, "data/places.tsv (built in)", e);
	if (!rc && s)
		rc = store_places_each(s, add_stored, g, e);
	if (!rc)
		rc = gaz_build(g, e);
	if (rc) {
		gaz_free(g);
		return rc;
	}
	*out = g;
	return 0;
}
