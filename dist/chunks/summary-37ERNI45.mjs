#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintOptionsOf,
  loadConfig,
  nothingRecognised,
  nothingRecognisedMessage,
  requireDirectories,
  requireTrackedConfig,
  trackedUnder,
  treeProblems
} from "./chunk-V6GPG3AZ.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-CY5YIKJA.mjs";
import {
  buildClusters,
  mergeClusters
} from "./chunk-AFXIOXPM.mjs";
import {
  printable,
  printableLine,
  printablePath
} from "./chunk-HN7SOIX3.mjs";
import "./chunk-RPQB2CLD.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import {
  SSH_KEY_FILES,
  fenceLines,
  fencingProperties,
  participants,
  roleOf,
  serverSetOf,
  toleratedFailures
} from "./chunk-RVVRZG7X.mjs";
import "./chunk-3LGRH6LY.mjs";
import {
  HDFS_PORTS,
  namenodesOnHost,
  parseAddress,
  portFor
} from "./chunk-IS4D2FKK.mjs";
import {
  deepFreeze,
  plural,
  shorten,
  zooValue
} from "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";

// src/format/markdown-text.ts
function markdownText(s) {
  return unlinked(
    printable(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1")
  );
}
function unlinked(md) {
  return md.replace(/(?<=[A-Za-z]):(?=\/\/)/g, "&#58;").replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`).replace(/@/g, "@<!-- -->");
}
function markdownCode(s) {
  const text2 = printable(s);
  const longest = (text2.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = "`".repeat(longest + 1);
  const pad = text2.startsWith("`") || text2.endsWith("`") ? " " : "";
  return `${fence}${pad}${text2}${pad}${fence}`;
}

// src/summary/wording.ts
var VALUE_MAX = 500;
var plain = (value) => value;
var ROLE_COLUMNS = ["Host", "NameNode", "ZKFC", "JournalNode", "DataNode", "ZooKeeper", "ResourceManager", "NodeManager", "JobHistory"];
var CHECK = "\u2713";
function roleCells(h) {
  const mark = (b) => b ? CHECK : "";
  return [h.name, h.namenodes.join(", "), mark(h.zkfc), mark(h.journalNode), mark(h.dataNode), h.zookeeper ?? "", mark(h.resourceManager), mark(h.nodeManager), mark(h.jobHistoryServer)];
}
function versionOrigin(v, code2 = plain) {
  switch (v.source) {
    case "config":
      return "set in the hacheck configuration file";
    case "path":
      return `from the path ${code2(v.from ?? "")}`;
    case "evidence":
      return `from evidence at ${code2(v.from ?? "")}`;
    case "assumed":
      return "assumed: nothing in the directory tells the version";
  }
}
function portText(p) {
  if (p === void 0) return "not set";
  if (typeof p === "number") return String(p);
  return p.port === void 0 ? "not set" : p.isDefault ? `${p.port} (default)` : String(p.port);
}
function confOrigin(c, code2 = plain) {
  const users = c.hosts === 0 ? "a shared file" : `used by ${c.hosts} of ${plural(c.totalHosts, "host")}`;
  const others = c.others > 0 ? `; ${plural(c.others, "other distinct copy", "other distinct copies")} not shown (see cluster/config-drift)` : "";
  return `From ${code2(c.file)} (${users})${others}`;
}
function tolerates(n) {
  return `tolerates ${plural(n, "failure")}`;
}
function journalSentence(j, code2 = plain) {
  const id = j.journalId === void 0 ? "" : `, journal id ${code2(j.journalId)}`;
  return `${plural(j.journalNodes.length, "JournalNode")} (${j.journalNodes.map(code2).join(", ")}${id}): ${tolerates(j.toleratedFailures)}`;
}
function ensembleSentences(e, code2 = plain) {
  const servers = (list) => list.map((s) => code2(`server.${s.id}=${s.address}`)).join(", ");
  const lines = [
    `From ${code2(e.file)}`,
    e.voters.length === 0 ? `No server.N line: a standalone server, ${tolerates(0)}` : `${plural(e.voters.length, "voting server")} (${servers(e.voters)}): ${tolerates(e.toleratedFailures)}`,
    e.observers.length === 0 ? "No observers" : `${plural(e.observers.length, "observer")} (${servers(e.observers)}), which do not vote`,
    `Client port: ${e.clientPort === void 0 ? "not set" : code2(e.clientPort)}`
  ];
  if (e.otherConfigs > 0) lines.push(`${plural(e.otherConfigs, "other distinct zoo.cfg")} not shown (see zookeeper/server-list-drift)`);
  return lines;
}
function jpsNote(code2 = plain) {
  return `${code2("jps")} lists only the Java processes the user running it can see: run it as each daemon's user (or as root).`;
}
function failoverSentences(f, code2 = plain) {
  const lines = [
    `Automatic failover: ${f.automatic ? "enabled" : "disabled (failover is manual, with hdfs haadmin)"}`,
    `${code2("ha.zookeeper.quorum")}: ${f.zkQuorum === void 0 ? "not set" : code2(f.zkQuorum)}`,
    `Fencing: ${f.fencing.length === 0 ? "not set" : f.fencing.map(code2).join(", then ")}`
  ];
  if (f.sshKeyFiles !== void 0) lines.push(`sshfence key (${code2("dfs.ha.fencing.ssh.private-key-files")}): ${f.sshKeyFiles === null ? "not set" : code2(f.sshKeyFiles)}`);
  return lines;
}

// src/summary/mermaid.ts
function label(text2) {
  return `"${printable(shorten(text2, VALUE_MAX)).replace(/[#"<>&`]/g, (c) => c === '"' ? "#quot;" : `#${c.charCodeAt(0)};`)}"`;
}
function daemonNodes(h, hostId) {
  const nodes = h.namenodes.map((nn, i) => ({ id: `${hostId}_nn${i}`, text: `NameNode ${nn}`, kind: "nn", namenode: nn }));
  if (h.zkfc) nodes.push({ id: `${hostId}_zkfc`, text: "ZKFC", kind: "zkfc" });
  if (h.journalNode) nodes.push({ id: `${hostId}_jn`, text: "JournalNode", kind: "jn" });
  if (h.dataNode) nodes.push({ id: `${hostId}_dn`, text: "DataNode", kind: "dn" });
  if (h.zookeeper) nodes.push({ id: `${hostId}_zk`, text: h.zookeeper === "observer" ? "ZooKeeper observer" : "ZooKeeper", kind: "zk" });
  if (h.resourceManager) nodes.push({ id: `${hostId}_rm`, text: "ResourceManager", kind: "rm" });
  if (h.nodeManager) nodes.push({ id: `${hostId}_nm`, text: "NodeManager", kind: "nm" });
  if (h.jobHistoryServer) nodes.push({ id: `${hostId}_jhs`, text: "JobHistoryServer", kind: "jhs" });
  return nodes;
}
function renderMermaid(s) {
  const lines = ["flowchart LR"];
  const edges = [];
  const hosts = s.hosts.map((h, i) => ({ h, nodes: daemonNodes(h, `h${i}`) }));
  hosts.forEach(({ h, nodes }, i) => {
    lines.push(`  subgraph h${i}[${label(h.name)}]`);
    for (const n of nodes) lines.push(`    ${n.id}[${label(n.text)}]`);
    lines.push("  end");
  });
  const all = hosts.flatMap(({ nodes }) => nodes);
  const nnNodes = all.filter((n) => n.kind === "nn");
  s.nameservices.forEach((ns, i) => {
    lines.push(`  ns${i}([${label(ns.id)}])`);
    for (const nn of ns.namenodes) {
      for (const node of nnNodes.filter((n) => n.namenode === nn.name)) edges.push(`  ns${i} --> ${node.id}`);
    }
  });
  if (s.journal) {
    lines.push(`  journal{{${label(`journal quorum: ${plural(s.journal.journalNodes.length, "JournalNode")}, ${tolerates(s.journal.toleratedFailures)}`)}}}`);
    for (const n of nnNodes) edges.push(`  ${n.id} -- edits --> journal`);
    for (const n of all.filter((x) => x.kind === "jn")) edges.push(`  journal -.- ${n.id}`);
  }
  if (s.ensemble) {
    lines.push(`  ensemble{{${label(`ZooKeeper ensemble: ${plural(s.ensemble.voters.length, "voter")}, ${tolerates(s.ensemble.toleratedFailures)}`)}}}`);
    for (const n of all.filter((x) => x.kind === "zkfc")) edges.push(`  ${n.id} --> ensemble`);
    for (const n of all.filter((x) => x.kind === "zk")) edges.push(`  ensemble -.- ${n.id}`);
  }
  return [...lines, ...edges].join("\n");
}

