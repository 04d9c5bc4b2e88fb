#!/usr/bin/env bash
# Start-up: what a writer with a small blog feels. Times, in one run on this machine, cold builds of the same
# generated posts by Hugo and by Inkstone, both as the native command (release/build.sh) and as the
# framework-dependent build `dotnet tool install` gives, and `inkstone --version`.
#
#   bench/startup.sh                 # 12 and 300 posts, 9 runs each
#   RUNS=5 SIZES="12" bench/startup.sh
#
# Targets (issue #17): a 12-post cold build at most 1.0x Hugo's wall time, a 300-post one at most 0.5x,
# --version under 100 ms.
# Environment: RUNS (default 9), SIZES (default "12 300"), WORK (default bench/out/startup).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-9}"
sizes="${SIZES:-12 300}"
work="${WORK:-$repo/bench/out/startup}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) host=linux-x64 ;;
  Linux-aarch64) host=linux-arm64 ;;
  Darwin-arm64) host=osx-arm64 ;;
  *) echo "No native build for $(uname -s)-$(uname -m)." >&2; exit 2 ;;
esac

echo "building the native command (release/build.sh $host)" >&2
OUT="$work/release" "$repo/release/build.sh" "$host" >&2
native="$work/release/inkstone-$host/inkstone"

# The framework-dependent build, which bench/compare-hugo.sh makes when INKSTONE is not set.
dotnet build "$repo/src/Inkstone.Cli/Inkstone.Cli.csproj" -c Release -o "$work/cli" -nologo -v quiet >"$work/cli-build.log" 2>&1

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
milliseconds() { # command... -> wall ms of one run
  local start end
  start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

echo
echo "== inkstone --version, median of $runs runs (load $(cut -d' ' -f1 /proc/loadavg))"
for ((i = 1; i <= runs; i++)); do milliseconds "$native" --version; done | median | awk '{ printf "native              %s ms\n", $1 }'
for ((i = 1; i <= runs; i++)); do milliseconds dotnet "$work/cli/Inkstone.Cli.dll" --version; done | median | awk '{ printf "framework-dependent %s ms\n", $1 }'

for posts in $sizes; do
  for kind in native framework-dependent; do
    echo
    echo "== $posts posts, $kind, $runs cold runs each beside Hugo (load $(cut -d' ' -f1 /proc/loadavg))"
    if [ "$kind" = native ]; then
      INKSTONE="$native" POSTS="$posts" RUNS="$runs" WORK="$work/$posts-$kind" "$repo/bench/compare-hugo.sh" 2>/dev/null | sed -n '/^generator/,/^ink\/hugo/p'
    else
      POSTS="$posts" RUNS="$runs" WORK="$work/$posts-$kind" "$repo/bench/compare-hugo.sh" 2>/dev/null | sed -n '/^generator/,/^ink\/hugo/p'
    fi
  done
done
