/* test_store_claims.c - claims in the store (schema version 3): every field
 * back as it went in, the quote cut on a character, the filters, replacing
 * on re-extraction, the claims the store refuses, the upgrade of a version 2
 * database, and store_check catching claims that no longer fit their text. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/caps.h"
#include "base/xalloc.h"
#include "extract/claim.h"
#include "gazetteer/gazetteer.h"
#include "store/store.h"
#include "store_fx.h"

static struct range R(long min, long max)
{
	return (struct range){ min, max };
}

/* A claim with nothing known, and its evidence at the first occurrence of
 * evidence in text (inside the sentence that holds it). */
static struct claim blank(const char *text, const char *evidence)
{
	struct claim c;
	memset(&c, 0, sizeof c);
	c.killed = c.injured = c.missing = RANGE_NONE;
	c.civilians_killed = c.civilians_injured = RANGE_NONE;
	c.children_killed = c.women_killed = c.men_killed = c.combatants_killed = RANGE_NONE;
	c.lat = c.lon = NAN;
	c.confidence = 0.5;
	const char *at = strstr(text, evidence);
	assert_non_null(at);
	c.start = (size_t)(at - text);
	c.end = c.start + strlen(evidence);
	c.sentence_start = 0;
	c.sentence_end = strlen(text);
	return c;
}

static struct date day(int y, int m, int d)
{
	struct date x;
	memset(&x, 0, sizeof x);
	x.year = y;
	x.month = m;
	x.day = d;
	x.precision = d ? DATE_DAY : m ? DATE_MONTH : DATE_YEAR;
	return x;
}

static int replace(struct store *s, int64_t doc, const char *version, const struct claim *c, size_t n,
		   const char *text)
{
	struct err e;
	int rc = store_claims_replace(s, doc, version, c, n, text, strlen(text), &e);
	if (rc)
		fprintf(stderr, "(expected?) %s\n", e.what);
	return rc;
}

/* What store_claims_each handed out, copied. */
struct got {
	size_t n;
	int64_t id[32], doc[32];
	struct claim c[32];
	char quote[32][CAP_QUOTE_BYTES + 1];
	char extractor[32][16];
	char place_id[32][32], place_name[32][32], governorate[32][32], country[32][8];
	int null_place[32];
};

static int take(void *ctx, const struct claim_record *r)
{
	struct got *g = ctx;
	assert_true(g->n < 32);
	size_t i = g->n++;
	g->id[i] = r->id;
	g->doc[i] = r->document_id;
	g->c[i] = r->c;
	snprintf(g->quote[i], sizeof g->quote[i], "%s", r->quote);
	snprintf(g->extractor[i], sizeof g->extractor[i], "%s", r->extractor);
	g->null_place[i] = r->c.place_id == NULL;
	snprintf(g->place_id[i], 32, "%s", r->c.place_id ? r->c.place_id : "");
	snprintf(g->place_name[i], 32, "%s", r->c.place_name ? r->c.place_name : "");
	snprintf(g->governorate[i], 32, "%s", r->c.governorate ? r->c.governorate : "");
	snprintf(g->country[i], 8, "%s", r->c.country ? r->c.country : "");
	return 0;
}

static size_t list(struct store *s, const struct claim_filter *f, struct got *g)
{
	struct err e;
	memset(g, 0, sizeof *g);
	int rc = store_claims_each(s, f, take, g, &e);
	if (rc)
		err_print(&e);
	assert_int_equal(rc, 0);
	return g->n;
}

static void range_equal(struct range a, struct range b)
{
	assert_int_equal(a.min, b.min);
	assert_int_equal(a.max, b.max);
}

static const char jomeili[] =
	"Coalition strikes on Sunday killed at least 43 civilians in Jomeili, Raqqa. "
	"Dozens were wounded, and a bakery and a water plant were destroyed.";

