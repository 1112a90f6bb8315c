# gazetteer lookup and eval places on the bundled places (no database needed).

# one place, several spellings and both scripts; the city before its governorate
$ civcas gazetteer lookup Raqqa --limit 2 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:172955,city,Ar Raqqah,الرقة,Ar-Raqqah,35.95283,39.00788,city,name 'raqqa'; city in Ar-Raqqah
2,gn:172957,governorate,Ar-Raqqah,الرقة,,35.95283,39.00788,province_governorate,name 'raqqa'; governorate

$ civcas gazetteer lookup "بالرقة" --limit 1 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:172955,city,Ar Raqqah,الرقة,Ar-Raqqah,35.95283,39.00788,city,name 'الرقه'; city in Ar-Raqqah

$ civcas gazetteer lookup Raqqa province --limit 1 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:172957,governorate,Ar-Raqqah,الرقة,,35.95283,39.00788,province_governorate,name 'raqqa'; governorate

# a spelling in no row: the cross-script key, and the reason says so
$ civcas gazetteer lookup Jableeh --limit 1 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:169304,town,Jablah,جبلة,Latakia,35.36211,35.92759,town,consonant key of 'jableeh'; town in Latakia

# a village the gazetteer lacks, in a district it has: the district, marked inside
$ civcas gazetteer lookup "Made-up Farm, Jableh District" --limit 1 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:169304:district,district,Jablah,جبلة,Latakia,35.36211,35.92759,district,in or around 'jableh'; district in Latakia

# "Rif Dimashq" is a governorate's name, not "countryside of Damascus"
$ civcas gazetteer lookup "ريف دمشق" --limit 1 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:170652,governorate,Rif-dimashq,ريف دمشق,,,,province_governorate,name 'ريف دمشق'; governorate

# not found: the nearest names, exit 1
$ civcas gazetteer lookup Jablehx Districtz
civcas: not found: 'Jablehx Districtz'; nearest: Jablah / جبلة (town), Jablah / جبلة (district)
? 1

$ civcas gazetteer lookup
civcas: lookup needs a NAME
(see 'civcas gazetteer --help')
? 2

$ civcas gazetteer lookup --limit 0 Raqqa
civcas: --limit takes 1 to 100, not '0'
(see 'civcas gazetteer --help')
? 2

# a 10,000-character name: not found, no crash
$ civcas gazetteer lookup "$(head -c 10000 /dev/zero | tr '\0' x)" 2>&1 | cut -c1-30
civcas: not found: 'xxxxxxxxxx

# invalid UTF-8: the bad byte is a separator; "Raq qa" is still close to Raqqa
$ civcas gazetteer lookup "$(printf 'Raq\377qa')" --limit 1 --format csv | cut -d, -f1-4
rank,id,kind,name
1,gn:172955,city,Ar Raqqah

# eval places: the figures by precision class, then the line scripts read
$ civcas eval places --gold fixtures/places/gold.csv
precision                   n  en_10km  ar_10km en_found ar_found      gov
city                        4    0.750    1.000    1.000    1.000    1.000
town                        1    1.000    1.000    1.000    1.000    1.000
village                     2    0.500    0.500    0.500    0.500    1.000
all                         7    0.714    0.833    0.857    0.833    1.000
eval places: n=7 en_10km=0.714 ar_10km=0.833 en_found=0.857 ar_found=0.833 governorate=1.000

$ civcas eval places --gold fixtures/places/bad.csv
civcas: no location_en or location_ar column: not a places gold file: fixtures/places/bad.csv:1
? 1

$ civcas eval places --gold fixtures/places/broken.csv
civcas: malformed CSV (error parsing data while strict checking enabled): fixtures/places/broken.csv:2
? 1

$ civcas eval places --gold fixtures/places/missing.csv
civcas: cannot open the gold file: fixtures/places/missing.csv
? 1

$ civcas eval places
civcas: eval places needs --gold FILE
(see 'civcas eval --help')
? 2

$ civcas eval weather --gold fixtures/places/gold.csv
civcas: cannot evaluate 'weather' (places, extract or claims)
(see 'civcas eval --help')
? 2

# a team that monitors Syria: only Syrian places answer
$ civcas gazetteer lookup --country SY Mosul 2>&1 | cut -d'(' -f1
civcas: not found: 'Mosul'; nearest: Mosul / الموصل 

$ civcas gazetteer lookup --country IQ,SY Mosul --limit 1 --format csv
rank,id,kind,name,arabic,governorate,lat,lon,precision,why
1,gn:99072,city,Mosul,الموصل,Nineveh,36.33500,43.11889,city,name 'mosul'; city in Nineveh

$ civcas gazetteer lookup --country Syria Raqqa
civcas: countries are two-letter codes separated by commas (SY,IQ), not 'Syria'
(see 'civcas gazetteer --help')
? 2

# the Mosul row now misses
$ civcas eval places --country SY --gold fixtures/places/gold.csv | tail -1
eval places: n=7 en_10km=0.571 ar_10km=0.667 en_found=0.714 ar_found=0.667 governorate=1.000
