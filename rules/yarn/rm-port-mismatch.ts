import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { HDFS_PORTS, YARN_PORTS, portFor } from '../../src/knowledge/default-ports.ts';
import { RM_PORTS } from '../../src/model/placement.ts';
import { rmServices } from '../../src/model/yarn-topology.ts';
import type { Address, ResourceManagerId } from '../../src/model/types.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { oneEditApart, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { isRmHa, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';


/** Documented ports of Hadoop daemons: never taken for a typo of a nearby default. */
const KNOWN_PORTS = new Set<number>([...Object.values(YARN_PORTS), ...Object.values(HDFS_PORTS)].flatMap((p) => [p.v2, p.v3]));

/** A port one keystroke from the default; with digitCountOnly, only a dropped or added digit (808 or 80888 for 8088). */
function nearDefault(port: number, def: number, digitCountOnly: boolean): boolean {
  if (KNOWN_PORTS.has(port) || !oneEditApart(String(port), String(def))) return false;
  return !digitCountOnly || String(port).length !== String(def).length;
}

interface Use { readonly rm: ResourceManagerId; readonly port: number; readonly address: Address | undefined }

export default defineRule({
  meta: {
    id: 'yarn/rm-port-mismatch',
    severity: 'warning',
    description: 'The ResourceManagers of an HA pair use different ports for one service, or a port one keystroke off the default',
    rationale:
      'The ResourceManagers of an HA cluster are set up alike: the HA guide\'s sample gives each rm-id the same web ' +
      'port (`master1:8088`, `master2:8088`), and an rm-id with only `yarn.resourcemanager.hostname.<rm-id>` uses the ' +
      'default port of every service (client 8032, scheduler 8030, resource tracker 8031, admin 8033, web 8088, ' +
      'https web 8090). A port that differs between the RMs, and more so one a digit dropped, added, changed or ' +
      'swapped away from the default (`808` or `8808` for `8088`), is almost always a typo. YARN starts with it; it ' +
      'breaks when something expects the usual port: firewall rules, monitoring, bookmarks of the RM web UI, or a ' +
      'host whose own copy of yarn-site.xml says otherwise.',
    fix: 'Use the same port for a service on every ResourceManager, normally the default.',
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Sample configurations": yarn.resourcemanager.webapp.address.rm1/rm2',
      'yarn-default.xml (2.7.7) L58, L113, L136, L142, L147, L165; (3.4.1) L60, L187, L264, L274, L333, L362',
      'HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) checkAndSetRMRPCAddress: hostname.<rm-id> plus the default port',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf)) continue;
      for (const service of rmServices(conf)) {
        const def = portFor(RM_PORTS[service], v.major);
        const uses: Use[] = [];
        for (const rm of conf.yarn.resourceManagers) {
          const a = rm.addresses[service];
          if (a) {
            if (a.property.unresolved.length === 0 && a.portNumber !== undefined) uses.push({ rm, port: a.portNumber, address: a });
          } else if (rm.hostname) uses.push({ rm, port: def, address: undefined });
        }
        if (!uses.some((u) => u.address)) continue;
        const pool = uses.some((u) => !nearDefault(u.port, def, false)) ? uses.filter((u) => !nearDefault(u.port, def, false)) : uses;
        const counts = new Map<number, number>();
        for (const u of pool) counts.set(u.port, (counts.get(u.port) ?? 0) + 1);
        const ref = uses.some((u) => u.port === def) ? def : [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        const refUse = uses.find((u) => u.port === ref)!;
        const refText = refUse.address
          ? `${refUse.rm.id!.value}'s ${service} is ${quote(refUse.address.property.value)}`
          : `${refUse.rm.id!.value} has only a hostname, so its ${service} uses the default port ${def}`;
        const refSpan = refUse.address ? valueSpan(refUse.address.property) : valueSpan(refUse.rm.hostname!);
        for (const u of uses) {
          if (!u.address) continue;
          const value = quote(u.address.property.value);
          if (u.port !== ref) {
            once({
              span: valueSpan(u.address.property),
              message: `${value} uses port ${u.port} for ${service} but ${refUse.rm.id!.value} uses ${ref}`,
              related: [{ span: refSpan, message: refText }],
            });
          } else if (nearDefault(u.port, def, true)) {
            once({
              span: valueSpan(u.address.property),
              message: `${value} uses port ${u.port} for ${service}, one keystroke from the Hadoop ${v.label} default ${def}${assumedNote(v)}`,
            });
          }
        }
      }
    }
  },
});
