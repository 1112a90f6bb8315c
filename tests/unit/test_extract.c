/* test_extract.c - claims out of English reports: counts as ranges with
 * their victims, breakdowns, tolls, negation; kinds (incident, admission,
 * estimate, infrastructure, context); perpetrator apart from speaker;
 * weapon, place and date; the main claim. The texts are written for these
 * tests, with the constructions of the article the project started from. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "extract/extract.h"
#include "gazetteer/gazetteer.h"
#include "extract_fx.h"

static size_t run(const char *text, const char *published, const struct claim **c)
{
	struct extract_input in = { text, strlen(text), NULL, published, "en" };
	return extract_doc(ex, scr, &in, c);
}

static const struct claim *main_claim(const struct claim *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (c[i].main)
			return &c[i];
	return NULL;
}

static const struct claim *of_kind(const struct claim *c, size_t n, enum claim_kind k, size_t nth)
{
	for (size_t i = 0; i < n; i++)
		if (c[i].kind == k && nth-- == 0)
			return &c[i];
	return NULL;
}

#define assert_range(r, lo, hi) do { \
	assert_int_equal((r).min, (lo)); \
	assert_int_equal((r).max, (hi)); \
} while (0)

static const struct claim *only_main(const char *text, const char *published)
{
	const struct claim *c;
	size_t n = run(text, published, &c);
	const struct claim *m = main_claim(c, n);
	assert_non_null(m);
	return m;
}

static void quote_is(const char *text, const struct claim *c, const char *want)
{
	char got[512];
	snprintf(got, sizeof got, "%.*s", (int)(c->end - c->start), text + c->start);
	assert_string_equal(got, want);
}

/* ------------------------------------------------------------ counts */

static void count_after_verb(void **state)
{
	(void)state;
	const char *t = "Warplanes struck the market, killing at least 43 people.";
	const struct claim *m = only_main(t, NULL);
	assert_range(m->civilians_killed, 43, 43);
	assert_range(m->killed, 43, 43);
	assert_int_equal(m->status, VICTIM_CIVILIAN);
	quote_is(t, m, "killing at least 43 people");
}

static void count_before_verb_and_breakdown(void **state)
{
	(void)state;
	const char *t = "Twelve civilians, including five children and two women, were killed when shells hit the town.";
	const struct claim *m = only_main(t, NULL);
	assert_range(m->civilians_killed, 12, 12);
	assert_range(m->children_killed, 5, 5);
	assert_range(m->women_killed, 2, 2);
	assert_int_equal(m->weapon, WEAPON_SHELLING);
}

static void words_ranges_and_vague(void **state)
{
	(void)state;
	assert_range(only_main("Forty-three people were killed in the air raid.", NULL)->civilians_killed, 43, 43);
	assert_range(only_main("Between 10 and 15 civilians died in the shelling.", NULL)->civilians_killed, 10, 15);
	assert_range(only_main("Dozens of civilians were killed by the barrel bombs.", NULL)->civilians_killed, 24,
		     RANGE_UNKNOWN);
	assert_range(only_main("The bombing killed more than 20 people.", NULL)->civilians_killed, 21, 21);
	assert_range(only_main("A car bomb killed a dozen people.", NULL)->civilians_killed, 12, 12);
}

static void articles_and_coordination(void **state)
{
	(void)state;
	const struct claim *m = only_main("The shelling injured a woman and a child on the farm.", NULL);
	assert_range(m->civilians_injured, 2, 2);
	assert_false(range_known(m->civilians_killed));
	m = only_main("A drone strike killed a family of five.", NULL);
	assert_range(m->civilians_killed, 5, 5);
	assert_int_equal(m->weapon, WEAPON_DRONE);
	m = only_main("Two brothers were killed by sniper fire.", NULL);
	assert_range(m->civilians_killed, 2, 2);
	assert_range(m->men_killed, 2, 2);
}

/* A headline's "kills 30 injures 90" without commas: each verb governs
 * the count right after it. "claimed the lives of at least 12 children": a
 * phrase's head is the casualty word. */
static void verb_count_verb_count(void **state)
{
	(void)state;
	const struct claim *m = only_main("Car bomb in market kills 12 injures 40", NULL);
	assert_range(m->civilians_killed, 12, 12);
	assert_range(m->civilians_injured, 40, 40);
	m = only_main("A suicide bomber killed 9 people wounded 31 near the bakery.", NULL);
	assert_range(m->civilians_killed, 9, 9);
	assert_range(m->civilians_injured, 31, 31);
	/* ... and the noun after the second count is both counts' */
	m = only_main("Kurdish fighters kill 83 injure 100 ISIS militants near Afrin", NULL);
	assert_range(m->combatants_killed, 83, 83);
	assert_false(range_known(m->civilians_killed));
	m = only_main("Shelling Kills Three Injures Seven in Homs", NULL);
	assert_range(m->civilians_killed, 3, 3);
	assert_range(m->civilians_injured, 7, 7);
	/* killed and injured together: casualties, not said which; the body's
	 * figures then complete the headline */
	m = only_main("At Least 48 Killed and Injured in Mortar Attacks in Aleppo. Three people were killed and 45 were "
		      "injured when shells hit the city.", NULL);
	assert_range(m->civilians_killed, 3, 3);
	m = only_main("Mines have killed and wounded hundreds of civilians in the town.", NULL);
	assert_false(range_known(m->civilians_killed));
	assert_false(range_known(m->civilians_injured));
	/* a verb far off that has a count of its own is not this count's */
	m = only_main("Raids killed 14 fighters 5 civilians overnight, as coalition jets killed 14 fighters and five "
		      "civilians in Hasakeh.", NULL);
	assert_range(m->civilians_killed, 5, 5);
	m = only_main("The group crucified nine men in the town on Saturday after it executed and crucified nine men, "
		      "eight of them rebels.", NULL);
	assert_range(m->combatants_killed, 8, 8);
	assert_range(m->killed, 9, 9);
	/* "have been" is skipped whole between a count and its verb */
	m = only_main("84 people have been killed and another 659 injured in four days of fighting.", NULL);
	assert_range(m->civilians_killed, 84, 84);
	assert_range(m->civilians_injured, 659, 659);
	m = only_main("The strike claimed the lives of at least 12 children while 40 people were injured.", NULL);
	assert_range(m->children_killed, 12, 12);
	assert_range(m->civilians_killed, 12, 12);
	assert_range(m->civilians_injured, 40, 40);
}

