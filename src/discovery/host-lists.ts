/**
 * Whether a file named `workers` or `slaves` is Hadoop's list of worker hosts. Spark
 * (`conf/slaves`, `conf/workers`), Flink (`conf/workers`) and Storm keep files of the same
 * names, and Ansible's `group_vars/slaves` is a YAML file: read as Hadoop's, they would
 * replace Hadoop's own list (a competing copy) and count the wrong DataNodes.
 */
import type { HostList } from '../parse/line-files.ts';

/** Products that ship their own `workers` or `slaves` file in their conf folder. */
const OTHER_PRODUCT_FOLDER = /^(?:spark|flink|storm)(?:[-_.].*)?$/i;

/** Ansible's variable folders: `group_vars/slaves` is the variables of the `slaves` group, not a host list. */
const ANSIBLE_VARIABLES = new Set(['group_vars', 'host_vars']);

/**
 * Why the file at `path` is not Hadoop's host list, or undefined when it is. Hadoop reads one
 * host per line, `#` starting a comment (hadoop-functions.sh, hadoop_populate_workers_file; Hadoop
 * 2's slaves.sh strips comments and blank lines): a `key:` or `key=value` token is not a host.
 */
export function notHadoopHostList(path: string, list: HostList): string | undefined {
  const folders = path.split('/').slice(0, -1);
  const product = folders.find((f) => OTHER_PRODUCT_FOLDER.test(f) || ANSIBLE_VARIABLES.has(f));
  if (product !== undefined) return `in ${product}/, another product's`;
  if (!oneHostPerLine(list)) return 'not one host per line';
  return undefined;
}

/**
 * Every copy of one content shares its parsed list (src/model/load.ts): judged once per
 * list, not once per copy, or a workers file naming every host, copied on every host,
 * costs hosts x hosts.
 */
const judged = new WeakMap<HostList, boolean>();
function oneHostPerLine(list: HostList): boolean {
  let ok = judged.get(list);
  if (ok === undefined) {
    ok = !list.hosts.some((h) => h.value.endsWith(':') || h.value.includes('=') || h.value === '-' || /^[[{]/.test(h.value));
    judged.set(list, ok);
  }
  return ok;
}
