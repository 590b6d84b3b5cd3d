import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { atLeast, assumedNote } from '../../src/model/versions.ts';
import { myidValue, serverListOf } from '../../src/rules-support/zookeeper-ensemble.ts';
import type { MyidFile } from '../../src/model/types.ts';
import { hasOwnFiles } from '../../src/model/snapshot.ts';

/** Why Long.parseLong rejects the first line, in words. */
function problem(file: MyidFile): string {
  const text = file.myid.firstLine.value;
  const shown = quote(text).replace(/\ufeff/g, '\\ufeff');
  if (text === '') return file.lineCount === 1 ? 'myid is empty' : 'the first line of myid is empty';
  if (text.startsWith('\ufeff')) return `myid ${shown} starts with a byte-order mark, so it is not a number`;
  if (/^\s|\s$/.test(text)) return `myid ${shown} has whitespace around the id, so it is not a number`;
  if (/^[+-]?\d+$/.test(text)) return `myid ${shown} is outside the range of a Java long`;
  return `myid ${shown} is not a number`;
}

export default defineRule({
  meta: {
    id: 'zookeeper/myid-invalid',
    severity: 'error',
    description: 'The first line of a myid file is not a bare integer as ZooKeeper reads it',
    rationale:
      'ZooKeeper reads `<dataDir>/myid` with `BufferedReader.readLine()` and passes the first line, untrimmed, to ' +
      '`Long.parseLong`. A space or tab before or after the id, a byte-order mark written by an editor, an empty ' +
      'file or an empty first line is not a number, and the server stops with `serverid <text> is not a number`. ' +
      'A line break after the id (LF or CRLF) is fine: `readLine` drops it.\n\n' +
      'ZooKeeper 3.4 reads myid only when zoo.cfg lists more than one participant; 3.5 and later read it whenever ' +
      'the file exists, even for a standalone server.',
    fix:
      'Write the id alone on the first line, for example `echo 1 > /var/lib/zookeeper/myid`, and save the file ' +
      'without a byte-order mark.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L406-424',
      'QuorumPeerConfig.java (ZooKeeper master 3.10.0-SNAPSHOT) L724-742',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L217-221: "a single line containing only the text of that machine\'s id"',
    ],
    upstreamMessage:
      'serverid <text> is not a number' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.IllegalArgumentException: serverid id=1 is not a number',
  },
  check(cluster, report) {
    const version = cluster.zookeeperVersion;
    for (const host of cluster.hosts) {
      const { zoo, myid } = host;
      if (!hasOwnFiles(host) || !zoo || !myid || myidValue(myid) !== undefined) continue;
      // 3.4 reads myid only for a quorum; 3.5+ reads it whenever it exists.
      const distributed = serverListOf(cluster, zoo)?.distributed ?? false;
      if (!distributed && !atLeast(version, 3, 5)) continue;
      report({ span: myid.myid.firstLine.span, message: problem(myid) + (distributed ? '' : assumedNote(version)) });
    }
  },
});
