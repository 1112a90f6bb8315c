/* reader.h - what every input reader hands to the ingest stage.
 *
 * A reader turns one input (a file or stdin) into documents: one for a .txt or
 * .html file, one per line, row or item for JSON lines, CSV, RSS/Atom. It calls
 * rd->emit for each document, with a struct doc_in whose pointers belong to the
 * reader and stay valid only during that call. The text is always valid UTF-8;
 * metadata strings are NUL-terminated UTF-8 or NULL, exactly as the source
 * wrote them (ingest trims, parses dates and detects the language).
 *
 * A malformed record is reported with rd->problem (file and line) and skipped;
 * the reader goes on with the next one. A reader returns non-zero only when it
 * cannot go on with the input at all (unreadable, binary, truncated where no
 * record boundary exists); e then names the file and position. */
#ifndef CIVCAS_READER_H
#define CIVCAS_READER_H

#include <stdio.h>

#include "base/err.h"

struct doc_in {
	const char *raw;          /* the bytes archived and hashed */
	size_t raw_len;
	const char *text;         /* extracted text, valid UTF-8 */
	size_t text_len;
	const char *url;
	const char *title;
	const char *publisher;
	const char *author;
	const char *source_kind;
	const char *language;
	const char *published;    /* as written in the source */
	const char *format;       /* text, html, json, jsonl, csv, rss, atom */
	const char *charset;      /* what raw was decoded from ("utf-8", "windows-1256", ...) */
	long invalid_bytes;       /* bytes replaced by U+FFFD */
	long line;                /* 1-based line where the record starts; 0 for a whole file */
	int text_checked;         /* 1: the reader has proven text valid UTF-8, so
				     ingest need not check it again (0 is always safe) */
};

/* Field names a JSON or CSV record may use for each document field: the first
 * match wins. A NULL entry in map overrides the defaults (see reader_fields). */
enum doc_field {
	FIELD_TEXT, FIELD_TITLE, FIELD_URL, FIELD_PUBLISHED, FIELD_LANGUAGE,
	FIELD_PUBLISHER, FIELD_AUTHOR, FIELD_SOURCE_KIND, FIELD_COUNT
};

struct reader {
	const char *path;              /* for messages; "-" for stdin */
	const char *charset;           /* declared by the user, NULL: the input's own declaration, else detect (feeds: UTF-8, as XML says) */
	const char *field_map[FIELD_COUNT]; /* user's column/field names, NULL: defaults */
	int (*emit)(struct reader *rd, const struct doc_in *d, struct err *e);
	void (*problem)(struct reader *rd, const struct err *e);
	void *ctx;                     /* the caller's */
};

/* Which field a record key names, using rd's map first and the common names
 * (text/content/body/article_content, title/article_title, ...) after;
 * -1 if none. *rank (may be NULL) gets how preferred that name is for the
 * field: 0 is best (the user's own mapping), so a reader that meets both
 * "summary" and "text" keeps "text". */
int reader_field(const struct reader *rd, const char *key, int *rank);

/* The readers. f is open for reading at its start; path is in rd->path. */
int read_text(struct reader *rd, FILE *f, struct err *e);
int read_html(struct reader *rd, FILE *f, struct err *e);
int read_jsonl(struct reader *rd, FILE *f, struct err *e);
int read_json(struct reader *rd, FILE *f, struct err *e);
int read_csv(struct reader *rd, FILE *f, struct err *e);
int read_feed(struct reader *rd, FILE *f, struct err *e);   /* RSS 2.0, RSS 1.0/RDF and Atom */

/* Read all of f up to cap bytes into *out (caller frees). ERR_INPUT naming
 * rd->path if the input is larger than cap. */
int reader_slurp(struct reader *rd, FILE *f, size_t cap, char **out, size_t *len, struct err *e);

#endif
