import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { parsedXmlFiles } from '../../src/rules-support/property-children.ts';

export default defineRule({
  meta: {
    id: 'hadoop/property-repeated-element',
    severity: 'warning',
    description: 'A <property> holds two <value> (or <name>) elements, and Hadoop silently drops the first',
    rationale:
      "Hadoop's `Configuration` reads the children of a `<property>` one after the other into a single name and a " +
      'single value: each non-empty `<value>` replaces the one before it, and the same holds for `<name>`. Nothing ' +
      'is logged. Two values are usually an attempt at a list (`sshfence` then `shell(/bin/true)` for ' +
      '`dfs.ha.fencing.methods`, whose list is one value with one method per line): only the last one takes ' +
      'effect, so in that example the NameNodes fail over without ever fencing the old active one. An empty ' +
      '`<value/>` replaces nothing (Hadoop 3 keeps a token only when it is not empty, Hadoop 2 only when the ' +
      'element has child nodes).\n\nThe kept value is what every other hacheck rule judges; this rule reports the ' +
      'value that is lost. It is a warning, not an error: the daemons start with the kept value, and when that ' +
      'value is itself wrong the rule that checks the key says so.',
    fix: 'Keep one `<value>` per `<property>`. For a list, write its items in that one value with the separator the key uses (a newline for `dfs.ha.fencing.methods`, a comma for most others).',
    references: [
      'Configuration.java (3.4.1) Parser.handleEndElement: case "value": if (token.length() > 0) confValue = ...; case "name": likewise',
      'Configuration.java (2.7.7) loadResource, loop over the property children: if ("value".equals(field.getTagName()) && field.hasChildNodes()) value = ...',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L240-L244: fencing methods are a carriage-return-separated list',
    ],
  },
  check(cluster, report) {
    for (const file of parsedXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        for (const r of prop.replaced ?? []) {
          if (r.element === 'value') {
            const kept = prop.value!;
            report({
              span: r.text.span,
              message: `${quote(prop.name.value)} has another <value> after this one, so Hadoop drops ${quote(r.text.value.trim())} and uses ${quote(kept.value.trim())}`,
              related: [{ span: kept.span, message: 'the <value> Hadoop uses' }],
            });
          } else {
            report({
              span: r.text.span,
              message: `this <property> has another <name> after this one, so Hadoop ignores the name ${quote(r.text.value)} and sets ${quote(prop.name.value)}`,
              related: [{ span: prop.name.span, message: 'the <name> Hadoop uses' }],
            });
          }
        }
      }
    }
  },
});
