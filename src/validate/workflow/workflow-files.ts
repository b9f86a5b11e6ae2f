/** Classification of the files that the workflow rules read. */

export type WorkflowFileKind = 'workflow' | 'action';

/**
 * Classifies `path`: `workflow` for a YAML file directly inside a `.github/workflows` folder,
 * `action` for an action's metadata file (`action.yml` or `action.yaml` in
 * any folder), null for any other file. Workflows of nested folders, such as
 * `packages/x/.github/workflows/`, count too: GitHub runs only the root ones,
 * but those files are usually copied there.
 */
export function workflowFileKind(path: string): WorkflowFileKind | null {
  if (/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return 'workflow';
  if (/(?:^|\/)action\.ya?ml$/i.test(path)) return 'action';
  return null;
}

/** Tells whether `workflowFindings` reads `path`: a GitHub Actions workflow or an action's metadata file. */
export function isWorkflowFile(path: string): boolean {
  return workflowFileKind(path) !== null;
}
