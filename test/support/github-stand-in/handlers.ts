/**
 * Route handlers for the endpoints TestMaster uses, keyed by GitHub's
 * operationId. A handler returns the status and the fields from the stand-in's
 * state, and the server fills the other required fields from the response schema.
 */
import type { StandInState, StoredAnnotation, StoredCheckRun, StoredComment, TokenIdentity } from './state.js';

export interface HandlerContext {
  state: StandInState;
  identity: TokenIdentity;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  baseUrl: string;
}

export interface Reply {
  status: number;
  /** Fields of the response body; `undefined` for an empty body (204). */
  body?: unknown;
  headers?: Record<string, string>;
  /** True when the body is an error (`{ message }`) and not the operation's resource. */
  isError?: boolean;
}

export type Handler = (context: HandlerContext) => Reply;

/** GitHub's maximum number of annotations per create or update request. */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;
/** Annotation limits from the field descriptions of GitHub's description: title 255 characters, message 64 KB. */
const MAX_ANNOTATION_TITLE = 255;
const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;

export function errorReply(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    isError: true,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra },
  };
}

const NOT_FOUND = (): Reply => errorReply(404, 'Not Found');

export const handlers: Record<string, Handler> = {
  'users/get-authenticated': ({ identity }) => {
    if (identity.installation) return errorReply(403, 'Resource not accessible by integration');
    return { status: 200, body: userFields(identity.login) };
  },

  'pulls/get': (context) => withRepository(context, () => getPull(context)),
  'issues/list-comments': (context) => withRepository(context, () => listComments(context)),
  'issues/create-comment': (context) => withRepository(context, () => createComment(context)),
  'issues/get-comment': (context) =>
    withRepository(context, () => withComment(context, (comment) => ({ status: 200, body: commentFields(context, comment) }))),
  'issues/update-comment': (context) =>
    withRepository(context, () =>
      withComment(context, (comment) => {
        context.state.updateComment(comment, String(context.body.body));
        return { status: 200, body: commentFields(context, comment) };
      }),
    ),
  'issues/delete-comment': (context) =>
    withRepository(context, () =>
      withComment(context, (comment) => {
        context.state.deleteComment(comment.id);
        return { status: 204 };
      }),
    ),

  'checks/create': (context) => withRepository(context, () => createCheckRun(context)),
  'checks/update': (context) => withRepository(context, () => withCheckRun(context, (run) => updateCheckRun(context, run))),
  'checks/get': (context) =>
    withRepository(context, () => withCheckRun(context, (run) => ({ status: 200, body: checkRunFields(context, run) }))),
  'checks/list-annotations': (context) =>
    withRepository(context, () => withCheckRun(context, (run) => ({ status: 200, body: run.annotations.map(annotationFields) }))),
};

function withRepository(context: HandlerContext, next: () => Reply): Reply {
  const { owner, repo } = context.pathParams;
  const { state } = context;
  if (owner?.toLowerCase() !== state.owner.toLowerCase() || repo?.toLowerCase() !== state.repo.toLowerCase()) {
    return NOT_FOUND();
  }
  return next();
}

function withComment(context: HandlerContext, next: (comment: StoredComment) => Reply): Reply {
  const comment = context.state.findComment(Number(context.pathParams.comment_id));
  return comment ? next(comment) : NOT_FOUND();
}

function withCheckRun(context: HandlerContext, next: (run: StoredCheckRun) => Reply): Reply {
  const run = context.state.findCheckRun(Number(context.pathParams.check_run_id));
  return run ? next(run) : NOT_FOUND();
}

function getPull(context: HandlerContext): Reply {
  const pull = context.state.pulls.get(Number(context.pathParams.pull_number));
  if (!pull) return NOT_FOUND();
  const { state } = context;
  return {
    status: 200,
    body: {
      number: pull.number,
      state: 'open',
      url: `${context.baseUrl}/repos/${state.fullName}/pulls/${pull.number}`,
      html_url: `https://github.com/${state.fullName}/pull/${pull.number}`,
      head: {
        sha: pull.headSha,
        ref: pull.headRef,
        label: `${ownerOf(pull.headRepository)}:${pull.headRef}`,
        repo: repositoryFields(pull.headRepository, pull.headRepository !== state.fullName, state.defaultBranch),
        user: userFields(ownerOf(pull.headRepository)),
      },
      base: {
        sha: pull.baseSha,
        ref: pull.baseRef,
        label: `${state.owner}:${pull.baseRef}`,
        repo: repositoryFields(state.fullName, false, state.defaultBranch),
        user: userFields(state.owner),
      },
    },
  };
}

function listComments(context: HandlerContext): Reply {
  const issueNumber = Number(context.pathParams.issue_number);
  if (!context.state.pulls.has(issueNumber)) return NOT_FOUND();
  const perPage = Math.min(Number(context.query.get('per_page') ?? 30), 100);
  const page = Math.max(Number(context.query.get('page') ?? 1), 1);
  const all = context.state.commentsOn(issueNumber);
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
  const link = linkHeader(context, perPage, page, lastPage);
  return {
    status: 200,
    body: slice.map((comment) => commentFields(context, comment)),
    headers: link ? { link } : {},
  };
}

