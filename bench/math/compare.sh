#!/usr/bin/env bash
# Times Temml and KaTeX (node) and Inkstone.Math (.NET, one-pass stopwatch) on bench/math/mix.txt in the same run.
# For the allocation figures and a statistically sound mean, run the BenchmarkDotNet suite:
#   dotnet run -c Release --project bench/Inkstone.Benchmarks -- --filter '*MathCompilerBenchmarks*' --job short
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
[[ -d node_modules ]] || npm ci --silent
node compare.mjs "${1:-3}"
dotnet run -c Release time-inkstone.cs "${1:-3}"
