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
		size_t n = utf8_seq_len(s + i, len - i, &sub);
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
		utf8_seq_len(u + i, len - i, &sub);
		buf_add(out, "\xEF\xBF\xBD", 3);
		replaced += (long)sub;
		i += sub;
	}
	return replaced;
}

size_t utf8_put(char b[4], uint32_t cp)
{
	/* A surrogate or out-of-range value would make invalid UTF-8, which must
	 * never leave this module; it becomes U+FFFD instead. */
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x80) {
		b[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (char)(0xC0 | cp >> 6);
		b[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (char)(0xE0 | cp >> 12);
		b[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | cp >> 18);
	b[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	b[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	b[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void utf8_encode(struct buf *out, uint32_t cp)
{
	char b[4];
	size_t n = utf8_put(b, cp);
	buf_add(out, b, n);
}