static void killed_and_injured(void **state)
{
	(void)state;
	const struct claim *m = only_main("The strike killed four people and wounded several others.", NULL);
	assert_range(m->civilians_killed, 4, 4);
	/* "several" is no figure: injured people, not counted */
	assert_false(range_known(m->civilians_injured));
	m = only_main("A woman was killed and four members of one family were injured in the shelling.", NULL);
	assert_range(m->civilians_killed, 1, 1);
	assert_range(m->civilians_injured, 4, 4);
}

static void parts_and_named_people(void **state)
{
	(void)state;
	/* a part named after the total, "of them" */
	const struct claim *m = only_main("A car bomb killed seven people, two of them women, in the market.", NULL);
	assert_range(m->civilians_killed, 7, 7);
	assert_range(m->women_killed, 2, 2);
	/* children among a toll are a breakdown; civilians among it are a part */
	m = only_main("Four children were among the 28 dead in the overnight airstrikes.", NULL);
	assert_range(m->civilians_killed, 28, 28);
	assert_range(m->children_killed, 4, 4);
	m = only_main("Six civilians were among at least 22 people killed in the air strikes.", NULL);
	assert_range(m->civilians_killed, 6, 6);
	assert_range(m->killed, 22, 22);
	/* ... also with their own breakdown between */
	m = only_main("Six civilians including a child were among at least 22 people killed in the air strikes.", NULL);
	assert_range(m->civilians_killed, 6, 6);
	assert_range(m->killed, 22, 22);
	assert_range(m->children_killed, 1, 1);
	/* medics among the dead say nothing of the others: all are civilians */
	m = only_main("Two medics were among at least 31 people killed in the shelling.", NULL);
	assert_range(m->civilians_killed, 31, 31);
	assert_false(range_known(m->combatants_killed));
	m = only_main("The shelling killed 31 people including two medics.", NULL);
	assert_range(m->civilians_killed, 31, 31);
	/* people named with their ages add up, each with a verb of their own */
	m = only_main("Samir Haddad, 45, was seriously injured, and Lina Haddad, 11, was killed by the shell.", NULL);
	assert_range(m->civilians_injured, 1, 1);
	assert_range(m->civilians_killed, 1, 1);
	assert_range(m->children_killed, 1, 1);
	m = only_main("The drone strike injured Karim Daher, 20, Nour Daher, 32, and Salim Daher, 42.", NULL);
	assert_range(m->civilians_injured, 3, 3);
	/* a headline's bare nouns after a verb in the past */
	m = only_main("Turkish shelling injured elder woman and young girl", NULL);
	assert_range(m->civilians_injured, 2, 2);
	/* a person named without an age */
	m = only_main("Mahmoud al-Rashid was shot dead at a checkpoint near Daraa.", NULL);
	assert_range(m->civilians_killed, 1, 1);
	/* a source is no victim */
	m = only_main("The strike killed three people, a local doctor said.", NULL);
	assert_range(m->civilians_killed, 3, 3);
}

static void combatants_apart(void **state)
{
	(void)state;
	const struct claim *m =
		only_main("Two fighters and three civilians were killed in clashes near the town.", NULL);
	assert_range(m->civilians_killed, 3, 3);
	assert_range(m->combatants_killed, 2, 2);
	assert_range(m->killed, 5, 5);
	assert_int_equal(m->status, VICTIM_MIXED);
}

static void toll_update(void **state)
{
	(void)state;
	const struct claim *c;
	size_t n = run("A car bomb exploded in the market on Monday. The death toll rose to 30.", "2017-04-05", &c);
	const struct claim *m = main_claim(c, n);
	assert_non_null(m);
	assert_range(m->civilians_killed, 30, 30);
	assert_int_equal(m->weapon, WEAPON_EXPLOSION);
}

static void negation(void **state)
{
	(void)state;
	const struct claim *m = only_main("The coalition struck an ISIS position near the dam; no civilians were hurt.", NULL);
	assert_range(m->civilians_killed, 0, 0);
	assert_range(m->civilians_injured, 0, 0);
	/* who was struck is not who struck */
	assert_int_equal(m->belligerents, 1u << BEL_COALITION);
}

static void harm_without_figure(void **state)
{
	(void)state;
	const struct claim *m = only_main("Russian airstrikes killed civilians in Idlib on Tuesday.", "2019-05-09");
	assert_false(range_known(m->civilians_killed));
	assert_int_equal(m->belligerents, 1u << BEL_RUSSIA);
	assert_int_equal(m->weapon, WEAPON_AIRSTRIKE);
	assert_string_equal(m->governorate, "Idlib");
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.day, 7);
}

static void no_claim(void **state)
{
	(void)state;
	const struct claim *c;
	assert_int_equal(run("The ministers met in Geneva to discuss the constitution.", NULL, &c), 0);
	assert_int_equal(run("Log in to Facebook to see this post. Shared with Public.", NULL, &c), 0);
	assert_int_equal(run("", NULL, &c), 0);
}

/* ------------------------------------------------------------ Arabic */

/* The words are found as written: harakat, tatweel and the forms of alef
 * and ta marbuta vary; proclitics (و ب ل ال) are stripped for the lookup. */
static void arabic_keys_and_clitics(void **state)
{
	(void)state;
	const char *t = "وأسفر القصف المدفعيّ عن مقـتل ٣ مدنيين وإصابة ٥ آخرين في بلدة كفرنبل.";
	const struct claim *m = only_main(t, NULL);
	assert_range(m->civilians_killed, 3, 3);
	assert_range(m->civilians_injured, 5, 5);
	assert_int_equal(m->weapon, WEAPON_SHELLING);
	quote_is(t, m, "مقـتل ٣ مدنيين وإصابة ٥ آخرين");
	/* "للمدنيين" is ل + ال + مدنيين; "اصابة" without hamza is "إصابة" */
	m = only_main("قذيفة تؤدي الى اصابة 4 من المدنيين في المدينة", NULL);
	assert_range(m->civilians_injured, 4, 4);
}

