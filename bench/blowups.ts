/**
 * Inputs on which hacheck once cost more than linear time (issue 11): well-formed, under
 * the 10 MiB file limit, each scaled by one size. `npm run bench -- --blowups` times every
 * family at four sizes that double (bench/run.ts); test/support/hostile-cases-perf.ts runs
 * one size of each under the hostile suite's 30 s hang limit.
 *
 * Each family also predicts hacheck's exact output (compact format, exit code, and the
 * notices on stderr), derived from the generator's own text, so that the benchmark times
 * only runs that found exactly what they should.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCluster, hostName } from './generate.ts';

export interface Expected {
  readonly exit: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface BlowupFamily {
  readonly name: string;
  /** What one size is, for the tables: "hosts", "server lines". */
  readonly unit: string;
  /** Four sizes, each double the one before; the last is the one that blew up. */
  readonly sizes: readonly number[];
  /** What the input is and what cost more than linear time before. */
  readonly description: string;
  /** Writes the input under `dir` (empty). */
  readonly generate: (dir: string, size: number) => void;
  /** `dir`: where the input was generated (a message may name it). */
  readonly expected: (size: number, dir: string) => Expected;
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const site = (body: string) => `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
const ZOO_SETTINGS = 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n';
const CLEAN: Expected = { exit: 0, stdout: '', stderr: '' };

/** 10.0.0.0/8 addresses, one per host. */
function addressOf(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

/** The /etc/hosts every host of the bench cluster would carry: an entry for each host. */
export function fullEtcHosts(hosts: number): string {
  let out = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n\n';
  for (let i = 1; i <= hosts; i++) out += `${addressOf(i)}\t${hostName(i)}.example.com ${hostName(i)}\n`;
  return out;
}

/** A site file: the XML declaration on line 1, `<configuration>` on line 2, then four lines per property. */
const valueLine = (property: number) => 2 + 4 * (property - 1) + 3;

/** The bench cluster (bench/generate.ts, no defect), each host with the full /etc/hosts. */
const etcHosts: BlowupFamily = {
  name: 'etc-hosts',
  unit: 'hosts',
  sizes: [250, 500, 1000, 2000],
  description:
    'The clean bench cluster (bench/generate.ts), every host with an /etc/hosts that maps every host. ' +
    'cluster/hosts-disagree and cluster/hosts-missing-name scanned each hosts file for each host and name: cubic in hosts.',
  generate(dir, hosts) {
    generateCluster(dir, { hosts });
    const text = fullEtcHosts(hosts);
    for (let i = 1; i <= hosts; i++) write(join(dir, hostName(i), 'etc/hosts'), text);
  },
  expected: () => CLEAN,
};

const ZOO_HEADER_LINES = ZOO_SETTINGS.split('\n').length - 1;
/** The highest server id ZooKeeper documents; larger ids are reported. */
const MAX_DOCUMENTED_ID = 255;

/** One zoo.cfg listing `servers` ZooKeeper servers, one per host. */
const zooServers: BlowupFamily = {
  name: 'zoo-servers',
  unit: 'server lines',
  sizes: [2500, 5000, 10_000, 20_000],
  description:
    'One zoo.cfg with that many `server.N` lines, each on its own host. The model looked up each host\'s server line, ' +
    'and the ensemble grouping joined each host with every server, by scanning the list: quadratic.',
  generate(dir, servers) {
    let text = ZOO_SETTINGS;
    for (let i = 1; i <= servers; i++) text += `server.${i}=zk${i}.example.com:2888:3888\n`;
    write(join(dir, 'conf/zoo.cfg'), text);
  },
  expected(servers) {
    const line = (i: number) => ZOO_HEADER_LINES + i;
    let stdout = `conf/zoo.cfg:${line(1)}:1: warning: the ensemble has ${servers} participants, which tolerate ${Math.floor((servers - 1) / 2)} failures, no more than ${servers - 1} would [zookeeper/ensemble-size]\n`;
    for (let i = MAX_DOCUMENTED_ID + 1; i <= servers; i++) {
      stdout += `conf/zoo.cfg:${line(i)}:8: warning: server id "${i}" is outside the documented range 1 to ${MAX_DOCUMENTED_ID} [zookeeper/server-id-range]\n`;
    }
    return { exit: 0, stdout, stderr: '' };
  },
};

/** One hdfs-site.xml repeating one property. */
const repeatedProperty: BlowupFamily = {
  name: 'repeated-property',
  unit: 'copies',
  sizes: [5000, 10_000, 20_000, 40_000],
  description:
    'One hdfs-site.xml defining dfs.replication that many times, always to 3 (harmless duplicates). ' +
    'hadoop/duplicate-property and hadoop/deprecated-overrides-new copied the list of definitions on every append: quadratic.',
  generate(dir, copies) {
    write(join(dir, 'conf/hdfs-site.xml'), site(prop('dfs.replication', '3').repeat(copies)));
  },
  expected: () => CLEAN,
};

const QUORUM_DIR = 'hadoop-2.7.7/etc/hadoop';
/** ha.zookeeper.quorum with a run of blanks inside the first entry, then a blank before the last comma. */
function spacedQuorum(blanks: number): string {
  return `zk1:2181${' '.repeat(blanks)}zk2:2181 ,zk3:2181`;
}

const quorumSpaces: BlowupFamily = {
  name: 'quorum-spaces',
  unit: 'blanks',
  sizes: [50_000, 100_000, 200_000, 400_000],
  description:
    'A Hadoop 2 core-site.xml whose ha.zookeeper.quorum holds a run of that many blanks, then one blank before a comma. ' +
    "The pattern of cluster/zookeeper-quorum-spaces, `(\\s+),`, retried the whole run from each of its blanks: quadratic.",
  generate(dir, blanks) {
    write(join(dir, QUORUM_DIR, 'core-site.xml'), site(prop('fs.defaultFS', 'hdfs://mycluster') + prop('ha.zookeeper.quorum', spacedQuorum(blanks))));
  },
  expected(blanks) {
    const valueLine = 9;
    const column = '    <value>'.length + 1 + `zk1:2181${' '.repeat(blanks)}zk2:2181`.length;
    const shown = `zk1:2181${' '.repeat(blanks)}zk2:2181 ,zk3:2181`;
    // The run itself, with no comma next to it, separates zk1 from zk2: cluster/zookeeper-connect-separator reports it where it starts.
    const separator = '    <value>'.length + 1 + 'zk1:2181'.length;
    const piece = `zk1:2181${' '.repeat(blanks)}zk2:2181`;
    return {
      exit: 1,
      stdout:
        `${QUORUM_DIR}/core-site.xml:${valueLine}:${separator}: error: ha.zookeeper.quorum ${quoteShort(shown)} separates servers with a space instead of ",", so the ZKFC reads ${quoteShort(piece)} as one server named ${quoteShort(piece.slice(0, piece.lastIndexOf(':')))}, which does not resolve [cluster/zookeeper-connect-separator]\n` +
        `${QUORUM_DIR}/core-site.xml:${valueLine}:${column}: error: ha.zookeeper.quorum ${quoteShort(shown)} has whitespace next to a comma, which the ZooKeeper 3.4 client of Hadoop 2.7.7 does not trim [cluster/zookeeper-quorum-spaces]\n`,
      stderr: '',
    };
  },
};

/** quote() of src/engine/quote.ts for a value with no character it escapes: 100 characters at most, the last an ellipsis. */
function quoteShort(value: string): string {
  const MAX = 100;
  return `"${value.length > MAX ? `${value.slice(0, MAX - 1)}…` : value}"`;
}

const COMMON_FOLDERS = 300;
const MAX_LINKED_ENTRIES = 20_000;

/** 300 folders of one zoo.cfg each, and that many links to the folder that holds them. */
const linkFanOut: BlowupFamily = {
  name: 'link-fan-out',
  unit: 'links',
  sizes: [1250, 2500, 5000, 10_000],
  description:
    '300 folders with a zoo.cfg each, and that many symbolic links to their parent folder. Every link made 300 more ' +
    'files: 10,000 links, 3 million paths, the heap exhausted. Entries found through links are now bounded (20,000).',
  generate(dir, links) {
    for (let i = 1; i <= COMMON_FOLDERS; i++) write(join(dir, `common/n${String(i).padStart(3, '0')}/zoo.cfg`), ZOO_SETTINGS);
    mkdirSync(join(dir, 'links'));
    for (let j = 1; j <= links; j++) symlinkSync('../common', join(dir, `links/l${String(j).padStart(5, '0')}`));
  },
  expected(links) {
    // Each link lists 300 folders and their 300 files; the link whose listing crosses the bound gets the one notice.
    const perLink = 2 * COMMON_FOLDERS;
    const crossing = Math.floor(MAX_LINKED_ENTRIES / perLink) + 1;
    if (crossing > links) return CLEAN;
    const at = `links/l${String(crossing).padStart(5, '0')}`;
    const inside = MAX_LINKED_ENTRIES - (crossing - 1) * perLink;
    // The walk lists a folder, then enters it: the bound falls on the folder of entry `inside` + 1.
    const folder = `${at}/n${String(Math.floor(inside / 2) + 1).padStart(3, '0')}`;
    return {
      exit: 0,
      stdout: '',
      stderr: `hacheck: skipped ${inside % 2 === 0 ? at : folder}: not read further, nor any symbolic link to a directory after it: more than ${MAX_LINKED_ENTRIES} entries were already found through symbolic links\n`,
    };
  },
};

/** One zoo.cfg setting tickTime again and again to alternating values: a finding per line. */
const manyFindings: BlowupFamily = {
  name: 'many-findings',
  unit: 'findings',
  sizes: [20_000, 40_000, 80_000, 160_000],
  description:
    'One zoo.cfg setting tickTime that many more times, alternating between two values: one zookeeper/duplicate-key ' +
    'finding per line. The engine appended a rule\'s findings with `push(...findings)`, which overflows the stack ' +
    'from about 120,000: the findings were lost to an internal error.',
  generate(dir, findings) {
    let text = ZOO_SETTINGS;
    for (let i = 1; i <= findings; i++) text += `tickTime=${i % 2 === 0 ? 2000 : 3000}\n`;
    write(join(dir, 'conf/zoo.cfg'), text);
  },
  expected(findings) {
    const parts: string[] = [];
    for (let i = 1; i <= findings; i++) {
      const line = ZOO_HEADER_LINES + i;
      const value = i % 2 === 0 ? 2000 : 3000;
      const before = i % 2 === 0 ? 3000 : 2000;
      const earlierLine = i === 1 ? 1 : line - 1;
      parts.push(
        `conf/zoo.cfg:${line}:1: warning: tickTime is set again to "${value}", so ZooKeeper ignores the earlier "${before}" [zookeeper/duplicate-key]\n` +
          `  conf/zoo.cfg:${earlierLine}:10: note: tickTime is first set to "${before}" here\n`,
      );
    }
    return { exit: 0, stdout: parts.join(''), stderr: '' };
  },
};

/** zoo.cfg of `entries` servers, and an ha.zookeeper.quorum naming each of them. */
const connectString: BlowupFamily = {
  name: 'connect-string',
  unit: 'entries',
  sizes: [2500, 5000, 10_000, 20_000],
  description:
    'A zoo.cfg of that many server lines and a core-site.xml whose ha.zookeeper.quorum names each server. ' +
    'cluster/zookeeper-quorum-mismatch (and the HBase and Kafka rules sharing src/rules-support/zookeeper-connect.ts) ' +
    'found the server of each entry by scanning the server list: quadratic.',
  generate(dir, entries) {
    zooServers.generate(dir, entries);
    const quorum = Array.from({ length: entries }, (_, i) => `zk${i + 1}.example.com:2181`).join(',');
    write(join(dir, 'conf/core-site.xml'), site(prop('fs.defaultFS', 'hdfs://zk1.example.com:8020') + prop('ha.zookeeper.quorum', quorum)));
  },
  // Every entry names a server at its client port: the findings are those of the zoo.cfg alone.
  expected: (entries, dir) => zooServers.expected(entries, dir),
};

/** One yarn-site.xml with `rms` ResourceManagers, each on its own host, and a hard-coded ha.id. */
const resourceManagers: BlowupFamily = {
  name: 'resource-managers',
  unit: 'ResourceManagers',
  sizes: [2500, 5000, 10_000, 20_000],
  description:
    'One yarn-site.xml with ResourceManager HA over that many rm-ids, each on its own host, and yarn.resourcemanager.ha.id ' +
    'set to rm1 (one finding naming every other host). yarn/rm-ha-id-hardcoded looked for each host among the ' +
    'ResourceManagers, and for the rm-id, by scanning the list: quadratic.',
  generate(dir, rms) {
    let body = prop('yarn.resourcemanager.ha.enabled', 'true');
    body += prop('yarn.resourcemanager.ha.rm-ids', Array.from({ length: rms }, (_, i) => `rm${i + 1}`).join(','));
    body += prop('yarn.resourcemanager.ha.id', 'rm1');
    for (let i = 1; i <= rms; i++) body += prop(`yarn.resourcemanager.hostname.rm${i}`, `r${i}.example.com`);
    write(join(dir, 'conf/yarn-site.xml'), site(body));
  },
  expected(rms) {
    const at = (property: number) => `conf/yarn-site.xml:${valueLine(property)}:12`;
    // The other hosts sorted by name: r10 and r100 come first (from 100 ResourceManagers on).
    return {
      exit: 1,
      stdout:
        `${at(1)}: error: ResourceManager HA with automatic failover is enabled but yarn.resourcemanager.cluster-id is not set [yarn/rm-cluster-id-missing]\n` +
        `${at(1)}: error: ResourceManager HA with automatic failover needs hadoop.zk.address, which is not set [yarn/rm-zk-address-missing]\n` +
        `${at(3)}: error: yarn.resourcemanager.ha.id is "rm1" on r10.example.com, r100.example.com and ${rms - 3} more, but rm1 is the ResourceManager on r1.example.com [yarn/rm-ha-id-hardcoded]\n` +
        `  ${at(4)}: note: rm1 is placed on r1.example.com here\n`,
      stderr: '',
    };
  },
};

/** many-findings in a host's folder, and an override listing a quarter as many other hosts before it. */
const overrideHosts: BlowupFamily = {
  name: 'override-hosts',
  unit: 'findings',
  sizes: [5000, 10_000, 20_000, 40_000],
  description:
    'The zoo.cfg of many-findings in the folder of host hx, and a .hacheckrc.json override listing a quarter as many ' +
    'other hosts, then hx, that makes zookeeper/duplicate-key info. Each finding scanned every override\'s host list: ' +
    'findings times hosts.',
  generate(dir, findings) {
    manyFindings.generate(join(dir, 'hx'), findings);
    const hosts = Array.from({ length: findings / 4 }, (_, i) => `other${i + 1}.example.com`);
    hosts.push('hx');
    write(join(dir, '.hacheckrc.json'), JSON.stringify({ hosts: { hx: 'hx' }, overrides: [{ hosts, rules: { 'zookeeper/duplicate-key': 'info' } }] }));
  },
  expected(findings, dir) {
    const e = manyFindings.expected(findings, dir);
    return { ...e, stdout: e.stdout.replaceAll(/^(\s*)conf\//gm, '$1hx/conf/').replaceAll(': warning: ', ': info: ') };
  },
};

const GLOB = '*a*a*a*a*a*a*a*a*a*b';
const GLOB_FOLDERS = 16;
/** Two letters other than a and b, distinct for each i below 24 * 24. */
const suffixOf = (i: number) => String.fromCharCode(99 + Math.floor(i / 24), 99 + (i % 24));
/** Folders of `length` characters: kept ones end in two letters (no b), ignored ones in the same and b. */
const keptFolder = (length: number, i: number) => `${'a'.repeat(length - 2)}${suffixOf(i)}`;
const ignoredFolder = (length: number, i: number) => `${'a'.repeat(length - 3)}${suffixOf(i)}b`;
/** A core-site.xml with one unknown property, its value distinct per folder so that each copy is reported. */
const coreWithTypo = (i: number) => site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dirr', `/data/tmp${i}`));

const ignoreGlob: BlowupFamily = {
  name: 'ignore-glob',
  unit: 'characters per name',
  // A file name has at most 255 bytes: 240 is the last doubling that fits.
  sizes: [30, 60, 120, 240],
  description:
    `The 20-byte ignore glob \`${GLOB}\` of .hacheckrc.yaml against ${GLOB_FOLDERS} folders whose names are that many ` +
    `characters of a's and two other letters (kept: no b), and ${GLOB_FOLDERS} ending in b (ignored), each with a ` +
    'core-site.xml holding an unknown property. picomatch made the glob a backtracking regular expression, ' +
    'exponential in the name\'s length (31 s at 40 characters, hours at 60); src/config/ignore-glob.ts matches in linear time.',
  generate(dir, length) {
    for (let i = 0; i < GLOB_FOLDERS; i++) {
      write(join(dir, keptFolder(length, i), 'core-site.xml'), coreWithTypo(i));
      write(join(dir, ignoredFolder(length, i), 'core-site.xml'), coreWithTypo(i));
    }
    write(join(dir, '.hacheckrc.yaml'), `ignore:\n  - "${GLOB}"\n`);
  },
  expected(length) {
    let stdout = '';
    for (let i = 0; i < GLOB_FOLDERS; i++) {
      stdout += `${keptFolder(length, i)}/core-site.xml:${valueLine(2) - 1}:11: warning: "hadoop.tmp.dirr" is not a Hadoop property; did you mean "hadoop.tmp.dir" [hadoop/unknown-property]\n`;
    }
    return { exit: 0, stdout, stderr: '' };
  },
};

