/* extract_fx.h - the extractor the extraction tests share: the bundled
 * gazetteer read as a team on Syria and Iraq, one extractor, one scratch.
 * Include it in one test file; the group's setup and teardown are these. */
#ifndef CIVCAS_TEST_EXTRACT_FX_H
#define CIVCAS_TEST_EXTRACT_FX_H

#include "extract/extract.h"
#include "gazetteer/gazetteer.h"

static struct gazetteer *gaz;
static struct extractor *ex;
static struct extract_scratch *scr;

static int extract_fx_setup(void **state)
{
	(void)state;
	struct err e;
	if (gaz_open(NULL, &gaz, &e) || gaz_set_focus(gaz, "SY,IQ", &e) || extractor_new(gaz, &ex, &e))
		return -1;
	scr = extract_scratch_new(ex);
	return 0;
}

static int extract_fx_teardown(void **state)
{
	(void)state;
	extract_scratch_free(scr);
	extractor_free(ex);
	gaz_free(gaz);
	return 0;
}

#endif
