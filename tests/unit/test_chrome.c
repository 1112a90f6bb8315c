/* test_chrome.c - a captured post's reactions, comments and page footer are
 * not read as the source's report (chrome.h): where the body ends, and that
 * a casualty figure in a comment gives no claim. The pages are written for
 * these tests in the shape the sites' captures have. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "extract/chrome.h"
#include "extract/extract.h"
#include "gazetteer/gazetteer.h"

/* s on the heap without its NUL, so that a read past the end is caught by
 * ASan; *n gets its length. */
static char *heap_copy(const char *s, size_t *n)
{
	*n = strlen(s);
	char *copy = malloc(*n ? *n : 1);
	memcpy(copy, s, *n);
	return copy;
}

static size_t body(const char *s)
{
	size_t n;
	char *copy = heap_copy(s, &n);
	size_t got = page_body_len(copy, n);
	free(copy);
	return got;
}

static int empty(const char *s)
{
	size_t n;
	char *copy = heap_copy(s, &n);
	int got = page_is_empty(copy, n);
	free(copy);
	return got;
}

static void body_ends_at_the_first_mark(void **state)
{
	(void)state;
	const char *fb = "Local News\nFacebook\xe2\x80\x8eLocal News\xe2\x80\x8e's Post\n\nLocal NewsMarch 3, 2025 \xc2\xb7 "
			 "Shared with PublicShelling hit the market.All reactions:120 comments3 sharesLikeCommentMost "
			 "relevantA Readerthree people died there last year1y";
	const char *cut = strstr(fb, "All reactions:");
	assert_int_equal(body(fb), (size_t)(cut - fb));
	/* the bar alone, when the reactions line is missing */
	assert_int_equal(body("Post text.12 commentsLikeCommentMost relevant"), strlen("Post text.12 comments"));
	const char *x = "Some Outlet @outlet\n\nA tweet.\n\nBack to top \xe2\x86\x91\n\nLoading seems to be taking a while.\n\nTry again.";
	assert_int_equal(body(x), (size_t)(strstr(x, "Loading seems") - x));
}

static void body_is_whole_text_without_marks(void **state)
{
	(void)state;
	const char *t = "Five people were killed. Readers' reactions were strong: all reactions were angry.";
	assert_int_equal(body(t), strlen(t));
	assert_int_equal(body(""), 0);
	assert_int_equal(page_body_len(NULL, 0), 0);
	/* a mark cut short at the end of the text is no mark */
	assert_int_equal(body("Text. All reactions"), strlen("Text. All reactions"));
	assert_int_equal(body("Text. LikeComm"), strlen("Text. LikeComm"));
}

static void pages_without_a_post(void **state)
{
	(void)state;
	assert_true(empty("This page isn't available right nowThis may be because of a technical error.Go back"));
	assert_true(empty("This page isn\xe2\x80\x99t available right now"));
	assert_true(empty("Post\n\nPost\n\nAge-restricted adult content. This content might not be appropriate."));
	assert_true(empty("English (US)Espa\xc3\xb1olFran\xc3\xa7" "ais (France)Sign UpLog In"));
	assert_true(empty("Post\n\nPost\n\n"));
	assert_true(empty(""));
	assert_true(page_is_empty(NULL, 0));
	/* a post, and a notice that is not where the post should be */
	assert_false(empty("Post\n\nPost\n\nSome Outlet@outletTwo people were injured in shelling today."));
	assert_false(empty("Postal workers returned to the town."));
	assert_false(empty("A report on the strike.\nThis page isn't available in other languages."));
	assert_false(empty("Post"  "er"));
}

static void comments_give_no_claim(void **state)
{
	(void)state;
	struct gazetteer *g;
	struct extractor *x;
	struct err e;
	assert_int_equal(gaz_open(NULL, &g, &e), 0);
	assert_int_equal(extractor_new(g, &x, &e), 0);
	struct extract_scratch *s = extract_scratch_new(x);
	const char *post = "Town Page\nFacebook\xe2\x80\x8eTown Page\xe2\x80\x8e's Post\n\nTown PageMay 2, 2025 \xc2\xb7 Shared with "
			   "PublicThe roads to the market reopened this morning after the storm.All reactions:88 comments"
			   "LikeCommentMost relevantA NeighbourGod rest the 12 civilians killed in the airstrike last year1y";
	struct extract_input in = { post, strlen(post), NULL, NULL, "en" };
	const struct claim *c;
	assert_int_equal(extract_doc(x, s, &in, &c), 0);
	/* the same words in the post itself are a claim */
	const char *own = "Town PageMay 2, 2025 \xc2\xb7 Shared with Public God rest the 12 civilians killed in the "
			  "airstrike last year.All reactions:88 commentsLikeCommentMost relevantA Neighbour12 civilians "
			  "killed, 40 civilians killed1y";
	struct extract_input in2 = { own, strlen(own), NULL, NULL, "en" };
	size_t n = extract_doc(x, s, &in2, &c);
	assert_int_equal(n, 1);   /* the comment's figures are not read */
	assert_int_equal(c[0].civilians_killed.min, 12);
	assert_true(c[0].end <= (size_t)(strstr(own, "All reactions") - own));
	extract_scratch_free(s);
	extractor_free(x);
	gaz_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(body_ends_at_the_first_mark),
		cmocka_unit_test(body_is_whole_text_without_marks),
		cmocka_unit_test(pages_without_a_post),
		cmocka_unit_test(comments_give_no_claim),
	};
	return cmocka_run_group_tests_name("chrome", tests, NULL, NULL);
}
