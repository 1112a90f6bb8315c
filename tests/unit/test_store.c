/* test_store.c - the storage contract of store.h on the SQLite backend:
 * schema and migrations, content addressing and same-text detection, look-ups,
 * listing filters, transactions, exact round-trips, and the files it refuses. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/sha256.h"
#include "base/xalloc.h"
#include "base/buf.h"
#include "store/store.h"
#include "store_fx.h"

static void write_file(const char *path, const void *data, size_t n)
{
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, n, fp), n);
	fclose(fp);
}

static void create_migrate_reopen(void **state)
{
	struct fx *f = *state;
	struct err e;
	assert_int_equal(store_schema_latest(), 3);
	assert_int_equal(store_schema_version(f->s), 3);
	put_text(f->s, "one document", STORE_NEW);
	store_close(f->s);
	f->s = NULL;
	assert_int_equal(store_open(f->db, 0, &f->s, &e), 0);
	assert_int_equal(store_schema_version(f->s), 3);
	struct store_counts n;
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 1);
	store_close(f->s);
	f->s = NULL;
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	assert_int_equal(store_schema_version(f->s), 3);
	assert_int_equal(store_check(f->s, &e), 0);
	/* the file carries civcas's version and its mark */
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT user_version, application_id, journal_mode, page_size "
					    "FROM pragma_user_version, pragma_application_id, pragma_journal_mode, "
					    "pragma_page_size",
					    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 3);
	assert_int_equal(sqlite3_column_int(st, 1), 0x43495643);
	assert_string_equal((const char *)sqlite3_column_text(st, 2), "wal");
	assert_int_equal(sqlite3_column_int(st, 3), 32768);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void put_new_duplicate_same_text(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct doc_record a, b, c, d;
	static const char text[] = "Strikes killed at least 43 civilians in Jomeili.";
	static const char raw_a[] = "<p>Strikes killed at least 43 civilians in Jomeili.</p>";
	static const char raw_b[] = "{\"text\":\"Strikes killed at least 43 civilians in Jomeili.\"}";
	static const char raw_d[] = "Strikes killed at least 43 civilians in Jomeili.\n";

	doc_init(&a, raw_a, strlen(raw_a), text);
	a.publisher = "Agency A";
	assert_int_equal(put(f->s, &a, STORE_NEW), 1);
	assert_int_equal(a.duplicate_of, 0);

	/* the same bytes again: nothing written, the existing id */
	doc_init(&a, raw_a, strlen(raw_a), text);
	a.url = "https://elsewhere.example/1";
	a.id = 77;
	assert_int_equal(put(f->s, &a, STORE_DUPLICATE), 1);
	assert_int_equal(a.duplicate_of, 0);

	doc_init(&b, raw_b, strlen(raw_b), text);
	assert_int_equal(put(f->s, &b, STORE_SAME_TEXT), 2);
	assert_int_equal(b.duplicate_of, 1);
	/* a duplicate of a same-text document reports its duplicate_of too */
	doc_init(&b, raw_b, strlen(raw_b), text);
	assert_int_equal(put(f->s, &b, STORE_DUPLICATE), 2);
	assert_int_equal(b.duplicate_of, 1);

	doc_init(&c, "other", 5, "other text");
	assert_int_equal(put(f->s, &c, STORE_NEW), 3);
	assert_int_equal(c.duplicate_of, 0);
	/* always the earliest document with that text */
	doc_init(&d, raw_d, strlen(raw_d), text);
	assert_int_equal(put(f->s, &d, STORE_SAME_TEXT), 4);
	assert_int_equal(d.duplicate_of, 1);

	struct store_counts n;
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 4);
	assert_int_equal(n.same_text, 2);
	assert_int_equal(n.raw_bytes, (long long)(strlen(raw_a) + strlen(raw_b) + 5 + strlen(raw_d)));
	assert_int_equal(n.text_bytes, (long long)(3 * strlen(text) + 10));

	struct doc_record *g;
	assert_int_equal(store_document_get(f->s, "1", 0, &g, &e), 0);
	assert_null(g->url);   /* the duplicate's url was not written */
	assert_string_equal(g->publisher, "Agency A");
	doc_record_free(g);
	assert_int_equal(store_check(f->s, &e), 0);
}

