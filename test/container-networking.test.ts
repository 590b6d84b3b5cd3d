import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { lintCompact } from './support/twin.ts';

// With every rule on, a connect-string entry that dials a published port is one mistake and
// gets one finding: container/published-port's, not also kafka/zookeeper-connect-mismatch's.

const CASES = join(ROOT, 'fixtures/container/published-port/invalid');

/** The findings (not their notes) of the compact output that sit at `place`. */
function findingsAt(stdout: string, place: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`${place}: `));
}

test('a broker dialling zoo2:2182 ("2182:2181") is reported once, by container/published-port', async () => {
  const run = await lintCompact(join(CASES, 'connect-to-published-port'));
  assert.equal([run.code, run.stderr], [1, '']);
  assert.equal(findingsAt(run.stdout, 'docker-compose.yml:34:47'), [
    'docker-compose.yml:34:47: error: zookeeper.connect connects to "zoo2" on port "2182", which the machine publishes for its port 2181: inside the network "zoo2" listens on 2181 [container/published-port]',
  ]);
  assert.not.match(run.stdout, 'kafka/zookeeper-connect-mismatch');
});

test('two entries on published ports: two published-port findings, no merged mismatch finding', async () => {
  const run = await lintCompact(join(CASES, 'every-published-port'));
  assert.equal([run.code, run.stderr], [1, '']);
  assert.equal(run.stdout.split('\n').filter((l) => l.includes('[container/') || l.includes('mismatch]')), [
    'docker-compose.yml:34:47: error: zookeeper.connect connects to "zoo2" on port "2182", which the machine publishes for its port 2181: inside the network "zoo2" listens on 2181 [container/published-port]',
    'docker-compose.yml:34:57: error: zookeeper.connect connects to "zoo3" on port "2183", which the machine publishes for its port 2181: inside the network "zoo3" listens on 2181 [container/published-port]',
  ]);
});

test.run();
