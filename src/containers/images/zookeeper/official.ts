/**
 * The official `zookeeper` image (docker-library/zookeeper, built from 31z4/zookeeper-docker):
 * what its docker-entrypoint.sh writes before `zkServer.sh start-foreground`.
 *
 * 3.5 and later (31z4/zookeeper-docker 3.9.4/docker-entrypoint.sh L11-48, identical in 3.8.6):
 * when `$ZOO_CONF_DIR/zoo.cfg` does not exist it echoes dataDir, dataLogDir, tickTime,
 * initLimit, syncLimit, autopurge.*, maxClientCnxns, standaloneEnabled and admin.enableServer
 * from the variables (L14-27), then each word of `$ZOO_SERVERS` as a line, or
 * `server.1=localhost:2888:3888;2181` when it is empty (L28-34), `4lw.commands.whitelist` when
 * that variable is not empty (L36-38) and each word of `$ZOO_CFG_EXTRA` (L40-42); when
 * `$ZOO_DATA_DIR/myid` does not exist it writes `${ZOO_MY_ID:-1}` there (L45-48). The defaults
 * are the Dockerfile's `ENV` (3.9.4/Dockerfile L3-14).
 *
 * 3.4 (removed in commit 10a34d6): 3.4.14/docker-entrypoint.sh at 10a34d6~1 L11-39 writes
 * `clientPort=2181` first and neither standaloneEnabled, admin.enableServer, the 4lw list nor a
 * default server line; tags before 3.4.14 were built while it wrote `clientPort=$ZOO_PORT`
 * (ENV ZOO_PORT=2181; 78b76cc "Get rid of ZOO_PORT env variable" and 95e63be, which added
 * ZOO_CFG_EXTRA to 3.4.14 only). Older 3.4 builds also lacked the autopurge and maxClientCnxns
 * lines (d3825b8, 3557e12); those values are ZooKeeper's own defaults, so they are written here.
 */
import { wordsOf } from '../../sourced.ts';
import type { ContainerProblem, ContainerService } from '../../types.ts';
import type { GeneratedFile, ImageTranslation } from '../types.ts';
import {
  buildLines,
  envEntry,
  envValue,
  ignoredBecauseMounted,
  imageSpan,
  keyValueLine,
  unknownNote,
  written,
  type GeneratedLine,
} from './entrypoint-env.ts';

const IMAGE = 'zookeeper image';

/** Which script a tag was built with. */
export type OfficialScript = 'current' | '3.4.14' | '3.4-zoo-port';

/**
 * The script of a tag. No tag or `latest` (or a tag that names no version, such as `jre-17`)
 * is the newest image, so it is read with the newest script; `3.4` pointed at 3.4.14 when 3.4
 * was last built.
 */
export function officialScriptFor(tag: string | undefined): OfficialScript {
  const m = tag === undefined ? null : /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag);
  if (!m) return 'current';
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major > 3 || (major === 3 && minor >= 5)) return 'current';
  if (major === 3 && minor === 4 && (m[3] === undefined || Number(m[3]) >= 14)) return '3.4.14';
  return '3.4-zoo-port';
}

/** The Dockerfile's ENV defaults (3.9.4/Dockerfile L3-14; the same values in 3.4.14/Dockerfile). */
const DEFAULTS = {
  ZOO_CONF_DIR: '/conf',
  ZOO_DATA_DIR: '/data',
  ZOO_DATA_LOG_DIR: '/datalog',
  ZOO_TICK_TIME: '2000',
  ZOO_INIT_LIMIT: '5',
  ZOO_SYNC_LIMIT: '2',
  ZOO_AUTOPURGE_PURGEINTERVAL: '0',
  ZOO_AUTOPURGE_SNAPRETAINCOUNT: '3',
  ZOO_MAX_CLIENT_CNXNS: '60',
  ZOO_STANDALONE_ENABLED: 'true',
  ZOO_ADMINSERVER_ENABLED: 'true',
  ZOO_PORT: '2181',
} as const;

type Var = keyof typeof DEFAULTS;

/** The `echo "key=$VAR"` lines, in the order the script writes them. */
function echoedKeys(script: OfficialScript): [string, Var][] {
  const head: [string, Var][] = script === '3.4-zoo-port' ? [['clientPort', 'ZOO_PORT']] : [];
  const common: [string, Var][] = [
    ['dataDir', 'ZOO_DATA_DIR'],
    ['dataLogDir', 'ZOO_DATA_LOG_DIR'],
    ['tickTime', 'ZOO_TICK_TIME'],
    ['initLimit', 'ZOO_INIT_LIMIT'],
    ['syncLimit', 'ZOO_SYNC_LIMIT'],
    ['autopurge.snapRetainCount', 'ZOO_AUTOPURGE_SNAPRETAINCOUNT'],
    ['autopurge.purgeInterval', 'ZOO_AUTOPURGE_PURGEINTERVAL'],
    ['maxClientCnxns', 'ZOO_MAX_CLIENT_CNXNS'],
  ];
  const tail: [string, Var][] =
    script === 'current'
      ? [
          ['standaloneEnabled', 'ZOO_STANDALONE_ENABLED'],
          ['admin.enableServer', 'ZOO_ADMINSERVER_ENABLED'],
        ]
      : [];
  return [...head, ...common, ...tail];
}

