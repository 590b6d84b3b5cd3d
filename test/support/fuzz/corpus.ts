/**
 * The seed corpus: every fixture case folder (rule cases and whole clusters)
 * with the files hacheck recognises in it, read once per process. The cases
 * are real, small cluster directories that already reach every rule, so a
 * mutation of one of them starts from input the rules actually look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discover, type FileKind } from '../../../src/discover.ts';
import { clusterCases, rel, ruleCases } from '../fixtures.ts';
import { Ring } from './ring.ts';

export interface SeedFile {
  /** Relative to the case folder, with forward slashes, as discover() lists it. */
  readonly path: string;
  readonly kind: FileKind;
  readonly bytes: Buffer;
}

export interface SeedCase {
  /** The case folder relative to the repository: fixtures/hdfs/namenode-count/invalid/single-namenode. */
  readonly name: string;
  readonly dir: string;
  readonly files: readonly SeedFile[];
}

export interface SeedEntry {
  readonly case: SeedCase;
  readonly file: SeedFile;
}

export interface Corpus {
  readonly cases: readonly SeedCase[];
  /** The cases by name, for picking: see ring.ts. */
  readonly caseRing: Ring<SeedCase>;
  /** Every seed file, and those of each kind: where a splice takes its chunk from. */
  readonly donors: Ring<SeedEntry>;
  readonly donorsByKind: ReadonlyMap<FileKind, Ring<SeedEntry>>;
}

let cached: Corpus | undefined;

/**
 * Input (seed, i) picks its case and donors by name (ring.ts), so a fixture
 * added after a report moves few inputs; a fixture whose files change changes
 * the inputs drawn from it. A report names the case, file and mutations too,
 * and scripts/fuzz.ts saves each failing input as a folder, which outlives both.
 */
export async function loadCorpus(): Promise<Corpus> {
  if (cached) return cached;
  const dirs = [...ruleCases().map((c) => c.dir), ...clusterCases().map((c) => c.dir)];
  const cases: SeedCase[] = [];
  for (const dir of dirs) {
    // discover() is the list lintDirectory reads: expected.txt and README.md are not cluster files.
    const found = (await discover(dir)).files;
    if (found.length === 0) continue;
    const files = found.map((f) => ({ path: f.path, kind: f.kind, bytes: readFileSync(join(dir, f.path)) }));
    cases.push({ name: rel(dir), dir, files });
  }
  const all = cases.flatMap((c) => c.files.map((file) => ({ case: c, file })));
  const byKind = new Map<FileKind, SeedEntry[]>();
  for (const entry of all) byKind.set(entry.file.kind, [...(byKind.get(entry.file.kind) ?? []), entry]);
  const donorName = (e: SeedEntry) => `${e.case.name}/${e.file.path}`;
  cached = {
    cases,
    caseRing: new Ring(cases, (c) => c.name),
    donors: new Ring(all, donorName),
    donorsByKind: new Map([...byKind].map(([kind, entries]) => [kind, new Ring(entries, donorName)])),
  };
  return cached;
}
