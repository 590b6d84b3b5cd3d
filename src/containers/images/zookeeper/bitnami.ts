/**
 * Bitnami's ZooKeeper image (bitnami/containers, bitnami/zookeeper/3.9/debian-12): what
 * zookeeper_initialize (rootfs/opt/bitnami/scripts/libzookeeper.sh) writes before the server
 * starts, with the defaults of rootfs/opt/bitnami/scripts/zookeeper-env.sh.
 *
 * When the conf file is not there it copies zoo_sample.cfg and sets each key with
 * zookeeper_conf_set (zookeeper_generate_conf), which replaces a line `[#]key=` in place or
 * appends one, then the ZOO_CFG_* variables (zookeeper_configure_from_environment_variables). When
 * the data directory is empty it writes `$ZOO_SERVER_ID` to myid.
 *
 * ZOO_SERVERS: `${ZOO_SERVERS//[;, ]/ }` read by `read -r -a` (its first line, split at blanks);
 * server lines only when there are two entries or more, `server.<i>=<entry>;$ZOO_PORT_NUMBER`
 * numbered from 1, or `server.<id>=<host:ports>;$ZOO_PORT_NUMBER` when the value holds `::`
 * (`host:2888:3888::id`). ZOO_LISTEN_ALLIPS_ENABLED does not rewrite the container's own entry:
 * it sets `quorumListenOnAllIPs=true`, which makes ZooKeeper bind 0.0.0.0 itself.
 *
 * Left out (nothing hacheck checks depends on them): the sample file's comment lines, the TLS
 * (ZOO_TLS_*), authentication (ZOO_ENABLE_AUTH, ZOO_ENABLE_QUORUM_AUTH), Prometheus, log level
 * and heap settings, `peerType` (ZOO_PEER_TYPE) and zookeeper_validate's refusals other than an
 * empty value.
 */
import { sliceSourced } from '../../sourced.ts';
import type { ContainerEnv, ContainerProblem, ContainerService, SourcedText } from '../../types.ts';
import type { GeneratedFile, ImageTranslation } from '../types.ts';
import {
  buildLines,
  envEntry,
  envValue,
  envWithPrefix,
  ignoredBecauseMounted,
  imageSpan,
  unknownNote,
  written,
  type EnvValue,
  type GeneratedLine,
} from './entrypoint-env.ts';

const IMAGE = 'Bitnami ZooKeeper image';

// zookeeper-env.sh: ZOO_CONF_FILE="${ZOO_CONF_DIR}/zoo.cfg" and ZOO_DATA_DIR="${ZOO_VOLUME_DIR}/data",
// constants that no variable overrides.
const CONF_FILE = '/opt/bitnami/zookeeper/conf/zoo.cfg';
const DATA_DIR = '/bitnami/zookeeper/data';

/** zookeeper-env.sh's `${VAR:-default}` values of the variables written here. */
const DEFAULTS: Record<string, string> = {
  ZOO_PORT_NUMBER: '2181',
  ZOO_SERVER_ID: '1',
  ZOO_SERVERS: '',
  ZOO_DATA_LOG_DIR: '',
  ZOO_ENABLE_ADMIN_SERVER: 'no',
  ZOO_ADMIN_SERVER_ADDRESS: '127.0.0.1',
  ZOO_ADMIN_SERVER_PORT_NUMBER: '8080',
  ZOO_TICK_TIME: '2000',
  ZOO_INIT_LIMIT: '10',
  ZOO_SYNC_LIMIT: '5',
  ZOO_MAX_CNXNS: '0',
  ZOO_MAX_CLIENT_CNXNS: '60',
  ZOO_AUTOPURGE_INTERVAL: '0',
  ZOO_AUTOPURGE_RETAIN_COUNT: '3',
  ZOO_4LW_COMMANDS_WHITELIST: 'srvr, mntr',
  ZOO_RECONFIG_ENABLED: 'no',
  ZOO_LISTEN_ALLIPS_ENABLED: 'no',
  ZOO_MAX_SESSION_TIMEOUT: '40000',
  ZOO_PRE_ALLOC_SIZE: '65536',
  ZOO_SNAPCOUNT: '100000',
};

