/** Chooses the reader for a linter's output format. */
import type { LinterFormat } from '../settings.js';
import { readSarif } from '../sarif/read-sarif.js';
import { readCheckstyle } from './read-checkstyle.js';
import { readEslintJson } from './read-eslint-json.js';
import type { ExternalReport, ReportContext } from './report-context.js';

/** Reads a report in `format`; throws `UserError` naming `context.reportPath` when it is not valid in that format. */
export function parseLinterOutput(output: Buffer, format: LinterFormat, context: ReportContext): ExternalReport {
  switch (format) {
    case 'sarif':
      return readSarif(output.toString('utf8'), context);
    case 'checkstyle':
      return readCheckstyle(output, context);
    case 'eslint-json':
      return readEslintJson(output.toString('utf8'), context);
  }
}
