import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { pieceOf } from '../../src/text/sub-span.ts';
import { isProblem, parseQjournal, sharedEditsItems, sharedEditsProperties } from '../../src/rules-support/hdfs-qjournal.ts';

export default defineRule({
  meta: {
    id: 'hdfs/shared-edits-uri',
    severity: 'error',
    description: 'dfs.namenode.shared.edits.dir in an HA configuration is not one valid qjournal://host:port;host:port/journalId URI',
    rationale:
      'In an HA nameservice the NameNodes share their edit log through `dfs.namenode.shared.edits.dir`: exactly one ' +
      'URI, normally `qjournal://jn1:8485;jn2:8485;jn3:8485/journalId`. The NameNode reads the value as a ' +
      'comma-separated list of URIs, so JournalNodes separated by commas become several URIs, the first of which has no ' +
      'journal id. `QuorumJournalManager` then requires:\n\n' +
      "- a path that names the journal: otherwise `Bad URI '<uri>': must identify journal in path component`;\n" +
      '- a journal id that is not empty, contains no `/` (a trailing slash counts) and does not start with `.`: ' +
      'otherwise `bad journal id: <jid>`;\n' +
      '- an authority listing the JournalNodes, separated by `;`: otherwise `URI has no authority: <uri>`;\n' +
      '- for each JournalNode a valid `host[:port]` (the port defaults to 8485): otherwise ' +
      '`Does not contain a valid host:port authority`.\n\n' +
      'Any of these stops the NameNode from starting. A `file:` URI (or a plain path) is NFS-based HA, which Hadoop ' +
      'supports with a single shared directory; the rule does not report it. Other schemes are journal plugins and are ' +
      'not checked.',
    fix:
      'Write one URI with semicolons between the JournalNodes and the journal id as its path, e.g. ' +
      '`qjournal://jn1:8485;jn2:8485;jn3:8485/mycluster`. Reusing the nameservice id as journal id is the documented ' +
      'convention; with several nameservices sharing JournalNodes each needs its own journal id.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L174-195',
      'QuorumJournalManager.java (3.4.1) L202-218; (2.7.7) L153-158',
      'hdfs/server/common/Util.java (3.4.1) L367-415; QuorumJournalManager.java (2.7.7) L375-392',
      'HDFSHighAvailabilityWithNFS.md (3.4.1) L157-169',
    ],
    upstreamMessage: "Bad URI '<uri>': must identify journal in path component",
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      for (const p of sharedEditsProperties(conf)) {
        const items = sharedEditsItems(p, cluster.hadoopVersion);
        if (items.length > 1) {
          const loc = locatedValue(p);
          const first = items[0]!;
          const rest = items.slice(1);
          if (first.value.startsWith('qjournal://') && rest.every((i) => !i.value.includes(':/'))) {
            const at = loc.value.search(/[,\n]/);
            report({
              span: pieceOf(loc, at, at + 1).span,
              message: `${p.name} separates JournalNodes with "${loc.value[at] === ',' ? ',' : '\\n'}" instead of ";", so Hadoop reads ${plural(items.length, 'URI')} and ${quote(first.value)} has no journal id`,
            });
          } else {
            report({
              span: rest[0]!.span,
              message: `${p.name} lists ${plural(items.length, 'directory', 'directories')} but an HA nameservice supports exactly one shared edits directory`,
              related: [{ span: first.span, message: `the first is ${quote(first.value)}` }],
            });
          }
          continue;
        }
        const item = items[0];
        if (!item) continue;
        const parsed = parseQjournal(item);
        if (parsed === undefined) continue;
        if (isProblem(parsed)) {
          report(parsed);
          continue;
        }
        const jid = parsed.journalId;
        if (jid.value === '') {
          report({ span: pieceOf(item, item.value.length - 1, item.value.length).span, message: `Shared edits URI ${quote(item.value)} has an empty journal id` });
        } else if (jid.value.includes('/')) {
          report({ span: jid.span, message: `Journal id ${quote(jid.value)} contains "/", which a journal id must not contain` });
        } else if (jid.value.startsWith('.')) {
          report({ span: jid.span, message: `Journal id ${quote(jid.value)} starts with ".", which a journal id must not` });
        }
        if (parsed.nodes.length === 0) {
          report({ span: parsed.authority.span, message: `Shared edits URI ${quote(item.value)} names no JournalNode` });
        }
        for (const node of parsed.nodes) {
          const host = node.host.value;
          if (host === '' || !/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)$/.test(host)) {
            report({ span: node.host.span, message: `JournalNode host ${quote(host)} is not a valid host name` });
            continue;
          }
          const port = node.port;
          if (!port || port.value === '') continue;
          if (!/^\d+$/.test(port.value)) {
            report({ span: port.span, message: `JournalNode port ${quote(port.value)} of ${quote(host)} is not a number` });
          } else if (Number(port.value) > 65535) {
            report({ span: port.span, message: `JournalNode port ${quote(port.value)} of ${quote(host)} is out of range (0-65535)` });
          }
        }
      }
    }
  },
});
