/* sqlite_claims.c - claims and extractions in SQLite (schema version 3).
 *
 * A document's claims are replaced as a whole: delete, insert each, record
 * the extraction, all in the caller's transaction. The statements for that
 * are prepared the first time they are needed and kept until close; lists
 * are built per call, like sq_each, with only the conditions the filter
 * sets. Claims are stored by name (codes, comma lists), see migration 3. */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/xalloc.h"
#include "gazetteer/gazetteer.h"
#include "store/sqlite_impl.h"

/* The columns of a claim in insert order; a listing selects "id, " and
 * these, so that parameter i of the insert is column i of a listed row. */
#define CLAIM_COLUMNS \
	"document_id, extractor, kind, main, evidence_start, evidence_end, sentence_start, " \
	"sentence_end, killed_min, killed_max, injured_min, injured_max, missing_min, missing_max, " \
	"civilians_killed_min, civilians_killed_max, civilians_injured_min, civilians_injured_max, " \
	"children_killed_min, children_killed_max, women_killed_min, women_killed_max, men_killed_min, " \
	"men_killed_max, combatants_killed_min, combatants_killed_max, status, denied, date, date_end, " \
	"date_precision, place_id, place_name, governorate, country, lat, lon, place_precision, " \
	"place_start, place_end, belligerents, speaker, weapon, infrastructure, confidence, quote"

enum {
	K_DOC = 1, K_EXTRACTOR, K_KIND, K_MAIN, K_START, K_END, K_SSTART, K_SEND,
	K_RANGES,                                   /* 9 ranges, two columns each */
	K_STATUS = K_RANGES + 18, K_DENIED, K_DATE, K_DATE_END, K_DATE_PREC, K_PLACE_ID,
	K_PLACE_NAME, K_GOV, K_COUNTRY, K_LAT, K_LON, K_PLACE_PREC, K_PSTART, K_PEND, K_BELS,
	K_SPEAKER, K_WEAPON, K_INFRA, K_CONFIDENCE, K_QUOTE,
	K_NCOLUMNS
};

/* The ranges of a claim in column order. */
static const size_t range_at[] = {
	offsetof(struct claim, killed), offsetof(struct claim, injured), offsetof(struct claim, missing),
	offsetof(struct claim, civilians_killed), offsetof(struct claim, civilians_injured),
	offsetof(struct claim, children_killed), offsetof(struct claim, women_killed),
	offsetof(struct claim, men_killed), offsetof(struct claim, combatants_killed),
};
#define NRANGES (sizeof range_at / sizeof *range_at)

enum { CL_DOC, CL_DELETE, CL_INSERT, CL_EXTRACTION, CL_COUNT };

static const char *const claim_statements[CL_COUNT] = {
	[CL_DOC] = "SELECT text_bytes FROM documents WHERE id = ?1",
	[CL_DELETE] = "DELETE FROM claims WHERE document_id = ?1",
	[CL_INSERT] = "INSERT INTO claims (" CLAIM_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
		      "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
		      "?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, "
		      "?43, ?44, ?45, ?46)",
	/* an upsert, as for places */
	[CL_EXTRACTION] = "INSERT INTO extractions (document_id, extractor, claims, extracted) "
			  "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (document_id) DO UPDATE SET "
			  "extractor = excluded.extractor, claims = excluded.claims, "
			  "extracted = excluded.extracted",
};

struct sq_claims {
	sqlite3_stmt *st[CL_COUNT];
	struct buf bels, infra;   /* comma lists being written */
};

void sq_claims_release(struct sq *q)
{
	if (!q->claims)
		return;
	for (int i = 0; i < CL_COUNT; i++)
		sqlite3_finalize(q->claims->st[i]);
	buf_release(&q->claims->bels);
	buf_release(&q->claims->infra);
	free(q->claims);
	q->claims = NULL;
}

static int prepare(struct sq *q, struct err *e)
{
	if (q->claims)
		return 0;
	struct sq_claims *c = xcalloc(1, sizeof *c);
	buf_init(&c->bels);
	buf_init(&c->infra);
	q->claims = c;
	for (int i = 0; i < CL_COUNT; i++) {
		if (sqlite3_prepare_v3(q->db, claim_statements[i], -1, SQLITE_PREPARE_PERSISTENT, &c->st[i],
				       NULL) != SQLITE_OK) {
			int rc = sq_fail(q, e, "cannot prepare the claim statements");
			sq_claims_release(q);
			return rc;
		}
	}
	return 0;
}

