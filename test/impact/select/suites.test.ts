import { describe, expect, it } from 'vitest';
import type { SuiteSettings } from '../../../src/impact/model.js';
import { MAX_SUITE_REASONS, selectImpact } from '../../../src/impact/select/index.js';
import { changed, edge, graphOf, impactSettings, selectionInput } from './fixture.js';

const SUITES: SuiteSettings[] = [
  { name: 'api', paths: ['src/api/**'], tier: 'continuous', runsOn: ['ubuntu-latest'] },
  { name: 'e2e', paths: ['e2e/**'], tier: 'daily', runsOn: ['self-hosted', 'gpu'] },
  { name: 'docs', paths: ['docs/**'], tier: 'weekly', runsOn: ['ubuntu-latest'] },
  { name: 'empty', paths: [], tier: 'monthly', runsOn: ['ubuntu-latest'] },
];

const HEAD = graphOf(
  ['src/shared/util.ts', 'src/api/handler.ts', 'e2e/login.test.ts', 'docs/guide.md'],
  [edge('src/api/handler.ts', 'src/shared/util.ts'), edge('e2e/login.test.ts', 'src/api/handler.ts')],
);

describe('suite selection', () => {
  it('suites reached through modules and tests', () => {
    const selection = selectImpact(selectionInput(HEAD, { changes: [changed('src/shared/util.ts')], settings: impactSettings({ suites: SUITES }) }));
    expect(selection.suites).toEqual([
      { name: 'api', tier: 'continuous', runsOn: ['ubuntu-latest'], reasons: ['src/api/handler.ts (affected module)'] },
      { name: 'e2e', tier: 'daily', runsOn: ['self-hosted', 'gpu'], reasons: ['e2e/login.test.ts (affected test)'] },
    ]);
  });

  it('changed file selects its suite', () => {
    const selection = selectImpact(selectionInput(HEAD, { changes: [changed('docs/guide.md')], settings: impactSettings({ suites: SUITES }) }));
    expect(selection.suites.map((suite) => [suite.name, suite.reasons])).toEqual([['docs', ['docs/guide.md (changed)']]]);
  });

  it('deleted file selects its suite', () => {
    const selection = selectImpact(
      selectionInput(HEAD, { changes: [changed('src/api/removed.ts', 'deleted')], settings: impactSettings({ suites: SUITES }) }),
    );
    expect(selection.suites.map((suite) => suite.name)).toEqual(['api']);
  });

  it('no match, no suite', () => {
    const selection = selectImpact(selectionInput(HEAD, { changes: [changed('README.md')], settings: impactSettings({ suites: SUITES }) }));
    expect(selection.suites).toEqual([]);
  });

  it('run-all selects every suite', () => {
    const selection = selectImpact(selectionInput(HEAD, { changes: [changed('tsconfig.json')], settings: impactSettings({ suites: SUITES }) }));
    expect(selection.suites.map((suite) => suite.name)).toEqual(['api', 'e2e', 'docs', 'empty']);
    expect(selection.suites[3]?.reasons).toEqual([
      'every suite runs: TypeScript config tsconfig.json (compiler options and path mappings of the files it covers changed)',
    ]);
  });

  it('reasons are capped', () => {
    const files = Array.from({ length: MAX_SUITE_REASONS + 3 }, (_, index) => `src/api/file${index}.ts`);
    const selection = selectImpact(
      selectionInput(graphOf(files, []), { changes: files.map((file) => changed(file)), settings: impactSettings({ suites: SUITES }) }),
    );
    const reasons = selection.suites[0]?.reasons ?? [];
    expect(reasons).toHaveLength(MAX_SUITE_REASONS + 1);
    expect(reasons[0]).toBe('src/api/file0.ts (changed)');
    expect(reasons[MAX_SUITE_REASONS]).toBe('and 3 more');
  });
});
