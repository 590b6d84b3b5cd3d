import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue, parseAddress } from '../../src/model/hdfs-topology.ts';
import type { Cluster, YarnConf } from '../../src/model/types.ts';
import { distinctHosts, hostList, MachineIndex } from '../../src/rules-support/cluster-hosts.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { everyHostsAddress } from '../../src/rules-support/local-addresses.ts';
import { yarnConfsByPath } from '../../src/rules-support/yarn.ts';

/** The NodeManager's own listening addresses, each `${yarn.nodemanager.hostname}:<port>` by default. */
const NM_KEYS = ['yarn.nodemanager.hostname', 'yarn.nodemanager.address', 'yarn.nodemanager.localizer.address', 'yarn.nodemanager.webapp.address'];

/** The workers (NodeManager hosts) that load this configuration. */
function nodeManagersUsing(cluster: Cluster, conf: YarnConf): string[] {
  const workers = distinctHosts((cluster.workers?.list.hosts ?? []).map((w) => w.value).filter((w) => everyHostsAddress(w) === undefined));
  // One shared directory: every worker loads the one copy.
  if (!cluster.hasHostFolders) return workers;
  // Indexed, not a scan of the configuration's hosts per worker: with one copy on every host that was
  // workers x hosts name comparisons (the project family of the benchmark: 30 s at 10,000 hosts).
  const loading = new MachineIndex<true>();
  for (const h of conf.hosts) loading.add(h, true);
  return workers.filter((w) => loading.find(w) !== undefined);
}

export default defineRule({
  meta: {
    id: 'yarn/nodemanager-address-pinned',
    severity: 'error',
    description: 'A NodeManager address names one host in a yarn-site.xml that several NodeManagers load',
    rationale:
      'Every NodeManager binds `yarn.nodemanager.address`, `yarn.nodemanager.localizer.address` and ' +
      '`yarn.nodemanager.webapp.address`, which default to `${yarn.nodemanager.hostname}:<port>` with ' +
      '`yarn.nodemanager.hostname` `0.0.0.0`. A value that names one host (`worker1:8042`) in a yarn-site.xml ' +
      'that every worker loads makes each other NodeManager try to bind that host\'s address, which is not one of ' +
      'its own: it stops with `java.net.BindException: Cannot assign requested address`, and only the named host ' +
      'runs a NodeManager.\n\n' +
      'Reported when the workers file names two or more hosts that load the copy (all of them in a shared ' +
      'directory; in host folders, the workers whose own copy it is).',
    fix:
      'Leave these keys unset, or write them with the variable: `${yarn.nodemanager.hostname}:8042` or `0.0.0.0:8042`; ' +
      'if a host name is needed, set it in each host\'s own copy.',
    references: [
      'yarn-default.xml (3.4.1) yarn.nodemanager.hostname (0.0.0.0), yarn.nodemanager.address (${yarn.nodemanager.hostname}:0), yarn.nodemanager.localizer.address (:8040), yarn.nodemanager.webapp.address (:8042)',
      'hadoop-zookeeper-facts.md c.1: NM RPC, localizer and web defaults',
      'NetUtils.java (3.4.1) L856-L865: wrapException for a BindException',
    ],
    upstreamMessage: 'Problem binding to [<host>:<port>] java.net.BindException: Cannot assign requested address',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.yarnSite) continue;
      const nms = nodeManagersUsing(cluster, conf);
      if (nms.length < 2) continue;
      for (const key of NM_KEYS) {
        const p = conf.effective[key];
        if (!p || p.value === '' || p.unresolved.length > 0 || p.file.kind !== 'yarn-site.xml' || p.raw.includes('${')) continue;
        const host = key === 'yarn.nodemanager.hostname' ? locatedValue(p) : parseAddress(p).host;
        if (!host || host.value === '' || everyHostsAddress(host.value) !== undefined) continue;
        once({
          span: host.span,
          message: `${key} ${quote(p.value)} names one host, but ${nms.length} NodeManagers (${hostList(nms)}) load this yarn-site.xml and the others cannot bind it`,
        });
      }
    }
  },
});
