/* store.h - the one storage interface every stage talks to.
 *
 * A struct store is an opaque handle on one database. SQLite is the backend
 * today (a path such as "civcas.db"); a PostgreSQL backend will be chosen by a
 * "postgresql://" location without any stage changing, so nothing outside
 * src/store/ sees SQL or sqlite3 types.
 *
 * Ownership: records passed *in* are only read during the call. Records handed
 * *out* to a callback belong to the store and are valid only until the callback
 * returns; store_document_get returns a record the caller frees with
 * doc_record_free. Every function returns 0 or an ERR_* kind and fills err
 * (which may be NULL). A database error never aborts the program. */
#ifndef CIVCAS_STORE_H
#define CIVCAS_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "extract/claim.h"

struct store;

enum store_open_flags {
	STORE_CREATE = 1,    /* create the database (and its schema) if missing */
	STORE_READONLY = 2   /* never write; fails if the schema is too old */
};

/* Open (and migrate to the current schema version unless read-only).
 * "postgresql://..." or "postgres://..." picks PostgreSQL (not built yet:
 * ERR_USAGE); anything else is a SQLite file path. Without STORE_CREATE a
 * missing file is an error, and STORE_READONLY never creates one. Refused with
 * ERR_STORE: a file that is not a civcas database, a schema older than this
 * build's when read-only, a schema newer than this build's. *out is NULL on
 * failure. */
int store_open(const char *location, int flags, struct store **out, struct err *e);
/* Rolls back a transaction left open. s may be NULL. */
void store_close(struct store *s);
/* How much of the database the store may keep in memory between calls, in
 * KiB (the default suits ingest: 64 MiB). A command that reads each
 * document once, in order, wants little: pages it will not read again only
 * fill memory. Backends without such a cache ignore it. */
int store_cache(struct store *s, long kib, struct err *e);
/* Schema version of the open database and the one this build writes. */
int store_schema_version(struct store *s);
int store_schema_latest(void);

/* Transactions: ingest batches many documents in one. Nested begin, commit or
 * rollback without begin, and writing to a read-only store are ERR_STORE.
 * Once a write inside a transaction has failed, the transaction is spoilt:
 * further puts fail and store_commit rolls it back and fails; call
 * store_rollback. After store_commit returns, no transaction is open either
 * way (a failed commit has rolled back). A put outside a transaction is
 * committed on its own. */
int store_begin(struct store *s, struct err *e);
int store_commit(struct store *s, struct err *e);
int store_rollback(struct store *s, struct err *e);

/* One archived document. Text fields are NUL-terminated UTF-8 or NULL. */
struct doc_record {
	int64_t id;                 /* assigned by the store */
	char sha256[65];            /* of raw: the content address */
	char text_sha256[65];       /* of text: finds the same text under another url */
	int64_t duplicate_of;       /* earlier document with identical text, or 0 */
	const char *url;
	const char *title;
	const char *publisher;
	const char *author;
	const char *source_kind;    /* news_agency, local_media, social_media, ngo, belligerent, government, or as given */
	const char *language;       /* "ar", "en", ... "und" */
	const char *published;      /* ISO 8601 date or date-time, NULL if unknown */
	const char *published_raw;  /* the date as the source wrote it */
	const char *retrieved;      /* ISO 8601 UTC time of ingest */
	const char *format;         /* text, html, json, jsonl, csv, rss, atom */
	const char *charset;        /* charset the raw bytes were decoded from */
	const char *origin;         /* file the document came from ("-" for stdin) */
	long origin_line;           /* line of the record in that file, 0 for a whole file */
	long invalid_bytes;         /* bytes replaced by U+FFFD while decoding */
	const char *text;
	size_t text_len;
	const void *raw;            /* the archived bytes; NULL when not loaded (or, on a
	                               put, when the record comes packed) */
	size_t raw_len;             /* set on records read back even when raw is not loaded */
	/* raw as it will be stored, set by store_document_pack (put packs a
	 * record itself when these are not set) */
	const char *codec;          /* "lz4" or "none" */
	const void *packed;
	size_t packed_len;
};

