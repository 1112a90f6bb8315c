/* extract_impl.h - what the extractor's files share: tokens, the lexicon,
 * and the per-document working state. Not for use outside src/extract/. */
#ifndef CIVCAS_EXTRACT_IMPL_H
#define CIVCAS_EXTRACT_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "extract/claim.h"
#include "extract/extract.h"
#include "extract/when.h"

/* ------------------------------------------------------------ lexicon */

/* What a word or phrase of the lexicon means to the extractor. */
enum lx_cat {
	LX_NONE = 0,
	LX_KILL,        /* killed, dead, died, death, martyred, lost their lives */
	LX_INJURE,      /* injured, wounded, injuries */
	LX_MISSING,     /* missing, under the rubble */
	LX_HARM,        /* hurt, harmed, casualties: killed or injured */
	LX_TOLL,        /* death toll, toll */
	LX_VICTIM,      /* value: enum vc (victim class) */
	LX_ACTOR,       /* value: enum belligerent */
	LX_WEAPON,      /* value: enum weapon */
	LX_NEG,         /* no, not, none, without */
	LX_DENY,        /* denied, denies, rejected */
	LX_ADMIT,       /* acknowledged, admitted, conceded */
	LX_ESTIMATE,    /* estimated, documented, counted, found */
	LX_CUMUL,       /* total, so far, to date, overall, in all */
	LX_CONFLICT,    /* conflict, war, uprising */
	LX_INFRA,       /* value: enum infra */
	LX_SAY,         /* said, reported, announced, according to, told */
	LX_ACCUSE,      /* accused, blamed */
	LX_BY,          /* by, carried out by, blamed on, at the hands of */
	LX_TARGET,      /* against, targeting, targeted, positions of, held by */
	LX_INCLUDING,   /* including, among them, of whom */
	LX_AUX,         /* were, was, have been, reportedly ... (skipped between a count and its verb) */
	LX_MOD,         /* other, more, innocent, local ... (skipped between a number and its noun) */
	LX_OF,          /* of, of them */
	LX_ATTACK,      /* attack, strike, raid, bombing, hit, struck, targeted (event nouns/verbs) */
	LX_MONITOR,     /* Airwars, the Syrian Observatory, SNHR ... (estimators) */
	LX_BACKGROUND,  /* earlier, previous, last year's, anniversary ... */
	LX_CAT_COUNT
};

/* Victim classes. */
enum vc { VC_PEOPLE = 0, VC_CIVILIAN, VC_CHILD, VC_WOMAN, VC_MAN, VC_COMBATANT, VC_FAMILY };

enum lx_flags {
	LXF_CASE = 1,    /* match the case as written ("US", "IS") */
	LXF_SINGULAR = 2, /* a victim noun in the singular: "a child", "an individual" */
	LXF_DUAL = 4      /* an Arabic dual: two of them ("طفلين", "شهيدين") */
};

struct lx_entry {
	const char *phrase;      /* lower case, words separated by one space */
	unsigned char cat, value, flags, words;
};

struct lexicon;
struct lexicon *lexicon_new(void);
void lexicon_free(struct lexicon *lx);

/* ------------------------------------------------------------ tokens */

enum tok_type { TT_WORD = 1, TT_NUM, TT_PUNCT };

struct tok {
	uint32_t start, end;         /* bytes of the text */
	uint8_t type;
	uint8_t cat, value;          /* lexicon meaning (of the phrase starting here) */
	uint8_t span;                /* tokens the lexicon phrase covers (1 when single) */
	uint8_t upper;               /* starts with an upper-case letter */
	uint8_t in_phrase;           /* covered by a phrase that started earlier */
	uint8_t weapon;              /* enum weapon + 1 when the phrase here names one, else 0 */
	uint8_t key_len;             /* the word's key (lx_key) is keys + key_off */
	uint32_t key_off;
	uint8_t clitics;             /* enum tok_clitic: an Arabic word's proclitics, and CL_ARABIC */
	uint8_t lxf;                 /* enum lx_flags of the lexicon entry */
	/* a number phrase starting here: its range, flags and the token after it */
	uint8_t has_num;
	uint16_t num_flags;
	uint32_t num_next;
	long num_min, num_max;
};

