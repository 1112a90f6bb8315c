/* test_import.c - gazetteer imports (gazetteer/import.h): GeoNames dumps with
 * their admin names resolved, alternateNames and admin codes files, OCHA
 * P-code tables and a team's own CSV, and every way a file or a row can be
 * refused. Inputs are written in the tests; the places are made up or
 * well known, with rounded coordinates. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/xalloc.h"
#include "gazetteer/import.h"

#define GOT_MAX 64

/* What a sink was given: copies of the places, the problems as printed. */
struct got {
	struct place_row p[GOT_MAX];
	int n;
	char problem[GOT_MAX][1100];
	int nproblems;
	int stop_at;   /* > 0: the place with this number fails the import */
};

static int got_place(void *ctx, const struct place_row *p, struct err *e)
{
	struct got *g = ctx;
	if (g->stop_at && g->n + 1 == g->stop_at)
		return err_set(e, ERR_STORE, "store full");
	assert_true(g->n < GOT_MAX);
	struct place_row *c = &g->p[g->n++];
	*c = *p;
	c->id = xstrdup(p->id);
	c->country = xstrdup(p->country);
	c->governorate = xstrdup(p->governorate);
	c->district = xstrdup(p->district);
	c->name_en = xstrdup(p->name_en);
	c->name_ar = xstrdup(p->name_ar);
	c->variants = xstrdup(p->variants);
	c->source = xstrdup(p->source);
	return 0;
}

static void got_problem(void *ctx, const struct err *e)
{
	struct got *g = ctx;
	assert_true(g->nproblems < GOT_MAX);
	snprintf(g->problem[g->nproblems++], sizeof g->problem[0], "%s: %s", e->what, e->where);
}

static void got_free(struct got *g)
{
	for (int i = 0; i < g->n; i++) {
		struct place_row *c = &g->p[i];
		free((char *)c->id);
		free((char *)c->country);
		free((char *)c->governorate);
		free((char *)c->district);
		free((char *)c->name_en);
		free((char *)c->name_ar);
		free((char *)c->variants);
		free((char *)c->source);
	}
	memset(g, 0, sizeof *g);
}

static const struct place_row *by_id(const struct got *g, const char *id)
{
	for (int i = 0; i < g->n; i++)
		if (!strcmp(g->p[i].id, id))
			return &g->p[i];
	fail_msg("no place %s", id);
	return NULL;
}

static FILE *file_of(const char *data, size_t n)
{
	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	rewind(f);
	return f;
}

/* A geoname row: the 19 columns, those a test does not care about filled. */
static void gn_row(struct buf *b, const char *id, const char *name, const char *ascii, const char *alts,
		   const char *lat, const char *lon, const char *cls, const char *code, const char *a1,
		   const char *a2, const char *pop)
{
	buf_addf(b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\tSY\t\t%s\t%s\t\t\t%s\t\t400\tAsia/Damascus\t2024-01-01\n",
		 id, name, ascii, alts, lat, lon, cls, code, a1, a2, pop);
}

static int run_geonames(struct got *g, const struct buf *dump, const char *const *extra, int nextra,
			struct err *e)
{
	struct gaz_sink sink = { got_place, got_problem, g };
	struct gaz_file in = { file_of(dump->data, dump->len), "SY.txt" };
	struct gaz_file ex[4];
	static const char *const names[] = { "extra1.txt", "extra2.txt", "extra3.txt", "extra4.txt" };
	for (int i = 0; i < nextra; i++) {
		ex[i].f = file_of(extra[i], strlen(extra[i]));
		ex[i].path = names[i];
	}
	int rc = gaz_import_geonames(&in, ex, nextra, &sink, e);
	fclose(in.f);
	for (int i = 0; i < nextra; i++)
		fclose(ex[i].f);
	return rc;
}

static int run_csv(struct got *g, const char *data, size_t n, const char *country, struct err *e)
{
	struct gaz_sink sink = { got_place, got_problem, g };
	struct gaz_file in = { file_of(data, n), "lists/team.csv" };
	int rc = gaz_import_csv(&in, country, &sink, e);
	fclose(in.f);
	return rc;
}

#define RUN_CSV(g, lit, country, e) run_csv(g, lit, sizeof(lit) - 1, country, e)

/* The ADM rows come after the places that point at them, as they may in a
 * dump ordered by geonameid. */