const YAML_ALIAS_LIMIT = 20;

/** A "billion laughs" .hacheckrc.yaml: `levels` anchors, each a list of ten aliases of the one before. */
const yamlAliases: BlowupFamily = {
  name: 'yaml-aliases',
  unit: 'levels of aliases',
  sizes: [4, 8, 16, 32],
  description:
    'A .hacheckrc.yaml of that many anchors, each a list of ten aliases of the one before, the last one used as ' +
    `\`rules\`: 10^levels nodes once expanded. Loading refuses it (exit 2) as soon as the aliases expand past ` +
    `${YAML_ALIAS_LIMIT}, whatever the depth.`,
  generate(dir, levels) {
    write(join(dir, 'nn1/core-site.xml'), coreWithTypo(0));
    const lines = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= levels; i++) lines.push(`lol${i}: &lol${i} [${Array(10).fill(`*lol${i - 1}`).join(', ')}]`);
    write(join(dir, '.hacheckrc.yaml'), `${lines.join('\n')}\nrules: *lol${levels}\n`);
  },
  expected: (_levels, dir) => ({
    exit: 2,
    stdout: '',
    stderr: `hacheck: ${join(dir, '.hacheckrc.yaml')}:2:14: not loaded: its YAML aliases expand beyond the limit of ${YAML_ALIAS_LIMIT} (a document of aliases of aliases grows exponentially)\n`,
  }),
};

export const BLOWUP_FAMILIES: readonly BlowupFamily[] = [
  etcHosts, zooServers, repeatedProperty, quorumSpaces, linkFanOut, manyFindings,
  connectString, resourceManagers, overrideHosts, ignoreGlob, yamlAliases,
];
