import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isUriHost, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/nameservice-id-invalid',
    severity: 'error',
    description: 'A nameservice id is not a valid URI host name, so hdfs://<ns> has no host',
    rationale:
      'Clients address a nameservice as `hdfs://<ns>`, and `java.net.URI` must accept `<ns>` as a host name: ' +
      'letters, digits, `-` and `.`, no label starting or ending with `-`, and a last label starting with a ' +
      'letter when there are several. With anything else (`servers_cluster`, `-ns`) `URI.getHost()` returns ' +
      'null and `DistributedFileSystem` refuses the URI, so no client can use the nameservice.',
    fix: 'Rename the nameservice to a valid host name (`servers-cluster` instead of `servers_cluster`), in `dfs.nameservices`, every key suffixed with it and `fs.defaultFS`.',
    references: ['DistributedFileSystem.java (3.4.1) L183-L186 (2.7.7 L141-L144)', 'java.net.URI (OpenJDK 17) parseServer / parseHostname'],
    upstreamMessage: 'Incomplete HDFS URI, no host: hdfs://<ns>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const ns of conf.hdfs.nameservices) {
        const id = ns.id.value;
        if (id.includes('${') || isUriHost(id)) continue;
        once({ span: ns.id.span, message: `nameservice id ${quote(id)} is not a valid host name, so ${quote(`hdfs://${id}`)} has no host` });
      }
    }
  },
});
