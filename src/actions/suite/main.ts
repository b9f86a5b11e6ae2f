// Entry point of the root action: every configured stage, one combined report.
import '../commonjs-globals.js';
import { SUITE_OUTPUTS } from '../declared-outputs.js';
import { runAction } from '../run-action.js';

await runAction({ publishOutputs: SUITE_OUTPUTS });
