/**
 * ContainerProject values written as short lines for exact assertions: a SourcedText as
 * `value @file:line:col-line:col`, with `=` after the place when its characters are copied one for
 * one from the source (and checked to be: the source at copiedFrom holds the value).
 */
import type { Span } from '../../src/text/span.ts';
import type { ContainerMount, ContainerProject, ContainerService, SourcedText } from '../../src/containers/types.ts';

export function place(s: Span): string {
  return `${s.file}:${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
}

export function sourced(t: SourcedText | undefined): string {
  if (!t) return '?';
  if (t.copiedFrom) {
    const { src, offset } = t.copiedFrom;
    if (src.text.slice(offset, offset + t.value.length) !== t.value) throw new Error(`copiedFrom does not hold ${JSON.stringify(t.value)}`);
    return `${JSON.stringify(t.value)} @${place(t.span)}=`;
  }
  return `${JSON.stringify(t.value)} @${place(t.span)}`;
}

export function mount(m: ContainerMount): string {
  if (m.kind === 'tree') return `tree ${m.source} -> ${m.target} @${place(m.span)}`;
  if (m.kind === 'opaque') return `opaque ${m.target} @${place(m.span)}`;
  return `inline ${m.target} @${place(m.span)}: ${m.files.map((f) => `${f.target} ${JSON.stringify(f.text.text)}`).join(', ')}`;
}

/** One service, one field a line; empty lists and defaults left out. */
export function service(s: ContainerService): string[] {
  const out = [`service ${sourced(s.name)} in ${s.file} @${place(s.span)}`, `  names: ${s.names.map((n) => n.value).join(' ')}`];
  if (s.hostname) out.push(`  hostname: ${sourced(s.hostname)}`);
  if (s.image) out.push(`  image: ${sourced(s.image)}`);
  for (const e of s.env) out.push(`  env ${sourced(e.name)} = ${sourced(e.value)} (${place(e.span)})`);
  for (const m of s.mounts) out.push(`  mount ${mount(m)}`);
  for (const p of s.ports) out.push(`  port ${p.published ?? '-'}:${p.target} @${place(p.span)}`);
  for (const h of s.extraHosts) out.push(`  extra_host ${sourced(h.name)} -> ${sourced(h.address)}`);
  if (s.hostNetwork) out.push('  hostNetwork');
  if (s.replicas !== undefined) out.push(`  replicas: ${s.replicas}`);
  return out;
}

export function project(p: ContainerProject): string[] {
  return [`project ${p.files.join(' + ')}`, ...p.problems.map((x) => `  problem @${place(x.span)}: ${x.message}`), ...p.services.flatMap(service)];
}
