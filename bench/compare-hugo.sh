#!/usr/bin/env bash
# Builds the same synthetic corpus with Inkstone and with Hugo and compares wall time and peak memory.
#
#   bench/compare-hugo.sh                 # 4000 posts, 3 cold runs each
#   POSTS=200 RUNS=1 bench/compare-hugo.sh
#
# Environment: POSTS (default 4000), RUNS (default 3), SEED (default 1),
#              WORK (default bench/out/compare-hugo), SKIP_INKSTONE=1 to time Hugo alone on purpose,
#              INKSTONE=path/to/inkstone to time that command (the native build of release/build.sh) rather
#              than the framework-dependent build of src/Inkstone.Cli that `dotnet tool install` gives.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
posts="${POSTS:-4000}"
runs="${RUNS:-3}"
seed="${SEED:-1}"
work="${WORK:-$repo/bench/out/compare-hugo}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

ink_site="$work/corpus/inkstone"
hugo_site="$work/corpus/hugo"
ink_out="$work/public-inkstone"
hugo_out="$work/public-hugo"
cli_dir="$work/cli"
cli_dll="$cli_dir/Inkstone.Cli.dll"

say() { printf '%s\n' "$*" >&2; }

shout() {
  say ""
  say "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  for line in "$@"; do say "!!! $line"; done
  say "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  say ""
}

# --- tools -------------------------------------------------------------------------------------
apt_updated=0
ensure_package() { # command package
  if command -v "$1" >/dev/null 2>&1; then return; fi
  say "installing Debian package '$2' (needed for '$1')"
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  apt-get install -y -qq "$2" >/dev/null
}
ensure_package hugo hugo
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
say "hugo: $(hugo version | head -n 1)"

# --- corpus ------------------------------------------------------------------------------------
say "generating $posts posts (seed $seed) into $work/corpus"
dotnet run --project "$repo/bench/CorpusGenerator" -c Release -- \
  --posts "$posts" --seed "$seed" --out "$ink_site" --hugo "$hugo_site" >&2

# --- Inkstone CLI ------------------------------------------------------------------------------
inkstone_ok=1
if [ "${SKIP_INKSTONE:-0}" = 1 ]; then
  shout "SKIP_INKSTONE=1: timing Hugo only, no comparison will be printed."
  inkstone_ok=0
else
  if [ -n "${INKSTONE:-}" ]; then
    inkstone_cmd=("$INKSTONE")
    say "inkstone: $("$INKSTONE" --version)"
  else
    inkstone_cmd=(dotnet "$cli_dll")
    say "building src/Inkstone.Cli in Release into $cli_dir"
    if ! dotnet build "$repo/src/Inkstone.Cli/Inkstone.Cli.csproj" -c Release -o "$cli_dir" -nologo -v quiet >"$work/cli-build.log" 2>&1 \
       || [ ! -f "$cli_dll" ]; then
      shout "INKSTONE WAS NOT BENCHMARKED: building src/Inkstone.Cli failed." \
            "See $work/cli-build.log. Only Hugo's figures below are real."
      inkstone_ok=0
    fi
  fi
fi

# --- timing ------------------------------------------------------------------------------------
# Each run is cold: a new process, an empty output folder and an empty cache (Hugo's --cacheDir, Inkstone's .inkstone/cache).
# Prints "wall-seconds peak-KB cpu-seconds" for one run, or "fail" if the generator exited non-zero.
# CPU time (user + system) is printed too because wall time swings with load on a shared machine.
timed_run() { # name output-dir command...
  local name="$1" out="$2"; shift 2
  rm -rf "$out" "$work/hugo-cache" "$ink_site/.inkstone/cache"
  local log="$work/$name.log" measure="$work/$name.time"
  if /usr/bin/time -f '%e %M %U %S' -o "$measure" "$@" >"$log" 2>&1; then
    tail -n 1 "$measure" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
  else
    echo fail
  fi
}

