/**
 * Which files are Compose files, and which of a folder's are the ones `docker compose up` reads
 * without `-f`. compose-go's cli/options.go lists them in order of preference:
 *   DefaultFileNames = compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml
 *   DefaultOverrideFileNames = compose.override.yml, compose.override.yaml,
 *                              docker-compose.override.yml, docker-compose.override.yaml
 * The first base name found is used, then the first override name found is merged into it.
 */

export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
export const DEFAULT_OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

/**
 * The default names, and the variants real repositories keep beside them for `-f`:
 * `docker-compose.<x>.yml`, `docker-compose-<x>.yml`, `compose.<x>.yaml` (each .yml or .yaml).
 */
const COMPOSE_NAME = /^(?:docker-compose(?:[.-][^/\\]+)?|compose(?:\.[^/\\]+)?)\.ya?ml$/;

/** Whether a file name (no folder) is a Compose file name. */
export function isComposeFileName(name: string): boolean {
  return COMPOSE_NAME.test(name);
}

export function isOverrideFileName(name: string): boolean {
  return (DEFAULT_OVERRIDE_FILE_NAMES as readonly string[]).includes(name);
}

/** The name `docker compose` picks as its base file among `names`, if any. */
export function baseFileName(names: readonly string[]): string | undefined {
  return DEFAULT_FILE_NAMES.find((n) => names.includes(n));
}

/** The override file `docker compose` merges into the base among `names`, if any. */
export function overrideFileName(names: readonly string[]): string | undefined {
  return DEFAULT_OVERRIDE_FILE_NAMES.find((n) => names.includes(n));
}
