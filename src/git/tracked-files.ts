/**
 * --tracked-only: the files git tracks under the linted directory, so that a
 * lint sees what a commit holds. pre-commit stashes unstaged changes to tracked
 * files before running a hook but leaves untracked files in the tree, where a
 * stray zoo.cfg would otherwise change the verdict.
 */
import { spawnSync } from 'node:child_process';
import { printable } from '../format/printable.ts';
import { fail } from '../cli/usage-error.ts';

/**
 * The paths git's index holds below `dir`, relative to it with forward slashes
 * (`git ls-files -z` run in `dir`, so the repository is the one that holds
 * it). The directory may be an untrusted checkout: git runs without a shell
 * and with core.fsmonitor off, since a repository's own .git/config can name an
 * fsmonitor command that git would otherwise run. Files inside submodules are
 * not in this repository's index and are not listed.
 */
export function trackedFiles(dir: string, shown: string): ReadonlySet<string> {
  const r = spawnSync('git', ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached'], {
    cwd: dir,
    shell: false,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A million tracked paths of 1 KiB would still fit; the default (1 MiB) would not hold a large monorepo.
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? '--tracked-only needs git, which is not on PATH' : `--tracked-only: git could not run (${code ?? r.error.message})`);
  }
  if (r.status !== 0) {
    const err = r.stderr.toString('utf8');
    if (/not a git repository/i.test(err)) fail(`--tracked-only: "${shown}" is not in a git repository`);
    const first = err.split('\n').find((l) => l.trim() !== '') ?? `exit code ${r.status}`;
    fail(`--tracked-only: git ls-files failed in "${shown}": ${printable(first.trim())}`);
  }
  // An unmerged file is listed once per stage: the set keeps it once.
  return new Set(r.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
}

/** Whether git tracks `file` (absolute or relative to `dir`), asked in `dir` as above. */
export function isTracked(dir: string, file: string): boolean {
  const r = spawnSync('git', ['-c', 'core.fsmonitor=false', 'ls-files', '--error-unmatch', '--', file], { cwd: dir, shell: false, stdio: 'ignore' });
  return r.status === 0;
}
