/**
 * A local GitHub REST API stand-in for tests. Usage:
 *
 *   const standIn = await startStandIn({ pulls: [{ number: 1, headSha }] });
 *   // point the code under test at standIn.url (for example GITHUB_API_URL) with token DEFAULT_TOKEN
 *   standIn.inject({ kind: 'server-error', route: '/repos/{owner}/{repo}/check-runs' });
 *   ...
 *   await standIn.close();
 *   expect(standIn.violations).toEqual([]);
 */
export { startStandIn, DEFAULT_TOKEN } from './server.js';
export type { StandIn, StandInOptions, RecordedRequest, Violation } from './server.js';
export type { FaultRule, FaultKind } from './faults.js';
export { SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
export type { TokenIdentity, PullRequestSeed, StoredComment, StoredCheckRun } from './state.js';
