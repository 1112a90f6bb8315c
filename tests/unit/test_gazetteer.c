/* test_gazetteer.c - loading places, resolving names and phrases, finding
 * mentions in English and Arabic text, and choosing among same-named places
 * by context. The places are a small made-up set in the data file's layout
 * (real names, rough coordinates), so that each rule shows on its own. */
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
#include "gazetteer/gazetteer.h"

#define H PLACE_TSV_HEADER "\n"

static const char places[] =
	H
	"# countries and governorates\n"
	"cc:SY\tcountry\tSY\t\t\t34.80\t38.99\t0\tSyria\tسوريا\t\ttest\n"
	"g:raqqa\tgovernorate\tSY\t\t\t35.95\t39.01\t0\tAr Raqqah\tالرقة\tRaqqa Governorate\ttest\n"
	"g:idlib\tgovernorate\tSY\t\t\t35.93\t36.63\t0\tIdlib\tإدلب\t\ttest\n"
	"g:aleppo\tgovernorate\tSY\t\t\t36.20\t37.16\t0\tAleppo\tحلب\t\ttest\n"
	"g:latakia\tgovernorate\tSY\t\t\t35.52\t35.79\t0\tLatakia\tاللاذقية\t\ttest\n"
	"g:dimashq\tgovernorate\tSY\t\t\t33.51\t36.29\t0\tDimashq\tدمشق\tDamascus\ttest\n"
	"g:rif\tgovernorate\tSY\t\t\t\t\t0\tRif Dimashq\tريف دمشق\t\ttest\n"
	"# districts\n"
	"d:jableh\tdistrict\tSY\tLatakia\t\t35.36\t35.93\t0\tJableh\tجبلة\t\ttest\n"
	"# cities, towns, villages, neighbourhoods\n"
	"p:raqqa\tcity\tSY\tAr Raqqah\t\t35.95\t39.01\t531952\tAr Raqqah\tالرقة\tRaqqa|Raqqah|Rakka\ttest\n"
	"p:idlib\tcity\tSY\tIdlib\t\t35.93\t36.63\t128840\tIdlib\tإدلب\t\ttest\n"
	"p:aleppo\tcity\tSY\tAleppo\t\t36.20\t37.16\t1602264\tAleppo\tحلب\tHalab\ttest\n"
	"p:damascus\tcity\tSY\tDimashq\t\t33.51\t36.29\t1569394\tDamascus\tدمشق\t\ttest\n"
	"p:jableh\ttown\tSY\tLatakia\tJableh\t35.36\t35.93\t65915\tJableh\tجبلة\t\ttest\n"
	"p:deir\tcity\tSY\t\t\t35.34\t40.14\t242565\tDeir ez-Zor\tدير الزور\tDeir Ezzor\ttest\n"
	"n:jomeili\tneighbourhood\tSY\tAr Raqqah\t\t35.955\t39.00\t0\tJomeili\t\t\ttest\n"
	"v:kz1\tvillage\tSY\tAleppo\t\t36.40\t37.40\t900\tKhirbat Zaytun\tخربة زيتون\t\ttest\n"
	"v:kz2\tvillage\tSY\tIdlib\t\t35.80\t36.70\t800\tKhirbat Zaytun\tخربة زيتون\t\ttest\n"
	"v:said\tvillage\tSY\tAleppo\t\t36.30\t37.50\t500\tSaid\t\t\ttest\n"
	"v:hamis\tvillage\tSY\tAr Raqqah\t\t36.10\t39.20\t0\tTal Hamis\t\tTall Hamis\ttest\n"
	"v:abyad\tvillage\tSY\tAr Raqqah\t\t36.70\t38.95\t0\tTall Abyad\t\t\ttest\n"
	"p:tall\ttown\tSY\tLatakia\t\t35.50\t35.90\t5000\tAt Tall\tالتل\tTall\ttest\n"
	"# namesakes in two countries: the Iraqi one is larger\n"
	"v:awn-sy\tvillage\tSY\tIdlib\t\t35.70\t36.60\t600\tKafr Awn\tكفر عون\t\ttest\n"
	"v:awn-iq\ttown\tIQ\t\t\t36.30\t43.10\t40000\tKafr Awn\tكفر عون\t\ttest\n";