static void round_trip_every_field(void **state)
{
	struct fx *f = *state;
	int64_t doc = put_text(f->s, jomeili, STORE_NEW);
	struct claim c[2];
	c[0] = blank(jomeili, "killed at least 43 civilians");
	c[0].kind = CLAIM_INCIDENT;
	c[0].sentence_start = 0;
	c[0].sentence_end = strlen("Coalition strikes on Sunday killed at least 43 civilians in Jomeili, Raqqa.");
	c[0].killed = R(43, RANGE_UNKNOWN);
	c[0].injured = R(24, RANGE_UNKNOWN);
	c[0].civilians_killed = R(43, 43);
	c[0].children_killed = R(10, 15);
	c[0].women_killed = R(0, 0);
	c[0].status = VICTIM_CIVILIAN;
	c[0].date = day(2017, 3, 19);
	c[0].date_precision = WHEN_DAY;
	c[0].place_id = "gn:170000";
	c[0].place_name = "Jomeili";
	c[0].governorate = "Raqqa";
	c[0].country = "SY";
	c[0].lat = 35.95;
	c[0].lon = 39.01;
	c[0].place_precision = GEO_VILLAGE;
	c[0].place_start = (size_t)(strstr(jomeili, "Jomeili") - jomeili);
	c[0].place_end = c[0].place_start + strlen("Jomeili");
	c[0].belligerents = 1u << BEL_COALITION | 1u << BEL_RUSSIA;
	c[0].speaker = BEL_SYRIAN_GOV;
	c[0].weapon = WEAPON_AIRSTRIKE;
	c[0].confidence = 0.875;
	c[0].main = 1;

	c[1] = blank(jomeili, "a bakery and a water plant were destroyed");
	c[1].kind = CLAIM_INFRASTRUCTURE;
	c[1].infrastructure = 1u << INFRA_BAKERY | 1u << INFRA_WATER;
	c[1].denied = 1;
	c[1].status = VICTIM_MIXED;
	c[1].date = day(2014, 8, 0);
	c[1].date_end = day(2017, 3, 0);
	c[1].date_precision = WHEN_MONTH;
	c[1].governorate = "Raqqa";   /* a place known only by its governorate */
	c[1].place_precision = GEO_GOVERNORATE;
	c[1].confidence = 0.0;
	assert_int_equal(replace(f->s, doc, "7", c, 2, jomeili), 0);

	struct got g;
	assert_int_equal(list(f->s, NULL, &g), 2);
	assert_true(g.id[0] < g.id[1]);
	for (int i = 0; i < 2; i++) {
		const struct claim *a = &c[i], *b = &g.c[i];
		assert_int_equal(g.doc[i], doc);
		assert_string_equal(g.extractor[i], "7");
		assert_int_equal(b->kind, a->kind);
		assert_int_equal(b->start, a->start);
		assert_int_equal(b->end, a->end);
		assert_int_equal(b->sentence_start, a->sentence_start);
		assert_int_equal(b->sentence_end, a->sentence_end);
		range_equal(b->killed, a->killed);
		range_equal(b->injured, a->injured);
		range_equal(b->missing, a->missing);
		range_equal(b->civilians_killed, a->civilians_killed);
		range_equal(b->civilians_injured, a->civilians_injured);
		range_equal(b->children_killed, a->children_killed);
		range_equal(b->women_killed, a->women_killed);
		range_equal(b->men_killed, a->men_killed);
		range_equal(b->combatants_killed, a->combatants_killed);
		assert_int_equal(b->status, a->status);
		assert_int_equal(b->denied, a->denied);
		assert_int_equal(b->date.year, a->date.year);
		assert_int_equal(b->date.month, a->date.month);
		assert_int_equal(b->date.day, a->date.day);
		assert_int_equal(b->date.precision, a->date.precision);
		assert_int_equal(b->date_end.year, a->date_end.year);
		assert_int_equal(b->date_end.month, a->date_end.month);
		assert_int_equal(b->date_end.day, a->date_end.day);
		assert_int_equal(b->date_end.precision, a->date_end.precision);
		assert_int_equal(b->date_precision, a->date_precision);
		assert_string_equal(g.place_name[i], a->place_name ? a->place_name : "");
		assert_string_equal(g.place_id[i], a->place_id ? a->place_id : "");
		assert_string_equal(g.governorate[i], a->governorate ? a->governorate : "");
		assert_string_equal(g.country[i], a->country ? a->country : "");
		if (isnan(a->lat)) {
			assert_true(isnan(b->lat) && isnan(b->lon));
		} else {
			assert_true(b->lat == a->lat && b->lon == a->lon);
		}
		assert_int_equal(b->place_precision, a->place_precision);
		assert_int_equal(b->place_start, a->place_start);
		assert_int_equal(b->place_end, a->place_end);
		assert_int_equal(b->belligerents, a->belligerents);
		assert_int_equal(b->speaker, a->speaker);
		assert_int_equal(b->weapon, a->weapon);
		assert_int_equal(b->infrastructure, a->infrastructure);
		assert_true(b->confidence == a->confidence);
		assert_int_equal(b->main, a->main);
		assert_memory_equal(g.quote[i], jomeili + a->start, a->end - a->start);
		assert_int_equal(strlen(g.quote[i]), a->end - a->start);
	}
	/* no place is NULL, not "" */
	assert_true(g.null_place[1]);
	assert_string_equal(g.quote[0], "killed at least 43 civilians");

	/* stored by name, unknowns as NULL */
	struct err e;
	assert_int_equal(store_check(f->s, &e), 0);
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT kind, belligerents, speaker, weapon, killed_min, "
					    "killed_max IS NULL, date, date_precision, place_precision, lat, "
					    "infrastructure FROM claims ORDER BY id", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "incident");
	assert_string_equal((const char *)sqlite3_column_text(st, 1), "coalition,russia");
	assert_string_equal((const char *)sqlite3_column_text(st, 2), "syria");
	assert_string_equal((const char *)sqlite3_column_text(st, 3), "airstrike");
	assert_int_equal(sqlite3_column_int(st, 4), 43);
	assert_int_equal(sqlite3_column_int(st, 5), 1);
	assert_string_equal((const char *)sqlite3_column_text(st, 6), "2017-03-19");
	assert_string_equal((const char *)sqlite3_column_text(st, 7), "day");
	assert_string_equal((const char *)sqlite3_column_text(st, 8), "village");
	assert_int_equal(sqlite3_column_type(st, 10), SQLITE_NULL);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_type(st, 1), SQLITE_NULL);
	assert_int_equal(sqlite3_column_type(st, 2), SQLITE_NULL);
	assert_string_equal((const char *)sqlite3_column_text(st, 3), "unknown");
	assert_int_equal(sqlite3_column_type(st, 4), SQLITE_NULL);
	assert_string_equal((const char *)sqlite3_column_text(st, 6), "2014-08");
	assert_int_equal(sqlite3_column_type(st, 9), SQLITE_NULL);
	assert_string_equal((const char *)sqlite3_column_text(st, 10), "water,bakery");
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* A long evidence span keeps CAP_QUOTE_BYTES at most of its quote, cut
 * before a character that would not fit whole; its offsets stay whole. */
