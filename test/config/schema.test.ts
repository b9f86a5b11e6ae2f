import { describe, expect, it } from 'vitest';
import schema from '../../schema/testmaster.schema.json' with { type: 'json' };
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfigText } from '../../src/config/parse-config-text.js';
import { ConfigError } from '../../src/errors.js';

const FILE = '.github/testmaster.yml';

function errorOf(text: string): ConfigError {
  try {
    parseConfigText(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('valid configs', () => {
  const cases = [
    { name: 'empty file', text: '', expected: {} },
    { name: 'only comments', text: '# nothing yet\n', expected: {} },
    { name: 'thresholds with 2 decimals', text: 'coverage:\n  thresholds:\n    lines: 0.07\n    branches: 66.67\n', expected: { coverage: { thresholds: { lines: 0.07, branches: 66.67 } } } },
    { name: 'null unsets a threshold', text: 'coverage:\n  thresholds:\n    lines: null\n', expected: { coverage: { thresholds: { lines: null } } } },
    {
      name: 'full example',
      text: [
        'report:',
        '  name: Backend',
        'stages: [coverage]',
        'coverage:',
        '  reports: [coverage/lcov.info, "packages/*/coverage.xml"]',
        '  format: cobertura',
        '  paths:',
        '    - glob: "src/{core,api}/**"',
        '      thresholds: { lines: 90 }',
        '  patch: { threshold: 80, include: ["src/**"], exclude: ["**/*.spec.ts"] }',
        '  base: { maxDrop: { lines: 0.5 }, tolerance: 0.05, report: base.json }',
        '  pathMapping: { stripPrefixes: [/home/runner/work/app/], rewrite: [{ from: /app/, to: "" }], roots: [packages/api] }',
        '  html: { enabled: true, dir: out/html }',
      ].join('\n'),
      expected: {
        report: { name: 'Backend' },
        stages: ['coverage'],
        coverage: {
          reports: ['coverage/lcov.info', 'packages/*/coverage.xml'],
          format: 'cobertura',
          paths: [{ glob: 'src/{core,api}/**', thresholds: { lines: 90 } }],
          patch: { threshold: 80, include: ['src/**'], exclude: ['**/*.spec.ts'] },
          base: { maxDrop: { lines: 0.5 }, tolerance: 0.05, report: 'base.json' },
          pathMapping: { stripPrefixes: ['/home/runner/work/app/'], rewrite: [{ from: '/app/', to: '' }], roots: ['packages/api'] },
          html: { enabled: true, dir: 'out/html' },
        },
      },
    },
  ];

  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseConfigText(text, FILE)).toEqual(expected);
  });
});

describe('impact configs', () => {
  it('accepts a full impact section', () => {
    const text = [
      'stages: [impact]',
      'impact:',
      '  tests: { include: ["e2e/**/*.e2e.ts"], exclude: ["**/fixtures/**"] }',
      '  triggers: ["scripts/build.mjs"]',
      '  typeOnlyEdgesRun: true',
      '  suites:',
      '    - name: gpu-models',
      '      paths: ["models/**"]',
      '      tier: daily',
      '      runsOn: [self-hosted, gpu]',
      '  sensitivePaths: ["src/billing/**"]',
      '  risk: { weights: { churn: 20 }, levels: { high: 60 } }',
      '  cache: { enabled: false, path: .cache/scan.json }',
    ].join('\n');

    const values = parseConfigText(text, FILE);

    expect(values.impact?.suites?.[0]).toEqual({ name: 'gpu-models', paths: ['models/**'], tier: 'daily', runsOn: ['self-hosted', 'gpu'] });
    expect(values.impact?.risk).toEqual({ weights: { churn: 20 }, levels: { high: 60 } });
  });

  it.each([
    { name: 'unknown tier', text: 'impact:\n  suites:\n    - { name: a, paths: [x], tier: yearly }\n', key: 'impact.suites[0].tier', expected: 'got "yearly"' },
    { name: 'suite without paths', text: 'impact:\n  suites:\n    - { name: a }\n', key: 'impact.suites[0]', expected: 'paths' },
    { name: 'repeated suite name', text: 'impact:\n  suites:\n    - { name: a, paths: [x] }\n    - { name: a, paths: [y] }\n', key: 'impact.suites[1].name', expected: 'repeats the suite name "a"' },
    { name: 'trigger outside the repository', text: 'impact:\n  triggers: ["../other/**"]\n', key: 'impact.triggers[0]', expected: '".." segment' },
    { name: 'cache path in .git', text: 'impact:\n  cache:\n    path: .git/HEAD\n', key: 'impact.cache.path', expected: 'inside the .git folder' },
    { name: 'cache path outside the repository', text: 'impact:\n  cache:\n    path: ../cache.json\n', key: 'impact.cache.path', expected: '".." segment' },
    { name: 'empty stage list', text: 'stages: []\n', key: 'stages', expected: 'must list at least 1 item' },
    { name: 'unknown risk factor', text: 'impact:\n  risk:\n    weights: { luck: 5 }\n', key: 'impact.risk.weights.luck', expected: 'diffSize' },
  ])('rejects $name', ({ text, key, expected }) => {
    const error = errorOf(text);

    expect(error.message).toContain(key);
    expect(error.message).toContain(expected);
  });
});

