/* lexicon.c - cutting text into tokens, and giving each the meaning the
 * lexicon (lexicon_en.c) has for the word or phrase that starts there.
 *
 * A token is a word ("US-led", "U.S.", "Syria's", "الرقة"), a number ("3,100")
 * or a punctuation mark that matters to sentences and clauses. Words are looked
 * up by their key: lower case, dots dropped, a possessive 's dropped. A phrase
 * of several words is found from its first word; the longest wins. Number
 * phrases ("at least 43", "between 10 and 15") are read at every word by
 * num_read, which rejects most words in a few instructions. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "extract/extract_impl.h"
#include "extract/lexicon_tables.h"
#include "extract/num.h"

#define KEY_MAX 47

struct lx_slot {
	uint32_t hash;
	uint32_t lo, hi;       /* entries with this first word: [lo, hi) of sorted */
	uint32_t len;
	char key[KEY_MAX + 1];
};

struct lexicon {
	struct lx_entry *sorted;   /* by first word, then longest phrase first */
	uint8_t *first_len;        /* per sorted entry: bytes of its first word */
	size_t count;
	/* Open addressing: tags[i] is slots[i].hash | 1, or 0 for an empty
	 * slot. A word is looked up at every token, and most are not in the
	 * lexicon: probing 4 bytes a slot instead of a 64-byte slot keeps the
	 * probes in a few cache lines. */
	uint32_t *tags;
	struct lx_slot *slots;
	size_t mask;
	char *ar_keys;             /* the Arabic entries' folded phrases */
};

static uint32_t fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static size_t first_word_len(const char *p)
{
	const char *sp = strchr(p, ' ');
	return sp ? (size_t)(sp - p) : strlen(p);
}

static int entry_cmp(const void *a, const void *b)
{
	const struct lx_entry *x = a, *y = b;
	size_t nx = first_word_len(x->phrase), ny = first_word_len(y->phrase);
	int c = memcmp(x->phrase, y->phrase, nx < ny ? nx : ny);
	if (c || nx != ny)
		return c ? c : (nx < ny ? -1 : 1);
	if (x->words != y->words)
		return x->words > y->words ? -1 : 1;
	return strcmp(x->phrase, y->phrase);
}

static struct lx_slot *slot_find(const struct lexicon *lx, const char *k, size_t n, uint32_t h)
{
	uint32_t tag = h | 1;
	for (size_t i = h & lx->mask;; i = (i + 1) & lx->mask) {
		if (lx->tags[i] == 0)
			return &lx->slots[i];
		struct lx_slot *s = &lx->slots[i];
		if (lx->tags[i] == tag && s->hash == h && s->len == n && memcmp(s->key, k, n) == 0)
			return s;
	}
}

