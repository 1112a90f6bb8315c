/* claim.c - the names of a claim's taxonomies, for storage and for people. */
#include <strings.h>

#include "extract/claim.h"

static const char *const kind_names[CLAIM_KIND_COUNT] = {
	"incident", "admission", "estimate", "infrastructure", "context",
};

static const char *const bel_codes[BEL_COUNT] = {
	"unknown", "coalition", "russia", "syria", "turkey", "israel",
	"iraq", "iran", "isis", "opposition", "sdf", "hts",
};

static const char *const bel_labels[BEL_COUNT] = {
	"Unknown", "U.S.-led Coalition", "Russian Military", "Syrian Regime", "Turkish Military",
	"Israeli Military", "Iraqi Military", "Iranian Military", "ISIS", "Armed opposition",
	"SDF/YPG", "HTS",
};

static const char *const weapon_codes[WEAPON_COUNT] = {
	"unknown", "airstrike", "drone", "barrel_bomb", "shelling", "missile",
	"rocket", "chemical", "explosion", "shooting", "execution", "ground",
};

static const char *const infra_codes[INFRA_COUNT] = {
	"bridge", "well", "dam", "power", "water", "hospital",
	"school", "mosque", "market", "bakery", "home", "other",
};

static const char *const victim_names[] = { "unknown", "civilian", "combatant", "mixed" };

static const char *const when_names[] = { "", "year", "month", "week", "day" };

static int find(const char *const *names, int n, const char *s)
{
	if (!s)
		return -1;
	for (int i = 0; i < n; i++)
		if (strcasecmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *claim_kind_name(enum claim_kind k)
{
	return (unsigned)k < CLAIM_KIND_COUNT ? kind_names[k] : "";
}

int claim_kind_parse(const char *s)
{
	return find(kind_names, CLAIM_KIND_COUNT, s);
}

const char *belligerent_code(enum belligerent b)
{
	return (unsigned)b < BEL_COUNT ? bel_codes[b] : "";
}

const char *belligerent_label(enum belligerent b)
{
	return (unsigned)b < BEL_COUNT ? bel_labels[b] : "";
}

int belligerent_parse(const char *s)
{
	int b = find(bel_codes, BEL_COUNT, s);
	return b >= 0 ? b : find(bel_labels, BEL_COUNT, s);
}

const char *weapon_code(enum weapon w)
{
	return (unsigned)w < WEAPON_COUNT ? weapon_codes[w] : "";
}

int weapon_parse(const char *s)
{
	return find(weapon_codes, WEAPON_COUNT, s);
}

const char *infra_code(enum infra i)
{
	return (unsigned)i < INFRA_COUNT ? infra_codes[i] : "";
}

const char *victim_status_name(enum victim_status v)
{
	return (unsigned)v <= VICTIM_MIXED ? victim_names[v] : "";
}

const char *when_precision_name(enum when_precision p)
{
	return (unsigned)p <= WHEN_DAY ? when_names[p] : "";
}