// src/summary/daemons.ts
var JPS_NAME = {
  NameNode: "NameNode",
  ZKFC: "DFSZKFailoverController",
  JournalNode: "JournalNode",
  DataNode: "DataNode",
  ResourceManager: "ResourceManager",
  NodeManager: "NodeManager",
  JobHistoryServer: "JobHistoryServer",
  ZooKeeper: "QuorumPeerMain",
  ZooKeeperObserver: "QuorumPeerMain"
};
var ORDER = ["NameNode", "ZKFC", "JournalNode", "DataNode", "ResourceManager", "NodeManager", "JobHistoryServer", "ZooKeeper", "ZooKeeperObserver"];
function jpsNames(roles) {
  const names = ORDER.filter((r) => roles.includes(r)).map((r) => JPS_NAME[r]);
  return [...new Set(names)];
}

// src/summary/summarize.ts
function versionSummary(v) {
  const e = v.evidence;
  const from = e === void 0 ? void 0 : v.source === "path" ? e.file : `${e.file}:${e.line}`;
  return { product: v.product, label: v.label, source: v.source, from };
}
function namenodeName(ns, nn, multipleNameservices) {
  return multipleNameservices ? `${ns}/${nn}` : nn;
}
function hostSummary(host, multipleNameservices) {
  const has = (role) => host.roles.some((r) => r.role === role);
  const namenodes = host.conf ? namenodesOnHost(host.conf.hdfs, host.name).map(({ ns, nn }) => namenodeName(ns.id.value, nn.id.value, multipleNameservices)) : [];
  return {
    name: host.name,
    namenodes,
    zkfc: has("ZKFC"),
    journalNode: has("JournalNode"),
    dataNode: has("DataNode"),
    zookeeper: has("ZooKeeper") ? "participant" : has("ZooKeeperObserver") ? "observer" : void 0,
    resourceManager: has("ResourceManager"),
    nodeManager: has("NodeManager"),
    jobHistoryServer: has("JobHistoryServer"),
    daemons: jpsNames(host.roles.map((r) => r.role))
  };
}
function httpPort(conf, nn, hadoop) {
  if (nn.http?.portNumber !== void 0) return { port: nn.http.portNumber, isDefault: false };
  const generic = conf.effective["dfs.namenode.http-address"];
  const port = generic && generic.value !== "" ? parseAddress(generic).portNumber : void 0;
  if (port !== void 0) return { port, isDefault: false };
  return { port: portFor(HDFS_PORTS.namenodeHttp, hadoop.major), isDefault: true };
}
function nameservices(conf, hadoop, multipleNameservices) {
  return conf.hdfs.nameservices.map((ns) => ({
    id: ns.id.value,
    namenodes: ns.namenodes.map((nn) => ({
      id: nn.id.value,
      name: namenodeName(ns.id.value, nn.id.value, multipleNameservices),
      host: nn.rpc?.host?.value,
      rpcPort: nn.rpc?.portNumber,
      httpPort: httpPort(conf, nn, hadoop)
    }))
  }));
}
function journal(conf) {
  const j = conf.hdfs.journal;
  if (!j) return void 0;
  const journalNodes = j.hosts.map((h) => h.port ? `${h.host.value}:${h.port.value}` : h.host.value);
  return { journalNodes, journalId: j.journalId?.value, toleratedFailures: toleratedFailures(journalNodes.length) };
}
function ensemble(cluster) {
  const zoo = cluster.zooConfigs[0];
  if (!zoo) return void 0;
  const set = serverSetOf(cluster, zoo);
  const servers = set?.servers ?? [];
  const describe = (s) => ({ id: s.id.value, address: s.entry.value.value.split(";")[0] });
  const voters = participants(servers).map(describe);
  const observers = servers.filter((s) => roleOf(s) === "observer").map(describe);
  const clientPort = servers.find((s) => s.client)?.client?.port.value ?? zooValue(zoo.zoo, "clientPort")?.value.value;
  return {
    file: (set?.file ?? zoo).path,
    voters,
    observers,
    // A standalone server (no server.N line) survives no failure either.
    toleratedFailures: toleratedFailures(Math.max(voters.length, 1)),
    clientPort,
    otherConfigs: cluster.zooConfigs.length - 1
  };
}
function failover(conf, hadoop) {
  if (conf.hdfs.nameservices.length === 0) return void 0;
  const fencing = fencingProperties(conf).flatMap((p) => fenceLines(p, hadoop).map((l) => l.line.value));
  const sshfence = fencing.some((m) => m === "sshfence" || m.startsWith("sshfence("));
  const key = conf.effective[SSH_KEY_FILES];
  return {
    automatic: conf.hdfs.automaticFailover,
    zkQuorum: conf.hdfs.zkQuorum?.property.value,
    fencing,
    sshKeyFiles: sshfence ? key && key.value !== "" ? key.value : null : void 0
  };
}
function summarize(cluster) {
  const conf = cluster.confs[0];
  const multipleNameservices = cluster.confs.some((c) => c.hdfs.nameservices.length > 1);
  const confFile = conf?.files.find((f) => f.kind === "hdfs-site.xml") ?? conf?.files[0];
  return {
    versions: [versionSummary(cluster.hadoopVersion), versionSummary(cluster.zookeeperVersion)],
    conf: conf && confFile ? { file: confFile.path, hosts: conf.hosts.length, totalHosts: cluster.hosts.length, others: cluster.confs.length - 1 } : void 0,
    hosts: cluster.hosts.map((h) => hostSummary(h, multipleNameservices)),
    nameservices: conf ? nameservices(conf, cluster.hadoopVersion, multipleNameservices) : [],
    journal: conf ? journal(conf) : void 0,
    ensemble: ensemble(cluster),
    failover: conf ? failover(conf, cluster.hadoopVersion) : void 0
  };
}

