import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { isSet } from '../../src/rules-support/hdfs-ha-keys.ts';
import { haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/defaultfs-missing',
    severity: 'error',
    description: 'With HA configured, no core-site.xml sets fs.defaultFS, so clients and YARN use the local file system',
    rationale:
      '`fs.defaultFS` (formerly `fs.default.name`) defaults to `file:///`. An HA cluster that never sets it runs its ' +
      'NameNodes (they take their own RPC address), but everything that uses the default file system works on the ' +
      'local disk of the machine it runs on: `hdfs dfs -put` and `-ls` read and write local paths, YARN and ' +
      'MapReduce put staging directories and aggregated logs on local disks, and HBase without an explicit ' +
      '`hbase.rootdir` in HDFS keeps its data locally. Nothing fails at start-up, so the mistake shows as missing ' +
      'data much later, which is why it is an error. A missing core-site.xml is the same mistake: hacheck reports it ' +
      'at the `dfs.nameservices` line of the hdfs-site.xml that sets up HA.',
    fix: 'Set `fs.defaultFS` to `hdfs://<nameservice>` in core-site.xml on every host (clients included).',
    references: [
      'core-default.xml (2.7.7) L601-L602, (3.4.1) L1051-L1052: fs.defaultFS = file:///',
      'FileSystem.java (2.7.7, 3.4.1) getDefaultUri: conf.get(FS_DEFAULT_NAME_KEY, DEFAULT_FS)',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364 (fs.defaultFS in core-site.xml names the nameservice)',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const services = haNameservices(conf).filter(isHa);
      if (services.length === 0) continue;
      if (isSet(conf.effective['fs.defaultFS']) || isSet(conf.effective['fs.default.name'])) continue;
      const ids = services.map((ns) => ns.id.value).join(', ');
      const coreSite = conf.files.find((f) => f.kind === 'core-site.xml');
      const declared = conf.effective['dfs.nameservices']!;
      if (coreSite) {
        once({
          span: coreSite.start,
          message: `core-site.xml does not set fs.defaultFS, so clients and YARN use the local file system "file:///" instead of HA nameservice ${quote(ids)}`,
          related: [{ span: locatedValue(declared).span, message: `dfs.nameservices is ${quote(declared.value)}` }],
        });
      } else {
        once({
          span: locatedValue(declared).span,
          message: `there is no core-site.xml, so fs.defaultFS is "file:///" and clients and YARN use the local file system instead of HA nameservice ${quote(ids)}`,
        });
      }
    }
  },
});
