import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { hostKey } from '../../src/model/host-names.ts';
import { cleanVoters, controllerListeners, kraftNodes, voterSetKey, type KraftNode, type Voter } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/voter-port-mismatch',
    severity: 'error',
    description: 'A controller.quorum.voters entry whose port is not the controller listener of that voter',
    rationale:
      'The other controllers and every broker dial a voter at the `host:port` its `controller.quorum.voters` ' +
      'entry gives; the controller accepts Raft requests only on the listeners `controller.listener.names` ' +
      'names in its `listeners`. When the voter with id N is a controller of the snapshot on the host the entry ' +
      'names, and none of its controller listeners has the entry\'s port, nobody reaches that voter: it never ' +
      'votes or replicates, and with enough such entries the quorum cannot elect a leader. A voter list ' +
      'written for the broker port (9092) instead of the controller port (9093) is the usual cause.',
    fix: 'Give the voter entry the port of that controller\'s listener named in `controller.listener.names` (for example `1@kafka1:9093` with `listeners=PLAINTEXT://:9092,CONTROLLER://:9093`).',
    references: [
      'KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) controllerListeners: the listeners whose name is in controller.listener.names',
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) QUORUM_VOTERS_DOC and parseVoterConnections: the voter endpoint is {host}:{port}',
    ],
  },
  check(cluster, report) {
    const nodes = kraftNodes(cluster);
    const controllers = new Map<number, KraftNode[]>();
    for (const n of nodes) {
      if (!n.nodeId || !n.roles.includes('controller')) continue;
      controllers.set(n.nodeId.id, [...(controllers.get(n.nodeId.id) ?? []), n]);
    }
    // One finding per voter entry and voter set: identical lists on several nodes are one mistake.
    const reported = new Set<string>();
    for (const n of nodes) {
      const voters = cleanVoters(n);
      if (!voters) continue;
      for (const v of voters) {
        const key = `${voterSetKey(voters)}\0${v.id}`;
        if (reported.has(key)) continue;
        // Two controllers with this id are kafka/node-id-duplicate's; which one is meant is unknown.
        const owners = controllers.get(v.id);
        if (!owners || owners.length !== 1) continue;
        const owner = owners[0]!;
        const listeners = controllerListeners(owner.file);
        if (listeners.length === 0 || !sameNode(v, owner, listeners)) continue;
        if (listeners.some((l) => l.port === v.port)) continue;
        reported.add(key);
        report({
          span: v.entry.span,
          message: `voter ${quote(v.entry.value)} dials port ${v.port}, but the controller with node.id ${v.id} listens for controllers on ${quote(listeners.map((l) => l.entry.value).join(','))}`,
          related: listeners.map((l) => ({ span: l.entry.span, message: `controller listener ${quote(l.name)} of node.id ${v.id}` })),
        });
      }
    }
  },
});

/** The entry's host is the controller's: its host folder, or the host its controller listener binds. */
function sameNode(v: Voter, owner: KraftNode, listeners: readonly { host: string }[]): boolean {
  const key = hostKey(v.host);
  if (owner.file.host !== undefined && hostKey(owner.file.host) === key) return true;
  return listeners.some((l) => l.host !== '' && hostKey(l.host) === key);
}
