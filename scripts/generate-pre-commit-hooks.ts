import { readFileSync } from 'node:fs';
import { withHookFilesPattern } from '../src/pre-commit-files.ts';

/** .pre-commit-hooks.yaml as written, with the hook's `files` pattern made from the names hacheck reads. */
export function renderPreCommitHooks(path: string): string {
  return withHookFilesPattern(readFileSync(path, 'utf8'));
}
