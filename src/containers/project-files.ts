/**
 * The files each container of a project sees, as the cluster model reads files: a host per
 * service, holding the tree files mounted into it, the files its definition writes inline
 * (a ConfigMap), and the files its image's entrypoint writes from its environment. Every file
 * carries its ContainerOrigin, so the files listing can say which service a value came from.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { configFileCandidate } from './file-kind.ts';
import { parseSource } from '../model/load.ts';
import { inContainer } from '../model/copies.ts';
import { namedHosts } from '../model/named-hosts.ts';
import { hostKey } from '../model/host-names.ts';
import type { ClusterFile, ContainerHost, ContainerOrigin, XmlFile } from '../model/types.ts';
import type { SetAside } from '../discovery/plan.ts';
import { located } from './sourced.ts';
import type { ContainerMount, ContainerProblem, ContainerProject, ContainerService, InlineFile } from './types.ts';
import { holdsTemplateSyntax, isBrokerConfig, isZookeeperServerConfig } from '../discovery/by-content.ts';
import type { GeneratedFile, ImageTranslation } from './images/types.ts';
import { skippedStart } from './images/start-gate.ts';
import type { UnattachedConfigMap } from './kubernetes/index.ts';

/** An image's translation of a service (src/containers/images/translate.ts): what its entrypoint writes. */
export type Translate = (service: ContainerService, mounted: (containerPath: string) => boolean) => ImageTranslation;

export interface ProjectFiles {
  /** The project's definition files joined by " + ": the cluster's name. */
  readonly name: string;
  readonly files: readonly ClusterFile[];
  /** Tree files the project reads through its containers (bind mounts, env_file): they are its, not a cluster of their own. */
  readonly consumed: ReadonlySet<string>;
  /** Problems reading the definitions, and what the images ignore or cannot know. */
  readonly notes: readonly ContainerProblem[];
  /** Each container as a host of the model, by its host name there. */
  readonly hosts: ReadonlyMap<string, ContainerHost>;
  /** Tree files mounted only into containers that do not read them, with the reason. */
  readonly unused: readonly SetAside[];
}

/** The absolute path a tree file has inside the container, when the mount provides it. */
function targetOf(mount: ContainerMount, path: string): string | undefined {
  if (mount.kind !== 'tree') return undefined;
  if (path === mount.source) return mount.target;
  const folder = mount.source === '' || mount.source === '.' ? '' : `${mount.source}/`;
  if (!path.startsWith(folder)) return undefined;
  return posix.join(mount.target, path.slice(folder.length));
}

function hashOf(kind: string, content: string): string {
  return createHash('sha1').update('container\0').update(kind).update('\0').update(content).digest('hex');
}

/** A generated file as a ClusterFile (its host set later). Identical texts share a hash, as identical copies do. */
function generatedFile(g: GeneratedFile, service: ContainerService): ClusterFile {
  if ('text' in g) return parseSource(g.text, g.kind, undefined, hashOf(g.kind, g.text.text));
  const content = g.properties.map((p) => `${p.name.value}\0${p.value?.value ?? ''}`).join('\n');
  const file: XmlFile = {
    path: service.file,
    host: undefined,
    hash: hashOf(g.kind, content),
    lineCount: 1,
    start: service.span,
    suppressions: [],
    kind: g.kind,
    xml: { properties: g.properties, problem: undefined },
  };
  return file;
}

/** Image names of the servers hacheck checks: a container of one that gets no file it reads is said, not skipped in silence. */
const SERVER_IMAGE = /zookeeper|kafka|hadoop|hbase/i;

/**
 * A notice for a container whose image looks like a server hacheck checks (the Kubernetes
 * tutorial's `kubernetes-zookeeper`, a custom `my/hadoop` image) but that gets no configuration
 * file hacheck reads, and no notice from its image's translation already.
 */
function unseenServer(service: ContainerService, translation: ImageTranslation, seen: readonly Seen[]): ContainerProblem | undefined {
  const image = service.image;
  // An env file hacheck cannot read already has its notice.
  if (!image || !SERVER_IMAGE.test(image.value) || service.unreadEnvFile || translation.notes.length > 0 || translation.files.length > 0) return undefined;
  // A known image whose command replaces its server's start is a tool run with it (a topic-creating client), not a server.
  if (seen.some((s) => s.service === service) || skippedStart(service)) return undefined;
  return { span: image.span, kind: 'unknown', message: `${service.name.value} gets no configuration file hacheck reads: how image "${image.value}" writes its configuration is not known here` };
}