/* The casualty word before its count ("مقتل ٣"), a count before a casualty
 * noun ("٤ قتلى و٧ جرحى"), the verb first ("أصيب اليوم ٣ مدنيين"). */
static void arabic_word_orders(void **state)
{
	(void)state;
	const struct claim *m = only_main("قصف صاروخي يخلّف ٤ قتلى و٧ جرحى في مدينة إدلب", NULL);
	assert_range(m->civilians_killed, 4, 4);
	assert_range(m->civilians_injured, 7, 7);
	assert_int_equal(m->weapon, WEAPON_MISSILE);
	m = only_main("أصيب اليوم الجمعة 3 مدنيين بقصف للطيران الحربي الروسي على البلدة", "2024-03-10");
	assert_range(m->civilians_injured, 3, 3);
	assert_false(range_known(m->civilians_killed));
	assert_int_equal(m->belligerents, 1u << BEL_RUSSIA);
	assert_int_equal(m->weapon, WEAPON_AIRSTRIKE);
	assert_int_equal(m->date.day, 8);
	m = only_main("قال مراسل إن 9 على الأقل قُتلوا، وأصيب 21 جراء قصف جوي على السوق", NULL);
	assert_range(m->civilians_killed, 9, 9);
	assert_range(m->civilians_injured, 21, 21);
	/* the toll given: "ارتفعت الحصيلة إلى" */
	m = only_main("ارتفعت حصيلة ضحايا القصف على السوق الشعبي إلى ١٥ مدنياً", NULL);
	assert_range(m->civilians_killed, 15, 15);
}

/* Duals count two, a singular noun one where it is a count: after the
 * casualty word, after "بينهم", joined by و to a count, with a casualty
 * adjective; a number may follow its noun. */
static void arabic_duals_and_singulars(void **state)
{
	(void)state;
	const struct claim *m = only_main("استشهد طفلان وامرأة وأصيب مواطن بجروح جراء غارة جوية على القرية.", NULL);
	assert_range(m->civilians_killed, 3, 3);
	assert_range(m->children_killed, 2, 2);
	assert_range(m->women_killed, 1, 1);
	assert_range(m->civilians_injured, 1, 1);
	m = only_main("مقتل ٦ مدنيين بينهم طفل وإصابة آخرين بغارات على المدينة", NULL);
	assert_range(m->civilians_killed, 6, 6);
	assert_range(m->children_killed, 1, 1);
	m = only_main("سقوط شهيد وعدد من الجرحى إثر قصف على بلدة سرمين", NULL);
	assert_range(m->civilians_killed, 1, 1);
	assert_false(range_known(m->civilians_injured));
	m = only_main("طفل جريح جراء قصف بالصواريخ على الحي", NULL);
	assert_range(m->civilians_injured, 1, 1);
	m = only_main("مقتل مدنيين اثنين بقصف من قوات النظام على البلدة", NULL);
	assert_range(m->civilians_killed, 2, 2);
	assert_int_equal(m->belligerents, 1u << BEL_SYRIAN_GOV);
	/* a word cut with tatweel; a second victim joined by و after a name and an age */
	m = only_main("ما أدى لاستـ ـشهـ ـاد المواطن سامي خالد (30 عاماً) والطفلة ريم خالد (9 أعوام) بقصف على القرية", NULL);
	assert_range(m->civilians_killed, 2, 2);
	assert_range(m->children_killed, 1, 1);
	/* "the two citizens A and the citizen B": two, named */
	m = only_main("وأصيب المواطنان سامي خالد والمواطن رامي خالد بجروح في القصف", NULL);
	assert_range(m->civilians_injured, 2, 2);
	/* a person named in quotes after the casualty word */
	m = only_main("مقتل \"سامي الخالد\" برصاص مسلحين مجهولين في المدينة", NULL);
	assert_range(m->civilians_killed, 1, 1);
	/* a plural without a figure: harm, no count */
	m = only_main("مقتل وإصابة عدد من المدنيين بقصف لقوات النظام على البلدة", NULL);
	assert_false(range_known(m->civilians_killed));
	assert_int_equal(m->belligerents, 1u << BEL_SYRIAN_GOV);
	/* an age is no count */
	m = only_main("أسفر القصف عن إصابة الطفل أحمد 12 عاماً بجروح", NULL);
	assert_range(m->civilians_injured, 1, 1);
	assert_range(m->children_killed, RANGE_UNKNOWN, RANGE_UNKNOWN);
}

/* The sentence before a casualty sentence is read even across a blank
 * line: it often names who attacked. */
static void sentence_before_across_blank_line(void **state)
{
	(void)state;
	const char *t = "Local News\n\nTuesday\n\nTurkish forces targeted the village of Mazin at noon.\n\n"
			"According to locals, a boy was wounded.";
	assert_int_equal(only_main(t, NULL)->belligerents, 1u << BEL_TURKEY);
}

static void arabic_none_hurt(void **state)
{
	(void)state;
	const struct claim *m = only_main("سقطت قذيفة على حي سكني في المدينة دون وقوع إصابات.", NULL);
	assert_range(m->civilians_killed, 0, 0);
	assert_range(m->civilians_injured, 0, 0);
	m = only_main("استهدفت مسيرة سيارة على الطريق، ولم ترد أنباء عن إصابات بشرية.", NULL);
	assert_range(m->civilians_injured, 0, 0);
}

/* A date a few lines before the casualty sentence is borrowed when fewer
 * than 300 characters (not bytes) stand between; "قبل قليل" is today. */
