import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { containerHosts, dialledAddresses } from '../../src/rules-support/container-addresses.ts';
import { isSingleLabel, projectNames } from '../../src/rules-support/container-names.ts';

/** How many container names a message lists before "and N more". */
const LISTED = 4;

/**
 * The headless Service domain `<x>.<domain>` is below, when it is one of the project's
 * (ContainerHost.podDomains): the cluster DNS answers there only for the pods it names.
 */
function headlessDomainOf(name: string, domains: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const dot = lower.indexOf('.');
  if (dot <= 0 || !isSingleLabel(lower.slice(0, dot))) return undefined;
  const domain = lower.slice(dot + 1);
  return domains.includes(domain) ? domain : undefined;
}

/** The project's names `<pod>.<domain>`, for the message. */
function podsUnder(domain: string, known: ReadonlySet<string>): string {
  const pods = [...known].filter((n) => n.endsWith(`.${domain}`) && isSingleLabel(n.slice(0, -domain.length - 1))).sort();
  if (pods.length === 0) return 'no pod of the project has a name there';
  const shown = pods.slice(0, LISTED).map(quote).join(', ');
  return `its pods are ${pods.length > LISTED ? `${shown} and ${pods.length - LISTED} more` : shown}`;
}

export default defineRule({
  meta: {
    id: 'container/unresolvable-host',
    severity: 'error',
    description: 'A container\'s configuration names a host that no container of the project, and none of its extra hosts, is reachable by',
    rationale:
      'Inside a Compose project a container finds the others through Docker\'s embedded DNS server: each service ' +
      'registers its name (and its `container_name`, `hostname`, network aliases) on the project\'s network, and ' +
      '"Networking in Compose" describes containers reaching each other by the service name. Kubernetes\' cluster DNS ' +
      '("DNS for Services and Pods") gives a Service `<service>.<namespace>.svc.cluster.local` and a StatefulSet\'s pod ' +
      '`<pod>.<service>...`, and a pod\'s resolv.conf searches its namespace, so a bare `<service>` resolves there. A ' +
      'name outside these is resolved by the machine\'s resolver, where a single label such as `zoo4` names nothing: a ' +
      'service name with a typo, or one that was renamed, makes the connection fail with an unknown host, and ZooKeeper ' +
      'keeps retrying a server line it cannot resolve.\n\n' +
      'hacheck reports a single-label host name (no dot; not `localhost`, an IP address, a wildcard or a placeholder) in ' +
      'a container\'s ZooKeeper connect strings, Hadoop addresses, qjournal:// JournalNodes, `controller.quorum.voters` ' +
      'or zoo.cfg server lines that no container of the project is reachable by and that the container\'s own ' +
      '`extra_hosts` (`hostAliases`) do not list. In Kubernetes it also reports `<x>.<service>` (or with `.<namespace>`, ' +
      '`.<namespace>.svc`, `.<namespace>.svc.cluster.local`) where `<service>` is a headless Service (`clusterIP: None`) ' +
      'of the project and no pod of the project is named `<x>` under it: the cluster DNS answers below a headless ' +
      'Service\'s name only for the pods whose hostname and subdomain make that name (a StatefulSet\'s `<name>-<ordinal>` ' +
      'under its `serviceName`), so `zk-3.zk-hs` with a StatefulSet of 3 names no pod. Any other name with a dot may be ' +
      'external DNS and is not reported; a container ' +
      'on the machine\'s network (`network_mode: host`, `hostNetwork: true`) resolves through the machine and is skipped.',
    fix: 'Use the name of the service that runs the daemon, or give the container the name with `extra_hosts` (`hostAliases` in Kubernetes).',
    references: [
      'Docker docs, "Networking in Compose" (docs.docker.com/compose/how-tos/networking): each container "is both reachable by other containers on that network, and discoverable by the service\'s name"',
      'Kubernetes docs, "DNS for Services and Pods" (kubernetes.io/docs/concepts/services-networking/dns-pod-service): Service and Pod records, the Pod\'s search list',
      'Kubernetes docs, "DNS for Services and Pods": a headless Service\'s name resolves to the IPs of its selected Pods, and a Pod with `hostname` and `subdomain` set to a headless Service gets `<hostname>.<subdomain>.<namespace>.svc.cluster.local`',
      'Kubernetes docs, "StatefulSets", Stable Network ID: each Pod\'s hostname is `$(statefulset name)-$(ordinal)`, its domain `$(service name).$(namespace).svc.cluster.local` with serviceName the governing Service',
      'Compose file reference, services.extra_hosts: entries added to the container\'s /etc/hosts',
    ],
  },
  check(cluster, report) {
    const containers = containerHosts(cluster);
    if (containers.length === 0) return;
    const known = projectNames(containers);
    const services = containers.map((c) => quote(c.container.service));
    const listed = services.length > LISTED ? `${services.slice(0, LISTED).join(', ')} and ${services.length - LISTED} more` : services.join(', ');
    const seen = new Set<string>();
    for (const user of containers) {
      if (user.container.hostNetwork) continue;
      const extra = new Set(user.container.extraHosts.map((h) => h.value.toLowerCase()));
      for (const a of dialledAddresses(cluster, user)) {
        const name = a.host.value;
        if (known.has(name.toLowerCase()) || extra.has(name.toLowerCase())) continue;
        const domain = isSingleLabel(name) ? undefined : headlessDomainOf(name, user.container.podDomains);
        if (!isSingleLabel(name) && domain === undefined) continue;
        const s = a.host.span;
        const key = `${s.file}\0${s.line}\0${s.column}\0${s.endLine}\0${s.endColumn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const message =
          domain === undefined
            ? `${a.key} names ${quote(name)}, which no container of the project is reachable by: its containers are ${listed}`
            : `${a.key} names ${quote(name)}, which no pod of the headless Service ${quote(domain.split('.')[0]!)} is: ${podsUnder(domain, known)}`;
        report({ span: s, message });
      }
    }
  },
});
