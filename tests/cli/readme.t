# The README's tour, on the bundled examples.

$ civcas init
init: civcas.db at schema version 3, 0 documents

$ ln -s $ROOT/examples examples; civcas ingest examples/reports/
ingest: 20 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas ingest examples/reports/
ingest: 0 new, 20 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas documents --lang ar --format csv | cut -d, -f1,3,5
id,published,format
7,2024-10-12T16:45:00+03:00,rss
8,2024-10-12T10:05:00+03:00,rss
9,2024-10-11T19:05:00+03:00,rss
10,,text
11,2025-11-23T02:40:00+03:00,jsonl
12,2024-10-11T11:32:00+03:00,jsonl
14,2025-03-14,jsonl
19,2025-11-24T09:15:00+03:00,html

$ civcas show 19 | grep -E '^(from|published):'
published:    2025-11-24T09:15:00+03:00
from:         html, windows-1256, examples/reports/susah-2025-11-24-sada-alsharqiya.html

$ civcas verify
verify: 20 documents, 0 damaged

$ cat examples/reports/feed.xml | civcas ingest -
ingest: 0 new, 3 already archived, 0 same text, 0 rejected, 0 files failed
