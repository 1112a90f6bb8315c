/* num_lex.c - the words of number phrases and the bytes around them: the
 * table of number and qualifier words, the gate that turns away a word that
 * cannot begin a phrase by its first three bytes, and the reading of whole
 * words, gaps and glued letters that everything else in num_*.c builds on. */
#include "extract/num_impl.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "base/utf8.h"

#define MAX_WORD 16     /* longer than any word of the table */
#define MAX_GAP 16      /* bytes of space between two words of one phrase */

/* Sorted (strcmp order), though num_lex() looks words up by hash. */
static const struct word {
	char w[14];
	unsigned char kind;
	long v;
} words[] = {
	{"a", T_A, 0}, {"about", T_APPROX, 0}, {"almost", T_APPROX, 0}, {"an", T_AN, 0},
	{"and", T_AND, 0}, {"approximately", T_APPROX, 0}, {"around", T_APPROX, 0},
	{"as", T_AS, 0}, {"at", T_AT, 0},
	{"between", T_BETWEEN, 0}, {"billion", T_BIG, 0},
	{"close", T_CLOSE, 0},
	{"dozen", T_DOZEN, 0}, {"dozens", T_PLURAL, 24},
	{"eight", T_CARD, 8}, {"eighteen", T_CARD, 18}, {"eighty", T_CARD, 80},
	{"eleven", T_CARD, 11}, {"estimated", T_ESTIMATED, 0}, {"excess", T_EXCESS, 0},
	{"few", T_FEW, 0}, {"fewer", T_FEWER, 0}, {"fifteen", T_CARD, 15}, {"fifty", T_CARD, 50},
	{"five", T_CARD, 5}, {"forty", T_CARD, 40}, {"four", T_CARD, 4},
	{"fourteen", T_CARD, 14}, {"from", T_FROM, 0},
	{"half", T_HALF, 0}, {"handful", T_HANDFUL, 0}, {"hundred", T_HUNDRED, 0},
	{"hundreds", T_PLURAL, 200},
	{"in", T_IN, 0},
	{"least", T_LEAST, 0}, {"less", T_LESS, 0},
	{"many", T_MANY, 0}, {"million", T_MILLION, 0}, {"millions", T_PLURAL, 2000000},
	{"minimum", T_MINIMUM, 0}, {"more", T_MORE, 0},
	{"nearly", T_APPROX, 0}, {"nil", T_NIL, 0}, {"nine", T_CARD, 9},
	{"nineteen", T_CARD, 19}, {"ninety", T_CARD, 90}, {"no", T_NO, 0}, {"none", T_NIL, 0},
	{"not", T_NOT, 0}, {"number", T_NUMBER, 0}, {"numerous", T_SEVERAL, 0},
	{"of", T_OF, 0}, {"one", T_CARD, 1}, {"or", T_OR, 0}, {"over", T_OVER, 0},
	{"roughly", T_APPROX, 0},
	{"scores", T_PLURAL, 40}, {"seven", T_CARD, 7}, {"seventeen", T_CARD, 17},
	{"seventy", T_CARD, 70}, {"several", T_SEVERAL, 0}, {"six", T_CARD, 6},
	{"sixteen", T_CARD, 16}, {"sixty", T_CARD, 60}, {"so", T_SO, 0}, {"some", T_SOME, 0},
	{"ten", T_CARD, 10}, {"tens", T_PLURAL, 20}, {"than", T_THAN, 0},
	{"thirteen", T_CARD, 13}, {"thirty", T_CARD, 30}, {"thousand", T_THOUSAND, 0},
	{"thousands", T_PLURAL, 2000}, {"three", T_CARD, 3}, {"to", T_TO, 0},
	{"trillion", T_BIG, 0}, {"twelve", T_CARD, 12}, {"twenty", T_CARD, 20}, {"two", T_CARD, 2},
	{"under", T_UNDER, 0}, {"up", T_UP, 0}, {"upwards", T_UPWARDS, 0},
	{"zero", T_CARD, 0},
};

/* The gate: the first three letters of every word a phrase may start with.
 * Bit L of gate[F, S] is set when such a word begins with the letters F, S,
 * L; bit 26 (END) when it is just F, S. The entry for F alone ("a") is
 * gate[F, END]. Keep it in step with phrase() in num.c: every word that
 * opens a case there must pass (test_num.c reads each of them). "the",
 * "and", "in...", "that", "on...", the commonest words, stop here. */
