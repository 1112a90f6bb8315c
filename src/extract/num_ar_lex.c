/* num_ar_lex.c - the words of Arabic number phrases: the table of number
 * and qualifier words in folded spelling (hamza and madda on alef, ة/ه,
 * ى/ي, tatweel and harakat do not matter), the gate that turns away most
 * Arabic words by their first letters, the clitics و ف ب ل read off the
 * first word, and the two helpers num.h offers the casualty grammar
 * (num_ar_dual, num_ar_ordinal). num_ar.c reads phrases from these words. */
#include "extract/num.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "extract/num_impl.h"

#define AR_WORD 40      /* bytes of a folded word: a longer one is no table word */
#define AR_RAW 160      /* bytes of a word with its marks (harakat, tatweel) */

/* Folded forms (see ar_fold_cp), sorted by strcmp (looked up by hash, ar_lookup). */
static const struct ar_word {
	char w[20];
	unsigned char kind;
	long v;
	unsigned char f;
} ar_words[] = {
	{"اثنا", T_AR_TEENHEAD, 2, 0},
	{"اثنان", T_AR_UNIT, 2, 0},
	{"اثنتا", T_AR_TEENHEAD, 2, 0},
	{"اثنتان", T_AR_UNIT, 2, 0},
	{"اثنتي", T_AR_TEENHEAD, 2, 0},
	{"اثنتين", T_AR_UNIT, 2, 0},
	{"اثني", T_AR_TEENHEAD, 2, 0},
	{"اثنين", T_AR_UNIT, 2, 0},
	{"احد", T_AR_TEENHEAD, 1, 0},
	{"احدي", T_AR_TEENHEAD, 1, 0},
	{"اربع", T_AR_UNIT, 4, AR_SHORT},
	{"اربعمئه", T_AR_HUNDREDS, 400, 0},
	{"اربعمائه", T_AR_HUNDREDS, 400, 0},
	{"اربعه", T_AR_UNIT, 4, 0},
	{"اربعون", T_AR_TENS, 40, 0},
	{"اربعين", T_AR_TENS, 40, 0},
	{"ازيد", T_AR_MORE, 0, 0},
	{"اقل", T_AR_LESS, 0, 0},
	{"اكثر", T_AR_MORE, 0, 0},
	{"الاربع", T_AR_DEFUNIT, 4, 0},
	{"الاربعه", T_AR_DEFUNIT, 4, 0},
	{"الاف", T_AR_THOUSANDS, 2000, 0},
	{"الاقل", T_AR_LEAST, 0, 0},
	{"الالاف", T_AR_PLURAL, 2000, 0},
	{"الالوف", T_AR_PLURAL, 2000, 0},
	{"التسعه", T_AR_DEFUNIT, 9, 0},
	{"الثلاث", T_AR_DEFUNIT, 3, 0},
	{"الثلاثه", T_AR_DEFUNIT, 3, 0},
	{"الثمانيه", T_AR_DEFUNIT, 8, 0},
	{"الخمسه", T_AR_DEFUNIT, 5, 0},
	{"السبعه", T_AR_DEFUNIT, 7, 0},
	{"السته", T_AR_DEFUNIT, 6, 0},
	{"العديد", T_AR_NUMBER, 0, 0},
	{"العشرات", T_AR_PLURAL, 24, 0},
	{"العشره", T_AR_DEFUNIT, 10, 0},
	{"الف", T_AR_THOUSAND, 1000, 0},
	{"الفا", T_AR_THOUSAND, 1000, 0},
	{"الفان", T_AR_THOUSAND2, 2000, 0},
	{"الفين", T_AR_THOUSAND2, 2000, 0},
	{"المئات", T_AR_PLURAL, 200, 0},
	{"الملايين", T_AR_PLURAL, 2000000, 0},
	{"الوف", T_AR_THOUSANDS, 2000, 0},
	{"الي", T_AR_TO, 0, 0},
	{"او", T_AR_OR, 0, 0},
	{"بضع", T_AR_SEVERAL, 1, 0},
	{"بضعه", T_AR_SEVERAL, 1, 0},
	{"بليون", T_AR_BIG, 0, 0},
	{"بين", T_AR_BETWEEN, 0, 0},
	{"تزيد", T_AR_EXCEED, 0, 0},
	{"تسع", T_AR_UNIT, 9, AR_SHORT},
	{"تسعمئه", T_AR_HUNDREDS, 900, 0},
	{"تسعمائه", T_AR_HUNDREDS, 900, 0},
	{"تسعه", T_AR_UNIT, 9, 0},
	{"تسعون", T_AR_TENS, 90, 0},
	{"تسعين", T_AR_TENS, 90, 0},
	{"تقريبا", T_AR_APPROX, 0, AR_AFTER},
	{"تقل", T_AR_BELOW, 0, 0},
	{"ثلاث", T_AR_UNIT, 3, AR_SHORT},
	{"ثلاثمئه", T_AR_HUNDREDS, 300, 0},
	{"ثلاثمائه", T_AR_HUNDREDS, 300, 0},
	{"ثلاثه", T_AR_UNIT, 3, 0},
	{"ثلاثون", T_AR_TENS, 30, 0},
	{"ثلاثين", T_AR_TENS, 30, 0},
	{"ثمان", T_AR_UNIT, 8, AR_SHORT},
	{"ثمانمئه", T_AR_HUNDREDS, 800, 0},
	{"ثمانمائه", T_AR_HUNDREDS, 800, 0},
	{"ثمانون", T_AR_TENS, 80, 0},
	{"ثماني", T_AR_UNIT, 8, AR_SHORT},
	{"ثمانيمئه", T_AR_HUNDREDS, 800, 0},
	{"ثمانيمائه", T_AR_HUNDREDS, 800, 0},
	{"ثمانين", T_AR_TENS, 80, 0},
	{"ثمانيه", T_AR_UNIT, 8, 0},
	{"ثنتان", T_AR_UNIT, 2, 0},
	{"ثنتين", T_AR_UNIT, 2, 0},
	{"حتي", T_AR_UNTIL, 0, 0},
	{"حوالي", T_AR_APPROX, 0, 0},
	{"خمس", T_AR_UNIT, 5, AR_SHORT},
	{"خمسمئه", T_AR_HUNDREDS, 500, 0},
	{"خمسمائه", T_AR_HUNDREDS, 500, 0},
	{"خمسه", T_AR_UNIT, 5, 0},
	{"خمسون", T_AR_TENS, 50, 0},
	{"خمسين", T_AR_TENS, 50, 0},
	{"زهاء", T_AR_APPROX, 0, 0},
	{"سبع", T_AR_UNIT, 7, AR_SHORT},
	{"سبعمئه", T_AR_HUNDREDS, 700, 0},
	{"سبعمائه", T_AR_HUNDREDS, 700, 0},
	{"سبعه", T_AR_UNIT, 7, 0},
	{"سبعون", T_AR_TENS, 70, 0},
	{"سبعين", T_AR_TENS, 70, 0},
	{"ست", T_AR_UNIT, 6, AR_SHORT},
	{"ستمئه", T_AR_HUNDREDS, 600, 0},
	{"ستمائه", T_AR_HUNDREDS, 600, 0},
	{"سته", T_AR_UNIT, 6, 0},
	{"ستون", T_AR_TENS, 60, 0},
	{"ستين", T_AR_TENS, 60, 0},
	{"عدد", T_AR_NUMBER, 0, 0},
	{"عده", T_AR_SEVERAL, 0, AR_TA},
	{"عشر", T_AR_UNIT, 10, AR_SHORT},
	{"عشرات", T_AR_PLURAL, 24, 0},
	{"عشره", T_AR_UNIT, 10, 0},
	{"عشرون", T_AR_TENS, 20, 0},
	{"عشرين", T_AR_TENS, 20, 0},
	{"علي", T_AR_ON, 1, 0},
	{"عن", T_AR_ON, 2, 0},
	{"قرابه", T_AR_APPROX, 0, 0},
	{"لا", T_AR_NOT, 0, 0},
	{"مئات", T_AR_PLURAL, 200, 0},
	{"مئتا", T_AR_HUNDREDS, 200, 0},
	{"مئتان", T_AR_HUNDREDS, 200, 0},
	{"مئتي", T_AR_HUNDREDS, 200, 0},
	{"مئتين", T_AR_HUNDREDS, 200, 0},
	{"مئه", T_AR_HUNDRED, 100, 0},
	{"ما", T_AR_MA, 0, 0},
	{"مائتا", T_AR_HUNDREDS, 200, 0},
	{"مائتان", T_AR_HUNDREDS, 200, 0},
	{"مائتي", T_AR_HUNDREDS, 200, 0},
	{"مائتين", T_AR_HUNDREDS, 200, 0},
	{"مائه", T_AR_HUNDRED, 100, 0},
	{"ملايين", T_AR_MILLIONS, 2000000, 0},
	{"مليار", T_AR_BIG, 0, 0},
	{"مليارا", T_AR_BIG, 0, 0},
	{"مليارات", T_AR_BIG, 0, 0},
	{"ملياران", T_AR_BIG, 0, 0},
	{"مليارين", T_AR_BIG, 0, 0},
	{"مليون", T_AR_MILLION, 1000000, 0},
	{"مليونا", T_AR_MILLION, 1000000, 0},
	{"مليونان", T_AR_MILLION2, 2000000, 0},
	{"مليونين", T_AR_MILLION2, 2000000, 0},
	{"من", T_AR_FROM, 0, 0},
	{"نحو", T_AR_APPROX, 0, 0},
	{"نصف", T_AR_HALF, 0, 0},
	{"و", T_AR_AND, 0, 0},
	{"واحد", T_AR_UNIT, 1, 0},
	{"واحده", T_AR_UNIT, 1, 0},
	{"يربو", T_AR_EXCEED, 0, 0},
	{"يزيد", T_AR_EXCEED, 0, 0},
	{"يصل", T_AR_REACH, 0, 0},
	{"يقارب", T_AR_NEAR, 0, 0},
	{"يقرب", T_AR_NEARLY, 0, 0},
	{"يقل", T_AR_BELOW, 0, 0},
	{"يناهز", T_AR_NEAR, 0, 0},
};

