import { makeTree, site } from './tree.ts';
import { ZOO_HOUSEKEEPING } from './zoo-housekeeping.ts';

/**
 * A value and a folder name built to break line-based output: a line break
 * followed by a forged workflow command, "%0A" that a double decoder would
 * turn into one, "::" and ",", the legacy `##[error]` command the runner finds
 * anywhere in a line, an ANSI colour sequence (ESC [31m) and the one-byte C1
 * CSI (U+009B).
 */
export const FORGED = '\n::error file=forged.txt,line=1::forged%0A::warning::x ##[error]legacy\u001b[31mred\u009b31m,a:b';

/** FORGED without its line break: a folder name that starts with "::", as a workflow command does. */
export const FORGED_FOLDER = FORGED.replace(/\n/g, '');

/** A cluster whose findings carry FORGED in a message (dataDir) and FORGED_FOLDER in a path. */
export function craftedCluster(): string {
  const zoo = (dataDir: string) => `tickTime=2000\ndataDir=${dataDir}\nclientPort=2181\n${ZOO_HOUSEKEEPING}`;
  return makeTree({
    // zoo.cfg is read as ISO-8859-1: \u009b is one byte there, and a "\n" in a value is written as the escape "\\n".
    'conf/zoo.cfg': zoo(`/tmp/zk${FORGED.replace(/\n/g, '\\n')}`),
    [`${FORGED_FOLDER}/zoo.cfg`]: zoo('/tmp/zk'),
  });
}

/**
 * Every kind of text that could break an output, short enough for a message
 * to quote it whole: a line feed and a carriage return (each a line end for
 * the runner, and "\r" alone for Markdown), a forged workflow command, "%0A"
 * that a double decoder would turn into a line break, "%" alone, the legacy
 * `##[error]` command, an ANSI colour sequence, the one-byte C1 CSI (U+009B),
 * the JavaScript line separator U+2028, HTML, and the characters of Markdown
 * emphasis, code, links, strike-through and table cells.
 */
export const HOSTILE = '\n::error file=forged.txt::x%0A\r100% ##[error]\u001b[31m\u009b\u2028<img src=x>|`*_~[x](y)';

/** A megabyte-long value: messages and summaries shorten it. */
export const LONG = `/tmp/${'x'.repeat(1 << 20)}`;

/** A Java-properties value holding `s` exactly: zoo.cfg is read as ISO-8859-1 with \uXXXX escapes, so any character can be written in ASCII. */
export function propertiesValue(s: string): string {
  return [...s].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e || c === '\\' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
}

/** Text for an XML element, "\r" as a character reference (a raw one would be read as a line break). */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/**
 * HOSTILE in a folder name (with its line breaks: the walk enters any name),
 * in a file name (zoo.cfg.dynamic.*), in a zoo.cfg value and in an XML
 * property value; LONG in a zoo.cfg value and an XML value.
 */
export function hostileCluster(): string {
  return makeTree({
    [`${HOSTILE}/zoo.cfg`]: `tickTime=2000\ndataDir=/tmp/zk${propertiesValue(HOSTILE)}\nclientPort=2181\n${ZOO_HOUSEKEEPING}`,
    [`${HOSTILE}/hdfs-site.xml`]: site({
      'dfs.nameservices': 'ns',
      'dfs.ha.namenodes.ns': 'nn1,nn2',
      // A host name holds no white space.
      'dfs.namenode.rpc-address.ns.nn1': xmlText(`${HOSTILE.replace(/\s/g, '')}:8020`),
      'dfs.namenode.rpc-address.ns.nn2': 'nn2:8020',
      'dfs.ha.automatic-failover.enabled': 'true',
      'ha.zookeeper.quorum': xmlText(`zk1:2181${HOSTILE}`),
      // sshfence, so that the summary shows the (LONG) key file.
      'dfs.ha.fencing.methods': xmlText(`sshfence\nshell(${HOSTILE})`),
      'dfs.ha.fencing.ssh.private-key-files': LONG,
    }),
    [`zk/zoo.cfg.dynamic.${HOSTILE}`]: 'server.1=zk1:2888:3888\nserver.1=zk2:2888:3888\n',
    'zk/zoo.cfg': `tickTime=2000\ndataDir=${LONG}\nclientPort=2181\n${ZOO_HOUSEKEEPING}`,
  });
}