struct lexicon *lexicon_new(void)
{
	struct lexicon *lx = xcalloc(1, sizeof *lx);
	lx->count = lexicon_en_count + lexicon_ar_count;
	lx->sorted = xmalloc(lx->count * sizeof *lx->sorted);
	memcpy(lx->sorted, lexicon_en, lexicon_en_count * sizeof *lx->sorted);
	/* the Arabic entries are written as Arabic is spelled: their keys are
	 * folded here, as the text's words are. A phrase whose first word has
	 * the article is also listed without it, for "للجيش السوري" (ل + ال:
	 * the article's alef is not written) */
	size_t ar_bytes = 0;
	for (size_t i = 0; i < lexicon_ar_count; i++)
		ar_bytes += 2 * strlen(lexicon_ar[i].phrase) + 2;
	lx->sorted = xrealloc(lx->sorted, (lexicon_en_count + 2 * lexicon_ar_count) * sizeof *lx->sorted);
	lx->ar_keys = xmalloc(ar_bytes ? ar_bytes : 1);
	char *dst = lx->ar_keys;
	for (size_t i = 0; i < lexicon_ar_count; i++) {
		struct lx_entry *e = &lx->sorted[lx->count - lexicon_ar_count + i];
		*e = lexicon_ar[i];
		/* word by word: a key has no spaces */
		char *out = dst;
		for (const char *w = e->phrase; *w;) {
			size_t wl = first_word_len(w);
			out += lx_key(w, wl, out, wl + 1);
			w += wl;
			if (*w == ' ') {
				*out++ = ' ';
				w++;
			}
		}
		*out = '\0';
		e->phrase = dst;
		dst = out + 1;
	}
	for (size_t i = 0; i < lexicon_ar_count; i++) {
		const struct lx_entry *e = &lx->sorted[lexicon_en_count + i];
		const char *sp = strchr(e->phrase, ' ');
		if (!sp || sp - e->phrase < 10 || memcmp(e->phrase, "\xd8\xa7\xd9\x84", 4) != 0)
			continue;
		struct lx_entry *d = &lx->sorted[lx->count++];
		*d = *e;
		strcpy(dst, e->phrase + 4);
		d->phrase = dst;
		dst += strlen(dst) + 1;
	}
	for (size_t i = 0; i < lx->count; i++) {
		unsigned w = 1;
		for (const char *p = lx->sorted[i].phrase; *p; p++)
			w += *p == ' ';
		lx->sorted[i].words = (unsigned char)w;
	}
	qsort(lx->sorted, lx->count, sizeof *lx->sorted, entry_cmp);
	lx->first_len = xmalloc(lx->count ? lx->count : 1);
	for (size_t i = 0; i < lx->count; i++) {
		size_t n = first_word_len(lx->sorted[i].phrase);
		lx->first_len[i] = (uint8_t)(n <= KEY_MAX ? n : 0);
	}
	size_t cap = 16;
	while (cap < lx->count * 2)
		cap *= 2;
	lx->slots = xcalloc(cap, sizeof *lx->slots);
	lx->tags = xcalloc(cap, sizeof *lx->tags);
	lx->mask = cap - 1;
	for (size_t i = 0; i < lx->count;) {
		const char *p = lx->sorted[i].phrase;
		size_t n = first_word_len(p), j = i + 1;
		while (j < lx->count && first_word_len(lx->sorted[j].phrase) == n &&
		       memcmp(lx->sorted[j].phrase, p, n) == 0)
			j++;
		if (n <= KEY_MAX) {
			uint32_t h = fnv(p, n);
			struct lx_slot *s = slot_find(lx, p, n, h);
			s->hash = h;
			lx->tags[s - lx->slots] = h | 1;
			memcpy(s->key, p, n);
			s->key[n] = '\0';
			s->len = (uint32_t)n;
			s->lo = (uint32_t)i;
			s->hi = (uint32_t)j;
		}
		i = j;
	}
	return lx;
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	free(lx->sorted);
	free(lx->first_len);
	free(lx->tags);
	free(lx->slots);
	free(lx->ar_keys);
	free(lx);
}

/* ------------------------------------------------------------ characters */

enum ch_class { CH_SPACE = 1, CH_PUNCT, CH_LETTER, CH_DIGIT, CH_JOIN /* apostrophes inside words */ };

/* Class and byte length of the character at s[0] (n > 0). */
static const unsigned char ascii_class[128] = {
	['\t'] = CH_SPACE, ['\n'] = CH_SPACE, ['\v'] = CH_SPACE, ['\f'] = CH_SPACE, ['\r'] = CH_SPACE,
	[' '] = CH_SPACE, ['!'] = CH_PUNCT, ['"'] = CH_PUNCT, ['#'] = CH_PUNCT, ['$'] = CH_PUNCT,
	['%'] = CH_PUNCT, ['&'] = CH_PUNCT, ['\''] = CH_JOIN, ['('] = CH_PUNCT, [')'] = CH_PUNCT,
	['*'] = CH_PUNCT, ['+'] = CH_PUNCT, [','] = CH_PUNCT, ['-'] = CH_PUNCT, ['.'] = CH_PUNCT,
	['/'] = CH_PUNCT, ['0'] = CH_DIGIT, ['1'] = CH_DIGIT, ['2'] = CH_DIGIT, ['3'] = CH_DIGIT,
	['4'] = CH_DIGIT, ['5'] = CH_DIGIT, ['6'] = CH_DIGIT, ['7'] = CH_DIGIT, ['8'] = CH_DIGIT,
	['9'] = CH_DIGIT, [':'] = CH_PUNCT, [';'] = CH_PUNCT, ['<'] = CH_PUNCT, ['='] = CH_PUNCT,
	['>'] = CH_PUNCT, ['?'] = CH_PUNCT, ['@'] = CH_PUNCT, ['['] = CH_PUNCT, ['\\'] = CH_PUNCT,
	[']'] = CH_PUNCT, ['^'] = CH_PUNCT, ['_'] = CH_PUNCT, ['`'] = CH_PUNCT, ['{'] = CH_PUNCT,
	['|'] = CH_PUNCT, ['}'] = CH_PUNCT, ['~'] = CH_PUNCT, [127] = CH_PUNCT,
};