static void quote_capped_on_a_character(void **state)
{
	struct fx *f = *state;
	/* "x" then 1,500 two-byte letters: byte 1000 lands inside one */
	char *text = xmalloc(1 + 3000 + 1);
	text[0] = 'x';
	for (int i = 0; i < 1500; i++)
		memcpy(text + 1 + 2 * i, "ق", 2);
	text[3001] = '\0';
	int64_t doc = put_text(f->s, text, STORE_NEW);
	struct claim c = blank(text, "x");
	c.end = 3001;
	assert_int_equal(replace(f->s, doc, "1", &c, 1, text), 0);
	struct got g;
	assert_int_equal(list(f->s, NULL, &g), 1);
	assert_int_equal(strlen(g.quote[0]), 999);
	assert_memory_equal(g.quote[0], text, 999);
	assert_int_equal(g.c[0].start, 0);
	assert_int_equal(g.c[0].end, 3001);
	struct err e;
	assert_int_equal(store_check(f->s, &e), 0);
	free(text);
}

static void filters(void **state)
{
	struct fx *f = *state;
	static const char t1[] = "Airstrikes killed 12 in Idlib on 5 May 2017. Shelling killed 3.";
	static const char t2[] = "Russia said it killed 200 fighters. Over 400,000 killed since 2011.";
	static const char t3[] = "A drone strike in Deir ez-Zor killed 7 civilians in April 2017.";
	int64_t d1 = put_text(f->s, t1, STORE_NEW), d2 = put_text(f->s, t2, STORE_NEW);
	int64_t d3 = put_text(f->s, t3, STORE_NEW);
	struct claim a[2], b[2], c[1];
	a[0] = blank(t1, "killed 12");
	a[0].killed = R(12, 12);
	a[0].weapon = WEAPON_AIRSTRIKE;
	a[0].belligerents = 1u << BEL_SYRIAN_GOV | 1u << BEL_RUSSIA;
	a[0].governorate = "Idlib";
	a[0].date = day(2017, 5, 5);
	a[0].date_precision = WHEN_DAY;
	a[0].main = 1;
	a[1] = blank(t1, "Shelling killed 3");
	a[1].killed = R(3, 3);
	a[1].weapon = WEAPON_SHELLING;
	assert_int_equal(replace(f->s, d1, "1", a, 2, t1), 0);
	b[0] = blank(t2, "killed 200 fighters");
	b[0].kind = CLAIM_ADMISSION;
	b[0].killed = R(200, 200);
	b[0].belligerents = 1u << BEL_RUSSIA;
	b[1] = blank(t2, "Over 400,000 killed since 2011");
	b[1].kind = CLAIM_CONTEXT;
	b[1].killed = R(400000, RANGE_UNKNOWN);
	b[1].date = day(2011, 0, 0);
	b[1].date_end = day(2017, 12, 31);
	b[1].date_precision = WHEN_YEAR;
	assert_int_equal(replace(f->s, d2, "1", b, 2, t2), 0);
	c[0] = blank(t3, "killed 7 civilians");
	c[0].killed = R(7, 7);
	c[0].weapon = WEAPON_DRONE;
	c[0].belligerents = 1u << BEL_COALITION;
	c[0].governorate = "Deir ez-Zor";
	c[0].date = day(2017, 4, 0);
	c[0].date_precision = WHEN_MONTH;
	c[0].main = 1;
	assert_int_equal(replace(f->s, d3, "1", c, 1, t3), 0);

	struct got g;
	struct claim_filter q = { .document_id = d2 };
	assert_int_equal(list(f->s, &q, &g), 2);
	assert_int_equal(g.c[0].kind, CLAIM_ADMISSION);
	q = (struct claim_filter){ .kinds = 1u << CLAIM_ADMISSION | 1u << CLAIM_CONTEXT };
	assert_int_equal(list(f->s, &q, &g), 2);
	assert_int_equal(g.doc[1], d2);
	q = (struct claim_filter){ .belligerents = 1u << BEL_RUSSIA };
	assert_int_equal(list(f->s, &q, &g), 2);
	assert_int_equal(g.doc[0], d1);
	assert_int_equal(g.doc[1], d2);
	/* unknown: the claims that name no one */
	q = (struct claim_filter){ .belligerents = 1u << BEL_UNKNOWN };
	assert_int_equal(list(f->s, &q, &g), 2);
	assert_int_equal(g.c[0].killed.min, 3);
	assert_int_equal(g.c[1].kind, CLAIM_CONTEXT);
	/* "syria" is not found inside another code, and sets match any member */
	q = (struct claim_filter){ .belligerents = 1u << BEL_SYRIAN_GOV | 1u << BEL_COALITION };
	assert_int_equal(list(f->s, &q, &g), 2);
	q = (struct claim_filter){ .weapons = 1u << WEAPON_DRONE | 1u << WEAPON_SHELLING };
	assert_int_equal(list(f->s, &q, &g), 2);
	q = (struct claim_filter){ .main_only = 1 };
	assert_int_equal(list(f->s, &q, &g), 2);
	q = (struct claim_filter){ .governorate = "IDLIB" };
	assert_int_equal(list(f->s, &q, &g), 1);
	assert_int_equal(g.c[0].killed.min, 12);
	q = (struct claim_filter){ .min_killed = 12 };
	assert_int_equal(list(f->s, &q, &g), 3);
	/* dates: a month reaches any day in it, a period its whole span;
	 * undated claims are left out */
	q = (struct claim_filter){ .since = "2017-04-15" };
	assert_int_equal(list(f->s, &q, &g), 3);   /* 2017-05-05, 2011..2017-12-31, 2017-04 */
	q = (struct claim_filter){ .since = "2017-05-01", .until = "2017-05" };
	assert_int_equal(list(f->s, &q, &g), 2);   /* 2017-05-05 and the period */
	q = (struct claim_filter){ .until = "2017-04-30" };
	assert_int_equal(list(f->s, &q, &g), 2);   /* the period and 2017-04 */
	q = (struct claim_filter){ .since = "2018-01-01" };
	assert_int_equal(list(f->s, &q, &g), 0);
	/* paging */
	q = (struct claim_filter){ .limit = 2 };
	assert_int_equal(list(f->s, &q, &g), 2);
	q = (struct claim_filter){ .after_id = g.id[1], .limit = 10 };
	assert_int_equal(list(f->s, &q, &g), 3);
	q = (struct claim_filter){ .kinds = 1u << CLAIM_INCIDENT, .weapons = 1u << WEAPON_AIRSTRIKE,
				   .belligerents = 1u << BEL_RUSSIA, .main_only = 1, .document_id = d1 };
	assert_int_equal(list(f->s, &q, &g), 1);
}

