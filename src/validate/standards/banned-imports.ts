/**
 * `standards/banned-import`: module specifiers that the configuration bans.
 *
 * Each banned name is a picomatch glob matched against the specifier as
 * written, so `lodash` bans only `lodash`, `lodash/**` bans its subpaths, and
 * `../legacy/*` bans one folder's modules reached by that relative path.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import picomatch from 'picomatch';
import { UserError } from '../../errors.js';
import type { Finding } from '../model.js';
import { rangeOfNode } from '../parse/parse-source.js';
import type { BannedImport } from '../settings.js';
import { BANNED_IMPORT } from './rules.js';

interface BannedMatcher {
  entry: BannedImport;
  matches: (specifier: string) => boolean;
}

const compiledMatchers = new WeakMap<readonly BannedImport[], BannedMatcher[]>();

/** Compiles the globs once per settings array. Raises a UserError that names the setting when a name is empty. */
function matchersOf(banned: readonly BannedImport[]): BannedMatcher[] {
  let matchers = compiledMatchers.get(banned);
  if (!matchers) {
    matchers = banned.map((entry, index) => {
      if (entry.name.trim().length === 0) {
        throw new UserError(
          `validate.standards.bannedImports[${index}].name is empty. Write the module specifier or glob to ban, such as lodash or lodash/**.`,
        );
      }
      return { entry, matches: picomatch(entry.name, { dot: true }) };
    });
    compiledMatchers.set(banned, matchers);
  }
  return matchers;
}

/** A module specifier as written, and the literal that contains it. */
export interface ImportSource {
  literal: TSESTree.Node;
  specifier: string;
}

/** Returns the specifier of a node that imports a module, or null when the node imports none or computes its specifier. */
export function importSource(node: TSESTree.Node): ImportSource | null {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
      return withSpecifier(node.source);
    case 'ExportNamedDeclaration':
      return node.source ? withSpecifier(node.source) : null;
    case 'ImportExpression':
      return withSpecifier(node.source);
    case 'CallExpression':
      return isRequireCall(node) ? withSpecifier(node.arguments[0]!) : null;
    case 'TSImportEqualsDeclaration':
      return node.moduleReference.type === 'TSExternalModuleReference' ? withSpecifier(node.moduleReference.expression) : null;
    case 'TSImportType':
      return node.argument.type === 'TSLiteralType' ? withSpecifier(node.argument.literal) : null;
    default:
      return null;
  }
}

function isRequireCall(node: TSESTree.CallExpression): boolean {
  return node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length >= 1;
}

/** Reads a string literal, or a template literal without substitutions; returns null for any other node. */
function withSpecifier(node: TSESTree.Node): ImportSource | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return { literal: node, specifier: node.value };
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return { literal: node, specifier: node.quasis[0]!.value.cooked ?? '' };
  }
  return null;
}

/** Checks one import node; the first banned entry that matches names the finding. */
export function bannedImportFinding(path: string, node: TSESTree.Node, banned: readonly BannedImport[]): Finding | null {
  if (banned.length === 0) return null;
  const matchers = matchersOf(banned);
  const source = importSource(node);
  if (source === null) return null;

  const match = matchers.find((matcher) => matcher.matches(source.specifier));
  if (!match) return null;
  const advice = match.entry.message?.trim();
  const message = advice
    ? `Importing '${source.specifier}' is banned. ${advice}`
    : `Importing '${source.specifier}' is banned by the pattern '${match.entry.name}' in validate.standards.bannedImports.`;
  return {
    ruleId: BANNED_IMPORT.id,
    level: BANNED_IMPORT.defaultLevel,
    path,
    range: rangeOfNode(source.literal),
    message,
    tool: 'testmaster',
    properties: { pattern: match.entry.name },
  };
}
