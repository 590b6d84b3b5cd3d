/**
 * Seed cases materialised under os.tmpdir(). Each case is copied once, on
 * first use; an input rewrites only its mutated file and puts the original
 * bytes back afterwards, so 20,000 inputs cost 40,000 small writes, not 20,000
 * tree copies. Only the recognised files are copied: they are all lintDirectory reads.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SeedCase, SeedFile } from './corpus.ts';

/** A new, empty folder for a Scratch: the pool makes one per worker, to remove it if it has to stop the worker. */
export function scratchRoot(): string {
  return mkdtempSync(join(tmpdir(), 'hacheck-fuzz-'));
}

export class Scratch {
  private readonly dirs = new Map<SeedCase, string>();

  constructor(readonly root: string = scratchRoot()) {}

  /** The case's folder in the scratch area, copied on first use. */
  dirOf(c: SeedCase): string {
    let dir = this.dirs.get(c);
    if (!dir) {
      dir = join(this.root, String(this.dirs.size));
      writeCase(dir, c);
      this.dirs.set(c, dir);
    }
    return dir;
  }

  /** Runs `body` on the case's folder with `file` holding `bytes`; the original is restored even when body throws. */
  async withFile<T>(c: SeedCase, file: SeedFile, bytes: Buffer, body: (dir: string) => Promise<T>): Promise<T> {
    const dir = this.dirOf(c);
    const path = join(dir, file.path);
    writeFileSync(path, bytes);
    try {
      return await body(dir);
    } finally {
      writeFileSync(path, file.bytes);
    }
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Writes the case's files into `dir`, `replaced` standing in for one of them (a mutated input). */
export function writeCase(dir: string, c: SeedCase, replaced?: { file: SeedFile; bytes: Buffer }): void {
  for (const f of c.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f === replaced?.file ? replaced.bytes : f.bytes);
  }
}
