/* norm.c - the folded form of names and text (gaz_fold, see norm.h); the
 * cross-script key is in key.c. gaz_fold reads every document, so it runs on
 * tables: one for every character up to two bytes (ASCII, Latin, Greek,
 * Cyrillic, Hebrew, Arabic) and three for the three-byte ranges with rules of
 * their own (Latin Extended Additional, punctuation, presentation and width
 * forms). They are built once, with ICU, by classify(); characters outside
 * them go through it at run time. Sixteen bytes of ASCII or of common Arabic
 * go at once, by vector instructions that build_tables checks against the
 * tables. */
#include "gazetteer/norm.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "base/xalloc.h"
#include "gazetteer/norm_impl.h"

enum { F_SEP, F_DROP, F_OUT };

/* What one character folds to: nothing (F_DROP), a word break (F_SEP), or
 * len bytes of UTF-8, in s or, when longer than s, at pool.data + pool_at. */
struct fold {
	uint8_t kind;
	uint8_t len;
	uint16_t pool_at;
	char s[4];
};

/* ascii_rule's values below '0': every letter or digit is its own output. */
enum { A_SEP, A_DROP, A_MULTI };

/* The fold of every character below U+0800 (ASCII and two bytes) in the form
 * fold_run's fast loop wants: len bytes of s to keep (0: dropped), or, when
 * sep, a separator (s is " ", kept when it starts a run); big when the fold
 * is longer than the character, which the fast loop leaves to the slow one. */
struct quick {
	char s[4];
	uint8_t len;
	uint8_t sep;
	uint8_t big;
	uint8_t pad;
};
static struct quick quick[0x800];
static int arabic_fast;   /* 1: arabic16's rules agree with the quick table */
static struct fold t2[0x800 - 0x80];      /* U+0080..U+07FF: every two-byte character */
static struct fold t1e[0x100];            /* U+1E00..U+1EFF */
static struct fold t20[0x70];             /* U+2000..U+206F */
static struct fold tfb[0x10000 - 0xFB00]; /* U+FB00..U+FFFF */
static struct buf pool = BUF_INIT;        /* outputs of more than 4 bytes (ﷺ, ligatures) */
static const UNormalizer2 *nfkd, *nfkc;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* Ask so much more room than the input's length that the fold loop may store
 * a whole struct fold's bytes (and offsets), or sixteen bytes and offsets and
 * move them down by one, past what it keeps, without looking. */
#define SLACK 32

static void set_out(struct fold *f, const char *s, size_t len)
{
	f->kind = F_OUT;
	f->len = (uint8_t)len;
	f->pool_at = 0;
	memset(f->s, 0, sizeof f->s);
	memcpy(f->s, s, len);
}

/* c must be a scalar value (no surrogate): it comes from norm_decode or ICU. */
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

