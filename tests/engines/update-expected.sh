#!/usr/bin/env bash
# Usage: tests/engines/update-expected.sh ENGINE
#
# Rebuilds sites/import/ENGINE with the real engine and rewrites sites/import/ENGINE/expected-urls.txt:
# a URL already there keeps its kind, a URL the engine no longer writes is dropped, and a new one is
# written with the kind "new", which the engine tests refuse until a person replaces it with post, page,
# list, redirect, feed or extra (see tests/engines/README.md). The comment lines at the top are kept.
# Review the change with git diff: it is the engine's behaviour that changed.
set -euo pipefail
engine=${1:?usage: tests/engines/update-expected.sh jekyll|hexo|hugo|mkdocs}
root=$(cd "$(dirname "$0")/../.." && pwd)
golden="$root/sites/import/$engine/expected-urls.txt"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$root/tests/engines/page-urls.sh" "$engine" "$root/sites/import/$engine" "$out/site" >"$out/urls.txt"
touch "$golden"

{
  grep -E '^#' "$golden" || true
  # Known kinds from the old file, then every URL the engine writes now, grouped by kind in a fixed order.
  LC_ALL=C awk '
    FNR == NR { if ($0 !~ /^#/ && NF >= 2) { kind = $1; sub(/^[^ ]+ /, ""); known[$0] = kind } next }
    { url = $0; sub(/^feed /, "", url); kind = (url in known) ? known[url] : "new"; print kind " " url }
  ' "$golden" "$out/urls.txt" |
    LC_ALL=C awk '
      BEGIN { split("post page list redirect feed extra new", order, " "); for (i in order) rank[order[i]] = i }
      { url = $0; sub(/^[^ ]+ /, "", url); printf "%d\t%s\t%s\n", ($1 in rank) ? rank[$1] : 9, url, $0 }
    ' | LC_ALL=C sort -t $'\t' -k1,1n -k2,2 | cut -f3
} >"$golden.tmp"
mv "$golden.tmp" "$golden"

if grep -q '^new ' "$golden"; then
  echo "New URLs in $golden: give each a kind:" >&2
  grep '^new ' "$golden" >&2
fi
