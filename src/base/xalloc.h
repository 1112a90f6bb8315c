/* xalloc.h - allocation that never returns NULL.
 *
 * Every allocation in civcas goes through these wrappers: on out-of-memory they
 * print one line and abort, so no caller checks for NULL. */
#ifndef CIVCAS_XALLOC_H
#define CIVCAS_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Copies of a C string / of n bytes plus a NUL. xstrdup(NULL) returns NULL. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string the caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
