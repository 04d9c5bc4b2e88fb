#!/usr/bin/env bash
# How Inkstone's build grows with the number of posts, beside Hugo's in the same run (issue #17, "Scale").
#
#   bench/scale.sh                          # 4000, 10000 and 50000 posts
#   POSTS="4000 10000" ROUNDS=1 bench/scale.sh
#
# For each count: generates the corpus once (bench/CorpusGenerator, kept in $WORK/N/corpus), then ROUNDS rounds of,
# each a new process, Inkstone's
#   cold       --no-cache into an empty output folder
#   first      an empty cache and an empty output folder (a first build, which writes the cache)
#   cached     the cache and the output kept, nothing changed
#   edited     the same after a sentence was appended to one post (restored after the round)
# and Hugo's cold build (empty destination and --cacheDir; code highlighted by Chroma, as Inkstone highlights).
# Wall, CPU (user + system) and peak resident memory come from /usr/bin/time. Save-to-reload is measured for the
# counts in RELOAD_AT (bench/Inkstone.Benchmarks --reload-latency). A watchdog kills a build that leaves less than
# MIN_AVAILABLE_MB of memory on the machine and the row says so. Prints one table; the files under $WORK keep each run.
#
# Environment: POSTS (default "4000 10000 50000"), ROUNDS (default 2, and 1 from 50,000 posts), SEED (1),
#              RELOAD_AT (default "10000"; "" for none), MIN_AVAILABLE_MB (default 1500), WORK (default bench/out/scale),
#              SKIP_HUGO=1 to time Inkstone alone.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
counts="${POSTS:-4000 10000 50000}"
seed="${SEED:-1}"
reload_at=" ${RELOAD_AT-10000} "
min_available_mb="${MIN_AVAILABLE_MB:-1500}"
work="${WORK:-$repo/bench/out/scale}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cli="$work/cli/Inkstone.Cli.dll"

say() { printf '%s\n' "$*" >&2; }

# --- tools (as compare-hugo.sh) ------------------------------------------------------------------
if [ "${SKIP_HUGO:-0}" != 1 ] && ! command -v hugo >/dev/null 2>&1; then
  say "installing Debian package 'hugo'"
  apt-get update -qq && apt-get install -y -qq hugo >/dev/null
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
[ "${SKIP_HUGO:-0}" = 1 ] || say "hugo: $(hugo version | head -n 1)"

say "building src/Inkstone.Cli in Release into $work/cli"
dotnet build "$repo/src/Inkstone.Cli/Inkstone.Cli.csproj" -c Release -o "$work/cli" -nologo -v quiet >"$work/cli-build.log" 2>&1

# --- measuring -----------------------------------------------------------------------------------
available_mb() { awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo; }

# Runs a command under /usr/bin/time and prints "wall-s cpu-s peak-KB", "oom" if the watchdog stopped it for
# memory, or "fail" if it exited non-zero. The watchdog kills only the process it started, by its id.
timed() { # log command...
  local log="$1"; shift
  local measure="$log.time" flag="$log.oom"
  rm -f "$flag"
  /usr/bin/time -f '%e %U %S %M' -o "$measure" "$@" >"$log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$(available_mb)" -lt "$min_available_mb" ]; then
      touch "$flag"
      pkill -KILL -P "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.5
  done
  if wait "$pid"; then
    tail -n 1 "$measure" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
  elif [ -f "$flag" ]; then
    echo oom
  else
    echo fail
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { grep -v '^[a-z]' "$1" 2>/dev/null | cut -d' ' -f"$2" | median; } # file field(1 wall, 2 cpu, 3 KB)
status() { grep -m1 '^[a-z]' "$1" 2>/dev/null || true; }                 # "oom" or "fail" if any run ended so

results="$work/results.txt"
: >"$results"

