/* import_geonames.c - GeoNames dumps, with the alternateNames and admin
 * codes files beside them, as place_rows (see import.h).
 *
 * Rows are held in memory until every file is read: a row's governorate is
 * named by an ADM1 row that may come anywhere in the dump, and its Arabic
 * name may come from another file. */
#include "gazetteer/import_impl.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "io/lines.h"

static int all_digits(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 18 && strspn(s, "0123456789") == n;
}

/* What the GeoNames import keeps besides populated places and admin areas:
 * what reports of strikes name. Feature classes S and L. */
static const char *const landmark_codes[] = {
	"AIRB", "AIRF", "AIRP", "BDG", "CH", "CMP", "CMPRF", "DAM", "HSP", "HSPC", "INSM", "MKT",
	"MSQE", "PRN", "PS", "SCH", "SCHC", "SHRN", "STDM", "UNIV", "MILB", "NVB", "OILF", "PRT",
};

/* The kind of a geoname row, -1 to leave it out. */
static int geonames_kind(const char *cls, const char *code, long population)
{
	if (!strcmp(cls, "P")) {
		if (!strcmp(code, "PPLH") || !strcmp(code, "PPLCH"))
			return -1;   /* historical: a name no report means today */
		if (!strcmp(code, "PPLX"))
			return PK_NEIGHBOURHOOD;
		if (!strcmp(code, "PPLC") || !strcmp(code, "PPLA") || !strcmp(code, "PPLG") ||
		    population >= 100000)
			return PK_CITY;
		if (!strcmp(code, "PPLA2") || population >= 10000)
			return PK_TOWN;
		return PK_VILLAGE;
	}
	if (!strcmp(cls, "A")) {
		if (!strcmp(code, "ADM1"))
			return PK_GOVERNORATE;
		if (!strcmp(code, "ADM2"))
			return PK_DISTRICT;
		if (!strcmp(code, "ADM3"))
			return PK_SUBDISTRICT;
		if (!strcmp(code, "PCLI"))
			return PK_COUNTRY;
		return -1;
	}
	if (!strcmp(cls, "S") || !strcmp(cls, "L"))
		for (size_t i = 0; i < sizeof landmark_codes / sizeof *landmark_codes; i++)
			if (!strcmp(code, landmark_codes[i]))
				return PK_LANDMARK;
	return -1;
}

/* Strings are offsets into gn.strs, whose offset 0 is "". */
struct gn_row {
	int kind;
	double lat, lon;
	long population;
	size_t id, name, ascii, alternates, cc, admin1, admin2;
	size_t english;             /* its name in an admin codes file, 0: none */
	size_t names, names_last;   /* its alternateNames entries (1-based), 0: none */
};

struct gn_altname {
	size_t next;        /* 1-based, 0: last */
	size_t text;
	int arabic;         /* an "ar" name in Arabic script, not historic */
	int preferred;
};

/* string -> int, open addressing; keys live in the arena */
struct map {
	size_t *key;   /* offsets into the arena; 0: empty slot */
	int *val;
	size_t cap, n;
};

struct gn {
	const struct gaz_sink *sink;
	struct buf strs;
	struct gn_row *rows;
	size_t nrows, cap;
	struct gn_altname *alts;
	size_t nalts, altcap;
	struct map ids;         /* geonameid -> row */
	struct map admins;      /* "CC.A1" -> its ADM1 row, "CC.A1.A2" -> its ADM2 row */
	struct map countries;   /* "CC" of every row */
	struct buf line;        /* the current row, split at its tabs */
	char *col[24];
	int ncols;
	struct buf tmp, key, ar;
	struct import_names variants;
};

static size_t str_add(struct buf *b, const char *s, size_t n)
{
	size_t off = b->len;
	buf_add(b, s, n);
	buf_addc(b, '\0');
	return off;
}

