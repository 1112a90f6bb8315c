/* ingest.c - the ingest stage: inputs -> readers -> finished documents -> store.
 *
 * Two threads share the work of each input: a reader thread parses, hashes
 * and packs documents, and the calling thread stores them, so that parsing
 * and the database's writing overlap. A bounded queue between them keeps
 * memory flat; only the calling thread ever touches the store. */
#include "io/ingest.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/sha256.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "text/charset.h"
#include "text/lang.h"

typedef int (*reader_fn)(struct reader *, FILE *, struct err *);

/* A finished document on its way to the store: a copy of the record with its
 * strings, text and packed archive bytes (not its raw bytes: hashed and
 * packed, the put needs no more). */
struct queued {
	struct queued *next;
	size_t size;              /* roughly what it holds, for the queue's bound */
	struct doc_record *r;
};

/* Bounds of the queue between the threads: enough to ride out a slow
 * commit, small beside the database's page cache. The bytes are the bound
 * that matters; the count only caps tiny documents. A commit that waits for
 * the checkpointer (sqlite.c, WAL past 64 MB) stops the store for about
 * 50 ms: 256 documents (1.2 MB of the bench corpus) stopped the reader too,
 * 6 MB lets it read on meanwhile (best of 3 alternating runs on the bench
 * corpus: 2.06 s -> 1.82 s, peak RSS 80 -> 89 MB). */
#define QUEUE_DOCS 2048
#define QUEUE_BYTES (6u << 20)
#define QUEUE_WAKE_DOCS 32
#define QUEUE_WAKE_BYTES (1u << 20)

/* The reader appends; the store takes everything queued at once. Each side
 * is woken only while it waits, and the store only once a handful of
 * documents are ready: a wake-up per document cost more than the copy. */
struct queue {
	pthread_mutex_t lock;
	pthread_cond_t space;   /* the store took the queue */
	pthread_cond_t ready;   /* enough documents, or the reader finished */
	struct queued *head, *tail;
	long count;
	size_t bytes;
	int reader_waits;
	_Atomic int store_waits; /* also read without the lock, as a hint */
	int done;      /* the reader has finished */
	int stop;      /* the store failed: the reader must stop */
};

struct ingest {
	struct store *store;
	struct ingest_opts opts;
	struct ingest_stats st;   /* documents, bytes, rejected, dates: reader
				     thread; stored, duplicates, same_text:
				     calling thread; read after a join */
	char retrieved[32];
	int in_tx;
	long batch_docs;
	long long batch_bytes;
	long seen;                /* documents taken off the queue, for progress */
	long long seen_bytes;
	struct timespec last_progress;
	struct err store_err;     /* set when the store failed: stop everything */
	struct queue q;
	/* the reader thread's own working memory */
	struct buf scratch[6];    /* trimmed metadata of the current document */
	struct store_packer pack; /* packs the current document for the archive */
	struct buf text;          /* repaired text, when a reader slipped */
};

static const struct { const char *name; reader_fn fn; } formats[] = {
	{ "text", read_text }, { "txt", read_text },
	{ "html", read_html }, { "htm", read_html },
	{ "jsonl", read_jsonl }, { "ndjson", read_jsonl },
	{ "json", read_json },
	{ "csv", read_csv },
	{ "rss", read_feed }, { "atom", read_feed }, { "feed", read_feed }, { "xml", read_feed },
};

reader_fn ingest_reader_for(const char *format)
{
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
		if (!strcasecmp(formats[i].name, format))
			return formats[i].fn;
	return NULL;
}