/* The code point of the two-byte Arabic sequence at s[i], or 0. */
static unsigned ar_cp(const struct num_rd *r, size_t i)
{
	if (i + 1 >= r->n)
		return 0;
	unsigned c = r->s[i], d = r->s[i + 1];
	if ((c != 0xD8 && c != 0xD9) || (d & 0xC0) != 0x80)
		return 0;
	return ((c & 0x1F) << 6) | (d & 0x3F);
}

static int ar_letter(unsigned cp)
{
	return (cp >= 0x621 && cp <= 0x63A) || (cp >= 0x641 && cp <= 0x64A) || cp == 0x671;
}

/* Tatweel, harakat and the dagger alef: written or not, the word is the same. */
static int ar_mark(unsigned cp)
{
	return cp == 0x640 || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670;
}

/* The spellings writers mix: alef with hamza or madda or wasla as bare
 * alef, ta marbuta as ha, alef maqsura as ya. */
static unsigned ar_fold_cp(unsigned cp)
{
	unsigned k = cp - 0x622;     /* آ أ ؤ إ ئ ا ب ة */
	if (k < 8)
		return (0x0Bu >> k) & 1 ? 0x627 : k == 7 ? 0x647 : cp;
	return cp == 0x649 ? 0x64A : cp == 0x671 ? 0x627 : cp;
}

