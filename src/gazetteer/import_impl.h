/* import_impl.h - what the GeoNames and CSV imports share (import.c):
 * telling a name's script, cleaning names, collecting variants, checking
 * values, and handing a skipped row to the sink. Not for other modules:
 * they use import.h. */
#ifndef CIVCAS_GAZ_IMPORT_IMPL_H
#define CIVCAS_GAZ_IMPORT_IMPL_H

#include <stddef.h>

#include "base/buf.h"
#include "base/err.h"
#include "gazetteer/import.h"

/* ------------------------------------------------------------ names */

enum import_script { SCRIPT_NONE, SCRIPT_LATIN, SCRIPT_ARABIC, SCRIPT_OTHER };

/* The script of s[0..n); *plain (may be NULL) is set when its Arabic
 * letters are all plain Arabic, not the letters Persian, Kurdish and Urdu
 * add. A name with any Arabic letter is Arabic. */
enum import_script import_name_script(const char *s, size_t n, int *plain);

/* s[0..n) as a name into out (reset first): no blanks at either end, and
 * each run of blanks and control characters one space (a name is one line
 * of a TSV cell). */
void import_clean_name(struct buf *out, const char *s, size_t n);

/* A place's variants: '|'-separated in out, each once (ASCII case aside),
 * never its English or Arabic name again, at most CAP_PLACE_VARIANTS_BYTES
 * (what would go past it is dropped). In the caller's memory. */
struct import_names {
	struct buf out;
	struct buf one;
	const char *skip[2];
};

void import_names_init(struct import_names *v);
void import_names_release(struct import_names *v);
/* Empty the list for a place with these names (either may be NULL; they
 * must stay valid while names are added). */
void import_names_start(struct import_names *v, const char *name_en, const char *name_ar);
/* Add the names in s[0..n), separated by '|' (a name never holds one). */
void import_names_add(struct import_names *v, const char *s, size_t n);

/* ------------------------------------------------------------ values */

/* s without blanks at either end; its length in *n. */
const char *import_trim(const char *s, size_t *n);

int import_is_ascii_letter(char ch);

/* A population: digits, maybe grouped ("12,345", "12 345") or with a zero
 * fraction ("1234.0"); empty is 0 (unknown). 0 and *out, or -1 when it is
 * not one. */
int import_parse_population(const char *s, long *out);

/* A latitude and longitude as written ("36.2", "36,2"; both empty: NAN,
 * unknown) into *lat and *lon. 0 when they are fine, else -1 with the
 * reason in why[0..cap). */
int import_check_coords(const char *lat_s, const char *lon_s, double *lat, double *lon, char *why,
			size_t cap);

/* A line that opens an HTML or XML page rather than a gazetteer. */
int import_looks_like_markup(const char *s, size_t n);

/* ------------------------------------------------------------ files */

/* Back to the start of in, to read it again: 0, or ERR_IO (e set). */
int import_rewind(const struct gaz_file *in, struct err *e);

/* A rejected row, "<why>, row skipped" at path:line, handed to
 * sink->problem. */
void import_skip_row(const struct gaz_sink *sink, const char *path, long line, const char *why);

#endif