/* What lx_tokenize found on an Arabic word: the proclitics it stripped to
 * find the word in the lexicon (the token's key is then the stem), and that
 * the word is in Arabic script at all. */
enum tok_clitic {
	CL_WA = 1,      /* و "and" */
	CL_FA = 2,      /* ف "so" */
	CL_BI = 4,      /* ب "with, by, in" */
	CL_LI = 8,      /* ل "to, for" */
	CL_KA = 16,     /* ك "as" */
	CL_AL = 32,     /* ال "the" */
	CL_ARABIC = 128 /* the word is written in Arabic script */
};

/* The folded (lower case, dots dropped) form of a word, for lexicon keys.
 * Arabic is normalised as writers vary it: harakat, the dagger alef,
 * tatweel and zero-width marks dropped; أ إ آ ٱ written ا, ة written ه,
 * ى written ي (and the Persian ک ی as ك ي). */
size_t lx_key(const char *s, size_t n, char *out, size_t cap);
/* 1 if token t is an Arabic word whose key is w: tok_is for the stem
 * ("وبينهم" is "بينهم" once the lexicon knows it). */
#define tok_ar(t, keys, w) (((t)->clitics & CL_ARABIC) && tok_is((t), (keys), (w)))

/* A range of bytes of the text. */
struct span {
	size_t start, end;
};

/* Tokenize the windows win[0..nwin) of text[0..n) (in order, not
 * overlapping) into toks (the buf holds struct tok; keys gets the words'
 * keys), looking up the lexicon and reading number phrases. Between two
 * windows a '|' token ends the sentence. */
void lx_tokenize(const struct lexicon *lx, const char *text, size_t n, const struct span *win, size_t nwin,
		 struct buf *toks, struct buf *keys);

/* The parts of a text worth reading closely: the sentences that hold a
 * casualty or infrastructure word (found by one literal scan), the sentence
 * before each, and the headline. Writes the windows, in order and merged,
 * into out (a buf of struct span). */
struct trigger_scan;
struct trigger_scan *trigger_scan_new(void);
void trigger_scan_free(struct trigger_scan *ts);
struct trigger_scratch;
struct trigger_scratch *trigger_scratch_new(const struct trigger_scan *ts);
void trigger_scratch_free(struct trigger_scratch *s);
void trigger_windows(const struct trigger_scan *ts, struct trigger_scratch *s, const char *text, size_t n,
		     struct buf *out);
/* 1 if token t's key is the word w (n bytes). tok_is(t, keys, "word")
 * takes the length of a literal at compile time. */
int tok_is_n(const struct tok *t, const char *keys, const char *w, size_t n);
#define tok_is(t, keys, w) tok_is_n((t), (keys), (w), __builtin_strlen(w))
/* The length of the Latin article joined to token t's key ("al-Ain" 3,
 * "ad-Dana" 3, "ash-Shaddadi" 4), 0 when there is none. */
size_t lx_joined_article(const struct tok *t, const char *keys);
/* 1 if token t's key is one of the words of the NULL-terminated list. */
int tok_in(const struct tok *t, const char *keys, const char *const *list);

/* ------------------------------------------------------------ sentences */

struct sentence {
	uint32_t start, end;         /* bytes */
	uint32_t tok0, tok1;         /* tokens [tok0, tok1) */
	int paragraph;               /* index of the paragraph (blank-line or line separated) */
};

/* Split the tokens into sentences (the buf holds struct sentence). */
void split_sentences(const char *text, size_t n, const struct tok *t, size_t nt, const char *keys,
		     struct buf *out);

#endif
