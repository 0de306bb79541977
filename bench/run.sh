#!/usr/bin/env bash
# On-demand benchmarks (never in CI). The first run builds a 1,000,000-line SQLite database in the temp folder.
# Usage: bench/run.sh [BenchmarkDotNet arguments], e.g. bench/run.sh --filter '*Eligibility*'
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*')
dotnet run -c Release --project bench/LearningPartner.Benchmarks -- "${args[@]}"
