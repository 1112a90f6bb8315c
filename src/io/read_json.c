/* read_json.c - documents from JSON lines and JSON files.
 *
 * Scrapers and news APIs export one JSON object per article, either one per
 * line or as an array. Each object becomes a document whose archived bytes are
 * the object's own bytes, and whose fields are found by name (reader_field).
 * Lines are read one at a time with a cap, so memory stays flat; a malformed
 * line is reported with its line and column and the next line is read. */
#include "io/reader.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "base/buf.h"
#include "base/caps.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "io/lines.h"
#include "text/charset.h"

struct record {
	struct buf text;       /* decoded record bytes when they were not valid UTF-8 */
	const char *field[FIELD_COUNT];
	int rank[FIELD_COUNT];
	char stamp[40];        /* a numeric timestamp written as ISO */
};

/* Depth of a parsed value; stops counting past the cap. */
static int tree_depth(const cJSON *v, int depth)
{
	if (!v || depth > CAP_JSON_DEPTH || !(cJSON_IsObject(v) || cJSON_IsArray(v)))
		return depth;
	int most = depth + 1;
	for (const cJSON *c = v->child; c && most <= CAP_JSON_DEPTH; c = c->next) {
		int d = tree_depth(c, depth + 1);
		if (d > most)
			most = d;
	}
	return most;
}

