/* lang.h - which language a text is in, from its script and common words.
 *
 * Good enough to route a report to the Arabic or the English extractor:
 * "ar" when Arabic letters dominate, "he" for Hebrew, "en" for Latin text with
 * English function words, "und" (undetermined) for other or too little text. */
#ifndef CIVCAS_LANG_H
#define CIVCAS_LANG_H

#include <stddef.h>

/* Returns a static string for the language of the first 64 KB of utf8:
 * "ar" when Arabic letters are half the letters, or a quarter and at least
 * 40 (an Arabic post inside Latin site chrome; links are not counted), or
 * at least 20 around Latin text that is no language ("fa" instead when
 * Persian letters dominate); "he", "ru", "el" for a majority of Hebrew,
 * Cyrillic, Greek; for Latin text "en", "fr", "de", "es", "tr", "it" from
 * function words, English on ties; otherwise, or for fewer than 3 letters,
 * "und". utf8 may be NULL when len is 0. */
const char *lang_detect(const char *utf8, size_t len);

/* Normalise a language label ("Arabic", "AR", "ar-SY", "English", "en_US",
 * "ara", "Twitter Arabic", "العربية") to its ISO 639-1 code in out
 * (size >= 8) and return out; "und" when unknown or label is NULL. A two- or
 * three-letter code counts only as the label's first subtag. */
const char *lang_canonical(const char *label, char *out, size_t size);

#endif
