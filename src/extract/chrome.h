/* chrome.h - where the report ends on a captured social-media page.
 *
 * A saved Facebook or X page holds the post and then what the page adds:
 * the reactions bar, the readers' comments, the site's footer. Comments
 * are full of casualty words ("may God accept the martyrs", "a speedy
 * recovery to the wounded") that are prayers, not reports, and the footer
 * is noise; neither is the source's claim. The page chrome inside the post
 * ("Shared with Public", "Copy link to Tweet", view counts) reports nothing
 * and is left to the close reading, which finds no casualty word in it.
 *
 * The marks are the sites' interface strings, which never occur in a
 * report's prose: "All reactions:" and its glued "LikeComment" bar end a
 * Facebook post; "Loading seems to be taking a while." ends an X page's
 * captured text. */
#ifndef CIVCAS_CHROME_H
#define CIVCAS_CHROME_H

#include <stddef.h>

/* The length of text[0..n) up to the first mark that ends the report (see
 * above), or n when there is none. Never reads past n. */
size_t page_body_len(const char *text, size_t n);

/* 1 when text[0..n) is a captured page that holds no post at all: the
 * sites' notices put where the post should be ("This page isn't available
 * right now", "Age-restricted adult content", the sign-up footer alone).
 * The notice must open the text, after X's "Post" header lines: a notice
 * further down a page is not the page. */
int page_is_empty(const char *text, size_t n);

#endif
