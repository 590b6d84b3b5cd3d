import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { HadoopMajor } from '../../src/knowledge/hadoop-extra-keys.ts';
import { distinctXmlFiles, majorOf } from '../../src/rules-support/hadoop-site-files.ts';
import { spanWithin } from '../../src/text/sub-span.ts';

/**
 * Properties whose value Hadoop uses untrimmed, where whitespace breaks the
 * value. Most getters trim (getInt, getBoolean, getTrimmed, getClass,
 * getTrimmedStrings, NetUtils.createSocketAddr), so the list is short and each
 * entry names the reader.
 */
const UNTRIMMED: readonly { readonly test: (name: string) => boolean; readonly versions: readonly HadoopMajor[]; readonly why: string }[] = [
  {
    test: (n) => n === 'fs.defaultFS' || n === 'fs.default.name',
    versions: ['2', '3'],
    why: 'java.net.URI rejects it',
  },
  {
    test: (n) => n === 'ha.zookeeper.quorum' || n.startsWith('ha.zookeeper.quorum.'),
    versions: ['2'],
    why: 'the ZooKeeper 3.4 client does not trim host entries',
  },
];

const BLANK = /^[\u0000-\u0020]$/;

export default defineRule({
  meta: {
    id: 'hadoop/value-whitespace',
    severity: 'warning',
    description: 'A value that Hadoop reads untrimmed has leading or trailing whitespace or a line break',
    rationale:
      "`Configuration.get` returns a value exactly as written between `<value>` and `</value>`, line breaks and " +
      'indentation included; only the typed getters (`getInt`, `getBoolean`, `getTrimmed`, `getClass`, ' +
      '`getTrimmedStrings`) trim. Pretty-printed XML that puts a value on its own indented line therefore breaks ' +
      'the few keys read with `get()` where whitespace matters:\n\n' +
      '- `fs.defaultFS`: `FileSystem.getDefaultUri` passes it to `URI.create`, which throws on a space or a line ' +
      'break, so no client or daemon can resolve the default file system.\n' +
      '- `ha.zookeeper.quorum` on Hadoop 2.x: the ZKFC hands it to the bundled ZooKeeper 3.4 client, whose ' +
      '`ConnectStringParser` splits on commas without trimming, so a leading line break becomes part of the first ' +
      'host name and trailing whitespace makes the last port fail to parse. ZooKeeper 3.5+ (Hadoop 3.x) trims.\n\n' +
      'Keys read with trimming getters are not reported, nor `dfs.ha.fencing.methods`, which is newline-separated ' +
      'by design.',
    fix: 'Write the value on the same line as its tags, without spaces: `<value>hdfs://mycluster</value>`.',
    references: [
      'FileSystem.java (2.7.7, 3.4.1) getDefaultUri: URI.create(fixName(conf.get(FS_DEFAULT_NAME_KEY, DEFAULT_FS))) (3.4.1 L297-304)',
      'hadoop-zookeeper-facts.md a.2 #10: ZooKeeper 3.4 ConnectStringParser does not trim (ConnectStringParser.java 3.4.14 L65-76), 3.5+ trims (3.5.10 L69); Hadoop 2.7.7 bundles ZooKeeper 3.4.6',
    ],
  },
  check(cluster, report) {
    const major = majorOf(cluster.hadoopVersion);
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        const value = prop.value;
        if (!value || value.value.trim() === '') continue;
        const entry = UNTRIMMED.find((u) => u.test(prop.name.value) && u.versions.includes(major));
        if (!entry) continue;
        const raw = value.value;
        let a = 0;
        while (a < raw.length && BLANK.test(raw[a]!)) a++;
        let b = raw.length;
        while (b > a && BLANK.test(raw[b - 1]!)) b--;
        const lineBreak = /[\r\n]/.test(raw);
        if (a === 0 && b === raw.length && !lineBreak) continue;
        const what = lineBreak ? 'contains a line break' : a > 0 ? 'starts with whitespace' : 'ends with whitespace';
        const span = a > 0 ? spanWithin(value, 0, a) : b < raw.length ? spanWithin(value, b, raw.length) : value.span;
        report({
          span,
          message: `${quote(raw)} ${what}, which Hadoop keeps in ${quote(prop.name.value)}: ${entry.why}`,
        });
      }
    }
  },
});
