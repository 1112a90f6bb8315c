/* main_claim.c - the document's main incident claim, found the way the
 * annotation guide has an annotator find it (the headline's event, else the
 * first current one, never a background event), and completed from the
 * other claims of the same event. */
#include <stdio.h>
#include <string.h>

#include "extract/doc_impl.h"

/* Where the text gives its headline. */
static void find_headline(struct doc *d, const char *title)
{
	d->head_start = d->ns ? d->sent[0].start : 0;
	d->head_end = d->ns ? d->sent[d->ns > 1 ? 1 : 0].end : 0;
	if (d->ns > 1 && d->sent[1].start >= 400)
		d->head_end = d->sent[0].end;
	if (!title)
		return;
	size_t tl = strlen(title);
	while (tl && (title[tl - 1] == ' ' || title[tl - 1] == '.'))
		tl--;
	if (tl < 12)
		return;
	size_t reach = d->n < 2000 ? d->n : 2000;
	const char *p = memmem(d->text, reach, title, tl);
	if (p && (size_t)(p - d->text) + tl > d->head_end)
		d->head_end = (size_t)(p - d->text) + tl;
}

/* Is the claim about an event long before the text was written? Its date
 * says so, or its sentence names only months long past ("In February, a
 * drone killed ..." in a June report). */
static int background(const struct doc *d, const struct facts *f, const struct claim *c)
{
	if (f->background)
		return 1;
	if (!d->have_anchor)
		return 0;
	long a = date_days(d->anchor.year, d->anchor.month, d->anchor.day);
	if (c->date_precision >= WHEN_DAY) {
		long e = date_days(c->date.year, c->date.month, c->date.day);
		if (a - e > 45)
			return 1;
	}
	size_t si = (size_t)(f - d->facts);
	if (c->date_precision == WHEN_DAY || si >= d->ns)
		return 0;
	doc_sentence_when(d, si);
	int old = 0;
	for (int i = f->when_lo; i < f->when_hi; i++) {
		const struct when *w = &d->whens[i];
		if (w->precision < WHEN_MONTH || (w->flags & (WHEN_PERIOD | WHEN_OPEN)))
			continue;
		long e = date_days(w->date.year, w->date.month, w->date.day) + (w->precision == WHEN_MONTH ? 30 : 0);
		if (a - e <= 45)
			return 0;   /* a recent day as well */
		old = 1;
	}
	return old;
}

/* Is sentence si a photo's caption? It ends with a credit ("(AP photo)"),
 * opens with "In this photo" or "File photo", or shows someone in the
 * present tense: "A man carries an injured girl after an air strike". The
 * picture may be of another day's event; the report is told below it. */
static int caption(const struct doc *d, size_t si)
{
	static const char *const photo[] = { "photo", "photos", "picture", "image", NULL };
	static const char *const article[] = { "a", "an", NULL };
	static const char *const person[] = { "man", "woman", "boy", "girl", "child", "rescuer", "worker",
					      "medic", "resident", "father", "mother", "fighter", "volunteer", NULL };
	static const char *const shows[] = { "carries", "walks", "rides", "stands", "holds", "inspects", "sits",
					     "reacts", "looks", "cries", "lies", "searches", "helps", "mourns",
					     "gestures", "runs", "removes", "sweeps", "checks", "waits", NULL };
	const struct sentence *s = &d->sent[si];
	const struct tok *t = d->t;
	size_t a = s->tok0, b = s->tok1;
	if (b > a + 1 && t[b - 1].type == TT_PUNCT && t[b - 1].value == ')')
		for (size_t j = b - 1; j-- > a && b - 1 - j <= 5 && t[j].type != TT_PUNCT;)
			if (tok_in(&t[j], d->keys, photo))
				return 1;
	for (size_t j = a; j + 1 < b && j < a + 12; j++) {
		if (tok_in(&t[j], d->keys, photo) && j > a && t[j - 1].key_len &&
		    (!strcmp(d->keys + t[j - 1].key_off, "this") || !strcmp(d->keys + t[j - 1].key_off, "file")))
			return 1;
		if (!tok_in(&t[j], d->keys, article) || !t[j].upper)
			continue;
		for (size_t k = j + 1; k < b && k <= j + 3; k++)
			if (tok_in(&t[k], d->keys, person) && k + 1 < b && tok_in(&t[k + 1], d->keys, shows))
				return 1;
	}
	return 0;
}

