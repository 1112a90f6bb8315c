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
 * "windows-1256", "iso-8859-6", "windows-1252", ... *invalid (may be NULL)
 * gets the number of bytes replaced. ERR_USAGE if declared names a charset
 * that is not known. */
int charset_decode(const char *in, size_t len, const char *declared, struct buf *out,
		   const char **used, long *invalid, struct err *e);

/* Guess the charset of in without decoding: "utf-8" (also for pure ASCII),
 * "windows-1256" or "windows-1252". */
const char *charset_sniff(const char *in, size_t len);

/* The canonical name for a label such as "UTF8", "cp1256", "arabic",
 * "latin1", "ISO_8859-6:1987"; NULL if unknown. */
const char *charset_canonical(const char *label);

/* 1 if the first bytes look binary (NUL bytes, or many control bytes that no
 * text encoding uses), not a text document. */
int charset_is_binary(const char *in, size_t len);

#endif
