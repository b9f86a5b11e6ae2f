/**
 * Runs the standards rules on one parsed script in one walk of its tree.
 */
import { simpleTraverse } from '@typescript-eslint/typescript-estree';
import type { Finding } from '../model.js';
import type { ParsedScript } from '../parse/parse-source.js';
import { LineIndex } from '../parse/line-index.js';
import type { StandardsSettings } from '../settings.js';
import { bannedImportFinding } from './banned-imports.js';
import { fileLengthFinding } from './file-length.js';
import { functionLengthFinding } from './function-length.js';
import { describeFunction, isFunctionNode } from './functions.js';
import { namingFindings } from './naming.js';
import { parameterCountFinding } from './parameters.js';

/**
 * Returns the findings of every standards rule that the settings switch on:
 * file length, then naming, then functions and imports in tree order. Raises
 * a UserError when a naming pattern is not a valid regular expression.
 */
export function standardsFindings(script: ParsedScript, settings: StandardsSettings): Finding[] {
  const { path, text } = script.source;
  const findings: Finding[] = [];
  const fileLength = fileLengthFinding(script.source, settings);
  if (fileLength) findings.push(fileLength);
  findings.push(...namingFindings(path, script.program, settings.naming));

  const { maxFunctionLines, maxParameters, bannedImports } = settings;
  const checksFunctions = maxFunctionLines !== null || maxParameters !== null;
  if (!checksFunctions && bannedImports.length === 0) return findings;

  const positions = new LineIndex(text, 'script');
  const nodeFindings: Finding[] = [];
  simpleTraverse(script.program, {
    enter(node, parent) {
      const banned = bannedImportFinding(path, node, bannedImports);
      if (banned) nodeFindings.push(banned);
      if (!checksFunctions || !isFunctionNode(node)) return;

      const info = describeFunction(node, parent, positions, text);
      const length = maxFunctionLines === null ? null : functionLengthFinding(path, info, maxFunctionLines);
      if (length) nodeFindings.push(length);
      const parameters = maxParameters === null ? null : parameterCountFinding(path, info, maxParameters);
      if (parameters) nodeFindings.push(parameters);
    },
  });
  return [...findings, ...nodeFindings];
}
