# civcas extract, civcas run, and the claims commands' bad input.
#
# EXTRACTOR: while src/extract/extract.c is a stub that finds nothing, every
# count below is 0 and the listings are empty; when the extractor lands,
# regenerate the lines marked "(extractor)" from what it finds in
# fixtures/extract (an airstrike report in English, a shelling report in
# Arabic, a belligerent's admission, a monitor's estimate, a text without
# casualties, and a repost of the English report).

$ civcas ingest fixtures/extract
ingest: 6 new, 0 already archived, 1 same text, 0 rejected, 0 files failed

# (extractor) the repost (document 6) is not extracted: its original is
$ civcas extract
extract: 5 documents, 5 claims (3 incident, 1 admission, 1 estimate, 0 infrastructure, 0 context)
extract: 1 skipped (same text as an earlier document)

# again: nothing is left to do
$ civcas extract
extract: 0 documents, 0 claims (0 incident, 0 admission, 0 estimate, 0 infrastructure, 0 context)

# (extractor) --all reads every document again; --limit stops early
$ civcas extract --all --limit 2
extract: 2 documents, 1 claims (1 incident, 0 admission, 0 estimate, 0 infrastructure, 0 context)

# (extractor)
$ civcas extract --all --quiet
extract: 5 documents, 5 claims (3 incident, 1 admission, 1 estimate, 0 infrastructure, 0 context)
extract: 1 skipped (same text as an earlier document)

# (extractor) every document is recorded as extracted, with its number of claims
$ sqlite3 civcas.db "SELECT document_id, extractor, claims FROM extractions ORDER BY document_id"
1|1|0
2|1|1
3|1|1
4|1|1
5|1|2
6|1|0

# (extractor)
$ civcas claims
    id    doc  kind       date        place               belligerent   weapon          killed    injured  quote
     7      2  incident   -           Kafranbel           unknown       shelling             7          ?  قتل سبعة مدنيين
     8      3  admission  -           -                   coalition     -                  352          ?  killed at least 352 civilians
     9      4  estimate   2014-08/2…  -                   coalition     -            3100–4500          ?  between 3,100 and 4,500 civilians were killed
    10      5  incident   -           Idlib               unknown       airstrike           12         20  killed at least 12 civilians, among them five children
    11      5  incident   -           Idlib               unknown       airstrike            ?         20  Twenty more were wounded

# (extractor)
$ civcas claims --format csv | cut -d, -f1-5,10,11,44
id,document_id,extractor,kind,main,killed_min,killed_max,weapon
7,2,1,incident,true,7,7,shelling
8,3,1,admission,false,352,352,unknown
9,4,1,estimate,false,3100,4500,unknown
10,5,1,incident,true,12,12,airstrike
11,5,1,incident,false,,,airstrike

