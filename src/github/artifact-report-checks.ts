/**
 * Checks of the report inside a fork's run artifact that the privileged
 * publishing workflow makes before it shows anything: the report name, the
 * stage ids and the outcome that each headline states.
 *
 * The fork decides the data of its report, because it runs its own tests.
 * The publishing workflow decides the name of the check run and the comment,
 * so a fork cannot create a passing check run under the name of another
 * required check.
 */
import type { RunReport, StageReport, StageStatus } from '../report/document.js';
import { ArtifactMismatchError } from './artifact-mismatch.js';

/** Raises `ArtifactMismatchError` when the report does not pass the checks of this module. */
export function checkArtifactReport(report: RunReport, expectedName: string, file: string): void {
  checkReportName(report.name, expectedName, file);
  checkUniqueStageIds(report.stages, file);
  for (const stage of report.stages) checkHeadlineOutcome(stage, file);
}

function checkReportName(name: string, expectedName: string, file: string): void {
  if (name === expectedName) return;
  // JSON.stringify quotes the untrusted name and escapes line breaks in it.
  throw new ArtifactMismatchError(
    `${file}: the report is named ${JSON.stringify(name)}, but this publish step publishes ${JSON.stringify(expectedName)}. ` +
      'Nothing was published. Set the same report-name input on the pull request step and the publish step.',
  );
}

function checkUniqueStageIds(stages: readonly StageReport[], file: string): void {
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.id)) {
      throw new ArtifactMismatchError(`${file}: stage id "${stage.id}" occurs twice, which TestMaster never writes. Nothing was published.`);
    }
    seen.add(stage.id);
  }
}

/**
 * Outcome words that the stages of TestMaster put at the end of a headline's
 * lead clause ("Coverage failed: 2 of 3 checks failed"), and the status each
 * one states.
 */
const OUTCOME_PHRASES: readonly { phrase: string; status: StageStatus }[] = [
  { phrase: 'passed', status: 'passed' },
  { phrase: 'failed', status: 'failed' },
  { phrase: 'incomplete', status: 'error' },
  { phrase: 'could not run', status: 'error' },
  { phrase: 'had invalid input', status: 'error' },
  { phrase: 'skipped', status: 'skipped' },
];

/**
 * Returns the status that a headline states in its lead clause, or undefined
 * when it states none. The lead clause is compared after Unicode
 * compatibility folding, without invisible format characters and with every
 * kind of space as a plain one. An outcome phrase counts anywhere in it
 * as whole words. `mixed` means phrases of two statuses.
 */
export function statedOutcome(headline: string): StageStatus | 'mixed' | undefined {
  const lead = normalizedLead(headline);
  const stated = new Set<StageStatus>();
  for (const { phrase, status } of OUTCOME_PHRASES) {
    if (new RegExp(`(?:^|[^a-z])${phrase}(?:$|[^a-z])`).test(lead)) stated.add(status);
  }
  if (stated.size > 1) return 'mixed';
  return stated.values().next().value;
}

function normalizedLead(headline: string): string {
  const folded = headline.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(/\p{Z}+/gu, ' ');
  return (folded.split(/[:;.,!?]/, 1)[0] ?? '').trim().toLowerCase();
}

/**
 * Checks whether a lead clause has only the characters that TestMaster's
 * stages write there (ASCII), so that a look-alike letter from another
 * script cannot hide an outcome word.
 */
function hasPlainLead(headline: string): boolean {
  return /^[\x20-\x7e]*$/.test(normalizedLead(headline));
}

/**
 * Rejects a stage whose headline states another outcome than its status, or
 * whose lead clause TestMaster could not have written. The comment shows each
 * stage's status next to its headline, and the title line and the check
 * conclusion follow the statuses, so such a headline would contradict them.
 */
function checkHeadlineOutcome(stage: StageReport, file: string): void {
  if (!hasPlainLead(stage.headline)) {
    throw new ArtifactMismatchError(
      `${file}: stage "${stage.id}" has a headline whose lead clause contains characters other than printable ASCII, which TestMaster never writes there. ` +
        'The artifact was changed after the run. Nothing was published.',
    );
  }
  const stated = statedOutcome(stage.headline);
  if (stated === undefined || stated === stage.status) return;
  const statement = stated === 'mixed' ? 'more than one outcome' : stated;
  throw new ArtifactMismatchError(
    `${file}: stage "${stage.id}" has status ${stage.status}, but its headline states ${statement}. ` +
      'TestMaster writes them together, so the artifact was changed after the run. Nothing was published.',
  );
}
