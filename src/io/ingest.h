/* ingest.h - archiving reports: files, folders and stdin into the store.
 *
 * The ingest stage picks a reader for each input (by --format, extension, then
 * content), finishes each document the readers hand over (trimmed metadata,
 * language, publication date in ISO, content hashes) and stores it in batched
 * transactions. A bad record or file is reported on stderr with its place and
 * skipped; everything else goes on, and every committed batch stays stored
 * whatever happens after. */
#ifndef CIVCAS_INGEST_H
#define CIVCAS_INGEST_H

#include "base/date.h"
#include "base/err.h"
#include "io/reader.h"
#include "store/store.h"

struct ingest_opts {
	const char *format;        /* text, html, json, jsonl, csv, rss (atom, feed); NULL: detect */
	const char *language;      /* used instead of detection when a record has no tag */
	const char *publisher;     /* for records that name none */
	const char *published;     /* for records that carry no date */
	const char *source_kind;   /* for records that carry none */
	const char *charset;       /* declared charset of every input, NULL: detect */
	const char *field_map[FIELD_COUNT];  /* user's field/column names */
	enum date_order date_order;
	int progress;              /* show progress on stderr (a terminal) */
};

struct ingest_stats {
	long files;          /* inputs opened */
	long failed_files;   /* inputs that could not be read at all */
	long documents;      /* documents the readers produced */
	long stored;         /* new documents (same_text included) */
	long duplicates;     /* already archived: same bytes */
	long same_text;      /* stored, text identical to an earlier document */
	long rejected;       /* records skipped as malformed */
	long undated;        /* stored without a publication date */
	long bad_dates;      /* a date was given but not understood */
	long long bytes;     /* raw bytes of the documents produced */
};

struct ingest;

/* The ingest keeps s open and writes to it; it does not own it. */
struct ingest *ingest_new(struct store *s, const struct ingest_opts *opts);
/* Archive path: a file, a folder (recursively, in name order, hidden files
 * skipped) or "-" for stdin. Problems are printed as they happen. Returns 0,
 * or ERR_STORE when the store failed (then stop: e says why). */
int ingest_path(struct ingest *in, const char *path, struct err *e);
/* Commit what is pending; call once at the end. */
int ingest_finish(struct ingest *in, struct err *e);
const struct ingest_stats *ingest_stats(const struct ingest *in);
void ingest_free(struct ingest *in);

/* The reader for a format name; NULL if the name is unknown. */
int (*ingest_reader_for(const char *format))(struct reader *, FILE *, struct err *);

#endif
