import { locatedValue } from '../model/hdfs-topology.ts';
import type { ConfProperty } from '../model/types.ts';
import type { Located, Span } from '../text/span.ts';

/**
 * The lines of a property value, each with its own span when the value was
 * written verbatim (no entity, CDATA, comment or ${var} changed its text);
 * otherwise every line carries the span of the whole value.
 */
export function valueLines(p: ConfProperty): Located<string>[] {
  const raw = p.prop.value;
  if (!raw || raw.value.includes('${')) {
    const whole = locatedValue(p);
    return p.value.split('\n').map((value) => ({ value, span: whole.span }));
  }
  const lines = raw.value.split('\n');
  const s = raw.span;
  const last = lines[lines.length - 1]!;
  const exact = s.endLine === s.line + lines.length - 1 && s.endColumn === (lines.length === 1 ? s.column : 1) + last.length;
  return lines.map((value, i) => {
    const column = i === 0 ? s.column : 1;
    const span: Span = exact
      ? { file: s.file, line: s.line + i, column, endLine: s.line + i, endColumn: column + value.length }
      : s;
    return { value, span };
  });
}
