#!/usr/bin/env node
// The CLI is bundled like the actions, so the installed package needs no build step.
import '../dist/cli/index.js';
