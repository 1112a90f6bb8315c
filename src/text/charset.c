/* charset.c - every report becomes valid UTF-8 here, whatever it was written
 * in, and the bytes that could not be read are counted rather than hidden.
 * UTF-8 goes through our own repair (fast, and it defines "invalid" for the
 * whole program); everything else goes through ICU. */
#include "text/charset.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include "base/utf8.h"

/* Bytes the sniffer reads for its windows-1256 / windows-1252 guess, and
 * the prefix charset_is_binary looks at. */
#define SNIFF_BYTES (1u << 20)
#define BINARY_PREFIX 8192

static const struct {
	const char *label;
	const char *name;
} aliases[] = {
	/* ASCII is a subset of UTF-8, and files declared "ascii" that are not
	 * ASCII are far more often UTF-8 than anything else */
	{ "utf-8", "utf-8" }, { "utf8", "utf-8" }, { "unicode-1-1-utf-8", "utf-8" },
	{ "unicode11utf8", "utf-8" }, { "unicode20utf8", "utf-8" }, { "x-unicode20utf8", "utf-8" },
	{ "us-ascii", "utf-8" }, { "ascii", "utf-8" }, { "ansi_x3.4-1968", "utf-8" },
	{ "iso646-us", "utf-8" }, { "csascii", "utf-8" },
	{ "windows-1256", "windows-1256" }, { "cp1256", "windows-1256" },
	{ "x-cp1256", "windows-1256" }, { "win-1256", "windows-1256" }, { "cp-1256", "windows-1256" },
	{ "iso-8859-6", "iso-8859-6" }, { "iso8859-6", "iso-8859-6" }, { "iso88596", "iso-8859-6" },
	{ "iso_8859-6", "iso-8859-6" }, { "iso_8859-6:1987", "iso-8859-6" },
	{ "iso-ir-127", "iso-8859-6" }, { "ecma-114", "iso-8859-6" }, { "asmo-708", "iso-8859-6" },
	{ "arabic", "iso-8859-6" }, { "csisolatinarabic", "iso-8859-6" },
	{ "csiso88596e", "iso-8859-6" }, { "csiso88596i", "iso-8859-6" },
	{ "iso-8859-6-e", "iso-8859-6" }, { "iso-8859-6-i", "iso-8859-6" },
	/* Browsers read Latin-1 as windows-1252, whose 0x80-0x9F are the quotes
	 * and dashes such files really contain */
	{ "windows-1252", "windows-1252" }, { "cp1252", "windows-1252" },
	{ "x-cp1252", "windows-1252" }, { "latin1", "windows-1252" }, { "latin-1", "windows-1252" },
	{ "l1", "windows-1252" }, { "iso-8859-1", "windows-1252" }, { "iso8859-1", "windows-1252" },
	{ "iso88591", "windows-1252" }, { "iso_8859-1", "windows-1252" },
	{ "iso_8859-1:1987", "windows-1252" }, { "iso-ir-100", "windows-1252" },
	{ "csisolatin1", "windows-1252" }, { "ibm819", "windows-1252" }, { "cp819", "windows-1252" },
	{ "utf-16le", "utf-16le" }, { "utf-16", "utf-16le" }, { "utf16", "utf-16le" },
	{ "utf16le", "utf-16le" }, { "unicode", "utf-16le" }, { "ucs-2", "utf-16le" },
	{ "csunicode", "utf-16le" }, { "iso-10646-ucs-2", "utf-16le" }, { "unicodefeff", "utf-16le" },
	{ "utf-16be", "utf-16be" }, { "utf16be", "utf-16be" }, { "unicodefffe", "utf-16be" },
};

static const char *our_name(const char *low)
{
	for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++)
		if (!strcasecmp(low, aliases[k].label))
			return aliases[k].name;
	return NULL;
}