// src/summary/markdown.ts
function code(value) {
  return markdownCode(shorten(value, VALUE_MAX));
}
function text(value) {
  return markdownText(shorten(value, VALUE_MAX));
}
function hostCells(h) {
  return roleCells({ ...h, name: text(h.name), namenodes: h.namenodes.map(text) });
}
function cell(text2) {
  let out = "";
  let from = 0;
  let run = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === "\\") {
      run++;
      continue;
    }
    if (c === "|" && run % 2 === 0) {
      out += `${text2.slice(from, i)}\\`;
      from = i;
    }
    run = 0;
  }
  return out + text2.slice(from);
}
function table(head, rows) {
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
}
function bullets(lines) {
  return lines.map((l) => `- ${l}`).join("\n");
}
function renderSummaryMarkdownFrom(s, options = {}) {
  const parts = [options.cluster === void 0 ? "## Cluster topology" : `## Cluster topology of ${code(options.cluster)}`];
  parts.push(table(["Product", "Version", "Source"], s.versions.map((v) => [v.product, text(v.label), versionOrigin(v, code)])));
  parts.push("### Hosts and roles", s.hosts.length === 0 ? "None." : table(ROLE_COLUMNS, s.hosts.map(hostCells)));
  parts.push("### Nameservices");
  if (s.nameservices.length === 0) parts.push("None.");
  else {
    parts.push(`${confOrigin(s.conf, code)}.`);
    parts.push(table(["Nameservice", "NameNode", "Host", "RPC port", "HTTP port"], s.nameservices.flatMap((ns) => ns.namenodes.map((nn) => [text(ns.id), text(nn.id), nn.host === void 0 ? "not set" : text(nn.host), portText(nn.rpcPort), portText(nn.httpPort)]))));
  }
  parts.push("### Journal quorum", s.journal ? `${journalSentence(s.journal, code)}.` : "None (no `qjournal://` shared edits).");
  parts.push("### ZooKeeper ensemble", s.ensemble ? bullets(ensembleSentences(s.ensemble, code)) : "None (no `zoo.cfg`).");
  parts.push("### Failover", s.failover ? bullets(failoverSentences(s.failover, code)) : "None (no nameservice).");
  const running = s.hosts.filter((h) => h.daemons.length > 0);
  parts.push("### Daemons `jps` should show");
  parts.push(running.length === 0 ? "None." : `${table(["Host", "Daemons"], running.map((h) => [text(h.name), h.daemons.join(", ")]))}

${jpsNote(code)}`);
  if (options.mermaid) parts.push("### Diagram", `\`\`\`mermaid
${renderMermaid(s)}
\`\`\``);
  return `${parts.join("\n\n")}
`;
}
function renderSummaryMarkdown(cluster, options = {}) {
  return renderSummaryMarkdownFrom(summarize(cluster), options);
}
function renderClustersMarkdown(clusters, options = {}) {
  if (clusters.length === 1) return renderSummaryMarkdown(clusters[0], options);
  return clusters.map((c) => renderSummaryMarkdownFrom(summarize(c), { ...options, cluster: c.name })).join("\n");
}