/** Server configurations a start command can name: the file a `zookeeper-server-start` or `kafka-server-start` is given. */
const STARTED_KINDS: ReadonlySet<string> = new Set(['zoo.cfg', 'server.properties']);

/**
 * The configuration file the container's command starts its server with, when the command names
 * one and it is not this mounted file (`command: zookeeper-server-start /etc/kafka/zookeeper.properties`
 * beside a mounted server.properties; `connect-distributed /etc/kafka/connect-distributed.properties`):
 * a folder mounted whole brings files the process never reads.
 */
function startedWithOther(service: ContainerService, kind: string, target: string): string | undefined {
  if (!STARTED_KINDS.has(kind)) return undefined;
  const words = [service.entrypoint?.words, service.command?.words].filter((w) => w !== undefined).join(' ');
  const named = words.match(/\/[^\s'"]+\.(?:properties|cfg)\b/g);
  if (!named || named.includes(target)) return undefined;
  return named[0];
}

/** A skipped mount set aside, unless another container of the project reads the same file. */
function unusedMounts(skipped: readonly { path: string; service: string; starts: string }[], used: readonly ClusterFile[]): SetAside[] {
  const read = new Set(used.map((f) => f.path));
  const out = new Map<string, SetAside>();
  for (const s of skipped) {
    if (read.has(s.path) || out.has(s.path)) continue;
    out.set(s.path, { path: s.path, reason: `mounted, but the command of ${s.service} starts ${s.starts}` });
  }
  return [...out.values()];
}

/**
 * A mounted file with the entrypoint's lines added after its own: later definitions win, as
 * Hadoop's Configuration and java.util.Properties read them. Its spans stay where each line is.
 */
function extended(mounted: ClusterFile, added: ClusterFile): ClusterFile {
  const hash = createHash('sha1').update(mounted.hash).update('\0').update(added.hash).digest('hex');
  if ('xml' in mounted && 'xml' in added) return { ...mounted, hash, xml: { ...mounted.xml, properties: [...mounted.xml.properties, ...added.xml.properties] } };
  if (mounted.kind === 'server.properties' && added.kind === 'server.properties') return { ...mounted, hash, kafka: { entries: [...mounted.kafka.entries, ...added.kafka.entries] } };
  return added;
}

/**
 * A file written in the definition, read as the configuration file its name in the container says,
 * with the same content checks as a file of the tree (src/discovery/by-content.ts): a ConfigMap's
 * log4j.properties is not a broker's, a template is not deployed configuration.
 */
function inlineConfig(inline: InlineFile): ClusterFile | undefined {
  const candidate = configFileCandidate(posix.basename(inline.target));
  if (!candidate || holdsTemplateSyntax(inline.text.text)) return undefined;
  const file = parseSource(inline.text, candidate.kind, undefined, hashOf(candidate.kind, inline.text.text));
  if (candidate.check === 'kafka-broker' && file.kind === 'server.properties' && !isBrokerConfig(file.kafka)) return undefined;
  if (candidate.check === 'zookeeper-server' && file.kind === 'zoo.cfg' && !isZookeeperServerConfig(file.zoo)) return undefined;
  return file;
}

interface Seen {
  readonly service: ContainerService;
  readonly file: ClusterFile;
  readonly origin: Omit<ContainerOrigin, 'project' | 'service'>;
}

/** The files of every container of `project`; `tree` are the tree's own files, some of which its containers mount. */
export function projectFiles(project: ContainerProject, tree: readonly ClusterFile[], translate: Translate, unattached: readonly UnattachedConfigMap[] = []): ProjectFiles {
  const name = project.files.join(' + ');
  const definitions = new Set(project.files);
  const consumed = new Set<string>();
  const notes: ContainerProblem[] = [...project.problems];
  const seen: Seen[] = [];
  const skipped: { path: string; service: string; starts: string }[] = [];
  for (const service of project.services) {
    const provided = new Set<string>();
    for (const mount of service.mounts) {
      if (mount.kind === 'tree') {
        for (const file of tree) {
          const target = targetOf(mount, file.path);
          if (target === undefined) continue;
          consumed.add(file.path);
          provided.add(target);
          const other = startedWithOther(service, file.kind, target);
          if (other) skipped.push({ path: file.path, service: service.name.value, starts: other });
          else seen.push({ service, file, origin: { target, via: 'mount' } });
        }
      } else if (mount.kind === 'inline') {
        for (const inline of mount.files) {
          provided.add(inline.target);
          const file = inlineConfig(inline);
          if (!file) continue;
          seen.push({ service, file, origin: { target: inline.target, via: 'inline' } });
        }
      }
    }
    for (const env of service.env) if (!definitions.has(env.span.file)) consumed.add(env.span.file);
    // A host folder from outside the tree holds files hacheck cannot see: the image writes none of its own there.
    const external = service.mounts.filter((m) => m.kind === 'opaque' && m.external).map((m) => m.target);
    const mounted = (p: string) => provided.has(p) || external.some((t) => p === t || p.startsWith(`${t}/`));
    const translation = translate(service, mounted);
    for (const note of translation.notes) notes.push(note);
    const unseen = unseenServer(service, translation, seen);
    if (unseen) notes.push(unseen);
    for (const g of translation.files) {
      let file = generatedFile(g, service);
      if (g.mountedFile) {
        // The entrypoint writes over the mounted file, or adds to it: either way the container reads one file there.
        const at = seen.findIndex((s) => s.service === service && s.origin.via === 'mount' && s.origin.target === g.target);
        if (at >= 0) {
          if (g.mountedFile === 'extended') file = extended(seen[at]!.file, file);
          seen.splice(at, 1);
        }
      }
      seen.push({ service, file, origin: { target: g.target, via: 'environment', image: g.image } });
    }
  }
  const shared = unattached.flatMap((cm) => unattachedFiles(cm, translate, notes));
  const hostOfService = hostNames(project.services, [...seen.map((s) => s.file), ...shared]);
  const files = seen.map(({ service, file, origin }) => {
    const host = hostOfService.get(service.name.value)!;
    return inContainer(file, host, { project: name, service: service.name.value, ...origin });
  });
  for (const f of shared) files.push(f);
  const hosts = new Map<string, ContainerHost>();
  for (const service of project.services) hosts.set(hostOfService.get(service.name.value)!, containerHost(name, service));
  return { name, files, consumed, notes, hosts, unused: unusedMounts(skipped, files) };
}

/**
 * The files of a ConfigMap no workload of the project uses (a repository may hold only the
 * ConfigMap): the cluster's configuration, shared by no container in particular. Its file keys
 * are read as those files, and its envtoconf keys (`HDFS-SITE.XML_...`) as the apache/hadoop
 * image writes them.
 */
export function unattachedFiles(cm: UnattachedConfigMap, translate: Translate, notes: ContainerProblem[]): ClusterFile[] {
  const out: ClusterFile[] = [];
  for (const inline of cm.files) {
    const file = inlineConfig(inline);
    if (file) out.push(file);
  }
  if (cm.env.length === 0) return out;
  const service: ContainerService = {
    file: cm.span.file,
    name: cm.name,
    names: [],
    hostname: undefined,
    image: undefined,
    env: cm.env,
    mounts: [],
    ports: [],
    extraHosts: [],
    hostNetwork: false,
    replicas: undefined,
    span: cm.span,
  };
  const translation = translate(service, () => false);
  for (const note of translation.notes) notes.push(note);
  const sites = translation.files.filter((g) => 'properties' in g);
  const kinds = sites.map((g) => g.kind) as XmlFile['kind'][];
  for (const g of sites) {
    const file = generatedFile(g, service) as XmlFile;
    out.push({ ...file, fromEnv: { formats: ['apache/hadoop image'], kinds } });
  }
  return out;
}

function containerHost(project: string, service: ContainerService): ContainerHost {
  return {
    project,
    service: service.name.value,
    names: service.names.map(located),
    published: service.ports,
    extraHosts: service.extraHosts.map((h) => located(h.name)),
    hostNetwork: service.hostNetwork,
    replicas: service.replicas,
    image: service.image ? located(service.image) : undefined,
    podDomains: (service.podDomains ?? []).map((d) => d.toLowerCase()),
  };
}

/**
 * Each service's host name: the first of its names that the configuration uses (a server line
 * names `zoo1`, the service's hostname), else its service name. The rules then match the
 * configuration's names to hosts as they do for host folders.
 */
function hostNames(services: readonly ContainerService[], files: readonly ClusterFile[]): Map<string, string> {
  const named = namedHosts(files);
  const out = new Map<string, string>();
  for (const s of services) {
    const used = s.names.find((n) => named.has(hostKey(n.value)));
    out.set(s.name.value, used?.value ?? s.name.value);
  }
  return out;
}
