/* lexicon_ar.c - the Arabic words and phrases the extractor understands,
 * each with what it means (extract_impl.h, enum lx_cat), in the same
 * categories as the English ones so that one grammar reads both.
 *
 * Entries are written as Arabic is spelled; lexicon_new folds them as it
 * folds the text's words (lx_key: no harakat, أ/إ/آ as ا, ة as ه, ى as ي).
 * A word is written without its proclitics (و ف ب ل ك ال): the lookup
 * strips them from the text's word when the whole word is not listed, so
 * "وبقصف" and "للمدنيين" find "قصف" and "مدنيين". A phrase's first word is
 * found the same way; its other words must match as written, article
 * included ("قوات النظام"). Inflections are listed; a dual ("طفلين",
 * "شهيدان") is a count of two (LXF_DUAL), a singular victim or casualty
 * noun ("طفل", "شهيد") a count of one where the grammar allows it
 * (LXF_SINGULAR). The accusative singular that follows numbers from 11 on
 * ("١٥ طفلاً", "٢١ شهيداً") is a plain noun: the number counts. */
#include "extract/extract_impl.h"
#include "extract/lexicon_tables.h"

#define E(p, c, v, f) { p, c, v, f, 0 }
#define K(p) E(p, LX_KILL, 0, 0)
#define K1(p) E(p, LX_KILL, 0, LXF_SINGULAR)
#define K2(p) E(p, LX_KILL, 0, LXF_DUAL)
#define I(p) E(p, LX_INJURE, 0, 0)
#define I1(p) E(p, LX_INJURE, 0, LXF_SINGULAR)
#define I2(p) E(p, LX_INJURE, 0, LXF_DUAL)
#define V(p, c) E(p, LX_VICTIM, c, 0)
#define V1(p, c) E(p, LX_VICTIM, c, LXF_SINGULAR)
#define V2(p, c) E(p, LX_VICTIM, c, LXF_DUAL)
#define A(p, b) E(p, LX_ACTOR, b, 0)
#define W(p, w) E(p, LX_WEAPON, w, 0)
#define F(p, i) E(p, LX_INFRA, i, 0)
#define C(p, c) E(p, c, 0, 0)

