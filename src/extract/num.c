/* num.c - the number reader: digits, English number words and the
 * qualifiers and ranges reports wrap around them (num.h; the rules and why
 * are in docs/extract-numbers.md).
 *
 * The extractor calls num_read at nearly every word start, so a word that
 * cannot begin a number phrase is turned away by its first three bytes. The
 * rest reads whole words (tokens) and looks ahead a bounded number of
 * bytes: a gap between words is at most MAX_GAP bytes, a phrase a few
 * words, a digit string MAX_DIGITS digits. Nothing reads s[n]. */
#include <stdint.h>

#include "base/utf8.h"
#include "extract/num.h"

#define MAX_DIGITS 9    /* a longer digit string is not a count */
#define MAX_WORD 16     /* longer than any word of the table */
#define MAX_GAP 16      /* bytes of space between two words of one phrase */

enum { R_NONE = 0, R_OK = 1, R_BAD = -1 };  /* R_BAD: looks like a number, is not a count */

enum tok_kind {
	T_CARD = 1,     /* zero..ninety, the value in v */
	T_HUNDRED, T_THOUSAND, T_MILLION, T_DOZEN,
	T_BIG,          /* billion, trillion: always past NUM_MAX */
	T_PLURAL,       /* tens, dozens, scores, hundreds, thousands, millions: v the least they mean */
	T_SEVERAL,      /* several, numerous */
	T_MANY, T_FEW, T_HANDFUL, T_NUMBER, T_SOME,
	T_HALF, T_A, T_AN,
	T_NO, T_NIL,    /* T_NIL: none, nil */
	T_NOT, T_AND, T_OR, T_TO, T_OF, T_THAN, T_SO,
	T_AT, T_LEAST, T_MORE, T_LESS, T_FEWER, T_OVER, T_UNDER, T_UP, T_UPWARDS,
	T_IN, T_EXCESS, T_APPROX, T_CLOSE, T_AS, T_MINIMUM, T_ESTIMATED,
	T_BETWEEN, T_FROM
};

/* Sorted (strcmp order): lex() looks words up by binary search. */
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
 * gate[F, END]. Keep it in step with phrase(): every word that opens a case
 * there must pass (test_num.c reads each of them). "the", "and", "in..."
 * "that", "on...", the commonest words, stop here. */
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

struct rd {
	const unsigned char *s;
	size_t n;
};

struct tok {
	int kind;
	long v;
	size_t end;     /* the byte after the word */
};

/* A number read so far. */
struct val {
	long min, max;
	size_t end;
	int flags;      /* enum num_flags */
	int year;       /* a digit string that may be a year (NUM_YEARLIKE) */
	long k, mult;   /* the number is k * mult, mult the word it ends with ("three
	                   thousand": 3, 1000), mult 0 otherwise: "two to three
	                   thousand" distributes it */
	long top;       /* the largest multiplier word in it, 1 when none */
};

/* ASCII letter folded to lower case, or 0. Locale-free on purpose. */
static unsigned lower(unsigned c)
{
	c |= 0x20;
	return c - 'a' < 26 ? c : 0;
}

/* The value of the digit at s[i] (ASCII, U+0660.., U+06F0..) or -1; *script
 * gets 0, 1 or 2 and the digit is 1 byte long for 0, 2 for the others. */
static int digit_at(const struct rd *r, size_t i, int *script)
{
	if (i >= r->n)
		return -1;
	unsigned c = r->s[i];
	if (c - '0' < 10) {
		*script = 0;
		return (int)(c - '0');
	}
	if (i + 1 >= r->n)
		return -1;
	unsigned d = r->s[i + 1];
	if (c == 0xD9 && d - 0xA0 < 10) {
		*script = 1;
		return (int)(d - 0xA0);
	}
	if (c == 0xDB && d - 0xB0 < 10) {
		*script = 2;
		return (int)(d - 0xB0);
	}
	return -1;
}

static int is_digit(const struct rd *r, size_t i)
{
	int script;
	return digit_at(r, i, &script) >= 0;
}

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

/* 1 when s[i] would glue onto the word or number before it: a letter, a
 * digit, or bytes that are not UTF-8 (which may hide either). */
