import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/actions/inputs.js';

function read(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? '';
}

describe('parseActionInputs', () => {
  it('applies defaults', () => {
    const inputs = parseActionInputs(read({ 'github-token': 't' }));
    expect(inputs).toMatchObject({
      stages: [],
      reports: [],
      format: 'auto',
      thresholds: {},
      config: '.github/testmaster.yml',
      comment: true,
      checkRun: true,
      commentAuthor: 'github-actions[bot]',
      saveBase: 'auto',
      mode: 'run',
    });
    expect(inputs.patchThreshold).toBeUndefined();
  });

  it('parses every value', () => {
    const inputs = parseActionInputs(
      read({
        reports: 'a.info\nb/*.xml',
        format: 'lcov',
        thresholds: 'lines=80, branches=70',
        'patch-threshold': '90',
        'max-drop': 'lines=0.5',
        tolerance: '0.05',
        comment: 'FALSE',
        'check-run': 'true',
        mode: 'publish',
        'result-file': 'r.json',
      }),
    );
    expect(inputs.reports).toEqual(['a.info', 'b/*.xml']);
    expect(inputs.format).toBe('lcov');
    expect(inputs.thresholds).toEqual({ lines: 80, branches: 70 });
    expect(inputs.patchThreshold).toBe(90);
    expect(inputs.maxDrop).toEqual({ lines: 0.5 });
    expect(inputs.tolerance).toBe(0.05);
    expect(inputs.comment).toBe(false);
    expect(inputs.mode).toBe('publish');
    expect(inputs.resultFile).toBe('r.json');
  });

  it.each([
    [{ comment: 'yes' }, /Input comment: "yes" is not a boolean. Use true or false./],
    [{ format: 'xml' }, /Input format: "xml" is not accepted. Use one of: auto, lcov/],
    [{ mode: 'both' }, /Input mode: "both" is not accepted/],
    [{ 'save-base': 'always' }, /Input save-base/],
    [{ thresholds: 'lines=200' }, /Input thresholds lines: 200 is above the maximum of 100/],
    [{ 'patch-threshold': 'ninety' }, /Input patch-threshold: "ninety" is not a percentage/],
  ])('rejects %j', (values, message) => {
    expect(() => parseActionInputs(read(values))).toThrow(message);
  });
});