static int collect_id(void *ctx, const struct doc_record *r)
{
	int64_t *ids = ctx;
	while (*ids)
		ids++;
	*ids = r->id;
	return 0;
}

/* The first text a listing hands out (extract reads each batch in one pass). */
static int first_text(void *ctx, const struct doc_record *r)
{
	char *out = ctx;
	if (!*out)
		snprintf(out, 64, "%.*s", (int)r->text_len, r->text ? r->text : "(none)");
	return 0;
}

/* Extracting a document again replaces its claims; what was extracted by
 * which version is known. */
static void replace_and_extractions(void **state)
{
	struct fx *f = *state;
	struct err e;
	int64_t d1 = put_text(f->s, jomeili, STORE_NEW);
	int64_t d2 = put_text(f->s, "Nothing happened here.", STORE_NEW);
	struct claim c[3];
	c[0] = blank(jomeili, "43");
	c[1] = blank(jomeili, "Dozens");
	c[2] = blank(jomeili, "bakery");
	assert_int_equal(store_begin(f->s, &e), 0);
	assert_int_equal(replace(f->s, d1, "1", c, 3, jomeili), 0);
	assert_int_equal(replace(f->s, d2, "1", NULL, 0, "Nothing happened here."), 0);
	assert_int_equal(store_commit(f->s, &e), 0);

	int64_t ids[8] = { 0 };
	struct doc_filter df = { .include_duplicates = 1, .unextracted_by = "1" };
	assert_int_equal(store_documents_each(f->s, &df, collect_id, ids, &e), 0);
	assert_int_equal(ids[0], 0);
	df.unextracted_by = "2";
	assert_int_equal(store_documents_each(f->s, &df, collect_id, ids, &e), 0);
	assert_int_equal(ids[0], d1);
	assert_int_equal(ids[1], d2);
	/* without with_text a listing carries no text; with it, the text */
	char text[64] = "";
	df.after_id = d1;
	assert_int_equal(store_documents_each(f->s, &df, first_text, text, &e), 0);
	assert_string_equal(text, "(none)");
	text[0] = '\0';
	df.with_text = 1;
	assert_int_equal(store_documents_each(f->s, &df, first_text, text, &e), 0);
	assert_string_equal(text, "Nothing happened here.");
	df.after_id = 0;
	df.with_text = 0;

	struct got g;
	assert_int_equal(list(f->s, NULL, &g), 3);
	int64_t last = g.id[2];
	/* version 2 finds one claim in d1: the three are gone */
	assert_int_equal(replace(f->s, d1, "2", &c[1], 1, jomeili), 0);
	assert_int_equal(list(f->s, NULL, &g), 1);
	assert_true(g.id[0] > last);
	assert_string_equal(g.quote[0], "Dozens");
	assert_string_equal(g.extractor[0], "2");
	memset(ids, 0, sizeof ids);
	assert_int_equal(store_documents_each(f->s, &df, collect_id, ids, &e), 0);
	assert_int_equal(ids[0], d2);
	assert_int_equal(ids[1], 0);

	struct store_counts n;
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.claims, 1);
	assert_int_equal(n.extracted, 2);

	/* a rolled-back extraction leaves the claims as they were */
	assert_int_equal(store_begin(f->s, &e), 0);
	assert_int_equal(replace(f->s, d1, "3", NULL, 0, jomeili), 0);
	assert_int_equal(store_rollback(f->s, &e), 0);
	assert_int_equal(list(f->s, NULL, &g), 1);
	assert_int_equal(store_check(f->s, &e), 0);

	/* a document marked done without claims needs no text */
	assert_int_equal(store_claims_replace(f->s, d2, "4", NULL, 0, NULL, 0, &e), 0);
	df.unextracted_by = "4";
	memset(ids, 0, sizeof ids);
	assert_int_equal(store_documents_each(f->s, &df, collect_id, ids, &e), 0);
	assert_int_equal(ids[0], d1);
	assert_int_equal(ids[1], 0);
	assert_int_equal(store_check(f->s, &e), 0);
}