static size_t ar_skip_marks(const struct num_rd *r, size_t i)
{
	size_t start = i;
	while (ar_mark(ar_cp(r, i)) && i - start < AR_RAW)
		i += 2;
	return i;
}

/* The word at s[at] folded into w (NUL-terminated), alef first when asked
 * ("لل" + word is ل + ال + word). 0 when s[at] is no Arabic letter, the word
 * is too long for the table, or it runs on into a letter or digit of
 * another kind. */
static int ar_fold(const struct num_rd *r, size_t at, int alef, char *w, size_t *end, int *ta)
{
	size_t i = at, len = 0;
	unsigned cp = ar_cp(r, i);
	*ta = 0;
	if (!ar_letter(cp))
		return 0;
	if (alef) {
		w[len++] = (char)0xD8;
		w[len++] = (char)0xA7;
	}
	while ((cp = ar_cp(r, i)) != 0) {
		if (ar_letter(cp)) {
			if (len + 2 >= AR_WORD)
				return 0;
			*ta = cp == 0x629;
			cp = ar_fold_cp(cp);
			w[len++] = (char)(0xC0 | (cp >> 6));
			w[len++] = (char)(0x80 | (cp & 0x3F));
		} else if (!ar_mark(cp)) {
			break;
		}
		if ((i += 2) - at > AR_RAW)
			return 0;
	}
	if (num_glued(r, i))
		return 0;
	w[len] = 0;
	*end = i;
	return 1;
}

