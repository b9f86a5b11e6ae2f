#!/usr/bin/env bash
# Times `testmaster validate` on a real repository against `tsc --noEmit` and
# ESLint with the two complexity rules, over every file (full) and over the
# files of a 20-file change (changed), then prints medians and ratios.
#
#   bash bench/validate-speed/run.sh
#   RUNS=5 MIRROR=/work/.mirror/vitest-dev+vitest/repo bash bench/validate-speed/run.sh
#
# Environment:
#   MIRROR    bare git mirror of the measured repository (vitest-dev/vitest)
#   REVISION  commit of the mirror to extract (HEAD)
#   WORK      folder for the extracted repository, rebuilt on each run
#   RUNS      timed runs per row (3); rows are interleaved within each round
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

MIRROR=${MIRROR:-/work/.mirror/vitest-dev+vitest/repo}
REVISION=${REVISION:-HEAD}
WORK=${WORK:-/tmp/validate-speed}
RUNS=${RUNS:-3}
# The tsconfig that tsc and the types validator both check. The benchmark
# writes it, extending the repository's tsconfig.check.json.
TSCONFIG=tsconfig.validate-speed.json
# typescript, eslint, @typescript-eslint/parser and eslint-plugin-sonarjs come
# from this repository's dependencies, linked into the extracted repository.
MODULES=$(realpath "$ROOT/node_modules")

OUT=$ROOT/bench/out/validate-speed
REPO=$WORK/repo
RESULTS=$OUT/results.tsv
SCRIPTS='**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'
mkdir -p "$OUT/logs" "$OUT/json"

# Bundled so that the timed process runs the working tree's code as plain
# JavaScript, without a TypeScript loader. bin/testmaster.js loads dist/,
# which may be stale.
npx esbuild src/cli/main.ts --bundle --platform=node --format=esm --target=node20 \
  --packages=external --log-level=warning --outfile="$OUT/cli.mjs"
CLI=$OUT/cli.mjs

# --- The measured repository -------------------------------------------------
# A fresh git repository with the mirror's script and config files on `main`
# and a branch `change` that edits 20 source files, so that `validate --base
# main` has history and a diff to read.
prepare_repository() {
  rm -rf "$REPO"
  mkdir -p "$REPO"
  npx tsx bench/validate-speed/extract.ts "$MIRROR" "$REVISION" "$REPO"
  mkdir -p "$REPO/node_modules/@typescript-eslint"
  ln -s "$MODULES/typescript" "$REPO/node_modules/typescript"
  ln -s "$MODULES/@typescript-eslint/parser" "$REPO/node_modules/@typescript-eslint/parser"
  ln -s "$MODULES/eslint-plugin-sonarjs" "$REPO/node_modules/eslint-plugin-sonarjs"
  write_bench_files
  git -C "$REPO" init -q -b main
  git -C "$REPO" add -A
  git -C "$REPO" -c user.name=bench -c user.email=bench@example.invalid commit -q -m "Snapshot of $REVISION"
  git -C "$REPO" checkout -q -b change
  change_files
  git -C "$REPO" -c user.name=bench -c user.email=bench@example.invalid commit -q -am 'Add a function to 20 files'
}

write_bench_files() {
  # Missing @types packages would stop both tools before the semantic check,
  # which would leave nothing to time, so no global types are loaded.
  cat >"$REPO/$TSCONFIG" <<'EOF'
{
  "extends": "./tsconfig.check.json",
  "compilerOptions": { "types": [] }
}
EOF
  mkdir -p "$REPO/.github"
  write_config "$REPO/.github/testmaster.yml" '[syntax, types, complexity, security, standards]'
  write_config "$REPO/testmaster-no-types.yml" '[syntax, complexity, security, standards]'
  # The repository has its own eslint.config.js, so the benchmark passes this
  # file with --config. The file patterns and ignores repeat the validate
  # include and exclude, so both tools read the same files.
  cat >"$REPO/eslint.validate-speed.mjs" <<'EOF'
import tsParser from '@typescript-eslint/parser';
import sonarjs from 'eslint-plugin-sonarjs';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js'] },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { sonarjs },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { complexity: ['warn', 10], 'sonarjs/cognitive-complexity': ['warn', 15] },
  },
];
EOF
}

