/**
 * The repository data that the stand-in serves and changes: pull requests,
 * their issue comments and check runs. Tests read and seed it directly.
 */

/** Who a token authenticates as, and what it may do. */
export interface TokenIdentity {
  login: string;
  /** An installation token (like `GITHUB_TOKEN`): `GET /user` returns 403. */
  installation?: boolean;
  /** A read-only token (like `GITHUB_TOKEN` on a fork PR): every write returns 403. */
  readOnly?: boolean;
}

export interface PullRequestSeed {
  number: number;
  headSha: string;
  /** `owner/name` of the head repository; the stand-in's repository unless a fork. */
  headRepository?: string;
  headRef?: string;
  baseRef?: string;
  baseSha?: string;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
  raw_details?: string;
  start_column?: number;
  end_column?: number;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl?: string;
  externalId?: string;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: StoredAnnotation[];
}

const EPOCH = Date.parse('2026-01-01T00:00:00Z');

export class StandInState {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly pulls = new Map<number, Required<PullRequestSeed>>();
  readonly comments: StoredComment[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  private nextId = 1000;
  private clockSeconds = 0;

  constructor(options: { owner: string; repo: string; defaultBranch: string; pulls: PullRequestSeed[] }) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.defaultBranch = options.defaultBranch;
    for (const pull of options.pulls) this.addPull(pull);
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  addPull(seed: PullRequestSeed): void {
    this.pulls.set(seed.number, {
      number: seed.number,
      headSha: seed.headSha,
      headRepository: seed.headRepository ?? this.fullName,
      headRef: seed.headRef ?? `feature-${seed.number}`,
      baseRef: seed.baseRef ?? this.defaultBranch,
      baseSha: seed.baseSha ?? '0'.repeat(40),
    });
  }

  /** Adds a comment as if `login` had written it; ids and timestamps increase with every write. */
  addComment(issueNumber: number, login: string, body: string): StoredComment {
    const now = this.tick();
    const comment: StoredComment = { id: this.newId(), issueNumber, body, login, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  findComment(id: number): StoredComment | undefined {
    return this.comments.find((comment) => comment.id === id);
  }

  updateComment(comment: StoredComment, body: string): void {
    comment.body = body;
    comment.updatedAt = this.tick();
  }

  deleteComment(id: number): boolean {
    const position = this.comments.findIndex((comment) => comment.id === id);
    if (position < 0) return false;
    this.comments.splice(position, 1);
    return true;
  }

  addCheckRun(fields: Omit<StoredCheckRun, 'id' | 'startedAt'> & { startedAt?: string }): StoredCheckRun {
    const checkRun: StoredCheckRun = { ...fields, id: this.newId(), startedAt: fields.startedAt ?? this.tick() };
    this.checkRuns.push(checkRun);
    return checkRun;
  }

  findCheckRun(id: number): StoredCheckRun | undefined {
    return this.checkRuns.find((checkRun) => checkRun.id === id);
  }

  /** Returns an ISO timestamp one second after the previous one, so ordering by time matches ordering by id. */
  tick(): string {
    this.clockSeconds += 1;
    return new Date(EPOCH + this.clockSeconds * 1000).toISOString().replace('.000Z', 'Z');
  }

  private newId(): number {
    this.nextId += 1;
    return this.nextId;
  }
}
