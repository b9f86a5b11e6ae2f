import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readPnpmPackagesList } from '../../../src/impact/resolve/packages/pnpm-workspace-list.js';
import { createFixture } from './fixture.js';
import { openResolver } from '../../../src/impact/resolve/index.js';

/** Returns the full parser's `packages` as `pnpmWorkspaceGlobs` reads it, or undefined where it would warn. */
function fullParserList(text: string): string[] | undefined {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch {
    return undefined;
  }
  const list = (document as { packages?: unknown } | null)?.packages;
  if (list === undefined) return [];
  return Array.isArray(list) && list.every((entry) => typeof entry === 'string') ? list : undefined;
}

describe('readPnpmPackagesList inside the subset', () => {
  it.each([
    ['quoted items', "packages:\n  - 'packages/*'\n  - '!packages/legacy'\n", ['packages/*', '!packages/legacy']],
    ['items at column 0', 'packages:\n- packages/*\n- apps/*\n', ['packages/*', 'apps/*']],
    ['CRLF line ends', "packages:\r\n  - 'packages/*'\r\n  - apps/*\r\n", ['packages/*', 'apps/*']],
    ['comments everywhere', '# workspace\npackages: # the list\n  - packages/* # libraries\n\n  # apps next\n  - "apps/**"\n', ['packages/*', 'apps/**']],
    [
      'other keys around',
      "catalog:\n  '@babel/parser': ^7.29.8\n  vite: ^8.2.0\n\npackages:\n  - packages/*\nminimumReleaseAge: 1440\ntrustPolicy: 'no-downgrade'\n",
      ['packages/*'],
    ],
    [
      'nested lists and maps under other keys',
      "overrides:\n  foo: 1.0.0\n  'a>b': ^2\ntrustPolicyExclude:\n  - 'vite@6.4.1' # comment\n  - semver@5.7.2\npackages:\n  - packages/*\n",
      ['packages/*'],
    ],
    ['escaped single quote', "packages:\n  - 'it''s/*'\n", ["it's/*"]],
    ['at sign inside a plain item', 'packages:\n  - tools/a@b\n', ['tools/a@b']],
    ['quoted key', "'packages':\n  - a/*\n", ['a/*']],
    ['yes as a string', 'packages:\n  - yes\n', ['yes']],
    ['no packages key', 'catalog:\n  a: ^1\n', []],
    ['empty text', '', []],
    ['comments only', '# nothing here\n\n', []],
    ['colon inside a plain value', 'registry: http://x\npackages:\n  - a\n', ['a']],
    ['keys with at signs and colons', 'patchedDependencies:\n  acorn@8.11.3: patches/acorn@8.11.3.patch\n  a:b: c\npackages:\n  - a/*\n', ['a/*']],
    ['asterisk inside a value', "catalog:\n  '@acme/ui': workspace:*\npackages:\n  - packages/*\n", ['packages/*']],
  ])('%s', (_name, text, expected) => {
    expect(readPnpmPackagesList(text)).toEqual(expected);
    expect(fullParserList(text)).toEqual(expected);
  });
});

describe('readPnpmPackagesList outside the subset', () => {
  it.each([
    ['flow list', "packages: ['a', 'b']\n"],
    ['block scalar elsewhere', 'note: |\n  text\npackages:\n  - a\n'],
    ['alias item', 'base: &x a\npackages:\n  - *x\n'],
    ['tagged item', 'packages:\n  - !a\n'],
    ['duplicate key', 'packages:\n  - a\npackages:\n  - b\n'],
    ['tab', 'packages:\n\t- a\n'],
    ['escape in double quotes', 'packages:\n  - "a\\tb"\n'],
    ['quote over two lines', "packages:\n  - 'a\n    b'\n"],
    ['number item', 'packages:\n  - 123\n'],
    ['boolean item', 'packages:\n  - true\n'],
    ['null item', 'packages:\n  -\n'],
    ['empty list', 'packages:\nfoo: 1\n'],
    ['scalar packages', 'packages: a\n'],
    ['document marker', '---\npackages:\n  - a\n'],
    ['directive', '%YAML 1.2\n---\npackages:\n  - a\n'],
    ['explicit key', '? packages\n: - a\n'],
    ['merge key', 'base:\n  a: 1\n<<: *a\npackages:\n  - a\n'],
    ['uneven item indentation', 'packages:\n  - a\n   - b\n'],
    ['map under packages', 'packages:\n  a: b\n'],
    ['plain item over two lines', 'packages:\n  - a\n    b\n'],
    ['unclosed flow list', 'packages:\n  - [unclosed\n'],
    ['byte order mark', '\uFEFFpackages:\n  - a\n'],
    ['colon and space in a value', 'note: a: b\npackages:\n  - a\n'],
    ['top-level list', '- a\n- b\n'],
  ])('%s', (_name, text) => {
    expect(readPnpmPackagesList(text)).toBeUndefined();
  });
});

describe('readPnpmPackagesList against the yaml package', () => {
  // Lines that YAML reads in many ways, inserted into a valid file at every
  // position: wherever the reader returns a list, it must equal the parser's.
  const FRAGMENTS = [
    '  - extra/*',
    '- extra/*',
    'other:',
    '  key: value',
    '    deeper: 1',
    "  - 'quoted'",
    '  - "double"',
    'packages:',
    '# comment',
    '',
    '  # indented comment',
    'flag: true',
    'name: a b c',
    "quoted: 'x # y'",
    '  - x: 1',
    '    continued',
    'key: value # note',
    "'odd key': 1",
    '"dq key": 2',
    '  - a@1.0.0',
    '  - ./relative',
    '  -',
    '   - three',
    'list:',
    '  - one',
    '  -  spaced',
    '  a: workspace:*',
    '  b: *alias',
    "  'c': 'x'",
    '  acorn@8.11.3: patches/acorn.patch',
    'a:b: c',
    '  x y: z',
  ];
  const BASES = [
    ['catalog:', '  vite: ^8.2.0', 'packages:', '  - packages/*', "  - '!packages/old'", 'minimumReleaseAge: 1440'],
    ['packages:', '- apps/*', '- "libs/**"', 'overrides:', '  a: npm:b@^1', 'list:', '  - x'],
  ];

  it('agrees on every file with two inserted lines', () => {
    let compared = 0;
    for (const text of insertedTexts(BASES, FRAGMENTS)) {
      const fast = readPnpmPackagesList(text);
      if (fast === undefined) continue;
      compared++;
      expect(fullParserList(text), text).toEqual(fast);
    }
    expect(compared).toBeGreaterThan(1500);
  });
});

/** Yields each base with two fragments inserted at each position. */
function* insertedTexts(bases: readonly string[][], fragments: readonly string[]): Generator<string> {
  for (const base of bases) {
    for (const first of fragments) {
      for (const second of fragments) {
        for (let at = 0; at <= base.length; at++) {
          const lines = [...base];
          lines.splice(at, 0, first, second);
          yield `${lines.join('\n')}\n`;
        }
      }
    }
  }
}

describe('openResolver', () => {
  it('loads the YAML parser for a file outside the subset', async () => {
    const { view } = createFixture({ 'pnpm-workspace.yaml': 'packages:\n  - [unclosed\n' });
    const resolver = await openResolver(view);
    expect(resolver.warnings).toHaveLength(1);
    expect(resolver.warnings[0]).toMatch(/^pnpm-workspace\.yaml: invalid YAML: /);
  });
});
