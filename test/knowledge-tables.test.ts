import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { knowledgeFromVendor } from '../scripts/generate-knowledge.ts';
import { HADOOP_KNOWLEDGE } from '../src/knowledge/hadoop-defaults.generated.ts';

// The generated knowledge tables are JSON text parsed on first read (issue 17, start-up): a run
// that never asks for a Hadoop major, or for one of its tables, does not build it.
const TABLES = ['defaults', 'deprecated', 'withoutReplacement'] as const;
const MAJORS = ['2', '3'] as const;

test('each table of each major is built when first read, then the same object is kept', () => {
  for (const table of TABLES) {
    for (const major of MAJORS) {
      const descriptor = Object.getOwnPropertyDescriptor(HADOOP_KNOWLEDGE[table], major);
      assert.type(descriptor?.get, 'function', `${table}[${major}] is built on demand`);
      assert.ok(HADOOP_KNOWLEDGE[table][major] === HADOOP_KNOWLEDGE[table][major], `${table}[${major}] is built once`);
    }
  }
});

test('the tables hold the vendor files\' entries, in their order, without a prototype', () => {
  const vendor = knowledgeFromVendor();
  for (const table of TABLES) {
    for (const major of MAJORS) {
      const built = HADOOP_KNOWLEDGE[table][major];
      assert.is(Object.getPrototypeOf(built), null, `${table}[${major}]`);
      assert.equal(Object.entries(built), Object.entries(vendor[table][major]), `${table}[${major}]`);
    }
  }
  // Values with "${", backslashes and newlines survive the template literal.
  assert.is(HADOOP_KNOWLEDGE.defaults['3']['hadoop.tmp.dir'], '/tmp/hadoop-${user.name}');
  assert.is(HADOOP_KNOWLEDGE.defaults['3']['fs.s3a.select.input.csv.record.delimiter'], '\\n');
});

test.run();
