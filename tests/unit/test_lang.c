/* test_lang.c - which extractor a text is routed to: the language lang_detect
 * names for report-like texts (with the Latin chrome social sites wrap around
 * Arabic posts), and the codes lang_canonical makes of source labels. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "text/lang.h"

/* Detect on a heap copy of exactly strlen(s) bytes, no NUL after them. */
static const char *detect(const char *s)
{
	size_t n = strlen(s);
	char *copy = calloc(1, n ? n : 1);
	memcpy(copy, s, n);
	const char *got = lang_detect(copy, n);
	free(copy);
	return got;
}

static void test_arabic(void **state)
{
	(void)state;
	assert_string_equal(detect("قصفت طائرات حربية مبنى سكنيا في المدينة وقتل خمسة مدنيين."), "ar");
	assert_string_equal(detect("مقتل ٣ مدنيين"), "ar");
	/* harakat and tatweel are not letters, but the rest still is Arabic */
	assert_string_equal(detect("قُتِلَ رَجُلٌ وَجُرِحَ آخَرُونَ عاجـــــل"), "ar");
	/* a post inside social-site chrome: more Latin letters than Arabic ones */
	assert_string_equal(
		detect("Copy link to Tweet\n\nEmbed Tweet\n\n#عاجل\nمقتل طفلين وإصابة امرأة جراء قصف مدفعي "
		       "استهدف قرية في ريف المدينة الشرقي\n\nBack to top\n\nLoading seems to be taking a "
		       "while. Try again or visit the status page for more information."),
		"ar");
	/* a title above a video site's menus */
	assert_string_equal(detect("غارات جوية تستهدف محيط مدينة في شمال البلاد - VideoAboutPressCopyright"
				   "ContactCreatorsAdvertiseDevelopersTermsPrivacyPolicy"),
			    "ar");
	/* links do not count as Latin text */
	assert_string_equal(detect("غارة على السوق https://example.org/news/2025/very-long-english-path-name-here"),
			    "ar");
}

static void test_english(void **state)
{
	(void)state;
	assert_string_equal(detect("Five civilians were killed in an airstrike on the market, local sources said."),
			    "en");
	assert_string_equal(detect("Airstrike on Aleppo kills 5"), "en");
	/* an English report that names a village in Arabic script stays English */
	assert_string_equal(detect("The strike hit the village of Kafr Ruma (كفر رومة) in the south of the "
				   "province on Tuesday, and the monitor said that two children were among the dead."),
			    "en");
	/* a bilingual post: the Arabic is a quarter of the letters, so Arabic */
	assert_string_equal(detect("قتل مدنيان في غارة على بلدة في ريف إدلب صباح اليوم. Two civilians were "
				   "killed in an airstrike on a town in the Idlib countryside this morning."),
			    "ar");
}

static void test_other_languages(void **state)
{
	(void)state;
	assert_string_equal(detect("הפצצה פגעה בבניין מגורים בעיר"), "he");
	assert_string_equal(detect("Le marché a été bombardé tôt ce matin et plusieurs civils sont morts."), "fr");
	assert_string_equal(detect("Die Straße wurde am Morgen beschädigt und das Dach ist eingestürzt."), "de");
	assert_string_equal(detect("El mercado fue bombardeado por la mañana y los civiles huyeron."), "es");
	assert_string_equal(detect("Sabah saatlerinde bir pazar yerine saldırı düzenlendi ve bu saldırı için açıklama yapılmadı."),
			    "tr");
	assert_string_equal(detect("Удар пришёлся по жилому дому"), "ru");
	/* Persian uses the Arabic script with its own letters */
	assert_string_equal(detect("یک پهپاد به یک خودروی نظامی در نزدیکی شهر حمله کرد"), "fa");
	/* Latin letters without any function word: no language */
	assert_string_equal(detect("Sign Up Log In Messenger Lite Video Pay Store Quest Privacy Cookies"), "und");
	assert_string_equal(detect("1y 1y 1y 1y 30w 30w"), "und");
}

static void test_too_little(void **state)
{
	(void)state;
	assert_string_equal(detect(""), "und");
	assert_string_equal(detect("ab"), "und");
	assert_string_equal(detect("12345 !!! ٣٤٥ ،؟"), "und");
	assert_string_equal(lang_detect(NULL, 0), "und");
	assert_string_equal(detect("\xFF\xFE\x80\x80\xC3"), "und");
}

static void test_scan_limit(void **state)
{
	(void)state;
	/* 64 KB of English, then 200 KB of Arabic: only the first 64 KB count */
	size_t en = 64 * 1024, n = en + 200 * 1024;
	char *s = malloc(n);
	const char *pad = "the ";
	for (size_t i = 0; i < en; i++)
		s[i] = pad[i % 4];
	const char *ar = "سلام";   /* 8 bytes */
	for (size_t i = en; i + 8 <= n; i += 8)
		memcpy(s + i, ar, 8);
	assert_string_equal(lang_detect(s, n), "en");
	/* and the Arabic alone is Arabic, even cut in the middle of a letter */
	assert_string_equal(lang_detect(s + en, n - en - 1), "ar");
	free(s);
}

static void test_canonical(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{ "Arabic", "ar" }, { "AR", "ar" }, { "ar-SY", "ar" }, { "ar_SY", "ar" }, { "ara", "ar" },
		{ "Twitter Arabic", "ar" }, { "العربية", "ar" }, { "English", "en" }, { "en_US", "en" },
		{ "eng", "en" }, { "English (UK)", "en" }, { " en ", "en" }, { "he", "he" }, { "iw", "he" },
		{ "Hebrew", "he" }, { "fr-FR", "fr" }, { "Farsi", "fa" }, { "ckb", "ku" }, { "und", "und" },
		{ "Klingon", "und" }, { "", "und" }, { "xx", "und" }, { "Twitter / Facebook", "und" },
		{ "de-DE-1996", "de" }, { "zh-Hans-CN", "zh" },
	};
	char out[8];
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		const char *got = lang_canonical(pairs[i][0], out, sizeof out);
		assert_ptr_equal(got, out);
		if (strcmp(got, pairs[i][1]))
			fail_msg("lang_canonical(%s) = %s, want %s", pairs[i][0], got, pairs[i][1]);
	}
	assert_string_equal(lang_canonical(NULL, out, sizeof out), "und");
	char longlabel[500];
	memset(longlabel, 'x', sizeof longlabel - 1);
	longlabel[sizeof longlabel - 1] = '\0';
	memcpy(longlabel, "ar-", 3);
	assert_string_equal(lang_canonical(longlabel, out, sizeof out), "ar");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arabic),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_other_languages),
		cmocka_unit_test(test_too_little),
		cmocka_unit_test(test_scan_limit),
		cmocka_unit_test(test_canonical),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