/* The gate: num_read is tried at every word, and few Arabic words are
 * number words, while many start like one ("ال...", "م..."). Bit k of
 * gate[i][j] is set when a table word starts with the letters i, j, k
 * (ar_index; AR_END for a word that has no more letters); pre4 then
 * checks the fourth letter (gate4). Built once from the table. A gate
 * only turns words away: whatever passes is read in full (ar_fold,
 * ar_lookup), so it can never make a word read that is not one. */
#define AR_LETTERS 36
#define AR_END AR_LETTERS
static uint64_t gate[AR_LETTERS][AR_LETTERS + 1];
/* For gate_next, by the bytes of U+0600..U+067F (0xD8 or 0xD9, then the
 * second byte less 0x80): ar_index of the folded letter + 1, 0 for no
 * letter; 1 for a mark after 0xD9. */
static unsigned char gate_ix[2][64], gate_mark[64];
/* The fourth letter, for the three-letter starts that pass gate: bit d of
 * .next when a table word starts with the letters of .key (ar_key3) and
 * then d (AR_END: no fourth letter). Most words that pass the three
 * letters, "ال" + one letter above all ("التي", "المدينة"), stop here. */
#define PRE_SLOTS 512
static struct { uint32_t key; uint64_t next; } pre4[PRE_SLOTS];

static inline uint32_t ar_key3(int a, int b, int c)
{
	return (uint32_t)((a * (AR_END + 1) + b) * (AR_END + 1) + c) + 1;   /* 0: an empty slot */
}

static inline unsigned pre_slot(uint32_t key)
{
	return (key * 2654435761u) >> 23;   /* 9 bits: PRE_SLOTS */
}
static pthread_once_t gate_once = PTHREAD_ONCE_INIT;

/* 0..35 for a folded letter: U+0621..U+063A, then U+0641..U+064A. */
static int ar_index(unsigned cp)
{
	return cp <= 0x63A ? (int)(cp - 0x621) : (int)(cp - 0x641 + 26);
}

static int gate_letter(const char *w, size_t i)
{
	if (!w[i])
		return AR_END;
	return ar_index(((unsigned)(w[i] & 0x1F) << 6) | (unsigned)(w[i + 1] & 0x3F));
}

static void lookup_build(void);

static void gate_build(void)
{
	for (size_t k = 0; k < sizeof ar_words / sizeof ar_words[0]; k++) {
		const char *w = ar_words[k].w;
		assert(!k || strcmp(ar_words[k - 1].w, w) < 0);   /* sorted, and no word twice */
		int a = gate_letter(w, 0), b = gate_letter(w, 2);
		int c = b == AR_END ? AR_END : gate_letter(w, 4);
		int d = c == AR_END ? AR_END : gate_letter(w, 6);
		gate[a][b] |= 1ull << c;
		uint32_t key = ar_key3(a, b, c);
		unsigned i = pre_slot(key);
		while (pre4[i].key && pre4[i].key != key)
			i = (i + 1) % PRE_SLOTS;
		pre4[i].key = key;
		pre4[i].next |= 1ull << d;
	}
	for (unsigned c = 0; c < 2; c++)
		for (unsigned d = 0; d < 64; d++) {
			unsigned cp = 0x600 + (c << 6) + d;
			gate_ix[c][d] = ar_letter(cp) ? (unsigned char)(ar_index(ar_fold_cp(cp)) + 1) : 0;
			if (c == 1)
				gate_mark[d] = ar_mark(cp) != 0;
		}
	lookup_build();
}

/* The folded letter at s[*i] (then *i past it and its marks), or AR_END.
 * On the bytes: this runs at every Arabic word. */
static inline int gate_next(const struct num_rd *r, size_t *i)
{
	size_t j = *i;
	if (j + 1 >= r->n)
		return AR_END;
	unsigned c = r->s[j] - 0xD8u, d = r->s[j + 1] - 0x80u;
	int ix;
	if (c > 1 || d > 63 || !(ix = gate_ix[c][d]))
		return AR_END;
	j += 2;
	while (j + 1 < r->n && r->s[j] == 0xD9 && (d = r->s[j + 1] - 0x80u) < 64 && gate_mark[d] && j - *i < AR_RAW)
		j += 2;
	*i = j;
	return ix - 1;
}

