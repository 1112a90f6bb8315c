/* lexicon_tables.h - the language tables the lexicon is built from. */
#ifndef CIVCAS_LEXICON_TABLES_H
#define CIVCAS_LEXICON_TABLES_H

#include <stddef.h>

#include "extract/extract_impl.h"

extern const struct lx_entry lexicon_en[];
extern const size_t lexicon_en_count;
extern const struct lx_entry lexicon_ar[];   /* spelled as written: lexicon_new folds the keys */
extern const size_t lexicon_ar_count;

#endif