for posts in $counts; do
  rounds="${ROUNDS:-$([ "$posts" -ge 50000 ] && echo 1 || echo 2)}"
  dir="$work/$posts"
  site="$dir/corpus/inkstone"
  hugo_site="$dir/corpus/hugo"
  mkdir -p "$dir"
  if [ ! -f "$dir/corpus/.seed-$seed" ]; then
    say "generating $posts posts (seed $seed) into $dir/corpus"
    rm -rf "$dir/corpus"
    dotnet run --project "$repo/bench/CorpusGenerator" -c Release -- \
      --posts "$posts" --seed "$seed" --out "$site" --hugo "$hugo_site" >&2
    touch "$dir/corpus/.seed-$seed"
  fi

  edited="$(find "$site/content" -name '*.md' | sort | awk 'NR == 1')"
  cp "$edited" "$dir/edited-original.md"
  for kind in cold first cached edited hugo; do : >"$dir/$kind.txt"; done
  build=(dotnet "$cli" build "$site" -o "$dir/public-inkstone" --timings)

  for ((round = 1; round <= rounds; round++)); do
    say "$posts posts, round $round of $rounds (load $(cut -d' ' -f1-3 /proc/loadavg), $(available_mb) MB available)"
    rm -rf "$dir/public-inkstone" "$site/.inkstone"
    timed "$dir/cold.log" "${build[@]}" --no-cache >>"$dir/cold.txt"
    rm -rf "$dir/public-inkstone" "$site/.inkstone"
    timed "$dir/first.log" "${build[@]}" >>"$dir/first.txt"
    timed "$dir/cached.log" "${build[@]}" >>"$dir/cached.txt"
    printf '\n线段树的懒标记在第 %d 轮编辑时又读了一遍。\n' "$round" >>"$edited"
    timed "$dir/edited.log" "${build[@]}" >>"$dir/edited.txt"
    cp "$dir/edited-original.md" "$edited"
    if [ "${SKIP_HUGO:-0}" != 1 ]; then
      rm -rf "$dir/public-hugo" "$dir/hugo-cache"
      timed "$dir/hugo.log" hugo --source "$hugo_site" --destination "$dir/public-hugo" --cacheDir "$dir/hugo-cache" --quiet >>"$dir/hugo.txt"
    fi
    for kind in cold first cached edited hugo; do say "  $kind: $(tail -n 1 "$dir/$kind.txt" 2>/dev/null) (wall s, cpu s, peak KB)"; done
  done
  # The last build was the edited one; build once more so the output measured below is the corpus as generated.
  timed "$dir/last.log" "${build[@]}" >/dev/null

  reload="-"
  if [[ "$reload_at" == *" $posts "* ]]; then
    say "save to reload at $posts posts"
    dotnet run -c Release --project "$repo/bench/Inkstone.Benchmarks" -- --reload-latency "$site" >"$dir/reload.log" 2>&1 || true
    reload="$(sed -n 's/^ *median \([0-9]*\) ms, min \([0-9]*\) ms, max \([0-9]*\) ms.*/\1 (\2-\3)/p' "$dir/reload.log")"
    reload="${reload:-fail}"
  fi

  out="$dir/public-inkstone"
  largest_shard_kb="$(find "$out/search" -name '*.json' -printf '%s\n' | sort -n | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')"
  largest_page_kb="$(find "$out" -name '*.html' -printf '%s\n' | sort -n | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')"
  feed_kb="$(stat -c %s "$out/atom.xml" "$out/rss.xml" "$out/feed.json" | awk '{ printf "%s%.0f", (NR > 1 ? "/" : ""), $1 / 1024 }')"
  sitemaps="$(find "$out" -maxdepth 1 -name 'sitemap*.xml' | wc -l)"
  sitemap_urls="$(cat "$out"/sitemap*.xml | grep -c '<url>' || true)"
  echo "$posts $rounds $(field "$dir/cold.txt" 1) $(field "$dir/cold.txt" 2) $(field "$dir/cold.txt" 3) $(field "$dir/first.txt" 1) $(field "$dir/cached.txt" 1) $(field "$dir/edited.txt" 1) $(field "$dir/hugo.txt" 1) $(field "$dir/hugo.txt" 2) $(field "$dir/hugo.txt" 3) ${reload// /_} $largest_shard_kb $largest_page_kb $feed_kb $sitemaps $sitemap_urls $(status "$dir/cold.txt")$(status "$dir/hugo.txt")" >>"$results"
done

# --- report --------------------------------------------------------------------------------------
echo
echo "Scale, seed $seed, commit $(git -C "$repo" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Medians; wall and CPU in seconds, peak RSS in MB; ms/post is cold wall time per post."
printf '%-6s %-3s | %-22s %-7s %-7s %-7s | %-20s | %-9s %-9s %-9s | %-7s %-7s\n' \
  posts rds "ink cold wall/cpu/MB" first cached edited "hugo wall/cpu/MB" "wall x" "cpu x" "mem x" "ink ms/p" "hugo ms/p"
base=""
while read -r posts rounds cw cc ck fw kw ew hw hc hk reload shard page feeds sitemaps urls status; do
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
  per() { awk -v t="$1" -v n="$posts" 'BEGIN { if (t == "-") print "-"; else printf "%.2f", t * 1000 / n }'; }
  mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f", k / 1024 }'; }
  printf '%-6s %-3s | %-22s %-7s %-7s %-7s | %-20s | %-9s %-9s %-9s | %-7s %-7s\n' "$posts" "$rounds" \
    "$cw/$cc/$(mb "$ck")" "$fw" "$kw" "$ew" "$hw/$hc/$(mb "$hk")" "$(ratio "$cw" "$hw")" "$(ratio "$cc" "$hc")" "$(ratio "$ck" "$hk")" \
    "$(per "$cw")" "$(per "$hw")"
  [ -n "$base" ] || base="$posts $cw $cc"
  read -r bp bw bc <<<"$base"
  extra=""
  [ "$posts" = "$bp" ] || extra="; per post against $bp posts: wall $(awk -v a="$cw" -v n="$posts" -v b="$bw" -v m="$bp" 'BEGIN { printf "%.2f", (a / n) / (b / m) }')x, cpu $(awk -v a="$cc" -v n="$posts" -v b="$bc" -v m="$bp" 'BEGIN { printf "%.2f", (a / n) / (b / m) }')x"
  echo "       save to reload ${reload//_/ } ms; largest search shard ${shard} KB, largest page ${page} KB, atom/rss/json ${feeds} KB; ${sitemaps} sitemap file(s), ${urls} URLs${extra}${status:+; STOPPED: $status}"
done <"$results"
