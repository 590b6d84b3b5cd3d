/**
 * Names of the folders that hold one of several alternative configuration sets of a
 * component, side by side in one folder (`etc/hadoop/conf.empty`, `etc/hadoop/conf.prod`,
 * `etc/hadoop/3.1.0.0-78/0`).
 */
import { isVersionName } from './version-order.ts';

/**
 * What the packages install, never edited in place: Bigtop's hadoop package installs
 * `conf.empty` (alternatives priority 10), hadoop-conf-pseudo `conf.pseudo` (30), and the
 * ZooKeeper, HBase and Hive packages `conf.dist` (bigtop-packages/src/deb/<component>/*.postinst,
 * `update-alternatives --install /etc/<component>/conf <component>-conf ...`); Debian's own
 * zookeeper package installs `conf_example` (its postinst: `update-alternatives --install
 * /etc/$NAME/conf $NAME-conf /etc/$NAME/conf_example 5`).
 */
const STOCK_SETS: ReadonlySet<string> = new Set(['conf.empty', 'conf.dist', 'conf.pseudo', 'conf_example']);

/**
 * Copies of a set kept aside: Ambari copies a real /etc/<component>/conf folder to
 * `conf.backup` before it turns conf into a link (conf_select.py select()); operators
 * use the backup suffixes of src/discovery/names.ts.
 */
const BACKUP_SETS = /^conf\.(?:backup|bak|orig|old|save|rpmsave|rpmnew|dpkg-old|dpkg-dist)$/;

/** How much a set counts when nothing names the active one: a real set over a backup, a backup over a stock set. */
export type SetTier = 'stock' | 'backup' | 'real';

/** `conf`, `conf.<name>` or `conf_<name>`, the alternatives' own naming; `conf.d` is a folder of fragments, not a set. */
export function isConfSetName(name: string): boolean {
  return name === 'conf' || (/^conf[._][A-Za-z0-9_.-]+$/.test(name) && name !== 'conf.d');
}

/** Ambari's versioned set: `<stack version>/<n>/` (conf_select.py create(): /etc/<package>/<version>/0). */
export function isVersionedSet(name: string, next: string | undefined): boolean {
  return isVersionName(name) && next !== undefined && /^\d+$/.test(next);
}

export function tierOf(name: string): SetTier {
  if (STOCK_SETS.has(name)) return 'stock';
  return BACKUP_SETS.test(name) ? 'backup' : 'real';
}
