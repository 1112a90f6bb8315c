/* import_csv.c - a team's CSV gazetteer, or an OCHA P-code table, as
 * place_rows (see import.h).
 *
 * Rows are emitted as they are read, fed to libcsv a line at a time as
 * read_csv.c does, so that errors name the line where a row starts and
 * memory stays flat. */
#include "gazetteer/import_impl.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "io/csv_row.h"
#include "io/lines.h"

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
	struct csv_row row;
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
	struct import_names variants;
};

static const char *cell(const struct csv_in *c, int col)
{
	return col >= 0 && col < c->row.nfields ? csv_row_field(&c->row, col) : "";
}

static void csv_reset_row(struct csv_in *c)
{
	csv_free(&c->p);
	csv_init(&c->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	if (c->delim)
		csv_set_delim(&c->p, c->delim);
	csv_row_reset(&c->row);
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

/* The next row into c->row: *status CSV_ROW (*line: where it starts),
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
		if (got == LINES_EOF) {
			*status = CSV_END;
			if (!bytes)
				return 0;
			if (csv_fini(&c->p, csv_row_on_field, csv_row_on_row, &c->row) != 0) {
				*status = CSV_BAD;
				err_set(pe, ERR_INPUT, "unterminated quoted field at the end of the file");
				return 0;
			}
			break;
		}
		if (got != LINES_OK && got != LINES_TOO_LONG)
			return got;   /* ERR_IO, e set */
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
			if (import_looks_like_markup(s, len)) {
				*status = CSV_BAD;
				err_set(pe, ERR_INPUT, "an HTML or XML page");
				return 0;
			}
			c->delim = sniff_delim(s, len);
			csv_set_delim(&c->p, c->delim);
		}
		if (csv_parse(&c->p, s, len, csv_row_on_field, csv_row_on_row, &c->row) != len ||
		    csv_parse(&c->p, "\n", 1, csv_row_on_field, csv_row_on_row, &c->row) != 1) {
			*status = CSV_BAD;
			err_set(pe, ERR_INPUT, "malformed CSV (a quote inside a field that is not quoted, or text after a closing quote)");
			return 0;
		}
		if (c->row.done)
			break;
	}
	*status = CSV_ROW;
	if (bad_text) {
		*status = CSV_BAD;
		err_set(pe, ERR_INPUT, "invalid UTF-8");
	} else if (c->row.too_many) {
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
	c->ncols = c->row.nfields;
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
		for (int i = 0; i < c->ncols && i < c->row.nfields; i++) {
			size_t n;
			const char *v = import_trim(cell(c, i), &n);
			if (c->role[i] != R_NONE || !n)
				continue;
			filled[i]++;
			arabic[i] += import_name_script(v, n, NULL) == SCRIPT_ARABIC;
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
	v = import_trim(v, &n);
	if (n < 2 || !import_is_ascii_letter(v[0]) || !import_is_ascii_letter(v[1]))
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
	v = import_trim(v, &n);
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
	import_clean_name(out, v, strlen(v));
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
	import_names_add(&c->variants, c->tmp.data, c->tmp.len);
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
			if (c->adm[0][k] >= 0 && (import_trim(cell(c, c->adm[0][k]), &n), n))
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
	if (import_check_coords(cell(c, c->col[R_LAT]), cell(c, c->col[R_LON]), &lat, &lon, why, cap))
		return -1;
	if (import_parse_population(cell(c, c->col[R_POP]), &population))
		return snprintf(why, cap, "population '%.40s' is not a number", cell(c, c->col[R_POP])), -1;

	int kind;
	size_t n;
	const char *kv = import_trim(cell(c, c->col[R_KIND]), &n);
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

	const char *id = import_trim(cell(c, c->col[R_ID]), &n);
	buf_reset(&c->id);
	if (n)
		buf_add(&c->id, id, n);
	else if ((id = import_trim(pcode, &n)), n)
		buf_add(&c->id, id, n);
	else
		buf_addf(&c->id, "%s:%ld", c->source, line);
	if (c->id.len > CAP_PLACE_ID_BYTES)
		return snprintf(why, cap, "id longer than %d bytes", CAP_PLACE_ID_BYTES), -1;

	const char *variants = cell(c, c->col[R_VARIANTS]);
	if (strlen(variants) > CAP_PLACE_VARIANTS_BYTES)
		return snprintf(why, cap, "variants longer than %u KB", CAP_PLACE_VARIANTS_BYTES >> 10), -1;
	import_names_start(&c->variants, c->name_en.data, c->name_ar.data);
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
	csv_row_init(&c.row);
	buf_init(&c.id);
	buf_init(&c.name_en);
	buf_init(&c.name_ar);
	buf_init(&c.gov);
	buf_init(&c.dist);
	buf_init(&c.tmp);
	import_names_init(&c.variants);
	csv_init(&c.p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	lines_init(&c.l, in->f, in->path, CAP_GAZ_RECORD_BYTES);

	int rc = csv_start(&c, e);
	if (!rc && !csv_has_arabic(&c)) {
		/* a first look at the rows for an Arabic column, then read again */
		int col;
		rc = csv_find_arabic(&c, &col, e);
		if (!rc)
			rc = import_rewind(in, e);
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
		import_skip_row(sink, in->path, line, why);
	}
	csv_free(&c.p);
	lines_release(&c.l);
	csv_row_release(&c.row);
	buf_release(&c.id);
	buf_release(&c.name_en);
	buf_release(&c.name_ar);
	buf_release(&c.gov);
	buf_release(&c.dist);
	buf_release(&c.tmp);
	import_names_release(&c.variants);
	return rc;
}

