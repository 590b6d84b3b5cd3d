// Types of scripts/split-suites.mjs (plain JavaScript: scripts/test.mjs runs under node without tsx).
export function splitInTwo(files: readonly string[], secondsOf: (file: string) => number): string[][];
