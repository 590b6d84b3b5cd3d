/**
 * Which NameNodes and ResourceManagers a host runs, answered from an index built once per
 * topology (host-index.ts). Placement, rules and the summary all ask this once per host:
 * scanning the list of NameNodes or ResourceManagers for each host is quadratic (5,000
 * NameNodes against their 5,000 hosts took minutes).
 */
import { HostIndex } from './host-index.ts';
import type { HdfsTopology, NameNode, Nameservice, ResourceManagerId, YarnTopology } from './types.ts';

export interface PlacedNameNode {
  readonly ns: Nameservice;
  readonly nn: NameNode;
}

const NAMENODES_OF_HOST = new HostIndex<PlacedNameNode>(({ nn }) => [nn.rpc?.host?.value]);
const RMS_OF_HOST = new HostIndex<ResourceManagerId>((rm) => [rm.host?.value]);

/** The NameNodes whose rpc-address host is `host` (sameHost), nameservice by nameservice, in list order. */
export function namenodesOnHost(hdfs: HdfsTopology, host: string): readonly PlacedNameNode[] {
  return NAMENODES_OF_HOST.all(hdfs, () => hdfs.nameservices.flatMap((ns) => ns.namenodes.map((nn) => ({ ns, nn }))), host);
}

/** The ResourceManagers whose host is `host` (sameHost), in list order. */
export function resourceManagersOnHost(yarn: YarnTopology, host: string): readonly ResourceManagerId[] {
  return RMS_OF_HOST.all(yarn.resourceManagers, () => yarn.resourceManagers, host);
}
