/* gen_corpus.c - a seeded, synthetic corpus of conflict reports for the ingest benchmark.
 *
 *   gen_corpus [--csv] OUT MEGABYTES [SEED]
 *
 * Writes JSON lines (or, with --csv, the same records as RFC 4180 CSV with a
 * header row) to OUT ("-" for stdout) until the JSON-lines form of the
 * records reaches MEGABYTES * 1,000,000 bytes. The records do not depend on
 * the output form: the JSONL and the CSV made with one seed and size hold the
 * same documents in the same order.
 *
 * Each record has text, title, url (unique), published, language, publisher,
 * source_type. About a third are Arabic. Texts are built from word lists and
 * sentence templates written for this file (no third-party text): sizes are
 * lognormal around 3.5 KB, with a tail up to 40 KB and some short posts of a
 * few hundred bytes; about 1% repeat an earlier text exactly under a new url.
 * Dates are ISO 8601, RFC 822 or Arabic ("23 نوفمبر 2025"). Some records are
 * written with every non-ASCII character as a \uXXXX escape, as
 * ensure_ascii JSON writers do.
 *
 * Own PRNG (xoshiro256** seeded with splitmix64), so the output is the same on
 * every machine for a given seed (gen_common.c, shared with gen_news.c).
 * Built by bench/run.sh: cc -O2 gen_corpus.c gen_common.c -lm
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gen_common.h"

const char gen_prog[] = "gen_corpus";

/* ----------------------------------------------------------- word lists */

struct place { const char *en, *ar, *gov_en, *gov_ar; };

static const struct place PLACES[] = {
	{"Raqqa", "الرقة", "Raqqa", "الرقة"}, {"Tabqa", "الطبقة", "Raqqa", "الرقة"},
	{"Tal Abyad", "تل أبيض", "Raqqa", "الرقة"}, {"al-Mansoura", "المنصورة", "Raqqa", "الرقة"},
	{"Maadan", "معدان", "Raqqa", "الرقة"}, {"al-Karama", "الكرامة", "Raqqa", "الرقة"},
	{"Deir ez-Zor", "دير الزور", "Deir ez-Zor", "دير الزور"}, {"Abu Kamal", "البوكمال", "Deir ez-Zor", "دير الزور"},
	{"al-Mayadin", "الميادين", "Deir ez-Zor", "دير الزور"}, {"Hajin", "هجين", "Deir ez-Zor", "دير الزور"},
	{"al-Susah", "السوسة", "Deir ez-Zor", "دير الزور"}, {"al-Shaafa", "الشعفة", "Deir ez-Zor", "دير الزور"},
	{"al-Busayrah", "البصيرة", "Deir ez-Zor", "دير الزور"}, {"Dhiban", "ذيبان", "Deir ez-Zor", "دير الزور"},
	{"Gharanij", "غرانيج", "Deir ez-Zor", "دير الزور"}, {"al-Quriyah", "القورية", "Deir ez-Zor", "دير الزور"},
	{"Idlib", "إدلب", "Idlib", "إدلب"}, {"Ariha", "أريحا", "Idlib", "إدلب"},
	{"Saraqib", "سراقب", "Idlib", "إدلب"}, {"Maarat al-Numan", "معرة النعمان", "Idlib", "إدلب"},
	{"Jisr al-Shughur", "جسر الشغور", "Idlib", "إدلب"}, {"Khan Shaykhun", "خان شيخون", "Idlib", "إدلب"},
	{"Kafr Nabl", "كفرنبل", "Idlib", "إدلب"}, {"Sarmada", "سرمدا", "Idlib", "إدلب"},
	{"Atmeh", "أطمة", "Idlib", "إدلب"}, {"Binnish", "بنش", "Idlib", "إدلب"},
	{"Sarmin", "سرمين", "Idlib", "إدلب"}, {"Harem", "حارم", "Idlib", "إدلب"},
	{"Aleppo", "حلب", "Aleppo", "حلب"}, {"al-Atarib", "الأتارب", "Aleppo", "حلب"},
	{"Darat Izza", "دارة عزة", "Aleppo", "حلب"}, {"Azaz", "اعزاز", "Aleppo", "حلب"},
	{"al-Bab", "الباب", "Aleppo", "حلب"}, {"Manbij", "منبج", "Aleppo", "حلب"},
	{"Jarabulus", "جرابلس", "Aleppo", "حلب"}, {"Afrin", "عفرين", "Aleppo", "حلب"},
	{"Hasakah", "الحسكة", "Hasakah", "الحسكة"}, {"Qamishli", "القامشلي", "Hasakah", "الحسكة"},
	{"Amuda", "عامودا", "Hasakah", "الحسكة"}, {"al-Shaddadi", "الشدادي", "Hasakah", "الحسكة"},
	{"Ras al-Ain", "رأس العين", "Hasakah", "الحسكة"}, {"Markada", "مركدة", "Hasakah", "الحسكة"},
	{"al-Malikiyah", "المالكية", "Hasakah", "الحسكة"}, {"Tal Tamr", "تل تمر", "Hasakah", "الحسكة"},
	{"Hama", "حماة", "Hama", "حماة"}, {"Kafr Zita", "كفرزيتا", "Hama", "حماة"},
	{"al-Lataminah", "اللطامنة", "Hama", "حماة"}, {"Homs", "حمص", "Homs", "حمص"},
	{"Palmyra", "تدمر", "Homs", "حمص"}, {"al-Rastan", "الرستن", "Homs", "حمص"},
	{"Daraa", "درعا", "Daraa", "درعا"}, {"Busra al-Sham", "بصرى الشام", "Daraa", "درعا"},
	{"Douma", "دوما", "Rif Dimashq", "ريف دمشق"}, {"Harasta", "حرستا", "Rif Dimashq", "ريف دمشق"},
	{"Mosul", "الموصل", "Nineveh", "نينوى"}, {"Tal Afar", "تلعفر", "Nineveh", "نينوى"},
	{"Sinjar", "سنجار", "Nineveh", "نينوى"}, {"al-Baaj", "البعاج", "Nineveh", "نينوى"},
	{"Hammam al-Alil", "حمام العليل", "Nineveh", "نينوى"}, {"Qayyarah", "القيارة", "Nineveh", "نينوى"},
	{"Bartella", "برطلة", "Nineveh", "نينوى"}, {"al-Shirqat", "الشرقاط", "Salahuddin", "صلاح الدين"},
	{"Tikrit", "تكريت", "Salahuddin", "صلاح الدين"}, {"Baiji", "بيجي", "Salahuddin", "صلاح الدين"},
	{"Hawija", "الحويجة", "Kirkuk", "كركوك"}, {"Kirkuk", "كركوك", "Kirkuk", "كركوك"},
	{"Fallujah", "الفلوجة", "Anbar", "الأنبار"}, {"Ramadi", "الرمادي", "Anbar", "الأنبار"},
	{"Hit", "هيت", "Anbar", "الأنبار"}, {"al-Qaim", "القائم", "Anbar", "الأنبار"},
	{"Rawa", "راوة", "Anbar", "الأنبار"}, {"Anah", "عنه", "Anbar", "الأنبار"},
};

