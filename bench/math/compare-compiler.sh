#!/usr/bin/env bash
# Inkstone.Math of an earlier commit against the working tree's, side by side in one run, on bench/math/mix.txt:
#
#   bench/math/compare-compiler.sh 418c30a             # 15 rounds of 2 s each
#   ROUNDS=9 SECONDS_EACH=3 bench/math/compare-compiler.sh 418c30a
#
# Builds bench/math/MathTiming twice in Release, once against the earlier commit's Inkstone.Math (from a worktree of
# its own under bench/out/) and once against the working tree's, each into a folder of its own. Each round runs both,
# in alternating order, each in a new process (2 s of processor time to warm up, so the JIT has tiered the hot methods up, then SECONDS_EACH seconds of processor time in passes over the mix), and
# the script prints every round, the medians of CPU and wall µs per formula and of bytes allocated per formula, and
# the working tree's ratio to the earlier commit. CPU time is the figure to read on a shared machine: wall time
# includes waiting for a core. Both versions compile the working tree's mix.txt.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${1:?usage: bench/math/compare-compiler.sh BASE-COMMIT}"
rounds="${ROUNDS:-15}"
seconds="${SECONDS_EACH:-2}"
work="${WORK:-$repo/bench/out/compare-compiler}"
mkdir -p "$work"
base_commit="$(git -C "$repo" rev-parse --short "$base")"
tree="$work/tree-$base_commit"
if [ ! -d "$tree" ]; then
  git -C "$repo" worktree add --detach -q "$tree" "$base_commit"
fi
echo "building the timing program against $base_commit and against the working tree, in Release" >&2
dotnet build "$repo/bench/math/MathTiming/MathTiming.csproj" -c Release -nologo -v quiet -o "$work/base" \
  -p:MathProject="$tree/src/Inkstone.Math/Inkstone.Math.csproj" >"$work/build-base.log" 2>&1
dotnet build "$repo/bench/math/MathTiming/MathTiming.csproj" -c Release -nologo -v quiet -o "$work/head" >"$work/build-head.log" 2>&1
mix="$repo/bench/math/mix.txt"
: >"$work/base.txt"
: >"$work/head.txt"
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then order="base head"; else order="head base"; fi
  for side in $order; do
    line="$(dotnet "$work/$side/MathTiming.dll" "$mix" "$seconds")"
    echo "$line" >>"$work/$side.txt"
    echo "round $r $side $line (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
median() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$2" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-28s %12s %12s %12s\n' "median per formula" "$base_commit" "working tree" "ratio"
for key in cpu_us wall_us bytes; do
  b="$(median $key "$work/base.txt")"
  h="$(median $key "$work/head.txt")"
  printf '%-28s %12s %12s %12s\n' "$key" "$b" "$h" "$(awk -v b="$b" -v h="$h" 'BEGIN {printf "%.3f", h / b}')"
done