static const unsigned char ascii_alnum[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
	['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
	['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
	['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static int ch_class(const unsigned char *s, size_t n, size_t *len, unsigned *cp_out)
{
	unsigned c = s[0];
	*len = 1;
	*cp_out = c;
	if (c < 0x80) {
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return CH_LETTER;
		return ascii_class[c] ? ascii_class[c] : CH_PUNCT;
	}
	unsigned cp;
	size_t k;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		cp = c & 0x07;
	} else {
		return CH_PUNCT;   /* invalid byte: a separator */
	}
	if (n < k)
		return CH_PUNCT;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return CH_PUNCT;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	*len = k;
	*cp_out = cp;
	if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BF || cp == 0x02BE)
		return CH_JOIN;
	if ((cp >= 0x660 && cp <= 0x669) || (cp >= 0x6F0 && cp <= 0x6F9))
		return CH_DIGIT;
	if (cp == 0x60C || cp == 0x61B || cp == 0x61F || (cp >= 0x66A && cp <= 0x66D) || cp == 0x6D4)
		return CH_PUNCT;
	if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x600 && cp <= 0x6FF) ||
	    (cp >= 0x750 && cp <= 0x77F) || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF) ||
	    (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x370 && cp <= 0x52F))
		return CH_LETTER;
	if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
	    cp == 0x61C)
		return CH_SPACE;   /* direction marks and controls: set between words, around numbers */
	if (cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x3000 ||
	    (cp >= 0x2000 && cp <= 0x2008) || cp == 0x2028 || cp == 0x2029)
		return CH_SPACE;
	if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF ||
	    cp == 0x640 || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670)
		return CH_LETTER;   /* invisible marks and harakat inside words */
	return CH_PUNCT;
}

/* Punctuation that matters: kept as tokens. */
static int kept_punct(unsigned cp)
{
	switch (cp) {
	case '.': case '!': case '?': case ';': case ',': case ':': case '(': case ')': case '|':
	case 0x61F: case 0x60C: case 0x61B: case 0x2022: case 0xB7: case 0x6D4: case 0x2014:
	case 0x2013:
		return 1;
	default:
		return 0;
	}
}

/* buf_add of one token, inline: it runs for every token. */
static inline void push_tok(struct buf *toks, const struct tok *t)
{
	if (toks->len + sizeof *t >= toks->cap)
		buf_grow(toks, 64 * sizeof *t);
	memcpy(toks->data + toks->len, t, sizeof *t);
	toks->len += sizeof *t;
	toks->data[toks->len] = '\0';
}

/* ASCII bytes that end a word or number whatever follows: all but letters,
 * digits and what may join two of them ("U.S.", "3,100", "US-led",
 * "Syria's"). */
static inline int ends_word(unsigned char c)
{
	return c < 0x80 && !ascii_alnum[c] && c != '-' && c != ',' && c != '.' && c != '\'';
}

/* Arabic letters (two bytes, U+0600..U+06FF) as the key writes them: 0 to
 * drop a mark, else the code point kept. */