static int glued(const struct rd *r, size_t i)
{
	if (i >= r->n)
		return 0;
	unsigned c = r->s[i];
	if (c < 0x80)
		return lower(c) || c - '0' < 10;
	uint32_t cp;
	int len = utf8_decode((const char *)r->s + i, r->n - i, &cp);
	if (len == 1)      /* a lone byte >= 0x80 is never valid */
		return 1;
	return word_cp(cp);
}

/* Length of the '-' or en dash at s[i], else 0. */
static size_t dash_len(const struct rd *r, size_t i)
{
	if (i < r->n && r->s[i] == '-')
		return 1;
	if (i + 2 < r->n && r->s[i] == 0xE2 && r->s[i + 1] == 0x80 && r->s[i + 2] == 0x93)
		return 3;
	return 0;
}

/* A dash and then a letter: "five-year-old", "2-year-old", "twenty-first",
 * "two-thirds", "no-go". A number so joined is an adjective, not a count. */
static int hyphen_word(const struct rd *r, size_t i)
{
	size_t d = dash_len(r, i);
	return d && glued(r, i + d) && !is_digit(r, i + d);
}

/* The space between two words of one phrase: spaces, tabs, no-break spaces
 * and at most one line break, MAX_GAP bytes at most. Returns where the next
 * word starts, or i when there is no such space. */
static size_t skip_gap(const struct rd *r, size_t i)
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

/* The table word at s[at] if it is a whole word (no letter or digit right
 * after it); 0 otherwise. */
