/**
 * Confluent's ZooKeeper image (confluentinc/cp-zookeeper; confluentinc/kafka-images at tag
 * 7.9.0-post, the last release before the image was dropped in 8.0): its CMD
 * /etc/confluent/docker/run runs zookeeper/include/etc/confluent/docker/configure, which
 *
 * - requires ZOOKEEPER_CLIENT_PORT or ZOOKEEPER_SECURE_CLIENT_PORT (L19), and ZOOKEEPER_SERVER_ID
 *   when ZOOKEEPER_SERVERS is set, defaulting ZOOKEEPER_INIT_LIMIT to 10 and ZOOKEEPER_SYNC_LIMIT
 *   to 5 then (L24-29);
 * - writes myid.template (`{{env["ZOOKEEPER_SERVER_ID"]}}`) to /var/lib/zookeeper/data/myid when
 *   ZOOKEEPER_SERVER_ID is not empty (L31-34);
 * - renders zookeeper.properties.template to /etc/kafka/zookeeper.properties (L44), every start,
 *   over whatever is there: dataDir and dataLogDir (L2-3), one `key=value` for each variable of
 *   its table that is set, empty or not (L6-80), and `server.<n>=<part>` for each `;`-separated
 *   part of ZOOKEEPER_SERVERS, numbered from 1 (L82-87).
 *
 * The template maps names through that table, not by a rule: a ZOOKEEPER_ variable it does not
 * list writes nothing. Left out: group.N and weight.N (ZOOKEEPER_GROUPS, ZOOKEEPER_WEIGHTS).
 * A `command:` that replaces the CMD skips all this; the model does not carry the command yet.
 */
import { sliceSourced } from '../../sourced.ts';
import type { ContainerProblem, ContainerService } from '../../types.ts';
import type { GeneratedFile, ImageTranslation } from '../types.ts';
import { buildLines, envEntry, envValue, imageSpan, keyValueLine, unknownNote, written, type GeneratedLine } from './entrypoint-env.ts';

const IMAGE = 'Confluent ZooKeeper image';
const PROPERTIES = '/etc/kafka/zookeeper.properties';
const MYID = '/var/lib/zookeeper/data/myid';

