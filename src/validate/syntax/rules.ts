/** The rules of the syntax validator. */
import type { RuleMeta } from '../model.js';
import { ruleDocsUri } from './docs-uri.js';

export const SYNTAX_RULE_IDS = {
  typescript: 'syntax/typescript',
  json: 'syntax/json',
  yaml: 'syntax/yaml',
} as const;

/** Name of the tool in findings of the syntax validator. */
export const SYNTAX_TOOL = 'testmaster';

export const SYNTAX_RULES: RuleMeta[] = [
  {
    id: SYNTAX_RULE_IDS.typescript,
    defaultLevel: 'error',
    summary: 'TypeScript or JavaScript that the TypeScript parser rejects.',
    help:
      'The file does not parse, so it cannot be compiled, bundled or run. Every parse error of the file is reported with the ' +
      'TypeScript diagnostic code in `properties.code`. In JavaScript files, TypeScript-only syntax such as type annotations ' +
      'is reported too, because Node.js rejects it. Fix the code at the reported range.',
    helpUri: ruleDocsUri('syntax', SYNTAX_RULE_IDS.typescript),
  },
  {
    id: SYNTAX_RULE_IDS.json,
    defaultLevel: 'error',
    summary: 'JSON that does not parse, or JSON with comments that does not parse.',
    help:
      'Strict JSON (RFC 8259) for `.json` files; comments and trailing commas are accepted only in files that their tools read ' +
      'as JSON with comments, such as tsconfig.json, jsconfig.json, .vscode/*.json and *.jsonc. Only the first error is ' +
      'reported, because the rest of the file cannot be read reliably after it.',
    helpUri: ruleDocsUri('syntax', SYNTAX_RULE_IDS.json),
  },
  {
    id: SYNTAX_RULE_IDS.yaml,
    defaultLevel: 'error',
    summary: 'YAML that does not parse, including duplicate mapping keys.',
    help:
      'Errors of the `yaml` package (YAML 1.2) in any document of the file, with duplicate keys in a mapping as errors, and its ' +
      'warnings at warning level. GitHub Actions rejects a workflow with such errors. Fix the text at the reported range.',
    helpUri: ruleDocsUri('syntax', SYNTAX_RULE_IDS.yaml),
  },
];