const char *charset_canonical(const char *label)
{
	if (!label)
		return NULL;
	char low[64];
	size_t n = 0;
	while (*label == ' ' || *label == '\t' || *label == '"' || *label == '\'')
		label++;
	for (; *label && n < sizeof low - 1; label++)
		low[n++] = (char)(*label >= 'A' && *label <= 'Z' ? *label + 32 : *label);
	if (*label)
		return NULL;
	while (n && (low[n - 1] == ' ' || low[n - 1] == '\t' || low[n - 1] == '"' ||
		     low[n - 1] == '\'' || low[n - 1] == '\r' || low[n - 1] == '\n'))
		n--;
	low[n] = '\0';
	if (!n)
		return NULL;
	const char *ours = our_name(low);
	if (ours)
		return ours;
	/* Anything else ICU knows: its names live in ICU's static alias data,
	 * so they can be returned like ours. ICU matches loosely ("UTF-8;"), so
	 * its answer may be one of ours after all. */
	static const char *const standards[] = { "MIME", "IANA", "WINDOWS" };
	const char *name = NULL;
	for (size_t k = 0; k < 3 && !name; k++) {
		UErrorCode st = U_ZERO_ERROR;
		name = ucnv_getStandardName(low, standards[k], &st);
		if (U_FAILURE(st))
			name = NULL;
	}
	if (!name) {
		UErrorCode st = U_ZERO_ERROR;
		name = ucnv_getAlias(low, 0, &st);
		if (U_FAILURE(st))
			name = NULL;
	}
	if (!name)
		return NULL;
	ours = our_name(name);
	if (ours)
		return ours;
	/* ICU's alias table names converters its data may not carry (Debian's
	 * lacks a third of them, ISO-8859-16 among them): a name we cannot
	 * decode with is no name at all, so the caller detects instead */
	UErrorCode st = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(name, &st);
	if (U_FAILURE(st) || !cnv)
		return NULL;
	ucnv_close(cnv);
	return name;
}

/* Bitmaps over 0x80..0xFF (bit b-0x80) of the bytes that are Arabic letters
 * or harakat in windows-1256 and ISO-8859-6, and Latin letters in
 * windows-1252 (generated from the code tables). */
static const uint32_t ar1256[4] = { 0x8501e402, 0x00000400, 0xff7fffff, 0x856f307a };
static const uint32_t ar88596[4] = { 0x00000000, 0x00000000, 0x07fffffe, 0x0007ffff };
static const uint32_t lat1252[4] = { 0xd4005508, 0x04200400, 0xff7fffff, 0xff7fffff };

static int in_set(const uint32_t *set, unsigned char c)
{
	return c >= 0x80 && (set[(c - 0x80) >> 5] >> (c & 31) & 1);
}

static int is_ascii_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The guess between legacy charsets looks at words: Arabic in an 8-bit
 * charset is runs of high bytes with no ASCII letter, every byte an Arabic
 * letter; Latin text has accented bytes inside ASCII words. Each word votes
 * with its number of high bytes; a lone high byte ("à", "و") votes for no
 * one, since it reads as a letter either way. */
static const char *sniff_legacy(const unsigned char *s, size_t len)
{
	long v1256 = 0, v88596 = 0, v1252 = 0;
	size_t i = 0;
	if (len > SNIFF_BYTES)
		len = SNIFF_BYTES;
	while (i < len) {
		unsigned char c = s[i];
		if (!is_ascii_letter(c) && !in_set(ar1256, c) && !in_set(ar88596, c) && !in_set(lat1252, c)) {
			i++;
			continue;
		}
		long high = 0, ascii = 0;
		int all1256 = 1, all88596 = 1, all1252 = 1;
		for (; i < len; i++) {
			c = s[i];
			if (is_ascii_letter(c)) {
				ascii++;
				continue;
			}
			int a = in_set(ar1256, c), b = in_set(ar88596, c), l = in_set(lat1252, c);
			if (!a && !b && !l)
				break;
			high++;
			all1256 &= a;
			all88596 &= b;
			all1252 &= l;
		}
		if (!high)
			continue;
		if (!ascii && high >= 2) {
			if (all1256)
				v1256 += high;
			if (all88596)
				v88596 += high;
		} else if (ascii && all1252) {
			v1252 += high;
		}
	}
	if (v1256 <= v1252 && v88596 <= v1252)
		return "windows-1252";
	return v88596 > v1256 ? "iso-8859-6" : "windows-1256";
}