/** zookeeper.properties.template's `other_props`, in its order (Python dicts keep it). */
const TABLE: [string, string][] = [
  ['ZOOKEEPER_CLIENT_PORT', 'clientPort'],
  ['ZOOKEEPER_TICK_TIME', 'tickTime'],
  ['ZOOKEEPER_GLOBAL_OUTSTANDING_LIMIT', 'globalOutstandingLimit'],
  ['ZOOKEEPER_PRE_ALLOC_SIZE', 'preAllocSize'],
  ['ZOOKEEPER_SNAP_COUNT', 'snapCount'],
  ['ZOOKEEPER_TRACE_FILE', 'traceFile'],
  ['ZOOKEEPER_MAX_CLIENT_CNXNS', 'maxClientCnxns'],
  ['ZOOKEEPER_CLIENT_PORT_ADDRESS', 'clientPortAddress'],
  ['ZOOKEEPER_MIN_SESSION_TIMEOUT', 'minSessionTimeout'],
  ['ZOOKEEPER_MAX_SESSION_TIMEOUT', 'maxSessionTimeout'],
  ['ZOOKEEPER_FSYNC_WARNING_THRESHOLDMS', 'fsync.warningthresholdms'],
  ['ZOOKEEPER_AUTOPURGE_SNAP_RETAIN_COUNT', 'autopurge.snapRetainCount'],
  ['ZOOKEEPER_AUTOPURGE_PURGE_INTERVAL', 'autopurge.purgeInterval'],
  ['ZOOKEEPER_SYNC_ENABLED', 'syncEnabled'],
  ['ZOOKEEPER_ELECTION_ALG', 'electionAlg'],
  ['ZOOKEEPER_INIT_LIMIT', 'initLimit'],
  ['ZOOKEEPER_LEADER_SERVES', 'leaderServes'],
  ['ZOOKEEPER_SYNC_LIMIT', 'syncLimit'],
  ['ZOOKEEPER_CNX_TIMEOUT', 'cnxTimeout'],
  ['ZOOKEEPER_FORCE_SYNC', 'forceSync'],
  ['ZOOKEEPER_JUTE_MAX_BUFFER', 'jute.maxbuffer'],
  ['ZOOKEEPER_SKIP_ACL', 'skipACL'],
  ['ZOOKEEPER_QUORUM_LISTEN_ON_ALL_IPS', 'quorumListenOnAllIPs'],
  ['ZOOKEEPER_CLIENT_CNXN_SOCKET', 'clientCnxnSocket'],
  ['ZOOKEEPER_SECURE_CLIENT_PORT', 'secureClientPort'],
  ['ZOOKEEPER_SERVER_CNXN_SOCKET', 'serverCnxnSocket'],
  ['ZOOKEEPER_X509_AUTHENTICATION_PROVIDER_SUPER_USER', 'X509AuthenticationProvider.superUser'],
  ['ZOOKEEPER_SSL_AUTH_PROVIDER', 'ssl.authProvider'],
  ['ZOOKEEPER_SSL_CLIENT_AUTH', 'ssl.clientAuth'],
  ['ZOOKEEPER_SSL_KEYSTORE_LOCATION', 'ssl.keyStore.location'],
  ['ZOOKEEPER_SSL_KEYSTORE_PASSWORD', 'ssl.keyStore.password'],
  ['ZOOKEEPER_SSL_KEYSTORE_TYPE', 'ssl.keyStore.type'],
  ['ZOOKEEPER_SSL_TRUSTSTORE_LOCATION', 'ssl.trustStore.location'],
  ['ZOOKEEPER_SSL_TRUSTSTORE_PASSWORD', 'ssl.trustStore.password'],
  ['ZOOKEEPER_SSL_TRUSTSTORE_TYPE', 'ssl.trustStore.type'],
  ['ZOOKEEPER_SSL_ENABLED_PROTOCOLS', 'ssl.enabledProtocols'],
  ['ZOOKEEPER_SSL_CONTEXT_SUPPLIER_CLASS', 'ssl.context.supplier.class'],
  ['ZOOKEEPER_SSL_CIPHER_SUITES', 'ssl.ciphersuites'],
  ['ZOOKEEPER_SSL_HOSTNAME_VERIFICATION', 'ssl.hostnameVerification'],
  ['ZOOKEEPER_SSL_CRL', 'ssl.crl'],
  ['ZOOKEEPER_SSL_OCPS', 'ssl.ocsp'],
  ['ZOOKEEPER_SSL_HANDSHAKE_DETECTION_TIMEOUT_MILLIS', 'ssl.handshakeDetectionTimeoutMillis'],
  ['ZOOKEEPER_SSL_QUORUM', 'sslQuorum'],
  ['ZOOKEEPER_SSL_QUORUM_CLIENT_AUTH', 'ssl.quorum.clientAuth'],
  ['ZOOKEEPER_SSL_QUORUM_KEYSTORE_LOCATION', 'ssl.quorum.keyStore.location'],
  ['ZOOKEEPER_SSL_QUORUM_KEYSTORE_PASSWORD', 'ssl.quorum.keyStore.password'],
  ['ZOOKEEPER_SSL_QUORUM_KEYSTORE_TYPE', 'ssl.quorum.keyStore.type'],
  ['ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_LOCATION', 'ssl.quorum.trustStore.location'],
  ['ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_PASSWORD', 'ssl.quorum.trustStore.password'],
  ['ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_TYPE', 'ssl.quorum.trustStore.type'],
  ['ZOOKEEPER_SSL_QUORUM_ENABLED_PROTOCOLS', 'ssl.quorum.enabledProtocols'],
  ['ZOOKEEPER_SSL_QUORUM_CIPHER_SUITES', 'ssl.quorum.ciphersuites'],
  ['ZOOKEEPER_SSL_QUORUM_CONTEXT_SUPPLIER_CLASS', 'ssl.quorum.context.supplier.class'],
  ['ZOOKEEPER_SSL_QUORUM_HOSTNAME_VERIFICATION', 'ssl.quorum.hostnameVerification'],
  ['ZOOKEEPER_SSL_QUORUM_CRL', 'ssl.quorum.crl'],
  ['ZOOKEEPER_SSL_QUORUM_OCPS', 'ssl.quorum.ocsp'],
  ['ZOOKEEPER_SSL_QUORUM_HANDSHAKE_DETECTION_TIMEOUT_MILLIS', 'ssl.quorum.handshakeDetectionTimeoutMillis'],
  ['ZOOKEEPER_SERVER_CNXN_FACTORY', 'serverCnxnFactory'],
  ['ZOOKEEPER_AUTH_PROVIDER_X509', 'authProvider.x509'],
  ['ZOOKEEPER_AUTH_PROVIDER_SASL', 'authProvider.sasl'],
  ['ZOOKEEPER_CLIENT_PORT_UNIFICATION', 'client.portUnification'],
  ['ZOOKEEPER_ADMIN_ENABLE_SERVER', 'admin.enableServer'],
  ['ZOOKEEPER_ADMIN_SERVER_ADDRESS', 'admin.serverAddress'],
  ['ZOOKEEPER_ADMIN_SERVER_PORT', 'admin.serverPort'],
  ['ZOOKEEPER_ADMIN_IDLE_TIMEOUT', 'admin.idleTimeout'],
  ['ZOOKEEPER_ADMIN_COMMAND_URL', 'admin.commandURL'],
];