#define S(g, off) ((g)->strs.data + (off))

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static size_t map_slot(const struct map *m, const struct buf *arena, const char *k)
{
	size_t i = (size_t)hash(k) & (m->cap - 1);
	while (m->key[i] && strcmp(arena->data + m->key[i], k))
		i = (i + 1) & (m->cap - 1);
	return i;
}

static int map_get(const struct map *m, const struct buf *arena, const char *k)
{
	if (!m->cap)
		return -1;
	size_t i = map_slot(m, arena, k);
	return m->key[i] ? m->val[i] : -1;
}

/* Map the key at arena offset koff to v unless it is mapped already. */
static void map_put(struct map *m, const struct buf *arena, size_t koff, int v)
{
	if (2 * (m->n + 1) > m->cap) {
		struct map old = *m;
		m->cap = old.cap ? 2 * old.cap : 1024;
		m->key = xcalloc(m->cap, sizeof *m->key);
		m->val = xcalloc(m->cap, sizeof *m->val);
		m->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.key[i])
				map_put(m, arena, old.key[i], old.val[i]);
		free(old.key);
		free(old.val);
	}
	size_t i = map_slot(m, arena, arena->data + koff);
	if (m->key[i])
		return;
	m->key[i] = koff;
	m->val[i] = v;
	m->n++;
}

static void map_release(struct map *m)
{
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof *m);
}

/* One GeoNames file being read. */
struct gn_reader {
	struct lines l;
	const struct gaz_file *in;
	const char *what;   /* "a GeoNames dump": what the file is not when its first row fails */
	int started;        /* a first row has passed */
};

/* A row that cannot be read. On the file's first row that means the file
 * is not what it should be (ERR_INPUT, e set); later, the row is reported
 * and skipped (0). */
