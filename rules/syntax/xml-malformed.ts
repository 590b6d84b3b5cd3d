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
    fix:
      'Correct the XML at the reported line and column: close every tag, escape `&` as `&amp;` and `<` as `&lt;`, ' +
      'declare every entity a value references (`&nbsp;` is HTML, not XML: write the character or `&#160;`), ' +
      'and keep exactly one `<configuration>` root element.',
    references: [
      'hadoop-common Configuration.java (3.4.1) loadResource: parse errors are rethrown as RuntimeException',
      'XML 1.0 section 4.1, WFC: Entity Declared and WFC: No Recursion (JDK: "The entity "x" was referenced, but not declared.", "Recursive entity reference"; Woodstox: "Undeclared general entity", "entity ... expands itself recursively")',
    ],
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!('xml' in f) || !f.xml.problem) continue;
      report({ span: f.xml.problem.span, message: `${f.kind} is not valid: ${f.xml.problem.message}` });
    }
  },
});
