/* lang.c - a report's language decides which extractor reads it, so it is
 * guessed from what is cheap and reliable: the script of its letters, then,
 * for Latin text, the share of common function words. */
#include "text/lang.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"

#define LANG_SCAN_BYTES (64u << 10)
/* Fewer letters than this say nothing. */
#define LANG_MIN_LETTERS 3
/* Arabic letters that make a post's content (about eight words). */
#define LANG_AR_CONTENT 40
/* Function words read for the Latin-script guess. */
#define LANG_MAX_WORDS 2000

enum script { SC_NONE, SC_ARABIC, SC_HEBREW, SC_LATIN, SC_CYRILLIC, SC_GREEK, SC_OTHER, SC_COUNT };

static enum script script_of(uint32_t c)
{
	if (c < 0x80)
		return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? SC_LATIN : SC_NONE;
	if (c >= 0x0600 && c <= 0x06FF) {
		/* signs, punctuation, digits, tatweel and harakat are not letters */
		if (c < 0x0620 || c == 0x0640 || (c >= 0x064B && c <= 0x065F) ||
		    (c >= 0x0660 && c <= 0x066D) || c == 0x0670 || c == 0x06D4 ||
		    (c >= 0x06D6 && c <= 0x06ED) || (c >= 0x06F0 && c <= 0x06F9))
			return SC_NONE;
		return SC_ARABIC;
	}
	if ((c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9) ||
	    (c >= 0xFB50 && c <= 0xFDFB) || (c >= 0xFE70 && c <= 0xFEFC))
		return SC_ARABIC;
	if ((c >= 0x05D0 && c <= 0x05EA) || (c >= 0x05EF && c <= 0x05F2) || (c >= 0xFB1D && c <= 0xFB4F))
		return SC_HEBREW;
	if ((c >= 0x00C0 && c <= 0x024F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF))
		return SC_LATIN;
	if (c >= 0x0400 && c <= 0x052F)
		return SC_CYRILLIC;
	if (c >= 0x0370 && c <= 0x03FF && c != 0x037E && c != 0x0387)
		return SC_GREEK;
	/* CJK, Indic, ... letters we do not route; symbols and punctuation */
	if ((c >= 0x0900 && c <= 0x0DFF) || (c >= 0x0E00 && c <= 0x0EFF) ||
	    (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF))
		return SC_OTHER;
	return SC_NONE;
}

struct word_list {
	const char *lang;
	const char *words;   /* space-separated, lower case, with a space at both ends */
};

/* Function words: common enough that a few sentences contain several. A word
 * two languages share ("que", "il") counts for both; the others decide. */
static const struct word_list word_lists[] = {
	{ "en", " the of and in to a is was on for that with said by are were from at has have it as be this an " },
	{ "fr", " le la les des et est une du dans que pour pas au sur aux ont été qui il elle " },
	{ "de", " der die das und ist nicht mit den von zu ein eine sich auf dem wurde sind " },
	{ "es", " el los las y que en por con para es del una se al fue como " },
	{ "tr", " ve bir bu için ile olarak çok gibi olan daha ama sonra " },
	{ "it", " il di che della per non sono del alla gli nel anche " },
};
#define N_LISTS (sizeof word_lists / sizeof word_lists[0])

static int in_list(const char *list, const char *w, size_t n)
{
	const char *p = list;
	while ((p = strstr(p, w)) != NULL) {
		if (p[-1] == ' ' && p[n] == ' ')
			return 1;
		p++;
	}
	return 0;
}

/* URLs, addresses and handles are Latin whatever the page's language. */
static int is_link_token(const char *s, size_t n)
{
	if (n >= 4 && !memcmp(s, "www.", 4))
		return 1;
	if (n >= 1 && s[0] == '@')
		return 1;
	for (size_t i = 0; i + 3 <= n; i++)
		if (!memcmp(s + i, "://", 3))
			return 1;
	return memchr(s, '@', n) != NULL && memchr(s, '.', n) != NULL;
}

static int is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

