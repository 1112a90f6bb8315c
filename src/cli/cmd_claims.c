/* cmd_claims.c - `civcas claims`: list extracted claims with their evidence,
 * and the rows a claim makes in every format (show uses them too). */
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "cli/cli.h"
#include "gazetteer/gazetteer.h"
#include "io/out.h"

static const struct out_column table_cols[] = {
	{ "id", 6, 1 }, { "doc", 5, 1 }, { "kind", 9, 0 }, { "date", 10, 0 }, { "place", 18, 0 },
	{ "belligerent", 12, 0 }, { "weapon", 11, 0 }, { "killed", 9, 1 }, { "injured", 9, 1 },
	{ "quote", 60, 0 },
};

/* One column per field; the quote, free text, last. */
static const struct out_column data_cols[] = {
	{ "id", 0, 1 }, { "document_id", 0, 1 }, { "extractor", 0, 0 }, { "kind", 0, 0 },
	{ "main", 0, 1 }, { "evidence_start", 0, 1 }, { "evidence_end", 0, 1 },
	{ "sentence_start", 0, 1 }, { "sentence_end", 0, 1 },
	{ "killed_min", 0, 1 }, { "killed_max", 0, 1 }, { "injured_min", 0, 1 }, { "injured_max", 0, 1 },
	{ "missing_min", 0, 1 }, { "missing_max", 0, 1 },
	{ "civilians_killed_min", 0, 1 }, { "civilians_killed_max", 0, 1 },
	{ "civilians_injured_min", 0, 1 }, { "civilians_injured_max", 0, 1 },
	{ "children_killed_min", 0, 1 }, { "children_killed_max", 0, 1 },
	{ "women_killed_min", 0, 1 }, { "women_killed_max", 0, 1 },
	{ "men_killed_min", 0, 1 }, { "men_killed_max", 0, 1 },
	{ "combatants_killed_min", 0, 1 }, { "combatants_killed_max", 0, 1 },
	{ "status", 0, 0 }, { "denied", 0, 1 }, { "date", 0, 0 }, { "date_end", 0, 0 },
	{ "date_precision", 0, 0 }, { "place_id", 0, 0 }, { "place_name", 0, 0 },
	{ "governorate", 0, 0 }, { "country", 0, 0 }, { "lat", 0, 1 }, { "lon", 0, 1 },
	{ "place_precision", 0, 0 }, { "place_start", 0, 1 }, { "place_end", 0, 1 },
	{ "belligerents", 0, 0 }, { "speaker", 0, 0 }, { "weapon", 0, 0 }, { "infrastructure", 0, 0 },
	{ "confidence", 0, 1 }, { "quote", 0, 0 },
};
#define NDATA (int)(sizeof data_cols / sizeof *data_cols)
#define NTABLE (int)(sizeof table_cols / sizeof *table_cols)

struct out *cli_claims_out(int fmt)
{
	if (fmt == OUT_TABLE)
		return out_new(stdout, OUT_TABLE, table_cols, NTABLE);
	return out_new(stdout, (enum out_format)fmt, data_cols, NDATA);
}

void cli_range_text(char *buf, size_t size, struct range r)
{
	if (r.min == RANGE_UNKNOWN)
		snprintf(buf, size, "?");
	else if (r.max == RANGE_UNKNOWN)
		snprintf(buf, size, "%ld–?", r.min);
	else if (r.min == r.max)
		snprintf(buf, size, "%ld", r.min);
	else
		snprintf(buf, size, "%ld–%ld", r.min, r.max);
}

/* The members of a set as a comma list of their codes, "" when empty. */
static void codes(struct buf *b, unsigned set, int count, const char *(*code)(int))
{
	buf_reset(b);
	for (int i = 0; i < count; i++)
		if (set & (1u << i)) {
			if (b->len)
				buf_addc(b, ',');
			buf_adds(b, code(i));
		}
}

static const char *bel_code(int i) { return belligerent_code((enum belligerent)i); }
static const char *infra_name(int i) { return infra_code((enum infra)i); }

/* One data row being filled, with room for the text of its numbers. */
struct row {
	const char *v[NDATA];
	char n[NDATA][48];
	int k;
};

static void put(struct row *w, const char *s)
{
	w->v[w->k++] = s && *s ? s : NULL;
}

static void put_num(struct row *w, long long v)
{
	snprintf(w->n[w->k], sizeof w->n[w->k], "%lld", v);
	put(w, w->n[w->k]);
}

