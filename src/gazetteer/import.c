/* import.c - what the GeoNames and CSV imports share (import_impl.h): a
 * name's script, clean names and variant lists, the checks every row's
 * values go through, and a skipped row handed to the sink. */
#include "gazetteer/import_impl.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/caps.h"
#include "base/utf8.h"

/* ------------------------------------------------------------ names */

static int is_arabic(uint32_t c)
{
	return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
	       (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
	       (c >= 0xFE70 && c <= 0xFEFE);
}

/* Arabic's own letters, marks and digits, as against the letters Persian,
 * Kurdish and Urdu add (پ چ ژ ک گ ی ە ۆ ...): GeoNames lists those
 * spellings among the alternate names too, and the Arabic name should be
 * the one written in Arabic. */
static int is_plain_arabic(uint32_t c)
{
	return (c >= 0x0621 && c <= 0x065F) || (c >= 0x0660 && c <= 0x0671) || c == 0x060C ||
	       c == 0x061B || c == 0x061F;
}

static int is_latin(uint32_t c)
{
	return (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

/* Characters of no script: ASCII and Latin-1 punctuation, digits, spaces,
 * modifier letters (ʿ ʾ of transliterations), combining marks, general
 * punctuation. */
static int is_neutral(uint32_t c)
{
	return c < 0xC0 || (c >= 0x2B0 && c <= 0x36F) || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF;
}

enum import_script import_name_script(const char *s, size_t n, int *plain)
{
	int arabic = 0, latin = 0, other = 0, all_plain = 1;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		i += (size_t)utf8_decode(s + i, n - i, &c);
		if (is_arabic(c)) {
			arabic = 1;
			all_plain &= is_plain_arabic(c);
		} else if (is_latin(c)) {
			latin = 1;
		} else if (!is_neutral(c)) {
			other = 1;
		}
	}
	if (plain)
		*plain = arabic && all_plain;
	return arabic ? SCRIPT_ARABIC : other ? SCRIPT_OTHER : latin ? SCRIPT_LATIN : SCRIPT_NONE;
}

void import_clean_name(struct buf *out, const char *s, size_t n)
{
	buf_reset(out);
	int space = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= ' ' || c == 0x7F) {
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = 0;
		buf_addc(out, (char)c);
	}
}

static int names_has(const struct import_names *v, const char *s, size_t n)
{
	for (int i = 0; i < 2; i++)
		if (v->skip[i] && strlen(v->skip[i]) == n && !strncasecmp(v->skip[i], s, n))
			return 1;
	for (const char *p = v->out.data; *p;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		if (len == n && !strncasecmp(p, s, n))
			return 1;
		if (!bar)
			break;
		p = bar + 1;
	}
	return 0;
}

void import_names_add(struct import_names *v, const char *s, size_t n)
{
	while (n) {
		const char *bar = memchr(s, '|', n);
		size_t len = bar ? (size_t)(bar - s) : n;
		import_clean_name(&v->one, s, len);
		if (v->one.len && v->one.len <= CAP_PLACE_NAME_BYTES && !names_has(v, v->one.data, v->one.len) &&
		    v->out.len + 1 + v->one.len <= CAP_PLACE_VARIANTS_BYTES) {
			if (v->out.len)
				buf_addc(&v->out, '|');
			buf_add(&v->out, v->one.data, v->one.len);
		}
		if (!bar)
			break;
		n -= len + 1;
		s = bar + 1;
	}
}

void import_names_init(struct import_names *v)
{
	buf_init(&v->out);
	buf_init(&v->one);
	v->skip[0] = v->skip[1] = NULL;
}

void import_names_start(struct import_names *v, const char *name_en, const char *name_ar)
{
	buf_reset(&v->out);
	v->skip[0] = name_en;
	v->skip[1] = name_ar;
}

void import_names_release(struct import_names *v)
{
	buf_release(&v->out);
	buf_release(&v->one);
}

/* ------------------------------------------------------------ values */

const char *import_trim(const char *s, size_t *n)
{
	size_t len = strlen(s);
	while (len && (unsigned char)*s <= ' ') {
		s++;
		len--;
	}
	while (len && (unsigned char)s[len - 1] <= ' ')
		len--;
	*n = len;
	return s;
}

/* A coordinate as written ("36.2", "36,2"): 0 and *out, NAN for an empty
 * value (unknown), -1 when it is not a number. */
static int parse_coord(const char *s, double *out)
{
	char tmp[64];
	size_t n;
	s = import_trim(s, &n);
	*out = NAN;
	if (!n)
		return 0;
	if (n >= sizeof tmp)
		return -1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	char *comma = strchr(tmp, ',');
	if (comma && !strchr(tmp, '.') && !strchr(comma + 1, ','))
		*comma = '.';
	char *end;
	double v = strtod(tmp, &end);
	if (end == tmp || *end || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int import_parse_population(const char *s, long *out)
{
	size_t n;
	s = import_trim(s, &n);
	long long v = 0;
	size_t digits = 0, i = 0;
	*out = 0;
	for (; i < n; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9') {
			if (v > 100000000000LL)
				return -1;
			v = v * 10 + (c - '0');
			digits++;
		} else if ((c == ',' || c == ' ' || c == '_') && digits) {
			continue;
		} else {
			break;
		}
	}
	if (i < n && s[i] == '.' && digits) {
		for (i++; i < n && s[i] == '0'; i++)
			;
	}
	if (i < n || (n && !digits))
		return -1;
	*out = (long)v;
	return 0;
}

int import_is_ascii_letter(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

int import_check_coords(const char *lat_s, const char *lon_s, double *lat, double *lon, char *why,
			size_t cap)
{
	if (parse_coord(lat_s, lat))
		return snprintf(why, cap, "latitude '%.40s' is not a number", lat_s), -1;
	if (parse_coord(lon_s, lon))
		return snprintf(why, cap, "longitude '%.40s' is not a number", lon_s), -1;
	if (isnan(*lat) != isnan(*lon))
		return snprintf(why, cap, "%s without %s", isnan(*lat) ? "longitude" : "latitude",
				isnan(*lat) ? "latitude" : "longitude"), -1;
	if (!isnan(*lat) && (*lat < -90 || *lat > 90))
		return snprintf(why, cap, "latitude %g out of range (-90 to 90)", *lat), -1;
	if (!isnan(*lon) && (*lon < -180 || *lon > 180))
		return snprintf(why, cap, "longitude %g out of range (-180 to 180)", *lon), -1;
	return 0;
}

int import_looks_like_markup(const char *s, size_t n)
{
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		n -= 3;
	}
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	return n && *s == '<';
}

/* ------------------------------------------------------------ files */

int import_rewind(const struct gaz_file *in, struct err *e)
{
	if (fseek(in->f, 0, SEEK_SET) != 0)
		return err_at(e, ERR_IO, in->path, 0, "cannot read it twice (not a regular file?)");
	clearerr(in->f);
	return 0;
}

void import_skip_row(const struct gaz_sink *sink, const char *path, long line, const char *why)
{
	struct err pe;
	err_at(&pe, ERR_INPUT, path, line, "%s, row skipped", why);
	sink->problem(sink->ctx, &pe);
}