/* The enums' names through one signature, for the list helpers. */
static const char *bel_code(int i) { return belligerent_code((enum belligerent)i); }
static const char *infra_name(int i) { return infra_code((enum infra)i); }
static const char *status_name(int i) { return victim_status_name((enum victim_status)i); }
static const char *when_name(int i) { return when_precision_name((enum when_precision)i); }
static const char *geo_name(int i) { return geo_precision_name((enum geo_precision)i); }
static int bel_parse(const char *s)
{
	int b = belligerent_parse(s);
	/* codes only: a label that happens to parse is not what we write */
	return b >= 0 && !strcmp(belligerent_code((enum belligerent)b), s) ? b : -1;
}
static int infra_parse(const char *s) { return claim_name_index(s, INFRA_COUNT, infra_name); }

static void bind_range(sqlite3_stmt *st, int i, struct range r)
{
	if (r.min == RANGE_UNKNOWN)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, r.min);
	if (r.max == RANGE_UNKNOWN)
		sqlite3_bind_null(st, i + 1);
	else
		sqlite3_bind_int64(st, i + 1, r.max);
}

static int insert(struct sq *q, int64_t doc, const char *version, const struct claim *c, const char *text,
		  struct err *e)
{
	sqlite3_stmt *st = q->claims->st[CL_INSERT];
	char date[32], date_end[32];
	sqlite3_bind_int64(st, K_DOC, doc);
	sq_bind_str(st, K_EXTRACTOR, version);
	sq_bind_str(st, K_KIND, claim_kind_name(c->kind));
	sqlite3_bind_int(st, K_MAIN, c->main);
	sqlite3_bind_int64(st, K_START, (sqlite3_int64)c->start);
	sqlite3_bind_int64(st, K_END, (sqlite3_int64)c->end);
	sqlite3_bind_int64(st, K_SSTART, (sqlite3_int64)c->sentence_start);
	sqlite3_bind_int64(st, K_SEND, (sqlite3_int64)c->sentence_end);
	for (size_t k = 0; k < NRANGES; k++)
		bind_range(st, K_RANGES + 2 * (int)k, *(const struct range *)((const char *)c + range_at[k]));
	sq_bind_str(st, K_STATUS, victim_status_name(c->status));
	sqlite3_bind_int(st, K_DENIED, c->denied != 0);
	date_format_iso(&c->date, date, sizeof date);
	date_format_iso(&c->date_end, date_end, sizeof date_end);
	sq_bind_opt(st, K_DATE, date);
	sq_bind_opt(st, K_DATE_END, date_end);
	sq_bind_opt(st, K_DATE_PREC, when_precision_name(c->date_precision));
	sq_bind_opt(st, K_PLACE_ID, c->place_id);
	sq_bind_opt(st, K_PLACE_NAME, c->place_name);
	sq_bind_opt(st, K_GOV, c->governorate);
	sq_bind_opt(st, K_COUNTRY, c->country);
	sq_bind_point(st, K_LAT, c->lat, c->lon);
	sq_bind_opt(st, K_PLACE_PREC, geo_precision_name((enum geo_precision)c->place_precision));
	sqlite3_bind_int64(st, K_PSTART, (sqlite3_int64)c->place_start);
	sqlite3_bind_int64(st, K_PEND, (sqlite3_int64)c->place_end);
	claim_codes_format(&q->claims->bels, c->belligerents, BEL_COUNT, bel_code);
	sq_bind_opt(st, K_BELS, q->claims->bels.data);
	sq_bind_str(st, K_SPEAKER, c->speaker == BEL_UNKNOWN ? NULL : belligerent_code(c->speaker));
	sq_bind_str(st, K_WEAPON, weapon_code(c->weapon));
	claim_codes_format(&q->claims->infra, c->infrastructure, INFRA_COUNT, infra_name);
	sq_bind_opt(st, K_INFRA, q->claims->infra.data);
	sqlite3_bind_double(st, K_CONFIDENCE, c->confidence);
	size_t n = claim_quote_len(c, text);
	sqlite3_bind_text64(st, K_QUOTE, n ? text + c->start : "", n, SQLITE_STATIC, SQLITE_UTF8);
	return sq_done(q, st, "cannot store a claim", e);
}

