import { describe, expect, it } from 'vitest';
import type { Finding, SourceText } from '../../../src/validate/model.js';
import { parseScript, type ParsedScript } from '../../../src/validate/parse/parse-source.js';
import { applySuppressions } from '../../../src/validate/suppress/apply.js';

function findingOn(path: string, ruleId: string, line: number): Finding {
  return {
    ruleId,
    level: 'error',
    path,
    range: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
    message: `${ruleId} on line ${line}`,
    tool: 'testmaster',
  };
}

/** Runs the suppressions of one file; scripts are parsed unless `parse` is false. */
function suppress(path: string, text: string, findings: Finding[], parse = true) {
  const source: SourceText = { path, text };
  const parsed = new Map<string, ParsedScript>();
  if (parse && /\.[cm]?[jt]sx?$/.test(path)) {
    const outcome = parseScript(source);
    if (!outcome.ok) throw new Error(outcome.error.message);
    parsed.set(path, outcome.script);
  }
  return applySuppressions(findings, new Map([[path, source]]), parsed);
}

function ids(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.ruleId}@${finding.range.startLine}`);
}

interface Case {
  name: string;
  path: string;
  text: string;
  findings: [string, number][];
  parse?: boolean;
  kept: string[];
  suppressed: string[];
  extra?: string[];
}

const cases: Case[] = [
  {
    name: 'next-line directive with reason',
    path: 'a.ts',
    text: '// testmaster-disable-next-line security/eval -- input is a constant\neval(x);\n',
    findings: [['security/eval', 2]],
    kept: [],
    suppressed: ['security/eval@2'],
  },
  {
    name: 'next-line directive on another line',
    path: 'a.ts',
    text: '// testmaster-disable-next-line security/eval -- input is a constant\n\neval(x);\n',
    findings: [['security/eval', 3]],
    kept: ['security/eval@3'],
    suppressed: [],
    extra: ['suppress/unused@1'],
  },
  {
    name: 'block directive with two rules',
    path: 'a.js',
    text: 'run(x); /* testmaster-disable-line rule-a, rule-b -- both are known */\n',
    findings: [['rule-a', 1], ['rule-b', 1], ['rule-c', 1]],
    kept: ['rule-c@1'],
    suppressed: ['rule-a@1', 'rule-b@1'],
  },
  {
    name: 'prefix glob',
    path: 'a.ts',
    text: 'eval(x); // testmaster-disable-line security/* -- reviewed\n',
    findings: [['security/eval', 1], ['standards/naming', 1]],
    kept: ['standards/naming@1'],
    suppressed: ['security/eval@1'],
  },
  {
    name: 'missing reason suppresses nothing',
    path: 'a.ts',
    text: '// testmaster-disable-next-line security/eval\neval(x);\n',
    findings: [['security/eval', 2]],
    kept: ['security/eval@2'],
    suppressed: [],
    extra: ['suppress/missing-reason@1'],
  },
  {
    name: 'empty reason after separator',
    path: 'a.ts',
    text: 'eval(x); // testmaster-disable-line security/eval --   \n',
    findings: [['security/eval', 1]],
    kept: ['security/eval@1'],
    suppressed: [],
    extra: ['suppress/missing-reason@1'],
  },
  {
    name: 'partly unused directive',
    path: 'a.ts',
    text: 'eval(x); // testmaster-disable-line security/eval, security/other -- reviewed\n',
    findings: [['security/eval', 1]],
    kept: [],
    suppressed: ['security/eval@1'],
    extra: ['suppress/unused@1'],
  },
  {
    name: 'file directive',
    path: 'generated.ts',
    text: 'export const a_b = 1;\n/* testmaster-disable-file standards/* -- generated code */\nexport const c_d = 2;\n',
    findings: [['standards/naming', 1], ['standards/naming', 3], ['security/eval', 3]],
    kept: ['security/eval@3'],
    suppressed: ['standards/naming@1', 'standards/naming@3'],
  },
  {
    name: 'directive inside a string',
    path: 'a.ts',
    text: 'const s = "// testmaster-disable-line security/eval -- no"; eval(s);\n',
    findings: [['security/eval', 1]],
    kept: ['security/eval@1'],
    suppressed: [],
  },
  {
    name: 'directive inside a template literal',
    path: 'a.ts',
    text: 'const s = `\n// testmaster-disable-next-line security/eval -- no\n`;\neval(s);\n',
    findings: [['security/eval', 3]],
    kept: ['security/eval@3'],
    suppressed: [],
  },
  {
    name: 'JSDoc block before the line',
    path: 'a.ts',
    text: '/**\n * testmaster-disable-next-line security/eval -- the input is\n * a constant\n */\neval(x);\n',
    findings: [['security/eval', 5]],
    kept: [],
    suppressed: ['security/eval@5'],
  },
  {
    name: 'script that did not parse',
    path: 'broken.ts',
    text: 'const x = ;\neval(y); // testmaster-disable-line security/eval -- reviewed\nconst z = "// testmaster-disable-line security/eval -- no"; eval(z);\n',
    parse: false,
    findings: [['security/eval', 2], ['security/eval', 3]],
    kept: ['security/eval@3'],
    suppressed: ['security/eval@2'],
  },
  {
    name: 'YAML comments and block scalars',
    path: '.github/workflows/ci.yml',
    text: [
      'on: push',
      '# testmaster-disable-next-line workflow/permissions -- set by the organization',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest # testmaster-disable-line workflow/runner -- reviewed',
      '    steps:',
      '      - run: |',
      '          # testmaster-disable-next-line workflow/injection -- the title is quoted',
      '          echo "${{ github.event.pull_request.title }}"',
      "      - run: echo '# testmaster-disable-line workflow/other -- in a string'",
      "      - name: Don't deploy # testmaster-disable-line workflow/name -- apostrophe in a plain scalar",
      '',
    ].join('\n'),
    findings: [
      ['workflow/permissions', 3],
      ['workflow/runner', 5],
      ['workflow/injection', 9],
      ['workflow/other', 10],
      ['workflow/name', 11],
    ],
    kept: ['workflow/other@10'],
    suppressed: ['workflow/permissions@3', 'workflow/runner@5', 'workflow/injection@9', 'workflow/name@11'],
  },
  {
    name: 'shell script',
    path: 'scripts/deploy.sh',
    text: 'curl -k https://example.invalid # testmaster-disable-line security/tls -- local test server\n',
    findings: [['security/tls', 1]],
    kept: [],
    suppressed: ['security/tls@1'],
  },
  {
    name: 'JSON has no comments',
    path: 'package.json',
    text: '{ "a": "// testmaster-disable-line security/x -- no" }\n',
    findings: [['security/x', 1]],
    kept: ['security/x@1'],
    suppressed: [],
  },
  {
    name: 'unknown directive name',
    path: 'a.ts',
    text: 'eval(x); // testmaster-disable security/eval -- reviewed\n',
    findings: [['security/eval', 1]],
    kept: ['security/eval@1'],
    suppressed: [],
    extra: ['suppress/invalid@1'],
  },
  {
    name: 'directive without rules',
    path: 'a.ts',
    text: 'eval(x); // testmaster-disable-line -- reviewed\n',
    findings: [['security/eval', 1]],
    kept: ['security/eval@1'],
    suppressed: [],
    extra: ['suppress/invalid@1'],
  },
  {
    name: 'suppress findings stay',
    path: 'a.ts',
    text: 'eval(x); // testmaster-disable-line * -- everything here is reviewed\n',
    findings: [['suppress/unused', 1], ['security/eval', 1]],
    kept: ['suppress/unused@1'],
    suppressed: ['security/eval@1'],
  },
  {
    name: 'prose that mentions a directive',
    path: 'a.ts',
    text: 'eval(x); // see testmaster-disable-line in the docs\n',
    findings: [['security/eval', 1]],
    kept: ['security/eval@1'],
    suppressed: [],
  },
];