ink_times=()
hugo_times=()
for ((run = 1; run <= runs; run++)); do
  if [ "$inkstone_ok" = 1 ]; then
    result="$(timed_run inkstone "$ink_out" "${inkstone_cmd[@]}" build "$ink_site" -o "$ink_out")"
    if [ "$result" = fail ]; then
      shout "INKSTONE WAS NOT BENCHMARKED: 'inkstone build' exited with an error on run $run." \
            "Last lines of $work/inkstone.log:" "$(tail -n 5 "$work/inkstone.log")"
      inkstone_ok=0
    elif [ -z "$(find "$ink_out" -name '*.html' -print -quit 2>/dev/null)" ]; then
      shout "INKSTONE WAS NOT BENCHMARKED: 'inkstone build' exited 0 but wrote no HTML to $ink_out." \
            "The CLI is probably still a stub."
      inkstone_ok=0
    else
      ink_times+=("$result")
      say "run $run  inkstone  $(awk '{ printf "%s s  %s KB  cpu %s s", $1, $2, $3 }' <<<"$result")"
    fi
  fi

  result="$(timed_run hugo "$hugo_out" hugo --source "$hugo_site" --destination "$hugo_out" \
    --cacheDir "$work/hugo-cache" --quiet)"
  if [ "$result" = fail ]; then
    say "hugo failed; see $work/hugo.log"
    tail -n 20 "$work/hugo.log" >&2
    exit 1
  fi
  hugo_times+=("$result")
  say "run $run  hugo      $(awk '{ printf "%s s  %s KB  cpu %s s", $1, $2, $3 }' <<<"$result")"
done

# --- report ------------------------------------------------------------------------------------
median() { # field(1=wall s, 2=KB, 3=cpu s) values...
  local field="$1"; shift
  printf '%s\n' "$@" | awk -v f="$field" '{ print $f }' | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

count_pages() { # dir -> "html redirects xml"
  local dir="$1" html redirects xml
  html="$(find "$dir" -name '*.html' | wc -l)"
  redirects="$(find "$dir" -name '*.html' -exec grep -l 'http-equiv="refresh"' {} + 2>/dev/null | wc -l || true)"
  xml="$(find "$dir" -name '*.xml' | wc -l)"
  echo "$html $redirects $xml"
}

print_row() { printf '%-10s %10s %10s %14s %11s %16s %10s\n' "$@"; }
to_mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
summarise() { # times-array-name output-dir -> "wall cpu kb html redirects xml"
  local -n times="$1"
  echo "$(median 1 "${times[@]}") $(median 3 "${times[@]}") $(median 2 "${times[@]}") $(count_pages "$2")"
}

read -r hugo_s hugo_cpu hugo_kb hugo_html hugo_redirects hugo_xml <<<"$(summarise hugo_times "$hugo_out")"
echo
echo "Corpus: $posts posts (seed $seed), $(du -sh "$ink_site/content" | cut -f1) of Markdown; $runs cold run(s) each, median shown."
echo
print_row generator "wall (s)" "cpu (s)" "peak RSS (MB)" "HTML files" "of which redirs" "XML files"
if [ "$inkstone_ok" = 1 ]; then
  read -r ink_s ink_cpu ink_kb ink_html ink_redirects ink_xml <<<"$(summarise ink_times "$ink_out")"
  print_row inkstone "$ink_s" "$ink_cpu" "$(to_mb "$ink_kb")" "$ink_html" "$ink_redirects" "$ink_xml"
fi
print_row hugo "$hugo_s" "$hugo_cpu" "$(to_mb "$hugo_kb")" "$hugo_html" "$hugo_redirects" "$hugo_xml"
if [ "$inkstone_ok" = 1 ]; then
  print_row ink/hugo "$(ratio "$ink_s" "$hugo_s")" "$(ratio "$ink_cpu" "$hugo_cpu")" "$(ratio "$ink_kb" "$hugo_kb")" "" "" ""
fi
echo
echo "Note: the page sets are comparable, not identical. Hugo leaves \$...\$ math as plain text (Inkstone"
echo "compiles it to MathML), highlights code with Chroma rather than Inkstone's highlighter, writes"
echo "redirect pages for /page/1/ aliases, and renders the small layouts in bench/CorpusGenerator/HugoLayouts.cs."

if [ "$inkstone_ok" != 1 ]; then
  shout "NO INKSTONE FIGURES: only Hugo was timed. Scroll up for the reason."
  exit 3
fi
