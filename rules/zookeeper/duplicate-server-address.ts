import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { Span } from '../../src/text/span.ts';
import { effectiveServers, javaPort, serverFiles } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/duplicate-server-address',
    severity: 'error',
    description: 'Two server lines give the same host and port',
    rationale:
      'Every server binds its quorum and election ports (and, on 3.5+, the client port of its line) on the host ' +
      'its line names. When two `server.N` lines give the same host and port, two servers would have to listen ' +
      'on one socket: ZooKeeper does not check this when it reads the file, and the second server fails at run ' +
      'time with `java.net.BindException: Address already in use`, or its peers connect to the wrong server. ' +
      'Several servers on one host are fine when each has its own ports.',
    fix: 'Give each server line its own host, or its own ports when several servers share a host.',
    references: [
      'hadoop-zookeeper-facts.md d.5: duplicate ports / hosts have no config-time check; conflicts surface as BindException',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L212-241; QuorumPeer.java (ZooKeeper master) L323-447',
    ],
    upstreamMessage:
      'ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.net.BindException: Address already in use (the second server on the address exits with code 14)',
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      const seen = new Map<string, { key: string; span: Span; text: string }>();
      for (const s of effectiveServers(file.zoo.servers)) {
        const ports: { label: string; loc: { value: string; span: Span } | undefined; host: string }[] = [];
        for (const a of s.addresses) {
          ports.push({ label: 'quorum port', loc: a.quorumPort, host: a.host.value });
          ports.push({ label: 'election port', loc: a.electionPort, host: a.host.value });
        }
        // A client part without an address listens on every interface of the server's own host.
        const clientAddress = s.client?.address?.value;
        const serverHost = s.addresses[0]?.host.value ?? '';
        if (s.client) ports.push({ label: 'client port', loc: s.client.port, host: clientAddress && clientAddress !== '0.0.0.0' ? clientAddress : serverHost });
        const mine = new Set<string>();
        for (const p of ports) {
          if (!p.loc) continue;
          const port = javaPort(p.loc.value);
          if (port === undefined || port === 0) continue;
          const id = `${p.host.toLowerCase()}:${port}`;
          if (mine.has(id)) continue; // the same line reusing a port is zookeeper/quorum-port-equals-election-port
          mine.add(id);
          const first = seen.get(id);
          if (!first) {
            seen.set(id, { key: s.entry.key.value, span: p.loc.span, text: `${p.host}:${port}` });
            continue;
          }
          report({
            span: p.loc.span,
            message: `${s.entry.key.value} uses ${quote(`${p.host}:${port}`)} as its ${p.label}, which ${first.key} already uses`,
            related: [{ span: first.span, message: `${first.key} uses ${quote(first.text)} here` }],
          });
        }
      }
    }
  },
});
