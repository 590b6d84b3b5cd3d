import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { ConfProperty } from '../../src/model/types.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

export default defineRule({
  meta: {
    id: 'yarn/mapred-contradicts-yarn',
    severity: 'warning',
    description: 'mapred-site.xml sets a yarn.* property to a value other than yarn-site.xml gives it',
    rationale:
      'The ResourceManager and NodeManagers read core-site.xml and yarn-site.xml. MapReduce clients and ' +
      'ApplicationMasters load mapred-site.xml and then yarn-site.xml (JobConf adds mapred-default, mapred-site, ' +
      'yarn-default, yarn-site in that order), so for them too a `yarn.*` key of yarn-site.xml overrides the one in ' +
      'mapred-site.xml. A `yarn.*` key written in mapred-site.xml with another value than yarn-site.xml is therefore ' +
      'dead text that says the opposite of what the cluster does; it usually means one of the two files was edited ' +
      'and the other forgotten, and whoever reads mapred-site.xml is misled.',
    fix: 'Set YARN properties only in yarn-site.xml, and delete the copy in mapred-site.xml.',
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configuring the Hadoop Daemons": yarn-site.xml for the ResourceManager and NodeManager, mapred-site.xml for MapReduce',
      'ConfigUtil.loadResources (hadoop-mapreduce-client-core, Hadoop 2.x): mapred-default.xml, mapred-site.xml, yarn-default.xml, yarn-site.xml',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.mapredSite || !conf.yarnSite || !conf.mapred) continue;
      // What mapred-site.xml says on its own: its last definition of each name, unless an earlier one is final.
      const inMapred = new Map<string, ConfProperty>();
      for (const d of conf.mapred.definitions) {
        if (d.file !== conf.mapredSite || !d.name.startsWith('yarn.') || inMapred.get(d.name)?.prop.final) continue;
        inMapred.set(d.name, d);
      }
      for (const [name, m] of inMapred) {
        const y = conf.effective[name];
        if (!y || y.file !== conf.yarnSite || m.prop.final || m.unresolved.length > 0 || y.unresolved.length > 0 || y.value === m.value) continue;
        once({
          span: valueSpan(m),
          message: `${name} is ${quote(m.value)} in mapred-site.xml but ${quote(y.value)} in yarn-site.xml, which wins`,
          related: [{ span: valueSpan(y), message: `yarn-site.xml sets ${quote(y.value)}` }],
        });
      }
    }
  },
});
