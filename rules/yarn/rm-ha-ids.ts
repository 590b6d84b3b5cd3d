import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { listItems } from '../../src/model/hdfs-topology.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-ha-ids',
    severity: 'error',
    description: 'ResourceManager HA is enabled but yarn.resourcemanager.ha.rm-ids lists fewer than two ids, or yarn.resourcemanager.ha.id is not one of them',
    rationale:
      'With `yarn.resourcemanager.ha.enabled` true, every ResourceManager starts by checking the HA configuration ' +
      '(`HAUtil.verifyAndSetConfiguration`): `yarn.resourcemanager.ha.rm-ids` must list at least two logical ids ' +
      '("HA mode requires atleast two RMs"), and when `yarn.resourcemanager.ha.id` pins the local id it must be one ' +
      'of them. Otherwise the RM throws `YarnRuntimeException` ("Invalid configuration! ...") and does not start; ' +
      'clients, ApplicationMasters and NodeManagers, which fail over between the listed ids, have nothing to fail ' +
      'over to.',
    fix:
      'List the ids of all ResourceManagers, for example `rm1,rm2`, with a `yarn.resourcemanager.hostname.<rm-id>` ' +
      'for each; set `yarn.resourcemanager.ha.id` only to one of those ids (or leave it unset so each RM finds its ' +
      'id from its address).',
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.ha.rm-ids, yarn.resourcemanager.ha.id',
      'HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) verifyAndSetRMHAIdsList, verifyAndSetCurrentRMHAId',
      'yarn-default.xml (2.7.7) L512, L553, L564; (3.4.1) L670, L774, L785',
    ],
    upstreamMessage: 'Invalid configuration! Invalid value of yarn.resourcemanager.ha.rm-ids. Current value is <value>\nHA mode requires atleast two RMs',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      const y = conf.yarn;
      if (!y.haEnabled || !y.haEnabledProperty) continue;
      const idsProp = y.rmIdsProperty;
      if (idsProp && idsProp.unresolved.length > 0) continue;
      const ids = idsProp ? listItems(idsProp, cluster.hadoopVersion).map((i) => i.value) : [];
      if (ids.length < 2) {
        once(idsProp
          ? {
              span: valueSpan(idsProp),
              message: `yarn.resourcemanager.ha.rm-ids is ${quote(idsProp.value)}, but ResourceManager HA needs at least two ids`,
              related: [{ span: valueSpan(y.haEnabledProperty), message: 'ResourceManager HA is enabled here' }],
            }
          : {
              span: valueSpan(y.haEnabledProperty),
              message: 'ResourceManager HA is enabled but yarn.resourcemanager.ha.rm-ids is not set',
            });
        continue;
      }
      const haId = y.haId;
      if (haId && haId.unresolved.length === 0 && !ids.includes(haId.value)) {
        once({
          span: valueSpan(haId),
          message: `yarn.resourcemanager.ha.id is ${quote(haId.value)}, which is not one of the rm-ids ${quote(ids.join(','))}`,
          related: [{ span: valueSpan(idsProp!), message: 'the rm-ids are listed here' }],
        });
      }
    }
  },
});