/* Whether a table word may start with the folded letters a, b, c, d
 * (AR_END after the last). */
static inline int gate4(int a, int b, int c, int d)
{
	if (a == AR_END || !((gate[a][b] >> c) & 1))
		return 0;
	if (c == AR_END)
		return 1;
	uint32_t key = ar_key3(a, b, c);
	for (unsigned i = pre_slot(key); pre4[i].key; i = (i + 1) % PRE_SLOTS)
		if (pre4[i].key == key)
			return (pre4[i].next >> d) & 1;
	return 0;
}

/* Whether a table word may be the word at s[at], from its first letters. */
static int ar_gate(const struct num_rd *r, size_t at)
{
	pthread_once(&gate_once, gate_build);
	size_t i = at;
	int a = gate_next(r, &i);
	if (a == AR_END)
		return 0;
	int b = gate_next(r, &i);
	int c = b == AR_END ? AR_END : gate_next(r, &i);
	if (!((gate[a][b] >> c) & 1))
		return 0;
	int d = c == AR_END ? AR_END : gate_next(r, &i);
	return gate4(a, b, c, d);
}

/* The table by hash of the folded word, built with the gate: slot -> index
 * + 1 in ar_words, 0 empty, open addressing. One probe, most of the time,
 * where the binary search called strcmp eight times. */
#define AR_SLOTS 1024
static unsigned char ar_slot[AR_SLOTS];

static unsigned ar_hash(const char *w)
{
	unsigned h = 5381;
	for (; *w; w++)
		h = h * 33u + (unsigned char)*w;
	return h % AR_SLOTS;
}

static void lookup_build(void)
{
	_Static_assert(sizeof ar_words / sizeof ar_words[0] < 255, "ar_slot holds an index + 1 in a byte");
	for (size_t k = 0; k < sizeof ar_words / sizeof ar_words[0]; k++) {
		unsigned i = ar_hash(ar_words[k].w);
		while (ar_slot[i])
			i = (i + 1) % AR_SLOTS;
		ar_slot[i] = (unsigned char)(k + 1);
	}
}

static int ar_lookup(const char *w, struct num_ar_tok *t)
{
	pthread_once(&gate_once, gate_build);
	for (unsigned i = ar_hash(w); ar_slot[i]; i = (i + 1) % AR_SLOTS) {
		const struct ar_word *e = &ar_words[ar_slot[i] - 1];
		if (!strcmp(w, e->w)) {
			t->kind = e->kind;
			t->v = e->v;
			t->f = e->f;
			return 1;
		}
	}
	return 0;
}

/* The table word at s[at]. "وأحد" folds to "واحد" (one) but is و + أحد
 * (and one of): the hamza says so. "عدة" (several) only with its ة: "عده"
 * is "he counted it", "بعده" after him. */
int num_ar_lex(const struct num_rd *r, size_t at, int alef, struct num_ar_tok *t)
{
	char w[AR_WORD];
	size_t end;
	int ta;
	if ((!alef && !ar_gate(r, at)) || !ar_fold(r, at, alef, w, &end, &ta) || !ar_lookup(w, t))
		return 0;
	if ((t->f & AR_TA) && !ta)
		return 0;
	if (t->kind == T_AR_UNIT && t->v == 1 && ar_cp(r, at) == 0x648 &&
	    (ar_cp(r, at + 2) == 0x623 || ar_cp(r, at + 2) == 0x625))
		return 0;
	t->end = end;
	return 1;
}

/* The table word after a gap from end. */
int num_ar_next(const struct num_rd *r, size_t end, struct num_ar_tok *t)
{
	size_t q = num_skip_gap(r, end);
	return q != end && num_ar_lex(r, q, 0, t);
}

/* "الـ٣٠", "ال30", "الـ ٣٠": the article before digits ("the 30"). Where
 * the digits start, or 0. */
size_t num_ar_article_digits(const struct num_rd *r, size_t at)
{
	if (ar_cp(r, at) != 0x627 || ar_cp(r, at + 2) != 0x644)
		return 0;
	size_t i = at + 4;
	int tatweel = ar_cp(r, i) == 0x640;
	i = ar_skip_marks(r, i);
	if (num_is_digit(r, i))
		return i;
	if (tatweel) {
		size_t q = num_skip_gap(r, i);
		if (q != i && num_is_digit(r, q))
			return q;
	}
	return 0;
}

