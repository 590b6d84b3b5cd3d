/**
 * The plan as `hacheck files` prints it: one line a candidate file or host folder, sorted
 * by path (a host folder comes just before its files), and the same in JSON. Pure
 * functions; the CLI writes them.
 */
import { printablePath } from '../format/printable.ts';
import { plural } from '../engine/quote.ts';
import type { FolderMatch } from '../model/types.ts';
import type { CandidateFile, ContainerUse, DefinitionUse, DiscoveryPlan, HostFolder } from './plan.ts';

export function verdictText(c: CandidateFile): string {
  const v = c.verdict;
  if (!v.used && v.reason === 'not in dataDir') return `read: myid, host ${v.host} (${v.dataDir === undefined ? 'its zoo.cfg sets no dataDir' : `not in dataDir ${v.dataDir}`}, so ZooKeeper never reads it)`;
  if (!v.used) return `not used: ${v.reason}`;
  if (v.definition) return `used: ${definitionText(v.definition)}${v.cluster === undefined ? '' : `, cluster ${v.cluster}`}`;
  if (v.container) return `used: ${containerText(v.container)}; service ${v.container.service}, host ${v.host}${v.cluster === undefined ? '' : `, cluster ${v.cluster}`}`;
  const where = [v.host === undefined ? [] : [`host ${v.host}`], v.cluster === undefined ? [] : [`cluster ${v.cluster}`]].flat();
  const mounted = v.mounted ? ' (the only file of its folder, read as the myid the host mounts in its dataDir)' : '';
  const what = v.env ? `env file (${v.env.formats.join(', ')}): ${v.env.kinds.join(', ')}` : v.kind;
  return `${[`used: ${what}`, ...where].join(', ')}${mounted}`;
}

/** "compose file of services zk1, zk2 and zk3", "Compose variables (.env), read for interpolation". */
function definitionText(use: DefinitionUse): string {
  const shared = use.shared?.length ? `; ${use.shared.join(', ')} of ConfigMaps no workload here uses, read as shared` : '';
  if (use.services.length === 0) return use.role === 'Compose variables' ? 'Compose variables, read for interpolation' : `${use.role}, defining no container${shared}`;
  const of = use.role === 'compose file' || use.role === 'Kubernetes manifests' ? 'of' : 'for';
  return `${use.role} ${of} ${use.services.length > 1 ? 'services' : 'service'} ${use.services.join(', ')}${shared}`;
}

/** "zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment". */
function containerText(use: ContainerUse): string {
  const groups = new Map<string, string[]>();
  for (const f of use.files) {
    const how = f.via === 'environment' ? `written by the ${f.image ?? 'image'} from the environment` : f.via === 'mount' ? 'mounted' : 'written in the definition';
    const list = groups.get(how) ?? [];
    list.push(`${f.kind} at ${f.target}`);
    groups.set(how, list);
  }
  return [...groups].map(([how, list]) => `${list.join(', ')}, ${how}`).join('; ');
}

const MATCH_WORDS: Readonly<Record<FolderMatch, string>> = {
  name: 'named after it',
  address: 'named by its address, which an etc/hosts in the tree maps to it',
  configured: 'mapped to it by "hosts" in the configuration file',
};

export function hostFolderText(h: HostFolder): string {
  return `host folder of ${h.host}, ${MATCH_WORDS[h.match]}${h.cluster === undefined ? '' : `, cluster ${h.cluster}`}`;
}

/** `<path>  <verdict>`, the verdicts aligned after the longest path. */
export function renderFilesText(plan: DiscoveryPlan): string {
  const rows = [
    ...plan.candidates.map((c) => [printablePath(c.path), verdictText(c)] as const),
    ...plan.hostFolders.map((h) => [`${printablePath(h.folder)}/`, hostFolderText(h)] as const),
  ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const width = Math.max(0, ...rows.map(([p]) => p.length));
  return rows.map(([p, v]) => `${p.padEnd(width)}  ${v}\n`).join('');
}

/**
 * Version 1 of the JSON shape: `files`, each with `used` and either `kind`, `host` (null when
 * shared), `cluster` (only when the directory holds several) and `mounted` (true, only for a myid
 * read as its host's from a folder that holds nothing else) and `envFile` (only for an environment file
 * an image turns into site files: its `formats` and the site files it becomes, `kinds`) and `container` (only for
 * what one container takes from the path: its `service` and `files`, each with `kind`, `target` (its path in the
 * container), `via` ("environment", "mount" or "inline") and, for "environment", `image`; one entry per container), or,
 * for a container definition (a compose file, manifests, an env file containers load), `definition`: its `role` and
 * the `services` it defines or gives variables to; else `reason` (a myid outside
 * dataDir has `reason` "not in dataDir" with its `kind`, `host` and `dataDir`, null when unset);
 * `hostFolders`, each with `folder`, `host`, `match` ("name", "address" or "configured") and
 * `cluster` (only when the directory holds several).
 */
export function renderFilesJson(plan: DiscoveryPlan): string {
  const files = plan.candidates.map((c) => {
    const v = c.verdict;
    if (v.used && v.definition) return { path: c.path, used: true, definition: v.definition, ...(v.cluster === undefined ? {} : { cluster: v.cluster }) };
    if (v.used) {
      const env = v.env ? { envFile: { formats: v.env.formats, kinds: v.env.kinds } } : {};
      const container = v.container ? { container: v.container } : {};
      return { path: c.path, used: true, kind: v.kind, host: v.host ?? null, ...(v.cluster === undefined ? {} : { cluster: v.cluster }), ...(v.mounted ? { mounted: true } : {}), ...env, ...container };
    }
    if (v.reason === 'not in dataDir') return { path: c.path, used: false, reason: v.reason, kind: v.kind, host: v.host, dataDir: v.dataDir ?? null };
    return { path: c.path, used: false, reason: v.reason };
  });
  return `${JSON.stringify({ version: 1, files, hostFolders: plan.hostFolders }, null, 2)}\n`;
}

/** What a clean run checked, for its last line on a terminal: "No problems found: 12 files, 4 hosts checked." */
export function checkedLine(plan: DiscoveryPlan, hosts: number, clusters = 1): string {
  const used = plan.candidates.filter((c) => c.verdict.used).length;
  const counts = [plural(used, 'file'), plural(hosts, 'host'), ...(clusters > 1 ? [plural(clusters, 'cluster')] : [])];
  return `No problems found: ${counts.join(', ')} checked.`;
}
