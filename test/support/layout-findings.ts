/**
 * Comparing a container layout's compact output with its plain twin's (fixtures/layouts/):
 * the same findings, places aside, where copies may be fewer (one compose anchor or one
 * StatefulSet template sets a value that each of the twin's files sets again).
 */

/** Findings and notes without their places (`path:line:col: `). */
export function withoutPlaces(compact: string): string {
  return compact.replace(/^( *)[^\s:][^:\n]*:\d+:\d+: /gm, '$1');
}

/** Each finding with its notes, in output order. */
function blocks(compact: string): string[] {
  const out: string[] = [];
  for (const line of compact.split('\n').filter((l) => l !== '')) {
    if (line.startsWith(' ') && out.length > 0) out[out.length - 1] += `\n${line}`;
    else out.push(line);
  }
  return out;
}

/** The distinct findings, each with its notes, without places, sorted. */
export function distinctFindings(compact: string): string[] {
  return [...new Set(blocks(withoutPlaces(compact)))].sort();
}

/** The output without the findings of one rule (with their notes). */
export function withoutRule(compact: string, rule: string): string {
  return blocks(compact).filter((b) => !b.split('\n')[0]!.endsWith(`[${rule}]`)).map((b) => `${b}\n`).join('');
}

/** Where each finding and note is: `path:line:col`. */
export function places(compact: string): string[] {
  return compact.split('\n').filter((l) => l !== '').map((l) => l.trim().slice(0, l.trim().indexOf(': ')));
}
