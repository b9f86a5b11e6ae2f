/**
 * Checks the globs of a configuration layer that the schema cannot check:
 * picomatch syntax, and that globs matched against repository paths are
 * relative and stay inside the repository.
 */
import picomatch from 'picomatch';
import type { ConfigIssue, PathSegment } from './issues.js';
import type { ConfigInput } from './types.js';

interface GlobField {
  path: PathSegment[];
  glob: string;
  /** Whether the glob is matched against repository-relative paths. */
  repositoryRelative: boolean;
}

/** Returns one issue per invalid glob in the layer. */
export function findGlobIssues(input: ConfigInput): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const field of listGlobFields(input)) {
    const message = globProblem(field.glob, field.repositoryRelative);
    if (message) issues.push({ path: field.path, message });
  }
  return issues;
}

/**
 * Returns what is wrong with a glob, or undefined when it is valid.
 * Report locations may be absolute or outside the repository, because CI jobs
 * sometimes write reports to a temporary folder, so only their syntax is checked.
 */
export function globProblem(glob: string, repositoryRelative: boolean): string | undefined {
  const syntax = syntaxProblem(glob);
  if (syntax) return syntax;
  if (!repositoryRelative) return undefined;

  if (/^([A-Za-z]:)?[\\/]/.test(glob)) {
    const relative = glob.replace(/^([A-Za-z]:)?[\\/]+/, '');
    return `is an absolute path (${JSON.stringify(glob)}), but globs match repository-relative paths. Write it relative to the repository root, such as ${JSON.stringify(relative || '**')}`;
  }
  if (glob.split(/[\\/]/).includes('..')) {
    return `contains a ".." segment (${JSON.stringify(glob)}), but globs match paths inside the repository. Remove the segment and write the glob from the repository root`;
  }
  return undefined;
}

function syntaxProblem(glob: string): string | undefined {
  try {
    // strictBrackets makes picomatch reject an unclosed [, { or ( instead of matching it literally.
    picomatch.makeRe(glob, { strictBrackets: true, dot: true });
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // picomatch names the missing character and how to escape it.
    return `is not a valid glob (${JSON.stringify(glob)}): ${reason}`;
  }
}

function listGlobFields(input: ConfigInput): GlobField[] {
  const fields: GlobField[] = [...listImpactGlobFields(input), ...listValidateGlobFields(input)];
  const coverage = input.coverage;
  if (!coverage) return fields;
  coverage.reports?.forEach((glob, index) => {
    fields.push({ path: ['coverage', 'reports', index], glob, repositoryRelative: false });
  });
  coverage.paths?.forEach((rule, index) => {
    fields.push({ path: ['coverage', 'paths', index, 'glob'], glob: rule.glob, repositoryRelative: true });
  });
  for (const key of ['include', 'exclude'] as const) {
    coverage.patch?.[key]?.forEach((glob, index) => {
      fields.push({ path: ['coverage', 'patch', key, index], glob, repositoryRelative: true });
    });
  }
  return fields;
}

function listImpactGlobFields(input: ConfigInput): GlobField[] {
  const impact = input.impact;
  if (!impact) return [];
  const fields: GlobField[] = [];
  const add = (path: PathSegment[], glob: string): void => {
    fields.push({ path, glob, repositoryRelative: true });
  };
  for (const key of ['include', 'exclude'] as const) {
    impact.tests?.[key]?.forEach((glob, index) => add(['impact', 'tests', key, index], glob));
  }
  impact.triggers?.forEach((glob, index) => add(['impact', 'triggers', index], glob));
  impact.sensitivePaths?.forEach((glob, index) => add(['impact', 'sensitivePaths', index], glob));
  impact.suites?.forEach((suite, suiteIndex) => {
    suite.paths.forEach((glob, index) => add(['impact', 'suites', suiteIndex, 'paths', index], glob));
  });
  if (impact.cache?.path !== undefined) add(['impact', 'cache', 'path'], impact.cache.path);
  return fields;
}

function listValidateGlobFields(input: ConfigInput): GlobField[] {
  const validate = input.validate;
  if (!validate) return [];
  const fields: GlobField[] = [];
  const add = (path: PathSegment[], glob: string): void => {
    fields.push({ path, glob, repositoryRelative: true });
  };
  validate.include?.forEach((glob, index) => add(['validate', 'include', index], glob));
  validate.exclude?.forEach((glob, index) => add(['validate', 'exclude', index], glob));
  validate.sarif?.forEach((glob, index) => add(['validate', 'sarif', index], glob));
  validate.types?.projects?.forEach((glob, index) => add(['validate', 'types', 'projects', index], glob));
  validate.secrets?.exclude?.forEach((glob, index) => add(['validate', 'secrets', 'exclude', index], glob));
  validate.linters?.forEach((linter, index) => {
    if (typeof linter.output === 'string') add(['validate', 'linters', index, 'output'], linter.output);
  });
  return fields;
}
