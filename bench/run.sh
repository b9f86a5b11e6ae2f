#!/usr/bin/env bash
# Writes the benchmark inputs, bundles the runner's task and the CLI from the
# current source, and prints the results table.
#
#   bash bench/run.sh [SIZE_MB [LARGE_MB]] [-- extra bench/parse.ts options]
#   bash bench/run.sh quick      # 20 MB inputs, no large ones, 5 runs each
#
# SIZE_MB (default 100) is the size of each report; LARGE_MB (default 600,
# 0 to skip) is the size of the extra lcov and Istanbul JSON reports.
set -euo pipefail
cd "$(dirname "$0")/.."

size=100
large=600
runs=3
if [[ "${1:-}" == quick ]]; then
  size=20 large=0 runs=5
  shift
else
  if [[ $# -gt 0 && "$1" != -- ]]; then size=$1; shift; fi
  if [[ $# -gt 0 && "$1" != -- ]]; then large=$1; shift; fi
fi
[[ "${1:-}" == -- ]] && shift

echo "Free space under bench/out: $(df -h --output=avail bench | tail -1)" >&2
npx tsx bench/generate.ts --size "$size" --large "$large" >&2

# Bundled so that the timed processes load plain JavaScript, without a
# TypeScript loader that would add its own time and memory.
npx esbuild bench/task.ts --bundle --platform=node --format=esm --target=node20 \
  --packages=external --log-level=warning --outfile=bench/out/task.mjs
# Split at dynamic imports, as ncc splits dist/cli, so that a command loads
# only the packages of the stages it runs: one file with external packages
# imports all of them at start-up, the TypeScript compiler included.
rm -rf bench/out/cli
npx esbuild src/cli/main.ts --bundle --splitting --platform=node --format=esm --target=node20 \
  --packages=external --log-level=warning --outdir=bench/out/cli

npx tsx bench/parse.ts --size "$size" --large "$large" --runs "$runs" "$@"
