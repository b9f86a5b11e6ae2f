/**
 * security/shell-command: commands for a shell built from template literals
 * or string concatenation with non-constant parts.
 *
 * child_process `exec` and `execSync` are always checked, because they run
 * the command through a shell. `spawn`, `spawnSync`, `execFile`,
 * `execFileSync` and execa's `execa`, `execaSync` and `execaCommand` are
 * checked when an options object sets `shell` to anything but `false`, and
 * when they start a shell program such as `sh` or `cmd` with `-c` or `/c`. With a shell the arguments are joined into the command line, so a
 * non-constant argument counts as well. execa's `$` template tag is not
 * reported: it passes each `${}` value as one argument without a shell.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Node } from './ast-walk.js';
import { ConstInitializers } from './const-initializers.js';
import { isBuiltString, isConstantString, propertyKeyName, staticString, unwrapExpression } from './expressions.js';
import { calleeName } from './module-bindings.js';
import { reportNode, type RuleContext, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

/** Functions that always run their command string through a shell. */
const ALWAYS_SHELL = new Set(['child_process.exec', 'child_process.execSync']);

/** Functions that run a shell only when an options object sets `shell`; `execa` alone is execa 5's default export. */
const OPTIONAL_SHELL = new Set([
  'child_process.spawn',
  'child_process.spawnSync',
  'child_process.execFile',
  'child_process.execFileSync',
  'execa.execa',
  'execa.execaSync',
  'execa',
  'execa.execaCommand',
  'execa.execaCommandSync',
  'execa.command',
  'execa.commandSync',
]);

export const shellCommandRule: ScriptRule = (context) => {
  // Built on the first child_process or execa call, because most files have none and the index costs a walk.
  let cachedConstants: ConstInitializers | undefined;
  return (node, ancestors) => {
    if (node.type !== 'CallExpression') return;
    const name = calleeName(node.callee, context.bindings);
    if (!name || (!ALWAYS_SHELL.has(name) && !OPTIONAL_SHELL.has(name))) return;
    const [command] = node.arguments;
    if (!command || command.type === 'SpreadElement') return;
    const constants = (cachedConstants ??= new ConstInitializers(context.script.program));
    if (ALWAYS_SHELL.has(name)) {
      checkCommand(context, name, command, constants.resolve(command, ancestors), constants, ancestors);
    } else if (enablesShell(node.arguments, constants, ancestors)) {
      checkCommand(context, name, command, constants.resolve(command, ancestors), constants, ancestors);
      checkArguments(context, name, node.arguments[1], constants, ancestors);
    } else {
      checkShellProgram(context, name, command, node.arguments[1], constants, ancestors);
    }
  };
};

/** Programs that run their `-c` (or `/c`, `-Command`) argument as a shell command. */
const SHELL_PROGRAMS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh']);
const COMMAND_FLAGS = new Set(['-c', '/c', '/C', '-Command', '-command']);

/** `spawn('sh', ['-c', command])` starts a shell explicitly, so the argument after `-c` is a shell command. */
function checkShellProgram(
  context: RuleContext,
  name: string,
  program: Node,
  args: Node | undefined,
  constants: ConstInitializers,
  ancestors: readonly Node[],
): void {
  const programName = staticString(constants.resolve(program, ancestors));
  if (programName === null || !SHELL_PROGRAMS.has(programName.slice(programName.lastIndexOf('/') + 1))) return;
  if (!args) return;
  const array = constants.resolve(args, ancestors);
  if (array.type !== 'ArrayExpression') return;
  const flagIndex = array.elements.findIndex((element) => {
    const flag = element && element.type !== 'SpreadElement' ? staticString(element) : null;
    return flag !== null && COMMAND_FLAGS.has(flag);
  });
  const command = array.elements[flagIndex + 1];
  if (flagIndex < 0 || !command || command.type === 'SpreadElement') return;
  checkCommand(context, name, command, constants.resolve(command, ancestors), constants, ancestors);
}

function checkCommand(context: RuleContext, name: string, command: Node, value: Node, constants: ConstInitializers, ancestors: readonly Node[]): void {
  if (!isBuiltString(value) || partsAreConstant(value, constants, ancestors)) return;
  const construction = unwrapExpression(value).type === 'TemplateLiteral' ? 'a template literal' : 'string concatenation';
  const shortName = name.slice(name.lastIndexOf('.') + 1);
  reportNode(
    context,
    SECURITY_RULE_IDS.shellCommand,
    command,
    `${shortName}() runs a shell command built with ${construction} from non-constant values; pass the program and an argument array to execFile or spawn without a shell.`,
  );
}

/** True when every part of a template literal or `+` chain is a constant string or names one: `'ls ' + DIR` after `const DIR = 'src'`. */
function partsAreConstant(value: Node, constants: ConstInitializers, ancestors: readonly Node[]): boolean {
  const expression = unwrapExpression(value);
  const parts =
    expression.type === 'TemplateLiteral'
      ? expression.expressions
      : expression.type === 'BinaryExpression' && expression.operator === '+'
        ? [expression.left, expression.right]
        : null;
  if (!parts) return isConstantString(constants.resolve(expression, ancestors));
  return parts.every((part) => partsAreConstant(part, constants, ancestors));
}

/** With a shell, every argument in the array becomes part of the command line. */
function checkArguments(
  context: RuleContext,
  name: string,
  args: Node | undefined,
  constants: ConstInitializers,
  ancestors: readonly Node[],
): void {
  if (!args) return;
  const array = constants.resolve(args, ancestors);
  if (array.type !== 'ArrayExpression') return;
  const shortName = name.slice(name.lastIndexOf('.') + 1);
  for (const element of array.elements) {
    if (!element || isConstantString(constants.resolve(element, ancestors))) continue;
    reportNode(
      context,
      SECURITY_RULE_IDS.shellCommand,
      element,
      `${shortName}() with \`shell: true\` joins this non-constant argument into a shell command; drop the shell option so the argument is passed as is.`,
    );
  }
}

/** True when an options object among the arguments sets `shell` to anything but `false`, `undefined` or an empty string. */
function enablesShell(
  args: TSESTree.CallExpressionArgument[],
  constants: ConstInitializers,
  ancestors: readonly Node[],
): boolean {
  return args.slice(1).some((argument) => {
    const value = constants.resolve(argument, ancestors);
    if (value.type !== 'ObjectExpression') return false;
    return value.properties.some((property) => {
      if (property.type !== 'Property' || propertyKeyName(property.key, property.computed) !== 'shell') return false;
      const shell = unwrapExpression(property.value);
      if (shell.type === 'Literal') return Boolean(shell.value);
      return !(shell.type === 'Identifier' && shell.name === 'undefined');
    });
  });
}
