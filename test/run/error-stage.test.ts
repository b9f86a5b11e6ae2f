import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { errorStage } from '../../src/run/error-stage.js';

describe('errorStage', () => {
  it('ends the message with a period', () => {
    const stage = errorStage('impact', 'Impact', new UserError('The ref "x" was not found. Fetch it'));

    expect(stage.blocks).toEqual([{ kind: 'code', text: 'The ref "x" was not found. Fetch it.' }]);
    expect(stage.outputs['error']).toBe('The ref "x" was not found. Fetch it.');
  });

  it('keeps a final period single', () => {
    const stage = errorStage('impact', 'Impact', new UserError('The ref "x" was not found. Fetch it.'));

    expect(stage.blocks).toEqual([{ kind: 'code', text: 'The ref "x" was not found. Fetch it.' }]);
  });

  it('ends the last line of a message', () => {
    const stage = errorStage('config', 'Configuration', new UserError('a.yml line 1: x is wrong.\na.yml line 2: y is wrong'));

    expect(stage.blocks).toEqual([{ kind: 'code', text: 'a.yml line 1: x is wrong.\na.yml line 2: y is wrong.' }]);
  });

  it('shortens a huge message', () => {
    const stage = errorStage('coverage', 'Coverage', new UserError(`Path ${'x'.repeat(20_000)} is wrong`));

    expect(stage.outputs['error']!.length).toBeLessThan(8_100);
    expect(stage.outputs['error']).toMatch(/… \(12014 more characters left out\)\.$/);
  });
});
