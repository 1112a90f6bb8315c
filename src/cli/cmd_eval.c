/* cmd_eval.c - `civcas eval places --gold FILE.csv`: how well names resolve.
 *
 * Each gold row (location_en, location_ar, latitude, longitude,
 * geolocation_precision, governorate, ...) is resolved twice, its English
 * and its Arabic name each on its own, with gaz_lookup's best candidate.
 * Figures (3 decimals):
 *   en_10km / ar_10km  share of rows with that name and gold coordinates
 *                      whose answer lies within 10 km (not found: a miss)
 *   en_found / ar_found share of rows with that name that resolve at all
 *   governorate        share of rows with a gold governorate and an answer
 *                      (English, else Arabic) that lie in that governorate
 * and the same by precision class, so that the weak classes show. */
#include <csv.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/eval.h"
#include "gazetteer/gazetteer.h"

enum { C_EN, C_AR, C_LAT, C_LON, C_PREC, C_GOV, C_COUNT };
static const char *const col_names[C_COUNT] = {
	"location_en", "location_ar", "latitude", "longitude", "geolocation_precision", "governorate",
};

struct tally {
	char name[32];
	long n, en_n, en_found, en_geo, en_10km, ar_n, ar_found, ar_geo, ar_10km, gov_n, gov_ok;
};

struct eval {
	const struct gazetteer *g;
	int col[C_COUNT];
	int header_done;
	int field;
	char *cur[C_COUNT];
	long line;
	struct tally all;
	struct tally cls[32];
	int ncls;
	int verbose;
};

double eval_share(long k, long n)
{
	return n ? (double)k / (double)n : 0.0;
}

static void on_field(void *data, size_t len, void *arg)
{
	struct eval *ev = arg;
	if (!ev->header_done) {
		for (int i = 0; i < C_COUNT; i++)
			if (strlen(col_names[i]) == len && !memcmp(data, col_names[i], len))
				ev->col[i] = ev->field;
	} else {
		for (int i = 0; i < C_COUNT; i++)
			if (ev->col[i] == ev->field) {
				free(ev->cur[i]);
				ev->cur[i] = xstrndup(data ? data : "", len);
			}
	}
	ev->field++;
}

static struct tally *class_of(struct eval *ev, const char *name)
{
	const char *k = name && *name ? name : "(none)";
	for (int i = 0; i < ev->ncls; i++)
		if (!strcmp(ev->cls[i].name, k))
			return &ev->cls[i];
	if (ev->ncls == 32)
		return NULL;
	struct tally *t = &ev->cls[ev->ncls++];
	memset(t, 0, sizeof *t);
	snprintf(t->name, sizeof t->name, "%s", k);
	return t;
}

const struct place *eval_gov_of(const struct gazetteer *g, const struct place *p)
{
	if (!p)
		return NULL;
	if (p->row.kind == PK_GOVERNORATE)
		return p;
	return p->governorate >= 0 ? gaz_place(g, (size_t)p->governorate) : NULL;
}

const struct place *eval_gov_named(const struct gazetteer *g, const char *name)
{
	struct gaz_candidate c[16];
	size_t n = gaz_lookup(g, name, strlen(name), c, 16);
	for (size_t i = 0; i < n && i < 16; i++)
		if (c[i].place->row.kind == PK_GOVERNORATE)
			return c[i].place;
	return n ? eval_gov_of(g, c[0].place) : NULL;
}

static const struct place *resolve(const struct gazetteer *g, const char *name)
{
	struct gaz_candidate c[1];
	return name && *name && gaz_lookup(g, name, strlen(name), c, 1) ? c[0].place : NULL;
}

static void count(struct tally *t, const char *name, const struct place *p, int has_geo, double lat, double lon,
		  int ar)
{
	if (!name || !*name)
		return;
	int near = p && has_geo && !isnan(p->row.lat) && geo_km(lat, lon, p->row.lat, p->row.lon) <= 10.0;
	if (ar) {
		t->ar_n++;
		t->ar_found += p != NULL;
		t->ar_geo += has_geo;
		t->ar_10km += near;
	} else {
		t->en_n++;
		t->en_found += p != NULL;
		t->en_geo += has_geo;
		t->en_10km += near;
	}
}

