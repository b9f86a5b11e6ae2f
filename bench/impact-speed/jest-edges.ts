/**
 * Counts the file-to-file edges that jest resolves, which `jest --listTests`
 * does not print: builds jest's haste map and resolver from a config, as
 * `jest --findRelatedTests` does, and resolves the dependencies of every
 * file with jest-resolve-dependencies. Untimed; only the counts are used.
 * The jest packages are loaded from the peer folder, not from TestMaster's
 * dependencies. Prints `{ files, edges }`.
 *
 *   node jest-edges.mjs PEER_FOLDER JEST_CONFIG
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface HasteFS {
  getAllFiles(): string[];
}
interface JestContext {
  hasteFS: HasteFS;
  resolver: unknown;
}
interface JestConfigModule {
  readConfig(argv: Record<string, unknown>, packageRoot: string): Promise<{ projectConfig: { rootDir: string } }>;
}
interface JestRuntimeModule {
  default: { createContext(config: unknown, options: { maxWorkers: number; watchman: boolean }): Promise<JestContext> };
}
interface DependencyResolverModule {
  DependencyResolver: new (resolver: unknown, hasteFS: HasteFS, snapshotResolver: unknown) => { resolve(file: string): string[] };
}

const [peerFolder, configPath] = process.argv.slice(2);
if (!peerFolder || !configPath) throw new Error('Missing arguments: node jest-edges.mjs PEER_FOLDER JEST_CONFIG');

// NOTE: jest-config, jest-runtime and jest-resolve-dependencies are dependencies of jest. npm 10 installs them
// flat into the peer folder's node_modules, and a nested install would need jest's own require instead.
const peerRequire = createRequire(join(peerFolder, 'package.json'));
const jestConfig = peerRequire('jest-config') as JestConfigModule;
const runtime = peerRequire('jest-runtime') as JestRuntimeModule;
const dependencies = peerRequire('jest-resolve-dependencies') as DependencyResolverModule;

const { projectConfig } = await jestConfig.readConfig({ config: configPath, _: [], $0: 'jest' }, peerFolder);
const context = await runtime.default.createContext(projectConfig, { maxWorkers: 1, watchman: false });
// resolve() never reads the snapshot resolver; only resolveInverse's test filter does.
const resolver = new dependencies.DependencyResolver(context.resolver, context.hasteFS, null);
const files = context.hasteFS.getAllFiles().filter((file) => !file.includes('/node_modules/'));
let edges = 0;
for (const file of files) {
  for (const target of resolver.resolve(file)) if (target.startsWith(projectConfig.rootDir) && !target.includes('/node_modules/')) edges++;
}
console.log(JSON.stringify({ files: files.length, edges }));
