import { integrity, type LockScenario } from './scenario.js';

function registryEntry(name: string, version: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const file = name.slice(name.lastIndexOf('/') + 1);
  return {
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${file}-${version}.tgz`,
    integrity: integrity(name, version),
    ...extra,
  };
}

/** Builds the scenario's `packages` map as npm 7 and later write it: folders, workspace links and install paths. */
function packagesMap(scenario: LockScenario): Record<string, unknown> {
  const packages: Record<string, unknown> = {
    '': {
      name: 'acme',
      version: '1.0.0',
      workspaces: ['packages/*'],
      devDependencies: { typescript: '^5.4.0' },
    },
    'node_modules/@acme/app': { resolved: 'packages/app', link: true },
    'node_modules/@acme/docs': { resolved: 'packages/docs', link: true },
    'node_modules/@acme/utils': { resolved: 'packages/utils', link: true },
    'node_modules/js-tokens': registryEntry('js-tokens', '4.0.0', { license: 'MIT' }),
    'node_modules/lodash': registryEntry('lodash', scenario.lodash, { license: 'MIT' }),
    'node_modules/loose-envify': registryEntry('loose-envify', '1.4.0', {
      license: 'MIT',
      dependencies: { 'js-tokens': '^3.0.0 || ^4.0.0' },
      bin: { 'loose-envify': 'cli.js' },
    }),
    'node_modules/marked': registryEntry('marked', '12.0.1', {
      license: 'MIT',
      bin: { marked: 'bin/marked.js' },
      engines: { node: '>= 18' },
    }),
    'node_modules/react': registryEntry('react', '18.2.0', {
      license: 'MIT',
      dependencies: { 'loose-envify': '^1.1.0' },
      engines: { node: '>=0.10.0' },
    }),
    'node_modules/react-dom': registryEntry('react-dom', '18.2.0', {
      license: 'MIT',
      dependencies: { 'loose-envify': '^1.1.0', scheduler: '^0.23.0' },
      peerDependencies: { react: '^18.2.0' },
    }),
    'node_modules/scheduler': {
      ...registryEntry('scheduler', '0.23.0', { license: 'MIT', dependencies: { 'loose-envify': '^1.1.0' } }),
      integrity: scenario.schedulerIntegrity,
    },
    'node_modules/typescript': registryEntry('typescript', scenario.typescript, {
      dev: true,
      license: 'Apache-2.0',
      bin: { tsc: 'bin/tsc', tsserver: 'bin/tsserver' },
      engines: { node: '>=14.17' },
    }),
    'packages/app': {
      name: '@acme/app',
      version: '0.1.0',
      dependencies: { '@acme/utils': '0.1.0', react: '^18.2.0', 'react-dom': '^18.2.0' },
    },
    'packages/docs': {
      name: '@acme/docs',
      version: '0.1.0',
      dependencies: { marked: '^12.0.0', ...(scenario.docsHighlight ? { 'highlight.js': '^11.9.0' } : {}) },
    },
    'packages/utils': { name: '@acme/utils', version: '0.1.0', dependencies: { lodash: '^4.17.20' } },
  };
  if (scenario.docsHighlight) {
    packages['node_modules/highlight.js'] = registryEntry('highlight.js', '11.9.0', { license: 'BSD-3-Clause', engines: { node: '>=12.0.0' } });
  }
  return packages;
}

/** Writes a package-lock.json of lockfileVersion 3 (npm 9 and later), which has only the `packages` map. */
export function npmLockfileV3(scenario: LockScenario): string {
  const lockfile = { name: 'acme', version: '1.0.0', lockfileVersion: 3, requires: true, packages: packagesMap(scenario) };
  return `${JSON.stringify(lockfile, null, 2)}\n`;
}

/**
 * Writes a package-lock.json of lockfileVersion 2 (npm 7 and 8), which
 * repeats part of the install tree in the legacy `dependencies` section for npm 6.
 */
export function npmLockfileV2(scenario: LockScenario): string {
  const legacy: Record<string, unknown> = {
    '@acme/app': { version: 'file:packages/app', requires: { '@acme/utils': '0.1.0', react: '^18.2.0', 'react-dom': '^18.2.0' } },
    '@acme/docs': { version: 'file:packages/docs', requires: { marked: '^12.0.0' } },
    '@acme/utils': { version: 'file:packages/utils', requires: { lodash: '^4.17.20' } },
    lodash: { version: scenario.lodash, resolved: `https://registry.npmjs.org/lodash/-/lodash-${scenario.lodash}.tgz`, integrity: integrity('lodash', scenario.lodash) },
    scheduler: { version: '0.23.0', integrity: scenario.schedulerIntegrity, requires: { 'loose-envify': '^1.1.0' } },
    typescript: { version: scenario.typescript, dev: true },
  };
  const lockfile = { name: 'acme', version: '1.0.0', lockfileVersion: 2, requires: true, packages: packagesMap(scenario), dependencies: legacy };
  return `${JSON.stringify(lockfile, null, 2)}\n`;
}