/* Claims that break the rules are refused before anything is written, and
 * the transaction goes on. */
/* Many claims of one document: each row keeps its own dates and lists,
 * the ids rise in the order given, and a second extraction's ids follow
 * the first's. */
static void many_claims_in_order(void **state)
{
	struct fx *f = *state;
	struct err e;
	static const char text[] =
		"One died in Aleppo. Two died in Homs. Three died in Idlib. Four died in Hama. "
		"Five died in Daraa. Six died in Raqqa. Seven died in Deir. Eight died in Afrin. "
		"Nine died in Manbij. Ten died in Azaz. Eleven died in Jisr. Twelve died in Ariha. "
		"Thirteen died in Saraqib. Fourteen died in Binnish. Fifteen died in Taftanaz. "
		"Sixteen died in Kafr. Seventeen died in Maarat. Eighteen died in Khan. Nineteen died in Tal.";
	static const char *const ev[] = { "One died", "Two died", "Three died", "Four died", "Five died",
		"Six died", "Seven died", "Eight died", "Nine died", "Ten died", "Eleven died", "Twelve died",
		"Thirteen died", "Fourteen died", "Fifteen died", "Sixteen died", "Seventeen died",
		"Eighteen died", "Nineteen died" };
	enum { N = sizeof ev / sizeof *ev };
	struct claim c[N];
	for (int i = 0; i < N; i++) {
		c[i] = blank(text, ev[i]);
		c[i].killed = R(i + 1, i + 1);
		c[i].date = day(2017, 1 + i % 12, 1 + i);
		c[i].belligerents = 1u << (1 + i % 11);
		c[i].infrastructure = 1u << (i % INFRA_COUNT);
	}
	int64_t d = put_text(f->s, text, STORE_NEW);
	assert_int_equal(store_begin(f->s, &e), 0);
	assert_int_equal(replace(f->s, d, "1", c, N, text), 0);
	assert_int_equal(store_commit(f->s, &e), 0);
	struct got g;
	assert_int_equal(list(f->s, NULL, &g), N);
	for (int i = 0; i < N; i++) {
		assert_string_equal(g.quote[i], ev[i]);
		range_equal(g.c[i].killed, R(i + 1, i + 1));
		assert_int_equal(g.c[i].date.month, 1 + i % 12);
		assert_int_equal(g.c[i].date.day, 1 + i);
		assert_int_equal(g.c[i].belligerents, 1u << (1 + i % 11));
		assert_int_equal(g.c[i].infrastructure, 1u << (i % INFRA_COUNT));
		if (i)
			assert_int_equal(g.id[i], g.id[i - 1] + 1);
	}
	int64_t last = g.id[N - 1];
	assert_int_equal(replace(f->s, d, "2", c + 3, 9, text), 0);
	assert_int_equal(list(f->s, NULL, &g), 9);
	assert_int_equal(g.id[0], last + 1);
	assert_string_equal(g.quote[8], ev[11]);
	assert_int_equal(store_check(f->s, &e), 0);
}

