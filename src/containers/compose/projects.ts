/**
 * The Compose projects of a folder's compose files, as `docker compose` would run them.
 *
 * The base file (compose-go's DefaultFileNames order) with its override file merged in is one
 * project, as `docker compose up` reads it. Every other compose file of the folder is either an
 * overlay (`docker compose -f base -f variant`: it only adds to services of the base, at least one
 * of them partial, without `image` or `build`) and then makes the project base + overlay, or a
 * project of its own (a `docker-compose-kraft.yml` beside a `docker-compose.yml` is another way to
 * run the stack). The projects are independent: they are alternatives run one at a time, so a
 * service name or port that two of them share is no clash, and each is checked on its own.
 */
import { SourceText } from '../../text/source-text.ts';
import type { ContainerProblem, ContainerProject, SourcedText } from '../types.ts';
import { buildService } from './build-service.ts';
import { readComposeFile, type ComposeFile, type TopConfig } from './compose-file.ts';
import { readDotenv } from './dotenv.ts';
import { baseFileName, overrideFileName } from './file-names.ts';
import type { Variables } from './interpolate.ts';
import { mergeParts } from './merge-parts.ts';
import { folderOf } from './paths.ts';
import type { ServiceParts } from './service-parts.ts';

export function composeProjects(files: readonly { path: string; text: string }[], readFile: (path: string) => string | undefined): ContainerProject[] {
  const byFolder = new Map<string, { path: string; text: string }[]>();
  for (const f of files) {
    const folder = folderOf(f.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
  }
  const out: ContainerProject[] = [];
  for (const [folder, group] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.push(...folderProjects(folder, group, readFile));
  return out;
}

function folderProjects(folder: string, group: readonly { path: string; text: string }[], readFile: (path: string) => string | undefined): ContainerProject[] {
  const vars = projectVariables(folder, readFile);
  const sorted = [...group].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const read = new Map(sorted.map((f) => [f.path, readComposeFile(f.path, f.text, vars)]));
  const nameOf = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  const names = sorted.map((f) => nameOf(f.path));
  const baseName = baseFileName(names);
  const overName = overrideFileName(names);
  const pathOf = (name: string | undefined) => sorted.find((f) => nameOf(f.path) === name)?.path;
  const base = baseName === undefined ? undefined : read.get(pathOf(baseName)!)!;
  const override = baseName === undefined || overName === undefined ? undefined : read.get(pathOf(overName)!)!;
  const projects: ContainerProject[] = [];
  const baseFiles = [base, override].filter((f): f is ComposeFile => f !== undefined);
  if (base) projects.push(project(baseFiles, vars, readFile));
  for (const f of sorted) {
    const file = read.get(f.path)!;
    if (file === base || file === override) continue;
    if (base && isOverlay(file, base, override)) projects.push(project([...baseFiles, file], vars, readFile));
    else projects.push(project([file], vars, readFile));
  }
  return projects;
}

/** Every service it defines exists in the base, and one at least is partial (neither `image` nor `build`). */
function isOverlay(file: ComposeFile, base: ComposeFile, override: ComposeFile | undefined): boolean {
  if (file.problems.length > 0 || file.services.size === 0) return false;
  const known = (name: string) => base.services.has(name) || (override?.services.has(name) ?? false);
  const all = [...file.services.values()];
  return all.every((s) => known(s.name.value)) && all.some((s) => !s.complete);
}

function project(files: readonly ComposeFile[], vars: Variables, readFile: (path: string) => string | undefined): ContainerProject {
  const problems: ContainerProblem[] = files.flatMap((f) => f.problems);
  const services = new Map<string, ServiceParts>();
  const configs = new Map<string, TopConfig>();
  for (const f of files) {
    for (const [name, s] of f.services) {
      const earlier = services.get(name);
      services.set(name, earlier ? mergeParts(earlier, s) : s);
    }
    for (const [name, c] of f.configs) configs.set(name, c);
  }
  // `links: ["zk:zookeeper"]` makes the linked service reachable as "zookeeper".
  const linkAliases = new Map<string, SourcedText[]>();
  for (const s of services.values()) {
    for (const l of s.links) if (l.alias) linkAliases.set(l.service, [...(linkAliases.get(l.service) ?? []), l.alias]);
  }
  const ctx = { configs, vars, readFile, linkAliases, problems };
  const built = [...services.values()].map((s) => buildService(s, ctx));
  return { kind: 'compose', files: files.map((f) => f.path), services: built, problems };
}

/** The variables of the project folder's `.env`, the only source Compose interpolation reads here. */
function projectVariables(folder: string, readFile: (path: string) => string | undefined): Variables {
  const path = folder === '' ? '.env' : `${folder}/.env`;
  const text = readFile(path);
  const vars = new Map<string, string>();
  if (text === undefined) return vars;
  for (const e of readDotenv(new SourceText(path, text), new Map())) if (e.value) vars.set(e.name.value, e.value.value);
  return vars;
}