static unsigned ar_fold(unsigned cp)
{
	if ((cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || cp == 0x640)
		return 0;   /* harakat, dagger alef, tatweel */
	switch (cp) {
	case 0x622: case 0x623: case 0x625: case 0x671: return 0x627;   /* آ أ إ ٱ -> ا */
	case 0x629: return 0x647;                                     /* ة -> ه */
	case 0x649: case 0x6CC: return 0x64A;                         /* ى ی -> ي */
	case 0x6A9: return 0x643;                                     /* ک -> ك */
	default: return cp;
	}
}

size_t lx_key(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '.' || c == ' ')
			continue;   /* spaces only inside a word cut with tatweel */
		if (c >= 0xD8 && c <= 0xDB && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			unsigned cp = ar_fold((unsigned)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F));
			i++;
			if (!cp)
				continue;
			if (k + 2 >= cap)
				break;
			out[k++] = (char)(0xC0 | cp >> 6);
			out[k++] = (char)(0x80 | (cp & 0x3F));
			continue;
		}
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] >= 0x8B &&
		    (unsigned char)s[i + 2] <= 0x8F) {
			i += 2;   /* zero-width space, joiners, direction marks */
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
			c = '\'';
			i += 2;
		}
		out[k++] = (char)c;
	}
	/* possessive: "coalition's" -> "coalition", "forces'" -> "forces" */
	if (k >= 3 && out[k - 2] == '\'' && out[k - 1] == 's')
		k -= 2;
	else if (k >= 2 && out[k - 1] == '\'')
		k -= 1;
	out[k] = '\0';
	return k;
}

size_t lx_joined_article(const struct tok *t, const char *keys)
{
	const char *k = keys + t->key_off;
	if (t->key_len < 4 || t->type == TT_PUNCT || (k[0] != 'a' && k[0] != 'e'))
		return 0;
	if (k[2] == '-')
		return 3;   /* al-, el-, ad-, ar-, as-, at-, az-, an- ... */
	if (k[1] == 's' && k[2] == 'h' && k[3] == '-')
		return 4;
	return 0;
}

int tok_in(const struct tok *t, const char *keys, const char *const *list)
{
	if (t->key_len == 0 || t->type == TT_PUNCT)
		return 0;
	const char *k = keys + t->key_off;
	for (; *list; list++)
		if ((*list)[0] == k[0] && strlen(*list) == t->key_len && memcmp(*list, k, t->key_len) == 0)
			return 1;
	return 0;
}

static void tokenize_range(const unsigned char *s, size_t i, size_t n, struct buf *toks, struct buf *keys);
static void resolve_tokens(const struct lexicon *lx, const char *text, size_t n, struct buf *toks, struct buf *keys);

int tok_is_n(const struct tok *t, const char *keys, const char *w, size_t n)
{
	return t->key_len == n && n && keys[t->key_off] == w[0] && t->type != TT_PUNCT &&
	       memcmp(keys + t->key_off, w, n) == 0;
}

static int all_upper(const char *s, size_t n)
{
	int letters = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'a' && c <= 'z')
			return 0;
		if (c >= 'A' && c <= 'Z')
			letters++;
	}
	return letters > 0;
}

/* Does the phrase e match the tokens from i on? Its first word, of
 * first_len bytes, matched. */
static int phrase_matches(const struct lx_entry *e, size_t first_len, const struct tok *t, size_t i, size_t nt,
			  const char *keys)
{
	if (e->words == 1)
		return 1;
	const char *p = e->phrase + first_len;
	size_t j = i + 1;
	while (*p == ' ') {
		p++;
		size_t wl = first_word_len(p);
		if (j >= nt || t[j].type == TT_PUNCT || t[j].key_len != wl || memcmp(keys + t[j].key_off, p, wl) != 0)
			return 0;
		p += wl;
		j++;
	}
	return 1;
}

/* The entries of slot s that match at token i: the longest phrase gives
 * the token its meaning. Returns the words it covers, 0 when none match. */
static unsigned lookup_slot(const struct lexicon *lx, const struct lx_slot *s, const char *text, struct tok *t,
			    size_t i, size_t nt, const char *keys)
{
	struct tok *w = &t[i];
	unsigned best_words = 0;
	for (uint32_t e = s->lo; e < s->hi; e++) {
		const struct lx_entry *x = &lx->sorted[e];
		if (best_words && x->words < best_words)
			break;
		if ((x->flags & LXF_CASE) && !all_upper(text + w->start, w->end - w->start))
			continue;
		if (!phrase_matches(x, lx->first_len[e], t, i, nt, keys))
			continue;
		if (!best_words) {
			best_words = x->words;
			w->cat = x->cat;
			w->value = x->value;
			w->span = x->words;
			w->lxf = x->flags;
		}
		if (x->cat == LX_WEAPON && !w->weapon)
			w->weapon = (uint8_t)(x->value + 1);
		if (x->cat == LX_KILL && w->cat == LX_WEAPON) {
			/* "executed": a killing that names its weapon */
			w->cat = LX_KILL;
			w->value = 0;
		}
	}
	for (unsigned j = 1; j < best_words && i + j < nt; j++)
		t[i + j].in_phrase = 1;
	return best_words;
}