static void on_row(int c, void *arg)
{
	(void)c;
	struct eval *ev = arg;
	ev->line++;
	if (!ev->header_done) {
		ev->header_done = 1;
		ev->field = 0;
		return;
	}
	ev->field = 0;
	const struct gazetteer *g = ev->g;
	char *end1 = NULL, *end2 = NULL;
	const char *slat = ev->cur[C_LAT] ? ev->cur[C_LAT] : "", *slon = ev->cur[C_LON] ? ev->cur[C_LON] : "";
	double lat = strtod(slat, &end1), lon = strtod(slon, &end2);
	int has_geo = *slat && *slon && !*end1 && !*end2 && isfinite(lat) && isfinite(lon);
	const struct place *en = resolve(g, ev->cur[C_EN]);
	const struct place *ar = resolve(g, ev->cur[C_AR]);
	struct tally *ts[2] = { &ev->all, class_of(ev, ev->cur[C_PREC]) };
	for (int i = 0; i < 2; i++) {
		if (!ts[i])
			continue;
		ts[i]->n++;
		count(ts[i], ev->cur[C_EN], en, has_geo, lat, lon, 0);
		count(ts[i], ev->cur[C_AR], ar, has_geo, lat, lon, 1);
	}
	const char *gname = ev->cur[C_GOV];
	const struct place *answer = en ? en : ar;
	if (gname && *gname && answer) {
		const struct place *want = eval_gov_named(g, gname);
		int ok = want && eval_gov_of(g, answer) == want;
		for (int i = 0; i < 2; i++)
			if (ts[i]) {
				ts[i]->gov_n++;
				ts[i]->gov_ok += ok;
			}
	}
	if (ev->verbose) {
		double d = en && has_geo && !isnan(en->row.lat) ? geo_km(lat, lon, en->row.lat, en->row.lon) : -1;
		double da = ar && has_geo && !isnan(ar->row.lat) ? geo_km(lat, lon, ar->row.lat, ar->row.lon) : -1;
		printf("%ld\t%s\t%s\t%.1f\t%s\t%s\t%.1f\n", ev->line, ev->cur[C_EN] ? ev->cur[C_EN] : "",
		       en ? en->row.name_en : "-", d, ev->cur[C_AR] ? ev->cur[C_AR] : "",
		       ar ? ar->row.name_en : "-", da);
	}
	for (int i = 0; i < C_COUNT; i++) {
		free(ev->cur[i]);
		ev->cur[i] = NULL;
	}
}

static void print_tally(const struct tally *t)
{
	printf("%-22s %6ld %8.3f %8.3f %8.3f %8.3f %8.3f\n", t->name, t->n, eval_share(t->en_10km, t->en_geo),
	       eval_share(t->ar_10km, t->ar_geo), eval_share(t->en_found, t->en_n), eval_share(t->ar_found, t->ar_n),
	       eval_share(t->gov_ok, t->gov_n));
}

