/**
 * Explains why one file is or is not selected: the chain of imports from
 * it to a changed file, the trigger that widened the run, or why nothing
 * reaches it and what would make it a test.
 */
import { endSentence } from '../../config/issues.js';
import { displayText } from '../display-text.js';
import type { ImporterIndex, ModuleGraph } from '../graph/index.js';
import type { AffectedTest, ChangedFile, EdgeKind, GraphEdge } from '../model.js';
import { searchImporters, type Reach } from './reverse-search.js';
import type { Explanation } from './selection-types.js';
import type { TestCatalog } from './test-files.js';

export interface ExplainContext {
  head: ModuleGraph;
  tests: TestCatalog;
  changes: ReadonlyMap<string, ChangedFile>;
  affectedTests: ReadonlyMap<string, AffectedTest>;
  /** The search over every edge, type-only ones included. */
  reach: Reach;
  /** The importers of the head graph, with those of deleted files in the base graph. */
  importers: ImporterIndex;
}

const VERBS: Record<EdgeKind, string> = {
  import: 'imports',
  'side-effect': 'imports',
  're-export': 're-exports',
  require: 'requires',
  dynamic: 'imports dynamically',
  'dynamic-pattern': 'may import dynamically',
  glob: 'may import by glob',
  reference: 'references',
};

/**
 * Explains `path` in sentences. Paths in the sentences are in their
 * `displayText` form, and `Explanation.path` keeps the exact path.
 */
export function explainPath(context: ExplainContext, path: string): Explanation {
  const displayedPath = displayText(path);
  const isTest = context.tests.files.has(path);
  const change = context.changes.get(path);
  if (change?.status === 'deleted') {
    return { path, isTest, selected: false, lines: [`${displayedPath} was deleted in this change, so there is nothing of it to run.`] };
  }
  if (!context.head.has(path) && !change) {
    return { path, isTest, selected: false, lines: [`${displayedPath} is not a tracked file of the head tree, so nothing selects it.`] };
  }

  const affected = context.affectedTests.get(path);
  if (affected) return explainSelectedTest(context, affected);

  const explanation: Explanation = { path, isTest, selected: false, lines: [] };
  const reached = context.reach.has(path) && !change;
  if (reached) {
    const edges = context.reach.chainFrom(path);
    explanation.evidence = { kind: 'chain', edges };
    explanation.lines.push(`${displayedPath} is not a test file. The change reaches it through ${count(edges.length, 'edge')}:`, ...chainLines(context, edges));
  } else if (change) {
    explanation.lines.push(`${displayedPath} ${changeText(change)} in this change, but it is not a test file.`);
  } else {
    const subject = isTest ? `${displayedPath} is a test file, but` : `${displayedPath} is not a test file, and`;
    explanation.lines.push(`${subject} no path from a changed file reaches it.`);
    addChangedImporter(context, explanation);
  }

  if (!isTest) {
    explanation.testPatterns = context.tests.patternsFor(path);
    explanation.lines.push('It would be a test file if it matched one of:', ...explanation.testPatterns.map((pattern) => `  ${pattern}`));
  }
  return explanation;
}

function explainSelectedTest(context: ExplainContext, test: AffectedTest): Explanation {
  const explanation: Explanation = { path: test.path, isTest: true, selected: true, need: test.need, evidence: test.evidence, lines: [] };
  const evidence = test.evidence;
  const displayedPath = displayText(test.path);
  if (evidence.kind === 'changed') {
    explanation.lines.push(`${displayedPath} is a test file and ${evidence.detail}, so it runs.`);
  } else if (evidence.kind === 'chain') {
    const steps = count(evidence.edges.length, 'edge');
    let summary = `${displayedPath} is a test file that imports a changed file through ${steps}, so it runs:`;
    if (test.need === 'type-check') {
      summary = evidence.runtimeEquivalent
        ? `${displayedPath} is a test file that reaches only changes that cannot alter what runs, so it needs a type check, not a run:`
        : `${displayedPath} is a test file that reaches a changed file only through type-only imports, so it needs a type check, not a run:`;
    }
    explanation.lines.push(summary, ...chainLines(context, evidence.edges));
  } else if (evidence.kind === 'trigger') {
    explanation.lines.push(endSentence(`${displayedPath} is a test file, and it runs because ${displayText(evidence.file)} changed (${evidence.trigger}): ${evidence.detail}`));
  } else {
    explanation.lines.push(endSentence(`${displayedPath} is a test file of suite ${evidence.suite}: ${evidence.detail}`));
  }
  return explanation;
}

/** Finds the nearest changed file that imports the explained file, which is the usual reason a user expects it to be selected. */
function addChangedImporter(context: ExplainContext, explanation: Explanation): void {
  const upward = searchImporters([explanation.path], context.importers, true);
  for (const candidate of upward.paths()) {
    if (candidate === explanation.path || !context.changes.has(candidate)) continue;
    const edges = upward.chainFrom(candidate);
    explanation.changedImporter = { path: candidate, edges };
    explanation.lines.push(
      `The nearest changed file that imports it is ${displayText(candidate)}, ${count(edges.length, 'edge')} away, but a change selects only the files that import the changed file, not the files it imports:`,
      ...edges.map((edge) => `  ${describeEdge(edge)}`),
    );
    return;
  }
}

function chainLines(context: ExplainContext, edges: readonly GraphEdge[]): string[] {
  const lines = edges.map((edge) => `  ${describeEdge(edge)}`);
  const last = edges[edges.length - 1];
  const change = last && context.changes.get(last.to);
  if (!last || !change) return lines;
  const runTime = change.runtimeEquivalent ? ', so its run-time code is unchanged' : '';
  lines.push(`  ${displayText(last.to)} ${changeText(change)}${runTime}`);
  return lines;
}

/** Describes a change in a few words, such as "changed only in comments or white space". */
export function changeText(change: ChangedFile): string {
  if (change.runtimeEquivalent === 'comments') return 'changed only in comments or white space';
  if (change.runtimeEquivalent === 'types') return 'changed only in types';
  return `was ${change.status}`;
}

function describeEdge(edge: GraphEdge): string {
  const typeOnly = edge.typeOnly ? ', type-only' : '';
  return `${displayText(edge.from)}:${edge.line} ${VERBS[edge.kind]} ${displayText(edge.to)} ("${displayText(edge.specifier)}"${typeOnly}, via ${edge.via})`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