int sq_claims_replace(void *impl, int64_t doc, const char *version, const struct claim *claims, size_t n,
		      const char *text, size_t text_len, const char *now, struct err *e)
{
	struct sq *q = impl;
	int rc = prepare(q, e);
	if (rc)
		return rc;
	sqlite3_stmt *st = q->claims->st[CL_DOC];
	sqlite3_bind_int64(st, 1, doc);
	int found = sq_row(q, st, "cannot read a document", e);
	if (found < 0)
		return ERR_STORE;
	if (!found)
		return err_set(e, ERR_NOTFOUND, "no document %" PRId64 " in %s", doc, q->path);
	size_t stored = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (text && stored != text_len)
		return err_set(e, ERR_INPUT, "the text given for document %" PRId64 " has %zu bytes, "
			       "the stored text %zu", doc, text_len, stored);

	st = q->claims->st[CL_DELETE];
	sqlite3_bind_int64(st, 1, doc);
	rc = sq_done(q, st, "cannot remove a document's claims", e);
	for (size_t i = 0; !rc && i < n; i++)
		rc = insert(q, doc, version, &claims[i], text, e);
	if (rc)
		return rc;
	st = q->claims->st[CL_EXTRACTION];
	sqlite3_bind_int64(st, 1, doc);
	sq_bind_str(st, 2, version);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)n);
	sq_bind_str(st, 4, now);
	return sq_done(q, st, "cannot record an extraction", e);
}

static struct range col_range(sqlite3_stmt *st, int i)
{
	struct range r;
	r.min = sqlite3_column_type(st, i) == SQLITE_NULL ? RANGE_UNKNOWN : (long)sqlite3_column_int64(st, i);
	r.max = sqlite3_column_type(st, i + 1) == SQLITE_NULL ? RANGE_UNKNOWN
							      : (long)sqlite3_column_int64(st, i + 1);
	return r;
}

static size_t col_size(sqlite3_stmt *st, int i)
{
	sqlite3_int64 v = sqlite3_column_int64(st, i);
	return v > 0 ? (size_t)v : 0;
}

static void col_date(sqlite3_stmt *st, int i, struct date *d)
{
	const char *s = sq_col_str(st, i);
	if (!s || date_parse(s, strlen(s), DATE_DMY, d) != 0)
		memset(d, 0, sizeof *d);
}

/* A claim record pointing into the current row; ERR_STORE naming the column
 * that holds a name this build does not know. */
static int row_claim(struct sq *q, sqlite3_stmt *st, struct claim_record *r, struct err *e)
{
	struct claim *c = &r->c;
	const char *bad = NULL;
	int bad_col = 0;
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->document_id = sqlite3_column_int64(st, K_DOC);
	r->extractor = sq_col_str(st, K_EXTRACTOR);
	r->quote = sq_col_str(st, K_QUOTE);
	if (!r->quote)
		r->quote = "";
	int v = claim_kind_parse(sq_col_str(st, K_KIND));
	if (v < 0)
		bad = "kind", bad_col = K_KIND;
	c->kind = (enum claim_kind)(v < 0 ? 0 : v);
	c->main = sqlite3_column_int(st, K_MAIN) != 0;
	c->start = col_size(st, K_START);
	c->end = col_size(st, K_END);
	c->sentence_start = col_size(st, K_SSTART);
	c->sentence_end = col_size(st, K_SEND);
	for (size_t k = 0; k < NRANGES; k++)
		*(struct range *)((char *)c + range_at[k]) = col_range(st, K_RANGES + 2 * (int)k);
	v = claim_name_index(sq_col_str(st, K_STATUS), VICTIM_MIXED + 1, status_name);
	if (v < 0 && !bad)
		bad = "victim status", bad_col = K_STATUS;
	c->status = (enum victim_status)(v < 0 ? 0 : v);
	c->denied = sqlite3_column_int(st, K_DENIED) != 0;
	col_date(st, K_DATE, &c->date);
	col_date(st, K_DATE_END, &c->date_end);
	if (sq_col_str(st, K_DATE_PREC)) {
		v = claim_name_index(sq_col_str(st, K_DATE_PREC), WHEN_DAY + 1, when_name);
		if (v <= 0 && !bad)
			bad = "date precision", bad_col = K_DATE_PREC;
		c->date_precision = (enum when_precision)(v < 0 ? 0 : v);
	}
	c->place_id = sq_col_str(st, K_PLACE_ID);
	c->place_name = sq_col_str(st, K_PLACE_NAME);
	c->governorate = sq_col_str(st, K_GOV);
	c->country = sq_col_str(st, K_COUNTRY);
	sq_col_point(st, K_LAT, &c->lat, &c->lon);
	if (sq_col_str(st, K_PLACE_PREC)) {
		v = claim_name_index(sq_col_str(st, K_PLACE_PREC), GEO_COUNT, geo_name);
		if (v <= 0 && !bad)
			bad = "place precision", bad_col = K_PLACE_PREC;
		c->place_precision = v < 0 ? 0 : v;
	}
	c->place_start = col_size(st, K_PSTART);
	c->place_end = col_size(st, K_PEND);
	long set = claim_codes_parse(sq_col_str(st, K_BELS), bel_parse);
	if (set < 0 && !bad)
		bad = "belligerent", bad_col = K_BELS;
	c->belligerents = set < 0 ? 0 : (unsigned)set;
	if (sq_col_str(st, K_SPEAKER)) {
		v = bel_parse(sq_col_str(st, K_SPEAKER));
		if (v < 0 && !bad)
			bad = "speaker", bad_col = K_SPEAKER;
		c->speaker = (enum belligerent)(v < 0 ? 0 : v);
	}
	v = weapon_parse(sq_col_str(st, K_WEAPON));
	if (v < 0 && !bad)
		bad = "weapon", bad_col = K_WEAPON;
	c->weapon = (enum weapon)(v < 0 ? 0 : v);
	set = claim_codes_parse(sq_col_str(st, K_INFRA), infra_parse);
	if (set < 0 && !bad)
		bad = "infrastructure", bad_col = K_INFRA;
	c->infrastructure = set < 0 ? 0 : (unsigned)set;
	c->confidence = sqlite3_column_double(st, K_CONFIDENCE);
	if (bad) {
		const char *s = sq_col_str(st, bad_col);
		return err_set(e, ERR_STORE, "claim %" PRId64 " has an unknown %s '%s' in %s", r->id, bad,
			       s ? s : "", q->path);
	}
	return 0;
}

