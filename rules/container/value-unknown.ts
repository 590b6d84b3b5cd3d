import { defineRule } from '../../src/engine/rule.ts';

export default defineRule({
  meta: {
    id: 'container/value-unknown',
    severity: 'info',
    description: 'A container setting whose value hacheck cannot know, so what the image writes from it is not checked',
    rationale:
      'A variable passed through from the shell (`- ZOO_SERVERS` without a value), a `${VAR}` that the project\'s `.env` ' +
      'does not set, a value from a Secret or a field reference, an image hacheck does not know, or a variable an ' +
      'entrypoint fills by running a command, are decided when the container starts. hacheck never reads its own ' +
      'environment to guess them, and says which settings it could not read rather than answer "clean" for ' +
      'configuration it did not see.',
    fix: 'Set the value in the compose file or its `.env`, or accept that hacheck does not check it (disable the rule for the file).',
    references: ['compose-spec 12-interpolation.md: an unset variable is substituted with an empty string, with a warning'],
  },
  check(cluster, report) {
    for (const note of cluster.containerNotes) if (note.kind === 'unknown') report({ span: note.span, message: note.message });
  },
});
