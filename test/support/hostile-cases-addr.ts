/**
 * Hostile cases of the address rules (issue 14): hdfs:// URIs in a property value are found by
 * one regular expression over the value. Values built so that a pattern whose classes crossed a
 * list separator would rescan the rest of the value once per item (quadratic), and a list of
 * pinned URIs that must give one finding, not one per item.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function site(props: readonly (readonly [string, string])[]): string {
  return `<?xml version="1.0"?>\n<configuration>\n${props.map(([k, v]) => `  <property>\n    <name>${k}</name>\n    <value>${v}</value>\n  </property>\n`).join('')}</configuration>\n`;
}

/** An HA nameservice mycluster with NameNodes node01:8020 and node02:8020. */
function haCluster(d: string, mapredValue: string): void {
  write(join(d, 'core-site.xml'), site([['fs.defaultFS', 'hdfs://mycluster']]));
  write(join(d, 'hdfs-site.xml'), site([
    ['dfs.nameservices', 'mycluster'],
    ['dfs.ha.namenodes.mycluster', 'nn1,nn2'],
    ['dfs.namenode.rpc-address.mycluster.nn1', 'node01:8020'],
    ['dfs.namenode.rpc-address.mycluster.nn2', 'node02:8020'],
    ['dfs.namenode.shared.edits.dir', 'qjournal://node01:8485;node02:8485;node03:8485/mycluster'],
    ['dfs.client.failover.proxy.provider.mycluster', 'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider'],
  ]));
  write(join(d, 'mapred-site.xml'), site([['mapreduce.framework.name', 'yarn'], ['mapreduce.job.hdfs-servers', mapredValue]]));
  write(join(d, 'yarn-site.xml'), site([['yarn.resourcemanager.hostname', 'node03']]));
  write(join(d, 'workers'), 'node01\nnode02\nnode03\n');
}

export const HOSTILE_CASES_ADDR: readonly HostileCase[] = [
  {
    // 150,000 items that each open an IPv6 bracket and never close it, then one pinned URI.
    name: 'hdfs-uris-150000-unclosed-brackets',
    build: (d) => haCluster(d, `${'hdfs://[,'.repeat(150_000)}hdfs://node01:8020/tmp`),
  },
  {
    // 100,000 URIs naming NameNode nn1: one finding, at the first.
    name: 'hdfs-uris-100000-pinned-items',
    build: (d) => haCluster(d, 'hdfs://node01:8020/x,'.repeat(100_000).slice(0, -1)),
  },
];
