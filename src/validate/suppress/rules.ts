/**
 * Rules about suppression comments themselves.
 */
import type { RuleMeta } from '../model.js';

export const MISSING_REASON: RuleMeta = {
  id: 'suppress/missing-reason',
  defaultLevel: 'warning',
  summary: 'A suppression comment gives no reason, so it suppresses nothing.',
  help:
    'Every testmaster-disable comment must say why the finding does not apply, after a standalone --, for example ' +
    '`// testmaster-disable-next-line security/eval -- the input is a constant`. Until it does, the findings it names are reported.',
};

export const UNUSED: RuleMeta = {
  id: 'suppress/unused',
  defaultLevel: 'note',
  summary: 'A suppression comment names a rule that reports nothing where the comment applies.',
  help:
    'The code no longer triggers the rule, or the rule id or line is wrong. Remove the rule from the comment, ' +
    'or the whole comment, so it cannot hide a future finding.',
};

export const INVALID: RuleMeta = {
  id: 'suppress/invalid',
  defaultLevel: 'warning',
  summary: 'A comment that starts with testmaster-disable cannot be read as a suppression.',
  help:
    'Write testmaster-disable-line, testmaster-disable-next-line or testmaster-disable-file, then rule ids or prefix globs ' +
    'such as security/*, then -- and the reason.',
};

export const SUPPRESS_RULES: RuleMeta[] = [MISSING_REASON, UNUSED, INVALID];
