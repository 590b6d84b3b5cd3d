import { posix } from 'node:path';
import { fail } from '../cli/usage-error.ts';

/**
 * The directories read on every host unless --no-default-paths: where the
 * distributions and the documented tarball layouts keep the configuration
 * (Bigtop/HDP/CDH packages /etc/<component>/conf, Debian's zookeeper package
 * /etc/zookeeper/conf, the Apache tarballs unpacked to /opt/<component> or
 * /usr/local/<component>). Each is read one level deep; a missing one is skipped.
 */
export const DEFAULT_DIRECTORIES: readonly string[] = [
  '/etc/hadoop/conf',
  '/etc/hadoop',
  '/etc/zookeeper/conf',
  '/etc/zookeeper',
  '/etc/hbase/conf',
  '/etc/kafka',
  '/opt/hadoop/etc/hadoop',
  '/opt/zookeeper/conf',
  '/opt/hbase/conf',
  '/opt/kafka/config',
  '/usr/local/hadoop/etc/hadoop',
  '/usr/local/zookeeper/conf',
];

/** Read on every host: name resolution (/etc/hosts) and the clock's configuration (ntpd, chronyd on Red Hat and on Debian). */
export const SYSTEM_FILES: readonly string[] = ['/etc/hosts', '/etc/ntp.conf', '/etc/chrony.conf', '/etc/chrony/chrony.conf'];

/**
 * A remote path as collect uses it: absolute, normalised, without `.` or `..`
 * segments. Returns undefined for anything else, so a path a host lists that
 * would climb out of the snapshot folder is never written.
 */
export function cleanRemotePath(path: string): string | undefined {
  if (!path.startsWith('/') || path.includes('\0')) return undefined;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..')) return undefined;
  return `/${segments.join('/')}`;
}

/** --path: an absolute directory or file on the hosts. */
export function checkRemotePath(path: string): string {
  const clean = posix.isAbsolute(path) ? cleanRemotePath(posix.normalize(path)) : undefined;
  if (clean === undefined || path.split('/').includes('..')) fail(`--path "${path}": give an absolute path on the hosts without ".." (e.g. /opt/hadoop/etc/hadoop)`);
  return clean;
}
