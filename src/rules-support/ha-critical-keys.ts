/**
 * The keys that HA, the clients or the daemons' addresses depend on: a
 * misspelling of one of them (hadoop/misspelled-critical-property) or a
 * non-boolean value in one of the booleans (hadoop/invalid-ha-boolean) leaves
 * the cluster on a default that breaks startup, failover or every client,
 * rather than on a default that merely tunes something.
 *
 * Names are base keys: a suffixed form (`dfs.namenode.rpc-address.<ns>.<nn>`,
 * `yarn.resourcemanager.hostname.<rm-id>`) counts through its base.
 */
import { suffixedBase } from './hadoop-property-names.ts';

interface CriticalFamily {
  /** Why a default in its place breaks the cluster. */
  readonly why: string;
  readonly keys: readonly string[];
}

export const HA_CRITICAL_FAMILIES: readonly CriticalFamily[] = [
  {
    // FileSystem.getDefaultUri: without it every client and YARN use file:/// (core-default.xml).
    why: 'the default file system of every client and daemon',
    keys: ['fs.defaultFS'],
  },
  {
    // DFSUtil.getNNServiceRpcAddresses / HAUtil: the NameNodes find their own address and their peer through these;
    // the standby uploads checkpoints to the active's http-address. The servicerpc and https addresses are optional
    // (unset, the NameNode serves DataNodes on its rpc-address), so a typo there is no error.
    why: 'the nameservices, their NameNodes and the NameNodes\' addresses',
    keys: ['dfs.nameservices', 'dfs.internal.nameservices', 'dfs.ha.namenodes', 'dfs.namenode.rpc-address', 'dfs.namenode.http-address'],
  },
  {
    // FSNamesystem.getSharedEditsDirs and JournalNode: without them HA has no shared edits (format and start fail).
    why: 'the shared edits of an HA nameservice',
    keys: ['dfs.namenode.shared.edits.dir', 'dfs.journalnode.edits.dir'],
  },
  {
    // NameNodeProxiesClient.createFailoverProxyProvider: without a provider the logical URI is taken for a host name.
    why: 'the client failover proxy provider',
    keys: ['dfs.client.failover.proxy.provider'],
  },
  {
    // NodeFencer / SshFenceByTcpPort: fencing with no method or no identity fails and failover stops.
    why: 'fencing',
    keys: ['dfs.ha.fencing.methods', 'dfs.ha.fencing.ssh.private-key-files'],
  },
  {
    // DFSZKFailoverController / ActiveStandbyElector: automatic failover and its ZooKeeper quorum.
    why: 'automatic failover of the NameNodes',
    keys: ['dfs.ha.automatic-failover.enabled', 'ha.zookeeper.quorum'],
  },
  {
    // RMHAUtils / HAUtil (yarn): ResourceManager HA, its ids, its addresses and its ZooKeeper state store.
    why: 'ResourceManager HA and the ResourceManagers\' addresses',
    keys: [
      'yarn.resourcemanager.ha.enabled', 'yarn.resourcemanager.ha.rm-ids', 'yarn.resourcemanager.ha.id',
      'yarn.resourcemanager.ha.automatic-failover.enabled', 'yarn.resourcemanager.ha.automatic-failover.embedded',
      'yarn.resourcemanager.cluster-id', 'yarn.resourcemanager.hostname', 'yarn.resourcemanager.address',
      'yarn.resourcemanager.scheduler.address', 'yarn.resourcemanager.resource-tracker.address',
      'yarn.resourcemanager.admin.address', 'yarn.resourcemanager.webapp.address',
      'yarn.resourcemanager.zk-address', 'hadoop.zk.address', 'yarn.resourcemanager.recovery.enabled',
    ],
  },
  {
    // Cluster.initialize (MRv2): without it MapReduce jobs run in the local runner, not on YARN.
    why: 'where MapReduce jobs run',
    keys: ['mapreduce.framework.name'],
  },
];

const CRITICAL = new Set(HA_CRITICAL_FAMILIES.flatMap((f) => f.keys));

/** True when the key, or the base of its suffixed form, is one HA, the clients or the daemons' addresses depend on. */
export function isHaCriticalKey(name: string): boolean {
  return CRITICAL.has(name) || CRITICAL.has(suffixedBase(name) ?? name);
}
