/* num_ar.c - Arabic number phrases: cardinal words in their gender and case
 * forms ("ثلاثة وأربعون", "ثلاث مئة", "أحد عشر ألفا"), digits with Arabic
 * multipliers ("٣ آلاف"), vague plurals ("عشرات الآلاف", "بضعة"),
 * qualifiers before the figure ("نحو", "أكثر من", "ما لا يقل عن") and
 * after it ("تقريبا", "على الأقل"), and ranges ("بين ١٠ و١٥", "١٠ أو ١٢").
 * The range rules are the English ones (docs/extract-numbers.md); num.c
 * calls in here when a phrase opens with an Arabic letter, and after
 * digits. The words, their spellings and clitics are num_ar_lex.c's. */
#include "extract/num.h"

#include "extract/num_impl.h"

static long ar_mult(int kind)
{
	switch (kind) {
	case T_AR_THOUSAND: case T_AR_THOUSANDS: return 1000;
	case T_AR_MILLION: case T_AR_MILLIONS: return 1000000;
	default: return 0;
	}
}

/* A bare 3..10 ("خمس", "ست", "عشر") before a definite word that is not a
 * number: "خمس السكان" (a fifth of the people), "ست البيت" (the lady of the
 * house), "العشر الأواخر". A count of 3..10 takes an indefinite plural
 * ("خمس غارات") or "من". */
static int before_definite(const struct num_rd *r, const struct num_ar_tok *t)
{
	struct num_ar_tok u;
	size_t q = num_skip_gap(r, t->end);
	if (q == t->end || !num_ar_definite(r, q))
		return 0;
	return !(num_ar_lex(r, q, 0, &u) && (ar_mult(u.kind) || u.kind == T_AR_PLURAL));
}

/* What the last part of a cardinal was: it says what may follow. */
enum { A_DIG, A_UNIT, A_TEEN, A_TENS, A_HUND, A_BIG };

/* "...عشر": the teen t makes with the word after it, or 0. */
static size_t ar_teen_end(const struct num_rd *r, size_t end)
{
	struct num_ar_tok u;
	return num_ar_next(r, end, &u) && u.kind == T_AR_UNIT && u.v == 10 ? u.end : 0;
}

/* An exact number in Arabic words, or digits with Arabic multipliers. The
 * parts come largest first, joined by "و", and a unit comes before its
 * tens: "ثلاثة آلاف وخمسمئة وأربعة وعشرون" is 3524. Reads as far as the
 * words make one number. With noconj, stops before the first "و" ("بين
 * ثلاثة وأربعين" is read by ar_between as 3..40). */
static int ar_cardinal(const struct num_rd *r, size_t at, const struct num_ar_tok *t, int noconj,
		       struct num_val *v)
{
	struct num_ar_tok u;
	long total = 0, group = 0, big_ok = NUM_MAX + 1L;
	int last, rc;
	size_t e;

	if (t->kind == 0) {
		size_t d = num_ar_article_digits(r, at);
		if ((rc = num_digits(r, d ? d : at, v)) != R_OK)
			return rc;
		group = v->min;
		last = A_DIG;
	} else {
		num_set(v, 0, 0, t->end, NUM_WORDS);
		switch (t->kind) {
		case T_AR_UNIT:
			if ((t->f & AR_SHORT) && before_definite(r, t))
				return R_NONE;
			group = t->v;
			last = t->v == 10 ? A_TEEN : A_UNIT;
			break;
		case T_AR_TEENHEAD:
			if (!(e = ar_teen_end(r, t->end)))
				return R_NONE;
			group = 10 + t->v;
			last = A_TEEN;
			v->end = e;
			break;
		case T_AR_TENS:
			group = t->v;
			last = A_TENS;
			break;
		case T_AR_HUNDRED:
		case T_AR_HUNDREDS:
			group = t->v;
			last = A_HUND;
			v->top = 100;
			break;
		case T_AR_THOUSAND:
		case T_AR_THOUSAND2:
		case T_AR_MILLION:
		case T_AR_MILLION2:
			total = t->v;
			big_ok = t->v >= 1000000 ? 1000000 : 1000;
			v->k = total / big_ok;
			v->mult = big_ok;
			v->top = big_ok;
			last = A_BIG;
			break;
		default:
			return R_NONE;
		}
	}

