// Types of scripts/suite-seconds.mjs (plain JavaScript: scripts/test.mjs runs under node without tsx).
export const SUITE_SECONDS: Readonly<Record<string, number>>;
export const UNMEASURED_SECONDS: number;
export function secondsOf(file: string): number;