describe('invalid configs', () => {
  const cases = [
    {
      name: 'threshold above 100',
      text: 'coverage:\n  thresholds:\n    lines: 120\n',
      line: 3,
      key: 'coverage.thresholds.lines',
      expected: ['a number from 0 to 100 with at most 2 decimals, or null', 'got 120'],
    },
    {
      name: 'threshold with 3 decimals',
      text: 'coverage:\n  thresholds:\n    functions: 80.123\n',
      line: 3,
      key: 'coverage.thresholds.functions',
      expected: ['with at most 2 decimals', 'got 80.123'],
    },
    {
      name: 'threshold as text',
      text: 'coverage:\n\n  thresholds:\n    branches: high\n',
      line: 4,
      key: 'coverage.thresholds.branches',
      expected: ['must be a number', 'got "high"'],
    },
    {
      name: 'unknown format',
      text: 'coverage:\n  format: lcv\n',
      line: 2,
      key: 'coverage.format',
      expected: ['one of auto, lcov, istanbul-json, istanbul-summary, cobertura, clover, jacoco, go', 'Did you mean "lcov"?'],
    },
    {
      name: 'misspelled key',
      text: 'coverage:\n  patch:\n    threshhold: 80\n',
      line: 3,
      key: 'coverage.patch.threshhold',
      expected: ['is not a known key', 'Allowed keys here: threshold, include, exclude', 'Did you mean "threshold"?'],
    },
    {
      name: 'unknown top-level key',
      text: 'report:\n  name: x\ncoverge: {}\n',
      line: 3,
      key: 'coverge',
      expected: ['Allowed keys here: report, stages, coverage', 'Did you mean "coverage"?'],
    },
    {
      name: 'unknown metric',
      text: 'coverage:\n  thresholds:\n    methods: 80\n',
      line: 3,
      key: 'coverage.thresholds.methods',
      expected: ['Allowed keys here: lines, branches, functions, statements, classes'],
    },
    {
      name: 'unknown stage',
      text: 'stages: [coverage, dispatch]\n',
      line: 1,
      key: 'stages[1]',
      expected: ['must be one of coverage, impact', 'got "dispatch"'],
    },
    {
      name: 'path rule without glob',
      text: 'coverage:\n  paths:\n    - thresholds: { lines: 80 }\n',
      line: 3,
      key: 'coverage.paths[0]',
      expected: ['missing the required key "glob"'],
    },
    {
      name: 'reports as a string',
      text: 'coverage:\n  reports: coverage/lcov.info\n',
      line: 2,
      key: 'coverage.reports',
      expected: ['must be a list', 'got "coverage/lcov.info"'],
    },
    {
      name: 'html enabled as text',
      text: 'coverage:\n  html:\n    enabled: "yes"\n',
      line: 3,
      key: 'coverage.html.enabled',
      expected: ['must be true or false'],
    },
    {
      name: 'negative tolerance',
      text: 'coverage:\n  base:\n    tolerance: -1\n',
      line: 3,
      key: 'coverage.base.tolerance',
      expected: ['a number from 0 to 100'],
    },
    {
      name: 'empty report name',
      text: 'report:\n  name: ""\n',
      line: 2,
      key: 'report.name',
      expected: ['a string of 1 to 100 characters'],
    },
    {
      name: 'list at the top level',
      text: '- coverage\n',
      line: 1,
      key: 'the top level',
      expected: ['must be a mapping', 'got a list'],
    },
    {
      name: 'unclosed bracket in a glob',
      text: 'coverage:\n  paths:\n    - glob: "src/[ab"\n      thresholds: { lines: 80 }\n',
      line: 3,
      key: 'coverage.paths[0].glob',
      expected: ['is not a valid glob ("src/[ab")', 'Missing closing: "]"'],
    },
    {
      name: 'unclosed brace in a glob',
      text: 'coverage:\n  patch:\n    include:\n      - "src/**"\n      - "src/{a,b"\n',
      line: 5,
      key: 'coverage.patch.include[1]',
      expected: ['is not a valid glob ("src/{a,b")', 'Missing closing: "}"'],
    },
    {
      name: 'absolute glob',
      text: 'coverage:\n  patch:\n    exclude: [/repo/src/**]\n',
      line: 3,
      key: 'coverage.patch.exclude[0]',
      expected: ['is an absolute path ("/repo/src/**")', 'such as "repo/src/**"'],
    },
    {
      name: 'glob leaving the repository',
      text: 'coverage:\n  paths:\n    - glob: ../lib/**\n      thresholds: {}\n',
      line: 3,
      key: 'coverage.paths[0].glob',
      expected: ['contains a ".." segment ("../lib/**")'],
    },
    {
      name: 'invalid report glob',
      text: 'coverage:\n  reports: ["coverage/[x"]\n',
      line: 2,
      key: 'coverage.reports[0]',
      expected: ['is not a valid glob'],
    },
  ];

  it.each(cases)('$name', ({ text, line, key, expected }) => {
    const error = errorOf(text);
    expect(error.message).toContain(`${FILE} line ${line}: ${key} `);
    for (const part of expected) expect(error.message).toContain(part);
  });

  it('lists every problem in line order', () => {
    const error = errorOf('coverage:\n  format: x\n  thresholds:\n    lines: 101\nstages: 3\n');
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\.github\/testmaster\.yml line 2: coverage\.format/);
    expect(lines[1]).toMatch(/^\.github\/testmaster\.yml line 4: coverage\.thresholds\.lines/);
    expect(lines[2]).toMatch(/^\.github\/testmaster\.yml line 5: stages must be a list/);
  });

  it.each([
    { name: 'unclosed flow sequence', text: 'coverage:\n  reports: [a\n', position: /line \d+, column \d+: invalid YAML/ },
    { name: 'duplicate key', text: 'coverage: {}\ncoverage: {}\n', position: /line 2, column 1: invalid YAML: Map keys must be unique/ },
    { name: 'tab indentation', text: 'coverage:\n\tformat: lcov\n', position: /line 2, column 1: invalid YAML/ },
  ])('YAML syntax: $name', ({ text, position }) => {
    const error = errorOf(text);
    expect(error.message).toMatch(new RegExp(`^${FILE.replaceAll('.', '\\.')} `));
    expect(error.message).toMatch(position);
  });
});

