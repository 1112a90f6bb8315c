/* store_fx.h - the fixture of the store tests: a new database in a temporary
 * folder for each test (setup/teardown), documents put with their real
 * hashes, raw SQL on the file behind the store's back, and the upgrade of a
 * database an older civcas left. Header-only: each
 * test is one translation unit, included after cmocka.h. */
#ifndef CIVCAS_TEST_STORE_FX_H
#define CIVCAS_TEST_STORE_FX_H

#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/sha256.h"
#include "base/xalloc.h"
#include "store/store.h"

struct fx {
	char dir[64];
	char db[128];
	struct store *s;
};

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	return remove(path);
}

/* *state: a struct fx whose store is open on a new database */
static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "/tmp/civcas-store-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->db, sizeof f->db, "%s/c.db", f->dir);
	struct err e;
	if (store_open(f->db, STORE_CREATE, &f->s, &e)) {
		err_print(&e);
		return -1;
	}
	*state = f;
	return 0;
}

/* closes the store (f->s may be NULL) and removes the folder */
static int teardown(void **state)
{
	struct fx *f = *state;
	store_close(f->s);
	nftw(f->dir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* A record over raw and text with their real hashes and the required fields. */
static void doc_init(struct doc_record *r, const void *raw, size_t raw_len, const char *text)
{
	memset(r, 0, sizeof *r);
	r->raw = raw;
	r->raw_len = raw_len;
	r->text = text;
	r->text_len = strlen(text);
	sha256_hex(raw, raw_len, r->sha256);
	sha256_hex(text, r->text_len, r->text_sha256);
	r->retrieved = "2024-05-01T12:00:00Z";
	r->format = "text";
}

/* Puts r, asserting that it succeeds with want_outcome (STORE_NEW, ...); its id. */
static int64_t put(struct store *s, struct doc_record *r, int want_outcome)
{
	struct err e;
	int outcome = -1;
	int rc = store_document_put(s, r, &outcome, &e);
	if (rc)
		err_print(&e);
	assert_int_equal(rc, 0);
	assert_int_equal(outcome, want_outcome);
	return r->id;
}

/* Put a document whose raw bytes and text are both s. */
static int64_t put_text(struct store *st, const char *s, int want_outcome)
{
	struct doc_record r;
	doc_init(&r, s, strlen(s), s);
	return put(st, &r, want_outcome);
}

/* Runs q on the database file at path, asserting that it succeeds. */
static void sql(const char *path, const char *q)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	char *msg = NULL;
	int rc = sqlite3_exec(db, q, NULL, NULL, &msg);
	if (rc)
		fprintf(stderr, "%s\n", msg);
	assert_int_equal(rc, SQLITE_OK);
	sqlite3_close(db);
}

/* Closes f's store, runs q on its file to make it what a civcas of schema
 * version `older` left, and checks that the store refuses to read it before
 * an upgrade and upgrades it when opened for writing (f->s: open on it). */
static void upgrade_from(struct fx *f, const char *q, int older)
{
	struct err e;
	char want[128];
	store_close(f->s);
	f->s = NULL;
	sql(f->db, q);
	assert_int_equal(store_open(f->db, STORE_READONLY, &f->s, &e), ERR_STORE);
	snprintf(want, sizeof want, "has schema version %d, older than this civcas's %d", older,
		 store_schema_latest());
	assert_non_null(strstr(e.what, want));
	assert_int_equal(store_open(f->db, 0, &f->s, &e), 0);
	assert_int_equal(store_schema_version(f->s), store_schema_latest());
}

#endif
