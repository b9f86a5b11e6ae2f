// Entry point of actions/impact-analysis: the impact stage alone.
import '../commonjs-globals.js';
import { runAction } from '../run-action.js';

await runAction({ defaultStages: ['impact'], reportNameSuffix: 'impact' });
