// extract-en-peers.js - the npm peers of the `extract-en` benchmark
// (bench/run.sh extract-en), end to end on a JSON-lines file: read the file,
// parse each line, and extract from its "text" what the library can.
//
//   node bench/extract-en-peers.js PEER NPM_DIR JSONL ROUNDS
//
// PEER is
//   compromise  compromise + compromise-dates: per text, nlp(text), then its
//               numbers (.numbers().get(): the values), places, people and
//               dates resolved against the record's "published" day
//               (.dates({today}).get()): the facts a claim holds, as far as a
//               general NLP library finds them;
//   chrono      chrono-node: chrono.parse(text, published) per text, the
//               dates alone.
// NPM_DIR is where run.sh installed the packages. Loading the library is
// timed apart (load_s); each round reads and parses JSONL again and goes
// over every record; rounds stop after a minute. Prints one line of key=value pairs: the versions, load_s,
// the best round's seconds (s), the records and text bytes (UTF-8) read, and
// what the last round found.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [peer, npmDir, file, roundsArg] = process.argv.slice(2);
if (!['compromise', 'chrono'].includes(peer) || !npmDir || !file) {
	console.error('usage: node extract-en-peers.js compromise|chrono NPM_DIR JSONL [ROUNDS]');
	process.exit(2);
}
const rounds = Math.max(1, parseInt(roundsArg || '3', 10));
// resolved as from a file in NPM_DIR, so that the packages' "exports" apply
const fromNpm = createRequire(path.resolve(npmDir, 'package.json'));
const version = (name) =>
	JSON.parse(fs.readFileSync(path.resolve(npmDir, 'node_modules', name, 'package.json'))).version;

// The day a record was published, as YYYY-MM-DD (the feeds write ISO 8601
// or RFC 822), or undefined.
function publishedDay(s) {
	if (typeof s !== 'string')
		return undefined;
	if (/^\d{4}-\d\d-\d\d/.test(s))
		return s.slice(0, 10);
	const t = Date.parse(s);
	return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

let t0 = process.hrtime.bigint();
let extract, versions;
if (peer === 'compromise') {
	const nlp = fromNpm('compromise');
	nlp.plugin(fromNpm('compromise-dates'));
	nlp('Warm up: 12 people were killed in Aleppo on Sunday, March 3.').dates().get(); // builds the lexicon
	versions = `compromise=${version('compromise')} compromise_dates=${version('compromise-dates')}`;
	extract = (rec, found) => {
		const day = publishedDay(rec.published);
		const doc = nlp(rec.text);
		found.numbers += doc.numbers().get().length;
		found.places += doc.places().out('array').length;
		found.people += doc.people().out('array').length;
		found.dates += doc.dates(day ? { today: day } : {}).get().length;
	};
} else {
	const chrono = fromNpm('chrono-node');
	chrono.parse('on Sunday, March 3', new Date('2017-03-05T00:00:00Z'));
	versions = `chrono_node=${version('chrono-node')}`;
	extract = (rec, found) => {
		const day = publishedDay(rec.published);
		found.dates += chrono.parse(rec.text, day ? new Date(day + 'T12:00:00Z') : new Date()).length;
	};
}
const loadS = Number(process.hrtime.bigint() - t0) / 1e9;

// A slow peer gets fewer rounds: none starts after a minute of them.
let best = Infinity, docs = 0, bytes = 0, found = null, done = 0;
const began = process.hrtime.bigint();
for (let r = 0; r < rounds && (r === 0 || Number(process.hrtime.bigint() - began) / 1e9 < 60); r++) {
	const f = { numbers: 0, places: 0, people: 0, dates: 0 };
	docs = 0;
	bytes = 0;
	t0 = process.hrtime.bigint();
	const data = fs.readFileSync(file, 'utf8');
	for (let at = 0; at < data.length;) {
		let nl = data.indexOf('\n', at);
		if (nl < 0)
			nl = data.length;
		if (nl > at) {
			const rec = JSON.parse(data.slice(at, nl));
			if (typeof rec.text === 'string') {
				extract(rec, f);
				docs++;
				bytes += Buffer.byteLength(rec.text, 'utf8');
			}
		}
		at = nl + 1;
	}
	const s = Number(process.hrtime.bigint() - t0) / 1e9;
	if (s < best)
		best = s;
	found = f;
	done++;
}
const what = peer === 'compromise'
	? `numbers=${found.numbers} places=${found.places} people=${found.people} dates=${found.dates}`
	: `dates=${found.dates}`;
console.log(`${versions} load_s=${loadS.toFixed(3)} rounds=${done} s=${best.toFixed(4)} docs=${docs} bytes=${bytes} ${what}`);