/* Does quick[c] hold what arabic16 makes of c (when it takes c at all)? */
static int arabic_rule_ok(uint32_t c)
{
	const struct quick *q = &quick[c];
	if (c == 0x00AB || c == 0x00BB || c == 0x060C || c == 0x061B || c == 0x061F)
		return q->sep;
	if (c == 0x0621 || c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670)
		return !q->sep && !q->len;
	if (c >= 0x0660 && c <= 0x0669)
		return !q->sep && q->len == 1 && q->s[0] == (char)('0' + (c - 0x0660));
	if ((c >= 0x0622 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) {
		uint32_t to = c;
		if (c == 0x0622 || c == 0x0623 || c == 0x0625)
			to = 0x0627;
		else if (c == 0x0624)
			to = 0x0648;
		else if (c == 0x0626 || c == 0x0649)
			to = 0x064A;
		else if (c == 0x0629)
			to = 0x0647;
		char b[4] = { 0 };
		utf8_put(b, to);
		return !q->sep && q->len == 2 && !memcmp(q->s, b, 2);
	}
	return 1;   /* not taken */
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
	for (uint32_t c = 0x80; c < 0x800; c++)
		classify(c, &t2[c - 0x80]);
	for (uint32_t c = 0; c < 0x800; c++) {
		struct fold f;
		if (c < 0x80)
			classify(c, &f);
		else
			f = t2[c - 0x80];
		struct quick *q = &quick[c];
		memset(q, 0, sizeof *q);
		if (f.kind == F_OUT) {
			memcpy(q->s, f.s, sizeof q->s);
			q->len = f.len;
			q->big = f.len > (c < 0x80 ? 1 : 2);
		} else if (f.kind == F_SEP) {
			q->s[0] = ' ';
			q->len = 1;
			q->sep = 1;
		}
	}
	/* arabic16's rules, checked character by character against the table */
	arabic_fast = 1;
	for (uint32_t c = 0x0600; c < 0x0680; c++)
		if (!arabic_rule_ok(c))
			arabic_fast = 0;
	if (!arabic_rule_ok(0x00AB) || !arabic_rule_ok(0x00BB))
		arabic_fast = 0;
	for (uint32_t c = 0; c < 0x100; c++)
		classify(0x1E00 + c, &t1e[c]);
	for (uint32_t c = 0; c < 0x70; c++)
		classify(0x2000 + c, &t20[c]);
	for (uint32_t c = 0xFB00; c <= 0xFFFF; c++)
		compat(c, &tfb[c - 0xFB00]);
}

static inline void tables(void)
{
	static int ready;   /* set once build_tables has run: saves the call */
	if (__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
		return;
	pthread_once(&tables_once, build_tables);
	__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
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

/* One character's fold at input offset at: its bytes and their offsets
 * (all at), or a space for the first of a run of separators. The stores are
 * 4 bytes and 4 offsets whatever the length: fold_run keeps room for them. */
static inline __attribute__((always_inline)) void put_fold(const struct fold *f, uint32_t at, char **o,
							   uint32_t **m, int *sp, const int with_map)
{
	if (f->kind == F_OUT) {
		if (f->len <= sizeof f->s) {
			memcpy(*o, f->s, sizeof f->s);
			if (with_map)
				(*m)[0] = (*m)[1] = (*m)[2] = (*m)[3] = at;
		} else {
			memcpy(*o, pool.data + f->pool_at, f->len);
			if (with_map)
				for (size_t k = 0; k < f->len; k++)
					(*m)[k] = at;
		}
		*o += f->len;
		if (with_map)
			*m += f->len;
		*sp = 0;
	} else if (f->kind == F_SEP && !*sp) {
		*(*o)++ = ' ';
		if (with_map)
			*(*m)++ = at;
		*sp = 1;
	}
}

/* The same for a character below U+0800, without branches. */
static inline __attribute__((always_inline)) void put_quick(const struct quick *q, uint32_t at, char **o,
							    uint32_t **m, int *sp, const int with_map)
{
	unsigned sep = q->sep, len = q->len;
	unsigned adv = len & ~(sep & (unsigned)*sp);
	memcpy(*o, q->s, sizeof q->s);
	if (with_map) {
#ifdef __SSE2__
		_mm_storeu_si128((__m128i *)*m, _mm_set1_epi32((int)at));
#else
		(*m)[0] = (*m)[1] = (*m)[2] = (*m)[3] = at;
#endif
	}
	*o += adv;
	if (with_map)
		*m += adv;
	*sp = (int)(sep | ((unsigned)*sp & (len == 0)));
}

#ifdef __SSE2__
/* x with its bytes >= lo and <= hi (unsigned) set to all ones. */
static inline __attribute__((always_inline)) __m128i in_range(__m128i x, unsigned char lo, unsigned char hi)
{
	__m128i t = _mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - lo)));
	return _mm_cmplt_epi8(t, _mm_set1_epi8((char)(-128 + (hi - lo + 1))));
}

static inline __attribute__((always_inline)) __m128i eq(__m128i x, unsigned char c)
{
	return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c));
}

static inline __attribute__((always_inline)) __m128i blend(__m128i a, __m128i b, __m128i mask)
{
	return _mm_or_si128(_mm_andnot_si128(mask, a), _mm_and_si128(mask, b));
}

/* Sixteen bytes of text, lane by lane (bit j of a mask for byte j). */
struct block {
	__m128i y;        /* the folded bytes, where kept */
	unsigned word;    /* bytes of letters and digits: kept */
	unsigned sep;     /* separators: kept when the first of their run */
	unsigned drop;    /* bytes that give nothing and leave runs of separators
	                     alone (apostrophes, harakat; the second byte of a
	                     separator and the first of an Arabic digit) */
	unsigned cont;    /* second bytes: their offset is their first byte's */
	__m128i second;   /* the same, a byte of ones per lane */
	unsigned lanes;   /* 16, or 15 when the last byte leads a character
	                     that the next block ends */
};

