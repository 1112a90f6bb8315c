/* test_charset.c - what each charset decodes to, how many bytes are counted
 * invalid, and whether the sniffer tells Arabic windows-1256 from Latin
 * windows-1252 on sentences of the kind reports contain. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#include "base/buf.h"
#include "base/err.h"
#include "text/charset.h"

#define FFFD "\xEF\xBF\xBD"

/* Test input in a legacy charset, made by ICU's encoder from UTF-8. */
static char *encode(const char *utf8, const char *charset, size_t *len)
{
	UErrorCode st = U_ZERO_ERROR;
	size_t cap = strlen(utf8) * 4 + 8;
	char *out = malloc(cap);
	int32_t n = ucnv_convert(charset, "UTF-8", out, (int32_t)cap, utf8, (int32_t)strlen(utf8), &st);
	assert_true(U_SUCCESS(st));
	*len = (size_t)n;
	return out;
}

struct decoded {
	int rc;
	const char *used;
	long invalid;
	char text[1024];
};

/* Decode exactly len bytes from a heap copy (no NUL after them). */
static struct decoded decode(const char *in, size_t len, const char *declared)
{
	struct decoded d = { 0, NULL, -1, "" };
	char *copy = malloc(len ? len : 1);
	memcpy(copy, in, len);
	struct buf out = BUF_INIT;
	struct err e = { 0 };
	d.rc = charset_decode(copy, len, declared, &out, &d.used, &d.invalid, &e);
	assert_true(out.len < sizeof d.text);
	memcpy(d.text, out.data, out.len + 1);
	if (d.rc)
		strcpy(d.text, e.what);
	buf_release(&out);
	free(copy);
	return d;
}

#define DECODE(lit, declared) decode(lit, sizeof(lit) - 1, declared)

static void test_canonical(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{ "utf8", "utf-8" }, { "UTF-8", "utf-8" }, { " \"utf-8\" ", "utf-8" },
		{ "us-ascii", "utf-8" }, { "ASCII", "utf-8" },
		{ "cp1256", "windows-1256" }, { "Windows-1256", "windows-1256" },
		{ "x-cp1256", "windows-1256" },
		{ "arabic", "iso-8859-6" }, { "ISO-8859-6", "iso-8859-6" },
		{ "ISO_8859-6:1987", "iso-8859-6" }, { "asmo-708", "iso-8859-6" },
		{ "latin1", "windows-1252" }, { "ISO-8859-1", "windows-1252" },
		{ "cp1252", "windows-1252" }, { "l1", "windows-1252" },
		{ "UTF-16", "utf-16le" }, { "utf-16be", "utf-16be" },
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		const char *got = charset_canonical(pairs[i][0]);
		if (!got || strcmp(got, pairs[i][1]))
			fail_msg("charset_canonical(%s) = %s, want %s", pairs[i][0], got ? got : "NULL",
				 pairs[i][1]);
	}
	/* ICU's names for what only ICU knows, and canonical names are fixed points */
	assert_string_equal(charset_canonical("shift_jis"), "Shift_JIS");
	assert_string_equal(charset_canonical("koi8-r"), "KOI8-R");
	/* ICU's aliases that lead back to our names give ours */
	assert_string_equal(charset_canonical("ibm-1089"), "iso-8859-6");
	assert_string_equal(charset_canonical("UTF16LE"), "utf-16le");
	assert_string_equal(charset_canonical(charset_canonical("cp1256")), "windows-1256");
	assert_null(charset_canonical("klingon-8"));
	/* found by fuzzing: ICU knows the name but its data lacks the converter */
	assert_null(charset_canonical("iso-8859-16"));
	assert_null(charset_canonical(""));
	assert_null(charset_canonical(NULL));
	char longlabel[300];
	memset(longlabel, 'a', sizeof longlabel - 1);
	longlabel[sizeof longlabel - 1] = '\0';
	assert_null(charset_canonical(longlabel));
}

