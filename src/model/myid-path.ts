/** Where ZooKeeper reads a host's myid: `<dataDir>/myid`, inside the host's snapshot folder. */
import { posix } from 'node:path';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { ClusterFile, MyidFile, ZooCfgFile } from './types.ts';

/**
 * ZooKeeper reads myid from `new File(dataDir, "myid")`. An absolute dataDir names one path
 * in the host folder (`..` stops at the root, as on the host). A relative one is resolved
 * against ZooKeeper's working directory, which a snapshot does not record: the folder that
 * holds it is unknown, so this returns undefined for it (see isExpectedMyid).
 */
export function expectedMyidPath(folder: string, zoo: ZooCfgFile): string | undefined {
  const dataDir = zooValue(zoo.zoo, 'dataDir')?.value.value;
  if (!dataDir || !dataDir.startsWith('/')) return undefined;
  return `${folder}${posix.normalize(`${dataDir}/myid`)}`;
}

/**
 * Whether ZooKeeper on the host of `folder` can read the myid at `path`: the path is
 * `<dataDir>/myid` for an absolute dataDir; for a relative one, `<dataDir>/myid` below some
 * directory of the host (any directory can be the working directory).
 */
export function isExpectedMyid(path: string, folder: string, zoo: ZooCfgFile): boolean {
  const dataDir = zooValue(zoo.zoo, 'dataDir')?.value.value;
  if (!dataDir) return false;
  if (dataDir.startsWith('/')) return path === expectedMyidPath(folder, zoo);
  const rel = posix.normalize(`${dataDir}/myid`);
  if (rel.startsWith('../')) return false;
  return path.startsWith(`${folder}/`) && `/${path.slice(folder.length + 1)}`.endsWith(`/${rel}`);
}

/**
 * A myid mounted into the host from elsewhere, as a Docker bind mount does
 * (`./data/zk1/data/myid:/opt/zookeeper/data/myid`): the host's folder holds this one myid and
 * no other file hacheck reads, the zoo.cfg the host uses lies outside the folder, and (the caller
 * checks) no host folder holds a myid at its dataDir. The folder is then no copy of the host's file system, so the myid's path in it says nothing about where
 * ZooKeeper reads it: it is read as the host's myid, and its content is still checked.
 */
export function mountedMyid(folderFiles: readonly ClusterFile[], zoo: ZooCfgFile, host: string): MyidFile | undefined {
  if (zoo.host === host || folderFiles.length !== 1) return undefined;
  const only = folderFiles[0]!;
  return only.kind === 'myid' ? only : undefined;
}
