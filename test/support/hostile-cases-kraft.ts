/**
 * Hostile cases of the KRaft voters rules (issue 13): voter lists Kafka's own parser refuses in
 * ways a naive split would accept, or that a naive split would refuse though Kafka accepts them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function node(dir: string, host: string, id: string, voters: string): void {
  write(join(dir, host, 'etc/kafka/server.properties'),
    `process.roles=broker,controller\nnode.id=${id}\ncontroller.quorum.voters=${voters}\n`
    + 'listeners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\nlog.dirs=/var/lib/kafka/data\n');
}

export const HOSTILE_CASES_KRAFT: readonly HostileCase[] = [
  {
    // An id beyond Integer.MAX_VALUE fails Integer.parseInt; "1@@h:1" splits into three parts; an
    // IPv6 voter in brackets and "+2" (parseInt accepts the sign) are valid and stay silent.
    name: 'kraft-voters-int-limits-and-ipv6',
    build: (d) => {
      const voters = '2147483648@kafka1:9093,1@@kafka1:9093,+2@[fe80::1]:9093,3@kafka3:99999999999';
      for (const i of ['1', '2', '3']) node(d, `kafka${i}`, i, voters);
    },
  },
];