static struct gazetteer *load(void)
{
	struct gazetteer *g = gaz_new();
	struct err e;
	int rc = gaz_load_tsv(g, places, strlen(places), "test.tsv", &e);
	if (rc)
		err_print(&e);
	assert_int_equal(rc, 0);
	assert_int_equal(gaz_build(g, &e), 0);
	return g;
}

static const struct place *top(const struct gazetteer *g, const char *name, enum gaz_how *how,
			       enum geo_precision *prec)
{
	struct gaz_candidate c[8];
	size_t n = gaz_lookup(g, name, strlen(name), c, 8);
	if (!n)
		return NULL;
	if (how)
		*how = c[0].how;
	if (prec)
		*prec = c[0].precision;
	return c[0].place;
}

static const char *top_id(const struct gazetteer *g, const char *name)
{
	const struct place *p = top(g, name, NULL, NULL);
	return p ? p->row.id : "(none)";
}

static void load_and_link(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	assert_int_equal(gaz_count(g), 23);
	/* the governorate named "ريف دمشق" holds the land around Damascus */
	assert_string_equal(gaz_place(g, (size_t)gaz_by_id(g, "g:dimashq")->countryside)->row.id, "g:rif");
	assert_int_equal(gaz_by_id(g, "g:rif")->countryside, -1);
	const struct place *j = gaz_by_id(g, "p:jableh");
	assert_non_null(j);
	assert_string_equal(gaz_place(g, (size_t)j->governorate)->row.id, "g:latakia");
	assert_string_equal(gaz_place(g, (size_t)j->district)->row.id, "d:jableh");
	assert_null(gaz_by_id(g, "nope"));
	gaz_free(g);
}

/* Spellings and scripts of one place; the city before its governorate. */
static void lookup_names(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	enum gaz_how how;
	const char *raqqa[] = { "Raqqa", "Raqqah", "Ar-Raqqah", "AR RAQQAH", "ar-Raqqa", "الرقة", "الرَّقَّة", "Rakka" };
	for (size_t i = 0; i < sizeof raqqa / sizeof *raqqa; i++)
		assert_string_equal(top_id(g, raqqa[i]), "p:raqqa");
	assert_string_equal(top_id(g, "Deir Ezzor"), "p:deir");
	assert_string_equal(top_id(g, "Deir ez-Zor"), "p:deir");
	assert_string_equal(top_id(g, "دير الزور"), "p:deir");
	/* a spelling in no row, reached through the cross-script key */
	assert_non_null(top(g, "Dayr az Zawr", &how, NULL));
	assert_string_equal(top_id(g, "Dayr az Zawr"), "p:deir");
	assert_int_equal(how, GAZ_KEY);
	/* a Latin-only village named in Arabic */
	assert_string_equal(top_id(g, "تل حميس"), "v:hamis");
	/* the kind word picks the governorate */
	assert_string_equal(top_id(g, "Raqqa province"), "g:raqqa");
	assert_string_equal(top_id(g, "محافظة الرقة"), "g:raqqa");
	/* the countryside of X, with a clitic on the kind word */
	assert_string_equal(top_id(g, "بريف إدلب الجنوبي"), "g:idlib");
	assert_string_equal(top_id(g, "وبمحافظة الرقة"), "g:raqqa");
	gaz_free(g);
}

