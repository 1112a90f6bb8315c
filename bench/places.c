/* places.c - the `places` benchmark (bench/run.sh places): how fast gaz_find
 * finds the places report texts name, and PCRE2 JIT doing the same with the
 * gazetteer's folded names as regex alternations. Not part of the library:
 * run.sh builds it against build/libcivcas.a.
 *
 *   places extract CORPUS.jsonl MB OUT EN_MB EN_OUT
 *       the "text" fields of the corpus, in order, until MB megabytes (1e6
 *       bytes) of text, into OUT; the English ones among those, until EN_MB,
 *       into EN_OUT (the sample for the English-only peer)
 *   places ours TEXTS
 *       load the gazetteer, gaz_find every text, then gaz_fold every text
 *   places pcre2 TEXTS MB ROUNDS
 *       on the first MB of TEXTS: gaz_find, then PCRE2 JIT on the folded texts
 *
 * A TEXTS file holds texts one after another, each a 4-byte little-endian
 * length and then its bytes. `ours` streams it, so that its peak RSS is the
 * gazetteer's and gaz_find's and not the corpus's. Each mode prints one line
 * of key=value pairs on stdout for run.sh; times count only the work named
 * (reading the file is outside them). Single-threaded throughout. */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <cjson/cJSON.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/xalloc.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/norm.h"

/* A text longer than this in a TEXTS file means the file is not one. */
#define MAX_TEXT (64u << 20)

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "places: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct gazetteer *open_gazetteer(void)
{
	struct gazetteer *g;
	struct err e = { 0 };
	if (gaz_open(NULL, &g, &e)) {
		err_print(&e);
		exit(1);
	}
	return g;
}

/* ------------------------------------------------------------ TEXTS files */

struct texts {
	FILE *f;
	const char *path;
	struct buf text;
};

static void texts_open(struct texts *t, const char *path)
{
	t->path = path;
	t->f = fopen(path, "rb");
	if (!t->f)
		die("cannot open %s", path);
	buf_init(&t->text);
}

/* The next text into t->text; 0 at the end of the file. */
static int texts_next(struct texts *t)
{
	unsigned char len[4];
	size_t got = fread(len, 1, 4, t->f);
	if (got == 0 && feof(t->f))
		return 0;
	if (got != 4)
		die("%s: truncated", t->path);
	uint32_t n = (uint32_t)len[0] | (uint32_t)len[1] << 8 | (uint32_t)len[2] << 16 | (uint32_t)len[3] << 24;
	if (n > MAX_TEXT)
		die("%s: not a TEXTS file (a text too long)", t->path);
	buf_reset(&t->text);
	buf_grow(&t->text, n);
	if (fread(t->text.data, 1, n, t->f) != n)
		die("%s: truncated", t->path);
	buf_setlen(&t->text, n);
	return 1;
}

static void texts_close(struct texts *t)
{
	fclose(t->f);
	buf_release(&t->text);
}

static void put_text(FILE *f, const char *s, size_t n, const char *path)
{
	unsigned char len[4] = { (unsigned char)n, (unsigned char)(n >> 8), (unsigned char)(n >> 16),
				 (unsigned char)(n >> 24) };
	if (fwrite(len, 1, 4, f) != 4 || fwrite(s, 1, n, f) != n)
		die("cannot write %s", path);
}

/* ------------------------------------------------------------ extract */

static int cmd_extract(char **argv)
{
	const char *in = argv[0], *out = argv[2], *en_out = argv[4];
	double want = atof(argv[1]) * 1e6, en_want = atof(argv[3]) * 1e6;
	FILE *f = fopen(in, "rb"), *o = fopen(out, "wb"), *eo = fopen(en_out, "wb");
	if (!f)
		die("cannot open %s", in);
	if (!o || !eo)
		die("cannot write %s", !o ? out : en_out);
	char *line = NULL;
	size_t cap = 0, docs = 0, bytes = 0, en_all = 0, en_docs = 0, en_bytes = 0;
	ssize_t len;
	while (bytes < want && (len = getline(&line, &cap, f)) > 0) {
		cJSON *rec = cJSON_ParseWithLength(line, (size_t)len);
		const cJSON *text = cJSON_GetObjectItemCaseSensitive(rec, "text");
		const cJSON *lang = cJSON_GetObjectItemCaseSensitive(rec, "language");
		if (!cJSON_IsString(text)) {
			cJSON_Delete(rec);
			continue;
		}
		size_t n = strlen(text->valuestring);
		put_text(o, text->valuestring, n, out);
		docs++;
		bytes += n;
		int english = cJSON_IsString(lang) && !strcmp(lang->valuestring, "en");
		en_all += english;
		if (english && en_bytes < en_want) {
			put_text(eo, text->valuestring, n, en_out);
			en_docs++;
			en_bytes += n;
		}
		cJSON_Delete(rec);
	}
	free(line);
	fclose(f);
	if (fclose(o) || fclose(eo))
		die("cannot write %s", out);
	printf("docs=%zu bytes=%zu en_all=%zu en_docs=%zu en_bytes=%zu\n", docs, bytes, en_all, en_docs, en_bytes);
	return 0;
}

