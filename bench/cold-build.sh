#!/usr/bin/env bash
# Times cold builds of one site with and without Inkstone's build cache (SITE/.inkstone/cache/).
#
#   bench/cold-build.sh                                   # the compare-hugo corpus, 5 rounds
#   ROUNDS=3 bench/cold-build.sh path/to/site
#
# Each round is three new processes: a build with the cache folder removed (the first build, which also
# writes the cache), a build with the cache present and nothing changed, and a build with the cache
# present after one post was edited (a sentence appended; the post is restored after the round). The
# output folder stays between builds, as a writer's does. The site is copied to $WORK/site first,
# because the cache is written inside the site folder. Prints the median wall and CPU (user + system)
# seconds of each kind, and the ratios to the build without cache.
#
# Environment: ROUNDS (default 5; PAIRS is read too), WORK (default bench/out/cold-build).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_site="${1:-$repo/bench/out/compare-hugo/corpus/inkstone}"
pairs="${ROUNDS:-${PAIRS:-5}}"
work="${WORK:-$repo/bench/out/cold-build}"

if [ ! -f "$source_site/inkstone.yml" ]; then
  echo "No site at $source_site. Generate the corpus with bench/compare-hugo.sh, or pass a site folder." >&2
  exit 2
fi

mkdir -p "$work"
work="$(cd "$work" && pwd)"
site="$work/site"
out="$work/public"
cli="$work/cli/Inkstone.Cli.dll"

echo "building src/Inkstone.Cli in Release into $work/cli" >&2
dotnet build "$repo/src/Inkstone.Cli/Inkstone.Cli.csproj" -c Release -o "$work/cli" -nologo -v quiet >"$work/cli-build.log" 2>&1

rm -rf "$site"
mkdir -p "$site"
(cd "$source_site" && tar --exclude=./.inkstone --exclude=./public -cf - .) | (cd "$site" && tar -xf -)

edited="$(find "$site/content" -name '*.md' | sort | awk 'NR == 1')"
cp "$edited" "$work/edited-original.md"

# Prints "wall-seconds cpu-seconds posts-from-cache" for one build in a new process.
timed_build() {
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" dotnet "$cli" build "$site" -o "$out" --timings >"$work/build.log" 2>&1
  local cached
  cached="$(sed -n 's/^ *\([0-9]*\) of [0-9]* posts and pages from the cache$/\1/p' "$work/build.log")"
  tail -n 1 "$work/time.txt" | awk -v cached="$cached" '{ printf "%s %.2f %s\n", $1, $2 + $3, cached }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One unmeasured build, so both kinds read the site from a warm file cache.
timed_build >/dev/null

: >"$work/uncached.txt"
: >"$work/cached.txt"
: >"$work/edited.txt"
for ((pair = 1; pair <= pairs; pair++)); do
  rm -rf "$site/.inkstone/cache"
  uncached="$(timed_build)"
  cached="$(timed_build)"
  printf '\n线段树的懒标记在第 %d 轮编辑时又读了一遍。\n' "$pair" >>"$edited"
  after_edit="$(timed_build)"
  cp "$work/edited-original.md" "$edited"
  echo "$uncached" >>"$work/uncached.txt"
  echo "$cached" >>"$work/cached.txt"
  echo "$after_edit" >>"$work/edited.txt"
  printf 'round %d: without cache %ss wall %ss cpu (%s from cache); with cache %ss wall %ss cpu (%s); one post edited %ss wall %ss cpu (%s)\n' \
    "$pair" $uncached $cached $after_edit
done

column() { cut -d' ' -f"$2" "$work/$1.txt" | median; }
uw="$(column uncached 1)"; uc="$(column uncached 2)"
cw="$(column cached 1)"; cc="$(column cached 2)"
ew="$(column edited 1)"; ec="$(column edited 2)"
echo
echo "median of $pairs rounds, $(find "$site/content" -name '*.md' | wc -l) Markdown files:"
printf '  without cache             %6ss wall  %6ss cpu\n' "$uw" "$uc"
printf '  with cache                %6ss wall  %6ss cpu\n' "$cw" "$cc"
printf '  with cache, one post edited %4ss wall  %6ss cpu\n' "$ew" "$ec"
awk -v uw="$uw" -v cw="$cw" -v uc="$uc" -v cc="$cc" -v ew="$ew" -v ec="$ec" 'BEGIN {
  printf "  speed-up with cache       %6.2fx wall %6.2fx cpu\n", uw / cw, uc / cc
  printf "  speed-up, one post edited %6.2fx wall %6.2fx cpu\n", uw / ew, uc / ec
}'
