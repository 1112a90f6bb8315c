/* store.c - the backend-independent half of the storage layer: it picks the
 * backend from the location and keeps the rules (transactions, record checks,
 * ownership of records handed out) the same whichever database is behind it. */
#include "store/store.h"

#include <ctype.h>
#include <inttypes.h>
#include <lz4.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/caps.h"
#include "base/xalloc.h"
#include "gazetteer/place.h"
#include "store/backend.h"

enum tx_state { TX_NONE = 0, TX_OPEN, TX_FAILED };

struct store {
	const struct store_backend *be;
	void *impl;
	int flags;
	int tx;   /* enum tx_state */
};

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

int store_open(const char *location, int flags, struct store **out, struct err *e)
{
	*out = NULL;
	if (!location || !*location)
		return err_set(e, ERR_USAGE, "no database given");
	if (starts_with(location, "postgresql://") || starts_with(location, "postgres://"))
		return err_set(e, ERR_USAGE, "PostgreSQL backend not built yet: %s", location);
	const struct store_backend *be = &store_sqlite_backend;
	void *impl;
	int rc = be->open(location, flags, &impl, e);
	if (rc)
		return rc;
	struct store *s = xcalloc(1, sizeof *s);
	s->be = be;
	s->impl = impl;
	s->flags = flags;
	*out = s;
	return 0;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	if (s->tx != TX_NONE)
		s->be->rollback(s->impl, NULL);
	s->be->close(s->impl);
	free(s);
}

int store_schema_version(struct store *s)
{
	return s->be->schema_version(s->impl);
}

int store_schema_latest(void)
{
	return store_sqlite_backend.schema_latest;
}

int store_cache(struct store *s, long kib, struct err *e)
{
	if (kib <= 0)
		return err_set(e, ERR_USAGE, "a cache of %ld KiB", kib);
	return s->be->cache ? s->be->cache(s->impl, kib, e) : 0;
}

int store_begin(struct store *s, struct err *e)
{
	if (s->tx != TX_NONE)
		return err_set(e, ERR_STORE, "a transaction is already open (nested store_begin)");
	int rc = s->be->begin(s->impl, e);
	if (!rc)
		s->tx = TX_OPEN;
	return rc;
}

int store_commit(struct store *s, struct err *e)
{
	if (s->tx == TX_NONE)
		return err_set(e, ERR_STORE, "commit without a transaction");
	if (s->tx == TX_FAILED) {
		s->be->rollback(s->impl, NULL);
		s->tx = TX_NONE;
		return err_set(e, ERR_STORE, "transaction rolled back: a write in it had failed");
	}
	int rc = s->be->commit(s->impl, e);
	if (rc)
		s->be->rollback(s->impl, NULL);
	s->tx = TX_NONE;
	return rc;
}

int store_rollback(struct store *s, struct err *e)
{
	if (s->tx == TX_NONE)
		return err_set(e, ERR_STORE, "rollback without a transaction");
	s->tx = TX_NONE;
	return s->be->rollback(s->impl, e);
}

static int is_hex64(const char *h)
{
	for (int i = 0; i < 64; i++)
		if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
			return 0;
	return h[64] == '\0';
}

static int check_record(const struct doc_record *r, struct err *e)
{
	if (!is_hex64(r->sha256))
		return err_set(e, ERR_STORE, "document has no valid sha256 (64 lowercase hex digits)");
	if (!is_hex64(r->text_sha256))
		return err_set(e, ERR_STORE, "document %.12s has no valid text_sha256", r->sha256);
	if (!r->retrieved || !r->format)
		return err_set(e, ERR_STORE, "document %.12s lacks its %s", r->sha256,
			       r->retrieved ? "format" : "retrieval time");
	if ((!r->text && r->text_len) || (!r->raw && !r->packed && r->raw_len))
		return err_set(e, ERR_STORE, "document %.12s has a length but no %s", r->sha256,
			       r->text ? "raw bytes" : "text");
	return 0;
}