static void refuses_bad_claims(void **state)
{
	struct fx *f = *state;
	struct err e;
	static const char ar[] = "قتل 5 مدنيين";
	int64_t d1 = put_text(f->s, jomeili, STORE_NEW), d2 = put_text(f->s, ar, STORE_NEW);
	struct claim ok = blank(jomeili, "43"), c;
	assert_int_equal(store_begin(f->s, &e), 0);

	c = ok;
	c.end = strlen(jomeili) + 1;   /* 144 */
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	assert_string_equal(e.what, "claim 1 of document 1: its evidence at bytes 44..144 is outside the "
				    "text (143 bytes)");
	c = ok;
	c.start = 50;
	c.end = 40;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	c = ok;
	c.sentence_end = 1000;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	assert_non_null(strstr(e.what, "its sentence at bytes"));
	c = ok;
	c.place_start = 3;
	c.place_end = 2;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	/* inside a two-byte Arabic letter */
	c = blank(ar, "5");
	c.start = 1;
	assert_int_equal(store_claims_replace(f->s, d2, "1", &c, 1, ar, strlen(ar), &e), ERR_INPUT);
	assert_string_equal(e.what, "claim 1 of document 2: its evidence at bytes 1..8 cuts a character");
	c = ok;
	c.kind = CLAIM_KIND_COUNT;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	assert_string_equal(e.what, "claim 1 of document 1 has no valid kind");
	c = ok;
	c.weapon = WEAPON_COUNT;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	c = ok;
	c.belligerents = 1u << BEL_COUNT;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	c = ok;
	c.place_precision = GEO_COUNT;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	c = ok;
	c.confidence = NAN;
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	c = ok;
	c.children_killed = R(15, 10);
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	assert_string_equal(e.what, "claim 1 of document 1: children killed 15..10 is no range");
	c = ok;
	c.injured = R(-5, 3);
	assert_int_equal(store_claims_replace(f->s, d1, "1", &c, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);
	/* the second claim is the bad one: the first is not stored either */
	struct claim two[2] = { ok, ok };
	two[1].end = 9999;
	assert_int_equal(store_claims_replace(f->s, d1, "1", two, 2, jomeili, strlen(jomeili), &e), ERR_INPUT);
	assert_non_null(strstr(e.what, "claim 2 of document 1"));
	/* the text must be the document's */
	assert_int_equal(store_claims_replace(f->s, d1, "1", NULL, 0, jomeili, strlen(jomeili) - 1, &e), ERR_INPUT);
	assert_string_equal(e.what, "the text given for document 1 has 142 bytes, the stored text 143");
	assert_int_equal(store_claims_replace(f->s, 99, "1", NULL, 0, "", 0, &e), ERR_NOTFOUND);
	assert_non_null(strstr(e.what, "no document 99 in "));
	assert_int_equal(store_claims_replace(f->s, d1, "", &ok, 1, jomeili, strlen(jomeili), &e), ERR_INPUT);

	/* none of that spoilt the transaction */
	assert_int_equal(store_claims_replace(f->s, d1, "1", &ok, 1, jomeili, strlen(jomeili), &e), 0);
	assert_int_equal(store_commit(f->s, &e), 0);
	struct got g;
	assert_int_equal(list(f->s, NULL, &g), 1);
	assert_int_equal(store_check(f->s, &e), 0);

	/* nor is a read-only store written */
	store_close(f->s);
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	assert_int_equal(store_claims_replace(f->s, d1, "1", NULL, 0, jomeili, strlen(jomeili), &e), ERR_STORE);
	assert_int_equal(list(f->s, NULL, &g), 1);
}

/* A database from before claims (schema version 2) is upgraded when opened
 * for writing and keeps its documents and places. */
static void upgrades_v2(void **state)
{
	struct fx *f = *state;
	struct err e;
	int64_t doc = put_text(f->s, jomeili, STORE_NEW);
	/* what migrations 1 and 2 alone left */
	upgrade_from(f, "DROP TABLE claims; DROP TABLE extractions; PRAGMA user_version = 2", 2);
	struct claim c = blank(jomeili, "43 civilians");
	c.killed = R(43, 43);
	assert_int_equal(replace(f->s, doc, "1", &c, 1, jomeili), 0);
	assert_int_equal(store_check(f->s, &e), 0);
	store_close(f->s);
	f->s = NULL;
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	struct got g;
	assert_int_equal(list(f->s, NULL, &g), 1);
	assert_string_equal(g.quote[0], "43 civilians");
	struct store_counts n;
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 1);
}

