import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { listItems, locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Cluster, ConfProperty, HadoopConf, Version } from '../../src/model/types.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';
import { isSet, usable } from '../../src/rules-support/hdfs-ha-keys.ts';
import { hadoopConfLoadedBy } from '../../src/rules-support/role-hosts.ts';

const TOLERATED_KEY = 'dfs.datanode.failed.volumes.tolerated';
const DATA_DIR_KEY = 'dfs.datanode.data.dir';

/** A DataNode may load this configuration: a host using it runs one, or nothing places DataNodes. */
function loadedByDataNode(cluster: Cluster, conf: HadoopConf): boolean {
  return hadoopConfLoadedBy(cluster, conf, 'DataNode');
}

/**
 * The number of volumes the DataNode counts: 3.x StorageLocationChecker gets
 * DataNode.getStorageLocations (getTrimmedStringCollection: empties and
 * duplicates dropped); 2.x FsDatasetImpl counts conf.getTrimmedStrings, every
 * comma-separated piece. Unset, the default file://${hadoop.tmp.dir}/dfs/data is one.
 */
function volumeCount(dataDir: ConfProperty | undefined, version: Version): number {
  if (!isSet(dataDir)) return 1;
  if (version.major >= 3) return listItems(dataDir, version).length;
  return trimmedStringsLength(dataDir.value);
}

/** StringUtils.getTrimmedStrings: "" is none; Java's split keeps inner empty pieces, drops trailing ones. */
function trimmedStringsLength(value: string): number {
  if (value === '') return 0;
  const pieces = value.split(',').map((x) => x.trim());
  while (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
  return pieces.length;
}

/** -1 ("at least one volume must survive") exists since HDFS-12716, Hadoop 3.1.0. */
function lowestAccepted(version: Version): number {
  return atLeast(version, 3, 1) ? -1 : 0;
}

export default defineRule({
  meta: {
    id: 'hdfs/failed-volumes-tolerated',
    severity: 'error',
    description: 'dfs.datanode.failed.volumes.tolerated is not below the number of dfs.datanode.data.dir volumes (or is negative), so the DataNode refuses to start',
    rationale:
      '`dfs.datanode.failed.volumes.tolerated` is how many of the `dfs.datanode.data.dir` volumes may fail before the ' +
      'DataNode stops. A value equal to or above the number of volumes would let it run with none, so the DataNode ' +
      'rejects it at start-up: on Hadoop 3 `StorageLocationChecker.check`, which `DataNode.makeInstance` runs before ' +
      'anything else, throws "Invalid value configured for dfs.datanode.failed.volumes.tolerated - N. Value configured ' +
      'is >= to the number of configured volumes (M)."; on Hadoop 2.7 the `FsDatasetImpl` constructor throws "Invalid ' +
      'volume failure  config value: N" when the block pool is initialised, and the DataNode never serves. A common ' +
      'cause is copying `dfs.datanode.failed.volumes.tolerated` from hosts with many disks to a host with one ' +
      '`dfs.datanode.data.dir` entry (or none: the default `file://${hadoop.tmp.dir}/dfs/data` is one volume).\n\n' +
      'Negative values: Hadoop 3.1 and later accept `-1`, meaning "keep running while at least one volume works", and ' +
      'reject anything below (`should be greater than or equal to -1`); Hadoop 2.x and 3.0 reject every negative value.\n\n' +
      'The rule checks each configuration a DataNode loads: the volumes are counted as that version counts them (3.x ' +
      'drops empty and duplicate entries).',
    fix:
      'Set `dfs.datanode.failed.volumes.tolerated` below the number of `dfs.datanode.data.dir` entries of that host ' +
      '(`0` with one volume), or on Hadoop 3.1+ to `-1`; give hosts with fewer disks their own hdfs-site.xml.',
    references: [
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/datanode/checker/StorageLocationChecker.java (3.x) constructor: if (maxVolumeFailuresTolerated < DataNode.MAX_VOLUME_FAILURE_TOLERATED_LIMIT) throw new HadoopIllegalArgumentException("Invalid value configured for " + DFS_DATANODE_FAILED_VOLUMES_TOLERATED_KEY + " - " + maxVolumeFailuresTolerated + " " + DataNode.MAX_VOLUME_FAILURES_TOLERATED_MSG)',
      'StorageLocationChecker.java (3.x) check(conf, dataDirs): if (maxVolumeFailuresTolerated >= dataDirs.size()) throw new HadoopIllegalArgumentException("Invalid value configured for dfs.datanode.failed.volumes.tolerated - N. Value configured is >= to the number of configured volumes (M).")',
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/datanode/DataNode.java (3.1+): MAX_VOLUME_FAILURE_TOLERATED_LIMIT = -1; MAX_VOLUME_FAILURES_TOLERATED_MSG = "should be greater than or equal to -1"; startDataNode repeats the check: volFailuresTolerated < -1 || volFailuresTolerated >= volsConfigured (HDFS-12716; 3.0 had < 0, "either less than 0 or >=")',
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/datanode/fsdataset/impl/FsDatasetImpl.java (2.7.7) constructor: volsConfigured = conf.getTrimmedStrings(DFS_DATANODE_DATA_DIR_KEY).length; if (volFailuresTolerated < 0 || volFailuresTolerated >= volsConfigured) throw new DiskErrorException("Invalid volume failure " + " config value: " + volFailuresTolerated)',
      'hdfs-default.xml: dfs.datanode.failed.volumes.tolerated default 0; dfs.datanode.data.dir default file://${hadoop.tmp.dir}/dfs/data',
    ],
    upstreamMessage: 'Invalid value configured for dfs.datanode.failed.volumes.tolerated - 2. Value configured is >= to the number of configured volumes (2).',
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      if (!loadedByDataNode(cluster, conf)) continue;
      const tolerated = conf.effective[TOLERATED_KEY];
      if (!usable(tolerated) || !/^[-+]?\d+$/.test(tolerated.value)) continue;
      const n = Number(tolerated.value);
      const dataDir = conf.effective[DATA_DIR_KEY];
      if (isSet(dataDir) && dataDir.unresolved.length > 0) continue;
      const span = locatedValue(tolerated).span;
      const lowest = lowestAccepted(version);
      if (n < lowest) {
        // -1 is only wrong before 3.1: do not report it on a version nothing in the snapshot gave.
        if (n === -1 && version.source === 'assumed') continue;
        report({
          span,
          message: `${TOLERATED_KEY} is ${quote(tolerated.value)} but Hadoop ${version.label} accepts no value below ${lowest}: the DataNode refuses to start${assumedNote(version)}`,
        });
        continue;
      }
      const volumes = volumeCount(dataDir, version);
      if (n === -1 || n < volumes) continue;
      if (!isSet(dataDir)) {
        report({
          span,
          message: `${TOLERATED_KEY} is ${quote(tolerated.value)} but ${DATA_DIR_KEY} is unset, one volume (file://\${hadoop.tmp.dir}/dfs/data): the DataNode refuses to start`,
        });
        continue;
      }
      report({
        span,
        message: `${TOLERATED_KEY} is ${quote(tolerated.value)}, not below the ${plural(volumes, 'volume')} of ${DATA_DIR_KEY}: the DataNode refuses to start`,
        related: [{ span: locatedValue(dataDir).span, message: `${DATA_DIR_KEY} lists ${plural(volumes, 'volume')}${volumes < trimmedStringsLength(dataDir.value) ? ' once empty and repeated entries are dropped' : ''}` }],
      });
    }
  },
});
