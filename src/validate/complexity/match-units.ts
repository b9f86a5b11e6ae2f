/**
 * Pairs each unit of the head revision of a file with the same unit in the
 * base revision, so a finding can show the base value and tell whether the
 * change raised it.
 */
import type { FunctionComplexity } from './measure.js';

type Pairing = (head: FunctionComplexity, base: FunctionComplexity) => boolean;

/**
 * Pairs units of one kind in four passes, each over the units that earlier
 * passes left unpaired, taking candidates in source order:
 * 1. equal qualified name and fingerprint: the unit is unchanged;
 * 2. equal fingerprint: the unit is unchanged but moved, or renumbered, as
 *    nameless callbacks are after one is inserted before them;
 * 3. equal qualified name: the unit changed in place;
 * 4. equal name: the unit changed and moved to another scope, or its
 *    scope was renamed.
 */
const PASSES: Pairing[] = [
  (head, base) => head.qualifiedName === base.qualifiedName && head.fingerprint === base.fingerprint,
  (head, base) => head.fingerprint === base.fingerprint,
  (head, base) => head.qualifiedName === base.qualifiedName,
  (head, base) => head.name === base.name,
];

/**
 * Returns the base unit of each head unit in head order, or null for a unit
 * without a counterpart in the base, which the change added or renamed.
 */
export function matchBaseUnits(
  head: readonly FunctionComplexity[],
  base: readonly FunctionComplexity[],
): Map<FunctionComplexity, FunctionComplexity | null> {
  const matches = new Map<FunctionComplexity, FunctionComplexity>();
  const unpairedBase = [...base];

  for (const sameUnit of PASSES) {
    for (const unit of head) {
      if (matches.has(unit)) continue;
      const index = unpairedBase.findIndex((other) => other.kind === unit.kind && sameUnit(unit, other));
      if (index < 0) continue;
      matches.set(unit, unpairedBase[index]!);
      unpairedBase.splice(index, 1);
    }
  }
  return new Map(head.map((unit) => [unit, matches.get(unit) ?? null]));
}
