/**
 * Links in a fork's report. The publishing workflow writes the comment as the
 * repository's bot, so a link from the artifact would look like one that the
 * repository chose. Only links into the repository itself on its own GitHub
 * server are kept; every other link keeps its text and loses its target.
 */
import type { Block, Inline, RunReport, Span, StageReport } from '../report/document.js';

export interface RepositoryLocation {
  /** `GITHUB_SERVER_URL`, such as `https://github.com`. */
  serverUrl: string;
  owner: string;
  repo: string;
}

/** Returns whether `href` points into the repository: `<server>/<owner>/<repo>` or a path below it. */
export function isRepositoryLink(href: string, location: RepositoryLocation): boolean {
  let url: URL;
  let server: URL;
  try {
    url = new URL(href);
    server = new URL(location.serverUrl);
  } catch {
    return false;
  }
  if (url.origin !== server.origin || url.username !== '' || url.password !== '') return false;
  // The URL parser has already resolved dot segments, so `/owner/repo/../other` cannot pass as the repository.
  // Owner and repository names are case-insensitive on GitHub.
  const serverPath = server.pathname.replace(/\/+$/, '');
  const repositoryPath = `${serverPath}/${location.owner}/${location.repo}`.toLowerCase();
  const path = url.pathname.toLowerCase();
  return path === repositoryPath || path.startsWith(`${repositoryPath}/`);
}

/** Returns the report with every link that does not point into the repository turned into plain text. */
export function keepRepositoryLinks(report: RunReport, location: RepositoryLocation): RunReport {
  const keepSpan = (span: Span): Span => {
    if (span.href === undefined || isRepositoryLink(span.href, location)) return span;
    const { href: _dropped, ...rest } = span;
    return rest;
  };
  const keepInline = (inline: Inline): Inline => (typeof inline === 'string' ? inline : inline.map(keepSpan));
  const keepBlock = (block: Block): Block => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, text: keepInline(block.text) };
      case 'list':
        return { ...block, items: block.items.map(keepInline) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(keepInline)) };
      case 'details':
        return { ...block, summary: keepInline(block.summary), blocks: block.blocks.map(keepBlock) };
      case 'code':
      case 'mermaid':
        return block;
    }
  };
  const keepStage = (stage: StageReport): StageReport => ({ ...stage, blocks: stage.blocks.map(keepBlock) });
  return { ...report, stages: report.stages.map(keepStage) };
}
