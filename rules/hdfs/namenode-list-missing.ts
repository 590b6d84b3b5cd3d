import { defineRule, type RelatedLocation } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isSet } from '../../src/rules-support/hdfs-ha-keys.ts';
import { defaultFsUris, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { PROXY_PROVIDER_KEY_PREFIX } from '../../src/rules-support/hdfs-proxy-providers.ts';

export default defineRule({
  meta: {
    id: 'hdfs/namenode-list-missing',
    severity: 'error',
    description: 'A nameservice that clients use has no dfs.ha.namenodes.<ns> and no rpc-address at all',
    rationale:
      'Clients find the NameNodes of `hdfs://<ns>` through `dfs.ha.namenodes.<ns>` and one ' +
      '`dfs.namenode.rpc-address.<ns>.<nn>` per id (or, without HA, `dfs.namenode.rpc-address.<ns>`). When ' +
      '`dfs.nameservices` names the nameservice and the rest of the HA set-up is there (a failover proxy provider ' +
      'for it, `fs.defaultFS` on it) but neither key exists, the failover proxy provider finds no address for the ' +
      'logical name and every client call fails: `hdfs dfs`, YARN, MapReduce and HBase stop at their first file ' +
      'system access. The NameNode itself finds no NameNode id and does not start in HA. The per-id rules ' +
      '(`hdfs/namenode-count`, `hdfs/namenode-address-missing`) need the list to exist, so they say nothing here.',
    fix:
      'Add `dfs.ha.namenodes.<ns>` listing the NameNode ids (`nn1,nn2`) and a ' +
      '`dfs.namenode.rpc-address.<ns>.<nn>` (and `http-address`) with `host:port` for each id.',
    references: [
      'ConfiguredFailoverProxyProvider.java (2.7.7) constructor: addressesInNN = DFSUtil.getHaNnRpcAddresses(conf).get(uri.getHost()); empty -> RuntimeException',
      'AbstractNNFailoverProxyProvider.java (3.4.1) getProxyAddresses: the same check and message',
      'DFSUtilClient.java (3.4.1) L527-L552 (getAddressesForNameserviceId: only dfs.namenode.rpc-address.<ns>[.<nn>])',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L117-L151',
    ],
    upstreamMessage: 'java.lang.RuntimeException: Could not find any configured addresses for URI hdfs://<ns>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const names = Object.keys(conf.effective);
      for (const ns of conf.hdfs.nameservices) {
        const id = ns.id.value;
        if (isSet(ns.namenodesProperty)) continue;
        const rpc = `dfs.namenode.rpc-address.${id}`;
        if (names.some((n) => (n === rpc || n.startsWith(`${rpc}.`)) && isSet(conf.effective[n]))) continue;
        // Evidence that clients use the nameservice as a logical name: without it, a
        // declared but unused nameservice is not this rule's business.
        const related: RelatedLocation[] = [];
        const provider = conf.effective[PROXY_PROVIDER_KEY_PREFIX + id];
        if (isSet(provider)) related.push({ span: provider.prop.name.span, message: `the failover proxy provider for ${quote(id)} is set` });
        for (const uri of defaultFsUris(conf)) {
          if (uri.host.value === id) related.push({ span: uri.host.span, message: `${uri.property.name} is ${quote(uri.value.value)}` });
        }
        if (related.length === 0) continue;
        once({
          span: ns.id.span,
          message: `nameservice ${quote(id)} has no dfs.ha.namenodes.${id} and no ${rpc}.<nn>, so clients find no NameNode for "hdfs://${id}"`,
          related,
        });
      }
    }
  },
});
