/**
 * Reads a report file that another tool wrote (the `validate.sarif` files,
 * or any report in a format the linter readers know) with the repository's
 * files at hand, so regions given as offsets or without an end column get
 * exact ranges.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../../errors.js';
import type { LinterFormat } from '../settings.js';
import { parseLinterOutput } from './parse-linter-output.js';
import type { ExternalReport } from './report-context.js';
import { repositoryFiles } from './repository-files.js';

/** Reads `reportPath` (absolute, or relative to `root`) in `format`; throws `UserError` when it is missing or invalid. */
export function readReportFile(root: string, reportPath: string, format: LinterFormat, toolName?: string): ExternalReport {
  const absolute = isAbsolute(reportPath) ? reportPath : join(root, reportPath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let problem = `could not be read (${code ?? String(error)})`;
    if (code === 'ENOENT') problem = 'was not found';
    else if (code === 'EISDIR') problem = 'is a folder, not a file';
    throw new UserError(`The ${format} report ${reportPath} ${problem}. Check that the step that writes it ran before this one, and that the path is relative to the repository root`, {
      cause: error,
    });
  }
  const files = repositoryFiles(root);
  const context = { root, reportPath, readText: files.readText, isFile: files.isFile };
  return parseLinterOutput(bytes, format, toolName === undefined ? context : { ...context, toolName });
}
