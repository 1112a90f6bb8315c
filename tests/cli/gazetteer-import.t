# civcas gazetteer import: a team's own places (GeoNames dumps, CSV lists)
# stored in the database; bad rows reported with file:line and skipped; a
# file that is no gazetteer stores nothing. The fixtures are made up or
# well-known places with rounded coordinates and invented ids.

$ civcas gazetteer import geonames fixtures/gazetteer/sy-sample.txt
gazetteer import: 10 places stored (10 with Arabic names), 0 rows rejected

# governorate and district by the names of the dump's ADM1/ADM2 rows (which
# come after the places); the T.MT and PPLH rows are not kept
$ sqlite3 -separator ' ; ' civcas.db "SELECT id, kind, country, governorate, district, lat, lon, population, name_en, name_ar, variants, source FROM places ORDER BY id"
gn:9000001 ; governorate ; SY ;  ;  ; 36.25 ; 37.5 ; 4868000 ; Aleppo Governorate ; محافظة حلب ; Halab Governorate ; geonames
gn:9000002 ; city ; SY ; Aleppo Governorate ; Jebel Saman District ; 36.2 ; 37.16 ; 1800000 ; Halab ; حلب ; Ḩalab|Alep|Aleppo|Haleb ; geonames
gn:9000003 ; neighbourhood ; SY ; Aleppo Governorate ; Jebel Saman District ; 36.18 ; 37.12 ;  ; Salah ad Din ; صلاح الدين ; Şalāḩ ad Dīn ; geonames
gn:9000004 ; town ; SY ; Idlib Governorate ;  ; 35.65 ; 36.67 ; 58000 ; Ma'arrat an Nu'man ; معرة النعمان ; Ma‘arrat an Nu‘mān|Maarat al-Numan|Maarrat al-Nu'man ; geonames
gn:9000005 ; village ; SY ; Idlib Governorate ;  ; 35.61 ; 36.56 ;  ; Kafr Nabl ; كفر نبل ; Kafranbel|Kafr Nubl ; geonames
gn:9000006 ; town ; SY ; Aleppo Governorate ;  ; 36.89 ; 38.35 ; 45000 ; 'Ayn al 'Arab ; كوباني ; ‘Ayn al ‘Arab|Kobane|Kobani|Kobanê|کوبانی|عين العرب ; geonames
gn:9000007 ; landmark ; SY ; Idlib Governorate ;  ; 36.31 ; 36.66 ;  ; Atmeh Camp ; مخيم أطمة ;  ; geonames
gn:9000010 ; district ; SY ; Aleppo Governorate ;  ; 36.2 ; 37.1 ;  ; Jebel Saman District ; منطقة جبل سمعان ;  ; geonames
gn:9000011 ; governorate ; SY ;  ;  ; 35.8 ; 36.6 ;  ; Idlib Governorate ; محافظة إدلب ;  ; geonames
gn:9000012 ; country ; SY ;  ;  ; 35.0 ; 38.0 ; 22000000 ; Syria ; سوريا ; Syrie ; geonames

# again, with GeoNames' alternate names: the same places, updated ("ar"
# names win; links, airport codes and French are skipped)
$ civcas gazetteer import geonames fixtures/gazetteer/sy-sample.txt fixtures/gazetteer/alternateNames-sample.txt
gazetteer import: 10 places stored (10 with Arabic names), 0 rows rejected

$ sqlite3 -separator ' ; ' civcas.db "SELECT count(*) FROM places; SELECT id, name_ar, variants FROM places WHERE id IN ('gn:9000001', 'gn:9000002', 'gn:9000005') ORDER BY id"
10
gn:9000001 ; محافظة حلب ; Halab Governorate|حلب
gn:9000002 ; حلب ; Ḩalab|Alep|Aleppo|Haleb|Aleppo City|حلب الشهباء
gn:9000005 ; كفرنبل ; Kafranbel|Kafr Nubl|كفر نبل|Kafranbil

