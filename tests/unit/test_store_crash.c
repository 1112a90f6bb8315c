/* test_store_crash.c - a kill -9 in the middle of a long run of batched puts
 * must leave a sound database in which every committed batch is whole and
 * every document re-hashes to its address. A child process archives batches
 * and reports each one after its commit; the parent kills it at varying
 * moments, reopens the database, checks it, and lets the next child carry on
 * from what survived (so that recovery from a crashed WAL is exercised too). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/sha256.h"
#include "store/store.h"

#define BATCH 100

/* Document i (0-based): text of 1-4 KB, raw bytes that hold the text, a
 * binary tail with NULs, and the number again. */
static void make_doc(long i, struct buf *raw, struct buf *text)
{
	static const char *const words[] = { "strike", "civilians", "killed", "market", "Raqqa",
		"الرقة", "coalition", "reported", "dawn", "local", "sources", "مدنيين", "children" };
	uint64_t x = 0x9E3779B97F4A7C15ull * (uint64_t)(i + 1);
	buf_reset(text);
	buf_addf(text, "Document %ld.", i);
	size_t want = 1000 + (size_t)(x % 3000);
	while (text->len < want) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		buf_addc(text, ' ');
		buf_adds(text, words[x % (sizeof words / sizeof *words)]);
	}
	buf_reset(raw);
	buf_adds(raw, "{\"text\":\"");
	buf_add(raw, text->data, text->len);
	buf_adds(raw, "\"}");
	unsigned char tail[8] = { 0, 0xff, 0, (unsigned char)i, (unsigned char)(i >> 8), 0xc3, 0x28, 0 };
	buf_add(raw, tail, sizeof tail);
}

static void fill(struct doc_record *r, const struct buf *raw, const struct buf *text, long i)
{
	memset(r, 0, sizeof *r);
	r->raw = raw->data;
	r->raw_len = raw->len;
	r->text = text->data;
	r->text_len = text->len;
	sha256_hex(raw->data, raw->len, r->sha256);
	sha256_hex(text->data, text->len, r->text_sha256);
	r->publisher = i % 3 ? "Agency A" : "وكالة";
	r->source_kind = "news_agency";
	r->retrieved = "2024-05-01T12:00:00Z";
	r->format = "jsonl";
	r->origin = "big.jsonl";
	r->origin_line = i + 1;
}

/* The child: archive batches from batch `first` on, forever, writing each
 * batch's number to fd after its commit. Never returns. */
static void child(const char *db, long first, int fd)
{
	struct store *s;
	struct err e;
	struct buf raw = BUF_INIT, text = BUF_INIT;
	if (store_open(db, STORE_CREATE, &s, &e)) {
		err_print(&e);
		_exit(2);
	}
	for (long b = first;; b++) {
		if (store_begin(s, &e))
			goto fail;
		for (long i = b * BATCH; i < (b + 1) * BATCH; i++) {
			struct doc_record r;
			int outcome;
			make_doc(i, &raw, &text);
			fill(&r, &raw, &text, i);
			if (store_document_put(s, &r, &outcome, &e))
				goto fail;
			if (outcome != STORE_NEW || r.id != i + 1) {
				fprintf(stderr, "document %ld: outcome %d id %lld\n", i, outcome, (long long)r.id);
				_exit(3);
			}
		}
		if (store_commit(s, &e))
			goto fail;
		if (write(fd, &b, sizeof b) != sizeof b)
			_exit(4);
	}
fail:
	err_print(&e);
	_exit(2);
}

/* Every document 1..n is there and whole. */
static void verify(struct store *s, long n)
{
	struct buf raw = BUF_INIT, text = BUF_INIT;
	struct err e;
	for (long i = 0; i < n; i++) {
		char ref[24], h[65];
		struct doc_record *g = NULL;
		snprintf(ref, sizeof ref, "%ld", i + 1);
		if (store_document_get(s, ref, 1, &g, &e))
			err_print(&e);
		assert_non_null(g);
		make_doc(i, &raw, &text);
		sha256_hex(g->raw, g->raw_len, h);
		assert_string_equal(h, g->sha256);
		assert_int_equal(g->raw_len, raw.len);
		assert_memory_equal(g->raw, raw.data, raw.len);
		assert_int_equal(g->text_len, text.len);
		assert_memory_equal(g->text, text.data, text.len);
		assert_int_equal(g->origin_line, i + 1);
		doc_record_free(g);
	}
	buf_release(&raw);
	buf_release(&text);
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	return remove(path);
}

static void kill_mid_batches(void **state)
{
	/* (batches to wait for, extra microseconds before the kill) per round */
	static const struct { long batches; useconds_t delay; } rounds[] = {
		{ 3, 0 }, { 20, 700 }, { 7, 2500 }, { 60, 150 }, { 1, 5000 }, { 35, 1200 },
	};
	char dir[] = "/tmp/civcas-crash-XXXXXX", db[64];
	assert_non_null(mkdtemp(dir));
	snprintf(db, sizeof db, "%s/c.db", dir);
	struct err e;
	struct store *s;
	struct store_counts c;
	long have = 0;   /* documents that survived so far */

	for (size_t k = 0; k < sizeof rounds / sizeof *rounds; k++) {
		int fd[2];
		assert_int_equal(pipe(fd), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(fd[0]);
			child(db, have / BATCH, fd[1]);
		}
		close(fd[1]);
		long b, reported = 0, last = have / BATCH - 1;
		while (reported < rounds[k].batches && read(fd[0], &b, sizeof b) == sizeof b) {
			assert_int_equal(b, last + 1);
			last = b;
			reported++;
		}
		assert_int_equal(reported, rounds[k].batches);
		usleep(rounds[k].delay);
		assert_int_equal(kill(pid, SIGKILL), 0);
		int status;
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
		/* batches committed and reported before the kill landed */
		while (read(fd[0], &b, sizeof b) == sizeof b) {
			assert_int_equal(b, last + 1);
			last = b;
		}
		close(fd[0]);

		assert_int_equal(store_open(db, 0, &s, &e), 0);
		assert_int_equal(store_check(s, &e), 0);
		assert_int_equal(store_counts(s, &c, &e), 0);
		long committed = (last + 1) * BATCH;
		/* every reported batch is there; at most the one whose report the
		 * kill beat is there too; never part of a batch */
		assert_true(c.documents == committed || c.documents == committed + BATCH);
		verify(s, c.documents);
		store_close(s);
		have = c.documents;
	}
	assert_true(have >= 126 * BATCH);

	/* what survived is archived once: putting it all again adds only the rest */
	struct buf raw = BUF_INIT, text = BUF_INIT;
	assert_int_equal(store_open(db, 0, &s, &e), 0);
	assert_int_equal(store_begin(s, &e), 0);
	for (long i = 0; i < have + BATCH; i++) {
		struct doc_record r;
		int outcome;
		make_doc(i, &raw, &text);
		fill(&r, &raw, &text, i);
		assert_int_equal(store_document_put(s, &r, &outcome, &e), 0);
		assert_int_equal(outcome, i < have ? STORE_DUPLICATE : STORE_NEW);
		assert_int_equal(r.id, i + 1);
	}
	assert_int_equal(store_commit(s, &e), 0);
	assert_int_equal(store_counts(s, &c, &e), 0);
	assert_int_equal(c.documents, have + BATCH);
	assert_int_equal(store_check(s, &e), 0);
	store_close(s);
	buf_release(&raw);
	buf_release(&text);
	nftw(dir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kill_mid_batches),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
