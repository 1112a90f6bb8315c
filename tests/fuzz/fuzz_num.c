/* fuzz_num.c - num_read and num_value (extract/num.h) on arbitrary bytes.
 *
 * The extractor calls num_read at every word start of every document, so
 * the harness does too: at each of the first 64 offsets of the input, with
 * and without NUM_READ_ARTICLE, on the bytes as they are (not
 * NUL-terminated, exactly sized: ASan sees a read past n). It checks what
 * num.h promises: the bytes read and out->len agree and are at most n; a
 * phrase that is not read leaves out as {0, -1, -1, 0}; a figure is in
 * 0..NUM_MAX with min <= max, or min -1 (vague, no figure) with max -1, or
 * max -1 (open) with NUM_VAGUE; flags are known bits and consistent
 * (NUM_ARTICLE only when asked for, always 1..1; NUM_YEARLIKE only for
 * digits with no qualifier); a phrase ends at a word boundary and with no
 * space; the Arabic clitics before it (lead) are fewer bytes than the
 * phrase. It also checks that a reading is local (the same phrase cut out
 * alone reads the same), that NUM_READ_ARTICLE only adds the article
 * reading, and that num_value agrees with num_read. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/num.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define ALL_FLAGS (NUM_DIGITS | NUM_WORDS | NUM_QUALIFIED | NUM_RANGE | NUM_VAGUE | \
		   NUM_ARTICLE | NUM_YEARLIKE)

static int same(const struct num_phrase *a, const struct num_phrase *b)
{
	return a->len == b->len && a->lead == b->lead && a->min == b->min && a->max == b->max &&
	       a->flags == b->flags;
}

static char *copy_of(const char *s, size_t n)
{
	char *c = malloc(n ? n : 1);
	if (!c)
		abort();
	memcpy(c, s, n);
	return c;
}

static void check_phrase(const char *s, size_t n, int opts, size_t got, const struct num_phrase *p)
{
	FUZZ_CHECK(got == p->len, "returned %zu, out->len %zu", got, p->len);
	FUZZ_CHECK(got <= n, "read %zu bytes of %zu", got, n);
	if (!got) {
		FUZZ_CHECK(p->min == -1 && p->max == -1 && p->flags == 0 && p->lead == 0,
			   "nothing read but out is %ld..%ld flags %d", p->min, p->max, p->flags);
		return;
	}
	const char *what = s;
	int len = (int)got;
	FUZZ_CHECK(p->lead < got, "\"%.*s\": lead %zu", len, what, p->lead);
	FUZZ_CHECK(!(p->flags & ~ALL_FLAGS), "\"%.*s\": unknown flags %d", len, what, p->flags);
	FUZZ_CHECK(p->flags & (NUM_DIGITS | NUM_WORDS | NUM_ARTICLE),
		   "\"%.*s\": neither digits, words nor an article (flags %d)", len, what, p->flags);
	if (p->min == -1) {
		FUZZ_CHECK(p->max == -1 && (p->flags & NUM_VAGUE),
			   "\"%.*s\": no figure but max %ld flags %d", len, what, p->max, p->flags);
	} else {
		FUZZ_CHECK(p->min >= 0 && p->min <= NUM_MAX, "\"%.*s\": min %ld", len, what, p->min);
		if (p->max == -1)
			FUZZ_CHECK(p->flags & NUM_VAGUE, "\"%.*s\": open-ended but not vague", len, what);
		else
			FUZZ_CHECK(p->max >= p->min && p->max <= NUM_MAX, "\"%.*s\": %ld..%ld",
				   len, what, p->min, p->max);
	}
	if (p->flags & NUM_RANGE)
		FUZZ_CHECK(p->max != -1 && p->min <= p->max, "\"%.*s\": range %ld..%ld",
			   len, what, p->min, p->max);
	if (p->flags & NUM_ARTICLE)
		FUZZ_CHECK((opts & NUM_READ_ARTICLE) && p->flags == NUM_ARTICLE && p->min == 1 &&
			   p->max == 1 && got <= 2, "\"%.*s\": article %ld..%ld flags %d opts %d",
			   len, what, p->min, p->max, p->flags, opts);
	if (p->flags & NUM_YEARLIKE)
		FUZZ_CHECK((p->flags & NUM_DIGITS) && !(p->flags & NUM_QUALIFIED),
			   "\"%.*s\": yearlike with flags %d", len, what, p->flags);
	unsigned char last = (unsigned char)s[got - 1];
	FUZZ_CHECK(last != ' ' && last != '\t' && last != '\n', "\"%.*s\": ends with a space", len, what);
	if (got < n) {
		unsigned char c = (unsigned char)s[got];
		int alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
		FUZZ_CHECK(!alnum, "\"%.*s\": ends inside a word (next byte '%c')", len, what, c);
		/* nor inside an Arabic word: a letter (U+0621..U+064A) or digit next */
		unsigned char d = got + 1 < n ? (unsigned char)s[got + 1] : 0;
		int arabic = (c == 0xD8 && d >= 0xA1 && d <= 0xBA) || (c == 0xD9 && d >= 0x81 && d <= 0x8A) ||
			     (c == 0xD9 && d >= 0xA0 && d <= 0xA9);
		FUZZ_CHECK(!arabic, "\"%.*s\": ends inside an Arabic word", len, what);
	}

	/* the phrase alone reads the same: nothing after it changed the reading */
	char *alone = copy_of(s, got);
	struct num_phrase q;
	size_t again = num_read(alone, got, opts, &q);
	FUZZ_CHECK(again == got && same(p, &q), "\"%.*s\" alone: %zu bytes %ld..%ld flags %d, "
		   "in context %ld..%ld flags %d", len, what, again, q.min, q.max, q.flags,
		   p->min, p->max, p->flags);

	/* a single exact number is num_value's */
	if (!(p->flags & (NUM_QUALIFIED | NUM_RANGE | NUM_VAGUE | NUM_ARTICLE))) {
		long v = num_value(alone + p->lead, got - p->lead);
		/* after "لل" the rest is no word of its own ("للثلاثة": ل + الثلاثة) */
		FUZZ_CHECK(v == p->min || (p->min == 0 && v == -1) || (p->lead && v == -1),
			   "\"%.*s\": num_read %ld, num_value %ld", len, what, p->min, v);
	}
	free(alone);
}