static void round_trip_exact(void **state)
{
	struct fx *f = *state;
	struct err e;
	/* NUL bytes and invalid UTF-8 in the archived bytes */
	static const char raw[] = "\0\xff\xfe<html>\0\xc3(\x80 \xd8\xa7</html>\0";
	static const char text[] = "قالت مصادر محلية إن 12 مدنيا قتلوا في غارة على الرقة، بينهم ٣ أطفال.";
	struct doc_record r;
	doc_init(&r, raw, sizeof raw - 1, text);
	r.url = "https://example.org/ar/1?x=1&y=2";
	r.title = "غارة على الرقة";
	r.publisher = "الرقة تذبح بصمت";
	r.author = "مراسل";
	r.source_kind = "local_media";
	r.language = "ar";
	r.published = "2017-04-05T10:00:00+03:00";
	r.published_raw = "٥ نيسان ٢٠١٧";
	r.format = "html";
	r.charset = "windows-1256";
	r.origin = "in/raqqa.html";
	r.origin_line = 0;
	r.invalid_bytes = 3;
	int64_t id = put(f->s, &r, STORE_NEW);

	struct doc_record *g;
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	assert_int_equal(store_document_get(f->s, ref, 1, &g, &e), 0);
	assert_int_equal(g->id, id);
	assert_int_equal(g->raw_len, sizeof raw - 1);
	assert_memory_equal(g->raw, raw, sizeof raw - 1);
	char h[65];
	sha256_hex(g->raw, g->raw_len, h);
	assert_string_equal(h, r.sha256);
	assert_string_equal(g->sha256, r.sha256);
	assert_string_equal(g->text_sha256, r.text_sha256);
	assert_int_equal(g->text_len, strlen(text));
	assert_string_equal(g->text, text);
	assert_string_equal(g->url, r.url);
	assert_string_equal(g->title, "غارة على الرقة");
	assert_string_equal(g->publisher, "الرقة تذبح بصمت");
	assert_string_equal(g->author, "مراسل");
	assert_string_equal(g->source_kind, "local_media");
	assert_string_equal(g->language, "ar");
	assert_string_equal(g->published, "2017-04-05T10:00:00+03:00");
	assert_string_equal(g->published_raw, "٥ نيسان ٢٠١٧");
	assert_string_equal(g->retrieved, "2024-05-01T12:00:00Z");
	assert_string_equal(g->format, "html");
	assert_string_equal(g->charset, "windows-1256");
	assert_string_equal(g->origin, "in/raqqa.html");
	assert_int_equal(g->origin_line, 0);
	assert_int_equal(g->invalid_bytes, 3);
	assert_int_equal(g->duplicate_of, 0);
	doc_record_free(g);

	/* without raw: not loaded, but its size is known */
	assert_int_equal(store_document_get(f->s, ref, 0, &g, &e), 0);
	assert_null(g->raw);
	assert_int_equal(g->raw_len, sizeof raw - 1);
	assert_string_equal(g->text, text);
	doc_record_free(g);

	/* empty text and empty raw are stored as empty, not as missing */
	struct doc_record z;
	doc_init(&z, NULL, 0, "");
	z.text = NULL;
	z.origin_line = 42;
	id = put(f->s, &z, STORE_NEW);
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	assert_int_equal(store_document_get(f->s, ref, 1, &g, &e), 0);
	assert_non_null(g->raw);
	assert_int_equal(g->raw_len, 0);
	assert_string_equal(g->text, "");
	assert_int_equal(g->text_len, 0);
	assert_int_equal(g->origin_line, 42);
	assert_null(g->url);
	doc_record_free(g);
	assert_int_equal(store_check(f->s, &e), 0);
}

/* Archived bytes are packed (LZ4) when that pays; they come back exact, and
 * damage in the packed bytes is reported, never handed out. */
