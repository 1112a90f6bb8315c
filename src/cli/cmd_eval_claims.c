/* cmd_eval_claims.c - `civcas eval claims --gold FILE.jsonl`: each text's
 * main incident claim against a gold one.
 *
 * Without --incidents the gold is the record's own `gold` object, a person's
 * reading of that text (docs/annotation-guide.md): the clean per-text
 * measure. With --incidents the records are Airwars source texts and the gold
 * is the incident they were cited for (the first of their incident_codes, in
 * Airwars' incident table): weak gold, since a text may report a partial toll
 * or another day's strike, but thousands of texts. Each text is extracted on
 * its own, with its publication date when it has one. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/xalloc.h"
#include "cli/eval.h"
#include "extract/chrome.h"
#include "extract/when.h"
#include "gazetteer/gazetteer.h"

/* Our weapons in the guide's classes: missile and rocket are one class
 * there, and it has none for shooting or executions, which are ground
 * attacks ("ground attack" gold against our "shooting" is most of the
 * weapon disagreements on the development set otherwise). */
static int weapon_class(int w)
{
	switch (w) {
	case WEAPON_ROCKET: return WEAPON_MISSILE;
	case WEAPON_SHOOTING: case WEAPON_EXECUTION: return WEAPON_GROUND;
	default: return w;
	}
}

