/**
 * The adapter that reads what the GitHub Actions runner provides: the
 * `GITHUB_*` variables and the event payload file. Everything else in the
 * action takes these values as plain data.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { ActionsVariables } from '../github/context.js';

export interface RunnerEnvironment {
  variables: ActionsVariables;
  payload: unknown;
  /** The event payload file (GITHUB_EVENT_PATH), or undefined when it is not set. */
  eventPath: string | undefined;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runId: string | undefined;
  /** The ref that triggered the run, such as `refs/heads/main`. */
  ref: string | undefined;
  /** The runner's temporary folder (RUNNER_TEMP), emptied after each job. */
  temp: string | undefined;
}

export function readRunnerEnvironment(env: NodeJS.ProcessEnv): RunnerEnvironment {
  return {
    variables: {
      GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME,
      GITHUB_REPOSITORY: env.GITHUB_REPOSITORY,
      GITHUB_SHA: env.GITHUB_SHA,
      GITHUB_REF: env.GITHUB_REF,
      GITHUB_BASE_REF: env.GITHUB_BASE_REF,
    },
    payload: readEventPayload(env.GITHUB_EVENT_PATH),
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID,
    ref: env.GITHUB_REF,
    temp: env.RUNNER_TEMP || undefined,
  };
}

function readEventPayload(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`Could not read the event payload ${path} (GITHUB_EVENT_PATH): ${(error as Error).message}.`);
  }
}
