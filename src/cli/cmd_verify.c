/* cmd_verify.c - `civcas verify`: prove the archive is whole. The database's
 * own checks first, then every document's archived bytes are unpacked and
 * hashed again: each must still be the content address it was stored under. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/sha256.h"
#include "cli/cli.h"

struct verify {
	struct store *store;
	long checked;
	long bad;
};

static int one(void *ctx, const struct doc_record *listed)
{
	struct verify *v = ctx;
	char ref[24];
	snprintf(ref, sizeof ref, "%" PRId64, listed->id);
	struct doc_record *r;
	struct err e;
	v->checked++;
	if (store_document_get(v->store, ref, 1, &r, &e)) {
		err_print(&e);
		v->bad++;
		return 0;
	}
	char h[SHA256_HEX_LEN + 1], t[SHA256_HEX_LEN + 1];
	sha256_hex(r->raw, r->raw_len, h);
	sha256_hex(r->text, r->text_len, t);
	if (strcmp(h, r->sha256)) {
		fprintf(stderr, "civcas: document %" PRId64 "'s archived bytes no longer hash to its address %s\n",
			r->id, r->sha256);
		v->bad++;
	} else if (strcmp(t, r->text_sha256)) {
		fprintf(stderr, "civcas: document %" PRId64 "'s text no longer hashes to %s\n", r->id,
			r->text_sha256);
		v->bad++;
	}
	doc_record_free(r);
	return 0;
}

int cmd_verify(struct cmd_ctx *c)
{
	if (c->argc > 1)
		return cli_usage_error("verify", "verify takes no arguments");
	struct err e;
	if (store_check(c->store, &e)) {
		err_print(&e);
		return EXIT_FAIL;
	}
	struct verify v = { .store = c->store };
	struct doc_filter f = { .include_duplicates = 1 };
	if (store_documents_each(c->store, &f, one, &v, &e)) {
		err_print(&e);
		return EXIT_FAIL;
	}
	printf("verify: %ld documents, %ld damaged\n", v.checked, v.bad);
	return v.bad ? EXIT_FAIL : EXIT_OK;
}