static void arabic_dates(void **state)
{
	(void)state;
	const char *t = "قصفت قوات النظام اليوم الأحد بلدة كفرنبل بالمدفعية الثقيلة.\n"
			"وكانت المنطقة تشهد حركة نزوح واسعة للأهالي نحو المخيمات الحدودية بسبب الظروف المعيشية "
			"الصعبة وغياب الخدمات الأساسية عن معظم القرى والبلدات المجاورة منذ أشهر طويلة.\n"
			"وأسفر القصف عن مقتل مدني.";
	const struct claim *m = only_main(t, "2024-03-12");
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.day, 10);
	m = only_main("أنباء عن شهيد في مدينة بنش قبل قليل إثر قصف من النظام", "2024-11-23");
	assert_int_equal(m->date.day, 23);
	assert_range(m->civilians_killed, 1, 1);
}

/* The party after the attack, as a complement or an adjective; a fighter's
 * noun before it makes it the victims'; a verb of saying, the speaker. */
static void arabic_parties(void **state)
{
	(void)state;
	assert_int_equal(only_main("مقتل ٣ مدنيين بغارات روسية على ريف إدلب", NULL)->belligerents, 1u << BEL_RUSSIA);
	assert_int_equal(only_main("قُتل شاب جراء استهدافه من قبل طائرات التحالف الدولي", NULL)->belligerents,
			 1u << BEL_COALITION);
	assert_int_equal(only_main("أصيب مزارعان بقصف مدفعي للجيش التركي على القرية", NULL)->belligerents,
			 1u << BEL_TURKEY);
	assert_int_equal(only_main("قضى مدنيان بقصف لقوات النظام وروسيا على البلدة", NULL)->belligerents,
			 1u << BEL_SYRIAN_GOV | 1u << BEL_RUSSIA);
	assert_int_equal(only_main("أصيب طفلان بانفجار مخلفات قصف سابق لقوات الأسد في المدينة", NULL)->belligerents,
			 1u << BEL_SYRIAN_GOV);
	assert_int_equal(only_main("يستهدف جيش الاحتلال التركي القرية بالمدفعية، ما أدى لإصابة مدني", NULL)->belligerents,
			 1u << BEL_TURKEY);
	assert_int_equal(only_main("ميليشيات قسد تستهدف منزلاً بصاروخ موجه وسقوط جرحى", NULL)->belligerents,
			 1u << BEL_SDF);
	/* an airborne landing is a ground raid, whatever carried the troops */
	assert_int_equal(only_main("مقتل 3 أشخاص في عملية إنزال لطائرات أمريكية في البلدة", NULL)->weapon, WEAPON_GROUND);
	const struct claim *m = only_main("قال الجيش التركي إن غارة لطائرة مسيرة قتلت عنصرين من قسد", NULL);
	assert_int_equal(m->speaker, BEL_TURKEY);
	assert_int_equal(m->weapon, WEAPON_DRONE);
	assert_range(m->combatants_killed, 2, 2);
	assert_false(range_known(m->civilians_killed));
}

/* ------------------------------------------------------------ who, where, when */

static void perpetrator_apart_from_speaker(void **state)
{
	(void)state;
	const char *t = "In a letter on Sunday, Syria accused the US-led coalition of killing at least 43 people "
			"in an air raid on Raqqa.";
	const struct claim *m = only_main(t, "2017-05-02");
	assert_int_equal(m->belligerents, 1u << BEL_COALITION);
	assert_int_equal(m->speaker, BEL_SYRIAN_GOV);
	assert_range(m->civilians_killed, 43, 43);
	assert_int_equal(m->weapon, WEAPON_AIRSTRIKE);
	assert_string_equal(m->governorate, "Ar-Raqqah");
	/* the Sunday before publication (Tuesday 2 May 2017) */
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.year, 2017);
	assert_int_equal(m->date.month, 4);
	assert_int_equal(m->date.day, 30);
}

