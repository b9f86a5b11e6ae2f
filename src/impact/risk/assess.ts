/**
 * The risk assessment of a change: every factor measured and weighed, their
 * sum, the level it reaches, and the tiers of suites to run now.
 */

import type { FileHistory } from '../../git/history.js';
import type { ChangedFile, ImpactSettings, RiskAssessment, RiskFactor, RunAllReason } from '../model.js';
import { authorsFactor } from './authors.js';
import { centralityFactor, type CentralityInput } from './centrality.js';
import { churnFactor } from './churn.js';
import { roundTo } from './curve.js';
import { deletedExportsFactor, type ModuleVersions, type PublicModules } from './deleted-exports.js';
import { diffSizeFactor } from './diff-size.js';
import { diffSpreadFactor } from './diff-spread.js';
import { fanInFactor, type ImportersOf } from './fan-in.js';
import { riskLevel, validateRiskSettings } from './level.js';
import { sensitivePathsFactor } from './sensitive-paths.js';
import { chooseStrategy } from './strategy.js';
import { uncoveredLinesFactor, type ChangedLineCoverage } from './uncovered-lines.js';

/** Measurements of the other parts of impact analysis, as plain data. */
export interface RiskInputs {
  files: readonly ChangedFile[];
  /** Repository-relative folders of the workspace packages, for the diff spread. */
  packageFolders: readonly string[];
  /** Edges into a module of the head graph, and into a deleted module of the base graph, for the fan-in. */
  importersOf: ImportersOf;
  centrality: CentralityInput;
  /** History of the changed files, or null when it was not read. */
  history: FileHistory | null;
  /** Patch coverage of the changed lines, or null when it was not measured. */
  coverage: ChangedLineCoverage | null;
  /** Base and head text of the changed TypeScript and JavaScript modules, for the deleted exports. */
  modules: readonly ModuleVersions[];
  publicModules: PublicModules;
  /** Run-all triggers that fired. Any one of them runs every tier. */
  runAllReasons: readonly RunAllReason[];
  /** Changed files left out of `files` because they differ only in comments or white space. */
  commentOnlyFiles?: number;
}

/**
 * Measures every factor in `RISK_FACTORS` order, weighs it with
 * `settings.risk.weights`, and maps the total to a level with
 * `settings.risk.levels`. The total is rounded to one decimal before the
 * comparison, so the level always matches the score a report shows.
 * Throws a `UserError` when the weights or levels are invalid.
 */
export function assessRisk(inputs: RiskInputs, settings: Pick<ImpactSettings, 'risk' | 'sensitivePaths'>): RiskAssessment {
  validateRiskSettings(settings.risk);
  const factors = explainCommentOnly(measureFactors(inputs, settings), inputs);
  const score = roundTo(
    factors.reduce((sum, factor) => sum + factor.contribution, 0),
    1,
  );
  const level = riskLevel(score, settings.risk.levels);
  return { level, score, factors, strategy: chooseStrategy(level, score, inputs.runAllReasons) };
}

/**
 * Replaces the details of the factors that measured nothing because every
 * changed file differs only in comments or white space. Their details would
 * otherwise say that the change contains no files, next to a list of changed
 * files. Patch coverage is measured on the diff itself, so it keeps its own.
 */
function explainCommentOnly(factors: RiskFactor[], inputs: RiskInputs): RiskFactor[] {
  const left = inputs.commentOnlyFiles ?? 0;
  if (inputs.files.length > 0 || left === 0) return factors;
  const files = left === 1 ? 'The only changed file differs' : `All ${left} changed files differ`;
  const detail = `${files} only in comments or white space, which cannot change what runs, so this factor adds no risk.`;
  return factors.map((factor) => (factor.id === 'uncoveredLines' || factor.contribution !== 0 ? factor : { ...factor, detail }));
}

function measureFactors(inputs: RiskInputs, settings: Pick<ImpactSettings, 'risk' | 'sensitivePaths'>): RiskFactor[] {
  const weights = settings.risk.weights;
  const paths = inputs.files.map((file) => file.path);
  return [
    diffSizeFactor(inputs.files, weights.diffSize),
    diffSpreadFactor(paths, inputs.packageFolders, weights.diffSpread),
    fanInFactor(paths, inputs.importersOf, weights.fanIn),
    centralityFactor(inputs.centrality, weights.centrality),
    churnFactor(inputs.history, weights.churn),
    authorsFactor(inputs.history, weights.authors),
    uncoveredLinesFactor(inputs.coverage, weights.uncoveredLines),
    sensitivePathsFactor(paths, settings.sensitivePaths, weights.sensitivePaths),
    deletedExportsFactor(inputs.modules, inputs.publicModules, weights.deletedExports),
  ];
}
