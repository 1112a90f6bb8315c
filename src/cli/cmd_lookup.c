/* cmd_lookup.c - `civcas gazetteer lookup NAME`: ranked candidates, each
 * with the reason it was found; "not found" with the nearest names. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "cli/cli.h"
#include "gazetteer/gazetteer.h"
#include "io/out.h"

static const struct out_column cols[] = {
	{ "rank", 4, 1 }, { "id", 22, 0 }, { "kind", 12, 0 }, { "name", 24, 0 }, { "arabic", 16, 0 },
	{ "governorate", 14, 0 }, { "lat", 9, 1 }, { "lon", 9, 1 }, { "precision", 20, 0 }, { "why", 40, 0 },
};

/* The gazetteer with the database's places when there is a database. */
int cli_open_gazetteer(struct cmd_ctx *c, struct gazetteer **g, struct err *e)
{
	struct stat sb;
	struct store *s = NULL;
	int rc = 0;
	if (c->store) {
		s = c->store;
	} else if (c->db && stat(c->db, &sb) == 0) {
		rc = store_open(c->db, STORE_READONLY, &s, e);
		if (rc)
			return rc;
	}
	rc = gaz_open(s, g, e);
	if (s && s != c->store)
		store_close(s);
	return rc;
}

int cmd_gazetteer_lookup(struct cmd_ctx *c, int argc, char **argv)
{
	enum { O_FORMAT = 1, O_LIMIT, O_COUNTRY };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, O_FORMAT },
		{ "limit", required_argument, NULL, O_LIMIT },
		{ "country", required_argument, NULL, O_COUNTRY },
		{ 0 }
	};
	int fmt = OUT_TABLE, opt, limit = 10;
	const char *country = NULL;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_FORMAT:
			fmt = out_format_parse(optarg);
			if (fmt < 0)
				return cli_usage_error("gazetteer", "unknown format '%s' (table, csv, json)", optarg);
			break;
		case O_LIMIT:
			if (sscanf(optarg, "%d", &limit) != 1 || limit < 1 || limit > 100)
				return cli_usage_error("gazetteer", "--limit takes 1 to 100, not '%s'", optarg);
			break;
		case O_COUNTRY: country = optarg; break;
		default:
			return cli_usage_error("gazetteer", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("gazetteer", "lookup needs a NAME");
	struct buf name = BUF_INIT;
	for (int i = optind; i < argc; i++) {
		if (i > optind)
			buf_addc(&name, ' ');
		buf_adds(&name, argv[i]);
	}
	struct err e;
	struct gazetteer *g;
	if (cli_open_gazetteer(c, &g, &e)) {
		err_print(&e);
		buf_release(&name);
		return EXIT_FAIL;
	}
	if (gaz_set_focus(g, country, &e)) {
		gaz_free(g);
		buf_release(&name);
		return cli_usage_error("gazetteer", "%s", e.what);
	}
	struct gaz_candidate cand[100];
	size_t n = gaz_lookup(g, name.data, name.len, cand, (size_t)limit);
	int status = EXIT_OK;
	if (!n) {
		const struct place *near[8];
		size_t k = gaz_nearest(g, name.data, name.len, near, 8);
		fprintf(stderr, "civcas: not found: '%s'", name.data);
		for (size_t i = 0; i < k; i++)
			fprintf(stderr, "%s%s%s%s (%s)", i ? ", " : "; nearest: ", near[i]->row.name_en,
				*near[i]->row.name_ar ? " / " : "", near[i]->row.name_ar,
				place_kind_name(near[i]->row.kind));
		fputc('\n', stderr);
		status = EXIT_FAIL;
	} else {
		struct out *o = out_new(stdout, (enum out_format)fmt, cols, (int)(sizeof cols / sizeof *cols));
		for (size_t i = 0; i < n && i < (size_t)limit; i++) {
			const struct place *p = cand[i].place;
			char rank[24], lat[48] = "", lon[48] = "";   /* room for any double */
			snprintf(rank, sizeof rank, "%zu", i + 1);
			if (!isnan(p->row.lat)) {
				snprintf(lat, sizeof lat, "%.5f", p->row.lat);
				snprintf(lon, sizeof lon, "%.5f", p->row.lon);
			}
			const struct place *gov = p->governorate >= 0 ? gaz_place(g, (size_t)p->governorate) : NULL;
			const char *v[] = { rank, p->row.id, place_kind_name(p->row.kind), p->row.name_en,
					    p->row.name_ar, gov ? gov->row.name_en : NULL, *lat ? lat : NULL,
					    *lon ? lon : NULL, geo_precision_name(cand[i].precision), cand[i].why };
			out_row(o, v);
		}
		out_free(o);
	}
	gaz_free(g);
	buf_release(&name);
	return status;
}
