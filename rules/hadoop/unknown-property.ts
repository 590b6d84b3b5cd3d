import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { misspellingsOf } from '../../src/rules-support/misspellings.ts';

export default defineRule({
  meta: {
    id: 'hadoop/unknown-property',
    severity: 'warning',
    description: 'A property name Hadoop does not know that is close to one it does (a likely typo)',
    rationale:
      "Hadoop's `Configuration` stores every `<property>` of a site file under its exact, case-sensitive name and " +
      'never checks names: a misspelled key is silently ignored and the daemon uses the default of the key that was ' +
      'meant. The seed setup writes `dfs.ha.ssh.private-key-files`, a key that appears nowhere in Hadoop 2.7.7 or 3.4.1; ' +
      'the key `sshfence` reads is `dfs.ha.fencing.ssh.private-key-files`, so fencing runs without an identity and fails.\n\n' +
      "Known names are those of the version's `*-default.xml` files, the keys Hadoop reads that those files leave out " +
      '(`src/knowledge/hadoop-extra-keys.ts`), the deprecated names and their replacements, the keys that take a ' +
      'nameservice, NameNode or ResourceManager id suffix (`dfs.namenode.rpc-address.<ns>.<nn>`, ' +
      '`yarn.resourcemanager.hostname.<rm-id>`) and patterned families (`hadoop.proxyuser.<user>.hosts`, ' +
      '`fs.<scheme>.impl`). Site files legitimately hold keys of other products (HBase, Spark) and of Hadoop modules ' +
      'with their own default files, so an unknown name is reported only when a known one is close: a case variant, ' +
      'a few characters apart (Levenshtein, about one edit per 12 characters), or a known name that contains all of ' +
      'its dot-separated parts in order plus one more. A key that only 3.x has is unknown to a cluster whose folder ' +
      'names show Hadoop 2.7 or older (`hadoop-2.7.7/`) and is judged the same way; a cluster known only as 2.x ' +
      '(a `slaves` file) may run 2.8 to 2.10, which added many of those keys, so there the 3.4.1 names count as known.\n\n' +
      'The suggestion is never a key the same file already sets: renaming the typo would make a conflicting ' +
      'duplicate, so the next close name is suggested, or none. A misspelling of a key HA, the clients or the ' +
      "daemons' addresses depend on is `hadoop/misspelled-critical-property` (an error), and one whose value equals " +
      "the intended key's default is `hadoop/misspelled-default-value` (info).",
    fix: 'Rename the property to the suggested name (check the spelling against the `*-default.xml` of your Hadoop version), or remove it.',
    references: [
      'hadoop-zookeeper-facts.md a.3 and f#1: dfs.ha.ssh.private-key-files does not exist; SshFenceByTcpPort reads dfs.ha.fencing.ssh.private-key-files (SshFenceByTcpPort.java (2.7.7) L68-69, (3.4.1) L67-68)',
      'core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): the known names',
      'NameNode.java (3.4.1) L317-353: NAMENODE_SPECIFIC_KEYS and NAMESERVICE_SPECIFIC_KEYS; ZKFailoverController.java (3.4.1) L82-88: ZKFC_CONF_KEYS',
      'NameNodeProxiesClient.java (3.4.1) L279-300: dfs.client.failover.proxy.provider.<nameservice>',
    ],
  },
  check(cluster, report) {
    // Misspellings of the keys HA depends on, and those whose value is the default anyway, have their own rules.
    for (const m of misspellingsOf(cluster)) {
      const name = quote(m.prop.name.value);
      if (m.kind === 'plain') {
        report({ span: m.prop.name.span, message: `${name} ${m.what}; did you mean ${quote(m.intended)}` });
      } else if (m.kind === 'already-set') {
        report({ span: m.prop.name.span, message: `${name} ${m.what} and has no effect; the file already sets ${quote(m.intended)}` });
      }
    }
  },
});
