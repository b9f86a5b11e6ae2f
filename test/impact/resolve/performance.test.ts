import { describe, expect, it } from 'vitest';
import { createResolver, type RepositoryView } from '../../../src/impact/resolve/index.js';

/**
 * Builds an in-memory monorepo of `packageCount` packages with
 * `filesPerPackage` source files each. Its view counts reads of `files` and
 * of file texts.
 */
function countingMonorepo(packageCount: number, filesPerPackage: number) {
  const texts = new Map<string, string>();
  texts.set('package.json', JSON.stringify({ private: true, workspaces: ['packages/*'] }));
  texts.set('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@shared/*': ['./packages/p0/src/*'] } } }));
  for (let p = 0; p < packageCount; p++) {
    texts.set(`packages/p${p}/package.json`, JSON.stringify({ name: `@m/p${p}`, exports: { '.': './src/index.ts', './*': './src/*.ts' } }));
    texts.set(`packages/p${p}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.base.json' }));
    texts.set(`packages/p${p}/src/index.ts`, '');
    for (let f = 0; f < filesPerPackage; f++) texts.set(`packages/p${p}/src/nested/file${f}.ts`, '');
  }

  const files = [...texts.keys()].sort();
  const counts = { filesAccess: 0, reads: 0 };
  const view: RepositoryView = {
    get files() {
      counts.filesAccess++;
      return files;
    },
    readText(path) {
      counts.reads++;
      return texts.get(path);
    },
  };
  return { view, counts, fileCount: files.length };
}

describe('resolver performance', () => {
  it('no file list scans after creation', () => {
    const { view, counts, fileCount } = countingMonorepo(100, 50);
    expect(fileCount).toBeGreaterThan(5000);

    const resolver = createResolver(view);
    const filesAccessAfterCreation = counts.filesAccess;
    const readsAfterCreation = counts.reads;

    for (let p = 0; p < 100; p++) {
      for (let f = 0; f < 50; f++) {
        const importer = `packages/p${p}/src/nested/file${f}.ts`;
        expect(resolver.resolve(importer, `./file${(f + 1) % 50}`)).toMatchObject({ kind: 'file' });
        expect(resolver.resolve(importer, `@m/p${(p + 1) % 100}/nested/file${f}`)).toMatchObject({ kind: 'file' });
        expect(resolver.resolve(importer, '@shared/index')).toMatchObject({ path: 'packages/p0/src/index.ts' });
      }
    }

    expect(counts.filesAccess).toBe(filesAccessAfterCreation);
    expect(counts.reads).toBe(readsAfterCreation);
  });

  it('15 000 resolutions in 5 000 files', () => {
    const { view } = countingMonorepo(100, 50);
    const resolver = createResolver(view);

    const started = performance.now();
    for (let p = 0; p < 100; p++) {
      for (let f = 0; f < 50; f++) {
        const importer = `packages/p${p}/src/nested/file${f}.ts`;
        resolver.resolve(importer, `./file${(f + 1) % 50}.js`);
        resolver.resolve(importer, `@m/p${(p + 7) % 100}`);
        resolver.resolve(importer, 'react');
      }
    }
    // A generous bound that catches a scan of the file list per resolution, not a benchmark.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
