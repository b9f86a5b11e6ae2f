/**
 * Diff spread: how many separate areas of the repository the change touches.
 * An area is a workspace package, or else a top-level folder. A change that
 * reaches across areas couples parts that usually change and ship apart.
 */

import type { RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';

/**
 * Areas beyond the first at which the score is 0.63. This is a chosen
 * calibration: one area scores 0, two 0.39, three 0.63 and five 0.86,
 * because a change inside one package or folder is the common case.
 */
export const DIFF_SPREAD_SCALE = 2;

/** Area of the files in the top folder of the repository (`package.json`, `README.md`). */
export const TOP_LEVEL_AREA = '';

/**
 * Returns the area of a repository-relative path: the deepest workspace
 * package folder that contains it, else its top-level folder, else
 * `TOP_LEVEL_AREA` for a file in the top folder.
 */
export function areaOf(path: string, packageFolders: readonly string[]): string {
  let area: string | undefined;
  for (const folder of packageFolders) {
    if (folder === '' || !path.startsWith(`${folder}/`)) continue;
    if (area === undefined || folder.length > area.length) area = folder;
  }
  if (area !== undefined) return area;
  const slash = path.indexOf('/');
  return slash < 0 ? TOP_LEVEL_AREA : path.slice(0, slash);
}

/**
 * Measures the distinct areas among the changed paths. `packageFolders` are
 * the repository-relative folders of the workspace packages. The repository
 * root, if listed as `''`, is ignored because it contains everything.
 */
export function diffSpreadFactor(paths: readonly string[], packageFolders: readonly string[], weight: number): RiskFactor {
  const filesPerArea = new Map<string, number>();
  for (const path of paths) {
    const area = areaOf(path, packageFolders);
    filesPerArea.set(area, (filesPerArea.get(area) ?? 0) + 1);
  }
  const areas = filesPerArea.size;
  return weighFactor(
    {
      id: 'diffSpread',
      value: areas,
      unit: areas === 1 ? 'area' : 'areas',
      score: saturatingScore(areas - 1, DIFF_SPREAD_SCALE),
      detail: describe(filesPerArea),
    },
    weight,
  );
}

function describe(filesPerArea: ReadonlyMap<string, number>): string {
  if (filesPerArea.size === 0) return 'The change contains no files.';
  // The area with the most changed files comes first, and ties go in path order.
  const [area, files] = [...filesPerArea].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const name = area === TOP_LEVEL_AREA ? 'the top folder' : quoteName(area);
  const count = countOf(filesPerArea.size, 'area', 'areas');
  return `The change touches ${count}; most changed files are in ${name} (${countOf(files, 'file', 'files')}).`;
}