/* Valid UTF-8 but for a sequence cut by the end of the buffer. */
static int cut_utf8(const unsigned char *s, size_t len, size_t bad)
{
	size_t tail = len - bad;
	if (tail > 3 || s[bad] < 0xC2 || s[bad] > 0xF4)
		return 0;
	size_t need = s[bad] < 0xE0 ? 2 : s[bad] < 0xF0 ? 3 : 4;
	for (size_t k = bad + 1; k < len; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return tail < need;
}

/* Text that is UTF-8 but for a few damaged bytes is still UTF-8: reading it
 * as a legacy charset would garble every letter to save a few. */
static int mostly_utf8(const char *in, size_t len)
{
	long multi = 0, bad = 0;
	size_t i = 0;
	if (len > SNIFF_BYTES)
		len = SNIFF_BYTES;
	while (i < len) {
		if ((unsigned char)in[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		int n = utf8_decode(in + i, len - i, &cp);
		if (n > 1)
			multi++;
		else
			bad++;
		i += (size_t)n;
	}
	return multi >= 4 && bad * 4 <= multi;
}

static const char *bom(const unsigned char *s, size_t len, size_t *skip)
{
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		*skip = 3;
		return "utf-8";
	}
	if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
		*skip = 2;
		return "utf-16le";
	}
	if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		*skip = 2;
		return "utf-16be";
	}
	*skip = 0;
	return NULL;
}

const char *charset_sniff(const char *in, size_t len)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t skip, bad;
	const char *b = bom(s, len, &skip);
	if (b)
		return b;
	if (utf8_valid(in, len, &bad) || cut_utf8(s, len, bad) || mostly_utf8(in, len))
		return "utf-8";
	return sniff_legacy(s, len);
}

int charset_is_binary(const char *in, size_t len)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t n = len < BINARY_PREFIX ? len : BINARY_PREFIX, skip, ctrl = 0;
	const char *b = bom(s, len, &skip);
	if (!n || (b && strcmp(b, "utf-8")))
		return 0;
	if (memchr(s, 0, n))
		return 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F)
			ctrl++;
	}
	return ctrl * 10 > n;
}

struct icu_out {
	struct buf *out;
	long invalid;
	int single_byte;   /* C1 controls from a one-byte charset are undefined bytes */
	UChar lead;        /* a high surrogate waiting for its pair */
};

/* ICU calls this for each sequence it cannot map; we substitute U+FFFD and
 * count the bytes, which ICU's own substitution callbacks do not report. */