__attribute__((format(printf, 4, 5)))
static int gn_reject(struct gn *g, struct gn_reader *r, struct err *e, const char *fmt, ...)
{
	char why[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	if (!r->started)
		return err_at(e, ERR_INPUT, r->in->path, r->l.lineno, "not %s: %s", r->what, why);
	import_skip_row(g->sink, r->in->path, r->l.lineno, why);
	return 0;
}

/* The next row of r, split at its tabs into g->col; *row is 0 at the end.
 * Returns 0 or an ERR_* (e set). Lines that are not text are rejected here. */
static int gn_next(struct gn *g, struct gn_reader *r, int *row, struct err *e)
{
	*row = 0;
	for (;;) {
		const char *line;
		size_t len;
		int got = lines_next(&r->l, &line, &len, e), rc;
		if (got == LINES_EOF)
			return r->started ? 0 : err_at(e, ERR_INPUT, r->in->path, 0, "empty file, not %s", r->what);
		if (got == LINES_TOO_LONG) {
			rc = gn_reject(g, r, e, "line longer than %u KB", CAP_GAZ_RECORD_BYTES >> 10);
			if (rc)
				return rc;
			continue;
		}
		if (got != LINES_OK)
			return got;   /* ERR_IO, e set */
		if (!len)
			continue;
		if (memchr(line, '\0', len) || !utf8_valid(line, len, NULL)) {
			rc = gn_reject(g, r, e, r->started ? "invalid UTF-8" : "binary, or not UTF-8 text");
			if (rc)
				return rc;
			continue;
		}
		if (!r->started && import_looks_like_markup(line, len))
			return err_at(e, ERR_INPUT, r->in->path, r->l.lineno, "not %s: an HTML or XML page", r->what);
		buf_reset(&g->line);
		buf_add(&g->line, line, len);
		char *p = g->line.data;
		g->ncols = 0;
		for (;;) {
			char *tab = strchr(p, '\t');
			if (g->ncols < (int)(sizeof g->col / sizeof *g->col))
				g->col[g->ncols] = p;
			g->ncols++;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		*row = 1;
		return 0;
	}
}

static void gn_reader_open(struct gn_reader *r, const struct gaz_file *in, const char *what)
{
	memset(r, 0, sizeof *r);
	r->in = in;
	r->what = what;
	lines_init(&r->l, in->f, in->path, CAP_GAZ_RECORD_BYTES);
}

static struct gn_row *gn_new_row(struct gn *g)
{
	if (g->nrows == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 1024;
		g->rows = xrealloc(g->rows, g->cap * sizeof *g->rows);
	}
	struct gn_row *row = &g->rows[g->nrows++];
	memset(row, 0, sizeof *row);
	return row;
}

/* A name column cleaned into the arena at *off; 1 when it is too long. */
static int gn_name(struct gn *g, const char *s, size_t *off)
{
	import_clean_name(&g->tmp, s, strlen(s));
	if (g->tmp.len > CAP_PLACE_NAME_BYTES)
		return 1;
	*off = str_add(&g->strs, g->tmp.data, g->tmp.len);
	return 0;
}

/* The name and ASCII name of a row, or why not (0: fine). GeoNames writes
 * ayn and hamza as '`' in ASCII names (Ma`arrat): here an apostrophe, as
 * English text has it. */
static const char *gn_names(struct gn *g, const char *name_s, const char *ascii_s, size_t *name,
			    size_t *ascii)
{
	size_t mark = g->strs.len;
	const char *why = gn_name(g, name_s, name) ? "name" : gn_name(g, ascii_s, ascii) ? "ASCII name" : NULL;
	if (!why && !*S(g, *name) && !*S(g, *ascii))
		why = "";
	if (why) {
		buf_setlen(&g->strs, mark);
		return why;
	}
	for (char *p = S(g, *ascii); (p = strchr(p, '`'));)
		*p = '\'';
	return NULL;
}

/* One checked geoname row: kept as a place, left out, or rejected. */
static int gn_dump_row(struct gn *g, struct gn_reader *r, struct err *e)
{
	char **c = g->col, why[160];
	double lat, lon;
	long population;
	if (import_check_coords(c[4], c[5], &lat, &lon, why, sizeof why))
		return gn_reject(g, r, e, "%s", why);
	if (isnan(lat))
		return gn_reject(g, r, e, "no coordinates");
	if (import_parse_population(c[14], &population))
		return gn_reject(g, r, e, "population '%.40s' is not a number", c[14]);
	int kind = geonames_kind(c[6], c[7], population);
	if (kind < 0)
		return 0;
	size_t cc_len = strlen(c[8]);
	if (cc_len != 2 || !import_is_ascii_letter(c[8][0]) || !import_is_ascii_letter(c[8][1]))
		return gn_reject(g, r, e, "country code '%.40s' is not two letters", c[8]);
	if (strlen(c[3]) > CAP_PLACE_VARIANTS_BYTES)
		return gn_reject(g, r, e, "alternate names longer than %u KB", CAP_PLACE_VARIANTS_BYTES >> 10);
	if (strlen(c[10]) > CAP_PLACE_ID_BYTES || strlen(c[11]) > CAP_PLACE_ID_BYTES)
		return gn_reject(g, r, e, "admin code longer than %d bytes", CAP_PLACE_ID_BYTES);
	size_t name, ascii;
	const char *bad = gn_names(g, c[1], c[2], &name, &ascii);
	if (bad)
		return *bad ? gn_reject(g, r, e, "%s longer than %d bytes", bad, CAP_PLACE_NAME_BYTES)
			    : gn_reject(g, r, e, "no name");
	if (g->nrows >= CAP_GAZ_PLACES)
		return err_at(e, ERR_INPUT, r->in->path, r->l.lineno,
			      "more than %d places in one GeoNames import: import a country's dump (SY.txt), not allCountries",
			      CAP_GAZ_PLACES);
	struct gn_row *row = gn_new_row(g);
	row->kind = kind;
	row->lat = lat;
	row->lon = lon;
	row->population = population;
	row->name = name;
	row->ascii = ascii;
	row->id = str_add(&g->strs, c[0], strlen(c[0]));
	row->alternates = str_add(&g->strs, c[3], strlen(c[3]));
	row->cc = str_add(&g->strs, c[8], 2);
	row->admin1 = str_add(&g->strs, c[10], strlen(c[10]));
	row->admin2 = str_add(&g->strs, c[11], strlen(c[11]));
	map_put(&g->ids, &g->strs, row->id, (int)(g->nrows - 1));
	map_put(&g->countries, &g->strs, row->cc, 1);
	return 0;
}

static int gn_read_dump(struct gn *g, const struct gaz_file *in, struct err *e)
{
	struct gn_reader r;
	int rc, row;
	gn_reader_open(&r, in, "a GeoNames dump");
	while (!(rc = gn_next(g, &r, &row, e)) && row) {
		if (!r.started && !strcmp(g->col[0], "geonameid"))
			continue;   /* a copy with a header line */
		if (g->ncols != 19)
			rc = gn_reject(g, &r, e, "%d tab-separated column%s where a geoname row has 19", g->ncols,
					g->ncols == 1 ? "" : "s");
		else if (!all_digits(g->col[0]))
			rc = gn_reject(g, &r, e, "geonameid '%.40s' is not a number", g->col[0]);
		else {
			r.started = 1;
			rc = gn_dump_row(g, &r, e);
		}
		if (rc)
			break;
	}
	lines_release(&r.l);
	return rc;
}

/* "CC.A1" or "CC.A1.A2" of a row, in g->key. */
static const char *admin_key(struct gn *g, const struct gn_row *row, int level)
{
	buf_reset(&g->key);
	buf_addf(&g->key, "%s.%s", S(g, row->cc), S(g, row->admin1));
	if (level == 2)
		buf_addf(&g->key, ".%s", S(g, row->admin2));
	return g->key.data;
}

static void gn_map_admins(struct gn *g)
{
	for (size_t i = 0; i < g->nrows; i++) {
		const struct gn_row *row = &g->rows[i];
		int level = row->kind == PK_GOVERNORATE ? 1 : row->kind == PK_DISTRICT ? 2 : 0;
		if (!level || !*S(g, row->admin1) || (level == 2 && !*S(g, row->admin2)))
			continue;
		admin_key(g, row, level);
		if (map_get(&g->admins, &g->strs, g->key.data) >= 0)
			continue;
		size_t off = str_add(&g->strs, g->key.data, g->key.len);
		map_put(&g->admins, &g->strs, off, (int)i);
	}
}

/* admin1CodesASCII / admin2Codes: code, name, ASCII name, geonameid. */
static int gn_admin_row(struct gn *g, struct gn_reader *r, struct err *e)
{
	char **c = g->col;
	const char *code = c[0], *dot = strchr(code, '.');
	if (dot != code + 2 || !dot[1] || strlen(code) > CAP_PLACE_ID_BYTES)
		return gn_reject(g, r, e, "admin code '%.40s' is not CC.A1 or CC.A1.A2", code);
	const char *dot2 = strchr(dot + 1, '.');
	if (dot2 && (dot2 == dot + 1 || !dot2[1] || strchr(dot2 + 1, '.')))
		return gn_reject(g, r, e, "admin code '%.40s' is not CC.A1 or CC.A1.A2", code);
	if (!all_digits(c[3]))
		return gn_reject(g, r, e, "geonameid '%.40s' is not a number", c[3]);
	char cc[3] = { code[0], code[1], '\0' };
	if (map_get(&g->countries, &g->strs, cc) < 0)
		return 0;   /* another country's */
	size_t name, ascii;
	const char *bad = gn_names(g, c[1], c[2], &name, &ascii);
	if (bad)
		return *bad ? gn_reject(g, r, e, "%s longer than %d bytes", bad, CAP_PLACE_NAME_BYTES)
			    : gn_reject(g, r, e, "no name");
	/* The dump has the row: this file gives its English name, which is
	 * what other GeoNames-derived data (the bundled places) call it. */
	int known = map_get(&g->admins, &g->strs, code);
	if (known < 0)
		known = map_get(&g->ids, &g->strs, c[3]);
	size_t keyoff = str_add(&g->strs, code, strlen(code));
	if (known >= 0) {
		struct gn_row *row = &g->rows[known];
		row->english = *S(g, ascii) ? ascii : name;
		/* and its accented name is one more alternate name */
		buf_reset(&g->tmp);
		buf_addf(&g->tmp, "%s,%s", S(g, row->alternates), S(g, name));
		row->alternates = str_add(&g->strs, g->tmp.data, g->tmp.len);
		map_put(&g->admins, &g->strs, keyoff, known);
		return 0;
	}
	if (g->nrows >= CAP_GAZ_PLACES)
		return err_at(e, ERR_INPUT, r->in->path, r->l.lineno, "more than %d places in one GeoNames import",
			      CAP_GAZ_PLACES);
	struct gn_row *row = gn_new_row(g);
	row->kind = dot2 ? PK_DISTRICT : PK_GOVERNORATE;
	row->lat = row->lon = NAN;
	row->name = name;
	row->ascii = ascii;
	row->id = str_add(&g->strs, c[3], strlen(c[3]));
	row->cc = str_add(&g->strs, cc, 2);
	size_t a1 = dot2 ? (size_t)(dot2 - dot - 1) : strlen(dot + 1);
	row->admin1 = str_add(&g->strs, dot + 1, a1);
	row->admin2 = str_add(&g->strs, dot2 ? dot2 + 1 : "", dot2 ? strlen(dot2 + 1) : 0);
	row->alternates = 0;
	map_put(&g->ids, &g->strs, row->id, (int)(g->nrows - 1));
	map_put(&g->admins, &g->strs, keyoff, (int)(g->nrows - 1));
	return 0;
}

/* alternateNames: id, geonameid, isolanguage, name, isPreferredName,
 * isShortName, isColloquial, isHistoric[, from, to]. */
static int gn_altname_row(struct gn *g, struct gn_reader *r, struct err *e)
{
	char **c = g->col;
	const char *lang = c[2];
	if (strcmp(lang, "ar") && strcmp(lang, "en") && *lang)
		return 0;   /* other languages, and link, post, iata, icao, faac, abbr, wkdt ... */
	int row = map_get(&g->ids, &g->strs, c[1]);
	if (row < 0)
		return 0;   /* a place this import does not keep */
	import_clean_name(&g->tmp, c[3], strlen(c[3]));
	if (g->tmp.len > CAP_PLACE_NAME_BYTES)
		return gn_reject(g, r, e, "name longer than %d bytes", CAP_PLACE_NAME_BYTES);
	enum import_script sc = import_name_script(g->tmp.data, g->tmp.len, NULL);
	if (sc != SCRIPT_LATIN && sc != SCRIPT_ARABIC)
		return 0;
	if (g->nalts == g->altcap) {
		g->altcap = g->altcap ? 2 * g->altcap : 1024;
		g->alts = xrealloc(g->alts, g->altcap * sizeof *g->alts);
	}
	struct gn_altname *a = &g->alts[g->nalts++];
	a->next = 0;
	a->text = str_add(&g->strs, g->tmp.data, g->tmp.len);
	a->arabic = !strcmp(lang, "ar") && sc == SCRIPT_ARABIC && strcmp(c[7], "1");
	a->preferred = !strcmp(c[4], "1");
	struct gn_row *p = &g->rows[row];
	if (p->names_last)
		g->alts[p->names_last - 1].next = g->nalts;
	else
		p->names = g->nalts;
	p->names_last = g->nalts;
	return 0;
}

enum { GN_ALTNAMES = 1, GN_ADMIN_CODES = 2 };

/* Read one file beside the dump: its kind is decided by its first row
 * (want 0), or only rows of kind want are read. */
static int gn_read_extra(struct gn *g, const struct gaz_file *in, int want, int *kind, struct err *e)
{
	struct gn_reader r;
	int rc, row;
	gn_reader_open(&r, in, "a GeoNames alternateNames or admin codes file");
	while (!(rc = gn_next(g, &r, &row, e)) && row) {
		if (!r.started) {
			if (!strcmp(g->col[0], "alternateNameId") || !strcmp(g->col[0], "code"))
				continue;
			*kind = 0;
			if (g->ncols == 4 && strchr(g->col[0], '.'))
				*kind = GN_ADMIN_CODES;
			else if (g->ncols >= 8 && g->ncols <= 10 && all_digits(g->col[0]) && all_digits(g->col[1]))
				*kind = GN_ALTNAMES;
			if (!*kind) {
				rc = gn_reject(g, &r, e, "%d tab-separated column%s (alternateNames has 8 or 10, "
					       "admin codes 4)", g->ncols, g->ncols == 1 ? "" : "s");
				break;
			}
			r.started = 1;
			if (!want)
				break;
		}
		if (*kind == GN_ALTNAMES) {
			if (g->ncols < 8 || g->ncols > 10)
				rc = gn_reject(g, &r, e, "%d tab-separated column%s where an alternate name has 8 or 10",
					       g->ncols, g->ncols == 1 ? "" : "s");
			else if (!all_digits(g->col[0]) || !all_digits(g->col[1]))
				rc = gn_reject(g, &r, e, "id '%.40s' is not a number",
					       all_digits(g->col[0]) ? g->col[1] : g->col[0]);
			else
				rc = gn_altname_row(g, &r, e);
		} else {
			rc = g->ncols != 4 ? gn_reject(g, &r, e, "%d tab-separated column%s where an admin code row has 4",
						       g->ncols, g->ncols == 1 ? "" : "s")
					   : gn_admin_row(g, &r, e);
		}
		if (rc)
			break;
	}
	lines_release(&r.l);
	return rc;
}

/* The Arabic name of a row: an "ar" name from alternateNames (a preferred
 * one first), else the first of its alternate names in plain Arabic, else
 * the first in Arabic script. Into g->ar. */
static void gn_arabic(struct gn *g, const struct gn_row *row)
{
	size_t first = 0;
	for (size_t i = row->names; i; i = g->alts[i - 1].next) {
		const struct gn_altname *a = &g->alts[i - 1];
		if (!a->arabic)
			continue;
		if (a->preferred) {
			first = i;
			break;
		}
		if (!first)
			first = i;
	}
	buf_reset(&g->ar);
	if (first) {
		buf_adds(&g->ar, S(g, g->alts[first - 1].text));
		return;
	}
	const char *s = S(g, row->alternates), *any = NULL;
	size_t any_len = 0;
	while (*s) {
		size_t n = strcspn(s, ",");
		int plain;
		if (import_name_script(s, n, &plain) == SCRIPT_ARABIC) {
			if (plain) {
				import_clean_name(&g->ar, s, n);
				if (g->ar.len && g->ar.len <= CAP_PLACE_NAME_BYTES)
					return;
			}
			if (!any) {
				any = s;
				any_len = n;
			}
		}
		s += n + (s[n] == ',');
	}
	if (any)
		import_clean_name(&g->ar, any, any_len);
	if (g->ar.len > CAP_PLACE_NAME_BYTES)
		buf_reset(&g->ar);
}

/* The name an admin codes file gives, else the ASCII name, else the name;
 * the others are variants. */
static const char *gn_name_en(struct gn *g, const struct gn_row *row)
{
	return S(g, row->english ? row->english : *S(g, row->ascii) ? row->ascii : row->name);
}

static int gn_emit(struct gn *g, struct err *e)
{
	struct buf id = BUF_INIT, gov = BUF_INIT, dist = BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < g->nrows && !rc; i++) {
		const struct gn_row *row = &g->rows[i];
		const char *name_en = gn_name_en(g, row);
		buf_reset(&id);
		buf_addf(&id, "gn:%s", S(g, row->id));
		buf_reset(&gov);
		buf_reset(&dist);
		if (row->kind != PK_COUNTRY && row->kind != PK_GOVERNORATE) {
			int k = map_get(&g->admins, &g->strs, admin_key(g, row, 1));
			if (k >= 0)
				buf_adds(&gov, gn_name_en(g, &g->rows[k]));
		}
		if (row->kind != PK_COUNTRY && row->kind != PK_GOVERNORATE && row->kind != PK_DISTRICT) {
			int k = map_get(&g->admins, &g->strs, admin_key(g, row, 2));
			if (k >= 0)
				buf_adds(&dist, gn_name_en(g, &g->rows[k]));
		}
		gn_arabic(g, row);
		import_names_start(&g->variants, name_en, g->ar.data);
		import_names_add(&g->variants, S(g, row->name), strlen(S(g, row->name)));
		import_names_add(&g->variants, S(g, row->ascii), strlen(S(g, row->ascii)));
		for (const char *s = S(g, row->alternates); *s;) {
			size_t n = strcspn(s, ",");
			enum import_script sc = import_name_script(s, n, NULL);
			if (sc == SCRIPT_LATIN || sc == SCRIPT_ARABIC)
				import_names_add(&g->variants, s, n);
			s += n + (s[n] == ',');
		}
		for (size_t k = row->names; k; k = g->alts[k - 1].next) {
			const char *s = S(g, g->alts[k - 1].text);
			import_names_add(&g->variants, s, strlen(s));
		}
		struct place_row p = {
			.id = id.data, .kind = (enum place_kind)row->kind, .country = S(g, row->cc),
			.governorate = gov.data, .district = dist.data, .lat = row->lat, .lon = row->lon,
			.population = row->population, .name_en = name_en, .name_ar = g->ar.data,
			.variants = g->variants.out.data, .source = "geonames",
		};
		rc = g->sink->place(g->sink->ctx, &p, e);
	}
	buf_release(&id);
	buf_release(&gov);
	buf_release(&dist);
	return rc;
}

int gaz_import_geonames(const struct gaz_file *dump, const struct gaz_file *extra, int nextra,
			const struct gaz_sink *sink, struct err *e)
{
	struct gn g;
	memset(&g, 0, sizeof g);
	g.sink = sink;
	buf_init(&g.strs);
	buf_addc(&g.strs, '\0');
	buf_init(&g.line);
	buf_init(&g.tmp);
	buf_init(&g.key);
	buf_init(&g.ar);
	import_names_init(&g.variants);
	int *kinds = xcalloc((size_t)nextra + 1, sizeof *kinds);
	int rc = gn_read_dump(&g, dump, e);
	/* what each file beside it is, before reading any: admin codes add
	 * places that alternate names may then name */
	for (int i = 0; i < nextra && !rc; i++) {
		rc = gn_read_extra(&g, &extra[i], 0, &kinds[i], e);
		if (!rc)
			rc = import_rewind(&extra[i], e);
	}
	if (!rc)
		gn_map_admins(&g);
	for (int pass = GN_ADMIN_CODES; pass >= GN_ALTNAMES && !rc; pass--)
		for (int i = 0; i < nextra && !rc; i++)
			if (kinds[i] == pass)
				rc = gn_read_extra(&g, &extra[i], pass, &kinds[i], e);
	if (!rc)
		rc = gn_emit(&g, e);
	free(kinds);
	free(g.rows);
	free(g.alts);
	map_release(&g.ids);
	map_release(&g.admins);
	map_release(&g.countries);
	buf_release(&g.strs);
	buf_release(&g.line);
	buf_release(&g.tmp);
	buf_release(&g.key);
	buf_release(&g.ar);
	import_names_release(&g.variants);
	return rc;
}

