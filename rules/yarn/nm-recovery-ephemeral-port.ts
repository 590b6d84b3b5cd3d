import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { Cluster, ConfProperty, YarnConf } from '../../src/model/types.ts';
import { booleanOf } from '../../src/rules-support/hdfs-failover-switch.ts';
import { isSet } from '../../src/rules-support/hdfs-ha-keys.ts';
import { yarnConfLoadedBy } from '../../src/rules-support/role-hosts.ts';
import { valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

const RECOVERY_KEY = 'yarn.nodemanager.recovery.enabled';
const ADDRESS_KEY = 'yarn.nodemanager.address';

/** A NodeManager may load this configuration: a host using it runs one, or nothing places NodeManagers. */
function loadedByNodeManager(cluster: Cluster, conf: YarnConf): boolean {
  return yarnConfLoadedBy(cluster, conf, 'NodeManager');
}

/**
 * The port Configuration.getSocketAddr(bind-host, yarn.nodemanager.address,
 * "0.0.0.0:0", 0) gives: the text after the last colon, 0 when there is none
 * (NetUtils.createSocketAddr falls back to the default port 0). Undefined when
 * the port part hides behind a ${var} nothing defines, or is not a number.
 */
function nmPort(address: ConfProperty | undefined): number | undefined {
  if (!isSet(address)) return 0;
  const text = address.unresolved.length === 0 ? address.value : address.raw.trim();
  const colon = text.lastIndexOf(':');
  if (colon < 0) return address.unresolved.length === 0 ? 0 : undefined;
  const port = text.slice(colon + 1);
  return /^\d+$/.test(port) ? Number(port) : undefined;
}

export default defineRule({
  meta: {
    id: 'yarn/nm-recovery-ephemeral-port',
    severity: 'error',
    description: 'yarn.nodemanager.recovery.enabled is true but yarn.nodemanager.address has port 0 (the default), so the NodeManager refuses to start',
    rationale:
      'NodeManager recovery (work-preserving restart) lets containers survive a NodeManager restart; they reconnect ' +
      'to the same address, so the NodeManager must listen on a fixed port. `ContainerManagerImpl.serviceStart` reads ' +
      '`yarn.nodemanager.address` (default `${yarn.nodemanager.hostname}:0`, an ephemeral port chosen at each start) ' +
      'and, when the state store can recover (`yarn.nodemanager.recovery.enabled` is `true`), throws ' +
      '"Cannot support recovery with an ephemeral server port. Check the setting of yarn.nodemanager.address"; the ' +
      'NodeManager stops. The NodeManager guide (step 4 of "Enabling NM Restart"): "Explicitly ' +
      'setting yarn.nodemanager.address to an address with specific port number (for e.g 0.0.0.0:45454) is a ' +
      'precondition for enabling NM restart".\n\n' +
      'The rule reports configurations a NodeManager loads with recovery on and `yarn.nodemanager.address` unset, ' +
      'without a port, or with port 0.',
    fix:
      'Set `yarn.nodemanager.address` to a fixed port on every NodeManager, e.g. `${yarn.nodemanager.hostname}:8041` ' +
      '(or `0.0.0.0:8041`), or turn `yarn.nodemanager.recovery.enabled` off.',
    references: [
      'hadoop-yarn-server-nodemanager/src/main/java/org/apache/hadoop/yarn/server/nodemanager/containermanager/ContainerManagerImpl.java serviceStart(): initialAddress = conf.getSocketAddr(NM_BIND_HOST, NM_ADDRESS, DEFAULT_NM_ADDRESS, DEFAULT_NM_PORT); usingEphemeralPort = (initialAddress.getPort() == 0); if (context.getNMStateStore().canRecover() && usingEphemeralPort) throw new IllegalArgumentException("Cannot support recovery with an ephemeral server port. Check the setting of " + YarnConfiguration.NM_ADDRESS)',
      'YarnConfiguration.java: NM_ADDRESS = "yarn.nodemanager.address", DEFAULT_NM_PORT = 0, DEFAULT_NM_ADDRESS = "0.0.0.0:0"; yarn-default.xml: yarn.nodemanager.address = ${yarn.nodemanager.hostname}:0, yarn.nodemanager.recovery.enabled = false',
      'NodeManager.java initAndStartRecoveryStore: recovery enabled gives NMLeveldbStateStoreService (canRecover true), else NMNullStateStoreService',
      'NodeManager.md "Enabling NM Restart" step 4: "Ephemeral ports (port 0, which is default) cannot be used for the NodeManager\'s RPC server specified via yarn.nodemanager.address"',
    ],
    upstreamMessage: 'Cannot support recovery with an ephemeral server port. Check the setting of yarn.nodemanager.address',
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      const recovery = conf.effective[RECOVERY_KEY];
      if (booleanOf(recovery) !== true || !loadedByNodeManager(cluster, conf)) continue;
      const address = conf.effective[ADDRESS_KEY];
      if (nmPort(address) !== 0) continue;
      const why = !isSet(address)
        ? `${ADDRESS_KEY} is unset (default "\${yarn.nodemanager.hostname}:0")`
        : address.value.includes(':') || address.raw.includes(':')
          ? `${ADDRESS_KEY} ${quote(address.raw.trim())} has port 0`
          : `${ADDRESS_KEY} ${quote(address.raw.trim())} has no port, so 0`;
      report({
        span: valueSpan(recovery!),
        message: `${RECOVERY_KEY} is "true" but ${why}: the NodeManager refuses to start with an ephemeral port`,
        related: isSet(address) ? [{ span: valueSpan(address), message: `${ADDRESS_KEY} has no fixed port` }] : [],
      });
    }
  },
});
