import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue, parseAddress } from '../../src/model/hdfs-topology.ts';
import type { Cluster, ConfProperty, YarnConf } from '../../src/model/types.ts';
import type { Located } from '../../src/text/span.ts';
import { MachineIndex } from '../../src/rules-support/cluster-hosts.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { everyHostsAddress, namedMachines } from '../../src/rules-support/local-addresses.ts';
import { isRmHa, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

/** The RM services other hosts dial: clients, ApplicationMasters, NodeManagers, rmadmin. */
const DIALLED = ['resource-tracker.address', 'scheduler.address', 'address', 'admin.address'] as const;

/** Their default ports (yarn-default.xml, 2.x and 3.x alike). */
const DEFAULT_PORT: Record<(typeof DIALLED)[number], number> = { 'resource-tracker.address': 8031, 'scheduler.address': 8030, address: 8032, 'admin.address': 8033 };

/** The workers (where start-yarn.sh starts NodeManagers) that are a machine of their own, not loopback. */
function remoteWorkers(cluster: Cluster): Located<string>[] {
  return (cluster.workers?.list.hosts ?? []).filter((w) => everyHostsAddress(w.value) === undefined);
}

/** Whether NodeManagers load this configuration: a worker uses it, or the cluster has one shared copy. */
function usedByWorkers(cluster: Cluster, conf: YarnConf, workers: MachineIndex<true>): boolean {
  return !cluster.hasHostFolders || conf.hosts.some((h) => workers.find(h) !== undefined);
}

/** The workers by name, built once per cluster: scanning them for each host of each configuration was hosts x workers. */
function workerIndex(workers: readonly Located<string>[]): MachineIndex<true> {
  const index = new MachineIndex<true>();
  for (const w of workers) index.add(w.value, true);
  return index;
}

function setAndResolved(conf: YarnConf, key: string): ConfProperty | undefined {
  const p = conf.effective[key];
  return p && p.value !== '' && p.unresolved.length === 0 ? p : undefined;
}

export default defineRule({
  meta: {
    id: 'yarn/rm-address-wildcard',
    severity: 'error',
    description: 'A ResourceManager address is 0.0.0.0 (the default) or loopback while NodeManagers run on other hosts',
    rationale:
      'NodeManagers, clients and ApplicationMasters dial the ResourceManager at `yarn.resourcemanager.resource-tracker.address`, ' +
      '`address`, `scheduler.address` and `admin.address` (with HA, their `.<rm-id>` forms); each defaults to ' +
      '`${yarn.resourcemanager.hostname}:<port>`, and `yarn.resourcemanager.hostname` defaults to `0.0.0.0`. On a ' +
      'NodeManager\'s host `0.0.0.0` and `localhost` mean that host itself, so a yarn-site.xml that never names the ' +
      'ResourceManager\'s host (or names it as loopback) leaves every NodeManager on another host retrying ' +
      '`0.0.0.0:8031` forever, and jobs are never scheduled. The ResourceManager itself starts fine, which hides it.\n\n' +
      'Reported when the workers file names hosts and the cluster spans more than one machine; a single-host ' +
      '(pseudo-distributed) cluster is not.',
    fix:
      'Set `yarn.resourcemanager.hostname` (with HA, `yarn.resourcemanager.hostname.<rm-id>`) to the ResourceManager\'s host ' +
      'name in the yarn-site.xml every host uses. To make the ResourceManager listen on all interfaces, keep the host name ' +
      'in the address and set `yarn.resourcemanager.bind-host` to `0.0.0.0`.',
    references: [
      'yarn-default.xml (3.4.1) yarn.resourcemanager.hostname (0.0.0.0), yarn.resourcemanager.resource-tracker.address (${yarn.resourcemanager.hostname}:8031), yarn.resourcemanager.bind-host',
      'hadoop-zookeeper-facts.md c.1: RM service defaults (yarn:58, 113, 147, 165)',
      'Client.java (hadoop-common ipc, 3.4.1) handleConnectionFailure: the retry message',
    ],
    upstreamMessage: 'Retrying connect to server: 0.0.0.0/0.0.0.0:8031. Already tried <n> time(s); retry policy is <policy>',
  },
  check(cluster, report) {
    const workers = remoteWorkers(cluster);
    if (workers.length === 0 || namedMachines(cluster).length <= 1) return;
    const once = reportOnce(report);
    const related = [{ span: workers[0]!.span, message: `a NodeManager runs on ${quote(workers[0]!.value)}` }];
    const byName = workerIndex(workers);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.yarnSite || !usedByWorkers(cluster, conf, byName)) continue;
      const ha = isRmHa(conf);
      // Without HA the generic keys; with HA each rm-id's (yarn/rm-address-missing reports an rm-id with neither).
      const suffixes = ha ? conf.yarn.resourceManagers.flatMap((rm) => (rm.id ? [`.${rm.id.value}`] : [])) : [''];
      for (const suffix of suffixes) {
        const hostname = setAndResolved(conf, `yarn.resourcemanager.hostname${suffix}`);
        const unset: (typeof DIALLED)[number][] = [];
        for (const service of DIALLED) {
          const p = setAndResolved(conf, `yarn.resourcemanager.${service}${suffix}`);
          const where = p ? parseAddress(p).host : hostname ? locatedValue(hostname) : undefined;
          if (!where) {
            unset.push(service);
            continue;
          }
          const kind = everyHostsAddress(where.value);
          if (!kind) continue;
          const key = p ? p.name : hostname!.name;
          once({
            span: where.span,
            message: `${key} ${quote(p ? p.value : hostname!.value)} is ${kind === 'wildcard' ? 'the wildcard address' : 'loopback'}, so NodeManagers and clients on other hosts dial themselves, not the ResourceManager`,
            related,
          });
        }
        // With HA an unset rm-id address is yarn/rm-address-missing's finding.
        const first = unset[0];
        if (first && !ha) {
          once({
            span: conf.yarnSite.start,
            message: `yarn-site.xml sets neither yarn.resourcemanager.hostname nor yarn.resourcemanager.${first}, so ${first === 'resource-tracker.address' ? 'NodeManagers' : 'clients and ApplicationMasters'} on other hosts dial the default "0.0.0.0:${DEFAULT_PORT[first]}"`,
            related,
          });
        }
      }
    }
  },
});
