/* lines.c - bounded line reading for streamed formats (see lines.h). */
#include "io/lines.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

#define CHUNK (1u << 20)

_Static_assert(LINES_OK == 0 && LINES_EOF < 0 && LINES_TOO_LONG < 0 && ERR_IO > 0,
	       "what lines_next found must never read as an ERR_* kind");

void lines_init(struct lines *l, FILE *f, const char *path, size_t max)
{
	memset(l, 0, sizeof *l);
	l->f = f;
	l->path = path;
	l->max = max;
	l->size = CHUNK;
	l->buf = xmalloc(l->size + 1);
}

void lines_release(struct lines *l)
{
	free(l->buf);
	l->buf = NULL;
}

/* Read more bytes after end; returns bytes read, 0 at EOF, -1 on error. */
static long fill(struct lines *l, struct err *e)
{
	if (l->eof)
		return 0;
	if (l->start > 0 && l->start == l->end) {
		l->start = l->end = 0;
	} else if (l->start > 0 && l->end == l->size) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
	}
	if (l->end == l->size) {
		l->size *= 2;
		l->buf = xrealloc(l->buf, l->size + 1);
	}
	size_t got = fread(l->buf + l->end, 1, l->size - l->end, l->f);
	if (got == 0) {
		if (ferror(l->f)) {
			err_at(e, ERR_IO, l->path, l->lineno + 1, "read error (%s)", strerror(errno));
			return -1;
		}
		l->eof = 1;
		return 0;
	}
	l->end += got;
	return (long)got;
}

int lines_next(struct lines *l, const char **line, size_t *len, struct err *e)
{
	size_t scanned = 0;   /* bytes after start already known to hold no newline */
	int too_long = 0;
	for (;;) {
		char *at = l->buf + l->start;
		char *nl = memchr(at + scanned, '\n', l->end - l->start - scanned);
		size_t n = nl ? (size_t)(nl - at) : l->end - l->start;
		if (n > l->max)
			too_long = 1;
		if (nl || l->eof) {
			if (!nl && n == 0 && !too_long)
				return LINES_EOF;
			l->lineno++;
			l->offset = l->line_pos;
			size_t used = n + (nl ? 1 : 0);
			l->start += used;
			l->pos += (long long)used;
			l->line_pos = l->pos;
			if (too_long)
				return LINES_TOO_LONG;
			*line = at;
			*len = n;
			if (n && at[n - 1] == '\r')
				(*len)--;
			at[n] = '\0';   /* the newline's place, or the spare byte */
			return LINES_OK;
		}
		if (too_long) {
			/* drop what we hold of the over-long line and read on */
			l->pos += (long long)(l->end - l->start);
			l->start = l->end = 0;
			scanned = 0;
		} else {
			scanned = n;
		}
		if (fill(l, e) < 0)
			return ERR_IO;
	}
}
