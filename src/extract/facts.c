/* facts.c - what one sentence says besides its counts: which parties it
 * names and in what role (perpetrator, speaker, target), the weapon, and the
 * cues that make a figure an admission, an estimate or background. Who did
 * it is read from the words around each party's name (docs/extract.md). */
#include <string.h>

#include "extract/doc_impl.h"
#include "extract/num.h"

static const int weapon_rank[WEAPON_COUNT] = {
	[WEAPON_UNKNOWN] = 0, [WEAPON_GROUND] = 1, [WEAPON_SHOOTING] = 2, [WEAPON_EXECUTION] = 3,
	[WEAPON_EXPLOSION] = 4, [WEAPON_SHELLING] = 5, [WEAPON_AIRSTRIKE] = 6, [WEAPON_ROCKET] = 7,
	[WEAPON_MISSILE] = 8, [WEAPON_CHEMICAL] = 9, [WEAPON_BARREL_BOMB] = 10, [WEAPON_DRONE] = 11,
};

static int is_cat(const struct tok *t, int cat)
{
	return !t->in_phrase && t->cat == cat;
}

/* States named as actors ("Syria", "Turkey") are perpetrators only when an
 * attack word is next to them; otherwise they are places or speakers. */
static int state_name(const struct tok *t, const char *keys)
{
	return tok_is(t, keys, "syria") || (tok_is(t, keys, "syrian") && t->span <= 1) || tok_is(t, keys, "turkey") || tok_is(t, keys, "russia") ||
	       tok_is(t, keys, "israel") || tok_is(t, keys, "iran") || tok_is(t, keys, "turkiye") ||
	       tok_is(t, keys, "moscow") || tok_is(t, keys, "ankara") || tok_is(t, keys, "iraq") || tok_is(t, keys, "united states");
}

/* "killing", "shelling": a verb's gerund, no finite verb. */
static int cas_gerund_key(const struct tok *t, const char *keys)
{
	return t->key_len > 4 && memcmp(keys + t->key_off + t->key_len - 3, "ing", 3) == 0;
}

static int attackish(const struct tok *t)
{
	if (t->in_phrase)
		return 0;
	return t->weapon || t->cat == LX_WEAPON || t->cat == LX_ATTACK || t->cat == LX_KILL ||
	       t->cat == LX_INJURE;
}

/* Words before a name that make it a place: "in", "north", "eastern". */
static int place_word_before(const struct tok *t, const char *keys)
{
	static const char *const w[] = { "in", "into", "inside", "across", "throughout", "to", "north", "south",
					 "east", "west", "northern", "southern", "eastern", "western", "northeast",
					 "northwest", "southeast", "southwest", "northeastern", "northwestern",
					 "southeastern", "southwestern", "north-western", "north-eastern", "south-western",
					 "south-eastern", "north-west", "north-east", "south-west", "south-east", "central",
					 "rural", "of", "from", "near", NULL };
	return tok_in(t, keys, w);
}

/* Is the Arabic word t one of the list (spelled as written, folded here)? */
static int ar_word_in(const struct tok *t, const char *keys, const char *const *list)
{
	if (!(t->clitics & CL_ARABIC))
		return 0;
	for (; *list; list++) {
		size_t len = strlen(*list);
		if (t->key_len != len)
			continue;   /* written without harakat: folding keeps the length */
		char k[64];
		size_t n = lx_key(*list, len, k, sizeof k);
		if (tok_is_n(t, keys, k, n))
			return 1;
	}
	return 0;
}

/* Is the Arabic word t the noun w with at most proclitics before it
 * ("لجيش" is "جيش"), when the lexicon did not strip them? */
