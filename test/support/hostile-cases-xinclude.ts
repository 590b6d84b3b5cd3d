/**
 * Hostile xi:include cases: includes that lead out of the cluster directory (each names a
 * FIFO outside it, so opening it would block and the 30 s limit would fail the case), an
 * include cycle, and a missing include with and without xi:fallback.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function mkfifo(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('mkfifo', [path]);
}

const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
/** An hdfs-site.xml with a typo (one finding, to show the file was read) and `include` after it. */
const hdfsSite = (include: string) =>
  `<?xml version="1.0"?>\n<configuration xmlns:xi="http://www.w3.org/2001/XInclude">\n${prop('dfs.replicaton', '3')}${include}</configuration>\n`;
const ha = (body: string) => `<?xml version="1.0"?>\n<configuration xmlns:xi="http://www.w3.org/2001/XInclude">\n${body}</configuration>\n`;

export const HOSTILE_CASES_XINCLUDE: readonly HostileCase[] = [
  {
    name: 'xinclude-climbs-out-to-a-fifo',
    build: (d, outside) => {
      mkfifo(join(outside, 'hdfs-ha.xml'));
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite('  <xi:include href="../../outside/hdfs-ha.xml"/>\n'));
    },
  },
  {
    name: 'xinclude-absolute-path-to-a-fifo',
    build: (d, outside) => {
      mkfifo(join(outside, 'hdfs-ha.xml'));
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite(`  <xi:include href="${join(outside, 'hdfs-ha.xml')}"/>\n`));
    },
  },
  {
    name: 'xinclude-file-url-to-a-fifo',
    build: (d, outside) => {
      mkfifo(join(outside, 'hdfs-ha.xml'));
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite(`  <xi:include href="file://${join(outside, 'hdfs-ha.xml')}"/>\n`));
    },
  },
  {
    // The link's target is never named in the output, nor opened.
    name: 'xinclude-link-out-of-the-tree',
    build: (d, outside) => {
      mkfifo(join(outside, 'secret-ha.xml'));
      const includes = ['hdfs-ha.xml', 'linked/secret-ha.xml', 'linked/absent.xml'].map((h) => `  <xi:include href="${h}"/>\n`);
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite(includes.join('')));
      symlinkSync(join(outside, 'secret-ha.xml'), join(d, 'nn1/hdfs-ha.xml'));
      symlinkSync(outside, join(d, 'nn1/linked'));
    },
  },
  {
    name: 'xinclude-fifo-inside-the-tree',
    build: (d) => {
      mkfifo(join(d, 'nn1/hdfs-ha.xml'));
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite('  <xi:include href="hdfs-ha.xml"/>\n'));
    },
  },
  {
    name: 'xinclude-cycle',
    build: (d) => {
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite('  <xi:include href="a.xml"/>\n'));
      write(join(d, 'nn1/a.xml'), ha(`${prop('dfs.nameservices', 'ns1')}  <xi:include href="b.xml"/>\n`));
      write(join(d, 'nn1/b.xml'), ha('  <xi:include href="a.xml"/>\n'));
    },
  },
  {
    name: 'xinclude-self',
    build: (d) => write(join(d, 'nn1/hdfs-site.xml'), hdfsSite('  <xi:include href="hdfs-site.xml"/>\n')),
  },
  {
    name: 'xinclude-fan-out',
    build: (d) => {
      // Each file includes the next one ten times: 10^8 includes if nothing stopped it.
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite('  <xi:include href="f1.xml"/>\n'.repeat(10)));
      for (let i = 1; i <= 8; i++) write(join(d, `nn1/f${i}.xml`), ha(`  <xi:include href="f${i + 1}.xml"/>\n`.repeat(10)));
      write(join(d, 'nn1/f9.xml'), ha(prop('dfs.blocksize', '134217728')));
    },
  },
  {
    name: 'xinclude-missing-with-fallback',
    build: (d) =>
      write(join(d, 'nn1/hdfs-site.xml'), hdfsSite(`  <xi:include href="hdfs-ha.xml">\n    <xi:fallback>\n  ${prop('dfs.permissions.enabld', 'true').replace(/\n {2}/g, '\n      ')}    </xi:fallback>\n  </xi:include>\n`)),
  },
  {
    name: 'xinclude-missing-without-fallback',
    build: (d) => write(join(d, 'nn1/hdfs-site.xml'), hdfsSite('  <xi:include href="hdfs-ha.xml"/>\n')),
  },
];