/* " AND column IN (?, ?)" for the members of set, their names bound later. */
static void add_in(struct buf *sql, const char *column, unsigned set)
{
	buf_addf(sql, " AND %s IN (", column);
	for (int i = 0, first = 1; i < 32; i++)
		if (set & (1u << i)) {
			buf_adds(sql, first ? "?" : ", ?");
			first = 0;
		}
	buf_addc(sql, ')');
}

static void bind_in(sqlite3_stmt *st, int *at, unsigned set, int count, const char *(*name)(int))
{
	for (int i = 0; i < count; i++)
		if (set & (1u << i))
			sq_bind_str(st, (*at)++, name(i));
}

static int each_claim(struct sq *q, sqlite3_stmt *st, void *arg, struct err *e)
{
	struct sq_each *each = arg;
	struct claim_record r;
	int rc = row_claim(q, st, &r, e);
	return rc ? rc : each->fn.claim(each->ctx, &r);
}

static const char *kind_name(int i) { return claim_kind_name((enum claim_kind)i); }
static const char *weapon_name(int i) { return weapon_code((enum weapon)i); }

int sq_claims_each(void *impl, const struct claim_filter *f, claim_each_fn fn, void *ctx, struct err *e)
{
	struct sq *q = impl;
	unsigned kinds = f->kinds & ((1u << CLAIM_KIND_COUNT) - 1);
	unsigned bels = f->belligerents & ((1u << BEL_COUNT) - 1);
	unsigned weapons = f->weapons & ((1u << WEAPON_COUNT) - 1);
	struct buf sql = BUF_INIT;
	char until[80], like[80];
	buf_adds(&sql, "SELECT id, " CLAIM_COLUMNS " FROM claims WHERE id > ?");
	if (f->document_id)
		buf_adds(&sql, " AND document_id = ?");
	if (f->kinds)
		add_in(&sql, "kind", kinds);
	if (f->weapons)
		add_in(&sql, "weapon", weapons);
	if (f->belligerents) {
		/* a member of the comma list: ",a,b," contains ",b," */
		buf_adds(&sql, " AND (0");
		for (int i = 0; i < BEL_COUNT; i++)
			if (bels & (1u << i))
				buf_adds(&sql, " OR ',' || belligerents || ',' LIKE ?");
		if (bels & (1u << BEL_UNKNOWN))
			buf_adds(&sql, " OR belligerents IS NULL");
		buf_addc(&sql, ')');
	}
	if (f->main_only)
		buf_adds(&sql, " AND main = 1");
	/* A date is read as the span of everything it is a prefix of ("2017-04"
	 * is all of April): '~' sorts after every character of an ISO date. A
	 * period reaches since when its end does. */
	if (f->since)
		buf_adds(&sql, " AND coalesce(date_end, date) || '~' >= ?");
	if (f->until)
		buf_adds(&sql, " AND date <= ?");
	if (f->governorate)
		buf_adds(&sql, " AND lower(governorate) = lower(?)");
	if (f->min_killed > 0)
		buf_adds(&sql, " AND killed_min >= ?");
	buf_adds(&sql, " ORDER BY id");
	if (f->limit > 0)
		buf_adds(&sql, " LIMIT ?");

	sqlite3_stmt *st;
	int rc = sq_prepare_buf(q, &sql, &st, "cannot list claims", e);
	if (rc)
		return rc;
	int i = 1;
	sqlite3_bind_int64(st, i++, f->after_id);
	if (f->document_id)
		sqlite3_bind_int64(st, i++, f->document_id);
	if (f->kinds)
		bind_in(st, &i, kinds, CLAIM_KIND_COUNT, kind_name);
	if (f->weapons)
		bind_in(st, &i, weapons, WEAPON_COUNT, weapon_name);
	for (int b = 0; f->belligerents && b < BEL_COUNT; b++)
		if (bels & (1u << b)) {
			snprintf(like, sizeof like, "%%,%s,%%", bel_code(b));
			sqlite3_bind_text(st, i++, like, -1, SQLITE_TRANSIENT);
		}
	if (f->since)
		sq_bind_str(st, i++, f->since);
	if (f->until) {
		snprintf(until, sizeof until, "%s~", f->until);
		sq_bind_str(st, i++, until);
	}
	if (f->governorate)
		sq_bind_str(st, i++, f->governorate);
	if (f->min_killed > 0)
		sqlite3_bind_int64(st, i++, f->min_killed);
	if (f->limit > 0)
		sqlite3_bind_int64(st, i++, f->limit);
	return sq_rows(q, st, each_claim, &(struct sq_each){ .fn.claim = fn, .ctx = ctx }, "cannot list claims", e);
}