static int ar_stem_in(const struct tok *t, const char *keys, const char *const *list)
{
	if (!(t->clitics & CL_ARABIC) || t->type != TT_WORD)
		return 0;
	const char *k = keys + t->key_off;
	for (; *list; list++) {
		char w[64];
		size_t n = lx_key(*list, strlen(*list), w, sizeof w);
		if (t->key_len < n || memcmp(k + t->key_len - n, w, n) != 0)
			continue;
		size_t p = 0, pre = t->key_len - n;
		while (p + 1 < pre && (unsigned char)k[p] == 0xD9 &&
		       ((unsigned char)k[p + 1] == 0x88 || (unsigned char)k[p + 1] == 0x81 ||
			(unsigned char)k[p + 1] == 0x84 || (unsigned char)k[p + 1] == 0x83))
			p += 2;   /* و ف ل ك */
		while (p + 1 < pre && (((unsigned char)k[p] == 0xD8 && ((unsigned char)k[p + 1] == 0xA8 ||
									(unsigned char)k[p + 1] == 0xA7)) ||
				       ((unsigned char)k[p] == 0xD9 && (unsigned char)k[p + 1] == 0x84)))
			p += 2;   /* ب ا ل */
		if (p == pre && pre <= 8)
			return 1;
	}
	return 0;
}

/* Does the Arabic word t start with ل (not stripped by the lexicon)? */
static int ar_stem_is_li(const struct tok *t, const char *keys)
{
	const char *k = keys + t->key_off;
	if (t->clitics & CL_LI)
		return 1;
	if (t->key_len >= 2 && (unsigned char)k[0] == 0xD9 && (unsigned char)k[1] == 0x88)
		k += 2;   /* و */
	return (unsigned char)k[0] == 0xD9 && (unsigned char)k[1] == 0x84 ? CL_LI : 0;
}

/* The nouns a force is named with ("جيش الاحتلال التركي", "قوات حكومة"):
 * the party is their complement. */
static const char *const ar_force_heads[] = { "جيش", "قوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا",
					      "حكومة", "وحدات", "فصائل", "سلاح", NULL };

enum ar_role { AR_NONE, AR_PERP, AR_WEAK, AR_SPEAKER, AR_VICTIM };

/* The head of the phrase that ends just before token k: the token itself,
 * or the first word of the phrase covering it. */
static size_t phrase_head(const struct tok *t, size_t s0, size_t k)
{
	while (k > s0 && t[k].in_phrase)
		k--;
	return k;
}

/* The role of an actor named in Arabic at token a. Arabic names the
 * attack first and its author after it, as a noun's complement or an
 * adjective ("قصف قوات النظام", "غارات روسية", "الطيران الحربي الروسي",
 * "بقصف من قوات النظام", "من قبل طائرات التحالف"); a fighter's noun before
 * the party makes it the victims' ("عناصر من قسد", "في صفوف قوات النظام");
 * a verb of saying before it, the speaker ("قال الجيش التركي"). A party
 * joined by و to the one before ("طيران النظام وروسيا") has its role. A
 * state's name ("روسيا", "تركيا") is a place or a speaker unless an attack
 * word is next to it. */
