import { defineRule } from '../../src/engine/rule.ts';

export default defineRule({
  meta: {
    id: 'container/environment-ignored',
    severity: 'info',
    description: 'An image variable that the image\'s entrypoint does not use in this container, so it has no effect',
    rationale:
      'The images of ZooKeeper, Kafka and Hadoop write their configuration files from environment variables at start, ' +
      'but only where no file is there already: the official `zookeeper` image writes zoo.cfg only when ' +
      '`$ZOO_CONF_DIR/zoo.cfg` does not exist, and myid only when `$ZOO_DATA_DIR/myid` does not. With the file mounted, ' +
      'a `ZOO_SERVERS` or `ZOO_MY_ID` beside it changes nothing: the server runs with the mounted file, whatever the ' +
      'variable says. hacheck checks the file the container really reads and names the variable that is ignored, so ' +
      'that a change to it is not mistaken for a change to the cluster.',
    fix: 'Remove the variable, or remove the mount and let the image write the file from the variables.',
    references: ['docker-library/zookeeper docker-entrypoint.sh: "if [[ ! -f "$ZOO_CONF_DIR/zoo.cfg" ]]", "if [[ ! -f "$ZOO_DATA_DIR/myid" ]]"'],
  },
  check(cluster, report) {
    for (const note of cluster.containerNotes) if (note.kind === 'ignored') report({ span: note.span, message: note.message });
  },
});
