/* norm.h - the forms place names and running text are compared in.
 *
 * Folding (gaz_fold) makes spelling differences that carry no meaning vanish,
 * one script at a time, the same way for the gazetteer's names and for the
 * text searched: "Ma'arrat al-Nu'man" and "Maarrat Al Numan" fold alike, and
 * so do "الرَّقَّة" and "الرقة". It never crosses scripts.
 *
 * The key (gaz_key) does cross them: a consonant skeleton in ASCII, the same
 * for Raqqa, Raqqah, Rakka, Ar-Raqqah and الرقة, so that a name the data has
 * only in Latin script can still be found in Arabic text. Keys collide more
 * than names do; callers rank what a key finds (see gazetteer.h). */
#ifndef CIVCAS_NORM_H
#define CIVCAS_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Where each byte of a folded text came from: at[i] is the offset in the
 * input of the byte that produced output byte i (for a byte produced by a
 * multi-byte character, the offset of that character's first byte). */
struct gaz_offsets {
	uint32_t *at;
	size_t len, cap;
};
void gaz_offsets_release(struct gaz_offsets *m);

/* Append the folded form of s[0..n) to out (which is not reset) and, when map
 * is not NULL, one offset per appended byte (map is not reset either; with a
 * map, only the first 4 GiB of s are read). Rules:
 *  - UTF-8 in; an invalid byte is a separator.
 *  - Latin: lower case; diacritics dropped (é->e, ā->a, ş->s, ḥ->h, ı/İ->i,
 *    ł->l, đ/ð->d, ß->ss, æ->ae, œ->oe, þ->th, ø->o, ə->e, ǆ->dz), also when they
 *    come as combining marks (U+0300-U+036F) after the letter; apostrophes,
 *    ʿ ʾ ʼ ʻ (U+02B9-U+02BF) ‘ ’ ‛ ` ´ dropped without a trace ("Ma'arrat" ->
 *    "maarrat").
 *  - Arabic: harakat (U+064B-U+065F, U+0670), Quranic marks and tatweel
 *    dropped; أ إ آ ٱ (ٲ ٳ ٵ) -> ا, ؤ -> و, ئ -> ي, lone hamza ء dropped,
 *    ة -> ه, ى -> ي, ک ڪ -> ك, ی/ې -> ي, ە ۀ ہ ۃ ھ -> ه; presentation forms
 *    (U+FB50-U+FDFF, U+FE70-U+FEFF) as their letters (ﻻ -> لا, ﷺ -> four
 *    words); Arabic-Indic and Eastern digits -> 0-9.
 *  - Other compatibility forms (ﬁ, fullwidth Ａ１) as their NFKC letters.
 *  - Invisible marks (format characters: U+200B-U+200F, U+202A-U+202E,
 *    U+2060-U+206F, U+061C, U+FEFF, soft hyphen ...; variation selectors)
 *    dropped.
 *  - Any other character that is not a letter or a digit (space, hyphen,
 *    dot, comma, ، ؛ ؟, brackets, quotes, emoji ...) is a separator: runs of
 *    separators become one space; no space at the start or the end. A space
 *    maps to the first separator of its run.
 *  - Letters of other scripts: lower case, otherwise as they are (their
 *    vowel signs and points too).
 * Output is valid UTF-8. Folding folded text changes nothing. Safe from
 * several threads. */
void gaz_fold(const char *s, size_t n, struct buf *out, struct gaz_offsets *map);

/* The cross-script key of a name (folded or not): writes at most cap - 1
 * bytes and a NUL (nothing when cap is 0; out may then be NULL) and returns
 * the key's whole length, as snprintf does: a result >= cap means the key was
 * truncated, never overflowed. 0: no letters. Per word of the folded name:
 *  - the article goes: a word al/el/il/ul or an assimilated form (ad ar as
 *    at az an ash adh ath ed er es et ez en) when another word follows it,
 *    wherever it stands ("Deir ez-Zor"); the prefix ال of an Arabic word
 *    longer than three letters;
 *  - Latin digraphs first: kh -> x, sh/ch -> c, gh -> g, th -> t, dh -> d,
 *    dj -> j, ou -> u;
 *  - consonant classes, the same for both scripts:
 *      b p ب پ -> b;  t ت ط ث -> t;  j ج -> j;  h ح ه -> h;  x خ -> x;
 *      d د ض ذ -> d;  z ز ظ ژ -> z;  r ر -> r;  s ص س -> s;  c ش چ -> c;
 *      g غ -> g (Latin g: k, see next);  f v ف ڤ -> f;
 *      q k g c(alone) ق ك گ ڨ -> k;  l ل -> l;  m م -> m;  n ن -> n;
 *  - vowels (a e i o u y w), ا و ي ى ء ع, apostrophes, letters of other
 *    scripts: dropped;
 *  - a final h of a word (ta marbuta, -ah, -eh) dropped; but an Arabic word
 *    ending in ه/ة that another word follows ends in t, since ta marbuta is
 *    read so there ("Ma'arrat al-Nu'man", معرة النعمان -> "mrtnmn");
 *  - then doubled letters collapse (rqq -> rq), across words too, and the
 *    words are joined with nothing between them (Abu Kamal and البوكمال both
 *    give "bkml").
 * Digits are kept. Examples: Raqqa, Ar-Raqqah, Rakka, الرقة -> "rk";
 * Deir ez-Zor, Deir Ezzor, دير الزور -> "drzr"; Tal Abyad, تل أبيض -> "tlbd". */
size_t gaz_key(const char *name, size_t n, char *out, size_t cap);

/* 1 if the UTF-8 string has an Arabic-script letter, else 0. */
int gaz_is_arabic(const char *s, size_t n);

#endif
