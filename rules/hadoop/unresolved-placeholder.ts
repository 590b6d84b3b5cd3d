import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { HADOOP_KNOWLEDGE } from '../../src/knowledge/hadoop-defaults.generated.ts';
import { isRuntimeVariable } from '../../src/model/hadoop-conf.ts';
import type { Cluster } from '../../src/model/types.ts';
import { distinctXmlFiles } from '../../src/rules-support/hadoop-site-files.ts';
import { spanWithin } from '../../src/text/sub-span.ts';
import { ENV_NAME, SHELL_EVALUATED, isUnfilled, templatePlaceholders } from '../../src/text/template-placeholders.ts';

/** Hadoop's ${var} syntax (Configuration.substituteVars). */
const VARIABLE = /\$\{([^}$\u0020]+)\}/g;
/** ${var} names left unresolved, per "<file hash>:<line>:<column>" of the property name, from every configuration. */
function unresolvedInConfs(cluster: Cluster): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const conf of cluster.confs) {
    for (const d of conf.definitions) {
      if (d.unresolved.length === 0) continue;
      const key = `${d.file.hash}:${d.prop.name.span.line}:${d.prop.name.span.column}`;
      const names = out.get(key);
      if (!names) out.set(key, new Set(d.unresolved));
      else for (const n of d.unresolved) names.add(n);
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'hadoop/unresolved-placeholder',
    severity: 'error',
    description: 'A value still holds a template placeholder or a ${var} that nothing defines',
    rationale:
      "Hadoop's `Configuration` expands `${name}` from other properties and Java system properties (and " +
      '`${env.NAME}` from the environment); a variable that none of them defines is left in the value literally. ' +
      'Template syntaxes of deployment tools (`{{ var }}` of Jinja/Ansible, `@VAR@` of Maven filtering or sed, ' +
      '`%%VAR%%`, a shell\'s `$VAR`) are never expanded at all. A site file that still holds one was copied before the deployment ' +
      'script filled it in, or the script missed it: the daemon then uses a host name such as `${ACTIVE_NAME_NODE}` ' +
      'or a path such as `${HADOOP_HOME}/data` literally, which fails at startup or writes to a directory nobody ' +
      "expects. `${HADOOP_HOME}` is an environment variable, not a property: Hadoop does not expand it.\n\n" +
      'Runtime variables (`${user.name}`, `${hadoop.tmp.dir}`, `${env.X}`) are fine, and so are `${VAR}`, ' +
      "`$VAR` and `{{VAR}}` in the values the NodeManager puts into a container's environment, classpath or JVM options " +
      '(`*.env`, `*.classpath`, `*.java.opts`), which the launch shell expands, `$target_host` and the like in a ' +
      '`shell(...)` fencing method, which bash runs, and `@taskid@` in JVM options. ' +
      'Other hacheck rules do not judge a value holding an unresolved `${var}` or a placeholder; this rule reports it.\n\n' +
      'A file holding Jinja or ERB syntax (`{{ var }}` with anything but a bare upper-case name, `{% ... %}`, ' +
      '`<%= ... %>`) is a template, not a deployed file: hacheck lists it as such and checks nothing in it ' +
      '(`hacheck files` shows it). This rule sees the placeholders left in otherwise real files.',
    fix: 'Lint the configuration as deployed (after the template step), or fill in the value.',
    references: [
      'Configuration.java (3.4.1) substituteVars L1040, L1216-1217: ${var} from properties, then system properties, at most 20 substitutions (hadoop-zookeeper-facts.md b#43)',
      'mapred-default.xml (2.7.7, 3.4.1): {{HADOOP_MAPRED_HOME}} in mapreduce.application.classpath, @taskid@ in mapred.child.java.opts',
    ],
  },
  check(cluster, report) {
    const fromConfs = unresolvedInConfs(cluster);
    const inConf = new Set(cluster.confs.flatMap((c) => c.files.map((f) => f.hash)));
    const files = distinctXmlFiles(cluster);
    const defined = new Set<string>([
      ...files.flatMap((f) => f.xml.properties.map((p) => p.name.value)),
      ...Object.keys(HADOOP_KNOWLEDGE.defaults['2']),
      ...Object.keys(HADOOP_KNOWLEDGE.defaults['3']),
    ]);
    for (const file of files) {
      for (const prop of file.xml.properties) {
        const value = prop.value;
        if (!value) continue;
        const name = prop.name.value;
        const shell = SHELL_EVALUATED.test(name);
        const key = `${file.hash}:${prop.name.span.line}:${prop.name.span.column}`;
        const unresolved = inConf.has(file.hash)
          ? fromConfs.get(key) ?? new Set<string>()
          : new Set([...value.value.matchAll(VARIABLE)].map((m) => m[1]!).filter((v) => !defined.has(v) && !isRuntimeVariable(v)));
        const seen = new Set<string>();
        for (const m of value.value.matchAll(VARIABLE)) {
          const v = m[1]!;
          if (!unresolved.has(v) || seen.has(m[0]) || (shell && ENV_NAME.test(v))) continue;
          seen.add(m[0]);
          report({
            span: spanWithin(value, m.index!, m.index! + m[0].length),
            message: `${quote(m[0])} in ${quote(name)} is a variable that nothing defines; Hadoop keeps it literally`,
          });
        }
        for (const m of templatePlaceholders(value.value)) {
          const text = m.text;
          if (seen.has(text) || !isUnfilled(name, text)) continue;
          seen.add(text);
          report({
            span: spanWithin(value, m.index, m.index + text.length),
            message: `${quote(text)} in ${quote(name)} is a template placeholder that was never filled in; Hadoop keeps it literally`,
          });
        }
      }
    }
  },
});
