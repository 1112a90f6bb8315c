/* fuzz.h - what every civcas fuzz harness checks besides "no crash".
 *
 * A harness aborts (so libFuzzer keeps the input as a crash) when a parser
 * breaks a promise its header makes; the message says which one. */
#ifndef CIVCAS_FUZZ_H
#define CIVCAS_FUZZ_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

#define FUZZ_FAIL(...) do { \
		fprintf(stderr, "fuzz: %s:%d: ", __FILE__, __LINE__); \
		fprintf(stderr, __VA_ARGS__); \
		fputc('\n', stderr); \
		abort(); \
	} while (0)

#define FUZZ_CHECK(cond, ...) do { if (!(cond)) FUZZ_FAIL(__VA_ARGS__); } while (0)

/* Abort unless s[0..len) is valid UTF-8 (what names it in the message). */
static inline void fuzz_utf8(const char *what, const char *s, size_t len)
{
	size_t bad = 0;
	if (!utf8_valid(s, len, &bad))
		FUZZ_FAIL("%s is not valid UTF-8 (first bad byte at offset %zu of %zu: 0x%02x)",
			  what, bad, len, (unsigned char)s[bad]);
}

/* The same for a NUL-terminated string that may be NULL. */
static inline void fuzz_utf8_str(const char *what, const char *s)
{
	if (s)
		fuzz_utf8(what, s, strlen(s));
}

/* A NUL-terminated copy of data[0..size) the caller frees. */
static inline char *fuzz_strndup(const unsigned char *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
