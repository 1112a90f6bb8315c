/* out.c - table, CSV and JSON rows (see out.h). */
#include "io/out.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"

struct out {
	FILE *f;
	enum out_format fmt;
	const struct out_column *cols;
	int ncols;
	long rows;
};

int out_format_parse(const char *s)
{
	if (!strcmp(s, "table"))
		return OUT_TABLE;
	if (!strcmp(s, "csv"))
		return OUT_CSV;
	if (!strcmp(s, "json"))
		return OUT_JSON;
	return -1;
}

/* Characters (code points, zero-width marks not counted) in s[0..n). */
static size_t width_of(const char *s, size_t n, size_t *bytes_for, size_t max)
{
	size_t w = 0, i = 0;
	while (i < n) {
		uint32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		int zero = (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x610 && cp <= 0x61A) ||
			   (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || cp == 0x200F || cp == 0x200E;
		if (!zero) {
			if (bytes_for && w == max)
				break;
			w++;
		}
		i += (size_t)k;
	}
	if (bytes_for)
		*bytes_for = i;
	return w;
}

static void table_cell(struct out *o, const struct out_column *c, const char *v, int last)
{
	if (!v)
		v = "-";
	size_t n = strlen(v);
	/* one line per row: control characters print as spaces */
	char *flat = NULL;
	if (strpbrk(v, "\n\r\t")) {
		flat = xstrdup(v);
		for (char *p = flat; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		v = flat;
	}
	size_t w = width_of(v, n, NULL, 0);
	size_t bytes = n;
	int cut = 0;
	if (c->width && w > (size_t)c->width) {
		width_of(v, n, &bytes, (size_t)c->width - 1);
		w = (size_t)c->width;
		cut = 1;
	}
	size_t pad = c->width && w < (size_t)c->width ? (size_t)c->width - w : 0;
	if (c->numeric)
		fprintf(o->f, "%*s", (int)pad, "");
	fwrite(v, 1, bytes, o->f);
	if (cut)
		fputs("…", o->f);
	if (!c->numeric && !last)
		fprintf(o->f, "%*s", (int)pad, "");
	if (!last)
		fputs("  ", o->f);
	free(flat);
}

struct out *out_new(FILE *f, enum out_format fmt, const struct out_column *cols, int ncols)
{
	struct out *o = xcalloc(1, sizeof *o);
	o->f = f;
	o->fmt = fmt;
	o->cols = cols;
	o->ncols = ncols;
	if (fmt == OUT_TABLE) {
		for (int i = 0; i < ncols; i++)
			table_cell(o, &cols[i], cols[i].name, i == ncols - 1);
		fputc('\n', f);
	} else if (fmt == OUT_CSV) {
		for (int i = 0; i < ncols; i++) {
			if (i)
				fputc(',', f);
			out_csv_field(f, cols[i].name);
		}
		fputc('\n', f);
	} else {
		fputc('[', f);
	}
	return o;
}

void out_json_string(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\t': fputs("\\t", f); break;
		default:
			if (*p < 0x20)
				fprintf(f, "\\u%04x", *p);
			else
				fputc(*p, f);
		}
	}
	fputc('"', f);
}

void out_csv_field(FILE *f, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

void out_row(struct out *o, const char *const *v)
{
	switch (o->fmt) {
	case OUT_TABLE:
		for (int i = 0; i < o->ncols; i++)
			table_cell(o, &o->cols[i], v[i], i == o->ncols - 1);
		fputc('\n', o->f);
		break;
	case OUT_CSV:
		for (int i = 0; i < o->ncols; i++) {
			if (i)
				fputc(',', o->f);
			out_csv_field(o->f, v[i]);
		}
		fputc('\n', o->f);
		break;
	case OUT_JSON:
		fputs(o->rows ? ",\n{" : "\n{", o->f);
		for (int i = 0; i < o->ncols; i++) {
			if (i)
				fputc(',', o->f);
			out_json_string(o->f, o->cols[i].name);
			fputc(':', o->f);
			if (o->cols[i].numeric && v[i])
				fputs(v[i], o->f);
			else
				out_json_string(o->f, v[i]);
		}
		fputc('}', o->f);
		break;
	}
	o->rows++;
}

void out_free(struct out *o)
{
	if (!o)
		return;
	if (o->fmt == OUT_JSON)
		fputs(o->rows ? "\n]\n" : "]\n", o->f);
	free(o);
}
