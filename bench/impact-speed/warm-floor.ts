/**
 * The minimum work of a warm selection from git, without the selection.
 * It finds the change (the merge base, then the changed paths of the working
 * tree). It lists the index with its blob SHAs and the files modified on
 * disk, which a cached graph must be checked against, and it reads the cache
 * file. Each git step is one git process, as in `testmaster impact`.
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
const changed = git(['diff', '--name-only', '-z', base]).split('\0').filter(Boolean);
const files = git(['ls-files', '-s', '-z']).split('\0').filter(Boolean);
git(['diff-files', '--name-only', '-z']);
const cache = readFileSync(cacheFile);
JSON.parse(cache.toString('utf8'));
console.log(JSON.stringify({ changed: changed.length, files: files.length, cacheBytes: cache.length }));
