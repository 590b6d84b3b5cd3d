/**
 * Hostile cases of alternatives (issue 12): link chains crafted to make the lexical
 * resolution of src/discovery/resolve-link.ts walk forever or far. Each ends at the
 * kernel's own limit (40 links) with the sets undecided, and lists what it read.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function link(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(text, path);
}

const CORE = '<?xml version="1.0"?>\n<configuration>\n  <property>\n    <name>fs.defaultFS</name>\n    <value>hdfs://nn1:8020</value>\n  </property>\n</configuration>\n';

/** Two real sets and a stock one on nn1: what a link that decides nothing leaves. */
function sets(d: string): void {
  write(join(d, 'nn1/etc/hadoop/conf.prod/core-site.xml'), CORE);
  write(join(d, 'nn1/etc/hadoop/conf.my_cluster/core-site.xml'), CORE);
  write(join(d, 'nn1/etc/hadoop/conf.empty/core-site.xml'), '<?xml version="1.0"?>\n<configuration>\n</configuration>\n');
}

export const HOSTILE_CASES_ALT: readonly HostileCase[] = [
  {
    // conf -> /etc/chain0 -> /etc/chain1 -> ... -> /etc/chain99 -> /etc/hadoop/conf.prod: more links than Linux follows,
    // so the host itself could not open it; nothing decides, and the stock set alone is set aside.
    name: 'alternatives-absolute-link-chain-of-100',
    build: (d) => {
      sets(d);
      link(join(d, 'nn1/etc/hadoop/conf'), '/etc/chain0');
      for (let i = 0; i < 100; i++) link(join(d, `nn1/etc/chain${i}`), i === 99 ? '/etc/hadoop/conf.prod' : `/etc/chain${i + 1}`);
    },
    args: ['files'],
  },
  {
    // Absolute links in a loop (conf -> /etc/hadoop/conf.loop -> /etc/hadoop/conf), and relative ones that
    // discovery meets as links to follow (conf.a -> conf.b -> conf.a): each ends, nothing decides.
    name: 'alternatives-link-loops',
    build: (d) => {
      sets(d);
      link(join(d, 'nn1/etc/hadoop/conf'), '/etc/hadoop/conf.loop');
      link(join(d, 'nn1/etc/hadoop/conf.loop'), '/etc/hadoop/conf');
      link(join(d, 'nn1/etc/hadoop/conf.a'), 'conf.b');
      link(join(d, 'nn1/etc/hadoop/conf.b'), 'conf.a');
    },
    args: ['files'],
  },
];
