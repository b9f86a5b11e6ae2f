/**
 * The validators that read the whole project: the type checker, the
 * configured linters and other tools' SARIF files. Each runs on its own, so
 * that invalid input of one (an unreadable SARIF file, a linter that cannot
 * start) is reported as that validator's failure and the others still run.
 */
import { endSentence } from '../../config/issues.js';
import { UserError } from '../../errors.js';
import { findReports } from '../../coverage/find-reports.js';
import { readReportFile, runLinter } from '../external/index.js';
import { runTypeCheck } from '../types/index.js';
import type { ProjectCheck, ProjectCheckInput } from './validators.js';

/**
 * Type-checks with the repository's own TypeScript. A repository without a
 * compiler or a tsconfig skips the validator with the reason, and a missing
 * compiler also logs a warning. A configured project that does not exist, or
 * a declared compiler that is not installed, fails it.
 */
export async function runTypes(input: ProjectCheckInput): Promise<ProjectCheck | null> {
  const { settings, root, log } = input;
  if (!settings.validators.includes('types')) return null;
  try {
    const result = await runTypeCheck({ root, settings: settings.types, cacheDir: input.typesCacheDir, onlyFiles: input.reportedFiles, log });
    if (result.skippedReason && result.compiler === null) {
      // No compiler and none declared: a repository that may not use TypeScript, so the skip stays, but visibly.
      const warning = endSentence(`The types validator was skipped: ${result.skippedReason}`);
      log.warning(warning);
      return { name: 'types', status: 'skipped', detail: result.skippedReason, findings: [], warnings: [warning] };
    }
    if (result.skippedReason) return { name: 'types', status: 'skipped', detail: result.skippedReason, findings: [], warnings: [] };
    const compiler = result.compiler ? `TypeScript ${result.compiler.version} (${result.compiler.mode})` : 'TypeScript';
    const projects = result.projects.length === 1 ? result.projects[0]!.tsconfig : `${result.projects.length} projects`;
    const seconds = (result.durationMs / 1000).toFixed(1);
    return { name: 'types', status: 'ran', detail: `${compiler}, ${projects}, ${seconds} s`, findings: result.findings, warnings: [] };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { name: 'types', status: 'failed', detail: error.message, findings: [], warnings: [] };
  }
}

export async function runLinters(input: ProjectCheckInput): Promise<ProjectCheck | null> {
  const { settings, root, log } = input;
  if (!settings.validators.includes('linters') || settings.linters.length === 0) return null;
  const check: ProjectCheck = { name: 'linters', status: 'ran', detail: '', findings: [], warnings: [] };
  const failures: string[] = [];
  for (const linter of settings.linters) {
    try {
      const report = await runLinter(root, linter, log, linter.timeoutSeconds ? { timeoutMs: linter.timeoutSeconds * 1000 } : {});
      // A loop, not push(...list): a report can hold more findings than a call takes arguments.
      for (const finding of report.findings) check.findings.push(finding);
      check.warnings.push(...report.warnings);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(endSentence(error.message));
    }
  }
  check.detail = settings.linters.map((linter) => linter.name).join(', ');
  if (failures.length > 0) {
    check.status = 'failed';
    check.detail = failures.join(' ');
  }
  return check;
}

/**
 * Reads the SARIF files of other tools. Files the config names must lie
 * inside the repository, because a pull request can change the config.
 * Files named on the command line or in a workflow input may lie anywhere.
 */
export async function readSarifFiles(input: ProjectCheckInput): Promise<ProjectCheck | null> {
  const { settings, root } = input;
  if (!settings.validators.includes('sarif')) return null;
  if (settings.sarif.length === 0 && input.importedSarif.length === 0) return null;

  const check: ProjectCheck = { name: 'sarif', status: 'ran', detail: '', findings: [], warnings: [] };
  const failures: string[] = [];
  const found = await findReports(root, settings.sarif);
  for (const pattern of found.unmatched) check.warnings.push(`validate.sarif ${JSON.stringify(pattern)} matched no file.`);
  const files = [...found.files, ...input.importedSarif];
  for (const file of files) {
    try {
      const report = readReportFile(root, file, 'sarif');
      // A loop, not push(...list): a report can hold more findings than a call takes arguments.
      for (const finding of report.findings) check.findings.push(finding);
      check.warnings.push(...report.warnings);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(endSentence(error.message));
    }
  }
  check.detail = files.length === 1 ? files[0]! : `${files.length} files`;
  if (failures.length > 0) {
    check.status = 'failed';
    check.detail = failures.join(' ');
  }
  return check;
}
