/**
 * Defines the CommonJS variables `__filename` and `__dirname` as globals for
 * the bundles in dist/. ncc emits those bundles as ES modules but leaves the
 * two names as they are in the CommonJS packages it bundles, and TypeScript's
 * `sys` object reads `__filename` while it loads. Without these globals every
 * bundle that contains the impact stage stops with a ReferenceError at start.
 * Every entry point imports this module before any other, so it runs first.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const globals = globalThis as { __filename?: string; __dirname?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= dirname(globals.__filename);
