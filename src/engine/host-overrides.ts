/**
 * Per-host rule settings (the configuration file's `overrides`): a finding
 * whose primary location is a file in the folder of a listed host takes the
 * setting of the last override that lists the host and sets the rule. Shared
 * files (outside host folders) belong to no single host and keep the
 * top-level setting.
 */
import { sameHost } from '../model/host-names.ts';
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

/** Applies the overrides to each finding's severity; a finding set 'off' is dropped. */
export function applyHostOverrides(
  findings: readonly Finding[],
  cluster: Cluster,
  severities: Readonly<Record<string, RuleSetting>> | undefined,
  overrides: readonly HostOverride[],
): Finding[] {
  if (overrides.length === 0) return [...findings];
  const hostOfFile = new Map([...cluster.files, ...cluster.unchecked].map((f) => [f.path, f.host]));
  const out: Finding[] = [];
  for (const f of findings) {
    const host = hostOfFile.get(f.span.file);
    // The engine applied the top-level setting, except an 'off' that severitiesToRun lifted.
    let setting: RuleSetting = severities?.[f.ruleId] ?? f.severity;
    if (host !== undefined) {
      for (const o of overrides) {
        const s = o.rules[f.ruleId];
        if (s !== undefined && o.hosts.some((h) => sameHost(h, host))) setting = s;
      }
    }
    if (setting !== 'off') out.push(setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}
