/**
 * The file that an unprivileged `pull_request` run leaves for a privileged
 * `workflow_run` run to publish. It contains structured report data only, never
 * rendered Markdown, so the publishing run renders and escapes everything itself.
 *
 * Format (version 1):
 *   { "format": "testmaster-run-report", "version": 1, "repository": "owner/name",
 *     "pullNumber": 12, "headSha": "<40 or 64 hex digits>", "report": RunReport }
 */
import { Ajv, type ErrorObject } from 'ajv';
import { ReportError } from '../errors.js';
import type { RunReport } from '../report/document.js';

export const RUN_ARTIFACT_FORMAT = 'testmaster-run-report';
export const RUN_ARTIFACT_VERSION = 1;

export interface RunArtifact {
  format: typeof RUN_ARTIFACT_FORMAT;
  version: typeof RUN_ARTIFACT_VERSION;
  /** `owner/name` of the base repository the PR targets. */
  repository: string;
  pullNumber: number;
  /** The PR head commit that the report describes. */
  headSha: string;
  report: RunReport;
}

const inlineSchema = {
  oneOf: [
    { type: 'string' },
    {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          text: { type: 'string' },
          style: { enum: ['code', 'bold', 'italic'] },
          href: { type: 'string' },
        },
      },
    },
  ],
};

const blockSchema = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string' } },
  discriminator: { propertyName: 'kind' },
  oneOf: [
    {
      additionalProperties: false,
      required: ['kind', 'level', 'text'],
      properties: { kind: { const: 'heading' }, level: { enum: [2, 3, 4] }, text: { $ref: '#/definitions/inline' } },
    },
    {
      additionalProperties: false,
      required: ['kind', 'text'],
      properties: { kind: { const: 'paragraph' }, text: { $ref: '#/definitions/inline' } },
    },
    {
      additionalProperties: false,
      required: ['kind', 'items'],
      properties: { kind: { const: 'list' }, items: { type: 'array', items: { $ref: '#/definitions/inline' } } },
    },
    {
      additionalProperties: false,
      required: ['kind', 'header', 'rows'],
      properties: {
        kind: { const: 'table' },
        header: { type: 'array', items: { type: 'string' } },
        align: { type: 'array', items: { enum: ['left', 'right', 'center'] } },
        rows: { type: 'array', items: { type: 'array', items: { $ref: '#/definitions/inline' } } },
      },
    },
    {
      additionalProperties: false,
      required: ['kind', 'summary', 'blocks'],
      properties: {
        kind: { const: 'details' },
        summary: { $ref: '#/definitions/inline' },
        blocks: { type: 'array', items: { $ref: '#/definitions/block' } },
      },
    },
    {
      additionalProperties: false,
      required: ['kind', 'text'],
      properties: { kind: { const: 'code' }, text: { type: 'string' } },
    },
    {
      additionalProperties: false,
      required: ['kind', 'source'],
      properties: { kind: { const: 'mermaid' }, source: { type: 'string' } },
    },
  ],
};

const annotationSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'startLine', 'endLine', 'level', 'title', 'message'],
  properties: {
    path: { type: 'string', minLength: 1 },
    startLine: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    level: { enum: ['notice', 'warning', 'failure'] },
    title: { type: 'string' },
    message: { type: 'string' },
  },
};

const stageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'status', 'headline', 'blocks', 'annotations', 'outputs', 'json'],
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    title: { type: 'string' },
    status: { enum: ['passed', 'failed', 'skipped', 'error'] },
    headline: { type: 'string' },
    blocks: { type: 'array', items: { $ref: '#/definitions/block' } },
    annotations: { type: 'array', items: annotationSchema },
    outputs: { type: 'object', additionalProperties: { type: 'string' } },
    json: {},
  },
};

const artifactSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'version', 'repository', 'pullNumber', 'headSha', 'report'],
  definitions: { inline: inlineSchema, block: blockSchema },
  properties: {
    format: { const: RUN_ARTIFACT_FORMAT },
    version: { const: RUN_ARTIFACT_VERSION },
    repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
    pullNumber: { type: 'integer', minimum: 1 },
    headSha: { type: 'string', pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$' },
    report: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'stages'],
      properties: {
        name: { type: 'string', minLength: 1 },
        stages: { type: 'array', items: stageSchema },
      },
    },
  },
};

/** Compiles the validator; called per parse because compiling takes a few milliseconds and parsing happens once per run. */
function compileValidator() {
  return new Ajv({ allErrors: true, discriminator: true, strict: true }).compile<RunArtifact>(artifactSchema);
}

export function createRunArtifact(fields: Omit<RunArtifact, 'format' | 'version'>): RunArtifact {
  return { format: RUN_ARTIFACT_FORMAT, version: RUN_ARTIFACT_VERSION, ...fields };
}

export function serializeRunArtifact(artifact: RunArtifact): string {
  return `${JSON.stringify(artifact, null, 2)}\n`;
}

/** Parses and validates an artifact file; raises `ReportError` naming the file and the invalid field. */
export function parseRunArtifact(text: string, file: string): RunArtifact {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportError(file, undefined, `is not valid JSON (${(error as Error).message})`, 'Upload the file that TestMaster wrote, unchanged');
  }

  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== RUN_ARTIFACT_VERSION) {
    throw new ReportError(
      file,
      undefined,
      `has artifact version ${version}, but this TestMaster reads version ${RUN_ARTIFACT_VERSION}`,
      'Use the same TestMaster version in the pull_request and the workflow_run workflows',
    );
  }

  const validate = compileValidator();
  if (!validate(data)) {
    throw new ReportError(file, undefined, `is not a valid TestMaster run artifact: ${describeMostSpecificError(validate.errors ?? [])}`);
  }
  return data;
}

/**
 * Describes the most specific error. With `oneOf` (an inline is a string or a
 * list of spans) ajv reports every branch; the deepest path is the one the writer meant.
 */
function describeMostSpecificError(errors: ErrorObject[]): string {
  const specific = errors.filter((candidate) => candidate.keyword !== 'oneOf');
  const error = [...(specific.length > 0 ? specific : errors)].sort(
    (left, right) => right.instancePath.split('/').length - left.instancePath.split('/').length,
  )[0];
  if (!error) return 'unknown problem';
  const field = error.instancePath === '' ? 'the top level' : `field ${error.instancePath.slice(1).replaceAll('/', '.')}`;
  if (error.keyword === 'additionalProperties') {
    return `${field} has unknown property "${String(error.params.additionalProperty)}"`;
  }
  if (error.keyword === 'discriminator') {
    return `${field} has kind ${JSON.stringify(error.params.tagValue)}, which is not a known block kind`;
  }
  if (error.keyword === 'required') {
    return `${field} is missing property "${String(error.params.missingProperty)}"`;
  }
  const allowed = error.params.allowedValues ?? error.params.allowedValue;
  const detail = allowed === undefined ? '' : ` (${JSON.stringify(allowed)})`;
  return `${field} ${error.message ?? 'is invalid'}${detail}`;
}