/* Does claim a report a greater toll than b: more killed, or as many (none)
 * and more injured? */
static long civilians_of(const struct claim *c, int injured)
{
	struct range civ = injured ? c->civilians_injured : c->civilians_killed;
	if (range_known(civ))
		return doc_figure(civ);
	if (c->status == VICTIM_COMBATANT || (!injured && range_known(c->combatants_killed)))
		return -1;
	return doc_figure(injured ? c->injured : c->killed);
}

static int toll_more(const struct claim *a, const struct claim *b)
{
	long ka = civilians_of(a, 0), kb = civilians_of(b, 0);
	if (ka > 0 || kb > 0)
		return ka > kb;
	return civilians_of(a, 1) > civilians_of(b, 1);
}

/* Is sentence si a line of its own, short and without a full stop: a
 * link, a menu item, a headline? */
static int short_line(const struct doc *d, size_t si)
{
	const struct sentence *s = &d->sent[si];
	char last = s->end > s->start ? d->text[s->end - 1] : '.';
	return s->end - s->start < 120 && last != '.' && last != ':' &&
	       (si == 0 || d->sent[si - 1].paragraph != s->paragraph) &&
	       (si + 1 >= d->ns || d->sent[si + 1].paragraph != s->paragraph);
}

/* Is sentence si one of a list of links (other reports' headlines, a
 * page's menus): a short line between short lines? Those headlines are the
 * site's, not the report's. */
static int link_list(const struct doc *d, size_t si)
{
	return si > 0 && si + 1 < d->ns && short_line(d, si - 1) && short_line(d, si) && short_line(d, si + 1);
}

/* Is claim c dated by a year alone ("In 2021 the jets struck 30 times ...
 * 32 troops killed")? That is a year's tally, not an event. */
static int year_tally(const struct doc *d, const struct claim *c, size_t si)
{
	if (c->date_precision == WHEN_YEAR)
		return 1;
	doc_sentence_when(d, si);
	const struct facts *f = &d->facts[si];
	if (f->when_hi <= f->when_lo)
		return 0;
	for (int i = f->when_lo; i < f->when_hi; i++)
		if (d->whens[i].precision != WHEN_YEAR || (d->whens[i].flags & (WHEN_PERIOD | WHEN_OPEN | WHEN_PAST_CONTEXT)))
			return 0;
	return 1;
}

/* A headline cut short ("A man was killed when a drone hit..."), a post's
 * preview, is the post told in full below it: the claim of the full
 * telling is the headline's. Returns that claim, else h. */
static int told_in_full(const struct doc *d, const struct claim *cl, size_t nc, int h)
{
	size_t a = cl[h].sentence_start, b = cl[h].sentence_end, cut;
	if (b >= a + 3 && memcmp(d->text + b - 3, "\xe2\x80\xa6", 3) == 0)
		cut = b - 3;
	else if (b >= a + 1 && b + 2 <= d->n && memcmp(d->text + b - 1, "...", 3) == 0)
		cut = b - 1;
	else
		return h;
	size_t len = cut - a;
	if (len > 60)
		len = 60;
	if (len < 15)
		return h;
	const char *p = memmem(d->text + b, d->n - b, d->text + a, len);
	if (!p)
		return h;
	size_t at = (size_t)(p - d->text);
	for (size_t i = 0; i < nc; i++)
		if (cl[i].kind == CLAIM_INCIDENT && cl[i].sentence_start <= at && at < cl[i].sentence_end)
			return (int)i;
	return h;
}

