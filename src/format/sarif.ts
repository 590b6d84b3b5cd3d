import { pathToFileURL } from 'node:url';
import type { Finding, Rule, Severity } from '../engine/rule.ts';
import { docsUrl } from '../engine/rule.ts';
import type { Span } from '../text/span.ts';
import { stringifySafe } from './json-text.ts';
import { FINGERPRINT_KEY, partialFingerprints } from './sarif-fingerprint.ts';
import { runProblems, type RunProblemSource } from './run-problems.ts';

/** The uriBaseId every artifact location is relative to: the linted directory. */
export const ROOT_BASE_ID = 'CLUSTERROOT';

export interface SarifInput {
  readonly findings: readonly Finding[];
  /** The rules that ran: each becomes a reportingDescriptor, in this order. */
  readonly rules: readonly Rule[];
  readonly toolVersion: string;
  /** Absolute path of the linted directory. */
  readonly root: string;
  /** Files not read and links not followed, reported as tool execution notifications. */
  readonly cluster?: RunProblemSource['cluster'];
  readonly internalErrors?: RunProblemSource['internalErrors'];
}

/**
 * The run's own problems as SARIF tool execution notifications: GitHub code scanning shows them
 * on the tool's status page, so a check that could not read a file does not pass for complete.
 */
function invocation(input: SarifInput) {
  const problems = input.cluster ? runProblems({ cluster: input.cluster, ...(input.internalErrors ? { internalErrors: input.internalErrors } : {}) }) : [];
  return {
    executionSuccessful: problems.every((p) => p.kind === 'skipped'),
    toolExecutionNotifications: problems.map((p) => ({
      level: p.kind === 'skipped' ? 'note' : 'error',
      message: { text: p.message },
      ...(p.path === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(p.path), uriBaseId: ROOT_BASE_ID } } }] }),
    })),
  };
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative URI reference for a path with forward slashes: each segment percent-encoded. */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The directory as a file URI ending in "/", as SARIF requires of a base URI. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function physicalLocation(span: Span) {
  return {
    artifactLocation: { uri: relativeUri(span.file), uriBaseId: ROOT_BASE_ID },
    region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
  };
}

function descriptor(rule: Rule) {
  const m = rule.meta;
  return {
    id: m.id,
    shortDescription: { text: m.description },
    fullDescription: { text: m.rationale, markdown: m.rationale },
    help: { text: m.fix, markdown: m.fix },
    helpUri: docsUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: [m.id.split('/')[0]!] },
  };
}

/** `--format sarif`: one SARIF 2.1.0 log with one run. */
export function formatSarif(input: SarifInput): string {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.meta.id, i]));
  const fingerprints = partialFingerprints(input.findings);
  const results = input.findings.map((f, i) => {
    const index = ruleIndex.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: physicalLocation(f.span) }],
      ...(f.related.length === 0
        ? {}
        : { relatedLocations: f.related.map((r, j) => ({ id: j + 1, physicalLocation: physicalLocation(r.span), message: { text: r.message } })) }),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i]! },
      // A property bag (SARIF 2.1.0 section 3.8): which of the directory's clusters the result is about.
      ...(f.cluster === undefined ? {} : { properties: { cluster: f.cluster } }),
    };
  });
  return stringifySafe({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hacheck',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            informationUri: 'https://github.com/hacheck/hacheck',
            rules: input.rules.map(descriptor),
          },
        },
        originalUriBaseIds: { [ROOT_BASE_ID]: { uri: directoryUri(input.root), description: { text: 'The linted cluster directory' } } },
        // Columns count UTF-16 code units (src/text/source-text.ts).
        columnKind: 'utf16CodeUnits',
        invocations: [invocation(input)],
        results,
      },
    ],
  });
}
