/**
 * Reads the container definitions discovery found (compose files, Kubernetes manifests) into
 * projects, one cluster each, with the files every container sees (src/containers/project-files.ts).
 * The tree files a project reads (bind mounts, env_file, its .env) become the project's: the
 * plain clusters of the tree no longer hold them.
 */
import { createHash } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { scanSuppressions, type Suppression } from '../parse/suppressions.ts';
import { posix, resolve } from 'node:path';
import type { DiscoveredFile } from '../discover.ts';
import type { ClusterPart } from '../discovery/clusters.ts';
import type { DefinitionFile, SetAside } from '../discovery/plan.ts';
import { loadFiles } from '../model/load.ts';
import type { ClusterFile, ContainerHost } from '../model/types.ts';
import { readRegularFile } from '../read/read-regular-file.ts';
import { insideTree } from '../read/inside-tree.ts';
import { SourceText, decodeUtf8 } from '../text/source-text.ts';
import { configFileCandidate } from './file-kind.ts';
import { composeProjects } from './compose/index.ts';
import { kubernetesProject, type UnattachedConfigMap } from './kubernetes/index.ts';
import { translateImage } from './images/translate.ts';
import { isContainerDefinition } from './definition-files.ts';
import { projectFiles, unattachedFiles } from './project-files.ts';
import type { ContainerProblem, ContainerProject } from './types.ts';

export interface ReadProject {
  readonly part: ClusterPart;
  /** Every tree path that is the project's: its definitions and what its containers read. */
  readonly paths: ReadonlySet<string>;
  readonly files: readonly ClusterFile[];
  readonly notes: readonly ContainerProblem[];
  readonly hosts: ReadonlyMap<string, ContainerHost>;
  /** Its definition files and the env files its containers load, for the files listing. */
  readonly definitions: readonly DefinitionFile[];
}

export interface ContainerProjects {
  readonly projects: readonly ReadProject[];
  readonly setAside: readonly SetAside[];
}


function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function groupByFolder(files: readonly DiscoveredFile[]): Map<string, DiscoveredFile[]> {
  const out = new Map<string, DiscoveredFile[]>();
  for (const f of files) {
    const key = folderOf(f.path);
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  }
  return out;
}