/** `[[ -n "${VAR-}" ]]`: set and not empty. */
function isNonEmpty(service: ContainerService, name: string): boolean {
  const env = envEntry(service, name);
  return env !== undefined && (env.value === undefined || env.value.value !== '');
}

function properties(service: ContainerService, notes: ContainerProblem[]): GeneratedFile | undefined {
  const servers = envEntry(service, 'ZOOKEEPER_SERVERS');
  if (servers && !servers.value) {
    notes.push(unknownNote(servers, IMAGE, 'the zookeeper.properties its entrypoint writes is not known'));
    return undefined;
  }
  const clustered = servers?.value !== undefined && servers.value.value !== '';
  const lines: GeneratedLine[] = [
    [written('dataDir=/var/lib/zookeeper/data', imageSpan(service))],
    [written('dataLogDir=/var/lib/zookeeper/log', imageSpan(service))],
  ];
  for (const [name, key] of TABLE) {
    // configure L27-28: `${ZOOKEEPER_INIT_LIMIT:-"10"}` when the servers are set.
    const fallback = !clustered ? undefined : name === 'ZOOKEEPER_INIT_LIMIT' ? '10' : name === 'ZOOKEEPER_SYNC_LIMIT' ? '5' : undefined;
    const value = envValue(service, name, fallback, fallback !== undefined);
    if (!value) continue;
    if (value.kind === 'unknown') notes.push(unknownNote(value.env, IMAGE, `the ${key} line is left out`));
    else lines.push(keyValueLine(key, value, service));
  }
  if (clustered) {
    let start = 0;
    servers.value!.value.split(';').forEach((part, i) => {
      const piece = sliceSourced(servers.value!, start, start + part.length);
      start += part.length + 1;
      lines.push([written(`server.${i + 1}=`, piece.span), piece]);
    });
  }
  return { kind: 'zoo.cfg', text: buildLines(lines, service.file), image: IMAGE, target: PROPERTIES };
}

function refusals(service: ContainerService, notes: ContainerProblem[]): void {
  const servers = envEntry(service, 'ZOOKEEPER_SERVERS');
  // `dub ensure ZOOKEEPER_SERVER_ID` fails on a variable that is not set or empty.
  if (servers && isNonEmpty(service, 'ZOOKEEPER_SERVERS') && !isNonEmpty(service, 'ZOOKEEPER_SERVER_ID')) {
    notes.push({ span: servers.span, message: `the ${IMAGE} refuses to start: ZOOKEEPER_SERVERS is set but ZOOKEEPER_SERVER_ID is not` });
  }
  if (!envEntry(service, 'ZOOKEEPER_CLIENT_PORT') && !envEntry(service, 'ZOOKEEPER_SECURE_CLIENT_PORT')) {
    notes.push({ span: imageSpan(service), message: `the ${IMAGE} refuses to start: neither ZOOKEEPER_CLIENT_PORT nor ZOOKEEPER_SECURE_CLIENT_PORT is set` });
  }
}

export function confluentZookeeperTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation {
  const notes: ContainerProblem[] = [];
  const files: GeneratedFile[] = [];
  refusals(service, notes);
  const replaced = mounted(PROPERTIES);
  if (replaced) notes.push({ span: imageSpan(service), kind: 'ignored', message: `the file mounted at ${PROPERTIES} is not used: the ${IMAGE} writes it anew at every start` });
  const cfg = properties(service, notes);
  if (cfg) files.push(replaced ? { ...cfg, mountedFile: 'replaced' } : cfg);
  if (isNonEmpty(service, 'ZOOKEEPER_SERVER_ID')) {
    const id = envEntry(service, 'ZOOKEEPER_SERVER_ID')!;
    if (!id.value) notes.push(unknownNote(id, IMAGE, 'the myid its entrypoint writes is not known'));
    else files.push({ kind: 'myid', text: buildLines([[id.value]], service.file), image: IMAGE, target: MYID });
  }
  return { files, notes };
}
