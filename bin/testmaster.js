#!/usr/bin/env node
// The CLI is bundled like the actions, so the installed package needs no build step.
//
// The bundle keeps V8's compiled code of its chunks in the user's cache
// folder (src/cli/code-cache/). Node.js's own compile cache is left off: on
// Node.js 22.1 and later, module.enableCompileCache() without a folder writes
// to the shared temporary folder, where another user could plant compiled
// code, and for this file's one small entry module it saves little.
await import('../dist/cli/index.js');