/* The report's main event, as the annotation guide has an annotator find
 * it: what the headline or the opening reports, never a background event
 * nor a photo's caption; else the first current event, or, where the text
 * lists events one after the other (each next sentence another place's
 * event), the one of that list with most civilians killed, or if none were
 * killed, most injured: the guide's "several current events reported
 * equally". (Taking the event with the most victims of the whole text was
 * measured worse: texts end with statistics and earlier events.) Returns
 * its index or -1. */
static int choose_main(const struct doc *d, struct claim *cl, size_t nc, const size_t *sent_of)
{
	int head = -1, any = -1, most = -1, last = -1;
	for (size_t i = 0; i < nc; i++) {
		if (cl[i].kind != CLAIM_INCIDENT)
			continue;
		if (any < 0)
			any = (int)i;
		if (background(d, &d->facts[sent_of[i]], &cl[i]) || caption(d, sent_of[i]) ||
		    year_tally(d, &cl[i], sent_of[i]) || link_list(d, sent_of[i]))
			continue;
		if (head < 0 && cl[i].sentence_start < d->head_end && cl[i].sentence_end > d->head_start)
			head = (int)i;
		if (most < 0) {
			most = last = (int)i;   /* the first current event */
		} else if (sent_of[i] == sent_of[last] + 1 && cl[i].place_id != cl[last].place_id) {
			if (toll_more(&cl[i], &cl[most]))
				most = (int)i;
			last = (int)i;
		}
	}
	if (head >= 0)
		head = told_in_full(d, cl, nc, head);
	int m = head >= 0 ? head : most >= 0 ? most : any;
	if (m >= 0)
		cl[m].main = 1;
	return m;
}

/* Weapons one report may name by different words: fire from the ground,
 * from the air, and the rest each their own. */
static int weapon_family(enum weapon w)
{
	switch (w) {
	case WEAPON_SHELLING: case WEAPON_ROCKET: case WEAPON_MISSILE: return 1;
	case WEAPON_AIRSTRIKE: case WEAPON_DRONE: case WEAPON_BARREL_BOMB: return 2;
	default: return 3 + (int)w;
	}
}

/* Could claims a and b be about one event? Nothing they say disagrees. */
static int same_event(const struct claim *a, const struct claim *b)
{
	unsigned known = ~(1u << BEL_UNKNOWN);
	if ((a->belligerents & known) && (b->belligerents & known) && !(a->belligerents & b->belligerents))
		return 0;
	if (a->weapon && b->weapon && weapon_family(a->weapon) != weapon_family(b->weapon) &&
	    !((a->weapon == WEAPON_MISSILE && weapon_family(b->weapon) <= 2) ||
	      (b->weapon == WEAPON_MISSILE && weapon_family(a->weapon) <= 2)))
		return 0;   /* "artillery and rocket fire" is one shelling; jets fire missiles */
	/* the same day and month in two years: one year was inferred (a date
	 * written without its year) */
	if (a->date_precision >= WHEN_DAY && b->date_precision >= WHEN_DAY &&
	    (a->date.month != b->date.month || a->date.day != b->date.day))
		return 0;
	if (a->governorate && b->governorate && strcmp(a->governorate, b->governorate) != 0)
		return 0;
	return 1;
}

static void take_counts(struct claim *to, const struct claim *from)
{
	to->killed = from->killed;
	to->civilians_killed = from->civilians_killed;
	to->combatants_killed = from->combatants_killed;
	to->status = from->status;
	if (!range_known(to->children_killed))
		to->children_killed = from->children_killed;
	if (!range_known(to->women_killed))
		to->women_killed = from->women_killed;
	if (!range_known(to->men_killed))
		to->men_killed = from->men_killed;
}

/* Does claim c's sentence write the year y? */
static int year_written(const struct doc *d, const struct claim *c, int y)
{
	char ys[8];
	int k = snprintf(ys, sizeof ys, "%d", y);
	return k == 4 && memmem(d->text + c->sentence_start, c->sentence_end - c->sentence_start, ys, 4) != NULL;
}

