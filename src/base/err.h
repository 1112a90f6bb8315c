/* err.h - one error type for the whole program.
 *
 * Functions that can fail return 0 on success or an ERR_* kind, and describe
 * the failure in a struct err the caller passes in (it may be NULL when the
 * caller does not want the message). The message travels separately from the
 * code: `what` says what went wrong, `where` names the file and position.
 * Printed as `civcas: <what>: <where>`. */
#ifndef CIVCAS_ERR_H
#define CIVCAS_ERR_H

#include <stddef.h>

enum err_kind {
	ERR_OK = 0,
	ERR_INPUT = 1,   /* the input is malformed, truncated, binary, too large */
	ERR_IO = 2,      /* a file could not be opened, read or written */
	ERR_STORE = 3,   /* the database refused or failed */
	ERR_USAGE = 4,   /* bad command line */
	ERR_NOTFOUND = 5 /* a document, incident, ... that does not exist */
};

struct err {
	int kind;
	char what[512];
	char where[512];   /* "" when there is no position */
};

/* Set e (if not NULL) and return kind, so that `return err_set(...)` reads well. */
int err_set(struct err *e, int kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Like err_set, with a position: path and 1-based line (line <= 0: path only). */
int err_at(struct err *e, int kind, const char *path, long line, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Position as a byte offset in the file: "path:byte N". */
int err_at_offset(struct err *e, int kind, const char *path, long long offset, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Set where after the fact (a reader knows the line, its caller the path). */
void err_where(struct err *e, const char *path, long line);
void err_clear(struct err *e);
/* Print "civcas: what: where" (or "civcas: what") to stderr. */
void err_print(const struct err *e);

#endif
