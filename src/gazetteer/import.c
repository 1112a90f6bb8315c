/* import.c - GeoNames dumps and CSV lists as place_rows (see import.h).
 *
 * GeoNames rows are held in memory until every file is read: a row's
 * governorate is named by an ADM1 row that may come anywhere in the dump,
 * and its Arabic name may come from another file. CSV rows are emitted as
 * they are read, fed to libcsv a line at a time as read_csv.c does, so that
 * errors name the line where a row starts and memory stays flat. */
#include "gazetteer/import.h"

#include <csv.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "io/lines.h"

/* ------------------------------------------------------------ names */

enum script { SCRIPT_NONE, SCRIPT_LATIN, SCRIPT_ARABIC, SCRIPT_OTHER };

static int is_arabic(uint32_t c)
{
	return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
	       (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
	       (c >= 0xFE70 && c <= 0xFEFE);
}

/* Arabic's own letters, marks and digits, as against the letters Persian,
 * Kurdish and Urdu add (پ چ ژ ک گ ی ە ۆ ...): GeoNames lists those
 * spellings among the alternate names too, and the Arabic name should be
 * the one written in Arabic. */
static int is_plain_arabic(uint32_t c)
{
	return (c >= 0x0621 && c <= 0x065F) || (c >= 0x0660 && c <= 0x0671) || c == 0x060C ||
	       c == 0x061B || c == 0x061F;
}

static int is_latin(uint32_t c)
{
	return (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

/* Characters of no script: ASCII and Latin-1 punctuation, digits, spaces,
 * modifier letters (ʿ ʾ of transliterations), combining marks, general
 * punctuation. */
static int is_neutral(uint32_t c)
{
	return c < 0xC0 || (c >= 0x2B0 && c <= 0x36F) || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF;
}

/* The script of a name; *plain (may be NULL) is set when its Arabic letters
 * are all plain Arabic. A name with any Arabic letter is Arabic. */
static enum script name_script(const char *s, size_t n, int *plain)
{
	int arabic = 0, latin = 0, other = 0, all_plain = 1;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		i += (size_t)utf8_decode(s + i, n - i, &c);
		if (is_arabic(c)) {
			arabic = 1;
			all_plain &= is_plain_arabic(c);
		} else if (is_latin(c)) {
			latin = 1;
		} else if (!is_neutral(c)) {
			other = 1;
		}
	}
	if (plain)
		*plain = arabic && all_plain;
	return arabic ? SCRIPT_ARABIC : other ? SCRIPT_OTHER : latin ? SCRIPT_LATIN : SCRIPT_NONE;
}

/* s[0..n) as a name: no blanks at either end, and each run of blanks and
 * control characters one space (a name is one line of a TSV cell). */
static void clean_name(struct buf *out, const char *s, size_t n)
{
	buf_reset(out);
	int space = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= ' ' || c == 0x7F) {
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = 0;
		buf_addc(out, (char)c);
	}
}

/* A place's variants: '|'-separated, each once (ASCII case aside), never
 * its English or Arabic name again, at most CAP_PLACE_VARIANTS_BYTES (what
 * would go past it is dropped). */
struct names {
	struct buf out;
	struct buf one;
	const char *skip[2];
};

static int names_has(const struct names *v, const char *s, size_t n)
{
	for (int i = 0; i < 2; i++)
		if (v->skip[i] && strlen(v->skip[i]) == n && !strncasecmp(v->skip[i], s, n))
			return 1;
	for (const char *p = v->out.data; *p;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		if (len == n && !strncasecmp(p, s, n))
			return 1;
		if (!bar)
			break;
		p = bar + 1;
	}
	return 0;
}

/* Add the names in s[0..n), separated by '|' (a name never holds one). */
static void names_add(struct names *v, const char *s, size_t n)
{
	while (n) {
		const char *bar = memchr(s, '|', n);
		size_t len = bar ? (size_t)(bar - s) : n;
		clean_name(&v->one, s, len);
		if (v->one.len && v->one.len <= CAP_PLACE_NAME_BYTES && !names_has(v, v->one.data, v->one.len) &&
		    v->out.len + 1 + v->one.len <= CAP_PLACE_VARIANTS_BYTES) {
			if (v->out.len)
				buf_addc(&v->out, '|');
			buf_add(&v->out, v->one.data, v->one.len);
		}
		if (!bar)
			break;
		n -= len + 1;
		s = bar + 1;
	}
}

static void names_start(struct names *v, const char *name_en, const char *name_ar)
{
	buf_reset(&v->out);
	v->skip[0] = name_en;
	v->skip[1] = name_ar;
}

static void names_release(struct names *v)
{
	buf_release(&v->out);
	buf_release(&v->one);
}

/* ------------------------------------------------------------ values */

static const char *trim(const char *s, size_t *n)
{
	size_t len = strlen(s);
	while (len && (unsigned char)*s <= ' ') {
		s++;
		len--;
	}
	while (len && (unsigned char)s[len - 1] <= ' ')
		len--;
	*n = len;
	return s;
}

/* A coordinate as written ("36.2", "36,2"): 0 and *out, NAN for an empty
 * value (unknown), -1 when it is not a number. */
static int parse_coord(const char *s, double *out)
{
	char tmp[64];
	size_t n;
	s = trim(s, &n);
	*out = NAN;
	if (!n)
		return 0;
	if (n >= sizeof tmp)
		return -1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	char *comma = strchr(tmp, ',');
	if (comma && !strchr(tmp, '.') && !strchr(comma + 1, ','))
		*comma = '.';
	char *end;
	double v = strtod(tmp, &end);
	if (end == tmp || *end || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

/* A population: digits, maybe grouped ("12,345", "12 345") or with a zero
 * fraction ("1234.0"); empty is 0 (unknown). -1 when it is not one. */
static int parse_population(const char *s, long *out)
{
	size_t n;
	s = trim(s, &n);
	long long v = 0;
	size_t digits = 0, i = 0;
	*out = 0;
	for (; i < n; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9') {
			if (v > 100000000000LL)
				return -1;
			v = v * 10 + (c - '0');
			digits++;
		} else if ((c == ',' || c == ' ' || c == '_') && digits) {
			continue;
		} else {
			break;
		}
	}
	if (i < n && s[i] == '.' && digits) {
		for (i++; i < n && s[i] == '0'; i++)
			;
	}
	if (i < n || (n && !digits))
		return -1;
	*out = (long)v;
	return 0;
}

static int is_ascii_letter(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int all_digits(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 18 && strspn(s, "0123456789") == n;
}

/* Where the reason a coordinate pair is refused goes; 0 when it is fine. */
static int check_coords(const char *lat_s, const char *lon_s, double *lat, double *lon, char *why,
			size_t cap)
{
	if (parse_coord(lat_s, lat))
		return snprintf(why, cap, "latitude '%.40s' is not a number", lat_s), -1;
	if (parse_coord(lon_s, lon))
		return snprintf(why, cap, "longitude '%.40s' is not a number", lon_s), -1;
	if (isnan(*lat) != isnan(*lon))
		return snprintf(why, cap, "%s without %s", isnan(*lat) ? "longitude" : "latitude",
				isnan(*lat) ? "latitude" : "longitude"), -1;
	if (!isnan(*lat) && (*lat < -90 || *lat > 90))
		return snprintf(why, cap, "latitude %g out of range (-90 to 90)", *lat), -1;
	if (!isnan(*lon) && (*lon < -180 || *lon > 180))
		return snprintf(why, cap, "longitude %g out of range (-180 to 180)", *lon), -1;
	return 0;
}

/* A line that opens an HTML or XML page rather than a gazetteer. */
static int looks_like_markup(const char *s, size_t n)
{
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		n -= 3;
	}
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	return n && *s == '<';
}

/* ------------------------------------------------------------ GeoNames */

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
	struct names variants;
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
	struct err pe;
	err_at(&pe, ERR_INPUT, r->in->path, r->l.lineno, "%s, row skipped", why);
	g->sink->problem(g->sink->ctx, &pe);
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
		if (got == LINES_TOO_LONG && ferror(r->in->f))
			return ERR_IO;   /* the same number: lines_next set e */
		if (got == LINES_EOF)
			return r->started ? 0 : err_at(e, ERR_INPUT, r->in->path, 0, "empty file, not %s", r->what);
		if (got == LINES_TOO_LONG) {
			rc = gn_reject(g, r, e, "line longer than %u KB", CAP_GAZ_RECORD_BYTES >> 10);
			if (rc)
				return rc;
			continue;
		}
		if (got != LINES_OK)
			return got;
		if (!len)
			continue;
		if (memchr(line, '\0', len) || !utf8_valid(line, len, NULL)) {
			rc = gn_reject(g, r, e, r->started ? "invalid UTF-8" : "binary, or not UTF-8 text");
			if (rc)
				return rc;
			continue;
		}
		if (!r->started && looks_like_markup(line, len))
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
	clean_name(&g->tmp, s, strlen(s));
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
	if (check_coords(c[4], c[5], &lat, &lon, why, sizeof why))
		return gn_reject(g, r, e, "%s", why);
	if (isnan(lat))
		return gn_reject(g, r, e, "no coordinates");
	if (parse_population(c[14], &population))
		return gn_reject(g, r, e, "population '%.40s' is not a number", c[14]);
	int kind = geonames_kind(c[6], c[7], population);
	if (kind < 0)
		return 0;
	size_t cc_len = strlen(c[8]);
	if (cc_len != 2 || !is_ascii_letter(c[8][0]) || !is_ascii_letter(c[8][1]))
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
	clean_name(&g->tmp, c[3], strlen(c[3]));
	if (g->tmp.len > CAP_PLACE_NAME_BYTES)
		return gn_reject(g, r, e, "name longer than %d bytes", CAP_PLACE_NAME_BYTES);
	enum script sc = name_script(g->tmp.data, g->tmp.len, NULL);
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
		if (name_script(s, n, &plain) == SCRIPT_ARABIC) {
			if (plain) {
				clean_name(&g->ar, s, n);
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
		clean_name(&g->ar, any, any_len);
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
		names_start(&g->variants, name_en, g->ar.data);
		names_add(&g->variants, S(g, row->name), strlen(S(g, row->name)));
		names_add(&g->variants, S(g, row->ascii), strlen(S(g, row->ascii)));
		for (const char *s = S(g, row->alternates); *s;) {
			size_t n = strcspn(s, ",");
			enum script sc = name_script(s, n, NULL);
			if (sc == SCRIPT_LATIN || sc == SCRIPT_ARABIC)
				names_add(&g->variants, s, n);
			s += n + (s[n] == ',');
		}
		for (size_t k = row->names; k; k = g->alts[k - 1].next) {
			const char *s = S(g, g->alts[k - 1].text);
			names_add(&g->variants, s, strlen(s));
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

static int rewind_file(const struct gaz_file *in, struct err *e)
{
	if (fseek(in->f, 0, SEEK_SET) != 0)
		return err_at(e, ERR_IO, in->path, 0, "cannot read it twice (not a regular file?)");
	clearerr(in->f);
	return 0;
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
	buf_init(&g.variants.out);
	buf_init(&g.variants.one);
	int *kinds = xcalloc((size_t)nextra + 1, sizeof *kinds);
	int rc = gn_read_dump(&g, dump, e);
	/* what each file beside it is, before reading any: admin codes add
	 * places that alternate names may then name */
	for (int i = 0; i < nextra && !rc; i++) {
		rc = gn_read_extra(&g, &extra[i], 0, &kinds[i], e);
		if (!rc)
			rc = rewind_file(&extra[i], e);
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
	names_release(&g.variants);
	return rc;
}

/* ------------------------------------------------------------ CSV */

enum role {
	R_NONE = -1,
	/* one column each */
	R_ID, R_NAME_EN, R_NAME_AR, R_VARIANTS, R_KIND, R_LAT, R_LON, R_GOV, R_DIST, R_COUNTRY, R_POP,
	R_SINGLE,
	/* one column per admin level (0-4), alternate names any number */
	R_ADM_EN = R_SINGLE, R_ADM_AR, R_ADM_PCODE, R_ADM_ALT
};

#define ADM_LEVELS 5

/* Header names, lower case without '_', '-', ' ', '.'; earlier ones win
 * when a file has two for the same role. */
static const struct { const char *name; enum role role; } header_names[] = {
	{ "pcode", R_ID }, { "placecode", R_ID }, { "id", R_ID }, { "placeid", R_ID },
	{ "nameen", R_NAME_EN }, { "englishname", R_NAME_EN }, { "nameenglish", R_NAME_EN },
	{ "placenameen", R_NAME_EN }, { "english", R_NAME_EN }, { "name", R_NAME_EN },
	{ "placename", R_NAME_EN }, { "locationen", R_NAME_EN }, { "location", R_NAME_EN },
	{ "namear", R_NAME_AR }, { "arabicname", R_NAME_AR }, { "namearabic", R_NAME_AR },
	{ "placenamear", R_NAME_AR }, { "arabic", R_NAME_AR }, { "locationar", R_NAME_AR },
	{ "variants", R_VARIANTS }, { "altnames", R_VARIANTS }, { "alternatenames", R_VARIANTS },
	{ "alternativenames", R_VARIANTS }, { "aliases", R_VARIANTS }, { "othernames", R_VARIANTS },
	{ "kind", R_KIND }, { "placekind", R_KIND }, { "placetype", R_KIND }, { "featuretype", R_KIND },
	{ "type", R_KIND }, { "level", R_KIND }, { "adminlevel", R_KIND },
	{ "lat", R_LAT }, { "latitude", R_LAT }, { "latitudey", R_LAT }, { "y", R_LAT }, { "ycoord", R_LAT },
	{ "lon", R_LON }, { "lng", R_LON }, { "long", R_LON }, { "longitude", R_LON },
	{ "longitudex", R_LON }, { "x", R_LON }, { "xcoord", R_LON },
	{ "governorate", R_GOV }, { "governorateen", R_GOV }, { "province", R_GOV },
	{ "provinceen", R_GOV }, { "admin1", R_GOV }, { "adm1", R_GOV },
	{ "district", R_DIST }, { "districten", R_DIST }, { "admin2", R_DIST }, { "adm2", R_DIST },
	{ "country", R_COUNTRY }, { "countrycode", R_COUNTRY }, { "iso2", R_COUNTRY },
	{ "countryiso2", R_COUNTRY }, { "iso", R_COUNTRY }, { "cc", R_COUNTRY }, { "iso3", R_COUNTRY },
	{ "countryiso3", R_COUNTRY },
	{ "population", R_POP }, { "pop", R_POP },
};

/* ISO 3166 alpha-3 codes a country column may hold, for the countries
 * civilian-harm monitors work in most. */
static const char iso3[][2][4] = {
	{ "SYR", "SY" }, { "IRQ", "IQ" }, { "LBY", "LY" }, { "YEM", "YE" }, { "PSE", "PS" },
	{ "LBN", "LB" }, { "JOR", "JO" }, { "TUR", "TR" }, { "SDN", "SD" }, { "SSD", "SS" },
	{ "SOM", "SO" }, { "AFG", "AF" }, { "UKR", "UA" }, { "EGY", "EG" }, { "IRN", "IR" },
	{ "SAU", "SA" }, { "MLI", "ML" }, { "NGA", "NG" }, { "ETH", "ET" }, { "COD", "CD" },
	{ "ISR", "IL" }, { "PAK", "PK" }, { "MMR", "MM" }, { "BFA", "BF" }, { "NER", "NE" },
};

struct csv_in {
	const struct gaz_file *in;
	const struct gaz_sink *sink;
	const char *source;          /* the file's name without its folders */
	char country[3];             /* --country, "" none */
	struct lines l;
	struct csv_parser p;
	unsigned char delim;         /* 0 until the header line has shown it */
	int header_done;
	/* the row being read */
	struct buf fields;
	size_t off[CAP_CSV_FIELDS];
	int nfields, too_many, row_done;
	/* the header's columns */
	int ncols;
	signed char role[CAP_CSV_FIELDS];
	signed char level[CAP_CSV_FIELDS];
	int col[R_SINGLE];
	int adm[3][ADM_LEVELS];      /* R_ADM_EN, R_ADM_AR, R_ADM_PCODE columns */
	int rank[R_SINGLE];
	int id_is_pcode;
	/* the place being made */
	char cc[3];
	struct buf id, name_en, name_ar, gov, dist, tmp;
	struct names variants;
};

static void on_field(void *data, size_t len, void *ctx)
{
	struct csv_in *c = ctx;
	if (c->nfields >= CAP_CSV_FIELDS) {
		c->too_many = 1;
		return;
	}
	c->off[c->nfields++] = c->fields.len;
	buf_add(&c->fields, data ? data : "", data ? len : 0);
	buf_addc(&c->fields, '\0');
}

static void on_row(int ch, void *ctx)
{
	((struct csv_in *)ctx)->row_done = 1;
}

static const char *cell(const struct csv_in *c, int col)
{
	return col >= 0 && col < c->nfields ? c->fields.data + c->off[col] : "";
}

static void csv_reset_row(struct csv_in *c)
{
	csv_free(&c->p);
	csv_init(&c->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	if (c->delim)
		csv_set_delim(&c->p, c->delim);
	buf_reset(&c->fields);
	c->nfields = 0;
	c->too_many = 0;
	c->row_done = 0;
}

/* The separator a header line uses: the most frequent of , ; and tab
 * outside quotes. */
static unsigned char sniff_delim(const char *s, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0;
	int quoted = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == ',')
			comma++;
		else if (!quoted && s[i] == ';')
			semi++;
		else if (!quoted && s[i] == '\t')
			tab++;
	}
	return tab > comma && tab >= semi ? '\t' : semi > comma ? ';' : ',';
}

enum { CSV_END, CSV_ROW, CSV_BAD };

/* The next row into c->fields: *status CSV_ROW (*line: where it starts),
 * CSV_BAD (pe says why, without position; the row is skipped) or CSV_END.
 * Returns 0, or ERR_IO with e set. */
static int csv_next(struct csv_in *c, int *status, long *line, struct err *pe, struct err *e)
{
	size_t bytes = 0;
	int bad_text = 0;
	csv_reset_row(c);
	for (;;) {
		const char *s;
		size_t len;
		int got = lines_next(&c->l, &s, &len, e);
		if (got == LINES_TOO_LONG && ferror(c->in->f))
			return ERR_IO;   /* the same number: lines_next set e */
		if (got == LINES_EOF) {
			*status = CSV_END;
			if (!bytes)
				return 0;
			if (csv_fini(&c->p, on_field, on_row, c) != 0) {
				*status = CSV_BAD;
				err_set(pe, ERR_INPUT, "unterminated quoted field at the end of the file");
				return 0;
			}
			break;
		}
		if (got != LINES_OK && got != LINES_TOO_LONG)
			return got;
		if (got == LINES_OK && !bytes && !len)
			continue;   /* a blank line between rows */
		if (!bytes)
			*line = c->l.lineno;
		if (got == LINES_TOO_LONG || (bytes += len + 1) > CAP_GAZ_RECORD_BYTES) {
			*status = CSV_BAD;
			err_set(pe, ERR_INPUT, "row longer than %u KB (an unterminated quote?)", CAP_GAZ_RECORD_BYTES >> 10);
			return 0;
		}
		if (memchr(s, '\0', len) || !utf8_valid(s, len, NULL))
			bad_text = 1;
		if (bad_text && !c->header_done) {
			*status = CSV_BAD;
			err_set(pe, ERR_INPUT, "binary, or not UTF-8 text");
			return 0;
		}
		if (!c->header_done && !c->delim) {
			if (looks_like_markup(s, len)) {
				*status = CSV_BAD;
				err_set(pe, ERR_INPUT, "an HTML or XML page");
				return 0;
			}
			c->delim = sniff_delim(s, len);
			csv_set_delim(&c->p, c->delim);
		}
		if (csv_parse(&c->p, s, len, on_field, on_row, c) != len ||
		    csv_parse(&c->p, "\n", 1, on_field, on_row, c) != 1) {
			*status = CSV_BAD;
			err_set(pe, ERR_INPUT, "malformed CSV (a quote inside a field that is not quoted, or text after a closing quote)");
			return 0;
		}
		if (c->row_done)
			break;
	}
	*status = CSV_ROW;
	if (bad_text) {
		*status = CSV_BAD;
		err_set(pe, ERR_INPUT, "invalid UTF-8");
	} else if (c->too_many) {
		*status = CSV_BAD;
		err_set(pe, ERR_INPUT, "more than %d fields", CAP_CSV_FIELDS);
	}
	return 0;
}

/* A header name in the form header_names lists them. */
static void header_key(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	if (!strncmp(s, "\xEF\xBB\xBF", 3))
		s += 3;
	for (; *s && n + 1 < cap; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '_' || ch == '-' || ch == ' ' || ch == '.' || ch == '\t')
			continue;
		out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
	}
	out[n] = '\0';
}

/* "admin2Name_en", "ADM2_EN", "admin2Pcode", "admin2AltName1_ar" ...:
 * the role and *level, or R_NONE. */
static int admin_role(const char *k, int *level)
{
	if (!strncmp(k, "admin", 5))
		k += 5;
	else if (!strncmp(k, "adm", 3))
		k += 3;
	else
		return R_NONE;
	if (*k < '0' || *k > '4')
		return R_NONE;
	*level = *k++ - '0';
	if (!strcmp(k, "nameen") || !strcmp(k, "en") || !strcmp(k, "name"))
		return R_ADM_EN;
	if (!strcmp(k, "namear") || !strcmp(k, "ar"))
		return R_ADM_AR;
	if (!strcmp(k, "pcode"))
		return R_ADM_PCODE;
	size_t n = strlen(k);
	if (!strncmp(k, "altname", 7) && n > 9 && (!strcmp(k + n - 2, "en") || !strcmp(k + n - 2, "ar")))
		return R_ADM_ALT;
	return R_NONE;
}

static int csv_header(struct csv_in *c, long line, struct err *e)
{
	for (int r = 0; r < R_SINGLE; r++)
		c->col[r] = -1;
	for (int t = 0; t < 3; t++)
		for (int k = 0; k < ADM_LEVELS; k++)
			c->adm[t][k] = -1;
	c->ncols = c->nfields;
	for (int i = 0; i < c->ncols; i++) {
		char k[64];
		int level = 0, role = R_NONE, rank = 0;
		header_key(cell(c, i), k, sizeof k);
		c->role[i] = R_NONE;
		c->level[i] = 0;
		role = admin_role(k, &level);
		if (role == R_NONE) {
			for (size_t h = 0; h < sizeof header_names / sizeof *header_names; h++)
				if (!strcmp(k, header_names[h].name)) {
					role = header_names[h].role;
					rank = (int)h;
					break;
				}
		}
		if (role == R_NONE)
			continue;
		if (role < R_SINGLE) {
			if (c->col[role] >= 0 && c->rank[role] <= rank)
				continue;
			if (c->col[role] >= 0)
				c->role[c->col[role]] = R_NONE;
			c->col[role] = i;
			c->rank[role] = rank;
			if (role == R_ID)
				c->id_is_pcode = !strcmp(k, "pcode") || !strcmp(k, "placecode");
		} else if (role != R_ADM_ALT) {
			if (c->adm[role - R_ADM_EN][level] >= 0)
				continue;
			c->adm[role - R_ADM_EN][level] = i;
		}
		c->role[i] = (signed char)role;
		c->level[i] = (signed char)level;
	}
	int named = c->col[R_NAME_EN] >= 0, pcodes = c->id_is_pcode;
	for (int k = 0; k < ADM_LEVELS; k++) {
		named |= c->adm[0][k] >= 0;
		pcodes |= c->adm[2][k] >= 0;
	}
	if (!named)
		return err_at(e, ERR_INPUT, c->in->path, line,
			      "not a CSV gazetteer: its header names no place name column (name_en, name, "
			      "admin1Name_en ... admin4Name_en)");
	if (c->col[R_COUNTRY] < 0 && !pcodes && !*c->country)
		return err_at(e, ERR_INPUT, c->in->path, line,
			      "no country column and no P-codes: give the places' country with --country CC");
	return 0;
}

/* Without a column named for Arabic names, a column whose values are in
 * Arabic script is one: at least 4 in 5 of the non-empty values in the
 * first 500 rows. */
static int csv_has_arabic(const struct csv_in *c)
{
	for (int k = 0; k < ADM_LEVELS; k++)
		if (c->adm[1][k] >= 0)
			return 1;
	return c->col[R_NAME_AR] >= 0;
}

/* Reads rows after the header; *col gets the column, -1 none. */
static int csv_find_arabic(struct csv_in *c, int *col, struct err *e)
{
	*col = -1;
	long *filled = xcalloc((size_t)c->ncols, sizeof *filled);
	long *arabic = xcalloc((size_t)c->ncols, sizeof *arabic);
	int rc = 0, status;
	long line;
	struct err pe;
	for (int rows = 0; rows < 500; rows++) {
		rc = csv_next(c, &status, &line, &pe, e);
		if (rc || status == CSV_END)
			break;
		if (status != CSV_ROW)
			continue;
		for (int i = 0; i < c->ncols && i < c->nfields; i++) {
			size_t n;
			const char *v = trim(cell(c, i), &n);
			if (c->role[i] != R_NONE || !n)
				continue;
			filled[i]++;
			arabic[i] += name_script(v, n, NULL) == SCRIPT_ARABIC;
		}
	}
	for (int i = 0; i < c->ncols && *col < 0; i++)
		if (filled[i] && arabic[i] * 5 >= filled[i] * 4)
			*col = i;
	free(filled);
	free(arabic);
	return rc;
}

/* The country code a value names: "SY", "sy", "SYR", a P-code "SY0203";
 * 0 when it names none. */
static int country_of(const char *v, char out[3])
{
	size_t n;
	v = trim(v, &n);
	if (n < 2 || !is_ascii_letter(v[0]) || !is_ascii_letter(v[1]))
		return 0;
	out[0] = (char)(v[0] & ~0x20);
	out[1] = (char)(v[1] & ~0x20);
	out[2] = '\0';
	if (n == 2 || (v[2] >= '0' && v[2] <= '9'))
		return 1;
	if (n == 3) {
		char up[4] = { out[0], out[1], (char)(v[2] & ~0x20), '\0' };
		for (size_t i = 0; i < sizeof iso3 / sizeof *iso3; i++)
			if (!strcmp(up, iso3[i][0])) {
				memcpy(out, iso3[i][1], 3);
				return 1;
			}
	}
	return 0;
}

/* The kind a kind column's value names, -1 none. */
static int kind_of(const char *v)
{
	static const struct { const char *name; enum place_kind k; } more[] = {
		{ "0", PK_COUNTRY }, { "adm0", PK_COUNTRY }, { "admin0", PK_COUNTRY },
		{ "1", PK_GOVERNORATE }, { "adm1", PK_GOVERNORATE }, { "admin1", PK_GOVERNORATE },
		{ "state", PK_GOVERNORATE }, { "2", PK_DISTRICT }, { "adm2", PK_DISTRICT },
		{ "admin2", PK_DISTRICT }, { "qadaa", PK_DISTRICT }, { "3", PK_SUBDISTRICT },
		{ "adm3", PK_SUBDISTRICT }, { "admin3", PK_SUBDISTRICT }, { "4", PK_VILLAGE },
		{ "adm4", PK_VILLAGE }, { "admin4", PK_VILLAGE }, { "community", PK_VILLAGE },
		{ "locality", PK_VILLAGE }, { "hamlet", PK_VILLAGE }, { "settlement", PK_VILLAGE },
		{ "camp", PK_LANDMARK }, { "site", PK_LANDMARK }, { "idpcamp", PK_LANDMARK },
		{ "capital", PK_CITY },
	};
	char low[40], key[40];
	size_t n;
	v = trim(v, &n);
	if (!n || n >= sizeof low)
		return -1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]);
	low[n] = '\0';
	int k = place_kind_parse(low);
	if (k >= 0)
		return k;
	header_key(low, key, sizeof key);
	if ((k = place_kind_parse(key)) >= 0)
		return k;
	for (size_t i = 0; i < sizeof more / sizeof *more; i++)
		if (!strcmp(key, more[i].name))
			return (int)more[i].k;
	return -1;
}

static int kind_by_population(long population)
{
	return population >= 100000 ? PK_CITY : population >= 10000 ? PK_TOWN : PK_VILLAGE;
}

/* A name cell, cleaned into out; its reason for refusal in why. */
static int csv_name(struct buf *out, const char *v, const char *what, char *why, size_t cap)
{
	clean_name(out, v, strlen(v));
	if (out->len > CAP_PLACE_NAME_BYTES)
		return snprintf(why, cap, "%s longer than %d bytes", what, CAP_PLACE_NAME_BYTES), -1;
	return 0;
}

/* Variants written in one cell, separated by | ; , or the Arabic comma. */
static void csv_variants(struct csv_in *c, const char *v)
{
	buf_reset(&c->tmp);
	for (; *v; v++) {
		if (*v == ';' || *v == ',')
			buf_addc(&c->tmp, '|');
		else if (!strncmp(v, "\xD8\x8C", 2)) {
			buf_addc(&c->tmp, '|');
			v++;
		} else
			buf_addc(&c->tmp, *v);
	}
	names_add(&c->variants, c->tmp.data, c->tmp.len);
}

/* The place of the row read: 0, or -1 with the reason in why. */
static int csv_place(struct csv_in *c, long line, struct place_row *p, char *why, size_t cap)
{
	int level = -1;
	const char *name_en = cell(c, c->col[R_NAME_EN]), *name_ar = cell(c, c->col[R_NAME_AR]);
	const char *pcode = "";
	if (c->col[R_NAME_EN] < 0) {
		for (int k = ADM_LEVELS - 1; k >= 0 && level < 0; k--) {
			size_t n;
			if (c->adm[0][k] >= 0 && (trim(cell(c, c->adm[0][k]), &n), n))
				level = k;
		}
		if (level < 0)
			return snprintf(why, cap, "no name"), -1;
		name_en = cell(c, c->adm[0][level]);
		if (c->adm[1][level] >= 0)
			name_ar = cell(c, c->adm[1][level]);
		pcode = cell(c, c->adm[2][level]);
	}
	if (csv_name(&c->name_en, name_en, "name", why, cap) || csv_name(&c->name_ar, name_ar, "Arabic name", why, cap))
		return -1;
	if (!c->name_en.len)
		return snprintf(why, cap, c->name_ar.len ? "no English name" : "no name"), -1;

	double lat, lon;
	long population;
	if (check_coords(cell(c, c->col[R_LAT]), cell(c, c->col[R_LON]), &lat, &lon, why, cap))
		return -1;
	if (parse_population(cell(c, c->col[R_POP]), &population))
		return snprintf(why, cap, "population '%.40s' is not a number", cell(c, c->col[R_POP])), -1;

	int kind;
	size_t n;
	const char *kv = trim(cell(c, c->col[R_KIND]), &n);
	if (n) {
		kind = kind_of(kv);
		if (kind < 0)
			return snprintf(why, cap, "unknown kind '%.40s' (country, governorate, district, subdistrict, "
					"city, town, village, neighbourhood, landmark)", kv), -1;
	} else if (level >= 0) {
		static const int by_level[ADM_LEVELS] = { PK_COUNTRY, PK_GOVERNORATE, PK_DISTRICT, PK_SUBDISTRICT,
							  PK_VILLAGE };
		kind = by_level[level];
	} else {
		kind = kind_by_population(population);
	}

	/* the admin chain: named columns, else the admin levels above its own */
	const char *gov = cell(c, c->col[R_GOV]), *dist = cell(c, c->col[R_DIST]);
	if (c->col[R_GOV] < 0 && (level < 0 || level > 1))
		gov = cell(c, c->adm[0][1]);
	if (c->col[R_DIST] < 0 && (level < 0 || level > 2))
		dist = cell(c, c->adm[0][2]);
	if (kind <= PK_GOVERNORATE)
		gov = "";
	if (kind <= PK_DISTRICT)
		dist = "";
	if (csv_name(&c->gov, gov, "governorate", why, cap) || csv_name(&c->dist, dist, "district", why, cap))
		return -1;

	char *cc = c->cc;
	if (!country_of(cell(c, c->col[R_COUNTRY]), cc) && !country_of(cell(c, c->adm[2][0]), cc) &&
	    !((c->id_is_pcode && country_of(cell(c, c->col[R_ID]), cc)) || country_of(pcode, cc))) {
		if (!*c->country) {
			const char *v = cell(c, c->col[R_COUNTRY]);
			return snprintf(why, cap, *v ? "country '%.40s' is not an ISO 3166 code (give --country CC)"
						      : "no country (give --country CC)", v), -1;
		}
		memcpy(cc, c->country, 3);
	}

	const char *id = trim(cell(c, c->col[R_ID]), &n);
	buf_reset(&c->id);
	if (n)
		buf_add(&c->id, id, n);
	else if ((id = trim(pcode, &n)), n)
		buf_add(&c->id, id, n);
	else
		buf_addf(&c->id, "%s:%ld", c->source, line);
	if (c->id.len > CAP_PLACE_ID_BYTES)
		return snprintf(why, cap, "id longer than %d bytes", CAP_PLACE_ID_BYTES), -1;

	const char *variants = cell(c, c->col[R_VARIANTS]);
	if (strlen(variants) > CAP_PLACE_VARIANTS_BYTES)
		return snprintf(why, cap, "variants longer than %u KB", CAP_PLACE_VARIANTS_BYTES >> 10), -1;
	names_start(&c->variants, c->name_en.data, c->name_ar.data);
	csv_variants(c, variants);
	for (int i = 0; i < c->ncols; i++)
		if (c->role[i] == R_ADM_ALT && (level < 0 || c->level[i] == level))
			csv_variants(c, cell(c, i));

	*p = (struct place_row){
		.id = c->id.data, .kind = (enum place_kind)kind, .country = cc,
		.governorate = c->gov.data, .district = c->dist.data, .lat = lat, .lon = lon,
		.population = population, .name_en = c->name_en.data, .name_ar = c->name_ar.data,
		.variants = c->variants.out.data, .source = c->source,
	};
	return 0;
}

/* Start reading at the file's beginning and read its header. */
static int csv_start(struct csv_in *c, struct err *e)
{
	int status;
	long line = 0;
	struct err pe;
	lines_release(&c->l);
	lines_init(&c->l, c->in->f, c->in->path, CAP_GAZ_RECORD_BYTES);
	c->header_done = 0;
	int rc = csv_next(c, &status, &line, &pe, e);
	if (rc)
		return rc;
	if (status == CSV_END)
		return err_at(e, ERR_INPUT, c->in->path, 0, "empty file (no header row), not a CSV gazetteer");
	if (status == CSV_BAD)
		return err_at(e, ERR_INPUT, c->in->path, line, "not a CSV gazetteer: %s", pe.what);
	c->header_done = 1;
	return csv_header(c, line, e);
}

int gaz_import_csv(const struct gaz_file *in, const char *country, const struct gaz_sink *sink,
		   struct err *e)
{
	struct csv_in c;
	memset(&c, 0, sizeof c);
	if (country && (strlen(country) != 2 || !country_of(country, c.country)))
		return err_set(e, ERR_USAGE, "--country wants a two-letter code such as SY, not '%s'", country);
	c.in = in;
	c.sink = sink;
	const char *slash = strrchr(in->path, '/');
	c.source = slash ? slash + 1 : in->path;
	buf_init(&c.fields);
	buf_init(&c.id);
	buf_init(&c.name_en);
	buf_init(&c.name_ar);
	buf_init(&c.gov);
	buf_init(&c.dist);
	buf_init(&c.tmp);
	buf_init(&c.variants.out);
	buf_init(&c.variants.one);
	csv_init(&c.p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	lines_init(&c.l, in->f, in->path, CAP_GAZ_RECORD_BYTES);

	int rc = csv_start(&c, e);
	if (!rc && !csv_has_arabic(&c)) {
		/* a first look at the rows for an Arabic column, then read again */
		int col;
		rc = csv_find_arabic(&c, &col, e);
		if (!rc)
			rc = rewind_file(in, e);
		if (!rc)
			rc = csv_start(&c, e);
		if (!rc && col >= 0) {
			c.col[R_NAME_AR] = col;
			c.role[col] = R_NAME_AR;
		}
	}
	while (!rc) {
		int status;
		long line = 0;
		struct err pe;
		rc = csv_next(&c, &status, &line, &pe, e);
		if (rc || status == CSV_END)
			break;
		struct place_row p;
		char why[sizeof pe.what];
		if (status == CSV_ROW && !csv_place(&c, line, &p, why, sizeof why)) {
			rc = sink->place(sink->ctx, &p, e);
			continue;
		}
		if (status == CSV_BAD)
			snprintf(why, sizeof why, "%s", pe.what);
		err_at(&pe, ERR_INPUT, in->path, line, "%s, row skipped", why);
		sink->problem(sink->ctx, &pe);
	}
	csv_free(&c.p);
	lines_release(&c.l);
	buf_release(&c.fields);
	buf_release(&c.id);
	buf_release(&c.name_en);
	buf_release(&c.name_ar);
	buf_release(&c.gov);
	buf_release(&c.dist);
	buf_release(&c.tmp);
	names_release(&c.variants);
	return rc;
}