export async function readContainerProjects(found: readonly DiscoveredFile[], tree: readonly ClusterFile[], options: { readonly root: string; readonly maxFileSize: number }): Promise<ContainerProjects> {
  const definitions = found.filter(isContainerDefinition);
  if (definitions.length === 0) return { projects: [], setAside: [] };
  const realRoot = realpathSync(options.root);
  const setAside: SetAside[] = [];
  /** Reads a tree file as UTF-8 (Compose and Kubernetes read YAML and env files so), never outside the tree. */
  const sources = new Map<string, { lineCount: number; hash: string; suppressions: readonly Suppression[] }>();
  const readText = (path: string): string | undefined => {
    let real: string;
    try {
      real = realpathSync(resolve(realRoot, path));
    } catch {
      return undefined;
    }
    if (!insideTree(realRoot, real)) return undefined;
    const read = readRegularFile(real, options.maxFileSize);
    if (!read.ok) return undefined;
    const text = decodeUtf8(read.bytes);
    if (text.includes('\0')) return undefined;
    const src = new SourceText(path, text);
    sources.set(path, { lineCount: src.lineCount, hash: createHash('sha1').update('definition\0').update(text).digest('hex'), suppressions: scanSuppressions(src, 'hash') });
    return text;
  };
  const texts = (files: readonly DiscoveredFile[]) =>
    files.flatMap((f) => {
      const text = readText(f.path);
      if (text === undefined) {
        setAside.push({ path: f.path, reason: 'cannot be read: not a readable UTF-8 text file' });
        return [];
      }
      return [{ path: f.path, text }];
    });

  const projects: { project: ContainerProject; read: Set<string>; unattached: readonly UnattachedConfigMap[] }[] = [];
  for (const [, files] of groupByFolder(definitions.filter((f) => f.check === 'compose'))) {
    const read = new Set<string>();
    const readFile = (path: string) => {
      const text = readText(path);
      if (text !== undefined) read.add(path);
      return text;
    };
    for (const project of composeProjects(texts(files), readFile)) projects.push({ project, read, unattached: [] });
  }
  for (const [, files] of groupByFolder(definitions.filter((f) => f.check === 'kubernetes'))) {
    const manifests = texts(files);
    const project = kubernetesProject(manifests);
    for (const path of project.templates) setAside.push({ path, reason: 'template' });
    if (project.services.length > 0 || project.unattached.length > 0 || project.problems.length > 0) projects.push({ project, read: new Set(), unattached: project.unattached });
  }

  const extra = await mountedUnrecognised(projects.map((p) => p.project), tree, realRoot, options.maxFileSize);
  const all = [...tree, ...extra];
  return {
    projects: projects.map(({ project, read, unattached }) => {
      const files = projectFiles(project, all, translateImage, unattached);
      const paths = new Set([...project.files, ...read, ...files.consumed]);
      const root = folderOf(project.files[0]!);
      const definitions = definitionsOf(project, read, (path) => sources.get(path) ?? { lineCount: 1, hash: path, suppressions: [] }).map((d) => {
        const shared = files.files.filter((f) => f.path === d.path && f.host === undefined).map((f) => f.kind);
        return shared.length > 0 ? { ...d, use: { ...d.use, shared } } : d;
      });
      for (const u of files.unused) setAside.push(u);
      return { part: { name: files.name, root, units: [] }, paths, files: files.files, notes: files.notes, hosts: files.hosts, definitions };
    }),
    setAside,
  };
}

/** The project's own files: its definitions, each naming its containers, and each file read for it, naming the containers whose environment it sets. */
function definitionsOf(project: ContainerProject, read: ReadonlySet<string>, source: (path: string) => Pick<DefinitionFile, 'lineCount' | 'hash' | 'suppressions'>): DefinitionFile[] {
  const all = project.services.map((s) => s.name.value);
  const role = project.kind === 'compose' ? 'compose file' : 'Kubernetes manifests';
  const out: DefinitionFile[] = project.files.map((path) => ({ path, use: { role, services: all }, ...source(path) }));
  for (const path of read) {
    if (project.files.includes(path)) continue;
    const services = project.services.filter((s) => s.env.some((e) => e.span.file === path)).map((s) => s.name.value);
    out.push({ path, use: { role: services.length > 0 ? 'env file' : 'Compose variables', services }, ...source(path) });
  }
  return out;
}

/**
 * Tree files mounted at a name hacheck reads (`./zk/zoo1.conf:/conf/zoo.cfg`) that discovery did
 * not take by their own name: read as the kind of their name in the container.
 */
async function mountedUnrecognised(projects: readonly ContainerProject[], tree: readonly ClusterFile[], realRoot: string, maxFileSize: number): Promise<ClusterFile[]> {
  const known = new Set(tree.map((f) => f.path));
  const wanted = new Map<string, DiscoveredFile>();
  for (const project of projects) {
    for (const service of project.services) {
      for (const mount of service.mounts) {
        if (mount.kind !== 'tree' || known.has(mount.source) || wanted.has(mount.source)) continue;
        const candidate = configFileCandidate(posix.basename(mount.target));
        if (!candidate) continue;
        let source: string;
        try {
          source = realpathSync(resolve(realRoot, mount.source));
        } catch {
          continue;
        }
        if (!insideTree(realRoot, source) || !statSync(source).isFile()) continue;
        wanted.set(mount.source, { path: mount.source, kind: candidate.kind, source, ...(candidate.check ? { check: candidate.check } : {}) });
      }
    }
  }
  if (wanted.size === 0) return [];
  const read = await loadFiles([...wanted.values()], { maxFileSize, realRoot });
  return read.files;
}
