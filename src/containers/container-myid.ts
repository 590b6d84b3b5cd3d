import { posix } from 'node:path';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { MyidFile, ZooCfgFile } from '../model/types.ts';

/**
 * The myid a container's ZooKeeper reads: the one at `<dataDir>/myid` inside the container,
 * whether its image wrote it there or a mount put it there. A myid elsewhere (the image writes
 * ZOO_DATA_DIR/myid, the mounted zoo.cfg names another dataDir) is never read.
 */
export function containerMyid(myids: readonly MyidFile[], zoo: ZooCfgFile | undefined): MyidFile | undefined {
  const dataDir = zoo ? zooValue(zoo.zoo, 'dataDir')?.value.value : undefined;
  if (!dataDir) return undefined;
  const expected = posix.join(dataDir, 'myid');
  return myids.find((m) => m.container !== undefined && posix.normalize(m.container.target) === expected);
}
