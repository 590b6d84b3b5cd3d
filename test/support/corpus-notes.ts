// Reads test/corpus/NOTES.md, the human judgement of every corpus finding, and the compact
// snapshots test/corpus/<case>.txt it judges, so a test can keep the two in step.

/** A finding named by its rule id and `path:line` (the column is left out: notes cite lines). */
export type FindingKey = string;

const SNAPSHOT_FINDING = /^(\S+?):(\d+):\d+: (?:error|warning|info): .* \[([a-z0-9-]+\/[a-z0-9-]+)\]$/;
const NOTE_FINDING = /^- `([a-z0-9-]+\/[a-z0-9-]+)` `(\S+?):(\d+)` — \*\*(right|wrong|debatable)\*\*: \S/;
const NOTE_MISS = /^- \*\*miss\*\*: \S/;
const TOTALS_ROW = /^\| (\S+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/;

export type Verdict = 'right' | 'wrong' | 'debatable';

export interface CaseNotes {
  findings: FindingKey[];
  verdicts: Record<Verdict, number>;
  misses: number;
  /** Bullets of the section that are neither a judged finding nor a miss (malformed). */
  strayBullets: string[];
}

export interface Notes {
  cases: Map<string, CaseNotes>;
  /** Totals table rows: case (or "Total") -> [findings, right, wrong, debatable, misses]. */
  totals: Map<string, number[]>;
}

/** The finding keys of a compact snapshot; indented note lines belong to the finding above. */
export function snapshotFindings(text: string): FindingKey[] {
  const keys: FindingKey[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const m = SNAPSHOT_FINDING.exec(line);
    if (!m) throw new Error(`not a compact finding line: ${line}`);
    keys.push(`${m[3]} ${m[1]}:${m[2]}`);
  }
  return keys;
}

export function parseNotes(text: string): Notes {
  const cases = new Map<string, CaseNotes>();
  const totals = new Map<string, number[]>();
  let section: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      section = line.slice(3).trim();
      if (section !== 'Totals') {
        if (cases.has(section)) throw new Error(`NOTES.md has two sections "${section}"`);
        cases.set(section, { findings: [], verdicts: { right: 0, wrong: 0, debatable: 0 }, misses: 0, strayBullets: [] });
      }
      continue;
    }
    if (section === undefined) continue;
    if (section === 'Totals') {
      const row = TOTALS_ROW.exec(line);
      if (row) totals.set(row[1]!, row.slice(2).map(Number));
      continue;
    }
    if (!line.startsWith('- ')) continue;
    const notes = cases.get(section)!;
    const finding = NOTE_FINDING.exec(line);
    if (finding) {
      notes.findings.push(`${finding[1]} ${finding[2]}:${finding[3]}`);
      notes.verdicts[finding[4] as Verdict] += 1;
    } else if (NOTE_MISS.test(line)) {
      notes.misses += 1;
    } else {
      notes.strayBullets.push(line);
    }
  }
  return { cases, totals };
}

/** What `expected` has more often than `actual`, one entry per surplus occurrence. */
export function surplus(expected: FindingKey[], actual: FindingKey[]): FindingKey[] {
  const left = new Map<FindingKey, number>();
  for (const key of actual) left.set(key, (left.get(key) ?? 0) + 1);
  const out: FindingKey[] = [];
  for (const key of expected) {
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.push(key);
  }
  return out;
}
