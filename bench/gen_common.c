/* gen_common.c - the PRNG, buffers, dates and output shared by the corpus
 * generators, and the machinery of the news generators (see gen_common.h).
 * The bytes a seed gives depend on every function here: a change to one
 * changes every corpus.
 */
#define _POSIX_C_SOURCE 200809L
#include "gen_common.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void die(const char *what)
{
	fprintf(stderr, "%s: %s%s%s\n", gen_prog, what, errno ? ": " : "", errno ? strerror(errno) : "");
	exit(1);
}

/* ------------------------------------------------------------------ PRNG */

static uint64_t rs[4];

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t rnd(void)
{
	uint64_t r = rotl(rs[1] * 5, 7) * 9, t = rs[1] << 17;
	rs[2] ^= rs[0]; rs[3] ^= rs[1]; rs[1] ^= rs[2]; rs[0] ^= rs[3];
	rs[2] ^= t; rs[3] = rotl(rs[3], 45);
	return r;
}

static void seed_rng(uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		rs[i] = splitmix64(&seed);
}

double normal(void)
{
	return sqrt(-2.0 * log(unif())) * cos(6.283185307179586 * unif());
}

/* ------------------------------------------------------------- buffers */

void sb_realloc(struct sb *b, size_t more)
{
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->n + more)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p)
		die("out of memory");
	b->p = p;
	b->cap = cap;
}

void sb_num(struct sb *b, long v)
{
	char t[24];
	sb_addn(b, t, (size_t)snprintf(t, sizeof t, "%ld", v));
}

void sb_num_commas(struct sb *b, long v)
{
	if (v >= 1000) {
		sb_num_commas(b, v / 1000);
		char t[8];
		snprintf(t, sizeof t, ",%03ld", v % 1000);
		sb_add(b, t);
	} else {
		sb_num(b, v);
	}
}

void sb_num2(struct sb *b, int v)
{
	sb_addc(b, (char)('0' + v / 10 % 10));
	sb_addc(b, (char)('0' + v % 10));
}

void sb_num_ar(struct sb *b, unsigned long v, int indic)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n--) {
		if (indic) {
			sb_addc(b, (char)0xD9);
			sb_addc(b, (char)(0xA0 + (tmp[n] - '0')));
		} else {
			sb_addc(b, tmp[n]);
		}
	}
}

/* ---------------------------------------------------------------- dates */