static void attribution_cues(void **state)
{
	(void)state;
	assert_int_equal(only_main("Five people were killed in a drone strike blamed on Turkey.", NULL)->belligerents,
			 1u << BEL_TURKEY);
	assert_int_equal(only_main("Regime forces shelled the village, killing two children.", NULL)->belligerents,
			 1u << BEL_SYRIAN_GOV);
	assert_int_equal(
		only_main("An airstrike carried out by Operation Inherent Resolve killed three civilians.", NULL)
			->belligerents,
		1u << BEL_COALITION);
	assert_int_equal(only_main("A man was shot dead by unknown gunmen in Daraa.", NULL)->belligerents,
			 1u << BEL_UNKNOWN);
	/* a party named beside another kind of weapon is another event's:
	 * the regime's shelling does not make the car bomb the regime's */
	const char *t = "A car bomb killed six people in Homs on Monday. Elsewhere regime shelling killed two people "
			"in Aleppo. Government aircraft also struck Idlib, killing three people.";
	const struct claim *c;
	size_t n = run(t, NULL, &c);
	assert_true(n >= 3);
	assert_int_equal(c[0].belligerents, 1u << BEL_UNKNOWN);
	assert_int_equal(c[1].belligerents, 1u << BEL_SYRIAN_GOV);
	t = "Regime shelling killed two people in Aleppo. A suicide bomber killed four people in Qardaha.";
	n = run(t, NULL, &c);
	assert_true(n >= 2);
	assert_int_equal(c[1].belligerents, 1u << BEL_UNKNOWN);
	/* the text says the perpetrator is not known: the parties it names
	 * beside that are suspects only */
	t = "An air strike hit a hospital in Idlib, killing 10 people. Syrian and Russian jets fly over the "
	    "province but it was not clear who carried out the strike.";
	assert_int_equal(only_main(t, NULL)->belligerents, 1u << BEL_UNKNOWN);
	/* a party's family or home, its television: not a force that attacks */
	t = "A suicide bomber killed four people in the Assad family hometown.";
	assert_int_equal(only_main(t, NULL)->belligerents, 1u << BEL_UNKNOWN);
	t = "A bomb killed six people in Aleppo, the Assad regime television channel reported.";
	assert_int_equal(only_main(t, NULL)->belligerents, 1u << BEL_UNKNOWN);
	/* a state's adjective or name with its own forces before the attack
	 * word; not when the forces are the ones killed */
	assert_int_equal(only_main("Syrian warplanes pound Idlib, killing 22 people.", NULL)->belligerents,
			 1u << BEL_SYRIAN_GOV);
	assert_int_equal(only_main("43 killed in Syria army shelling of rebel town", NULL)->belligerents,
			 1u << BEL_SYRIAN_GOV);
	assert_int_equal(only_main("At least 85 Syria troops killed in jihadist advance", NULL)->belligerents,
			 1u << BEL_UNKNOWN);
	assert_int_equal(only_main("Syrian rebels said a bomb killed six people in Homs.", NULL)->belligerents,
			 1u << BEL_UNKNOWN);
	/* "reported by" a state's media is a source; "claimed by" a group its author */
	assert_int_equal(only_main("A bomb killed seven people on a bus, as reported by Syrian state media.", NULL)
				 ->belligerents,
			 1u << BEL_UNKNOWN);
	assert_int_equal(only_main("A bomb blast claimed by ISIS killed 44 people in Qamishli.", NULL)->belligerents,
			 1u << BEL_ISIS);
	/* a group's fighters who act are its own; "by" names the author even
	 * before a fighters' noun; fighters killed are victims */
	assert_int_equal(only_main("ISIS militants executed 25 soldiers near the airbase.", NULL)->belligerents,
			 1u << BEL_ISIS);
	assert_int_equal(only_main("Mines planted by the ISIS terrorist group killed nine civilians.", NULL)
				 ->belligerents,
			 1u << BEL_ISIS);
	t = "A bomb killed 12 people in Idlib. 14 ISIS fighters were killed in clashes with the rebels.";
	assert_int_equal(only_main(t, NULL)->belligerents, 1u << BEL_UNKNOWN);
	/* a group that claims the attack owns it */
	t = "Twin bombings killed 44 people in Qamishli. The ISIS group claimed responsibility for the attack.";
	assert_int_equal(only_main(t, NULL)->belligerents, 1u << BEL_ISIS);
	/* a possessive whose apostrophe the page lost ("Assads Air Force") */
	assert_int_equal(only_main("Assads Air Force Kills 65 Civilians in Raqqa", NULL)->belligerents,
			 1u << BEL_SYRIAN_GOV);
	/* a news agency reports the attack; it did not carry it out */
	const struct claim *m = only_main("Rocket fire kills two in Aleppo. SANA said two people were killed "
					  "when shells hit a school.", NULL);
	assert_int_equal(m->belligerents, 1u << BEL_UNKNOWN);
}

/* A dateline is where the reporter wrote; the clause with the casualties
 * names the place of several; around Damascus is Rif Dimashq. */
static void place_of_the_event(void **state)
{
	(void)state;
	const struct claim *m = only_main("Aleppo, Syria (Example Agency) - Two civilians were killed on Monday in "
					  "shelling on Deir Ezzor city, a monitor said.", NULL);
	assert_string_equal(m->governorate, "Deir ez-Zor");
	/* an allegiance is no place */
	m = only_main("Pro-Damascus media said a car bomb killed at least 12 people near Homs.", NULL);
	assert_string_equal(m->governorate, "Homs");
	m = only_main("HOMS (Example Agency) — Three people were killed in an explosion on Tuesday.", NULL);
	assert_string_equal(m->governorate, "Homs");
	m = only_main("An old man was injured in shelling on the outskirts of Idlib, and rockets hit Aleppo city.", NULL);
	assert_string_equal(m->governorate, "Idlib");
	m = only_main("Damascus, Example Agency - A farmer was killed when missiles hit a farm near Damascus.", NULL);
	assert_string_equal(m->governorate, "Rif-dimashq");
	assert_string_equal(m->place_name, "Rif-dimashq");
	assert_false(isnan(m->lat));   /* on the map by Damascus */
	m = only_main("A car bomb killed two people in Damascus on Sunday.", NULL);
	assert_string_equal(m->governorate, "Dimashq");
	/* a dateline in capitals before an agency, in a text whose lines were joined */
	m = only_main("Airstrike kills five - Reports DAMASCUS (Example Agency) Five civilians were killed in an "
		      "airstrike on Raqqa on Sunday.", NULL);
	assert_string_equal(m->governorate, "Ar-Raqqah");
	/* the hospital is not the scene */
	m = only_main("Two injured people were rushed to a hospital in Manbij after shelling on Azaz.", NULL);
	assert_string_equal(m->place_name, "I\xe2\x80\x98z\xc4\x81z");   /* I‘zāz */
	/* a word of a person's name is no place (Hero is a town in Iraq) */
	m = only_main("A farmer named Ahmad Hero was killed by shelling on Kobani on Monday.", NULL);
	assert_string_equal(m->governorate, "Aleppo");
	/* the text says which governorate: the gazetteer's namesake elsewhere is not meant */
	m = only_main("Two civilians were killed in shelling on Mallah in Aleppo northern countryside.", NULL);
	assert_string_equal(m->governorate, "Aleppo");
}

/* Names the gazetteer's spellings miss, found by their key after "in", "of"
 * or before "city", "village", "province"; a headline's place in the lead. */
static void place_guessed(void **state)
{
	(void)state;
	/* Al-Busirah could be Basra: the text's other places say which */
	const struct claim *m = only_main("A child was killed when shells hit Al-Busirah city on Monday.\n"
					  "Deir ez-Zor has seen such attacks all month.", NULL);
	assert_string_equal(m->governorate, "Deir ez-Zor");
	/* the governorate stated beats a village of that name elsewhere */
	m = only_main("Two people were injured when a missile hit al-Hamidia village in Qunaitra northern countryside.",
		      NULL);
	assert_string_equal(m->governorate, "Quneitra");
	m = only_main("Three civilians killed in Syria\n\nShelling hit the outskirts of Saraqib on Monday, a monitor said.",
		      NULL);
	assert_string_equal(m->governorate, "Idlib");
	/* within the country the sentence names */
	m = only_main("Dozens of people were killed in Syria on Monday.\n\nThe envoys met in Sabratha the next day.", NULL);
	assert_null(m->governorate);
	assert_string_equal(m->country, "SY");
}

