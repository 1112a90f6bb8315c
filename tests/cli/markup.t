# HTML pages and RSS/Atom feeds.

$ civcas ingest fixtures/html
ingest: 2 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

# the Arabic page is windows-1256 with a meta charset: stored as UTF-8
$ civcas documents --format csv | cut -d, -f1,3,4,5,9
id,published,language,format,publisher
1,2019-04-12,ar,html,
2,2023-08-21T06:45:00+03:00,en,html,The Riverside Observer

$ civcas show 1 | grep -E '^(from|title):'
title:        مقتل ثلاثة مدنيين بقصف على ريف الرقة - شبكة أخبار الفرات
from:         html, windows-1256, fixtures/html/article-ar-cp1256.html

# the page's chrome (navigation, scripts, footer) is not in the text
$ civcas show 2 --format json | grep -c -i -E 'subscribe|cookie|function\('
0
? 1

$ civcas ingest fixtures/feed/rss.xml fixtures/feed/atom.xml
ingest: 6 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas documents --format csv | cut -d, -f1,3,5,9 | tail -6
3,2022-11-03T07:20:00Z,rss,Northern Valley Monitor
4,2022-11-04T18:05:00Z,rss,Northern Valley Monitor
5,2022-11-05T10:30:00Z,rss,Partner Agency
6,,rss,Northern Valley Monitor
7,2021-06-09T23:10:00Z,atom,Civil Infrastructure Watch
8,2021-06-10T11:30:00Z,atom,Civil Infrastructure Watch

# a feed through stdin is recognised by its content
$ cat fixtures/feed/rss.xml | civcas ingest -
ingest: 0 new, 4 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas ingest fixtures/feed/malformed.xml
civcas: feed is not well-formed XML (Opening and ending tag mismatch: title line 10 and description): fixtures/feed/malformed.xml:10
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

# hostile pages are refused with their position, nothing stored is touched
$ sh $ROOT/tests/tools/html-bomb.sh b > b.html; civcas ingest b.html
civcas: HTML nests deeper than 256 elements: b.html:1
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

$ sh $ROOT/tests/tools/html-bomb.sh attrs > attrs.html; civcas ingest attrs.html
civcas: HTML start tags carry too many attributes (2000000 in this one): attrs.html:2
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

$ civcas documents --format csv | wc -l
9
