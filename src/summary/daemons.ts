import type { Role } from '../model/types.ts';

/**
 * The main class `jps` prints for each role's daemon, in the order the
 * summary lists them. ZooKeeper's zkServer.sh starts QuorumPeerMain for a
 * participant, an observer and a standalone server alike.
 */
const JPS_NAME: Readonly<Record<Role, string>> = {
  NameNode: 'NameNode',
  ZKFC: 'DFSZKFailoverController',
  JournalNode: 'JournalNode',
  DataNode: 'DataNode',
  ResourceManager: 'ResourceManager',
  NodeManager: 'NodeManager',
  JobHistoryServer: 'JobHistoryServer',
  ZooKeeper: 'QuorumPeerMain',
  ZooKeeperObserver: 'QuorumPeerMain',
};

const ORDER: readonly Role[] = ['NameNode', 'ZKFC', 'JournalNode', 'DataNode', 'ResourceManager', 'NodeManager', 'JobHistoryServer', 'ZooKeeper', 'ZooKeeperObserver'];

/** The distinct `jps` names of a host's roles, in a fixed order. */
export function jpsNames(roles: readonly Role[]): string[] {
  const names = ORDER.filter((r) => roles.includes(r)).map((r) => JPS_NAME[r]);
  return [...new Set(names)];
}
