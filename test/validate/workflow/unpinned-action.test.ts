import { describe, expect, it } from 'vitest';
import { findingsOf, range } from './support.js';

const RULE = 'workflow/unpinned-action';
const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const DIGEST = 'a'.repeat(64);

function steps(uses: string): string[] {
  return ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', `      - uses: ${uses}`];
}

function movable(action: string, ref: string): string {
  return (
    `'${action}' is used at '${ref}', which its owner can move to other code. ` +
    'Pin it to the full 40-character commit SHA of that version, with the version in a comment.'
  );
}

describe('workflow/unpinned-action', () => {
  it.each([
    [`third-party/action@${SHA}`],
    [`Third-Party/action/sub/path@${SHA.toUpperCase()}`],
    ['actions/checkout@v4'],
    ['github/codeql-action/init@v3'],
    ['./.github/actions/local'],
    [`docker://alpine@sha256:${DIGEST}`],
    ['${{ matrix.action }}'],
  ])('accepts %s', (uses) => {
    expect(findingsOf(RULE, steps(uses))).toEqual([]);
  });

  it.each([
    { uses: 'third-party/action@v1', range: range(7, 15, 7, 36), message: movable('third-party/action', 'v1') },
    { uses: 'third-party/action@main', range: range(7, 15, 7, 38), message: movable('third-party/action', 'main') },
    { uses: 'third-party/action@11bd719', range: range(7, 15, 7, 41), message: movable('third-party/action', '11bd719') },
    { uses: "'owner/repo/path@v2'", range: range(7, 15, 7, 35), message: movable('owner/repo/path', 'v2') },
    {
      uses: 'owner/repo',
      range: range(7, 15, 7, 25),
      message: "'owner/repo' has no ref. Pin it to a full commit SHA: 'owner/repo@<40-character SHA>'.",
    },
    {
      uses: 'docker://alpine:3.20',
      range: range(7, 15, 7, 35),
      message: "Docker image 'docker://alpine:3.20' is not pinned to a digest. Append '@sha256:<digest>' so that the same image runs every time.",
    },
  ])('reports $uses', ({ uses, range: expectedRange, message }) => {
    expect(findingsOf(RULE, steps(uses))).toEqual([{ ruleId: RULE, range: expectedRange, message }]);
  });

  it('reports a reusable workflow', () => {
    const lines = ['on: push', 'permissions: {}', 'jobs:', '  call:', '    uses: org/shared/.github/workflows/build.yml@main'];
    expect(findingsOf(RULE, lines)).toEqual([
      { ruleId: RULE, range: range(5, 11, 5, 54), message: movable('org/shared/.github/workflows/build.yml', 'main') },
    ]);
  });

  it('reports steps of a composite action', () => {
    const action = ['name: a', 'runs:', '  using: composite', '  steps:', '    - uses: someone/setup-tool@v3'];
    expect(findingsOf(RULE, action, 'action.yaml')).toEqual([
      { ruleId: RULE, range: range(5, 13, 5, 34), message: movable('someone/setup-tool', 'v3') },
    ]);
  });

  it('trusts the configured owners', () => {
    const options = { trustedActionOwners: ['my-org'] };
    expect(findingsOf(RULE, steps('my-org/deploy@v1'), undefined, options)).toEqual([]);
    expect(findingsOf(RULE, steps('actions/checkout@v4'), undefined, options)).toEqual([
      { ruleId: RULE, range: range(7, 15, 7, 34), message: movable('actions/checkout', 'v4') },
    ]);
  });
});
