/* read_csv.c - one document per CSV row, columns found by their header names.
 *
 * libcsv does the quoting; we feed it one line at a time so that we always
 * know which lines a row spans: the row's own bytes are archived, errors name
 * the line where the row starts, and memory stays flat. The header row maps
 * columns to fields (reader_field), which covers the FA-KES layout
 * (article_title, article_content, source, date) without options. */
#include "io/reader.h"

#include <stdlib.h>
#include <string.h>
#include <csv.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "io/csv_row.h"
#include "io/lines.h"
#include "text/charset.h"

struct csv_state {
	struct reader *rd;
	struct csv_row row;         /* this row's fields */
	int header_done;
	int column_field[CAP_CSV_FIELDS];  /* field of each column, or -1 */
};

static const char *field_at(struct csv_state *st, int i)
{
	return csv_row_field(&st->row, i);
}

static void map_header(struct csv_state *st)
{
	int rank[FIELD_COUNT];
	int best[FIELD_COUNT];
	for (int f = 0; f < FIELD_COUNT; f++)
		best[f] = -1;
	for (int i = 0; i < CAP_CSV_FIELDS; i++)
		st->column_field[i] = -1;   /* columns past the header's are nobody's */
	for (int i = 0; i < st->row.nfields; i++) {
		const char *name = field_at(st, i);
		if (i == 0 && !strncmp(name, "\xEF\xBB\xBF", 3))
			name += 3;
		int r;
		int f = reader_field(st->rd, name, &r);
		if (f >= 0 && (best[f] < 0 || r < rank[f])) {
			if (best[f] >= 0)
				st->column_field[best[f]] = -1;
			best[f] = i;
			rank[f] = r;
			st->column_field[i] = f;
		}
	}
}

/* Emit the finished row whose bytes are raw; ERR_INPUT problems are reported
 * here, other errors returned. */
static int finish_row(struct csv_state *st, const char *raw, size_t raw_len, const char *charset,
		      long invalid, long line, struct err *e)
{
	struct reader *rd = st->rd;
	struct err pe;
	if (!st->header_done) {
		st->header_done = 1;
		map_header(st);
		int has_text = 0;
		for (int i = 0; i < st->row.nfields; i++)
			has_text |= st->column_field[i] == FIELD_TEXT;
		if (!has_text)
			return err_at(e, ERR_INPUT, rd->path, line,
				      "CSV header names no text column (text, content, body, article_content, ...)");
		return 0;
	}
	if (st->row.too_many) {
		err_at(&pe, ERR_INPUT, rd->path, line, "CSV row has more than %d fields, skipped", CAP_CSV_FIELDS);
		rd->problem(rd, &pe);
		return 0;
	}
	const char *field[FIELD_COUNT] = { 0 };
	for (int i = 0; i < st->row.nfields; i++) {
		int f = st->column_field[i];
		if (f >= 0 && *field_at(st, i))
			field[f] = field_at(st, i);
	}
	if (!field[FIELD_TEXT]) {
		err_at(&pe, ERR_INPUT, rd->path, line, "CSV row has no text, skipped");
		rd->problem(rd, &pe);
		return 0;
	}
	struct doc_in d = {
		.raw = raw, .raw_len = raw_len,
		.text = field[FIELD_TEXT], .text_len = strlen(field[FIELD_TEXT]),
		.url = field[FIELD_URL], .title = field[FIELD_TITLE],
		.publisher = field[FIELD_PUBLISHER], .author = field[FIELD_AUTHOR],
		.source_kind = field[FIELD_SOURCE_KIND], .language = field[FIELD_LANGUAGE],
		.published = field[FIELD_PUBLISHED], .format = "csv",
		.charset = charset, .invalid_bytes = invalid, .line = line,
	};
	return rd->emit(rd, &d, e);
}

