import { describe, expect, it } from 'vitest';

import type { Block, RunReport } from '../../src/report/document.js';
import { renderInlineText, renderStageText, renderTerminal } from '../../src/report/terminal.js';
import { HOSTILE_INPUTS, hostileReport, stage } from './fixtures.js';

// Everything a terminal acts on: C0 except LF, DEL, C1, and bidi controls.
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('renderInlineText', () => {
  it.each([
    ['plain', 'plain'],
    ['esc\u001B[2Jx', 'esc\uFFFD[2Jx'],
    ['csi\u009B2J', 'csi\uFFFD2J'],
    ['cr\rover', 'cr over'],
    ['new\nline', 'new line'],
    ['bell\u0007', 'bell\uFFFD'],
    ['bidi \u202Etxt.exe', 'bidi \uFFFDtxt.exe'],
    ['isolate \u2067x\u2069', 'isolate \uFFFDx\uFFFD'],
    ['*not markdown* `x` <b>', '*not markdown* `x` <b>'],
  ])('cleans %j', (input, expected) => {
    expect(renderInlineText(input)).toBe(expected);
  });

  it.each([
    [[{ text: 'docs', href: 'https://example.com' }], 'docs (https://example.com)'],
    [[{ text: 'https://example.com', href: 'https://example.com' }], 'https://example.com'],
    [[{ text: 'a', style: 'code' as const }, { text: 'b', style: 'bold' as const }], 'ab'],
  ])('renders spans %j without colour', (spans, expected) => {
    expect(renderInlineText(spans)).toBe(expected);
  });

  it('colours spans only when asked', () => {
    const spans = [{ text: 'code', style: 'code' as const }];
    expect(renderInlineText(spans, { color: true })).toBe('\u001B[36mcode\u001B[0m');
    expect(renderInlineText(spans, { color: false })).toBe('code');
  });
});

describe('renderStageText', () => {
  const table: Block = {
    kind: 'table',
    header: ['File', 'Lines', 'Note'],
    align: ['left', 'right', 'center'],
    rows: [
      ['src/a.ts', '5.0%', 'x'],
      ['src/longer-name.ts', '100.0%', 'middle'],
    ],
  };

  it('aligns table columns', () => {
    const text = renderStageText(stage({ blocks: [table] }));
    expect(text.split('\n').slice(1)).toEqual([
      '  File                 Lines   Note',
      '  ------------------  ------  ------',
      '  src/a.ts              5.0%    x',
      '  src/longer-name.ts  100.0%  middle',
    ]);
  });

  it.each([
    [{ kind: 'heading', level: 2, text: 'Files' } as Block, ['  Files']],
    [{ kind: 'list', items: ['a', 'b'] } as Block, ['  - a', '  - b']],
    [{ kind: 'code', text: 'one\n\ttwo\n' } as Block, ['      one', '          two']],
    [
      { kind: 'details', summary: 'More', blocks: [{ kind: 'paragraph', text: 'inside' }] } as Block,
      ['  More', '    inside'],
    ],
  ])('renders block %j', (block, lines) => {
    expect(renderStageText(stage({ blocks: [block] })).split('\n').slice(1)).toEqual(lines);
  });

  it.each([
    ['passed', '[PASS]'],
    ['failed', '[FAIL]'],
    ['skipped', '[SKIP]'],
    ['error', '[ERROR]'],
  ] as const)('labels %s as %s', (status, label) => {
    expect(renderStageText(stage({ status })).startsWith(`${label} Coverage: `)).toBe(true);
  });
});

describe('renderTerminal', () => {
  const report: RunReport = { name: 'gate', stages: [stage(), stage({ id: 'impact', title: 'Impact', status: 'failed' })] };

  it('starts with the overall status', () => {
    expect(renderTerminal(report).split('\n')[0]).toBe('[FAIL] gate: failed');
  });

  it('uses colour only when asked', () => {
    expect(renderTerminal(report)).not.toContain('\u001B');
    expect(renderTerminal(report, { color: true })).toContain('\u001B[31m[FAIL]\u001B[0m');
  });

  it.each([[false], [true]])('leaves no control character from hostile input (colour %s)', (color) => {
    const text = renderTerminal(hostileReport(), { color });
    const withoutOwnColours = text.replace(/\u001B\[[0-9;]*m/g, '');
    expect(withoutOwnColours).not.toMatch(TERMINAL_CONTROLS);
    expect(withoutOwnColours).toContain(HOSTILE_INPUTS[0]);
  });
});
