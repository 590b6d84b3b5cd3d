// The mutation fuzzer's test run (test/support/fuzz/): mutated fixture inputs with a
// fixed seed must lint, format and summarise without an exception, an internal error
// or a run over 5 s. FUZZ_COUNT and FUZZ_SEED change the run: `npm test` runs
// DEFAULT_COUNT inputs, CI (.ci/run) the full CI_COUNT (test/support/fuzz/counts.ts);
// scripts/fuzz.ts is the longer run by hand and the replay of one input.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classify } from './support/fuzz/classify.ts';
import { DEFAULT_COUNT } from './support/fuzz/counts.ts';
import { loadCorpus } from './support/fuzz/corpus.ts';
import { makeInput } from './support/fuzz/input.ts';
import { MUTATORS, type MutationContext } from './support/fuzz/mutators.ts';
import { runPool } from './support/fuzz/pool.ts';
import { rngFor } from './support/fuzz/prng.ts';
import { Ring } from './support/fuzz/ring.ts';
import { describeFailure, describeRun } from './support/fuzz/report.ts';
import { DEFAULT_SEED } from './support/fuzz/runner.ts';

function envInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a non-negative integer, not "${raw}"`);
  return Number(raw);
}

const COUNT = envInteger('FUZZ_COUNT', DEFAULT_COUNT);
const SEED = envInteger('FUZZ_SEED', DEFAULT_SEED);
/** Two workers: CI machines have two cores, and one input takes about 5 ms of CPU. */
const WORKERS = 2;

test('an input is a function of (seed, index): the same bytes twice, in any order', async () => {
  const corpus = await loadCorpus();
  const indices = [...Array(300).keys(), 19_999, 123_456, 4_294_967_295];
  const forward = indices.map((i) => makeInput(corpus, SEED, i));
  // Backwards, so that no state left by input i - 1 can go unnoticed.
  const backward = [...indices].reverse().map((i) => makeInput(corpus, SEED, i)).reverse();
  for (const [k, a] of forward.entries()) {
    const b = backward[k]!;
    assert.is(a.case, b.case, `input ${a.index}: case`);
    assert.is(a.file, b.file, `input ${a.index}: file`);
    assert.equal(a.mutations, b.mutations, `input ${a.index}: mutations`);
    assert.ok(a.bytes.equals(b.bytes), `input ${a.index}: bytes differ between two generations`);
    assert.ok(a.mutations.length >= 1 && a.mutations.length <= 4, `input ${a.index}: ${a.mutations.length} mutations`);
  }
  // Another seed is another run: a seed that changed nothing would make --seed useless.
  const other = indices.map((i) => makeInput(corpus, SEED + 1, i));
  assert.ok(other.filter((o, k) => o.bytes.equals(forward[k]!.bytes)).length < indices.length / 10, 'seed +1 repeats the inputs');
});

test('a case added to the corpus takes inputs only for itself: the others keep their (seed, index)', () => {
  const names = Array.from({ length: 500 }, (_, i) => `fixtures/rule-${i}/invalid/case`);
  const before = new Ring(names, (n) => n);
  const after = new Ring([...names.slice(0, 250), 'fixtures/new/valid/case', ...names.slice(250)], (n) => n);
  let moved = 0;
  for (let i = 0; i < 5000; i++) {
    const [a, b] = [before.pick(rngFor(SEED, i)), after.pick(rngFor(SEED, i))];
    if (a === b) continue;
    assert.is(b, 'fixtures/new/valid/case', `input ${i} moved from ${a} to ${b}`);
    moved++;
  }
  // The new case gets a share like the others' (1/501 of 5000 is about 10), not none.
  assert.ok(moved > 0, 'the new case is never picked');
});

const XML = '<?xml version="1.0"?>\n<configuration>\n  <property>\n    <name>dfs.replication</name>\n    <value>3</value>\n  </property>\n</configuration>\n';
const ZOO = 'tickTime=2000\ninitLimit=10\nserver.1=zk1:2888:3888\n';
const CTX: MutationContext = { donor: () => ({ label: 'donor', text: 'clientPort=2181\n<name>fs.defaultFS</name>\n' }) };

test('every mutator changes the text it applies to, and each applies to a Hadoop XML file', () => {
  for (const m of MUTATORS) {
    let applied = 0;
    for (let k = 0; k < 100; k++) {
      const r = m.apply(XML, rngFor(7, k), CTX);
      if (!r) continue;
      applied++;
      assert.is.not(r.text, XML, `${m.name} (stream ${k}) left the text as it was: ${r.what}`);
      assert.ok(r.what.length > 0, `${m.name}: no description`);
    }
    assert.ok(applied > 0, `${m.name} never applied to a Hadoop XML file`);
  }
  // The XML mutators find no element in a zoo.cfg: the caller draws another mutator.
  for (const name of ['duplicate-element', 'tag-edit']) {
    const m = MUTATORS.find((x) => x.name === name)!;
    assert.is(m.apply(ZOO, rngFor(7, 0), CTX), undefined, name);
  }
});

test('a fault in the checked pipeline is a failure, not a pass', async () => {
  const thrown = await classify(async () => {
    throw new Error('planted');
  });
  assert.is(thrown.kind, 'exception');
  assert.match(thrown.kind === 'exception' ? thrown.error : '', /^Error: planted\n\s+at /);
  const internal = await classify(async () => ({ internalErrors: [{ ruleId: 'hdfs/x', message: 'boom', stack: undefined }] }));
  assert.equal(internal.kind === 'internal-error' ? internal.errors.map((e) => e.ruleId) : internal.kind, ['hdfs/x']);
  const slow = await classify(async () => {
    const until = performance.now() + 30;
    while (performance.now() < until);
    return { internalErrors: [] };
  }, 10);
  assert.is(slow.kind, 'slow');
  assert.is((await classify(async () => ({ internalErrors: [] }))).kind, 'ok');
});

test('the worker pool reports a planted exception and an endless input, and runs the inputs after them', async () => {
  const corpus = await loadCorpus();
  // Workers get [0, 15) and [15, 30); 17 throws before 20 hangs in the same worker, 25 runs in its replacement.
  const faults = [
    { index: 4, kind: 'throw' as const },
    { index: 17, kind: 'throw' as const },
    { index: 20, kind: 'hang' as const },
    { index: 25, kind: 'throw' as const },
  ];
  // 3 s: well above the slowest real input seen on a loaded 2-core machine (under 1 s).
  const r = await runPool({ seed: SEED, start: 0, end: 30, workers: WORKERS, faults, hangMs: 3000 });
  assert.is(r.count, 30);
  assert.equal(r.failures.map((f) => [f.index, f.verdict.kind]), [[4, 'exception'], [17, 'exception'], [20, 'slow'], [25, 'exception']]);
  for (const f of r.failures) {
    const input = makeInput(corpus, SEED, f.index);
    // Generated again in this thread: the worker's input is the one a replay gets.
    assert.equal([f.caseName, f.file, f.mutations], [input.case.name, input.file.path, input.mutations]);
    const text = describeFailure(f);
    assert.ok(text.includes(`--seed ${SEED} --index ${f.index} `), text);
    for (const m of f.mutations) assert.ok(text.includes(m), text);
    if (f.verdict.kind === 'exception') assert.match(f.verdict.error, new RegExp(`^Error: deliberate fault planted at input ${f.index}\\n\\s+at `));
    if (f.verdict.kind === 'slow') assert.is(f.verdict.unfinished, true);
  }
  // The run's report: the three planted exceptions are one fault, the endless input another.
  const text = describeRun(r.failures, 30);
  assert.ok(text.startsWith('4 of 30 fuzz inputs failed, 2 distinct fault(s):\n\ninput 4 of seed '), text);
  assert.ok(text.includes('\n  also inputs 17, 25\n\ninput 20 of seed '), text);
});

test(`${COUNT} mutated inputs: no exception, no internal error, none over 5 s`, async () => {
  const r = await runPool({ seed: SEED, start: 0, end: COUNT, workers: WORKERS });
  const s = r.slowest;
  console.log(`fuzz: ${r.count} inputs, seed ${SEED}, ${WORKERS} workers, ${(r.ms / 1000).toFixed(1)} s; slowest: ${s ? `input ${s.index} (${s.caseName}/${s.file}) ${Math.round(s.ms)} ms` : 'none'}`);
  assert.is(r.count, COUNT);
  if (r.failures.length > 0) {
    throw new Error(describeRun(r.failures, COUNT));
  }
});

test.run();
