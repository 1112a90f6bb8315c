/* sqlite_impl.h - what the SQLite backend's files share (internal to
 * src/store/): the connection handle and a few helpers. sqlite.c owns the
 * schema, documents and places; sqlite_claims.c the claims. */
#ifndef CIVCAS_STORE_SQLITE_IMPL_H
#define CIVCAS_STORE_SQLITE_IMPL_H

#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>

#include "base/buf.h"
#include "store/backend.h"

/* The statements sqlite.c prepares once at open (see statements[]). */
enum {
	ST_BEGIN, ST_COMMIT, ST_ROLLBACK,
	ST_BY_SHA, ST_BY_TEXT, ST_SOURCE_GET, ST_SOURCE_ADD, ST_SOURCE_KIND, ST_DOC_ADD, ST_RAW_ADD,
	ST_GET_ID, ST_GET_PREFIX, ST_GET_RAW, ST_COUNTS, ST_PLACE_PUT, ST_PLACE_COUNT,
	ST_COUNT
};

struct sq_claims;

struct sq {
	sqlite3 *db;
	char *path;
	int version;
	int readonly;
	sqlite3_stmt *st[ST_COUNT];
	/* The last publisher's source row: ingest files usually have one
	 * publisher. Forgotten on rollback, which may have undone its insert. */
	char *src_name;
	int64_t src_id;
	int src_has_kind;
	struct buf zbuf;     /* unpacked archive bytes */
	struct store_packer packer; /* for records that come unpacked */
	/* The claim statements, prepared on first use (sqlite_claims.c):
	 * ingest and listing never need them. */
	struct sq_claims *claims;
	/* A second connection copies the WAL into the database (and waits for
	 * the disk) on its own thread, so that ingest never stops for it. */
	char *name;
	pthread_t ckpt_thread;
	int ckpt_running;
	int ckpt_stop;
	pthread_mutex_t ckpt_lock;
	pthread_cond_t ckpt_wake;
	pthread_cond_t ckpt_done;  /* a checkpoint pass finished */
	long ckpt_asked;           /* commits so far */
	long ckpt_passed;          /* commits the last finished pass began after */
	int wal_frames;            /* pages in the WAL after the last commit */
	int page_size;
};

/* Describe the connection's last error as ERR_STORE ("what: path: message"). */
int sq_fail(struct sq *q, struct err *e, const char *what);
/* Bind s as text, or NULL. */
void sq_bind_str(sqlite3_stmt *st, int i, const char *s);
/* Bind s as text; NULL for NULL or "" (none). */
void sq_bind_opt(sqlite3_stmt *st, int i, const char *s);
/* Bind lat and lon to i and i + 1; both NULL when either is NaN (no point). */
void sq_bind_point(sqlite3_stmt *st, int i, double lat, double lon);
/* Column i of the current row as text, NULL when NULL. */
const char *sq_col_str(sqlite3_stmt *st, int i);
/* Columns i and i + 1 into *lat and *lon; both NaN when either is NULL. */
void sq_col_point(sqlite3_stmt *st, int i, double *lat, double *lon);

/* Step a statement that returns no row, and reset it: 0, or ERR_STORE
 * ("what: path: message"). */
int sq_done(struct sq *q, sqlite3_stmt *st, const char *what, struct err *e);
/* Step a statement that returns one row or none: 1 row (left on it: reset
 * after reading), 0 none (reset), -1 error (e set, reset). */
int sq_row(struct sq *q, sqlite3_stmt *st, const char *what, struct err *e);

/* Prepare SQL built per call (a listing) into *st, to be finalized by the
 * caller (sq_rows does). sql is released either way. 0 or ERR_STORE. */
int sq_prepare_buf(struct sq *q, struct buf *sql, sqlite3_stmt **st, const char *what, struct err *e);
/* Reads the current row of st; a non-zero return stops the listing. */
typedef int (*sq_row_fn)(struct sq *q, sqlite3_stmt *st, void *ctx, struct err *e);
/* The ctx of a listing's sq_row_fn: the caller's callback, which it hands
 * each row as a record, and the callback's argument. */
struct sq_each {
	union {
		doc_each_fn doc;
		place_each_fn place;
		claim_each_fn claim;
	} fn;
	void *ctx;
};
/* Step st through its rows, handing each to row(q, st, ctx, e), then
 * finalize it. What row returned to stop, ERR_STORE "what: path: message"
 * when a step fails, or 0. */
int sq_rows(struct sq *q, sqlite3_stmt *st, sq_row_fn row, void *ctx, const char *what, struct err *e);
/* Run a check query for store_check: its first row (as text) names a
 * problem (ERR_STORE "what: path: row"), unless it is "ok"; no row is fine. */
int sq_check_query(struct sq *q, const char *sql, const char *what, struct err *e);

/* sqlite_claims.c: the backend ops of store_claims_* (see backend.h), the
 * claim checks store_check runs, and the statements' release at close. */
int sq_claims_replace(void *impl, int64_t document_id, const char *version, const struct claim *claims,
		      size_t n, const char *text, size_t text_len, const char *now, struct err *e);
int sq_claims_each(void *impl, const struct claim_filter *f, claim_each_fn fn, void *ctx, struct err *e);
int sq_claims_check(struct sq *q, struct err *e);
void sq_claims_release(struct sq *q);

#endif