static void packed_archive(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct buf raw = BUF_INIT;
	for (int i = 0; i < 400; i++)
		buf_addf(&raw, "<p>Strike %d on the market of Ariha; witnesses counted the dead.</p>\n", i % 7);
	struct doc_record r;
	doc_init(&r, raw.data, raw.len, "the text");
	int64_t id = put(f->s, &r, STORE_NEW);
	assert_string_equal(r.codec, "lz4");
	assert_true(r.packed_len < raw.len / 4);

	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	struct doc_record *g;
	assert_int_equal(store_document_get(f->s, ref, 1, &g, &e), 0);
	assert_int_equal(g->raw_len, raw.len);
	assert_memory_equal(g->raw, raw.data, raw.len);
	doc_record_free(g);

	/* packed ahead of the put (as ingest does on its reading thread), two
	 * documents with one packer: each block must stand alone */
	struct store_packer packer;
	store_packer_init(&packer);
	int64_t ids[2];
	for (int i = 0; i < 2; i++) {
		struct doc_record r2;
		buf_adds(&raw, "one more line to make it another document\n");
		doc_init(&r2, raw.data, raw.len, i ? "the text 3" : "the text 2");
		store_document_pack(&r2, &packer);
		assert_string_equal(r2.codec, "lz4");
		ids[i] = put(f->s, &r2, STORE_NEW);
	}
	store_packer_release(&packer);
	for (int i = 0; i < 2; i++) {
		snprintf(ref, sizeof ref, "%lld", (long long)ids[i]);
		assert_int_equal(store_document_get(f->s, ref, 1, &g, &e), 0);
		size_t want = raw.len - (size_t)(1 - i) * strlen("one more line to make it another document\n");
		assert_int_equal(g->raw_len, want);
		assert_memory_equal(g->raw, raw.data, want);
		doc_record_free(g);
	}
	snprintf(ref, sizeof ref, "%lld", (long long)id);

	/* incompressible bytes are kept as they are */
	struct doc_record r3;
	unsigned char noise[256];
	for (int i = 0; i < 256; i++)
		noise[i] = (unsigned char)(i * 73 + 11);
	doc_init(&r3, noise, sizeof noise, "noise");
	put(f->s, &r3, STORE_NEW);
	assert_string_equal(r3.codec, "none");

	char q[256];
	snprintf(q, sizeof q, "UPDATE archive SET raw = substr(raw, 1, 20) WHERE document_id = %lld",
		 (long long)id);
	sql(f->db, q);
	assert_int_equal(store_document_get(f->s, ref, 1, &g, &e), ERR_STORE);
	snprintf(q, sizeof q, "document %lld's archived bytes are damaged in %s", (long long)id, f->db);
	assert_string_equal(e.what, q);
	buf_release(&raw);
}

/* A record with a made-up sha256, to place prefixes where a test wants them. */
static int64_t put_sha(struct store *s, const char *sha, const char *text)
{
	struct doc_record r;
	doc_init(&r, text, strlen(text), text);
	snprintf(r.sha256, sizeof r.sha256, "%s", sha);
	return put(s, &r, STORE_NEW);
}

