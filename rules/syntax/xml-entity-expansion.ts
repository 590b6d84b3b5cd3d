import { defineRule } from '../../src/engine/rule.ts';
import { shorten } from '../../src/engine/quote.ts';
import { assumedNote } from '../../src/model/versions.ts';

/** 1111111111 -> "1,111,111,111". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export default defineRule({
  meta: {
    id: 'syntax/xml-entity-expansion',
    severity: 'error',
    description: 'The entities of a site file expand beyond the limits of the Java XML parsers Hadoop reads it with',
    rationale:
      'A DOCTYPE may declare entities whose values reference other entities, so a few lines can stand for ' +
      'billions of expansions ("billion laughs"). Java\'s XML parsers count the expansions and stop: the JDK parser ' +
      '(`DocumentBuilder`, which Hadoop 2 `Configuration` uses) after 64,000 with "JAXP00010001: The parser has ' +
      'encountered more than "64000" entity expansions in this document; this is the limit imposed by the JDK.", ' +
      'Woodstox (Hadoop 3) after 100,000 with "Maximum entity expansion count limit (100000) exceeded". Between the two ' +
      'limits only a Hadoop 2 cluster fails (reported when the cluster is Hadoop 2); above 100,000 both refuse the file, `Configuration` rethrows the error and no daemon or client that loads it starts. The JDK ' +
      'also stops when the expanded text passes 50,000,000 characters ("JAXP00010004: The accumulated size of ' +
      'entities ... exceeded the "50,000,000" limit"), and Woodstox when entities nest more than 500 deep ' +
      '("Maximum entity expansion depth limit (500) exceeded"). hacheck computes these numbers without expanding ' +
      'anything, reports the reference that crosses the limit, and then reads no property of the file.',
    fix: 'Write the values out instead of nesting entities, or remove the DOCTYPE: Hadoop site files need no entities.',
    references: [
      'JDK XMLSecurityManager: entityExpansionLimit 64000, totalEntitySizeLimit 50000000 (java.xml, JDK 17; measured with DocumentBuilder)',
      'Woodstox ReaderConfig: DEFAULT_MAX_ENTITY_COUNT = 100 * 1000, DEFAULT_MAX_ENTITY_DEPTH = 500 (measured with woodstox-core 6.5.1)',
      'hadoop-common Configuration.java loadResource: XML parse errors are rethrown as RuntimeException',
    ],
    upstreamMessage:
      'JAXP00010001: The parser has encountered more than "64000" entity expansions in this document; this is the limit imposed by the JDK.' +
      '; Woodstox: Maximum entity expansion count limit (100000) exceeded',
  },
  check(cluster, report) {
    const v = cluster.hadoopVersion;
    for (const f of cluster.distinctFiles) {
      if (!('xml' in f) || !f.xml.expansion) continue;
      const e = f.xml.expansion;
      const ref = `&${shorten(e.entity, 60)};`;
      if (e.kind === 'count') {
        report({
          span: e.span,
          message: `with this ${ref} the document needs ${grouped(e.amount)} entity expansions, more than Java's XML parsers allow (JDK: 64,000; Woodstox: 100,000), so Hadoop cannot load ${f.kind}`,
        });
      } else if (e.kind === 'size') {
        report({
          span: e.span,
          message: `with this ${ref} the entities of the document expand to ${grouped(e.amount)} characters, more than the JDK's XML parser allows (50,000,000) and more than hacheck expands, so no value of ${f.kind} is checked`,
        });
      } else if (e.kind === 'jdk-count') {
        if (v.major === 2) {
          report({
            span: e.span,
            message: `with this ${ref} the document needs ${grouped(e.amount)} entity expansions, more than the JDK's XML parser, which Hadoop 2 uses, allows (64,000), so Hadoop cannot load ${f.kind}${assumedNote(v)}`,
          });
        }
      } else if (v.major >= 3) {
        report({
          span: e.span,
          message: `${ref} nests entities ${grouped(e.amount)} deep, more than Woodstox, Hadoop 3's XML parser, allows (500), so Hadoop cannot load ${f.kind}${assumedNote(v)}`,
        });
      }
    }
  },
});