#define AR_WA "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BI "\xd8\xa8"
#define AR_LI "\xd9\x84"
#define AR_KA "\xd9\x83"
#define AR_ALEF "\xd8\xa7"

/* Does the Arabic key k (n bytes) start with the letter l, leaving at least
 * three letters? */
static int ar_prefix(const char *k, size_t n, const char *l)
{
	return n >= 2 + 6 && k[0] == l[0] && k[1] == l[1];
}

/* An Arabic word the lexicon does not know as written: the word without its
 * proclitics, tried from the outside in: و/ف "and, so", then ب/ل/ك "with,
 * for, as", then the article ال ("لل" is ل with the article's alef
 * dropped). No strip leaves fewer than three letters. The first stem the
 * lexicon knows gives the meaning; the token's key becomes that stem and
 * its clitics are recorded. */
static void lookup_stems(const struct lexicon *lx, const char *text, struct tok *t, size_t i, size_t nt,
			 const char *keys)
{
	struct tok *w = &t[i];
	const char *k = keys + w->key_off;
	size_t n = w->key_len, off = 0;
	unsigned bits = 0;
	for (int stage = 0; stage < 3; stage++) {
		const char *p = k + off;
		size_t m = n - off, cut = 0;
		unsigned b = 0;
		if (stage == 0 && ar_prefix(p, m, AR_WA))
			cut = 2, b = CL_WA;
		else if (stage == 0 && ar_prefix(p, m, AR_FA))
			cut = 2, b = CL_FA;
		else if (stage == 1 && ar_prefix(p, m, AR_LI) && ar_prefix(p + 2, m - 2, AR_LI))
			cut = 4, b = CL_LI | CL_AL;   /* "للمدنيين" */
		else if (stage == 1 && ar_prefix(p, m, AR_BI))
			cut = 2, b = CL_BI;
		else if (stage == 1 && ar_prefix(p, m, AR_LI))
			cut = 2, b = CL_LI;
		else if (stage == 1 && ar_prefix(p, m, AR_KA))
			cut = 2, b = CL_KA;
		else if (stage == 2 && !(bits & CL_AL) && ar_prefix(p, m, AR_ALEF) && ar_prefix(p + 2, m - 2, AR_LI))
			cut = 4, b = CL_AL;
		if (!cut)
			continue;
		off += cut;
		bits |= b;
		const char *stem = k + off;
		struct lx_slot *s = slot_find(lx, stem, n - off, fnv(stem, n - off));
		if (s->hi == 0)
			continue;
		uint32_t key_off = w->key_off;
		uint8_t key_len = w->key_len;
		w->key_off = (uint32_t)(key_off + off);
		w->key_len = (uint8_t)(n - off);
		if (lookup_slot(lx, s, text, t, i, nt, keys)) {
			w->clitics |= (uint8_t)bits;
			return;
		}
		w->key_off = key_off;
		w->key_len = key_len;
	}
}

static void lookup(const struct lexicon *lx, const char *text, struct tok *t, size_t i, size_t nt, const char *keys)
{
	struct tok *w = &t[i];
	const char *k = keys + w->key_off;
	struct lx_slot *s = slot_find(lx, k, w->key_len, fnv(k, w->key_len));
	if (s->hi && lookup_slot(lx, s, text, t, i, nt, keys))
		return;
	if (w->clitics & CL_ARABIC)
		lookup_stems(lx, text, t, i, nt, keys);
}

void lx_tokenize(const struct lexicon *lx, const char *text, size_t n, const struct span *win, size_t nwin,
		 struct buf *toks, struct buf *keys)
{
	const unsigned char *s = (const unsigned char *)text;
	buf_reset(toks);
	buf_reset(keys);
	for (size_t w = 0; w < nwin; w++) {
		tokenize_range(s, win[w].start, win[w].end, toks, keys);
		if (w + 1 < nwin) {
			/* the text between windows is not read: a sentence ends here */
			struct tok t = { 0 };
			t.type = TT_PUNCT;
			t.value = '|';
			t.start = t.end = (uint32_t)win[w].end;
			push_tok(toks, &t);
		}
	}
	resolve_tokens(lx, text, n, toks, keys);
}

