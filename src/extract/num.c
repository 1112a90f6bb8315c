/* num.c - the number reader: the phrases reports wrap around a figure
 * (num.h; the rules and why are in docs/extract-numbers.md): qualifiers
 * ("at least", "more than", "up to"), ranges ("10-15", "between 10 and 15",
 * "two or three"), "no one", "several", and the two public functions.
 * num_impl.h says how num_lex.c and num_figure.c share the work. */
#include "extract/num.h"

#include "extract/num_impl.h"

/* Make a the range a..b if b is above a. A bare first number takes the
 * second's multiplier: "two to three thousand" is 2000..3000. */
int num_join(struct num_val *a, const struct num_val *b)
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
static int range_or_number(const struct num_rd *r, size_t at, struct num_val *v)
{
	struct num_val b;
	struct num_tok t, u;
	int rc = num_number(r, at, v);
	if (rc != R_OK || (v->flags & NUM_VAGUE))
		return rc;

	size_t p = v->end, q = p;
	int space = q < r->n && r->s[q] == ' ';
	size_t d = num_dash_len(r, q + space);
	if (d) {
		q += space + d;
		if (space && !(q < r->n && r->s[q] == ' '))
			return R_OK;
		q += space;
		if ((rc = num_number(r, q, &b)) == R_BAD)
			return R_BAD;
		if (rc == R_OK && !(b.flags & NUM_VAGUE)) {
			/* "5-12-2025", "2017-04-05": a date */
			if ((b.end < r->n && r->s[b.end] == '/') ||
			    (num_dash_len(r, b.end) && num_is_digit(r, b.end + num_dash_len(r, b.end))))
				return R_BAD;
			num_join(v, &b);
		}
		return R_OK;
	}

	if ((q = num_skip_gap(r, p)) == p || !num_lex(r, q, &t) || (t.kind != T_TO && t.kind != T_OR))
		return R_OK;
	if (t.kind == T_OR && num_next(r, &t, &u) && (u.kind == T_SO || u.kind == T_MORE)) {
		v->flags |= NUM_QUALIFIED;
		v->end = u.end;
		return R_OK;
	}
	if ((q = num_skip_gap(r, t.end)) == t.end)
		return R_OK;
	if ((rc = num_number(r, q, &b)) == R_BAD)
		return R_BAD;
	if (rc == R_OK && !(b.flags & NUM_VAGUE))
		num_join(v, &b);
	return R_OK;
}

