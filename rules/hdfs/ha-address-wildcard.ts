import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { parseAddress } from '../../src/model/hdfs-topology.ts';
import type { Located } from '../../src/text/span.ts';
import { haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { everyHostsAddress, namedMachines } from '../../src/rules-support/local-addresses.ts';

export default defineRule({
  meta: {
    id: 'hdfs/ha-address-wildcard',
    severity: 'error',
    description: 'In an HA nameservice, a NameNode rpc or servicerpc address or a JournalNode address is 0.0.0.0 or loopback',
    rationale:
      'In an HA nameservice the addresses name machines that other hosts dial: clients and the other NameNode dial ' +
      '`dfs.namenode.rpc-address.<ns>.<nn>`, DataNodes the servicerpc-address, and the NameNodes the JournalNodes of ' +
      '`dfs.namenode.shared.edits.dir`. `0.0.0.0` and `localhost`/`127.x` name every machine at once: the dialler ' +
      'reaches itself. A NameNode also finds its own id by matching each rpc-address host against its local ' +
      'addresses (`NetUtils.isLocalAddress` counts the wildcard and loopback as local), so on the host of another ' +
      'NameNode both ids match and it stops: "Configuration has multiple addresses that match local node\'s ' +
      'address". A JournalNode that listens on `dfs.journalnode.rpc-address` at loopback is reachable from its own ' +
      'machine only.\n\n' +
      'A cluster whose hosts are all one machine is not reported. The HTTP addresses are not checked: for a wildcard ' +
      'HTTP host, Hadoop substitutes the NameNode\'s rpc host (`DFSUtil.getInfoServerWithDefaultHost`).',
    fix:
      'Name each NameNode\'s and JournalNode\'s own host (`nn1.example.com:8020`, `qjournal://jn1:8485;jn2:8485;jn3:8485/<ns>`). ' +
      'To listen on all interfaces, keep the host name in the address and set the bind-host keys instead: ' +
      '`dfs.namenode.rpc-bind-host`, `dfs.namenode.servicerpc-bind-host`, `dfs.namenode.http-bind-host` = `0.0.0.0`.',
    references: [
      'hadoop-zookeeper-facts.md b.4: getSuffixIDs with LOCAL_ADDRESS_MATCHER, NetUtils.isLocalAddress (any-local, loopback); more than one match is message #12',
      'DFSUtil.java (3.4.1) L1304-L1310 (2.7.7 L1448-L1454): the message',
      'hdfs-default.xml (3.4.1) dfs.namenode.rpc-bind-host, dfs.namenode.servicerpc-bind-host, dfs.namenode.http-bind-host',
      'StandbyCheckpointer.java (3.4.1) getHttpAddress: DFSUtil.getInfoServerWithDefaultHost(rpc host)',
    ],
    upstreamMessage: "Configuration has multiple addresses that match local node's address. Please configure the system with dfs.nameservice.id and dfs.ha.namenode.id",
  },
  check(cluster, report) {
    if (namedMachines(cluster).length <= 1) return;
    const once = reportOnce(report);
    const flag = (host: Located<string> | undefined, what: string, extra: string) => {
      const kind = host && everyHostsAddress(host.value);
      if (!host || !kind) return;
      once({ span: host.span, message: `${what} host ${quote(host.value)} is ${kind === 'wildcard' ? 'the wildcard address' : 'loopback'}, ${extra}` });
    };
    for (const conf of cluster.confs) {
      const services = haNameservices(conf).filter(isHa);
      if (services.length === 0) continue;
      for (const ns of services) {
        for (const nn of ns.namenodes) {
          for (const [address, role] of [[nn.rpc, 'rpc-address'], [nn.servicerpc, 'servicerpc-address']] as const) {
            if (!address || address.property.unresolved.length > 0) continue;
            flag(address.host, `${nn.id.value}'s ${role}`, role === 'rpc-address'
              ? 'which every host takes for its own: clients dial themselves and the NameNodes cannot tell their ids apart'
              : 'which every host takes for its own: DataNodes dial themselves');
          }
        }
      }
      const journal = conf.hdfs.journal;
      if (journal && journal.property.unresolved.length === 0) {
        for (const jn of journal.hosts) flag(jn.host, 'The JournalNode', 'so each NameNode writes its edits to its own machine');
      }
      const jnRpc = conf.effective['dfs.journalnode.rpc-address'];
      if (jnRpc && jnRpc.unresolved.length === 0) {
        // 0.0.0.0 is this key's default and right: it is where the JournalNode listens; loopback listens for nobody else.
        const host = parseAddress(jnRpc).host;
        if (host && everyHostsAddress(host.value) === 'loopback') flag(host, 'dfs.journalnode.rpc-address', 'so the JournalNode accepts no NameNode from another host');
      }
    }
  },
});
