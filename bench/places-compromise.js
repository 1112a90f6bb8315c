// places-compromise.js - the `compromise` peer of the `places` benchmark
// (bench/run.sh places): compromise's .places() on every text of a TEXTS file
// (see bench/places.c: a 4-byte little-endian length, then the text). English
// only: compromise has no Arabic.
//
//   node bench/places-compromise.js NPM_DIR TEXTS ROUNDS
//
// NPM_DIR is where run.sh installed compromise. Prints one line of key=value
// pairs: the load time, the best round's seconds (the .places() calls only),
// and what the last round found.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [npmDir, file, roundsArg] = process.argv.slice(2);
if (!npmDir || !file) {
	console.error('usage: node places-compromise.js NPM_DIR TEXTS [ROUNDS]');
	process.exit(2);
}
const rounds = Math.max(1, parseInt(roundsArg || '3', 10));

let t0 = process.hrtime.bigint();
// resolved as from a file in NPM_DIR, so that the package's "exports" apply
const fromNpm = createRequire(path.resolve(npmDir, 'package.json'));
const nlp = fromNpm('compromise');
nlp('Warm up in Aleppo.').places();   // compromise builds its lexicon on first use
const loadS = Number(process.hrtime.bigint() - t0) / 1e9;

const data = fs.readFileSync(file);
const texts = [];
let bytes = 0;
for (let at = 0; at < data.length;) {
	if (at + 4 > data.length)
		throw new Error(`${file}: truncated`);
	const n = data.readUInt32LE(at);
	if (at + 4 + n > data.length)
		throw new Error(`${file}: truncated`);
	texts.push(data.toString('utf8', at + 4, at + 4 + n));
	bytes += n;
	at += 4 + n;
}

let best = Infinity;
let found = 0;
for (let r = 0; r < rounds; r++) {
	found = 0;
	t0 = process.hrtime.bigint();
	for (const text of texts)
		found += nlp(text).places().out('array').length;
	const s = Number(process.hrtime.bigint() - t0) / 1e9;
	if (s < best)
		best = s;
}
const version = JSON.parse(fs.readFileSync(path.resolve(npmDir, 'node_modules', 'compromise', 'package.json'))).version;
console.log(`version=${version} load_s=${loadS.toFixed(3)} s=${best.toFixed(4)} docs=${texts.length} ` +
	`bytes=${bytes} places=${found}`);
