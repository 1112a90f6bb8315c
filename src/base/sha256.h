/* sha256.h - SHA-256 digests as lowercase hex, the archive's content address.
 *
 * Backed by libcrypto, which uses the CPU's SHA extensions where it has them. */
#ifndef CIVCAS_SHA256_H
#define CIVCAS_SHA256_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

/* Write the 64 hex digits and a NUL into out (65 bytes). */
void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);

#endif
