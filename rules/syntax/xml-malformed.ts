import { defineRule } from '../../src/engine/rule.ts';

export default defineRule({
  meta: {
    id: 'syntax/xml-malformed',
    severity: 'error',
    description: 'A Hadoop site file is not well-formed XML or has no <configuration> root',
    rationale:
      "Hadoop's `Configuration` parses every site file when a daemon or client starts. A file that is not " +
      'well-formed XML stops the process with a `RuntimeException` naming the file, so no daemon on that host ' +
      'starts. hacheck reads none of its properties either, so other rules cannot check it.',
    fix: 'Correct the XML at the reported line and column: close every tag, escape `&` as `&amp;` and `<` as `&lt;`, and keep exactly one `<configuration>` root element.',
    references: [
      'hadoop-common Configuration.java (3.4.1) loadResource: parse errors are rethrown as RuntimeException',
    ],
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!('xml' in f) || !f.xml.problem) continue;
      report({ span: f.xml.problem.span, message: `${f.kind} is not valid: ${f.xml.problem.message}` });
    }
  },
});