static void check_at(const char *s, size_t n)
{
	struct num_phrase plain, art;
	size_t a = num_read(s, n, 0, &plain);
	check_phrase(s, n, 0, a, &plain);
	size_t b = num_read(s, n, NUM_READ_ARTICLE, &art);
	check_phrase(s, n, NUM_READ_ARTICLE, b, &art);
	if (a)
		FUZZ_CHECK(same(&plain, &art), "NUM_READ_ARTICLE changed a reading of \"%.*s\"",
			   (int)a, s);
	else if (b)
		FUZZ_CHECK(art.flags == NUM_ARTICLE, "NUM_READ_ARTICLE read \"%.*s\" as flags %d",
			   (int)b, s, art.flags);

	long v = num_value(s, n);
	FUZZ_CHECK(v >= -1 && v <= NUM_MAX, "num_value %ld", v);
	if (v >= 0)
		FUZZ_CHECK(a == n && plain.min == v && plain.max == v,
			   "num_value %ld but num_read %zu of %zu bytes, %ld..%ld", v, a, n,
			   plain.min, plain.max);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = copy_of((const char *)data, size);
	for (size_t i = 0; i <= size && i < 64; i++)
		check_at(s + i, size - i);
	struct num_phrase p;
	FUZZ_CHECK(num_read(NULL, 0, NUM_READ_ARTICLE, &p) == 0 && p.len == 0, "NULL, 0");
	FUZZ_CHECK(num_value(NULL, 0) == -1, "num_value(NULL, 0)");
	free(s);
	return 0;
}