static int gold_weapon(const char *s)
{
	static const struct {
		const char *name;
		enum weapon w;
	} names[] = {
		{ "airstrike", WEAPON_AIRSTRIKE }, { "drone", WEAPON_DRONE }, { "artillery/shelling", WEAPON_SHELLING },
		{ "missile/rocket", WEAPON_MISSILE }, { "barrel bomb", WEAPON_BARREL_BOMB },
		{ "ground attack", WEAPON_GROUND }, { "explosion/IED", WEAPON_EXPLOSION }, { "unknown", WEAPON_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcasecmp(s, names[i].name))
			return (int)names[i].w;
	return weapon_parse(s);
}

/* A gold range: min -1 for "no figure", max -1 open-ended. */
static struct range gold_range(const cJSON *gold, const char *min_key, const char *max_key)
{
	struct range r = { eval_json_count(gold, min_key), eval_json_count(gold, max_key) };
	if (r.min < 0)
		r = RANGE_NONE;
	else if (r.max < 0)
		r.max = RANGE_UNKNOWN;
	return r;
}

static int range_same(struct range a, struct range b)
{
	if (!range_known(a) || !range_known(b))
		return range_known(a) == range_known(b);
	return a.min == b.min && a.max == b.max;
}

enum { K_DATE, K_GOV, K_BEL, K_WEAPON, K_KILLED, K_OVERLAP, K_INJURED, K_COUNT };
static const char *const k_names[K_COUNT] = {
	"date", "governorate", "belligerent", "weapon", "killed", "killed_overlap", "injured",
};

struct claims_eval {
	struct eval_runner *r;
	const char *path;
	const char *lang;
	int verbose;
	int *bad;
	long n, gold_claims, ours_claims, both;
	long den[K_COUNT], right[K_COUNT];
	struct buf why;   /* this text's disagreements */
	/* --incidents */
	struct incidents *inc;
};

static void why_add(struct claims_eval *ev, const char *field, const char *gold, const char *ours)
{
	buf_addf(&ev->why, "%s%s %s / %s", ev->why.len ? "; " : "", field, gold, ours);
}

static void tally(struct claims_eval *ev, int k, int ok, const char *gold, const char *ours)
{
	ev->den[k]++;
	ev->right[k] += ok;
	if (!ok && k != K_OVERLAP)
		why_add(ev, k_names[k], gold, ours);
}

/* The parts every claims record needs; NULL (reported) when it lacks them or
 * is in another language than --lang. */
static const char *record_text(struct claims_eval *ev, const cJSON *rec, long line)
{
	const char *lang = eval_json_str(rec, "language");
	if (ev->lang && (!lang || strcasecmp(lang, ev->lang)))
		return NULL;
	const char *text = eval_json_str(rec, "text");
	if (!text) {
		struct err pe;
		err_at(&pe, ERR_INPUT, ev->path, line, "record has no text, skipped");
		eval_problem(&pe);
		*ev->bad = 1;
	}
	return text;
}

static void compare_gold(struct claims_eval *ev, const cJSON *gold, const struct claim *c)
{
	const struct gazetteer *g = ev->r->g;
	char a[128], b[128];
	const char *s;
	if ((s = eval_json_str(gold, "date"))) {
		struct date d;
		int ok = 0;
		if (date_parse(s, strlen(s), DATE_MDY, &d) == 0 && c->date.year == d.year && c->date.month == d.month) {
			if (d.precision >= DATE_DAY)
				ok = c->date_precision == WHEN_DAY && c->date.day == d.day;
			else
				ok = c->date_precision >= WHEN_MONTH;
		}
		tally(ev, K_DATE, ok, s, eval_date_str(c, a, sizeof a));
	}
	if ((s = eval_json_str(gold, "governorate"))) {
		const struct place *want = eval_gov_gold(g, s), *ours = eval_claim_gov(g, c);
		tally(ev, K_GOV, want && want == ours, s, eval_place_str(ours));
	}
	const cJSON *bel = cJSON_GetObjectItemCaseSensitive(gold, "belligerent");
	if (cJSON_IsString(bel) || cJSON_IsArray(bel)) {
		unsigned want = 0;
		const cJSON *it;
		if (cJSON_IsString(bel))
			want = eval_bel_bit(bel->valuestring, strlen(bel->valuestring));
		cJSON_ArrayForEach(it, bel)
			if (cJSON_IsString(it))
				want |= eval_bel_bit(it->valuestring, strlen(it->valuestring));
		unsigned ours = c->belligerents ? c->belligerents : 1u << BEL_UNKNOWN;
		char *gs = cJSON_PrintUnformatted(bel);
		tally(ev, K_BEL, (want & ours) != 0, gs ? gs : "?", eval_bel_str(ours, a, sizeof a));
		free(gs);
	}
	if ((s = eval_json_str(gold, "weapon"))) {
		int w = gold_weapon(s);
		tally(ev, K_WEAPON, w >= 0 && weapon_class(w) == weapon_class((int)c->weapon), s,
		      weapon_code(c->weapon));
	}
	struct range gk = gold_range(gold, "civilians_killed_min", "civilians_killed_max"), ok = eval_civ_killed(c);
	tally(ev, K_KILLED, range_same(gk, ok), eval_range_str(gk, a, sizeof a), eval_range_str(ok, b, sizeof b));
	if (range_known(gk) && range_known(ok))
		tally(ev, K_OVERLAP, eval_ranges_overlap(gk, ok), "", "");
	struct range gi = gold_range(gold, "injured_min", "injured_max"), oi = eval_civ_injured(c);
	tally(ev, K_INJURED, range_same(gi, oi), eval_range_str(gi, a, sizeof a), eval_range_str(oi, b, sizeof b));
}

static void annotated_record(void *arg, const cJSON *rec, long line)
{
	struct claims_eval *ev = arg;
	const char *text = record_text(ev, rec, line);
	if (!text)
		return;
	const cJSON *gold = cJSON_GetObjectItemCaseSensitive(rec, "gold");
	if (!cJSON_IsObject(gold)) {
		struct err pe;
		err_at(&pe, ERR_INPUT, ev->path, line,
		       "record has no gold object (source texts need --incidents), skipped");
		eval_problem(&pe);
		*ev->bad = 1;
		return;
	}
	const struct claim *c = eval_main_claim(ev->r, NULL, text, strlen(text),
						eval_json_str(rec, "publication_date"), eval_json_str(rec, "language"));
	int want = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(gold, "incident_claim"));
	ev->n++;
	ev->gold_claims += want;
	ev->ours_claims += c != NULL;
	buf_reset(&ev->why);
	if (want && c) {
		ev->both++;
		compare_gold(ev, gold, c);
	} else if (want || c) {
		why_add(ev, "claim", want ? "yes" : "no", c ? "yes" : "no");
	}
	if (ev->verbose && ev->why.len) {
		const char *id = eval_json_str(rec, "source_id");
		if (id)
			printf("%s: %s\n", id, ev->why.data);
		else
			printf("line %ld: %s\n", line, ev->why.data);
	}
}

