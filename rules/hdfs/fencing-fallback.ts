import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { ConfProperty, HadoopConf } from '../../src/model/types.ts';
import { haNameservices, nnKey, suffixNameservice } from '../../src/rules-support/hdfs-ha-keys.ts';
import { FENCING_KEY, fenceLines, fencingProperties } from '../../src/rules-support/hdfs-fencing.ts';
import { SHARED_EDITS_KEY } from '../../src/rules-support/hdfs-qjournal.ts';

/** Whether the nameservices this fencing property serves keep their edits on a JournalNode quorum. */
function servesQjournal(conf: HadoopConf, p: ConfProperty): boolean {
  const ns = suffixNameservice(p, FENCING_KEY);
  return haNameservices(conf)
    .filter((s) => ns === undefined || s.id.value === ns)
    .some((s) => s.namenodes.some((nn) => nnKey(conf, SHARED_EDITS_KEY, s.id.value, nn.id.value)?.value.startsWith('qjournal://')));
}

export default defineRule({
  meta: {
    id: 'hdfs/fencing-fallback',
    severity: 'warning',
    description: 'With a JournalNode quorum, the fencing list ends with sshfence instead of a method that always succeeds',
    rationale:
      'During a failover the ZKFC first asks the old active NameNode to become standby over RPC; when that fails it ' +
      'runs the fencing methods in order, and if every method fails it aborts with `Unable to fence <target>`: no ' +
      'NameNode becomes active. `sshfence` fails whenever the old active host cannot be reached over SSH, which is ' +
      'exactly the case of a crashed or powered-off machine, so with `sshfence` last such a host blocks automatic ' +
      'failover.\n\n' +
      'With the Quorum Journal Manager only one NameNode can write edits (the JournalNodes reject a stale writer), ' +
      'and the HA documentation advises ending the list with a method guaranteed to succeed, such as ' +
      '`shell(/bin/true)`. The rule applies only to that setup: with NFS shared edits, fencing is what prevents two ' +
      'writers, and a method that always succeeds would be unsafe. A custom `shell(...)` script or class last is not ' +
      'reported, since it may be a real power fence.',
    fix:
      'Add `shell(/bin/true)` on its own line after `sshfence`:\n\n```xml\n<value>sshfence\nshell(/bin/true)</value>\n```',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L223-244; (2.7.7) L230-235',
      'ZKFailoverController.java (3.4.1) L543-566',
      'HDFSHighAvailabilityWithNFS.md (3.4.1) L67, L187-197',
    ],
    upstreamMessage: 'Unable to fence <target>',
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      for (const p of fencingProperties(conf)) {
        const lines = fenceLines(p, cluster.hadoopVersion);
        const last = lines[lines.length - 1];
        if (!last || lines.some((f) => f.problem !== undefined) || last.name !== 'sshfence') continue;
        if (!servesQjournal(conf, p)) continue;
        report({
          span: last.line.span,
          message: `Fencing ends with ${quote(last.line.value)}, which fails when the active NameNode's host is down and then blocks failover`,
        });
      }
    }
  },
});