describe('schema', () => {
  it('declares draft 2020-12 with an id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('describes every property with a default', () => {
    const missing: string[] = [];
    visitProperties(schema, '', (path, node, required) => {
      if (typeof node['description'] !== 'string') missing.push(`${path}: description`);
      // A required property has no default, because the user always writes it.
      if (!required && !('default' in node)) missing.push(`${path}: default`);
    });
    expect(missing).toEqual([]);
  });

  it('repeats the built-in defaults', () => {
    const defaults = defaultConfig();
    const coverage = schema.properties.coverage.properties;
    expect(schema.properties.report.properties.name.default).toBe(defaults.report.name);
    expect(schema.properties.stages.default).toEqual(defaults.stages);
    expect(coverage.reports.default).toEqual(defaults.coverage.reports);
    expect(coverage.format.default).toBe(defaults.coverage.format);
    expect(coverage.patch.properties.include.default).toEqual(defaults.coverage.patch.include);
    expect(coverage.patch.properties.exclude.default).toEqual(defaults.coverage.patch.exclude);
    expect(coverage.patch.properties.threshold.default).toBe(defaults.coverage.patch.threshold);
    expect(coverage.base.properties.tolerance.default).toBe(defaults.coverage.base.tolerance);
    expect(coverage.base.properties.report.default).toBe(defaults.coverage.base.report);
    expect(coverage.html.properties.enabled.default).toBe(defaults.coverage.html.enabled);
    expect(coverage.html.properties.dir.default).toBe(defaults.coverage.html.dir);
  });
});

type SchemaNode = Record<string, unknown>;

function visitProperties(node: SchemaNode, path: string, visit: (path: string, node: SchemaNode, required: boolean) => void): void {
  const properties = node['properties'] as Record<string, SchemaNode> | undefined;
  const required = (node['required'] as string[] | undefined) ?? [];
  for (const [key, child] of Object.entries(properties ?? {})) {
    visit(`${path}.${key}`, child, required.includes(key));
    visitProperties(child, `${path}.${key}`, visit);
  }
  const items = node['items'] as SchemaNode | undefined;
  if (items) visitProperties(items, `${path}[]`, visit);
}

