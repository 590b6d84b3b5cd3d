/**
 * Hostile cases for names that JavaScript objects already answer for: the names of
 * Object.prototype's members used as Hadoop property names, ${var} references and
 * HDFS ids. Each is plain data to Hadoop, and must be to hacheck
 * (test/prototype-names.test.ts puts every such name in every place).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const site = (body: string) => `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;

export const PROTO_HOSTILE_CASES: readonly HostileCase[] = [
  {
    // Nothing defines toString: reported as any other undefined variable, not expanded to a function.
    name: 'proto-variable-tostring',
    build: (d) => write(join(d, 'nn1/core-site.xml'), site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dir', '/data/${toString}/tmp'))),
  },
  {
    // A property named constructor is a property like any other: ${constructor} expands to its value,
    // ${valueOf} (defined nowhere) is left as written.
    name: 'proto-property-named-constructor',
    build: (d) => write(join(d, 'nn1/core-site.xml'), site(
      prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('constructor', '/data') + prop('hadoop.tmp.dir', '${constructor}/tmp/${valueOf}') + prop('hadoop.tmp.dirr', '/t'))),
  },
  {
    // A nameservice __proto__ with NameNodes constructor and toString; toString has no rpc-address.
    name: 'proto-nameservice-proto',
    build: (d) => write(join(d, 'nn1/hdfs-site.xml'), site(
      prop('dfs.nameservices', '__proto__') +
      prop('dfs.ha.namenodes.__proto__', 'constructor,toString') +
      prop('dfs.namenode.rpc-address.__proto__.constructor', 'nn1:8020') +
      prop('dfs.namenode.http-address.__proto__.constructor', 'nn1:9870') +
      prop('dfs.namenode.http-address.__proto__.toString', 'nn2:9870') +
      prop('dfs.namenode.shared.edits.dir', 'qjournal://nn1:8485;nn2:8485;jn3:8485/__proto__') +
      prop('dfs.client.failover.proxy.provider.__proto__', 'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider') +
      prop('dfs.ha.fencing.methods', 'shell(/bin/true)'))),
  },
];
