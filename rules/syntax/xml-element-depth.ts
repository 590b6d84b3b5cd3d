import { defineRule } from '../../src/engine/rule.ts';
import { shorten } from '../../src/engine/quote.ts';
import { assumedNote } from '../../src/model/versions.ts';

export default defineRule({
  meta: {
    id: 'syntax/xml-element-depth',
    severity: 'error',
    description: 'Elements of a site file nest deeper than Woodstox, the XML parser of Hadoop 3, accepts',
    rationale:
      'Hadoop 3 `Configuration` reads site files with Woodstox, whose default `ReaderConfig` refuses an element ' +
      'nested more than 1,000 levels deep: "Maximum Element Depth limit (1000) Exceeded". `Configuration` rethrows ' +
      'the error and no daemon or client that loads the file starts. The JDK `DocumentBuilder` of Hadoop 2 has no ' +
      'depth limit, so the rule applies to Hadoop 3 only. hacheck itself reads files of any depth: it skips the ' +
      'elements below `<property>`\'s children, which `Configuration` does not read, in one pass.',
    fix: 'Remove the nested elements: a site file needs only `<configuration>`, `<property>` and the `<name>`, `<value>`, `<final>`, `<description>` inside it.',
    references: [
      'Woodstox ReaderConfig: DEFAULT_MAX_ELEMENT_DEPTH = 1000 (measured with woodstox-core 6.5.1: 1,000 levels read, 1,001 refused)',
      'hadoop-common Configuration.java (3.x) parse: WstxInputFactory.createPrivateConfig(), depth limit unchanged',
    ],
    upstreamMessage: 'Maximum Element Depth limit (1000) Exceeded',
  },
  check(cluster, report) {
    const v = cluster.hadoopVersion;
    if (v.major < 3) return;
    for (const f of cluster.distinctFiles) {
      if (!('xml' in f) || !f.xml.tooDeep) continue;
      const d = f.xml.tooDeep;
      report({
        span: d.span,
        message: `<${shorten(d.element, 60)}> is element level ${String(d.depth).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}, deeper than Woodstox, Hadoop 3's XML parser, accepts (1,000), so Hadoop cannot load ${f.kind}${assumedNote(v)}`,
      });
    }
  },
});
