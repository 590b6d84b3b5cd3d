/**
 * Default ports per Hadoop major version. Source: hdfs-default.xml of 2.7.7
 * and 3.4.1 (vendor/hadoop/), HDFS-9427 for the 3.x change, and
 * DFSConfigKeys for the ZKFC port, which is in no 2.x default file.
 * See docs/reference/hadoop-zookeeper-facts.md section c.1.
 */
export interface DefaultPort {
  readonly key: string;
  readonly v2: number;
  readonly v3: number;
}

export const HDFS_PORTS = {
  namenodeRpc: { key: 'dfs.namenode.rpc-address', v2: 8020, v3: 8020 },
  namenodeHttp: { key: 'dfs.namenode.http-address', v2: 50070, v3: 9870 },
  namenodeHttps: { key: 'dfs.namenode.https-address', v2: 50470, v3: 9871 },
  datanodeData: { key: 'dfs.datanode.address', v2: 50010, v3: 9866 },
  datanodeIpc: { key: 'dfs.datanode.ipc.address', v2: 50020, v3: 9867 },
  datanodeHttp: { key: 'dfs.datanode.http.address', v2: 50075, v3: 9864 },
  journalRpc: { key: 'dfs.journalnode.rpc-address', v2: 8485, v3: 8485 },
  journalHttp: { key: 'dfs.journalnode.http-address', v2: 8480, v3: 8480 },
  zkfc: { key: 'dfs.ha.zkfc.port', v2: 8019, v3: 8019 },
} as const satisfies Record<string, DefaultPort>;

export function portFor(p: DefaultPort, hadoopMajor: number): number {
  return hadoopMajor >= 3 ? p.v3 : p.v2;
}

/** ZooKeeper's AdminServer (3.5+) listens on 8080 unless disabled (JettyAdminServer). */
export const ZOOKEEPER_ADMIN_PORT = 8080;
/** The port a ZooKeeper client uses when a connect string names none (ConnectStringParser). */
export const ZOOKEEPER_CLIENT_DEFAULT_PORT = 2181;

/**
 * YARN and MapReduce default ports, the same in 2.7.7 and 3.4.1 (facts c.1):
 * yarn-default.xml (2.7.7) L58, L113, L136, L142, L147, L165, L838, L983;
 * mapred-default.xml (2.7.7) L1538 (shuffle), L2012, L2018, L2152 (JobHistory).
 */
export const YARN_PORTS = {
  rmAddress: { key: 'yarn.resourcemanager.address', v2: 8032, v3: 8032 },
  rmScheduler: { key: 'yarn.resourcemanager.scheduler.address', v2: 8030, v3: 8030 },
  rmResourceTracker: { key: 'yarn.resourcemanager.resource-tracker.address', v2: 8031, v3: 8031 },
  rmAdmin: { key: 'yarn.resourcemanager.admin.address', v2: 8033, v3: 8033 },
  rmWebapp: { key: 'yarn.resourcemanager.webapp.address', v2: 8088, v3: 8088 },
  rmWebappHttps: { key: 'yarn.resourcemanager.webapp.https.address', v2: 8090, v3: 8090 },
  nmLocalizer: { key: 'yarn.nodemanager.localizer.address', v2: 8040, v3: 8040 },
  nmWebapp: { key: 'yarn.nodemanager.webapp.address', v2: 8042, v3: 8042 },
  shuffle: { key: 'mapreduce.shuffle.port', v2: 13562, v3: 13562 },
  jhsAddress: { key: 'mapreduce.jobhistory.address', v2: 10020, v3: 10020 },
  jhsWebapp: { key: 'mapreduce.jobhistory.webapp.address', v2: 19888, v3: 19888 },
  jhsAdmin: { key: 'mapreduce.jobhistory.admin.address', v2: 10033, v3: 10033 },
} as const satisfies Record<string, DefaultPort>;