static int lex(const struct rd *r, size_t at, struct tok *t)
{
	char w[MAX_WORD];
	size_t len = 0;
	unsigned c;
	while (at + len < r->n && (c = lower(r->s[at + len])) != 0) {
		if (len == MAX_WORD)
			return 0;
		w[len++] = (char)c;
	}
	if (!len || glued(r, at + len))
		return 0;
	size_t lo = 0, hi = sizeof words / sizeof words[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2, k = 0;
		const char *e = words[mid].w;    /* NUL-padded, and w holds no NUL */
		while (k < len && w[k] == e[k])
			k++;
		int cmp = k < len ? (unsigned char)w[k] - (unsigned char)e[k] : -(e[k] != 0);
		if (!cmp) {
			t->kind = words[mid].kind;
			t->v = words[mid].v;
			t->end = at + len;
			return 1;
		}
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* The word after t, past a gap. */
static int next(const struct rd *r, const struct tok *t, struct tok *u)
{
	size_t q = skip_gap(r, t->end);
	return q != t->end && lex(r, q, u);
}

static int next_is(const struct rd *r, const struct tok *t, int kind, struct tok *u)
{
	return next(r, t, u) && u->kind == kind;
}

static long mult_of(int kind)
{
	switch (kind) {
	case T_DOZEN: return 12;
	case T_HUNDRED: return 100;
	case T_THOUSAND: return 1000;
	case T_MILLION: return 1000000;
	default: return 0;
	}
}

static void set(struct val *v, long min, long max, size_t end, int flags)
{
	*v = (struct val){ .min = min, .max = max, .end = end, .flags = flags, .top = 1 };
}

/* A digit string: "43", "3,100", "٤٣", "١٬٥٠٠". Thousands separators (','
 * or U+066C) only between whole groups of three: "3,10" is 3. */
static int digits(const struct rd *r, size_t at, struct val *v)
{
	int script, sc, d;
	if ((d = digit_at(r, at, &script)) < 0)
		return R_NONE;
	size_t w = script ? 2 : 1, i = at;
	long val = 0;
	int count = 0, groups = 0, lead = d;
	while ((d = digit_at(r, i, &sc)) >= 0) {
		if (sc != script || ++count > MAX_DIGITS)
			return R_BAD;
		val = val * 10 + d;
		i += w;
	}
	int first = count;
	while (first <= 3 && lead) {
		size_t j = i;
		if (j < r->n && r->s[j] == ',')
			j++;
		else if (j + 1 < r->n && r->s[j] == 0xD9 && r->s[j + 1] == 0xAC)
			j += 2;
		else
			break;
		long g = 0;
		int got = 0;
		while (got < 3 && (d = digit_at(r, j, &sc)) >= 0 && sc == script) {
			g = g * 10 + d;
			j += w;
			got++;
		}
		if (got < 3 || is_digit(r, j))
			break;
		if ((count += 3) > MAX_DIGITS)
			return R_BAD;
		val = val * 1000 + g;
		i = j;
		groups++;
	}
	/* glued to the number: "3rd", "10km", "1e308", "43%", "12.5", "10:30",
	 * "4/5", "2-year-old", "١٢٫٥" */
	if (i < r->n) {
		unsigned c = r->s[i];
		if (c == '%' || ((c == '.' || c == ':' || c == '/') && is_digit(r, i + 1)))
			return R_BAD;
		if (c == 0xD9 && i + 1 < r->n &&
		    (r->s[i + 1] == 0xAA || (r->s[i + 1] == 0xAB && is_digit(r, i + 2))))
			return R_BAD;
		if (glued(r, i) || hyphen_word(r, i))
			return R_BAD;
	}
	if (val > NUM_MAX)
		return R_BAD;
	set(v, val, val, i, NUM_DIGITS);
	v->year = !groups && count == 4 && val >= 1900 && val <= 2100;
	return R_OK;
}

/* "half a dozen", "half a million" */
static int half(const struct rd *r, const struct tok *h, struct val *v)
{
	struct tok a, m;
	if (!next_is(r, h, T_A, &a) || !next(r, &a, &m))
		return R_NONE;
	if (m.kind == T_BIG)
		return R_BAD;
	long x = mult_of(m.kind);
	if (!x)
		return R_NONE;
	set(v, x / 2, x / 2, m.end, NUM_WORDS);
	v->top = x;
	return R_OK;
}

/* What the last word of a cardinal was: it says which words may follow. */
enum last { L_DIGITS, L_A, L_ZERO, L_UNIT, L_TENS, L_HUNDRED, L_BIG, L_AND, L_DOZEN };

/* An exact number in words, or digits with multiplier words: "forty-three",
 * "forty three", "two hundred and fifty", "a thousand", "3 million",
 * "twelve hundred", "two dozen". Reads as far as the words make one number
 * and stops before the first word that does not continue it. */
static int cardinal(const struct rd *r, size_t at, struct val *v)
{
	struct tok t;
	long total = 0, group, big_ok = NUM_MAX + 1L;
	int last, rc;

	if ((rc = digits(r, at, v)) == R_BAD)
		return R_BAD;
	if (rc == R_OK) {
		group = v->min;
		last = L_DIGITS;
	} else if (!lex(r, at, &t)) {
		return R_NONE;
	} else if (t.kind == T_HALF) {
		return half(r, &t, v);
	} else if (t.kind == T_CARD) {
		group = t.v;
		last = t.v == 0 ? L_ZERO : t.v >= 20 ? L_TENS : L_UNIT;
		set(v, 0, 0, t.end, NUM_WORDS);
	} else if (t.kind == T_A) {
		struct tok m;
		if (!next(r, &t, &m) || !(mult_of(m.kind) || m.kind == T_BIG))
			return R_NONE;
		group = 1;
		last = L_A;
		set(v, 0, 0, t.end, NUM_WORDS);
	} else {
		return R_NONE;
	}

	/* the state before an "and", for "one hundred and two hundred": the
	 * "and" joined two numbers, not the parts of one */
	struct { long group, k, mult; size_t end; int last; } before_and = {0};
	int after_and = 0;
	for (;;) {
		size_t q;
		int hyphen = v->end < r->n && r->s[v->end] == '-';
		if (hyphen)
			q = v->end + 1;
		else if ((q = skip_gap(r, v->end)) == v->end)
			break;
		if (!lex(r, q, &t))
			break;
		if (hyphen) {
			if (last != L_TENS || t.kind != T_CARD || t.v < 1 || t.v > 9)
				break;
			group += t.v;
			last = L_UNIT;
			v->end = t.end;
			continue;
		}
		long m = mult_of(t.kind);
		int counted = last == L_DIGITS || last == L_A || last == L_UNIT || last == L_TENS;
		switch (t.kind) {
		case T_CARD:
			if (t.v == 0 || !(last == L_HUNDRED || last == L_BIG || last == L_AND ||
					  (last == L_TENS && t.v < 10)))
				goto stop;
			group += t.v;
			last = t.v >= 20 ? L_TENS : L_UNIT;
			v->mult = 0;
			break;
		case T_AND: {
			struct tok u;
			if (!(last == L_HUNDRED || last == L_BIG) || !next(r, &t, &u) ||
			    u.kind != T_CARD || u.v == 0)
				goto stop;
			before_and.group = group;
			before_and.k = v->k;
			before_and.mult = v->mult;
			before_and.end = v->end;
			before_and.last = last;
			after_and = 1;
			last = L_AND;
			break;
		}
		case T_HUNDRED:
			if (!counted || group < 1 || group > 99)
				goto stop_mult;
			v->k = group;
			v->mult = total ? 0 : m;
			group *= m;
			last = L_HUNDRED;
			break;
		case T_THOUSAND:
		case T_MILLION:
			if (!(counted || last == L_HUNDRED) || group < 1 || m >= big_ok)
				goto stop_mult;
			if (group > (NUM_MAX - total) / m)
				return R_BAD;
			v->k = group;
			v->mult = total ? 0 : m;
			total += group * m;
			group = 0;
			big_ok = m;
			last = L_BIG;
			break;
		case T_DOZEN:
			if (!counted || total || group < 1 || group > 99)
				goto stop_mult;
			v->k = group;
			v->mult = m;
			group *= m;
			last = L_DOZEN;
			break;
		case T_BIG:
			if (counted || last == L_HUNDRED)
				return R_BAD;
			goto stop;
		default:
			goto stop;
		}
		if (m) {
			after_and = 0;
			if (m > v->top)
				v->top = m;
		}
		v->end = t.end;
		v->flags |= NUM_WORDS;
		if (last == L_DOZEN)
			break;
	}
	goto stop;
stop_mult:
	if (after_and) {
		group = before_and.group;
		v->k = before_and.k;
		v->mult = before_and.mult;
		v->end = before_and.end;
		last = before_and.last;
	}
stop:
	if (last == L_A || last == L_AND)
		return R_NONE;
	if (total + group > NUM_MAX)
		return R_BAD;
	v->min = v->max = total + group;
	if (v->flags & NUM_WORDS)
		v->year = 0;
	return R_OK;
}

/* "tens of thousands", "hundreds of thousands": the plural t, then maybe
 * "of thousands" or "of millions". */
static int plural(const struct rd *r, const struct tok *t, struct val *v)
{
	struct tok of, m;
	long min = t->v;
	size_t end = t->end;
	if (min < 2000 && next_is(r, t, T_OF, &of) && next_is(r, &of, T_PLURAL, &m) && m.v >= 2000) {
		long f = m.v == 2000 ? 1000 : 1000000;
		if (min > NUM_MAX / f)
			return R_BAD;
		min *= f;
		end = m.end;
	}
	set(v, min, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

/* After "several", "many", "a few": "dozen", "hundred", "thousand",
 * "hundred thousand" or a plural read as their plural ("several hundred"
 * is "hundreds"). R_NONE when none follows: the word has no figure. */
static int several(const struct rd *r, const struct tok *w, struct val *v)
{
	struct tok t, u;
	if (!next(r, w, &t))
		return R_NONE;
	if (t.kind == T_PLURAL)
		return plural(r, &t, v);
	if (t.kind == T_BIG)
		return R_BAD;
	long m = mult_of(t.kind), min = 2 * m;
	size_t end = t.end;
	if (!m)
		return R_NONE;
	if (next(r, &t, &u)) {
		long m2 = mult_of(u.kind);
		if (u.kind == T_BIG)
			return R_BAD;
		if (m2 >= 1000 && m2 > m) {
			if (min > NUM_MAX / m2)
				return R_BAD;
			min *= m2;
			end = u.end;
		}
	}
	set(v, min, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

/* One number, exact or vague with a figure: what a qualifier or either side
 * of a range may be. */
static int number(const struct rd *r, size_t at, struct val *v)
{
	struct tok t, u;
	int rc;
	if (is_digit(r, at)) {
		rc = cardinal(r, at, v);
	} else if (!lex(r, at, &t)) {
		return R_NONE;
	} else if (t.kind == T_CARD || t.kind == T_HALF) {
		rc = cardinal(r, at, v);
	} else if (t.kind == T_A) {
		rc = cardinal(r, at, v);
		if (rc == R_NONE && next_is(r, &t, T_FEW, &u))
			rc = several(r, &u, v);
	} else if (t.kind == T_PLURAL) {
		rc = plural(r, &t, v);
	} else if (t.kind == T_SEVERAL || t.kind == T_MANY) {
		rc = several(r, &t, v);
	} else {
		return R_NONE;
	}
	if (rc == R_OK && hyphen_word(r, v->end))
		return R_BAD;
	return rc;
}

/* Make a the range a..b if b is above a. A bare first number takes the
 * second's multiplier: "two to three thousand" is 2000..3000. */
static int join(struct val *a, const struct val *b)
{
	long lo = a->min;
	if (b->mult > a->top && lo < b->k)
		lo *= b->mult;
	if (b->min <= lo)
		return 0;
	a->min = lo;
	a->max = b->max;
	a->end = b->end;
	a->flags |= b->flags | NUM_RANGE;
	a->year |= b->year;
	return 1;
}

/* A number, then maybe a second one that makes a range: "10-15", "10 – 15",
 * "10 to 15", "two or three"; or "or so", "or more" after it. A second
 * number that is not above the first is not read. */
static int range_or_number(const struct rd *r, size_t at, struct val *v)
{
	struct val b;
	struct tok t, u;
	int rc = number(r, at, v);
	if (rc != R_OK || (v->flags & NUM_VAGUE))
		return rc;

	size_t p = v->end, q = p;
	int space = q < r->n && r->s[q] == ' ';
	size_t d = dash_len(r, q + space);
	if (d) {
		q += space + d;
		if (space && !(q < r->n && r->s[q] == ' '))
			return R_OK;
		q += space;
		if ((rc = number(r, q, &b)) == R_BAD)
			return R_BAD;
		if (rc == R_OK && !(b.flags & NUM_VAGUE)) {
			/* "5-12-2025", "2017-04-05": a date */
			if ((b.end < r->n && r->s[b.end] == '/') ||
			    (dash_len(r, b.end) && is_digit(r, b.end + dash_len(r, b.end))))
				return R_BAD;
			join(v, &b);
		}
		return R_OK;
	}

	if ((q = skip_gap(r, p)) == p || !lex(r, q, &t) || (t.kind != T_TO && t.kind != T_OR))
		return R_OK;
	if (t.kind == T_OR && next(r, &t, &u) && (u.kind == T_SO || u.kind == T_MORE)) {
		v->flags |= NUM_QUALIFIED;
		v->end = u.end;
		return R_OK;
	}
	if ((q = skip_gap(r, t.end)) == t.end)
		return R_OK;
	if ((rc = number(r, q, &b)) == R_BAD)
		return R_BAD;
	if (rc == R_OK && !(b.flags & NUM_VAGUE))
		join(v, &b);
	return R_OK;
}

enum qual {
	Q_EXACT,   /* at least, about, nearly, some, as many as...: N..N */
	Q_MORE,    /* more than, over, in excess of: N+1..N+1 */
	Q_UPTO,    /* up to, no more than: 1..N */
	Q_LESS     /* less than, fewer than, under: 1..N-1 */
};

/* The number after a qualifier that ends at after. */
static int qualified(const struct rd *r, size_t after, enum qual q, struct val *v)
{
	size_t at = skip_gap(r, after);
	if (at == after)
		return R_NONE;
	int rc = range_or_number(r, at, v);
	if (rc != R_OK)
		return rc;
	switch (q) {
	case Q_EXACT:
		break;
	case Q_MORE:
		if (v->min >= NUM_MAX || v->max >= NUM_MAX)
			return R_BAD;
		v->min++;
		if (v->max >= 0)
			v->max++;
		break;
	case Q_UPTO:      /* "up to dozens", "up to zero": no upper figure to read */
		if (v->max < 1)
			return R_BAD;
		v->min = 1;
		break;
	case Q_LESS:
		if (v->max < 1)
			return R_BAD;
		v->min = v->max > 1;
		v->max = v->max - 1;
		break;
	}
	v->flags |= NUM_QUALIFIED;
	return R_OK;
}

/* The qualifier t, second word kind, then the number. */
static int follow(const struct rd *r, const struct tok *t, int kind, enum qual q, struct val *v)
{
	struct tok u;
	return next_is(r, t, kind, &u) ? qualified(r, u.end, q, v) : R_NONE;
}

/* "between 10 and 15", also "between 10-15" and "between 10 to 15" */
static int between(const struct rd *r, const struct tok *t, struct val *v)
{
	struct val b;
	struct tok first, and;
	size_t q = skip_gap(r, t->end);
	if (q == t->end)
		return R_NONE;
	int rc = range_or_number(r, q, v);
	if (rc != R_OK)
		return rc;
	if (v->flags & (NUM_VAGUE | NUM_QUALIFIED))
		return R_NONE;
	if (v->flags & NUM_RANGE)
		return R_OK;
	first.end = v->end;
	if (!next_is(r, &first, T_AND, &and) || (q = skip_gap(r, and.end)) == and.end)
		return R_NONE;
	if ((rc = number(r, q, &b)) != R_OK)
		return rc;
	return !(b.flags & NUM_VAGUE) && join(v, &b) ? R_OK : R_NONE;
}

/* "from 10 to 15": only as a range */
static int from(const struct rd *r, const struct tok *t, struct val *v)
{
	size_t q = skip_gap(r, t->end);
	if (q == t->end)
		return R_NONE;
	int rc = range_or_number(r, q, v);
	if (rc != R_OK)
		return rc;
	return (v->flags & NUM_RANGE) && !(v->flags & NUM_QUALIFIED) ? R_OK : R_NONE;
}

/* "no", "none", "no one": 0..0 */
static int zero(size_t end, struct val *v)
{
	set(v, 0, 0, end, NUM_WORDS);
	return R_OK;
}

/* "several", "a number of": people were counted, no figure was given */
static int vague(size_t end, struct val *v)
{
	set(v, -1, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

static int article(int opts, size_t end, struct val *v)
{
	if (!(opts & NUM_READ_ARTICLE))
		return R_NONE;
	set(v, 1, 1, end, NUM_ARTICLE);
	return R_OK;
}

static int phrase(const struct rd *r, int opts, struct val *v)
{
	struct tok t, u, w;
	int rc;
	if (is_digit(r, 0))
		return range_or_number(r, 0, v);
	if (!lex(r, 0, &t))
		return R_NONE;
	switch (t.kind) {
	case T_CARD:
	case T_HALF:
	case T_PLURAL:
		return range_or_number(r, 0, v);
	case T_SEVERAL:
	case T_MANY:
		rc = range_or_number(r, 0, v);
		return rc == R_NONE ? vague(t.end, v) : rc;
	case T_A:
		if ((rc = range_or_number(r, 0, v)) != R_NONE)    /* a dozen, a few hundred */
			return rc;
		if (next(r, &t, &u)) {
			if (u.kind == T_FEW || u.kind == T_HANDFUL)
				return vague(u.end, v);
			if (u.kind == T_NUMBER && next_is(r, &u, T_OF, &w))
				return vague(w.end, v);
			if (u.kind == T_MINIMUM && next_is(r, &u, T_OF, &w) &&
			    (rc = qualified(r, w.end, Q_EXACT, v)) != R_NONE)
				return rc;
		}
		return article(opts, t.end, v);
	case T_AN:
		if (next_is(r, &t, T_ESTIMATED, &u) && (rc = qualified(r, u.end, Q_EXACT, v)) != R_NONE)
			return rc;
		return article(opts, t.end, v);
	case T_SOME:
		rc = qualified(r, t.end, Q_EXACT, v);
		return rc == R_NONE ? vague(t.end, v) : rc;
	case T_NO:
		if (t.end < r->n && r->s[t.end] == '-')    /* no-one; no-go is not read */
			return lex(r, t.end + 1, &u) && u.kind == T_CARD && u.v == 1 ? zero(u.end, v) : R_NONE;
		if (next(r, &t, &u)) {
			if ((u.kind == T_FEWER || u.kind == T_LESS) && next_is(r, &u, T_THAN, &w))
				return qualified(r, w.end, Q_EXACT, v);
			if (u.kind == T_MORE && next_is(r, &u, T_THAN, &w))
				return qualified(r, w.end, Q_UPTO, v);
			if (u.kind == T_CARD && u.v == 1)
				return zero(u.end, v);
		}
		/* "No. 5", "no 5": a number sign */
		if ((t.end < r->n && r->s[t.end] == '.') || is_digit(r, skip_gap(r, t.end)))
			return R_NONE;
		return zero(t.end, v);
	case T_NIL:
		return zero(t.end, v);
	case T_NOT:
		if (next(r, &t, &u)) {
			if (u.kind == T_FEWER || u.kind == T_LESS)
				return follow(r, &u, T_THAN, Q_EXACT, v);
			if (u.kind == T_MORE)
				return follow(r, &u, T_THAN, Q_UPTO, v);
		}
		return R_NONE;
	case T_AT:
		return follow(r, &t, T_LEAST, Q_EXACT, v);
	case T_MORE:
		return follow(r, &t, T_THAN, Q_MORE, v);
	case T_LESS:
	case T_FEWER:
		return follow(r, &t, T_THAN, Q_LESS, v);
	case T_OVER:
		return qualified(r, t.end, Q_MORE, v);
	case T_UNDER:
		return qualified(r, t.end, Q_LESS, v);
	case T_UP:
		return follow(r, &t, T_TO, Q_UPTO, v);
	case T_UPWARDS:
		return follow(r, &t, T_OF, Q_MORE, v);
	case T_IN:
		return next_is(r, &t, T_EXCESS, &u) ? follow(r, &u, T_OF, Q_MORE, v) : R_NONE;
	case T_APPROX:
		return qualified(r, t.end, Q_EXACT, v);
	case T_CLOSE:
		return follow(r, &t, T_TO, Q_EXACT, v);
	case T_AS:
		return next_is(r, &t, T_MANY, &u) ? follow(r, &u, T_AS, Q_EXACT, v) : R_NONE;
	case T_BETWEEN:
		return between(r, &t, v);
	case T_FROM:
		return from(r, &t, v);
	default:
		return R_NONE;
	}
}

/* Whether s can start a phrase, from its first three bytes. */
static int may_start(const struct rd *r)
{
	unsigned c = r->s[0], c2 = r->n > 1 ? r->s[1] : 0, c3 = r->n > 2 ? r->s[2] : 0;
	if (c - '0' < 10)
		return 1;
	if (c == 0xD9)
		return c2 - 0xA0 < 10;
	if (c == 0xDB)
		return c2 - 0xB0 < 10;
	if (!(c = lower(c)))
		return 0;
	if (!(c2 = lower(c2)))
		return gate[(c - 'a') * 27 + 26] != 0;
	c3 = lower(c3);
	return (gate[(c - 'a') * 27 + (c2 - 'a')] & (c3 ? L_(c3) : END_)) != 0;
}

size_t num_read(const char *s, size_t n, int opts, struct num_phrase *out)
{
	struct rd r = { (const unsigned char *)s, n };
	struct val v;
	*out = (struct num_phrase){ .len = 0, .min = -1, .max = -1, .flags = 0 };
	if (!n || !may_start(&r) || phrase(&r, opts, &v) != R_OK || hyphen_word(&r, v.end))
		return 0;
	if (v.year && !(v.flags & NUM_QUALIFIED))
		v.flags |= NUM_YEARLIKE;
	*out = (struct num_phrase){ .len = v.end, .min = v.min, .max = v.max, .flags = v.flags };
	return v.end;
}

long num_value(const char *s, size_t n)
{
	struct rd r = { (const unsigned char *)s, n };
	struct val v;
	if (!n || number(&r, 0, &v) != R_OK || v.end != n || (v.flags & NUM_VAGUE))
		return -1;
	return v.min;
}
