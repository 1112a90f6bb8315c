# The reports of examples/ against their answer key (examples/README.md):
# each report's main claim must carry the figures, belligerent, governorate and
# date the key gives. Of the Arabic ones, 7 does not yet: its breakdown "ومن
# بين الضحايا 5 أطفال وامرأتان" is a sentence of its own, about "victims".
# Columns: document, civilians killed min-max, civilians injured min, children,
# women, date, governorate, belligerents, weapon.
$ civcas run --quiet $ROOT/examples/reports/ > /dev/null
$ civcas claims --main --format csv | cut -d, -f2,16,17,18,20,22,30,35,42,44 | grep -E '^(1|4|5|6|13|16|18|20),'
1,13,13,31,5,,2024-10-11,Idlib,russia,airstrike
4,10,10,6,4,,2025-11-23,Deir ez-Zor,coalition,airstrike
5,14,14,31,5,2,2024-10-11,Idlib,russia,airstrike
6,2,2,3,1,1,2024-09-10,Ar-Raqqah,coalition,drone
13,3,3,1,1,1,2025-03-13,Al-Hasakah,turkey,drone
16,2,2,3,1,1,2024-09-10,Ar-Raqqah,coalition,drone
18,8,8,5,3,,2025-11-23,Deir ez-Zor,coalition,airstrike
20,9,12,5,4,2,2025-11-23,Deir ez-Zor,coalition,airstrike
# the Arabic reports: Arabic-Indic digits, "مقتل ٧ مدنيين بينهم ٣ أطفال وإصابة ٤ آخرين",
# "بينهم طفل وامرأة", a toll raised "إلى 10 مدنيين", "أكثر من 30" injured (31)
$ civcas claims --main --format csv | cut -d, -f2,16,17,18,20,22,30,35,42,44 | grep -E '^(9|11|12|14|19),'
9,14,14,31,5,2,2024-10-11,Idlib,russia,airstrike
11,7,7,4,3,,2025-11-23,Deir ez-Zor,coalition,airstrike
12,11,11,25,3,,2024-10-11,Idlib,russia,airstrike
14,3,3,1,1,1,2025-03-13,Al-Hasakah,turkey,drone
19,10,10,6,4,2,2025-11-23,Deir ez-Zor,coalition,airstrike
# the Arabic annual report (10): the monitor's estimate for 2024 and its
# breakdown by perpetrator are estimates; its one incident is the Ariha market
$ civcas claims --doc 10 --format csv | cut -d, -f4,16,17,30,31
kind,civilians_killed_min,civilians_killed_max,date,date_end
estimate,412,412,,
estimate,412,412,2024-01-01,2024-12-31
estimate,221,221,2024-01-01,2024-12-31
incident,15,15,2024-10-11,
# the coalition's cumulative admission, and its one conceded incident
$ civcas claims --doc 2 --format csv | cut -d, -f4,16,17,30,42,43
kind,civilians_killed_min,civilians_killed_max,date,belligerents,speaker
incident,2,2,2025-08-03,coalition,
admission,1479,1479,,coalition,coalition
# the negatives: a reconstruction story, a strike report, a denial and a
# school opening (Arabic) give no incident
$ civcas claims --kind incident --format csv | cut -d, -f2 | grep -cxE '3|8|15|17'
0
? 1