/* One write through the backend: inside the open transaction (a failure
 * spoils it), or in a transaction of its own. */
struct write {
	enum { W_DOCUMENT, W_PLACE, W_CLAIMS } kind;
	struct doc_record *doc;
	int *outcome;
	const struct place_row *place;
	const char *now;
	int64_t doc_id;
	const char *version;
	const struct claim *claims;
	size_t nclaims;
	const char *text;
	size_t text_len;
};

static int backend_write(struct store *s, struct write *w, struct err *e)
{
	if (w->kind == W_DOCUMENT)
		return s->be->document_put(s->impl, w->doc, w->outcome, e);
	if (w->kind == W_CLAIMS)
		return s->be->claims_replace(s->impl, w->doc_id, w->version, w->claims, w->nclaims, w->text,
					     w->text_len, w->now, e);
	return s->be->place_put(s->impl, w->place, w->now, e);
}

/* Failures the backend found before writing anything leave the
 * transaction as it was. */
static int spoils(int rc)
{
	return rc && rc != ERR_NOTFOUND && rc != ERR_INPUT;
}

static int write_one(struct store *s, struct write *w, struct err *e)
{
	if (s->tx == TX_OPEN) {
		int rc = backend_write(s, w, e);
		if (spoils(rc))
			s->tx = TX_FAILED;
		return rc;
	}
	int rc = store_begin(s, e);
	if (rc)
		return rc;
	rc = backend_write(s, w, e);
	if (rc) {
		store_rollback(s, NULL);
		return rc;
	}
	return store_commit(s, e);
}

int store_document_put(struct store *s, struct doc_record *rec, int *outcome, struct err *e)
{
	if (s->flags & STORE_READONLY)
		return err_set(e, ERR_STORE, "the database was opened read-only");
	if (s->tx == TX_FAILED)
		return err_set(e, ERR_STORE, "an earlier write in this transaction failed: roll it back");
	int rc = check_record(rec, e);
	if (rc)
		return rc;
	struct write w = { .kind = W_DOCUMENT, .doc = rec, .outcome = outcome };
	return write_one(s, &w, e);
}