// src/summary/text.ts
var shown = (value) => printable(shorten(value, VALUE_MAX));
function hostCells2(h) {
  return roleCells({ ...h, name: shown(h.name), namenodes: h.namenodes.map(shown) });
}
function table2(rows, indent) {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), 0));
  return rows.map((r) => `${indent}${r.map((c, i) => c.padEnd(widths[i])).join("  ")}`.trimEnd());
}
function section(title, lines) {
  return [title, ...lines.map(printableLine)].join("\n");
}
function renderSummaryText(s) {
  const sections = [];
  sections.push(section("Versions", table2(s.versions.map((v) => [v.product, shown(v.label), versionOrigin(v, shown)]), "  ")));
  sections.push(section("Hosts and roles", s.hosts.length === 0 ? ["  none"] : table2([[...ROLE_COLUMNS], ...s.hosts.map(hostCells2)], "  ")));
  sections.push(section("Nameservices", s.nameservices.length === 0 ? ["  none"] : [`  ${confOrigin(s.conf, shown)}`, ...s.nameservices.flatMap((ns) => [
    `  ${shown(ns.id)}`,
    ...table2([
      ["NameNode", "Host", "RPC port", "HTTP port"],
      ...ns.namenodes.map((nn) => [shown(nn.id), nn.host === void 0 ? "not set" : shown(nn.host), portText(nn.rpcPort), portText(nn.httpPort)])
    ], "    ")
  ])]));
  sections.push(section("Journal quorum", [`  ${s.journal ? journalSentence(s.journal, shown) : "none (no qjournal:// shared edits)"}`]));
  sections.push(section("ZooKeeper ensemble", s.ensemble ? ensembleSentences(s.ensemble, shown).map((l) => `  ${l}`) : ["  none (no zoo.cfg)"]));
  sections.push(section("Failover", s.failover ? failoverSentences(s.failover, shown).map((l) => `  ${l}`) : ["  none (no nameservice)"]));
  const running = s.hosts.filter((h) => h.daemons.length > 0);
  sections.push(section("Daemons jps should show", running.length === 0 ? ["  none"] : [
    ...table2(running.map((h) => [shown(h.name), h.daemons.join(", ")]), "  "),
    `  ${jpsNote()}`
  ]));
  return `${sections.join("\n\n")}
`;
}
function renderClustersText(summaries) {
  if (summaries.length === 1) return renderSummaryText(summaries[0].summary);
  return summaries.map((s) => `Cluster ${shown(s.name)}

${renderSummaryText(s.summary)}`).join("\n");
}

