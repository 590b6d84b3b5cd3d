/**
 * `controller.quorum.voters` and the KRaft nodes it names, shared by the kafka/ quorum rules.
 *
 * Syntax (QuorumConfig.parseVoterConnections, apache/kafka raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java):
 * a ConfigDef LIST (comma separated, blanks around commas dropped) of `{id}@{host}:{port}`; the
 * entry is split on "@" and must have exactly two parts, the id is Integer.parseInt, host and
 * port come from Utils.getHost/getPort (`[host]:port` for IPv6). Entries go into a HashMap by id,
 * so a repeated id silently keeps the last address.
 */
import type { Cluster, KafkaFile } from '../model/types.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';
import type { ZooEntry } from '../parse/zoo-cfg.ts';
import type { Located } from '../text/span.ts';
import { splitLocated, trimLocated } from '../text/sub-span.ts';
import { placeholderIn } from './placeholders.ts';
import { javaInt } from './zookeeper.ts';
import { kafkaProcessFiles, processRoles } from './kafka-nodes.ts';
import { distinctBrokerFiles } from './kafka.ts';
import { hostKey } from '../model/host-names.ts';

export const VOTERS_KEY = 'controller.quorum.voters';

export interface Voter {
  readonly entry: Located<string>;
  readonly id: number;
  readonly host: string;
  readonly port: number;
}

/** Why Kafka refuses an entry, in QuorumConfig's words; undefined when it parses. */
export type VoterProblem = { readonly entry: Located<string>; readonly problem: string };

export interface ParsedVoters {
  readonly property: ZooEntry;
  readonly voters: readonly Voter[];
  readonly problems: readonly VoterProblem[];
}

// Utils.HOST_PORT_PATTERN (3.x): optional `[...]` around the host, then `:digits` at the end.
const HOST_PORT = /^\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/;

function parseEntry(entry: Located<string>): Voter | VoterProblem {
  const parts = entry.value.split('@');
  if (parts.length !== 2) return { entry, problem: 'is not in the form {id}@{host}:{port}' };
  const id = javaInt(parts[0]!);
  if (id === undefined) return { entry, problem: `has a voter id ${JSON.stringify(parts[0])} that is not an integer` };
  const m = HOST_PORT.exec(parts[1]!);
  if (!m || m[1] === '') return { entry, problem: 'has no {host}:{port} after the "@"' };
  const port = javaInt(m[2]!);
  if (port === undefined) return { entry, problem: 'has a port that is not an integer' };
  // QuorumConfig.NON_ROUTABLE_HOST: the Raft client refuses it ("Host string (0.0.0.0) is not routeable").
  if (m[1] === '0.0.0.0') return { entry, problem: 'names 0.0.0.0, which the other nodes cannot dial' };
  return { entry, id, host: m[1]!, port };
}

/** The voters a file sets; undefined when unset, empty or a placeholder (kafka/unresolved-placeholder reports it). */
export function parseVoters(file: KafkaFile): ParsedVoters | undefined {
  const property = kafkaValue(file.kafka, VOTERS_KEY);
  if (!property || property.value.value === '' || placeholderIn(VOTERS_KEY, property.value.value)) return undefined;
  const voters: Voter[] = [];
  const problems: VoterProblem[] = [];
  // ConfigDef.parseType LIST: split on "\s*,\s*" with limit -1, so an empty piece is an entry.
  for (const piece of splitLocated(property.value, ',')) {
    const entry = trimLocated(piece);
    const parsed = parseEntry(entry);
    if ('problem' in parsed) problems.push(parsed);
    else voters.push(parsed);
  }
  return { property, voters, problems };
}

/** The voter set as Kafka builds it, as one comparable string: ids in order, hosts case-folded. */
export function voterSetKey(voters: readonly Voter[]): string {
  const byId = new Map<number, string>();
  for (const v of voters) byId.set(v.id, `${v.id}@${hostKey(v.host)}:${v.port}`);
  return [...byId.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]).join(',');
}

/** `node.id` as Kafka parses it; undefined when unset, a placeholder or not an int. */
export function nodeIdOf(file: KafkaFile): { readonly entry: ZooEntry; readonly id: number } | undefined {
  const entry = kafkaValue(file.kafka, 'node.id');
  const id = entry && !placeholderIn('node.id', entry.value.value) ? javaInt(entry.value.value) : undefined;
  return entry && id !== undefined ? { entry, id } : undefined;
}

export interface KraftNode {
  readonly file: KafkaFile;
  readonly roles: readonly string[];
  /** `node.id` as Kafka parses it; undefined when unset, a placeholder or not an int. */
  readonly nodeId: { readonly entry: ZooEntry; readonly id: number } | undefined;
  readonly voters: ParsedVoters | undefined;
}

/** The KRaft processes of the cluster (files that set process.roles), one per host folder copy or distinct content. */
export function kraftNodes(cluster: Cluster): KraftNode[] {
  const out: KraftNode[] = [];
  for (const file of kafkaProcessFiles(cluster)) {
    const roles = processRoles(file);
    if (roles === undefined) continue;
    out.push({ file, roles, nodeId: nodeIdOf(file), voters: parseVoters(file) });
  }
  return out;
}

/** The voters of a node when every entry parses (a malformed list is kafka/quorum-voters-syntax's). */
export function cleanVoters(node: KraftNode): readonly Voter[] | undefined {
  return node.voters && node.voters.problems.length === 0 && node.voters.voters.length > 0 ? node.voters.voters : undefined;
}

/** A listener of `listeners` (`NAME://host:port`), with its span. */
export interface Listener {
  readonly entry: Located<string>;
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/**
 * The listeners `controller.listener.names` names on a node: the ones the controller accepts
 * Raft requests on (KafkaConfig.controllerListeners). Listener names are case-insensitive
 * (ListenerName.normalised upper-cases them).
 */
export function controllerListeners(file: KafkaFile): Listener[] {
  const names = kafkaValue(file.kafka, 'controller.listener.names')?.value.value;
  const listeners = kafkaValue(file.kafka, 'listeners');
  if (!names || !listeners) return [];
  const wanted = new Set(names.split(',').map((n) => n.trim().toUpperCase()).filter((n) => n !== ''));
  const out: Listener[] = [];
  for (const piece of splitLocated(listeners.value, ',')) {
    const entry = trimLocated(piece);
    const m = /^([A-Za-z0-9_-]+):\/\/\[?([^\]]*?)\]?:([0-9]+)$/.exec(entry.value);
    const port = m ? javaInt(m[3]!) : undefined;
    if (!m || port === undefined || !wanted.has(m[1]!.toUpperCase())) continue;
    out.push({ entry, name: m[1]!, host: m[2]!, port });
  }
  return out;
}

/**
 * Each distinct voters value once, parsed: nodes differ by node.id yet share one voters list,
 * so a mistake in it is one finding, not one per node.
 */
export function distinctVoterLists(cluster: Cluster): ParsedVoters[] {
  const seen = new Set<string>();
  const out: ParsedVoters[] = [];
  for (const file of distinctBrokerFiles(cluster)) {
    const parsed = parseVoters(file);
    if (!parsed || seen.has(parsed.property.value.value)) continue;
    seen.add(parsed.property.value.value);
    out.push(parsed);
  }
  return out;
}
