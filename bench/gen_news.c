/* gen_news.c - a seeded, synthetic corpus of English news for the extract-en benchmark.
 *
 *   gen_news OUT MEGABYTES [SEED [PLACES_TSV]]
 *
 * Writes JSON lines (text, title, url, published, language, publisher,
 * source_type: what `civcas ingest` reads) to OUT ("-" for stdout) until they
 * reach MEGABYTES * 1,000,000 bytes. SEED defaults to 42, PLACES_TSV to
 * data/places.tsv (the project's gazetteer), whose Syrian and Iraqi towns,
 * cities, villages and districts are the places the texts name.
 *
 * The texts are English news reports of 1 to 8 KB, built from sentence
 * templates and word lists written for this file (no third-party text). About
 * 15% of the sentences report casualties or strikes ("At least 12 civilians,
 * including 5 children, were killed on Sunday when air strikes by the US-led
 * coalition hit the village of X in the Raqqa countryside", "The death toll
 * rose to 30", denials, admissions, monitors' ranges, conflict-wide figures);
 * the rest are ordinary news: politics, weather, the economy, aid, schools,
 * sport, with their own numbers, dates, places and people. Dates run from
 * 2014-06-01 to 2026-06-30; relative dates in a text ("on Sunday",
 * "yesterday", "on March 3") are consistent with its publication date.
 *
 * The records do not depend on MEGABYTES: a smaller corpus of one seed is a
 * prefix of a larger one. Own PRNG (xoshiro256** seeded with splitmix64, in
 * gen_common.c), so a seed gives the same bytes on every machine (for the
 * same places file).
 * Prints "RECORDS TEXT_BYTES" on stdout when OUT is a file (TEXT_BYTES: the
 * UTF-8 bytes of the text fields, unescaped) and a summary on stderr.
 * Built by bench/run.sh: cc -O2 gen_news.c gen_common.c -lm
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gen_common.h"

const char gen_prog[] = "gen_news";

/* --------------------------------------------------------------- places */

/* A place of the gazetteer: an ASCII English name (the name, else its first
 * ASCII variant, else the name with its Latin diacritics taken off), its
 * kind and its governorate, cleaned the same way. */
struct place { char *name, *gov; int kind; };

static struct place *places;
static size_t nplaces;

/* s without Latin diacritics, or NULL when it holds other non-ASCII letters.
 * Transliteration marks (ʿ ʼ ‘ ’ `) are dropped. */
static char *ascii_name(const char *s, size_t n)
{
	static const struct { const char *u, *a; } FOLD[] = {
		{"\xC4\x81", "a"}, {"\xC4\x80", "A"}, {"\xC3\xA1", "a"}, {"\xC3\xA2", "a"}, {"\xC3\xA0", "a"},
		{"\xC3\xA4", "a"}, {"\xC4\xAB", "i"}, {"\xC4\xAA", "I"}, {"\xC3\xAD", "i"}, {"\xC3\xAE", "i"},
		{"\xC3\xAF", "i"}, {"\xC4\xB1", "i"}, {"\xC5\xAB", "u"}, {"\xC5\xAA", "U"}, {"\xC3\xBA", "u"},
		{"\xC3\xBB", "u"}, {"\xC3\xBC", "u"}, {"\xC3\xA9", "e"}, {"\xC3\xA8", "e"}, {"\xC3\xAA", "e"},
		{"\xC4\x93", "e"}, {"\xC3\xB4", "o"}, {"\xC3\xB6", "o"}, {"\xC5\x8D", "o"}, {"\xC3\xA7", "c"},
		{"\xC5\x9F", "s"}, {"\xC5\x9E", "S"}, {"\xC5\xA3", "t"}, {"\xC5\xA2", "T"}, {"\xE1\xB8\xA9", "h"},
		{"\xE1\xB8\xA8", "H"}, {"\xE1\xB8\xA5", "h"}, {"\xE1\xB8\xA4", "H"}, {"\xE1\xB9\xA3", "s"},
		{"\xE1\xB9\xA2", "S"}, {"\xE1\xB8\x8D", "d"}, {"\xE1\xB8\x8C", "D"}, {"\xE1\xB9\xAD", "t"},
		{"\xE1\xB9\xAC", "T"}, {"\xE1\xBA\x93", "z"}, {"\xE1\xBA\x92", "Z"}, {"\xC4\x9F", "g"},
		{"\xCA\xBF", ""}, {"\xCA\xBE", ""}, {"\xCA\xBC", ""}, {"\xE2\x80\x98", ""}, {"\xE2\x80\x99", ""},
		{"`", ""}, {"'", ""},
	};
	char *out = malloc(n + 1);
	if (!out)
		die("out of memory");
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		int done = 0;
		if (c >= 0x80 || c == '`' || c == '\'') {
			for (unsigned k = 0; k < N(FOLD) && !done; k++) {
				size_t l = strlen(FOLD[k].u);
				if (i + l <= n && !memcmp(s + i, FOLD[k].u, l)) {
					size_t al = strlen(FOLD[k].a);
					memcpy(out + o, FOLD[k].a, al);
					o += al;
					i += l;
					done = 1;
				}
			}
			if (!done) {
				free(out);
				return NULL;
			}
		} else {
			if (!(c == ' ' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
				free(out);
				return NULL;
			}
			out[o++] = (char)c;
			i++;
		}
	}
	out[o] = 0;
	if (o < 3 || !(out[0] >= 'A' && out[0] <= 'Z')) {
		free(out);
		return NULL;
	}
	return out;
}

static int is_ascii_word(const char *s, size_t n)
{
	if (n < 3)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(c == ' ' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
			return 0;
	}
	return s[0] >= 'A' && s[0] <= 'Z';
}

