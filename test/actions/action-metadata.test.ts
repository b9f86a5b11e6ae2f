import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseActionInputs } from '../../src/actions/inputs.js';
import { actionOutputs } from '../../src/report/outputs.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

function readAction(path: string): ActionMetadata {
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as ActionMetadata;
}

const VALIDATE_INPUTS = ['filter', 'fail-level', 'context', 'sarif', 'sarif-file'];

const actions = [
  { path: 'action.yml', main: 'dist/suite/index.js' },
  { path: 'actions/coverage-gate/action.yml', main: '../../dist/coverage-gate/index.js' },
];

describe.each(actions)('$path', ({ path, main }) => {
  const action = readAction(path);

  it('runs the bundle on node24', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe(main);
  });

  it('declares every input the action reads', () => {
    const read = new Set<string>();
    parseActionInputs((name) => {
      read.add(name);
      return '';
    });
    const declared = new Set(Object.keys(action.inputs));
    // The suite alone takes `stages`; the coverage gate always runs coverage, so it takes none of the validate inputs.
    if (path !== 'action.yml') read.delete('stages');
    if (path === 'actions/coverage-gate/action.yml') {
      for (const name of VALIDATE_INPUTS) read.delete(name);
    }
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    expect([...declared].filter((name) => !read.has(name))).toEqual([]);
  });

  it('documents every output the coverage stage writes', () => {
    const outputs = actionOutputs({
      name: 'TestMaster',
      stages: [
        {
          id: 'coverage',
          title: 'Coverage',
          status: 'passed',
          headline: '',
          blocks: [],
          annotations: [],
          outputs: { lines: '', branches: '', functions: '', statements: '', classes: '', patch: '', passed: 'true' },
          json: {},
        },
      ],
    });
    const documented = Object.keys(action.outputs);
    // `coverage-passed` repeats the top-level `passed`, so only the latter is documented.
    const written = Object.keys(outputs).filter((name) => name !== 'coverage-passed');
    expect(written.filter((name) => !documented.includes(name))).toEqual([]);
  });
});
