/* lang.h - which language a text is in, from its script and common words.
 *
 * Good enough to route a report to the Arabic or the English extractor:
 * "ar" when Arabic letters dominate, "he" for Hebrew, "en" for Latin text with
 * English function words, "und" (undetermined) for other or too little text. */
#ifndef CIVCAS_LANG_H
#define CIVCAS_LANG_H

#include <stddef.h>

/* Returns a static string: "ar", "en", "he", "fr", ... or "und". */
const char *lang_detect(const char *utf8, size_t len);

/* Normalise a language label ("Arabic", "AR", "ar-SY", "English", "en_US")
 * to its ISO 639-1 code in out (size >= 8); "und" when unknown. */
const char *lang_canonical(const char *label, char *out, size_t size);

#endif
