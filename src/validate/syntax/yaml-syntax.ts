/**
 * Errors and warnings of YAML files from the `yaml` package, in every
 * document of a multi-document file. A duplicate key in a mapping is an error
 * (the package's `uniqueKeys` default), because GitHub Actions and most YAML
 * readers reject it or silently keep one of the values.
 */
import { parseAllDocuments, type YAMLError } from 'yaml';
import type { Finding, FindingLevel, SourceText } from '../model.js';
import { LineIndex } from '../parse/line-index.js';
import { SYNTAX_RULE_IDS, SYNTAX_RULES, SYNTAX_TOOL } from './rules.js';

const STACK_OVERFLOW = /maximum call stack size exceeded/i;

/**
 * Parses every document of the file and returns a finding for each error and
 * warning, in the order of their positions. Throws a RangeError when the
 * package runs out of stack on deeply nested collections.
 */
export function yamlSyntaxFindings(source: SourceText): Finding[] {
  const documents = parseAllDocuments(source.text, { prettyErrors: false, uniqueKeys: true });
  const problems: Array<{ problem: YAMLError; level: FindingLevel }> = [];
  // An empty file parses to an empty stream, which has errors and warnings too.
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    for (const problem of document.errors) {
      // The package reports its own stack overflow on deeply nested flow
      // collections as an error, but the text may be valid, so the caller
      // gets the overflow as the script parsers throw it.
      if (problem.code === 'RESOURCE_EXHAUSTION' && STACK_OVERFLOW.test(problem.message)) throw new RangeError(problem.message);
      problems.push({ problem, level: 'error' });
    }
    for (const problem of document.warnings) problems.push({ problem, level: 'warning' });
  }
  const lines = new LineIndex(source.text);
  const helpUri = SYNTAX_RULES.find((rule) => rule.id === SYNTAX_RULE_IDS.yaml)?.helpUri;
  return problems
    .sort((left, right) => left.problem.pos[0] - right.problem.pos[0])
    .map(({ problem, level }) => {
      const finding: Finding = {
        ruleId: SYNTAX_RULE_IDS.yaml,
        level,
        path: source.path,
        range: lines.rangeInText(problem.pos[0], problem.pos[1]),
        message: messageOf(problem),
        tool: SYNTAX_TOOL,
        properties: { code: problem.code },
      };
      if (helpUri) finding.helpUri = helpUri;
      return finding;
    });
}

/** Returns the package's message as one sentence; `prettyErrors: false` keeps the position out of it. */
function messageOf(problem: YAMLError): string {
  const message = problem.message.trim();
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
