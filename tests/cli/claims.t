# Claims as the CLI lists and shows them. The claims here are written by hand
# (fixtures/claims/hand-claims.sql, extractor "hand") into the archive of
# fixtures/extract, so these tests hold whatever the extractor finds; what
# `civcas extract` itself stores is in extract.t.

$ civcas ingest fixtures/extract
ingest: 6 new, 0 already archived, 1 same text, 0 rejected, 0 files failed

$ sqlite3 civcas.db < fixtures/claims/hand-claims.sql && civcas verify
verify: 6 documents, 0 damaged

# for people: ranges as "12–?" (at least 12), "3100–4500", "?" (no figure)
$ civcas claims
    id    doc  kind       date        place               belligerent   weapon          killed    injured  quote
     1      5  incident   2024-10-13  Tal Wardeh          russia,syria  airstrike         12–?         20  killed at least 12 civilians
     2      5  incident   -           -                   -             -                    ?         20  Twenty more were wounded
     3      2  incident   -           Kafr Nabl           -             shelling             7          ?  قتل سبعة مدنيين
     4      3  admission  2014-08/2…  -                   coalition     airstrike        352–?          ?  killed at least 352 civilians
     5      4  estimate   2014-08/2…  -                   coalition     airstrike    3100–4500          ?  between 3,100 and 4,500 civilians were killed

# for programs: one column per field, unknown as empty, offsets in bytes
$ civcas claims --format csv
id,document_id,extractor,kind,main,evidence_start,evidence_end,sentence_start,sentence_end,killed_min,killed_max,injured_min,injured_max,missing_min,missing_max,civilians_killed_min,civilians_killed_max,civilians_injured_min,civilians_injured_max,children_killed_min,children_killed_max,women_killed_min,women_killed_max,men_killed_min,men_killed_max,combatants_killed_min,combatants_killed_max,status,denied,date,date_end,date_precision,place_id,place_name,governorate,country,lat,lon,place_precision,place_start,place_end,belligerents,speaker,weapon,infrastructure,confidence,quote
1,5,hand,incident,true,38,66,27,166,12,,20,20,,,12,,,,5,5,,,,,,,civilian,false,2024-10-13,,day,hand:1,Tal Wardeh,Idlib,SY,35.93120,36.63490,village,112,133,"russia,syria",,airstrike,,0.80,killed at least 12 civilians
2,5,hand,incident,false,167,191,167,192,,,20,20,,,,,,,,,,,,,,,unknown,false,,,,,,,,,,,0,0,,,unknown,,0.40,Twenty more were wounded
3,2,hand,incident,true,0,28,0,161,7,7,,,,,7,7,,,,,,,,,,,civilian,false,,,,hand:2,Kafr Nabl,Idlib,SY,,,town,92,104,,,shelling,home,0.70,قتل سبعة مدنيين
4,3,hand,admission,false,84,113,0,154,352,,,,,,352,,,,,,,,,,,,civilian,false,2014-08,2017-04-30,month,,,,,,,,0,0,coalition,coalition,airstrike,,0.90,killed at least 352 civilians
5,4,hand,estimate,false,23,68,0,121,3100,4500,,,,,3100,4500,,,,,,,,,,,civilian,false,2014-08,2017-03,month,,,,,,,,0,0,coalition,,airstrike,,0.90,"between 3,100 and 4,500 civilians were killed"

