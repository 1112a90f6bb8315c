# Bad input: a clear error naming the file and position, exit status 1, no
# crash, and nothing already stored is lost.

$ civcas ingest fixtures/txt/strike-en.txt
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas ingest fixtures/bad/truncated.jsonl
civcas: truncated JSON (input ends inside a value): fixtures/bad/truncated.jsonl:2
ingest: 1 new, 0 already archived, 0 same text, 1 rejected, 0 files failed
? 1

$ civcas ingest fixtures/bad/truncated.json
civcas: truncated JSON (input ends inside a value): fixtures/bad/truncated.json:3
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

$ civcas ingest fixtures/bad/broken-quote.csv
civcas: malformed CSV (a quote inside a field that is not quoted, or text after a closing quote), row skipped: fixtures/bad/broken-quote.csv:3
ingest: 2 new, 0 already archived, 0 same text, 1 rejected, 0 files failed
? 1

$ civcas ingest fixtures/bad/binary.bin
civcas: binary file, not a text document: fixtures/bad/binary.bin:byte 7
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

$ civcas ingest fixtures/bad/empty.txt
civcas: empty file: fixtures/bad/empty.txt
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

$ civcas ingest fixtures/does-not-exist.txt
civcas: cannot open (No such file or directory): fixtures/does-not-exist.txt
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

# invalid UTF-8 inside UTF-8 text: replaced and counted, never stored as is
$ civcas ingest fixtures/bad/invalid-utf8.txt
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 0 files failed

$ civcas show 6 | grep -E '^(from|repaired|language):'
language:     ar
from:         text, utf-8, fixtures/bad/invalid-utf8.txt
repaired:     2 invalid bytes replaced by U+FFFD

# JSON nested past the cap
$ (printf '{"text":"x","a":'; head -c 100000 /dev/zero | tr '\0' '['; echo) > deep.jsonl; civcas ingest deep.jsonl
civcas: JSON nests deeper than 64 levels: deep.jsonl:1
ingest: 0 new, 0 already archived, 0 same text, 1 rejected, 0 files failed
? 1

# JSON text is checked for UTF-8 once, by the reader (ingest trusts it): a bad
# byte is repaired and counted, an escaped lone surrogate refused, an escaped
# pair decoded
$ printf '{"text":"bad \377 byte"}\n{"text":"lone \\ud800 half"}\n{"text":"pair \\ud83d\\ude00"}\n' > esc.jsonl; civcas --db esc.db ingest esc.jsonl
civcas: malformed JSON at column 15: esc.jsonl:2
ingest: 2 new, 0 already archived, 0 same text, 1 rejected, 0 files failed
? 1

$ sqlite3 esc.db "SELECT hex(text), invalid_bytes FROM documents ORDER BY id"
62616420EFBFBD2062797465|1
7061697220F09F9880|0

# an HTML bomb: 100,000 nested elements
$ (yes '<div>' | head -n 100000 | tr -d '\n'; echo '<p>text</p>') > bomb.html; civcas ingest bomb.html
civcas: HTML nests deeper than 256 elements: bomb.html:1
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

# a document past the 64 MB cap
$ head -c 70000000 /dev/zero | tr '\0' a > big.txt; civcas ingest big.txt
civcas: document larger than the 64 MB cap: big.txt:byte 67108864
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

# a 2 GB line between two good records, streamed through stdin: skipped
# without being held in memory, the records around it are stored
$ (echo '{"text":"before the long line"}'; head -c 2147483648 /dev/zero | tr '\0' a; echo; echo '{"text":"after the long line"}') | civcas ingest --format jsonl -
civcas: line longer than the 16 MB cap, skipped: -:2
ingest: 2 new, 0 already archived, 0 same text, 1 rejected, 0 files failed
? 1

# the same for CSV: a row past the cap is skipped, the rows around it stored
$ (echo text; echo '"A convoy was struck before the long row."'; head -c 17000000 /dev/zero | tr '\0' a; echo; echo '"A convoy was struck after the long row."') > long.csv; civcas ingest long.csv
civcas: CSV row longer than the 16 MB cap (an unterminated quote?), skipped: long.csv:3
ingest: 2 new, 0 already archived, 0 same text, 1 rejected, 0 files failed
? 1

# a read error part-way through an input is an error naming the line being
# read, never an over-long line (nor a loop reporting one): stdin is a pipe
# that has nothing more to give past the record (EAGAIN), a record larger
# than the 8 KB that ingest looks at first. What was read before is stored
$ (printf '{"text":"Shelling hit the market before the read error.","pad":"'; head -c 9000 /dev/zero | tr '\0' x; echo '"}') > stalled.jsonl; perl fixtures/bad/stalled-stdin.pl stalled.jsonl civcas ingest --format jsonl -
civcas: read error (Resource temporarily unavailable): -:2
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

$ (echo text; printf '"Shelling hit the bakery before the read error. '; head -c 9000 /dev/zero | tr '\0' x; echo '"') > stalled.csv; perl fixtures/bad/stalled-stdin.pl stalled.csv civcas ingest --format csv -
civcas: read error (Resource temporarily unavailable): -:3
ingest: 1 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

# a folder as stdin fails on the first read, before any line is read
$ mkdir -p folder.csv && civcas ingest - < folder.csv
civcas: cannot read (Is a directory): -
ingest: 0 new, 0 already archived, 0 same text, 0 rejected, 1 files failed
? 1

# a folder given to an import as its file: a read error, not a long line
$ civcas gazetteer import csv folder.csv
civcas: read error (Is a directory): folder.csv:1
? 1

$ civcas gazetteer import geonames folder.csv
civcas: read error (Is a directory): folder.csv:1
? 1

# a folder with a file that cannot be read and a dangling link: the rest is stored
$ mkdir -p d && echo "Shelling hit the town overnight." > d/a.txt && echo "secret" > d/b.txt && chmod 000 d/b.txt && ln -sf missing d/c.txt && echo "A second report arrived." > d/e.txt && chmod 777 . && if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups civcas --db other.db ingest d; else civcas --db other.db ingest d; fi
civcas: cannot open (Permission denied): d/b.txt
civcas: cannot open (No such file or directory): d/c.txt
ingest: 2 new, 0 already archived, 0 same text, 0 rejected, 2 files failed
? 1

# everything stored before the bad inputs is still there
$ civcas documents --format csv | cut -d, -f1,5
id,format
1,text
2,jsonl
3,json
4,csv
5,csv
6,text
7,jsonl
8,jsonl
9,csv
10,csv
11,jsonl
12,csv

# usage errors
$ civcas ingest
civcas: ingest needs at least one PATH ('-' for stdin)
(see 'civcas ingest --help')
? 2

$ civcas ingest --format pdf x
civcas: unknown format 'pdf'
(see 'civcas ingest --help')
? 2

$ civcas show 99
civcas: no document 99 in civcas.db
? 1

$ civcas frobnicate
civcas: unknown command 'frobnicate'
(see 'civcas --help')
? 2

$ civcas --db missing.db documents
civcas: no database at missing.db (run 'civcas init' or 'civcas ingest' first)
? 1

$ echo "not a database at all, just text" > fake.db; civcas --db fake.db ingest fixtures/txt/strike-en.txt
civcas: not a civcas database: fake.db
? 1
