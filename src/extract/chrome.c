/* chrome.c - where the report ends on a captured social-media page
 * (chrome.h). */
#include <string.h>

#include "extract/chrome.h"

/* The interface strings that end a post's text, as the sites write them. */
static const char *const ends[] = {
	"All reactions:",                      /* Facebook: reactions, then comments */
	"LikeComment",                         /* Facebook: the bar glued to its counts */
	"Loading seems to be taking a while.", /* X: the page's own footer */
};

size_t page_body_len(const char *text, size_t n)
{
	size_t end = n;
	if (!text)
		return 0;
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		const char *p = memmem(text, end, ends[i], strlen(ends[i]));
		if (p)
			end = (size_t)(p - text);
	}
	return end;
}

/* What the sites show where a post should be. */
static const char *const empties[] = {
	"This page isn't available",
	"This page isn\xe2\x80\x99t available",
	"This content isn't available",
	"This content isn\xe2\x80\x99t available",
	"Age-restricted adult content",
	"English (US)Espa\xc3\xb1ol",        /* Facebook's footer: the language list first */
};

static int starts(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && memcmp(s, w, k) == 0;
}

int page_is_empty(const char *text, size_t n)
{
	if (!text)
		return 1;
	size_t i = 0;
	for (;;) {
		while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
			i++;
		if (!starts(text + i, n - i, "Post") || (n - i > 4 && text[i + 4] != '\n' && text[i + 4] != ' '))
			break;
		i += 4;
	}
	if (i == n)
		return 1;
	for (size_t k = 0; k < sizeof empties / sizeof empties[0]; k++)
		if (starts(text + i, n - i, empties[k]))
			return 1;
	return 0;
}
