/* num.h - reading the numbers reports give: "43", "3,100", "forty-three",
 * "a dozen", "dozens", "at least 43", "between 10 and 15", "10-15",
 * "up to 20", "no one"... as a range of people.
 *
 * A report's figure is rarely one number. The rule each phrase follows is
 * the one monitors record (docs/extract-numbers.md has the table): a single
 * figure N gives N..N; "at least N", "nearly/about/around N" give N..N;
 * "more than/over N" give N+1..N+1; "N to M", "N-M", "between N and M" give
 * N..M; "up to N" gives 1..N; "less than/under N" 1..N-1; "dozens"
 * 24..unknown, "scores" 40..unknown, "hundreds" 200..unknown, "thousands"
 * 2000..unknown, "tens" 20..unknown; "a dozen" 12; "no", "none", "no one"
 * 0..0; "several", "a number of", "some" (before a noun) give no figure but
 * are reported as vague (NUM_VAGUE) so the caller knows people were
 * counted. The reader knows nothing about what is counted: "a family of
 * five" and "two brothers" are the caller's (it sees the noun).
 *
 * Arabic is read by the same rules: number words in their gender and case
 * forms and spellings ("ثلاثة"/"ثلاث"، "اثنان"/"اثنين"، "أربعة وعشرون"،
 * "مئة"/"مائة"، "ثلاثة آلاف"), plurals ("عشرات" 20..unknown, "مئات",
 * "آلاف", "عشرات الآلاف"), "عدة"/"بضعة"/"عدد من" (vague), qualifiers
 * ("نحو"، "قرابة"، "أكثر من"، "ما لا يقل عن"، "حتى"؛ "تقريبا" and "على
 * الأقل" after the number) and ranges ("بين ١٠ و١٥"، "من ١٠ إلى ١٥"،
 * "١٠ أو ١٢"). Hamza and madda on alef, ة/ه, ى/ي, tatweel and harakat do
 * not matter. A clitic و/ف then ب/ل may be attached to the first word
 * ("وعشرات"، "بنحو ٣٠"، "لأكثر من"، "و١٥"): it is read, counted in len
 * and also in lead, so that s[lead..len) is the phrase itself. Not read:
 * "أحد"/"إحدى" alone (one of, someone), "الأحد"/"الاثنين" (Sunday,
 * Monday), "الثلاثاء", ordinals ("الثاني"، "الخامس")، and a bare 3..10
 * before a definite word ("خمس السكان" a fifth, "ست البيت"). Arabic duals
 * and a lone singular ("شهيدين" two martyrs, "شهيد" one) are nouns, so the
 * caller's: num_ar_dual tells it a dual from its singular.
 *
 * Reads UTF-8, case-insensitively for Latin words; digits may be ASCII,
 * Arabic-Indic (U+0660..0669) or Eastern (U+06F0..06F9). Never reads past
 * n, never needs a NUL. Figures above NUM_MAX are not casualty counts
 * ("1e308", a number of 100 digits; years are the caller's to exclude by
 * context, see NUM_YEARLIKE): such a phrase is not read (returns 0). Nor
 * are decimals, times, dates, percentages, ordinals, fractions ("more than
 * a third") and number adjectives ("five-year-old", "2-year-old"). */
#ifndef CIVCAS_NUM_H
#define CIVCAS_NUM_H

#include <stddef.h>

#define NUM_MAX 10000000L

enum num_flags {
	NUM_DIGITS = 1,      /* written with digits ("43", "3,100") */
	NUM_WORDS = 2,       /* written with words ("forty-three", "a dozen") */
	NUM_QUALIFIED = 4,   /* "at least", "more than", "about", "nearly", "up to", ... */
	NUM_RANGE = 8,       /* "10-15", "between 10 and 15", "10 to 15" */
	NUM_VAGUE = 16,      /* "dozens", "scores", "hundreds", "several", "a number of" */
	NUM_ARTICLE = 32,    /* "a"/"an" standing for one ("a child", "an individual"): only
	                        read when the caller asks with NUM_READ_ARTICLE */
	NUM_YEARLIKE = 64    /* four digits 1900..2100 with no qualifier: maybe a year */
};

struct num_phrase {
	size_t len;          /* bytes read from the start */
	size_t lead;         /* of them, the bytes of Arabic clitics attached to the first
	                        word ("و" in "وعشرات", "وب" in "وبنحو"), 0 otherwise: the
	                        phrase itself is s[lead..len) */
	long min, max;       /* max -1: open-ended; min -1: vague with no figure ("several");
	                        otherwise 0 <= min <= max <= NUM_MAX */
	int flags;           /* enum num_flags; NUM_DIGITS and NUM_WORDS may both be set ("2 million") */
};

enum num_read_opts {
	NUM_READ_ARTICLE = 1 /* also read "a"/"an" alone as 1 (NUM_ARTICLE); "one" is a
	                        number word and is always read (NUM_WORDS) */
};

/* Read a number phrase that starts exactly at s[0] (a qualifier, a digit or
 * a number word; s[0] must begin a word). Returns the bytes read (also in
 * out->len), 0 when s does not start one; then *out is {0, -1, -1, 0}.
 * out must not be NULL; s may be NULL when n is 0. The phrase ends at a word
 * boundary; trailing spaces are not read. */
size_t num_read(const char *s, size_t n, int opts, struct num_phrase *out);

/* Read the value of a number word or digit string alone ("forty-three",
 * "43", "٤٣", "3,100", "two hundred and fifty", "a dozen", "ثلاثة وأربعون",
 * "٣ آلاف"; no clitic before it): the value when
 * s[0..n) is exactly one such number, or -1 (also for qualified, ranged or
 * vague phrases, and for "no"/"none"). For tests and for the date reader. */
long num_value(const char *s, size_t n);

/* Whether the Arabic word[0..n) is the dual of singular[0..sn) (both one
 * word, no clitics, spelling folded as num_read does): "شهيدين"/"شهيدان"
 * of "شهيد", "طفلتين"/"طفلتان" of "طفلة". 1 or 0; either may be NULL (0).
 * A dual counts two of what its singular names; only the caller knows which
 * words name people, hence the singular. Ask it only of singulars whose
 * plural is not the sound masculine one: "مدنيين" is both two civilians and
 * (genitive) civilians, spelled alike, while "شهيدين" (plural شهداء) and
 * "طفلين" (أطفال) are duals. The construct dual without its ن ("طفلا
 * العائلة") is not recognised: it is spelled like an accusative. */
int num_ar_dual(const char *word, size_t n, const char *singular, size_t sn);

/* The value of an Arabic ordinal word[0..n) ("الأول", "ثاني", "الثالثة",
 * "الخامس", "الحادي" (1, of الحادي عشر) ... "العاشر"), 0 when it is none;
 * word may be NULL when n is 0. For the caller that reads a number at every
 * word: in "الخامس عشر" (the fifteenth) the word "عشر" alone reads as 10,
 * and only the word before it says it is no count. */
int num_ar_ordinal(const char *word, size_t n);

#endif
