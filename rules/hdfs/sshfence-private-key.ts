import { distance } from 'fastest-levenshtein';
import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { loadedByNameNode, isSet } from '../../src/rules-support/hdfs-ha-keys.ts';
import { fenceLines, fencingProperties, SSH_KEY_FILES } from '../../src/rules-support/hdfs-fencing.ts';

/** Names that look like an attempt at the key sshfence reads. */
function nearName(name: string): boolean {
  return name !== SSH_KEY_FILES && (/private[-._]?key/i.test(name) || distance(name, SSH_KEY_FILES) <= 3);
}

export default defineRule({
  meta: {
    id: 'hdfs/sshfence-private-key',
    severity: 'error',
    description: 'sshfence is configured but dfs.ha.fencing.ssh.private-key-files is not set',
    rationale:
      '`sshfence` logs in to the old active NameNode over SSH and kills the process on its port. It authenticates ' +
      'only with the private keys listed in `dfs.ha.fencing.ssh.private-key-files`; without one the SSH login fails, ' +
      'the method fails, and when the old active cannot be asked to step down over RPC the ZKFC aborts the failover ' +
      '(`Unable to fence <target>`).\n\n' +
      'A misspelled key is silently ignored by Hadoop. `dfs.ha.ssh.private-key-files` (as in several tutorials) does ' +
      'not exist in Hadoop 2.7.7 or 3.4.1; the rule points at such near names.',
    fix:
      'Set `dfs.ha.fencing.ssh.private-key-files` to the passphrase-less private key of the user running the ZKFC ' +
      '(e.g. `/home/hdfs/.ssh/id_rsa`), whose public key is authorized on the other NameNode hosts, and remove the ' +
      'misspelled key.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L248-265',
      'SshFenceByTcpPort.java (3.4.1) L67-68; (2.7.7) L68-69',
      'ZKFailoverController.java (3.4.1) L543-566',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf) || isSet(conf.effective[SSH_KEY_FILES])) continue;
      const near = conf.definitions.filter((d) => nearName(d.name));
      for (const p of fencingProperties(conf)) {
        const ssh = fenceLines(p, cluster.hadoopVersion).find((f) => f.name === 'sshfence' && f.problem === undefined);
        if (!ssh) continue;
        report({
          span: ssh.line.span,
          message: `Fencing method ${quote(ssh.line.value)} has no private key: ${SSH_KEY_FILES} is not set`,
          related: near.map((d) => ({ span: d.prop.name.span, message: `${quote(d.name)} is not read by sshfence` })),
        });
      }
    }
  },
});