int num_qualify(struct num_val *v, enum num_qual q)
{
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

/* The number after a qualifier that ends at after. */
static int qualified(const struct num_rd *r, size_t after, enum num_qual q, struct num_val *v)
{
	size_t at = num_skip_gap(r, after);
	if (at == after)
		return R_NONE;
	int rc = range_or_number(r, at, v);
	return rc == R_OK ? num_qualify(v, q) : rc;
}

/* The qualifier t, second word kind, then the number. */
static int follow(const struct num_rd *r, const struct num_tok *t, int kind, enum num_qual q, struct num_val *v)
{
	struct num_tok u;
	return num_next_is(r, t, kind, &u) ? qualified(r, u.end, q, v) : R_NONE;
}

/* "between 10 and 15", also "between 10-15" and "between 10 to 15" */
static int between(const struct num_rd *r, const struct num_tok *t, struct num_val *v)
{
	struct num_val b;
	struct num_tok first, and;
	size_t q = num_skip_gap(r, t->end);
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
	if (!num_next_is(r, &first, T_AND, &and) || (q = num_skip_gap(r, and.end)) == and.end)
		return R_NONE;
	if ((rc = num_number(r, q, &b)) != R_OK)
		return rc;
	return !(b.flags & NUM_VAGUE) && num_join(v, &b) ? R_OK : R_NONE;
}

/* "from 10 to 15": only as a range */
static int from(const struct num_rd *r, const struct num_tok *t, struct num_val *v)
{
	size_t q = num_skip_gap(r, t->end);
	if (q == t->end)
		return R_NONE;
	int rc = range_or_number(r, q, v);
	if (rc != R_OK)
		return rc;
	return (v->flags & NUM_RANGE) && !(v->flags & NUM_QUALIFIED) ? R_OK : R_NONE;
}

/* "no", "none", "no one": 0..0 */
static int zero(size_t end, struct num_val *v)
{
	num_set(v, 0, 0, end, NUM_WORDS);
	return R_OK;
}

/* "several", "a number of": people were counted, no figure was given */
static int vague(size_t end, struct num_val *v)
{
	num_set(v, -1, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

static int article(int opts, size_t end, struct num_val *v)
{
	if (!(opts & NUM_READ_ARTICLE))
		return R_NONE;
	num_set(v, 1, 1, end, NUM_ARTICLE);
	return R_OK;
}

int num_digit_phrase(const struct num_rd *r, size_t at, struct num_val *v)
{
	struct num_val a;
	int rc = range_or_number(r, at, v);
	if (rc == R_BAD)
		return R_BAD;
	int ra = num_ar_range_or_number(r, at, &a);
	if (ra == R_BAD)
		return R_BAD;
	if (ra == R_OK && (rc != R_OK || a.end > v->end))
		*v = a;
	return rc == R_OK ? rc : ra;
}

static int phrase(const struct num_rd *r, int opts, struct num_val *v)
{
	struct num_tok t, u, w;
	int rc;
	if (num_is_digit(r, 0))
		return num_digit_phrase(r, 0, v);
	if (num_ar_letter_at(r, 0))
		return num_ar_phrase(r, v);
	if (!num_lex(r, 0, &t))
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
		if (num_next(r, &t, &u)) {
			if (u.kind == T_FEW || u.kind == T_HANDFUL)
				return vague(u.end, v);
			if (u.kind == T_NUMBER && num_next_is(r, &u, T_OF, &w))
				return vague(w.end, v);
			if (u.kind == T_MINIMUM && num_next_is(r, &u, T_OF, &w) &&
			    (rc = qualified(r, w.end, Q_EXACT, v)) != R_NONE)
				return rc;
		}
		return article(opts, t.end, v);
	case T_AN:
		if (num_next_is(r, &t, T_ESTIMATED, &u) && (rc = qualified(r, u.end, Q_EXACT, v)) != R_NONE)
			return rc;
		return article(opts, t.end, v);
	case T_SOME:
		rc = qualified(r, t.end, Q_EXACT, v);
		return rc == R_NONE ? vague(t.end, v) : rc;
	case T_NO:
		if (t.end < r->n && r->s[t.end] == '-')    /* no-one; no-go is not read */
			return num_lex(r, t.end + 1, &u) && u.kind == T_CARD && u.v == 1 ? zero(u.end, v) : R_NONE;
		if (num_next(r, &t, &u)) {
			if ((u.kind == T_FEWER || u.kind == T_LESS) && num_next_is(r, &u, T_THAN, &w))
				return qualified(r, w.end, Q_EXACT, v);
			if (u.kind == T_MORE && num_next_is(r, &u, T_THAN, &w))
				return qualified(r, w.end, Q_UPTO, v);
			if (u.kind == T_CARD && u.v == 1)
				return zero(u.end, v);
		}
		/* "No. 5", "no 5": a number sign */
		if ((t.end < r->n && r->s[t.end] == '.') || num_is_digit(r, num_skip_gap(r, t.end)))
			return R_NONE;
		return zero(t.end, v);
	case T_NIL:
		return zero(t.end, v);
	case T_NOT:
		if (num_next(r, &t, &u)) {
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
		return num_next_is(r, &t, T_EXCESS, &u) ? follow(r, &u, T_OF, Q_MORE, v) : R_NONE;
	case T_APPROX:
		return qualified(r, t.end, Q_EXACT, v);
	case T_CLOSE:
		return follow(r, &t, T_TO, Q_EXACT, v);
	case T_AS:
		return num_next_is(r, &t, T_MANY, &u) ? follow(r, &u, T_AS, Q_EXACT, v) : R_NONE;
	case T_BETWEEN:
		return between(r, &t, v);
	case T_FROM:
		return from(r, &t, v);
	default:
		return R_NONE;
	}
}

size_t num_read(const char *s, size_t n, int opts, struct num_phrase *out)
{
	struct num_rd r = { (const unsigned char *)s, n };
	struct num_val v;
	*out = (struct num_phrase){ .len = 0, .lead = 0, .min = -1, .max = -1, .flags = 0 };
	if (!n || !num_may_start(&r) || phrase(&r, opts, &v) != R_OK || num_hyphen_word(&r, v.end))
		return 0;
	if (v.year && !(v.flags & NUM_QUALIFIED))
		v.flags |= NUM_YEARLIKE;
	*out = (struct num_phrase){ .len = v.end, .lead = v.lead, .min = v.min, .max = v.max,
				    .flags = v.flags };
	return v.end;
}

long num_value(const char *s, size_t n)
{
	struct num_rd r = { (const unsigned char *)s, n };
	struct num_val v;
	if (!n)
		return -1;
	if (num_number(&r, 0, &v) == R_OK && v.end == n && !(v.flags & NUM_VAGUE))
		return v.min;
	if (num_ar_number(&r, 0, &v) == R_OK && v.end == n && !(v.flags & NUM_VAGUE))
		return v.min;
	return -1;
}