/* The main claim is the event as the whole text tells it: the headline
 * often gives it without a figure, or a part of it ("two children"), or
 * calls the victims "people" where the body says how many were civilians.
 * Later claims of the same event fill that in. */
static void enrich_main(const struct doc *d, struct claim *cl, size_t nc, size_t m, const size_t *sent_of,
			const unsigned char *explicit_of, const unsigned char *parts_of)
{
	struct claim *c = &cl[m];
	int explicit = explicit_of[m], parts = parts_of[m];
	/* the publication day in a headline's stamp ("Mon 24 Nov 2025 ...") is
	 * no event date when the body gives one */
	enum when_precision stamp_precision = c->date_precision;
	int stamp = 0;   /* the main claim's date is a stamp at the head of the text */
	if (d->ns && c->sentence_start < 40 && doc_on_anchor(d, &c->date, c->date_precision)) {
		doc_sentence_when(d, 0);
		for (int i = d->facts[0].when_lo; i < d->facts[0].when_hi && d->whens[i].start < 40; i++)
			if (doc_is_anchor(d, &d->whens[i]))
				stamp = 1;
	}
	if (stamp)
		c->date_precision = WHEN_NONE;   /* not an event date: it does not tell events apart */
	for (size_t i = 0; i < nc; i++) {
		const struct claim *o = &cl[i];
		if (i == m || o->kind != CLAIM_INCIDENT || !same_event(c, o))
			continue;
		int near = o->sentence_start < c->sentence_end + 1500 ||
			   d->sent[sent_of[i]].paragraph == d->sent[sent_of[m]].paragraph;
		if (!near || background(d, &d->facts[sent_of[i]], o))
			continue;
		long ck = doc_figure(c->killed), ok = doc_figure(o->killed);
		int far_ok = !range_known(c->injured) && c->place_id && c->place_id == o->place_id;
		if (ck < 0 && ok >= 0 && o->sentence_start < c->sentence_end + (far_ok ? 1500 : 500)) {
			take_counts(c, o);
			explicit = explicit_of[i];
			parts = parts_of[i];
		} else if (ck >= 0 && ok >= 0) {
			if (parts && !parts_of[i] && ok >= ck && ok <= 5 * ck + 10 &&
			    o->sentence_start < c->sentence_end + 600) {
				take_counts(c, o);   /* "two children" in the headline, "four people" below */
				explicit = explicit_of[i];
				parts = 0;
			} else if (c->killed.max == RANGE_UNKNOWN && o->killed.max != RANGE_UNKNOWN && ok >= ck) {
				take_counts(c, o);   /* "dozens killed" above, "43 killed" below */
				explicit = explicit_of[i];
			} else if (ok == ck && explicit_of[i] && !explicit) {
				take_counts(c, o);   /* "22 dead" above, "six civilians among 22" below */
				explicit = 1;
			}
		}
		/* "injures woman" in the headline, "injured a woman and a child" in
		 * the body: the fuller count nearby stands */
		if (range_known(c->injured) && range_known(o->injured) && o->injured.min > c->injured.min &&
		    o->sentence_start < c->sentence_end + 600 && c->injured.min <= 2) {
			c->injured = o->injured;
			c->civilians_injured = o->civilians_injured;
		}
		if (!range_known(c->injured) && range_known(o->injured)) {
			c->injured = o->injured;
			c->civilians_injured = o->civilians_injured;
		}
		if (!range_known(c->children_killed) && range_known(o->children_killed) && ok >= 0 && ok <= doc_figure(c->killed))
			c->children_killed = o->children_killed;
		if (!range_known(c->women_killed) && range_known(o->women_killed) && ok >= 0 && ok <= doc_figure(c->killed))
			c->women_killed = o->women_killed;
		if (!stamp && !c->date_precision && o->date_precision) {
			c->date = o->date;
			c->date_end = o->date_end;
			c->date_precision = o->date_precision;
		}
		if ((!c->place_id || c->place_precision <= GEO_COUNTRY) && o->place_id && o->place_precision > GEO_COUNTRY) {
			c->place_id = o->place_id;
			c->place_name = o->place_name;
			c->governorate = o->governorate;
			c->country = o->country;
			c->lat = o->lat;
			c->lon = o->lon;
			c->place_precision = o->place_precision;
		}
	}
	/* "on Oct 20" in the headline, "on October 20, 2022" in the body: the
	 * year written wins over the one inferred, however far apart */
	for (size_t i = 0; i < nc; i++) {
		const struct claim *o = &cl[i];
		if (i != m && o->kind == CLAIM_INCIDENT && c->date_precision >= WHEN_DAY &&
		    o->date_precision >= WHEN_DAY && c->date.month == o->date.month && c->date.day == o->date.day &&
		    c->date.year != o->date.year && year_written(d, o, o->date.year) &&
		    !year_written(d, c, c->date.year) && same_event(c, o)) {
			c->date = o->date;
			break;
		}
	}
	if (!stamp)
		return;
	/* a day in the week before publication that a claim of the same event
	 * nearby gives; else the stamp stands (c is still undated here) */
	long a = date_days(d->anchor.year, d->anchor.month, d->anchor.day);
	for (size_t i = 0; i < nc; i++) {
		const struct claim *o = &cl[i];
		if (i == m || o->kind != CLAIM_INCIDENT || o->date_precision < WHEN_DAY ||
		    o->sentence_start > c->sentence_end + 1500 || background(d, &d->facts[sent_of[i]], o))
			continue;
		long e = date_days(o->date.year, o->date.month, o->date.day);
		if (e < a && a - e <= 7 && same_event(c, o)) {
			c->date = o->date;
			c->date_precision = o->date_precision;
			return;
		}
	}
	c->date_precision = stamp_precision;
}