/* store_check on claims changed behind the store's back. */
static void check_catches_damage(void **state)
{
	struct fx *f = *state;
	struct err e;
	int64_t doc = put_text(f->s, jomeili, STORE_NEW);
	struct claim c = blank(jomeili, "43 civilians");
	assert_int_equal(replace(f->s, doc, "1", &c, 1, jomeili), 0);
	assert_int_equal(store_check(f->s, &e), 0);
	store_close(f->s);
	f->s = NULL;

	struct { const char *damage, *repair, *message; } cases[] = {
		{ "UPDATE claims SET evidence_end = 5000", "UPDATE claims SET evidence_end = 56",
		  "claim outside its document: %s: claim 1 of document 1 has its evidence at bytes 44..5000, "
		  "outside the text's 143 bytes" },
		{ "UPDATE claims SET sentence_start = 100, sentence_end = 99", "UPDATE claims SET sentence_start = 0, "
		  "sentence_end = 143", "claim outside its document: %s: claim 1 of document 1 has its sentence "
		  "at bytes 100..99, outside the text's 143 bytes" },
		{ "UPDATE claims SET quote = '44 civilians'", "UPDATE claims SET quote = '43 civilians'",
		  "claim with a wrong quote: %s: claim 1 of document 1 quotes what its text does not say at "
		  "bytes 44..56" },
		{ "UPDATE extractions SET extractor = '0'", "UPDATE extractions SET extractor = '1'",
		  "claim without its extraction: %s: claim 1 of document 1 (extractor 1) has no extraction "
		  "recorded" },
		{ "UPDATE extractions SET claims = 2", "UPDATE extractions SET claims = 1",
		  "claims lost: %s: document 1 has 1 claims, its extraction 2" },
		{ "UPDATE claims SET document_id = 9", "UPDATE claims SET document_id = 1",
		  "damaged database: %s: broken reference from claims row 1 to documents" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char want[512];
		sql(f->db, cases[i].damage);
		assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
		assert_int_equal(store_check(f->s, &e), ERR_STORE);
		snprintf(want, sizeof want, cases[i].message, f->db);
		assert_string_equal(e.what, want);
		store_close(f->s);
		sql(f->db, cases[i].repair);
		assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
		assert_int_equal(store_check(f->s, &e), 0);
		store_close(f->s);
		f->s = NULL;
	}

	/* a name this build does not know is an error, not a guess */
	sql(f->db, "UPDATE claims SET weapon = 'laser'");
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	struct got g;
	memset(&g, 0, sizeof g);
	assert_int_equal(store_claims_each(f->s, NULL, take, &g, &e), ERR_STORE);
	assert_non_null(strstr(e.what, "claim 1 has an unknown weapon 'laser' in "));
	assert_int_equal(g.n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(round_trip_every_field, setup, teardown),
		cmocka_unit_test_setup_teardown(quote_capped_on_a_character, setup, teardown),
		cmocka_unit_test_setup_teardown(filters, setup, teardown),
		cmocka_unit_test_setup_teardown(replace_and_extractions, setup, teardown),
		cmocka_unit_test_setup_teardown(many_claims_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_bad_claims, setup, teardown),
		cmocka_unit_test_setup_teardown(upgrades_v2, setup, teardown),
		cmocka_unit_test_setup_teardown(check_catches_damage, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
