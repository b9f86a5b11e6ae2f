/**
 * Turns the scanner's references of one file into graph edges by resolving
 * each one. References to packages outside the repository give no edge,
 * and references that resolve to nothing are reported back.
 */
import type { GraphEdge } from '../model.js';
import type { Resolution, ResolveOptions, Resolver } from '../resolve/index.js';
import type { ModuleReference } from '../scan/index.js';

export interface UnresolvedReference {
  importer: string;
  reference: ModuleReference;
  reason: string;
}

/** A specifier with a script extension, as a `/// <reference path="…" />` directive has and a `types="…"` package name has not. */
const REFERENCED_FILE = /\.(?:d\.)?[cm]?[jt]sx?$/;

/** Output lists of `addReferenceEdges`. */
export interface EdgeSink {
  edges: GraphEdge[];
  unresolved: UnresolvedReference[];
}

/**
 * Resolves `references` of `importer` and appends their edges to `sink`. A
 * resolution to many files gives one approximate edge per file. An edge
 * from the importer to itself, as a glob of its own folder gives, is dropped.
 */
export function addReferenceEdges(
  resolver: Resolver,
  importer: string,
  references: readonly ModuleReference[],
  sink: EdgeSink,
): void {
  for (const reference of references) {
    const resolution = resolveReference(resolver, importer, reference);
    if (resolution.kind === 'unresolved') {
      sink.unresolved.push({ importer, reference, reason: resolution.reason });
      continue;
    }
    if (resolution.kind === 'external') continue;

    const targets = resolution.kind === 'file' ? [resolution.path] : resolution.paths;
    const approximate = reference.approximate || resolution.kind === 'files';
    for (const target of targets) {
      if (target === importer) continue;
      sink.edges.push({
        from: importer,
        to: target,
        kind: reference.kind,
        typeOnly: reference.typeOnly,
        approximate,
        specifier: reference.specifier,
        line: reference.line,
        via: resolution.via,
      });
    }
  }
}

function resolveReference(resolver: Resolver, importer: string, reference: ModuleReference): Resolution {
  if (reference.kind === 'reference') return resolveDirective(resolver, importer, reference.specifier);
  return resolver.resolve(importer, reference.specifier, optionsFor(reference));
}

/**
 * Options that make the resolver read the reference as its tool would:
 * globs and dynamic prefixes as patterns, `require` under the `require`
 * conditions, and a type-only reference as TypeScript resolves it.
 */
function optionsFor(reference: ModuleReference): ResolveOptions {
  if (reference.kind === 'glob') return { glob: true };
  if (reference.kind === 'dynamic-pattern') return { pattern: { suffix: reference.suffix ?? '' } };
  if (reference.typeOnly) return { conditions: 'types' };
  return { conditions: reference.kind === 'require' ? 'require' : 'import' };
}

/**
 * Resolves a reference directive. TypeScript reads `path="globals.d.ts"`
 * relative to the file even without `./`, but the scanner reports `path`
 * and `types` directives alike. So a specifier with a script extension is
 * tried as a relative path first, and as written when that fails.
 */
function resolveDirective(resolver: Resolver, importer: string, specifier: string): Resolution {
  const bare = !specifier.startsWith('.') && !specifier.startsWith('/');
  if (bare && REFERENCED_FILE.test(specifier)) {
    const relative = resolver.resolve(importer, `./${specifier}`, { conditions: 'types' });
    if (relative.kind === 'file') return relative;
  }
  return resolver.resolve(importer, specifier, { conditions: 'types' });
}