static const char *NUM_EN[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"};

/* English */
static const char *EN_SOURCE[] = {
	"Residents", "Local sources", "A medical source", "Civil defence workers", "Witnesses", "Activists",
	"A local journalist", "The monitoring group", "Rescue teams", "A hospital director", "Officials",
	"A spokesman for the local council", "Relatives of the victims", "Doctors", "Aid workers",
	"A UN spokesperson", "The health directorate", "Eyewitnesses", "A nurse at the field hospital",
	"Two residents reached by telephone", "A community leader", "The village mukhtar", "Local media",
	"A security source", "Volunteers",
};
static const char *EN_SAY[] = {
	"said", "reported", "told reporters", "confirmed", "said on condition of anonymity", "stated",
	"wrote on social media", "told the agency", "said in a statement", "said by telephone",
};
static const char *EN_EVENT[] = {
	"an air strike", "a drone strike", "artillery shelling", "a missile", "two air strikes",
	"a series of air strikes", "rocket fire", "a car bomb", "mortar fire", "barrel bombs",
	"a suicide attack", "a roadside bomb", "cluster munitions", "a helicopter attack", "a guided missile",
	"heavy shelling", "a night raid", "an unexploded shell",
};
static const char *EN_EVENT_NOUN[] = {
	"air strike", "drone strike", "shelling", "missile strike", "bombing", "attack", "car bomb",
	"rocket attack", "raid", "explosion",
};
static const char *EN_EVENT_HEAD[] = {
	"Air strike", "Drone strike", "Shelling", "Missile strike", "Air strikes", "Rocket attack",
	"Car bomb", "Barrel bombs", "Artillery fire", "Raid",
};
static const char *EN_NOUN[] = {
	"market", "hospital", "school", "bakery", "mosque", "house", "building", "road", "bridge", "checkpoint",
	"village", "camp for displaced people", "clinic", "farm", "shop", "car", "truck", "motorcycle",
	"factory", "water station", "well", "dam", "power station", "warehouse", "pharmacy", "office",
	"court", "prison", "convoy", "minibus", "tent", "olive grove", "petrol station", "church", "square",
	"street", "highway", "river bank", "ferry", "grain silo", "flour mill", "cemetery", "stadium",
	"university", "kindergarten", "orphanage", "municipal building", "fuel depot", "playground",
	"bus station", "wedding hall", "vegetable market", "apartment block", "family home", "cattle pen",
};
static const char *EN_ADJ[] = {
	"crowded", "residential", "main", "old", "eastern", "western", "northern", "southern", "nearby",
	"local", "busy", "abandoned", "temporary", "makeshift", "central", "rural", "small", "large",
	"two-storey", "three-storey", "public", "private", "only", "new", "rebuilt", "partly destroyed",
};
static const char *EN_VERB_T[] = {
	"hit", "struck", "targeted", "destroyed", "damaged", "shelled", "bombed", "levelled", "set fire to",
	"flattened", "reached", "surrounded", "closed", "reopened", "repaired", "visited", "inspected",
	"evacuated", "searched", "cleared", "rebuilt", "guarded",
};
static const char *EN_TIME[] = {
	"on Sunday", "on Monday night", "early on Tuesday", "before dawn on Wednesday", "on Thursday morning",
	"late on Friday", "on Saturday afternoon", "overnight", "last week", "at around midnight",
	"shortly after noon", "at dawn", "during evening prayers", "two days ago", "earlier this month",
	"on the same day", "hours later", "at about ten in the evening", "in the early hours",
};
static const char *EN_CLAUSE[] = {
	"remained closed", "were still searching the rubble", "fled towards the border",
	"returned to their homes", "waited for news of the missing", "called for an independent investigation",
	"demanded accountability", "asked for medical supplies", "buried their dead the same day",
	"left the area", "could not be reached for comment", "gave no further details", "declined to comment",
	"warned of more attacks", "described the scene as chaotic", "said there were no military targets nearby",
	"counted the damage", "struggled to cope with the wounded", "were overwhelmed", "ran out of fuel",
	"set up a temporary clinic", "closed the road", "opened an investigation", "denied any involvement",
	"said the toll was likely to rise", "posted photographs of the destruction",
};
static const char *EN_TOPIC[] = {
	"the offensive", "the ceasefire", "the de-escalation zone", "the front line", "the humanitarian situation",
	"displacement", "reconstruction", "the coming winter", "fuel prices", "the water supply",
	"power cuts", "the peace talks", "the curfew", "aid deliveries", "the wheat harvest", "the school year",
	"the local elections", "the economy", "the exchange rate", "the return of refugees", "demining work",
	"the reopening of the crossing", "the price of bread", "the detention camps",
};
static const char *EN_BELLIG[] = {
	"the US-led coalition", "Russian warplanes", "Syrian government forces", "Turkish drones",
	"Iraqi forces", "the Islamic State group", "ISIS militants", "the Syrian Democratic Forces",
	"Turkish-backed factions", "Iran-backed militias", "unidentified aircraft", "Hayat Tahrir al-Sham",
	"Iraqi counter-terrorism forces", "coalition helicopters",
};
static const char *EN_VICTIM[] = {
	"civilians", "people", "members of one family", "farmers", "displaced people", "workers", "students",
	"shoppers", "children", "passengers",
};
static const char *EN_CONNECT[] = {
	"Meanwhile, ", "However, ", "According to the report, ", "In a separate incident, ", "Earlier, ",
	"Later, ", "At the same time, ", "Since then, ", "As a result, ", "In recent weeks, ", "", "", "", "",
};
static const char *EN_PERSON[] = {
	"Abu Ahmad", "Umm Khaled", "Mahmoud al-Hassan", "Fatima al-Ali", "Khaled Ibrahim", "Samira Youssef",
	"Ahmad al-Hussein", "Layla Darwish", "Omar al-Saleh", "Hussein al-Abdullah", "Mariam Haddad",
	"Yusuf al-Khalaf", "Nour al-Din Mustafa", "Hana Saleh", "Ibrahim al-Jasim", "Rasha Kanaan",
	"Jamal al-Obeid", "Salma al-Ahmad",
};
static const char *EN_TARGET[] = {
	"an ISIS tactical unit", "an ISIS vehicle", "two ISIS fighting positions", "an ISIS weapons cache",
	"an ISIS staging area", "an ISIS command and control node", "an ISIS tunnel", "an ISIS mortar system",
};

/* Arabic */
static const char *AR_SOURCE[] = {
	"مصادر محلية", "ناشطون", "الدفاع المدني", "مصدر طبي", "شهود عيان", "المرصد", "الأهالي", "مراسلنا",
	"فرق الإنقاذ", "مدير المشفى", "مصادر أهلية", "المجلس المحلي", "ذوو الضحايا", "أطباء في المنطقة",
	"منظمات إنسانية", "مصدر أمني", "صفحات محلية", "متطوعون",
};
static const char *AR_SAY[] = {
	"قال", "أفاد", "ذكر", "أكد", "أشار", "نقل", "أوضح", "أعلن",
};
static const char *AR_EVENT[] = {
	"غارة جوية", "غارة بطائرة مسيّرة", "قصف مدفعي", "صاروخ موجّه", "غارتين جويتين", "سلسلة غارات",
	"قصف صاروخي", "سيارة مفخخة", "قذائف هاون", "براميل متفجرة", "هجوم انتحاري", "عبوة ناسفة",
	"قنابل عنقودية", "قصف بالطيران المروحي", "قصف عنيف", "مداهمة ليلية", "انفجار لغم",
};
static const char *AR_NOUN[] = {
	"سوق", "مشفى", "مدرسة", "فرن", "مسجد", "منزل", "مبنى", "طريق", "جسر", "حاجز", "قرية", "مخيم للنازحين",
	"مستوصف", "مزرعة", "محل تجاري", "سيارة مدنية", "شاحنة", "دراجة نارية", "معمل", "محطة مياه", "بئر",
	"سد", "محطة كهرباء", "مستودع", "صيدلية", "مكتب", "محكمة", "سجن", "قافلة", "حافلة صغيرة", "خيمة",
	"بستان زيتون", "محطة وقود", "كنيسة", "ساحة", "شارع", "طريق عام", "ضفة النهر", "عبّارة", "صومعة حبوب",
	"مطحنة", "مقبرة", "ملعب", "جامعة", "روضة أطفال", "دار أيتام", "مبنى البلدية", "سوق الهال", "حي سكني",
};
static const char *AR_ADJ[] = {
	"مكتظ", "سكني", "رئيسي", "قديم", "شرقي", "غربي", "شمالي", "جنوبي", "قريب", "محلي", "مزدحم", "مهجور",
	"مؤقت", "مركزي", "صغير", "كبير", "عام", "جديد", "مدمر جزئياً",
};
static const char *AR_VERB_T[] = {
	"استهدفت", "ضربت", "دمّرت", "أصابت", "طالت", "أحرقت", "سوّت بالأرض", "أغلقت", "حاصرت",
};
static const char *AR_TIME[] = {
	"يوم الأحد", "ليل الاثنين", "فجر الثلاثاء", "صباح الأربعاء", "مساء الخميس", "ظهر الجمعة",
	"بعد ظهر السبت", "الليلة الماضية", "الأسبوع الماضي", "قرابة منتصف الليل", "بعيد الظهر", "عند الفجر",
	"أثناء صلاة المغرب", "قبل يومين", "مطلع الشهر الجاري", "في اليوم نفسه", "بعد ساعات",
};
static const char *AR_CLAUSE[] = {
	"ما زالت فرق الإنقاذ تبحث تحت الأنقاض", "نزح عشرات العائلات نحو الحدود", "عاد الأهالي إلى منازلهم",
	"طالب ناشطون بفتح تحقيق مستقل", "دُفن الضحايا في اليوم نفسه", "لم يصدر أي تعليق رسمي",
	"رفض المتحدث التعليق", "حذّر السكان من هجمات جديدة", "وصف الشهود المشهد بالمروّع",
	"أكد الأهالي خلو المنطقة من أي مقرات عسكرية", "عجزت المشافي عن استيعاب الجرحى", "نفد الوقود من المولدات",
	"أقيم مستوصف ميداني مؤقت", "أغلقت الطرق المؤدية إلى المنطقة", "نفت الجهة المتهمة أي علاقة لها بالهجوم",
	"رجّحت المصادر ارتفاع الحصيلة", "نشر ناشطون صوراً للدمار",
};
static const char *AR_TOPIC[] = {
	"الهجوم العسكري", "وقف إطلاق النار", "منطقة خفض التصعيد", "خطوط التماس", "الوضع الإنساني",
	"النزوح", "إعادة الإعمار", "فصل الشتاء", "أسعار المحروقات", "مياه الشرب", "انقطاع الكهرباء",
	"المفاوضات", "حظر التجول", "قوافل المساعدات", "موسم القمح", "العام الدراسي", "سعر الصرف",
	"عودة اللاجئين", "إزالة الألغام", "سعر ربطة الخبز", "المعابر الحدودية",
};
static const char *AR_BELLIG[] = {
	"التحالف الدولي", "الطيران الحربي الروسي", "قوات النظام", "الطائرات المسيّرة التركية", "القوات العراقية",
	"تنظيم الدولة", "قوات سوريا الديمقراطية", "الفصائل الموالية لتركيا", "الميليشيات الإيرانية",
	"طيران مجهول", "هيئة تحرير الشام", "الطيران المروحي",
};
static const char *AR_CONNECT[] = {
	"وفي سياق متصل، ", "من جهة أخرى، ", "وبحسب التقرير، ", "وفي حادثة منفصلة، ", "وفي وقت سابق، ",
	"ولاحقاً، ", "وفي الأثناء، ", "ومنذ ذلك الحين، ", "و", "و", "", "",
};
static const char *AR_PERSON[] = {
	"أبو أحمد", "أم خالد", "محمود الحسن", "فاطمة العلي", "خالد إبراهيم", "سميرة يوسف", "أحمد الحسين",
	"ليلى درويش", "عمر الصالح", "حسين العبدالله", "مريم حداد", "يوسف الخلف", "نور الدين مصطفى",
	"إبراهيم الجاسم", "رشا كنعان", "جمال العبيد",
};

/* outlets: name, domain, language ("en"/"ar"), source kind */
struct outlet { const char *name, *domain, *lang, *kind; };

static const struct outlet OUTLETS[] = {
	{"Levant Wire Service", "levantwire.example", "en", "news_agency"},
	{"Orient Press Agency", "orientpress.example", "en", "news_agency"},
	{"Crescent News Agency", "crescentnews.example", "en", "news_agency"},
	{"Meridian Wire", "meridianwire.example", "en", "news_agency"},
	{"Continental Press", "continentalpress.example", "en", "news_agency"},
	{"The Levant Observer", "levantobserver.example", "en", "local_media"},
	{"Euphrates Daily", "euphratesdaily.example", "en", "local_media"},
	{"Tigris Times", "tigristimes.example", "en", "local_media"},
	{"Qamishli Voice", "qamishli-voice.example", "en", "local_media"},
	{"Raqqa Street News", "raqqastreet.example", "en", "local_media"},
	{"Nineveh Herald", "ninevehherald.example", "en", "local_media"},
	{"Northern Gazette", "northerngazette.example", "en", "local_media"},
	{"Jazira Report", "jazirareport.example", "en", "local_media"},
	{"The Desert Post", "desertpost.example", "en", "local_media"},
	{"Anbar Today", "anbartoday.example", "en", "local_media"},
	{"Middle East Ledger", "meledger.example", "en", "local_media"},
	{"The Global Dispatch", "globaldispatch.example", "en", "local_media"},
	{"World Affairs Daily", "worldaffairsdaily.example", "en", "local_media"},
	{"The Evening Chronicle", "eveningchronicle.example", "en", "local_media"},
	{"Frontline Review", "frontlinereview.example", "en", "local_media"},
	{"Euphrates Casualty Monitor", "ecm-monitor.example", "en", "ngo"},
	{"Civilian Harm Watch", "civharmwatch.example", "en", "ngo"},
	{"Syria Documentation Project", "sdp-docs.example", "en", "ngo"},
	{"Iraq Civilian Record", "iraqcivrecord.example", "en", "ngo"},
	{"Humanitarian Access Bulletin", "hab-bulletin.example", "en", "ngo"},
	{"Combined Task Force Press Desk", "ctf-press.example", "en", "belligerent"},
	{"Reconciliation Centre Briefings", "reconcentre.example", "en", "belligerent"},
	{"Ministry of Defence Newsroom", "mod-newsroom.example", "en", "government"},
	{"Ground Truth (social)", "groundtruth-social.example", "en", "social_media"},
	{"Open Source Alerts", "osalerts.example", "en", "social_media"},
	{"صدى الشرقية", "sada-sharqiya.example", "ar", "local_media"},
	{"شبكة الزيتون الإخبارية", "zaytoun-news.example", "ar", "local_media"},
	{"الفرات اليوم", "furat-today.example", "ar", "local_media"},
	{"أخبار الجزيرة السورية", "jazira-akhbar.example", "ar", "local_media"},
	{"نينوى الإخبارية", "ninawa-news.example", "ar", "local_media"},
	{"صوت الرقة", "sawt-raqqa.example", "ar", "local_media"},
	{"الأنبار نيوز", "anbar-news.example", "ar", "local_media"},
	{"وكالة المشرق للأنباء", "mashreq-agency.example", "ar", "news_agency"},
	{"وكالة الرافدين", "rafidain-agency.example", "ar", "news_agency"},
	{"وكالة الشام برس", "sham-press.example", "ar", "news_agency"},
	{"مرصد الشمال لتوثيق الانتهاكات", "north-monitor.example", "ar", "ngo"},
	{"الشبكة السورية للتوثيق", "syr-doc-net.example", "ar", "ngo"},
	{"منظمة شهود", "shuhood.example", "ar", "ngo"},
	{"السوسة الآن", "susah-now.example", "ar", "social_media"},
	{"شبكة أخبار القامشلي", "qamishli-net.example", "ar", "social_media"},
	{"فريق الاستجابة الطارئة", "response-team.example", "ar", "social_media"},
	{"تنسيقية أريحا", "ariha-tans.example", "ar", "social_media"},
	{"دير الزور 24", "deir24.example", "ar", "social_media"},
	{"وزارة الدفاع", "mod-ar.example", "ar", "government"},
	{"المكتب الإعلامي للعمليات المشتركة", "joint-ops.example", "ar", "belligerent"},
};

/* ---------------------------------------------------------------- dates */

#define DAY_2024_01_01 19723L

static void en_date(struct sb *b, struct date t)
{
	sb_num(b, t.d);
	sb_addc(b, ' ');
	sb_add(b, MONTH_EN[t.m - 1]);
	sb_addc(b, ' ');
	sb_num(b, t.y);
}

static void ar_date(struct sb *b, struct date t, int weekday, int indic)
{
	if (weekday) {
		sb_add(b, WEEKDAY_AR[t.wd]);
		sb_addc(b, ' ');
	}
	sb_num_ar(b, (unsigned long)t.d, indic);
	sb_addc(b, ' ');
	sb_add(b, chance(0.5) ? MONTH_AR_EG[t.m - 1] : MONTH_AR_LEV[t.m - 1]);
	sb_addc(b, ' ');
	sb_num_ar(b, (unsigned long)t.y, indic);
}

/* ------------------------------------------------------------ sentences */

struct rec_ctx {
	const struct place *pl;
	struct date when;
	int killed, children, injured;
	int indic;   /* Arabic-Indic digits in this Arabic text */
	int curly;   /* typographic apostrophes and quotes in this English text */
};

static unsigned small_count(void)
{
	double r = unif();
	if (r < 0.55) return between(1, 9);
	if (r < 0.90) return between(10, 40);
	return between(41, 160);
}

static void en_num(struct sb *b, unsigned v)
{
	if (v < N(NUM_EN) && v > 0 && chance(0.4))
		sb_add(b, NUM_EN[v]);
	else
		sb_num(b, v);
}

static void en_cap(struct sb *b, size_t at)
{
	if (at < b->n && b->p[at] >= 'a' && b->p[at] <= 'z')
		b->p[at] = (char)(b->p[at] - 32);
}

static void en_apos(struct sb *b, struct rec_ctx *c)
{
	sb_add(b, c->curly ? "\xE2\x80\x99" : "'");
}

static void en_place(struct sb *b, const struct rec_ctx *c, int other)
{
	const struct place *p = other ? &PICK(PLACES) : c->pl;
	sb_add(b, p->en);
	if (chance(0.3)) {
		sb_add(b, ", in ");
		sb_add(b, p->gov_en);
		sb_add(b, " province");
	}
}

/* a source in the middle of a sentence: "residents", "a medical source" */
static void en_src_mid(struct sb *b)
{
	size_t at = b->n;
	sb_add(b, PICK(EN_SOURCE));
	if (b->p[at] >= 'A' && b->p[at] <= 'Z' && b->p[at + 1] != 'N')
		b->p[at] = (char)(b->p[at] + 32);
}

static void en_count(struct sb *b, unsigned v, const char *one, const char *many)
{
	sb_add(b, NUM_EN[v]);
	sb_addc(b, ' ');
	sb_add(b, v == 1 ? one : many);
}

static void en_casualty(struct sb *b, struct rec_ctx *c)
{
	size_t at = b->n;
	switch (below(7)) {
	case 0:
		sb_add(b, PICK(EN_SOURCE)); sb_addc(b, ' '); sb_add(b, PICK(EN_SAY)); sb_addc(b, ' ');
		sb_add(b, PICK(EN_EVENT)); sb_addc(b, ' '); sb_add(b, PICK(EN_VERB_T)); sb_add(b, " a ");
		sb_add(b, PICK(EN_ADJ)); sb_addc(b, ' '); sb_add(b, PICK(EN_NOUN)); sb_add(b, " in ");
		en_place(b, c, 0); sb_addc(b, ' '); sb_add(b, PICK(EN_TIME));
		sb_add(b, ", killing at least "); en_num(b, (unsigned)c->killed); sb_add(b, " civilians");
		if (c->children) {
			sb_add(b, ", including "); en_num(b, (unsigned)c->children);
			sb_add(b, c->children == 1 ? " child" : " children");
		}
		break;
	case 1:
		sb_add(b, "The death toll from the "); sb_add(b, PICK(EN_EVENT_NOUN));
		sb_add(b, " on "); en_place(b, c, 0); sb_add(b, " rose to "); en_num(b, (unsigned)c->killed);
		sb_add(b, ", "); en_src_mid(b); sb_addc(b, ' '); sb_add(b, PICK(EN_SAY));
		break;
	case 2:
		en_num(b, (unsigned)c->killed); sb_addc(b, ' '); sb_add(b, PICK(EN_VICTIM));
		sb_add(b, " were killed and "); en_num(b, (unsigned)c->injured); sb_add(b, " wounded when ");
		sb_add(b, PICK(EN_EVENT)); sb_add(b, " hit a "); sb_add(b, PICK(EN_NOUN)); sb_add(b, " in ");
		en_place(b, c, 0);
		break;
	case 3:
		sb_add(b, PICK(EN_BELLIG)); sb_add(b, " killed "); en_num(b, (unsigned)c->killed);
		sb_add(b, " civilians and wounded "); en_num(b, (unsigned)c->injured); sb_add(b, " in ");
		en_place(b, c, 0); sb_add(b, " on "); sb_add(b, WEEKDAY_EN[c->when.wd]); sb_add(b, ", ");
		en_date(b, c->when); sb_add(b, ", according to "); en_src_mid(b);
		break;
	case 4:
		sb_add(b, "Near "); sb_add(b, PICK(PLACES).en); sb_add(b, ", ");
		en_count(b, between(1, 5), "strike", "strikes"); sb_add(b, " engaged "); sb_add(b, PICK(EN_TARGET));
		sb_add(b, " and destroyed "); en_count(b, between(1, 4), "fighting position", "fighting positions");
		break;
	case 5:
		sb_add(b, "The coalition assesses that at least "); sb_num_commas(b, between(1200, 1600));
		sb_add(b, " civilians have been unintentionally killed by its strikes since August 2014");
		break;
	default:
		sb_add(b, PICK(EN_SOURCE)); sb_add(b, " documented between "); sb_num(b, c->killed);
		sb_add(b, " and "); sb_num(b, c->killed + between(1, 6));
		sb_add(b, " civilian deaths");
		if (c->children) {
			sb_add(b, ", including "); sb_num(b, c->children);
			sb_add(b, c->children == 1 ? " child," : " children,");
		}
		sb_add(b, " in "); en_place(b, c, 0); sb_add(b, " between ");
		sb_add(b, MONTH_EN[below(6)]); sb_add(b, " and "); sb_add(b, MONTH_EN[6 + below(6)]);
		sb_addc(b, ' '); sb_num(b, c->when.y);
		break;
	}
	en_cap(b, at);
	sb_add(b, ". ");
}

static const char *EN_STATE[] = {
	"was badly damaged", "has been closed", "was destroyed", "is out of service", "reopened last month",
	"is running on generators", "lost its roof", "is still standing", "was looted", "is being repaired",
};

static void en_filler(struct sb *b, struct rec_ctx *c)
{
	size_t at = b->n;
	switch (below(6)) {
	case 0:
		sb_add(b, PICK(EN_CONNECT)); en_src_mid(b); sb_add(b, " near the "); sb_add(b, PICK(EN_ADJ));
		sb_addc(b, ' '); sb_add(b, PICK(EN_NOUN)); sb_add(b, " in "); en_place(b, c, chance(0.3));
		sb_add(b, " said people there "); sb_add(b, PICK(EN_CLAUSE)); sb_addc(b, ' '); sb_add(b, PICK(EN_TIME));
		break;
	case 1:
		sb_add(b, PICK(EN_SOURCE)); sb_addc(b, ' '); sb_add(b, PICK(EN_SAY)); sb_add(b, " that ");
		sb_add(b, PICK(EN_TOPIC)); sb_add(b, " had made life harder for people in "); en_place(b, c, 1);
		break;
	case 2:
		sb_add(b, c->curly ? "\xE2\x80\x9C" : "\""); at = b->n;
		sb_add(b, "We "); sb_add(b, PICK(EN_CLAUSE)); sb_add(b, ", and nobody asked us about ");
		sb_add(b, PICK(EN_TOPIC)); sb_addc(b, ',');
		sb_add(b, c->curly ? "\xE2\x80\x9D" : "\""); sb_addc(b, ' ');
		sb_add(b, PICK(EN_PERSON)); sb_add(b, ", a resident of "); sb_add(b, c->pl->en);
		sb_add(b, ", said");
		en_cap(b, at);
		sb_add(b, ". ");
		return;
	case 3:
		sb_add(b, PICK(EN_CONNECT)); sb_add(b, PICK(EN_BELLIG)); sb_addc(b, ' ');
		sb_add(b, PICK(EN_VERB_T)); sb_add(b, " the "); sb_add(b, PICK(EN_NOUN)); sb_add(b, " near ");
		en_place(b, c, 1); sb_addc(b, ' '); sb_add(b, PICK(EN_TIME));
		break;
	case 4:
		sb_add(b, "The "); sb_add(b, PICK(EN_NOUN)); sb_add(b, ", which served about ");
		sb_num_commas(b, between(2, 90) * 100); sb_add(b, " people, "); sb_add(b, PICK(EN_STATE));
		sb_add(b, ", and "); en_src_mid(b); sb_addc(b, ' '); sb_add(b, PICK(EN_SAY)); sb_add(b, " that ");
		sb_add(b, PICK(EN_TOPIC)); sb_add(b, " was their main worry");
		break;
	default:
		sb_add(b, "It was "); sb_add(b, c->pl->en); en_apos(b, c); sb_add(b, "s ");
		sb_add(b, chance(0.5) ? "worst" : "third"); sb_add(b, " attack since "); en_date(b, c->when);
		sb_add(b, ", and "); en_src_mid(b); sb_addc(b, ' '); sb_add(b, PICK(EN_CLAUSE));
		break;
	}
	en_cap(b, at);
	sb_add(b, ". ");
}

static void ar_num(struct sb *b, const struct rec_ctx *c, unsigned v) { sb_num_ar(b, v, c->indic); }

static void ar_place(struct sb *b, const struct rec_ctx *c, int other)
{
	const struct place *p = other ? &PICK(PLACES) : c->pl;
	sb_add(b, p->ar);
	if (chance(0.3) && strcmp(p->ar, p->gov_ar)) {
		sb_add(b, " بريف ");
		sb_add(b, p->gov_ar);
	}
}

static void ar_casualty(struct sb *b, struct rec_ctx *c)
{
	switch (below(6)) {
	case 0:
		sb_add(b, PICK(AR_SAY)); sb_addc(b, ' '); sb_add(b, PICK(AR_SOURCE)); sb_add(b, " بمقتل ");
		ar_num(b, c, (unsigned)c->killed); sb_add(b, " مدنيين");
		if (c->children) {
			sb_add(b, "، بينهم "); ar_num(b, c, (unsigned)c->children); sb_add(b, " أطفال،");
		}
		sb_add(b, " جراء "); sb_add(b, PICK(AR_EVENT)); sb_addc(b, ' '); sb_add(b, PICK(AR_VERB_T));
		sb_addc(b, ' '); sb_add(b, PICK(AR_NOUN)); sb_add(b, " في "); ar_place(b, c, 0);
		sb_addc(b, ' '); sb_add(b, PICK(AR_TIME));
		break;
	case 1:
		sb_add(b, "ارتفعت حصيلة ضحايا "); sb_add(b, PICK(AR_EVENT)); sb_add(b, " على ");
		ar_place(b, c, 0); sb_add(b, " إلى "); ar_num(b, c, (unsigned)c->killed); sb_add(b, " قتيلاً مدنياً");
		break;
	case 2:
		sb_add(b, "مقتل "); ar_num(b, c, (unsigned)c->killed); sb_add(b, " مدنيا وإصابة ");
		ar_num(b, c, (unsigned)c->injured); sb_add(b, " آخرين بجروح في "); ar_place(b, c, 0);
		sb_add(b, " يوم "); ar_date(b, c->when, 1, c->indic);
		break;
	case 3:
		sb_add(b, "قُتل "); ar_num(b, c, (unsigned)c->killed); sb_add(b, " مدنياً بقصف ");
		sb_add(b, PICK(AR_BELLIG)); sb_add(b, " على "); ar_place(b, c, 0); sb_add(b, "، بحسب ");
		sb_add(b, PICK(AR_SOURCE));
		break;
	case 4:
		sb_add(b, "وثّق "); sb_add(b, PICK(AR_SOURCE)); sb_add(b, " مقتل ما لا يقل عن ");
		ar_num(b, c, (unsigned)c->killed * 10 + between(0, 9)); sb_add(b, " مدنياً، بينهم ");
		ar_num(b, c, (unsigned)c->children * 3 + 1); sb_add(b, " طفلاً، خلال عام ");
		ar_num(b, c, (unsigned)c->when.y);
		break;
	default:
		sb_add(b, "أعلن "); sb_add(b, PICK(AR_BELLIG)); sb_add(b, " أنه نفّذ ");
		ar_num(b, c, between(1, 6)); sb_add(b, " ضربات قرب "); ar_place(b, c, 1);
		sb_add(b, " استهدفت مواقع لتنظيم الدولة");
		break;
	}
	sb_add(b, ". ");
}

static const char *AR_STATE[] = {
	"يخرج عن الخدمة", "يتعرض لأضرار كبيرة", "يُدمَّر بالكامل", "يُغلَق", "يتعرض للنهب", "يتوقف عن العمل",
};

static void ar_filler(struct sb *b, struct rec_ctx *c)
{
	switch (below(5)) {
	case 0:
		sb_add(b, PICK(AR_CONNECT)); sb_add(b, PICK(AR_CLAUSE)); sb_add(b, " في "); ar_place(b, c, chance(0.3));
		sb_addc(b, ' '); sb_add(b, PICK(AR_TIME));
		break;
	case 1:
		sb_add(b, PICK(AR_SAY)); sb_addc(b, ' '); sb_add(b, PICK(AR_SOURCE)); sb_add(b, " إن ");
		sb_add(b, PICK(AR_TOPIC)); sb_add(b, " زاد من معاناة الأهالي في "); ar_place(b, c, 1);
		break;
	case 2:
	{
		int ascii_q = chance(0.5);
		sb_add(b, "وقال "); sb_add(b, PICK(AR_PERSON)); sb_add(b, "، من سكان "); sb_add(b, c->pl->ar);
		sb_add(b, ascii_q ? "، \"" : "، «"); sb_add(b, PICK(AR_CLAUSE)); sb_add(b, " ولم يسأل أحد عن ");
		sb_add(b, PICK(AR_TOPIC)); sb_add(b, ascii_q ? "\"" : "»");
		break;
	}
	case 3:
		sb_add(b, PICK(AR_CONNECT)); sb_add(b, PICK(AR_EVENT)); sb_addc(b, ' '); sb_add(b, PICK(AR_VERB_T));
		sb_addc(b, ' '); sb_add(b, PICK(AR_NOUN)); sb_addc(b, ' '); sb_add(b, PICK(AR_ADJ));
		sb_add(b, " قرب "); ar_place(b, c, 1);
		break;
	default:
		sb_add(b, "وكان "); sb_add(b, PICK(AR_NOUN)); sb_add(b, " يخدم نحو "); ar_num(b, c, between(2, 90) * 100);
		sb_add(b, " نسمة قبل أن "); sb_add(b, PICK(AR_STATE)); sb_add(b, "، وقال الأهالي إن ");
		sb_add(b, PICK(AR_TOPIC)); sb_add(b, " هو همّهم الأول");
		break;
	}
	sb_add(b, ". ");
}

/* ------------------------------------------------------------- records */

struct rec {
	struct sb text, title, url, published;
	const struct outlet *out;
	int ar;
	int ascii_json; /* write non-ASCII as \uXXXX in JSON */
};

static size_t target_size(void)
{
	double r = unif();
	if (r < 0.04)
		return between(200, 420);             /* short posts */
	if (r < 0.05)
		return between(15000, 40000);         /* long features */
	double s = exp(log(3500.0) + 0.55 * normal());
	if (s < 500) s = 500;
	if (s > 40000) s = 40000;
	return (size_t)s;
}

static void build_text(struct rec *r, struct rec_ctx *c, size_t want)
{
	struct sb *b = &r->text;
	int para = 0;
	if (want < 500) {
		/* a post: one or two sentences, maybe a hashtag */
		if (r->ar) ar_casualty(b, c); else en_casualty(b, c);
		while (b->n < want) {
			if (r->ar) ar_filler(b, c); else en_filler(b, c);
		}
		b->n--; /* the trailing space */
		if (chance(0.5)) {
			sb_add(b, r->ar ? "\n#" : "\n#");
			const char *p = r->ar ? c->pl->ar : c->pl->en;
			for (; *p; p++)
				sb_addc(b, *p == ' ' ? '_' : *p);
		}
		return;
	}
	/* a dateline, then paragraphs of 2-5 sentences; the first carries the claim */
	if (r->ar) {
		sb_add(b, c->pl->ar); sb_add(b, " – "); ar_date(b, c->when, chance(0.5), c->indic); sb_add(b, "\n\n");
	} else {
		for (const char *p = c->pl->en; *p; p++)
			sb_addc(b, (*p >= 'a' && *p <= 'z') ? (char)(*p - 32) : *p);
		sb_add(b, ", "); sb_add(b, MON3[c->when.m - 1]); sb_addc(b, ' ');
		sb_num(b, c->when.d); sb_add(b, " - ");
	}
	while (b->n < want) {
		int ns = (int)between(2, 5);
		for (int i = 0; i < ns; i++) {
			if ((para == 0 && i == 0) || chance(0.12)) {
				if (r->ar) ar_casualty(b, c); else en_casualty(b, c);
			} else {
				if (r->ar) ar_filler(b, c); else en_filler(b, c);
			}
		}
		b->n--; /* the trailing space */
		if (chance(0.003))
			sb_add(b, " (ref. ECM\\2025\\114)");
		if (chance(0.01))
			sb_addc(b, '\t');
		sb_add(b, "\n\n");
		para++;
	}
	b->n -= 2;
}

static void build_title(struct rec *r, struct rec_ctx *c)
{
	struct sb *b = &r->title;
	if (r->ar) {
		if (chance(0.6)) {
			sb_add(b, "مقتل "); ar_num(b, c, (unsigned)c->killed); sb_add(b, " مدنيين ب");
			sb_add(b, PICK(AR_EVENT)); sb_add(b, " على "); sb_add(b, c->pl->ar);
		} else {
			sb_add(b, PICK(AR_TOPIC)); sb_add(b, " في "); sb_add(b, c->pl->ar); sb_add(b, ": ");
			sb_add(b, PICK(AR_CLAUSE));
		}
	} else {
		if (chance(0.6)) {
			sb_add(b, PICK(EN_EVENT_HEAD)); sb_add(b, " kills "); sb_num(b, c->killed);
			sb_add(b, " civilians in "); sb_add(b, c->pl->en);
		} else {
			sb_add(b, "In "); sb_add(b, c->pl->en); sb_add(b, ", residents say ");
			sb_add(b, PICK(EN_TOPIC)); sb_add(b, " comes first");
		}
	}
}

static void build_url(struct rec *r, struct rec_ctx *c, unsigned long id)
{
	struct sb *b = &r->url;
	sb_add(b, "https://");
	sb_add(b, r->out->domain);
	sb_addc(b, '/');
	sb_num(b, c->when.y); sb_addc(b, '/');
	sb_num2(b, (unsigned)c->when.m); sb_addc(b, '/');
	sb_num2(b, (unsigned)c->when.d); sb_addc(b, '/');
	if (r->ar) {
		sb_add(b, "news/");
	} else {
		for (const char *p = c->pl->en; *p; p++)
			sb_addc(b, (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : (*p == ' ' ? '-' : *p));
		sb_addc(b, '-');
	}
	char t[32];
	snprintf(t, sizeof t, "%08lu", id);
	sb_add(b, t);
}

static void build_published(struct rec *r, struct rec_ctx *c)
{
	struct sb *b = &r->published;
	unsigned hh = below(24), mm = below(60);
	double x = unif();
	if (r->ar && x < 0.35) {                      /* 23 نوفمبر 2025 */
		ar_date(b, c->when, chance(0.3), chance(0.15));
	} else if (x < 0.72) {                        /* ISO 8601 */
		sb_num(b, c->when.y); sb_addc(b, '-'); sb_num2(b, (unsigned)c->when.m);
		sb_addc(b, '-'); sb_num2(b, (unsigned)c->when.d);
		if (chance(0.8)) {
			sb_addc(b, 'T'); sb_num2(b, hh); sb_addc(b, ':'); sb_num2(b, mm); sb_add(b, ":00");
			sb_add(b, chance(0.5) ? "Z" : "+03:00");
		}
	} else {                                      /* RFC 822 */
		sb_add(b, WDAY3[c->when.wd]); sb_add(b, ", "); sb_num2(b, (unsigned)c->when.d); sb_addc(b, ' ');
		sb_add(b, MON3[c->when.m - 1]); sb_addc(b, ' '); sb_num(b, c->when.y);
		sb_addc(b, ' '); sb_num2(b, hh); sb_addc(b, ':'); sb_num2(b, mm); sb_add(b, ":00 ");
		sb_add(b, chance(0.5) ? "+0300" : "GMT");
	}
}

/* earlier texts kept for exact duplicates */
#define KEEP 64
static struct sb kept[KEEP];
static int kept_ar[KEEP];
static unsigned nkept;

static void make_record(struct rec *r, unsigned long id, int *dup)
{
	r->text.n = r->title.n = r->url.n = r->published.n = 0;
	r->ar = chance(1.0 / 3.0);
	uint32_t first = r->ar ? 30 : 0, count = r->ar ? N(OUTLETS) - 30 : 30;
	r->out = &OUTLETS[first + below(count)];
	r->ascii_json = chance(0.03);

	struct rec_ctx c;
	c.pl = &PICK(PLACES);
	c.when = date_from_days(DAY_2024_01_01 + (long)below((uint32_t)(DAY_2026_06_30 - DAY_2024_01_01 + 1)));
	c.killed = (int)small_count();
	c.children = chance(0.5) ? (int)below((uint32_t)c.killed / 2 + 1) : 0;
	c.injured = (int)small_count();
	c.indic = r->ar && chance(0.3);
	c.curly = !r->ar && chance(0.2);

	*dup = nkept > 0 && chance(0.01);
	if (*dup) {
		unsigned ki = below(nkept < KEEP ? nkept : KEEP);
		struct sb *k = &kept[ki];
		sb_addn(&r->text, k->p, k->n);
		r->ar = kept_ar[ki];  /* keep the language consistent */
		r->out = &OUTLETS[r->ar ? 30 + below(N(OUTLETS) - 30) : below(30)];
	} else {
		build_text(r, &c, target_size());
		/* keep about one text in 50 as a candidate for later duplication */
		if (nkept < KEEP || chance(0.02)) {
			unsigned ki = nkept < KEEP ? nkept : below(KEEP);
			struct sb *k = &kept[ki];
			kept_ar[ki] = r->ar;
			k->n = 0;
			sb_addn(k, r->text.p, r->text.n);
			if (nkept < KEEP)
				nkept++;
		}
	}
	build_title(r, &c);
	build_url(r, &c, id);
	build_published(r, &c);
}

/* ------------------------------------------------------------- writers */

static void csv_field(struct sb *o, const char *s, size_t n, int last)
{
	int quote = 0;
	for (size_t i = 0; i < n && !quote; i++)
		if (s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r')
			quote = 1;
	if (!quote) {
		sb_addn(o, s, n);
	} else {
		sb_addc(o, '"');
		size_t i = 0;
		while (i < n) {
			const char *q = memchr(s + i, '"', n - i);
			size_t j = q ? (size_t)(q - s) : n;
			sb_addn(o, s + i, j - i);
			if (!q)
				break;
			sb_addn(o, "\"\"", 2);
			i = j + 1;
		}
		sb_addc(o, '"');
	}
	sb_add(o, last ? "\r\n" : ",");
}

static const char CSV_HEADER[] = "text,title,url,published,language,publisher,source_type\r\n";

static void csv_record(struct sb *o, const struct rec *r)
{
	csv_field(o, r->text.p, r->text.n, 0);
	csv_field(o, r->title.p, r->title.n, 0);
	csv_field(o, r->url.p, r->url.n, 0);
	csv_field(o, r->published.p, r->published.n, 0);
	csv_field(o, r->ar ? "ar" : "en", 2, 0);
	csv_field(o, r->out->name, strlen(r->out->name), 0);
	csv_field(o, r->out->kind, strlen(r->out->kind), 1);
}

/* ---------------------------------------------------------------- main */

static void usage(void)
{
	fprintf(stderr, "usage: gen_corpus [--csv] OUT MEGABYTES [SEED]\n"
			"  writes JSON lines (or CSV with --csv) to OUT ('-' for stdout) until the\n"
			"  JSON-lines form reaches MEGABYTES x 1,000,000 bytes; SEED defaults to 42\n");
	exit(2);
}

int main(int argc, char **argv)
{
	int csv = 0;
	const char *pos[3] = {0};
	int npos = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--csv"))
			csv = 1;
		else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			usage();
		else if (npos < 3)
			pos[npos++] = argv[i];
		else
			usage();
	}
	if (npos < 2)
		usage();
	uint64_t want;
	if (gen_args(pos[1], npos == 3 ? pos[2] : NULL, &want))
		usage();
	FILE *f = out_open(pos[0]);

	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);

	uint64_t jbytes = 0, wbytes = 0;
	unsigned long nrec = 0, ndup = 0, nar = 0;
	struct rec r;
	memset(&r, 0, sizeof r);
	struct sb jl = {0}, cl = {0}, out = {0};
	if (csv)
		sb_add(&out, CSV_HEADER);
	while (jbytes < want) {
		int dup;
		make_record(&r, nrec + 1, &dup);
		jl.n = 0;
		json_record(&jl, &(struct json_rec){&r.text, &r.title, &r.url, &r.published, r.ar ? "ar" : "en",
						    r.out->name, r.out->kind, r.ascii_json});
		jbytes += jl.n;
		if (csv) {
			cl.n = 0;
			csv_record(&cl, &r);
			sb_addn(&out, cl.p, cl.n);
		} else {
			sb_addn(&out, jl.p, jl.n);
		}
		nrec++;
		ndup += (unsigned long)dup;
		nar += (unsigned long)r.ar;
		if (out.n >= (1u << 20))
			out_write(&out, f, &wbytes);
	}
	out_write(&out, f, &wbytes);
	out_close(f);

	double s = seconds_since(&t0);
	fprintf(stderr, "gen_corpus: %s: %lu records (%lu Arabic, %lu duplicate texts), %llu bytes, "
			"%.2f s, %.0f MB/s\n",
		csv ? "csv" : "jsonl", nrec, nar, ndup, (unsigned long long)wbytes, s,
		s > 0 ? (double)wbytes / 1e6 / s : 0.0);
	/* the record count on stdout when writing to a file, for scripts */
	if (f != stdout)
		printf("%lu\n", nrec);
	free(jl.p); free(cl.p); free(out.p);
	free(r.text.p); free(r.title.p); free(r.url.p); free(r.published.p);
	for (unsigned i = 0; i < KEEP; i++)
		free(kept[i].p);
	return 0;
}
