import { defineRule } from '../../src/engine/rule.ts';

export default defineRule({
  meta: {
    id: 'container/definition-invalid',
    severity: 'error',
    description: 'A compose file or Kubernetes manifest cannot be read as Compose or Kubernetes read it, so its containers do not start as written',
    rationale:
      'hacheck reads a Docker Compose project (its compose files merged, `.env` interpolation, `env_file` files) and ' +
      'Kubernetes manifests as the tools do. Where one of them stops (YAML that does not parse, an `env_file` that does ' +
      'not exist, a `${VAR:?message}` whose variable is unset, a service that is not a mapping), `docker compose up` or ' +
      '`kubectl apply` refuses the project, and hacheck cannot know what the containers would get: the checks that ' +
      'need those values are not made.',
    fix: 'Correct the definition at the place named, then run `docker compose config` (or `kubectl apply --dry-run=client`) to see it read.',
    references: [
      'compose-spec 05-services.md (env_file: "the file MUST exist" unless required: false)',
      'compose-spec 12-interpolation.md (${VAR:?err} exits with an error when VAR is unset or empty)',
    ],
  },
  check(cluster, report) {
    for (const note of cluster.containerNotes) if (note.kind === undefined) report({ span: note.span, message: note.message });
  },
});
