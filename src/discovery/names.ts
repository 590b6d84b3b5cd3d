/**
 * Candidates that are not configuration by their name alone: copies an editor,
 * a package manager or an operator left beside a recognised file, templates of
 * one, and the file ZooKeeper writes while a reconfiguration is under way.
 */
import { candidateOf } from '../recognised-files.ts';
import type { NotUsedReason } from './plan.ts';

/**
 * Backup copies: editors (`~`, `.orig`), operators (`.bak`, `.old`), rpm
 * (`.rpmsave`, `.rpmnew`) and dpkg (`.dpkg-old`, `.dpkg-dist`, `.dpkg-new`)
 * when a package upgrade meets a changed file. None is what the daemon reads.
 */
const BACKUP_SUFFIX = /(?:~|\.(?:bak|orig|old|rpmsave|rpmnew|dpkg-old|dpkg-dist|dpkg-new))$/;

/** Jinja (Ansible, Salt), Go/text templates, ERB (Puppet, Chef). */
const TEMPLATE_SUFFIX = /\.(?:j2|jinja2|jinja|tmpl|template|tpl|erb)$/;

/**
 * ZooKeeper writes the next dynamic configuration to zoo.cfg.dynamic.next during
 * a reconfiguration, then renames it (QuorumPeer/QuorumPeerConfig, 3.5+). It is
 * read only when a zoo.cfg's dynamicConfigFile names it.
 */
export const RUNTIME_DYNAMIC_FILE = 'zoo.cfg.dynamic.next';

/** The reason a file named `name` is not configuration, when its name says it (a copy or template of a recognised name). */
export function setAsideByName(name: string): NotUsedReason | undefined {
  const backup = name.replace(BACKUP_SUFFIX, '');
  if (backup !== name && backup !== '' && (candidateOf(backup) || setAsideByName(backup))) return 'backup file';
  const template = name.replace(TEMPLATE_SUFFIX, '');
  if (template !== name && template !== '' && candidateOf(template)) return 'template';
  return undefined;
}