const struct lx_entry lexicon_ar[] = {
	/* killed: verbs, verbal nouns, the killed as nouns */
	K("قتل"), K("قتلت"), K("قتلوا"), K("يقتل"), K("تقتل"), K("مقتل"), K("قتلى"), K1("قتيل"),
	K1("قتيلة"), K("قتيلا"), K2("قتيلان"), K2("قتيلين"), K("استشهد"), K("استشهدت"), K("استشهدوا"),
	K("استشهاد"), K("ارتقى"), K("ارتقت"), K("ارتقاء"), K1("شهيد"), K1("شهيدة"), K("شهيدا"), K("شهداء"),
	K2("شهيدان"), K2("شهيدين"), K("توفي"), K("توفيت"), K("وفاة"), K("قضى"), K("قضت"), K("قضوا"),
	K("مصرع"), K("لقي حتفه"), K("لقيت حتفها"), K("لقوا حتفهم"), K("لقي مصرعه"), K("لقيت مصرعها"),
	K("لقوا مصرعهم"), K("فارق الحياة"), K("فارقت الحياة"), K("راح ضحية"), K("راح ضحيتها"),
	K("راح ضحيته"), K("ذهب ضحية"), K("ذهب ضحيتها"), K("سقط ضحية"), K("سقطوا ضحايا"),
	K("متأثرا بجراحه"), K("متأثرة بجراحها"), K("متأثرين بجراحهم"), K("متأثرا بإصابته"),
	K("متأثرة بإصابتها"), K("اغتيال"), K("اغتيل"), K("اغتالت"), K("مجزرة"), K("مجازر"), K("جثة"),
	K("جثث"), K("جثمان"), K("جثامين"),
	K("إعدام"), W("إعدام", WEAPON_EXECUTION), K("أعدم"), W("أعدم", WEAPON_EXECUTION), K("أعدمت"),
	W("أعدمت", WEAPON_EXECUTION), K("إعدام ميداني"), W("إعدام ميداني", WEAPON_EXECUTION),
	/* injured */
	I("جرح"), I("جرحت"), I("جرحوا"), I("جرحى"), I1("جريح"), I1("جريحة"), I("جريحا"), I2("جريحان"),
	I2("جريحين"), I("إصابة"), I("إصابات"), I("أصيب"), I("أصيبت"), I("أصيبوا"), I("يصاب"), I("إصابته"),
	I("إصابتها"), I("إصابتهم"), I1("مصاب"), I1("مصابة"), I("مصابا"), I("مصابين"), I("مصابون"),
	I2("مصابان"), I("بجروح"), I("جروح"), I("بجراح"), I("جراح"), I("جرحه"), I("جرحها"),
	/* missing */
	C("مفقود", LX_MISSING), C("مفقودة", LX_MISSING), C("مفقودين", LX_MISSING), C("مفقودون", LX_MISSING),
	C("تحت الأنقاض", LX_MISSING), C("تحت الركام", LX_MISSING),
	/* killed or injured, not said which */
	C("ضحايا", LX_HARM), C("ضحية", LX_HARM), C("خسائر بشرية", LX_HARM), C("الخسائر البشرية", LX_HARM),
	C("إصابات بشرية", LX_HARM),
	/* toll */
	C("حصيلة", LX_TOLL), C("الحصيلة", LX_TOLL), C("عدد الضحايا", LX_TOLL), C("عدد القتلى", LX_TOLL),
	C("عدد الشهداء", LX_TOLL), C("تعداد القتلى", LX_TOLL),

	/* victims */
	V1("مدني", VC_CIVILIAN), V1("مدنية", VC_CIVILIAN), V("مدنيين", VC_CIVILIAN), V("مدنيون", VC_CIVILIAN),
	V("مدنيا", VC_CIVILIAN), V2("مدنيان", VC_CIVILIAN), V1("مواطن", VC_CIVILIAN), V1("مواطنة", VC_CIVILIAN),
	V("مواطنين", VC_CIVILIAN), V("مواطنون", VC_CIVILIAN), V("مواطنا", VC_CIVILIAN),
	V2("مواطنان", VC_CIVILIAN), V("سكان", VC_CIVILIAN), V("أهالي", VC_CIVILIAN), V1("نازح", VC_CIVILIAN),
	V("نازحين", VC_CIVILIAN), V("نازحون", VC_CIVILIAN), V1("مزارع", VC_CIVILIAN), V("مزارعين", VC_CIVILIAN),
	V2("مزارعان", VC_CIVILIAN), V1("عامل", VC_CIVILIAN), V("عمال", VC_CIVILIAN), V2("عاملان", VC_CIVILIAN),
	V("عاملات", VC_CIVILIAN), V1("راع", VC_CIVILIAN), V("رعاة", VC_CIVILIAN), V1("طالب", VC_CIVILIAN),
	V("طلاب", VC_CIVILIAN), V1("مسعف", VC_CIVILIAN), V("مسعفين", VC_CIVILIAN), V1("متطوع", VC_CIVILIAN),
	V("متطوعين", VC_CIVILIAN), V1("صحفي", VC_CIVILIAN), V("صحفيين", VC_CIVILIAN), V1("إعلامي", VC_CIVILIAN),
	V1("سائق", VC_CIVILIAN), V1("مختار", VC_CIVILIAN),
	V1("شخص", VC_PEOPLE), V("شخصا", VC_PEOPLE), V("أشخاص", VC_PEOPLE), V2("شخصين", VC_PEOPLE),
	V2("شخصان", VC_PEOPLE), V("أفراد", VC_PEOPLE), V1("فرد", VC_PEOPLE), V("فردا", VC_PEOPLE),
	V("الناس", VC_PEOPLE),
	V1("طفل", VC_CHILD), V1("طفلة", VC_CHILD), V("طفلا", VC_CHILD), V("أطفال", VC_CHILD),
	V2("طفلين", VC_CHILD), V2("طفلان", VC_CHILD), V2("طفلتين", VC_CHILD), V2("طفلتان", VC_CHILD),
	V1("رضيع", VC_CHILD), V1("رضيعة", VC_CHILD), V1("فتى", VC_CHILD), V1("فتاة", VC_CHILD),
	V("فتيات", VC_CHILD), V1("قاصر", VC_CHILD), V1("ابنه", VC_CHILD), V1("ابنها", VC_CHILD),
	V1("ابنته", VC_CHILD), V1("ابنتها", VC_CHILD), V("أبناؤها", VC_CHILD), V("أبناؤه", VC_CHILD),
	V("أطفاله", VC_CHILD), V("أطفالها", VC_CHILD), V1("طفلها", VC_CHILD), V1("طفله", VC_CHILD),
	V1("امرأة", VC_WOMAN), V("نساء", VC_WOMAN), V1("سيدة", VC_WOMAN), V("سيدات", VC_WOMAN),
	V2("امرأتين", VC_WOMAN), V2("امرأتان", VC_WOMAN), V2("سيدتين", VC_WOMAN), V2("سيدتان", VC_WOMAN),
	V1("مسنة", VC_WOMAN), V1("زوجته", VC_WOMAN), V1("والدته", VC_WOMAN), V1("شقيقته", VC_WOMAN),
	V1("شقيقتها", VC_WOMAN),
	V1("رجل", VC_MAN), V("رجال", VC_MAN), V2("رجلين", VC_MAN), V2("رجلان", VC_MAN), V1("شاب", VC_MAN),
	V("شبان", VC_MAN), V("شباب", VC_MAN), V2("شابين", VC_MAN), V2("شابان", VC_MAN), V1("مسن", VC_MAN),
	V1("زوجها", VC_MAN), V1("والده", VC_MAN), V1("شقيقه", VC_MAN), V1("شقيقها", VC_MAN),
	V1("عنصر", VC_COMBATANT), V("عناصر", VC_COMBATANT), V("عنصرا", VC_COMBATANT),
	V2("عنصرين", VC_COMBATANT), V2("عنصران", VC_COMBATANT), V1("مقاتل", VC_COMBATANT),
	V("مقاتلين", VC_COMBATANT), V("مقاتلون", VC_COMBATANT), V("مقاتلا", VC_COMBATANT),
	V("مقاتلينا", VC_COMBATANT), V1("جندي", VC_COMBATANT), V("جنود", VC_COMBATANT),
	V2("جنديين", VC_COMBATANT), V1("عسكري", VC_COMBATANT), V("عسكريين", VC_COMBATANT),
	V("عسكريون", VC_COMBATANT), V("مسلحين", VC_COMBATANT), V("مسلحون", VC_COMBATANT),
	V1("قيادي", VC_COMBATANT), V("قياديين", VC_COMBATANT), V("قيادات", VC_COMBATANT),
	V1("إرهابي", VC_COMBATANT), V("إرهابيين", VC_COMBATANT), V("الإرهابيين", VC_COMBATANT),
	V1("مرتزق", VC_COMBATANT), V("ميليشيات", VC_COMBATANT), V("مليشيات", VC_COMBATANT),
	V1("عائلة", VC_FAMILY), V1("أسرة", VC_FAMILY), V("عائلات", VC_FAMILY), V("عوائل", VC_FAMILY),

	/* belligerents: nouns, and the adjectives after a noun ("غارات روسية") */
	A("التحالف", BEL_COALITION), A("التحالف الدولي", BEL_COALITION), A("قوات التحالف", BEL_COALITION),
	A("الأمريكي", BEL_COALITION), A("الأميركي", BEL_COALITION), A("الأمريكية", BEL_COALITION),
	A("الأميركية", BEL_COALITION), A("أمريكية", BEL_COALITION), A("أميركية", BEL_COALITION),
	A("أمريكي", BEL_COALITION), A("أميركي", BEL_COALITION), A("أمريكا", BEL_COALITION),
	A("الولايات المتحدة", BEL_COALITION), A("واشنطن", BEL_COALITION), A("القيادة المركزية", BEL_COALITION),
	A("سنتكوم", BEL_COALITION),
	A("روسيا", BEL_RUSSIA), A("الروسي", BEL_RUSSIA), A("الروسية", BEL_RUSSIA), A("روسية", BEL_RUSSIA),
	A("روسي", BEL_RUSSIA), A("الروس", BEL_RUSSIA), A("موسكو", BEL_RUSSIA),
	A("النظام", BEL_SYRIAN_GOV), A("النظام السوري", BEL_SYRIAN_GOV), A("نظام الأسد", BEL_SYRIAN_GOV),
	A("قوات النظام", BEL_SYRIAN_GOV), A("جيش النظام", BEL_SYRIAN_GOV), A("قوات الأسد", BEL_SYRIAN_GOV),
	A("الأسد", BEL_SYRIAN_GOV), A("ميليشيات الأسد", BEL_SYRIAN_GOV), A("مليشيات الأسد", BEL_SYRIAN_GOV),
	A("جيش الأسد", BEL_SYRIAN_GOV), A("الجيش السوري", BEL_SYRIAN_GOV),
	A("الجيش العربي السوري", BEL_SYRIAN_GOV), A("الحكومة السورية", BEL_SYRIAN_GOV),
	A("قوات الحكومة", BEL_SYRIAN_GOV), A("القوات الحكومية", BEL_SYRIAN_GOV),
	A("الأمن العام", BEL_SYRIAN_GOV), A("وزارة الدفاع السورية", BEL_SYRIAN_GOV),
	A("تركيا", BEL_TURKEY), A("التركي", BEL_TURKEY), A("التركية", BEL_TURKEY), A("تركية", BEL_TURKEY),
	A("تركي", BEL_TURKEY), A("الأتراك", BEL_TURKEY), A("الاحتلال التركي", BEL_TURKEY),
	A("الجيش التركي", BEL_TURKEY), A("أنقرة", BEL_TURKEY),
	A("إسرائيل", BEL_ISRAEL), A("الإسرائيلي", BEL_ISRAEL), A("الإسرائيلية", BEL_ISRAEL),
	A("إسرائيلية", BEL_ISRAEL), A("إسرائيلي", BEL_ISRAEL), A("الاحتلال الإسرائيلي", BEL_ISRAEL),
	A("الجيش الإسرائيلي", BEL_ISRAEL),
	A("العراقي", BEL_IRAQ), A("العراقية", BEL_IRAQ), A("الحشد الشعبي", BEL_IRAQ),
	A("إيران", BEL_IRAN), A("الإيراني", BEL_IRAN), A("الإيرانية", BEL_IRAN), A("إيرانية", BEL_IRAN),
	A("إيراني", BEL_IRAN), A("حزب الله", BEL_IRAN), A("الحرس الثوري", BEL_IRAN),
	A("داعش", BEL_ISIS), A("تنظيم الدولة", BEL_ISIS), A("الدولة الإسلامية", BEL_ISIS),
	A("قسد", BEL_SDF), A("قوات سوريا الديمقراطية", BEL_SDF), A("وحدات حماية الشعب", BEL_SDF),
	A("الوحدات الكردية", BEL_SDF), A("الأسايش", BEL_SDF), A("العمال الكردستاني", BEL_SDF),
	A("هيئة تحرير الشام", BEL_HTS), A("تحرير الشام", BEL_HTS), A("جبهة النصرة", BEL_HTS),
	A("النصرة", BEL_HTS),
	A("الفصائل", BEL_OPPOSITION), A("فصائل المعارضة", BEL_OPPOSITION), A("المعارضة", BEL_OPPOSITION),
	A("الجيش الوطني", BEL_OPPOSITION), A("الجيش الحر", BEL_OPPOSITION),
	A("الجيش السوري الحر", BEL_OPPOSITION), A("مرتزقة", BEL_OPPOSITION), A("مرتزقته", BEL_OPPOSITION),
	A("المرتزقة", BEL_OPPOSITION), A("الفصائل الموالية لتركيا", BEL_OPPOSITION),
	A("مجهول", BEL_UNKNOWN), A("مجهولين", BEL_UNKNOWN), A("مجهولون", BEL_UNKNOWN),
	A("مجهولة", BEL_UNKNOWN), A("مجهول الهوية", BEL_UNKNOWN),

	/* weapons. "قصف" alone names no weapon (an attack): "قصف مدفعي" does */
	W("غارة", WEAPON_AIRSTRIKE), W("غارات", WEAPON_AIRSTRIKE), W("غارة جوية", WEAPON_AIRSTRIKE),
	W("غارات جوية", WEAPON_AIRSTRIKE), W("قصف جوي", WEAPON_AIRSTRIKE), W("القصف الجوي", WEAPON_AIRSTRIKE),
	W("قصفا جويا", WEAPON_AIRSTRIKE), W("طيران", WEAPON_AIRSTRIKE), W("الطيران الحربي", WEAPON_AIRSTRIKE),
	W("طيران حربي", WEAPON_AIRSTRIKE), W("طائرة", WEAPON_AIRSTRIKE), W("طائرات", WEAPON_AIRSTRIKE),
	W("طائرة حربية", WEAPON_AIRSTRIKE), W("طائرات حربية", WEAPON_AIRSTRIKE),
	W("الطائرات الحربية", WEAPON_AIRSTRIKE), W("مقاتلات", WEAPON_AIRSTRIKE), W("حربي", WEAPON_AIRSTRIKE),
	W("طائرة مسيرة", WEAPON_DRONE), W("طائرات مسيرة", WEAPON_DRONE), W("الطائرات المسيرة", WEAPON_DRONE),
	W("الطائرة المسيرة", WEAPON_DRONE), W("مسيرة", WEAPON_DRONE), W("مسيرات", WEAPON_DRONE),
	W("طائرة بدون طيار", WEAPON_DRONE), W("طائرات بدون طيار", WEAPON_DRONE), W("درون", WEAPON_DRONE),
	W("برميل متفجر", WEAPON_BARREL_BOMB), W("براميل متفجرة", WEAPON_BARREL_BOMB),
	W("البراميل المتفجرة", WEAPON_BARREL_BOMB), W("برميل", WEAPON_BARREL_BOMB), W("براميل", WEAPON_BARREL_BOMB),
	W("مروحي", WEAPON_BARREL_BOMB), W("مروحية", WEAPON_BARREL_BOMB), W("مروحيات", WEAPON_BARREL_BOMB),
	W("قصف مدفعي", WEAPON_SHELLING), W("القصف المدفعي", WEAPON_SHELLING), W("قصفا مدفعيا", WEAPON_SHELLING),
	W("مدفعي", WEAPON_SHELLING), W("مدفعية", WEAPON_SHELLING), W("المدفعية", WEAPON_SHELLING),
	W("قصف أرضي", WEAPON_SHELLING), W("القصف الأرضي", WEAPON_SHELLING), W("قذيفة", WEAPON_SHELLING),
	W("قذائف", WEAPON_SHELLING), W("هاون", WEAPON_SHELLING), W("الهاون", WEAPON_SHELLING),
	W("دبابة", WEAPON_SHELLING), W("راجمات", WEAPON_ROCKET), W("قصف صاروخي", WEAPON_MISSILE),
	W("صاروخ", WEAPON_MISSILE), W("صواريخ", WEAPON_MISSILE), W("صاروخي", WEAPON_MISSILE),
	W("صاروخية", WEAPON_MISSILE), W("الصواريخ", WEAPON_MISSILE),
	W("انفجار", WEAPON_EXPLOSION), W("انفجر", WEAPON_EXPLOSION), W("انفجرت", WEAPON_EXPLOSION),
	W("تفجير", WEAPON_EXPLOSION), W("عبوة ناسفة", WEAPON_EXPLOSION), W("عبوة", WEAPON_EXPLOSION),
	W("لغم", WEAPON_EXPLOSION), W("ألغام", WEAPON_EXPLOSION), W("لغم أرضي", WEAPON_EXPLOSION),
	W("سيارة مفخخة", WEAPON_EXPLOSION), W("مفخخة", WEAPON_EXPLOSION), W("قنبلة", WEAPON_EXPLOSION),
	W("قنابل", WEAPON_EXPLOSION), W("قنبلة عنقودية", WEAPON_EXPLOSION), W("مخلفات الحرب", WEAPON_EXPLOSION),
	W("ذخائر غير منفجرة", WEAPON_EXPLOSION), W("مخلفات", WEAPON_EXPLOSION),
	W("رصاص", WEAPON_SHOOTING), W("رصاصة", WEAPON_SHOOTING), W("الرصاص", WEAPON_SHOOTING),
	W("إطلاق نار", WEAPON_SHOOTING), W("إطلاق النار", WEAPON_SHOOTING), W("قنص", WEAPON_SHOOTING),
	W("قناص", WEAPON_SHOOTING), W("قناصة", WEAPON_SHOOTING), W("طلق ناري", WEAPON_SHOOTING),
	W("اشتباكات", WEAPON_GROUND), W("اشتباك", WEAPON_GROUND), W("مداهمة", WEAPON_GROUND),
	W("مداهمات", WEAPON_GROUND), W("إنزال", WEAPON_GROUND), W("إنزال جوي", WEAPON_GROUND),
	W("اقتحام", WEAPON_GROUND), W("عملية إنزال", WEAPON_GROUND),

	/* infrastructure */
	F("جسر", INFRA_BRIDGE), F("سد", INFRA_DAM), F("محطة كهرباء", INFRA_POWER), F("محطة مياه", INFRA_WATER),
	F("مستشفى", INFRA_HOSPITAL), F("مشفى", INFRA_HOSPITAL), F("مستوصف", INFRA_HOSPITAL),
	F("مدرسة", INFRA_SCHOOL), F("مدارس", INFRA_SCHOOL), F("مسجد", INFRA_MOSQUE), F("جامع", INFRA_MOSQUE),
	F("سوق", INFRA_MARKET), F("سوقا", INFRA_MARKET), F("فرن", INFRA_BAKERY), F("مخبز", INFRA_BAKERY),
	F("منزل", INFRA_HOME), F("منازل", INFRA_HOME), F("منزله", INFRA_HOME), F("بيوت", INFRA_HOME),
	F("مخيم", INFRA_OTHER), F("آبار النفط", INFRA_WELL), F("بئر نفط", INFRA_WELL),

	/* negation: "دون وقوع إصابات", "لا إصابات" */
	C("لا", LX_NEG), C("لم", LX_NEG), C("ولا", LX_NEG), C("ولم", LX_NEG), C("فلم", LX_NEG), C("دون", LX_NEG), C("بدون", LX_NEG), C("عدم", LX_NEG),
	C("نفى", LX_DENY), C("نفت", LX_DENY), C("ينفي", LX_DENY), C("تنفي", LX_DENY),
	C("اعترف", LX_ADMIT), C("اعترفت", LX_ADMIT), C("أقر", LX_ADMIT), C("أقرت", LX_ADMIT),
	C("وثق", LX_ESTIMATE), C("وثقت", LX_ESTIMATE), C("توثيق", LX_ESTIMATE), C("أحصى", LX_ESTIMATE),
	C("إجمالي", LX_CUMUL), C("مجموع", LX_CUMUL), C("منذ بداية", LX_CUMUL), C("منذ مطلع", LX_CUMUL),
	C("خلال عام", LX_CUMUL), C("خلال العام", LX_CUMUL), C("السنوي", LX_CUMUL),
	C("السنوية", LX_CUMUL), C("الشهري", LX_CUMUL), C("الشهرية", LX_CUMUL),
	C("الحرب", LX_CONFLICT), C("الثورة", LX_CONFLICT), C("النزاع", LX_CONFLICT), C("الصراع", LX_CONFLICT),
	C("المرصد السوري", LX_MONITOR), C("المرصد", LX_MONITOR), C("مرصد", LX_MONITOR), C("الشبكة السورية", LX_MONITOR),
	C("الشبكة السورية لحقوق الإنسان", LX_MONITOR), C("الأمم المتحدة", LX_MONITOR),
	/* who says, who did */
	C("قال", LX_SAY), C("قالت", LX_SAY), C("أفاد", LX_SAY), C("أفادت", LX_SAY), C("أكد", LX_SAY),
	C("أكدت", LX_SAY), C("بحسب", LX_SAY), C("حسب", LX_SAY), C("وفق", LX_SAY), C("وفقا", LX_SAY),
	C("أعلن", LX_SAY), C("أعلنت", LX_SAY), C("ذكر", LX_SAY), C("ذكرت", LX_SAY), C("أشار", LX_SAY),
	C("أشارت", LX_SAY), C("مشيرا", LX_SAY), C("صرح", LX_SAY), C("بيان", LX_SAY), C("أضاف", LX_SAY),
	C("أضافت", LX_SAY), C("نقل", LX_SAY), C("نقلت", LX_SAY),
	C("اتهم", LX_ACCUSE), C("اتهمت", LX_ACCUSE), C("يتهم", LX_ACCUSE), C("تتهم", LX_ACCUSE),
	C("أدان", LX_ACCUSE), C("أدانت", LX_ACCUSE),
	C("من قبل", LX_BY), C("على يد", LX_BY), C("على أيدي", LX_BY), C("بواسطة", LX_BY), C("نفذته", LX_BY),
	C("نفذتها", LX_BY), C("تابعة", LX_BY), C("تابع", LX_BY), C("التابعة", LX_BY), C("التابع", LX_BY), C("نفذها", LX_BY), C("شنته", LX_BY), C("شنها", LX_BY), C("شنتها", LX_BY),
	C("ضد", LX_TARGET), C("مواقع", LX_TARGET), C("مقرات", LX_TARGET), C("مقر", LX_TARGET),
	C("نقاط", LX_TARGET), C("معاقل", LX_TARGET), C("صفوف", LX_TARGET), C("مناطق سيطرة", LX_TARGET),
	C("بينهم", LX_INCLUDING), C("من بينهم", LX_INCLUDING), C("بينهن", LX_INCLUDING),
	C("من بينهن", LX_INCLUDING), C("منهم", LX_INCLUDING), C("منهن", LX_INCLUDING),
	C("أغلبهم", LX_INCLUDING), C("معظمهم", LX_INCLUDING),
	/* skipped between a count and its verb */
	C("قد", LX_AUX), C("تم", LX_AUX), C("على الأقل", LX_AUX), C("كان", LX_AUX), C("كانوا", LX_AUX),
	/* skipped between a number and its noun; "others" */
	C("آخرين", LX_MOD), C("آخرون", LX_MOD), C("أخريات", LX_MOD), C("أخرى", LX_MOD), C("آخر", LX_MOD),
	C("سوريين", LX_MOD), C("سوريون", LX_MOD),
	C("من", LX_OF),
	/* events */
	C("قصف", LX_ATTACK), C("قصفت", LX_ATTACK), C("يقصف", LX_ATTACK), C("استهداف", LX_ATTACK),
	C("استهدف", LX_ATTACK), C("استهدفت", LX_ATTACK), C("يستهدف", LX_ATTACK), C("تستهدف", LX_ATTACK),
	C("تقصف", LX_ATTACK), C("يهاجم", LX_ATTACK), C("تهاجم", LX_ATTACK), C("استهدافها", LX_ATTACK), C("استهدفه", LX_ATTACK), C("استهدافه", LX_ATTACK),
	C("هجوم", LX_ATTACK), C("هجمات", LX_ATTACK), C("هاجم", LX_ATTACK), C("هاجمت", LX_ATTACK),
	C("ضربة", LX_ATTACK), C("ضربات", LX_ATTACK), C("قصفا", LX_ATTACK),
	C("في وقت سابق", LX_BACKGROUND), C("يشار إلى", LX_BACKGROUND), C("يذكر أن", LX_BACKGROUND),
	C("تجدر الإشارة", LX_BACKGROUND), C("سابقا", LX_BACKGROUND), C("العام الماضي", LX_BACKGROUND),
	C("ذكرى", LX_BACKGROUND), C("اقرأ أيضا", LX_BACKGROUND), C("ذات صلة", LX_BACKGROUND),
};

const size_t lexicon_ar_count = sizeof lexicon_ar / sizeof lexicon_ar[0];
