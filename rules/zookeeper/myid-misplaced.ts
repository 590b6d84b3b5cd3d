import { posix } from 'node:path';
import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isExpectedMyid } from '../../src/model/myid-path.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { myidLocation, pathOnHost } from '../../src/rules-support/zookeeper-ensemble.ts';
import type { ZooCfgFile } from '../../src/model/types.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/myid-misplaced',
    severity: 'warning',
    description: 'A myid file in a host folder is not at <dataDir>/myid, so ZooKeeper never reads it',
    rationale:
      'ZooKeeper reads its id only from `<dataDir>/myid` (`new File(dataDir, "myid")`), dataDir taken from the ' +
      "host's zoo.cfg; not from `dataLogDir`, the installation folder or anywhere else. A myid elsewhere is " +
      'usually the result of creating it relative to the wrong folder (`vi data/myid` inside the unpacked ' +
      'release instead of the dataDir) or of copying a whole installation tree from another host, which carries ' +
      "that host's id along.\n\n" +
      'The stray file does not break anything by itself, hence a warning: when the real myid is missing, ' +
      '`zookeeper/myid-missing` reports the error. When a correct myid exists too, the stray copy is stale and ' +
      'misleads whoever checks the id by looking at it.',
    fix:
      'Move the file to `<dataDir>/myid` (and check that it holds the id of this host\'s `server.N` line), or ' +
      'delete it when the host already has a correct myid there.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L406',
      'QuorumPeerConfig.java (ZooKeeper master 3.10.0-SNAPSHOT) L724-725',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L217-221',
    ],
  },
  check(cluster, report) {
    // Other zoo.cfg files in a host folder (a second installation): a myid in their dataDir is not stray.
    const zooFilesOf = new Map<string, ZooCfgFile[]>();
    for (const f of cluster.files) {
      if (f.kind !== 'zoo.cfg' || f.host === undefined) continue;
      const list = zooFilesOf.get(f.host);
      if (list) list.push(f);
      else zooFilesOf.set(f.host, [f]);
    }
    for (const host of cluster.hosts) {
      const { zoo, folder } = host;
      if (!folder || !zoo || host.strayMyids.length === 0) continue;
      const where = myidLocation(zoo.zoo);
      if (!where) continue;
      const dataDir = where.dataDir.value.value;
      const dataLogDir = zooValue(zoo.zoo, 'dataLogDir')?.value.value;
      const others = (zooFilesOf.get(host.name) ?? []).filter((f) => f !== zoo);
      for (const stray of host.strayMyids) {
        if (others.some((f) => isExpectedMyid(stray.path, folder, f))) continue;
        const dir = posix.dirname(pathOnHost(host, stray.path));
        const inLogDir = dataLogDir?.startsWith('/') && posix.normalize(dataLogDir).replace(/(.)\/$/, '$1') === dir;
        const related = [{ span: where.dataDir.value.span, message: `dataDir is ${quote(dataDir)}` }];
        if (host.myid) {
          related.push({
            span: host.myid.start,
            message: `the myid ZooKeeper reads holds ${quote(host.myid.myid.firstLine.value)}`,
          });
        }
        report({
          span: stray.start,
          message: inLogDir
            ? `myid is in dataLogDir ${quote(dataLogDir!)}, but ZooKeeper reads it only from dataDir ${quote(dataDir)}`
            : `myid is not in dataDir ${quote(dataDir)}, so ZooKeeper never reads it`,
          related,
        });
      }
    }
  },
});
