/**
 * An image reference as Docker reads it (`[registry/][namespace/]name[:tag][@digest]`), reduced to
 * what picks an entrypoint: the repository and the tag. Docker's reference grammar
 * (distribution/reference, reference.go): an optional registry host before the first `/` when it
 * holds a `.` or `:` or is `localhost`, then the path, then `:tag` and `@digest`. The registry is
 * left out, so that a mirror (`registry.example.com/bitnami/kafka`) is read as the image it mirrors.
 */
import type { ContainerService } from '../types.ts';

export interface ImageName {
  /** `zookeeper` for `zookeeper`, `library/zookeeper` and `docker.io/library/zookeeper`; `bitnami/zookeeper` stays as is. */
  readonly repository: string;
  /** Undefined when none is written: Docker pulls `latest`. */
  readonly tag: string | undefined;
  /**
   * Whether the reference names a Docker Hub official image (`zookeeper`, `library/zookeeper`,
   * `docker.io/library/zookeeper`). A one-part name on another registry (`registry.example.com/zookeeper`)
   * is some other image of that name, not read as the official one.
   */
  readonly official: boolean;
}

const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export function parseImageName(image: string): ImageName {
  let rest = image.trim();
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon before the last slash is a registry's port (`localhost:5000/zookeeper`), not a tag.
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  const parts = (colon > slash ? rest.slice(0, colon) : rest).split('/');
  const first = parts[0]!;
  let hub = true;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    hub = HUB_HOSTS.has(first.toLowerCase());
    parts.shift();
  }
  // Docker Hub's official images live under `library/` (normalize.go, ParseNormalizedNamed).
  if (parts.length > 1 && parts[0] === 'library') parts.shift();
  return { repository: parts.join('/').toLowerCase(), tag: tag === '' ? undefined : tag, official: hub && parts.length === 1 };
}

/** The repository of the container's image, undefined when it has none (built from source). */
export function imageRepository(service: ContainerService): string | undefined {
  const image = service.image?.value.trim();
  return image ? parseImageName(image).repository : undefined;
}