enum store_put_outcome {
	STORE_NEW = 0,        /* stored */
	STORE_DUPLICATE = 1,  /* the same bytes were already archived: nothing written */
	STORE_SAME_TEXT = 2   /* stored, but an earlier document has the same text (duplicate_of set) */
};

/* Archive rec (rec->sha256 and rec->text_sha256 must be filled by the caller,
 * as 64 lowercase hex digits; retrieved and format must be set; text and raw
 * may be NULL only with a zero length). Sets rec->id (the existing id on
 * STORE_DUPLICATE), rec->duplicate_of (the earliest document with the same
 * text_sha256, or 0) and *outcome. A record that breaks these rules is
 * ERR_STORE and does not spoil the transaction. */
int store_document_put(struct store *s, struct doc_record *rec, int *outcome, struct err *e);

/* What packing a document for the archive needs between documents: the
 * packed bytes (kept until the put) and the compressor's state, which is
 * reset cheaply rather than cleared (a 16 KB memset per document was 4% of
 * an ingest). One per thread. */
struct store_packer {
	struct buf out;
	void *lz;
};
void store_packer_init(struct store_packer *p);
void store_packer_release(struct store_packer *p);

/* Compress rec's raw bytes for the archive with p and set rec->codec, packed,
 * packed_len (pointing into p until its next use). Touches no database, so
 * ingest runs it on its reading thread while the store writes. */
void store_document_pack(struct doc_record *rec, struct store_packer *p);

/* Find one document by numeric id or by a unique prefix (>= 6 hex digits,
 * either case) of its sha256. A string of 6 or more digits may be both: it
 * names the one document it matches, and is ambiguous if it matches two.
 * with_raw: also load the archived bytes. ERR_NOTFOUND if none, ERR_USAGE if
 * a prefix is ambiguous or ref is neither an id nor hex. */
int store_document_get(struct store *s, const char *ref, int with_raw, struct doc_record **out, struct err *e);
void doc_record_free(struct doc_record *r);
/* A copy of r (strings, text, raw and packed bytes when set) in one
 * allocation that doc_record_free releases; text and raw get a NUL after
 * them. */
struct doc_record *doc_record_copy(const struct doc_record *r);

struct doc_filter {
	const char *language;     /* NULL: any */
	const char *publisher;    /* exact, NULL: any */
	const char *since;        /* published >= since (ISO), NULL: any */
	const char *until;        /* published <= until, where until is a prefix:
				   * "2024-03" takes all of March, "2024-03-05" all of that day */
	int include_duplicates;   /* also list documents whose text repeats an earlier one */
	int with_text;            /* also hand out the text (text, text_len) */
	const char *unextracted_by; /* only documents whose claims were not extracted by
				   * this extractor version (NULL: any) */
	int64_t after_id;         /* only ids > after_id (paging) */
	long limit;               /* 0: no limit */
};

/* Call fn for each matching document in id order, without raw loaded and
 * without text unless f->with_text (text_len is set either way). fn
 * returns 0 to go on, anything else to stop (returned). */
typedef int (*doc_each_fn)(void *ctx, const struct doc_record *r);
int store_documents_each(struct store *s, const struct doc_filter *f, doc_each_fn fn, void *ctx, struct err *e);

struct store_counts {
	long documents;
	long same_text;           /* documents with duplicate_of set */
	long long raw_bytes;
	long long text_bytes;
	long claims;
	long extracted;           /* documents with an extraction recorded */
};
int store_counts(struct store *s, struct store_counts *out, struct err *e);

/* Places: the gazetteer entries a team imports (civcas gazetteer import),
 * in the struct place_row of gazetteer/place.h. A place is its id: putting a
 * place whose id is stored already replaces it, so importing a file again
 * updates its places. The store stamps each put with the time (UTC). */
struct place_row;

/* Store p. Its id, name_en, country and source must be non-empty and its
 * kind known; a place that breaks this is ERR_STORE and does not spoil the
 * transaction. Other strings may be NULL or "" (none); lat/lon NAN and
 * population 0 are unknown. Like a document, a put outside a transaction is
 * committed on its own: importers batch places in transactions. */