/* A report that gives its main event no date of its own tells it as the
 * day's news: "clashes broke out this morning ... three people were
 * killed", a post that says "a strike on the town killed a man". The event
 * is on the day the lead names before the claim (a day within the week
 * before the report's date), else on the report's own date: its
 * publication day, dateline or post stamp (the annotation guide counts a
 * post's stamp as its publication date). Monitors date such reports so;
 * a report about an older event says when it was. */
static void date_current(const struct doc *d, struct claim *c, size_t si)
{
	if (c->kind != CLAIM_INCIDENT || c->date_precision != WHEN_NONE || !d->have_anchor)
		return;
	long a = date_days(d->anchor.year, d->anchor.month, d->anchor.day);
	for (size_t k = 0; k < si && k < d->ns; k++) {
		if (d->facts[k].background)
			continue;
		int w = doc_sentence_when(d, k);
		if (w < 0)
			continue;
		const struct when *x = &d->whens[w];
		if (x->precision < WHEN_DAY || (x->flags & (WHEN_PERIOD | WHEN_OPEN)))
			continue;
		long e = date_days(x->date.year, x->date.month, x->date.day);
		if (e <= a && a - e <= 7) {
			c->date = x->date;
			c->date_precision = x->precision;
			return;
		}
	}
	memset(&c->date, 0, sizeof c->date);
	c->date.year = d->anchor.year;
	c->date.month = d->anchor.month;
	c->date.day = d->anchor.day;
	c->date.precision = DATE_DAY;
	c->date_precision = WHEN_DAY;
}

int main_claim_pick(struct doc *d, const char *title, struct claim *cl, size_t nc, const size_t *sent_of,
		    const unsigned char *explicit_of, const unsigned char *parts_of)
{
	find_headline(d, title);
	int m = choose_main(d, cl, nc, sent_of);
	if (m >= 0) {
		enrich_main(d, cl, nc, (size_t)m, sent_of, explicit_of, parts_of);
		date_current(d, &cl[m], sent_of[m]);
	}
	return m;
}