/* A dash used as a dash without spaces: "killed on Monday-and scores
 * injured-when a warplane crashed". The word after it starts a clause. */
static int dash_then_clause(const unsigned char *s, size_t n)
{
	static const char *const w[] = { "and", "when", "as", "while", "after", "but", "or", "which", "who",
					 "where", "including", "the", NULL };
	for (int i = 0; w[i]; i++) {
		size_t k = strlen(w[i]);
		if (n >= k && strncasecmp((const char *)s, w[i], k) == 0 &&
		    (n == k || !(s[k] < 0x80 && ascii_alnum[s[k]])))
			return 1;
	}
	return 0;
}

static int arabic_cp(unsigned cp)
{
	return (cp >= 0x620 && cp <= 0x64A) || (cp >= 0x671 && cp <= 0x6D3) || (cp >= 0x750 && cp <= 0x77F);
}

/* Is the word s[start, i) one Arabic proclitic (و ب ل ف, a tatweel after
 * it perhaps) with a digit at i? Writers join them: "و٥", "بـ3". */
static int ar_clitic_then_digit(const unsigned char *s, size_t start, size_t i, size_t n)
{
	size_t w = i - start;
	if (i >= n || !(w == 2 || (w == 4 && s[start + 2] == 0xD9 && s[start + 3] == 0x80)))
		return 0;
	int clitic = (s[start] == 0xD9 && (s[start + 1] == 0x88 || s[start + 1] == 0x84 || s[start + 1] == 0x81)) ||
		     (s[start] == 0xD8 && s[start + 1] == 0xA8);
	if (!clitic)
		return 0;
	if (s[i] >= '0' && s[i] <= '9')
		return 1;
	return i + 1 < n && ((s[i] == 0xD9 && s[i + 1] >= 0xA0 && s[i + 1] <= 0xA9) ||
			     (s[i] == 0xDB && s[i + 1] >= 0xB0 && s[i + 1] <= 0xB9));
}

/* A tatweel before i and one just after the space or dot at i: writers
 * cut a word so ("إصـ ـابة", "إسـ.ـرائيلي"); it is one word. */
static int tatweel_split(const unsigned char *s, size_t i, size_t n)
{
	return i >= 2 && s[i - 2] == 0xD9 && s[i - 1] == 0x80 && i + 2 < n && s[i + 1] == 0xD9 && s[i + 2] == 0x80;
}

