import { defineRule } from '../../src/engine/rule.ts';
import { UNUSED_SUPPRESSION } from '../../src/engine/suppress.ts';

export default defineRule({
  meta: {
    id: UNUSED_SUPPRESSION,
    severity: 'warning',
    description: 'A hacheck-disable comment suppresses no finding, names an unknown rule or does not parse',
    rationale:
      'A suppression comment (`hacheck-disable-next-line` or `hacheck-disable-file`, see the README) hides ' +
      'findings on purpose. One that hides nothing is a stale exception: the problem it excused was fixed or ' +
      'moved, and the comment now only waits to hide a new problem on that line. A misspelt rule id or a ' +
      'malformed directive suppresses nothing either, while its author believes it does.\n\n' +
      'A directive whose rules did not run (`--rule`, or a rule turned off) is not reported as unused: a full ' +
      'run may need it. Identical copies of a file count as one directive, reported at the first copy.\n\n' +
      'This rule needs what the other rules found, so the engine reports it after they ran ' +
      '(src/engine/suppress.ts); selecting or turning off the rule decides whether it is reported.',
    fix:
      'Delete the comment when nothing needs suppressing, or move a `hacheck-disable-next-line` comment to the ' +
      'line directly above the reported line. Correct a misspelt rule id (`hacheck --list-rules` lists them), ' +
      'separate several ids with commas, and in XML write the reason after ` - `: XML forbids `--` in a comment.',
    references: [
      'ESLint: --report-unused-disable-directives and disable comments (https://eslint.org/docs/latest/use/configure/rules#disabling-rules)',
      'Extensible Markup Language (XML) 1.0, section 2.5 Comments: "the string \'--\' (double-hyphen) MUST NOT occur within comments"',
    ],
  },
  // The findings come from the engine step that applies suppressions, not from the model.
  check() {},
});
