import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { misspellingsOf } from '../../src/rules-support/misspellings.ts';

export default defineRule({
  meta: {
    id: 'hadoop/misspelled-critical-property',
    severity: 'error',
    description: 'A misspelt property name whose intended key is one HA, the clients or the daemons\' addresses depend on, and which is not set',
    rationale:
      "Hadoop's `Configuration` stores a property under its exact, case-sensitive name and never checks names, so a " +
      'misspelt key is ignored and the intended key keeps its default. For most keys that default only tunes ' +
      'something; for the keys HA, the clients and the daemons\' addresses depend on it breaks the cluster: ' +
      '`fs.defaultFs` (for `fs.defaultFS`) leaves every client and YARN on `file:///`, a misspelt ' +
      '`dfs.ha.namenodes.<ns>` or `dfs.namenode.rpc-address.<ns>.<nn>` leaves the NameNode without its address, a ' +
      'misspelt proxy provider makes clients resolve the nameservice as a host, a misspelt fencing key stops ' +
      'failover, a misspelt `yarn.resourcemanager.hostname.<rm-id>` leaves NodeManagers on `0.0.0.0`.\n\n' +
      'The keys are the named table of `src/rules-support/ha-critical-keys.ts` (fs.defaultFS; the nameservice, ' +
      'NameNode list and NameNode addresses; shared edits; the client failover proxy provider; fencing; automatic ' +
      'failover and `ha.zookeeper.quorum`; ResourceManager HA, its addresses and ZooKeeper store; ' +
      '`mapreduce.framework.name`). The finding is an error only when the intended key is not set in the ' +
      'configuration that loads the file (core-site.xml and hdfs-site.xml together, yarn-site.xml and ' +
      'mapred-site.xml on their own); otherwise the typo is a stray duplicate and `hadoop/unknown-property` reports it. ' +
      'A typo whose value equals the default is `hadoop/misspelled-default-value`.',
    fix: 'Rename the property to the intended name given in the message.',
    references: [
      'Configuration.java (3.4.1) getProps/get: properties are looked up by exact name; no check of unknown names',
      'FileSystem.java (3.4.1) getDefaultUri: fs.defaultFS, default file:/// (core-default.xml)',
      'DFSUtil.java (3.4.1) getNNServiceRpcAddresses / HAUtil.java L176-179: dfs.ha.namenodes.<ns> and dfs.namenode.rpc-address.<ns>.<nn>',
      'NameNodeProxiesClient.java (3.4.1) L279-300: dfs.client.failover.proxy.provider.<nameservice>',
      'SshFenceByTcpPort.java (3.4.1) L67-68: dfs.ha.fencing.ssh.private-key-files',
      'ResourceManagerHA.md (3.4.1) "Configurations": yarn.resourcemanager.ha.*, hostname.<rm-id>, zk-address',
    ],
  },
  check(cluster, report) {
    for (const m of misspellingsOf(cluster)) {
      if (m.kind !== 'critical') continue;
      report({
        span: m.prop.name.span,
        message: `${quote(m.prop.name.value)} ${m.what}; ${quote(m.intended)} is meant and is not set, so Hadoop uses its default${m.defaultValue === '' ? '' : ` ${quote(m.defaultValue)}`}${m.expandedDefault === undefined ? '' : `, ${quote(m.expandedDefault)} here`}`,
      });
    }
  },
});
