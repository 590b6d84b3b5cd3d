/**
 * Discovery's output as data: every candidate file with its verdict. Everything
 * that says what hacheck read (`hacheck files`, the "what was checked" line, the
 * exit-2 message when nothing was recognised) prints this plan, so what hacheck
 * says it read is what it read. Later stages add the clusters and host folders here.
 */
import type { FileKind } from '../recognised-files.ts';
import type { Suppression } from '../parse/suppressions.ts';
import type { ContainerOrigin, EnvOrigin, FolderMatch } from '../model/types.ts';

/** What one container (`host` of the verdict) takes from one path. */
export interface ContainerUse {
  readonly service: string;
  readonly files: readonly (Pick<ContainerOrigin, 'target' | 'via' | 'image'> & { readonly kind: FileKind })[];
}

/** Why a candidate is not read as deployed configuration. */
export type NotUsedReason =
  | 'template'
  | 'runtime file'
  | 'backup file'
  | 'stock sample'
  | 'not a broker configuration'
  | 'not a ZooKeeper server configuration'
  /** A `config` or `*.env` file without variables of a Hadoop image (src/model/container-env.ts). */
  | 'not a Hadoop image environment file'
  /** A workers or slaves file of Spark, Flink, Storm or Ansible (src/discovery/host-lists.ts). */
  | `not a Hadoop host list: ${string}`
  | 'not in a host folder'
  // One host's alternative sets (src/discovery/alternatives.ts).
  | `not the active alternative: ${string} links to ${string}`
  | `${'stock' | 'backup'} set (${string}), not used beside ${string}`
  | `older version (${string}) than ${string}`
  | `same file as ${string}`
  | 'too large'
  | 'binary'
  | 'parser failure'
  | `cannot be read: ${string}`
  /** src/discovery/kraft-samples.ts */
  | `KRaft sample beside the ZooKeeper-mode ${string}`
  /** Mounted into containers whose command starts the server with another file (src/containers/project-files.ts). */
  | `mounted, but the command of ${string} starts ${string}`
  /** Checked on its own only: the model uses another copy of the same name (src/model/competing-copies.ts). */
  | `another copy is used: ${string}`;

export type FileVerdict =
  /** Parsed into the model; `host` is the host whose folder holds it, undefined for a file every host shares; `cluster` is set when the directory holds several clusters. */
  | {
      readonly used: true;
      readonly kind: FileKind;
      readonly host: string | undefined;
      readonly cluster?: string;
      /** A myid read as its host's although not at its dataDir: mounted there from this folder (src/model/myid-path.ts mountedMyid). */
      readonly mounted?: true;
      /** An environment file an image's entrypoint turns into site files: its formats and those files (`kind` is the first). */
      readonly env?: EnvOrigin;
      /** Files a container sees from this path (a definition, or a tree file it mounts): the service and each file (`kind` is the first). */
      readonly container?: ContainerUse;
      readonly definition?: undefined;
    }
  /**
   * A myid in a host's folder but not in the dataDir of the host's zoo.cfg: hacheck reads it
   * (zookeeper/myid-misplaced reports it), ZooKeeper never does. `dataDir` is undefined when
   * the zoo.cfg sets none.
   */
  | { readonly used: false; readonly reason: 'not in dataDir'; readonly kind: 'myid'; readonly host: string; readonly dataDir: string | undefined }
  | { readonly used: false; readonly reason: NotUsedReason }
  /** A container definition (src/containers/): a compose file, manifests, or an env file its containers load. */
  | { readonly used: true; readonly definition: DefinitionUse; readonly cluster?: string; readonly kind?: undefined; readonly host?: undefined; readonly container?: undefined; readonly mounted?: undefined; readonly env?: undefined };

/** What a container definition file is to its project, and the containers it defines or gives variables to. */
export interface DefinitionUse {
  readonly role: 'compose file' | 'Kubernetes manifests' | 'env file' | 'Compose variables';
  readonly services: readonly string[];
  /** Files of its ConfigMaps that no workload uses: read as the cluster's shared configuration. */
  readonly shared?: readonly FileKind[];
}

export interface DefinitionFile {
  readonly path: string;
  readonly use: DefinitionUse;
  /** Its number of lines: findings about what its containers get point into it. */
  readonly lineCount: number;
  /** Its content hash and its hacheck-disable-* comments (`#` comments, in YAML and env files alike). */
  readonly hash: string;
  readonly suppressions: readonly Suppression[];
}

export interface CandidateFile {
  /** Relative to the linted directory, with forward slashes. */
  readonly path: string;
  readonly verdict: FileVerdict;
}

/** A folder read as one host's snapshot, and how it was matched to the host. */
export interface HostFolder {
  /** Relative to the linted directory, with forward slashes. */
  readonly folder: string;
  readonly host: string;
  readonly match: FolderMatch;
  /** Set when the directory holds several clusters. */
  readonly cluster?: string;
}

export interface DiscoveryPlan {
  /** Every candidate, sorted by path. */
  readonly candidates: readonly CandidateFile[];
  /** Every host folder, sorted by folder. */
  readonly hostFolders: readonly HostFolder[];
}

/** A candidate set aside before or while reading, with its reason. */
export interface SetAside {
  readonly path: string;
  readonly reason: NotUsedReason;
}

export function notUsed(path: string, reason: NotUsedReason): CandidateFile {
  return { path, verdict: { used: false, reason } };
}

/** Whether every candidate is a template: nothing deployed was found, but templates were. */
export function onlyTemplates(plan: DiscoveryPlan): boolean {
  return plan.candidates.length > 0 && plan.candidates.every((c) => !c.verdict.used && c.verdict.reason === 'template');
}
