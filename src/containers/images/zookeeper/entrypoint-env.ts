/**
 * What an entrypoint script sees of a container's environment, and the lines it writes from it:
 * shared by the ZooKeeper images' translations (official, Bitnami, Confluent).
 */
import { appendSourced } from '../../sourced.ts';
import type { ContainerEnv, ContainerProblem, ContainerService, SourcedText } from '../../types.ts';
import { MappedTextBuilder } from '../../../text/mapped-source.ts';
import type { MappedSourceText } from '../../../text/mapped-source.ts';
import type { Span } from '../../../text/span.ts';

/** The entry that sets a variable, later entries winning as they do in the container (src/containers/types.ts). */
export function envEntry(service: ContainerService, name: string): ContainerEnv | undefined {
  let found: ContainerEnv | undefined;
  for (const e of service.env) if (e.name.value === name) found = e;
  return found;
}

/** Where what the image itself writes points: its `image:` value, else the service. */
export function imageSpan(service: ContainerService): Span {
  return service.image?.span ?? service.span;
}

/** Text the entrypoint writes itself, pointing at `span` as a whole. */
export function written(value: string, span: Span): SourcedText {
  return { value, span };
}

/**
 * A variable as a script reads it: set in the definition (`env`), or the image's default.
 * `unknown` when the definition sets it to a value hacheck cannot know.
 */
export type EnvValue =
  | { readonly kind: 'known'; readonly text: SourcedText; readonly env: ContainerEnv | undefined }
  | { readonly kind: 'unknown'; readonly env: ContainerEnv };

/**
 * The value of `name`, or `fallback` (at the image's span) when it is not set. `emptyIsUnset`
 * for `${VAR:-default}` (an empty value takes the default too); false for a Dockerfile `ENV`
 * default, which a variable set to "" replaces.
 */
export function envValue(service: ContainerService, name: string, fallback: string | undefined, emptyIsUnset: boolean): EnvValue | undefined {
  const env = envEntry(service, name);
  if (env && !env.value) return { kind: 'unknown', env };
  if (env?.value && !(emptyIsUnset && env.value.value === '')) return { kind: 'known', text: env.value, env };
  if (fallback === undefined) return undefined;
  return { kind: 'known', text: written(fallback, imageSpan(service)), env: undefined };
}

/** The note for a variable whose value hacheck cannot know. */
export function unknownNote(env: ContainerEnv, image: string, consequence: string): ContainerProblem {
  return { span: env.span, kind: 'unknown', message: `the value of ${env.name.value} is not known here, so ${consequence} (${image})` };
}

/** The notes for variables the entrypoint does not read because the file they would write is mounted. */
export function ignoredBecauseMounted(service: ContainerService, names: readonly string[], image: string, path: string): ContainerProblem[] {
  const notes: ContainerProblem[] = [];
  for (const name of names) {
    const env = envEntry(service, name);
    if (env) notes.push({ span: env.span, kind: 'ignored', message: `the ${image} ignores ${name}: ${path} is mounted, so its entrypoint does not write it` });
  }
  return notes;
}

/** Every variable whose name starts with `prefix`, each once (its winning entry), in definition order. */
export function envWithPrefix(service: ContainerService, prefix: string): ContainerEnv[] {
  const out: ContainerEnv[] = [];
  for (const e of service.env) {
    if (!e.name.value.startsWith(prefix)) continue;
    const last = envEntry(service, e.name.value);
    if (last === e) out.push(e);
  }
  return out;
}

/** One line of a generated file, as the pieces that wrote it. */
export type GeneratedLine = readonly SourcedText[];

/** `key=value`: the key (and `=`) pointing at the entry that set it, or at the image when it is a default. */
export function keyValueLine(key: string, value: EnvValue & { kind: 'known' }, service: ContainerService): GeneratedLine {
  const keySpan = value.env?.span ?? imageSpan(service);
  return [written(`${key}=`, keySpan), value.text];
}

/** The lines as one text, each ending in a line break that points where its last piece does. */
export function buildLines(lines: readonly GeneratedLine[], file: string): MappedSourceText {
  const builder = new MappedTextBuilder();
  for (const line of lines) {
    for (const piece of line) appendSourced(builder, piece);
    const last = line[line.length - 1];
    if (last) builder.at('\n', last.span);
  }
  return builder.build(file);
}
