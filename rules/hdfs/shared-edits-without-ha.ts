import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedLocation } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { isHaConf, isSet, keyAndSuffixed, loadedByNameNode } from '../../src/rules-support/hdfs-ha-keys.ts';
import { SHARED_EDITS_KEY } from '../../src/rules-support/hdfs-qjournal.ts';

export default defineRule({
  meta: {
    id: 'hdfs/shared-edits-without-ha',
    severity: 'error',
    description: 'dfs.namenode.shared.edits.dir is set but no nameservice is HA, so the NameNode refuses to format or start',
    rationale:
      'FSNamesystem checks the HA keys when it is built, at `hdfs namenode -format` and at every start: when HA is not ' +
      'enabled for the NameNode (`HAUtil.isHAEnabled`: `dfs.ha.namenodes.<ns>` of its nameservice lists more than one ' +
      'NameNode) but `dfs.namenode.shared.edits.dir` is set, it throws "Invalid configuration: a shared edits dir must ' +
      'not be specified if HA is not enabled." This is what a single-NameNode or pseudo-distributed set-up gets when ' +
      "it keeps an HA cluster's hdfs-site.xml, and what an HA set-up gets when `dfs.ha.namenodes.<ns>` is missing, " +
      'names another nameservice, or lists one NameNode.\n\n' +
      'The rule reports configurations a NameNode loads in which no nameservice has two NameNodes (federated set-ups ' +
      'with an HA nameservice are left alone).',
    fix:
      'For HA, list the NameNodes in `dfs.ha.namenodes.<nameservice>` (e.g. `nn1,nn2`) with their addresses; without HA, ' +
      'remove `dfs.namenode.shared.edits.dir`.',
    references: [
      'FSNamesystem.java (3.4.1) constructor: if (!haEnabled && HAUtil.usesSharedEditsDir(conf)) throw new IOException("Invalid configuration: a shared edits dir must not be specified if HA is not enabled.")',
      'HAUtil.java (3.4.1) isHAEnabled: getNameNodeIds(conf, nsId).size() > 1; usesSharedEditsDir: conf.get(dfs.namenode.shared.edits.dir) != null',
    ],
    upstreamMessage: 'Invalid configuration: a shared edits dir must not be specified if HA is not enabled.',
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf) || isHaConf(conf)) continue;
      // The un-suffixed dfs.ha.namenodes (no nameservice) is what HAUtil reads without dfs.nameservices.
      if (isSet(conf.effective['dfs.ha.namenodes'])) continue;
      // A NameNode list hidden behind an unresolved ${var} may well name two NameNodes.
      if (conf.hdfs.nameservices.some((ns) => (ns.namenodesProperty?.unresolved.length ?? 0) > 0)) continue;
      const shared = keyAndSuffixed(conf, SHARED_EDITS_KEY).filter(isSet);
      if (shared.length === 0) continue;
      const related: RelatedLocation[] = conf.hdfs.nameservices
        .filter((ns) => ns.namenodesProperty)
        .map((ns) => ({
          span: locatedValue(ns.namenodesProperty!).span,
          message: `dfs.ha.namenodes.${ns.id.value} lists ${ns.namenodes.length === 1 ? 'one NameNode' : 'no NameNode'}`,
        }));
      for (const p of shared) {
        report({
          span: locatedValue(p).span,
          message: `${p.name} is ${quote(p.value)} but HA is not enabled (no nameservice lists two NameNodes in dfs.ha.namenodes.<ns>): the NameNode refuses to format or start`,
          related,
        });
      }
    }
  },
});
