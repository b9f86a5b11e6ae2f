/**
 * The minimum work of a warm selection from git, without the selection.
 * It finds the merge base. It lists the index with its blob SHAs and the
 * files modified on disk, which a cached graph must be checked against, in
 * one stat of every tracked file. It then lists the changed paths by
 * comparing the merge base with the index, which equals the working tree
 * diff when no tracked file is modified on disk, as in the benchmark's
 * repositories. Last it reads the cache file. Each git step is one git
 * process, as in `testmaster impact`.
 * Prints `{ changed, files, cacheBytes }`.
 *
 *   node warm-floor.mjs CACHE_FILE   (cwd: the repository)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const cacheFile = process.argv[2];
if (!cacheFile) throw new Error('Missing cache file argument: node warm-floor.mjs CACHE_FILE');

const git = (args: string[]): string => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
const base = git(['merge-base', 'HEAD~1', 'HEAD']).trim();
const files = git(['ls-files', '-c', '-s', '-m', '-d', '-z']).split('\0').filter(Boolean);
const changed = git(['diff', '--cached', '--name-only', '-z', base]).split('\0').filter(Boolean);
const cache = readFileSync(cacheFile);
JSON.parse(cache.toString('utf8'));
console.log(JSON.stringify({ changed: changed.length, files: files.length, cacheBytes: cache.length }));
