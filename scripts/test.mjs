// Runs the uvu suites (test/**/*.test.ts) under tsx and prints the closing line
// `tests: N passed, N failed, N skipped`, then one line per reason a suite was skipped
// (test/support/skip.ts records them). Exits non-zero when any test failed, a suite did not
// load, no test ran at all, or, under CI=true, a suite other than the corpus was skipped.
// `--quick` leaves out the slow suites of scripts/slow-suites.mjs (npm run test:quick).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLOW_SUITES } from './slow-suites.mjs';
import { tally } from './test-tally.mjs';

const quick = process.argv.includes('--quick');
const passOn = process.argv.slice(2).filter((a) => a !== '--quick');
const ignore = quick ? SLOW_SUITES.flatMap((s) => ['--ignore', `^${s.name.replaceAll('.', '\\.')}$`]) : [];
const args = ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test', '\\.test\\.ts$', '--no-color', ...ignore, ...passOn];

const scratch = mkdtempSync(join(tmpdir(), 'hacheck-test-run-'));
const skipLog = join(scratch, 'skipped.jsonl');
const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, HACHECK_TEST_SKIP_LOG: skipLog } });
let out = '';
child.stdout.on('data', (chunk) => {
  out += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  let log = '';
  try {
    log = readFileSync(skipLog, 'utf8');
  } catch {
    // No suite skipped anything: the file was never written.
  }
  rmSync(scratch, { recursive: true, force: true });
  const result = tally(out, log, { code, ci: process.env['CI'] === 'true' });
  if (quick) result.lines.push(`quick run: left out ${SLOW_SUITES.map((s) => s.name).join(', ')} (npm test runs them)`);
  console.log(result.lines.join('\n'));
  process.exit(result.ok ? 0 : 1);
});
