import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Address, NameNode } from '../../src/model/types.ts';
import { NAMENODE_ROLES, type NameNodeRole, nnLabel, reportOnce, roleAddress } from '../../src/rules-support/hdfs-namenodes.ts';

const WILDCARD = new Set(['0.0.0.0', '[::]', '[0:0:0:0:0:0:0:0]']);

export default defineRule({
  meta: {
    id: 'hdfs/duplicate-namenode-address',
    severity: 'error',
    description: 'Two NameNode addresses (rpc, servicerpc, lifeline, http or https) are the same host:port',
    rationale:
      'Every NameNode of every nameservice binds its own RPC, service RPC, lifeline, HTTP and HTTPS ' +
      'servers. Two of these at the same host and port cannot both start: the second bind fails with ' +
      '`java.net.BindException` (`Problem binding to [...]` or `Port in use`). When two NameNode ids share ' +
      'an RPC address, clients also fail over to the same process, and the NameNode on that host matches ' +
      'both ids (`Configuration has multiple addresses that match local node\'s address`). Usually one ' +
      'value was copied and not edited.',
    fix: 'Give each NameNode its own host in its addresses (`server1:8020`, `server2:8020`), and give each role of one NameNode its own port.',
    references: [
      'NetUtils.java (3.4.1) L856-L865',
      'HttpServer2.java (3.4.1) L1463',
      'DFSUtil.java (3.4.1) L1304-L1310 (2.7.7 L1448-L1454)',
    ],
    upstreamMessage: 'Problem binding to [<host>:<port>] java.net.BindException: Address already in use',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const seen = new Map<string, { nn: NameNode; role: NameNodeRole; address: Address }>();
      for (const ns of conf.hdfs.nameservices) {
        for (const nn of ns.namenodes) {
          for (const role of NAMENODE_ROLES) {
            const address = roleAddress(conf, nn, role);
            if (!address || address.property.unresolved.length > 0) continue;
            const host = address.host?.value.toLowerCase();
            if (!host || WILDCARD.has(host) || address.portNumber === undefined || address.portNumber === 0) continue;
            const key = `${host}:${address.portNumber}`;
            const first = seen.get(key);
            if (!first) {
              seen.set(key, { nn, role, address });
              continue;
            }
            const self = nnLabel(nn, first.nn);
            const other = first.nn === nn ? 'its' : `${nnLabel(first.nn, nn)}'s`;
            once({
              span: locatedValue(address.property).span,
              message: `${self}'s ${role} ${quote(address.property.value)} is the same host and port as ${other} ${first.role}`,
              related: [{ span: locatedValue(first.address.property).span, message: `${nnLabel(first.nn, nn)}'s ${first.role} is ${quote(first.address.property.value)}` }],
            });
          }
        }
      }
    }
  },
});
