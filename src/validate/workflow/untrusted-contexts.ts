/**
 * Context properties whose text an outside contributor chooses: anyone who
 * can open an issue or pull request, comment, push a branch to a fork, or
 * write a commit message. `*` matches one path segment (an array index or an object key).
 *
 * Sources: GitHub's "Security hardening for GitHub Actions" guide (its list
 * of untrusted input) and the webhook payload reference for each event.
 * Numbers, SHAs, ids and repository names are left out: their format is
 * fixed, so they cannot carry shell code.
 */
const UNTRUSTED_PATTERNS = [
  // Issues, pull requests and discussions.
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  // Comments and reviews.
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  // Branch names, labels and default branches of a fork.
  'github.head_ref',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.pull_requests.*.head.ref',
  // A fork's description and homepage, which its owner writes freely.
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.workflow_run.head_repository.description',
  'github.event.workflow_run.head_repository.homepage',
  // Commit messages and author names and emails, which a pusher sets freely.
  'github.event.head_commit.message',
  'github.event.head_commit.author.name',
  'github.event.head_commit.author.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.committer.email',
  'github.event.commits.*.message',
  'github.event.commits.*.author.name',
  'github.event.commits.*.author.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.committer.email',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.committer.name',
  'github.event.workflow_run.head_commit.committer.email',
  'github.event.workflow_run.display_title',
  // Wiki page names of the gollum event.
  'github.event.pages.*.page_name',
  'github.event.pages.*.title',
  // Free-form payloads: repository_dispatch and workflow_dispatch inputs.
  'github.event.client_payload',
  'github.event.inputs',
].map((pattern) => pattern.split('.'));

/**
 * Tells whether reading `path` can yield outside-controlled text: the path is an
 * untrusted property, lies inside one, or contains one, as `toJSON(github.event)` does.
 */
export function isUntrustedContext(path: string): boolean {
  const segments = path.split('.');
  return UNTRUSTED_PATTERNS.some((pattern) => {
    const shared = Math.min(pattern.length, segments.length);
    for (let index = 0; index < shared; index++) {
      const segment = segments[index]!;
      const expected = pattern[index]!;
      if (segment !== expected && segment !== '*' && expected !== '*') return false;
    }
    return true;
  });
}
