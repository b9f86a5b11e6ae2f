/**
 * Measures cyclomatic and cognitive complexity per function of a parsed
 * script.
 */
import type { SourceRange } from '../model.js';
import type { ParsedScript } from '../parse/parse-source.js';
import { countCognitive } from './cognitive.js';
import { countCyclomatic } from './cyclomatic.js';
import { findFunctionUnits, type UnitKind } from './function-units.js';

export type { UnitKind } from './function-units.js';

/** The complexity of one function, static block or class field value. */
export interface FunctionComplexity {
  kind: UnitKind;
  /** Name without enclosing scopes: `parse`, `get size`, `[Symbol.iterator]`, `<anonymous>`, `static {}`. */
  name: string;
  /**
   * Stable name for matching across revisions: enclosing classes and
   * functions joined with dots, as in `Parser.parse` or `outer.inner`. A
   * nameless unit is `<anonymous>#N`, counted among the nameless children of
   * the same parent from 1; the second and later children with one name get
   * `#2`, `#3` and so on.
   */
  qualifiedName: string;
  /** The whole unit: the function node, the StaticBlock, or the field's value. */
  range: SourceRange;
  /** The unit's name in the source, or its first line when it has none. */
  header: SourceRange;
  /** Hash of the unit's text with white space collapsed: equal when the unit is unchanged. */
  fingerprint: string;
  /** ESLint 10 `complexity` (classic variant). */
  cyclomatic: number;
  /**
   * eslint-plugin-sonarjs 4.2 `cognitive-complexity` of the function alone.
   * Null for static blocks and field values: the plugin measures no such
   * unit and adds their points to the function that contains the class.
   */
  cognitive: number | null;
}

/** Lists every measured unit of the script in source order with both complexities. */
export function measureComplexity(script: ParsedScript): FunctionComplexity[] {
  const { program } = script;
  const cyclomatic = countCyclomatic(program);
  const cognitive = countCognitive(program);

  return findFunctionUnits(program, script.source.text).map((unit) => ({
    kind: unit.kind,
    name: unit.name,
    qualifiedName: unit.qualifiedName,
    range: unit.range,
    header: unit.header,
    fingerprint: unit.fingerprint,
    cyclomatic: cyclomatic.get(unit.field ?? unit.node) ?? 1,
    cognitive: unit.kind === 'static-block' || unit.kind === 'field-initializer' ? null : (cognitive.get(unit.node) ?? 0),
  }));
}
