import { DISGUISING, unicodeEscape } from '../text/disguising-characters.ts';

/**
 * CI service messages that a log line may carry: GitHub's legacy "##[", Azure
 * Pipelines' "##vso[" and TeamCity's "##teamcity[" (any case, to be safe).
 */
export const SERVICE_MESSAGE = /(##(?:vso|teamcity)?)\[/gi;

/**
 * Text for a terminal or a CI log. Rules quote the values they cite
 * (src/engine/quote.ts), but a path comes from the directory as it is, and a
 * folder name may hold anything but "/"; so every line-based format passes
 * paths and messages through here:
 * - control characters (C0 with tab and line breaks, DEL, C1) and the Unicode
 *   line separators become \uXXXX, so text can neither paint the terminal nor
 *   start a new output line;
 * - bidirectional controls and invisible characters become \uXXXX, so a
 *   finding cannot display as another (src/text/disguising-characters.ts);
 * - the "[" of "##[", "##vso[" and "##teamcity[" becomes \u005b: the GitHub
 *   runner still reads the legacy `##[error]message` command anywhere in a
 *   line of a step's output, the Azure Pipelines agent a `##vso[` logging
 *   command anywhere in a line (Command.cs, IndexOf("##vso[")), TeamCity a
 *   `##teamcity[` service message.
 */
export function printable(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, unicodeEscape)
      .replace(DISGUISING, unicodeEscape)
      .replace(SERVICE_MESSAGE, '$1\\u005b')
  );
}

/**
 * A path that starts an output line. The runner reads a line whose text,
 * after leading white space, starts with "::" as a workflow command; "./"
 * names the same file and keeps such a folder name from issuing one.
 */
export function printablePath(path: string): string {
  const p = printable(path);
  return /^\s*::/.test(p) ? `./${p}` : p;
}

/**
 * A line of output that may start with a name or a value from the directory
 * (a host, a nameservice): printable, and never a workflow command, which the
 * runner reads in a line whose text, after leading white space, starts with
 * "::". The first ":" becomes \u003a then.
 */
export function printableLine(line: string): string {
  return printable(line).replace(/^(\s*)::/, '$1\\u003a:');
}