/* The non-ASCII bytes hi of x into b, when they are all two-byte characters
 * of a few kinds: the Arabic letters U+0622..U+063A, U+0641..U+064A (some
 * replaced by the letter they fold to), the dropped U+0621, U+0640,
 * U+064B..U+065F, U+0670, the digits U+0660..U+0669 and the separators
 * ، ؛ ؟ « »; else 0. build_tables checks these rules against the quick
 * table (arabic_fast). */
static inline __attribute__((always_inline)) int arabic16(__m128i x, unsigned hi, struct block *b)
{
	__m128i d8 = eq(x, 0xD8), d9 = eq(x, 0xD9), c2 = eq(x, 0xC2);
	unsigned lead = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(d8, d9), c2));
	if (lead & 0x8000) {
		b->lanes = 15;
		lead &= 0x7FFF;
		hi &= 0x7FFF;
	}
	/* the second bytes, by what their first is */
	__m128i p8 = _mm_slli_si128(d8, 1), p9 = _mm_slli_si128(d9, 1), pc2 = _mm_slli_si128(c2, 1);
	__m128i letter = _mm_or_si128(_mm_and_si128(p8, in_range(x, 0xA2, 0xBA)),
				      _mm_and_si128(p9, in_range(x, 0x81, 0x8A)));
	__m128i digit = _mm_and_si128(p9, in_range(x, 0xA0, 0xA9));
	__m128i gone = _mm_or_si128(_mm_and_si128(p8, eq(x, 0xA1)),
				    _mm_and_si128(p9, _mm_or_si128(_mm_or_si128(eq(x, 0x80), eq(x, 0xB0)),
								   in_range(x, 0x8B, 0x9F))));
	__m128i sep = _mm_or_si128(
		_mm_and_si128(p8, _mm_or_si128(_mm_or_si128(eq(x, 0x8C), eq(x, 0x9B)), eq(x, 0x9F))),
		_mm_and_si128(pc2, _mm_or_si128(eq(x, 0xAB), eq(x, 0xBB))));
	unsigned l = (unsigned)_mm_movemask_epi8(letter), g = (unsigned)_mm_movemask_epi8(digit);
	unsigned x2 = (unsigned)_mm_movemask_epi8(gone), sp2 = (unsigned)_mm_movemask_epi8(sep);
	unsigned second = l | g | x2 | sp2;
	if (!arabic_fast || second != ((lead << 1) & 0xFFFF) || hi != (lead | second))
		return 0;
	/* آ أ إ -> ا; ؤ -> و; ئ ى -> ي; ة -> ه */
	__m128i alef = _mm_and_si128(p8, _mm_or_si128(_mm_or_si128(eq(x, 0xA2), eq(x, 0xA3)), eq(x, 0xA5)));
	__m128i waw = _mm_and_si128(p8, eq(x, 0xA4));
	__m128i yeh8 = _mm_and_si128(p8, eq(x, 0xA6));
	__m128i heh = _mm_and_si128(p8, eq(x, 0xA9));
	__m128i yeh9 = _mm_and_si128(p9, eq(x, 0x89));
	__m128i t = blend(x, _mm_set1_epi8((char)0xA7), alef);
	t = blend(t, _mm_set1_epi8((char)0x88), waw);
	t = blend(t, _mm_set1_epi8((char)0x8A), _mm_or_si128(yeh8, yeh9));
	t = blend(t, _mm_set1_epi8((char)0x87), heh);
	/* ؤ ئ ة become letters led by D9 */
	t = blend(t, _mm_set1_epi8((char)0xD9), _mm_srli_si128(_mm_or_si128(_mm_or_si128(waw, yeh8), heh), 1));
	/* ٠..٩ -> 0..9, in the second byte; a separator: a space in the first */
	t = blend(t, _mm_sub_epi8(x, _mm_set1_epi8(0x70)), digit);
	t = blend(t, _mm_set1_epi8(' '), _mm_srli_si128(sep, 1));
	b->y = blend(b->y, t, _mm_cmplt_epi8(x, _mm_setzero_si128()));
	b->word |= l | l >> 1 | g;
	b->drop |= x2 | x2 >> 1 | g >> 1 | sp2;
	b->cont = second;
	b->second = _mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(gone, sep));
	return 1;
}

