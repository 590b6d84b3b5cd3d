import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Address, NameNode } from '../../src/model/types.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { defaultPort, haNameservices, isNearDefault, type NameNodeRole, reportOnce, roleAddress } from '../../src/rules-support/hdfs-namenodes.ts';

const ROLES: readonly NameNodeRole[] = ['rpc-address', 'servicerpc-address', 'http-address', 'https-address'];

interface Use { readonly nn: NameNode; readonly address: Address; readonly port: number }

/**
 * The port the others are measured against: the version's default when a
 * NameNode uses it; else the most common port that is not a near miss of the
 * default (the first on a tie); else the most common.
 */
function referencePort(uses: readonly Use[], near: (port: number) => boolean, def: number | undefined): number {
  if (def !== undefined && uses.some((u) => u.port === def)) return def;
  const pool = uses.some((u) => !near(u.port)) ? uses.filter((u) => !near(u.port)) : uses;
  let best = pool[0]!.port;
  let bestCount = 0;
  for (const u of pool) {
    const count = pool.filter((x) => x.port === u.port).length;
    if (count > bestCount) {
      best = u.port;
      bestCount = count;
    }
  }
  return best;
}

export default defineRule({
  meta: {
    id: 'hdfs/namenode-port-mismatch',
    severity: 'warning',
    description: 'The NameNodes of a nameservice use different ports for one role, or a port one keystroke off the default',
    rationale:
      'The HA guide\'s design goal is that "all the nodes in the cluster may have the same configuration", and ' +
      'the NameNodes of one nameservice are normally set up alike, so the same role (RPC, service RPC, HTTP, ' +
      'HTTPS) uses the same port on each. A port that differs from its peers, and more so one that is one ' +
      'digit dropped, added, changed or swapped away from the version\'s default (`5070` for `50070`, `987` ' +
      'for `9870`, `8002` for `8020`), is almost always a typo; so is a port with a digit dropped or added ' +
      '(`5070`, `987`) even when every NameNode uses it. Hadoop starts with it, and the NameNode listens on the ' +
      'odd port; it breaks as soon as something expects the usual one: a host with its own copy of the file, ' +
      'a firewall rule, monitoring, or the standby uploading a checkpoint to the other NameNode\'s ' +
      'http-address. Defaults: RPC 8020; HTTP 50070 (2.x) / 9870 (3.x); HTTPS 50470 / 9871. Documented ' +
      'values such as 9000 (the single-node tutorial) and 9820 (the 3.0.0 RPC default) are never taken for a ' +
      'typo, and NameNodes that agree on a port with a changed digit (`8021`, `9880`, common when two ' +
      'nameservices share hosts) are fine.',
    fix: 'Use the same port for a role on every NameNode of the nameservice, normally the version\'s default.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (2.7.7) L167-L179, (3.4.1) L91, L153-L172',
      'hdfs-default.xml (2.7.7) dfs.namenode.http-address L128, https-address L210',
      'hdfs-default.xml (3.4.1) dfs.namenode.http-address L166, https-address L248',
      'NameNode.java (2.7.7) L299; HdfsClientConfigKeys.java (3.4.1) L83 (RPC port 8020)',
      'StandbyCheckpointer.java (2.7.7) L98-L110',
      'RELEASENOTES 3.0.0-alpha1 L1489-L1494 (HDFS-9427); RELEASENOTES 3.0.1 L47-L51 (HDFS-12990)',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        for (const role of ROLES) {
          const uses: Use[] = [];
          for (const nn of ns.namenodes) {
            const address = roleAddress(conf, nn, role);
            if (address && address.property.unresolved.length === 0 && address.portNumber !== undefined) uses.push({ nn, address, port: address.portNumber });
          }
          if (uses.length === 0) continue;
          const near = (port: number) => isNearDefault(port, role, v);
          const def = defaultPort(role, v);
          const ref = referencePort(uses, near, def);
          const refUse = uses.find((u) => u.port === ref)!;
          for (const u of uses) {
            const value = quote(u.address.property.value);
            if (u.port !== ref) {
              once({
                span: locatedValue(u.address.property).span,
                message: `${value} uses port ${u.port} for ${role} but ${refUse.nn.id.value} uses ${ref}`,
                related: [{ span: locatedValue(refUse.address.property).span, message: `${refUse.nn.id.value}'s ${role} is ${quote(refUse.address.property.value)}` }],
              });
            } else if (isNearDefault(u.port, role, v, true)) {
              once({
                span: locatedValue(u.address.property).span,
                message: `${value} uses port ${u.port} for ${role}, one keystroke from the Hadoop ${v.label} default ${def}${assumedNote(v)}`,
              });
            }
          }
        }
      }
    }
  },
});
