/* err.c - setting and printing struct err (see err.h). */
#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void set_what(struct err *e, int kind, const char *fmt, va_list ap)
{
	e->kind = kind;
	vsnprintf(e->what, sizeof e->what, fmt, ap);
	e->where[0] = '\0';
}

int err_set(struct err *e, int kind, const char *fmt, ...)
{
	if (!e)
		return kind;
	va_list ap;
	va_start(ap, fmt);
	set_what(e, kind, fmt, ap);
	va_end(ap);
	return kind;
}

void err_where(struct err *e, const char *path, long line)
{
	if (!e)
		return;
	if (!path)
		path = "-";
	if (line > 0)
		snprintf(e->where, sizeof e->where, "%s:%ld", path, line);
	else
		snprintf(e->where, sizeof e->where, "%s", path);
}

int err_at(struct err *e, int kind, const char *path, long line, const char *fmt, ...)
{
	if (!e)
		return kind;
	va_list ap;
	va_start(ap, fmt);
	set_what(e, kind, fmt, ap);
	va_end(ap);
	err_where(e, path, line);
	return kind;
}

int err_at_offset(struct err *e, int kind, const char *path, long long offset, const char *fmt, ...)
{
	if (!e)
		return kind;
	va_list ap;
	va_start(ap, fmt);
	set_what(e, kind, fmt, ap);
	va_end(ap);
	snprintf(e->where, sizeof e->where, "%s:byte %lld", path ? path : "-", offset);
	return kind;
}

void err_clear(struct err *e)
{
	if (!e)
		return;
	e->kind = ERR_OK;
	e->what[0] = '\0';
	e->where[0] = '\0';
}

void err_print(const struct err *e)
{
	if (e->where[0])
		fprintf(stderr, "civcas: %s: %s\n", e->what, e->where);
	else
		fprintf(stderr, "civcas: %s\n", e->what);
}
