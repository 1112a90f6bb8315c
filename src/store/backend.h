/* backend.h - what a storage backend provides to store.c (internal to src/store/).
 *
 * store.c owns the rules every backend shares: which backend a location picks,
 * the transaction state (nesting, a failed write poisons the transaction),
 * checking a record before it is written, wrapping a lone put in its own
 * transaction, and copying records out. A backend only talks to its database.
 * Each op gets the backend's own handle (impl) and returns 0 or an ERR_* kind. */
#ifndef CIVCAS_STORE_BACKEND_H
#define CIVCAS_STORE_BACKEND_H

#include "store/store.h"

struct store_backend {
	const char *name;
	int schema_latest;   /* every backend numbers its schema versions alike */
	/* Open location, check its identity and schema, migrate unless read-only
	 * (flags: enum store_open_flags). */
	int (*open)(const char *location, int flags, void **impl, struct err *e);
	void (*close)(void *impl);
	int (*schema_version)(void *impl);
	int (*begin)(void *impl, struct err *e);
	int (*commit)(void *impl, struct err *e);
	/* NULL: no cache to size */
	int (*cache)(void *impl, long kib, struct err *e);
	/* Must succeed when the database already undid the transaction itself. */
	int (*rollback)(void *impl, struct err *e);
	/* Called inside a transaction with a checked record (see store.h). */
	int (*document_put)(void *impl, struct doc_record *rec, int *outcome, struct err *e);
	int (*document_get)(void *impl, const char *ref, int with_raw, struct doc_record **out,
			    struct err *e);
	int (*documents_each)(void *impl, const struct doc_filter *f, doc_each_fn fn, void *ctx,
			      struct err *e);
	int (*counts)(void *impl, struct store_counts *out, struct err *e);
	/* A checked place (see store.h); imported is its ISO 8601 UTC time. */
	int (*place_put)(void *impl, const struct place_row *p, const char *imported, struct err *e);
	int (*places_each)(void *impl, place_each_fn fn, void *ctx, struct err *e);
	int (*places_count)(void *impl, long *out, struct err *e);
	/* Checked claims of a document (see store.h); now is the ISO 8601 UTC
	 * time of the extraction. ERR_NOTFOUND without writing when there is
	 * no such document, ERR_INPUT when text is given and text_len is not
	 * its stored text's size. */
	int (*claims_replace)(void *impl, int64_t document_id, const char *version,
			      const struct claim *claims, size_t n, const char *text, size_t text_len,
			      const char *now, struct err *e);
	int (*claims_each)(void *impl, const struct claim_filter *f, claim_each_fn fn, void *ctx,
			   struct err *e);
	int (*check)(void *impl, struct err *e);
};

extern const struct store_backend store_sqlite_backend;


/* The archived bytes stored as packed (codec, blob[0..n)) written into out;
 * want is the document's raw size. ERR_STORE naming id and where when the
 * codec is unknown or the bytes do not unpack to want bytes. */
int store_unpack(const char *codec, const void *blob, size_t n, size_t want, struct buf *out,
		 int64_t id, const char *where, struct err *e);

/* How a document reference reads: an id (all digits), a sha256 prefix
 * (>= 6 hex digits, lowercased into prefix), or both (digits only, >= 6 long). */
enum doc_ref_kind { DOC_REF_ID = 1, DOC_REF_PREFIX = 2 };
/* Returns a mask of enum doc_ref_kind, or ERR_USAGE (with e set) when ref is
 * neither. prefix must hold 65 bytes. */
int doc_ref_parse(const char *ref, int64_t *id, char prefix[65], int *kinds, struct err *e);

/* Claims as every backend stores them (claims.c). */

/* Check claims[i] of document doc against the rules of store_claims_replace
 * (text_len bytes of text). ERR_INPUT naming the claim and the rule. */
int claim_check(const struct claim *c, size_t i, int64_t doc, const char *text, size_t text_len,
		struct err *e);
/* The quote of c's evidence: how many bytes of text + c->start to keep
 * (at most CAP_QUOTE_BYTES, ending on a character boundary). */
size_t claim_quote_len(const struct claim *c, const char *text);
/* A set (bits below count) as a comma-separated list of code(i), into out
 * (reset first); "" for the empty set. */
void claim_codes_format(struct buf *out, unsigned set, int count, const char *(*code)(int));
/* The set a list written by claim_codes_format stands for, by parse(code)
 * (which returns -1 for an unknown code); -1 when a code is unknown. NULL
 * and "" are the empty set. */
long claim_codes_parse(const char *list, int (*parse)(const char *));
/* Names back to enums (victim status, date precision, place precision):
 * the i in 0..count whose name(i) is s, or -1. */
int claim_name_index(const char *s, int count, const char *(*name)(int));

#endif
