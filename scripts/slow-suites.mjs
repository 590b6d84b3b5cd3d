// The suites `npm run test:quick` (scripts/test.mjs --quick) leaves out: each takes more than a
// few seconds, measured one file at a time with
// `node --import tsx node_modules/uvu/bin.js test '^<name>$'` on two shared cores. `npm test` runs them.
export const SLOW_SUITES = [
  { name: 'fuzz.test.ts', why: '20,000 mutated inputs through the whole pipeline' },
  { name: 'zookeeper-real.test.ts', why: 'starts real ZooKeeper ensembles, one per case' },
  { name: 'hostile.test.ts', why: 'one CLI process per hostile case, some of them 100 MB files' },
  { name: 'internal-errors.test.ts', why: 'runs the CLI from the sources under tsx, a cold start per case' },
];
