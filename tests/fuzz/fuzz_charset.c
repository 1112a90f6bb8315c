/* fuzz_charset.c - charset_decode, charset_sniff, charset_is_binary,
 * charset_canonical and utf8_repair on arbitrary bytes.
 *
 * Whatever the bytes and the declared charset, what comes out must be valid
 * UTF-8 (text/charset.h: "Invalid bytes become U+FFFD ... never passed on"),
 * the buf stays NUL-terminated, the counts are sane and the names static. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/utf8.h"
#include "fuzz.h"
#include "text/charset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const declared_list[] = {
	NULL, "windows-1256", "windows-1252", "iso-8859-6", "utf-8",
};

/* A page's <meta charset> can name any converter ICU has, so one of these is
 * also tried, chosen by the first byte. */
static const char *const icu_list[] = {
	"utf-16le", "utf-16be", "UTF-7", "ISO-2022-JP", "Shift_JIS", "GB18030", "UTF-32",
	"SCSU", "BOCU-1", "HZ-GB-2312", "EUC-KR", "Big5", "KOI8-R", "windows-1255", "IBM864",
	"ISO-2022-KR", "ISO-2022-CN", "UTF-32BE", "CESU-8", "IMAP-mailbox-name",
};

static const char *const sniff_names[] = {
	"utf-8", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6", "windows-1252",
};

static void check_buf(const char *what, const struct buf *b)
{
	FUZZ_CHECK(b->data != NULL && b->data[b->len] == '\0', "%s: buf not NUL-terminated", what);
	fuzz_utf8(what, b->data, b->len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;

	for (size_t i = 0; i < sizeof declared_list / sizeof *declared_list; i++) {
		struct buf out = BUF_INIT;
		struct err e;
		const char *used = NULL;
		long invalid = -1;
		err_clear(&e);
		int rc = charset_decode(in, size, declared_list[i], &out, &used, &invalid, &e);
		FUZZ_CHECK(rc == 0, "charset_decode(declared %s) failed: %d %s",
			   declared_list[i] ? declared_list[i] : "NULL", rc, e.what);
		FUZZ_CHECK(used != NULL, "charset_decode gave no charset name");
		FUZZ_CHECK(invalid >= 0 && (size_t)invalid <= size, "invalid count %ld for %zu bytes",
			   invalid, size);
		check_buf(declared_list[i] ? declared_list[i] : "charset_decode(NULL) output", &out);
		buf_release(&out);
	}

	{
		const char *name = icu_list[size ? data[0] % (sizeof icu_list / sizeof *icu_list) : 0];
		struct buf out = BUF_INIT;
		struct err e;
		long invalid = -1;
		int rc = charset_decode(in, size, name, &out, NULL, &invalid, &e);
		FUZZ_CHECK(rc == 0 || rc == ERR_INPUT, "charset_decode(%s) returned %d", name, rc);
		if (rc == 0)
			FUZZ_CHECK(invalid >= 0 && (size_t)invalid <= size,
				   "invalid count %ld for %zu bytes (%s)", invalid, size, name);
		check_buf(name, &out);
		buf_release(&out);
	}

	/* appending keeps what was already in the buffer */
	{
		struct buf out = BUF_INIT;
		buf_adds(&out, "keep");
		FUZZ_CHECK(charset_decode(in, size, NULL, &out, NULL, NULL, NULL) == 0,
			   "charset_decode with NULL outputs failed");
		FUZZ_CHECK(out.len >= 4 && !memcmp(out.data, "keep", 4), "decode clobbered the buffer");
		check_buf("appended decode", &out);
		buf_release(&out);
	}

	const char *sniffed = charset_sniff(in, size);
	int known = 0;
	for (size_t i = 0; sniffed && i < sizeof sniff_names / sizeof *sniff_names; i++)
		known |= !strcmp(sniffed, sniff_names[i]);
	FUZZ_CHECK(known, "charset_sniff returned %s", sniffed ? sniffed : "NULL");
	/* decoding as the sniffed charset must work too */
	{
		struct buf out = BUF_INIT;
		FUZZ_CHECK(charset_decode(in, size, sniffed, &out, NULL, NULL, NULL) == 0,
			   "decoding as sniffed %s failed", sniffed);
		check_buf("decode as sniffed charset", &out);
		buf_release(&out);
	}

	int bin = charset_is_binary(in, size);
	FUZZ_CHECK(bin == 0 || bin == 1, "charset_is_binary returned %d", bin);

	struct buf rep = BUF_INIT;
	long bad = utf8_repair(in, size, &rep);
	check_buf("utf8_repair output", &rep);
	int valid = utf8_valid(in, size, NULL);
	FUZZ_CHECK(bad >= 0 && (size_t)bad <= size, "utf8_repair replaced %ld of %zu bytes", bad, size);
	FUZZ_CHECK(valid == (bad == 0), "utf8_valid says %d but utf8_repair replaced %ld bytes",
		   valid, bad);
	if (valid)
		FUZZ_CHECK(rep.len == size && !memcmp(rep.data, in, size), "repair changed valid UTF-8");
	/* repairing repaired text changes nothing */
	struct buf rep2 = BUF_INIT;
	FUZZ_CHECK(utf8_repair(rep.data, rep.len, &rep2) == 0 && rep2.len == rep.len &&
		   !memcmp(rep2.data, rep.data, rep.len), "utf8_repair is not idempotent");
	buf_release(&rep2);
	buf_release(&rep);

	/* the input as a charset label */
	char *label = fuzz_strndup(data, size < 256 ? size : 256);
	const char *canon = charset_canonical(label);
	if (canon) {
		fuzz_utf8_str("charset_canonical result", canon);
		struct buf out = BUF_INIT;
		struct err e;
		err_clear(&e);
		int rc = charset_decode(in, size, label, &out, NULL, NULL, &e);
		FUZZ_CHECK(rc == 0 || rc == ERR_INPUT,
			   "charset_canonical knows label %s but charset_decode returns %d (%s)",
			   canon, rc, e.what);
		check_buf("decode with fuzzed label", &out);
		buf_release(&out);
	}
	free(label);
	return 0;
}
