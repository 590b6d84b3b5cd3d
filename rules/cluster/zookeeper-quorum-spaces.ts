import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { OncePerContent, confsByPath } from '../../src/rules-support/cluster-hosts.ts';
import { spanWithin } from '../../src/text/sub-span.ts';

const BLANK = /\s/;

/**
 * The first run of whitespace just before a comma, or just after one (`/(\s+),|,(\s+)(?=\S)/`
 * on a value without trailing whitespace), found run by run: that pattern retried a long run of
 * blanks from each of its characters, quadratic (400 KB of blanks took 72 s).
 */
export function blankNextToComma(text: string): { from: number; to: number } | undefined {
  for (let i = 0; i < text.length; ) {
    if (BLANK.test(text[i]!)) {
      const from = i;
      while (i < text.length && BLANK.test(text[i]!)) i++;
      if (text[i] === ',') return { from, to: i };
    } else if (text[i] === ',' && i + 1 < text.length && BLANK.test(text[i + 1]!)) {
      const from = i + 1;
      for (i = from; i < text.length && BLANK.test(text[i]!); ) i++;
      return { from, to: i };
    } else {
      i++;
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'cluster/zookeeper-quorum-spaces',
    severity: 'error',
    description: 'ha.zookeeper.quorum has whitespace around a comma, which the ZooKeeper 3.4 client of Hadoop 2.x keeps',
    rationale:
      'The ZKFC hands `ha.zookeeper.quorum` to the ZooKeeper client unchanged. Hadoop 2.7 bundles the ZooKeeper 3.4 ' +
      'client, whose `ConnectStringParser` splits the string on commas without trimming the pieces: a space after a ' +
      'comma becomes part of the next host name (`" zk2"`, which does not resolve) and a space before a comma becomes ' +
      'part of the port (`"2181 "`, which `Integer.parseInt` rejects). ZooKeeper 3.5 and later trim each entry, so ' +
      'Hadoop 3.x (which bundles ZooKeeper 3.8) is not affected and this rule stays silent there.',
    fix: 'Remove the whitespace: `zk1:2181,zk2:2181,zk3:2181`.',
    references: [
      'hadoop-zookeeper-facts.md a.2 #10: the ZooKeeper 3.4 client does not trim; 3.5+ trims',
      'ConnectStringParser.java (ZooKeeper 3.4.14) L65-76; ConnectStringParser.java (ZooKeeper 3.5.10) L69',
      'hadoop-project/pom.xml (Hadoop 2.7.7) L78: ZooKeeper 3.4.6; (Hadoop 3.4.1) L106: ZooKeeper 3.8.4',
    ],
  },
  check(cluster, report) {
    if (cluster.hadoopVersion.major !== 2) return;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, 'core-site.xml')) {
      const q = conf.hdfs.zkQuorum;
      const value = q?.property.prop.value;
      if (!q || !value || !once.first(q.property.file.hash, q.property.prop.span)) continue;
      // Only whitespace between entries: leading or trailing whitespace of the whole value is another matter.
      const blank = blankNextToComma(value.value.trimEnd());
      if (!blank) continue;
      report({
        span: spanWithin(value, blank.from, blank.to),
        message: `ha.zookeeper.quorum ${quote(value.value.trim())} has whitespace next to a comma, which the ZooKeeper 3.4 client of Hadoop ${cluster.hadoopVersion.label} does not trim`,
      });
    }
  },
});