/* ------------------------------------------------------------ eval claims --incidents */

struct incident {
	char *date, *date_end, *lat, *lon, *gov[3], *bel, *kmin, *kmax;
};
struct code_ref {
	char *code;
	size_t i;
};
struct incidents {
	struct incident *v;
	size_t n, cap;
	struct code_ref *codes;
	size_t ncodes, codes_cap;
};

enum { I_CODE, I_DATE, I_DATE_END, I_LAT, I_LON, I_GOV, I_PROVINCE, I_REGION, I_BEL, I_KMIN, I_KMAX, I_COUNT };
static const struct eval_column incident_cols[I_COUNT] = {
	{ "code", 1 }, { "date", 1 }, { "date_end", 0 }, { "latitude", 1 }, { "longitude", 1 },
	{ "governorate", 1 }, { "province", 0 }, { "region", 0 }, { "belligerent", 1 },
	{ "civilians_killed_min", 1 }, { "civilians_killed_max", 1 },
};

static void incident_row(void *arg, const char *const *v, long line)
{
	struct incidents *t = arg;
	(void)line;
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 1024;
		t->v = xrealloc(t->v, t->cap * sizeof *t->v);
	}
	struct incident *in = &t->v[t->n];
	in->date = xstrdup(v[I_DATE]);
	in->date_end = xstrdup(v[I_DATE_END]);
	in->lat = xstrdup(v[I_LAT]);
	in->lon = xstrdup(v[I_LON]);
	in->gov[0] = xstrdup(v[I_GOV]);
	in->gov[1] = xstrdup(v[I_PROVINCE]);
	in->gov[2] = xstrdup(v[I_REGION]);
	in->bel = xstrdup(v[I_BEL]);
	in->kmin = xstrdup(v[I_KMIN]);
	in->kmax = xstrdup(v[I_KMAX]);
	/* "CS230 RS0909": one incident listed under two codes */
	for (const char *s = v[I_CODE]; *s;) {
		size_t k = strcspn(s, " \t,");
		if (k) {
			if (t->ncodes == t->codes_cap) {
				t->codes_cap = t->codes_cap ? 2 * t->codes_cap : 1024;
				t->codes = xrealloc(t->codes, t->codes_cap * sizeof *t->codes);
			}
			t->codes[t->ncodes++] = (struct code_ref){ xstrndup(s, k), t->n };
		}
		s += k;
		s += strspn(s, " \t,");
	}
	t->n++;
}