static void test_utf8_paths(void **state)
{
	(void)state;
	struct decoded d = DECODE("\xEF\xBB\xBF" "غارة on", NULL);
	assert_int_equal(d.rc, 0);
	assert_string_equal(d.used, "utf-8");
	assert_int_equal(d.invalid, 0);
	assert_string_equal(d.text, "غارة on");

	d = DECODE("plain", NULL);
	assert_string_equal(d.used, "utf-8");
	assert_string_equal(d.text, "plain");

	/* declared UTF-8 with damage: repaired and counted, not re-guessed */
	d = DECODE("caf\xE9 \xD9", "utf-8");
	assert_string_equal(d.used, "utf-8");
	assert_int_equal(d.invalid, 2);
	assert_string_equal(d.text, "caf" FFFD " " FFFD);

	d = DECODE("", NULL);
	assert_int_equal(d.rc, 0);
	assert_string_equal(d.used, "utf-8");
	assert_int_equal(d.invalid, 0);
	assert_string_equal(d.text, "");
}

static void test_utf16(void **state)
{
	(void)state;
	struct decoded d = DECODE("\xFF\xFE" "a\0" "\x27\x06" "\x3D\xD8\x00\xDE", NULL);
	assert_string_equal(d.used, "utf-16le");
	assert_int_equal(d.invalid, 0);
	assert_string_equal(d.text, "a\xD8\xA7\xF0\x9F\x98\x80");

	d = DECODE("\xFE\xFF" "\0a\x06\x27", NULL);
	assert_string_equal(d.used, "utf-16be");
	assert_string_equal(d.text, "a\xD8\xA7");

	/* a lone high surrogate, then an odd trailing byte */
	d = DECODE("\xFF\xFE" "\x3D\xD8" "b\0" "c", NULL);
	assert_string_equal(d.text, FFFD "b" FFFD);
	assert_int_equal(d.invalid, 3);

	/* the BOM wins over a declaration */
	d = DECODE("\xFF\xFE" "x\0", "windows-1256");
	assert_string_equal(d.used, "utf-16le");
	assert_string_equal(d.text, "x");

	/* UTF-16 declared without a BOM is little-endian */
	d = DECODE("h\0i\0", "utf-16");
	assert_string_equal(d.text, "hi");

	/* surrogate pairs across ICU's chunks: 9001 units, the first odd one
	 * pushes every pair across a multiple of 8192 */
	size_t pairs = 4500, n = 2 + 2 + pairs * 4;
	char *in = malloc(n);
	memcpy(in, "\xFF\xFE" "a\0", 4);
	for (size_t i = 0; i < pairs; i++)
		memcpy(in + 4 + i * 4, "\x3D\xD8\x00\xDE", 4);
	struct buf out = BUF_INIT;
	long bad = -1;
	assert_int_equal(charset_decode(in, n, NULL, &out, NULL, &bad, NULL), 0);
	assert_int_equal(bad, 0);
	assert_int_equal(out.len, 1 + pairs * 4);
	for (size_t i = 0; i < pairs; i++)
		assert_memory_equal(out.data + 1 + i * 4, "\xF0\x9F\x98\x80", 4);
	buf_release(&out);
	free(in);
}

