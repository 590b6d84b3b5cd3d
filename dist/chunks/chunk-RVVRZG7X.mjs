#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  nearest,
  require_mod
} from "./chunk-3LGRH6LY.mjs";
import {
  ENV_NAME,
  HADOOP_KNOWLEDGE,
  HDFS_PORTS,
  HostIndex,
  RM_PORTS,
  SHELL_EVALUATED,
  YARN_PORTS,
  ZK_STATE_STORE,
  ZOOKEEPER_ADMIN_PORT,
  ZOOKEEPER_CLIENT_DEFAULT_PORT,
  assumedNote,
  atLeast,
  hadoopDefault,
  isExpectedMyid,
  isKnownRelease,
  isRuntimeVariable,
  isUnfilled,
  isWildcardLine,
  listItems,
  locatedValue,
  majorKey,
  namenodesOnHost,
  ownWildcardLine,
  parseAddress,
  portFor,
  resourceManagersOnHost,
  rmServices,
  templatePlaceholders
} from "./chunk-IS4D2FKK.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  connectEntries,
  connectHosts,
  connectHostsPart,
  hostKey,
  isBrokerConfig,
  isIpAddress,
  isWildcard,
  kafkaValue,
  originalOf,
  pieceOf,
  plural,
  quote,
  sameHost,
  shorten,
  spanWithin,
  splitLocated,
  trimLocated,
  zooValue
} from "./chunk-25WR7BUC.mjs";
import {
  __toESM
} from "./chunk-UTASCUZQ.mjs";

// rules/cluster/competing-copies.ts
import { posix } from "node:path";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
var DOCS_BASE = "https://github.com/hacheck/hacheck/blob/main/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}

// rules/cluster/competing-copies.ts
var competing_copies_default = defineRule({
  meta: {
    id: "cluster/competing-copies",
    severity: "warning",
    description: "Two different files of one name would both be the copy every host shares, or one host's copy",
    rationale: "A daemon reads one file of each kind from its configuration directory: one `hdfs-site.xml`, one `zoo.cfg`. When the linted directory holds two different files of that name in places that both serve every host (or both lie in one host's folder), hacheck cannot tell which of them is deployed. It checks the cluster with the first in path order and this one only on its own, so a mistake in the copy that is really deployed may go unseen, and the two copies have drifted apart, which is a risk of its own: the next deployment may ship the other one.\n\nIdentical copies are not reported (it does not matter which one is read), nor files of other names beside each other (`zoo1.cfg`, `zoo2.cfg`: instances, not copies). Folders that describe different set-ups (another ensemble, another file system, another snapshot of the same host) are separate clusters, never competing copies; `hacheck files` shows which clusters hacheck found and which copy it read.",
    fix: "Keep one copy: delete the one that is not deployed, or list it in `ignore` in `.hacheckrc.json`. If each copy belongs to a host, put it in that host's folder (named after the host) or map the folder with `hosts`.",
    references: [
      'Configuration.java (Hadoop 3.4.1): addDefaultResource("core-site.xml"), one resource of each name from the classpath',
      "QuorumPeerMain.java (ZooKeeper 3.8.4): one configuration file, the path given on the command line"
    ]
  },
  check(cluster, report) {
    for (const c of cluster.competingCopies) {
      const name = posix.basename(c.file.path);
      const whose = c.host === void 0 ? "the copy every host shares" : `the copy of ${quote(c.host)}`;
      report({
        span: c.file.start,
        message: `this ${name} differs from ${quote(c.used.path)}, which hacheck reads as ${whose} (the first in path order); this one is checked only on its own`,
        related: [{ span: c.used.start, message: `the ${name} hacheck reads as ${whose}` }]
      });
    }
  }
});

// src/rules-support/cluster-hosts.ts
function sameMachine(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (isIpAddress(x) || isIpAddress(y)) return false;
  if (x.includes(".") && y.includes(".")) return false;
  return sameHost(x, y);
}
function hostList(names, shown = 3) {
  return hostListOf(names, names.length, shown);
}
function hostListOf(first, total, shown = 3) {
  if (total <= 1) return first[0] ?? "";
  if (total <= shown) return `${first.slice(0, total - 1).join(", ")} and ${first[total - 1]}`;
  return `${first.slice(0, shown - 1).join(", ")} and ${total - shown + 1} more`;
}
function spanKey(s) {
  return `${s.file}\0${s.line}\0${s.column}\0${s.endLine}\0${s.endColumn}`;
}
function compareSpans(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
var pathIndex = /* @__PURE__ */ new WeakMap();
function filesByPath(cluster) {
  let index = pathIndex.get(cluster);
  if (!index) pathIndex.set(cluster, index = new Map(cluster.files.map((f) => [f.path, f])));
  return index;
}
function ownSpan(cluster, host, span) {
  if (host.folder === void 0 || span.file.startsWith(`${host.folder}/`)) return span;
  const source = filesByPath(cluster).get(span.file);
  const own = source ? host.files[source.kind] : void 0;
  if (!source || !own || own.host !== host.name || own.hash !== source.hash) return span;
  return { ...span, file: own.path };
}
function weightedGroups(items, key, weight) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k2 = key(item);
    let g = groups.get(k2);
    if (!g) groups.set(k2, g = { key: k2, items: [], weight: 0 });
    g.items.push(item);
    g.weight += weight(item);
  }
  return [...groups.values()].sort((a, b) => b.weight - a.weight);
}
var MachineIndex = class {
  exact = /* @__PURE__ */ new Map();
  shortNames = /* @__PURE__ */ new Map();
  anyByLabel = /* @__PURE__ */ new Map();
  find(name) {
    const n = name.toLowerCase();
    const hit = this.exact.get(n);
    if (hit !== void 0 || isIpAddress(n)) return hit;
    const label = n.split(".")[0];
    return n.includes(".") ? this.shortNames.get(label) : this.anyByLabel.get(label);
  }
  add(name, item) {
    const n = name.toLowerCase();
    if (!this.exact.has(n)) this.exact.set(n, item);
    if (isIpAddress(n)) return;
    const label = n.split(".")[0];
    if (!n.includes(".") && !this.shortNames.has(label)) this.shortNames.set(label, item);
    if (!this.anyByLabel.has(label)) this.anyByLabel.set(label, item);
  }
};
function distinctHosts(names) {
  const index = new MachineIndex();
  const out = [];
  for (const n of names) {
    if (index.find(n) !== void 0) continue;
    index.add(n, n);
    out.push(n);
  }
  return out;
}
var OncePerContent = class {
  seen = /* @__PURE__ */ new Set();
  /** True the first time a position in a file of this content is seen. */
  first(fileHash, span) {
    const key = `${fileHash}\0${span.line}\0${span.column}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
};
function confsByPath(cluster, kind) {
  const path = (c) => c.files.find((f) => f.kind === kind)?.path ?? c.files[0].path;
  return [...cluster.confs].sort((a, b) => path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0);
}

// src/model/snapshot.ts
function hasOwnFiles(host) {
  return host.folder !== void 0 || host.container !== void 0;
}

// src/rules-support/rm-locating-drift.ts
var RM_LOCATING = /^(?:yarn\.resourcemanager\.(?:hostname|address|scheduler\.address|resource-tracker\.address)(?:\.[^.]+)?|yarn\.resourcemanager\.ha\.enabled|yarn\.resourcemanager\.ha\.rm-ids)$/;
function isRmLocatingKey(name) {
  return RM_LOCATING.test(name);
}
function valueAt(p, copy) {
  const span = p.prop.value?.span ?? p.prop.name.span;
  return p.file.hash === copy.hash && p.file.kind === copy.kind ? { ...span, file: copy.path } : span;
}
function copiesOf(hosts) {
  const out = /* @__PURE__ */ new Map();
  for (const host of hosts) {
    const file = host.files["yarn-site.xml"];
    if (!hasOwnFiles(host) || !host.yarn || !file || file.host !== host.name || !("xml" in file) || file.xml.problem) continue;
    const c = out.get(file.hash);
    if (c) c.hosts.push(host.name);
    else out.set(file.hash, { file, host, hosts: [host.name] });
  }
  return out;
}
function rmLocatingDrift(cluster) {
  const workers = new MachineIndex();
  for (const h of cluster.workers?.list.hosts ?? []) workers.add(h.value, true);
  const isRm = (h) => h.roles.some((r) => r.role === "ResourceManager");
  const isNm = (h) => !isRm(h) && (h.roles.some((r) => r.role === "NodeManager") || workers.find(h.name) !== void 0);
  const rmCopies = [...copiesOf(cluster.hosts.filter(isRm)).values()];
  if (rmCopies.length === 0) return [];
  const nmCopies = [...copiesOf(cluster.hosts.filter(isNm)).values()].filter((c) => !rmCopies.some((r) => r.file.hash === c.file.hash));
  if (nmCopies.length === 0) return [];
  const rmHosts = rmCopies.flatMap((c) => c.hosts);
  const names = /* @__PURE__ */ new Set();
  for (const c of rmCopies) for (const n of Object.keys(c.host.yarn.effective)) if (isRmLocatingKey(n)) names.add(n);
  const out = [];
  for (const name of [...names].sort()) {
    const rmProps = rmCopies.map((c) => c.host.yarn.effective[name]);
    const first = rmProps[0];
    if (!first || rmProps.some((p) => p === void 0 || p.value !== first.value || p.unresolved.length > 0)) continue;
    const related = [{ span: valueAt(first, rmCopies[0].file), message: `${rmCopies[0].hosts[0]}'s copy (a ResourceManager) sets ${quote(first.value)}` }];
    const where2 = `on the ResourceManager ${rmHosts.length === 1 ? "host" : "hosts"} ${hostList(rmHosts)}`;
    for (const nm of nmCopies) {
      const p = nm.host.yarn.effective[name];
      if (p?.value === first.value) continue;
      if (p && p.unresolved.length > 0) continue;
      out.push(p ? { name, file: nm.file, span: valueAt(p, nm.file), related, message: `${name} is ${quote(p.value)} in this NodeManager copy but ${quote(first.value)} ${where2}` } : { name, file: nm.file, span: nm.file.start, related, message: `${name} is not set in this NodeManager copy but is ${quote(first.value)} ${where2}` });
    }
  }
  return out;
}

// rules/cluster/config-drift.ts
var KINDS = ["core-site.xml", "hdfs-site.xml", "yarn-site.xml", "mapred-site.xml"];
function loadedWith(host, kind) {
  if (kind === "yarn-site.xml") return host.yarn;
  if (kind === "mapred-site.xml") return host.yarn?.mapred;
  return host.conf;
}
var PER_HOST_KEYS = /* @__PURE__ */ new Set([
  "dfs.ha.namenode.id",
  "dfs.nameservice.id",
  "dfs.datanode.hostname",
  // The local ResourceManager's rm-id and the NodeManager's own name (YarnConfiguration, yarn-default.xml).
  "yarn.resourcemanager.ha.id",
  "yarn.nodemanager.hostname",
  // What a NodeManager offers is its own machine's memory and cores: heterogeneous hosts set their own.
  "yarn.nodemanager.resource.memory-mb",
  "yarn.nodemanager.resource.cpu-vcores"
]);
function at(p, file) {
  const span = p.prop.value?.span ?? p.prop.name.span;
  return { ...span, file: file.path };
}
function valuesOf(conf, kind) {
  const out = /* @__PURE__ */ new Map();
  for (const d of conf.definitions) {
    if (d.file.kind !== kind || out.get(d.name)?.prop.final) continue;
    out.set(d.name, d);
  }
  return out;
}
var config_drift_default = defineRule({
  meta: {
    id: "cluster/config-drift",
    severity: "warning",
    description: "A property of core-site.xml, hdfs-site.xml, yarn-site.xml or mapred-site.xml differs between the hosts' copies",
    rationale: 'HDFS HA is designed so that "all the nodes in the cluster may have the same configuration": every daemon reads its own copy, and nothing compares the copies. A copy that differs makes daemons disagree about the cluster. For example the Standby NameNode uploads checkpoints to the other NameNode\'s `http-address` as its own copy says, so a port that differs between the NameNode hosts breaks checkpoint upload and `-bootstrapStandby`; a different `ha.zookeeper.quorum` or `dfs.namenode.shared.edits.dir` splits the hosts into two clusters.\n\nhacheck compares the copies of the host folders (per-host snapshots) property by property and reports each difference once, at the copy that differs from most hosts. Keys meant to differ per host (`dfs.ha.namenode.id`, `dfs.nameservice.id`, `dfs.datanode.hostname`, `yarn.resourcemanager.ha.id`, `yarn.nodemanager.hostname`, and the NodeManager\'s own `yarn.nodemanager.resource.memory-mb` and `cpu-vcores`) are not compared. yarn-site.xml and mapred-site.xml are compared alike: a NodeManager or a MapReduce client whose copy says another `mapreduce.framework.name` or `mapreduce.jobhistory.address` runs jobs in the local runner or loses their history. A NodeManager copy that lacks the ResourceManager-locating keys the ResourceManager hosts agree on is `yarn/rm-address-drift` (an error), not repeated here. Only the hosts of one cluster are compared: folders that describe another set-up (`clusters/staging/` beside `clusters/prod/`) are another cluster (README, "The layouts it reads"), while host folders that disagree stay one cluster, which is what this rule reports.',
    fix: "Copy one reviewed core-site.xml, hdfs-site.xml, yarn-site.xml and mapred-site.xml to every host (configuration management, `rsync`, `scp`), then restart the daemons whose copy changed.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L91: all the nodes in the cluster may have the same configuration",
      "StandbyCheckpointer.java (Hadoop 2.7.7) L98-110: the other NameNode's http-address from the own configuration (HAUtil.getConfForOtherNode)",
      "hadoop-zookeeper-facts.md a.2 #12",
      'mapred-default.xml (2.7.7) L1637-1638, L2012-2013; (3.4.1) L1363-1364, L1838-1839: mapreduce.framework.name "local", mapreduce.jobhistory.address "0.0.0.0:10020" when a copy leaves them unset'
    ]
  },
  check(cluster, report) {
    const rmDrift = new Set(rmLocatingDrift(cluster).map((d) => d.name));
    for (const kind of KINDS) {
      const copies = /* @__PURE__ */ new Map();
      for (const host of cluster.hosts) {
        const file = host.files[kind];
        const loaded = loadedWith(host, kind);
        if (!hasOwnFiles(host) || !loaded || !file || file.host !== host.name) continue;
        const copy = copies.get(file.hash);
        if (copy) copy.hosts.push(host.name);
        else if ("xml" in file && !file.xml.problem) copies.set(file.hash, { file, conf: loaded, hosts: [host.name], values: valuesOf(loaded, kind) });
      }
      if (copies.size < 2) continue;
      const all = [...copies.values()].sort((a, b) => b.hosts.length - a.hosts.length || (a.file.path < b.file.path ? -1 : 1));
      const total = all.reduce((n, c) => n + c.hosts.length, 0);
      const names = /* @__PURE__ */ new Set();
      for (const c of all) for (const n of c.values.keys()) names.add(n);
      for (const name of names) {
        if (PER_HOST_KEYS.has(name)) continue;
        const groups = weightedGroups(all, (c) => {
          const p = c.values.get(name);
          return p === void 0 ? "\0unset" : `=${p.value}`;
        }, (c) => c.hosts.length);
        if (groups.length < 2) continue;
        const major = groups[0];
        const majorCopy = major.items[0];
        const majorProp = majorCopy.values.get(name);
        const share = `${major.weight} of ${total} hosts`;
        for (const g of groups.slice(1)) {
          for (const copy of g.items) {
            const prop = copy.values.get(name);
            if (kind === "yarn-site.xml" && rmDrift.has(name)) continue;
            if (copy.conf.effective[name]?.value === majorCopy.conf.effective[name]?.value) continue;
            const related = [{
              span: majorProp ? at(majorProp, majorCopy.file) : majorCopy.file.start,
              message: majorProp ? `${majorCopy.hosts[0]}'s copy sets ${quote(majorProp.value)}` : `${majorCopy.hosts[0]}'s copy does not set it`
            }];
            if (prop === void 0) {
              report({
                span: copy.file.start,
                message: `${name} is not set in this copy but is ${quote(majorProp.value)} on ${share}`,
                related
              });
            } else {
              report({
                span: at(prop, copy.file),
                message: majorProp ? `${name} is ${quote(prop.value)} in this copy but ${quote(majorProp.value)} on ${share}` : `${name} is ${quote(prop.value)} in this copy but not set on ${share}`,
                related
              });
            }
          }
        }
      }
    }
  }
});

// rules/cluster/duplicate-worker.ts
var duplicate_worker_default = defineRule({
  meta: {
    id: "cluster/duplicate-worker",
    severity: "warning",
    description: "A host is listed more than once in workers or slaves",
    rationale: "Every entry of `workers` (Hadoop 3.x) or `slaves` (Hadoop 2.x) is a host the start scripts contact to start a DataNode (and a NodeManager). A host listed twice is contacted twice and still runs one DataNode, so the file claims more DataNodes than the cluster has. It is almost always a copy-and-paste mistake, often one that hides the host that was meant. A short name and a fully qualified name with that first label (`dn1`, `dn1.example.com`) are counted as one host; two different fully qualified names are not.",
    fix: "Remove the repeated entry; if another host was meant, list that host instead.",
    references: [
      "hadoop-zookeeper-facts.md c.1: workers/slaves format (one host per line, # comments)",
      "slaves.sh (Hadoop 2.7.7) L54-59: every listed host is contacted; hadoop-functions.sh (Hadoop 3.4.1) L1035"
    ]
  },
  check(cluster, report) {
    const list = cluster.workers;
    if (!list) return;
    const seen = new MachineIndex();
    for (const h of list.list.hosts) {
      const first = seen.find(h.value);
      if (!first) {
        seen.add(h.value, h);
        continue;
      }
      report({
        span: h.span,
        message: `${quote(h.value)} is listed again in ${list.kind}`,
        related: [{ span: first.span, message: `first listed as ${quote(first.value)}` }]
      });
    }
  }
});

// src/rules-support/hdfs-namenodes.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function isResolved(p) {
  return p.unresolved.length === 0;
}
function reportOnce(report) {
  const seen = /* @__PURE__ */ new Set();
  return (r) => {
    const s = r.span;
    const key = `${s.file}:${s.line}:${s.column}:${r.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    report(r);
  };
}
function nameSpan(p, from, to) {
  return pieceOf(p.prop.name, from, to).span;
}
function haNameservices(conf) {
  return conf.hdfs.nameservices.filter((ns) => ns.namenodesProperty !== void 0);
}
function isHa(ns) {
  return ns.namenodes.length >= 2;
}
var NAMENODE_ROLES = ["rpc-address", "servicerpc-address", "lifeline.rpc-address", "http-address", "https-address"];
function roleAddress(conf, nn, role) {
  switch (role) {
    case "rpc-address":
      return nn.rpc;
    case "servicerpc-address":
      return nn.servicerpc;
    case "http-address":
      return nn.http;
    case "https-address":
      return nn.https;
    case "lifeline.rpc-address": {
      const p = conf.effective[`dfs.namenode.lifeline.rpc-address.${nn.nameservice}.${nn.id.value}`];
      return p && p.value !== "" ? parseAddress(p) : void 0;
    }
  }
}
function defaultPort(role, version) {
  switch (role) {
    case "rpc-address":
      return portFor(HDFS_PORTS.namenodeRpc, version.major);
    case "http-address":
      return portFor(HDFS_PORTS.namenodeHttp, version.major);
    case "https-address":
      return portFor(HDFS_PORTS.namenodeHttps, version.major);
    default:
      return void 0;
  }
}
var KNOWN_PORTS = /* @__PURE__ */ new Set([
  ...Object.values(HDFS_PORTS).flatMap((p) => [p.v2, p.v3]),
  50090,
  50091,
  9868,
  9869,
  50100,
  50105,
  9820,
  9e3
]);
function oneEditApart(a, b) {
  if (a === b) return false;
  if ((0, import_fastest_levenshtein.distance)(a, b) === 1) return true;
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => c === b[i] ? -1 : i).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}
function isNearDefault(port, role, version, digitCountOnly = false) {
  const def = defaultPort(role, version);
  if (def === void 0 || KNOWN_PORTS.has(port) || !oneEditApart(String(port), String(def))) return false;
  return !digitCountOnly || String(port).length !== String(def).length;
}
var ALPHANUM = /^[A-Za-z0-9]$/;
function isUriHost(s) {
  if (s.startsWith("[")) return /^\[[0-9A-Fa-f:.]+(%[A-Za-z0-9._~-]+)?\]$/.test(s) && s.includes(":");
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (ipv4 && ipv4.slice(1).every((n) => Number(n) <= 255)) return true;
  const labels = s.endsWith(".") ? s.slice(0, -1).split(".") : s.split(".");
  if (labels.length === 0 || labels.some((l) => !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(l))) return false;
  const last = labels[labels.length - 1];
  return labels.length === 1 || ALPHANUM.test(last[0]) && /[A-Za-z]/.test(last[0]);
}
function didYouMean(value, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === value.toLowerCase() ? 0.5 : (0, import_fastest_levenshtein.distance)(value, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}
function nnLabel(nn, other) {
  return nn.nameservice === other.nameservice ? nn.id.value : `${nn.nameservice}.${nn.id.value}`;
}
function parseFsUri(p) {
  const value = locatedValue(p);
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(value.value);
  if (!m) return void 0;
  const start = m[1].length + 3;
  const authority = m[2];
  const colon = authority.startsWith("[") ? authority.indexOf(":", authority.indexOf("]")) : authority.lastIndexOf(":");
  const hostEnd = colon < 0 ? authority.length : colon;
  const host = pieceOf(value, start, start + hostEnd);
  const port = colon < 0 || colon === authority.length - 1 ? void 0 : pieceOf(value, start + colon + 1, start + authority.length);
  return { property: p, value, scheme: m[1].toLowerCase(), host, port };
}
function defaultFsUris(conf) {
  const out = [];
  for (const key of ["fs.defaultFS", "fs.default.name"]) {
    const p = conf.effective[key];
    if (!p || p.value === "" || !isResolved(p)) continue;
    const uri = parseFsUri(p);
    if (uri && uri.scheme === "hdfs" && uri.host.value !== "") out.push(uri);
  }
  return out;
}
function undeclaredSuffixes(conf, declared) {
  const out = /* @__PURE__ */ new Map();
  const isDeclared = new Set(declared);
  const add = (ns, key) => {
    const keys = out.get(ns);
    if (keys) keys.push(key);
    else out.set(ns, [key]);
  };
  for (const p of Object.values(conf.effective)) {
    if (p.name.startsWith("dfs.ha.namenodes.")) {
      const from = "dfs.ha.namenodes.".length;
      const ns = p.name.slice(from);
      if (ns !== "" && !isDeclared.has(ns)) add(ns, { property: p, role: "namenodes", from });
      continue;
    }
    for (const role of NAMENODE_ROLES) {
      const prefix = `dfs.namenode.${role}.`;
      if (!p.name.startsWith(prefix) || p.name === "dfs.namenode.rpc-address.auxiliary-ports") continue;
      const suffix = p.name.slice(prefix.length);
      if (suffix === "" || declared.some((ns) => suffix === ns || suffix.startsWith(`${ns}.`))) break;
      const dot = suffix.lastIndexOf(".");
      add(dot < 0 ? suffix : suffix.slice(0, dot), { property: p, role, from: prefix.length });
      break;
    }
  }
  return out;
}
function declaredNameservices(conf, version) {
  const property = conf.effective["dfs.nameservices"];
  if (property && property.unresolved.length > 0) return void 0;
  return { property, ids: property ? listItems(property, version).map((i) => i.value) : [] };
}

// src/rules-support/hdfs-uris.ts
var HDFS_URI = /hdfs:\/\/(\[[^\]\s,;/]*\]|[^/:\s,;]*)(?::(\d+))?[^\s,;]*/gi;
function hdfsUrisIn(p) {
  const value = locatedValue(p);
  const out = [];
  for (const m of value.value.matchAll(HDFS_URI)) {
    const start = m.index;
    const hostStart = start + "hdfs://".length;
    out.push({
      property: p,
      uri: pieceOf(value, start, start + m[0].length),
      host: pieceOf(value, hostStart, hostStart + m[1].length),
      port: m[2] === void 0 ? void 0 : Number(m[2])
    });
  }
  return out;
}
function everyEffectiveProperty(cluster) {
  const out = [];
  for (const c of cluster.confs) out.push(...Object.values(c.effective));
  for (const c of cluster.yarnConfs) {
    out.push(...Object.values(c.effective));
    if (c.mapred) out.push(...Object.values(c.mapred.effective));
  }
  for (const c of cluster.hbaseConfs) out.push(...Object.values(c.effective));
  return out;
}

// src/rules-support/zookeeper.ts
var INT_MIN = -(2 ** 31);
var INT_MAX = 2 ** 31 - 1;
function javaInt(s) {
  if (!/^[+-]?[0-9]+$/.test(s)) return void 0;
  const n = Number(s);
  return n >= INT_MIN && n <= INT_MAX ? n : void 0;
}
function javaLong(s) {
  if (!/^[+-]?[0-9]+$/.test(s)) return void 0;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n <= 2n ** 63n - 1n ? n : void 0;
}
function javaPort(s) {
  const n = javaInt(s);
  return n !== void 0 && n >= 0 && n <= 65535 ? n : void 0;
}
function zooInt(cfg, key) {
  const entry = zooValue(cfg, key);
  if (!entry) return void 0;
  const value = javaInt(entry.value.value);
  return value === void 0 ? void 0 : { entry, value };
}
function zooBool(cfg, key) {
  const v = zooValue(cfg, key)?.value.value.toLowerCase();
  return v === "true" ? true : v === "false" ? false : void 0;
}
function javaSplitLength(parts) {
  let n = parts.filter((p) => p !== void 0).length;
  while (n > 0 && parts[n - 1] === "") n--;
  return n;
}
function effectiveServers(servers) {
  const last = /* @__PURE__ */ new Map();
  for (const s of servers) last.set(s.entry.key.value, s);
  return servers.filter((s) => last.get(s.entry.key.value) === s);
}
function roleOf(server) {
  const role = server.addresses[0]?.role?.value.trim().toLowerCase();
  if (role === void 0 || role === "" || role === "participant") return "participant";
  return role === "observer" ? "observer" : "unknown";
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dynamicFileOf(cluster, zoo) {
  const ref = zooValue(zoo.zoo, "dynamicConfigFile")?.value.value;
  if (!ref) return void 0;
  const name = baseName(ref);
  const candidates = cluster.files.filter((f) => f.kind === "zoo.cfg.dynamic" && baseName(f.path) === name);
  return candidates.find((f) => f.host === zoo.host) ?? candidates[0];
}
function serverSetOf(cluster, zoo) {
  if (atLeast(cluster.zookeeperVersion, 3, 5) && zooValue(zoo.zoo, "dynamicConfigFile")) {
    const dyn = dynamicFileOf(cluster, zoo);
    return dyn ? { file: dyn, servers: effectiveServers(dyn.zoo.servers) } : void 0;
  }
  return { file: zoo, servers: effectiveServers(zoo.zoo.servers) };
}
function serverFiles(cluster) {
  const dynamic = cluster.distinctFiles.filter((f) => f.kind === "zoo.cfg.dynamic");
  return [...cluster.zooConfigs, ...dynamic];
}
function settingsFor(cluster, file) {
  if (file.kind === "zoo.cfg") return file.zoo;
  const owner = cluster.zooConfigs.find((z) => dynamicFileOf(cluster, z) === file) ?? cluster.zooConfigs[0];
  return owner?.zoo ?? file.zoo;
}
function participants(servers) {
  return servers.filter((s) => roleOf(s) === "participant");
}
function isDistributed(cfg, servers, v) {
  const n = participants(servers).length;
  if (n >= 2) return true;
  return atLeast(v, 3, 5) && n >= 1 && zooBool(cfg, "standaloneEnabled") === false;
}
function toleratedFailures(n) {
  return Math.floor((n - 1) / 2);
}

// src/rules-support/hbase.ts
function hbaseProperty(conf, name) {
  const p = conf.effective[name];
  return p && p.value !== "" && isResolved(p) ? p : void 0;
}
function quorumEntries(p) {
  return connectEntries(locatedValue(p)).filter((e) => trimLocated(e.host).value !== "");
}
function hbaseClientPort(conf) {
  const p = hbaseProperty(conf, "hbase.zookeeper.property.clientPort");
  if (!p) return { port: ZOOKEEPER_CLIENT_DEFAULT_PORT, property: void 0 };
  const port = javaPort(p.value);
  return port === void 0 ? void 0 : { port, property: p };
}
function haNameservicesOf(cluster) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const conf of cluster.confs) {
    for (const ns of haNameservices(conf).filter(isHa)) {
      if (seen.has(ns.id.value)) continue;
      seen.add(ns.id.value);
      out.push(ns);
    }
  }
  return out;
}
function rootdirPortsOnLogicalNames(cluster) {
  const ids = haNameservicesOf(cluster).map((ns) => ns.id.value);
  if (ids.length === 0) return [];
  const out = [];
  for (const conf of cluster.hbaseConfs) {
    const p = hbaseProperty(conf, "hbase.rootdir");
    const uri = p && parseFsUri(p);
    if (!uri || uri.scheme !== "hdfs" || !uri.port || !ids.includes(uri.host.value) || !/^\d+$/.test(uri.port.value)) continue;
    out.push({ uri, portText: uri.port, port: Number(uri.port.value) });
  }
  return out;
}

// rules/cluster/hdfs-uri-pinned.ts
var OWN_RULE = /* @__PURE__ */ new Set(["fs.defaultFS", "fs.default.name", "hbase.rootdir"]);
var hdfs_uri_pinned_default = defineRule({
  meta: {
    id: "cluster/hdfs-uri-pinned",
    severity: "warning",
    description: "With HDFS HA configured, a path property (log, staging, history, framework dirs, ...) names one NameNode instead of the nameservice",
    rationale: "Only a logical URI, `hdfs://<nameservice>/path`, makes the HDFS client use the failover proxy provider. An `hdfs://<namenode host>:<port>/path` URI connects to that NameNode alone, whatever key holds it: `yarn.nodemanager.remote-app-log-dir` (log aggregation), `mapreduce.jobhistory.done-dir` and `intermediate-done-dir`, `yarn.app.mapreduce.am.staging-dir`, `mapreduce.application.framework.path`, the timeline service's fs paths, a ViewFS mount link. It works while that NameNode is active; after a failover every access fails with `StandbyException` (jobs fail to submit, logs are not aggregated, history is lost), and when its host is down they fail although the other NameNode is active.\n\nA URI counts as pinned when its host is the host of a NameNode rpc or servicerpc address of a nameservice with two or more NameNodes, and its port, when given, is that address's port. `fs.defaultFS` and `hbase.rootdir` have their own rules (`hdfs/defaultfs-pinned`, `hbase/rootdir-pinned`).",
    fix: "Write the path with the nameservice, `hdfs://<nameservice>/path` (no port), or without a scheme (`/path`), which resolves against `fs.defaultFS`.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364: clients use the logical URI",
      "NameNodeProxiesClient.java (3.4.1) L279-L300: a failover proxy only for a logical URI",
      "yarn-default.xml (3.4.1) yarn.nodemanager.remote-app-log-dir; mapred-default.xml (3.4.1) yarn.app.mapreduce.am.staging-dir, mapreduce.jobhistory.done-dir, mapreduce.application.framework.path"
    ]
  },
  check(cluster, report) {
    const services = haNameservicesOf(cluster);
    if (services.length === 0) return;
    const ids = new Set(services.map((ns) => ns.id.value));
    const once = reportOnce(report);
    for (const p of everyEffectiveProperty(cluster)) {
      if (OWN_RULE.has(p.name) || p.unresolved.length > 0 || !/hdfs:\/\//i.test(p.value)) continue;
      uris: for (const uri of hdfsUrisIn(p)) {
        if (uri.host.value === "" || ids.has(uri.host.value)) continue;
        for (const ns of services) {
          const match = ns.namenodes.flatMap((nn2) => [[nn2.rpc, "rpc-address"], [nn2.servicerpc, "servicerpc-address"]].filter(([a]) => a?.host && sameMachine(a.host.value, uri.host.value) && (uri.port === void 0 || a.portNumber === uri.port)).map(([a, role2]) => ({ nn: nn2, address: a, role: role2 })))[0];
          if (!match) continue;
          const { nn, address: address2, role } = match;
          once({
            span: uri.uri.span,
            message: `${p.name} ${quote(uri.uri.value)} names NameNode ${nn.id.value} of nameservice ${quote(ns.id.value)}, so it fails while that NameNode is standby`,
            related: [{ span: locatedValue(address2.property).span, message: `${nn.id.value}'s ${role} is ${quote(address2.property.value)}` }]
          });
          break uris;
        }
      }
    }
  }
});

// src/rules-support/name-resolution.ts
var mappings = /* @__PURE__ */ new WeakMap();
function mappingsOf(hosts) {
  let byName = mappings.get(hosts);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    for (const entry of hosts.entries) {
      for (const name of entry.names) {
        const key = name.value.toLowerCase();
        if (!byName.has(key)) byName.set(key, { entry, name });
      }
    }
    mappings.set(hosts, byName);
  }
  return byName;
}
function at2(span, file) {
  return span.file === file.path ? span : { ...span, file: file.path };
}
function resolveOn(host, name) {
  const file = host.etcHosts;
  if (!file) return void 0;
  const hit = mappingsOf(originalOf(file).etcHosts).get(name.toLowerCase());
  if (!hit) return void 0;
  const { entry, name: mapped } = hit;
  let own;
  return {
    file,
    // The whole line only when a finding cites it: re-homing every alias per question would be quadratic.
    get entry() {
      own ??= {
        address: { value: entry.address.value, span: at2(entry.address.span, file) },
        names: entry.names.map((n) => ({ value: n.value, span: at2(n.span, file) })),
        span: at2(entry.span, file)
      };
      return own;
    },
    address: { value: entry.address.value, span: at2(entry.address.span, file) },
    name: { value: mapped.value, span: at2(mapped.span, file) }
  };
}
function normalizeAddress(address2) {
  const a = address2.toLowerCase();
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(a) ? a.split(".").map((o) => String(Number(o))).join(".") : a;
}
function isLoopbackName(name) {
  return name.toLowerCase() === "localhost" || isLoopback(name);
}
function isLoopback(address2) {
  const a = normalizeAddress(address2);
  return /^127(\.\d{1,3}){3}$/.test(a) || a === "::1" || a === "0:0:0:0:0:0:0:1";
}
function hostsContents(hosts) {
  const byContent = /* @__PURE__ */ new Map();
  for (const h of hosts) {
    if (!h.etcHosts) continue;
    const parsed = originalOf(h.etcHosts).etcHosts;
    const c = byContent.get(parsed);
    if (c) c.hosts.push(h);
    else byContent.set(parsed, { hosts: [h], byName: mappingsOf(parsed) });
  }
  return [...byContent.values()];
}
function contentsByName(contents) {
  const out = /* @__PURE__ */ new Map();
  for (const content of contents) {
    for (const [key, mapping] of content.byName) {
      const list = out.get(key);
      if (list) list.push({ content, mapping });
      else out.set(key, [{ content, mapping }]);
    }
  }
  return out;
}
function hostsWithEtcHosts(hosts) {
  return hosts.filter((h) => h.folder !== void 0 && h.etcHosts !== void 0);
}

// rules/cluster/hostname-loopback.ts
var hostname_loopback_default = defineRule({
  meta: {
    id: "cluster/hostname-loopback",
    severity: "error",
    description: "A host's /etc/hosts maps its own name to a loopback address while its daemons bind to that name",
    rationale: "Debian and Ubuntu installers write `127.0.1.1 <hostname>` into `/etc/hosts`, and many images map the host name to `127.0.0.1`. A daemon that binds to the address its configured name resolves to then listens on loopback only, reachable from nowhere else: a NameNode binds its RPC server to the host of its `dfs.namenode.rpc-address` (unless `dfs.namenode.rpc-bind-host` is set), and a ZooKeeper server binds its quorum and election ports to the host of its own `server.N` line (unless `quorumListenOnAllIPs=true`). The other NameNode, the DataNodes and the ZooKeeper peers then cannot connect, and the ensemble never forms a quorum.\n\nhacheck resolves the name through the host's own `<host folder>/etc/hosts`, first matching line first, as the glibc `files` source does. A loopback mapping on a host whose daemons do not bind to the name (a DataNode binds to 0.0.0.0 by default) is not reported.",
    fix: "Map the host name to the address the other hosts use for it (remove it from the `127.0.0.1`/`127.0.1.1` line), or make the daemons bind to all interfaces (`dfs.namenode.rpc-bind-host=0.0.0.0`, `quorumListenOnAllIPs=true`).",
    references: [
      "hadoop-zookeeper-facts.md f #18: a host mapping its own name to 127.0.0.1/127.0.1.1 makes daemons that bind to the resolved address listen on loopback only",
      "hadoop-zookeeper-facts.md b.4: NetUtils.isLocalAddress treats loopback as local",
      'hdfs-default.xml (3.4.1) dfs.namenode.rpc-bind-host: "the actual address the RPC server will bind to"',
      "zookeeperAdmin.md (ZooKeeper 3.8.6) quorumListenOnAllIPs"
    ]
  },
  check(cluster, report) {
    for (const host of hostsWithEtcHosts(cluster.hosts)) {
      const binds = [];
      const conf = host.conf;
      if (conf && !conf.effective["dfs.namenode.rpc-bind-host"]?.value) {
        for (const { nn } of namenodesOnHost(conf.hdfs, host.name)) {
          binds.push({ name: nn.rpc.host, what: `the NameNode ${nn.id.value} binds to its rpc-address` });
        }
      }
      const zoo = host.zoo;
      if (zoo && host.zooServer && zooBool(zoo.zoo, "quorumListenOnAllIPs") !== true) {
        for (const a of host.zooServer.addresses) {
          if (sameHost(a.host.value, host.name)) binds.push({ name: a.host, what: `ZooKeeper binds its quorum ports to ${host.zooServer.entry.key.value}` });
        }
      }
      const bindsOfName = /* @__PURE__ */ new Map();
      for (const b of binds) {
        const key = b.name.value.toLowerCase();
        const list = bindsOfName.get(key);
        if (list) list.push(b);
        else bindsOfName.set(key, [b]);
      }
      const seen = /* @__PURE__ */ new Set();
      for (const b of binds) {
        const r = resolveOn(host, b.name.value);
        if (!r || !isLoopback(r.address.value)) continue;
        const key = `${r.entry.span.line}\0${r.name.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          span: r.address.span,
          message: `${host.name}'s /etc/hosts maps its own name ${quote(r.name.value)} to the loopback address ${quote(r.address.value)}, so daemons bound to that name listen on loopback only`,
          related: bindsOfName.get(b.name.value.toLowerCase()).map((x) => ({ span: x.name.span, message: `${x.what} ${quote(x.name.value)}` }))
        });
      }
    }
  }
});

// rules/cluster/hosts-disagree.ts
var hosts_disagree_default = defineRule({
  meta: {
    id: "cluster/hosts-disagree",
    severity: "error",
    description: "A host named in the configuration resolves to different addresses in the hosts' /etc/hosts files",
    rationale: "Every daemon finds its peers by the names the configuration gives them, and a host resolves a name from its own `/etc/hosts` before DNS. When the snapshots of two hosts map one name to different addresses, those hosts talk to different machines under that name: a DataNode registers with a NameNode that is not the one the other hosts know, a ZooKeeper server connects to a peer address nobody listens on, a ZKFC's fencing reaches the wrong machine. Public HA outage reports often end with a stale or hand-edited hosts file on one node.\n\nhacheck reads `/etc/hosts` only at `<host folder>/etc/hosts` and knows nothing of DNS, so it compares only the hosts files that map the name. The first line that lists a name wins, as in the glibc `files` source. A host that maps its own name to a loopback address is `cluster/hostname-loopback`, not this rule. The address most hosts agree on is taken as the right one; each other mapping is reported.",
    fix: "Give every host the same mapping for the cluster names (one `/etc/hosts` distributed by configuration management, or DNS), then restart the daemons that resolved the old address.",
    references: [
      "hadoop-zookeeper-facts.md f #18: each host must resolve every name to the same routable IP",
      "hosts(5) (Linux man-pages): one line per IP address, canonical host name, then aliases",
      "nsswitch.conf(5): `hosts: files dns` consults /etc/hosts first"
    ]
  },
  check(cluster, report) {
    const hosts = hostsWithEtcHosts(cluster.hosts);
    if (hosts.length < 2) return;
    const position = new Map(hosts.map((h, i) => [h, i]));
    const byPosition = (a, b) => position.get(a) - position.get(b);
    const mappedBy = contentsByName(hostsContents(hosts));
    for (const named of cluster.hosts) {
      if (isIpAddress(named.name)) continue;
      const items = [];
      for (const { content, mapping } of mappedBy.get(named.name.toLowerCase()) ?? []) {
        const users = isLoopback(mapping.entry.address.value) ? content.hosts.filter((h) => !sameMachine(h.name, named.name)) : content.hosts;
        if (users.length > 0) items.push({ users, mapping });
      }
      items.sort((a, b) => byPosition(a.users[0], b.users[0]));
      const groups = weightedGroups(items, (m) => normalizeAddress(m.mapping.entry.address.value), (m) => m.users.length);
      if (groups.length < 2) continue;
      const [major, ...others] = groups;
      const firstHost = major.items[0].users[0];
      const first = resolveOn(firstHost, named.name);
      const shown = major.items.flatMap((i) => i.users.slice(0, 3)).sort(byPosition).slice(0, 3);
      const who = hostListOf(shown.map((h) => h.name), major.weight);
      for (const g of others) {
        for (const host of g.items.flatMap((i) => i.users).sort(byPosition)) {
          const r = resolveOn(host, named.name);
          report({
            span: r.address.span,
            message: `${host.name}'s /etc/hosts maps ${quote(r.name.value)} to ${quote(r.address.value)}, but ${who} ${major.weight === 1 ? "maps" : "map"} it to ${quote(first.address.value)}`,
            related: [{ span: first.entry.span, message: `${firstHost.name}'s /etc/hosts maps ${quote(first.name.value)} to ${quote(first.address.value)}` }]
          });
        }
      }
    }
  }
});

// rules/cluster/hosts-missing-name.ts
var hosts_missing_name_default = defineRule({
  meta: {
    id: "cluster/hosts-missing-name",
    severity: "warning",
    description: "A host's /etc/hosts lacks a cluster host name that the other hosts' /etc/hosts files map",
    rationale: "When the hosts of a cluster carry the cluster names in `/etc/hosts`, those names are usually not in DNS. A host whose own `/etc/hosts` lacks one of them falls back to DNS for it and fails to resolve it, or resolves it to another machine: the daemons on that host cannot reach that peer (a DataNode its NameNode, a ZooKeeper server its peers, a ZKFC the other NameNode).\n\nhacheck knows nothing of DNS. It says nothing about a name that no hosts file maps, and it reports a missing name only on a host that has an `/etc/hosts` of its own (at `<host folder>/etc/hosts`) while another host's file maps that name to an address other than loopback. A host's own name is left out: hosts usually resolve it through their host name (nss-myhostname, DHCP).",
    fix: "Add the missing names to that host's `/etc/hosts`, with the addresses the other hosts use, or distribute one hosts file to every host.",
    references: [
      "hadoop-zookeeper-facts.md f #18: each host must resolve every name to the same routable IP",
      "nsswitch.conf(5): `hosts: files dns` consults /etc/hosts first, then DNS",
      "hosts(5) (Linux man-pages)"
    ]
  },
  check(cluster, report) {
    const hosts = hostsWithEtcHosts(cluster.hosts);
    if (hosts.length < 2) return;
    const contents = hostsContents(hosts);
    const mappedBy = contentsByName(contents);
    const mapped = [];
    for (const named of cluster.hosts) {
      if (isIpAddress(named.name)) continue;
      const key = named.name.toLowerCase();
      const hit = mappedBy.get(key)?.find((m) => !isLoopback(m.mapping.entry.address.value));
      if (hit) mapped.push({ name: named.name, key, evidence: { host: hit.content.hosts[0].name, r: resolveOn(hit.content.hosts[0], named.name) } });
    }
    const mappedKeys = new Set(mapped.map((m) => m.key));
    const byLabel = /* @__PURE__ */ new Map();
    for (const m of mapped) {
      const label = m.key.split(".")[0];
      const list = byLabel.get(label);
      if (list) list.push(m);
      else byLabel.set(label, [m]);
    }
    const sameMachineNames = (host) => (byLabel.get(host.toLowerCase().split(".")[0]) ?? []).filter((m) => sameMachine(m.name, host));
    for (const content of contents) {
      let found = 0;
      for (const key of content.byName.keys()) if (mappedKeys.has(key)) found++;
      for (const h of content.hosts) {
        const own = sameMachineNames(h.name).filter((m) => !content.byName.has(m.key));
        const total = mapped.length - found - own.length;
        if (total === 0) continue;
        const missing = [];
        for (const m of mapped) {
          if (missing.length === 4) break;
          if (!content.byName.has(m.key) && !own.includes(m)) missing.push(m);
        }
        report({
          span: h.etcHosts.start,
          message: `${h.name}'s /etc/hosts does not map ${hostListOf(missing.map((m) => quote(m.name)), total, 4)}, which other hosts' /etc/hosts files map`,
          related: missing.slice(0, 3).map((m) => ({
            span: m.evidence.r.entry.span,
            message: `${m.evidence.host}'s /etc/hosts maps ${quote(m.evidence.r.name.value)} to ${quote(m.evidence.r.address.value)}`
          }))
        });
      }
    }
  }
});

// rules/cluster/namenodes-same-address.ts
var namenodes_same_address_default = defineRule({
  meta: {
    id: "cluster/namenodes-same-address",
    severity: "error",
    description: "Two NameNodes of one nameservice have different host names that a host's /etc/hosts maps to one address",
    rationale: "A NameNode, and the ZKFC beside it, find out which NameNode they are by resolving the host of every `dfs.namenode.rpc-address.<ns>.<nn>` and keeping the one whose address is local. When a host's `/etc/hosts` maps the host names of two NameNodes to one address, both match on the machine that has it (the NameNode stops with \"Configuration has multiple addresses that match local node's address\"), and every client on that host sends both NameNodes' traffic to one machine, so failover leads nowhere. The usual cause is a hosts file copied from one NameNode with its own line edited, or both names left on the `127.0.0.1` line.\n\nhacheck resolves the names through each host's own `<host folder>/etc/hosts` (an IP address resolves to itself); two NameNodes with the same host name are `hdfs/duplicate-namenode-address`.",
    fix: "Map each NameNode host name to its own machine's address in that `/etc/hosts`.",
    references: [
      "hadoop-zookeeper-facts.md b.4: own NameNode id by local-address matching; more than one match is message #12",
      "HAUtil.java (Hadoop 3.4.1) L123-138, DFSUtil.java (3.4.1) L1263-1312: getSuffixIDs with LOCAL_ADDRESS_MATCHER",
      "hadoop-zookeeper-facts.md f #18"
    ],
    upstreamMessage: "Configuration has multiple addresses that match local node's address. Please configure the system with dfs.nameservice.id and dfs.ha.namenode.id"
  },
  check(cluster, report) {
    const hosts = hostsContents(hostsWithEtcHosts(cluster.hosts)).map((c) => c.hosts[0]);
    if (hosts.length === 0) return;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, "hdfs-site.xml")) {
      for (const ns of haNameservices(conf).filter(isHa)) {
        const nns = ns.namenodes.flatMap((nn) => nn.rpc?.host && nn.rpc.host.value !== "" ? [{ nn, host: nn.rpc.host }] : []);
        for (const h of hosts) {
          const byAddress = /* @__PURE__ */ new Map();
          for (const { nn, host } of nns) {
            const r = isIpAddress(host.value) ? void 0 : resolveOn(h, host.value);
            const address2 = isIpAddress(host.value) ? normalizeAddress(host.value) : r ? normalizeAddress(r.address.value) : void 0;
            if (address2 === void 0) continue;
            const prior = byAddress.get(address2);
            if (!prior) {
              byAddress.set(address2, { id: nn.id.value, name: host.value, span: host.span, entrySpan: r?.entry.span, addressSpan: r?.address.span });
              continue;
            }
            if (prior.name.toLowerCase() === host.value.toLowerCase()) continue;
            const at3 = r?.address.span ?? prior.addressSpan;
            if (!at3 || !once.first(h.etcHosts.hash, at3)) continue;
            report({
              span: at3,
              message: `${h.name}'s /etc/hosts resolves ${quote(prior.name)} and ${quote(host.value)}, the NameNodes ${prior.id} and ${nn.id.value} of ${quote(ns.id.value)}, to one address ${quote(address2)}`,
              related: [
                { span: prior.span, message: `${prior.id}'s rpc-address host is ${quote(prior.name)}` },
                { span: host.span, message: `${nn.id.value}'s rpc-address host is ${quote(host.value)}` }
              ]
            });
          }
        }
      }
    }
  }
});

// rules/cluster/no-time-sync.ts
var no_time_sync_default = defineRule({
  meta: {
    id: "cluster/no-time-sync",
    severity: "warning",
    description: "A host that runs a daemon has no ntp.conf or chrony.conf while other hosts have one",
    rationale: "The hosts of an HA cluster must agree on the time: Kerberos rejects tickets beyond 300 s of skew, HBase rejects a RegionServer 30 s out of sync, YARN container tokens expire early on a fast clock, and logs of a failover cannot be put in order across hosts. Every host should run a time daemon with the same sources.\n\nhacheck only judges hosts it has a snapshot of (a host folder), and only when the snapshot covers time synchronisation at all, that is when some host has an `ntp.conf` or `chrony.conf`: a host that runs a daemon but has neither file then looks unsynchronised. The finding is anchored where the configuration places the daemon.",
    fix: "Install and enable ntpd or chronyd on the host with the same servers as the other hosts (or with the cluster's own time server), and add its configuration to the snapshot.",
    references: [
      "hadoop-zookeeper-facts.md e.1: what depends on clock agreement (Kerberos clockskew 300 s, HBase 30 s, YARN tokens)",
      "hadoop-zookeeper-facts.md e.4: one time configuration per host folder, with the same sources"
    ]
  },
  check(cluster, report) {
    const synced = cluster.hosts.filter((h) => h.time !== void 0);
    if (synced.length === 0) return;
    const example = synced[0];
    for (const host of cluster.hosts) {
      if (host.time || !host.folder || host.roles.length === 0) continue;
      const spans = host.roles.map((r) => ownSpan(cluster, host, r.span));
      const span = spans.find((s) => s.file.startsWith(`${host.folder}/`)) ?? spans[0];
      const roles = [...new Set(host.roles.map((r) => r.role))];
      report({
        span,
        message: `${quote(host.name)} runs ${roles.join(", ")} but has no ntp.conf or chrony.conf, while ${plural(synced.length, "host")} ${synced.length === 1 ? "has" : "have"} one`,
        related: [{ span: example.time.start, message: `${quote(example.name)} takes its time from this ${example.time.kind}` }]
      });
    }
  }
});

// rules/cluster/port-collision.ts
var LABEL = {
  NameNode: "NameNode",
  JournalNode: "JournalNode",
  ZKFC: "ZKFC",
  DataNode: "DataNode",
  ZooKeeper: "ZooKeeper",
  ZooKeeperObserver: "ZooKeeper observer",
  ResourceManager: "ResourceManager",
  NodeManager: "NodeManager",
  JobHistoryServer: "JobHistoryServer"
};
var isZooKeeper = (r) => r === "ZooKeeper" || r === "ZooKeeperObserver";
function describe(u) {
  return `${LABEL[u.daemon]} ${u.purpose}${u.isDefault ? " (default)" : ""}`;
}
function conventionalPort(u, hadoopMajor) {
  const zk = { clientPort: 2181, "quorum port": 2888, "election port": 3888, "admin.serverPort": ZOOKEEPER_ADMIN_PORT };
  if (isZooKeeper(u.daemon)) return zk[u.purpose];
  const hdfs = {
    NameNode: { "rpc-address": HDFS_PORTS.namenodeRpc, "http-address": HDFS_PORTS.namenodeHttp, "https-address": HDFS_PORTS.namenodeHttps },
    JournalNode: { "rpc-address": HDFS_PORTS.journalRpc, "http-address": HDFS_PORTS.journalHttp },
    ZKFC: { "dfs.ha.zkfc.port": HDFS_PORTS.zkfc },
    DataNode: { "dfs.datanode.address": HDFS_PORTS.datanodeData, "dfs.datanode.ipc.address": HDFS_PORTS.datanodeIpc, "dfs.datanode.http.address": HDFS_PORTS.datanodeHttp },
    // YARN and MapReduce daemons name their ports by the property that sets them.
    ...Object.fromEntries(["ResourceManager", "NodeManager", "JobHistoryServer"].map((r) => [r, Object.fromEntries(Object.values(YARN_PORTS).map((d2) => [d2.key, d2]))]))
  };
  const d = hdfs[u.daemon]?.[u.purpose];
  return d && portFor(d, hadoopMajor);
}
function claimOrder(hadoopMajor) {
  const rank = (u) => u.isDefault ? 0 : conventionalPort(u, hadoopMajor) === u.port ? 1 : 2;
  return (a, b) => rank(a) - rank(b) || compareSpans(a.span, b.span);
}
var port_collision_default = defineRule({
  meta: {
    id: "cluster/port-collision",
    severity: "error",
    description: "Two daemons placed on one host listen on the same port",
    rationale: "Every daemon placed on a host binds its own ports: NameNode RPC, service RPC, HTTP and HTTPS, ZKFC, JournalNode, DataNode, the ZooKeeper client, quorum, election and admin ports, and the ResourceManager, NodeManager (with the MapReduce shuffle) and JobHistoryServer ports. Hadoop and ZooKeeper never compare the ports of different daemons; whichever starts second fails to bind (`Problem binding to [...] java.net.BindException: Address already in use`, or `Port in use` for an HTTP server) and does not start.\n\nhacheck counts default ports too (the version defaults of Hadoop 2.x and 3.x, ZooKeeper 3.5+ AdminServer on 8080): a DataNode left at its default port collides as surely as one set explicitly. Two listeners of one daemon kind (for example two NameNode ids with one address) are checked by the HDFS and ZooKeeper rules, not here.",
    fix: "Give one of the two daemons another port, or move it to another host. The finding points at the port that is neither a default nor the usual value of its setting (for example a NameNode `http-address` on 2181, the ZooKeeper client port), which is usually the one to change.",
    references: [
      "hadoop-zookeeper-facts.md a.2 #13: co-located daemons need distinct ports; the second bind fails at runtime",
      'NetUtils.java (Hadoop 3.4.1) L856-865: "Problem binding to [...] java.net.BindException"',
      'HttpServer2.java (Hadoop 3.4.1) L1463: "Port in use: "',
      "hadoop-zookeeper-facts.md c.1, c.2: default ports of Hadoop 2.7.7 / 3.4.1 and ZooKeeper"
    ],
    upstreamMessage: "Problem binding to [...] java.net.BindException"
  },
  check(cluster, report) {
    const found = /* @__PURE__ */ new Map();
    const order = claimOrder(cluster.hadoopVersion.major);
    for (const host of cluster.hosts) {
      const byPort = /* @__PURE__ */ new Map();
      for (const use0 of host.ports) {
        const use = { ...use0, span: ownSpan(cluster, host, use0.span) };
        const list = byPort.get(use.port);
        if (list) list.push(use);
        else byPort.set(use.port, [use]);
      }
      for (const uses of byPort.values()) {
        if (uses.length < 2) continue;
        const sorted = [...uses].sort(order);
        const kept = sorted[0];
        for (const clash of sorted.slice(1)) {
          if (clash.daemon === kept.daemon) continue;
          const keptKey = kept.isDefault ? `${kept.daemon}\0${kept.port}` : spanKey(kept.span);
          const key = `${spanKey(clash.span)}\0${keptKey}\0${clash.purpose}\0${kept.purpose}`;
          const entry = found.get(key);
          if (entry) entry.hosts.add(host.name);
          else found.set(key, { kept, clash, hosts: /* @__PURE__ */ new Set([host.name]) });
        }
      }
    }
    for (const { kept, clash, hosts } of found.values()) {
      const notes = [kept, clash].filter((u) => u.isDefault).map((u) => assumedNote(isZooKeeper(u.daemon) ? cluster.zookeeperVersion : cluster.hadoopVersion));
      const note = [...new Set(notes)].join("");
      report({
        span: clash.span,
        message: `port ${quote(String(clash.port))} of the ${describe(clash)} is also used by the ${describe(kept)} on ${hostList([...hosts])}${note}`,
        related: [{
          span: kept.span,
          message: kept.isDefault ? `the ${LABEL[kept.daemon]} placed here uses ${kept.purpose} ${kept.port} by default` : `the ${LABEL[kept.daemon]} ${kept.purpose} is set to ${quote(String(kept.port))} here`
        }]
      });
    }
  }
});

// rules/cluster/replication-exceeds-datanodes.ts
var replication_exceeds_datanodes_default = defineRule({
  meta: {
    id: "cluster/replication-exceeds-datanodes",
    severity: "warning",
    description: "dfs.replication is greater than the number of DataNodes in workers or slaves",
    rationale: "HDFS places each replica of a block on a different DataNode. With fewer DataNodes than `dfs.replication` (3 when unset) no block can ever reach its replication factor: every block stays under-replicated, `hdfs fsck` reports the file system as not healthy, and the NameNode keeps scheduling replication work that cannot be done. hacheck counts the distinct hosts of the `workers` (Hadoop 3.x) or `slaves` (Hadoop 2.x) file, the DataNodes the start scripts start; it says nothing when the directory has no such file.",
    fix: "Set `dfs.replication` to at most the number of DataNodes (for example 1 on a one-DataNode test cluster), or add DataNodes.",
    references: [
      'hdfs-default.xml (Hadoop 2.7.7) L462, (Hadoop 3.4.1) L688: dfs.replication, "Default block replication", 3',
      "hadoop-zookeeper-facts.md c.1: workers/slaves list the hosts that run DataNodes"
    ]
  },
  check(cluster, report) {
    const list = cluster.workers;
    if (!list) return;
    const count = distinctHosts(list.list.hosts.map((h) => h.value)).length;
    const fallback = Number(hadoopDefault(cluster.hadoopVersion, "dfs.replication") ?? "3");
    let reportedDefault = false;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, "hdfs-site.xml")) {
      const p = conf.effective["dfs.replication"];
      if (p && (p.unresolved.length > 0 || !/^\d+$/.test(p.value) || !once.first(p.file.hash, p.prop.span))) continue;
      const replication = p ? Number(p.value) : fallback;
      if (replication <= count) continue;
      const datanodes = `${list.kind} lists ${plural(count, "DataNode")}`;
      if (p) {
        report({
          span: p.prop.value?.span ?? p.prop.name.span,
          message: `dfs.replication ${quote(p.value)} is greater than the ${plural(count, "DataNode")} listed in ${list.kind}`,
          related: [{ span: list.start, message: datanodes }]
        });
      } else if (!reportedDefault) {
        reportedDefault = true;
        report({
          span: list.start,
          message: `${list.kind} lists ${plural(count, "DataNode")}, fewer than the default dfs.replication ${quote(String(replication))}`
        });
      }
    }
  }
});

// src/rules-support/connect-separators.ts
var BLANK = /\s/;
function blankName(run) {
  if (/^ +$/.test(run)) return "a space";
  if (/^\t+$/.test(run)) return "a tab";
  return "whitespace";
}
function pieceAround(text, at3) {
  let from = text.lastIndexOf(",", at3 - 1) + 1;
  let to = text.indexOf(",", at3);
  if (to < 0) to = text.length;
  while (from < to && BLANK.test(text[from])) from++;
  while (to > from && BLANK.test(text[to - 1])) to--;
  return { from, to };
}
function wrongSeparator(hosts) {
  let end = hosts.length;
  while (end > 0 && BLANK.test(hosts[end - 1])) end--;
  let i = 0;
  while (i < end && BLANK.test(hosts[i])) i++;
  while (i < end) {
    const c = hosts[i];
    if (c === ";") {
      const piece = pieceAround(hosts, i);
      return { from: i, to: i + 1, name: '";"', pieceFrom: piece.from, pieceTo: piece.to };
    }
    if (BLANK.test(c)) {
      const from = i;
      while (i < end && BLANK.test(hosts[i])) i++;
      if (hosts[from - 1] !== "," && hosts[i] !== "," && hosts[i] !== ";") {
        const piece = pieceAround(hosts, from);
        return { from, to: i, name: blankName(hosts.slice(from, i)), pieceFrom: piece.from, pieceTo: piece.to };
      }
      continue;
    }
    i++;
  }
  return void 0;
}

// src/rules-support/kafka.ts
function isBroker(file) {
  return isBrokerConfig(file.kafka);
}
function brokerFiles(cluster) {
  return cluster.files.filter((f) => f.kind === "server.properties" && isBroker(f));
}
function distinctBrokerFiles(cluster) {
  return cluster.distinctFiles.filter((f) => f.kind === "server.properties" && isBroker(f));
}
function isTmpPath(path) {
  return /^\/(?:var\/)?tmp(?:\/|$)/.test(path);
}

// src/rules-support/placeholders.ts
var SECRET_KEY = /password|secret|jaas/i;
var DOLLAR_BRACES = /\$\{[^}\n]*\}/g;
function placeholderIn(key, value, providers = false) {
  if (SECRET_KEY.test(key)) return void 0;
  if (!value.includes("$") && !value.includes("@") && !value.includes("{{") && !value.includes("%%")) return void 0;
  const found = [];
  for (const m of value.matchAll(DOLLAR_BRACES)) {
    if (providers && m[0].includes(":")) continue;
    found.push({ index: m.index, text: m[0] });
  }
  for (const p of templatePlaceholders(value)) found.push(p);
  return found.sort((a, b) => a.index - b.index)[0];
}

// src/rules-support/yarn.ts
function yarnConfsByPath(cluster) {
  const path = (c) => (c.yarnSite ?? c.mapredSite ?? c.files[0]).path;
  return [...cluster.yarnConfs].sort((a, b) => path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0);
}
function isRmHa(conf) {
  return conf.yarn.haEnabled && (conf.yarn.rmIdsProperty?.unresolved.length ?? 0) === 0;
}
function valueSpan(p) {
  return locatedValue(p).span;
}
function runsMapReduceOnYarn(conf) {
  const p = conf.mapred?.effective["mapreduce.framework.name"];
  return p && p.file.kind === "mapred-site.xml" && p.value === "yarn" ? p : void 0;
}
function clusterRunsYarn(cluster) {
  return cluster.yarnConfs.some((c) => c.yarn.resourceManagers.length > 0 || c.yarn.haEnabled);
}

// src/rules-support/zookeeper-clients.ts
function fromHadoop(p, client) {
  if (!p || p.value === "" || p.unresolved.length > 0 || placeholderIn(p.name, p.value)) return void 0;
  return { key: p.name, client, value: locatedValue(p), verbatim: !p.raw.includes("${") };
}
function clientConnectStrings(cluster) {
  const found = [];
  for (const conf of confsByPath(cluster, "core-site.xml")) found.push(fromHadoop(conf.hdfs.zkQuorum?.property, "the ZKFC"));
  for (const conf of yarnConfsByPath(cluster)) found.push(fromHadoop(conf.yarn.zkAddress?.property, "the ResourceManager"));
  for (const conf of cluster.hbaseConfs) found.push(fromHadoop(hbaseProperty(conf, "hbase.zookeeper.quorum"), "HBase"));
  for (const file of distinctBrokerFiles(cluster)) {
    const connect = kafkaValue(file.kafka, "zookeeper.connect");
    if (!connect || placeholderIn("zookeeper.connect", connect.value.value)) continue;
    const value = trimLocated(connect.value);
    if (value.value !== "") found.push({ key: "zookeeper.connect", client: "the broker", value, verbatim: true });
  }
  const seen = /* @__PURE__ */ new Set();
  return found.filter((c) => {
    if (!c) return false;
    const s = c.value.span;
    const key = `${s.file}\0${s.line}\0${s.column}\0${c.key}\0${c.value.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// rules/cluster/zookeeper-connect-separator.ts
function asOneServer(piece) {
  const colon = piece.lastIndexOf(":");
  const port = colon < 0 ? "" : piece.slice(colon + 1);
  if (port !== "" && !/^[+-]?\d+$/.test(port)) return `whose port ${quote(port)} is not a number`;
  return `named ${quote(colon < 0 ? piece : piece.slice(0, colon))}, which does not resolve`;
}
var zookeeper_connect_separator_default = defineRule({
  meta: {
    id: "cluster/zookeeper-connect-separator",
    severity: "error",
    description: 'A ZooKeeper connect string separates its servers with ";" or blanks instead of ","',
    rationale: "Every ZooKeeper client reads its servers from a connect string, `zk1:2181,zk2:2181,zk3:2181[/chroot]`: `ha.zookeeper.quorum` (the ZKFC), `hadoop.zk.address` / `yarn.resourcemanager.zk-address` (the ResourceManager), `hbase.zookeeper.quorum` (HBase splits it on commas and appends its client port to the entries without one) and Kafka's `zookeeper.connect`. ZooKeeper's `ConnectStringParser` splits the servers on `,` alone, then takes what follows the last `:` of each piece as its port. Written with `;`, spaces or tabs between them, `zk1:2181;zk2:2181;zk3:2181` is one server, host `zk1:2181;zk2:2181;zk3` on port 2181, a name no DNS resolves (`zk1:2181;zk2` has the port `2181;zk2`, which `Integer.parseInt` rejects, and the client does not start). The client never connects: it retries the name forever (ZooKeeper 3.8 logs \"Unable to resolve address\" at each attempt). When the value also has commas, the pieces without a wrong separator still work, and the client has fewer servers than it seems.\n\nWhitespace next to a comma is another matter, reported by `cluster/zookeeper-quorum-spaces` where the client keeps it (ZooKeeper 3.4); this rule reports blanks between two servers with no comma at all.",
    fix: "Separate the servers with commas: `zk1:2181,zk2:2181,zk3:2181`.",
    references: [
      `ConnectStringParser.java (ZooKeeper 3.4.14) L65-76: connectString.split(","), the port after host.lastIndexOf(':')`,
      'ConnectStringParser.java (ZooKeeper 3.8.4) L69-89: split(connectString, ","); (master @53a78e36) L120-139',
      'StaticHostProvider.java (ZooKeeper 3.4.14) L162-172: an unresolvable host is retried as it is; (3.8.4) L148: "Unable to resolve address: {}"',
      'ZKConfig.java (apache/hbase @02dd2567) getZKQuorumServersStringFromHbaseConfig, buildZKQuorumServerString: conf.getStrings (commas), the client port appended to an entry without ":"',
      'Kafka broker configs (kafka.apache.org/27/configuration/broker-configs) zookeeper.connect: "hostname1:port1,hostname2:port2,hostname3:port3"'
    ],
    upstreamMessage: "Unable to resolve address: {}"
  },
  check(cluster, report) {
    for (const c of clientConnectStrings(cluster)) {
      const hosts = connectHostsPart(c.value);
      const wrong = wrongSeparator(hosts.value);
      if (!wrong) continue;
      const piece = hosts.value.slice(wrong.pieceFrom, wrong.pieceTo);
      report({
        // After ${var} expansion a position in the value is none in the file: the whole value then.
        span: c.verbatim ? spanWithin(hosts, wrong.from, wrong.to) : c.value.span,
        message: `${c.key} ${quote(c.value.value)} separates servers with ${wrong.name} instead of ",", so ${c.client} reads ${quote(piece)} as one server ${asOneServer(piece)}`
      });
    }
  }
});

// src/rules-support/role-hosts.ts
var byCluster = /* @__PURE__ */ new WeakMap();
function roleHosts(cluster, role) {
  let roles = byCluster.get(cluster);
  if (roles === void 0) {
    roles = indexRoles(cluster);
    byCluster.set(cluster, roles);
  }
  return roles.get(role) ?? NONE;
}
var NONE = { any: false, names: /* @__PURE__ */ new Set(), hadoopConfs: /* @__PURE__ */ new Set(), yarnConfs: /* @__PURE__ */ new Set() };
function indexRoles(cluster) {
  const out = /* @__PURE__ */ new Map();
  for (const host of cluster.hosts) {
    for (const { role } of host.roles) {
      let entry = out.get(role);
      if (entry === void 0) {
        entry = { any: true, names: /* @__PURE__ */ new Set(), hadoopConfs: /* @__PURE__ */ new Set(), yarnConfs: /* @__PURE__ */ new Set() };
        out.set(role, entry);
      }
      entry.names.add(host.name);
      if (host.conf !== void 0) entry.hadoopConfs.add(host.conf);
      if (host.yarn !== void 0) entry.yarnConfs.add(host.yarn);
    }
  }
  return out;
}
function hadoopConfLoadedBy(cluster, conf, role) {
  const r = roleHosts(cluster, role);
  if (!r.any || conf.hosts.length === 0) return true;
  return r.hadoopConfs.has(conf);
}
function yarnConfLoadedBy(cluster, conf, role) {
  const r = roleHosts(cluster, role);
  if (!r.any || conf.hosts.length === 0) return true;
  return r.yarnConfs.has(conf);
}

// src/rules-support/hdfs-ha-keys.ts
function usable(p) {
  return p !== void 0 && p.value !== "" && p.unresolved.length === 0;
}
function isSet(p) {
  return p !== void 0 && p.raw.trim() !== "";
}
function haNameservices2(conf) {
  return conf.hdfs.nameservices.filter((ns) => ns.namenodes.length >= 2);
}
function isHaConf(conf) {
  return haNameservices2(conf).length > 0;
}
function loadedByNameNode(cluster, conf) {
  return hadoopConfLoadedBy(cluster, conf, "NameNode");
}
function nnKey(conf, key, ns, nn) {
  for (const k2 of [`${key}.${ns}.${nn}`, `${key}.${ns}`, key]) {
    const p = conf.effective[k2];
    if (isSet(p)) return p;
  }
  return void 0;
}
function automaticFailoverProperty(conf, ns) {
  const specific = conf.effective[`dfs.ha.automatic-failover.enabled.${ns}`];
  const p = isSet(specific) ? specific : conf.effective["dfs.ha.automatic-failover.enabled"];
  return p && p.value.toLowerCase() === "true" ? p : void 0;
}
function keyAndSuffixed(conf, key) {
  const ids = conf.hdfs.nameservices.map((ns) => ns.id.value);
  return Object.values(conf.effective).filter((p) => {
    if (p.name === key) return true;
    if (!p.name.startsWith(`${key}.`)) return false;
    return ids.includes(p.name.slice(key.length + 1).split(".")[0]);
  });
}
function suffixNameservice(p, key) {
  return p.name === key ? void 0 : p.name.slice(key.length + 1).split(".")[0];
}

// src/rules-support/hdfs-qjournal.ts
var SHARED_EDITS_KEY = "dfs.namenode.shared.edits.dir";
function sharedEditsProperties(conf) {
  const ha = haNameservices2(conf).map((ns) => ns.id.value);
  if (ha.length === 0) return [];
  return keyAndSuffixed(conf, SHARED_EDITS_KEY).filter((p) => {
    const ns = suffixNameservice(p, SHARED_EDITS_KEY);
    return usable(p) && (ns === void 0 || ha.includes(ns));
  });
}
function sharedEditsItems(p, version) {
  return listItems(p, version);
}
function splitEntry(entry) {
  const v = entry.value;
  if (v.startsWith("[")) {
    const close = v.indexOf("]");
    if (close > 0) {
      const rest = v.slice(close + 1);
      return rest.startsWith(":") ? { entry, host: pieceOf(entry, 0, close + 1), port: pieceOf(entry, close + 2, v.length) } : { entry, host: pieceOf(entry, 0, close + 1), port: void 0 };
    }
  }
  const colon = v.lastIndexOf(":");
  return colon < 0 ? { entry, host: entry, port: void 0 } : { entry, host: pieceOf(entry, 0, colon), port: pieceOf(entry, colon + 1, v.length) };
}
function parseQjournal(uri) {
  const v = uri.value;
  if (!v.startsWith("qjournal:")) return void 0;
  const space = v.search(/\s/);
  if (space >= 0) {
    return { span: pieceOf(uri, space, space + 1).span, message: `Shared edits URI ${quote(v)} contains whitespace, so it is not a valid URI` };
  }
  const afterScheme = "qjournal:".length;
  if (!v.startsWith("//", afterScheme) || v[afterScheme + 2] === "/" || afterScheme + 2 === v.length) {
    return { span: uri.span, message: `Shared edits URI ${quote(v)} has no authority: it names no JournalNode` };
  }
  const authStart = afterScheme + 2;
  const slash = v.indexOf("/", authStart);
  const authority = pieceOf(uri, authStart, slash < 0 ? v.length : slash);
  if (slash < 0) {
    return { span: uri.span, message: `Shared edits URI ${quote(v)} has no path: it must end with "/<journalId>"` };
  }
  return { uri, authority, nodes: splitAuthority(authority), journalId: pieceOf(uri, slash + 1, v.length) };
}
function splitAuthority(authority) {
  const out = [];
  let start = 0;
  const v = authority.value;
  for (let i = 0; i <= v.length; i++) {
    if (i === v.length || v[i] === ";") {
      if (i > start) out.push(splitEntry(pieceOf(authority, start, i)));
      start = i + 1;
    }
  }
  return out;
}
function isProblem(x) {
  return x !== void 0 && "message" in x;
}

// src/rules-support/container-addresses.ts
function portOf(port) {
  const text = port?.value.trim();
  if (text === void 0 || !/^\d{1,5}$/.test(text)) return void 0;
  const n = Number(text);
  return n <= 65535 ? n : void 0;
}
function address(key, host, port, server = false) {
  const trimmedPort = port && trimLocated(port);
  return { key, host: trimLocated(host), port: trimmedPort, portNumber: portOf(trimmedPort), server };
}
function usable2(p) {
  return p !== void 0 && p.value !== "" && p.unresolved.length === 0;
}
function fromConnectString(key, value) {
  return connectEntries(value).map((e) => address(key, e.host, e.port));
}
var NAMENODE_ADDRESS = /^dfs\.namenode\.(rpc|servicerpc|lifeline-rpc|http|https)-address(\..+)?$/;
var RM_ADDRESS = /^yarn\.resourcemanager\.([a-z.-]*\.)?address(\..+)?$/;
var ZK_ADDRESS_KEYS = ["hadoop.zk.address", "yarn.resourcemanager.zk-address"];
function fromHadoop2(effective, nameservices, version) {
  const out = [];
  for (const [key, p] of Object.entries(effective)) {
    if (!usable2(p)) continue;
    if (key === "ha.zookeeper.quorum" || ZK_ADDRESS_KEYS.includes(key)) out.push(...fromConnectString(key, locatedValue(p)));
    else if (key === "fs.defaultFS" || NAMENODE_ADDRESS.test(key) || RM_ADDRESS.test(key)) {
      const a = parseAddress(p);
      if (a.host && !nameservices.has(a.host.value)) out.push(address(key, a.host, a.port));
    } else if (key.startsWith("dfs.namenode.shared.edits.dir")) {
      for (const item of listItems(p, version)) {
        const uri = parseQjournal(item);
        if (uri && !isProblem(uri)) for (const node of uri.nodes) out.push(address(key, node.host, node.port));
      }
    }
  }
  return out;
}
function fromKafka(file) {
  const out = [];
  const connect = kafkaValue(file.kafka, "zookeeper.connect");
  if (connect && !placeholderIn("zookeeper.connect", connect.value.value)) out.push(...fromConnectString("zookeeper.connect", connect.value));
  const voters = kafkaValue(file.kafka, "controller.quorum.voters");
  if (voters && !placeholderIn("controller.quorum.voters", voters.value.value)) {
    for (const entry of splitLocated(voters.value, ",")) {
      const at3 = entry.value.indexOf("@");
      const colon = entry.value.lastIndexOf(":");
      if (at3 < 0 || colon < at3) continue;
      out.push(address("controller.quorum.voters", pieceOf(entry, at3 + 1, colon), pieceOf(entry, colon + 1, entry.value.length)));
    }
  }
  return out;
}
function fromHbase(cluster, host) {
  const out = [];
  for (const conf of cluster.hbaseConfs) {
    if (!conf.hosts.includes(host.name)) continue;
    const quorum = conf.effective["hbase.zookeeper.quorum"];
    if (!usable2(quorum)) continue;
    const clientPort = conf.effective["hbase.zookeeper.property.clientPort"];
    const fallback = usable2(clientPort) ? locatedValue(clientPort) : void 0;
    for (const e of connectEntries(locatedValue(quorum))) out.push(address("hbase.zookeeper.quorum", e.host, e.port ?? fallback));
  }
  return out;
}
function dialledAddresses(cluster, host) {
  const out = [];
  const nameservices = new Set(host.conf?.hdfs.nameservices.map((ns) => ns.id.value) ?? []);
  if (host.conf) out.push(...fromHadoop2(host.conf.effective, nameservices, cluster.hadoopVersion));
  if (host.yarn) out.push(...fromHadoop2(host.yarn.effective, nameservices, cluster.hadoopVersion).filter((a) => a.key.startsWith("yarn.") || ZK_ADDRESS_KEYS.includes(a.key)));
  const kafka = host.files["server.properties"];
  if (kafka?.kind === "server.properties") out.push(...fromKafka(kafka));
  out.push(...fromHbase(cluster, host));
  for (const server of host.zoo?.zoo.servers ?? []) {
    for (const a of server.addresses) out.push(address(server.entry.key.value, a.host, void 0, true));
  }
  return out.filter((a) => a.host.value !== "" && [...templatePlaceholders(a.host.value)].length === 0 && !a.host.value.includes("${"));
}
function containerHosts(cluster) {
  return cluster.hosts.filter((h) => h.container !== void 0);
}

// src/rules-support/container-published-ports.ts
function listeningPorts(host) {
  const ports = new Set(host.container?.published.map((p) => p.target));
  for (const use of host.ports) ports.add(use.port);
  return ports;
}
function spanKey2(span) {
  return `${span.file}\0${span.line}\0${span.column}\0${span.endLine}\0${span.endColumn}`;
}
var USES = /* @__PURE__ */ new WeakMap();
function publishedPortUses(cluster) {
  const cached = USES.get(cluster);
  if (cached) return cached;
  const out = [];
  const containers = containerHosts(cluster);
  if (containers.length > 0) {
    const byName = /* @__PURE__ */ new Map();
    for (const c of containers) for (const n of c.container.names) if (!byName.has(n.value.toLowerCase())) byName.set(n.value.toLowerCase(), c);
    const seen = /* @__PURE__ */ new Set();
    for (const user of containers) {
      if (user.container.hostNetwork) continue;
      for (const a of dialledAddresses(cluster, user)) {
        if (a.server || a.port === void 0 || a.portNumber === void 0) continue;
        const target = byName.get(a.host.value.toLowerCase());
        if (!target?.container || target.container.hostNetwork || target.container.project !== user.container.project) continue;
        const mapping = target.container.published.find((p) => p.published === a.portNumber && p.target !== a.portNumber);
        if (!mapping || listeningPorts(target).has(a.portNumber)) continue;
        const key = `${spanKey2(a.host.span)}\0${spanKey2(a.port.span)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ user, address: { ...a, port: a.port, portNumber: a.portNumber }, target, mapping });
      }
    }
  }
  USES.set(cluster, out);
  return out;
}
function dialsPublishedPort(cluster, host, port) {
  const key = spanKey2(host);
  return publishedPortUses(cluster).some((u) => u.address.portNumber === port && spanKey2(u.address.host.span) === key);
}

// src/rules-support/zookeeper-connect.ts
function serverLines(servers) {
  return servers.map((s) => `${s.id.value}=${s.addresses.map((a) => `${a.host.value}:${a.quorumPort?.value ?? ""}`).join("|")}`).join(",");
}
function primaryEnsemble(cluster) {
  const primary = cluster.zooConfigs[0];
  const set = primary && serverSetOf(cluster, primary);
  if (!primary || !set || set.servers.length === 0) return void 0;
  const lines = serverLines(primary.zoo.servers);
  const instancePorts = /* @__PURE__ */ new Set();
  for (const zoo of cluster.zooConfigs) {
    if (zoo.zoo.servers.length === 0 || serverLines(zoo.zoo.servers) !== lines) continue;
    const port = javaPort(zooValue(zoo.zoo, "clientPort")?.value.value.trim() ?? "");
    if (port !== void 0) instancePorts.add(port);
  }
  return {
    servers: set.servers,
    names: set.servers.flatMap((s) => s.addresses.map((a) => a.host.value)),
    clientPort: zooValue(primary.zoo, "clientPort")?.value,
    securePort: zooValue(primary.zoo, "secureClientPort")?.value,
    instancePorts,
    dialsPublishedPort: (host, port) => dialsPublishedPort(cluster, host, port),
    standalone: loopbackStandalone(cluster, primary, set.servers)
  };
}
function loopbackStandalone(cluster, primary, servers) {
  const server = servers[0];
  if (servers.length !== 1 || !server.addresses.every((a) => isLoopbackName(a.host.value))) return void 0;
  const owners = cluster.hosts.filter((h) => h.zoo?.hash === primary.hash && h.zoo.host === h.name && hasOwnFiles(h));
  if (owners.length !== 1) return void 0;
  const owner = owners[0];
  return { server, names: new Set([owner.name, ...owner.container?.names.map((n) => n.value) ?? []].map(hostKey)) };
}
function runsSeveral(ensemble, host) {
  return SERVER_OF_HOST.all(ensemble.servers, () => ensemble.servers, host).length > 1;
}
var SERVER_OF_HOST = new HostIndex((s) => s.addresses.map((a) => a.host.value));
var nameKinds = /* @__PURE__ */ new WeakMap();
function namesInclude(ensemble, kind) {
  let kinds = nameKinds.get(ensemble.names);
  if (!kinds) nameKinds.set(ensemble.names, kinds = new Set(ensemble.names.map((n) => isIpAddress(n) ? "IP address" : "host name")));
  return kinds.has(kind);
}
function compareWithEnsemble(ensemble, entries, defaultPort2, tls) {
  const out = [];
  for (const e of entries) {
    const host = trimLocated(e.host);
    if (host.value === "" || /[;\s]/.test(host.value)) continue;
    const server = SERVER_OF_HOST.first(ensemble.servers, host.value) ?? (ensemble.standalone?.names.has(hostKey(host.value)) ? ensemble.standalone.server : void 0);
    if (!server) {
      if (namesInclude(ensemble, isIpAddress(host.value) ? "host name" : "IP address")) continue;
      out.push({ kind: "not-a-server", host });
      continue;
    }
    const secure = ensemble.securePort && javaPort(ensemble.securePort.value.trim());
    const expected = tls === true && secure !== void 0 ? ensemble.securePort : server.client?.port ?? ensemble.clientPort ?? (tls === void 0 ? ensemble.securePort : void 0);
    const expectedPort = expected && javaPort(expected.value.trim());
    if (expected === void 0 || expectedPort === void 0) continue;
    const written2 = e.port ? trimLocated(e.port) : void 0;
    const bare = written2 === void 0 || written2.value === "";
    const used = bare ? defaultPort2 : javaPort(written2.value);
    if (used === void 0 || used === expectedPort) continue;
    if (tls === void 0 && used === secure) continue;
    if (ensemble.instancePorts.has(used) && runsSeveral(ensemble, host.value)) continue;
    if (ensemble.dialsPublishedPort(host.span, used)) continue;
    const where2 = expected === ensemble.securePort ? `secureClientPort, where the ensemble serves TLS clients, is ${quote(expected.value)}` : server.client ? `${server.entry.key.value} serves clients on port ${quote(expected.value)}` : `clientPort is ${quote(expected.value)}`;
    const serves = runsSeveral(ensemble, host.value) && ensemble.instancePorts.size > 1 ? `the servers on ${quote(host.value)} serve clients on ${portList([...ensemble.instancePorts])}` : `the ensemble's client port is ${expectedPort}`;
    out.push({ kind: "port", host, written: bare ? void 0 : written2, used, expectedPort, expected, where: where2, serves });
  }
  return out;
}
function portList(ports) {
  const sorted = ports.sort((a, b) => a - b).map(String);
  return `ports ${sorted.length > 1 ? `${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}` : sorted[0]}`;
}
function ensembleEvidence(ensemble) {
  return { span: ensemble.servers[0].entry.span, message: `the ensemble's servers are ${quote(ensemble.names.join(", "))}` };
}
function mergeMismatches(mismatches) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of mismatches) {
    const key = m.kind === "not-a-server" ? "not-a-server" : `port\0${m.written?.value ?? ""}\0${m.used}\0${m.expectedPort}\0${m.where}\0${m.serves}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((g) => {
    const hosts = g.map((m) => m.host);
    const quoted = hosts.map((h) => quote(h.value));
    const names = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
    const others = g.slice(1).map((m) => ({ span: m.kind === "port" && m.written ? m.written.span : m.host.span, message: `also ${quote(m.host.value)}` }));
    return { ...g[0], hosts, names, others };
  });
}

// rules/cluster/zookeeper-quorum-mismatch.ts
var zookeeper_quorum_mismatch_default = defineRule({
  meta: {
    id: "cluster/zookeeper-quorum-mismatch",
    severity: "error",
    description: "ha.zookeeper.quorum names a host that is not a ZooKeeper server, or a port other than the ensemble client port",
    rationale: "The ZKFC connects to ZooKeeper with the connect string in `ha.zookeeper.quorum`; a host without a port means port 2181, the ZooKeeper client default. The string must name the servers of the ensemble (the `server.N` hosts of zoo.cfg) on the port they serve clients on (`clientPort`, or the `;port` part of a 3.5+ server line). An entry that names another host or port is a server the ZKFC can never reach: with all entries wrong the ZKFC cannot start or elect an active NameNode, with some wrong it loses ZooKeeper sooner than the ensemble does.\n\nhacheck compares with the ensemble of the most common zoo.cfg. It cannot resolve names, so it does not compare an IP address with a host name.",
    fix: "List the ZooKeeper servers with their client port, for example `zk1:2181,zk2:2181,zk3:2181`, or change `clientPort` / the `server.N` lines if the ensemble is the one that is wrong.",
    references: [
      "hadoop-zookeeper-facts.md a.2 #10: ha.zookeeper.quorum must match the server.N hosts and clientPort",
      "ConnectStringParser.java (ZooKeeper 3.4.14) L37, L67-75: a missing port means 2181; (master) L41, L116-140",
      "HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L586-593: ha.zookeeper.quorum",
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L315-317: clientPort"
    ]
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, "core-site.xml")) {
      const q = conf.hdfs.zkQuorum;
      if (!q || q.property.unresolved.length > 0 || !once.first(q.property.file.hash, q.property.prop.span)) continue;
      const entries = q.property.raw.includes("${") ? connectEntries(locatedValue(q.property)) : q.entries;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, entries, ZOOKEEPER_CLIENT_DEFAULT_PORT))) {
        if (m.kind === "not-a-server") {
          report({
            span: m.host.span,
            message: `ha.zookeeper.quorum names ${m.names}, ${m.hosts.length > 1 ? "which are not servers" : "which is not a server"} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others]
          });
          continue;
        }
        report(m.written === void 0 ? {
          span: m.host.span,
          message: `ha.zookeeper.quorum names ${m.names} without a port, so the ZKFC connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but ${m.serves}`,
          related: [{ span: m.expected.span, message: m.where }, ...m.others]
        } : {
          span: m.written.span,
          message: `ha.zookeeper.quorum connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
          related: [{ span: m.expected.span, message: m.where }, ...m.others]
        });
      }
    }
  }
});

// rules/cluster/zookeeper-quorum-spaces.ts
var BLANK2 = /\s/;
function blankNextToComma(text) {
  for (let i = 0; i < text.length; ) {
    if (BLANK2.test(text[i])) {
      const from = i;
      while (i < text.length && BLANK2.test(text[i])) i++;
      if (text[i] === ",") return { from, to: i };
    } else if (text[i] === "," && i + 1 < text.length && BLANK2.test(text[i + 1])) {
      const from = i + 1;
      for (i = from; i < text.length && BLANK2.test(text[i]); ) i++;
      return { from, to: i };
    } else {
      i++;
    }
  }
  return void 0;
}
var zookeeper_quorum_spaces_default = defineRule({
  meta: {
    id: "cluster/zookeeper-quorum-spaces",
    severity: "error",
    description: "ha.zookeeper.quorum has whitespace around a comma, which the ZooKeeper 3.4 client of Hadoop 2.x keeps",
    rationale: 'The ZKFC hands `ha.zookeeper.quorum` to the ZooKeeper client unchanged. Hadoop 2.7 bundles the ZooKeeper 3.4 client, whose `ConnectStringParser` splits the string on commas without trimming the pieces: a space after a comma becomes part of the next host name (`" zk2"`, which does not resolve) and a space before a comma becomes part of the port (`"2181 "`, which `Integer.parseInt` rejects). ZooKeeper 3.5 and later trim each entry, so Hadoop 3.x (which bundles ZooKeeper 3.8) is not affected and this rule stays silent there.',
    fix: "Remove the whitespace: `zk1:2181,zk2:2181,zk3:2181`.",
    references: [
      "hadoop-zookeeper-facts.md a.2 #10: the ZooKeeper 3.4 client does not trim; 3.5+ trims",
      "ConnectStringParser.java (ZooKeeper 3.4.14) L65-76; ConnectStringParser.java (ZooKeeper 3.5.10) L69",
      "hadoop-project/pom.xml (Hadoop 2.7.7) L78: ZooKeeper 3.4.6; (Hadoop 3.4.1) L106: ZooKeeper 3.8.4"
    ]
  },
  check(cluster, report) {
    if (cluster.hadoopVersion.major !== 2) return;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, "core-site.xml")) {
      const q = conf.hdfs.zkQuorum;
      const value = q?.property.prop.value;
      if (!q || !value || !once.first(q.property.file.hash, q.property.prop.span)) continue;
      const blank = blankNextToComma(value.value.trimEnd());
      if (!blank) continue;
      report({
        span: spanWithin(value, blank.from, blank.to),
        message: `ha.zookeeper.quorum ${quote(value.value.trim())} has whitespace next to a comma, which the ZooKeeper 3.4 client of Hadoop ${cluster.hadoopVersion.label} does not trim`
      });
    }
  }
});

// src/rules-support/session-timeouts.ts
var DEFAULT_TICK_TIME = 3e3;
var HBASE_DEFAULT_SESSION_TIMEOUT = 9e4;
function sessionBounds(cluster, zoo) {
  const read = (key) => {
    const entry = zooValue(zoo, key);
    return { entry, value: entry ? javaInt(entry.value.value) : void 0 };
  };
  const tick = read("tickTime");
  const min = read("minSessionTimeout");
  const max = read("maxSessionTimeout");
  if ([tick, min, max].some((r) => r.entry && r.value === void 0)) return void 0;
  const tickTime = tick.value ?? DEFAULT_TICK_TIME;
  if (tickTime <= 0) return void 0;
  if (min.entry && !max.entry && !atLeast(cluster.zookeeperVersion, 3, 5)) return void 0;
  const tickText = tick.entry ? `tickTime ${quote(tick.entry.value.value)}` : `the default tickTime ${DEFAULT_TICK_TIME}`;
  const bound = (r, key, factor) => r.entry && r.value !== void 0 ? { value: r.value, why: `${key} is ${quote(r.entry.value.value)}`, entry: r.entry } : { value: Math.imul(factor, tickTime), why: `${key} defaults to ${factor} \xD7 ${tickText}`, entry: tick.entry };
  const bounds = { min: bound(min, "minSessionTimeout", 2), max: bound(max, "maxSessionTimeout", 20) };
  return bounds.min.value <= bounds.max.value ? bounds : void 0;
}
function namesEnsemble(ensemble, entries) {
  return entries.filter((e) => trimLocated(e.host).value !== "").some((e) => compareWithEnsemble(ensemble, [e], 0).every((m) => m.kind !== "not-a-server"));
}
function positiveInt(p) {
  if (!p || p.value === "" || p.unresolved.length > 0) return void 0;
  const n = javaInt(p.value);
  return n !== void 0 && n > 0 ? n : void 0;
}
function written(client, p, requested) {
  return { client, key: p.name, requested, span: locatedValue(p).span, isDefault: false };
}
function sessionRequests(cluster, ensemble) {
  const out = [];
  for (const conf of cluster.hbaseConfs) {
    const quorum = hbaseProperty(conf, "hbase.zookeeper.quorum");
    if (!quorum || conf.effective["hbase.cluster.distributed"]?.value.toLowerCase() !== "true") continue;
    if (!namesEnsemble(ensemble, quorumEntries(quorum))) continue;
    const p = conf.effective["zookeeper.session.timeout"];
    if (p && p.value !== "") {
      const n = positiveInt(p);
      if (n !== void 0) out.push(written("HBase", p, n));
    } else {
      out.push({ client: "HBase", key: "zookeeper.session.timeout", requested: HBASE_DEFAULT_SESSION_TIMEOUT, span: locatedValue(quorum).span, isDefault: true });
    }
  }
  const once = new OncePerContent();
  for (const conf of confsByPath(cluster, "core-site.xml")) {
    const q = conf.hdfs.zkQuorum;
    if (!q || !conf.hdfs.automaticFailover || q.property.unresolved.length > 0) continue;
    const p = conf.effective["ha.zookeeper.session-timeout.ms"];
    const n = positiveInt(p);
    if (!p || n === void 0 || !namesEnsemble(ensemble, connectEntries(locatedValue(q.property)))) continue;
    if (once.first(p.file.hash, p.prop.span)) out.push(written("the ZKFC", p, n));
  }
  const rmOnce = new OncePerContent();
  for (const conf of yarnConfsByPath(cluster)) {
    const zk = conf.yarn.zkAddress;
    if (!zk || zk.property.unresolved.length > 0 || !(conf.yarn.embeddedFailover || conf.yarn.zkStateStore)) continue;
    const set = (key) => conf.effective[key]?.value ? conf.effective[key] : void 0;
    const p = cluster.hadoopVersion.major >= 3 ? set("hadoop.zk.timeout-ms") ?? set("yarn.resourcemanager.zk-timeout-ms") : set("yarn.resourcemanager.zk-timeout-ms");
    const n = positiveInt(p);
    if (!p || n === void 0 || !namesEnsemble(ensemble, connectEntries(locatedValue(zk.property)))) continue;
    if (rmOnce.first(p.file.hash, p.prop.span)) out.push(written("the ResourceManager", p, n));
  }
  for (const file of distinctBrokerFiles(cluster)) {
    const connect = kafkaValue(file.kafka, "zookeeper.connect");
    if (!connect || connect.value.value === "" || placeholderIn("zookeeper.connect", connect.value.value)) continue;
    const t = kafkaValue(file.kafka, "zookeeper.session.timeout.ms");
    const n = t ? javaInt(t.value.value) : void 0;
    if (!t || n === void 0 || n <= 0 || !namesEnsemble(ensemble, connectEntries(connect.value))) continue;
    out.push({ client: "the Kafka broker", key: "zookeeper.session.timeout.ms", requested: n, span: t.value.span, isDefault: false });
  }
  return out;
}

// rules/cluster/zookeeper-session-timeout-clamped.ts
var zookeeper_session_timeout_clamped_default = defineRule({
  meta: {
    id: "cluster/zookeeper-session-timeout-clamped",
    severity: "warning",
    description: "A ZooKeeper client asks for a session timeout outside the ensemble's bounds, and silently gets the bound",
    rationale: 'A ZooKeeper client only proposes its session timeout: the server moves a proposal below `minSessionTimeout` up to it and one above `maxSessionTimeout` down to it (ZooKeeperServer.processConnectRequest), and the client learns the result only as the "negotiated timeout" in its log. An unset bound is 2 \xD7 `tickTime` and 20 \xD7 `tickTime` (`tickTime` defaults to 3000 ms), so with the sample `tickTime=2000` no client gets more than 40 seconds. HBase asks for 90 seconds by default (`zookeeper.session.timeout`, 90000) and gets 40: RegionServers are declared dead after a GC pause the configuration was written to survive. A timeout below the minimum is raised: failover is slower than configured.\n\nhacheck checks the clients whose connect string names a server of the ensemble of the most common zoo.cfg: HBase (`zookeeper.session.timeout`, its default counted when hbase-site.xml runs HBase distributed), the ZKFC (`ha.zookeeper.session-timeout.ms`, with automatic failover), the ResourceManager (`hadoop.zk.timeout-ms` on 3.x, `yarn.resourcemanager.zk-timeout-ms` on 2.x, with its embedded elector or ZooKeeper state store) and Kafka brokers (`zookeeper.session.timeout.ms`). Except for HBase only a written timeout is checked. A bound ZooKeeper refuses to start with is `zookeeper/session-timeout-range`\'s.',
    fix: "Ask for a timeout within the bounds, or widen the bounds in zoo.cfg on every server: `maxSessionTimeout` (for HBase, at least its `zookeeper.session.timeout`) or `minSessionTimeout`.",
    references: [
      "ZooKeeperServer.java (ZooKeeper 3.4.14) L928-934, (master) L1521-1527: processConnectRequest clamps the requested timeout into [getMinSessionTimeout(), getMaxSessionTimeout()]",
      "ZooKeeperServer.java (ZooKeeper master) getMinSessionTimeout / getMaxSessionTimeout: minSessionTimeout == -1 ? tickTime * 2, maxSessionTimeout == -1 ? tickTime * 20; DEFAULT_TICK_TIME = 3000",
      'hbase-default.xml (apache/hbase @000e4d12) zookeeper.session.timeout: default 90000, "the ensemble can have a max timeout lower than this and it will take precedence"',
      "core-default.xml (Hadoop 2.7.7) L1538-1539, (3.4.1) L3253-3254: ha.zookeeper.session-timeout.ms",
      "core-default.xml (Hadoop 3.4.1) L4200: hadoop.zk.timeout-ms; yarn-default.xml (Hadoop 2.7.7) L403: yarn.resourcemanager.zk-timeout-ms",
      "Kafka broker configs: zookeeper.session.timeout.ms (6000 before 2.5, 18000 since, KIP-537)"
    ]
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    const primary = cluster.zooConfigs[0];
    if (!ensemble || !primary) return;
    const bounds = sessionBounds(cluster, primary.zoo);
    if (!bounds) return;
    for (const r of sessionRequests(cluster, ensemble)) {
      const bound = r.requested > bounds.max.value ? bounds.max : r.requested < bounds.min.value ? bounds.min : void 0;
      if (!bound) continue;
      const asked = r.isDefault ? `${r.key} is not set, so ${r.client} asks for its default ${r.requested} ms` : `${r.key} asks for ${r.requested} ms`;
      report({
        span: r.span,
        message: `${asked}, but the ZooKeeper ensemble grants ${r.client} ${bound.value} ms: ${bound.why}`,
        ...bound.entry ? { related: [{ span: bound.entry.span, message: `${bound.entry.key.value} is set here` }] } : {}
      });
    }
  }
});

// rules/cluster/zookeeper-single-server.ts
var zookeeper_single_server_default = defineRule({
  meta: {
    id: "cluster/zookeeper-single-server",
    severity: "warning",
    description: "A ZooKeeper connect string names one server of an ensemble of three or more",
    rationale: "A ZooKeeper client connects to the servers its connect string lists, and only to them: when its server goes down it reconnects to another server of the string within the session timeout, and keeps its session, ephemeral nodes and watches. A string that names a single server of a replicated ensemble has no other to go to: when that server is down (a restart, an upgrade, a crash) the client loses ZooKeeper although the quorum is alive. The ZKFC (`ha.zookeeper.quorum`) then gives up its lock and no NameNode can fail over, the ResourceManager (`hadoop.zk.address` / `yarn.resourcemanager.zk-address`) loses leader election and its state store, HBase (`hbase.zookeeper.quorum`) loses its master and RegionServer sessions, and a Kafka broker (`zookeeper.connect`) its registration and controller.\n\nhacheck compares with the ensemble of the most common zoo.cfg and reports only when it has three servers or more on more than one machine, and the string names one of them by name: a name that is no server may be a DNS name for all of them (the client tries every address a name resolves to), and a one-machine ensemble is lost with that machine anyway.",
    fix: "List every server of the ensemble: `zk1:2181,zk2:2181,zk3:2181` (after the hosts, a Kafka chroot as `/kafka`).",
    references: [
      'zookeeperProgrammers.md (ZooKeeper 3.8.4) L336-344: the connect string "comma separated host:port pairs, each corresponding to a ZooKeeper server"; the client "will pick an arbitrary server and try to connect to it. If this connection fails, or if the client becomes disconnected from the server for any reason, the client will automatically try the next server in the list"',
      "StaticHostProvider.java (ZooKeeper 3.8.4) L138-150: resolve() picks among every address a name resolves to",
      "hadoop-zookeeper-facts.md a.2 #10: ha.zookeeper.quorum must match the server.N hosts"
    ]
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble || ensemble.servers.length < 3 || distinctHosts(ensemble.names).length < 2) return;
    for (const c of clientConnectStrings(cluster)) {
      const hosts = connectHostsPart(c.value);
      if (wrongSeparator(hosts.value)) continue;
      const entries = connectEntries(hosts).map((e) => ({ host: trimLocated(e.host).value, port: e.port ? trimLocated(e.port).value : "" }));
      const distinct = new Set(entries.map((e) => `${e.host.toLowerCase()}:${e.port}`));
      if (distinct.size !== 1) continue;
      const host = entries[0].host;
      if (!ensemble.names.some((n) => sameMachine(n, host))) continue;
      report({
        span: trimLocated(hosts).span,
        message: `${c.key} names only ${quote(host)} of the ${ensemble.servers.length} ZooKeeper servers, so ${c.client} loses ZooKeeper whenever ${host} is down, although the quorum is alive`,
        related: [ensembleEvidence(ensemble)]
      });
    }
  }
});

// rules/container/definition-invalid.ts
var definition_invalid_default = defineRule({
  meta: {
    id: "container/definition-invalid",
    severity: "error",
    description: "A compose file or Kubernetes manifest cannot be read as Compose or Kubernetes read it, so its containers do not start as written",
    rationale: "hacheck reads a Docker Compose project (its compose files merged, `.env` interpolation, `env_file` files) and Kubernetes manifests as the tools do. Where one of them stops (YAML that does not parse, an `env_file` that does not exist, a `${VAR:?message}` whose variable is unset, a service that is not a mapping), `docker compose up` or `kubectl apply` refuses the project, and hacheck cannot know what the containers would get: the checks that need those values are not made.",
    fix: "Correct the definition at the place named, then run `docker compose config` (or `kubectl apply --dry-run=client`) to see it read.",
    references: [
      'compose-spec 05-services.md (env_file: "the file MUST exist" unless required: false)',
      "compose-spec 12-interpolation.md (${VAR:?err} exits with an error when VAR is unset or empty)"
    ]
  },
  check(cluster, report) {
    for (const note of cluster.containerNotes) if (note.kind === void 0) report({ span: note.span, message: note.message });
  }
});

// rules/container/environment-ignored.ts
var environment_ignored_default = defineRule({
  meta: {
    id: "container/environment-ignored",
    severity: "info",
    description: "An image variable that the image's entrypoint does not use in this container, so it has no effect",
    rationale: "The images of ZooKeeper, Kafka and Hadoop write their configuration files from environment variables at start, but only where no file is there already: the official `zookeeper` image writes zoo.cfg only when `$ZOO_CONF_DIR/zoo.cfg` does not exist, and myid only when `$ZOO_DATA_DIR/myid` does not. With the file mounted, a `ZOO_SERVERS` or `ZOO_MY_ID` beside it changes nothing: the server runs with the mounted file, whatever the variable says. hacheck checks the file the container really reads and names the variable that is ignored, so that a change to it is not mistaken for a change to the cluster.",
    fix: "Remove the variable, or remove the mount and let the image write the file from the variables.",
    references: ['docker-library/zookeeper docker-entrypoint.sh: "if [[ ! -f "$ZOO_CONF_DIR/zoo.cfg" ]]", "if [[ ! -f "$ZOO_DATA_DIR/myid" ]]"']
  },
  check(cluster, report) {
    for (const note of cluster.containerNotes) if (note.kind === "ignored") report({ span: note.span, message: note.message });
  }
});

// rules/container/published-port.ts
var published_port_default = defineRule({
  meta: {
    id: "container/published-port",
    severity: "error",
    description: "A container dials another container of the project on the port the machine publishes for it, where nothing listens inside the network",
    rationale: 'A `ports:` entry such as `"2182:2181"` publishes the container\'s port 2181 on port 2182 of the machine that runs it: clients outside the project reach it there. Containers of the project talk over the project\'s network, where the container is reached by its name and listens on its own ports only: Docker\'s "Networking in Compose" says that service-to-service communication uses the CONTAINER_PORT, and that the HOST_PORT is for access from outside (`postgres://db:5432` inside, `postgres://{DOCKER_IP}:8001` from the machine, for `"8001:5432"`). A connect string, Hadoop address or quorum voter inside a container that names `zk3:2182` therefore reaches nothing: the connection is refused, and with every entry wrong the daemon cannot start.\n\nhacheck reports an address of a container\'s configuration (ZooKeeper connect strings, `hbase.zookeeper.quorum` with its clientPort, Hadoop and ResourceManager addresses, qjournal:// JournalNodes, `controller.quorum.voters`) that names a container of the project by one of its names, on a port that container publishes for another port, when nothing in that container is known to listen on it (no `ports:` target, no port its own configuration sets). `listeners` and `advertised.listeners` are not checked: they legitimately name the ports clients outside use. Containers on the machine\'s network (`network_mode: host`) are left alone. The connect-string mismatch rules leave such an entry to this rule, so that one mistake gives one finding.',
    fix: 'Use the container port inside the network (`zk3:2181` for `"2182:2181"`); keep the published port for clients outside the project.',
    references: [
      'Docker docs, "Networking in Compose" (docs.docker.com/compose/how-tos/networking): "Networked service-to-service communication uses the CONTAINER_PORT"',
      "Compose file reference, services.ports (docs.docker.com/reference/compose-file/services/#ports): HOST:CONTAINER"
    ]
  },
  check(cluster, report) {
    for (const use of publishedPortUses(cluster)) {
      const name = use.address.host.value;
      report({
        span: use.address.port.span,
        message: `${use.address.key} connects to ${quote(name)} on port ${quote(use.address.port.value)}, which the machine publishes for its port ${use.mapping.target}: inside the network ${quote(name)} listens on ${use.mapping.target}`,
        related: [{ span: use.mapping.span, message: `${use.target.container.service} publishes its port ${use.mapping.target} on the machine's port ${use.mapping.published}` }]
      });
    }
  }
});

// src/rules-support/container-names.ts
function isSingleLabel(name) {
  const lower = name.toLowerCase();
  if (isWildcard(lower) || isIpAddress(lower) || lower === "localhost") return false;
  return /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(lower);
}
function projectNames(containers) {
  const names = /* @__PURE__ */ new Set();
  for (const c of containers) for (const n of c.container?.names ?? []) names.add(n.value.toLowerCase());
  return names;
}

// rules/container/unresolvable-host.ts
var LISTED = 4;
function headlessDomainOf(name, domains) {
  const lower = name.toLowerCase();
  const dot = lower.indexOf(".");
  if (dot <= 0 || !isSingleLabel(lower.slice(0, dot))) return void 0;
  const domain = lower.slice(dot + 1);
  return domains.includes(domain) ? domain : void 0;
}
function podsUnder(domain, known) {
  const pods = [...known].filter((n) => n.endsWith(`.${domain}`) && isSingleLabel(n.slice(0, -domain.length - 1))).sort();
  if (pods.length === 0) return "no pod of the project has a name there";
  const shown = pods.slice(0, LISTED).map(quote).join(", ");
  return `its pods are ${pods.length > LISTED ? `${shown} and ${pods.length - LISTED} more` : shown}`;
}
var unresolvable_host_default = defineRule({
  meta: {
    id: "container/unresolvable-host",
    severity: "error",
    description: "A container's configuration names a host that no container of the project, and none of its extra hosts, is reachable by",
    rationale: "Inside a Compose project a container finds the others through Docker's embedded DNS server: each service registers its name (and its `container_name`, `hostname`, network aliases) on the project's network, and \"Networking in Compose\" describes containers reaching each other by the service name. Kubernetes' cluster DNS (\"DNS for Services and Pods\") gives a Service `<service>.<namespace>.svc.cluster.local` and a StatefulSet's pod `<pod>.<service>...`, and a pod's resolv.conf searches its namespace, so a bare `<service>` resolves there. A name outside these is resolved by the machine's resolver, where a single label such as `zoo4` names nothing: a service name with a typo, or one that was renamed, makes the connection fail with an unknown host, and ZooKeeper keeps retrying a server line it cannot resolve.\n\nhacheck reports a single-label host name (no dot; not `localhost`, an IP address, a wildcard or a placeholder) in a container's ZooKeeper connect strings, Hadoop addresses, qjournal:// JournalNodes, `controller.quorum.voters` or zoo.cfg server lines that no container of the project is reachable by and that the container's own `extra_hosts` (`hostAliases`) do not list. In Kubernetes it also reports `<x>.<service>` (or with `.<namespace>`, `.<namespace>.svc`, `.<namespace>.svc.cluster.local`) where `<service>` is a headless Service (`clusterIP: None`) of the project and no pod of the project is named `<x>` under it: the cluster DNS answers below a headless Service's name only for the pods whose hostname and subdomain make that name (a StatefulSet's `<name>-<ordinal>` under its `serviceName`), so `zk-3.zk-hs` with a StatefulSet of 3 names no pod. Any other name with a dot may be external DNS and is not reported; a container on the machine's network (`network_mode: host`, `hostNetwork: true`) resolves through the machine and is skipped.",
    fix: "Use the name of the service that runs the daemon, or give the container the name with `extra_hosts` (`hostAliases` in Kubernetes).",
    references: [
      `Docker docs, "Networking in Compose" (docs.docker.com/compose/how-tos/networking): each container "is both reachable by other containers on that network, and discoverable by the service's name"`,
      `Kubernetes docs, "DNS for Services and Pods" (kubernetes.io/docs/concepts/services-networking/dns-pod-service): Service and Pod records, the Pod's search list`,
      'Kubernetes docs, "DNS for Services and Pods": a headless Service\'s name resolves to the IPs of its selected Pods, and a Pod with `hostname` and `subdomain` set to a headless Service gets `<hostname>.<subdomain>.<namespace>.svc.cluster.local`',
      'Kubernetes docs, "StatefulSets", Stable Network ID: each Pod\'s hostname is `$(statefulset name)-$(ordinal)`, its domain `$(service name).$(namespace).svc.cluster.local` with serviceName the governing Service',
      "Compose file reference, services.extra_hosts: entries added to the container's /etc/hosts"
    ]
  },
  check(cluster, report) {
    const containers = containerHosts(cluster);
    if (containers.length === 0) return;
    const known = projectNames(containers);
    const services = containers.map((c) => quote(c.container.service));
    const listed = services.length > LISTED ? `${services.slice(0, LISTED).join(", ")} and ${services.length - LISTED} more` : services.join(", ");
    const seen = /* @__PURE__ */ new Set();
    for (const user of containers) {
      if (user.container.hostNetwork) continue;
      const extra = new Set(user.container.extraHosts.map((h) => h.value.toLowerCase()));
      for (const a of dialledAddresses(cluster, user)) {
        const name = a.host.value;
        if (known.has(name.toLowerCase()) || extra.has(name.toLowerCase())) continue;
        const domain = isSingleLabel(name) ? void 0 : headlessDomainOf(name, user.container.podDomains);
        if (!isSingleLabel(name) && domain === void 0) continue;
        const s = a.host.span;
        const key = `${s.file}\0${s.line}\0${s.column}\0${s.endLine}\0${s.endColumn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const message = domain === void 0 ? `${a.key} names ${quote(name)}, which no container of the project is reachable by: its containers are ${listed}` : `${a.key} names ${quote(name)}, which no pod of the headless Service ${quote(domain.split(".")[0])} is: ${podsUnder(domain, known)}`;
        report({ span: s, message });
      }
    }
  }
});

// rules/container/value-unknown.ts
var value_unknown_default = defineRule({
  meta: {
    id: "container/value-unknown",
    severity: "info",
    description: "A container setting whose value hacheck cannot know, so what the image writes from it is not checked",
    rationale: 'A variable passed through from the shell (`- ZOO_SERVERS` without a value), a `${VAR}` that the project\'s `.env` does not set, a value from a Secret or a field reference, an image hacheck does not know, or a variable an entrypoint fills by running a command, are decided when the container starts. hacheck never reads its own environment to guess them, and says which settings it could not read rather than answer "clean" for configuration it did not see.',
    fix: "Set the value in the compose file or its `.env`, or accept that hacheck does not check it (disable the rule for the file).",
    references: ["compose-spec 12-interpolation.md: an unset variable is substituted with an empty string, with a warning"]
  },
  check(cluster, report) {
    for (const note of cluster.containerNotes) if (note.kind === "unknown") report({ span: note.span, message: note.message });
  }
});

// src/rules-support/mapreduce1-keys.ts
var CURRENT_NAMES = [
  "mapreduce.jobtracker.address",
  "mapreduce.jobtracker.http.address",
  "mapreduce.tasktracker.http.address",
  "mapreduce.tasktracker.report.address",
  "mapreduce.tasktracker.map.tasks.maximum",
  "mapreduce.tasktracker.reduce.tasks.maximum"
];
function family() {
  const members = new Map(CURRENT_NAMES.map((n) => [n, n]));
  for (const table of [HADOOP_KNOWLEDGE.deprecated["2"], HADOOP_KNOWLEDGE.deprecated["3"]]) {
    for (const [old, current] of Object.entries(table)) {
      if (CURRENT_NAMES.includes(current)) members.set(old, current);
    }
  }
  return members;
}
var FAMILY = family();
function isMapReduce1DaemonKey(name) {
  return FAMILY.has(name);
}
function mapReduce1Daemon(name) {
  const current = FAMILY.get(name);
  if (current === void 0) return void 0;
  return current.startsWith("mapreduce.jobtracker.") ? "JobTracker" : "TaskTracker";
}

// src/rules-support/hadoop-site-files.ts
function distinctXmlFiles(cluster) {
  return cluster.distinctFiles.filter((f) => "xml" in f && f.xml.problem === void 0 && f.kind !== "hbase-site.xml");
}
function majorOf(version) {
  return majorKey(version);
}
function otherMajor(major) {
  return major === "2" ? "3" : "2";
}
function release(major) {
  return HADOOP_KNOWLEDGE.releases[major];
}
function definitionScopes(cluster) {
  const scopes = cluster.confs.map(
    (conf) => conf.definitions.map((d) => ({ name: d.name, file: d.file, prop: d.prop, value: d.value }))
  );
  const inConf = new Set(cluster.confs.flatMap((c) => c.files.map((f) => f.hash)));
  for (const f of distinctXmlFiles(cluster)) {
    if (inConf.has(f.hash)) continue;
    scopes.push(f.xml.properties.map((prop) => ({ name: prop.name.value, file: f, prop, value: (prop.value?.value ?? "").trim() })));
  }
  return scopes;
}
function winnerOf(defs) {
  let winner = defs[0];
  for (const d of defs.slice(1)) {
    if (winner.prop.final) break;
    winner = d;
  }
  return winner;
}

// rules/hadoop/deprecated-overrides-new.ts
var deprecated_overrides_new_default = defineRule({
  meta: {
    id: "hadoop/deprecated-overrides-new",
    severity: "warning",
    description: "A deprecated property and its new name are both set, to different values",
    rationale: "When Hadoop's `Configuration` loads a site file it stores a deprecated name under its new name (\"update new keys with deprecated key's value\" in `loadResource`), so the deprecated key and its replacement are one setting: whichever definition comes later in load order (core-site.xml, then hdfs-site.xml; top to bottom in a file) wins, unless an earlier one is `<final>`. The other value is silently dropped. Setting both names to different values therefore hides which one is in effect: an operator who edits the new key may see no change because a later deprecated line still overrides it.",
    fix: "Keep only the new name, with the value you want, and delete the deprecated property.",
    references: [
      "Configuration.java (2.7.7, 3.4.1) loadResource / Parser.handleEndProperty: a deprecated key is loaded under each of its new keys",
      "Configuration.java (3.4.1) L3577: final parameters are not overridden (hadoop-zookeeper-facts.md b#42)",
      "DeprecatedProperties.md (2.7.7, 3.4.1): the deprecated names and their replacements"
    ]
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    const major = majorOf(version);
    const renamed = HADOOP_KNOWLEDGE.deprecated[major];
    const otherRenamed = HADOOP_KNOWLEDGE.deprecated[otherMajor(major)];
    for (const scope of definitionScopes(cluster)) {
      const groups = /* @__PURE__ */ new Map();
      for (const d of scope) {
        if (isMapReduce1DaemonKey(d.name)) continue;
        const key = renamed[d.name] ?? d.name;
        const defs = groups.get(key);
        if (defs) defs.push(d);
        else groups.set(key, [d]);
      }
      for (const [newName, defs] of groups) {
        const old = defs.filter((d) => d.name !== newName);
        const current = defs.filter((d) => d.name === newName);
        if (old.length === 0 || current.length === 0) continue;
        const winner = winnerOf(defs);
        const conflicting = new Set(defs.filter((d) => d.value !== winner.value && d.name !== winner.name));
        if (conflicting.size === 0) continue;
        const anchor = old.find((d) => d === winner || conflicting.has(d));
        const finalWins = defs[defs.length - 1] !== winner;
        const reason = finalWins ? "the final definition" : "the later definition";
        const note = otherRenamed[anchor.name] === newName ? "" : assumedNote(version);
        const related = defs.filter((d) => d !== anchor && (d === winner || conflicting.has(d))).map((d) => ({
          span: d.prop.name.span,
          message: d === winner ? `Hadoop uses this value of ${quote(d.name)}` : `${quote(d.name)} is set to ${quote(d.value)} here`
        }));
        report({
          span: anchor.prop.name.span,
          message: `${quote(anchor.name)} (deprecated) and its new name ${quote(newName)} have different values; Hadoop uses ${quote(winner.value)} from ${quote(winner.name)}, ${reason}${note}`,
          related
        });
      }
    }
  }
});

// rules/hadoop/deprecated-property.ts
var deprecated_property_default = defineRule({
  meta: {
    id: "hadoop/deprecated-property",
    severity: "warning",
    description: "A site file sets a deprecated property name instead of its replacement",
    rationale: "Hadoop's `Configuration` keeps a table of deprecated names. When a site file sets one, the value is stored under the new name and a deprecation warning is logged; the old name keeps working for now, but it hides which key is really in effect (see `hadoop/deprecated-overrides-new` when both are set) and may be dropped in a later release. The table is the version's `DeprecatedProperties.md` (e.g. `fs.default.name` -> `fs.defaultFS`, `dfs.name.dir` -> `dfs.namenode.name.dir`); a few names are deprecated without a replacement. The keys of the MapReduce 1 JobTracker and TaskTracker (`mapred.job.tracker`, whose new name `mapreduce.jobtracker.address` is just as dead on YARN) are reported by `hadoop/mapreduce1-daemon-property` instead.",
    fix: "Rename the property to the new name given in the message (and remove the old one).",
    references: [
      "Configuration.java (3.4.1) L393-405: DeprecatedKeyInfo.getWarningMessage (hadoop-zookeeper-facts.md b#41)",
      "DeprecatedProperties.md (2.7.7, 3.4.1): the deprecated names and their replacements"
    ],
    upstreamMessage: "<key> is deprecated. Instead, use <newKey>"
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    const major = majorOf(version);
    const other = otherMajor(major);
    const renamed = HADOOP_KNOWLEDGE.deprecated[major];
    const dropped = HADOOP_KNOWLEDGE.withoutReplacement[major];
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        const name = prop.name.value;
        if (isMapReduce1DaemonKey(name)) continue;
        const to = renamed[name];
        const why = dropped[name];
        if (to === void 0 && why === void 0) continue;
        const same = to !== void 0 ? HADOOP_KNOWLEDGE.deprecated[other][name] === to : HADOOP_KNOWLEDGE.withoutReplacement[other][name] !== void 0;
        const note = same ? "" : assumedNote(version);
        const message = to !== void 0 ? `${quote(name)} is deprecated; the new name is ${quote(to)}${note}` : `${quote(name)} is deprecated without a replacement (${why})${note}`;
        report({ span: prop.name.span, message });
      }
    }
  }
});

// rules/hadoop/duplicate-property.ts
var duplicate_property_default = defineRule({
  meta: {
    id: "hadoop/duplicate-property",
    severity: "warning",
    description: "A property is defined more than once with different values, and one of them is ignored",
    rationale: 'Hadoop\'s `Configuration` loads core-site.xml, then hdfs-site.xml, each from top to bottom, into one map: a later definition of the same name replaces an earlier one, unless the earlier one is `<final>true</final>`, in which case the later one is ignored with the warning "an attempt to override final parameter". Either way one of the values never takes effect, and which one depends on file order, which is easy to get wrong when the same key is pasted twice or set in both files. Duplicates with the same value are harmless and not reported.',
    fix: "Keep one definition of the property, with the value you want, and delete the others.",
    references: [
      "Configuration.java (3.4.1) L3577: loadProperty ignores a final parameter's override (hadoop-zookeeper-facts.md b#42)",
      "Configuration.java (2.7.7, 3.4.1) loadProperty: properties.setProperty(attr, value), the last definition wins"
    ],
    upstreamMessage: "<resource>:an attempt to override final parameter: <name>;  Ignoring."
  },
  check(cluster, report) {
    for (const scope of definitionScopes(cluster)) {
      const byName = /* @__PURE__ */ new Map();
      for (const d of scope) {
        const defs = byName.get(d.name);
        if (defs) defs.push(d);
        else byName.set(d.name, [d]);
      }
      for (const [name, defs] of byName) {
        if (defs.length < 2) continue;
        const winner = winnerOf(defs);
        const finalWins = defs[defs.length - 1] !== winner;
        for (const d of defs) {
          if (d === winner || d.value === winner.value) continue;
          const message = finalWins ? `${quote(name)} is final in an earlier definition, so Hadoop ignores this value ${quote(d.value)} and keeps ${quote(winner.value)}` : `${quote(name)} is defined again later, so Hadoop ignores this value ${quote(d.value)} and uses ${quote(winner.value)}`;
          report({
            span: d.prop.name.span,
            message,
            related: [{ span: winner.prop.name.span, message: finalWins ? "the final definition Hadoop keeps" : "the definition Hadoop uses" }]
          });
        }
      }
    }
  }
});

// src/rules-support/boolean-intent.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
var TRUE_WORDS = /* @__PURE__ */ new Set(["yes", "y", "on", "1", "enable", "enabled"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["no", "n", "off", "0", "disable", "disabled"]);
function meantBoolean(value) {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return "true";
  if (FALSE_WORDS.has(v)) return "false";
  const toTrue = (0, import_fastest_levenshtein2.distance)(v, "true");
  const toFalse = (0, import_fastest_levenshtein2.distance)(v, "false");
  if (toTrue <= 2 && toTrue < toFalse) return "true";
  if (toFalse <= 2 && toFalse < toTrue) return "false";
  return void 0;
}

// src/rules-support/hadoop-property-names.ts
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);

// src/knowledge/hadoop-name-catalogue.generated.ts
var NAME_CATALOGUE = JSON.parse(`{
 "2": {
  "candidates": [
   "dfs.balancer.address",
   "dfs.balancer.block-move.timeout",
   "dfs.balancer.kerberos.principal",
   "dfs.balancer.keytab.enabled",
   "dfs.balancer.keytab.file",
   "dfs.balancer.max-no-move-interval",
   "dfs.block.access.key.update.interval",
   "dfs.block.access.token.enable",
   "dfs.block.access.token.lifetime",
   "dfs.block.local-path-access.user",
   "dfs.block.scanner.volume.bytes.per.second",
   "dfs.blockreport.initialDelay",
   "dfs.blockreport.intervalMsec",
   "dfs.blockreport.split.threshold",
   "dfs.blocksize",
   "dfs.bytes-per-checksum",
   "dfs.cachereport.intervalMsec",
   "dfs.client-write-packet-size",
   "dfs.client.block.write.replace-datanode-on-failure.best-effort",
   "dfs.client.block.write.replace-datanode-on-failure.enable",
   "dfs.client.block.write.replace-datanode-on-failure.policy",
   "dfs.client.block.write.retries",
   "dfs.client.cache.drop.behind.reads",
   "dfs.client.cache.drop.behind.writes",
   "dfs.client.cache.readahead",
   "dfs.client.cached.conn.retry",
   "dfs.client.context",
   "dfs.client.datanode-restart.timeout",
   "dfs.client.domain.socket.data.traffic",
   "dfs.client.failover.connection.retries",
   "dfs.client.failover.connection.retries.on.timeouts",
   "dfs.client.failover.max.attempts",
   "dfs.client.failover.proxy.provider",
   "dfs.client.failover.sleep.base.millis",
   "dfs.client.failover.sleep.max.millis",
   "dfs.client.file-block-storage-locations.num-threads",
   "dfs.client.file-block-storage-locations.timeout.millis",
   "dfs.client.https.keystore.resource",
   "dfs.client.https.need-auth",
   "dfs.client.local.interfaces",
   "dfs.client.mmap.cache.size",
   "dfs.client.mmap.cache.timeout.ms",
   "dfs.client.mmap.enabled",
   "dfs.client.mmap.retry.timeout.ms",
   "dfs.client.read.prefetch.size",
   "dfs.client.read.shortcircuit",
   "dfs.client.read.shortcircuit.skip.checksum",
   "dfs.client.read.shortcircuit.streams.cache.expiry.ms",
   "dfs.client.read.shortcircuit.streams.cache.size",
   "dfs.client.short.circuit.replica.stale.threshold.ms",
   "dfs.client.slow.io.warning.threshold.ms",
   "dfs.client.socket-timeout",
   "dfs.client.socket.send.buffer.size",
   "dfs.client.use.datanode.hostname",
   "dfs.client.use.legacy.blockreader.local",
   "dfs.client.write.exclude.nodes.cache.expiry.interval.millis",
   "dfs.cluster.administrators",
   "dfs.data.transfer.protection",
   "dfs.data.transfer.saslproperties.resolver.class",
   "dfs.datanode.address",
   "dfs.datanode.available-space-volume-choosing-policy.balanced-space-preference-fraction",
   "dfs.datanode.available-space-volume-choosing-policy.balanced-space-threshold",
   "dfs.datanode.balance.bandwidthPerSec",
   "dfs.datanode.block-pinning.enabled",
   "dfs.datanode.block.id.layout.upgrade.threads",
   "dfs.datanode.bp-ready.timeout",
   "dfs.datanode.cache.revocation.polling.ms",
   "dfs.datanode.cache.revocation.timeout.ms",
   "dfs.datanode.data.dir",
   "dfs.datanode.data.dir.perm",
   "dfs.datanode.directoryscan.interval",
   "dfs.datanode.directoryscan.threads",
   "dfs.datanode.directoryscan.throttle.limit.ms.per.sec",
   "dfs.datanode.dns.interface",
   "dfs.datanode.dns.nameserver",
   "dfs.datanode.drop.cache.behind.reads",
   "dfs.datanode.drop.cache.behind.writes",
   "dfs.datanode.du.reserved",
   "dfs.datanode.failed.volumes.tolerated",
   "dfs.datanode.fsdatasetcache.max.threads.per.volume",
   "dfs.datanode.handler.count",
   "dfs.datanode.hdfs-blocks-metadata.enabled",
   "dfs.datanode.http.address",
   "dfs.datanode.https.address",
   "dfs.datanode.ipc.address",
   "dfs.datanode.kerberos.principal",
   "dfs.datanode.keytab.file",
   "dfs.datanode.max.locked.memory",
   "dfs.datanode.max.transfer.threads",
   "dfs.datanode.plugins",
   "dfs.datanode.readahead.bytes",
   "dfs.datanode.scan.period.hours",
   "dfs.datanode.shared.file.descriptor.paths",
   "dfs.datanode.slow.io.warning.threshold.ms",
   "dfs.datanode.sync.behind.writes",
   "dfs.datanode.transfer.socket.recv.buffer.size",
   "dfs.datanode.transfer.socket.send.buffer.size",
   "dfs.datanode.use.datanode.hostname",
   "dfs.default.chunk.view.size",
   "dfs.domain.socket.path",
   "dfs.encrypt.data.transfer",
   "dfs.encrypt.data.transfer.algorithm",
   "dfs.encrypt.data.transfer.cipher.key.bitlength",
   "dfs.encrypt.data.transfer.cipher.suites",
   "dfs.encryption.key.provider.uri",
   "dfs.ha.automatic-failover.enabled",
   "dfs.ha.fencing.methods",
   "dfs.ha.fencing.ssh.connect-timeout",
   "dfs.ha.fencing.ssh.private-key-files",
   "dfs.ha.log-roll.period",
   "dfs.ha.namenode.id",
   "dfs.ha.tail-edits.period",
   "dfs.ha.zkfc.port",
   "dfs.heartbeat.interval",
   "dfs.hosts",
   "dfs.hosts.exclude",
   "dfs.http.policy",
   "dfs.https.server.keystore.resource",
   "dfs.image.compress",
   "dfs.image.compression.codec",
   "dfs.image.transfer.bandwidthPerSec",
   "dfs.image.transfer.chunksize",
   "dfs.image.transfer.timeout",
   "dfs.internal.nameservices",
   "dfs.journalnode.edits.dir",
   "dfs.journalnode.http-address",
   "dfs.journalnode.https-address",
   "dfs.journalnode.kerberos.internal.spnego.principal",
   "dfs.journalnode.kerberos.principal",
   "dfs.journalnode.keytab.file",
   "dfs.journalnode.rpc-address",
   "dfs.lock.suppress.warning.interval",
   "dfs.metrics.percentiles.intervals",
   "dfs.metrics.session-id",
   "dfs.mover.max-no-move-interval",
   "dfs.namenode.accesstime.precision",
   "dfs.namenode.acls.enabled",
   "dfs.namenode.audit.loggers",
   "dfs.namenode.avoid.read.stale.datanode",
   "dfs.namenode.avoid.write.stale.datanode",
   "dfs.namenode.backup.address",
   "dfs.namenode.backup.http-address",
   "dfs.namenode.block-placement-policy.default.prefer-local-node",
   "dfs.namenode.blocks.per.postponedblocks.rescan",
   "dfs.namenode.checkpoint.check.period",
   "dfs.namenode.checkpoint.dir",
   "dfs.namenode.checkpoint.edits.dir",
   "dfs.namenode.checkpoint.max-retries",
   "dfs.namenode.checkpoint.period",
   "dfs.namenode.checkpoint.txns",
   "dfs.namenode.datanode.registration.ip-hostname-check",
   "dfs.namenode.decommission.blocks.per.interval",
   "dfs.namenode.decommission.interval",
   "dfs.namenode.decommission.max.concurrent.tracked.nodes",
   "dfs.namenode.delegation.key.update-interval",
   "dfs.namenode.delegation.token.max-lifetime",
   "dfs.namenode.delegation.token.renew-interval",
   "dfs.namenode.edit.log.autoroll.check.interval.ms",
   "dfs.namenode.edit.log.autoroll.multiplier.threshold",
   "dfs.namenode.edits.dir",
   "dfs.namenode.edits.journal-plugin.qjournal",
   "dfs.namenode.edits.noeditlogchannelflush",
   "dfs.namenode.enable.retrycache",
   "dfs.namenode.fs-limits.max-blocks-per-file",
   "dfs.namenode.fs-limits.max-component-length",
   "dfs.namenode.fs-limits.max-directory-items",
   "dfs.namenode.fs-limits.max-xattr-size",
   "dfs.namenode.fs-limits.max-xattrs-per-inode",
   "dfs.namenode.fs-limits.min-block-size",
   "dfs.namenode.fslock.fair",
   "dfs.namenode.handler.count",
   "dfs.namenode.heartbeat.recheck-interval",
   "dfs.namenode.http-address",
   "dfs.namenode.http-bind-host",
   "dfs.namenode.https-address",
   "dfs.namenode.https-bind-host",
   "dfs.namenode.inotify.max.events.per.rpc",
   "dfs.namenode.invalidate.work.pct.per.iteration",
   "dfs.namenode.kerberos.internal.spnego.principal",
   "dfs.namenode.kerberos.principal",
   "dfs.namenode.kerberos.principal.pattern",
   "dfs.namenode.keytab.file",
   "dfs.namenode.lazypersist.file.scrub.interval.sec",
   "dfs.namenode.legacy-oiv-image.dir",
   "dfs.namenode.list.cache.directives.num.responses",
   "dfs.namenode.list.cache.pools.num.responses",
   "dfs.namenode.list.encryption.zones.num.responses",
   "dfs.namenode.lock.detailed-metrics.enabled",
   "dfs.namenode.max.extra.edits.segments.retained",
   "dfs.namenode.max.objects",
   "dfs.namenode.name.dir",
   "dfs.namenode.name.dir.restore",
   "dfs.namenode.num.checkpoints.retained",
   "dfs.namenode.num.extra.edits.retained",
   "dfs.namenode.path.based.cache.block.map.allocation.percent",
   "dfs.namenode.path.based.cache.refresh.interval.ms",
   "dfs.namenode.path.based.cache.retry.interval.ms",
   "dfs.namenode.plugins",
   "dfs.namenode.quota.init-threads",
   "dfs.namenode.read-lock-reporting-threshold-ms",
   "dfs.namenode.reject-unresolved-dn-topology-mapping",
   "dfs.namenode.replication.considerLoad",
   "dfs.namenode.replication.interval",
   "dfs.namenode.replication.max-streams",
   "dfs.namenode.replication.min",
   "dfs.namenode.replication.pending.timeout-sec",
   "dfs.namenode.replication.work.multiplier.per.iteration",
   "dfs.namenode.resource.check.interval",
   "dfs.namenode.resource.checked.volumes",
   "dfs.namenode.resource.checked.volumes.minimum",
   "dfs.namenode.resource.du.reserved",
   "dfs.namenode.retrycache.expirytime.millis",
   "dfs.namenode.retrycache.heap.percent",
   "dfs.namenode.rpc-address",
   "dfs.namenode.rpc-bind-host",
   "dfs.namenode.safemode.extension",
   "dfs.namenode.safemode.min.datanodes",
   "dfs.namenode.safemode.threshold-pct",
   "dfs.namenode.secondary.http-address",
   "dfs.namenode.secondary.https-address",
   "dfs.namenode.servicerpc-address",
   "dfs.namenode.servicerpc-bind-host",
   "dfs.namenode.shared.edits.dir",
   "dfs.namenode.stale.datanode.interval",
   "dfs.namenode.startup.delay.block.deletion.sec",
   "dfs.namenode.support.allow.format",
   "dfs.namenode.top.enabled",
   "dfs.namenode.top.num.users",
   "dfs.namenode.top.window.num.buckets",
   "dfs.namenode.top.windows.minutes",
   "dfs.namenode.write-lock-reporting-threshold-ms",
   "dfs.namenode.write.stale.datanode.ratio",
   "dfs.namenode.xattrs.enabled",
   "dfs.nameservice.id",
   "dfs.nameservices",
   "dfs.permissions.enabled",
   "dfs.permissions.superusergroup",
   "dfs.reformat.disabled",
   "dfs.replication",
   "dfs.replication.max",
   "dfs.secondary.namenode.kerberos.internal.spnego.principal",
   "dfs.short.circuit.shared.memory.watcher.interrupt.check.ms",
   "dfs.storage.policy.enabled",
   "dfs.stream-buffer-size",
   "dfs.trustedchannel.resolver.class",
   "dfs.user.home.dir.prefix",
   "dfs.web.authentication.kerberos.keytab",
   "dfs.web.authentication.kerberos.principal",
   "dfs.webhdfs.enabled",
   "dfs.webhdfs.user.provider.user.pattern",
   "file.blocksize",
   "file.bytes-per-checksum",
   "file.client-write-packet-size",
   "file.replication",
   "file.stream-buffer-size",
   "fs.AbstractFileSystem.file.impl",
   "fs.AbstractFileSystem.ftp.impl",
   "fs.AbstractFileSystem.har.impl",
   "fs.AbstractFileSystem.hdfs.impl",
   "fs.AbstractFileSystem.viewfs.impl",
   "fs.automatic.close",
   "fs.client.resolve.remote.symlinks",
   "fs.defaultFS",
   "fs.df.interval",
   "fs.du.interval",
   "fs.ftp.host",
   "fs.ftp.host.port",
   "fs.har.impl.disable.cache",
   "fs.permissions.umask-mode",
   "fs.s3.block.size",
   "fs.s3.buffer.dir",
   "fs.s3.maxRetries",
   "fs.s3.sleepTimeSeconds",
   "fs.s3a.acl.default",
   "fs.s3a.attempts.maximum",
   "fs.s3a.awsAccessKeyId",
   "fs.s3a.awsSecretAccessKey",
   "fs.s3a.buffer.dir",
   "fs.s3a.connection.establish.timeout",
   "fs.s3a.connection.maximum",
   "fs.s3a.connection.ssl.enabled",
   "fs.s3a.connection.timeout",
   "fs.s3a.endpoint",
   "fs.s3a.fast.buffer.size",
   "fs.s3a.fast.upload",
   "fs.s3a.impl",
   "fs.s3a.max.total.tasks",
   "fs.s3a.multipart.purge",
   "fs.s3a.multipart.purge.age",
   "fs.s3a.multipart.size",
   "fs.s3a.multipart.threshold",
   "fs.s3a.paging.maximum",
   "fs.s3a.proxy.domain",
   "fs.s3a.proxy.host",
   "fs.s3a.proxy.password",
   "fs.s3a.proxy.port",
   "fs.s3a.proxy.username",
   "fs.s3a.proxy.workstation",
   "fs.s3a.threads.core",
   "fs.s3a.threads.keepalivetime",
   "fs.s3a.threads.max",
   "fs.s3n.block.size",
   "fs.s3n.multipart.copy.block.size",
   "fs.s3n.multipart.uploads.block.size",
   "fs.s3n.multipart.uploads.enabled",
   "fs.s3n.server-side-encryption-algorithm",
   "fs.swift.impl",
   "fs.trash.checkpoint.interval",
   "fs.trash.interval",
   "ftp.blocksize",
   "ftp.bytes-per-checksum",
   "ftp.client-write-packet-size",
   "ftp.replication",
   "ftp.stream-buffer-size",
   "ha.failover-controller.cli-check.rpc-timeout.ms",
   "ha.failover-controller.graceful-fence.connection.retries",
   "ha.failover-controller.graceful-fence.rpc-timeout.ms",
   "ha.failover-controller.new-active.rpc-timeout.ms",
   "ha.health-monitor.check-interval.ms",
   "ha.health-monitor.connect-retry-interval.ms",
   "ha.health-monitor.rpc-timeout.ms",
   "ha.health-monitor.sleep-after-disconnect.ms",
   "ha.zookeeper.acl",
   "ha.zookeeper.auth",
   "ha.zookeeper.parent-znode",
   "ha.zookeeper.quorum",
   "ha.zookeeper.session-timeout.ms",
   "hadoop.common.configuration.version",
   "hadoop.fuse.connection.timeout",
   "hadoop.fuse.timer.period",
   "hadoop.hdfs.configuration.version",
   "hadoop.htrace.spanreceiver.classes",
   "hadoop.http.authentication.cookie.domain",
   "hadoop.http.authentication.kerberos.keytab",
   "hadoop.http.authentication.kerberos.principal",
   "hadoop.http.authentication.signature.secret.file",
   "hadoop.http.authentication.simple.anonymous.allowed",
   "hadoop.http.authentication.token.validity",
   "hadoop.http.authentication.type",
   "hadoop.http.cross-origin.allowed-headers",
   "hadoop.http.cross-origin.allowed-methods",
   "hadoop.http.cross-origin.allowed-origins",
   "hadoop.http.cross-origin.enabled",
   "hadoop.http.cross-origin.max-age",
   "hadoop.http.filter.initializers",
   "hadoop.http.staticuser.user",
   "hadoop.jetty.logs.serve.aliases",
   "hadoop.kerberos.kinit.command",
   "hadoop.registry.jaas.context",
   "hadoop.registry.kerberos.realm",
   "hadoop.registry.rm.enabled",
   "hadoop.registry.secure",
   "hadoop.registry.system.acls",
   "hadoop.registry.zk.connection.timeout.ms",
   "hadoop.registry.zk.quorum",
   "hadoop.registry.zk.retry.ceiling.ms",
   "hadoop.registry.zk.retry.interval.ms",
   "hadoop.registry.zk.retry.times",
   "hadoop.registry.zk.root",
   "hadoop.registry.zk.session.timeout.ms",
   "hadoop.rpc.protection",
   "hadoop.rpc.socket.factory.class.ClientProtocol",
   "hadoop.rpc.socket.factory.class.default",
   "hadoop.security.auth_to_local",
   "hadoop.security.authentication",
   "hadoop.security.authorization",
   "hadoop.security.crypto.buffer.size",
   "hadoop.security.crypto.cipher.suite",
   "hadoop.security.crypto.codec.classes.aes.ctr.nopadding",
   "hadoop.security.crypto.jce.provider",
   "hadoop.security.crypto.jceks.key.serialfilter",
   "hadoop.security.group.mapping",
   "hadoop.security.group.mapping.ldap.base",
   "hadoop.security.group.mapping.ldap.bind.password.file",
   "hadoop.security.group.mapping.ldap.bind.user",
   "hadoop.security.group.mapping.ldap.connection.timeout.ms",
   "hadoop.security.group.mapping.ldap.directory.search.timeout",
   "hadoop.security.group.mapping.ldap.posix.attr.gid.name",
   "hadoop.security.group.mapping.ldap.posix.attr.uid.name",
   "hadoop.security.group.mapping.ldap.read.timeout.ms",
   "hadoop.security.group.mapping.ldap.search.attr.group.name",
   "hadoop.security.group.mapping.ldap.search.attr.member",
   "hadoop.security.group.mapping.ldap.search.filter.group",
   "hadoop.security.group.mapping.ldap.search.filter.user",
   "hadoop.security.group.mapping.ldap.ssl",
   "hadoop.security.group.mapping.ldap.ssl.keystore",
   "hadoop.security.group.mapping.ldap.ssl.keystore.password.file",
   "hadoop.security.group.mapping.ldap.ssl.truststore",
   "hadoop.security.group.mapping.ldap.ssl.truststore.password.file",
   "hadoop.security.group.mapping.ldap.url",
   "hadoop.security.groups.cache.background.reload",
   "hadoop.security.groups.cache.background.reload.threads",
   "hadoop.security.groups.cache.secs",
   "hadoop.security.groups.cache.warn.after.ms",
   "hadoop.security.groups.negative-cache.secs",
   "hadoop.security.impersonation.provider.class",
   "hadoop.security.instrumentation.requires.admin",
   "hadoop.security.java.secure.random.algorithm",
   "hadoop.security.kms.client.authentication.retry-count",
   "hadoop.security.kms.client.encrypted.key.cache.expiry",
   "hadoop.security.kms.client.encrypted.key.cache.low-watermark",
   "hadoop.security.kms.client.encrypted.key.cache.num.refill.threads",
   "hadoop.security.kms.client.encrypted.key.cache.size",
   "hadoop.security.random.device.file.path",
   "hadoop.security.saslproperties.resolver.class",
   "hadoop.security.secure.random.impl",
   "hadoop.security.sensitive-config-keys",
   "hadoop.security.service.user.name.key",
   "hadoop.security.uid.cache.secs",
   "hadoop.socks.server",
   "hadoop.ssl.client.conf",
   "hadoop.ssl.enabled",
   "hadoop.ssl.enabled.protocols",
   "hadoop.ssl.hostname.verifier",
   "hadoop.ssl.keystores.factory.class",
   "hadoop.ssl.require.client.cert",
   "hadoop.ssl.server.conf",
   "hadoop.tmp.dir",
   "hadoop.user.group.metrics.percentiles.intervals",
   "hadoop.user.group.static.mapping.overrides",
   "hadoop.util.hash.type",
   "hadoop.work.around.non.threadsafe.getpwuid",
   "io.compression.codec.bzip2.library",
   "io.compression.codecs",
   "io.file.buffer.size",
   "io.map.index.interval",
   "io.map.index.skip",
   "io.mapfile.bloom.error.rate",
   "io.mapfile.bloom.size",
   "io.native.lib.available",
   "io.seqfile.compress.blocksize",
   "io.seqfile.lazydecompress",
   "io.seqfile.local.dir",
   "io.seqfile.sorter.recordlimit",
   "io.serializations",
   "io.skip.checksum.errors",
   "ipc.client.connect.max.retries",
   "ipc.client.connect.max.retries.on.timeouts",
   "ipc.client.connect.retry.interval",
   "ipc.client.connect.timeout",
   "ipc.client.connection.maxidletime",
   "ipc.client.fallback-to-simple-auth-allowed",
   "ipc.client.idlethreshold",
   "ipc.client.kill.max",
   "ipc.client.ping",
   "ipc.client.rpc-timeout.ms",
   "ipc.maximum.data.length",
   "ipc.ping.interval",
   "ipc.server.listen.queue.size",
   "ipc.server.log.slow.rpc",
   "ipc.server.max.connections",
   "map.sort.class",
   "mapred.child.env",
   "mapred.child.java.opts",
   "mapreduce.admin.user.env",
   "mapreduce.am.max-attempts",
   "mapreduce.app-submission.cross-platform",
   "mapreduce.application.classpath",
   "mapreduce.application.framework.path",
   "mapreduce.client.completion.pollinterval",
   "mapreduce.client.genericoptionsparser.used",
   "mapreduce.client.output.filter",
   "mapreduce.client.progressmonitor.pollinterval",
   "mapreduce.client.submit.file.replication",
   "mapreduce.cluster.acls.enabled",
   "mapreduce.cluster.local.dir",
   "mapreduce.cluster.mapmemory.mb",
   "mapreduce.cluster.permissions.supergroup",
   "mapreduce.cluster.reducememory.mb",
   "mapreduce.cluster.temp.dir",
   "mapreduce.fieldsel.data.field.separator",
   "mapreduce.fieldsel.map.output.key.value.fields.spec",
   "mapreduce.fieldsel.reduce.output.key.value.fields.spec",
   "mapreduce.fileoutputcommitter.algorithm.version",
   "mapreduce.framework.name",
   "mapreduce.ifile.readahead",
   "mapreduce.ifile.readahead.bytes",
   "mapreduce.input.fileinputformat.inputdir",
   "mapreduce.input.fileinputformat.list-status.num-threads",
   "mapreduce.input.fileinputformat.split.maxsize",
   "mapreduce.input.fileinputformat.split.minsize",
   "mapreduce.input.fileinputformat.split.minsize.per.node",
   "mapreduce.input.fileinputformat.split.minsize.per.rack",
   "mapreduce.input.keyvaluelinerecordreader.key.value.separator",
   "mapreduce.input.lineinputformat.linespermap",
   "mapreduce.input.linerecordreader.line.maxlength",
   "mapreduce.input.multipleinputs.dir.formats",
   "mapreduce.input.multipleinputs.dir.mappers",
   "mapreduce.input.pathFilter.class",
   "mapreduce.input.sequencefileinputfilter.class",
   "mapreduce.input.sequencefileinputfilter.frequency",
   "mapreduce.input.sequencefileinputfilter.regex",
   "mapreduce.job.acl-modify-job",
   "mapreduce.job.acl-view-job",
   "mapreduce.job.am.node-label-expression",
   "mapreduce.job.cache.archives",
   "mapreduce.job.cache.archives.timestamps",
   "mapreduce.job.cache.files",
   "mapreduce.job.cache.files.timestamps",
   "mapreduce.job.cache.local.archives",
   "mapreduce.job.cache.local.files",
   "mapreduce.job.classloader",
   "mapreduce.job.classloader.system.classes",
   "mapreduce.job.classpath.archives",
   "mapreduce.job.classpath.files",
   "mapreduce.job.combine.class",
   "mapreduce.job.committer.setup.cleanup.needed",
   "mapreduce.job.complete.cancel.delegation.tokens",
   "mapreduce.job.counters.max",
   "mapreduce.job.emit-timeline-data",
   "mapreduce.job.end-notification.max.attempts",
   "mapreduce.job.end-notification.max.retry.interval",
   "mapreduce.job.end-notification.retry.attempts",
   "mapreduce.job.end-notification.retry.interval",
   "mapreduce.job.end-notification.url",
   "mapreduce.job.finish-when-all-reducers-done",
   "mapreduce.job.hdfs-servers",
   "mapreduce.job.id",
   "mapreduce.job.inputformat.class",
   "mapreduce.job.jar",
   "mapreduce.job.jvm.numtasks",
   "mapreduce.job.local.dir",
   "mapreduce.job.log4j-properties-file",
   "mapreduce.job.map.class",
   "mapreduce.job.map.output.collector.class",
   "mapreduce.job.maps",
   "mapreduce.job.max.split.locations",
   "mapreduce.job.maxtaskfailures.per.tracker",
   "mapreduce.job.name",
   "mapreduce.job.node-label-expression",
   "mapreduce.job.output.group.comparator.class",
   "mapreduce.job.output.key.class",
   "mapreduce.job.output.key.comparator.class",
   "mapreduce.job.output.value.class",
   "mapreduce.job.outputformat.class",
   "mapreduce.job.partitioner.class",
   "mapreduce.job.priority",
   "mapreduce.job.queuename",
   "mapreduce.job.redacted-properties",
   "mapreduce.job.reduce.class",
   "mapreduce.job.reduce.shuffle.consumer.plugin.class",
   "mapreduce.job.reduce.slowstart.completedmaps",
   "mapreduce.job.reducer.preempt.delay.sec",
   "mapreduce.job.reducer.unconditional-preempt.delay.sec",
   "mapreduce.job.reduces",
   "mapreduce.job.running.map.limit",
   "mapreduce.job.running.reduce.limit",
   "mapreduce.job.skip.outdir",
   "mapreduce.job.skiprecords",
   "mapreduce.job.speculative.minimum-allowed-tasks",
   "mapreduce.job.speculative.retry-after-no-speculate",
   "mapreduce.job.speculative.retry-after-speculate",
   "mapreduce.job.speculative.slownodethreshold",
   "mapreduce.job.speculative.slowtaskthreshold",
   "mapreduce.job.speculative.speculative-cap-running-tasks",
   "mapreduce.job.speculative.speculative-cap-total-tasks",
   "mapreduce.job.speculative.speculativecap",
   "mapreduce.job.split.metainfo.maxsize",
   "mapreduce.job.tags",
   "mapreduce.job.token.tracking.ids",
   "mapreduce.job.token.tracking.ids.enabled",
   "mapreduce.job.ubertask.enable",
   "mapreduce.job.ubertask.maxbytes",
   "mapreduce.job.ubertask.maxmaps",
   "mapreduce.job.ubertask.maxreduces",
   "mapreduce.job.user.name",
   "mapreduce.job.userhistorylocation",
   "mapreduce.job.userlog.retain.hours",
   "mapreduce.job.working.dir",
   "mapreduce.jobcontrol.createdir.ifnotexist",
   "mapreduce.jobhistory.address",
   "mapreduce.jobhistory.admin.acl",
   "mapreduce.jobhistory.admin.address",
   "mapreduce.jobhistory.cleaner.enable",
   "mapreduce.jobhistory.cleaner.interval-ms",
   "mapreduce.jobhistory.client.thread-count",
   "mapreduce.jobhistory.datestring.cache.size",
   "mapreduce.jobhistory.done-dir",
   "mapreduce.jobhistory.http.policy",
   "mapreduce.jobhistory.intermediate-done-dir",
   "mapreduce.jobhistory.joblist.cache.size",
   "mapreduce.jobhistory.keytab",
   "mapreduce.jobhistory.loadedjobs.cache.size",
   "mapreduce.jobhistory.loadedtasks.cache.size",
   "mapreduce.jobhistory.max-age-ms",
   "mapreduce.jobhistory.minicluster.fixed.ports",
   "mapreduce.jobhistory.move.interval-ms",
   "mapreduce.jobhistory.move.thread-count",
   "mapreduce.jobhistory.principal",
   "mapreduce.jobhistory.recovery.enable",
   "mapreduce.jobhistory.recovery.store.class",
   "mapreduce.jobhistory.recovery.store.fs.uri",
   "mapreduce.jobhistory.recovery.store.leveldb.path",
   "mapreduce.jobhistory.store.class",
   "mapreduce.jobhistory.webapp.address",
   "mapreduce.jobtracker.address",
   "mapreduce.jobtracker.blacklist.average.threshold",
   "mapreduce.jobtracker.expire.trackers.interval",
   "mapreduce.jobtracker.handler.count",
   "mapreduce.jobtracker.heartbeats.in.second",
   "mapreduce.jobtracker.hosts.exclude.filename",
   "mapreduce.jobtracker.hosts.filename",
   "mapreduce.jobtracker.http.address",
   "mapreduce.jobtracker.instrumentation",
   "mapreduce.jobtracker.jobhistory.block.size",
   "mapreduce.jobtracker.jobhistory.completed.location",
   "mapreduce.jobtracker.jobhistory.location",
   "mapreduce.jobtracker.jobhistory.lru.cache.size",
   "mapreduce.jobtracker.jobhistory.task.numberprogresssplits",
   "mapreduce.jobtracker.jobinit.threads",
   "mapreduce.jobtracker.maxmapmemory.mb",
   "mapreduce.jobtracker.maxreducememory.mb",
   "mapreduce.jobtracker.maxtasks.perjob",
   "mapreduce.jobtracker.persist.jobstatus.active",
   "mapreduce.jobtracker.persist.jobstatus.dir",
   "mapreduce.jobtracker.persist.jobstatus.hours",
   "mapreduce.jobtracker.restart.recover",
   "mapreduce.jobtracker.retiredjobs.cache.size",
   "mapreduce.jobtracker.retirejobs",
   "mapreduce.jobtracker.staging.root.dir",
   "mapreduce.jobtracker.system.dir",
   "mapreduce.jobtracker.taskcache.levels",
   "mapreduce.jobtracker.taskscheduler",
   "mapreduce.jobtracker.taskscheduler.maxrunningtasks.perjob",
   "mapreduce.jobtracker.taskscheduler.taskalloc.capacitypad",
   "mapreduce.jobtracker.tasktracker.maxblacklists",
   "mapreduce.jobtracker.webinterface.trusted",
   "mapreduce.join.expr",
   "mapreduce.join.keycomparator",
   "mapreduce.local.clientfactory.class.name",
   "mapreduce.map.combine.minspills",
   "mapreduce.map.cpu.vcores",
   "mapreduce.map.debug.script",
   "mapreduce.map.env",
   "mapreduce.map.failures.maxpercent",
   "mapreduce.map.input.file",
   "mapreduce.map.input.length",
   "mapreduce.map.input.start",
   "mapreduce.map.java.opts",
   "mapreduce.map.log.level",
   "mapreduce.map.maxattempts",
   "mapreduce.map.memory.mb",
   "mapreduce.map.node-label-expression",
   "mapreduce.map.output.compress",
   "mapreduce.map.output.compress.codec",
   "mapreduce.map.output.key.class",
   "mapreduce.map.output.key.field.separator",
   "mapreduce.map.output.value.class",
   "mapreduce.map.skip.maxrecords",
   "mapreduce.map.skip.proc-count.auto-incr",
   "mapreduce.map.skip.proc.count.autoincr",
   "mapreduce.map.sort.spill.percent",
   "mapreduce.map.speculative",
   "mapreduce.mapper.regex",
   "mapreduce.mapper.regexmapper..group",
   "mapreduce.output.fileoutputformat.compress",
   "mapreduce.output.fileoutputformat.compress.codec",
   "mapreduce.output.fileoutputformat.compress.type",
   "mapreduce.output.fileoutputformat.outputdir",
   "mapreduce.output.lazyoutputformat.outputformat",
   "mapreduce.output.seqbinaryoutputformat.key.class",
   "mapreduce.output.seqbinaryoutputformat.value.class",
   "mapreduce.output.textoutputformat.separator",
   "mapreduce.partition.binarypartitioner.left.offset",
   "mapreduce.partition.binarypartitioner.right.offset",
   "mapreduce.partition.keycomparator.options",
   "mapreduce.partition.keypartitioner.options",
   "mapreduce.pipes.commandfile.preserve",
   "mapreduce.pipes.executable",
   "mapreduce.pipes.executable.interpretor",
   "mapreduce.pipes.inputformat",
   "mapreduce.pipes.isjavamapper",
   "mapreduce.pipes.isjavarecordreader",
   "mapreduce.pipes.isjavarecordwriter",
   "mapreduce.pipes.isjavareducer",
   "mapreduce.pipes.partitioner",
   "mapreduce.reduce.cpu.vcores",
   "mapreduce.reduce.debug.script",
   "mapreduce.reduce.env",
   "mapreduce.reduce.failures.maxpercent",
   "mapreduce.reduce.input.buffer.percent",
   "mapreduce.reduce.java.opts",
   "mapreduce.reduce.log.level",
   "mapreduce.reduce.markreset.buffer.percent",
   "mapreduce.reduce.maxattempts",
   "mapreduce.reduce.memory.mb",
   "mapreduce.reduce.memory.totalbytes",
   "mapreduce.reduce.merge.inmem.threshold",
   "mapreduce.reduce.node-label-expression",
   "mapreduce.reduce.shuffle.connect.timeout",
   "mapreduce.reduce.shuffle.fetch.retry.enabled",
   "mapreduce.reduce.shuffle.fetch.retry.interval-ms",
   "mapreduce.reduce.shuffle.fetch.retry.timeout-ms",
   "mapreduce.reduce.shuffle.input.buffer.percent",
   "mapreduce.reduce.shuffle.memory.limit.percent",
   "mapreduce.reduce.shuffle.merge.percent",
   "mapreduce.reduce.shuffle.parallelcopies",
   "mapreduce.reduce.shuffle.read.timeout",
   "mapreduce.reduce.shuffle.retry-delay.max.ms",
   "mapreduce.reduce.skip.maxgroups",
   "mapreduce.reduce.skip.proc-count.auto-incr",
   "mapreduce.reduce.skip.proc.count.autoincr",
   "mapreduce.reduce.speculative",
   "mapreduce.shuffle.connection-keep-alive.enable",
   "mapreduce.shuffle.connection-keep-alive.timeout",
   "mapreduce.shuffle.listen.queue.size",
   "mapreduce.shuffle.max.connections",
   "mapreduce.shuffle.max.threads",
   "mapreduce.shuffle.port",
   "mapreduce.shuffle.ssl.enabled",
   "mapreduce.shuffle.ssl.file.buffer.size",
   "mapreduce.shuffle.transfer.buffer.size",
   "mapreduce.shuffle.transferTo.allowed",
   "mapreduce.task.attempt.id",
   "mapreduce.task.combine.progress.records",
   "mapreduce.task.debugout.lines",
   "mapreduce.task.files.preserve.failedtasks",
   "mapreduce.task.files.preserve.filepattern",
   "mapreduce.task.id",
   "mapreduce.task.io.sort.factor",
   "mapreduce.task.io.sort.mb",
   "mapreduce.task.ismap",
   "mapreduce.task.merge.progress.records",
   "mapreduce.task.output.dir",
   "mapreduce.task.partition",
   "mapreduce.task.profile",
   "mapreduce.task.profile.map.params",
   "mapreduce.task.profile.maps",
   "mapreduce.task.profile.params",
   "mapreduce.task.profile.reduce.params",
   "mapreduce.task.profile.reduces",
   "mapreduce.task.skip.start.attempts",
   "mapreduce.task.timeout",
   "mapreduce.task.tmp.dir",
   "mapreduce.task.userlog.limit.kb",
   "mapreduce.tasktracker.cache.local.size",
   "mapreduce.tasktracker.contention.tracking",
   "mapreduce.tasktracker.dns.interface",
   "mapreduce.tasktracker.dns.nameserver",
   "mapreduce.tasktracker.events.batchsize",
   "mapreduce.tasktracker.group",
   "mapreduce.tasktracker.healthchecker.interval",
   "mapreduce.tasktracker.healthchecker.script.args",
   "mapreduce.tasktracker.healthchecker.script.path",
   "mapreduce.tasktracker.healthchecker.script.timeout",
   "mapreduce.tasktracker.host.name",
   "mapreduce.tasktracker.http.address",
   "mapreduce.tasktracker.http.threads",
   "mapreduce.tasktracker.indexcache.mb",
   "mapreduce.tasktracker.instrumentation",
   "mapreduce.tasktracker.local.dir.minspacekill",
   "mapreduce.tasktracker.local.dir.minspacestart",
   "mapreduce.tasktracker.map.tasks.maximum",
   "mapreduce.tasktracker.net.static.resolutions",
   "mapreduce.tasktracker.outofband.heartbeat",
   "mapreduce.tasktracker.reduce.tasks.maximum",
   "mapreduce.tasktracker.report.address",
   "mapreduce.tasktracker.resourcecalculatorplugin",
   "mapreduce.tasktracker.taskcontroller",
   "mapreduce.tasktracker.taskmemorymanager.monitoringinterval",
   "mapreduce.tasktracker.tasks.sleeptimebeforesigkill",
   "net.topology.configured.node.mapping",
   "net.topology.impl",
   "net.topology.node.switch.mapping.impl",
   "net.topology.script.file.name",
   "net.topology.script.number.args",
   "net.topology.table.file.name",
   "nfs.allow.insecure.ports",
   "nfs.dump.dir",
   "nfs.exports.allowed.hosts",
   "nfs.kerberos.principal",
   "nfs.keytab.file",
   "nfs.mountd.port",
   "nfs.rtmax",
   "nfs.server.port",
   "nfs.wtmax",
   "rpc.metrics.percentiles.intervals",
   "rpc.metrics.quantile.enable",
   "s3.blocksize",
   "s3.bytes-per-checksum",
   "s3.client-write-packet-size",
   "s3.replication",
   "s3.stream-buffer-size",
   "s3native.blocksize",
   "s3native.bytes-per-checksum",
   "s3native.client-write-packet-size",
   "s3native.replication",
   "s3native.stream-buffer-size",
   "security.job.client.protocol.acl",
   "security.job.task.protocol.acl",
   "tfile.fs.input.buffer.size",
   "tfile.fs.output.buffer.size",
   "tfile.io.chunk.size",
   "yarn.acl.enable",
   "yarn.admin.acl",
   "yarn.am.liveness-monitor.expiry-interval-ms",
   "yarn.app.mapreduce.am.admin-command-opts",
   "yarn.app.mapreduce.am.admin.user.env",
   "yarn.app.mapreduce.am.command-opts",
   "yarn.app.mapreduce.am.container.log.backups",
   "yarn.app.mapreduce.am.container.log.limit.kb",
   "yarn.app.mapreduce.am.containerlauncher.threadpool-initial-size",
   "yarn.app.mapreduce.am.env",
   "yarn.app.mapreduce.am.hard-kill-timeout-ms",
   "yarn.app.mapreduce.am.job.client.port-range",
   "yarn.app.mapreduce.am.job.committer.cancel-timeout",
   "yarn.app.mapreduce.am.job.committer.commit-window",
   "yarn.app.mapreduce.am.job.task.listener.thread-count",
   "yarn.app.mapreduce.am.resource.cpu-vcores",
   "yarn.app.mapreduce.am.resource.mb",
   "yarn.app.mapreduce.am.scheduler.heartbeat.interval-ms",
   "yarn.app.mapreduce.am.staging-dir",
   "yarn.app.mapreduce.client-am.ipc.max-retries",
   "yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts",
   "yarn.app.mapreduce.client.job.max-retries",
   "yarn.app.mapreduce.client.job.retry-interval",
   "yarn.app.mapreduce.client.max-retries",
   "yarn.app.mapreduce.shuffle.log.backups",
   "yarn.app.mapreduce.shuffle.log.limit.kb",
   "yarn.app.mapreduce.shuffle.log.separate",
   "yarn.app.mapreduce.task.container.log.backups",
   "yarn.application.classpath",
   "yarn.client.application-client-protocol.poll-interval-ms",
   "yarn.client.failover-max-attempts",
   "yarn.client.failover-proxy-provider",
   "yarn.client.failover-retries",
   "yarn.client.failover-retries-on-socket-timeouts",
   "yarn.client.failover-sleep-base-ms",
   "yarn.client.failover-sleep-max-ms",
   "yarn.client.max-cached-nodemanagers-proxies",
   "yarn.client.nodemanager-client-async.thread-pool-max-size",
   "yarn.client.nodemanager-connect.max-wait-ms",
   "yarn.client.nodemanager-connect.retry-interval-ms",
   "yarn.dispatcher.drain-events.timeout",
   "yarn.fail-fast",
   "yarn.http.policy",
   "yarn.ipc.client.factory.class",
   "yarn.ipc.record.factory.class",
   "yarn.ipc.rpc.class",
   "yarn.ipc.server.factory.class",
   "yarn.log-aggregation-enable",
   "yarn.log-aggregation.retain-check-interval-seconds",
   "yarn.log-aggregation.retain-seconds",
   "yarn.nm.liveness-monitor.expiry-interval-ms",
   "yarn.nodemanager.address",
   "yarn.nodemanager.admin-env",
   "yarn.nodemanager.aux-services",
   "yarn.nodemanager.aux-services.mapreduce_shuffle.class",
   "yarn.nodemanager.bind-host",
   "yarn.nodemanager.container-executor.class",
   "yarn.nodemanager.container-manager.thread-count",
   "yarn.nodemanager.container-metrics.unregister-delay-ms",
   "yarn.nodemanager.container-monitor.interval-ms",
   "yarn.nodemanager.container-monitor.procfs-tree.smaps-based-rss.enabled",
   "yarn.nodemanager.container-monitor.resource-calculator.class",
   "yarn.nodemanager.delete.debug-delay-sec",
   "yarn.nodemanager.delete.thread-count",
   "yarn.nodemanager.disk-health-checker.interval-ms",
   "yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage",
   "yarn.nodemanager.disk-health-checker.min-free-space-per-disk-mb",
   "yarn.nodemanager.disk-health-checker.min-healthy-disks",
   "yarn.nodemanager.docker-container-executor.exec-name",
   "yarn.nodemanager.env-whitelist",
   "yarn.nodemanager.health-checker.interval-ms",
   "yarn.nodemanager.health-checker.script.opts",
   "yarn.nodemanager.health-checker.script.path",
   "yarn.nodemanager.health-checker.script.timeout-ms",
   "yarn.nodemanager.hostname",
   "yarn.nodemanager.keytab",
   "yarn.nodemanager.linux-container-executor.cgroups.hierarchy",
   "yarn.nodemanager.linux-container-executor.cgroups.mount",
   "yarn.nodemanager.linux-container-executor.cgroups.mount-path",
   "yarn.nodemanager.linux-container-executor.cgroups.strict-resource-usage",
   "yarn.nodemanager.linux-container-executor.nonsecure-mode.limit-users",
   "yarn.nodemanager.linux-container-executor.nonsecure-mode.local-user",
   "yarn.nodemanager.linux-container-executor.nonsecure-mode.user-pattern",
   "yarn.nodemanager.linux-container-executor.path",
   "yarn.nodemanager.linux-container-executor.resources-handler.class",
   "yarn.nodemanager.local-cache.max-files-per-directory",
   "yarn.nodemanager.local-dirs",
   "yarn.nodemanager.localizer.address",
   "yarn.nodemanager.localizer.cache.cleanup.interval-ms",
   "yarn.nodemanager.localizer.cache.target-size-mb",
   "yarn.nodemanager.localizer.client.thread-count",
   "yarn.nodemanager.localizer.fetch.thread-count",
   "yarn.nodemanager.log-aggregation.compression-type",
   "yarn.nodemanager.log-aggregation.roll-monitoring-interval-seconds",
   "yarn.nodemanager.log-dirs",
   "yarn.nodemanager.log.retain-seconds",
   "yarn.nodemanager.pmem-check-enabled",
   "yarn.nodemanager.principal",
   "yarn.nodemanager.process-kill-wait.ms",
   "yarn.nodemanager.recovery.compaction-interval-secs",
   "yarn.nodemanager.recovery.dir",
   "yarn.nodemanager.recovery.enabled",
   "yarn.nodemanager.remote-app-log-dir",
   "yarn.nodemanager.remote-app-log-dir-suffix",
   "yarn.nodemanager.resource.cpu-vcores",
   "yarn.nodemanager.resource.memory-mb",
   "yarn.nodemanager.resource.percentage-physical-cpu-limit",
   "yarn.nodemanager.resourcemanager.minimum.version",
   "yarn.nodemanager.sleep-delay-before-sigkill.ms",
   "yarn.nodemanager.vmem-check-enabled",
   "yarn.nodemanager.vmem-pmem-ratio",
   "yarn.nodemanager.webapp.address",
   "yarn.nodemanager.webapp.cross-origin.enabled",
   "yarn.nodemanager.windows-container.cpu-limit.enabled",
   "yarn.nodemanager.windows-container.memory-limit.enabled",
   "yarn.resourcemanager.address",
   "yarn.resourcemanager.admin.address",
   "yarn.resourcemanager.admin.client.thread-count",
   "yarn.resourcemanager.am-rm-tokens.master-key-rolling-interval-secs",
   "yarn.resourcemanager.am.max-attempts",
   "yarn.resourcemanager.amlauncher.thread-count",
   "yarn.resourcemanager.bind-host",
   "yarn.resourcemanager.client.thread-count",
   "yarn.resourcemanager.cluster-id",
   "yarn.resourcemanager.configuration.provider-class",
   "yarn.resourcemanager.connect.max-wait.ms",
   "yarn.resourcemanager.connect.retry-interval.ms",
   "yarn.resourcemanager.container-tokens.master-key-rolling-interval-secs",
   "yarn.resourcemanager.container.liveness-monitor.interval-ms",
   "yarn.resourcemanager.delayed.delegation-token.removal-interval-ms",
   "yarn.resourcemanager.fail-fast",
   "yarn.resourcemanager.fs.state-store.num-retries",
   "yarn.resourcemanager.fs.state-store.retry-interval-ms",
   "yarn.resourcemanager.fs.state-store.retry-policy-spec",
   "yarn.resourcemanager.fs.state-store.uri",
   "yarn.resourcemanager.ha.automatic-failover.embedded",
   "yarn.resourcemanager.ha.automatic-failover.enabled",
   "yarn.resourcemanager.ha.automatic-failover.zk-base-path",
   "yarn.resourcemanager.ha.enabled",
   "yarn.resourcemanager.ha.id",
   "yarn.resourcemanager.ha.rm-ids",
   "yarn.resourcemanager.hostname",
   "yarn.resourcemanager.keytab",
   "yarn.resourcemanager.leveldb-state-store.compaction-interval-secs",
   "yarn.resourcemanager.leveldb-state-store.path",
   "yarn.resourcemanager.max-completed-applications",
   "yarn.resourcemanager.nodemanager-connect-retries",
   "yarn.resourcemanager.nodemanager.minimum.version",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-ms",
   "yarn.resourcemanager.nodes.exclude-path",
   "yarn.resourcemanager.nodes.include-path",
   "yarn.resourcemanager.principal",
   "yarn.resourcemanager.proxy-user-privileges.enabled",
   "yarn.resourcemanager.recovery.enabled",
   "yarn.resourcemanager.resource-tracker.address",
   "yarn.resourcemanager.resource-tracker.client.thread-count",
   "yarn.resourcemanager.scheduler.address",
   "yarn.resourcemanager.scheduler.class",
   "yarn.resourcemanager.scheduler.client.thread-count",
   "yarn.resourcemanager.scheduler.monitor.enable",
   "yarn.resourcemanager.scheduler.monitor.policies",
   "yarn.resourcemanager.state-store.max-completed-applications",
   "yarn.resourcemanager.store.class",
   "yarn.resourcemanager.system-metrics-publisher.dispatcher.pool-size",
   "yarn.resourcemanager.system-metrics-publisher.enabled",
   "yarn.resourcemanager.webapp.address",
   "yarn.resourcemanager.webapp.cross-origin.enabled",
   "yarn.resourcemanager.webapp.delegation-token-auth-filter.enabled",
   "yarn.resourcemanager.webapp.https.address",
   "yarn.resourcemanager.work-preserving-recovery.enabled",
   "yarn.resourcemanager.work-preserving-recovery.scheduling-wait-ms",
   "yarn.resourcemanager.zk-acl",
   "yarn.resourcemanager.zk-address",
   "yarn.resourcemanager.zk-auth",
   "yarn.resourcemanager.zk-num-retries",
   "yarn.resourcemanager.zk-retry-interval-ms",
   "yarn.resourcemanager.zk-state-store.parent-path",
   "yarn.resourcemanager.zk-state-store.root-node.acl",
   "yarn.resourcemanager.zk-timeout-ms",
   "yarn.scheduler.maximum-allocation-mb",
   "yarn.scheduler.maximum-allocation-vcores",
   "yarn.scheduler.minimum-allocation-mb",
   "yarn.scheduler.minimum-allocation-vcores",
   "yarn.sharedcache.admin.address",
   "yarn.sharedcache.admin.thread-count",
   "yarn.sharedcache.app-checker.class",
   "yarn.sharedcache.checksum.algo.impl",
   "yarn.sharedcache.cleaner.initial-delay-mins",
   "yarn.sharedcache.cleaner.period-mins",
   "yarn.sharedcache.cleaner.resource-sleep-ms",
   "yarn.sharedcache.client-server.address",
   "yarn.sharedcache.client-server.thread-count",
   "yarn.sharedcache.enabled",
   "yarn.sharedcache.nested-level",
   "yarn.sharedcache.nm.uploader.replication.factor",
   "yarn.sharedcache.nm.uploader.thread-count",
   "yarn.sharedcache.root-dir",
   "yarn.sharedcache.store.class",
   "yarn.sharedcache.store.in-memory.check-period-mins",
   "yarn.sharedcache.store.in-memory.initial-delay-mins",
   "yarn.sharedcache.store.in-memory.staleness-period-mins",
   "yarn.sharedcache.uploader.server.address",
   "yarn.sharedcache.uploader.server.thread-count",
   "yarn.sharedcache.webapp.address",
   "yarn.timeline-service.address",
   "yarn.timeline-service.bind-host",
   "yarn.timeline-service.client.best-effort",
   "yarn.timeline-service.client.max-retries",
   "yarn.timeline-service.client.retry-interval-ms",
   "yarn.timeline-service.enabled",
   "yarn.timeline-service.generic-application-history.max-applications",
   "yarn.timeline-service.handler-thread-count",
   "yarn.timeline-service.hostname",
   "yarn.timeline-service.http-authentication.simple.anonymous.allowed",
   "yarn.timeline-service.http-authentication.type",
   "yarn.timeline-service.keytab",
   "yarn.timeline-service.leveldb-state-store.path",
   "yarn.timeline-service.leveldb-timeline-store.path",
   "yarn.timeline-service.leveldb-timeline-store.read-cache-size",
   "yarn.timeline-service.leveldb-timeline-store.start-time-read-cache-size",
   "yarn.timeline-service.leveldb-timeline-store.start-time-write-cache-size",
   "yarn.timeline-service.leveldb-timeline-store.ttl-interval-ms",
   "yarn.timeline-service.principal",
   "yarn.timeline-service.recovery.enabled",
   "yarn.timeline-service.state-store-class",
   "yarn.timeline-service.store-class",
   "yarn.timeline-service.ttl-enable",
   "yarn.timeline-service.ttl-ms",
   "yarn.timeline-service.ui-names",
   "yarn.timeline-service.webapp.address",
   "yarn.timeline-service.webapp.https.address",
   "yarn.web-proxy.address",
   "yarn.web-proxy.keytab",
   "yarn.web-proxy.principal"
  ],
  "alsoKnown": [
   "create.empty.dir.if.nonexist",
   "dfs.access.time.precision",
   "dfs.backup.address",
   "dfs.backup.http.address",
   "dfs.balance.bandwidthPerSec",
   "dfs.block.size",
   "dfs.data.dir",
   "dfs.datanode.max.xcievers",
   "dfs.df.interval",
   "dfs.federation.nameservice.id",
   "dfs.federation.nameservices",
   "dfs.ha.namenodes",
   "dfs.http.address",
   "dfs.https.address",
   "dfs.https.client.keystore.resource",
   "dfs.https.need.client.auth",
   "dfs.max-repl-streams",
   "dfs.max.objects",
   "dfs.name.dir",
   "dfs.name.dir.restore",
   "dfs.name.edits.dir",
   "dfs.namenode.backup.dnrpc-address",
   "dfs.permissions",
   "dfs.permissions.supergroup",
   "dfs.read.prefetch.size",
   "dfs.replication.considerLoad",
   "dfs.replication.interval",
   "dfs.replication.min",
   "dfs.replication.pending.timeout.sec",
   "dfs.safemode.extension",
   "dfs.safemode.threshold.pct",
   "dfs.secondary.http.address",
   "dfs.secondary.namenode.keytab.file",
   "dfs.socket.timeout",
   "dfs.umaskmode",
   "dfs.write.packet.size",
   "fs.checkpoint.dir",
   "fs.checkpoint.edits.dir",
   "fs.checkpoint.period",
   "fs.default.name",
   "hadoop.configured.node.mapping",
   "hadoop.job.history.location",
   "hadoop.native.lib",
   "hadoop.net.static.resolutions",
   "hadoop.pipes.command-file.keep",
   "hadoop.pipes.executable",
   "hadoop.pipes.executable.interpretor",
   "hadoop.pipes.java.mapper",
   "hadoop.pipes.java.recordreader",
   "hadoop.pipes.java.recordwriter",
   "hadoop.pipes.java.reducer",
   "hadoop.pipes.partitioner",
   "heartbeat.recheck.interval",
   "io.bytes.per.checksum",
   "io.sort.factor",
   "io.sort.mb",
   "io.sort.spill.percent",
   "job.end.notification.url",
   "job.end.retry.attempts",
   "job.end.retry.interval",
   "job.local.dir",
   "jobclient.completion.poll.interval",
   "jobclient.output.filter",
   "jobclient.progress.monitor.poll.interval",
   "keep.failed.task.files",
   "keep.task.files.pattern",
   "key.value.separator.in.input.line",
   "local.cache.size",
   "map.input.file",
   "map.input.length",
   "map.input.start",
   "map.output.key.field.separator",
   "map.output.key.value.fields.spec",
   "mapred.acls.enabled",
   "mapred.binary.partitioner.left.offset",
   "mapred.binary.partitioner.right.offset",
   "mapred.cache.archives",
   "mapred.cache.archives.timestamps",
   "mapred.cache.files",
   "mapred.cache.files.timestamps",
   "mapred.cache.localArchives",
   "mapred.cache.localFiles",
   "mapred.child.tmp",
   "mapred.cluster.average.blacklist.threshold",
   "mapred.cluster.map.memory.mb",
   "mapred.cluster.max.map.memory.mb",
   "mapred.cluster.max.reduce.memory.mb",
   "mapred.cluster.reduce.memory.mb",
   "mapred.committer.job.setup.cleanup.needed",
   "mapred.compress.map.output",
   "mapred.create.symlink",
   "mapred.data.field.separator",
   "mapred.debug.out.lines",
   "mapred.healthChecker.interval",
   "mapred.healthChecker.script.args",
   "mapred.healthChecker.script.path",
   "mapred.healthChecker.script.timeout",
   "mapred.heartbeats.in.second",
   "mapred.hosts",
   "mapred.hosts.exclude",
   "mapred.inmem.merge.threshold",
   "mapred.input.dir",
   "mapred.input.dir.formats",
   "mapred.input.dir.mappers",
   "mapred.input.pathFilter.class",
   "mapred.jar",
   "mapred.job.classpath.archives",
   "mapred.job.classpath.files",
   "mapred.job.id",
   "mapred.job.map.memory.mb",
   "mapred.job.name",
   "mapred.job.priority",
   "mapred.job.queue.name",
   "mapred.job.reduce.input.buffer.percent",
   "mapred.job.reduce.markreset.buffer.percent",
   "mapred.job.reduce.memory.mb",
   "mapred.job.reduce.total.mem.bytes",
   "mapred.job.reuse.jvm.num.tasks",
   "mapred.job.shuffle.input.buffer.percent",
   "mapred.job.shuffle.merge.percent",
   "mapred.job.tracker",
   "mapred.job.tracker.handler.count",
   "mapred.job.tracker.history.completed.location",
   "mapred.job.tracker.http.address",
   "mapred.job.tracker.jobhistory.lru.cache.size",
   "mapred.job.tracker.persist.jobstatus.active",
   "mapred.job.tracker.persist.jobstatus.dir",
   "mapred.job.tracker.persist.jobstatus.hours",
   "mapred.job.tracker.retire.jobs",
   "mapred.job.tracker.retiredjobs.cache.size",
   "mapred.jobinit.threads",
   "mapred.jobtracker.instrumentation",
   "mapred.jobtracker.job.history.block.size",
   "mapred.jobtracker.maxtasks.per.job",
   "mapred.jobtracker.restart.recover",
   "mapred.jobtracker.taskScheduler",
   "mapred.jobtracker.taskScheduler.maxRunningTasksPerJob",
   "mapred.jobtracker.taskalloc.capacitypad",
   "mapred.join.expr",
   "mapred.join.keycomparator",
   "mapred.lazy.output.format",
   "mapred.line.input.format.linespermap",
   "mapred.linerecordreader.maxlength",
   "mapred.local.dir",
   "mapred.local.dir.minspacekill",
   "mapred.local.dir.minspacestart",
   "mapred.map.child.env",
   "mapred.map.child.java.opts",
   "mapred.map.child.log.level",
   "mapred.map.max.attempts",
   "mapred.map.output.compression.codec",
   "mapred.map.task.debug.script",
   "mapred.map.tasks",
   "mapred.map.tasks.speculative.execution",
   "mapred.mapoutput.key.class",
   "mapred.mapoutput.value.class",
   "mapred.mapper.regex",
   "mapred.mapper.regex.group",
   "mapred.max.map.failures.percent",
   "mapred.max.reduce.failures.percent",
   "mapred.max.split.size",
   "mapred.max.tracker.blacklists",
   "mapred.max.tracker.failures",
   "mapred.merge.recordsBeforeProgress",
   "mapred.min.split.size",
   "mapred.min.split.size.per.node",
   "mapred.min.split.size.per.rack",
   "mapred.output.compress",
   "mapred.output.compression.codec",
   "mapred.output.compression.type",
   "mapred.output.dir",
   "mapred.output.key.class",
   "mapred.output.key.comparator.class",
   "mapred.output.value.class",
   "mapred.output.value.groupfn.class",
   "mapred.permissions.supergroup",
   "mapred.pipes.user.inputformat",
   "mapred.reduce.child.env",
   "mapred.reduce.child.java.opts",
   "mapred.reduce.child.log.level",
   "mapred.reduce.max.attempts",
   "mapred.reduce.parallel.copies",
   "mapred.reduce.slowstart.completed.maps",
   "mapred.reduce.task.debug.script",
   "mapred.reduce.tasks",
   "mapred.reduce.tasks.speculative.execution",
   "mapred.seqbinary.output.key.class",
   "mapred.seqbinary.output.value.class",
   "mapred.shuffle.connect.timeout",
   "mapred.shuffle.read.timeout",
   "mapred.skip.attempts.to.start.skipping",
   "mapred.skip.map.auto.incr.proc.count",
   "mapred.skip.map.max.skip.records",
   "mapred.skip.on",
   "mapred.skip.out.dir",
   "mapred.skip.reduce.auto.incr.proc.count",
   "mapred.skip.reduce.max.skip.groups",
   "mapred.speculative.execution.slowNodeThreshold",
   "mapred.speculative.execution.slowTaskThreshold",
   "mapred.speculative.execution.speculativeCap",
   "mapred.submit.replication",
   "mapred.system.dir",
   "mapred.task.cache.levels",
   "mapred.task.id",
   "mapred.task.is.map",
   "mapred.task.partition",
   "mapred.task.profile",
   "mapred.task.profile.maps",
   "mapred.task.profile.params",
   "mapred.task.profile.reduces",
   "mapred.task.timeout",
   "mapred.task.tracker.http.address",
   "mapred.task.tracker.report.address",
   "mapred.task.tracker.task-controller",
   "mapred.tasktracker.dns.interface",
   "mapred.tasktracker.dns.nameserver",
   "mapred.tasktracker.events.batchsize",
   "mapred.tasktracker.expiry.interval",
   "mapred.tasktracker.indexcache.mb",
   "mapred.tasktracker.instrumentation",
   "mapred.tasktracker.map.tasks.maximum",
   "mapred.tasktracker.memory_calculator_plugin",
   "mapred.tasktracker.memorycalculatorplugin",
   "mapred.tasktracker.reduce.tasks.maximum",
   "mapred.tasktracker.taskmemorymanager.monitoring-interval",
   "mapred.tasktracker.tasks.sleeptime-before-sigkill",
   "mapred.temp.dir",
   "mapred.text.key.comparator.options",
   "mapred.text.key.partitioner.options",
   "mapred.textoutputformat.separator",
   "mapred.tip.id",
   "mapred.used.genericoptionsparser",
   "mapred.userlog.limit.kb",
   "mapred.userlog.retain.hours",
   "mapred.work.output.dir",
   "mapred.working.dir",
   "mapreduce.combine.class",
   "mapreduce.inputformat.class",
   "mapreduce.job.cache.symlink.create",
   "mapreduce.job.counters.limit",
   "mapreduce.jobtracker.permissions.supergroup",
   "mapreduce.map.class",
   "mapreduce.outputformat.class",
   "mapreduce.partitioner.class",
   "mapreduce.reduce.class",
   "min.num.spills.for.combine",
   "reduce.output.key.value.fields.spec",
   "security.job.submission.protocol.acl",
   "security.task.umbilical.protocol.acl",
   "sequencefile.filter.class",
   "sequencefile.filter.frequency",
   "sequencefile.filter.regex",
   "session.id",
   "slave.host.name",
   "tasktracker.contention.tracking",
   "tasktracker.http.threads",
   "topology.node.switch.mapping.impl",
   "topology.script.file.name",
   "topology.script.number.args",
   "user.name",
   "webinterface.private.actions",
   "yarn.app.mapreduce.yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts"
  ],
  "templates": [
   "hadoop.security.crypto.codec.classes.EXAMPLECIPHERSUITE",
   "dfs.ha.namenodes.EXAMPLENAMESERVICE"
  ]
 },
 "3": {
  "candidates": [
   "adl.feature.ownerandgroup.enableupn",
   "adl.http.timeout",
   "adl.ssl.channel.mode",
   "datanode.https.port",
   "dfs.balancer.address",
   "dfs.balancer.block-move.timeout",
   "dfs.balancer.dispatcherThreads",
   "dfs.balancer.getBlocks.hot-time-interval",
   "dfs.balancer.getBlocks.min-block-size",
   "dfs.balancer.getBlocks.size",
   "dfs.balancer.kerberos.principal",
   "dfs.balancer.keytab.enabled",
   "dfs.balancer.keytab.file",
   "dfs.balancer.max-iteration-time",
   "dfs.balancer.max-no-move-interval",
   "dfs.balancer.max-size-to-move",
   "dfs.balancer.movedWinWidth",
   "dfs.balancer.moverThreads",
   "dfs.balancer.service.interval",
   "dfs.balancer.service.retries.on.exception",
   "dfs.batched.ls.limit",
   "dfs.block.access.key.update.interval",
   "dfs.block.access.token.enable",
   "dfs.block.access.token.lifetime",
   "dfs.block.access.token.protobuf.enable",
   "dfs.block.invalidate.limit",
   "dfs.block.local-path-access.user",
   "dfs.block.misreplication.processing.limit",
   "dfs.block.placement.ec.classname",
   "dfs.block.replicator.classname",
   "dfs.block.scanner.skip.recent.accessed",
   "dfs.block.scanner.volume.bytes.per.second",
   "dfs.block.scanner.volume.join.timeout.ms",
   "dfs.blockreport.incremental.intervalMsec",
   "dfs.blockreport.initialDelay",
   "dfs.blockreport.intervalMsec",
   "dfs.blockreport.split.threshold",
   "dfs.blocksize",
   "dfs.bytes-per-checksum",
   "dfs.cachereport.intervalMsec",
   "dfs.checksum.combine.mode",
   "dfs.checksum.ec.socket-timeout",
   "dfs.checksum.type",
   "dfs.client-write-packet-size",
   "dfs.client.block.reader.remote.buffer.size",
   "dfs.client.block.write.locateFollowingBlock.initial.delay.ms",
   "dfs.client.block.write.locateFollowingBlock.max.delay.ms",
   "dfs.client.block.write.locateFollowingBlock.retries",
   "dfs.client.block.write.replace-datanode-on-failure.best-effort",
   "dfs.client.block.write.replace-datanode-on-failure.enable",
   "dfs.client.block.write.replace-datanode-on-failure.min-replication",
   "dfs.client.block.write.replace-datanode-on-failure.policy",
   "dfs.client.block.write.retries",
   "dfs.client.cache.drop.behind.reads",
   "dfs.client.cache.drop.behind.writes",
   "dfs.client.cache.readahead",
   "dfs.client.cached.conn.retry",
   "dfs.client.congestion.backoff.max.time",
   "dfs.client.congestion.backoff.mean.time",
   "dfs.client.context",
   "dfs.client.datanode-restart.timeout",
   "dfs.client.deadnode.detection.enabled",
   "dfs.client.deadnode.detection.idle.sleep.ms",
   "dfs.client.deadnode.detection.probe.connection.timeout.ms",
   "dfs.client.deadnode.detection.probe.deadnode.interval.ms",
   "dfs.client.deadnode.detection.probe.deadnode.threads",
   "dfs.client.deadnode.detection.probe.suspectnode.interval.ms",
   "dfs.client.deadnode.detection.probe.suspectnode.threads",
   "dfs.client.deadnode.detection.rpc.threads",
   "dfs.client.domain.socket.data.traffic",
   "dfs.client.failover.connection.retries",
   "dfs.client.failover.connection.retries.on.timeouts",
   "dfs.client.failover.lazy.resolved",
   "dfs.client.failover.max.attempts",
   "dfs.client.failover.proxy.provider",
   "dfs.client.failover.random.order",
   "dfs.client.failover.resolve-needed",
   "dfs.client.failover.resolver.impl",
   "dfs.client.failover.resolver.useFQDN",
   "dfs.client.failover.sleep.base.millis",
   "dfs.client.failover.sleep.max.millis",
   "dfs.client.fsck.connect.timeout",
   "dfs.client.fsck.read.timeout",
   "dfs.client.hedged.read.threadpool.size",
   "dfs.client.hedged.read.threshold.millis",
   "dfs.client.https.keystore.resource",
   "dfs.client.https.need-auth",
   "dfs.client.ignore.namenode.default.kms.uri",
   "dfs.client.key.provider.cache.expiry",
   "dfs.client.local.interfaces",
   "dfs.client.mark.slownode.as.badnode.threshold",
   "dfs.client.max.block.acquire.failures",
   "dfs.client.mmap.cache.size",
   "dfs.client.mmap.cache.timeout.ms",
   "dfs.client.mmap.enabled",
   "dfs.client.mmap.retry.timeout.ms",
   "dfs.client.output.stream.uniq.default.key",
   "dfs.client.pipeline.recovery.max-retries",
   "dfs.client.rbf.observer.read.enable",
   "dfs.client.read.prefetch.size",
   "dfs.client.read.short.circuit.replica.stale.threshold.ms",
   "dfs.client.read.shortcircuit",
   "dfs.client.read.shortcircuit.buffer.size",
   "dfs.client.read.shortcircuit.skip.checksum",
   "dfs.client.read.shortcircuit.streams.cache.expiry.ms",
   "dfs.client.read.shortcircuit.streams.cache.size",
   "dfs.client.read.striped.threadpool.size",
   "dfs.client.read.uri.cache.enabled",
   "dfs.client.read.use.cache.priority",
   "dfs.client.refresh.read-block-locations.ms",
   "dfs.client.refresh.read-block-locations.register-automatically",
   "dfs.client.refresh.read-block-locations.threads",
   "dfs.client.replica.accessor.builder.classes",
   "dfs.client.retry.interval-ms.get-last-block-length",
   "dfs.client.retry.max.attempts",
   "dfs.client.retry.policy.enabled",
   "dfs.client.retry.policy.spec",
   "dfs.client.retry.times.get-last-block-length",
   "dfs.client.retry.window.base",
   "dfs.client.server-defaults.validity.period.ms",
   "dfs.client.short.circuit.num",
   "dfs.client.short.circuit.replica.stale.threshold.ms",
   "dfs.client.slow.io.warning.threshold.ms",
   "dfs.client.socket-timeout",
   "dfs.client.socket.send.buffer.size",
   "dfs.client.socketcache.capacity",
   "dfs.client.socketcache.expiryMsec",
   "dfs.client.test.drop.namenode.response.number",
   "dfs.client.use.datanode.hostname",
   "dfs.client.use.legacy.blockreader.local",
   "dfs.client.write.byte-array-manager.count-limit",
   "dfs.client.write.byte-array-manager.count-reset-time-period-ms",
   "dfs.client.write.byte-array-manager.count-threshold",
   "dfs.client.write.byte-array-manager.enabled",
   "dfs.client.write.exclude.nodes.cache.expiry.interval.millis",
   "dfs.client.write.max-packets-in-flight",
   "dfs.client.write.recover.lease.on.close.exception",
   "dfs.cluster.administrators",
   "dfs.content-summary.limit",
   "dfs.content-summary.sleep-microsec",
   "dfs.data.transfer.client.tcpnodelay",
   "dfs.data.transfer.max.packet.size",
   "dfs.data.transfer.protection",
   "dfs.data.transfer.saslproperties.resolver.class",
   "dfs.data.transfer.server.tcpnodelay",
   "dfs.datanode.address",
   "dfs.datanode.available-space-volume-choosing-policy.balanced-space-preference-fraction",
   "dfs.datanode.available-space-volume-choosing-policy.balanced-space-threshold",
   "dfs.datanode.balance.bandwidthPerSec",
   "dfs.datanode.balance.max.concurrent.moves",
   "dfs.datanode.block-pinning.enabled",
   "dfs.datanode.block.id.layout.upgrade.threads",
   "dfs.datanode.bp-ready.timeout",
   "dfs.datanode.cache.revocation.polling.ms",
   "dfs.datanode.cache.revocation.timeout.ms",
   "dfs.datanode.cached-dfsused.check.interval.ms",
   "dfs.datanode.data.dir",
   "dfs.datanode.data.dir.perm",
   "dfs.datanode.data.read.bandwidthPerSec",
   "dfs.datanode.data.transfer.bandwidthPerSec",
   "dfs.datanode.data.write.bandwidthPerSec",
   "dfs.datanode.directoryscan.interval",
   "dfs.datanode.directoryscan.max.notify.count",
   "dfs.datanode.directoryscan.threads",
   "dfs.datanode.directoryscan.throttle.limit.ms.per.sec",
   "dfs.datanode.disk.check.min.gap",
   "dfs.datanode.disk.check.timeout",
   "dfs.datanode.dns.interface",
   "dfs.datanode.dns.nameserver",
   "dfs.datanode.drop.cache.behind.reads",
   "dfs.datanode.drop.cache.behind.writes",
   "dfs.datanode.du.reserved",
   "dfs.datanode.du.reserved.calculator",
   "dfs.datanode.du.reserved.pct",
   "dfs.datanode.ec.reconstruct.read.bandwidthPerSec",
   "dfs.datanode.ec.reconstruct.write.bandwidthPerSec",
   "dfs.datanode.ec.reconstruction.stripedread.buffer.size",
   "dfs.datanode.ec.reconstruction.stripedread.timeout.millis",
   "dfs.datanode.ec.reconstruction.threads",
   "dfs.datanode.ec.reconstruction.validation",
   "dfs.datanode.ec.reconstruction.xmits.weight",
   "dfs.datanode.failed.volumes.tolerated",
   "dfs.datanode.fileio.profiling.sampling.percentage",
   "dfs.datanode.fixed.volume.size",
   "dfs.datanode.fsdataset.factory",
   "dfs.datanode.fsdataset.volume.choosing.policy",
   "dfs.datanode.fsdatasetasyncdisk.max.threads.per.volume",
   "dfs.datanode.fsdatasetcache.max.threads.per.volume",
   "dfs.datanode.handler.count",
   "dfs.datanode.hostname",
   "dfs.datanode.http.address",
   "dfs.datanode.http.internal-proxy.port",
   "dfs.datanode.https.address",
   "dfs.datanode.httpserver.filter.handlers",
   "dfs.datanode.ipc.address",
   "dfs.datanode.kerberos.principal",
   "dfs.datanode.keytab.file",
   "dfs.datanode.lazywriter.interval.sec",
   "dfs.datanode.lifeline.interval.seconds",
   "dfs.datanode.lock.fair",
   "dfs.datanode.lockmanager.trace",
   "dfs.datanode.max.disks.to.report",
   "dfs.datanode.max.locked.memory",
   "dfs.datanode.max.nodes.to.report",
   "dfs.datanode.max.slowdisks.to.exclude",
   "dfs.datanode.max.transfer.threads",
   "dfs.datanode.metrics.logger.period.seconds",
   "dfs.datanode.min.outlier.detection.disks",
   "dfs.datanode.min.outlier.detection.nodes",
   "dfs.datanode.nameservices.resolution-enabled",
   "dfs.datanode.nameservices.resolver.impl",
   "dfs.datanode.network.counts.cache.max.size",
   "dfs.datanode.oob.timeout-ms",
   "dfs.datanode.outliers.report.interval",
   "dfs.datanode.parallel.volumes.load.threads.num",
   "dfs.datanode.peer.metrics.min.outlier.detection.samples",
   "dfs.datanode.peer.stats.enabled",
   "dfs.datanode.plugins",
   "dfs.datanode.pmem.cache.dirs",
   "dfs.datanode.pmem.cache.recovery",
   "dfs.datanode.processcommands.threshold",
   "dfs.datanode.ram.disk.replica.tracker",
   "dfs.datanode.readahead.bytes",
   "dfs.datanode.reconcile.blocks.batch.interval",
   "dfs.datanode.reconcile.blocks.batch.size",
   "dfs.datanode.replica.cache.expiry.time",
   "dfs.datanode.replica.cache.root.dir",
   "dfs.datanode.reserve-for-archive.default.percentage",
   "dfs.datanode.restart.replica.expiration",
   "dfs.datanode.round-robin-volume-choosing-policy.additional-available-space",
   "dfs.datanode.same-disk-tiering.capacity-ratio.percentage",
   "dfs.datanode.same-disk-tiering.enabled",
   "dfs.datanode.scan.period.hours",
   "dfs.datanode.shared.file.descriptor.paths",
   "dfs.datanode.slow.io.warning.threshold.ms",
   "dfs.datanode.slowdisk.low.threshold.ms",
   "dfs.datanode.slowpeer.low.threshold.ms",
   "dfs.datanode.socket.reuse.keepalive",
   "dfs.datanode.socket.write.timeout",
   "dfs.datanode.sync.behind.writes",
   "dfs.datanode.sync.behind.writes.in.background",
   "dfs.datanode.transfer.socket.recv.buffer.size",
   "dfs.datanode.transfer.socket.send.buffer.size",
   "dfs.datanode.transferTo.allowed",
   "dfs.datanode.use.datanode.hostname",
   "dfs.datanode.volumes.replica-add.threadpool.size",
   "dfs.default.chunk.view.size",
   "dfs.disk.balancer.block.tolerance.percent",
   "dfs.disk.balancer.enabled",
   "dfs.disk.balancer.max.disk.errors",
   "dfs.disk.balancer.max.disk.throughputInMBperSec",
   "dfs.disk.balancer.plan.threshold.percent",
   "dfs.disk.balancer.plan.valid.interval",
   "dfs.domain.socket.disable.interval.seconds",
   "dfs.domain.socket.path",
   "dfs.edit.log.transfer.bandwidthPerSec",
   "dfs.edit.log.transfer.timeout",
   "dfs.encrypt.data.overwrite.downstream.derived.qop",
   "dfs.encrypt.data.overwrite.downstream.new.qop",
   "dfs.encrypt.data.transfer",
   "dfs.encrypt.data.transfer.algorithm",
   "dfs.encrypt.data.transfer.cipher.key.bitlength",
   "dfs.encrypt.data.transfer.cipher.suites",
   "dfs.ha.allow.stale.reads",
   "dfs.ha.automatic-failover.enabled",
   "dfs.ha.fencing.methods",
   "dfs.ha.fencing.ssh.connect-timeout",
   "dfs.ha.fencing.ssh.private-key-files",
   "dfs.ha.log-roll.period",
   "dfs.ha.namenode.id",
   "dfs.ha.nn.not-become-active-in-safemode",
   "dfs.ha.standby.checkpoints",
   "dfs.ha.tail-edits.in-progress",
   "dfs.ha.tail-edits.namenode-retries",
   "dfs.ha.tail-edits.period",
   "dfs.ha.tail-edits.period.backoff-max",
   "dfs.ha.tail-edits.rolledits.timeout",
   "dfs.ha.zkfc.client.ssl.enabled",
   "dfs.ha.zkfc.nn.http.timeout.ms",
   "dfs.ha.zkfc.port",
   "dfs.heartbeat.interval",
   "dfs.hosts",
   "dfs.hosts.exclude",
   "dfs.http.client.failover.max.attempts",
   "dfs.http.client.failover.sleep.base.millis",
   "dfs.http.client.failover.sleep.max.millis",
   "dfs.http.client.retry.max.attempts",
   "dfs.http.client.retry.policy.enabled",
   "dfs.http.client.retry.policy.spec",
   "dfs.http.policy",
   "dfs.https.server.keystore.resource",
   "dfs.image.compress",
   "dfs.image.compression.codec",
   "dfs.image.parallel.inode.threshold",
   "dfs.image.parallel.load",
   "dfs.image.parallel.target.sections",
   "dfs.image.parallel.threads",
   "dfs.image.transfer-bootstrap-standby.bandwidthPerSec",
   "dfs.image.transfer.bandwidthPerSec",
   "dfs.image.transfer.chunksize",
   "dfs.image.transfer.timeout",
   "dfs.internal.nameservices",
   "dfs.journalnode.edit-cache-size.bytes",
   "dfs.journalnode.edit-cache-size.fraction",
   "dfs.journalnode.edits.dir",
   "dfs.journalnode.edits.dir.perm",
   "dfs.journalnode.enable.sync",
   "dfs.journalnode.handler.count",
   "dfs.journalnode.http-address",
   "dfs.journalnode.http-bind-host",
   "dfs.journalnode.https-address",
   "dfs.journalnode.https-bind-host",
   "dfs.journalnode.kerberos.internal.spnego.principal",
   "dfs.journalnode.kerberos.principal",
   "dfs.journalnode.keytab.file",
   "dfs.journalnode.rpc-address",
   "dfs.journalnode.rpc-bind-host",
   "dfs.journalnode.sync.interval",
   "dfs.lock.suppress.warning.interval",
   "dfs.ls.limit",
   "dfs.metrics.percentiles.intervals",
   "dfs.metrics.session-id",
   "dfs.mover.address",
   "dfs.mover.kerberos.principal",
   "dfs.mover.keytab.enabled",
   "dfs.mover.keytab.file",
   "dfs.mover.max-no-move-interval",
   "dfs.mover.movedWinWidth",
   "dfs.mover.moverThreads",
   "dfs.mover.retry.max.attempts",
   "dfs.namenode.access-control-enforcer-reporting-threshold-ms",
   "dfs.namenode.accesstime.precision",
   "dfs.namenode.acls.enabled",
   "dfs.namenode.audit.log.debug.cmdlist",
   "dfs.namenode.audit.log.token.tracking.id",
   "dfs.namenode.audit.log.with.remote.port",
   "dfs.namenode.audit.loggers",
   "dfs.namenode.available-space-block-placement-policy.balance-local-node",
   "dfs.namenode.available-space-block-placement-policy.balanced-space-preference-fraction",
   "dfs.namenode.available-space-block-placement-policy.balanced-space-tolerance",
   "dfs.namenode.available-space-block-placement-policy.balanced-space-tolerance-limit",
   "dfs.namenode.available-space-rack-fault-tolerant-block-placement-policy.balanced-space-preference-fraction",
   "dfs.namenode.available-space-rack-fault-tolerant-block-placement-policy.balanced-space-tolerance",
   "dfs.namenode.avoid.read.slow.datanode",
   "dfs.namenode.avoid.read.stale.datanode",
   "dfs.namenode.avoid.write.stale.datanode",
   "dfs.namenode.backup.address",
   "dfs.namenode.backup.dnrpc-address",
   "dfs.namenode.backup.http-address",
   "dfs.namenode.block-placement-policy.default.prefer-local-node",
   "dfs.namenode.block-placement-policy.exclude-slow-nodes.enabled",
   "dfs.namenode.block-placement.min-blocks-for.write",
   "dfs.namenode.block.deletion.lock.threshold.ms",
   "dfs.namenode.block.deletion.unlock.interval.ms",
   "dfs.namenode.blockreport.max.lock.hold.time",
   "dfs.namenode.blockreport.queue.size",
   "dfs.namenode.blocks.per.postponedblocks.rescan",
   "dfs.namenode.caching.enabled",
   "dfs.namenode.checkpoint.check.period",
   "dfs.namenode.checkpoint.check.quiet-multiplier",
   "dfs.namenode.checkpoint.dir",
   "dfs.namenode.checkpoint.edits.dir",
   "dfs.namenode.checkpoint.max-retries",
   "dfs.namenode.checkpoint.period",
   "dfs.namenode.checkpoint.txns",
   "dfs.namenode.corrupt.block.delete.immediately.enabled",
   "dfs.namenode.crm.checklocktime.enable",
   "dfs.namenode.crm.maxlocktime.ms",
   "dfs.namenode.crm.sleeptime.ms",
   "dfs.namenode.datanode.registration.ip-hostname-check",
   "dfs.namenode.decommission.backoff.monitor.pending.blocks.per.lock",
   "dfs.namenode.decommission.backoff.monitor.pending.limit",
   "dfs.namenode.decommission.blocks.per.interval",
   "dfs.namenode.decommission.interval",
   "dfs.namenode.decommission.max.concurrent.tracked.nodes",
   "dfs.namenode.decommission.monitor.class",
   "dfs.namenode.delegation.key.update-interval",
   "dfs.namenode.delegation.token.always-use",
   "dfs.namenode.delegation.token.max-lifetime",
   "dfs.namenode.delegation.token.renew-interval",
   "dfs.namenode.ec.policies.max.cellsize",
   "dfs.namenode.ec.system.default.policy",
   "dfs.namenode.ec.userdefined.policy.allowed",
   "dfs.namenode.edekcacheloader.initial.delay.ms",
   "dfs.namenode.edekcacheloader.interval.ms",
   "dfs.namenode.edit.log.autoroll.check.interval.ms",
   "dfs.namenode.edit.log.autoroll.multiplier.threshold",
   "dfs.namenode.edits.asynclogging",
   "dfs.namenode.edits.asynclogging.pending.queue.size",
   "dfs.namenode.edits.dir",
   "dfs.namenode.edits.dir.minimum",
   "dfs.namenode.edits.dir.required",
   "dfs.namenode.edits.journal-plugin",
   "dfs.namenode.edits.journal-plugin.qjournal",
   "dfs.namenode.edits.noeditlogchannelflush",
   "dfs.namenode.edits.qjournals.resolution-enabled",
   "dfs.namenode.edits.qjournals.resolver.impl",
   "dfs.namenode.enable.log.stale.datanode",
   "dfs.namenode.enable.retrycache",
   "dfs.namenode.excess.redundancy.timeout-sec",
   "dfs.namenode.excess.redundancy.timeout.check.limit",
   "dfs.namenode.file.close.num-committed-allowed",
   "dfs.namenode.fs-limits.max-blocks-per-file",
   "dfs.namenode.fs-limits.max-component-length",
   "dfs.namenode.fs-limits.max-directory-items",
   "dfs.namenode.fs-limits.max-xattr-size",
   "dfs.namenode.fs-limits.max-xattrs-per-inode",
   "dfs.namenode.fs-limits.min-block-size",
   "dfs.namenode.fslock.fair",
   "dfs.namenode.full.block.report.lease.length.ms",
   "dfs.namenode.gc.time.monitor.enable",
   "dfs.namenode.gc.time.monitor.observation.window.ms",
   "dfs.namenode.gc.time.monitor.sleep.interval.ms",
   "dfs.namenode.get-blocks.check.operation",
   "dfs.namenode.get-blocks.max-qps",
   "dfs.namenode.handler.count",
   "dfs.namenode.heartbeat.recheck-interval",
   "dfs.namenode.hosts.provider.classname",
   "dfs.namenode.http-address",
   "dfs.namenode.http-bind-host",
   "dfs.namenode.https-address",
   "dfs.namenode.https-bind-host",
   "dfs.namenode.inode.attributes.provider.bypass.users",
   "dfs.namenode.inode.attributes.provider.class",
   "dfs.namenode.inotify.max.events.per.rpc",
   "dfs.namenode.invalidate.work.pct.per.iteration",
   "dfs.namenode.ip-proxy-users",
   "dfs.namenode.kerberos.internal.spnego.principal",
   "dfs.namenode.kerberos.principal",
   "dfs.namenode.kerberos.principal.pattern",
   "dfs.namenode.keytab.file",
   "dfs.namenode.lazypersist.file.scrub.interval.sec",
   "dfs.namenode.lease-hard-limit-sec",
   "dfs.namenode.lease-recheck-interval-ms",
   "dfs.namenode.legacy-oiv-image.dir",
   "dfs.namenode.lifeline.handler.count",
   "dfs.namenode.lifeline.handler.ratio",
   "dfs.namenode.lifeline.rpc-address",
   "dfs.namenode.lifeline.rpc-bind-host",
   "dfs.namenode.list.cache.directives.num.responses",
   "dfs.namenode.list.cache.pools.num.responses",
   "dfs.namenode.list.encryption.zones.num.responses",
   "dfs.namenode.list.openfiles.num.responses",
   "dfs.namenode.list.reencryption.status.num.responses",
   "dfs.namenode.lock.detailed-metrics.enabled",
   "dfs.namenode.maintenance.replication.min",
   "dfs.namenode.max-corrupt-file-blocks-returned",
   "dfs.namenode.max-lock-hold-to-release-lease-ms",
   "dfs.namenode.max-num-blocks-to-log",
   "dfs.namenode.max.extra.edits.segments.retained",
   "dfs.namenode.max.full.block.report.leases",
   "dfs.namenode.max.objects",
   "dfs.namenode.max.op.size",
   "dfs.namenode.max.slowpeer.collect.nodes",
   "dfs.namenode.metrics.logger.period.seconds",
   "dfs.namenode.missing.checkpoint.periods.before.shutdown",
   "dfs.namenode.name.cache.threshold",
   "dfs.namenode.name.dir",
   "dfs.namenode.name.dir.restore",
   "dfs.namenode.num.checkpoints.retained",
   "dfs.namenode.num.extra.edits.retained",
   "dfs.namenode.observer.enabled",
   "dfs.namenode.path.based.cache.block.map.allocation.percent",
   "dfs.namenode.path.based.cache.refresh.interval.ms",
   "dfs.namenode.path.based.cache.retry.interval.ms",
   "dfs.namenode.plugins",
   "dfs.namenode.posix.acl.inheritance.enabled",
   "dfs.namenode.provided.enabled",
   "dfs.namenode.quota.init-threads",
   "dfs.namenode.read-lock-reporting-threshold-ms",
   "dfs.namenode.read.considerLoad",
   "dfs.namenode.read.considerStorageType",
   "dfs.namenode.reconstruction.pending.timeout-sec",
   "dfs.namenode.redundancy.considerLoad",
   "dfs.namenode.redundancy.considerLoad.factor",
   "dfs.namenode.redundancy.considerLoadByStorageType",
   "dfs.namenode.redundancy.considerLoadByVolume",
   "dfs.namenode.redundancy.interval",
   "dfs.namenode.redundancy.interval.seconds",
   "dfs.namenode.redundancy.queue.restart.iterations",
   "dfs.namenode.reencrypt.batch.size",
   "dfs.namenode.reencrypt.edek.threads",
   "dfs.namenode.reencrypt.sleep.interval",
   "dfs.namenode.reencrypt.throttle.limit.handler.ratio",
   "dfs.namenode.reencrypt.throttle.limit.updater.ratio",
   "dfs.namenode.reject-unresolved-dn-topology-mapping",
   "dfs.namenode.remove.dead.datanode.batchnum",
   "dfs.namenode.replication.max-streams",
   "dfs.namenode.replication.max-streams-hard-limit",
   "dfs.namenode.replication.min",
   "dfs.namenode.replication.work.multiplier.per.iteration",
   "dfs.namenode.resource.check.interval",
   "dfs.namenode.resource.checked.volumes",
   "dfs.namenode.resource.checked.volumes.minimum",
   "dfs.namenode.resource.du.reserved",
   "dfs.namenode.retrycache.expirytime.millis",
   "dfs.namenode.retrycache.heap.percent",
   "dfs.namenode.rpc-address",
   "dfs.namenode.rpc-address.auxiliary-ports",
   "dfs.namenode.rpc-bind-host",
   "dfs.namenode.safemode.extension",
   "dfs.namenode.safemode.min.datanodes",
   "dfs.namenode.safemode.recheck.interval",
   "dfs.namenode.safemode.replication.min",
   "dfs.namenode.safemode.threshold-pct",
   "dfs.namenode.secondary.http-address",
   "dfs.namenode.secondary.https-address",
   "dfs.namenode.send.qop.enabled",
   "dfs.namenode.service.handler.count",
   "dfs.namenode.servicerpc-address",
   "dfs.namenode.servicerpc-bind-host",
   "dfs.namenode.shared.edits.dir",
   "dfs.namenode.slowpeer.collect.interval",
   "dfs.namenode.snapshot.capture.openfiles",
   "dfs.namenode.snapshot.filesystem.limit",
   "dfs.namenode.snapshot.max.limit",
   "dfs.namenode.snapshot.skip.capture.accesstime-only-change",
   "dfs.namenode.snapshot.skiplist.interval",
   "dfs.namenode.snapshot.skiplist.max.levels",
   "dfs.namenode.snapshotdiff.allow.snap-root-descendant",
   "dfs.namenode.snapshotdiff.listing.limit",
   "dfs.namenode.stale.datanode.interval",
   "dfs.namenode.stale.datanode.minimum.interval",
   "dfs.namenode.startup.delay.block.deletion.sec",
   "dfs.namenode.state.context.enabled",
   "dfs.namenode.storage.dir.perm",
   "dfs.namenode.support.allow.format",
   "dfs.namenode.top.enabled",
   "dfs.namenode.top.num.users",
   "dfs.namenode.top.window.num.buckets",
   "dfs.namenode.top.windows.minutes",
   "dfs.namenode.upgrade.domain.factor",
   "dfs.namenode.write-lock-reporting-threshold-ms",
   "dfs.namenode.write.stale.datanode.ratio",
   "dfs.namenode.xattrs.enabled",
   "dfs.nameservice.id",
   "dfs.nameservices",
   "dfs.net.topology.impl",
   "dfs.permissions.ContentSummary.subAccess",
   "dfs.permissions.allow.owner.set.quota",
   "dfs.permissions.enabled",
   "dfs.permissions.superusergroup",
   "dfs.pipeline.congestion.ratio",
   "dfs.pipeline.ecn",
   "dfs.pipeline.slownode",
   "dfs.protected.subdirectories.enable",
   "dfs.provided.acls.import.enabled",
   "dfs.provided.aliasmap.class",
   "dfs.provided.aliasmap.inmemory.batch-size",
   "dfs.provided.aliasmap.inmemory.dnrpc-address",
   "dfs.provided.aliasmap.inmemory.enabled",
   "dfs.provided.aliasmap.inmemory.leveldb.dir",
   "dfs.provided.aliasmap.inmemory.rpc.bind-host",
   "dfs.provided.aliasmap.inmemory.server.log",
   "dfs.provided.aliasmap.leveldb.path",
   "dfs.provided.aliasmap.load.retries",
   "dfs.provided.aliasmap.text.codec",
   "dfs.provided.aliasmap.text.delimiter",
   "dfs.provided.aliasmap.text.read.file",
   "dfs.provided.aliasmap.text.write.dir",
   "dfs.provided.storage.id",
   "dfs.qjm.operations.timeout",
   "dfs.qjournal.accept-recovery.timeout.ms",
   "dfs.qjournal.finalize-segment.timeout.ms",
   "dfs.qjournal.get-journal-state.timeout.ms",
   "dfs.qjournal.http.open.timeout.ms",
   "dfs.qjournal.http.read.timeout.ms",
   "dfs.qjournal.new-epoch.timeout.ms",
   "dfs.qjournal.parallel-read.num-threads",
   "dfs.qjournal.prepare-recovery.timeout.ms",
   "dfs.qjournal.queued-edits.limit.mb",
   "dfs.qjournal.select-input-streams.timeout.ms",
   "dfs.qjournal.start-segment.timeout.ms",
   "dfs.qjournal.write-txns.timeout.ms",
   "dfs.quota.by.storage.type.enabled",
   "dfs.reformat.disabled",
   "dfs.replication",
   "dfs.replication.max",
   "dfs.secondary.namenode.kerberos.internal.spnego.principal",
   "dfs.secondary.namenode.kerberos.principal",
   "dfs.secondary.namenode.keytab.file",
   "dfs.short.circuit.shared.memory.watcher.interrupt.check.ms",
   "dfs.storage.default.policy",
   "dfs.storage.policy.enabled",
   "dfs.storage.policy.permissions.superuser-only",
   "dfs.storage.policy.satisfier.address",
   "dfs.storage.policy.satisfier.datanode.cache.refresh.interval.ms",
   "dfs.storage.policy.satisfier.kerberos.principal",
   "dfs.storage.policy.satisfier.keytab.file",
   "dfs.storage.policy.satisfier.max.outstanding.paths",
   "dfs.storage.policy.satisfier.mode",
   "dfs.storage.policy.satisfier.move.task.retry.max.attempts",
   "dfs.storage.policy.satisfier.queue.limit",
   "dfs.storage.policy.satisfier.recheck.timeout.millis",
   "dfs.storage.policy.satisfier.retry.max.attempts",
   "dfs.storage.policy.satisfier.self.retry.timeout.millis",
   "dfs.storage.policy.satisfier.work.multiplier.per.iteration",
   "dfs.stream-buffer-size",
   "dfs.trustedchannel.resolver.class",
   "dfs.use.dfs.network.topology",
   "dfs.user.home.dir.prefix",
   "dfs.web.authentication.kerberos.keytab",
   "dfs.web.authentication.kerberos.principal",
   "dfs.web.authentication.simple.anonymous.allowed",
   "dfs.webhdfs.acl.provider.permission.pattern",
   "dfs.webhdfs.netty.high.watermark",
   "dfs.webhdfs.netty.low.watermark",
   "dfs.webhdfs.oauth2.access.token.provider",
   "dfs.webhdfs.oauth2.client.id",
   "dfs.webhdfs.oauth2.enabled",
   "dfs.webhdfs.oauth2.refresh.url",
   "dfs.webhdfs.rest-csrf.browser-useragents-regex",
   "dfs.webhdfs.rest-csrf.custom-header",
   "dfs.webhdfs.rest-csrf.enabled",
   "dfs.webhdfs.rest-csrf.methods-to-ignore",
   "dfs.webhdfs.socket.connect-timeout",
   "dfs.webhdfs.socket.read-timeout",
   "dfs.webhdfs.ugi.expire.after.access",
   "dfs.webhdfs.use.ipc.callq",
   "dfs.webhdfs.user.provider.user.pattern",
   "dfs.xframe.enabled",
   "dfs.xframe.value",
   "file.blocksize",
   "file.bytes-per-checksum",
   "file.client-write-packet-size",
   "file.replication",
   "file.stream-buffer-size",
   "fs.AbstractFileSystem.abfs.impl",
   "fs.AbstractFileSystem.abfss.impl",
   "fs.AbstractFileSystem.adl.impl",
   "fs.AbstractFileSystem.file.impl",
   "fs.AbstractFileSystem.ftp.impl",
   "fs.AbstractFileSystem.gs.impl",
   "fs.AbstractFileSystem.har.impl",
   "fs.AbstractFileSystem.hdfs.impl",
   "fs.AbstractFileSystem.o3fs.impl",
   "fs.AbstractFileSystem.ofs.impl",
   "fs.AbstractFileSystem.s3a.impl",
   "fs.AbstractFileSystem.swebhdfs.impl",
   "fs.AbstractFileSystem.viewfs.impl",
   "fs.AbstractFileSystem.wasb.impl",
   "fs.AbstractFileSystem.wasbs.impl",
   "fs.AbstractFileSystem.webhdfs.impl",
   "fs.abfs.impl",
   "fs.abfss.impl",
   "fs.adl.impl",
   "fs.adl.oauth2.access.token.provider",
   "fs.adl.oauth2.access.token.provider.type",
   "fs.adl.oauth2.client.id",
   "fs.adl.oauth2.credential",
   "fs.adl.oauth2.devicecode.clientapp.id",
   "fs.adl.oauth2.msi.port",
   "fs.adl.oauth2.refresh.token",
   "fs.adl.oauth2.refresh.url",
   "fs.automatic.close",
   "fs.azure.authorization",
   "fs.azure.authorization.caching.enable",
   "fs.azure.buffer.dir",
   "fs.azure.enable.readahead",
   "fs.azure.local.sas.key.mode",
   "fs.azure.sas.expiry.period",
   "fs.azure.saskey.usecontainersaskeyforallaccess",
   "fs.azure.secure.mode",
   "fs.azure.user.agent.prefix",
   "fs.client.htrace.sampler.classes",
   "fs.client.resolve.remote.symlinks",
   "fs.client.resolve.topology.enabled",
   "fs.creation.parallel.count",
   "fs.defaultFS",
   "fs.df.interval",
   "fs.du.interval",
   "fs.file.impl",
   "fs.ftp.data.connection.mode",
   "fs.ftp.host",
   "fs.ftp.host.port",
   "fs.ftp.impl",
   "fs.ftp.timeout",
   "fs.ftp.transfer.mode",
   "fs.getspaceused.classname",
   "fs.getspaceused.jitterMillis",
   "fs.har.impl.disable.cache",
   "fs.iostatistics.logging.level",
   "fs.iostatistics.thread.level.enabled",
   "fs.permissions.umask-mode",
   "fs.protected.directories",
   "fs.s3a.access.key",
   "fs.s3a.accesspoint.required",
   "fs.s3a.acl.default",
   "fs.s3a.assumed.role.arn",
   "fs.s3a.assumed.role.credentials.provider",
   "fs.s3a.assumed.role.policy",
   "fs.s3a.assumed.role.session.duration",
   "fs.s3a.assumed.role.session.name",
   "fs.s3a.assumed.role.sts.endpoint",
   "fs.s3a.assumed.role.sts.endpoint.region",
   "fs.s3a.attempts.maximum",
   "fs.s3a.audit.enabled",
   "fs.s3a.aws.credentials.provider",
   "fs.s3a.block.size",
   "fs.s3a.buffer.dir",
   "fs.s3a.change.detection.mode",
   "fs.s3a.change.detection.source",
   "fs.s3a.change.detection.version.required",
   "fs.s3a.committer.abort.pending.uploads",
   "fs.s3a.committer.magic.enabled",
   "fs.s3a.committer.name",
   "fs.s3a.committer.staging.conflict-mode",
   "fs.s3a.committer.staging.tmp.path",
   "fs.s3a.committer.staging.unique-filenames",
   "fs.s3a.committer.threads",
   "fs.s3a.connection.establish.timeout",
   "fs.s3a.connection.maximum",
   "fs.s3a.connection.ssl.enabled",
   "fs.s3a.connection.timeout",
   "fs.s3a.connection.ttl",
   "fs.s3a.delegation.token.binding",
   "fs.s3a.downgrade.syncable.exceptions",
   "fs.s3a.encryption.algorithm",
   "fs.s3a.encryption.key",
   "fs.s3a.endpoint",
   "fs.s3a.etag.checksum.enabled",
   "fs.s3a.executor.capacity",
   "fs.s3a.fast.upload.active.blocks",
   "fs.s3a.fast.upload.buffer",
   "fs.s3a.impl",
   "fs.s3a.list.version",
   "fs.s3a.max.total.tasks",
   "fs.s3a.multiobjectdelete.enable",
   "fs.s3a.multipart.purge",
   "fs.s3a.multipart.purge.age",
   "fs.s3a.multipart.size",
   "fs.s3a.multipart.threshold",
   "fs.s3a.paging.maximum",
   "fs.s3a.path.style.access",
   "fs.s3a.proxy.domain",
   "fs.s3a.proxy.host",
   "fs.s3a.proxy.password",
   "fs.s3a.proxy.port",
   "fs.s3a.proxy.username",
   "fs.s3a.proxy.workstation",
   "fs.s3a.readahead.range",
   "fs.s3a.retry.interval",
   "fs.s3a.retry.limit",
   "fs.s3a.retry.throttle.interval",
   "fs.s3a.retry.throttle.limit",
   "fs.s3a.secret.key",
   "fs.s3a.security.credential.provider.path",
   "fs.s3a.select.enabled",
   "fs.s3a.select.errors.include.sql",
   "fs.s3a.select.input.compression",
   "fs.s3a.select.input.csv.comment.marker",
   "fs.s3a.select.input.csv.field.delimiter",
   "fs.s3a.select.input.csv.header",
   "fs.s3a.select.input.csv.quote.character",
   "fs.s3a.select.input.csv.quote.escape.character",
   "fs.s3a.select.input.csv.record.delimiter",
   "fs.s3a.select.output.csv.field.delimiter",
   "fs.s3a.select.output.csv.quote.character",
   "fs.s3a.select.output.csv.quote.escape.character",
   "fs.s3a.select.output.csv.quote.fields",
   "fs.s3a.select.output.csv.record.delimiter",
   "fs.s3a.server-side-encryption.key",
   "fs.s3a.session.token",
   "fs.s3a.signing-algorithm",
   "fs.s3a.socket.recv.buffer",
   "fs.s3a.socket.send.buffer",
   "fs.s3a.ssl.channel.mode",
   "fs.s3a.threads.keepalivetime",
   "fs.s3a.threads.max",
   "fs.s3a.user.agent.prefix",
   "fs.trash.checkpoint.interval",
   "fs.trash.clean.trashroot.enable",
   "fs.trash.interval",
   "fs.viewfs.overload.scheme.target.abfs.impl",
   "fs.viewfs.overload.scheme.target.abfss.impl",
   "fs.viewfs.overload.scheme.target.file.impl",
   "fs.viewfs.overload.scheme.target.ftp.impl",
   "fs.viewfs.overload.scheme.target.gs.impl",
   "fs.viewfs.overload.scheme.target.hdfs.impl",
   "fs.viewfs.overload.scheme.target.http.impl",
   "fs.viewfs.overload.scheme.target.https.impl",
   "fs.viewfs.overload.scheme.target.o3fs.impl",
   "fs.viewfs.overload.scheme.target.ofs.impl",
   "fs.viewfs.overload.scheme.target.oss.impl",
   "fs.viewfs.overload.scheme.target.s3a.impl",
   "fs.viewfs.overload.scheme.target.swebhdfs.impl",
   "fs.viewfs.overload.scheme.target.wasb.impl",
   "fs.viewfs.overload.scheme.target.webhdfs.impl",
   "fs.viewfs.rename.strategy",
   "fs.wasb.impl",
   "fs.wasbs.impl",
   "ftp.blocksize",
   "ftp.bytes-per-checksum",
   "ftp.client-write-packet-size",
   "ftp.replication",
   "ftp.stream-buffer-size",
   "ha.failover-controller.active-standby-elector.zk.op.retries",
   "ha.failover-controller.cli-check.rpc-timeout.ms",
   "ha.failover-controller.graceful-fence.connection.retries",
   "ha.failover-controller.graceful-fence.rpc-timeout.ms",
   "ha.failover-controller.new-active.rpc-timeout.ms",
   "ha.health-monitor.check-interval.ms",
   "ha.health-monitor.connect-retry-interval.ms",
   "ha.health-monitor.rpc-timeout.ms",
   "ha.health-monitor.rpc.connect.max.retries",
   "ha.health-monitor.sleep-after-disconnect.ms",
   "ha.zookeeper.acl",
   "ha.zookeeper.auth",
   "ha.zookeeper.parent-znode",
   "ha.zookeeper.quorum",
   "ha.zookeeper.session-timeout.ms",
   "hadoop.caller.context.enabled",
   "hadoop.caller.context.max.size",
   "hadoop.caller.context.separator",
   "hadoop.caller.context.signature.max.size",
   "hadoop.common.configuration.version",
   "hadoop.domainname.resolver.impl",
   "hadoop.fuse.connection.timeout",
   "hadoop.fuse.timer.period",
   "hadoop.hdfs.configuration.version",
   "hadoop.htrace.span.receiver.classes",
   "hadoop.http.authentication.cookie.domain",
   "hadoop.http.authentication.kerberos.endpoint.whitelist",
   "hadoop.http.authentication.kerberos.keytab",
   "hadoop.http.authentication.kerberos.principal",
   "hadoop.http.authentication.signature.secret.file",
   "hadoop.http.authentication.simple.anonymous.allowed",
   "hadoop.http.authentication.token.validity",
   "hadoop.http.authentication.type",
   "hadoop.http.cross-origin.allowed-headers",
   "hadoop.http.cross-origin.allowed-methods",
   "hadoop.http.cross-origin.allowed-origins",
   "hadoop.http.cross-origin.enabled",
   "hadoop.http.cross-origin.max-age",
   "hadoop.http.filter.initializers",
   "hadoop.http.idle_timeout.ms",
   "hadoop.http.jmx.nan-filter.enabled",
   "hadoop.http.logs.enabled",
   "hadoop.http.metrics.enabled",
   "hadoop.http.sni.host.check.enabled",
   "hadoop.http.staticuser.user",
   "hadoop.jetty.logs.serve.aliases",
   "hadoop.kerberos.keytab.login.autorenewal.enabled",
   "hadoop.kerberos.kinit.command",
   "hadoop.kerberos.min.seconds.before.relogin",
   "hadoop.metrics.jvm.use-thread-mxbean",
   "hadoop.prometheus.endpoint.enabled",
   "hadoop.registry.jaas.context",
   "hadoop.registry.kerberos.realm",
   "hadoop.registry.secure",
   "hadoop.registry.system.acls",
   "hadoop.registry.zk.connection.timeout.ms",
   "hadoop.registry.zk.quorum",
   "hadoop.registry.zk.retry.ceiling.ms",
   "hadoop.registry.zk.retry.interval.ms",
   "hadoop.registry.zk.retry.times",
   "hadoop.registry.zk.root",
   "hadoop.registry.zk.session.timeout.ms",
   "hadoop.rpc.protection",
   "hadoop.rpc.socket.factory.class.ClientProtocol",
   "hadoop.rpc.socket.factory.class.default",
   "hadoop.security.auth_to_local",
   "hadoop.security.auth_to_local.mechanism",
   "hadoop.security.authentication",
   "hadoop.security.authorization",
   "hadoop.security.credential.clear-text-fallback",
   "hadoop.security.credential.provider.path",
   "hadoop.security.credstore.java-keystore-provider.password-file",
   "hadoop.security.crypto.buffer.size",
   "hadoop.security.crypto.cipher.suite",
   "hadoop.security.crypto.codec.classes.aes.ctr.nopadding",
   "hadoop.security.crypto.codec.classes.sm4.ctr.nopadding",
   "hadoop.security.crypto.jce.provider",
   "hadoop.security.crypto.jceks.key.serialfilter",
   "hadoop.security.dns.interface",
   "hadoop.security.dns.log-slow-lookups.enabled",
   "hadoop.security.dns.log-slow-lookups.threshold.ms",
   "hadoop.security.dns.nameserver",
   "hadoop.security.group.mapping",
   "hadoop.security.group.mapping.ldap.base",
   "hadoop.security.group.mapping.ldap.bind.password",
   "hadoop.security.group.mapping.ldap.bind.password.alias",
   "hadoop.security.group.mapping.ldap.bind.password.file",
   "hadoop.security.group.mapping.ldap.bind.user",
   "hadoop.security.group.mapping.ldap.bind.users",
   "hadoop.security.group.mapping.ldap.connection.timeout.ms",
   "hadoop.security.group.mapping.ldap.conversion.rule",
   "hadoop.security.group.mapping.ldap.ctx.factory.class",
   "hadoop.security.group.mapping.ldap.directory.search.timeout",
   "hadoop.security.group.mapping.ldap.group.search.filter.pattern",
   "hadoop.security.group.mapping.ldap.groupbase",
   "hadoop.security.group.mapping.ldap.num.attempts",
   "hadoop.security.group.mapping.ldap.num.attempts.before.failover",
   "hadoop.security.group.mapping.ldap.posix.attr.gid.name",
   "hadoop.security.group.mapping.ldap.posix.attr.uid.name",
   "hadoop.security.group.mapping.ldap.read.timeout.ms",
   "hadoop.security.group.mapping.ldap.search.attr.group.name",
   "hadoop.security.group.mapping.ldap.search.attr.member",
   "hadoop.security.group.mapping.ldap.search.attr.memberof",
   "hadoop.security.group.mapping.ldap.search.filter.group",
   "hadoop.security.group.mapping.ldap.search.filter.user",
   "hadoop.security.group.mapping.ldap.search.group.hierarchy.levels",
   "hadoop.security.group.mapping.ldap.ssl",
   "hadoop.security.group.mapping.ldap.ssl.keystore",
   "hadoop.security.group.mapping.ldap.ssl.keystore.password",
   "hadoop.security.group.mapping.ldap.ssl.keystore.password.file",
   "hadoop.security.group.mapping.ldap.ssl.truststore",
   "hadoop.security.group.mapping.ldap.ssl.truststore.password.file",
   "hadoop.security.group.mapping.ldap.url",
   "hadoop.security.group.mapping.ldap.userbase",
   "hadoop.security.group.mapping.providers",
   "hadoop.security.group.mapping.providers.combined",
   "hadoop.security.groups.cache.background.reload",
   "hadoop.security.groups.cache.background.reload.threads",
   "hadoop.security.groups.cache.secs",
   "hadoop.security.groups.cache.warn.after.ms",
   "hadoop.security.groups.negative-cache.secs",
   "hadoop.security.groups.shell.command.timeout",
   "hadoop.security.impersonation.provider.class",
   "hadoop.security.instrumentation.requires.admin",
   "hadoop.security.java.secure.random.algorithm",
   "hadoop.security.kerberos.ticket.cache.path",
   "hadoop.security.key.default.bitlength",
   "hadoop.security.key.default.cipher",
   "hadoop.security.key.provider.path",
   "hadoop.security.kms.client.authentication.retry-count",
   "hadoop.security.kms.client.encrypted.key.cache.expiry",
   "hadoop.security.kms.client.encrypted.key.cache.low-watermark",
   "hadoop.security.kms.client.encrypted.key.cache.num.refill.threads",
   "hadoop.security.kms.client.encrypted.key.cache.size",
   "hadoop.security.kms.client.failover.max.retries",
   "hadoop.security.kms.client.failover.sleep.base.millis",
   "hadoop.security.kms.client.failover.sleep.max.millis",
   "hadoop.security.kms.client.timeout",
   "hadoop.security.openssl.engine.id",
   "hadoop.security.random.device.file.path",
   "hadoop.security.resolver.impl",
   "hadoop.security.saslproperties.resolver.class",
   "hadoop.security.secure.random.impl",
   "hadoop.security.sensitive-config-keys",
   "hadoop.security.service.user.name.key",
   "hadoop.security.token.service.use_ip",
   "hadoop.security.uid.cache.secs",
   "hadoop.service.shutdown.timeout",
   "hadoop.shell.missing.defaultFs.warning",
   "hadoop.shell.safely.delete.limit.num.files",
   "hadoop.socks.server",
   "hadoop.ssl.client.conf",
   "hadoop.ssl.enabled.protocols",
   "hadoop.ssl.hostname.verifier",
   "hadoop.ssl.keystores.factory.class",
   "hadoop.ssl.require.client.cert",
   "hadoop.ssl.server.conf",
   "hadoop.system.tags",
   "hadoop.tags.custom",
   "hadoop.tags.system",
   "hadoop.tmp.dir",
   "hadoop.token.files",
   "hadoop.tokens",
   "hadoop.user.group.metrics.percentiles.intervals",
   "hadoop.user.group.static.mapping.overrides",
   "hadoop.util.hash.type",
   "hadoop.workaround.non.threadsafe.getpwuid",
   "hadoop.zk.acl",
   "hadoop.zk.address",
   "hadoop.zk.auth",
   "hadoop.zk.kerberos.keytab",
   "hadoop.zk.kerberos.principal",
   "hadoop.zk.num-retries",
   "hadoop.zk.retry-interval-ms",
   "hadoop.zk.server.principal",
   "hadoop.zk.ssl.enabled",
   "hadoop.zk.ssl.keystore.location",
   "hadoop.zk.ssl.keystore.password",
   "hadoop.zk.ssl.truststore.location",
   "hadoop.zk.ssl.truststore.password",
   "hadoop.zk.timeout-ms",
   "httpfs.buffer.size",
   "io.compression.codec.bzip2.library",
   "io.compression.codec.lz4.buffersize",
   "io.compression.codec.lz4.use.lz4hc",
   "io.compression.codec.lzo.buffersize",
   "io.compression.codec.lzo.class",
   "io.compression.codec.snappy.buffersize",
   "io.compression.codec.zstd.buffersize",
   "io.compression.codec.zstd.level",
   "io.compression.codecs",
   "io.erasurecode.codec.native.enabled",
   "io.erasurecode.codec.rs-legacy.rawcoders",
   "io.erasurecode.codec.rs.rawcoders",
   "io.erasurecode.codec.xor.rawcoders",
   "io.file.buffer.size",
   "io.map.index.interval",
   "io.map.index.skip",
   "io.mapfile.bloom.error.rate",
   "io.mapfile.bloom.size",
   "io.native.lib.available",
   "io.seqfile.compress.blocksize",
   "io.seqfile.local.dir",
   "io.serializations",
   "io.skip.checksum.errors",
   "ipc.backoff.enable",
   "ipc.callqueue.impl",
   "ipc.callqueue.overflow.trigger.failover",
   "ipc.client.async.calls.max",
   "ipc.client.bind.wildcard.addr",
   "ipc.client.connect.max.retries",
   "ipc.client.connect.max.retries.on.sasl",
   "ipc.client.connect.max.retries.on.timeouts",
   "ipc.client.connect.retry.interval",
   "ipc.client.connect.timeout",
   "ipc.client.connection.idle-scan-interval.ms",
   "ipc.client.connection.maxidletime",
   "ipc.client.fallback-to-simple-auth-allowed",
   "ipc.client.idlethreshold",
   "ipc.client.kill.max",
   "ipc.client.low-latency",
   "ipc.client.ping",
   "ipc.client.rpc-timeout.ms",
   "ipc.client.tcpnodelay",
   "ipc.cost-provider.impl",
   "ipc.identity-provider.impl",
   "ipc.maximum.data.length",
   "ipc.maximum.response.length",
   "ipc.ping.interval",
   "ipc.scheduler.impl",
   "ipc.server.handler.queue.size",
   "ipc.server.listen.queue.size",
   "ipc.server.log.slow.rpc",
   "ipc.server.log.slow.rpc.threshold.ms",
   "ipc.server.max.connections",
   "ipc.server.max.response.size",
   "ipc.server.metrics.update.runner.interval",
   "ipc.server.purge.interval",
   "ipc.server.read.connection-queue.size",
   "ipc.server.read.threadpool.size",
   "ipc.server.reuseaddr",
   "ipc.server.tcpnodelay",
   "map.sort.class",
   "mapred.child.env",
   "mapred.child.java.opts",
   "mapreduce.admin.user.env",
   "mapreduce.am.max-attempts",
   "mapreduce.app-submission.cross-platform",
   "mapreduce.application.classpath",
   "mapreduce.application.framework.path",
   "mapreduce.client.completion.pollinterval",
   "mapreduce.client.genericoptionsparser.used",
   "mapreduce.client.libjars.wildcard",
   "mapreduce.client.output.filter",
   "mapreduce.client.progressmonitor.pollinterval",
   "mapreduce.client.submit.file.replication",
   "mapreduce.cluster.acls.enabled",
   "mapreduce.cluster.local.dir",
   "mapreduce.cluster.mapmemory.mb",
   "mapreduce.cluster.permissions.supergroup",
   "mapreduce.cluster.reducememory.mb",
   "mapreduce.cluster.temp.dir",
   "mapreduce.fieldsel.data.field.separator",
   "mapreduce.fieldsel.map.output.key.value.fields.spec",
   "mapreduce.fieldsel.reduce.output.key.value.fields.spec",
   "mapreduce.fileoutputcommitter.algorithm.version",
   "mapreduce.fileoutputcommitter.task.cleanup.enabled",
   "mapreduce.framework.name",
   "mapreduce.ifile.readahead",
   "mapreduce.ifile.readahead.bytes",
   "mapreduce.input.fileinputformat.inputdir",
   "mapreduce.input.fileinputformat.list-status.num-threads",
   "mapreduce.input.fileinputformat.split.maxsize",
   "mapreduce.input.fileinputformat.split.minsize",
   "mapreduce.input.fileinputformat.split.minsize.per.node",
   "mapreduce.input.fileinputformat.split.minsize.per.rack",
   "mapreduce.input.keyvaluelinerecordreader.key.value.separator",
   "mapreduce.input.lineinputformat.linespermap",
   "mapreduce.input.linerecordreader.line.maxlength",
   "mapreduce.input.multipleinputs.dir.formats",
   "mapreduce.input.multipleinputs.dir.mappers",
   "mapreduce.input.pathFilter.class",
   "mapreduce.input.sequencefileinputfilter.class",
   "mapreduce.input.sequencefileinputfilter.frequency",
   "mapreduce.input.sequencefileinputfilter.regex",
   "mapreduce.job.acl-modify-job",
   "mapreduce.job.acl-view-job",
   "mapreduce.job.am.node-label-expression",
   "mapreduce.job.cache.archives",
   "mapreduce.job.cache.archives.timestamps",
   "mapreduce.job.cache.files",
   "mapreduce.job.cache.files.timestamps",
   "mapreduce.job.cache.limit.max-resources",
   "mapreduce.job.cache.limit.max-resources-mb",
   "mapreduce.job.cache.limit.max-single-resource-mb",
   "mapreduce.job.cache.local.archives",
   "mapreduce.job.cache.local.files",
   "mapreduce.job.classloader",
   "mapreduce.job.classloader.system.classes",
   "mapreduce.job.classpath.archives",
   "mapreduce.job.classpath.files",
   "mapreduce.job.combine.class",
   "mapreduce.job.committer.setup.cleanup.needed",
   "mapreduce.job.complete.cancel.delegation.tokens",
   "mapreduce.job.counters.max",
   "mapreduce.job.dfs.storage.capacity.kill-limit-exceed",
   "mapreduce.job.emit-timeline-data",
   "mapreduce.job.encrypted-intermediate-data",
   "mapreduce.job.encrypted-intermediate-data-key-size-bits",
   "mapreduce.job.encrypted-intermediate-data.buffer.kb",
   "mapreduce.job.end-notification.custom-notifier-class",
   "mapreduce.job.end-notification.max.attempts",
   "mapreduce.job.end-notification.max.retry.interval",
   "mapreduce.job.end-notification.retry.attempts",
   "mapreduce.job.end-notification.retry.interval",
   "mapreduce.job.end-notification.url",
   "mapreduce.job.finish-when-all-reducers-done",
   "mapreduce.job.hdfs-servers",
   "mapreduce.job.heap.memory-mb.ratio",
   "mapreduce.job.id",
   "mapreduce.job.inputformat.class",
   "mapreduce.job.jar",
   "mapreduce.job.jvm.numtasks",
   "mapreduce.job.local-fs.single-disk-limit.bytes",
   "mapreduce.job.local-fs.single-disk-limit.check.interval-ms",
   "mapreduce.job.local-fs.single-disk-limit.check.kill-limit-exceed",
   "mapreduce.job.local.dir",
   "mapreduce.job.log4j-properties-file",
   "mapreduce.job.map.class",
   "mapreduce.job.map.output.collector.class",
   "mapreduce.job.maps",
   "mapreduce.job.max.map",
   "mapreduce.job.max.split.locations",
   "mapreduce.job.maxtaskfailures.per.tracker",
   "mapreduce.job.name",
   "mapreduce.job.node-label-expression",
   "mapreduce.job.output.group.comparator.class",
   "mapreduce.job.output.key.class",
   "mapreduce.job.output.key.comparator.class",
   "mapreduce.job.output.value.class",
   "mapreduce.job.outputformat.class",
   "mapreduce.job.partitioner.class",
   "mapreduce.job.priority",
   "mapreduce.job.queuename",
   "mapreduce.job.redacted-properties",
   "mapreduce.job.reduce.class",
   "mapreduce.job.reduce.shuffle.consumer.plugin.class",
   "mapreduce.job.reduce.slowstart.completedmaps",
   "mapreduce.job.reducer.preempt.delay.sec",
   "mapreduce.job.reducer.unconditional-preempt.delay.sec",
   "mapreduce.job.reduces",
   "mapreduce.job.running.map.limit",
   "mapreduce.job.running.reduce.limit",
   "mapreduce.job.send-token-conf",
   "mapreduce.job.sharedcache.mode",
   "mapreduce.job.skip.outdir",
   "mapreduce.job.skiprecords",
   "mapreduce.job.speculative.minimum-allowed-tasks",
   "mapreduce.job.speculative.retry-after-no-speculate",
   "mapreduce.job.speculative.retry-after-speculate",
   "mapreduce.job.speculative.slownodethreshold",
   "mapreduce.job.speculative.slowtaskthreshold",
   "mapreduce.job.speculative.speculative-cap-running-tasks",
   "mapreduce.job.speculative.speculative-cap-total-tasks",
   "mapreduce.job.speculative.speculativecap",
   "mapreduce.job.split.metainfo.maxsize",
   "mapreduce.job.tags",
   "mapreduce.job.token.tracking.ids",
   "mapreduce.job.token.tracking.ids.enabled",
   "mapreduce.job.ubertask.enable",
   "mapreduce.job.ubertask.maxbytes",
   "mapreduce.job.ubertask.maxmaps",
   "mapreduce.job.ubertask.maxreduces",
   "mapreduce.job.user.name",
   "mapreduce.job.working.dir",
   "mapreduce.jobcontrol.createdir.ifnotexist",
   "mapreduce.jobhistory.address",
   "mapreduce.jobhistory.admin.acl",
   "mapreduce.jobhistory.admin.address",
   "mapreduce.jobhistory.always-scan-user-dir",
   "mapreduce.jobhistory.cleaner.enable",
   "mapreduce.jobhistory.cleaner.interval-ms",
   "mapreduce.jobhistory.client.thread-count",
   "mapreduce.jobhistory.datestring.cache.size",
   "mapreduce.jobhistory.done-dir",
   "mapreduce.jobhistory.http.policy",
   "mapreduce.jobhistory.intermediate-done-dir",
   "mapreduce.jobhistory.intermediate-user-done-dir.permissions",
   "mapreduce.jobhistory.jhist.format",
   "mapreduce.jobhistory.joblist.cache.size",
   "mapreduce.jobhistory.jobname.limit",
   "mapreduce.jobhistory.keytab",
   "mapreduce.jobhistory.loadedjob.tasks.max",
   "mapreduce.jobhistory.loadedjobs.cache.size",
   "mapreduce.jobhistory.loadedtasks.cache.size",
   "mapreduce.jobhistory.max-age-ms",
   "mapreduce.jobhistory.minicluster.fixed.ports",
   "mapreduce.jobhistory.move.interval-ms",
   "mapreduce.jobhistory.move.thread-count",
   "mapreduce.jobhistory.principal",
   "mapreduce.jobhistory.recovery.enable",
   "mapreduce.jobhistory.recovery.store.class",
   "mapreduce.jobhistory.recovery.store.fs.uri",
   "mapreduce.jobhistory.recovery.store.leveldb.path",
   "mapreduce.jobhistory.store.class",
   "mapreduce.jobhistory.webapp.address",
   "mapreduce.jobhistory.webapp.https.address",
   "mapreduce.jobhistory.webapp.rest-csrf.custom-header",
   "mapreduce.jobhistory.webapp.rest-csrf.enabled",
   "mapreduce.jobhistory.webapp.rest-csrf.methods-to-ignore",
   "mapreduce.jobhistory.webapp.xfs-filter.xframe-options",
   "mapreduce.jobtracker.address",
   "mapreduce.jobtracker.maxmapmemory.mb",
   "mapreduce.jobtracker.maxreducememory.mb",
   "mapreduce.jobtracker.persist.jobstatus.active",
   "mapreduce.jobtracker.retirejobs",
   "mapreduce.jobtracker.system.dir",
   "mapreduce.jobtracker.taskcache.levels",
   "mapreduce.join.expr",
   "mapreduce.join.keycomparator",
   "mapreduce.jvm.add-opens-as-default",
   "mapreduce.jvm.system-properties-to-log",
   "mapreduce.map.combine.minspills",
   "mapreduce.map.cpu.vcores",
   "mapreduce.map.debug.script",
   "mapreduce.map.env",
   "mapreduce.map.failures.maxpercent",
   "mapreduce.map.input.file",
   "mapreduce.map.input.length",
   "mapreduce.map.input.start",
   "mapreduce.map.java.opts",
   "mapreduce.map.log.level",
   "mapreduce.map.maxattempts",
   "mapreduce.map.memory.mb",
   "mapreduce.map.node-label-expression",
   "mapreduce.map.output.compress",
   "mapreduce.map.output.compress.codec",
   "mapreduce.map.output.key.class",
   "mapreduce.map.output.key.field.separator",
   "mapreduce.map.output.value.class",
   "mapreduce.map.skip.maxrecords",
   "mapreduce.map.skip.proc-count.auto-incr",
   "mapreduce.map.sort.spill.percent",
   "mapreduce.map.speculative",
   "mapreduce.mapper.regex",
   "mapreduce.mapper.regexmapper..group",
   "mapreduce.output.fileoutputformat.compress",
   "mapreduce.output.fileoutputformat.compress.codec",
   "mapreduce.output.fileoutputformat.compress.type",
   "mapreduce.output.fileoutputformat.outputdir",
   "mapreduce.output.lazyoutputformat.outputformat",
   "mapreduce.output.seqbinaryoutputformat.key.class",
   "mapreduce.output.seqbinaryoutputformat.value.class",
   "mapreduce.output.textoutputformat.separator",
   "mapreduce.outputcommitter.factory.class",
   "mapreduce.outputcommitter.factory.scheme.abfs",
   "mapreduce.outputcommitter.factory.scheme.gs",
   "mapreduce.outputcommitter.factory.scheme.s3a",
   "mapreduce.partition.binarypartitioner.left.offset",
   "mapreduce.partition.binarypartitioner.right.offset",
   "mapreduce.partition.keycomparator.options",
   "mapreduce.partition.keypartitioner.options",
   "mapreduce.pipes.commandfile.preserve",
   "mapreduce.pipes.executable",
   "mapreduce.pipes.executable.interpretor",
   "mapreduce.pipes.inputformat",
   "mapreduce.pipes.isjavamapper",
   "mapreduce.pipes.isjavarecordreader",
   "mapreduce.pipes.isjavarecordwriter",
   "mapreduce.pipes.isjavareducer",
   "mapreduce.pipes.partitioner",
   "mapreduce.reduce.cpu.vcores",
   "mapreduce.reduce.debug.script",
   "mapreduce.reduce.env",
   "mapreduce.reduce.failures.maxpercent",
   "mapreduce.reduce.input.buffer.percent",
   "mapreduce.reduce.java.opts",
   "mapreduce.reduce.log.level",
   "mapreduce.reduce.markreset.buffer.percent",
   "mapreduce.reduce.maxattempts",
   "mapreduce.reduce.memory.mb",
   "mapreduce.reduce.memory.totalbytes",
   "mapreduce.reduce.merge.inmem.threshold",
   "mapreduce.reduce.node-label-expression",
   "mapreduce.reduce.shuffle.connect.timeout",
   "mapreduce.reduce.shuffle.fetch.retry.enabled",
   "mapreduce.reduce.shuffle.fetch.retry.interval-ms",
   "mapreduce.reduce.shuffle.fetch.retry.timeout-ms",
   "mapreduce.reduce.shuffle.indexcache.mb",
   "mapreduce.reduce.shuffle.input.buffer.percent",
   "mapreduce.reduce.shuffle.memory.limit.percent",
   "mapreduce.reduce.shuffle.merge.percent",
   "mapreduce.reduce.shuffle.parallelcopies",
   "mapreduce.reduce.shuffle.read.timeout",
   "mapreduce.reduce.shuffle.retry-delay.max.ms",
   "mapreduce.reduce.skip.maxgroups",
   "mapreduce.reduce.skip.proc-count.auto-incr",
   "mapreduce.reduce.speculative",
   "mapreduce.shuffle.connection-keep-alive.enable",
   "mapreduce.shuffle.connection-keep-alive.timeout",
   "mapreduce.shuffle.listen.queue.size",
   "mapreduce.shuffle.max.connections",
   "mapreduce.shuffle.max.threads",
   "mapreduce.shuffle.pathcache.concurrency-level",
   "mapreduce.shuffle.pathcache.expire-after-access-minutes",
   "mapreduce.shuffle.pathcache.max-weight",
   "mapreduce.shuffle.port",
   "mapreduce.shuffle.ssl.enabled",
   "mapreduce.shuffle.ssl.file.buffer.size",
   "mapreduce.shuffle.transfer.buffer.size",
   "mapreduce.shuffle.transferTo.allowed",
   "mapreduce.task.attempt.id",
   "mapreduce.task.combine.progress.records",
   "mapreduce.task.debugout.lines",
   "mapreduce.task.exit.timeout",
   "mapreduce.task.exit.timeout.check-interval-ms",
   "mapreduce.task.files.preserve.failedtasks",
   "mapreduce.task.files.preserve.filepattern",
   "mapreduce.task.id",
   "mapreduce.task.io.sort.factor",
   "mapreduce.task.io.sort.mb",
   "mapreduce.task.ismap",
   "mapreduce.task.local-fs.write-limit.bytes",
   "mapreduce.task.merge.progress.records",
   "mapreduce.task.output.dir",
   "mapreduce.task.partition",
   "mapreduce.task.ping-for-liveliness-check.enabled",
   "mapreduce.task.profile",
   "mapreduce.task.profile.map.params",
   "mapreduce.task.profile.maps",
   "mapreduce.task.profile.params",
   "mapreduce.task.profile.reduce.params",
   "mapreduce.task.profile.reduces",
   "mapreduce.task.skip.start.attempts",
   "mapreduce.task.spill.files.count.limit",
   "mapreduce.task.stuck.timeout-ms",
   "mapreduce.task.timeout",
   "mapreduce.task.tmp.dir",
   "mapreduce.task.userlog.limit.kb",
   "mapreduce.tasktracker.map.tasks.maximum",
   "mapreduce.tasktracker.resourcecalculatorplugin",
   "net.topology.configured.node.mapping",
   "net.topology.dependency.script.file.name",
   "net.topology.impl",
   "net.topology.node.switch.mapping.impl",
   "net.topology.script.file.name",
   "net.topology.script.number.args",
   "net.topology.table.file.name",
   "nfs.allow.insecure.ports",
   "nfs.dump.dir",
   "nfs.exports.allowed.hosts",
   "nfs.kerberos.principal",
   "nfs.keytab.file",
   "nfs.mountd.port",
   "nfs.rtmax",
   "nfs.server.port",
   "nfs.wtmax",
   "rpc.metrics.percentiles.intervals",
   "rpc.metrics.quantile.enable",
   "rpc.metrics.timeunit",
   "security.applicationhistory.protocol.acl",
   "security.job.client.protocol.acl",
   "security.job.task.protocol.acl",
   "security.service.authorization.default.acl",
   "security.service.authorization.default.acl.blocked",
   "seq.io.sort.factor",
   "seq.io.sort.mb",
   "ssl.server.keystore.keypassword",
   "ssl.server.keystore.location",
   "ssl.server.keystore.password",
   "ssl.server.truststore.location",
   "ssl.server.truststore.password",
   "tfile.fs.input.buffer.size",
   "tfile.fs.output.buffer.size",
   "tfile.io.chunk.size",
   "yarn.acl.enable",
   "yarn.acl.reservation-enable",
   "yarn.admin.acl",
   "yarn.am.liveness-monitor.expiry-interval-ms",
   "yarn.app.attempt.diagnostics.limit.kc",
   "yarn.app.mapreduce.am.admin-command-opts",
   "yarn.app.mapreduce.am.admin.user.env",
   "yarn.app.mapreduce.am.command-opts",
   "yarn.app.mapreduce.am.container.log.backups",
   "yarn.app.mapreduce.am.container.log.limit.kb",
   "yarn.app.mapreduce.am.containerlauncher.threadpool-initial-size",
   "yarn.app.mapreduce.am.env",
   "yarn.app.mapreduce.am.hard-kill-timeout-ms",
   "yarn.app.mapreduce.am.job.client.port-range",
   "yarn.app.mapreduce.am.job.committer.cancel-timeout",
   "yarn.app.mapreduce.am.job.committer.commit-window",
   "yarn.app.mapreduce.am.job.task.listener.thread-count",
   "yarn.app.mapreduce.am.log.level",
   "yarn.app.mapreduce.am.resource.cpu-vcores",
   "yarn.app.mapreduce.am.resource.mb",
   "yarn.app.mapreduce.am.scheduler.heartbeat.interval-ms",
   "yarn.app.mapreduce.am.staging-dir",
   "yarn.app.mapreduce.am.staging-dir.erasurecoding.enabled",
   "yarn.app.mapreduce.am.webapp.https.client.auth",
   "yarn.app.mapreduce.am.webapp.https.enabled",
   "yarn.app.mapreduce.am.webapp.port-range",
   "yarn.app.mapreduce.client-am.ipc.max-retries",
   "yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts",
   "yarn.app.mapreduce.client.job.max-retries",
   "yarn.app.mapreduce.client.job.retry-interval",
   "yarn.app.mapreduce.client.max-retries",
   "yarn.app.mapreduce.shuffle.log.backups",
   "yarn.app.mapreduce.shuffle.log.limit.kb",
   "yarn.app.mapreduce.shuffle.log.separate",
   "yarn.app.mapreduce.task.container.log.backups",
   "yarn.application.classpath",
   "yarn.apps.cache.enable",
   "yarn.apps.cache.expire",
   "yarn.apps.cache.size",
   "yarn.authorization-provider",
   "yarn.client.application-client-protocol.poll-interval-ms",
   "yarn.client.application-client-protocol.poll-timeout-ms",
   "yarn.client.failover-max-attempts",
   "yarn.client.failover-no-ha-proxy-provider",
   "yarn.client.failover-proxy-provider",
   "yarn.client.failover-retries",
   "yarn.client.failover-retries-on-socket-timeouts",
   "yarn.client.failover-sleep-base-ms",
   "yarn.client.failover-sleep-max-ms",
   "yarn.client.load.resource-types.from-server",
   "yarn.client.max-cached-nodemanagers-proxies",
   "yarn.client.nodemanager-client-async.thread-pool-max-size",
   "yarn.client.nodemanager-connect.max-wait-ms",
   "yarn.client.nodemanager-connect.retry-interval-ms",
   "yarn.cluster.max-application-priority",
   "yarn.dispatcher.cpu-monitor.samples-per-min",
   "yarn.dispatcher.drain-events.timeout",
   "yarn.dispatcher.print-events-info.threshold",
   "yarn.dispatcher.print-thread-pool.core-pool-size",
   "yarn.dispatcher.print-thread-pool.keep-alive-time",
   "yarn.dispatcher.print-thread-pool.maximum-pool-size",
   "yarn.fail-fast",
   "yarn.federation.amrmproxy.allocation.history.max.entry",
   "yarn.federation.amrmproxy.register.uam.interval",
   "yarn.federation.amrmproxy.register.uam.retry-count",
   "yarn.federation.cache-entity.nums",
   "yarn.federation.cache-ttl.secs",
   "yarn.federation.cache.class",
   "yarn.federation.enabled",
   "yarn.federation.failover.random.order",
   "yarn.federation.gpg.application.cleaner.class",
   "yarn.federation.gpg.application.cleaner.contact.router.spec",
   "yarn.federation.gpg.application.cleaner.interval-ms",
   "yarn.federation.gpg.kerberos.principal",
   "yarn.federation.gpg.kerberos.principal.hostname",
   "yarn.federation.gpg.keytab.file",
   "yarn.federation.gpg.policy.generator.blacklist",
   "yarn.federation.gpg.policy.generator.class",
   "yarn.federation.gpg.policy.generator.interval",
   "yarn.federation.gpg.policy.generator.interval-ms",
   "yarn.federation.gpg.policy.generator.load-based.edit.maximum",
   "yarn.federation.gpg.policy.generator.load-based.pending.maximum",
   "yarn.federation.gpg.policy.generator.load-based.pending.minimum",
   "yarn.federation.gpg.policy.generator.load-based.scaling",
   "yarn.federation.gpg.policy.generator.load-based.weight.minimum",
   "yarn.federation.gpg.policy.generator.readonly",
   "yarn.federation.gpg.scheduled.executor.threads",
   "yarn.federation.gpg.subcluster.cleaner.interval-ms",
   "yarn.federation.gpg.subcluster.heartbeat.expiration-ms",
   "yarn.federation.gpg.webapp.address",
   "yarn.federation.gpg.webapp.connect-timeout",
   "yarn.federation.gpg.webapp.cross-origin.enabled",
   "yarn.federation.gpg.webapp.https.address",
   "yarn.federation.gpg.webapp.read-timeout",
   "yarn.federation.machine-list",
   "yarn.federation.non-ha.enabled",
   "yarn.federation.registry.base-dir",
   "yarn.federation.state-store.class",
   "yarn.federation.state-store.clean-up-retry-count",
   "yarn.federation.state-store.clean-up-retry-sleep-time",
   "yarn.federation.state-store.heartbeat.initial-delay",
   "yarn.federation.state-store.max-applications",
   "yarn.federation.state-store.sql.conn-time-out",
   "yarn.federation.state-store.sql.idle-time-out",
   "yarn.federation.state-store.sql.max-life-time",
   "yarn.federation.state-store.sql.minimum-idle",
   "yarn.federation.state-store.sql.pool-name",
   "yarn.federation.subcluster-resolver.class",
   "yarn.fs-store.file.replication",
   "yarn.http.policy",
   "yarn.http.rmwebapp.custom.dao.classes",
   "yarn.http.rmwebapp.custom.unwrapped.dao.classes",
   "yarn.http.rmwebapp.external.classes",
   "yarn.http.rmwebapp.scheduler.page.class",
   "yarn.intermediate-data-encryption.enable",
   "yarn.ipc.client.factory.class",
   "yarn.ipc.record.factory.class",
   "yarn.ipc.rpc.class",
   "yarn.ipc.server.factory.class",
   "yarn.is.minicluster",
   "yarn.log-aggregation-enable",
   "yarn.log-aggregation-status.time-out.ms",
   "yarn.log-aggregation.debug.filesize",
   "yarn.log-aggregation.enable-local-cleanup",
   "yarn.log-aggregation.file-controller.TFile.class",
   "yarn.log-aggregation.file-formats",
   "yarn.log-aggregation.retain-check-interval-seconds",
   "yarn.log-aggregation.retain-seconds",
   "yarn.log.server.url",
   "yarn.log.server.web-service.url",
   "yarn.minicluster.control-resource-monitoring",
   "yarn.minicluster.fixed.ports",
   "yarn.minicluster.use-rpc",
   "yarn.minicluster.yarn.nodemanager.resource.memory-mb",
   "yarn.nm.liveness-monitor.expiry-interval-ms",
   "yarn.node-attribute.fs-store.impl.class",
   "yarn.node-attribute.fs-store.root-dir",
   "yarn.node-labels.configuration-type",
   "yarn.node-labels.enabled",
   "yarn.node-labels.exclusive-enforced-partitions",
   "yarn.node-labels.fs-store.impl.class",
   "yarn.node-labels.fs-store.root-dir",
   "yarn.nodemanager.address",
   "yarn.nodemanager.admin-env",
   "yarn.nodemanager.amrmproxy.address",
   "yarn.nodemanager.amrmproxy.client.thread-count",
   "yarn.nodemanager.amrmproxy.enabled",
   "yarn.nodemanager.amrmproxy.ha.enable",
   "yarn.nodemanager.amrmproxy.interceptor-class.pipeline",
   "yarn.nodemanager.amrmproxy.wait.uam-register.done",
   "yarn.nodemanager.aux-services",
   "yarn.nodemanager.aux-services.%s.classpath",
   "yarn.nodemanager.aux-services.%s.system-classes",
   "yarn.nodemanager.aux-services.manifest",
   "yarn.nodemanager.aux-services.manifest.enabled",
   "yarn.nodemanager.aux-services.manifest.reload-ms",
   "yarn.nodemanager.aux-services.mapreduce_shuffle.class",
   "yarn.nodemanager.bind-host",
   "yarn.nodemanager.collector-service.address",
   "yarn.nodemanager.collector-service.thread-count",
   "yarn.nodemanager.container-diagnostics-maximum-size",
   "yarn.nodemanager.container-executor.class",
   "yarn.nodemanager.container-executor.exit-code-file.timeout-ms",
   "yarn.nodemanager.container-executor.os.sched.priority.adjustment",
   "yarn.nodemanager.container-localizer.admin.java.opts",
   "yarn.nodemanager.container-localizer.java.opts",
   "yarn.nodemanager.container-localizer.java.opts.add-exports-as-default",
   "yarn.nodemanager.container-localizer.log.level",
   "yarn.nodemanager.container-log-monitor.dir-size-limit-bytes",
   "yarn.nodemanager.container-log-monitor.enable",
   "yarn.nodemanager.container-log-monitor.interval-ms",
   "yarn.nodemanager.container-log-monitor.total-size-limit-bytes",
   "yarn.nodemanager.container-manager.thread-count",
   "yarn.nodemanager.container-metrics.enable",
   "yarn.nodemanager.container-metrics.period-ms",
   "yarn.nodemanager.container-metrics.unregister-delay-ms",
   "yarn.nodemanager.container-monitor.enabled",
   "yarn.nodemanager.container-monitor.interval-ms",
   "yarn.nodemanager.container-monitor.process-tree.class",
   "yarn.nodemanager.container-monitor.procfs-tree.smaps-based-rss.enabled",
   "yarn.nodemanager.container-monitor.resource-calculator.class",
   "yarn.nodemanager.container-retry-minimum-interval-ms",
   "yarn.nodemanager.container-state-transition-listener.classes",
   "yarn.nodemanager.container.stderr.pattern",
   "yarn.nodemanager.container.stderr.tail.bytes",
   "yarn.nodemanager.containers-launcher.class",
   "yarn.nodemanager.csi-driver-adaptor.addresses",
   "yarn.nodemanager.csi-driver.names",
   "yarn.nodemanager.default-container-executor.log-dirs.permissions",
   "yarn.nodemanager.delete.debug-delay-sec",
   "yarn.nodemanager.delete.thread-count",
   "yarn.nodemanager.disk-health-checker.disk-free-space-threshold.enabled",
   "yarn.nodemanager.disk-health-checker.disk-utilization-threshold.enabled",
   "yarn.nodemanager.disk-health-checker.disk-utilization-watermark-low-per-disk-percentage",
   "yarn.nodemanager.disk-health-checker.enable",
   "yarn.nodemanager.disk-health-checker.interval-ms",
   "yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage",
   "yarn.nodemanager.disk-health-checker.min-free-space-per-disk-mb",
   "yarn.nodemanager.disk-health-checker.min-free-space-per-disk-watermark-high-mb",
   "yarn.nodemanager.disk-health-checker.min-healthy-disks",
   "yarn.nodemanager.disk-validator",
   "yarn.nodemanager.dispatcher.metric.enable",
   "yarn.nodemanager.distributed-scheduling.enabled",
   "yarn.nodemanager.elastic-memory-control.enabled",
   "yarn.nodemanager.elastic-memory-control.oom-handler",
   "yarn.nodemanager.elastic-memory-control.oom-listener.path",
   "yarn.nodemanager.elastic-memory-control.timeout-sec",
   "yarn.nodemanager.emit-container-events",
   "yarn.nodemanager.env-whitelist",
   "yarn.nodemanager.force.path",
   "yarn.nodemanager.health-checker.interval-ms",
   "yarn.nodemanager.health-checker.run-before-startup",
   "yarn.nodemanager.health-checker.scripts",
   "yarn.nodemanager.health-checker.timeout-ms",
   "yarn.nodemanager.hostname",
   "yarn.nodemanager.keytab",
   "yarn.nodemanager.least-load-policy-selector.blacklist-subclusters",
   "yarn.nodemanager.least-load-policy-selector.enabled",
   "yarn.nodemanager.least-load-policy-selector.fail-on-error",
   "yarn.nodemanager.least-load-policy-selector.multiplier",
   "yarn.nodemanager.least-load-policy-selector.pending-container.threshold",
   "yarn.nodemanager.least-load-policy-selector.use-active-core",
   "yarn.nodemanager.linux-container-executor.cgroups.delete-delay-ms",
   "yarn.nodemanager.linux-container-executor.cgroups.delete-timeout-ms",
   "yarn.nodemanager.linux-container-executor.cgroups.hierarchy",
   "yarn.nodemanager.linux-container-executor.cgroups.mount",
   "yarn.nodemanager.linux-container-executor.cgroups.mount-path",
   "yarn.nodemanager.linux-container-executor.cgroups.strict-resource-usage",
   "yarn.nodemanager.linux-container-executor.nonsecure-mode.limit-users",
   "yarn.nodemanager.linux-container-executor.nonsecure-mode.local-user",
   "yarn.nodemanager.linux-container-executor.nonsecure-mode.user-pattern",
   "yarn.nodemanager.linux-container-executor.path",
   "yarn.nodemanager.linux-container-executor.resources-handler.class",
   "yarn.nodemanager.local-cache.max-files-per-directory",
   "yarn.nodemanager.local-dirs",
   "yarn.nodemanager.localizer.address",
   "yarn.nodemanager.localizer.cache.cleanup.interval-ms",
   "yarn.nodemanager.localizer.cache.target-size-mb",
   "yarn.nodemanager.localizer.client.thread-count",
   "yarn.nodemanager.localizer.fetch.thread-count",
   "yarn.nodemanager.log-aggregation.compression-type",
   "yarn.nodemanager.log-aggregation.num-log-files-per-app",
   "yarn.nodemanager.log-aggregation.policy.class",
   "yarn.nodemanager.log-aggregation.policy.parameters",
   "yarn.nodemanager.log-aggregation.roll-monitoring-interval-seconds",
   "yarn.nodemanager.log-aggregation.roll-monitoring-interval-seconds.min",
   "yarn.nodemanager.log-container-debug-info-on-error.enabled",
   "yarn.nodemanager.log-container-debug-info.enabled",
   "yarn.nodemanager.log-dirs",
   "yarn.nodemanager.log.delete.threshold",
   "yarn.nodemanager.log.deletion-threads-count",
   "yarn.nodemanager.log.retain-seconds",
   "yarn.nodemanager.log.trigger.delete.by-size.enabled",
   "yarn.nodemanager.logaggregation.threadpool-size-max",
   "yarn.nodemanager.node-attributes.provider",
   "yarn.nodemanager.node-attributes.provider.configured-node-attributes",
   "yarn.nodemanager.node-attributes.provider.fetch-interval-ms",
   "yarn.nodemanager.node-attributes.provider.fetch-timeout-ms",
   "yarn.nodemanager.node-attributes.provider.script.opts",
   "yarn.nodemanager.node-attributes.provider.script.path",
   "yarn.nodemanager.node-attributes.resync-interval-ms",
   "yarn.nodemanager.node-labels.provider",
   "yarn.nodemanager.node-labels.provider.configured-node-partition",
   "yarn.nodemanager.node-labels.provider.fetch-interval-ms",
   "yarn.nodemanager.node-labels.provider.fetch-timeout-ms",
   "yarn.nodemanager.node-labels.provider.script.opts",
   "yarn.nodemanager.node-labels.provider.script.path",
   "yarn.nodemanager.node-labels.resync-interval-ms",
   "yarn.nodemanager.numa-awareness.enabled",
   "yarn.nodemanager.numa-awareness.node-ids",
   "yarn.nodemanager.numa-awareness.numactl.cmd",
   "yarn.nodemanager.numa-awareness.read-topology",
   "yarn.nodemanager.opportunistic-containers-max-queue-length",
   "yarn.nodemanager.opportunistic-containers-queue-policy",
   "yarn.nodemanager.opportunistic-containers-use-pause-for-preemption",
   "yarn.nodemanager.pluggable-device-framework.device-classes",
   "yarn.nodemanager.pluggable-device-framework.enabled",
   "yarn.nodemanager.pmem-check-enabled",
   "yarn.nodemanager.principal",
   "yarn.nodemanager.process-kill-wait.ms",
   "yarn.nodemanager.recovery.compaction-interval-secs",
   "yarn.nodemanager.recovery.dir",
   "yarn.nodemanager.recovery.enabled",
   "yarn.nodemanager.recovery.supervised",
   "yarn.nodemanager.remote-app-log-dir",
   "yarn.nodemanager.remote-app-log-dir-include-older",
   "yarn.nodemanager.remote-app-log-dir-suffix",
   "yarn.nodemanager.remote-app-log-dir.groupname",
   "yarn.nodemanager.resource-calculator.class",
   "yarn.nodemanager.resource-monitor.interval-ms",
   "yarn.nodemanager.resource-plugins",
   "yarn.nodemanager.resource-plugins.fail-fast",
   "yarn.nodemanager.resource-plugins.fpga.allowed-fpga-devices",
   "yarn.nodemanager.resource-plugins.fpga.available-devices",
   "yarn.nodemanager.resource-plugins.fpga.device-discovery-script",
   "yarn.nodemanager.resource-plugins.fpga.path-to-discovery-executables",
   "yarn.nodemanager.resource-plugins.fpga.vendor-plugin.class",
   "yarn.nodemanager.resource-plugins.gpu.allowed-gpu-devices",
   "yarn.nodemanager.resource-plugins.gpu.docker-plugin",
   "yarn.nodemanager.resource-plugins.gpu.docker-plugin.nvidia-docker-v1.endpoint",
   "yarn.nodemanager.resource-plugins.gpu.path-to-discovery-executables",
   "yarn.nodemanager.resource.count-logical-processors-as-cores",
   "yarn.nodemanager.resource.cpu-vcores",
   "yarn.nodemanager.resource.detect-hardware-capabilities",
   "yarn.nodemanager.resource.memory-mb",
   "yarn.nodemanager.resource.memory.cgroups.soft-limit-percentage",
   "yarn.nodemanager.resource.memory.cgroups.swappiness",
   "yarn.nodemanager.resource.memory.enabled",
   "yarn.nodemanager.resource.memory.enforced",
   "yarn.nodemanager.resource.pcores-vcores-multiplier",
   "yarn.nodemanager.resource.percentage-physical-cpu-limit",
   "yarn.nodemanager.resource.system-reserved-memory-mb",
   "yarn.nodemanager.resourcemanager.connect.max-wait.ms",
   "yarn.nodemanager.resourcemanager.connect.retry-interval.ms",
   "yarn.nodemanager.resourcemanager.minimum.version",
   "yarn.nodemanager.runtime.linux.allowed-runtimes",
   "yarn.nodemanager.runtime.linux.docker.allowed-container-networks",
   "yarn.nodemanager.runtime.linux.docker.allowed-container-runtimes",
   "yarn.nodemanager.runtime.linux.docker.capabilities",
   "yarn.nodemanager.runtime.linux.docker.default-container-network",
   "yarn.nodemanager.runtime.linux.docker.default-ro-mounts",
   "yarn.nodemanager.runtime.linux.docker.default-rw-mounts",
   "yarn.nodemanager.runtime.linux.docker.default-tmpfs-mounts",
   "yarn.nodemanager.runtime.linux.docker.delayed-removal.allowed",
   "yarn.nodemanager.runtime.linux.docker.enable-userremapping.allowed",
   "yarn.nodemanager.runtime.linux.docker.host-pid-namespace.allowed",
   "yarn.nodemanager.runtime.linux.docker.image-name",
   "yarn.nodemanager.runtime.linux.docker.image-update",
   "yarn.nodemanager.runtime.linux.docker.privileged-containers.acl",
   "yarn.nodemanager.runtime.linux.docker.privileged-containers.allowed",
   "yarn.nodemanager.runtime.linux.docker.stop.grace-period",
   "yarn.nodemanager.runtime.linux.docker.userremapping-gid-threshold",
   "yarn.nodemanager.runtime.linux.docker.userremapping-uid-threshold",
   "yarn.nodemanager.runtime.linux.runc.allowed-container-networks",
   "yarn.nodemanager.runtime.linux.runc.allowed-container-runtimes",
   "yarn.nodemanager.runtime.linux.runc.default-ro-mounts",
   "yarn.nodemanager.runtime.linux.runc.default-rw-mounts",
   "yarn.nodemanager.runtime.linux.runc.hdfs-manifest-to-resources-plugin.stat-cache-size",
   "yarn.nodemanager.runtime.linux.runc.hdfs-manifest-to-resources-plugin.stat-cache-timeout-interval-secs",
   "yarn.nodemanager.runtime.linux.runc.host-pid-namespace.allowed",
   "yarn.nodemanager.runtime.linux.runc.image-name",
   "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin",
   "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.cache-refresh-interval-secs",
   "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.hdfs-hash-file",
   "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.local-hash-file",
   "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.num-manifests-to-cache",
   "yarn.nodemanager.runtime.linux.runc.image-toplevel-dir",
   "yarn.nodemanager.runtime.linux.runc.layer-mounts-interval-secs",
   "yarn.nodemanager.runtime.linux.runc.layer-mounts-to-keep",
   "yarn.nodemanager.runtime.linux.runc.manifest-to-resources-plugin",
   "yarn.nodemanager.runtime.linux.runc.privileged-containers.acl",
   "yarn.nodemanager.runtime.linux.runc.privileged-containers.allowed",
   "yarn.nodemanager.runtime.linux.runc.seccomp-profile",
   "yarn.nodemanager.runtime.linux.sandbox-mode",
   "yarn.nodemanager.runtime.linux.sandbox-mode.local-dirs.permissions",
   "yarn.nodemanager.runtime.linux.sandbox-mode.policy",
   "yarn.nodemanager.runtime.linux.sandbox-mode.whitelist-group",
   "yarn.nodemanager.runtime.linux.type",
   "yarn.nodemanager.sleep-delay-before-sigkill.ms",
   "yarn.nodemanager.vmem-check-enabled",
   "yarn.nodemanager.vmem-pmem-ratio",
   "yarn.nodemanager.webapp.address",
   "yarn.nodemanager.webapp.cross-origin.enabled",
   "yarn.nodemanager.webapp.https.address",
   "yarn.nodemanager.webapp.rest-csrf.custom-header",
   "yarn.nodemanager.webapp.rest-csrf.enabled",
   "yarn.nodemanager.webapp.rest-csrf.methods-to-ignore",
   "yarn.nodemanager.webapp.spnego-keytab-file",
   "yarn.nodemanager.webapp.spnego-principal",
   "yarn.nodemanager.webapp.xfs-filter.xframe-options",
   "yarn.nodemanager.windows-container.cpu-limit.enabled",
   "yarn.nodemanager.windows-container.memory-limit.enabled",
   "yarn.nodemanager.windows-secure-container-executor.group",
   "yarn.registry.class",
   "yarn.resource-types",
   "yarn.resourcemanager.activities-manager.app-activities.max-queue-length",
   "yarn.resourcemanager.activities-manager.app-activities.ttl-ms",
   "yarn.resourcemanager.activities-manager.cleanup-interval-ms",
   "yarn.resourcemanager.activities-manager.scheduler-activities.ttl-ms",
   "yarn.resourcemanager.address",
   "yarn.resourcemanager.admin.address",
   "yarn.resourcemanager.admin.client.thread-count",
   "yarn.resourcemanager.am-rm-tokens.master-key-rolling-interval-secs",
   "yarn.resourcemanager.am.global.max-attempts",
   "yarn.resourcemanager.am.max-attempts",
   "yarn.resourcemanager.amlauncher.thread-count",
   "yarn.resourcemanager.application-https.policy",
   "yarn.resourcemanager.application-master-service.processors",
   "yarn.resourcemanager.application-tag-based-placement.enable",
   "yarn.resourcemanager.application-tag-based-placement.force-lowercase",
   "yarn.resourcemanager.application-tag-based-placement.username.whitelist",
   "yarn.resourcemanager.application-timeouts.monitor.interval-ms",
   "yarn.resourcemanager.application.max-tag.length",
   "yarn.resourcemanager.application.max-tags",
   "yarn.resourcemanager.auto-update.containers",
   "yarn.resourcemanager.bind-host",
   "yarn.resourcemanager.client.thread-count",
   "yarn.resourcemanager.cluster-id",
   "yarn.resourcemanager.configuration.file-system-based-store",
   "yarn.resourcemanager.configuration.provider-class",
   "yarn.resourcemanager.connect.max-wait.ms",
   "yarn.resourcemanager.connect.retry-interval.ms",
   "yarn.resourcemanager.container-tokens.master-key-rolling-interval-secs",
   "yarn.resourcemanager.container.liveness-monitor.interval-ms",
   "yarn.resourcemanager.decommissioning-nodes-watcher.poll-interval-secs",
   "yarn.resourcemanager.delayed.delegation-token.removal-interval-ms",
   "yarn.resourcemanager.delegation-token-renewer.thread-count",
   "yarn.resourcemanager.delegation-token-renewer.thread-retry-interval",
   "yarn.resourcemanager.delegation-token-renewer.thread-retry-max-attempts",
   "yarn.resourcemanager.delegation-token-renewer.thread-timeout",
   "yarn.resourcemanager.delegation-token.always-cancel",
   "yarn.resourcemanager.delegation-token.max-conf-size-bytes",
   "yarn.resourcemanager.delegation.key.update-interval",
   "yarn.resourcemanager.delegation.token.max-lifetime",
   "yarn.resourcemanager.delegation.token.remove-scan-interval",
   "yarn.resourcemanager.delegation.token.renew-interval",
   "yarn.resourcemanager.enable-node-untracked-without-include-path",
   "yarn.resourcemanager.epoch.range",
   "yarn.resourcemanager.fail-fast",
   "yarn.resourcemanager.fs.state-store.num-retries",
   "yarn.resourcemanager.fs.state-store.retry-interval-ms",
   "yarn.resourcemanager.fs.state-store.uri",
   "yarn.resourcemanager.ha.automatic-failover.embedded",
   "yarn.resourcemanager.ha.automatic-failover.enabled",
   "yarn.resourcemanager.ha.automatic-failover.zk-base-path",
   "yarn.resourcemanager.ha.enabled",
   "yarn.resourcemanager.ha.failover-controller.active-standby-elector.zk.retries",
   "yarn.resourcemanager.ha.id",
   "yarn.resourcemanager.ha.rm-ids",
   "yarn.resourcemanager.history-writer.multi-threaded-dispatcher.pool-size",
   "yarn.resourcemanager.hostname",
   "yarn.resourcemanager.keytab",
   "yarn.resourcemanager.leveldb-state-store.compaction-interval-secs",
   "yarn.resourcemanager.leveldb-state-store.path",
   "yarn.resourcemanager.max-completed-applications",
   "yarn.resourcemanager.max-log-aggregation-diagnostics-in-memory",
   "yarn.resourcemanager.metrics.runtime.buckets",
   "yarn.resourcemanager.nm-container-queuing.load-comparator",
   "yarn.resourcemanager.nm-container-queuing.max-queue-length",
   "yarn.resourcemanager.nm-container-queuing.max-queue-wait-time-ms",
   "yarn.resourcemanager.nm-container-queuing.min-queue-length",
   "yarn.resourcemanager.nm-container-queuing.min-queue-wait-time-ms",
   "yarn.resourcemanager.nm-container-queuing.queue-limit-stdev",
   "yarn.resourcemanager.nm-container-queuing.sorting-nodes-interval-ms",
   "yarn.resourcemanager.nm-tokens.master-key-rolling-interval-secs",
   "yarn.resourcemanager.node-ip-cache.expiry-interval-secs",
   "yarn.resourcemanager.node-labels.am.allow-non-exclusive-allocation",
   "yarn.resourcemanager.node-labels.am.default-node-label-expression",
   "yarn.resourcemanager.node-labels.provider",
   "yarn.resourcemanager.node-labels.provider.fetch-interval-ms",
   "yarn.resourcemanager.node-labels.provider.update-newly-registered-nodes-interval-ms",
   "yarn.resourcemanager.node-removal-untracked.node-selective-states-to-remove",
   "yarn.resourcemanager.node-removal-untracked.timeout-ms",
   "yarn.resourcemanager.nodemanager-connect-retries",
   "yarn.resourcemanager.nodemanager-graceful-decommission-timeout-secs",
   "yarn.resourcemanager.nodemanager.minimum.version",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-max-ms",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-min-ms",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-ms",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-scaling-enable",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-slowdown-factor",
   "yarn.resourcemanager.nodemanagers.heartbeat-interval-speedup-factor",
   "yarn.resourcemanager.nodes.exclude-path",
   "yarn.resourcemanager.nodes.include-path",
   "yarn.resourcemanager.nodestore-rootdir.num-retries",
   "yarn.resourcemanager.nodestore-rootdir.retry-interval-ms",
   "yarn.resourcemanager.opportunistic-container-allocation.enabled",
   "yarn.resourcemanager.opportunistic-container-allocation.nodes-used",
   "yarn.resourcemanager.opportunistic.max.container-allocation.per.am.heartbeat",
   "yarn.resourcemanager.placement-constraints.algorithm.class",
   "yarn.resourcemanager.placement-constraints.algorithm.iterator",
   "yarn.resourcemanager.placement-constraints.algorithm.pool-size",
   "yarn.resourcemanager.placement-constraints.handler",
   "yarn.resourcemanager.placement-constraints.retry-attempts",
   "yarn.resourcemanager.placement-constraints.scheduler.pool-size",
   "yarn.resourcemanager.principal",
   "yarn.resourcemanager.proxy-user-privileges.enabled",
   "yarn.resourcemanager.proxy.connection.timeout",
   "yarn.resourcemanager.proxy.timeout.enabled",
   "yarn.resourcemanager.recovery.enabled",
   "yarn.resourcemanager.reservation-system.class",
   "yarn.resourcemanager.reservation-system.enable",
   "yarn.resourcemanager.reservation-system.plan.follower",
   "yarn.resourcemanager.reservation-system.planfollower.time-step",
   "yarn.resourcemanager.resource-profiles.enabled",
   "yarn.resourcemanager.resource-profiles.source-file",
   "yarn.resourcemanager.resource-tracker.address",
   "yarn.resourcemanager.resource-tracker.client.thread-count",
   "yarn.resourcemanager.resource-tracker.nm.ip-hostname-check",
   "yarn.resourcemanager.rm.container-allocation.expiry-interval-ms",
   "yarn.resourcemanager.scheduler.address",
   "yarn.resourcemanager.scheduler.class",
   "yarn.resourcemanager.scheduler.client.thread-count",
   "yarn.resourcemanager.scheduler.monitor.enable",
   "yarn.resourcemanager.scheduler.monitor.policies",
   "yarn.resourcemanager.state-store.max-completed-applications",
   "yarn.resourcemanager.store.class",
   "yarn.resourcemanager.submission-preprocessor.enabled",
   "yarn.resourcemanager.submission-preprocessor.file-path",
   "yarn.resourcemanager.submission-preprocessor.file-refresh-interval-ms",
   "yarn.resourcemanager.system-metrics-publisher.dispatcher.pool-size",
   "yarn.resourcemanager.system-metrics-publisher.enabled",
   "yarn.resourcemanager.system-metrics-publisher.timeline-server-v1.batch-size",
   "yarn.resourcemanager.system-metrics-publisher.timeline-server-v1.enable-batch",
   "yarn.resourcemanager.system-metrics-publisher.timeline-server-v1.interval-seconds",
   "yarn.resourcemanager.webapp.address",
   "yarn.resourcemanager.webapp.cross-origin.enabled",
   "yarn.resourcemanager.webapp.delegation-token-auth-filter.enabled",
   "yarn.resourcemanager.webapp.https.address",
   "yarn.resourcemanager.webapp.rest-csrf.custom-header",
   "yarn.resourcemanager.webapp.rest-csrf.enabled",
   "yarn.resourcemanager.webapp.rest-csrf.methods-to-ignore",
   "yarn.resourcemanager.webapp.spnego-keytab-file",
   "yarn.resourcemanager.webapp.spnego-principal",
   "yarn.resourcemanager.webapp.ui-actions.enabled",
   "yarn.resourcemanager.webapp.xfs-filter.xframe-options",
   "yarn.resourcemanager.work-preserving-recovery.enabled",
   "yarn.resourcemanager.work-preserving-recovery.scheduling-wait-ms",
   "yarn.resourcemanager.zk-appid-node.split-index",
   "yarn.resourcemanager.zk-client-ssl.enabled",
   "yarn.resourcemanager.zk-delegation-token-node.split-index",
   "yarn.resourcemanager.zk-max-znode-size.bytes",
   "yarn.resourcemanager.zk-state-store.parent-path",
   "yarn.resourcemanager.zk-state-store.root-node.acl",
   "yarn.rm.system-metrics-publisher.emit-container-events",
   "yarn.router.asc-interceptor-max-size",
   "yarn.router.bind-host",
   "yarn.router.clientrm.interceptor-class.pipeline",
   "yarn.router.deregister.subcluster.enabled",
   "yarn.router.interceptor.allow-partial-result.enable",
   "yarn.router.interceptor.user-thread-pool.allow-core-thread-time-out",
   "yarn.router.interceptor.user-thread-pool.keep-alive-time",
   "yarn.router.interceptor.user-thread-pool.maximum-pool-size",
   "yarn.router.interceptor.user-thread-pool.minimum-pool-size",
   "yarn.router.interceptor.user.threadpool-size",
   "yarn.router.kerberos.principal",
   "yarn.router.kerberos.principal.hostname",
   "yarn.router.keytab.file",
   "yarn.router.pipeline.cache-max-size",
   "yarn.router.rmadmin.interceptor-class.pipeline",
   "yarn.router.scheduled.executor.threads",
   "yarn.router.subcluster.cleaner.interval.time",
   "yarn.router.subcluster.heartbeat.expiration.time",
   "yarn.router.submit.interval.time",
   "yarn.router.webapp.address",
   "yarn.router.webapp.appsinfo-cached-count",
   "yarn.router.webapp.appsinfo-enabled",
   "yarn.router.webapp.cross-origin.enabled",
   "yarn.router.webapp.https.address",
   "yarn.router.webapp.interceptor-class.pipeline",
   "yarn.router.webapp.proxy.enable",
   "yarn.scheduler.app-placement-allocator.class",
   "yarn.scheduler.configuration.fs.path",
   "yarn.scheduler.configuration.leveldb-store.compaction-interval-secs",
   "yarn.scheduler.configuration.leveldb-store.path",
   "yarn.scheduler.configuration.max.version",
   "yarn.scheduler.configuration.mutation.acl-policy.class",
   "yarn.scheduler.configuration.store.class",
   "yarn.scheduler.configuration.store.max-logs",
   "yarn.scheduler.configuration.zk-store.parent-path",
   "yarn.scheduler.include-port-in-node-name",
   "yarn.scheduler.maximum-allocation-mb",
   "yarn.scheduler.maximum-allocation-vcores",
   "yarn.scheduler.minimum-allocation-mb",
   "yarn.scheduler.minimum-allocation-vcores",
   "yarn.scheduler.queue-placement-rules",
   "yarn.scheduler.skip.node.multiplier",
   "yarn.sharedcache.admin.address",
   "yarn.sharedcache.admin.thread-count",
   "yarn.sharedcache.app-checker.class",
   "yarn.sharedcache.checksum.algo.impl",
   "yarn.sharedcache.cleaner.initial-delay-mins",
   "yarn.sharedcache.cleaner.period-mins",
   "yarn.sharedcache.cleaner.resource-sleep-ms",
   "yarn.sharedcache.client-server.address",
   "yarn.sharedcache.client-server.thread-count",
   "yarn.sharedcache.enabled",
   "yarn.sharedcache.nested-level",
   "yarn.sharedcache.nm.uploader.replication.factor",
   "yarn.sharedcache.nm.uploader.thread-count",
   "yarn.sharedcache.root-dir",
   "yarn.sharedcache.store.class",
   "yarn.sharedcache.store.in-memory.check-period-mins",
   "yarn.sharedcache.store.in-memory.initial-delay-mins",
   "yarn.sharedcache.store.in-memory.staleness-period-mins",
   "yarn.sharedcache.uploader.server.address",
   "yarn.sharedcache.uploader.server.thread-count",
   "yarn.sharedcache.webapp.address",
   "yarn.system-metrics-publisher.enabled",
   "yarn.timeline-service.address",
   "yarn.timeline-service.app-aggregation-interval-secs",
   "yarn.timeline-service.app-collector.linger-period.ms",
   "yarn.timeline-service.bind-host",
   "yarn.timeline-service.client.best-effort",
   "yarn.timeline-service.client.drain-entities.timeout.ms",
   "yarn.timeline-service.client.fd-clean-interval-secs",
   "yarn.timeline-service.client.fd-flush-interval-secs",
   "yarn.timeline-service.client.fd-retain-secs",
   "yarn.timeline-service.client.internal-timers-ttl-secs",
   "yarn.timeline-service.client.max-retries",
   "yarn.timeline-service.client.retry-interval-ms",
   "yarn.timeline-service.enabled",
   "yarn.timeline-service.entity-group-fs-store.active-dir",
   "yarn.timeline-service.entity-group-fs-store.app-cache-size",
   "yarn.timeline-service.entity-group-fs-store.cache-store-class",
   "yarn.timeline-service.entity-group-fs-store.cleaner-interval-seconds",
   "yarn.timeline-service.entity-group-fs-store.done-dir",
   "yarn.timeline-service.entity-group-fs-store.group-id-plugin-classes",
   "yarn.timeline-service.entity-group-fs-store.group-id-plugin-classpath",
   "yarn.timeline-service.entity-group-fs-store.leveldb-cache-read-cache-size",
   "yarn.timeline-service.entity-group-fs-store.retain-seconds",
   "yarn.timeline-service.entity-group-fs-store.scan-interval-seconds",
   "yarn.timeline-service.entity-group-fs-store.summary-store",
   "yarn.timeline-service.entity-group-fs-store.with-user-dir",
   "yarn.timeline-service.flowname.max-size",
   "yarn.timeline-service.generic-application-history.max-applications",
   "yarn.timeline-service.handler-thread-count",
   "yarn.timeline-service.hbase-schema.prefix",
   "yarn.timeline-service.hbase.configuration.file",
   "yarn.timeline-service.hbase.coprocessor.app-final-value-retention-milliseconds",
   "yarn.timeline-service.hbase.coprocessor.jar.hdfs.location",
   "yarn.timeline-service.hostname",
   "yarn.timeline-service.http-authentication.simple.anonymous.allowed",
   "yarn.timeline-service.http-authentication.type",
   "yarn.timeline-service.http-cross-origin.enabled",
   "yarn.timeline-service.keytab",
   "yarn.timeline-service.leveldb-state-store.path",
   "yarn.timeline-service.leveldb-timeline-store.path",
   "yarn.timeline-service.leveldb-timeline-store.read-cache-size",
   "yarn.timeline-service.leveldb-timeline-store.start-time-read-cache-size",
   "yarn.timeline-service.leveldb-timeline-store.start-time-write-cache-size",
   "yarn.timeline-service.leveldb-timeline-store.ttl-interval-ms",
   "yarn.timeline-service.principal",
   "yarn.timeline-service.reader.bind-host",
   "yarn.timeline-service.reader.class",
   "yarn.timeline-service.reader.webapp.address",
   "yarn.timeline-service.reader.webapp.https.address",
   "yarn.timeline-service.recovery.enabled",
   "yarn.timeline-service.state-store-class",
   "yarn.timeline-service.store-class",
   "yarn.timeline-service.timeline-client.number-of-async-entities-to-merge",
   "yarn.timeline-service.ttl-enable",
   "yarn.timeline-service.ttl-ms",
   "yarn.timeline-service.ui-names",
   "yarn.timeline-service.version",
   "yarn.timeline-service.webapp.address",
   "yarn.timeline-service.webapp.https.address",
   "yarn.timeline-service.webapp.rest-csrf.custom-header",
   "yarn.timeline-service.webapp.rest-csrf.enabled",
   "yarn.timeline-service.webapp.rest-csrf.methods-to-ignore",
   "yarn.timeline-service.webapp.xfs-filter.xframe-options",
   "yarn.timeline-service.writer.async.queue.capacity",
   "yarn.timeline-service.writer.class",
   "yarn.timeline-service.writer.flush-interval-seconds",
   "yarn.tracking.url.generator",
   "yarn.web-proxy.address",
   "yarn.web-proxy.bind-host",
   "yarn.web-proxy.keytab",
   "yarn.web-proxy.principal",
   "yarn.webapp.api-service.enable",
   "yarn.webapp.custom.webservice.class",
   "yarn.webapp.enable-rest-app-submissions",
   "yarn.webapp.filter-entity-list-by-user",
   "yarn.webapp.filter-invalid-xml-chars",
   "yarn.webapp.ui1.tools.enable",
   "yarn.webapp.ui2.enable",
   "yarn.webapp.ui2.war-file-path",
   "yarn.webapp.xfs-filter.enabled",
   "yarn.workflow-id.tag-prefix"
  ],
  "alsoKnown": [
   "create.empty.dir.if.nonexist",
   "dfs.access.time.precision",
   "dfs.backup.address",
   "dfs.backup.http.address",
   "dfs.balance.bandwidthPerSec",
   "dfs.block.size",
   "dfs.data.dir",
   "dfs.datanode.max.xcievers",
   "dfs.df.interval",
   "dfs.encryption.key.provider.uri",
   "dfs.federation.nameservice.id",
   "dfs.federation.nameservices",
   "dfs.ha.namenodes",
   "dfs.http.address",
   "dfs.https.address",
   "dfs.https.client.keystore.resource",
   "dfs.https.need.client.auth",
   "dfs.max-repl-streams",
   "dfs.max.objects",
   "dfs.name.dir",
   "dfs.name.dir.restore",
   "dfs.name.edits.dir",
   "dfs.namenode.replication.considerLoad",
   "dfs.namenode.replication.considerLoad.factor",
   "dfs.namenode.replication.interval",
   "dfs.namenode.replication.pending.timeout-sec",
   "dfs.permissions",
   "dfs.permissions.supergroup",
   "dfs.read.prefetch.size",
   "dfs.replication.considerLoad",
   "dfs.replication.interval",
   "dfs.replication.min",
   "dfs.replication.pending.timeout.sec",
   "dfs.safemode.extension",
   "dfs.safemode.threshold.pct",
   "dfs.secondary.http.address",
   "dfs.socket.timeout",
   "dfs.umaskmode",
   "dfs.web.ugi",
   "dfs.write.packet.size",
   "fs.checkpoint.dir",
   "fs.checkpoint.edits.dir",
   "fs.checkpoint.period",
   "fs.default.name",
   "fs.s3a.server-side-encryption-key",
   "hadoop.configured.node.mapping",
   "hadoop.native.lib",
   "hadoop.pipes.command-file.keep",
   "hadoop.pipes.executable",
   "hadoop.pipes.executable.interpretor",
   "hadoop.pipes.java.mapper",
   "hadoop.pipes.java.recordreader",
   "hadoop.pipes.java.recordwriter",
   "hadoop.pipes.java.reducer",
   "hadoop.pipes.partitioner",
   "heartbeat.recheck.interval",
   "httpfs.authentication.kerberos.keytab",
   "httpfs.authentication.kerberos.principal",
   "httpfs.authentication.signature.secret.file",
   "httpfs.authentication.type",
   "io.bytes.per.checksum",
   "io.sort.factor",
   "io.sort.mb",
   "io.sort.spill.percent",
   "job.end.notification.url",
   "job.end.retry.attempts",
   "job.end.retry.interval",
   "job.local.dir",
   "jobclient.completion.poll.interval",
   "jobclient.output.filter",
   "jobclient.progress.monitor.poll.interval",
   "keep.failed.task.files",
   "keep.task.files.pattern",
   "key.value.separator.in.input.line",
   "map.input.file",
   "map.input.length",
   "map.input.start",
   "map.output.key.field.separator",
   "map.output.key.value.fields.spec",
   "mapred.acls.enabled",
   "mapred.binary.partitioner.left.offset",
   "mapred.binary.partitioner.right.offset",
   "mapred.cache.archives",
   "mapred.cache.archives.timestamps",
   "mapred.cache.files",
   "mapred.cache.files.timestamps",
   "mapred.cache.localArchives",
   "mapred.cache.localFiles",
   "mapred.child.tmp",
   "mapred.cluster.map.memory.mb",
   "mapred.cluster.max.map.memory.mb",
   "mapred.cluster.max.reduce.memory.mb",
   "mapred.cluster.reduce.memory.mb",
   "mapred.committer.job.setup.cleanup.needed",
   "mapred.compress.map.output",
   "mapred.create.symlink",
   "mapred.data.field.separator",
   "mapred.debug.out.lines",
   "mapred.inmem.merge.threshold",
   "mapred.input.dir",
   "mapred.input.dir.formats",
   "mapred.input.dir.mappers",
   "mapred.input.pathFilter.class",
   "mapred.jar",
   "mapred.job.classpath.archives",
   "mapred.job.classpath.files",
   "mapred.job.id",
   "mapred.job.map.memory.mb",
   "mapred.job.name",
   "mapred.job.priority",
   "mapred.job.queue.name",
   "mapred.job.reduce.input.buffer.percent",
   "mapred.job.reduce.markreset.buffer.percent",
   "mapred.job.reduce.memory.mb",
   "mapred.job.reduce.total.mem.bytes",
   "mapred.job.reuse.jvm.num.tasks",
   "mapred.job.shuffle.input.buffer.percent",
   "mapred.job.shuffle.merge.percent",
   "mapred.job.tracker",
   "mapred.job.tracker.persist.jobstatus.active",
   "mapred.job.tracker.retire.jobs",
   "mapred.join.expr",
   "mapred.join.keycomparator",
   "mapred.lazy.output.format",
   "mapred.line.input.format.linespermap",
   "mapred.linerecordreader.maxlength",
   "mapred.local.dir",
   "mapred.map.child.env",
   "mapred.map.child.java.opts",
   "mapred.map.child.log.level",
   "mapred.map.max.attempts",
   "mapred.map.output.compression.codec",
   "mapred.map.task.debug.script",
   "mapred.map.tasks",
   "mapred.map.tasks.speculative.execution",
   "mapred.mapoutput.key.class",
   "mapred.mapoutput.value.class",
   "mapred.mapper.regex",
   "mapred.mapper.regex.group",
   "mapred.max.map.failures.percent",
   "mapred.max.reduce.failures.percent",
   "mapred.max.split.size",
   "mapred.max.tracker.failures",
   "mapred.merge.recordsBeforeProgress",
   "mapred.min.split.size",
   "mapred.min.split.size.per.node",
   "mapred.min.split.size.per.rack",
   "mapred.output.compress",
   "mapred.output.compression.codec",
   "mapred.output.compression.type",
   "mapred.output.dir",
   "mapred.output.key.class",
   "mapred.output.key.comparator.class",
   "mapred.output.value.class",
   "mapred.output.value.groupfn.class",
   "mapred.permissions.supergroup",
   "mapred.pipes.user.inputformat",
   "mapred.reduce.child.env",
   "mapred.reduce.child.java.opts",
   "mapred.reduce.child.log.level",
   "mapred.reduce.max.attempts",
   "mapred.reduce.parallel.copies",
   "mapred.reduce.slowstart.completed.maps",
   "mapred.reduce.task.debug.script",
   "mapred.reduce.tasks",
   "mapred.reduce.tasks.speculative.execution",
   "mapred.seqbinary.output.key.class",
   "mapred.seqbinary.output.value.class",
   "mapred.shuffle.connect.timeout",
   "mapred.shuffle.read.timeout",
   "mapred.skip.attempts.to.start.skipping",
   "mapred.skip.map.auto.incr.proc.count",
   "mapred.skip.map.max.skip.records",
   "mapred.skip.on",
   "mapred.skip.out.dir",
   "mapred.skip.reduce.auto.incr.proc.count",
   "mapred.skip.reduce.max.skip.groups",
   "mapred.speculative.execution.slowNodeThreshold",
   "mapred.speculative.execution.slowTaskThreshold",
   "mapred.speculative.execution.speculativeCap",
   "mapred.submit.replication",
   "mapred.system.dir",
   "mapred.task.cache.levels",
   "mapred.task.id",
   "mapred.task.is.map",
   "mapred.task.partition",
   "mapred.task.profile",
   "mapred.task.profile.maps",
   "mapred.task.profile.params",
   "mapred.task.profile.reduces",
   "mapred.task.timeout",
   "mapred.tasktracker.indexcache.mb",
   "mapred.tasktracker.map.tasks.maximum",
   "mapred.tasktracker.memory_calculator_plugin",
   "mapred.tasktracker.memorycalculatorplugin",
   "mapred.temp.dir",
   "mapred.text.key.comparator.options",
   "mapred.text.key.partitioner.options",
   "mapred.textoutputformat.separator",
   "mapred.tip.id",
   "mapred.used.genericoptionsparser",
   "mapred.userlog.limit.kb",
   "mapred.work.output.dir",
   "mapred.working.dir",
   "mapreduce.combine.class",
   "mapreduce.inputformat.class",
   "mapreduce.job.cache.symlink.create",
   "mapreduce.job.counters.limit",
   "mapreduce.map.class",
   "mapreduce.outputformat.class",
   "mapreduce.partitioner.class",
   "mapreduce.reduce.class",
   "mapreduce.tasktracker.indexcache.mb",
   "min.num.spills.for.combine",
   "reduce.output.key.value.fields.spec",
   "security.job.submission.protocol.acl",
   "security.task.umbilical.protocol.acl",
   "sequencefile.filter.class",
   "sequencefile.filter.frequency",
   "sequencefile.filter.regex",
   "session.id",
   "slave.host.name",
   "topology.node.switch.mapping.impl",
   "topology.script.file.name",
   "topology.script.number.args",
   "user.name",
   "yarn.app.mapreduce.yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts",
   "yarn.client.app-submission.poll-interval"
  ],
  "templates": [
   "ipc.[port_number].callqueue.overflow.trigger.failover",
   "ipc.[port_number].backoff.enable",
   "ipc.[port_number].callqueue.impl",
   "ipc.[port_number].scheduler.impl",
   "ipc.[port_number].callqueue.capacity.weights",
   "ipc.[port_number].scheduler.priority.levels",
   "ipc.[port_number].faircallqueue.multiplexer.weights",
   "ipc.[port_number].identity-provider.impl",
   "ipc.[port_number].cost-provider.impl",
   "ipc.[port_number].decay-scheduler.period-ms",
   "ipc.[port_number].decay-scheduler.decay-factor",
   "ipc.[port_number].decay-scheduler.thresholds",
   "ipc.[port_number].decay-scheduler.backoff.responsetime.enable",
   "ipc.[port_number].decay-scheduler.backoff.responsetime.thresholds",
   "ipc.[port_number].decay-scheduler.metrics.top.user.count",
   "ipc.[port_number].decay-scheduler.service-users",
   "ipc.[port_number].weighted-cost.lockshared",
   "ipc.[port_number].weighted-cost.lockexclusive",
   "ipc.[port_number].weighted-cost.handler",
   "ipc.[port_number].weighted-cost.lockfree",
   "ipc.[port_number].weighted-cost.response",
   "hadoop.security.crypto.codec.classes.EXAMPLECIPHERSUITE",
   "dfs.ha.namenodes.EXAMPLENAMESERVICE"
  ]
 }
}`);

// src/knowledge/hadoop-extra-keys.ts
var NAMENODE_SPECIFIC = "NAMENODE_SPECIFIC_KEYS, NameNode H341 L317-344 (facts a.2 #14); lookup key.<ns>.<nn> -> key.<ns> -> key, DFSUtil H341 L1136-1148";
var ZKFC_KEYS = "ZKFC_CONF_KEYS, ZKFC H341 L82-88 (facts a.2 #14); resolved with suffixes by DFSZKFC H341 L163";
var RM_HA = 'ResourceManagerHA.md (2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.<service>.address.rm-id and hostname.rm-id';
var SUFFIXED_KEYS = [
  ...[
    "dfs.namenode.rpc-address",
    "dfs.namenode.rpc-bind-host",
    "dfs.namenode.name.dir",
    "dfs.namenode.edits.dir",
    "dfs.namenode.shared.edits.dir",
    "dfs.namenode.checkpoint.dir",
    "dfs.namenode.checkpoint.edits.dir",
    "dfs.namenode.lifeline.rpc-address",
    "dfs.namenode.lifeline.rpc-bind-host",
    "dfs.namenode.servicerpc-address",
    "dfs.namenode.servicerpc-bind-host",
    "dfs.namenode.http-address",
    "dfs.namenode.https-address",
    "dfs.namenode.http-bind-host",
    "dfs.namenode.https-bind-host",
    "dfs.namenode.keytab.file",
    "dfs.namenode.secondary.http-address",
    "dfs.namenode.secondary.https-address",
    "dfs.secondary.namenode.keytab.file",
    "dfs.namenode.backup.address",
    "dfs.namenode.backup.http-address",
    "dfs.namenode.backup.dnrpc-address",
    "dfs.namenode.kerberos.principal",
    "dfs.namenode.kerberos.internal.spnego.principal",
    "dfs.ha.fencing.methods",
    "dfs.ha.zkfc.port"
  ].map((name) => ({ name, suffix: "ns-nn", source: NAMENODE_SPECIFIC })),
  { name: "dfs.ha.automatic-failover.enabled", suffix: "ns", source: "NAMESERVICE_SPECIFIC_KEYS, NameNode H341 L351-353" },
  ...["ha.zookeeper.quorum", "ha.zookeeper.session-timeout.ms", "ha.zookeeper.parent-znode", "ha.zookeeper.acl", "ha.zookeeper.auth"].map((name) => ({ name, suffix: "ns-nn", source: ZKFC_KEYS })),
  { name: "dfs.ha.namenodes", suffix: "ns", source: "dfs.ha.namenodes.<ns> (XML277 hdfs:1273, XML341 hdfs:1875; QJM-doc 3.4.1 L117-130)" },
  { name: "dfs.client.failover.proxy.provider", suffix: "ns", source: 'PROXY_PROVIDER_KEY_PREFIX + "." + host, NNProxiesClient H341 L279-300' },
  { name: "dfs.journalnode.edits.dir", suffix: "ns", source: "JN H341 L179-189 (3.x reads dfs.journalnode.edits.dir.<ns>)" },
  ...[
    "yarn.resourcemanager.hostname",
    "yarn.resourcemanager.address",
    "yarn.resourcemanager.scheduler.address",
    "yarn.resourcemanager.resource-tracker.address",
    "yarn.resourcemanager.admin.address",
    "yarn.resourcemanager.webapp.address",
    "yarn.resourcemanager.webapp.https.address"
  ].map((name) => ({ name, suffix: "rm", source: RM_HA }))
];
var NAME_PATTERNS = [
  { pattern: /^hadoop\.proxyuser\.[^.]+(?:\.[^.]+)*\.(?:hosts|groups|users)$/, source: "Superusers.md (hadoop-common site docs): hadoop.proxyuser.<user>.hosts/groups/users" },
  { pattern: /^fs\.[a-z][a-z0-9+.-]*\.impl(?:\.disable\.cache)?$/, source: 'FileSystem: "fs." + scheme + ".impl" and fs.<scheme>.impl.disable.cache' },
  { pattern: /^fs\.AbstractFileSystem\.[a-z][a-z0-9+.-]*\.impl$/, source: "AbstractFileSystem: fs.AbstractFileSystem.<scheme>.impl (XML341 core:1113ff)" },
  { pattern: /^yarn\.nodemanager\.aux-services\.[A-Za-z_][A-Za-z0-9_]*\.(?:class|classpath|remote-classpath|system-classes)$/, source: "yarn.nodemanager.aux-services.<service>.class (XML277 yarn, yarn.nodemanager.aux-services.mapreduce_shuffle.class)" },
  { pattern: /^ipc\.\d+\./, source: "ipc.[port_number].* (XML341 core:2595ff)" }
];
var FOREIGN_PREFIXES = [
  "yarn.scheduler.capacity.",
  "yarn.scheduler.fair.",
  "yarn.service.",
  "dfs.federation.router.",
  "hadoop.kms.",
  "httpfs.",
  "fs.s3a.",
  "fs.s3.",
  "fs.s3n.",
  "fs.azure.",
  "fs.gs.",
  "fs.adl.",
  "fs.oss.",
  "fs.cosn.",
  "fs.obs.",
  "fs.swift.",
  "fs.viewfs.",
  "hadoop.security.group.mapping.provider.",
  "hadoop.http.authentication.",
  "hadoop.registry.",
  "hbase.",
  "hive.",
  "spark.",
  "tez.",
  "zookeeper.",
  "oozie.",
  "phoenix.",
  "kafka.",
  "flink.",
  "livy.",
  "hue.",
  "ranger.",
  "atlas.",
  "knox.",
  "sqoop.",
  "impala.",
  "kylin.",
  "alluxio.",
  "presto.",
  "trino."
];

// src/rules-support/hadoop-property-names.ts
var PLACEHOLDER_TOKEN = /^(?:\[[^\]]*\]|EXAMPLE[A-Z]+)$/;
var catalogues = /* @__PURE__ */ new Map();
function catalogue(major) {
  const cached = catalogues.get(major);
  if (cached) return cached;
  const data = NAME_CATALOGUE[major];
  const known = new Set(data.candidates);
  for (const name of data.alsoKnown) known.add(name);
  const lower = /* @__PURE__ */ new Map();
  for (const c of data.candidates) if (!lower.has(c.toLowerCase())) lower.set(c.toLowerCase(), c);
  const templates = data.templates.map((name) => name.split(".").map((t) => PLACEHOLDER_TOKEN.test(t) ? void 0 : t));
  const suffixed = new Map(SUFFIXED_KEYS.map((k2) => [k2.name, k2.suffix]));
  const cat = { known, candidates: data.candidates, lower, templates, suffixed };
  catalogues.set(major, cat);
  return cat;
}
function matchesTemplate(tokens, template) {
  return tokens.length === template.length && template.every((t, i) => t === void 0 || t === tokens[i]);
}
function suffixCounts(kind) {
  return kind === "ns-nn" ? [1, 2] : [1];
}
function suffixedBase(name) {
  const tokens = name.split(".");
  for (const n of [1, 2]) {
    if (tokens.length <= n) continue;
    const base = tokens.slice(0, -n).join(".");
    const kind = catalogue("3").suffixed.get(base);
    if (kind && suffixCounts(kind).includes(n) && tokens.slice(-n).every((t) => t !== "")) return base;
  }
  return void 0;
}
function isKnownName(name, major, strict = false) {
  const cat = catalogue(major);
  if (cat.known.has(name)) return true;
  if ((major === "3" || !strict) && catalogue(major === "3" ? "2" : "3").known.has(name)) return true;
  if (suffixedBase(name) !== void 0) return true;
  if (NAME_PATTERNS.some((p) => p.pattern.test(name))) return true;
  if (FOREIGN_PREFIXES.some((p) => name.startsWith(p))) return true;
  const tokens = name.split(".");
  return cat.templates.some((t) => matchesTemplate(tokens, t));
}
function isListedName(name, major) {
  return catalogue(major).known.has(name);
}
function allowedDistance(length) {
  return Math.max(1, Math.floor(length / 12));
}
function tokensContained(part, whole) {
  if (whole.length !== part.length + 1) return false;
  let i = 0;
  for (const t of whole) if (t === part[i]) i++;
  return i === part.length;
}
function closestIn(name, candidates, byTokens = true, skip = () => false) {
  const limit = allowedDistance(name.length);
  let best;
  let bestDistance = Infinity;
  let bestIndex = Infinity;
  const byLength = byLengthIndex(candidates);
  for (let length = name.length - limit; length <= name.length + limit; length++) {
    for (const { name: c, index } of byLength.get(length) ?? []) {
      if (skip(c)) continue;
      const d = (0, import_fastest_levenshtein3.distance)(name, c);
      if (d > 0 && d <= limit && (d < bestDistance || d === bestDistance && index < bestIndex)) {
        best = c;
        bestDistance = d;
        bestIndex = index;
      }
    }
  }
  if (best !== void 0 || !byTokens) return best;
  const tokens = name.split(".");
  if (tokens.length < 3) return void 0;
  let shortest;
  for (const { name: c, tokens: cTokens } of byTokenCount(candidates).get(tokens.length + 1) ?? []) {
    if (!tokensContained(tokens, cTokens) || skip(c)) continue;
    if (shortest === void 0 || c.length < shortest.length) shortest = c;
  }
  return shortest;
}
var fittingCache = /* @__PURE__ */ new WeakMap();
function fittingBases(cat, n) {
  let perCount = fittingCache.get(cat);
  if (!perCount) fittingCache.set(cat, perCount = /* @__PURE__ */ new Map());
  let fitting = perCount.get(n);
  if (!fitting) perCount.set(n, fitting = [...cat.suffixed.keys()].filter((b) => suffixCounts(cat.suffixed.get(b)).includes(n)));
  return fitting;
}
var lengthIndex = /* @__PURE__ */ new WeakMap();
function byLengthIndex(candidates) {
  let index = lengthIndex.get(candidates);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    candidates.forEach((c, i) => {
      const list = index.get(c.length);
      if (list) list.push({ name: c, index: i });
      else index.set(c.length, [{ name: c, index: i }]);
    });
    lengthIndex.set(candidates, index);
  }
  return index;
}
var tokenIndex = /* @__PURE__ */ new WeakMap();
function byTokenCount(candidates) {
  let index = tokenIndex.get(candidates);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const c of candidates) {
      const tokens = c.split(".");
      const list = index.get(tokens.length);
      if (list) list.push({ name: c, tokens });
      else index.set(tokens.length, [{ name: c, tokens }]);
    }
    tokenIndex.set(candidates, index);
  }
  return index;
}
function suggestName(name, major, alreadySet = /* @__PURE__ */ new Set()) {
  const cat = catalogue(major);
  const skip = (c) => alreadySet.has(c);
  const caseVariant = cat.lower.get(name.toLowerCase());
  if (caseVariant !== void 0 && caseVariant !== name && !skip(caseVariant)) return caseVariant;
  const direct = closestIn(name, cat.candidates, true, skip);
  if (direct !== void 0) return direct;
  const tokens = name.split(".");
  for (const n of [1, 2]) {
    if (tokens.length <= n + 1) continue;
    const base = tokens.slice(0, -n).join(".");
    const fitting = fittingBases(cat, n);
    const suffix = tokens.slice(-n);
    const hit = closestIn(base, fitting, false, (c) => skip([c, ...suffix].join(".")));
    if (hit !== void 0) return [hit, ...suffix].join(".");
  }
  return void 0;
}

// src/rules-support/ha-critical-keys.ts
var HA_CRITICAL_FAMILIES = [
  {
    // FileSystem.getDefaultUri: without it every client and YARN use file:/// (core-default.xml).
    why: "the default file system of every client and daemon",
    keys: ["fs.defaultFS"]
  },
  {
    // DFSUtil.getNNServiceRpcAddresses / HAUtil: the NameNodes find their own address and their peer through these;
    // the standby uploads checkpoints to the active's http-address. The servicerpc and https addresses are optional
    // (unset, the NameNode serves DataNodes on its rpc-address), so a typo there is no error.
    why: "the nameservices, their NameNodes and the NameNodes' addresses",
    keys: ["dfs.nameservices", "dfs.internal.nameservices", "dfs.ha.namenodes", "dfs.namenode.rpc-address", "dfs.namenode.http-address"]
  },
  {
    // FSNamesystem.getSharedEditsDirs and JournalNode: without them HA has no shared edits (format and start fail).
    why: "the shared edits of an HA nameservice",
    keys: ["dfs.namenode.shared.edits.dir", "dfs.journalnode.edits.dir"]
  },
  {
    // NameNodeProxiesClient.createFailoverProxyProvider: without a provider the logical URI is taken for a host name.
    why: "the client failover proxy provider",
    keys: ["dfs.client.failover.proxy.provider"]
  },
  {
    // NodeFencer / SshFenceByTcpPort: fencing with no method or no identity fails and failover stops.
    why: "fencing",
    keys: ["dfs.ha.fencing.methods", "dfs.ha.fencing.ssh.private-key-files"]
  },
  {
    // DFSZKFailoverController / ActiveStandbyElector: automatic failover and its ZooKeeper quorum.
    why: "automatic failover of the NameNodes",
    keys: ["dfs.ha.automatic-failover.enabled", "ha.zookeeper.quorum"]
  },
  {
    // RMHAUtils / HAUtil (yarn): ResourceManager HA, its ids, its addresses and its ZooKeeper state store.
    why: "ResourceManager HA and the ResourceManagers' addresses",
    keys: [
      "yarn.resourcemanager.ha.enabled",
      "yarn.resourcemanager.ha.rm-ids",
      "yarn.resourcemanager.ha.id",
      "yarn.resourcemanager.ha.automatic-failover.enabled",
      "yarn.resourcemanager.ha.automatic-failover.embedded",
      "yarn.resourcemanager.cluster-id",
      "yarn.resourcemanager.hostname",
      "yarn.resourcemanager.address",
      "yarn.resourcemanager.scheduler.address",
      "yarn.resourcemanager.resource-tracker.address",
      "yarn.resourcemanager.admin.address",
      "yarn.resourcemanager.webapp.address",
      "yarn.resourcemanager.zk-address",
      "hadoop.zk.address",
      "yarn.resourcemanager.recovery.enabled"
    ]
  },
  {
    // Cluster.initialize (MRv2): without it MapReduce jobs run in the local runner, not on YARN.
    why: "where MapReduce jobs run",
    keys: ["mapreduce.framework.name"]
  }
];
var CRITICAL = new Set(HA_CRITICAL_FAMILIES.flatMap((f) => f.keys));
function isHaCriticalKey(name) {
  return CRITICAL.has(name) || CRITICAL.has(suffixedBase(name) ?? name);
}

// src/rules-support/boolean-values.ts
function badBooleans(cluster) {
  const files = distinctXmlFiles(cluster);
  if (files.length === 0) return [];
  const major = majorOf(cluster.hadoopVersion);
  const defaults = HADOOP_KNOWLEDGE.defaults[major];
  const otherDefaults = HADOOP_KNOWLEDGE.defaults[otherMajor(major)];
  const out = [];
  for (const file of files) {
    for (const prop of file.xml.properties) {
      if (!prop.value) continue;
      const name = prop.name.value;
      const base = Object.hasOwn(defaults, name) || Object.hasOwn(otherDefaults, name) ? name : suffixedBase(name) ?? name;
      const fallback = defaults[base] ?? otherDefaults[base];
      if (fallback !== "true" && fallback !== "false") continue;
      const value = trimLocated(prop.value);
      const v = value.value.toLowerCase();
      if (v === "" || v === "true" || v === "false" || value.value.includes("${")) continue;
      out.push({ file, prop, value, fallback });
    }
  }
  return out;
}
function isHaBooleanTypo(b) {
  return isHaCriticalKey(b.prop.name.value) && meantBoolean(b.value.value) !== b.fallback;
}

// rules/hadoop/invalid-boolean.ts
var invalid_boolean_default = defineRule({
  meta: {
    id: "hadoop/invalid-boolean",
    severity: "warning",
    description: "A boolean property is set to something other than true or false, so Hadoop uses its default",
    rationale: "`Configuration.getBoolean` trims the value and compares it, ignoring case, with `true` and `false`; any other text (`yes`, `1`, `on`, `ture`) is not an error: the getter silently returns the default. So `dfs.ha.automatic-failover.enabled = yes` leaves automatic failover off, without a word in the log of Hadoop 2.x. A property counts as boolean when its upstream default (the `*-default.xml` of the version, or of the base key for a `.<nameservice>` suffixed one) is `true` or `false`. Empty values and values built from `${var}` are not judged. A typo in a boolean HA depends on that leaves it at the other value than meant is `hadoop/invalid-ha-boolean` (an error).",
    fix: "Write `true` or `false`.",
    references: [
      'Configuration.java (2.7.7, 3.4.1) getBoolean: getTrimmed, equalsIgnoreCase("true") / ("false"), else the default value',
      "core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): which properties default to true or false"
    ]
  },
  check(cluster, report) {
    for (const b of badBooleans(cluster)) {
      if (isHaBooleanTypo(b)) continue;
      report({
        span: b.value.span,
        message: `${quote(b.value.value)} is not a boolean; Hadoop ignores it and reads ${quote(b.prop.name.value)} as its default ${quote(b.fallback)}`
      });
    }
  }
});

// rules/hadoop/invalid-ha-boolean.ts
var invalid_ha_boolean_default = defineRule({
  meta: {
    id: "hadoop/invalid-ha-boolean",
    severity: "error",
    description: "A boolean HA depends on is set to something other than true or false, so Hadoop silently uses the other value",
    rationale: "`Configuration.getBoolean` trims the value and compares it, ignoring case, with `true` and `false`; for anything else (`ture`, `yes`, `1`, `on`) it returns the default without a word. On the booleans HA depends on (`dfs.ha.automatic-failover.enabled` and its `.<nameservice>` form, `yarn.resourcemanager.ha.enabled`, `yarn.resourcemanager.ha.automatic-failover.enabled`, `yarn.resourcemanager.recovery.enabled`: the table of `src/rules-support/ha-critical-keys.ts`) that default is the opposite of what the operator asked for: `dfs.ha.automatic-failover.enabled = ture` starts no ZKFC and both NameNodes stay standby. A value that plainly means the default (`ture` where the default is `true`) changes nothing and is left to `hadoop/invalid-boolean` (a warning).",
    fix: "Write `true` or `false`.",
    references: [
      'Configuration.java (2.7.7, 3.4.1) getBoolean: getTrimmed, StringUtils.equalsIgnoreCase("true") / ("false"), else return defaultValue',
      "hdfs-default.xml (3.4.1) dfs.ha.automatic-failover.enabled = false; yarn-default.xml (3.4.1) yarn.resourcemanager.ha.enabled = false, yarn.resourcemanager.recovery.enabled = false",
      "DFSZKFailoverController.java (3.4.1) / start-dfs.sh: the ZKFCs start only when dfs.ha.automatic-failover.enabled is true"
    ]
  },
  check(cluster, report) {
    for (const b of badBooleans(cluster)) {
      if (!isHaBooleanTypo(b)) continue;
      const meant2 = meantBoolean(b.value.value);
      const asked = meant2 === void 0 ? "" : ` (meant ${quote(meant2)})`;
      report({
        span: b.value.span,
        message: `${quote(b.value.value)} is not a boolean${asked}; Hadoop ignores it and reads ${quote(b.prop.name.value)} as its default ${quote(b.fallback)}`
      });
    }
  }
});

// rules/hadoop/mapreduce1-daemon-property.ts
var mapreduce1_daemon_property_default = defineRule({
  meta: {
    id: "hadoop/mapreduce1-daemon-property",
    severity: "info",
    description: "A site file configures the JobTracker or TaskTracker of MapReduce 1, which YARN replaced",
    rationale: "Hadoop 2 replaced the MapReduce 1 daemons, the JobTracker and the TaskTrackers, with YARN: the ResourceManager, the NodeManagers and a per-job MRAppMaster. No script of Hadoop 2 or 3 starts a JobTracker or a TaskTracker, so the keys that say where they listen and how many task slots a TaskTracker offers (`mapred.job.tracker`, `mapred.tasktracker.map.tasks.maximum` and their newer names `mapreduce.jobtracker.address`, `mapreduce.tasktracker.map.tasks.maximum`, ...) are read by nothing. Hadoop 3.4.1 dropped them from `mapred-default.xml`. They are left over from Hadoop 1 tutorials: what they meant to set is now `yarn.resourcemanager.address` (where jobs are submitted) and `yarn.nodemanager.resource.memory-mb` / `yarn.nodemanager.resource.cpu-vcores` (how much work a worker takes).\n\nThe family is built from Hadoop's deprecation table (`ConfigUtil.addDeprecatedKeys`, `DeprecatedProperties.md`): the JobTracker and TaskTracker addresses and slot counts, and every older name the table maps onto them. Those keys are reported here, all alike and once, and not by `hadoop/deprecated-property`, whose advice to rename `mapred.job.tracker` to `mapreduce.jobtracker.address` would trade one dead key for another. Keys MapReduce on YARN still reads stay out of the family: `mapred.child.java.opts` (the task JVM options when `mapreduce.map.java.opts` / `mapreduce.reduce.java.opts` are unset), `mapreduce.jobtracker.staging.root.dir` and `mapreduce.jobtracker.system.dir` (the local job runner). The finding is info: nothing breaks. When `mapreduce.framework.name` is missing, jobs run in the local runner whatever `mapred.job.tracker` says, which `yarn/mapreduce-framework-name` reports. A cluster whose folder names show Hadoop 1 (`hadoop-1.2.1/`) still runs these daemons and is not checked.",
    fix: "Remove the key. To choose where jobs go, set `mapreduce.framework.name` to `yarn` and the ResourceManager address (`yarn.resourcemanager.hostname`); to size the workers, set `yarn.nodemanager.resource.memory-mb` and `yarn.nodemanager.resource.cpu-vcores`.",
    references: [
      "ConfigUtil.java (2.7.7, 3.4.1) addDeprecatedKeys: mapred.job.tracker -> JTConfig.JT_IPC_ADDRESS, mapred.tasktracker.map.tasks.maximum -> TTConfig.TT_MAP_SLOTS, ...",
      "DeprecatedProperties.md (2.7.7) L141, L145, L236, L239; (3.4.1) L138, L213",
      'mapred-default.xml (2.7.7): mapreduce.jobtracker.address "local", mapreduce.tasktracker.map.tasks.maximum "2"; (3.4.1) has no mapreduce.jobtracker.* or mapreduce.tasktracker.* key',
      "mapred-default.xml (3.4.1) L342: mapred.child.java.opts (still read by MapReduce on YARN)"
    ]
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    if (version.major < 2) return;
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        const name = prop.name.value;
        if (!isMapReduce1DaemonKey(name)) continue;
        report({
          span: prop.name.span,
          message: `${quote(name)} configures the MapReduce 1 ${mapReduce1Daemon(name)} and has no effect: JobTracker and TaskTracker do not exist in YARN${assumedNote(version)}`
        });
      }
    }
  }
});

// src/rules-support/misspellings.ts
var cache = /* @__PURE__ */ new WeakMap();
function defaultOf(name, cluster) {
  const major = majorOf(cluster.hadoopVersion);
  const key = suffixedBase(name) ?? name;
  return HADOOP_KNOWLEDGE.defaults[major][key] ?? HADOOP_KNOWLEDGE.defaults[otherMajor(major)][key];
}
function expandDefault(value, scope, cluster) {
  let out = value;
  for (let round = 0; round < 5 && out.includes("${"); round++) {
    out = out.replace(/\$\{([^}$]+)\}/g, (whole, name) => scope.get(name) ?? defaultOf(name, cluster) ?? whole);
  }
  return out;
}
function misspellingsOf(cluster) {
  const cached = cache.get(cluster);
  if (cached) return cached;
  const version = cluster.hadoopVersion;
  const major = majorOf(version);
  const other = otherMajor(major);
  const strict = major === "2" && isKnownRelease(version) && version.major === 2 && version.minor <= 7;
  const scopesOf = /* @__PURE__ */ new Map();
  for (const scope of definitionScopes(cluster)) {
    for (const hash of new Set(scope.map((d) => d.file.hash))) {
      const list = scopesOf.get(hash);
      if (list) list.push(scope);
      else scopesOf.set(hash, [scope]);
    }
  }
  const out = [];
  for (const file of distinctXmlFiles(cluster)) {
    const inFile = new Set(file.xml.properties.map((p) => p.name.value));
    const scopeDefs = (scopesOf.get(file.hash) ?? []).flat();
    const inScope = new Set(scopeDefs.map((d) => d.name));
    const scopeValues = new Map(scopeDefs.map((d) => [d.name, d.value]));
    for (const prop of file.xml.properties) {
      const name = prop.name.value;
      if (name === "" || isKnownName(name, major, strict)) continue;
      const closest = suggestName(name, major);
      if (closest === void 0) continue;
      const inOther = isListedName(name, other);
      const what = inOther ? `is not a Hadoop ${release(major)} property (${release(other)} has it)` : "is not a Hadoop property";
      const suggestion2 = inFile.has(closest) ? suggestName(name, major, inFile) : closest;
      if (suggestion2 === void 0) {
        out.push({ file, prop, kind: "already-set", intended: closest, defaultValue: "", what });
        continue;
      }
      const value = (prop.value?.value ?? "").trim();
      const fallback = defaultOf(suggestion2, cluster);
      const expanded = fallback === void 0 ? void 0 : expandDefault(fallback, scopeValues, cluster);
      let kind = "plain";
      if (inOther) kind = "plain";
      else if (value !== "" && (value === fallback || value === expanded)) kind = "default";
      else if (isHaCriticalKey(suggestion2) && !inScope.has(suggestion2)) kind = "critical";
      out.push({
        file,
        prop,
        kind,
        intended: suggestion2,
        defaultValue: fallback ?? "",
        what,
        ...expanded !== void 0 && expanded !== fallback ? { expandedDefault: expanded } : {}
      });
    }
  }
  cache.set(cluster, out);
  return out;
}

// rules/hadoop/misspelled-critical-property.ts
var misspelled_critical_property_default = defineRule({
  meta: {
    id: "hadoop/misspelled-critical-property",
    severity: "error",
    description: "A misspelt property name whose intended key is one HA, the clients or the daemons' addresses depend on, and which is not set",
    rationale: "Hadoop's `Configuration` stores a property under its exact, case-sensitive name and never checks names, so a misspelt key is ignored and the intended key keeps its default. For most keys that default only tunes something; for the keys HA, the clients and the daemons' addresses depend on it breaks the cluster: `fs.defaultFs` (for `fs.defaultFS`) leaves every client and YARN on `file:///`, a misspelt `dfs.ha.namenodes.<ns>` or `dfs.namenode.rpc-address.<ns>.<nn>` leaves the NameNode without its address, a misspelt proxy provider makes clients resolve the nameservice as a host, a misspelt fencing key stops failover, a misspelt `yarn.resourcemanager.hostname.<rm-id>` leaves NodeManagers on `0.0.0.0`.\n\nThe keys are the named table of `src/rules-support/ha-critical-keys.ts` (fs.defaultFS; the nameservice, NameNode list and NameNode addresses; shared edits; the client failover proxy provider; fencing; automatic failover and `ha.zookeeper.quorum`; ResourceManager HA, its addresses and ZooKeeper store; `mapreduce.framework.name`). The finding is an error only when the intended key is not set in the configuration that loads the file (core-site.xml and hdfs-site.xml together, yarn-site.xml and mapred-site.xml on their own); otherwise the typo is a stray duplicate and `hadoop/unknown-property` reports it. A typo whose value equals the default is `hadoop/misspelled-default-value`.",
    fix: "Rename the property to the intended name given in the message.",
    references: [
      "Configuration.java (3.4.1) getProps/get: properties are looked up by exact name; no check of unknown names",
      "FileSystem.java (3.4.1) getDefaultUri: fs.defaultFS, default file:/// (core-default.xml)",
      "DFSUtil.java (3.4.1) getNNServiceRpcAddresses / HAUtil.java L176-179: dfs.ha.namenodes.<ns> and dfs.namenode.rpc-address.<ns>.<nn>",
      "NameNodeProxiesClient.java (3.4.1) L279-300: dfs.client.failover.proxy.provider.<nameservice>",
      "SshFenceByTcpPort.java (3.4.1) L67-68: dfs.ha.fencing.ssh.private-key-files",
      'ResourceManagerHA.md (3.4.1) "Configurations": yarn.resourcemanager.ha.*, hostname.<rm-id>, zk-address'
    ]
  },
  check(cluster, report) {
    for (const m of misspellingsOf(cluster)) {
      if (m.kind !== "critical") continue;
      report({
        span: m.prop.name.span,
        message: `${quote(m.prop.name.value)} ${m.what}; ${quote(m.intended)} is meant and is not set, so Hadoop uses its default${m.defaultValue === "" ? "" : ` ${quote(m.defaultValue)}`}${m.expandedDefault === void 0 ? "" : `, ${quote(m.expandedDefault)} here`}`
      });
    }
  }
});

// rules/hadoop/misspelled-default-value.ts
var misspelled_default_value_default = defineRule({
  meta: {
    id: "hadoop/misspelled-default-value",
    severity: "info",
    description: "A misspelt property name that has no effect because its value equals the intended key's default",
    rationale: "A misspelt key is ignored (`Configuration` looks properties up by exact name), so the intended key keeps its default. When the value written is that default, the typo changes nothing: the cluster behaves as meant. The usual case is a tutorial typo copied from repository to repository: `yarn.nodemanager.aux-services.mapreduce.shuffle.class` = `org.apache.hadoop.mapred.ShuffleHandler`, where yarn-default.xml's key is `yarn.nodemanager.aux-services.mapreduce_shuffle.class` (the service name `mapreduce_shuffle`) with that very default. The defaults are those of the version's `*-default.xml`.",
    fix: "Rename the property to the intended name, or remove it (the default is the same).",
    references: [
      "yarn-default.xml (2.7.7, 3.4.1): yarn.nodemanager.aux-services.mapreduce_shuffle.class = org.apache.hadoop.mapred.ShuffleHandler",
      "AuxServices.java (3.4.1): the class key is yarn.nodemanager.aux-services.<service>.class, the service name as listed in yarn.nodemanager.aux-services",
      "core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): the defaults"
    ]
  },
  check(cluster, report) {
    for (const m of misspellingsOf(cluster)) {
      if (m.kind !== "default") continue;
      report({
        span: m.prop.name.span,
        message: m.expandedDefault !== void 0 && m.expandedDefault === (m.prop.value?.value ?? "").trim() ? `${quote(m.prop.name.value)} ${m.what} and has no effect; ${quote(m.intended)} is meant, and its default ${quote(m.defaultValue)} is the same value here` : `${quote(m.prop.name.value)} ${m.what} and has no effect; ${quote(m.intended)} is meant, and its default is the same value`
      });
    }
  }
});

// src/rules-support/property-children.ts
function parsedXmlFiles(cluster) {
  return cluster.distinctFiles.filter((f) => "xml" in f && f.xml.problem === void 0);
}

// rules/hadoop/property-repeated-element.ts
var property_repeated_element_default = defineRule({
  meta: {
    id: "hadoop/property-repeated-element",
    severity: "warning",
    description: "A <property> holds two <value> (or <name>) elements, and Hadoop silently drops the first",
    rationale: "Hadoop's `Configuration` reads the children of a `<property>` one after the other into a single name and a single value: each non-empty `<value>` replaces the one before it, and the same holds for `<name>`. Nothing is logged. Two values are usually an attempt at a list (`sshfence` then `shell(/bin/true)` for `dfs.ha.fencing.methods`, whose list is one value with one method per line): only the last one takes effect, so in that example the NameNodes fail over without ever fencing the old active one. An empty `<value/>` replaces nothing (Hadoop 3 keeps a token only when it is not empty, Hadoop 2 only when the element has child nodes).\n\nThe kept value is what every other hacheck rule judges; this rule reports the value that is lost. It is a warning, not an error: the daemons start with the kept value, and when that value is itself wrong the rule that checks the key says so.",
    fix: "Keep one `<value>` per `<property>`. For a list, write its items in that one value with the separator the key uses (a newline for `dfs.ha.fencing.methods`, a comma for most others).",
    references: [
      'Configuration.java (3.4.1) Parser.handleEndElement: case "value": if (token.length() > 0) confValue = ...; case "name": likewise',
      'Configuration.java (2.7.7) loadResource, loop over the property children: if ("value".equals(field.getTagName()) && field.hasChildNodes()) value = ...',
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L240-L244: fencing methods are a carriage-return-separated list"
    ]
  },
  check(cluster, report) {
    for (const file of parsedXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        for (const r of prop.replaced ?? []) {
          if (r.element === "value") {
            const kept = prop.value;
            report({
              span: r.text.span,
              message: `${quote(prop.name.value)} has another <value> after this one, so Hadoop drops ${quote(r.text.value.trim())} and uses ${quote(kept.value.trim())}`,
              related: [{ span: kept.span, message: "the <value> Hadoop uses" }]
            });
          } else {
            report({
              span: r.text.span,
              message: `this <property> has another <name> after this one, so Hadoop ignores the name ${quote(r.text.value)} and sets ${quote(prop.name.value)}`,
              related: [{ span: prop.name.span, message: "the <name> Hadoop uses" }]
            });
          }
        }
      }
    }
  }
});

// rules/hadoop/property-unknown-element.ts
var READ = ["name", "value", "final"];
var property_unknown_element_default = defineRule({
  meta: {
    id: "hadoop/property-unknown-element",
    severity: "warning",
    description: "A <property> holds an element Hadoop does not read (a misspelt <vaule>), so its content is ignored",
    rationale: "Hadoop's `Configuration` reads `<name>`, `<value>`, `<final>`, `<source>` and (3.x) `<tag>` inside a `<property>` and skips every other element without a word; `<description>` is skipped too, by design. A misspelt `<vaule>` or `<Value>` (element names are case-sensitive) therefore leaves the property without a value, and a property without a value is not set at all (`loadProperty` stores it only when the value is not null): the key keeps its default, or the value an earlier file gave it. A misspelt `<finale>` leaves the property overridable.",
    fix: "Spell the element as Hadoop reads it: `<name>`, `<value>`, `<final>`.",
    references: [
      "Configuration.java (3.4.1) Parser.handleStartElement: name, value, final, source, tag; default: break",
      "Configuration.java (2.7.7) loadResource, loop over the property children: only name, value, final and source are read",
      "Configuration.java (2.7.7, 3.4.1) loadProperty: if (value != null || allowNullValueProperties) properties.setProperty(...)"
    ]
  },
  check(cluster, report) {
    for (const file of parsedXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        for (const child of prop.ignoredChildren ?? []) {
          const guess = didYouMean(child.element, READ);
          const unset = prop.value === void 0 || prop.value.value === "";
          const effect = unset ? `, and ${quote(prop.name.value)} has no <value>, so Hadoop does not set it` : "";
          report({
            span: child.span,
            message: `Hadoop does not read <${child.element}> inside <property>${guess ? ` (did you mean <${guess}>?)` : ""}${effect}`,
            related: [{ span: prop.name.span, message: `the property ${quote(prop.name.value)}` }]
          });
        }
      }
    }
  }
});

// rules/hadoop/unknown-property.ts
var unknown_property_default = defineRule({
  meta: {
    id: "hadoop/unknown-property",
    severity: "warning",
    description: "A property name Hadoop does not know that is close to one it does (a likely typo)",
    rationale: "Hadoop's `Configuration` stores every `<property>` of a site file under its exact, case-sensitive name and never checks names: a misspelled key is silently ignored and the daemon uses the default of the key that was meant. The seed setup writes `dfs.ha.ssh.private-key-files`, a key that appears nowhere in Hadoop 2.7.7 or 3.4.1; the key `sshfence` reads is `dfs.ha.fencing.ssh.private-key-files`, so fencing runs without an identity and fails.\n\nKnown names are those of the version's `*-default.xml` files, the keys Hadoop reads that those files leave out (`src/knowledge/hadoop-extra-keys.ts`), the deprecated names and their replacements, the keys that take a nameservice, NameNode or ResourceManager id suffix (`dfs.namenode.rpc-address.<ns>.<nn>`, `yarn.resourcemanager.hostname.<rm-id>`) and patterned families (`hadoop.proxyuser.<user>.hosts`, `fs.<scheme>.impl`). Site files legitimately hold keys of other products (HBase, Spark) and of Hadoop modules with their own default files, so an unknown name is reported only when a known one is close: a case variant, a few characters apart (Levenshtein, about one edit per 12 characters), or a known name that contains all of its dot-separated parts in order plus one more. A key that only 3.x has is unknown to a cluster whose folder names show Hadoop 2.7 or older (`hadoop-2.7.7/`) and is judged the same way; a cluster known only as 2.x (a `slaves` file) may run 2.8 to 2.10, which added many of those keys, so there the 3.4.1 names count as known.\n\nThe suggestion is never a key the same file already sets: renaming the typo would make a conflicting duplicate, so the next close name is suggested, or none. A misspelling of a key HA, the clients or the daemons' addresses depend on is `hadoop/misspelled-critical-property` (an error), and one whose value equals the intended key's default is `hadoop/misspelled-default-value` (info).",
    fix: "Rename the property to the suggested name (check the spelling against the `*-default.xml` of your Hadoop version), or remove it.",
    references: [
      "hadoop-zookeeper-facts.md a.3 and f#1: dfs.ha.ssh.private-key-files does not exist; SshFenceByTcpPort reads dfs.ha.fencing.ssh.private-key-files (SshFenceByTcpPort.java (2.7.7) L68-69, (3.4.1) L67-68)",
      "core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): the known names",
      "NameNode.java (3.4.1) L317-353: NAMENODE_SPECIFIC_KEYS and NAMESERVICE_SPECIFIC_KEYS; ZKFailoverController.java (3.4.1) L82-88: ZKFC_CONF_KEYS",
      "NameNodeProxiesClient.java (3.4.1) L279-300: dfs.client.failover.proxy.provider.<nameservice>"
    ]
  },
  check(cluster, report) {
    for (const m of misspellingsOf(cluster)) {
      const name = quote(m.prop.name.value);
      if (m.kind === "plain") {
        report({ span: m.prop.name.span, message: `${name} ${m.what}; did you mean ${quote(m.intended)}` });
      } else if (m.kind === "already-set") {
        report({ span: m.prop.name.span, message: `${name} ${m.what} and has no effect; the file already sets ${quote(m.intended)}` });
      }
    }
  }
});

// rules/hadoop/unresolved-placeholder.ts
var VARIABLE = /\$\{([^}$\u0020]+)\}/g;
function unresolvedInConfs(cluster) {
  const out = /* @__PURE__ */ new Map();
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
var unresolved_placeholder_default = defineRule({
  meta: {
    id: "hadoop/unresolved-placeholder",
    severity: "error",
    description: "A value still holds a template placeholder or a ${var} that nothing defines",
    rationale: "Hadoop's `Configuration` expands `${name}` from other properties and Java system properties (and `${env.NAME}` from the environment); a variable that none of them defines is left in the value literally. Template syntaxes of deployment tools (`{{ var }}` of Jinja/Ansible, `@VAR@` of Maven filtering or sed, `%%VAR%%`, a shell's `$VAR`) are never expanded at all. A site file that still holds one was copied before the deployment script filled it in, or the script missed it: the daemon then uses a host name such as `${ACTIVE_NAME_NODE}` or a path such as `${HADOOP_HOME}/data` literally, which fails at startup or writes to a directory nobody expects. `${HADOOP_HOME}` is an environment variable, not a property: Hadoop does not expand it.\n\nRuntime variables (`${user.name}`, `${hadoop.tmp.dir}`, `${env.X}`) are fine, and so are `${VAR}`, `$VAR` and `{{VAR}}` in the values the NodeManager puts into a container's environment, classpath or JVM options (`*.env`, `*.classpath`, `*.java.opts`), which the launch shell expands, `$target_host` and the like in a `shell(...)` fencing method, which bash runs, and `@taskid@` in JVM options. Other hacheck rules do not judge a value holding an unresolved `${var}` or a placeholder; this rule reports it.\n\nA file holding Jinja or ERB syntax (`{{ var }}` with anything but a bare upper-case name, `{% ... %}`, `<%= ... %>`) is a template, not a deployed file: hacheck lists it as such and checks nothing in it (`hacheck files` shows it). This rule sees the placeholders left in otherwise real files.",
    fix: "Lint the configuration as deployed (after the template step), or fill in the value.",
    references: [
      "Configuration.java (3.4.1) substituteVars L1040, L1216-1217: ${var} from properties, then system properties, at most 20 substitutions (hadoop-zookeeper-facts.md b#43)",
      "mapred-default.xml (2.7.7, 3.4.1): {{HADOOP_MAPRED_HOME}} in mapreduce.application.classpath, @taskid@ in mapred.child.java.opts"
    ]
  },
  check(cluster, report) {
    const fromConfs = unresolvedInConfs(cluster);
    const inConf = new Set(cluster.confs.flatMap((c) => c.files.map((f) => f.hash)));
    const files = distinctXmlFiles(cluster);
    const defined = /* @__PURE__ */ new Set([
      ...files.flatMap((f) => f.xml.properties.map((p) => p.name.value)),
      ...Object.keys(HADOOP_KNOWLEDGE.defaults["2"]),
      ...Object.keys(HADOOP_KNOWLEDGE.defaults["3"])
    ]);
    for (const file of files) {
      for (const prop of file.xml.properties) {
        const value = prop.value;
        if (!value) continue;
        const name = prop.name.value;
        const shell = SHELL_EVALUATED.test(name);
        const key = `${file.hash}:${prop.name.span.line}:${prop.name.span.column}`;
        const unresolved = inConf.has(file.hash) ? fromConfs.get(key) ?? /* @__PURE__ */ new Set() : new Set([...value.value.matchAll(VARIABLE)].map((m) => m[1]).filter((v) => !defined.has(v) && !isRuntimeVariable(v)));
        const seen = /* @__PURE__ */ new Set();
        for (const m of value.value.matchAll(VARIABLE)) {
          const v = m[1];
          if (!unresolved.has(v) || seen.has(m[0]) || shell && ENV_NAME.test(v)) continue;
          seen.add(m[0]);
          report({
            span: spanWithin(value, m.index, m.index + m[0].length),
            message: `${quote(m[0])} in ${quote(name)} is a variable that nothing defines; Hadoop keeps it literally`
          });
        }
        for (const m of templatePlaceholders(value.value)) {
          const text = m.text;
          if (seen.has(text) || !isUnfilled(name, text)) continue;
          seen.add(text);
          report({
            span: spanWithin(value, m.index, m.index + text.length),
            message: `${quote(text)} in ${quote(name)} is a template placeholder that was never filled in; Hadoop keeps it literally`
          });
        }
      }
    }
  }
});

// rules/hadoop/value-whitespace.ts
var UNTRIMMED = [
  {
    test: (n) => n === "fs.defaultFS" || n === "fs.default.name",
    versions: ["2", "3"],
    why: "java.net.URI rejects it"
  },
  {
    test: (n) => n === "ha.zookeeper.quorum" || n.startsWith("ha.zookeeper.quorum."),
    versions: ["2"],
    why: "the ZooKeeper 3.4 client does not trim host entries"
  }
];
var BLANK3 = /^[\u0000-\u0020]$/;
var value_whitespace_default = defineRule({
  meta: {
    id: "hadoop/value-whitespace",
    severity: "warning",
    description: "A value that Hadoop reads untrimmed has leading or trailing whitespace or a line break",
    rationale: "`Configuration.get` returns a value exactly as written between `<value>` and `</value>`, line breaks and indentation included; only the typed getters (`getInt`, `getBoolean`, `getTrimmed`, `getClass`, `getTrimmedStrings`) trim. Pretty-printed XML that puts a value on its own indented line therefore breaks the few keys read with `get()` where whitespace matters:\n\n- `fs.defaultFS`: `FileSystem.getDefaultUri` passes it to `URI.create`, which throws on a space or a line break, so no client or daemon can resolve the default file system.\n- `ha.zookeeper.quorum` on Hadoop 2.x: the ZKFC hands it to the bundled ZooKeeper 3.4 client, whose `ConnectStringParser` splits on commas without trimming, so a leading line break becomes part of the first host name and trailing whitespace makes the last port fail to parse. ZooKeeper 3.5+ (Hadoop 3.x) trims.\n\nKeys read with trimming getters are not reported, nor `dfs.ha.fencing.methods`, which is newline-separated by design.",
    fix: "Write the value on the same line as its tags, without spaces: `<value>hdfs://mycluster</value>`.",
    references: [
      "FileSystem.java (2.7.7, 3.4.1) getDefaultUri: URI.create(fixName(conf.get(FS_DEFAULT_NAME_KEY, DEFAULT_FS))) (3.4.1 L297-304)",
      "hadoop-zookeeper-facts.md a.2 #10: ZooKeeper 3.4 ConnectStringParser does not trim (ConnectStringParser.java 3.4.14 L65-76), 3.5+ trims (3.5.10 L69); Hadoop 2.7.7 bundles ZooKeeper 3.4.6"
    ]
  },
  check(cluster, report) {
    const major = majorOf(cluster.hadoopVersion);
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        const value = prop.value;
        if (!value || value.value.trim() === "") continue;
        const entry = UNTRIMMED.find((u) => u.test(prop.name.value) && u.versions.includes(major));
        if (!entry) continue;
        const raw = value.value;
        let a = 0;
        while (a < raw.length && BLANK3.test(raw[a])) a++;
        let b = raw.length;
        while (b > a && BLANK3.test(raw[b - 1])) b--;
        const lineBreak = /[\r\n]/.test(raw);
        if (a === 0 && b === raw.length && !lineBreak) continue;
        const what = lineBreak ? "contains a line break" : a > 0 ? "starts with whitespace" : "ends with whitespace";
        const span = a > 0 ? spanWithin(value, 0, a) : b < raw.length ? spanWithin(value, b, raw.length) : value.span;
        report({
          span,
          message: `${quote(raw)} ${what}, which Hadoop keeps in ${quote(prop.name.value)}: ${entry.why}`
        });
      }
    }
  }
});

// rules/hbase/not-distributed.ts
var not_distributed_default = defineRule({
  meta: {
    id: "hbase/not-distributed",
    severity: "error",
    description: "hbase-site.xml configures a ZooKeeper quorum of several servers but hbase.cluster.distributed is not true",
    rationale: '`hbase.cluster.distributed` defaults to `false`, standalone mode: "startup will run all HBase and ZooKeeper daemons together in the one JVM". A master started that way runs its own ZooKeeper and region server in-process instead of joining the configured ensemble, so RegionServers on the other hosts never find it, and several such masters over one `hbase.rootdir` corrupt each other\'s data. A quorum of several servers shows a distributed deployment was meant; forgetting the flag, or writing it in a way Configuration.getBoolean does not read as true (`yes`, `1`), is the usual cause.',
    fix: "Set `hbase.cluster.distributed` to `true` in hbase-site.xml on every HBase host.",
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.cluster.distributed: default false, "If false, startup will run all HBase and ZooKeeper daemons together in the one JVM"',
      'HBase Reference Guide, "Distributed" (hbase.cluster.distributed=true for pseudo- and fully-distributed)',
      'Configuration.getBoolean (Hadoop): "true"/"false" ignoring case, anything else is the default'
    ]
  },
  check(cluster, report) {
    for (const conf of cluster.hbaseConfs) {
      const quorum = hbaseProperty(conf, "hbase.zookeeper.quorum");
      if (!quorum) continue;
      const servers = distinctHosts(quorumEntries(quorum).map((e) => trimLocated(e.host).value));
      if (servers.length < 2) continue;
      const flag = conf.effective["hbase.cluster.distributed"];
      if (flag && flag.unresolved.length > 0) continue;
      if (flag?.value.toLowerCase() === "true") continue;
      const quorumNote = { span: locatedValue(quorum).span, message: `hbase.zookeeper.quorum lists ${servers.length} servers` };
      report(flag ? {
        span: locatedValue(flag).span,
        message: `hbase.cluster.distributed is ${quote(flag.value)}, so HBase runs standalone with its own ZooKeeper instead of the quorum of ${servers.length} servers`,
        related: [quorumNote]
      } : {
        span: locatedValue(quorum).span,
        message: `hbase.cluster.distributed is not set (default false), so HBase runs standalone with its own ZooKeeper instead of this quorum of ${servers.length} servers`
      });
    }
  }
});

// src/rules-support/hbase-default-quorum.ts
function evidenceOfSeveralMachines(cluster, conf) {
  const folders = distinctHosts(cluster.files.filter((f) => f.kind === "hbase-site.xml" && f.host !== void 0).map((f) => f.host));
  if (folders.length >= 2) {
    const other = cluster.files.find((f) => f.kind === "hbase-site.xml" && f.host !== void 0 && f.host !== conf.file.host);
    if (other) return { span: other.start, message: `${folders.length} hosts have an hbase-site.xml, ${quote(other.host)} among them` };
  }
  const ensemble = primaryEnsemble(cluster);
  if (ensemble && distinctHosts(ensemble.names).length >= 2 && !ensemble.names.some(isLoopbackName)) return ensembleEvidence(ensemble);
  return void 0;
}
function hostWithoutServer(cluster, conf) {
  const servers = new MachineIndex();
  for (const name of primaryEnsemble(cluster)?.names ?? []) servers.add(name, true);
  const host = conf.hosts.find((h) => servers.find(h) === void 0);
  if (host === void 0) return void 0;
  const file = cluster.files.find((f) => f.kind === "hbase-site.xml" && f.host === host) ?? conf.file;
  return { host, span: file.start, message: `host ${quote(host)} has this hbase-site.xml and no ZooKeeper server in the snapshot` };
}
function hbaseOnDefaultQuorum(cluster) {
  const out = [];
  for (const conf of cluster.hbaseConfs) {
    const flag = conf.effective["hbase.cluster.distributed"];
    if (!flag || flag.value.toLowerCase() !== "true") continue;
    if (conf.effective["hbase.zookeeper.quorum"] !== void 0) continue;
    const severalMachines = evidenceOfSeveralMachines(cluster, conf);
    if (!severalMachines) continue;
    out.push({ conf, flag, flagSpan: locatedValue(flag).span, severalMachines, hostWithoutServer: hostWithoutServer(cluster, conf) });
  }
  return out;
}

// rules/hbase/quorum-localhost.ts
var quorum_localhost_default = defineRule({
  meta: {
    id: "hbase/quorum-localhost",
    severity: "warning",
    description: "hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, so each HBase daemon depends on a ZooKeeper server on its own host",
    rationale: '`hbase.zookeeper.quorum` defaults to `localhost` ("For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"), so a distributed HBase without it has the master and every RegionServer connect to port 2181 of the machine it runs on. Where every HBase host also runs a server of the ensemble (three machines running everything, a common small layout) that reaches the ensemble and the cluster works, but each daemon can use only its own host\'s server: when that server stops or falls behind, the daemon loses its session although the ensemble still has a quorum, and a RegionServer that loses its session aborts. HBase clients that read the same hbase-site.xml on other machines find no ZooKeeper at all.\n\nThis rule reports the default quorum when the snapshot shows several machines but no HBase host without a ZooKeeper server (a configuration folder shared by every host does not say where HBase runs). When a host folder shows HBase on a machine with no ZooKeeper server, `hbase/quorum-missing` reports it as an error instead.',
    fix: "Set `hbase.zookeeper.quorum` in hbase-site.xml on every HBase host to the ZooKeeper servers, for example `zk1,zk2,zk3` (with `hbase.zookeeper.property.clientPort` if they do not serve on 2181), so each daemon can fail over to another server.",
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: default localhost, "For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"',
      "ZKConfig.java (apache/hbase @0e20bbf6) getZKQuorumServersStringFromHbaseConfig: conf.getStrings(ZOOKEEPER_QUORUM, LOCALHOST)",
      `ZooKeeper Programmer's Guide: a client given several servers reconnects to another one when its server fails ("the client will automatically try the next server in the list")`
    ]
  },
  check(cluster, report) {
    for (const q of hbaseOnDefaultQuorum(cluster)) {
      if (q.hostWithoutServer) continue;
      report({
        span: q.flagSpan,
        message: `hbase.cluster.distributed is ${quote(q.flag.value)} but hbase.zookeeper.quorum is not set, so each HBase daemon uses only the ZooKeeper server on its own host (the default "localhost") and cannot fail over to another`,
        related: [q.severalMachines]
      });
    }
  }
});

// rules/hbase/quorum-missing.ts
var quorum_missing_default = defineRule({
  meta: {
    id: "hbase/quorum-missing",
    severity: "error",
    description: "hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, and a host running HBase has no ZooKeeper server of its own",
    rationale: '`hbase.zookeeper.quorum` defaults to `localhost` ("By default this is set to localhost for local and pseudo-distributed modes of operation. For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"). HBase builds its ZooKeeper connect string from it, so a distributed HBase without it has the master and every RegionServer connect to port 2181 of the machine it runs on: RegionServers on other hosts never find the master, or each finds a different ZooKeeper.\n\nhacheck reports it when the snapshot shows more than one machine (`hbase-site.xml` copies in two or more host folders, or a ZooKeeper ensemble of several servers that are not loopback names) and a host folder holding this hbase-site.xml that is no server of the ensemble (or there is no ensemble in the snapshot): HBase there finds no ZooKeeper. When hacheck cannot see such a host (a shared configuration folder, or HBase only on the ensemble\'s hosts), each daemon reaches the ensemble through the server of its own host, which works while that server runs: `hbase/quorum-localhost` reports that as a warning. One machine running HBase distributed with its own ZooKeeper (pseudo-distributed mode) is what the default is for.',
    fix: "Set `hbase.zookeeper.quorum` in hbase-site.xml on every HBase host to the ZooKeeper servers, for example `zk1,zk2,zk3` (with `hbase.zookeeper.property.clientPort` if they do not serve on 2181).",
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: default localhost, "For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"',
      'hbase-default.xml (apache/hbase @000e4d12) hbase.cluster.distributed: "false for standalone mode and true for distributed mode"',
      "ZKConfig.java (apache/hbase @0e20bbf6) getZKQuorumServersStringFromHbaseConfig: conf.getStrings(ZOOKEEPER_QUORUM, LOCALHOST)"
    ]
  },
  check(cluster, report) {
    for (const q of hbaseOnDefaultQuorum(cluster)) {
      if (!q.hostWithoutServer) continue;
      report({
        span: q.flagSpan,
        message: `hbase.cluster.distributed is ${quote(q.flag.value)} but hbase.zookeeper.quorum is not set, so every HBase daemon connects to ZooKeeper on its own host (the default "localhost"), and host ${quote(q.hostWithoutServer.host)} runs no ZooKeeper server`,
        related: [q.hostWithoutServer, q.severalMachines]
      });
    }
  }
});

// rules/hbase/rootdir-logical-port.ts
var rootdir_logical_port_default = defineRule({
  meta: {
    id: "hbase/rootdir-logical-port",
    severity: "error",
    description: "hbase.rootdir gives a port other than 8020 to a logical (HA) nameservice",
    rationale: "On an HA HDFS, `hbase.rootdir` should name the nameservice, `hdfs://<nameservice>/hbase`, so that HBase goes through the failover proxy provider. A logical name has no port: the NameNodes' ports are in their `dfs.namenode.rpc-address.<ns>.<nn>` keys, and the HDFS client refuses a logical URI with a port other than the RPC default 8020 (\"Port <port> specified in URI <uri> but host '<ns>' is a logical (HA) namenode and does not use port information.\"). The HMaster then fails at startup, and so does every RegionServer. Tutorials written for a single NameNode (`hdfs://namenode:9000/hbase`) are the usual source.\n\nThe nameservices are those with two or more NameNodes in the snapshot's Hadoop configurations; `hdfs/defaultfs-port` is the same check for `fs.defaultFS`.",
    fix: "Remove the port: `hdfs://<nameservice>/hbase`, and make sure HBase reads the hdfs-site.xml that declares the nameservice (HBASE_CLASSPATH or a copy in conf/).",
    references: [
      `hbase-default.xml (apache/hbase @000e4d12) hbase.rootdir: "The URL should be 'fully-qualified' to include the filesystem scheme"`,
      'HBase Reference Guide, "Fully-distributed" configuration: hbase.rootdir on HDFS',
      "NameNodeProxiesClient.java (Hadoop 3.4.1) L260-L272; NameNodeProxies.java (2.7.7) L529-L540"
    ],
    upstreamMessage: "Port <port> specified in URI <uri> but host '<ns>' is a logical (HA) namenode and does not use port information."
  },
  check(cluster, report) {
    for (const { uri, portText, port } of rootdirPortsOnLogicalNames(cluster)) {
      if (port === 8020) continue;
      report({
        span: portText.span,
        message: `hbase.rootdir ${quote(uri.value.value)} gives port ${portText.value} to the logical name ${quote(uri.host.value)}, which the HDFS client rejects`
      });
    }
  }
});

// rules/hbase/rootdir-pinned.ts
var rootdir_pinned_default = defineRule({
  meta: {
    id: "hbase/rootdir-pinned",
    severity: "warning",
    description: "With HDFS HA configured, hbase.rootdir points at one NameNode instead of the nameservice",
    rationale: "Only a logical URI, `hdfs://<nameservice>/hbase`, makes HBase's HDFS client fail over between the NameNodes. `hdfs://<namenode host>:<port>/hbase` talks to that NameNode alone: while it is standby every write of the HMaster and the RegionServers fails with `StandbyException`, and when its host is down HBase aborts although the other NameNode is active, which defeats the HA of the HDFS underneath.\n\nThe NameNodes are those of the nameservices with two or more NameNodes in the snapshot's Hadoop configurations; `hdfs/defaultfs-pinned` is the same check for `fs.defaultFS`.",
    fix: "Set `hbase.rootdir` to `hdfs://<nameservice>/hbase` (no port), and let HBase read the hdfs-site.xml that declares the nameservice.",
    references: [
      "hbase-default.xml (apache/hbase @000e4d12) hbase.rootdir",
      "HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L354-L364: clients use the logical URI"
    ]
  },
  check(cluster, report) {
    const services = haNameservicesOf(cluster);
    if (services.length === 0) return;
    for (const conf of cluster.hbaseConfs) {
      const p = hbaseProperty(conf, "hbase.rootdir");
      const uri = p && parseFsUri(p);
      if (!uri || uri.scheme !== "hdfs" || services.some((ns) => ns.id.value === uri.host.value)) continue;
      for (const ns of services) {
        const nn = ns.namenodes.find((n) => [n.rpc, n.servicerpc].some((a) => a?.host?.value.toLowerCase() === uri.host.value.toLowerCase()));
        if (!nn) continue;
        const address2 = nn.rpc ?? nn.servicerpc;
        report({
          span: uri.value.span,
          message: `hbase.rootdir ${quote(uri.value.value)} points at NameNode ${nn.id.value} of nameservice ${quote(ns.id.value)}, so HBase does not fail over`,
          related: [{ span: locatedValue(address2.property).span, message: `${nn.id.value}'s rpc-address is ${quote(address2.property.value)}` }]
        });
        break;
      }
    }
  }
});

// rules/hbase/rootdir-port-ignored.ts
var rootdir_port_ignored_default = defineRule({
  meta: {
    id: "hbase/rootdir-port-ignored",
    severity: "warning",
    description: "hbase.rootdir gives port 8020 to a logical (HA) nameservice, where it is ignored",
    rationale: "The HDFS client tolerates port 8020 on a logical URI only because it equals the RPC default, and ignores it: the NameNodes' ports come from their `dfs.namenode.rpc-address.<ns>.<nn>` keys. The port reads as if HBase talked to one host and port, which it does not, and changing it to anything else stops the HMaster and every RegionServer (see `hbase/rootdir-logical-port`). `hdfs/defaultfs-port-ignored` is the same check for `fs.defaultFS`.",
    fix: "Remove the port: `hdfs://<nameservice>/hbase`.",
    references: [
      "NameNodeProxiesClient.java (Hadoop 3.4.1) L260-L272; NameNodeProxies.java (2.7.7) L529-L540: a logical URI with a port other than 8020 is refused",
      "HdfsClientConfigKeys.java (3.4.1) L83: DFS_NAMENODE_RPC_PORT_DEFAULT = 8020"
    ]
  },
  check(cluster, report) {
    for (const { uri, portText, port } of rootdirPortsOnLogicalNames(cluster)) {
      if (port !== 8020) continue;
      report({
        span: portText.span,
        message: `hbase.rootdir ${quote(uri.value.value)} gives port 8020 to the logical name ${quote(uri.host.value)}, which the HDFS client ignores`
      });
    }
  }
});

// src/knowledge/zookeeper-keys.ts
var k = (name, type, since = [3, 4]) => ({ name, type, since });
var ZOOKEEPER_KEYS = [
  // QuorumPeerConfig.parseProperties, 3.4.14
  k("dataDir", "path"),
  k("dataLogDir", "path"),
  k("clientPort", "int"),
  k("clientPortAddress", "string"),
  k("tickTime", "int"),
  k("maxClientCnxns", "int"),
  k("minSessionTimeout", "int"),
  k("maxSessionTimeout", "int"),
  k("initLimit", "int"),
  k("syncLimit", "int"),
  k("electionAlg", "int"),
  k("quorumListenOnAllIPs", "boolean"),
  k("syncEnabled", "boolean"),
  k("peerType", "string"),
  k("autopurge.snapRetainCount", "int"),
  k("autopurge.purgeInterval", "int"),
  // QuorumPeerConfig.parseProperties, 3.5+
  k("localSessionsEnabled", "boolean", [3, 5]),
  k("localSessionsUpgradingEnabled", "boolean", [3, 5]),
  k("secureClientPort", "int", [3, 5]),
  k("secureClientPortAddress", "string", [3, 5]),
  k("dynamicConfigFile", "path", [3, 5]),
  k("standaloneEnabled", "boolean", [3, 5]),
  k("reconfigEnabled", "boolean", [3, 5]),
  k("sslQuorum", "boolean", [3, 5]),
  k("portUnification", "boolean", [3, 5]),
  k("quorum.auth.enableSasl", "boolean", [3, 5]),
  k("quorum.auth.serverRequireSasl", "boolean", [3, 5]),
  k("quorum.auth.learnerRequireSasl", "boolean", [3, 5]),
  k("quorum.auth.learner.saslLoginContext", "string", [3, 5]),
  k("quorum.auth.server.saslLoginContext", "string", [3, 5]),
  k("quorum.auth.kerberos.servicePrincipal", "string", [3, 5]),
  k("quorum.cnxn.threads.size", "int", [3, 5]),
  // QuorumPeerConfig.parseProperties, 3.6+
  k("connectToLearnerMasterLimit", "int", [3, 6]),
  k("observerMasterPort", "int", [3, 6]),
  k("sslQuorumReloadCertFiles", "boolean", [3, 6]),
  k("multiAddress.enabled", "boolean", [3, 6]),
  k("multiAddress.reachabilityCheckTimeoutMs", "int", [3, 6]),
  k("multiAddress.reachabilityCheckEnabled", "boolean", [3, 6]),
  k("metricsProvider.className", "string", [3, 6]),
  k("jvm.pause.info-threshold.ms", "long", [3, 6]),
  k("jvm.pause.warn-threshold.ms", "long", [3, 6]),
  k("jvm.pause.sleep.time.ms", "long", [3, 6]),
  k("jvm.pause.monitor", "boolean", [3, 6]),
  k("clientPortListenBacklog", "int", [3, 7]),
  k("oraclePath", "path", [3, 9]),
  // Documented zoo.cfg keys that reach ZooKeeper as zookeeper.<key> system properties
  k("4lw.commands.whitelist", "systemProperty"),
  k("admin.enableServer", "systemProperty", [3, 5]),
  k("admin.serverAddress", "systemProperty", [3, 5]),
  k("admin.serverPort", "systemProperty", [3, 5]),
  k("admin.idleTimeout", "systemProperty", [3, 5]),
  k("admin.commandURL", "systemProperty", [3, 5]),
  k("globalOutstandingLimit", "systemProperty"),
  k("preAllocSize", "systemProperty"),
  k("snapCount", "systemProperty"),
  k("snapSizeLimitInKb", "systemProperty", [3, 6]),
  k("commitLogCount", "systemProperty", [3, 6]),
  k("txnLogSizeLimitInKb", "systemProperty", [3, 6]),
  k("maxCnxns", "systemProperty", [3, 6]),
  k("forceSync", "systemProperty"),
  k("fsync.warningthresholdms", "systemProperty"),
  k("leaderServes", "systemProperty"),
  k("cnxTimeout", "systemProperty"),
  k("skipACL", "systemProperty"),
  k("serverCnxnFactory", "systemProperty"),
  k("snapshot.trust.empty", "systemProperty", [3, 5]),
  k("audit.enable", "systemProperty", [3, 6]),
  k("extendedTypesEnabled", "systemProperty", [3, 5]),
  k("emulate353TTLNodes", "systemProperty", [3, 5]),
  k("electionPortBindRetry", "systemProperty", [3, 5])
];
var ZOOKEEPER_KEY_PREFIXES = ["server.", "group", "weight", "metricsProvider."];
function zooKey(name) {
  return ZOOKEEPER_KEYS.find((key) => key.name === name);
}

// src/rules-support/hbase-zookeeper-properties.ts
var HBASE_ZK_PROPERTY_PREFIX = "hbase.zookeeper.property.";
var ZOOKEEPER_DEFAULTS = {
  tickTime: "3000",
  maxClientCnxns: "60",
  "autopurge.purgeInterval": "0",
  "autopurge.snapRetainCount": "3"
};
function hbaseZkProperties(conf) {
  const out = [];
  for (const name of Object.keys(conf.effective).sort()) {
    if (!name.startsWith(HBASE_ZK_PROPERTY_PREFIX)) continue;
    const zkKey = name.slice(HBASE_ZK_PROPERTY_PREFIX.length);
    const key = zooKey(zkKey);
    const property = hbaseProperty(conf, name);
    if (!key || !property) continue;
    out.push({ property, zkKey, key });
  }
  return out;
}
function ensembleValue(zoo, zkKey) {
  const entry = zooValue(zoo, zkKey);
  if (entry) return entry.value.value === "" ? void 0 : { entry, value: entry.value.value };
  const fallback = Object.hasOwn(ZOOKEEPER_DEFAULTS, zkKey) ? ZOOKEEPER_DEFAULTS[zkKey] : void 0;
  return fallback === void 0 ? void 0 : { entry: void 0, value: fallback };
}
function normalPath(p) {
  const stripped = p.replace(/\/+$/, "");
  return stripped === "" && p !== "" ? "/" : stripped;
}
function sameSetting(key, hbase, ensemble) {
  switch (key.type) {
    case "int": {
      const a = javaInt(hbase);
      return a !== void 0 && a === javaInt(ensemble);
    }
    case "long": {
      const a = javaLong(hbase);
      return a !== void 0 && a === javaLong(ensemble);
    }
    case "boolean":
      return hbase.toLowerCase() === ensemble.toLowerCase();
    case "path":
      return normalPath(hbase) === normalPath(ensemble);
    default:
      return hbase === ensemble;
  }
}
function comparable(key, hbase, ensemble) {
  if (key.type === "int") return javaInt(hbase) !== void 0 && javaInt(ensemble) !== void 0;
  if (key.type === "long") return javaLong(hbase) !== void 0 && javaLong(ensemble) !== void 0;
  if (key.type === "boolean") return [hbase, ensemble].every((v) => /^(true|false)$/i.test(v));
  return true;
}

// rules/hbase/zookeeper-property-mismatch.ts
var SERVER_OF_HOST2 = new HostIndex((s) => s.addresses.map((a) => a.host.value));
function ensemblesOf(cluster, entries) {
  const hosts = entries.map((e) => trimLocated(e.host).value).filter((h) => h !== "");
  return cluster.zooConfigs.filter((zoo) => {
    const servers = serverSetOf(cluster, zoo)?.servers ?? [];
    return hosts.some((h) => SERVER_OF_HOST2.first(servers, h) !== void 0);
  });
}
var zookeeper_property_mismatch_default = defineRule({
  meta: {
    id: "hbase/zookeeper-property-mismatch",
    severity: "info",
    description: "An hbase.zookeeper.property.* setting differs from the zoo.cfg of the external ensemble HBase connects to, where it has no effect",
    rationale: "HBase copies every `hbase.zookeeper.property.<key>` of hbase-site.xml, prefix removed, into the configuration of the ZooKeeper server it starts itself when it manages ZooKeeper (`HBASE_MANAGES_ZK=true`, `HQuorumPeer`). When the ensemble is external (its own zoo.cfg, as here), the master, the RegionServers and HBase clients are only ZooKeeper clients: of these keys they read `clientPort` alone, as the port of each `hbase.zookeeper.quorum` entry written without one. `tickTime`, `maxClientCnxns`, `dataDir`, `initLimit`, `syncLimit` and the others are settings of the servers, which read their zoo.cfg. Nor does HBase read the ensemble's zoo.cfg: current `ZKConfig.makeZKProps` builds the properties from hbase-site.xml only, and the older releases that could read a zoo.cfg on the classpath (deprecated since 0.96) did so only with `hbase.config.read.zookeeper.config=true`, default false.\n\nA value that differs from what the ensemble uses (zoo.cfg's line, or ZooKeeper's default for `tickTime` 3000, `maxClientCnxns` 60, `autopurge.purgeInterval` 0 and `autopurge.snapRetainCount` 3) is what an operator reads and believes, for example 300 connections per client where the servers allow 60: worth knowing, not an error.\n\nhacheck reports it only for a distributed HBase (`hbase.cluster.distributed=true`; standalone HBase runs its own ZooKeeper in the master with these settings) whose quorum names a server of a zoo.cfg in the snapshot, and only for keys ZooKeeper has (not the client TLS keys such as `ssl.keyStore.location`, which HBase 2.5+ gives its own ZooKeeper client). A `clientPort` that HBase dials because a quorum entry has no port is `hbase/zookeeper-quorum-mismatch`'s error, not this rule's; here it is reported only when every entry carries its own port, so that HBase never uses it.",
    fix: "Remove the `hbase.zookeeper.property.*` settings that only the ZooKeeper servers use from hbase-site.xml (set them in zoo.cfg), or make them equal to zoo.cfg.",
    references: [
      "ZKConfig.java (apache/hbase @02dd2567) L28-32 (only hbase-site.xml is read), L57-102 makeZKPropsFromHbaseConfig (prefix stripped, every key copied, server.N built from hbase.zookeeper.quorum)",
      "ZKConfig.java (apache/hbase @02dd2567) L108-115 getZKQuorumServersStringFromHbaseConfig, buildZKQuorumServerString: clientPort is the port of an entry without one",
      'zookeeper.adoc (apache/hbase reference guide) "When HBase manages the ZooKeeper ensemble, you can specify ZooKeeper configuration directly in conf/hbase-site.xml"; "Using existing ZooKeeper ensemble"',
      "TestZKConfig.java (apache/hbase master) testZooKeeperTlsProperties: client.secure, clientCnxnSocket, ssl.* go to the client's ZKClientConfig",
      'hbase-default.xml (HBase 1.x) hbase.config.read.zookeeper.config: default false, "the functionality of reading ZK properties from a zoo.cfg file has been deprecated"; ZKConfig.parseZooCfg (HBase 1.x): "@deprecated in 0.96 onwards. HBase will no longer rely on zoo.cfg availability"',
      "ZooKeeperServer.java (ZooKeeper 3.4.14) L103 DEFAULT_TICK_TIME = 3000; QuorumPeerConfig.java (3.4.14) maxClientCnxns = 60, L77 purgeInterval = 0, L95 snapRetainCount = 3"
    ]
  },
  check(cluster, report) {
    for (const conf of cluster.hbaseConfs) {
      if (conf.effective["hbase.cluster.distributed"]?.value.toLowerCase() !== "true") continue;
      const quorum = hbaseProperty(conf, "hbase.zookeeper.quorum");
      if (!quorum) continue;
      const entries = quorumEntries(quorum);
      const ensembles2 = ensemblesOf(cluster, entries);
      const zoo = ensembles2[0];
      if (!zoo) continue;
      const everyEntryHasPort = entries.every((e) => e.port !== void 0 && trimLocated(e.port).value !== "");
      for (const { property, zkKey, key } of hbaseZkProperties(conf)) {
        if (zkKey === "clientPort" && !everyEntryHasPort) continue;
        const used = ensembles2.map((z) => ensembleValue(z.zoo, zkKey));
        const first = used[0];
        if (!first || used.some((u) => u === void 0)) continue;
        if (!comparable(key, property.value, first.value)) continue;
        if (used.some((u) => u && sameSetting(key, property.value, u.value))) continue;
        const why = zkKey === "clientPort" ? "every hbase.zookeeper.quorum entry has its own port, so HBase does not use it" : "HBase does not manage that ensemble, so the setting has no effect";
        report({
          span: locatedValue(property).span,
          message: `${property.name} is ${quote(property.value)}, but the ZooKeeper ensemble HBase connects to uses ${quote(first.value)}; ${why}`,
          related: [
            first.entry ? { span: first.entry.value.span, message: `${zkKey} is ${quote(first.value)}` } : { span: zoo.start, message: `this zoo.cfg does not set ${zkKey}, so ZooKeeper uses its default ${first.value}` }
          ]
        });
      }
    }
  }
});

// rules/hbase/zookeeper-quorum-mismatch.ts
var zookeeper_quorum_mismatch_default2 = defineRule({
  meta: {
    id: "hbase/zookeeper-quorum-mismatch",
    severity: "error",
    description: "hbase.zookeeper.quorum names a host that is not a ZooKeeper server, or HBase connects to a port other than the ensemble client port",
    rationale: "HBase builds its ZooKeeper connect string from `hbase.zookeeper.quorum`: an entry with a port keeps it, an entry without one gets `hbase.zookeeper.property.clientPort` (default 2181). Master, RegionServers and clients all find each other through that ensemble. An entry that names a host outside the ensemble, or a port the servers do not serve clients on, is a server HBase can never reach: with all entries wrong HBase cannot start, with some wrong it loses ZooKeeper sooner than the ensemble does.\n\nhacheck compares with the ensemble of the most common zoo.cfg (its `server.N` hosts and `clientPort`, or the `;port` part of a 3.5+ server line), as `cluster/zookeeper-quorum-mismatch` does for the ZKFC. It cannot resolve names, so it does not compare an IP address with a host name. When HBase manages its own ZooKeeper (`HBASE_MANAGES_ZK=true`) the snapshot has no zoo.cfg for it and the rule says nothing.",
    fix: "List the ZooKeeper servers of zoo.cfg in `hbase.zookeeper.quorum` and set `hbase.zookeeper.property.clientPort` to their `clientPort` (or write `host:port` entries).",
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: "put it together with the hbase.zookeeper.property.clientPort config. and pass it into zookeeper constructor as the connectString"',
      "ZKConfig.java (apache/hbase @0e20bbf6) buildQuorumServerString, getZKQuorumServersStringFromHbaseConfig: default client port 2181",
      "ConnectStringParser.java (ZooKeeper master) DEFAULT_PORT = 2181"
    ]
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    for (const conf of cluster.hbaseConfs) {
      const quorum = hbaseProperty(conf, "hbase.zookeeper.quorum");
      const client = hbaseClientPort(conf);
      if (!quorum || !client) continue;
      let clientPortReported = false;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, quorumEntries(quorum), client.port))) {
        if (m.kind === "not-a-server") {
          report({
            span: m.host.span,
            message: `hbase.zookeeper.quorum names ${m.names}, ${m.hosts.length > 1 ? "which are not servers" : "which is not a server"} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others]
          });
        } else if (m.written !== void 0) {
          report({
            span: m.written.span,
            message: `hbase.zookeeper.quorum connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }, ...m.others]
          });
        } else if (client.property) {
          if (clientPortReported) continue;
          clientPortReported = true;
          report({
            span: locatedValue(client.property).span,
            message: `hbase.zookeeper.property.clientPort is ${quote(client.property.value)}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }]
          });
        } else {
          report({
            span: m.host.span,
            message: `hbase.zookeeper.quorum names ${m.names} without a port and hbase.zookeeper.property.clientPort is not set, so HBase connects to ${client.port}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }, ...m.others]
          });
        }
      }
    }
  }
});

// rules/hdfs/address-malformed.ts
var ADDRESS_KEYS = [
  "dfs.namenode.rpc-address",
  "dfs.namenode.servicerpc-address",
  "dfs.namenode.lifeline.rpc-address",
  "dfs.namenode.http-address",
  "dfs.namenode.https-address",
  "dfs.namenode.secondary.http-address",
  "dfs.namenode.secondary.https-address",
  "dfs.namenode.backup.address",
  "dfs.namenode.backup.http-address",
  "dfs.namenode.backup.dnrpc-address",
  "dfs.datanode.address",
  "dfs.datanode.http.address",
  "dfs.datanode.https.address",
  "dfs.datanode.ipc.address",
  "dfs.journalnode.rpc-address",
  "dfs.journalnode.http-address",
  "dfs.journalnode.https-address",
  "dfs.balancer.address",
  "dfs.mover.address",
  "dfs.storage.policy.satisfier.address",
  "dfs.provided.aliasmap.inmemory.dnrpc-address"
];
var PORT_REQUIRED = ["dfs.namenode.rpc-address", "dfs.namenode.servicerpc-address", "dfs.namenode.lifeline.rpc-address", "dfs.namenode.http-address", "dfs.namenode.https-address"];
function baseKey(name) {
  if (name === "dfs.namenode.rpc-address.auxiliary-ports") return void 0;
  return ADDRESS_KEYS.find((k2) => name === k2 || name.startsWith(`${k2}.`));
}
var address_malformed_default = defineRule({
  meta: {
    id: "hdfs/address-malformed",
    severity: "error",
    description: "An HDFS address value is not host:port (no port, a port that is not a number or above 65535, a bad host name)",
    rationale: "HDFS reads every address with `NetUtils.createSocketAddr`, which parses `host:port` as the authority of a URI. A host that `java.net.URI` does not accept (an underscore, a space, an empty host), a port that is not a number, or a path after the port fails with `Does not contain a valid host:port authority`; a port above 65535 fails with `port out of range`. The per-NameNode keys (`dfs.namenode.rpc-address.<ns>.<nn>` and the servicerpc, lifeline, http and https addresses) are read (and `.<ns>` for a nameservice without HA) without a default port, so a value without a port fails too. The daemon or client that reads the value stops.",
    fix: "Write the value as `host:port`, for example `server1:8020`, with a host name made of letters, digits, `-` and `.` only.",
    references: [
      "NetUtils.java (3.4.1) L251-L255, L286-L288 (2.7.7 L198-L199)",
      "DFSUtilClient.java (3.4.1) L527-L552 (per-NameNode keys: createSocketAddr without a default port)",
      "hdfs-default.xml (2.7.7, 3.4.1): the *-address keys and their host:port defaults"
    ],
    upstreamMessage: "Does not contain a valid host:port authority: <value>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const p of Object.values(conf.effective)) {
        const base = baseKey(p.name);
        if (!base || p.value === "" || p.unresolved.length > 0) continue;
        const value = locatedValue(p);
        const a = parseAddress(p);
        const v = quote(p.value);
        const hasScheme = p.value.includes("://");
        const suffixed = p.name.length > base.length;
        if (!a.port || a.port.value === "") {
          if (PORT_REQUIRED.includes(base) && suffixed) once({ span: value.span, message: `${v} has no port` });
          continue;
        }
        const host = a.host?.value ?? "";
        if (host === "") {
          once({ span: value.span, message: `${v} has no host` });
        } else if (!isUriHost(host)) {
          once({ span: a.host.span, message: `${v} has a host ${quote(host)} that is not a valid host name` });
        } else if (!/^\d+$/.test(a.port.value)) {
          once({ span: a.port.span, message: `${v} has a port ${quote(a.port.value)} that is not a number` });
        } else if (a.portNumber === void 0) {
          once({ span: a.port.span, message: `${v} has a port ${a.port.value} above 65535` });
        } else if (!hasScheme && p.value.indexOf("/", p.value.lastIndexOf(":")) >= 0) {
          once({ span: value.span, message: `${v} has a path after the port` });
        }
      }
    }
  }
});

// src/rules-support/hdfs-failover-switch.ts
var AUTO_FAILOVER_KEY = "dfs.ha.automatic-failover.enabled";
function booleanOf(p) {
  if (!isSet(p) || p.unresolved.length > 0) return void 0;
  const v = p.value.toLowerCase();
  return v === "true" ? true : v === "false" ? false : void 0;
}
function failoverSwitch(conf, ns) {
  const specific = conf.effective[`${AUTO_FAILOVER_KEY}.${ns}`];
  return isSet(specific) ? specific : conf.effective[AUTO_FAILOVER_KEY];
}

// rules/hdfs/automatic-failover-nameservice-only.ts
var automatic_failover_nameservice_only_default = defineRule({
  meta: {
    id: "hdfs/automatic-failover-nameservice-only",
    severity: "warning",
    description: "Automatic failover is enabled only as dfs.ha.automatic-failover.enabled.<ns>, which start-dfs.sh does not read",
    rationale: "The NameNode and the ZKFC resolve `dfs.ha.automatic-failover.enabled.<nameservice>` before the plain key (NameNode.NAMESERVICE_SPECIFIC_KEYS), so with only the suffixed key `true` they run with automatic failover: the NameNodes start in standby and refuse `hdfs haadmin -transitionToActive` without `--forcemanual`. But start-dfs.sh decides whether to start the ZKFCs with `hdfs getconf -confKey dfs.ha.automatic-failover.enabled`, which reads the plain key only: unset (default `false`) or `false`, it starts no ZKFC. The NameNodes then wait for an election that nobody runs and both stay standby.",
    fix: "Set the plain `dfs.ha.automatic-failover.enabled` to `true` as well (or instead), or start the ZKFCs yourself (`hdfs --daemon start zkfc` on each NameNode host).",
    references: [
      'start-dfs.sh (3.4.1, 2.7.7): AUTOHA_ENABLED=$(hdfs getconf -confKey dfs.ha.automatic-failover.enabled); zkfc started only when "true"',
      "GetConf.java (3.4.1) -confKey: conf.get(key), no nameservice resolution",
      "NameNode.java (3.4.1) L351-353 (NAMESERVICE_SPECIFIC_KEYS: dfs.ha.automatic-failover.enabled)"
    ]
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      const plain = conf.effective[AUTO_FAILOVER_KEY];
      if (booleanOf(plain) === true || isSet(plain) && booleanOf(plain) === void 0) continue;
      for (const ns of haNameservices2(conf)) {
        const specific = conf.effective[`${AUTO_FAILOVER_KEY}.${ns.id.value}`];
        if (booleanOf(specific) !== true) continue;
        report({
          span: locatedValue(specific).span,
          message: `Automatic failover is enabled for ${quote(ns.id.value)} only by ${specific.name}: start-dfs.sh reads ${AUTO_FAILOVER_KEY}${isSet(plain) ? ` (${quote(plain.value)})` : " (not set)"} and starts no ZKFC`,
          related: isSet(plain) ? [{ span: locatedValue(plain).span, message: `${AUTO_FAILOVER_KEY} is ${quote(plain.value)}` }] : []
        });
      }
    }
  }
});

// rules/hdfs/automatic-failover-without-quorum.ts
var QUORUM = "ha.zookeeper.quorum";
var automatic_failover_without_quorum_default = defineRule({
  meta: {
    id: "hdfs/automatic-failover-without-quorum",
    severity: "error",
    description: "Automatic failover is enabled but ha.zookeeper.quorum is not set",
    rationale: "With `dfs.ha.automatic-failover.enabled` true (or `dfs.ha.automatic-failover.enabled.<nameservice>`), a ZKFC runs beside each NameNode and elects the active one through ZooKeeper. It finds the ensemble in `ha.zookeeper.quorum` (usually in core-site.xml; also read with `.<ns>` and `.<ns>.<nn>` suffixes). Without it the ZKFC stops at startup with `Missing required configuration 'ha.zookeeper.quorum' for ZooKeeper quorum`, and since the NameNodes then refuse manual transitions (automatic HA is on), neither becomes active. The rule checks configurations a NameNode loads.",
    fix: "Set `ha.zookeeper.quorum` in core-site.xml to the ZooKeeper ensemble, e.g. `zk1:2181,zk2:2181,zk3:2181`, or disable automatic failover.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L579-595",
      "ZKFailoverController.java (3.4.1) L69, L82-88, L369-371; (2.7.7) L342",
      "NameNode.java (3.4.1) L351-353 (NAMESERVICE_SPECIFIC_KEYS)"
    ],
    upstreamMessage: "Missing required configuration 'ha.zookeeper.quorum' for ZooKeeper quorum"
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      const missingBy = /* @__PURE__ */ new Map();
      for (const ns of haNameservices2(conf)) {
        const auto = automaticFailoverProperty(conf, ns.id.value);
        if (!auto) continue;
        const missing = ns.namenodes.some((nn) => !nnKey(conf, QUORUM, ns.id.value, nn.id.value)?.value.trim());
        if (!missing) continue;
        const services = missingBy.get(auto);
        if (services) services.push(ns.id.value);
        else missingBy.set(auto, [ns.id.value]);
      }
      for (const [auto, services] of missingBy) {
        report({
          span: locatedValue(auto).span,
          message: `Automatic failover is enabled for ${services.map(quote).join(", ")} but ${QUORUM} is not set`
        });
      }
    }
  }
});

// rules/hdfs/defaultfs-missing.ts
var defaultfs_missing_default = defineRule({
  meta: {
    id: "hdfs/defaultfs-missing",
    severity: "error",
    description: "With HA configured, no core-site.xml sets fs.defaultFS, so clients and YARN use the local file system",
    rationale: "`fs.defaultFS` (formerly `fs.default.name`) defaults to `file:///`. An HA cluster that never sets it runs its NameNodes (they take their own RPC address), but everything that uses the default file system works on the local disk of the machine it runs on: `hdfs dfs -put` and `-ls` read and write local paths, YARN and MapReduce put staging directories and aggregated logs on local disks, and HBase without an explicit `hbase.rootdir` in HDFS keeps its data locally. Nothing fails at start-up, so the mistake shows as missing data much later, which is why it is an error. A missing core-site.xml is the same mistake: hacheck reports it at the `dfs.nameservices` line of the hdfs-site.xml that sets up HA.",
    fix: "Set `fs.defaultFS` to `hdfs://<nameservice>` in core-site.xml on every host (clients included).",
    references: [
      "core-default.xml (2.7.7) L601-L602, (3.4.1) L1051-L1052: fs.defaultFS = file:///",
      "FileSystem.java (2.7.7, 3.4.1) getDefaultUri: conf.get(FS_DEFAULT_NAME_KEY, DEFAULT_FS)",
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364 (fs.defaultFS in core-site.xml names the nameservice)"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const services = haNameservices(conf).filter(isHa);
      if (services.length === 0) continue;
      if (isSet(conf.effective["fs.defaultFS"]) || isSet(conf.effective["fs.default.name"])) continue;
      const ids = services.map((ns) => ns.id.value).join(", ");
      const coreSite = conf.files.find((f) => f.kind === "core-site.xml");
      const declared = conf.effective["dfs.nameservices"];
      if (coreSite) {
        once({
          span: coreSite.start,
          message: `core-site.xml does not set fs.defaultFS, so clients and YARN use the local file system "file:///" instead of HA nameservice ${quote(ids)}`,
          related: [{ span: locatedValue(declared).span, message: `dfs.nameservices is ${quote(declared.value)}` }]
        });
      } else {
        once({
          span: locatedValue(declared).span,
          message: `there is no core-site.xml, so fs.defaultFS is "file:///" and clients and YARN use the local file system instead of HA nameservice ${quote(ids)}`
        });
      }
    }
  }
});

// rules/hdfs/defaultfs-nameservice.ts
var defaultfs_nameservice_default = defineRule({
  meta: {
    id: "hdfs/defaultfs-nameservice",
    severity: "error",
    description: "With HA configured, fs.defaultFS names neither a nameservice nor a NameNode host",
    rationale: "A client treats the authority of `hdfs://X` as a logical (HA) name only when `X` is exactly one of the ids in `dfs.nameservices` (the comparison is case-sensitive); then it fails over between the NameNodes of that nameservice. Any other `X` is taken as a host name: a misspelt nameservice ends in `java.net.UnknownHostException`, and a host that runs no NameNode gives connection refused. The NameNodes themselves start (they take their own RPC address), but every client, DataNode-side tool, YARN and MapReduce job that uses the default file system fails.",
    fix: "Set `fs.defaultFS` to `hdfs://<nameservice>` with the nameservice id exactly as `dfs.nameservices` lists it, and no port.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364",
      "NameNodeProxiesClient.java (3.4.1) L279-L300 (proxy provider looked up by URI.getHost())",
      "SecurityUtil.java (3.4.1) L474-L480",
      "NameNode.java (3.4.1) L1946-L1951 (the NameNode overrides fs.defaultFS with its RPC address)"
    ],
    upstreamMessage: "java.lang.IllegalArgumentException: java.net.UnknownHostException: <host>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const services = haNameservices(conf);
      if (!services.some(isHa)) continue;
      const declared = conf.effective["dfs.nameservices"];
      const ids = conf.hdfs.nameservices.map((ns) => ns.id.value);
      const nnHosts = services.flatMap((ns) => ns.namenodes.flatMap((nn) => [nn.rpc?.host?.value, nn.servicerpc?.host?.value])).filter((h) => h !== void 0).map((h) => h.toLowerCase());
      for (const uri of defaultFsUris(conf)) {
        const host = uri.host.value;
        if (ids.includes(host) || nnHosts.includes(host.toLowerCase())) continue;
        const guess = didYouMean(host, ids);
        once({
          span: uri.host.span,
          message: `${quote(uri.value.value)} names ${quote(host)}, which is neither a nameservice nor a NameNode host${guess ? `; did you mean ${quote(guess)}?` : ""}`,
          related: [{ span: locatedValue(declared).span, message: `dfs.nameservices is ${quote(declared.value)}` }]
        });
      }
    }
  }
});

// rules/hdfs/defaultfs-pinned.ts
var defaultfs_pinned_default = defineRule({
  meta: {
    id: "hdfs/defaultfs-pinned",
    severity: "warning",
    description: "With HA configured, fs.defaultFS points at one NameNode instead of the nameservice",
    rationale: "Only a logical URI, `hdfs://<nameservice>`, makes clients use the failover proxy provider and try the other NameNode when one is down or standby. `hdfs://<namenode host>:<port>` connects to that NameNode alone: while it is standby every client call fails with `StandbyException`, and when its host is down clients fail although the other NameNode is active.",
    fix: "Set `fs.defaultFS` to `hdfs://<nameservice>` (no port).",
    references: ["HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364", "NameNodeProxiesClient.java (3.4.1) L279-L300"]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const services = haNameservices(conf).filter(isHa);
      const ids = conf.hdfs.nameservices.map((ns) => ns.id.value);
      for (const uri of defaultFsUris(conf)) {
        const host = uri.host.value.toLowerCase();
        if (ids.includes(uri.host.value)) continue;
        for (const ns of services) {
          const nn = ns.namenodes.find((n) => n.rpc?.host?.value.toLowerCase() === host || n.servicerpc?.host?.value.toLowerCase() === host);
          if (!nn) continue;
          const address2 = nn.rpc ?? nn.servicerpc;
          once({
            span: uri.value.span,
            message: `${quote(uri.value.value)} points at NameNode ${nn.id.value} of nameservice ${quote(ns.id.value)}, so clients do not fail over`,
            related: [{ span: locatedValue(address2.property).span, message: `${nn.id.value}'s ${address2 === nn.rpc ? "rpc-address" : "servicerpc-address"} is ${quote(address2.property.value)}` }]
          });
          break;
        }
      }
    }
  }
});

// rules/hdfs/defaultfs-port-ignored.ts
var defaultfs_port_ignored_default = defineRule({
  meta: {
    id: "hdfs/defaultfs-port-ignored",
    severity: "warning",
    description: "fs.defaultFS gives port 8020 to a logical (HA) nameservice, where it is ignored",
    rationale: "Clients tolerate port 8020 on a logical URI (it equals the RPC default) and ignore it: the NameNodes' ports come from their `rpc-address` keys. The port suggests a host and port that are not used, and changing it to anything else makes every client fail (see `hdfs/defaultfs-port`).",
    fix: "Remove the port: `hdfs://<nameservice>`.",
    references: ["NameNodeProxiesClient.java (3.4.1) L260-L272", "NameNodeProxies.java (2.7.7) L529-L540", "HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364"]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ids = haNameservices(conf).filter(isHa).map((ns) => ns.id.value);
      for (const uri of defaultFsUris(conf)) {
        if (!uri.port || !ids.includes(uri.host.value) || !/^\d+$/.test(uri.port.value) || Number(uri.port.value) !== 8020) continue;
        once({ span: uri.port.span, message: `${quote(uri.value.value)} gives port 8020 to the logical name ${quote(uri.host.value)}, which clients ignore` });
      }
    }
  }
});

// rules/hdfs/defaultfs-port.ts
var defaultfs_port_default = defineRule({
  meta: {
    id: "hdfs/defaultfs-port",
    severity: "error",
    description: "fs.defaultFS gives a port other than 8020 to a logical (HA) nameservice",
    rationale: "A logical URI names a nameservice, not a host, and the failover proxy provider finds the NameNodes' ports in their `rpc-address` keys. Clients refuse a logical URI with a port, except the RPC default 8020 which they tolerate: `hdfs://mycluster:9000` fails every client call.",
    fix: "Remove the port: `hdfs://<nameservice>`. The NameNodes' ports belong in `dfs.namenode.rpc-address.<ns>.<nn>`.",
    references: [
      "NameNodeProxiesClient.java (3.4.1) L260-L272",
      "NameNodeProxies.java (2.7.7) L529-L540",
      "HdfsClientConfigKeys.java (3.4.1) L83 (DFS_NAMENODE_RPC_PORT_DEFAULT = 8020)"
    ],
    upstreamMessage: "Port <port> specified in URI <uri> but host '<ns>' is a logical (HA) namenode and does not use port information."
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ids = haNameservices(conf).filter(isHa).map((ns) => ns.id.value);
      for (const uri of defaultFsUris(conf)) {
        if (!uri.port || !ids.includes(uri.host.value) || !/^\d+$/.test(uri.port.value) || Number(uri.port.value) === 8020) continue;
        once({ span: uri.port.span, message: `${quote(uri.value.value)} gives port ${uri.port.value} to the logical name ${quote(uri.host.value)}, which clients reject` });
      }
    }
  }
});

// rules/hdfs/duplicate-namenode-address.ts
var WILDCARD = /* @__PURE__ */ new Set(["0.0.0.0", "[::]", "[0:0:0:0:0:0:0:0]"]);
var duplicate_namenode_address_default = defineRule({
  meta: {
    id: "hdfs/duplicate-namenode-address",
    severity: "error",
    description: "Two NameNode addresses (rpc, servicerpc, lifeline, http or https) are the same host:port",
    rationale: "Every NameNode of every nameservice binds its own RPC, service RPC, lifeline, HTTP and HTTPS servers. Two of these at the same host and port cannot both start: the second bind fails with `java.net.BindException` (`Problem binding to [...]` or `Port in use`). When two NameNode ids share an RPC address, clients also fail over to the same process, and the NameNode on that host matches both ids (`Configuration has multiple addresses that match local node's address`). Usually one value was copied and not edited.",
    fix: "Give each NameNode its own host in its addresses (`server1:8020`, `server2:8020`), and give each role of one NameNode its own port.",
    references: [
      "NetUtils.java (3.4.1) L856-L865",
      "HttpServer2.java (3.4.1) L1463",
      "DFSUtil.java (3.4.1) L1304-L1310 (2.7.7 L1448-L1454)"
    ],
    upstreamMessage: "Problem binding to [<host>:<port>] java.net.BindException: Address already in use"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const seen = /* @__PURE__ */ new Map();
      for (const ns of conf.hdfs.nameservices) {
        for (const nn of ns.namenodes) {
          for (const role of NAMENODE_ROLES) {
            const address2 = roleAddress(conf, nn, role);
            if (!address2 || address2.property.unresolved.length > 0) continue;
            const host = address2.host?.value.toLowerCase();
            if (!host || WILDCARD.has(host) || address2.portNumber === void 0 || address2.portNumber === 0) continue;
            const key = `${host}:${address2.portNumber}`;
            const first = seen.get(key);
            if (!first) {
              seen.set(key, { nn, role, address: address2 });
              continue;
            }
            const self = nnLabel(nn, first.nn);
            const other = first.nn === nn ? "its" : `${nnLabel(first.nn, nn)}'s`;
            once({
              span: locatedValue(address2.property).span,
              message: `${self}'s ${role} ${quote(address2.property.value)} is the same host and port as ${other} ${first.role}`,
              related: [{ span: locatedValue(first.address.property).span, message: `${nnLabel(first.nn, nn)}'s ${first.role} is ${quote(first.address.property.value)}` }]
            });
          }
        }
      }
    }
  }
});

// rules/hdfs/failed-volumes-tolerated.ts
var TOLERATED_KEY = "dfs.datanode.failed.volumes.tolerated";
var DATA_DIR_KEY = "dfs.datanode.data.dir";
function loadedByDataNode(cluster, conf) {
  return hadoopConfLoadedBy(cluster, conf, "DataNode");
}
function volumeCount(dataDir, version) {
  if (!isSet(dataDir)) return 1;
  if (version.major >= 3) return listItems(dataDir, version).length;
  return trimmedStringsLength(dataDir.value);
}
function trimmedStringsLength(value) {
  if (value === "") return 0;
  const pieces = value.split(",").map((x) => x.trim());
  while (pieces.length > 0 && pieces[pieces.length - 1] === "") pieces.pop();
  return pieces.length;
}
function lowestAccepted(version) {
  return atLeast(version, 3, 1) ? -1 : 0;
}
var failed_volumes_tolerated_default = defineRule({
  meta: {
    id: "hdfs/failed-volumes-tolerated",
    severity: "error",
    description: "dfs.datanode.failed.volumes.tolerated is not below the number of dfs.datanode.data.dir volumes (or is negative), so the DataNode refuses to start",
    rationale: '`dfs.datanode.failed.volumes.tolerated` is how many of the `dfs.datanode.data.dir` volumes may fail before the DataNode stops. A value equal to or above the number of volumes would let it run with none, so the DataNode rejects it at start-up: on Hadoop 3 `StorageLocationChecker.check`, which `DataNode.makeInstance` runs before anything else, throws "Invalid value configured for dfs.datanode.failed.volumes.tolerated - N. Value configured is >= to the number of configured volumes (M)."; on Hadoop 2.7 the `FsDatasetImpl` constructor throws "Invalid volume failure  config value: N" when the block pool is initialised, and the DataNode never serves. A common cause is copying `dfs.datanode.failed.volumes.tolerated` from hosts with many disks to a host with one `dfs.datanode.data.dir` entry (or none: the default `file://${hadoop.tmp.dir}/dfs/data` is one volume).\n\nNegative values: Hadoop 3.1 and later accept `-1`, meaning "keep running while at least one volume works", and reject anything below (`should be greater than or equal to -1`); Hadoop 2.x and 3.0 reject every negative value.\n\nThe rule checks each configuration a DataNode loads: the volumes are counted as that version counts them (3.x drops empty and duplicate entries).',
    fix: "Set `dfs.datanode.failed.volumes.tolerated` below the number of `dfs.datanode.data.dir` entries of that host (`0` with one volume), or on Hadoop 3.1+ to `-1`; give hosts with fewer disks their own hdfs-site.xml.",
    references: [
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/datanode/checker/StorageLocationChecker.java (3.x) constructor: if (maxVolumeFailuresTolerated < DataNode.MAX_VOLUME_FAILURE_TOLERATED_LIMIT) throw new HadoopIllegalArgumentException("Invalid value configured for " + DFS_DATANODE_FAILED_VOLUMES_TOLERATED_KEY + " - " + maxVolumeFailuresTolerated + " " + DataNode.MAX_VOLUME_FAILURES_TOLERATED_MSG)',
      'StorageLocationChecker.java (3.x) check(conf, dataDirs): if (maxVolumeFailuresTolerated >= dataDirs.size()) throw new HadoopIllegalArgumentException("Invalid value configured for dfs.datanode.failed.volumes.tolerated - N. Value configured is >= to the number of configured volumes (M).")',
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/datanode/DataNode.java (3.1+): MAX_VOLUME_FAILURE_TOLERATED_LIMIT = -1; MAX_VOLUME_FAILURES_TOLERATED_MSG = "should be greater than or equal to -1"; startDataNode repeats the check: volFailuresTolerated < -1 || volFailuresTolerated >= volsConfigured (HDFS-12716; 3.0 had < 0, "either less than 0 or >=")',
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/datanode/fsdataset/impl/FsDatasetImpl.java (2.7.7) constructor: volsConfigured = conf.getTrimmedStrings(DFS_DATANODE_DATA_DIR_KEY).length; if (volFailuresTolerated < 0 || volFailuresTolerated >= volsConfigured) throw new DiskErrorException("Invalid volume failure " + " config value: " + volFailuresTolerated)',
      "hdfs-default.xml: dfs.datanode.failed.volumes.tolerated default 0; dfs.datanode.data.dir default file://${hadoop.tmp.dir}/dfs/data"
    ],
    upstreamMessage: "Invalid value configured for dfs.datanode.failed.volumes.tolerated - 2. Value configured is >= to the number of configured volumes (2)."
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      if (!loadedByDataNode(cluster, conf)) continue;
      const tolerated = conf.effective[TOLERATED_KEY];
      if (!usable(tolerated) || !/^[-+]?\d+$/.test(tolerated.value)) continue;
      const n = Number(tolerated.value);
      const dataDir = conf.effective[DATA_DIR_KEY];
      if (isSet(dataDir) && dataDir.unresolved.length > 0) continue;
      const span = locatedValue(tolerated).span;
      const lowest = lowestAccepted(version);
      if (n < lowest) {
        if (n === -1 && version.source === "assumed") continue;
        report({
          span,
          message: `${TOLERATED_KEY} is ${quote(tolerated.value)} but Hadoop ${version.label} accepts no value below ${lowest}: the DataNode refuses to start${assumedNote(version)}`
        });
        continue;
      }
      const volumes = volumeCount(dataDir, version);
      if (n === -1 || n < volumes) continue;
      if (!isSet(dataDir)) {
        report({
          span,
          message: `${TOLERATED_KEY} is ${quote(tolerated.value)} but ${DATA_DIR_KEY} is unset, one volume (file://\${hadoop.tmp.dir}/dfs/data): the DataNode refuses to start`
        });
        continue;
      }
      report({
        span,
        message: `${TOLERATED_KEY} is ${quote(tolerated.value)}, not below the ${plural(volumes, "volume")} of ${DATA_DIR_KEY}: the DataNode refuses to start`,
        related: [{ span: locatedValue(dataDir).span, message: `${DATA_DIR_KEY} lists ${plural(volumes, "volume")}${volumes < trimmedStringsLength(dataDir.value) ? " once empty and repeated entries are dropped" : ""}` }]
      });
    }
  }
});

// src/rules-support/hdfs-value-lines.ts
function valueLines(p) {
  const raw = p.prop.value;
  if (!raw || raw.value.includes("${")) {
    const whole = locatedValue(p);
    return p.value.split("\n").map((value) => ({ value, span: whole.span }));
  }
  const lines = raw.value.split("\n");
  const s = raw.span;
  const last = lines[lines.length - 1];
  const exact = s.endLine === s.line + lines.length - 1 && s.endColumn === (lines.length === 1 ? s.column : 1) + last.length;
  return lines.map((value, i) => {
    const column = i === 0 ? s.column : 1;
    const span = exact ? { file: s.file, line: s.line + i, column, endLine: s.line + i, endColumn: column + value.length } : s;
    return { value, span };
  });
}

// src/rules-support/hdfs-fencing.ts
var FENCING_KEY = "dfs.ha.fencing.methods";
var SSH_KEY_FILES = "dfs.ha.fencing.ssh.private-key-files";
var WITH_ARGUMENT = /^([a-zA-Z0-9.$]+)\((.+?)\)$/;
var WITHOUT_ARGUMENT = /^([a-zA-Z0-9.$]+)$/;
var SSH_USER_PORT = /^([^:]+?)?(?::(\d+))?$/;
function builtinMethods(version) {
  return version.major >= 3 ? ["shell", "sshfence", "powershell"] : ["shell", "sshfence"];
}
function parses(text) {
  return WITH_ARGUMENT.test(text) || WITHOUT_ARGUMENT.test(text);
}
function parseLine(line2, version) {
  const text = line2.value;
  const withArg = WITH_ARGUMENT.exec(text);
  const m = withArg ?? WITHOUT_ARGUMENT.exec(text);
  const pieces = text.split(",").map((s) => s.trim());
  if (pieces.length > 1 && pieces.every((s) => s !== "" && parses(s))) {
    return { line: line2, name: void 0, arg: void 0, problem: "comma-separated" };
  }
  if (!m) return { line: line2, name: void 0, arg: void 0, problem: "unparsable" };
  const name = m[1];
  const arg = withArg ? pieceOf(line2, name.length + 1, text.length - 1) : void 0;
  let problem2;
  if (!name.includes(".") && !builtinMethods(version).includes(name)) problem2 = "unknown-method";
  else if (name === "shell" && arg === void 0) problem2 = "shell-without-argument";
  else if (name === "sshfence" && arg !== void 0 && !SSH_USER_PORT.test(arg.value)) problem2 = "bad-ssh-argument";
  return { line: line2, name, arg, problem: problem2 };
}
function fenceLines(p, version) {
  const out = [];
  for (const raw of valueLines(p)) {
    const hash = raw.value.indexOf("#");
    const line2 = trimLocated(hash < 0 ? raw : pieceOf(raw, 0, hash));
    if (line2.value !== "") out.push(parseLine(line2, version));
  }
  return out;
}
function fencingProperties(conf) {
  const ha = haNameservices2(conf).map((ns) => ns.id.value);
  if (ha.length === 0) return [];
  return keyAndSuffixed(conf, FENCING_KEY).filter((p) => {
    const ns = suffixNameservice(p, FENCING_KEY);
    return usable(p) && (ns === void 0 || ha.includes(ns));
  });
}

// rules/hdfs/fencing-fallback.ts
function servesQjournal(conf, p) {
  const ns = suffixNameservice(p, FENCING_KEY);
  return haNameservices2(conf).filter((s) => ns === void 0 || s.id.value === ns).some((s) => s.namenodes.some((nn) => nnKey(conf, SHARED_EDITS_KEY, s.id.value, nn.id.value)?.value.startsWith("qjournal://")));
}
var fencing_fallback_default = defineRule({
  meta: {
    id: "hdfs/fencing-fallback",
    severity: "warning",
    description: "With a JournalNode quorum, the fencing list ends with sshfence instead of a method that always succeeds",
    rationale: "During a failover the ZKFC first asks the old active NameNode to become standby over RPC; when that fails it runs the fencing methods in order, and if every method fails it aborts with `Unable to fence <target>`: no NameNode becomes active. `sshfence` fails whenever the old active host cannot be reached over SSH, which is exactly the case of a crashed or powered-off machine, so with `sshfence` last such a host blocks automatic failover.\n\nWith the Quorum Journal Manager only one NameNode can write edits (the JournalNodes reject a stale writer), and the HA documentation advises ending the list with a method guaranteed to succeed, such as `shell(/bin/true)`. The rule applies only to that setup: with NFS shared edits, fencing is what prevents two writers, and a method that always succeeds would be unsafe. A custom `shell(...)` script or class last is not reported, since it may be a real power fence.",
    fix: "Add `shell(/bin/true)` on its own line after `sshfence`:\n\n```xml\n<value>sshfence\nshell(/bin/true)</value>\n```",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L223-244; (2.7.7) L230-235",
      "ZKFailoverController.java (3.4.1) L543-566",
      "HDFSHighAvailabilityWithNFS.md (3.4.1) L67, L187-197"
    ],
    upstreamMessage: "Unable to fence <target>"
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      for (const p of fencingProperties(conf)) {
        const lines = fenceLines(p, cluster.hadoopVersion);
        const last = lines[lines.length - 1];
        if (!last || lines.some((f) => f.problem !== void 0) || last.name !== "sshfence") continue;
        if (!servesQjournal(conf, p)) continue;
        report({
          span: last.line.span,
          message: `Fencing ends with ${quote(last.line.value)}, which fails when the active NameNode's host is down and then blocks failover`
        });
      }
    }
  }
});

// rules/hdfs/fencing-methods.ts
var fencing_methods_default = defineRule({
  meta: {
    id: "hdfs/fencing-methods",
    severity: "error",
    description: "dfs.ha.fencing.methods is missing with automatic failover, or a line of it does not parse",
    rationale: "`dfs.ha.fencing.methods` is a list of fencing methods, **one per line**, tried in order until one succeeds. `NodeFencer` splits the value on newlines, drops `#` comments and blank lines, and requires each line to be `name` or `name(argument)`. A name without a dot must be a built-in method (`shell` and `sshfence`; Hadoop 3 adds `powershell`); any other name is loaded as a class and fails. When the list does not parse, or is not set at all, the ZKFC exits at startup with `Fencing is not configured for <target>. You must configure a fencing method before using automatic failover.`, so automatic failover never runs.\n\nThe rule reports, in HA configurations:\n\n- no fencing method for a NameNode of a nameservice with automatic failover (looked up as `dfs.ha.fencing.methods.<ns>.<nn>`, `.<ns>`, then the plain key), in configurations a NameNode loads;\n- methods separated by commas (`sshfence,shell(/bin/true)` is a single line to Hadoop);\n- a line that does not parse, such as `shell()`: `Unable to parse line: '<line>'`;\n- an unknown short name, e.g. `sshFence`: `Could not find configured fencing method <name>`;\n- `shell` without a command: `No argument passed to 'shell' fencing method`;\n- an `sshfence` argument that is not `[user][:port]`.",
    fix: "Put each method on its own line inside `<value>`, e.g.\n\n```xml\n<value>sshfence\nshell(/bin/true)</value>\n```\n\nand use the built-in names exactly as written (`sshfence`, `shell(...)`) or a fully qualified class name.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L223-330",
      "NodeFencer.java (3.4.1) L57-74, L134-194; (2.7.7) L69-72, L118-122",
      "ShellCommandFencer.java (3.4.1) L75-76; SshFenceByTcpPort.java (3.4.1) L229-270",
      "ZKFailoverController.java (3.4.1) L97-105, L245-252"
    ],
    upstreamMessage: "Fencing is not configured for <target>.\nYou must configure a fencing method before using automatic failover."
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      for (const p of fencingProperties(conf)) {
        for (const f of fenceLines(p, version)) {
          const line2 = quote(f.line.value);
          switch (f.problem) {
            case "comma-separated":
              report({ span: f.line.span, message: `Fencing methods ${line2} are separated by commas but Hadoop reads one method per line` });
              break;
            case "unparsable":
              report({ span: f.line.span, message: `Fencing line ${line2} is neither "name" nor "name(argument)"` });
              break;
            case "unknown-method": {
              const known = builtinMethods(version).map((n) => `"${n}"`).join(", ");
              report({
                span: f.line.span,
                message: f.name === "powershell" ? `Fencing method "powershell" is built in only from Hadoop 3, but this is Hadoop ${version.label}` : `Fencing method ${quote(f.name)} is neither a built-in method (${known}) nor a class name`
              });
              break;
            }
            case "shell-without-argument":
              report({ span: f.line.span, message: `Fencing method ${line2} has no command: shell needs "shell(command)"` });
              break;
            case "bad-ssh-argument":
              report({ span: f.arg.span, message: `sshfence argument ${quote(f.arg.value)} is not "[user][:port]"` });
              break;
            default:
              break;
          }
        }
      }
      if (!loadedByNameNode(cluster, conf)) continue;
      const reported = /* @__PURE__ */ new Set();
      for (const ns of haNameservices2(conf)) {
        const auto = automaticFailoverProperty(conf, ns.id.value);
        if (!auto || reported.has(auto)) continue;
        const missing = ns.namenodes.filter((nn) => !nnKey(conf, FENCING_KEY, ns.id.value, nn.id.value)?.value.trim());
        if (missing.length === 0) continue;
        reported.add(auto);
        const whom = missing.length === ns.namenodes.length ? quote(ns.id.value) : `NameNode ${quote(missing[0].id.value)} of ${quote(ns.id.value)}`;
        report({
          span: locatedValue(auto).span,
          message: `Automatic failover is enabled for ${whom} but ${FENCING_KEY} is not set`
        });
      }
    }
  }
});

// src/rules-support/local-addresses.ts
var LOOPBACK_NAMES = /* @__PURE__ */ new Set(["localhost", "localhost.localdomain", "localhost4", "localhost6", "ip6-localhost", "ip6-loopback"]);
var IPV6_LOCAL = /* @__PURE__ */ new Set(["[::]", "[0:0:0:0:0:0:0:0]", "[::1]", "[0:0:0:0:0:0:0:1]", "::1"]);
function everyHostsAddress(host) {
  const h = host.trim().toLowerCase();
  if (h === "") return void 0;
  if (isWildcard(h) || h === "[::]" || h === "[0:0:0:0:0:0:0:0]") return "wildcard";
  if (LOOPBACK_NAMES.has(h) || /^127(\.\d{1,3}){3}$/.test(h) || IPV6_LOCAL.has(h)) return "loopback";
  return void 0;
}
function namedMachines(cluster) {
  return distinctHosts(cluster.hosts.map((h) => h.name).filter((n) => everyHostsAddress(n) === void 0));
}

// rules/hdfs/ha-address-wildcard.ts
var ha_address_wildcard_default = defineRule({
  meta: {
    id: "hdfs/ha-address-wildcard",
    severity: "error",
    description: "In an HA nameservice, a NameNode rpc or servicerpc address or a JournalNode address is 0.0.0.0 or loopback",
    rationale: "In an HA nameservice the addresses name machines that other hosts dial: clients and the other NameNode dial `dfs.namenode.rpc-address.<ns>.<nn>`, DataNodes the servicerpc-address, and the NameNodes the JournalNodes of `dfs.namenode.shared.edits.dir`. `0.0.0.0` and `localhost`/`127.x` name every machine at once: the dialler reaches itself. A NameNode also finds its own id by matching each rpc-address host against its local addresses (`NetUtils.isLocalAddress` counts the wildcard and loopback as local), so on the host of another NameNode both ids match and it stops: \"Configuration has multiple addresses that match local node's address\". A JournalNode that listens on `dfs.journalnode.rpc-address` at loopback is reachable from its own machine only.\n\nA cluster whose hosts are all one machine is not reported. The HTTP addresses are not checked: for a wildcard HTTP host, Hadoop substitutes the NameNode's rpc host (`DFSUtil.getInfoServerWithDefaultHost`).",
    fix: "Name each NameNode's and JournalNode's own host (`nn1.example.com:8020`, `qjournal://jn1:8485;jn2:8485;jn3:8485/<ns>`). To listen on all interfaces, keep the host name in the address and set the bind-host keys instead: `dfs.namenode.rpc-bind-host`, `dfs.namenode.servicerpc-bind-host`, `dfs.namenode.http-bind-host` = `0.0.0.0`.",
    references: [
      "hadoop-zookeeper-facts.md b.4: getSuffixIDs with LOCAL_ADDRESS_MATCHER, NetUtils.isLocalAddress (any-local, loopback); more than one match is message #12",
      "DFSUtil.java (3.4.1) L1304-L1310 (2.7.7 L1448-L1454): the message",
      "hdfs-default.xml (3.4.1) dfs.namenode.rpc-bind-host, dfs.namenode.servicerpc-bind-host, dfs.namenode.http-bind-host",
      "StandbyCheckpointer.java (3.4.1) getHttpAddress: DFSUtil.getInfoServerWithDefaultHost(rpc host)"
    ],
    upstreamMessage: "Configuration has multiple addresses that match local node's address. Please configure the system with dfs.nameservice.id and dfs.ha.namenode.id"
  },
  check(cluster, report) {
    if (namedMachines(cluster).length <= 1) return;
    const once = reportOnce(report);
    const flag = (host, what, extra) => {
      const kind = host && everyHostsAddress(host.value);
      if (!host || !kind) return;
      once({ span: host.span, message: `${what} host ${quote(host.value)} is ${kind === "wildcard" ? "the wildcard address" : "loopback"}, ${extra}` });
    };
    for (const conf of cluster.confs) {
      const services = haNameservices(conf).filter(isHa);
      if (services.length === 0) continue;
      for (const ns of services) {
        for (const nn of ns.namenodes) {
          for (const [address2, role] of [[nn.rpc, "rpc-address"], [nn.servicerpc, "servicerpc-address"]]) {
            if (!address2 || address2.property.unresolved.length > 0) continue;
            flag(address2.host, `${nn.id.value}'s ${role}`, role === "rpc-address" ? "which every host takes for its own: clients dial themselves and the NameNodes cannot tell their ids apart" : "which every host takes for its own: DataNodes dial themselves");
          }
        }
      }
      const journal = conf.hdfs.journal;
      if (journal && journal.property.unresolved.length === 0) {
        for (const jn of journal.hosts) flag(jn.host, "The JournalNode", "so each NameNode writes its edits to its own machine");
      }
      const jnRpc = conf.effective["dfs.journalnode.rpc-address"];
      if (jnRpc && jnRpc.unresolved.length === 0) {
        const host = parseAddress(jnRpc).host;
        if (host && everyHostsAddress(host.value) === "loopback") flag(host, "dfs.journalnode.rpc-address", "so the JournalNode accepts no NameNode from another host");
      }
    }
  }
});

// rules/hdfs/journal-quorum-size.ts
var journal_quorum_size_default = defineRule({
  meta: {
    id: "hdfs/journal-quorum-size",
    severity: "warning",
    description: "The qjournal URI lists fewer than 3 JournalNodes or an even number of them",
    rationale: "The active NameNode must write each edit to a majority of the JournalNodes, so N JournalNodes tolerate (N - 1) / 2 failures, rounded down: 1 or 2 tolerate none, 3 and 4 tolerate one, 5 tolerate two. The HA documentation states \"There must be at least 3 JournalNode daemons\" and advises an odd number; with an even count the NameNode logs `Quorum journal URI '<uri>' has an even number of Journal Nodes specified. This is not recommended!`. Neither stops the NameNode, hence a warning: the cluster runs, but with less fault tolerance than its JournalNodes suggest (with 1 or 2, one lost JournalNode halts the NameNode).",
    fix: "List 3 (or 5) JournalNodes on separate hosts in `dfs.namenode.shared.edits.dir`, separated by `;`.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L72-82",
      "QuorumJournalManager.java (3.4.1) L418-421; (2.7.7) L384-387"
    ],
    upstreamMessage: "Quorum journal URI '<uri>' has an even number of Journal Nodes specified. This is not recommended!"
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      for (const p of sharedEditsProperties(conf)) {
        const items = sharedEditsItems(p, cluster.hadoopVersion);
        if (items.length !== 1) continue;
        const parsed = parseQjournal(items[0]);
        if (parsed === void 0 || isProblem(parsed)) continue;
        const n = parsed.nodes.length;
        if (n === 0 || n >= 3 && n % 2 === 1) continue;
        const tolerated = Math.floor((n - 1) / 2);
        const tolerance = tolerated === 0 ? "tolerates no JournalNode failure" : `tolerates ${plural(tolerated, "failure")} like ${n - 1} would`;
        const why = n < 3 ? "at least 3 are required" : "an odd number is recommended";
        report({
          span: parsed.authority.span,
          message: `Journal quorum ${quote(parsed.authority.value)} has ${plural(n, "JournalNode")} and ${tolerance}; ${why}`
        });
      }
    }
  }
});

// rules/hdfs/journalnode-edits-dir.ts
var KEY = "dfs.journalnode.edits.dir";
function isAbsolute(path) {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path);
}
var journalnode_edits_dir_default = defineRule({
  meta: {
    id: "hdfs/journalnode-edits-dir",
    severity: "error",
    description: "dfs.journalnode.edits.dir is not a single absolute local path",
    rationale: "A JournalNode stores the edits it receives in `dfs.journalnode.edits.dir` (3.x also reads `dfs.journalnode.edits.dir.<nameservice>`). It turns the value into a `java.io.File` and refuses anything that is not absolute: `Journal dir '<dir>' should be an absolute path`. A `file:` URI such as `file:/data/journal` is not an absolute file name either, so the JournalNode refuses it the same way (unlike `dfs.namenode.name.dir`, which accepts URIs). The HA documentation also says \"You may only use a single path\": a comma-separated list is not split into several directories.",
    fix: "Set one absolute local path without a scheme, e.g. `/data/hadoop/journal`, on every JournalNode host.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L366-377",
      "JournalNode.java (3.4.1) L179-189, L203-204, L337-353; (2.7.7) L114-115"
    ],
    upstreamMessage: "Journal dir '<dir>' should be an absolute path"
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!isHaConf(conf)) continue;
      for (const p of keyAndSuffixed(conf, KEY)) {
        if (!usable(p)) continue;
        const loc = locatedValue(p);
        const paths = p.value.split(",").map((s) => s.trim()).filter((s) => s !== "");
        if (paths.length > 1) {
          report({ span: loc.span, message: `${p.name} lists ${plural(paths.length, "path")} in ${quote(p.value)} but a JournalNode uses a single directory` });
          continue;
        }
        const dir = paths[0] ?? "";
        if (/^file:/i.test(dir)) {
          const path = dir.replace(/^file:(\/\/[^/]*)?/i, "");
          report({ span: loc.span, message: `Journal dir ${quote(dir)} is a URI but the JournalNode needs an absolute path such as ${quote(path)}` });
        } else if (!isAbsolute(dir)) {
          report({ span: loc.span, message: `Journal dir ${quote(dir)} is not an absolute path` });
        }
      }
    }
  }
});

// rules/hdfs/namenode-address-missing.ts
var import_fastest_levenshtein4 = __toESM(require_mod(), 1);
var namenode_address_missing_default = defineRule({
  meta: {
    id: "hdfs/namenode-address-missing",
    severity: "error",
    description: "A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.rpc-address.<ns>.<nn>",
    rationale: "Clients, DataNodes and the failover controllers find each NameNode through `dfs.namenode.rpc-address.<ns>.<nn>`; only the fully suffixed key is read, without a default. An id without it is silently skipped, and HA counts as enabled only when at least two NameNodes of the nameservice have an RPC address (`isHAEnabled`: `nnMap.size() > 1`). The NameNode itself cannot find its own id by address matching either (`Could not determine own NN ID in namespace ...`).",
    fix: "Add `dfs.namenode.rpc-address.<ns>.<nn>` with `host:port` for every id in `dfs.ha.namenodes.<ns>`, or remove the id.",
    references: [
      "DFSUtilClient.java (3.4.1) L527-L552",
      "HAUtil.java (3.4.1) L92-L98 (2.7.7 L76-L82)",
      "HAUtil.java (3.4.1) L180-L184",
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L132-L151"
    ],
    upstreamMessage: "Could not determine own NN ID in namespace '<ns>'. Please ensure that this node is one of the machines listed as an NN RPC address, or configure dfs.ha.namenode.id"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        if (ns.namenodesProperty.unresolved.length > 0) continue;
        const ids = ns.namenodes.map((nn) => nn.id.value);
        for (const nn of ns.namenodes) {
          if (nn.rpc) continue;
          const key = `dfs.namenode.rpc-address.${ns.id.value}.${nn.id.value}`;
          const prefix = `dfs.namenode.rpc-address.${ns.id.value}.`;
          const related = Object.values(conf.effective).filter((p) => p.name.startsWith(prefix) && !ids.includes(p.name.slice(prefix.length)) && (0, import_fastest_levenshtein4.distance)(p.name.slice(prefix.length), nn.id.value) <= 2).map((p) => ({ span: p.prop.name.span, message: `${p.name} is set, but ${quote(p.name.slice(prefix.length))} is not an id in dfs.ha.namenodes.${ns.id.value}` }));
          once({ span: nn.id.span, message: `NameNode ${quote(nn.id.value)} has no ${key}, so it is skipped`, related });
        }
      }
    }
  }
});

// rules/hdfs/namenode-count-excessive.ts
var namenode_count_excessive_default = defineRule({
  meta: {
    id: "hdfs/namenode-count-excessive",
    severity: "warning",
    description: "dfs.ha.namenodes.<ns> lists more than 5 NameNodes on Hadoop 3.x",
    rationale: 'Hadoop 3.x allows more than two NameNodes per nameservice, but the documentation suggests not exceeding five ("suggested to not exceed 5 - with a recommended 3 NameNodes - due to communication overheads"): every standby tails the edit log from the JournalNodes and every NameNode exchanges heartbeats and block reports with every DataNode.',
    fix: "Run at most five NameNodes in one nameservice (three is the recommended number).",
    references: ["HDFSHighAvailabilityWithQJM.md (3.4.1) L117-L130", "HAUtil.java (3.4.1) L176-L179 (no upper bound in code)"]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    if (v.major < 3) return;
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        const p = ns.namenodesProperty;
        const n = ns.namenodes.length;
        if (p.unresolved.length > 0 || n <= 5) continue;
        once({ span: locatedValue(p).span, message: `${quote(p.value)} lists ${n} NameNodes, more than the 5 the documentation suggests${assumedNote(v)}` });
      }
    }
  }
});

// rules/hdfs/namenode-count.ts
var namenode_count_default = defineRule({
  meta: {
    id: "hdfs/namenode-count",
    severity: "error",
    description: "dfs.ha.namenodes.<ns> lists fewer than 2 NameNodes, or other than exactly 2 on Hadoop 2.x",
    rationale: 'Hadoop 2.x supports exactly two NameNodes per nameservice ("only a maximum of two NameNodes may be configured per nameservice"); the HA code paths of the standby (edit log tailing, checkpointing, `-bootstrapStandby`) and the failover controller check `nnIds.size() == 2`. Hadoop 3.0.0 and later accept more than two but still need at least two. With a single NameNode id HA is not enabled at all: the ZKFC refuses to start with `HA is not enabled for this namenode.` Ids listed twice count once (the list is read into a set).',
    fix: "List two NameNode ids on Hadoop 2.x (`nn1,nn2`); on Hadoop 3.x list at least two (three is the recommended number). Give every id its `dfs.namenode.rpc-address.<ns>.<nn>` and `http-address`.",
    references: [
      "HAUtil.java (2.7.7) L160-L163",
      "HAUtil.java (3.4.1) L176-L179",
      "HDFSHighAvailabilityWithQJM.md (2.7.7) L135-L148",
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L117-L130",
      "StringUtils.java (3.4.1) L490-L495 (getTrimmedStringCollection drops duplicates)"
    ],
    upstreamMessage: "Expected exactly 2 NameNodes in namespace '<ns>'. Instead, got only <n> (NN ids were '<ids>' (2.x); Expected at least 2 NameNodes in namespace '<ns>'. Instead, got only <n> (NN ids were '<ids>') (3.x)"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        const p = ns.namenodesProperty;
        if (p.unresolved.length > 0) continue;
        const n = ns.namenodes.length;
        const at3 = locatedValue(p);
        if (v.major <= 2 && n !== 2) {
          once({ span: at3.span, message: `${quote(p.value)} lists ${plural(n, "NameNode")} but Hadoop ${v.label} supports exactly 2 per nameservice${assumedNote(v)}` });
        } else if (n < 2) {
          once({ span: at3.span, message: `${quote(p.value)} lists ${plural(n, "NameNode")}, so HA is not enabled for nameservice ${quote(ns.id.value)}` });
        }
      }
    }
  }
});

// rules/hdfs/namenode-http-address-missing.ts
var namenode_http_address_missing_default = defineRule({
  meta: {
    id: "hdfs/namenode-http-address-missing",
    severity: "warning",
    description: "A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.http-address.<ns>.<nn>",
    rationale: "The HA guide lists `dfs.namenode.http-address.<ns>.<nn>` among the required settings. Without it a NameNode falls back to the generic `dfs.namenode.http-address` (`0.0.0.0:50070` on 2.x, `0.0.0.0:9870` on 3.x), and the other NameNode derives this one's web address from the same fallback: the standby uploads checkpoints to the other NameNode's http-address, and tools and the web UI links follow it.",
    fix: "Add `dfs.namenode.http-address.<ns>.<nn>` with the NameNode's `host:port` for every id in `dfs.ha.namenodes.<ns>`.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (2.7.7) L167-L179",
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L153-L172",
      "StandbyCheckpointer.java (2.7.7) L98-L110"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const httpsOnly = conf.effective["dfs.http.policy"]?.value.toUpperCase() === "HTTPS_ONLY";
      for (const ns of haNameservices(conf)) {
        if (ns.namenodesProperty.unresolved.length > 0) continue;
        for (const nn of ns.namenodes) {
          if (nn.http || httpsOnly && nn.https) continue;
          const key = `dfs.namenode.http-address.${ns.id.value}.${nn.id.value}`;
          once({ span: nn.id.span, message: `NameNode ${quote(nn.id.value)} has no ${key}` });
        }
      }
    }
  }
});

// src/rules-support/hdfs-proxy-providers.ts
var PROXY_PROVIDER_PACKAGE = "org.apache.hadoop.hdfs.server.namenode.ha.";
var PROXY_PROVIDER_KEY_PREFIX = "dfs.client.failover.proxy.provider.";
var IN_277 = ["ConfiguredFailoverProxyProvider", "IPFailoverProxyProvider"];
var IN_341 = [
  "ConfiguredFailoverProxyProvider",
  "IPFailoverProxyProvider",
  "RequestHedgingProxyProvider",
  "ObserverReadProxyProvider",
  "ObserverReadProxyProviderWithIPFailover",
  "RouterObserverReadProxyProvider",
  "RouterObserverReadConfiguredFailoverProxyProvider",
  "InMemoryAliasMapFailoverProxyProvider"
];
var KNOWN_PROVIDERS = IN_341.map((c) => PROXY_PROVIDER_PACKAGE + c);
var NOT_IN_27 = IN_341.filter((c) => !IN_277.includes(c)).map((c) => PROXY_PROVIDER_PACKAGE + c);

// rules/hdfs/namenode-list-missing.ts
var namenode_list_missing_default = defineRule({
  meta: {
    id: "hdfs/namenode-list-missing",
    severity: "error",
    description: "A nameservice that clients use has no dfs.ha.namenodes.<ns> and no rpc-address at all",
    rationale: "Clients find the NameNodes of `hdfs://<ns>` through `dfs.ha.namenodes.<ns>` and one `dfs.namenode.rpc-address.<ns>.<nn>` per id (or, without HA, `dfs.namenode.rpc-address.<ns>`). When `dfs.nameservices` names the nameservice and the rest of the HA set-up is there (a failover proxy provider for it, `fs.defaultFS` on it) but neither key exists, the failover proxy provider finds no address for the logical name and every client call fails: `hdfs dfs`, YARN, MapReduce and HBase stop at their first file system access. The NameNode itself finds no NameNode id and does not start in HA. The per-id rules (`hdfs/namenode-count`, `hdfs/namenode-address-missing`) need the list to exist, so they say nothing here.",
    fix: "Add `dfs.ha.namenodes.<ns>` listing the NameNode ids (`nn1,nn2`) and a `dfs.namenode.rpc-address.<ns>.<nn>` (and `http-address`) with `host:port` for each id.",
    references: [
      "ConfiguredFailoverProxyProvider.java (2.7.7) constructor: addressesInNN = DFSUtil.getHaNnRpcAddresses(conf).get(uri.getHost()); empty -> RuntimeException",
      "AbstractNNFailoverProxyProvider.java (3.4.1) getProxyAddresses: the same check and message",
      "DFSUtilClient.java (3.4.1) L527-L552 (getAddressesForNameserviceId: only dfs.namenode.rpc-address.<ns>[.<nn>])",
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L117-L151"
    ],
    upstreamMessage: "java.lang.RuntimeException: Could not find any configured addresses for URI hdfs://<ns>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const names = Object.keys(conf.effective);
      for (const ns of conf.hdfs.nameservices) {
        const id = ns.id.value;
        if (isSet(ns.namenodesProperty)) continue;
        const rpc = `dfs.namenode.rpc-address.${id}`;
        if (names.some((n) => (n === rpc || n.startsWith(`${rpc}.`)) && isSet(conf.effective[n]))) continue;
        const related = [];
        const provider = conf.effective[PROXY_PROVIDER_KEY_PREFIX + id];
        if (isSet(provider)) related.push({ span: provider.prop.name.span, message: `the failover proxy provider for ${quote(id)} is set` });
        for (const uri of defaultFsUris(conf)) {
          if (uri.host.value === id) related.push({ span: uri.host.span, message: `${uri.property.name} is ${quote(uri.value.value)}` });
        }
        if (related.length === 0) continue;
        once({
          span: ns.id.span,
          message: `nameservice ${quote(id)} has no dfs.ha.namenodes.${id} and no ${rpc}.<nn>, so clients find no NameNode for "hdfs://${id}"`,
          related
        });
      }
    }
  }
});

// rules/hdfs/namenode-port-mismatch.ts
var ROLES = ["rpc-address", "servicerpc-address", "http-address", "https-address"];
function referencePort(uses, near, def) {
  if (def !== void 0 && uses.some((u) => u.port === def)) return def;
  const pool = uses.some((u) => !near(u.port)) ? uses.filter((u) => !near(u.port)) : uses;
  let best = pool[0].port;
  let bestCount = 0;
  for (const u of pool) {
    const count = pool.filter((x) => x.port === u.port).length;
    if (count > bestCount) {
      best = u.port;
      bestCount = count;
    }
  }
  return best;
}
var namenode_port_mismatch_default = defineRule({
  meta: {
    id: "hdfs/namenode-port-mismatch",
    severity: "warning",
    description: "The NameNodes of a nameservice use different ports for one role, or a port one keystroke off the default",
    rationale: "The HA guide's design goal is that \"all the nodes in the cluster may have the same configuration\", and the NameNodes of one nameservice are normally set up alike, so the same role (RPC, service RPC, HTTP, HTTPS) uses the same port on each. A port that differs from its peers, and more so one that is one digit dropped, added, changed or swapped away from the version's default (`5070` for `50070`, `987` for `9870`, `8002` for `8020`), is almost always a typo; so is a port with a digit dropped or added (`5070`, `987`) even when every NameNode uses it. Hadoop starts with it, and the NameNode listens on the odd port; it breaks as soon as something expects the usual one: a host with its own copy of the file, a firewall rule, monitoring, or the standby uploading a checkpoint to the other NameNode's http-address. Defaults: RPC 8020; HTTP 50070 (2.x) / 9870 (3.x); HTTPS 50470 / 9871. Documented values such as 9000 (the single-node tutorial) and 9820 (the 3.0.0 RPC default) are never taken for a typo, and NameNodes that agree on a port with a changed digit (`8021`, `9880`, common when two nameservices share hosts) are fine.",
    fix: "Use the same port for a role on every NameNode of the nameservice, normally the version's default.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (2.7.7) L167-L179, (3.4.1) L91, L153-L172",
      "hdfs-default.xml (2.7.7) dfs.namenode.http-address L128, https-address L210",
      "hdfs-default.xml (3.4.1) dfs.namenode.http-address L166, https-address L248",
      "NameNode.java (2.7.7) L299; HdfsClientConfigKeys.java (3.4.1) L83 (RPC port 8020)",
      "StandbyCheckpointer.java (2.7.7) L98-L110",
      "RELEASENOTES 3.0.0-alpha1 L1489-L1494 (HDFS-9427); RELEASENOTES 3.0.1 L47-L51 (HDFS-12990)"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        for (const role of ROLES) {
          const uses = [];
          for (const nn of ns.namenodes) {
            const address2 = roleAddress(conf, nn, role);
            if (address2 && address2.property.unresolved.length === 0 && address2.portNumber !== void 0) uses.push({ nn, address: address2, port: address2.portNumber });
          }
          if (uses.length === 0) continue;
          const near = (port) => isNearDefault(port, role, v);
          const def = defaultPort(role, v);
          const ref = referencePort(uses, near, def);
          const refUse = uses.find((u) => u.port === ref);
          for (const u of uses) {
            const value = quote(u.address.property.value);
            if (u.port !== ref) {
              once({
                span: locatedValue(u.address.property).span,
                message: `${value} uses port ${u.port} for ${role} but ${refUse.nn.id.value} uses ${ref}`,
                related: [{ span: locatedValue(refUse.address.property).span, message: `${refUse.nn.id.value}'s ${role} is ${quote(refUse.address.property.value)}` }]
              });
            } else if (isNearDefault(u.port, role, v, true)) {
              once({
                span: locatedValue(u.address.property).span,
                message: `${value} uses port ${u.port} for ${role}, one keystroke from the Hadoop ${v.label} default ${def}${assumedNote(v)}`
              });
            }
          }
        }
      }
    }
  }
});

// rules/hdfs/namenodes-same-host.ts
function onlyMachine(cluster, host) {
  return cluster.hosts.every((h) => everyHostsAddress(h.name) !== void 0 || sameMachine(h.name, host));
}
var namenodes_same_host_default = defineRule({
  meta: {
    id: "hdfs/namenodes-same-host",
    severity: "warning",
    description: "Two NameNodes of one HA nameservice run on the same host (different ports)",
    rationale: "HA protects against the loss of a NameNode's machine only when the NameNodes run on different machines. Two NameNode ids whose `dfs.namenode.rpc-address.<ns>.<nn>` name the same host with different ports start fine, but a reboot, disk or power failure of that host takes both down, and the nameservice with them. Both NameNodes on one host also need their own `dfs.ha.namenode.id`: the NameNode finds its id by matching the rpc-address hosts against its local addresses, comparing the IP only and never the port, so both ids match there.\n\nA cluster whose hosts are all this one machine (a test setup) is not reported; the same host and port is `hdfs/duplicate-namenode-address`, and two host names resolving to one address `cluster/namenodes-same-address`.",
    fix: "Put each NameNode of the nameservice on its own machine: give `dfs.namenode.rpc-address.<ns>.<nn>` (and its http-address) another host.",
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) "Hardware resources": the machines that run the Active and Standby NameNodes',
      "hadoop-zookeeper-facts.md b.4: DFSUtil getSuffixIDs compares the IP, never the port (DFSUtil.java 3.4.1 L1263-1312)"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf).filter(isHa)) {
        const seen = [];
        for (const nn of ns.namenodes) {
          const host = nn.rpc?.host?.value;
          if (!nn.rpc || !host || nn.rpc.property.unresolved.length > 0 || everyHostsAddress(host) !== void 0) continue;
          const first = seen.find((o) => sameMachine(o.rpc.host.value, host));
          if (!first) {
            seen.push(nn);
            continue;
          }
          if (first.rpc.portNumber === nn.rpc.portNumber || onlyMachine(cluster, host)) continue;
          once({
            span: nn.rpc.host.span,
            message: `NameNodes ${first.id.value} and ${nn.id.value} of nameservice ${quote(ns.id.value)} are both on host ${quote(host)}, so one host failure takes both down`,
            related: [{ span: locatedValue(first.rpc.property).span, message: `${first.id.value}'s rpc-address is ${quote(first.rpc.property.value)}` }]
          });
        }
      }
    }
  }
});

// rules/hdfs/nameservice-id-invalid.ts
var nameservice_id_invalid_default = defineRule({
  meta: {
    id: "hdfs/nameservice-id-invalid",
    severity: "error",
    description: "A nameservice id is not a valid URI host name, so hdfs://<ns> has no host",
    rationale: "Clients address a nameservice as `hdfs://<ns>`, and `java.net.URI` must accept `<ns>` as a host name: letters, digits, `-` and `.`, no label starting or ending with `-`, and a last label starting with a letter when there are several. With anything else (`servers_cluster`, `-ns`) `URI.getHost()` returns null and `DistributedFileSystem` refuses the URI, so no client can use the nameservice.",
    fix: "Rename the nameservice to a valid host name (`servers-cluster` instead of `servers_cluster`), in `dfs.nameservices`, every key suffixed with it and `fs.defaultFS`.",
    references: ["DistributedFileSystem.java (3.4.1) L183-L186 (2.7.7 L141-L144)", "java.net.URI (OpenJDK 17) parseServer / parseHostname"],
    upstreamMessage: "Incomplete HDFS URI, no host: hdfs://<ns>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const ns of conf.hdfs.nameservices) {
        const id = ns.id.value;
        if (id.includes("${") || isUriHost(id)) continue;
        once({ span: ns.id.span, message: `nameservice id ${quote(id)} is not a valid host name, so ${quote(`hdfs://${id}`)} has no host` });
      }
    }
  }
});

// rules/hdfs/nameservice-undeclared.ts
var nameservice_undeclared_default = defineRule({
  meta: {
    id: "hdfs/nameservice-undeclared",
    severity: "error",
    description: "dfs.ha.namenodes.<ns> or an rpc-address names a nameservice that dfs.nameservices does not list",
    rationale: "Hadoop builds every per-nameservice key from the ids listed in `dfs.nameservices`: it reads `dfs.ha.namenodes.<ns>` and `dfs.namenode.rpc-address.<ns>.<nn>` only for those ids. A key suffixed with a nameservice that is not listed (a typo, a renamed cluster, or no `dfs.nameservices` at all) is silently ignored, so the NameNodes it describes do not exist for clients, DataNodes and the failover controllers. `dfs.internal.nameservices` must be a subset of `dfs.nameservices`; a DataNode stops with `Unknown nameservice` otherwise.",
    fix: "Add the nameservice to `dfs.nameservices` (comma-separated, every nameservice of a federation), or correct the suffix of the key to the nameservice id that is listed.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L99-L130",
      "Federation.md (3.4.1) L87-L134",
      "DFSUtilClient.java (3.4.1) L215-L217, L527-L552",
      "DFSUtil.java (3.4.1) L727-L745 (2.7.7 L896)"
    ],
    upstreamMessage: "Unknown nameservice: <ns>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ns = declaredNameservices(conf, cluster.hadoopVersion);
      if (!ns) continue;
      const { property: declaredProp, ids: declared } = ns;
      const related = declaredProp ? [{ span: locatedValue(declaredProp).span, message: `dfs.nameservices is ${quote(declaredProp.value)}` }] : [];
      const first = /* @__PURE__ */ new Map();
      for (const [ns2, keys] of undeclaredSuffixes(conf, declared)) {
        const at3 = keys.find((k2) => k2.role === "namenodes") ?? keys.find((k2) => k2.role === "rpc-address");
        if (at3) first.set(ns2, { span: nameSpan(at3.property, at3.from, at3.from + ns2.length), key: at3.property.name });
      }
      for (const [ns2, at3] of first) {
        once({
          span: at3.span,
          message: declaredProp ? `nameservice ${quote(ns2)} is not listed in dfs.nameservices, so ${at3.key} is ignored` : `dfs.nameservices is not set, so ${at3.key} for nameservice ${quote(ns2)} is ignored`,
          related
        });
      }
      const internal = conf.effective["dfs.internal.nameservices"];
      if (internal && internal.unresolved.length === 0) {
        for (const item of listItems(internal, cluster.hadoopVersion)) {
          if (declared.includes(item.value)) continue;
          once({ span: item.span, message: `nameservice ${quote(item.value)} of dfs.internal.nameservices is not listed in dfs.nameservices`, related });
        }
      }
    }
  }
});

// rules/hdfs/nameservice-unknown-address-key.ts
var nameservice_unknown_address_key_default = defineRule({
  meta: {
    id: "hdfs/nameservice-unknown-address-key",
    severity: "warning",
    description: "A NameNode servicerpc, lifeline, http or https address key is suffixed with an unknown nameservice",
    rationale: "Per-NameNode keys such as `dfs.namenode.servicerpc-address.<ns>.<nn>` are read only for the nameservices listed in `dfs.nameservices`. A key whose suffix names no such nameservice (and no NameNode list or RPC address of its own) is silently ignored: the NameNodes run without the service RPC, lifeline or web address it was meant to set. It is usually a nameservice id from another cluster or a tutorial. (`hdfs/nameservice-undeclared` reports nameservices that have NameNodes.)",
    fix: "Suffix the key with a nameservice id of `dfs.nameservices` (`dfs.namenode.servicerpc-address.<ns>.<nn>`), or remove it.",
    references: ["DFSUtilClient.java (3.4.1) L215-L217, L527-L552", "HDFSHighAvailabilityWithQJM.md (3.4.1) L132-L172"]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ns = declaredNameservices(conf, cluster.hadoopVersion);
      if (!ns) continue;
      const { property: declaredProp, ids: declared } = ns;
      for (const [ns2, keys] of undeclaredSuffixes(conf, declared)) {
        if (keys.some((k2) => k2.role === "namenodes" || k2.role === "rpc-address")) continue;
        const at3 = keys[0];
        const others = keys.slice(1).map((k2) => ({ span: nameSpan(k2.property, k2.from, k2.from + ns2.length), message: `${k2.property.name} is suffixed with ${quote(ns2)} too` }));
        once({
          span: nameSpan(at3.property, at3.from, at3.from + ns2.length),
          message: `nameservice ${quote(ns2)} of ${at3.property.name} is not listed in dfs.nameservices, so the key is ignored`,
          related: declaredProp ? [{ span: locatedValue(declaredProp).span, message: `dfs.nameservices is ${quote(declaredProp.value)}` }, ...others] : others
        });
      }
    }
  }
});

// rules/hdfs/proxy-provider-class.ts
var import_fastest_levenshtein5 = __toESM(require_mod(), 1);
var simpleName = (c) => c.slice(c.lastIndexOf(".") + 1);
function meant(value) {
  let best;
  let bestDistance = Infinity;
  for (const known of KNOWN_PROVIDERS) {
    const full = (0, import_fastest_levenshtein5.distance)(value, known);
    const shortOnly = value.startsWith("org.apache.hadoop.") || !value.includes(".") ? (0, import_fastest_levenshtein5.distance)(simpleName(value), simpleName(known)) : Infinity;
    const d = Math.min(full <= 3 ? full : Infinity, shortOnly <= 2 ? shortOnly : Infinity);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return bestDistance === Infinity ? void 0 : best;
}
var proxy_provider_class_default = defineRule({
  meta: {
    id: "hdfs/proxy-provider-class",
    severity: "error",
    description: "dfs.client.failover.proxy.provider.<ns> names a misspelt provider class, or one the Hadoop version lacks",
    rationale: "The client loads the class named by `dfs.client.failover.proxy.provider.<ns>` when it opens the nameservice; a class that is not on the classpath stops every client with `Could not load failover proxy provider class`. Hadoop 2.7 ships only `ConfiguredFailoverProxyProvider` and `IPFailoverProxyProvider`; `RequestHedgingProxyProvider`, the observer-read providers and the router providers came later (all are in 3.4.1). A value a few characters away from a shipped class, or the class name without its package, is a misspelling. Custom classes that resemble no shipped one are left alone.",
    fix: "Use `org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider` (or another class that your Hadoop version ships), spelt exactly.",
    references: [
      "NameNodeProxiesClient.java (3.4.1) L292-L296; NameNodeProxies.java (2.7.7) L479",
      "HDFSHighAvailabilityWithQJM.md (2.7.7) L207-L218, (3.4.1) L206-L221",
      "hdfs-default.xml (3.4.1) L4407 (dfs.client.failover.proxy.provider)"
    ],
    upstreamMessage: "Could not load failover proxy provider class <value> which is configured for authority <uri>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    const knownOld = isKnownRelease(v) && v.major === 2 && v.minor <= 7;
    for (const conf of cluster.confs) {
      for (const p of Object.values(conf.effective)) {
        if (!p.name.startsWith(PROXY_PROVIDER_KEY_PREFIX) || p.value === "" || p.unresolved.length > 0) continue;
        const span = locatedValue(p).span;
        if (KNOWN_PROVIDERS.includes(p.value)) {
          if (knownOld && NOT_IN_27.includes(p.value)) {
            once({ span, message: `${quote(p.value)} does not exist in Hadoop ${v.label}` });
          }
          continue;
        }
        const guess = meant(p.value);
        if (guess) once({ span, message: `${quote(p.value)} is not a Hadoop class; did you mean ${quote(guess)}?` });
      }
    }
  }
});

// rules/hdfs/proxy-provider-missing.ts
var import_fastest_levenshtein6 = __toESM(require_mod(), 1);
var proxy_provider_missing_default = defineRule({
  meta: {
    id: "hdfs/proxy-provider-missing",
    severity: "error",
    description: "An HA nameservice has no dfs.client.failover.proxy.provider.<ns>",
    rationale: "A client treats `hdfs://<ns>` as a logical name only when it finds a failover proxy provider class in `dfs.client.failover.proxy.provider.<ns>`, the key built from the URI's host verbatim. Without it the client takes the nameservice id for a host name and fails with `UnknownHostException`; `hdfs dfs`, YARN, MapReduce and HBase all stop at their first file system call. A key with another spelling or another suffix is not read (it is shown as a note when there is one).",
    fix: "Add `dfs.client.failover.proxy.provider.<ns>` with `org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider` for every HA nameservice, spelt exactly as in `dfs.nameservices`.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L206-L221",
      "NameNodeProxiesClient.java (3.4.1) L125-L137, L279-L300",
      "SecurityUtil.java (3.4.1) L474-L480 (2.7.7 L373-L379)",
      "HdfsClientConfigKeys.java (3.4.1) L381"
    ],
    upstreamMessage: "java.lang.IllegalArgumentException: java.net.UnknownHostException: <ns>"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const declared = conf.hdfs.nameservices.map((ns) => ns.id.value);
      for (const ns of haNameservices(conf).filter(isHa)) {
        const expected = PROXY_PROVIDER_KEY_PREFIX + ns.id.value;
        if (conf.effective[expected]?.value) continue;
        const related = [];
        for (const p of Object.values(conf.effective)) {
          if (p.name === expected) continue;
          if (p.name.startsWith(PROXY_PROVIDER_KEY_PREFIX)) {
            const suffix = p.name.slice(PROXY_PROVIDER_KEY_PREFIX.length);
            if (!declared.includes(suffix)) {
              related.push({ span: nameSpan(p, PROXY_PROVIDER_KEY_PREFIX.length, p.name.length), message: `${p.name} is set for ${quote(suffix)}, which is not a nameservice` });
            }
          } else if ((0, import_fastest_levenshtein6.distance)(p.name, expected) <= 3) {
            related.push({ span: p.prop.name.span, message: `${p.name} is set, but Hadoop reads ${expected}` });
          }
        }
        once({ span: ns.id.span, message: `nameservice ${quote(ns.id.value)} has no ${expected}, so clients resolve ${quote(ns.id.value)} as a host name`, related });
      }
    }
  }
});

// rules/hdfs/proxy-provider-orphan.ts
var proxy_provider_orphan_default = defineRule({
  meta: {
    id: "hdfs/proxy-provider-orphan",
    severity: "warning",
    description: "dfs.client.failover.proxy.provider.<ns> is set for a nameservice that dfs.nameservices does not list",
    rationale: "The provider key is looked up with the exact host of the `hdfs://` URI, and the provider then finds the NameNodes through the nameservices of `dfs.nameservices`. A provider key for an id that is not listed is never used: it is usually a key copied from a tutorial (`mycluster`) or left behind by a rename, while the real nameservice has no provider.",
    fix: "Rename the key to `dfs.client.failover.proxy.provider.<ns>` with the nameservice id of `dfs.nameservices`, or remove it.",
    references: ["NameNodeProxiesClient.java (3.4.1) L279-L300", "HDFSHighAvailabilityWithQJM.md (3.4.1) L206-L221"]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ns = declaredNameservices(conf, cluster.hadoopVersion);
      if (!ns) continue;
      const { property: declaredProp, ids: declared } = ns;
      for (const p of Object.values(conf.effective)) {
        if (!p.name.startsWith(PROXY_PROVIDER_KEY_PREFIX) || p.value === "") continue;
        const suffix = p.name.slice(PROXY_PROVIDER_KEY_PREFIX.length);
        if (suffix === "" || declared.includes(suffix)) continue;
        const guess = didYouMean(suffix, declared);
        once({
          span: nameSpan(p, PROXY_PROVIDER_KEY_PREFIX.length, p.name.length),
          message: declaredProp ? `nameservice ${quote(suffix)} of ${p.name} is not listed in dfs.nameservices${guess ? `; did you mean ${quote(guess)}?` : ""}` : `nameservice ${quote(suffix)} of ${p.name} is not listed in dfs.nameservices, which is not set`
        });
      }
    }
  }
});

// rules/hdfs/quorum-without-automatic-failover.ts
var QUORUM2 = "ha.zookeeper.quorum";
var quorum_without_automatic_failover_default = defineRule({
  meta: {
    id: "hdfs/quorum-without-automatic-failover",
    severity: "warning",
    description: "ha.zookeeper.quorum is set for an HA nameservice but automatic failover is off",
    rationale: '`ha.zookeeper.quorum` is read only by the ZKFC, and the ZKFC runs only with automatic failover on: start-dfs.sh starts it when `hdfs getconf -confKey dfs.ha.automatic-failover.enabled` prints `true`, and the ZKFC itself exits with "Automatic failover is not enabled for ..." otherwise. `dfs.ha.automatic-failover.enabled` defaults to `false`, so a cluster that names its ZooKeeper ensemble but leaves the switch unset (or `false`) has manual failover: both NameNodes start in standby and stay there, after every restart, until an operator runs `hdfs haadmin -transitionToActive`; when the active one dies nothing takes over. Setting the quorum is strong evidence that automatic failover was meant.\n\nThe rule checks configurations a NameNode loads, per HA nameservice, resolving the switch as the NameNode does (`dfs.ha.automatic-failover.enabled.<ns>` before the plain key) and the quorum as the ZKFC does (`.<ns>.<nn>`, `.<ns>`, plain). A switch that is not a boolean is left to `hadoop/invalid-ha-boolean`.',
    fix: "Set `dfs.ha.automatic-failover.enabled` to `true` in hdfs-site.xml, run `hdfs zkfc -formatZK` once, and start the ZKFCs (start-dfs.sh does). If manual failover is intended, remove `ha.zookeeper.quorum` so the intent is clear.",
    references: [
      'start-dfs.sh (3.4.1, 2.7.7): AUTOHA_ENABLED=$(hdfs getconf -confKey dfs.ha.automatic-failover.enabled); zkfc started only when "true"',
      'ZKFailoverController.java (3.4.1) run(): "Automatic failover is not enabled for ... Please ensure that automatic failover is enabled in the configuration before running the ZK failover controller."',
      "hdfs-default.xml (3.4.1) dfs.ha.automatic-failover.enabled = false",
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L579-595 (Configuring automatic failover)"
    ]
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      const offBy = /* @__PURE__ */ new Map();
      for (const ns of haNameservices2(conf)) {
        const sw = failoverSwitch(conf, ns.id.value);
        if (isSet(sw) && booleanOf(sw) !== false) continue;
        const quorum = ns.namenodes.map((nn) => nnKey(conf, QUORUM2, ns.id.value, nn.id.value)).find((p) => p !== void 0);
        if (!quorum || quorum.unresolved.length > 0) continue;
        const entry = offBy.get(quorum);
        if (entry) entry.services.push(ns.id.value);
        else offBy.set(quorum, { services: [ns.id.value], switch: isSet(sw) ? sw : void 0 });
      }
      for (const [quorum, { services, switch: sw }] of offBy) {
        report({
          span: locatedValue(quorum).span,
          message: `${quorum.name} is set but automatic failover is off for ${services.map(quote).join(", ")}: no ZKFC runs, so no NameNode becomes active without hdfs haadmin`,
          related: [sw ? { span: locatedValue(sw).span, message: `${sw.name} is ${quote(sw.value)}` } : { span: conf.files.find((f) => f.kind === "hdfs-site.xml")?.start ?? quorum.file.start, message: `${AUTO_FAILOVER_KEY} is not set (default "false")` }]
        });
      }
    }
  }
});

// src/rules-support/snapshot-machines.ts
function snapshotMachines(cluster) {
  const index = new MachineIndex();
  for (const host of cluster.hosts) if (hasOwnFiles(host)) index.add(host.name, true);
  for (const h of cluster.workers?.list.hosts ?? []) index.add(h.value, true);
  const seen = /* @__PURE__ */ new Set();
  for (const file of cluster.files) {
    if (file.kind !== "hosts" || seen.has(file.hash)) continue;
    seen.add(file.hash);
    for (const entry of file.etcHosts.entries) {
      index.add(entry.address.value, true);
      for (const n of entry.names) index.add(n.value, true);
    }
  }
  return index;
}
function hasMachineEvidence(cluster) {
  return cluster.hosts.some(hasOwnFiles) || (cluster.workers?.list.hosts.length ?? 0) > 0 || cluster.files.some((f) => f.kind === "hosts");
}

// rules/hdfs/remote-nameservice-not-internal.ts
function namenodeHosts(ns) {
  if (ns.namenodes.length === 0) return void 0;
  const out = [];
  for (const nn of ns.namenodes) {
    const addr = nn.rpc ?? nn.servicerpc;
    const host = addr?.host;
    if (!addr || !host || addr.property.unresolved.length > 0 || host.value === "" || everyHostsAddress(host.value)) return void 0;
    out.push(host);
  }
  return out;
}
var remote_nameservice_not_internal_default = defineRule({
  meta: {
    id: "hdfs/remote-nameservice-not-internal",
    severity: "error",
    description: "dfs.nameservices lists a remote cluster's nameservice and dfs.internal.nameservices does not say which are this cluster's",
    rationale: "A client that reaches a second HA cluster (DistCp between clusters) needs that cluster's nameservice in `dfs.nameservices`. The DataNodes read the same key: `DFSUtil.getNNServiceRpcAddressesForCluster` returns the NameNodes of `dfs.internal.nameservices`, and when that key is empty, of every nameservice of `dfs.nameservices` (\"By default this is set to the value of dfs.nameservices\"). `BlockPoolManager.refreshNamenodes` then starts one `BPOfferService` per nameservice, so every DataNode of this cluster registers with the remote NameNodes too. The remote cluster has another clusterID: the block pool whose NameNode answers second fails with \"Incompatible clusterIDs\", and on a freshly formatted DataNode the remote NameNode may answer first, so the DataNode takes the remote clusterID and refuses the local block pool. That is why this is an error.\n\nhacheck calls a nameservice remote when none of its NameNode hosts belongs to the snapshot (no host folder, not in workers/slaves, not in any etc/hosts of the snapshot) while another nameservice's NameNodes do. A federation whose nameservices are all this cluster's needs no `dfs.internal.nameservices` and stays silent, and so does a snapshot that does not show which machines are the cluster's.",
    fix: "Set `dfs.internal.nameservices` to this cluster's nameservices (comma-separated), leaving the remote one in `dfs.nameservices` for the clients.",
    references: [
      "hdfs-default.xml (3.4.1) L1865-1871, (2.7.7) L1263-1269: dfs.internal.nameservices defaults to the value of dfs.nameservices",
      "DFSUtil.java (3.4.1) L727-745 (2.7.7 L896): getNNServiceRpcAddressesForCluster",
      'BlockPoolManager.java (3.4.1) refreshNamenodes/doRefreshNamenodes: "Starting BPOfferServices for nameservices"',
      'DataStorage.java (2.7.7, 3.4.1) doTransition: "Incompatible clusterIDs in"',
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L99-130"
    ],
    upstreamMessage: "Incompatible clusterIDs in <dir>: namenode clusterID = <remote>; datanode clusterID = <local>"
  },
  check(cluster, report) {
    if (!hasMachineEvidence(cluster)) return;
    const machines = snapshotMachines(cluster);
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const declared = conf.effective["dfs.nameservices"];
      if (!declared || declared.unresolved.length > 0) continue;
      const internal = conf.effective["dfs.internal.nameservices"];
      if (internal && internal.value !== "") continue;
      const items = listItems(declared, cluster.hadoopVersion);
      if (items.length < 2) continue;
      const local = [];
      const remote = [];
      for (const ns of conf.hdfs.nameservices) {
        if (!items.some((i) => i.value === ns.id.value)) continue;
        const hosts = namenodeHosts(ns);
        if (!hosts) continue;
        const known = hosts.find((h) => machines.find(h.value) !== void 0);
        if (known) local.push({ ns, host: known });
        else remote.push({ ns, hosts });
      }
      if (local.length === 0) continue;
      const evidence2 = local[0];
      for (const r of remote) {
        const item = items.find((i) => i.value === r.ns.id.value);
        const first = r.ns.namenodes[0];
        const addr = first.rpc ?? first.servicerpc;
        once({
          span: item.span,
          message: `nameservice ${quote(r.ns.id.value)} has its NameNodes on ${hostList(r.hosts.map((h) => h.value))}, which are not hosts of this snapshot, and dfs.internal.nameservices is not set, so every DataNode registers with them`,
          related: [
            { span: locatedValue(addr.property).span, message: `${addr.property.name} is ${quote(addr.property.value)}` },
            { span: evidence2.host.span, message: `nameservice ${quote(evidence2.ns.id.value)} runs on ${quote(evidence2.host.value)}, a host of this snapshot` }
          ]
        });
      }
    }
  }
});

// rules/hdfs/secondary-namenode-in-ha.ts
var KEYS = ["dfs.namenode.secondary.http-address", "dfs.namenode.secondary.https-address"];
var secondary_namenode_in_ha_default = defineRule({
  meta: {
    id: "hdfs/secondary-namenode-in-ha",
    severity: "warning",
    description: "A SecondaryNameNode address is configured for an HA nameservice",
    rationale: 'In an HA nameservice the standby NameNode checkpoints the namespace; the HA documentation says running a SecondaryNameNode, CheckpointNode or BackupNode there "would be an error", and the SecondaryNameNode refuses to start: `Cannot use SecondaryNameNode in an HA cluster. The Standby Namenode will perform checkpointing.` Hadoop 2.x `start-dfs.sh` still tries to start one where `dfs.namenode.secondary.http-address.<ns>.<nn>` is set. The HA cluster keeps working, hence a warning: the key is a leftover of a non-HA setup and misleads readers.\n\nThe plain key is reported only when every nameservice of the configuration is HA; suffixed keys only for an HA nameservice (a non-HA nameservice of a federation may have its own SecondaryNameNode).',
    fix: "Remove `dfs.namenode.secondary.http-address` / `https-address` (and their suffixed forms) and do not start a SecondaryNameNode.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L84",
      "SecondaryNameNode.java (3.4.1) L188-191; (2.7.7) L188",
      "start-dfs.sh (2.7.7) L81-90; (3.4.1) L117-140"
    ],
    upstreamMessage: "Cannot use SecondaryNameNode in an HA cluster. The Standby Namenode will perform checkpointing."
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      const ha = haNameservices2(conf).map((ns) => ns.id.value);
      if (ha.length === 0) continue;
      const allHa = ha.length === conf.hdfs.nameservices.length;
      for (const key of KEYS) {
        for (const p of keyAndSuffixed(conf, key)) {
          if (p.raw.trim() === "") continue;
          const ns = suffixNameservice(p, key);
          if (ns === void 0 ? !allHa : !ha.includes(ns)) continue;
          const where2 = ns === void 0 ? "an HA configuration" : `HA nameservice ${quote(ns)}`;
          report({
            span: locatedValue(p).span,
            message: `${p.name} is set to ${quote(p.value)} in ${where2}, where the SecondaryNameNode refuses to start`
          });
        }
      }
    }
  }
});

// rules/hdfs/shared-edits-missing.ts
var shared_edits_missing_default = defineRule({
  meta: {
    id: "hdfs/shared-edits-missing",
    severity: "error",
    description: "An HA nameservice has no dfs.namenode.shared.edits.dir",
    rationale: "The NameNodes of an HA nameservice share one edit log: the active writes every transaction to the shared edits directory (a JournalNode quorum, or an NFS directory) and the standby tails it. `dfs.namenode.shared.edits.dir` is required by the HA documentation; without it the standby cannot follow the active, and `hdfs namenode -initializeSharedEdits` stops with `No shared edits directory configured for namespace <ns> namenode <nn>`.\n\nThe NameNode looks the key up as `dfs.namenode.shared.edits.dir.<ns>.<nn>`, then `.<ns>`, then the plain key; the rule reports a nameservice for which none of them is set, in configurations a NameNode loads (a DataNode's or client's copy may leave it out).",
    fix: "Set `dfs.namenode.shared.edits.dir` in hdfs-site.xml, e.g. `qjournal://jn1:8485;jn2:8485;jn3:8485/<nameservice>`, and run JournalNodes on those hosts.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L174-195",
      "NameNode.java (3.4.1) L1487-1490 (-initializeSharedEdits), L317-344 (NAMENODE_SPECIFIC_KEYS)"
    ],
    upstreamMessage: "No shared edits directory configured for namespace <ns> namenode <nn>"
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      for (const ns of haNameservices2(conf)) {
        const configured = ns.namenodes.some((nn) => nnKey(conf, SHARED_EDITS_KEY, ns.id.value, nn.id.value));
        if (configured || !ns.namenodesProperty) continue;
        report({
          span: locatedValue(ns.namenodesProperty).span,
          message: `HA nameservice ${quote(ns.id.value)} has no shared edits directory: ${SHARED_EDITS_KEY} is not set`
        });
      }
    }
  }
});

// rules/hdfs/shared-edits-uri.ts
var shared_edits_uri_default = defineRule({
  meta: {
    id: "hdfs/shared-edits-uri",
    severity: "error",
    description: "dfs.namenode.shared.edits.dir in an HA configuration is not one valid qjournal://host:port;host:port/journalId URI",
    rationale: "In an HA nameservice the NameNodes share their edit log through `dfs.namenode.shared.edits.dir`: exactly one URI, normally `qjournal://jn1:8485;jn2:8485;jn3:8485/journalId`. The NameNode reads the value as a comma-separated list of URIs, so JournalNodes separated by commas become several URIs, the first of which has no journal id. `QuorumJournalManager` then requires:\n\n- a path that names the journal: otherwise `Bad URI '<uri>': must identify journal in path component`;\n- a journal id that is not empty, contains no `/` (a trailing slash counts) and does not start with `.`: otherwise `bad journal id: <jid>`;\n- an authority listing the JournalNodes, separated by `;`: otherwise `URI has no authority: <uri>`;\n- for each JournalNode a valid `host[:port]` (the port defaults to 8485): otherwise `Does not contain a valid host:port authority`.\n\nAny of these stops the NameNode from starting. A `file:` URI (or a plain path) is NFS-based HA, which Hadoop supports with a single shared directory; the rule does not report it. Other schemes are journal plugins and are not checked.",
    fix: "Write one URI with semicolons between the JournalNodes and the journal id as its path, e.g. `qjournal://jn1:8485;jn2:8485;jn3:8485/mycluster`. Reusing the nameservice id as journal id is the documented convention; with several nameservices sharing JournalNodes each needs its own journal id.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L174-195",
      "QuorumJournalManager.java (3.4.1) L202-218; (2.7.7) L153-158",
      "hdfs/server/common/Util.java (3.4.1) L367-415; QuorumJournalManager.java (2.7.7) L375-392",
      "HDFSHighAvailabilityWithNFS.md (3.4.1) L157-169"
    ],
    upstreamMessage: "Bad URI '<uri>': must identify journal in path component"
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      for (const p of sharedEditsProperties(conf)) {
        const items = sharedEditsItems(p, cluster.hadoopVersion);
        if (items.length > 1) {
          const loc = locatedValue(p);
          const first = items[0];
          const rest = items.slice(1);
          if (first.value.startsWith("qjournal://") && rest.every((i) => !i.value.includes(":/"))) {
            const at3 = loc.value.search(/[,\n]/);
            report({
              span: pieceOf(loc, at3, at3 + 1).span,
              message: `${p.name} separates JournalNodes with "${loc.value[at3] === "," ? "," : "\\n"}" instead of ";", so Hadoop reads ${plural(items.length, "URI")} and ${quote(first.value)} has no journal id`
            });
          } else {
            report({
              span: rest[0].span,
              message: `${p.name} lists ${plural(items.length, "directory", "directories")} but an HA nameservice supports exactly one shared edits directory`,
              related: [{ span: first.span, message: `the first is ${quote(first.value)}` }]
            });
          }
          continue;
        }
        const item = items[0];
        if (!item) continue;
        const parsed = parseQjournal(item);
        if (parsed === void 0) continue;
        if (isProblem(parsed)) {
          report(parsed);
          continue;
        }
        const jid = parsed.journalId;
        if (jid.value === "") {
          report({ span: pieceOf(item, item.value.length - 1, item.value.length).span, message: `Shared edits URI ${quote(item.value)} has an empty journal id` });
        } else if (jid.value.includes("/")) {
          report({ span: jid.span, message: `Journal id ${quote(jid.value)} contains "/", which a journal id must not contain` });
        } else if (jid.value.startsWith(".")) {
          report({ span: jid.span, message: `Journal id ${quote(jid.value)} starts with ".", which a journal id must not` });
        }
        if (parsed.nodes.length === 0) {
          report({ span: parsed.authority.span, message: `Shared edits URI ${quote(item.value)} names no JournalNode` });
        }
        for (const node of parsed.nodes) {
          const host = node.host.value;
          if (host === "" || !/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)$/.test(host)) {
            report({ span: node.host.span, message: `JournalNode host ${quote(host)} is not a valid host name` });
            continue;
          }
          const port = node.port;
          if (!port || port.value === "") continue;
          if (!/^\d+$/.test(port.value)) {
            report({ span: port.span, message: `JournalNode port ${quote(port.value)} of ${quote(host)} is not a number` });
          } else if (Number(port.value) > 65535) {
            report({ span: port.span, message: `JournalNode port ${quote(port.value)} of ${quote(host)} is out of range (0-65535)` });
          }
        }
      }
    }
  }
});

// rules/hdfs/shared-edits-without-ha.ts
var shared_edits_without_ha_default = defineRule({
  meta: {
    id: "hdfs/shared-edits-without-ha",
    severity: "error",
    description: "dfs.namenode.shared.edits.dir is set but no nameservice has two NameNodes with an RPC address, so the NameNode refuses to format or start",
    rationale: 'FSNamesystem checks the HA keys when it is built, at `hdfs namenode -format` and at every start: when HA is not enabled for the NameNode (`HAUtil.isHAEnabled`: `DFSUtil.getHaNnRpcAddresses` holds more than one NameNode of its nameservice, and that map only takes the NameNodes of `dfs.ha.namenodes.<ns>` whose `dfs.namenode.rpc-address.<ns>.<nn>` is set) but `dfs.namenode.shared.edits.dir` is set, it throws "Invalid configuration: a shared edits dir must not be specified if HA is not enabled." This is what a single-NameNode or pseudo-distributed set-up gets when it keeps an HA cluster\'s hdfs-site.xml, and what an HA set-up gets when `dfs.ha.namenodes.<ns>` is missing, names another nameservice, lists one NameNode, or only one of its NameNodes has an RPC address.\n\nThe rule reports configurations a NameNode loads in which no nameservice has two NameNodes with an RPC address (federated set-ups with an HA nameservice are left alone).',
    fix: "For HA, list the NameNodes in `dfs.ha.namenodes.<nameservice>` (e.g. `nn1,nn2`) and give each a `dfs.namenode.rpc-address.<nameservice>.<nn>`; without HA, remove `dfs.namenode.shared.edits.dir`.",
    references: [
      'hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/server/namenode/FSNamesystem.java, constructor FSNamesystem(Configuration, FSImage, boolean) (run by loadFromDisk and by NameNode.format): nameserviceId = DFSUtil.getNamenodeNameServiceId(conf); haEnabled = HAUtil.isHAEnabled(conf, nameserviceId); if (!haEnabled && HAUtil.usesSharedEditsDir(conf)) { LOG.warn("Configured NNs:..."); throw new IOException("Invalid configuration: a shared edits dir must not be specified if HA is not enabled.") } (line 796 in 3.4.x stack traces)',
      "hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/HAUtil.java, isHAEnabled(conf, nsId): addresses = DFSUtil.getHaNnRpcAddresses(conf); nnMap = addresses.get(nsId); return nnMap != null && nnMap.size() > 1 -- the map holds, per nameservice, the NameNodes of dfs.ha.namenodes.<ns> whose dfs.namenode.rpc-address.<ns>.<nn> is set",
      "hadoop-hdfs/src/main/java/org/apache/hadoop/hdfs/HAUtil.java, usesSharedEditsDir(conf): null != conf.get(DFS_NAMENODE_SHARED_EDITS_DIR_KEY) (after NameNode.initializeGenericKeys has copied the <ns>/<ns>.<nn> suffixed value onto the plain key)"
    ],
    upstreamMessage: "Invalid configuration: a shared edits dir must not be specified if HA is not enabled."
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf) || hasRpcHaNameservice(conf)) continue;
      if (isSet(conf.effective["dfs.ha.namenodes"])) continue;
      if (conf.hdfs.nameservices.some((ns) => (ns.namenodesProperty?.unresolved.length ?? 0) > 0)) continue;
      const shared = keyAndSuffixed(conf, SHARED_EDITS_KEY).filter(isSet);
      if (shared.length === 0) continue;
      const related = conf.hdfs.nameservices.filter((ns) => ns.namenodesProperty).map((ns) => ({
        span: locatedValue(ns.namenodesProperty).span,
        message: namenodesNote(ns)
      }));
      for (const p of shared) {
        report({
          span: locatedValue(p).span,
          message: `${p.name} is ${quote(p.value)} but HA is not enabled (no nameservice has two NameNodes in dfs.ha.namenodes.<ns> with a dfs.namenode.rpc-address): the NameNode refuses to format or start`,
          related
        });
      }
    }
  }
});
function rpcNamenodes(ns) {
  return ns.namenodes.filter((nn) => nn.rpc !== void 0 && isSet(nn.rpc.property)).length;
}
function hasRpcHaNameservice(conf) {
  return conf.hdfs.nameservices.some((ns) => rpcNamenodes(ns) >= 2);
}
function namenodesNote(ns) {
  const listed = ns.namenodes.length;
  if (listed < 2) return `dfs.ha.namenodes.${ns.id.value} lists ${listed === 1 ? "one NameNode" : "no NameNode"}`;
  const withRpc = rpcNamenodes(ns) === 0 ? "none has" : "only one has";
  return `dfs.ha.namenodes.${ns.id.value} lists ${listed} NameNodes but ${withRpc} a dfs.namenode.rpc-address.${ns.id.value}.<nn>`;
}

// rules/hdfs/sshfence-private-key.ts
var import_fastest_levenshtein7 = __toESM(require_mod(), 1);
function nearName(name) {
  return name !== SSH_KEY_FILES && (/private[-._]?key/i.test(name) || (0, import_fastest_levenshtein7.distance)(name, SSH_KEY_FILES) <= 3);
}
var sshfence_private_key_default = defineRule({
  meta: {
    id: "hdfs/sshfence-private-key",
    severity: "error",
    description: "sshfence is configured but dfs.ha.fencing.ssh.private-key-files is not set",
    rationale: "`sshfence` logs in to the old active NameNode over SSH and kills the process on its port. It authenticates only with the private keys listed in `dfs.ha.fencing.ssh.private-key-files`; without one the SSH login fails, the method fails, and when the old active cannot be asked to step down over RPC the ZKFC aborts the failover (`Unable to fence <target>`).\n\nA misspelled key is silently ignored by Hadoop. `dfs.ha.ssh.private-key-files` (as in several tutorials) does not exist in Hadoop 2.7.7 or 3.4.1; the rule points at such near names.",
    fix: "Set `dfs.ha.fencing.ssh.private-key-files` to the passphrase-less private key of the user running the ZKFC (e.g. `/home/hdfs/.ssh/id_rsa`), whose public key is authorized on the other NameNode hosts, and remove the misspelled key.",
    references: [
      "HDFSHighAvailabilityWithQJM.md (3.4.1) L248-265",
      "SshFenceByTcpPort.java (3.4.1) L67-68; (2.7.7) L68-69",
      "ZKFailoverController.java (3.4.1) L543-566"
    ]
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf) || isSet(conf.effective[SSH_KEY_FILES])) continue;
      const near = conf.definitions.filter((d) => nearName(d.name));
      for (const p of fencingProperties(conf)) {
        const ssh = fenceLines(p, cluster.hadoopVersion).find((f) => f.name === "sshfence" && f.problem === void 0);
        if (!ssh) continue;
        report({
          span: ssh.line.span,
          message: `Fencing method ${quote(ssh.line.value)} has no private key: ${SSH_KEY_FILES} is not set`,
          related: near.map((d) => ({ span: d.prop.name.span, message: `${quote(d.name)} is not read by sshfence` }))
        });
      }
    }
  }
});

// src/rules-support/storage-defaults.ts
var TMP_DIR_KEY = "hadoop.tmp.dir";
function underTmp(item) {
  const path = item.replace(/^\[[A-Za-z_]+\]/, "").replace(/^file:(\/\/[^/]*)?/i, "").replace(/\/{2,}/g, "/");
  return path === "/tmp" || path.startsWith("/tmp/");
}
function defaultOf2(key, major) {
  return HADOOP_KNOWLEDGE.defaults[major][key] ?? HADOOP_KNOWLEDGE.defaults["3"][key];
}
function defaultChain(key, major) {
  const written2 = defaultOf2(key, major);
  const tmp = defaultOf2(TMP_DIR_KEY, major);
  if (written2 === void 0 || tmp === void 0) return void 0;
  const resolved = written2.split("${hadoop.tmp.dir}").join(tmp).replace(/^file:\/\//i, "");
  return { written: written2, resolved };
}
function setUnderAnyName(effective, key, major, nameservices = []) {
  const oldNames = Object.entries(HADOOP_KNOWLEDGE.deprecated[major]).filter(([, to]) => to === key).map(([from]) => from);
  const suffixed = (name) => name.startsWith(`${key}.`) && nameservices.includes(name.slice(key.length + 1).split(".")[0]);
  return Object.values(effective).some((p) => isSet(p) && (p.name === key || suffixed(p.name) || oldNames.includes(p.name)));
}
function loadedByRole(cluster, confHosts, role) {
  const { any, names } = roleHosts(cluster, role);
  if (!any || confHosts.length === 0) return true;
  return confHosts.some((name) => names.has(name));
}

// rules/hdfs/storage-dir-default-tmp.ts
function evidence(p, message) {
  return p ? [{ span: locatedValue(p).span, message }] : [];
}
var storage_dir_default_tmp_default = defineRule({
  meta: {
    id: "hdfs/storage-dir-default-tmp",
    severity: "warning",
    description: "A NameNode, DataNode, JournalNode or NodeManager recovery directory is left unset and defaults under /tmp",
    rationale: "Hadoop's defaults keep a daemon's state under `hadoop.tmp.dir`, itself `/tmp/hadoop-${user.name}`: `dfs.namenode.name.dir` defaults to `file://${hadoop.tmp.dir}/dfs/name`, `dfs.datanode.data.dir` to `file://${hadoop.tmp.dir}/dfs/data` and `yarn.nodemanager.recovery.dir` to `${hadoop.tmp.dir}/yarn-nm-recovery`; `dfs.journalnode.edits.dir` defaults to `/tmp/hadoop/dfs/journalnode/` whatever `hadoop.tmp.dir` says. Many systems clear `/tmp` at boot or after some days (tmpfs, systemd-tmpfiles), so an HA cluster that sets neither the key nor `hadoop.tmp.dir` loses the namespace, the blocks or the shared edits on a reboot.\n\nThe rule reports the unset key at the file where it belongs, with the default chain as evidence: the hdfs-site.xml a NameNode host loads (only for a cluster that runs one: an HA nameservice or `dfs.namenode.rpc-address`), the one a JournalNode host loads when `dfs.namenode.shared.edits.dir` names a qjournal quorum, the one the worker hosts load, and the yarn-site.xml of the NodeManagers when `yarn.nodemanager.recovery.enabled` is true. A client-only configuration stays silent. A key counts as set under its deprecated name (`dfs.name.dir`, `dfs.data.dir`) or with a nameservice suffix. When `hadoop.tmp.dir` is set, the defaults follow it: under /tmp, `hdfs/storage-dir-in-tmp` already reports it; elsewhere, the defaults are persistent.\n\nIt is a rule of its own, apart from `hdfs/storage-dir-in-tmp`, because it reports what is absent: a throw-away test cluster may rely on the defaults on purpose and can turn this rule off while keeping the report of a directory written under /tmp.",
    fix: "Set the directory to persistent storage on the hosts that run the daemon, e.g. `dfs.namenode.name.dir` = `file:///data/hadoop/dfs/name`, `dfs.journalnode.edits.dir` = `/data/hadoop/journal`, or set `hadoop.tmp.dir` outside /tmp.",
    references: [
      "core-default.xml (2.7.7) L36, (3.4.1): hadoop.tmp.dir = /tmp/hadoop-${user.name}",
      "hdfs-default.xml (2.7.7) L288, L440: dfs.namenode.name.dir, dfs.datanode.data.dir = file://${hadoop.tmp.dir}/dfs/{name,data}",
      "hdfs-default.xml (3.4.1) L5022: dfs.journalnode.edits.dir = /tmp/hadoop/dfs/journalnode/; DFSConfigKeys.java (2.7.7) L737-738",
      "yarn-default.xml (2.7.7, 3.4.1): yarn.nodemanager.recovery.dir = ${hadoop.tmp.dir}/yarn-nm-recovery",
      "NameNode.java (3.4.1) L317-353: NAMENODE_SPECIFIC_KEYS (name.dir and journalnode edits dir take a nameservice suffix)"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const major = majorOf(cluster.hadoopVersion);
    const chainMessage = (key) => {
      const chain = defaultChain(key, major);
      const written2 = defaultOf2(key, major);
      if (written2 === void 0 || !underTmp(chain?.resolved ?? written2)) return void 0;
      const path = chain && chain.resolved !== written2 ? `${written2} = ${chain.resolved}` : written2;
      return `${key} is not set, so it defaults to ${path}, under /tmp, which the system may clear on reboot`;
    };
    const at3 = (files, kind) => files.find((f) => f.kind === kind) ?? files[0];
    for (const conf of cluster.confs) {
      const rpc = conf.effective["dfs.namenode.rpc-address"];
      if (!isHaConf(conf) && !isSet(rpc)) continue;
      const file = at3(conf.files, "hdfs-site.xml");
      if (!file) continue;
      const nameservices = conf.hdfs.nameservices.map((ns) => ns.id.value);
      const tmpDefault = !isSet(conf.effective[TMP_DIR_KEY]);
      const unset = (key) => !setUnderAnyName(conf.effective, key, major, nameservices);
      const declared = conf.effective["dfs.nameservices"] ?? rpc;
      const checks = [
        {
          key: "dfs.namenode.name.dir",
          applies: tmpDefault && loadedByNameNode(cluster, conf),
          related: evidence(declared, `${declared?.name} makes this the configuration of a NameNode`)
        },
        {
          key: "dfs.journalnode.edits.dir",
          applies: conf.hdfs.journal !== void 0 && loadedByRole(cluster, conf.hosts, "JournalNode"),
          related: evidence(conf.hdfs.journal?.property, "dfs.namenode.shared.edits.dir names a JournalNode quorum")
        },
        {
          key: "dfs.datanode.data.dir",
          applies: tmpDefault && loadedByRole(cluster, conf.hosts, "DataNode"),
          related: cluster.workers ? [{ span: cluster.workers.start, message: `the DataNodes are listed in ${cluster.workers.kind}` }] : []
        }
      ];
      for (const c of checks) {
        if (!c.applies || !unset(c.key)) continue;
        const message = chainMessage(c.key);
        if (message) once({ span: file.start, message, related: c.related });
      }
    }
    const RECOVERY_DIR = "yarn.nodemanager.recovery.dir";
    for (const yarn of cluster.yarnConfs) {
      const enabled = yarn.effective["yarn.nodemanager.recovery.enabled"];
      if (!enabled || enabled.value.toLowerCase() !== "true") continue;
      if (isSet(yarn.effective[TMP_DIR_KEY]) || !loadedByRole(cluster, yarn.hosts, "NodeManager")) continue;
      if (setUnderAnyName(yarn.effective, RECOVERY_DIR, major)) continue;
      const message = chainMessage(RECOVERY_DIR);
      const file = yarn.yarnSite ?? enabled.file;
      if (message) once({ span: file.start, message, related: evidence(enabled, "yarn.nodemanager.recovery.enabled is true") });
    }
  }
});

// rules/hdfs/storage-dir-in-tmp.ts
var TMP_DIR = "hadoop.tmp.dir";
var STORAGE_KEYS = ["dfs.namenode.name.dir", "dfs.namenode.edits.dir", "dfs.datanode.data.dir", "dfs.journalnode.edits.dir"];
function localPath(item) {
  return item.replace(/^\[[A-Za-z_]+\]/, "").replace(/^file:(\/\/[^/]*)?/i, "").replace(/\/{2,}/g, "/");
}
function inTmp(item) {
  const path = localPath(item);
  return path === "/tmp" || path === "/tmp/" || path.startsWith("/tmp/");
}
var storage_dir_in_tmp_default = defineRule({
  meta: {
    id: "hdfs/storage-dir-in-tmp",
    severity: "warning",
    description: "A NameNode, DataNode or JournalNode storage directory (or hadoop.tmp.dir) is under /tmp",
    rationale: "The NameNode metadata (`dfs.namenode.name.dir`, `dfs.namenode.edits.dir`), the DataNode blocks (`dfs.datanode.data.dir`) and the JournalNode edits (`dfs.journalnode.edits.dir`) must survive a reboot, but many systems clear `/tmp` at boot or after some days (tmpfs, systemd-tmpfiles). Losing the NameNode directories loses the file system namespace. Hadoop's defaults put all of them under `hadoop.tmp.dir`, itself `/tmp/hadoop-${user.name}`, and the JournalNode default is `/tmp/hadoop/dfs/journalnode/`: they are meant for trying Hadoop out, not for a cluster.\n\nThe rule reports a value set in a site file after `${...}` expansion (comma lists item by item, `file://` and `[DISK]` prefixes removed). When `hadoop.tmp.dir` itself is set under /tmp, it is reported once, with the directories that use `${hadoop.tmp.dir}` as related locations. Keys left unset are not reported: the same site files are often shared with clients and hosts that do not run the daemon, and there is no line to point at.",
    fix: "Point each directory at persistent storage, e.g. `file:///data/hadoop/dfs/name`, and set `hadoop.tmp.dir` outside /tmp when defaults derive from it.",
    references: [
      "core-default.xml (2.7.7) hadoop.tmp.dir L36; hdfs-default.xml (2.7.7) L288, L440 (name.dir, data.dir defaults)",
      "hdfs-default.xml (3.4.1) L5022 (dfs.journalnode.edits.dir default); DFSConfigKeys.java (2.7.7) L737-738",
      'zoo_sample.cfg: "do not use /tmp for storage, /tmp here is just example sakes"'
    ]
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      const tmp = conf.effective[TMP_DIR];
      const tmpReported = usable(tmp) && inTmp(tmp.value);
      const users = [];
      for (const key of STORAGE_KEYS) {
        for (const p of keyAndSuffixed(conf, key)) {
          if (!usable(p)) continue;
          const item = listItems(p, cluster.hadoopVersion).find((i) => inTmp(i.value));
          if (!item) continue;
          if (tmpReported && p.raw.includes("${hadoop.tmp.dir}")) {
            users.push(p);
            continue;
          }
          const verb = p.raw.includes("${") ? "resolves to" : "is";
          report({ span: item.span, message: `${p.name} ${verb} ${quote(item.value)}, under /tmp, which the system may clear on reboot` });
        }
      }
      if (tmpReported) {
        report({
          span: listItems(tmp, cluster.hadoopVersion)[0]?.span ?? tmp.prop.name.span,
          message: `${TMP_DIR} is ${quote(tmp.value)}, under /tmp, which the system may clear on reboot`,
          related: users.map((u) => ({ span: u.prop.value?.span ?? u.prop.name.span, message: `${u.name} is under ${TMP_DIR}` }))
        });
      }
    }
  }
});

// src/rules-support/file-label.ts
function fileLabel(file) {
  return file.container ? `service ${quote(file.container.service)}` : quote(file.path);
}

// src/rules-support/kafka-unique-ids.ts
function reportRepeatedIds(files, key, consequence, report) {
  const first = /* @__PURE__ */ new Map();
  for (const file of files) {
    const entry = kafkaValue(file.kafka, key);
    const id = entry && !placeholderIn(key, entry.value.value) ? javaInt(entry.value.value) : void 0;
    if (!entry || id === void 0 || id < 0) continue;
    const prior = first.get(id);
    if (!prior) {
      first.set(id, { file, raw: entry.value.value, span: entry.value.span });
      continue;
    }
    report({
      span: entry.value.span,
      message: `${key} ${quote(entry.value.value)} is also the ${key} of ${fileLabel(prior.file)}, ${consequence}`,
      related: [{ span: prior.span, message: `${key} is ${quote(prior.raw)} here` }]
    });
  }
}

// rules/kafka/broker-id-duplicate.ts
var broker_id_duplicate_default = defineRule({
  meta: {
    id: "kafka/broker-id-duplicate",
    severity: "error",
    description: "Two Kafka brokers have the same broker.id",
    rationale: '"Each broker is uniquely identified by a non-negative integer id", `broker.id`; it is the broker\'s name in ZooKeeper (`/brokers/ids/<id>`) and in every partition assignment. A second broker started with an id already registered stops at startup ("Error while creating ephemeral at /brokers/ids/<id>, node already exists", `NodeExistsException`); started while the first is down, it takes over that broker\'s partitions with none of its data. Copying server.properties to a new host without changing `broker.id` is the usual cause.\n\nBrokers are the server.properties (or server-N.properties) files: those in different host folders, and files with different content anywhere (identical copies outside host folders are one file). `broker.id=-1` (the default) means an id generated at startup and is never a duplicate.',
    fix: "Give each broker its own `broker.id`, or remove it (with `broker.id.generation.enable=true`, the default) to have one generated. A broker keeps its id in `meta.properties` in its `log.dirs`: change it only on an empty broker.",
    references: [
      'Kafka broker configs (kafka.apache.org/082/configuration/broker-configs) broker.id: "Each broker is uniquely identified by a non-negative integer id ... You can choose any number you like so long as it is unique"',
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_broker.id): default -1, "If unset, a unique broker id will be generated"',
      "KAFKA-3012 (apache/kafka PR #762): broker.id.generation.enable, reserved.broker.max.id"
    ],
    upstreamMessage: "Error while creating ephemeral at /brokers/ids/<id>, node already exists"
  },
  check(cluster, report) {
    const seen = /* @__PURE__ */ new Set();
    const brokers = brokerFiles(cluster).filter((file) => {
      const key = file.host === void 0 ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    reportRepeatedIds(brokers, "broker.id", "so one of the two brokers cannot register", report);
  }
});

// src/rules-support/kafka-nodes.ts
function kafkaProcessFiles(cluster) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const file of brokerFiles(cluster)) {
    const key = file.host === void 0 ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(file);
  }
  return out;
}
function processRoles(file) {
  const entry = kafkaValue(file.kafka, "process.roles");
  if (!entry) return void 0;
  return splitLocated(entry.value, ",").map((p) => trimLocated(p).value).filter((r) => r !== "");
}
function isBrokerProcess(file) {
  const roles = processRoles(file);
  return roles === void 0 || roles.includes("broker");
}

// src/rules-support/kafka-voters.ts
var VOTERS_KEY = "controller.quorum.voters";
var HOST_PORT = /^\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/;
function parseEntry(entry) {
  const parts = entry.value.split("@");
  if (parts.length !== 2) return { entry, problem: "is not in the form {id}@{host}:{port}" };
  const id = javaInt(parts[0]);
  if (id === void 0) return { entry, problem: `has a voter id ${JSON.stringify(parts[0])} that is not an integer` };
  const m = HOST_PORT.exec(parts[1]);
  if (!m || m[1] === "") return { entry, problem: 'has no {host}:{port} after the "@"' };
  const port = javaInt(m[2]);
  if (port === void 0) return { entry, problem: "has a port that is not an integer" };
  if (m[1] === "0.0.0.0") return { entry, problem: "names 0.0.0.0, which the other nodes cannot dial" };
  return { entry, id, host: m[1], port };
}
function parseVoters(file) {
  const property = kafkaValue(file.kafka, VOTERS_KEY);
  if (!property || property.value.value === "" || placeholderIn(VOTERS_KEY, property.value.value)) return void 0;
  const voters = [];
  const problems = [];
  for (const piece of splitLocated(property.value, ",")) {
    const entry = trimLocated(piece);
    const parsed = parseEntry(entry);
    if ("problem" in parsed) problems.push(parsed);
    else voters.push(parsed);
  }
  return { property, voters, problems };
}
function voterSetKey(voters) {
  const byId = /* @__PURE__ */ new Map();
  for (const v of voters) byId.set(v.id, `${v.id}@${hostKey(v.host)}:${v.port}`);
  return [...byId.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]).join(",");
}
function nodeIdOf(file) {
  const entry = kafkaValue(file.kafka, "node.id");
  const id = entry && !placeholderIn("node.id", entry.value.value) ? javaInt(entry.value.value) : void 0;
  return entry && id !== void 0 ? { entry, id } : void 0;
}
function kraftNodes(cluster) {
  const out = [];
  for (const file of kafkaProcessFiles(cluster)) {
    const roles = processRoles(file);
    if (roles === void 0) continue;
    out.push({ file, roles, nodeId: nodeIdOf(file), voters: parseVoters(file) });
  }
  return out;
}
function cleanVoters(node) {
  return node.voters && node.voters.problems.length === 0 && node.voters.voters.length > 0 ? node.voters.voters : void 0;
}
function controllerListeners(file) {
  const names = kafkaValue(file.kafka, "controller.listener.names")?.value.value;
  const listeners = kafkaValue(file.kafka, "listeners");
  if (!names || !listeners) return [];
  const wanted = new Set(names.split(",").map((n) => n.trim().toUpperCase()).filter((n) => n !== ""));
  const out = [];
  for (const piece of splitLocated(listeners.value, ",")) {
    const entry = trimLocated(piece);
    const m = /^([A-Za-z0-9_-]+):\/\/\[?([^\]]*?)\]?:([0-9]+)$/.exec(entry.value);
    const port = m ? javaInt(m[3]) : void 0;
    if (!m || port === void 0 || !wanted.has(m[1].toUpperCase())) continue;
    out.push({ entry, name: m[1], host: m[2], port });
  }
  return out;
}
function distinctVoterLists(cluster) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const file of distinctBrokerFiles(cluster)) {
    const parsed = parseVoters(file);
    if (!parsed || seen.has(parsed.property.value.value)) continue;
    seen.add(parsed.property.value.value);
    out.push(parsed);
  }
  return out;
}

// rules/kafka/broker-in-voters.ts
var broker_in_voters_default = defineRule({
  meta: {
    id: "kafka/broker-in-voters",
    severity: "error",
    description: "A broker-only KRaft node whose node.id is one of controller.quorum.voters",
    rationale: "A node whose `process.roles` is just `broker` is not a controller, and ids are shared by brokers and controllers: `KafkaConfig` refuses a broker-only node whose `node.id` is a voter id (\"If process.roles contains just the 'broker' role, the node id N must not be included in the set of voters controller.quorum.voters=Set(...)\"). The usual cause is giving brokers and controllers ids from the same range (broker 1 beside controller 1), or a broker configuration copied from a controller.",
    fix: "Give the broker a `node.id` that no voter has (for example brokers from 1, controllers from 1000), or add `controller` to its `process.roles` if it is meant to be that voter.",
    references: [
      "KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) validateValues, KRaft broker-only: require(!voterIds.contains(nodeId), ...)",
      "KafkaConfigTest.scala (apache/kafka) testBrokerRoleNodeIdValidation"
    ],
    upstreamMessage: "If process.roles contains just the 'broker' role, the node id <node.id> must not be included in the set of voters controller.quorum.voters=Set(<ids>)"
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      const roles = processRoles(file);
      if (!roles || roles.length === 0 || roles.some((r) => r !== "broker")) continue;
      const nodeId = nodeIdOf(file);
      const parsed = parseVoters(file);
      if (!nodeId || !parsed || parsed.problems.length > 0) continue;
      const voter = parsed.voters.find((v) => v.id === nodeId.id);
      if (!voter) continue;
      report({
        span: nodeId.entry.value.span,
        message: `node.id ${quote(nodeId.entry.value.value)} of this broker-only node is the voter ${quote(voter.entry.value)}, so Kafka refuses to start it`,
        related: [{ span: voter.entry.span, message: `voter ${voter.id} is listed here` }]
      });
    }
  }
});

// rules/kafka/controller-not-in-voters.ts
var controller_not_in_voters_default = defineRule({
  meta: {
    id: "kafka/controller-not-in-voters",
    severity: "error",
    description: "A KRaft controller whose node.id is not among controller.quorum.voters",
    rationale: "With a static quorum the voters are exactly the ids `controller.quorum.voters` lists. A node whose `process.roles` contains `controller` must be one of them: `KafkaConfig` checks it when it reads the configuration and the node exits (\"If process.roles contains the 'controller' role, the node id N must be included in the set of voters controller.quorum.voters=Set(...)\"). The usual cause is a server.properties copied to a new controller whose `node.id`, or whose voters list, was not updated. With a dynamic quorum (3.9+, `controller.quorum.bootstrap.servers` and no voters) there is no such list and nothing is checked.",
    fix: "Set the controller's `node.id` to the id `controller.quorum.voters` gives its host, or add it to the voters on every node.",
    references: [
      "KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) validateValues, validateControllerQuorumVotersMustContainNodeIdForKRaftController: require(voterIds.isEmpty || voterIds.contains(nodeId), ...)",
      "KafkaConfigTest.scala (apache/kafka) testControllerRoleNodeIdValidation"
    ],
    upstreamMessage: "If process.roles contains the 'controller' role, the node id <node.id> must be included in the set of voters controller.quorum.voters=Set(<ids>)"
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      if (!processRoles(file)?.includes("controller")) continue;
      const nodeId = nodeIdOf(file);
      const parsed = parseVoters(file);
      if (!nodeId || !parsed || parsed.problems.length > 0 || parsed.voters.length === 0) continue;
      const ids = new Set(parsed.voters.map((v) => v.id));
      if (ids.has(nodeId.id)) continue;
      report({
        span: nodeId.entry.value.span,
        message: `node.id ${quote(nodeId.entry.value.value)} of this controller is not among the voters ${quote([...ids].join(","))}, so Kafka refuses to start it`,
        related: [{ span: parsed.property.value.span, message: "controller.quorum.voters is set here" }]
      });
    }
  }
});

// rules/kafka/internal-topic-replication.ts
var INTERNAL_TOPICS = [
  { key: "offsets.topic.replication.factor", topic: "__consumer_offsets", effect: "consumer groups never get a coordinator" },
  { key: "transaction.state.log.replication.factor", topic: "__transaction_state", effect: "transactional producers never get a coordinator" }
];
var DEFAULT_FACTOR = 3;
var SHORT_MAX = 32767;
function brokerCount(cluster) {
  const ids = /* @__PURE__ */ new Set();
  let unnamed = 0;
  const replicated = new Set(cluster.hosts.filter((h) => h.container?.replicas !== void 0 && h.container.replicas !== 1).map((h) => h.name));
  for (const file of kafkaProcessFiles(cluster)) {
    if (!isBrokerProcess(file)) continue;
    if (cluster.hasHostFolders && file.host === void 0) return void 0;
    if (file.host !== void 0 && replicated.has(file.host)) return void 0;
    const entry = kafkaValue(file.kafka, "node.id") ?? kafkaValue(file.kafka, "broker.id");
    if (entry && placeholderIn(entry.key.value, entry.value.value)) return void 0;
    const id = entry ? javaInt(entry.value.value) : void 0;
    if (id === void 0 || id < 0) unnamed++;
    else ids.add(id);
  }
  const count = ids.size + unnamed;
  return count === 1 && copiedToSeveralHosts(cluster) ? void 0 : count;
}
function copiedToSeveralHosts(cluster) {
  const shared = kafkaProcessFiles(cluster).filter((f) => isBrokerProcess(f) && f.host === void 0);
  if (shared.length === 0) return false;
  return shared.some((f) => {
    const listeners = kafkaValue(f.kafka, "advertised.listeners")?.value.value ?? kafkaValue(f.kafka, "listeners")?.value.value ?? "";
    if (/:\/\/(?:localhost|127\.0\.0\.1)(?::|$)/.test(listeners)) return false;
    const connect = kafkaValue(f.kafka, "zookeeper.connect")?.value.value ?? "";
    const hosts = new Set(connectHosts(connect));
    const factor = javaInt(kafkaValue(f.kafka, "default.replication.factor")?.value.value ?? "1");
    return hosts.size > 1 || factor !== void 0 && factor > 1;
  });
}
var internal_topic_replication_default = defineRule({
  meta: {
    id: "kafka/internal-topic-replication",
    severity: "error",
    description: "A Kafka internal topic needs more replicas than the directory has brokers",
    rationale: 'A broker creates `__consumer_offsets` when the first consumer group looks for its coordinator, and `__transaction_state` when the first transactional producer does, with `offsets.topic.replication.factor` and `transaction.state.log.replication.factor` replicas (both default to 3). Since Kafka 0.11.0 the broker enforces that factor: "Internal topic creation will fail until the cluster size meets this replication factor requirement", and until then the clients get `COORDINATOR_NOT_AVAILABLE` forever. Producing works, so the failure shows up only when the first consumer group never receives anything. A single-broker setup that keeps the defaults is the classic case; the shipped `config/server.properties` sets both to 1 for that reason.\n\nBrokers counted: the broker configurations (server.properties, server-N.properties) whose `process.roles` is unset or contains `broker` (KRaft controllers only are not brokers), one per host folder copy and, outside host folders, one per distinct content; brokers with one `node.id` (else `broker.id`) count once, and each broker with a generated id (unset or -1) counts on its own. The rule says nothing when the count is unknown: a shared broker configuration in a tree of host folders (used by any number of hosts), an id that is a placeholder (a template), or a single broker configuration outside host folders that names a ZooKeeper ensemble of several hosts or sets `default.replication.factor` above 1 and does not listen on localhost only (a file copied to every broker host, its broker.id edited there).',
    fix: "Set `offsets.topic.replication.factor` and `transaction.state.log.replication.factor` to at most the number of brokers (1 on a single broker, 3 on three or more in production), or add brokers. An internal topic already created keeps its replication factor: change it with `kafka-reassign-partitions.sh`.",
    references: [
      'GroupCoordinatorConfig.java (apache/kafka trunk): OFFSETS_TOPIC_REPLICATION_FACTOR_DEFAULT = 3, "Internal topic creation will fail until the cluster size meets this replication factor requirement"',
      "TransactionLogConfig.java (apache/kafka trunk): TRANSACTIONS_TOPIC_REPLICATION_FACTOR_DEFAULT = 3, same requirement",
      'Kafka upgrade notes, notable changes in 0.11.0.0 (kafka.apache.org/documentation/#upgrade_1100_notable): "The offsets.topic.replication.factor broker config is now enforced upon auto topic creation. Internal auto topic creation will fail with a GROUP_COORDINATOR_NOT_AVAILABLE error until the cluster size meets this replication factor requirement"',
      "KAFKA-3959 / KIP-115 (apache/kafka PR #2177): enforce offsets.topic.replication.factor upon __consumer_offsets auto topic creation"
    ],
    upstreamMessage: "Replication factor: 3 larger than available brokers: 1"
  },
  check(cluster, report) {
    const brokers = brokerCount(cluster);
    if (brokers === void 0 || brokers === 0) return;
    for (const file of distinctBrokerFiles(cluster)) {
      if (!isBrokerProcess(file)) continue;
      for (const { key, topic, effect } of INTERNAL_TOPICS) {
        const entry = kafkaValue(file.kafka, key);
        if (entry && placeholderIn(key, entry.value.value)) continue;
        const factor = entry ? javaInt(entry.value.value) : DEFAULT_FACTOR;
        if (factor === void 0 || factor > SHORT_MAX || factor <= brokers) continue;
        const stated = entry ? `${key} is ${quote(entry.value.value)}` : `${key} is not set (default ${DEFAULT_FACTOR})`;
        report({
          span: entry ? entry.value.span : file.start,
          message: `${stated}, but the cluster holds ${plural(brokers, "broker")}, so ${topic} is never created and ${effect}`
        });
      }
    }
  }
});

// rules/kafka/log-dirs-in-tmp.ts
var log_dirs_in_tmp_default = defineRule({
  meta: {
    id: "kafka/log-dirs-in-tmp",
    severity: "warning",
    description: "A Kafka broker keeps its log directories (its data) under /tmp",
    rationale: "`log.dirs` (else `log.dir`, default `/tmp/kafka-logs`) are where a broker stores every partition it holds, and `meta.properties` with its id. Many systems empty `/tmp` at boot or age files out of it (systemd-tmpfiles, tmpfs): the broker comes back empty, re-replicates everything, and partitions with no other replica are lost. The shipped `config/server.properties` uses `/tmp/kafka-logs` as an example only.\n\nA file counts as a broker configuration when it sets a broker key (`broker.id`, `node.id`, `zookeeper.connect`, `process.roles`, `listeners`, `log.dirs`, `log.dir`); with neither `log.dirs` nor `log.dir` the default `/tmp/kafka-logs` is reported at the start of the file.",
    fix: "Set `log.dirs` to directories on persistent disks, for example `/var/lib/kafka/data`, and move the data with the broker stopped.",
    references: [
      "Kafka broker configs (kafka.apache.org/082/configuration/broker-configs) log.dirs: default /tmp/kafka-logs",
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_log.dirs): "If not set, the value in log.dir is used"; log.dir default /tmp/kafka-logs'
    ]
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      const dirs = kafkaValue(file.kafka, "log.dirs") ?? kafkaValue(file.kafka, "log.dir");
      if (!dirs || dirs.value.value === "") {
        report({ span: file.start, message: 'Neither log.dirs nor log.dir is set, so the broker keeps its data in the default "/tmp/kafka-logs"' });
        continue;
      }
      for (const piece of splitLocated(dirs.value, ",")) {
        const dir = trimLocated(piece);
        if (!isTmpPath(dir.value) || placeholderIn(dirs.key.value, dir.value)) continue;
        report({ span: dir.span, message: `${dirs.key.value} holds ${quote(dir.value)}, under a temporary directory that the system may clear` });
      }
    }
  }
});

// rules/kafka/min-insync-above-replication.ts
var DEFAULT = 1;
function intSetting(file, key) {
  const entry = kafkaValue(file.kafka, key);
  if (!entry) return { value: DEFAULT, entry };
  if (placeholderIn(key, entry.value.value)) return void 0;
  const value = javaInt(entry.value.value);
  return value === void 0 ? void 0 : { value, entry };
}
var min_insync_above_replication_default = defineRule({
  meta: {
    id: "kafka/min-insync-above-replication",
    severity: "error",
    description: "A Kafka broker requires more in-sync replicas than its default replication factor creates",
    rationale: '`min.insync.replicas` is "the minimum number of replicas that must acknowledge a write for the write to be considered successful" when a producer sets `acks=all`; "if this minimum cannot be met, then the producer will raise an exception (either NotEnoughReplicas or NotEnoughReplicasAfterAppend)". A topic created without a replication factor (auto-created, or `kafka-topics.sh --create` without `--replication-factor`) gets `default.replication.factor` replicas, and a partition never has more in-sync replicas than replicas: with `min.insync.replicas` above `default.replication.factor` every `acks=all` write to such a topic fails, and `acks=all` is the producer default since Kafka 3.0. Both keys default to 1; the usual slip is `min.insync.replicas=2` copied from a production guide onto brokers that keep `default.replication.factor=1`.\n\nChecked per broker configuration (KRaft controllers only are not brokers).',
    fix: "Set `default.replication.factor` to at least `min.insync.replicas` (3 and 2 on three or more brokers), or lower `min.insync.replicas`.",
    references: [
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_min.insync.replicas): default 1, "If this minimum cannot be met, then the producer will raise an exception (either NotEnoughReplicas or NotEnoughReplicasAfterAppend)"',
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_default.replication.factor): "The default replication factors for automatically created topics", default 1',
      "Partition.scala (apache/kafka) appendRecordsToLeader: `if (inSyncSize < minIsr && requiredAcks == -1) throw new NotEnoughReplicasException(...)`",
      "KIP-679 (Kafka 3.0): the producer enables idempotence and acks=all by default"
    ],
    upstreamMessage: "The size of the current ISR <isr> is insufficient to satisfy the min.isr requirement of <min.insync.replicas> for partition <partition>"
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      if (!isBrokerProcess(file)) continue;
      const minIsr = intSetting(file, "min.insync.replicas");
      const factor = intSetting(file, "default.replication.factor");
      if (!minIsr || !factor || minIsr.value <= factor.value) continue;
      const factorText = factor.entry ? `default.replication.factor is ${quote(factor.entry.value.value)}` : `default.replication.factor is not set (default ${DEFAULT})`;
      const span = minIsr.entry ? minIsr.entry.value.span : factor.entry.value.span;
      report({
        span,
        message: `min.insync.replicas is ${quote(String(minIsr.entry ? minIsr.entry.value.value : DEFAULT))} but ${factorText}, so every acks=all write to a topic created with the default replication factor fails with NotEnoughReplicas`,
        related: factor.entry && minIsr.entry ? [{ span: factor.entry.value.span, message: `default.replication.factor is ${quote(factor.entry.value.value)} here` }] : []
      });
    }
  }
});

// rules/kafka/node-id-duplicate.ts
var node_id_duplicate_default = defineRule({
  meta: {
    id: "kafka/node-id-duplicate",
    severity: "error",
    description: "Two KRaft nodes have the same node.id",
    rationale: 'In KRaft mode (`process.roles` set) `node.id` names the process: "Every node in a KRaft cluster must have a unique `node.id`, this includes broker and controller nodes." A broker that registers with the id of a broker that is alive is refused by the active controller (`DuplicateBrokerRegistrationException`, "Another broker is registered with that broker id.") and never joins; two controllers with one id are one voter to the Raft quorum, which then counts votes and fetch offsets of two processes as one. Copying server.properties to a new host without changing `node.id` is the usual cause.\n\nNodes are the broker configurations that set `process.roles`: those in different host folders, and files with different content anywhere (identical copies outside host folders are one file). ZooKeeper-mode brokers are `kafka/broker-id-duplicate`\'s.',
    fix: "Give each KRaft node its own `node.id`; on a controller, the id must also be the one `controller.quorum.voters` gives its host. A node keeps its id in `meta.properties` in its log directories: reformat (`kafka-storage.sh format`) only an empty node.",
    references: [
      'KafkaConfig (apache/kafka 3.x) NodeIdDoc: "Every node in a KRaft cluster must have a unique `node.id`, this includes broker and controller nodes. This is required configuration when running in KRaft mode."',
      'ClusterControlManager.java (apache/kafka) registerBroker: throws DuplicateBrokerRegistrationException("Another broker is registered with that broker id.") while the registered broker has a valid session'
    ],
    upstreamMessage: "Another broker is registered with that broker id."
  },
  check(cluster, report) {
    const nodes = kafkaProcessFiles(cluster).filter((file) => processRoles(file) !== void 0);
    reportRepeatedIds(nodes, "node.id", "so the two KRaft nodes are one to the controllers", report);
  }
});

// rules/kafka/quorum-voter-id-duplicate.ts
var quorum_voter_id_duplicate_default = defineRule({
  meta: {
    id: "kafka/quorum-voter-id-duplicate",
    severity: "warning",
    description: "controller.quorum.voters lists one voter id twice",
    rationale: "Kafka puts the voters in a map by id (`QuorumConfig.parseVoterConnections`, `voterMap.put(voterId, address)`): a second entry with the same id silently replaces the first. The quorum then has one voter fewer than the list shows, and the first address is never dialled; the usual cause is a copied entry whose id was not changed, so the controller meant by it has no voter at all (and, if it runs the controller role, refuses to start because its node.id is not among the voters).",
    fix: "Give each voter its own id, the `node.id` of the controller at that address.",
    references: [
      "QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) parseVoterConnections: HashMap voterMap, voterMap.put(voterId, address), no check for a repeated id"
    ]
  },
  check(cluster, report) {
    for (const parsed of distinctVoterLists(cluster)) {
      const first = /* @__PURE__ */ new Map();
      for (const v of parsed.voters) {
        const prior = first.get(v.id);
        if (!prior) {
          first.set(v.id, v);
          continue;
        }
        report({
          span: v.entry.span,
          message: `controller.quorum.voters entry ${quote(v.entry.value)} repeats voter id ${v.id}, so Kafka keeps only this address for it`,
          related: [{ span: prior.entry.span, message: `voter ${v.id} is ${quote(prior.entry.value)} here, which Kafka drops` }]
        });
      }
    }
  }
});

// rules/kafka/quorum-voters-differ.ts
var quorum_voters_differ_default = defineRule({
  meta: {
    id: "kafka/quorum-voters-differ",
    severity: "error",
    description: "KRaft nodes of one cluster list different controller.quorum.voters",
    rationale: "With a static quorum, `controller.quorum.voters` is the Raft membership: every controller counts votes and the high watermark against it, and every broker looks for the active controller among it. Nodes with different voter sets disagree on what a majority is (a controller may be elected by votes the others do not count, or never reach one) and brokers whose list misses the leader never fetch metadata; a controller whose id is missing from its own list does not start at all. The lists are compared as sets of `id@host:port` (order and the case of host names do not matter), as Kafka builds its voter map.",
    fix: "Write the same `controller.quorum.voters` on every broker and controller of the cluster.",
    references: [
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) QUORUM_VOTERS_DOC: "Map of id/endpoint information for the set of voters"; parseVoterConnections builds the voter map by id',
      'Kafka documentation, docs/ops.html #kraft_voter (apache/kafka before 3.9, PR #17076): "All of the servers in a Kafka cluster discover the quorum voters using the controller.quorum.voters property. ... All the controllers must be enumerated."'
    ]
  },
  check(cluster, report) {
    const groups = /* @__PURE__ */ new Map();
    for (const node of kraftNodes(cluster)) {
      const voters = cleanVoters(node);
      if (!voters) continue;
      const key = voterSetKey(voters);
      groups.set(key, [...groups.get(key) ?? [], node]);
    }
    if (groups.size < 2) return;
    const ordered = [...groups.values()];
    const reference = ordered.reduce((best, g) => g.length > best.length ? g : best);
    const refVoters = reference[0].voters.property.value;
    for (const group of ordered) {
      if (group === reference) continue;
      const here = group[0].voters.property.value;
      report({
        span: here.span,
        message: `controller.quorum.voters ${quote(here.value)} differs from ${quote(refVoters.value)} on ${plural(reference.length, "other node")}`,
        related: [
          ...group.slice(1).map((n) => ({ span: n.voters.property.value.span, message: "the same voters here" })),
          ...reference.map((n) => ({ span: n.voters.property.value.span, message: `voters are ${quote(refVoters.value)} here` }))
        ]
      });
    }
  }
});

// rules/kafka/quorum-voters-syntax.ts
var quorum_voters_syntax_default = defineRule({
  meta: {
    id: "kafka/quorum-voters-syntax",
    severity: "error",
    description: "A controller.quorum.voters entry Kafka cannot parse",
    rationale: '`controller.quorum.voters` is a comma-separated list of `{id}@{host}:{port}`. Kafka validates it when it reads the configuration (`ControllerQuorumVotersValidator` calls `QuorumConfig.parseVoterConnections`): an entry that does not split into exactly two parts at "@", an id that is not an integer, or an address without a host and a numeric port throws a `ConfigException` and the node does not start. An empty piece (a doubled or trailing comma) is such an entry. The Raft client also refuses the non-routable `0.0.0.0` ("Host string (0.0.0.0) is not routeable"): a voter\'s address is the one the other nodes dial, not a bind address.',
    fix: "Write each voter as `{id}@{host}:{port}` (`1@kafka1:9093`), separated by commas, with the host the other nodes reach the controller at and the port of its controller listener.",
    references: [
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) parseVoterId and parseVoterConnections: ConfigException "Invalid configuration value for controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`.", "Failed to parse voter ID as an integer from ...", "Failed to parse host name from entry ...", "Failed to parse host port from entry ...", "Host string (%s) is not routeable"',
      "QuorumConfig.java ControllerQuorumVotersValidator.ensureValid: parses the list when the configuration is read",
      "Utils.java (apache/kafka clients/src/main/java/org/apache/kafka/common/utils/Utils.java) HOST_PORT_PATTERN, getHost, getPort",
      'ConfigDef.java (apache/kafka) parseType LIST: split on "\\\\s*,\\\\s*" with limit -1'
    ],
    upstreamMessage: "Invalid configuration value for controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`."
  },
  check(cluster, report) {
    for (const parsed of distinctVoterLists(cluster)) {
      for (const p of parsed.problems) {
        report({ span: p.entry.span, message: `controller.quorum.voters entry ${quote(p.entry.value)} ${p.problem}, so Kafka refuses the configuration` });
      }
    }
  }
});

// rules/kafka/unresolved-placeholder.ts
var unresolved_placeholder_default2 = defineRule({
  meta: {
    id: "kafka/unresolved-placeholder",
    severity: "error",
    description: "A broker configuration value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that Kafka never expands",
    rationale: "A Kafka broker reads server.properties with `java.util.Properties` and does not expand `${VAR}`, `$VAR`, `@VAR@` or `{{VAR}}`. Only a `${provider:path:key}` reference is resolved, and only when `config.providers` names the provider (KIP-297, KIP-421). A file that still holds another placeholder was copied before the deployment step (an image's entrypoint, `envsubst`, a template task) filled it in: `broker.id=${BROKER_ID}` stops the broker at start, `zookeeper.connect=${ZK_CONNECT}` names no host.\n\nThe value is unknown, so no other rule judges it. Keys holding secrets (`*.password`, `*.jaas.config`) are not checked: a `$` or an `@` is part of a password.",
    fix: "Lint the file as it is deployed: render it first (run the entrypoint's or the template's substitution into a folder) and lint that folder, or write the value itself.",
    references: [
      "KIP-297 (Externalizing Secrets for Connect Configurations) and KIP-421 (Automatically resolve external configurations): ${provider:path:key} with config.providers",
      "Utils.loadProps (Kafka): java.util.Properties, values used as they are"
    ]
  },
  check(cluster, report) {
    for (const file of cluster.distinctFiles) {
      if (file.kind !== "server.properties") continue;
      const providers = kafkaValue(file.kafka, "config.providers") !== void 0;
      for (const entry of file.kafka.entries) {
        const p = placeholderIn(entry.key.value, entry.value.value, providers);
        if (!p) continue;
        report({
          span: spanWithin(entry.value, p.index, p.index + p.text.length),
          message: `${entry.key.value} holds ${quote(p.text)}, which Kafka does not expand: the broker reads the value ${quote(entry.value.value)} as it is`
        });
      }
    }
  }
});

// rules/kafka/voter-port-mismatch.ts
var voter_port_mismatch_default = defineRule({
  meta: {
    id: "kafka/voter-port-mismatch",
    severity: "error",
    description: "A controller.quorum.voters entry whose port is not the controller listener of that voter",
    rationale: "The other controllers and every broker dial a voter at the `host:port` its `controller.quorum.voters` entry gives; the controller accepts Raft requests only on the listeners `controller.listener.names` names in its `listeners`. When the voter with id N is a controller of the snapshot on the host the entry names, and none of its controller listeners has the entry's port, nobody reaches that voter: it never votes or replicates, and with enough such entries the quorum cannot elect a leader. A voter list written for the broker port (9092) instead of the controller port (9093) is the usual cause.",
    fix: "Give the voter entry the port of that controller's listener named in `controller.listener.names` (for example `1@kafka1:9093` with `listeners=PLAINTEXT://:9092,CONTROLLER://:9093`).",
    references: [
      "KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) controllerListeners: the listeners whose name is in controller.listener.names",
      "QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) QUORUM_VOTERS_DOC and parseVoterConnections: the voter endpoint is {host}:{port}"
    ]
  },
  check(cluster, report) {
    const nodes = kraftNodes(cluster);
    const controllers = /* @__PURE__ */ new Map();
    for (const n of nodes) {
      if (!n.nodeId || !n.roles.includes("controller")) continue;
      controllers.set(n.nodeId.id, [...controllers.get(n.nodeId.id) ?? [], n]);
    }
    const reported = /* @__PURE__ */ new Set();
    for (const n of nodes) {
      const voters = cleanVoters(n);
      if (!voters) continue;
      for (const v of voters) {
        const key = `${voterSetKey(voters)}\0${v.id}`;
        if (reported.has(key)) continue;
        const owners = controllers.get(v.id);
        if (!owners || owners.length !== 1) continue;
        const owner = owners[0];
        const listeners = controllerListeners(owner.file);
        if (listeners.length === 0 || !sameNode(v, owner, listeners)) continue;
        if (listeners.some((l) => l.port === v.port)) continue;
        reported.add(key);
        report({
          span: v.entry.span,
          message: `voter ${quote(v.entry.value)} dials port ${v.port}, but the controller with node.id ${v.id} listens for controllers on ${quote(listeners.map((l) => l.entry.value).join(","))}`,
          related: listeners.map((l) => ({ span: l.entry.span, message: `controller listener ${quote(l.name)} of node.id ${v.id}` }))
        });
      }
    }
  }
});
function sameNode(v, owner, listeners) {
  const key = hostKey(v.host);
  if (owner.file.host !== void 0 && hostKey(owner.file.host) === key) return true;
  return listeners.some((l) => l.host !== "" && hostKey(l.host) === key);
}

// rules/kafka/voter-without-controller.ts
var voter_without_controller_default = defineRule({
  meta: {
    id: "kafka/voter-without-controller",
    severity: "warning",
    description: "A controller.quorum.voters id that no controller of the snapshot has",
    rationale: "Each voter id must be the `node.id` of a node that runs the `controller` role; a voter no controller answers for still counts in the majority, so a three-voter quorum with one phantom voter survives no failure, and with two it never elects a leader. This is reported only when the snapshot holds the whole quorum: every voter host has a host folder with a KRaft configuration in it. A controller on the voter's host with another id is also reported by `kafka/controller-not-in-voters`.",
    fix: "Set the `node.id` of the controller on that host to the voter id (and `process.roles` to include `controller`), or remove the voter from `controller.quorum.voters` on every node.",
    references: [
      "KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) validateControllerQuorumVotersMustContainNodeIdForKRaftController: a controller is the voter with its node.id",
      "QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) parseVoterConnections: the voter set is the ids listed"
    ]
  },
  check(cluster, report) {
    const nodes = kraftNodes(cluster);
    const controllerIds = new Set(nodes.filter((n) => n.nodeId && n.roles.includes("controller")).map((n) => n.nodeId.id));
    const kraftHosts = new Set(nodes.filter((n) => n.file.host !== void 0).map((n) => hostKey(n.file.host)));
    const seen = /* @__PURE__ */ new Set();
    for (const n of nodes) {
      const voters = cleanVoters(n);
      if (!voters) continue;
      const key = voterSetKey(voters);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!voters.every((v) => kraftHosts.has(hostKey(v.host)))) continue;
      for (const v of voters) {
        if (controllerIds.has(v.id)) continue;
        report({
          span: v.entry.span,
          message: `voter ${quote(v.entry.value)} is no controller: no node with the controller role has node.id ${v.id}`
        });
      }
    }
  }
});

// rules/kafka/zookeeper-chroot-differs.ts
function reportedElsewhere(chroot) {
  return chroot.includes(",") || chroot.endsWith("/") || chroot.includes("//") || chroot.split("/").some((n) => n === "." || n === "..");
}
function describe2(chroot) {
  return chroot === "" ? "none" : quote(chroot);
}
var zookeeper_chroot_differs_default = defineRule({
  meta: {
    id: "kafka/zookeeper-chroot-differs",
    severity: "error",
    description: "Brokers on the same ZooKeeper servers use different chroots in zookeeper.connect",
    rationale: "A Kafka broker in ZooKeeper mode keeps everything of its cluster under the chroot of `zookeeper.connect` (`zk1:2181,zk2:2181,zk3:2181/kafka`): its registration (`/brokers/ids/<id>`), the controller election, topics and partition state. ZooKeeper's client roots every path of the session there. Brokers that name the same servers with different chroots (`/kafka` on some, none on others, a typo in one) never see each other: each chroot is a Kafka cluster of its own, with its own controller, and topics created on one are missing on the other. No error is logged; producers and consumers that bootstrap from a broker of the other tree see other topics and other partition leaders.\n\nhacheck groups the brokers by the hosts their `zookeeper.connect` names and reports, in a group whose brokers use different chroots, each broker whose chroot is not the most common one (on a tie, the chroot of the first broker in path order is taken for the cluster's). Brokers that reuse a `broker.id` across chroots are taken for separate Kafka clusters sharing one ensemble on purpose, and left alone.",
    fix: "Give every broker of the cluster the same `zookeeper.connect`, chroot included, for example `zk1:2181,zk2:2181,zk3:2181/kafka`.",
    references: [
      'config/server.properties (apache/kafka, the ZooKeeper section): "You can also append an optional chroot string to the urls to specify the root directory for all kafka znodes"',
      `ConnectStringParser.java (ZooKeeper 3.8.4) L54-67: the chroot is connectString.substring(indexOf('/')), "/" alone is none`,
      "ZooKeeper.java (ZooKeeper 3.8.4) L1258-1268 prependChroot: every request path is prefixed with the chroot"
    ]
  },
  check(cluster, report) {
    const seen = /* @__PURE__ */ new Set();
    const groups = /* @__PURE__ */ new Map();
    for (const file of brokerFiles(cluster)) {
      const key = file.host === void 0 ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const connect = kafkaValue(file.kafka, "zookeeper.connect");
      if (!connect || placeholderIn("zookeeper.connect", connect.value.value)) continue;
      const value = trimLocated(connect.value);
      const slash = value.value.indexOf("/");
      const written2 = slash < 0 ? "" : value.value.slice(slash);
      if (value.value === "" || reportedElsewhere(written2)) continue;
      const hosts = connectEntries(slash < 0 ? value : pieceOf(value, 0, slash)).map((e) => trimLocated(e.host).value.toLowerCase());
      if (hosts.length === 0) continue;
      const idEntry = kafkaValue(file.kafka, "broker.id");
      const id = idEntry && !placeholderIn("broker.id", idEntry.value.value) ? javaInt(idEntry.value.value) : void 0;
      const group = [...new Set(hosts)].sort().join(",");
      const list = groups.get(group) ?? [];
      list.push({
        path: file.path,
        value,
        chroot: written2 === "/" ? "" : written2,
        at: slash < 0 ? value : pieceOf(value, slash, value.value.length),
        id: id !== void 0 && id >= 0 ? id : void 0
      });
      groups.set(group, list);
    }
    for (const brokers of groups.values()) {
      const byChroot = /* @__PURE__ */ new Map();
      for (const b of brokers) byChroot.set(b.chroot, [...byChroot.get(b.chroot) ?? [], b]);
      if (byChroot.size < 2) continue;
      const ranked = [...byChroot.values()].sort((a, b) => b.length - a.length || (a[0].path < b[0].path ? -1 : 1));
      const main = ranked[0];
      const mainIds = new Set(main.map((b) => b.id).filter((id) => id !== void 0));
      for (const other of ranked.slice(1)) {
        if (other.some((b) => b.id !== void 0 && mainIds.has(b.id))) continue;
        for (const b of other) {
          const own = b.chroot === "" ? "has no chroot" : `uses the chroot ${quote(b.chroot)}`;
          report({
            span: b.at.span,
            message: `zookeeper.connect ${own}, but ${plural(main.length, "other broker")} on the same ZooKeeper servers ${main.length === 1 ? "uses" : "use"} ${describe2(main[0].chroot)}, so this broker registers in another ZooKeeper tree and forms a separate Kafka cluster`,
            related: main.slice(0, 3).map((m) => ({ span: m.at.span, message: m.chroot === "" ? "no chroot here" : `the chroot is ${quote(m.chroot)} here` }))
          });
        }
      }
    }
  }
});

// rules/kafka/zookeeper-chroot.ts
function invalidChroot(path) {
  if (path.endsWith("/")) return 'a chroot must not end with "/"';
  if (path.includes("//")) return 'a chroot must not hold an empty node name ("//")';
  if (path.split("/").some((n) => n === "." || n === "..")) return 'a chroot must not hold "." or ".." (relative paths are not allowed)';
  return void 0;
}
var zookeeper_chroot_default = defineRule({
  meta: {
    id: "kafka/zookeeper-chroot",
    severity: "error",
    description: "The chroot of zookeeper.connect is repeated after each host, or is not a valid ZooKeeper path",
    rationale: 'A chroot applies to the whole connect string and is written once, at its end: `zk1:2181,zk2:2181,zk3:2181/kafka`. ZooKeeper\'s client takes everything from the first `/` as the chroot, so `zk1:2181/kafka,zk2:2181/kafka,zk3:2181/kafka` connects to zk1 alone (the broker loses ZooKeeper when zk1 goes down) under the chroot `/kafka,zk2:2181/kafka,zk3:2181/kafka`, a different znode from the one brokers written the documented way use, so they form separate clusters. The chroot must also be a valid path: ZooKeeper rejects a trailing `/`, an empty node name (`//`) and `.` or `..` ("Path must not end with / character", "empty node name specified", "relative paths not allowed"), and the broker does not start. A chroot of `/` alone means none.',
    fix: "Write the chroot once, after the last host: `zk1:2181,zk2:2181,zk3:2181/kafka`, without a trailing `/`.",
    references: [
      'Kafka broker configs (kafka.apache.org/27/configuration/broker-configs) zookeeper.connect: "hostname1:port1,hostname2:port2,hostname3:port3/chroot/path"',
      `ConnectStringParser.java (ZooKeeper master @05d994a0): the chroot is connectString.substring(indexOf('/')), "/" alone is none, PathUtils.validatePath`,
      'PathUtils.java (ZooKeeper) validatePath: "Path must not end with / character", "empty node name specified", "relative paths not allowed"'
    ],
    upstreamMessage: "Path must not end with / character"
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      const connect = kafkaValue(file.kafka, "zookeeper.connect");
      if (!connect || placeholderIn("zookeeper.connect", connect.value.value)) continue;
      const value = connect.value;
      const slash = value.value.indexOf("/");
      if (slash < 0) continue;
      const chroot = pieceOf(value, slash, value.value.length);
      if (chroot.value.includes(",")) {
        const hosts = value.value.slice(0, slash).split(",").filter((h) => h.trim() !== "");
        report({
          span: chroot.span,
          message: `zookeeper.connect repeats its chroot after a host, so the broker connects to ${quote(hosts.join(","))} only, under the chroot ${quote(chroot.value)}`
        });
        continue;
      }
      if (chroot.value === "/") continue;
      const why = invalidChroot(chroot.value);
      if (why) report({ span: chroot.span, message: `The chroot ${quote(chroot.value)} of zookeeper.connect is not a valid ZooKeeper path: ${why}` });
    }
  }
});

// rules/kafka/zookeeper-connect-mismatch.ts
function zookeeperTls(props) {
  const value = kafkaValue(props, "zookeeper.ssl.client.enable")?.value.value.trim().toLowerCase();
  return value === void 0 ? void 0 : value === "true";
}
var zookeeper_connect_mismatch_default = defineRule({
  meta: {
    id: "kafka/zookeeper-connect-mismatch",
    severity: "error",
    description: "zookeeper.connect names a host that is not a ZooKeeper server, or a port other than the ensemble client port",
    rationale: "A Kafka broker in ZooKeeper mode connects to the ensemble with the connect string in `zookeeper.connect`, `hostname1:port1,hostname2:port2,hostname3:port3[/chroot]`; a host without a port means 2181, the ZooKeeper client default. An entry that names a host outside the ensemble, or a port the servers do not serve clients on, is a server the broker never reaches: with every entry wrong the broker cannot start, with some wrong it loses ZooKeeper (and its controller and partition leadership) sooner than the ensemble does. Ports taken from a Docker host mapping (2182, 2183) instead of the container port are a common case.\n\nhacheck compares with the ensemble of the most common zoo.cfg, as `cluster/zookeeper-quorum-mismatch` does for the ZKFC. It cannot resolve names, so it does not compare an IP address with a host name. A broker with `zookeeper.ssl.client.enable=true` connects over TLS, to the `secureClientPort` when the ensemble sets one; without the key the broker may still use TLS through the `zookeeper.client.secure` system property, so either port is accepted. A host named by several server lines runs several servers, each on its own client port, and any of their ports is accepted.",
    fix: "List the ZooKeeper servers of zoo.cfg with their `clientPort`, for example `zk1:2181,zk2:2181,zk3:2181/kafka`.",
    references: [
      'Kafka broker configs (kafka.apache.org/27/configuration/broker-configs) zookeeper.connect: "hostname1:port1,hostname2:port2,hostname3:port3/chroot/path"',
      'ConnectStringParser.java (ZooKeeper master @05d994a0): chroot from the first "/", DEFAULT_PORT = 2181',
      "hadoop-zookeeper-facts.md a.2 #10, c.2: the client default port 2181",
      "KIP-515 (Kafka 2.5): zookeeper.ssl.client.enable overrides the zookeeper.client.secure system property"
    ]
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    for (const file of distinctBrokerFiles(cluster)) {
      const connect = kafkaValue(file.kafka, "zookeeper.connect");
      if (!connect || connect.value.value === "" || placeholderIn("zookeeper.connect", connect.value.value)) continue;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, connectEntries(connect.value), ZOOKEEPER_CLIENT_DEFAULT_PORT, zookeeperTls(file.kafka)))) {
        if (m.kind === "not-a-server") {
          report({
            span: m.host.span,
            message: `zookeeper.connect names ${m.names}, ${m.hosts.length > 1 ? "which are not servers" : "which is not a server"} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others]
          });
          continue;
        }
        report(m.written === void 0 ? {
          span: m.host.span,
          message: `zookeeper.connect names ${m.names} without a port, so the broker connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but ${m.serves}`,
          related: [{ span: m.expected.span, message: m.where }, ...m.others]
        } : {
          span: m.written.span,
          message: `zookeeper.connect connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
          related: [{ span: m.expected.span, message: m.where }, ...m.others]
        });
      }
    }
  }
});

// src/rules-support/ntp-sources.ts
var SOURCE_KEYWORDS = /* @__PURE__ */ new Set(["server", "pool", "peer"]);
var OTHER_SOURCE_KEYWORDS = /* @__PURE__ */ new Set([
  "broadcastclient",
  "multicastclient",
  "manycastclient",
  "refclock",
  "local",
  "sourcedir",
  "includefile",
  "include",
  "confdir"
]);
function timeSources(t) {
  const out = [];
  for (const d of t.directives) {
    if (!SOURCE_KEYWORDS.has(d.keyword.value.toLowerCase())) continue;
    const address2 = d.args.find((a) => !a.value.startsWith("-"));
    if (address2) out.push({ keyword: d.keyword, address: address2 });
  }
  return out;
}
function hasNoSource(t) {
  return timeSources(t).length === 0 && !t.directives.some((d) => OTHER_SOURCE_KEYWORDS.has(d.keyword.value.toLowerCase()));
}
function isReferenceClock(address2) {
  return /^127\.127\.\d{1,3}\.\d{1,3}$/.test(address2);
}
function sourceKey(address2) {
  return address2.toLowerCase().replace(/^\d+\.((?:[a-z0-9-]+\.)*pool\.ntp\.org)$/, "$1");
}

// rules/ntp/no-source.ts
var no_source_default = defineRule({
  meta: {
    id: "ntp/no-source",
    severity: "warning",
    description: "An ntp.conf or chrony.conf names no time source",
    rationale: "ntpd and chronyd take the time from the associations of `server`, `pool` and `peer` lines. A configuration without any (typically because the distribution's servers were commented out and no replacement was added) starts a daemon that never synchronises, so the host drifts away from the others while the service looks healthy. Kerberos (300 s), HBase (30 s) and YARN container tokens depend on the hosts agreeing on the time.\n\nhacheck stays silent when the file gets time another way: ntpd broadcast, multicast or manycast clients, chrony `refclock` or `local` (the time master of an isolated network), or sources in included files it cannot see.",
    fix: "Add the sources the other hosts use, for example `server 0.asia.pool.ntp.org iburst` (one line per server) or `pool asia.pool.ntp.org iburst`, or `server <the cluster's time server> iburst`.",
    references: [
      'ntp-4.2 confopt.html "Server Commands": server, pool, peer (hadoop-zookeeper-facts.md e.2)',
      "chrony.conf.adoc (mlichvar/chrony 8f2db839) L61-111, L385-419: server, pool, peer (hadoop-zookeeper-facts.md e.3)",
      "hadoop-zookeeper-facts.md e.1, e.4"
    ]
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (f.kind !== "ntp.conf" && f.kind !== "chrony.conf") continue;
      if (!hasNoSource(f.time)) continue;
      const daemon = f.kind === "ntp.conf" ? "ntpd" : "chronyd";
      report({
        span: f.start,
        message: `${f.kind} has no server, pool or peer line, so ${daemon} has no time source`
      });
    }
  }
});

// rules/ntp/source-drift.ts
var source_drift_default = defineRule({
  meta: {
    id: "ntp/source-drift",
    severity: "warning",
    description: "Hosts take their time from different upstream sources",
    rationale: "What matters in a cluster is that the hosts agree with each other: Kerberos rejects more than 300 s of skew, HBase more than 30 s. Hosts that follow the same sources stay within milliseconds of each other; a host that follows other servers (a distribution default left in place, a typo, a server of another site) drifts on its own and nobody notices until a ticket or token is rejected.\n\nhacheck compares the upstream sources of the hosts' `ntp.conf` / `chrony.conf` and reports the configurations that differ from the one most hosts use. Sources that are hosts of the cluster itself are not upstream: a host that only follows another cluster host (for example every host follows `server1`, which follows the pool) uses the cluster's own time server, a recommended design, and is not compared; only the hosts that reach outside the cluster must agree. Reference clocks (127.127.x.x) are local fallbacks and are not compared either. The numbered names of one pool zone (`0.asia.pool.ntp.org` to `3.asia.pool.ntp.org`) count as one source.",
    fix: "Give every host that synchronises with the outside the same `server` / `pool` lines, or point the hosts at one internal time server that follows those sources.",
    references: [
      "hadoop-zookeeper-facts.md e.4: every host should reference the same upstream set (or one internal server that the others use)",
      "hadoop-zookeeper-facts.md e.1: Kerberos clockskew 300 s, HBase maxclockskew 30000 ms",
      "hadoop-zookeeper-facts.md f #17: the seed sets the same four asia.pool.ntp.org servers on every host"
    ]
  },
  check(cluster, report) {
    const inCluster = new MachineIndex();
    for (const h of cluster.hosts) inCluster.add(h.name, h);
    const byFile = /* @__PURE__ */ new Map();
    for (const host of cluster.hosts) {
      const file = host.time;
      if (!file) continue;
      const known = byFile.get(file.hash);
      if (known) {
        known.hosts.push(host.name);
        continue;
      }
      const upstream = timeSources(file.time).filter((s) => !isReferenceClock(s.address.value) && !inCluster.find(s.address.value));
      const key = [...new Set(upstream.map((s) => sourceKey(s.address.value)))].sort().join(", ");
      byFile.set(file.hash, { file, hosts: [host.name], upstream, key });
    }
    const compared = [...byFile.values()].filter((c) => c.upstream.length > 0);
    const groups = weightedGroups(compared, (c) => c.key, (c) => c.hosts.length);
    if (groups.length < 2) return;
    const total = groups.reduce((n, g) => n + g.weight, 0);
    const major = groups[0];
    const majorConfig = major.items[0];
    for (const g of groups.slice(1)) {
      for (const c of g.items) {
        const first = c.upstream[0];
        report({
          span: first.address.span,
          message: `${quote(c.hosts[0])} takes its time from ${quote(c.key)} but ${major.weight} of ${total} hosts take it from ${quote(major.key)}`,
          related: [{ span: majorConfig.upstream[0].address.span, message: `${quote(majorConfig.hosts[0])} takes its time from ${quote(major.key)}` }]
        });
      }
    }
  }
});

// rules/syntax/binary-file.ts
var binary_file_default = defineRule({
  meta: {
    id: "syntax/binary-file",
    severity: "error",
    description: "A recognised configuration file holds NUL bytes: it is binary or was zero-filled, so it is not checked",
    rationale: 'No configuration file hacheck reads may hold a NUL character: XML 1.0 forbids U+0000, so Java\'s XML parser refuses a site file with "An invalid XML character (Unicode: 0x0) was found"; in zoo.cfg, myid and server.properties a NUL becomes part of a key or value (`Long.parseLong` then fails on a myid of "1\\0"). NUL bytes mean the file is not text: a binary file copied under a configuration name, or a file whose blocks a crash or a full disk left zero-filled. Like Git, hacheck calls a file with a NUL byte binary; it reports the first NUL and does not parse the file, since a parse of binary data yields only noise. No other rule sees the file, so the cluster is not checked completely while it is there.',
    fix: "Restore the file from a good copy (another host, version control), or remove it.",
    references: [
      "XML 1.0 (Fifth Edition) section 2.2 Characters: Char excludes #x0",
      "git: buffer_is_binary() treats a NUL in the first 8000 bytes as binary (xdiff-interface.c)"
    ]
  },
  check(cluster, report) {
    for (const f of cluster.unchecked) {
      if (f.reason !== "binary") continue;
      report({ span: f.span, message: `${f.kind} holds a NUL byte, so it is binary or zero-filled and is not checked` });
    }
  }
});

// rules/syntax/file-too-large.ts
function size(bytes) {
  const mib = bytes / (1024 * 1024);
  if (mib < 1) return `${bytes} bytes`;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB (${bytes} bytes)`;
}
var file_too_large_default = defineRule({
  meta: {
    id: "syntax/file-too-large",
    severity: "error",
    description: "A recognised configuration file is larger than hacheck reads, so it is not checked",
    rationale: `hacheck does not read a file larger than ${DEFAULT_MAX_FILE_SIZE / (1024 * 1024)} MiB (the \`maxFileSize\` setting of the configuration file changes the limit). Hand-written configuration files are a few kilobytes: the largest file Hadoop itself ships, 3.4.1's hdfs-default.xml, is 229,687 bytes. A file far larger is usually not what its name says (a log, a dump, a file a template engine looped on), and reading it would make a lint slow and memory-hungry. The file is reported instead of skipped silently, because no other rule sees what it holds: a cluster is not checked completely while it is there.`,
    fix: "Find out why the file is so large and replace it with the real configuration. If it is genuine, raise `maxFileSize` (in bytes) in the hacheck configuration file, or add its path to `ignore`.",
    references: ["hadoop-hdfs hdfs-default.xml (3.4.1): 229,687 bytes, the largest upstream default file"]
  },
  check(cluster, report) {
    for (const f of cluster.unchecked) {
      if (f.reason !== "too-large") continue;
      report({ span: f.span, message: `${f.kind} is ${size(f.size)}, over the ${size(cluster.maxFileSize)} hacheck reads, so it is not checked` });
    }
  }
});

// src/engine/suppress.ts
var import_fastest_levenshtein8 = __toESM(require_mod(), 1);
var UNUSED_SUPPRESSION = "syntax/unused-suppression";
function usageKey(file, index, id) {
  return `${file.hash}\0${index}\0${id}`;
}
function suggestRuleId(id, ids) {
  const typed = id.toLowerCase();
  const comparable2 = (x) => typed.includes("/") ? x : x.slice(x.indexOf("/") + 1);
  let best;
  let bestDistance = Infinity;
  for (const x of ids) {
    const d = (0, import_fastest_levenshtein8.distance)(typed, comparable2(x));
    if (d < bestDistance) {
      best = x;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 5)) ? best : void 0;
}
function directivesByPath(cluster) {
  const byPath = /* @__PURE__ */ new Map();
  for (const file of [...cluster.files, ...cluster.definitions]) {
    file.suppressions.forEach((s, index) => {
      if (s.kind === "malformed") return;
      const list = byPath.get(file.path) ?? [];
      list.push({ file, index, directive: s });
      byPath.set(file.path, list);
    });
  }
  return byPath;
}
function suppress(cluster, findings) {
  const byPath = directivesByPath(cluster);
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    let by;
    for (const p of byPath.get(finding.span.file) ?? []) {
      const d = p.directive;
      if (d.kind === "next-line" && d.line !== finding.span.line) continue;
      const id = d.ruleIds.length === 0 ? "" : d.ruleIds.some((r) => r.value === finding.ruleId) ? finding.ruleId : void 0;
      if (id === void 0) continue;
      used.add(usageKey(p.file, p.index, id));
      by ??= d;
    }
    if (by) suppressed.push({ finding, by });
    else kept.push(finding);
  }
  return { kept, suppressed, used };
}
function where(d) {
  return d.kind === "next-line" ? `on line ${d.line}` : "in this file";
}
function directiveProblems(cluster, used, options) {
  const known = options.rules.map((r) => r.meta.id);
  const ran = new Set(options.ran);
  const everyRuleRan = known.every((id) => ran.has(id));
  const problems = [];
  for (const file of [...cluster.distinctFiles, ...cluster.definitions]) {
    file.suppressions.forEach((d, index) => {
      if (d.kind === "malformed") {
        problems.push([d.span, `Malformed suppression: ${d.problem}`]);
        return;
      }
      if (d.ruleIds.length === 0) {
        if (everyRuleRan && !used.has(usageKey(file, index, ""))) {
          problems.push([d.span, `Suppression of every rule matches no finding ${where(d)}`]);
        }
        return;
      }
      for (const id of d.ruleIds) {
        if (id.value === UNUSED_SUPPRESSION) {
          problems.push([id.span, `${quote(id.value)} cannot be suppressed by a comment`]);
        } else if (!known.includes(id.value)) {
          const hint = suggestRuleId(id.value, known);
          problems.push([id.span, `${quote(id.value)} is not a hacheck rule${hint ? `; did you mean ${quote(hint)}` : ""}`]);
        } else if (ran.has(id.value) && !used.has(usageKey(file, index, id.value))) {
          problems.push([id.span, `Suppression of ${quote(id.value)} matches no finding ${where(d)}`]);
        }
      }
    });
  }
  return problems;
}
function applySuppressions(cluster, findings, options) {
  const { kept, suppressed, used } = suppress(cluster, findings);
  if (!options.ran.includes(UNUSED_SUPPRESSION)) return { findings: kept, suppressed };
  const meta = options.rules.find((r) => r.meta.id === UNUSED_SUPPRESSION)?.meta;
  const setting = options.severities?.[UNUSED_SUPPRESSION] ?? meta?.severity ?? "warning";
  const severity = setting === "off" ? "warning" : setting;
  for (const [span, message] of directiveProblems(cluster, used, options)) {
    kept.push({ ruleId: UNUSED_SUPPRESSION, severity, message, span, related: [], docsUrl: docsUrl(UNUSED_SUPPRESSION) });
  }
  return { findings: kept, suppressed };
}

// rules/syntax/unused-suppression.ts
var unused_suppression_default = defineRule({
  meta: {
    id: UNUSED_SUPPRESSION,
    severity: "warning",
    description: "A hacheck-disable comment suppresses no finding, names an unknown rule or does not parse",
    rationale: "A suppression comment (`hacheck-disable-next-line` or `hacheck-disable-file`, see the README) hides findings on purpose. One that hides nothing is a stale exception: the problem it excused was fixed or moved, and the comment now only waits to hide a new problem on that line. A misspelt rule id or a malformed directive suppresses nothing either, while its author believes it does.\n\nA directive whose rules did not run (`--rule`, or a rule turned off) is not reported as unused: a full run may need it. Identical copies of a file count as one directive, reported at the first copy.\n\nThis rule needs what the other rules found, so the engine reports it after they ran (src/engine/suppress.ts); selecting or turning off the rule decides whether it is reported.",
    fix: "Delete the comment when nothing needs suppressing, or move a `hacheck-disable-next-line` comment to the line directly above the reported line. Correct a misspelt rule id (`hacheck --list-rules` lists them), separate several ids with commas, and in XML write the reason after ` - `: XML forbids `--` in a comment.",
    references: [
      "ESLint: --report-unused-disable-directives and disable comments (https://eslint.org/docs/latest/use/configure/rules#disabling-rules)",
      `Extensible Markup Language (XML) 1.0, section 2.5 Comments: "the string '--' (double-hyphen) MUST NOT occur within comments"`
    ]
  },
  // The findings come from the engine step that applies suppressions, not from the model.
  check() {
  }
});

// rules/syntax/xinclude-not-followed.ts
var OUTSIDE = {
  url: "is a URL",
  absolute: "is an absolute path",
  parent: "climbs out of the linted directory",
  link: "leads out of the linted directory through a symbolic link"
};
var xinclude_not_followed_default = defineRule({
  meta: {
    id: "syntax/xinclude-not-followed",
    severity: "warning",
    description: "An xi:include of a site file names a file hacheck does not read, so the properties it brings in are not checked",
    rationale: "Hadoop's `Configuration` follows `<xi:include href=\"...\"/>` wherever the href points: a file next to the site file, an absolute path, or a URL (Hadoop 3 tries the classpath, then a URL, then a file; Hadoop 2 lets the JDK's XInclude processor fetch it). hacheck reads only the directory it is given, so it never opens an include that is a URL, an absolute path, a relative path that climbs out with `..`, or a symbolic link that leads out, and does not read an included file that is not a regular file, is larger than the size limit, or holds NUL bytes. It also stops following includes nested more than 8 deep or more than 64 from one site file. The properties such a file sets (often the HA keys) are then not checked, and a broken cluster can pass: the finding says so.",
    fix: "Lint a directory that holds the included file too and use a relative href, as Hadoop resolves it against the including file. When the file is deliberately kept elsewhere, suppress the finding with `<!-- hacheck-disable-next-line syntax/xinclude-not-followed -->` above the include.",
    references: [
      "hadoop-common Configuration.java (Hadoop 3.2.1) L3175-3250 (handleInclude: classpath resource, then new URL(href), then a file relative to the resource)",
      "hadoop-common Configuration.java (Hadoop 2.7.3) L2521-2523 (setXIncludeAware(true): the JDK resolves the href as a URI against the file)"
    ]
  },
  check(cluster, report) {
    const unchecked = "so the properties Hadoop would include from it are not checked";
    for (const f of cluster.distinctFiles) {
      if (!("xinclude" in f) || !f.xinclude) continue;
      for (const { href, span, outcome } of f.xinclude.includes) {
        if (outcome.kind === "outside") {
          report({ span, message: `the href ${quote(href)} ${OUTSIDE[outcome.why]}; hacheck reads only files inside the linted directory, ${unchecked}` });
        } else if (outcome.kind === "unreadable") {
          report({ span, message: `the included file ${quote(outcome.path)} was not read (${outcome.reason}), ${unchecked}` });
        } else if (outcome.kind === "limit") {
          const where2 = outcome.what === "depth" ? `it is nested more than ${outcome.limit} includes deep` : `more than ${outcome.limit} includes were followed from ${f.kind}`;
          report({ span, message: `hacheck does not follow ${quote(href)}: ${where2}, ${unchecked}` });
        }
      }
    }
  }
});

// rules/syntax/xinclude-unresolved.ts
var xinclude_unresolved_default = defineRule({
  meta: {
    id: "syntax/xinclude-unresolved",
    severity: "error",
    description: "An xi:include of a site file names no file and has no xi:fallback, includes itself, or brings in a file that is not valid",
    rationale: "Hadoop's `Configuration` follows `<xi:include href=\"...\"/>` (namespace `http://www.w3.org/2001/XInclude`): the named file is parsed and its properties take the include's place, so HA keys often live in a file such as `hdfs-ha.xml` that `hdfs-site.xml` includes. When the href names no file, Hadoop uses the `<xi:fallback>` child; without one it refuses the whole configuration and no daemon or client that loads it starts. Hadoop 3 resolves the include in `Configuration.Parser.handleInclude`: a relative href that is not on the classpath and is not a URL is taken relative to the including resource; when that file does not exist the include is marked as failed, and the end of the `<include>` element without a `<fallback>` throws \"Fetch fail on include for '<href>' with no fallback while loading '<resource>'\". An included file that is not well-formed XML fails the parse as the site file itself would, and a file that includes itself recurses until the stack overflows. Hadoop 2 parses with the JDK's DOM parser made XInclude-aware (`setXIncludeAware(true)`): a missing file without fallback is the fatal error \"An 'include' failed, and no 'fallback' element was found.\", a file included from itself is refused as a recursive include (the `RecursiveInclude` error of the JDK's XIncludeHandler), and `loadResource` rethrows either as a `RuntimeException`. hacheck follows includes inside the linted directory, relative to the including file, and reports these failures at the `<xi:include>` element.",
    fix: "Put the included file where the href says (next to the including file for a relative href), correct the href, or add an `<xi:fallback/>` child to make the include optional. Break an include cycle. Correct the included file's XML at the line the note points to.",
    references: [
      'hadoop-common Configuration.java (Hadoop 3.2.1) L3133-3138 (handleStartElement: "include", "fallback"), L3175-3250 (handleInclude: classpath, URL, then a file relative to the resource; missing file sets fallbackAllowed), L3269-3276 (end of include: "Fetch fail on include ... with no fallback"), L3287 (fallback properties used only when the include failed)',
      "hadoop-common Configuration.java (Hadoop 2.7.3) L2521-2523 (setNamespaceAware, setXIncludeAware(true)), L2583-2586 (an included <configuration> is read in place), L2643-2645 (SAXException rethrown as RuntimeException)",
      `JDK XIncludeHandler (java.xml): message NoFallback "An 'include' failed, and no 'fallback' element was found." (as Xerces prints it), message RecursiveInclude`
    ],
    upstreamMessage: "Fetch fail on include for '<href>' with no fallback while loading '<resource>' (Hadoop 3); An 'include' failed, and no 'fallback' element was found. (Hadoop 2)"
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!("xinclude" in f) || !f.xinclude) continue;
      const refused = `so Hadoop cannot load ${f.kind}`;
      for (const { href, span, outcome } of f.xinclude.includes) {
        if (outcome.kind === "missing") {
          report({ span, message: `the included file ${quote(href)} does not exist (looked for ${quote(outcome.path)}) and the xi:include has no xi:fallback, ${refused}` });
        } else if (outcome.kind === "cycle") {
          report({ span, message: `the included file ${quote(href)} is already being included (${outcome.chain.join(" -> ")}), ${refused}` });
        } else if (outcome.kind === "invalid") {
          report({
            span,
            message: `the included file ${quote(outcome.path)} is not valid: ${outcome.problem.message}, ${refused}`,
            related: [{ span: outcome.problem.span, message: "the included file is not valid here" }]
          });
        }
      }
    }
  }
});

// rules/syntax/xml-element-depth.ts
var xml_element_depth_default = defineRule({
  meta: {
    id: "syntax/xml-element-depth",
    severity: "error",
    description: "Elements of a site file nest deeper than Woodstox, the XML parser of Hadoop 3, accepts",
    rationale: 'Hadoop 3 `Configuration` reads site files with Woodstox, whose default `ReaderConfig` refuses an element nested more than 1,000 levels deep: "Maximum Element Depth limit (1000) Exceeded". `Configuration` rethrows the error and no daemon or client that loads the file starts. The JDK `DocumentBuilder` of Hadoop 2 has no depth limit, so the rule applies to Hadoop 3 only. hacheck itself reads files of any depth: it skips the elements below `<property>`\'s children, which `Configuration` does not read, in one pass.',
    fix: "Remove the nested elements: a site file needs only `<configuration>`, `<property>` and the `<name>`, `<value>`, `<final>`, `<description>` inside it.",
    references: [
      "Woodstox ReaderConfig: DEFAULT_MAX_ELEMENT_DEPTH = 1000 (measured with woodstox-core 6.5.1: 1,000 levels read, 1,001 refused)",
      "hadoop-common Configuration.java (3.x) parse: WstxInputFactory.createPrivateConfig(), depth limit unchanged"
    ],
    upstreamMessage: "Maximum Element Depth limit (1000) Exceeded"
  },
  check(cluster, report) {
    const v = cluster.hadoopVersion;
    if (v.major < 3) return;
    for (const f of cluster.distinctFiles) {
      if (!("xml" in f) || !f.xml.tooDeep) continue;
      const d = f.xml.tooDeep;
      report({
        span: d.span,
        message: `<${shorten(d.element, 60)}> is element level ${String(d.depth).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}, deeper than Woodstox, Hadoop 3's XML parser, accepts (1,000), so Hadoop cannot load ${f.kind}${assumedNote(v)}`
      });
    }
  }
});

// rules/syntax/xml-entity-expansion.ts
var grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
var xml_entity_expansion_default = defineRule({
  meta: {
    id: "syntax/xml-entity-expansion",
    severity: "error",
    description: "The entities of a site file expand beyond the limits of the Java XML parsers Hadoop reads it with",
    rationale: 'A DOCTYPE may declare entities whose values reference other entities, so a few lines can stand for billions of expansions ("billion laughs"). Java\'s XML parsers count the expansions and stop: the JDK parser (`DocumentBuilder`, which Hadoop 2 `Configuration` uses) after 64,000 with "JAXP00010001: The parser has encountered more than "64000" entity expansions in this document; this is the limit imposed by the JDK.", Woodstox (Hadoop 3) after 100,000 with "Maximum entity expansion count limit (100000) exceeded". Between the two limits only a Hadoop 2 cluster fails (reported when the cluster is Hadoop 2); above 100,000 both refuse the file, `Configuration` rethrows the error and no daemon or client that loads it starts. The JDK also stops when the expanded text passes 50,000,000 characters ("JAXP00010004: The accumulated size of entities ... exceeded the "50,000,000" limit"), and Woodstox when entities nest more than 500 deep ("Maximum entity expansion depth limit (500) exceeded"). hacheck computes these numbers without expanding anything, reports the reference that crosses the limit, and then reads no property of the file.',
    fix: "Write the values out instead of nesting entities, or remove the DOCTYPE: Hadoop site files need no entities.",
    references: [
      "JDK XMLSecurityManager: entityExpansionLimit 64000, totalEntitySizeLimit 50000000 (java.xml, JDK 17; measured with DocumentBuilder)",
      "Woodstox ReaderConfig: DEFAULT_MAX_ENTITY_COUNT = 100 * 1000, DEFAULT_MAX_ENTITY_DEPTH = 500 (measured with woodstox-core 6.5.1)",
      "hadoop-common Configuration.java loadResource: XML parse errors are rethrown as RuntimeException"
    ],
    upstreamMessage: 'JAXP00010001: The parser has encountered more than "64000" entity expansions in this document; this is the limit imposed by the JDK.; Woodstox: Maximum entity expansion count limit (100000) exceeded'
  },
  check(cluster, report) {
    const v = cluster.hadoopVersion;
    for (const f of cluster.distinctFiles) {
      if (!("xml" in f) || !f.xml.expansion) continue;
      const e = f.xml.expansion;
      const ref = `&${shorten(e.entity, 60)};`;
      if (e.kind === "count") {
        report({
          span: e.span,
          message: `with this ${ref} the document needs ${grouped(e.amount)} entity expansions, more than Java's XML parsers allow (JDK: 64,000; Woodstox: 100,000), so Hadoop cannot load ${f.kind}`
        });
      } else if (e.kind === "size") {
        report({
          span: e.span,
          message: `with this ${ref} the entities of the document expand to ${grouped(e.amount)} characters, more than the JDK's XML parser allows (50,000,000) and more than hacheck expands, so no value of ${f.kind} is checked`
        });
      } else if (e.kind === "jdk-count") {
        if (v.major === 2) {
          report({
            span: e.span,
            message: `with this ${ref} the document needs ${grouped(e.amount)} entity expansions, more than the JDK's XML parser, which Hadoop 2 uses, allows (64,000), so Hadoop cannot load ${f.kind}${assumedNote(v)}`
          });
        }
      } else if (v.major >= 3) {
        report({
          span: e.span,
          message: `${ref} nests entities ${grouped(e.amount)} deep, more than Woodstox, Hadoop 3's XML parser, allows (500), so Hadoop cannot load ${f.kind}${assumedNote(v)}`
        });
      }
    }
  }
});

// rules/syntax/xml-external-entity.ts
var outsideTheDirectory = (systemId) => /^[A-Za-z][A-Za-z0-9+.-]+:|^[/\\]/.test(systemId);
var xml_external_entity_default = defineRule({
  meta: {
    id: "syntax/xml-external-entity",
    severity: "warning",
    description: "A site file declares an external entity, whose value comes from a file hacheck does not read",
    rationale: '`<!ENTITY x SYSTEM "file:///etc/hadoop/secret">` makes every `&x;` stand for the content of that file. Hadoop reads it: the JDK parser of Hadoop 2 and Woodstox in Hadoop 3 both resolve external entities by default, and fail to load the site file when the entity file is missing. hacheck reads only the files of the linted directory and never opens the entity\'s file, so the values that use the entity are not checked (they are read with `&x;` left as written). External entities are also the classic XXE injection vector.',
    fix: "Write the value into the site file, or move it to a file Hadoop reads by design (for secrets, a credential provider: `hadoop.security.credential.provider.path`).",
    references: [
      "hadoop-common Configuration.java (3.x) parse: WstxInputFactory with its default ReaderConfig (external entities supported)",
      "hadoop-common Configuration.java (2.x) loadResource: DocumentBuilderFactory.newInstance() with default features (external entities resolved)"
    ]
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!("xml" in f)) continue;
      for (const e of f.xml.externalEntities ?? []) {
        const where2 = outsideTheDirectory(e.systemId) ? "a file outside the linted directory" : "a file";
        report({
          span: e.span,
          message: e.parameter ? `%${shorten(e.name, 60)}; is an external parameter entity: its declarations come from ${quote(e.systemId)}, ${where2} that hacheck does not read, so entities it declares are not expanded` : `&${shorten(e.name, 60)}; is an external entity: its value comes from ${quote(e.systemId)}, ${where2} that hacheck does not read, so values that use &${shorten(e.name, 60)}; are not checked`
        });
      }
    }
  }
});

// rules/syntax/xml-malformed.ts
var xml_malformed_default = defineRule({
  meta: {
    id: "syntax/xml-malformed",
    severity: "error",
    description: "A Hadoop site file is not well-formed XML or has no <configuration> root",
    rationale: "Hadoop's `Configuration` parses every site file when a daemon or client starts. A file that is not well-formed XML stops the process with a `RuntimeException` naming the file, so no daemon on that host starts. hacheck reads none of its properties either, so other rules cannot check it.",
    fix: "Correct the XML at the reported line and column: close every tag, escape `&` as `&amp;` and `<` as `&lt;`, declare every entity a value references (`&nbsp;` is HTML, not XML: write the character or `&#160;`), and keep exactly one `<configuration>` root element.",
    references: [
      "hadoop-common Configuration.java (3.4.1) loadResource: parse errors are rethrown as RuntimeException",
      'XML 1.0 section 4.1, WFC: Entity Declared and WFC: No Recursion (JDK: "The entity "x" was referenced, but not declared.", "Recursive entity reference"; Woodstox: "Undeclared general entity", "entity ... expands itself recursively")'
    ]
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (!("xml" in f) || !f.xml.problem) continue;
      report({ span: f.xml.problem.span, message: `${f.kind} is not valid: ${f.xml.problem.message}` });
    }
  }
});

// rules/yarn/aux-services-shuffle.ts
var SHUFFLE = "mapreduce_shuffle";
var SHUFFLE_CLASS = "org.apache.hadoop.mapred.ShuffleHandler";
var SERVICE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function nodeManagerConf(cluster, conf) {
  return yarnConfLoadedBy(cluster, conf, "NodeManager");
}
var aux_services_shuffle_default = defineRule({
  meta: {
    id: "yarn/aux-services-shuffle",
    severity: "error",
    description: "MapReduce runs on YARN but yarn.nodemanager.aux-services lacks mapreduce_shuffle, names an invalid service, or its class is misspelt",
    rationale: 'Reduce tasks fetch map output from the `mapreduce_shuffle` auxiliary service of each NodeManager. `yarn.nodemanager.aux-services` is empty by default, so a cluster with `mapreduce.framework.name=yarn` must list `mapreduce_shuffle` there (its class, `yarn.nodemanager.aux-services.mapreduce_shuffle.class`, defaults to `org.apache.hadoop.mapred.ShuffleHandler`); without it jobs fail at the first reduce with "InvalidAuxServiceException: The auxService:mapreduce_shuffle do not exist". A service name may only hold letters, digits and `_` and not start with a digit: the Hadoop 2.0/2.1 name `mapreduce.shuffle` stops the NodeManager ("The ServiceName: mapreduce.shuffle set in yarn.nodemanager.aux-services is invalid"), and a misspelt class stops it too.',
    fix: "In yarn-site.xml of every NodeManager host set `yarn.nodemanager.aux-services` to `mapreduce_shuffle` (plus any other services, comma-separated) and leave its class at `org.apache.hadoop.mapred.ShuffleHandler`.",
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configuring the Hadoop Daemons", yarn-site.xml: yarn.nodemanager.aux-services = mapreduce_shuffle',
      "yarn-default.xml (2.7.7) L1162 (empty default, name rule), L1271 (ShuffleHandler); (3.4.1) L2482, L2723",
      'AuxServices.java (Hadoop 2.7.x) serviceInit: "The ServiceName: <name> set in yarn.nodemanager.aux-services is invalid.The valid service name should only contain a-zA-Z0-9_ and can not start with numbers"'
    ],
    upstreamMessage: "InvalidAuxServiceException: The auxService:mapreduce_shuffle do not exist"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.yarnSite) continue;
      const aux = conf.effective["yarn.nodemanager.aux-services"];
      const auxUsable = aux && aux.unresolved.length === 0;
      const names = auxUsable ? splitLocated(locatedValue(aux), ",").map(trimLocated).filter((n) => n.value !== "") : [];
      for (const n of names) {
        if (SERVICE_NAME.test(n.value)) continue;
        once({
          span: n.span,
          message: `${quote(n.value)} in yarn.nodemanager.aux-services is not a valid service name (letters, digits and _, not starting with a digit), so the NodeManager does not start` + (n.value.replace(/\W/g, "_") === SHUFFLE ? `; the MapReduce shuffle is ${quote(SHUFFLE)}` : "")
        });
      }
      const cls = conf.effective[`yarn.nodemanager.aux-services.${SHUFFLE}.class`];
      if (cls && cls.unresolved.length === 0 && cls.value !== SHUFFLE_CLASS && didYouMean(cls.value, [SHUFFLE_CLASS]) !== void 0) {
        once({ span: valueSpan(cls), message: `${quote(cls.value)} is not the shuffle class ${quote(SHUFFLE_CLASS)}` });
      }
      const framework = runsMapReduceOnYarn(conf);
      if (!framework || aux && !auxUsable || names.some((n) => n.value === SHUFFLE) || !nodeManagerConf(cluster, conf)) continue;
      if (names.some((n) => n.value.replace(/\W/g, "_") === SHUFFLE)) continue;
      once(aux ? {
        span: valueSpan(aux),
        message: `yarn.nodemanager.aux-services is ${quote(aux.value)}, without ${SHUFFLE}, but MapReduce runs on YARN`,
        related: [{ span: valueSpan(framework), message: 'mapreduce.framework.name is "yarn" here' }]
      } : {
        span: valueSpan(framework),
        message: `MapReduce runs on YARN but yarn.nodemanager.aux-services does not list ${SHUFFLE}, so reduce tasks cannot fetch map output`,
        related: [{ span: conf.yarnSite.start, message: "this yarn-site.xml does not set yarn.nodemanager.aux-services" }]
      });
    }
  }
});

// rules/yarn/jobhistory-address.ts
var KEYS2 = ["mapreduce.jobhistory.address", "mapreduce.jobhistory.webapp.address"];
function isLoopback2(host) {
  return host === "localhost" || host.startsWith("127.") || host === "::1" || host === "[::1]";
}
var jobhistory_address_default = defineRule({
  meta: {
    id: "yarn/jobhistory-address",
    severity: "warning",
    description: "A JobHistory address names a wildcard or loopback host in a multi-host cluster, or its RPC and web addresses name different hosts",
    rationale: "One JobHistoryServer serves the history of finished MapReduce jobs. Its RPC address (`mapreduce.jobhistory.address`, default `0.0.0.0:10020`) is also what job clients and ApplicationMasters on every host connect to, and the ResourceManager links finished jobs to its web address (`mapreduce.jobhistory.webapp.address`, default `0.0.0.0:19888`). Set to `0.0.0.0` or `localhost`, a client on any other host connects to itself and finds no history server; set to two different hosts, one of the two addresses points where no JobHistoryServer runs. The defaults themselves are not reported: a cluster may run no JobHistoryServer.",
    fix: "Set both addresses to the host that runs `mr-jobhistory-daemon.sh start historyserver` (3.x: `mapred --daemon start historyserver`), for example `jhs1:10020` and `jhs1:19888`.",
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configurations for MapReduce JobHistory Server": mapreduce.jobhistory.address, mapreduce.jobhistory.webapp.address',
      "mapred-default.xml (2.7.7) L2012, L2018; (3.4.1) L1838, L1844"
    ]
  },
  check(cluster, report) {
    if (!clusterRunsYarn(cluster)) return;
    const once = reportOnce(report);
    const multiHost = cluster.hosts.length > 1;
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.mapred) continue;
      const addresses = [];
      for (const key of KEYS2) {
        const p = conf.mapred.effective[key];
        if (!p || p.value === "" || p.unresolved.length > 0 || p.file.kind !== "mapred-site.xml") continue;
        const a = parseAddress(p);
        if (a.host && a.host.value !== "") addresses.push({ key, a });
      }
      for (const { key, a } of addresses) {
        const host = a.host.value;
        if (multiHost && (isWildcard(host) || isLoopback2(host))) {
          once({
            span: a.host.span,
            message: `${key} is ${quote(a.property.value)}, which clients on the other hosts cannot reach`
          });
        }
      }
      const named = addresses.filter(({ a }) => !isWildcard(a.host.value) && !isLoopback2(a.host.value));
      if (named.length === 2 && !sameHost(named[0].a.host.value, named[1].a.host.value)) {
        const [rpc, web] = named;
        once({
          span: web.a.host.span,
          message: `${web.key} names ${quote(web.a.host.value)} but mapreduce.jobhistory.address names ${quote(rpc.a.host.value)}; one JobHistoryServer serves both`,
          related: [{ span: valueSpan(rpc.a.property), message: `mapreduce.jobhistory.address is ${quote(rpc.a.property.value)}` }]
        });
      }
    }
  }
});

// rules/yarn/mapred-contradicts-yarn.ts
var mapred_contradicts_yarn_default = defineRule({
  meta: {
    id: "yarn/mapred-contradicts-yarn",
    severity: "warning",
    description: "mapred-site.xml sets a yarn.* property to a value other than yarn-site.xml gives it",
    rationale: "The ResourceManager and NodeManagers read core-site.xml and yarn-site.xml. MapReduce clients and ApplicationMasters load mapred-site.xml and then yarn-site.xml (JobConf adds mapred-default, mapred-site, yarn-default, yarn-site in that order), so for them too a `yarn.*` key of yarn-site.xml overrides the one in mapred-site.xml. A `yarn.*` key written in mapred-site.xml with another value than yarn-site.xml is therefore dead text that says the opposite of what the cluster does; it usually means one of the two files was edited and the other forgotten, and whoever reads mapred-site.xml is misled.",
    fix: "Set YARN properties only in yarn-site.xml, and delete the copy in mapred-site.xml.",
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configuring the Hadoop Daemons": yarn-site.xml for the ResourceManager and NodeManager, mapred-site.xml for MapReduce',
      "ConfigUtil.loadResources (hadoop-mapreduce-client-core, Hadoop 2.x): mapred-default.xml, mapred-site.xml, yarn-default.xml, yarn-site.xml"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.mapredSite || !conf.yarnSite || !conf.mapred) continue;
      const inMapred = /* @__PURE__ */ new Map();
      for (const d of conf.mapred.definitions) {
        if (d.file !== conf.mapredSite || !d.name.startsWith("yarn.") || inMapred.get(d.name)?.prop.final) continue;
        inMapred.set(d.name, d);
      }
      for (const [name, m] of inMapred) {
        const y = conf.effective[name];
        if (!y || y.file !== conf.yarnSite || m.prop.final || m.unresolved.length > 0 || y.unresolved.length > 0 || y.value === m.value) continue;
        once({
          span: valueSpan(m),
          message: `${name} is ${quote(m.value)} in mapred-site.xml but ${quote(y.value)} in yarn-site.xml, which wins`,
          related: [{ span: valueSpan(y), message: `yarn-site.xml sets ${quote(y.value)}` }]
        });
      }
    }
  }
});

// src/rules-support/yarn-without-mapred-site.ts
var SHUFFLE2 = "mapreduce_shuffle";
function mapReduceShuffleWithoutMapredSite(cluster) {
  if (cluster.files.some((f) => f.kind === "mapred-site.xml") || cluster.unchecked.some((f) => f.kind === "mapred-site.xml")) return [];
  const out = [];
  for (const conf of yarnConfsByPath(cluster)) {
    if (!conf.yarnSite || conf.yarnSite.xml.problem) continue;
    const rm = conf.yarn.resourceManagers.find((r) => r.hostname ?? Object.values(r.addresses)[0]);
    if (!rm && !conf.yarn.haEnabled) continue;
    const aux = conf.effective["yarn.nodemanager.aux-services"];
    if (!aux || aux.unresolved.length > 0) continue;
    const shuffle = listItems(aux, cluster.hadoopVersion).find((i) => i.value === SHUFFLE2);
    if (!shuffle) continue;
    const rmKey = rm?.hostname ?? (rm ? Object.values(rm.addresses)[0].property : conf.yarn.haEnabledProperty);
    out.push({ span: shuffle.span, related: rmKey ? [{ span: rmKey.prop.name.span, message: `${rmKey.name} configures the ResourceManager` }] : [] });
  }
  return out;
}

// rules/yarn/mapreduce-framework-name.ts
var mapreduce_framework_name_default = defineRule({
  meta: {
    id: "yarn/mapreduce-framework-name",
    severity: "warning",
    description: "A cluster runs YARN but its mapred-site.xml does not set mapreduce.framework.name to yarn",
    rationale: '`mapreduce.framework.name` picks where a MapReduce job runs: `yarn` submits it to the ResourceManager, `local` (the default) runs it inside the client JVM with the LocalJobRunner, and `classic` was the Hadoop 1 JobTracker. The client compares the value exactly. Unset (or `local`), jobs of a cluster set up for YARN run on the machine that submits them, never reaching the NodeManagers or the JobHistoryServer; any other value (`Yarn`, `yarn-cluster`) matches no provider and job submission fails ("Cannot initialize Cluster. Please check your configuration for mapreduce.framework.name and the correspond server addresses.").\n\nhacheck reports it only when the directory configures a ResourceManager, so the empty mapred-site.xml that Hadoop 3 ships in an HDFS-only cluster is not a finding.\n\nA cluster with no mapred-site.xml at all is the same mistake: the default `local` applies. It is reported (at the `mapreduce_shuffle` entry of `yarn.nodemanager.aux-services`) only when the NodeManagers run the MapReduce shuffle service, which only MapReduce uses: a YARN cluster that runs Spark alone needs no mapred-site.xml and lists no `mapreduce_shuffle`, so it stays silent.',
    fix: "Set `mapreduce.framework.name` to `yarn` in mapred-site.xml on every host that submits jobs.",
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configuring the Hadoop Daemons", mapred-site.xml: mapreduce.framework.name = yarn',
      'mapred-default.xml (2.7.7) L1637, (3.4.1) L1363: mapreduce.framework.name, default "local", "Can be one of local, classic or yarn"',
      'Cluster.java (hadoop-mapreduce-client-core, Hadoop 2.7.x) initialize: "Cannot initialize Cluster. Please check your configuration for mapreduce.framework.name and the correspond server addresses."'
    ],
    upstreamMessage: "Cannot initialize Cluster. Please check your configuration for mapreduce.framework.name and the correspond server addresses."
  },
  check(cluster, report) {
    if (!clusterRunsYarn(cluster)) return;
    const once = reportOnce(report);
    for (const shuffle of mapReduceShuffleWithoutMapredSite(cluster)) {
      once({
        span: shuffle.span,
        message: 'the NodeManagers run the MapReduce shuffle but there is no mapred-site.xml, so mapreduce.framework.name is "local" and MapReduce jobs run in the local job runner instead of on YARN',
        related: shuffle.related
      });
    }
    for (const conf of yarnConfsByPath(cluster)) {
      const site = conf.mapredSite;
      if (!site || !conf.mapred || site.xml.problem) continue;
      const p = conf.mapred.effective["mapreduce.framework.name"];
      if (!p) {
        once({ span: site.start, message: "mapreduce.framework.name is not set, so MapReduce jobs run in the local job runner instead of on YARN" });
        continue;
      }
      const read = p.raw.includes("${") ? p.value : p.raw;
      if (p.unresolved.length > 0 || read === "yarn") continue;
      once({
        span: valueSpan(p),
        message: read === "local" ? 'mapreduce.framework.name is "local", so MapReduce jobs run in the local job runner instead of on YARN' : read === "classic" ? 'mapreduce.framework.name is "classic", the Hadoop 1 JobTracker, which a YARN cluster does not run' : `mapreduce.framework.name is ${quote(read)}, which is not "yarn", "local" or "classic", so job submission fails`
      });
    }
  }
});

// rules/yarn/nm-recovery-ephemeral-port.ts
var RECOVERY_KEY = "yarn.nodemanager.recovery.enabled";
var ADDRESS_KEY = "yarn.nodemanager.address";
function loadedByNodeManager(cluster, conf) {
  return yarnConfLoadedBy(cluster, conf, "NodeManager");
}
function nmPort(address2) {
  if (!isSet(address2)) return 0;
  const text = address2.unresolved.length === 0 ? address2.value : address2.raw.trim();
  const colon = text.lastIndexOf(":");
  if (colon < 0) return address2.unresolved.length === 0 ? 0 : void 0;
  const port = text.slice(colon + 1);
  return /^\d+$/.test(port) ? Number(port) : void 0;
}
var nm_recovery_ephemeral_port_default = defineRule({
  meta: {
    id: "yarn/nm-recovery-ephemeral-port",
    severity: "error",
    description: "yarn.nodemanager.recovery.enabled is true but yarn.nodemanager.address has port 0 (the default), so the NodeManager refuses to start",
    rationale: 'NodeManager recovery (work-preserving restart) lets containers survive a NodeManager restart; they reconnect to the same address, so the NodeManager must listen on a fixed port. `ContainerManagerImpl.serviceStart` reads `yarn.nodemanager.address` (default `${yarn.nodemanager.hostname}:0`, an ephemeral port chosen at each start) and, when the state store can recover (`yarn.nodemanager.recovery.enabled` is `true`), throws "Cannot support recovery with an ephemeral server port. Check the setting of yarn.nodemanager.address"; the NodeManager stops. The NodeManager guide (step 4 of "Enabling NM Restart"): "Explicitly setting yarn.nodemanager.address to an address with specific port number (for e.g 0.0.0.0:45454) is a precondition for enabling NM restart".\n\nThe rule reports configurations a NodeManager loads with recovery on and `yarn.nodemanager.address` unset, without a port, or with port 0.',
    fix: "Set `yarn.nodemanager.address` to a fixed port on every NodeManager, e.g. `${yarn.nodemanager.hostname}:8041` (or `0.0.0.0:8041`), or turn `yarn.nodemanager.recovery.enabled` off.",
    references: [
      'hadoop-yarn-server-nodemanager/src/main/java/org/apache/hadoop/yarn/server/nodemanager/containermanager/ContainerManagerImpl.java serviceStart(): initialAddress = conf.getSocketAddr(NM_BIND_HOST, NM_ADDRESS, DEFAULT_NM_ADDRESS, DEFAULT_NM_PORT); usingEphemeralPort = (initialAddress.getPort() == 0); if (context.getNMStateStore().canRecover() && usingEphemeralPort) throw new IllegalArgumentException("Cannot support recovery with an ephemeral server port. Check the setting of " + YarnConfiguration.NM_ADDRESS)',
      'YarnConfiguration.java: NM_ADDRESS = "yarn.nodemanager.address", DEFAULT_NM_PORT = 0, DEFAULT_NM_ADDRESS = "0.0.0.0:0"; yarn-default.xml: yarn.nodemanager.address = ${yarn.nodemanager.hostname}:0, yarn.nodemanager.recovery.enabled = false',
      "NodeManager.java initAndStartRecoveryStore: recovery enabled gives NMLeveldbStateStoreService (canRecover true), else NMNullStateStoreService",
      `NodeManager.md "Enabling NM Restart" step 4: "Ephemeral ports (port 0, which is default) cannot be used for the NodeManager's RPC server specified via yarn.nodemanager.address"`
    ],
    upstreamMessage: "Cannot support recovery with an ephemeral server port. Check the setting of yarn.nodemanager.address"
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      const recovery = conf.effective[RECOVERY_KEY];
      if (booleanOf(recovery) !== true || !loadedByNodeManager(cluster, conf)) continue;
      const address2 = conf.effective[ADDRESS_KEY];
      if (nmPort(address2) !== 0) continue;
      const why = !isSet(address2) ? `${ADDRESS_KEY} is unset (default "\${yarn.nodemanager.hostname}:0")` : address2.value.includes(":") || address2.raw.includes(":") ? `${ADDRESS_KEY} ${quote(address2.raw.trim())} has port 0` : `${ADDRESS_KEY} ${quote(address2.raw.trim())} has no port, so 0`;
      report({
        span: valueSpan(recovery),
        message: `${RECOVERY_KEY} is "true" but ${why}: the NodeManager refuses to start with an ephemeral port`,
        related: isSet(address2) ? [{ span: valueSpan(address2), message: `${ADDRESS_KEY} has no fixed port` }] : []
      });
    }
  }
});

// rules/yarn/nodemanager-address-pinned.ts
var NM_KEYS = ["yarn.nodemanager.hostname", "yarn.nodemanager.address", "yarn.nodemanager.localizer.address", "yarn.nodemanager.webapp.address"];
function nodeManagersUsing(cluster, conf) {
  const workers = distinctHosts((cluster.workers?.list.hosts ?? []).map((w) => w.value).filter((w) => everyHostsAddress(w) === void 0));
  if (!cluster.hasHostFolders) return workers;
  const loading = new MachineIndex();
  for (const h of conf.hosts) loading.add(h, true);
  return workers.filter((w) => loading.find(w) !== void 0);
}
var nodemanager_address_pinned_default = defineRule({
  meta: {
    id: "yarn/nodemanager-address-pinned",
    severity: "error",
    description: "A NodeManager address names one host in a yarn-site.xml that several NodeManagers load",
    rationale: "Every NodeManager binds `yarn.nodemanager.address`, `yarn.nodemanager.localizer.address` and `yarn.nodemanager.webapp.address`, which default to `${yarn.nodemanager.hostname}:<port>` with `yarn.nodemanager.hostname` `0.0.0.0`. A value that names one host (`worker1:8042`) in a yarn-site.xml that every worker loads makes each other NodeManager try to bind that host's address, which is not one of its own: it stops with `java.net.BindException: Cannot assign requested address`, and only the named host runs a NodeManager.\n\nReported when the workers file names two or more hosts that load the copy (all of them in a shared directory; in host folders, the workers whose own copy it is).",
    fix: "Leave these keys unset, or write them with the variable: `${yarn.nodemanager.hostname}:8042` or `0.0.0.0:8042`; if a host name is needed, set it in each host's own copy.",
    references: [
      "yarn-default.xml (3.4.1) yarn.nodemanager.hostname (0.0.0.0), yarn.nodemanager.address (${yarn.nodemanager.hostname}:0), yarn.nodemanager.localizer.address (:8040), yarn.nodemanager.webapp.address (:8042)",
      "hadoop-zookeeper-facts.md c.1: NM RPC, localizer and web defaults",
      "NetUtils.java (3.4.1) L856-L865: wrapException for a BindException"
    ],
    upstreamMessage: "Problem binding to [<host>:<port>] java.net.BindException: Cannot assign requested address"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.yarnSite) continue;
      const nms = nodeManagersUsing(cluster, conf);
      if (nms.length < 2) continue;
      for (const key of NM_KEYS) {
        const p = conf.effective[key];
        if (!p || p.value === "" || p.unresolved.length > 0 || p.file.kind !== "yarn-site.xml" || p.raw.includes("${")) continue;
        const host = key === "yarn.nodemanager.hostname" ? locatedValue(p) : parseAddress(p).host;
        if (!host || host.value === "" || everyHostsAddress(host.value) !== void 0) continue;
        once({
          span: host.span,
          message: `${key} ${quote(p.value)} names one host, but ${nms.length} NodeManagers (${hostList(nms)}) load this yarn-site.xml and the others cannot bind it`
        });
      }
    }
  }
});

// rules/yarn/rm-address-drift.ts
var rm_address_drift_default = defineRule({
  meta: {
    id: "yarn/rm-address-drift",
    severity: "error",
    description: "A NodeManager host's yarn-site.xml lacks or differs from the ResourceManager hosts' keys that locate the ResourceManager",
    rationale: "Every NodeManager reads its own yarn-site.xml to find the ResourceManager: it registers at `yarn.resourcemanager.resource-tracker.address` (by default `${yarn.resourcemanager.hostname}:8031`), and with HA (`yarn.resourcemanager.ha.enabled`, `yarn.resourcemanager.ha.rm-ids`) at the per-rm-id `hostname.<rm-id>` or address keys (HAUtil). Nothing compares that copy with the ResourceManagers' own. A NodeManager copy that lacks the ResourceManager's hostname retries `0.0.0.0:8031` forever; one that names another host or port registers with the wrong ResourceManager or none, and the node never joins the cluster.\n\nhacheck compares the host folders' copies (per-host snapshots): where every ResourceManager host's copy sets a locating key (`yarn.resourcemanager.hostname`, `.address`, `.scheduler.address`, `.resource-tracker.address`, each with or without `.<rm-id>`; `yarn.resourcemanager.ha.enabled`, `yarn.resourcemanager.ha.rm-ids`) to one value, a NodeManager copy (a workers/slaves host that runs no ResourceManager) that leaves it unset or sets another value is reported at that copy. When the ResourceManagers disagree among themselves, `cluster/config-drift` reports the difference, as it does for the cluster-id and ZooKeeper address, which only the ResourceManagers read.",
    fix: "Copy the ResourceManagers' reviewed yarn-site.xml to every NodeManager host (configuration management, `rsync`, `scp`), then restart the NodeManagers.",
    references: [
      "yarn-default.xml (2.7.7, 3.4.1) yarn.resourcemanager.hostname (0.0.0.0), yarn.resourcemanager.resource-tracker.address (${yarn.resourcemanager.hostname}:8031)",
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": the RM HA keys are set on every node',
      "ServerRMProxy.java / RMProxy.java (hadoop-yarn, 3.4.1): the NodeManager finds the RM from its own configuration (HAUtil with HA)",
      "Client.java (hadoop-common ipc, 3.4.1) handleConnectionFailure: the retry message"
    ],
    upstreamMessage: "Retrying connect to server: 0.0.0.0/0.0.0.0:8031. Already tried <n> time(s); retry policy is <policy>"
  },
  check(cluster, report) {
    for (const d of rmLocatingDrift(cluster)) report({ span: d.span, message: d.message, related: d.related });
  }
});

// rules/yarn/rm-address-missing.ts
var rm_address_missing_default = defineRule({
  meta: {
    id: "yarn/rm-address-missing",
    severity: "error",
    description: "An rm-id of yarn.resourcemanager.ha.rm-ids has no yarn.resourcemanager.hostname.<rm-id> and not every service address either",
    rationale: 'With ResourceManager HA, the generic `yarn.resourcemanager.hostname` and `yarn.resourcemanager.*.address` keys are not used: for every id in `yarn.resourcemanager.ha.rm-ids`, HAUtil reads `yarn.resourcemanager.<service>.<rm-id>` for each RM service (client `address`, `scheduler.address`, `resource-tracker.address`, `admin.address` and `webapp.address`, or `webapp.https.address` with `yarn.http.policy` HTTPS_ONLY), and falls back to `yarn.resourcemanager.hostname.<rm-id>` with the default port. When neither is set the ResourceManager refuses to start ("... needs to be set in an HA configuration"), and clients and NodeManagers cannot reach that RM.',
    fix: "Set `yarn.resourcemanager.hostname.<rm-id>` for every rm-id (the HA guide's minimal setup), or every service address `yarn.resourcemanager.<service>.<rm-id>`.",
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations" and "Sample configurations"',
      "HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) checkAndSetRMRPCAddress, getNeedToSetValueMessage"
    ],
    upstreamMessage: "Invalid configuration! yarn.resourcemanager.hostname.<rm-id> or yarn.resourcemanager.<service>.<rm-id> needs to be set in an HA configuration."
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf)) continue;
      const services = rmServices(conf);
      for (const rm of conf.yarn.resourceManagers) {
        if (!rm.id || rm.hostname) continue;
        const missing = services.filter((s) => rm.addresses[s] === void 0);
        if (missing.length === 0) continue;
        const id = rm.id.value;
        const first = `yarn.resourcemanager.${missing[0]}.${id}`;
        once({
          span: rm.id.span,
          message: missing.length === services.length ? `ResourceManager ${quote(id)} has no yarn.resourcemanager.hostname.${id} and no service addresses` : `ResourceManager ${quote(id)} has no yarn.resourcemanager.hostname.${id}, and ${first} is not set either`,
          related: Object.values(rm.addresses).slice(0, 1).map((a) => ({ span: valueSpan(a.property), message: `${a.property.name} is set, but each service needs its own address` }))
        });
      }
    }
  }
});

// rules/yarn/rm-address-wildcard.ts
var DIALLED = ["resource-tracker.address", "scheduler.address", "address", "admin.address"];
var DEFAULT_PORT = { "resource-tracker.address": 8031, "scheduler.address": 8030, address: 8032, "admin.address": 8033 };
function remoteWorkers(cluster) {
  return (cluster.workers?.list.hosts ?? []).filter((w) => everyHostsAddress(w.value) === void 0);
}
function usedByWorkers(cluster, conf, workers) {
  return !cluster.hasHostFolders || conf.hosts.some((h) => workers.find(h) !== void 0);
}
function workerIndex(workers) {
  const index = new MachineIndex();
  for (const w of workers) index.add(w.value, true);
  return index;
}
function setAndResolved(conf, key) {
  const p = conf.effective[key];
  return p && p.value !== "" && p.unresolved.length === 0 ? p : void 0;
}
var rm_address_wildcard_default = defineRule({
  meta: {
    id: "yarn/rm-address-wildcard",
    severity: "error",
    description: "A ResourceManager address is 0.0.0.0 (the default) or loopback while NodeManagers run on other hosts",
    rationale: "NodeManagers, clients and ApplicationMasters dial the ResourceManager at `yarn.resourcemanager.resource-tracker.address`, `address`, `scheduler.address` and `admin.address` (with HA, their `.<rm-id>` forms); each defaults to `${yarn.resourcemanager.hostname}:<port>`, and `yarn.resourcemanager.hostname` defaults to `0.0.0.0`. On a NodeManager's host `0.0.0.0` and `localhost` mean that host itself, so a yarn-site.xml that never names the ResourceManager's host (or names it as loopback) leaves every NodeManager on another host retrying `0.0.0.0:8031` forever, and jobs are never scheduled. The ResourceManager itself starts fine, which hides it.\n\nReported when the workers file names hosts and the cluster spans more than one machine; a single-host (pseudo-distributed) cluster is not.",
    fix: "Set `yarn.resourcemanager.hostname` (with HA, `yarn.resourcemanager.hostname.<rm-id>`) to the ResourceManager's host name in the yarn-site.xml every host uses. To make the ResourceManager listen on all interfaces, keep the host name in the address and set `yarn.resourcemanager.bind-host` to `0.0.0.0`.",
    references: [
      "yarn-default.xml (3.4.1) yarn.resourcemanager.hostname (0.0.0.0), yarn.resourcemanager.resource-tracker.address (${yarn.resourcemanager.hostname}:8031), yarn.resourcemanager.bind-host",
      "hadoop-zookeeper-facts.md c.1: RM service defaults (yarn:58, 113, 147, 165)",
      "Client.java (hadoop-common ipc, 3.4.1) handleConnectionFailure: the retry message"
    ],
    upstreamMessage: "Retrying connect to server: 0.0.0.0/0.0.0.0:8031. Already tried <n> time(s); retry policy is <policy>"
  },
  check(cluster, report) {
    const workers = remoteWorkers(cluster);
    if (workers.length === 0 || namedMachines(cluster).length <= 1) return;
    const once = reportOnce(report);
    const related = [{ span: workers[0].span, message: `a NodeManager runs on ${quote(workers[0].value)}` }];
    const byName = workerIndex(workers);
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.yarnSite || !usedByWorkers(cluster, conf, byName)) continue;
      const ha = isRmHa(conf);
      const suffixes = ha ? conf.yarn.resourceManagers.flatMap((rm) => rm.id ? [`.${rm.id.value}`] : []) : [""];
      for (const suffix of suffixes) {
        const hostname = setAndResolved(conf, `yarn.resourcemanager.hostname${suffix}`);
        const unset = [];
        for (const service of DIALLED) {
          const p = setAndResolved(conf, `yarn.resourcemanager.${service}${suffix}`);
          const where2 = p ? parseAddress(p).host : hostname ? locatedValue(hostname) : void 0;
          if (!where2) {
            unset.push(service);
            continue;
          }
          const kind = everyHostsAddress(where2.value);
          if (!kind) continue;
          const key = p ? p.name : hostname.name;
          once({
            span: where2.span,
            message: `${key} ${quote(p ? p.value : hostname.value)} is ${kind === "wildcard" ? "the wildcard address" : "loopback"}, so NodeManagers and clients on other hosts dial themselves, not the ResourceManager`,
            related
          });
        }
        const first = unset[0];
        if (first && !ha) {
          once({
            span: conf.yarnSite.start,
            message: `yarn-site.xml sets neither yarn.resourcemanager.hostname nor yarn.resourcemanager.${first}, so ${first === "resource-tracker.address" ? "NodeManagers" : "clients and ApplicationMasters"} on other hosts dial the default "0.0.0.0:${DEFAULT_PORT[first]}"`,
            related
          });
        }
      }
    }
  }
});

// rules/yarn/rm-cluster-id-missing.ts
var rm_cluster_id_missing_default = defineRule({
  meta: {
    id: "yarn/rm-cluster-id-missing",
    severity: "error",
    description: "ResourceManager HA with automatic failover has no yarn.resourcemanager.cluster-id",
    rationale: 'With ResourceManager HA, automatic failover and its embedded leader elector are on by default (`yarn.resourcemanager.ha.automatic-failover.enabled` and `.embedded` default to true). The elector names its ZooKeeper lock after `yarn.resourcemanager.cluster-id`, "used by the elector to ensure an RM doesn\'t take over as Active for another cluster"; the key has no default, and without it the ResourceManager does not start (`YarnConfiguration.getClusterId` throws "Configuration doesn\'t specify yarn.resourcemanager.cluster-id").',
    fix: "Set `yarn.resourcemanager.cluster-id` to a name for this YARN cluster, the same on every host and different from other clusters that share the ZooKeeper ensemble.",
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.cluster-id, and the minimal sample that sets it',
      "yarn-default.xml (2.7.7) L519, L529, L545 (no value); (3.4.1) L677, L687, L759",
      `YarnConfiguration.getClusterId (Hadoop 2.x): HadoopIllegalArgumentException "Configuration doesn't specify yarn.resourcemanager.cluster-id"; EmbeddedElectorService.serviceInit calls it`
    ],
    upstreamMessage: "Configuration doesn't specify yarn.resourcemanager.cluster-id"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      const y = conf.yarn;
      if (!y.embeddedFailover || y.clusterId || !y.haEnabledProperty) continue;
      once({
        span: valueSpan(y.haEnabledProperty),
        message: "ResourceManager HA with automatic failover is enabled but yarn.resourcemanager.cluster-id is not set"
      });
    }
  }
});

// rules/yarn/rm-ha-id-hardcoded.ts
var rmsById = /* @__PURE__ */ new WeakMap();
function rmWithId(yarn, id) {
  let byId = rmsById.get(yarn);
  if (!byId) {
    byId = /* @__PURE__ */ new Map();
    for (const rm of yarn.resourceManagers) if (rm.id && !byId.has(rm.id.value)) byId.set(rm.id.value, rm);
    rmsById.set(yarn, byId);
  }
  return byId.get(id);
}
var rm_ha_id_hardcoded_default = defineRule({
  meta: {
    id: "yarn/rm-ha-id-hardcoded",
    severity: "error",
    description: "yarn.resourcemanager.ha.id on a ResourceManager host names another host's rm-id (a copy hard-coded for one RM)",
    rationale: '`yarn.resourcemanager.ha.id` pins which rm-id the local ResourceManager is. It is optional: without it each RM finds its id by matching `yarn.resourcemanager.address.<rm-id>` with its own addresses. The HA guide warns that "if set, admins have to ensure that all the RMs have their own IDs in the config". A yarn-site.xml written on one RM host with its own id and then copied to the other RM host makes both claim one id: the second RM takes the first one\'s addresses, cannot bind them (they belong to the other machine) and does not start, or joins the election under the wrong name.',
    fix: "Remove `yarn.resourcemanager.ha.id` from the shared copy, or set it on each ResourceManager host to that host's own rm-id.",
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.ha.id',
      "yarn-default.xml (2.7.7) L564; (3.4.1) L785",
      "HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) getRMHAId: yarn.resourcemanager.ha.id wins over address matching"
    ]
  },
  check(cluster, report) {
    const found = /* @__PURE__ */ new Map();
    for (const host of cluster.hosts) {
      const conf = host.yarn;
      if (!conf || !isRmHa(conf)) continue;
      const haId = conf.yarn.haId;
      if (!haId || haId.unresolved.length > 0) continue;
      if (resourceManagersOnHost(conf.yarn, host.name).length === 0) continue;
      const named = rmWithId(conf.yarn, haId.value);
      if (!named?.host || sameHost(named.host.value, host.name)) continue;
      const span = ownSpan(cluster, host, valueSpan(haId));
      const key = spanKey(span);
      const entry = found.get(key);
      if (entry) entry.hosts.push(host.name);
      else found.set(key, { span, id: haId.value, owner: named.host.value, ownerSpan: named.host.span, hosts: [host.name] });
    }
    for (const f of found.values()) {
      report({
        span: f.span,
        message: `yarn.resourcemanager.ha.id is ${quote(f.id)} on ${hostList(f.hosts)}, but ${f.id} is the ResourceManager on ${f.owner}`,
        related: [{ span: f.ownerSpan, message: `${f.id} is placed on ${f.owner} here` }]
      });
    }
  }
});

// rules/yarn/rm-ha-ids.ts
var rm_ha_ids_default = defineRule({
  meta: {
    id: "yarn/rm-ha-ids",
    severity: "error",
    description: "ResourceManager HA is enabled but yarn.resourcemanager.ha.rm-ids lists fewer than two ids, or yarn.resourcemanager.ha.id is not one of them",
    rationale: 'With `yarn.resourcemanager.ha.enabled` true, every ResourceManager starts by checking the HA configuration (`HAUtil.verifyAndSetConfiguration`): `yarn.resourcemanager.ha.rm-ids` must list at least two logical ids ("HA mode requires atleast two RMs"), and when `yarn.resourcemanager.ha.id` pins the local id it must be one of them. Otherwise the RM throws `YarnRuntimeException` ("Invalid configuration! ...") and does not start; clients, ApplicationMasters and NodeManagers, which fail over between the listed ids, have nothing to fail over to.',
    fix: "List the ids of all ResourceManagers, for example `rm1,rm2`, with a `yarn.resourcemanager.hostname.<rm-id>` for each; set `yarn.resourcemanager.ha.id` only to one of those ids (or leave it unset so each RM finds its id from its address).",
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.ha.rm-ids, yarn.resourcemanager.ha.id',
      "HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) verifyAndSetRMHAIdsList, verifyAndSetCurrentRMHAId",
      "yarn-default.xml (2.7.7) L512, L553, L564; (3.4.1) L670, L774, L785"
    ],
    upstreamMessage: "Invalid configuration! Invalid value of yarn.resourcemanager.ha.rm-ids. Current value is <value>\nHA mode requires atleast two RMs"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      const y = conf.yarn;
      if (!y.haEnabled || !y.haEnabledProperty) continue;
      const idsProp = y.rmIdsProperty;
      if (idsProp && idsProp.unresolved.length > 0) continue;
      const ids = idsProp ? listItems(idsProp, cluster.hadoopVersion).map((i) => i.value) : [];
      if (ids.length < 2) {
        once(idsProp ? {
          span: valueSpan(idsProp),
          message: `yarn.resourcemanager.ha.rm-ids is ${quote(idsProp.value)}, but ResourceManager HA needs at least two ids`,
          related: [{ span: valueSpan(y.haEnabledProperty), message: "ResourceManager HA is enabled here" }]
        } : {
          span: valueSpan(y.haEnabledProperty),
          message: "ResourceManager HA is enabled but yarn.resourcemanager.ha.rm-ids is not set"
        });
        continue;
      }
      const haId = y.haId;
      if (haId && haId.unresolved.length === 0 && !ids.includes(haId.value)) {
        once({
          span: valueSpan(haId),
          message: `yarn.resourcemanager.ha.id is ${quote(haId.value)}, which is not one of the rm-ids ${quote(ids.join(","))}`,
          related: [{ span: valueSpan(idsProp), message: "the rm-ids are listed here" }]
        });
      }
    }
  }
});

// src/rules-support/yarn-recovery.ts
var RECOVERY_KEY2 = "yarn.resourcemanager.recovery.enabled";
var STORE_KEY = "yarn.resourcemanager.store.class";
var DEFAULT_STORE = "org.apache.hadoop.yarn.server.resourcemanager.recovery.FileSystemRMStateStore";
function rmRecovery(conf) {
  const recovery = conf.effective[RECOVERY_KEY2];
  const store = conf.effective[STORE_KEY];
  if (recovery?.unresolved.length || store?.unresolved.length) return void 0;
  const enabled = isSet(recovery) ? booleanOf(recovery) : false;
  return { recovery: isSet(recovery) ? recovery : void 0, enabled, store: isSet(store) ? store : void 0, storeClass: isSet(store) ? store.value : DEFAULT_STORE };
}
function loadedByResourceManager(cluster, conf) {
  return yarnConfLoadedBy(cluster, conf, "ResourceManager");
}
function shortClass(name) {
  return name.slice(name.lastIndexOf(".") + 1);
}

// rules/yarn/rm-ha-without-recovery.ts
var rm_ha_without_recovery_default = defineRule({
  meta: {
    id: "yarn/rm-ha-without-recovery",
    severity: "warning",
    description: "ResourceManager HA without yarn.resourcemanager.recovery.enabled: running applications are lost at failover",
    rationale: 'With `yarn.resourcemanager.ha.enabled` the standby ResourceManager takes over when the active one fails, but it knows the applications only through the state store, which the RM uses only when `yarn.resourcemanager.recovery.enabled` is `true` (default `false`). Without it the new active RM starts empty: every running application is killed and has to be resubmitted, which is what HA was set up to avoid. The HA guide: "With the ResourceManager Restart enabled, the RM being promoted to an active state loads the RM internal state and continues to operate from where the previous active left off".\n\nThe rule checks configurations a ResourceManager loads. A value that is not a boolean is left to `hadoop/invalid-ha-boolean`.',
    fix: "Set `yarn.resourcemanager.recovery.enabled` to `true` and `yarn.resourcemanager.store.class` to `org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore` (it uses the ZooKeeper address the RMs already elect through).",
    references: [
      `ResourceManagerHA.md (3.4.1) "Recovering previous active-RM's state": "With the ResourceManager Restart enabled, the RM being promoted to an active state loads the RM internal state"`,
      'ResourceManagerRestart.md (3.4.1) "Configurations": yarn.resourcemanager.recovery.enabled',
      "yarn-default.xml (3.4.1) L505-510: yarn.resourcemanager.recovery.enabled = false"
    ]
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf) || !conf.yarn.haEnabledProperty || !loadedByResourceManager(cluster, conf)) continue;
      const r = rmRecovery(conf);
      if (!r || r.enabled !== false) continue;
      const related = [];
      if (r.recovery) related.push({ span: valueSpan(r.recovery), message: `${RECOVERY_KEY2} is "${r.recovery.value}"` });
      if (r.store) related.push({ span: valueSpan(r.store), message: `${STORE_KEY} is set but never used while recovery is off` });
      report({
        span: valueSpan(r.recovery ?? conf.yarn.haEnabledProperty),
        message: r.recovery ? "ResourceManager HA with recovery disabled: running applications are lost at failover" : `ResourceManager HA without ${RECOVERY_KEY2} (default "false"): running applications are lost at failover`,
        related: r.recovery ? related.slice(1) : related
      });
    }
  }
});

// rules/yarn/rm-port-mismatch.ts
var KNOWN_PORTS2 = new Set([...Object.values(YARN_PORTS), ...Object.values(HDFS_PORTS)].flatMap((p) => [p.v2, p.v3]));
function nearDefault(port, def, digitCountOnly) {
  if (KNOWN_PORTS2.has(port) || !oneEditApart(String(port), String(def))) return false;
  return !digitCountOnly || String(port).length !== String(def).length;
}
var rm_port_mismatch_default = defineRule({
  meta: {
    id: "yarn/rm-port-mismatch",
    severity: "warning",
    description: "The ResourceManagers of an HA pair use different ports for one service, or a port one keystroke off the default",
    rationale: "The ResourceManagers of an HA cluster are set up alike: the HA guide's sample gives each rm-id the same web port (`master1:8088`, `master2:8088`), and an rm-id with only `yarn.resourcemanager.hostname.<rm-id>` uses the default port of every service (client 8032, scheduler 8030, resource tracker 8031, admin 8033, web 8088, https web 8090). A port that differs between the RMs, and more so one a digit dropped, added, changed or swapped away from the default (`808` or `8808` for `8088`), is almost always a typo. YARN starts with it; it breaks when something expects the usual port: firewall rules, monitoring, bookmarks of the RM web UI, or a host whose own copy of yarn-site.xml says otherwise.",
    fix: "Use the same port for a service on every ResourceManager, normally the default.",
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Sample configurations": yarn.resourcemanager.webapp.address.rm1/rm2',
      "yarn-default.xml (2.7.7) L58, L113, L136, L142, L147, L165; (3.4.1) L60, L187, L264, L274, L333, L362",
      "HAUtil.java (hadoop-yarn-api, apache/hadoop @0951726, Hadoop 2.x line) checkAndSetRMRPCAddress: hostname.<rm-id> plus the default port"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf)) continue;
      for (const service of rmServices(conf)) {
        const def = portFor(RM_PORTS[service], v.major);
        const uses = [];
        for (const rm of conf.yarn.resourceManagers) {
          const a = rm.addresses[service];
          if (a) {
            if (a.property.unresolved.length === 0 && a.portNumber !== void 0) uses.push({ rm, port: a.portNumber, address: a });
          } else if (rm.hostname) uses.push({ rm, port: def, address: void 0 });
        }
        if (!uses.some((u) => u.address)) continue;
        const pool = uses.some((u) => !nearDefault(u.port, def, false)) ? uses.filter((u) => !nearDefault(u.port, def, false)) : uses;
        const counts = /* @__PURE__ */ new Map();
        for (const u of pool) counts.set(u.port, (counts.get(u.port) ?? 0) + 1);
        const ref = uses.some((u) => u.port === def) ? def : [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
        const refUse = uses.find((u) => u.port === ref);
        const refText = refUse.address ? `${refUse.rm.id.value}'s ${service} is ${quote(refUse.address.property.value)}` : `${refUse.rm.id.value} has only a hostname, so its ${service} uses the default port ${def}`;
        const refSpan = refUse.address ? valueSpan(refUse.address.property) : valueSpan(refUse.rm.hostname);
        for (const u of uses) {
          if (!u.address) continue;
          const value = quote(u.address.property.value);
          if (u.port !== ref) {
            once({
              span: valueSpan(u.address.property),
              message: `${value} uses port ${u.port} for ${service} but ${refUse.rm.id.value} uses ${ref}`,
              related: [{ span: refSpan, message: refText }]
            });
          } else if (nearDefault(u.port, def, true)) {
            once({
              span: valueSpan(u.address.property),
              message: `${value} uses port ${u.port} for ${service}, one keystroke from the Hadoop ${v.label} default ${def}${assumedNote(v)}`
            });
          }
        }
      }
    }
  }
});

// rules/yarn/rm-state-store-unfenced.ts
var rm_state_store_unfenced_default = defineRule({
  meta: {
    id: "yarn/rm-state-store-unfenced",
    severity: "warning",
    description: "ResourceManager HA with recovery uses a state store other than ZKRMStateStore, which does not fence the old active RM",
    rationale: 'With RM HA two ResourceManagers can believe they are active for a while (a long GC pause, a network split). `ZKRMStateStore` is "implicitly fenced": it lets a single RM write at any time, so the old active cannot overwrite the new one\'s state. The other stores (`FileSystemRMStateStore`, the default when `yarn.resourcemanager.store.class` is unset, `LeveldbRMStateStore`, `MemoryRMStateStore`, `NullRMStateStore`) have no such fencing, and Leveldb, Memory and Null stores are local to one RM, so the other RM cannot even read them. The HA guide recommends the ZooKeeper store for HA.',
    fix: "Set `yarn.resourcemanager.store.class` to `org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore`.",
    references: [
      'yarn-default.xml (3.4.1) L550-560: yarn.resourcemanager.store.class, default FileSystemRMStateStore; "If ... ZKRMStateStore is used, the store is implicitly fenced"',
      `ResourceManagerHA.md (3.4.1) "Recovering previous active-RM's state": "ZKRMStateStore implicitly allows write access to a single RM at any point in time, and hence is the recommended store to use in an HA cluster"`
    ]
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf) || !loadedByResourceManager(cluster, conf)) continue;
      const r = rmRecovery(conf);
      if (!r || r.enabled !== true || r.storeClass === ZK_STATE_STORE) continue;
      report({
        span: valueSpan(r.store ?? r.recovery),
        message: r.store ? `ResourceManager HA stores its state in ${quote(shortClass(r.storeClass))}, which does not fence the old active RM; use ZKRMStateStore` : `ResourceManager HA with recovery and no ${STORE_KEY}: the default FileSystemRMStateStore does not fence the old active RM; use ZKRMStateStore`
      });
    }
  }
});

// rules/yarn/rm-zk-address-mismatch.ts
var rm_zk_address_mismatch_default = defineRule({
  meta: {
    id: "yarn/rm-zk-address-mismatch",
    severity: "error",
    description: "The ResourceManager ZooKeeper address names a host that is not a ZooKeeper server, or a port other than the ensemble client port",
    rationale: "The ResourceManagers connect to ZooKeeper with the connect string in `yarn.resourcemanager.zk-address` (2.x) or `hadoop.zk.address` (3.x), for leader election and the ZKRMStateStore; a host without a port means 2181, the ZooKeeper client default. The string must name the servers of the ensemble (the `server.N` hosts of zoo.cfg) on their client port (`clientPort`, or the `;port` part of a 3.5+ server line), as `ha.zookeeper.quorum` must for the ZKFCs. An entry that names another host or port is a server the RMs can never reach: with all entries wrong no RM becomes active, with some wrong YARN loses ZooKeeper sooner than the ensemble does.\n\nhacheck compares with the ensemble of the most common zoo.cfg, and does not compare an IP address with a host name.",
    fix: "List the ZooKeeper servers with their client port, usually the same string as `ha.zookeeper.quorum`.",
    references: [
      'ResourceManagerHA.md (Hadoop 3.4.1) "Configurations": hadoop.zk.address, "Address of the ZK-quorum"',
      "yarn-default.xml (2.7.7) L368: yarn.resourcemanager.zk-address",
      "ConnectStringParser.java (ZooKeeper 3.4.14) L37, L67-75: a missing port means 2181",
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L315-317: clientPort"
    ]
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    for (const conf of yarnConfsByPath(cluster)) {
      const zk = conf.yarn.zkAddress;
      if (!zk || zk.property.unresolved.length > 0 || zk.property.raw.includes("${")) continue;
      const key = zk.property.name;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, zk.entries, ZOOKEEPER_CLIENT_DEFAULT_PORT))) {
        if (m.kind === "not-a-server") {
          once({
            span: m.host.span,
            message: `${key} names ${m.names}, ${m.hosts.length > 1 ? "which are not servers" : "which is not a server"} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others]
          });
        } else {
          once(m.written === void 0 ? {
            span: m.host.span,
            message: `${key} names ${m.names} without a port, so the ResourceManager connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }, ...m.others]
          } : {
            span: m.written.span,
            message: `${key} connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }, ...m.others]
          });
        }
      }
    }
  }
});

// rules/yarn/rm-zk-address-missing.ts
var rm_zk_address_missing_default = defineRule({
  meta: {
    id: "yarn/rm-zk-address-missing",
    severity: "error",
    description: "ResourceManager HA with automatic failover, or the ZooKeeper state store, has no ZooKeeper address (yarn.resourcemanager.zk-address on 2.x, hadoop.zk.address on 3.x)",
    rationale: 'The ResourceManagers elect the active one through ZooKeeper (the embedded elector, on by default with HA) and `ZKRMStateStore` keeps the recovery state there. Both connect to the address in `yarn.resourcemanager.zk-address` on Hadoop 2.x; Hadoop 3.x reads `hadoop.zk.address` and keeps `yarn.resourcemanager.zk-address` as its deprecated name. The key has no default: without it the RM does not start (2.x: "Embedded automatic failover is enabled, but yarn.resourcemanager.zk-address is not set"; 3.x: "hadoop.zk.address is not configured."). On 2.x, `hadoop.zk.address` is not read at all.',
    fix: "Set the key of the version to the ZooKeeper ensemble, for example `zk1:2181,zk2:2181,zk3:2181`.",
    references: [
      'yarn-default.xml (2.7.7) L368: yarn.resourcemanager.zk-address, "must be supplied when using the ZooKeeper based implementation of the RM state store and/or embedded automatic failover"',
      'core-default.xml (3.4.1) L4180: hadoop.zk.address; ResourceManagerHA.md (3.4.1) "Configurations": hadoop.zk.address',
      "YarnConfiguration.java (Hadoop 3.x) DeprecationDelta(RM_ZK_ADDRESS, CommonConfigurationKeys.ZK_ADDRESS)",
      'EmbeddedElectorService.serviceInit (Hadoop 2.x); ZKCuratorManager.start (Hadoop 3.x): "hadoop.zk.address is not configured."'
    ],
    upstreamMessage: "Embedded automatic failover is enabled, but yarn.resourcemanager.zk-address is not set"
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      const y = conf.yarn;
      if (y.zkAddress) continue;
      const needs = y.embeddedFailover && y.haEnabledProperty ? { span: valueSpan(y.haEnabledProperty), why: "ResourceManager HA with automatic failover" } : y.zkStateStore ? { span: valueSpan(y.zkStateStore), why: "The ZooKeeper RM state store" } : void 0;
      if (!needs) continue;
      const related = [];
      const other = conf.effective["hadoop.zk.address"];
      if (cluster.hadoopVersion.major < 3 && other && other.value !== "") {
        related.push({ span: valueSpan(other), message: `hadoop.zk.address is read from Hadoop 3.0 on, not by Hadoop ${cluster.hadoopVersion.label}` });
      }
      once({ span: needs.span, message: `${needs.why} needs ${y.zkAddressKey}, which is not set`, related });
    }
  }
});

// rules/yarn/rm-zk-store-unused.ts
var rm_zk_store_unused_default = defineRule({
  meta: {
    id: "yarn/rm-zk-store-unused",
    severity: "info",
    description: "yarn.resourcemanager.store.class is ZKRMStateStore but recovery is off, so the store is never used",
    rationale: "The ResourceManager creates the state store named by `yarn.resourcemanager.store.class` only when `yarn.resourcemanager.recovery.enabled` is `true` (default `false`); otherwise it uses a `NullRMStateStore`. Setting the ZooKeeper store without recovery looks like a working restart set-up but keeps nothing: a restarted ResourceManager forgets every application. With RM HA the same configuration is reported by `yarn/rm-ha-without-recovery` (a warning) instead.",
    fix: "Set `yarn.resourcemanager.recovery.enabled` to `true`, or remove the store class.",
    references: [
      "ResourceManager.java (3.4.1) RMActiveServices.serviceInit: recoveryEnabled ? RMStateStoreFactory.getStore(conf) : new NullRMStateStore()",
      'yarn-default.xml (3.4.1) L505-510: yarn.resourcemanager.recovery.enabled = false, "If true, then yarn.resourcemanager.store.class must be specified"'
    ]
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      if (isRmHa(conf) || !loadedByResourceManager(cluster, conf)) continue;
      const r = rmRecovery(conf);
      if (!r || r.enabled !== false || r.storeClass !== ZK_STATE_STORE || !r.store) continue;
      report({
        span: valueSpan(r.store),
        message: `ZKRMStateStore is never used: ${RECOVERY_KEY2} is ${r.recovery ? `"${r.recovery.value}"` : 'not set (default "false")'}`
      });
    }
  }
});

// rules/zookeeper/autopurge-disabled.ts
var autopurge_disabled_default = defineRule({
  meta: {
    id: "zookeeper/autopurge-disabled",
    severity: "warning",
    description: "autopurge.purgeInterval is not set, 0 or negative, so snapshots and transaction logs pile up until the disk is full",
    rationale: 'A ZooKeeper server writes a new snapshot and transaction log every `snapCount` transactions and, by default, never deletes the old ones: the admin guide says a server "will not remove old snapshots and log files when using the default configuration". `autopurge.purgeInterval` (hours) defaults to 0 in every release, and `DatadirCleanupManager` schedules no purge task for 0 or a negative value (it logs `Purge task is not scheduled.`). Unless something else runs `zkCleanup.sh`/`PurgeTxnLog`, the data disk fills up, the server can no longer write its log, and the ensemble loses that member (and then the quorum when the servers share the same growth). Ambari, for one, ships its zoo.cfg with purging on (`autopurge.purgeInterval=24`).\n\nThe rule reports a value written to turn purging off (0 or negative) at that value, and a zoo.cfg without the key at its first line: leaving it out is the stock configuration of every release, and it has the same outcome. Each distinct content is reported once, so identical copies on every server give one finding.\n\nWhen the data directory is purged another way (`zkCleanup.sh` or `PurgeTxnLog` from cron), say so in the file with `# hacheck-disable-file zookeeper/autopurge-disabled -- zkCleanup.sh runs daily from cron`.',
    fix: "Set `autopurge.purgeInterval` to a positive number of hours (for example `24`) and `autopurge.snapRetainCount` to the number of snapshots to keep (3 or more), or run `zkCleanup.sh` from cron and record that with a `hacheck-disable-file` comment in the zoo.cfg.",
    references: [
      'zookeeperAdmin.md (ZooKeeper 3.9.5) L404-410 ("will not remove old snapshots and log files"), L760-774 (autopurge.*, purgeInterval defaults to 0)',
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L77, (3.9.5) L107: purgeInterval = 0",
      'DatadirCleanupManager.java (ZooKeeper 3.9.5) L100-102 (purgeInterval <= 0: "Purge task is not scheduled.")',
      "Ambari common-services/ZOOKEEPER/3.4.5/configuration/zoo.cfg.xml L78-92 (snapRetainCount 30, purgeInterval 24)"
    ],
    upstreamMessage: "Purge task is not scheduled."
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const interval = zooValue(zoo.zoo, "autopurge.purgeInterval");
      if (!interval) {
        report({
          span: zoo.start,
          message: "zoo.cfg does not set autopurge.purgeInterval, so automatic purging is off (the default) and ZooKeeper keeps every snapshot and transaction log until the disk is full"
        });
        continue;
      }
      const text = interval.value.value;
      const hours = javaInt(text);
      if (hours === void 0 || hours > 0) continue;
      report({
        span: interval.value.span,
        message: `autopurge.purgeInterval is ${quote(text)}, which turns automatic purging off, so ZooKeeper keeps every snapshot and transaction log until the disk is full`
      });
    }
  }
});

// rules/zookeeper/client-port-clash.ts
var client_port_clash_default = defineRule({
  meta: {
    id: "zookeeper/client-port-clash",
    severity: "error",
    description: "A server's quorum or election port is the client port it serves clients on",
    rationale: "Each server listens on the client port (the `;clientPort` part of its own `server.N` line on 3.5+, else `clientPort`) on every interface, on its election port, and, while it leads, on its quorum port. When one of its line's ports is its client port, ZooKeeper does not notice when it reads the file: the second bind fails at run time with `java.net.BindException: Address already in use` and the server exits (an election port, at startup) or cannot lead (a quorum port, when it is elected). `zookeeper/quorum-port-equals-election-port` covers the quorum and election ports of one line, and `zookeeper/duplicate-server-address` ports shared by two lines.",
    fix: "Keep the conventional ports: `2181` for clients, `2888` for the quorum and `3888` for elections.",
    references: [
      "hadoop-zookeeper-facts.md d.5: no config-time check of duplicate ports; conflicts surface as BindException at run time",
      "QuorumPeerConfig.java (ZooKeeper master) L424-435 (clientPort); QuorumPeer.java (ZooKeeper master) L323-447 (server line, client part)"
    ],
    upstreamMessage: "ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.net.BindException: Address already in use (the server exits with code 14)"
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      const clientPortKey = zooValue(settingsFor(cluster, file), "clientPort");
      for (const s of effectiveServers(file.zoo.servers)) {
        const client = s.client?.port ?? clientPortKey?.value;
        const clientPort = client ? javaPort(client.value) : void 0;
        if (!client || clientPort === void 0 || clientPort === 0) continue;
        for (const a of s.addresses) {
          for (const [label, loc] of [["quorum", a.quorumPort], ["election", a.electionPort]]) {
            if (!loc || javaPort(loc.value) !== clientPort) continue;
            report({
              span: loc.span,
              message: `${s.entry.key.value} uses port ${quote(loc.value)} for ${label}, which is also its client port, so the server cannot bind both`,
              related: [{ span: client.span, message: `the client port is ${quote(client.value)}` }]
            });
          }
        }
      }
    }
  }
});

// rules/zookeeper/datadir-in-tmp.ts
var datadir_in_tmp_default = defineRule({
  meta: {
    id: "zookeeper/datadir-in-tmp",
    severity: "warning",
    description: "dataDir or dataLogDir is under /tmp",
    rationale: '`dataDir` holds the snapshots and `myid`, `dataLogDir` (default: `dataDir`) the transaction log: the ensemble\'s whole state. Many systems empty `/tmp` at boot or age files out of it (systemd-tmpfiles, tmpfs), and a server that comes back without its data and `myid` cannot rejoin. The sample configuration shipped with ZooKeeper uses `/tmp/zookeeper` with the comment "do not use /tmp for storage, /tmp here is just example sakes."',
    fix: "Point `dataDir` (and `dataLogDir`) at a persistent disk, for example `/var/lib/zookeeper`, and move `myid` with it.",
    references: [
      'zoo_sample.cfg (ZooKeeper 3.4.14, 3.8.6, 3.9.5): "do not use /tmp for storage, /tmp here is just example sakes."',
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L191-198 (dataDir=/var/lib/zookeeper/)"
    ]
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      for (const key of ["dataDir", "dataLogDir"]) {
        const entry = zooValue(zoo.zoo, key);
        if (!entry) continue;
        const path = entry.value.value;
        if (!/^\/(?:var\/)?tmp(?:\/|$)/.test(path) || placeholderIn(key, path)) continue;
        report({ span: entry.value.span, message: `${key} is ${quote(path)}, under a temporary directory that the system may clear` });
      }
    }
  }
});

// rules/zookeeper/duplicate-key.ts
var duplicate_key_default = defineRule({
  meta: {
    id: "zookeeper/duplicate-key",
    severity: "warning",
    description: "A zoo.cfg key is set twice with different values; the earlier value is ignored",
    rationale: "ZooKeeper loads zoo.cfg with `java.util.Properties`: when a key appears more than once the last value wins and the earlier ones are dropped without a message. A reader of the file (or an edit to the first line) easily takes the wrong one for the effective setting, as in a file that sets `initLimit=10` near the top and `initLimit=5` further down. Repeated `server.N` lines are reported by `zookeeper/duplicate-server-id`.",
    fix: "Keep one line per key, with the value you want.",
    references: ["java.util.Properties.load javadoc (a later key replaces an earlier one)", "QuorumPeerConfig.java (ZooKeeper 3.4.14) L133-158"]
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const first = /* @__PURE__ */ new Map();
      for (const e of zoo.zoo.entries) {
        const key = e.key.value;
        if (key.startsWith("server.")) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, e);
          continue;
        }
        if (earlier.value.value === e.value.value) continue;
        report({
          span: e.key.span,
          message: `${key} is set again to ${quote(e.value.value)}, so ZooKeeper ignores the earlier ${quote(earlier.value.value)}`,
          related: [{ span: earlier.value.span, message: `${key} is first set to ${quote(earlier.value.value)} here` }]
        });
        first.set(key, e);
      }
    }
  }
});

// rules/zookeeper/duplicate-server-address.ts
var duplicate_server_address_default = defineRule({
  meta: {
    id: "zookeeper/duplicate-server-address",
    severity: "error",
    description: "Two server lines give the same host and port",
    rationale: "Every server binds its quorum and election ports (and, on 3.5+, the client port of its line) on the host its line names. When two `server.N` lines give the same host and port, two servers would have to listen on one socket: ZooKeeper does not check this when it reads the file, and the second server fails at run time with `java.net.BindException: Address already in use`, or its peers connect to the wrong server. Several servers on one host are fine when each has its own ports.",
    fix: "Give each server line its own host, or its own ports when several servers share a host.",
    references: [
      "hadoop-zookeeper-facts.md d.5: duplicate ports / hosts have no config-time check; conflicts surface as BindException",
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L212-241; QuorumPeer.java (ZooKeeper master) L323-447"
    ],
    upstreamMessage: "ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.net.BindException: Address already in use (the second server on the address exits with code 14)"
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      const seen = /* @__PURE__ */ new Map();
      for (const s of effectiveServers(file.zoo.servers)) {
        const ports = [];
        for (const a of s.addresses) {
          ports.push({ label: "quorum port", loc: a.quorumPort, host: a.host.value });
          ports.push({ label: "election port", loc: a.electionPort, host: a.host.value });
        }
        const clientAddress = s.client?.address?.value;
        const serverHost = s.addresses[0]?.host.value ?? "";
        if (s.client) ports.push({ label: "client port", loc: s.client.port, host: clientAddress && clientAddress !== "0.0.0.0" ? clientAddress : serverHost });
        const mine = /* @__PURE__ */ new Set();
        for (const p of ports) {
          if (!p.loc) continue;
          const port = javaPort(p.loc.value);
          if (port === void 0 || port === 0) continue;
          const id = `${p.host.toLowerCase()}:${port}`;
          if (mine.has(id)) continue;
          mine.add(id);
          const first = seen.get(id);
          if (!first) {
            seen.set(id, { key: s.entry.key.value, span: p.loc.span, text: `${p.host}:${port}` });
            continue;
          }
          report({
            span: p.loc.span,
            message: `${s.entry.key.value} uses ${quote(`${p.host}:${port}`)} as its ${p.label}, which ${first.key} already uses`,
            related: [{ span: first.span, message: `${first.key} uses ${quote(first.text)} here` }]
          });
        }
      }
    }
  }
});

// rules/zookeeper/duplicate-server-id.ts
var duplicate_server_id_default = defineRule({
  meta: {
    id: "zookeeper/duplicate-server-id",
    severity: "warning",
    description: "Two server lines in one zoo.cfg have the same id",
    rationale: "zoo.cfg is a `java.util.Properties` file: when `server.2` appears twice the later line silently replaces the earlier one, which ZooKeeper never sees. `server.2` and `server.02` are different keys but the same id (`Long.parseLong`), and which of them wins depends on hash order. Either way one intended server is missing from the ensemble, typically because a copied line kept its old number.",
    fix: "Give every server its own id, matching the `myid` of its host, and remove repeated lines.",
    references: [
      "java.util.Properties.load javadoc (a later key replaces an earlier one)",
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L212-241; QuorumMaj.java (ZooKeeper master) L88-106"
    ]
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      const seen = /* @__PURE__ */ new Map();
      for (const s of file.zoo.servers) {
        const id = javaLong(s.id.value);
        if (id === void 0) continue;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, s);
          continue;
        }
        const sameKey = first.entry.key.value === s.entry.key.value;
        if (sameKey && first.entry.value.value === s.entry.value.value) continue;
        report({
          span: s.entry.key.span,
          message: sameKey ? `${s.entry.key.value} is set again, so ZooKeeper ignores the earlier ${quote(first.entry.value.value)}` : `${s.entry.key.value} has the same id as ${first.entry.key.value}, so ZooKeeper keeps only one of them`,
          related: [{ span: first.entry.key.span, message: `${first.entry.key.value} is first set here` }]
        });
      }
    }
  }
});

// rules/zookeeper/election-algorithm.ts
var FAST_LEADER_ELECTION = 3;
var election_algorithm_default = defineRule({
  meta: {
    id: "zookeeper/election-algorithm",
    severity: "error",
    description: "electionAlg names a leader election algorithm the ZooKeeper release does not have",
    rationale: '`electionAlg` picks the leader election implementation; 3 (TCP FastLeaderElection) is the default. ZooKeeper 3.6.0 removed the others: from 3.6 `QuorumPeerConfig.parseProperties` throws `Invalid electionAlg value. Only 3 is supported.` for any other number and the server does not start, standalone or not. The admin guide says so: "Since 3.6.0 only FastLeaderElection is available, in case of upgrade you have to shutdown all of your servers and restart them with electionAlg=3 (or by removing the line from the configuration file)."\n\nZooKeeper 3.4 and 3.5 still have 0 (`LeaderElection`), 1 and 2 (UDP `AuthFastLeaderElection`), deprecated since 3.4.0; they work there and are not reported, but the upgrade to 3.6 refuses them (when the directory shows only "3.5+", they are reported, as most such releases refuse them). Any other number has no implementation: `QuorumPeer.createElectionAlgorithm` returns none, and an ensemble server fails each election attempt with a `NullPointerException` (logged as `Unexpected exception`), so it never finds a leader.',
    fix: "Remove the `electionAlg` line (3 is the default), or set it to `3` on every server at once.",
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.6.0) L322-326, (3.9.5) L317-321: "Invalid electionAlg value. Only 3 is supported."',
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L63, L193-194; (3.5.10) L91, L293-294: any integer accepted",
      "QuorumPeer.java (ZooKeeper 3.4.14) L810-846, L945-947; (3.5.10) L1143-1187: 0-3 implemented, others give no Election",
      "zookeeperAdmin.md (ZooKeeper 3.4.14) L642-653 (1 and 2 deprecated); (3.6.0) L1077-1090 (only 3 since 3.6.0)"
    ],
    upstreamMessage: "Invalid electionAlg value. Only 3 is supported."
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const alg = zooInt(zoo.zoo, "electionAlg");
      if (!alg || alg.value === FAST_LEADER_ELECTION) continue;
      const text = quote(alg.entry.value.value);
      if (atLeast(v, 3, 6)) {
        report({ span: alg.entry.value.span, message: `electionAlg is ${text}, but ZooKeeper ${v.label} supports only 3 (since 3.6) and refuses to start${assumedNote(v)}` });
        continue;
      }
      if (alg.value >= 0 && alg.value <= 2) {
        if (v.minor === 5 && !isKnownRelease(v)) {
          report({
            span: alg.entry.value.span,
            message: `electionAlg is ${text}, which ZooKeeper 3.6+ refuses to start with (only 3 is supported); 3.5 still runs it, deprecated, and this directory says only ZooKeeper ${v.label}`
          });
        }
        continue;
      }
      const set = serverSetOf(cluster, zoo);
      if (!set || !isDistributed(zoo.zoo, set.servers, v)) continue;
      report({
        span: alg.entry.value.span,
        message: `electionAlg is ${text}, for which ZooKeeper ${v.label} has no election algorithm, so the servers never elect a leader`
      });
    }
  }
});

// rules/zookeeper/ensemble-size.ts
var ensemble_size_default = defineRule({
  meta: {
    id: "zookeeper/ensemble-size",
    severity: "warning",
    description: "The ensemble has 1, 2 or an even number of voting servers",
    rationale: "A ZooKeeper ensemble serves requests while a majority of its voting members (participants; observers do not vote) is up, so N participants tolerate \u230A(N-1)/2\u230B failures.\n\n- **1 participant**: ZooKeeper logs `Invalid configuration, only one server specified (ignoring)` and runs standalone, with no replication (3.5+ only while `standaloneEnabled` is true).\n- **2 participants**: `No server failure will be tolerated. You need at least 3 servers.` Losing either stops the ensemble, which is worse than one server.\n- **4, 6, ...**: `Non-optimal configuration, consider an odd number of servers.` An even ensemble tolerates no more failures than the odd one below it, with one more machine that can fail.\n\nA zoo.cfg without server lines is a standalone server and is not reported; so is one whose only line names the loopback address (`server.1=localhost:2888:3888;2181`, what the official Docker image writes when `ZOO_SERVERS` is unset): no other machine can join it, so it is a standalone server by intent. The HDFS HA guide runs the ZKFC against 3 or 5 ZooKeeper servers.",
    fix: "Run 3 or 5 participants (add servers or turn the extra one into an `:observer`).",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L340-354",
      "QuorumPeerConfig.java (ZooKeeper master) L697-711",
      "QuorumMaj.java (ZooKeeper master) L77-86",
      "HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L569"
    ],
    upstreamMessage: "No server failure will be tolerated. You need at least 3 servers."
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const set = serverSetOf(cluster, zoo);
      if (!set) continue;
      const voters = participants(set.servers);
      const n = voters.length;
      if (n === 0 || n > 1 && n % 2 === 1) continue;
      if (n < set.servers.length && n <= 1) continue;
      const span = voters[0].entry.key.span;
      const tolerated = toleratedFailures(n);
      if (n === 1) {
        const standalone = !atLeast(v, 3, 5) || zooBool(zoo.zoo, "standaloneEnabled") !== false;
        if (standalone && voters[0].addresses.every((a) => isLoopbackName(a.host.value))) continue;
        report({
          span,
          message: standalone ? `the ensemble has only 1 server, so ZooKeeper ignores the server list, runs standalone and tolerates no failure` : "the ensemble has only 1 participant, so it tolerates no failure"
        });
      } else if (n === 2) {
        report({ span, message: "the ensemble has 2 participants, which tolerate no failure: losing either one stops ZooKeeper" });
      } else {
        report({ span, message: `the ensemble has ${n} participants, which tolerate ${plural(tolerated, "failure")}, no more than ${n - 1} would` });
      }
    }
  }
});

// src/knowledge/four-letter-words.ts
var FOUR_LETTER_WORDS = [
  "conf",
  "cons",
  "crst",
  "dirs",
  "dump",
  "envi",
  "gtmk",
  "icfg",
  "isro",
  "mntr",
  "ruok",
  "srst",
  "srvr",
  "stat",
  "stmk",
  "sysp",
  "wchc",
  "wchp",
  "wchs"
];

// rules/zookeeper/four-letter-word-unknown.ts
var four_letter_word_unknown_default = defineRule({
  meta: {
    id: "zookeeper/four-letter-word-unknown",
    severity: "warning",
    description: "4lw.commands.whitelist names a word ZooKeeper does not know, so the command meant is not enabled",
    rationale: "`FourLetterCommands.isEnabled` splits `4lw.commands.whitelist` at commas, trims each item and adds it to the enabled set as written, without checking it against the words the server knows. A misspelt or upper-case item (`rouk`, `RUOK`, `mntr stat` without a comma) enables nothing and is never reported; the command that was meant gets `ruok is not executed because it is not in the whitelist.`, so the health check or monitor that needs it fails, and a failing liveness probe restarts the server in a loop. Items after `*` are ignored by ZooKeeper and are not reported.",
    fix: "Spell each item as one of the words in the ZooKeeper administrator guide, in lower case, separated by commas.",
    references: [
      'FourLetterCommands.java (ZooKeeper 3.9) isEnabled(): split(","), trim, "*" enables all and stops, other items added as written; cmd2String lists the known words',
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L1389-1413 (4lw.commands.whitelist)"
    ],
    upstreamMessage: "ruok is not executed because it is not in the whitelist."
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const entry = zooValue(zoo.zoo, "4lw.commands.whitelist");
      if (!entry) continue;
      for (const item of splitLocated(entry.value, ",")) {
        const located = trimLocated(item);
        const word = located.value;
        if (word === "*") break;
        if (word === "" || FOUR_LETTER_WORDS.includes(word)) continue;
        report({
          span: located.span,
          message: `4lw.commands.whitelist item ${quote(word)} is not a four-letter word ZooKeeper knows, so it enables nothing${hintFor(word)}`
        });
      }
    }
  }
});
function hintFor(word) {
  if (/\s/.test(word)) return "; separate the words with commas";
  const suggestion2 = nearest(word.toLowerCase(), FOUR_LETTER_WORDS, 2);
  return suggestion2 === void 0 ? "" : `; did you mean ${quote(suggestion2)}`;
}

// rules/zookeeper/four-letter-words.ts
var four_letter_words_default = defineRule({
  meta: {
    id: "zookeeper/four-letter-words",
    severity: "info",
    description: "4lw.commands.whitelist is not set, so ZooKeeper 3.5.3 and later answer only the four-letter word srvr",
    rationale: "Health checks and monitors talk to ZooKeeper with four-letter words on the client port: `echo ruok | nc zk1 2181` in a Docker or Kubernetes health check, `mntr` for Prometheus exporters and Ambari alerts, `stat` for scripts and HBase's ZooKeeper dump. Since 3.5.3 (ZOOKEEPER-2693) a server executes only the words listed in `4lw.commands.whitelist`, and when the key is not set the list is `srvr` alone (which `zkServer.sh status` needs). Every other word gets the reply `ruok is not executed because it is not in the whitelist.` On 3.4 the same unset key enables all the words, so a check that worked for years fails after the upgrade, and a failing liveness probe restarts the server in a loop.\n\nhacheck cannot see the health checks that use the words, so this is information: it is reported once per distinct zoo.cfg of a ZooKeeper that is 3.5 or later (or of unknown release), and not for a 3.4 release named by its folder or by `versions.zookeeper`. Setting the key to anything, `srvr` included, records the choice and silences it. The whitelist can also be given as the system property `-Dzookeeper.4lw.commands.whitelist` (in `SERVER_JVMFLAGS`), which hacheck does not read: turn the rule off in `.hacheckrc` then.",
    fix: "List the words your health checks and monitors send, e.g. `4lw.commands.whitelist=srvr,ruok,mntr`, or `4lw.commands.whitelist=srvr` to record that only srvr is wanted. `*` enables every word, including the expensive `wchc` and `wchp`.",
    references: [
      'FourLetterCommands.java (ZooKeeper 3.9) isEnabled(): the zookeeper.4lw.commands.whitelist property, "*", srvr always added',
      'NettyServerCnxn.java / NIOServerCnxn.java (ZooKeeper 3.9) checkFourLetterWord(): "<cmd> is not executed because it is not in the whitelist."',
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L1389-1413 (4lw.commands.whitelist, new in 3.5.3; default srvr only)",
      "ServerCnxn.java (ZooKeeper 3.4.14) L287-325: unset enables every word but wchc and wchp"
    ],
    upstreamMessage: "ruok is not executed because it is not in the whitelist."
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    if (v.source !== "assumed" && !atLeast(v, 3, 5)) return;
    for (const zoo of cluster.zooConfigs) {
      if (zooValue(zoo.zoo, "4lw.commands.whitelist")) continue;
      report({
        span: zoo.start,
        message: `zoo.cfg does not set 4lw.commands.whitelist, so ZooKeeper ${v.label} executes only "srvr" and refuses ruok, mntr, stat and the other four-letter words health checks send${assumedNote(v)}`
      });
    }
  }
});

// src/rules-support/zookeeper-booleans.ts
function isStrictBoolean(key, v) {
  const known = ZOOKEEPER_KEYS.find((k2) => k2.name === key && k2.type === "boolean");
  if (!known || !atLeast(v, known.since[0], known.since[1])) return false;
  if (atLeast(v, 3, 7)) return true;
  return atLeast(v, 3, 5) && (key === "standaloneEnabled" || key === "reconfigEnabled");
}
function lenientBooleanKeys(v) {
  return ZOOKEEPER_KEYS.filter((k2) => k2.type === "boolean" && atLeast(v, k2.since[0], k2.since[1]) && !isStrictBoolean(k2.name, v)).map((k2) => k2.name);
}
function strictBooleanKeys(v) {
  return ZOOKEEPER_KEYS.filter((k2) => k2.type === "boolean" && isStrictBoolean(k2.name, v)).map((k2) => k2.name);
}
var isTrueOrFalse = (s) => /^(true|false)$/i.test(s);
var meansFalse = (s) => /^(false|no|n|off|0|disabled?)$/i.test(s);
function onlyKnownAtLeast35(v) {
  return v.source === "evidence" && v.label.endsWith("+");
}

// rules/zookeeper/invalid-boolean.ts
var invalid_boolean_default2 = defineRule({
  meta: {
    id: "zookeeper/invalid-boolean",
    severity: "error",
    description: "A boolean zoo.cfg key has a value other than true or false on a release that rejects it",
    rationale: "From ZooKeeper 3.7.0 every boolean key `QuorumPeerConfig` reads (`standaloneEnabled`, `reconfigEnabled`, `quorumListenOnAllIPs`, `syncEnabled`, `sslQuorum`, `multiAddress.enabled`, ...) must be `true` or `false` (in any case); any other value stops the server with `Invalid option <value> for <key>. Choose 'true' or 'false.'`. ZooKeeper 3.5 and 3.6 already reject other values for `standaloneEnabled` and `reconfigEnabled`.",
    fix: "Write `true` or `false`.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.8.6) L954-964 (parseBoolean, first in release-3.7.0)",
      "QuorumPeerConfig.java (ZooKeeper 3.5.10) L320, L328"
    ],
    upstreamMessage: "Invalid option <value> for <key>. Choose 'true' or 'false.'; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): Invalid option yes for standaloneEnabled. Choose 'true' or 'false.'"
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      for (const key of strictBooleanKeys(v)) {
        const entry = zooValue(zoo.zoo, key);
        if (!entry || isTrueOrFalse(entry.value.value) || placeholderIn(key, entry.value.value)) continue;
        report({
          span: entry.value.value === "" ? entry.key.span : entry.value.span,
          message: `${key} is ${quote(entry.value.value)}, which ZooKeeper ${v.label} rejects: it must be true or false${assumedNote(v)}`
        });
      }
    }
  }
});

// rules/zookeeper/invalid-number.ts
var invalid_number_default = defineRule({
  meta: {
    id: "zookeeper/invalid-number",
    severity: "error",
    description: "A numeric zoo.cfg key has a value that is not an integer",
    rationale: "`QuorumPeerConfig` reads numeric keys (`tickTime`, `initLimit`, `syncLimit`, `clientPort`, `maxClientCnxns`, `minSessionTimeout`, `maxSessionTimeout`, `electionAlg`, `autopurge.*`, ...) with `Integer.parseInt` (a few with `Long.parseLong`). Anything else, an empty value, a unit such as `2000ms`, or a number beyond the 32-bit range, throws `NumberFormatException`, which `QuorumPeerConfig.parse` wraps as `Error processing <path>`: the server does not start.\n\nzoo.cfg is a `java.util.Properties` file: `#` starts a comment only at the start of a line, so `initLimit=10 # ticks` gives the value `10 # ticks`, not `10`.",
    fix: "Write the bare integer, and put comments on a line of their own.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L133-158 (parse wraps IllegalArgumentException), L171-211",
      "QuorumPeerConfig.java (ZooKeeper master) L166-189, L271-384",
      "java.util.Properties.load javadoc (comment lines, no inline comments)"
    ],
    upstreamMessage: 'Error processing <path>/zoo.cfg (caused by java.lang.NumberFormatException: For input string: "<value>"); ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.NumberFormatException: For input string: "10 # ticks"'
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    const keys = ZOOKEEPER_KEYS.filter((k2) => (k2.type === "int" || k2.type === "long") && atLeast(v, k2.since[0], k2.since[1]));
    for (const zoo of cluster.zooConfigs) {
      for (const key of keys) {
        const entry = zooValue(zoo.zoo, key.name);
        if (!entry) continue;
        const text = entry.value.value;
        if (placeholderIn(key.name, text)) continue;
        if (key.type === "int" ? javaInt(text) !== void 0 : javaLong(text) !== void 0) continue;
        const note = key.since[0] === 3 && key.since[1] > 4 ? assumedNote(v) : "";
        const hash = text.indexOf("#");
        if (hash > 0 && /^[+-]?[0-9]+$/.test(text.slice(0, hash).trim())) {
          report({
            span: pieceOf(entry.value, hash, text.length).span,
            message: `${key.name} is ${quote(text)}: zoo.cfg has no inline comments, so ZooKeeper reads the comment as part of the number and refuses to start${note}`
          });
          continue;
        }
        const what = text === "" ? "empty" : /^[+-]?[0-9]+$/.test(text) ? `${quote(text)}, beyond the range of a Java ${key.type}` : `${quote(text)}, not an integer`;
        report({ span: text === "" ? entry.key.span : entry.value.span, message: `${key.name} is ${what}, so ZooKeeper refuses to start${note}` });
      }
    }
  }
});

// rules/zookeeper/lenient-boolean.ts
var lenient_boolean_default = defineRule({
  meta: {
    id: "zookeeper/lenient-boolean",
    severity: "warning",
    description: "A boolean zoo.cfg key has a value ZooKeeper silently reads differently from what it says",
    rationale: 'Before 3.7.0, `QuorumPeerConfig` reads most boolean keys with `Boolean.parseBoolean`: anything but `true` (in any case) is `false`, without a message, so `quorumListenOnAllIPs=yes` or `syncEnabled=1` turns the option off. `admin.enableServer` (3.5+) works the other way round: the AdminServer is disabled only by the exact value `false`, so `admin.enableServer=False` or `=no` leaves it listening on port 8080.\n\nValues that already mean "off" (`no`, `off`, `0`) on a key read as false are not reported.',
    fix: "Write `true` or `false` (for `admin.enableServer`, exactly `false` in lower case).",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L195-207 (Boolean.parseBoolean)",
      'AdminServerFactory.java (ZooKeeper 3.5+) createAdminServer: !"false".equals(System.getProperty("zookeeper.admin.enableServer"))',
      "QuorumPeerConfig.java (ZooKeeper master) L382-384 (other keys become zookeeper.<key> system properties)"
    ]
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      for (const key of lenientBooleanKeys(v)) {
        const entry = zooValue(zoo.zoo, key);
        if (!entry || isTrueOrFalse(entry.value.value) || meansFalse(entry.value.value) || placeholderIn(key, entry.value.value)) continue;
        report({
          span: entry.value.value === "" ? entry.key.span : entry.value.span,
          message: onlyKnownAtLeast35(v) ? `${key} is ${quote(entry.value.value)}, which ZooKeeper 3.5 and 3.6 silently read as false and 3.7+ rejects` : `${key} is ${quote(entry.value.value)}, which ZooKeeper ${v.label} silently reads as false`
        });
      }
      if (!atLeast(v, 3, 5)) continue;
      const admin = zooValue(zoo.zoo, "admin.enableServer");
      if (admin && admin.value.value !== "false" && meansFalse(admin.value.value)) {
        report({
          span: admin.value.span,
          message: `admin.enableServer is ${quote(admin.value.value)}, not exactly "false", so the AdminServer stays enabled`
        });
      }
    }
  }
});

// rules/zookeeper/malformed-escape.ts
var malformed_escape_default = defineRule({
  meta: {
    id: "zookeeper/malformed-escape",
    severity: "error",
    description: "A zoo.cfg line holds a \\u escape that is not followed by four hex digits",
    rationale: "ZooKeeper loads zoo.cfg with `java.util.Properties.load`, which decodes `\\uXXXX` escapes in keys and values. A `\\u` not followed by four hexadecimal digits makes it throw `IllegalArgumentException`, which `QuorumPeerConfig.parse` wraps as `Error processing <path>`: the server does not start. This usually comes from a Windows path such as `dataDir=C:\\users\\zk`.",
    fix: "Write backslashes as `\\\\` or use forward slashes (`C:/users/zk`); a backslash before any other character is silently dropped by `Properties.load`.",
    references: [
      'java.util.Properties.load(Reader) javadoc and loadConvert (OpenJDK 17): "Malformed \\uxxxx encoding."',
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L133-158; (master) L166-189: IllegalArgumentException wrapped as ConfigException"
    ],
    upstreamMessage: "Malformed \\uxxxx encoding."
  },
  check(cluster, report) {
    const files = [...cluster.zooConfigs, ...cluster.distinctFiles.filter((f) => f.kind === "zoo.cfg.dynamic")];
    for (const f of files) {
      if (!("zoo" in f)) continue;
      for (const e of f.zoo.entries) {
        if (!e.malformedEscape) continue;
        report({
          span: e.malformedEscape,
          message: `the line for ${quote(e.key.value)} holds a \\u escape without four hex digits, so ZooKeeper cannot load the file`
        });
      }
    }
  }
});

// src/rules-support/zookeeper-ensemble.ts
import { posix as posix2 } from "node:path";
function myidValue(file) {
  return javaLong(file.myid.firstLine.value);
}
var lists = /* @__PURE__ */ new WeakMap();
function serverListOf(cluster, zoo) {
  let cache2 = lists.get(cluster);
  if (!cache2) lists.set(cluster, cache2 = /* @__PURE__ */ new Map());
  if (cache2.has(zoo)) return cache2.get(zoo);
  const set = serverSetOf(cluster, zoo);
  let list;
  if (set) {
    const byId = /* @__PURE__ */ new Map();
    for (const s of set.servers) {
      const id = javaLong(s.id.value);
      if (id !== void 0) byId.set(id, s);
    }
    list = { zoo, file: set.file, byId, distributed: isDistributed(zoo.zoo, set.servers, cluster.zookeeperVersion) };
  }
  cache2.set(zoo, list);
  return list;
}
var SERVERS_OF_HOST = new HostIndex((s) => s.addresses.map((a) => a.host.value));
function serversOf(list, host) {
  const named = SERVERS_OF_HOST.all(list, () => list.byId.values(), host.name);
  if (named.length > 0 || !hasOwnFiles(host) || list.file.host !== host.name) return [...named];
  const own = ownWildcardLine([...list.byId.values()]);
  return own ? [own] : [];
}
function myidLocation(zoo) {
  const dataDir = zooValue(zoo, "dataDir");
  if (!dataDir || dataDir.value.value === "") return void 0;
  return { dataDir, path: posix2.normalize(`${dataDir.value.value}/myid`) };
}
function pathOnHost(host, path) {
  return host.folder !== void 0 && path.startsWith(`${host.folder}/`) ? path.slice(host.folder.length) : path;
}
function ensembles(cluster) {
  const index = /* @__PURE__ */ new Map();
  cluster.hosts.forEach((h, i) => {
    if (!index.has(hostKey(h.name))) index.set(hostKey(h.name), i);
  });
  const parent = cluster.hosts.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const named = /* @__PURE__ */ new Map();
  cluster.hosts.forEach((h, i) => {
    const list = h.zoo && serverListOf(cluster, h.zoo);
    if (!list) return;
    const others = named.get(list);
    if (others) {
      if (others.length > 0) parent[find(i)] = find(others[0]);
      return;
    }
    const joined = [];
    for (const s of list.byId.values()) {
      for (const a of s.addresses) {
        const j = index.get(hostKey(a.host.value));
        if (j !== void 0) joined.push(j);
      }
    }
    named.set(list, joined);
    for (const j of joined) parent[find(i)] = find(j);
  });
  const position = new Map(cluster.hosts.map((h, i) => [h, i]));
  return (host) => find(position.get(host) ?? -1);
}
function usedMyids(cluster) {
  const out = [];
  for (const host of cluster.hosts) {
    const { zoo, myid } = host;
    if (!hasOwnFiles(host) || !zoo || !myid) continue;
    const list = serverListOf(cluster, zoo);
    if (!list?.distributed) continue;
    const value = myidValue(myid);
    if (value !== void 0) out.push({ host, list, file: myid, value });
  }
  return out;
}
function myidConflict(m, cluster) {
  const own = serversOf(m.list, m.host);
  const claimed = m.list.byId.get(m.value);
  if (!claimed) return { kind: "unlisted", own };
  if (own.includes(claimed)) return void 0;
  if (own.length > 0) return { kind: "other", own, claimed };
  const folders = hostsWithFolder(cluster);
  const owned = claimed.addresses.some((a) => folders.has(hostKey(a.host.value)) && !sameHost(a.host.value, m.host.name));
  return owned ? { kind: "other", own, claimed } : void 0;
}
var folderHosts = /* @__PURE__ */ new WeakMap();
function hostsWithFolder(cluster) {
  let set = folderHosts.get(cluster);
  if (!set) {
    set = new Set(cluster.hosts.filter(hasOwnFiles).map((h) => hostKey(h.name)));
    folderHosts.set(cluster, set);
  }
  return set;
}

// rules/zookeeper/myid-duplicate.ts
var myid_duplicate_default = defineRule({
  meta: {
    id: "zookeeper/myid-duplicate",
    severity: "error",
    description: "Two hosts of one ZooKeeper ensemble have the same id in their myid files",
    rationale: 'The id in `<dataDir>/myid` is how a quorum server knows which `server.N` line it is, and "the id must be unique within the ensemble". Two hosts with the same id both act as the same server: they bind the same configured addresses, and their votes in leader election and in the quorum count as one.\n\nHosts are in one ensemble when the server list of one names the other, so two separate ensembles in one snapshot may reuse ids. A duplicate that `zookeeper/myid-mismatch` already explains (the id contradicts the host\'s own `server.N` line) is left to that rule.',
    fix: "Give each host the id of its own `server.N` line in `<dataDir>/myid`.",
    references: [
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L217-224: "The id must be unique within the ensemble"',
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L406-424"
    ],
    upstreamMessage: "ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.net.BindException: Address already in use (both servers with the id bind its line's address; on a real network the one on the wrong host gets Cannot assign requested address); when the other server has not bound yet, its peers log java.net.ConnectException: Connection refused"
  },
  check(cluster, report) {
    const ensembleOf = ensembles(cluster);
    const first = /* @__PURE__ */ new Map();
    const used = usedMyids(cluster).filter((m) => !myidConflict(m, cluster)).sort((a, b) => a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0);
    for (const m of used) {
      const key = `${ensembleOf(m.host)}\0${m.value}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, m);
        continue;
      }
      report({
        span: m.file.myid.firstLine.span,
        message: `myid ${quote(m.file.myid.firstLine.value)} on ${m.host.name} holds id ${m.value}, as the myid on ${earlier.host.name} does`,
        related: [{ span: earlier.file.myid.firstLine.span, message: `${earlier.host.name}'s myid is ${quote(earlier.file.myid.firstLine.value)}` }]
      });
    }
  }
});

// rules/zookeeper/myid-invalid.ts
function problem(file) {
  const text = file.myid.firstLine.value;
  const shown = quote(text).replace(/\ufeff/g, "\\ufeff");
  if (text === "") return file.lineCount === 1 ? "myid is empty" : "the first line of myid is empty";
  if (text.startsWith("\uFEFF")) return `myid ${shown} starts with a byte-order mark, so it is not a number`;
  if (/^\s|\s$/.test(text)) return `myid ${shown} has whitespace around the id, so it is not a number`;
  if (/^[+-]?\d+$/.test(text)) return `myid ${shown} is outside the range of a Java long`;
  return `myid ${shown} is not a number`;
}
var myid_invalid_default = defineRule({
  meta: {
    id: "zookeeper/myid-invalid",
    severity: "error",
    description: "The first line of a myid file is not a bare integer as ZooKeeper reads it",
    rationale: "ZooKeeper reads `<dataDir>/myid` with `BufferedReader.readLine()` and passes the first line, untrimmed, to `Long.parseLong`. A space or tab before or after the id, a byte-order mark written by an editor, an empty file or an empty first line is not a number, and the server stops with `serverid <text> is not a number`. A line break after the id (LF or CRLF) is fine: `readLine` drops it.\n\nZooKeeper 3.4 reads myid only when zoo.cfg lists more than one participant; 3.5 and later read it whenever the file exists, even for a standalone server.",
    fix: "Write the id alone on the first line, for example `echo 1 > /var/lib/zookeeper/myid`, and save the file without a byte-order mark.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L406-424",
      "QuorumPeerConfig.java (ZooKeeper master 3.10.0-SNAPSHOT) L724-742",
      `zookeeperAdmin.md (ZooKeeper 3.8.6) L217-221: "a single line containing only the text of that machine's id"`
    ],
    upstreamMessage: "serverid <text> is not a number; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.IllegalArgumentException: serverid id=1 is not a number"
  },
  check(cluster, report) {
    const version = cluster.zookeeperVersion;
    for (const host of cluster.hosts) {
      const { zoo, myid } = host;
      if (!hasOwnFiles(host) || !zoo || !myid || myidValue(myid) !== void 0) continue;
      const distributed = serverListOf(cluster, zoo)?.distributed ?? false;
      if (!distributed && !atLeast(version, 3, 5)) continue;
      report({ span: myid.myid.firstLine.span, message: problem(myid) + (distributed ? "" : assumedNote(version)) });
    }
  }
});

// rules/zookeeper/myid-mismatch.ts
var line = (s) => `${s.entry.key.value}=${s.entry.value.value}`;
var myid_mismatch_default = defineRule({
  meta: {
    id: "zookeeper/myid-mismatch",
    severity: "error",
    description: "A host's myid is not the N of its own server.N line",
    rationale: "A quorum server takes its identity from `<dataDir>/myid`: \"it should match **x** in **server.x**\". When the id names no server line, the server stops with `My id N not in the peer list`. When it names another host's line, the server acts as that host: it tries to listen on the other host's quorum and election addresses, and two servers with one id break leader election and the quorum count. Both happen typically after copying an installation or data folder from another host.\n\nA host that no server line names but that has a myid at its dataDir is reported when the id names no server, or names the line of another host of the snapshot.",
    fix: "Write the N of this host's `server.N` line into `<dataDir>/myid`; on a host that is not a ZooKeeper server, remove the myid (or add the host to every copy of the server list).",
    references: [
      "QuorumPeer.java (ZooKeeper 3.4.14) L719; (3.8.6) L1130; (master) L1192",
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L411-424",
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L1272-1277"
    ],
    upstreamMessage: "My id <N> not in the peer list; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.RuntimeException: My id 4 not in the peer list; a swapped myid binds the other host's address (on a real network: java.net.BindException: Cannot assign requested address)"
  },
  check(cluster, report) {
    for (const m of usedMyids(cluster)) {
      const conflict = myidConflict(m, cluster);
      if (!conflict) continue;
      const value = quote(m.file.myid.firstLine.value);
      const ownIds = conflict.own.map((s) => s.entry.key.value).join(" and ");
      const related = conflict.own.map((s) => ({ span: s.entry.span, message: `${m.host.name} is ${line(s)}` }));
      let message;
      if (conflict.kind === "unlisted") {
        message = conflict.own.length > 0 ? `myid ${value} names no server in the server list, but ${m.host.name} is ${ownIds}` : `myid ${value} names no server in the server list, which does not name ${m.host.name} either`;
        const first = m.list.file.zoo.servers[0];
        if (conflict.own.length === 0 && first) {
          related.push({ span: first.entry.span, message: `the server list has ${plural(m.list.byId.size, "server")}` });
        }
      } else {
        const claimed = conflict.claimed;
        related.push({ span: claimed.entry.span, message: `${line(claimed)} belongs to another host` });
        message = conflict.own.length > 0 ? `myid ${value} is the id of ${claimed.entry.key.value}, but ${m.host.name} is ${ownIds}` : `myid ${value} is the id of ${claimed.entry.key.value} (${quote(claimed.addresses.map((a) => a.host.value).join("|"))}), and the server list does not name ${m.host.name}`;
      }
      report({ span: m.file.myid.firstLine.span, message, related });
    }
  }
});

// rules/zookeeper/myid-misplaced.ts
import { posix as posix3 } from "node:path";
var myid_misplaced_default = defineRule({
  meta: {
    id: "zookeeper/myid-misplaced",
    severity: "warning",
    description: "A myid file in a host folder is not at <dataDir>/myid, so ZooKeeper never reads it",
    rationale: "ZooKeeper reads its id only from `<dataDir>/myid` (`new File(dataDir, \"myid\")`), dataDir taken from the host's zoo.cfg; not from `dataLogDir`, the installation folder or anywhere else. A myid elsewhere is usually the result of creating it relative to the wrong folder (`vi data/myid` inside the unpacked release instead of the dataDir) or of copying a whole installation tree from another host, which carries that host's id along.\n\nThe stray file does not break anything by itself, hence a warning: when the real myid is missing, `zookeeper/myid-missing` reports the error. When a correct myid exists too, the stray copy is stale and misleads whoever checks the id by looking at it.",
    fix: "Move the file to `<dataDir>/myid` (and check that it holds the id of this host's `server.N` line), or delete it when the host already has a correct myid there.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L406",
      "QuorumPeerConfig.java (ZooKeeper master 3.10.0-SNAPSHOT) L724-725",
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L217-221"
    ]
  },
  check(cluster, report) {
    const zooFilesOf = /* @__PURE__ */ new Map();
    for (const f of cluster.files) {
      if (f.kind !== "zoo.cfg" || f.host === void 0) continue;
      const list = zooFilesOf.get(f.host);
      if (list) list.push(f);
      else zooFilesOf.set(f.host, [f]);
    }
    for (const host of cluster.hosts) {
      const { zoo, folder } = host;
      if (!folder || !zoo || host.strayMyids.length === 0) continue;
      const where2 = myidLocation(zoo.zoo);
      if (!where2) continue;
      const dataDir = where2.dataDir.value.value;
      const dataLogDir = zooValue(zoo.zoo, "dataLogDir")?.value.value;
      const others = (zooFilesOf.get(host.name) ?? []).filter((f) => f !== zoo);
      for (const stray of host.strayMyids) {
        if (others.some((f) => isExpectedMyid(stray.path, folder, f))) continue;
        const dir = posix3.dirname(pathOnHost(host, stray.path));
        const inLogDir = dataLogDir?.startsWith("/") && posix3.normalize(dataLogDir).replace(/(.)\/$/, "$1") === dir;
        const related = [{ span: where2.dataDir.value.span, message: `dataDir is ${quote(dataDir)}` }];
        if (host.myid) {
          related.push({
            span: host.myid.start,
            message: `the myid ZooKeeper reads holds ${quote(host.myid.myid.firstLine.value)}`
          });
        }
        report({
          span: stray.start,
          message: inLogDir ? `myid is in dataLogDir ${quote(dataLogDir)}, but ZooKeeper reads it only from dataDir ${quote(dataDir)}` : `myid is not in dataDir ${quote(dataDir)}, so ZooKeeper never reads it`,
          related
        });
      }
    }
  }
});

// rules/zookeeper/myid-missing.ts
var myid_missing_default = defineRule({
  meta: {
    id: "zookeeper/myid-missing",
    severity: "error",
    description: "A ZooKeeper server of a quorum has no myid file at <dataDir>/myid",
    rationale: 'Every server of a ZooKeeper quorum finds out which `server.N` line it is from `<dataDir>/myid` (`new File(dataDir, "myid")`), dataDir taken from its own zoo.cfg; `dataLogDir` and every other folder are never searched. Without that file the server does not start: ZooKeeper 3.4 throws `<dataDir>/myid file is missing` when zoo.cfg lists more than one participant, 3.5 and later `myid file is missing` when the configuration is distributed. A standalone server needs no myid, so a zoo.cfg with fewer than two participants is not checked. A myid that hacheck could not read as text (syntax/binary-file, syntax/file-too-large) counts as present.\n\nA relative dataDir is resolved against the directory ZooKeeper is started from, which a snapshot does not record: the myid may then sit below any directory of the host, and the rule reports only when none does. A host folder is checked when it holds ZooKeeper files (its own zoo.cfg, or a myid anywhere), so a folder that only holds, say, ntp.conf is not taken for a complete snapshot.',
    fix: "Create the file on that host with the id of its `server.N` line, e.g. `echo 1 > /var/lib/zookeeper/myid` for `server.1`. If a myid exists elsewhere (listed as a note), move it to `<dataDir>/myid` or correct dataDir.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L406-410",
      "QuorumPeerConfig.java (ZooKeeper master 3.10.0-SNAPSHOT) L724-729, L814-816",
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L217-221, L1272-1277"
    ],
    upstreamMessage: "<dataDir>/myid file is missing (3.4); myid file is missing (3.5+)"
  },
  check(cluster, report) {
    for (const host of cluster.hosts) {
      const { zoo } = host;
      if (!hasOwnFiles(host) || !zoo || host.myid || host.container && host.strayMyids.length === 0) continue;
      if (zoo.host !== host.name && host.strayMyids.length === 0) continue;
      if (cluster.unchecked.some((u) => u.kind === "myid" && u.host === host.name)) continue;
      const list = serverListOf(cluster, zoo);
      const where2 = myidLocation(zoo.zoo);
      if (!list?.distributed || !where2) continue;
      const own = serversOf(list, host)[0];
      if (!own) continue;
      const relative = !where2.path.startsWith("/");
      report({
        span: own.entry.span,
        message: relative ? `${host.name} has no myid file at ${quote(where2.path)} below any directory` : `${host.name} has no myid file at ${quote(where2.path)}`,
        related: [
          { span: where2.dataDir.value.span, message: `dataDir is ${quote(where2.dataDir.value.value)}` },
          ...host.strayMyids.map((m) => ({
            span: m.start,
            message: `a myid at ${quote(m.container?.target ?? pathOnHost(host, m.path))}, which ZooKeeper does not read`
          }))
        ]
      });
    }
  }
});

// rules/zookeeper/observers-without-quorum.ts
var observers_without_quorum_default = defineRule({
  meta: {
    id: "zookeeper/observers-without-quorum",
    severity: "error",
    description: "The server list has observers but fewer than two participants",
    rationale: "Observers follow a leader elected by the participants; they never vote. With observers and no participant ZooKeeper refuses to start (`Observers w/o participants is an invalid configuration`); with a single participant it would fall back to standalone mode, which has no place for observers (`Observers w/o quorum is an invalid configuration`), except on 3.5+ with `standaloneEnabled=false`.",
    fix: "Make at least three servers participants (drop `:observer` from their lines).",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L333-348",
      "QuorumPeerConfig.java (ZooKeeper master) L689-705"
    ],
    upstreamMessage: "Observers w/o participants is an invalid configuration"
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const set = serverSetOf(cluster, zoo);
      if (!set) continue;
      const observers = set.servers.filter((s) => roleOf(s) === "observer");
      if (observers.length === 0) continue;
      const n = participants(set.servers).length;
      const standalone = !atLeast(v, 3, 5) || zooBool(zoo.zoo, "standaloneEnabled") !== false;
      if (n >= 2 || n === 1 && !standalone) continue;
      const first = observers[0];
      report({
        span: first.addresses[0]?.role?.span ?? first.entry.key.span,
        message: n === 0 ? `the server list has ${plural(observers.length, "observer")} and no participant, so ZooKeeper refuses to start` : `the server list has ${plural(observers.length, "observer")} but only 1 participant, so ZooKeeper refuses to start`
      });
    }
  }
});

// rules/zookeeper/quorum-port-equals-election-port.ts
var quorum_port_equals_election_port_default = defineRule({
  meta: {
    id: "zookeeper/quorum-port-equals-election-port",
    severity: "error",
    description: "A server.N line uses the same port for quorum and leader election traffic",
    rationale: "Each server listens on two ports: the quorum port (followers connect to the leader) and the election port. ZooKeeper 3.5+ refuses such a line (`Client and election port must be different! Please update the configuration file on server.<N>`). ZooKeeper 3.4 does not check it: the election listener binds the port at startup, and when that server is elected leader it cannot bind the same port for the quorum (`Address already in use`), so it never leads.",
    fix: "Use two different ports, conventionally `2888` for the quorum and `3888` for elections.",
    references: [
      "QuorumPeer.java (ZooKeeper master) L401-404; (3.5.10) L269; (3.8.6) L363",
      "hadoop-zookeeper-facts.md d.5: no such check in 3.4.14, conflicts surface as BindException at run time"
    ],
    upstreamMessage: "Client and election port must be different! Please update the configuration file on server.<N>; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): Client and election port must be different! Please update the configuration file on server.2"
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    const outcome = atLeast(v, 3, 5) ? `which ZooKeeper refuses${assumedNote(v)}` : `so ZooKeeper ${v.label} cannot bind both`;
    for (const file of serverFiles(cluster)) {
      for (const s of file.zoo.servers) {
        for (const a of s.addresses) {
          if (!a.quorumPort || !a.electionPort) continue;
          const q = javaPort(a.quorumPort.value);
          if (q === void 0 || q !== javaPort(a.electionPort.value)) continue;
          report({
            span: a.electionPort.span,
            message: `${s.entry.key.value} uses port ${quote(a.electionPort.value)} for both quorum and election, ${outcome}`,
            related: [{ span: a.quorumPort.span, message: `the quorum port is ${quote(a.quorumPort.value)}` }]
          });
        }
      }
    }
  }
});

// rules/zookeeper/required-key.ts
var required_key_default = defineRule({
  meta: {
    id: "zookeeper/required-key",
    severity: "error",
    description: "zoo.cfg lacks a key ZooKeeper needs: dataDir, clientPort, a non-zero tickTime, or initLimit/syncLimit for an ensemble",
    rationale: "`QuorumPeerConfig` refuses to start without `dataDir` (`dataDir is not set`). ZooKeeper 3.4 also refuses to start without `clientPort` (`clientPort is not set`); 3.5+ starts, but when neither `clientPort` nor a `;clientPort` part of the server's own `server.N` line gives a client port, it opens no client port at all and no client (the ZKFC, HBase, the CLI) can connect. A 3.5+ server with `secureClientPort` and no `clientPort` serves its clients over TLS only: that is not a missing port. When the configuration runs as a quorum (two or more participants, or `standaloneEnabled=false` on 3.5+), `initLimit` and `syncLimit` have no default and a missing or zero value stops the server (`initLimit is not set`, `syncLimit is not set`). `tickTime` defaults to 3000 ms, but an explicit `tickTime=0` stops the server too (`tickTime is not set`).",
    fix: "Set the key. The sample configuration uses `dataDir` on a persistent disk, `clientPort=2181`, `initLimit=10` and `syncLimit=5` (ticks of `tickTime`).",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L309-317, L356-361",
      "QuorumPeerConfig.java (ZooKeeper master) L417-435, L806-813 (checkValidity), L943-945 (isDistributed)",
      "zoo_sample.cfg (ZooKeeper 3.4.14, 3.8.6)"
    ],
    upstreamMessage: "dataDir is not set; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.IllegalArgumentException: tickTime is not set"
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const cfg = zoo.zoo;
      if (!zooValue(cfg, "dataDir")) {
        report({ span: zoo.start, message: "zoo.cfg does not set dataDir, which ZooKeeper requires to start" });
      }
      const tickTime = zooValue(cfg, "tickTime");
      if (tickTime && javaInt(tickTime.value.value) === 0) {
        report({ span: tickTime.value.span, message: `tickTime is ${quote(tickTime.value.value)}, which ZooKeeper treats as not set and refuses to start` });
      }
      const set = serverSetOf(cluster, zoo);
      const clientPort = zooValue(cfg, "clientPort");
      const clientPortZero = clientPort !== void 0 && javaInt(clientPort.value.value) === 0;
      if (!clientPort || clientPortZero) {
        const what = clientPortZero ? `sets clientPort to ${quote("0")}, which ZooKeeper treats as not set` : "does not set clientPort";
        const span = clientPortZero ? clientPort.value.span : zoo.start;
        const secure = zooValue(cfg, "secureClientPort");
        const securePort = secure ? javaInt(secure.value.value) : void 0;
        if (!atLeast(v, 3, 5)) {
          report({ span, message: `zoo.cfg ${what}, which ZooKeeper ${v.label} requires to start` });
        } else if (securePort !== void 0 && securePort !== 0) {
        } else if (set) {
          const withClient = set.servers.filter((s) => s.client !== void 0 && s.client.port.value !== "");
          if (withClient.length === 0) {
            report({ span, message: `zoo.cfg ${what} and no server line has a ";clientPort" part, so ZooKeeper opens no client port${assumedNote(v)}` });
          } else {
            for (const s of set.servers) {
              if (withClient.includes(s)) continue;
              report({
                span: s.entry.key.span,
                message: `${s.entry.key.value} has no ";clientPort" part and zoo.cfg ${what}, so that server opens no client port${assumedNote(v)}`
              });
            }
          }
        }
      }
      if (!set || !isDistributed(cfg, set.servers, v)) continue;
      const anchor = set.servers[0].entry.key.span;
      const n = participants(set.servers).length;
      const why = n >= 2 ? `to run its ${n} participants as a quorum` : "to run as a quorum with standaloneEnabled=false";
      for (const key of ["initLimit", "syncLimit"]) {
        const entry = zooValue(cfg, key);
        if (entry && javaInt(entry.value.value) !== 0) continue;
        const message = entry ? `${key} is ${quote(entry.value.value)}, which ZooKeeper treats as not set but requires ${why}` : `zoo.cfg does not set ${key}, which ZooKeeper requires ${why}`;
        report({ span: entry ? entry.value.span : anchor, message });
      }
    }
  }
});

// rules/zookeeper/server-id-range.ts
var server_id_range_default = defineRule({
  meta: {
    id: "zookeeper/server-id-range",
    severity: "warning",
    description: "A server.N id is outside the documented range 1 to 255",
    rationale: 'The administrator\'s guide says the id "must be unique within the ensemble and should have a value between 1 and 255". The id is shifted into the top byte of every session id the server creates (`nextSid | (id << 56)`), so ids above 255 wrap around and can hand out session ids that collide with those of another server; 3.5+ also uses -1 internally for "no id". With TTL nodes (`extendedTypesEnabled`) the limit is 254.',
    fix: "Renumber the servers within 1-255 and update each host's `myid` to match.",
    references: [
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L217-224; (3.4.14) L203-207",
      "SessionTrackerImpl.java (ZooKeeper master) L98-106",
      "EphemeralType.java (ZooKeeper master) L131, L202-205"
    ]
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      for (const s of file.zoo.servers) {
        const id = javaLong(s.id.value);
        if (id === void 0 || id >= 1n && id <= 255n) continue;
        report({ span: s.id.span, message: `server id ${quote(s.id.value)} is outside the documented range 1 to 255` });
      }
    }
  }
});

// rules/zookeeper/server-id.ts
var server_id_default = defineRule({
  meta: {
    id: "zookeeper/server-id",
    severity: "error",
    description: "The N of a server.N key is not a number",
    rationale: "ZooKeeper parses the id after `server.` with `Long.parseLong`. Anything else (`server.zk1`, `server.1 2`, `server.`) throws `NumberFormatException`, which `QuorumPeerConfig.parse` wraps as `Error processing <path>`: the server does not start. The id is also what each server's `myid` file must contain.",
    fix: "Number the servers: `server.1`, `server.2`, `server.3`, and write the same number into each host's `myid`.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L213-214",
      "QuorumMaj.java (ZooKeeper master) L92-95"
    ],
    upstreamMessage: 'Error processing <path>/zoo.cfg (caused by java.lang.NumberFormatException: For input string: "<N>"); ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.NumberFormatException: For input string: "three"'
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      for (const s of file.zoo.servers) {
        if (javaLong(s.id.value) !== void 0) continue;
        const span = s.id.value === "" ? s.entry.key.span : s.id.span;
        report({ span, message: `server id ${quote(s.id.value)} of ${quote(s.entry.key.value)} is not a number, so ZooKeeper refuses to start` });
      }
    }
  }
});

// rules/zookeeper/server-list-drift.ts
function meaning(s) {
  const port = (p) => p !== void 0 && /^\d+$/.test(p) ? String(Number(p)) : p ?? "";
  return s.addresses.map((a) => [
    hostKey(a.host.value),
    port(a.quorumPort?.value),
    port(a.electionPort?.value),
    a.role?.value.trim().toLowerCase() || "participant",
    a.extra?.value ?? ""
  ].join(":")).join("|");
}
function portsAndRole(s) {
  return meaning(s).split("|").map((a) => a.slice(a.indexOf(":"))).join("|");
}
function meaningOfWildcard(id, line2, copy, others) {
  for (const [m, v] of others ?? []) {
    const named = v.copies[0].list.byId.get(id);
    if (portsAndRole(named) !== portsAndRole(line2)) continue;
    if (copy.hosts.every((h) => named.addresses.some((a) => sameHost(a.host.value, h.name)))) return m;
  }
  return meaning(line2);
}
function anchorOf(list) {
  return list.file.zoo.servers[0]?.entry.span ?? list.file.start;
}
var server_list_drift_default = defineRule({
  meta: {
    id: "zookeeper/server-list-drift",
    severity: "error",
    description: "The zoo.cfg copies of the ZooKeeper hosts do not list the same servers",
    rationale: "Each ZooKeeper server learns the ensemble only from the `server.N` lines of its own zoo.cfg: \"Every machine that is part of the ZooKeeper ensemble should know about every other machine in the ensemble\", and the list of servers \"must match the list of ZooKeeper servers that each ZooKeeper server has\". ZooKeeper does not compare the copies: every server starts, but the servers disagree on membership. A server connects to the addresses and ports its own copy lists, and counts a quorum as a majority of the voters its own copy lists (`QuorumMaj`), so with different ids, addresses, ports, roles or members a server may never reach another one or join the ensemble, and servers may count majorities of different sets.\n\nThe copies are compared per ensemble (hosts that name each other) by what each line means to the quorum: host, quorum port, election port and role (`participant` when left out); a `;clientPort` part is not compared. Each line that differs from the majority of hosts is reported at the copy that differs. A copy's own line written with the wildcard address (`server.2=0.0.0.0:2888:3888` in server 2's copy, the official Docker image's idiom) means what the other copies write for that server when they name that host there: the server binds every interface and dials its peers by name. A wildcard on another server's line is drift: the server would dial itself.",
    fix: "Use one zoo.cfg for every server of the ensemble (distribute it with your configuration management), with the same `server.N` lines everywhere.",
    references: [
      "zookeeperAdmin.md (ZooKeeper 3.8.6) L203-205, L1278-1280",
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L212-260; QuorumMaj.java (ZooKeeper master) L77-106"
    ],
    upstreamMessage: "ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.RuntimeException: My id 3 not in the peer list (the host whose copy lacks its own line); other drifts start and stay latent"
  },
  check(cluster, report) {
    const named = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const listOf = /* @__PURE__ */ new Map();
    for (const h of cluster.hosts) {
      const list = h.zoo && serverListOf(cluster, h.zoo);
      if (!list) continue;
      listOf.set(h, list);
      if (seen.has(list)) continue;
      seen.add(list);
      for (const s of list.byId.values()) for (const a of s.addresses) named.add(hostKey(a.host.value));
    }
    const ensembleOf = ensembles(cluster);
    const groups = /* @__PURE__ */ new Map();
    for (const [h, list] of listOf) {
      if (!named.has(hostKey(h.name))) continue;
      const e = ensembleOf(h);
      let copies = groups.get(e);
      if (!copies) groups.set(e, copies = /* @__PURE__ */ new Map());
      const copy = copies.get(list.file.path);
      if (copy) copy.hosts.push(h);
      else copies.set(list.file.path, { list, hosts: [h] });
    }
    for (const copies of groups.values()) {
      if (copies.size < 2) continue;
      const all = [...copies.values()].sort((a, b) => a.list.file.path < b.list.file.path ? -1 : 1);
      const total = all.reduce((n, c) => n + c.hosts.length, 0);
      const votes = /* @__PURE__ */ new Map();
      const vote = (id, m, c) => {
        let byMeaning = votes.get(id);
        if (!byMeaning) votes.set(id, byMeaning = /* @__PURE__ */ new Map());
        const v = byMeaning.get(m);
        if (v) {
          v.hosts += c.hosts.length;
          v.copies.push(c);
        } else byMeaning.set(m, { hosts: c.hosts.length, copies: [c] });
      };
      const wildcard = [];
      for (const c of all) {
        for (const [id, s] of c.list.byId) {
          if (isWildcardLine(s)) wildcard.push({ id, line: s, copy: c });
          else vote(id, meaning(s), c);
        }
      }
      for (const w of wildcard) vote(w.id, meaningOfWildcard(w.id, w.line, w.copy, votes.get(w.id)), w.copy);
      for (const [id, byMeaning] of votes) {
        let present = 0;
        let major;
        for (const v of byMeaning.values()) {
          present += v.hosts;
          if (!major || v.hosts > major.hosts) major = v;
        }
        const absent = total - present;
        if (absent === 0 && byMeaning.size === 1) continue;
        const lacking = () => all.filter((c) => !c.list.byId.has(id));
        if (absent > major.hosts) {
          const first = lacking()[0];
          const related2 = [{ span: anchorOf(first.list), message: `this copy has no server.${id}` }];
          for (const v of byMeaning.values()) {
            for (const c of v.copies) {
              const line2 = c.list.byId.get(id);
              report({
                span: line2.entry.span,
                message: `${line2.entry.key.value} ${quote(line2.entry.value.value)} is listed in this copy but not on ${absent} of ${total} ZooKeeper hosts`,
                related: related2
              });
            }
          }
          continue;
        }
        const majorLine = major.copies[0].list.byId.get(id);
        const key = majorLine.entry.key.value;
        const majorValue = quote(majorLine.entry.value.value);
        const tally = `on ${major.hosts} of ${total} ZooKeeper hosts`;
        const related = [{ span: majorLine.entry.value.span, message: `${key} is ${majorValue} here` }];
        for (const v of byMeaning.values()) {
          if (v === major) continue;
          for (const c of v.copies) {
            const line2 = c.list.byId.get(id);
            report({
              span: line2.entry.value.span,
              message: `${line2.entry.key.value} is ${quote(line2.entry.value.value)} in this copy but ${majorValue} ${tally}`,
              related
            });
          }
        }
        if (absent === 0) continue;
        for (const c of lacking()) {
          report({ span: anchorOf(c.list), message: `${key} (${majorValue}) is missing from this copy but listed ${tally}`, related });
        }
      }
    }
  }
});

// rules/zookeeper/server-syntax.ts
var server_syntax_default = defineRule({
  meta: {
    id: "zookeeper/server-syntax",
    severity: "error",
    description: "A server.N value does not have the form the ZooKeeper release accepts",
    rationale: "ZooKeeper 3.4 reads `server.N=host:quorumPort[:electionPort[:participant|observer]]` (IPv6 as `[addr]:port:port`). A 3.5+ `;clientPort` suffix makes `Integer.parseInt` fail on the election port (`Error processing <path>`), and a `|` of the 3.6 multi-address syntax breaks the split on `:`. 3.5+ reads `host:quorumPort:electionPort[:participant|observer][;[clientAddress:]clientPort]`; from 3.6 several addresses may be joined with `|`, but only with multi-address support enabled. The server-line parser reads only the Java system property `zookeeper.multiAddress.enabled`: the zoo.cfg key `multiAddress.enabled=true` sets a field that parser never reads (ZooKeeper 3.8.0, run by the differential suite, refuses the line with the key set), so the rule reports the line whatever the key says; a `-D` flag in the JVM options is the only fix, and a snapshot does not show JVM options. A second `;` part (`;clientPort;secureClientPort`) is rejected by 3.5 to 3.9 (`does not have the form ...`).\n\nEvery voting member needs an election port (`Missing election port for server: N`; 3.5+ rejects the line as a whole), ports must be integers in 0-65535, the role must be `participant` or `observer` (`Unrecognised peertype`), and an IPv6 address must be closed by `]:`. Each of these stops the server.",
    fix: "Write each line as `server.N=host:2888:3888` (3.4) or `server.N=host:2888:3888;2181` (3.5+), with `:observer` after the election port for an observer and IPv6 addresses in brackets.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L107-126 (IPv6 split), L212-241 (server.N), L366-372 (election port)",
      "QuorumPeer.java (ZooKeeper master) L284-293 (role), L323-447 (QuorumServer(long, String))",
      "ConfigUtils.java (ZooKeeper master) L76-96 (IPv6)",
      "zookeeperReconfig.md (ZooKeeper 3.8.6) L94-130; zookeeperAdmin.md (3.8.6) L1219-1231, L1287-1311 (multiAddress)"
    ],
    upstreamMessage: "<value> does not have the form server_config or server_config;client_config where server_config is the pipe separated list of host:port:port or host:port:port:type and client_config is port or host:port; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): Unrecognised peertype: voter; Multiple address feature is disabled, but multiple addresses were specified for sid 1"
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    const note = assumedNote(v);
    const v35 = atLeast(v, 3, 5);
    const quorumOf = /* @__PURE__ */ new Map();
    for (const zoo of cluster.zooConfigs) {
      const set = serverSetOf(cluster, zoo);
      if (!set) continue;
      const alg0 = zooValue(zoo.zoo, "electionAlg")?.value.value === "0";
      const needs = isDistributed(zoo.zoo, set.servers, v) && !alg0;
      for (const s of set.servers) quorumOf.set(s, (quorumOf.get(s) ?? false) || needs);
    }
    for (const file of serverFiles(cluster)) {
      const settings = settingsFor(cluster, file);
      for (const s of file.zoo.servers) {
        const key = s.entry.key.value;
        const out = (r) => report(r);
        const port = (loc, what) => {
          if (javaPort(loc.value) !== void 0) return;
          const reason = javaInt(loc.value) === void 0 ? "is not a number" : "is outside 0-65535";
          out({ span: loc.span, message: `the ${what} ${quote(loc.value)} of ${key} ${reason}` });
        };
        if (s.bracketProblem) {
          out({ span: s.bracketProblem.span, message: `${key} address ${quote(s.bracketProblem.value)} starts with "[" but has no matching "]:"` });
          continue;
        }
        if (s.addresses.length > 1) {
          const addressSpan = s.addresses[1].span;
          if (!v35) {
            out({ span: addressSpan, message: `${key} lists several addresses joined by "|", which ZooKeeper ${v.label} does not accept` });
            continue;
          }
          if (!atLeast(v, 3, 6)) {
            out({ span: addressSpan, message: `${key} lists several addresses joined by "|", which ZooKeeper accepts only from 3.6` });
            continue;
          }
          const keySet = zooBool(settings, "multiAddress.enabled") === true;
          out({
            span: addressSpan,
            message: `${key} lists several addresses joined by "|", which ZooKeeper rejects unless it runs with -Dzookeeper.multiAddress.enabled=true${keySet ? "; multiAddress.enabled in zoo.cfg does not enable it" : ""}${note}`
          });
        }
        if (s.client && !v35) {
          out({ span: s.client.port.span, message: `${key} has a ";clientPort" part, which ZooKeeper ${v.label} does not accept` });
          continue;
        }
        const roles = /* @__PURE__ */ new Set();
        for (const a of s.addresses) {
          const parts = [a.quorumPort?.value, a.electionPort?.value, a.role?.value, a.extra?.value];
          const n = javaSplitLength(parts);
          if (n === 0) {
            out({ span: a.span, message: `${key} address ${quote(a.host.value)} has no quorum port` });
            continue;
          }
          port(a.quorumPort, "quorum port");
          if (n === 1) {
            if (v35 || quorumOf.get(s) || file.kind === "zoo.cfg.dynamic") {
              out({ span: a.span, message: `${key} ${quote(`${a.host.value}:${a.quorumPort.value}`)} has no election port` });
            }
            continue;
          }
          port(a.electionPort, "election port");
          if (n >= 3) {
            const role = a.role.value;
            const norm = (atLeast(v, 3, 6) ? role.trim() : role).toLowerCase();
            if (norm !== "participant" && norm !== "observer") {
              out({ span: a.role.span, message: `${key} has the role ${quote(role)}, which is neither "participant" nor "observer"` });
            }
            roles.add(norm);
          }
          if (n >= 4) {
            out({ span: a.extra.span, message: `${key} has ${quote(a.extra.value)} after the role, which ZooKeeper does not accept${v35 ? "" : " (3.4 drops the server line)"}` });
          }
        }
        if (roles.size > 1) {
          out({ span: s.entry.value.span, message: `the addresses of ${key} have different roles` });
        }
        if (s.client) {
          const c = s.client;
          if (c.port.value === "" && s.trailing.length === 0 && c.address === void 0) continue;
          if (c.address && !c.address.value.startsWith("[") && c.address.value.includes(":")) {
            out({ span: c.address.span, message: `the client part of ${key} has more than one ":"` });
          } else {
            port(c.port, "client port");
          }
        }
        if (s.trailing.length > 0 && javaSplitLength(s.trailing.map((t) => t.value)) > 0) {
          out({ span: s.trailing[0].span, message: `${key} has a second ";" part, ${quote(s.trailing[0].value)}, which ZooKeeper rejects${note}` });
        }
      }
    }
  }
});

// rules/zookeeper/session-timeout-range.ts
var DEFAULT_TICK_TIME2 = 3e3;
var session_timeout_range_default = defineRule({
  meta: {
    id: "zookeeper/session-timeout-range",
    severity: "error",
    description: "minSessionTimeout is larger than maxSessionTimeout, counting their defaults",
    rationale: "ZooKeeper clamps every client session timeout into [`minSessionTimeout`, `maxSessionTimeout`] and refuses to start when the lower bound is larger (`minSessionTimeout must not be larger than maxSessionTimeout`).\n\nFrom 3.5 an unset bound takes its default before the comparison: 2 \xD7 `tickTime` and 20 \xD7 `tickTime` (`tickTime` defaults to 3000 ms), so `minSessionTimeout=60000` with `tickTime=2000` and no `maxSessionTimeout` fails (60000 > 40000). ZooKeeper 3.4 compares the raw settings, where an unset bound is -1: there any `minSessionTimeout` without a `maxSessionTimeout` fails, while the defaults apply only later, at run time.",
    fix: "Set both bounds explicitly, with `minSessionTimeout` not larger than `maxSessionTimeout`.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L54-57 (fields, -1 when unset), L328-331 (check on the raw values)",
      "QuorumPeer.java (ZooKeeper 3.4.14) L1174, L1185 (defaults applied at run time)",
      "QuorumPeerConfig.java (ZooKeeper master) L464-469 (defaults applied, then the check)",
      "ZooKeeperServer.java (ZooKeeper 3.4.14) L103, (master) L198: DEFAULT_TICK_TIME = 3000"
    ],
    upstreamMessage: "minSessionTimeout must not be larger than maxSessionTimeout"
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const minE = zooValue(zoo.zoo, "minSessionTimeout");
      const maxE = zooValue(zoo.zoo, "maxSessionTimeout");
      const tickE = zooValue(zoo.zoo, "tickTime");
      const parse = (e) => e ? javaInt(e.value.value) : void 0;
      if (minE && parse(minE) === void 0 || maxE && parse(maxE) === void 0 || tickE && parse(tickE) === void 0) continue;
      if (!minE && !maxE) continue;
      const tick = parse(tickE) ?? DEFAULT_TICK_TIME2;
      const tickText = tickE ? `tickTime ${tick}` : `the default tickTime ${DEFAULT_TICK_TIME2}`;
      if (!atLeast(v, 3, 5)) {
        const min2 = parse(minE) ?? -1;
        const max2 = parse(maxE) ?? -1;
        if (min2 <= max2) continue;
        if (minE && !maxE) {
          report({
            span: minE.key.span,
            message: `minSessionTimeout is set without maxSessionTimeout, which ZooKeeper ${v.label} compares as -1 and refuses to start`
          });
        } else if (minE && maxE) {
          report({
            span: minE.value.span,
            message: `minSessionTimeout ${quote(minE.value.value)} is larger than maxSessionTimeout ${quote(maxE.value.value)}`,
            related: [{ span: maxE.value.span, message: "maxSessionTimeout is set here" }]
          });
        }
        continue;
      }
      const min = parse(minE) ?? 2 * tick;
      const max = parse(maxE) ?? 20 * tick;
      if (min <= max) continue;
      const note = assumedNote(v);
      if (minE && maxE) {
        report({
          span: minE.value.span,
          message: `minSessionTimeout ${quote(minE.value.value)} is larger than maxSessionTimeout ${quote(maxE.value.value)}`,
          related: [{ span: maxE.value.span, message: "maxSessionTimeout is set here" }]
        });
      } else if (minE) {
        report({
          span: minE.value.span,
          message: `minSessionTimeout ${quote(minE.value.value)} is larger than the default maxSessionTimeout ${max} (20 \xD7 ${tickText})${note}`,
          ...tickE ? { related: [{ span: tickE.value.span, message: `tickTime is ${quote(tickE.value.value)}` }] } : {}
        });
      } else if (maxE) {
        report({
          span: maxE.value.span,
          message: `maxSessionTimeout ${quote(maxE.value.value)} is smaller than the default minSessionTimeout ${min} (2 \xD7 ${tickText})${note}`,
          ...tickE ? { related: [{ span: tickE.value.span, message: `tickTime is ${quote(tickE.value.value)}` }] } : {}
        });
      }
    }
  }
});

// rules/zookeeper/snap-retain-count-low.ts
var MIN_SNAP_RETAIN_COUNT = 3;
var snap_retain_count_low_default = defineRule({
  meta: {
    id: "zookeeper/snap-retain-count-low",
    severity: "info",
    description: "autopurge.snapRetainCount is below 3, which ZooKeeper replaces with 3",
    rationale: "`autopurge.snapRetainCount` is how many recent snapshots (with their transaction logs) the purge task keeps. `QuorumPeerConfig` does not accept fewer than `MIN_SNAP_RETAIN_COUNT` = 3: it logs `Invalid autopurge.snapRetainCount: <n>. Defaulting to 3` and keeps 3. The server starts and runs as with 3, so nothing breaks, but the file says something ZooKeeper does not do (the disk holds more snapshots than the setting promises).",
    fix: "Write 3 or more; 3 is both the default and the minimum.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L95, L300-307; (3.9.5) L140, L412-420",
      'zookeeperAdmin.md (ZooKeeper 3.9.5) L760-767 ("Defaults to 3. Minimum value is 3.")'
    ],
    upstreamMessage: "Invalid autopurge.snapRetainCount: <n>. Defaulting to 3"
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const entry = zooValue(zoo.zoo, "autopurge.snapRetainCount");
      if (!entry) continue;
      const count = javaInt(entry.value.value);
      if (count === void 0 || count >= MIN_SNAP_RETAIN_COUNT) continue;
      report({
        span: entry.value.span,
        message: `autopurge.snapRetainCount is ${quote(entry.value.value)}, below the minimum ${MIN_SNAP_RETAIN_COUNT}, so ZooKeeper keeps ${MIN_SNAP_RETAIN_COUNT} snapshots instead`
      });
    }
  }
});

// rules/zookeeper/unknown-key.ts
var import_fastest_levenshtein9 = __toESM(require_mod(), 1);
var NAMES = ZOOKEEPER_KEYS.map((k2) => k2.name);
var FAMILIES = ["server", "group", "weight"];
function isKnown(key) {
  return NAMES.includes(key) || ZOOKEEPER_KEY_PREFIXES.some((p) => key.startsWith(p));
}
function suggestion(key) {
  const numbered = /^([^.]+)\.([0-9]+)$/.exec(key);
  if (numbered) {
    const word = numbered[1];
    const family2 = FAMILIES.find((f) => f.toLowerCase() === word.toLowerCase()) ?? FAMILIES.find((f) => word.length >= 4 && (0, import_fastest_levenshtein9.distance)(f, word.toLowerCase()) <= 1);
    return family2 ? `${family2}.${numbered[2]}` : void 0;
  }
  const lower = key.toLowerCase();
  const caseVariant = NAMES.find((n) => n.toLowerCase() === lower);
  if (caseVariant) return caseVariant;
  let best;
  for (const name of NAMES) {
    const limit = name.length >= 8 ? 2 : 1;
    const d = (0, import_fastest_levenshtein9.distance)(lower, name.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
var unknown_key_default = defineRule({
  meta: {
    id: "zookeeper/unknown-key",
    severity: "warning",
    description: "A zoo.cfg key is not a ZooKeeper key but a case variant or near misspelling of one",
    rationale: "ZooKeeper does not reject keys it does not know: `QuorumPeerConfig` turns every unknown key into the Java system property `zookeeper.<key>`. Keys are case-sensitive, so `ticktime=2000` leaves `tickTime` at its default of 3000 ms and `Server.1=...` is not a server line at all, without any message.\n\nKeys that are not close to a known key are not reported: they may be deliberate system properties.",
    fix: "Spell the key exactly as ZooKeeper does (see the suggestion).",
    references: [
      "QuorumPeerConfig.java (ZooKeeper 3.4.14) L171-277; (master) L271-384 (unknown keys become zookeeper.<key>)",
      "zookeeperAdmin.md (ZooKeeper 3.8.6), configuration parameters"
    ]
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      for (const e of zoo.zoo.entries) {
        const key = e.key.value;
        if (key === "" || isKnown(key)) continue;
        const known = suggestion(key);
        if (!known) continue;
        report({ span: e.key.span, message: `${quote(key)} is not a ZooKeeper key, so ZooKeeper ignores it; did you mean ${quote(known)}?` });
      }
    }
  }
});

// rules/zookeeper/unresolved-placeholder.ts
var unresolved_placeholder_default3 = defineRule({
  meta: {
    id: "zookeeper/unresolved-placeholder",
    severity: "error",
    description: "A zoo.cfg value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that ZooKeeper never expands",
    rationale: "ZooKeeper reads zoo.cfg (and its dynamic file) with `java.util.Properties` and uses each trimmed value as it is: nothing expands `${VAR}`, a shell's `$VAR`, `@VAR@` of sed or Maven filtering, or `{{VAR}}`. A file that still holds one was copied before the deployment step (an image's entrypoint, `envsubst`, a template task) filled it in, or the step missed it: `clientPort=${ZOO_PORT}` stops the server at start (`NumberFormatException`), `server.1=${ZK1}:2888:3888` names a host that does not exist.\n\nThe value is unknown, so no other rule judges it. Keys holding secrets (`ssl.keyStore.password`, ...) are not checked: a `$` or an `@` is part of a password.",
    fix: "Lint the file as it is deployed: render it first (run the entrypoint's or the template's substitution into a folder) and lint that folder, or write the value itself.",
    references: [
      "QuorumPeerConfig.java (ZooKeeper master) parse(): Properties.load, then parseProperties() uses each trimmed value as it is"
    ],
    upstreamMessage: 'Error processing <path>/zoo.cfg (caused by java.lang.NumberFormatException: For input string: "<value>"); ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.NumberFormatException: For input string: "${INIT_LIMIT}"'
  },
  check(cluster, report) {
    for (const file of cluster.distinctFiles) {
      if (file.kind !== "zoo.cfg" && file.kind !== "zoo.cfg.dynamic") continue;
      for (const entry of file.zoo.entries) {
        const p = placeholderIn(entry.key.value, entry.value.value);
        if (!p) continue;
        report({
          span: spanWithin(entry.value, p.index, p.index + p.text.length),
          message: `${entry.key.value} holds ${quote(p.text)}, which ZooKeeper does not expand: the server reads the value ${quote(entry.value.value)} as it is`
        });
      }
    }
  }
});

// rules/index.ts
var RULES = [
  competing_copies_default,
  config_drift_default,
  duplicate_worker_default,
  hdfs_uri_pinned_default,
  hostname_loopback_default,
  hosts_disagree_default,
  hosts_missing_name_default,
  namenodes_same_address_default,
  no_time_sync_default,
  port_collision_default,
  replication_exceeds_datanodes_default,
  zookeeper_connect_separator_default,
  zookeeper_quorum_mismatch_default,
  zookeeper_quorum_spaces_default,
  zookeeper_session_timeout_clamped_default,
  zookeeper_single_server_default,
  definition_invalid_default,
  environment_ignored_default,
  published_port_default,
  unresolvable_host_default,
  value_unknown_default,
  deprecated_overrides_new_default,
  deprecated_property_default,
  duplicate_property_default,
  invalid_boolean_default,
  invalid_ha_boolean_default,
  mapreduce1_daemon_property_default,
  misspelled_critical_property_default,
  misspelled_default_value_default,
  property_repeated_element_default,
  property_unknown_element_default,
  unknown_property_default,
  unresolved_placeholder_default,
  value_whitespace_default,
  not_distributed_default,
  quorum_localhost_default,
  quorum_missing_default,
  rootdir_logical_port_default,
  rootdir_pinned_default,
  rootdir_port_ignored_default,
  zookeeper_property_mismatch_default,
  zookeeper_quorum_mismatch_default2,
  address_malformed_default,
  automatic_failover_nameservice_only_default,
  automatic_failover_without_quorum_default,
  defaultfs_missing_default,
  defaultfs_nameservice_default,
  defaultfs_pinned_default,
  defaultfs_port_ignored_default,
  defaultfs_port_default,
  duplicate_namenode_address_default,
  failed_volumes_tolerated_default,
  fencing_fallback_default,
  fencing_methods_default,
  ha_address_wildcard_default,
  journal_quorum_size_default,
  journalnode_edits_dir_default,
  namenode_address_missing_default,
  namenode_count_excessive_default,
  namenode_count_default,
  namenode_http_address_missing_default,
  namenode_list_missing_default,
  namenode_port_mismatch_default,
  namenodes_same_host_default,
  nameservice_id_invalid_default,
  nameservice_undeclared_default,
  nameservice_unknown_address_key_default,
  proxy_provider_class_default,
  proxy_provider_missing_default,
  proxy_provider_orphan_default,
  quorum_without_automatic_failover_default,
  remote_nameservice_not_internal_default,
  secondary_namenode_in_ha_default,
  shared_edits_missing_default,
  shared_edits_uri_default,
  shared_edits_without_ha_default,
  sshfence_private_key_default,
  storage_dir_default_tmp_default,
  storage_dir_in_tmp_default,
  broker_id_duplicate_default,
  broker_in_voters_default,
  controller_not_in_voters_default,
  internal_topic_replication_default,
  log_dirs_in_tmp_default,
  min_insync_above_replication_default,
  node_id_duplicate_default,
  quorum_voter_id_duplicate_default,
  quorum_voters_differ_default,
  quorum_voters_syntax_default,
  unresolved_placeholder_default2,
  voter_port_mismatch_default,
  voter_without_controller_default,
  zookeeper_chroot_differs_default,
  zookeeper_chroot_default,
  zookeeper_connect_mismatch_default,
  no_source_default,
  source_drift_default,
  binary_file_default,
  file_too_large_default,
  unused_suppression_default,
  xinclude_not_followed_default,
  xinclude_unresolved_default,
  xml_element_depth_default,
  xml_entity_expansion_default,
  xml_external_entity_default,
  xml_malformed_default,
  aux_services_shuffle_default,
  jobhistory_address_default,
  mapred_contradicts_yarn_default,
  mapreduce_framework_name_default,
  nm_recovery_ephemeral_port_default,
  nodemanager_address_pinned_default,
  rm_address_drift_default,
  rm_address_missing_default,
  rm_address_wildcard_default,
  rm_cluster_id_missing_default,
  rm_ha_id_hardcoded_default,
  rm_ha_ids_default,
  rm_ha_without_recovery_default,
  rm_port_mismatch_default,
  rm_state_store_unfenced_default,
  rm_zk_address_mismatch_default,
  rm_zk_address_missing_default,
  rm_zk_store_unused_default,
  autopurge_disabled_default,
  client_port_clash_default,
  datadir_in_tmp_default,
  duplicate_key_default,
  duplicate_server_address_default,
  duplicate_server_id_default,
  election_algorithm_default,
  ensemble_size_default,
  four_letter_word_unknown_default,
  four_letter_words_default,
  invalid_boolean_default2,
  invalid_number_default,
  lenient_boolean_default,
  malformed_escape_default,
  myid_duplicate_default,
  myid_invalid_default,
  myid_mismatch_default,
  myid_misplaced_default,
  myid_missing_default,
  observers_without_quorum_default,
  quorum_port_equals_election_port_default,
  required_key_default,
  server_id_range_default,
  server_id_default,
  server_list_drift_default,
  server_syntax_default,
  session_timeout_range_default,
  snap_retain_count_low_default,
  unknown_key_default,
  unresolved_placeholder_default3
];

export {
  docsUrl,
  roleOf,
  serverSetOf,
  participants,
  toleratedFailures,
  SSH_KEY_FILES,
  fenceLines,
  fencingProperties,
  suggestRuleId,
  applySuppressions,
  RULES
};
