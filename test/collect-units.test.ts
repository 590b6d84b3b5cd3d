import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readTar } from '../src/collect/read-tar.ts';
import { cleanRemotePath } from '../src/collect/remote-paths.ts';
import { sshArguments } from '../src/collect/run-ssh.ts';
import { remoteCommand, shellQuote } from '../src/collect/shell-quote.ts';
import { writeHostSnapshot } from '../src/collect/write-snapshot.ts';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';

// The parts of `hacheck collect` that need no ssh server: quoting for the remote shell, the tar
// reader, the path checks and the command line. test/collect.test.ts runs it against a real sshd.
// The command line runs in this process (test/support/cli-in-process.ts): the same runCli as the bundle,
// without a Node.js start-up and bundle load for each of these nine runs. collect.test.ts spawns it.
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env: { ...process.env, ...env } });

const tmp = () => mkdtempSync(join(tmpdir(), 'hacheck-collect-'));

test('a quoted path reaches the remote shell as one word, nothing in it interpreted', () => {
  const hostile = [`it's`, '$(touch /tmp/x)', '`id`', 'a b\tc', '; rm -rf /', "'", '\\', '"$HOME"', '*', 'line\nbreak'];
  // sh -c parses the joined string as the remote login shell parses ssh's command line.
  const r = spawnSync('sh', ['-c', remoteCommand('printf "%s\\0" "$@"', hostile)], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.equal(r.stdout.split('\0').slice(0, -1), hostile);
  assert.is(shellQuote("a'b"), `'a'\\''b'`);
});

test('ssh arguments: BatchMode first (ssh keeps the first value), user options next, -- before the host', () => {
  assert.equal(sshArguments({ binary: 'ssh', configFile: 'cfg', options: ['BatchMode=no', 'Port=2222'] }, 'zk1', 'cmd'), [
    '-o', 'BatchMode=yes', '-F', 'cfg', '-o', 'BatchMode=no', '-o', 'Port=2222', '-o', 'ConnectTimeout=15', '--', 'zk1', 'cmd',
  ]);
});

test('remote paths with . or .. segments, relative or empty, are refused; doubled slashes are cleaned', () => {
  assert.is(cleanRemotePath('/etc/hadoop//conf/core-site.xml'), '/etc/hadoop/conf/core-site.xml');
  for (const bad of ['/etc/../../x', '/./etc/hosts', 'etc/hosts', '/', '', '/etc/a\0b']) assert.is(cleanRemotePath(bad), undefined, bad);
});

test('the tar reader reads what GNU tar -ch writes: long names, hard links, dereferenced links', () => {
  const dir = tmp();
  const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(40)}`;
  mkdirSync(join(dir, long), { recursive: true });
  writeFileSync(join(dir, long, 'zoo.cfg'), 'dataDir=/var/lib/zookeeper\n');
  writeFileSync(join(dir, 'myid'), '1\n');
  spawnSync('ln', [join(dir, 'myid'), join(dir, 'myid2')]);
  symlinkSync('myid', join(dir, 'linked'));
  const r = spawnSync('tar', ['-chf', '-', '-C', dir, '--', `${long}/zoo.cfg`, 'myid', 'myid2', 'linked'], { maxBuffer: 1 << 24 });
  assert.is(r.status, 0, String(r.stderr));
  const members = readTar(r.stdout).map((m) => [m.name, m.content.toString()]);
  assert.equal(members, [
    [`${long}/zoo.cfg`, 'dataDir=/var/lib/zookeeper\n'],
    ['myid', '1\n'],
    ['myid2', '1\n'],
    ['linked', '1\n'],
  ]);
});

test('a host snapshot is never written through a symbolic link in the output directory', () => {
  const out = tmp();
  const outside = tmp();
  mkdirSync(join(out, 'zk1'));
  symlinkSync(outside, join(out, 'zk1', 'etc'));
  const refused = writeHostSnapshot(out, 'zk1', new Map([['/etc/hosts', Buffer.from('x')], ['/opt/zoo.cfg', Buffer.from('y')], ['/a/../b', Buffer.from('z')]]));
  assert.equal(refused, ['/etc/hosts', '/a/../b']);
  assert.not.ok(existsSync(join(outside, 'hosts')));
  assert.is(readFileSync(join(out, 'zk1', 'opt', 'zoo.cfg'), 'utf8'), 'y');
});

test('collect usage errors exit 2 with a message', async () => {
  const out = join(tmp(), 'snap');
  const cases: [string[], string][] = [
    [['collect'], 'collect: no output directory given (hacheck collect <out-dir> [host ...])'],
    [['collect', out], 'collect: no hosts given: name them, or give --hosts-file <file> or --from <snapshot-dir>'],
    [['collect', out, '--', '-oProxyCommand=sh'], 'host: "-oProxyCommand=sh" is not a host name (letters, digits, . _ - : and an optional user@)'],
    [['collect', '--path', 'etc/hadoop', out, 'zk1'], '--path "etc/hadoop": give an absolute path on the hosts without ".." (e.g. /opt/hadoop/etc/hadoop)'],
    [['collect', '--from', ROOT, out, 'zk1'], 'collect: give the hosts one way: as arguments, --hosts-file or --from'],
    [['collect', '--jobs', '0', out, 'zk1'], '--jobs takes a number from 1 to 999, not "0"'],
  ];
  for (const [args, message] of cases) {
    const r = await run(args);
    assert.is(r.code, 2, args.join(' '));
    assert.is(r.stderr, `hacheck: ${message}\nRun "hacheck --help" for usage.\n`, args.join(' '));
    assert.is(r.stdout, '');
  }
});

test('a host folder already in the output directory is refused before any host is contacted', async () => {
  const out = tmp();
  mkdirSync(join(out, 'zk1'));
  const r = await run(['collect', out, 'zk1', 'zk2'], { HACHECK_SSH: '/nonexistent/ssh' });
  assert.is(r.code, 2);
  assert.is(r.stderr, `hacheck: ${out} already holds zk1: remove it or choose another output directory\nRun "hacheck --help" for usage.\n`);
});

test('--hosts-file: one host a line, # comments; a host ssh cannot reach is reported and the exit code is 1', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'hosts.txt'), '# the ensemble\nzk1\n\n  zk2   # second\n');
  const r = await run(['collect', '--hosts-file', join(dir, 'hosts.txt'), join(dir, 'out')], { HACHECK_SSH: '/nonexistent/ssh' });
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.is(
    r.stderr,
    '[1/2] zk1: not collected: cannot run /nonexistent/ssh: not found\n[2/2] zk2: not collected: cannot run /nonexistent/ssh: not found\n' +
      'hacheck: zk1: not collected: cannot run /nonexistent/ssh: not found\nhacheck: zk2: not collected: cannot run /nonexistent/ssh: not found\n',
  );
});

test.run();