# (extractor)
$ civcas claims --format json
[
{"id":7,"document_id":2,"extractor":"1","kind":"incident","main":true,"evidence_start":0,"evidence_end":28,"sentence_start":0,"sentence_end":161,"killed_min":7,"killed_max":7,"injured_min":null,"injured_max":null,"missing_min":null,"missing_max":null,"civilians_killed_min":7,"civilians_killed_max":7,"civilians_injured_min":null,"civilians_injured_max":null,"children_killed_min":null,"children_killed_max":null,"women_killed_min":null,"women_killed_max":null,"men_killed_min":null,"men_killed_max":null,"combatants_killed_min":null,"combatants_killed_max":null,"status":"civilian","denied":false,"date":null,"date_end":null,"date_precision":null,"place_id":"gn:168661","place_name":"Kafranbel","governorate":"Idlib","country":"SY","lat":35.61376,"lon":36.56449,"place_precision":"town","place_start":92,"place_end":104,"belligerents":"unknown","speaker":null,"weapon":"shelling","infrastructure":null,"confidence":0.75,"quote":"قتل سبعة مدنيين"},
{"id":8,"document_id":3,"extractor":"1","kind":"admission","main":false,"evidence_start":84,"evidence_end":113,"sentence_start":0,"sentence_end":154,"killed_min":352,"killed_max":352,"injured_min":null,"injured_max":null,"missing_min":null,"missing_max":null,"civilians_killed_min":352,"civilians_killed_max":352,"civilians_injured_min":null,"civilians_injured_max":null,"children_killed_min":null,"children_killed_max":null,"women_killed_min":null,"women_killed_max":null,"men_killed_min":null,"men_killed_max":null,"combatants_killed_min":null,"combatants_killed_max":null,"status":"civilian","denied":false,"date":null,"date_end":null,"date_precision":null,"place_id":null,"place_name":null,"governorate":null,"country":null,"lat":null,"lon":null,"place_precision":null,"place_start":0,"place_end":0,"belligerents":"coalition","speaker":"coalition","weapon":"unknown","infrastructure":null,"confidence":0.70,"quote":"killed at least 352 civilians"},
{"id":9,"document_id":4,"extractor":"1","kind":"estimate","main":false,"evidence_start":23,"evidence_end":68,"sentence_start":0,"sentence_end":121,"killed_min":3100,"killed_max":4500,"injured_min":null,"injured_max":null,"missing_min":null,"missing_max":null,"civilians_killed_min":3100,"civilians_killed_max":4500,"civilians_injured_min":null,"civilians_injured_max":null,"children_killed_min":null,"children_killed_max":null,"women_killed_min":null,"women_killed_max":null,"men_killed_min":null,"men_killed_max":null,"combatants_killed_min":null,"combatants_killed_max":null,"status":"civilian","denied":false,"date":"2014-08","date_end":"2017-03","date_precision":"month","place_id":null,"place_name":null,"governorate":null,"country":null,"lat":null,"lon":null,"place_precision":null,"place_start":0,"place_end":0,"belligerents":"coalition","speaker":null,"weapon":"unknown","infrastructure":null,"confidence":0.80,"quote":"between 3,100 and 4,500 civilians were killed"},
{"id":10,"document_id":5,"extractor":"1","kind":"incident","main":true,"evidence_start":38,"evidence_end":92,"sentence_start":27,"sentence_end":166,"killed_min":12,"killed_max":12,"injured_min":20,"injured_max":20,"missing_min":null,"missing_max":null,"civilians_killed_min":12,"civilians_killed_max":12,"civilians_injured_min":20,"civilians_injured_max":20,"children_killed_min":5,"children_killed_max":5,"women_killed_min":null,"women_killed_max":null,"men_killed_min":null,"men_killed_max":null,"combatants_killed_min":null,"combatants_killed_max":null,"status":"civilian","denied":false,"date":null,"date_end":null,"date_precision":null,"place_id":"gn:169389","place_name":"Idlib","governorate":"Idlib","country":"SY","lat":35.93062,"lon":36.63393,"place_precision":"district","place_start":128,"place_end":133,"belligerents":"unknown","speaker":null,"weapon":"airstrike","infrastructure":null,"confidence":0.75,"quote":"killed at least 12 civilians, among them five children"},
{"id":11,"document_id":5,"extractor":"1","kind":"incident","main":false,"evidence_start":167,"evidence_end":191,"sentence_start":167,"sentence_end":192,"killed_min":null,"killed_max":null,"injured_min":20,"injured_max":20,"missing_min":null,"missing_max":null,"civilians_killed_min":null,"civilians_killed_max":null,"civilians_injured_min":20,"civilians_injured_max":20,"children_killed_min":null,"children_killed_max":null,"women_killed_min":null,"women_killed_max":null,"men_killed_min":null,"men_killed_max":null,"combatants_killed_min":null,"combatants_killed_max":null,"status":"civilian","denied":false,"date":null,"date_end":null,"date_precision":null,"place_id":"gn:169389","place_name":"Idlib","governorate":"Idlib","country":"SY","lat":35.93062,"lon":36.63393,"place_precision":"district","place_start":128,"place_end":133,"belligerents":"unknown","speaker":null,"weapon":"airstrike","infrastructure":null,"confidence":0.75,"quote":"Twenty more were wounded"}
]

# (extractor) one main incident claim at most per document
$ civcas claims --main --kind incident --format csv | cut -d, -f2 | sort | uniq -d

# (extractor)
$ civcas show 5 --format json > show.json && sqlite3 :memory: "SELECT json_valid(readfile('show.json')), json_array_length(json_extract(readfile('show.json'), '\$.claims'))"
1|2

$ civcas verify
verify: 6 documents, 0 damaged

# run: ingest, then extract what is new
# (extractor)
$ civcas --db run.db run fixtures/extract
ingest: 6 new, 0 already archived, 1 same text, 0 rejected, 0 files failed
extract: 5 documents, 5 claims (3 incident, 1 admission, 1 estimate, 0 infrastructure, 0 context)
extract: 1 skipped (same text as an earlier document)

$ civcas --db run.db run fixtures/extract/strike-en.txt fixtures/extract/council.txt
ingest: 0 new, 2 already archived, 0 same text, 0 rejected, 0 files failed
extract: 0 documents, 0 claims (0 incident, 0 admission, 0 estimate, 0 infrastructure, 0 context)

