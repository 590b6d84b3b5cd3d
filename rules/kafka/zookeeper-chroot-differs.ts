import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { connectEntries } from '../../src/model/connect-string.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import { brokerFiles } from '../../src/rules-support/kafka.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';
import { pieceOf, trimLocated } from '../../src/text/sub-span.ts';
import type { Located } from '../../src/text/span.ts';

interface Broker {
  readonly path: string;
  readonly value: Located<string>;
  /** The chroot as ZooKeeper applies it: "" for none (no "/", or "/" alone). */
  readonly chroot: string;
  /** Where the chroot is written, or the whole value when there is none. */
  readonly at: Located<string>;
  readonly id: number | undefined;
}

/**
 * A chroot that kafka/zookeeper-chroot reports (repeated after each host, or a path ZooKeeper's
 * PathUtils.validatePath rejects): that broker does not get as far as a tree of its own.
 */
function reportedElsewhere(chroot: string): boolean {
  return chroot.includes(',') || chroot.endsWith('/') || chroot.includes('//') || chroot.split('/').some((n) => n === '.' || n === '..');
}

function describe(chroot: string): string {
  return chroot === '' ? 'none' : quote(chroot);
}

export default defineRule({
  meta: {
    id: 'kafka/zookeeper-chroot-differs',
    severity: 'error',
    description: 'Brokers on the same ZooKeeper servers use different chroots in zookeeper.connect',
    rationale:
      'A Kafka broker in ZooKeeper mode keeps everything of its cluster under the chroot of `zookeeper.connect` ' +
      '(`zk1:2181,zk2:2181,zk3:2181/kafka`): its registration (`/brokers/ids/<id>`), the controller election, ' +
      'topics and partition state. ZooKeeper\'s client roots every path of the session there. Brokers that name ' +
      'the same servers with different chroots (`/kafka` on some, none on others, a typo in one) never see each ' +
      'other: each chroot is a Kafka cluster of its own, with its own controller, and topics created on one are ' +
      'missing on the other. No error is logged; producers and consumers that bootstrap from a broker of the ' +
      'other tree see other topics and other partition leaders.\n\n' +
      'hacheck groups the brokers by the hosts their `zookeeper.connect` names and reports, in a group whose ' +
      'brokers use different chroots, each broker whose chroot is not the most common one (on a tie, the chroot ' +
      'of the first broker in path order is taken for the cluster\'s). Brokers that reuse ' +
      'a `broker.id` across chroots are taken for separate Kafka clusters sharing one ensemble on purpose, and ' +
      'left alone.',
    fix: 'Give every broker of the cluster the same `zookeeper.connect`, chroot included, for example `zk1:2181,zk2:2181,zk3:2181/kafka`.',
    references: [
      'config/server.properties (apache/kafka, the ZooKeeper section): "You can also append an optional chroot string to the urls to specify the root directory for all kafka znodes"',
      'ConnectStringParser.java (ZooKeeper 3.8.4) L54-67: the chroot is connectString.substring(indexOf(\'/\')), "/" alone is none',
      'ZooKeeper.java (ZooKeeper 3.8.4) L1258-1268 prependChroot: every request path is prefixed with the chroot',
    ],
  },
  check(cluster, report) {
    // One broker per host folder copy; outside host folders, identical copies are one broker (as kafka/broker-id-duplicate).
    const seen = new Set<string>();
    const groups = new Map<string, Broker[]>();
    for (const file of brokerFiles(cluster)) {
      const key = file.host === undefined ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const connect = kafkaValue(file.kafka, 'zookeeper.connect');
      // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
      if (!connect || placeholderIn('zookeeper.connect', connect.value.value)) continue;
      const value = trimLocated(connect.value);
      const slash = value.value.indexOf('/');
      const written = slash < 0 ? '' : value.value.slice(slash);
      if (value.value === '' || reportedElsewhere(written)) continue;
      const hosts = connectEntries(slash < 0 ? value : pieceOf(value, 0, slash)).map((e) => trimLocated(e.host).value.toLowerCase());
      if (hosts.length === 0) continue;
      const idEntry = kafkaValue(file.kafka, 'broker.id');
      const id = idEntry && !placeholderIn('broker.id', idEntry.value.value) ? javaInt(idEntry.value.value) : undefined;
      const group = [...new Set(hosts)].sort().join(',');
      const list = groups.get(group) ?? [];
      list.push({
        path: file.path,
        value,
        chroot: written === '/' ? '' : written,
        at: slash < 0 ? value : pieceOf(value, slash, value.value.length),
        id: id !== undefined && id >= 0 ? id : undefined,
      });
      groups.set(group, list);
    }
    for (const brokers of groups.values()) {
      const byChroot = new Map<string, Broker[]>();
      for (const b of brokers) byChroot.set(b.chroot, [...(byChroot.get(b.chroot) ?? []), b]);
      if (byChroot.size < 2) continue;
      // The most common chroot is taken for the cluster's; on a tie, the one of the first broker in path order.
      const ranked = [...byChroot.values()].sort((a, b) => b.length - a.length || (a[0]!.path < b[0]!.path ? -1 : 1));
      const main = ranked[0]!;
      const mainIds = new Set(main.map((b) => b.id).filter((id) => id !== undefined));
      for (const other of ranked.slice(1)) {
        if (other.some((b) => b.id !== undefined && mainIds.has(b.id))) continue;
        for (const b of other) {
          const own = b.chroot === '' ? 'has no chroot' : `uses the chroot ${quote(b.chroot)}`;
          report({
            span: b.at.span,
            message: `zookeeper.connect ${own}, but ${plural(main.length, 'other broker')} on the same ZooKeeper servers ${main.length === 1 ? 'uses' : 'use'} ${describe(main[0]!.chroot)}, so this broker registers in another ZooKeeper tree and forms a separate Kafka cluster`,
            related: main.slice(0, 3).map((m) => ({ span: m.at.span, message: m.chroot === '' ? 'no chroot here' : `the chroot is ${quote(m.chroot)} here` })),
          });
        }
      }
    }
  },
});