/* ------------------------------------------------------------ ours */

static int cmd_ours(char **argv)
{
	double t0 = now();
	struct gazetteer *g = open_gazetteer();
	double startup = now() - t0;
	struct gaz_scratch *s = gaz_scratch_new(g);

	struct texts t;
	texts_open(&t, argv[0]);
	size_t docs = 0, bytes = 0, mentions = 0;
	double scan = 0;
	while (texts_next(&t)) {
		const struct gaz_mention *m;
		double a = now();
		mentions += gaz_find(g, s, t.text.data, t.text.len, &m);
		scan += now() - a;
		docs++;
		bytes += t.text.len;
	}

	/* the folding gaz_find does first, alone: its share of the scan */
	rewind(t.f);
	struct buf fold = BUF_INIT;
	struct gaz_offsets map = { 0 };
	double folding = 0;
	while (texts_next(&t)) {
		double a = now();
		buf_reset(&fold);
		map.len = 0;
		gaz_fold(t.text.data, t.text.len, &fold, &map);
		folding += now() - a;
	}
	buf_release(&fold);
	gaz_offsets_release(&map);
	texts_close(&t);
	printf("startup_s=%.4f scan_s=%.4f fold_s=%.4f docs=%zu bytes=%zu mentions=%zu places=%zu\n", startup,
	       scan, folding, docs, bytes, mentions, gaz_count(g));
	gaz_scratch_free(s);
	gaz_free(g);
	return 0;
}

/* ------------------------------------------------------------ PCRE2 */

/* The folded names, deduplicated: what the peer looks for. */
struct names {
	char **v;
	size_t len, cap;
};

static void names_add(struct names *ns, struct buf *fold, const char *s, size_t n)
{
	buf_reset(fold);
	gaz_fold(s, n, fold, NULL);
	if (fold->len < 3)   /* gaz_find's matcher skips these too */
		return;
	if (ns->len == ns->cap) {
		ns->cap = ns->cap ? ns->cap * 2 : 1024;
		ns->v = xrealloc(ns->v, ns->cap * sizeof *ns->v);
	}
	ns->v[ns->len++] = xstrndup(fold->data, fold->len);
}

/* Longest first, so that an alternation prefers the longest name at a place. */
static int by_length_desc(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	size_t lx = strlen(x), ly = strlen(y);
	if (lx != ly)
		return lx > ly ? -1 : 1;
	return strcmp(x, y);
}

static void gather_names(const struct gazetteer *g, struct names *ns)
{
	struct buf fold = BUF_INIT;
	for (size_t i = 0; i < gaz_count(g); i++) {
		const struct place_row *r = &gaz_place(g, i)->row;
		names_add(ns, &fold, r->name_en, strlen(r->name_en));
		names_add(ns, &fold, r->name_ar, strlen(r->name_ar));
		for (const char *v = r->variants; *v;) {
			size_t n = strcspn(v, "|");
			names_add(ns, &fold, v, n);
			v += n + (v[n] == '|');
		}
	}
	buf_release(&fold);
	qsort(ns->v, ns->len, sizeof *ns->v, by_length_desc);
	size_t k = 0;
	for (size_t i = 0; i < ns->len; i++) {
		if (k && !strcmp(ns->v[k - 1], ns->v[i]))
			free(ns->v[i]);
		else
			ns->v[k++] = ns->v[i];
	}
	ns->len = k;
}

static int is_arabic_lead(unsigned char c)
{
	return c >= 0xD8 && c <= 0xDB;
}

