#!/usr/bin/env bash
# Bundles the types validator's benchmark process, then times it against the
# repository's own `tsc --noEmit -p` on the same tsconfig files.
#
#   bash bench/validate-types/run.sh [run.ts options]
#   bash bench/validate-types/run.sh --runs 3 --work /tmp/validate-types-bench
set -euo pipefail
cd "$(dirname "$0")/../.."

out=bench/out/validate-types
mkdir -p "$out"
# Bundled so that the timed process loads plain JavaScript, without a
# TypeScript loader that would add its own start-up time.
npx esbuild bench/validate-types/check.ts --bundle --platform=node --format=esm --target=node20 \
  --packages=external --log-level=warning --outfile="$out/check.mjs"

npx tsx bench/validate-types/run.ts "$@"
