/* gen_news_ar.c - a seeded, synthetic corpus of Arabic news and social-media
 * posts for the extract-ar benchmark: the Arabic twin of gen_news.c.
 *
 *   gen_news_ar OUT MEGABYTES [SEED [PLACES_TSV]]
 *
 * Writes JSON lines (text, title, url, published, language "ar", publisher,
 * source_type) to OUT ("-" for stdout) until they reach MEGABYTES * 1,000,000
 * bytes. SEED defaults to 42, PLACES_TSV to data/places.tsv, whose Syrian and
 * Iraqi cities, towns, villages and districts with an Arabic name are the
 * places the texts name (with their governorates' Arabic names).
 *
 * The texts are Arabic reports of 1 to 8 KB, built from sentence templates
 * and word lists written for this file (no third-party text): news sites'
 * articles, and posts captured from Facebook pages (a "PAGE - ..." header,
 * "Facebook", "... · Shared with Public", the post, then "All reactions:",
 * the "LikeComment" bar and readers' comments) and from X. About 15% of the
 * sentences report casualties or strikes the way Syrian and Iraqi sources
 * write them ("قُتل ٣ مدنيين بينهم طفلان وأصيب ٥ آخرون جراء غارات جوية روسية
 * على بلدة X بريف إدلب الجنوبي، فجر اليوم الأحد", "ارتفعت حصيلة ضحايا القصف
 * إلى ١٢ قتيلاً", "سقوط ٤ شهداء", "مقتل وإصابة عدد من المدنيين"), with
 * counts in digits or number words that agree with their noun (duals,
 * "ثلاثة أطفال" / "ثلاث نساء", "١٢ مدنياً"); the rest are ordinary news
 * (politics, the economy, weather, aid, services, sport) with their own
 * figures, dates and places. Nearly half the texts write Arabic-Indic digits.
 * Dates run from 2014-06-01 to 2026-06-30; relative dates ("فجر اليوم
 * الأحد", "أمس", "الثلاثاء الماضي", "في ٣ آذار") agree with the publication
 * date, in Levantine or Egyptian month names or both ("آذار/مارس").
 *
 * Same rules as gen_news.c: the records do not depend on MEGABYTES (a smaller
 * corpus of one seed is a prefix of a larger one), and the PRNG is our own
 * (gen_common.c), so a seed gives the same bytes on every machine for the same
 * places file. Prints "RECORDS TEXT_BYTES" on stdout when OUT is a file and a
 * summary on stderr. Built by bench/run.sh: cc -O2 gen_news_ar.c gen_common.c -lm
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_common.h"

const char gen_prog[] = "gen_news_ar";

/* --------------------------------------------------------------- places */

/* A place with an Arabic name, and its governorate's Arabic name. */
struct place { char *name, *gov; int kind, syria; };

static struct place *places;
static size_t nplaces;
static size_t *in_syria, *in_iraq; /* indexes into places */
static size_t nsyria, niraq;

/* while reading: the governorates (English -> Arabic) and the places with
 * their governorates' English names */
struct gov { char *en, *ar; };
struct reading { struct gov *govs; char **gov_en; size_t ngovs, have_govs, have_places, have_names; };

static void *grow(void *p, size_t *have, size_t n, size_t size)
{
	if (n < *have)
		return p;
	*have = *have ? *have * 2 : 256;
	p = realloc(p, *have * size);
	if (!p)
		die("out of memory");
	return p;
}

static void add_row(const struct gaz_row *r, void *arg)
{
	struct reading *rd = arg;
	if (r->kind == K_GOVERNORATE && r->len[9]) {
		rd->govs = grow(rd->govs, &rd->have_govs, rd->ngovs, sizeof *rd->govs);
		rd->govs[rd->ngovs++] = (struct gov){strndup(r->col[8], r->len[8]), strndup(r->col[9], r->len[9])};
		return;
	}
	if (r->kind > K_DISTRICT || r->len[9] < 3 || !r->len[3])
		return;
	char *name = strndup(r->col[9], r->len[9]);
	/* the same place is often listed as a town and as its district */
	if (nplaces && !strcmp(places[nplaces - 1].name, name)) {
		free(name);
		return;
	}
	places = grow(places, &rd->have_places, nplaces, sizeof *places);
	rd->gov_en = grow(rd->gov_en, &rd->have_names, nplaces, sizeof *rd->gov_en);
	rd->gov_en[nplaces] = strndup(r->col[3], r->len[3]);
	places[nplaces++] = (struct place){name, NULL, r->kind, r->col[2][0] == 'S'};
}

static void load_places(const char *path)
{
	struct reading rd = {0};
	gaz_read(path, add_row, &rd);
	size_t kept = 0;
	for (size_t i = 0; i < nplaces; i++) {
		for (size_t g = 0; g < rd.ngovs && !places[i].gov; g++)
			if (!strcmp(rd.govs[g].en, rd.gov_en[i]))
				places[i].gov = rd.govs[g].ar;
		free(rd.gov_en[i]);
		if (places[i].gov)
			places[kept++] = places[i];
		else
			free(places[i].name);
	}
	nplaces = kept;
	free(rd.gov_en);
	in_syria = calloc(nplaces + 1, sizeof *in_syria);
	in_iraq = calloc(nplaces + 1, sizeof *in_iraq);
	if (!in_syria || !in_iraq)
		die("out of memory");
	for (size_t i = 0; i < nplaces; i++) {
		if (places[i].syria)
			in_syria[nsyria++] = i;
		else
			in_iraq[niraq++] = i;
	}
	if (nsyria < 20 || niraq < 20) {
		errno = 0;
		fprintf(stderr, "gen_news_ar: %s: only %zu Syrian and %zu Iraqi places with Arabic names\n", path,
			nsyria, niraq);
		exit(1);
	}
}

/* Most sources are Syrian: a Syrian place two times in three. */
static const struct place *any_place(void)
{
	if (chance(0.65))
		return &places[in_syria[below((uint32_t)nsyria)]];
	return &places[in_iraq[below((uint32_t)niraq)]];
}

/* ----------------------------------------------------------- word lists */

/* A counted noun: singular, dual (nominative, genitive), plural
 * (nominative, genitive), the accusative singular that follows 11 to 99,
 * the definite plural; fem: a feminine noun (it takes "ثلاث", not "ثلاثة"). */
struct noun { const char *one, *two_n, *two_g, *pl_n, *pl_g, *acc, *def; int fem; };

static const struct noun CIVILIAN = {"مدني", "مدنيان", "مدنيين", "مدنيين", "مدنيين", "مدنياً", "المدنيين", 0};
static const struct noun PERSON_N = {"شخص", "شخصان", "شخصين", "أشخاص", "أشخاص", "شخصاً", "الأشخاص", 0};
static const struct noun CITIZEN = {"مواطن", "مواطنان", "مواطنين", "مواطنين", "مواطنين", "مواطناً", "المواطنين", 0};
static const struct noun CHILD = {"طفل", "طفلان", "طفلين", "أطفال", "أطفال", "طفلاً", "الأطفال", 0};
static const struct noun WOMAN = {"امرأة", "امرأتان", "امرأتين", "نساء", "نساء", "امرأة", "النساء", 1};
static const struct noun SHAHID = {"شهيد", "شهيدان", "شهيدين", "شهداء", "شهداء", "شهيداً", "الشهداء", 0};
static const struct noun KILLED = {"قتيل", "قتيلان", "قتيلين", "قتلى", "قتلى", "قتيلاً", "القتلى", 0};
static const struct noun VICTIM = {"ضحية", "ضحيتان", "ضحيتين", "ضحايا", "ضحايا", "ضحية", "الضحايا", 1};
static const struct noun WOUNDED = {"جريح", "جريحان", "جريحين", "جرحى", "جرحى", "جريحاً", "الجرحى", 0};
static const struct noun INJURED = {"مصاب", "مصابان", "مصابين", "مصابين", "مصابين", "مصاباً", "المصابين", 0};
static const struct noun OTHER = {"آخر", "آخران", "آخرين", "آخرون", "آخرين", "آخرين", "الآخرين", 0};
static const struct noun MEMBER = {"فرد", "فردان", "فردين", "أفراد", "أفراد", "فرداً", "الأفراد", 0};
static const struct noun STRIKE = {"ضربة", "ضربتان", "ضربتين", "ضربات", "ضربات", "ضربة", "الضربات", 1};
static const struct noun HOUR = {"ساعة", "ساعتان", "ساعتين", "ساعات", "ساعات", "ساعة", "الساعات", 1};
static const struct noun DAY = {"يوم", "يومان", "يومين", "أيام", "أيام", "يوماً", "الأيام", 0};
static const struct noun TRUCK = {"شاحنة", "شاحنتان", "شاحنتين", "شاحنات", "شاحنات", "شاحنة", "الشاحنات", 1};
static const struct noun SCHOOL = {"مدرسة", "مدرستان", "مدرستين", "مدارس", "مدارس", "مدرسة", "المدارس", 1};
static const struct noun BED = {"سرير", "سريران", "سريرين", "أسرّة", "أسرّة", "سريراً", "الأسرّة", 0};
static const struct noun VOTE = {"صوت", "صوتان", "صوتين", "أصوات", "أصوات", "صوتاً", "الأصوات", 0};
static const struct noun COUNCILLOR = {"عضو", "عضوان", "عضوين", "أعضاء", "أعضاء", "عضواً", "الأعضاء", 0};