/* Word boundaries as gaz_find checks them on folded text, where words are
 * separated by single spaces: a space or the end on both sides; before an
 * Arabic name, also one clitic و ف ب ل ك, or two with و/ف first. (gaz_find
 * also wants a capital letter in the original text of a Latin name, which
 * folded text no longer shows, and finds bare Arabic names after لل.) */
#define WORD_START "(?<![^ ])"
#define WORD_END "(?![^ ])"
#define CLITICS "(?:[\xd9\x88\xd9\x81]?[\xd9\x88\xd9\x81\xd8\xa8\xd9\x84\xd9\x83])?"

struct pcre2_set {
	pcre2_code **code;
	size_t len, cap;
	size_t largest;   /* compiled bytes of the largest pattern */
};

static void write_alternation(struct buf *re, int arabic, char *const *v, size_t n)
{
	buf_reset(re);
	buf_adds(re, WORD_START);
	if (arabic)
		buf_adds(re, CLITICS);
	buf_adds(re, "(?:");
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(re, '|');
		for (const char *c = v[i]; *c; c++) {
			if ((unsigned char)*c < 0x80 && strchr("\\^$.[]|()?*+{}#-", *c))
				buf_addc(re, '\\');
			buf_addc(re, *c);
		}
	}
	buf_adds(re, ")" WORD_END);
}

/* Compile v[0..n) as alternations, as many as PCRE2's 64 KB limit needs:
 * up to `budget` bytes of names each, and fewer names when PCRE2 says a
 * pattern is too large. */
static void compile_group(struct pcre2_set *set, int arabic, char *const *v, size_t n)
{
	struct buf re = BUF_INIT;
	size_t per = n, done = 0, budget = 60000;
	while (done < n) {
		size_t k = 0, size = 0;
		while (done + k < n && k < per && size + strlen(v[done + k]) + 1 <= budget)
			size += strlen(v[done + (k++)]) + 1;
		if (!k)
			k = 1;
		write_alternation(&re, arabic, v + done, k);
		int code;
		PCRE2_SIZE off;
		pcre2_code *c = pcre2_compile((PCRE2_SPTR)re.data, re.len, PCRE2_UTF, &code, &off, NULL);
		if (!c && code == PCRE2_ERROR_PATTERN_TOO_LARGE && k > 1) {
			per = k * 3 / 4;   /* smaller, and the next ones too */
			continue;
		}
		if (!c) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(code, msg, sizeof msg);
			die("PCRE2 cannot compile the names: %s", (const char *)msg);
		}
		if (pcre2_jit_compile(c, PCRE2_JIT_COMPLETE))
			die("%s", "PCRE2 JIT compilation failed (is PCRE2 built with JIT?)");
		size_t sz;
		pcre2_pattern_info(c, PCRE2_INFO_SIZE, &sz);
		if (sz > set->largest)
			set->largest = sz;
		if (set->len == set->cap) {
			set->cap = set->cap ? set->cap * 2 : 64;
			set->code = xrealloc(set->code, set->cap * sizeof *set->code);
		}
		set->code[set->len++] = c;
		done += k;
	}
	buf_release(&re);
}

/* Matches of every pattern in s[0..n), non-overlapping within a pattern. */
static size_t pcre2_scan(const struct pcre2_set *set, pcre2_match_data *md, pcre2_match_context *mc,
			 const char *s, size_t n)
{
	size_t found = 0;
	for (size_t p = 0; p < set->len; p++) {
		PCRE2_SIZE at = 0;
		uint32_t opts = 0;   /* the first call checks the UTF-8, the rest need not */
		for (;;) {
			int rc = pcre2_match(set->code[p], (PCRE2_SPTR)s, n, at, opts, md, mc);
			if (rc == PCRE2_ERROR_NOMATCH)
				break;
			if (rc < 0) {
				PCRE2_UCHAR msg[256];
				pcre2_get_error_message(rc, msg, sizeof msg);
				die("pcre2_match: %s", (const char *)msg);
			}
			found++;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			opts = PCRE2_NO_UTF_CHECK;
			if (at >= n)
				break;
		}
	}
	return found;
}