// src/cli/commands/summary.ts
var SUMMARY_FORMATS = ["text", "markdown"];
async function summaryCommand(args) {
  const [first, ...more] = args.outputs;
  const format = first?.format ?? "text";
  if (!SUMMARY_FORMATS.includes(format)) fail(`summary has no format "${format}" (expected text or markdown)`);
  if (more.length > 0 || first?.file !== void 0) fail("summary writes one format to standard output: give one --format and no --output-file");
  const mermaid = args.values["mermaid"] === true;
  if (mermaid && format !== "markdown") fail("--mermaid needs --format markdown");
  const dirs = requireDirectories(args);
  let code2 = 0;
  for (const [i, dir] of dirs.entries()) {
    if (dirs.length > 1) process.stdout.write(`${i > 0 ? "\n" : ""}${printablePath(dir)}:
`);
    code2 = Math.max(code2, await summarizeOne(args, dir, format, mermaid));
  }
  return code2;
}
async function summarizeOne(args, dir, format, mermaid) {
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values["config"]);
  requireTrackedConfig(args, dir, config);
  const clusters = (await buildClusters(dir, { ...lintOptionsOf(config).build, ...tracked ? { tracked } : {} })).map((c) => deepFreeze(c));
  const cluster = mergeClusters(clusters);
  if (nothingRecognised(cluster)) {
    fail(nothingRecognisedMessage(dir, cluster));
  }
  process.stdout.write(format === "markdown" ? renderClustersMarkdown(clusters, { mermaid }) : renderClustersText(clusters.map((c) => ({ name: c.name, summary: summarize(c) }))));
  const tree = treeProblems(cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}
`);
  return cluster.unreadable.length > 0 ? 2 : 0;
}
export {
  summaryCommand
};
