/* fuzz_places.c - the gazetteer on arbitrary bytes: folding (its offset map),
 * keys, lookup, mention finding, and loading a places file.
 *
 * Promises checked besides "no crash": folded text is valid UTF-8 and each
 * offset points inside the input, never backwards; a key is ASCII and its
 * length as returned; mentions lie inside the text, in order, without
 * overlap, on character boundaries; a places file either loads and builds or
 * fails with an error, never half-way. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "fuzz.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/norm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char places[] =
	PLACE_TSV_HEADER "\n"
	"g:raqqa\tgovernorate\tSY\t\t\t35.95\t39.01\t0\tAr Raqqah\tالرقة\tRaqqa Governorate\tfuzz\n"
	"p:raqqa\tcity\tSY\tAr Raqqah\t\t35.95\t39.01\t531952\tAr Raqqah\tالرقة\tRaqqa|Rakka\tfuzz\n"
	"p:deir\tcity\tSY\t\t\t35.34\t40.14\t0\tDeir ez-Zor\tدير الزور\tDeir Ezzor\tfuzz\n"
	"v:kz\tvillage\tSY\tAr Raqqah\t\t36.40\t37.40\t900\tKhirbat Zaytun\tخربة زيتون\t\tfuzz\n"
	"v:hamis\tvillage\tSY\tAr Raqqah\t\t36.10\t39.20\t0\tTal Hamis\t\t\tfuzz\n";

static struct gazetteer *gaz;
static struct gaz_scratch *scratch;

static void setup(void)
{
	if (gaz)
		return;
	struct err e;
	gaz = gaz_new();
	if (gaz_load_tsv(gaz, places, strlen(places), "fuzz", &e) || gaz_build(gaz, &e))
		FUZZ_FAIL("the harness's own places do not load: %s", e.what);
	scratch = gaz_scratch_new(gaz);
}

static int is_lead(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	setup();
	/* an exact-size copy, so that ASan sees a read past the end */
	char *in = malloc(size ? size : 1);
	if (!in)
		abort();
	memcpy(in, data, size);

	struct buf out = BUF_INIT;
	struct gaz_offsets map = { 0 };
	gaz_fold(in, size, &out, &map);
	fuzz_utf8("folded text", out.data, out.len);
	FUZZ_CHECK(map.len == out.len, "%zu offsets for %zu bytes", map.len, out.len);
	for (size_t i = 0; i < map.len; i++) {
		FUZZ_CHECK(map.at[i] < size, "offset %u past the input (%zu)", map.at[i], size);
		FUZZ_CHECK(!i || map.at[i] >= map.at[i - 1], "offsets go backwards at %zu", i);
	}
	gaz_offsets_release(&map);
	buf_release(&out);

	char key[64];
	size_t k = gaz_key(in, size, key, sizeof key);
	size_t kl = strlen(key);
	FUZZ_CHECK(kl == (k < sizeof key ? k : sizeof key - 1), "key length %zu, returned %zu", kl, k);
	for (size_t i = 0; i < kl; i++)
		FUZZ_CHECK((unsigned char)key[i] < 0x80, "key byte 0x%02x is not ASCII", (unsigned char)key[i]);

	struct gaz_candidate c[4];
	size_t n = gaz_lookup(gaz, in, size, c, 4);
	for (size_t i = 0; i < n && i < 4; i++)
		FUZZ_CHECK(c[i].place && (!i || c[i].score <= c[i - 1].score), "lookup: bad candidate %zu", i);
	if (!n) {
		const struct place *near[4];
		gaz_nearest(gaz, in, size, near, 4);
	}

	const struct gaz_mention *m;
	n = gaz_find(gaz, scratch, in, size, &m);
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(m[i].start < m[i].end && m[i].end <= size, "mention %zu out of the text", i);
		FUZZ_CHECK(!i || m[i].start >= m[i - 1].end, "mentions %zu and %zu overlap", i - 1, i);
		FUZZ_CHECK(is_lead((unsigned char)in[m[i].start]), "mention %zu starts inside a character", i);
		FUZZ_CHECK(m[i].end == size || is_lead((unsigned char)in[m[i].end]),
			   "mention %zu ends inside a character", i);
		FUZZ_CHECK(m[i].place != NULL, "mention %zu has no place", i);
	}

	/* the input as a places file, after the header */
	struct buf tsv = BUF_INIT;
	buf_adds(&tsv, PLACE_TSV_HEADER "\n");
	buf_add(&tsv, in, size);
	struct gazetteer *g = gaz_new();
	struct err e;
	if (!gaz_load_tsv(g, tsv.data, tsv.len, "fuzz", &e) && !gaz_build(g, &e)) {
		struct gaz_scratch *s = gaz_scratch_new(g);
		gaz_find(g, s, in, size, &m);
		gaz_scratch_free(s);
	}
	gaz_free(g);
	buf_release(&tsv);
	free(in);
	return 0;
}
