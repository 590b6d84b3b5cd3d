import { defineRule } from '../../src/engine/rule.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/read/read-regular-file.ts';

/** "257 bytes", "100 MiB (104857600 bytes)". */
function size(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib < 1) return `${bytes} bytes`;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB (${bytes} bytes)`;
}

export default defineRule({
  meta: {
    id: 'syntax/file-too-large',
    severity: 'error',
    description: 'A recognised configuration file is larger than hacheck reads, so it is not checked',
    rationale:
      `hacheck does not read a file larger than ${DEFAULT_MAX_FILE_SIZE / (1024 * 1024)} MiB (the \`maxFileSize\` setting of the ` +
      'configuration file changes the limit). Hand-written configuration files are a few kilobytes: the largest file ' +
      "Hadoop itself ships, 3.4.1's hdfs-default.xml, is 229,687 bytes. A file far larger is usually not what its name " +
      'says (a log, a dump, a file a template engine looped on), and reading it would make a lint slow and memory-hungry. ' +
      'The file is reported instead of skipped silently, because no other rule sees what it holds: a cluster is not ' +
      'checked completely while it is there.',
    fix:
      'Find out why the file is so large and replace it with the real configuration. If it is genuine, raise ' +
      '`maxFileSize` (in bytes) in the hacheck configuration file, or add its path to `ignore`.',
    references: ['hadoop-hdfs hdfs-default.xml (3.4.1): 229,687 bytes, the largest upstream default file'],
  },
  check(cluster, report) {
    for (const f of cluster.unchecked) {
      if (f.reason !== 'too-large') continue;
      report({ span: f.span, message: `${f.kind} is ${size(f.size)}, over the ${size(cluster.maxFileSize)} hacheck reads, so it is not checked` });
    }
  },
});