/* The governorate as news writes it: "Ar-Raqqah" -> "Raqqa" and the like. */
static char *gov_name(const char *s, size_t n)
{
	static const struct { const char *g, *as; } NEWS[] = {
		{"Ar-Raqqah", "Raqqa"}, {"Al-Hasakah", "Hasakah"}, {"Rif-dimashq", "Damascus"},
		{"Dimashq", "Damascus"}, {"As-Suwayda", "Suwayda"}, {"Al Anbar", "Anbar"},
		{"Salah ad Din", "Salahuddin"}, {"Al Muthanna Governorate", "Muthanna"},
		{"Halabja Governorate", "Halabja"}, {"An Najaf", "Najaf"}, {"Al Q\xC4\x81" "d\xC4\xAB" "s\xC4\xAB" "yah", "Qadisiyah"},
	};
	for (unsigned k = 0; k < N(NEWS); k++)
		if (strlen(NEWS[k].g) == n && !memcmp(NEWS[k].g, s, n))
			return strdup(NEWS[k].as);
	return n ? ascii_name(s, n) : NULL;
}

/* a place of the gazetteer's row, appended to places[] (arg: its capacity) */
static void add_place(const struct gaz_row *r, void *arg)
{
	size_t *have = arg;
	if (r->kind > K_DISTRICT)
		return;
	char *gov = gov_name(r->col[3], r->len[3]);
	if (!gov)
		return;
	char *name = NULL;
	if (is_ascii_word(r->col[8], r->len[8])) {
		name = strndup(r->col[8], r->len[8]);
	} else {
		/* the first ASCII variant */
		const char *v = r->col[10], *ve = r->col[10] + r->len[10];
		while (v < ve && !name) {
			const char *bar = memchr(v, '|', (size_t)(ve - v));
			size_t vl = (size_t)((bar ? bar : ve) - v);
			if (is_ascii_word(v, vl))
				name = strndup(v, vl);
			v = bar ? bar + 1 : ve;
		}
		if (!name)
			name = ascii_name(r->col[8], r->len[8]);
	}
	if (!name) {
		free(gov);
		return;
	}
	/* the same place is often listed as a town and as its district */
	if (nplaces && !strcmp(places[nplaces - 1].name, name)) {
		free(name);
		free(gov);
		return;
	}
	if (nplaces == *have) {
		*have = *have ? *have * 2 : 1024;
		places = realloc(places, *have * sizeof *places);
		if (!places)
			die("out of memory");
	}
	places[nplaces++] = (struct place){name, gov, r->kind};
}

static size_t load_places(const char *path)
{
	size_t have = 0;
	gaz_read(path, add_place, &have);
	if (nplaces < 50) {
		errno = 0;
		fprintf(stderr, "gen_news: %s: only %zu usable places\n", path, nplaces);
		exit(1);
	}
	return nplaces;
}

/* ----------------------------------------------------------- word lists */

static const char *NUMW[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			     "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
			     "seventeen", "eighteen", "nineteen", "twenty"};
