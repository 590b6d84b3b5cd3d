import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { rmServices } from '../../src/model/yarn-topology.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { isRmHa, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-address-missing',
    severity: 'error',
    description: 'An rm-id of yarn.resourcemanager.ha.rm-ids has no yarn.resourcemanager.hostname.<rm-id> and not every service address either',
    rationale:
      'With ResourceManager HA, the generic `yarn.resourcemanager.hostname` and `yarn.resourcemanager.*.address` keys ' +
      'are not used: for every id in `yarn.resourcemanager.ha.rm-ids`, HAUtil reads `yarn.resourcemanager.<service>.<rm-id>` ' +
      'for each RM service (client `address`, `scheduler.address`, `resource-tracker.address`, `admin.address` and ' +
      '`webapp.address`, or `webapp.https.address` with `yarn.http.policy` HTTPS_ONLY), and falls back to ' +
      '`yarn.resourcemanager.hostname.<rm-id>` with the default port. When neither is set the ResourceManager refuses ' +
      'to start ("... needs to be set in an HA configuration"), and clients and NodeManagers cannot reach that RM.',
    fix:
      'Set `yarn.resourcemanager.hostname.<rm-id>` for every rm-id (the HA guide\'s minimal setup), or every service ' +
      'address `yarn.resourcemanager.<service>.<rm-id>`.',
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations" and "Sample configurations"',
      'HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) checkAndSetRMRPCAddress, getNeedToSetValueMessage',
    ],
    upstreamMessage: 'Invalid configuration! yarn.resourcemanager.hostname.<rm-id> or yarn.resourcemanager.<service>.<rm-id> needs to be set in an HA configuration.',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf)) continue;
      const services = rmServices(conf);
      for (const rm of conf.yarn.resourceManagers) {
        if (!rm.id || rm.hostname) continue;
        const missing = services.filter((s) => rm.addresses[s] === undefined);
        if (missing.length === 0) continue;
        const id = rm.id.value;
        const first = `yarn.resourcemanager.${missing[0]}.${id}`;
        once({
          span: rm.id.span,
          message: missing.length === services.length
            ? `ResourceManager ${quote(id)} has no yarn.resourcemanager.hostname.${id} and no service addresses`
            : `ResourceManager ${quote(id)} has no yarn.resourcemanager.hostname.${id}, and ${first} is not set either`,
          related: Object.values(rm.addresses).slice(0, 1).map((a) => ({ span: valueSpan(a.property), message: `${a.property.name} is set, but each service needs its own address` })),
        });
      }
    }
  },
});
