/**
 * An image reference as Docker reads it (`[registry/][namespace/]name[:tag][@digest]`), reduced to
 * what picks an entrypoint: the repository on Docker Hub and the tag.
 */
export interface ImageName {
  /** `zookeeper` for `zookeeper`, `library/zookeeper` and `docker.io/library/zookeeper`; `bitnami/zookeeper` stays as is. */
  readonly repository: string;
  /** Undefined when none is written: Docker pulls `latest`. */
  readonly tag: string | undefined;
}

// Docker Hub's names: the registry part is left out of the short form, and official images live
// under `library/` (docker/distribution reference/normalize.go, ParseNormalizedNamed).
const HUB_PREFIXES = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];

export function parseImageName(image: string): ImageName {
  let rest = image.trim();
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon before the last slash is a registry's port (`localhost:5000/zookeeper`), not a tag.
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  let repository = colon > slash ? rest.slice(0, colon) : rest;
  for (const prefix of HUB_PREFIXES) {
    if (repository.startsWith(prefix)) repository = repository.slice(prefix.length);
  }
  if (repository.startsWith('library/')) repository = repository.slice('library/'.length);
  return { repository, tag: tag === '' ? undefined : tag };
}
