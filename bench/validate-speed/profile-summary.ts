/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): self time per package or
 * bundled module, and inclusive time of the named functions, counted once
 * per call stack so that recursion is not added twice.
 *
 *   npx tsx bench/validate-speed/profile-summary.ts FILE.cpuprofile [FUNCTION...]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, ...functionNames] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary.ts FILE.cpuprofile [FUNCTION...]\n');
  process.exit(2);
}

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const selfMicros = new Map<number, number>();
profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const totalMicros = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

printTable('self time by package or module', selfTimeByBucket());
if (functionNames.length > 0) printTable('inclusive time of functions', inclusiveTimes(functionNames));

/** Names a frame's group: its npm package, its `node:` module, the file name of a bundle such as `cli.mjs`, or the function of a native frame. */
function bucketOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith('node:')) return url;
  if (url === '') return `(${functionName || 'native'})`;
  return `${url.split('/').at(-1)}`;
}

function selfTimeByBucket(): Array<[string, number]> {
  const buckets = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const bucket = bucketOf(nodes.get(id)!);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + micros);
  }
  return [...buckets].sort((left, right) => right[1] - left[1]).slice(0, 15);
}

/** Sums, per function, the time of the samples whose stack contains it, once per sample even under recursion. */
function inclusiveTimes(names: readonly string[]): Array<[string, number]> {
  const sums = new Map(names.map((name) => [name, 0]));
  profile.samples.forEach((id, index) => {
    const onStack = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      onStack.add(nodes.get(current)!.callFrame.functionName);
    }
    for (const name of names) if (onStack.has(name)) sums.set(name, sums.get(name)! + (profile.timeDeltas[index] ?? 0));
  });
  return [...sums];
}

function printTable(title: string, rows: Array<[string, number]>): void {
  process.stdout.write(`\n${title} (total ${(totalMicros / 1e6).toFixed(2)} s)\n`);
  for (const [name, micros] of rows) {
    process.stdout.write(`${(micros / 1e6).toFixed(2).padStart(8)} s ${((100 * micros) / totalMicros).toFixed(1).padStart(5)} %  ${name}\n`);
  }
}
