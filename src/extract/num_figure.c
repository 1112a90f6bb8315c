/* num_figure.c - one number, exact or vague with a figure: digit strings
 * ("3,100", "٤٣"), numbers in words ("two hundred and fifty", "3 million",
 * "half a dozen") and plurals ("dozens", "several hundred", "tens of
 * thousands"). Qualifiers and ranges around them are num.c's. */
#include "extract/num_impl.h"

#define MAX_DIGITS 9    /* a longer digit string is not a count */

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

/* A digit string: "43", "3,100", "٤٣", "١٬٥٠٠". Thousands separators (','
 * or U+066C) only between whole groups of three: "3,10" is 3. */
int num_digits(const struct num_rd *r, size_t at, struct num_val *v)
{
	int script, sc, d;
	if ((d = num_digit_at(r, at, &script)) < 0)
		return R_NONE;
	size_t w = script ? 2 : 1, i = at;
	long val = 0;
	int count = 0, groups = 0, lead = d;
	while ((d = num_digit_at(r, i, &sc)) >= 0) {
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
		while (got < 3 && (d = num_digit_at(r, j, &sc)) >= 0 && sc == script) {
			g = g * 10 + d;
			j += w;
			got++;
		}
		if (got < 3 || num_is_digit(r, j))
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
		if (c == '%' || ((c == '.' || c == ':' || c == '/') && num_is_digit(r, i + 1)))
			return R_BAD;
		if (c == 0xD9 && i + 1 < r->n &&
		    (r->s[i + 1] == 0xAA || (r->s[i + 1] == 0xAB && num_is_digit(r, i + 2))))
			return R_BAD;
		if (num_glued(r, i) || num_hyphen_word(r, i))
			return R_BAD;
	}
	if (val > NUM_MAX)
		return R_BAD;
	num_set(v, val, val, i, NUM_DIGITS);
	v->year = !groups && count == 4 && val >= 1900 && val <= 2100;
	return R_OK;
}

/* "half a dozen", "half a million" */
static int half(const struct num_rd *r, const struct num_tok *h, struct num_val *v)
{
	struct num_tok a, m;
	if (!num_next_is(r, h, T_A, &a) || !num_next(r, &a, &m))
		return R_NONE;
	if (m.kind == T_BIG)
		return R_BAD;
	long x = mult_of(m.kind);
	if (!x)
		return R_NONE;
	num_set(v, x / 2, x / 2, m.end, NUM_WORDS);
	v->top = x;
	return R_OK;
}

/* What the last word of a cardinal was: it says which words may follow. */
enum last { L_DIGITS, L_A, L_ZERO, L_UNIT, L_TENS, L_HUNDRED, L_BIG, L_AND, L_DOZEN };

/* An exact number in words, or digits with multiplier words: "forty-three",
 * "forty three", "two hundred and fifty", "a thousand", "3 million",
 * "twelve hundred", "two dozen". Reads as far as the words make one number
 * and stops before the first word that does not continue it. */
static int cardinal(const struct num_rd *r, size_t at, struct num_val *v)
{
	struct num_tok t;
	long total = 0, group, big_ok = NUM_MAX + 1L;
	int last, rc;

	if ((rc = num_digits(r, at, v)) == R_BAD)
		return R_BAD;
	if (rc == R_OK) {
		group = v->min;
		last = L_DIGITS;
	} else if (!num_lex(r, at, &t)) {
		return R_NONE;
	} else if (t.kind == T_HALF) {
		return half(r, &t, v);
	} else if (t.kind == T_CARD) {
		group = t.v;
		last = t.v == 0 ? L_ZERO : t.v >= 20 ? L_TENS : L_UNIT;
		num_set(v, 0, 0, t.end, NUM_WORDS);
	} else if (t.kind == T_A) {
		struct num_tok m;
		if (!num_next(r, &t, &m) || !(mult_of(m.kind) || m.kind == T_BIG))
			return R_NONE;
		group = 1;
		last = L_A;
		num_set(v, 0, 0, t.end, NUM_WORDS);
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
		else if ((q = num_skip_gap(r, v->end)) == v->end)
			break;
		if (!num_lex(r, q, &t))
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
			struct num_tok u;
			if (!(last == L_HUNDRED || last == L_BIG) || !num_next(r, &t, &u) ||
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
	return num_set_total(v, total + group);
}

/* "tens of thousands", "hundreds of thousands": the plural t, then maybe
 * "of thousands" or "of millions". */
static int plural(const struct num_rd *r, const struct num_tok *t, struct num_val *v)
{
	struct num_tok of, m;
	long min = t->v;
	size_t end = t->end;
	if (min < 2000 && num_next_is(r, t, T_OF, &of) && num_next_is(r, &of, T_PLURAL, &m) && m.v >= 2000)
		return num_plural_of(v, min, m.v, m.end);
	num_set(v, min, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

/* After "several", "many", "a few": "dozen", "hundred", "thousand",
 * "hundred thousand" or a plural read as their plural ("several hundred"
 * is "hundreds"). R_NONE when none follows: the word has no figure. */
static int several(const struct num_rd *r, const struct num_tok *w, struct num_val *v)
{
	struct num_tok t, u;
	if (!num_next(r, w, &t))
		return R_NONE;
	if (t.kind == T_PLURAL)
		return plural(r, &t, v);
	if (t.kind == T_BIG)
		return R_BAD;
	long m = mult_of(t.kind), min = 2 * m;
	size_t end = t.end;
	if (!m)
		return R_NONE;
	if (num_next(r, &t, &u)) {
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
	num_set(v, min, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

int num_number(const struct num_rd *r, size_t at, struct num_val *v)
{
	struct num_tok t, u;
	int rc;
	if (num_is_digit(r, at)) {
		rc = cardinal(r, at, v);
	} else if (!num_lex(r, at, &t)) {
		return R_NONE;
	} else if (t.kind == T_CARD || t.kind == T_HALF) {
		rc = cardinal(r, at, v);
	} else if (t.kind == T_A) {
		rc = cardinal(r, at, v);
		if (rc == R_NONE && num_next_is(r, &t, T_FEW, &u))
			rc = several(r, &u, v);
	} else if (t.kind == T_PLURAL) {
		rc = plural(r, &t, v);
	} else if (t.kind == T_SEVERAL || t.kind == T_MANY) {
		rc = several(r, &t, v);
	} else {
		return R_NONE;
	}
	if (rc == R_OK && num_hyphen_word(r, v->end))
		return R_BAD;
	return rc;
}