/* A conjunction "و" after end, attached to the next word ("وأربعون",
 * "و١٥") or standing alone ("و أربعون"): where the word after it starts,
 * or 0. */
size_t num_ar_conj(const struct num_rd *r, size_t end)
{
	size_t q = num_skip_gap(r, end);
	if (q == end || ar_cp(r, q) != 0x648)
		return 0;
	size_t p = ar_skip_marks(r, q + 2);
	if (num_glued(r, p))
		return p;
	size_t g = num_skip_gap(r, p);
	return g == p ? 0 : g;
}

/* The token at s[at]: digits (kind 0) or a table word. */
int num_ar_tok_at(const struct num_rd *r, size_t at, struct num_ar_tok *t)
{
	if (num_is_digit(r, at) || num_ar_article_digits(r, at)) {
		*t = (struct num_ar_tok){ .kind = 0 };
		return 1;
	}
	return num_ar_lex(r, at, 0, t);
}

/* The token at s[*at] after a clitic: digits, "الـ" + digits, or a table
 * word; *at moves past a space after a tatweel. */
static int ar_after_clitic(const struct num_rd *r, size_t *at, struct num_ar_tok *t)
{
	if (num_ar_tok_at(r, *at, t))
		return 1;
	/* "بـ 30": a clitic drawn out by a tatweel, a space, then digits */
	size_t q = num_skip_gap(r, *at);
	if (*at >= 2 && r->s[*at - 2] == 0xD9 && r->s[*at - 1] == 0x80 && q != *at && num_is_digit(r, q)) {
		*at = q;
		*t = (struct num_ar_tok){ .kind = 0 };
		return 1;
	}
	return 0;
}

/* The first word at s[0]: as it stands, or after the clitics attached to
 * it, و or ف then ب or ل ("وعشرات", "بنحو", "لأكثر", "وبـ٣٠", "للعشرات"
 * is ل + العشرات). *at gets where the token starts, *lead the clitics'
 * bytes. The word as it stands wins ("واحد" is one, "بين" between; "وأحد"
 * is no such word, see num_ar_lex), and "لست" (I am not) is no ل + ست. */
static int start(const struct num_rd *r, struct num_ar_tok *t, size_t *at, size_t *lead)
{
	*at = *lead = 0;
	if (num_ar_tok_at(r, 0, t))
		return 1;
	unsigned cp = ar_cp(r, 0);
	size_t c = 0;
	if (cp == 0x648 || cp == 0x641) {            /* و ف */
		c = ar_skip_marks(r, 2);
		if (ar_after_clitic(r, &c, t)) {
			*at = *lead = c;
			return 1;
		}
		cp = ar_cp(r, c);
	}
	if (cp == 0x628 || cp == 0x644) {            /* ب ل */
		size_t d = ar_skip_marks(r, c + 2);
		if (ar_after_clitic(r, &d, t)) {
			if (cp == 0x644 && t->kind == T_AR_UNIT && t->v == 6 && (t->f & AR_SHORT))
				return 0;
			*at = *lead = d;
			return 1;
		}
		/* ل + ال drops the alef: "للعشرات"; only words with the article */
		if (cp == 0x644 && ar_cp(r, d) == 0x644 && num_ar_lex(r, d, 1, t) &&
		    (t->kind == T_AR_PLURAL || t->kind == T_AR_DEFUNIT || t->kind == T_AR_NUMBER)) {
			*at = *lead = d;
			return 1;
		}
	}
	return 0;
}

/* Whether num_ar_start may find anything at s[0]: the gate for the word and
 * for each way of reading clitics off it, from its first letters decoded
 * once. Most Arabic words stop here. */
