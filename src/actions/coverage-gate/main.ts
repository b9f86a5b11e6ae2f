// Entry point of actions/coverage-gate: the coverage stage alone.
import '../commonjs-globals.js';
import { COVERAGE_GATE_OUTPUTS } from '../declared-outputs.js';
import { runAction } from '../run-action.js';

await runAction({ defaultStages: ['coverage'], reportNameSuffix: 'coverage', publishOutputs: COVERAGE_GATE_OUTPUTS });
