/**
 * The minimum work a warm selection from git does, without selecting anything:
 * find the change (merge base, then the changed paths of the working tree),
 * list the index with its blob SHAs and the files modified on disk, which a
 * cached graph must be checked against, and read the cache file. Each step
 * is one git process, as in `testmaster impact`. Prints `{ changed, files, cacheBytes }`.
 *
 *   node warm-floor.mjs CACHE_FILE   (cwd: the repository)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const cacheFile = process.argv[2];
if (!cacheFile) throw new Error('Missing cache file argument: node warm-floor.mjs CACHE_FILE');

const git = (args: string[]): string => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
const base = git(['merge-base', 'HEAD~1', 'HEAD']).trim();
const changed = git(['diff', '--name-only', '-z', base]).split('\0').filter(Boolean);
const files = git(['ls-files', '-s', '-z']).split('\0').filter(Boolean);
git(['diff-files', '--name-only', '-z']);
const cache = readFileSync(cacheFile);
JSON.parse(cache.toString('utf8'));
console.log(JSON.stringify({ changed: changed.length, files: files.length, cacheBytes: cache.length }));
