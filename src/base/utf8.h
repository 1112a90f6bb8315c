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

/* Decode one code point at s (len bytes available). Returns its length in
 * bytes (1..4) and sets *cp, or returns 1 and sets *cp = 0xFFFD for an
 * invalid sequence. len must be > 0 (for 0 it returns 0 and reads nothing). */
int utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Append the UTF-8 encoding of cp (must be a valid scalar value; a
 * surrogate or a value above U+10FFFF is written as U+FFFD). */
void utf8_encode(struct buf *out, uint32_t cp);

#endif