struct ingest *ingest_new(struct store *s, const struct ingest_opts *opts)
{
	struct ingest *in = xcalloc(1, sizeof *in);
	in->store = s;
	in->opts = *opts;
	for (size_t i = 0; i < sizeof in->scratch / sizeof *in->scratch; i++)
		buf_init(&in->scratch[i]);
	store_packer_init(&in->pack);
	buf_init(&in->text);
	pthread_mutex_init(&in->q.lock, NULL);
	pthread_cond_init(&in->q.space, NULL);
	pthread_cond_init(&in->q.ready, NULL);
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(in->retrieved, sizeof in->retrieved, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return in;
}

void ingest_free(struct ingest *in)
{
	if (!in)
		return;
	if (in->in_tx)
		store_rollback(in->store, NULL);
	for (size_t i = 0; i < sizeof in->scratch / sizeof *in->scratch; i++)
		buf_release(&in->scratch[i]);
	store_packer_release(&in->pack);
	buf_release(&in->text);
	pthread_mutex_destroy(&in->q.lock);
	pthread_cond_destroy(&in->q.space);
	pthread_cond_destroy(&in->q.ready);
	free(in);
}

const struct ingest_stats *ingest_stats(const struct ingest *in)
{
	return &in->st;
}

static void progress(struct ingest *in, int final)
{
	if (!in->opts.progress)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double dt = (double)(now.tv_sec - in->last_progress.tv_sec) +
		    (double)(now.tv_nsec - in->last_progress.tv_nsec) / 1e9;
	if (!final && dt < 0.2)
		return;
	in->last_progress = now;
	if (final)
		fputs("\r\033[K", stderr);
	else
		fprintf(stderr, "\r\033[Kingest: %ld documents, %.1f MB", in->seen,
			(double)in->seen_bytes / 1e6);
	fflush(stderr);
}

static int commit(struct ingest *in, struct err *e)
{
	if (!in->in_tx)
		return 0;
	in->in_tx = 0;
	in->batch_docs = 0;
	in->batch_bytes = 0;
	return store_commit(in->store, e);
}

/* Copy s trimmed of surrounding whitespace, capped at CAP_FIELD_BYTES on a
 * character boundary; NULL when nothing is left. */
static const char *clean(struct buf *b, const char *s)
{
	if (!s)
		return NULL;
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || (s[n - 1] >= '\t' && s[n - 1] <= '\r')))
		n--;
	if (!n)
		return NULL;
	if (n > CAP_FIELD_BYTES) {
		n = CAP_FIELD_BYTES;
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	buf_reset(b);
	/* metadata is one line: newlines inside a title become spaces */
	for (size_t i = 0; i < n; i++)
		buf_addc(b, (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') ? ' ' : s[i]);
	return b->data;
}

static void problem(struct reader *rd, const struct err *e)
{
	struct ingest *in = rd->ctx;
	in->st.rejected++;
	if (in->opts.progress)
		fputs("\r\033[K", stderr);
	err_print(e);
}

/* Reader thread: hand a finished document to the storing thread, waiting
 * while the queue is full. ERR_STORE once the store has failed. */
static int push(struct ingest *in, struct queued *qd, struct err *e)
{
	struct queue *q = &in->q;
	pthread_mutex_lock(&q->lock);
	while (!q->stop && q->count > 0 && (q->count >= QUEUE_DOCS || q->bytes + qd->size > QUEUE_BYTES)) {
		q->reader_waits = 1;   /* cleared by the store as it wakes us */
		pthread_cond_wait(&q->space, &q->lock);
	}
	int stop = q->stop;
	if (!stop) {
		if (q->tail)
			q->tail->next = qd;
		else
			q->head = qd;
		q->tail = qd;
		q->count++;
		q->bytes += qd->size;
		if (q->store_waits && (q->count >= QUEUE_WAKE_DOCS || q->bytes >= QUEUE_WAKE_BYTES)) {
			q->store_waits = 0;
			pthread_cond_signal(&q->ready);
		}
	}
	pthread_mutex_unlock(&q->lock);
	if (stop) {
		doc_record_free(qd->r);
		free(qd);
		return err_set(e, ERR_STORE, "the store failed");
	}
	return 0;
}

/* Reader thread: finish a document the reader produced (repaired text,
 * hashes, trimmed metadata, language, ISO date, packed bytes) and queue it. */
static int emit(struct reader *rd, const struct doc_in *d, struct err *e)
{
	struct ingest *in = rd->ctx;
	struct doc_record r;
	memset(&r, 0, sizeof r);
	char langbuf[8];
	char iso[40];

	in->st.documents++;
	in->st.bytes += (long long)d->raw_len;

	/* readers promise valid UTF-8; a bug there must not reach the archive,
	 * so text that its reader has not proven valid is checked again (when
	 * it has, the second pass cost 3 % of ingest's CPU on the bench corpus) */
	const char *t = d->text;
	size_t tlen = d->text_len;
	long invalid = d->invalid_bytes;
	if (!d->text_checked && !utf8_valid(t, tlen, NULL)) {
		buf_reset(&in->text);
		invalid += utf8_repair(t, tlen, &in->text);
		t = in->text.data;
		tlen = in->text.len;
	}
	r.text = t;
	r.text_len = tlen;
	r.raw = d->raw;
	r.raw_len = d->raw_len;
	sha256_hex(d->raw, d->raw_len, r.sha256);
	sha256_hex(t, tlen, r.text_sha256);

	r.url = clean(&in->scratch[0], d->url);
	r.title = clean(&in->scratch[1], d->title);
	r.publisher = clean(&in->scratch[2], d->publisher);
	if (!r.publisher)
		r.publisher = in->opts.publisher;
	r.author = clean(&in->scratch[3], d->author);
	r.source_kind = clean(&in->scratch[4], d->source_kind);
	if (!r.source_kind)
		r.source_kind = in->opts.source_kind;

	const char *tag = clean(&in->scratch[5], d->language);
	r.language = tag ? lang_canonical(tag, langbuf, sizeof langbuf) : NULL;
	if (!r.language || !strcmp(r.language, "und"))
		r.language = in->opts.language ? in->opts.language : lang_detect(t, tlen);

	r.published_raw = d->published ? d->published : in->opts.published;
	if (r.published_raw) {
		struct date dt;
		if (date_parse(r.published_raw, strlen(r.published_raw), in->opts.date_order, &dt) == 0 &&
		    date_format_iso(&dt, iso, sizeof iso) > 0) {
			r.published = iso;
		} else {
			in->st.bad_dates++;
		}
	}
	if (!r.published)
		in->st.undated++;
	r.retrieved = in->retrieved;
	r.format = d->format;
	r.charset = d->charset;
	r.origin = rd->path;
	r.origin_line = d->line;
	r.invalid_bytes = invalid;
	/* Compress here, unless the store sits waiting for us: then it packs
	 * the record itself, so that whichever thread has time does it. */
	if (!in->q.store_waits) {
		store_document_pack(&r, &in->pack);
		r.raw = NULL;
	}
	struct queued *qd = xmalloc(sizeof *qd);
	qd->next = NULL;
	qd->r = doc_record_copy(&r);
	qd->size = sizeof *qd->r + r.text_len + (r.raw ? r.raw_len : r.packed_len);
	return push(in, qd, e);
}

/* Calling thread: store one document. */
static int store_one(struct ingest *in, struct doc_record *r, struct err *e)
{
	int rc = 0, outcome = 0;
	in->seen++;
	in->seen_bytes += (long long)r->raw_len;
	if (!in->in_tx) {
		rc = store_begin(in->store, e);
		if (rc)
			return rc;
		in->in_tx = 1;
	}
	rc = store_document_put(in->store, r, &outcome, e);
	if (rc)
		return rc;
	if (outcome == STORE_DUPLICATE) {
		in->st.duplicates++;
	} else {
		in->st.stored++;
		if (outcome == STORE_SAME_TEXT)
			in->st.same_text++;
		in->batch_docs++;
		in->batch_bytes += (long long)(r->packed_len + r->text_len);
	}
	if (in->batch_docs >= CAP_BATCH_DOCUMENTS || in->batch_bytes >= CAP_BATCH_BYTES)
		rc = commit(in, e);
	progress(in, 0);
	return rc;
}

struct reader_job {
	struct ingest *in;
	reader_fn fn;
	struct reader *rd;
	FILE *f;
	struct err e;
	int rc;
};

static void *reader_thread(void *arg)
{
	struct reader_job *job = arg;
	err_clear(&job->e);
	job->rc = job->fn(job->rd, job->f, &job->e);
	struct queue *q = &job->in->q;
	pthread_mutex_lock(&q->lock);
	q->done = 1;
	q->store_waits = 0;
	pthread_cond_signal(&q->ready);
	pthread_mutex_unlock(&q->lock);
	return NULL;
}

/* Run fn over f on a reader thread and store what it produces here. Returns
 * the reader's result; a store failure is kept in in->store_err. */
static int read_and_store(struct ingest *in, reader_fn fn, struct reader *rd, FILE *f, struct err *e)
{
	struct queue *q = &in->q;
	struct reader_job job = { .in = in, .fn = fn, .rd = rd, .f = f };
	q->done = 0;
	q->stop = 0;
	pthread_t th;
	int err = pthread_create(&th, NULL, reader_thread, &job);
	if (err)
		return err_at(e, ERR_IO, rd->path, 0, "cannot start a reader thread (%s)", strerror(err));
	for (;;) {
		pthread_mutex_lock(&q->lock);
		/* a reader waiting for space has filled the queue: no need to
		 * wait for more (whoever wakes a side clears its flag) */
		while (!q->done && !(q->head && q->reader_waits) &&
		       (!q->head || (q->count < QUEUE_WAKE_DOCS && q->bytes < QUEUE_WAKE_BYTES))) {
			q->store_waits = 1;
			pthread_cond_wait(&q->ready, &q->lock);
		}
		q->store_waits = 0;
		struct queued *qd = q->head;
		q->head = q->tail = NULL;
		q->count = 0;
		q->bytes = 0;
		if (q->reader_waits) {
			q->reader_waits = 0;
			pthread_cond_signal(&q->space);
		}
		pthread_mutex_unlock(&q->lock);
		if (!qd)
			break;
		while (qd) {
			struct queued *next = qd->next;
			if (!in->store_err.kind && store_one(in, qd->r, &in->store_err)) {
				pthread_mutex_lock(&q->lock);
				q->stop = 1;
				q->reader_waits = 0;
				pthread_cond_signal(&q->space);
				pthread_mutex_unlock(&q->lock);
			}
			doc_record_free(qd->r);
			free(qd);
			qd = next;
		}
	}
	pthread_join(th, NULL);
	if (job.rc)
		*e = job.e;
	return job.rc;
}

/* Replays the bytes already read from a pipe before the rest of it, so that
 * stdin can be sniffed and still be read from its first byte. */
struct replay {
	FILE *f;
	char *head;
	size_t len, pos;
};

static ssize_t replay_read(void *cookie, char *out, size_t n)
{
	struct replay *r = cookie;
	if (r->pos < r->len) {
		size_t k = r->len - r->pos < n ? r->len - r->pos : n;
		memcpy(out, r->head + r->pos, k);
		r->pos += k;
		return (ssize_t)k;
	}
	size_t got = fread(out, 1, n, r->f);
	if (got == 0 && ferror(r->f))
		return -1;
	return (ssize_t)got;
}

static int replay_close(void *cookie)
{
	struct replay *r = cookie;
	free(r->head);
	free(r);
	return 0;
}

static const char *ext_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	return dot ? dot + 1 : "";
}

/* Format from the first bytes. */
static const char *sniff_format(const char *head, size_t len)
{
	size_t i = 0;
	if (len >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < len && (head[i] == ' ' || (head[i] >= '\t' && head[i] <= '\r')))
		i++;
	if (i == len)
		return "text";
	if (head[i] == '{')
		return "jsonl";
	if (head[i] == '[')
		return "json";
	if (head[i] == '<') {
		const char *h = head + i;
		size_t n = len - i;
		if (memmem(h, n, "<rss", 4) || memmem(h, n, "<feed", 5) || memmem(h, n, "<rdf:RDF", 8))
			return "rss";
		return "html";
	}
	return "text";
}

#define HEAD_BYTES 8192

static int ingest_stream(struct ingest *in, const char *path, FILE *f, struct err *e)
{
	char *head = xmalloc(HEAD_BYTES);
	size_t hlen = fread(head, 1, HEAD_BYTES, f);
	if (hlen == 0 && ferror(f)) {
		free(head);
		err_at(e, ERR_IO, path, 0, "cannot read (%s)", strerror(errno));
		return ERR_IO;
	}
	/* read the rest after the head: rewind files, replay pipes */
	FILE *g = f;
	struct replay *rp = NULL;
	if (fseeko(f, 0, SEEK_SET) != 0) {
		rp = xcalloc(1, sizeof *rp);
		rp->f = f;
		rp->head = head;
		rp->len = hlen;
		cookie_io_functions_t io = { .read = replay_read, .close = replay_close };
		g = fopencookie(rp, "r", io);
		if (!g) {
			replay_close(rp);
			return err_at(e, ERR_IO, path, 0, "cannot read (%s)", strerror(errno));
		}
	}
	int rc = 0;
	const char *fmt = in->opts.format;
	if (!fmt) {
		const char *ext = ext_of(path);
		fmt = *ext && ingest_reader_for(ext) ? ext : sniff_format(head, hlen);
	}
	reader_fn fn = ingest_reader_for(fmt);
	if (!fn) {
		rc = err_at(e, ERR_USAGE, path, 0, "unknown format '%s'", fmt);
	} else if (hlen == 0) {
		rc = err_at(e, ERR_INPUT, path, 0, "empty file");
	} else if (charset_is_binary(head, hlen)) {
		const char *nul = memchr(head, '\0', hlen);
		rc = err_at_offset(e, ERR_INPUT, path, nul ? (long long)(nul - head) : 0,
				   "binary file, not a text document");
	} else {
		struct reader rd = {
			.path = path, .charset = in->opts.charset,
			.emit = emit, .problem = problem, .ctx = in,
		};
		memcpy(rd.field_map, in->opts.field_map, sizeof rd.field_map);
		rc = read_and_store(in, fn, &rd, g, e);
	}
	if (rp)
		fclose(g);   /* frees head */
	else
		free(head);
	return rc;
}

static int ingest_file(struct ingest *in, const char *path, struct err *e)
{
	int is_stdin = !strcmp(path, "-");
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	struct err fe;
	err_clear(&fe);
	int rc;
	in->st.files++;
	if (!f) {
		rc = err_at(&fe, ERR_IO, path, 0, "cannot open (%s)", strerror(errno));
	} else {
		rc = ingest_stream(in, is_stdin ? "-" : path, f, &fe);
		if (!is_stdin)
			fclose(f);
	}
	if (in->store_err.kind) {
		*e = in->store_err;
		return ERR_STORE;
	}
	if (rc) {
		in->st.failed_files++;
		if (in->opts.progress)
			fputs("\r\033[K", stderr);
		err_print(&fe);
	}
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int ingest_dir(struct ingest *in, const char *path, int depth, struct err *e)
{
	struct dirent **names;
	if (depth > CAP_DIR_DEPTH) {
		struct err fe;
		err_at(&fe, ERR_INPUT, path, 0, "folders nest deeper than %d, skipped", CAP_DIR_DEPTH);
		err_print(&fe);
		in->st.failed_files++;
		return 0;
	}
	int n = scandir(path, &names, NULL, by_name);
	if (n < 0) {
		struct err fe;
		err_at(&fe, ERR_IO, path, 0, "cannot read folder (%s)", strerror(errno));
		err_print(&fe);
		in->st.failed_files++;
		return 0;
	}
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		if (!rc && name[0] != '.') {
			char *child = xasprintf("%s%s%s", path,
						path[strlen(path) - 1] == '/' ? "" : "/", name);
			struct stat sb;
			if (stat(child, &sb) == 0 && S_ISDIR(sb.st_mode))
				rc = ingest_dir(in, child, depth + 1, e);
			else
				rc = ingest_file(in, child, e);
			free(child);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int ingest_path(struct ingest *in, const char *path, struct err *e)
{
	struct stat sb;
	if (strcmp(path, "-") && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return ingest_dir(in, path, 0, e);
	return ingest_file(in, path, e);
}

int ingest_finish(struct ingest *in, struct err *e)
{
	progress(in, 1);
	return commit(in, e);
}
