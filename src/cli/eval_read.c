/* eval_read.c - what `eval extract` and `eval claims` share (eval.h): one
 * text through the extractor, a claim read the way the gold counts, and the
 * gold files read row by row with every bad row reported and skipped. */
#include <csv.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/caps.h"
#include "base/date.h"
#include "base/utf8.h"
#include "cli/eval.h"
#include "extract/extract.h"
#include "gazetteer/gazetteer.h"
#include "io/csv_row.h"
#include "io/lines.h"

/* ------------------------------------------------------------ running the extractor */

int eval_runner_open(struct cmd_ctx *c, const struct eval_opts *o, struct eval_runner *r)
{
	struct err e;
	memset(r, 0, sizeof *r);
	buf_init(&r->text);
	buf_init(&r->title);
	if (cli_open_gazetteer(c, &r->g, &e)) {
		err_print(&e);
		return EXIT_FAIL;
	}
	/* The labelled sets (FA-KES, the annotated reports) are reports on Syria:
	 * measured as a team that monitors Syria would run it, unless --country
	 * says otherwise ("" for every country). */
	if (gaz_set_focus(r->g, o->country ? o->country : "SY", &e)) {
		gaz_free(r->g);
		r->g = NULL;
		return cli_usage_error("eval", "%s", e.what);
	}
	if (extractor_new(r->g, &r->x, &e)) {
		err_print(&e);
		gaz_free(r->g);
		r->g = NULL;
		return EXIT_FAIL;
	}
	r->s = extract_scratch_new(r->x);
	return EXIT_OK;
}

void eval_runner_close(struct eval_runner *r)
{
	if (r->s)
		extract_scratch_free(r->s);
	if (r->x)
		extractor_free(r->x);
	if (r->g)
		gaz_free(r->g);
	buf_release(&r->text);
	buf_release(&r->title);
}

void eval_problem(const struct err *pe)
{
	fflush(stdout);
	err_print(pe);
}

static const char *valid_utf8(struct buf *b, const char *s, size_t *len)
{
	if (utf8_valid(s, *len, NULL))
		return s;
	buf_reset(b);
	utf8_repair(s, *len, b);
	*len = b->len;
	return b->data;
}

const struct claim *eval_main_claim(struct eval_runner *r, const char *title, const char *text, size_t len,
				    const char *published, const char *lang)
{
	char iso[32];
	struct date d;
	struct extract_input in = { 0 };
	in.text = valid_utf8(&r->text, text, &len);
	in.len = len;
	if (title && *title) {
		size_t tlen = strlen(title);
		in.title = valid_utf8(&r->title, title, &tlen);
	}
	if (published && date_parse(published, strlen(published), DATE_MDY, &d) == 0 &&
	    date_format_iso(&d, iso, sizeof iso) > 0)
		in.published = iso;
	in.language = lang && *lang ? lang : NULL;
	const struct claim *cl;
	size_t n = extract_doc(r->x, r->s, &in, &cl);
	for (size_t i = 0; i < n; i++)
		if (cl[i].main && cl[i].kind == CLAIM_INCIDENT)
			return &cl[i];
	return NULL;
}

/* ------------------------------------------------------------ reading a claim */

/* The guide: "If the text says 'killed N people' without saying they were
 * combatants, count them as civilians." Those it says were combatants are
 * not: "60 militants killed, 20 people injured" has no civilians killed. */
struct range eval_civ_killed(const struct claim *c)
{
	if (range_known(c->civilians_killed))
		return c->civilians_killed;
	return range_known(c->killed) && c->status != VICTIM_COMBATANT && !range_known(c->combatants_killed)
		       ? c->killed
		       : RANGE_NONE;
}

struct range eval_civ_injured(const struct claim *c)
{
	if (range_known(c->civilians_injured))
		return c->civilians_injured;
	return range_known(c->injured) && c->status != VICTIM_COMBATANT ? c->injured : RANGE_NONE;
}

struct range eval_combatants(const struct claim *c)
{
	if (range_known(c->combatants_killed))
		return c->combatants_killed;
	return range_known(c->killed) && c->status == VICTIM_COMBATANT ? c->killed : RANGE_NONE;
}

int eval_ranges_overlap(struct range a, struct range b)
{
	if (!range_known(a) || !range_known(b))
		return 0;
	return (a.max == RANGE_UNKNOWN || b.min <= a.max) && (b.max == RANGE_UNKNOWN || a.min <= b.max);
}

const char *eval_range_str(struct range r, char *out, size_t size)
{
	if (!range_known(r))
		snprintf(out, size, "-");
	else if (r.max == RANGE_UNKNOWN)
		snprintf(out, size, "%ld+", r.min);
	else if (r.max == r.min)
		snprintf(out, size, "%ld", r.min);
	else
		snprintf(out, size, "%ld-%ld", r.min, r.max);
	return out;
}

