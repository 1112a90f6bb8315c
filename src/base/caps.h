/* caps.h - every size that input controls has a cap, and they all live here.
 *
 * Past a cap the reader reports a clear error naming the file and position and
 * skips what it cannot hold; nothing already stored is touched. Raise a cap
 * here, never by a literal somewhere else. */
#ifndef CIVCAS_CAPS_H
#define CIVCAS_CAPS_H

/* One standalone document (a .txt or .html file, stdin in those formats). */
#define CAP_DOCUMENT_BYTES     (64u << 20)
/* One record of a container: a JSON line, a CSV row, an RSS item. */
#define CAP_RECORD_BYTES       (16u << 20)
/* A whole .json file (parsed in memory, unlike JSON lines). */
#define CAP_JSON_FILE_BYTES    (256u << 20)
/* Nesting of JSON values and of HTML/XML elements. */
#define CAP_JSON_DEPTH         64
#define CAP_MARKUP_DEPTH       256
/* Nodes (elements, text runs, comments) libxml2 may build for one HTML page
 * or feed: each costs ~300 bytes and ~1.4 us, so a flood of tiny tags is
 * stopped at ~300 MB and ~1.5 s instead of running into gigabytes. */
#define CAP_MARKUP_NODES       1000000
/* Columns of a CSV row, fields copied from one record. */
#define CAP_CSV_FIELDS         512
/* One metadata value (title, url, publisher, date string...). */
#define CAP_FIELD_BYTES        (64u << 10)
/* Documents and bytes per storage transaction during ingest. */
#define CAP_BATCH_DOCUMENTS    2000
#define CAP_BATCH_BYTES        (32u << 20)
/* Items in one RSS/Atom feed. */
#define CAP_FEED_ITEMS         100000
/* Depth of folder recursion for `ingest DIR`. */
#define CAP_DIR_DEPTH          32
/* Gazetteer imports (civcas gazetteer import): one line or CSV row of a
 * gazetteer file; one name of a place (its English or Arabic name, a
 * governorate, one variant); a place's id; all its variants together. */
#define CAP_GAZ_RECORD_BYTES   (1u << 20)
#define CAP_PLACE_NAME_BYTES   1000
#define CAP_PLACE_ID_BYTES     256
#define CAP_PLACE_VARIANTS_BYTES (64u << 10)
/* Places a GeoNames import holds in memory until it has resolved their
 * governorates (a country's dump keeps ~60,000; allCountries is refused). */
#define CAP_GAZ_PLACES         1000000
/* Places per storage transaction during an import. */
#define CAP_BATCH_PLACES       5000
/* The quote a stored claim keeps of its evidence span (the span itself may
 * be longer; its offsets are kept whole). */
#define CAP_QUOTE_BYTES        1000
/* Documents per storage transaction during `civcas extract`. */
#define CAP_BATCH_EXTRACT      500

#endif
