// Entry point of actions/static-validate: the validate stage alone.
import '../commonjs-globals.js';
import { runAction } from '../run-action.js';

await runAction({ defaultStages: ['validate'], reportNameSuffix: 'validation' });