const char *const WEEKDAY_EN[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char *const WDAY3[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char *const MONTH_EN[12] = {"January", "February", "March", "April", "May", "June", "July",
				  "August", "September", "October", "November", "December"};
const char *const MON3[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const WEEKDAY_AR[7] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
const char *const MONTH_AR_EG[12] = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
				     "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
const char *const MONTH_AR_LEV[12] = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
				      "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};

/* Howard Hinnant's algorithm */
struct date date_from_days(long z)
{
	struct date r;
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(y + (r.m <= 2));
	long zz = z - 719468;
	r.wd = (int)(((zz % 7) + 11) % 7); /* 1970-01-01 was a Thursday (4) */
	return r;
}

/* --------------------------------------------------------------- output */

static const char HEX[] = "0123456789abcdef";

static void json_u(struct sb *o, unsigned v)
{
	char u[6] = {'\\', 'u', HEX[(v >> 12) & 15], HEX[(v >> 8) & 15], HEX[(v >> 4) & 15], HEX[v & 15]};
	sb_addn(o, u, 6);
}

static void json_str(struct sb *o, const char *s, size_t n, int ascii)
{
	sb_grow(o, n + 2);
	o->p[o->n++] = '"';
	size_t i = 0;
	while (i < n) {
		/* copy a run of bytes that need no escaping */
		size_t j = i;
		while (j < n) {
			unsigned char ch = (unsigned char)s[j];
			if (ch < 0x20 || ch == '"' || ch == '\\' || (ascii && ch >= 0x80))
				break;
			j++;
		}
		sb_addn(o, s + i, j - i);
		if (j >= n)
			break;
		unsigned char ch = (unsigned char)s[j];
		i = j + 1;
		switch (ch) {
		case '"': sb_addn(o, "\\\"", 2); break;
		case '\\': sb_addn(o, "\\\\", 2); break;
		case '\n': sb_addn(o, "\\n", 2); break;
		case '\r': sb_addn(o, "\\r", 2); break;
		case '\t': sb_addn(o, "\\t", 2); break;
		default:
			if (ch < 0x20) {
				json_u(o, ch);
			} else { /* non-ASCII in ascii mode: decode UTF-8 (the generators only write valid UTF-8) */
				unsigned cp;
				int extra;
				if (ch >= 0xF0) { cp = ch & 0x07; extra = 3; }
				else if (ch >= 0xE0) { cp = ch & 0x0F; extra = 2; }
				else { cp = ch & 0x1F; extra = 1; }
				for (int k = 0; k < extra && i < n; k++)
					cp = (cp << 6) | ((unsigned char)s[i++] & 0x3F);
				if (cp >= 0x10000) {
					cp -= 0x10000;
					json_u(o, 0xD800 + (cp >> 10));
					json_u(o, 0xDC00 + (cp & 0x3FF));
				} else {
					json_u(o, cp);
				}
			}
		}
	}
	sb_addc(o, '"');
}

static void json_field(struct sb *o, const char *key, const char *s, size_t n, int ascii, int first)
{
	if (!first)
		sb_addc(o, ',');
	sb_addc(o, '"');
	sb_add(o, key);
	sb_add(o, "\":");
	json_str(o, s, n, ascii);
}

void json_record(struct sb *o, const struct json_rec *r)
{
	int a = r->ascii;
	sb_addc(o, '{');
	json_field(o, "text", r->text->p, r->text->n, a, 1);
	json_field(o, "title", r->title->p, r->title->n, a, 0);
	json_field(o, "url", r->url->p, r->url->n, a, 0);
	json_field(o, "published", r->published->p, r->published->n, a, 0);
	json_field(o, "language", r->language, strlen(r->language), a, 0);
	json_field(o, "publisher", r->publisher, strlen(r->publisher), a, 0);
	json_field(o, "source_type", r->source_type, strlen(r->source_type), a, 0);
	sb_add(o, "}\n");
}

int gen_args(const char *mb_arg, const char *seed_arg, uint64_t *want)
{
	char *end;
	errno = 0;
	double mb = strtod(mb_arg, &end);
	if (*end || mb <= 0 || mb > 1e6)
		return -1;
	uint64_t seed = 42;
	if (seed_arg) {
		seed = strtoull(seed_arg, &end, 10);
		if (*end || errno)
			return -1;
	}
	*want = (uint64_t)(mb * 1e6);
	seed_rng(seed);
	return 0;
}

FILE *out_open(const char *path)
{
	errno = 0;
	FILE *f = strcmp(path, "-") ? fopen(path, "wb") : stdout;
	if (!f)
		die(path);
	return f;
}

void out_write(struct sb *out, FILE *f, uint64_t *written)
{
	errno = 0;
	if (out->n && fwrite(out->p, 1, out->n, f) != out->n)
		die("write failed");
	*written += out->n;
	out->n = 0;
}

void out_close(FILE *f)
{
	if (f != stdout ? fclose(f) != 0 : fflush(f) != 0)
		die("write failed");
}

double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ------------------------------------------------ the news generators */

static struct tmpl compile(const char *s, const char *const *names, int count)
{
	struct tmpl r = {calloc(strlen(s) + 1, sizeof(struct tok)), 0};
	if (!r.t)
		die("out of memory");
	while (*s) {
		const char *o = strchr(s, '{');
		if (o != s) {
			size_t l = o ? (size_t)(o - s) : strlen(s);
			r.t[r.n++] = (struct tok){s, (unsigned short)l, -1};
			s += l;
			continue;
		}
		const char *c = strchr(o, '}');
		if (!c)
			die("unterminated placeholder in a template");
		int ph = -1;
		for (int k = 0; k < count; k++)
			if (strlen(names[k]) == (size_t)(c - o - 1) && !memcmp(names[k], o + 1, (size_t)(c - o - 1)))
				ph = k;
		if (ph < 0) {
			fprintf(stderr, "%s: unknown placeholder %.*s\n", gen_prog, (int)(c - o + 1), o);
			exit(1);
		}
		r.t[r.n++] = (struct tok){o, 0, (short)ph};
		s = c + 1;
	}
	return r;
}

void tmpl_compile(struct tmpl *out, const char *const *src, unsigned n, const char *const *names, int count)
{
	for (unsigned i = 0; i < n; i++)
		out[i] = compile(src[i], names, count);
}

void tmpl_expand(struct sb *b, const struct tmpl *t, const struct words *lists,
		 void (*ph)(struct sb *b, int ph, void *arg), void *arg)
{
	for (int i = 0; i < t->n; i++) {
		const struct tok *k = &t->t[i];
		if (k->ph < 0)
			sb_addn(b, k->s, k->len);
		else if (!sb_pick(b, &lists[k->ph]))
			ph(b, k->ph, arg);
	}
}

void sb_percent(struct sb *b)
{
	sb_num(b, between(1, 60));
	if (chance(0.3)) {
		sb_addc(b, '.');
		sb_num(b, between(1, 9));
	}
}

int casualty_count(void)
{
	double x = exp(1.2 + 1.1 * normal());
	int v = (int)x + 2;
	return v > 900 ? 900 : v;
}

static int col_is(const struct gaz_row *r, int i, const char *s)
{
	return r->len[i] == strlen(s) && !memcmp(r->col[i], s, r->len[i]);
}

void gaz_read(const char *path, void (*row)(const struct gaz_row *r, void *arg), void *arg)
{
	static const char *const KIND[] = {"city", "town", "village", "district", "governorate"};
	errno = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		die(path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[0] == '#' || !strncmp(line, "id\t", 3))
			continue;
		struct gaz_row r;
		int nc = 0;
		char *p = line, *end = line + len;
		while (end > p && (end[-1] == '\n' || end[-1] == '\r'))
			end--;
		while (nc < 12) {
			char *t = memchr(p, '\t', (size_t)(end - p));
			r.col[nc] = p;
			r.len[nc] = (size_t)((t ? t : end) - p);
			nc++;
			if (!t)
				break;
			p = t + 1;
		}
		if (nc < 11 || !(col_is(&r, 2, "SY") || col_is(&r, 2, "IQ")))
			continue;
		for (int i = nc; i < 12; i++)
			r.len[i] = 0;
		r.kind = col_is(&r, 1, "subdistrict") ? K_DISTRICT : K_OTHER;
		for (int k = 0; k < (int)N(KIND); k++)
			if (col_is(&r, 1, KIND[k]))
				r.kind = k;
		row(&r, arg);
	}
	free(line);
	fclose(f);
}

void news_url(struct sb *b, const char *domain, struct date d, const char *slug, unsigned long id)
{
	sb_add(b, "https://");
	sb_add(b, domain);
	sb_addc(b, '/');
	sb_num(b, d.y);
	sb_addc(b, '/');
	sb_num2(b, d.m);
	sb_addc(b, '/');
	sb_num2(b, d.d);
	sb_addc(b, '/');
	sb_add(b, slug);
	sb_num(b, (long)id);
}

void news_published(struct sb *p, struct date d)
{
	uint32_t f = below(10);
	int hh = between(5, 23), mm = between(0, 59);
	if (f < 7) {
		sb_num(p, d.y);
		sb_addc(p, '-');
		sb_num2(p, d.m);
		sb_addc(p, '-');
		sb_num2(p, d.d);
		if (f >= 2) {
			sb_addc(p, 'T');
			sb_num2(p, hh);
			sb_addc(p, ':');
			sb_num2(p, mm);
			sb_add(p, ":00");
			sb_add(p, f < 5 ? "Z" : "+03:00");
		}
	} else {
		sb_add(p, WDAY3[d.wd]);
		sb_add(p, ", ");
		sb_num2(p, d.d);
		sb_addc(p, ' ');
		sb_add(p, MON3[d.m - 1]);
		sb_addc(p, ' ');
		sb_num(p, d.y);
		sb_addc(p, ' ');
		sb_num2(p, hh);
		sb_addc(p, ':');
		sb_num2(p, mm);
		sb_add(p, ":00 +0300");
	}
}

static _Noreturn void news_usage(const struct news_gen *g)
{
	fprintf(stderr, "usage: %s OUT MEGABYTES [SEED [PLACES_TSV]]\n"
			"  writes %s as JSON lines to OUT ('-' for stdout) until they reach\n"
			"  MEGABYTES x 1,000,000 bytes; SEED defaults to 42, PLACES_TSV to data/places.tsv\n",
		gen_prog, g->what);
	exit(2);
}

int news_main(int argc, char **argv, const struct news_gen *g)
{
	if (argc < 3 || argc > 5 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))
		news_usage(g);
	uint64_t want;
	if (gen_args(argv[2], argc >= 4 ? argv[3] : NULL, &want))
		news_usage(g);
	size_t nplaces = g->load(argc >= 5 ? argv[4] : "data/places.tsv");
	FILE *f = out_open(argv[1]);

	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);

	uint64_t written = 0, tbytes = 0;
	unsigned long nrec = 0, nsent = 0, ncas = 0;
	struct news_rec r;
	memset(&r, 0, sizeof r);
	struct sb out = {0};
	while (written + out.n < want) {
		r.text.n = r.title.n = r.url.n = r.published.n = 0;
		g->make(&r, nrec + 1);
		json_record(&out, &(struct json_rec){&r.text, &r.title, &r.url, &r.published, g->lang,
						     r.publisher, r.source_type, r.ascii_json});
		nrec++;
		tbytes += r.text.n;
		nsent += r.sentences;
		ncas += r.casualty;
		if (out.n >= (1u << 20))
			out_write(&out, f, &written);
	}
	out_write(&out, f, &written);
	out_close(f);

	double s = seconds_since(&t0);
	fprintf(stderr, "%s: %lu records, %llu bytes (%llu of text, %.0f per text), %lu sentences "
			"(%.1f%% about casualties), %zu places, %.2f s\n",
		gen_prog, nrec, (unsigned long long)written, (unsigned long long)tbytes,
		nrec ? (double)tbytes / (double)nrec : 0.0, nsent, nsent ? 100.0 * (double)ncas / (double)nsent : 0.0,
		nplaces, s);
	if (f != stdout)
		printf("%lu %llu\n", nrec, (unsigned long long)tbytes);
	free(out.p);
	free(r.text.p); free(r.title.p); free(r.url.p); free(r.published.p);
	return 0;
}
