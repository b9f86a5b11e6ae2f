import { describe, expect, it } from 'vitest';
import { ConfigError, UserError } from '../../../src/errors.js';
import type { ParsedReport } from '../../../src/coverage/model.js';
import { mapReportPaths, mappingWarnings } from '../../../src/coverage/paths/map-report.js';
import { ReportPathResolver, type PathMappingContext } from '../../../src/coverage/paths/resolver.js';
import { TrackedFileIndex } from '../../../src/coverage/paths/tracked-index.js';
import { withRecordObjects, withTables } from '../../support/coverage-records.js';

const TRACKED = [
  'src/x.ts',
  'src/app/main.ts',
  'packages/a/src/x.ts',
  'packages/a/src/only-a.ts',
  'packages/b/src/only-b.ts',
  'packages/b/lib/shared.ts',
  'packages/c/lib/shared.ts',
  'pkg/x.go',
  'main.go',
  'sub/go.mod',
  'sub/pkg/y.go',
  'service/src/main/java/com/example/Foo.java',
  'service/src/test/java/com/example/FooTest.java',
  'service/src/main/kotlin/com/example/Bar.kt',
  'service/src/main/groovy/com/example/Baz.groovy',
  'Calculator/Calc.cs',
  'src/Project/Program.cs',
  'docs/my file.md',
  'lib/util.py',
  // POSIX allows a backslash in a file name; the second file is what a Windows reading of that name gives.
  'src/back\\slash.js',
  'src/back/slash.js',
  'packages/a/src/a\\b.ts',
];

const index = new TrackedFileIndex(TRACKED);

interface Case {
  name: string;
  reportPath: string;
  expected: string | { ambiguous: string[] } | 'unmatched';
  context?: Partial<PathMappingContext>;
  report?: Partial<Pick<ParsedReport, 'roots' | 'modulePath'>>;
}

