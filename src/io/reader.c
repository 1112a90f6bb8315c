/* reader.c - what the readers share: field names and bounded reading. */
#include "io/reader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/caps.h"
#include "base/xalloc.h"

/* Common names for each field, in the order they are preferred. JSON exports
 * of scrapers, news APIs and the FA-KES and Airwars layouts all fit here. */
static const char *const field_names[FIELD_COUNT][10] = {
	[FIELD_TEXT] = { "text", "content", "body", "article_content", "article_text",
			 "full_text", "message", "description", "summary", NULL },
	[FIELD_TITLE] = { "title", "article_title", "page_title", "headline", "name", NULL },
	[FIELD_URL] = { "url", "link", "source_url", "permalink", "href", NULL },
	[FIELD_PUBLISHED] = { "published", "date", "publication_date", "published_at",
			      "pubdate", "created_at", "datetime", "timestamp", NULL },
	[FIELD_LANGUAGE] = { "language", "lang", "language_platform", NULL },
	[FIELD_PUBLISHER] = { "publisher", "source", "source_name", "outlet", "site_name", NULL },
	[FIELD_AUTHOR] = { "author", "byline", "creator", "user", NULL },
	[FIELD_SOURCE_KIND] = { "source_type", "source_kind", "kind", NULL },
};

int reader_field(const struct reader *rd, const char *key, int *rank)
{
	int f;
	for (f = 0; f < FIELD_COUNT; f++) {
		if (rd && rd->field_map[f] && !strcasecmp(rd->field_map[f], key)) {
			if (rank)
				*rank = 0;
			return f;
		}
	}
	for (f = 0; f < FIELD_COUNT; f++) {
		if (rd && rd->field_map[f])
			continue;   /* the user named this field's column */
		for (int i = 0; field_names[f][i]; i++) {
			if (!strcasecmp(field_names[f][i], key)) {
				if (rank)
					*rank = i + 1;
				return f;
			}
		}
	}
	return -1;
}

int reader_slurp(struct reader *rd, FILE *f, size_t cap, char **out, size_t *len, struct err *e)
{
	size_t n = 0, size = 1 << 16;
	char *p = xmalloc(size + 1);
	for (;;) {
		if (n == size) {
			if (size >= cap + 1) {
				free(p);
				return err_at_offset(e, ERR_INPUT, rd->path, (long long)cap,
						     "document larger than the %zu MB cap", cap >> 20);
			}
			size = size * 2 > cap + 1 ? cap + 1 : size * 2;
			p = xrealloc(p, size + 1);
		}
		size_t got = fread(p + n, 1, size - n, f);
		n += got;
		if (got == 0) {
			if (ferror(f)) {
				int errnum = errno;
				free(p);
				return err_at_offset(e, ERR_IO, rd->path, (long long)n,
						     "read error (%s)", strerror(errnum));
			}
			break;
		}
	}
	if (n > cap) {
		free(p);
		return err_at_offset(e, ERR_INPUT, rd->path, (long long)cap,
				     "document larger than the %zu MB cap", cap >> 20);
	}
	p[n] = '\0';
	*out = p;
	*len = n;
	return 0;
}
