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
