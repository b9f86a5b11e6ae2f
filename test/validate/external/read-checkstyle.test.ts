import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readCheckstyle, readCheckstyleChunks } from '../../../src/validate/external/read-checkstyle.js';
import type { ReportContext } from '../../../src/validate/external/report-context.js';

const CONTEXT: ReportContext = { root: '/repo', reportPath: 'build/checkstyle.xml' };

/** A report in the shape ESLint's checkstyle formatter and Checkstyle 10 write. */
const REPORT = `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="10.12.4">
  <file name="/repo/src/main/java/App.java">
    <error line="12" column="5" severity="warning" message="&apos;method def modifier&apos; has incorrect indentation level 4, expected level should be 2." source="com.puppycrawl.tools.checkstyle.checks.indentation.IndentationCheck"/>
    <error line="3" severity="error" message="Unused import - java.util.List." source="com.puppycrawl.tools.checkstyle.checks.imports.UnusedImportsCheck"/>
    <error line="7" column="1" severity="info" message="Line has trailing spaces &#x2014; &#233;t&#xE9; &lt;x&gt; &amp;" source="TrailingSpaces"/>
    <error line="8" column="1" severity="ignore" message="ignored" source="Ignored"/>
  </file>
  <file name="lib/util.js">
    <error line="0" column="0" severity="error" message="Parsing error: Unexpected token (fatal)" source="eslint.rules.fatal"/>
  </file>
  <file name="/tmp/outside.js">
    <error line="1" column="1" severity="error" message="outside" source="x"/>
  </file>
  <file name="/repo/empty.js"></file>
</checkstyle>
`;

describe('readCheckstyle', () => {
  const texts: Record<string, string> = { 'src/main/java/App.java': 'a\nb\nimport java.util.List;\n' };
  const { findings, warnings } = readCheckstyle(REPORT, { ...CONTEXT, readText: (path) => texts[path] });

  it('maps every error', () => {
    expect(findings.map((finding) => [finding.ruleId, finding.level, finding.path, Object.values(finding.range)])).toEqual([
      ['checkstyle/com.puppycrawl.tools.checkstyle.checks.indentation.IndentationCheck', 'warning', 'src/main/java/App.java', [12, 5, 12, 5]],
      ['checkstyle/com.puppycrawl.tools.checkstyle.checks.imports.UnusedImportsCheck', 'error', 'src/main/java/App.java', [3, 1, 3, 23]],
      ['checkstyle/TrailingSpaces', 'note', 'src/main/java/App.java', [7, 1, 7, 1]],
      ['checkstyle/eslint.rules.fatal', 'error', 'lib/util.js', [1, 1, 1, 1]],
    ]);
  });

  it('decodes predefined and numeric references', () => {
    expect(findings[0]?.message).toBe("'method def modifier' has incorrect indentation level 4, expected level should be 2.");
    expect(findings[2]?.message).toBe('Line has trailing spaces \u2014 été <x> &');
  });

  it('counts files outside the repository', () => {
    expect(warnings).toEqual(['build/checkstyle.xml: files outside the repository were skipped with their errors (1, first: /tmp/outside.js)']);
  });

  it('reads a buffer and a tool name', () => {
    const result = readCheckstyle(Buffer.from(REPORT), { ...CONTEXT, toolName: 'ktlint' });
    expect(result.findings[0]?.ruleId).toBe('ktlint/com.puppycrawl.tools.checkstyle.checks.indentation.IndentationCheck');
    expect(result.findings[0]?.tool).toBe('ktlint');
  });

  it.each([1, 7, 64])('reads %i-byte chunks alike', (size) => {
    const bytes = Buffer.from(REPORT);
    // One scratch buffer refilled for every chunk, so a reader that keeps a chunk too long reads garbage.
    const scratch = Buffer.alloc(size);
    function* chunks(): Generator<Buffer> {
      for (let offset = 0; offset < bytes.length; offset += size) {
        scratch.fill(0xff);
        const length = bytes.copy(scratch, 0, offset, offset + size);
        yield scratch.subarray(0, length);
      }
    }
    const chunked = readCheckstyleChunks(chunks(), { ...CONTEXT, readText: (path) => texts[path] });
    expect(chunked).toEqual({ findings, warnings });
  });

  const invalid: { name: string; text: string; message: RegExp }[] = [
    { name: 'empty file', text: '', message: /^build\/checkstyle\.xml.*: the file is empty/ },
    { name: 'other root', text: '<testsuites/>', message: /at line 1, column \d+: the root element is <testsuites>, but a checkstyle report starts with <checkstyle>/ },
    {
      name: 'entity declaration',
      text: '<!DOCTYPE checkstyle [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><checkstyle><file name="a"><error line="1" message="&b;"/></file></checkstyle>',
      message: /the DOCTYPE declares entities, which TestMaster rejects and never expands/,
    },
    { name: 'undefined entity', text: '<checkstyle><file name="a"><error line="1" message="&nbsp;"/></file></checkstyle>', message: /entity reference that XML does not predefine/ },
    { name: 'external entity', text: '<checkstyle><file name="a"><error line="1" message="&xxe;"/></file></checkstyle>', message: /entity reference that XML does not predefine/ },
    { name: 'truncated', text: '<checkstyle><file name="a">', message: /not well-formed XML .*Check that the linter finished writing/ },
    { name: 'error outside file', text: '<checkstyle><error line="1"/></checkstyle>', message: /<error> appears outside a <file> element/ },
    { name: 'file without name', text: '<checkstyle><file></file></checkstyle>', message: /<file> has no name attribute/ },
    { name: 'bad line', text: '<checkstyle><file name="a"><error line="x"/></file></checkstyle>', message: /<error> has line="x", but it must be a whole number/ },
    { name: 'huge line', text: '<checkstyle><file name="a"><error line="1e308"/></file></checkstyle>', message: /<error> has line="1e308", but it must be a whole number up to 2147483647/ },
    { name: 'UTF-16', text: '<?xml version="1.0" encoding="UTF-16"?><checkstyle/>', message: /encoding="UTF-16", but only UTF-8 reports are read/ },
  ];

  it.each(invalid)('rejects $name', ({ text, message }) => {
    expect(() => readCheckstyle(text, CONTEXT)).toThrow(UserError);
    expect(() => readCheckstyle(text, CONTEXT)).toThrow(message);
  });
});
