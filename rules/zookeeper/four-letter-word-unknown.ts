import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { FOUR_LETTER_WORDS } from '../../src/knowledge/four-letter-words.ts';
import { nearest } from '../../src/text/nearest.ts';
import { splitLocated, trimLocated } from '../../src/text/sub-span.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/four-letter-word-unknown',
    severity: 'warning',
    description: '4lw.commands.whitelist names a word ZooKeeper does not know, so the command meant is not enabled',
    rationale:
      '`FourLetterCommands.isEnabled` splits `4lw.commands.whitelist` at commas, trims each item and adds it to ' +
      'the enabled set as written, without checking it against the words the server knows. A misspelt or ' +
      'upper-case item (`rouk`, `RUOK`, `mntr stat` without a comma) enables nothing and is never reported; the ' +
      'command that was meant gets `ruok is not executed because it is not in the whitelist.`, so the health ' +
      'check or monitor that needs it fails, and a failing liveness probe restarts the server in a loop. ' +
      'Items after `*` are ignored by ZooKeeper and are not reported.',
    fix: 'Spell each item as one of the words in the ZooKeeper administrator guide, in lower case, separated by commas.',
    references: [
      'FourLetterCommands.java (ZooKeeper 3.9) isEnabled(): split(","), trim, "*" enables all and stops, other items added as written; cmd2String lists the known words',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L1389-1413 (4lw.commands.whitelist)',
    ],
    upstreamMessage: 'ruok is not executed because it is not in the whitelist.',
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const entry = zooValue(zoo.zoo, '4lw.commands.whitelist');
      if (!entry) continue;
      for (const item of splitLocated(entry.value, ',')) {
        // Java's String.trim, as isEnabled() does.
        const located = trimLocated(item);
        const word = located.value;
        if (word === '*') break;
        if (word === '' || FOUR_LETTER_WORDS.includes(word)) continue;
        report({
          span: located.span,
          message: `4lw.commands.whitelist item ${quote(word)} is not a four-letter word ZooKeeper knows, so it enables nothing${hintFor(word)}`,
        });
      }
    }
  },
});

/** Blanks mean a missing comma; otherwise the known word at most two edits away (case ignored), if any. */
function hintFor(word: string): string {
  if (/\s/.test(word)) return '; separate the words with commas';
  const suggestion = nearest(word.toLowerCase(), FOUR_LETTER_WORDS, 2);
  return suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}`;
}
