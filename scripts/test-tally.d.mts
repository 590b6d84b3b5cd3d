// Types of scripts/test-tally.mjs (plain JavaScript: scripts/test.mjs runs under node without tsx).
export function tally(uvuOutput: string, skipLog: string, run: { code: number | null; ci: boolean }): { lines: string[]; ok: boolean };
export function sumSummaries(outputs: string[]): string;
