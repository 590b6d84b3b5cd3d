import { posix } from 'node:path';
import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';

export default defineRule({
  meta: {
    id: 'cluster/competing-copies',
    severity: 'warning',
    description: 'Two different files of one name would both be the copy every host shares, or one host\'s copy',
    rationale:
      'A daemon reads one file of each kind from its configuration directory: one `hdfs-site.xml`, one `zoo.cfg`. ' +
      'When the linted directory holds two different files of that name in places that both serve every host (or ' +
      'both lie in one host\'s folder), hacheck cannot tell which of them is deployed. It checks the cluster with ' +
      'the first in path order and this one only on its own, so a mistake in the copy that is really deployed may go ' +
      'unseen, and the two copies have drifted apart, which is a risk of its own: the next deployment may ship the ' +
      'other one.\n\n' +
      'Identical copies are not reported (it does not matter which one is read), nor files of other names beside ' +
      'each other (`zoo1.cfg`, `zoo2.cfg`: instances, not copies). Folders that describe different set-ups (another ' +
      'ensemble, another file system, another snapshot of the same host) are separate clusters, never competing ' +
      'copies; `hacheck files` shows which clusters hacheck found and which copy it read.',
    fix:
      'Keep one copy: delete the one that is not deployed, or list it in `ignore` in `.hacheckrc.json`. If each copy ' +
      'belongs to a host, put it in that host\'s folder (named after the host) or map the folder with `hosts`.',
    references: [
      'Configuration.java (Hadoop 3.4.1): addDefaultResource("core-site.xml"), one resource of each name from the classpath',
      'QuorumPeerMain.java (ZooKeeper 3.8.4): one configuration file, the path given on the command line',
    ],
  },
  check(cluster, report) {
    for (const c of cluster.competingCopies) {
      const name = posix.basename(c.file.path);
      const whose = c.host === undefined ? 'the copy every host shares' : `the copy of ${quote(c.host)}`;
      report({
        span: c.file.start,
        message: `this ${name} differs from ${quote(c.used.path)}, which hacheck reads as ${whose} (the first in path order); this one is checked only on its own`,
        related: [{ span: c.used.start, message: `the ${name} hacheck reads as ${whose}` }],
      });
    }
  },
});
