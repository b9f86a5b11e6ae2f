import { integrity, type LockScenario } from './scenario.js';

const SETTINGS = 'settings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n';

/** Writes the `importers` section, the same in v6 and v9: one entry per workspace folder, `.` for the root. */
function importers(scenario: LockScenario): string {
  const highlight = scenario.docsHighlight ? '      highlight.js:\n        specifier: ^11.9.0\n        version: 11.9.0\n' : '';
  return `importers:

  .:
    devDependencies:
      typescript:
        specifier: ^5.4.0
        version: ${scenario.typescript}

  packages/app:
    dependencies:
      '@acme/utils':
        specifier: workspace:*
        version: link:../utils
      react:
        specifier: ^18.2.0
        version: 18.2.0
      react-dom:
        specifier: ^18.2.0
        version: 18.2.0(react@18.2.0)

  packages/docs:
    dependencies:
${highlight}      marked:
        specifier: ^12.0.0
        version: 12.0.1

  packages/utils:
    dependencies:
      lodash:
        specifier: ^4.17.20
        version: ${scenario.lodash}
`;
}

/** Lists the scenario's packages: name, version, dependencies (as references) and extra metadata lines. */
function packages(scenario: LockScenario): { name: string; version: string; peers?: string; dependencies?: Record<string, string>; integrity?: string; meta?: string[] }[] {
  return [
    ...(scenario.docsHighlight ? [{ name: 'highlight.js', version: '11.9.0', meta: ["engines: {node: '>=12.0.0'}"] }] : []),
    { name: 'js-tokens', version: '4.0.0' },
    { name: 'lodash', version: scenario.lodash },
    { name: 'loose-envify', version: '1.4.0', dependencies: { 'js-tokens': '4.0.0' }, meta: ['hasBin: true'] },
    { name: 'marked', version: '12.0.1', meta: ["engines: {node: '>= 18'}", 'hasBin: true'] },
    {
      name: 'react-dom',
      version: '18.2.0',
      peers: '(react@18.2.0)',
      dependencies: { 'loose-envify': '1.4.0', react: '18.2.0', scheduler: '0.23.0' },
      meta: ['peerDependencies:\n      react: ^18.2.0'],
    },
    { name: 'react', version: '18.2.0', dependencies: { 'loose-envify': '1.4.0' }, meta: ["engines: {node: '>=0.10.0'}"] },
    { name: 'scheduler', version: '0.23.0', dependencies: { 'loose-envify': '1.4.0' }, integrity: scenario.schedulerIntegrity },
    { name: 'typescript', version: scenario.typescript, meta: ["engines: {node: '>=14.17'}", 'hasBin: true'] },
  ];
}

function dependencyLines(dependencies: Record<string, string> | undefined): string {
  if (!dependencies) return '';
  return `    dependencies:\n${Object.entries(dependencies).map(([name, reference]) => `      ${name}: ${reference}\n`).join('')}`;
}

/** Writes a pnpm-lock.yaml of lockfileVersion 6.0 (pnpm 8), whose `packages` are keyed `/<name>@<version>(<peers>)`. */
export function pnpmLockfileV6(scenario: LockScenario): string {
  const entries = packages(scenario).map((entry) => {
    let text = `  /${entry.name}@${entry.version}${entry.peers ?? ''}:\n`;
    text += `    resolution: {integrity: ${entry.integrity ?? integrity(entry.name, entry.version)}}\n`;
    for (const line of entry.meta ?? []) text += `    ${line}\n`;
    text += dependencyLines(entry.dependencies);
    text += `    dev: ${entry.name === 'typescript'}\n`;
    return text;
  });
  return `lockfileVersion: '6.0'\n\n${SETTINGS}\n${importers(scenario)}\npackages:\n\n${entries.join('\n')}`;
}

/**
 * Writes a pnpm-lock.yaml of lockfileVersion 9.0 (pnpm 9 and 10). Its
 * `packages` list the metadata keyed `<name>@<version>`, and its `snapshots`
 * list the resolved dependencies keyed with the peer suffix.
 */
export function pnpmLockfileV9(scenario: LockScenario): string {
  const metadata = packages(scenario).map((entry) => {
    let text = `  ${entry.name}@${entry.version}:\n`;
    text += `    resolution: {integrity: ${entry.integrity ?? integrity(entry.name, entry.version)}}\n`;
    for (const line of entry.meta ?? []) text += `    ${line}\n`;
    return text;
  });
  const snapshots = packages(scenario).map((entry) => {
    const key = `${entry.name}@${entry.version}${entry.peers ?? ''}`;
    return entry.dependencies ? `  ${key}:\n${dependencyLines(entry.dependencies)}` : `  ${key}: {}\n`;
  });
  return `lockfileVersion: '9.0'\n\n${SETTINGS}\n${importers(scenario)}\npackages:\n\n${metadata.join('\n')}\nsnapshots:\n\n${snapshots.join('\n')}`;
}
