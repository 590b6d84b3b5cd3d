/**
 * Stack versions as Ambari names its versioned configuration folders
 * (`/etc/<package>/<stack-version>/0`, conf_select.py create()): `2.6.5.0-292`,
 * `3.1.0.0-78`, and plain releases such as `2.6.10`.
 */

/** Dotted numbers with an optional `-<build>`: 2.6.5.0-292, 3.1.0.0-78, 2.6.10. */
const VERSION_NAME = /^\d+(?:\.\d+)+(?:-\d+)?$/;

export function isVersionName(name: string): boolean {
  return VERSION_NAME.test(name);
}

/** The numbers of a version name, the build number last: 2.6.5.0-292 -> [2, 6, 5, 0, 292]. */
function partsOf(version: string): number[] {
  const [release = '', build] = version.split('-');
  const parts = release.split('.').map(Number);
  // A missing build sorts before any build of the same release.
  return [...parts, build === undefined ? -1 : Number(build)];
}

/**
 * Orders two version names numerically, part by part (2.6.10 after 2.6.9, which a
 * string comparison gets wrong); a release with fewer parts sorts first when the
 * shared parts are equal. Negative, zero or positive, as Array.prototype.sort expects.
 */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [partsOf(a), partsOf(b)];
  const releaseA = pa.slice(0, -1);
  const releaseB = pb.slice(0, -1);
  for (let i = 0; i < Math.max(releaseA.length, releaseB.length); i++) {
    const x = releaseA[i] ?? -1;
    const y = releaseB[i] ?? -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  const [buildA, buildB] = [pa[pa.length - 1]!, pb[pb.length - 1]!];
  return buildA === buildB ? 0 : buildA < buildB ? -1 : 1;
}
