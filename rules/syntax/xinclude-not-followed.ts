import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';

/** Why an include leads out of the linted directory, in words that name nothing outside it. */
const OUTSIDE = {
  url: 'is a URL',
  absolute: 'is an absolute path',
  parent: 'climbs out of the linted directory',
  link: 'leads out of the linted directory through a symbolic link',
} as const;

export default defineRule({
  meta: {
    id: 'syntax/xinclude-not-followed',
    severity: 'warning',
    description: 'An xi:include of a site file names a file hacheck does not read, so the properties it brings in are not checked',
    rationale:
      'Hadoop\'s `Configuration` follows `<xi:include href="..."/>` wherever the href points: a file next to the site ' +
      'file, an absolute path, or a URL (Hadoop 3 tries the classpath, then a URL, then a file; Hadoop 2 lets the JDK\'s ' +
      'XInclude processor fetch it). hacheck reads only the directory it is given, so it never opens an include that is a ' +
      'URL, an absolute path, a relative path that climbs out with `..`, or a symbolic link that leads out, and does not ' +
      'read an included file that is not a regular file, is larger than the size limit, or holds NUL bytes. It also stops ' +
      'following includes nested more than 8 deep or more than 64 from one site file. The properties such a file sets ' +
      '(often the HA keys) are then not checked, and a broken cluster can pass: the finding says so.',
    fix:
      'Lint a directory that holds the included file too and use a relative href, as Hadoop resolves it against the ' +
      'including file. When the file is deliberately kept elsewhere, suppress the finding with ' +
      '`<!-- hacheck-disable-next-line syntax/xinclude-not-followed -->` above the include.',
    references: [
      'hadoop-common Configuration.java (Hadoop 3.2.1) L3175-3250 (handleInclude: classpath resource, then new URL(href), then a file relative to the resource)',
      'hadoop-common Configuration.java (Hadoop 2.7.3) L2521-2523 (setXIncludeAware(true): the JDK resolves the href as a URI against the file)',
    ],
  },
  check(cluster, report) {
    const unchecked = 'so the properties Hadoop would include from it are not checked';
    for (const f of cluster.distinctFiles) {
      if (!('xinclude' in f) || !f.xinclude) continue;
      for (const { href, span, outcome } of f.xinclude.includes) {
        if (outcome.kind === 'outside') {
          report({ span, message: `the href ${quote(href)} ${OUTSIDE[outcome.why]}; hacheck reads only files inside the linted directory, ${unchecked}` });
        } else if (outcome.kind === 'unreadable') {
          report({ span, message: `the included file ${quote(outcome.path)} was not read (${outcome.reason}), ${unchecked}` });
        } else if (outcome.kind === 'limit') {
          const where = outcome.what === 'depth' ? `it is nested more than ${outcome.limit} includes deep` : `more than ${outcome.limit} includes were followed from ${f.kind}`;
          report({ span, message: `hacheck does not follow ${quote(href)}: ${where}, ${unchecked}` });
        }
      }
    }
  },
});