describe('applySuppressions', () => {
  it.each(cases)('$name', ({ path, text, findings, parse, kept, suppressed, extra }) => {
    const result = suppress(path, text, findings.map(([rule, line]) => findingOn(path, rule, line)), parse);

    expect(ids(result.kept)).toEqual(kept);
    expect(ids(result.suppressed.map((entry) => entry.finding))).toEqual(suppressed);
    expect(ids(result.findings)).toEqual(extra ?? []);
  });

  it('records the reason and comment range', () => {
    const text = 'eval(x); /* testmaster-disable-line security/eval --  the input\n   is a constant */\n';
    const result = suppress('a.ts', text, [findingOn('a.ts', 'security/eval', 1)]);

    expect(result.suppressed[0]?.reason).toBe('the input is a constant');
    expect(result.suppressed[0]?.comment).toEqual({ startLine: 1, startColumn: 10, endLine: 2, endColumn: 20 });
  });

  it('reports a missing reason with range and message', () => {
    const text = 'eval(x);\n  // testmaster-disable-next-line security/eval\neval(y);\n';
    const [finding] = suppress('a.ts', text, []).findings;

    expect(finding).toEqual({
      ruleId: 'suppress/missing-reason',
      level: 'warning',
      path: 'a.ts',
      range: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 48 },
      message:
        'This testmaster-disable-next-line comment gives no reason, so it suppresses nothing. ' +
        'Add the reason after --, as in: testmaster-disable-next-line security/eval -- why the finding does not apply.',
      tool: 'testmaster',
    });
  });

  it('reports an unused rule with message', () => {
    const text = '# testmaster-disable-next-line workflow/a, workflow/b -- reviewed\nrun: x\n';
    const result = suppress('ci.yml', text, [findingOn('ci.yml', 'workflow/a', 2)]);

    expect(result.findings).toEqual([
      {
        ruleId: 'suppress/unused',
        level: 'note',
        path: 'ci.yml',
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 66 },
        message:
          'No workflow/b finding is reported on line 2, so this testmaster-disable-next-line comment suppresses nothing for it. ' +
          'Remove workflow/b from the comment.',
        tool: 'testmaster',
      },
    ]);
  });

  it('explains an invalid rule id', () => {
    const result = suppress('a.ts', '// testmaster-disable-file sec*rity -- typo\n', []);

    expect(result.findings[0]?.message).toBe(
      'testmaster-disable-file names the invalid rule id "sec*rity". A * may only end an id.',
    );
  });

  it('keeps findings of files without source', () => {
    const result = applySuppressions([findingOn('other.ts', 'security/eval', 1)], new Map());

    expect(ids(result.kept)).toEqual(['security/eval@1']);
  });
});
