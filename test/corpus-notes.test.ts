import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseNotes, snapshotFindings, surplus, type Notes } from './support/corpus-notes.ts';
import { ROOT } from './support/fixtures.ts';

// test/corpus/NOTES.md judges every finding hacheck prints on the real corpus. This keeps it in
// step with the snapshots test/corpus/<case>.txt: when a rule change adds, moves or removes a
// corpus finding, the notes must be updated with it. Only the repository's own files are
// read (never the corpus itself), so it runs in a fresh clone.
const SNAPSHOTS = join(ROOT, 'test/corpus');
const NOTES_FILE = join(SNAPSHOTS, 'NOTES.md');

function snapshotCases(): Map<string, string[]> {
  const cases = new Map<string, string[]>();
  for (const file of readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.txt')).sort()) {
    cases.set(file.slice(0, -'.txt'.length), snapshotFindings(readFileSync(join(SNAPSHOTS, file), 'utf8')));
  }
  return cases;
}

const snapshots = snapshotCases();
const notes: Notes = parseNotes(readFileSync(NOTES_FILE, 'utf8'));

test('the notes have one section per corpus case and no other', () => {
  assert.equal([...notes.cases.keys()].sort(), [...snapshots.keys()].sort());
});

test('every bullet of a case section is a judged finding or a miss', () => {
  const stray = [...notes.cases].flatMap(([name, c]) => c.strayBullets.map((b) => `${name}: ${b}`));
  assert.equal(stray, []);
});

for (const [name, findings] of snapshots) {
  test(`notes judge exactly the findings of ${name}`, () => {
    const judged = notes.cases.get(name)?.findings ?? [];
    assert.equal(surplus(findings, judged), [], `findings of test/corpus/${name}.txt without a bullet in NOTES.md`);
    assert.equal(surplus(judged, findings), [], `bullets of NOTES.md naming no finding of test/corpus/${name}.txt`);
  });
}

test('the totals table counts the sections', () => {
  const sums = [0, 0, 0, 0, 0];
  for (const [name, c] of notes.cases) {
    const row = [c.findings.length, c.verdicts.right, c.verdicts.wrong, c.verdicts.debatable, c.misses];
    assert.equal(notes.totals.get(name), row, `totals row of ${name}`);
    row.forEach((n, i) => (sums[i]! += n));
  }
  assert.equal(notes.totals.get('Total'), sums, 'Total row');
  assert.equal(notes.totals.size, notes.cases.size + 1, 'one totals row per case plus Total');
});

test('a finding without a bullet, or a bullet without a finding, is caught', () => {
  const doctored = parseNotes(
    [
      '## a',
      '- `zookeeper/duplicate-key` `zoo.cfg:30` — **right**: set twice.',
      '- `zookeeper/duplicate-key` `zoo.cfg:99` — **wrong**: no such finding.',
      '- zookeeper/ensemble-size zoo.cfg:32 right',
    ].join('\n'),
  );
  const a = doctored.cases.get('a')!;
  const snapshot = snapshotFindings(
    'zoo.cfg:30:1: warning: initLimit is set again [zookeeper/duplicate-key]\n  zoo.cfg:21:11: note: first\nzoo.cfg:31:1: warning: syncLimit is set again [zookeeper/duplicate-key]\n',
  );
  assert.equal(surplus(snapshot, a.findings), ['zookeeper/duplicate-key zoo.cfg:31']);
  assert.equal(surplus(a.findings, snapshot), ['zookeeper/duplicate-key zoo.cfg:99']);
  assert.equal(a.strayBullets, ['- zookeeper/ensemble-size zoo.cfg:32 right']);
});

test.run();