/** zookeeper_generate_conf's zookeeper_conf_set calls, in order; `bool` ones write true/false from is_boolean_yes. */
const SETTINGS: { key: string; name: string; bool?: true }[] = [
  { key: 'tickTime', name: 'ZOO_TICK_TIME' },
  { key: 'initLimit', name: 'ZOO_INIT_LIMIT' },
  { key: 'syncLimit', name: 'ZOO_SYNC_LIMIT' },
  { key: 'preAllocSize', name: 'ZOO_PRE_ALLOC_SIZE' },
  { key: 'snapCount', name: 'ZOO_SNAPCOUNT' },
  { key: 'dataDir', name: '' },
  { key: 'dataLogDir', name: 'ZOO_DATA_LOG_DIR' },
  { key: 'clientPort', name: 'ZOO_PORT_NUMBER' },
  { key: 'maxCnxns', name: 'ZOO_MAX_CNXNS' },
  { key: 'maxClientCnxns', name: 'ZOO_MAX_CLIENT_CNXNS' },
  { key: 'reconfigEnabled', name: 'ZOO_RECONFIG_ENABLED', bool: true },
  { key: 'quorumListenOnAllIPs', name: 'ZOO_LISTEN_ALLIPS_ENABLED', bool: true },
  { key: 'autopurge.purgeInterval', name: 'ZOO_AUTOPURGE_INTERVAL' },
  { key: 'autopurge.snapRetainCount', name: 'ZOO_AUTOPURGE_RETAIN_COUNT' },
  { key: '4lw.commands.whitelist', name: 'ZOO_4LW_COMMANDS_WHITELIST' },
  { key: 'maxSessionTimeout', name: 'ZOO_MAX_SESSION_TIMEOUT' },
  { key: 'admin.serverAddress', name: 'ZOO_ADMIN_SERVER_ADDRESS' },
  { key: 'admin.serverPort', name: 'ZOO_ADMIN_SERVER_PORT_NUMBER' },
  { key: 'admin.enableServer', name: 'ZOO_ENABLE_ADMIN_SERVER', bool: true },
];

/** The keys of zoo_sample.cfg (ZooKeeper's conf/zoo_sample.cfg, commented or not): zookeeper_conf_set replaces them in place. */
const SAMPLE_ORDER = ['tickTime', 'initLimit', 'syncLimit', 'dataDir', 'clientPort', 'maxClientCnxns', 'autopurge.snapRetainCount', 'autopurge.purgeInterval'];

/** libvalidations.sh is_boolean_yes: 1, yes or true, any case. */
function isBooleanYes(value: string): boolean {
  return /^(1|yes|true)$/i.test(value);
}

/** The lines zookeeper_conf_set leaves: one per key, a later set replacing the earlier line in place. */
class ConfFile {
  private readonly lines = new Map<string, GeneratedLine>(SAMPLE_ORDER.map((k) => [k, []]));

  set(key: string, line: GeneratedLine): void {
    this.lines.set(key, line);
  }

  result(): GeneratedLine[] {
    return [...this.lines.values()].filter((l) => l.length > 0);
  }
}

/**
 * A variable as this image reads it: `${VAR:-default}` from zookeeper-env.sh, or unknown when
 * `<VAR>_FILE` names a file to read it from (zookeeper-env.sh's zookeeper_env_vars loop).
 */
function bitnamiValue(service: ContainerService, name: string, notes: ContainerProblem[], consequence: string): (EnvValue & { kind: 'known' }) | undefined {
  const fromFile = envEntry(service, `${name}_FILE`);
  if (fromFile) {
    notes.push({ span: fromFile.span, kind: 'unknown', message: `${name} is read from a file inside the container, so ${consequence} (${IMAGE})` });
    return undefined;
  }
  const value = envValue(service, name, DEFAULTS[name] ?? '', true)!;
  if (value.kind === 'unknown') {
    notes.push(unknownNote(value.env, IMAGE, consequence));
    return undefined;
  }
  return value;
}

/** The entry that a key's line points at: the variable's entry, or the image for a default. */
function keySpanOf(value: EnvValue & { kind: 'known' }, service: ContainerService) {
  return value.env?.span ?? imageSpan(service);
}

/** The entries of ZOO_SERVERS as `read -r -a` sees `${ZOO_SERVERS//[;, ]/ }`: the first line, split at separators. */
function serverEntries(servers: SourcedText): SourcedText[] {
  const firstLine = servers.value.split('\n')[0]!;
  const out: SourcedText[] = [];
  for (const m of firstLine.matchAll(/[^;, \t]+/g)) out.push(sliceSourced(servers, m.index, m.index + m[0].length));
  return out;
}

