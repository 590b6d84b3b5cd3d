import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { listItems } from '../../src/model/hdfs-topology.ts';
import type { ConfProperty } from '../../src/model/types.ts';
import { keyAndSuffixed, usable } from '../../src/rules-support/hdfs-ha-keys.ts';

const TMP_DIR = 'hadoop.tmp.dir';
const STORAGE_KEYS = ['dfs.namenode.name.dir', 'dfs.namenode.edits.dir', 'dfs.datanode.data.dir', 'dfs.journalnode.edits.dir'];

/** The local path of a directory item: storage type ([DISK]) and file: scheme removed, slashes collapsed. */
function localPath(item: string): string {
  return item.replace(/^\[[A-Za-z_]+\]/, '').replace(/^file:(\/\/[^/]*)?/i, '').replace(/\/{2,}/g, '/');
}

function inTmp(item: string): boolean {
  const path = localPath(item);
  return path === '/tmp' || path === '/tmp/' || path.startsWith('/tmp/');
}

export default defineRule({
  meta: {
    id: 'hdfs/storage-dir-in-tmp',
    severity: 'warning',
    description: 'A NameNode, DataNode or JournalNode storage directory (or hadoop.tmp.dir) is under /tmp',
    rationale:
      'The NameNode metadata (`dfs.namenode.name.dir`, `dfs.namenode.edits.dir`), the DataNode blocks ' +
      '(`dfs.datanode.data.dir`) and the JournalNode edits (`dfs.journalnode.edits.dir`) must survive a reboot, but ' +
      'many systems clear `/tmp` at boot or after some days (tmpfs, systemd-tmpfiles). Losing the NameNode directories ' +
      'loses the file system namespace. Hadoop\'s defaults put all of them under `hadoop.tmp.dir`, itself ' +
      '`/tmp/hadoop-${user.name}`, and the JournalNode default is `/tmp/hadoop/dfs/journalnode/`: they are meant for ' +
      'trying Hadoop out, not for a cluster.\n\n' +
      'The rule reports a value set in a site file after `${...}` expansion (comma lists item by item, `file://` and ' +
      '`[DISK]` prefixes removed). When `hadoop.tmp.dir` itself is set under /tmp, it is reported once, with the ' +
      'directories that use `${hadoop.tmp.dir}` as related locations. Keys left unset are not reported: the same site ' +
      'files are often shared with clients and hosts that do not run the daemon, and there is no line to point at.',
    fix:
      'Point each directory at persistent storage, e.g. `file:///data/hadoop/dfs/name`, and set `hadoop.tmp.dir` ' +
      'outside /tmp when defaults derive from it.',
    references: [
      'core-default.xml (2.7.7) hadoop.tmp.dir L36; hdfs-default.xml (2.7.7) L288, L440 (name.dir, data.dir defaults)',
      'hdfs-default.xml (3.4.1) L5022 (dfs.journalnode.edits.dir default); DFSConfigKeys.java (2.7.7) L737-738',
      'zoo_sample.cfg: "do not use /tmp for storage, /tmp here is just example sakes"',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      const tmp = conf.effective[TMP_DIR];
      const tmpReported = usable(tmp) && inTmp(tmp.value);
      const users: ConfProperty[] = [];
      for (const key of STORAGE_KEYS) {
        for (const p of keyAndSuffixed(conf, key)) {
          if (!usable(p)) continue;
          const item = listItems(p, cluster.hadoopVersion).find((i) => inTmp(i.value));
          if (!item) continue;
          if (tmpReported && p.raw.includes('${hadoop.tmp.dir}')) {
            users.push(p);
            continue;
          }
          const verb = p.raw.includes('${') ? 'resolves to' : 'is';
          report({ span: item.span, message: `${p.name} ${verb} ${quote(item.value)}, under /tmp, which the system may clear on reboot` });
        }
      }
      if (tmpReported) {
        report({
          span: listItems(tmp, cluster.hadoopVersion)[0]?.span ?? tmp.prop.name.span,
          message: `${TMP_DIR} is ${quote(tmp.value)}, under /tmp, which the system may clear on reboot`,
          related: users.map((u) => ({ span: u.prop.value?.span ?? u.prop.name.span, message: `${u.name} is under ${TMP_DIR}` })),
        });
      }
    }
  },
});