/* Claims refer to their documents through a foreign key, which store_check
 * has checked before; here their spans and quotes are checked against the
 * text, and their extraction records against them. substr on a BLOB counts
 * bytes (SQLite-only). */
int sq_claims_check(struct sq *q, struct err *e)
{
	int rc = sq_check_query(
		q,
		"SELECT 'claim ' || c.id || ' of document ' || d.id || ' has its ' || "
		"CASE WHEN NOT (0 <= c.evidence_start AND c.evidence_start <= c.evidence_end "
		"AND c.evidence_end <= d.text_bytes) THEN 'evidence at bytes ' || c.evidence_start || '..' || "
		"c.evidence_end WHEN NOT (0 <= c.sentence_start AND c.sentence_start <= c.sentence_end "
		"AND c.sentence_end <= d.text_bytes) THEN 'sentence at bytes ' || c.sentence_start || '..' || "
		"c.sentence_end ELSE 'place name at bytes ' || c.place_start || '..' || c.place_end END || "
		"', outside the text''s ' || d.text_bytes || ' bytes' "
		"FROM claims c JOIN documents d ON d.id = c.document_id "
		"WHERE NOT (0 <= c.evidence_start AND c.evidence_start <= c.evidence_end "
		"AND c.evidence_end <= d.text_bytes AND 0 <= c.sentence_start "
		"AND c.sentence_start <= c.sentence_end AND c.sentence_end <= d.text_bytes "
		"AND 0 <= c.place_start AND c.place_start <= c.place_end AND c.place_end <= d.text_bytes) "
		"ORDER BY c.id LIMIT 1",
		"claim outside its document", e);
	if (!rc)
		rc = sq_check_query(
			q,
			"SELECT 'claim ' || c.id || ' of document ' || d.id || ' quotes what its text does not say "
			"at bytes ' || c.evidence_start || '..' || c.evidence_end "
			"FROM claims c JOIN documents d ON d.id = c.document_id "
			"WHERE substr(CAST(d.text AS BLOB), c.evidence_start + 1, length(CAST(c.quote AS BLOB))) "
			"!= CAST(c.quote AS BLOB) ORDER BY c.id LIMIT 1",
			"claim with a wrong quote", e);
	if (!rc)
		rc = sq_check_query(
			q,
			"SELECT 'claim ' || c.id || ' of document ' || c.document_id || ' (extractor ' || "
			"c.extractor || ') has no extraction recorded' FROM claims c "
			"LEFT JOIN extractions x ON x.document_id = c.document_id "
			"WHERE x.extractor IS NULL OR x.extractor != c.extractor ORDER BY c.id LIMIT 1",
			"claim without its extraction", e);
	if (!rc)
		rc = sq_check_query(
			q,
			"SELECT 'document ' || x.document_id || ' has ' || "
			"(SELECT count(*) FROM claims c WHERE c.document_id = x.document_id) || "
			"' claims, its extraction ' || x.claims FROM extractions x "
			"WHERE x.claims != (SELECT count(*) FROM claims c WHERE c.document_id = x.document_id) "
			"ORDER BY x.document_id LIMIT 1",
			"claims lost", e);
	return rc;
}
