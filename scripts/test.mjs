// Runs the uvu suites (test/**/*.test.ts) under tsx and prints the closing line
// `tests: N passed, N failed, N skipped`. Exits non-zero when any test failed,
// a suite did not load, or no test ran at all.
import { spawn } from 'node:child_process';

const args = ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test', '\\.test\\.ts$', '--no-color', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (chunk) => {
  out += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const total = Number(/Total:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  const passed = Number(/Passed:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  const skipped = Number(/Skipped:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (Number.isNaN(total) || Number.isNaN(passed)) {
    console.log('tests: 0 passed, 1 failed (uvu printed no summary: a suite failed to load)');
    process.exit(1);
  }
  const failed = total - passed;
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (total === 0) {
    console.log('no test ran');
    process.exit(1);
  }
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});
