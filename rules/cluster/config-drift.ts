import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { ConfProperty, Host, XmlFile, XmlKind } from '../../src/model/types.ts';
import type { Span } from '../../src/text/span.ts';
import { weightedGroups } from '../../src/rules-support/cluster-hosts.ts';
import { rmLocatingDrift } from '../../src/rules-support/rm-locating-drift.ts';
import { hasOwnFiles } from '../../src/model/snapshot.ts';

const KINDS: readonly XmlKind[] = ['core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml'];

/** The definitions a host's daemons load with the file, and what wins: core+hdfs, core+yarn, core+mapred+yarn. */
interface Loaded {
  readonly definitions: readonly ConfProperty[];
  readonly effective: Readonly<Record<string, ConfProperty>>;
}

function loadedWith(host: Host, kind: XmlKind): Loaded | undefined {
  if (kind === 'yarn-site.xml') return host.yarn;
  if (kind === 'mapred-site.xml') return host.yarn?.mapred;
  return host.conf;
}

/**
 * Keys that exist to differ between hosts: they pin the local NameNode or
 * nameservice id, or the name a DataNode reports (HAUtil, DFSConfigKeys).
 */
const PER_HOST_KEYS = new Set([
  'dfs.ha.namenode.id', 'dfs.nameservice.id', 'dfs.datanode.hostname',
  // The local ResourceManager's rm-id and the NodeManager's own name (YarnConfiguration, yarn-default.xml).
  'yarn.resourcemanager.ha.id', 'yarn.nodemanager.hostname',
  // What a NodeManager offers is its own machine's memory and cores: heterogeneous hosts set their own.
  'yarn.nodemanager.resource.memory-mb', 'yarn.nodemanager.resource.cpu-vcores',
]);

/** One distinct copy of a site file, the hosts that have it, and what it sets. */
interface Copy {
  readonly file: XmlFile;
  readonly conf: Loaded;
  readonly hosts: string[];
  readonly values: Map<string, ConfProperty>;
}

/** The span of a property's value (its name when it has none), in the given copy of the file (identical content). */
function at(p: ConfProperty, file: XmlFile): Span {
  const span = p.prop.value?.span ?? p.prop.name.span;
  return { ...span, file: file.path };
}

/** What a file sets on its own: the last definition of each name, unless an earlier one is final. */
function valuesOf(conf: Loaded, kind: XmlKind): Map<string, ConfProperty> {
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
    description: "A property of core-site.xml, hdfs-site.xml, yarn-site.xml or mapred-site.xml differs between the hosts' copies",
    rationale:
      'HDFS HA is designed so that "all the nodes in the cluster may have the same configuration": every daemon reads ' +
      'its own copy, and nothing compares the copies. A copy that differs makes daemons disagree about the cluster. ' +
      "For example the Standby NameNode uploads checkpoints to the other NameNode's `http-address` as its own copy " +
      'says, so a port that differs between the NameNode hosts breaks checkpoint upload and `-bootstrapStandby`; a ' +
      'different `ha.zookeeper.quorum` or `dfs.namenode.shared.edits.dir` splits the hosts into two clusters.\n\n' +
      'hacheck compares the copies of the host folders (per-host snapshots) property by property and reports each ' +
      'difference once, at the copy that differs from most hosts. Keys meant to differ per host ' +
      '(`dfs.ha.namenode.id`, `dfs.nameservice.id`, `dfs.datanode.hostname`, `yarn.resourcemanager.ha.id`, ' +
      '`yarn.nodemanager.hostname`, and the NodeManager\'s own `yarn.nodemanager.resource.memory-mb` and `cpu-vcores`) ' +
      'are not compared. yarn-site.xml and mapred-site.xml are compared alike: a NodeManager or a MapReduce client ' +
      'whose copy says another `mapreduce.framework.name` or `mapreduce.jobhistory.address` runs jobs in the local ' +
      'runner or loses their history. A NodeManager copy that lacks the ResourceManager-locating keys the ' +
      'ResourceManager hosts agree on is `yarn/rm-address-drift` (an error), not repeated here. Only the hosts of one ' +
      'cluster are compared: folders that describe another set-up (`clusters/staging/` beside `clusters/prod/`) are ' +
      'another cluster (README, "The layouts it reads"), while host folders that disagree stay one cluster, which is ' +
      'what this rule reports.',
    fix: 'Copy one reviewed core-site.xml, hdfs-site.xml, yarn-site.xml and mapred-site.xml to every host (configuration management, `rsync`, `scp`), then restart the daemons whose copy changed.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L91: all the nodes in the cluster may have the same configuration',
      'StandbyCheckpointer.java (Hadoop 2.7.7) L98-110: the other NameNode\'s http-address from the own configuration (HAUtil.getConfForOtherNode)',
      'hadoop-zookeeper-facts.md a.2 #12',
      'mapred-default.xml (2.7.7) L1637-1638, L2012-2013; (3.4.1) L1363-1364, L1838-1839: mapreduce.framework.name "local", mapreduce.jobhistory.address "0.0.0.0:10020" when a copy leaves them unset',
    ],
  },
  check(cluster, report) {
    // yarn/rm-address-drift reports these as errors: a NodeManager copy that lacks the ResourceManagers' keys.
    // Once reported there, the key is not reported again here at the ResourceManagers' copies either.
    const rmDrift = new Set(rmLocatingDrift(cluster).map((d) => d.name));
    for (const kind of KINDS) {
      // Each host folder with its own copy of the file; identical copies are one group.
      const copies = new Map<string, Copy>();
      for (const host of cluster.hosts) {
        const file = host.files[kind];
        const loaded = loadedWith(host, kind);
        if (!hasOwnFiles(host) || !loaded || !file || file.host !== host.name) continue;
        // Before reading the content: identical copies are one group, whatever their path.
        const copy = copies.get(file.hash);
        if (copy) copy.hosts.push(host.name);
        else if ('xml' in file && !file.xml.problem) copies.set(file.hash, { file, conf: loaded, hosts: [host.name], values: valuesOf(loaded, kind) });
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
            if (kind === 'yarn-site.xml' && rmDrift.has(name)) continue;
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
