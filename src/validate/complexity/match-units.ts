/**
 * Pairs each unit of the head revision of a file with the same unit in the
 * base revision, so a finding can show the base value and tell whether the
 * change raised it.
 */
import type { FunctionComplexity } from './measure.js';

/**
 * Returns the base unit of each head unit, or null for a unit new in the head.
 *
 * Two passes: first equal qualified names, which survive edits elsewhere in
 * the file; then, among the units still unpaired, equal kind and name in
 * source order, which follows a function moved into another scope, a scope
 * renamed, or nameless callbacks renumbered after one was added before them.
 */
export function matchBaseUnits(
  head: readonly FunctionComplexity[],
  base: readonly FunctionComplexity[],
): Map<FunctionComplexity, FunctionComplexity | null> {
  const matches = new Map<FunctionComplexity, FunctionComplexity | null>();
  const unpairedBase = new Set(base);

  const baseByQualifiedName = new Map<string, FunctionComplexity>();
  for (const unit of base) if (!baseByQualifiedName.has(unit.qualifiedName)) baseByQualifiedName.set(unit.qualifiedName, unit);
  for (const unit of head) {
    const candidate = baseByQualifiedName.get(unit.qualifiedName);
    if (candidate && candidate.kind === unit.kind && unpairedBase.has(candidate)) {
      matches.set(unit, candidate);
      unpairedBase.delete(candidate);
    }
  }

  for (const unit of head) {
    if (matches.has(unit)) continue;
    const candidate = [...unpairedBase].find((other) => other.kind === unit.kind && other.name === unit.name);
    if (candidate) unpairedBase.delete(candidate);
    matches.set(unit, candidate ?? null);
  }
  return matches;
}
