/**
 * Action outputs of a run, and the `$GITHUB_OUTPUT` entry format that carries
 * them to the runner.
 */

import { randomUuid } from '../run/crypto-on-demand.js';

import { overallStatus } from './document.js';
import type { RunReport } from './document.js';

// The characters GitHub allows in the id of an action output.
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function validateOutputName(name: string, origin: string): void {
  if (!OUTPUT_NAME.test(name)) {
    throw new Error(
      `Invalid output name ${JSON.stringify(name)} from ${origin}: use a letter or "_" followed by letters, digits, "-" or "_".`,
    );
  }
}

/**
 * Collects the action outputs of a run. Each stage's outputs get the stage id
 * as prefix (`coverage-lines`). Then come `status` (the overall status),
 * `passed` and `result` (the JSON of every stage's `json`, keyed by stage id).
 * `passed` is `"true"` unless a stage failed or hit an error, so a run whose
 * stages were all skipped passes.
 *
 * Throws when a stage id or output name is not a valid output name, or when
 * two stages or two outputs get the same name.
 */
export function actionOutputs(report: RunReport): Record<string, string> {
  const outputs: Record<string, string> = {};
  const add = (name: string, value: string, origin: string): void => {
    validateOutputName(name, origin);
    if (Object.hasOwn(outputs, name)) throw new Error(`Duplicate output name ${JSON.stringify(name)} from ${origin}.`);
    outputs[name] = value;
  };

  const stageIds = new Set<string>();
  for (const stage of report.stages) {
    validateOutputName(stage.id, 'a stage id');
    // A repeated id would also overwrite that stage's entry in `result`.
    if (stageIds.has(stage.id)) throw new Error(`Duplicate stage id ${JSON.stringify(stage.id)}: each stage needs its own output name prefix.`);
    stageIds.add(stage.id);
    for (const [key, value] of Object.entries(stage.outputs)) {
      add(`${stage.id}-${key}`, value, `stage "${stage.id}"`);
    }
  }

  const status = overallStatus(report);
  add('status', status, 'the run');
  add('passed', String(status !== 'failed' && status !== 'error'), 'the run');

  const result: Record<string, unknown> = {};
  for (const stage of report.stages) result[stage.id] = stage.json;
  add('result', JSON.stringify(result), 'the run');
  return outputs;
}

function defaultDelimiter(): string {
  return `ghadelimiter_${randomUuid()}`;
}

const MAX_DELIMITER_ATTEMPTS = 10;

/**
 * Formats one entry for the `$GITHUB_OUTPUT` file in the multi-line form
 * `name<<DELIMITER`, the value, `DELIMITER`, each on its own line. The
 * delimiter is random and never occurs in the value, so the value cannot end
 * the entry early and inject further outputs. `createDelimiter` exists for tests.
 *
 * Throws when the name is empty or contains a line break, `=` or `<<`: the
 * runner would read such a name as the end of the entry's first line or as
 * another entry's syntax.
 */
export function formatOutputEntry(
  name: string,
  value: string,
  createDelimiter: () => string = defaultDelimiter,
): string {
  if (name === '' || /[\r\n=]|<</.test(name)) {
    throw new Error(`Invalid output name ${JSON.stringify(name)}: it must not be empty or contain a line break, "=" or "<<".`);
  }

  for (let attempt = 0; attempt < MAX_DELIMITER_ATTEMPTS; attempt += 1) {
    const delimiter = createDelimiter();
    if (delimiter !== '' && !/[\r\n]/.test(delimiter) && !value.includes(delimiter)) {
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    }
  }
  throw new Error(`No delimiter absent from the value of output "${name}" was found in ${MAX_DELIMITER_ATTEMPTS} attempts.`);
}