/* ------------------------------------------------------------ kinds */

static const char report[] =
	"Coalition airstrikes killed at least 43 people in Raqqa on Sunday, Syria said.\n"
	"On Friday the US-led coalition said its strikes had killed 484 civilians in Iraq and Syria since 2014, "
	"up from 352 acknowledged a month earlier.\n"
	"Airwars estimated that at least 3,100 civilians were killed in coalition raids from August 2014 to "
	"March 2017.\n"
	"The raids also destroyed bridges, dams and water plants.\n"
	"More than 400,000 people have been killed in the war since 2011.\n";

static void kinds(void **state)
{
	(void)state;
	const struct claim *c;
	size_t n = run(report, "2017-05-02", &c);
	const struct claim *m = main_claim(c, n);
	assert_non_null(m);
	assert_int_equal(m->kind, CLAIM_INCIDENT);
	assert_range(m->civilians_killed, 43, 43);
	assert_int_equal(m->belligerents, 1u << BEL_COALITION);

	const struct claim *a = of_kind(c, n, CLAIM_ADMISSION, 0);
	assert_non_null(a);
	assert_range(a->civilians_killed, 484, 484);
	assert_int_equal(a->speaker, BEL_COALITION);

	const struct claim *e = of_kind(c, n, CLAIM_ESTIMATE, 0);
	assert_non_null(e);
	assert_range(e->civilians_killed, 3100, 3100);
	assert_int_equal(e->date.year, 2014);
	assert_int_equal(e->date.month, 8);
	assert_int_equal(e->date_end.year, 2017);
	assert_int_equal(e->date_end.month, 3);

	const struct claim *f = of_kind(c, n, CLAIM_INFRASTRUCTURE, 0);
	assert_non_null(f);
	assert_true(f->infrastructure & 1u << INFRA_BRIDGE);
	assert_true(f->infrastructure & 1u << INFRA_DAM);

	const struct claim *x = of_kind(c, n, CLAIM_CONTEXT, 0);
	assert_non_null(x);
	assert_range(x->killed, 400001, 400001);
}

/* A monitor's count over a year is an estimate even when it names no
 * perpetrator, and the report's breakdown of it that follows (no day, no
 * place of its own) is part of it; a count "earlier this week" is not. */
static void estimate_and_its_breakdown(void **state)
{
	(void)state;
	const char *t = "The Northern Monitor documented the killing of at least 300 civilians in Idlib from "
			"1 January to 31 December 2023.\n"
			"According to the report, 180 civilians were killed by government forces and 90 by Russian "
			"air strikes.\n"
			"Separately, shelling killed two civilians in the town of Binnish on Sunday.";
	const struct claim *c;
	size_t n = run(t, "2024-01-10", &c);
	const struct claim *e = of_kind(c, n, CLAIM_ESTIMATE, 0);
	assert_non_null(e);
	assert_range(e->civilians_killed, 300, 300);
	assert_int_equal(e->date_end.year, 2023);
	const struct claim *b = of_kind(c, n, CLAIM_ESTIMATE, 1);
	assert_non_null(b);
	assert_int_equal(b->date.year, 2023);
	assert_int_equal(b->date_end.month, 12);
	const struct claim *m = main_claim(c, n);
	assert_non_null(m);
	assert_range(m->civilians_killed, 2, 2);
	assert_null(of_kind(c, n, CLAIM_INCIDENT, 1));
	/* the same in Arabic */
	t = "وثّق المرصد مقتل ما لا يقل عن 300 مدني في إدلب في الفترة من 1 كانون الثاني حتى 31 كانون الأول 2023.\n"
	    "وبحسب التقرير، قُتل 180 مدنياً على يد قوات النظام.";
	n = run(t, "2024-01-10", &c);
	assert_non_null(of_kind(c, n, CLAIM_ESTIMATE, 1));
	assert_null(of_kind(c, n, CLAIM_INCIDENT, 0));
	/* a week is no tally: an incident */
	n = run("The Observatory said troops executed 48 people in a village earlier this week.", "2015-02-23", &c);
	assert_null(of_kind(c, n, CLAIM_ESTIMATE, 0));
}

static void main_claim_is_current_event(void **state)
{
	(void)state;
	const char *t = "Shelling wounded three people in Idlib on Monday.\n"
			"The attack comes after a similar strike killed nine people in the city last year.\n";
	const struct claim *m = only_main(t, "2020-02-05");
	assert_range(m->civilians_injured, 3, 3);
	assert_false(range_known(m->civilians_killed));
}

/* Events told one after the other, each at its own place, are reported
 * equally: the one with most civilians killed, else most injured, is the
 * main one. An event in a month long past is background. */
static void equal_events_greatest_toll(void **state)
{
	(void)state;
	const char *t = "Shelling hits villages across the north.\n\n"
			"Artillery fire hit a dozen villages near the border on Monday, and families fled to the "
			"fields.\n\n"
			"A man and his son were injured in Kobani, medics said.\n"
			"Four people were injured in the countryside of Hasakah, a hospital said.\n";
	const struct claim *m = only_main(t, "2023-03-07");
	assert_range(m->civilians_injured, 4, 4);
	assert_string_equal(m->governorate, "Al-Hasakah");
	/* fighters killed weigh less than children injured */
	t = "Round-up of the day.\n\nNothing else was reported in the morning hours.\n\n"
	    "Three children were injured by a leftover shell in Jisr al-Shughur.\n"
	    "Five fighters were killed by a landmine near Hama.\n";
	m = only_main(t, "2023-03-07");
	assert_range(m->civilians_injured, 3, 3);
	/* a year's tally is no event */
	m = only_main("In 2024 the jets struck the province 40 times and 25 soldiers were killed.\n\n"
		      "Last night a strike on the airport road killed two soldiers.", "2024-12-30");
	assert_range(m->combatants_killed, 2, 2);
	/* "In February" in a June report: an earlier event */
	m = only_main("In February, a drone killed a man in Aleppo.\n\nShelling wounded two civilians in Idlib.",
		      "2025-06-17");
	assert_range(m->civilians_injured, 2, 2);
}

