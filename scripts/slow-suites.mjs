// The suites `npm run test:quick` (scripts/test.mjs --quick) leaves out, so that the rest runs in
// well under a minute on two cores; `npm test` runs them all. Each was measured one file at a time,
// `node --import tsx node_modules/uvu/bin.js test '^<name>$'`, on two cores shared with other
// work (load average 2 to 8): `seconds` is the wall time there (scripts/suite-seconds.mjs), and
// every suite left in the quick run took under 6 s.
export const SLOW_SUITES = [
  { name: 'fuzz.test.ts', seconds: 25, why: 'thousands of mutated inputs through the whole pipeline (20,000 in CI)' },
  { name: 'zookeeper-real.test.ts', seconds: null, why: 'starts real ZooKeeper ensembles, one per case (minutes)' },
  { name: 'hostile.test.ts', seconds: 31, why: '112 hostile inputs, each under a hang limit, some of them 100 MB files' },
  { name: 'pre-commit.test.ts', seconds: 24, why: 'the real pre-commit, which clones the hook and builds its environment' },
  { name: 'no-write.test.ts', seconds: 10, why: 'every command and the Action as users run them, the tree snapshotted before and after each' },
  { name: 'internal-errors.test.ts', seconds: 9, why: 'the bundle and the Action with a failure preloaded, one process per output path' },
  { name: 'collect.test.ts', seconds: 6, why: 'starts a real OpenSSH server and copies five hosts over it' },
];
