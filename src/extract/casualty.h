/* casualty.h - reading who was killed, injured or missing in one sentence.
 *
 * "killed at least 43 people, including 12 children", "two children were
 * injured", "the death toll rose to 30", "a woman and a child were wounded",
 * "a family of five", "no civilians were hurt": each count is tied to the
 * victims it names (civilians, children, women, men, combatants; people
 * who are not said to be fighters count as civilians, as monitors do) and to
 * the casualty word that governs it; breakdowns ("including ...") do not add
 * to the total they break down. The rules for each phrase are in
 * docs/extract.md. */
#ifndef CIVCAS_CASUALTY_H
#define CIVCAS_CASUALTY_H

#include <stddef.h>

#include "extract/claim.h"
#include "extract/extract_impl.h"

struct casualties {
	struct range killed, injured, missing;
	struct range civilians_killed, civilians_injured;
	struct range children_killed, women_killed, men_killed, combatants_killed;
	enum victim_status status;
	size_t start, end;   /* evidence: the counts and the words that govern them */
	int civ_explicit;    /* the civilians killed were called civilians (or children,
	                        women...), not just "people" */
	int civ_parts_only;  /* ... and only by parts: "two children" with no total */
};

/* Read the sentence of tokens [tok0, tok1). Returns 1 when it reports people
 * killed, injured or missing (with or without a figure) and fills *out. */
int casualty_read(const char *text, const struct tok *t, size_t tok0, size_t tok1, const char *keys,
		  struct casualties *out);

#endif
