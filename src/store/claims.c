/* claims.c - the rules a claim meets before any backend stores it, and the
 * text forms its sets and names take in storage: one place, so that a
 * PostgreSQL backend stores claims exactly as SQLite does. */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/caps.h"
#include "gazetteer/gazetteer.h"
#include "store/backend.h"

static int inside_char(const char *text, size_t len, size_t at)
{
	return at < len && ((unsigned char)text[at] & 0xC0) == 0x80;
}

/* A span [start, end) of the text, on character boundaries. */
static int check_span(const char *what, size_t start, size_t end, size_t i, int64_t doc,
		      const char *text, size_t len, struct err *e)
{
	if (start > end || end > len)
		return err_set(e, ERR_INPUT,
			       "claim %zu of document %" PRId64 ": its %s at bytes %zu..%zu is outside the "
			       "text (%zu bytes)", i + 1, doc, what, start, end, len);
	if (inside_char(text, len, start) || inside_char(text, len, end))
		return err_set(e, ERR_INPUT,
			       "claim %zu of document %" PRId64 ": its %s at bytes %zu..%zu cuts a character",
			       i + 1, doc, what, start, end);
	return 0;
}

static int check_range(const char *what, struct range r, size_t i, int64_t doc, struct err *e)
{
	if (r.min < RANGE_UNKNOWN || r.max < RANGE_UNKNOWN ||
	    (r.min != RANGE_UNKNOWN && r.max != RANGE_UNKNOWN && r.min > r.max))
		return err_set(e, ERR_INPUT, "claim %zu of document %" PRId64 ": %s %ld..%ld is no range",
			       i + 1, doc, what, r.min, r.max);
	return 0;
}

int claim_check(const struct claim *c, size_t i, int64_t doc, const char *text, size_t len, struct err *e)
{
	const char *bad = NULL;
	if ((unsigned)c->kind >= CLAIM_KIND_COUNT)
		bad = "kind";
	else if ((unsigned)c->status > VICTIM_MIXED)
		bad = "victim status";
	else if ((unsigned)c->weapon >= WEAPON_COUNT)
		bad = "weapon";
	else if ((unsigned)c->speaker >= BEL_COUNT || c->belligerents >> BEL_COUNT)
		bad = "belligerent";
	else if (c->infrastructure >> INFRA_COUNT)
		bad = "infrastructure";
	else if ((unsigned)c->date_precision > WHEN_DAY)
		bad = "date precision";
	else if (c->place_precision < 0 || c->place_precision >= GEO_COUNT)
		bad = "place precision";
	else if (!(c->confidence >= 0.0 && c->confidence <= 1.0))
		bad = "confidence";
	else if (c->main != 0 && c->main != 1)
		bad = "main mark";
	if (bad)
		return err_set(e, ERR_INPUT, "claim %zu of document %" PRId64 " has no valid %s", i + 1, doc, bad);
	if (!text && (c->end || c->sentence_end || c->place_end))
		return err_set(e, ERR_INPUT, "claim %zu of document %" PRId64 " has spans but no text", i + 1, doc);
	int rc = check_span("evidence", c->start, c->end, i, doc, text, len, e);
	if (!rc)
		rc = check_span("sentence", c->sentence_start, c->sentence_end, i, doc, text, len, e);
	if (!rc)
		rc = check_span("place name", c->place_start, c->place_end, i, doc, text, len, e);
	const struct { const char *what; struct range r; } ranges[] = {
		{ "killed", c->killed }, { "injured", c->injured }, { "missing", c->missing },
		{ "civilians killed", c->civilians_killed }, { "civilians injured", c->civilians_injured },
		{ "children killed", c->children_killed }, { "women killed", c->women_killed },
		{ "men killed", c->men_killed }, { "combatants killed", c->combatants_killed },
	};
	for (size_t k = 0; !rc && k < sizeof ranges / sizeof *ranges; k++)
		rc = check_range(ranges[k].what, ranges[k].r, i, doc, e);
	return rc;
}

size_t claim_quote_len(const struct claim *c, const char *text)
{
	size_t n = c->end - c->start;
	if (n <= CAP_QUOTE_BYTES)
		return n;
	n = CAP_QUOTE_BYTES;
	while (n && ((unsigned char)text[c->start + n] & 0xC0) == 0x80)
		n--;
	return n;
}

void claim_codes_format(struct buf *out, unsigned set, int count, const char *(*code)(int))
{
	buf_reset(out);
	for (int i = 0; i < count; i++) {
		if (!(set & (1u << i)))
			continue;
		if (out->len)
			buf_addc(out, ',');
		buf_adds(out, code(i));
	}
}

long claim_codes_parse(const char *list, int (*parse)(const char *))
{
	long set = 0;
	if (!list)
		return 0;
	while (*list) {
		const char *comma = strchr(list, ',');
		size_t n = comma ? (size_t)(comma - list) : strlen(list);
		char one[64];
		if (n >= sizeof one)
			return -1;
		memcpy(one, list, n);
		one[n] = '\0';
		int v = parse(one);
		if (v < 0 || v >= 31)
			return -1;
		set |= 1L << v;
		list += n + (comma != NULL);
	}
	return set;
}

int claim_name_index(const char *s, int count, const char *(*name)(int))
{
	if (!s)
		return -1;
	for (int i = 0; i < count; i++)
		if (!strcmp(name(i), s))
			return i;
	return -1;
}
