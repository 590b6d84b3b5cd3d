// The mutation fuzzer by hand (test/fuzz.test.ts is the bounded CI run).
//
//   npx tsx scripts/fuzz.ts --count 200000 --seed 42 [--start 0] [--workers N]
//     runs inputs [start, start + count) of the seed, keeps going after a failure,
//     writes each failing input under os.tmpdir() and exits 1 if any failed.
//   npx tsx scripts/fuzz.ts --seed 42 --index 1234 [--out DIR]
//     replays one input: prints its mutations and verdict; with --out, writes the
//     mutated cluster to DIR (which must not exist or be empty) for `node dist/hacheck.mjs DIR`.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classify } from '../test/support/fuzz/classify.ts';
import { loadCorpus } from '../test/support/fuzz/corpus.ts';
import { makeInput } from '../test/support/fuzz/input.ts';
import { checkCluster, optionsFor } from '../test/support/fuzz/pipeline.ts';
import { runPool } from '../test/support/fuzz/pool.ts';
import { describeFailure, groupFailures, saveInput } from '../test/support/fuzz/report.ts';
import { DEFAULT_SEED, failureOf, type Failure } from '../test/support/fuzz/runner.ts';
import { Scratch } from '../test/support/fuzz/scratch.ts';

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: tsx scripts/fuzz.ts [--count N] [--seed S] [--start I] [--workers W] | --index I [--seed S] [--out DIR]\n`);
  process.exit(2);
}

function integer(values: Record<string, unknown>, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) > max) usage(`--${name} must be an integer from 0 to ${max}, not "${String(raw)}"`);
  return Number(raw);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      count: { type: 'string' }, seed: { type: 'string' }, start: { type: 'string' }, workers: { type: 'string' },
      index: { type: 'string' }, out: { type: 'string' },
    },
  });
} catch (err) {
  usage((err as Error).message);
}
const { values } = parsed;
if (values.out !== undefined && values.index === undefined) usage('--out writes one input: give --index too');
const UINT32 = 0xffffffff;
const seed = integer(values, 'seed', DEFAULT_SEED, UINT32);

/** Replays one input in this thread, as the run that found it did. */
async function replay(index: number, out: string | undefined): Promise<number> {
  const corpus = await loadCorpus();
  const input = makeInput(corpus, seed, index);
  console.log(`input ${index} of seed ${seed}: ${input.case.name}/${input.file.path}`);
  for (const [i, m] of input.mutations.entries()) console.log(`  ${i + 1}. ${m}`);
  const scratch = new Scratch();
  let failure: Failure | undefined;
  try {
    const verdict = await scratch.withFile(input.case, input.file, input.bytes, (dir) => classify(() => checkCluster(dir, optionsFor(index))));
    console.log(`verdict: ${verdict.kind} (${Math.round(verdict.ms)} ms)`);
    if (verdict.kind !== 'ok') failure = failureOf(input, verdict);
  } finally {
    scratch.dispose();
  }
  if (failure) console.log(describeFailure(failure));
  if (out !== undefined) {
    const dir = resolve(out);
    if (existsSync(dir) && readdirSync(dir).length > 0) usage(`--out ${out} is not empty`);
    mkdirSync(dir, { recursive: true });
    saveInput(input, dir, failure ? describeFailure(failure) : `input ${index} of seed ${seed}: ${input.case.name}/${input.file.path}\n${input.mutations.join('\n')}`);
    console.log(`written to ${dir} (the mutated file: ${join(dir, input.file.path)})`);
  }
  return failure ? 1 : 0;
}

async function run(): Promise<number> {
  const count = integer(values, 'count', 20_000);
  const start = integer(values, 'start', 0, UINT32);
  if (start + count > UINT32 + 1) usage('--start + --count goes past the last index, 4294967295');
  const workers = integer(values, 'workers', availableParallelism());
  if (workers < 1) usage('--workers must be at least 1');
  const corpus = await loadCorpus();
  const files = corpus.cases.reduce((n, c) => n + c.files.length, 0);
  console.log(`fuzz: inputs ${start}..${start + count - 1} of seed ${seed}, from ${corpus.cases.length} fixture cases (${files} files), ${workers} worker(s)`);
  // Each failing input written out as it is found: the folders outlive the run, for the CLI and for reduction.
  const root = join(tmpdir(), `hacheck-fuzz-failures-${seed}-${process.pid}`);
  let lastReport = 0;
  const r = await runPool({
    seed, start, end: start + count, workers,
    onProgress: (done) => {
      if (performance.now() - lastReport < 10_000) return;
      lastReport = performance.now();
      process.stderr.write(`  ${done} / ${count}\n`);
    },
    onFailure: (f) => {
      const dir = join(root, String(f.index));
      mkdirSync(dir, { recursive: true });
      saveInput(makeInput(corpus, seed, f.index), dir, describeFailure(f));
      console.log(`\n${describeFailure(f)}\n  written to ${dir}`);
    },
  });
  const s = r.slowest;
  console.log(`fuzz: ${r.count} inputs in ${(r.ms / 1000).toFixed(1)} s; slowest: ${s ? `input ${s.index} (${s.caseName}/${s.file}) ${Math.round(s.ms)} ms` : 'none'}`);
  if (r.failures.length === 0) {
    console.log('no failure');
    return 0;
  }
  const groups = groupFailures(r.failures);
  console.log(`\n${r.failures.length} failure(s) in ${groups.size} group(s), written under ${root}:`);
  for (const [key, fs] of groups) console.log(`  ${fs.length} × ${key}\n    inputs ${fs.slice(0, 10).map((f) => f.index).join(', ')}${fs.length > 10 ? ', …' : ''}`);
  return 1;
}

process.exitCode = values.index !== undefined ? await replay(integer(values, 'index', 0, UINT32), values.out) : await run();
