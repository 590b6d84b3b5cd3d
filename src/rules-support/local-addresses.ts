/**
 * Host names that name no one machine: the wildcard (any local address) and
 * loopback. NetUtils.isLocalAddress counts both as local on every host
 * (hadoop-zookeeper-facts.md b.4), and a client dialling either reaches its
 * own machine, never the daemon the address was meant to name.
 */
import { isWildcard } from '../model/host-names.ts';
import type { Cluster } from '../model/types.ts';
import { distinctHosts } from './cluster-hosts.ts';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'localhost4', 'localhost6', 'ip6-localhost', 'ip6-loopback']);

/** The IPv6 wildcard and loopback literals as they appear in host:port values. */
const IPV6_LOCAL = new Set(['[::]', '[0:0:0:0:0:0:0:0]', '[::1]', '[0:0:0:0:0:0:0:1]', '::1']);

/** Why a host name is local to every machine: "wildcard", "loopback", or undefined for a real host. */
export function everyHostsAddress(host: string): 'wildcard' | 'loopback' | undefined {
  const h = host.trim().toLowerCase();
  if (h === '') return undefined;
  if (isWildcard(h) || h === '[::]' || h === '[0:0:0:0:0:0:0:0]') return 'wildcard';
  if (LOOPBACK_NAMES.has(h) || /^127(\.\d{1,3}){3}$/.test(h) || IPV6_LOCAL.has(h)) return 'loopback';
  return undefined;
}

/**
 * The machines a cluster names, local names left out. A cluster of one machine
 * (pseudo-distributed, or every daemon on one playground host) may use loopback
 * and the wildcard everywhere: nobody else has to reach it.
 */
export function namedMachines(cluster: Cluster): string[] {
  return distinctHosts(cluster.hosts.map((h) => h.name).filter((n) => everyHostsAddress(n) === undefined));
}