static void test_legacy_decode(void **state)
{
	(void)state;
	/* "الله" and a question mark in windows-1256 */
	struct decoded d = DECODE("\xC7\xE1\xE1\xE5\xBF", "cp1256");
	assert_int_equal(d.rc, 0);
	assert_string_equal(d.used, "windows-1256");
	assert_int_equal(d.invalid, 0);
	assert_string_equal(d.text, "الله؟");

	/* the same word in ISO-8859-6, with 0xFF undefined there */
	d = DECODE("\xC7\xE4\xE4\xE7\xFF", "ISO-8859-6");
	assert_string_equal(d.used, "iso-8859-6");
	assert_string_equal(d.text, "الله" FFFD);
	assert_int_equal(d.invalid, 1);

	/* latin1 is read as windows-1252: 0x80 is the euro, 0x93/0x94 quotes;
	 * 0x81 and 0x9D are undefined */
	d = DECODE("\x80" "5 \x93" "caf\xE9\x94 \x81\x9D", "latin1");
	assert_string_equal(d.used, "windows-1252");
	assert_string_equal(d.text, "€5 “café” " FFFD FFFD);
	assert_int_equal(d.invalid, 2);

	/* every byte is defined in windows-1256, none maps to a C1 control */
	char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (char)i;
	d = decode(all, 256, "windows-1256");
	assert_int_equal(d.invalid, 0);
	for (size_t i = 0; d.text[i]; i++)
		assert_false((unsigned char)d.text[i] == 0xC2 && (unsigned char)d.text[i + 1] >= 0x80 &&
			     (unsigned char)d.text[i + 1] <= 0x9F);
	d = decode(all + 0x80, 0x20, "windows-1252");
	assert_int_equal(d.invalid, 5);

	/* a charset only ICU knows, cut in the middle of a character */
	d = DECODE("\x82\xA0\x82", "Shift_JIS");
	assert_string_equal(d.text, "あ" FFFD);
	assert_int_equal(d.invalid, 1);
}

static void test_unknown_declared(void **state)
{
	(void)state;
	struct decoded d = DECODE("abc", "klingon-8");
	assert_int_equal(d.rc, ERR_USAGE);
	assert_string_equal(d.text, "unknown charset 'klingon-8'");
	assert_int_equal(d.invalid, -1);
	assert_null(d.used);
}

static void test_appends(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	buf_adds(&out, "[");
	assert_int_equal(charset_decode("\xC7", 1, "cp1256", &out, NULL, NULL, NULL), 0);
	assert_int_equal(charset_decode("\xE9", 1, "cp1252", &out, NULL, NULL, NULL), 0);
	assert_string_equal(out.data, "[اé");
	buf_release(&out);
}

/* Report-like sentences written for these tests. */
static const char *const arabic[] = {
	"قصفت طائرات حربية مبنى سكنيا في المدينة صباح اليوم وقتل خمسة مدنيين بينهم طفلان.",
	"أفاد مصدر طبي بأن عدد الجرحى ارتفع إلى عشرين شخصا بعد انهيار المبنى.",
	"وقالت منظمة محلية إن الغارة استهدفت سوقا شعبيا مزدحما.",
	"لم يصدر أي تعليق رسمي حتى الآن.",
	"زار الوفد مقر منظمة Médecins Sans Frontières في المدينة يوم 12/3.",
	"قُتِلَ رَجُلٌ وَجُرِحَ آخَرُونَ فِي القَصْفِ.",
	"مقتل 3 مدنيين",
	"<p class=\"news\">غارة على حي الميدان</p>",
};

static const char *const latin[] = {
	"Le marché a été bombardé tôt ce matin; plusieurs civils ont été blessés.",
	"Die Straße wurde am frühen Morgen beschädigt, zwölf Häuser sind zerstört.",
	"El año pasado, la población huyó de la ciudad según el informe.",
	"Café owners said the naïve résumé was fine.",
	"Über 100 Menschen mussten fliehen.",
	"A população não recebeu ajuda após a explosão.",
	"ÉTÉ MEURTRIER À ALEP",
	"He said “no” – twice…",
};

