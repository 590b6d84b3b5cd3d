import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Cluster, NameNode } from '../../src/model/types.ts';
import { sameMachine } from '../../src/rules-support/cluster-hosts.ts';
import { haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { everyHostsAddress } from '../../src/rules-support/local-addresses.ts';

/** Whether every host the cluster names is this one machine (a one-machine playground runs everything there by design). */
function onlyMachine(cluster: Cluster, host: string): boolean {
  return cluster.hosts.every((h) => everyHostsAddress(h.name) !== undefined || sameMachine(h.name, host));
}

export default defineRule({
  meta: {
    id: 'hdfs/namenodes-same-host',
    severity: 'warning',
    description: 'Two NameNodes of one HA nameservice run on the same host (different ports)',
    rationale:
      'HA protects against the loss of a NameNode\'s machine only when the NameNodes run on different machines. ' +
      'Two NameNode ids whose `dfs.namenode.rpc-address.<ns>.<nn>` name the same host with different ports start ' +
      'fine, but a reboot, disk or power failure of that host takes both down, and the nameservice with them. ' +
      'Both NameNodes on one host also need their own `dfs.ha.namenode.id`: the NameNode finds its id by matching ' +
      'the rpc-address hosts against its local addresses, comparing the IP only and never the port, so both ids ' +
      'match there.\n\n' +
      'A cluster whose hosts are all this one machine (a test setup) is not reported; the same host and port is ' +
      '`hdfs/duplicate-namenode-address`, and two host names resolving to one address `cluster/namenodes-same-address`.',
    fix: 'Put each NameNode of the nameservice on its own machine: give `dfs.namenode.rpc-address.<ns>.<nn>` (and its http-address) another host.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) "Hardware resources": the machines that run the Active and Standby NameNodes',
      'hadoop-zookeeper-facts.md b.4: DFSUtil getSuffixIDs compares the IP, never the port (DFSUtil.java 3.4.1 L1263-1312)',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf).filter(isHa)) {
        const seen: NameNode[] = [];
        for (const nn of ns.namenodes) {
          const host = nn.rpc?.host?.value;
          if (!nn.rpc || !host || nn.rpc.property.unresolved.length > 0 || everyHostsAddress(host) !== undefined) continue;
          const first = seen.find((o) => sameMachine(o.rpc!.host!.value, host));
          if (!first) {
            seen.push(nn);
            continue;
          }
          // The same port is hdfs/duplicate-namenode-address's finding.
          if (first.rpc!.portNumber === nn.rpc.portNumber || onlyMachine(cluster, host)) continue;
          once({
            span: nn.rpc.host!.span,
            message: `NameNodes ${first.id.value} and ${nn.id.value} of nameservice ${quote(ns.id.value)} are both on host ${quote(host)}, so one host failure takes both down`,
            related: [{ span: locatedValue(first.rpc!.property).span, message: `${first.id.value}'s rpc-address is ${quote(first.rpc!.property.value)}` }],
          });
        }
      }
    }
  },
});
