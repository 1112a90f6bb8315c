/* eval.h - what the eval commands share.
 *
 * cmd_eval.c parses the options, runs `eval places` and dispatches the rest:
 * `eval extract` (cmd_eval_extract.c, FA-KES articles) and `eval claims`
 * (cmd_eval_claims.c, annotated texts or Airwars source texts). eval_read.c
 * holds what those two share: running the extractor on one text, reading a
 * claim the way the gold counts, and reading gold files. DESIGN "Evaluation
 * commands" is the contract for the figures. */
#ifndef CIVCAS_CLI_EVAL_H
#define CIVCAS_CLI_EVAL_H

#include <cjson/cJSON.h>

#include "base/buf.h"
#include "base/err.h"
#include "cli/cli.h"
#include "extract/claim.h"

struct gazetteer;
struct place;
struct extractor;
struct extract_scratch;

struct eval_opts {
	const char *gold;        /* --gold FILE */
	const char *country;     /* --country CC[,CC], NULL: all */
	const char *lang;        /* --lang CODE (claims), NULL: every record */
	const char *incidents;   /* --incidents FILE (claims), NULL: annotated gold */
	int verbose;
};

/* Each prints its figures, last the line scripts read, and returns an exit
 * status: 1 when a row or record was reported and skipped. */
int eval_extract(struct cmd_ctx *c, const struct eval_opts *o);
int eval_claims(struct cmd_ctx *c, const struct eval_opts *o);

/* k / n, 0 when n is 0. */
double eval_share(long k, long n);

/* ------------------------------------------------------------ places (cmd_eval.c) */

/* The governorate p lies in (p itself for a governorate); NULL when p is
 * NULL or its governorate is unknown. */
const struct place *eval_gov_of(const struct gazetteer *g, const struct place *p);
/* The governorate a name stands for ("Raqqa", "Deir Ezzor", "ريف دمشق"): a
 * governorate among the name's candidates, else the governorate of its best
 * candidate; NULL when the name resolves to nothing. */
const struct place *eval_gov_named(const struct gazetteer *g, const char *name);
/* The same for a gold file's governorate, which may also be written "Rural
 * Damascus" or "Damascus Countryside" (Rif Dimashq); NULL for NULL or "". */
const struct place *eval_gov_gold(const struct gazetteer *g, const char *name);
/* The governorate a claim's place lies in, else the one it names; NULL when none. */
const struct place *eval_claim_gov(const struct gazetteer *g, const struct claim *c);
/* p's English name, "-" for NULL. */
const char *eval_place_str(const struct place *p);

/* ------------------------------------------------------------ the extractor */

/* The gazetteer (bundled places plus the database's, focused on --country)
 * and an extractor over it, for one text at a time. */
struct eval_runner {
	struct gazetteer *g;
	struct extractor *x;
	struct extract_scratch *s;
	struct buf text, title;   /* repaired copies of input that was not UTF-8 */
};

/* EXIT_OK, or the exit status after reporting why it cannot run (r is then
 * released). */
int eval_runner_open(struct cmd_ctx *c, const struct eval_opts *o, struct eval_runner *r);
void eval_runner_close(struct eval_runner *r);
/* Extract one text (title may be NULL) and return its main incident claim,
 * NULL when it has none; valid until the next call. published is read as
 * sources write dates ("4/5/17", "23 نوفمبر 2025") and handed on in ISO;
 * NULL or unreadable: no publication date. lang may be NULL. */
const struct claim *eval_main_claim(struct eval_runner *r, const char *title, const char *text, size_t len,
				    const char *published, const char *lang);

/* ------------------------------------------------------------ reading a claim as the gold counts */

/* Civilians killed (injured) as the annotation guide counts them: the
 * civilian figure, else everyone killed (injured) unless the claim says they
 * were combatants. RANGE_NONE when there is no figure. */
struct range eval_civ_killed(const struct claim *c);
struct range eval_civ_injured(const struct claim *c);
/* Combatants killed: the combatant figure, else everyone killed when the
 * claim says they were combatants. */
struct range eval_combatants(const struct claim *c);
/* Both known and overlapping; an unknown max is open-ended. */
int eval_ranges_overlap(struct range a, struct range b);
/* "3", "3-5", "24+" (open-ended), "-" (no figure), written into out. */
const char *eval_range_str(struct range r, char *out, size_t size);
/* The claim's date as precise as it is: "2017-04-05", "2017-04", "week of
 * 2017-04-03", "2017", "-". */
const char *eval_date_str(const struct claim *c, char *out, size_t size);
/* The belligerent bit (1 << enum belligerent) of s[0..n), spaces around it
 * ignored: a code or label (belligerent_parse) or a name Airwars uses
 * ("YPG", "Syrian Democratic Forces", "UK Military"); 0 when unknown. */
unsigned eval_bel_bit(const char *s, size_t n);
/* A belligerent set as codes, "russia,syria"; "-" when empty. */
const char *eval_bel_str(unsigned set, char *out, size_t size);

/* ------------------------------------------------------------ reading gold files */

/* Report a skipped row or record on stderr, after what stdout holds so far. */
void eval_problem(const struct err *pe);

struct eval_column {
	const char *name;
	int required;
};
#define EVAL_TABLE_COLS 16

/* v: the row's values of the columns asked for, in their order ("" for a
 * column the file lacks, or a short row); line: where the row starts. */
typedef void (*eval_row_fn)(void *arg, const char *const *v, long line);
/* Read the CSV file at path (what: "gold", "incidents", for messages), whose
 * header row names its columns, and call fn for each data row. A malformed
 * row is reported and skipped and *bad set. Returns 0, or an error in e: the
 * file cannot be read or is empty, its header is malformed, or it lacks a
 * required column (then "not <layout>"). At most EVAL_TABLE_COLS columns. */
int eval_table_read(const char *path, const char *what, const struct eval_column *cols, int ncols,
		    const char *layout, eval_row_fn fn, void *arg, int *bad, struct err *e);

typedef void (*eval_record_fn)(void *arg, const cJSON *rec, long line);
/* Read the JSON lines file at path and call fn with each object and its
 * line. A line that is not a JSON object is reported and skipped and *bad
 * set. Returns 0, or an error in e when the file cannot be read. */
int eval_jsonl_read(const char *path, eval_record_fn fn, void *arg, int *bad, struct err *e);
/* A non-empty string member, else NULL. */
const char *eval_json_str(const cJSON *obj, const char *key);
/* A count member: its value, -1 for null, missing or not a count. */
long eval_json_count(const cJSON *obj, const char *key);

#endif
