/** A run report that uses every block kind, for artifact and publishing tests. */
import type { RunReport } from '../../src/report/document.js';

export const SAMPLE_REPORT: RunReport = {
  name: 'coverage',
  stages: [
    {
      id: 'coverage',
      title: 'Coverage',
      status: 'failed',
      headline: 'Line coverage 71.2% is below 80%',
      blocks: [
        { kind: 'heading', level: 2, text: 'Coverage' },
        { kind: 'paragraph', text: [{ text: 'src/a.ts', style: 'code' }, { text: ' dropped' }] },
        { kind: 'table', header: ['File', 'Lines'], align: ['left', 'right'], rows: [['src/a.ts', '71.2%']] },
        { kind: 'details', summary: 'More', blocks: [{ kind: 'list', items: ['one', 'two'] }, { kind: 'code', text: 'x' }] },
      ],
      annotations: [{ path: 'src/a.ts', startLine: 3, endLine: 4, level: 'warning', title: 'Uncovered', message: 'm' }],
      outputs: { 'line-rate': '71.2' },
      json: { lines: { covered: 712, total: 1000 } },
    },
  ],
};