static void get_by_id_and_prefix(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct doc_record *g = (void *)1;
	assert_int_equal(put_sha(f->s, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", "t1"), 1);
	assert_int_equal(put_sha(f->s, "abcdef1123456789abcdef0123456789abcdef0123456789abcdef0123456789", "t2"), 2);
	assert_int_equal(put_sha(f->s, "0000031111111111111111111111111111111111111111111111111111111111", "t3"), 3);
	assert_int_equal(put_sha(f->s, "0000011111111111111111111111111111111111111111111111111111111111", "t4"), 4);

	assert_int_equal(store_document_get(f->s, "2", 0, &g, &e), 0);
	assert_string_equal(g->text, "t2");
	doc_record_free(g);
	assert_int_equal(store_document_get(f->s, "abcdef1", 0, &g, &e), 0);
	assert_int_equal(g->id, 2);
	doc_record_free(g);
	/* upper case and the whole hash work too */
	assert_int_equal(store_document_get(f->s, "ABCDEF0", 0, &g, &e), 0);
	assert_int_equal(g->id, 1);
	doc_record_free(g);
	assert_int_equal(store_document_get(f->s,
		"abcdef1123456789abcdef0123456789abcdef0123456789abcdef0123456789", 0, &g, &e), 0);
	assert_int_equal(g->id, 2);
	doc_record_free(g);

	assert_int_equal(store_document_get(f->s, "abcdef", 0, &g, &e), ERR_USAGE);
	assert_null(g);
	assert_string_equal(e.what, "ambiguous document prefix abcdef: documents 1, 2 and maybe more start with it; give more digits");
	assert_int_equal(store_document_get(f->s, "99", 0, &g, &e), ERR_NOTFOUND);
	char want[200];
	snprintf(want, sizeof want, "no document 99 in %s", f->db);
	assert_string_equal(e.what, want);
	assert_int_equal(store_document_get(f->s, "fedcba9", 0, &g, &e), ERR_NOTFOUND);
	assert_non_null(strstr(e.what, "no document fedcba9"));
	assert_int_equal(store_document_get(f->s, "abc", 0, &g, &e), ERR_USAGE);
	assert_non_null(strstr(e.what, "at least 6 hex digits"));
	assert_int_equal(store_document_get(f->s, "doc-1", 0, &g, &e), ERR_USAGE);

	/* digits that read both ways: the one document they match, or ambiguous */
	assert_int_equal(store_document_get(f->s, "000003", 0, &g, &e), 0);
	assert_int_equal(g->id, 3);   /* id 3 and the prefix of document 3 */
	doc_record_free(g);
	assert_int_equal(store_document_get(f->s, "000001", 0, &g, &e), ERR_USAGE);
	assert_string_equal(e.what, "ambiguous document 000001: it is document 1 and the start of document 4's sha256; give more digits");
	assert_int_equal(store_document_get(f->s, "0000011", 0, &g, &e), 0);
	assert_int_equal(g->id, 4);
	doc_record_free(g);
}

struct seen {
	int64_t id[32];
	size_t text_len[32];
	int n;
	int stop_after;
};

static int collect(void *ctx, const struct doc_record *r)
{
	struct seen *s = ctx;
	assert_null(r->text);
	assert_null(r->raw);
	s->text_len[s->n] = r->text_len;
	s->id[s->n++] = r->id;
	return s->stop_after && s->n == s->stop_after ? 42 : 0;
}

static struct seen list(struct store *st, const struct doc_filter *f)
{
	struct seen s = { .n = 0 };
	struct err e;
	assert_int_equal(store_documents_each(st, f, collect, &s, &e), 0);
	return s;
}

#define assert_ids(s, ...) do { \
	int64_t want_[] = { __VA_ARGS__ }; \
	assert_int_equal((s).n, sizeof want_ / sizeof *want_); \
	for (size_t k_ = 0; k_ < sizeof want_ / sizeof *want_; k_++) \
		assert_int_equal((s).id[k_], want_[k_]); \
} while (0)

static void each_filters(void **state)
{
	struct fx *f = *state;
	struct err e;
	static const struct { const char *text, *lang, *publisher, *published; } docs[] = {
		{ "d1", "en", "Agency A", "2017-04-05" },
		{ "d2 is longer", "ar", "Agency B", "2017-04-05T23:59:00Z" },
		{ "d3", "ar", "Agency A", "2017-04-06" },
		{ "d4", "en", NULL, NULL },
		{ "d5", "en", "Agency A", "2017-03-31T10:00:00Z" },
		{ "d6", "ar", "Agency B", "2017-05" },
	};
	for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
		struct doc_record r;
		doc_init(&r, docs[i].text, strlen(docs[i].text), docs[i].text);
		r.language = docs[i].lang;
		r.publisher = docs[i].publisher;
		r.published = docs[i].published;
		put(f->s, &r, STORE_NEW);
	}
	/* 7: same text as 1 under other bytes */
	struct doc_record r;
	doc_init(&r, "<b>d1</b>", 9, "d1");
	r.language = "en";
	r.publisher = "Agency C";
	r.published = "2017-04-05";
	assert_int_equal(put(f->s, &r, STORE_SAME_TEXT), 7);

	struct seen s = list(f->s, NULL);
	assert_ids(s, 1, 2, 3, 4, 5, 6, 7);
	assert_int_equal(s.text_len[1], strlen("d2 is longer"));
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .language = "ar" });
	assert_ids(s, 2, 3, 6);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .publisher = "Agency A" });
	assert_ids(s, 1, 3, 5);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .publisher = "Agency" });
	assert_int_equal(s.n, 0);
	/* until a day takes the whole day, times included; undated never match */
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .since = "2017-04-05", .until = "2017-04-05" });
	assert_ids(s, 1, 2, 7);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .until = "2017-04" });
	assert_ids(s, 1, 2, 3, 5, 7);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .since = "2017-04-06" });
	assert_ids(s, 3, 6);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 0 });
	assert_ids(s, 1, 2, 3, 4, 5, 6);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 0, .language = "en", .since = "2017-04" });
	assert_ids(s, 1);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .limit = 2 });
	assert_ids(s, 1, 2);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .after_id = 2, .limit = 2 });
	assert_ids(s, 3, 4);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .after_id = 5, .language = "en" });
	assert_ids(s, 7);
	s = list(f->s, &(struct doc_filter){ .include_duplicates = 1, .after_id = 7 });
	assert_int_equal(s.n, 0);

	/* the callback stops the listing and its value comes back */
	struct seen stop = { .stop_after = 3 };
	assert_int_equal(store_documents_each(f->s, NULL, collect, &stop, &e), 42);
	assert_ids(stop, 1, 2, 3);
}

