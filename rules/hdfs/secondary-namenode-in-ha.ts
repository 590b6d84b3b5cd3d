import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { haNameservices, keyAndSuffixed, suffixNameservice } from '../../src/rules-support/hdfs-ha-keys.ts';

const KEYS = ['dfs.namenode.secondary.http-address', 'dfs.namenode.secondary.https-address'];

export default defineRule({
  meta: {
    id: 'hdfs/secondary-namenode-in-ha',
    severity: 'warning',
    description: 'A SecondaryNameNode address is configured for an HA nameservice',
    rationale:
      'In an HA nameservice the standby NameNode checkpoints the namespace; the HA documentation says running a ' +
      'SecondaryNameNode, CheckpointNode or BackupNode there "would be an error", and the SecondaryNameNode refuses to ' +
      'start: `Cannot use SecondaryNameNode in an HA cluster. The Standby Namenode will perform checkpointing.` ' +
      'Hadoop 2.x `start-dfs.sh` still tries to start one where `dfs.namenode.secondary.http-address.<ns>.<nn>` is set. ' +
      'The HA cluster keeps working, hence a warning: the key is a leftover of a non-HA setup and misleads readers.\n\n' +
      'The plain key is reported only when every nameservice of the configuration is HA; suffixed keys only for an HA ' +
      'nameservice (a non-HA nameservice of a federation may have its own SecondaryNameNode).',
    fix: 'Remove `dfs.namenode.secondary.http-address` / `https-address` (and their suffixed forms) and do not start a SecondaryNameNode.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L84',
      'SecondaryNameNode.java (3.4.1) L188-191; (2.7.7) L188',
      'start-dfs.sh (2.7.7) L81-90; (3.4.1) L117-140',
    ],
    upstreamMessage: 'Cannot use SecondaryNameNode in an HA cluster. The Standby Namenode will perform checkpointing.',
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      const ha = haNameservices(conf).map((ns) => ns.id.value);
      if (ha.length === 0) continue;
      const allHa = ha.length === conf.hdfs.nameservices.length;
      for (const key of KEYS) {
        for (const p of keyAndSuffixed(conf, key)) {
          if (p.raw.trim() === '') continue;
          const ns = suffixNameservice(p, key);
          if (ns === undefined ? !allHa : !ha.includes(ns)) continue;
          const where = ns === undefined ? 'an HA configuration' : `HA nameservice ${quote(ns)}`;
          report({
            span: locatedValue(p).span,
            message: `${p.name} is set to ${quote(p.value)} in ${where}, where the SecondaryNameNode refuses to start`,
          });
        }
      }
    }
  },
});
