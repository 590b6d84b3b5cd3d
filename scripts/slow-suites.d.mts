// Types of scripts/slow-suites.mjs (plain JavaScript: scripts/test.mjs runs under node without tsx).
export const SLOW_SUITES: readonly { readonly name: string; readonly seconds: number | null; readonly why: string }[];