/* b for the sixteen bytes at s: 1 when they are ASCII or go by arabic16. */
static inline __attribute__((always_inline)) int block16(const unsigned char *s, struct block *b)
{
	__m128i x = _mm_loadu_si128((const __m128i *)s);
	unsigned hi = (unsigned)_mm_movemask_epi8(x);
	__m128i up = in_range(x, 'A', 'Z');
	__m128i an = _mm_or_si128(_mm_or_si128(up, in_range(x, 'a', 'z')), in_range(x, '0', '9'));
	__m128i low = _mm_or_si128(x, _mm_and_si128(up, _mm_set1_epi8(0x20)));
	b->y = blend(_mm_set1_epi8(' '), low, an);
	b->word = (unsigned)_mm_movemask_epi8(an);
	b->drop = (unsigned)_mm_movemask_epi8(_mm_or_si128(eq(x, '\''), eq(x, '`')));
	b->cont = 0;
	b->second = _mm_setzero_si128();
	b->lanes = 16;
	if (hi && !arabic16(x, hi, b))
		return 0;
	unsigned all = (1u << b->lanes) - 1;
	b->word &= all;
	b->drop &= all;
	b->sep = ~(b->word | b->drop) & all;
	return 1;
}

/* Of sixteen bytes holding some non-ASCII: bit j of *starts for byte j an
 * ASCII byte or the lead of a well-formed two-byte character; the result is
 * how many bytes from the first, up to the first byte that is neither nor
 * the second byte of such a character (a longer or an ill-formed sequence).
 * A two-byte character cut by the end of the block is not counted. */
static inline unsigned two_byte_prefix(__m128i x, unsigned *starts)
{
	unsigned ascii = ~(unsigned)_mm_movemask_epi8(x) & 0xFFFF;
	unsigned cont = (unsigned)_mm_movemask_epi8(
		_mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
	/* C2..DF */
	unsigned lead = (unsigned)_mm_movemask_epi8(
		_mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - 0xC2))), _mm_set1_epi8(-128 + 30)));
	unsigned whole = lead & (cont >> 1);   /* a lead and its second byte */
	unsigned good = ascii | whole | (whole << 1);
	unsigned bad = ~good & 0xFFFF;
	unsigned k = bad ? (unsigned)__builtin_ctz(bad) : 16;
	if (k == 16 && (lead & 0x8000))
		k = 15;   /* the last byte leads a character the next block ends */
	*starts = (ascii | whole) & ((1u << k) - 1);
	return k;
}
#endif

/* The fold loop, compiled twice: with and without offsets. Room for every
 * byte is asked for up front: a character never folds to more bytes than it
 * has (the space of a run of separators is written at its first separator),
 * except a few presentation forms, which ask for more on the way. Spaces go
 * out eagerly, at the first separator after a letter (sp: a separator now
 * adds nothing, as at the start or after a space), and the last one, if the
 * text ends in separators, is taken back at the end.
 *
 * Sixteen bytes at a time where block16 can: every byte at once, then what
 * is not kept taken out. Else the ASCII and two-byte characters of the block
 * by the quick table, a character at a time but without branches (these
 * alternate at every space in Arabic text). The rest the slow way. */
static inline __attribute__((always_inline)) void fold_run(const unsigned char *s, size_t n, struct buf *out,
							    struct gaz_offsets *map, const int with_map)
{
	size_t start = out->len;
	buf_grow(out, n + SLACK);
	if (with_map)
		offsets_reserve(map, n + SLACK);
	char *o = out->data + out->len;
	uint32_t *m = with_map ? map->at + map->len : NULL;
	int sp = 1;
	size_t i = 0;

