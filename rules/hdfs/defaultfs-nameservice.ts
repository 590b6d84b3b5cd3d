import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { defaultFsUris, didYouMean, haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/defaultfs-nameservice',
    severity: 'error',
    description: 'With HA configured, fs.defaultFS names neither a nameservice nor a NameNode host',
    rationale:
      'A client treats the authority of `hdfs://X` as a logical (HA) name only when `X` is exactly one of ' +
      'the ids in `dfs.nameservices` (the comparison is case-sensitive); then it fails over between the ' +
      'NameNodes of that nameservice. Any other `X` is taken as a host name: a misspelt nameservice ends in ' +
      '`java.net.UnknownHostException`, and a host that runs no NameNode gives connection refused. The ' +
      'NameNodes themselves start (they take their own RPC address), but every client, DataNode-side tool, ' +
      'YARN and MapReduce job that uses the default file system fails.',
    fix: 'Set `fs.defaultFS` to `hdfs://<nameservice>` with the nameservice id exactly as `dfs.nameservices` lists it, and no port.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364',
      'NameNodeProxiesClient.java (3.4.1) L279-L300 (proxy provider looked up by URI.getHost())',
      'SecurityUtil.java (3.4.1) L474-L480',
      'NameNode.java (3.4.1) L1946-L1951 (the NameNode overrides fs.defaultFS with its RPC address)',
    ],
    upstreamMessage: 'java.lang.IllegalArgumentException: java.net.UnknownHostException: <host>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const services = haNameservices(conf);
      if (!services.some(isHa)) continue;
      const declared = conf.effective['dfs.nameservices']!;
      const ids = conf.hdfs.nameservices.map((ns) => ns.id.value);
      const nnHosts = services.flatMap((ns) => ns.namenodes.flatMap((nn) => [nn.rpc?.host?.value, nn.servicerpc?.host?.value]))
        .filter((h): h is string => h !== undefined).map((h) => h.toLowerCase());
      for (const uri of defaultFsUris(conf)) {
        const host = uri.host.value;
        if (ids.includes(host) || nnHosts.includes(host.toLowerCase())) continue;
        const guess = didYouMean(host, ids);
        once({
          span: uri.host.span,
          message: `${quote(uri.value.value)} names ${quote(host)}, which is neither a nameservice nor a NameNode host${guess ? `; did you mean ${quote(guess)}?` : ''}`,
          related: [{ span: locatedValue(declared).span, message: `dfs.nameservices is ${quote(declared.value)}` }],
        });
      }
    }
  },
});