function serverLines(service: ContainerService, conf: ConfFile, port: EnvValue & { kind: 'known' }, notes: ContainerProblem[]): boolean {
  const servers = bitnamiValue(service, 'ZOO_SERVERS', notes, 'the zoo.cfg its entrypoint writes is not known');
  if (!servers) return false;
  const entries = serverEntries(servers.text);
  if (entries.length < 2) return true;
  const withIds = servers.text.value.includes('::');
  const portPart = port.text;
  entries.forEach((entry, i) => {
    if (!withIds) {
      conf.set(`server.${i + 1}`, [written(`server.${i + 1}=`, entry.span), entry, written(';', entry.span), portPart]);
      return;
    }
    const sep = entry.value.indexOf('::');
    if (sep < 0) {
      notes.push({ span: entry.span, message: `the ${IMAGE} refuses ${entry.value}: once one entry of ZOO_SERVERS gives its id (host:2888:3888::id), every entry must` });
      return;
    }
    const address = sliceSourced(entry, 0, sep);
    const id = sliceSourced(entry, sep + 2);
    conf.set(`server.${id.value}`, [written('server.', entry.span), id, written('=', entry.span), address, written(';', entry.span), portPart]);
  });
  return true;
}

function zooCfg(service: ContainerService, notes: ContainerProblem[]): GeneratedFile | undefined {
  const conf = new ConfFile();
  for (const setting of SETTINGS) {
    if (setting.key === 'dataDir') {
      conf.set('dataDir', [written(`dataDir=${DATA_DIR}`, imageSpan(service))]);
      continue;
    }
    const value = bitnamiValue(service, setting.name, notes, `the ${setting.key} line is left out`);
    if (!value) continue;
    // `[[ -n "$ZOO_DATA_LOG_DIR" ]] && zookeeper_conf_set ...`: only this one is optional.
    if (setting.key === 'dataLogDir' && value.text.value === '') continue;
    if (value.text.value === '') {
      notes.push({ span: keySpanOf(value, service), message: `the ${IMAGE} stops: zookeeper_conf_set requires a value for ${setting.key}, and ${setting.name} is empty` });
      continue;
    }
    const text = setting.bool ? written(isBooleanYes(value.text.value) ? 'true' : 'false', value.text.span) : value.text;
    conf.set(setting.key, [written(`${setting.key}=`, keySpanOf(value, service)), text]);
  }
  // Each server line ends in `;$ZOO_PORT_NUMBER`: when that is not known (noted at clientPort
  // above) the server lines are not known either.
  const port = bitnamiValue(service, 'ZOO_PORT_NUMBER', [], '');
  if (port && !serverLines(service, conf, port, notes)) return undefined;
  // `for var in "${!ZOO_CFG_@}"`: bash lists the names sorted; `_` becomes `.` in the key.
  const extras = envWithPrefix(service, 'ZOO_CFG_').sort((a, b) => (a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0));
  for (const env of extras) extraLine(env, conf, notes);
  return { kind: 'zoo.cfg', text: buildLines(conf.result(), service.file), image: IMAGE, target: CONF_FILE };
}

function extraLine(env: ContainerEnv, conf: ConfFile, notes: ContainerProblem[]): void {
  const key = env.name.value.slice('ZOO_CFG_'.length).replace(/_/g, '.');
  if (!env.value) {
    notes.push(unknownNote(env, IMAGE, `the ${key} line is left out`));
    return;
  }
  if (env.value.value === '') {
    notes.push({ span: env.span, message: `the ${IMAGE} stops: zookeeper_conf_set requires a value for ${key}, and ${env.name.value} is empty` });
    return;
  }
  conf.set(key, [written(`${key}=`, env.span), env.value]);
}

/** The variables whose lines a mounted zoo.cfg makes the entrypoint skip. */
function zooCfgVariables(service: ContainerService): string[] {
  const names = SETTINGS.filter((s) => s.name !== '').map((s) => s.name);
  names.push('ZOO_SERVERS', ...envWithPrefix(service, 'ZOO_CFG_').map((e) => e.name.value));
  return names;
}

export function bitnamiZookeeperTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation {
  const notes: ContainerProblem[] = [];
  const files: GeneratedFile[] = [];
  if (mounted(CONF_FILE)) notes.push(...ignoredBecauseMounted(service, zooCfgVariables(service), IMAGE, CONF_FILE));
  else {
    const cfg = zooCfg(service, notes);
    if (cfg) files.push(cfg);
  }
  const myidPath = `${DATA_DIR}/myid`;
  // `is_mounted_dir_empty "$ZOO_DATA_DIR"`: myid is written only into an empty data directory.
  if (mounted(myidPath)) notes.push(...ignoredBecauseMounted(service, ['ZOO_SERVER_ID'], IMAGE, myidPath));
  else {
    const id = bitnamiValue(service, 'ZOO_SERVER_ID', notes, 'the myid its entrypoint writes is not known');
    if (id) files.push({ kind: 'myid', text: buildLines([[id.text]], service.file), image: IMAGE, target: myidPath });
  }
  return { files, notes };
}
