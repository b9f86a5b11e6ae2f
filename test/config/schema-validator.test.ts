import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderValidator, VALIDATOR_PATH } from '../../scripts/config-validator.mjs';
import { validateConfigInput } from '../../src/config/validate.js';

describe('compiled schema validator', () => {
  it('equals what scripts/config-validator.mjs compiles from the schema', () => {
    // After a schema change: node scripts/config-validator.mjs --write
    expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(renderValidator());
  });

  it('uses the runtime helpers of Ajv for enum values and string lengths', () => {
    expect(validateConfigInput({ stages: ['impact', 'impact'] })).not.toEqual([]);
    expect(validateConfigInput({ report: { name: '' } }).map((issue) => issue.path.join('.'))).toEqual(['report.name']);
  });
});