describe('alias expansion', () => {
  it.each([
    { name: 'a number', text: 'coverage:\n  thresholds: { <<: 5 }\n', line: 2 },
    { name: 'an unknown alias', text: 'coverage:\n  thresholds:\n    <<: *nope\n', line: 3 },
    { name: 'an alias of a list', text: 'coverage:\n  reports: &r [a.info]\n  thresholds: { <<: *r }\n', line: 3 },
  ])('rejects a merge key of $name', ({ text, line }) => {
    expect(() => parseConfigText(text, FILE)).toThrow(new RegExp(`line ${line}, column \\d+: invalid YAML: a merge key \\(<<\\) must name a mapping`));
  });

  it('merges a merge key', () => {
    const text = 'coverage:\n  thresholds: &strict { lines: 90, branches: 80 }\n  paths:\n    - glob: src/**\n      thresholds: { <<: *strict, lines: 95 }\n';

    const config = parseConfigText(text, FILE);

    expect(config.coverage?.paths?.[0]?.thresholds).toEqual({ lines: 95, branches: 80 });
  });

  it('rejects an alias bomb', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (let level = 1; level < 7; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    expect(() => parseConfigText(levels.join('\n'), '.github/testmaster.yml')).toThrow(
      /\.github\/testmaster\.yml: invalid YAML: .*alias/i,
    );
  });
});

describe('risk level order', () => {
  it('rejects high below medium', () => {
    const error = errorOf('impact:\n  risk:\n    levels:\n      medium: 50\n      high: 20\n      critical: 80\n');

    expect(error.message).toBe(
      '.github/testmaster.yml line 5: impact.risk.levels.high is 20, below impact.risk.levels.medium (50). ' +
        'The thresholds must rise from medium to high to critical (defaults 25, 50 and 75), so raise high or lower medium.',
    );
  });

  it('compares with the defaults', () => {
    const error = errorOf('impact:\n  risk:\n    levels:\n      critical: 40\n');

    expect(error.message).toBe(
      '.github/testmaster.yml line 4: impact.risk.levels.critical is 40, below impact.risk.levels.high (50, the default). ' +
        'The thresholds must rise from medium to high to critical (defaults 25, 50 and 75), so raise critical or lower high.',
    );
  });

  it('accepts equal thresholds', () => {
    expect(parseConfigText('impact:\n  risk:\n    levels:\n      medium: 50\n      high: 50\n', FILE)).toEqual({
      impact: { risk: { levels: { medium: 50, high: 50 } } },
    });
  });
});

describe('file that is not a config', () => {
  // YAML folds the 40 lines of 31 characters into one plain string of 1,279 characters.
  const text = 'root:x:0:0:root:/root:/bin/bash\n'.repeat(40);

  it('does not quote the content', () => {
    const error = errorOf(text);

    expect(error.message).not.toContain('root:x:0:0');
    expect(error.message.length).toBeLessThan(400);
  });

  it('names the file, line and fix', () => {
    const error = errorOf(text);

    expect(error.message).toBe(
      '.github/testmaster.yml line 1: the top level must be a mapping of settings such as "coverage:" and "impact:"; ' +
        'got a string of 1,279 characters. Check that the file is a TestMaster config.',
    );
  });

  it('shortens a long string value', () => {
    const error = errorOf(`report:\n  name: ${'x'.repeat(500)}\n`);

    expect(error.message).toContain('report.name must be a string of 1 to');
    expect(error.message).toContain('got a string of 500 characters');
    expect(error.message).not.toContain('x'.repeat(100));
  });
});

describe('many problems', () => {
  it('lists the first ten and counts the rest', () => {
    const keys = Array.from({ length: 14 }, (_, index) => `key${index}: 1`).join('\n');
    const error = errorOf(keys);
    const lines = error.message.split('\n');

    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('.github/testmaster.yml line 1: key0 is not a known key. Allowed keys here: report, stages, coverage, impact, validate.');
    expect(lines[10]).toBe('.github/testmaster.yml: 4 more problems are not listed. Check that the file is a TestMaster config.');
  });

  it('counts syntax errors the same way', () => {
    const error = errorOf(Array.from({ length: 14 }, () => 'a: b: c').join('\n'));

    expect(error.message.split('\n').length).toBeLessThanOrEqual(11);
    expect(error.message).toMatch(/more problems are not listed/);
  });
});
