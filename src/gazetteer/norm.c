/* norm.c - the folded form and the cross-script key of names and text (see
 * norm.h). gaz_fold reads every document, so it runs on tables: one for ASCII,
 * one for every two-byte character (Latin, Greek, Cyrillic, Hebrew, Arabic)
 * and three for the three-byte ranges with rules of their own (Latin Extended
 * Additional, punctuation, presentation and width forms). They are built once,
 * with ICU, by classify(); characters outside them go through it at run time. */
#include "gazetteer/norm.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "base/utf8.h"
#include "base/xalloc.h"

enum { F_SEP, F_DROP, F_OUT };

/* What one character folds to: nothing (F_DROP), a word break (F_SEP), or
 * len bytes of UTF-8, in s or, when longer than s, at pool.data + pool_at. */
struct fold {
	uint8_t kind;
	uint8_t len;
	uint16_t pool_at;
	char s[4];
};

/* The ASCII table's values below '0': every letter or digit is its own output. */
enum { A_SEP, A_DROP, A_MULTI };

static unsigned char ascii[256];
static struct fold t2[0x800 - 0x80];      /* U+0080..U+07FF: every two-byte character */
static struct fold t1e[0x100];            /* U+1E00..U+1EFF */
static struct fold t20[0x70];             /* U+2000..U+206F */
static struct fold tfb[0x10000 - 0xFB00]; /* U+FB00..U+FFFF */
static struct buf pool = BUF_INIT;        /* outputs of more than 4 bytes (ﷺ, ligatures) */
static const UNormalizer2 *nfkd, *nfkc;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* Ask so much more room than the input's length that the fold loop may store
 * a whole struct fold's bytes (and offsets) without looking. */
#define SLACK 8

static void set_out(struct fold *f, const char *s, size_t len)
{
	f->kind = F_OUT;
	f->len = (uint8_t)len;
	f->pool_at = 0;
	memset(f->s, 0, sizeof f->s);
	memcpy(f->s, s, len);
}

/* c must be a scalar value (no surrogate): it comes from decode or ICU. */
static void set_cp(struct fold *f, uint32_t c)
{
	char b[4];
	size_t n = utf8_put(b, c);
	set_out(f, b, n);
}

static void set_kind(struct fold *f, int kind)
{
	memset(f, 0, sizeof *f);
	f->kind = (uint8_t)kind;
}

static int ascii_rule(unsigned c)
{
	if (c >= 'A' && c <= 'Z')
		return (int)(c | 0x20);
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		return (int)c;
	if (c == '\'' || c == '`')
		return A_DROP;
	return c < 0x80 ? A_SEP : A_MULTI;
}