/* A smaller page cache changes how much is kept, not what is stored. */
static void cache_sized(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct store_counts n;
	assert_int_equal(store_cache(f->s, 0, &e), ERR_USAGE);
	assert_int_equal(store_cache(f->s, 256, &e), 0);
	put_text(f->s, "kept with a small cache", STORE_NEW);
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 1);
	assert_int_equal(store_check(f->s, &e), 0);
}

static void transactions(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct store_counts n;
	struct doc_record *g;
	assert_int_equal(store_commit(f->s, &e), ERR_STORE);
	assert_string_equal(e.what, "commit without a transaction");
	assert_int_equal(store_rollback(f->s, &e), ERR_STORE);

	assert_int_equal(store_begin(f->s, &e), 0);
	assert_int_equal(store_begin(f->s, &e), ERR_STORE);
	assert_string_equal(e.what, "a transaction is already open (nested store_begin)");
	struct doc_record r;
	doc_init(&r, "rolled back", 11, "rolled back");
	r.publisher = "New Agency";
	r.source_kind = "ngo";
	assert_int_equal(put(f->s, &r, STORE_NEW), 1);
	put_text(f->s, "also rolled back", STORE_NEW);
	assert_int_equal(store_rollback(f->s, &e), 0);
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 0);
	assert_int_equal(store_document_get(f->s, "1", 0, &g, &e), ERR_NOTFOUND);

	/* the source made in the rolled-back transaction is made again */
	doc_init(&r, "kept", 4, "kept");
	r.publisher = "New Agency";
	assert_int_equal(store_begin(f->s, &e), 0);
	assert_int_equal(put(f->s, &r, STORE_NEW), 1);
	/* a record that breaks the rules is refused without spoiling the batch */
	struct doc_record bad;
	doc_init(&bad, "x", 1, "x");
	bad.format = NULL;
	int outcome;
	assert_int_equal(store_document_put(f->s, &bad, &outcome, &e), ERR_STORE);
	assert_non_null(strstr(e.what, "lacks its format"));
	bad.format = "text";
	bad.sha256[3] = 'G';
	assert_int_equal(store_document_put(f->s, &bad, &outcome, &e), ERR_STORE);
	assert_string_equal(e.what, "document has no valid sha256 (64 lowercase hex digits)");
	put_text(f->s, "kept too", STORE_NEW);
	assert_int_equal(store_commit(f->s, &e), 0);
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 2);
	assert_int_equal(store_document_get(f->s, "1", 0, &g, &e), 0);
	assert_string_equal(g->publisher, "New Agency");
	doc_record_free(g);
	assert_int_equal(store_check(f->s, &e), 0);
	/* a lone put commits itself */
	put_text(f->s, "alone", STORE_NEW);
	store_close(f->s);
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	assert_int_equal(store_counts(f->s, &n, &e), 0);
	assert_int_equal(n.documents, 3);
	/* and a read-only store refuses to write */
	doc_init(&r, "no", 2, "no");
	assert_int_equal(store_document_put(f->s, &r, &outcome, &e), ERR_STORE);
	assert_string_equal(e.what, "the database was opened read-only");
}

static void source_rows(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct doc_record r;
	doc_init(&r, "s1", 2, "s1");
	r.publisher = "Airwars";
	put(f->s, &r, STORE_NEW);
	doc_init(&r, "s2", 2, "s2");
	r.publisher = "Syrian Observatory";
	r.source_kind = "ngo";
	put(f->s, &r, STORE_NEW);
	doc_init(&r, "s3", 2, "s3");
	r.publisher = "Airwars";
	r.source_kind = "ngo";
	put(f->s, &r, STORE_NEW);
	doc_init(&r, "s4", 2, "s4");
	r.publisher = "Syrian Observatory";
	r.source_kind = "news_agency";
	put(f->s, &r, STORE_NEW);
	store_close(f->s);
	f->s = NULL;
	/* one row per publisher; the first kind given sticks */
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT s.name, s.kind, count(d.id) FROM sources s "
					    "JOIN documents d ON d.source_id = s.id GROUP BY s.id ORDER BY s.id",
					    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "Airwars");
	assert_string_equal((const char *)sqlite3_column_text(st, 1), "ngo");
	assert_int_equal(sqlite3_column_int(st, 2), 2);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "Syrian Observatory");
	assert_string_equal((const char *)sqlite3_column_text(st, 1), "ngo");
	assert_int_equal(sqlite3_column_int(st, 2), 2);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	sqlite3_close(db);
	assert_int_equal(store_open(f->db, 0, &f->s, &e), 0);
}

