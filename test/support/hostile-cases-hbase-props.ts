/**
 * Hostile cases of hbase/zookeeper-property-mismatch (issue 13): property names that are names
 * of Object.prototype, numbers beyond Java's int, and a quorum of thousands of hosts against an
 * ensemble of thousands of server lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const ZOO = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n'
  + 'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';

function property(name: string, value: string): string {
  return `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
}

function hbaseSite(quorum: string, extra: string): string {
  return '<?xml version="1.0"?>\n<configuration>\n'
    + property('hbase.cluster.distributed', 'true')
    + property('hbase.zookeeper.quorum', quorum)
    + `${extra}</configuration>\n`;
}

const ARGS = ['--format', 'compact', '--rule', 'hbase/zookeeper-property-mismatch'];

export const HOSTILE_CASES_HBASE_PROPS: readonly HostileCase[] = [
  {
    // Keys named after Object.prototype members are no ZooKeeper keys and have no default:
    // only the real maxClientCnxns is reported.
    name: 'hbase-props-prototype-names',
    build: (d) => {
      write(join(d, 'conf/zoo.cfg'), `${ZOO}constructor=1\n__proto__=2\n`);
      const names = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
      write(join(d, 'hbase/conf/hbase-site.xml'), hbaseSite('zk1,zk2,zk3',
        names.map((n) => property(`hbase.zookeeper.property.${n}`, 'x')).join('') + property('hbase.zookeeper.property.maxClientCnxns', '300')));
    },
    args: ARGS,
  },
  {
    // 99999999999 is no Java int: ZooKeeper could not read it, nothing is compared. 2147483647 is
    // the largest int and differs from the default 60: reported.
    name: 'hbase-props-int-limits',
    build: (d) => {
      write(join(d, 'conf/zoo.cfg'), ZOO);
      write(join(d, 'hbase/conf/hbase-site.xml'), hbaseSite('zk1,zk2,zk3',
        property('hbase.zookeeper.property.tickTime', '99999999999')
        + property('hbase.zookeeper.property.initLimit', '-2147483649')
        + property('hbase.zookeeper.property.maxClientCnxns', '2147483647')));
    },
    args: ARGS,
  },
  {
    // 20,000 quorum entries, none a server, against 20,000 server lines: linear, one finding
    // for the tickTime of the real server at the end of the quorum.
    name: 'hbase-props-many-hosts',
    build: (d) => {
      const servers = Array.from({ length: 20000 }, (_, i) => `server.${i + 1}=zk${i}:2888:3888\n`).join('');
      write(join(d, 'conf/zoo.cfg'), `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n${servers}`);
      const quorum = [...Array.from({ length: 20000 }, (_, i) => `other${i}`), 'zk19999'].join(',');
      write(join(d, 'hbase/conf/hbase-site.xml'), hbaseSite(quorum, property('hbase.zookeeper.property.tickTime', '6000')));
    },
    args: ARGS,
  },
];
