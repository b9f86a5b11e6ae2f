/**
 * Runs a bundled action the way the GitHub Actions runner does: `node
 * dist/<action>/index.js` in a child process with `INPUT_*` variables, the
 * `GITHUB_*` variables, an event payload file, and fresh `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` files that are parsed after the step ends.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The bundles and the action.yml files that declare their inputs. */
const ACTIONS = {
  'coverage-gate': { bundle: 'dist/coverage-gate/index.js', metadata: 'actions/coverage-gate/action.yml' },
  'impact-analysis': { bundle: 'dist/impact-analysis/index.js', metadata: 'actions/impact-analysis/action.yml' },
  'static-validate': { bundle: 'dist/static-validate/index.js', metadata: 'actions/static-validate/action.yml' },
  suite: { bundle: 'dist/suite/index.js', metadata: 'action.yml' },
} as const;

export type ActionName = keyof typeof ACTIONS;

export interface StepRequest {
  action: ActionName;
  /** Inputs by their name in action.yml; inputs left out get the action.yml default, as on the runner. */
  inputs: Record<string, string>;
  eventName: string;
  /** The event payload that `GITHUB_EVENT_PATH` points at. */
  payload: object;
  /** `GITHUB_WORKSPACE`: the checked-out repository. */
  workspace: string;
  /** `GITHUB_API_URL`: the stand-in. */
  apiUrl: string;
  repository: string;
  sha: string;
  ref: string;
  /**
   * Variables set last, over the ones above: what a runner adds for some
   * jobs, such as the `ACTIONS_*` variables of the cache service.
   */
  env?: Record<string, string>;
}

export interface StepResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Values the step wrote to `GITHUB_OUTPUT`. */
  outputs: Record<string, string>;
  /** Contents of `GITHUB_STEP_SUMMARY` after the step. */
  summary: string;
  /** Seconds from start to exit. */
  seconds: number;
}

/** Inputs of an action with their defaults from its action.yml. */
export function actionDefaults(action: ActionName): Record<string, string> {
  const metadata = parseYaml(readFileSync(join(PROJECT_ROOT, ACTIONS[action].metadata), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    defaults[name] = input.default === undefined ? '' : String(input.default);
  }
  return defaults;
}

/**
 * Returns the variable name the runner uses for an input: `INPUT_` and the
 * name in upper case with spaces replaced by underscores. Hyphens stay, which
 * is what `core.getInput` of @actions/core reads.
 */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Runs one step and waits for it to end; never rejects on a non-zero exit. */
export async function runStep(request: StepRequest): Promise<StepResult> {
  const temp = mkdtempSync(join(tmpdir(), 'testmaster-runner-'));
  try {
    return await runStepIn(temp, request);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

async function runStepIn(temp: string, request: StepRequest): Promise<StepResult> {
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, 'output');
  const summaryPath = join(temp, 'step-summary.md');
  writeFileSync(eventPath, JSON.stringify(request.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const inputs = { ...actionDefaults(request.action), ...request.inputs };
  const unresolved = Object.entries(inputs).filter(([, value]) => value.includes('${{'));
  if (unresolved.length > 0) {
    // The runner would evaluate these expressions; a test must pass the value itself.
    throw new Error(`Pass these inputs explicitly: ${unresolved.map(([name]) => name).join(', ')}.`);
  }

  const env: NodeJS.ProcessEnv = {
    // Only what a runner provides, so no GITHUB_* or ACTIONS_* variable of the machine running the tests leaks in.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: request.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: request.repository,
    GITHUB_REPOSITORY_OWNER: request.repository.split('/')[0],
    GITHUB_SHA: request.sha,
    GITHUB_REF: request.ref,
    GITHUB_WORKSPACE: request.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: request.apiUrl,
    GITHUB_SERVER_URL: request.apiUrl,
    GITHUB_RUN_ID: '4242',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    ...request.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;

  const bundle = join(PROJECT_ROOT, ACTIONS[request.action].bundle);
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist. Run npm run build first.`);
  const started = Date.now();
  const { exitCode, stdout, stderr } = await spawnNode(bundle, request.workspace, env);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    seconds: (Date.now() - started) / 1000,
  };
}

/** Runs a script with the Node.js that runs the tests, so a run under Node.js 24 tests the bundles on 24. */
export function spawnNode(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      resolvePromise({
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/**
 * Parses a `GITHUB_OUTPUT` file: `name<<DELIMITER` blocks as @actions/core
 * writes them, and single-line `name=value` entries.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    index += 1;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (index < lines.length && lines[index] !== delimiter) {
        value.push(lines[index]!);
        index += 1;
      }
      if (index >= lines.length) throw new Error(`GITHUB_OUTPUT: output ${name} has no closing delimiter ${delimiter}.`);
      index += 1;
      outputs[name] = value.join('\n');
      continue;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) throw new Error(`GITHUB_OUTPUT: line ${JSON.stringify(line)} is neither name=value nor name<<DELIMITER.`);
    outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}