/* A news site's list of other reports' headlines (short lines without a
 * full stop) is the page's, not the report's. */
static void link_list_is_not_main(void **state)
{
	(void)state;
	const char *t = "Market reopens in Tabqa after repairs\n\n"
			"9 people killed in separate incidents across Syria\n\n"
			"Farmers in the north face a dry season\n\n"
			"Schools prepare for exams\n\n"
			"Shelling injures two farmers near Afrin\n\n"
			"Two farmers were injured when shells hit the fields of a village near Afrin on Monday.\n";
	const struct claim *m = only_main(t, "2025-05-20");
	assert_range(m->civilians_injured, 2, 2);
	assert_false(range_known(m->killed));
	assert_string_equal(m->governorate, "Aleppo");
}

/* A headline cut short ("...", a post's preview) is the post told in full
 * below: its claim, with the full telling's place. */
static void preview_told_in_full(void **state)
{
	(void)state;
	const char *t = "Tartus News - #urgent\n\n"
			"A man was killed when a drone hit his house in the village...\n"
			"Facebook Tartus News Post\n\n"
			"Tartus NewsMarch 4, 2025 \xc2\xb7 Shared with Public #urgent A man was killed when a drone "
			"hit his house in the village of Kafr Nabl in southern Idlib.All reactions:45\n";
	const struct claim *m = only_main(t, NULL);
	assert_string_equal(m->governorate, "Idlib");
	assert_range(m->civilians_killed, 1, 1);
}

/* A photo's caption is not the report's event: the picture may show
 * another day. A credit ends the caption even without a full stop. */
static void caption_is_not_main(void **state)
{
	(void)state;
	const char *t = "Posted 3 May 2021 A boy carries his injured sister after a strike on the camp in Idlib.\n"
			"Shelling on the town of Jisr al-Shughur killed seven civilians on Sunday.";
	const struct claim *m = only_main(t, "2021-05-03");
	assert_range(m->civilians_killed, 7, 7);
	t = "Rescuers lift a wounded man from the rubble in Aleppo Syria (Agency Photo) DARAA Air strikes on a "
	    "bakery in Daraa killed nine civilians on Friday.";
	m = only_main(t, "2021-05-03");
	assert_range(m->civilians_killed, 9, 9);
	assert_string_equal(m->governorate, "Daraa");
}

/* A headline without a figure takes the body's, however far below the
 * lead tells it, when the body gives the same place; jets fire missiles,
 * so "missiles" and "air strikes" can be one event. */
static void headline_completed_from_body(void **state)
{
	(void)state;
	const char *t = "Monday 3 May 2021 Civilians Killed by Air Strikes on Saraqeb.\n"
			"The council condemned the attack and called on the world to act at once to stop the "
			"bombing of towns and villages. It said the strikes broke every promise made at the talks "
			"and that those who gave the orders would answer for them one day before a court. It "
			"urged the guarantor states to keep their word, to stop the attacks and to let aid reach "
			"the people who had fled their homes in the past weeks, many of them women and children "
			"sleeping in the open fields without tents, water or food. The council also said that "
			"the schools of the area had closed their doors and that the teachers had left with the "
			"families, and that the bakeries had stopped working for lack of flour and fuel.\n"
			"Twelve civilians were killed when jets fired missiles at the market in Saraqeb on Sunday.";
	const struct claim *m = only_main(t, "2021-05-03");
	assert_range(m->civilians_killed, 12, 12);
}

/* A report that gives its event no date tells it as the day's news: the
 * day its lead names, else its own date (publication, dateline, a post's
 * stamp); an event it dates itself keeps that date. */
