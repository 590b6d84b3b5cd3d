// How scripts/test.mjs shares the suites between its two uvu processes (one per core). uvu runs
// the files of one process one after another, so the run lasts as long as the slower process:
// the halves are balanced by each suite's measured duration (scripts/suite-seconds.mjs), the
// longest suite first into the half with less so far (longest-processing-time first), which keeps
// the slower half within a third of the best split.

/**
 * @param {string[]} files test file names
 * @param {(file: string) => number} secondsOf a suite's expected duration
 * @returns {string[][]} one or two non-empty lists of file names, each sorted by name
 */
export function splitInTwo(files, secondsOf) {
  const halves = [
    { files: [], seconds: 0 },
    { files: [], seconds: 0 },
  ];
  const heaviestFirst = [...files].sort((a, b) => secondsOf(b) - secondsOf(a) || (a < b ? -1 : a > b ? 1 : 0));
  for (const f of heaviestFirst) {
    const lighter = halves[0].seconds <= halves[1].seconds ? halves[0] : halves[1];
    lighter.files.push(f);
    lighter.seconds += secondsOf(f);
  }
  return halves.filter((h) => h.files.length > 0).map((h) => h.files.sort());
}
