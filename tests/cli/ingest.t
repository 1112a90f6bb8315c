# Ingest: formats, duplicates, same text, metadata as stored.

$ civcas init
init: civcas.db at schema version 3, 0 documents

$ civcas ingest fixtures/txt
ingest: 4 new, 0 already archived, 1 same text, 0 rejected, 0 files failed

# the same folder again: the same bytes are stored once
$ civcas ingest fixtures/txt
ingest: 0 new, 4 already archived, 0 same text, 0 rejected, 0 files failed

# copy-of-repost-a.txt differs only by a BOM: stored, marked as the same text
$ civcas documents --format csv | cut -d, -f1,4-7
id,language,format,text_bytes,duplicate_of
1,en,text,86,
2,en,text,86,1
3,ar,text,317,
4,en,text,293,

$ civcas documents --unique --format csv | cut -d, -f1
id
1
3
4

$ civcas ingest fixtures/json/posts.jsonl fixtures/csv/fakes-layout.csv
ingest: 5 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

# dates as ISO 8601 whatever the source wrote (Arabic month names, RFC 822, M/D/YY)
$ civcas documents --since 2016-01-01 --format csv | cut -d, -f1,3,4,9,11,12
id,published,language,publisher,origin,origin_line
5,2025-11-23,ar,Local Network,fixtures/json/posts.jsonl,1
6,2025-11-23T18:40:00+03:00,en,Wire Service,fixtures/json/posts.jsonl,2
7,2025-11-24T09:15:00Z,ar,Ministry,fixtures/json/posts.jsonl,3
8,2017-04-05,en,wire,fixtures/csv/fakes-layout.csv,2
9,2016-12-31,en,paper,fixtures/csv/fakes-layout.csv,3

$ civcas documents --until 2017-01-01 --publisher paper --format csv | cut -d, -f1,16
id,title
9,Blast in market

$ civcas show 6
document 6  sha256 80c6572e4d671fcfaf673f131b36756de1a8a659a16f0d39e1cd036e8ddccc44
title:        Shelling wounds two
url:          https://example.org/p/2
publisher:    Wire Service
language:     en
published:    2025-11-23T18:40:00+03:00 (written "Sun, 23 Nov 2025 18:40:00 +0300")
retrieved:    [0-9-]{10}T[0-9:]{8}Z (re)
from:         jsonl, utf-8, fixtures/json/posts.jsonl:2
size:         219 bytes archived, 73 bytes of text

Two civilians were injured by shelling on the edge of Salhiyeh on Sunday.

# a sha256 prefix works as well as the number; --raw gives the archived bytes
$ civcas show --raw 80c657
{"text":"Two civilians were injured by shelling on the edge of Salhiyeh on Sunday.","published":"Sun, 23 Nov 2025 18:40:00 +0300","publisher":"Wire Service","url":"https://example.org/p/2","title":"Shelling wounds two"}

$ civcas show 3 --format json | grep -o '"language":"[a-z]*","published":null'
"language":"ar","published":null

$ civcas show --raw 4 | cmp - fixtures/txt/strike-en.txt && echo identical
identical

# stdin, with defaults for what the input does not say
$ printf 'Shelling hit the market in Saraqib.\n' | civcas ingest --publisher "Local Desk" --published 2024-02-03 -
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas documents --format csv --publisher "Local Desk" | cut -d, -f1,3,4,11
id,published,language,origin
10,2024-02-03,en,-

$ printf '{"msg":"Strike reported","when":"2 March 2026"}\n' | civcas ingest --field text=msg --field published=when -
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas documents --format csv --since 2026-01-01 | cut -d, -f1,3,5
id,published,format
11,2026-03-02,jsonl

$ civcas init
init: civcas.db at schema version 3, 11 documents

# verify re-hashes every archived document
$ civcas verify
verify: 11 documents, 0 damaged

$ sqlite3 civcas.db "UPDATE documents SET text = 'altered' WHERE id = 3"; civcas verify
civcas: document 3's text no longer hashes to 50706e9f3e75ea3de4082dc1dbe4948c7c8a4c37293aba180b555e718ca24507
verify: 11 documents, 1 damaged
? 1

# a declared charset for JSON lines: the record's bytes are windows-1256
$ printf '{"text":"\307\341\321\336\311"}\n' | civcas ingest --charset windows-1256 --format jsonl -
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas show 12 | tail -n 1
الرقة