static int eval_places(struct cmd_ctx *c, const char *gold, const char *country, int verbose)
{
	struct err e;
	FILE *f = fopen(gold, "rb");
	if (!f) {
		err_at(&e, ERR_IO, gold, 0, "cannot open the gold file");
		err_print(&e);
		return EXIT_FAIL;
	}
	struct gazetteer *g;
	if (cli_open_gazetteer(c, &g, &e)) {
		fclose(f);
		err_print(&e);
		return EXIT_FAIL;
	}
	if (gaz_set_focus(g, country, &e)) {
		fclose(f);
		gaz_free(g);
		return cli_usage_error("eval", "%s", e.what);
	}
	struct eval *ev = xcalloc(1, sizeof *ev);
	ev->g = g;
	ev->verbose = verbose;
	for (int i = 0; i < C_COUNT; i++)
		ev->col[i] = -1;
	snprintf(ev->all.name, sizeof ev->all.name, "all");
	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	char chunk[65536];
	size_t got;
	int bad = 0;
	while (!bad && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
		bad = csv_parse(&p, chunk, got, on_field, on_row, ev) != got;
	if (!bad)
		bad = csv_fini(&p, on_field, on_row, ev) != 0;
	int status = EXIT_OK;
	if (bad) {
		err_at(&e, ERR_INPUT, gold, ev->line + 1, "malformed CSV (%s)", csv_strerror(csv_error(&p)));
		err_print(&e);
		status = EXIT_FAIL;
	} else if (ev->col[C_EN] < 0 && ev->col[C_AR] < 0) {
		err_at(&e, ERR_INPUT, gold, 1, "no location_en or location_ar column: not a places gold file");
		err_print(&e);
		status = EXIT_FAIL;
	} else {
		printf("%-22s %6s %8s %8s %8s %8s %8s\n", "precision", "n", "en_10km", "ar_10km", "en_found",
		       "ar_found", "gov");
		for (int i = 0; i < ev->ncls; i++)
			print_tally(&ev->cls[i]);
		print_tally(&ev->all);
		const struct tally *t = &ev->all;
		printf("eval places: n=%ld en_10km=%.3f ar_10km=%.3f en_found=%.3f ar_found=%.3f governorate=%.3f\n",
		       t->n, eval_share(t->en_10km, t->en_geo), eval_share(t->ar_10km, t->ar_geo),
		       eval_share(t->en_found, t->en_n), eval_share(t->ar_found, t->ar_n), eval_share(t->gov_ok, t->gov_n));
	}
	csv_free(&p);
	for (int i = 0; i < C_COUNT; i++)
		free(ev->cur[i]);
	free(ev);
	gaz_free(g);
	fclose(f);
	return status;
}

int cmd_eval(struct cmd_ctx *c)
{
	enum { O_GOLD = 1, O_VERBOSE, O_COUNTRY, O_LANG, O_INCIDENTS };
	static const struct option longopts[] = {
		{ "gold", required_argument, NULL, O_GOLD },
		{ "verbose", no_argument, NULL, O_VERBOSE },
		{ "country", required_argument, NULL, O_COUNTRY },
		{ "lang", required_argument, NULL, O_LANG },
		{ "incidents", required_argument, NULL, O_INCIDENTS },
		{ 0 }
	};
	struct eval_opts o = { 0 };
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(c->argc, c->argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_GOLD: o.gold = optarg; break;
		case O_VERBOSE: o.verbose = 1; break;
		case O_COUNTRY: o.country = optarg; break;
		case O_LANG: o.lang = optarg; break;
		case O_INCIDENTS: o.incidents = optarg; break;
		default:
			if (optopt && optopt != '?')
				return cli_usage_error("eval", "option '%s' needs a value", c->argv[optind - 1]);
			return cli_usage_error("eval", "unknown option '%s'", c->argv[optind - 1]);
		}
	}
	if (optind >= c->argc)
		return cli_usage_error("eval", "eval needs what to measure: places, extract or claims");
	const char *what = c->argv[optind];
	int places = !strcmp(what, "places"), extract = !strcmp(what, "extract"), claims = !strcmp(what, "claims");
	if (!places && !extract && !claims)
		return cli_usage_error("eval", "cannot evaluate '%s' (places, extract or claims)", what);
	if (optind + 1 < c->argc)
		return cli_usage_error("eval", "unexpected argument '%s'", c->argv[optind + 1]);
	if (!o.gold)
		return cli_usage_error("eval", "eval %s needs --gold FILE", what);
	if (!claims && (o.lang || o.incidents))
		return cli_usage_error("eval", "--%s is for eval claims", o.lang ? "lang" : "incidents");
	if (places)
		return eval_places(c, o.gold, o.country, o.verbose);
	return extract ? eval_extract(c, &o) : eval_claims(c, &o);
}
