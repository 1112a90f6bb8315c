/* buf.h - a growable byte buffer that is always NUL-terminated.
 *
 * struct buf lives in the caller's memory (buf_init/buf_release); the bytes it
 * points to belong to the buf until buf_detach hands them to the caller.
 * BUF_INIT gives an empty buffer whose data is "" without allocating. */
#ifndef CIVCAS_BUF_H
#define CIVCAS_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;   /* never NULL; data[len] == '\0' */
	size_t len;
	size_t cap;   /* 0 while data points at the shared empty string */
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0 }

void buf_init(struct buf *b);
void buf_release(struct buf *b);
/* Make room for n more bytes without changing len. */
void buf_grow(struct buf *b, size_t n);
void buf_add(struct buf *b, const void *data, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
void buf_reset(struct buf *b);           /* len = 0, keeps the memory */
void buf_setlen(struct buf *b, size_t len);
/* Hand the bytes to the caller (free() them); the buf is left empty. */
char *buf_detach(struct buf *b, size_t *len);

#endif