static void geonames_dump(void **state)
{
	struct got g = { 0 };
	struct err e;
	struct buf d = BUF_INIT;
	gn_row(&d, "101", "Ḩalab", "Halab", "Alep,Aleppo,Haleb,Халеб,حلب,Χαλέπι", "36.20", "37.16", "P", "PPLA", "09",
	       "SY0200", "1800000");
	gn_row(&d, "102", "Şalāḩ ad Dīn", "Salah ad Din", "صلاح الدين", "36.18", "37.12", "P", "PPLX", "09", "SY0200", "");
	gn_row(&d, "103", "Ma‘arrat an Nu‘mān", "Ma`arrat an Nu`man", "معرة النعمان", "35.65", "36.67", "P", "PPL",
	       "10", "SY0701", "58000");
	gn_row(&d, "104", "‘Ayn al ‘Arab", "`Ayn al `Arab", "Kobani,Kobanê,کوبانی,كوباني,عين العرب", "36.89", "38.35", "P",
	       "PPLA2", "09", "SY0205", "45000");
	gn_row(&d, "105", "Kafr Nabl", "Kafr Nabl", "", "35.61", "36.56", "P", "PPL", "10", "SY0701", "0");
	gn_row(&d, "106", "Atmeh Camp", "Atmeh Camp", "مخيم أطمة", "36.31", "36.66", "S", "CMPRF", "10", "", "0");
	gn_row(&d, "107", "Jabal Sim‘ān", "Jabal Sim`an", "", "36.33", "36.84", "T", "MT", "09", "", "0");
	gn_row(&d, "108", "Old Aleppo", "Old Aleppo", "", "36.20", "37.15", "P", "PPLH", "09", "", "0");
	gn_row(&d, "109", "Some Farm", "Some Farm", "", "36.20", "37.15", "S", "FRM", "09", "", "0");
	gn_row(&d, "110", "Rural Village", "Rural Village", "", "36.20", "37.15", "P", "PPL", "09", "SY0200", "150000");
	gn_row(&d, "201", "Aleppo Governorate", "Aleppo Governorate", "محافظة حلب", "36.25", "37.50", "A", "ADM1", "09",
	       "", "4868000");
	gn_row(&d, "202", "Jebel Saman District", "Jebel Saman District", "", "36.20", "37.10", "A", "ADM2", "09",
	       "SY0200", "");
	gn_row(&d, "203", "Idlib Governorate", "Idlib Governorate", "", "35.80", "36.60", "A", "ADM1", "10", "", "");
	gn_row(&d, "204", "Syria", "Syria", "سوريا", "35.0", "38.0", "A", "PCLI", "00", "", "");
	gn_row(&d, "205", "Historic Region", "Historic Region", "", "35.0", "38.0", "A", "ADM1H", "09", "", "");

	assert_int_equal(run_geonames(&g, &d, NULL, 0, &e), 0);
	assert_int_equal(g.nproblems, 0);
	assert_int_equal(g.n, 11);   /* not T.MT, PPLH, S.FRM, ADM1H */

	const struct place_row *p = by_id(&g, "gn:101");
	assert_int_equal(p->kind, PK_CITY);
	assert_string_equal(p->country, "SY");
	assert_string_equal(p->governorate, "Aleppo Governorate");
	assert_string_equal(p->district, "Jebel Saman District");
	assert_string_equal(p->name_en, "Halab");
	assert_string_equal(p->name_ar, "حلب");
	/* the accented name and Latin alternates; not Cyrillic, not Greek */
	assert_string_equal(p->variants, "Ḩalab|Alep|Aleppo|Haleb");
	assert_true(fabs(p->lat - 36.20) < 1e-9 && fabs(p->lon - 37.16) < 1e-9);
	assert_int_equal(p->population, 1800000);
	assert_string_equal(p->source, "geonames");

	assert_int_equal(by_id(&g, "gn:102")->kind, PK_NEIGHBOURHOOD);
	p = by_id(&g, "gn:103");
	assert_int_equal(p->kind, PK_TOWN);          /* 10,000+ people */
	assert_string_equal(p->governorate, "Idlib Governorate");
	assert_string_equal(p->district, "");        /* the dump has no such ADM2 */
	assert_string_equal(p->name_en, "Ma'arrat an Nu'man");
	assert_string_equal(p->variants, "Ma‘arrat an Nu‘mān");
	/* plain Arabic first: not the Persian/Kurdish spelling listed before it */
	p = by_id(&g, "gn:104");
	assert_int_equal(p->kind, PK_TOWN);          /* PPLA2 */
	assert_string_equal(p->name_ar, "كوباني");
	assert_string_equal(p->variants, "‘Ayn al ‘Arab|Kobani|Kobanê|کوبانی|عين العرب");
	p = by_id(&g, "gn:105");
	assert_int_equal(p->kind, PK_VILLAGE);
	assert_string_equal(p->name_ar, "");
	assert_string_equal(p->variants, "");
	assert_int_equal(by_id(&g, "gn:106")->kind, PK_LANDMARK);
	assert_int_equal(by_id(&g, "gn:110")->kind, PK_CITY);   /* 100,000+ people */

	p = by_id(&g, "gn:201");
	assert_int_equal(p->kind, PK_GOVERNORATE);
	assert_string_equal(p->governorate, "");     /* itself */
	p = by_id(&g, "gn:202");
	assert_int_equal(p->kind, PK_DISTRICT);
	assert_string_equal(p->governorate, "Aleppo Governorate");
	assert_string_equal(p->district, "");
	p = by_id(&g, "gn:204");
	assert_int_equal(p->kind, PK_COUNTRY);
	assert_string_equal(p->governorate, "");
	got_free(&g);
	buf_release(&d);
}

