import { defineRule } from '../../src/engine/rule.ts';
import { rmLocatingDrift } from '../../src/rules-support/rm-locating-drift.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-address-drift',
    severity: 'error',
    description: "A NodeManager host's yarn-site.xml lacks or differs from the ResourceManager hosts' keys that locate the ResourceManager",
    rationale:
      'Every NodeManager reads its own yarn-site.xml to find the ResourceManager: it registers at ' +
      '`yarn.resourcemanager.resource-tracker.address` (by default `${yarn.resourcemanager.hostname}:8031`), and with HA ' +
      '(`yarn.resourcemanager.ha.enabled`, `yarn.resourcemanager.ha.rm-ids`) at the per-rm-id `hostname.<rm-id>` or ' +
      'address keys (HAUtil). Nothing compares that copy with the ResourceManagers\' own. A NodeManager copy that lacks ' +
      'the ResourceManager\'s hostname retries `0.0.0.0:8031` forever; one that names another host or port registers ' +
      'with the wrong ResourceManager or none, and the node never joins the cluster.\n\n' +
      'hacheck compares the host folders\' copies (per-host snapshots): where every ResourceManager host\'s copy sets a ' +
      'locating key (`yarn.resourcemanager.hostname`, `.address`, `.scheduler.address`, `.resource-tracker.address`, ' +
      'each with or without `.<rm-id>`; `yarn.resourcemanager.ha.enabled`, `yarn.resourcemanager.ha.rm-ids`) to one value, a NodeManager copy (a workers/slaves host ' +
      'that runs no ResourceManager) that leaves it unset or sets another value is reported at that copy. When the ' +
      'ResourceManagers disagree among themselves, `cluster/config-drift` reports the difference, as it does for the ' +
      'cluster-id and ZooKeeper address, which only the ResourceManagers read.',
    fix: 'Copy the ResourceManagers\' reviewed yarn-site.xml to every NodeManager host (configuration management, `rsync`, `scp`), then restart the NodeManagers.',
    references: [
      'yarn-default.xml (2.7.7, 3.4.1) yarn.resourcemanager.hostname (0.0.0.0), yarn.resourcemanager.resource-tracker.address (${yarn.resourcemanager.hostname}:8031)',
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": the RM HA keys are set on every node',
      'ServerRMProxy.java / RMProxy.java (hadoop-yarn, 3.4.1): the NodeManager finds the RM from its own configuration (HAUtil with HA)',
      'Client.java (hadoop-common ipc, 3.4.1) handleConnectionFailure: the retry message',
    ],
    upstreamMessage: 'Retrying connect to server: 0.0.0.0/0.0.0.0:8031. Already tried <n> time(s); retry policy is <policy>',
  },
  check(cluster, report) {
    for (const d of rmLocatingDrift(cluster)) report({ span: d.span, message: d.message, related: d.related });
  },
});
