import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORTS, defaultConfig } from '../../src/config/defaults.js';
import { loadConfig, readConfigFile } from '../../src/config/load.js';
import { resolveConfig } from '../../src/config/merge.js';
import type { ConfigInput } from '../../src/config/types.js';
import { ConfigError } from '../../src/errors.js';

function file(values: ConfigInput) {
  return { file: '.github/testmaster.yml', absolutePath: '/repo/.github/testmaster.yml', values };
}

describe('resolveConfig precedence', () => {
  it('uses the defaults without a file', () => {
    const config = resolveConfig({ file: null });
    expect(config).toEqual(defaultConfig());
    expect(config.coverage.reports).toEqual(DEFAULT_REPORTS);
    expect(config.coverage.reportsFromDefaults).toBe(true);
    expect(config.file).toBeNull();
  });

  const cases: { name: string; file: ConfigInput | null; overrides: ConfigInput[]; read: (config: ReturnType<typeof resolveConfig>) => unknown; expected: unknown }[] = [
    { name: 'file over default', file: { report: { name: 'Web' } }, overrides: [], read: (c) => c.report.name, expected: 'Web' },
    { name: 'override over file', file: { report: { name: 'Web' } }, overrides: [{ report: { name: 'CLI' } }], read: (c) => c.report.name, expected: 'CLI' },
    { name: 'later override wins', file: null, overrides: [{ coverage: { format: 'lcov' } }, { coverage: { format: 'go' } }], read: (c) => c.coverage.format, expected: 'go' },
    {
      name: 'thresholds merge per metric',
      file: { coverage: { thresholds: { lines: 80, branches: 70 } } },
      overrides: [{ coverage: { thresholds: { branches: 75, functions: 60 } } }],
      read: (c) => c.coverage.thresholds,
      expected: { lines: 80, branches: 75, functions: 60 },
    },
    {
      name: 'null removes a threshold',
      file: { coverage: { thresholds: { lines: 80, branches: 70 } } },
      overrides: [{ coverage: { thresholds: { branches: null } } }],
      read: (c) => c.coverage.thresholds,
      expected: { lines: 80 },
    },
    { name: 'lists replace', file: { coverage: { patch: { exclude: ['a/**'] } } }, overrides: [], read: (c) => c.coverage.patch.exclude, expected: ['a/**'] },
    { name: 'unset keys keep defaults', file: { coverage: { patch: { threshold: 80 } } }, overrides: [], read: (c) => c.coverage.patch.include, expected: defaultConfig().coverage.patch.include },
    { name: 'reports replace defaults', file: { coverage: { reports: ['out/lcov.info'] } }, overrides: [], read: (c) => [c.coverage.reports, c.coverage.reportsFromDefaults], expected: [['out/lcov.info'], false] },
    { name: 'maxDrop merges', file: { coverage: { base: { maxDrop: { lines: 1 } } } }, overrides: [{ coverage: { base: { maxDrop: { branches: 2 }, tolerance: 0.1 } } }], read: (c) => c.coverage.base, expected: { maxDrop: { lines: 1, branches: 2 }, tolerance: 0.1, report: null } },
    { name: 'path rules drop null metrics', file: { coverage: { paths: [{ glob: 'src/**', thresholds: { lines: 90, branches: null } }] } }, overrides: [], read: (c) => c.coverage.paths, expected: [{ glob: 'src/**', thresholds: { lines: 90 } }] },
  ];

  it.each(cases)('$name', ({ file: values, overrides, read, expected }) => {
    const config = resolveConfig({
      file: values ? file(values) : null,
      overrides: overrides.map((override, index) => ({ origin: `--flag-${index}`, values: override })),
    });
    expect(read(config)).toEqual(expected);
  });

  it('merges impact settings over the defaults', () => {
    const config = resolveConfig({
      file: file({ impact: { suites: [{ name: 'e2e', paths: ['apps/**'] }], risk: { weights: { churn: 1 } } } }),
      overrides: [{ origin: '--flag', values: { impact: { typeOnlyEdgesRun: true } } }],
    });

    expect(config.impact.suites).toEqual([{ name: 'e2e', paths: ['apps/**'], tier: 'continuous', runsOn: [] }]);
    expect(config.impact.risk.weights.churn).toBe(1);
    expect(config.impact.risk.weights.diffSize).toBe(defaultConfig().impact.risk.weights.diffSize);
    expect(config.impact.typeOnlyEdgesRun).toBe(true);
  });

  it('does not change the defaults', () => {
    resolveConfig({ file: file({ coverage: { thresholds: { lines: 10 } } }) });
    expect(defaultConfig().coverage.thresholds).toEqual({});
  });
});

describe('invalid overrides', () => {
  it.each([
    { origin: '--threshold', values: { coverage: { thresholds: { lines: 101 } } }, expected: 'Invalid value from --threshold: coverage.thresholds.lines must be a number from 0 to 100' },
    { origin: 'input format', values: { coverage: { format: 'lcovv' } }, expected: 'Invalid value from input format: coverage.format must be one of auto' },
    { origin: '--path-threshold', values: { coverage: { paths: [{ glob: '/abs/**', thresholds: {} }] } }, expected: 'Invalid value from --path-threshold: coverage.paths[0].glob is an absolute path' },
  ])('$origin names the origin', ({ origin, values, expected }) => {
    const resolve = () => resolveConfig({ file: null, overrides: [{ origin, values: values as ConfigInput }] });
    expect(resolve).toThrow(ConfigError);
    expect(resolve).toThrow(expected);
    expect(resolve).not.toThrow(/line \d/);
  });
});

describe('reading the file', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'testmaster-config-'));
    await mkdir(path.join(root, '.github'));
    await writeFile(path.join(root, '.github/testmaster.yml'), 'coverage:\n  thresholds:\n    lines: 85\n');
    await writeFile(path.join(root, 'broken.yml'), 'coverage:\n  thresholds:\n    lines: 850\n');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads the default location', async () => {
    const config = await loadConfig(root, { overrides: [{ origin: '--threshold', values: { coverage: { thresholds: { branches: 50 } } } }] });
    expect(config.file).toBe('.github/testmaster.yml');
    expect(config.coverage.thresholds).toEqual({ lines: 85, branches: 50 });
  });

  it('returns null when the default file is missing', async () => {
    expect(await readConfigFile(path.join(root, '.github'))).toBeNull();
  });

  it('rejects a named file that is missing', async () => {
    await expect(readConfigFile(root, 'missing.yml')).rejects.toThrow('Config file missing.yml was not found');
  });

  it('names the file and line of an invalid value', async () => {
    await expect(readConfigFile(root, 'broken.yml')).rejects.toThrow('broken.yml line 3: coverage.thresholds.lines must be a number from 0 to 100');
  });

  it('reads a named file from the given folder', async () => {
    const config = await readConfigFile(path.join(root, 'elsewhere'), 'testmaster.yml', path.join(root, '.github'));

    expect(config?.file).toBe('testmaster.yml');
    expect(config?.values.coverage?.thresholds).toEqual({ lines: 85 });
  });

  it('names the folder of a missing named file', async () => {
    const folder = path.join(root, 'packages', 'web');

    await expect(readConfigFile(root, 'missing.yml', folder)).rejects.toThrow(`Config file missing.yml was not found. Check the path, which is relative to ${folder}.`);
  });
});
