/**
 * A container's environment as the entrypoint sees it: one value per name, the later
 * definition winning (ContainerService.env is in the order Compose applies them).
 */
import type { ContainerEnv, ContainerService } from '../types.ts';

export function effectiveEnv(service: ContainerService): Map<string, ContainerEnv> {
  const env = new Map<string, ContainerEnv>();
  for (const e of service.env) {
    env.delete(e.name.value);
    env.set(e.name.value, e);
  }
  return env;
}
