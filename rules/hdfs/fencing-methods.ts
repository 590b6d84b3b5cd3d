import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { ConfProperty } from '../../src/model/types.ts';
import { automaticFailoverProperty, haNameservices, loadedByNameNode, nnKey } from '../../src/rules-support/hdfs-ha-keys.ts';
import { builtinMethods, FENCING_KEY, fenceLines, fencingProperties } from '../../src/rules-support/hdfs-fencing.ts';

export default defineRule({
  meta: {
    id: 'hdfs/fencing-methods',
    severity: 'error',
    description: 'dfs.ha.fencing.methods is missing with automatic failover, or a line of it does not parse',
    rationale:
      '`dfs.ha.fencing.methods` is a list of fencing methods, **one per line**, tried in order until one succeeds. ' +
      '`NodeFencer` splits the value on newlines, drops `#` comments and blank lines, and requires each line to be ' +
      '`name` or `name(argument)`. A name without a dot must be a built-in method (`shell` and `sshfence`; Hadoop 3 ' +
      'adds `powershell`); any other name is loaded as a class and fails. When the list does not parse, or is not set ' +
      'at all, the ZKFC exits at startup with `Fencing is not configured for <target>. You must configure a fencing ' +
      'method before using automatic failover.`, so automatic failover never runs.\n\n' +
      'The rule reports, in HA configurations:\n\n' +
      '- no fencing method for a NameNode of a nameservice with automatic failover (looked up as ' +
      '`dfs.ha.fencing.methods.<ns>.<nn>`, `.<ns>`, then the plain key), in configurations a NameNode loads;\n' +
      '- methods separated by commas (`sshfence,shell(/bin/true)` is a single line to Hadoop);\n' +
      "- a line that does not parse, such as `shell()`: `Unable to parse line: '<line>'`;\n" +
      '- an unknown short name, e.g. `sshFence`: `Could not find configured fencing method <name>`;\n' +
      "- `shell` without a command: `No argument passed to 'shell' fencing method`;\n" +
      '- an `sshfence` argument that is not `[user][:port]`.',
    fix:
      'Put each method on its own line inside `<value>`, e.g.\n\n```xml\n<value>sshfence\nshell(/bin/true)</value>\n```\n\n' +
      'and use the built-in names exactly as written (`sshfence`, `shell(...)`) or a fully qualified class name.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L223-330',
      'NodeFencer.java (3.4.1) L57-74, L134-194; (2.7.7) L69-72, L118-122',
      'ShellCommandFencer.java (3.4.1) L75-76; SshFenceByTcpPort.java (3.4.1) L229-270',
      'ZKFailoverController.java (3.4.1) L97-105, L245-252',
    ],
    upstreamMessage: 'Fencing is not configured for <target>.\nYou must configure a fencing method before using automatic failover.',
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      for (const p of fencingProperties(conf)) {
        for (const f of fenceLines(p, version)) {
          const line = quote(f.line.value);
          switch (f.problem) {
            case 'comma-separated':
              report({ span: f.line.span, message: `Fencing methods ${line} are separated by commas but Hadoop reads one method per line` });
              break;
            case 'unparsable':
              report({ span: f.line.span, message: `Fencing line ${line} is neither "name" nor "name(argument)"` });
              break;
            case 'unknown-method': {
              const known = builtinMethods(version).map((n) => `"${n}"`).join(', ');
              report({
                span: f.line.span,
                message: f.name === 'powershell'
                  ? `Fencing method "powershell" is built in only from Hadoop 3, but this is Hadoop ${version.label}`
                  : `Fencing method ${quote(f.name!)} is neither a built-in method (${known}) nor a class name`,
              });
              break;
            }
            case 'shell-without-argument':
              report({ span: f.line.span, message: `Fencing method ${line} has no command: shell needs "shell(command)"` });
              break;
            case 'bad-ssh-argument':
              report({ span: f.arg!.span, message: `sshfence argument ${quote(f.arg!.value)} is not "[user][:port]"` });
              break;
            default:
              break;
          }
        }
      }
      if (!loadedByNameNode(cluster, conf)) continue;
      const reported = new Set<ConfProperty>();
      for (const ns of haNameservices(conf)) {
        const auto = automaticFailoverProperty(conf, ns.id.value);
        if (!auto || reported.has(auto)) continue;
        const missing = ns.namenodes.filter((nn) => !nnKey(conf, FENCING_KEY, ns.id.value, nn.id.value)?.value.trim());
        if (missing.length === 0) continue;
        reported.add(auto);
        const whom = missing.length === ns.namenodes.length ? quote(ns.id.value) : `NameNode ${quote(missing[0]!.id.value)} of ${quote(ns.id.value)}`;
        report({
          span: locatedValue(auto).span,
          message: `Automatic failover is enabled for ${whom} but ${FENCING_KEY} is not set`,
        });
      }
    }
  },
});
