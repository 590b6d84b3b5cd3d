import { defineRule, type RelatedLocation } from '../../src/engine/rule.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { ConfProperty, XmlFile } from '../../src/model/types.ts';
import { majorOf } from '../../src/rules-support/hadoop-site-files.ts';
import { isHaConf, isSet, loadedByNameNode } from '../../src/rules-support/hdfs-ha-keys.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { defaultChain, defaultOf, loadedByRole, setUnderAnyName, TMP_DIR_KEY, underTmp } from '../../src/rules-support/storage-defaults.ts';

function evidence(p: ConfProperty | undefined, message: string): RelatedLocation[] {
  return p ? [{ span: locatedValue(p).span, message }] : [];
}

export default defineRule({
  meta: {
    id: 'hdfs/storage-dir-default-tmp',
    severity: 'warning',
    description: 'A NameNode, DataNode, JournalNode or NodeManager recovery directory is left unset and defaults under /tmp',
    rationale:
      "Hadoop's defaults keep a daemon's state under `hadoop.tmp.dir`, itself `/tmp/hadoop-${user.name}`: " +
      '`dfs.namenode.name.dir` defaults to `file://${hadoop.tmp.dir}/dfs/name`, `dfs.datanode.data.dir` to ' +
      '`file://${hadoop.tmp.dir}/dfs/data` and `yarn.nodemanager.recovery.dir` to `${hadoop.tmp.dir}/yarn-nm-recovery`; ' +
      '`dfs.journalnode.edits.dir` defaults to `/tmp/hadoop/dfs/journalnode/` whatever `hadoop.tmp.dir` says. Many ' +
      'systems clear `/tmp` at boot or after some days (tmpfs, systemd-tmpfiles), so an HA cluster that sets neither ' +
      'the key nor `hadoop.tmp.dir` loses the namespace, the blocks or the shared edits on a reboot.\n\n' +
      'The rule reports the unset key at the file where it belongs, with the default chain as evidence: the ' +
      'hdfs-site.xml a NameNode host loads (only for a cluster that runs one: an HA nameservice or ' +
      '`dfs.namenode.rpc-address`), the one a JournalNode host loads when `dfs.namenode.shared.edits.dir` names a ' +
      'qjournal quorum, the one the worker hosts load, and the yarn-site.xml of the NodeManagers when ' +
      '`yarn.nodemanager.recovery.enabled` is true. A client-only configuration stays silent. A key counts as set ' +
      'under its deprecated name (`dfs.name.dir`, `dfs.data.dir`) or with a nameservice suffix. When ' +
      '`hadoop.tmp.dir` is set, the defaults follow it: under /tmp, `hdfs/storage-dir-in-tmp` already reports it; ' +
      'elsewhere, the defaults are persistent.\n\n' +
      'It is a rule of its own, apart from `hdfs/storage-dir-in-tmp`, because it reports what is absent: a throw-away ' +
      'test cluster may rely on the defaults on purpose and can turn this rule off while keeping the report of a ' +
      'directory written under /tmp.',
    fix:
      'Set the directory to persistent storage on the hosts that run the daemon, e.g. `dfs.namenode.name.dir` = ' +
      '`file:///data/hadoop/dfs/name`, `dfs.journalnode.edits.dir` = `/data/hadoop/journal`, or set `hadoop.tmp.dir` ' +
      'outside /tmp.',
    references: [
      'core-default.xml (2.7.7) L36, (3.4.1): hadoop.tmp.dir = /tmp/hadoop-${user.name}',
      'hdfs-default.xml (2.7.7) L288, L440: dfs.namenode.name.dir, dfs.datanode.data.dir = file://${hadoop.tmp.dir}/dfs/{name,data}',
      'hdfs-default.xml (3.4.1) L5022: dfs.journalnode.edits.dir = /tmp/hadoop/dfs/journalnode/; DFSConfigKeys.java (2.7.7) L737-738',
      'yarn-default.xml (2.7.7, 3.4.1): yarn.nodemanager.recovery.dir = ${hadoop.tmp.dir}/yarn-nm-recovery',
      'NameNode.java (3.4.1) L317-353: NAMENODE_SPECIFIC_KEYS (name.dir and journalnode edits dir take a nameservice suffix)',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const major = majorOf(cluster.hadoopVersion);
    const chainMessage = (key: string): string | undefined => {
      const chain = defaultChain(key, major);
      const written = defaultOf(key, major);
      if (written === undefined || !underTmp(chain?.resolved ?? written)) return undefined;
      const path = chain && chain.resolved !== written ? `${written} = ${chain.resolved}` : written;
      return `${key} is not set, so it defaults to ${path}, under /tmp, which the system may clear on reboot`;
    };
    const at = (files: readonly XmlFile[], kind: XmlFile['kind']): XmlFile | undefined => files.find((f) => f.kind === kind) ?? files[0];

    for (const conf of cluster.confs) {
      const rpc = conf.effective['dfs.namenode.rpc-address'];
      if (!isHaConf(conf) && !isSet(rpc)) continue;
      const file = at(conf.files, 'hdfs-site.xml');
      if (!file) continue;
      const nameservices = conf.hdfs.nameservices.map((ns) => ns.id.value);
      // A set hadoop.tmp.dir moves the derived defaults: under /tmp storage-dir-in-tmp reports it, elsewhere they persist.
      const tmpDefault = !isSet(conf.effective[TMP_DIR_KEY]);
      const unset = (key: string) => !setUnderAnyName(conf.effective, key, major, nameservices);
      const declared = conf.effective['dfs.nameservices'] ?? rpc;
      const checks: { key: string; applies: boolean; related: RelatedLocation[] }[] = [
        {
          key: 'dfs.namenode.name.dir',
          applies: tmpDefault && loadedByNameNode(cluster, conf),
          related: evidence(declared, `${declared?.name} makes this the configuration of a NameNode`),
        },
        {
          key: 'dfs.journalnode.edits.dir',
          applies: conf.hdfs.journal !== undefined && loadedByRole(cluster, conf.hosts, 'JournalNode'),
          related: evidence(conf.hdfs.journal?.property, 'dfs.namenode.shared.edits.dir names a JournalNode quorum'),
        },
        {
          key: 'dfs.datanode.data.dir',
          applies: tmpDefault && loadedByRole(cluster, conf.hosts, 'DataNode'),
          related: cluster.workers ? [{ span: cluster.workers.start, message: `the DataNodes are listed in ${cluster.workers.kind}` }] : [],
        },
      ];
      for (const c of checks) {
        if (!c.applies || !unset(c.key)) continue;
        const message = chainMessage(c.key);
        if (message) once({ span: file.start, message, related: c.related });
      }
    }

    const RECOVERY_DIR = 'yarn.nodemanager.recovery.dir';
    for (const yarn of cluster.yarnConfs) {
      const enabled = yarn.effective['yarn.nodemanager.recovery.enabled'];
      if (!enabled || enabled.value.toLowerCase() !== 'true') continue;
      if (isSet(yarn.effective[TMP_DIR_KEY]) || !loadedByRole(cluster, yarn.hosts, 'NodeManager')) continue;
      if (setUnderAnyName(yarn.effective, RECOVERY_DIR, major)) continue;
      const message = chainMessage(RECOVERY_DIR);
      const file = yarn.yarnSite ?? enabled.file;
      if (message) once({ span: file.start, message, related: evidence(enabled, 'yarn.nodemanager.recovery.enabled is true') });
    }
  },
});