static void refuses_foreign_files(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct store *s = (void *)1;
	char path[160], want[200];

	snprintf(path, sizeof path, "%s/notes.txt", f->dir);
	static const char text[] = "These are my notes, not a database.\n"
		"They are long enough to fill a SQLite header and then some more bytes.\n";
	write_file(path, text, sizeof text - 1);
	snprintf(want, sizeof want, "not a civcas database: %s", path);
	assert_int_equal(store_open(path, STORE_CREATE, &s, &e), ERR_STORE);
	assert_null(s);
	assert_string_equal(e.what, want);
	assert_int_equal(store_open(path, STORE_READONLY, &s, &e), ERR_STORE);
	assert_string_equal(e.what, want);

	/* another program's SQLite database is not migrated into */
	snprintf(path, sizeof path, "%s/other.db", f->dir);
	sql(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1)");
	snprintf(want, sizeof want, "not a civcas database: %s", path);
	assert_int_equal(store_open(path, STORE_CREATE, &s, &e), ERR_STORE);
	assert_string_equal(e.what, want);
	sql(path, "SELECT count(*) FROM t");   /* untouched and still readable */

	assert_int_equal(store_open("postgresql://localhost/civcas", STORE_CREATE, &s, &e), ERR_USAGE);
	assert_string_equal(e.what, "PostgreSQL backend not built yet: postgresql://localhost/civcas");
	assert_int_equal(store_open("postgres://x", 0, &s, &e), ERR_USAGE);
}

static void refuses_newer_schema(void **state)
{
	struct fx *f = *state;
	struct err e;
	char q[64];
	store_close(f->s);
	f->s = NULL;
	snprintf(q, sizeof q, "PRAGMA user_version = %d", store_schema_latest() + 1);
	sql(f->db, q);
	for (int flags = 0; flags <= STORE_READONLY; flags += STORE_READONLY) {
		assert_int_equal(store_open(f->db, flags, &f->s, &e), ERR_STORE);
		assert_null(f->s);
		assert_non_null(strstr(e.what, "was written by a newer civcas (schema version 4; this one knows up to 3)"));
	}
}

static void readonly_never_creates(void **state)
{
	struct fx *f = *state;
	struct err e;
	struct store *s;
	char path[160], want[200];
	snprintf(path, sizeof path, "%s/missing.db", f->dir);
	snprintf(want, sizeof want, "no database at %s", path);
	assert_int_equal(store_open(path, STORE_READONLY, &s, &e), ERR_STORE);
	assert_string_equal(e.what, want);
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(store_open(path, 0, &s, &e), ERR_STORE);
	assert_string_equal(e.what, want);
	assert_int_equal(access(path, F_OK), -1);

	/* an empty file is not yet a civcas database; opening it to write makes it one */
	write_file(path, "", 0);
	assert_int_equal(store_open(path, STORE_READONLY, &s, &e), ERR_STORE);
	assert_non_null(strstr(e.what, "is empty, not yet a civcas database (run 'civcas init')"));
	assert_int_equal(store_open(path, 0, &s, &e), 0);
	assert_int_equal(store_schema_version(s), 3);
	store_close(s);
	assert_int_equal(store_open(path, STORE_READONLY, &s, &e), 0);
	store_close(s);
}

/* A writer that commits without pause must not make the WAL grow with the
 * ingest: past 64 MB it waits for the checkpointer to catch up, and the WAL
 * starts over. 160 MB of incompressible documents, one per commit. */
static void wal_stays_bounded(void **state)
{
	struct fx *f = *state;
	struct err e;
	enum { DOC = 2 << 20, DOCS = 80 };
	unsigned char *raw = xmalloc(DOC);
	uint64_t x = 0x9E3779B97F4A7C15u;
	char wal[160];
	snprintf(wal, sizeof wal, "%s-wal", f->db);
	off_t largest = 0;
	for (int i = 0; i < DOCS; i++) {
		for (size_t k = 0; k < DOC; k += 8) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			memcpy(raw + k, &x, 8);
		}
		char text[32];
		snprintf(text, sizeof text, "document %d", i);
		struct doc_record r;
		doc_init(&r, raw, DOC, text);
		assert_int_equal(store_begin(f->s, &e), 0);
		put(f->s, &r, STORE_NEW);
		assert_int_equal(store_commit(f->s, &e), 0);
		struct stat sb;
		if (stat(wal, &sb) == 0 && sb.st_size > largest)
			largest = sb.st_size;
	}
	free(raw);
	/* 64 MB, and the commit that went past it */
	assert_true(largest > 0);
	assert_true(largest < (off_t)(64 + 2 * (DOC >> 20) + 1) << 20);
	struct store_counts c;
	assert_int_equal(store_counts(f->s, &c, &e), 0);
	assert_int_equal(c.documents, DOCS);
}

