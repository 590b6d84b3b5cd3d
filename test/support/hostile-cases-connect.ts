/**
 * Hostile cases of the connect-string rules (issue 13): a value built so that a search for a
 * separator that restarted at each blank, or split the value once per blank, would be quadratic.
 * cluster/zookeeper-connect-separator walks it once and reports the one wrong separator at its end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const ZOO = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';

export const HOSTILE_CASES_CONNECT: readonly HostileCase[] = [
  {
    // 450 KB of blanks next to commas (empty entries, which the client drops), then "zk2:2181 zk3:2181".
    name: 'connect-string-blanks-around-150000-commas',
    build: (d) => {
      write(join(d, 'conf/zoo.cfg'), ZOO);
      write(join(d, 'kafka/config/server.properties'), `broker.id=0\nlog.dirs=/var/lib/kafka/data\nzookeeper.connect=zk1:2181${' , '.repeat(150_000)}zk2:2181 zk3:2181/kafka\n`);
    },
  },
];
