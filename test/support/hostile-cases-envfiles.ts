/**
 * Hostile cases of the env files images turn into site files (src/model/container-env.ts): a
 * file of 20,000 assignments read line by line in linear time, and variable names that become
 * `__proto__` or `constructor` properties, which must stay plain names (no prototype is touched).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

export const HOSTILE_CASES_ENVFILES: readonly HostileCase[] = [
  {
    // 20,000 lines, each a property of its own, and one deprecated name at the end to find.
    name: 'env-file-20000-lines',
    build: (d) => {
      const lines = Array.from({ length: 20_000 }, (_, i) => `HDFS_CONF_custom_key_${i}=value${i}`);
      writeFileSync(join(d, 'hadoop.env'), `${lines.join('\n')}\nCORE_CONF_fs_default_name=hdfs://nn:8020\n`);
    },
  },
  {
    // Names that are the prototype's keys once translated, in both formats, and a prefix with nothing after it.
    name: 'env-file-proto-keys',
    build: (d) => {
      writeFileSync(join(d, 'hadoop.env'), 'CORE_CONF___proto__=x\nHDFS_CONF_constructor=y\nCORE_CONF_=z\nCORE_CONF_fs_default_name=hdfs://nn:8020\n');
      writeFileSync(join(d, 'config'), 'CORE-SITE.XML___proto__=x\nHDFS-SITE.XML_constructor.prototype=y\nYARN-SITE.XML_=z\n');
    },
  },
];
