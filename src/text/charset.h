/* charset.h - turning the bytes of a report into valid UTF-8.
 *
 * Reports arrive in UTF-8 (with or without a BOM), windows-1256 and
 * ISO-8859-6 (Arabic), windows-1252 (Latin). A declared charset (from the
 * user, an HTTP-equiv meta tag, an XML declaration) is honoured; otherwise a
 * BOM decides, then valid UTF-8, then a guess between windows-1256 and
 * windows-1252 from the byte patterns. Invalid bytes become U+FFFD and are
 * counted, never passed on. */
#ifndef CIVCAS_CHARSET_H
#define CIVCAS_CHARSET_H

#include <stddef.h>

#include "base/buf.h"
#include "base/err.h"

/* Decode in[0..len) and append UTF-8 to out (without a BOM). declared may be
 * NULL. *used (may be NULL) gets a static canonical name: "utf-8",
 * "windows-1256", "iso-8859-6", "windows-1252", "utf-16le", "utf-16be", or
 * ICU's name for other charsets ("Shift_JIS"). A UTF-8 or UTF-16 BOM wins
 * over declared, as in browsers. *invalid (may be NULL) gets the number of
 * bytes replaced by U+FFFD: ill-formed UTF-8, bytes a charset leaves
 * undefined (0x81 in windows-1252) and, from one-byte charsets, C1 control
 * codes, which no report contains. ERR_USAGE if declared names a charset
 * that is not known (e says which); *used and *invalid are then untouched. */
int charset_decode(const char *in, size_t len, const char *declared, struct buf *out,
		   const char **used, long *invalid, struct err *e);

/* Guess the charset of in without decoding: "utf-16le"/"utf-16be" for their
 * BOM; "utf-8" for pure ASCII, valid UTF-8, UTF-8 cut inside its last
 * character, or UTF-8 with a few damaged bytes (at most 1 per 4 valid
 * multi-byte characters, and at least 4 of those); otherwise "windows-1256", "iso-8859-6" or
 * "windows-1252", decided by whether the high bytes form whole words of
 * Arabic letters or sit inside Latin words (the first 1 MB is read). */
const char *charset_sniff(const char *in, size_t len);

/* The canonical name for a label such as "UTF8", "cp1256", "arabic",
 * "latin1", "ISO_8859-6:1987"; NULL if unknown. Case and surrounding spaces
 * and quotes do not matter. "latin1"/"iso-8859-1" give "windows-1252" and
 * "us-ascii" gives "utf-8"; labels only ICU knows give ICU's standard name. */
const char *charset_canonical(const char *label);

/* 1 if the first bytes look binary (a NUL byte in the first 8 KB, or more
 * than 10% of them control bytes other than \t \n \r \f and ESC), not a
 * text document. UTF-16 with a BOM is text. */
int charset_is_binary(const char *in, size_t len);

#endif
