import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';

export default defineRule({
  meta: {
    id: 'syntax/xinclude-unresolved',
    severity: 'error',
    description: 'An xi:include of a site file names no file and has no xi:fallback, includes itself, or brings in a file that is not valid',
    rationale:
      'Hadoop\'s `Configuration` follows `<xi:include href="..."/>` (namespace `http://www.w3.org/2001/XInclude`): ' +
      'the named file is parsed and its properties take the include\'s place, so HA keys often live in a file such as ' +
      '`hdfs-ha.xml` that `hdfs-site.xml` includes. When the href names no file, Hadoop uses the `<xi:fallback>` child; ' +
      'without one it refuses the whole configuration and no daemon or client that loads it starts. ' +
      'Hadoop 3 resolves the include in `Configuration.Parser.handleInclude`: a relative href that is not on the classpath ' +
      'and is not a URL is taken relative to the including resource; when that file does not exist the include is marked ' +
      'as failed, and the end of the `<include>` element without a `<fallback>` throws "Fetch fail on include for \'<href>\' ' +
      'with no fallback while loading \'<resource>\'". An included file that is not well-formed XML fails the parse as the ' +
      'site file itself would, and a file that includes itself recurses until the stack overflows. ' +
      'Hadoop 2 parses with the JDK\'s DOM parser made XInclude-aware (`setXIncludeAware(true)`): a missing file without ' +
      'fallback is the fatal error "An \'include\' failed, and no \'fallback\' element was found.", a file included from ' +
      'itself is refused as a recursive include (the `RecursiveInclude` error of the JDK\'s XIncludeHandler), and `loadResource` rethrows either as a `RuntimeException`. ' +
      'hacheck follows includes inside the linted directory, relative to the including file, and reports these ' +
      'failures at the `<xi:include>` element.',
    fix:
      'Put the included file where the href says (next to the including file for a relative href), correct the href, ' +
      'or add an `<xi:fallback/>` child to make the include optional. Break an include cycle. Correct the included ' +
      'file\'s XML at the line the note points to.',
    references: [
      'hadoop-common Configuration.java (Hadoop 3.2.1) L3133-3138 (handleStartElement: "include", "fallback"), L3175-3250 (handleInclude: classpath, URL, then a file relative to the resource; missing file sets fallbackAllowed), L3269-3276 (end of include: "Fetch fail on include ... with no fallback"), L3287 (fallback properties used only when the include failed)',
      'hadoop-common Configuration.java (Hadoop 2.7.3) L2521-2523 (setNamespaceAware, setXIncludeAware(true)), L2583-2586 (an included <configuration> is read in place), L2643-2645 (SAXException rethrown as RuntimeException)',
      'JDK XIncludeHandler (java.xml): message NoFallback "An \'include\' failed, and no \'fallback\' element was found." (as Xerces prints it), message RecursiveInclude',
    ],
    upstreamMessage:
      "Fetch fail on include for '<href>' with no fallback while loading '<resource>' (Hadoop 3); An 'include' failed, and no 'fallback' element was found. (Hadoop 2)",
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!('xinclude' in f) || !f.xinclude) continue;
      const refused = `so Hadoop cannot load ${f.kind}`;
      for (const { href, span, outcome } of f.xinclude.includes) {
        if (outcome.kind === 'missing') {
          report({ span, message: `the included file ${quote(href)} does not exist (looked for ${quote(outcome.path)}) and the xi:include has no xi:fallback, ${refused}` });
        } else if (outcome.kind === 'cycle') {
          report({ span, message: `the included file ${quote(href)} is already being included (${outcome.chain.join(' -> ')}), ${refused}` });
        } else if (outcome.kind === 'invalid') {
          report({
            span,
            message: `the included file ${quote(outcome.path)} is not valid: ${outcome.problem.message}, ${refused}`,
            related: [{ span: outcome.problem.span, message: 'the included file is not valid here' }],
          });
        }
      }
    }
  },
});
