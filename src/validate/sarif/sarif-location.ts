/**
 * Turns a SARIF `artifactLocation` into a repository path (SARIF 2.1.0
 * sections 3.4 and 3.14.14).
 *
 * - `index` refers to `run.artifacts`, whose `location` gives the URI when
 *   the reference has none.
 * - `uriBaseId` names an entry of `run.originalUriBaseIds`, whose URI may
 *   carry a `uriBaseId` of its own; such chains resolve until an absolute
 *   URI. An id without an entry or without a URI (GitHub's `%SRCROOT%`
 *   usually has none) stands for the repository root.
 * - `file://` URIs are percent-decoded absolute paths, with Windows drive
 *   letters (`file:///C:/src/a.ts`) kept.
 * - A relative URI without a resolvable base follows the order of
 *   repository-path.ts: the repository root, then the report's folder.
 */
import type { ReportContext } from '../external/report-context.js';
import { insideOrNot, isAbsolutePath, joinAbsolute, requireFile, resolveRelative, type ResolvedPath } from '../external/repository-path.js';
import { asObject, asString, objectAt, type JsonObject } from '../external/json-values.js';

/** Resolution of a location: a repository path, a path outside, or the reason it names no local file. */
export type LocatedPath = ResolvedPath | { inside: false; unsupported: string };

/** An absolute file-system path, or a path relative to the repository root. */
type Base = { absolute: string } | { relative: string } | { unsupported: string };

/** Maximum length of a chain of `uriBaseId`s; a longer chain counts as a loop. */
const MAX_BASE_DEPTH = 16;

const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;

export class ArtifactResolver {
  private readonly baseIds: JsonObject | undefined;
  /** Resolved locations by base id and URI, because a log repeats the same few files in thousands of results. */
  private readonly cache = new Map<string, LocatedPath>();

  constructor(
    private readonly run: JsonObject,
    private readonly context: ReportContext,
  ) {
    this.baseIds = asObject(run.originalUriBaseIds);
  }

  /** Resolves an `artifactLocation`, or returns undefined when it names no URI at all. */
  resolve(artifactLocation: JsonObject): LocatedPath | undefined {
    let uri = asString(artifactLocation.uri);
    let baseId = asString(artifactLocation.uriBaseId);
    if (uri === undefined) {
      const artifact = objectAt(this.run.artifacts, typeof artifactLocation.index === 'number' ? artifactLocation.index : undefined);
      const location = asObject(artifact?.location);
      uri = asString(location?.uri);
      baseId = asString(location?.uriBaseId);
    }
    if (uri === undefined) return undefined;

    const key = `${baseId ?? ''}\0${uri}`;
    let located = this.cache.get(key);
    if (!located) {
      located = this.resolveUri(uri, baseId);
      this.cache.set(key, located);
    }
    return located;
  }

  private resolveUri(uri: string, baseId: string | undefined): LocatedPath {
    const target = this.locate(uri, baseId, 0);
    if ('unsupported' in target) return { inside: false, unsupported: target.unsupported };
    if ('absolute' in target) return requireFile(insideOrNot(target.absolute, this.context.root), this.context);
    return resolveRelative(target.relative, this.context);
  }

  /** Resolves a URI reference against its base id, following the chain of bases. */
  private locate(uri: string, baseId: string | undefined, depth: number): Base {
    const absolute = absolutePathOf(uri);
    if (absolute !== undefined) return absolute;

    const relative = decodePercent(uri);
    if (baseId === undefined) return { relative };
    const base = this.baseOf(baseId, depth);
    if ('unsupported' in base) return base;
    if ('absolute' in base) return { absolute: joinAbsolute(base.absolute, relative) };
    return { relative: base.relative === '' ? relative : `${base.relative}/${relative}` };
  }

  private baseOf(baseId: string, depth: number): Base {
    if (depth >= MAX_BASE_DEPTH) return { unsupported: `uriBaseId ${baseId} is part of a loop of originalUriBaseIds` };
    const entry = asObject(this.baseIds?.[baseId]);
    const uri = asString(entry?.uri);
    if (uri === undefined) return { relative: '' };
    const base = this.locate(uri, asString(entry?.uriBaseId), depth + 1);
    if ('relative' in base) return { relative: base.relative.replace(/\/+$/, '') };
    return base;
  }
}

/**
 * Converts a `file:` URI, or an absolute path written as a URI, to an
 * absolute path. Returns `{ unsupported }` for other schemes and undefined
 * for a relative reference.
 */
function absolutePathOf(uri: string): Base | undefined {
  if (WINDOWS_DRIVE.test(uri)) return { absolute: uri };
  const scheme = URI_SCHEME.exec(uri)?.[1];
  if (scheme === undefined) return uri.startsWith('/') ? { absolute: decodePercent(uri) } : undefined;
  if (scheme.toLowerCase() !== 'file') return { unsupported: uri };

  let rest = uri.slice(scheme.length + 1);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    // A host other than localhost names a network share, which is never inside a checkout.
    if (host !== '' && host.toLowerCase() !== 'localhost') return { unsupported: uri };
    rest = slash < 0 ? '/' : rest.slice(slash);
  }
  const path = decodePercent(rest);
  // `file:///C:/src` has the path `/C:/src`; the drive letter starts the file-system path.
  if (/^\/[A-Za-z]:([\\/]|$)/.test(path)) return { absolute: path.slice(1) };
  return isAbsolutePath(path) ? { absolute: path } : { unsupported: uri };
}

/** Decodes `%20`-style escapes; text with a malformed escape stays as written. */
function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
