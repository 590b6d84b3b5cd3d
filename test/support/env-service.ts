/**
 * ContainerServices made by hand for the image translations' tests: a small compose-like text
 * whose `NAME=value` lines (one a line, after optional spaces and `- `) become the service's
 * env, each name and value a SourcedText copied from that text, so every span is real.
 * A line `NAME` alone is a variable passed through from the shell: its value is unknown.
 */
import { SourceText } from '../../src/text/source-text.ts';
import type { ContainerEnv, ContainerService, SourcedText } from '../../src/containers/types.ts';

function sourced(src: SourceText, start: number, end: number): SourcedText {
  return { value: src.text.slice(start, end), span: src.span(start, end), copiedFrom: { src, offset: start } };
}

export function serviceFrom(text: string, image: string | undefined, file = 'compose.yaml'): ContainerService {
  const src = new SourceText(file, text);
  const env: ContainerEnv[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = /^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_.!-]*)(?:=(.*))?$/.exec(line);
    if (m && /^\s/.test(line)) {
      const nameStart = at + m[1]!.length;
      const nameEnd = nameStart + m[2]!.length;
      env.push({
        name: sourced(src, nameStart, nameEnd),
        value: m[3] === undefined ? undefined : sourced(src, nameEnd + 1, nameEnd + 1 + m[3].length),
        span: src.span(nameStart, at + line.length),
      });
    }
    at += line.length + 1;
  }
  const nameEnd = text.indexOf(':');
  const name = sourced(src, 0, nameEnd);
  return {
    file,
    name,
    names: [name],
    hostname: undefined,
    image: image === undefined ? undefined : { value: image, span: src.span(0, nameEnd) },
    env,
    mounts: [],
    ports: [],
    extraHosts: [],
    hostNetwork: false,
    replicas: undefined,
    span: name.span,
  };
}

export const nothingMounted = (): boolean => false;
