/* norm_impl.h - what norm.c (folding) and key.c (keys, script) share. Not
 * for other files: they use norm.h. */
#ifndef CIVCAS_NORM_IMPL_H
#define CIVCAS_NORM_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "base/utf8.h"

/* Length of the well-formed multi-byte sequence at s (n > 0 bytes left),
 * with its code point in *cp; 0 when it is ill-formed (Unicode table 3-7). */
static inline size_t norm_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	int k = utf8_decode((const char *)s, n, cp);
	return k == 1 && *cp == 0xFFFD ? 0 : (size_t)k;
}

#endif