	for (;;) {
		size_t c = noconj ? 0 : num_ar_conj(r, v->end);
		if (c) {
			if (last != A_UNIT && last != A_HUND && last != A_BIG)
				break;
			if (!num_ar_lex(r, c, 0, &u))
				break;
			if (last == A_UNIT) {          /* "ثلاثة وأربعون" */
				if (u.kind != T_AR_TENS)
					break;
				group += u.v;
				last = A_TENS;
			} else if (u.kind == T_AR_UNIT) {   /* "مئة وخمسة", "ألف وعشرة" */
				group += u.v;
				last = u.v == 10 ? A_TEEN : A_UNIT;
			} else if (u.kind == T_AR_TEENHEAD) {
				if (!(e = ar_teen_end(r, u.end)))
					break;
				group += 10 + u.v;
				last = A_TEEN;
				u.end = e;
			} else if (u.kind == T_AR_TENS) {
				group += u.v;
				last = A_TENS;
			} else if (last == A_BIG && (u.kind == T_AR_HUNDRED || u.kind == T_AR_HUNDREDS)) {
				group = u.v;
				last = A_HUND;
			} else if (last == A_BIG && u.kind == T_AR_HALF) {   /* "ألف ونصف" */
				total += big_ok / 2;
				v->mult = 0;
				v->end = u.end;
				break;
			} else {
				break;
			}
			v->mult = 0;
			v->end = u.end;
			v->flags |= NUM_WORDS;
			continue;
		}
		if (!num_ar_next(r, v->end, &u))
			break;
		long m = ar_mult(u.kind);
		if (u.kind == T_AR_UNIT && u.v == 10 && last == A_UNIT) {   /* "خمسة عشر" */
			group += 10;
			last = A_TEEN;
		} else if (u.kind == T_AR_HUNDRED && last == A_UNIT && group >= 3 && group <= 9) {
			group *= 100;                /* "ثلاث مئة" */
			last = A_HUND;
			if (v->top < 100)
				v->top = 100;
		} else if (m && last != A_BIG && group >= 1 && m < big_ok) {
			if (group > (NUM_MAX - total) / m)
				return R_BAD;
			if (total) {
				v->mult = 0;
			} else {
				v->k = group;
				v->mult = m;
			}
			total += group * m;
			group = 0;
			big_ok = m;
			last = A_BIG;
			if (m > v->top)
				v->top = m;
		} else if (u.kind == T_AR_BIG && last != A_BIG) {
			return R_BAD;            /* "٣ مليارات" */
		} else {
			break;
		}
		v->end = u.end;
		v->flags |= NUM_WORDS;
	}
	return num_set_total(v, total + group);
}

/* "عشرات", "المئات", "آلاف", then maybe "الآلاف" or "الملايين": "عشرات
 * الآلاف" is tens of thousands (20,000, as in English), while عشرات alone
 * is read as monitors translate it, "dozens" (24). */
