/**
 * The repository part of a container's image reference, as the image translations match it:
 * `docker.io/bitnami/kafka:3.7@sha256:...` is `bitnami/kafka`. Docker's reference grammar
 * (distribution/reference, reference.go): an optional registry host before the first `/` when it
 * holds a `.` or `:` or is `localhost`, then the path, then `:tag` and `@digest`.
 */
import type { ContainerService } from '../types.ts';

export function imageRepository(service: ContainerService): string | undefined {
  const image = service.image?.value.trim();
  if (!image) return undefined;
  let ref = image.split('@')[0]!;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) ref = ref.slice(0, colon);
  const parts = ref.split('/');
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) parts.shift();
  // Docker Hub's official images live under `library/`.
  if (parts.length > 1 && parts[0] === 'library') parts.shift();
  return parts.join('/').toLowerCase();
}