#define L_(c) (1u << ((c) - 'a'))
#define END_ (1u << 26)
#define G(f, s) [((f) - 'a') * 27 + ((s) - 'a')]
#define G1(f) [((f) - 'a') * 27 + 26]
static const uint32_t gate[26 * 27] = {
	G1('a') = END_,                         /* a */
	G('a', 'b') = L_('o'),                  /* about */
	G('a', 'l') = L_('m'),                  /* almost */
	G('a', 'n') = END_,                     /* an (estimated) */
	G('a', 'p') = L_('p'),                  /* approximately */
	G('a', 'r') = L_('o'),                  /* around */
	G('a', 's') = END_,                     /* as many as */
	G('a', 't') = END_,                     /* at least */
	G('b', 'e') = L_('t'),                  /* between */
	G('c', 'l') = L_('o'),                  /* close to */
	G('d', 'o') = L_('z'),                  /* dozens */
	G('e', 'i') = L_('g'),                  /* eight, eighteen, eighty */
	G('e', 'l') = L_('e'),                  /* eleven */
	G('f', 'e') = L_('w'),                  /* fewer than */
	G('f', 'i') = L_('f') | L_('v'),        /* fifteen, fifty, five */
	G('f', 'o') = L_('r') | L_('u'),        /* forty, four, fourteen */
	G('f', 'r') = L_('o'),                  /* from */
	G('h', 'a') = L_('l'),                  /* half */
	G('h', 'u') = L_('n'),                  /* hundreds */
	G('i', 'n') = END_,                     /* in excess of */
	G('l', 'e') = L_('s'),                  /* less than */
	G('m', 'a') = L_('n'),                  /* many */
	G('m', 'i') = L_('l'),                  /* millions */
	G('m', 'o') = L_('r'),                  /* more than */
	G('n', 'e') = L_('a'),                  /* nearly */
	G('n', 'i') = L_('l') | L_('n'),        /* nil, nine, nineteen, ninety */
	G('n', 'o') = END_ | L_('n') | L_('t'), /* no, none, not */
	G('n', 'u') = L_('m'),                  /* numerous */
	G('o', 'n') = L_('e'),                  /* one */
	G('o', 'v') = L_('e'),                  /* over */
	G('r', 'o') = L_('u'),                  /* roughly */
	G('s', 'c') = L_('o'),                  /* scores */
	G('s', 'e') = L_('v'),                  /* seven, seventeen, seventy, several */
	G('s', 'i') = L_('x'),                  /* six, sixteen, sixty */
	G('s', 'o') = L_('m'),                  /* some */
	G('t', 'e') = L_('n'),                  /* ten, tens */
	G('t', 'h') = L_('i') | L_('o') | L_('r'), /* thirteen, thirty, thousands, three */
	G('t', 'w') = L_('e') | L_('o'),        /* twelve, twenty, two */
	G('u', 'n') = L_('d'),                  /* under */
	G('u', 'p') = END_ | L_('w'),           /* up to, upwards of */
	G('z', 'e') = L_('r'),                  /* zero */
};

/* Code points that continue a word: letters, combining marks and digits of
 * the scripts the sources use (Latin, Greek, Cyrillic, Hebrew, Arabic). */
static int word_cp(uint32_t cp)
{
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp < 0x370)
		return cp != 0xD7 && cp != 0xF7;
	if (cp < 0x600)
		return 1;
	if (cp < 0x700)    /* Arabic, less its signs and punctuation */
		return !(cp <= 0x60F || (cp >= 0x61B && cp <= 0x61F) || (cp >= 0x66A && cp <= 0x66D) ||
			 cp == 0x6D4 || cp == 0x6DD || cp == 0x6DE || cp == 0x6E9);
	if (cp < 0x900)    /* Syriac, Arabic Supplement, Thaana, NKo, Arabic Extended */
		return 1;
	if (cp >= 0x1E00 && cp < 0x2000)
		return 1;
	if (cp >= 0xFB00 && cp < 0xFE00)
		return cp != 0xFD3E && cp != 0xFD3F;
	return cp >= 0xFE70 && cp < 0xFEFF;
}

