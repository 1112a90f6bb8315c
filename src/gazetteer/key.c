/* key.c - the cross-script key of names (gaz_key) and telling Arabic
 * script (gaz_is_arabic), see norm.h: what lets a name the data has in one
 * script be found in text written in the other. Folding is in norm.c. */
#include "gazetteer/norm.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "gazetteer/norm_impl.h"

int gaz_is_arabic(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (u[i] < 0xD8) { /* below U+0600 */
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = norm_decode(u + i, n - i, &cp);
		if (!len) {
			i++;
			continue;
		}
		/* U+FE70..U+FE7F are harakat in spacing forms, though ICU calls them letters */
		if (cp >= 0x0600 && (cp < 0xFE70 || cp > 0xFE7F) && u_charType((UChar32)cp) == U_OTHER_LETTER) {
			UErrorCode err = U_ZERO_ERROR;
			if (uscript_getScript((UChar32)cp, &err) == USCRIPT_ARABIC && U_SUCCESS(err))
				return 1;
		}
		i += len;
	}
	return 0;
}

/* Consonant class of a folded Latin letter; 0 for a vowel. */
static const char latin_class[26] = {
	0, 'b', 'k', 'd', 0, 'f', 'k', 'h', 0, 'j', 'k', 'l', 'm',
	'n', 0, 'b', 'k', 'r', 's', 't', 0, 'f', 0, 'x', 0, 'z',
};

/* Consonant class of a folded Arabic-script letter; 0 for a long vowel, ʿayn
 * or a letter without one. */
static char arabic_class(uint32_t c)
{
	switch (c) {
	case 0x0628: case 0x067E: return 'b';                /* ب پ */
	case 0x062A: case 0x0637: case 0x062B: return 't';   /* ت ط ث */
	case 0x062C: return 'j';                             /* ج */
	case 0x062D: case 0x0647: return 'h';                /* ح ه */
	case 0x062E: return 'x';                             /* خ */
	case 0x062F: case 0x0636: case 0x0630: return 'd';   /* د ض ذ */
	case 0x0632: case 0x0638: case 0x0698: return 'z';   /* ز ظ ژ */
	case 0x0631: return 'r';                             /* ر */
	case 0x0635: case 0x0633: return 's';                /* ص س */
	case 0x0634: case 0x0686: return 'c';                /* ش چ */
	case 0x063A: return 'g';                             /* غ */
	case 0x0641: case 0x06A4: return 'f';                /* ف ڤ */
	case 0x0642: case 0x0643: case 0x06AF: case 0x06A8: return 'k'; /* ق ك گ ڨ */
	case 0x0644: return 'l';                             /* ل */
	case 0x0645: return 'm';                             /* م */
	case 0x0646: return 'n';                             /* ن */
	}
	return 0;
}

struct key {
	char *out;
	size_t cap, len;
	char last;
};

static void key_put(struct key *k, char c)
{
	/* doubled letters collapse, across words too: "Tall Lahm" = "Tallahm" */
	if (c == k->last && c >= 'a')
		return;
	if (k->len + 1 < k->cap)
		k->out[k->len] = c;
	k->len++;
	k->last = c;
}

static int is_article(const char *w, size_t n)
{
	static const char articles[] = " al el il ul ad ar as at az an ash adh ath ed er es et ez en ";
	char t[6];
	if (n < 2 || n > 3)
		return 0;
	t[0] = ' ';
	memcpy(t + 1, w, n);
	t[n + 1] = ' ';
	t[n + 2] = '\0';
	return strstr(articles, t) != NULL;
}

/* One folded word of a name into k; more: another word follows it. */
static void key_word(struct key *k, const char *w, size_t n, int more)
{
	if (more && is_article(w, n))
		return;
	if (n > 4 && !memcmp(w, "\xD8\xA7\xD9\x84", 4)) { /* ال */
		size_t letters = 0;
		for (size_t i = 0; i < n; i++)
			letters += ((unsigned char)w[i] & 0xC0) != 0x80;
		if (letters > 3) {
			w += 4;
			n -= 4;
		}
	}
	/* an h is held back until a letter follows it: a final h goes */
	int held = 0; /* 1: h or ح, 2: ه (or ة) */
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)w[i];
		char cls = 0;
		int heh = 0;
		size_t step = 1;
		if (c >= 'a' && c <= 'z') {
			char next = i + 1 < n ? w[i + 1] : 0;
			cls = latin_class[c - 'a'];
			if (next == 'h' && (c == 'k' || c == 's' || c == 'c' || c == 'g' || c == 't' || c == 'd')) {
				/* kh sh ch gh th dh */
				cls = c == 'k' ? 'x' : c == 's' || c == 'c' ? 'c' : c == 'g' ? 'g' : (char)c;
				step = 2;
			} else if (c == 'd' && next == 'j') {
				cls = 'j';
				step = 2;
			} else if (c == 'o' && next == 'u') {
				step = 2;
			}
		} else if (c >= '0' && c <= '9') {
			cls = (char)c;
		} else if (c >= 0x80) {
			uint32_t cp;
			step = (size_t)utf8_decode(w + i, n - i, &cp);
			cls = arabic_class(cp);
			heh = cp == 0x0647;
		}
		if (held)
			key_put(k, 'h');
		held = 0;
		if (cls == 'h')
			held = heh ? 2 : 1;
		else if (cls)
			key_put(k, cls);
		i += step;
	}
	/* ta marbuta before another word is read "t": معرة النعمان, Maarrat al-Numan */
	if (held == 2 && more)
		key_put(k, 't');
}

size_t gaz_key(const char *name, size_t n, char *out, size_t cap)
{
	struct buf f = BUF_INIT;
	struct key k = { out, cap, 0, 0 };
	gaz_fold(name, n, &f, NULL);
	for (size_t i = 0; i < f.len;) {
		const char *sp = memchr(f.data + i, ' ', f.len - i);
		size_t j = sp ? (size_t)(sp - f.data) : f.len;
		key_word(&k, f.data + i, j - i, j < f.len);
		i = j + 1;
	}
	buf_release(&f);
	if (cap)
		out[k.len < cap ? k.len : cap - 1] = '\0';
	return k.len;
}