/** Every variable the zoo.cfg part of the script reads. */
function zooCfgVariables(script: OfficialScript): string[] {
  const names = echoedKeys(script).map(([, v]) => v as string);
  names.push('ZOO_SERVERS');
  if (script !== '3.4-zoo-port') names.push('ZOO_CFG_EXTRA');
  if (script === 'current') names.push('ZOO_4LW_COMMANDS_WHITELIST');
  return names;
}

/** A directory variable made into a path inside it, or undefined (with a note) when it is not known. */
function pathIn(service: ContainerService, dirVar: 'ZOO_CONF_DIR' | 'ZOO_DATA_DIR', file: string, notes: ContainerProblem[]): string | undefined {
  const dir = envValue(service, dirVar, DEFAULTS[dirVar], false)!;
  if (dir.kind === 'unknown') {
    notes.push(unknownNote(dir.env, IMAGE, `where its entrypoint writes ${file} is not known either`));
    return undefined;
  }
  return `${dir.text.value}/${file}`;
}

function zooCfg(service: ContainerService, script: OfficialScript, target: string, notes: ContainerProblem[]): GeneratedFile | undefined {
  const servers = envEntry(service, 'ZOO_SERVERS');
  if (servers && !servers.value) {
    notes.push(unknownNote(servers, IMAGE, 'the zoo.cfg its entrypoint writes is not known'));
    return undefined;
  }
  const lines: GeneratedLine[] = [];
  if (script === '3.4.14') {
    lines.push([written('clientPort=2181', imageSpan(service))]);
    const port = envEntry(service, 'ZOO_PORT');
    if (port) notes.push({ span: port.span, kind: 'ignored', message: `the ${IMAGE} ignores ZOO_PORT since 3.4.14: its entrypoint writes clientPort=2181` });
  }
  for (const [key, name] of echoedKeys(script)) {
    const value = envValue(service, name, DEFAULTS[name], false)!;
    if (value.kind === 'unknown') notes.push(unknownNote(value.env, IMAGE, `the ${key} line is left out`));
    else lines.push(keyValueLine(key, value, service));
  }
  // `[[ -z $ZOO_SERVERS ]]` then `for server in $ZOO_SERVERS`: words split at blanks, one line each.
  if (servers?.value && servers.value.value !== '') {
    for (const word of wordsOf(servers.value)) lines.push([word]);
  } else if (script === 'current') {
    lines.push([written('server.1=localhost:2888:3888;2181', servers?.span ?? imageSpan(service))]);
  }
  if (script === 'current') {
    const fourLetter = envEntry(service, 'ZOO_4LW_COMMANDS_WHITELIST');
    if (fourLetter && !fourLetter.value) notes.push(unknownNote(fourLetter, IMAGE, 'the 4lw.commands.whitelist line is left out'));
    else if (fourLetter?.value && fourLetter.value.value !== '') lines.push([written('4lw.commands.whitelist=', fourLetter.span), fourLetter.value]);
  }
  if (script !== '3.4-zoo-port') {
    const extra = envEntry(service, 'ZOO_CFG_EXTRA');
    if (extra && !extra.value) notes.push(unknownNote(extra, IMAGE, 'the lines of ZOO_CFG_EXTRA are left out'));
    else if (extra?.value) for (const word of wordsOf(extra.value)) lines.push([word]);
  }
  return { kind: 'zoo.cfg', text: buildLines(lines, service.file), image: IMAGE, target };
}

function myid(service: ContainerService, target: string, notes: ContainerProblem[]): GeneratedFile | undefined {
  // `${ZOO_MY_ID:-1}`: an empty value takes the default too.
  const id = envValue(service, 'ZOO_MY_ID', '1', true)!;
  if (id.kind === 'unknown') {
    notes.push(unknownNote(id.env, IMAGE, 'the myid its entrypoint writes is not known'));
    return undefined;
  }
  return { kind: 'myid', text: buildLines([[id.text]], service.file), image: IMAGE, target };
}

export function officialZookeeperTranslation(service: ContainerService, tag: string | undefined, mounted: (containerPath: string) => boolean): ImageTranslation {
  const script = officialScriptFor(tag);
  const notes: ContainerProblem[] = [];
  const files: GeneratedFile[] = [];
  const cfgPath = pathIn(service, 'ZOO_CONF_DIR', 'zoo.cfg', notes);
  if (cfgPath !== undefined && mounted(cfgPath)) notes.push(...ignoredBecauseMounted(service, zooCfgVariables(script), IMAGE, cfgPath));
  else if (cfgPath !== undefined) {
    const cfg = zooCfg(service, script, cfgPath, notes);
    if (cfg) files.push(cfg);
  }
  const myidPath = pathIn(service, 'ZOO_DATA_DIR', 'myid', notes);
  if (myidPath !== undefined && mounted(myidPath)) notes.push(...ignoredBecauseMounted(service, ['ZOO_MY_ID'], IMAGE, myidPath));
  else if (myidPath !== undefined) {
    const file = myid(service, myidPath, notes);
    if (file) files.push(file);
  }
  return { files, notes };
}
