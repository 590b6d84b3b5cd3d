// Runs the uvu suites (test/**/*.test.ts) under tsx and prints the closing line
// `tests: N passed, N failed, N skipped`, then one line per reason a suite was skipped
// (test/support/skip.ts records them). Exits non-zero when any test failed, a suite did not
// load, no test ran at all, or, under CI=true, a suite other than the corpus was skipped.
// The suites run as two uvu processes side by side, one per core, balanced by the durations of
// scripts/suite-seconds.mjs (scripts/split-suites.mjs): uvu runs its files one after another,
// and much of a run is waiting on the CLI processes the suites start. `--quick` leaves out the
// slow suites of scripts/slow-suites.mjs (npm run test:quick).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLOW_SUITES } from './slow-suites.mjs';
import { splitInTwo } from './split-suites.mjs';
import { secondsOf } from './suite-seconds.mjs';
import { sumSummaries, tally } from './test-tally.mjs';

const quick = process.argv.includes('--quick');
const passOn = process.argv.slice(2).filter((a) => a !== '--quick');
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file patterns of the uvu processes: the suites of the run, in two halves of about equal duration. */
function patterns() {
  const slow = new Set(quick ? SLOW_SUITES.map((s) => s.name) : []);
  const files = readdirSync('test').filter((f) => f.endsWith('.test.ts') && !slow.has(f));
  const halves = splitInTwo(files, secondsOf);
  return halves.length === 0 ? ['^$'] : halves.map((h) => `^(?:${h.map(escape).join('|')})$`);
}

/** One uvu process; its output is printed whole when it ends, so that two never interleave. */
function runUvu(pattern, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test', pattern, '--no-color', ...passOn], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('close', (code) => {
      process.stdout.write(out);
      resolve({ out, code });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'hacheck-test-run-'));
const skipLog = join(scratch, 'skipped.jsonl');
const env = { ...process.env, HACHECK_TEST_SKIP_LOG: skipLog };
const runs = await Promise.all(patterns().map((p) => runUvu(p, env)));
let log = '';
try {
  log = readFileSync(skipLog, 'utf8');
} catch {
  // No suite skipped anything: the file was never written.
}
rmSync(scratch, { recursive: true, force: true });
const code = runs.every((r) => r.code === 0) ? 0 : 1;
const result = tally(sumSummaries(runs.map((r) => r.out)), log, { code, ci: process.env['CI'] === 'true' });
if (quick) result.lines.push(`quick run: left out ${SLOW_SUITES.map((s) => s.name).join(', ')} (npm test runs them)`);
console.log(result.lines.join('\n'));
process.exit(result.ok ? 0 : 1);
