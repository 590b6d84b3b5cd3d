/**
 * Reads what a step wrote to $GITHUB_OUTPUT the way the runner does
 * (actions/runner SetOutputFileCommand): `name=value` lines, and
 * `name<<DELIMITER` heredocs whose value runs to the line that is exactly
 * the delimiter.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`heredoc for ${name} is not closed by ${delimiter}`);
      out[name!] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`not a file command line: ${JSON.stringify(line)}`);
    }
  }
  return out;
}
