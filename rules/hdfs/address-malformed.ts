import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue, parseAddress } from '../../src/model/hdfs-topology.ts';
import { isUriHost, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

/** host:port keys of hdfs-default.xml (2.7.7 and 3.4.1); each may carry a .<ns> or .<ns>.<nn> suffix. */
const ADDRESS_KEYS = [
  'dfs.namenode.rpc-address', 'dfs.namenode.servicerpc-address', 'dfs.namenode.lifeline.rpc-address',
  'dfs.namenode.http-address', 'dfs.namenode.https-address',
  'dfs.namenode.secondary.http-address', 'dfs.namenode.secondary.https-address',
  'dfs.namenode.backup.address', 'dfs.namenode.backup.http-address', 'dfs.namenode.backup.dnrpc-address',
  'dfs.datanode.address', 'dfs.datanode.http.address', 'dfs.datanode.https.address', 'dfs.datanode.ipc.address',
  'dfs.journalnode.rpc-address', 'dfs.journalnode.http-address', 'dfs.journalnode.https-address',
  'dfs.balancer.address', 'dfs.mover.address', 'dfs.storage.policy.satisfier.address',
  'dfs.provided.aliasmap.inmemory.dnrpc-address',
];

/** NameNode keys read per NameNode id with NetUtils.createSocketAddr(address): no default port applies. */
const PORT_REQUIRED = ['dfs.namenode.rpc-address', 'dfs.namenode.servicerpc-address', 'dfs.namenode.lifeline.rpc-address', 'dfs.namenode.http-address', 'dfs.namenode.https-address'];

function baseKey(name: string): string | undefined {
  if (name === 'dfs.namenode.rpc-address.auxiliary-ports') return undefined;
  return ADDRESS_KEYS.find((k) => name === k || name.startsWith(`${k}.`));
}

export default defineRule({
  meta: {
    id: 'hdfs/address-malformed',
    severity: 'error',
    description: 'An HDFS address value is not host:port (no port, a port that is not a number or above 65535, a bad host name)',
    rationale:
      'HDFS reads every address with `NetUtils.createSocketAddr`, which parses `host:port` as the authority of ' +
      'a URI. A host that `java.net.URI` does not accept (an underscore, a space, an empty host), a port that ' +
      'is not a number, or a path after the port fails with `Does not contain a valid host:port authority`; a ' +
      'port above 65535 fails with `port out of range`. The per-NameNode keys ' +
      '(`dfs.namenode.rpc-address.<ns>.<nn>` and the servicerpc, lifeline, http and https addresses) are read ' +
      '(and `.<ns>` for a nameservice without HA) without a default port, so a value without a port fails too. The daemon or client that reads the value ' +
      'stops.',
    fix: 'Write the value as `host:port`, for example `server1:8020`, with a host name made of letters, digits, `-` and `.` only.',
    references: [
      'NetUtils.java (3.4.1) L251-L255, L286-L288 (2.7.7 L198-L199)',
      'DFSUtilClient.java (3.4.1) L527-L552 (per-NameNode keys: createSocketAddr without a default port)',
      'hdfs-default.xml (2.7.7, 3.4.1): the *-address keys and their host:port defaults',
    ],
    upstreamMessage: 'Does not contain a valid host:port authority: <value>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const p of Object.values(conf.effective)) {
        const base = baseKey(p.name);
        if (!base || p.value === '' || p.unresolved.length > 0) continue;
        const value = locatedValue(p);
        const a = parseAddress(p);
        const v = quote(p.value);
        const hasScheme = p.value.includes('://');
        const suffixed = p.name.length > base.length;
        if (!a.port || a.port.value === '') {
          if (PORT_REQUIRED.includes(base) && suffixed) once({ span: value.span, message: `${v} has no port` });
          continue;
        }
        const host = a.host?.value ?? '';
        if (host === '') {
          once({ span: value.span, message: `${v} has no host` });
        } else if (!isUriHost(host)) {
          once({ span: a.host!.span, message: `${v} has a host ${quote(host)} that is not a valid host name` });
        } else if (!/^\d+$/.test(a.port.value)) {
          once({ span: a.port.span, message: `${v} has a port ${quote(a.port.value)} that is not a number` });
        } else if (a.portNumber === undefined) {
          once({ span: a.port.span, message: `${v} has a port ${a.port.value} above 65535` });
        } else if (!hasScheme && p.value.indexOf('/', p.value.lastIndexOf(':')) >= 0) {
          once({ span: value.span, message: `${v} has a path after the port` });
        }
      }
    }
  },
});