static void take_field(const struct reader *rd, struct record *r, const char *key, const cJSON *v)
{
	int rank;
	int f = reader_field(rd, key, &rank);
	if (f < 0)
		return;
	const char *s = NULL;
	if (cJSON_IsString(v)) {
		s = v->valuestring;
	} else if (cJSON_IsObject(v)) {
		/* "source": {"name": "..."}, as news APIs write publishers */
		const cJSON *n = cJSON_GetObjectItemCaseSensitive(v, "name");
		if (!cJSON_IsString(n))
			n = cJSON_GetObjectItemCaseSensitive(v, "title");
		if (cJSON_IsString(n))
			s = n->valuestring;
	} else if (cJSON_IsNumber(v) && f == FIELD_PUBLISHED && v->valuedouble > 0) {
		/* epoch seconds or milliseconds */
		double t = v->valuedouble;
		if (t > 1e11)
			t /= 1000;
		/* seconds up to 2100; anything else is no date we can believe, and
		 * converting it to time_t would overflow */
		if (t >= 4102444800.0)
			return;
		time_t tt = (time_t)t;
		struct tm tm;
		if (gmtime_r(&tt, &tm)) {
			strftime(r->stamp, sizeof r->stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
			s = r->stamp;
		}
	}
	if (!s || !*s)
		return;
	if (!r->field[f] || rank < r->rank[f]) {
		r->field[f] = s;
		r->rank[f] = rank;
	}
}

/* Length of the JSON value at p[0..len), without parsing it: strings and
 * brackets are matched so that each array element's own bytes can be
 * archived. 0 if it never ends. *deepest (may be NULL) gets how deep its
 * brackets nest. */
static size_t value_span(const char *p, size_t len, int *deepest)
{
	int depth = 0, in_str = 0, most = 0;
	if (!deepest)
		deepest = &most;
	*deepest = 0;
	for (size_t i = 0; i < len; i++) {
		char c = p[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
			continue;
		}
		if (c == '"')
			in_str = 1;
		else if (c == '{' || c == '[') {
			if (++depth > *deepest)
				*deepest = depth;
		} else if (c == '}' || c == ']') {
			if (depth == 0)   /* a scalar ends where its container does; */
				return i ? i : 1;   /* a stray closer is a value of its own, and malformed */
			if (--depth == 0)
				return i + 1;
		} else if (depth == 0 && (c == ',' || isspace((unsigned char)c)))
			return i;
	}
	return depth == 0 && !in_str ? len : 0;
}

/* Column (1-based, in bytes) of pos within the line that starts at line. */
static long column_of(const char *line, const char *pos)
{
	return (long)(pos - line) + 1;
}

/* The charset to decode records from when the user declared one other than
 * UTF-8 (an unknown name is passed on for charset_decode to refuse); NULL:
 * records are UTF-8, repaired where they are not. Found once per input. */
static const char *legacy_charset(const struct reader *rd)
{
	if (!rd->charset)
		return NULL;
	const char *name = charset_canonical(rd->charset);
	return name && !strcmp(name, "utf-8") ? NULL : rd->charset;
}

/* Parse one JSON object record at p[0..len) and emit it. raw is what is
 * archived; legacy is legacy_charset(rd). Returns 0, or ERR_INPUT with e set
 * (the caller adds the place). */
static int one_record(struct reader *rd, const char *legacy, const char *raw, size_t raw_len,
		      const char *format, long line, struct err *e)
{
	struct record r;
	memset(&r, 0, sizeof r);
	buf_init(&r.text);
	long invalid = 0;
	const char *json = raw;
	size_t json_len = raw_len;
	const char *charset = "utf-8";
	int rc = 0;

	if (legacy) {
		rc = charset_decode(raw, raw_len, legacy, &r.text, &charset, &invalid, e);
		if (rc)
			goto out;
		json = r.text.data;
		json_len = r.text.len;
	} else if (!utf8_valid(raw, raw_len, NULL)) {
		invalid = utf8_repair(raw, raw_len, &r.text);
		json = r.text.data;
		json_len = r.text.len;
	}

	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(json, json_len, &end, 0);
	/* cJSON refuses past 1,000 levels, which its recursion takes safely;
	 * say why when that was the reason */
	int deepest;
	if (!root && (value_span(json, json_len, &deepest), deepest > CAP_JSON_DEPTH)) {
		rc = err_set(e, ERR_INPUT, "JSON nests deeper than %d levels", CAP_JSON_DEPTH);
		goto out;
	}
	if (root && tree_depth(root, 0) > CAP_JSON_DEPTH) {
		cJSON_Delete(root);
		rc = err_set(e, ERR_INPUT, "JSON nests deeper than %d levels", CAP_JSON_DEPTH);
		goto out;
	}
	if (!root) {
		const char *at = cJSON_GetErrorPtr();
		if (!at || at < json || at > json + json_len)
			at = json + json_len;
		if (at >= json + json_len || value_span(json, json_len, NULL) == 0)
			rc = err_set(e, ERR_INPUT, "truncated JSON (input ends inside a value)");
		else
			rc = err_set(e, ERR_INPUT, "malformed JSON at column %ld", column_of(json, at));
		goto out;
	}
	while (end < json + json_len && isspace((unsigned char)*end))
		end++;
	if (end != json + json_len) {
		rc = err_set(e, ERR_INPUT, "malformed JSON at column %ld (text after the record)",
			     column_of(json, end));
		cJSON_Delete(root);
		goto out;
	}
	if (!cJSON_IsObject(root)) {
		rc = err_set(e, ERR_INPUT, "JSON record is not an object");
		cJSON_Delete(root);
		goto out;
	}
	for (const cJSON *c = root->child; c; c = c->next)
		if (c->string)
			take_field(rd, &r, c->string, c);
	if (!r.field[FIELD_TEXT]) {
		rc = err_set(e, ERR_INPUT, "record has no text (no text/content/body field)");
		cJSON_Delete(root);
		goto out;
	}
	struct doc_in d = {
		.raw = raw, .raw_len = raw_len,
		.text = r.field[FIELD_TEXT], .text_len = strlen(r.field[FIELD_TEXT]),
		.url = r.field[FIELD_URL], .title = r.field[FIELD_TITLE],
		.publisher = r.field[FIELD_PUBLISHER], .author = r.field[FIELD_AUTHOR],
		.source_kind = r.field[FIELD_SOURCE_KIND], .language = r.field[FIELD_LANGUAGE],
		.published = r.field[FIELD_PUBLISHED], .format = format,
		.charset = charset, .invalid_bytes = invalid, .line = line,
		/* json is valid UTF-8 (checked, repaired or decoded above), and
		 * cJSON copies its strings' bytes and refuses \u escapes that
		 * are lone surrogates: what it decodes from it is valid too */
		.text_checked = 1,
	};
	rc = rd->emit(rd, &d, e);
	cJSON_Delete(root);
out:
	buf_release(&r.text);
	return rc;
}

int read_jsonl(struct reader *rd, FILE *f, struct err *e)
{
	const char *legacy = legacy_charset(rd);
	struct lines l;
	lines_init(&l, f, rd->path, CAP_RECORD_BYTES);
	const char *line;
	size_t len;
	int rc = 0;
	for (;;) {
		int got = lines_next(&l, &line, &len, e);
		if (got == LINES_EOF)
			break;
		if (got == LINES_TOO_LONG) {
			struct err pe;
			err_at(&pe, ERR_INPUT, rd->path, l.lineno, "line longer than the %u MB cap, skipped",
			       CAP_RECORD_BYTES >> 20);
			rd->problem(rd, &pe);
			continue;
		}
		if (got != LINES_OK) {
			rc = got;   /* ERR_IO, e set */
			break;
		}
		size_t skip = 0;
		if (l.lineno == 1 && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3))
			skip = 3;   /* a BOM before the first record */
		while (skip < len && isspace((unsigned char)line[skip]))
			skip++;
		if (skip == len)
			continue;
		struct err pe;
		err_clear(&pe);
		int r = one_record(rd, legacy, line + skip, len - skip, "jsonl", l.lineno, &pe);
		if (r == ERR_INPUT) {
			err_where(&pe, rd->path, l.lineno);
			rd->problem(rd, &pe);
		} else if (r) {
			*e = pe;
			rc = r;
			break;
		}
	}
	lines_release(&l);
	return rc;
}

