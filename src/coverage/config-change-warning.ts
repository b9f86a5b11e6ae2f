/**
 * The config file sets the thresholds that gate a pull request, and the
 * action reads it from the pull request's own checkout. A change to it can
 * lower the gate that judges the same change, so the report says so.
 */
import { relative, sep } from 'node:path';

/** Returns the warning for a change that edits the config file at `configFile`, or null when the change leaves it alone. */
export function configChangeWarning(root: string, configFile: string | null, changedPaths: ReadonlySet<string>): string | null {
  if (configFile === null) return null;
  const path = relative(root, configFile).split(sep).join('/');
  if (!changedPaths.has(path)) return null;
  return (
    `This change edits ${path}, which sets the thresholds of this gate, so it can change the gate that judges it. ` +
    'Review that file in the change. To gate with values that a pull request cannot change, set them as action inputs (thresholds, patch-threshold, max-drop).'
  );
}
