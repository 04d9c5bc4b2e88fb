#!/usr/bin/env bash
# Builds the 4,000-post benchmark corpus with the Release CLI and measures site search on it in Chromium.
#   bench/search-latency/run.sh                  # corpus from bench/compare-hugo.sh's work folder
#   CORPUS=path/to/site RUNS=9 bench/search-latency/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${WORK:-bench/out/compare-hugo}"
CORPUS="${CORPUS:-$WORK/corpus/inkstone}"
OUT="${OUT:-$(mktemp -d)/site}"
RUNS="${RUNS:-5}"

if [ ! -f "$CORPUS/inkstone.yml" ]; then
  echo "Generating the corpus into $WORK/corpus ..."
  dotnet run -c Release --project bench/CorpusGenerator -- --posts "${POSTS:-4000}" --seed 1 --out "$CORPUS"
fi
dotnet build -c Release src/Inkstone.Cli -o "$WORK/cli" -v quiet -nologo
dotnet "$WORK/cli/Inkstone.Cli.dll" build "$CORPUS" -o "$OUT" --base-url http://127.0.0.1/
dotnet run -c Release --project bench/search-latency -- "$OUT" "$RUNS"
