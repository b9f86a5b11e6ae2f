/**
 * The standards rules: limits and conventions that the `validate.standards`
 * settings switch on.
 */
import type { RuleMeta } from '../model.js';

export const MAX_FILE_LINES: RuleMeta = {
  id: 'standards/max-file-lines',
  defaultLevel: 'warning',
  summary: 'A file has more lines than the configured maximum.',
  help:
    'Every line counts, blank and comment lines included, and a line break at the end of the file does not start another line, ' +
    'as ESLint max-lines counts with its default options. Split the file by concept.',
};

export const MAX_FUNCTION_LINES: RuleMeta = {
  id: 'standards/max-function-lines',
  defaultLevel: 'warning',
  summary: 'A function spans more lines than the configured maximum.',
  help:
    'A function spans the lines from its first to its last, blank and comment lines included. A method counts from its ' +
    'decorators and name. Functions called where they are defined (IIFEs) are not checked, as ESLint max-lines-per-function ' +
    'does by default. Move named steps into functions of their own.',
};

export const MAX_PARAMETERS: RuleMeta = {
  id: 'standards/max-parameters',
  defaultLevel: 'warning',
  summary: 'A function declares more parameters than the configured maximum.',
  help:
    'Every parameter counts, including rest and defaulted ones, except a TypeScript this parameter, which only declares a type. ' +
    'Pass related values as one object.',
};

export const NAMING: RuleMeta = {
  id: 'standards/naming',
  defaultLevel: 'warning',
  summary: 'An exported name does not match the naming pattern configured for its kind.',
  help:
    'Patterns apply to exported functions, classes, variables, type aliases, interfaces and enums, by kind. A variable ' +
    'initialized with a function or arrow function counts as a function, and one initialized with a class expression as a ' +
    'class. Patterns are not anchored: write ^ and $ to match the whole name. Rename the symbol or change the pattern.',
};

export const BANNED_IMPORT: RuleMeta = {
  id: 'standards/banned-import',
  defaultLevel: 'error',
  summary: 'A module is imported that the configuration bans.',
  help:
    'Static imports, export-from, require, import() and import = require() with a literal specifier are checked against ' +
    'the banned names, which are globs of specifiers: lodash bans only lodash itself, lodash/** also bans its subpaths. ' +
    'Use what the finding names instead.',
};

export const STANDARDS_RULES: RuleMeta[] = [MAX_FILE_LINES, MAX_FUNCTION_LINES, MAX_PARAMETERS, NAMING, BANNED_IMPORT];
