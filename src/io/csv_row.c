/* csv_row.c - collecting one CSV row from libcsv's callbacks (csv_row.h). */
#include "io/csv_row.h"

void csv_row_init(struct csv_row *r)
{
	buf_init(&r->fields);
	r->nfields = 0;
	r->too_many = 0;
	r->done = 0;
}

void csv_row_release(struct csv_row *r)
{
	buf_release(&r->fields);
}

void csv_row_reset(struct csv_row *r)
{
	buf_reset(&r->fields);
	r->nfields = 0;
	r->too_many = 0;
	r->done = 0;
}

void csv_row_on_field(void *data, size_t len, void *ctx)
{
	struct csv_row *r = ctx;
	if (r->nfields >= CAP_CSV_FIELDS) {
		r->too_many = 1;
		return;
	}
	r->off[r->nfields++] = r->fields.len;
	buf_add(&r->fields, data ? data : "", data ? len : 0);
	buf_addc(&r->fields, '\0');
}

void csv_row_on_row(int c, void *ctx)
{
	((struct csv_row *)ctx)->done = 1;
}
