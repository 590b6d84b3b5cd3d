/**
 * Hostile cases of the session-timeout and HBase quorum rules (issue 13): numbers at Java's
 * int limits, where ZooKeeper's own arithmetic wraps around or a client cannot parse its value.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function zoo(tickTime: string): string {
  return `tickTime=${tickTime}\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n`
    + 'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
}

function hbaseSite(extra: string): string {
  return '<?xml version="1.0"?>\n<configuration>\n'
    + '  <property>\n    <name>hbase.cluster.distributed</name>\n    <value>true</value>\n  </property>\n'
    + '  <property>\n    <name>hbase.zookeeper.quorum</name>\n    <value>zk1,zk2,zk3</value>\n  </property>\n'
    + `${extra}</configuration>\n`;
}

export const HOSTILE_CASES_SESSIONS: readonly HostileCase[] = [
  {
    // 20 × 200000000 overflows a Java int: ZooKeeper's default maxSessionTimeout is negative and it
    // refuses to start, so no session is granted anything: no clamping finding.
    name: 'sessions-ticktime-overflows-int',
    build: (d) => {
      write(join(d, 'conf/zoo.cfg'), zoo('200000000'));
      write(join(d, 'hbase/conf/hbase-site.xml'), hbaseSite(''));
    },
    args: ['--format', 'compact', '--rule', 'cluster/zookeeper-session-timeout-clamped'],
  },
  {
    // Beyond Integer.MAX_VALUE: HBase's getInt throws, nothing is requested, nothing is reported.
    name: 'sessions-timeout-beyond-int',
    build: (d) => {
      write(join(d, 'conf/zoo.cfg'), zoo('2000'));
      write(join(d, 'hbase/conf/hbase-site.xml'), hbaseSite('  <property>\n    <name>zookeeper.session.timeout</name>\n    <value>99999999999</value>\n  </property>\n'));
    },
    args: ['--format', 'compact', '--rule', 'cluster/zookeeper-session-timeout-clamped'],
  },
];
