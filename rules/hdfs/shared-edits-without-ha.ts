import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedLocation } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { HadoopConf, Nameservice } from '../../src/model/types.ts';
import { isSet, keyAndSuffixed, loadedByNameNode } from '../../src/rules-support/hdfs-ha-keys.ts';
import { SHARED_EDITS_KEY } from '../../src/rules-support/hdfs-qjournal.ts';

export default defineRule({
  meta: {
    id: 'hdfs/shared-edits-without-ha',
    severity: 'error',
    description: 'dfs.namenode.shared.edits.dir is set but no nameservice has two NameNodes with an RPC address, so the NameNode refuses to format or start',
    rationale:
      'FSNamesystem checks the HA keys when it is built, at `hdfs namenode -format` and at every start: when HA is not ' +
      'enabled for the NameNode (`HAUtil.isHAEnabled`: `DFSUtil.getHaNnRpcAddresses` holds more than one NameNode of its ' +
      'nameservice, and that map only takes the NameNodes of `dfs.ha.namenodes.<ns>` whose ' +
      '`dfs.namenode.rpc-address.<ns>.<nn>` is set) but `dfs.namenode.shared.edits.dir` is set, it throws "Invalid configuration: a shared edits dir must ' +
      'not be specified if HA is not enabled." This is what a single-NameNode or pseudo-distributed set-up gets when ' +
      "it keeps an HA cluster's hdfs-site.xml, and what an HA set-up gets when `dfs.ha.namenodes.<ns>` is missing, " +
      'names another nameservice, lists one NameNode, or only one of its NameNodes has an RPC address.\n\n' +
      'The rule reports configurations a NameNode loads in which no nameservice has two NameNodes with an RPC address ' +
      '(federated set-ups with an HA nameservice are left alone).',
    fix:
      'For HA, list the NameNodes in `dfs.ha.namenodes.<nameservice>` (e.g. `nn1,nn2`) and give each a ' +
      '`dfs.namenode.rpc-address.<nameservice>.<nn>`; without HA, ' +
      'remove `dfs.namenode.shared.edits.dir`.',
    references: [
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/namenode/FSNamesystem.java, constructor FSNamesystem(Configuration, FSImage, boolean) (run by loadFromDisk and by NameNode.format): nameserviceId = DFSUtil.getNamenodeNameServiceId(conf); haEnabled = HAUtil.isHAEnabled(conf, nameserviceId); if (!haEnabled && HAUtil.usesSharedEditsDir(conf)) { LOG.warn("Configured NNs:..."); throw new IOException("Invalid configuration: a shared edits dir must not be specified if HA is not enabled.") } (line 796 in 3.4.x stack traces)',
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/HAUtil.java, isHAEnabled(conf, nsId): addresses = DFSUtil.getHaNnRpcAddresses(conf); nnMap = addresses.get(nsId); return nnMap != null && nnMap.size() > 1 -- the map holds, per nameservice, the NameNodes of dfs.ha.namenodes.<ns> whose dfs.namenode.rpc-address.<ns>.<nn> is set',
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/HAUtil.java, usesSharedEditsDir(conf): null != conf.get(DFS_NAMENODE_SHARED_EDITS_DIR_KEY) (after NameNode.initializeGenericKeys has copied the <ns>/<ns>.<nn> suffixed value onto the plain key)',
    ],
    upstreamMessage: 'Invalid configuration: a shared edits dir must not be specified if HA is not enabled.',
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf) || hasRpcHaNameservice(conf)) continue;
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
          message: namenodesNote(ns),
        }));
      for (const p of shared) {
        report({
          span: locatedValue(p).span,
          message: `${p.name} is ${quote(p.value)} but HA is not enabled (no nameservice has two NameNodes in dfs.ha.namenodes.<ns> with a dfs.namenode.rpc-address): the NameNode refuses to format or start`,
          related,
        });
      }
    }
  },
});

/**
 * HAUtil.isHAEnabled counts the NameNodes DFSUtil.getHaNnRpcAddresses found:
 * only those of dfs.ha.namenodes.<ns> with dfs.namenode.rpc-address.<ns>.<nn> set.
 */
function rpcNamenodes(ns: Nameservice): number {
  return ns.namenodes.filter((nn) => nn.rpc !== undefined && isSet(nn.rpc.property)).length;
}

function hasRpcHaNameservice(conf: HadoopConf): boolean {
  return conf.hdfs.nameservices.some((ns) => rpcNamenodes(ns) >= 2);
}

function namenodesNote(ns: Nameservice): string {
  const listed = ns.namenodes.length;
  if (listed < 2) return `dfs.ha.namenodes.${ns.id.value} lists ${listed === 1 ? 'one NameNode' : 'no NameNode'}`;
  const withRpc = rpcNamenodes(ns) === 0 ? 'none has' : 'only one has';
  return `dfs.ha.namenodes.${ns.id.value} lists ${listed} NameNodes but ${withRpc} a dfs.namenode.rpc-address.${ns.id.value}.<nn>`;
}