static int code_cmp(const void *a, const void *b)
{
	const struct code_ref *x = a, *y = b;
	int c = strcmp(x->code, y->code);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

static void incidents_free(struct incidents *t)
{
	for (size_t i = 0; i < t->n; i++) {
		struct incident *in = &t->v[i];
		free(in->date);
		free(in->date_end);
		free(in->lat);
		free(in->lon);
		for (int k = 0; k < 3; k++)
			free(in->gov[k]);
		free(in->bel);
		free(in->kmin);
		free(in->kmax);
	}
	for (size_t i = 0; i < t->ncodes; i++)
		free(t->codes[i].code);
	free(t->v);
	free(t->codes);
}

/* The first incident a code list names ("RS4933", "IRS010 RS4631"), or NULL. */
static const struct incident *incident_find(const struct incidents *t, const char *codes)
{
	for (const char *s = codes; *s;) {
		size_t k = strcspn(s, " \t,");
		if (k) {
			char *code = xstrndup(s, k);
			struct code_ref key = { code, 0 };
			size_t lo = 0, hi = t->ncodes;
			while (lo < hi) {   /* the first entry >= code */
				size_t mid = lo + (hi - lo) / 2;
				if (code_cmp(&t->codes[mid], &key) < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			int found = lo < t->ncodes && !strcmp(t->codes[lo].code, code);
			free(code);
			if (found)
				return &t->v[t->codes[lo].i];
		}
		s += k;
		s += strspn(s, " \t,");
	}
	return NULL;
}

static int parse_double(const char *s, double *out)
{
	char *end;
	if (!*s)
		return 0;
	*out = strtod(s, &end);
	return !*end && isfinite(*out);
}

static long parse_count(const char *s)
{
	char *end;
	long v = *s ? strtol(s, &end, 10) : -1;
	return *s && !*end && v >= 0 ? v : -1;
}

static long day_of(const char *s)
{
	struct date d;
	if (!s || !*s || date_parse(s, strlen(s), DATE_MDY, &d) || d.precision < DATE_DAY)
		return -1;
	return date_days(d.year, d.month, d.day);
}

/* What a claim carries (X_found) and the figure for it being right (X). */
enum { A_DATE, A_PLACE, A_GOV, A_BEL, A_KILLED, A_COUNT };
static const char *const a_names[A_COUNT] = { "date", "place", "governorate", "belligerent", "killed" };
static const char *const a_right[A_COUNT] = { "date_1d", "place_10km", "governorate", "belligerent",
					      "killed_overlap" };

struct incident_eval {
	struct claims_eval *ev;
	const struct place *damascus, *rif_dimashq;
	long found[A_COUNT], den[A_COUNT], right[A_COUNT];
	long empty;        /* pages with no post: "This page isn't available" */
	long other_date;   /* texts dated more than a month from their incident */
};

/* Airwars' "Damascus" governorate holds Rif Dimashq too (Douma, Harasta,
 * Arbeen, Saqba ... 475 incidents, against 3 in "Rif Dimashq"): one
 * governorate here. */
static int same_gov(const struct incident_eval *ie, const struct place *a, const struct place *b)
{
	int a_dam = a == ie->damascus || a == ie->rif_dimashq, b_dam = b == ie->damascus || b == ie->rif_dimashq;
	return a == b || (a && b && a_dam && b_dam);
}

static void incident_compare(struct incident_eval *ie, const struct incident *in, const struct claim *c)
{
	struct claims_eval *ev = ie->ev;
	const struct gazetteer *g = ev->r->g;
	char a[128], b[128];

	if (c->date_precision != WHEN_NONE) {
		ie->found[A_DATE]++;
		long d0 = day_of(in->date), d1 = day_of(in->date_end);
		if (d0 >= 0) {
			if (d1 < d0)
				d1 = d0;
			long ours = c->date_precision == WHEN_DAY ? date_days(c->date.year, c->date.month, c->date.day)
								  : -1;
			int ok = ours >= 0 && ours >= d0 - 1 && ours <= d1 + 1;
			ie->den[A_DATE]++;
			ie->right[A_DATE] += ok;
			if (!ok) {
				snprintf(b, sizeof b, "%s%s%s", in->date, *in->date_end ? ".." : "", in->date_end);
				why_add(ev, "date", b, eval_date_str(c, a, sizeof a));
			}
		}
	}

	if (c->place_id || !isnan(c->lat)) {
		ie->found[A_PLACE]++;
		double lat, lon;
		if (parse_double(in->lat, &lat) && parse_double(in->lon, &lon)) {
			double km = isnan(c->lat) || isnan(c->lon) ? -1 : geo_km(lat, lon, c->lat, c->lon);
			int ok = km >= 0 && km <= 10.0;
			ie->den[A_PLACE]++;
			ie->right[A_PLACE] += ok;
			if (!ok) {
				snprintf(a, sizeof a, "%s,%s", in->lat, in->lon);
				if (km < 0)
					snprintf(b, sizeof b, "%s (no coordinates)", c->place_name ? c->place_name : "-");
				else
					snprintf(b, sizeof b, "%s (%.0f km)", c->place_name ? c->place_name : "-", km);
				why_add(ev, "place", a, b);
			}
		}
	}

	const struct place *ours = eval_claim_gov(g, c);
	if (ours) {
		ie->found[A_GOV]++;
		const struct place *want = NULL;
		const char *name = "";
		for (int k = 0; k < 3 && !want; k++)
			if (*in->gov[k]) {
				name = in->gov[k];
				want = eval_gov_gold(g, name);
			}
		if (want) {
			int ok = same_gov(ie, want, ours);
			ie->den[A_GOV]++;
			ie->right[A_GOV] += ok;
			if (!ok)
				why_add(ev, "governorate", name, eval_place_str(ours));
		}
	}

	unsigned mine = c->belligerents & ~(1u << BEL_UNKNOWN);
	if (mine) {
		ie->found[A_BEL]++;
		unsigned want = 0;
		for (const char *s = in->bel; *s;) {
			size_t k = strcspn(s, ",");
			want |= eval_bel_bit(s, k);
			s += k + (s[k] == ',');
		}
		want &= ~(1u << BEL_UNKNOWN);
		if (want) {
			int ok = (want & mine) != 0;
			ie->den[A_BEL]++;
			ie->right[A_BEL] += ok;
			if (!ok)
				why_add(ev, "belligerent", in->bel, eval_bel_str(mine, a, sizeof a));
		}
	}

	struct range k = eval_civ_killed(c);
	if (range_known(k)) {
		ie->found[A_KILLED]++;
		struct range want = { parse_count(in->kmin), parse_count(in->kmax) };
		if (want.min < 0 && want.max >= 0)
			want.min = 0;
		if (want.min >= 0) {
			if (want.max < 0)
				want.max = RANGE_UNKNOWN;
			int ok = eval_ranges_overlap(want, k);
			ie->den[A_KILLED]++;
			ie->right[A_KILLED] += ok;
			if (!ok)
				why_add(ev, "killed", eval_range_str(want, a, sizeof a), eval_range_str(k, b, sizeof b));
		}
	}
}

/* A text dated (its publication date, else the date it shows: a post's
 * stamp, a "Published" line) more than 30 days from its incident: a later
 * or earlier report, often not the post the incident cites. */
static int far_dated(const struct incident *in, const char *published, const char *text, struct date *d)
{
	long d0 = day_of(in->date), d1 = day_of(in->date_end);
	if (d0 < 0)
		return 0;
	if (d1 < d0)
		d1 = d0;
	if (!published || date_parse(published, strlen(published), DATE_MDY, d) || d->precision < DATE_DAY)
		if (!when_text_date(text, strlen(text), d) || d->precision < DATE_DAY)
			return 0;
	long ours = date_days(d->year, d->month, d->day);
	return ours < d0 - 30 || ours > d1 + 30;
}

static void source_record(void *arg, const cJSON *rec, long line)
{
	struct incident_eval *ie = arg;
	struct claims_eval *ev = ie->ev;
	const char *text = record_text(ev, rec, line);
	if (!text)
		return;
	const cJSON *codes = cJSON_GetObjectItemCaseSensitive(rec, "incident_codes");
	const cJSON *first = cJSON_IsArray(codes) ? cJSON_GetArrayItem(codes, 0) : codes;
	const char *code = cJSON_IsString(first) ? first->valuestring : NULL;
	struct err pe;
	if (!code || !*code) {
		err_at(&pe, ERR_INPUT, ev->path, line, "record has no incident_codes, skipped");
		eval_problem(&pe);
		*ev->bad = 1;
		return;
	}
	const struct incident *in = incident_find(ev->inc, code);
	if (!in) {
		err_at(&pe, ERR_INPUT, ev->path, line, "incident '%.64s' is not in the incidents file, skipped", code);
		eval_problem(&pe);
		*ev->bad = 1;
		return;
	}
	const char *published = eval_json_str(rec, "publication_date");
	const struct claim *c = eval_main_claim(ev->r, NULL, text, strlen(text), published,
						eval_json_str(rec, "language"));
	ev->n++;
	buf_reset(&ev->why);
	struct date d;
	if (page_is_empty(text, strlen(text))) {
		ie->empty++;
		why_add(ev, "page", "post", "none (the site's notice only)");
	} else if (far_dated(in, published, text, &d)) {
		char a[32];
		d.precision = DATE_DAY;
		date_format_iso(&d, a, sizeof a);
		ie->other_date++;
		why_add(ev, "text date", in->date, a);
	}
	if (c) {
		ev->ours_claims++;
		incident_compare(ie, in, c);
	} else {
		why_add(ev, "claim", "yes", "no");
	}
	if (ev->verbose && ev->why.len) {
		const char *id = eval_json_str(rec, "source_id");
		printf("%s %s: %s\n", id ? id : "-", code, ev->why.data);
	}
}

int eval_claims(struct cmd_ctx *c, const struct eval_opts *o)
{
	struct eval_runner r;
	int status = eval_runner_open(c, o, &r);
	if (status)
		return status;
	int bad = 0, rc;
	struct err e;
	struct incidents inc = { 0 };
	struct claims_eval ev = { .r = &r, .path = o->gold, .lang = o->lang, .verbose = o->verbose, .bad = &bad };
	buf_init(&ev.why);
	if (o->incidents) {
		struct incident_eval ie = { .ev = &ev };
		ev.inc = &inc;
		ie.damascus = eval_gov_named(r.g, "Damascus");
		ie.rif_dimashq = eval_gov_named(r.g, "Rif Dimashq");
		rc = eval_table_read(o->incidents, "incidents", incident_cols, I_COUNT, "an Airwars incidents file",
				     incident_row, &inc, &bad, &e);
		if (!rc) {
			qsort(inc.codes, inc.ncodes, sizeof *inc.codes, code_cmp);
			rc = eval_jsonl_read(o->gold, source_record, &ie, &bad, &e);
		}
		if (!rc) {
			long k = ev.ours_claims;
			printf("eval claims: n=%ld claimed=%.3f", ev.n, eval_share(k, ev.n));
			for (int a = 0; a < A_COUNT; a++) {
				if (a != A_GOV)
					printf(" %s_found=%.3f", a_names[a], eval_share(ie.found[a], k));
				printf(" %s=%.3f", a_right[a], eval_share(ie.right[a], ie.den[a]));
			}
			printf(" empty_pages=%ld other_date=%ld\n", ie.empty, ie.other_date);
		}
	} else {
		rc = eval_jsonl_read(o->gold, annotated_record, &ev, &bad, &e);
		if (!rc) {
			printf("eval claims: n=%ld claim_p=%.3f claim_r=%.3f", ev.n, eval_share(ev.both, ev.ours_claims),
			       eval_share(ev.both, ev.gold_claims));
			for (int k = 0; k < K_COUNT; k++)
				printf(" %s=%.3f", k_names[k], eval_share(ev.right[k], ev.den[k]));
			putchar('\n');
		}
	}
	if (rc) {
		err_print(&e);
		status = EXIT_FAIL;
	} else {
		status = bad ? EXIT_FAIL : EXIT_OK;
	}
	buf_release(&ev.why);
	incidents_free(&inc);
	eval_runner_close(&r);
	return status;
}
