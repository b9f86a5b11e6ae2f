// Types of the validator that scripts/config-validator.mjs compiles from the schema.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  /** The errors of the last call, or null after valid data. */
  errors?: ErrorObject[] | null;
}

export declare const validate: CompiledValidator;
export default validate;
