/**
 * Hostile cases of discovery by content (issue 12): files whose broad name
 * (*.properties, zoo*.cfg) makes them candidates, and content crafted against
 * the template check.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const ZOO_TMP = 'tickTime=2000\ndataDir=/tmp/zookeeper-data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n';

export const HOSTILE_CASES_DISC: readonly HostileCase[] = [
  {
    // A FIFO under a name only the content could make configuration: never opened (it would block), and not
    // an unreadable recognised file either (exit 2 would let anyone break a check with a pipe named app.properties).
    name: 'content-candidate-fifo',
    build: (d) => {
      write(join(d, 'zk1/conf/zoo_1.cfg'), ZOO_TMP);
      mkdirSync(join(d, 'kafka/config'), { recursive: true });
      execFileSync('mkfifo', [join(d, 'kafka/config/app.properties')]);
      mkdirSync(join(d, 'broker.properties'));
    },
  },
  {
    // Eight million `{{` on one line and no `}}`, then one Jinja expression: found in one pass, not retried at each `{{`.
    name: 'template-check-long-line-of-braces',
    build: (d) => {
      write(join(d, 'zk1/conf/zoo.cfg'), ZOO_TMP);
      write(join(d, 'zk2/conf/zoo.cfg'), `# ${'{{'.repeat(4_000_000)}\n${ZOO_TMP}server.1={{ zk1 }}:2888:3888\n`);
    },
    args: ['files'],
  },
];
