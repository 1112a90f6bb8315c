/* import.h - reading a team's own gazetteer files into place_rows.
 *
 * `civcas gazetteer import` stores what these readers produce; the bundled
 * data and the gazetteer speak the same struct place_row (place.h). Two
 * formats:
 *
 *  - GeoNames: the tab-separated `geoname` table (a country's dump such as
 *    SY.txt, or cities15000.txt), 19 columns, no header (a first line that
 *    starts with "geonameid" is skipped). Kept: populated places (class P,
 *    but not the historical PPLH/PPLCH), ADM1/ADM2/ADM3 (governorate,
 *    district, subdistrict), PCLI (country), and as landmarks these S and L
 *    codes only: AIRB AIRF AIRP BDG CH CMP CMPRF DAM HSP HSPC INSM MKT MSQE
 *    PRN PS SCH SCHC SHRN STDM UNIV MILB NVB OILF PRT. A P row is a city
 *    (PPLC, PPLA, PPLG or 100,000+ people), a town (PPLA2 or 10,000+), a
 *    neighbourhood (PPLX), else a village. name_en is the ASCII name, with
 *    GeoNames' '`' for ayn written as an apostrophe (the accented name is a
 *    variant); governorate and district are the English names of the ADM1
 *    / ADM2 rows its admin codes point at, resolved once the whole file is
 *    read (a dump is ordered by id). Alternate names in Arabic script give
 *    name_ar (the first one in plain Arabic letters, else the first) and
 *    variants; Latin ones are variants; other scripts are dropped. id
 *    "gn:<geonameid>", source "geonames".
 *    Files given beside the dump are recognised by their shape:
 *     - GeoNames' alternateNames table (8 or 10 columns): "ar" names give
 *       name_ar (a preferred one first) and variants, "en" and untagged
 *       names are variants, every other language and pseudo-language
 *       (link, post, iata, icao, faac, abbr, wkdt ...) is skipped. It
 *       overrides the Arabic name the dump's own alternate names gave.
 *     - admin1CodesASCII / admin2Codes (CC.A1[.A2], name, ASCII name, id),
 *       for the dump's countries only: GeoNames' English names of the
 *       governorates and districts ("Aleppo", where the ADM1 row may say
 *       "Aleppo Governorate"). An ADM row of the dump takes that name (its
 *       own becomes a variant), so that the admin chain reads as other
 *       GeoNames-derived data write it; a dump without ADM rows
 *       (cities15000.txt) gets them as places without coordinates.
 *
 *  - CSV: a header row; columns found by name, case and '_', '-', ' ', '.'
 *    ignored, in any order: id/pcode; name_en/name/english; name_ar/arabic;
 *    variants/alt_names (split at '|', ';', ',' and '،'); kind/type/level;
 *    lat/latitude/y; lon/lng/longitude/x; governorate/province/admin1;
 *    district/admin2; country/iso2/iso3; population. Without a name_ar
 *    column, a column whose values are in Arabic script is taken. OCHA
 *    COD-AB tables (admin0Pcode, admin1Name_en, admin1Name_ar, admin1Pcode
 *    ... admin4Pcode, or ADM1_EN, ADM1_AR, ADM1_PCODE ...) load as they are:
 *    without a generic name column, the most specific admin level a row
 *    fills gives its names, P-code and kind (admin4 village, admin3
 *    subdistrict, admin2 district, admin1 governorate, admin0 country), its
 *    admin1/admin2 names its governorate/district, and adminNAltName columns
 *    its variants. Otherwise the kind is the kind column's, else a city,
 *    town or village by population. The country: the row's country column
 *    (2 or 3 letters), else the first two letters of its P-code, else
 *    --country. id: the id or P-code, else "<file name>:<line>"; source:
 *    the file's name. Fields may be separated by ',', ';' or tabs (the
 *    header decides).
 *
 * Every row is checked: UTF-8, a name, a known kind, coordinates that are
 * numbers in range, the caps of base/caps.h. A bad row is handed to
 * sink->problem (naming file:line) and skipped; the rest go on. A file that
 * is not a gazetteer of the kind asked for at all (binary, an HTML page, a
 * CSV without a name column) is one error, returned before any place is
 * emitted. */
#ifndef CIVCAS_GAZ_IMPORT_H
#define CIVCAS_GAZ_IMPORT_H

#include <stdio.h>

#include "base/err.h"
#include "gazetteer/place.h"

/* Where the places go. The place and its strings belong to the reader and
 * are valid only during the call. */
struct gaz_sink {
	/* Non-zero (with e set) stops the import, which returns that. */
	int (*place)(void *ctx, const struct place_row *p, struct err *e);
	/* A rejected row; e names it. The import goes on. */
	void (*problem)(void *ctx, const struct err *e);
	void *ctx;
};

/* An open input and its name for messages. f must be seekable (a file, or
 * fmemopen): the readers may read it twice. */
struct gaz_file {
	FILE *f;
	const char *path;
};

/* A GeoNames dump and nextra files beside it (alternateNames, admin codes;
 * extra may be NULL when nextra is 0). Places are held until every file is
 * read, so nothing is emitted when any of them is not what it should be.
 * Returns 0 when every file was read (rows may have been rejected),
 * ERR_INPUT when one is not a GeoNames file or holds more than
 * CAP_GAZ_PLACES places, ERR_IO when one cannot be read, or what
 * sink->place returned. */
int gaz_import_geonames(const struct gaz_file *dump, const struct gaz_file *extra, int nextra,
			const struct gaz_sink *sink, struct err *e);

/* A CSV gazetteer. country (may be NULL): the ISO 3166 alpha-2 code of rows
 * that do not give one. Rows are emitted as they are read. Returns 0 when
 * the file was read, ERR_INPUT when it is not a CSV gazetteer (decided on
 * its header, before any place is emitted), ERR_USAGE for a country that is
 * not two letters, ERR_IO, or what sink->place returned. */
int gaz_import_csv(const struct gaz_file *in, const char *country, const struct gaz_sink *sink,
		   struct err *e);

#endif