const char *eval_date_str(const struct claim *c, char *out, size_t size)
{
	switch (c->date_precision) {
	case WHEN_DAY: snprintf(out, size, "%04d-%02d-%02d", c->date.year, c->date.month, c->date.day); break;
	case WHEN_WEEK: snprintf(out, size, "week of %04d-%02d-%02d", c->date.year, c->date.month, c->date.day); break;
	case WHEN_MONTH: snprintf(out, size, "%04d-%02d", c->date.year, c->date.month); break;
	case WHEN_YEAR: snprintf(out, size, "%04d", c->date.year); break;
	default: snprintf(out, size, "-"); break;
	}
	return out;
}

const struct place *eval_claim_gov(const struct gazetteer *g, const struct claim *c)
{
	const struct place *p = c->place_id ? eval_gov_of(g, gaz_by_id(g, c->place_id)) : NULL;
	if (!p && c->governorate && *c->governorate)
		p = eval_gov_named(g, c->governorate);
	return p;
}

const struct place *eval_gov_gold(const struct gazetteer *g, const char *name)
{
	static const char *const rif[] = { "Rural Damascus", "Damascus Countryside", "Reef Damascus" };
	if (!name || !*name)
		return NULL;
	for (size_t i = 0; i < sizeof rif / sizeof *rif; i++)
		if (!strcasecmp(name, rif[i]))
			name = "Rif Dimashq";
	return eval_gov_named(g, name);
}

const char *eval_place_str(const struct place *p)
{
	return p ? p->row.name_en : "-";
}

/* Belligerent names in gold files beyond the guide's labels (claim.c):
 * Airwars writes Kurdish forces several ways and names coalition members. */
static const struct {
	const char *name;
	enum belligerent b;
} bel_aliases[] = {
	{ "YPG", BEL_SDF }, { "SDF", BEL_SDF }, { "Syrian Democratic Forces", BEL_SDF },
	{ "Kurdish Forces", BEL_SDF }, { "UK Military", BEL_COALITION }, { "French Military", BEL_COALITION },
	{ "US Military", BEL_COALITION }, { "Syrian Government", BEL_SYRIAN_GOV },
	{ "Iran-backed militias", BEL_IRAN }, { "Hayat Tahrir al-Sham", BEL_HTS },
};

unsigned eval_bel_bit(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	char name[128];
	if (!n || n >= sizeof name)
		return 0;
	memcpy(name, s, n);
	name[n] = '\0';
	int b = belligerent_parse(name);
	for (size_t i = 0; b < 0 && i < sizeof bel_aliases / sizeof *bel_aliases; i++)
		if (!strcasecmp(name, bel_aliases[i].name))
			b = (int)bel_aliases[i].b;
	return b >= 0 ? 1u << b : 0;
}

const char *eval_bel_str(unsigned set, char *out, size_t size)
{
	size_t used = 0;
	out[0] = '\0';
	for (int b = 0; b < BEL_COUNT && used < size; b++)
		if (set & (1u << b))
			used += (size_t)snprintf(out + used, size - used, "%s%s", used ? "," : "", belligerent_code(b));
	if (!out[0])
		snprintf(out, size, "-");
	return out;
}

/* ------------------------------------------------------------ reading gold files */

