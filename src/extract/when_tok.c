/* when_tok.c - the bytes of a text as the date reader sees them: digits of
 * three scripts, Arabic letters folded to one spelling, the spaces and marks
 * between words, and the tokens (numbers, Latin and Arabic words) made of
 * them. Everything else in when_*.c reads the text through these. */
#include "extract/when_impl.h"

#include <stdint.h>

#include "base/utf8.h"

/* A token is read no further than this (a longer word or number is no date
 * part), and no more than SPACE_MAX bytes of space between two parts: what
 * looks ahead from one word start never reads far. */
#define NUM_MAX_DIGITS 8
#define SPACE_MAX 64

static int ar_mark(unsigned cp)
{
	return cp == 0x640 || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || (cp >= 0x6D6 && cp <= 0x6ED);
}

/* Spellings that do not change the word: hamza on alif, alif maqsura, ta
 * marbuta, Persian yeh and keheh. The word tables below are written folded. */
static unsigned ar_fold(unsigned cp)
{
	switch (cp) {
	case 0x622: case 0x623: case 0x625: case 0x671:
		return 0x627;
	case 0x649: case 0x6CC:
		return 0x64A;
	case 0x629:
		return 0x647;
	case 0x6A9:
		return 0x643;
	default:
		return cp;
	}
}

size_t when_sp_len(struct when_scan *sc, size_t i)
{
	unsigned c = when_at(sc, i), c2 = when_at(sc, i + 1), c3 = when_at(sc, i + 2);
	if (c == ' ' || c == '\t')
		return 1;
	if ((c == 0xC2 && c2 == 0xA0) || (c == 0xD8 && c2 == 0x9C))
		return 2;
	if (c == 0xE2 && c2 == 0x80 && ((c3 >= 0x8B && c3 <= 0x8F) || (c3 >= 0xAA && c3 <= 0xAF)))
		return 3;
	if (c == 0xE2 && c2 == 0x81 && c3 >= 0xA6 && c3 <= 0xA9)
		return 3;
	return 0;
}

size_t when_skip_sp(struct when_scan *sc, size_t i)
{
	size_t l, from = i;
	while (i - from < SPACE_MAX && (l = when_sp_len(sc, i)))
		i += l;
	return i;
}

size_t when_comma_len(struct when_scan *sc, size_t i)
{
	if (when_at(sc, i) == ',')
		return 1;
	return when_at(sc, i) == 0xD8 && when_at(sc, i + 1) == 0x8C ? 2 : 0;
}

size_t when_dash_len(struct when_scan *sc, size_t i)
{
	if (when_at(sc, i) == '-')
		return 1;
	if (when_at(sc, i) == 0xE2 && when_at(sc, i + 1) == 0x80 &&
	    (when_at(sc, i + 2) == 0x93 || when_at(sc, i + 2) == 0x94))
		return 3;
	return 0;
}

static void tok_read(struct when_scan *sc, size_t i, struct when_tok *t);

void when_tok_at(struct when_scan *sc, size_t i, struct when_tok *t)
{
	if (sc->memo_set && sc->memo_at == i) {
		*t = sc->memo;
		return;
	}
	tok_read(sc, i, t);
	sc->memo = *t;
	sc->memo_at = i;
	sc->memo_set = 1;
}

static void tok_read(struct when_scan *sc, size_t i, struct when_tok *t)
{
	size_t l;
	int dv;
	t->kind = T_NONE;
	t->start = t->end = i;
	t->val = t->nd = t->len = t->lower = 0;
	if (i >= sc->n)
		return;
	if (when_dig(sc, i, &l) >= 0) {
		long v = 0;
		while (t->nd < NUM_MAX_DIGITS && (dv = when_dig(sc, i, &l)) >= 0) {
			v = v * 10 + dv;
			t->nd++;
			i += l;
		}
		t->kind = T_NUM;
		t->val = t->nd > 6 ? -1 : (int)v;
		t->end = i;
		return;
	}
	unsigned c = sc->s[i];
	if (when_is_lat(c)) {
		t->kind = T_LAT;
		t->lower = 1;
		for (; i < sc->n && when_is_lat(sc->s[i]) && t->len <= WMAX; i++) {
			if (sc->s[i] < 'a')
				t->lower = 0;
			if (t->len < WMAX)
				t->w[t->len] = (char)(sc->s[i] | 0x20);
			t->len++;
		}
		t->end = i;
		return;
	}
	unsigned cp;
	if ((cp = when_ar_at(sc, i))) {
		t->kind = T_AR;
		for (; t->len <= WMAX && (cp = when_ar_at(sc, i)); i += 2) {
			if (ar_mark(cp))
				continue;
			cp = ar_fold(cp);
			if (t->len + 2 <= WMAX) {
				t->w[t->len] = (char)(0xC0 | cp >> 6);
				t->w[t->len + 1] = (char)(0x80 | (cp & 0x3F));
				t->len += 2;
			} else {
				t->len = WMAX + 1;
			}
		}
		t->end = i;
		return;
	}
	uint32_t u;
	t->kind = T_PUNCT;
	t->end = i + (size_t)utf8_decode((const char *)sc->s + i, sc->n - i, &u);
}

void when_next_tok(struct when_scan *sc, size_t i, struct when_tok *t)
{
	when_tok_at(sc, when_skip_sp(sc, i), t);
}

int when_prev_tok(struct when_scan *sc, size_t i, struct when_tok *t)
{
	size_t lim = i > 40 ? i - 40 : 0, j = i;
	while (j > lim && (sc->s[j - 1] == ' ' || sc->s[j - 1] == '\t'))
		j--;
	size_t e = j;
	if (j == lim)
		return 0;
	unsigned c = sc->s[j - 1];
	if (when_is_lat(c))
		while (j > lim && when_is_lat(sc->s[j - 1]))
			j--;
	else if (c >= '0' && c <= '9')
		while (j > lim && sc->s[j - 1] >= '0' && sc->s[j - 1] <= '9')
			j--;
	else
		while (j >= lim + 2 && when_ar_at(sc, j - 2))
			j -= 2;
	if (j == e || (j == lim && lim > 0))
		return 0;
	when_tok_at(sc, j, t);
	return t->end == e;
}
