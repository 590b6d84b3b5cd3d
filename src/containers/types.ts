/**
 * Clusters defined as containers: a Docker Compose project (src/containers/compose/) or
 * Kubernetes manifests (src/containers/kubernetes/). Both readers produce the same model,
 * one ContainerService per container (a Compose service, a StatefulSet's pod), and the
 * image translations (src/containers/images/) turn each service's environment and mounts
 * into the files its entrypoint writes, which the cluster model then reads like any other.
 */
import type { MappedSourceText } from '../text/mapped-source.ts';
import type { SourceText } from '../text/source-text.ts';
import type { Span } from '../text/span.ts';

/**
 * A text as the container sees it, with where it was written. When `copiedFrom` is set the
 * value is the source's text character for character from that offset (a plain or simply
 * quoted scalar, an env file's value); otherwise (interpolated, escaped, folded) every
 * character points at `span`.
 */
export interface SourcedText {
  readonly value: string;
  readonly span: Span;
  readonly copiedFrom?: { readonly src: SourceText; readonly offset: number };
}

/** One environment variable of a container. */
export interface ContainerEnv {
  readonly name: SourcedText;
  /** Undefined when the value cannot be known: passed through from the shell, an unset `${VAR}`, a Secret, a field ref. */
  readonly value: SourcedText | undefined;
  /** The whole definition (the list item, the map entry, the env file line). */
  readonly span: Span;
}

/** A file the container sees whose content is written in the definition itself (a ConfigMap key, a Compose `configs: content:`). */
export interface InlineFile {
  /** Absolute path inside the container. */
  readonly target: string;
  /** The content, its spans inside the manifest or compose file. */
  readonly text: MappedSourceText;
  /** The key or entry that defines it. */
  readonly span: Span;
}

export type ContainerMount =
  /** A file or folder of the linted tree bind-mounted into the container (Compose `volumes`, `configs: file:`). */
  | { readonly kind: 'tree'; readonly source: string; readonly target: string; readonly span: Span }
  /**
   * A named volume, an emptyDir (empty when the container first starts), or with `external` a
   * host path outside the linted tree: files there exist, with content hacheck cannot see.
   */
  | { readonly kind: 'opaque'; readonly target: string; readonly span: Span; readonly external?: true }
  /** Files written in the definition (a ConfigMap volume, a Compose config with `content:`). */
  | { readonly kind: 'inline'; readonly target: string; readonly files: readonly InlineFile[]; readonly span: Span };

/** `ports:` of a Compose service: `published` is the host's port, `target` the container's. */
export interface PublishedPort {
  /** Undefined for a range or an ephemeral port (`"2181"` alone publishes on a random host port). */
  readonly published: number | undefined;
  readonly target: number;
  readonly span: Span;
}

/** A `command:` or `entrypoint:` that replaces the image's CMD or ENTRYPOINT. */
export interface StartCommand {
  /** Its arguments joined by spaces. */
  readonly words: string;
  readonly span: Span;
}

export interface ContainerService {
  /** The compose file or manifest that defines it (the first of merged compose files). */
  readonly file: string;
  /** The Compose service's name, or the pod's name (`<statefulset>-<ordinal>`). */
  readonly name: SourcedText;
  /**
   * Every name another container reaches it by, the model's host name first: the Compose
   * service name, `hostname`, `container_name`, network aliases; a pod's `<pod>.<service>`
   * names. The first one the configuration uses becomes the host's name in the model.
   */
  readonly names: readonly SourcedText[];
  /** The name the container gives itself (`hostname`, or the pod's name), when set. */
  readonly hostname: SourcedText | undefined;
  readonly image: SourcedText | undefined;
  /** Its environment, later entries winning (env_file, then environment, as Compose applies them). */
  readonly env: readonly ContainerEnv[];
  readonly mounts: readonly ContainerMount[];
  readonly ports: readonly PublishedPort[];
  /** `extra_hosts` (Compose) or `hostAliases` (Kubernetes): names the container resolves without DNS. */
  readonly extraHosts: readonly { readonly name: SourcedText; readonly address: SourcedText }[];
  /** `network_mode: host` (or `hostNetwork: true`): the container shares the machine's network, published ports mean nothing. */
  readonly hostNetwork: boolean;
  /** Several identical containers (`deploy.replicas`, `scale`) share these names: not one host. Infinity for Swarm's global mode (one per node). */
  readonly replicas: number | undefined;
  /** An `env_file` hacheck cannot read (outside the linted tree): the environment is not all known. */
  readonly unreadEnvFile?: Span;
  /** A pod's init containers, which run first and may write into its volumes (a myid, a whole configuration). */
  readonly initContainers?: Span;
  /** Compose `command:` or a Kubernetes container's `args`, when set: replaces the image's CMD. */
  readonly command?: StartCommand;
  /** Compose `entrypoint:` or a Kubernetes container's `command`, when set: replaces the image's ENTRYPOINT and clears its CMD. */
  readonly entrypoint?: StartCommand;
  /**
   * Kubernetes: the domains of the project's headless Services as this pod looks them up
   * (`zk-hs`, `zk-hs.default`, ...), below which only the pods the project gives such a name exist.
   */
  readonly podDomains?: readonly string[];
  /** The service's key (Compose) or the workload's `metadata.name` (Kubernetes). */
  readonly span: Span;
}

/**
 * A problem reading the definition, with the place it is at; or, with `kind`, what an image
 * does not do with a container's settings: `ignored` (the entrypoint does not use them, e.g.
 * ZOO_SERVERS beside a mounted zoo.cfg) or `unknown` (a value hacheck cannot know, so what it
 * writes is not checked).
 */
export interface ContainerProblem {
  readonly span: Span;
  readonly message: string;
  readonly kind?: 'ignored' | 'unknown';
}

export interface ContainerProject {
  readonly kind: 'compose' | 'kubernetes';
  /** The files it is read from, in merge order (relative to the linted directory, forward slashes). */
  readonly files: readonly string[];
  readonly services: readonly ContainerService[];
  readonly problems: readonly ContainerProblem[];
}