/* ------------------------------------------------------------ places */

#include <math.h>

#include "gazetteer/place.h"

static struct place_row place(const char *id, const char *name_en, const char *name_ar)
{
	return (struct place_row){
		.id = id, .kind = PK_VILLAGE, .country = "SY", .governorate = "Idlib", .district = "",
		.lat = 35.61, .lon = 36.56, .population = 0, .name_en = name_en, .name_ar = name_ar,
		.variants = "Kafranbel|كفرنبل", .source = "team.csv",
	};
}

struct seen_places {
	int n;
	char ids[8][32];
	struct place_row last;
	char name_en[64], governorate[64], district[64], name_ar[64], variants[64];
	int stop_at;
};

static int seen_place(void *ctx, const struct place_row *p)
{
	struct seen_places *s = ctx;
	assert_true(s->n < 8);
	/* strings are never NULL */
	assert_non_null(p->country);
	assert_non_null(p->governorate);
	assert_non_null(p->district);
	assert_non_null(p->name_ar);
	assert_non_null(p->variants);
	assert_non_null(p->source);
	snprintf(s->ids[s->n++], sizeof s->ids[0], "%s", p->id);
	s->last = *p;
	snprintf(s->name_en, sizeof s->name_en, "%s", p->name_en);
	snprintf(s->governorate, sizeof s->governorate, "%s", p->governorate);
	snprintf(s->district, sizeof s->district, "%s", p->district);
	snprintf(s->name_ar, sizeof s->name_ar, "%s", p->name_ar);
	snprintf(s->variants, sizeof s->variants, "%s", p->variants);
	return s->n == s->stop_at ? 7 : 0;
}