static void undated_event_is_current(void **state)
{
	(void)state;
	/* a post: the stamp is its publication day */
	const struct claim *m = only_main("Town Page\n\nTown PageMarch 4, 2025 \xc2\xb7 Shared with Public "
					  "A strike on the bakery killed two civilians in Binnish.", NULL);
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.year, 2025);
	assert_int_equal(m->date.month, 3);
	assert_int_equal(m->date.day, 4);
	/* the stamp wins over metadata a year off (a crawl's date) */
	m = only_main("Town Page\n\nTown PageMarch 4, 2025 \xc2\xb7 Shared with Public "
		      "A strike on the bakery killed two civilians in Binnish.", "2026-03-05");
	assert_int_equal(m->date.year, 2025);
	assert_int_equal(m->date.day, 4);
	/* a line under the title and lead that is only the day and hour dates the page */
	m = only_main("قصف على البلدة يصيب مدنياً\n\nواصلت القوات قصف القرى في المنطقة.\n\nمركز الأخبار\n\n"
		      "الجمعة, ٧ آذار ٢٠٢٥, ١٠:١٥\n\nأصيب مدني بجروح في القصف على البلدة.", "2026-01-01");
	assert_int_equal(m->date.year, 2025);
	assert_int_equal(m->date.month, 3);
	assert_int_equal(m->date.day, 7);
	/* no date of its own: the embedded post's day anchors "today, Sunday" */
	m = only_main("قال مراسلنا إن قصفاً مدفعياً قتل ثلاثة مدنيين في البلدة اليوم الأحد.\n\n"
		      "\u2014 Town Rescue (@town_rescue) March 2, 2025\n\nوأضاف أن القصف استمر ساعات.", NULL);
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.year, 2025);
	assert_int_equal(m->date.month, 3);
	assert_int_equal(m->date.day, 2);
	/* "this year" dates no event: the lead's day stands */
	m = only_main("Warplanes struck the village of Kafrnabl on Saturday.\n"
		      "The strike killed two civilians, the second such attack this year, medics said.", "2024-06-04");
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.day, 1);
	/* "أمس الثلاثاء": written on a Wednesday, though the page's date (an
	 * update) is the Thursday after; its "last night" is Tuesday night */
	const char *ar = "قتل مدنيان في قصف على البلدة الليلة الماضية.\n\n"
			 "وكان مدني قد أصيب في قصف مماثل صباح أمس الثلاثاء.";
	m = only_main(ar, "2024-06-06");
	assert_int_equal(m->date.day, 4);
	/* a post's stamp a day early (another time zone): "today, Monday" moves it on */
	m = only_main("Town Page\n\nTown PageJune 2, 2024 \xc2\xb7 Shared with Public\n"
		      "قتل ثلاثة مدنيين بقصف على البلدة فجر اليوم الإثنين.", NULL);
	assert_int_equal(m->date.day, 3);
	/* an embedded post is the earliest the page can be: "today, Saturday"
	 * is the Saturday after the Thursday's tweet */
	m = only_main("قتل مدنيان بقصف على البلدة اليوم السبت.\n\n"
		      "\u2014 Town Rescue (@town_rescue) June 6, 2024\n", NULL);
	assert_int_equal(m->date.day, 8);
	/* a weekday further off is the text's slip: the date stands */
	m = only_main(ar, "2024-06-09");
	assert_int_equal(m->date.day, 8);
	/* the lead's day, two sentences before the figure */
	const char *t = "Fighting broke out in the town on Saturday between two armed groups.\n"
			"Residents said the roads to the market were closed for hours and shops stayed shut.\n"
			"Three civilians were killed, medics said.";
	m = only_main(t, "2024-06-04");
	assert_int_equal(m->date_precision, WHEN_DAY);
	assert_int_equal(m->date.day, 1);
	/* no lead day: the publication day */
	m = only_main("Three civilians were killed by shelling on the village, medics said.", "2024-06-04");
	assert_int_equal(m->date.day, 4);
	/* a day of its own stands */
	m = only_main("Three civilians were killed by shelling on the village on Sunday.", "2024-06-04");
	assert_int_equal(m->date.day, 2);
	/* nothing to date it by: no date */
	m = only_main("Three civilians were killed by shelling on the village, medics said.", NULL);
	assert_int_equal(m->date_precision, WHEN_NONE);
}

/* The text's own dateline anchors its weekdays, whatever date it came
 * with: "on Monday" here is 17 June 2019, not the Monday before 28 June. */
static void dateline_anchors_weekdays(void **state)
{
	(void)state;
	const char *t = "19-06-2019 Shelling kills five in Idlib. Five civilians were killed on Monday when shells hit "
			"the town of Saraqeb.";
	const struct claim *m = only_main(t, "2019-06-28");
	assert_int_equal(m->date.year, 2019);
	assert_int_equal(m->date.month, 6);
	assert_int_equal(m->date.day, 17);
	assert_range(m->civilians_killed, 5, 5);
	/* a post's stamp after other lines is no dateline */
	t = "Post\nAleppo Updates@aleppo_upd Jun 19, 2019\nFive civilians were killed on Monday in Saraqeb.";
	m = only_main(t, "2019-06-28");
	assert_int_equal(m->date.day, 24);
}

/* ------------------------------------------------------------ bad input */

static void hostile_input(void **state)
{
	(void)state;
	const struct claim *c;
	/* a number of 100 digits, "1e308", a negative count: no figure */
	char big[300];
	snprintf(big, sizeof big, "%s people were killed in the strike.",
		 "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
	size_t n = run(big, NULL, &c);
	for (size_t i = 0; i < n; i++)
		assert_true(c[i].killed.min < 100000000);
	n = run("1e308 people were killed. -5 killed.", NULL, &c);
	for (size_t i = 0; i < n; i++)
		assert_true(c[i].killed.min < 1000);
	/* invalid UTF-8 and a sentence of a million characters */
	static char huge[(1 << 20) + 1];   /* the last byte stays NUL */
	memset(huge, 'a', sizeof huge - 1);
	for (size_t i = 7; i < sizeof huge - 1; i += 8)
		huge[i] = (i % 3) ? ' ' : (char)0xC3;
	memcpy(huge + 5000, " killed 7 people ", 17);
	n = run(huge, NULL, &c);
	assert_true(n <= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(count_after_verb),
		cmocka_unit_test(count_before_verb_and_breakdown),
		cmocka_unit_test(words_ranges_and_vague),
		cmocka_unit_test(articles_and_coordination),
		cmocka_unit_test(verb_count_verb_count),
		cmocka_unit_test(killed_and_injured),
		cmocka_unit_test(parts_and_named_people),
		cmocka_unit_test(combatants_apart),
		cmocka_unit_test(toll_update),
		cmocka_unit_test(negation),
		cmocka_unit_test(harm_without_figure),
		cmocka_unit_test(no_claim),
		cmocka_unit_test(arabic_keys_and_clitics),
		cmocka_unit_test(arabic_word_orders),
		cmocka_unit_test(arabic_duals_and_singulars),
		cmocka_unit_test(arabic_none_hurt),
		cmocka_unit_test(sentence_before_across_blank_line),
		cmocka_unit_test(arabic_parties),
		cmocka_unit_test(arabic_dates),
		cmocka_unit_test(perpetrator_apart_from_speaker),
		cmocka_unit_test(attribution_cues),
		cmocka_unit_test(place_of_the_event),
		cmocka_unit_test(place_guessed),
		cmocka_unit_test(kinds),
		cmocka_unit_test(estimate_and_its_breakdown),
		cmocka_unit_test(main_claim_is_current_event),
		cmocka_unit_test(equal_events_greatest_toll),
		cmocka_unit_test(caption_is_not_main),
		cmocka_unit_test(preview_told_in_full),
		cmocka_unit_test(link_list_is_not_main),
		cmocka_unit_test(headline_completed_from_body),
		cmocka_unit_test(undated_event_is_current),
		cmocka_unit_test(dateline_anchors_weekdays),
		cmocka_unit_test(hostile_input),
	};
	return cmocka_run_group_tests(tests, extract_fx_setup, extract_fx_teardown);
}
