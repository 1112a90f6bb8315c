/* out.h - writing rows of data for people (a table) or programs (CSV, JSON).
 *
 * Every listing command writes through an out: it names its columns once and
 * then hands over rows of strings (NULL for a missing value). Tables stream:
 * each column has a width that long values are cut to (on a character
 * boundary, with "…"); CSV quotes per RFC 4180 (with \n line ends, for Unix tools); JSON is an array of objects
 * (numbers stay strings unless the column is declared numeric). */
#ifndef CIVCAS_OUT_H
#define CIVCAS_OUT_H

#include <stdio.h>

enum out_format { OUT_TABLE, OUT_CSV, OUT_JSON };

struct out_column {
	const char *name;
	int width;        /* table width in characters; 0: as wide as the value */
	int numeric;      /* JSON writes it unquoted, table right-aligns it */
};

struct out;

/* Parse "table", "csv", "json"; -1 if unknown. */
int out_format_parse(const char *s);

/* The out writes to f (not owned) and keeps a pointer to cols (static). */
struct out *out_new(FILE *f, enum out_format fmt, const struct out_column *cols, int ncols);
void out_row(struct out *o, const char *const *values);
/* Finish (closes the JSON array) and free. */
void out_free(struct out *o);

/* Helpers shared with other writers. */
void out_json_string(FILE *f, const char *s);   /* "..." with escapes; null for NULL */
void out_csv_field(FILE *f, const char *s);

#endif
