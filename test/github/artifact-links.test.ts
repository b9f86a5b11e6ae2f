import { describe, expect, it } from 'vitest';
import { isRepositoryLink, keepRepositoryLinks } from '../../src/github/artifact-links.js';
import type { RunReport } from '../../src/report/document.js';

const LOCATION = { serverUrl: 'https://github.com', owner: 'octo-org', repo: 'octo-repo' };

describe('isRepositoryLink', () => {
  it.each([
    ['https://github.com/octo-org/octo-repo', true],
    ['https://github.com/octo-org/octo-repo/actions/runs/1', true],
    ['https://github.com/Octo-Org/Octo-Repo/blob/main/a.ts#L3', true],
    ['https://github.com/octo-org/octo-repo-evil/x', false],
    ['https://github.com/octo-org/octo-repo/../../mallory/x', false],
    ['https://github.com/octo-org/octo-repo/%2e%2e/%2e%2e/mallory/x', false],
    ['https://github.com.evil.example/octo-org/octo-repo/x', false],
    ['https://user@github.com/octo-org/octo-repo/x', false],
    ['http://github.com/octo-org/octo-repo/x', false],
    ['https://evil.example/x', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s is %s', (href, expected) => {
    expect(isRepositoryLink(href, LOCATION)).toBe(expected);
  });

  it('takes the server from GITHUB_SERVER_URL', () => {
    const location = { serverUrl: 'https://ghe.example.com/', owner: 'team', repo: 'app' };
    expect(isRepositoryLink('https://ghe.example.com/team/app/pull/3', location)).toBe(true);
    expect(isRepositoryLink('https://github.com/team/app/pull/3', location)).toBe(false);
  });
});

describe('keepRepositoryLinks', () => {
  it('drops foreign links in every block kind and keeps their text', () => {
    const evil = { text: 'Download the fixed report', href: 'https://evil.example/x' };
    const own = { text: 'run', href: 'https://github.com/octo-org/octo-repo/actions/runs/1' };
    const report: RunReport = {
      name: 'TestMaster',
      stages: [
        {
          id: 'coverage',
          title: 'Coverage',
          status: 'passed',
          headline: 'Coverage passed',
          blocks: [
            { kind: 'heading', level: 3, text: [evil] },
            { kind: 'paragraph', text: [evil, own] },
            { kind: 'list', items: [[evil], 'plain'] },
            { kind: 'table', header: ['a'], rows: [[[evil]]] },
            { kind: 'details', summary: [evil], blocks: [{ kind: 'paragraph', text: [evil] }] },
          ],
          annotations: [],
          outputs: {},
          json: null,
        },
      ],
    };

    const kept = keepRepositoryLinks(report, LOCATION);

    const text = JSON.stringify(kept);
    expect(text).not.toContain('evil.example');
    expect(text).toContain('Download the fixed report');
    expect(kept.stages[0]?.blocks[1]).toEqual({ kind: 'paragraph', text: [{ text: 'Download the fixed report' }, own] });
  });
});
