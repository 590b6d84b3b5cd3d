/**
 * A folder swapped for a link between discovery and the read, with no hook in the production
 * code: node:fs's openSync is wrapped and the ES module bindings synced (syncBuiltinESMExports),
 * so the sources and the bundle call the wrapper. When hacheck opens `<tree>/conf/zoo.cfg`,
 * `<tree>/conf` first becomes a link to `<tree>/../outside/conf`, as a concurrent attacker
 * would make it. Installed in the test process around an in-process run, or by the preload
 * swap-folder-before-open.ts in a spawned one.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** Wraps openSync to make the swap once; returns what puts the real openSync back. */
export function swapFolderBeforeOpen(): () => void {
  const openSync = fs.openSync;
  let swapped = false;
  fs.openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    const p = String(path);
    if (!swapped && basename(p) === 'zoo.cfg' && basename(dirname(p)) === 'conf') {
      swapped = true;
      const conf = dirname(p);
      fs.renameSync(conf, `${conf}.old`);
      fs.symlinkSync(join(dirname(dirname(conf)), 'outside', 'conf'), conf);
    }
    return (openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  syncBuiltinESMExports();
  return () => {
    fs.openSync = openSync;
    syncBuiltinESMExports();
  };
}
