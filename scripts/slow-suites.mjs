// The suites `npm run test:quick` (scripts/test.mjs --quick) leaves out, so that the rest runs in
// well under a minute on two cores; `npm test` runs them all. Each was measured one file at a time,
// `node --import tsx node_modules/uvu/bin.js test '^<name>$'`, on two cores shared with other
// work (load average 4 to 8): `seconds` is uvu's own Duration there, and every suite left in the
// quick run took under 10 s.
export const SLOW_SUITES = [
  { name: 'fuzz.test.ts', seconds: null, why: '20,000 mutated inputs through the whole pipeline (minutes)' },
  { name: 'zookeeper-real.test.ts', seconds: null, why: 'starts real ZooKeeper ensembles, one per case (minutes)' },
  { name: 'hostile.test.ts', seconds: 176, why: 'one CLI process per hostile case, some of them 100 MB files' },
  { name: 'collect.test.ts', seconds: 16, why: 'starts a real OpenSSH server and copies five hosts over it' },
  { name: 'pre-commit.test.ts', seconds: 69, why: 'the real pre-commit, which builds a hook environment per repository' },
  { name: 'prototype-names.test.ts', seconds: 62, why: 'every Object.prototype name in every keyed place, through the CLI' },
  { name: 'internal-errors.test.ts', seconds: 38, why: 'runs the CLI from the sources under tsx, a cold start per case' },
  { name: 'no-write.test.ts', seconds: 18, why: 'every command and the Action as users run them, the tree snapshotted before and after each' },
  { name: 'clusters.test.ts', seconds: 16, why: 'several clusters in one directory, each linted alone and together through the CLI' },
  { name: 'files.test.ts', seconds: 15, why: 'file discovery on generated trees, with the library and the CLI' },
  { name: 'host-folders.test.ts', seconds: 11, why: 'host folder layouts through the bundled CLI, one process per run' },
  { name: 'config.test.ts', seconds: 10, why: 'configuration files, through the library and the bundled CLI' },
];
