import { printable } from '../format/printable.ts';

/** Progress on standard error: one line rewritten in place on a terminal, one line per finished host otherwise (a log, CI). */
export interface Progress {
  started(host: string): void;
  finished(host: string, line: string): void;
  close(): void;
}

export function progressOn(stream: NodeJS.WriteStream, total: number): Progress {
  const running = new Set<string>();
  let done = 0;
  if (!stream.isTTY) {
    return {
      started: () => {},
      finished: (host, line) => {
        done++;
        stream.write(`[${done}/${total}] ${printable(host)}: ${printable(line)}\n`);
      },
      close: () => {},
    };
  }
  const width = (): number => Math.max(20, (stream.columns ?? 80) - 1);
  const status = (): void => {
    const text = `collecting ${done}/${total} hosts${running.size > 0 ? `: ${[...running].join(', ')}` : ''}`;
    stream.write(`\r\x1b[K${printable(text).slice(0, width())}`);
  };
  return {
    started: (host) => {
      running.add(host);
      status();
    },
    finished: (host, line) => {
      running.delete(host);
      done++;
      // The finished host's line stays above the status line.
      stream.write(`\r\x1b[K${printable(host)}: ${printable(line)}\n`);
      status();
    },
    close: () => stream.write('\r\x1b[K'),
  };
}