# a cities file (a header line, no ADM rows): admin1 codes name the
# governorates and add them as places without coordinates
$ civcas --db cities.db gazetteer import geonames fixtures/gazetteer/cities-sample.txt fixtures/gazetteer/admin1Codes-sample.txt
gazetteer import: 4 places stored (2 with Arabic names), 0 rows rejected

$ sqlite3 -separator ' ; ' cities.db "SELECT id, kind, governorate, lat, name_en FROM places ORDER BY id"
gn:9000001 ; governorate ;  ;  ; Aleppo
gn:9000002 ; city ; Aleppo ; 36.2 ; Halab
gn:9000004 ; town ; Idlib ; 35.65 ; Ma'arrat an Nu'man
gn:9000011 ; governorate ;  ;  ; Idlib

# bad rows: each reported and skipped, the good ones stored
$ civcas --db bad.db gazetteer import geonames fixtures/gazetteer/bad-rows.txt
civcas: 9 tab-separated columns where a geoname row has 19, row skipped: fixtures/gazetteer/bad-rows.txt:2
civcas: latitude 'north' is not a number, row skipped: fixtures/gazetteer/bad-rows.txt:3
civcas: latitude 95.5 out of range (-90 to 90), row skipped: fixtures/gazetteer/bad-rows.txt:4
civcas: geonameid 'x9000023' is not a number, row skipped: fixtures/gazetteer/bad-rows.txt:5
civcas: ASCII name longer than 1000 bytes, row skipped: fixtures/gazetteer/bad-rows.txt:6
civcas: invalid UTF-8, row skipped: fixtures/gazetteer/bad-rows.txt:8
gazetteer import: 2 places stored (2 with Arabic names), 6 rows rejected
? 1

$ sqlite3 bad.db "SELECT id FROM places ORDER BY id"
gn:9000002
gn:9000025

# an OCHA P-code gazetteer: each row is its most specific admin level
$ civcas gazetteer import csv fixtures/gazetteer/ocha-sample.csv
civcas: latitude 135.1 out of range (-90 to 90), row skipped: fixtures/gazetteer/ocha-sample.csv:6
gazetteer import: 4 places stored (4 with Arabic names), 1 rows rejected
? 1

$ sqlite3 -separator ' ; ' civcas.db "SELECT id, kind, country, governorate, district, lat, lon, name_en, name_ar, variants, source FROM places WHERE source = 'ocha-sample.csv' ORDER BY id"
C9901 ; village ; SY ; Idleb ; Maarrat An-Nu'man ; 35.6128 ; 36.5619 ; Kafr Nobol ; كفرنبل ; Kafranbel ; ocha-sample.csv
C9902 ; village ; SY ; Idleb ; Maarrat An-Nu'man ; 35.5958 ; 36.5795 ; Hass ; حاس ;  ; ocha-sample.csv
SY07 ; governorate ; SY ;  ;  ;  ;  ; Idleb ; إدلب ;  ; ocha-sample.csv
SY070102 ; subdistrict ; SY ; Idleb ; Maarrat An-Nu'man ;  ;  ; Kafr Nobol ; كفرنبل ;  ; ocha-sample.csv

# a team's list without a country column needs --country; its Arabic column
# is found by its script, its separator by its header
$ civcas gazetteer import csv fixtures/gazetteer/team-list.csv
civcas: no country column and no P-codes: give the places' country with --country CC: fixtures/gazetteer/team-list.csv:1
? 1

$ civcas gazetteer import csv --country SY fixtures/gazetteer/team-list.csv
civcas: unknown kind 'castle' (country, governorate, district, subdistrict, city, town, village, neighbourhood, landmark), row skipped: fixtures/gazetteer/team-list.csv:5
gazetteer import: 3 places stored (3 with Arabic names), 1 rows rejected
? 1

$ sqlite3 -separator ' ; ' civcas.db "SELECT id, kind, country, governorate, lat, name_en, name_ar, variants FROM places WHERE source = 'team-list.csv' ORDER BY id"
team-list.csv:2 ; landmark ; SY ; Idlib ; 36.23 ; Bab al-Hawa crossing ; معبر باب الهوى ; Bab al Hawa|Bab el-Hawa
team-list.csv:3 ; town ; SY ; Idlib ; 36.18 ; Sarmada ; سرمدا ; Sarmeda|Sermada
team-list.csv:4 ; town ; SY ; Idlib ;  ; Al-Dana ; الدانا ; 

