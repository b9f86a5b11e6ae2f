/**
 * The order in which annotations are published: the most severe first, then
 * by path and line, so the places GitHub shows first are the worst ones.
 */

import type { Annotation, AnnotationLevel } from './document.js';

const SEVERITY_RANK: Record<AnnotationLevel, number> = {
  failure: 0,
  warning: 1,
  notice: 2,
};

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/** Compares by severity (failure, warning, notice), then path (by UTF-16 code units), start line, end line and title. */
export function compareAnnotations(left: Annotation, right: Annotation): number {
  return (
    SEVERITY_RANK[left.level] - SEVERITY_RANK[right.level] ||
    compareText(left.path, right.path) ||
    left.startLine - right.startLine ||
    left.endLine - right.endLine ||
    compareText(left.title, right.title)
  );
}

/** Returns a sorted copy; annotations that compare equal keep their order. */
export function rankAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(compareAnnotations);
}
