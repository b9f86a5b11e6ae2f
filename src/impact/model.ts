/**
 * The data that the parts of impact analysis pass to each other: the change,
 * the module graph, the selection of tests and suites, the risk, and the
 * settings that `.github/testmaster.yml` gives them. Every part takes and
 * returns these plain values, so each can be tested without the others.
 */

/** Schedule tiers of suites, from the one that runs on every change to the rarest. */
export const TIERS = ['continuous', 'hourly', 'daily', 'weekly', 'monthly'] as const;
export type Tier = (typeof TIERS)[number];

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

// ---------------------------------------------------------------- the change

/** Status of a changed path. A rename is a deletion of the old path plus an addition of the new one. */
export type ChangeStatus = 'added' | 'modified' | 'deleted';

export interface ChangedFile {
  /** Repository-relative POSIX path. */
  path: string;
  status: ChangeStatus;
  /** True when git treats the content as binary; binary files are changes too. */
  binary: boolean;
  /** Added and deleted line counts from `git diff --numstat`; 0 for binary files. */
  addedLines: number;
  deletedLines: number;
  /**
   * Set on a modified script whose change cannot alter what runs: `comments`
   * when only comments and white space changed, `types` when the two
   * versions are equal after type erasure. Absent for every other change.
   */
  runtimeEquivalent?: RuntimeEquivalence;
  /** True for a submodule whose commit changed: the files inside it are not read. */
  submodule?: true;
}

/** How a modified script's change leaves its run-time code as it was. */
export type RuntimeEquivalence = 'comments' | 'types';

/** Options of the tsconfig that applies to a file, as far as they decide what type erasure keeps at run time. */
export interface EmitOptions {
  /** `emitDecoratorMetadata`: the types of decorated members become run-time values. */
  emitDecoratorMetadata: boolean;
  /** `verbatimModuleSyntax` or `preserveValueImports`: an import without `type` stays, even when only types use it. */
  keepValueImports: boolean;
}

/** The compared commits, how they were found, and the files that differ between them. */
export interface ChangeScope {
  mode: 'pull-request' | 'push' | 'local';
  /** Commit the change is measured from: the merge base, or `before` of a push. Null when none could be found. */
  baseSha: string | null;
  headSha: string;
  files: ChangedFile[];
  /**
   * Reason the change could not be determined exactly, such as history still
   * missing after deepening or a new branch with no merge base. The selection
   * then runs every test and reports this reason.
   */
  fullRunReason: string | null;
  /** Steps worth telling the user, such as "fetched 50 more commits to find the merge base". */
  notes: string[];
  /** Whether the clone is shallow, when detection read it after its last fetch; absent when unknown. */
  shallow?: boolean;
}

// ----------------------------------------------------------------- the graph

/** Kind of reference from one file to another, as the scanner reports it. */
export type EdgeKind =
  | 'import'
  | 'side-effect'
  | 're-export'
  | 'require'
  | 'dynamic'
  | 'dynamic-pattern'
  | 'glob'
  | 'reference';

/** One resolved reference from a repository file to another repository file. */
export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The reference is `import type` or only names types, so a change behind it needs a type check, not a run. */
  typeOnly: boolean;
  /** The target was guessed from a glob or a dynamic prefix. */
  approximate: boolean;
  /** The specifier as written, or the glob or static prefix. */
  specifier: string;
  /** 1-based line of the reference in `from`. */
  line: number;
  /** The resolver rule that found the target, for explanations. */
  via: string;
}

// ------------------------------------------------------------- the selection

/** Why a test was selected: the chain of edges from the test to a changed file, or a rule. */
export type Evidence =
  | { kind: 'changed'; detail: string }
  | {
      kind: 'chain';
      edges: GraphEdge[];
      /** Set when the changed file at the end of the chain changed only in comments or types. */
      runtimeEquivalent?: RuntimeEquivalence;
    }
  | { kind: 'trigger'; trigger: string; file: string; detail: string }
  | { kind: 'suite'; suite: string; detail: string };

export interface AffectedTest {
  path: string;
  /**
   * `type-check` when every path from the test to a run-time change crosses
   * a type-only edge, or no such path exists and the test reaches only files
   * whose change cannot alter what runs.
   */
  need: 'run' | 'type-check';
  evidence: Evidence;
}

/** A changed file that widens the run to every test, with the rule that matched it. */
export interface RunAllReason {
  /** Name of the trigger rule, for example `test-runner config` or `lockfile`. */
  trigger: string;
  file: string;
  detail: string;
}

export interface SelectedSuite {
  name: string;
  tier: Tier;
  runsOn: string[];
  /** Why the suite was selected: the paths or tests of it that the change reached. */
  reasons: string[];
}

// ------------------------------------------------------------------ the risk

export const RISK_FACTORS = [
  'diffSize',
  'diffSpread',
  'fanIn',
  'centrality',
  'churn',
  'authors',
  'uncoveredLines',
  'sensitivePaths',
  'deletedExports',
] as const;
export type RiskFactorId = (typeof RISK_FACTORS)[number];

export interface RiskFactor {
  id: RiskFactorId;
  label: string;
  /** The measured value in its own unit (lines, files, authors, ...). */
  value: number;
  unit: string;
  /** The value scaled to 0..1 by the factor's documented curve. */
  score: number;
  weight: number;
  /** `score * weight`; the contributions add up to the total score. */
  contribution: number;
  /** One sentence on what was measured, such as the most imported changed module. */
  detail: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  /** Sum of the contributions, 0 to 100 with the default weights. */
  score: number;
  factors: RiskFactor[];
  /** Tiers to run now, and why. */
  strategy: { tiers: Tier[]; reason: string };
}

// -------------------------------------------------------------- the settings

export interface SuiteSettings {
  name: string;
  /** Globs of the files the suite covers; a change to one of them, or to a file they reach, selects the suite. */
  paths: string[];
  tier: Tier;
  /** `runs-on` labels of the runner the suite needs. */
  runsOn: string[];
}

/** Resolved `impact` settings, as the config layer gives them to the engine. */
export interface ImpactSettings {
  /** Extra globs of test files, added to those read from vitest and jest configs. */
  tests: { include: string[]; exclude: string[] };
  /** User trigger globs: a change to a matching file runs every test. They add to the built-in triggers. */
  triggers: string[];
  /** When true, a test reached only through type-only edges must run rather than only type-check. */
  typeOnlyEdgesRun: boolean;
  /**
   * When true, a script that changed only in comments, white space or types
   * counts as a run-time change, so the stage does not compare its versions.
   */
  equivalentChangesRun: boolean;
  suites: SuiteSettings[];
  /** Globs of sensitive paths (auth, migrations, ...) that raise the risk. */
  sensitivePaths: string[];
  risk: {
    weights: Record<RiskFactorId, number>;
    /** Lowest score of each level above `low`. */
    levels: { medium: number; high: number; critical: number };
  };
}
