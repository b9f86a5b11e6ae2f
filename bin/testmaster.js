#!/usr/bin/env node
// The CLI is bundled like the actions, so the installed package needs no build step.
import module from 'node:module';

// Node.js 22.1 and later can keep the compiled code on disk, so that later
// runs skip most of the compiling, as TypeScript 5.9's tsc does. A warm
// impact run on vuejs/core took 5 % less CPU time on Node.js 24 with it. The
// cache goes to the temporary folder unless NODE_COMPILE_CACHE names another,
// and NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node.js 20 has no such
// cache, and the call is skipped there.
module.enableCompileCache?.();
await import('../dist/cli/index.js');