const cases: Case[] = [
  { name: 'exact relative path', reportPath: 'src/x.ts', expected: 'src/x.ts' },
  { name: './ prefix', reportPath: './src/x.ts', expected: 'src/x.ts' },
  { name: 'doubled slashes and dot segments', reportPath: 'src//app/./main.ts', expected: 'src/app/main.ts' },
  {
    name: 'package-relative lcov',
    reportPath: 'src/x.ts',
    context: { reportPath: 'packages/a/coverage/lcov.info' },
    expected: 'packages/a/src/x.ts',
  },
  {
    name: 'package-relative path with ..',
    reportPath: '../src/only-a.ts',
    context: { reportPath: 'packages/a/coverage/lcov.info' },
    expected: 'packages/a/src/only-a.ts',
  },
  {
    name: 'root report naming a package file',
    reportPath: 'packages/b/src/only-b.ts',
    context: { reportPath: 'coverage/lcov.info' },
    expected: 'packages/b/src/only-b.ts',
  },
  {
    name: 'absolute path under the runner root',
    reportPath: '/home/runner/work/repo/repo/src/x.ts',
    context: { repositoryRoot: '/home/runner/work/repo/repo' },
    expected: 'src/x.ts',
  },
  {
    name: 'untracked file under the runner root',
    reportPath: '/home/runner/work/repo/repo/node_modules/a/src/only-a.ts',
    context: { repositoryRoot: '/home/runner/work/repo/repo' },
    expected: 'unmatched',
  },
  {
    name: 'other case under the runner root',
    reportPath: 'D:\\a\\repo\\repo\\SRC\\X.TS',
    context: { repositoryRoot: 'D:\\a\\repo\\repo' },
    expected: 'src/x.ts',
  },
  {
    name: 'GitHub runner path without a known root',
    reportPath: '/home/runner/work/repo/repo/packages/a/src/only-a.ts',
    expected: 'packages/a/src/only-a.ts',
  },
  { name: 'container path /app', reportPath: '/app/src/x.ts', expected: 'src/x.ts' },
  { name: 'GitLab path /builds', reportPath: '/builds/x/src/app/main.ts', expected: 'src/app/main.ts' },
  {
    name: 'ambiguous container path',
    reportPath: '/app/shared.ts/../lib/shared.ts',
    expected: { ambiguous: ['packages/b/lib/shared.ts', 'packages/c/lib/shared.ts'] },
  },
  {
    name: 'path outside the repository by name only',
    reportPath: '/usr/lib/node_modules/x/only-b.ts',
    expected: 'unmatched',
  },
  { name: 'root-level file by name', reportPath: '/go/src/example/main.go', expected: 'main.go' },
  {
    name: 'Windows separators and drive letter',
    reportPath: 'C:\\agent\\_work\\1\\s\\Calculator\\Calc.cs',
    expected: 'Calculator/Calc.cs',
  },
  {
    name: 'Windows path with different case',
    reportPath: 'D:\\a\\repo\\repo\\SRC\\project\\Program.cs',
    expected: 'src/Project/Program.cs',
  },
  {
    name: 'Windows path under the runner root',
    reportPath: 'D:\\a\\repo\\repo\\src\\x.ts',
    context: { repositoryRoot: 'D:\\a\\repo\\repo' },
    expected: 'src/x.ts',
  },
  { name: 'file URI', reportPath: 'file:///home/runner/work/r/r/src/app/main.ts', expected: 'src/app/main.ts' },
  { name: 'file URI with percent escapes', reportPath: 'file:///work/docs/my%20file.md', expected: 'docs/my file.md' },
  { name: 'Windows file URI', reportPath: 'file:///C:/agent/s/Calculator/Calc.cs', expected: 'Calculator/Calc.cs' },
  { name: 'localhost file URI', reportPath: 'file://localhost/srv/lib/util.py', expected: 'lib/util.py' },
  { name: 'percent escapes outside a URI', reportPath: 'docs/my%20file.md', expected: 'docs/my file.md' },
  {
    name: 'Go import path with go.mod at the root',
    reportPath: 'example.com/sample/pkg/x.go',
    context: { goModules: [{ dir: '', modulePath: 'example.com/sample' }] },
    expected: 'pkg/x.go',
  },
  {
    name: 'Go import path with go.mod in sub/',
    reportPath: 'example.com/sample/pkg/y.go',
    context: { goModules: [{ dir: 'sub', modulePath: 'example.com/sample' }] },
    expected: 'sub/pkg/y.go',
  },
  {
    name: 'Go nested modules prefer the longest module path',
    reportPath: 'example.com/sample/sub/pkg/y.go',
    context: {
      goModules: [
        { dir: '', modulePath: 'example.com/sample' },
        { dir: 'sub', modulePath: 'example.com/sample/sub' },
      ],
    },
    expected: 'sub/pkg/y.go',
  },
  {
    name: 'Go module path from the profile',
    reportPath: 'github.com/org/repo/pkg/x.go',
    report: { modulePath: 'github.com/org/repo' },
    expected: 'pkg/x.go',
  },
  {
    name: 'Go module path with the profile beside the module',
    reportPath: 'github.com/org/repo/pkg/y.go',
    report: { modulePath: 'github.com/org/repo' },
    context: { reportPath: 'sub/coverage.out' },
    expected: 'sub/pkg/y.go',
  },
  {
    name: 'JaCoCo package path under src/main/java',
    reportPath: 'com/example/Foo.java',
    context: { reportPath: 'service/target/site/jacoco/jacoco.xml' },
    expected: 'service/src/main/java/com/example/Foo.java',
  },
  {
    name: 'JaCoCo test source under src/test/java',
    reportPath: 'com/example/FooTest.java',
    context: { reportPath: 'service/build/reports/jacoco/test/jacocoTestReport.xml' },
    expected: 'service/src/test/java/com/example/FooTest.java',
  },
  {
    name: 'JaCoCo Kotlin source',
    reportPath: 'com/example/Bar.kt',
    context: { reportPath: 'service/build/jacoco.xml' },
    expected: 'service/src/main/kotlin/com/example/Bar.kt',
  },
  {
    name: 'JaCoCo with a report outside the module by unique suffix',
    reportPath: 'com/example/Foo.java',
    context: { reportPath: 'reports/jacoco.xml' },
    expected: 'service/src/main/java/com/example/Foo.java',
  },
  {
    name: 'JaCoCo through a configured root',
    reportPath: 'com/example/Baz.groovy',
    context: { reportPath: 'service/target/jacoco.xml', options: { roots: ['src/main/groovy'] } },
    expected: 'service/src/main/groovy/com/example/Baz.groovy',
  },
  {
    name: 'Cobertura absolute source root from the runner',
    reportPath: 'util.py',
    report: { roots: ['/home/runner/work/r/r/lib'] },
    context: { repositoryRoot: '/home/runner/work/r/r' },
    expected: 'lib/util.py',
  },
  {
    name: 'Cobertura source root from another machine',
    reportPath: 'util.py',
    report: { roots: ['/tmp/build-42/lib'] },
    expected: 'lib/util.py',
  },
  {
    name: 'Cobertura relative source root',
    reportPath: 'only-a.ts',
    report: { roots: ['src'] },
    context: { reportPath: 'packages/a/coverage.xml' },
    expected: 'packages/a/src/only-a.ts',
  },
  {
    name: 'relative path matched as a unique suffix',
    reportPath: 'src/only-b.ts',
    expected: 'packages/b/src/only-b.ts',
  },
  {
    name: 'relative path that is only a partial suffix',
    reportPath: 'other/only-b.ts',
    expected: 'unmatched',
  },
  {
    name: 'ambiguous relative suffix',
    reportPath: 'lib/shared.ts',
    expected: { ambiguous: ['packages/b/lib/shared.ts', 'packages/c/lib/shared.ts'] },
  },
  { name: 'parent folder outside the repository', reportPath: '../secrets/x.ts', expected: 'unmatched' },
  {
    name: 'parent folder above a package report',
    reportPath: '../../../../etc/passwd',
    context: { reportPath: 'packages/a/coverage/lcov.info' },
    expected: 'unmatched',
  },
  {
    name: 'stripPrefixes',
    reportPath: '/workspace/build/src/x.ts',
    context: { options: { stripPrefixes: ['/workspace/build'] } },
    expected: 'src/x.ts',
  },
  {
    name: 'stripPrefixes with Windows separators',
    reportPath: 'C:\\agent\\_work\\1\\s\\lib\\util.py',
    context: { options: { stripPrefixes: ['C:\\agent\\_work\\1\\s'] } },
    expected: 'lib/util.py',
  },
  {
    name: 'rewrite resolving an ambiguity',
    reportPath: '/app/lib/shared.ts',
    context: { options: { rewrite: [{ from: '/app', to: 'packages/c' }] } },
    expected: 'packages/c/lib/shared.ts',
  },
  {
    name: 'rewrite to a package folder',
    reportPath: 'dist/only-a.ts',
    context: { options: { rewrite: [{ from: 'dist', to: 'packages/a/src' }] } },
    expected: 'packages/a/src/only-a.ts',
  },
  { name: 'empty path', reportPath: '', expected: 'unmatched' },
  { name: 'tracked name with a backslash', reportPath: 'src/back\\slash.js', expected: 'src/back\\slash.js' },
  { name: 'backslash name with ./', reportPath: './src/back\\slash.js', expected: 'src/back\\slash.js' },
  {
    name: 'backslash name under the runner root',
    reportPath: '/home/runner/work/repo/repo/src/back\\slash.js',
    context: { repositoryRoot: '/home/runner/work/repo/repo' },
    expected: 'src/back\\slash.js',
  },
  {
    name: 'package-relative backslash name',
    reportPath: 'src/a\\b.ts',
    context: { reportPath: 'packages/a/coverage/lcov.info' },
    expected: 'packages/a/src/a\\b.ts',
  },
  { name: 'Windows separators without such a name', reportPath: 'src\\back\\slash.js', expected: 'src/back/slash.js' },
  { name: 'untracked backslash name', reportPath: 'src\\app\\main.ts', expected: 'src/app/main.ts' },
];

