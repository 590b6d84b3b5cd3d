import { countFindings } from '../engine/post.ts';
import type { Finding, RelatedLocation } from '../engine/rule.ts';
import type { Cluster } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { stringifySafe } from './json-text.ts';
import { runProblems, type RunProblemSource } from './run-problems.ts';

/**
 * The version of the JSON shape, documented in docs/json-format.md and
 * schemas/json-format.schema.json. Raise it when a field is removed, renamed or
 * changes meaning; adding a field keeps it.
 */
export const JSON_SCHEMA_VERSION = 1;

export interface JsonInput {
  readonly findings: readonly Finding[];
  readonly cluster: Cluster;
  readonly toolVersion: string;
  readonly internalErrors?: RunProblemSource['internalErrors'];
}

interface JsonLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The host folder the file belongs to; null for a shared file. */
  readonly host: string | null;
}

function locate(span: Span, hostOf: ReadonlyMap<string, string | undefined>): JsonLocation {
  return {
    file: span.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    host: hostOf.get(span.file) ?? null,
  };
}

function related(r: RelatedLocation, hostOf: ReadonlyMap<string, string | undefined>) {
  return { ...locate(r.span, hostOf), message: r.message };
}

/** `--format json`: one document with the tool, counts and every finding. */
export function formatJson(input: JsonInput): string {
  const hostOf = new Map([...input.cluster.files, ...input.cluster.unchecked].map((f) => [f.path, f.host]));
  const n = countFindings(input.findings);
  return stringifySafe({
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'hacheck', version: input.toolVersion },
    summary: { errors: n.errors, warnings: n.warnings, infos: n.infos },
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...locate(f.span, hostOf),
      ...(f.cluster === undefined ? {} : { cluster: f.cluster }),
      docsUrl: f.docsUrl,
      related: f.related.map((r) => related(r, hostOf)),
    })),
    problems: runProblems(input).map((p) => ({ kind: p.kind, message: p.message, path: p.path ?? null })),
  });
}
