import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { distinctVoterLists } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/quorum-voters-syntax',
    severity: 'error',
    description: 'A controller.quorum.voters entry Kafka cannot parse',
    rationale:
      '`controller.quorum.voters` is a comma-separated list of `{id}@{host}:{port}`. Kafka validates it when it ' +
      'reads the configuration (`ControllerQuorumVotersValidator` calls `QuorumConfig.parseVoterConnections`): ' +
      'an entry that does not split into exactly two parts at "@", an id that is not an integer, or an address ' +
      'without a host and a numeric port throws a `ConfigException` and the node does not start. An empty piece ' +
      '(a doubled or trailing comma) is such an entry. The Raft client also refuses the non-routable `0.0.0.0` ' +
      '("Host string (0.0.0.0) is not routeable"): a voter\'s address is the one the other nodes dial, not a ' +
      'bind address.',
    fix: 'Write each voter as `{id}@{host}:{port}` (`1@kafka1:9093`), separated by commas, with the host the other nodes reach the controller at and the port of its controller listener.',
    references: [
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) parseVoterId and parseVoterConnections: ConfigException "Invalid configuration value for controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`.", "Failed to parse voter ID as an integer from ...", "Failed to parse host name from entry ...", "Failed to parse host port from entry ...", "Host string (%s) is not routeable"',
      'QuorumConfig.java ControllerQuorumVotersValidator.ensureValid: parses the list when the configuration is read',
      'Utils.java (apache/kafka clients/src/main/java/org/apache/kafka/common/utils/Utils.java) HOST_PORT_PATTERN, getHost, getPort',
      'ConfigDef.java (apache/kafka) parseType LIST: split on "\\\\s*,\\\\s*" with limit -1',
    ],
    upstreamMessage: 'Invalid configuration value for controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`.',
  },
  check(cluster, report) {
    for (const parsed of distinctVoterLists(cluster)) {
      for (const p of parsed.problems) {
        report({ span: p.entry.span, message: `controller.quorum.voters entry ${quote(p.entry.value)} ${p.problem}, so Kafka refuses the configuration` });
      }
    }
  },
});