static void places_put_each(void **state)
{
	struct fx *f = *state;
	struct err e;
	long n = -1;
	assert_int_equal(store_places_count(f->s, &n, &e), 0);
	assert_int_equal(n, 0);

	assert_int_equal(store_begin(f->s, &e), 0);
	struct place_row p = place("C9901", "Kafr Nobol", "كفرنبل");
	assert_int_equal(store_place_put(f->s, &p, &e), 0);
	p = place("SY07", "Idleb", "إدلب");
	p.kind = PK_GOVERNORATE;
	p.governorate = "";
	p.district = NULL;
	p.variants = NULL;
	p.lat = p.lon = NAN;
	p.population = 1500000;
	assert_int_equal(store_place_put(f->s, &p, &e), 0);
	/* a place that breaks the rules is refused without spoiling the batch */
	p = place("", "No Id", "");
	assert_int_equal(store_place_put(f->s, &p, &e), ERR_STORE);
	assert_string_equal(e.what, "place has no id");
	p = place("C9902", "", "");
	assert_int_equal(store_place_put(f->s, &p, &e), ERR_STORE);
	assert_string_equal(e.what, "place C9902 has no English name");
	p = place("C9903", "Hass", "");
	p.kind = PK_COUNT;
	assert_int_equal(store_place_put(f->s, &p, &e), ERR_STORE);
	assert_string_equal(e.what, "place C9903 has no valid kind");
	p.kind = PK_VILLAGE;
	p.country = "";
	assert_int_equal(store_place_put(f->s, &p, &e), ERR_STORE);
	assert_string_equal(e.what, "place C9903 has no country");
	assert_int_equal(store_commit(f->s, &e), 0);
	assert_int_equal(store_places_count(f->s, &n, &e), 0);
	assert_int_equal(n, 2);

	/* id order; what was stored comes back, unknowns as NAN, 0 and "" */
	struct seen_places s = { 0 };
	assert_int_equal(store_places_each(f->s, seen_place, &s, &e), 0);
	assert_int_equal(s.n, 2);
	assert_string_equal(s.ids[0], "C9901");
	assert_string_equal(s.ids[1], "SY07");
	assert_int_equal(s.last.kind, PK_GOVERNORATE);
	assert_true(isnan(s.last.lat) && isnan(s.last.lon));
	assert_int_equal(s.last.population, 1500000);
	assert_string_equal(s.name_en, "Idleb");
	assert_string_equal(s.name_ar, "إدلب");
	assert_string_equal(s.governorate, "");
	assert_string_equal(s.district, "");
	assert_string_equal(s.variants, "");

	/* putting an id again replaces the place (outside a transaction: on its own) */
	p = place("C9901", "Kafr Nabl", "");
	p.kind = PK_TOWN;
	p.population = 12000;
	assert_int_equal(store_place_put(f->s, &p, &e), 0);
	assert_int_equal(store_places_count(f->s, &n, &e), 0);
	assert_int_equal(n, 2);
	memset(&s, 0, sizeof s);
	s.stop_at = 1;   /* and fn stops the walk with what it returns */
	assert_int_equal(store_places_each(f->s, seen_place, &s, &e), 7);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.name_en, "Kafr Nabl");
	assert_string_equal(s.name_ar, "");
	assert_int_equal(s.last.kind, PK_TOWN);
	assert_int_equal(s.last.population, 12000);
	assert_true(fabs(s.last.lat - 35.61) < 1e-9 && fabs(s.last.lon - 36.56) < 1e-9);
	assert_string_equal(s.governorate, "Idlib");
	assert_string_equal(s.variants, "Kafranbel|كفرنبل");

	/* a rolled-back batch leaves nothing */
	assert_int_equal(store_begin(f->s, &e), 0);
	p = place("C9904", "Maarrat", "");
	assert_int_equal(store_place_put(f->s, &p, &e), 0);
	assert_int_equal(store_rollback(f->s, &e), 0);
	assert_int_equal(store_places_count(f->s, &n, &e), 0);
	assert_int_equal(n, 2);

	/* each stamps its put; a damaged kind is an error, not a skipped row */
	store_close(f->s);
	f->s = NULL;
	sql(f->db, "UPDATE places SET kind = 'castle' WHERE id = 'SY07'");
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	p = place("C9905", "Hass", "");
	assert_int_equal(store_place_put(f->s, &p, &e), ERR_STORE);
	assert_string_equal(e.what, "the database was opened read-only");
	memset(&s, 0, sizeof s);
	assert_int_equal(store_places_each(f->s, seen_place, &s, &e), ERR_STORE);
	assert_non_null(strstr(e.what, "place SY07 has an unknown kind 'castle' in "));
	assert_int_equal(s.n, 1);
	store_close(f->s);
	f->s = NULL;
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM places WHERE imported LIKE '20__-__-__T__:__:__Z'",
					    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 2);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* A database written before places existed (schema version 1) is upgraded
 * when opened for writing, and keeps its documents. */
static void upgrades_v1(void **state)
{
	struct fx *f = *state;
	struct err e;
	put_text(f->s, "a document from before", STORE_NEW);
	/* what migration 1 alone left: no places, claims or extractions */
	upgrade_from(f, "DROP TABLE places; DROP TABLE claims; DROP TABLE extractions; PRAGMA user_version = 1", 1);
	struct store_counts c;
	assert_int_equal(store_counts(f->s, &c, &e), 0);
	assert_int_equal(c.documents, 1);
	struct place_row p = place("C9901", "Kafr Nobol", "كفرنبل");
	assert_int_equal(store_place_put(f->s, &p, &e), 0);
	assert_int_equal(store_check(f->s, &e), 0);
	store_close(f->s);
	f->s = NULL;
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), 0);
	long n;
	assert_int_equal(store_places_count(f->s, &n, &e), 0);
	assert_int_equal(n, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(create_migrate_reopen, setup, teardown),
		cmocka_unit_test_setup_teardown(put_new_duplicate_same_text, setup, teardown),
		cmocka_unit_test_setup_teardown(round_trip_exact, setup, teardown),
		cmocka_unit_test_setup_teardown(packed_archive, setup, teardown),
		cmocka_unit_test_setup_teardown(get_by_id_and_prefix, setup, teardown),
		cmocka_unit_test_setup_teardown(each_filters, setup, teardown),
		cmocka_unit_test_setup_teardown(transactions, setup, teardown),
		cmocka_unit_test_setup_teardown(cache_sized, setup, teardown),
		cmocka_unit_test_setup_teardown(source_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_foreign_files, setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_newer_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(readonly_never_creates, setup, teardown),
		cmocka_unit_test_setup_teardown(wal_stays_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(places_put_each, setup, teardown),
		cmocka_unit_test_setup_teardown(upgrades_v1, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
