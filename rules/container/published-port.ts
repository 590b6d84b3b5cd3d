import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { publishedPortUses } from '../../src/rules-support/container-published-ports.ts';

export default defineRule({
  meta: {
    id: 'container/published-port',
    severity: 'error',
    description: 'A container dials another container of the project on the port the machine publishes for it, where nothing listens inside the network',
    rationale:
      'A `ports:` entry such as `"2182:2181"` publishes the container\'s port 2181 on port 2182 of the machine that runs it: ' +
      'clients outside the project reach it there. Containers of the project talk over the project\'s network, where the ' +
      'container is reached by its name and listens on its own ports only: Docker\'s "Networking in Compose" says that ' +
      'service-to-service communication uses the CONTAINER_PORT, and that the HOST_PORT is for access from outside ' +
      '(`postgres://db:5432` inside, `postgres://{DOCKER_IP}:8001` from the machine, for `"8001:5432"`). A connect string, ' +
      'Hadoop address or quorum voter inside a container that names `zk3:2182` therefore reaches nothing: the connection ' +
      'is refused, and with every entry wrong the daemon cannot start.\n\n' +
      'hacheck reports an address of a container\'s configuration (ZooKeeper connect strings, `hbase.zookeeper.quorum` with ' +
      'its clientPort, Hadoop and ResourceManager addresses, qjournal:// JournalNodes, `controller.quorum.voters`) that names ' +
      'a container of the project by one of its names, on a port that container publishes for another port, when nothing ' +
      'in that container is known to listen on it (no `ports:` target, no port its own configuration sets). `listeners` ' +
      'and `advertised.listeners` are not checked: they legitimately name the ports clients outside use. Containers on the ' +
      'machine\'s network (`network_mode: host`) are left alone. The connect-string mismatch rules leave such an entry to ' +
      'this rule, so that one mistake gives one finding.',
    fix: 'Use the container port inside the network (`zk3:2181` for `"2182:2181"`); keep the published port for clients outside the project.',
    references: [
      'Docker docs, "Networking in Compose" (docs.docker.com/compose/how-tos/networking): "Networked service-to-service communication uses the CONTAINER_PORT"',
      'Compose file reference, services.ports (docs.docker.com/reference/compose-file/services/#ports): HOST:CONTAINER',
    ],
  },
  check(cluster, report) {
    for (const use of publishedPortUses(cluster)) {
      const name = use.address.host.value;
      report({
        span: use.address.port.span,
        message:
          `${use.address.key} connects to ${quote(name)} on port ${quote(use.address.port.value)}, which the machine publishes for its port ${use.mapping.target}: ` +
          `inside the network ${quote(name)} listens on ${use.mapping.target}`,
        related: [{ span: use.mapping.span, message: `${use.target.container!.service} publishes its port ${use.mapping.target} on the machine's port ${use.mapping.published}` }],
      });
    }
  },
});