static enum ar_role ar_actor_role(const struct tok *t, size_t s0, size_t s1, size_t a, const char *keys, int depth)
{
	static const char *const states[] = { "روسيا", "تركيا", "إسرائيل", "إيران", "أمريكا", "واشنطن", "موسكو",
					      "أنقرة", "الولايات المتحدة", NULL };
	static const char *const places[] = { "في", "إلى", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
					      "شرقي", "غربي", "بين", NULL };
	int state = ar_word_in(&t[a], keys, states);
	size_t after = a + (t[a].span ? t[a].span : 1);
	if (a == s0)
		return after < s1 && attackish(&t[after]) ? AR_PERP : state ? AR_NONE : AR_WEAK;
	size_t h = phrase_head(t, s0, a - 1);
	int force_victim = 0;   /* "مليشيات": a force, and fighters who may be the victims */
	int acts = after < s1 && attackish(&t[after]);   /* "ميليشيات قسد تستهدف" */
	int li = t[a].clitics & CL_LI;
	if (ar_stem_in(&t[h], keys, ar_force_heads) && (t[h].cat == LX_NONE || is_cat(&t[h], LX_VICTIM))) {
		force_victim = is_cat(&t[h], LX_VICTIM) && !acts;
		li |= ar_stem_is_li(&t[h], keys);
		if (h == s0)
			return acts ? AR_PERP : force_victim ? AR_VICTIM : AR_WEAK;
		h = phrase_head(t, s0, h - 1);   /* "يستهدف جيش الاحتلال التركي" */
	}
	if ((t[a].clitics & CL_WA) && is_cat(&t[h], LX_ACTOR) && depth < 4)
		return ar_actor_role(t, s0, s1, h, keys, depth + 1);   /* "النظام وروسيا" */
	if (is_cat(&t[h], LX_OF) && h > s0) {
		size_t h2 = phrase_head(t, s0, h - 1);
		if (is_cat(&t[h2], LX_VICTIM))
			return AR_VICTIM;   /* "عنصرين من داعش" */
		if (attackish(&t[h2]) && !is_cat(&t[h2], LX_KILL) && !is_cat(&t[h2], LX_INJURE))
			return AR_PERP;     /* "بقصف من قوات النظام" */
	}
	if (is_cat(&t[h], LX_BY))
		return AR_PERP;             /* "من قبل", "على يد" */
	for (size_t k = h + 1, n = 0; li && k > s0 && n < 3; k--, n++)
		if (attackish(&t[k - 1]) && !is_cat(&t[k - 1], LX_KILL) && !is_cat(&t[k - 1], LX_INJURE))
			return AR_PERP;     /* "قصف سابق لقوات الأسد": ل of the agent */
	if (force_victim && !attackish(&t[h]))
		return AR_VICTIM;           /* "مقتل ٣ من مليشيات قسد" */
	if (is_cat(&t[h], LX_VICTIM) || is_cat(&t[h], LX_TARGET))
		return AR_VICTIM;           /* "عناصر النظام", "مواقع قسد", "ضد داعش" */
	if (ar_word_in(&t[h], keys, places) && !(t[h].clitics & CL_WA))
		return after < s1 && attackish(&t[after]) && !state ? AR_PERP : AR_NONE;
	if (attackish(&t[h]))
		return AR_PERP;             /* "قصف قوات النظام", "غارات روسية", "قتلت قوات" */
	for (size_t k = a, n = 0; k > s0 && n < 4; k--, n++) {
		if (is_cat(&t[k - 1], LX_SAY))
			return AR_SPEAKER;   /* "أعلنت وزارة الدفاع التركية" */
		if (is_cat(&t[k - 1], LX_ACCUSE))
			return AR_PERP;      /* "اتهم ناشطون قوات النظام" */
	}
	if (after < s1 && attackish(&t[after]))
		return AR_PERP;             /* "قوات النظام تقصف" */
	for (size_t k = after; k < s1 && k < after + 3; k++)
		if (is_cat(&t[k], LX_SAY) || is_cat(&t[k], LX_DENY) || is_cat(&t[k], LX_ADMIT))
			return AR_SPEAKER;
	return state ? AR_NONE : AR_WEAK;
}

