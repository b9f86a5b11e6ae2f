/**
 * The config file sets the thresholds that gate a pull request, and the
 * action reads it from the pull request's own checkout. A change to it can
 * lower the gate that judges the same change, so the report warns about it.
 */
import { relative, sep } from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../config/defaults.js';

const INPUTS_ADVICE = 'To gate with values that a pull request cannot change, set them as action inputs (thresholds, patch-threshold, max-drop).';

/**
 * Returns the warning for a change that edits the config file at
 * `configFile`, or that deletes or moves the default config file when none
 * was read, or null when the change leaves the config alone.
 */
export function configChangeWarning(root: string, configFile: string | null, changedPaths: ReadonlySet<string>): string | null {
  if (configFile === null) {
    if (!changedPaths.has(DEFAULT_CONFIG_FILE)) return null;
    return `This change deletes or moves ${DEFAULT_CONFIG_FILE}, so this gate ran with the built-in defaults instead of its thresholds. Review that change. ${INPUTS_ADVICE}`;
  }
  const path = relative(root, configFile).split(sep).join('/');
  if (!changedPaths.has(path)) return null;
  return `This change edits ${path}, which sets the thresholds of this gate, so it can change the gate that judges it. Review that file in the change. ${INPUTS_ADVICE}`;
}