describe('ReportPathResolver', () => {
  it.each(cases)('maps $name', ({ reportPath, expected, context, report }) => {
    const resolver = new ReportPathResolver(
      { roots: report?.roots ?? [], modulePath: report?.modulePath },
      { trackedFiles: index, ...context },
    );

    const resolution = resolver.resolve(reportPath);

    if (expected === 'unmatched') {
      expect(resolution.kind).toBe('unmatched');
    } else if (typeof expected === 'string') {
      expect(resolution).toEqual({ kind: 'matched', path: expected });
    } else {
      expect(resolution.kind).toBe('ambiguous');
      expect(resolution.kind === 'ambiguous' ? [...resolution.candidates].sort() : []).toEqual(expected.ambiguous);
    }
  });

  it('marks paths outside the repository', () => {
    const resolver = new ReportPathResolver({ roots: [] }, { trackedFiles: index, reportPath: 'coverage/lcov.info' });

    expect(resolver.resolve('../../outside.ts')).toEqual({ kind: 'unmatched', outside: true });
  });

  it('rejects an empty rewrite source', () => {
    expect(
      () => new ReportPathResolver({ roots: [] }, { trackedFiles: index, options: { rewrite: [{ from: '', to: 'x' }] } }),
    ).toThrow(ConfigError);
  });
});