static int ar_plural(const struct num_rd *r, const struct num_ar_tok *t, struct num_val *v)
{
	struct num_ar_tok u;
	long min = t->v;
	size_t end = t->end;
	if (min < 2000 && num_ar_next(r, end, &u) &&
	    (u.kind == T_AR_PLURAL || u.kind == T_AR_THOUSANDS || u.kind == T_AR_MILLIONS) && u.v >= 2000)
		/* tens of thousands, not dozens of thousands */
		return num_plural_of(v, min == 24 ? 20 : min, u.v, u.end);
	num_set(v, min, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

/* After "عدة", "بضع", "بضعة": a plural read as the plural ("بضعة آلاف" is
 * thousands); "بضعة عشر" is 13..19. R_NONE when none follows: the word has
 * no figure. */
static int ar_several(const struct num_rd *r, const struct num_ar_tok *t, struct num_val *v)
{
	struct num_ar_tok u;
	if (!num_ar_next(r, t->end, &u))
		return R_NONE;
	if (u.kind == T_AR_PLURAL || u.kind == T_AR_THOUSANDS || u.kind == T_AR_MILLIONS)
		return ar_plural(r, &u, v);
	if (t->v == 1 && u.kind == T_AR_UNIT && u.v == 10) {
		num_set(v, 13, 19, u.end, NUM_WORDS | NUM_RANGE);
		return R_OK;
	}
	return R_NONE;
}

/* One number at s[at], t its token (NULL: read it here). */
static int ar_number(const struct num_rd *r, size_t at, const struct num_ar_tok *t, int noconj,
		     struct num_val *v)
{
	struct num_ar_tok own;
	int rc;
	if (!t) {
		if (!num_ar_tok_at(r, at, &own))
			return R_NONE;
		t = &own;
	}
	switch (t->kind) {
	case 0:
	case T_AR_UNIT: case T_AR_TEENHEAD: case T_AR_TENS: case T_AR_HUNDRED: case T_AR_HUNDREDS:
	case T_AR_THOUSAND: case T_AR_THOUSAND2: case T_AR_MILLION: case T_AR_MILLION2:
		rc = ar_cardinal(r, at, t, noconj, v);
		break;
	case T_AR_PLURAL: case T_AR_THOUSANDS: case T_AR_MILLIONS:
		rc = ar_plural(r, t, v);
		break;
	case T_AR_SEVERAL:
		rc = ar_several(r, t, v);
		break;
	case T_AR_DEFUNIT: {      /* "الثلاثة", "الخمسة عشر" */
		size_t e = t->v < 10 ? ar_teen_end(r, t->end) : 0;
		num_set(v, e ? 10 + t->v : t->v, e ? 10 + t->v : t->v, e ? e : t->end, NUM_WORDS);
		rc = R_OK;
		break;
	}
	default:
		return R_NONE;
	}
	if (rc == R_OK && num_hyphen_word(r, v->end))
		return R_BAD;
	return rc;
}

/* A number, then maybe a second one that makes a range ("١٠-١٥", "١٠ أو
 * ١٢", "عشرة إلى خمسة عشر"), "أو أكثر", and the qualifiers that follow a
 * number: "تقريبا", "على الأقل". */
static int ar_range_or_number(const struct num_rd *r, size_t at, const struct num_ar_tok *t, int noconj,
			      struct num_val *v)
{
	struct num_val b;
	struct num_ar_tok u, w;
	int rc = ar_number(r, at, t, noconj, v);
	if (rc != R_OK)
		return rc;
	if (!(v->flags & NUM_VAGUE)) {
		size_t q = v->end;
		int space = q < r->n && r->s[q] == ' ';
		size_t d = num_dash_len(r, q + space);
		if (d) {
			q += space + d;
			if (!space || (q < r->n && r->s[q] == ' ')) {
				q += space;
				if ((rc = ar_number(r, q, NULL, 0, &b)) == R_BAD)
					return R_BAD;
				if (rc == R_OK && !(b.flags & NUM_VAGUE)) {
					size_t d2 = num_dash_len(r, b.end);
					if ((b.end < r->n && r->s[b.end] == '/') ||
					    (d2 && num_is_digit(r, b.end + d2)))
						return R_BAD;     /* "5-12-2025": a date */
					num_join(v, &b);
				}
			}
		} else if (num_ar_next(r, v->end, &u) &&
			   (u.kind == T_AR_OR || u.kind == T_AR_TO || u.kind == T_AR_UNTIL)) {
			if (u.kind == T_AR_OR && num_ar_next(r, u.end, &w) && w.kind == T_AR_MORE) {
				v->flags |= NUM_QUALIFIED;       /* "أو أكثر" */
				v->end = w.end;
			} else if ((q = num_skip_gap(r, u.end)) != u.end) {
				if ((rc = ar_number(r, q, NULL, 0, &b)) == R_BAD)
					return R_BAD;
				if (rc == R_OK && !(b.flags & NUM_VAGUE))
					num_join(v, &b);
			}
		}
	}
	if (num_ar_next(r, v->end, &u)) {
		if (u.kind == T_AR_APPROX && (u.f & AR_AFTER)) {
			v->flags |= NUM_QUALIFIED;
			v->end = u.end;
		} else if (u.kind == T_AR_ON && u.v == 1 && num_ar_next(r, u.end, &w) && w.kind == T_AR_LEAST) {
			v->flags |= NUM_QUALIFIED;
			v->end = w.end;
		}
	}
	return R_OK;
}

int num_ar_range_or_number(const struct num_rd *r, size_t at, struct num_val *v)
{
	return ar_range_or_number(r, at, NULL, 0, v);
}

int num_ar_number(const struct num_rd *r, size_t at, struct num_val *v)
{
	return ar_number(r, at, NULL, 0, v);
}

/* The number after a qualifier that ends at after. */
static int ar_qualified(const struct num_rd *r, size_t after, enum num_qual q, struct num_val *v)
{
	size_t at = num_skip_gap(r, after);
	if (at == after)
		return R_NONE;
	int rc = ar_range_or_number(r, at, NULL, 0, v);
	return rc == R_OK ? num_qualify(v, q) : rc;
}

/* The word after end is of the kind, then the number: "أكثر من ١٠". */
static int ar_follow(const struct num_rd *r, size_t end, int kind, enum num_qual q, struct num_val *v)
{
	struct num_ar_tok u;
	return num_ar_next(r, end, &u) && u.kind == kind ? ar_qualified(r, u.end, q, v) : R_NONE;
}

/* "(ما) بين ١٠ و١٥", also "بين ١٠-١٥" and "بين ١٠ إلى ١٥" */
static int ar_between(const struct num_rd *r, size_t end, struct num_val *v)
{
	struct num_val b;
	size_t q = num_skip_gap(r, end), c;
	if (q == end)
		return R_NONE;
	for (int noconj = 0; noconj < 2; noconj++) {
		int rc = ar_range_or_number(r, q, NULL, noconj, v);
		if (rc != R_OK)
			return rc;
		if (v->flags & (NUM_VAGUE | NUM_QUALIFIED))
			return R_NONE;
		if (v->flags & NUM_RANGE)
			return R_OK;
		if ((c = num_ar_conj(r, v->end)) != 0) {
			if ((rc = ar_number(r, c, NULL, 0, &b)) != R_OK)
				return rc;
			return !(b.flags & NUM_VAGUE) && num_join(v, &b) ? R_OK : R_NONE;
		}
	}
	return R_NONE;
}

/* "من ١٠ إلى ١٥": only as a range */
static int ar_from(const struct num_rd *r, size_t end, struct num_val *v)
{
	size_t q = num_skip_gap(r, end);
	if (q == end)
		return R_NONE;
	int rc = ar_range_or_number(r, q, NULL, 0, v);
	if (rc != R_OK)
		return rc;
	return (v->flags & NUM_RANGE) && !(v->flags & NUM_QUALIFIED) ? R_OK : R_NONE;
}

/* "حتى ٢٠": up to 20. Not "حتى ٢٠١٤" (until 2014), nor "حتى العشرات". */
static int ar_until(const struct num_rd *r, size_t end, struct num_val *v)
{
	size_t at = num_skip_gap(r, end);
	if (at == end)
		return R_NONE;
	int rc = ar_range_or_number(r, at, NULL, 0, v);
	if (rc != R_OK)
		return rc;
	if (v->year || (v->flags & NUM_VAGUE))
		return R_NONE;
	return num_qualify(v, Q_UPTO);
}

/* "لا يقل عن" (at least), "لا يزيد عن" (no more than) */
static int ar_not(const struct num_rd *r, size_t end, struct num_val *v)
{
	struct num_ar_tok u;
	if (!num_ar_next(r, end, &u))
		return R_NONE;
	if (u.kind == T_AR_BELOW)
		return ar_follow(r, u.end, T_AR_ON, Q_EXACT, v);
	if (u.kind == T_AR_EXCEED)
		return ar_follow(r, u.end, T_AR_ON, Q_UPTO, v);
	return R_NONE;
}

static int ar_vague(size_t end, struct num_val *v)
{
	num_set(v, -1, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

/* The phrase whose first token t is at s[at]. */
static int ar_phrase_at(const struct num_rd *r, size_t at, const struct num_ar_tok *t, struct num_val *v)
{
	struct num_ar_tok u;
	int rc;
	switch (t->kind) {
	case 0:
		return num_digit_phrase(r, at, v);
	case T_AR_UNIT: case T_AR_TEENHEAD: case T_AR_TENS: case T_AR_HUNDRED: case T_AR_HUNDREDS:
	case T_AR_THOUSAND: case T_AR_THOUSAND2: case T_AR_MILLION: case T_AR_MILLION2:
	case T_AR_PLURAL: case T_AR_THOUSANDS: case T_AR_MILLIONS: case T_AR_DEFUNIT:
		return ar_range_or_number(r, at, t, 0, v);
	case T_AR_SEVERAL:
		rc = ar_range_or_number(r, at, t, 0, v);
		return rc == R_NONE ? ar_vague(t->end, v) : rc;
	case T_AR_NUMBER:         /* "عدد من", "العديد من" */
		return num_ar_next(r, t->end, &u) && u.kind == T_AR_FROM ? ar_vague(u.end, v) : R_NONE;
	case T_AR_APPROX:
	case T_AR_NEAR:
		return ar_qualified(r, t->end, Q_EXACT, v);
	case T_AR_MORE:
		return ar_follow(r, t->end, T_AR_FROM, Q_MORE, v);
	case T_AR_LESS:
		return ar_follow(r, t->end, T_AR_FROM, Q_LESS, v);
	case T_AR_NOT:
		return ar_not(r, t->end, v);
	case T_AR_UNTIL:
		return ar_until(r, t->end, v);
	case T_AR_ON:             /* "على الأقل ٣٠" */
		if (t->v == 1 && num_ar_next(r, t->end, &u) && u.kind == T_AR_LEAST)
			return ar_qualified(r, u.end, Q_EXACT, v);
		return R_NONE;
	case T_AR_BETWEEN:
		return ar_between(r, t->end, v);
	case T_AR_FROM:
		return ar_from(r, t->end, v);
	case T_AR_MA:
		if (!num_ar_next(r, t->end, &u))
			return R_NONE;
		switch (u.kind) {
		case T_AR_NEAR:   /* ما يقارب، ما يناهز */
			return ar_qualified(r, u.end, Q_EXACT, v);
		case T_AR_NEARLY: /* ما يقرب من */
			return ar_follow(r, u.end, T_AR_FROM, Q_EXACT, v);
		case T_AR_EXCEED: /* ما يزيد عن/على، ما يربو على */
			return ar_follow(r, u.end, T_AR_ON, Q_MORE, v);
		case T_AR_NOT:    /* ما لا يقل عن */
			return ar_not(r, u.end, v);
		case T_AR_REACH:  /* ما يصل إلى */
			return ar_follow(r, u.end, T_AR_TO, Q_UPTO, v);
		case T_AR_BETWEEN:
			return ar_between(r, u.end, v);
		default:
			return R_NONE;
		}
	default:
		return R_NONE;
	}
}

int num_ar_phrase(const struct num_rd *r, struct num_val *v)
{
	struct num_ar_tok t;
	size_t at, lead;
	if (!num_ar_start(r, &t, &at, &lead))
		return R_NONE;
	int rc = ar_phrase_at(r, at, &t, v);
	if (rc == R_OK)
		v->lead = lead;
	return rc;
}