static void utc_now(char now[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int check_place(const struct place_row *p, struct err *e)
{
	if (!p->id || !*p->id)
		return err_set(e, ERR_STORE, "place has no id");
	if (!place_kind_name(p->kind))
		return err_set(e, ERR_STORE, "place %s has no valid kind", p->id);
	if (!p->name_en || !*p->name_en)
		return err_set(e, ERR_STORE, "place %s has no English name", p->id);
	if (!p->country || !*p->country)
		return err_set(e, ERR_STORE, "place %s has no country", p->id);
	if (!p->source || !*p->source)
		return err_set(e, ERR_STORE, "place %s has no source", p->id);
	return 0;
}

int store_place_put(struct store *s, const struct place_row *p, struct err *e)
{
	if (s->flags & STORE_READONLY)
		return err_set(e, ERR_STORE, "the database was opened read-only");
	if (s->tx == TX_FAILED)
		return err_set(e, ERR_STORE, "an earlier write in this transaction failed: roll it back");
	int rc = check_place(p, e);
	if (rc)
		return rc;
	char now[32];
	utc_now(now);
	struct write w = { .kind = W_PLACE, .place = p, .now = now };
	return write_one(s, &w, e);
}

int store_claims_replace(struct store *s, int64_t document_id, const char *version,
			 const struct claim *claims, size_t n, const char *text, size_t text_len,
			 struct err *e)
{
	if (s->flags & STORE_READONLY)
		return err_set(e, ERR_STORE, "the database was opened read-only");
	if (s->tx == TX_FAILED)
		return err_set(e, ERR_STORE, "an earlier write in this transaction failed: roll it back");
	if (!version || !*version || strlen(version) > 64)
		return err_set(e, ERR_INPUT, "claims of document %" PRId64 " have no extractor version",
			       document_id);
	if (!text && n)
		return err_set(e, ERR_INPUT, "claims of document %" PRId64 " come without its text", document_id);
	for (size_t i = 0; i < n; i++) {
		int rc = claim_check(&claims[i], i, document_id, text, text_len, e);
		if (rc)
			return rc;
	}
	char now[32];
	utc_now(now);
	struct write w = { .kind = W_CLAIMS, .doc_id = document_id, .version = version, .claims = claims,
			   .nclaims = n, .text = text, .text_len = text_len, .now = now };
	return write_one(s, &w, e);
}

int store_claims_each(struct store *s, const struct claim_filter *f, claim_each_fn fn, void *ctx,
		      struct err *e)
{
	static const struct claim_filter all;
	return s->be->claims_each(s->impl, f ? f : &all, fn, ctx, e);
}

int store_places_each(struct store *s, place_each_fn fn, void *ctx, struct err *e)
{
	return s->be->places_each(s->impl, fn, ctx, e);
}

int store_places_count(struct store *s, long *out, struct err *e)
{
	*out = 0;
	return s->be->places_count(s->impl, out, e);
}

int store_document_get(struct store *s, const char *ref, int with_raw, struct doc_record **out,
		       struct err *e)
{
	*out = NULL;
	return s->be->document_get(s->impl, ref, with_raw, out, e);
}

int store_documents_each(struct store *s, const struct doc_filter *f, doc_each_fn fn, void *ctx,
			 struct err *e)
{
	static const struct doc_filter all = { .include_duplicates = 1 };
	return s->be->documents_each(s->impl, f ? f : &all, fn, ctx, e);
}

int store_counts(struct store *s, struct store_counts *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	return s->be->counts(s->impl, out, e);
}

int store_check(struct store *s, struct err *e)
{
	return s->be->check(s->impl, e);
}

void doc_record_free(struct doc_record *r)
{
	free(r);
}

static size_t str_size(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

static const char *str_copy(char **at, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *d = memcpy(*at, s, n);
	*at += n;
	return d;
}

struct doc_record *doc_record_copy(const struct doc_record *r)
{
	const char *const *fields[] = {
		&r->url, &r->title, &r->publisher, &r->author, &r->source_kind, &r->language,
		&r->published, &r->published_raw, &r->retrieved, &r->format, &r->charset, &r->origin,
	};
	size_t n = sizeof *r + r->text_len + 1 + (r->raw ? r->raw_len + 1 : 0) +
		   (r->packed ? r->packed_len : 0) + str_size(r->codec);
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		n += str_size(*fields[i]);
	struct doc_record *c = xmalloc(n);
	*c = *r;
	char *at = (char *)(c + 1);
	c->url = str_copy(&at, r->url);
	c->title = str_copy(&at, r->title);
	c->publisher = str_copy(&at, r->publisher);
	c->author = str_copy(&at, r->author);
	c->source_kind = str_copy(&at, r->source_kind);
	c->language = str_copy(&at, r->language);
	c->published = str_copy(&at, r->published);
	c->published_raw = str_copy(&at, r->published_raw);
	c->retrieved = str_copy(&at, r->retrieved);
	c->format = str_copy(&at, r->format);
	c->charset = str_copy(&at, r->charset);
	c->origin = str_copy(&at, r->origin);
	c->codec = str_copy(&at, r->codec);
	if (r->text_len)
		memcpy(at, r->text, r->text_len);
	at[r->text_len] = '\0';
	c->text = at;
	at += r->text_len + 1;
	if (r->raw) {
		if (r->raw_len)
			memcpy(at, r->raw, r->raw_len);
		at[r->raw_len] = '\0';
		c->raw = at;
		at += r->raw_len + 1;
	}
	if (r->packed) {
		if (r->packed_len)
			memcpy(at, r->packed, r->packed_len);
		c->packed = at;
	}
	return c;
}

#define CODEC_LZ4 "lz4"
#define CODEC_NONE "none"

/* LZ4 halves news text at over 500 MB/s a core, one document at a time
 * (zstd -1 saves a quarter more but runs at 180 MB/s there); the bytes not
 * written are what an ingest waits for. Packing that saves under a tenth is
 * not worth a decompression on every read. */
void store_packer_init(struct store_packer *p)
{
	buf_init(&p->out);
	p->lz = NULL;
}

void store_packer_release(struct store_packer *p)
{
	buf_release(&p->out);
	free(p->lz);
	p->lz = NULL;
}

void store_document_pack(struct doc_record *r, struct store_packer *p)
{
	r->codec = CODEC_NONE;
	r->packed = r->raw_len ? r->raw : "";
	r->packed_len = r->raw_len;
	if (r->raw_len < 64 || r->raw_len > (size_t)LZ4_MAX_INPUT_SIZE)
		return;
	if (!p->lz) {
		p->lz = LZ4_initStream(xmalloc(sizeof(LZ4_stream_t)), sizeof(LZ4_stream_t));
	} else {
		LZ4_resetStream_fast(p->lz);
	}
	int bound = LZ4_compressBound((int)r->raw_len);
	buf_reset(&p->out);
	buf_grow(&p->out, (size_t)bound);
	/* A freshly reset stream has no dictionary: the block stands alone and
	 * LZ4_decompress_safe reads it. */
	int n = LZ4_compress_fast_continue(p->lz, r->raw, p->out.data, (int)r->raw_len, bound, 1);
	if (n > 0 && (size_t)n < r->raw_len - r->raw_len / 10) {
		r->codec = CODEC_LZ4;
		r->packed = p->out.data;
		r->packed_len = (size_t)n;
	}
}

int store_unpack(const char *codec, const void *blob, size_t n, size_t want, struct buf *out,
		 int64_t id, const char *where, struct err *e)
{
	buf_reset(out);
	if (codec && !strcmp(codec, CODEC_NONE)) {
		if (n != want)
			return err_set(e, ERR_STORE, "document %" PRId64 " has %zu archived bytes, not %zu, in %s",
				       id, n, want, where);
		buf_add(out, blob, n);
		return 0;
	}
	if (!codec || strcmp(codec, CODEC_LZ4))
		return err_set(e, ERR_STORE, "document %" PRId64 " is archived with an unknown codec '%s' in %s",
			       id, codec ? codec : "", where);
	if (want > CAP_DOCUMENT_BYTES || n > (size_t)LZ4_compressBound((int)want))
		return err_set(e, ERR_STORE, "document %" PRId64 "'s archived bytes are damaged in %s", id, where);
	buf_grow(out, want);
	int got = LZ4_decompress_safe(blob, out->data, (int)n, (int)want);
	if (got < 0 || (size_t)got != want)
		return err_set(e, ERR_STORE, "document %" PRId64 "'s archived bytes are damaged in %s", id, where);
	buf_setlen(out, want);
	return 0;
}

int doc_ref_parse(const char *ref, int64_t *id, char prefix[65], int *kinds, struct err *e)
{
	size_t n = ref ? strlen(ref) : 0;
	size_t digits = strspn(ref ? ref : "", "0123456789");
	size_t hex = strspn(ref ? ref : "", "0123456789abcdefABCDEF");
	*kinds = 0;
	*id = 0;
	prefix[0] = '\0';
	if (n && digits == n && n <= 18) {
		*id = strtoll(ref, NULL, 10);
		*kinds |= DOC_REF_ID;
	}
	if (hex == n && n >= 6 && n <= 64) {
		for (size_t i = 0; i < n; i++)
			prefix[i] = (char)tolower((unsigned char)ref[i]);
		prefix[n] = '\0';
		*kinds |= DOC_REF_PREFIX;
	}
	if (!*kinds)
		return err_set(e, ERR_USAGE,
			       "'%s' is not a document: give its number or at least 6 hex digits of its sha256",
			       ref ? ref : "");
	return 0;
}
