#!/usr/bin/env bash
# The image stage's cost (bench/README.md, "Images"): the sample blog and a site of 500 photos, each built cold (no
# image cache) and again cached, with the framework-dependent command. Prints the `images` line of --timings and
# the whole build's time and peak memory.
#
#   bench/images.sh            # both sites
#   COUNT=100 bench/images.sh  # a smaller photo site
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
count="${COUNT:-500}"

dotnet build "$repo/src/Inkstone.Cli" -c Release -nologo -v quiet >/dev/null
dotnet build "$repo/bench/image-codecs" -c Release -nologo -v quiet >/dev/null
inkstone="$repo/src/Inkstone.Cli/bin/Release/net10.0/Inkstone.Cli"

run() {
  local label="$1" site="$2"
  /usr/bin/time -f "%e s wall, %M KB peak" -o "$work/time" "$inkstone" build "$site" -o "$work/out" --force --timings >"$work/log" 2>&1
  printf '%-28s images %8s   build %s\n' "$label" "$(awk '$1 == "images" { print $2 " " $3 }' "$work/log")" "$(cat "$work/time")"
}

cp -r "$repo/sites/sample" "$work/sample" && rm -rf "$work/sample/.inkstone"
run "sample blog, cold" "$work/sample"
run "sample blog, cached" "$work/sample"

"$repo/bench/image-codecs/bin/Release/net10.0/ImageCodecs" site "$work/photos" "$count" >/dev/null
rm -rf "$work/out"
run "$count photos, cold" "$work/photos"
run "$count photos, cached" "$work/photos"