int read_csv(struct reader *rd, FILE *f, struct err *e)
{
	struct csv_parser p;
	struct csv_state st;
	struct lines l;
	struct buf raw = BUF_INIT, dec = BUF_INIT;
	const char *declared = rd->charset ? charset_canonical(rd->charset) : NULL;
	const char *charset = declared ? declared : "utf-8";
	long invalid = 0, row_line = 0;
	int rc = 0;
	const unsigned char opts = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;

	if (rd->charset && !declared)
		return err_at(e, ERR_USAGE, rd->path, 0, "unknown charset '%s'", rd->charset);
	memset(&st, 0, sizeof st);
	st.rd = rd;
	csv_row_init(&st.row);
	csv_init(&p, opts);
	lines_init(&l, f, rd->path, CAP_RECORD_BYTES);

	for (;;) {
		const char *line;
		size_t len;
		int got = lines_next(&l, &line, &len, e);
		if (got == LINES_EOF)
			break;
		if (got != LINES_OK && got != LINES_TOO_LONG) {
			rc = got;   /* ERR_IO, e set */
			goto out;
		}
		if (got == LINES_OK && raw.len == 0 && len == 0)
			continue;   /* blank line between rows */
		if (raw.len == 0)
			row_line = l.lineno;
		if (got == LINES_TOO_LONG || raw.len + len > CAP_RECORD_BYTES) {
			struct err pe;
			err_at(&pe, ERR_INPUT, rd->path, row_line,
			       "CSV row longer than the %u MB cap (an unterminated quote?), skipped",
			       CAP_RECORD_BYTES >> 20);
			rd->problem(rd, &pe);
			goto reset;
		}
		if (raw.len)
			buf_addc(&raw, '\n');
		/* keep a stripped '\r' in the archived bytes */
		buf_add(&raw, line, len + (line[len] == '\r'));

		const char *feed = line;
		size_t feed_len = len;
		buf_reset(&dec);
		if (declared && strcmp(declared, "utf-8")) {
			long bad = 0;
			rc = charset_decode(line, len, declared, &dec, NULL, &bad, e);
			if (rc)
				goto out;
			invalid += bad;
			feed = dec.data;
			feed_len = dec.len;
		} else if (!utf8_valid(line, len, NULL)) {
			invalid += utf8_repair(line, len, &dec);
			feed = dec.data;
			feed_len = dec.len;
		}
		if (csv_parse(&p, feed, feed_len, csv_row_on_field, csv_row_on_row, &st.row) != feed_len ||
		    csv_parse(&p, "\n", 1, csv_row_on_field, csv_row_on_row, &st.row) != 1) {
			struct err pe;
			err_at(&pe, ERR_INPUT, rd->path, row_line,
			       "malformed CSV (a quote inside a field that is not quoted, or text after a closing quote), row skipped");
			if (!st.header_done) {
				*e = pe;
				rc = ERR_INPUT;
				goto out;
			}
			rd->problem(rd, &pe);
			goto reset;
		}
		if (!st.row.done)
			continue;   /* a quoted field goes on to the next line */
		rc = finish_row(&st, raw.data, raw.len, charset, invalid, row_line, e);
		if (rc)
			goto out;
	reset:
		csv_free(&p);
		csv_init(&p, opts);
		buf_reset(&raw);
		csv_row_reset(&st.row);
		invalid = 0;
	}
	if (csv_fini(&p, csv_row_on_field, csv_row_on_row, &st.row) != 0) {
		struct err pe;
		err_at(&pe, ERR_INPUT, rd->path, row_line, "unterminated quoted field at the end of the file, row skipped");
		if (!st.header_done) {
			*e = pe;
			rc = ERR_INPUT;
			goto out;
		}
		rd->problem(rd, &pe);
	} else if (st.row.done && raw.len) {
		rc = finish_row(&st, raw.data, raw.len, charset, invalid, row_line, e);
	}
	if (!rc && !st.header_done)
		rc = err_at(e, ERR_INPUT, rd->path, 0, "empty CSV file (no header row)");
out:
	csv_free(&p);
	lines_release(&l);
	buf_release(&raw);
	buf_release(&dec);
	csv_row_release(&st.row);
	return rc;
}
