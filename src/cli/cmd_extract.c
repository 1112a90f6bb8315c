/* cmd_extract.c - `civcas extract`: the claims of every document this
 * extractor version has not read yet (or of all, with --all), stored in
 * batches, so that an interrupted run keeps what it committed and the next
 * run carries on where it stopped. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/caps.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "extract/extract.h"
#include "gazetteer/gazetteer.h"

/* The page cache extract asks of the store, in KiB. Each document is read
 * once, in order, and its claims are appended: a few MiB hold the batch's
 * pages and the claims' indexes, where the store's default (64 MiB, for
 * ingest) would only fill, a page fault every 4 KiB, with pages never read
 * again. */
#define EXTRACT_CACHE_KIB 8192

/* The next documents to extract: read first, so that no listing is open
 * while the batch is written. */
struct pending {
	int64_t id;
	int same_text;
	struct doc_record *doc;   /* with its text: the batch is read in one pass */
};

struct batch {
	struct pending *items;
	size_t n, cap;
};

static int collect(void *ctx, const struct doc_record *r)
{
	struct batch *b = ctx;
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->items = xrealloc(b->items, b->cap * sizeof *b->items);
	}
	b->items[b->n].id = r->id;
	b->items[b->n].same_text = r->duplicate_of != 0;
	b->items[b->n].doc = r->duplicate_of ? NULL : doc_record_copy(r);
	b->n++;
	return 0;
}

struct tally {
	long documents, claims, same_text, failed;
	long kinds[CLAIM_KIND_COUNT];
	int progress;
	struct timespec shown;
};

static void progress(struct tally *t, int final)
{
	if (!t->progress)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double dt = (double)(now.tv_sec - t->shown.tv_sec) + (double)(now.tv_nsec - t->shown.tv_nsec) / 1e9;
	if (!final && dt < 0.2)
		return;
	t->shown = now;
	if (final)
		fputs("\r\033[K", stderr);
	else
		fprintf(stderr, "\r\033[Kextract: %ld documents, %ld claims", t->documents, t->claims);
	fflush(stderr);
}

/* Extract and store one document. 0, or ERR_INPUT (reported, counted: the
 * transaction goes on), or the store's failure (stop). */
static int one(struct store *s, const struct extractor *x, struct extract_scratch *scratch,
	       const struct doc_record *r, struct tally *t, struct err *e)
{
	int rc;
	struct extract_input in = {
		.text = r->text, .len = r->text_len, .title = r->title, .published = r->published,
		.language = r->language,
	};
	const struct claim *claims;
	size_t n = extract_doc(x, scratch, &in, &claims);
	rc = store_claims_replace(s, r->id, EXTRACTOR_VERSION, claims, n, r->text, r->text_len, e);
	if (rc == ERR_INPUT) {
		if (t->progress)
			fputs("\r\033[K", stderr);
		err_print(e);
		t->failed++;
		return 0;
	}
	if (rc)
		return rc;
	t->documents++;
	t->claims += (long)n;
	for (size_t i = 0; i < n; i++)
		if ((unsigned)claims[i].kind < CLAIM_KIND_COUNT)
			t->kinds[claims[i].kind]++;
	return 0;
}

int cli_extract(struct cmd_ctx *c, const struct cli_extract_opts *o)
{
	struct tally t = { .progress = o->progress };
	struct gazetteer *g = NULL;
	struct extractor *x = NULL;
	struct extract_scratch *scratch = NULL;
	struct batch b = { 0 };
	struct err e;
	int rc = cli_open_gazetteer(c, &g, &e);
	if (rc) {
		err_print(&e);
		return EXIT_FAIL;
	}
	if (o->country && gaz_set_focus(g, o->country, &e)) {
		gaz_free(g);
		return cli_usage_error(c->argv[0], "%s", e.what);
	}
	rc = store_cache(c->store, EXTRACT_CACHE_KIB, &e);
	if (rc)
		goto out;
	rc = extractor_new(g, &x, &e);
	if (rc)
		goto out;
	scratch = extract_scratch_new(x);

	int64_t after = 0;
	int done = 0;
	while (!done) {
		struct doc_filter f = {
			.include_duplicates = 1,
			.unextracted_by = o->all ? NULL : EXTRACTOR_VERSION,
			.after_id = after,
			.limit = CAP_BATCH_EXTRACT,
			.with_text = 1,
		};
		for (size_t i = 0; i < b.n; i++)
			doc_record_free(b.items[i].doc);
		b.n = 0;
		rc = store_documents_each(c->store, &f, collect, &b, &e);
		if (rc || !b.n)
			break;
		after = b.items[b.n - 1].id;
		rc = store_begin(c->store, &e);
		if (rc)
			break;
		for (size_t i = 0; i < b.n && !rc; i++) {
			if (o->limit && t.documents + t.failed >= o->limit) {
				done = 1;
				break;
			}
			/* a repost is not a source of claims of its own: its
			 * original is extracted, and it is marked done with none */
			if (b.items[i].same_text) {
				rc = store_claims_replace(c->store, b.items[i].id, EXTRACTOR_VERSION, NULL, 0,
							  NULL, 0, &e);
				t.same_text++;
				continue;
			}
			rc = one(c->store, x, scratch, b.items[i].doc, &t, &e);
			progress(&t, 0);
		}
		if (rc) {
			store_rollback(c->store, NULL);
			break;
		}
		rc = store_commit(c->store, &e);
	}
out:
	progress(&t, 1);
	printf("extract: %ld documents, %ld claims (%ld incident, %ld admission, %ld estimate, "
	       "%ld infrastructure, %ld context)\n",
	       t.documents, t.claims, t.kinds[CLAIM_INCIDENT], t.kinds[CLAIM_ADMISSION], t.kinds[CLAIM_ESTIMATE],
	       t.kinds[CLAIM_INFRASTRUCTURE], t.kinds[CLAIM_CONTEXT]);
	if (t.same_text)
		printf("extract: %ld skipped (same text as an earlier document)\n", t.same_text);
	if (t.failed)
		printf("extract: %ld failed (claims the store refused)\n", t.failed);
	if (rc)
		err_print(&e);
	for (size_t i = 0; i < b.n; i++)
		doc_record_free(b.items[i].doc);
	free(b.items);
	if (scratch)
		extract_scratch_free(scratch);
	if (x)
		extractor_free(x);
	gaz_free(g);
	return rc || t.failed ? EXIT_FAIL : EXIT_OK;
}

int cmd_extract(struct cmd_ctx *c)
{
	enum { O_ALL = 1, O_LIMIT, O_COUNTRY, O_QUIET };
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, O_ALL },
		{ "limit", required_argument, NULL, O_LIMIT },
		{ "country", required_argument, NULL, O_COUNTRY },
		{ "quiet", no_argument, NULL, O_QUIET },
		{ 0 }
	};
	struct cli_extract_opts o = { .progress = isatty(2) };
	char *end;
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(c->argc, c->argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case O_ALL: o.all = 1; break;
		case O_LIMIT:
			o.limit = strtol(optarg, &end, 10);
			if (*end || o.limit <= 0)
				return cli_usage_error("extract", "--limit wants a positive number, got '%s'", optarg);
			break;
		case O_COUNTRY: o.country = optarg; break;
		case O_QUIET: o.progress = 0; break;
		default:
			return cli_usage_error("extract", "unknown option '%s'", c->argv[optind - 1]);
		}
	}
	if (optind < c->argc)
		return cli_usage_error("extract", "unexpected argument '%s'", c->argv[optind]);
	return cli_extract(c, &o);
}
