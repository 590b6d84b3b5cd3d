import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { resourceManagersOnHost } from '../../src/model/daemons-on-host.ts';
import { sameHost } from '../../src/model/host-names.ts';
import type { ResourceManagerId, YarnTopology } from '../../src/model/types.ts';
import type { Span } from '../../src/text/span.ts';
import { hostList, ownSpan, spanKey } from '../../src/rules-support/cluster-hosts.ts';
import { isRmHa, valueSpan } from '../../src/rules-support/yarn.ts';

/** The first ResourceManager of each id, indexed once per topology: every host asks for one. */
const rmsById = new WeakMap<YarnTopology, Map<string, ResourceManagerId>>();
function rmWithId(yarn: YarnTopology, id: string): ResourceManagerId | undefined {
  let byId = rmsById.get(yarn);
  if (!byId) {
    byId = new Map();
    for (const rm of yarn.resourceManagers) if (rm.id && !byId.has(rm.id.value)) byId.set(rm.id.value, rm);
    rmsById.set(yarn, byId);
  }
  return byId.get(id);
}

export default defineRule({
  meta: {
    id: 'yarn/rm-ha-id-hardcoded',
    severity: 'error',
    description: "yarn.resourcemanager.ha.id on a ResourceManager host names another host's rm-id (a copy hard-coded for one RM)",
    rationale:
      '`yarn.resourcemanager.ha.id` pins which rm-id the local ResourceManager is. It is optional: without it each RM ' +
      'finds its id by matching `yarn.resourcemanager.address.<rm-id>` with its own addresses. The HA guide warns ' +
      'that "if set, admins have to ensure that all the RMs have their own IDs in the config". A yarn-site.xml ' +
      'written on one RM host with its own id and then copied to the other RM host makes both claim one id: the ' +
      'second RM takes the first one\'s addresses, cannot bind them (they belong to the other machine) and does not ' +
      'start, or joins the election under the wrong name.',
    fix: 'Remove `yarn.resourcemanager.ha.id` from the shared copy, or set it on each ResourceManager host to that host\'s own rm-id.',
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.ha.id',
      'yarn-default.xml (2.7.7) L564; (3.4.1) L785',
      'HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) getRMHAId: yarn.resourcemanager.ha.id wins over address matching',
    ],
  },
  check(cluster, report) {
    const found = new Map<string, { span: Span; id: string; owner: string; ownerSpan: Span; hosts: string[] }>();
    for (const host of cluster.hosts) {
      const conf = host.yarn;
      if (!conf || !isRmHa(conf)) continue;
      const haId = conf.yarn.haId;
      if (!haId || haId.unresolved.length > 0) continue;
      // Only a ResourceManager host uses its own ha.id.
      if (resourceManagersOnHost(conf.yarn, host.name).length === 0) continue;
      const named = rmWithId(conf.yarn, haId.value);
      if (!named?.host || sameHost(named.host.value, host.name)) continue;
      const span = ownSpan(cluster, host, valueSpan(haId));
      const key = spanKey(span);
      const entry = found.get(key);
      if (entry) entry.hosts.push(host.name);
      else found.set(key, { span, id: haId.value, owner: named.host.value, ownerSpan: named.host.span, hosts: [host.name] });
    }
    for (const f of found.values()) {
      report({
        span: f.span,
        message: `yarn.resourcemanager.ha.id is ${quote(f.id)} on ${hostList(f.hosts)}, but ${f.id} is the ResourceManager on ${f.owner}`,
        related: [{ span: f.ownerSpan, message: `${f.id} is placed on ${f.owner} here` }],
      });
    }
  },
});
