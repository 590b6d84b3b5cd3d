/**
 * Escaping for GitHub workflow commands, as @actions/core does it
 * (packages/core/src/command.ts, escapeData and escapeProperty): the runner
 * reads one command a line, so a line break in a value must never reach
 * stdout, and in a property ":" and "," would end the value.
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
