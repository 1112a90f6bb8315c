/* extract.c - STUB while the claim builder is written: finds no claims. */
#include <stdlib.h>

#include "base/xalloc.h"
#include "extract/extract.h"

struct extractor { const struct gazetteer *g; };
struct extract_scratch { int unused; };

int extractor_new(const struct gazetteer *g, struct extractor **out, struct err *e)
{
	(void)e;
	*out = xcalloc(1, sizeof **out);
	(*out)->g = g;
	return 0;
}

void extractor_free(struct extractor *x) { free(x); }

struct extract_scratch *extract_scratch_new(const struct extractor *x)
{
	(void)x;
	return xcalloc(1, sizeof(struct extract_scratch));
}

void extract_scratch_free(struct extract_scratch *s) { free(s); }

size_t extract_doc(const struct extractor *x, struct extract_scratch *s, const struct extract_input *in,
		   const struct claim **out)
{
	(void)x; (void)s; (void)in;
	*out = NULL;
	return 0;
}
