import { defineRule } from '../../src/engine/rule.ts';
import { quote, shorten } from '../../src/engine/quote.ts';

/** A URL (`file:`, `http:`) or an absolute path names a file of the host, not one of the linted directory. */
const outsideTheDirectory = (systemId: string) => /^[A-Za-z][A-Za-z0-9+.-]+:|^[/\\]/.test(systemId);

export default defineRule({
  meta: {
    id: 'syntax/xml-external-entity',
    severity: 'warning',
    description: 'A site file declares an external entity, whose value comes from a file hacheck does not read',
    rationale:
      '`<!ENTITY x SYSTEM "file:///etc/hadoop/secret">` makes every `&x;` stand for the content of that file. ' +
      'Hadoop reads it: the JDK parser of Hadoop 2 and Woodstox in Hadoop 3 both resolve external entities by ' +
      'default, and fail to load the site file when the entity file is missing. hacheck reads only the files of ' +
      'the linted directory and never opens the entity\'s file, so the values that use the entity are not checked ' +
      '(they are read with `&x;` left as written). External entities are also the classic XXE injection vector.',
    fix: 'Write the value into the site file, or move it to a file Hadoop reads by design (for secrets, a credential provider: `hadoop.security.credential.provider.path`).',
    references: [
      'hadoop-common Configuration.java (3.x) parse: WstxInputFactory with its default ReaderConfig (external entities supported)',
      'hadoop-common Configuration.java (2.x) loadResource: DocumentBuilderFactory.newInstance() with default features (external entities resolved)',
    ],
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!('xml' in f)) continue;
      for (const e of f.xml.externalEntities ?? []) {
        const where = outsideTheDirectory(e.systemId) ? 'a file outside the linted directory' : 'a file';
        report({
          span: e.span,
          message: e.parameter
            ? `%${shorten(e.name, 60)}; is an external parameter entity: its declarations come from ${quote(e.systemId)}, ${where} that hacheck does not read, so entities it declares are not expanded`
            : `&${shorten(e.name, 60)}; is an external entity: its value comes from ${quote(e.systemId)}, ${where} that hacheck does not read, so values that use &${shorten(e.name, 60)}; are not checked`,
        });
      }
    }
  },
});
