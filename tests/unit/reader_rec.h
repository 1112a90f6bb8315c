/* reader_rec.h - a struct reader that records what a reader emits and which
 * problems it reports, for the reader tests. Header-only: each test is one
 * translation unit. */
#ifndef CIVCAS_TEST_READER_REC_H
#define CIVCAS_TEST_READER_REC_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "io/reader.h"

#define REC_MAX 64

struct rec_doc {
	char *raw, *text, *title, *url, *publisher, *author, *language, *published, *source_kind;
	char *format, *charset;
	size_t raw_len;
	long line, invalid;
};

struct rec {
	struct reader rd;
	struct rec_doc doc[REC_MAX];
	int ndocs;
	char problem[REC_MAX][1200];
	int nproblems;
};

static int rec_emit(struct reader *rd, const struct doc_in *d, struct err *e)
{
	struct rec *r = rd->ctx;
	(void)e;
	if (r->ndocs == REC_MAX)
		return 0;
	struct rec_doc *o = &r->doc[r->ndocs++];
	o->raw = xstrndup(d->raw, d->raw_len);
	o->raw_len = d->raw_len;
	o->text = xstrndup(d->text, d->text_len);
	o->title = xstrdup(d->title);
	o->url = xstrdup(d->url);
	o->publisher = xstrdup(d->publisher);
	o->author = xstrdup(d->author);
	o->language = xstrdup(d->language);
	o->published = xstrdup(d->published);
	o->source_kind = xstrdup(d->source_kind);
	o->format = xstrdup(d->format);
	o->charset = xstrdup(d->charset);
	o->line = d->line;
	o->invalid = d->invalid_bytes;
	return 0;
}

static void rec_problem(struct reader *rd, const struct err *e)
{
	struct rec *r = rd->ctx;
	if (r->nproblems == REC_MAX)
		return;
	snprintf(r->problem[r->nproblems++], sizeof r->problem[0], "%s: %s", e->what, e->where);
}

static void rec_init(struct rec *r, const char *path)
{
	memset(r, 0, sizeof *r);
	r->rd.path = path;
	r->rd.emit = rec_emit;
	r->rd.problem = rec_problem;
	r->rd.ctx = r;
}

static void rec_free(struct rec *r)
{
	for (int i = 0; i < r->ndocs; i++) {
		struct rec_doc *o = &r->doc[i];
		free(o->raw); free(o->text); free(o->title); free(o->url); free(o->publisher);
		free(o->author); free(o->language); free(o->published); free(o->source_kind);
		free(o->format); free(o->charset);
	}
	r->ndocs = 0;
}

/* Run reader fn on the bytes s[0..len) as if they were the file at path. */
static int rec_run(struct rec *r, int (*fn)(struct reader *, FILE *, struct err *),
		   const char *s, size_t len, struct err *e)
{
	FILE *f = fmemopen((void *)s, len, "r");
	int rc = fn(&r->rd, f, e);
	fclose(f);
	return rc;
}

#endif
