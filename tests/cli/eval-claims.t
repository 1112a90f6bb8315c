# eval extract and eval claims on small invented fixtures (tests/fixtures/eval).
# The figures depend on the extractor: after a change to it, run each command
# here and paste its output (the last line is what scripts read).

# FA-KES layout: quoted multi-line content, M/D/YY dates; one line per article field
$ civcas eval extract --gold fixtures/eval/fakes.csv
eval extract: n=4 civilians=1.000 children=1.000 women=1.000 noncivilians=1.000 location=0.750 actor=1.000 cause=1.000

# --verbose: each disagreement first (unit_id, field, gold, ours)
$ civcas eval extract --gold fixtures/eval/fakes.csv --verbose
104	location	damascus	-
eval extract: n=4 civilians=1.000 children=1.000 women=1.000 noncivilians=1.000 location=0.750 actor=1.000 cause=1.000

# annotated texts (English and Arabic, a month-only date, "dozens", a list of belligerents)
$ civcas eval claims --gold fixtures/eval/claims.jsonl
eval claims: n=5 claim_p=1.000 claim_r=1.000 date=1.000 governorate=1.000 belligerent=1.000 weapon=1.000 killed=1.000 killed_overlap=1.000 injured=1.000

$ civcas eval claims --gold fixtures/eval/claims.jsonl --verbose
eval claims: n=5 claim_p=1.000 claim_r=1.000 date=1.000 governorate=1.000 belligerent=1.000 weapon=1.000 killed=1.000 killed_overlap=1.000 injured=1.000

# --lang: only the records in that language count
$ civcas eval claims --gold fixtures/eval/claims.jsonl --lang ar | sed 's/ claim_p.*//'
eval claims: n=2

$ civcas eval claims --gold fixtures/eval/claims.jsonl --lang en | sed 's/ claim_p.*//'
eval claims: n=3

# source texts against their incident (codes "RS9002 CS9004": the first that is in the table)
$ civcas eval claims --gold fixtures/eval/sources.jsonl --incidents fixtures/eval/incidents.csv --verbose
s3 TS9003: claim yes / no
s4 CS9001: page post / none (the site's notice only); claim yes / no
s5 CS9001: text date 2017-06-11 / 2018-06-12; claim yes / no
eval claims: n=5 claimed=0.400 date_found=1.000 date_1d=1.000 place_found=1.000 place_10km=1.000 governorate=1.000 belligerent_found=1.000 belligerent=1.000 killed_found=1.000 killed_overlap=1.000 empty_pages=1 other_date=1

# bad records: each reported with its line and skipped, the figures still
# printed (over the good ones), exit status 1
$ civcas eval claims --gold fixtures/eval/claims-bad.jsonl
civcas: malformed JSON, skipped: fixtures/eval/claims-bad.jsonl:2
civcas: record has no text, skipped: fixtures/eval/claims-bad.jsonl:3
civcas: record has no gold object (source texts need --incidents), skipped: fixtures/eval/claims-bad.jsonl:4
civcas: not a JSON object, skipped: fixtures/eval/claims-bad.jsonl:5
eval claims: n=2 claim_p=1.000 claim_r=1.000 date=0.000 governorate=0.000 belligerent=0.000 weapon=0.000 killed=1.000 killed_overlap=1.000 injured=1.000
? 1

$ civcas eval claims --gold fixtures/eval/sources-bad.jsonl --incidents fixtures/eval/incidents.csv | sed 's/ claimed.*//'
civcas: incident 'NOPE1' is not in the incidents file, skipped: fixtures/eval/sources-bad.jsonl:1
civcas: record has no incident_codes, skipped: fixtures/eval/sources-bad.jsonl:2
eval claims: n=1

$ civcas eval extract --gold fixtures/eval/fakes-broken.csv | sed 's/ civilians=.*//'
civcas: malformed CSV (error parsing data while strict checking enabled), row skipped: fixtures/eval/fakes-broken.csv:3
civcas: unterminated quoted field at the end of the file: fixtures/eval/fakes-broken.csv:4
eval extract: n=1

# a file that is not what it should be: an error, no figures
$ civcas eval extract --gold fixtures/eval/not-fakes.csv
civcas: no unit_id column: not a FA-KES layout file: fixtures/eval/not-fakes.csv:1
? 1

$ civcas eval claims --gold fixtures/eval/sources.jsonl --incidents fixtures/eval/fakes.csv
civcas: no code column: not an Airwars incidents file: fixtures/eval/fakes.csv:1
? 1

$ civcas eval extract --gold /dev/null
civcas: empty CSV file (no header row): /dev/null
? 1


$ civcas eval extract --gold fixtures/eval
civcas: read error (Is a directory): fixtures/eval:1
? 1

$ civcas eval extract --gold fixtures/eval/missing.csv
civcas: cannot open the gold file: fixtures/eval/missing.csv
? 1

$ civcas eval claims --gold fixtures/eval/missing.jsonl
civcas: cannot open the gold file: fixtures/eval/missing.jsonl
? 1

$ civcas eval claims --gold fixtures/eval/sources.jsonl --incidents fixtures/eval/missing.csv
civcas: cannot open the incidents file: fixtures/eval/missing.csv
? 1

# usage
$ civcas eval extract
civcas: eval extract needs --gold FILE
(see 'civcas eval --help')
? 2

$ civcas eval claims --incidents fixtures/eval/incidents.csv
civcas: eval claims needs --gold FILE
(see 'civcas eval --help')
? 2

$ civcas eval extract --gold fixtures/eval/fakes.csv --lang en
civcas: --lang is for eval claims
(see 'civcas eval --help')
? 2

$ civcas eval claims --gold fixtures/eval/claims.jsonl --lang
civcas: option '--lang' needs a value
(see 'civcas eval --help')
? 2

# the help shows each line scripts read (places, extract, claims twice)
$ civcas eval --help | grep -c '^  eval [a-z]*: n=N'
4
