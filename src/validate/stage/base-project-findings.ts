/**
 * The whole-project validators run a second time, on the merge base, for the
 * `new` filter. A type error or a linter finding that was already there
 * before the change has a twin with the same fingerprint at the base, so the
 * filter drops it, wherever in the repository it lies.
 *
 * Only validators that reported something at the head run again: with no
 * head finding, the base has nothing to take away. SARIF files of other tools
 * describe the head alone, and a validator that fails on the base has no
 * base findings to compare with. Their findings are filtered as with the
 * `file` filter instead, with a note in the report.
 */
import { countOf } from '../../report/count-text.js';
import type { Logger } from '../../run/logger.js';
import type { Finding } from '../model.js';
import type { ValidateSettings, ValidatorName } from '../settings.js';
import { withCommitCheckout } from './commit-checkout.js';
import { readWorkingTreeTexts } from './file-texts.js';
import { isProjectWide } from './finding-sets.js';
import { runLinters, runTypes } from './project-validators.js';
import type { ProjectCheck, ProjectCheckInput } from './validators.js';

/** Validators that can run on a checkout of the merge base. */
const RERUNNABLE: ReadonlySet<ValidatorName> = new Set(['types', 'linters']);

export interface BaseProjectRequest {
  root: string;
  baseSha: string;
  settings: ValidateSettings;
  /** The head's whole-project checks, as the stage ran them. */
  headChecks: readonly ProjectCheck[];
  log: Logger;
}

export interface BaseProjectFindings {
  /** Findings of the merge base under their base paths. */
  findings: Finding[];
  /** Validators whose head findings can be paired with `findings`. */
  compared: Set<ValidatorName>;
  /** Texts of the base files that `findings` point into, for their fingerprints. */
  texts: Map<string, string>;
  notes: string[];
  warnings: string[];
}

export async function projectFindingsAtBase(request: BaseProjectRequest): Promise<BaseProjectFindings> {
  const outcome: BaseProjectFindings = { findings: [], compared: new Set(), texts: new Map(), notes: [], warnings: [] };
  const rerun = request.headChecks.filter((check) => RERUNNABLE.has(check.name) && check.status === 'ran' && check.findings.some((finding) => !isProjectWide(finding)));
  noteUncompared(request.headChecks, outcome);
  if (rerun.length === 0) return outcome;

  const names = rerun.map((check) => check.name);
  request.log.info(`Validate: running ${names.join(' and ')} on the merge base ${request.baseSha.slice(0, 12)} for the new filter.`);
  try {
    await withCommitCheckout(request.root, request.baseSha, async (folder) => {
      for (const name of names) await runAtBase(name, { ...request, folder }, outcome);
      outcome.texts = readWorkingTreeTexts(folder, [...new Set(outcome.findings.map((finding) => finding.path))]).texts;
    });
  } catch (error) {
    // The checkout itself failed (a missing object in a partial clone, a full disk): no validator could compare.
    outcome.compared.clear();
    outcome.findings = [];
    outcome.warnings.push(`The merge base could not be checked out for the new filter (${(error as Error).message}), so findings of ${names.join(' and ')} are filtered as with the file filter.`);
  }
  if (outcome.compared.size > 0) outcome.notes.push(`The new filter compared ${[...outcome.compared].join(' and ')} with ${countOf(outcome.findings.length, 'finding', 'findings')} on the merge base.`);
  return outcome;
}

async function runAtBase(name: ValidatorName, request: BaseProjectRequest & { folder: string }, outcome: BaseProjectFindings): Promise<void> {
  const input: ProjectCheckInput = { root: request.folder, settings: request.settings, typesCacheDir: null, importedSarif: [], reportedFiles: null, log: request.log };
  const check = name === 'types' ? await runTypes(input) : await runLinters(input);
  if (check === null || check.status === 'failed') {
    const reason = check ? `: ${check.detail.replace(/\.$/, '')}` : '';
    outcome.warnings.push(`The ${name} validator failed on the merge base${reason}. Its findings are filtered as with the file filter.`);
    return;
  }
  // A validator skipped at the base (no tsconfig there yet) had nothing to report, so every head finding of it is new.
  outcome.compared.add(name);
  for (const finding of check.findings) if (!isProjectWide(finding)) outcome.findings.push(finding);
}

function noteUncompared(headChecks: readonly ProjectCheck[], outcome: BaseProjectFindings): void {
  const sarif = headChecks.find((check) => check.name === 'sarif' && check.findings.length > 0);
  if (sarif) outcome.notes.push('SARIF files describe the head only, so the new filter keeps their findings in changed files, as the file filter does.');
}