static void on_invalid(const void *context, UConverterToUnicodeArgs *args, const char *units,
		       int32_t length, UConverterCallbackReason reason, UErrorCode *err)
{
	(void)units;
	if (reason > UCNV_IRREGULAR)
		return;
	struct icu_out *o = (struct icu_out *)(uintptr_t)context;
	static const UChar fffd = 0xFFFD;
	o->invalid += length;
	*err = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

/* Append UTF-8 for n UTF-16 units; writes straight into the buffer, since a
 * call per character would halve the speed of legacy decoding. */
static void emit_utf16(struct icu_out *o, const UChar *u, size_t n)
{
	struct buf *b = o->out;
	buf_grow(b, n * 3 + 4);
	unsigned char *w = (unsigned char *)b->data + b->len;
	for (size_t i = 0; i < n; i++) {
		uint32_t c = u[i];
		if (o->lead) {
			if (c >= 0xDC00 && c <= 0xDFFF) {
				c = 0x10000 + ((uint32_t)(o->lead - 0xD800) << 10) + (c - 0xDC00);
				o->lead = 0;
				*w++ = (unsigned char)(0xF0 | c >> 18);
				*w++ = (unsigned char)(0x80 | (c >> 12 & 0x3F));
				*w++ = (unsigned char)(0x80 | (c >> 6 & 0x3F));
				*w++ = (unsigned char)(0x80 | (c & 0x3F));
				continue;
			}
			/* the lone high surrogate ICU passed on; its pair is missing */
			memcpy(w, "\xEF\xBF\xBD", 3);
			w += 3;
			o->lead = 0;
		}
		if (c >= 0xD800 && c <= 0xDBFF) {
			o->lead = (UChar)c;
			continue;
		}
		if ((c >= 0xDC00 && c <= 0xDFFF) || (o->single_byte && c >= 0x80 && c <= 0x9F)) {
			if (c <= 0x9F)
				o->invalid++;
			c = 0xFFFD;
		}
		if (c < 0x80) {
			*w++ = (unsigned char)c;
		} else if (c < 0x800) {
			*w++ = (unsigned char)(0xC0 | c >> 6);
			*w++ = (unsigned char)(0x80 | (c & 0x3F));
		} else {
			*w++ = (unsigned char)(0xE0 | c >> 12);
			*w++ = (unsigned char)(0x80 | (c >> 6 & 0x3F));
			*w++ = (unsigned char)(0x80 | (c & 0x3F));
		}
	}
	b->len = (size_t)((char *)w - b->data);
	b->data[b->len] = '\0';
}

static int decode_icu(const char *in, size_t len, const char *name, struct buf *out, long *invalid,
		      struct err *e)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(name, &st);
	if (U_FAILURE(st))
		return err_set(e, ERR_USAGE, "charset %s is not supported (%s)", name, u_errorName(st));
	struct icu_out o = { out, 0, ucnv_getMaxCharSize(cnv) == 1, 0 };
	int rc = 0;
	ucnv_setToUCallBack(cnv, on_invalid, &o, NULL, NULL, &st);
	if (U_FAILURE(st)) {
		rc = err_set(e, ERR_INPUT, "charset %s: %s", name, u_errorName(st));
		goto out;
	}
	UChar chunk[8192];
	const char *src = in, *end = in + len;
	buf_grow(out, len + len / 2);
	for (;;) {
		UChar *t = chunk;
		st = U_ZERO_ERROR;
		ucnv_toUnicode(cnv, &t, chunk + sizeof chunk / sizeof chunk[0], &src, end, NULL, 1, &st);
		emit_utf16(&o, chunk, (size_t)(t - chunk));
		if (st == U_BUFFER_OVERFLOW_ERROR)
			continue;
		if (U_FAILURE(st)) {
			rc = err_set(e, ERR_INPUT, "charset %s: %s", name, u_errorName(st));
			goto out;
		}
		break;
	}
	if (o.lead)
		utf8_encode(out, 0xFFFD);
	*invalid = o.invalid;
out:
	ucnv_close(cnv);
	return rc;
}

int charset_decode(const char *in, size_t len, const char *declared, struct buf *out,
		   const char **used, long *invalid, struct err *e)
{
	if (!len)
		in = "";
	const unsigned char *s = (const unsigned char *)in;
	const char *name = NULL;
	long bad = 0;
	size_t skip = 0;
	if (declared) {
		name = charset_canonical(declared);
		if (!name)
			return err_set(e, ERR_USAGE, "unknown charset '%s'", declared);
	}
	/* A byte-order mark outranks a declaration, as in browsers: a file
	 * cannot start with one by accident. */
	const char *b = bom(s, len, &skip);
	if (b)
		name = b;
	else if (!name)
		name = charset_sniff(in, len);
	int rc = 0;
	if (!strcmp(name, "utf-8")) {
		bad = utf8_repair(in + skip, len - skip, out);
	} else {
		const char *icu_name = !strcmp(name, "utf-16le") ? "UTF-16LE" :
				       !strcmp(name, "utf-16be") ? "UTF-16BE" : name;
		rc = decode_icu(in + skip, len - skip, icu_name, out, &bad, e);
		if (rc)
			return rc;
	}
	if (used)
		*used = name;
	if (invalid)
		*invalid = bad;
	return rc;
}
