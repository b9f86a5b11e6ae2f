/**
 * Finds the rule (SARIF `reportingDescriptor`) behind a result and the
 * result's level, following SARIF 2.1.0 sections 3.27.5 to 3.27.10.
 */
import type { FindingLevel } from '../model.js';
import { asArray, asInteger, asObject, asString, objectAt, type JsonObject } from '../external/json-values.js';

export type SarifLevel = FindingLevel | 'none';

const SARIF_LEVELS: ReadonlySet<string> = new Set(['none', 'note', 'warning', 'error']);

/** The rule a result refers to, with the tool component that defines it. */
export interface ResolvedRule {
  /** The result's rule id, or the descriptor's when the result names it only by index. */
  id: string | undefined;
  descriptor: JsonObject | undefined;
  /** The driver or extension that defines the rule; the driver when unknown. */
  component: JsonObject | undefined;
}

/** The rules of one run's driver and extensions, looked up by index or id. */
export class RuleCatalog {
  private readonly driver: JsonObject | undefined;
  private readonly extensions: JsonObject[];
  private readonly byId = new Map<string, { descriptor: JsonObject; component: JsonObject }>();

  constructor(run: JsonObject) {
    const tool = asObject(run.tool);
    this.driver = asObject(tool?.driver);
    this.extensions = (asArray(tool?.extensions) ?? []).map(asObject).filter((item): item is JsonObject => item !== undefined);
    // The driver goes first, so its rules win over an extension's rule of the same id.
    for (const component of [this.driver, ...this.extensions]) {
      if (component) this.indexRules(component);
    }
  }

  private indexRules(component: JsonObject): void {
    for (const item of asArray(component.rules) ?? []) {
      const descriptor = asObject(item);
      const id = asString(descriptor?.id);
      if (descriptor && id !== undefined && !this.byId.has(id)) this.byId.set(id, { descriptor, component });
    }
  }

  /** Resolves `ruleId`, `ruleIndex` and `rule` (with its `toolComponent`) of a result. */
  resolve(result: JsonObject): ResolvedRule {
    const reference = asObject(result.rule);
    const component = this.componentOf(asObject(reference?.toolComponent));
    const index = asInteger(result.ruleIndex) ?? asInteger(reference?.index);
    const indexed = objectAt(component?.rules, index);
    const id = asString(result.ruleId) ?? asString(reference?.id) ?? asString(indexed?.id);
    if (indexed) return { id, descriptor: indexed, component };

    const found = id === undefined ? undefined : this.findById(id);
    return { id, descriptor: found?.descriptor, component: found?.component ?? component };
  }

  /** The driver, or the extension a `toolComponentReference` names by index, name or guid. */
  private componentOf(reference: JsonObject | undefined): JsonObject | undefined {
    if (!reference) return this.driver;
    const index = asInteger(reference.index);
    if (index !== undefined) return this.extensions[index] ?? this.driver;
    const name = asString(reference.name);
    const guid = asString(reference.guid);
    const named = this.extensions.find((item) => (name !== undefined && item.name === name) || (guid !== undefined && item.guid === guid));
    return named ?? this.driver;
  }

  /**
   * Finds a rule by id. Rule ids are hierarchical (SARIF 3.27.5), so a
   * result's `CA2101/1` falls back to the rule `CA2101` when no rule has the
   * whole id.
   */
  private findById(id: string): { descriptor: JsonObject; component: JsonObject } | undefined {
    let candidate = id;
    for (;;) {
      const found = this.byId.get(candidate);
      if (found) return found;
      const slash = candidate.lastIndexOf('/');
      if (slash <= 0) return undefined;
      candidate = candidate.slice(0, slash);
    }
  }
}

/**
 * The level of a result (SARIF 3.27.10): its own `level`; `none` when its
 * `kind` is other than `fail`; the rule's `defaultConfiguration.level`; or
 * `warning`.
 */
export function levelOf(result: JsonObject, descriptor: JsonObject | undefined): SarifLevel {
  const own = asString(result.level);
  if (own !== undefined && SARIF_LEVELS.has(own)) return own as SarifLevel;
  const kind = asString(result.kind) ?? 'fail';
  if (kind !== 'fail') return 'none';
  const configured = asString(asObject(descriptor?.defaultConfiguration)?.level);
  if (configured !== undefined && SARIF_LEVELS.has(configured)) return configured as SarifLevel;
  return 'warning';
}
