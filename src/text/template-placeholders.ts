/**
 * Placeholders of deployment tools left in a Hadoop value, which Hadoop never expands: its
 * Configuration expands only `${name}` (Configuration.substituteVars), so `{{ var }}`
 * (Jinja, Ansible, Mustache), `@VAR@` (Maven resource filtering, sed), `%%VAR%%` and a shell's
 * `$VAR` (envsubst, a heredoc) stay literally. hadoop/unresolved-placeholder reports them, and
 * the model counts them as unresolved so that no other rule judges the value
 * (src/model/hadoop-conf.ts).
 */

/** A placeholder found in a value: where it starts, and its text. */
export interface Placeholder {
  readonly index: number;
  readonly text: string;
}

const LINE_BREAKS = '\n\r\u2028\u2029';

/**
 * `{{...}}` on one line, as `/\{\{.*?\}\}/g` finds them, line by line: that pattern retried a
 * line of `{` from each one, scanning to the end of the line each time (quadratic).
 */
function* doubleBraces(text: string): Iterable<Placeholder> {
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i)) {
    let close = -1;
    let j = i + 2;
    for (; j < text.length && !LINE_BREAKS.includes(text[j]!); j++) {
      if (text[j] === '}' && text[j + 1] === '}') {
        close = j;
        break;
      }
    }
    if (close < 0) {
      // No later `{{` on this line closes either.
      i = j;
      continue;
    }
    yield { index: i, text: text.slice(i, close + 2) };
    i = close + 2;
  }
}

function* matches(re: RegExp, text: string): Iterable<Placeholder> {
  for (const m of text.matchAll(re)) yield { index: m.index!, text: m[0] };
}

/**
 * A shell's `$NAME`: not after a word character or `$` (a Java inner class `Outer$Inner`, `$$`),
 * and a name, so `$1` of an auth_to_local rule and a regular expression's `$` are not one.
 */
const SHELL_VARIABLE = /(?<![\w$])\$[A-Za-z_][A-Za-z0-9_]*/g;

/** Every placeholder in `text`, syntax by syntax. */
export function* templatePlaceholders(text: string): Iterable<Placeholder> {
  yield* doubleBraces(text);
  yield* matches(/@[A-Za-z_][A-Za-z0-9_.-]*@/g, text);
  yield* matches(/%%[A-Za-z_][A-Za-z0-9_.-]*%%/g, text);
  yield* matches(SHELL_VARIABLE, text);
}

/**
 * Values that become a container's environment, classpath or JVM options: the
 * NodeManager's launch script expands ${VAR}, $VAR and {{VAR}} there
 * (yarn.app.mapreduce.am.env = HADOOP_MAPRED_HOME=${HADOOP_HOME} is the documented setup;
 * mapred-default.xml writes {{HADOOP_MAPRED_HOME}} in mapreduce.application.classpath,
 * yarn-default.xml MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX in yarn.nodemanager.admin-env).
 */
export const SHELL_EVALUATED = /(?:[.-]env(?:\.[A-Za-z_][A-Za-z0-9_]*)?|env-whitelist|classpath|java\.opts|command-opts)$/;
export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/**
 * Values a shell runs: ShellCommandFencer runs a `shell(...)` fencing method with `bash -e -c`,
 * the target's address in `$target_host`, `$target_port` (HDFSHighAvailabilityWithQJM.md (3.4.1)
 * L283-330; ShellCommandFencer.java (3.4.1) L209, L240; hadoop-zookeeper-facts.md).
 */
const SHELL_RUN = /^dfs\.ha\.fencing\.methods(?:\..+)?$/;
/** mapred-default.xml: "@taskid@ is replaced by current TaskID" in the child JVM options. */
const HADOOP_SYMBOLS = new Set(['@taskid@']);

/**
 * Whether a placeholder in the value of property `name` is one that nothing fills in: not
 * Hadoop's own @taskid@, and not an environment variable where the launch shell expands it.
 */
export function isUnfilled(name: string, text: string): boolean {
  if (HADOOP_SYMBOLS.has(text)) return false;
  if (SHELL_RUN.test(name)) return !text.startsWith('$');
  if (!SHELL_EVALUATED.test(name)) return true;
  if (text.startsWith('{{')) return !ENV_NAME.test(text.slice(2, -2));
  return !text.startsWith('$');
}

/** The unfilled placeholders in the value of property `name`, each once. */
export function unfilledPlaceholders(name: string, value: string): string[] {
  // Most values hold none of the openers: the model asks this of every definition of every configuration.
  if (!value.includes('$') && !value.includes('@') && !value.includes('{{') && !value.includes('%%')) return [];
  const out = new Set<string>();
  for (const p of templatePlaceholders(value)) if (isUnfilled(name, p.text)) out.add(p.text);
  return [...out];
}
