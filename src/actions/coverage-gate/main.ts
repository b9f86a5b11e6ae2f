// Entry point of actions/coverage-gate: the coverage stage alone.
import '../commonjs-globals.js';
import { runAction } from '../run-action.js';

await runAction({ defaultStages: ['coverage'], reportNameSuffix: 'coverage' });