struct counts {
	long script[SC_COUNT];
	long words, hits[N_LISTS];
	long persian, arabic_only;   /* letters that tell Persian from Arabic */
};

static void add_word(struct counts *c, const char *w, size_t n)
{
	if (c->words >= LANG_MAX_WORDS)
		return;
	c->words++;
	for (size_t l = 0; l < N_LISTS; l++)
		if (in_list(word_lists[l].words, w, n))
			c->hits[l]++;
}

/* Count the letters of one space-delimited token by script; each run of
 * Latin letters in it ("killed" in "killed,") is a word. */
static void count_token(const char *s, size_t n, struct counts *c)
{
	char w[24];
	size_t wn = 0, i = 0;
	int skip = 0, after_digit = 0;
	for (;;) {
		uint32_t cp = 0;
		int k = 0;
		enum script sc = SC_NONE;
		if (i < n) {
			k = utf8_decode(s + i, n - i, &cp);
			sc = script_of(cp);
			c->script[sc]++;
			if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF ||
			    cp == 0x06A9 || cp == 0x06CC)
				c->persian++;
			else if (cp == 0x0643 || cp == 0x064A || cp == 0x0629)
				c->arabic_only++;
		}
		if (sc == SC_LATIN) {
			/* "1y", "3rd", "F16" are not words */
			if (!wn && after_digit)
				skip = 1;
			if (wn + (size_t)k < sizeof w) {
				memcpy(w + wn, s + i, (size_t)k);
				if (k == 1)
					w[wn] = (char)(w[wn] | 0x20);
				wn += (size_t)k;
			} else {
				skip = 1;
			}
		} else if (wn || skip) {
			if (cp >= '0' && cp <= '9')
				skip = 1;
			if (!skip) {
				w[wn] = '\0';
				add_word(c, w, wn);
			}
			wn = 0;
			skip = 0;
		}
		after_digit = cp >= '0' && cp <= '9';
		if (i >= n)
			break;
		i += (size_t)k;
	}
}

const char *lang_detect(const char *utf8, size_t len)
{
	struct counts c;
	memset(&c, 0, sizeof c);
	if (!utf8)
		return "und";
	if (len > LANG_SCAN_BYTES)
		len = LANG_SCAN_BYTES;
	size_t i = 0;
	while (i < len) {
		while (i < len && is_space((unsigned char)utf8[i]))
			i++;
		size_t s = i;
		while (i < len && !is_space((unsigned char)utf8[i]))
			i++;
		if (i > s && !is_link_token(utf8 + s, i - s))
			count_token(utf8 + s, i - s, &c);
	}
	long letters = 0;
	for (int sc = SC_ARABIC; sc < SC_COUNT; sc++)
		letters += c.script[sc];
	if (letters < LANG_MIN_LETTERS)
		return "und";
	long ar = c.script[SC_ARABIC];
	const char *arabic = c.persian >= 3 && c.persian > 2 * c.arabic_only ? "fa" : "ar";
	if (ar * 2 >= letters)
		return arabic;
	/* Latin chrome ("Copy link to Tweet", "Shared with Public", a video
	 * site's menus) surrounds Arabic posts, while other pages hardly ever
	 * hold Arabic letters but for a quoted name. So a few sentences of Arabic
	 * are the content when they make a quarter of the letters, or when the
	 * Latin around them is no language at all. */
	if (ar >= LANG_AR_CONTENT && ar * 4 >= letters)
		return arabic;
	if (c.script[SC_HEBREW] * 2 >= letters)
		return "he";
	if (c.script[SC_CYRILLIC] * 2 > letters)
		return "ru";
	if (c.script[SC_GREEK] * 2 > letters)
		return "el";
	const char *latin = "und";
	if (c.script[SC_LATIN] * 2 > letters && c.words) {
		/* English first on ties: it is the language we have an extractor for */
		size_t best = 0;
		for (size_t l = 1; l < N_LISTS; l++)
			if (c.hits[l] > c.hits[best])
				best = l;
		/* A clear share: running English is 25-40% function words, so 8%
		 * leaves room for lists and captions; a single hit ("in" among
		 * menu labels) must be a fifth of a headline's words. */
		long hits = c.hits[best];
		if (hits >= 1 && hits * 100 >= c.words * (hits >= 2 ? 8 : 20))
			latin = word_lists[best].lang;
	}
	if (!strcmp(latin, "und") && ar >= LANG_AR_CONTENT / 2)
		return arabic;
	return latin;
}