static void geonames_alternate_names(void **state)
{
	struct got g = { 0 };
	struct err e;
	struct buf d = BUF_INIT;
	gn_row(&d, "101", "Aleppo", "Aleppo", "Alep,حلب", "36.20", "37.16", "P", "PPLA", "09", "", "1800000");
	gn_row(&d, "105", "Kafr Nabl", "Kafr Nabl", "كفر نبل", "35.61", "36.56", "P", "PPL", "10", "", "0");
	gn_row(&d, "201", "Aleppo Governorate", "Aleppo Governorate", "", "36.25", "37.50", "A", "ADM1", "09", "", "");
	/* V2 (10 columns) and V1 (8) rows may both come */
	const char *alt =
		"alternateNameId\tgeonameid\tisolanguage\talternate name\tisPreferredName\tisShortName\tisColloquial\tisHistoric\tfrom\tto\n"
		"1\t101\tar\tحلب الشهباء\t\t\t\t\t\t\n"
		"2\t101\tar\tحلب\t1\t\t\t\t\t\n"
		"3\t101\ten\tAleppo City\t\t\t\t\t\t\n"
		"4\t101\tlink\thttps://en.wikipedia.org/wiki/Aleppo\t\t\t\t\t\t\n"
		"5\t101\tiata\tALP\t\t\t\t\t\t\n"
		"6\t101\tfr\tAlep la ville\t\t\t\t\t\t\n"
		"7\t101\t\tHaleb\t\t\t\t\n"
		"8\t105\tar\tكفرنبل\t\t\t\t\t\t\n"
		"9\t999\tar\tليس هنا\t\t\t\t\t\t\n"
		"10\t201\tar\tولاية حلب\t\t\t\t1\t\t\n"
		"11\t201\ten\tПривет\t\t\t\t\t\t\n";
	assert_int_equal(run_geonames(&g, &d, &alt, 1, &e), 0);
	assert_int_equal(g.nproblems, 0);
	assert_int_equal(g.n, 3);
	const struct place_row *p = by_id(&g, "gn:101");
	assert_string_equal(p->name_ar, "حلب");     /* the preferred "ar" name */
	assert_string_equal(p->variants, "Alep|حلب الشهباء|Aleppo City|Haleb");
	/* an "ar" name from the file wins over the dump's Arabic-script one */
	p = by_id(&g, "gn:105");
	assert_string_equal(p->name_ar, "كفرنبل");
	assert_string_equal(p->variants, "كفر نبل");
	/* a historic name is only a variant; other scripts are dropped */
	p = by_id(&g, "gn:201");
	assert_string_equal(p->name_ar, "");
	assert_string_equal(p->variants, "ولاية حلب");
	got_free(&g);

	/* a place with more names than the variants cap keeps what fits */
	struct buf many = BUF_INIT;
	for (int i = 0; i < 8000; i++)
		buf_addf(&many, "%d\t105\ten\tKafr Nabl variant number %d\t\t\t\t\t\t\n", 100 + i, i);
	const char *one = many.data;
	assert_int_equal(run_geonames(&g, &d, &one, 1, &e), 0);
	p = by_id(&g, "gn:105");
	assert_true(strlen(p->variants) <= CAP_PLACE_VARIANTS_BYTES);
	assert_true(strlen(p->variants) > CAP_PLACE_VARIANTS_BYTES - 100);
	assert_true(!strncmp(p->variants, "Kafr Nabl variant number 0|Kafr Nabl variant number 1|", 54));
	got_free(&g);
	buf_release(&many);
	buf_release(&d);
}

/* cities15000.txt has no ADM rows (and, in some copies, a header line):
 * admin1CodesASCII names its governorates and adds them as places. */
