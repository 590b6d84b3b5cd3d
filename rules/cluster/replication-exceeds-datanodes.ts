import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { hadoopDefault } from '../../src/model/hadoop-conf.ts';
import { OncePerContent, confsByPath, distinctHosts } from '../../src/rules-support/cluster-hosts.ts';

export default defineRule({
  meta: {
    id: 'cluster/replication-exceeds-datanodes',
    severity: 'warning',
    description: 'dfs.replication is greater than the number of DataNodes in workers or slaves',
    rationale:
      'HDFS places each replica of a block on a different DataNode. With fewer DataNodes than `dfs.replication` ' +
      '(3 when unset) no block can ever reach its replication factor: every block stays under-replicated, `hdfs fsck` ' +
      'reports the file system as not healthy, and the NameNode keeps scheduling replication work that cannot be done. ' +
      'hacheck counts the distinct hosts of the `workers` (Hadoop 3.x) or `slaves` (Hadoop 2.x) file, the DataNodes the ' +
      'start scripts start; it says nothing when the directory has no such file.',
    fix: 'Set `dfs.replication` to at most the number of DataNodes (for example 1 on a one-DataNode test cluster), or add DataNodes.',
    references: [
      'hdfs-default.xml (Hadoop 2.7.7) L462, (Hadoop 3.4.1) L688: dfs.replication, "Default block replication", 3',
      'hadoop-zookeeper-facts.md c.1: workers/slaves list the hosts that run DataNodes',
    ],
  },
  check(cluster, report) {
    const list = cluster.workers;
    if (!list) return;
    const count = distinctHosts(list.list.hosts.map((h) => h.value)).length;
    const fallback = Number(hadoopDefault(cluster.hadoopVersion, 'dfs.replication') ?? '3');
    let reportedDefault = false;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, 'hdfs-site.xml')) {
      const p = conf.effective['dfs.replication'];
      if (p && (p.unresolved.length > 0 || !/^\d+$/.test(p.value) || !once.first(p.file.hash, p.prop.span))) continue;
      const replication = p ? Number(p.value) : fallback;
      if (replication <= count) continue;
      const datanodes = `${list.kind} lists ${plural(count, 'DataNode')}`;
      if (p) {
        report({
          span: p.prop.value?.span ?? p.prop.name.span,
          message: `dfs.replication ${quote(p.value)} is greater than the ${plural(count, 'DataNode')} listed in ${list.kind}`,
          related: [{ span: list.start, message: datanodes }],
        });
      } else if (!reportedDefault) {
        reportedDefault = true;
        report({
          span: list.start,
          message: `${list.kind} lists ${plural(count, 'DataNode')}, fewer than the default dfs.replication ${quote(String(replication))}`,
        });
      }
    }
  },
});