static int cmd_pcre2(char **argv)
{
	double want = atof(argv[1]) * 1e6;
	int rounds = atoi(argv[2]);
	if (rounds < 1)
		rounds = 1;
	struct gazetteer *g = open_gazetteer();
	struct gaz_scratch *s = gaz_scratch_new(g);

	double t0 = now();
	struct names ns = { 0 };
	gather_names(g, &ns);
	/* Latin and Arabic apart: only Arabic names take clitics */
	char **latin = xcalloc(ns.len + 1, sizeof *latin), **arabic = xcalloc(ns.len + 1, sizeof *arabic);
	size_t nl = 0, na = 0;
	for (size_t i = 0; i < ns.len; i++) {
		if (is_arabic_lead((unsigned char)ns.v[i][0]))
			arabic[na++] = ns.v[i];
		else
			latin[nl++] = ns.v[i];
	}
	struct pcre2_set set = { 0 };
	compile_group(&set, 0, latin, nl);
	compile_group(&set, 1, arabic, na);
	double compile = now() - t0;

	/* the prefix, as it is and folded */
	struct texts t;
	texts_open(&t, argv[0]);
	struct buf *raw = NULL, *folded = NULL;
	size_t docs = 0, cap = 0, bytes = 0, folded_bytes = 0;
	while (bytes < want && texts_next(&t)) {
		if (docs == cap) {
			cap = cap ? cap * 2 : 256;
			raw = xrealloc(raw, cap * sizeof *raw);
			folded = xrealloc(folded, cap * sizeof *folded);
		}
		buf_init(&raw[docs]);
		buf_add(&raw[docs], t.text.data, t.text.len);
		buf_init(&folded[docs]);
		gaz_fold(t.text.data, t.text.len, &folded[docs], NULL);
		bytes += t.text.len;
		folded_bytes += folded[docs].len;
		docs++;
	}
	texts_close(&t);

	double ours = 0, peer = 0;
	size_t mentions = 0, matches = 0;
	for (int r = 0; r < rounds; r++) {
		mentions = 0;
		double a = now();
		for (size_t i = 0; i < docs; i++) {
			const struct gaz_mention *m;
			mentions += gaz_find(g, s, raw[i].data, raw[i].len, &m);
		}
		a = now() - a;
		if (!r || a < ours)
			ours = a;
	}

	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	pcre2_jit_stack *js = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	pcre2_jit_stack_assign(mc, NULL, js);
	int peer_rounds = 0;
	for (int r = 0; r < rounds; r++) {
		matches = 0;
		double a = now();
		for (size_t i = 0; i < docs; i++)
			matches += pcre2_scan(&set, md, mc, folded[i].data, folded[i].len);
		a = now() - a;
		if (!r || a < peer)
			peer = a;
		peer_rounds++;
		if (peer > 60)   /* one round of a minute says enough */
			break;
	}

	printf("names=%zu latin=%zu arabic=%zu patterns=%zu largest_kb=%.1f compile_s=%.3f docs=%zu bytes=%zu "
	       "folded_bytes=%zu ours_s=%.4f mentions=%zu pcre2_s=%.4f matches=%zu pcre2_rounds=%d\n",
	       ns.len, nl, na, set.len, set.largest / 1024.0, compile, docs, bytes, folded_bytes, ours, mentions,
	       peer, matches, peer_rounds);

	pcre2_jit_stack_free(js);
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	for (size_t i = 0; i < set.len; i++)
		pcre2_code_free(set.code[i]);
	free(set.code);
	for (size_t i = 0; i < docs; i++) {
		buf_release(&raw[i]);
		buf_release(&folded[i]);
	}
	free(raw);
	free(folded);
	for (size_t i = 0; i < ns.len; i++)
		free(ns.v[i]);
	free(ns.v);
	free(latin);
	free(arabic);
	gaz_scratch_free(s);
	gaz_free(g);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 7 && !strcmp(argv[1], "extract"))
		return cmd_extract(argv + 2);
	if (argc == 3 && !strcmp(argv[1], "ours"))
		return cmd_ours(argv + 2);
	if (argc == 5 && !strcmp(argv[1], "pcre2"))
		return cmd_pcre2(argv + 2);
	fprintf(stderr, "usage: places extract CORPUS.jsonl MB OUT EN_MB EN_OUT\n"
			"       places ours TEXTS\n"
			"       places pcre2 TEXTS MB ROUNDS\n");
	return 2;
}