int eval_table_read(const char *path, const char *what, const struct eval_column *cols, int ncols,
		    const char *layout, eval_row_fn fn, void *arg, int *bad, struct err *e)
{
	const unsigned char opts = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;
	FILE *f = fopen(path, "rb");
	if (!f)
		return err_at(e, ERR_IO, path, 0, "cannot open the %s file", what);
	struct csv_parser p;
	struct csv_row row;
	struct lines l;
	struct buf fixed = BUF_INIT;
	int idx[EVAL_TABLE_COLS];
	const char *v[EVAL_TABLE_COLS];
	int header = 0, rc = 0;
	long row_line = 0;
	size_t row_bytes = 0;
	csv_row_init(&row);
	csv_init(&p, opts);
	lines_init(&l, f, path, CAP_RECORD_BYTES);
	for (;;) {
		const char *line;
		size_t len;
		struct err pe;
		int got = lines_next(&l, &line, &len, e);
		if (got == LINES_EOF)
			break;
		if (got != LINES_OK && got != LINES_TOO_LONG) {
			rc = got;
			goto out;
		}
		if (got == LINES_OK && row_bytes == 0 && len == 0)
			continue;   /* a blank line between rows */
		if (row_bytes == 0)
			row_line = l.lineno;
		if (got == LINES_TOO_LONG || row_bytes + len > CAP_RECORD_BYTES) {
			err_at(&pe, ERR_INPUT, path, row_line, "CSV row longer than the %u MB cap, skipped",
			       CAP_RECORD_BYTES >> 20);
			goto bad_row;
		}
		line = valid_utf8(&fixed, line, &len);
		if (!header && row_bytes == 0 && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3))
			line += 3, len -= 3;   /* a byte-order mark */
		row_bytes += len + 1;
		if (csv_parse(&p, line, len, csv_row_on_field, csv_row_on_row, &row) != len ||
		    csv_parse(&p, "\n", 1, csv_row_on_field, csv_row_on_row, &row) != 1) {
			err_at(&pe, ERR_INPUT, path, row_line, "malformed CSV (%s), row skipped",
			       csv_strerror(csv_error(&p)));
			goto bad_row;
		}
		if (!row.done)
			continue;   /* a quoted field goes on to the next line */
		if (!header) {
			for (int i = 0; i < ncols; i++) {
				idx[i] = -1;
				for (int k = 0; k < row.nfields && idx[i] < 0; k++)
					if (!strcmp(csv_row_field(&row, k), cols[i].name))
						idx[i] = k;
				if (idx[i] < 0 && cols[i].required) {
					rc = err_at(e, ERR_INPUT, path, row_line, "no %s column: not %s", cols[i].name,
						    layout);
					goto out;
				}
			}
			header = 1;
		} else if (row.too_many) {
			err_at(&pe, ERR_INPUT, path, row_line, "CSV row has more than %d fields, skipped",
			       CAP_CSV_FIELDS);
			goto bad_row;
		} else {
			for (int i = 0; i < ncols; i++)
				v[i] = idx[i] >= 0 && idx[i] < row.nfields ? csv_row_field(&row, idx[i]) : "";
			fn(arg, v, row_line);
		}
		goto reset;
	bad_row:
		if (!header) {
			*e = pe;
			rc = ERR_INPUT;
			goto out;
		}
		eval_problem(&pe);
		*bad = 1;
	reset:
		csv_free(&p);
		csv_init(&p, opts);
		csv_row_reset(&row);
		row_bytes = 0;
	}
	if (csv_fini(&p, csv_row_on_field, csv_row_on_row, &row) != 0) {
		rc = err_at(e, ERR_INPUT, path, row_line, "unterminated quoted field at the end of the file");
		if (header) {
			eval_problem(e);
			*bad = 1;
			rc = 0;
		}
	} else if (!header) {
		rc = err_at(e, ERR_INPUT, path, 0, "empty CSV file (no header row)");
	}
out:
	csv_free(&p);
	csv_row_release(&row);
	lines_release(&l);
	buf_release(&fixed);
	fclose(f);
	return rc;
}

int eval_jsonl_read(const char *path, eval_record_fn fn, void *arg, int *bad, struct err *e)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return err_at(e, ERR_IO, path, 0, "cannot open the gold file");
	struct lines l;
	struct buf fixed = BUF_INIT;
	int rc = 0;
	lines_init(&l, f, path, CAP_RECORD_BYTES);
	for (;;) {
		const char *line, *end = NULL;
		size_t len;
		struct err pe;
		int got = lines_next(&l, &line, &len, e);
		if (got == LINES_EOF)
			break;
		if (got == LINES_TOO_LONG) {
			err_at(&pe, ERR_INPUT, path, l.lineno, "line longer than the %u MB cap, skipped",
			       CAP_RECORD_BYTES >> 20);
			eval_problem(&pe);
			*bad = 1;
			continue;
		}
		if (got != LINES_OK) {
			rc = got;
			break;
		}
		size_t i = 0;
		while (i < len && isspace((unsigned char)line[i]))
			i++;
		if (i == len)
			continue;
		line = valid_utf8(&fixed, line, &len);
		cJSON *rec = cJSON_ParseWithLengthOpts(line, len, &end, 0);
		while (rec && end < line + len && isspace((unsigned char)*end))
			end++;
		if (!rec || end != line + len || !cJSON_IsObject(rec)) {
			err_at(&pe, ERR_INPUT, path, l.lineno, "%s, skipped",
			       rec && end == line + len ? "not a JSON object" : "malformed JSON");
			eval_problem(&pe);
			*bad = 1;
		} else {
			fn(arg, rec, l.lineno);
		}
		cJSON_Delete(rec);
	}
	lines_release(&l);
	buf_release(&fixed);
	fclose(f);
	return rc;
}

const char *eval_json_str(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsString(v) && v->valuestring[0] ? v->valuestring : NULL;
}

long eval_json_count(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble < 1e9 ? (long)v->valuedouble : -1;
}
