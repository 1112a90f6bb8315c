/* utf8.h - checking and repairing UTF-8.
 *
 * Nothing invalid leaves a reader: utf8_repair copies text and replaces each
 * invalid sequence (bad lead byte, truncated sequence, overlong form, surrogate,
 * code point above U+10FFFF) by U+FFFD, counting the bytes it replaced. */
#ifndef CIVCAS_UTF8_H
#define CIVCAS_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* 1 if s[0..len) is valid UTF-8. If not and bad is not NULL, *bad gets the
 * offset of the first invalid byte. NUL bytes are valid here. */
int utf8_valid(const char *s, size_t len, size_t *bad);

/* Append s to out with invalid sequences replaced by U+FFFD; returns the
 * number of invalid bytes replaced (0 when s was valid). Each maximal
 * subpart of an ill-formed sequence (a lead byte and the continuation bytes
 * that could still follow it) becomes one U+FFFD, as browsers do, so
 * "\xE2\x82" is one U+FFFD for 2 bytes and "\x80\x80" two for 2 bytes. */
long utf8_repair(const char *s, size_t len, struct buf *out);

/* Length (2..4) of the well-formed sequence at s[0] >= 0x80, or 0 when it is
 * ill-formed; then *sub gets the length of its maximal subpart, the bytes that
 * one U+FFFD replaces (the Unicode and WHATWG practice). */
static inline size_t utf8_seq_len(const unsigned char *s, size_t len, size_t *sub)
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

/* Decode one code point at s (len bytes available). Returns its length in
 * bytes (1..4) and sets *cp, or returns 1 and sets *cp = 0xFFFD for an
 * invalid sequence. len must be > 0 (for 0 it returns 0 and reads nothing).
 * Inline: the folding of every document calls it per character. */
static inline int utf8_decode(const char *s, size_t len, uint32_t *cp)
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
	switch (utf8_seq_len(u, len, &sub)) {
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

/* Append the UTF-8 encoding of cp (must be a valid scalar value; a
 * surrogate or a value above U+10FFFF is written as U+FFFD). */
void utf8_encode(struct buf *out, uint32_t cp);
/* The same into b; returns the number of bytes (1..4). */
size_t utf8_put(char b[4], uint32_t cp);

#endif
