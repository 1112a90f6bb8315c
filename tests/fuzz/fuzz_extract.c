/* fuzz_extract.c - the whole extractor on arbitrary bytes: windows,
 * tokens, lexicon lookup (English and Arabic keys), numbers, dates, places,
 * the casualty grammar, the main claim, the page chrome cut.
 *
 * The first byte picks the input's language tag and whether it carries a
 * publication date; the rest is the text. Promises checked besides "no
 * crash": every claim's evidence lies inside its sentence and the sentence
 * inside the text; a place's span lies inside the text; every range is
 * unknown (-1) or 0 <= min <= max (max may be unknown); at most one claim is
 * the main claim; dates have real days; the confidence is in 0..1. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "extract/extract.h"
#include "fuzz.h"
#include "gazetteer/gazetteer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct gazetteer *gaz;
static struct extractor *ex;
static struct extract_scratch *scr;

static void setup(void)
{
	if (ex)
		return;
	struct err e;
	if (gaz_open(NULL, &gaz, &e) || gaz_set_focus(gaz, "SY,IQ", &e) || extractor_new(gaz, &ex, &e))
		FUZZ_FAIL("the extractor does not start: %s", e.what);
	scr = extract_scratch_new(ex);
}

static void check_range(const char *what, struct range r)
{
	if (r.min == RANGE_UNKNOWN) {
		FUZZ_CHECK(r.max == RANGE_UNKNOWN, "%s: min unknown but max %ld", what, r.max);
		return;
	}
	FUZZ_CHECK(r.min >= 0, "%s: min %ld", what, r.min);
	FUZZ_CHECK(r.max == RANGE_UNKNOWN || r.max >= r.min, "%s: %ld..%ld", what, r.min, r.max);
}

static void check_date(const char *what, const struct date *d, int precise)
{
	if (!precise)
		return;
	FUZZ_CHECK(d->year >= 1 && d->year <= 9999, "%s: year %d", what, d->year);
	if (d->precision >= DATE_DAY)
		FUZZ_CHECK(date_valid(d->year, d->month, d->day), "%s: %d-%d-%d", what, d->year, d->month, d->day);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	setup();
	if (size == 0)
		return 0;
	static const char *const langs[] = { "en", "ar", "und", NULL };
	unsigned pick = data[0];
	/* an exact-size copy, so that ASan sees a read past the end */
	size_t n = size - 1;
	char *text = malloc(n ? n : 1);
	memcpy(text, data + 1, n);
	struct extract_input in = { text, n, NULL, (pick & 4) ? "2024-11-23" : NULL, langs[pick & 3] };
	const struct claim *c;
	size_t nc = extract_doc(ex, scr, &in, &c);
	int mains = 0;
	for (size_t i = 0; i < nc; i++) {
		const struct claim *k = &c[i];
		FUZZ_CHECK(k->sentence_start <= k->start && k->start <= k->end && k->end <= k->sentence_end &&
				   k->sentence_end <= n,
			   "claim %zu: evidence %zu..%zu, sentence %zu..%zu, text %zu", i, k->start, k->end,
			   k->sentence_start, k->sentence_end, n);
		FUZZ_CHECK(k->place_start <= k->place_end && k->place_end <= n, "claim %zu: place span %zu..%zu of %zu",
			   i, k->place_start, k->place_end, n);
		check_range("killed", k->killed);
		check_range("injured", k->injured);
		check_range("missing", k->missing);
		check_range("civilians_killed", k->civilians_killed);
		check_range("civilians_injured", k->civilians_injured);
		check_range("children_killed", k->children_killed);
		check_range("women_killed", k->women_killed);
		check_range("men_killed", k->men_killed);
		check_range("combatants_killed", k->combatants_killed);
		check_date("date", &k->date, k->date_precision != WHEN_NONE);
		check_date("date_end", &k->date_end, k->date_end.precision != DATE_NONE);
		FUZZ_CHECK(k->confidence >= 0 && k->confidence <= 1, "claim %zu: confidence %g", i, k->confidence);
		FUZZ_CHECK(k->kind >= CLAIM_INCIDENT && k->kind < CLAIM_KIND_COUNT, "claim %zu: kind %d", i, (int)k->kind);
		mains += k->main != 0;
	}
	FUZZ_CHECK(mains <= 1, "%d main claims", mains);
	free(text);
	return 0;
}
