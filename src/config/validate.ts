/**
 * Validates one configuration layer against `schema/testmaster.schema.json`
 * and turns Ajv's errors into issues that name the key, the problem and the
 * accepted values.
 */
import type { ErrorObject } from 'ajv';
import validateSchema from './generated/schema-validator.js';
import { findGlobIssues } from './globs.js';
import { describeValue, nearestName, type ConfigIssue, type PathSegment } from './issues.js';
import { findUnorderedRiskLevels } from './risk-levels.js';
import { findValidateIssues } from './validate-section.js';
import type { ConfigInput } from './types.js';

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, unknown>;
}

/**
 * Validates a parsed layer; returns its issues, empty when the layer is valid.
 * The schema is compiled ahead of time by scripts/config-validator.mjs, with
 * the Ajv options written there, so that no run pays for compiling it.
 */
export function validateConfigInput(data: unknown): ConfigIssue[] {
  if (!validateSchema(data)) return issuesFromErrors(validateSchema.errors ?? []);
  const valid = data as ConfigInput;
  return [
    ...findGlobIssues(valid),
    ...findDuplicateSuites(valid),
    ...findGitFolderPaths(valid),
    ...findUnorderedRiskLevels(valid),
    ...findValidateIssues(valid),
  ];
}

/** The scan cache must not be written into git's own folder, where it could replace HEAD or a hook. */
function findGitFolderPaths(data: ConfigInput): ConfigIssue[] {
  const path = data.impact?.cache?.path;
  if (path === undefined || !path.split(/[\\/]/).includes('.git')) return [];
  return [{ path: ['impact', 'cache', 'path'], message: `lies inside the .git folder (${JSON.stringify(path)}). Name a file of its own, such as node_modules/.cache/testmaster/impact-scan.json` }];
}

/** Suite names key the outputs and the report, so each may appear once. */
function findDuplicateSuites(data: ConfigInput): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  data.impact?.suites?.forEach((suite, index) => {
    if (seen.has(suite.name)) {
      issues.push({ path: ['impact', 'suites', index, 'name'], message: `repeats the suite name ${JSON.stringify(suite.name)}. Give each suite its own name` });
    }
    seen.add(suite.name);
  });
  return issues;
}

function issuesFromErrors(errors: ErrorObject[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = issueFromError(error);
    // Several keywords can reject one value (type and range), and the first error is enough to report.
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function issueFromError(error: ErrorObject): ConfigIssue {
  const path = parseInstancePath(error.instancePath);
  const parent = (error.parentSchema ?? {}) as SchemaNode;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      return { path: [...path, key], message: unknownKeyMessage(key, Object.keys(parent.properties ?? {})) };
    }
    case 'required': {
      const key = String(error.params['missingProperty']);
      return { path, message: `is missing the required key "${key}"` };
    }
    case 'uniqueItems':
      return { path, message: `lists ${describeValue(itemAt(error.data, error.params['i']))} twice; list each value once` };
    case 'enum':
      return { path, message: enumMessage(error.data, parent.enum ?? []) };
    case 'minItems':
      return { path, message: `must list at least ${String(error.params['limit'])} item; got an empty list` };
    default:
      if (path.length === 0) return { path, message: topLevelMessage(error.data) };
      return { path, message: `must be ${describeExpected(parent)}; got ${describeValue(error.data)}` };
  }
}

/** Writes the message for a top level that is not a mapping, usually another file named by mistake. It never quotes the content. */
function topLevelMessage(value: unknown): string {
  return `must be a mapping of settings such as "coverage:" and "impact:"; got ${describeValue(value)}. Check that the file is a TestMaster config`;
}

function unknownKeyMessage(key: string, allowed: string[]): string {
  const suggestion = nearestName(key, allowed);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return `is not a known key. Allowed keys here: ${allowed.join(', ')}.${hint}`;
}

function enumMessage(value: unknown, accepted: unknown[]): string {
  const names = accepted.map(String);
  const suggestion = typeof value === 'string' ? nearestName(value, names) : undefined;
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return `must be one of ${names.join(', ')}; got ${describeValue(value)}.${hint}`;
}

/** Describes what a schema node accepts, for example "a number from 0 to 100 with at most 2 decimals, or null". */
export function describeExpected(node: SchemaNode): string {
  if (node.enum) return `one of ${node.enum.map(String).join(', ')}`;
  let types: string[] = [];
  if (Array.isArray(node.type)) types = node.type;
  else if (node.type !== undefined) types = [node.type];
  const described = types.filter((type) => type !== 'null').map((type) => describeType(type, node));
  if (types.includes('null')) described.push('null');
  return described.length > 0 ? described.join(', or ') : 'a valid value';
}

function describeType(type: string, node: SchemaNode): string {
  switch (type) {
    case 'number':
    case 'integer':
      return describeNumber(node);
    case 'string':
      if (node.maxLength !== undefined) return `a string of 1 to ${node.maxLength} characters`;
      return node.minLength ? 'a non-empty string' : 'a string';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return type;
  }
}

function describeNumber(node: SchemaNode): string {
  let text = 'a number';
  if (node.minimum !== undefined && node.maximum !== undefined) text += ` from ${node.minimum} to ${node.maximum}`;
  else if (node.minimum !== undefined) text += ` of at least ${node.minimum}`;
  if (node.multipleOf === 0.01) text += ' with at most 2 decimals';
  return text;
}

function parseInstancePath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function itemAt(list: unknown, index: unknown): unknown {
  return Array.isArray(list) && typeof index === 'number' ? list[index] : undefined;
}