# Writes a TestMaster config: scripts only (the files ESLint reads), a cold
# type check without build info, and no failing level, so the exit code only
# reports errors of the tool.
write_config() {
  cat >"$1" <<EOF
validate:
  validators: $2
  include: ['$SCRIPTS']
  failLevel: none
  types:
    projects: [$TSCONFIG]
    incremental: false
EOF
}

# Appends a function with cyclomatic complexity 13 (cognitive below 15) to 20
# source files spread over the packages, so each changed file gets one
# complexity finding from each tool.
change_files() {
  local index=0
  git -C "$REPO" ls-files 'packages/*/src/**.ts' | grep -v '\.d\.ts$' | awk 'NR % 15 == 1' | head -20 >"$OUT/changed-files.txt"
  while read -r path; do
    index=$((index + 1))
    cat >>"$REPO/$path" <<EOF

export function validateSpeedChange$index(value: number, flags: { a?: boolean, b?: boolean, c?: boolean }): string {
  let label = ''
  for (let step = 0; step < value; step++) {
    if (flags.a && step % 2 === 0) {
      label += 'a'
    }
    else if (flags.b || step % 3 === 0) {
      label += flags.c ? 'c' : 'b'
    }
    else if (step > 5 && (flags.a || flags.c)) {
      label += step > 7 ? 'x' : 'y'
    }
  }
  return label || (value > 0 ? 'positive' : 'none')
}
EOF
  done <"$OUT/changed-files.txt"
}

# --- Timing -----------------------------------------------------------------
# Runs one command in the repository under GNU time and appends
# row, run, wall s, user s, system s, peak RSS KiB and exit code to RESULTS.
# GNU time counts the CPU time of the process and of its waited-for children.
measure() {
  local row=$1 run=$2
  shift 2
  local timing=$OUT/time.txt status=0
  (cd "$REPO" && /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >"$OUT/logs/$row-$run.log" 2>&1) || status=$?
  local wall user system rss
  read -r wall user system rss < <(tail -n 1 "$timing")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$row" "$run" "$wall" "$user" "$system" "$rss" "$status" >>"$RESULTS"
  printf '%-22s run %s: %6ss wall, %6ss user, %5ss sys, %7s KiB, exit %s\n' "$row" "$run" "$wall" "$user" "$system" "$rss" "$status"
}

ours() {
  local row=$1 config=$2 filter=$3 run=$4
  measure "$row" "$run" node "$CLI" validate --base main --filter "$filter" --config "$config" --json "$OUT/json/$row.json"
}

eslint() {
  local row=$1 run=$2
  shift 2
  measure "$row" "$run" node "$MODULES/eslint/bin/eslint.js" --config eslint.validate-speed.mjs --format json \
    --output-file "$OUT/json/$row.json" "$@"
}

tsc() {
  # A composite or incremental tsconfig makes tsc read build info from an
  # earlier run. A fresh CI checkout has none.
  find "$REPO" -name '*.tsbuildinfo' -not -path '*/node_modules/*' -delete
  measure tsc "$1" node node_modules/typescript/bin/tsc --noEmit -p "$TSCONFIG"
}

prepare_repository
mapfile -t CHANGED < <(git -C "$REPO" diff --name-only --diff-filter=d main...change | grep -E '\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$')
echo "Repository: $(git --git-dir="$MIRROR" rev-parse "$REVISION") from $MIRROR, ${#CHANGED[@]} changed script files."
echo "Machine: $(nproc) cores, Node.js $(node --version), load average $(cut -d' ' -f1-3 /proc/loadavg)."

: >"$RESULTS"
for run in $(seq 1 "$RUNS"); do
  ours ours-full .github/testmaster.yml nofilter "$run"
  ours ours-full-no-types testmaster-no-types.yml nofilter "$run"
  tsc "$run"
  eslint eslint-full "$run" .
  ours ours-changed .github/testmaster.yml added "$run"
  ours ours-changed-no-types testmaster-no-types.yml added "$run"
  eslint eslint-changed "$run" "${CHANGED[@]}"
done
echo "Load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)."

npx tsx bench/validate-speed/table.ts "$RESULTS" "$OUT"
