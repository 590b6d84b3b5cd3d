/**
 * ContainerServices made by hand from a small compose-like text, so that every SourcedText has
 * the real span (and copiedFrom offset) of its characters, as the Compose reader gives them.
 */
import type { ContainerEnv, ContainerService, SourcedText } from '../../src/containers/types.ts';
import { SourceText } from '../../src/text/source-text.ts';

/**
 * The env entry of a line `NAME: value`, `NAME=value` or `- NAME=value` of service `nth`'s block:
 * the value copied (without quotes), or unknown when `unknown` (a `${VAR}` nothing sets).
 */
function envLine(src: SourceText, lineStart: number, unknown: boolean): ContainerEnv {
  const line = src.text.slice(lineStart, src.text.indexOf('\n', lineStart) < 0 ? src.text.length : src.text.indexOf('\n', lineStart));
  const m = /^(\s*(?:-\s*)?)([A-Za-z_][A-Za-z0-9_]*)(:\s*|=)(.*)$/.exec(line);
  if (!m) throw new Error(`not an env line: ${line}`);
  const nameAt = lineStart + m[1]!.length;
  const name = { value: m[2]!, span: src.span(nameAt, nameAt + m[2]!.length), copiedFrom: { src, offset: nameAt } };
  let valueAt = nameAt + m[2]!.length + m[3]!.length;
  let raw = m[4]!;
  if (/^(["']).*\1$/.test(raw)) {
    raw = raw.slice(1, -1);
    valueAt++;
  }
  const value = unknown ? undefined : { value: raw, span: src.span(valueAt, valueAt + raw.length), copiedFrom: { src, offset: valueAt } };
  return { name, value, span: src.span(lineStart + m[1]!.replace(/-\s*$/, '').length, lineStart + line.length) };
}

/**
 * The service whose key is `name:` in the text: its `image:` value and the env lines listed
 * (by variable name, in order), found after the service key.
 */
export function serviceFrom(src: SourceText, name: string, env: readonly string[], options: { unknown?: readonly string[] } = {}): ContainerService {
  const keyAt = src.text.indexOf(`\n  ${name}:\n`) + 3;
  const next = src.text.slice(keyAt + name.length).search(/\n {2}\S/);
  const end = next < 0 ? src.text.length : keyAt + name.length + next;
  const block = src.text.slice(keyAt, end);
  const imageMatch = /image: *(\S+)/.exec(block);
  const image = imageMatch ? { value: imageMatch[1]!, span: src.span(keyAt + imageMatch.index + imageMatch[0].length - imageMatch[1]!.length, keyAt + imageMatch.index + imageMatch[0].length), copiedFrom: { src, offset: keyAt + imageMatch.index + imageMatch[0].length - imageMatch[1]!.length } } : undefined;
  const entries = env.map((v) => {
    const m = new RegExp(`\\n(\\s*(?:-\\s*)?)${v}[:=]`).exec(block);
    if (!m) throw new Error(`${v} is not set in ${name}`);
    return envLine(src, keyAt + m.index + 1, options.unknown?.includes(v) ?? false);
  });
  const nameText: SourcedText = { value: name, span: src.span(keyAt, keyAt + name.length), copiedFrom: { src, offset: keyAt } };
  return {
    file: src.path,
    name: nameText,
    names: [nameText],
    hostname: undefined,
    image,
    env: entries,
    mounts: [],
    ports: [],
    extraHosts: [],
    hostNetwork: false,
    replicas: undefined,
    span: nameText.span,
  };
}

export function composeSource(text: string, path = 'docker-compose.yml'): SourceText {
  return new SourceText(path, text);
}