int store_place_put(struct store *s, const struct place_row *p, struct err *e);

/* Call fn for each stored place in id order. Strings are never NULL ("" for
 * none), lat/lon are NAN when unknown. fn returns 0 to go on, anything else
 * to stop (returned). ERR_STORE for a stored kind this build does not know. */
typedef int (*place_each_fn)(void *ctx, const struct place_row *p);
int store_places_each(struct store *s, place_each_fn fn, void *ctx, struct err *e);
/* Number of stored places. */
int store_places_count(struct store *s, long *out, struct err *e);

/* Claims: what the extractor found in a document (extract/claim.h), with
 * the quote of each evidence span. A document's claims are replaced as a
 * whole each time it is extracted, and the extraction (extractor version,
 * number of claims, time) is recorded with them, so that `civcas extract`
 * knows what is left to do. */

/* Replace the claims of document_id with claims[0..n), stored in this order,
 * and record the extraction by extractor version (a short non-empty string).
 * text[0..text_len) is the document's text (as store_document_get gives it;
 * NULL only with n == 0, and then text_len is not checked): every span must
 * lie inside it on character boundaries, and each claim keeps a copy of its
 * evidence span as its quote, cut to CAP_QUOTE_BYTES on a character
 * boundary. claims and text are only read during the call (strings are
 * copied). Runs in the caller's transaction (or one of its own, like a put).
 * Store claim ids are never reused, even for the claims this replaces.
 * ERR_INPUT when a claim breaks these rules (a span outside the text or
 * inside a character, a start after its end, a kind, status, weapon,
 * belligerent, infrastructure or precision out of range, a range below -1
 * or with min > max, a confidence outside 0..1) and ERR_NOTFOUND when
 * there is no such document: both leave the transaction as it was. */
int store_claims_replace(struct store *s, int64_t document_id, const char *version,
			 const struct claim *claims, size_t n, const char *text, size_t text_len,
			 struct err *e);

/* A stored claim. The strings in c and those below belong to the store and
 * are valid only during the callback; c's strings are NULL when the claim
 * has none, lat/lon NAN when unknown, ranges RANGE_UNKNOWN as stored. */
struct claim_record {
	int64_t id;
	int64_t document_id;
	const char *extractor;    /* version that made it */
	const char *quote;        /* the evidence span's text (capped, see above) */
	struct claim c;
};

/* Which claims store_claims_each hands out; zero fields do not filter. */
struct claim_filter {
	int64_t document_id;
	unsigned kinds;           /* set of 1 << enum claim_kind */
	unsigned belligerents;    /* set of 1 << enum belligerent: claims naming any of
				   * them (BEL_UNKNOWN: also those that name none) */
	unsigned weapons;         /* set of 1 << enum weapon */
	int main_only;            /* only each document's main incident claim */
	const char *since;        /* ISO date: claims whose date (or period) reaches it */
	const char *until;        /* ISO date, a prefix as in doc_filter: claims dated
				   * on or before it; with since or until, undated claims
				   * are left out */
	const char *governorate;  /* English name, case-insensitive */
	long min_killed;          /* killed.min >= min_killed (when > 0) */
	int64_t after_id;         /* only ids > after_id (paging) */
	long limit;               /* 0: no limit */
};

/* Call fn for each matching claim in id order (a document's claims in text
 * order). fn returns 0 to go on, anything else to stop (returned). fn may
 * read the store. ERR_STORE for a stored name this build does not know. */
typedef int (*claim_each_fn)(void *ctx, const struct claim_record *r);
int store_claims_each(struct store *s, const struct claim_filter *f, claim_each_fn fn, void *ctx,
		      struct err *e);

/* Check the whole database (structure, references between records, claims'
 * spans inside their document's text and quotes that match it). 0 when
 * sound, else ERR_STORE naming the first problem found. Reads everything. */
int store_check(struct store *s, struct err *e);

#endif
