/* test_utf8.c - what counts as valid UTF-8 and what repair makes of the rest,
 * byte for byte, including the edges where fast paths and bounds go wrong. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"

#define FFFD "\xEF\xBF\xBD"

/* Repair exactly n bytes copied to the heap (so ASan sees a read past the end)
 * and compare with want. */
static void check_repair(const char *in, size_t n, const char *want, long want_bad)
{
	char *copy = malloc(n ? n : 1);
	memcpy(copy, in, n);
	struct buf out = BUF_INIT;
	long bad = utf8_repair(copy, n, &out);
	assert_int_equal(bad, want_bad);
	assert_int_equal(out.len, strlen(want));
	assert_memory_equal(out.data, want, out.len);
	assert_int_equal(out.data[out.len], '\0');
	assert_true(utf8_valid(out.data, out.len, NULL));
	size_t at = 12345;
	assert_int_equal(utf8_valid(copy, n, &at), want_bad == 0);
	buf_release(&out);
	free(copy);
}

#define REPAIR(in, want, bad) check_repair(in, sizeof(in) - 1, want, bad)

static void test_valid_text(void **state)
{
	(void)state;
	REPAIR("", "", 0);
	REPAIR("plain ASCII, long enough to use the 8-byte path", "plain ASCII, long enough to use the 8-byte path", 0);
	REPAIR("قصف على حي سكني", "قصف على حي سكني", 0);
	REPAIR("mixed: غارة on the market (سوق)", "mixed: غارة on the market (سوق)", 0);
	/* the first and last code point of each length */
	REPAIR("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF",
	       "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 0);
	/* last scalar values around the surrogates are fine */
	REPAIR("\xED\x9F\xBF\xEE\x80\x80", "\xED\x9F\xBF\xEE\x80\x80", 0);
}

static void test_nul_is_valid(void **state)
{
	(void)state;
	const char s[] = "a\0b\0\0\0\0\0\0\0\0c";
	assert_true(utf8_valid(s, sizeof s - 1, NULL));
	struct buf out = BUF_INIT;
	assert_int_equal(utf8_repair(s, sizeof s - 1, &out), 0);
	assert_int_equal(out.len, sizeof s - 1);
	assert_memory_equal(out.data, s, sizeof s - 1);
	buf_release(&out);
}

static void test_lone_and_bad_bytes(void **state)
{
	(void)state;
	REPAIR("\x80", FFFD, 1);
	REPAIR("a\x80\xBF" "b", "a" FFFD FFFD "b", 2);
	REPAIR("\xC0\xC1\xF5\xFF", FFFD FFFD FFFD FFFD, 4);
	/* Latin-1 in a UTF-8 stream: each é (0xE9) followed by ASCII */
	REPAIR("caf\xE9 cr\xE8me", "caf" FFFD " cr" FFFD "me", 2);
}

static void test_overlongs(void **state)
{
	(void)state;
	/* "/" as 2, 3 and 4 bytes: the lead byte C0 is never valid; E0 80 and
	 * F0 80 fail on the second byte, so every byte is its own subpart. */
	REPAIR("\xC0\xAF", FFFD FFFD, 2);
	REPAIR("\xE0\x80\xAF", FFFD FFFD FFFD, 3);
	REPAIR("\xF0\x80\x80\xAF", FFFD FFFD FFFD FFFD, 4);
	REPAIR("\xC1\xBF", FFFD FFFD, 2);
	REPAIR("\xE0\x9F\xBF", FFFD FFFD FFFD, 3);
}

static void test_surrogates_and_range(void **state)
{
	(void)state;
	REPAIR("\xED\xA0\x80", FFFD FFFD FFFD, 3);           /* U+D800 */
	REPAIR("\xED\xBF\xBF", FFFD FFFD FFFD, 3);           /* U+DFFF */
	REPAIR("\xED\xA0\xBD\xED\xB8\x80", FFFD FFFD FFFD FFFD FFFD FFFD, 6); /* CESU pair */
	REPAIR("\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD, 4);  /* U+110000 */
	REPAIR("\xF7\xBF\xBF\xBF", FFFD FFFD FFFD FFFD, 4);
}

static void test_truncated(void **state)
{
	(void)state;
	/* a maximal subpart is one U+FFFD however many bytes it has */
	REPAIR("\xE2\x82", FFFD, 2);
	REPAIR("x\xF0\x9F\x98", "x" FFFD, 3);
	REPAIR("\xF0\x9F\x98z", FFFD "z", 3);
	REPAIR("\xC3", FFFD, 1);
	REPAIR("\xD9", FFFD, 1);
	REPAIR("\xE2\x82\xE2\x82\xAC", FFFD "\xE2\x82\xAC", 2);
	/* Arabic cut in the middle of its last letter, at the very end */
	REPAIR("سلام\xD9", "سلام" FFFD, 1);
	/* the same after a run long enough for the 8-byte path */
	REPAIR("0123456789abcdef\xE2", "0123456789abcdef" FFFD, 1);
}

static void test_valid_reports_offset(void **state)
{
	(void)state;
	size_t at = 0;
	const char s[] = "abcdefghijklmnopq\xD8\xB3\xFFtail";
	assert_false(utf8_valid(s, sizeof s - 1, &at));
	assert_int_equal(at, 19);
	at = 0;
	assert_false(utf8_valid("\xE2\x82", 2, &at));
	assert_int_equal(at, 0);
	/* len is respected: the invalid byte lies just beyond it */
	assert_true(utf8_valid("ok\xFF", 2, NULL));
	assert_true(utf8_valid(NULL, 0, NULL));
}

static void test_decode(void **state)
{
	(void)state;
	uint32_t cp = 0;
	assert_int_equal(utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(utf8_decode("\xD8\xB3", 2, &cp), 2);
	assert_int_equal(cp, 0x0633);
	assert_int_equal(utf8_decode("\xE2\x82\xAC", 3, &cp), 3);
	assert_int_equal(cp, 0x20AC);
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	/* len cuts the sequence: invalid, one byte consumed */
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 3, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("\xED\xA0\x80", 3, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("\xC0\x80", 2, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("\x80", 1, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("", 0, &cp), 0);
}

static void test_encode(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	utf8_encode(&b, 'z');
	utf8_encode(&b, 0x0627);
	utf8_encode(&b, 0x20AC);
	utf8_encode(&b, 0x10FFFF);
	utf8_encode(&b, 0xD800);
	utf8_encode(&b, 0x110000);
	assert_string_equal(b.data, "z\xD8\xA7\xE2\x82\xAC\xF4\x8F\xBF\xBF" FFFD FFFD);
	buf_release(&b);
}

static void test_roundtrip_all_scalars(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp++)
		if (cp < 0xD800 || cp > 0xDFFF)
			utf8_encode(&b, cp);
	assert_true(utf8_valid(b.data, b.len, NULL));
	size_t i = 0;
	for (uint32_t want = 0; want <= 0x10FFFF; want++) {
		if (want >= 0xD800 && want <= 0xDFFF)
			continue;
		uint32_t cp;
		i += (size_t)utf8_decode(b.data + i, b.len - i, &cp);
		if (cp != want)
			fail_msg("decoded U+%04X, wanted U+%04X", cp, want);
	}
	assert_int_equal(i, b.len);
	buf_release(&b);
}

/* An oracle that knows nothing of lead-byte ranges: it encodes every scalar
 * value and remembers which byte strings are complete sequences and which are
 * proper prefixes of one. A maximal subpart is then the longest prefix. */
static unsigned char *is_prefix;   /* bit per 1..3-byte string, keyed by len */
static unsigned char *is_complete; /* 4-byte strings are only checked by decode */

static size_t key(const unsigned char *s, size_t n)
{
	size_t k = 0;
	for (size_t j = 0; j < n; j++)
		k = k << 8 | s[j];
	return k | (size_t)n << 24;
}

static int bit(const unsigned char *set, size_t k)
{
	return set[k >> 3] >> (k & 7) & 1;
}

static int oracle_setup(void **state)
{
	(void)state;
	is_prefix = calloc(1, (4u << 24) / 8);
	is_complete = calloc(1, (4u << 24) / 8);
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		struct buf b = BUF_INIT;
		utf8_encode(&b, cp);
		const unsigned char *u = (const unsigned char *)b.data;
		for (size_t n = 1; n < b.len; n++) {
			size_t k = key(u, n);
			is_prefix[k >> 3] |= (unsigned char)(1u << (k & 7));
		}
		if (b.len < 4) {
			size_t k = key(u, b.len);
			is_complete[k >> 3] |= (unsigned char)(1u << (k & 7));
		}
		buf_release(&b);
	}
	return 0;
}

static int oracle_teardown(void **state)
{
	(void)state;
	free(is_prefix);
	free(is_complete);
	return 0;
}

static long oracle_repair(const unsigned char *s, size_t n, struct buf *out)
{
	long bad = 0;
	size_t i = 0;
	while (i < n) {
		size_t done = 0, pre = 0;
		for (size_t k = 1; k <= 3 && i + k <= n; k++) {
			if (bit(is_complete, key(s + i, k)))
				done = k;
			if (bit(is_prefix, key(s + i, k)))
				pre = k;
		}
		if (!done && pre == 3 && i + 4 <= n && (s[i + 3] & 0xC0) == 0x80)
			done = 4;
		if (done) {
			buf_add(out, s + i, done);
			i += done;
		} else {
			size_t sub = pre ? pre : 1;
			buf_add(out, FFFD, 3);
			bad += (long)sub;
			i += sub;
		}
	}
	return bad;
}

static void compare_with_oracle(const unsigned char *s, size_t n)
{
	struct buf got = BUF_INIT, want = BUF_INIT;
	long g = utf8_repair((const char *)s, n, &got);
	long w = oracle_repair(s, n, &want);
	if (g != w || got.len != want.len || memcmp(got.data, want.data, got.len)) {
		char hex[64] = "";
		for (size_t j = 0; j < n && j < 16; j++)
			sprintf(hex + 3 * j, "%02X ", s[j]);
		fail_msg("repair(%s) = %ld bytes replaced, oracle %ld", hex, g, w);
	}
	assert_int_equal(utf8_valid((const char *)s, n, NULL), w == 0);
	buf_release(&got);
	buf_release(&want);
}

/* Every string of 1..3 bytes, then random strings over the bytes that matter. */
static void test_against_oracle(void **state)
{
	(void)state;
	unsigned char s[24];
	for (size_t n = 1; n <= 3; n++)
		for (unsigned long v = 0; v < 1ul << (8 * n); v++) {
			for (size_t k = 0; k < n; k++)
				s[k] = (unsigned char)(v >> (8 * k));
			/* an ASCII first byte adds nothing the shorter strings missed */
			if (n < 3 || s[0] >= 0x80)
				compare_with_oracle(s, n);
		}
	static const unsigned char pick[] = {
		'a', ' ', 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
		0xD9, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF,
	};
	unsigned seed = 12345;
	for (int round = 0; round < 100000; round++) {
		size_t n = 1 + round % 24;
		for (size_t k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			s[k] = pick[(seed >> 16) % sizeof pick];
		}
		compare_with_oracle(s, n);
	}
}

static void test_appends(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	buf_adds(&b, "head:");
	assert_int_equal(utf8_repair("\xFFx", 2, &b), 1);
	assert_string_equal(b.data, "head:" FFFD "x");
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_text),
		cmocka_unit_test(test_nul_is_valid),
		cmocka_unit_test(test_lone_and_bad_bytes),
		cmocka_unit_test(test_overlongs),
		cmocka_unit_test(test_surrogates_and_range),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_valid_reports_offset),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_encode),
		cmocka_unit_test(test_roundtrip_all_scalars),
		cmocka_unit_test_setup_teardown(test_against_oracle, oracle_setup, oracle_teardown),
		cmocka_unit_test(test_appends),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