/* A phrase the gazetteer cannot resolve whole names a place it contains. */
static void lookup_phrases(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	enum gaz_how how;
	enum geo_precision prec;
	const struct place *p = top(g, "Al-Fatih, Jableh District", &how, &prec);
	assert_non_null(p);
	assert_string_equal(p->row.id, "d:jableh");
	assert_int_equal(how, GAZ_CONTAINER);
	assert_int_equal(prec, GEO_DISTRICT);
	/* the neighbourhood itself when it is known */
	p = top(g, "Jomeili neighbourhood, Raqqa", &how, &prec);
	assert_string_equal(p->row.id, "n:jomeili");
	assert_int_equal(prec, GEO_NEIGHBOURHOOD);
	/* same-named villages: the later part says which */
	assert_string_equal(top_id(g, "Khirbat Zaytun (Idlib)"), "v:kz2");
	assert_string_equal(top_id(g, "Khirbat Zaytun, Aleppo"), "v:kz1");
	assert_string_equal(top_id(g, "خربة زيتون، إدلب"), "v:kz2");
	/* around a city or town: the area it heads, not the place itself */
	p = top(g, "east of Raqqa", &how, &prec);
	assert_string_equal(p->row.id, "p:raqqa");
	assert_int_equal(how, GAZ_CONTAINER);
	assert_int_equal(prec, GEO_DISTRICT);
	p = top(g, "قرب جبلة", &how, &prec);
	assert_string_equal(p->row.id, "p:jableh");
	assert_int_equal(prec, GEO_SUBDISTRICT);
	p = top(g, "Nowhere near Jableh", &how, &prec);
	assert_string_equal(p->row.id, "p:jableh");
	assert_int_equal(how, GAZ_CONTAINER);
	assert_int_equal(prec, GEO_SUBDISTRICT);
	/* "and" joins places side by side: the later one is an answer, not a
	 * place that holds the phrase */
	p = top(g, "Nowhere and Jableh", &how, &prec);
	assert_string_equal(p->row.id, "p:jableh");
	assert_int_equal(how, GAZ_PART);
	assert_int_equal(prec, GEO_TOWN);
	/* a Said lies in Aleppo, not in Latakia: the phrase names another Said,
	 * somewhere in Latakia */
	p = top(g, "Said, Latakia", &how, &prec);
	assert_string_equal(p->row.id, "g:latakia");
	assert_int_equal(how, GAZ_CONTAINER);
	assert_string_equal(top_id(g, "Said, Aleppo"), "v:said");
	/* unknown */
	struct gaz_candidate c[4];
	assert_int_equal(gaz_lookup(g, "Atlantis", 8, c, 4), 0);
	const struct place *near[4];
	size_t k = gaz_nearest(g, "Jableeh", 7, near, 4);
	assert_true(k >= 1);
	assert_string_equal(near[0]->row.name_en, "Jableh");
	gaz_free(g);
}

struct expect {
	const char *name;   /* the mention's text */
	const char *id;     /* the place chosen */
};

static void find_expect(const struct gazetteer *g, const char *text, const struct expect *want, size_t nwant)
{
	struct gaz_scratch *s = gaz_scratch_new(g);
	const struct gaz_mention *m;
	size_t n = gaz_find(g, s, text, strlen(text), &m);
	if (n != nwant) {
		for (size_t i = 0; i < n; i++)
			fprintf(stderr, "  got '%.*s' -> %s\n", (int)(m[i].end - m[i].start), text + m[i].start,
				m[i].place ? m[i].place->row.id : "-");
	}
	assert_int_equal(n, nwant);
	for (size_t i = 0; i < n; i++) {
		size_t len = m[i].end - m[i].start;
		assert_int_equal(len, strlen(want[i].name));
		assert_memory_equal(text + m[i].start, want[i].name, len);
		assert_string_equal(m[i].place->row.id, want[i].id);
	}
	gaz_scratch_free(s);
}

static void find_english(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	const char *t1 = "Coalition aircraft struck the Jomeili neighbourhood of Raqqa on Sunday, "
			 "and residents said more strikes hit Deir ez-Zor.";
	const struct expect e1[] = { { "Jomeili", "n:jomeili" }, { "Raqqa", "p:raqqa" }, { "Deir ez-Zor", "p:deir" } };
	find_expect(g, t1, e1, 3);
	/* context: the governorate named elsewhere picks the village */
	const char *t2 = "Shelling hit Khirbat Zaytun in the Idlib countryside.";
	const struct expect e2[] = { { "Khirbat Zaytun", "v:kz2" }, { "Idlib", "g:idlib" } };
	find_expect(g, t2, e2, 2);
	const char *t3 = "Shelling hit Khirbat Zaytun, north of Aleppo.";
	const struct expect e3[] = { { "Khirbat Zaytun", "v:kz1" }, { "Aleppo", "p:aleppo" } };
	find_expect(g, t3, e3, 2);
	/* lower case is not a name; a name inside a word is not one */
	find_expect(g, "the ministry said nothing about Raqqahs", NULL, 0);
	gaz_free(g);
}

