import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { clusterRunsYarn, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';
import { mapReduceShuffleWithoutMapredSite } from '../../src/rules-support/yarn-without-mapred-site.ts';

export default defineRule({
  meta: {
    id: 'yarn/mapreduce-framework-name',
    severity: 'warning',
    description: 'A cluster runs YARN but its mapred-site.xml does not set mapreduce.framework.name to yarn',
    rationale:
      '`mapreduce.framework.name` picks where a MapReduce job runs: `yarn` submits it to the ResourceManager, `local` ' +
      '(the default) runs it inside the client JVM with the LocalJobRunner, and `classic` was the Hadoop 1 JobTracker. ' +
      'The client compares the value exactly. Unset (or `local`), jobs of a cluster set up for YARN run on the ' +
      'machine that submits them, never reaching the NodeManagers or the JobHistoryServer; any other value (`Yarn`, ' +
      '`yarn-cluster`) matches no provider and job submission fails ("Cannot initialize Cluster. Please check your ' +
      'configuration for mapreduce.framework.name and the correspond server addresses.").\n\nhacheck reports it only ' +
      'when the directory configures a ResourceManager, so the empty mapred-site.xml that Hadoop 3 ships in an ' +
      'HDFS-only cluster is not a finding.\n\nA cluster with no mapred-site.xml at all is the same mistake: the default ' +
      '`local` applies. It is reported (at the `mapreduce_shuffle` entry of `yarn.nodemanager.aux-services`) only when ' +
      'the NodeManagers run the MapReduce shuffle service, which only MapReduce uses: a YARN cluster that runs Spark ' +
      'alone needs no mapred-site.xml and lists no `mapreduce_shuffle`, so it stays silent.',
    fix: 'Set `mapreduce.framework.name` to `yarn` in mapred-site.xml on every host that submits jobs.',
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configuring the Hadoop Daemons", mapred-site.xml: mapreduce.framework.name = yarn',
      'mapred-default.xml (2.7.7) L1637, (3.4.1) L1363: mapreduce.framework.name, default "local", "Can be one of local, classic or yarn"',
      'Cluster.java (hadoop-mapreduce-client-core, Hadoop 2.7.x) initialize: "Cannot initialize Cluster. Please check your configuration for mapreduce.framework.name and the correspond server addresses."',
    ],
    upstreamMessage: 'Cannot initialize Cluster. Please check your configuration for mapreduce.framework.name and the correspond server addresses.',
  },
  check(cluster, report) {
    if (!clusterRunsYarn(cluster)) return;
    const once = reportOnce(report);
    for (const shuffle of mapReduceShuffleWithoutMapredSite(cluster)) {
      once({
        span: shuffle.span,
        message: 'the NodeManagers run the MapReduce shuffle but there is no mapred-site.xml, so mapreduce.framework.name is "local" and MapReduce jobs run in the local job runner instead of on YARN',
        related: shuffle.related,
      });
    }
    for (const conf of yarnConfsByPath(cluster)) {
      const site = conf.mapredSite;
      if (!site || !conf.mapred || site.xml.problem) continue;
      const p = conf.mapred.effective['mapreduce.framework.name'];
      if (!p) {
        once({ span: site.start, message: 'mapreduce.framework.name is not set, so MapReduce jobs run in the local job runner instead of on YARN' });
        continue;
      }
      // The client compares conf.get() untrimmed: "yarn " is no framework name.
      const read = p.raw.includes('${') ? p.value : p.raw;
      if (p.unresolved.length > 0 || read === 'yarn') continue;
      once({
        span: valueSpan(p),
        message: read === 'local'
          ? 'mapreduce.framework.name is "local", so MapReduce jobs run in the local job runner instead of on YARN'
          : read === 'classic'
            ? 'mapreduce.framework.name is "classic", the Hadoop 1 JobTracker, which a YARN cluster does not run'
            : `mapreduce.framework.name is ${quote(read)}, which is not "yarn", "local" or "classic", so job submission fails`,
      });
    }
  },
});