# ingest's options work in run
# (extractor)
$ civcas --db run.db run --quiet --publisher Wire fixtures/txt/strike-en.txt
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 0 files failed
extract: 1 documents, 3 claims (2 incident, 0 admission, 0 estimate, 1 infrastructure, 0 context)

$ civcas --db run.db documents --format csv | cut -d, -f1,9 | tail -1
7,Wire

# a rejected record does not stop the run, but the status says so
$ civcas --db run.db run fixtures/bad/truncated.jsonl 2>&1 | grep -c '^extract: '
1

$ civcas --db run.db run fixtures/bad/truncated.jsonl > /dev/null 2>&1
? 1

# bad input: usage errors (2), a missing database or document (1)
$ civcas claims --kind massacre
civcas: unknown kind 'massacre' (incident, admission, estimate, infrastructure, context)
(see 'civcas claims --help')
? 2

$ civcas claims --kind incident,
civcas: --kind wants one of incident, admission, estimate, infrastructure, context, got 'incident,'
(see 'civcas claims --help')
? 2

$ civcas claims --belligerent nato
civcas: unknown belligerent 'nato' (coalition, russia, syria, turkey, israel, iraq, iran, isis, opposition, sdf, hts, unknown)
(see 'civcas claims --help')
? 2

$ civcas claims --weapon laser
civcas: unknown weapon 'laser' (airstrike, drone, barrel_bomb, shelling, missile, rocket, chemical, explosion, shooting, execution, ground, unknown)
(see 'civcas claims --help')
? 2

$ civcas claims --since yesterday
civcas: --since wants a date such as 2017-03-21, got 'yesterday'
(see 'civcas claims --help')
? 2

$ civcas claims --until 2017-13-45
civcas: --until wants a date such as 2017-03-21, got '2017-13-45'
(see 'civcas claims --help')
? 2

$ civcas claims --min-killed some
civcas: --min-killed wants a number, got 'some'
(see 'civcas claims --help')
? 2

$ civcas claims --limit 0
civcas: --limit wants a positive number, got '0'
(see 'civcas claims --help')
? 2

$ civcas claims --format xml
civcas: unknown format 'xml' (table, csv, json)
(see 'civcas claims --help')
? 2

$ civcas claims extra
civcas: unexpected argument 'extra'
(see 'civcas claims --help')
? 2

$ civcas claims --doc 99
civcas: no document 99 in civcas.db
? 1

$ civcas claims --doc zz
civcas: 'zz' is not a document: give its number or at least 6 hex digits of its sha256
? 2

$ civcas --db missing.db claims
civcas: no database at missing.db (run 'civcas init' or 'civcas ingest' first)
? 1

# extract never creates a database
$ civcas --db missing.db extract; test -e missing.db || echo "no missing.db"
civcas: no database at missing.db (run 'civcas init' or 'civcas ingest' first)
no missing.db

$ civcas show 99
civcas: no document 99 in civcas.db
? 1

$ civcas show 5 --format csv
civcas: unknown format 'csv' (table, json)
(see 'civcas show --help')
? 2

$ civcas extract --limit x
civcas: --limit wants a positive number, got 'x'
(see 'civcas extract --help')
? 2

$ civcas extract --country Syria
civcas: countries are two-letter codes separated by commas (SY,IQ), not 'Syria'
(see 'civcas extract --help')
? 2

$ civcas extract now
civcas: unexpected argument 'now'
(see 'civcas extract --help')
? 2

$ civcas run
civcas: run needs at least one PATH ('-' for stdin)
(see 'civcas run --help')
? 2

$ civcas run --format pdf fixtures/extract
civcas: unknown format 'pdf'
(see 'civcas run --help')
? 2

# a database from before claims (schema version 2) is upgraded by extract
$ civcas --db old.db ingest fixtures/extract/council.txt > /dev/null && sqlite3 old.db "DROP TABLE claims; DROP TABLE extractions; PRAGMA user_version = 2" && civcas --db old.db claims
civcas: old.db has schema version 2, older than this civcas's 3: open it for writing once ('civcas init') to upgrade it
? 1

$ civcas --db old.db extract && sqlite3 old.db "PRAGMA user_version"
extract: 1 documents, 0 claims (0 incident, 0 admission, 0 estimate, 0 infrastructure, 0 context)
3

$ civcas extract --help | head -1
usage: civcas [--db PATH] extract [options]

$ civcas run --help | grep -c 'do not exist yet'
1

$ civcas claims --help | head -1
usage: civcas [--db PATH] claims [options]
