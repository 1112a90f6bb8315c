/* utf8.c - the one place that decides what well-formed UTF-8 is (Unicode 15,
 * table 3-7). Every byte of every document passes through here on ingest, so
 * ASCII is skipped eight bytes at a time and valid runs are copied in bulk. */
#include "base/utf8.h"

#include <string.h>

#define HIGH_BITS 0x8080808080808080ull

/* Index of the first byte with its high bit set in a word loaded with memcpy. */
static inline unsigned first_high(uint64_t mask)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (unsigned)__builtin_clzll(mask) >> 3;
#else
	return (unsigned)__builtin_ctzll(mask) >> 3;
#endif
}

/* Length (2..4) of the well-formed sequence at s[0] >= 0x80, or 0 when it is
 * ill-formed; then *sub gets the length of its maximal subpart, the bytes that
 * one U+FFFD replaces (the Unicode and WHATWG practice). */
static inline size_t seq_len(const unsigned char *s, size_t len, size_t *sub)
{
	unsigned c = s[0];
	*sub = 1;
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0)
		return len >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	/* The second byte's range is what rules out overlongs, surrogates and
	 * code points above U+10FFFF. */
	unsigned lo = 0x80, hi = 0xBF;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (len < 2 || s[1] < lo || s[1] > hi)
		return 0;
	*sub = 2;
	if (len < 3 || (s[2] & 0xC0) != 0x80)
		return 0;
	if (c < 0xF0)
		return 3;
	*sub = 3;
	if (len < 4 || (s[3] & 0xC0) != 0x80)
		return 0;
	return 4;
}

/* Length of the longest well-formed prefix of s. */
static size_t valid_prefix(const unsigned char *s, size_t len)
{
	size_t i = 0, sub;
	while (i < len) {
		if (s[i] < 0x80) {
			if (i + 8 > len) {
				i++;
				continue;
			}
			uint64_t w;
			memcpy(&w, s + i, 8);
			w &= HIGH_BITS;
			i += w ? first_high(w) : 8;
			continue;
		}
		size_t n = seq_len(s + i, len - i, &sub);
		if (!n)
			return i;
		i += n;
	}
	return len;
}

int utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t n = valid_prefix((const unsigned char *)s, len);
	if (n == len)
		return 1;
	if (bad)
		*bad = n;
	return 0;
}

long utf8_repair(const char *s, size_t len, struct buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	long replaced = 0;
	size_t i = 0, sub;
	buf_grow(out, len);
	while (i < len) {
		size_t n = valid_prefix(u + i, len - i);
		buf_add(out, u + i, n);
		i += n;
		if (i == len)
			break;
		seq_len(u + i, len - i, &sub);
		buf_add(out, "\xEF\xBF\xBD", 3);
		replaced += (long)sub;
		i += sub;
	}
	return replaced;
}

int utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t sub;
	if (!len) {
		*cp = 0xFFFD;
		return 0;
	}
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	switch (seq_len(u, len, &sub)) {
	case 2:
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	case 3:
		*cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
	case 4:
		*cp = (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 |
		      (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
		return 4;
	default:
		*cp = 0xFFFD;
		return 1;
	}
}

void utf8_encode(struct buf *out, uint32_t cp)
{
	char b[4];
	size_t n;
	/* A surrogate or out-of-range value would make invalid UTF-8, which must
	 * never leave this module; it becomes U+FFFD instead. */
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | cp >> 6);
		b[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | cp >> 12);
		b[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | cp >> 18);
		b[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		b[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	buf_add(out, b, n);
}