	while (i < n) {
#ifdef __SSE2__
		/* 17: the quick table's loop reads the byte after the block */
		if (n - i >= 17) {
			struct block b;
			if (block16(s + i, &b)) {
				unsigned lanes = b.lanes, all = (1u << lanes) - 1;
				/* run: bit j+1 for byte j a separator or, through
				 * dropped bytes, after one; bit 0 is sp, which also
				 * reaches through the dropped bytes the block starts with
				 * (added last, so as not to wait for the block before) */
				unsigned run = b.sep << 1, through = b.drop << 1;
				run |= (run << 1) & through;
				through &= through << 1;
				run |= (run << 2) & through;
				through &= through << 2;
				run |= (run << 4) & through;
				through &= through << 4;
				run |= (run << 8) & through;
				through &= through << 8;
				run |= (run << 16) & through;
				unsigned first = (unsigned)__builtin_ctz(~b.drop);   /* <= lanes */
				run |= ((2u << first) - 1) & (0u - (unsigned)sp);
				unsigned keep = b.word | (b.sep & ~run);
				_mm_storeu_si128((__m128i *)o, b.y);
				if (with_map) {
					/* the second byte of a character comes from its first */
					__m128i c = b.second;
					__m128i c16 = _mm_unpacklo_epi8(c, c), c16h = _mm_unpackhi_epi8(c, c);
					__m128i at = _mm_add_epi32(_mm_set1_epi32((int)i), _mm_setr_epi32(0, 1, 2, 3));
					__m128i four = _mm_set1_epi32(4);
					_mm_storeu_si128((__m128i *)m, _mm_add_epi32(at, _mm_unpacklo_epi16(c16, c16)));
					at = _mm_add_epi32(at, four);
					_mm_storeu_si128((__m128i *)(m + 4), _mm_add_epi32(at, _mm_unpackhi_epi16(c16, c16)));
					at = _mm_add_epi32(at, four);
					_mm_storeu_si128((__m128i *)(m + 8), _mm_add_epi32(at, _mm_unpacklo_epi16(c16h, c16h)));
					at = _mm_add_epi32(at, four);
					_mm_storeu_si128((__m128i *)(m + 12), _mm_add_epi32(at, _mm_unpackhi_epi16(c16h, c16h)));
				}
				/* take out the second and later separators of each run,
				 * the last first, moving what follows down by one */
				unsigned gone = ~keep & all, w = lanes;
				for (unsigned d = gone; d; w--) {
					unsigned at = 31 - (unsigned)__builtin_clz(d);
					d ^= 1u << at;
					_mm_storeu_si128((__m128i *)(o + at), _mm_loadu_si128((const __m128i *)(o + at + 1)));
					if (with_map) {
						__m128i v0 = _mm_loadu_si128((const __m128i *)(m + at + 1));
						__m128i v1 = _mm_loadu_si128((const __m128i *)(m + at + 5));
						__m128i v2 = _mm_loadu_si128((const __m128i *)(m + at + 9));
						__m128i v3 = _mm_loadu_si128((const __m128i *)(m + at + 13));
						_mm_storeu_si128((__m128i *)(m + at), v0);
						_mm_storeu_si128((__m128i *)(m + at + 4), v1);
						_mm_storeu_si128((__m128i *)(m + at + 8), v2);
						_mm_storeu_si128((__m128i *)(m + at + 12), v3);
					}
				}
				o += w;
				if (with_map)
					m += w;
				sp = (int)((run >> lanes) & 1);
				i += lanes;
				continue;
			}
			unsigned starts;
			unsigned k = two_byte_prefix(_mm_loadu_si128((const __m128i *)(s + i)), &starts);
			while (starts) {
				unsigned j = (unsigned)__builtin_ctz(starts);
				unsigned c0 = s[i + j], c1 = s[i + j + 1];
				unsigned two = 0u - (c0 >> 7);   /* (no branch) */
				unsigned cp = (c0 & ~two) | (((c0 & 0x1F) << 6 | (c1 & 0x3F)) & two);
				const struct quick *q = &quick[cp];
				if (q->big) {
					k = j;   /* the slow loop does this one */
					break;
				}
				put_quick(q, (uint32_t)(i + j), &o, &m, &sp, with_map);
				starts &= starts - 1;
			}
			i += k;
			if (k >= 15)
				continue;
			/* else the character at i is one for the slow way */
		}
#endif
		/* one character, the slow way */
		size_t len;
		const struct fold *f;
		struct fold tmp;
		if (s[i] < 0x80) {
			put_quick(&quick[s[i]], (uint32_t)i, &o, &m, &sp, with_map);
			i++;
			continue;
		}
		if (s[i] >= 0xC2 && s[i] < 0xE0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			len = 2;
			f = &t2[((uint32_t)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F)) - 0x80];
		} else {
			uint32_t cp;
			len = norm_decode(s + i, n - i, &cp);
			if (!len) {
				/* an invalid byte is a separator */
				len = 1;
				set_kind(&tmp, F_SEP);
				f = &tmp;
			} else {
				f = lookup(cp, &tmp);
			}
		}
		if (f->kind == F_OUT && f->len > len) {
			out->len = (size_t)(o - out->data);
			buf_grow(out, n - i + f->len + SLACK);
			o = out->data + out->len;
			if (with_map) {
				map->len = (size_t)(m - map->at);
				offsets_reserve(map, n - i + f->len + SLACK);
				m = map->at + map->len;
			}
		}
		put_fold(f, (uint32_t)i, &o, &m, &sp, with_map);
		i += len;
	}
	if (sp && o != out->data + start) {
		/* the text ends in separators: no space at the end */
		o--;
		if (with_map)
			m--;
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
