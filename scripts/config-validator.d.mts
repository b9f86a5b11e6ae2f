// Types of scripts/config-validator.mjs, for the test that compares its output with the committed validator.
export declare const VALIDATOR_PATH: string;
export declare function renderValidator(): string;