static void test_sniff(void **state)
{
	(void)state;
	size_t n;
	for (size_t i = 0; i < sizeof arabic / sizeof arabic[0]; i++) {
		assert_string_equal(charset_sniff(arabic[i], strlen(arabic[i])), "utf-8");
		char *b = encode(arabic[i], "windows-1256", &n);
		const char *got = charset_sniff(b, n);
		if (strcmp(got, "windows-1256"))
			fail_msg("cp1256 \"%s\" sniffed as %s", arabic[i], got);
		struct decoded d = decode(b, n, NULL);
		assert_string_equal(d.text, arabic[i]);
		assert_int_equal(d.invalid, 0);
		free(b);
	}
	for (size_t i = 0; i < sizeof latin / sizeof latin[0]; i++) {
		char *b = encode(latin[i], "windows-1252", &n);
		const char *got = charset_sniff(b, n);
		if (strcmp(got, "windows-1252"))
			fail_msg("cp1252 \"%s\" sniffed as %s", latin[i], got);
		struct decoded d = decode(b, n, NULL);
		assert_string_equal(d.text, latin[i]);
		free(b);
	}
	/* ISO-8859-6 puts و ي ه ق where windows-1256 has è é ç â */
	for (size_t i = 0; i < 4; i++) {
		char *b = encode(arabic[i], "ISO-8859-6", &n);
		assert_string_equal(charset_sniff(b, n), "iso-8859-6");
		free(b);
	}
	assert_string_equal(charset_sniff("", 0), "utf-8");
	assert_string_equal(charset_sniff("\xEF\xBB\xBF", 3), "utf-8");
	assert_string_equal(charset_sniff("\xFF\xFE", 2), "utf-16le");
	assert_string_equal(charset_sniff("\xFE\xFF", 2), "utf-16be");
}

static void test_sniff_damaged_utf8(void **state)
{
	(void)state;
	/* a sniffer given a prefix may cut the last character */
	const char cut[] = "غارة\xD8";
	assert_string_equal(charset_sniff(cut, sizeof cut - 1), "utf-8");
	/* UTF-8 with one stray byte stays UTF-8: one U+FFFD, not a page of mojibake */
	struct buf b = BUF_INIT;
	for (int i = 0; i < 4; i++)
		buf_adds(&b, arabic[i]);
	buf_addc(&b, (char)0xE9);
	buf_adds(&b, arabic[0]);
	assert_string_equal(charset_sniff(b.data, b.len), "utf-8");
	struct decoded d = decode(b.data, b.len, NULL);
	assert_string_equal(d.used, "utf-8");
	assert_int_equal(d.invalid, 1);
	buf_release(&b);
	/* a short line: 16 Arabic letters and one stray byte is still UTF-8 */
	const char line[] = "قتل 3 \xff مدنيين في الرقة";
	assert_string_equal(charset_sniff(line, sizeof line - 1), "utf-8");
	/* while the same words in windows-1256 are not (C2 E3 C7 C1 ...) */
	const char cp[] = "\xDE\xCA\xE1 3 \xE3\xCF\xE4\xED\xED\xE4 \xDD\xED \xC7\xE1\xD1\xDE\xC9";
	assert_string_equal(charset_sniff(cp, sizeof cp - 1), "windows-1256");
}

static void test_binary(void **state)
{
	(void)state;
	assert_false(charset_is_binary("", 0));
	static const char text[] = "line one\r\n\tline two\f\x1b[0m\n";
	assert_false(charset_is_binary(text, sizeof text - 1));
	assert_true(charset_is_binary("%PDF-1.4\n\0\0", 11));
	assert_true(charset_is_binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
	assert_false(charset_is_binary("\xFF\xFE" "a\0b\0", 6));
	assert_false(charset_is_binary("\xFE\xFF\0a\0b", 6));
	/* 1 control byte in 10 is allowed, 2 are not */
	assert_false(charset_is_binary("abcdefghi\x01", 10));
	assert_true(charset_is_binary("abcdefgh\x01\x02", 10));
	/* only the first 8 KB count */
	size_t n = 9000;
	char *big = malloc(n);
	memset(big, 'x', n);
	big[8500] = '\0';
	assert_false(charset_is_binary(big, n));
	big[8000] = '\0';
	assert_true(charset_is_binary(big, n));
	free(big);
	/* Arabic in windows-1256 is text */
	size_t len;
	char *b = encode(arabic[0], "windows-1256", &len);
	assert_false(charset_is_binary(b, len));
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_canonical),
		cmocka_unit_test(test_utf8_paths),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_legacy_decode),
		cmocka_unit_test(test_unknown_declared),
		cmocka_unit_test(test_appends),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_sniff_damaged_utf8),
		cmocka_unit_test(test_binary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
