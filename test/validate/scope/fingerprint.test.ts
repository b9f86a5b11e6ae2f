import { describe, expect, it } from 'vitest';
import { fingerprintFindings } from '../../../src/validate/scope/fingerprint.js';
import { findingAt } from './fixture.js';

function fingerprintOf(text: string, line: number, ruleId = 'security/eval', endLine = line): string {
  const finding = findingAt('a.ts', ruleId, line, endLine);
  return fingerprintFindings([finding], () => text).get(finding)!;
}

describe('fingerprintFindings', () => {
  it('ignores the line number of moved code', () => {
    expect(fingerprintOf('eval(x);\n', 1)).toBe(fingerprintOf('\n\n// new\neval(x);\n', 4));
  });

  it('collapses white space', () => {
    expect(fingerprintOf('  eval( x );\n', 1)).toBe(fingerprintOf('\teval( x );   \r\n', 1));
    expect(fingerprintOf('eval(\n  x);\n', 1, 'security/eval', 2)).toBe(fingerprintOf('eval( x);\n', 1));
  });

  it('separates rules and content', () => {
    const base = fingerprintOf('eval(x);\n', 1);
    expect(fingerprintOf('eval(x);\n', 1, 'security/other')).not.toBe(base);
    expect(fingerprintOf('eval(y);\n', 1)).not.toBe(base);
    expect(fingerprintOf('eval(x); y();\n', 1)).not.toBe(base);
  });

  it('numbers identical occurrences in position order', () => {
    const text = 'eval(x);\nother();\neval(x);\n';
    const second = findingAt('a.ts', 'security/eval', 3);
    const first = findingAt('a.ts', 'security/eval', 1);
    const fingerprints = fingerprintFindings([second, first], () => text);

    expect(fingerprints.get(first)).not.toBe(fingerprints.get(second));
    expect(fingerprints.get(first)).toBe(fingerprintOf('eval(x);\n', 1));
  });

  it('counts occurrences per file', () => {
    const inA = findingAt('a.ts', 'security/eval', 1);
    const inB = findingAt('b.ts', 'security/eval', 1);
    const fingerprints = fingerprintFindings([inA, inB], () => 'eval(x);\n');

    expect(fingerprints.get(inA)).toBe(fingerprints.get(inB));
  });

  it('falls back to the message without text', () => {
    const one = findingAt('a.ts', 'security/eval', 1);
    const other = { ...findingAt('a.ts', 'security/eval', 1), message: 'another message' };
    const fingerprints = fingerprintFindings([one, other], () => null);

    expect(fingerprints.get(one)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprints.get(one)).not.toBe(fingerprints.get(other));
  });

  it('reads lines past the end as empty', () => {
    expect(fingerprintOf('eval(x);\n', 9)).toBe(fingerprintOf('eval(x);\n\n', 2));
  });
});
