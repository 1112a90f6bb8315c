/* claim.h - what a claim holds: the data model every stage after extraction
 * reads (DESIGN "claim"), and the names of its taxonomies.
 *
 * A claim is one statement of one document: "airstrikes killed at least 43
 * people in Jomeili, Raqqa, on Sunday". Counts are ranges with unknown kept
 * apart from 0; every claim keeps its evidence span (byte offsets into the
 * document's text) so that a figure can be traced back to its sentence.
 * Strings in a claim point into memory its producer owns (see extract.h). */
#ifndef CIVCAS_CLAIM_H
#define CIVCAS_CLAIM_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

/* A count: min..max people. RANGE_UNKNOWN in min means "no figure"; in max
 * alone it means open-ended ("dozens": 24..unknown). 0..0 is "none". */
#define RANGE_UNKNOWN (-1L)
struct range {
	long min, max;
};
#define RANGE_NONE ((struct range){RANGE_UNKNOWN, RANGE_UNKNOWN})
static inline int range_known(struct range r) { return r.min != RANGE_UNKNOWN; }

enum claim_kind {
	CLAIM_INCIDENT = 0,      /* one event with casualties: only these become incidents */
	CLAIM_ADMISSION,         /* a belligerent's cumulative admission ("its strikes had killed 484 civilians") */
	CLAIM_ESTIMATE,          /* a monitor's estimate over a period ("at least 3,100 from Aug 2014 to Mar 2017") */
	CLAIM_INFRASTRUCTURE,    /* infrastructure hit, no casualty figure ("bridges, dams, water plants") */
	CLAIM_CONTEXT,           /* a conflict-wide figure ("over 400,000 killed since 2011"): not an incident */
	CLAIM_KIND_COUNT
};
/* "incident", "admission", "estimate", "infrastructure", "context". */
const char *claim_kind_name(enum claim_kind k);
/* The kind named s (as above), or -1. */
int claim_kind_parse(const char *s);

/* Who carried it out. A claim holds a set of them (bit 1 << b): competing
 * attributions are several bits. */
enum belligerent {
	BEL_UNKNOWN = 0,         /* the text names no perpetrator */
	BEL_COALITION,           /* US-led coalition, Operation Inherent Resolve, CJTF-OIR, US forces */
	BEL_RUSSIA,
	BEL_SYRIAN_GOV,          /* Syrian government / regime forces */
	BEL_TURKEY,
	BEL_ISRAEL,
	BEL_IRAQ,                /* Iraqi forces (and the PMF) */
	BEL_IRAN,                /* Iran and Iran-backed militias */
	BEL_ISIS,
	BEL_OPPOSITION,          /* armed opposition, FSA, SNA */
	BEL_SDF,                 /* SDF / YPG */
	BEL_HTS,                 /* HTS / Nusra */
	BEL_COUNT
};
/* Stable codes for storage and output: "unknown", "coalition", "russia",
 * "syria", "turkey", "israel", "iraq", "iran", "isis", "opposition", "sdf", "hts". */
const char *belligerent_code(enum belligerent b);
/* Names for people, as the annotation guide spells them: "U.S.-led Coalition",
 * "Russian Military", "Syrian Regime" ... */
const char *belligerent_label(enum belligerent b);
/* The belligerent with this code or label (case-insensitive), or -1. */
int belligerent_parse(const char *s);

enum weapon {
	WEAPON_UNKNOWN = 0,
	WEAPON_AIRSTRIKE,
	WEAPON_DRONE,
	WEAPON_BARREL_BOMB,      /* helicopter / barrel bomb */
	WEAPON_SHELLING,         /* artillery, mortars, shelling */
	WEAPON_MISSILE,
	WEAPON_ROCKET,
	WEAPON_CHEMICAL,
	WEAPON_EXPLOSION,        /* explosion, IED, car bomb, suicide bombing, mine */
	WEAPON_SHOOTING,
	WEAPON_EXECUTION,
	WEAPON_GROUND,           /* ground attack, raid */
	WEAPON_COUNT
};
/* "unknown", "airstrike", "drone", "barrel_bomb", "shelling", "missile",
 * "rocket", "chemical", "explosion", "shooting", "execution", "ground". */
const char *weapon_code(enum weapon w);
int weapon_parse(const char *s);

/* Infrastructure hit (bit set). */
enum infra {
	INFRA_BRIDGE = 0, INFRA_WELL, INFRA_DAM, INFRA_POWER, INFRA_WATER, INFRA_HOSPITAL,
	INFRA_SCHOOL, INFRA_MOSQUE, INFRA_MARKET, INFRA_BAKERY, INFRA_HOME, INFRA_OTHER,
	INFRA_COUNT
};
/* "bridge", "well", "dam", "power", "water", "hospital", "school", "mosque",
 * "market", "bakery", "home", "other". */
const char *infra_code(enum infra i);

enum victim_status { VICTIM_UNKNOWN = 0, VICTIM_CIVILIAN, VICTIM_COMBATANT, VICTIM_MIXED };
/* "unknown", "civilian", "combatant", "mixed". */
const char *victim_status_name(enum victim_status v);

/* How precisely the event's date is known. */
enum when_precision { WHEN_NONE = 0, WHEN_YEAR, WHEN_MONTH, WHEN_WEEK, WHEN_DAY };
/* "", "year", "month", "week", "day". */
const char *when_precision_name(enum when_precision p);

struct claim {
	enum claim_kind kind;
	size_t start, end;              /* evidence: the bytes that carry the figure */
	size_t sentence_start, sentence_end;  /* the sentence it came from */

	/* Counts. killed/injured/missing: everyone the claim counts (of any
	 * status); the rest break them down. */
	struct range killed, injured, missing;
	struct range civilians_killed, civilians_injured;
	struct range children_killed, women_killed, men_killed;
	struct range combatants_killed;
	enum victim_status status;
	int denied;                     /* "denied killing civilians", "no civilians were hurt" */

	/* When: the event's date, or for a period its first and last day. */
	struct date date;               /* year/month/day as far as precision says */
	struct date date_end;           /* periods only, else precision DATE_NONE */
	enum when_precision date_precision;

	/* Where: a gazetteer place (NULL when none), the precision the text
	 * supports, and the span that named it. */
	const char *place_id;
	const char *place_name;         /* English name of the place */
	const char *governorate;        /* English name of its governorate, or NULL */
	const char *country;            /* ISO code, or NULL */
	double lat, lon;                /* NAN when unknown */
	int place_precision;            /* enum geo_precision (gazetteer.h) */
	size_t place_start, place_end;  /* span of the name, 0,0 when none */

	unsigned belligerents;          /* set of 1 << enum belligerent; 0: not said */
	enum belligerent speaker;       /* who says it, when a party does (a ministry
	                                   is its government); BEL_UNKNOWN otherwise */
	enum weapon weapon;
	unsigned infrastructure;        /* set of 1 << enum infra */

	double confidence;              /* 0..1 */
	int main;                       /* 1 on the document's main incident claim */
};

/* The extractor's version, stored with every claim ("en-1"). */
#define EXTRACTOR_VERSION "1"

#endif