static const char *TENS[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

static const char *SOURCE[] = {
	"residents", "local sources", "a medical source", "civil defence workers", "witnesses", "activists",
	"a local journalist", "rescue teams", "a hospital director", "local officials", "doctors", "aid workers",
	"a spokesman for the local council", "relatives of the victims", "the health directorate",
	"a nurse at the field hospital", "two residents reached by telephone", "a community leader",
	"the village mukhtar", "a security source", "volunteers", "the district governor",
};
static const char *SAY[] = {
	"said", "reported", "told reporters", "confirmed", "said on condition of anonymity", "said in a statement",
	"wrote on social media", "told the agency", "said by telephone", "added",
};
static const char *MONITOR[] = {
	"the Northern Syria Rights Network", "the Euphrates Monitoring Group", "the Levant Casualty Register",
	"the Iraq Civilian Record", "the Syrian Documentation Office", "the Independent Strike Monitor",
	"a UK-based war monitor", "the UN human rights office",
};
static const char *BELLIG[] = {
	"the US-led coalition", "Russian warplanes", "Syrian government forces", "Turkish drones",
	"Iraqi forces", "the Islamic State group", "ISIS militants", "the Syrian Democratic Forces",
	"Turkish-backed factions", "Iran-backed militias", "unidentified aircraft", "Hayat Tahrir al-Sham",
	"Iraqi counter-terrorism forces", "coalition helicopters", "regime forces", "Israeli jets",
	"the Syrian army", "Popular Mobilisation Forces",
};
static const char *BELLIG_ADJ[] = {
	"Syrian regime", "Russian", "Turkish", "coalition", "Iraqi army", "government", "ISIS", "SDF",
	"militia", "regime", "Israeli", "rebel",
};
static const char *BELLIG_SELF[] = {
	"The coalition", "The Russian defence ministry", "The Turkish defence ministry", "The Iraqi Joint Operations Command",
	"The Syrian army", "US Central Command", "The SDF", "The Israeli military",
};
static const char *WEAPON[] = {   /* plural or mass, after "when": "... hit X" */
	"air strikes", "drone strikes", "artillery shells", "missiles", "barrel bombs", "rockets", "mortar rounds",
	"cluster munitions", "warplanes", "helicopter gunships", "guided missiles", "Grad rockets",
};
static const char *A_WEAPON[] = { /* singular: "... struck Y" */
	"an air strike", "a drone strike", "a missile", "a car bomb", "a roadside bomb", "a mortar round",
	"a barrel bomb", "a rocket", "an artillery shell", "a suicide bomber", "a landmine", "a guided missile",
	"an explosive device", "a motorcycle bomb",
};
static const char *WEAPON_NOUN[] = {
	"shelling", "air strikes", "drone strikes", "rocket fire", "mortar fire", "bombardment", "artillery fire",
	"missile strikes",
};
static const char *WEAPON_HEAD[] = {
	"Air strikes", "Drone strike", "Shelling", "Missile strike", "Rocket attack", "Car bomb", "Barrel bombs",
	"Artillery fire", "Raid", "Blast",
};
static const char *VICTIMS[] = {
	"civilians", "people", "residents", "civilians", "people", "displaced people", "farm workers",
	"villagers", "members of one family", "shoppers", "passengers",
};
static const char *A_NOUN[] = {
	"a market", "a hospital", "a school", "a bakery", "a mosque", "a house", "a residential building",
	"a checkpoint", "a camp for displaced people", "a clinic", "a farm", "a minibus", "a fuel depot",
	"a water station", "a petrol station", "a crowded street", "a flour mill", "a wedding hall",
	"a vegetable market", "an apartment block", "a family home", "a bus station", "a grain silo",
};
static const char *TARGET[] = {
	"an ISIS vehicle", "two ISIS fighting positions", "an ISIS weapons cache", "an ISIS staging area",
	"an ISIS tunnel", "a mortar system", "three boats", "a bomb-making facility", "a command post",
	"an ammunition depot", "a rocket launcher",
};
static const char *FIRST_M[] = {
	"Ahmad", "Mohammed", "Khaled", "Omar", "Hussein", "Yusuf", "Ibrahim", "Jamal", "Mahmoud", "Ali",
	"Hassan", "Samir", "Walid", "Bilal", "Karim", "Tariq", "Nabil", "Fadi", "Rami", "Ziad",
};
static const char *FIRST_F[] = {
	"Fatima", "Layla", "Mariam", "Samira", "Hana", "Rasha", "Salma", "Nour", "Amal", "Huda",
	"Rana", "Dima", "Zainab", "Aisha", "Lina", "Reem",
};
static const char *SURNAME[] = {
	"al-Hassan", "al-Ali", "Ibrahim", "Youssef", "al-Hussein", "Darwish", "al-Saleh", "al-Abdullah",
	"Haddad", "al-Khalaf", "Mustafa", "Saleh", "al-Jasim", "Kanaan", "al-Obeid", "al-Ahmad", "Hamdan",
	"al-Rashid", "Suleiman", "al-Najjar", "Qassem", "al-Tamimi", "Mansour", "al-Jubouri",
};
static const char *FAMILY[] = {
	"Hassan", "Ali", "Ibrahim", "Darwish", "Saleh", "Abdullah", "Haddad", "Khalaf", "Mustafa", "Jasim",
	"Obeid", "Hamdan", "Rashid", "Najjar", "Qassem", "Mansour",
};
static const char *JOB[] = {
	"teacher", "shopkeeper", "farmer", "taxi driver", "pharmacist", "baker", "student", "nurse",
	"mechanic", "father of four", "retired engineer", "day labourer", "tailor", "carpenter",
};
static const char *OFFICIAL[] = {
	"the foreign minister", "the prime minister", "the UN special envoy", "the governor", "the trade minister",
	"the interior minister", "the speaker of parliament", "a senior US diplomat", "the EU's foreign policy chief",
	"the Turkish president", "the Iraqi president", "the energy minister", "the mayor",
	"the health minister", "the education minister", "the head of the Kurdish regional government",
};
static const char *COUNTRY[] = {
	"Turkey", "Iraq", "Jordan", "Lebanon", "Russia", "Iran", "the United States", "France", "Germany",
	"Saudi Arabia", "Qatar", "Egypt", "the United Arab Emirates", "Britain", "China",
};
static const char *CAPITAL[] = {
	"Geneva", "Ankara", "Amman", "Beirut", "Moscow", "Tehran", "Washington", "Paris", "Berlin", "Riyadh",
	"Doha", "Cairo", "Astana", "Baghdad", "Damascus", "Erbil", "Brussels", "Vienna",
};
static const char *TOPIC[] = {
	"the ceasefire", "the humanitarian situation", "the return of refugees", "reconstruction",
	"the coming winter", "fuel prices", "the water supply", "power cuts", "the peace talks", "aid deliveries",
	"the wheat harvest", "the school year", "the local elections", "the exchange rate", "demining work",
	"the reopening of the border crossing", "the price of bread", "oil exports", "the new constitution",
	"prisoner exchanges", "the budget", "electricity imports", "customs duties", "the census",
};
static const char *COMMODITY[] = {
	"bread", "sugar", "rice", "cooking gas", "diesel", "petrol", "tomatoes", "cooking oil", "lentils",
	"flour", "eggs", "chicken", "medicine", "heating fuel", "cement", "baby formula",
};
static const char *CROSSING[] = {
	"Bab al-Hawa", "Nasib", "al-Yarubiyah", "Rabia", "Bab al-Salama", "Semalka", "al-Qaim", "Ibrahim Khalil",
};
static const char *DONOR[] = {
	"the European Union", "UNICEF", "a Qatari charity", "the World Bank", "local businessmen", "Japan",
	"the Red Crescent", "a German development agency", "the UN Development Programme",
};
static const char *ORG[] = {
	"The World Food Programme", "UNICEF", "The UN refugee agency", "The Red Crescent", "The World Health Organization",
	"A French medical charity", "The Norwegian aid group", "The UN humanitarian office",
};
static const char *QUOTE[] = {
	"We just want the schools to open again.", "Prices change every week and salaries do not.",
	"Nobody has told us when the power will come back.", "The harvest was better than last year, thank God.",
	"We rebuilt the roof ourselves.", "My children have not seen a doctor in months.",
	"The road is open now, but the checkpoints are slow.", "We are waiting for the council to decide.",
	"Everyone here is tired of promises.", "If the rain comes, the crops will be fine.",
	"We need generators more than anything else.", "The market is busy again in the evenings.",
};
static const char *CONNECT[] = {   /* before any sentence */
	"Meanwhile, ", "However, ", "Elsewhere, ", "At the same time, ", "In other news, ",
};
static const char *CONNECT_CAS[] = {   /* before a casualty sentence */
	"Meanwhile, ", "However, ", "Elsewhere, ", "In a separate incident, ", "Earlier, ", "Later, ",
	"According to the report, ", "In a second attack, ",
};
static const char *DAYPART[] = {
	"", "", "", " morning", " night", " afternoon", " evening",
};

struct outlet { const char *name, *domain, *kind; };
static const struct outlet OUTLETS[] = {
	{"Levant Wire", "levantwire.example", "news_agency"},
	{"Euphrates Daily", "euphrates-daily.example", "local_media"},
	{"Tigris News Agency", "tigris-news.example", "news_agency"},
	{"North Syria Today", "northsyria-today.example", "local_media"},
	{"The Mesopotamia Herald", "meso-herald.example", "local_media"},
	{"Crescent Press", "crescent-press.example", "news_agency"},
	{"Idlib Voices", "idlib-voices.example", "social_media"},
	{"Civilian Watch", "civilianwatch.example", "ngo"},
	{"Regional Affairs Review", "regional-review.example", "local_media"},
	{"Gulf & Levant Times", "gl-times.example", "news_agency"},
	{"Operation Bulletin", "op-bulletin.example", "belligerent"},
	{"Ministry of Information", "moi-gov.example", "government"},
};

/* ------------------------------------------------------------ templates */

/* Placeholders, {NAME} in the templates below. */
enum ph {
	PH_PLACE, PH_PLACE2, PH_THE_PLACE, PH_GOV, PH_GOV2, PH_WHEN, PH_DATE, PH_NV, PH_N, PH_KC, PH_WC, PH_W,
	PH_N1, PH_RANGE, PH_BIG, PH_SOURCE, PH_SAY, PH_MONITOR, PH_BELLIG, PH_BELLIG_ADJ, PH_BELLIG_SELF,
	PH_WEAPON, PH_A_WEAPON, PH_WEAPON_NOUN, PH_A_NOUN, PH_TARGET, PH_FAMILY, PH_PERSON, PH_AGE, PH_JOB,
	PH_OFFICIAL, PH_COUNTRY, PH_CAPITAL, PH_TOPIC, PH_COMMODITY, PH_CROSSING, PH_DONOR, PH_ORG, PH_QUOTE,
	PH_PCT, PH_TEMP, PH_THOUSANDS, PH_MONTH, PH_YEAR, PH_PASTYEAR, PH_WEEKDAY, PH_SCORE, PH_HOURS,
	PH_PRICE, PH_WEAPON_HEAD, PH_SMALL, PH_COUNT
};
static const char *PH_NAME[PH_COUNT] = {
	"PLACE", "PLACE2", "THE_PLACE", "GOV", "GOV2", "WHEN", "DATE", "NV", "N", "KC", "WC", "W",
	"N1", "RANGE", "BIG", "SOURCE", "SAY", "MONITOR", "BELLIG", "BELLIG_ADJ", "BELLIG_SELF",
	"WEAPON", "A_WEAPON", "WEAPON_NOUN", "A_NOUN", "TARGET", "FAMILY", "PERSON", "AGE", "JOB",
	"OFFICIAL", "COUNTRY", "CAPITAL", "TOPIC", "COMMODITY", "CROSSING", "DONOR", "ORG", "QUOTE",
	"PCT", "TEMP", "THOUSANDS", "MONTH", "YEAR", "PASTYEAR", "WEEKDAY", "SCORE", "HOURS",
	"PRICE", "WEAPON_HEAD", "SMALL",
};

/* the placeholders that pick a word of a list */
static const struct words LISTS[PH_COUNT] = {
	[PH_SOURCE] = WORDS(SOURCE), [PH_SAY] = WORDS(SAY), [PH_MONITOR] = WORDS(MONITOR),
	[PH_BELLIG] = WORDS(BELLIG), [PH_BELLIG_ADJ] = WORDS(BELLIG_ADJ),
	[PH_BELLIG_SELF] = WORDS(BELLIG_SELF), [PH_WEAPON] = WORDS(WEAPON),
	[PH_A_WEAPON] = WORDS(A_WEAPON), [PH_WEAPON_NOUN] = WORDS(WEAPON_NOUN),
	[PH_A_NOUN] = WORDS(A_NOUN), [PH_TARGET] = WORDS(TARGET), [PH_FAMILY] = WORDS(FAMILY),
	[PH_JOB] = WORDS(JOB), [PH_OFFICIAL] = WORDS(OFFICIAL), [PH_COUNTRY] = WORDS(COUNTRY),
	[PH_CAPITAL] = WORDS(CAPITAL), [PH_TOPIC] = WORDS(TOPIC), [PH_COMMODITY] = WORDS(COMMODITY),
	[PH_CROSSING] = WORDS(CROSSING), [PH_DONOR] = WORDS(DONOR), [PH_ORG] = WORDS(ORG),
	[PH_QUOTE] = WORDS(QUOTE), [PH_WEAPON_HEAD] = WORDS(WEAPON_HEAD),
};

/* Sentences that report casualties, strikes, denials, admissions or tolls. */
static const char *CASUALTY[] = {
	"{NV}, including {KC}, were killed {WHEN} when {WEAPON} by {BELLIG} hit {THE_PLACE} in the {GOV} countryside.",
	"The death toll rose to {N}, {SOURCE} {SAY}.",
	"{BELLIG_ADJ} shelling wounded {W} in {PLACE} {WHEN}.",
	"{A_WEAPON} struck {A_NOUN} in {PLACE} {WHEN}, killing {NV} and wounding {W}, {SOURCE} {SAY}.",
	"{SOURCE} {SAY} {NV} had been killed in {PLACE} since the start of the offensive.",
	"{N} members of the {FAMILY} family, among them {KC}, died when their house in {PLACE} was hit {WHEN}.",
	"A woman and her {N1} children were killed when {A_WEAPON} hit their home in {PLACE} {WHEN}.",
	"{BELLIG_SELF} said it had carried out {N1} strikes near {PLACE} {WHEN}, destroying {TARGET}.",
	"{BELLIG_SELF} said in its monthly report that its strikes had unintentionally killed {NV} since {PASTYEAR}.",
	"{MONITOR} documented the deaths of {NV} in {GOV} province during {MONTH} {YEAR}.",
	"{MONITOR} said {RANGE} civilians were killed in the strikes on {PLACE}.",
	"Rescue workers pulled {N} bodies from the rubble of {A_NOUN} in {PLACE} {WHEN}.",
	"No civilians were hurt in the strike near {PLACE}, {BELLIG_SELF} said.",
	"{BELLIG_SELF} denied that its aircraft had struck {PLACE} {WHEN}.",
	"{NV} remain missing under the rubble in {PLACE}, {SOURCE} {SAY}.",
	"Among the dead were {KC} and {WC}, {SOURCE} {SAY}.",
	"More than {BIG} people have been killed in the conflict since 2011, according to {MONITOR}.",
	"The toll from the attack on {PLACE} has risen to {N} dead and {W} wounded.",
	"On {DATE}, {WEAPON} hit {A_NOUN} in {PLACE}, killing {NV}.",
	"Dozens of people were injured when {A_WEAPON} exploded near {A_NOUN} in {PLACE} {WHEN}.",
	"{PERSON}, {AGE}, was killed by sniper fire in {PLACE} {WHEN}, a relative {SAY}.",
	"{BELLIG_ADJ} {WEAPON_NOUN} on {PLACE} {WHEN} killed {NV}, among them {KC}.",
	"Hospitals in {PLACE} received {W} after {A_WEAPON} {WHEN}, {SOURCE} {SAY}.",
	"{NV} were killed and {W} wounded in {WEAPON_NOUN} on {THE_PLACE}, {MONITOR} said.",
	"The attack on {PLACE}, which killed {NV} {WHEN}, was blamed on {BELLIG}.",
	"The strike on {PLACE} {WHEN} killed {N}, most of them women and children, {SOURCE} {SAY}.",
	"{SOURCE} {SAY} the toll could rise because {W} were in critical condition.",
	"Civil defence teams said they had recovered the bodies of {KC} from a collapsed building in {PLACE}.",
	"{MONITOR} put the number of dead at {RANGE}, higher than the official figure.",
	"{BELLIG_SELF} assessed that {N1} civilians were likely killed in a strike near {PLACE} on {DATE}.",
};

/* Ordinary news: politics, weather, the economy, aid, schools, sport. */
static const char *ORDINARY[] = {
	/* politics */
	"{OFFICIAL} met {OFFICIAL} in {CAPITAL} {WHEN} to discuss {TOPIC}.",
	"{OFFICIAL} said the talks in {CAPITAL} would resume in {MONTH}.",
	"Elections for the local council in {PLACE} are planned for {MONTH} {YEAR}.",
	"{COUNTRY} and {COUNTRY} signed an agreement on {TOPIC} {WHEN}.",
	"The opposition called the proposal a step backwards and said it would boycott the next round.",
	"Diplomats said a draft resolution on {TOPIC} could be put to a vote as early as next week.",
	"Parliament voted {SCORE} to approve the new budget after a long debate.",
	"{OFFICIAL} told reporters in {CAPITAL} that {TOPIC} would top the agenda.",
	"The council in {PLACE} has {N1} new members since the vote in {MONTH}.",
	"Talks on {TOPIC} have stalled since {MONTH} {PASTYEAR}, officials in {CAPITAL} said.",
	"{PERSON} was appointed head of the {GOV} provincial council {WHEN}.",
	/* weather */
	"Temperatures in {PLACE} are expected to reach {TEMP} degrees Celsius this week.",
	"Heavy rain flooded dozens of tents in camps near {PLACE} {WHEN}, aid groups said.",
	"Forecasters expect snow on the higher ground around {PLACE} by the weekend.",
	"A dust storm closed the airport in {CAPITAL} for {HOURS} hours on {WEEKDAY}.",
	"Rainfall this season was {PCT} percent below the average, the agriculture directorate in {GOV} said.",
	"The Euphrates has fallen to its lowest level in {N1} decades, farmers near {PLACE} say.",
	"A heatwave pushed temperatures above {TEMP} degrees in {GOV} {WHEN}.",
	/* economy */
	"The price of {COMMODITY} in {PLACE} rose by {PCT} percent in {MONTH}, traders said.",
	"The Syrian pound traded at {THOUSANDS} to the dollar on the parallel market {WHEN}.",
	"The Iraqi central bank kept its main interest rate at {PCT} percent.",
	"A kilo of {COMMODITY} now costs {PRICE} pounds in {PLACE}, up from {PRICE} a year ago.",
	"Farmers in {GOV} expect to harvest about {THOUSANDS} tonnes of wheat this year.",
	"The new cement factory in {PLACE} will employ {THOUSANDS} workers, the governor said.",
	"Traffic through the {CROSSING} crossing rose to {THOUSANDS} trucks in {MONTH}.",
	"Oil exports reached {THOUSANDS} thousand barrels a day in {MONTH} {YEAR}, the ministry said.",
	"Shops in {PLACE} closed early {WHEN} as the currency fell for {N1} days in a row.",
	"Public sector salaries will rise by {PCT} percent from {MONTH}, {OFFICIAL} announced.",
	"Unemployment in {GOV} stands at {PCT} percent, according to a survey published {WHEN}.",
	/* aid */
	"A convoy of {SMALL} trucks carrying food and medicine reached {PLACE} {WHEN}.",
	"{ORG} said it had delivered food baskets to {THOUSANDS} families in {GOV} in {MONTH}.",
	"Aid agencies warned that {THOUSANDS} people in {GOV} could lose access to clean water this summer.",
	"{ORG} appealed for {SMALL} million dollars to fund its work in {GOV} until {MONTH}.",
	"A new bakery funded by {DONOR} opened in {PLACE} {WHEN} and will make bread for {THOUSANDS} people.",
	"About {THOUSANDS} displaced families have returned to {PLACE} since {MONTH}, the local council said.",
	/* schools, health, services */
	"{N1} schools reopened in {PLACE} after repairs paid for by {DONOR}.",
	"A vaccination campaign against measles reached {THOUSANDS} children in {GOV} last month.",
	"Residents of {PLACE} say the electricity comes for only {HOURS} hours a day.",
	"The road between {PLACE} and {PLACE2} reopened {WHEN} after {N1} months of repairs.",
	"Engineers began rebuilding the bridge at {PLACE}, which should be finished by {MONTH} {YEAR}.",
	"The hospital in {PLACE} now has {SMALL} beds and {N1} operating theatres, its director said.",
	"Exam results for {THOUSANDS} secondary school students in {GOV} were published {WHEN}.",
	"The water station serving {PLACE} and {PLACE2} was connected to the grid in {MONTH}.",
	/* people */
	"{PERSON}, a {JOB} in {PLACE}, said: \"{QUOTE}\"",
	"{PERSON}, {AGE}, who runs a small shop in {PLACE}, said: \"{QUOTE}\"",
	"{PERSON}, {AGE}, moved back to {PLACE} in {MONTH} with the family.",
	/* sport and culture */
	"The football club from {PLACE} won {SCORE} in the league match on {WEEKDAY}.",
	"The book fair in {CAPITAL} drew {THOUSANDS} visitors over {N1} days.",
	"A theatre group from {PLACE} will perform in {CAPITAL} in {MONTH}.",
	"The national team lost {SCORE} to {COUNTRY} in a friendly on {DATE}.",
	"Traditional music returned to the old market of {PLACE} for the first time since {PASTYEAR}.",
};

static const char *TITLE_CAS[] = {
	"{WEAPON_HEAD} kill {N} in {PLACE}", "{N} civilians killed in {GOV} strikes", "Death toll in {PLACE} rises to {N}",
	"Children among dead as {WEAPON_NOUN} hit {PLACE}", "{BELLIG_ADJ} strikes on {PLACE} leave {N} dead",
	"Civilians killed in {PLACE}, monitors say", "{PLACE}: {N} dead after {A_WEAPON}",
};
static const char *TITLE_ORD[] = {
	"Price of {COMMODITY} climbs in {PLACE}", "Talks on {TOPIC} resume in {CAPITAL}", "Snow expected across {GOV}",
	"Schools reopen in {PLACE}", "Aid convoy reaches {PLACE}", "{OFFICIAL} visits {CAPITAL}",
	"Farmers in {GOV} count on the rain", "Power cuts return to {PLACE}", "{PLACE} road reopens",
};

static struct tmpl T_CAS[N(CASUALTY)], T_ORD[N(ORDINARY)], T_TCAS[N(TITLE_CAS)], T_TORD[N(TITLE_ORD)];

static void compile_all(void)
{
	tmpl_compile(T_CAS, CASUALTY, N(CASUALTY), PH_NAME, PH_COUNT);
	tmpl_compile(T_ORD, ORDINARY, N(ORDINARY), PH_NAME, PH_COUNT);
	tmpl_compile(T_TCAS, TITLE_CAS, N(TITLE_CAS), PH_NAME, PH_COUNT);
	tmpl_compile(T_TORD, TITLE_ORD, N(TITLE_ORD), PH_NAME, PH_COUNT);
}

/* ------------------------------------------------------------ expansion */

struct doc {
	const struct place *pl;   /* the place the report is about */
	long pubday;              /* days since 1970 */
	struct date pub;
	int last;                 /* the last casualty figure written (for "including K children") */
	int typo;                 /* typographic quotes and dashes in this text */
};

static void number_words(struct sb *b, int v)
{
	if (v <= 20) {
		sb_add(b, NUMW[v]);
	} else if (v < 100) {
		sb_add(b, TENS[v / 10]);
		if (v % 10) {
			sb_addc(b, '-');
			sb_add(b, NUMW[v % 10]);
		}
	} else {
		sb_num(b, v);
	}
}

/* "12", "twelve", "at least 12", "more than 20", "nearly 30", "a dozen",
 * "dozens of" ...; plural (v >= 2) always. Sets d->last. */
static void count_phrase(struct sb *b, struct doc *d, int noun_follows)
{
	int v = casualty_count();
	d->last = v;
	uint32_t form = below(100);
	if (noun_follows && form < 4) {
		sb_add(b, PICK(((const char *[]){"dozens of", "scores of", "several", "a number of"})));
		d->last = 24;
		return;
	}
	if (v == 12 && form < 30) {
		sb_add(b, "a dozen");
		return;
	}
	if (form < 30)
		sb_add(b, "at least ");
	else if (form < 36)
		sb_add(b, "more than ");
	else if (form < 42)
		sb_add(b, PICK(((const char *[]){"nearly ", "about ", "around ", "up to "})));
	if (v <= 10 && chance(0.6))
		number_words(b, v);
	else if (v < 100 && chance(0.08))
		number_words(b, v);
	else
		sb_num(b, v);
}

/* up to half the last figure, with its noun: "a child", "two children", "5 children" */
static void part_phrase(struct sb *b, struct doc *d, const char *one, const char *many)
{
	int hi = d->last / 2;
	int k = between(1, hi < 1 ? 1 : hi);
	if (k == 1) {
		sb_add(b, chance(0.5) ? "a " : "one ");
		sb_add(b, one);
		return;
	}
	if (k <= 10 && chance(0.6))
		number_words(b, k);
	else
		sb_num(b, k);
	sb_addc(b, ' ');
	sb_add(b, many);
}

static void when_phrase(struct sb *b, const struct doc *d)
{
	uint32_t f = below(100);
	if (f < 40) {
		int back = between(0, 6);
		struct date e = date_from_days(d->pubday - back);
		sb_add(b, back == 0 ? "on " : (chance(0.2) ? "last " : "on "));
		sb_add(b, WEEKDAY_EN[e.wd]);
		if (chance(0.4))
			sb_add(b, PICK(DAYPART));
	} else if (f < 55) {
		sb_add(b, PICK(((const char *[]){"yesterday", "on Monday night", "overnight", "earlier this week",
						 "last week", "earlier this month", "at dawn", "in the early hours"})));
	} else if (f < 85) {
		struct date e = date_from_days(d->pubday - between(0, 20));
		sb_add(b, "on ");
		if (chance(0.6)) {
			sb_add(b, MONTH_EN[e.m - 1]);
			sb_addc(b, ' ');
			sb_num(b, e.d);
		} else {
			sb_num(b, e.d);
			sb_addc(b, ' ');
			sb_add(b, MONTH_EN[e.m - 1]);
		}
	} else {
		sb_add(b, "today");
	}
}

static void date_phrase(struct sb *b, const struct doc *d)
{
	struct date e = date_from_days(d->pubday - between(1, 60));
	if (chance(0.5)) {
		sb_add(b, MONTH_EN[e.m - 1]);
		sb_addc(b, ' ');
		sb_num(b, e.d);
		sb_add(b, ", ");
	} else {
		sb_num(b, e.d);
		sb_addc(b, ' ');
		sb_add(b, MONTH_EN[e.m - 1]);
		sb_addc(b, ' ');
	}
	sb_num(b, e.y);
}

static void person(struct sb *b)
{
	sb_add(b, chance(0.6) ? PICK(FIRST_M) : PICK(FIRST_F));
	sb_addc(b, ' ');
	sb_add(b, PICK(SURNAME));
}

/* a placeholder that is not a word list, for tmpl_expand */
static void placeholder(struct sb *b, int ph, void *arg)
{
	struct doc *d = arg;
	switch ((enum ph)ph) {
	case PH_PLACE: sb_add(b, chance(0.8) ? d->pl->name : places[below((uint32_t)nplaces)].name); break;
	case PH_PLACE2: sb_add(b, places[below((uint32_t)nplaces)].name); break;
	case PH_THE_PLACE: {
		const struct place *p = chance(0.8) ? d->pl : &places[below((uint32_t)nplaces)];
		static const char *KIND[] = {"the city of ", "the town of ", "the village of ", "the area of "};
		if (chance(0.75))
			sb_add(b, KIND[p->kind]);
		sb_add(b, p->name);
		break;
	}
	case PH_GOV: sb_add(b, d->pl->gov); break;
	case PH_GOV2: sb_add(b, places[below((uint32_t)nplaces)].gov); break;
	case PH_WHEN: when_phrase(b, d); break;
	case PH_DATE: date_phrase(b, d); break;
	case PH_NV:
		count_phrase(b, d, 1);
		sb_addc(b, ' ');
		sb_add(b, PICK(VICTIMS));
		break;
	case PH_N: count_phrase(b, d, 0); break;
	case PH_KC: part_phrase(b, d, "child", "children"); break;
	case PH_WC: part_phrase(b, d, "woman", "women"); break;
	case PH_W: {
		int v = casualty_count();
		if (v <= 10 && chance(0.6))
			number_words(b, v);
		else
			sb_num(b, v);
		sb_add(b, chance(0.5) ? " people" : " others");
		break;
	}
	case PH_N1: number_words(b, between(2, 9)); break;
	case PH_RANGE: {
		int lo = casualty_count(), hi = lo + between(2, 1 + lo / 2);
		if (chance(0.5)) {
			sb_add(b, "between ");
			sb_num(b, lo);
			sb_add(b, " and ");
		} else {
			sb_num(b, lo);
			sb_add(b, d->typo ? "\xE2\x80\x93" : "-");
		}
		sb_num(b, hi);
		d->last = lo;
		break;
	}
	case PH_BIG: sb_num_commas(b, between(300, 620) * 1000L); break;
	case PH_PERSON: person(b); break;
	case PH_AGE: sb_num(b, between(9, 78)); break;
	case PH_PCT: sb_percent(b); break;
	case PH_TEMP: sb_num(b, between(8, 49)); break;
	case PH_THOUSANDS: sb_num_commas(b, between(2, 900) * (chance(0.5) ? 100L : 10L)); break;
	case PH_MONTH: sb_add(b, MONTH_EN[d->pub.m - 1]); break;
	case PH_YEAR: sb_num(b, d->pub.y); break;
	case PH_PASTYEAR: sb_num(b, d->pub.y - between(1, 6)); break;
	case PH_WEEKDAY: sb_add(b, WEEKDAY_EN[below(7)]); break;
	case PH_SCORE: { /* a win: the larger figure first */
		int w = between(1, 5);
		sb_num(b, w);
		sb_add(b, d->typo ? "\xE2\x80\x93" : "-");
		sb_num(b, between(0, w - 1));
		break;
	}
	case PH_HOURS: sb_num(b, between(2, 14)); break;
	case PH_PRICE: sb_num_commas(b, between(5, 400) * 50L); break;
	case PH_SMALL: sb_num(b, between(3, 60)); break;
	default: break; /* PH_COUNT, and the word lists */
	}
}

static void expand(struct sb *b, const struct tmpl *t, struct doc *d)
{
	size_t start = b->n;
	tmpl_expand(b, t, LISTS, placeholder, d);
	if (b->p[start] >= 'a' && b->p[start] <= 'z')
		b->p[start] = (char)(b->p[start] - 'a' + 'A');
}

/* ------------------------------------------------------------- records */

static void make_record(struct news_rec *r, unsigned long id)
{
	struct doc d;
	d.pl = &places[below((uint32_t)nplaces)];
	d.pubday = DAY_2014_06_01 + (long)below((uint32_t)(DAY_2026_06_30 - DAY_2014_06_01 + 1));
	d.pub = date_from_days(d.pubday);
	d.last = 10;
	d.typo = chance(0.2);
	const struct outlet *out = &OUTLETS[below(N(OUTLETS))];
	r->publisher = out->name;
	r->source_type = out->kind;
	r->ascii_json = chance(0.03);
	r->sentences = r->casualty = 0;

	/* a report about an attack (two in five), or ordinary news with the odd casualty line */
	int attack = chance(0.4);
	double p_cas = attack ? 0.34 : 0.025;

	/* size: lognormal around 2.6 KB, 1 to 8 KB */
	double sz = exp(log(2600.0) + 0.55 * normal());
	size_t target = sz < 1000 ? 1000 : sz > 7600 ? 7600 : (size_t)sz;

	struct sb *t = &r->text;
	if (chance(0.5)) { /* dateline */
		const char *city = chance(0.5) ? d.pl->name : PICK(CAPITAL);
		for (const char *c = city; *c; c++)
			sb_addc(t, (*c >= 'a' && *c <= 'z') ? (char)(*c - 'a' + 'A') : *c);
		sb_add(t, ", ");
		sb_add(t, MONTH_EN[d.pub.m - 1]);
		sb_addc(t, ' ');
		sb_num(t, d.pub.d);
		sb_add(t, " (");
		sb_add(t, out->name);
		sb_add(t, d.typo ? ") \xE2\x80\x94 " : ") - ");
	}
	int in_para = 0, para_len = between(2, 5);
	while (t->n < target) {
		int cas = (r->sentences == 0 && attack) || chance(p_cas);
		if (in_para == para_len) {
			sb_add(t, "\n\n");
			in_para = 0;
			para_len = between(2, 5);
		} else if (r->sentences) {
			sb_addc(t, ' ');
		}
		int connected = r->sentences && chance(0.15);
		if (connected)
			sb_add(t, cas ? PICK(CONNECT_CAS) : PICK(CONNECT));
		size_t s0 = t->n;
		expand(t, cas ? &T_CAS[below(N(T_CAS))] : &T_ORD[below(N(T_ORD))], &d);
		if (connected && s0 >= 2 && t->p[s0 - 2] == ',') {
			/* "Meanwhile, the death toll ...": lower the words that only
			 * start with a capital because they start the sentence */
			static const char *LOWER[] = {"The ", "Residents", "Local", "Witnesses", "Activists", "Doctors",
						      "Rescue", "Volunteers", "Relatives", "Two ", "Civil ", "Hospitals",
						      "Heavy", "Forecasters", "Farmers", "Shops", "Aid ", "Engineers",
						      "Exam", "Parliament", "Rainfall", "Unemployment", "Oil ", "Traffic",
						      "Public", "Temperatures", "Elections", "Diplomats", "Talks", "Among",
						      "More ", "Dozens", "No ", "A ", "At ", "Rescue", "Civilians",
						      "Villagers", "People", "Shoppers", "Passengers", "Farm ", "Members",
						      "Displaced", "Several", "Scores", "Up to", "About", "Nearly",
						      "Around", "Between", "Traditional", "Schools"};
			for (unsigned k = 0; k < N(LOWER); k++)
				if (!strncmp(t->p + s0, LOWER[k], strlen(LOWER[k]))) {
					t->p[s0] = (char)(t->p[s0] - 'A' + 'a');
					break;
				}
		}
		if (d.typo) { /* typographic quotes: "x" -> “x” */
			int open = 1;
			for (size_t i = s0; i < t->n; i++)
				if (t->p[i] == '"') {
					const char *q = open ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
					sb_grow(t, 2);
					memmove(t->p + i + 3, t->p + i + 1, t->n - i - 1);
					memcpy(t->p + i, q, 3);
					t->n += 2;
					i += 2;
					open = !open;
				}
		}
		r->sentences++;
		r->casualty += (unsigned long)cas;
		in_para++;
		if (t->n > 7900) /* stay under 8 KB */
			break;
	}

	/* title */
	const struct tmpl *tt = attack ? &T_TCAS[below(N(T_TCAS))] : &T_TORD[below(N(T_TORD))];
	expand(&r->title, tt, &d);

	news_url(&r->url, out->domain, d.pub, "news-", id);
	news_published(&r->published, d.pub);
}

/* ---------------------------------------------------------------- main */

static size_t setup(const char *places_tsv)
{
	load_places(places_tsv);
	compile_all();
	return nplaces;
}

int main(int argc, char **argv)
{
	return news_main(argc, argv, &(struct news_gen){"en", "English news", setup, make_record});
}
