/**
 * Cluster trees that use one name in every place where hacheck keys a lookup by
 * a name found in the input: Hadoop property names and ${var} references, zoo.cfg
 * keys and server hosts, Kafka keys, host folders, /etc/hosts and workers entries,
 * nameservice, NameNode and ResourceManager ids, XML entity names, the configuration file's hosts and
 * overrides, and hacheck-disable comments. test/prototype-names.test.ts fills them
 * with the names of Object.prototype's members ("constructor", "__proto__", ...),
 * which a plain object answers for without being told.
 */
import { ZOO_HOUSEKEEPING } from './zoo-housekeeping.ts';

const site = (props: readonly (readonly [string, string])[], comment = '') =>
  `<?xml version="1.0"?>\n<configuration>\n${comment}${props.map(([n, v]) => `  <property>\n    <name>${n}</name>\n    <value>${v}</value>\n  </property>\n`).join('')}</configuration>\n`;

const HADOOP = 'opt/hadoop-3.4.1/etc/hadoop';
const ZOOKEEPER = 'opt/apache-zookeeper-3.8.4-bin/conf';

/**
 * Three hosts: `name` (a folder of that name, a ZooKeeper server, a NameNode, a
 * ResourceManager, a worker), `w2` and `w3`, which sort after every name of
 * Object.prototype and after their stand-ins, so the output's order is the same. `name`'s configuration sets a property
 * called `name`; w2 and w3 refer to `${name}`, which nothing defines there. The
 * nameservice, one NameNode id and one ResourceManager id are `name` too.
 */
export function everyPlaceTree(name: string): Record<string, string> {
  const hosts = [name, 'w2', 'w3'];
  const core = (extra: readonly (readonly [string, string])[]) => site([
    ['fs.defaultFS', `hdfs://${name}`],
    ['ha.zookeeper.quorum', hosts.map((h) => `${h}:2181`).join(',')],
    ...extra,
  ]);
  const hdfs = site([
    ['dfs.nameservices', name],
    [`dfs.ha.namenodes.${name}`, `${name},nn2`],
    [`dfs.namenode.rpc-address.${name}.${name}`, `${name}:8020`],
    [`dfs.namenode.rpc-address.${name}.nn2`, 'w2:8020'],
    [`dfs.namenode.http-address.${name}.${name}`, `${name}:9870`],
    [`dfs.namenode.http-address.${name}.nn2`, 'w2:9870'],
    ['dfs.namenode.shared.edits.dir', `qjournal://${hosts.map((h) => `${h}:8485`).join(';')}/${name}`],
    [`dfs.client.failover.proxy.provider.${name}`, 'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider'],
    ['dfs.ha.fencing.methods', 'shell(/bin/true)'],
    ['dfs.ha.automatic-failover.enabled', 'true'],
    ['dfs.journalnode.edits.dir', '/data/journal'],
    ['dfs.namenode.name.dir', '/data/name'],
    [`dfs.namenode.${name}`, '1'],
  ], `  <!-- hacheck-disable-next-line ${name} -->\n`);
  const yarn = site([
    ['yarn.resourcemanager.ha.enabled', 'true'],
    ['yarn.resourcemanager.cluster-id', name],
    ['yarn.resourcemanager.ha.rm-ids', `${name},rm2`],
    [`yarn.resourcemanager.hostname.${name}`, name],
    ['yarn.resourcemanager.hostname.rm2', 'w2'],
    ['hadoop.zk.address', hosts.map((h) => `${h}:2181`).join(',')],
  ]);
  const zoo = [
    `# hacheck-disable-file ${name} -- names no rule`,
    'tickTime=2000', 'initLimit=10', 'syncLimit=5', 'dataDir=/var/lib/zookeeper', 'clientPort=2181',
    `${name}=1`,
    ...hosts.map((h, i) => `server.${i + 1}=${h}:2888:3888`),
    '',
  ].join('\n') + ZOO_HOUSEKEEPING;
  const kafka = ['broker.id=1', 'log.dirs=/var/lib/kafka', `${name}=1`, `zookeeper.connect=${hosts.map((h) => `${h}:2181`).join(',')}/kafka`, ''].join('\n');
  const etcHosts = ['127.0.0.1 localhost', ...hosts.map((h, i) => `10.0.0.${i + 1} ${h}`), ''].join('\n');
  const tree: Record<string, string> = {};
  hosts.forEach((h, i) => {
    tree[`${h}/etc/hosts`] = etcHosts;
    tree[`${h}/${HADOOP}/core-site.xml`] = core(h === name ? [[name, '1']] : [['hadoop.tmp.dir', `/data/\${${name}}/tmp`]]);
    tree[`${h}/${HADOOP}/hdfs-site.xml`] = hdfs;
    tree[`${h}/${HADOOP}/yarn-site.xml`] = yarn;
    tree[`${h}/${HADOOP}/workers`] = `${hosts.join('\n')}\n`;
    // XML entity names: w2 refers to an entity `name` it does not declare, w3 declares and uses one.
    if (h === 'w2') tree[`${h}/${HADOOP}/mapred-site.xml`] = site([['mapreduce.framework.name', `&${name};`]]);
    if (h === 'w3') tree[`${h}/${HADOOP}/mapred-site.xml`] = site([['mapreduce.framework.name', `&${name};`]]).replace('<configuration>', `<!DOCTYPE configuration [\n  <!ENTITY ${name} "yarn">\n]>\n<configuration>`);
    tree[`${h}/${ZOOKEEPER}/zoo.cfg`] = zoo;
    tree[`${h}/var/lib/zookeeper/myid`] = `${i + 1}\n`;
    tree[`${h}/opt/kafka/config/server.properties`] = kafka.replace('broker.id=1', `broker.id=${i + 1}`);
  });
  return tree;
}

/**
 * A ZooKeeper ensemble in folders named after the inventory, with a configuration file
 * whose `hosts` maps `name` to node-a and whose `overrides` lower the severity of the
 * wrong myid in node-a: the finding is a warning only if both lookups found `name`.
 */
export function configHostsTree(name: string): Record<string, string> {
  const zoo = ['tickTime=2000', 'initLimit=10', 'syncLimit=5', 'dataDir=/var/lib/zookeeper', 'clientPort=2181',
    `server.1=${name}:2888:3888`, 'server.2=zk2:2888:3888', 'server.3=zk3:2888:3888', ''].join('\n') + ZOO_HOUSEKEEPING;
  return {
    'conf/zoo.cfg': zoo,
    'node-a/var/lib/zookeeper/myid': '4\n',
    'node-b/var/lib/zookeeper/myid': '2\n',
    'node-c/var/lib/zookeeper/myid': '3\n',
    '.hacheckrc.json': `${JSON.stringify({
      hosts: { [name]: 'node-a', zk2: 'node-b', zk3: 'node-c' },
      overrides: [{ hosts: [name], rules: { 'zookeeper/myid-mismatch': 'warning' } }],
    }, null, 2)}\n`,
  };
}

/** A configuration file whose `rules` and `overrides[].rules` name a rule id `name`. */
export function configRulesTree(name: string): Record<string, string> {
  return {
    'conf/zoo.cfg': `tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}`,
    // A computed key: { [name]: ... } keeps "__proto__" as a key, and JSON.stringify writes it.
    '.hacheckrc.json': `${JSON.stringify({ rules: { [name]: 'off' }, overrides: [{ hosts: ['zk1'], rules: { [name]: 'off' } }] }, null, 2)}\n`,
  };
}
