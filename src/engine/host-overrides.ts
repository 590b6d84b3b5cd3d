/**
 * Per-host rule settings (the configuration file's `overrides`): a finding
 * whose primary location is a file in the folder of a listed host takes the
 * setting of the last override that lists the host and sets the rule. Shared
 * files (outside host folders) belong to no single host and keep the
 * top-level setting.
 */
import { hostKey } from '../model/host-names.ts';
import type { Cluster } from '../model/types.ts';
import type { Finding, Severity } from './rule.ts';

export type RuleSetting = Severity | 'off';

export interface HostOverride {
  readonly hosts: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/**
 * The severities to run the rules with: a rule that is off at the top level
 * but switched on for some host must still run, so its 'off' is dropped here
 * and applied to the other hosts' findings by applyHostOverrides.
 */
export function severitiesToRun(
  severities: Readonly<Record<string, RuleSetting>> | undefined,
  overrides: readonly HostOverride[],
): Readonly<Record<string, RuleSetting>> | undefined {
  if (!severities || overrides.length === 0) return severities;
  const out = { ...severities };
  for (const o of overrides) {
    for (const [id, setting] of Object.entries(o.rules)) if (setting !== 'off' && out[id] === 'off') delete out[id];
  }
  return out;
}

/**
 * Per host key, the setting of each rule some override sets for it: the last override's.
 * Built once, in the size of the overrides (rule ids are the known ones), so that each
 * finding is one lookup: scanning every override's host list per finding is quadratic
 * (10,000 listed hosts and 40,000 findings took over two minutes).
 */
function settingsByHost(overrides: readonly HostOverride[]): Map<string, Map<string, RuleSetting>> {
  const out = new Map<string, Map<string, RuleSetting>>();
  for (const o of overrides) {
    const rules = Object.entries(o.rules);
    for (const key of new Set(o.hosts.map(hostKey))) {
      let settings = out.get(key);
      if (!settings) out.set(key, (settings = new Map()));
      for (const [id, setting] of rules) settings.set(id, setting);
    }
  }
  return out;
}

/** Applies the overrides to each finding's severity; a finding set 'off' is dropped. */
export function applyHostOverrides(
  findings: readonly Finding[],
  cluster: Cluster,
  severities: Readonly<Record<string, RuleSetting>> | undefined,
  overrides: readonly HostOverride[],
): Finding[] {
  if (overrides.length === 0) return [...findings];
  const hostOfFile = new Map([...cluster.files, ...cluster.unchecked].map((f) => [f.path, f.host]));
  const settingsOfHost = settingsByHost(overrides);
  const out: Finding[] = [];
  for (const f of findings) {
    const host = hostOfFile.get(f.span.file);
    // The engine applied the top-level setting, except an 'off' that severitiesToRun lifted.
    const setting: RuleSetting = (host !== undefined ? settingsOfHost.get(hostKey(host))?.get(f.ruleId) : undefined) ?? severities?.[f.ruleId] ?? f.severity;
    if (setting !== 'off') out.push(setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}