static void tokenize_range(const unsigned char *s, size_t i, size_t n, struct buf *toks, struct buf *keys)
{
	const char *text = (const char *)s;
	while (i < n) {
		if (s[i] == ' ' || s[i] == '\n') {
			i++;   /* the common case of ch_class's CH_SPACE */
			continue;
		}
		size_t len;
		unsigned cp;
		int cls = ch_class(s + i, n - i, &len, &cp);
		if (cls == CH_SPACE || cls == CH_JOIN) {
			i += len;
			continue;
		}
		struct tok t = { 0 };
		t.start = (uint32_t)i;
		if (cls == CH_PUNCT) {
			i += len;
			if (!kept_punct(cp))
				continue;
			t.type = TT_PUNCT;
			t.value = cp < 256 ? (uint8_t)cp : (cp == 0x61F ? '?' : cp == 0x60C ? ',' : cp == 0x61B ? ';' :
							    cp == 0x6D4 ? '.' : cp == 0x2022 || cp == 0xB7 ? '|' : '-');
			t.end = (uint32_t)i;
			push_tok(toks, &t);
			continue;
		}
		t.type = cls == CH_DIGIT ? TT_NUM : TT_WORD;
		t.upper = cp >= 'A' && cp <= 'Z';
		if (cls == CH_LETTER && arabic_cp(cp))
			t.clitics = CL_ARABIC;
		size_t seg = 0;   /* letters since the last dot, for "U.S." */
		i += len;
		seg = 1;
		while (i < n) {
			if ((t.clitics & CL_ARABIC) && ar_clitic_then_digit(s, t.start, i, n))
				break;   /* "و٥ جرحى": "and" then a number */
			/* "قتلىSyria": a change of script ends a word run into the next */
			if ((t.clitics & CL_ARABIC) && s[i] < 0x80 && ascii_alnum[s[i]] && !(s[i] >= '0' && s[i] <= '9'))
				break;
			/* the common case first: ASCII letters and digits */
			while (i < n && s[i] < 0x80 && (ascii_alnum[s[i]])) {
				i++;
				seg++;
			}
			if (i >= n)
				break;
			if ((t.clitics & CL_ARABIC) && (s[i] == ' ' || s[i] == '.') && tatweel_split(s, i, n)) {
				i++;   /* "استـ ـشهاد": a word cut with tatweel to slip past filters */
				continue;
			}
			if (ends_word(s[i]))
				break;
			int c2 = ch_class(s + i, n - i, &len, &cp);
			if (c2 == CH_LETTER && t.type == TT_NUM && arabic_cp(cp))
				break;   /* "4نساء": a number run into its noun */
			if (c2 == CH_LETTER && t.type == TT_WORD && !(t.clitics & CL_ARABIC) && arabic_cp(cp) &&
			    !(cp >= 0x64B && cp <= 0x65F))
				break;   /* "Shared with Publicقتل": a page's words run into the post's */
			if (c2 == CH_LETTER || c2 == CH_DIGIT) {
				i += len;
				seg++;
				continue;
			}
			size_t l2;
			unsigned cp2;
			int next = i + len < n ? ch_class(s + i + len, n - i - len, &l2, &cp2) : CH_SPACE;
			int next_alnum = next == CH_LETTER || next == CH_DIGIT;
			if (c2 == CH_JOIN && next_alnum && t.type == TT_WORD) {
				i += len;
				continue;
			}
			if (c2 == CH_JOIN && t.type == TT_WORD && (cp == '\'' || cp == 0x2019) && i > 0 &&
			    s[i - 1] == 's') {
				i += len;   /* "forces'" */
				break;
			}
			/* "SANA-Ten civilians": an agency's dateline run into the text */
			int dateline = i > 0 && s[i - 1] >= 'A' && s[i - 1] <= 'Z' && i + 1 < n && s[i + 1] >= 'A' &&
				       s[i + 1] <= 'Z' && i + 2 < n && s[i + 2] >= 'a' && s[i + 2] <= 'z';
			if (cp == '-' && next_alnum && !dateline && !dash_then_clause(s + i + 1, n - i - 1)) {
				i += len;
				seg = 0;
				continue;
			}
			if (cp == ',' && t.type == TT_NUM && next == CH_DIGIT) {
				i += len;
				continue;
			}
			if (cp == '.' && t.type == TT_NUM && next == CH_DIGIT) {
				i += len;
				continue;
			}
			if (cp == '.' && t.type == TT_WORD && seg == 1 && s[i - 1] < 0x80) {
				/* "U.S." / "U.N.": a dotted abbreviation keeps its dots */
				if (next == CH_LETTER && i + 2 <= n && (i + 2 == n || s[i + 2] == '.')) {
					i += len;
					seg = 0;
					continue;
				}
				if (i >= 2 && s[i - 2] == '.') {
					i += len;
					break;
				}
			}
			break;
		}
		t.end = (uint32_t)i;
		/* the key, NUL-terminated, straight into keys */
		if (keys->len + KEY_MAX + 2 >= keys->cap)
			buf_grow(keys, 64 * (KEY_MAX + 2));
		char *key = keys->data + keys->len;
		size_t kl = t.end - t.start <= KEY_MAX + 8 ? lx_key(text + t.start, t.end - t.start, key, KEY_MAX + 1) : 0;
		key[kl] = '\0';
		t.key_off = (uint32_t)keys->len;
		t.key_len = (uint8_t)kl;
		keys->len += kl + 1;
		keys->data[keys->len] = '\0';
		push_tok(toks, &t);
	}
}

