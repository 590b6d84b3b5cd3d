/**
 * The child process of test/support/cli-child.ts: runs the hacheck CLI in process
 * (test/support/cli-in-process.ts, the sources under tsx) for each request sent over
 * the IPC channel, one at a time, and answers with its exit code and output. One Node.js
 * start-up and one load of the sources serve every run, instead of one per run.
 */
import { runHacheck, type CliRunOptions } from './cli-in-process.ts';

interface Request {
  readonly args: readonly string[];
  readonly options: CliRunOptions;
}

process.on('message', (request: Request) => {
  // A rejection (a bug of runCli's own catch) is left unhandled: it ends this process, which fails the run.
  void runHacheck(request.args, request.options).then((r) => process.send!(r));
});
process.send!('ready');
