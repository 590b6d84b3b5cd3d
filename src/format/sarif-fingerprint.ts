import { createHash } from 'node:crypto';
import type { Finding } from '../engine/rule.ts';

/** The key under result.partialFingerprints; the suffix is bumped if the recipe changes. */
export const FINGERPRINT_KEY = 'hacheck/v1';

/**
 * Parser messages cite positions ("opened in line 5, col 5"); those numbers
 * move with the text, so they are left out of the fingerprint.
 */
function withoutPositions(message: string): string {
  return message.replace(/\b(line|col|column)(\s+)\d+/gi, '$1$2#');
}

/**
 * Fingerprints that GitHub code scanning uses to follow a finding across
 * commits. They hash what the finding is (rule, file, message) and never where
 * it is (line, column), so a line added above leaves them unchanged; the n-th
 * finding with the same rule, file and message gets n in its hash, so two
 * such findings in one file stay apart. Findings arrive sorted by position,
 * which keeps n stable when unrelated lines move.
 */
export function partialFingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const what = [f.ruleId, f.span.file, withoutPositions(f.message)].join('\0');
    const n = seen.get(what) ?? 0;
    seen.set(what, n + 1);
    return createHash('sha256').update(`${what}\0${n}`).digest('hex').slice(0, 32);
  });
}