static void resolve_tokens(const struct lexicon *lx, const char *text, size_t n, struct buf *toks, struct buf *keys)
{
	struct tok *t = (struct tok *)toks->data;
	size_t nt = toks->len / sizeof *t;
	for (size_t k = 0; k < nt; k++) {
		if (t[k].type == TT_PUNCT)
			continue;
		if (t[k].type == TT_WORD && t[k].key_len)
			lookup(lx, text, t, k, nt, keys->data);
		struct num_phrase np;
		if (num_read(text + t[k].start, n - t[k].start, 0, &np)) {
			t[k].has_num = 1;
			t[k].num_flags = (uint16_t)np.flags;
			t[k].num_min = np.min;
			t[k].num_max = np.max;
			size_t end = t[k].start + np.len, j = k + 1;
			while (j < nt && t[j].start < end)
				j++;
			t[k].num_next = (uint32_t)j;
		}
	}
}

/* ------------------------------------------------------------ sentences */

static int abbreviation(const struct tok *w, const char *keys)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj",
					    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
					    "oct", "nov", "dec", "no", "vs", "brig", "prof", "rev", "gov", "sen",
					    "rep", "adm", "cpl", "pvt", "jr", "sr", "approx", "est", "km", NULL };
	if (w->type != TT_WORD)
		return 0;
	if (w->key_len == 1)
		return 1;   /* "E. Daraa", initials */
	return tok_in(w, keys, abbr);
}

#define SENTENCE_MAX_TOKENS 300

/* Does the ')' at t[i] close a photo credit ("(AP photo)", "(Reuters
 * Photo)", "(File photo)") before a capital? A caption ends there, often
 * without a full stop, and the report begins. */
static int photo_credit(const struct tok *t, size_t i, size_t nt, const char *keys)
{
	static const char *const photo[] = { "photo", "photos", NULL };
	if (i + 1 >= nt || !t[i + 1].upper)
		return 0;
	for (size_t j = i; j-- > 0 && i - j <= 5;) {
		if (t[j].type == TT_PUNCT)
			return 0;
		if (tok_in(&t[j], keys, photo))
			return 1;
	}
	return 0;
}

/* Does the end mark at t[i] close its sentence? */
static int ends_sentence(const char *text, const struct tok *t, size_t i, size_t nt, const char *keys)
{
	char c = (char)t[i].value;
	if (c == '|' || c == '!' || c == '?')
		return 1;
	if (c == ')')
		return photo_credit(t, i, nt, keys);
	if (c != '.')
		return 0;
	if (i + 1 >= nt)
		return 1;
	if (i > 0 && t[i - 1].end == t[i].start && abbreviation(&t[i - 1], keys))
		return 0;
	const struct tok *nx = &t[i + 1];
	unsigned char c0 = (unsigned char)text[nx->start];
	return nx->upper || nx->type == TT_NUM || c0 >= 0x80 || nx->type == TT_PUNCT;
}

void split_sentences(const char *text, size_t n, const struct tok *t, size_t nt, const char *keys,
		     struct buf *out)
{
	(void)n;
	buf_reset(out);
	struct sentence cur = { 0 };
	int para = 0, open = 0;
	for (size_t i = 0; i < nt; i++) {
		size_t gap = i > 0 ? t[i].start - t[i - 1].end : 0;   /* mostly 0 or 1 byte */
		int newline = gap == 1 ? text[t[i - 1].end] == '\n'
				       : gap > 1 && memchr(text + t[i - 1].end, '\n', gap) != NULL;
		para += newline;   /* a line break starts a paragraph, after a full stop too */
		if (open && i > 0 && (newline || i - cur.tok0 >= SENTENCE_MAX_TOKENS)) {
			cur.tok1 = (uint32_t)i;
			cur.end = t[i - 1].end;
			buf_add(out, &cur, sizeof cur);
			open = 0;
		}
		if (!open) {
			if (t[i].type == TT_PUNCT && t[i].value != '(')
				continue;   /* no sentence starts with punctuation */
			cur.start = t[i].start;
			cur.tok0 = (uint32_t)i;
			cur.paragraph = para;
			open = 1;
		}
		if (t[i].type == TT_PUNCT && ends_sentence(text, t, i, nt, keys)) {
			cur.tok1 = (uint32_t)i + 1;
			cur.end = t[i].end;
			buf_add(out, &cur, sizeof cur);
			open = 0;
		}
	}
	if (open) {
		cur.tok1 = (uint32_t)nt;
		cur.end = t[nt - 1].end;
		buf_add(out, &cur, sizeof cur);
	}
}
