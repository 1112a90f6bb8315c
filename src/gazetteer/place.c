/* place.c - place kinds by name (see place.h). */
#include "gazetteer/place.h"

#include <string.h>

static const char *const kind_names[PK_COUNT] = {
	"country", "governorate", "district", "subdistrict", "city",
	"town", "village", "neighbourhood", "landmark",
};

const char *place_kind_name(enum place_kind k)
{
	return (unsigned)k < PK_COUNT ? kind_names[k] : NULL;
}

int place_kind_parse(const char *s)
{
	static const struct { const char *name; enum place_kind k; } aliases[] = {
		{ "province", PK_GOVERNORATE }, { "province_governorate", PK_GOVERNORATE },
		{ "muhafazah", PK_GOVERNORATE }, { "qada", PK_DISTRICT }, { "nahiya", PK_SUBDISTRICT },
		{ "neighborhood", PK_NEIGHBOURHOOD }, { "neighbourhood_area", PK_NEIGHBOURHOOD },
		{ "quarter", PK_NEIGHBOURHOOD },
	};
	if (!s)
		return -1;
	for (int k = 0; k < PK_COUNT; k++)
		if (!strcmp(s, kind_names[k]))
			return k;
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (!strcmp(s, aliases[i].name))
			return (int)aliases[i].k;
	return -1;
}