static void find_arabic(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	/* clitics: بال، لل، و */
	const char *t = "غارة جوية بالرقة وقصف على حلب ونزوح للرقة من ريف إدلب الجنوبي";
	const struct expect e[] = {
		{ "بالرقة", "p:raqqa" }, { "حلب", "p:aleppo" }, { "للرقة", "p:raqqa" }, { "إدلب", "g:idlib" },
	};
	find_expect(g, t, e, 4);
	struct gaz_scratch *s = gaz_scratch_new(g);
	const struct gaz_mention *m;
	size_t n = gaz_find(g, s, t, strlen(t), &m);
	assert_int_equal(n, 4);
	assert_int_equal(m[3].container, 1);
	assert_int_equal(m[3].precision, GEO_GOVERNORATE);
	assert_int_equal(m[0].container, 0);
	assert_int_equal(m[0].precision, GEO_CITY);
	gaz_scratch_free(s);
	/* longest wins: دير الزور, not a shorter name inside it */
	const struct expect e2[] = { { "دير الزور", "p:deir" } };
	find_expect(g, "قصف على دير الزور", e2, 1);
	/* letters around a name make another word */
	find_expect(g, "الرقةي حلبة", NULL, 0);
	gaz_free(g);
}

/* The land around Damascus, a governorate of the city alone, is the
 * governorate "ريف دمشق" (the countryside of Damascus); a name coordinated
 * with another shares the word after it. */
static void countryside(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	struct gaz_scratch *s = gaz_scratch_new(g);
	const struct gaz_mention *m;
	const char *t1 = "Shelling hit the outskirts of Damascus, then Damascus itself, and the Idlib and Aleppo "
			 "countrysides.";
	assert_int_equal(gaz_find(g, s, t1, strlen(t1), &m), 4);
	assert_string_equal(m[0].place->row.id, "g:rif");
	assert_non_null(m[0].named);
	assert_string_equal(m[0].named->row.id, "p:damascus");
	assert_string_equal(m[1].place->row.id, "p:damascus");
	assert_null(m[1].named);
	assert_string_equal(m[2].place->row.id, "g:idlib");
	assert_int_equal(m[2].container, 1);
	assert_string_equal(m[3].place->row.id, "g:aleppo");
	assert_null(m[3].named);
	const char *t2 = "Missiles hit Damascus and Aleppo airports; ريف دمشق was quiet.";
	assert_int_equal(gaz_find(g, s, t2, strlen(t2), &m), 3);
	assert_string_equal(m[0].place->row.id, "g:rif");
	assert_int_equal(m[1].container, 1);
	assert_string_equal(m[1].place->row.id, "p:aleppo");
	assert_string_equal(m[2].place->row.id, "g:rif");
	gaz_scratch_free(s);
	gaz_free(g);
}

/* A name that begins other names ("Tall" of "Tall Abyad") before a
 * capitalised word is the start of a name the gazetteer lacks. */
static void name_beginning(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	const struct expect e[] = { { "Tall Abyad", "v:abyad" }, { "Tall", "p:tall" } };
	find_expect(g, "Shelling hit Tall Abyad, Tall Zira and Tall.", e, 2);
	gaz_free(g);
}

/* A team that monitors Syria means the Syrian Kafr Awn. */
static void focus_countries(void **state)
{
	(void)state;
	struct gazetteer *g = load();
	struct err e;
	assert_string_equal(top_id(g, "Kafr Awn"), "v:awn-iq");
	assert_int_equal(gaz_set_focus(g, "SY", &e), 0);
	assert_string_equal(top_id(g, "Kafr Awn"), "v:awn-sy");
	assert_string_equal(top_id(g, "كفر عون"), "v:awn-sy");
	const struct expect e1[] = { { "Kafr Awn", "v:awn-sy" } };
	find_expect(g, "Shelling hit Kafr Awn at dawn.", e1, 1);
	/* outside the focus: a lookup does not answer with it */
	assert_int_equal(gaz_set_focus(g, "IQ", &e), 0);
	assert_string_equal(top_id(g, "Kafr Awn"), "v:awn-iq");
	assert_string_equal(top_id(g, "Raqqa"), "(none)");
	/* several, and none again */
	assert_int_equal(gaz_set_focus(g, "IQ,SY", &e), 0);
	assert_string_equal(top_id(g, "Raqqa"), "p:raqqa");
	assert_int_equal(gaz_set_focus(g, NULL, &e), 0);
	assert_string_equal(top_id(g, "Kafr Awn"), "v:awn-iq");
	/* bad codes */
	assert_int_equal(gaz_set_focus(g, "Syria", &e), ERR_USAGE);
	assert_int_equal(gaz_set_focus(g, "sy", &e), ERR_USAGE);
	assert_int_equal(gaz_set_focus(g, "SY,", &e), 0);
	assert_int_equal(gaz_set_focus(g, ",SY", &e), ERR_USAGE);
	gaz_free(g);
}