static void geonames_admin_codes(void **state)
{
	struct got g = { 0 };
	struct err e;
	struct buf d = BUF_INIT;
	buf_adds(&d, "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class\tfeature_code\t"
		     "country_code\tcc2\tadmin1_code\tadmin2_code\tadmin3_code\tadmin4_code\tpopulation\televation\t"
		     "dem\ttimezone\tmodification_date\n");
	gn_row(&d, "101", "Ḩalab", "Halab", "حلب", "36.20", "37.16", "P", "PPLA", "09", "SY0200", "1800000");
	gn_row(&d, "103", "Ma‘arrat an Nu‘mān", "Ma`arrat an Nu`man", "", "35.65", "36.67", "P", "PPLA2", "10", "", "58000");
	gn_row(&d, "301", "Homs Governorate", "Homs Governorate", "", "34.7", "36.7", "A", "ADM1", "11", "", "");
	gn_row(&d, "302", "Homs", "Homs", "", "34.73", "36.72", "P", "PPLA", "11", "", "");
	const char *extra[] = {
		"code\tname\tname_ascii\tgeonameid\n"
		"SY.09\tḨalab\tAleppo\t201\n"
		"SY.10\tIdlib\tIdlib\t203\n"
		"SY.11\tḨimş\tHims\t301\n"        /* the dump has this ADM1 row: this names it */
		"IQ.02\tBasra\tBasra\t401\n",     /* another country's */
		"SY.09.SY0200\tJabal Sim‘ān\tJabal Sim`an\t202\n",
	};
	/* the alternate names for a place the admin codes add are found too,
	 * whichever order the files come in */
	const char *alt = "1\t201\tar\tمحافظة حلب\t1\t\t\t\t\t\n";
	const char *files[] = { alt, extra[0], extra[1] };
	assert_int_equal(run_geonames(&g, &d, files, 3, &e), 0);
	assert_int_equal(g.nproblems, 0);
	assert_int_equal(g.n, 7);
	assert_string_equal(by_id(&g, "gn:302")->governorate, "Hims");
	const struct place_row *p = by_id(&g, "gn:101");
	assert_string_equal(p->governorate, "Aleppo");
	assert_string_equal(p->district, "Jabal Sim'an");
	assert_string_equal(by_id(&g, "gn:103")->governorate, "Idlib");
	p = by_id(&g, "gn:201");
	assert_int_equal(p->kind, PK_GOVERNORATE);
	assert_true(isnan(p->lat) && isnan(p->lon));
	assert_string_equal(p->name_en, "Aleppo");
	assert_string_equal(p->name_ar, "محافظة حلب");
	assert_string_equal(p->variants, "Ḩalab");
	p = by_id(&g, "gn:202");
	assert_int_equal(p->kind, PK_DISTRICT);
	assert_string_equal(p->governorate, "Aleppo");
	p = by_id(&g, "gn:301");
	assert_string_equal(p->name_en, "Hims");
	assert_string_equal(p->variants, "Homs Governorate|Ḩimş");
	assert_true(fabs(p->lat - 34.7) < 1e-9);
	for (int i = 0; i < g.n; i++)
		assert_string_not_equal(g.p[i].id, "gn:401");
	got_free(&g);
	buf_release(&d);
}

static void geonames_bad_rows(void **state)
{
	struct got g = { 0 };
	struct err e;
	struct buf d = BUF_INIT, longname = BUF_INIT, alts = BUF_INIT;
	for (int i = 0; i < 10000; i++)
		buf_addc(&longname, 'o');
	for (int i = 0; i < 7000; i++)
		buf_adds(&alts, "Name many,");
	gn_row(&d, "101", "Aleppo", "Aleppo", "حلب", "36.20", "37.16", "P", "PPLA", "09", "", "1800000");
	buf_adds(&d, "102\tShort Row\tShort Row\t\t36.0\t37.0\tP\tPPL\tSY\n");                          /* 2 */
	gn_row(&d, "103", "Nowhere", "Nowhere", "", "north", "37.0", "P", "PPL", "09", "", "");              /* 3 */
	gn_row(&d, "104", "Far North", "Far North", "", "95.5", "37.0", "P", "PPL", "09", "", "");           /* 4 */
	gn_row(&d, "105", "Far East", "Far East", "", "35.5", "-181", "P", "PPL", "09", "", "");             /* 5 */
	gn_row(&d, "x106", "Bad Id", "Bad Id", "", "36.0", "37.0", "P", "PPL", "09", "", "");               /* 6 */
	gn_row(&d, "107", longname.data, "Long", "", "36.0", "37.0", "P", "PPL", "09", "", "");             /* 7 */
	gn_row(&d, "108", "Bad \xC8\xE1\xCF", "Bad", "", "36.0", "37.0", "P", "PPL", "09", "", "");         /* 8 */
	gn_row(&d, "109", "No Place", "No Place", "", "", "", "P", "PPL", "09", "", "");                     /* 9 */
	gn_row(&d, "110", "Crowd", "Crowd", "", "36.0", "37.0", "P", "PPL", "09", "", "many");               /* 10 */
	gn_row(&d, "111", "Names", "Names", alts.data, "36.0", "37.0", "P", "PPL", "09", "", "");           /* 11 */
	gn_row(&d, "112", " ", "", "", "36.0", "37.0", "P", "PPL", "09", "", "");                            /* 12 */
	gn_row(&d, "113", "Kafr Nabl", "Kafr Nabl", "كفر نبل", "35.61", "36.56", "P", "PPL", "10", "", "");  /* 13 */
	assert_int_equal(run_geonames(&g, &d, NULL, 0, &e), 0);
	/* the rows before and after the bad ones are kept */
	assert_int_equal(g.n, 2);
	assert_string_equal(g.p[0].id, "gn:101");
	assert_string_equal(g.p[1].id, "gn:113");
	assert_int_equal(g.nproblems, 11);
	assert_string_equal(g.problem[0], "9 tab-separated columns where a geoname row has 19, row skipped: SY.txt:2");
	assert_string_equal(g.problem[1], "latitude 'north' is not a number, row skipped: SY.txt:3");
	assert_string_equal(g.problem[2], "latitude 95.5 out of range (-90 to 90), row skipped: SY.txt:4");
	assert_string_equal(g.problem[3], "longitude -181 out of range (-180 to 180), row skipped: SY.txt:5");
	assert_string_equal(g.problem[4], "geonameid 'x106' is not a number, row skipped: SY.txt:6");
	assert_string_equal(g.problem[5], "name longer than 1000 bytes, row skipped: SY.txt:7");
	assert_string_equal(g.problem[6], "invalid UTF-8, row skipped: SY.txt:8");
	assert_string_equal(g.problem[7], "no coordinates, row skipped: SY.txt:9");
	assert_string_equal(g.problem[8], "population 'many' is not a number, row skipped: SY.txt:10");
	assert_string_equal(g.problem[9], "alternate names longer than 64 KB, row skipped: SY.txt:11");
	assert_string_equal(g.problem[10], "no name, row skipped: SY.txt:12");
	got_free(&g);

	/* a bad row in a file beside the dump */
	const char *alt = "1\t101\tar\tحلب\t1\t\t\t\t\t\n"
			  "2\t101\tar\n"
			  "x\t101\tar\tحلب\t1\t\t\t\t\t\n";
	buf_reset(&d);
	gn_row(&d, "101", "Aleppo", "Aleppo", "", "36.20", "37.16", "P", "PPLA", "09", "", "1800000");
	assert_int_equal(run_geonames(&g, &d, &alt, 1, &e), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.p[0].name_ar, "حلب");
	assert_int_equal(g.nproblems, 2);
	assert_string_equal(g.problem[0],
			    "3 tab-separated columns where an alternate name has 8 or 10, row skipped: extra1.txt:2");
	assert_string_equal(g.problem[1], "id 'x' is not a number, row skipped: extra1.txt:3");
	got_free(&g);
	buf_release(&d);
	buf_release(&longname);
	buf_release(&alts);
}

