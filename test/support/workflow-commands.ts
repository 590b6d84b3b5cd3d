/**
 * Reads output as the GitHub Actions runner reads a step's stdout
 * (actions/runner, ActionCommand.TryParseV2 and the legacy TryParse): a line
 * whose text after leading white space starts with "::" and has a second "::"
 * is a command; failing that, "##[name ...]" anywhere in a line is a legacy one.
 */
export interface WorkflowCommand {
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
}

function unescape(s: string, property: boolean): string {
  let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

function parseV2(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { name, properties, data: unescape(text.slice(end + 2), false) };
}

function parseLegacy(line: string): WorkflowCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(' ');
  return { name: space < 0 ? info : info.slice(0, space), properties: {}, data: line.slice(close + 1) };
}

/** Every workflow command the runner would act on in `output`. */
export function workflowCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  // .NET's ReadLine, which reads the step's output, ends a line at \r, \n or \r\n.
  for (const line of output.split(/\r\n|\r|\n/)) {
    const c = parseV2(line) ?? parseLegacy(line);
    if (c) commands.push(c);
  }
  return commands;
}
