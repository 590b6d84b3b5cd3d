import type { Finding } from '../engine/rule.ts';

/**
 * --quiet: errors only, as ESLint's --quiet (getErrorResults) filters what
 * every formatter receives; warnings and info are still found and counted.
 */
export function quietFindings(findings: readonly Finding[]): readonly Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
