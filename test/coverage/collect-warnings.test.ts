import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { collectCoverage } from '../../src/coverage/collect.js';
import { temporaryFolder } from '../support/temporary-folder.js';

it('parser warnings name the report once', async () => {
  const root = temporaryFolder('testmaster-collect-warnings-');
  writeFileSync(join(root, 'lcov.info'), 'TN:\nSF:a.ts\nDA:1,1\n');

  const collected = await collectCoverage({
    root,
    patterns: ['lcov.info'],
    patternsAreDefaults: false,
    format: 'auto',
    trackedFiles: null,
    pathMapping: { stripPrefixes: [], rewrite: [], roots: [] },
    log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
  });

  expect(collected.warnings).toEqual(['lcov.info: the last record has no end_of_record line; it was read up to the end of the file']);
});
