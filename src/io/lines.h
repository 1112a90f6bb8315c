/* lines.h - reading a stream line by line with a cap on line length.
 *
 * JSON lines and CSV are read a line at a time so that memory stays flat
 * whatever the file's size. A line longer than the cap is skipped whole (its
 * bytes are read and dropped, never held) and reported, so one bad 2 GB line
 * costs time, not memory, and the lines after it are still read. */
#ifndef CIVCAS_LINES_H
#define CIVCAS_LINES_H

#include <stdio.h>

#include "base/err.h"

struct lines {
	FILE *f;
	const char *path;
	size_t max;          /* longest line accepted, without its newline */
	char *buf;
	size_t size, start, end;
	long lineno;         /* number of the line last returned (1-based) */
	long long offset;    /* byte offset of the line last returned */
	long long pos;       /* byte offset of buf[start] */
	long long line_pos;  /* byte offset where the next line starts */
	int eof;
};

void lines_init(struct lines *l, FILE *f, const char *path, size_t max);
void lines_release(struct lines *l);

/* What lines_next found when it did not fail. LINES_OK is 0 like ERR_OK, the
 * others are negative: an ERR_* kind is positive, so none of them can be
 * taken for an error, nor an error for one of them. */
enum { LINES_OK = 0, LINES_EOF = -1, LINES_TOO_LONG = -2 };

/* Next line, without its "\n" or "\r\n", into *line and *len (outputs);
 * *line stays valid until the next call. Returns LINES_OK, LINES_EOF,
 * LINES_TOO_LONG (the line, number l->lineno, was longer than max and has
 * been skipped; *line and *len are not set), or ERR_IO when the stream cannot
 * be read (e set, naming the path and the line being read). */
int lines_next(struct lines *l, const char **line, size_t *len, struct err *e);

#endif
