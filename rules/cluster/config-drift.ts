import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { ConfProperty, HadoopConf, XmlFile, XmlKind } from '../../src/model/types.ts';
import type { Span } from '../../src/text/span.ts';
import { weightedGroups } from '../../src/rules-support/cluster-hosts.ts';

const KINDS: readonly XmlKind[] = ['core-site.xml', 'hdfs-site.xml'];

/**
 * Keys that exist to differ between hosts: they pin the local NameNode or
 * nameservice id, or the name a DataNode reports (HAUtil, DFSConfigKeys).
 */
const PER_HOST_KEYS = new Set(['dfs.ha.namenode.id', 'dfs.nameservice.id', 'dfs.datanode.hostname']);

/** One distinct copy of a site file, the hosts that have it, and what it sets. */
interface Copy {
  readonly file: XmlFile;
  readonly conf: HadoopConf;
  readonly hosts: string[];
  readonly values: Map<string, ConfProperty>;
}

/** The span of a property's value (its name when it has none), in the given copy of the file (identical content). */
function at(p: ConfProperty, file: XmlFile): Span {
  const span = p.prop.value?.span ?? p.prop.name.span;
  return { ...span, file: file.path };
}

/** What a file sets on its own: the last definition of each name, unless an earlier one is final. */
function valuesOf(conf: HadoopConf, kind: XmlKind): Map<string, ConfProperty> {
  const out = new Map<string, ConfProperty>();
  for (const d of conf.definitions) {
    if (d.file.kind !== kind || out.get(d.name)?.prop.final) continue;
    out.set(d.name, d);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'cluster/config-drift',
    severity: 'warning',
    description: "A property of core-site.xml or hdfs-site.xml differs between the hosts' copies",
    rationale:
      'HDFS HA is designed so that "all the nodes in the cluster may have the same configuration": every daemon reads ' +
      'its own copy, and nothing compares the copies. A copy that differs makes daemons disagree about the cluster. ' +
      "For example the Standby NameNode uploads checkpoints to the other NameNode's `http-address` as its own copy " +
      'says, so a port that differs between the NameNode hosts breaks checkpoint upload and `-bootstrapStandby`; a ' +
      'different `ha.zookeeper.quorum` or `dfs.namenode.shared.edits.dir` splits the hosts into two clusters.\n\n' +
      'hacheck compares the copies of the host folders (per-host snapshots) property by property and reports each ' +
      'difference once, at the copy that differs from most hosts. Keys meant to differ per host ' +
      '(`dfs.ha.namenode.id`, `dfs.nameservice.id`, `dfs.datanode.hostname`) are not compared. Only the hosts of one ' +
      'cluster are compared: folders that describe another set-up (`clusters/staging/` beside `clusters/prod/`) are ' +
      'another cluster (README, "The layouts it reads"), while host folders that disagree stay one cluster, which is ' +
      'what this rule reports.',
    fix: 'Copy one reviewed core-site.xml and hdfs-site.xml to every host (configuration management, `rsync`, `scp`), then restart the daemons whose copy changed.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L91: all the nodes in the cluster may have the same configuration',
      'StandbyCheckpointer.java (Hadoop 2.7.7) L98-110: the other NameNode\'s http-address from the own configuration (HAUtil.getConfForOtherNode)',
      'hadoop-zookeeper-facts.md a.2 #12',
    ],
  },
  check(cluster, report) {
    for (const kind of KINDS) {
      // Each host folder with its own copy of the file; identical copies are one group.
      const copies = new Map<string, Copy>();
      for (const host of cluster.hosts) {
        const file = host.files[kind];
        if (!host.folder || !host.conf || !file || file.host !== host.name) continue;
        // Before reading the content: identical copies are one group, whatever their path.
        const copy = copies.get(file.hash);
        if (copy) copy.hosts.push(host.name);
        else if ('xml' in file && !file.xml.problem) copies.set(file.hash, { file, conf: host.conf, hosts: [host.name], values: valuesOf(host.conf, kind) });
      }
      if (copies.size < 2) continue;
      const all = [...copies.values()].sort((a, b) => b.hosts.length - a.hosts.length || (a.file.path < b.file.path ? -1 : 1));
      const total = all.reduce((n, c) => n + c.hosts.length, 0);
      const names = new Set<string>();
      for (const c of all) for (const n of c.values.keys()) names.add(n);

      for (const name of names) {
        if (PER_HOST_KEYS.has(name)) continue;
        const groups = weightedGroups(all, (c) => {
          const p = c.values.get(name);
          return p === undefined ? '\0unset' : `=${p.value}`;
        }, (c) => c.hosts.length);
        if (groups.length < 2) continue;
        const major = groups[0]!;
        const majorCopy = major.items[0]!;
        const majorProp = majorCopy.values.get(name);
        const share = `${major.weight} of ${total} hosts`;
        for (const g of groups.slice(1)) {
          for (const copy of g.items) {
            const prop = copy.values.get(name);
            // Set in the other site file with the same effect: the daemon sees no difference.
            if (copy.conf.effective[name]?.value === majorCopy.conf.effective[name]?.value) continue;
            const related = [{
              span: majorProp ? at(majorProp, majorCopy.file) : majorCopy.file.start,
              message: majorProp
                ? `${majorCopy.hosts[0]}'s copy sets ${quote(majorProp.value)}`
                : `${majorCopy.hosts[0]}'s copy does not set it`,
            }];
            if (prop === undefined) {
              report({
                span: copy.file.start,
                message: `${name} is not set in this copy but is ${quote(majorProp!.value)} on ${share}`,
                related,
              });
            } else {
              report({
                span: at(prop, copy.file),
                message: majorProp
                  ? `${name} is ${quote(prop.value)} in this copy but ${quote(majorProp.value)} on ${share}`
                  : `${name} is ${quote(prop.value)} in this copy but not set on ${share}`,
                related,
              });
            }
          }
        }
      }
    }
  },
});
