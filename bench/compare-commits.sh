#!/usr/bin/env bash
# Times cold builds of one site by two versions of Inkstone, side by side in one run: the CLI of an earlier
# commit against the CLI of the working tree. This is how a change's cost is measured on the same machine,
# at the same load ("a build costs no more than 5 % more time than before").
#
#   bench/compare-commits.sh 87ff72f                          # the compare-hugo corpus, 7 rounds
#   ROUNDS=5 bench/compare-commits.sh 87ff72f path/to/site
#   CACHED=1 bench/compare-commits.sh 87ff72f                 # cached builds instead of cold ones
#
# Each round runs one build of each version in a new process, in alternating order (so neither always
# runs on a warmer machine), each with --no-cache into its own output folder, which it keeps between
# rounds as a writer's is kept. With CACHED=1 each version builds a copy of the site of its own without --no-cache,
# so every timed build reads the render cache and output ledger its unmeasured first build left (a writer's second
# build), and neither version reads a cache the other wrote. Prints every round and the median wall and CPU (user + system) seconds of
# each version, of its markdown stage (--timings), and the ratio of the working tree to the earlier commit.
#
# Environment: ROUNDS (default 7), WORK (default bench/out/compare-commits), CACHED (default 0).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:?usage: bench/compare-commits.sh BASE-COMMIT [SITE]}"
site="${2:-$repo/bench/out/compare-hugo/corpus/inkstone}"
rounds="${ROUNDS:-7}"
cached="${CACHED:-0}"
work="${WORK:-$repo/bench/out/compare-commits}"

if [ ! -f "$site/inkstone.yml" ]; then
  echo "No site at $site. Generate the corpus with bench/compare-hugo.sh, or pass a site folder." >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

mkdir -p "$work"
work="$(cd "$work" && pwd)"
base_commit="$(git -C "$repo" rev-parse --short "$base")"
head_commit="$(git -C "$repo" rev-parse --short HEAD)"
if [ -n "$(git -C "$repo" status --porcelain -- src)" ]; then head_commit="$head_commit+changes"; fi

# The earlier commit is built from a worktree of its own, so the working tree is left as it is.
tree="$work/tree-$base_commit"
if [ ! -d "$tree" ]; then
  git -C "$repo" worktree add --detach -q "$tree" "$base_commit"
fi
echo "building $base_commit and the working tree ($head_commit) in Release" >&2
dotnet build "$tree/src/Inkstone.Cli/Inkstone.Cli.csproj" -c Release -o "$work/cli-base" -nologo -v quiet >"$work/build-base.log" 2>&1
dotnet build "$repo/src/Inkstone.Cli/Inkstone.Cli.csproj" -c Release -o "$work/cli-head" -nologo -v quiet >"$work/build-head.log" 2>&1

# A cached build reads the cache in its site's .inkstone/, so each version gets a copy of the site of its own.
if [ "$cached" = 1 ]; then
  for kind in base head; do
    rm -rf "$work/site-$kind" "$work/public-$kind"
    cp -a "$site" "$work/site-$kind"
    rm -rf "$work/site-$kind/.inkstone"
  done
fi

# Prints "wall-seconds cpu-seconds markdown-stage-seconds" for one build in a new process.
timed_build() { # base|head
  local from="$site" cache=(--no-cache)
  if [ "$cached" = 1 ]; then from="$work/site-$1" cache=(); fi
  /usr/bin/time -f '%e %U %S' -o "$work/time-$1.txt" \
    dotnet "$work/cli-$1/Inkstone.Cli.dll" build "$from" -o "$work/public-$1" "${cache[@]}" --timings >"$work/build-$1.out" 2>&1 \
    || { echo "the $1 build failed: see $work/build-$1.out" >&2; exit 1; }
  markdown="$(sed -n 's/^ *markdown *\([0-9]*\) ms$/\1/p' "$work/build-$1.out")"
  tail -n 1 "$work/time-$1.txt" | awk -v md="${markdown:-0}" '{ printf "%s %.2f %.2f\n", $1, $2 + $3, md / 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One unmeasured build of each, so both read the site from a warm file cache.
timed_build base >/dev/null
timed_build head >/dev/null

: >"$work/base.txt"
: >"$work/head.txt"
for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then order="base head"; else order="head base"; fi
  for kind in $order; do
    timed_build "$kind" >>"$work/$kind.txt"
  done
  printf 'round %d (load %s): %s %ss wall %ss cpu %ss markdown; %s %ss wall %ss cpu %ss markdown\n' "$round" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$base_commit" $(tail -n 1 "$work/base.txt") "$head_commit" $(tail -n 1 "$work/head.txt")
done

base_wall="$(cut -d' ' -f1 "$work/base.txt" | median)"
base_cpu="$(cut -d' ' -f2 "$work/base.txt" | median)"
head_wall="$(cut -d' ' -f1 "$work/head.txt" | median)"
head_cpu="$(cut -d' ' -f2 "$work/head.txt" | median)"
base_md="$(cut -d' ' -f3 "$work/base.txt" | median)"
head_md="$(cut -d' ' -f3 "$work/head.txt" | median)"
echo
echo "medians of $rounds $([ "$cached" = 1 ] && echo cached || echo cold) builds on $(find "$site" -name '*.md' | wc -l) Markdown files:"
echo "  $base_commit: ${base_wall}s wall, ${base_cpu}s cpu, ${base_md}s in the markdown stage"
echo "  $head_commit: ${head_wall}s wall, ${head_cpu}s cpu, ${head_md}s in the markdown stage"
awk -v bw="$base_wall" -v hw="$head_wall" -v bc="$base_cpu" -v hc="$head_cpu" -v bm="$base_md" -v hm="$head_md" \
  'BEGIN { printf "  ratio: %.3f wall, %.3f cpu, %.3f markdown stage (%+.1f %% wall, %+.1f %% cpu, %+.1f %% markdown)\n", hw / bw, hc / bc, hm / bm, (hw / bw - 1) * 100, (hc / bc - 1) * 100, (hm / bm - 1) * 100 }'
