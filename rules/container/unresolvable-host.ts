import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { containerHosts, dialledAddresses } from '../../src/rules-support/container-addresses.ts';
import { isSingleLabel, projectNames } from '../../src/rules-support/container-names.ts';

/** How many container names a message lists before "and N more". */
const LISTED = 4;

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
      '`extra_hosts` (`hostAliases`) do not list. A name with a dot may be external DNS and is not reported; a container ' +
      'on the machine\'s network (`network_mode: host`, `hostNetwork: true`) resolves through the machine and is skipped.',
    fix: 'Use the name of the service that runs the daemon, or give the container the name with `extra_hosts` (`hostAliases` in Kubernetes).',
    references: [
      'Docker docs, "Networking in Compose" (docs.docker.com/compose/how-tos/networking): each container "is both reachable by other containers on that network, and discoverable by the service\'s name"',
      'Kubernetes docs, "DNS for Services and Pods" (kubernetes.io/docs/concepts/services-networking/dns-pod-service): Service and Pod records, the Pod\'s search list',
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
        if (!isSingleLabel(name) || known.has(name.toLowerCase()) || extra.has(name.toLowerCase())) continue;
        const s = a.host.span;
        const key = `${s.file}\0${s.line}\0${s.column}\0${s.endLine}\0${s.endColumn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({ span: s, message: `${a.key} names ${quote(name)}, which no container of the project is reachable by: its containers are ${listed}` });
      }
    }
  },
});