# json: an array of objects with the same columns, null when unknown
$ civcas claims --format json | head -2
[
{"id":1,"document_id":5,"extractor":"hand","kind":"incident","main":true,"evidence_start":38,"evidence_end":66,"sentence_start":27,"sentence_end":166,"killed_min":12,"killed_max":null,"injured_min":20,"injured_max":20,"missing_min":null,"missing_max":null,"civilians_killed_min":12,"civilians_killed_max":null,"civilians_injured_min":null,"civilians_injured_max":null,"children_killed_min":5,"children_killed_max":5,"women_killed_min":null,"women_killed_max":null,"men_killed_min":null,"men_killed_max":null,"combatants_killed_min":null,"combatants_killed_max":null,"status":"civilian","denied":false,"date":"2024-10-13","date_end":null,"date_precision":"day","place_id":"hand:1","place_name":"Tal Wardeh","governorate":"Idlib","country":"SY","lat":35.93120,"lon":36.63490,"place_precision":"village","place_start":112,"place_end":133,"belligerents":"russia,syria","speaker":null,"weapon":"airstrike","infrastructure":null,"confidence":0.80,"quote":"killed at least 12 civilians"},

$ civcas claims --format json > claims.json && sqlite3 :memory: "SELECT json_valid(readfile('claims.json')), json_array_length(readfile('claims.json')), json_extract(readfile('claims.json'), '\$[2].quote')"
1|5|قتل سبعة مدنيين

# filters
$ civcas claims --kind admission,estimate --format csv | cut -d, -f1,4,10,11
id,kind,killed_min,killed_max
4,admission,352,
5,estimate,3100,4500

$ civcas claims --belligerent coalition --format csv | cut -d, -f1,42
id,belligerents
4,coalition
5,coalition

# a belligerent by the name people use; a claim naming several matches any of them
$ civcas claims --belligerent "Syrian Regime" --format csv | cut -d, -f1
id
1

# unknown: the claims that name no one
$ civcas claims --belligerent unknown --format csv | cut -d, -f1,42
id,belligerents
2,
3,

$ civcas claims --weapon shelling,barrel_bomb --format csv | cut -d, -f1,44
id,weapon
3,shelling

$ civcas claims --main --format csv | cut -d, -f1,2,5
id,document_id,main
1,5,true
3,2,true

# dates: a period counts when it reaches the day; undated claims are left out
$ civcas claims --since 2017-04-01 --format csv | cut -d, -f1,30,31
id,date,date_end
1,2024-10-13,
4,2014-08,2017-04-30

$ civcas claims --until 2016 --format csv | cut -d, -f1,30,31
id,date,date_end
4,2014-08,2017-04-30
5,2014-08,2017-03

$ civcas claims --since "13 October 2024" --until 2024-10-13 --format csv | cut -d, -f1,30
id,date
1,2024-10-13

$ civcas claims --governorate idlib --format csv | cut -d, -f1,34,35
id,place_name,governorate
1,Tal Wardeh,Idlib
3,Kafr Nabl,Idlib

$ civcas claims --min-killed 100 --format csv | cut -d, -f1,10
id,killed_min
4,352
5,3100

$ civcas claims --doc 5 --format csv | cut -d, -f1,2
id,document_id
1,5
2,5

$ civcas claims --doc 7b2f37 --limit 1 --format csv | cut -d, -f1
id
1

# show: each claim under the text, with its sentence and the evidence marked
$ civcas show 5
document 5  sha256 7b2f37d6bbc58f9404c85daa1a855eca6cecf8bcd801319db137745d75dabae0
title:        Airstrikes hit Tal Wardeh
language:     en
published:    unknown
retrieved:    [0-9-]{10}T[0-9:]{8}Z (re)
from:         text, utf-8, fixtures/extract/strike-en.txt
size:         193 bytes archived, 193 bytes of text

Airstrikes hit Tal Wardeh

Airstrikes killed at least 12 civilians, among them five children, in the village of Tal Wardeh near Idlib on Sunday, local activists said. Twenty more were wounded.

claims (extractor hand):

claim 1: incident (main), 2024-10-13, Tal Wardeh, Idlib (village), by russia/syria, airstrike
  killed 12–?, civilians killed 12–?, children killed 5, injured 20
  Airstrikes «killed at least 12 civilians», among them five children, in the village of Tal Wardeh near Idlib on Sunday, local activists said.

claim 2: incident
  injured 20
  «Twenty more were wounded».

$ civcas show 2 | tail -3
claim 3: incident (main), Kafr Nabl, Idlib (town), shelling
  killed 7, civilians killed 7
  «قتل سبعة مدنيين» وجرح آخرون جراء قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي يوم الجمعة.

$ civcas show 3 | tail -3
claim 4: admission, 2014-08 to 2017-04-30, by coalition, airstrike
  killed 352–?, civilians killed 352–?
  The coalition said on Sunday that its strikes in Iraq and Syria had unintentionally «killed at least 352 civilians» since the campaign began in August 2014.

# on a terminal the evidence is in reverse video, unless NO_COLOR is set
$ script -qec "civcas show 5" /dev/null | tail -1 | tr -d '\r' | cat -v
  ^[[1;7mTwenty more were wounded^[[0m.

$ NO_COLOR=1 script -qec "civcas show 5" /dev/null | tail -1 | tr -d '\r'
  «Twenty more were wounded».

# json: the document with its claims
$ civcas show 5 --format json > show.json && sqlite3 :memory: "SELECT json_valid(readfile('show.json')), json_array_length(json_extract(readfile('show.json'), '\$.claims')), json_extract(readfile('show.json'), '\$.claims[1].injured_min')"
1|2|20

$ civcas show 1 --format json | grep -o '"claims":.*'
"claims":[]

# verify checks that claims still fit their text
$ sqlite3 civcas.db "UPDATE claims SET evidence_end = 500 WHERE id = 2" && civcas verify
civcas: claim outside its document: civcas.db: claim 2 of document 5 has its evidence at bytes 167..500, outside the text's 193 bytes
? 1

$ sqlite3 civcas.db "UPDATE claims SET evidence_end = 191, quote = 'Twenty were wounded' WHERE id = 2" && civcas verify
civcas: claim with a wrong quote: civcas.db: claim 2 of document 5 quotes what its text does not say at bytes 167..191
? 1

# a name this build does not know is an error, never a guess
$ sqlite3 civcas.db "UPDATE claims SET quote = 'Twenty more were wounded', weapon = 'laser' WHERE id = 2" && civcas claims > /dev/null
civcas: claim 2 has an unknown weapon 'laser' in civcas.db
? 1
