/** A project's merged service parts as the ContainerService the cluster model reads. */
import { MappedTextBuilder } from '../../text/mapped-source.ts';
import { SourceText } from '../../text/source-text.ts';
import { appendSourced } from '../sourced.ts';
import type { ContainerEnv, ContainerMount, ContainerProblem, ContainerService, SourcedText } from '../types.ts';
import type { TopConfig } from './compose-file.ts';
import { readDotenv } from './dotenv.ts';
import { interpolate, type Variables } from './interpolate.ts';
import type { ServiceParts } from './service-parts.ts';

export interface ProjectContext {
  readonly configs: ReadonlyMap<string, TopConfig>;
  readonly vars: Variables;
  readonly readFile: (path: string) => string | undefined;
  /** Service name → the aliases other services' `links:` give it. */
  readonly linkAliases: ReadonlyMap<string, readonly SourcedText[]>;
  readonly problems: ContainerProblem[];
}

export function buildService(p: ServiceParts, ctx: ProjectContext): ContainerService {
  const names: SourcedText[] = [];
  const seen = new Set<string>();
  const addName = (n: SourcedText | undefined) => {
    if (n && n.value !== '' && !seen.has(n.value)) {
      seen.add(n.value);
      names.push(n);
    }
  };
  addName(p.name);
  addName(p.hostname);
  addName(p.containerName);
  for (const list of p.aliases.values()) list.forEach(addName);
  ctx.linkAliases.get(p.name.value)?.forEach(addName);
  return {
    file: p.file,
    name: p.name,
    names,
    hostname: p.hostname,
    image: p.image,
    env: [...envFileEntries(p, ctx), ...p.environment.values()],
    ...unreadEnvFile(p),
    mounts: [...p.volumes.values(), ...configMounts(p, ctx)],
    ports: [...p.ports.values()],
    extraHosts: [...p.extraHosts.values()],
    hostNetwork: p.networkMode === 'host',
    replicas: p.replicas ?? p.scale,
    ...(p.command ? { command: p.command } : {}),
    ...(p.entrypoint ? { entrypoint: p.entrypoint } : {}),
    span: p.span,
  };
}

/** The first `env_file` entry outside the tree, which hacheck does not read. */
function unreadEnvFile(p: ServiceParts): Pick<ContainerService, 'unreadEnvFile'> {
  const ref = p.envFiles.find((r) => r.path === undefined);
  return ref ? { unreadEnvFile: ref.span } : {};
}

/** The variables of the `env_file` files, in order; a required file that cannot be read is a problem at its entry. */
function envFileEntries(p: ServiceParts, ctx: ProjectContext): ContainerEnv[] {
  const out: ContainerEnv[] = [];
  for (const ref of p.envFiles) {
    const text = ref.path === undefined ? undefined : ctx.readFile(ref.path);
    if (ref.path === undefined) {
      // Compose reads it where it is; hacheck never reads outside the tree, so its values are unknown, not wrong.
      ctx.problems.push({ span: ref.span, kind: 'unknown', message: 'env_file is outside the linted directory, so the variables it sets, and what the image writes from them, are not known here' });
      continue;
    }
    if (text === undefined) {
      if (ref.required) ctx.problems.push({ span: ref.span, message: `env_file "${ref.path}" is missing or unreadable: Compose refuses to start the service` });
      continue;
    }
    for (const e of readDotenv(new SourceText(ref.path!, text), ctx.vars)) out.push({ name: e.name, value: e.value, span: e.span });
  }
  return out;
}

/** `configs:` of the service: a file of the tree at its target, or the text written in the compose file. */
function configMounts(p: ServiceParts, ctx: ProjectContext): ContainerMount[] {
  const out: ContainerMount[] = [];
  for (const use of p.configs.values()) {
    const c = ctx.configs.get(use.source);
    if (!c || c.kind === 'opaque') out.push({ kind: 'opaque', target: use.target, span: use.span });
    else if (c.kind === 'file') out.push({ kind: 'tree', source: c.path, target: use.target, span: use.span });
    else {
      const builder = new MappedTextBuilder();
      const whole = c.content.text!;
      const value = interpolate(whole, ctx.vars);
      if (value === undefined) {
        out.push({ kind: 'opaque', target: use.target, span: use.span });
        continue;
      }
      // Line by line when the block's lines are copied as written; else every character at the whole value.
      if (c.content.lines && value === whole) {
        const lines = c.content.lines;
        // A `|-` block has no line break after its last line.
        lines.forEach((line, i) => {
          appendSourced(builder, line);
          if (i < lines.length - 1 || whole.value.endsWith('\n')) builder.at('\n', line.span);
        });
      } else appendSourced(builder, value);
      const text = builder.build(whole.span.file);
      out.push({ kind: 'inline', target: use.target, files: [{ target: use.target, text, span: c.span }], span: use.span });
    }
  }
  return out;
}
