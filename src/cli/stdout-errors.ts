/**
 * What hacheck does when standard output cannot be written.
 *
 * - EPIPE: the reader went away (`hacheck dir | head -1`). Nothing is said, as
 *   Unix tools say nothing when SIGPIPE ends them (node ignores SIGPIPE, so the
 *   write fails instead). The rest of the output is dropped, the run finishes,
 *   and the exit code is still the verdict on the cluster: the reader chose to
 *   stop reading, which is no I/O failure of hacheck, and `set -o pipefail`
 *   (GitHub's default bash shell) then still sees the errors.
 * - Anything else (a full disk, /dev/full, an I/O error): the output is
 *   incomplete, so one line on standard error and exit 2, at once.
 */

function reason(err: NodeJS.ErrnoException): string {
  // Node's "ENOSPC: no space left on device, write" becomes "no space left on device (ENOSPC)".
  const m = /^([A-Z0-9]+): (.*?)(?:, write)?$/.exec(err.message ?? '');
  return m ? `${m[2]} (${m[1]})` : String(err.code ?? err);
}

export function handleStdoutErrors(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The stream is destroyed now: later writes are dropped without another error.
    if (err.code === 'EPIPE') return;
    process.stderr.write(`hacheck: cannot write to standard output: ${reason(err)}\n`);
    process.exit(2);
  });
}
