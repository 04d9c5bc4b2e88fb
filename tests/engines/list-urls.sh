#!/usr/bin/env bash
# Usage: tests/engines/list-urls.sh OUTPUT_DIR
#
# Prints the page URLs of a built site, one per line, sorted by byte value: every .html file as the URL
# that serves it (a/b/index.html is /a/b/, index.html is /, x.html is /x.html), then every .xml or .json
# file at the top of the folder as "feed /NAME". URLs are the paths on disk, not percent-encoded: a
# Chinese folder is listed as /算法/, a folder with a space as "/reinforcement learning/".
#
# tests/engines/page-urls.sh lists the real engines' output with it, and tests/Inkstone.Import.Tests
# lists Inkstone's output with it, so both sides are listed the same way.
set -euo pipefail
export LC_ALL=C.UTF-8

dir=${1:?usage: list-urls.sh OUTPUT_DIR}
[ -d "$dir" ] || { echo "list-urls.sh: no such folder: $dir" >&2; exit 1; }
cd "$dir"

find . -type f -name '*.html' -printf '%P\n' |
  sed -E -e 's#^index\.html$##' -e 's#/index\.html$#/#' -e 's#^#/#' |
  LC_ALL=C sort
find . -maxdepth 1 -type f \( -name '*.xml' -o -name '*.json' \) -printf 'feed /%P\n' | LC_ALL=C sort
