// The closing lines of scripts/test.mjs, from uvu's summary and the skip log that
// test/support/skip.ts writes (one JSON line per skipped test: suite, reason, ciMaySkip).
// uvu 0.5.6 ends its output with `Total: N`, `Passed: N`, `Skipped: N` (dist/index.mjs, exec);
// a skipped test is in Skipped, not in Total.

/**
 * The summary of several uvu runs as one: their Total, Passed and Skipped added up; a run that
 * printed no summary (a suite failed to load) leaves the sum without one, as tally expects.
 * @param {string[]} outputs each uvu run's standard output
 * @returns {string}
 */
export function sumSummaries(outputs) {
  const sums = { Total: 0, Passed: 0, Skipped: 0 };
  for (const out of outputs) {
    // eslint-disable-next-line no-control-regex
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
    for (const key of ['Total', 'Passed']) {
      const m = new RegExp(`^\\s*${key}:\\s+(\\d+)$`, 'm').exec(plain);
      if (!m) return '';
      sums[key] += Number(m[1]);
    }
    sums.Skipped += Number(/^\s*Skipped:\s+(\d+)$/m.exec(plain)?.[1] ?? 0);
  }
  return `  Total:     ${sums.Total}\n  Passed:    ${sums.Passed}\n  Skipped:   ${sums.Skipped}\n`;
}

/**
 * @param {string} uvuOutput uvu's standard output, without colours
 * @param {string} skipLog the skip log's text ('' when nothing was skipped)
 * @param {{ code: number | null, ci: boolean }} run uvu's exit code; whether CI=true
 * @returns {{ lines: string[], ok: boolean }}
 */
export function tally(uvuOutput, skipLog, run) {
  // uvu colours its summary when FORCE_COLOR is set in the environment, whatever --no-color says.
  // eslint-disable-next-line no-control-regex
  const plain = uvuOutput.replace(/\u001b\[[0-9;]*m/g, '');
  const total = Number(/^\s*Total:\s+(\d+)$/m.exec(plain)?.[1] ?? NaN);
  const passed = Number(/^\s*Passed:\s+(\d+)$/m.exec(plain)?.[1] ?? NaN);
  const skipped = Number(/^\s*Skipped:\s+(\d+)$/m.exec(plain)?.[1] ?? 0);
  if (Number.isNaN(total) || Number.isNaN(passed)) {
    return { lines: ['tests: 0 passed, 1 failed (uvu printed no summary: a suite failed to load)'], ok: false };
  }
  const failed = total - passed;
  const lines = [`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`];
  const groups = new Map();
  for (const line of skipLog.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    const key = `${r.suite}\0${r.reason}`;
    const g = groups.get(key) ?? groups.set(key, { ...r, count: 0 }).get(key);
    g.count++;
  }
  let explained = 0;
  for (const g of groups.values()) {
    explained += g.count;
    lines.push(`skipped: ${g.count} ${g.suite} test${g.count === 1 ? '' : 's'} (${g.reason})`);
  }
  // A bare test.skip in a suite: counted by uvu, but nobody said why.
  if (skipped > explained) lines.push(`skipped: ${skipped - explained} test${skipped - explained === 1 ? '' : 's'} with no reason given (test.skip outside test/support/skip.ts)`);
  let ok = run.code === 0 && failed === 0;
  if (total === 0) {
    lines.push('no test ran');
    ok = false;
  }
  if (run.ci) {
    // CI (.ci/run) installs Java, ZooKeeper and pre-commit: a skip there means a suite silently did not run.
    const forbidden = [...groups.values()].filter((g) => !g.ciMaySkip);
    for (const g of forbidden) lines.push(`CI=true: ${g.suite} tests must not be skipped there (${g.reason})`);
    if (skipped > explained) lines.push('CI=true: a test was skipped with no reason given');
    if (forbidden.length > 0 || skipped > explained) ok = false;
  }
  return { lines, ok };
}
