import { makeTree } from './tree.ts';

/**
 * A value and a folder name built to break line-based output: a line break
 * followed by a forged workflow command, "%0A" that a double decoder would
 * turn into one, "::" and ",", the legacy `##[error]` command the runner finds
 * anywhere in a line, an ANSI colour sequence (ESC [31m) and the one-byte C1
 * CSI (U+009B).
 */
export const FORGED = '\n::error file=forged.txt,line=1::forged%0A::warning::x ##[error]legacy\u001b[31mred\u009b31m,a:b';

/** FORGED as a folder name can hold it: discovery does not walk into a name with a line break. */
export const FORGED_FOLDER = FORGED.replace(/\n/g, '');

/** A cluster whose findings carry FORGED in a message (dataDir) and FORGED_FOLDER in a path. */
export function craftedCluster(): string {
  const zoo = (dataDir: string) => `tickTime=2000\ndataDir=${dataDir}\nclientPort=2181\n`;
  return makeTree({
    // zoo.cfg is read as ISO-8859-1: \u009b is one byte there, and a "\n" in a value is written as the escape "\\n".
    'conf/zoo.cfg': zoo(`/tmp/zk${FORGED.replace(/\n/g, '\\n')}`),
    [`${FORGED_FOLDER}/zoo.cfg`]: zoo('/tmp/zk'),
  });
}
