/**
 * Compose's variable interpolation (compose-spec 12-interpolation.md; compose-go's template
 * package): `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty), `${VAR-default}` (unset),
 * `${VAR:?err}` / `${VAR?err}` (required), `${VAR:+alt}` / `${VAR+alt}` (alternative), `$$` for a
 * dollar, a default itself interpolated (`${A:-${B}}`). The variables are those of the project's
 * `.env` only: hacheck never reads its own environment, which is not the one the stack runs with.
 */
import type { SourcedText } from '../types.ts';

export type Variables = ReadonlyMap<string, string>;

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/**
 * The value as Compose would pass it on, or undefined when it depends on a variable that is not
 * set and has no default (or a required one). A value without `$` keeps its place character for
 * character; an interpolated one points at the whole value.
 */
export function interpolate(text: SourcedText, vars: Variables): SourcedText | undefined {
  if (!text.value.includes('$')) return text;
  const value = substitute(text.value, vars);
  return value === undefined ? undefined : { value, span: text.span };
}

/** The string with its variables replaced, or undefined when one is unknown. */
export function substitute(s: string, vars: Variables): string | undefined {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const dollar = s.indexOf('$', i);
    if (dollar < 0) return out + s.slice(i);
    out += s.slice(i, dollar);
    const next = s[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const close = matchingBrace(s, dollar + 2);
      // An unclosed `${` is an invalid template for Compose: the value is not known.
      if (close < 0) return undefined;
      const v = braced(s.slice(dollar + 2, close), vars);
      if (v === undefined) return undefined;
      out += v;
      i = close + 1;
    } else {
      const name = NAME.exec(s.slice(dollar + 1))?.[0];
      if (!name) {
        // A lone `$` (followed by neither a name nor a brace) is kept as written.
        out += '$';
        i = dollar + 1;
        continue;
      }
      const v = vars.get(name);
      if (v === undefined) return undefined;
      out += v;
      i = dollar + 1 + name.length;
    }
  }
  return out;
}

/** The `}` closing the `${` whose content starts at `from`, nested `${...}` counted. */
function matchingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `VAR`, `VAR:-x`, `VAR-x`, `VAR:?x`, `VAR?x`, `VAR:+x`, `VAR+x`. */
function braced(inner: string, vars: Variables): string | undefined {
  const name = NAME.exec(inner)?.[0];
  if (!name) return undefined;
  const rest = inner.slice(name.length);
  const value = vars.get(name);
  if (rest === '') return value;
  const colon = rest.startsWith(':');
  const op = rest[colon ? 1 : 0];
  const arg = rest.slice(colon ? 2 : 1);
  // With a colon, an empty value counts as unset.
  const isSet = value !== undefined && (!colon || value !== '');
  switch (op) {
    case '-':
      return isSet ? value : substitute(arg, vars);
    case '?':
      // Compose refuses to run: the value is not known.
      return isSet ? value : undefined;
    case '+':
      return isSet ? substitute(arg, vars) : '';
    default:
      return undefined;
  }
}
