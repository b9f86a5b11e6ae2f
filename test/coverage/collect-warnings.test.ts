import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { collectCoverage } from '../../src/coverage/collect.js';
import { temporaryFolder } from '../support/temporary-folder.js';

function collect(root: string, patterns: string[]) {
  return collectCoverage({
    root,
    patterns,
    patternsAreDefaults: false,
    format: 'auto',
    trackedFiles: null,
    pathMapping: { stripPrefixes: [], rewrite: [], roots: [] },
    log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
  });
}

it('parser warnings name the report once', async () => {
  const root = temporaryFolder('testmaster-collect-warnings-');
  writeFileSync(join(root, 'lcov.info'), 'TN:\nSF:a.ts\nDA:1,1\n');

  const collected = await collect(root, ['lcov.info']);

  expect(collected.warnings).toEqual(['lcov.info: the last record has no end_of_record line; it was read up to the end of the file']);
});

it('no-report error counts long pattern lists', async () => {
  const root = temporaryFolder('testmaster-collect-none-');
  const patterns = Array.from({ length: 5000 }, (_, index) => `missing-${index}/lcov.info`);

  const message = await collect(root, patterns).then(
    () => '',
    (error: unknown) => (error as Error).message,
  );

  expect(message).toContain('missing-9/lcov.info and 4,990 more patterns under');
  expect(message).not.toContain('missing-10/');
  expect(message.length).toBeLessThan(1000);
});