static void bad_input(void **state)
{
	(void)state;
	struct err e;
	struct gazetteer *g = gaz_new();
	assert_int_equal(gaz_load_tsv(g, "hello\tworld\n", 12, "x.tsv", &e), ERR_INPUT);
	assert_string_equal(e.where, "x.tsv:1");
	gaz_free(g);

	g = gaz_new();
	const char *short_row = H "a\tvillage\tSY\n";
	assert_int_equal(gaz_load_tsv(g, short_row, strlen(short_row), "x.tsv", &e), ERR_INPUT);
	assert_string_equal(e.where, "x.tsv:2");
	gaz_free(g);

	g = gaz_new();
	const char *bad_kind = H "a\tcastle\tSY\t\t\t1\t2\t0\tX\t\t\tt\n";
	assert_int_equal(gaz_load_tsv(g, bad_kind, strlen(bad_kind), "x.tsv", &e), ERR_INPUT);
	gaz_free(g);

	g = gaz_new();
	const char *bad_geo = H "a\tvillage\tSY\t\t\t91\t2\t0\tX\t\t\tt\n";
	assert_int_equal(gaz_load_tsv(g, bad_geo, strlen(bad_geo), "x.tsv", &e), ERR_INPUT);
	gaz_free(g);

	g = gaz_new();
	const char *bad_utf8 = H "a\tvillage\tSY\t\t\t1\t2\t0\tX\xff\t\t\tt\n";
	assert_int_equal(gaz_load_tsv(g, bad_utf8, strlen(bad_utf8), "x.tsv", &e), ERR_INPUT);
	gaz_free(g);

	/* a 10,000-character name: refused, no crash */
	struct buf b = BUF_INIT;
	buf_adds(&b, H "a\tvillage\tSY\t\t\t1\t2\t0\t");
	for (int i = 0; i < 10000; i++)
		buf_addc(&b, 'x');
	buf_adds(&b, "\t\t\tt\n");
	g = gaz_new();
	assert_int_equal(gaz_load_tsv(g, b.data, b.len, "x.tsv", &e), ERR_INPUT);
	gaz_free(g);
	buf_release(&b);

	/* lookups of hostile names */
	g = load();
	struct gaz_candidate c[4];
	struct buf big = BUF_INIT;
	for (int i = 0; i < 10000; i++)
		buf_adds(&big, "رق ");
	gaz_lookup(g, big.data, big.len, c, 4);
	gaz_lookup(g, "\xff\xfe\x00zz", 5, c, 4);
	gaz_lookup(g, "", 0, c, 4);
	const struct place *near[4];
	gaz_nearest(g, big.data, big.len, near, 4);
	struct gaz_scratch *s = gaz_scratch_new(g);
	const struct gaz_mention *m;
	gaz_find(g, s, big.data, big.len, &m);
	gaz_find(g, s, "\xff\xfe", 2, &m);
	gaz_scratch_free(s);
	buf_release(&big);
	gaz_free(g);
}

/* The bundled data loads and knows the main places in both scripts. */
static void bundled(void **state)
{
	(void)state;
	struct gazetteer *g;
	struct err e;
	int rc = gaz_open(NULL, &g, &e);
	if (rc)
		err_print(&e);
	assert_int_equal(rc, 0);
	assert_true(gaz_count(g) > 400);
	const char *names[] = { "Raqqa", "الرقة", "Mosul", "الموصل", "Deir ez-Zor", "دير الزور", "Idlib", "Sirte" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		struct gaz_candidate c[1];
		assert_true(gaz_lookup(g, names[i], strlen(names[i]), c, 1) > 0);
		assert_false(isnan(c[0].place->row.lat));
	}
	gaz_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(load_and_link),
		cmocka_unit_test(lookup_names),
		cmocka_unit_test(lookup_phrases),
		cmocka_unit_test(find_english),
		cmocka_unit_test(find_arabic),
		cmocka_unit_test(focus_countries),
		cmocka_unit_test(countryside),
		cmocka_unit_test(name_beginning),
		cmocka_unit_test(bad_input),
		cmocka_unit_test(bundled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
