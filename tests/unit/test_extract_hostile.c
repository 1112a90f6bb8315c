/* test_extract_hostile.c - Arabic and mixed text that tries the extractor
 * (issue 5's bad input): bidi controls and direction marks inside a
 * casualty sentence, zero-width joiners, lone combining marks, invalid
 * UTF-8 in Arabic, Latin and Arabic digits mixed, a megabyte of emoji. No
 * crash, no read out of bounds (ASan runs these), and where the words are
 * still readable, the figure still read. The texts are written for these
 * tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "gazetteer/gazetteer.h"
#include "extract_fx.h"

static char *copy;   /* the text of the last run, kept while its claims are read */

static int teardown(void **state)
{
	free(copy);
	return extract_fx_teardown(state);
}

/* extract_doc on exactly n bytes of a heap copy (no NUL after them). */
static size_t run_n(const char *text, size_t n, const struct claim **c)
{
	free(copy);
	copy = malloc(n ? n : 1);
	memcpy(copy, text, n);
	struct extract_input in = { copy, n, NULL, "2024-11-23", "ar" };
	size_t k = extract_doc(ex, scr, &in, c);
	for (size_t i = 0; i < k; i++) {
		assert_true((*c)[i].sentence_start <= (*c)[i].start);
		assert_true((*c)[i].start <= (*c)[i].end);
		assert_true((*c)[i].end <= (*c)[i].sentence_end);
		assert_true((*c)[i].sentence_end <= n);
	}
	return k;
}

static size_t run(const char *text, const struct claim **c)
{
	return run_n(text, strlen(text), c);
}

/* The main claim's civilians killed (min), or -2 when there is no main claim. */
static long killed(const char *text)
{
	const struct claim *c;
	size_t n = run(text, &c);
	for (size_t i = 0; i < n; i++)
		if (c[i].main)
			return c[i].civilians_killed.min;
	return -2;
}

#define RLM "\xe2\x80\x8f"   /* U+200F right-to-left mark */
#define LRM "\xe2\x80\x8e"   /* U+200E */
#define RLE "\xe2\x80\xab"   /* U+202B right-to-left embedding */
#define PDF "\xe2\x80\xac"   /* U+202C pop directional formatting */
#define RLI "\xe2\x81\xa7"   /* U+2067 right-to-left isolate */
#define PDI "\xe2\x81\xa9"   /* U+2069 */
#define ZWJ "\xe2\x80\x8d"   /* U+200D */
#define ZWNJ "\xe2\x80\x8c"  /* U+200C */

static void direction_marks(void **state)
{
	(void)state;
	/* the plain sentence, then with marks between its words and around its number */
	assert_int_equal(killed("مقتل 4 مدنيين بقصف على البلدة"), 4);
	assert_int_equal(killed(RLM "مقتل " LRM "4" LRM " مدنيين بقصف على البلدة" RLM), 4);
	assert_int_equal(killed(RLE "مقتل " RLI "4" PDI " مدنيين" PDF " بقصف على البلدة"), 4);
	/* an unbalanced embedding, marks alone, a text of marks only */
	const struct claim *c;
	run(RLE RLE RLE "مقتل 4 مدنيين" PDF PDF PDF PDF PDF, &c);
	run(RLM LRM RLM LRM RLI PDI, &c);
	assert_int_equal(run(PDF, &c), 0);
}

/* Page words run into the post's first word, the post's last into Latin. */
static void scripts_run_together(void **state)
{
	(void)state;
	assert_int_equal(killed("Town PageMay 2, 2025 \xc2\xb7 Shared with Publicقتل ثلاثة مدنيين بقصف على البلدة"), 3);
	assert_int_equal(killed("مقتل ثلاثة مدنيينAll bombing على البلدة"), 3);
}

static void joiners_and_lone_marks(void **state)
{
	(void)state;
	const struct claim *c;
	/* zero-width joiners inside the words (some keyboards put them there) */
	run("مق" ZWJ "تل 4 مدني" ZWNJ "ين بقصف", &c);
	/* combining marks with no letter: alone, at the start, after digits, after a space */
	run("\xd9\x8e", &c);
	run("\xd9\x8e\xd9\x8f\xd9\x90 مقتل 4 مدنيين", &c);
	run("مقتل 4\xd9\x8b\xd9\x8b مدنيين", &c);
	run("مقتل  \xd9\x91 4 مدنيين \xcc\x81\xcc\x81", &c);
	/* a word of tatweel alone, a word cut with many */
	run("\xd9\x80\xd9\x80\xd9\x80 مقتل ـ ـ ـ 4 مدنيين", &c);
	assert_int_equal(killed("مقتـ ـل 4 مدنيين بقصف على البلدة"), 4);
}

static void broken_bytes(void **state)
{
	(void)state;
	const struct claim *c;
	/* Arabic letters cut in half, stray continuation bytes, overlong forms */
	static const char cut[] = "مقتل \xd9 4 مدنيين \xd8";
	run_n(cut, sizeof cut - 1, &c);
	run("\x80\x80\xd9\x82\xd8\xaa\xd9\x84 \xc0\xb4 \xe0\x80\xb4 مدنيين", &c);
	/* the last byte of the text starts a letter */
	static const char last[] = "قتل ٣ مدنيين \xd9";
	run_n(last, sizeof last - 1, &c);
	/* a NUL inside */
	static const char nul[] = "مقتل 4\0 مدنيين بقصف";
	run_n(nul, sizeof nul - 1, &c);
	/* digits of three scripts run together */
	run("مقتل ٣3۳ مدنيين و١,٥٠٠٫٥ جرحى ۱۲-٤ 4٤", &c);
}

static void emoji_megabyte(void **state)
{
	(void)state;
	/* a post of a megabyte of emoji (flags, joined families, skin tones),
	 * with one report in the middle */
	static const char unit[] = "\xf0\x9f\x98\xa2\xf0\x9f\x87\xb8\xf0\x9f\x87\xbe\xf0\x9f\x91\xa8\xe2\x80\x8d"
				   "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xf0\x9f\x8f\xbd \xf0\x9f\x94\xa5";
	size_t n = 1 << 20, u = sizeof unit - 1;
	char *post = malloc(n);
	for (size_t i = 0; i + u <= n; i += u)
		memcpy(post + i, unit, u);
	memset(post + n - n % u, ' ', n % u);
	static const char report[] = " مقتل 4 مدنيين بقصف على البلدة. ";
	memcpy(post + n / 2 - (n / 2) % u, report, sizeof report - 1);
	const struct claim *c;
	size_t k = run_n(post, n, &c);
	int found = 0;
	for (size_t i = 0; i < k; i++)
		found |= c[i].civilians_killed.min == 4;
	assert_true(found);
	free(post);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(direction_marks),
		cmocka_unit_test(scripts_run_together),
		cmocka_unit_test(joiners_and_lone_marks),
		cmocka_unit_test(broken_bytes),
		cmocka_unit_test(emoji_megabyte),
	};
	return cmocka_run_group_tests_name("extract_hostile", tests, extract_fx_setup, teardown);
}
