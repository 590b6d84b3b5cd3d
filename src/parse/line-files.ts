import type { Located } from '../text/span.ts';
import type { SourceText } from '../text/source-text.ts';
import { intern } from '../text/intern.ts';

/** myid as ZooKeeper reads it: the first line, untrimmed (BufferedReader.readLine). */
export interface Myid {
  readonly firstLine: Located<string>;
}

export function parseMyid(src: SourceText): Myid {
  const m = /^[^\r\n]*/.exec(src.text)!;
  return { firstLine: { value: m[0], span: src.span(0, m[0].length) } };
}

/** slaves / workers: `#` starts a comment, host names are separated by whitespace. */
export interface HostList {
  readonly hosts: readonly Located<string>[];
}

export function parseHostList(src: SourceText): HostList {
  const hosts: Located<string>[] = [];
  const re = /[^\s#]+|#[^\n]*/g;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    if (m[0].startsWith('#')) continue;
    hosts.push({ value: m[0], span: src.span(m.index, m.index + m[0].length) });
  }
  return { hosts };
}

/** One directive of ntp.conf or chrony.conf: a keyword and its arguments. */
export interface TimeDirective {
  readonly keyword: Located<string>;
  readonly args: readonly Located<string>[];
}

export interface TimeConfig {
  readonly directives: readonly TimeDirective[];
}

/**
 * ntp.conf: `#` comments to end of line. chrony.conf: lines starting with
 * `!`, `;`, `#` or `%` are comments and keywords are case-insensitive.
 */
export function parseTimeConfig(src: SourceText, flavour: 'ntp' | 'chrony'): TimeConfig {
  const directives: TimeDirective[] = [];
  src.text.split('\n').forEach((_, index) => {
    const start = src.lineStarts[index]!;
    let line = src.text.slice(start, src.lineStarts[index + 1] ?? src.text.length).replace(/\r?\n$/, '');
    if (flavour === 'ntp') {
      const hash = line.indexOf('#');
      if (hash >= 0) line = line.slice(0, hash);
    } else if (/^\s*[!;#%]/.test(line)) {
      return;
    }
    const words: Located<string>[] = [];
    const re = /\S+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      words.push({ value: intern(m[0]), span: src.span(start + m.index, start + m.index + m[0].length) });
    }
    const keyword = words[0];
    if (keyword) {
      directives.push({
        keyword: flavour === 'chrony' ? { value: keyword.value.toLowerCase(), span: keyword.span } : keyword,
        // slice(), not a rest pattern: the rest pattern grows its array by pushing, to room for 17
        // elements, which for a few words per line was 5% of the heap at 3,000 hosts.
        args: words.slice(1),
      });
    }
  });
  return { directives };
}
