import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { substitute } from '../src/containers/compose/interpolate.ts';
import { composeProjects } from '../src/containers/compose/index.ts';
import { service } from './support/container-view.ts';

// compose-spec 12-interpolation.md: each form against a set variable, an empty one and an unset one.
const VARS = new Map([
  ['SET', 'v'],
  ['EMPTY', ''],
]);

test('$VAR and ${VAR}: the value, or unknown when unset; $$ is a dollar; a lone $ stays', () => {
  assert.equal(
    ['$SET', '${SET}', 'a${SET}b$SET.c', '$$SET', '$$$SET', 'cost $ 5', '$UNSET', '${UNSET}', '${EMPTY}x', '${SET'].map((s) => substitute(s, VARS)),
    ['v', 'v', 'avbv.c', '$SET', '$v', 'cost $ 5', undefined, undefined, 'x', undefined],
  );
});

test('defaults, required and alternative values, with and without the colon', () => {
  const cases = ['SET', 'EMPTY', 'UNSET'].flatMap((n) => [':-d', '-d', ':?e', '?e', ':+a', '+a'].map((op) => `${n}${op}=${substitute(`\${${n}${op}}`, VARS) ?? '?'}`));
  assert.equal(cases, [
    'SET:-d=v', 'SET-d=v', 'SET:?e=v', 'SET?e=v', 'SET:+a=a', 'SET+a=a',
    'EMPTY:-d=d', 'EMPTY-d=', 'EMPTY:?e=?', 'EMPTY?e=', 'EMPTY:+a=', 'EMPTY+a=a',
    'UNSET:-d=d', 'UNSET-d=d', 'UNSET:?e=?', 'UNSET?e=?', 'UNSET:+a=', 'UNSET+a=',
  ]);
});

test('a default is itself interpolated', () => {
  assert.equal([substitute('${UNSET:-${SET}:2181}', VARS), substitute('${UNSET:-${UNSET2}}', VARS), substitute('${UNSET:-$$}', VARS)], ['v:2181', undefined, '$']);
});

test('variables come from the project folder\'s .env only: an interpolated value points at the whole value, an unknown one is left out', () => {
  const compose = [
    'services:',
    '  zk:',
    '    image: zookeeper:${ZK_VERSION:-3.8}',
    '    hostname: ${ZK_HOST}',
    '    environment:',
    '      ZOO_MY_ID: ${ZK_ID}',
    '      ZOO_TICK_TIME: $${TICK}',
    '      PATH_FROM_SHELL: ${PATH}',
    '    ports:',
    '      - "${ZK_PORT}:2181"',
    '      - "${UNSET_PORT}:2182"',
    '',
  ].join('\n');
  const tree: Record<string, string> = { 'stack/.env': '# ports\nZK_PORT=12181\nZK_ID="1"\nexport ZK_HOST=zk1 # inline comment\n', '.env': 'ZK_VERSION=9\n' };
  const [p] = composeProjects([{ path: 'stack/compose.yaml', text: compose }], (path) => tree[path]);
  assert.equal(service(p!.services[0]!), [
    'service "zk" @stack/compose.yaml:2:3-2:5= in stack/compose.yaml @stack/compose.yaml:2:3-2:5',
    '  names: zk zk1',
    '  hostname: "zk1" @stack/compose.yaml:4:15-4:25',
    '  image: "zookeeper:3.8" @stack/compose.yaml:3:12-3:40',
    '  env "ZOO_MY_ID" @stack/compose.yaml:6:7-6:16= = "1" @stack/compose.yaml:6:18-6:26 (stack/compose.yaml:6:7-6:26)',
    '  env "ZOO_TICK_TIME" @stack/compose.yaml:7:7-7:20= = "${TICK}" @stack/compose.yaml:7:22-7:30 (stack/compose.yaml:7:7-7:30)',
    '  env "PATH_FROM_SHELL" @stack/compose.yaml:8:7-8:22= = ? (stack/compose.yaml:8:7-8:31)',
    '  port 12181:2181 @stack/compose.yaml:10:9-10:26',
  ]);
});

test.run();