# files that are no gazetteer: one error each, nothing stored
$ civcas gazetteer import csv fixtures/gazetteer/not-a-gazetteer.csv
civcas: not a CSV gazetteer: its header names no place name column (name_en, name, admin1Name_en ... admin4Name_en): fixtures/gazetteer/not-a-gazetteer.csv:1
? 1

$ civcas gazetteer import csv fixtures/gazetteer/page.html
civcas: not a CSV gazetteer: an HTML or XML page: fixtures/gazetteer/page.html:1
? 1

$ civcas gazetteer import geonames fixtures/gazetteer/image.png
civcas: not a GeoNames dump: binary, or not UTF-8 text: fixtures/gazetteer/image.png:1
? 1

$ civcas gazetteer import geonames fixtures/gazetteer/ocha-sample.csv
civcas: not a GeoNames dump: 1 tab-separated column where a geoname row has 19: fixtures/gazetteer/ocha-sample.csv:1
? 1

$ civcas gazetteer import geonames fixtures/gazetteer/sy-sample.txt fixtures/gazetteer/team-list.csv
civcas: not a GeoNames alternateNames or admin codes file: 1 tab-separated column (alternateNames has 8 or 10, admin codes 4): fixtures/gazetteer/team-list.csv:1
? 1

$ civcas gazetteer import csv fixtures/gazetteer/missing.csv
civcas: cannot open (No such file or directory): fixtures/gazetteer/missing.csv
? 1

$ sqlite3 civcas.db "SELECT count(*) FROM places"
17

# more places than one transaction holds (5,000 a batch)
$ awk 'BEGIN { for (i = 1; i <= 12001; i++) printf "%d\tPlace %d\tPlace %d\t\t35.%d\t36.%d\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t400\tAsia/Damascus\t2024-01-01\n", 8000000 + i, i, i, i, i }' > many.txt && civcas --db many.db gazetteer import geonames many.txt && sqlite3 many.db "SELECT count(*), min(id), max(name_en) FROM places"
gazetteer import: 12001 places stored (0 with Arabic names), 0 rows rejected
12001|gn:8000001|Place 9999

# a database from before places existed (schema version 1) is upgraded
$ civcas --db old.db init > /dev/null && sqlite3 old.db "DROP TABLE places; DROP TABLE claims; DROP TABLE extractions; PRAGMA user_version = 1" && civcas --db old.db documents
civcas: old.db has schema version 1, older than this civcas's 3: open it for writing once ('civcas init') to upgrade it
? 1

$ civcas --db old.db gazetteer import csv fixtures/gazetteer/ocha-sample.csv 2>/dev/null; sqlite3 old.db "PRAGMA user_version; SELECT count(*) FROM places"
gazetteer import: 4 places stored (4 with Arabic names), 1 rows rejected
3
4

# usage
$ civcas gazetteer import csv --country Syria fixtures/gazetteer/team-list.csv
civcas: --country wants a two-letter code such as SY, not 'Syria'
(see 'civcas gazetteer import csv --help')
? 2

$ civcas gazetteer import kml places.kml
civcas: unknown import format 'kml' (geonames, csv)
(see 'civcas gazetteer --help')
? 2

$ civcas gazetteer import geonames --help | head -1
usage: civcas [--db PATH] gazetteer import geonames FILE [ALTERNATE_NAMES|ADMIN_CODES]...

$ civcas gazetteer import csv fixtures/gazetteer/team-list.csv --help | head -1
usage: civcas [--db PATH] gazetteer import csv [--country CC] FILE

$ civcas gazetteer --help | head -3
usage: civcas [--db PATH] gazetteer import geonames FILE [ALTERNATE_NAMES|ADMIN_CODES]...
       civcas [--db PATH] gazetteer import csv [--country CC] FILE
       civcas [--db PATH] gazetteer lookup [--format FMT] [--limit N] [--country CC] NAME
