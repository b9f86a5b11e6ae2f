#!/usr/bin/env bash
# Bundles the CLI from the current source and the benchmark's helper scripts,
# then times impact analysis against jest, madge and dependency-cruiser.
#
#   bash bench/impact-speed/run.sh [run.ts options]
#   bash bench/impact-speed/run.sh --runs 5 --repo /path/to/vuejs/core/.git --repo https://github.com/TanStack/query.git
#
# The peers are installed outside the repository, for example:
#   mkdir -p /tmp/impact-speed-peers && cd /tmp/impact-speed-peers && npm init -y &&
#   npm install --no-save jest@30 madge@8 dependency-cruiser@17 typescript@5.9
set -euo pipefail
cd "$(dirname "$0")/../.."

out=bench/out/impact-speed
mkdir -p "$out"
# Bundled so that the timed processes load plain JavaScript, without a
# TypeScript loader that would add its own time and memory.
bundle() {
  npx esbuild "$1" --bundle --platform=node --format=esm --target=node20 \
    --packages=external --log-level=warning --outfile="$2"
}
# The CLI is built as dist/cli is, with ncc and the options of
# scripts/build.mjs, so the timed rows run what the package ships: the stages
# in chunks loaded on demand, and the dependencies inside the bundle. An
# esbuild split that left the dependencies to Node's loader took 4 to 7 %
# more CPU time on warm runs.
rm -rf "$out/cli"
node node_modules/@vercel/ncc/dist/ncc/cli.js build src/cli/main.ts -o "$out/cli" \
  --target es2022 --no-source-map-register --quiet
node scripts/script-chunks.mjs "$out/cli" > /dev/null
bundle bench/impact-speed/library.ts "$out/library.mjs"
bundle bench/impact-speed/floor.ts "$out/floor.mjs"
bundle bench/impact-speed/warm-floor.ts "$out/warm-floor.mjs"
bundle bench/impact-speed/jest-edges.ts "$out/jest-edges.mjs"

npx tsx bench/impact-speed/run.ts "$@"
