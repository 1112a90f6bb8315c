/* csv_row.h - one CSV row as libcsv hands it over, field by field: every
 * field NUL-terminated in one buffer, at most CAP_CSV_FIELDS of them (more
 * sets too_many and are dropped). The CSV document reader and the
 * gazetteer's CSV import both collect their rows with it. */
#ifndef CIVCAS_CSV_ROW_H
#define CIVCAS_CSV_ROW_H

#include <stddef.h>

#include "base/buf.h"
#include "base/caps.h"

struct csv_row {
	struct buf fields;
	size_t off[CAP_CSV_FIELDS];
	int nfields;
	int too_many;   /* the row had more than CAP_CSV_FIELDS fields */
	int done;       /* libcsv ended the row */
};

void csv_row_init(struct csv_row *r);
void csv_row_release(struct csv_row *r);
/* Empty, for the next row (keeps the memory). */
void csv_row_reset(struct csv_row *r);

/* libcsv's callbacks (csv_parse, csv_fini); ctx is the struct csv_row. */
void csv_row_on_field(void *data, size_t len, void *ctx);
void csv_row_on_row(int c, void *ctx);

/* Field i (0 <= i < nfields). */
static inline const char *csv_row_field(const struct csv_row *r, int i)
{
	return r->fields.data + r->off[i];
}

#endif