/* The role of the actor named at token a in the sentence [s0, s1). */
static void actor_role(const struct tok *t, size_t s0, size_t s1, size_t a, const char *keys, struct facts *f)
{
	unsigned bit = 1u << t[a].value;
	if (t[a].clitics & CL_ARABIC) {
		switch (ar_actor_role(t, s0, s1, a, keys, 0)) {
		case AR_PERP: f->perp_strong |= bit; break;
		case AR_WEAK: f->perp_weak |= bit; break;
		case AR_SPEAKER: f->speakers |= bit; break;
		case AR_VICTIM: f->victims_of |= bit; break;
		default: break;
		}
		return;
	}
	size_t after = a + (t[a].span ? t[a].span : 1);
	if (t[a].value == BEL_UNKNOWN && t[a].span >= 3) {
		f->perp_unknown = 1;   /* "it was not clear who carried out the strike" */
		return;
	}
	if (tok_is(&t[a], keys, "sana")) {
		f->speakers |= bit;   /* a news agency reports; it attacks no one */
		return;
	}
	/* skip "forces", "'s", "army" style heads after the actor */
	while (after < s1 && after < a + 4 &&
	       (tok_is(&t[after], keys, "forces") || tok_is(&t[after], keys, "military") ||
		tok_is(&t[after], keys, "army") || tok_is(&t[after], keys, "troops") ||
		tok_is(&t[after], keys, "militias") || tok_is(&t[after], keys, "militia") ||
		tok_is(&t[after], keys, "government") || tok_is(&t[after], keys, "the") ||
		tok_is(&t[after], keys, "air") || tok_is(&t[after], keys, "-led") ||
		tok_is(&t[after], keys, "military-led") || is_cat(&t[after], LX_ACTOR)))
		after++;
	size_t before = a;
	while (before > s0 && before + 3 > a &&
	       (tok_is(&t[before - 1], keys, "the") || tok_is(&t[before - 1], keys, "a") ||
		tok_is(&t[before - 1], keys, "an")))
		before--;
	/* the word before is the head of the phrase that ends there ("blamed on") */
	while (before > s0 + 1 && t[before - 1].in_phrase)
		before--;
	/* "attribute the strike to the coalition" */
	if (before > s0 && tok_is(&t[before - 1], keys, "to")) {
		for (size_t k = before - 1; k > s0 && k + 5 > before; k--)
			if (tok_is(&t[k - 1], keys, "attribute") || tok_is(&t[k - 1], keys, "attributed") ||
			    tok_is(&t[k - 1], keys, "attributes") || tok_is(&t[k - 1], keys, "attributing")) {
				f->perp_strong |= bit;
				return;
			}
	}
	/* "the Assad clan's hometown", "Assad's father": a family or a home,
	 * not a force */
	static const char *const kin[] = { "clan", "clans", "family", "families", "hometown", "home", "birthplace",
					   "father", "brother", "sect", "mausoleum", "relatives", "wife", NULL };
	if (a + 1 < s1 && tok_in(&t[a + 1], keys, kin))
		return;
	int is_state = state_name(&t[a], keys);
	/* a state's own heads before an attack word: "Syria army shelling",
	 * "Syria regime air strikes" (heads: how many, "air" aside) */
	size_t own = a + (t[a].span ? t[a].span : 1);
	int heads = 0;
	while (own < s1 && own < a + 4 &&
	       (tok_is(&t[own], keys, "army") || tok_is(&t[own], keys, "military") || tok_is(&t[own], keys, "air") ||
		tok_is(&t[own], keys, "armed") || tok_is(&t[own], keys, "forces") ||
		tok_is(&t[own], keys, "government") || tok_is(&t[own], keys, "troops") ||
		(is_cat(&t[own], LX_ACTOR) && t[own].value == t[a].value))) {
		heads += !tok_is(&t[own], keys, "air");
		own++;
	}
	if ((is_state & 1) && heads && own < s1 && attackish(&t[own]) && !is_cat(&t[own], LX_KILL) &&
	    !is_cat(&t[own], LX_INJURE)) {
		f->perp_strong |= bit;   /* "in Syria army shelling of a rebel town" */
		return;
	}
	if (before > s0 && place_word_before(&t[before - 1], keys))
		is_state |= 2;   /* "in north Syria": a place here */
	if (is_state & 2) {
		if (after < s1 && attackish(&t[after]) && !(is_state & 1))
			f->perp_strong |= bit;   /* "in a Russian airstrike", "in regime bombing" */
		return;
	}

	/* victims: "40 government forces", "ISIS members", "regime soldiers", "against ISIS" */
	size_t last = a + (t[a].span ? t[a].span : 1) - 1;
	if (a > s0 && t[a - 1].has_num && !(t[a - 1].num_flags & NUM_YEARLIKE) &&
	    (tok_is(&t[last], keys, "forces") || tok_is(&t[last], keys, "troops") ||
	     (after < s1 && is_cat(&t[after], LX_VICTIM)))) {
		f->victims_of |= bit;
		return;
	}
	/* "ISIL terrorists massacred 250 troops", "ISIS fighters shelled the
	 * town": the fighters act; "land mines planted by the Daesh terrorist
	 * group": "by" names the author */
	if (after < s1 && is_cat(&t[after], LX_VICTIM)) {
		size_t v = after + (t[after].span ? t[after].span : 1);
		while (v < s1 && v < after + 4 && (is_cat(&t[v], LX_AUX) || tok_is(&t[v], keys, "have") ||
						   tok_is(&t[v], keys, "has")))
			v++;
		int acts = v < s1 && attackish(&t[v]) && !is_cat(&t[v], LX_INJURE);
		if (acts && is_cat(&t[v], LX_KILL))   /* "killed 5 people", not "killed in a raid" */
			acts = v + 1 < s1 && !cas_gerund_key(&t[v], keys) &&
			       (t[v + 1].has_num || is_cat(&t[v + 1], LX_VICTIM) || tok_is(&t[v + 1], keys, "the"));
		if (acts && v > after + (t[after].span ? t[after].span : 1))
			acts = !is_cat(&t[v - 1], LX_AUX);   /* "ISIS members were killed": passive */
		if ((acts && !state_name(&t[a], keys)) || (before > s0 && tok_is(&t[before - 1], keys, "by"))) {
			f->perp_strong |= bit;
			return;
		}
		f->victims_of |= bit;
		return;
	}
	if (after < s1 && is_cat(&t[after], LX_TARGET)) {   /* "ISIS positions" */
		f->victims_of |= bit;
		return;
	}
	if (before > s0 + 1 && is_cat(&t[before - 2], LX_TARGET) && t[before - 1].type == TT_WORD &&
	    t[before - 1].cat == LX_NONE) {
		f->victims_of |= bit;   /* "against purported ISIS targets" */
		return;
	}
	if (before > s0 && (is_cat(&t[before - 1], LX_TARGET) || is_cat(&t[before - 1], LX_OF) ||
			    tok_is(&t[before - 1], keys, "on") || tok_is(&t[before - 1], keys, "in") ||
			    tok_is(&t[before - 1], keys, "into") || tok_is(&t[before - 1], keys, "with") ||
			    tok_is(&t[before - 1], keys, "from"))) {
		if (is_cat(&t[before - 1], LX_OF) && before >= s0 + 2 && attackish(&t[before - 2]))
			f->perp_strong |= bit;   /* "the airstrikes of the coalition" */
		else if (!is_state && tok_is(&t[before - 1], keys, "from") && after < s1 && attackish(&t[after]))
			f->perp_strong |= bit;
		else if (!is_state && is_cat(&t[before - 1], LX_OF) == 0 && !is_cat(&t[before - 1], LX_TARGET) &&
			 after < s1 && attackish(&t[after]))
			f->perp_strong |= bit;   /* "in a Russian airstrike" */
		else
			f->victims_of |= is_cat(&t[before - 1], LX_TARGET) ? bit : 0;
		return;
	}
	int speaks = 0;
	for (size_t k = after; k < s1 && k < after + 3; k++)
		if (is_cat(&t[k], LX_SAY) || is_cat(&t[k], LX_ACCUSE) || is_cat(&t[k], LX_DENY) ||
		    is_cat(&t[k], LX_ADMIT) || tok_is(&t[k], keys, "ministry") || tok_is(&t[k], keys, "spokesman") ||
		    tok_is(&t[k], keys, "spokesperson") || tok_is(&t[k], keys, "media") ||
		    tok_is(&t[k], keys, "news") || tok_is(&t[k], keys, "officials") ||
		    tok_is(&t[k], keys, "television") || tok_is(&t[k], keys, "tv") ||
		    tok_is(&t[k], keys, "channel") || tok_is(&t[k], keys, "agency") ||
		    tok_is(&t[k], keys, "newspaper"))
			speaks = 1;
	/* "Daesh claimed responsibility for the attack", "IS claims the bombing":
	 * the party owns it */
	for (size_t k = after; k + 1 < s1 && k < after + 8; k++) {
		if (is_cat(&t[k], LX_SAY) && !(tok_is(&t[k], keys, "claimed") || tok_is(&t[k], keys, "claims") ||
						tok_is(&t[k], keys, "claim") || tok_is(&t[k], keys, "claiming")))
			break;
		if ((tok_is(&t[k], keys, "claimed") || tok_is(&t[k], keys, "claims") || tok_is(&t[k], keys, "claim") ||
		     tok_is(&t[k], keys, "claiming") || tok_is(&t[k], keys, "took") || tok_is(&t[k], keys, "takes")) &&
		    (tok_is(&t[k + 1], keys, "responsibility") ||
		     (k + 2 < s1 && tok_is(&t[k + 1], keys, "the") && attackish(&t[k + 2])) || attackish(&t[k + 1]))) {
			f->perp_strong |= bit;
			return;
		}
	}
	/* "reported by Syrian state media", "announced by the army": a source
	 * ("claimed by ISIS" is a perpetrator: it claimed the attack) */
	if (before > s0 + 1 && tok_is(&t[before - 1], keys, "by")) {
		int outlet = 0;
		for (size_t k = after; k < s1 && k < after + 2; k++)
			outlet |= tok_is(&t[k], keys, "media") || tok_is(&t[k], keys, "television") ||
				  tok_is(&t[k], keys, "tv") || tok_is(&t[k], keys, "channel") ||
				  tok_is(&t[k], keys, "agency") || tok_is(&t[k], keys, "news") ||
				  tok_is(&t[k], keys, "newspaper");
		if (outlet || (is_cat(&t[before - 2], LX_SAY) && !tok_is(&t[before - 2], keys, "claimed"))) {
			f->speakers |= bit;
			return;
		}
	}
	/* perpetrators: "by the coalition", "blamed on", "accused the coalition" */
	if (before > s0 && (is_cat(&t[before - 1], LX_BY) || is_cat(&t[before - 1], LX_ACCUSE))) {
		/* a bare "by" only after an attack: "shelled by", "airstrikes by"
		 * (not "taken over by the Syrian army") */
		size_t b = before - 1;
		int attack = !tok_is(&t[b], keys, "by");
		for (size_t k = b; k > s0 && k + 4 > b && !attack; k--)
			attack = attackish(&t[k - 1]);
		if (attack)
			f->perp_strong |= bit;
		else if (!(is_state & 1))
			f->perp_weak |= bit;
		return;
	}
	/* speakers: "the coalition said", "according to the SDF" */
	if (before > s0 && is_cat(&t[before - 1], LX_SAY)) {
		f->speakers |= bit;
		return;
	}
	if ((is_state & 1) && !(a + 1 < s1 && attackish(&t[a + 1]))) {
		/* a state's name is a place unless an attack word follows it at
		 * once ("Turkey shelled"): "IDLIB, Syria - Air strikes ..." */
		if (speaks)
			f->speakers |= bit;
		return;
	}
	if (after + 1 < s1 && tok_is(&t[after], keys, "and"))
		for (size_t k = after + 1; k < s1 && k <= after + 3; k++)
			if (attackish(&t[k]) && !is_cat(&t[k], LX_KILL) && !is_cat(&t[k], LX_INJURE)) {
				f->perp_strong |= bit;   /* "Turkish forces and allied mercenaries bombed" */
				return;
			}
	if (after < s1 && attackish(&t[after])) {
		f->perp_strong |= bit;   /* "coalition airstrikes", "Turkish drone", "regime forces shelled" */
		if (speaks)
			f->speakers |= bit;
		return;
	}
	if (a > s0 && attackish(&t[a - 1]) && !t[a - 1].in_phrase && t[a - 1].cat != LX_KILL &&
	    t[a - 1].cat != LX_INJURE) {
		f->perp_strong |= bit;   /* "airstrike coalition" (headlines) */
		return;
	}
	if (speaks) {
		f->speakers |= bit;
		return;
	}
	if (!is_state)
		f->perp_weak |= bit;
}