/* 3 to 10 in words, before a masculine and before a feminine noun */
static const char *const NUM_M[] = {"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
static const char *const NUM_F[] = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"};
/* 20 to 90, nominative and genitive */
static const char *const TENS_N[] = {"عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"};
static const char *const TENS_G[] = {"عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"};

/* A weapon, indefinite and definite; fem: it takes a feminine verb; adj: a
 * nationality adjective may follow it ("غارات جوية روسية"). */
struct weapon { const char *indef, *def; int fem, adj; };
static const struct weapon WEAPONS[] = {
	{"غارات جوية", "الغارات الجوية", 1, 1}, {"غارة جوية", "الغارة الجوية", 1, 1},
	{"قصف مدفعي", "القصف المدفعي", 0, 1}, {"قصف صاروخي", "القصف الصاروخي", 0, 1},
	{"قصف جوي", "القصف الجوي", 0, 1}, {"ضربة جوية", "الضربة الجوية", 1, 1},
	{"قصف بالبراميل المتفجرة", "القصف بالبراميل المتفجرة", 0, 0},
	{"غارة بطائرة مسيّرة", "غارة الطائرة المسيّرة", 1, 0}, {"قذائف هاون", "قذائف الهاون", 1, 0},
	{"صواريخ أرض-أرض", "الصواريخ", 1, 0}, {"قصف بقذائف المدفعية الثقيلة", "القصف", 0, 0},
	{"هجوم بطائرة مسيّرة انتحارية", "الهجوم", 0, 0}, {"صاروخ موجّه", "الصاروخ الموجّه", 0, 0},
	{"قصف بالقنابل العنقودية", "القصف بالقنابل العنقودية", 0, 0},
};

/* A belligerent: its adjective (masculine, feminine) or NULL, "لـ" + its
 * name, its name as a subject, fem: a feminine subject; where: 0 both
 * countries, 1 Syria, 2 Iraq. */
struct bellig { const char *adj_m, *adj_f, *of, *subj; int fem, where; };
static const struct bellig BELLIGS[] = {
	{"روسي", "روسية", "للطيران الحربي الروسي", "الطيران الحربي الروسي", 0, 1},
	{NULL, NULL, "لقوات النظام", "قوات النظام", 1, 1},
	{NULL, NULL, "لمروحيات النظام", "مروحيات النظام", 1, 1},
	{NULL, NULL, "لجيش النظام", "جيش النظام", 0, 1},
	{NULL, NULL, "لطيران التحالف الدولي", "طيران التحالف الدولي", 0, 0},
	{"تركي", "تركية", "للطائرات المسيّرة التركية", "الطائرات المسيّرة التركية", 1, 0},
	{"إسرائيلي", "إسرائيلية", "للطيران الإسرائيلي", "الطيران الإسرائيلي", 0, 1},
	{"أمريكي", "أمريكية", "للقوات الأمريكية", "القوات الأمريكية", 1, 0},
	{NULL, NULL, "لتنظيم داعش", "تنظيم داعش", 0, 0},
	{NULL, NULL, "لقوات سوريا الديمقراطية (قسد)", "قوات سوريا الديمقراطية", 1, 1},
	{NULL, NULL, "لميليشيات مدعومة من إيران", "ميليشيات مدعومة من إيران", 1, 0},
	{NULL, NULL, "لطيران مجهول الهوية", "طيران مجهول الهوية", 0, 0},
	{NULL, NULL, "لهيئة تحرير الشام", "هيئة تحرير الشام", 1, 1},
	{NULL, NULL, "لفصائل المعارضة", "فصائل المعارضة", 1, 1},
	{NULL, NULL, "للقوات العراقية", "القوات العراقية", 1, 2},
	{NULL, NULL, "لقوات الحشد الشعبي", "قوات الحشد الشعبي", 1, 2},
};

/* Who speaks: a name and whether it takes a feminine verb. */
struct speaker { const char *name; int fem; };
static const struct speaker SOURCES[] = {
	{"مصادر محلية", 1}, {"ناشطون", 0}, {"الدفاع المدني السوري", 0}, {"مصدر طبي", 0}, {"شهود عيان", 0},
	{"مصادر طبية", 1}, {"فرق الإنقاذ", 1}, {"ناشطون محليون", 0}, {"المجلس المحلي", 0}, {"مديرية الصحة", 1},
	{"مصدر في المشفى الميداني", 0}, {"الأهالي", 0}, {"مراسلنا", 0}, {"مصادر أهلية", 1},
};
static const struct speaker MONITORS[] = {
	{"مرصد الشمال لتوثيق الانتهاكات", 0}, {"الشبكة السورية للتوثيق", 1}, {"مكتب توثيق الضحايا في المنطقة", 0},
	{"منظمة شهود", 1}, {"مرصد الفرات لحقوق الإنسان", 0}, {"سجل الضحايا المدنيين في العراق", 0},
	{"فريق الرصد الميداني", 0},
};
static const struct speaker SELVES[] = {
	{"وزارة الدفاع الروسية", 1}, {"التحالف الدولي", 0}, {"قيادة العمليات المشتركة", 1},
	{"وزارة الدفاع التركية", 1}, {"القيادة المركزية الأمريكية", 1}, {"جيش النظام", 0},
	{"قوات سوريا الديمقراطية", 1}, {"الجيش الإسرائيلي", 0},
};
static const char *const SAY_VERB[][2] = {{"أفاد", "أفادت"}, {"ذكر", "ذكرت"}, {"أكد", "أكدت"}, {"أوضح", "أوضحت"}};
static const char *const ACCORDING[] = {"بحسب ", "وفق ", "حسب ما أفاد به "};

static const char *const A_NOUN[] = {
	"سوق شعبي", "مشفى", "مدرسة", "فرن", "مسجد", "منزل", "مبنى سكني", "مخيم للنازحين", "مستوصف", "مزرعة",
	"سيارة مدنية", "حافلة صغيرة", "محطة وقود", "سوق الخضار", "مدرسة ابتدائية", "تجمع للمدنيين",
	"محطة مياه", "معصرة زيتون", "مخبز آلي", "حي سكني",
};
static const char *const BOMB[] = {
	"سيارة مفخخة", "عبوة ناسفة", "دراجة نارية مفخخة", "لغم أرضي", "مخلفات حربية",
};
static const char *const TARGET[] = {
	"مقرات لتنظيم داعش", "مستودع ذخيرة", "منصة لإطلاق الصواريخ", "آليات للمسلحين", "نفق يستخدمه المسلحون",
	"مواقع للإرهابيين", "مركز قيادة", "ورشة لتصنيع العبوات",
};
static const char *const FIRST_M[] = {
	"أحمد", "محمد", "خالد", "عمر", "حسين", "يوسف", "إبراهيم", "جمال", "محمود", "علي", "حسن", "سمير",
	"وليد", "بلال", "كريم", "طارق", "نبيل", "فادي", "رامي", "زياد",
};
static const char *const FIRST_F[] = {
	"فاطمة", "ليلى", "مريم", "سميرة", "هناء", "رشا", "سلمى", "نور", "أمل", "هدى", "رنا", "زينب", "عائشة",
};
static const char *const FAMILY[] = {
	"الحسن", "العلي", "الإبراهيم", "اليوسف", "الحسين", "درويش", "الصالح", "العبدالله", "حداد", "الخلف",
	"المصطفى", "الجاسم", "كنعان", "العبيد", "الأحمد", "حمدان", "الرشيد", "سليمان", "النجار", "قاسم",
	"التميمي", "منصور", "الجبوري",
};
static const char *const JOB[] = {
	"معلم", "صاحب محل", "مزارع", "سائق أجرة", "صيدلاني", "خباز", "طالب جامعي", "ممرض", "ميكانيكي",
	"أب لأربعة أطفال", "مهندس متقاعد", "عامل مياومة", "خياط", "نجار",
};
static const char *const OFFICIAL[] = {
	"وزير الخارجية", "رئيس الوزراء", "المبعوث الأممي", "المحافظ", "وزير الاقتصاد", "وزير الداخلية",
	"رئيس البرلمان", "دبلوماسي أمريكي رفيع", "مسؤول السياسة الخارجية في الاتحاد الأوروبي", "وزير الكهرباء",
	"رئيس المجلس المحلي", "وزير الصحة", "وزير التربية", "وزير النفط",
};
static const char *const COUNTRY[] = {
	"تركيا", "العراق", "الأردن", "لبنان", "روسيا", "إيران", "الولايات المتحدة", "فرنسا", "ألمانيا",
	"السعودية", "قطر", "مصر", "الإمارات", "بريطانيا", "الصين",
};
static const char *const CAPITAL[] = {
	"جنيف", "أنقرة", "عمّان", "بيروت", "موسكو", "طهران", "واشنطن", "باريس", "برلين", "الرياض", "الدوحة",
	"القاهرة", "أستانا", "بغداد", "دمشق", "أربيل", "بروكسل", "فيينا",
};
static const char *const TOPIC[] = {
	"وقف إطلاق النار", "الوضع الإنساني", "عودة اللاجئين", "إعادة الإعمار", "أسعار المحروقات", "مياه الشرب",
	"انقطاع الكهرباء", "المفاوضات", "قوافل المساعدات", "موسم القمح", "العام الدراسي", "سعر الصرف",
	"إزالة الألغام", "سعر ربطة الخبز", "المعابر الحدودية", "الانتخابات المحلية", "الدستور الجديد",
	"تبادل الأسرى", "الموازنة العامة", "استيراد الكهرباء", "الرسوم الجمركية", "التعداد السكاني",
};
static const char *const COMMODITY[] = {
	"الخبز", "السكر", "الأرز", "الغاز المنزلي", "المازوت", "البنزين", "البندورة", "الزيت النباتي", "العدس",
	"الطحين", "البيض", "الفروج", "الأدوية", "مازوت التدفئة", "الإسمنت", "حليب الأطفال",
};
static const char *const CROSSING[] = {
	"باب الهوى", "نصيب", "اليعربية", "ربيعة", "باب السلامة", "سيمالكا", "القائم", "إبراهيم الخليل",
};
static const char *const DONOR[] = {
	"الاتحاد الأوروبي", "منظمة اليونيسف", "جمعية خيرية قطرية", "البنك الدولي", "رجال أعمال محليين", "اليابان",
	"الهلال الأحمر", "وكالة تنمية ألمانية", "برنامج الأمم المتحدة الإنمائي",
};
static const char *const ORG[] = { /* feminine subjects */
	"منظمة الصحة العالمية", "منظمة اليونيسف", "مفوضية اللاجئين", "منظمة أطباء بلا حدود",
	"منظمة الهلال الأحمر", "منظمة إغاثية نرويجية",
};
static const char *const QUOTE[] = {
	"بدنا المدارس ترجع تفتح، هاد كل شي", "الأسعار عم تتغير كل أسبوع والرواتب متل ما هي",
	"ما حدا قلنا إيمتى رح ترجع الكهربا", "الموسم هالسنة أحسن من السنة الماضية، الحمد لله",
	"رممنا السقف بإيدينا", "ولادي ما شافوا دكتور من شهور", "الطريق مفتوح بس الحواجز بطيئة",
	"كلنا تعبنا من الوعود", "إذا إجا المطر الزرع بيكون منيح", "بدنا مولدات أكتر من أي شي",
	"إحنا نريد بس الماي والكهرباء", "السوق رجع يزدحم بالمسا",
};
static const char *const CONNECT[] = {
	"وفي سياق متصل، ", "من جهة أخرى، ", "إلى ذلك، ", "في غضون ذلك، ", "وفي شأن آخر، ",
};
static const char *const CONNECT_CAS[] = {
	"وفي سياق متصل، ", "من جهة أخرى، ", "وفي حادثة منفصلة، ", "وفي وقت سابق، ", "ولاحقاً، ",
	"وبحسب المصادر ذاتها، ", "وفي هجوم ثانٍ، ",
};
static const char *const DIRECTION[] = {
	"الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالي الغربي", "الجنوبي الشرقي", "الشمالي الشرقي",
	"الجنوبي الغربي",
};
static const char *const SIDE[] = {"شرق", "غرب", "شمال", "جنوب", "شمال غرب", "جنوب شرق"};
static const char *const KIND_WORD[] = {"مدينة", "بلدة", "قرية", "منطقة"};

struct outlet { const char *name, *domain, *kind; };
static const struct outlet OUTLETS[] = {
	{"شبكة الشمال الإخبارية", "shamal-news.example", "local_media"},
	{"وكالة نبأ الشرق", "naba-sharq.example", "news_agency"},
	{"صحيفة الفرات الجديد", "furat-jadid.example", "local_media"},
	{"موقع بلدي اليوم", "baladi-today.example", "local_media"},
	{"وكالة دجلة للأنباء", "dijla-agency.example", "news_agency"},
	{"شبكة أخبار الجزيرة السورية", "jazira-net.example", "local_media"},
	{"المرصد الميداني", "field-monitor.example", "ngo"},
	{"منصة توثيق", "tawtheeq.example", "ngo"},
	{"الإعلام الحربي", "war-media.example", "belligerent"},
	{"وزارة الإعلام", "moi-ar.example", "government"},
	{"إذاعة صوت المدينة", "sawt-madina.example", "local_media"},
	{"نينوى بوست", "ninawa-post.example", "local_media"},
};

/* social-media pages: "%s" is the place (or governorate) */
static const char *const PAGE_NAME[] = {
	"%s الآن", "تنسيقية %s", "شبكة أخبار %s", "صفحة شهداء %s", "%s 24", "أحرار %s", "عدسة %s", "مراسل %s",
};
static const char *const HANDLE[] = {
	"north_now", "furat_voice", "shahba24", "idlib_lens", "jazira_net", "raqqa_today", "deir_news",
	"mosul_eye_ar", "anbar_live", "hama_now",
};
static const char *const COMMENT_CAS[] = {
	"رحمهم الله وصبر أهلهم", "لا حول ولا قوة إلا بالله", "حسبنا الله ونعم الوكيل", "الله يرحم الشهداء",
	"يا رب الفرج", "وين العالم عن هالشي", "إنا لله وإنا إليه راجعون", "الله يشفي الجرحى",
	"الحصيلة صارت أكتر حسب ما سمعنا", "صح الخبر؟ أهلي هونيك وما عم يردوا",
};
static const char *const COMMENT_ORD[] = {
	"شكراً على المتابعة", "الله يعطيكم العافية", "والأسعار بعدها عم تطلع", "وين الكهربا يا جماعة",
	"خبر منيح أخيراً", "متى رح يفتحوا الطريق؟", "الله يفرجها على الجميع",
};

/* ------------------------------------------------------------ templates */

enum ph {
	PH_PLACE, PH_PLACE2, PH_LOC, PH_GOV, PH_RIFGOV, PH_WHEN, PH_DATE, PH_PMONTH, PH_V, PH_VG, PH_SH, PH_TOLL,
	PH_TOLLJ, PH_ON, PH_OG, PH_KN, PH_WN, PH_AMONGK, PH_VAGUE, PH_FAMN, PH_KORD, PH_STRIKES, PH_RANGE,
	PH_BIG, PH_W, PH_WD, PH_T, PH_WHICH, PH_BS, PH_BT, PH_BOF, PH_SAID, PH_ACC, PH_MON, PH_MT, PH_BSELF,
	PH_BST, PH_DENY, PH_A_NOUN, PH_BOMB, PH_TARGET, PH_FAMILY, PH_PM, PH_PF, PH_AGE, PH_JOB, PH_OFFICIAL,
	PH_COUNTRY, PH_CAPITAL, PH_TOPIC, PH_COMMODITY, PH_CROSSING, PH_DONOR, PH_ORG, PH_QUOTE, PH_PCT,
	PH_TEMP, PH_THOUSANDS, PH_PRICE, PH_SMALL, PH_SCORE, PH_MONTH, PH_YEAR, PH_PASTYEAR, PH_WEEKDAY,
	PH_HOURS, PH_DAYS, PH_TRUCKS, PH_SCHOOLS, PH_BEDS, PH_VOTES, PH_MEMBERS, PH_COUNT
};
static const char *const PH_NAME[PH_COUNT] = {
	"PLACE", "PLACE2", "LOC", "GOV", "RIFGOV", "WHEN", "DATE", "PMONTH", "V", "VG", "SH", "TOLL",
	"TOLLJ", "ON", "OG", "KN", "WN", "AMONGK", "VAGUE", "FAMN", "KORD", "STRIKES", "RANGE",
	"BIG", "W", "WD", "T", "WHICH", "BS", "BT", "BOF", "SAID", "ACC", "MON", "MT", "BSELF",
	"BST", "DENY", "A_NOUN", "BOMB", "TARGET", "FAMILY", "PM", "PF", "AGE", "JOB", "OFFICIAL",
	"COUNTRY", "CAPITAL", "TOPIC", "COMMODITY", "CROSSING", "DONOR", "ORG", "QUOTE", "PCT",
	"TEMP", "THOUSANDS", "PRICE", "SMALL", "SCORE", "MONTH", "YEAR", "PASTYEAR", "WEEKDAY",
	"HOURS", "DAYS", "TRUCKS", "SCHOOLS", "BEDS", "VOTES", "MEMBERS",
};

/* the placeholders that pick a word of a list */
static const struct words LISTS[PH_COUNT] = {
	[PH_A_NOUN] = WORDS(A_NOUN), [PH_BOMB] = WORDS(BOMB), [PH_TARGET] = WORDS(TARGET),
	[PH_FAMILY] = WORDS(FAMILY), [PH_JOB] = WORDS(JOB), [PH_OFFICIAL] = WORDS(OFFICIAL),
	[PH_COUNTRY] = WORDS(COUNTRY), [PH_CAPITAL] = WORDS(CAPITAL), [PH_TOPIC] = WORDS(TOPIC),
	[PH_COMMODITY] = WORDS(COMMODITY), [PH_CROSSING] = WORDS(CROSSING), [PH_DONOR] = WORDS(DONOR),
	[PH_ORG] = WORDS(ORG), [PH_QUOTE] = WORDS(QUOTE),
};

/* Sentences that report casualties, strikes, denials, admissions or tolls.
 * {W} is the sentence's weapon with its belligerent, {T} "ت" when the
 * weapon takes a feminine verb; {BS}/{BT}, {MON}/{MT}, {BSELF}/{BST} the
 * same for the belligerent, the monitor and the belligerent's own voice. */
static const char *const CASUALTY[] = {
	"قُتل {V}{AMONGK} وأصيب {ON} جراء {W} على {LOC}، {WHEN}.",
	"ارتفعت حصيلة ضحايا {WD} على {PLACE} إلى {TOLL}، {ACC}.",
	"استشهاد {VG} ب{W} على {LOC} {WHEN}.",
	"سقوط {SH} وعدد من الجرحى جراء {W} استهدف{T} {A_NOUN} في {PLACE} {WHEN}.",
	"مقتل وإصابة {VAGUE} جراء {W} على {LOC} {WHEN}.",
	"{SAID} أن {W} على {LOC} {WHEN} أسفر{T} عن مقتل {VG} وإصابة {OG}.",
	"وثّق{MT} {MON} مقتل {VG} في محافظة {GOV} خلال شهر {PMONTH}.",
	"قال{MT} {MON} إن حصيلة الضحايا المدنيين في {PLACE} منذ بدء الحملة العسكرية بلغت {TOLL}.",
	"انتشلت فرق الدفاع المدني جثث {VG} من تحت أنقاض {A_NOUN} في {PLACE} {WHEN}.",
	"لا يزال مصير {VG} مجهولاً تحت الأنقاض في {PLACE}، {ACC}.",
	"أُصيب {V} بجروح متفاوتة جراء {W} على {LOC} {WHEN}.",
	"قضى {FAMN} من عائلة {FAMILY}، بينهم {KN}، بعد أن استهدف{T} {W} منزلهم في {PLACE} {WHEN}.",
	"استشهدت سيدة وأطفالها {KORD} إثر {W} على منزلهم في {PLACE} {WHEN}.",
	"أعلن{BST} {BSELF} تنفيذ {STRIKES} جوية قرب {PLACE} {WHEN} أسفرت عن تدمير {TARGET}.",
	"{DENY} {BSELF} أن تكون طائراتها قد استهدفت {PLACE} {WHEN}.",
	"ذكرت مصادر طبية أن بين القتلى {KN} و{WN}.",
	"ارتفع عدد ضحايا {WD} {WHICH} استهدف{T} {PLACE} {WHEN} إلى {TOLL} و{TOLLJ}.",
	"في {DATE}، قتل{T} {W} {VG} في {PLACE}.",
	"شيّع أهالي {PLACE} {WHEN} جثامين {VG} قضوا ب{W}.",
	"قُتل {PM} ({AGE} عاماً) برصاص قناص تابع {BOF} في {PLACE} {WHEN}.",
	"قُتل {V} بينهم {WN} بانفجار {BOMB} في {A_NOUN} ب{PLACE} {WHEN}.",
	"{SAID} أن المشافي الميدانية في {PLACE} استقبلت {TOLLJ} جراء {W} {WHEN}.",
	"حصيلة أولية: مقتل {VG} وإصابة {TOLLJ} ب{W} على {PLACE}.",
	"تجاوزت حصيلة ضحايا الحملة العسكرية على {RIFGOV} منذ مطلع {MONTH} {TOLL}، وفق {MON}.",
	"قُتل أكثر من {BIG} شخص في سوريا منذ عام 2011، بحسب تقديرات {MON}.",
	"قدّر{MT} {MON} عدد القتلى في {PLACE} {RANGE}، وهو رقم يفوق الحصيلة الرسمية.",
	"استهدف{T} {W} أطراف {PLACE} {WHEN} دون ورود أنباء عن إصابات.",
	"ارتقاء {SH}{AMONGK} ب{W} على {LOC}.",
	"مقتل {VG} وإصابة {OG} ب{W} على {LOC} {WHEN}.",
	"قضت عائلة مؤلفة من {FAMN} ب{W} على منزلها في {PLACE} {WHEN}.",
	"أفاد مراسلنا بمقتل {VG}{AMONGK} وجرح {OG} في {W} على {LOC}.",
	"قصف{BT} {BS} {LOC} {WHEN}، ما أسفر عن مقتل {VG} وإصابة {OG}.",
	"قالت وزارة الصحة إن حصيلة {WD} على {PLACE} بلغت {TOLL} و{TOLLJ}.",
};

/* Ordinary news: politics, weather, the economy, aid, services, people, sport. */
static const char *const ORDINARY[] = {
	/* politics */
	"التقى {OFFICIAL} {WHEN} في {CAPITAL} مسؤولين من {COUNTRY} لبحث ملف {TOPIC}.",
	"أكد {OFFICIAL} أن المحادثات في {CAPITAL} ستُستأنف خلال شهر {MONTH}.",
	"من المقرر إجراء انتخابات المجلس المحلي في {PLACE} في {MONTH} {YEAR}.",
	"جرى توقيع اتفاقية بين {COUNTRY} و{COUNTRY} بشأن {TOPIC} {WHEN}.",
	"وصفت المعارضة المقترح بأنه خطوة إلى الوراء، وأعلنت مقاطعتها للجولة المقبلة.",
	"قال دبلوماسيون إن مشروع قرار بشأن {TOPIC} قد يُطرح للتصويت الأسبوع المقبل.",
	"صادق البرلمان على الموازنة الجديدة بأغلبية {VOTES} بعد نقاش طويل.",
	"عُيّن {PM} رئيساً لمجلس محافظة {GOV} {WHEN}.",
	"توقفت المحادثات حول {TOPIC} منذ {MONTH} {PASTYEAR}، بحسب مسؤولين في {CAPITAL}.",
	"انضم {MEMBERS} إلى المجلس المحلي في {PLACE} بعد انتخابات {MONTH}.",
	/* weather */
	"توقعت دائرة الأرصاد الجوية أن تصل درجات الحرارة في {PLACE} إلى {TEMP} درجة مئوية خلال الأسبوع الجاري.",
	"أغرقت الأمطار الغزيرة عشرات الخيام في المخيمات القريبة من {PLACE} {WHEN}، بحسب منظمات إغاثية.",
	"يُتوقع تساقط الثلوج على المرتفعات المحيطة ب{PLACE} مع نهاية الأسبوع.",
	"أدت عاصفة غبارية إلى إغلاق مطار {CAPITAL} لمدة {HOURS} يوم {WEEKDAY}.",
	"جاءت كميات الأمطار هذا الموسم أقل من المعدل بنسبة {PCT} بالمئة، وفق مديرية الزراعة في {GOV}.",
	"انخفض منسوب نهر الفرات إلى أدنى مستوى له منذ سنوات، بحسب مزارعين قرب {PLACE}.",
	"تجاوزت درجات الحرارة {TEMP} درجة في {GOV} {WHEN} مع موجة حر تضرب المنطقة.",
	/* economy */
	"ارتفع سعر {COMMODITY} في أسواق {PLACE} بنسبة {PCT}% خلال شهر {MONTH}، بحسب تجار.",
	"سجلت الليرة السورية {THOUSANDS} مقابل الدولار الأمريكي في السوق الموازية {WHEN}.",
	"أبقى البنك المركزي العراقي سعر الفائدة الرئيسي عند {PCT} بالمئة.",
	"بلغ سعر كيلو {COMMODITY} في {PLACE} {PRICE} ليرة، بعد أن كان {PRICE} ليرة قبل عام.",
	"يتوقع مزارعو {GOV} حصاد نحو {THOUSANDS} طن من القمح هذا العام.",
	"سيوفر معمل الإسمنت الجديد في {PLACE} فرص عمل ل{THOUSANDS} عامل، بحسب المحافظ.",
	"ارتفعت حركة العبور في معبر {CROSSING} إلى {THOUSANDS} شاحنة خلال شهر {MONTH}.",
	"بلغت صادرات النفط {THOUSANDS} ألف برميل يومياً في {MONTH} {YEAR}، وفق وزارة النفط.",
	"أغلقت المحال التجارية في {PLACE} أبوابها مبكراً {WHEN} مع تراجع سعر الصرف ل{DAYS} على التوالي.",
	"أعلن {OFFICIAL} زيادة رواتب موظفي القطاع العام بنسبة {PCT} بالمئة اعتباراً من {MONTH}.",
	"تبلغ نسبة البطالة في {GOV} {PCT} بالمئة، بحسب مسح نُشر {WHEN}.",
	/* aid */
	"وصلت قافلة مؤلفة من {TRUCKS} محمّلة بالمواد الغذائية والأدوية إلى {PLACE} {WHEN}.",
	"قالت {ORG} إنها وزعت سلالاً غذائية على {THOUSANDS} عائلة في {GOV} خلال شهر {MONTH}.",
	"حذرت {ORG} من أن {THOUSANDS} شخص في {GOV} قد يفقدون إمكانية الوصول إلى المياه النظيفة هذا الصيف.",
	"افتُتح فرن آلي بتمويل من {DONOR} في {PLACE} {WHEN}، وسينتج الخبز ل{THOUSANDS} شخص.",
	"عادت نحو {THOUSANDS} عائلة نازحة إلى {PLACE} منذ شهر {MONTH}، بحسب المجلس المحلي.",
	"أطلقت {ORG} نداءً لجمع {SMALL} مليون دولار لتمويل عملها في {GOV} حتى {MONTH}.",
	/* schools, health, services */
	"أعيد افتتاح {SCHOOLS} في {PLACE} بعد ترميمها بتمويل من {DONOR}.",
	"وصلت حملة التلقيح ضد الحصبة إلى {THOUSANDS} طفل في {GOV} الشهر الماضي.",
	"يشكو أهالي {PLACE} من أن الكهرباء لا تصل إلا {HOURS} يومياً.",
	"أعيد افتتاح الطريق بين {PLACE} و{PLACE2} {WHEN} بعد أشهر من أعمال الصيانة.",
	"بدأ المهندسون إعادة بناء الجسر في {PLACE}، ومن المتوقع الانتهاء منه في {MONTH} {YEAR}.",
	"بات المشفى الوطني في {PLACE} يضم {BEDS}، بحسب مديره.",
	"صدرت نتائج امتحانات الشهادة الثانوية ل{THOUSANDS} طالب في {GOV} {WHEN}.",
	"رُبطت محطة المياه التي تخدم {PLACE} و{PLACE2} بالشبكة العامة في {MONTH}.",
	/* people */
	"قال {PM}، وهو {JOB} من {PLACE}: «{QUOTE}».",
	"تقول {PF}، وهي معلمة من {PLACE}: «{QUOTE}».",
	"عاد {PM} ({AGE} عاماً) إلى {PLACE} مع عائلته في {MONTH}.",
	/* sport and culture */
	"فاز نادي {PLACE} على ضيفه بنتيجة {SCORE} في مباراة الدوري يوم {WEEKDAY}.",
	"استقطب معرض الكتاب في {CAPITAL} {THOUSANDS} زائر على مدى {DAYS}.",
	"تقدم فرقة مسرحية من {PLACE} عروضها في {CAPITAL} خلال شهر {MONTH}.",
	"خسر المنتخب الوطني أمام منتخب {COUNTRY} بنتيجة {SCORE} في مباراة ودية بتاريخ {DATE}.",
	"عادت الموسيقى التراثية إلى السوق القديم في {PLACE} لأول مرة منذ عام {PASTYEAR}.",
};

static const char *const TITLE_CAS[] = {
	"{TOLL} ب{W} على {PLACE}", "ارتفاع حصيلة ضحايا القصف على {PLACE} إلى {TOLL}",
	"مقتل مدنيين ب{W} على {RIFGOV}", "استشهاد {VG} في {PLACE}", "{PLACE}: مقتل {VG} وإصابة آخرين",
	"مجزرة جديدة في {PLACE}", "{W} على {PLACE} توقع ضحايا",
};
static const char *const TITLE_ORD[] = {
	"ارتفاع أسعار {COMMODITY} في {PLACE}", "استئناف المحادثات حول {TOPIC} في {CAPITAL}",
	"توقعات بتساقط الثلوج في {GOV}", "إعادة افتتاح مدارس في {PLACE}", "وصول قافلة مساعدات إلى {PLACE}",
	"عودة انقطاع الكهرباء إلى {PLACE}", "إعادة افتتاح طريق {PLACE}", "مزارعو {GOV} ينتظرون المطر",
};

static struct tmpl T_CAS[N(CASUALTY)], T_ORD[N(ORDINARY)], T_TCAS[N(TITLE_CAS)], T_TORD[N(TITLE_ORD)];

/* ------------------------------------------------------------ expansion */

enum { NOM, GEN };

struct doc {
	const struct place *pl;   /* the place the report is about */
	long pubday;              /* days since 1970 */
	struct date pub;
	int last;                 /* the last casualty figure written (for "بينهم ٣ أطفال") */
	int indic;                /* Arabic-Indic digits in this text */
	int months;               /* month names: 0 Levantine, 1 Egyptian, 2 both ("آذار/مارس") */
	/* the sentence's own, chosen when it starts */
	const struct weapon *w;
	const struct bellig *b;
	const struct speaker *src, *mon, *self;
};

static void month_name(struct sb *b, const struct doc *d, int m)
{
	if (d->months == 1) {
		sb_add(b, MONTH_AR_EG[m - 1]);
	} else {
		sb_add(b, MONTH_AR_LEV[m - 1]);
		if (d->months == 2) {
			sb_addc(b, '/');
			sb_add(b, MONTH_AR_EG[m - 1]);
		}
	}
}

/* v counted items of n, agreeing with it: "مدنيان", "ثلاثة أطفال", "٣ نساء",
 * "١٢ مدنياً", "عشرين قتيلاً"; kase says which dual and tens to write. */
static void count_noun(struct sb *b, int v, const struct noun *n, int kase)
{
	const char *pl = kase == NOM ? n->pl_n : n->pl_g;
	if (v == 1) {
		sb_add(b, n->one);
		if (chance(0.3))
			sb_add(b, n->fem ? " واحدة" : " واحد");
		return;
	}
	if (v == 2 && !chance(0.1)) {
		sb_add(b, kase == NOM ? n->two_n : n->two_g);
		return;
	}
	if (v <= 10) {
		if (v >= 3 && chance(0.45))
			sb_add(b, (n->fem ? NUM_F : NUM_M)[v - 3]);
		else
			sb_num(b, v);
		sb_addc(b, ' ');
		sb_add(b, pl);
		return;
	}
	if (v < 100 && v % 10 == 0 && chance(0.3))
		sb_add(b, (kase == NOM ? TENS_N : TENS_G)[v / 10 - 2]);
	else
		sb_num(b, v);
	sb_addc(b, ' ');
	sb_add(b, chance(0.12) ? pl : n->acc); /* posts often write "١٢ مدنيين" */
}

/* a casualty figure with its victims and, now and then, a qualifier ("ما لا
 * يقل عن", "أكثر من", "نحو"), after which the case is genitive; sets d->last */
static void victims(struct sb *b, struct doc *d, const struct noun *n, int kase)
{
	int v = casualty_count();
	d->last = v;
	uint32_t q = below(100);
	if (v < 5) /* "نحو شخصين" is not said */
		q = 100;
	if (q < 12) {
		sb_add(b, "ما لا يقل عن ");
		kase = GEN;
	} else if (q < 20) {
		sb_add(b, "أكثر من ");
		kase = GEN;
	} else if (q < 28) {
		sb_add(b, PICK(((const char *[]){"نحو ", "قرابة ", "حوالي "})));
		kase = GEN;
	}
	count_noun(b, v, n, kase);
}

static const struct noun *victim_noun(void)
{
	uint32_t k = below(10);
	return k < 7 ? &CIVILIAN : k < 9 ? &PERSON_N : &CITIZEN;
}

/* up to half the last figure, of n */
static void part(struct sb *b, const struct doc *d, const struct noun *n, int kase)
{
	int hi = d->last / 2;
	count_noun(b, between(1, hi < 1 ? 1 : hi), n, kase);
}

static void when_phrase(struct sb *b, const struct doc *d)
{
	uint32_t f = below(100);
	if (f < 22) {
		sb_add(b, PICK(((const char *[]){"فجر اليوم ", "صباح اليوم ", "ظهر اليوم ", "مساء اليوم ", "اليوم "})));
		sb_add(b, WEEKDAY_AR[d->pub.wd]);
	} else if (f < 40) {
		sb_add(b, PICK(((const char *[]){"أمس ", "مساء أمس ", "فجر أمس ", "ليلة أمس ", "يوم أمس "})));
		sb_add(b, WEEKDAY_AR[date_from_days(d->pubday - 1).wd]);
	} else if (f < 60) {
		int back = between(2, 6);
		struct date e = date_from_days(d->pubday - back);
		if (chance(0.5)) {
			sb_add(b, chance(0.5) ? "يوم " : "فجر ");
			sb_add(b, WEEKDAY_AR[e.wd]);
		} else {
			sb_add(b, WEEKDAY_AR[e.wd]);
			sb_add(b, " الماضي");
		}
	} else if (f < 85) {
		struct date e = date_from_days(d->pubday - between(0, 20));
		sb_add(b, "في ");
		sb_num(b, e.d);
		sb_addc(b, ' ');
		month_name(b, d, e.m);
		if (chance(0.3)) {
			sb_addc(b, ' ');
			sb_num(b, e.y);
		}
	} else if (f < 95) {
		sb_add(b, PICK(((const char *[]){"منذ يومين", "قبل ثلاثة أيام", "الأسبوع الماضي", "مطلع الأسبوع",
						 "الليلة الماضية"})));
	} else {
		struct date e = date_from_days(d->pubday - between(0, 20));
		char t[48];
		snprintf(t, sizeof t, "بتاريخ %d/%d/%d", e.d, e.m, e.y);
		sb_add(b, t);
	}
}

static void date_phrase(struct sb *b, const struct doc *d)
{
	struct date e = date_from_days(d->pubday - between(1, 60));
	sb_num(b, e.d);
	sb_addc(b, ' ');
	month_name(b, d, e.m);
	sb_addc(b, ' ');
	sb_num(b, e.y);
}

/* where: "بلدة X بريف إدلب الجنوبي", "قرية X التابعة لمحافظة نينوى", "مدينة X" */
static void location(struct sb *b, const struct doc *d)
{
	const struct place *p = chance(0.8) ? d->pl : any_place();
	if (chance(0.75)) {
		sb_add(b, KIND_WORD[p->kind]);
		sb_addc(b, ' ');
	}
	sb_add(b, p->name);
	if (!strcmp(p->name, p->gov) || chance(0.35))
		return;
	if (p->syria) {
		int rif = !strncmp(p->gov, "ريف ", strlen("ريف "));
		uint32_t f = below(10);
		if (rif || f < 3) {
			sb_add(b, rif ? " في " : " في ريف ");
		} else if (f < 8) {
			sb_add(b, " بريف ");
			sb_add(b, p->gov);
			sb_addc(b, ' ');
			sb_add(b, PICK(DIRECTION));
			return;
		} else {
			sb_addc(b, ' ');
			sb_add(b, PICK(SIDE));
			sb_addc(b, ' ');
		}
	} else {
		sb_add(b, PICK(((const char *[]){" في محافظة ", " التابعة لمحافظة ", " جنوب ", " غرب "})));
	}
	sb_add(b, p->gov);
}

static void rif_gov(struct sb *b, const struct doc *d)
{
	if (!d->pl->syria) {
		sb_add(b, "محافظة ");
	} else if (strncmp(d->pl->gov, "ريف ", strlen("ريف "))) {
		sb_add(b, "ريف ");
		sb_add(b, d->pl->gov);
		if (chance(0.5)) {
			sb_addc(b, ' ');
			sb_add(b, PICK(DIRECTION));
		}
		return;
	}
	sb_add(b, d->pl->gov);
}

/* the sentence's weapon, with its belligerent as an adjective or "لـ" */
static void weapon_phrase(struct sb *b, const struct doc *d)
{
	sb_add(b, d->w->indef);
	if (d->w->adj && d->b->adj_m && chance(0.6)) {
		sb_addc(b, ' ');
		sb_add(b, d->w->fem ? d->b->adj_f : d->b->adj_m);
	} else if (chance(0.85)) {
		sb_addc(b, ' ');
		sb_add(b, d->b->of);
	}
}

static void person(struct sb *b, const char *const *first, uint32_t n)
{
	sb_add(b, first[below(n)]);
	sb_addc(b, ' ');
	sb_add(b, PICK(FAMILY));
}

/* a placeholder that is not a word list, for tmpl_expand */
static void placeholder(struct sb *b, int ph, void *arg)
{
	struct doc *d = arg;
	switch ((enum ph)ph) {
	case PH_PLACE: sb_add(b, chance(0.8) ? d->pl->name : any_place()->name); break;
	case PH_PLACE2: sb_add(b, any_place()->name); break;
	case PH_LOC: location(b, d); break;
	case PH_GOV: sb_add(b, d->pl->gov); break;
	case PH_RIFGOV: rif_gov(b, d); break;
	case PH_WHEN: when_phrase(b, d); break;
	case PH_DATE: date_phrase(b, d); break;
	case PH_PMONTH: {
		struct date e = date_from_days(d->pubday - d->pub.d);
		month_name(b, d, e.m);
		sb_addc(b, ' ');
		sb_num(b, e.y);
		break;
	}
	case PH_V: victims(b, d, victim_noun(), NOM); break;
	case PH_VG: victims(b, d, victim_noun(), GEN); break;
	case PH_SH: victims(b, d, &SHAHID, GEN); break;
	case PH_TOLL: victims(b, d, chance(0.6) ? &KILLED : chance(0.5) ? &SHAHID : &VICTIM, GEN); break;
	case PH_TOLLJ: count_noun(b, casualty_count(), chance(0.6) ? &WOUNDED : &INJURED, GEN); break;
	case PH_ON: count_noun(b, casualty_count(), &OTHER, NOM); break;
	case PH_OG: count_noun(b, casualty_count(), &OTHER, GEN); break;
	case PH_KN: part(b, d, &CHILD, NOM); break;
	case PH_WN: part(b, d, &WOMAN, NOM); break;
	case PH_AMONGK: {
		uint32_t f = below(10);
		if (f < 3)
			break;
		sb_add(b, " بينهم ");
		if (f < 8) {
			part(b, d, &CHILD, NOM);
		} else {
			part(b, d, &WOMAN, NOM);
			sb_add(b, " و");
			part(b, d, &CHILD, NOM);
		}
		break;
	}
	case PH_VAGUE:
		sb_add(b, PICK(((const char *[]){"عدد من ", "عشرات ", "العشرات من ", "عدد من "})));
		sb_add(b, victim_noun()->def);
		break;
	case PH_FAMN:
		d->last = between(3, 9);
		count_noun(b, d->last, &MEMBER, GEN);
		break;
	case PH_KORD: sb_add(b, PICK(((const char *[]){"الثلاثة", "الأربعة", "الخمسة", "الستة"}))); break;
	case PH_STRIKES: count_noun(b, between(3, 9), &STRIKE, GEN); break;
	case PH_RANGE: {
		int lo = casualty_count(), hi = lo + between(2, 1 + lo / 2);
		if (chance(0.5)) {
			sb_add(b, "بين ");
			sb_num(b, lo);
			sb_add(b, " و");
		} else {
			sb_num(b, lo);
			sb_addc(b, '-');
		}
		sb_num(b, hi);
		sb_add(b, hi > 10 ? " مدنياً" : " مدنيين");
		d->last = lo;
		break;
	}
	case PH_BIG:
		if (chance(0.3)) {
			sb_add(b, "نصف مليون");
		} else {
			sb_num(b, between(300, 620));
			sb_add(b, " ألف");
		}
		break;
	case PH_W: weapon_phrase(b, d); break;
	case PH_WD: sb_add(b, d->w->def); break;
	case PH_T: if (d->w->fem) sb_add(b, "ت"); break;
	case PH_WHICH: sb_add(b, d->w->fem ? "التي" : "الذي"); break;
	case PH_BS: sb_add(b, d->b->subj); break;
	case PH_BT: if (d->b->fem) sb_add(b, "ت"); break;
	case PH_BOF: sb_add(b, d->b->of); break;
	case PH_SAID:
		sb_add(b, SAY_VERB[below(N(SAY_VERB))][d->src->fem]);
		sb_addc(b, ' ');
		sb_add(b, d->src->name);
		break;
	case PH_ACC: sb_add(b, PICK(ACCORDING)); sb_add(b, d->src->name); break;
	case PH_MON: sb_add(b, d->mon->name); break;
	case PH_MT: if (d->mon->fem) sb_add(b, "ت"); break;
	case PH_BSELF: sb_add(b, d->self->name); break;
	case PH_BST: if (d->self->fem) sb_add(b, "ت"); break;
	case PH_DENY: sb_add(b, d->self->fem ? "نفت" : "نفى"); break;
	case PH_PM: person(b, FIRST_M, N(FIRST_M)); break;
	case PH_PF: person(b, FIRST_F, N(FIRST_F)); break;
	case PH_AGE: sb_num(b, between(9, 78)); break;
	case PH_PCT: sb_percent(b); break;
	case PH_TEMP: sb_num(b, between(8, 49)); break;
	case PH_THOUSANDS: sb_num(b, between(2, 900) * (chance(0.5) ? 100L : 10L)); break;
	case PH_PRICE: sb_num(b, between(5, 400) * 50L); break;
	case PH_SMALL: sb_num(b, between(3, 60)); break;
	case PH_SCORE: {
		int w = between(1, 5);
		sb_num(b, w);
		sb_addc(b, '-');
		sb_num(b, between(0, w - 1));
		break;
	}
	case PH_MONTH: month_name(b, d, d->pub.m); break;
	case PH_YEAR: sb_num(b, d->pub.y); break;
	case PH_PASTYEAR: sb_num(b, d->pub.y - between(1, 6)); break;
	case PH_WEEKDAY: sb_add(b, WEEKDAY_AR[below(7)]); break;
	case PH_HOURS: count_noun(b, between(2, 14), &HOUR, GEN); break;
	case PH_DAYS: count_noun(b, between(2, 9), &DAY, GEN); break;
	case PH_TRUCKS: count_noun(b, between(3, 60), &TRUCK, GEN); break;
	case PH_SCHOOLS: count_noun(b, between(2, 9), &SCHOOL, NOM); break;
	case PH_BEDS: count_noun(b, between(12, 200), &BED, NOM); break;
	case PH_VOTES: count_noun(b, between(60, 200), &VOTE, GEN); break;
	case PH_MEMBERS: count_noun(b, between(2, 9), &COUNCILLOR, NOM); break;
	default: break; /* PH_COUNT, and the word lists */
	}
}

/* t expanded into b, with the sentence's own weapon, belligerent (one of
 * the place's country), source, monitor and belligerent's voice */
static void expand(struct sb *b, const struct tmpl *t, struct doc *d)
{
	d->w = &PICK(WEAPONS);
	do
		d->b = &PICK(BELLIGS);
	while (d->b->where && d->b->where != (d->pl->syria ? 1 : 2));
	d->src = &PICK(SOURCES);
	d->mon = &PICK(MONITORS);
	d->self = &PICK(SELVES);
	tmpl_expand(b, t, LISTS, placeholder, d);
}

/* ------------------------------------------------------------- records */

/* s appended to b, its ASCII digits in Arabic-Indic ones when indic */
static void put_indic(struct sb *b, const struct sb *s, int indic)
{
	for (size_t i = 0; i < s->n; i++) {
		char c = s->p[i];
		if (indic && c >= '0' && c <= '9') {
			sb_addc(b, (char)0xD9);
			sb_addc(b, (char)(0xA0 + (c - '0')));
		} else {
			sb_addc(b, c);
		}
	}
}

static struct sb scratch, page;

/* one template expanded into b; a few sentences of an Arabic-Indic text
 * keep ASCII digits, as copied figures do */
static void sentence(struct sb *b, const struct tmpl *t, struct doc *d)
{
	scratch.n = 0;
	expand(&scratch, t, d);
	put_indic(b, &scratch, d->indic && !chance(0.05));
}

/* sentences until the text has target bytes, in paragraphs (sep between
 * them); counts them in r */
static void body(struct news_rec *r, struct doc *d, int attack, size_t target, size_t cap, const char *sep)
{
	struct sb *t = &r->text;
	double p_cas = attack ? 0.34 : 0.025;
	int in_para = 0, para_len = between(2, 5), first = 1;
	while (t->n < target) {
		int cas = (first && attack) || chance(p_cas);
		if (in_para == para_len) {
			sb_add(t, sep);
			in_para = 0;
			para_len = between(2, 5);
		} else if (!first) {
			sb_addc(t, ' ');
		}
		if (!first && chance(0.15))
			sb_add(t, cas ? PICK(CONNECT_CAS) : PICK(CONNECT));
		sentence(t, cas ? &T_CAS[below(N(T_CAS))] : &T_ORD[below(N(T_ORD))], d);
		first = 0;
		r->sentences++;
		r->casualty += (unsigned long)cas;
		in_para++;
		if (t->n > cap)
			break;
	}
}

static void hashtag(struct sb *b, const char *name)
{
	sb_addc(b, '#');
	for (const char *c = name; *c; c++)
		sb_addc(b, *c == ' ' ? '_' : *c);
}

/* a captured Facebook page: header, the post, the reactions bar, comments */
static void facebook(struct news_rec *r, struct doc *d, int attack, size_t target)
{
	struct sb *t = &r->text;
	sb_add(t, "PAGE - ");
	sb_add(t, page.p);
	sb_add(t, "\nFacebook\n");
	sb_add(t, page.p);
	sb_addc(t, '\n');
	sb_num(t, d->pub.d);
	sb_addc(t, ' ');
	sb_add(t, MONTH_EN[d->pub.m - 1]);
	if (chance(0.4)) {
		sb_addc(t, ' ');
		sb_num(t, d->pub.y);
	}
	sb_add(t, " at ");
	sb_num2(t, between(0, 23));
	sb_addc(t, ':');
	sb_num2(t, between(0, 59));
	sb_add(t, " \xC2\xB7 Shared with Public\n");
	if (attack && chance(0.4))
		sb_add(t, PICK(((const char *[]){"🔴 عاجل | ", "#عاجل\n", "⚠️ ", "📍 "})));
	size_t chrome = t->n;
	body(r, d, attack, chrome + target, 7000, "\n");
	if (chance(0.5)) {
		sb_add(t, "\n\n");
		hashtag(t, d->pl->name);
		sb_addc(t, ' ');
		hashtag(t, d->pl->gov);
		sb_add(t, d->pl->syria ? " #سوريا" : " #العراق");
	}
	sb_add(t, "\nAll reactions:\n");
	sb_num(t, between(3, 2400));
	sb_addc(t, '\n');
	int comments = between(2, 5);
	sb_num(t, comments + between(0, 90));
	sb_add(t, " comments\n");
	sb_num(t, between(1, 400));
	sb_add(t, " shares\nLikeCommentShare\nMost relevant\n");
	for (int i = 0; i < comments; i++) {
		if (chance(0.6))
			person(t, FIRST_M, N(FIRST_M));
		else
			person(t, FIRST_F, N(FIRST_F));
		sb_addc(t, '\n');
		sb_add(t, attack ? PICK(COMMENT_CAS) : PICK(COMMENT_ORD));
		sb_addc(t, '\n');
		sb_num(t, between(1, 52));
		sb_add(t, "w\n");
	}
}

/* a captured X post: header, the post, its time and views, the footer */
static void x_post(struct news_rec *r, struct doc *d, int attack, size_t target, const char *handle)
{
	struct sb *t = &r->text;
	sb_add(t, page.p);
	sb_add(t, " on X: \"");
	size_t head = t->n;
	sb_add(t, "\" / X\nPost\nConversation\n");
	sb_add(t, page.p);
	sb_add(t, "\n@");
	sb_add(t, handle);
	sb_addc(t, '\n');
	size_t start = t->n;
	body(r, d, attack, start + target, 7000, "\n\n");
	/* the header quotes the post's start: about 60 bytes, cut on a character */
	size_t q = 60 < t->n - start ? 60 : t->n - start;
	while (q && start + q < t->n && ((unsigned char)t->p[start + q] & 0xC0) == 0x80)
		q--;
	char *quote = strndup(t->p + start, q);
	if (!quote)
		die("out of memory");
	size_t ql = strlen(quote) + strlen("…");
	sb_grow(t, ql);
	memmove(t->p + head + ql, t->p + head, t->n - head);
	memcpy(t->p + head, quote, strlen(quote));
	memcpy(t->p + head + strlen(quote), "…", strlen("…"));
	t->n += ql;
	free(quote);
	int h = between(1, 12);
	sb_addc(t, '\n');
	sb_num(t, h);
	sb_addc(t, ':');
	sb_num2(t, between(0, 59));
	sb_add(t, chance(0.5) ? " AM" : " PM");
	sb_add(t, " \xC2\xB7 ");
	sb_add(t, MON3[d->pub.m - 1]);
	sb_addc(t, ' ');
	sb_num(t, d->pub.d);
	sb_add(t, ", ");
	sb_num(t, d->pub.y);
	sb_add(t, "\n\xC2\xB7\n");
	sb_num(t, between(200, 90000));
	sb_add(t, " Views\nLoading seems to be taking a while.\n");
}

static void make_record(struct news_rec *r, unsigned long id)
{
	struct doc d;
	d.pl = any_place();
	d.pubday = DAY_2014_06_01 + (long)below((uint32_t)(DAY_2026_06_30 - DAY_2014_06_01 + 1));
	d.pub = date_from_days(d.pubday);
	d.last = 10;
	d.indic = chance(0.45);
	uint32_t ms = below(100);
	d.months = ms < 45 ? 0 : ms < 75 ? 1 : 2;
	r->ascii_json = chance(0.03);
	r->sentences = r->casualty = 0;

	/* a news site's article, or a post captured from Facebook (30%) or X (8%) */
	uint32_t shape = below(100);
	int attack = chance(shape < 38 ? 0.45 : 0.35);
	struct sb *t = &r->text;
	if (shape < 38) {
		const struct place *about = chance(0.8) ? d.pl : any_place();
		page.n = 0;
		const char *form = PICK(PAGE_NAME);
		const char *pct = strstr(form, "%s");
		sb_addn(&page, form, (size_t)(pct - form));
		sb_add(&page, chance(0.7) ? about->name : about->gov);
		sb_add(&page, pct + 2);
		sb_addc(&page, 0);
		page.n--;
		r->publisher = page.p;
		r->source_type = "social_media";
		/* size: lognormal around 1 KB of post, 750 bytes to 6.5 KB */
		double sz = exp(log(1000.0) + 0.5 * normal());
		size_t target = sz < 750 ? 750 : sz > 6500 ? 6500 : (size_t)sz;
		const char *handle = PICK(HANDLE);
		if (shape < 30)
			facebook(r, &d, attack, target);
		else
			x_post(r, &d, attack, target, handle);
		sb_add(&r->title, page.p);
		sb_add(&r->title, shape < 30 ? " | Facebook" : " on X");
		sb_add(&r->url, shape < 30 ? "https://facebook.example/" : "https://x.example/");
		sb_add(&r->url, handle);
		sb_add(&r->url, shape < 30 ? "/posts/" : "/status/");
		sb_num(&r->url, (long)id);
	} else {
		const struct outlet *out = &OUTLETS[below(N(OUTLETS))];
		r->publisher = out->name;
		r->source_type = out->kind;
		/* size: lognormal around 2.6 KB, 1 to 8 KB */
		double sz = exp(log(2600.0) + 0.55 * normal());
		size_t target = sz < 1000 ? 1000 : sz > 7600 ? 7600 : (size_t)sz;
		if (chance(0.5)) { /* dateline */
			sb_add(t, chance(0.5) ? d.pl->name : PICK(CAPITAL));
			sb_add(t, chance(0.5) ? " - " : " \xE2\x80\x93 ");
			sb_add(t, out->name);
			sb_add(t, ": ");
		}
		body(r, &d, attack, target, 7900, "\n\n");
		sentence(&r->title, attack ? &T_TCAS[below(N(T_TCAS))] : &T_TORD[below(N(T_TORD))], &d);
		news_url(&r->url, out->domain, d.pub, "ar-", id);
	}

	/* published: ISO 8601 or RFC 822, or an Arabic date ("الأحد ٣ آذار ٢٠١٩") */
	if (chance(0.75)) {
		news_published(&r->published, d.pub);
	} else {
		scratch.n = 0;
		if (chance(0.5)) {
			sb_add(&scratch, WEEKDAY_AR[d.pub.wd]);
			sb_addc(&scratch, ' ');
		}
		sb_num(&scratch, d.pub.d);
		sb_addc(&scratch, ' ');
		month_name(&scratch, &d, d.pub.m);
		sb_addc(&scratch, ' ');
		sb_num(&scratch, d.pub.y);
		put_indic(&r->published, &scratch, d.indic);
	}
}

/* ---------------------------------------------------------------- main */

static size_t setup(const char *places_tsv)
{
	load_places(places_tsv);
	tmpl_compile(T_CAS, CASUALTY, N(CASUALTY), PH_NAME, PH_COUNT);
	tmpl_compile(T_ORD, ORDINARY, N(ORDINARY), PH_NAME, PH_COUNT);
	tmpl_compile(T_TCAS, TITLE_CAS, N(TITLE_CAS), PH_NAME, PH_COUNT);
	tmpl_compile(T_TORD, TITLE_ORD, N(TITLE_ORD), PH_NAME, PH_COUNT);
	return nplaces;
}

int main(int argc, char **argv)
{
	return news_main(argc, argv, &(struct news_gen){"ar", "Arabic news and social-media posts", setup, make_record});
}
