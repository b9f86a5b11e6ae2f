/**
 * A `RepositoryView` that records what its users read: the paths of the
 * texts, and the answers of the disk probes (`realPath`, `hasFolderOnDisk`),
 * which depend on untracked state such as `node_modules` links. The
 * resolved-graph cache stores the record, because the resolver's and the
 * test discovery's output is a function of the file list and of exactly
 * these reads.
 */
import type { RepositoryView } from './repository-view.js';

export interface ViewReads {
  /** Paths whose text was requested, present or not. */
  texts: Set<string>;
  /** Answers of `realPath`, by path; null stands for undefined. */
  realPaths: Map<string, string | null>;
  /** Answers of `hasFolderOnDisk`, by path. */
  folders: Map<string, boolean>;
}

export function emptyViewReads(): ViewReads {
  return { texts: new Set(), realPaths: new Map(), folders: new Map() };
}

/** Returns a view over `view` that adds each read to `reads`. Optional probes stay absent when `view` lacks them. */
export function recordingView(view: RepositoryView, reads: ViewReads): RepositoryView {
  const recording: RepositoryView = {
    files: view.files,
    readText: (path) => {
      reads.texts.add(path);
      return view.readText(path);
    },
  };
  if (view.realPath) {
    const realPath = view.realPath.bind(view);
    recording.realPath = (path) => {
      const real = realPath(path);
      reads.realPaths.set(path, real ?? null);
      return real;
    };
  }
  if (view.hasFolderOnDisk) {
    const hasFolderOnDisk = view.hasFolderOnDisk.bind(view);
    recording.hasFolderOnDisk = (path) => {
      const present = hasFolderOnDisk(path);
      reads.folders.set(path, present);
      return present;
    };
  }
  return recording;
}

/**
 * Checks that every recorded disk probe gives the same answer on `view` now.
 * The view must offer the probes that were recorded; a probe it lacks
 * counts as a different answer.
 */
export function probesStillHold(view: RepositoryView, reads: ViewReads): boolean {
  for (const [path, real] of reads.realPaths) {
    if (!view.realPath || (view.realPath(path) ?? null) !== real) return false;
  }
  for (const [path, present] of reads.folders) {
    if (!view.hasFolderOnDisk || view.hasFolderOnDisk(path) !== present) return false;
  }
  return true;
}
