/**
 * The only commands collect runs on a host. Both read and print, nothing else:
 * no write, no daemon contacted, no variable of the host's environment used.
 * The paths they read arrive as positional arguments ("$@"), never spliced
 * into the script text.
 */

/**
 * Lists, NUL-separated, the regular files among the given absolute paths and
 * directly inside the given directories. -L follows symbolic links, as Hadoop
 * does when it opens /etc/hadoop/conf (usually a link into /etc/alternatives);
 * the names printed are still the paths the host uses. A path that does not
 * exist is skipped: the default directory list names layouts a host may not have.
 * find's complaints (a directory it may not read) make the exit status 1.
 */
export const LIST_SCRIPT = 's=0; for a in "$@"; do if [ -e "$a" ]; then find -L "$a" -maxdepth 1 -type f -print0 || s=1; fi; done; exit $s';

/**
 * Writes a tar archive of the given files (paths relative to /, so tar has no
 * leading slash to strip and warn about) to standard output, dereferencing
 * links (-h) so the archive holds the content the host reads at that path.
 * Files that vanished since the listing are left out rather than failing tar.
 */
export const ARCHIVE_SCRIPT =
  'cd / || exit 1; n=$#; while [ "$n" -gt 0 ]; do a=$1; shift; n=$((n - 1)); if [ -f "$a" ]; then set -- "$@" "$a"; fi; done; ' +
  'if [ "$#" -gt 0 ]; then exec tar -chf - -- "$@"; fi; exit 0';
