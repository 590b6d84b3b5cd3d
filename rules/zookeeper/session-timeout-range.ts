import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';

/** ZooKeeperServer.DEFAULT_TICK_TIME. */
const DEFAULT_TICK_TIME = 3000;

export default defineRule({
  meta: {
    id: 'zookeeper/session-timeout-range',
    severity: 'error',
    description: 'minSessionTimeout is larger than maxSessionTimeout, counting their defaults',
    rationale:
      'ZooKeeper clamps every client session timeout into [`minSessionTimeout`, `maxSessionTimeout`] and refuses ' +
      'to start when the lower bound is larger (`minSessionTimeout must not be larger than maxSessionTimeout`).\n\n' +
      'From 3.5 an unset bound takes its default before the comparison: 2 × `tickTime` and 20 × `tickTime` ' +
      '(`tickTime` defaults to 3000 ms), so `minSessionTimeout=60000` with `tickTime=2000` and no ' +
      '`maxSessionTimeout` fails (60000 > 40000). ZooKeeper 3.4 compares the raw settings, where an unset bound ' +
      'is -1: there any `minSessionTimeout` without a `maxSessionTimeout` fails, while the defaults apply only ' +
      'later, at run time.',
    fix: 'Set both bounds explicitly, with `minSessionTimeout` not larger than `maxSessionTimeout`.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L54-57 (fields, -1 when unset), L328-331 (check on the raw values)',
      'QuorumPeer.java (ZooKeeper 3.4.14) L1174, L1185 (defaults applied at run time)',
      'QuorumPeerConfig.java (ZooKeeper master) L464-469 (defaults applied, then the check)',
      'ZooKeeperServer.java (ZooKeeper 3.4.14) L103, (master) L198: DEFAULT_TICK_TIME = 3000',
    ],
    upstreamMessage: 'minSessionTimeout must not be larger than maxSessionTimeout',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const minE = zooValue(zoo.zoo, 'minSessionTimeout');
      const maxE = zooValue(zoo.zoo, 'maxSessionTimeout');
      const tickE = zooValue(zoo.zoo, 'tickTime');
      const parse = (e: typeof minE) => (e ? javaInt(e.value.value) : undefined);
      // Values that do not parse are zookeeper/invalid-number's.
      if ((minE && parse(minE) === undefined) || (maxE && parse(maxE) === undefined) || (tickE && parse(tickE) === undefined)) continue;
      if (!minE && !maxE) continue;
      const tick = parse(tickE) ?? DEFAULT_TICK_TIME;
      const tickText = tickE ? `tickTime ${tick}` : `the default tickTime ${DEFAULT_TICK_TIME}`;
      if (!atLeast(v, 3, 5)) {
        // 3.4: the unset value is -1 in the comparison.
        const min = parse(minE) ?? -1;
        const max = parse(maxE) ?? -1;
        if (min <= max) continue;
        if (minE && !maxE) {
          report({
            span: minE.key.span,
            message: `minSessionTimeout is set without maxSessionTimeout, which ZooKeeper ${v.label} compares as -1 and refuses to start`,
          });
        } else if (minE && maxE) {
          report({
            span: minE.value.span,
            message: `minSessionTimeout ${quote(minE.value.value)} is larger than maxSessionTimeout ${quote(maxE.value.value)}`,
            related: [{ span: maxE.value.span, message: 'maxSessionTimeout is set here' }],
          });
        }
        continue;
      }
      const min = parse(minE) ?? 2 * tick;
      const max = parse(maxE) ?? 20 * tick;
      if (min <= max) continue;
      const note = assumedNote(v);
      if (minE && maxE) {
        report({
          span: minE.value.span,
          message: `minSessionTimeout ${quote(minE.value.value)} is larger than maxSessionTimeout ${quote(maxE.value.value)}`,
          related: [{ span: maxE.value.span, message: 'maxSessionTimeout is set here' }],
        });
      } else if (minE) {
        report({
          span: minE.value.span,
          message: `minSessionTimeout ${quote(minE.value.value)} is larger than the default maxSessionTimeout ${max} (20 × ${tickText})${note}`,
          ...(tickE ? { related: [{ span: tickE.value.span, message: `tickTime is ${quote(tickE.value.value)}` }] } : {}),
        });
      } else if (maxE) {
        report({
          span: maxE.value.span,
          message: `maxSessionTimeout ${quote(maxE.value.value)} is smaller than the default minSessionTimeout ${min} (2 × ${tickText})${note}`,
          ...(tickE ? { related: [{ span: tickE.value.span, message: `tickTime is ${quote(tickE.value.value)}` }] } : {}),
        });
      }
    }
  },
});