static int ar_may_start(const struct num_rd *r)
{
	enum { WAW = 0x648 - 0x641 + 26, FA = 0x641 - 0x641 + 26, BA = 0x628 - 0x621,
	       LAM = 0x644 - 0x641 + 26, ALEF = 0x627 - 0x621 };
	pthread_once(&gate_once, gate_build);
	int l[7];
	size_t i = 0;
	int count = 0;
	while (count < 4 && (l[count] = gate_next(r, &i)) != AR_END)
		count++;
	for (int k = count; k < 7; k++)
		l[k] = AR_END;
	if (count <= 3) {      /* "و١٥", "بـ٣٠", "والـ ٣٠": digits after the letters */
		size_t e = ar_skip_marks(r, i), g = num_skip_gap(r, e);
		if (num_is_digit(r, e) || (g != e && num_is_digit(r, g)))
			return 1;
	}
	if (gate4(l[0], l[1], l[2], l[3]))
		return 1;
	int p = 0;
	if (l[0] == WAW || l[0] == FA) {
		p = 1;
		if (count == 4 && (l[4] = gate_next(r, &i)) != AR_END)
			count++;
		if (gate4(l[1], l[2], l[3], l[4]))
			return 1;
	}
	if (l[p] == BA || l[p] == LAM) {
		if (count == p + 4 && (l[p + 4] = gate_next(r, &i)) != AR_END)
			count++;
		if (gate4(l[p + 1], l[p + 2], l[p + 3], l[p + 4]))
			return 1;
		if (l[p] == LAM && l[p + 1] == LAM && gate4(ALEF, LAM, l[p + 2], l[p + 3]))
			return 1;
	}
	return 0;
}

int num_ar_start(const struct num_rd *r, struct num_ar_tok *t, size_t *at, size_t *lead)
{
	return ar_may_start(r) && start(r, t, at, lead);
}

int num_ar_definite(const struct num_rd *r, size_t at)
{
	return ar_cp(r, at) == 0x627 && ar_cp(r, at + 2) == 0x644;
}

/* ---- the casualty grammar's helpers (num.h) ---- */

/* s[0..n) folded as ar_fold does, whole: its length, or 0 when it holds
 * anything but Arabic letters and marks or is too long. *ta: it ends in ة. */
static size_t ar_fold_all(const char *s, size_t n, char *w, size_t cap, int *ta)
{
	struct num_rd r = { (const unsigned char *)s, n };
	size_t len = 0;
	*ta = 0;
	for (size_t i = 0; i < n; i += 2) {
		unsigned cp = ar_cp(&r, i);
		if (ar_letter(cp)) {
			if (len + 3 > cap)
				return 0;
			*ta = cp == 0x629;
			cp = ar_fold_cp(cp);
			w[len++] = (char)(0xC0 | (cp >> 6));
			w[len++] = (char)(0x80 | (cp & 0x3F));
		} else if (!ar_mark(cp)) {
			return 0;
		}
	}
	w[len] = 0;
	return len;
}

int num_ar_dual(const char *word, size_t n, const char *singular, size_t sn)
{
	char w[64], s[64];
	int ta, ta_s;
	size_t wl = word ? ar_fold_all(word, n, w, sizeof w, &ta) : 0;
	size_t sl = singular ? ar_fold_all(singular, sn, s, sizeof s, &ta_s) : 0;
	if (!wl || !sl)
		return 0;
	if (ta_s)                    /* طفلة: طفلتان، طفلتين */
		sl -= 2;
	if (wl != sl + (ta_s ? 6 : 4) || memcmp(w, s, sl))
		return 0;
	const char *end = w + sl;
	if (ta_s) {
		if (memcmp(end, "\xd8\xaa", 2))      /* ت */
			return 0;
		end += 2;
	}
	return !strcmp(end, "\xd8\xa7\xd9\x86") || !strcmp(end, "\xd9\x8a\xd9\x86");   /* ان، ين */
}

int num_ar_ordinal(const char *word, size_t n)
{
	static const struct { const char *w; int v; } ord[] = {
		{"اول", 1}, {"اولي", 1}, {"حادي", 1}, {"ثاني", 2}, {"ثالث", 3}, {"رابع", 4},
		{"خامس", 5}, {"سادس", 6}, {"سابع", 7}, {"ثامن", 8}, {"تاسع", 9}, {"عاشر", 10},
	};
	char w[64];
	int ta;
	size_t len = word ? ar_fold_all(word, n, w, sizeof w, &ta) : 0;
	char *p = w;
	if (len > 4 && !memcmp(p, "\xd8\xa7\xd9\x84", 4)) {     /* ال */
		p += 4;
		len -= 4;
	}
	(void)ta;
	if (len > 2 && !memcmp(p + len - 2, "\xd9\x87", 2))     /* ة or ه */
		p[len -= 2] = 0;
	for (size_t i = 0; len && i < sizeof ord / sizeof ord[0]; i++)
		if (!strcmp(p, ord[i].w))
			return ord[i].v;
	return 0;
}