/* Line number of offset off in p. */
static long line_at(const char *p, size_t off)
{
	long n = 1;
	for (size_t i = 0; i < off; i++)
		n += p[i] == '\n';
	return n;
}

static size_t skip_space(const char *p, size_t i, size_t len)
{
	while (i < len && isspace((unsigned char)p[i]))
		i++;
	return i;
}

int read_json(struct reader *rd, FILE *f, struct err *e)
{
	const char *legacy = legacy_charset(rd);
	char *p;
	size_t len;
	int rc = reader_slurp(rd, f, CAP_JSON_FILE_BYTES, &p, &len, e);
	if (rc)
		return rc;
	size_t i = 0;
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		i = 3;
	i = skip_space(p, i, len);
	if (i == len) {
		rc = err_at(e, ERR_INPUT, rd->path, 0, "empty JSON file");
		goto out;
	}
	/* an array of records, or one record, or records one after another */
	int array = p[i] == '[';
	if (array)
		i = skip_space(p, i + 1, len);
	long line = 1;
	size_t line_from = 0;
	while (i < len && !(array && p[i] == ']')) {
		line += line_at(p + line_from, i - line_from) - 1;
		line_from = i;
		size_t n = value_span(p + i, len - i, NULL);
		if (n == 0) {
			rc = err_at(e, ERR_INPUT, rd->path, line, "truncated JSON (input ends inside a value)");
			goto out;
		}
		struct err pe;
		int r = one_record(rd, legacy, p + i, n, "json", line, &pe);
		if (r == ERR_INPUT) {
			err_where(&pe, rd->path, line);
			rd->problem(rd, &pe);
		} else if (r) {
			*e = pe;
			rc = r;
			goto out;
		}
		i = skip_space(p, i + n, len);
		if (!array)
			continue;
		if (i < len && p[i] == ',')
			i = skip_space(p, i + 1, len);
		else if (i < len && p[i] != ']') {
			rc = err_at(e, ERR_INPUT, rd->path, line_at(p, i), "malformed JSON (expected , or ] between records)");
			goto out;
		}
	}
	if (array && i >= len)
		rc = err_at(e, ERR_INPUT, rd->path, line_at(p, len), "truncated JSON (the array is never closed)");
out:
	free(p);
	return rc;
}
