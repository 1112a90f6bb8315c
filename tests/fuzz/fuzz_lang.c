/* fuzz_lang.c - lang_detect and lang_canonical on arbitrary bytes.
 *
 * lang_detect promises a static code from a fixed set for the first 64 KB of
 * its UTF-8 input; it is called first on the input repaired to valid UTF-8
 * (its contract: readers only hand on valid text) and then on the raw bytes
 * (a crash only there is outside the contract, but still a crash).
 * lang_canonical must write a NUL-terminated code that fits in out. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "fuzz.h"
#include "text/lang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const codes[] = {
	"ar", "fa", "he", "ru", "el", "en", "fr", "de", "es", "tr", "it", "und",
};

static void check_code(const char *what, const char *c)
{
	for (size_t i = 0; c && i < sizeof codes / sizeof *codes; i++)
		if (!strcmp(c, codes[i]))
			return;
	FUZZ_FAIL("lang_detect(%s) returned %s", what, c ? c : "NULL");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf text = BUF_INIT;
	utf8_repair((const char *)data, size, &text);
	/* an exact-size copy, so that ASan sees a read past the end */
	char *exact = malloc(text.len ? text.len : 1);
	if (!exact)
		abort();
	memcpy(exact, text.data, text.len);
	check_code("repaired input", lang_detect(exact, text.len));
	free(exact);
	buf_release(&text);

	check_code("raw input", lang_detect((const char *)data, size));
	check_code("NULL, 0", lang_detect(NULL, 0));

	/* the input as a label */
	char *label = fuzz_strndup(data, size < 512 ? size : 512);
	char *out = malloc(8);   /* the size the header asks for, exact for ASan */
	if (!out)
		abort();
	memset(out, 'x', 8);
	const char *r = lang_canonical(label, out, 8);
	FUZZ_CHECK(r == out && memchr(out, '\0', 8), "lang_canonical: no NUL in out");
	FUZZ_CHECK(strlen(out) >= 2 && strlen(out) <= 3, "lang_canonical gave \"%s\"", out);
	fuzz_utf8_str("lang_canonical result", out);
	free(out);
	free(label);
	return 0;
}