static int arabic_block(uint32_t c)
{
	return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x0870 && c <= 0x08FF) ||
	       (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

/* Characters that vanish without a trace: apostrophes and the letters that
 * stand for ʿayn and hamza in transliteration, invisible format marks,
 * diacritics that combine with the letter before them, and Arabic's harakat,
 * tatweel, lone hamza and Quranic signs. */
static int is_dropped(uint32_t c)
{
	switch (c) {
	case 0x00AD: case 0x00B4: case 0x2018: case 0x2019: case 0x201B: case 0xFEFF:
	case 0x0621: case 0x0640: case 0x0674: case 0x06E5: case 0x06E6:
		return 1;
	}
	if ((c >= 0x02B9 && c <= 0x02BF) || (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	    (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
	    (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || (c >= 0x20D0 && c <= 0x20FF) ||
	    (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xE0100 && c <= 0xE01EF))
		return 1;
	if (arabic_block(c)) {
		int8_t t = u_charType((UChar32)c);
		return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_FORMAT_CHAR;
	}
	return 0;
}

/* The one Arabic letter that variant forms of a letter fold to, or the
 * ASCII digit of an Arabic-Indic or Eastern digit; 0 for anything else. */
static uint32_t arabic_fold(uint32_t c)
{
	switch (c) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: case 0x0675:
		return 0x0627; /* ا */
	case 0x0624: case 0x0676: case 0x0677:
		return 0x0648; /* و */
	case 0x0626: case 0x0649: case 0x0678: case 0x06CC: case 0x06D0:
		return 0x064A; /* ي */
	case 0x0629: case 0x06BE: case 0x06C0: case 0x06C1: case 0x06C2: case 0x06C3: case 0x06D5:
		return 0x0647; /* ه */
	case 0x06A9: case 0x06AA:
		return 0x0643; /* ك */
	}
	if (c >= 0x0660 && c <= 0x0669)
		return '0' + (c - 0x0660);
	if (c >= 0x06F0 && c <= 0x06F9)
		return '0' + (c - 0x06F0);
	return 0;
}

static int latin_range(uint32_t c)
{
	/* Latin-1 to IPA (ə of Azeri, ɓ ɗ of Hausa), Latin Extended Additional */
	return (c >= 0x00C0 && c <= 0x02AF) || (c >= 0x1E00 && c <= 0x1EFF) || c == 0x00AA || c == 0x00BA;
}

/* Latin letters whose base letter neither NFKD nor the Unicode name gives. */
static const struct {
	uint16_t c;
	char s[3];
} latin_special[] = {
	{ 0x00DF, "ss" }, { 0x1E9E, "ss" }, { 0x00C6, "ae" }, { 0x00E6, "ae" }, { 0x01E2, "ae" },
	{ 0x01E3, "ae" }, { 0x01FC, "ae" }, { 0x01FD, "ae" }, { 0x0152, "oe" }, { 0x0153, "oe" },
	{ 0x00D0, "d" }, { 0x00F0, "d" }, { 0x00DE, "th" }, { 0x00FE, "th" }, { 0x0131, "i" },
	{ 0x0138, "k" }, { 0x014A, "n" }, { 0x014B, "n" }, { 0x018E, "e" }, { 0x018F, "e" },
	{ 0x01DD, "e" }, { 0x0259, "e" }, { 0x0237, "j" },
};

static void classify(uint32_t c, struct fold *f);

/* A Latin letter folds to its base letter(s), lower case: from the table
 * above, else from NFKD without the marks (é, ǆ, ĳ), else from a name
 * "LATIN ... LETTER X WITH ..." (ø, đ, ł, ħ, ƀ), else it is only lowered. */
static void latin(uint32_t c, struct fold *f)
{
	if (!u_isalpha((UChar32)c)) {
		set_kind(f, F_SEP);
		return;
	}
	for (size_t i = 0; i < sizeof latin_special / sizeof *latin_special; i++)
		if (latin_special[i].c == c) {
			set_out(f, latin_special[i].s, strlen(latin_special[i].s));
			return;
		}

	UChar d[32];
	UErrorCode err = U_ZERO_ERROR;
	int32_t n = nfkd ? unorm2_getDecomposition(nfkd, (UChar32)c, d, 32, &err) : -1;
	if (U_SUCCESS(err) && n > 0) {
		char s[4];
		size_t len = 0;
		int32_t i = 0;
		while (i < n) {
			UChar32 x;
			U16_NEXT(d, i, n, x);
			if (u_getCombiningClass(x) || u_charType(x) == U_NON_SPACING_MARK)
				continue;
			if (x >= 0x80 || ascii_rule((unsigned)x) < 'a' || len == sizeof s)
				goto by_name;
			s[len++] = (char)ascii_rule((unsigned)x);
		}
		if (len) {
			set_out(f, s, len);
			return;
		}
	}
by_name:;
	char name[128];
	err = U_ZERO_ERROR;
	u_charName((UChar32)c, U_UNICODE_CHAR_NAME, name, sizeof name, &err);
	const char *p = strstr(name, " LETTER ");
	if (U_SUCCESS(err) && !strncmp(name, "LATIN ", 6) && p && p[8] >= 'A' && p[8] <= 'Z' &&
	    (p[9] == '\0' || p[9] == ' ')) {
		char x = (char)(p[8] | 0x20);
		set_out(f, &x, 1);
		return;
	}
	UChar32 low = u_tolower((UChar32)c);
	if ((uint32_t)low != c)
		classify((uint32_t)low, f);
	else
		set_cp(f, c);
}

/* The fold of one character by the rules of norm.h, except the presentation
 * and width forms (compat below). Never writes more than 4 bytes. */
static void classify(uint32_t c, struct fold *f)
{
	if (c < 0x80) {
		int a = ascii_rule(c);
		if (a == A_SEP || a == A_DROP)
			set_kind(f, a == A_SEP ? F_SEP : F_DROP);
		else
			set_cp(f, (uint32_t)a);
		return;
	}
	if (is_dropped(c)) {
		set_kind(f, F_DROP);
		return;
	}
	uint32_t a = arabic_fold(c);
	if (a) {
		set_cp(f, a);
		return;
	}
	if (latin_range(c)) {
		latin(c, f);
		return;
	}
	switch (u_charType((UChar32)c)) {
	case U_UPPERCASE_LETTER:
	case U_TITLECASE_LETTER: {
		UChar32 low = u_tolower((UChar32)c);
		/* a lower case in a range with rules of its own (K Kelvin, Å Angstrom)
		 * folds by them, so that folding twice changes nothing */
		if ((uint32_t)low != c && (low < 0xFB00 || low > 0xFFFF)) {
			classify((uint32_t)low, f);
			return;
		}
		set_cp(f, c);
		return;
	}
	case U_LOWERCASE_LETTER:
	case U_MODIFIER_LETTER:
	case U_OTHER_LETTER:
	case U_DECIMAL_DIGIT_NUMBER:
	/* the vowel signs and points of other scripts belong to their letters */
	case U_NON_SPACING_MARK:
	case U_COMBINING_SPACING_MARK:
		set_cp(f, c);
		return;
	case U_FORMAT_CHAR: /* invisible */
		set_kind(f, F_DROP);
		return;
	default:
		set_kind(f, F_SEP);
	}
}

/* Presentation and width forms fold as their NFKC form does (ﻻ -> لا,
 * ﬁ -> fi, Ａ -> a); the spacing forms of harakat (a space and a haraka)
 * vanish like harakat. */
static void compat(uint32_t c, struct fold *f)
{
	UChar src[2], dst[64];
	UErrorCode err = U_ZERO_ERROR;
	src[0] = (UChar)c;
	int32_t n = is_dropped(c) || !nfkc ? -1 : unorm2_normalize(nfkc, src, 1, dst, 64, &err);
	if (U_FAILURE(err) || n < 0 || (n == 1 && dst[0] == src[0])) {
		classify(c, f);
		return;
	}
	struct buf s = BUF_INIT;
	int sep = 0, space = 0;
	int32_t i = 0;
	while (i < n) {
		UChar32 x;
		U16_NEXT(dst, i, n, x);
		struct fold g;
		classify((uint32_t)x, &g);
		if (g.kind == F_OUT) {
			if (space && s.len)
				buf_addc(&s, ' ');
			space = 0;
			buf_add(&s, g.s, g.len);
		} else if (g.kind == F_SEP) {
			space = 1;
			sep |= x != ' ';
		}
	}
	if (!s.len) {
		set_kind(f, sep ? F_SEP : F_DROP);
	} else if (s.len <= sizeof f->s) {
		set_out(f, s.data, s.len);
	} else {
		if (pool.len + s.len > UINT16_MAX || s.len > UINT8_MAX) {
			fprintf(stderr, "civcas: norm.c: the fold of U+%04X does not fit\n", (unsigned)c);
			abort();
		}
		set_kind(f, F_OUT);
		f->len = (uint8_t)s.len;
		f->pool_at = (uint16_t)pool.len;
		buf_add(&pool, s.data, s.len);
	}
	buf_release(&s);
}

static void build_tables(void)
{
	UErrorCode err = U_ZERO_ERROR;
	nfkd = unorm2_getNFKDInstance(&err);
	if (U_FAILURE(err))
		nfkd = NULL;
	err = U_ZERO_ERROR;
	nfkc = unorm2_getNFKCInstance(&err);
	if (U_FAILURE(err))
		nfkc = NULL;
	for (unsigned c = 0; c < 256; c++)
		ascii[c] = (unsigned char)ascii_rule(c);
	for (uint32_t c = 0x80; c < 0x800; c++)
		classify(c, &t2[c - 0x80]);
	for (uint32_t c = 0; c < 0x100; c++)
		classify(0x1E00 + c, &t1e[c]);
	for (uint32_t c = 0; c < 0x70; c++)
		classify(0x2000 + c, &t20[c]);
	for (uint32_t c = 0xFB00; c <= 0xFFFF; c++)
		compat(c, &tfb[c - 0xFB00]);
}

static inline void tables(void)
{
	pthread_once(&tables_once, build_tables);
}

static inline const struct fold *lookup(uint32_t c, struct fold *tmp)
{
	if (c < 0x800)
		return &t2[c - 0x80];
	if (c - 0x1E00 < 0x100)
		return &t1e[c - 0x1E00];
	if (c - 0x2000 < 0x70)
		return &t20[c - 0x2000];
	if (c - 0xFB00 < 0x500)
		return &tfb[c - 0xFB00];
	classify(c, tmp);
	return tmp;
}

/* Length of the well-formed multi-byte sequence at s (n > 0 bytes left),
 * with its code point in *cp; 0 when it is ill-formed (Unicode table 3-7). */
static inline size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	int k = utf8_decode((const char *)s, n, cp);
	return k == 1 && *cp == 0xFFFD ? 0 : (size_t)k;
}

static void offsets_reserve(struct gaz_offsets *m, size_t more)
{
	if (m->cap - m->len >= more)
		return;
	size_t cap = m->cap ? m->cap * 2 : 256;
	if (cap < m->len + more)
		cap = m->len + more;
	m->at = xrealloc(m->at, cap * sizeof *m->at);
	m->cap = cap;
}

void gaz_offsets_release(struct gaz_offsets *m)
{
	if (!m)
		return;
	free(m->at);
	m->at = NULL;
	m->len = m->cap = 0;
}

#define NO_SEP SIZE_MAX

/* The fold loop, compiled twice: with and without offsets. Room for every
 * byte is asked for up front: a character never folds to more bytes than it
 * has (the space that ends a run of separators takes the place of the run),
 * except a few presentation forms, which ask for more on the way. */
static inline __attribute__((always_inline)) void fold_run(const unsigned char *s, size_t n, struct buf *out,
							    struct gaz_offsets *map, const int with_map)
{
	size_t start = out->len;
	buf_grow(out, n + SLACK);
	if (with_map)
		offsets_reserve(map, n + SLACK);
	char *o = out->data + out->len;
	uint32_t *m = with_map ? map->at + map->len : NULL;
	size_t sep = NO_SEP, i = 0;

	while (i < n) {
		unsigned a = ascii[s[i]];
		if (a >= '0') {
			if (sep != NO_SEP) {
				*o++ = ' ';
				if (with_map)
					*m++ = (uint32_t)sep;
				sep = NO_SEP;
			}
			*o++ = (char)a;
			if (with_map)
				*m++ = (uint32_t)i;
			i++;
			continue;
		}
		size_t len = 1;
		int kind = a == A_DROP ? F_DROP : F_SEP;
		const struct fold *f = NULL;
		struct fold tmp;
		if (s[i] >= 0xC2 && s[i] < 0xE0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			/* well-formed two bytes (Arabic, accented Latin): straight to
			 * the table */
			len = 2;
			f = &t2[((uint32_t)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F)) - 0x80];
			kind = f->kind;
		} else if (a == A_MULTI) {
			uint32_t cp;
			len = decode(s + i, n - i, &cp);
			if (!len) {
				len = 1; /* an invalid byte is a separator */
			} else {
				f = lookup(cp, &tmp);
				kind = f->kind;
			}
		}
		if (kind == F_SEP) {
			if (sep == NO_SEP && o != out->data + start)
				sep = i;
		} else if (kind == F_OUT) {
			if (f->len > len) {
				out->len = (size_t)(o - out->data);
				buf_grow(out, n - i + f->len + SLACK);
				o = out->data + out->len;
				if (with_map) {
					map->len = (size_t)(m - map->at);
					offsets_reserve(map, n - i + f->len + SLACK);
					m = map->at + map->len;
				}
			}
			if (sep != NO_SEP) {
				*o++ = ' ';
				if (with_map)
					*m++ = (uint32_t)sep;
				sep = NO_SEP;
			}
			if (f->len <= sizeof f->s) {
				memcpy(o, f->s, sizeof f->s);
				if (with_map)
					m[0] = m[1] = m[2] = m[3] = (uint32_t)i;
			} else {
				memcpy(o, pool.data + f->pool_at, f->len);
				if (with_map)
					for (size_t k = 0; k < f->len; k++)
						m[k] = (uint32_t)i;
			}
			o += f->len;
			if (with_map)
				m += f->len;
		}
		i += len;
	}
	out->len = (size_t)(o - out->data);
	out->data[out->len] = '\0';
	if (with_map)
		map->len = (size_t)(m - map->at);
}

void gaz_fold(const char *s, size_t n, struct buf *out, struct gaz_offsets *map)
{
	if (!n)
		return;
	tables();
	if (map) {
		/* offsets are 32 bits wide: documents are capped far below 4 GiB */
		if (n > UINT32_MAX)
			n = UINT32_MAX;
		fold_run((const unsigned char *)s, n, out, map, 1);
	} else {
		fold_run((const unsigned char *)s, n, out, NULL, 0);
	}
}

int gaz_is_arabic(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (u[i] < 0xD8) { /* below U+0600 */
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = decode(u + i, n - i, &cp);
		if (!len) {
			i++;
			continue;
		}
		/* U+FE70..U+FE7F are harakat in spacing forms, though ICU calls them letters */
		if (cp >= 0x0600 && (cp < 0xFE70 || cp > 0xFE7F) && u_charType((UChar32)cp) == U_OTHER_LETTER) {
			UErrorCode err = U_ZERO_ERROR;
			if (uscript_getScript((UChar32)cp, &err) == USCRIPT_ARABIC && U_SUCCESS(err))
				return 1;
		}
		i += len;
	}
	return 0;
}

/* ---- keys ---- */

/* Consonant class of a folded Latin letter; 0 for a vowel. */
static const char latin_class[26] = {
	0, 'b', 'k', 'd', 0, 'f', 'k', 'h', 0, 'j', 'k', 'l', 'm',
	'n', 0, 'b', 'k', 'r', 's', 't', 0, 'f', 0, 'x', 0, 'z',
};

/* Consonant class of a folded Arabic-script letter; 0 for a long vowel, ʿayn
 * or a letter without one. */
static char arabic_class(uint32_t c)
{
	switch (c) {
	case 0x0628: case 0x067E: return 'b';                /* ب پ */
	case 0x062A: case 0x0637: case 0x062B: return 't';   /* ت ط ث */
	case 0x062C: return 'j';                             /* ج */
	case 0x062D: case 0x0647: return 'h';                /* ح ه */
	case 0x062E: return 'x';                             /* خ */
	case 0x062F: case 0x0636: case 0x0630: return 'd';   /* د ض ذ */
	case 0x0632: case 0x0638: case 0x0698: return 'z';   /* ز ظ ژ */
	case 0x0631: return 'r';                             /* ر */
	case 0x0635: case 0x0633: return 's';                /* ص س */
	case 0x0634: case 0x0686: return 'c';                /* ش چ */
	case 0x063A: return 'g';                             /* غ */
	case 0x0641: case 0x06A4: return 'f';                /* ف ڤ */
	case 0x0642: case 0x0643: case 0x06AF: case 0x06A8: return 'k'; /* ق ك گ ڨ */
	case 0x0644: return 'l';                             /* ل */
	case 0x0645: return 'm';                             /* م */
	case 0x0646: return 'n';                             /* ن */
	}
	return 0;
}

struct key {
	char *out;
	size_t cap, len;
	char last;
};

static void key_put(struct key *k, char c)
{
	/* doubled letters collapse, across words too: "Tall Lahm" = "Tallahm" */
	if (c == k->last && c >= 'a')
		return;
	if (k->len + 1 < k->cap)
		k->out[k->len] = c;
	k->len++;
	k->last = c;
}

static int is_article(const char *w, size_t n)
{
	static const char articles[] = " al el il ul ad ar as at az an ash adh ath ed er es et ez en ";
	char t[6];
	if (n < 2 || n > 3)
		return 0;
	t[0] = ' ';
	memcpy(t + 1, w, n);
	t[n + 1] = ' ';
	t[n + 2] = '\0';
	return strstr(articles, t) != NULL;
}

/* One folded word of a name into k; more: another word follows it. */
static void key_word(struct key *k, const char *w, size_t n, int more)
{
	if (more && is_article(w, n))
		return;
	if (n > 4 && !memcmp(w, "\xD8\xA7\xD9\x84", 4)) { /* ال */
		size_t letters = 0;
		for (size_t i = 0; i < n; i++)
			letters += ((unsigned char)w[i] & 0xC0) != 0x80;
		if (letters > 3) {
			w += 4;
			n -= 4;
		}
	}
	/* an h is held back until a letter follows it: a final h goes */
	int held = 0; /* 1: h or ح, 2: ه (or ة) */
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)w[i];
		char cls = 0;
		int heh = 0;
		size_t step = 1;
		if (c >= 'a' && c <= 'z') {
			char next = i + 1 < n ? w[i + 1] : 0;
			cls = latin_class[c - 'a'];
			if (next == 'h' && (c == 'k' || c == 's' || c == 'c' || c == 'g' || c == 't' || c == 'd')) {
				/* kh sh ch gh th dh */
				cls = c == 'k' ? 'x' : c == 's' || c == 'c' ? 'c' : c == 'g' ? 'g' : (char)c;
				step = 2;
			} else if (c == 'd' && next == 'j') {
				cls = 'j';
				step = 2;
			} else if (c == 'o' && next == 'u') {
				step = 2;
			}
		} else if (c >= '0' && c <= '9') {
			cls = (char)c;
		} else if (c >= 0x80) {
			uint32_t cp;
			step = (size_t)utf8_decode(w + i, n - i, &cp);
			cls = arabic_class(cp);
			heh = cp == 0x0647;
		}
		if (held)
			key_put(k, 'h');
		held = 0;
		if (cls == 'h')
			held = heh ? 2 : 1;
		else if (cls)
			key_put(k, cls);
		i += step;
	}
	/* ta marbuta before another word is read "t": معرة النعمان, Maarrat al-Numan */
	if (held == 2 && more)
		key_put(k, 't');
}

size_t gaz_key(const char *name, size_t n, char *out, size_t cap)
{
	struct buf f = BUF_INIT;
	struct key k = { out, cap, 0, 0 };
	gaz_fold(name, n, &f, NULL);
	for (size_t i = 0; i < f.len;) {
		const char *sp = memchr(f.data + i, ' ', f.len - i);
		size_t j = sp ? (size_t)(sp - f.data) : f.len;
		key_word(&k, f.data + i, j - i, j < f.len);
		i = j + 1;
	}
	buf_release(&f);
	if (cap)
		out[k.len < cap ? k.len : cap - 1] = '\0';
	return k.len;
}