function report(paths: string[], source = 'coverage/lcov.info'): ParsedReport {
  return {
    format: 'lcov',
    source,
    files: paths.map((path) => withTables({ path, lines: [-1, 1] })),
    roots: [],
    warnings: [],
  };
}

describe('mapReportPaths', () => {
  it('splits matched, unmatched and ambiguous paths', () => {
    const result = mapReportPaths(report(['src/x.ts', '/opt/elsewhere/nothing.ts', 'lib/shared.ts', '../up.ts']), {
      trackedFiles: index,
      reportPath: 'coverage/lcov.info',
    });

    expect(result.files.map((file) => file.path)).toEqual(['src/x.ts']);
    expect(withRecordObjects(result.files[0]!).lines).toEqual([-1, 1]);
    expect(result.unmatched).toEqual(['/opt/elsewhere/nothing.ts', '../up.ts']);
    expect(result.ambiguous).toEqual([
      { reportPath: 'lib/shared.ts', candidates: ['packages/b/lib/shared.ts', 'packages/c/lib/shared.ts'] },
    ]);
  });

  it('keeps both records of one file', () => {
    const result = mapReportPaths(report(['./src/x.ts', 'src/x.ts']), { trackedFiles: index });

    expect(result.files.map((file) => file.path)).toEqual(['src/x.ts', 'src/x.ts']);
  });

  it('does not modify the report', () => {
    const input = report(['/app/src/x.ts']);

    mapReportPaths(input, { trackedFiles: index });

    expect(input.files[0]?.path).toBe('/app/src/x.ts');
  });

  it('rejects a report with no match', () => {
    const input = report(['/ci/other/a.rs', '/ci/other/b.rs', '/ci/other/c.rs', '/ci/other/d.rs'], 'out/lcov.info');
    const run = (): unknown => mapReportPaths(input, { trackedFiles: index });

    expect(run).toThrow(UserError);
    expect(run).toThrow(/No file in out\/lcov\.info matched a file in the repository/);
    expect(run).toThrow(/Report paths: \/ci\/other\/a\.rs, \/ci\/other\/b\.rs, \/ci\/other\/c\.rs\./);
    expect(run).toThrow(/Repository files: src\/x\.ts, src\/app\/main\.ts, packages\/a\/src\/x\.ts\./);
    expect(run).toThrow(/coverage\.pathMapping/);
  });

  it('accepts an empty report', () => {
    expect(mapReportPaths(report([]), { trackedFiles: index }).files).toEqual([]);
  });

  it('writes warnings for skipped paths', () => {
    const result = mapReportPaths(report(['src/x.ts', '/opt/nothing.ts', 'lib/shared.ts']), { trackedFiles: index });

    const warnings = mappingWarnings('coverage/lcov.info', result);

    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('lib/shared.ts matches several repository files');
    expect(warnings[1]).toContain('1 path(s) matched no file');
  });

  it('shortens a huge path in messages', () => {
    const huge = `/opt/${'x'.repeat(100_000)}.ts`;
    const result = mapReportPaths(report(['src/x.ts', huge]), { trackedFiles: index });

    const warnings = mappingWarnings('coverage/lcov.info', result);

    expect(warnings[0]!.length).toBeLessThan(1_000);
    expect(warnings[0]).toContain('xx.ts (100008 characters)');
    expect(() => mapReportPaths(report([huge]), { trackedFiles: index })).toThrow(/^(?!.{2000})/s);
  });
});

describe('mapping at scale', () => {
  it('maps 20,000 paths against 100,000 files quickly', () => {
    const files: string[] = [];
    for (let pkg = 0; pkg < 1000; pkg++) {
      for (let file = 0; file < 100; file++) files.push(`packages/p${pkg}/src/dir${file % 7}/index${file}.ts`);
    }
    const started = performance.now();
    const large = new TrackedFileIndex(files);
    const paths = files.filter((_, position) => position % 5 === 0).map((path) => `/home/runner/work/r/r/${path}`);

    const result = mapReportPaths(report(paths), { trackedFiles: large });
    const elapsed = performance.now() - started;

    expect(result.files).toHaveLength(paths.length);
    expect(result.unmatched).toEqual([]);
    // A loose bound that only a scan of all files per path would exceed.
    expect(elapsed).toBeLessThan(10_000);
  });
});