int num_glued(const struct num_rd *r, size_t i)
{
	if (i >= r->n)
		return 0;
	unsigned c = r->s[i];
	if (c < 0x80)
		return num_lower(c) || c - '0' < 10;
	uint32_t cp;
	int len = utf8_decode((const char *)r->s + i, r->n - i, &cp);
	if (len == 1)      /* a lone byte >= 0x80 is never valid */
		return 1;
	return word_cp(cp);
}

size_t num_dash_len(const struct num_rd *r, size_t i)
{
	if (i < r->n && r->s[i] == '-')
		return 1;
	if (i + 2 < r->n && r->s[i] == 0xE2 && r->s[i + 1] == 0x80 && r->s[i + 2] == 0x93)
		return 3;
	return 0;
}

int num_hyphen_word(const struct num_rd *r, size_t i)
{
	size_t d = num_dash_len(r, i);
	return d && num_glued(r, i + d) && !num_is_digit(r, i + d);
}

size_t num_skip_gap(const struct num_rd *r, size_t i)
{
	size_t j = i;
	int lines = 0;
	while (j < r->n && j - i <= MAX_GAP) {
		unsigned c = r->s[j];
		if (c == ' ' || c == '\t' || c == '\r')
			j++;
		else if (c == '\n' && !lines++)
			j++;
		else if (c == 0xC2 && j + 1 < r->n && r->s[j + 1] == 0xA0)
			j += 2;
		else if (c == '\n')
			return i;
		else
			break;
	}
	return j - i > MAX_GAP ? i : j;
}

/* The table by hash of the word (word_hash), built once: slot -> index + 1
 * in words, 0 empty, open addressing. num_lex runs at nearly every word
 * start that passes the gate, and again for each word of a phrase: one
 * probe, most of the time, where the binary search compared seven. */
#define HASH_SLOTS 512
static unsigned char word_slot[HASH_SLOTS];
static pthread_once_t word_once = PTHREAD_ONCE_INIT;

static inline unsigned word_hash_step(unsigned h, unsigned c)
{
	return h * 33u + c;
}

static void word_build(void)
{
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
		unsigned h = 5381;
		for (const char *p = words[k].w; *p; p++)
			h = word_hash_step(h, (unsigned char)*p);
		unsigned i = h % HASH_SLOTS;
		while (word_slot[i])
			i = (i + 1) % HASH_SLOTS;
		word_slot[i] = (unsigned char)(k + 1);
	}
}

int num_lex(const struct num_rd *r, size_t at, struct num_tok *t)
{
	char w[MAX_WORD];
	size_t len = 0;
	unsigned c, h = 5381;
	while (at + len < r->n && (c = num_lower(r->s[at + len])) != 0) {
		if (len == MAX_WORD)
			return 0;
		w[len++] = (char)c;
		h = word_hash_step(h, c);
	}
	if (!len || num_glued(r, at + len))
		return 0;
	pthread_once(&word_once, word_build);
	for (unsigned i = h % HASH_SLOTS; word_slot[i]; i = (i + 1) % HASH_SLOTS) {
		const struct word *e = &words[word_slot[i] - 1];
		if (len < sizeof e->w && !e->w[len] && !memcmp(e->w, w, len)) {
			t->kind = e->kind;
			t->v = e->v;
			t->end = at + len;
			return 1;
		}
	}
	return 0;
}

int num_next(const struct num_rd *r, const struct num_tok *t, struct num_tok *u)
{
	size_t q = num_skip_gap(r, t->end);
	return q != t->end && num_lex(r, q, u);
}

int num_next_is(const struct num_rd *r, const struct num_tok *t, int kind, struct num_tok *u)
{
	return num_next(r, t, u) && u->kind == kind;
}

int num_may_start(const struct num_rd *r)
{
	unsigned c = r->s[0], c2 = r->n > 1 ? r->s[1] : 0, c3 = r->n > 2 ? r->s[2] : 0;
	if (c - '0' < 10)
		return 1;
	if (c == 0xD9)
		return c2 - 0xA0 < 10 || num_ar_letter_at(r, 0);
	if (c == 0xDB)
		return c2 - 0xB0 < 10;
	if (c == 0xD8)
		return num_ar_letter_at(r, 0);
	if (!(c = num_lower(c)))
		return 0;
	if (!(c2 = num_lower(c2)))
		return gate[(c - 'a') * 27 + 26] != 0;
	c3 = num_lower(c3);
	return (gate[(c - 'a') * 27 + (c2 - 'a')] & (c3 ? L_(c3) : END_)) != 0;
}
