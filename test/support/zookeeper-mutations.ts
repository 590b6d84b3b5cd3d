/**
 * Mutations of a correct 3-server ZooKeeper 3.8 ensemble (per-host snapshots), each written
 * as a cluster directory: ids, myid files, ports, required keys, numbers, session
 * timeouts and server lines. The differential suite runs ZooKeeper and hacheck on each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = [
  'tickTime=2000',
  'initLimit=10',
  'syncLimit=5',
  'dataDir=/var/lib/zookeeper',
  'clientPort=2181',
  'admin.enableServer=false',
  'server.1=zk1:2888:3888',
  'server.2=zk2:2888:3888',
  'server.3=zk3:2888:3888',
];

interface Ensemble {
  /** zoo.cfg lines per host (index 0 = zk1). */
  cfg: string[][];
  /** myid content per host; undefined: no myid file. */
  myid: (string | undefined)[];
}

type Mutation = (e: Ensemble) => void;

const all = (f: (lines: string[]) => string[]): Mutation => (e) => {
  e.cfg = e.cfg.map(f);
};
const set = (key: string, value: string | undefined): Mutation =>
  all((lines) => {
    const i = lines.findIndex((l) => l.startsWith(`${key}=`));
    if (value === undefined) return lines.filter((_, j) => j !== i);
    if (i < 0) return [...lines, `${key}=${value}`];
    return lines.map((l, j) => (j === i ? `${key}=${value}` : l));
  });
