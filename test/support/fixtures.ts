import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'fixtures');

export interface RuleCase {
  readonly ruleId: string;
  readonly kind: 'valid' | 'invalid';
  readonly name: string;
  readonly dir: string;
}

function dirs(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((d) => statSync(join(path, d)).isDirectory()).sort();
}

/** Every case under fixtures/<domain>/<name>/{valid,invalid}/<case>/. */
export function ruleCases(): RuleCase[] {
  const cases: RuleCase[] = [];
  for (const domain of dirs(FIXTURES)) {
    if (domain === 'clusters') continue;
    for (const name of dirs(join(FIXTURES, domain))) {
      for (const kind of ['valid', 'invalid'] as const) {
        for (const c of dirs(join(FIXTURES, domain, name, kind))) {
          cases.push({ ruleId: `${domain}/${name}`, kind, name: c, dir: join(FIXTURES, domain, name, kind, c) });
        }
      }
    }
  }
  return cases;
}

/** Folders under fixtures/<domain>/ that should each belong to a rule. */
export function fixtureRuleFolders(): string[] {
  return dirs(FIXTURES).filter((d) => d !== 'clusters' && d !== 'layouts').flatMap((d) => dirs(join(FIXTURES, d)).map((n) => `${d}/${n}`));
}

/** Whole clusters under fixtures/clusters/<name>/, linted with every rule. */
export function clusterCases(): { name: string; dir: string }[] {
  return dirs(join(FIXTURES, 'clusters')).map((name) => ({ name, dir: join(FIXTURES, 'clusters', name) }));
}

export function rel(path: string): string {
  return relative(ROOT, path);
}
