/**
 * Hostile cases of the <property> children rules (hadoop/property-repeated-element,
 * hadoop/property-unknown-element): child elements named like Object properties, and one
 * property with thousands of <value> elements, which must cost linear time, not quadratic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const site = (body: string) => `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`;

export const HOSTILE_CASES_ABSENT: readonly HostileCase[] = [
  {
    // Children named like Object.prototype members are unknown elements like any other, and a repeated <value> still drops the first.
    name: 'property-children-named-like-prototype-members',
    build: (d) => write(join(d, 'hdfs-site.xml'), site(
      '  <property>\n    <name>dfs.replication</name>\n    <constructor>1</constructor>\n    <toString>2</toString>\n' +
        '    <hasOwnProperty>3</hasOwnProperty>\n    <value>2</value>\n    <value>3</value>\n  </property>\n',
    )),
  },
  {
    // 20,000 <value> elements in one property: 19,999 dropped values, reported in one pass (the count, not each line).
    name: 'property-twenty-thousand-values',
    select: (stdout) => {
      const lines = stdout.split('\n').filter((l) => l.includes('[hadoop/property-repeated-element]'));
      return `${lines.length} findings\n${lines[0]}\n${lines[lines.length - 1]}\n`;
    },
    build: (d) => write(join(d, 'hdfs-site.xml'), site(
      `  <property>\n    <name>dfs.replication</name>\n${Array.from({ length: 20000 }, (_, i) => `    <value>${i}</value>\n`).join('')}  </property>\n`,
    )),
  },
];
