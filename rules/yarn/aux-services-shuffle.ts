import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Cluster, YarnConf } from '../../src/model/types.ts';
import { splitLocated, trimLocated } from '../../src/text/sub-span.ts';
import { didYouMean, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { yarnConfLoadedBy } from '../../src/rules-support/role-hosts.ts';
import { runsMapReduceOnYarn, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

const SHUFFLE = 'mapreduce_shuffle';
const SHUFFLE_CLASS = 'org.apache.hadoop.mapred.ShuffleHandler';
/** AuxServices.validateAuxServiceName. */
// As `^[A-Za-z_]+[A-Za-z0-9_]*$`, without two adjacent runs that overlap: that backtracks quadratically on a long name.
const SERVICE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A configuration the NodeManagers may read: one of a NodeManager host, or a shared one. */
function nodeManagerConf(cluster: Cluster, conf: YarnConf): boolean {
  // Without a workers/slaves list hacheck does not know the NodeManagers: every configuration may be theirs.
  return yarnConfLoadedBy(cluster, conf, 'NodeManager');
}

export default defineRule({
  meta: {
    id: 'yarn/aux-services-shuffle',
    severity: 'error',
    description: 'MapReduce runs on YARN but yarn.nodemanager.aux-services lacks mapreduce_shuffle, names an invalid service, or its class is misspelt',
    rationale:
      'Reduce tasks fetch map output from the `mapreduce_shuffle` auxiliary service of each NodeManager. ' +
      '`yarn.nodemanager.aux-services` is empty by default, so a cluster with `mapreduce.framework.name=yarn` must ' +
      'list `mapreduce_shuffle` there (its class, `yarn.nodemanager.aux-services.mapreduce_shuffle.class`, defaults to ' +
      '`org.apache.hadoop.mapred.ShuffleHandler`); without it jobs fail at the first reduce with ' +
      '"InvalidAuxServiceException: The auxService:mapreduce_shuffle do not exist". A service name may only hold ' +
      'letters, digits and `_` and not start with a digit: the Hadoop 2.0/2.1 name `mapreduce.shuffle` stops the ' +
      'NodeManager ("The ServiceName: mapreduce.shuffle set in yarn.nodemanager.aux-services is invalid"), and a ' +
      'misspelt class stops it too.',
    fix:
      'In yarn-site.xml of every NodeManager host set `yarn.nodemanager.aux-services` to `mapreduce_shuffle` (plus any ' +
      'other services, comma-separated) and leave its class at `org.apache.hadoop.mapred.ShuffleHandler`.',
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configuring the Hadoop Daemons", yarn-site.xml: yarn.nodemanager.aux-services = mapreduce_shuffle',
      'yarn-default.xml (2.7.7) L1162 (empty default, name rule), L1271 (ShuffleHandler); (3.4.1) L2482, L2723',
      'AuxServices.java (Hadoop 2.7.x) serviceInit: "The ServiceName: <name> set in yarn.nodemanager.aux-services is invalid.The valid service name should only contain a-zA-Z0-9_ and can not start with numbers"',
    ],
    upstreamMessage: 'InvalidAuxServiceException: The auxService:mapreduce_shuffle do not exist',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.yarnSite) continue;
      const aux = conf.effective['yarn.nodemanager.aux-services'];
      const auxUsable = aux && aux.unresolved.length === 0;
      const names = auxUsable ? splitLocated(locatedValue(aux), ',').map(trimLocated).filter((n) => n.value !== '') : [];
      for (const n of names) {
        if (SERVICE_NAME.test(n.value)) continue;
        once({
          span: n.span,
          message: `${quote(n.value)} in yarn.nodemanager.aux-services is not a valid service name (letters, digits and _, not starting with a digit), so the NodeManager does not start`
            + (n.value.replace(/\W/g, '_') === SHUFFLE ? `; the MapReduce shuffle is ${quote(SHUFFLE)}` : ''),
        });
      }
      const cls = conf.effective[`yarn.nodemanager.aux-services.${SHUFFLE}.class`];
      if (cls && cls.unresolved.length === 0 && cls.value !== SHUFFLE_CLASS && didYouMean(cls.value, [SHUFFLE_CLASS]) !== undefined) {
        once({ span: valueSpan(cls), message: `${quote(cls.value)} is not the shuffle class ${quote(SHUFFLE_CLASS)}` });
      }
      const framework = runsMapReduceOnYarn(conf);
      if (!framework || (aux && !auxUsable) || names.some((n) => n.value === SHUFFLE) || !nodeManagerConf(cluster, conf)) continue;
      if (names.some((n) => n.value.replace(/\W/g, '_') === SHUFFLE)) continue;
      once(aux
        ? {
            span: valueSpan(aux),
            message: `yarn.nodemanager.aux-services is ${quote(aux.value)}, without ${SHUFFLE}, but MapReduce runs on YARN`,
            related: [{ span: valueSpan(framework), message: 'mapreduce.framework.name is "yarn" here' }],
          }
        : {
            span: valueSpan(framework),
            message: `MapReduce runs on YARN but yarn.nodemanager.aux-services does not list ${SHUFFLE}, so reduce tasks cannot fetch map output`,
            related: [{ span: conf.yarnSite.start, message: 'this yarn-site.xml does not set yarn.nodemanager.aux-services' }],
          });
    }
  },
});