const onHost = (h: number, m: Mutation): Mutation => (e) => {
  const copy: Ensemble = { cfg: [e.cfg[h]!], myid: [e.myid[h]] };
  m(copy);
  e.cfg[h] = copy.cfg[0]!;
  e.myid[h] = copy.myid[0];
};
const myid = (h: number, v: string | undefined): Mutation => (e) => {
  e.myid[h] = v;
};

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  'base': () => {},
  'ids/server-id-not-a-number': all((l) => l.map((x) => x.replace('server.3=', 'server.3a='))),
  'ids/server-id-word': all((l) => l.map((x) => x.replace('server.3=', 'server.three='))),
  'ids/duplicate-server-id-different-host': all((l) => [...l, 'server.2=zk3:2888:3888']),
  'ids/server-ids-4-5-6': (e) => {
    all((l) => l.map((x) => x.replace(/^server\.(\d)=/, (_m, d: string) => `server.${Number(d) + 3}=`)))(e);
    e.myid = ['4\n', '5\n', '6\n'];
  },
  'myid/swapped': (e) => {
    e.myid = ['2\n', '1\n', '3\n'];
  },
  'myid/missing-on-one-host': myid(2, undefined),
  'myid/not-in-server-list': myid(2, '4\n'),
  'myid/duplicate': myid(2, '1\n'),
  'myid/trailing-space': myid(1, '2 \n'),
  'myid/empty': myid(1, ''),
  'myid/crlf': myid(1, '2\r\n'),
  'myid/leading-zero': myid(1, '02\n'),
  'ports/quorum-equals-election': all((l) => l.map((x) => x.replace('server.2=zk2:2888:3888', 'server.2=zk2:3888:3888'))),
  'ports/no-election-port': all((l) => l.map((x) => x.replace('server.3=zk3:2888:3888', 'server.3=zk3:2888'))),
  'ports/quorum-port-not-a-number': all((l) => l.map((x) => x.replace('server.2=zk2:2888:3888', 'server.2=zk2:28a8:3888'))),
  'ports/election-port-too-large': all((l) => l.map((x) => x.replace('server.1=zk1:2888:3888', 'server.1=zk1:2888:70000'))),
  'ports/client-port-not-a-number': set('clientPort', '2181x'),
  'ports/client-port-in-server-lines': (e) => {
    set('clientPort', undefined)(e);
    all((l) => l.map((x) => (x.startsWith('server.') ? `${x};2181` : x)))(e);
  },
  'ports/client-port-clash-with-election': all((l) => l.map((x) => x.replace('server.1=zk1:2888:3888', 'server.1=zk1:2888:2181'))),
  'required/no-datadir': set('dataDir', undefined),
  'required/no-clientport': set('clientPort', undefined),
  'required/no-initlimit': set('initLimit', undefined),
  'required/synclimit-zero': set('syncLimit', '0'),
  'required/ticktime-zero': set('tickTime', '0'),
  'numbers/ticktime-unit': set('tickTime', '2s'),
  'numbers/inline-comment': set('initLimit', '10 # ticks'),
  'numbers/maxclientcnxns-word': set('maxClientCnxns', 'sixty'),
  'numbers/purge-interval-fraction': set('autopurge.purgeInterval', '1.5'),
  'numbers/snap-retain-count-low': set('autopurge.snapRetainCount', '1'),
  'booleans/standalone-enabled-yes': set('standaloneEnabled', 'yes'),
  'booleans/reconfig-enabled-uppercase': set('reconfigEnabled', 'TRUE'),
  'booleans/electionalg-0': set('electionAlg', '0'),
  'sessions/min-above-max': (e) => {
    set('minSessionTimeout', '60000')(e);
    set('maxSessionTimeout', '40000')(e);
  },
  'sessions/max-below-default-min': set('maxSessionTimeout', '3000'),
  'sessions/min-above-default-max': set('minSessionTimeout', '50000'),
  'sessions/within-defaults': (e) => {
    set('minSessionTimeout', '4000')(e);
    set('maxSessionTimeout', '60000')(e);
  },
  'servers/bad-role': all((l) => l.map((x) => x.replace('server.3=zk3:2888:3888', 'server.3=zk3:2888:3888:voter'))),
  'servers/observer-fourth': (e) => {
    all((l) => [...l, 'server.4=zk4:2888:3888:observer'])(e);
    e.cfg.push([...e.cfg[0]!]);
    e.myid.push('4\n');
  },
  'servers/two-servers': (e) => {
    all((l) => l.filter((x) => !x.startsWith('server.3=')))(e);
    e.cfg.pop();
    e.myid.pop();
  },
  'servers/missing-on-one-host': onHost(2, (e) => all((l) => l.filter((x) => !x.startsWith('server.1=')))(e)),
  'servers/port-differs-on-one-host': onHost(2, (e) => all((l) => l.map((x) => x.replace('server.2=zk2:2888:3888', 'server.2=zk2:2889:3888')))(e)),
  'servers/extra-server-on-one-host': onHost(0, (e) => all((l) => [...l, 'server.4=zk4:2888:3888'])(e)),
  'servers/host-typo-everywhere': all((l) => l.map((x) => x.replace('server.3=zk3:', 'server.3=zk33:'))),
  'servers/second-client-part': all((l) => l.map((x) => x.replace('server.1=zk1:2888:3888', 'server.1=zk1:2888:3888;2181;2182'))),
  'servers/multi-address-without-flag': all((l) => [
    ...l.map((x) => x.replace('server.1=zk1:2888:3888', 'server.1=zk1:2888:3888|zk1b:2888:3888')),
    'multiAddress.enabled=true',
  ]),
  'keys/malformed-escape': set('dataLogDir', 'C:\\users\\zk'),
  'keys/duplicate-key-last-wins': all((l) => [...l, 'initLimit=abc']),
};

/** Writes every mutation under `root`/<name>/ as zk1..zkN snapshots; returns name -> folder. */
export function writeMutations(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, m] of Object.entries(MUTATIONS)) {
    const e: Ensemble = { cfg: [0, 1, 2].map(() => [...BASE]), myid: ['1\n', '2\n', '3\n'] };
    m(e);
    const dir = join(root, name);
    e.cfg.forEach((lines, i) => {
      const host = join(dir, `zk${i + 1}`);
      mkdirSync(join(host, 'opt/apache-zookeeper-3.8.0-bin/conf'), { recursive: true });
      writeFileSync(join(host, 'opt/apache-zookeeper-3.8.0-bin/conf/zoo.cfg'), `${lines.join('\n')}\n`);
      const id = e.myid[i];
      if (id !== undefined) {
        mkdirSync(join(host, 'var/lib/zookeeper'), { recursive: true });
        writeFileSync(join(host, 'var/lib/zookeeper/myid'), id);
      }
    });
    out.set(name, dir);
  }
  return out;
}