/** Builds a `Link` header in GitHub's format: next and last, then prev and first when not on page 1. */
function linkHeader(context: HandlerContext, perPage: number, page: number, lastPage: number): string | undefined {
  const { state } = context;
  const issueNumber = context.pathParams.issue_number;
  const pageUrl = (target: number): string => {
    const query = new URLSearchParams(context.query);
    query.set('per_page', String(perPage));
    query.set('page', String(target));
    return `${context.baseUrl}/repos/${state.fullName}/issues/${issueNumber}/comments?${query.toString()}`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < lastPage) parts.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) parts.push(`<${pageUrl(1)}>; rel="first"`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function createComment(context: HandlerContext): Reply {
  const issueNumber = Number(context.pathParams.issue_number);
  if (!context.state.pulls.has(issueNumber)) return NOT_FOUND();
  const comment = context.state.addComment(issueNumber, context.identity.login, String(context.body.body));
  return { status: 201, body: commentFields(context, comment) };
}

function createCheckRun(context: HandlerContext): Reply {
  const body = context.body;
  const output = (body.output ?? {}) as Record<string, unknown>;
  const problem = checkAnnotations(output.annotations);
  if (problem) return problem;
  const conclusion = typeof body.conclusion === 'string' ? body.conclusion : null;
  const status = conclusion ? 'completed' : String(body.status ?? 'queued');
  const run = context.state.addCheckRun({
    name: String(body.name),
    headSha: String(body.head_sha),
    status,
    conclusion,
    detailsUrl: body.details_url as string | undefined,
    externalId: body.external_id as string | undefined,
    startedAt: body.started_at as string | undefined,
    completedAt: status === 'completed' ? ((body.completed_at as string | undefined) ?? context.state.tick()) : null,
    output: {
      title: (output.title as string | undefined) ?? null,
      summary: (output.summary as string | undefined) ?? null,
      text: (output.text as string | undefined) ?? null,
    },
    annotations: [...((output.annotations as StoredAnnotation[] | undefined) ?? [])],
  });
  return { status: 201, body: checkRunFields(context, run) };
}

function updateCheckRun(context: HandlerContext, run: StoredCheckRun): Reply {
  const body = context.body;
  const output = body.output as Record<string, unknown> | undefined;
  const problem = checkAnnotations(output?.annotations);
  if (problem) return problem;
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
    run.completedAt ??= context.state.tick();
  } else if (typeof body.status === 'string') {
    run.status = body.status;
  }
  if (output) {
    // GitHub replaces title, summary and text, and appends annotations.
    run.output = {
      title: (output.title as string | undefined) ?? run.output.title,
      summary: (output.summary as string | undefined) ?? run.output.summary,
      text: (output.text as string | undefined) ?? run.output.text,
    };
    run.annotations.push(...((output.annotations as StoredAnnotation[] | undefined) ?? []));
  }
  return { status: 200, body: checkRunFields(context, run) };
}

/** Rejects annotation lists that GitHub rejects. NOTE: the 422 wording is the stand-in's, not GitHub's verbatim text. */
function checkAnnotations(annotations: unknown): Reply | undefined {
  if (!Array.isArray(annotations)) return undefined;
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    return errorReply(422, `Validation Failed: at most ${MAX_ANNOTATIONS_PER_REQUEST} annotations per request`);
  }
  for (const annotation of annotations as StoredAnnotation[]) {
    if ((annotation.title ?? '').length > MAX_ANNOTATION_TITLE) {
      return errorReply(422, `Validation Failed: annotation title longer than ${MAX_ANNOTATION_TITLE} characters`);
    }
    if (Buffer.byteLength(annotation.message, 'utf8') > MAX_ANNOTATION_MESSAGE_BYTES) {
      return errorReply(422, 'Validation Failed: annotation message larger than 64 KB');
    }
    if (annotation.end_line < annotation.start_line) {
      return errorReply(422, 'Validation Failed: annotation end_line is before start_line');
    }
  }
  return undefined;
}

function commentFields(context: HandlerContext, comment: StoredComment): Record<string, unknown> {
  const { state, baseUrl } = context;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${baseUrl}/repos/${state.fullName}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${state.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${baseUrl}/repos/${state.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userFields(comment.login),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
  };
}

function checkRunFields(context: HandlerContext, run: StoredCheckRun): Record<string, unknown> {
  const { state, baseUrl } = context;
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    name: run.name,
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url: `${baseUrl}/repos/${state.fullName}/check-runs/${run.id}`,
    html_url: `https://github.com/${state.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `https://github.com/${state.fullName}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${baseUrl}/repos/${state.fullName}/check-runs/${run.id}/annotations`,
    },
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}

function annotationFields(annotation: StoredAnnotation): Record<string, unknown> {
  return {
    path: annotation.path,
    start_line: annotation.start_line,
    end_line: annotation.end_line,
    start_column: annotation.start_column ?? null,
    end_column: annotation.end_column ?? null,
    annotation_level: annotation.annotation_level,
    title: annotation.title ?? null,
    message: annotation.message,
    raw_details: annotation.raw_details ?? null,
    blob_href: '',
  };
}

function userFields(login: string): Record<string, unknown> {
  return {
    login,
    id: numericId(login),
    node_id: `U_${numericId(login)}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    site_admin: false,
  };
}

function repositoryFields(fullName: string, fork: boolean, defaultBranch: string): Record<string, unknown> {
  const owner = ownerOf(fullName);
  return {
    id: numericId(fullName),
    node_id: `R_${numericId(fullName)}`,
    name: fullName.slice(owner.length + 1),
    full_name: fullName,
    owner: userFields(owner),
    private: false,
    fork,
    default_branch: defaultBranch,
    html_url: `https://github.com/${fullName}`,
    url: `https://api.github.com/repos/${fullName}`,
  };
}

function ownerOf(fullName: string): string {
  return fullName.split('/')[0] ?? fullName;
}

/** Derives a stable positive id from a name, so the same login always gets the same id. */
function numericId(name: string): number {
  let hash = 7;
  for (const character of name) hash = (hash * 31 + character.charCodeAt(0)) % 2_000_000_000;
  return hash + 1;
}