static void sentence_facts(const struct tok *t, const struct sentence *s, const char *keys, struct facts *f)
{
	memset(f, 0, sizeof *f);
	f->weapon = -1;
	f->place = -1;
	f->when = -1;
	for (size_t i = s->tok0; i < s->tok1; i++) {
		const struct tok *w = &t[i];
		if (w->weapon) {
			int wp = w->weapon - 1;
			if (f->weapon < 0 || weapon_rank[wp] > weapon_rank[f->weapon])
				f->weapon = wp;
		}
		if (w->in_phrase)
			continue;
		switch (w->cat) {
		case LX_ACTOR:
			actor_role(t, s->tok0, s->tok1, i, keys, f);
			break;
		case LX_INFRA:
			f->infra |= 1u << w->value;
			break;
		case LX_CUMUL: f->cumul = 1; break;
		case LX_ESTIMATE: case LX_MONITOR: f->documented = 1; break;
		case LX_CONFLICT: f->conflict = 1; break;
		case LX_ADMIT: f->admit = 1; break;
		case LX_DENY: f->deny = 1; break;
		case LX_ACCUSE: f->accuse = 1; break;
		case LX_ATTACK: case LX_WEAPON: f->attack = 1; break;
		case LX_BACKGROUND: f->background = 1; break;
		case LX_KILL: case LX_INJURE: case LX_HARM: case LX_MISSING: case LX_TOLL: f->harm = 1; break;
		default: break;
		}
	}
	/* a party that says "it had carried out a strike" owns it */
	for (size_t i = s->tok0; i + 2 < s->tok1; i++)
		if (tok_is(&t[i], keys, "it") || tok_is(&t[i], keys, "its")) {
			for (size_t k = i + 1; k < s->tok1 && k <= i + 3; k++)
				if (tok_is(&t[k], keys, "carried") || tok_is(&t[k], keys, "conducted") ||
				    tok_is(&t[k], keys, "launched") || (t[k].cat == LX_ATTACK && !t[k].in_phrase))
					f->perp_strong |= f->speakers & ~f->victims_of;
		}
	/* a party that denies is the one accused: "the Russian defence ministry
	 * denied that its aircraft had flown over Idlib" */
	if (f->deny && (f->attack || f->harm))
		f->perp_strong |= f->speakers & ~f->victims_of;
	/* "عملية إنزال لطائرات أمريكية": an airborne landing is a ground raid;
	 * the aircraft named with it carried the troops */
	static const char *const landing[] = { "إنزال", NULL };
	for (size_t i = s->tok0; i < s->tok1 && f->weapon == WEAPON_AIRSTRIKE; i++)
		if (ar_word_in(&t[i], keys, landing))
			f->weapon = WEAPON_GROUND;
	/* "regime and Russian planes fly here, but it is not known which
	 * carried out the strike": the parties named are only suspects */
	if (f->perp_unknown)
		f->perp_strong = 1u << BEL_UNKNOWN;
	if (f->weapon == WEAPON_UNKNOWN)
		f->weapon = -1;
}

void facts_fill(struct doc *d)
{
	for (size_t i = 0; i < d->ns; i++) {
		struct facts *f = &d->facts[i];
		sentence_facts(d->t, &d->sent[i], d->keys, f);
		f->place = where_best(d, d->sent[i].start, d->sent[i].end);
	}
	/* a "Related news" / "Read also" heading: the short lines after it are
	 * links to other events, up to the next long paragraph */
	int links = 0;
	for (size_t i = 0; i < d->ns; i++) {
		const struct sentence *se = &d->sent[i];
		size_t ntok = se->tok1 - se->tok0;
		if (links && ntok > 45)
			links = 0;
		if (links)
			d->facts[i].background = 1;
		if (ntok <= 4 && d->facts[i].background)
			links = 1;
	}
}
