import { defineRule } from '../../src/engine/rule.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/four-letter-words',
    severity: 'info',
    description: '4lw.commands.whitelist is not set, so ZooKeeper 3.5.3 and later answer only the four-letter word srvr',
    rationale:
      'Health checks and monitors talk to ZooKeeper with four-letter words on the client port: ' +
      '`echo ruok | nc zk1 2181` in a Docker or Kubernetes health check, `mntr` for Prometheus exporters and ' +
      'Ambari alerts, `stat` for scripts and HBase\'s ZooKeeper dump. Since 3.5.3 (ZOOKEEPER-2693) a server ' +
      'executes only the words listed in `4lw.commands.whitelist`, and when the key is not set the list is ' +
      '`srvr` alone (which `zkServer.sh status` needs). Every other word gets the reply ' +
      '`ruok is not executed because it is not in the whitelist.` On 3.4 the same unset key enables all the ' +
      'words, so a check that worked for years fails after the upgrade, and a failing liveness probe restarts ' +
      'the server in a loop.\n\n' +
      'hacheck cannot see the health checks that use the words, so this is information: it is reported once per ' +
      'distinct zoo.cfg of a ZooKeeper that is 3.5 or later (or of unknown release), and not for a 3.4 release ' +
      'named by its folder or by `versions.zookeeper`. Setting the key to anything, `srvr` included, records the ' +
      'choice and silences it. The whitelist can also be given as the system property ' +
      '`-Dzookeeper.4lw.commands.whitelist` (in `SERVER_JVMFLAGS`), which hacheck does not read: turn the rule ' +
      'off in `.hacheckrc` then.',
    fix:
      'List the words your health checks and monitors send, e.g. `4lw.commands.whitelist=srvr,ruok,mntr`, ' +
      'or `4lw.commands.whitelist=srvr` to record that only srvr is wanted. `*` enables every word, including ' +
      'the expensive `wchc` and `wchp`.',
    references: [
      'FourLetterCommands.java (ZooKeeper 3.9) isEnabled(): the zookeeper.4lw.commands.whitelist property, "*", srvr always added',
      'NettyServerCnxn.java / NIOServerCnxn.java (ZooKeeper 3.9) checkFourLetterWord(): "<cmd> is not executed because it is not in the whitelist."',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L1389-1413 (4lw.commands.whitelist, new in 3.5.3; default srvr only)',
      'ServerCnxn.java (ZooKeeper 3.4.14) L287-325: unset enables every word but wchc and wchp',
    ],
    upstreamMessage: 'ruok is not executed because it is not in the whitelist.',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    // 3.4 (named by a folder or the configuration) enables every word when the key is unset.
    if (v.source !== 'assumed' && !atLeast(v, 3, 5)) return;
    for (const zoo of cluster.zooConfigs) {
      if (zooValue(zoo.zoo, '4lw.commands.whitelist')) continue;
      report({
        span: zoo.start,
        message: `zoo.cfg does not set 4lw.commands.whitelist, so ZooKeeper ${v.label} executes only "srvr" and refuses ruok, mntr, stat and the other four-letter words health checks send${assumedNote(v)}`,
      });
    }
  },
});
