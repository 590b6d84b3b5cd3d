import { buildCluster } from '../model/build.ts';
import { namedHosts } from '../model/named-hosts.ts';
import { fail } from '../cli/usage-error.ts';

/**
 * --from <snapshot>: the hosts an existing snapshot's configuration names, read
 * as lint reads it (src/model/named-hosts.ts): ZooKeeper servers, workers and
 * slaves, and the hosts of the Hadoop, HBase and Kafka addresses. Names that
 * are not plain host names (placeholders, addresses with odd characters) are
 * left out and listed, so the user sees them.
 */
export async function hostsOfSnapshot(dir: string): Promise<{ hosts: string[]; skipped: string[] }> {
  const cluster = await buildCluster(dir);
  const hosts: string[] = [];
  const skipped: string[] = [];
  for (const name of namedHosts(cluster.files).values()) {
    if (/^[A-Za-z0-9_][A-Za-z0-9._:-]*$/.test(name) && !/^(?:localhost|127\.|0\.0\.0\.0$|::1$)/.test(name)) hosts.push(name);
    else skipped.push(name);
  }
  if (hosts.length === 0) fail(`--from ${dir}: its configuration names no host`);
  return { hosts, skipped };
}
