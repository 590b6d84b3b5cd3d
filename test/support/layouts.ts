/**
 * Layouts built at test time from the plain clusters of fixtures/clusters/, so that each
 * layout holds exactly its twin's files (and defects) and nothing is committed twice.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './fixtures.ts';

export const CLUSTERS = join(ROOT, 'fixtures/clusters');

/** A new empty directory for one layout. */
export function layoutRoot(): string {
  return mkdtempSync(join(tmpdir(), 'hacheck-layout-'));
}

/** fixtures/clusters/<name> copied to `<root>/<at>` (at '' for the root itself), without its expected.txt. */
export function placeCluster(root: string, name: string, at: string): void {
  const to = join(root, at);
  cpSync(join(CLUSTERS, name), to, { recursive: true });
  rmSync(join(to, 'expected.txt'), { force: true });
}

/** Writes `files` (path relative to root -> content) under root. */
export function placeFiles(root: string, files: Readonly<Record<string, string>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}
