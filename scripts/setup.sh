#!/bin/sh
# setup.sh - install the Debian 12 packages that civcas needs to build, test and
# benchmark. Idempotent, and quick when everything is already there: it asks
# dpkg first and only calls apt-get for what is missing (with sudo when not root).
set -eu

PACKAGES="build-essential pkg-config libsqlite3-dev sqlite3 libicu-dev libxml2-dev
libcjson-dev libcsv-dev libssl-dev liblz4-dev libvectorscan-dev libpcre2-dev libcmocka-dev time"

missing=""
for p in $PACKAGES; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

echo "setup: installing$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to install:$missing" >&2; exit 1; }
	SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