static void put_range(struct row *w, struct range r)
{
	if (r.min == RANGE_UNKNOWN)
		put(w, NULL);
	else
		put_num(w, r.min);
	if (r.max == RANGE_UNKNOWN)
		put(w, NULL);
	else
		put_num(w, r.max);
}

static void put_real(struct row *w, const char *fmt, double v)
{
	if (isnan(v)) {
		put(w, NULL);
		return;
	}
	snprintf(w->n[w->k], sizeof w->n[w->k], fmt, v);
	put(w, w->n[w->k]);
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

void cli_claim_row(struct out *o, int fmt, const struct claim_record *r)
{
	const struct claim *c = &r->c;
	struct buf bels = BUF_INIT, infra = BUF_INIT;
	char date[32], date_end[32];
	date_format_iso(&c->date, date, sizeof date);
	date_format_iso(&c->date_end, date_end, sizeof date_end);
	codes(&bels, c->belligerents, BEL_COUNT, bel_code);
	if (fmt == OUT_TABLE) {
		char id[24], doc[24], killed[48], injured[48], when[72];
		snprintf(id, sizeof id, "%" PRId64, r->id);
		snprintf(doc, sizeof doc, "%" PRId64, r->document_id);
		cli_range_text(killed, sizeof killed, c->killed);
		cli_range_text(injured, sizeof injured, c->injured);
		/* a period shows as an ISO interval, cut by the column */
		snprintf(when, sizeof when, "%s%s%s", date, *date_end ? "/" : "", date_end);
		const char *place = nonempty(c->place_name) ? c->place_name : nonempty(c->governorate);
		const char *v[NTABLE] = {
			id, doc, claim_kind_name(c->kind), nonempty(when), place, nonempty(bels.data),
			c->weapon == WEAPON_UNKNOWN ? NULL : weapon_code(c->weapon), killed, injured, r->quote,
		};
		out_row(o, v);
	} else {
		struct row w;
		w.k = 0;
		put_num(&w, r->id);
		put_num(&w, r->document_id);
		put(&w, r->extractor);
		put(&w, claim_kind_name(c->kind));
		put(&w, c->main ? "true" : "false");
		put_num(&w, (long long)c->start);
		put_num(&w, (long long)c->end);
		put_num(&w, (long long)c->sentence_start);
		put_num(&w, (long long)c->sentence_end);
		put_range(&w, c->killed);
		put_range(&w, c->injured);
		put_range(&w, c->missing);
		put_range(&w, c->civilians_killed);
		put_range(&w, c->civilians_injured);
		put_range(&w, c->children_killed);
		put_range(&w, c->women_killed);
		put_range(&w, c->men_killed);
		put_range(&w, c->combatants_killed);
		put(&w, victim_status_name(c->status));
		put(&w, c->denied ? "true" : "false");
		put(&w, date);
		put(&w, date_end);
		put(&w, when_precision_name(c->date_precision));
		put(&w, c->place_id);
		put(&w, c->place_name);
		put(&w, c->governorate);
		put(&w, c->country);
		put_real(&w, "%.5f", isnan(c->lon) ? NAN : c->lat);
		put_real(&w, "%.5f", isnan(c->lat) ? NAN : c->lon);
		put(&w, geo_precision_name((enum geo_precision)c->place_precision));
		put_num(&w, (long long)c->place_start);
		put_num(&w, (long long)c->place_end);
		put(&w, bels.data);
		put(&w, c->speaker == BEL_UNKNOWN ? NULL : belligerent_code(c->speaker));
		put(&w, weapon_code(c->weapon));
		codes(&infra, c->infrastructure, INFRA_COUNT, infra_name);
		put(&w, infra.data);
		put_real(&w, "%.2f", c->confidence);
		/* an empty quote is still a quote */
		w.v[w.k++] = r->quote;
		out_row(o, w.v);
	}
	buf_release(&bels);
	buf_release(&infra);
}

struct listing {
	struct out *out;
	int fmt;
};

static int one(void *ctx, const struct claim_record *r)
{
	struct listing *l = ctx;
	cli_claim_row(l->out, l->fmt, r);
	return 0;
}

/* A comma list of names into a set, by parse (-1 for unknown). */
static int parse_set(const char *cmd, const char *opt, const char *list, int (*parse)(const char *),
		     const char *known, unsigned *set)
{
	char one_name[64];
	const char *p = list;
	while (1) {
		size_t n = strcspn(p, ",");
		if (n == 0 || n >= sizeof one_name)
			return cli_usage_error(cmd, "%s wants one of %s, got '%s'", opt, known, list);
		memcpy(one_name, p, n);
		one_name[n] = '\0';
		int v = parse(one_name);
		if (v < 0)
			return cli_usage_error(cmd, "unknown %s '%s' (%s)", opt + 2, one_name, known);
		*set |= 1u << v;
		if (!p[n])
			return 0;
		p += n + 1;
	}
}

/* An ISO date for --since/--until from any date a person writes. */
static int parse_day(const char *cmd, const char *opt, const char *s, char out[32])
{
	struct date d;
	if (date_parse(s, strlen(s), DATE_DMY, &d) != 0)
		return cli_usage_error(cmd, "%s wants a date such as 2017-03-21, got '%s'", opt, s);
	if (d.precision > DATE_DAY)
		d.precision = DATE_DAY;
	date_format_iso(&d, out, 32);
	return 0;
}

static int kind_parse(const char *s) { return claim_kind_parse(s); }

int cmd_claims(struct cmd_ctx *c)
{
	enum { O_DOC = 1, O_KIND, O_BEL, O_WEAPON, O_MAIN, O_SINCE, O_UNTIL, O_GOV, O_MIN_KILLED, O_LIMIT,
	       O_FORMAT };
	static const struct option longopts[] = {
		{ "doc", required_argument, NULL, O_DOC },
		{ "kind", required_argument, NULL, O_KIND },
		{ "belligerent", required_argument, NULL, O_BEL },
		{ "weapon", required_argument, NULL, O_WEAPON },
		{ "main", no_argument, NULL, O_MAIN },
		{ "since", required_argument, NULL, O_SINCE },
		{ "until", required_argument, NULL, O_UNTIL },
		{ "governorate", required_argument, NULL, O_GOV },
		{ "min-killed", required_argument, NULL, O_MIN_KILLED },
		{ "limit", required_argument, NULL, O_LIMIT },
		{ "format", required_argument, NULL, O_FORMAT },
		{ 0 }
	};
	static const char kinds[] = "incident, admission, estimate, infrastructure, context";
	static const char bels[] = "coalition, russia, syria, turkey, israel, iraq, iran, isis, "
				   "opposition, sdf, hts, unknown";
	static const char weapons[] = "airstrike, drone, barrel_bomb, shelling, missile, rocket, "
				      "chemical, explosion, shooting, execution, ground, unknown";
	struct claim_filter f = { 0 };
	const char *doc = NULL;
	char since[32], until[32];
	int fmt = OUT_TABLE, opt;
	char *end;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(c->argc, c->argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_DOC: doc = optarg; break;
		case O_KIND:
			if (parse_set("claims", "--kind", optarg, kind_parse, kinds, &f.kinds))
				return EXIT_USAGE;
			break;
		case O_BEL:
			if (parse_set("claims", "--belligerent", optarg, belligerent_parse, bels, &f.belligerents))
				return EXIT_USAGE;
			break;
		case O_WEAPON:
			if (parse_set("claims", "--weapon", optarg, weapon_parse, weapons, &f.weapons))
				return EXIT_USAGE;
			break;
		case O_MAIN: f.main_only = 1; break;
		case O_SINCE:
			if (parse_day("claims", "--since", optarg, since))
				return EXIT_USAGE;
			f.since = since;
			break;
		case O_UNTIL:
			if (parse_day("claims", "--until", optarg, until))
				return EXIT_USAGE;
			f.until = until;
			break;
		case O_GOV: f.governorate = optarg; break;
		case O_MIN_KILLED:
			f.min_killed = strtol(optarg, &end, 10);
			if (*end || end == optarg || f.min_killed < 0)
				return cli_usage_error("claims", "--min-killed wants a number, got '%s'", optarg);
			break;
		case O_LIMIT:
			if (cli_opt_limit("claims", optarg, &f.limit))
				return EXIT_USAGE;
			break;
		case O_FORMAT:
			if (cli_opt_format("claims", optarg, &fmt))
				return EXIT_USAGE;
			break;
		default:
			return cli_unknown_option("claims", c->argv);
		}
	}
	if (cli_no_arguments("claims", c->argc, c->argv))
		return EXIT_USAGE;
	struct err e;
	if (doc) {
		struct doc_record *r;
		if (store_document_get(c->store, doc, 0, &r, &e)) {
			err_print(&e);
			return e.kind == ERR_USAGE ? EXIT_USAGE : EXIT_FAIL;
		}
		f.document_id = r->id;
		doc_record_free(r);
	}
	struct listing l = { .out = cli_claims_out(fmt), .fmt = fmt };
	int rc = store_claims_each(c->store, &f, one, &l, &e);
	return cli_list_done(l.out, rc, &e);
}
