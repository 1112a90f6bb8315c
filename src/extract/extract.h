/* extract.h - turning a document's text into claims (claim.h).
 *
 * An extractor is built once (lexicons compiled, gazetteer attached) and is
 * then read-only, shared by threads; each thread extracts with its own
 * struct extract_scratch. The claims extract_doc returns, and every string
 * they point to, belong to the scratch and stay valid until its next use:
 * one document's claims are one batch, freed together.
 *
 * English now (issue 4); Arabic goes through the same pipeline and model. */
#ifndef CIVCAS_EXTRACT_H
#define CIVCAS_EXTRACT_H

#include <stddef.h>

#include "base/err.h"
#include "extract/claim.h"

struct gazetteer;
struct extractor;
struct extract_scratch;

/* g is borrowed and must outlive the extractor. */
int extractor_new(const struct gazetteer *g, struct extractor **out, struct err *e);
void extractor_free(struct extractor *x);

struct extract_scratch *extract_scratch_new(const struct extractor *x);
void extract_scratch_free(struct extract_scratch *s);

struct extract_input {
	const char *text;        /* UTF-8, need not be NUL-terminated */
	size_t len;
	const char *title;       /* NULL when none; treated as the text's headline */
	const char *published;   /* ISO 8601 date or date-time, NULL when unknown */
	const char *language;    /* "en", "ar", "und", NULL */
};

/* Extract the claims of one document. Sets *out to an array of the claims,
 * in text order, and returns how many. Offsets are into in->text. At most
 * one claim has main set: the document's main incident claim (its
 * headline's event, else the current event with the most civilians killed,
 * else the most injured), 0 claims when the text reports none. */
size_t extract_doc(const struct extractor *x, struct extract_scratch *s, const struct extract_input *in,
		   const struct claim **out);

#endif