static const char *const iso639_1 =
	" aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv"
	" cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr"
	" ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw"
	" ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv"
	" ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr"
	" ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi"
	" yo za zh zu ";

static const struct {
	const char *name;
	const char *code;
} lang_names[] = {
	{ "arabic", "ar" }, { "ara", "ar" }, { "arb", "ar" }, { "english", "en" }, { "eng", "en" },
	{ "hebrew", "he" }, { "heb", "he" }, { "iw", "he" }, { "french", "fr" }, { "fra", "fr" },
	{ "fre", "fr" }, { "german", "de" }, { "deu", "de" }, { "ger", "de" }, { "spanish", "es" },
	{ "spa", "es" }, { "turkish", "tr" }, { "tur", "tr" }, { "russian", "ru" }, { "rus", "ru" },
	{ "persian", "fa" }, { "farsi", "fa" }, { "fas", "fa" }, { "per", "fa" }, { "kurdish", "ku" },
	{ "kur", "ku" }, { "ckb", "ku" }, { "kmr", "ku" }, { "urdu", "ur" }, { "urd", "ur" },
	{ "ukrainian", "uk" }, { "ukr", "uk" }, { "greek", "el" }, { "ell", "el" },
	{ "chinese", "zh" }, { "zho", "zh" }, { "italian", "it" }, { "ita", "it" },
	{ "العربية", "ar" }, { "عربي", "ar" }, { "عربية", "ar" },
	{ "الإنجليزية", "en" }, { "الانجليزية", "en" }, { "الإنكليزية", "en" },
	{ "الانكليزية", "en" }, { "انجليزي", "en" }, { "إنجليزي", "en" },
};

static const char *code_for(const char *w)
{
	size_t n = strlen(w);
	for (size_t k = 0; k < sizeof lang_names / sizeof lang_names[0]; k++)
		if (!strcmp(w, lang_names[k].name))
			return lang_names[k].code;
	if (n == 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z') {
		char key[5] = { ' ', w[0], w[1], ' ', '\0' };
		if (strstr(iso639_1, key))
			return w;
	}
	if (!strcmp(w, "und"))
		return "und";
	return NULL;
}

static int is_sep(char ch)
{
	return ch == '-' || ch == '_' || ch == ' ' || ch == '(' || ch == ')' || ch == ',' ||
	       ch == ';' || ch == '/' || ch == '.' || ch == '\t' || ch == '"' || ch == '\'';
}

const char *lang_canonical(const char *label, char *out, size_t size)
{
	const char *code = "und";
	char low[64], w[64];
	size_t n = 0;
	if (label) {
		for (; label[n] && n < sizeof low - 1; n++)
			low[n] = (char)(label[n] >= 'A' && label[n] <= 'Z' ? label[n] + 32 : label[n]);
	}
	low[n] = '\0';
	/* The first subtag is the language ("ar-SY", "en_US"); failing that, any
	 * word that names one ("Twitter Arabic", "English (UK)"). */
	size_t i = 0, first = 1;
	while (i < n) {
		while (i < n && is_sep(low[i]))
			i++;
		size_t s = i;
		while (i < n && !is_sep(low[i]))
			i++;
		if (i == s)
			break;
		memcpy(w, low + s, i - s);
		w[i - s] = '\0';
		const char *c = code_for(w);
		/* two- and three-letter codes count only as the first subtag, so that
		 * "Twitter / Facebook" does not become Faroese */
		if (c && (first || strlen(w) > 3 || (unsigned char)w[0] >= 0x80)) {
			code = c;
			break;
		}
		first = 0;
	}
	if (size)
		snprintf(out, size, "%s", code);
	return out;
}