/* What is not a GeoNames file at all: one error, nothing emitted. */
static void geonames_not_a_dump(void **state)
{
	static const struct { const char *in; size_t n; const char *what, *where; } cases[] = {
		{ "<!DOCTYPE html>\n<html><body>Places</body></html>\n", 47,
		  "not a GeoNames dump: an HTML or XML page", "SY.txt:1" },
		{ "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 19, "not a GeoNames dump: binary, or not UTF-8 text", "SY.txt:1" },
		{ "name,lat,lon\nAleppo,36.2,37.16\n", 31,
		  "not a GeoNames dump: 1 tab-separated column where a geoname row has 19", "SY.txt:1" },
		{ "id\tname\n1\tAleppo\n", 17, "not a GeoNames dump: 2 tab-separated columns where a geoname row has 19",
		  "SY.txt:1" },
		{ "", 0, "empty file, not a GeoNames dump", "SY.txt" },
		{ "\n\n", 2, "empty file, not a GeoNames dump", "SY.txt" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct got g = { 0 };
		struct err e;
		struct buf d = BUF_INIT;
		buf_add(&d, cases[i].in, cases[i].n);
		assert_int_equal(run_geonames(&g, &d, NULL, 0, &e), ERR_INPUT);
		assert_string_equal(e.what, cases[i].what);
		assert_string_equal(e.where, cases[i].where);
		assert_int_equal(g.n, 0);
		assert_int_equal(g.nproblems, 0);
		buf_release(&d);
	}
	/* a first row whose id is not one */
	struct got g = { 0 };
	struct err e;
	struct buf d = BUF_INIT;
	gn_row(&d, "abc", "Aleppo", "Aleppo", "", "36.20", "37.16", "P", "PPLA", "09", "", "");
	assert_int_equal(run_geonames(&g, &d, NULL, 0, &e), ERR_INPUT);
	assert_string_equal(e.what, "not a GeoNames dump: geonameid 'abc' is not a number");

	/* a good dump with a file beside it that is neither kind: nothing is
	 * emitted, though the dump was fine */
	buf_reset(&d);
	gn_row(&d, "101", "Aleppo", "Aleppo", "", "36.20", "37.16", "P", "PPLA", "09", "", "");
	const char *extra = "name,arabic\nAleppo,حلب\n";
	assert_int_equal(run_geonames(&g, &d, &extra, 1, &e), ERR_INPUT);
	assert_string_equal(e.what, "not a GeoNames alternateNames or admin codes file: 1 tab-separated column "
				    "(alternateNames has 8 or 10, admin codes 4)");
	assert_string_equal(e.where, "extra1.txt:1");
	assert_int_equal(g.n, 0);

	/* the sink's failure stops the import and is returned */
	gn_row(&d, "102", "Idlib", "Idlib", "", "35.9", "36.6", "P", "PPLA", "10", "", "");
	g.stop_at = 2;
	assert_int_equal(run_geonames(&g, &d, NULL, 0, &e), ERR_STORE);
	assert_string_equal(e.what, "store full");
	assert_int_equal(g.n, 1);
	got_free(&g);
	buf_release(&d);
}

/* An OCHA COD-AB table: the most specific admin level a row fills is the
 * place; the country is admin0Pcode's; admin4 P-codes need not start with
 * it. */
static void csv_ocha(void **state)
{
	struct got g = { 0 };
	struct err e;
	static const char in[] =
		"admin0Name_en,admin0Pcode,admin1Name_en,admin1Name_ar,admin1Pcode,admin2Name_en,admin2Name_ar,"
		"admin2Pcode,admin3Name_en,admin3Name_ar,admin3Pcode,admin4Name_en,admin4Name_ar,admin4Pcode,"
		"admin4AltName1_en,admin4AltName2_en,admin3AltName1_en,latitude,longitude,validOn\r\n"
		"Syria,SY,Idleb,إدلب,SY07,Maarrat An-Nu'man,معرة النعمان,SY0701,Kafr Nobol,كفرنبل,SY070102,"
		"Kafr Nobol,كفرنبل,C9901,Kafranbel,Kafr Nabl,Kafr Nubl,35.6128,36.5619,2024-01-01\r\n"
		"Syria,SY,Idleb,إدلب,SY07,Maarrat An-Nu'man,معرة النعمان,SY0701,Kafr Nobol,كفرنبل,SY070102,"
		",,,,,Kafr Nubl,,,2024-01-01\r\n"
		"Syria,SY,Idleb,إدلب,SY07,Maarrat An-Nu'man,معرة النعمان,SY0701,,,,,,,,,,,\r\n"
		"Syria,SY,Idleb,إدلب,SY07,,,,,,,,,,,,,,\r\n"
		"Syria,SY,,,,,,,,,,,,,,,,,\r\n";
	assert_int_equal(RUN_CSV(&g, in, NULL, &e), 0);
	assert_int_equal(g.nproblems, 0);
	assert_int_equal(g.n, 5);
	const struct place_row *p = by_id(&g, "C9901");
	assert_int_equal(p->kind, PK_VILLAGE);
	assert_string_equal(p->country, "SY");
	assert_string_equal(p->governorate, "Idleb");
	assert_string_equal(p->district, "Maarrat An-Nu'man");
	assert_string_equal(p->name_en, "Kafr Nobol");
	assert_string_equal(p->name_ar, "كفرنبل");
	assert_string_equal(p->variants, "Kafranbel|Kafr Nabl");   /* its own level's alternates */
	assert_true(fabs(p->lat - 35.6128) < 1e-9 && fabs(p->lon - 36.5619) < 1e-9);
	assert_string_equal(p->source, "team.csv");
	p = by_id(&g, "SY070102");
	assert_int_equal(p->kind, PK_SUBDISTRICT);
	assert_string_equal(p->governorate, "Idleb");
	assert_string_equal(p->district, "Maarrat An-Nu'man");
	assert_string_equal(p->variants, "Kafr Nubl");
	assert_true(isnan(p->lat));
	p = by_id(&g, "SY0701");
	assert_int_equal(p->kind, PK_DISTRICT);
	assert_string_equal(p->governorate, "Idleb");
	assert_string_equal(p->district, "");
	p = by_id(&g, "SY07");
	assert_int_equal(p->kind, PK_GOVERNORATE);
	assert_string_equal(p->governorate, "");
	assert_string_equal(p->name_ar, "إدلب");
	p = by_id(&g, "SY");
	assert_int_equal(p->kind, PK_COUNTRY);
	assert_string_equal(p->name_en, "Syria");
	got_free(&g);

	/* the shapefile attribute style, and the country from the P-codes */
	static const char adm[] =
		"ADM2_EN,ADM2_AR,ADM2_PCODE,ADM1_EN,ADM1_AR,ADM1_PCODE\n"
		"Mosul,الموصل,IQ0501,Ninewa,نينوى,IQ05\n";
	assert_int_equal(RUN_CSV(&g, adm, NULL, &e), 0);
	assert_int_equal(g.n, 1);
	p = by_id(&g, "IQ0501");
	assert_int_equal(p->kind, PK_DISTRICT);
	assert_string_equal(p->country, "IQ");
	assert_string_equal(p->governorate, "Ninewa");
	assert_string_equal(p->name_ar, "الموصل");
	got_free(&g);
}

/* A team's own list: columns by name in any case and order, an Arabic
 * column found by its script, semicolons, --country for rows without one. */
static void csv_columns(void **state)
{
	struct got g = { 0 };
	struct err e;
	static const char in[] =
		"\xEF\xBB\xBFName;LOCAL NAME;Type;Y;X;Province;Alt Names;Notes;Country;Pop\n"
		"Bab al-Hawa crossing;معبر باب الهوى;Landmark;36.23;36.68;Idlib;Bab al Hawa|Bab el-Hawa;;;\n"
		"Sarmada;سرمدا;;36,18;36,71;Idlib;Sarmeda, Sermada،سرمدة;busy;SYR;\"45,000\"\n"
		"Al-Dana;الدانا;town;;;Idlib;;\"two\nlines\";;\n"
		"Mosul;الموصل;city;36.34;43.13;Ninewa;;;iq;1500000\n"
		"Hass;حاس;;;;Idlib;Hass;;;800\n"
		"Hama;حماة;Capital;35.13;36.75;Hama;;;;\n";
	assert_int_equal(RUN_CSV(&g, in, "SY", &e), 0);
	assert_int_equal(g.nproblems, 0);
	assert_int_equal(g.n, 6);
	const struct place_row *p = &g.p[0];
	assert_string_equal(p->id, "team.csv:2");   /* no id column: file and line */
	assert_int_equal(p->kind, PK_LANDMARK);
	assert_string_equal(p->country, "SY");       /* from --country */
	assert_string_equal(p->governorate, "Idlib");
	assert_string_equal(p->name_en, "Bab al-Hawa crossing");
	assert_string_equal(p->name_ar, "معبر باب الهوى");
	assert_string_equal(p->variants, "Bab al Hawa|Bab el-Hawa");
	assert_true(fabs(p->lat - 36.23) < 1e-9 && fabs(p->lon - 36.68) < 1e-9);
	p = &g.p[1];
	assert_int_equal(p->kind, PK_TOWN);          /* by its population */
	assert_int_equal(p->population, 45000);
	assert_string_equal(p->country, "SY");       /* SYR */
	assert_true(fabs(p->lat - 36.18) < 1e-9);    /* a decimal comma */
	assert_string_equal(p->variants, "Sarmeda|Sermada|سرمدة");
	p = &g.p[2];
	assert_string_equal(p->id, "team.csv:4");
	assert_true(isnan(p->lat) && isnan(p->lon));
	assert_int_equal(p->kind, PK_TOWN);
	p = &g.p[3];
	assert_string_equal(p->id, "team.csv:6");    /* the quoted field took two lines */
	assert_string_equal(p->country, "IQ");
	assert_int_equal(p->kind, PK_CITY);
	p = &g.p[4];
	assert_int_equal(p->kind, PK_VILLAGE);
	assert_string_equal(p->variants, "");        /* its own name again */
	assert_int_equal(g.p[5].kind, PK_CITY);      /* "Capital" */
	got_free(&g);

	/* tab-separated, an id column, the kind by another name, no Arabic column */
	static const char tsv[] =
		"id\tname_en\tlevel\tgovernorate\tdistrict\tlat\tlon\tiso2\n"
		"sy-1\tRas al-Ain\tsub-district\tAl-Hasakeh\tRas al-Ain\t36.85\t40.07\tSY\n"
		"sy-2\tAl-Hasakeh\tprovince\tAl-Hasakeh\t\t36.5\t40.75\tSY\n";
	assert_int_equal(RUN_CSV(&g, tsv, NULL, &e), 0);
	assert_int_equal(g.nproblems, 0);
	assert_int_equal(g.n, 2);
	assert_string_equal(g.p[0].id, "sy-1");
	assert_int_equal(g.p[0].kind, PK_SUBDISTRICT);
	assert_string_equal(g.p[0].district, "Ras al-Ain");
	assert_string_equal(g.p[0].name_ar, "");
	assert_int_equal(g.p[1].kind, PK_GOVERNORATE);
	assert_string_equal(g.p[1].governorate, "");   /* itself */
	got_free(&g);

	/* "name" and "name_en" both: name_en is the English name */
	static const char both[] = "name,name_en,name_ar,country\nحلب,Aleppo,حلب,SY\n";
	assert_int_equal(RUN_CSV(&g, both, NULL, &e), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.p[0].name_en, "Aleppo");
	assert_string_equal(g.p[0].name_ar, "حلب");
	got_free(&g);
}

static void csv_bad_rows(void **state)
{
	struct got g = { 0 };
	struct err e;
	struct buf in = BUF_INIT;
	buf_adds(&in, "pcode,name_en,name_ar,kind,lat,lon,country,variants\n");
	buf_adds(&in, "C1,Aleppo,حلب,city,36.2,37.16,SY,\n");                  /* 2 fine */
	buf_adds(&in, "C2,Bad \xC8\xE1\xCF,,village,36.2,37.16,SY,\n");       /* 3 */
	buf_adds(&in, "C3,L");                                                 /* 4 */
	for (int i = 0; i < 10000; i++)
		buf_addc(&in, 'o');
	buf_adds(&in, "ng,,village,36.2,37.16,SY,\n");
	buf_adds(&in, "C4,Up,,village,91,37.16,SY,\n");                        /* 5 */
	buf_adds(&in, "C5,Left,,village,36.2,east,SY,\n");                     /* 6 */
	buf_adds(&in, "C6,Half,,village,36.2,,SY,\n");                         /* 7 */
	buf_adds(&in, "C7,Castle,,castle,36.2,37.16,SY,\n");                   /* 8 */
	buf_adds(&in, "C8,,حلب,city,36.2,37.16,SY,\n");                        /* 9 */
	buf_adds(&in, "C9,Quote \"inside\",,city,36.2,37.16,SY,\n");           /* 10 */
	buf_adds(&in, "C10,Nowhere,,city,36.2,37.16,Syria,\n");                /* 11 */
	buf_adds(&in, "C11,Many,,city,36.2,37.16,SY,\"");                      /* 12 */
	for (int i = 0; i < 7000; i++)
		buf_adds(&in, "Name many|");
	buf_adds(&in, "\"\n");
	buf_adds(&in, ",,,,,,,\n");                                            /* 13 */
	buf_adds(&in, "C12,Idlib,إدلب,city,35.93,36.63,SY,\n");               /* 14 fine */
	buf_adds(&in, "C13,Open \"quote,,city,1,2,SY,\n");                     /* 15 */
	assert_int_equal(run_csv(&g, in.data, in.len, NULL, &e), 0);
	assert_int_equal(g.n, 2);
	assert_string_equal(g.p[0].id, "C1");
	assert_string_equal(g.p[1].id, "C12");
	assert_int_equal(g.nproblems, 12);
	static const char *const want[] = {
		"invalid UTF-8, row skipped: lists/team.csv:3",
		"name longer than 1000 bytes, row skipped: lists/team.csv:4",
		"latitude 91 out of range (-90 to 90), row skipped: lists/team.csv:5",
		"longitude 'east' is not a number, row skipped: lists/team.csv:6",
		"latitude without longitude, row skipped: lists/team.csv:7",
		"unknown kind 'castle' (country, governorate, district, subdistrict, city, town, village, "
		"neighbourhood, landmark), row skipped: lists/team.csv:8",
		"no English name, row skipped: lists/team.csv:9",
		"malformed CSV (a quote inside a field that is not quoted, or text after a closing quote), "
		"row skipped: lists/team.csv:10",
		"country 'Syria' is not an ISO 3166 code (give --country CC), row skipped: lists/team.csv:11",
		"variants longer than 64 KB, row skipped: lists/team.csv:12",
		"no name, row skipped: lists/team.csv:13",
		"malformed CSV (a quote inside a field that is not quoted, or text after a closing quote), "
		"row skipped: lists/team.csv:15",
	};
	for (int i = 0; i < 12; i++)
		assert_string_equal(g.problem[i], want[i]);
	got_free(&g);
	buf_release(&in);

	/* a quote left open runs to the end of the file */
	static const char open_quote[] = "name,lat,lon,country\nAleppo,36.2,37.16,SY\n\"Idlib,35.9,36.6,SY\nHama,1,2,SY\n";
	assert_int_equal(RUN_CSV(&g, open_quote, NULL, &e), 0);
	assert_int_equal(g.n, 1);
	assert_int_equal(g.nproblems, 1);
	assert_string_equal(g.problem[0], "unterminated quoted field at the end of the file, row skipped: lists/team.csv:3");
	got_free(&g);
}

/* What is not a CSV gazetteer: one error, nothing emitted. */
static void csv_not_a_gazetteer(void **state)
{
	static const struct { const char *in; size_t n; const char *country, *what, *where; } cases[] = {
		{ "title,text\nMarket shelled,Shelling killed 12 civilians.\n", 53, NULL,
		  "not a CSV gazetteer: its header names no place name column (name_en, name, admin1Name_en ... "
		  "admin4Name_en)", "lists/team.csv:1" },
		{ "  <!DOCTYPE html>\n<html><body>name,lat</body></html>\n", 52, NULL,
		  "not a CSV gazetteer: an HTML or XML page", "lists/team.csv:1" },
		{ "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 19, NULL, "not a CSV gazetteer: binary, or not UTF-8 text",
		  "lists/team.csv:1" },
		{ "", 0, NULL, "empty file (no header row), not a CSV gazetteer", "lists/team.csv" },
		{ "name,lat,lon\nAleppo,36.2,37.16\n", 31, NULL,
		  "no country column and no P-codes: give the places' country with --country CC", "lists/team.csv:1" },
		{ "name,\"lat\n", 10, "SY", "not a CSV gazetteer: unterminated quoted field at the end of the file",
		  "lists/team.csv:1" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct got g = { 0 };
		struct err e;
		assert_int_equal(run_csv(&g, cases[i].in, cases[i].n, cases[i].country, &e), ERR_INPUT);
		assert_string_equal(e.what, cases[i].what);
		assert_string_equal(e.where, cases[i].where);
		assert_int_equal(g.n, 0);
		assert_int_equal(g.nproblems, 0);
	}
	struct got g = { 0 };
	struct err e;
	assert_int_equal(RUN_CSV(&g, "name,country\nAleppo,SY\n", "Syria", &e), ERR_USAGE);
	assert_string_equal(e.what, "--country wants a two-letter code such as SY, not 'Syria'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(geonames_dump),
		cmocka_unit_test(geonames_alternate_names),
		cmocka_unit_test(geonames_admin_codes),
		cmocka_unit_test(geonames_bad_rows),
		cmocka_unit_test(geonames_not_a_dump),
		cmocka_unit_test(csv_ocha),
		cmocka_unit_test(csv_columns),
		cmocka_unit_test(csv_bad_rows),
		cmocka_unit_test(csv_not_a_gazetteer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
