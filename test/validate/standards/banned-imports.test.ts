import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import type { BannedImport } from '../../../src/validate/settings.js';
import { check, rangeOf, summary } from './fixture.js';

const BANNED: BannedImport[] = [
  { name: 'lodash', message: 'Use lodash-es.' },
  { name: 'moment/**' },
  { name: '../legacy/*', message: '  ' },
  { name: 'node:child_process', message: 'Run commands through src/git/run-git.ts.' },
];

const LODASH = "Importing 'lodash' is banned. Use lodash-es.";

interface Case {
  name: string;
  code: string;
  /** Text the finding covers, and its message; absent for valid code. */
  covers?: string;
  message?: string;
}

const cases: Case[] = [
  { name: 'allowed import', code: "import x from 'lodash-es';" },
  { name: 'subpath of an exact name', code: "import y from 'lodash/fp';" },
  { name: 'computed require', code: 'const z = require(name);' },
  { name: 'template with substitution', code: 'await import(`lodash${suffix}`);' },
  { name: 'require of a member', code: "const z = module.require('lodash');" },
  { name: 'default import', code: "import x from 'lodash';", covers: "'lodash'", message: LODASH },
  { name: 'type-only import', code: "import type { L } from 'lodash';", covers: "'lodash'", message: LODASH },
  { name: 'side-effect import', code: 'import "lodash";', covers: '"lodash"', message: LODASH },
  { name: 'export from', code: "export { a } from 'lodash';", covers: "'lodash'", message: LODASH },
  {
    name: 'export all with glob',
    code: "export * from 'moment/locale/de';",
    covers: "'moment/locale/de'",
    message: "Importing 'moment/locale/de' is banned by the pattern 'moment/**' in validate.standards.bannedImports.",
  },
  { name: 'require', code: "const z = require('lodash');", covers: "'lodash'", message: LODASH },
  { name: 'dynamic import', code: "const m = await import('lodash');", covers: "'lodash'", message: LODASH },
  { name: 'dynamic import of a template', code: 'const m = await import(`lodash`);', covers: '`lodash`', message: LODASH },
  { name: 'import equals require', code: "import q = require('lodash');", covers: "'lodash'", message: LODASH },
  { name: 'import type expression', code: "type T = typeof import('lodash');", covers: "'lodash'", message: LODASH },
  {
    name: 'relative glob with blank message',
    code: "import '../legacy/old';",
    covers: "'../legacy/old'",
    message: "Importing '../legacy/old' is banned by the pattern '../legacy/*' in validate.standards.bannedImports.",
  },
  {
    name: 'node builtin',
    code: "import { execFile } from 'node:child_process';",
    covers: "'node:child_process'",
    message: "Importing 'node:child_process' is banned. Run commands through src/git/run-git.ts.",
  },
  {
    name: 'require nested in a function',
    code: "function load() {\n  return require('lodash');\n}",
    covers: "'lodash'",
    message: LODASH,
  },
];

describe('standards/banned-import', () => {
  it.each(cases)('$name', ({ code, covers, message }) => {
    const findings = check(code, { bannedImports: BANNED }).map(summary);

    if (covers === undefined) expect(findings).toEqual([]);
    else expect(findings).toEqual([{ ruleId: 'standards/banned-import', message, range: rangeOf(code, covers) }]);
  });

  it('checks JavaScript files', () => {
    const findings = check("const _ = require('lodash');\n", { bannedImports: BANNED }, 'lib/a.cjs');

    expect(findings.map((finding) => finding.properties)).toEqual([{ pattern: 'lodash' }]);
  });

  it('rejects an empty name', () => {
    const run = () => check('const a = 1;', { bannedImports: [{ name: 'a' }, { name: ' ' }] });

    expect(run).toThrow(UserError);
    expect(run).toThrow('validate.standards.bannedImports[1].name is empty.');
  });
});
