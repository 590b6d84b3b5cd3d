import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { didYouMean } from '../../src/rules-support/hdfs-namenodes.ts';
import { parsedXmlFiles } from '../../src/rules-support/property-children.ts';

const READ = ['name', 'value', 'final'];

export default defineRule({
  meta: {
    id: 'hadoop/property-unknown-element',
    severity: 'warning',
    description: 'A <property> holds an element Hadoop does not read (a misspelt <vaule>), so its content is ignored',
    rationale:
      "Hadoop's `Configuration` reads `<name>`, `<value>`, `<final>`, `<source>` and (3.x) `<tag>` inside a " +
      '`<property>` and skips every other element without a word; `<description>` is skipped too, by design. A ' +
      'misspelt `<vaule>` or `<Value>` (element names are case-sensitive) therefore leaves the property without a ' +
      'value, and a property without a value is not set at all (`loadProperty` stores it only when the value is not ' +
      'null): the key keeps its default, or the value an earlier file gave it. A misspelt `<finale>` leaves the ' +
      'property overridable.',
    fix: 'Spell the element as Hadoop reads it: `<name>`, `<value>`, `<final>`.',
    references: [
      'Configuration.java (3.4.1) Parser.handleStartElement: name, value, final, source, tag; default: break',
      'Configuration.java (2.7.7) loadResource, loop over the property children: only name, value, final and source are read',
      'Configuration.java (2.7.7, 3.4.1) loadProperty: if (value != null || allowNullValueProperties) properties.setProperty(...)',
    ],
  },
  check(cluster, report) {
    for (const file of parsedXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        for (const child of prop.ignoredChildren ?? []) {
          const guess = didYouMean(child.element, READ);
          const unset = prop.value === undefined || prop.value.value === '';
          const effect = unset ? `, and ${quote(prop.name.value)} has no <value>, so Hadoop does not set it` : '';
          report({
            span: child.span,
            message: `Hadoop does not read <${child.element}> inside <property>${guess ? ` (did you mean <${guess}>?)` : ''}${effect}`,
            related: [{ span: prop.name.span, message: `the property ${quote(prop.name.value)}` }],
          });
        }
      }
    }
  },
});
