import { defineRule } from '../../src/engine/rule.ts';

export default defineRule({
  meta: {
    id: 'syntax/binary-file',
    severity: 'error',
    description: 'A recognised configuration file holds NUL bytes: it is binary or was zero-filled, so it is not checked',
    rationale:
      'No configuration file hacheck reads may hold a NUL character: XML 1.0 forbids U+0000, so Java\'s XML parser ' +
      'refuses a site file with "An invalid XML character (Unicode: 0x0) was found"; in zoo.cfg, myid and ' +
      'server.properties a NUL becomes part of a key or value (`Long.parseLong` then fails on a myid of "1\\0"). ' +
      'NUL bytes mean the file is not text: a binary file copied under a configuration name, or a file whose blocks ' +
      'a crash or a full disk left zero-filled. Like Git, hacheck calls a file with a NUL byte binary; it reports ' +
      'the first NUL and does not parse the file, since a parse of binary data yields only noise. No other rule ' +
      'sees the file, so the cluster is not checked completely while it is there.',
    fix: 'Restore the file from a good copy (another host, version control), or remove it.',
    references: [
      'XML 1.0 (Fifth Edition) section 2.2 Characters: Char excludes #x0',
      'git: buffer_is_binary() treats a NUL in the first 8000 bytes as binary (xdiff-interface.c)',
    ],
  },
  check(cluster, report) {
    for (const f of cluster.unchecked) {
      if (f.reason !== 'binary') continue;
      report({ span: f.span, message: `${f.kind} holds a NUL byte, so it is binary or zero-filled and is not checked` });
    }
  },
});
