#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_YAML_ALIASES,
  require_dist
} from "./chunk-YXQW3XGU.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  HostIndex,
  KAFKA_SHIPPED_CONFIGS,
  buildConf,
  buildYarnConfs,
  configuredVersion,
  connectChroot,
  connectEntryTexts,
  connectHosts,
  copyAt,
  detectHadoopVersion,
  detectZookeeperVersion,
  hdfsTopology,
  holdsTemplateSyntax,
  hostKey,
  imageRepository,
  inContainer,
  isBrokerConfig,
  isExpectedMyid,
  isIpAddress,
  isStockKafkaSample,
  isStockSample,
  isWildcard,
  isZookeeperServerConfig,
  kafkaDistributionFolders,
  kafkaValue,
  mountedMyid,
  originalOf,
  ownWildcardLine,
  parseImageName,
  parseKafkaProperties,
  parseZooCfg,
  placeDaemons,
  quote,
  readFailure,
  readRegularFile,
  withHost,
  zooValue
} from "./chunk-MK7ZOIVA.mjs";
import {
  __toESM
} from "./chunk-UTASCUZQ.mjs";

// src/model/by-path.ts
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// src/model/merge-clusters.ts
function mergeClusters(parts) {
  if (parts.length === 1) return parts[0];
  const all = (pick) => parts.flatMap(pick);
  const candidates = parts.flatMap(
    (c) => c.plan.candidates.map((f) => f.verdict.used ? { path: f.path, verdict: { ...f.verdict, cluster: c.name } } : f)
  );
  const first = parts[0];
  return {
    name: ".",
    files: all((c) => c.files).sort(byPath),
    distinctFiles: all((c) => c.distinctFiles),
    hosts: all((c) => c.hosts),
    confs: all((c) => c.confs),
    yarnConfs: all((c) => c.yarnConfs),
    zooConfigs: all((c) => c.zooConfigs),
    hbaseConfs: all((c) => c.hbaseConfs),
    hadoopVersion: first.hadoopVersion,
    zookeeperVersion: first.zookeeperVersion,
    workers: first.workers,
    hasHostFolders: parts.some((c) => c.hasHostFolders),
    unmatchedFolders: all((c) => c.unmatchedFolders).sort(),
    unreadable: all((c) => c.unreadable).sort(byPath),
    unchecked: all((c) => c.unchecked).sort(byPath),
    parseFailures: all((c) => c.parseFailures),
    competingCopies: all((c) => c.competingCopies),
    containerNotes: all((c) => c.containerNotes),
    definitions: all((c) => c.definitions),
    maxFileSize: first.maxFileSize,
    skipped: all((c) => c.skipped).sort(byPath),
    plan: {
      candidates: candidates.sort(byPath),
      hostFolders: parts.flatMap((c) => c.plan.hostFolders.map((h) => ({ ...h, cluster: c.name }))).sort((a, b) => a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)
    },
    clusterNames: parts.map((c) => c.name)
  };
}

// src/model/build.ts
import { realpathSync as realpathSync4 } from "node:fs";
import { posix as posix7 } from "node:path";

// src/discover.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { isUtf8 as isUtf82 } from "node:buffer";
import { dirname, join as join2, relative, resolve, sep as sep2 } from "node:path";

// src/config/ignore-glob.ts
var MAX_GLOB_LENGTH = 256;
var MAX_BRACE_EXPANSIONS = 64;
var GlobSyntaxError = class extends Error {
};
var SLASH = 47;
var UNSUPPORTED_GROUP = 'has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis';
function tokenize(glob, start, inBraces) {
  const tokens = [];
  let i = start;
  while (i < glob.length) {
    const c = glob[i];
    if (inBraces && (c === "," || c === "}")) return { tokens, end: i };
    if (c === "\\") {
      if (i + 1 >= glob.length) throw new GlobSyntaxError("ends with a lone backslash");
      tokens.push(literal(glob[i + 1]));
      i += 2;
    } else if (c === "*") {
      let j = i;
      while (glob[j] === "*") j++;
      if (glob[j] === "(") throw new GlobSyntaxError(UNSUPPORTED_GROUP);
      tokens.push({ kind: "star", double: j - i >= 2 });
      i = j;
    } else if (c === "?") {
      if (glob[i + 1] === "(") throw new GlobSyntaxError(UNSUPPORTED_GROUP);
      tokens.push({ kind: "char", test: (x) => x !== SLASH });
      i++;
    } else if (c === "[") {
      const { test, end } = characterClass(glob, i);
      tokens.push({ kind: "char", test });
      i = end;
    } else if (c === "{") {
      const alternatives = [];
      let j = i + 1;
      for (; ; ) {
        const part = tokenize(glob, j, true);
        alternatives.push(part.tokens);
        if (part.end >= glob.length) throw new GlobSyntaxError('has a "{" without its "}"');
        j = part.end + 1;
        if (glob[part.end] === "}") break;
      }
      if (alternatives.length < 2) throw new GlobSyntaxError("has braces without a comma: braces list alternatives, {a,b}; ranges such as {1..3} are not supported");
      tokens.push({ kind: "braces", alternatives });
      i = j;
    } else if (c === "}" || c === ",") {
      if (c === "}") throw new GlobSyntaxError('has a "}" without its "{"');
      tokens.push(literal(c));
      i++;
    } else if (c === "(" || c === ")" || c === "|" || (c === "@" || c === "+" || c === "!") && glob[i + 1] === "(") {
      throw new GlobSyntaxError(UNSUPPORTED_GROUP);
    } else if (c === "/") {
      tokens.push({ kind: "slash" });
      i++;
    } else {
      tokens.push(literal(c));
      i++;
    }
  }
  return { tokens, end: i };
}
function literal(c) {
  const code = c.charCodeAt(0);
  return { kind: "char", test: (x) => x === code, literal: code };
}
function characterClass(glob, open) {
  let i = open + 1;
  const negated = glob[i] === "!" || glob[i] === "^";
  if (negated) i++;
  const ranges = [];
  let first = true;
  for (; ; ) {
    if (i >= glob.length) throw new GlobSyntaxError('has a "[" without its "]"');
    let c = glob[i];
    if (c === "]" && !first) break;
    if (c === "[" && glob[i + 1] === ":") throw new GlobSyntaxError("has a POSIX class such as [[:digit:]], which is not supported; use a range such as [0-9]");
    if (c === "\\") {
      if (i + 1 >= glob.length) throw new GlobSyntaxError("ends with a lone backslash");
      c = glob[++i];
    }
    if (c === "/") throw new GlobSyntaxError('has a "/" inside [...], which never matches: a "/" separates segments');
    let low = c.charCodeAt(0);
    let high = low;
    i++;
    if (glob[i] === "-" && glob[i + 1] !== void 0 && glob[i + 1] !== "]") {
      let h = glob[i + 1];
      i += 2;
      if (h === "\\") {
        if (i >= glob.length) throw new GlobSyntaxError("ends with a lone backslash");
        h = glob[i++];
      }
      high = h.charCodeAt(0);
      if (high < low) [low, high] = [high, low];
    }
    ranges.push([low, high]);
    first = false;
  }
  const inSet = (x) => ranges.some(([lo, hi]) => x >= lo && x <= hi);
  return { test: (x) => x !== SLASH && inSet(x) !== negated, end: i + 1 };
}
function expand(tokens) {
  let results = [[]];
  for (const t of tokens) {
    if (t.kind !== "braces") {
      for (const r of results) r.push(t);
      continue;
    }
    const options = t.alternatives.flatMap((a) => expand(a));
    if (results.length * options.length > MAX_BRACE_EXPANSIONS) {
      throw new GlobSyntaxError(`has braces that expand to more than ${MAX_BRACE_EXPANSIONS} globs`);
    }
    results = results.flatMap((r) => options.map((o) => [...r, ...o]));
  }
  return results;
}
function toPathTokens(tokens) {
  const segments2 = [[]];
  for (const t of tokens) {
    if (t.kind === "slash") segments2.push([]);
    else segments2[segments2.length - 1].push(t);
  }
  while (segments2.length > 1 && segments2[0].length === 1 && isLiteralDot(segments2[0][0])) segments2.shift();
  if (segments2.length > 1 && segments2[0].length === 0) throw new GlobSyntaxError('starts with "/": globs are relative to the linted directory');
  if (segments2.some((s) => s.length === 0)) {
    throw new GlobSyntaxError('has an empty segment (a trailing "/" or "//"): paths are matched without a trailing slash; write "dir/**" for a folder and everything in it');
  }
  if (segments2.some((s) => s.length > 0 && s.length <= 2 && s.every(isLiteralDot))) {
    throw new GlobSyntaxError('has a "." or ".." segment, which never matches: paths are relative to the linted directory');
  }
  const out = [];
  for (const s of segments2) {
    if (s.length === 1 && s[0].kind === "star" && s[0].double) {
      if (out[out.length - 1]?.kind !== "globstar") out.push({ kind: "globstar" });
      continue;
    }
    const segment = [];
    for (const t of s) {
      if (t.kind === "star") {
        if (segment[segment.length - 1]?.kind !== "star") segment.push({ kind: "star" });
      } else if (t.kind === "char") segment.push(t);
    }
    out.push({ kind: "segment", tokens: segment });
  }
  return out;
}
var DOT = ".".charCodeAt(0);
function isLiteralDot(t) {
  return t.kind === "char" && t.literal === DOT;
}
function matchSegment(tokens, name) {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const t = tokens[p];
    if (t?.kind === "char" && t.test(name.charCodeAt(n))) {
      p++;
      n++;
    } else if (t?.kind === "star") {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === "star") p++;
  return p === tokens.length;
}
function matchPath(tokens, segments2) {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < segments2.length) {
    const t = tokens[p];
    if (t?.kind === "segment" && matchSegment(t.tokens, segments2[s])) {
      p++;
      s++;
    } else if (t?.kind === "globstar") {
      starP = p++;
      starS = s;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === "globstar") p++;
  return p === tokens.length;
}
function compileIgnoreGlob(glob) {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  if (glob.startsWith("!")) throw new GlobSyntaxError('starts with "!": negation is not supported; list only what to skip');
  const patterns = expand(tokenize(glob, 0, false).tokens).map(toPathTokens);
  return (path) => {
    const segments2 = path.split("/");
    return patterns.some((p) => matchPath(p, segments2));
  };
}
function ignoreMatcher(globs) {
  const matchers = globs.map(compileIgnoreGlob);
  return (path) => matchers.some((m) => m(path));
}

// src/read/inside-tree.ts
import { sep } from "node:path";
function insideTree(realRoot, real) {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

// src/read/file-type.ts
function fileTypeOf(entry) {
  if (entry.isDirectory()) return "a directory";
  if (entry.isFIFO()) return "a FIFO";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice()) return "a character device";
  if (entry.isBlockDevice()) return "a block device";
  if (entry.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

// src/text/escape-invalid-utf8.ts
import { isUtf8 } from "node:buffer";
function escapeInvalidUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (n > 0 && i + n <= bytes.length && isUtf8(bytes.subarray(i, i + n))) {
      out += bytes.toString("utf8", i, i + n);
      i += n;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}

// src/recognised-files.ts
var EXACT_NAMES = [
  "zoo.cfg",
  "myid",
  "core-site.xml",
  "hdfs-site.xml",
  "yarn-site.xml",
  "mapred-site.xml",
  "slaves",
  "workers",
  "ntp.conf",
  "chrony.conf",
  "hbase-site.xml",
  "server.properties"
];
var NAME_PATTERNS = [
  // ZooKeeper's dynamic configuration file, zoo.cfg.dynamic.<version>.
  { kind: "zoo.cfg.dynamic", source: "zoo\\.cfg\\.dynamic[^/]*" },
  // Kafka's multi-broker quickstart copies server.properties to server-1.properties, server-2.properties.
  { kind: "server.properties", source: "server-[A-Za-z0-9_.-]+\\.properties" }
];
var CONTENT_PATTERNS = [
  // zoo_1.cfg, zoo1.cfg, zoo.cfg.2181, Kafka's config/zookeeper.properties and its copies per instance (zookeeper1.properties).
  { kind: "zoo.cfg", check: "zookeeper-server", source: "zoo[^/]*\\.cfg|zoo\\.cfg\\.[^/]+|zookeeper[^/]*\\.properties" },
  // server1.properties, server_1.properties, broker-0.properties: any name, when it sets broker keys.
  { kind: "server.properties", check: "kafka-broker", source: "[^/]+\\.properties" },
  // An environment file that a Hadoop image's entrypoint turns into site files (src/model/container-env.ts):
  // Compose's .env and env_file files (hadoop.env), or any file named config. Read as the site files it becomes.
  { kind: "core-site.xml", check: "container-env", source: "config|[^/]*\\.env" },
  // Container definitions (src/containers/): a Docker Compose file, and any other YAML file, which is read
  // as Kubernetes manifests when its documents have apiVersion and kind. `kind` is unused for both.
  { kind: "core-site.xml", check: "compose", source: "(?:docker-)?compose(?:[.-][^/]*)?\\.ya?ml" },
  { kind: "core-site.xml", check: "kubernetes", source: "[^/]*\\.ya?ml" }
];
var PATH_PATTERNS = [{ kind: "hosts", source: "(?:^|/)etc/hosts" }];
var EXACT = new Set(EXACT_NAMES);
var BY_NAME = NAME_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`^(?:${p.source})$`) }));
var BY_CONTENT = CONTENT_PATTERNS.map((p) => ({ kind: p.kind, check: p.check, re: new RegExp(`^(?:${p.source})$`) }));
var BY_PATH = PATH_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`(?:${p.source})$`) }));
function kindOf(fileName) {
  if (EXACT.has(fileName)) return fileName;
  return BY_NAME.find((p) => p.re.test(fileName))?.kind;
}
function kindAt(path, name) {
  return BY_PATH.find((p) => p.re.test(path))?.kind ?? kindOf(name);
}
function candidateOf(name) {
  const kind = kindOf(name);
  if (kind) return kind === "server.properties" ? { kind, check: "kafka-broker" } : { kind };
  const byContent = BY_CONTENT.find((p) => p.re.test(name));
  return byContent ? { kind: byContent.kind, check: byContent.check } : void 0;
}
function candidateAt(path, name) {
  const byPath2 = BY_PATH.find((p) => p.re.test(path))?.kind;
  return byPath2 ? { kind: byPath2 } : candidateOf(name);
}

// src/discovery/names.ts
var BACKUP_SUFFIX = /(?:~|\.(?:bak|orig|old|rpmsave|rpmnew|dpkg-old|dpkg-dist|dpkg-new))$/;
var TEMPLATE_SUFFIX = /\.(?:j2|jinja2|jinja|tmpl|template|tpl|erb)$/;
var RUNTIME_DYNAMIC_FILE = "zoo.cfg.dynamic.next";
function setAsideByName(name) {
  const backup = name.replace(BACKUP_SUFFIX, "");
  if (backup !== name && backup !== "" && (candidateOf(backup) || setAsideByName(backup))) return "backup file";
  const template = name.replace(TEMPLATE_SUFFIX, "");
  if (template !== name && template !== "" && candidateOf(template)) return "template";
  return void 0;
}

// src/discovery/resolve-link.ts
var MAX_LINK_HOPS = 40;
var TOP_LEVEL_FOLDERS = /* @__PURE__ */ new Set(["etc", "usr", "opt"]);
function snapshotRoot(path) {
  const parts = path.split("/");
  const at2 = parts.findIndex((p, i) => i < parts.length - 1 && TOP_LEVEL_FOLDERS.has(p));
  return at2 < 0 ? void 0 : parts.slice(0, at2).join("/");
}
function segments(path) {
  return path.split("/").filter((s) => s !== "" && s !== ".");
}
function indexLinks(links) {
  const top = { children: /* @__PURE__ */ new Map() };
  for (const link of links) {
    let node = top;
    for (const segment of segments(link.path)) {
      let child2 = node.children.get(segment);
      if (!child2) node.children.set(segment, child2 = { children: /* @__PURE__ */ new Map() });
      node = child2;
    }
    node.text = link.text;
  }
  return top;
}
function textAt(index, path) {
  let node = index;
  for (const segment of segments(path)) node = node?.children.get(segment);
  return node?.text;
}
function resolveLink(linkPath, links) {
  const text = textAt(links, linkPath);
  if (text === void 0) return { kind: "path", path: linkPath };
  const root = snapshotRoot(linkPath);
  const rootParts = root === void 0 ? [] : segments(root);
  let done = [];
  let nodes = [];
  const goTo = (parts) => {
    done = [];
    nodes = [];
    let node = links;
    for (const p of parts) {
      node = node?.children.get(p);
      done.push(p);
      nodes.push(node);
    }
  };
  goTo(segments(linkPath).slice(0, -1));
  const todo = [];
  const enter = (linkText2) => {
    if (linkText2.startsWith("/")) {
      if (root === void 0) return false;
      goTo(rootParts);
    }
    todo.push(...segments(linkText2).reverse());
    return true;
  };
  if (!enter(text)) return { kind: "leaves" };
  let hops = 1;
  while (todo.length > 0) {
    const segment = todo.pop();
    if (segment === "..") {
      if (done.length <= rootParts.length) return { kind: "leaves" };
      done.pop();
      nodes.pop();
      continue;
    }
    const parent = nodes.length === 0 ? links : nodes[nodes.length - 1];
    const node = parent?.children.get(segment);
    if (node?.text === void 0) {
      done.push(segment);
      nodes.push(node);
      continue;
    }
    if (++hops > MAX_LINK_HOPS) return { kind: "too many links" };
    if (!enter(node.text)) return { kind: "leaves" };
  }
  return { kind: "path", path: done.join("/") };
}

// src/discovery/version-order.ts
var VERSION_NAME = /^\d+(?:\.\d+)+(?:-\d+)?$/;
function isVersionName(name) {
  return VERSION_NAME.test(name);
}
function partsOf(version) {
  const [release = "", build] = version.split("-");
  const parts = release.split(".").map(Number);
  return [...parts, build === void 0 ? -1 : Number(build)];
}
function compareVersions(a, b) {
  const [pa, pb] = [partsOf(a), partsOf(b)];
  const releaseA = pa.slice(0, -1);
  const releaseB = pb.slice(0, -1);
  for (let i = 0; i < Math.max(releaseA.length, releaseB.length); i++) {
    const x = releaseA[i] ?? -1;
    const y = releaseB[i] ?? -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  const [buildA, buildB] = [pa[pa.length - 1], pb[pb.length - 1]];
  return buildA === buildB ? 0 : buildA < buildB ? -1 : 1;
}

// src/discovery/set-names.ts
var STOCK_SETS = /* @__PURE__ */ new Set(["conf.empty", "conf.dist", "conf.pseudo", "conf_example"]);
var BACKUP_SETS = /^conf\.(?:backup|bak|orig|old|save|rpmsave|rpmnew|dpkg-old|dpkg-dist)$/;
function isConfSetName(name) {
  return name === "conf" || /^conf[._][A-Za-z0-9_.-]+$/.test(name) && name !== "conf.d";
}
function isVersionedSet(name, next) {
  return isVersionName(name) && next !== void 0 && /^\d+$/.test(next);
}
function tierOf(name) {
  if (STOCK_SETS.has(name)) return "stock";
  return BACKUP_SETS.test(name) ? "backup" : "real";
}

// src/discovery/alternatives.ts
var TIER_RANK = { stock: 0, backup: 1, real: 2 };
function join(parent, name) {
  return parent === "" ? name : `${parent}/${name}`;
}
function maySet(name) {
  const c = name.charCodeAt(0);
  return name.startsWith("conf") || c >= 48 && c <= 57;
}
function inEtc(folder) {
  const parts = folder.split("/");
  return parts.length >= 2 && parts[parts.length - 2] === "etc";
}
function setFoldersOf(files, links) {
  const groups = /* @__PURE__ */ new Map();
  const setFolder = (parent, name) => {
    let group = groups.get(parent);
    if (!group) groups.set(parent, group = /* @__PURE__ */ new Map());
    let set = group.get(name);
    if (!set) group.set(name, set = { name, files: [], link: false });
    return set;
  };
  for (const f of files) {
    const path = f.path;
    for (let start = 0, slash = path.indexOf("/"); slash >= 0; start = slash + 1, slash = path.indexOf("/", start)) {
      const name = path.slice(start, slash);
      if (!maySet(name)) continue;
      const after = path.indexOf("/", slash + 1);
      const next = after < 0 ? void 0 : path.slice(slash + 1, after);
      const parent = start === 0 ? "" : path.slice(0, start - 1);
      if (isConfSetName(name) || isVersionedSet(name, next) && inEtc(parent)) setFolder(parent, name).files.push(f);
    }
  }
  for (const l of links) {
    const slash = l.path.lastIndexOf("/");
    const name = l.path.slice(slash + 1);
    if (isConfSetName(name) || isVersionName(name)) setFolder(slash < 0 ? "" : l.path.slice(0, slash), name).link = true;
  }
  return groups;
}
function folderTest(files) {
  let folders;
  return (folder) => {
    if (!folders) {
      folders = /* @__PURE__ */ new Set();
      for (const f of files) for (let slash = f.path.indexOf("/"); slash >= 0; slash = f.path.indexOf("/", slash + 1)) folders.add(f.path.slice(0, slash));
    }
    return folders.has(folder);
  };
}
function chooseAlternatives(files, links) {
  if (files.length === 0) return { kept: [], setAside: [], decidingLinks: /* @__PURE__ */ new Set() };
  const index = indexLinks(links);
  const groups = setFoldersOf(files, links);
  const holdsFiles = folderTest(files);
  const reasons = /* @__PURE__ */ new Map();
  const decidingLinks = /* @__PURE__ */ new Set();
  const setAside = (f, reason) => {
    if (!reasons.has(f.path)) reasons.set(f.path, reason);
  };
  sameFiles(files, links, index, setAside);
  for (const [parent, group] of groups) {
    if (group.size < 2) continue;
    const sets = [...group.values()];
    const verdict = linkVerdict(parent, sets, index, holdsFiles);
    if (verdict) {
      for (const l of verdict.links) decidingLinks.add(l);
      for (const s of sets) {
        if (s.link || s.name === verdict.active) continue;
        for (const f of s.files) setAside(f, `not the active alternative: ${verdict.link} links to ${verdict.shown}`);
      }
      continue;
    }
    const withFiles = sets.filter((s) => s.files.length > 0);
    const versions = withFiles.filter((s) => isVersionName(s.name));
    const newest = versions.reduce((a, s) => a === void 0 || compareVersions(s.name, a.name) > 0 ? s : a, void 0);
    const older = new Set(versions.filter((s) => compareVersions(s.name, newest.name) < 0));
    for (const s of older) for (const f of s.files) setAside(f, `older version (${s.name}) than ${newest.name}`);
    const current = withFiles.filter((s) => !older.has(s));
    const best = Math.max(...current.map((s) => TIER_RANK[tierOf(s.name)]));
    const beside = current.filter((s) => TIER_RANK[tierOf(s.name)] === best).map((s) => s.name).join(", ");
    for (const s of current) {
      const tier = tierOf(s.name);
      if (tier === "real" || TIER_RANK[tier] === best) continue;
      for (const f of s.files) setAside(f, `${tier} set (${s.name}), not used beside ${beside}`);
    }
  }
  const kept = files.filter((f) => !reasons.has(f.path));
  const aside = [...reasons].map(([path, reason]) => ({ path, reason })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { kept, setAside: aside, decidingLinks };
}
function linkVerdict(parent, sets, index, holdsFiles) {
  const verdicts = [];
  for (const s of sets) {
    if (!s.link) continue;
    const link = join(parent, s.name);
    const r = resolveLink(link, index);
    if (r.kind !== "path" || !holdsFiles(r.path)) continue;
    const owner = sets.find((o) => !o.link && o.files.length > 0 && (r.path === join(parent, o.name) || r.path.startsWith(`${join(parent, o.name)}/`)));
    const inside = parent === "" ? r.path : r.path.startsWith(`${parent}/`) ? r.path.slice(parent.length + 1) : void 0;
    verdicts.push({ link, links: [], active: owner?.name, shown: owner && inside !== void 0 ? inside : r.path });
  }
  const first = verdicts[0];
  if (!first) return void 0;
  return verdicts.every((v) => v.active === first.active && v.shown === first.shown) ? { ...first, links: verdicts.map((v) => v.link) } : void 0;
}
function sameFiles(files, links, index, setAside) {
  const candidates = /* @__PURE__ */ new Map();
  for (const l of links) {
    const parts = l.path.split("/");
    const name = parts[parts.length - 1];
    if (isConfSetName(name) || isVersionName(name) || parts[parts.length - 2] === "alternatives") candidates.set(l.path, null);
  }
  if (candidates.size === 0) return;
  const byPath2 = new Map(files.map((f) => [f.path, f]));
  const targetOf3 = (link) => {
    const cached = candidates.get(link);
    if (cached !== null) return cached;
    const r = resolveLink(link, index);
    const target = r.kind === "path" && r.path !== link ? r.path : void 0;
    candidates.set(link, target);
    return target;
  };
  for (const f of files) {
    for (let slash = f.path.indexOf("/"); slash >= 0; slash = f.path.indexOf("/", slash + 1)) {
      const link = f.path.slice(0, slash);
      if (!candidates.has(link)) continue;
      const target = targetOf3(link);
      const counterpart = target === void 0 ? void 0 : byPath2.get(target + f.path.slice(slash));
      if (counterpart && counterpart !== f && counterpart.source === f.source) {
        setAside(f, `same file as ${counterpart.path}`);
        break;
      }
    }
  }
}

// src/discover.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var MAX_LINKED_DIRECTORIES = 1e4;
var MAX_LINKED_ENTRIES = 2e4;
var LEADS_OUTSIDE = "a symbolic link that leads outside the linted directory; not followed";
function linkError(err) {
  const code = err.code;
  if (code === "ELOOP") return "a symbolic link loop";
  if (code === "ENOENT") return "a symbolic link to nothing";
  return `a symbolic link that cannot be resolved (${code ?? String(err)})`;
}
async function discover(root, options = {}) {
  const patterns = options.ignore ?? [];
  const ignored = patterns.length > 0 ? ignoreMatcher(patterns) : () => false;
  const realRoot = realpathSync(root);
  const inside = (real) => insideTree(realRoot, real);
  const files = [];
  const unreadable = [];
  const skipped = [];
  const setAside = [];
  const links = [];
  let linkedDirectories = 0;
  let linkedEntries = 0;
  let linkedEntriesSpent = false;
  const walk = (rel, real, chain, linked) => {
    let entries;
    try {
      entries = readdirSync(real, { withFileTypes: true, encoding: "buffer" });
    } catch (err) {
      unreadable.push({ path: rel === "" ? "." : rel, reason: `a directory that cannot be listed, ${readFailure(err)}` });
      return;
    }
    for (const entry of entries) {
      if (linked && linkedEntriesSpent) return;
      if (linked && ++linkedEntries > MAX_LINKED_ENTRIES) {
        linkedEntriesSpent = true;
        skipped.push({ path: rel, reason: `not read further, nor any symbolic link to a directory after it: more than ${MAX_LINKED_ENTRIES} entries were already found through symbolic links` });
        return;
      }
      if (!isUtf82(entry.name)) {
        notUtf8(rel, entry);
        continue;
      }
      const name = entry.name.toString("utf8");
      const path = rel === "" ? name : `${rel}/${name}`;
      if (ignored(path)) continue;
      const full = join2(real, name);
      const reason = entry.isDirectory() ? void 0 : setAsideByName(name);
      if (reason) {
        setAside.push({ path, reason });
        continue;
      }
      const candidate = candidateAt(path, name);
      const kind = kindAt(path, name);
      if (entry.isFile()) {
        if (candidate) files.push(discovered(path, name, candidate, full, kind === void 0));
      } else if (entry.isDirectory()) {
        if (kind) unreadable.push({ path, reason: "a directory, not a file" });
        if (!SKIPPED_DIRECTORIES.has(name)) walk(path, full, [...chain, full], linked);
      } else if (entry.isSymbolicLink()) {
        const text = linkText(full);
        if (text !== void 0) links.push({ path, text });
        followLink(path, name, candidate, kind, full, chain);
      } else if (kind) {
        unreadable.push({ path, reason: `${fileTypeOf(entry)}, not a regular file` });
      }
    }
  };
  const notUtf8 = (rel, entry) => {
    const shown = escapeInvalidUtf8(entry.name);
    const path = rel === "" ? shown : `${rel}/${shown}`;
    if (ignored(path)) return;
    const notValid = "whose name is not valid UTF-8;";
    if (entry.isDirectory()) skipped.push({ path, reason: `a directory ${notValid} not entered` });
    else if (entry.isSymbolicLink()) skipped.push({ path, reason: `a symbolic link ${notValid} not followed` });
    else if (kindAt(path, entry.name.toString("utf8"))) skipped.push({ path, reason: `${entry.isFile() ? "a file" : fileTypeOf(entry)} ${notValid} not read` });
  };
  const followLink = (path, name, candidate, kind, full, chain) => {
    let target;
    try {
      target = realpathSync(full);
    } catch (err) {
      if (pointsOutside(full, inside)) {
        if (kind) unreadable.push({ path, reason: LEADS_OUTSIDE });
        return;
      }
      if (kind) unreadable.push({ path, reason: linkError(err) });
      else if (err.code === "ELOOP") skipped.push({ path, reason: linkError(err) });
      return;
    }
    if (!inside(target)) {
      if (kind) unreadable.push({ path, reason: LEADS_OUTSIDE });
      else if (isDirectory(target)) skipped.push({ path, reason: LEADS_OUTSIDE });
      return;
    }
    const stats = statOf(target);
    if (!stats) {
      if (kind) unreadable.push({ path, reason: "a symbolic link to nothing" });
      return;
    }
    if (stats.isFile()) {
      if (candidate) files.push(discovered(path, name, candidate, target, kind === void 0));
    } else if (stats.isDirectory()) {
      if (kind) unreadable.push({ path, reason: "a symbolic link to a directory, not a file" });
      if (chain.includes(target)) {
        const where = relative(realRoot, target).split(sep2).join("/") || ".";
        skipped.push({ path, reason: `a symbolic link to ${where}, a directory that encloses it; not followed` });
      } else if (SKIPPED_DIRECTORIES.has(name) || linkedEntriesSpent) {
      } else if (++linkedDirectories > MAX_LINKED_DIRECTORIES) {
        skipped.push({ path, reason: `not followed: more than ${MAX_LINKED_DIRECTORIES} directories were already entered through symbolic links` });
      } else {
        walk(path, target, [...chain, target], true);
      }
    } else if (kind) {
      unreadable.push({ path, reason: `a symbolic link to ${fileTypeOf(stats)}, not a regular file` });
    }
  };
  walk("", realRoot, [realRoot], false);
  const chosen = chooseAlternatives(files.sort(byPath), links);
  const understood = skipped.filter((s) => !(s.reason === LEADS_OUTSIDE && chosen.decidingLinks.has(s.path)));
  return { files: chosen.kept, unreadable: unreadable.sort(byPath), skipped: understood.sort(byPath), setAside: [...setAside, ...chosen.setAside].sort(byPath) };
}
function linkText(full) {
  try {
    const text = readlinkSync(full, { encoding: "buffer" });
    return isUtf82(text) ? text.toString("utf8") : void 0;
  } catch {
    return void 0;
  }
}
function discovered(path, name, candidate, source, broadName) {
  return {
    path,
    kind: candidate.kind,
    source,
    ...broadName ? { broadName: true } : {},
    ...candidate.check ? { check: candidate.check } : {},
    ...name === RUNTIME_DYNAMIC_FILE ? { runtime: true } : {}
  };
}
function pointsOutside(full, inside) {
  try {
    return !inside(resolve(dirname(full), readlinkSync(full)));
  } catch {
    return false;
  }
}
function statOf(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}
function isDirectory(path) {
  return statOf(path)?.isDirectory() === true;
}

// src/git/tracked-filter.ts
function trackedFilter(tracked) {
  const folders = /* @__PURE__ */ new Set();
  for (const p of tracked) for (let i = p.indexOf("/"); i >= 0; i = p.indexOf("/", i + 1)) folders.add(p.slice(0, i));
  return (path) => path === "." || tracked.has(path) || folders.has(path);
}
function onlyTracked(tracked, found) {
  if (!tracked) return found;
  const taken = trackedFilter(tracked);
  return {
    files: found.files.filter((f) => tracked.has(f.path)),
    unreadable: found.unreadable.filter((e) => taken(e.path)),
    skipped: found.skipped.filter((e) => taken(e.path)),
    setAside: found.setAside.filter((e) => tracked.has(e.path))
  };
}

// src/model/named-hosts.ts
function namedHosts(files) {
  const names = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new Set();
  const add = (name) => {
    const n = name?.trim();
    if (!n || isWildcard(n) || /[${}@\s]/.test(n)) return;
    const key = hostKey(n);
    if (!names.has(key)) names.set(key, n);
  };
  for (const copy of files) {
    if (hashes.has(copy.hash)) continue;
    hashes.add(copy.hash);
    const f = originalOf(copy);
    if (f.kind === "zoo.cfg" || f.kind === "zoo.cfg.dynamic") {
      for (const s of f.zoo.servers) for (const a of s.addresses) add(a.host.value);
    } else if (f.kind === "slaves" || f.kind === "workers") {
      for (const h of f.list.hosts) add(h.value);
    } else if (f.kind === "hbase-site.xml") {
      for (const p of f.xml.properties) if (p.name.value === "hbase.zookeeper.quorum") for (const h of (p.value?.value ?? "").split(",")) add(hostOfAddress(h.trim()));
    } else if ("xml" in f) {
      for (const p of f.xml.properties) addFromProperty(p.name.value, p.value?.value.trim() ?? "", add);
    } else if (f.kind === "server.properties") {
      for (const key of KAFKA_HOST_KEYS) for (const h of hostsOfKafkaValue(kafkaValue(f.kafka, key)?.value.value ?? "")) add(h);
    }
  }
  return names;
}
var KAFKA_HOST_KEYS = ["advertised.listeners", "listeners", "zookeeper.connect", "controller.quorum.voters"];
function hostsOfKafkaValue(value) {
  if (!value.includes("://")) return connectHosts(value.replace(/(^|,)\s*\d+@/g, "$1"));
  return value.split(",").map((v) => hostOfAddress(v.trim().replace(/^[A-Za-z0-9_]+:\/\//, "")));
}
function hostOfAddress(address) {
  const bracket = /^\[([^\]]*)\]/.exec(address);
  if (bracket) return bracket[1];
  return address.replace(/:[^:]*$/, "");
}
function addFromProperty(name, value, add) {
  const hostOf = (v) => v.replace(/^[a-z]+:\/\//, "").split("/")[0].replace(/:[^:]*$/, "");
  if (/^dfs\.namenode\.(rpc|servicerpc|http|https)-address\./.test(name)) add(hostOf(value));
  else if (name.startsWith("dfs.namenode.shared.edits.dir") && value.startsWith("qjournal://")) {
    for (const h of value.slice("qjournal://".length).split("/")[0].split(";")) add(hostOf(h));
  } else if (name.startsWith("ha.zookeeper.quorum")) {
    for (const h of value.split("/")[0].split(",")) add(hostOf(h.trim()));
  } else if (name.startsWith("yarn.resourcemanager.hostname")) add(value);
  else if (/^yarn\.resourcemanager\.(address|scheduler\.address|resource-tracker\.address|admin\.address|webapp\.address|webapp\.https\.address)\./.test(name)) add(hostOf(value));
  else if (name === "mapreduce.jobhistory.address") add(hostOf(value));
}

// src/model/load.ts
import { createHash as createHash3 } from "node:crypto";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines2 = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines2.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines2[lines2.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments2 = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments2.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments2.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments2.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments2.push(this._parseSegment(currentPart.trim()));
    }
    return segments2;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep4 = separator || this.separator;
    const isDefault = sep4 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep4);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep4);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments2 = expression.segments;
    if (segments2.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments2);
    }
    return this._matchSimple(segments2);
  }
  /**
   * @private
   */
  _matchSimple(segments2) {
    if (this.path.length !== segments2.length) {
      return false;
    }
    for (let i = 0; i < segments2.length; i++) {
      if (!this._matchSegment(segments2[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments2) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments2.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments2[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments2[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep3 = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep3}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep3}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep3}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep3}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep3}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep3}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep3}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep3}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep3}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex2, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex2 !== void 0 ? parseInt(hex2, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep4 = exp.search(/\s/);
            const name = sep4 === -1 ? exp : exp.substring(0, sep4);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property2 = propName(tagObj);
    if (property2 !== void 0 && property2 !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property2, rawAttrs);
    }
    if (property2 === options.textNodeName) {
      if (text === void 0) text = tagObj[property2];
      else text += "" + tagObj[property2];
    } else if (property2 === void 0) {
      continue;
    } else if (tagObj[property2]) {
      let val = compress(tagObj[property2], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property2] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property2)) {
        if (!Array.isArray(compressedObj[property2])) {
          compressedObj[property2] = [compressedObj[property2]];
        }
        compressedObj[property2].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property2, jPathOrMatcher, isLeaf)) {
          compressedObj[property2] = [val];
        } else {
          compressedObj[property2] = val;
        }
      }
      if (property2 !== void 0 && property2 !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/parse/comments.ts
function lines(text) {
  const out = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const stop = nl < 0 ? text.length : nl;
    out.push({ start, end: stop > start && text[stop - 1] === "\r" ? stop - 1 : stop });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}
function lineComment(text, line, markerAt, markers) {
  let body = markerAt;
  while (body < line.end && markers.includes(text[body])) body++;
  return { start: markerAt, end: line.end, bodyStart: body, bodyEnd: line.end };
}
function firstNonBlank(text, line) {
  let i = line.start;
  while (i < line.end && (text[i] === " " || text[i] === "	" || text[i] === "\f")) i++;
  return i;
}
function propertiesComments(text) {
  const out = [];
  let continuing = false;
  for (const line of lines(text)) {
    const first = firstNonBlank(text, line);
    if (!continuing && (text[first] === "#" || text[first] === "!")) {
      out.push(lineComment(text, line, first, "#!"));
      continue;
    }
    if (!continuing && first === line.end) continue;
    let backslashes = 0;
    for (let i = line.end - 1; i >= line.start && text[i] === "\\"; i--) backslashes++;
    continuing = backslashes % 2 === 1;
  }
  return out;
}
function hashComments(text) {
  const out = [];
  for (const line of lines(text)) {
    const hash = text.indexOf("#", line.start);
    if (hash >= 0 && hash < line.end) out.push(lineComment(text, line, hash, "#"));
  }
  return out;
}
function chronyComments(text) {
  const out = [];
  for (const line of lines(text)) {
    const first = firstNonBlank(text, line);
    if ("!;#%".includes(text[first] ?? "x")) out.push(lineComment(text, line, first, text[first]));
  }
  return out;
}
function xmlComments(text) {
  const out = [];
  let i = text.indexOf("<");
  while (i >= 0 && i < text.length) {
    if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      const bodyEnd = close < 0 ? text.length : close;
      const end = close < 0 ? text.length : close + 3;
      out.push({ start: i, end, bodyStart: i + 4, bodyEnd });
      i = end;
    } else if (text.startsWith("<![CDATA[", i)) {
      const close = text.indexOf("]]>", i + 9);
      i = close < 0 ? text.length : close + 3;
    } else if (text.startsWith("<?", i)) {
      const close = text.indexOf("?>", i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      i++;
    }
    i = text.indexOf("<", i);
  }
  return out;
}
function comments(text, syntax) {
  switch (syntax) {
    case "xml":
      return xmlComments(text);
    case "properties":
      return propertiesComments(text);
    case "hash":
      return hashComments(text);
    case "chrony":
      return chronyComments(text);
  }
}

// src/parse/xml-char-refs.ts
function isXmlChar(cp) {
  return cp === 9 || cp === 10 || cp === 13 || cp >= 32 && cp <= 55295 || cp >= 57344 && cp <= 65533 || cp >= 65536 && cp <= 1114111;
}
function isXml11RefChar(cp) {
  return cp >= 1 && cp <= 55295 || cp >= 57344 && cp <= 65533 || cp >= 65536 && cp <= 1114111;
}
function declaresXml11(text) {
  return /^\uFEFF?<\?xml\s+version\s*=\s*(["'])1\.1\1/.test(text);
}
function isLegalCharRef(body, xml11) {
  const hex2 = body.startsWith("x");
  const digits = hex2 ? body.slice(1) : body;
  if (!(hex2 ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return true;
  const cp = parseInt(digits, hex2 ? 16 : 10);
  return xml11 ? isXml11RefChar(cp) : isXmlChar(cp);
}
function invalidCharRefMessage(ref) {
  return `character reference "${ref.literal}" is an invalid XML character`;
}
var CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;
function firstInvalidCharRef(text, offset, xml11) {
  if (!text.includes("&#")) return void 0;
  for (const m of text.matchAll(CHAR_REF)) {
    if (!isLegalCharRef(m[1], xml11)) return { start: offset + m.index, end: offset + m.index + m[0].length, literal: m[0].slice(0, -1) };
  }
  return void 0;
}

// src/parse/xml-body-scan.ts
var READ_DEPTH = 5;
var REFUSED_NAMES = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function scanBody(text, depthLimit, xml11 = false) {
  const refs = [];
  let invalidCharRef;
  const cuts = [];
  const renames = [];
  const refusedOpen = [];
  let tooDeep;
  let root;
  let depth = 0;
  let cutStart = -1;
  let cutDepth = 0;
  const n = text.length;
  const ref = (at2) => {
    const semi = text.indexOf(";", at2);
    if (semi < 0) return at2 + 1;
    if (text.charCodeAt(at2 + 1) !== 35) refs.push({ start: at2, end: semi + 1, name: text.slice(at2 + 1, semi) });
    else if (!invalidCharRef && !isLegalCharRef(text.slice(at2 + 2, semi), xml11)) invalidCharRef = { start: at2, end: semi + 1, literal: text.slice(at2, semi) };
    return semi + 1;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38) {
      i = ref(i);
      continue;
    }
    if (c !== 60) {
      i++;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const e = text.indexOf("-->", i + 4);
      i = e < 0 ? n : e + 3;
    } else if (text.startsWith("<![CDATA[", i)) {
      const e = text.indexOf("]]>", i + 9);
      i = e < 0 ? n : e + 3;
    } else if (text.startsWith("<?", i)) {
      const e = text.indexOf("?>", i + 2);
      i = e < 0 ? n : e + 2;
    } else if (text.charCodeAt(i + 1) === 33) {
      let open = 1;
      for (i += 2; i < n && open > 0; i++) {
        if (text.charCodeAt(i) === 60) open++;
        else if (text.charCodeAt(i) === 62) open--;
      }
    } else if (text.charCodeAt(i + 1) === 47) {
      const e = text.indexOf(">", i);
      const end = e < 0 ? n : e + 1;
      if (cutStart >= 0 && depth === cutDepth) {
        cuts.push([cutStart, end]);
        cutStart = -1;
      }
      if (depth <= READ_DEPTH && refusedOpen[depth]) {
        renames.push(i + 2);
        refusedOpen[depth] = false;
      }
      depth--;
      i = end;
    } else {
      let j = i + 1;
      while (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 62 && text.charCodeAt(j) !== 47) j++;
      const name = text.slice(i + 1, j);
      let quote2 = 0;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (quote2 !== 0) {
          if (d === quote2) quote2 = 0;
          else if (d === 38) j = ref(j) - 1;
        } else if (d === 34 || d === 39) quote2 = d;
        else if (d === 62) break;
      }
      const end = Math.min(j + 1, n);
      const selfClosing = text.charCodeAt(j - 1) === 47;
      const level = depth + 1;
      if (level === 1 && !root) root = { start: i, end: i + 1 + name.length, name };
      if (level > depthLimit && !tooDeep) tooDeep = { start: i, end: i + 1 + name.length, name, depth: level };
      if (cutStart < 0 && level > READ_DEPTH) {
        if (selfClosing) cuts.push([i, end]);
        else {
          cutStart = i;
          cutDepth = level;
        }
      } else if (level > 1 && level <= READ_DEPTH && REFUSED_NAMES.has(name)) {
        renames.push(i + 1);
        if (!selfClosing) refusedOpen[level] = true;
      }
      if (!selfClosing) depth = level;
      i = end;
    }
  }
  return { refs, tooDeep, cuts, renames, root, invalidCharRef };
}

// src/parse/xml-doctype.ts
var NAME = /[:A-Z_a-z\u00C0-\uFFFF][-.0-9:A-Z_a-z\u00B7\u00C0-\uFFFF]*/y;
var Cursor = class {
  constructor(text, i) {
    this.text = text;
    this.i = i;
  }
  text;
  i;
  at(s) {
    return this.text.startsWith(s, this.i);
  }
  eat(s) {
    if (!this.at(s)) return false;
    this.i += s.length;
    return true;
  }
  /** Skips XML white space; true when there was some. */
  space() {
    const from = this.i;
    for (let c = this.text.charCodeAt(this.i); c === 32 || c === 9 || c === 10 || c === 13; c = this.text.charCodeAt(this.i)) this.i++;
    return this.i > from;
  }
  name() {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.text);
    if (!m) return void 0;
    this.i += m[0].length;
    return m[0];
  }
  quoted() {
    const q = this.text[this.i];
    if (q !== '"' && q !== "'") return void 0;
    const close = this.text.indexOf(q, this.i + 1);
    if (close < 0) return void 0;
    const value = this.text.slice(this.i + 1, close);
    this.i = close + 1;
    return value;
  }
  /** Moves past the next `end`; false when there is none. */
  skipPast(end) {
    const at2 = this.text.indexOf(end, this.i);
    if (at2 < 0) return false;
    this.i = at2 + end.length;
    return true;
  }
  /** Moves past the `>` closing a declaration, stepping over quoted literals. */
  skipDeclaration() {
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === ">") {
        this.i++;
        return true;
      }
      if (c === '"' || c === "'") {
        if (this.quoted() === void 0) return false;
      } else this.i++;
    }
    return false;
  }
};
function externalId(c) {
  if (c.eat("SYSTEM")) {
    if (!c.space()) return null;
    return c.quoted() ?? null;
  }
  if (c.eat("PUBLIC")) {
    if (!c.space() || c.quoted() === void 0 || !c.space()) return null;
    return c.quoted() ?? null;
  }
  return void 0;
}
function entityDecl(c) {
  const start = c.i;
  c.i += "<!ENTITY".length;
  if (!c.space()) return void 0;
  const parameter = c.eat("%");
  if (parameter && !c.space()) return void 0;
  const name = c.name();
  if (name === void 0 || !c.space()) return void 0;
  let value;
  let valueStart;
  let systemId;
  let unparsed = false;
  if (c.at('"') || c.at("'")) {
    valueStart = c.i + 1;
    value = c.quoted();
    if (value === void 0) return void 0;
  } else {
    const id = externalId(c);
    if (id === void 0 || id === null) return void 0;
    systemId = id;
    const beforeNdata = c.i;
    if (!parameter && c.space() && c.eat("NDATA")) {
      if (!c.space() || c.name() === void 0) return void 0;
      unparsed = true;
    } else c.i = beforeNdata;
  }
  c.space();
  if (!c.eat(">")) return void 0;
  return { name, parameter, value, valueStart, systemId, unparsed, start, end: c.i };
}
function doctypeAt(text, start) {
  const c = new Cursor(text, start + "<!DOCTYPE".length);
  const found = doctypeBody(c, start);
  if (found) return found;
  const at2 = Math.min(c.i, text.length);
  const ch = text[at2];
  const message = at2 >= text.length ? "the DOCTYPE declaration is not closed" : (ch === '"' || ch === "'") && text.indexOf(ch, at2 + 1) < 0 ? "this quoted literal of the DOCTYPE is never closed" : "the DOCTYPE declaration is not well-formed here";
  return { offset: at2, message };
}
function doctypeBody(c, start) {
  const text = c.text;
  if (!c.space() || c.name() === void 0) return void 0;
  const beforeId = c.i;
  let externalSubset;
  if (c.space()) {
    const id = externalId(c);
    if (id === null) return void 0;
    externalSubset = id;
  } else c.i = beforeId;
  c.space();
  const entities = [];
  let parameterReferences = false;
  if (c.eat("[")) {
    for (; ; ) {
      c.space();
      if (c.i >= text.length) return void 0;
      if (c.eat("]")) break;
      if (c.at("<!--")) {
        if (!c.skipPast("-->")) return void 0;
      } else if (c.at("<?")) {
        if (!c.skipPast("?>")) return void 0;
      } else if (c.eat("%")) {
        if (c.name() === void 0 || !c.eat(";")) return void 0;
        parameterReferences = true;
      } else if (c.at("<!ENTITY")) {
        const decl = entityDecl(c);
        if (!decl) return void 0;
        entities.push(decl);
      } else if (c.at("<!ELEMENT") || c.at("<!ATTLIST") || c.at("<!NOTATION")) {
        if (!c.skipDeclaration()) return void 0;
      } else return void 0;
    }
    c.space();
  }
  if (!c.eat(">")) return void 0;
  return { start, end: c.i, externalSubset, entities, parameterReferences };
}
function readDoctype(text) {
  const c = new Cursor(text, 0);
  for (; ; ) {
    c.space();
    if (c.at("<!--")) {
      if (!c.skipPast("-->")) break;
    } else if (c.at("<?")) {
      if (!c.skipPast("?>")) break;
    } else if (c.at("<!DOCTYPE")) {
      return doctypeAt(text, c.i);
    } else break;
  }
  return text.includes("<!DOCTYPE") ? "unreadable" : "none";
}
function blank(text, ranges) {
  if (ranges.length === 0) return text;
  const parts = [];
  let last = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(last, start), spaces(text.slice(start, end)));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
function spaces(s) {
  return s.replace(/[^\r\n]/g, " ");
}

// src/parse/xml-entities.ts
var JDK_EXPANSION_LIMIT = 64e3;
var WOODSTOX_EXPANSION_LIMIT = 1e5;
var WOODSTOX_ENTITY_DEPTH_LIMIT = 500;
var JDK_TOTAL_SIZE_LIMIT = 5e7;
var EXPANSION_LIMIT = Math.max(JDK_EXPANSION_LIMIT, WOODSTOX_EXPANSION_LIMIT);
var CAP = 1e15;
var PREDEFINED = /* @__PURE__ */ new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"]]);
var CHAR_REF2 = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;
var ANY_REF = /&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;#<>"'%]+);/g;
function charRef(hex2, dec, whole) {
  const cp = hex2 !== void 0 ? parseInt(hex2, 16) : parseInt(dec, 10);
  return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
}
function piecesOf(value) {
  const replacement = value.includes("&#") ? value.replace(CHAR_REF2, (whole, hex2, dec) => charRef(hex2, dec, whole)) : value;
  const pieces = [];
  let text = "";
  let last = 0;
  for (const m of replacement.matchAll(ANY_REF)) {
    const token = m[1];
    text += replacement.slice(last, m.index);
    last = m.index + m[0].length;
    if (token.startsWith("#x")) text += charRef(token.slice(2), void 0, m[0]);
    else if (token.startsWith("#")) text += charRef(void 0, token.slice(1), m[0]);
    else if (PREDEFINED.has(token)) text += PREDEFINED.get(token);
    else {
      if (text) pieces.push(text);
      text = "";
      pieces.push({ ref: token });
    }
  }
  text += replacement.slice(last);
  if (text) pieces.push(text);
  return pieces;
}
var HadoopEntityDecoder = class {
  constructor(entities = /* @__PURE__ */ new Map()) {
    this.entities = entities;
  }
  entities;
  base = new EntityDecoder();
  decode(text) {
    if (this.entities.size === 0 || !text.includes("&")) return this.base.decode(text);
    const out = [];
    let last = 0;
    for (const m of text.matchAll(ANY_REF)) {
      const entity = this.entities.get(m[1]);
      if (!entity || entity.decl.value === void 0) continue;
      out.push(this.base.decode(text.slice(last, m.index)));
      this.expand(entity, out);
      last = m.index + m[0].length;
    }
    out.push(this.base.decode(text.slice(last)));
    return out.join("");
  }
  /** Without recursion: the caller has checked there is no cycle and the result is within the limits. */
  expand(entity, out) {
    const stack = [{ pieces: entity.pieces, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next >= top.pieces.length) {
        stack.pop();
        continue;
      }
      const piece = top.pieces[top.next++];
      if (typeof piece === "string") out.push(piece);
      else {
        const inner = this.entities.get(piece.ref);
        if (!inner || inner.decl.value === void 0) out.push(`&${piece.ref};`);
        else stack.push({ pieces: inner.pieces, next: 0 });
      }
    }
  }
  reset() {
  }
  addInputEntities() {
  }
  setExternalEntities() {
  }
  setXmlVersion(version) {
    this.base.setXmlVersion(version);
  }
};
function cyclePath(stack, from) {
  const names = (a, b) => stack.slice(a, b).map((s) => s.name);
  const first = stack[from].name;
  if (stack.length - from <= 8) return [...names(from, stack.length), first];
  return [...names(from, from + 4), "...", ...names(stack.length - 3, stack.length), first];
}
function costs(entities, roots, complete) {
  const done = /* @__PURE__ */ new Map();
  const onPath = /* @__PURE__ */ new Map();
  const leaf = (name) => {
    const e = entities.get(name);
    if (!e) return { count: 0, length: name.length + 2, depth: 0, fault: complete ? { kind: "undeclared", name } : void 0 };
    if (e.decl.value === void 0) return { count: 0, length: 0, depth: 1, fault: void 0 };
    return done.get(name);
  };
  for (const root of roots) {
    if (leaf(root)) continue;
    const stack = [{ name: root, next: 0 }];
    onPath.set(root, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const pieces = entities.get(top.name).pieces;
      let descended = false;
      while (top.next < pieces.length) {
        const piece = pieces[top.next];
        if (typeof piece === "string" || leaf(piece.ref) || onPath.has(piece.ref)) {
          top.next++;
          continue;
        }
        onPath.set(piece.ref, stack.length);
        stack.push({ name: piece.ref, next: 0 });
        descended = true;
        break;
      }
      if (descended) continue;
      let count = 0;
      let length = 0;
      let depth = 1;
      let fault;
      for (const piece of pieces) {
        if (typeof piece === "string") {
          length = Math.min(CAP, length + piece.length);
          continue;
        }
        const c = leaf(piece.ref);
        if (!c) {
          fault ??= { kind: "recursive", path: cyclePath(stack, onPath.get(piece.ref)) };
          continue;
        }
        count = Math.min(CAP, count + 1 + c.count);
        length = Math.min(CAP, length + c.length);
        depth = Math.max(depth, 1 + c.depth);
        fault ??= c.fault;
      }
      done.set(top.name, { count, length, depth, fault });
      onPath.delete(top.name);
      stack.pop();
    }
  }
  return done;
}
function analyseEntities(doctype, refs) {
  const entities = /* @__PURE__ */ new Map();
  for (const decl of doctype?.entities ?? []) {
    if (decl.parameter || entities.has(decl.name) || PREDEFINED.has(decl.name)) continue;
    entities.set(decl.name, { decl, pieces: decl.value === void 0 ? [] : piecesOf(decl.value) });
  }
  const complete = !doctype || doctype.externalSubset === void 0 && !doctype.parameterReferences;
  const used = refs.filter((r) => !PREDEFINED.has(r.name));
  const cost = costs(entities, new Set(used.map((r) => r.name)), complete);
  let total = 0;
  let length = 0;
  let limit;
  let deepest;
  let jdkOnly;
  for (const ref of used) {
    const entity = entities.get(ref.name);
    if (!entity) {
      if (complete) return { fault: { ref, fault: { kind: "undeclared", name: ref.name } }, limit: void 0, decoder: new HadoopEntityDecoder() };
      continue;
    }
    if (entity.decl.unparsed) continue;
    if (entity.decl.value === void 0) {
      total += 1;
      continue;
    }
    const c = cost.get(ref.name);
    if (c.fault) return { fault: { ref, fault: c.fault }, limit: void 0, decoder: new HadoopEntityDecoder() };
    total = Math.min(CAP, total + 1 + c.count);
    length = Math.min(CAP, length + c.length);
    if (!limit && total > EXPANSION_LIMIT) limit = { kind: "count", ref, total };
    if (!limit && length > JDK_TOTAL_SIZE_LIMIT) limit = { kind: "size", ref, total: length };
    if (!deepest && c.depth > WOODSTOX_ENTITY_DEPTH_LIMIT) deepest = { kind: "depth", ref, depth: c.depth };
    if (!jdkOnly && total > JDK_EXPANSION_LIMIT) jdkOnly = { kind: "jdk-count", ref, total };
  }
  return { fault: void 0, limit: limit ?? deepest ?? jdkOnly, decoder: new HadoopEntityDecoder(limit ? /* @__PURE__ */ new Map() : entities) };
}

// src/parse/hadoop-xml.ts
var PROPERTY_CHILDREN = /* @__PURE__ */ new Set(["name", "value", "final", "source", "tag", "description"]);
var XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";
var WOODSTOX_ELEMENT_DEPTH_LIMIT = 1e3;
var META = XMLParser.getMetaDataSymbol();
function newHadoopXmlParser(entities) {
  return new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    commentPropName: "#comment",
    // Numeric character references are decoded as Java's XML parser decodes them.
    entityDecoder: entities ?? new EntityDecoder()
  });
}
function tagOf(node) {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return void 0;
}
function metaOf(node) {
  return node[META];
}
function textOf(children) {
  if (!Array.isArray(children)) return "";
  let out = "";
  for (const child2 of children) {
    const tag = tagOf(child2);
    if (tag === "#text") out += String(child2["#text"]);
    else if (tag === "#cdata") out += textOf(child2["#cdata"]);
  }
  return out;
}
function contentSpan(src, node) {
  const meta = metaOf(node);
  if (!meta) return void 0;
  const open = src.text.indexOf(">", meta.startIndex);
  if (open < 0 || src.text[open - 1] === "/") return src.span(meta.startIndex, meta.endIndex);
  const close = src.text.lastIndexOf("</", meta.endIndex - 1);
  return src.span(open + 1, close > open ? close : open + 1);
}
function startTagSpan(src, node) {
  const meta = metaOf(node);
  if (!meta) return src.span(0);
  const open = src.text.indexOf(">", meta.startIndex);
  return src.span(meta.startIndex, open < 0 ? meta.endIndex : open + 1);
}
function problemAt(src, message, line, col) {
  const l = Math.min(Math.max(line ?? 1, 1), src.lineCount);
  const start = (src.lineStarts[l - 1] ?? 0) + Math.max((col ?? 1) - 1, 0);
  return { message, span: src.span(Math.min(start, src.text.length)) };
}
function validatorProblem(src, err) {
  const open = /^Invalid '(\[.*\])' found\.$/.exec(err.msg);
  if (open) {
    try {
      const tags = JSON.parse(open[1]);
      const list = tags.map((t) => `<${t}>`).join(", ");
      return { message: `the file ends before <${tags[tags.length - 1]}> is closed (open elements: ${list})`, span: src.span(src.text.length) };
    } catch {
    }
  }
  return problemAt(src, err.msg.replace(/\.$/, ""), err.line, err.col);
}
function readProperty(src, node) {
  const attrs = node[":@"] ?? {};
  let name;
  let value;
  let final = attrs["@_final"]?.trim() === "true";
  const element = startTagSpan(src, node);
  if (attrs["@_name"] !== void 0) name = { value: attrs["@_name"].trim(), span: element };
  if (attrs["@_value"] !== void 0) value = { value: attrs["@_value"], span: element };
  const children = node["property"];
  const replaced = [];
  const ignoredChildren = [];
  if (Array.isArray(children)) {
    for (const child2 of children) {
      const tag = tagOf(child2);
      if (tag === "name") {
        const text = textOf(child2[tag]);
        if (name && text === "" && name.value !== "") continue;
        if (name && name.value !== "" && name.span !== element) replaced.push({ element: "name", text: name });
        name = { value: text.trim(), span: contentSpan(src, child2) ?? element };
      } else if (tag === "value") {
        const text = textOf(child2[tag]);
        if (value && text === "" && value.value !== "") continue;
        if (value && value.value !== "" && value.span !== element) replaced.push({ element: "value", text: value });
        value = { value: text, span: contentSpan(src, child2) ?? element };
      } else if (tag === "final") {
        final = textOf(child2[tag]).trim() === "true";
      } else if (tag !== void 0 && !tag.startsWith("#") && !tag.startsWith("?") && !PROPERTY_CHILDREN.has(tag)) {
        const start = metaOf(child2)?.startIndex;
        const written2 = start === void 0 ? void 0 : /^<([^\s/>]+)/.exec(src.text.slice(start, start + 1 + 256))?.[1];
        ignoredChildren.push({ element: written2 ?? tag, span: startTagSpan(src, child2) });
      }
    }
  }
  if (!name) return void 0;
  return {
    name,
    value,
    final,
    span: element,
    ...replaced.length > 0 ? { replaced } : {},
    ...ignoredChildren.length > 0 ? { ignoredChildren } : {}
  };
}
function doubleHyphenInComment(text) {
  if (!text.includes("<!--")) return void 0;
  for (const c of xmlComments(text)) {
    const at2 = text.slice(c.bodyStart, c.bodyEnd).indexOf("--");
    if (at2 >= 0) return c.bodyStart + at2;
    if (c.bodyEnd > c.bodyStart && text[c.bodyEnd - 1] === "-") return c.bodyEnd - 1;
  }
  return void 0;
}
function externalEntitiesOf(src, doctype) {
  const found = (doctype?.entities ?? []).filter((e) => e.systemId !== void 0 && !e.unparsed).map((e) => ({ name: e.name, parameter: e.parameter, systemId: e.systemId, span: src.span(e.start, e.end) }));
  return found.length > 0 ? { externalEntities: found } : {};
}
function invalidCharRefIn(doctype, xml11) {
  for (const e of doctype?.entities ?? []) {
    const found = e.value !== void 0 && e.valueStart !== void 0 ? firstInvalidCharRef(e.value, e.valueStart, xml11) : void 0;
    if (found) return found;
  }
  return void 0;
}
function faultMessage(ref, fault) {
  if (fault.kind === "undeclared") {
    return fault.name === ref.name ? `the entity "${ref.name}" is referenced but not declared` : `&${ref.name}; refers to the entity "${fault.name}", which is not declared`;
  }
  const path = fault.path.join(" -> ");
  return fault.path[0] === ref.name ? `the entity "${ref.name}" refers to itself (${path})` : `&${ref.name}; expands an entity that refers to itself (${path})`;
}
function forFastXmlParser(text, scan) {
  if (scan.cuts.length === 0 && scan.renames.length === 0) return text;
  const edits = scan.renames.map((at2) => [at2, at2 + 1, "x"]);
  for (const [start, end] of scan.cuts) {
    if (end - start < 7) continue;
    const element = text.slice(start, end);
    const edges = element.slice(0, 4) + element.slice(-3);
    edits.push([start, end, /[\r\n]/.test(edges) ? spaces(element) : `<!--${spaces(element.slice(4, -3))}-->`]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let last = 0;
  for (const [start, end, replacement] of edits) {
    parts.push(text.slice(last, start), replacement);
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
function parseHadoopXml(src) {
  const text = src.text;
  if (text.trim() === "") return { properties: [], problem: problemAt(src, "the file is empty") };
  const doctype = readDoctype(text);
  if (typeof doctype === "object" && "offset" in doctype) {
    return { properties: [], problem: { message: doctype.message, span: src.span(doctype.offset) } };
  }
  const known = typeof doctype === "object" ? doctype : void 0;
  const external = externalEntitiesOf(src, known);
  const forParser = known ? blank(text, [[known.start, known.end]]) : text;
  const verdict = XMLValidator.validate(forParser, { allowBooleanAttributes: false });
  if (verdict !== true) {
    return { properties: [], problem: validatorProblem(src, verdict.err), ...external };
  }
  const xml11 = declaresXml11(text);
  const scan = scanBody(forParser, WOODSTOX_ELEMENT_DEPTH_LIMIT, xml11);
  const entities = doctype !== "unreadable" ? analyseEntities(known, scan.refs) : void 0;
  const hyphens = doubleHyphenInComment(text);
  const badRef = invalidCharRefIn(known, xml11) ?? scan.invalidCharRef;
  const stop = entities?.fault?.ref.start ?? (entities?.limit?.kind === "count" || entities?.limit?.kind === "size" ? entities.limit.ref.start : Infinity);
  if (badRef && badRef.start < (hyphens ?? Infinity) && badRef.start < stop) {
    return { properties: [], problem: { message: invalidCharRefMessage(badRef), span: src.span(badRef.start, badRef.end) }, ...external };
  }
  if (hyphens !== void 0) {
    return { properties: [], problem: { message: 'the string "--" is not permitted within comments', span: src.span(hyphens, hyphens + 2) }, ...external };
  }
  const tooDeep = scan.tooDeep ? { tooDeep: { element: scan.tooDeep.name, depth: scan.tooDeep.depth, span: src.span(scan.tooDeep.start, scan.tooDeep.end) } } : {};
  let decoder;
  let expansion = {};
  if (entities) {
    if (entities.fault) {
      const { ref, fault } = entities.fault;
      return { properties: [], problem: { message: faultMessage(ref, fault), span: src.span(ref.start, ref.end) }, ...external };
    }
    const limit = entities.limit;
    if (limit) {
      const amount = limit.kind === "depth" ? limit.depth : limit.total;
      expansion = { expansion: { kind: limit.kind, entity: limit.ref.name, amount, span: src.span(limit.ref.start, limit.ref.end) } };
      if (limit.kind === "count" || limit.kind === "size") return { properties: [], problem: void 0, ...external, ...expansion, ...tooDeep };
    }
    decoder = entities.decoder;
  }
  const extra = { ...external, ...expansion, ...tooDeep };
  let doc;
  try {
    doc = newHadoopXmlParser(decoder).parse(forFastXmlParser(forParser, scan));
  } catch (err) {
    const message = String(err.message);
    if (scan.root && message.startsWith("[SECURITY] Invalid name")) {
      return { properties: [], problem: { message: `the root element is <${scan.root.name}>, Hadoop reads only <configuration>`, span: src.span(scan.root.start, text.indexOf(">", scan.root.start) + 1) }, ...extra };
    }
    return { properties: [], problem: problemAt(src, message.replace(/\.$/, "")), ...extra };
  }
  const roots = doc.filter((n) => {
    const tag = tagOf(n);
    return tag !== void 0 && !tag.startsWith("?") && !tag.startsWith("#") && tag !== "!DOCTYPE";
  });
  if (roots.length !== 1) {
    const second = roots[1];
    const span = second ? startTagSpan(src, second) : src.span(0);
    return { properties: [], problem: { message: `the document has ${roots.length} root elements, XML allows one`, span }, ...extra };
  }
  const root = roots[0];
  const rootTag = tagOf(root);
  if (rootTag !== "configuration") {
    return { properties: [], problem: { message: `the root element is <${rootTag}>, Hadoop reads only <configuration>`, span: startTagSpan(src, root) }, ...extra };
  }
  const { properties: properties2, includes } = readChildren(src, root["configuration"], root[":@"] ?? {});
  return { properties: properties2, problem: void 0, ...extra, ...includes.length > 0 ? { includes } : {} };
}
function namespaceOf(tag, own, rootAttrs) {
  const colon = tag.indexOf(":");
  const attr = colon < 0 ? "@_xmlns" : `@_xmlns:${tag.slice(0, colon)}`;
  return own[attr] ?? rootAttrs[attr];
}
function isXInclude(tag, local, own, rootAttrs) {
  const colon = tag.indexOf(":");
  if ((colon < 0 ? tag : tag.slice(colon + 1)) !== local) return false;
  return namespaceOf(tag, own, rootAttrs) === XINCLUDE_NAMESPACE;
}
function readChildren(src, children, rootAttrs) {
  const properties2 = [];
  const includes = [];
  if (!Array.isArray(children)) return { properties: properties2, includes };
  for (const child2 of children) {
    const tag = tagOf(child2);
    if (tag === "property") {
      const prop = readProperty(src, child2);
      if (prop) properties2.push(prop);
    } else if (tag !== void 0 && isXInclude(tag, "include", child2[":@"] ?? {}, rootAttrs)) {
      includes.push(readInclude(src, child2, tag, rootAttrs, properties2.length));
    }
  }
  return { properties: properties2, includes };
}
function readInclude(src, node, tag, rootAttrs, at2) {
  const own = node[":@"] ?? {};
  const scope = { ...rootAttrs, ...own };
  let fallback;
  const children = node[tag];
  if (Array.isArray(children)) {
    for (const child2 of children) {
      const childTag = tagOf(child2);
      if (fallback === void 0 && childTag !== void 0 && isXInclude(childTag, "fallback", child2[":@"] ?? {}, scope)) {
        fallback = readChildren(src, child2[childTag], scope);
      }
    }
  }
  return { href: own["@_href"], span: startTagSpan(src, node), at: at2, fallback };
}

// src/parse/line-files.ts
function parseMyid(src) {
  const m = /^[^\r\n]*/.exec(src.text);
  return { firstLine: { value: m[0], span: src.span(0, m[0].length) } };
}
function parseHostList(src) {
  const hosts = [];
  const re = /[^\s#]+|#[^\n]*/g;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    if (m[0].startsWith("#")) continue;
    hosts.push({ value: m[0], span: src.span(m.index, m.index + m[0].length) });
  }
  return { hosts };
}
function parseTimeConfig(src, flavour) {
  const directives = [];
  src.text.split("\n").forEach((_, index) => {
    const start = src.lineStarts[index];
    let line = src.text.slice(start, src.lineStarts[index + 1] ?? src.text.length).replace(/\r?\n$/, "");
    if (flavour === "ntp") {
      const hash = line.indexOf("#");
      if (hash >= 0) line = line.slice(0, hash);
    } else if (/^\s*[!;#%]/.test(line)) {
      return;
    }
    const words = [];
    const re = /\S+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      words.push({ value: m[0], span: src.span(start + m.index, start + m.index + m[0].length) });
    }
    const [keyword, ...args] = words;
    if (keyword) {
      directives.push({
        keyword: flavour === "chrony" ? { value: keyword.value.toLowerCase(), span: keyword.span } : keyword,
        args
      });
    }
  });
  return { directives };
}

// src/parse/etc-hosts.ts
function parseEtcHosts(src) {
  const entries = [];
  for (let index = 0; index < src.lineStarts.length; index++) {
    const start = src.lineStarts[index];
    let line = src.text.slice(start, src.lineStarts[index + 1] ?? src.text.length).replace(/\r?\n$/, "");
    const hash = line.indexOf("#");
    if (hash >= 0) line = line.slice(0, hash);
    const words = [];
    const re = /[^ \t\r\f\v]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      words.push({ value: m[0], span: src.span(start + m.index, start + m.index + m[0].length) });
    }
    const [address, ...names] = words;
    if (!address || names.length === 0) continue;
    const last = names[names.length - 1];
    entries.push({ address, names, span: { ...address.span, endLine: last.span.endLine, endColumn: last.span.endColumn } });
  }
  return { entries };
}

// src/parse/suppressions.ts
var NEXT_LINE_DIRECTIVE = "hacheck-disable-next-line";
var FILE_DIRECTIVE = "hacheck-disable-file";
var DIRECTIVE_START = /^\s*(hacheck-\S*)/;
var REASON_SEPARATOR = /\s-+(?=\s|$)/;
function parseIds(src, text, offset) {
  if (text.trim() === "") return [];
  const ids = [];
  let at2 = 0;
  for (const piece of text.split(",")) {
    const lead = piece.length - piece.trimStart().length;
    const id = piece.trim();
    if (id === "") return `a rule id is empty in ${quote(text.trim())}`;
    if (/\s/.test(id)) return `rule ids are separated by commas, not spaces: ${quote(id)}`;
    const start = offset + at2 + lead;
    ids.push({ value: id, span: src.span(start, start + id.length) });
    at2 += piece.length + 1;
  }
  return ids;
}
function parseDirective(src, c, syntax) {
  const body = src.text.slice(c.bodyStart, c.bodyEnd);
  const m = DIRECTIVE_START.exec(body);
  if (!m) return void 0;
  const span = src.span(c.start, c.end);
  const word = m[1];
  if (word !== NEXT_LINE_DIRECTIVE && word !== FILE_DIRECTIVE) {
    return { kind: "malformed", problem: `${quote(word)} is not a directive; use ${NEXT_LINE_DIRECTIVE} or ${FILE_DIRECTIVE}`, span };
  }
  if (syntax === "xml" && (body.includes("--") || body.endsWith("-"))) {
    return void 0;
  }
  const restOffset = c.bodyStart + m[0].length;
  const rest = body.slice(m[0].length);
  const sep4 = REASON_SEPARATOR.exec(rest);
  const idsText = sep4 ? rest.slice(0, sep4.index) : rest;
  const reason = sep4 ? rest.slice(sep4.index + sep4[0].length).trim() || void 0 : void 0;
  const ruleIds = parseIds(src, idsText, restOffset);
  if (typeof ruleIds === "string") return { kind: "malformed", problem: ruleIds, span };
  if (word === FILE_DIRECTIVE) return { kind: "file", ruleIds, reason, span };
  return { kind: "next-line", ruleIds, reason, span, line: span.endLine + 1 };
}
function scanSuppressions(src, syntax) {
  if (!src.text.includes("hacheck-")) return [];
  const out = [];
  for (const c of comments(src.text, syntax)) {
    const directive = parseDirective(src, c, syntax);
    if (directive) out.push(directive);
  }
  return out;
}

// src/text/source-text.ts
var SourceText = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }
  path;
  text;
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  span(start, end = start) {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** Span of a whole 1-based line, without its line break. */
  lineSpan(line) {
    const start = this.lineStarts[line - 1] ?? 0;
    let end = this.lineStarts[line] ?? this.text.length;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.span(start, end);
  }
};
function decodeUtf8(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function decodeLatin1(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

// src/text/decode-xml.ts
import { isUtf8 as isUtf83 } from "node:buffer";
var LATIN1 = /* @__PURE__ */ new Set(["iso-8859-1", "iso8859-1", "iso_8859-1", "iso8859_1", "iso_8859_1", "8859_1", "latin1", "l1", "cp819", "ibm819"]);
var ASCII = /* @__PURE__ */ new Set(["us-ascii", "ascii", "iso646-us"]);
function declaredEncoding(bytes) {
  const head = decodeLatin1(bytes.subarray(0, 256));
  const m = /^<\?xml\s[^?>]*?\bencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head);
  return m?.[2].toLowerCase();
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let n;
    let min;
    if (b < 128) {
      i++;
      continue;
    }
    if (b >= 194 && b <= 223) {
      n = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      n = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      n = 3;
      min = 65536;
    } else return i;
    let cp = b & 63 >> n;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += n + 1;
  }
  return i;
}
function hex(b) {
  return `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;
}
function decodeXml(bytes) {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 255 && b1 === 254 || b0 === 60 && b1 === 0 && b2 === 63 && b3 === 0) {
    return { text: stripBom(new TextDecoder("utf-16le").decode(bytes)) };
  }
  if (b0 === 254 && b1 === 255 || b0 === 0 && b1 === 60 && b2 === 0 && b3 === 63) {
    return { text: stripBom(new TextDecoder("utf-16be").decode(bytes)) };
  }
  const utf8Bom = b0 === 239 && b1 === 187 && b2 === 191;
  const declared = utf8Bom ? void 0 : declaredEncoding(bytes);
  if (declared && LATIN1.has(declared)) return { text: decodeLatin1(bytes) };
  if (declared && ASCII.has(declared)) {
    const bad2 = bytes.findIndex((b) => b > 127);
    const text2 = decodeLatin1(bytes);
    return bad2 < 0 ? { text: text2 } : { text: text2, problem: { message: `byte ${hex(bytes[bad2])} is not ASCII, the encoding the file declares`, offset: bad2 } };
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) };
    } catch {
    }
  }
  const text = decodeUtf8(bytes);
  if (isUtf83(bytes)) return { text };
  const bad = firstInvalidUtf8(bytes);
  const offset = decodeUtf8(bytes.subarray(0, bad)).length;
  return { text, problem: { message: `byte ${hex(bytes[bad])} is not valid UTF-8${declared ? "" : " (the file declares no other encoding)"}`, offset } };
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/model/xinclude.ts
import { createHash } from "node:crypto";
import { realpathSync as realpathSync2 } from "node:fs";
import { join as join3, posix } from "node:path";
var MAX_INCLUDE_DEPTH = 8;
var MAX_INCLUDES = 64;
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
function locate(href, from, ctx) {
  if (SCHEME.test(href)) return { kind: "outside", why: "url" };
  if (href.startsWith("/") || href.startsWith("\\")) return { kind: "outside", why: "absolute" };
  const path = posix.normalize(posix.join(posix.dirname(from), href));
  if (path === ".." || path.startsWith("../")) return { kind: "outside", why: "parent" };
  let real;
  try {
    real = realpathSync2(join3(ctx.realRoot, path));
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return leavesThroughLink(path, ctx) ? { kind: "outside", why: "link" } : { kind: "missing", path };
    return { kind: "unreadable", path, reason: code === "ELOOP" ? "a symbolic link loop" : readFailure(err) };
  }
  if (!insideTree(ctx.realRoot, real)) return { kind: "outside", why: "link" };
  return { kind: "found", path, real };
}
function leavesThroughLink(path, ctx) {
  for (let dir = posix.dirname(path); dir !== "."; dir = posix.dirname(dir)) {
    try {
      return !insideTree(ctx.realRoot, realpathSync2(join3(ctx.realRoot, dir)));
    } catch {
    }
  }
  return false;
}
function readIncluded(path, real, state) {
  const read = readRegularFile(real, state.ctx.maxFileSize);
  if (!read.ok) {
    const reason = read.tooLarge ? `larger than the limit of ${state.ctx.maxFileSize} bytes` : read.reason;
    return { outcome: { kind: "unreadable", path, reason } };
  }
  const decoded = decodeXml(read.bytes);
  if (decoded.text.includes("\0")) return { outcome: { kind: "unreadable", path, reason: "a binary file (it holds NUL bytes)" } };
  const src = new SourceText(path, decoded.text);
  state.files.set(path, { path, lineCount: src.lineCount });
  state.digest.update(path).update("\0").update(read.bytes).update("\0");
  if (decoded.problem) {
    const { offset, message } = decoded.problem;
    return { outcome: { kind: "invalid", path, problem: { message, span: src.span(offset, offset + 1) } } };
  }
  const xml = parseHadoopXml(src);
  if (xml.problem) return { outcome: { kind: "invalid", path, problem: xml.problem } };
  return { xml };
}
function follow(include, here, state) {
  const record = (outcome) => {
    state.includes.push({ href: include.href, span: include.span, outcome });
    state.digest.update(JSON.stringify(outcome));
  };
  const limit = (what, at2) => {
    if (!state.limited.has(what)) record({ kind: "limit", what, limit: at2 });
    state.limited.add(what);
    return [];
  };
  if (here.depth >= MAX_INCLUDE_DEPTH) return limit("depth", MAX_INCLUDE_DEPTH);
  if (++state.count > MAX_INCLUDES) return limit("count", MAX_INCLUDES);
  const target = locate(include.href, here.path, state.ctx);
  if (target.kind === "missing" && include.fallback) {
    record({ kind: "fallback", path: target.path });
    return expand2(include.fallback.properties, include.fallback.includes, { ...here, depth: here.depth + 1 }, state);
  }
  if (target.kind !== "found") return record(target), [];
  if (here.chain.includes(target.real)) return record({ kind: "cycle", chain: [...here.paths, target.path] }), [];
  let read = state.read.get(target.real);
  if (!read) state.read.set(target.real, read = readIncluded(target.path, target.real, state));
  if ("outcome" in read) return record(read.outcome), [];
  record({ kind: "included", path: target.path });
  const inner = { path: target.path, chain: [...here.chain, target.real], paths: [...here.paths, target.path], depth: here.depth + 1 };
  return expand2(read.xml.properties, read.xml.includes ?? [], inner, state);
}
function expand2(properties2, includes, here, state) {
  const out = [];
  let next = 0;
  for (const include of includes) {
    while (next < include.at) out.push(properties2[next++]);
    if (include.href !== void 0) out.push(...follow({ ...include, href: include.href }, here, state));
  }
  while (next < properties2.length) out.push(properties2[next++]);
  return out;
}
function followIncludes(xml, path, real, ctx) {
  const state = { ctx, includes: [], files: /* @__PURE__ */ new Map(), digest: createHash("sha1"), count: 0, limited: /* @__PURE__ */ new Set(), read: /* @__PURE__ */ new Map() };
  const properties2 = expand2(xml.properties, xml.includes ?? [], { path, chain: [real], paths: [path], depth: 0 }, state);
  return { properties: properties2, result: { includes: state.includes, files: [...state.files.values()] }, digest: state.digest.digest("hex") };
}

// src/model/load-container-env.ts
import { createHash as createHash2 } from "node:crypto";

// src/parse/env-lines.ts
var EXPORT = /^export[ \t]+/;
function parseEnvLines(src) {
  const assignments = [];
  let otherLines = 0;
  const text = src.text;
  for (let line = 1; line <= src.lineCount; line++) {
    const start = src.lineStarts[line - 1];
    let end = line < src.lineCount ? src.lineStarts[line] - 1 : text.length;
    if (end > start && text[end - 1] === "\r") end--;
    let at2 = start;
    while (at2 < end && (text[at2] === " " || text[at2] === "	")) at2++;
    if (at2 === end || text[at2] === "#") continue;
    const exported = EXPORT.exec(text.slice(at2, Math.min(end, at2 + 16)));
    if (exported) at2 += exported[0].length;
    const eq = text.indexOf("=", at2);
    if (eq < 0 || eq >= end) {
      otherLines++;
      continue;
    }
    let nameEnd = eq;
    while (nameEnd > at2 && (text[nameEnd - 1] === " " || text[nameEnd - 1] === "	")) nameEnd--;
    if (nameEnd === at2) {
      otherLines++;
      continue;
    }
    assignments.push({
      name: { value: text.slice(at2, nameEnd), span: src.span(at2, nameEnd) },
      value: { value: text.slice(eq + 1, end), span: src.span(eq + 1, end) },
      span: src.span(start, end)
    });
  }
  return { assignments, otherLines };
}

// src/model/container-env.ts
var KIND_ORDER = ["core-site.xml", "hdfs-site.xml", "yarn-site.xml", "mapred-site.xml", "hbase-site.xml"];
function apacheSiteKey(variable) {
  const parts = variable.split(/[_.]/);
  if (parts.length < 2) return void 0;
  const file = parts[0].toLowerCase();
  if (parts[1].toLowerCase() !== "xml") return void 0;
  const kind = KIND_ORDER.find((k) => k === `${file}.xml`);
  if (!kind) return void 0;
  const skip = file.length + "xml".length + 2;
  const raw = variable.slice(skip);
  const lead = raw.length - raw.trimStart().length;
  const key = raw.trim();
  if (key === "") return void 0;
  return { kind, key, start: skip + lead, length: key.length };
}
function apacheProperty(a) {
  const found = apacheSiteKey(a.name.value);
  return found && { kind: found.kind, name: { value: found.key, span: shifted(a.name, found.start, found.length) } };
}
var BDE_PREFIXES = {
  CORE_CONF_: "core-site.xml",
  HDFS_CONF_: "hdfs-site.xml",
  YARN_CONF_: "yarn-site.xml",
  MAPRED_CONF_: "mapred-site.xml",
  HBASE_CONF_: "hbase-site.xml"
};
function bdeName(rest, kind) {
  const dashed = rest.replaceAll("___", "-");
  if (kind === "hbase-site.xml") return dashed.replaceAll("__", "_").replaceAll("_", ".");
  return dashed.replaceAll("__", "\0").replaceAll("_", ".").replaceAll("\0", "_");
}
function bdeSiteKey(variable, prefixes = BDE_PREFIXES) {
  for (const [prefix, kind] of Object.entries(prefixes)) {
    if (!variable.startsWith(prefix) || variable.length === prefix.length) continue;
    const rest = variable.slice(prefix.length);
    return { kind, key: bdeName(rest, kind), start: prefix.length, length: rest.length };
  }
  return void 0;
}
function bdeProperty(a) {
  const found = bdeSiteKey(a.name.value);
  return found && { kind: found.kind, name: { value: found.key, span: shifted(a.name, found.start, found.length) } };
}
function shifted(located2, offset, length) {
  const s = located2.span;
  return { ...s, column: s.column + offset, endLine: s.line, endColumn: s.column + offset + length };
}
function siteValueRange(v, format) {
  let start = v.length - v.trimStart().length;
  let end = v.trimEnd().length;
  if (format === "apache/hadoop image") {
    while (start < end && v[start] === '"') start++;
    while (end > start && v[end - 1] === '"') end--;
  }
  if (end < start) end = start;
  return { start, end };
}
function valueOf(a, format) {
  const { start, end } = siteValueRange(a.value.value, format);
  return { value: a.value.value.slice(start, end), span: shifted(a.value, start, end - start) };
}
function containerEnvSites(lines2) {
  const { assignments, otherLines } = lines2;
  if (assignments.length === 0 || otherLines * 4 > assignments.length) return void 0;
  const byKind = /* @__PURE__ */ new Map();
  const formats = /* @__PURE__ */ new Set();
  for (const a of assignments) {
    const apache = apacheProperty(a);
    const bde = apache ? void 0 : bdeProperty(a);
    const found = apache ?? bde;
    if (!found) continue;
    const format = apache ? "apache/hadoop image" : "big-data-europe image";
    formats.add(format);
    const property2 = { name: found.name, value: valueOf(a, format), final: false, span: a.span };
    const list = byKind.get(found.kind);
    if (list) list.push(property2);
    else byKind.set(found.kind, [property2]);
  }
  if (byKind.size === 0) return void 0;
  const sites = KIND_ORDER.flatMap((kind) => {
    const properties2 = byKind.get(kind);
    return properties2 ? [{ kind, properties: properties2 }] : [];
  });
  return { formats: [...formats].sort(), sites };
}

// src/model/load-container-env.ts
function loadContainerEnv(f, maxFileSize) {
  const read = readRegularFile(f.source, maxFileSize);
  if (!read.ok) return { setAside: read.tooLarge ? "too large" : `cannot be read: ${read.reason}` };
  const text = decodeUtf8(read.bytes);
  if (text.includes("\0")) return { setAside: "binary" };
  const src = new SourceText(f.path, text);
  const sites = containerEnvSites(parseEnvLines(src));
  if (!sites) return { setAside: "not a Hadoop image environment file" };
  if (holdsTemplateSyntax(text)) return { setAside: "template" };
  const suppressions = scanSuppressions(src, "properties");
  const kinds = sites.sites.map((s) => s.kind);
  const files = sites.sites.map(({ kind, properties: properties2 }, i) => ({
    path: f.path,
    host: void 0,
    // One hash per site file: files of one hash are one content, and these are different files.
    hash: createHash2("sha1").update("env\0").update(kind).update("\0").update(read.bytes).digest("hex"),
    lineCount: src.lineCount,
    start: src.span(0),
    suppressions: i === 0 ? suppressions : [],
    kind,
    xml: { properties: properties2, problem: void 0 },
    fromEnv: { formats: sites.formats, kinds }
  }));
  return { files };
}

// src/discovery/host-lists.ts
var OTHER_PRODUCT_FOLDER = /^(?:spark|flink|storm)(?:[-_.].*)?$/i;
var ANSIBLE_VARIABLES = /* @__PURE__ */ new Set(["group_vars", "host_vars"]);
function notHadoopHostList(path, list) {
  const folders = path.split("/").slice(0, -1);
  const product = folders.find((f) => OTHER_PRODUCT_FOLDER.test(f) || ANSIBLE_VARIABLES.has(f));
  if (product !== void 0) return `in ${product}/, another product's`;
  if (list.hosts.some((h) => h.value.endsWith(":") || h.value.includes("=") || h.value === "-" || /^[[{]/.test(h.value))) return "not one host per line";
  return void 0;
}

// src/model/load.ts
function contentHash(kind, bytes) {
  return createHash3("sha1").update(kind).update("\0").update(bytes).digest("hex");
}
var COMMENT_SYNTAX = {
  "core-site.xml": "xml",
  "hdfs-site.xml": "xml",
  "yarn-site.xml": "xml",
  "mapred-site.xml": "xml",
  "zoo.cfg": "properties",
  "zoo.cfg.dynamic": "properties",
  myid: void 0,
  slaves: "hash",
  workers: "hash",
  "ntp.conf": "hash",
  "chrony.conf": "chrony",
  "hbase-site.xml": "xml",
  "server.properties": "properties",
  hosts: "hash"
};
var XML_KINDS = /* @__PURE__ */ new Set(["core-site.xml", "hdfs-site.xml", "yarn-site.xml", "mapred-site.xml", "hbase-site.xml"]);
function decode(kind, bytes) {
  if (XML_KINDS.has(kind)) return decodeXml(bytes);
  if (kind === "zoo.cfg" || kind === "zoo.cfg.dynamic" || kind === "server.properties") return { text: decodeLatin1(bytes) };
  if (kind === "myid") return { text: bytes.toString("utf8") };
  return { text: decodeUtf8(bytes) };
}
function binaryAt(path, kind, text, size) {
  const at2 = text.indexOf("\0");
  if (at2 < 0) return void 0;
  const src = new SourceText(path, text);
  return { path, kind, host: void 0, reason: "binary", size, span: src.span(at2, at2 + 1), lineCount: src.lineCount };
}
function parseFile(path, kind, decoded, host, hash) {
  const src = new SourceText(path, decoded.text);
  if (decoded.problem) {
    const syntax = COMMENT_SYNTAX[kind];
    const base = { path, host, hash, lineCount: src.lineCount, start: src.span(0), suppressions: syntax ? scanSuppressions(src, syntax) : [] };
    const { offset, message } = decoded.problem;
    return { ...base, kind, xml: { properties: [], problem: { message, span: src.span(offset, offset + 1) } } };
  }
  return parseSource(src, kind, host, hash);
}
function parseSource(src, kind, host, hash) {
  const syntax = COMMENT_SYNTAX[kind];
  const suppressions = syntax ? scanSuppressions(src, syntax) : [];
  const base = { path: src.path, host, hash, lineCount: src.lineCount, start: src.span(0), suppressions };
  switch (kind) {
    case "core-site.xml":
    case "hdfs-site.xml":
    case "yarn-site.xml":
    case "mapred-site.xml":
    case "hbase-site.xml":
      return { ...base, kind, xml: parseHadoopXml(src) };
    case "zoo.cfg":
    case "zoo.cfg.dynamic":
      return { ...base, kind, zoo: parseZooCfg(src) };
    case "myid":
      return { ...base, kind, myid: parseMyid(src) };
    case "slaves":
    case "workers":
      return { ...base, kind, list: parseHostList(src) };
    case "ntp.conf":
      return { ...base, kind, time: parseTimeConfig(src, "ntp") };
    case "chrony.conf":
      return { ...base, kind, time: parseTimeConfig(src, "chrony") };
    case "server.properties":
      return { ...base, kind, kafka: parseKafkaProperties(src) };
    case "hosts":
      return { ...base, kind, etcHosts: parseEtcHosts(src) };
  }
}
function setAsideByContent(f, text, file) {
  if (holdsTemplateSyntax(text)) return "template";
  if (f.check === "kafka-broker" && file.kind === "server.properties" && !isBrokerConfig(file.kafka)) return "not a broker configuration";
  if (f.check === "zookeeper-server" && file.kind === "zoo.cfg" && !isZookeeperServerConfig(file.zoo)) return "not a ZooKeeper server configuration";
  return void 0;
}
function isOutcomeSetAside(o) {
  return "setAside" in o;
}
function withIncludes(file, real, ctx) {
  if (!("xml" in file) || !file.xml.includes) return file;
  const { properties: properties2, result, digest } = followIncludes(file.xml, file.path, real, ctx);
  const hash = createHash3("sha1").update(file.hash).update("\0").update(digest).digest("hex");
  return { ...file, hash, xml: { ...file.xml, properties: properties2 }, xinclude: result };
}
function shareable(file) {
  return !("xinclude" in file && file.xinclude);
}
async function loadFiles(found, options) {
  const files = [];
  const failures = [];
  const unchecked = [];
  const parseFailures = [];
  const setAside = [];
  const seen = /* @__PURE__ */ new Map();
  const ctx = { realRoot: options.realRoot, maxFileSize: options.maxFileSize };
  const bySource = /* @__PURE__ */ new Map();
  const distributionFolders = kafkaDistributionFolders(found.map((f) => f.path));
  const keep = (f, outcome) => {
    const notHostList = !isOutcomeSetAside(outcome) && (outcome.kind === "workers" || outcome.kind === "slaves") ? notHadoopHostList(f.path, outcome.list) : void 0;
    if (isOutcomeSetAside(outcome)) setAside.push({ path: f.path, reason: outcome.setAside });
    else if (outcome.kind === "zoo.cfg" && isStockSample(baseName(f.path), outcome.zoo)) setAside.push({ path: f.path, reason: "stock sample" });
    else if (outcome.kind === "server.properties" && isStockKafkaSample(f.path, outcome.kafka, distributionFolders)) setAside.push({ path: f.path, reason: "stock sample" });
    else if (notHostList !== void 0) setAside.push({ path: f.path, reason: `not a Hadoop host list: ${notHostList}` });
    else files.push(outcome.path === f.path ? outcome : copyAt(outcome, f.path));
  };
  for (const f of found) {
    if (f.check === "container-env") {
      const env = loadContainerEnv(f, options.maxFileSize);
      if ("setAside" in env) setAside.push({ path: f.path, reason: env.setAside });
      else files.push(...env.files);
      continue;
    }
    const known = bySource.get(f.source);
    if (known && (isOutcomeSetAside(known) || known.kind === f.kind)) {
      keep(f, known);
      continue;
    }
    const read = readRegularFile(f.source, options.maxFileSize);
    if (!read.ok) {
      if (f.broadName) setAside.push({ path: f.path, reason: read.tooLarge ? "too large" : `cannot be read: ${read.reason}` });
      else if (read.tooLarge) {
        const start = { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
        unchecked.push({ path: f.path, kind: f.kind, host: void 0, reason: "too-large", size: read.size, span: start, lineCount: 1 });
      } else {
        failures.push({ path: f.path, reason: read.reason });
      }
      continue;
    }
    const bytes = read.bytes;
    const key = `${f.kind}\0${f.check ?? ""}\0${bytes.length}`;
    let bucket = seen.get(key);
    if (!bucket) seen.set(key, bucket = { entries: [], byHash: void 0 });
    let hash;
    let original;
    if (bucket.byHash) {
      hash = contentHash(f.kind, bytes);
      original = bucket.byHash.get(hash);
    } else {
      original = bucket.entries.find((e) => e.bytes.equals(bytes))?.file;
    }
    if (original) {
      keep(f, original);
      bySource.set(f.source, original);
      continue;
    }
    const decoded = decode(f.kind, bytes);
    const binary = binaryAt(f.path, f.kind, decoded.text, bytes.length);
    if (binary) {
      if (f.broadName) setAside.push({ path: f.path, reason: "binary" });
      else unchecked.push(binary);
      continue;
    }
    hash ??= contentHash(f.kind, bytes);
    let parsed;
    try {
      parsed = parseFile(f.path, f.kind, decoded, void 0, hash);
    } catch (thrown) {
      parseFailures.push({ path: f.path, thrown });
      continue;
    }
    const reason = setAsideByContent(f, decoded.text, parsed);
    let outcome;
    try {
      outcome = reason ? { setAside: reason } : withIncludes(parsed, f.source, ctx);
    } catch (thrown) {
      parseFailures.push({ path: f.path, thrown });
      continue;
    }
    keep(f, outcome);
    if (!isOutcomeSetAside(outcome) && !shareable(outcome)) continue;
    bySource.set(f.source, outcome);
    if (bucket.byHash) bucket.byHash.set(hash, outcome);
    else {
      bucket.entries.push({ bytes, file: outcome });
      if (bucket.entries.length > 8) bucket.byHash = new Map(bucket.entries.map((e) => [contentHash(f.kind, e.bytes), e.file]));
    }
  }
  return { files, failures, unchecked, parseFailures, setAside };
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/model/host-folders.ts
function hostOfAddress2(files, names) {
  const found = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.kind !== "hosts" || !/^.+\/etc\/hosts$/.test(f.path) || hashes.has(f.hash)) continue;
    hashes.add(f.hash);
    const original = originalOf(f);
    if (original.kind !== "hosts") continue;
    for (const e of original.etcHosts.entries) {
      const address = e.address.value.toLowerCase();
      if (!isIpAddress(address)) continue;
      const key = e.names.map((n) => hostKey(n.value)).find((k) => names.has(k));
      if (key === void 0) continue;
      const seen = found.get(address);
      if (seen === void 0) found.set(address, key);
      else if (seen !== key) found.set(address, null);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [address, key] of found) if (key !== null) out.set(address, key);
  return out;
}
function isReleaseFolder(name) {
  return /\.\d+$/.test(name) && !isIpAddress(name);
}
var SNAPSHOT_ROOTS = /* @__PURE__ */ new Set(["etc", "opt", "usr", "var", "srv", "home", "data", "app", "apps"]);
function unmatchedHostFolders(paths, hostFolders, isReleaseFolder2) {
  if (hostFolders.size === 0) return [];
  const out = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const [top, second, ...rest] = path.split("/");
    if (rest.length === 0 || hostFolders.has(top) || isReleaseFolder2(top) || !SNAPSHOT_ROOTS.has(second)) continue;
    out.add(top);
  }
  return [...out].sort();
}

// src/model/competing-copies.ts
import { posix as posix2 } from "node:path";
var ONE_PER_HOST = /* @__PURE__ */ new Set([
  "zoo.cfg",
  "core-site.xml",
  "hdfs-site.xml",
  "yarn-site.xml",
  "mapred-site.xml",
  "hbase-site.xml",
  "slaves",
  "workers",
  "ntp.conf",
  "chrony.conf"
]);
function separateInstances(a, b) {
  if (a.kind !== "zoo.cfg" || b.kind !== "zoo.cfg") return false;
  const differ = (key) => zooValue(a.zoo, key)?.value.value !== zooValue(b.zoo, key)?.value.value;
  return differ("dataDir") || differ("clientPort") || differ("secureClientPort") || wildcardServers(a) !== wildcardServers(b);
}
function sameHosts(a, b) {
  if (a.kind !== "workers" && a.kind !== "slaves" || b.kind !== "workers" && b.kind !== "slaves") return false;
  return a.list.hosts.map((h) => h.value).join("\n") === b.list.hosts.map((h) => h.value).join("\n");
}
function wildcardServers(f) {
  return f.zoo.servers.filter((s) => s.addresses.some((a) => isWildcard(a.host.value))).map((s) => s.id.value).join(",");
}
function competingCopies(files, used, host) {
  const out = [];
  for (const f of files) {
    const winner = used[f.kind];
    if (!winner || winner === f || !ONE_PER_HOST.has(f.kind) || winner.hash === f.hash) continue;
    if (posix2.basename(f.path) !== posix2.basename(winner.path) || separateInstances(f, winner) || sameHosts(f, winner)) continue;
    out.push({ file: f, used: winner, host });
  }
  return out;
}

// src/discovery/plan.ts
function notUsed(path, reason) {
  return { path, verdict: { used: false, reason } };
}

// src/discovery/plan-of.ts
function strayMyids(parts) {
  const verdicts = /* @__PURE__ */ new Map();
  for (const host of parts.hosts) {
    const { folder, zoo } = host;
    if (!folder || !zoo || host.strayMyids.length === 0) continue;
    const others = parts.files.filter((f) => f.kind === "zoo.cfg" && f.host === host.name && f !== zoo);
    const dataDir = zooValue(zoo.zoo, "dataDir")?.value.value;
    for (const stray of host.strayMyids) {
      if (others.some((f) => f.kind === "zoo.cfg" && isExpectedMyid(stray.path, folder, f))) continue;
      verdicts.set(stray.path, { used: false, reason: "not in dataDir", kind: "myid", host: host.name, dataDir });
    }
  }
  return verdicts;
}
function mountedMyids(parts) {
  const out = /* @__PURE__ */ new Set();
  for (const { folder, zoo, myid: myid2 } of parts.hosts) {
    if (folder && zoo && myid2 && !isExpectedMyid(myid2.path, folder, zoo)) out.add(myid2.path);
  }
  return out;
}
function firstOfPath(f, seen) {
  if (seen.has(f.path)) return false;
  seen.add(f.path);
  return true;
}
function containerCandidates(files) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of files) {
    const c = f.container;
    if (!c || f.host === void 0) continue;
    const key = `${f.path}\0${f.host}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, entry = { path: f.path, host: f.host, use: { service: c.service, files: [] } });
    entry.use.files.push({ kind: f.kind, target: c.target, via: c.via, ...c.image ? { image: c.image } : {} });
  }
  return [...byKey.values()].map(({ path, host, use }) => ({ path, verdict: { used: true, kind: use.files[0].kind, host, container: use } }));
}
function planOf(parts) {
  const strays = strayMyids(parts);
  const mounted = mountedMyids(parts);
  const envPaths = /* @__PURE__ */ new Set();
  const definitionPaths = new Set((parts.definitions ?? []).map((d) => d.path));
  const losers = new Map(parts.competing.map((c) => [c.file.path, c.used.path]));
  const candidates = [
    ...containerCandidates(parts.files),
    // The site files of one environment file share its path: one candidate, naming them all.
    // A definition's shared files (a ConfigMap no workload uses) are named on its own line.
    ...parts.files.filter((f) => !f.container && !definitionPaths.has(f.path) && (!("fromEnv" in f && f.fromEnv) || firstOfPath(f, envPaths))).map((f) => {
      const lost = losers.get(f.path);
      if (lost !== void 0) return notUsed(f.path, `another copy is used: ${lost}`);
      const env = "fromEnv" in f && f.fromEnv ? { env: f.fromEnv } : {};
      return { path: f.path, verdict: strays.get(f.path) ?? { used: true, kind: f.kind, host: f.host, ...mounted.has(f.path) ? { mounted: true } : {}, ...env } };
    }),
    ...(parts.definitions ?? []).map((d) => ({ path: d.path, verdict: { used: true, definition: d.use } })),
    // An env file a project's containers load is that project's definition, whatever the tree's reading of it said.
    ...parts.setAside.filter((s) => !definitionPaths.has(s.path)).map((s) => notUsed(s.path, s.reason)),
    ...parts.unreadable.map((u) => notUsed(u.path, `cannot be read: ${u.reason}`)),
    ...parts.unchecked.map((u) => notUsed(u.path, u.reason === "too-large" ? "too large" : "binary")),
    ...parts.parseFailures.map((p) => notUsed(p.path, "parser failure"))
  ];
  const hostFolders = parts.hosts.flatMap((h) => h.folder !== void 0 && h.folderMatch !== void 0 ? [{ folder: h.folder, host: h.name, match: h.folderMatch }] : []);
  return {
    candidates: candidates.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    hostFolders: hostFolders.sort((a, b) => a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)
  };
}

// src/discovery/setup-identity.ts
var HDFS_ADDRESS = /^(?:dfs\.namenode\.(?:rpc|servicerpc)-address(?:\..+)?|dfs\.namenode\.shared\.edits\.dir(?:\..+)?|ha\.zookeeper\.quorum(?:\..+)?|fs\.defaultFS|fs\.default\.name)$/;
var YARN_ADDRESS = /^(?:yarn\.resourcemanager\.(?:hostname|address|resource-tracker\.address)(?:\..+)?|yarn\.resourcemanager\.zk-address|hadoop\.zk\.address|mapreduce\.jobhistory\.address)$/;
var HBASE_ADDRESS = /^(?:hbase\.zookeeper\.quorum|hbase\.rootdir)$/;
function setupIdentity(f) {
  switch (f.kind) {
    case "zoo.cfg":
    case "zoo.cfg.dynamic": {
      const servers = f.zoo.servers.flatMap((s) => s.addresses.filter((a) => !isWildcard(a.host.value)).map((a) => `${a.host.value}:${a.quorumPort?.value ?? ""}`));
      if (servers.length > 0) return identity("zookeeper", servers);
      if (f.kind === "zoo.cfg.dynamic" || zooValue(f.zoo, "dynamicConfigFile") !== void 0) return void 0;
      return identity("zookeeper", [`standalone:${f.hash}`]);
    }
    case "core-site.xml":
    case "hdfs-site.xml":
      return xmlIdentity(f, "hdfs", HDFS_ADDRESS);
    case "yarn-site.xml":
    case "mapred-site.xml":
      return xmlIdentity(f, "yarn", YARN_ADDRESS);
    case "hbase-site.xml":
      return xmlIdentity(f, "hbase", HBASE_ADDRESS);
    case "server.properties": {
      const connect = kafkaValue(f.kafka, "zookeeper.connect")?.value.value;
      const voters = kafkaValue(f.kafka, "controller.quorum.voters")?.value.value;
      const tokens = [...connect ? zookeeperConnectTokens(connect) : [], ...voters ? voters.split(",").map((v) => v.trim().replace(/^\d+@/, "")) : []];
      return identity("kafka", tokens);
    }
    default:
      return void 0;
  }
}
function zookeeperConnectTokens(value) {
  const chroot = connectChroot(value);
  return connectEntryTexts(value).map((h) => `${h}${chroot}`);
}
function xmlIdentity(f, family, keys) {
  if (!("xml" in f)) return void 0;
  const tokens = [];
  for (const p of f.xml.properties) {
    if (!keys.test(p.name.value)) continue;
    const value = p.value?.value.trim() ?? "";
    tokens.push(...addressesIn(value));
  }
  return identity(family, tokens);
}
function addressesIn(value) {
  const body = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0] ?? "";
  return body.split(/[;,]/).map((a) => a.trim()).filter((a) => a !== "" && !/[${}@\s]/.test(a) && (a.includes(":") || !value.includes("://")));
}
function identity(family, tokens) {
  const kept = [...new Set(tokens.map((t) => t.toLowerCase()).filter((t) => !isWildcard(t.replace(/:[^:]*$/, ""))))];
  return kept.length > 0 ? { family, tokens: kept } : void 0;
}

// src/discovery/clusters.ts
function partitionClusters(files, configuredFolders = []) {
  const identities = /* @__PURE__ */ new Map();
  const identityOf = (f) => {
    if (!identities.has(f.hash)) identities.set(f.hash, setupIdentity(originalOf(f)));
    return identities.get(f.hash);
  };
  const parts = split("", [...files], { identityOf, configured: new Set(configuredFolders) });
  return { parts, partOf: (path) => partOf(parts, path) };
}
function join4(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function split(dir, files, ctx, named = dir) {
  const whole = { name: named === "" ? "." : named, root: dir, units: [{ path: dir, directOnly: false }] };
  if (files.length === 0) return [whole];
  const byUnit = /* @__PURE__ */ new Map();
  for (const f of files) {
    const rest = dir === "" ? f.path : f.path.slice(dir.length + 1);
    const slash = rest.indexOf("/");
    const key = slash < 0 ? "" : rest.slice(0, slash);
    const list = byUnit.get(key);
    if (list) list.push(f);
    else byUnit.set(key, [f]);
  }
  const names = namedHosts(files);
  const byAddress = hostOfAddress2(files, names);
  const isHostName = (name, path) => ctx.configured.has(path) || !isReleaseFolder(name) && (names.has(hostKey(name)) || byAddress.has(name.toLowerCase()));
  if (byUnit.size === 1 && !byUnit.has("")) {
    const child2 = [...byUnit.keys()][0];
    return isHostName(child2, join4(dir, child2)) ? [whole] : split(join4(dir, child2), files, ctx, named);
  }
  const units = [...byUnit.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([key, unitFiles]) => unitFacts(dir, key, unitFiles, isHostName, ctx));
  const pairs = competingPairs(units);
  if (pairs.length === 0) return [whole];
  const groups = groupsOf(units, pairs, namedBy);
  const namedAfterFolder = groups.filter((g) => g.length > 1).length === 1;
  return groups.flatMap((group) => {
    if (group.length === 1) {
      const u = group[0];
      return !u.unit.directOnly && !u.isHost ? split(u.unit.path, u.files, ctx) : [partOfUnits(dir, [u.unit], false)];
    }
    return [partOfUnits(dir, group.map((u) => u.unit), namedAfterFolder)];
  });
}
function unitFacts(dir, key, files, isHostName, ctx) {
  const path = key === "" ? dir : join4(dir, key);
  const isHost = key !== "" && isHostName(key, path);
  const identities = /* @__PURE__ */ new Map();
  for (const f of files) {
    const id = ctx.identityOf(f);
    if (!id) continue;
    const set = identities.get(id.family) ?? /* @__PURE__ */ new Set();
    for (const t of id.tokens) set.add(t);
    identities.set(id.family, set);
  }
  const hostFolders = /* @__PURE__ */ new Set();
  if (key !== "" && !isHost) {
    for (const f of files) {
      const segments2 = f.path.slice(path.length + 1).split("/").slice(0, -1);
      let at2 = path;
      for (const s of segments2) {
        at2 = join4(at2, s);
        if (isHostName(s, at2)) {
          hostFolders.add(hostKey(s));
          break;
        }
      }
    }
  }
  return { unit: { path, directOnly: key === "" }, files, isHost, identities, hostFolders };
}
function namedBy(u) {
  const own = u.isHost ? [hostKey(u.unit.path.slice(u.unit.path.lastIndexOf("/") + 1))] : [];
  return /* @__PURE__ */ new Set([...namedHosts(u.files).keys(), ...u.hostFolders, ...own]);
}
function competingPairs(units) {
  const pairs = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i].isHost) continue;
    for (let j = 0; j < units.length; j++) {
      if (j === i || !units[j].isHost && j < i) continue;
      if (compete(units[i], units[j])) pairs.push(i < j ? [i, j] : [j, i]);
    }
  }
  return pairs;
}
function compete(a, b) {
  if (a.isHost && b.isHost) return false;
  for (const [family, tokens] of a.identities) {
    const other = b.identities.get(family);
    if (other && !intersects(tokens, other)) return true;
  }
  return !a.isHost && !b.isHost && intersects(a.hostFolders, b.hostFolders);
}
function intersects(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
function groupsOf(units, pairs, namedOf) {
  const against = new Set(pairs.map(([i, j]) => `${i},${j}`));
  const named = units.map(namedOf);
  const parent = units.map((_, i) => i);
  const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (!against.has(`${i},${j}`) && intersects(named[i], named[j])) parent[find(j)] = find(i);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < units.length; i++) {
    const root = find(i);
    groups.set(root, [...groups.get(root) ?? [], i]);
  }
  return [...groups.values()].flatMap((g) => {
    const mixed = pairs.some(([i, j]) => g.includes(i) && g.includes(j));
    return mixed ? g.map((i) => [units[i]]) : [g.map((i) => units[i])];
  });
}
function partOfUnits(dir, units, namedAfterFolder) {
  const name = namedAfterFolder ? dir || "." : units.map((u) => u.directOnly ? `${u.path || "."}/*` : u.path).join(" + ");
  const single = units.length === 1 && !units[0].directOnly;
  return { name, root: single ? units[0].path : dir, units };
}
function partOf(parts, path) {
  const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const index = parts.findIndex(
    (p) => p.units.some((u) => u.directOnly ? parent === u.path : u.path === "" || path === u.path || path.startsWith(`${u.path}/`))
  );
  return index < 0 ? 0 : index;
}

// src/discovery/kraft-samples.ts
var KRAFT_FILE = /^(.*\/)?kraft\/[^/]+\.properties$/;
function isZookeeperModeBroker(f) {
  return f.kind === "server.properties" && kafkaValue(f.kafka, "zookeeper.connect") !== void 0 && kafkaValue(f.kafka, "process.roles") === void 0;
}
function isLocalKraftSample(f) {
  if (f.kind !== "server.properties" || kafkaValue(f.kafka, "process.roles") === void 0) return false;
  const controllers = kafkaValue(f.kafka, "controller.quorum.voters")?.value.value ?? kafkaValue(f.kafka, "controller.quorum.bootstrap.servers")?.value.value ?? "";
  const hosts = controllers.split(",").map((v) => v.trim().replace(/^\d+@/, "").replace(/:\d*$/, "")).filter((h) => h !== "");
  return hosts.length > 0 && hosts.every((h) => h === "localhost" || h === "127.0.0.1");
}
function kraftSamplesBesideZookeeperMode(files) {
  const zookeeperMode = new Set(files.filter(isZookeeperModeBroker).map((f) => f.path));
  const out = [];
  for (const f of files) {
    const m = isLocalKraftSample(f) ? KRAFT_FILE.exec(f.path) : null;
    if (!m) continue;
    const parent = `${m[1] ?? ""}server.properties`;
    if (zookeeperMode.has(parent)) out.push({ path: f.path, reason: `KRaft sample beside the ZooKeeper-mode ${parent}` });
  }
  return out;
}

// src/containers/read-projects.ts
import { createHash as createHash5 } from "node:crypto";
import { realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import { posix as posix5, resolve as resolve2 } from "node:path";

// src/containers/file-kind.ts
function configFileCandidate(name) {
  const candidate = candidateOf(name);
  if (!candidate || candidate.check === "container-env" || candidate.check === "compose" || candidate.check === "kubernetes") return void 0;
  return candidate;
}

// src/text/mapped-source.ts
var MappedTextBuilder = class {
  text = "";
  pieces = [];
  /** Text copied from `src` at `offset` (the generated characters are src.text[offset...]). */
  copied(text, src, offset) {
    return this.add(text, { src, offset });
  }
  /** Text that points at `span` as a whole: written by the entrypoint, or a value whose characters do not map one to one. */
  at(text, span) {
    return this.add(text, { span });
  }
  add(text, origin) {
    if (text.length > 0) this.pieces.push({ at: this.text.length, length: text.length, origin });
    this.text += text;
    return this;
  }
  /** The generated file, read as if at `path` (the file that defines it), its spans mapped back. */
  build(path) {
    return new MappedSourceText(path, this.text, this.pieces);
  }
};
var MappedSourceText = class extends SourceText {
  constructor(path, text, pieces) {
    super(path, text);
    this.pieces = pieces;
  }
  pieces;
  pieceAt(offset) {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    if (hi < 0) return void 0;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (pieces[mid].at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  }
  span(start, end = start) {
    const first = this.pieceAt(start);
    if (!first) return { file: this.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const o = first.origin;
    if ("span" in o) return o.span;
    const stop = Math.max(start, end);
    const last = stop > start ? this.pieceAt(stop - 1) : first;
    if (last && "src" in last.origin && last.origin.src === o.src) {
      const a = o.offset + Math.min(start - first.at, first.length);
      const b = stop > start ? last.origin.offset + Math.min(stop - last.at, last.length) : a;
      if (b >= a) return o.src.span(a, b);
    }
    return o.src.span(o.offset + Math.min(start - first.at, first.length), o.offset + first.length);
  }
};

// src/containers/sourced.ts
function appendSourced(builder, text) {
  return text.copiedFrom ? builder.copied(text.value, text.copiedFrom.src, text.copiedFrom.offset) : builder.at(text.value, text.span);
}
function sliceSourced(text, from, to = text.value.length) {
  const value = text.value.slice(from, to);
  const c = text.copiedFrom;
  if (!c) return { value, span: text.span };
  const start = c.offset + Math.min(from, text.value.length);
  const end = c.offset + Math.min(Math.max(from, to), text.value.length);
  return { value, span: c.src.span(start, end), copiedFrom: { src: c.src, offset: start } };
}
function wordsOf(text) {
  const out = [];
  for (const m of text.value.matchAll(/[^ \t\n]+/g)) out.push(sliceSourced(text, m.index, m.index + m[0].length));
  return out;
}
function located(text) {
  return { value: text.value, span: text.span };
}

// src/containers/compose/interpolate.ts
var NAME2 = /^[_a-zA-Z][_a-zA-Z0-9]*/;
function interpolate(text, vars) {
  if (!text.value.includes("$")) return text;
  const value = substitute(text.value, vars);
  return value === void 0 ? void 0 : { value, span: text.span };
}
function substitute(s, vars) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const dollar = s.indexOf("$", i);
    if (dollar < 0) return out + s.slice(i);
    out += s.slice(i, dollar);
    const next = s[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const close = matchingBrace(s, dollar + 2);
      if (close < 0) return void 0;
      const v = braced(s.slice(dollar + 2, close), vars);
      if (v === void 0) return void 0;
      out += v;
      i = close + 1;
    } else {
      const name = NAME2.exec(s.slice(dollar + 1))?.[0];
      if (!name) {
        out += "$";
        i = dollar + 1;
        continue;
      }
      const v = vars.get(name);
      if (v === void 0) return void 0;
      out += v;
      i = dollar + 1 + name.length;
    }
  }
  return out;
}
function matchingBrace(s, from) {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === "$" && s[i + 1] === "{") {
      depth++;
      i++;
    } else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function braced(inner, vars) {
  const name = NAME2.exec(inner)?.[0];
  if (!name) return void 0;
  const rest = inner.slice(name.length);
  const value = vars.get(name);
  if (rest === "") return value;
  const colon = rest.startsWith(":");
  const op = rest[colon ? 1 : 0];
  const arg = rest.slice(colon ? 2 : 1);
  const isSet = value !== void 0 && (!colon || value !== "");
  switch (op) {
    case "-":
      return isSet ? value : substitute(arg, vars);
    case "?":
      return isSet ? value : void 0;
    case "+":
      return isSet ? substitute(arg, vars) : "";
    default:
      return void 0;
  }
}

// src/containers/compose/dotenv.ts
var DOUBLE_QUOTE_ESCAPES = { n: "\n", r: "\r", t: "	", "\\": "\\", '"': '"', $: "$" };
function readDotenv(src, vars) {
  const out = [];
  const known = new Map(vars);
  for (const a of parseEnvLines(src).assignments) {
    const nameStart = offsetOf(src, a.name.span);
    const name = { value: a.name.value, span: a.name.span, copiedFrom: { src, offset: nameStart } };
    const raw = { value: a.value.value, span: a.value.span, copiedFrom: { src, offset: offsetOf(src, a.value.span) } };
    const value = dotenvValue(raw, known);
    if (value !== void 0) known.set(name.value, value.value);
    out.push({ name, value, span: a.span });
  }
  return out;
}
function dotenvValue(raw, vars) {
  const v = raw.value;
  const start = v.length - v.trimStart().length;
  const quote2 = v[start];
  if (quote2 === "'") {
    const close = v.indexOf("'", start + 1);
    if (close > 0) return sliceSourced(raw, start + 1, close);
  } else if (quote2 === '"') {
    let decoded = "";
    let escaped = false;
    for (let i = start + 1; i < v.length; i++) {
      const c = v[i];
      if (c === "\\" && i + 1 < v.length) {
        decoded += DOUBLE_QUOTE_ESCAPES[v[i + 1]] ?? `\\${v[i + 1]}`;
        escaped = true;
        i++;
      } else if (c === '"') {
        const inner = escaped ? { value: decoded, span: raw.span } : sliceSourced(raw, start + 1, i);
        return interpolate(inner, vars);
      } else decoded += c;
    }
  }
  const comment = v.slice(start).search(/[ \t]#/);
  const end = comment < 0 ? v.trimEnd().length : start + v.slice(start, start + comment).trimEnd().length;
  return interpolate(sliceSourced(raw, start, Math.max(start, end)), vars);
}
function offsetOf(src, span) {
  return src.lineStarts[span.line - 1] + span.column - 1;
}

// src/containers/compose/build-service.ts
function buildService(p, ctx) {
  const names = [];
  const seen = /* @__PURE__ */ new Set();
  const addName = (n) => {
    if (n && n.value !== "" && !seen.has(n.value)) {
      seen.add(n.value);
      names.push(n);
    }
  };
  addName(p.name);
  addName(p.hostname);
  addName(p.containerName);
  for (const list of p.aliases.values()) list.forEach(addName);
  ctx.linkAliases.get(p.name.value)?.forEach(addName);
  return {
    file: p.file,
    name: p.name,
    names,
    hostname: p.hostname,
    image: p.image,
    env: [...envFileEntries(p, ctx), ...p.environment.values()],
    ...unreadEnvFile(p),
    mounts: [...p.volumes.values(), ...configMounts(p, ctx)],
    ports: [...p.ports.values()],
    extraHosts: [...p.extraHosts.values()],
    hostNetwork: p.networkMode === "host",
    replicas: p.replicas ?? p.scale,
    ...p.command ? { command: p.command } : {},
    ...p.entrypoint ? { entrypoint: p.entrypoint } : {},
    span: p.span
  };
}
function unreadEnvFile(p) {
  const ref = p.envFiles.find((r) => r.path === void 0);
  return ref ? { unreadEnvFile: ref.span } : {};
}
function envFileEntries(p, ctx) {
  const out = [];
  for (const ref of p.envFiles) {
    const text = ref.path === void 0 ? void 0 : ctx.readFile(ref.path);
    if (ref.path === void 0) {
      ctx.problems.push({ span: ref.span, kind: "unknown", message: "env_file is outside the linted directory, so the variables it sets, and what the image writes from them, are not known here" });
      continue;
    }
    if (text === void 0) {
      if (ref.required) ctx.problems.push({ span: ref.span, message: `env_file "${ref.path}" is missing or unreadable: Compose refuses to start the service` });
      continue;
    }
    for (const e of readDotenv(new SourceText(ref.path, text), ctx.vars)) out.push({ name: e.name, value: e.value, span: e.span });
  }
  return out;
}
function configMounts(p, ctx) {
  const out = [];
  for (const use of p.configs.values()) {
    const c = ctx.configs.get(use.source);
    if (!c || c.kind === "opaque") out.push({ kind: "opaque", target: use.target, span: use.span });
    else if (c.kind === "file") out.push({ kind: "tree", source: c.path, target: use.target, span: use.span });
    else {
      const builder = new MappedTextBuilder();
      const whole = c.content.text;
      const value = interpolate(whole, ctx.vars);
      if (value === void 0) {
        out.push({ kind: "opaque", target: use.target, span: use.span });
        continue;
      }
      if (c.content.lines && value === whole) {
        const lines2 = c.content.lines;
        lines2.forEach((line, i) => {
          appendSourced(builder, line);
          if (i < lines2.length - 1 || whole.value.endsWith("\n")) builder.at("\n", line.span);
        });
      } else appendSourced(builder, value);
      const text = builder.build(whole.span.file);
      out.push({ kind: "inline", target: use.target, files: [{ target: use.target, text, span: c.span }], span: use.span });
    }
  }
  return out;
}

// src/containers/compose/paths.ts
import { posix as posix3 } from "node:path";
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function treePath(folder, source) {
  if (source === "" || source.startsWith("/") || source.startsWith("~") || source.startsWith("\\") || /^[A-Za-z]:/.test(source)) return void 0;
  const joined = posix3.normalize(posix3.join(folder, source.replace(/\\/g, "/"))).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../")) return void 0;
  return joined === "" ? "." : joined;
}

// src/containers/compose/scalars.ts
function scalarText(node, vars) {
  if (!node || node.kind !== "scalar" || !node.text) return void 0;
  return interpolate(node.text, vars);
}
function field(map, key) {
  return map?.kind === "map" ? map.entries.get(key)?.value : void 0;
}
function asMap(node) {
  return node?.kind === "map" ? node : void 0;
}
function itemsOf(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items;
  if (node.kind === "scalar" && node.text) return [node];
  return [];
}
function integer(text) {
  if (!text || !/^\d{1,9}$/.test(text.value.trim())) return void 0;
  return Number(text.value.trim());
}

// src/containers/compose/mounts.ts
function volumeMount(node, folder, vars) {
  const span = node.span;
  if (node.kind === "map") {
    const target2 = scalarText(field(node, "target"), vars)?.value;
    if (target2 === void 0) return void 0;
    const type = scalarText(field(node, "type"), vars)?.value ?? "volume";
    const source2 = scalarText(field(node, "source"), vars)?.value;
    const bind = type === "bind" && source2 !== void 0;
    const path2 = bind ? treePath(folder, source2) : void 0;
    if (path2 !== void 0) return { kind: "tree", source: path2, target: target2, span };
    return bind ? { kind: "opaque", target: target2, span, external: true } : { kind: "opaque", target: target2, span };
  }
  const text = scalarText(node, vars)?.value;
  if (text === void 0) return void 0;
  const parts = text.split(":");
  if (parts.length === 1) return { kind: "opaque", target: text, span };
  const [source, target] = [parts[0], parts[1]];
  const isHostPath = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
  const path = isHostPath ? treePath(folder, source) : void 0;
  if (path !== void 0) return { kind: "tree", source: path, target, span };
  return isHostPath ? { kind: "opaque", target, span, external: true } : { kind: "opaque", target, span };
}
function configUse(node, vars) {
  if (node.kind === "map") {
    const source2 = scalarText(field(node, "source"), vars)?.value;
    if (source2 === void 0) return void 0;
    return { source: source2, target: scalarText(field(node, "target"), vars)?.value ?? `/${source2}` };
  }
  const source = scalarText(node, vars)?.value;
  return source === void 0 ? void 0 : { source, target: `/${source}` };
}

// src/containers/compose/ports.ts
var MAX_RANGE = 1024;
function portsOf(node, vars) {
  if (node.kind === "map") {
    const target2 = scalarText(field(node, "target"), vars)?.value;
    const published2 = scalarText(field(node, "published"), vars)?.value ?? "";
    const ip2 = scalarText(field(node, "host_ip"), vars)?.value ?? "";
    const protocol2 = scalarText(field(node, "protocol"), vars)?.value ?? "tcp";
    return target2 === void 0 ? [] : expand3(ip2, published2, target2, protocol2, node.span);
  }
  const text = scalarText(node, vars);
  if (!text) return [];
  let spec = text.value.trim();
  let protocol = "tcp";
  const slash = spec.lastIndexOf("/");
  if (slash >= 0) {
    protocol = spec.slice(slash + 1);
    spec = spec.slice(0, slash);
  }
  const lastColon = spec.lastIndexOf(":");
  const target = spec.slice(lastColon + 1);
  const host = lastColon < 0 ? "" : spec.slice(0, lastColon);
  const hostColon = host.lastIndexOf(":");
  const published = host.slice(hostColon + 1);
  const ip = hostColon < 0 ? "" : host.slice(0, hostColon);
  return expand3(ip, published, target, protocol, node.span);
}
function expand3(ip, published, target, protocol, span) {
  const targets = range(target);
  if (!targets) return [];
  const hosts = published === "" ? void 0 : range(published);
  if (published !== "" && !hosts) return [];
  const out = [];
  for (let i = 0; i < targets.length; i++) {
    const p = hosts && hosts.length === targets.length ? hosts[i] : void 0;
    out.push({ key: `${ip}|${p ?? published}|${targets[i]}|${protocol}`, port: { published: p, target: targets[i], span } });
  }
  return out;
}
function range(s) {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(s.trim());
  if (!m) return void 0;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  if (from > 65535 || to > 65535 || to < from || to - from >= MAX_RANGE) return void 0;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// src/containers/compose/start-command.ts
function startCommandOf(node, vars) {
  if (!node) return void 0;
  if (node.kind === "scalar" && !node.text) return void 0;
  if (node.kind === "map") return void 0;
  const words = itemsOf(node).flatMap((item) => scalarText(item, vars)?.value ?? []);
  return { words: words.join(" "), span: node.span };
}

// src/containers/compose/service-parts.ts
function serviceParts(file, folder, entry, vars) {
  const s = entry.value;
  const text = (key) => scalarText(field(s, key), vars);
  const parts = {
    file,
    name: entry.key,
    span: entry.key.span,
    complete: field(s, "image") !== void 0 || field(s, "build") !== void 0,
    envFiles: itemsOf(field(s, "env_file")).flatMap((n) => envFileRef(n, folder, vars) ?? []),
    environment: environmentOf(field(s, "environment"), vars),
    volumes: /* @__PURE__ */ new Map(),
    configs: /* @__PURE__ */ new Map(),
    ports: /* @__PURE__ */ new Map(),
    extraHosts: extraHostsOf(field(s, "extra_hosts"), vars),
    aliases: aliasesOf(field(s, "networks"), vars),
    links: []
  };
  assign(parts, "hostname", text("hostname"));
  assign(parts, "containerName", text("container_name"));
  assign(parts, "image", text("image"));
  const command = startCommandOf(field(s, "command"), vars);
  if (command) parts.command = command;
  const entrypoint = startCommandOf(field(s, "entrypoint"), vars);
  if (entrypoint) parts.entrypoint = entrypoint;
  const mode = text("network_mode")?.value;
  if (mode !== void 0) parts.networkMode = mode;
  const replicas = integer(scalarText(field(field(s, "deploy"), "replicas"), vars));
  if (replicas !== void 0) parts.replicas = replicas;
  if (scalarText(field(field(s, "deploy"), "mode"), vars)?.value === "global") parts.replicas = Number.POSITIVE_INFINITY;
  const scale = integer(text("scale"));
  if (scale !== void 0) parts.scale = scale;
  for (const v of itemsOf(field(s, "volumes"))) {
    const m = volumeMount(v, folder, vars);
    if (m) parts.volumes.set(m.target, m);
  }
  for (const c of itemsOf(field(s, "configs"))) {
    const use = configUse(c, vars);
    if (use) parts.configs.set(use.target, { ...use, span: c.span });
  }
  for (const p of itemsOf(field(s, "ports"))) for (const k of portsOf(p, vars)) parts.ports.set(k.key, k.port);
  for (const l of itemsOf(field(s, "links"))) {
    const link = scalarText(l, vars);
    if (!link) continue;
    const colon = link.value.indexOf(":");
    parts.links.push(colon < 0 ? { service: link.value, alias: void 0 } : { service: link.value.slice(0, colon), alias: sliceSourced(link, colon + 1) });
  }
  return parts;
}
function assign(parts, key, value) {
  if (value) parts[key] = value;
}
function envFileRef(node, folder, vars) {
  const path = node.kind === "map" ? scalarText(field(node, "path"), vars) : scalarText(node, vars);
  if (!path) return void 0;
  const required = node.kind === "map" ? scalarText(field(node, "required"), vars)?.value !== "false" : true;
  return { path: treePath(folder, path.value), required, span: node.span };
}
function environmentOf(node, vars) {
  const out = /* @__PURE__ */ new Map();
  if (node?.kind === "map") {
    for (const e of node.entries.values()) {
      const raw = e.value.kind === "scalar" ? e.value.text : void 0;
      out.set(e.key.value, { name: e.key, value: raw && interpolate(raw, vars), span: e.span });
    }
  } else if (node?.kind === "seq") {
    for (const item of node.items) {
      const raw = item.kind === "scalar" ? item.text : void 0;
      if (!raw) continue;
      const eq = raw.value.indexOf("=");
      const name = eq < 0 ? raw : sliceSourced(raw, 0, eq);
      out.set(name.value, { name, value: eq < 0 ? void 0 : interpolate(sliceSourced(raw, eq + 1), vars), span: item.span });
    }
  }
  return out;
}
function extraHostsOf(node, vars) {
  const out = /* @__PURE__ */ new Map();
  if (node?.kind === "map") {
    for (const e of node.entries.values()) {
      for (const a of itemsOf(e.value)) {
        const address = scalarText(a, vars);
        if (address) out.set(e.key.value, { name: e.key, address });
      }
    }
    return out;
  }
  for (const item of itemsOf(node)) {
    const t = scalarText(item, vars);
    if (!t) continue;
    const eq = t.value.indexOf("=");
    const sep4 = eq >= 0 ? eq : t.value.indexOf(":");
    if (sep4 <= 0) continue;
    const name = sliceSourced(t, 0, sep4);
    out.set(name.value, { name, address: sliceSourced(t, sep4 + 1) });
  }
  return out;
}
function aliasesOf(node, vars) {
  const out = /* @__PURE__ */ new Map();
  const map = asMap(node);
  if (!map) return out;
  for (const [name, e] of map.entries) {
    out.set(name, itemsOf(field(e.value, "aliases")).flatMap((a) => scalarText(a, vars) ?? []));
  }
  return out;
}

// src/containers/compose/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_EXPANDED_NODES = 1e5;
var TooManyAliases = class extends Error {
};
function parseComposeYaml(path, text) {
  const src = new SourceText(path, text);
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, merge: true, uniqueKeys: true });
  } catch {
    return { ok: false, src, problem: { span: src.span(0), message: "the file is not valid YAML: nested too deeply" } };
  }
  const error = doc.errors[0];
  if (error) return { ok: false, src, problem: { span: src.span(error.pos[0]), message: `the file is not valid YAML (${error.code})` } };
  const reader = new TreeReader(doc, src);
  try {
    const root = reader.node(doc.contents, src.span(0));
    return { ok: true, root, src };
  } catch (err) {
    if (err instanceof TooManyAliases) return { ok: false, src, problem: { span: src.span(0), message: `not read: its YAML aliases expand beyond ${MAX_EXPANDED_NODES} values` } };
    if (err instanceof RangeError) return { ok: false, src, problem: { span: src.span(0), message: "the file is not valid YAML: nested too deeply" } };
    throw err;
  }
}
var TreeReader = class {
  constructor(doc, src) {
    this.doc = doc;
    this.src = src;
  }
  doc;
  src;
  converted = /* @__PURE__ */ new Map();
  expanded = 0;
  node(n, at2) {
    return this.sized(n, at2).node;
  }
  sized(n, at2) {
    if (n == null) return { node: { kind: "scalar", text: void 0, span: at2 }, size: 1 };
    if ((0, import_yaml.isAlias)(n)) {
      const target = n.resolve(this.doc);
      if (!target) return { node: { kind: "scalar", text: void 0, span: this.rangeSpan(n) }, size: 1 };
      const done = this.sized(target, at2);
      this.expanded += done.size;
      if (this.expanded > MAX_EXPANDED_NODES) throw new TooManyAliases();
      return done;
    }
    const cached = this.converted.get(n);
    if (cached) return cached;
    let result;
    if ((0, import_yaml.isScalar)(n)) result = { node: this.scalar(n), size: 1 };
    else if ((0, import_yaml.isSeq)(n)) {
      let size = 1;
      const items = n.items.map((item) => {
        const c = this.sized(item, this.rangeSpan(n));
        size += c.size;
        return c.node;
      });
      result = { node: { kind: "seq", items, span: this.rangeSpan(n) }, size };
    } else if ((0, import_yaml.isMap)(n)) result = this.map(n);
    else result = { node: { kind: "scalar", text: void 0, span: this.rangeSpan(n) }, size: 1 };
    this.converted.set(n, result);
    return result;
  }
  map(n) {
    const entries = /* @__PURE__ */ new Map();
    const merged = [];
    let size = 1;
    for (const pair of n.items) {
      const key = pair.key;
      if ((0, import_yaml.isScalar)(key) && key.type === "PLAIN" && key.source === "<<") {
        const value2 = this.sized(pair.value, this.rangeSpan(key));
        size += value2.size;
        const sources = value2.node.kind === "seq" ? value2.node.items : [value2.node];
        for (const s of sources) if (s.kind === "map") merged.push(s);
        continue;
      }
      const keyText2 = (0, import_yaml.isScalar)(key) ? this.scalar(key).text : void 0;
      if (!keyText2) continue;
      const value = this.sized(pair.value, this.src.span(key.range[1]));
      size += value.size + 1;
      const end = this.lastCharEnd(pair.value?.range ?? key.range);
      entries.set(keyText2.value, { key: keyText2, value: value.node, span: this.src.span(key.range[0], Math.max(end, key.range[1])) });
    }
    for (const m of merged) for (const [k, e] of m.entries) if (!entries.has(k)) entries.set(k, e);
    return { node: { kind: "map", entries, span: this.rangeSpan(n) }, size };
  }
  scalar(n) {
    const span = this.rangeSpan(n);
    if (n.value === null || n.value === void 0) return { kind: "scalar", text: void 0, span };
    const value = n.type === "PLAIN" && typeof n.source === "string" ? n.source : String(n.value);
    const [start] = n.range;
    const offset = n.type === "QUOTE_SINGLE" || n.type === "QUOTE_DOUBLE" ? start + 1 : start;
    const oneForOne = (n.type === "PLAIN" || n.type === "QUOTE_SINGLE" || n.type === "QUOTE_DOUBLE") && !value.includes("\n") && this.src.text.startsWith(value, offset);
    const text = oneForOne ? { value, span: this.src.span(offset, offset + value.length), copiedFrom: { src: this.src, offset } } : { value, span };
    const lines2 = n.type === "BLOCK_LITERAL" ? this.blockLines(value, start) : void 0;
    return lines2 ? { kind: "scalar", text, lines: lines2, span } : { kind: "scalar", text, span };
  }
  /** A literal block's lines: each is its source line without the indentation, when found there in order. */
  blockLines(value, start) {
    const text = this.src.text;
    const lines2 = value.split("\n");
    if (lines2.at(-1) === "") lines2.pop();
    const out = [];
    let at2 = text.indexOf("\n", start) + 1;
    for (const line of lines2) {
      if (at2 <= 0 || at2 > text.length) return void 0;
      let end = text.indexOf("\n", at2);
      if (end < 0) end = text.length;
      const raw = text.slice(at2, end).replace(/\r$/, "");
      if (line === "") out.push({ value: "", span: this.src.span(at2) });
      else if (raw.endsWith(line)) {
        const offset = at2 + raw.length - line.length;
        out.push({ value: line, span: this.src.span(offset, offset + line.length), copiedFrom: { src: this.src, offset } });
      } else return void 0;
      at2 = end + 1;
    }
    return out;
  }
  rangeSpan(n) {
    const r = n.range;
    return r ? this.src.span(r[0], this.lastCharEnd(r)) : this.src.span(0);
  }
  /** A block node's range runs to the next line: its span ends after its last character. */
  lastCharEnd(range2) {
    let end = range2[1];
    while (end > range2[0] && /\s/.test(this.src.text[end - 1])) end--;
    return end;
  }
};

// src/containers/compose/compose-file.ts
function readComposeFile(path, text, vars) {
  const parsed = parseComposeYaml(path, text);
  const services = /* @__PURE__ */ new Map();
  const configs = /* @__PURE__ */ new Map();
  if (!parsed.ok) return { path, services, configs, problems: [parsed.problem] };
  const problems = [];
  const root = parsed.root;
  if (root.kind !== "map") {
    if (root.kind === "scalar" && !root.text) return { path, services, configs, problems };
    return { path, services, configs, problems: [{ span: root.span, message: "the file is not a Compose file: its top level is not a mapping" }] };
  }
  const folder = folderOf(path);
  const servicesNode = field(root, "services");
  if (servicesNode?.kind === "map") {
    for (const [name, entry] of servicesNode.entries) {
      const v = entry.value;
      if (v.kind === "map" || v.kind === "scalar" && !v.text) services.set(name, serviceParts(path, folder, entry, vars));
      else problems.push({ span: entry.key.span, message: `service "${name}" is not a mapping` });
    }
  } else if (servicesNode && !(servicesNode.kind === "scalar" && !servicesNode.text)) {
    problems.push({ span: servicesNode.span, message: '"services" is not a mapping' });
  }
  const configsNode = field(root, "configs");
  if (configsNode?.kind === "map") {
    for (const [name, entry] of configsNode.entries) {
      const fileText = scalarText(field(entry.value, "file"), vars);
      const content = field(entry.value, "content");
      const filePath = fileText && treePath(folder, fileText.value);
      if (filePath !== void 0) configs.set(name, { kind: "file", path: filePath, span: entry.span });
      else if (content?.kind === "scalar" && content.text) configs.set(name, { kind: "content", content, span: entry.span });
      else configs.set(name, { kind: "opaque", span: entry.span });
    }
  }
  return { path, services, configs, problems };
}

// src/containers/compose/file-names.ts
var DEFAULT_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var DEFAULT_OVERRIDE_FILE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
function baseFileName(names) {
  return DEFAULT_FILE_NAMES.find((n) => names.includes(n));
}
function overrideFileName(names) {
  return DEFAULT_OVERRIDE_FILE_NAMES.find((n) => names.includes(n));
}

// src/containers/compose/merge-parts.ts
function mergeParts(base, over) {
  const aliases = new Map(base.aliases);
  for (const [net, list] of over.aliases) aliases.set(net, [...aliases.get(net) ?? [], ...list]);
  const merged = {
    file: base.file,
    name: base.name,
    span: base.span,
    complete: base.complete || over.complete,
    envFiles: [...base.envFiles, ...over.envFiles],
    environment: union(base.environment, over.environment),
    volumes: union(base.volumes, over.volumes),
    configs: union(base.configs, over.configs),
    ports: union(base.ports, over.ports),
    extraHosts: union(base.extraHosts, over.extraHosts),
    aliases,
    links: [...base.links, ...over.links]
  };
  const hostname = over.hostname ?? base.hostname;
  if (hostname) merged.hostname = hostname;
  const containerName = over.containerName ?? base.containerName;
  if (containerName) merged.containerName = containerName;
  const image = over.image ?? base.image;
  if (image) merged.image = image;
  const networkMode = over.networkMode ?? base.networkMode;
  if (networkMode !== void 0) merged.networkMode = networkMode;
  const command = over.command ?? base.command;
  if (command) merged.command = command;
  const entrypoint = over.entrypoint ?? base.entrypoint;
  if (entrypoint) merged.entrypoint = entrypoint;
  const replicas = over.replicas ?? base.replicas;
  if (replicas !== void 0) merged.replicas = replicas;
  const scale = over.scale ?? base.scale;
  if (scale !== void 0) merged.scale = scale;
  return merged;
}
function union(a, b) {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, v);
  return out;
}

// src/containers/compose/projects.ts
function composeProjects(files, readFile) {
  const byFolder = /* @__PURE__ */ new Map();
  for (const f of files) {
    const folder = folderOf(f.path);
    byFolder.set(folder, [...byFolder.get(folder) ?? [], f]);
  }
  const out = [];
  for (const [folder, group] of [...byFolder].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) out.push(...folderProjects(folder, group, readFile));
  return out;
}
function folderProjects(folder, group, readFile) {
  const vars = projectVariables(folder, readFile);
  const sorted = [...group].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const read = new Map(sorted.map((f) => [f.path, readComposeFile(f.path, f.text, vars)]));
  const nameOf = (p) => p.slice(p.lastIndexOf("/") + 1);
  const names = sorted.map((f) => nameOf(f.path));
  const baseName2 = baseFileName(names);
  const overName = overrideFileName(names);
  const pathOf = (name) => sorted.find((f) => nameOf(f.path) === name)?.path;
  const base = baseName2 === void 0 ? void 0 : read.get(pathOf(baseName2));
  const override = baseName2 === void 0 || overName === void 0 ? void 0 : read.get(pathOf(overName));
  const projects = [];
  const baseFiles = [base, override].filter((f) => f !== void 0);
  if (base) projects.push(project(baseFiles, vars, readFile));
  for (const f of sorted) {
    const file = read.get(f.path);
    if (file === base || file === override) continue;
    if (base && isOverlay(file, base, override)) projects.push(project([...baseFiles, file], vars, readFile));
    else projects.push(project([file], vars, readFile));
  }
  return projects;
}
function isOverlay(file, base, override) {
  if (file.problems.length > 0 || file.services.size === 0) return false;
  const known = (name) => base.services.has(name) || (override?.services.has(name) ?? false);
  const all = [...file.services.values()];
  return all.every((s) => known(s.name.value)) && all.some((s) => !s.complete);
}
function project(files, vars, readFile) {
  const problems = files.flatMap((f) => f.problems);
  const services = /* @__PURE__ */ new Map();
  const configs = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const [name, s] of f.services) {
      const earlier = services.get(name);
      services.set(name, earlier ? mergeParts(earlier, s) : s);
    }
    for (const [name, c] of f.configs) configs.set(name, c);
  }
  const linkAliases = /* @__PURE__ */ new Map();
  for (const s of services.values()) {
    for (const l of s.links) if (l.alias) linkAliases.set(l.service, [...linkAliases.get(l.service) ?? [], l.alias]);
  }
  const ctx = { configs, vars, readFile, linkAliases, problems };
  const built = [...services.values()].map((s) => buildService(s, ctx));
  return { kind: "compose", files: files.map((f) => f.path), services: built, problems };
}
function projectVariables(folder, readFile) {
  const path = folder === "" ? ".env" : `${folder}/.env`;
  const text = readFile(path);
  const vars = /* @__PURE__ */ new Map();
  if (text === void 0) return vars;
  for (const e of readDotenv(new SourceText(path, text), /* @__PURE__ */ new Map())) if (e.value) vars.set(e.name.value, e.value.value);
  return vars;
}

// src/containers/kubernetes/block-scalar.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/containers/kubernetes/yaml-nodes.ts
var import_yaml2 = __toESM(require_dist(), 1);
function deref(ctx, node) {
  if ((0, import_yaml2.isAlias)(node)) {
    const target = node.resolve(ctx.doc);
    return target && !(0, import_yaml2.isAlias)(target) ? target : void 0;
  }
  return (0, import_yaml2.isScalar)(node) || (0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node) ? node : void 0;
}
function keyText(pair) {
  return (0, import_yaml2.isScalar)(pair.key) && pair.key.value !== null ? String(pair.key.source ?? pair.key.value) : void 0;
}
function pairOf(map, key) {
  for (const item of map.items) if ((0, import_yaml2.isPair)(item) && keyText(item) === key) return item;
  return void 0;
}
function child(ctx, node, key) {
  if (!(0, import_yaml2.isMap)(node)) return void 0;
  const pair = pairOf(node, key);
  return pair ? deref(ctx, pair.value) : void 0;
}
function at(ctx, node, ...path) {
  let cur = node;
  for (const key of path) cur = child(ctx, cur, key);
  return cur;
}
function seqItems(ctx, node) {
  if (!(0, import_yaml2.isSeq)(node)) return [];
  return node.items.map((i) => deref(ctx, i)).filter((n) => n !== void 0);
}
function mapEntries(ctx, node) {
  if (!(0, import_yaml2.isMap)(node)) return [];
  const out = [];
  for (const pair of node.items) {
    if ((0, import_yaml2.isPair)(pair) && (0, import_yaml2.isScalar)(pair.key) && pair.key.value !== null) out.push({ key: pair.key, value: deref(ctx, pair.value), pair });
  }
  return out;
}
function spanOf(ctx, node) {
  const r = node?.range;
  if (!r) return ctx.src.span(0);
  return ctx.src.span(r[0], trimmedEnd(ctx, r[0], r[1]));
}
function trimmedEnd(ctx, start, end) {
  let e = end;
  while (e > start && /\s/.test(ctx.src.text[e - 1])) e--;
  return e;
}
function pairSpan(ctx, pair) {
  const k = pair.key?.range;
  const v = pair.value?.range;
  if (!k) return spanOf(ctx, pair.value);
  return ctx.src.span(k[0], v ? trimmedEnd(ctx, k[0], v[1]) : k[1]);
}
function scalarString(node) {
  if (!(0, import_yaml2.isScalar)(node) || node.value === null) return void 0;
  return typeof node.source === "string" ? node.source : String(node.value);
}
function sourced(ctx, node) {
  const value = scalarString(node);
  if (value === void 0 || !(0, import_yaml2.isScalar)(node) || !node.range) return void 0;
  const [start, end] = node.range;
  const span = spanOf(ctx, node);
  const text = ctx.src.text;
  if (node.type === "PLAIN" && text.slice(start, end) === value) return { value, span, copiedFrom: { src: ctx.src, offset: start } };
  if ((node.type === "QUOTE_SINGLE" || node.type === "QUOTE_DOUBLE") && text.slice(start + 1, end - 1) === value) {
    return { value, span: ctx.src.span(start + 1, end - 1), copiedFrom: { src: ctx.src, offset: start + 1 } };
  }
  return { value, span };
}
function derived(value, from) {
  return { value, span: from.span };
}

// src/containers/kubernetes/block-scalar.ts
function scalarFileText(ctx, node) {
  const value = scalarString(node);
  if (value === void 0) return void 0;
  const builder = new MappedTextBuilder();
  if ((0, import_yaml3.isScalar)(node) && node.type === "BLOCK_LITERAL" && node.range && copyLiteralLines(ctx, node, node.range[0], value, builder)) {
    return builder.build(ctx.src.path);
  }
  const text = sourced(ctx, node);
  if (!text) return void 0;
  return appendSourced(new MappedTextBuilder(), text).build(ctx.src.path);
}
function copyLiteralLines(ctx, node, headerOffset, value, builder) {
  const { text, lineStarts } = ctx.src;
  const headerLine = ctx.src.position(headerOffset).line;
  const lines2 = value.split("\n");
  for (const [k, line] of lines2.entries()) {
    const lineIndex = headerLine + k;
    const start = lineStarts[lineIndex];
    if (start === void 0) {
      if (line !== "") return false;
      continue;
    }
    let end = lineStarts[lineIndex + 1] !== void 0 ? lineStarts[lineIndex + 1] - 1 : text.length;
    if (end > start && text[end - 1] === "\r") end--;
    if (line !== "") {
      const from = end - line.length;
      if (from < start || text.slice(from, end) !== line || text.slice(start, from).trim() !== "") return false;
      builder.copied(line, ctx.src, from);
    }
    if (k < lines2.length - 1) {
      const nl = lineStarts[lineIndex + 1];
      if (nl === void 0) builder.at("\n", spanOf(ctx, node));
      else builder.copied("\n", ctx.src, nl - 1);
    }
  }
  return true;
}

// src/containers/kubernetes/config-maps.ts
function configMapsOf(manifests) {
  const out = /* @__PURE__ */ new Map();
  for (const m of manifests) {
    if (m.kind !== "ConfigMap" || !m.name) continue;
    const entries = mapEntries(m.ctx, at(m.ctx, m.node, "data")).map(({ key, value, pair }) => entryOf(m.ctx, key, value, pair));
    out.set(`${m.namespace}/${m.name.value}`, { manifest: m, name: m.name, entries });
  }
  return out;
}
function entryOf(ctx, key, valueNode, pair) {
  const keyText2 = sourced(ctx, key);
  return { ctx, key: keyText2, value: sourced(ctx, valueNode), valueNode, keySpan: keyText2.span, span: pairSpan(ctx, pair) };
}
var CONFIG_FILE_NAMES = /* @__PURE__ */ new Set(["core-site.xml", "hdfs-site.xml", "yarn-site.xml", "mapred-site.xml", "hbase-site.xml", "zoo.cfg", "myid", "workers", "slaves"]);
function isConfigFileName(name) {
  return CONFIG_FILE_NAMES.has(name) || name.endsWith(".properties") || name === "zoo.cfg.dynamic" || name.startsWith("zoo.cfg.dynamic.");
}
function isEnvToConfKey(key) {
  return /^[A-Za-z0-9-]+\.[A-Za-z0-9]+_[^_]/.test(key);
}
function inlineFileOf(entry, target) {
  if (!entry.valueNode) return void 0;
  const text = scalarFileText(entry.ctx, entry.valueNode);
  return text ? { target, text, span: entry.keySpan } : void 0;
}
function envOf(entry, prefix) {
  const name = prefix && prefix.value !== "" ? { value: prefix.value + entry.key.value, span: entry.key.span } : entry.key;
  return { name, value: entry.value, span: entry.span };
}

// src/containers/kubernetes/documents.ts
var import_yaml4 = __toESM(require_dist(), 1);
var TEMPLATE_ACTION = /\{\{[\s\S]*?\}\}/;
var CONTENT_KEYS = /* @__PURE__ */ new Set(["data", "stringData", "binaryData"]);
function readManifests(files) {
  const manifests = [];
  const problems = [];
  const templates = /* @__PURE__ */ new Set();
  for (const file of files) {
    const src = new SourceText(file.path, file.text);
    let docs;
    try {
      docs = [...(0, import_yaml4.parseAllDocuments)(file.text, { prettyErrors: false, uniqueKeys: true })];
    } catch (err) {
      problems.push({ span: src.span(0), message: err instanceof RangeError ? "the file is not valid YAML: nested too deeply" : "the file is not valid YAML" });
      continue;
    }
    for (const doc of docs) {
      const ctx = { src, doc };
      const [start, , end] = doc.range ?? [0, 0, file.text.length];
      const error = doc.errors[0];
      if (error) {
        if (TEMPLATE_ACTION.test(file.text.slice(start, end))) templates.add(file.path);
        else problems.push({ span: src.span(error.pos[0]), message: `the file is not valid YAML (${error.code})` });
        continue;
      }
      if (doc.contents === null) continue;
      if (hasTemplateAction(doc)) {
        templates.add(file.path);
        continue;
      }
      const aliasProblem = checkAliases(doc);
      if (aliasProblem) {
        problems.push({ span: spanOf(ctx, doc.contents ?? void 0), message: aliasProblem });
        continue;
      }
      for (const node of objects(ctx, doc.contents)) manifests.push(manifestOf(ctx, node));
    }
  }
  return { manifests, problems, templates: [...templates] };
}
function objects(ctx, node) {
  if (!(0, import_yaml4.isMap)(node) || scalarString(at(ctx, node, "apiVersion")) === void 0) return [];
  const kind = scalarString(at(ctx, node, "kind"));
  if (kind === void 0) return [];
  if (kind === "List" || kind.endsWith("List") && at(ctx, node, "items") !== void 0) {
    return seqItems(ctx, at(ctx, node, "items")).flatMap((item) => objects(ctx, item));
  }
  return [node];
}
function manifestOf(ctx, node) {
  return {
    ctx,
    node,
    kind: scalarString(at(ctx, node, "kind")),
    name: sourced(ctx, at(ctx, node, "metadata", "name")),
    namespace: scalarString(at(ctx, node, "metadata", "namespace")) ?? "default"
  };
}
function hasTemplateAction(doc) {
  let found = false;
  (0, import_yaml4.visit)(doc, {
    Pair(_, pair) {
      return CONTENT_KEYS.has(keyText(pair) ?? "") ? import_yaml4.visit.SKIP : void 0;
    },
    Scalar(_, node) {
      if ((0, import_yaml4.isScalar)(node) && TEMPLATE_ACTION.test(String(node.source ?? node.value))) {
        found = true;
        return import_yaml4.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function checkAliases(doc) {
  try {
    doc.toJS({ maxAliasCount: MAX_YAML_ALIASES, mapAsMap: true });
    return void 0;
  } catch (err) {
    if (err instanceof ReferenceError && /^Excessive alias count/.test(err.message)) {
      return `not loaded: its YAML aliases expand beyond the limit of ${MAX_YAML_ALIASES} (a document of aliases of aliases grows exponentially)`;
    }
    if (err instanceof ReferenceError) return "the file is not valid YAML: an alias names no anchor set before it";
    return err instanceof RangeError ? "the file is not valid YAML: nested too deeply" : "the file is not valid YAML";
  }
}

// src/containers/kubernetes/dns-names.ts
function serviceNames(name, namespace) {
  return [name, ...qualified(name.value, name, namespace)];
}
function podNames(pod, serviceName, namespace) {
  const base = `${pod.value}.${serviceName}`;
  return [derived(base, pod), ...qualified(base, pod, namespace)];
}
function qualified(base, from, namespace) {
  return [`${base}.${namespace}`, `${base}.${namespace}.svc`, `${base}.${namespace}.svc.cluster.local`].map((v) => derived(v, from));
}
function podDomainsOf(service, namespace, sameNamespace) {
  const qualifiedForms = [`${service}.${namespace}`, `${service}.${namespace}.svc`, `${service}.${namespace}.svc.cluster.local`];
  return sameNamespace ? [service, ...qualifiedForms] : qualifiedForms;
}

// src/containers/kubernetes/services.ts
function servicesOf(manifests) {
  const out = [];
  for (const m of manifests) {
    if (m.kind !== "Service" || !m.name) continue;
    out.push({
      name: m.name.value,
      namespace: m.namespace,
      headless: scalarString(at(m.ctx, m.node, "spec", "clusterIP")) === "None",
      selector: labelsOf(m, "spec", "selector"),
      names: serviceNames(m.name, m.namespace)
    });
  }
  return out;
}
function labelsOf(m, ...path) {
  const labels = /* @__PURE__ */ new Map();
  for (const { key, value } of mapEntries(m.ctx, at(m.ctx, m.node, ...path))) {
    const v = scalarString(value);
    if (v !== void 0) labels.set(String(key.source ?? key.value), v);
  }
  return labels;
}
function servicesSelecting(services, namespace, labels) {
  return services.filter((s) => s.namespace === namespace && s.selector.size > 0 && [...s.selector].every(([k, v]) => labels.get(k) === v));
}
function headlessDomains(services, namespace) {
  return services.filter((s) => s.headless).flatMap((s) => podDomainsOf(s.name, s.namespace, s.namespace === namespace));
}

// src/containers/kubernetes/pod-containers.ts
function podVolumes(ctx, podSpec) {
  const out = /* @__PURE__ */ new Map();
  for (const v of seqItems(ctx, at(ctx, podSpec, "volumes"))) {
    const name = scalarString(at(ctx, v, "name"));
    if (name !== void 0) out.set(name, v);
  }
  return out;
}
function configMap(scope, ref) {
  const name = scalarString(at(scope.ctx, ref, "name"));
  if (name === void 0) return void 0;
  const key = `${scope.namespace}/${name}`;
  scope.used.add(key);
  return scope.configMaps.get(key);
}
function containerEnv(scope, container) {
  const ctx = scope.ctx;
  const out = [];
  for (const from of seqItems(ctx, at(ctx, container, "envFrom"))) {
    const cm = configMap(scope, at(ctx, from, "configMapRef"));
    if (cm) for (const entry of cm.entries) out.push(envOf(entry, sourced(ctx, at(ctx, from, "prefix"))));
  }
  for (const item of seqItems(ctx, at(ctx, container, "env"))) {
    const name = sourced(ctx, at(ctx, item, "name"));
    if (!name) continue;
    out.push({ name, value: envValue(scope, item), span: spanOf(ctx, item) });
  }
  return out;
}
function envValue(scope, item) {
  const ctx = scope.ctx;
  const from = at(ctx, item, "valueFrom");
  if (!from) return sourced(ctx, at(ctx, item, "value")) ?? { value: "", span: spanOf(ctx, item) };
  const ref = at(ctx, from, "configMapKeyRef");
  if (!ref) return void 0;
  const key = scalarString(at(ctx, ref, "key"));
  return configMap(scope, ref)?.entries.find((e) => e.key.value === key)?.value;
}
function containerMounts(scope, container) {
  const ctx = scope.ctx;
  const out = [];
  for (const vm of seqItems(ctx, at(ctx, container, "volumeMounts"))) {
    const mountPathNode = at(ctx, vm, "mountPath");
    const target = scalarString(mountPathNode);
    if (target === void 0) continue;
    const span = spanOf(ctx, mountPathNode);
    const volume = scope.volumes.get(scalarString(at(ctx, vm, "name")) ?? "");
    const cmRef = child(ctx, volume, "configMap");
    const cm = cmRef ? configMap(scope, cmRef) : void 0;
    if (!cm || !cmRef) {
      out.push({ kind: "opaque", target, span });
      continue;
    }
    const subPath = scalarString(at(ctx, vm, "subPath"));
    const files = [];
    for (const { entry, path } of projectedKeys(ctx, cmRef, cm)) {
      const fileTarget = subPath !== void 0 ? path === subPath ? target : void 0 : joinPath(target, path);
      if (fileTarget === void 0 || !isConfigFileName(fileTarget.slice(fileTarget.lastIndexOf("/") + 1))) continue;
      const file = inlineFileOf(entry, fileTarget);
      if (file) files.push(file);
    }
    out.push({ kind: "inline", target, files, span });
  }
  return out;
}
function projectedKeys(ctx, cmRef, cm) {
  const items = at(ctx, cmRef, "items");
  if (!items) return cm.entries.map((entry) => ({ entry, path: entry.key.value }));
  const out = [];
  for (const item of seqItems(ctx, items)) {
    const key = scalarString(at(ctx, item, "key"));
    const path = scalarString(at(ctx, item, "path"));
    const entry = cm.entries.find((e) => e.key.value === key);
    if (entry && path !== void 0) out.push({ entry, path });
  }
  return out;
}
function joinPath(dir, name) {
  return `${dir.replace(/\/+$/, "")}/${name}`;
}

// src/containers/kubernetes/workloads.ts
var WORKLOAD_KINDS = /* @__PURE__ */ new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"]);
var MAX_STATEFULSET_PODS = 256;
function isWorkload(m) {
  return WORKLOAD_KINDS.has(m.kind);
}
function podTemplate(m) {
  if (m.kind === "Pod") return { spec: at(m.ctx, m.node, "spec"), labelPath: ["metadata", "labels"] };
  return { spec: at(m.ctx, m.node, "spec", "template", "spec"), labelPath: ["spec", "template", "metadata", "labels"] };
}
function startCommands(ctx, c) {
  const words = (node) => {
    if (!node) return void 0;
    const items = seqItems(ctx, node);
    const parts = (items.length > 0 ? items : [node]).flatMap((n) => scalarString(n) ?? []);
    return { words: parts.join(" "), span: spanOf(ctx, node) };
  };
  const entrypoint = words(at(ctx, c, "command"));
  const command = words(at(ctx, c, "args"));
  return { ...entrypoint ? { entrypoint } : {}, ...command ? { command } : {} };
}
function workloadServices(m, wc) {
  if (!m.name) return [];
  const ctx = m.ctx;
  const { spec, labelPath } = podTemplate(m);
  const scope = { ctx, namespace: m.namespace, volumes: podVolumes(ctx, spec), configMaps: wc.configMaps, used: wc.used };
  const selectedBy = servicesSelecting(wc.services, m.namespace, labelsOf(m, ...labelPath)).flatMap((s) => s.names);
  const inits = at(ctx, spec, "initContainers");
  let containers = seqItems(ctx, at(ctx, spec, "containers"));
  const prepared = containers.length > 0 && seqItems(ctx, inits).length > 0 ? { initContainers: spanOf(ctx, inits) } : {};
  if (containers.length === 0) containers = seqItems(ctx, inits);
  const pod = {
    ...prepared,
    hostNetwork: scalarString(at(ctx, spec, "hostNetwork")) === "true",
    extraHosts: hostAliases(m, spec),
    span: m.name.span,
    file: ctx.src.path,
    podDomains: headlessDomains(wc.services, m.namespace)
  };
  const template = (name, names, hostname, replicas2) => containers.map((c) => ({
    ...pod,
    name,
    names,
    hostname,
    image: sourced(ctx, at(ctx, c, "image")),
    env: containerEnv(scope, c),
    mounts: containerMounts(scope, c),
    // Container ports are what the process listens on, not ports published on a host.
    ports: [],
    replicas: replicas2,
    ...startCommands(ctx, c)
  }));
  if (m.kind === "StatefulSet") {
    const serviceName = scalarString(at(ctx, m.node, "spec", "serviceName"));
    const count = replicaCount(m, "replicas");
    const shown = Math.min(count, MAX_STATEFULSET_PODS);
    if (count > shown) {
      wc.problems.push({ span: spanOf(ctx, at(ctx, m.node, "spec", "replicas")), message: `${count} replicas: only the first ${MAX_STATEFULSET_PODS} pods are read` });
    }
    const out = [];
    for (let i = 0; i < shown; i++) {
      const podName = derived(`${m.name.value}-${i}`, m.name);
      const names = [podName, ...serviceName !== void 0 ? podNames(podName, serviceName, m.namespace) : [], ...selectedBy];
      out.push(...template(podName, names, podName, void 0));
    }
    return out;
  }
  if (m.kind === "Pod") {
    const hostname = sourced(ctx, at(ctx, spec, "hostname")) ?? m.name;
    const subdomain = scalarString(at(ctx, spec, "subdomain"));
    const names = [hostname, ...subdomain !== void 0 ? podNames(hostname, subdomain, m.namespace) : [], ...selectedBy];
    return template(m.name, names, hostname, void 0);
  }
  const replicas = m.kind === "DaemonSet" ? void 0 : m.kind === "Job" ? replicaCount(m, "parallelism") : replicaCount(m, "replicas");
  return template(m.name, selectedBy, sourced(ctx, at(ctx, spec, "hostname")), replicas);
}
function replicaCount(m, field2) {
  const v = scalarString(at(m.ctx, m.node, "spec", field2));
  return v !== void 0 && /^\d{1,9}$/.test(v) ? Number(v) : 1;
}
function hostAliases(m, spec) {
  const ctx = m.ctx;
  const out = [];
  for (const alias of seqItems(ctx, at(ctx, spec, "hostAliases"))) {
    const address = sourced(ctx, at(ctx, alias, "ip"));
    if (!address) continue;
    for (const h of seqItems(ctx, at(ctx, alias, "hostnames"))) {
      const name = sourced(ctx, h);
      if (name) out.push({ name, address });
    }
  }
  return out;
}

// src/containers/kubernetes/detect.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/containers/kubernetes/index.ts
function kubernetesProject(files) {
  const read = readManifests(files);
  const problems = [...read.problems];
  const configMaps = configMapsOf(read.manifests);
  const services = servicesOf(read.manifests);
  const used = /* @__PURE__ */ new Set();
  const containers = [];
  for (const m of read.manifests) {
    if (isWorkload(m)) containers.push(...workloadServices(m, { services, configMaps, used, problems }));
  }
  const unattached = [];
  for (const [key, cm] of configMaps) {
    if (used.has(key)) continue;
    unattached.push({
      name: cm.name,
      files: cm.entries.filter((e) => isConfigFileName(e.key.value)).flatMap((e) => inlineFileOf(e, e.key.value) ?? []),
      env: cm.entries.filter((e) => isEnvToConfKey(e.key.value)).map((e) => envOf(e, void 0)),
      span: cm.name.span
    });
  }
  return { kind: "kubernetes", files: files.map((f) => f.path), services: containers, problems, unattached, templates: read.templates };
}

// src/containers/images/zookeeper/entrypoint-env.ts
function envEntry(service, name) {
  let found;
  for (const e of service.env) if (e.name.value === name) found = e;
  return found;
}
function imageSpan(service) {
  return service.image?.span ?? service.span;
}
function written(value, span) {
  return { value, span };
}
function envValue2(service, name, fallback, emptyIsUnset) {
  const env = envEntry(service, name);
  if (env && !env.value) return { kind: "unknown", env };
  if (env?.value && !(emptyIsUnset && env.value.value === "")) return { kind: "known", text: env.value, env };
  if (fallback === void 0) return void 0;
  return { kind: "known", text: written(fallback, imageSpan(service)), env: void 0 };
}
function unknownNote(env, image, consequence) {
  return { span: env.span, kind: "unknown", message: `the value of ${env.name.value} is not known here, so ${consequence} (${image})` };
}
function ignoredBecauseMounted(service, names, image, path) {
  const notes = [];
  for (const name of names) {
    const env = envEntry(service, name);
    if (env) notes.push({ span: env.span, kind: "ignored", message: `the ${image} ignores ${name}: ${path} is mounted, so its entrypoint does not write it` });
  }
  return notes;
}
function envWithPrefix(service, prefix) {
  const out = [];
  for (const e of service.env) {
    if (!e.name.value.startsWith(prefix)) continue;
    const last = envEntry(service, e.name.value);
    if (last === e) out.push(e);
  }
  return out;
}
function keyValueLine(key, value, service) {
  const keySpan = value.env?.span ?? imageSpan(service);
  return [written(`${key}=`, keySpan), value.text];
}
function buildLines(lines2, file) {
  const builder = new MappedTextBuilder();
  for (const line of lines2) {
    for (const piece of line) appendSourced(builder, piece);
    const last = line[line.length - 1];
    if (last) builder.at("\n", last.span);
  }
  return builder.build(file);
}

// src/containers/images/zookeeper/bitnami.ts
var IMAGE = "Bitnami ZooKeeper image";
var CONF_FILE = "/opt/bitnami/zookeeper/conf/zoo.cfg";
var DATA_DIR = "/bitnami/zookeeper/data";
var DEFAULTS = {
  ZOO_PORT_NUMBER: "2181",
  ZOO_SERVER_ID: "1",
  ZOO_SERVERS: "",
  ZOO_DATA_LOG_DIR: "",
  ZOO_ENABLE_ADMIN_SERVER: "no",
  ZOO_ADMIN_SERVER_ADDRESS: "127.0.0.1",
  ZOO_ADMIN_SERVER_PORT_NUMBER: "8080",
  ZOO_TICK_TIME: "2000",
  ZOO_INIT_LIMIT: "10",
  ZOO_SYNC_LIMIT: "5",
  ZOO_MAX_CNXNS: "0",
  ZOO_MAX_CLIENT_CNXNS: "60",
  ZOO_AUTOPURGE_INTERVAL: "0",
  ZOO_AUTOPURGE_RETAIN_COUNT: "3",
  ZOO_4LW_COMMANDS_WHITELIST: "srvr, mntr",
  ZOO_RECONFIG_ENABLED: "no",
  ZOO_LISTEN_ALLIPS_ENABLED: "no",
  ZOO_MAX_SESSION_TIMEOUT: "40000",
  ZOO_PRE_ALLOC_SIZE: "65536",
  ZOO_SNAPCOUNT: "100000"
};
var SETTINGS = [
  { key: "tickTime", name: "ZOO_TICK_TIME" },
  { key: "initLimit", name: "ZOO_INIT_LIMIT" },
  { key: "syncLimit", name: "ZOO_SYNC_LIMIT" },
  { key: "preAllocSize", name: "ZOO_PRE_ALLOC_SIZE" },
  { key: "snapCount", name: "ZOO_SNAPCOUNT" },
  { key: "dataDir", name: "" },
  { key: "dataLogDir", name: "ZOO_DATA_LOG_DIR" },
  { key: "clientPort", name: "ZOO_PORT_NUMBER" },
  { key: "maxCnxns", name: "ZOO_MAX_CNXNS" },
  { key: "maxClientCnxns", name: "ZOO_MAX_CLIENT_CNXNS" },
  { key: "reconfigEnabled", name: "ZOO_RECONFIG_ENABLED", bool: true },
  { key: "quorumListenOnAllIPs", name: "ZOO_LISTEN_ALLIPS_ENABLED", bool: true },
  { key: "autopurge.purgeInterval", name: "ZOO_AUTOPURGE_INTERVAL" },
  { key: "autopurge.snapRetainCount", name: "ZOO_AUTOPURGE_RETAIN_COUNT" },
  { key: "4lw.commands.whitelist", name: "ZOO_4LW_COMMANDS_WHITELIST" },
  { key: "maxSessionTimeout", name: "ZOO_MAX_SESSION_TIMEOUT" },
  { key: "admin.serverAddress", name: "ZOO_ADMIN_SERVER_ADDRESS" },
  { key: "admin.serverPort", name: "ZOO_ADMIN_SERVER_PORT_NUMBER" },
  { key: "admin.enableServer", name: "ZOO_ENABLE_ADMIN_SERVER", bool: true }
];
var SAMPLE_ORDER = ["tickTime", "initLimit", "syncLimit", "dataDir", "clientPort", "maxClientCnxns", "autopurge.snapRetainCount", "autopurge.purgeInterval"];
function isBooleanYes(value) {
  return /^(1|yes|true)$/i.test(value);
}
var ConfFile = class {
  lines = new Map(SAMPLE_ORDER.map((k) => [k, []]));
  set(key, line) {
    this.lines.set(key, line);
  }
  result() {
    return [...this.lines.values()].filter((l) => l.length > 0);
  }
};
function bitnamiValue(service, name, notes, consequence) {
  const fromFile = envEntry(service, `${name}_FILE`);
  if (fromFile) {
    notes.push({ span: fromFile.span, kind: "unknown", message: `${name} is read from a file inside the container, so ${consequence} (${IMAGE})` });
    return void 0;
  }
  const value = envValue2(service, name, DEFAULTS[name] ?? "", true);
  if (value.kind === "unknown") {
    notes.push(unknownNote(value.env, IMAGE, consequence));
    return void 0;
  }
  return value;
}
function keySpanOf(value, service) {
  return value.env?.span ?? imageSpan(service);
}
function serverEntries(servers) {
  const firstLine = servers.value.split("\n")[0];
  const out = [];
  for (const m of firstLine.matchAll(/[^;, \t]+/g)) out.push(sliceSourced(servers, m.index, m.index + m[0].length));
  return out;
}
function serverLines(service, conf, port, notes) {
  const servers = bitnamiValue(service, "ZOO_SERVERS", notes, "the zoo.cfg its entrypoint writes is not known");
  if (!servers) return false;
  const entries = serverEntries(servers.text);
  if (entries.length < 2) return true;
  const withIds = servers.text.value.includes("::");
  const portPart = port.text;
  entries.forEach((entry, i) => {
    if (!withIds) {
      conf.set(`server.${i + 1}`, [written(`server.${i + 1}=`, entry.span), entry, written(";", entry.span), portPart]);
      return;
    }
    const sep4 = entry.value.indexOf("::");
    if (sep4 < 0) {
      notes.push({ span: entry.span, message: `the ${IMAGE} refuses ${entry.value}: once one entry of ZOO_SERVERS gives its id (host:2888:3888::id), every entry must` });
      return;
    }
    const address = sliceSourced(entry, 0, sep4);
    const id = sliceSourced(entry, sep4 + 2);
    conf.set(`server.${id.value}`, [written("server.", entry.span), id, written("=", entry.span), address, written(";", entry.span), portPart]);
  });
  return true;
}
function zooCfg(service, notes) {
  const conf = new ConfFile();
  for (const setting of SETTINGS) {
    if (setting.key === "dataDir") {
      conf.set("dataDir", [written(`dataDir=${DATA_DIR}`, imageSpan(service))]);
      continue;
    }
    const value = bitnamiValue(service, setting.name, notes, `the ${setting.key} line is left out`);
    if (!value) continue;
    if (setting.key === "dataLogDir" && value.text.value === "") continue;
    if (value.text.value === "") {
      notes.push({ span: keySpanOf(value, service), message: `the ${IMAGE} stops: zookeeper_conf_set requires a value for ${setting.key}, and ${setting.name} is empty` });
      continue;
    }
    const text = setting.bool ? written(isBooleanYes(value.text.value) ? "true" : "false", value.text.span) : value.text;
    conf.set(setting.key, [written(`${setting.key}=`, keySpanOf(value, service)), text]);
  }
  const port = bitnamiValue(service, "ZOO_PORT_NUMBER", [], "");
  if (port && !serverLines(service, conf, port, notes)) return void 0;
  const extras = envWithPrefix(service, "ZOO_CFG_").sort((a, b) => a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0);
  for (const env of extras) extraLine(env, conf, notes);
  return { kind: "zoo.cfg", text: buildLines(conf.result(), service.file), image: IMAGE, target: CONF_FILE };
}
function extraLine(env, conf, notes) {
  const key = env.name.value.slice("ZOO_CFG_".length).replace(/_/g, ".");
  if (!env.value) {
    notes.push(unknownNote(env, IMAGE, `the ${key} line is left out`));
    return;
  }
  if (env.value.value === "") {
    notes.push({ span: env.span, message: `the ${IMAGE} stops: zookeeper_conf_set requires a value for ${key}, and ${env.name.value} is empty` });
    return;
  }
  conf.set(key, [written(`${key}=`, env.span), env.value]);
}
function zooCfgVariables(service) {
  const names = SETTINGS.filter((s) => s.name !== "").map((s) => s.name);
  names.push("ZOO_SERVERS", ...envWithPrefix(service, "ZOO_CFG_").map((e) => e.name.value));
  return names;
}
function bitnamiZookeeperTranslation(service, mounted) {
  const notes = [];
  const files = [];
  if (mounted(CONF_FILE)) notes.push(...ignoredBecauseMounted(service, zooCfgVariables(service), IMAGE, CONF_FILE));
  else {
    const cfg = zooCfg(service, notes);
    if (cfg) files.push(cfg);
  }
  const myidPath = `${DATA_DIR}/myid`;
  if (mounted(myidPath)) notes.push(...ignoredBecauseMounted(service, ["ZOO_SERVER_ID"], IMAGE, myidPath));
  else {
    const id = bitnamiValue(service, "ZOO_SERVER_ID", notes, "the myid its entrypoint writes is not known");
    if (id) files.push({ kind: "myid", text: buildLines([[id.text]], service.file), image: IMAGE, target: myidPath });
  }
  return { files, notes };
}

// src/containers/images/zookeeper/confluent.ts
var IMAGE2 = "Confluent ZooKeeper image";
var PROPERTIES = "/etc/kafka/zookeeper.properties";
var MYID = "/var/lib/zookeeper/data/myid";
var TABLE2 = [
  ["ZOOKEEPER_CLIENT_PORT", "clientPort"],
  ["ZOOKEEPER_TICK_TIME", "tickTime"],
  ["ZOOKEEPER_GLOBAL_OUTSTANDING_LIMIT", "globalOutstandingLimit"],
  ["ZOOKEEPER_PRE_ALLOC_SIZE", "preAllocSize"],
  ["ZOOKEEPER_SNAP_COUNT", "snapCount"],
  ["ZOOKEEPER_TRACE_FILE", "traceFile"],
  ["ZOOKEEPER_MAX_CLIENT_CNXNS", "maxClientCnxns"],
  ["ZOOKEEPER_CLIENT_PORT_ADDRESS", "clientPortAddress"],
  ["ZOOKEEPER_MIN_SESSION_TIMEOUT", "minSessionTimeout"],
  ["ZOOKEEPER_MAX_SESSION_TIMEOUT", "maxSessionTimeout"],
  ["ZOOKEEPER_FSYNC_WARNING_THRESHOLDMS", "fsync.warningthresholdms"],
  ["ZOOKEEPER_AUTOPURGE_SNAP_RETAIN_COUNT", "autopurge.snapRetainCount"],
  ["ZOOKEEPER_AUTOPURGE_PURGE_INTERVAL", "autopurge.purgeInterval"],
  ["ZOOKEEPER_SYNC_ENABLED", "syncEnabled"],
  ["ZOOKEEPER_ELECTION_ALG", "electionAlg"],
  ["ZOOKEEPER_INIT_LIMIT", "initLimit"],
  ["ZOOKEEPER_LEADER_SERVES", "leaderServes"],
  ["ZOOKEEPER_SYNC_LIMIT", "syncLimit"],
  ["ZOOKEEPER_CNX_TIMEOUT", "cnxTimeout"],
  ["ZOOKEEPER_FORCE_SYNC", "forceSync"],
  ["ZOOKEEPER_JUTE_MAX_BUFFER", "jute.maxbuffer"],
  ["ZOOKEEPER_SKIP_ACL", "skipACL"],
  ["ZOOKEEPER_QUORUM_LISTEN_ON_ALL_IPS", "quorumListenOnAllIPs"],
  ["ZOOKEEPER_CLIENT_CNXN_SOCKET", "clientCnxnSocket"],
  ["ZOOKEEPER_SECURE_CLIENT_PORT", "secureClientPort"],
  ["ZOOKEEPER_SERVER_CNXN_SOCKET", "serverCnxnSocket"],
  ["ZOOKEEPER_X509_AUTHENTICATION_PROVIDER_SUPER_USER", "X509AuthenticationProvider.superUser"],
  ["ZOOKEEPER_SSL_AUTH_PROVIDER", "ssl.authProvider"],
  ["ZOOKEEPER_SSL_CLIENT_AUTH", "ssl.clientAuth"],
  ["ZOOKEEPER_SSL_KEYSTORE_LOCATION", "ssl.keyStore.location"],
  ["ZOOKEEPER_SSL_KEYSTORE_PASSWORD", "ssl.keyStore.password"],
  ["ZOOKEEPER_SSL_KEYSTORE_TYPE", "ssl.keyStore.type"],
  ["ZOOKEEPER_SSL_TRUSTSTORE_LOCATION", "ssl.trustStore.location"],
  ["ZOOKEEPER_SSL_TRUSTSTORE_PASSWORD", "ssl.trustStore.password"],
  ["ZOOKEEPER_SSL_TRUSTSTORE_TYPE", "ssl.trustStore.type"],
  ["ZOOKEEPER_SSL_ENABLED_PROTOCOLS", "ssl.enabledProtocols"],
  ["ZOOKEEPER_SSL_CONTEXT_SUPPLIER_CLASS", "ssl.context.supplier.class"],
  ["ZOOKEEPER_SSL_CIPHER_SUITES", "ssl.ciphersuites"],
  ["ZOOKEEPER_SSL_HOSTNAME_VERIFICATION", "ssl.hostnameVerification"],
  ["ZOOKEEPER_SSL_CRL", "ssl.crl"],
  ["ZOOKEEPER_SSL_OCPS", "ssl.ocsp"],
  ["ZOOKEEPER_SSL_HANDSHAKE_DETECTION_TIMEOUT_MILLIS", "ssl.handshakeDetectionTimeoutMillis"],
  ["ZOOKEEPER_SSL_QUORUM", "sslQuorum"],
  ["ZOOKEEPER_SSL_QUORUM_CLIENT_AUTH", "ssl.quorum.clientAuth"],
  ["ZOOKEEPER_SSL_QUORUM_KEYSTORE_LOCATION", "ssl.quorum.keyStore.location"],
  ["ZOOKEEPER_SSL_QUORUM_KEYSTORE_PASSWORD", "ssl.quorum.keyStore.password"],
  ["ZOOKEEPER_SSL_QUORUM_KEYSTORE_TYPE", "ssl.quorum.keyStore.type"],
  ["ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_LOCATION", "ssl.quorum.trustStore.location"],
  ["ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_PASSWORD", "ssl.quorum.trustStore.password"],
  ["ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_TYPE", "ssl.quorum.trustStore.type"],
  ["ZOOKEEPER_SSL_QUORUM_ENABLED_PROTOCOLS", "ssl.quorum.enabledProtocols"],
  ["ZOOKEEPER_SSL_QUORUM_CIPHER_SUITES", "ssl.quorum.ciphersuites"],
  ["ZOOKEEPER_SSL_QUORUM_CONTEXT_SUPPLIER_CLASS", "ssl.quorum.context.supplier.class"],
  ["ZOOKEEPER_SSL_QUORUM_HOSTNAME_VERIFICATION", "ssl.quorum.hostnameVerification"],
  ["ZOOKEEPER_SSL_QUORUM_CRL", "ssl.quorum.crl"],
  ["ZOOKEEPER_SSL_QUORUM_OCPS", "ssl.quorum.ocsp"],
  ["ZOOKEEPER_SSL_QUORUM_HANDSHAKE_DETECTION_TIMEOUT_MILLIS", "ssl.quorum.handshakeDetectionTimeoutMillis"],
  ["ZOOKEEPER_SERVER_CNXN_FACTORY", "serverCnxnFactory"],
  ["ZOOKEEPER_AUTH_PROVIDER_X509", "authProvider.x509"],
  ["ZOOKEEPER_AUTH_PROVIDER_SASL", "authProvider.sasl"],
  ["ZOOKEEPER_CLIENT_PORT_UNIFICATION", "client.portUnification"],
  ["ZOOKEEPER_ADMIN_ENABLE_SERVER", "admin.enableServer"],
  ["ZOOKEEPER_ADMIN_SERVER_ADDRESS", "admin.serverAddress"],
  ["ZOOKEEPER_ADMIN_SERVER_PORT", "admin.serverPort"],
  ["ZOOKEEPER_ADMIN_IDLE_TIMEOUT", "admin.idleTimeout"],
  ["ZOOKEEPER_ADMIN_COMMAND_URL", "admin.commandURL"]
];
function isNonEmpty(service, name) {
  const env = envEntry(service, name);
  return env !== void 0 && (env.value === void 0 || env.value.value !== "");
}
function properties(service, notes) {
  const servers = envEntry(service, "ZOOKEEPER_SERVERS");
  if (servers && !servers.value) {
    notes.push(unknownNote(servers, IMAGE2, "the zookeeper.properties its entrypoint writes is not known"));
    return void 0;
  }
  const clustered = servers?.value !== void 0 && servers.value.value !== "";
  const lines2 = [
    [written("dataDir=/var/lib/zookeeper/data", imageSpan(service))],
    [written("dataLogDir=/var/lib/zookeeper/log", imageSpan(service))]
  ];
  for (const [name, key] of TABLE2) {
    const fallback = !clustered ? void 0 : name === "ZOOKEEPER_INIT_LIMIT" ? "10" : name === "ZOOKEEPER_SYNC_LIMIT" ? "5" : void 0;
    const value = envValue2(service, name, fallback, fallback !== void 0);
    if (!value) continue;
    if (value.kind === "unknown") notes.push(unknownNote(value.env, IMAGE2, `the ${key} line is left out`));
    else lines2.push(keyValueLine(key, value, service));
  }
  if (clustered) {
    let start = 0;
    servers.value.value.split(";").forEach((part, i) => {
      const piece = sliceSourced(servers.value, start, start + part.length);
      start += part.length + 1;
      lines2.push([written(`server.${i + 1}=`, piece.span), piece]);
    });
  }
  return { kind: "zoo.cfg", text: buildLines(lines2, service.file), image: IMAGE2, target: PROPERTIES };
}
function refusals(service, notes) {
  const servers = envEntry(service, "ZOOKEEPER_SERVERS");
  if (servers && isNonEmpty(service, "ZOOKEEPER_SERVERS") && !isNonEmpty(service, "ZOOKEEPER_SERVER_ID")) {
    notes.push({ span: servers.span, message: `the ${IMAGE2} refuses to start: ZOOKEEPER_SERVERS is set but ZOOKEEPER_SERVER_ID is not` });
  }
  if (!envEntry(service, "ZOOKEEPER_CLIENT_PORT") && !envEntry(service, "ZOOKEEPER_SECURE_CLIENT_PORT")) {
    notes.push({ span: imageSpan(service), message: `the ${IMAGE2} refuses to start: neither ZOOKEEPER_CLIENT_PORT nor ZOOKEEPER_SECURE_CLIENT_PORT is set` });
  }
}
function confluentZookeeperTranslation(service, mounted) {
  const notes = [];
  const files = [];
  refusals(service, notes);
  const replaced = mounted(PROPERTIES);
  if (replaced) notes.push({ span: imageSpan(service), kind: "ignored", message: `the file mounted at ${PROPERTIES} is not used: the ${IMAGE2} writes it anew at every start` });
  const cfg = properties(service, notes);
  if (cfg) files.push(replaced ? { ...cfg, mountedFile: "replaced" } : cfg);
  if (isNonEmpty(service, "ZOOKEEPER_SERVER_ID")) {
    const id = envEntry(service, "ZOOKEEPER_SERVER_ID");
    if (!id.value) notes.push(unknownNote(id, IMAGE2, "the myid its entrypoint writes is not known"));
    else files.push({ kind: "myid", text: buildLines([[id.value]], service.file), image: IMAGE2, target: MYID });
  }
  return { files, notes };
}

// src/containers/images/zookeeper/official.ts
var IMAGE3 = "zookeeper image";
function officialScriptFor(tag) {
  const m = tag === void 0 ? null : /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag);
  if (!m) return "current";
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major > 3 || major === 3 && minor >= 5) return "current";
  if (major === 3 && minor === 4 && (m[3] === void 0 || Number(m[3]) >= 14)) return "3.4.14";
  return "3.4-zoo-port";
}
var DEFAULTS2 = {
  ZOO_CONF_DIR: "/conf",
  ZOO_DATA_DIR: "/data",
  ZOO_DATA_LOG_DIR: "/datalog",
  ZOO_TICK_TIME: "2000",
  ZOO_INIT_LIMIT: "5",
  ZOO_SYNC_LIMIT: "2",
  ZOO_AUTOPURGE_PURGEINTERVAL: "0",
  ZOO_AUTOPURGE_SNAPRETAINCOUNT: "3",
  ZOO_MAX_CLIENT_CNXNS: "60",
  ZOO_STANDALONE_ENABLED: "true",
  ZOO_ADMINSERVER_ENABLED: "true",
  ZOO_PORT: "2181"
};
function echoedKeys(script) {
  const head = script === "3.4-zoo-port" ? [["clientPort", "ZOO_PORT"]] : [];
  const common = [
    ["dataDir", "ZOO_DATA_DIR"],
    ["dataLogDir", "ZOO_DATA_LOG_DIR"],
    ["tickTime", "ZOO_TICK_TIME"],
    ["initLimit", "ZOO_INIT_LIMIT"],
    ["syncLimit", "ZOO_SYNC_LIMIT"],
    ["autopurge.snapRetainCount", "ZOO_AUTOPURGE_SNAPRETAINCOUNT"],
    ["autopurge.purgeInterval", "ZOO_AUTOPURGE_PURGEINTERVAL"],
    ["maxClientCnxns", "ZOO_MAX_CLIENT_CNXNS"]
  ];
  const tail = script === "current" ? [
    ["standaloneEnabled", "ZOO_STANDALONE_ENABLED"],
    ["admin.enableServer", "ZOO_ADMINSERVER_ENABLED"]
  ] : [];
  return [...head, ...common, ...tail];
}
function zooCfgVariables2(script) {
  const names = echoedKeys(script).map(([, v]) => v);
  names.push("ZOO_SERVERS");
  if (script !== "3.4-zoo-port") names.push("ZOO_CFG_EXTRA");
  if (script === "current") names.push("ZOO_4LW_COMMANDS_WHITELIST");
  return names;
}
function pathIn(service, dirVar, file, notes) {
  const dir = envValue2(service, dirVar, DEFAULTS2[dirVar], false);
  if (dir.kind === "unknown") {
    notes.push(unknownNote(dir.env, IMAGE3, `where its entrypoint writes ${file} is not known either`));
    return void 0;
  }
  return `${dir.text.value}/${file}`;
}
function zooCfg2(service, script, target, notes) {
  const servers = envEntry(service, "ZOO_SERVERS");
  if (servers && !servers.value) {
    notes.push(unknownNote(servers, IMAGE3, "the zoo.cfg its entrypoint writes is not known"));
    return void 0;
  }
  const lines2 = [];
  if (script === "3.4.14") {
    lines2.push([written("clientPort=2181", imageSpan(service))]);
    const port = envEntry(service, "ZOO_PORT");
    if (port) notes.push({ span: port.span, kind: "ignored", message: `the ${IMAGE3} ignores ZOO_PORT since 3.4.14: its entrypoint writes clientPort=2181` });
  }
  for (const [key, name] of echoedKeys(script)) {
    const value = envValue2(service, name, DEFAULTS2[name], false);
    if (value.kind === "unknown") notes.push(unknownNote(value.env, IMAGE3, `the ${key} line is left out`));
    else lines2.push(keyValueLine(key, value, service));
  }
  if (servers?.value && servers.value.value !== "") {
    for (const word of wordsOf(servers.value)) lines2.push([word]);
  } else if (script === "current") {
    lines2.push([written("server.1=localhost:2888:3888;2181", servers?.span ?? imageSpan(service))]);
  }
  if (script === "current") {
    const fourLetter = envEntry(service, "ZOO_4LW_COMMANDS_WHITELIST");
    if (fourLetter && !fourLetter.value) notes.push(unknownNote(fourLetter, IMAGE3, "the 4lw.commands.whitelist line is left out"));
    else if (fourLetter?.value && fourLetter.value.value !== "") lines2.push([written("4lw.commands.whitelist=", fourLetter.span), fourLetter.value]);
  }
  if (script !== "3.4-zoo-port") {
    const extra = envEntry(service, "ZOO_CFG_EXTRA");
    if (extra && !extra.value) notes.push(unknownNote(extra, IMAGE3, "the lines of ZOO_CFG_EXTRA are left out"));
    else if (extra?.value) for (const word of wordsOf(extra.value)) lines2.push([word]);
  }
  return { kind: "zoo.cfg", text: buildLines(lines2, service.file), image: IMAGE3, target };
}
function myid(service, target, notes) {
  const id = envValue2(service, "ZOO_MY_ID", "1", true);
  if (id.kind === "unknown") {
    notes.push(unknownNote(id.env, IMAGE3, "the myid its entrypoint writes is not known"));
    return void 0;
  }
  return { kind: "myid", text: buildLines([[id.text]], service.file), image: IMAGE3, target };
}
function officialZookeeperTranslation(service, tag, mounted) {
  const script = officialScriptFor(tag);
  const notes = [];
  const files = [];
  const cfgPath = pathIn(service, "ZOO_CONF_DIR", "zoo.cfg", notes);
  if (cfgPath !== void 0 && mounted(cfgPath)) notes.push(...ignoredBecauseMounted(service, zooCfgVariables2(script), IMAGE3, cfgPath));
  else if (cfgPath !== void 0) {
    const cfg = zooCfg2(service, script, cfgPath, notes);
    if (cfg) files.push(cfg);
  }
  const myidPath = pathIn(service, "ZOO_DATA_DIR", "myid", notes);
  if (myidPath !== void 0 && mounted(myidPath)) notes.push(...ignoredBecauseMounted(service, ["ZOO_MY_ID"], IMAGE3, myidPath));
  else if (myidPath !== void 0) {
    const file = myid(service, myidPath, notes);
    if (file) files.push(file);
  }
  return { files, notes };
}

// src/containers/images/zookeeper-images.ts
var BITNAMI = /* @__PURE__ */ new Set(["bitnami/zookeeper", "bitnamilegacy/zookeeper"]);
function zookeeperImageTranslation(service, mounted) {
  if (!service.image) return void 0;
  const { repository, tag, official } = parseImageName(service.image.value);
  if (repository === "zookeeper" && official) return officialZookeeperTranslation(service, tag, mounted);
  if (BITNAMI.has(repository)) return bitnamiZookeeperTranslation(service, mounted);
  if (repository === "confluentinc/cp-zookeeper") return confluentZookeeperTranslation(service, mounted);
  return void 0;
}

// src/containers/images/effective-env.ts
function effectiveEnv(service) {
  const env = /* @__PURE__ */ new Map();
  for (const e of service.env) {
    env.delete(e.name.value);
    env.set(e.name.value, e);
  }
  return env;
}

// src/containers/images/properties-builder.ts
var PropertyLines = class _PropertyLines {
  lines = /* @__PURE__ */ new Map();
  set(line) {
    this.lines.set(line.key, line);
  }
  /** A key whose value is unknown: whatever the file held for it before is not what it holds now. */
  delete(key) {
    this.lines.delete(key);
  }
  get size() {
    return this.lines.size;
  }
  sortedByKey() {
    const sorted = new _PropertyLines();
    for (const key of [...this.lines.keys()].sort()) sorted.set(this.lines.get(key));
    return sorted;
  }
  build(path) {
    const b = new MappedTextBuilder();
    for (const line of this.lines.values()) {
      appendKey(b, line);
      b.at("=", spanOfKey(line));
      appendSourced(b, line.value);
      b.at("\n", spanOfKey(line));
    }
    return b.build(path);
  }
};
function appendKey(b, line) {
  const from = line.from;
  if (!("name" in from)) {
    b.at(line.key, from.span);
    return;
  }
  const rest = sliceSourced(from.name, from.start);
  if (rest.value.length === line.key.length && rest.copiedFrom) b.copied(line.key, rest.copiedFrom.src, rest.copiedFrom.offset);
  else b.at(line.key, from.name.span);
}
function spanOfKey(line) {
  return "name" in line.from ? line.from.name.span : line.from.span;
}

// src/containers/images/kafka-unknown.ts
var KAFKA_KEYS_READ = /* @__PURE__ */ new Set([
  "zookeeper.connect",
  "listeners",
  "advertised.listeners",
  "broker.id",
  "node.id",
  "process.roles",
  "controller.quorum.voters"
]);
function unknownKafkaValue(env, key, image) {
  if (!KAFKA_KEYS_READ.has(key)) return [];
  return [{ span: env.span, kind: "unknown", message: `${env.name.value} has no value hacheck can know, so the ${image} writes ${key} from a value not checked here` }];
}

// src/containers/images/bitnami-kafka.ts
var IMAGE4 = "Bitnami Kafka image";
var CONF_FILE2 = "/opt/bitnami/kafka/config/server.properties";
var MOUNTED_CONF = "/bitnami/kafka/config/server.properties";
var DATA_DIR2 = "/bitnami/kafka/data";
var UNIFIED_PREFIXES = ["zookeeper.", "group.initial", "broker.", "node.", "process.", "listeners=", "listener.", "controller.", "inter.broker", "advertised.listeners"];
var BASE_SETTINGS = [...KAFKA_SHIPPED_CONFIGS.find((c) => c.file === "config/server.properties" && c.releases === "3.3.0-3.9").settings].filter(
  ([key]) => key !== "log.dirs" && !UNIFIED_PREFIXES.some((p) => `${key}=`.startsWith(p))
);
var ALIASED_SUFFIXES = [
  "ADVERTISED_LISTENERS",
  "BROKER_ID",
  "NODE_ID",
  "CONTROLLER_QUORUM_VOTERS",
  "PROCESS_ROLES",
  "DEFAULT_REPLICATION_FACTOR",
  "DELETE_TOPIC_ENABLE",
  "INTER_BROKER_LISTENER_NAME",
  "LISTENERS",
  "LISTENER_SECURITY_PROTOCOL_MAP",
  "LOG_DIRS",
  "LOG_FLUSH_INTERVAL_MESSAGES",
  "LOG_FLUSH_INTERVAL_MS",
  "LOG_MESSAGE_FORMAT_VERSION",
  "LOG_RETENTION_BYTES",
  "LOG_RETENTION_CHECK_INTERVALS_MS",
  "LOG_RETENTION_HOURS",
  "LOG_SEGMENT_BYTES",
  "MESSAGE_MAX_BYTES",
  "NUM_IO_THREADS",
  "NUM_NETWORK_THREADS",
  "NUM_PARTITIONS",
  "NUM_RECOVERY_THREADS_PER_DATA_DIR",
  "OFFSETS_TOPIC_REPLICATION_FACTOR",
  "SOCKET_RECEIVE_BUFFER_BYTES",
  "SOCKET_REQUEST_MAX_BYTES",
  "SOCKET_SEND_BUFFER_BYTES",
  "SSL_ENDPOINT_IDENTIFICATION_ALGORITHM",
  "TRANSACTION_STATE_LOG_MIN_ISR",
  "TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
  "ZOOKEEPER_CONNECT",
  "ZOOKEEPER_CONNECTION_TIMEOUT_MS"
];
var RENAMED = {
  KAFKA_LOGS_DIRS: "KAFKA_CFG_LOG_DIRS",
  KAFKA_SEGMENT_BYTES: "KAFKA_CFG_LOG_SEGMENT_BYTES",
  KAFKA_MAX_MESSAGE_BYTES: "KAFKA_CFG_MESSAGE_MAX_BYTES",
  KAFKA_ZOOKEEPER_CONNECT_TIMEOUT_MS: "KAFKA_CFG_ZOOKEEPER_CONNECTION_TIMEOUT_MS",
  KAFKA_AUTO_CREATE_TOPICS_ENABLE: "KAFKA_CFG_AUTO_CREATE_TOPICS_ENABLE"
};
function cfgVariables(service) {
  const env = effectiveEnv(service);
  const out = /* @__PURE__ */ new Map();
  for (const [name, e] of env) if (name.startsWith("KAFKA_CFG_")) out.set(name, { env: e, start: "KAFKA_CFG_".length });
  for (const [original, alias] of Object.entries(RENAMED)) {
    const e = env.get(original);
    if (e) out.set(alias, { env: e, start: -1 });
  }
  for (const suffix of ALIASED_SUFFIXES) {
    const e = env.get(`KAFKA_${suffix}`);
    if (e) out.set(`KAFKA_CFG_${suffix}`, { env: e, start: "KAFKA_".length });
  }
  return out;
}
function bitnamiKafkaKey(variable) {
  if (variable === "KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET") return "zookeeper.clientCnxnSocket";
  const key = variable.slice("KAFKA_CFG_".length).replaceAll("_", ".").toLowerCase();
  return key.replaceAll("sasl.ssl", "sasl_ssl").replaceAll("sasl.plaintext", "sasl_plaintext");
}
function bitnamiKafkaTranslation(service, mounted) {
  const vars = cfgVariables(service);
  const notes = [];
  if (mounted(MOUNTED_CONF)) {
    for (const { env } of vars.values()) notes.push({ span: env.span, kind: "ignored", message: `${env.name.value} is ignored: the ${IMAGE4} uses the mounted ${MOUNTED_CONF} as it is` });
    return { files: [], notes };
  }
  const lines2 = new PropertyLines();
  const image = service.image?.span ?? service.span;
  for (const [key, value] of BASE_SETTINGS) lines2.set({ key, from: { span: image }, value: { value, span: image } });
  lines2.set({ key: "log.dirs", from: { span: service.span }, value: { value: DATA_DIR2, span: service.span } });
  for (const variable of [...vars.keys()].sort()) {
    const { env, start } = vars.get(variable);
    const key = bitnamiKafkaKey(variable);
    if (!env.value) {
      notes.push(...unknownKafkaValue(env, key, IMAGE4));
      lines2.delete(key);
      continue;
    }
    lines2.set({ key, from: start < 0 ? { span: env.name.span } : { name: env.name, start }, value: env.value });
  }
  return { files: [{ kind: "server.properties", text: lines2.build(service.file), image: IMAGE4, target: CONF_FILE2 }], notes };
}

// src/containers/images/confluent-kafka.ts
var IMAGE5 = "Confluent Kafka image";
var TARGET = "/etc/kafka/kafka.properties";
var EXCLUDED = /* @__PURE__ */ new Set([
  "KAFKA_VERSION",
  "KAFKA_HEAP_OPTS",
  "KAFKA_LOG4J_OPTS",
  "KAFKA_OPTS",
  "KAFKA_JMX_OPTS",
  "KAFKA_JVM_PERFORMANCE_OPTS",
  "KAFKA_GC_LOG_OPTS",
  "KAFKA_LOG4J_ROOT_LOGLEVEL",
  "KAFKA_LOG4J_LOGGERS",
  "KAFKA_TOOLS_LOG4J_LOGLEVEL"
]);
function confluentKafkaKey(rest) {
  const dotted = rest.replace(/[^_]_[^_]/g, (m) => m.replaceAll("_", "."));
  return dotted.replaceAll("___", "-").replaceAll("__", "_").toLowerCase();
}
function confluentKafkaTranslation(service) {
  const env = effectiveEnv(service);
  const notes = [];
  const lines2 = new PropertyLines();
  if (!env.has("KAFKA_LOG_DIRS")) lines2.set({ key: "log.dirs", from: { span: service.span }, value: { value: "/var/lib/kafka/data", span: service.span } });
  for (const [name, e] of env) {
    if (!name.startsWith("KAFKA_") || EXCLUDED.has(name)) continue;
    const key = confluentKafkaKey(name.slice("KAFKA_".length));
    if (!e.value) {
      notes.push(...unknownKafkaValue(e, key, IMAGE5));
      lines2.delete(key);
      continue;
    }
    lines2.set({ key, from: { name: e.name, start: "KAFKA_".length }, value: e.value });
  }
  return { files: [{ kind: "server.properties", text: lines2.sortedByKey().build(service.file), image: IMAGE5, target: TARGET }], notes };
}

// src/containers/images/wurstmeister-kafka.ts
var IMAGE6 = "wurstmeister Kafka image";
var SHIPPED = KAFKA_SHIPPED_CONFIGS.find((c) => c.file === "config/server.properties" && c.releases === "2.5.0-3.2.3").settings;
var TARGET2 = "/opt/kafka/config/server.properties";
var EXCLUDED2 = /* @__PURE__ */ new Set([
  "KAFKA_VERSION",
  "KAFKA_HOME",
  "KAFKA_DEBUG",
  "KAFKA_GC_LOG_OPTS",
  "KAFKA_HEAP_OPTS",
  "KAFKA_JMX_OPTS",
  "KAFKA_JVM_PERFORMANCE_OPTS",
  "KAFKA_LOG",
  "KAFKA_OPTS",
  "KAFKA_CREATE_TOPICS"
]);
var COMMANDS = ["HOSTNAME_COMMAND", "PORT_COMMAND"];
function wurstmeisterKafkaKey(variable) {
  return variable.slice("KAFKA_".length).toLowerCase().replaceAll("_", ".");
}
function substituted(e, env) {
  return COMMANDS.find((c) => env.has(c) && e.value?.value.includes(`_{${c}}`));
}
function wurstmeisterKafkaTranslation(service, mounted) {
  const env = effectiveEnv(service);
  const notes = [];
  const lines2 = new PropertyLines();
  const image = service.image?.span ?? service.span;
  if (!mounted(TARGET2)) for (const [key, value] of SHIPPED) lines2.set({ key, from: { span: image }, value: { value, span: image } });
  if (!env.has("KAFKA_LOG_DIRS")) {
    const host = service.hostname?.value ?? "<container id>";
    lines2.set({ key: "log.dirs", from: { span: image }, value: { value: `/kafka/kafka-logs-${host}`, span: image } });
  }
  const written2 = (key, e, why) => {
    notes.push({ span: e.span, kind: "unknown", message: `${why}, so the ${IMAGE6} writes ${key} from a value not checked here` });
    lines2.delete(key);
  };
  for (const [name, e] of env) {
    if (!name.startsWith("KAFKA_") || EXCLUDED2.has(name)) continue;
    const key = wurstmeisterKafkaKey(name);
    const command = substituted(e, env);
    if (command) written2(key, e, `${name} holds _{${command}}, replaced by the output of ${command}`);
    else if (!e.value) {
      notes.push(...unknownKafkaValue(e, key, IMAGE6));
      lines2.delete(key);
    } else lines2.set({ key, from: { name: e.name, start: "KAFKA_".length }, value: e.value });
  }
  if (!env.has("KAFKA_PORT")) lines2.set({ key: "port", from: { span: service.span }, value: { value: "9092", span: service.span } });
  if (!env.has("KAFKA_BROKER_ID")) {
    const command = env.get("BROKER_ID_COMMAND");
    if (command?.value?.value) written2("broker.id", command, "KAFKA_BROKER_ID is not set and BROKER_ID_COMMAND gives it");
    else lines2.set({ key: "broker.id", from: { span: service.span }, value: { value: "-1", span: service.span } });
  }
  const hostnameCommand = env.get("HOSTNAME_COMMAND");
  if (hostnameCommand?.value?.value && !env.get("KAFKA_LISTENERS")?.value?.value && !env.get("KAFKA_ADVERTISED_HOST_NAME")?.value?.value) {
    notes.push({ span: hostnameCommand.span, kind: "unknown", message: `with neither KAFKA_LISTENERS nor KAFKA_ADVERTISED_HOST_NAME, the ${IMAGE6} writes advertised.host.name from the output of HOSTNAME_COMMAND, not checked here` });
  }
  const mountedFile = mounted(TARGET2) ? { mountedFile: "extended" } : {};
  return { files: [{ kind: "server.properties", text: lines2.build(service.file), image: IMAGE6, target: TARGET2, ...mountedFile }], notes };
}

// src/containers/images/kafka-images.ts
var CONFLUENT = /* @__PURE__ */ new Set(["confluentinc/cp-kafka", "confluentinc/cp-server", "confluentinc/cp-enterprise-kafka"]);
function kafkaImageTranslation(service, mounted) {
  const repo = imageRepository(service);
  if (repo === void 0) return void 0;
  if (repo === "bitnami/kafka" || repo === "bitnamilegacy/kafka") return bitnamiKafkaTranslation(service, mounted);
  if (CONFLUENT.has(repo)) return confluentKafkaTranslation(service);
  if (repo === "wurstmeister/kafka") return wurstmeisterKafkaTranslation(service, mounted);
  return void 0;
}

// src/containers/images/hadoop-images.ts
var HADOOP_BDE_PREFIXES = Object.fromEntries(Object.entries(BDE_PREFIXES).filter(([p]) => p !== "HBASE_CONF_"));
var HBASE_BDE_PREFIXES = { HBASE_CONF_: "hbase-site.xml" };
var OTHER_IMAGE = /(^|\/)(zookeeper|cp-[a-z-]+|kafka[a-z-]*)$/;
function readerOf(repo) {
  if (repo === "apache/hadoop" || repo === "flokkr/hadoop") return "apache";
  if (repo?.startsWith("bde2020/hadoop-")) return "bde-hadoop";
  if (repo?.startsWith("bde2020/hbase")) return "bde-hbase";
  if (repo !== void 0 && OTHER_IMAGE.test(repo)) return void 0;
  return "any";
}
function siteKey(name, reader) {
  const apache = reader === "apache" || reader === "any" ? apacheSiteKey(name) : void 0;
  if (apache) return { key: apache, format: "apache/hadoop image" };
  const prefixes = reader === "bde-hadoop" ? HADOOP_BDE_PREFIXES : reader === "bde-hbase" ? HBASE_BDE_PREFIXES : reader === "any" ? BDE_PREFIXES : void 0;
  const bde = prefixes && bdeSiteKey(name, prefixes);
  return bde && { key: bde, format: "big-data-europe image" };
}
function targetOf(kind, format) {
  if (format === "apache/hadoop image") return `/opt/hadoop/etc/hadoop/${kind}`;
  return kind === "hbase-site.xml" ? `/etc/hbase/${kind}` : `/etc/hadoop/${kind}`;
}
function property(e, key, format) {
  if (!e.value) return void 0;
  const name = sliceSourced(e.name, key.start, key.start + key.length);
  const { start, end } = siteValueRange(e.value.value, format);
  return { name: { value: key.key, span: name.span }, value: located(sliceSourced(e.value, start, end)), final: false, span: e.span };
}
function hadoopImageTranslation(service, mounted) {
  const repo = imageRepository(service);
  const reader = readerOf(repo);
  if (!reader) return void 0;
  const byFile = /* @__PURE__ */ new Map();
  const notes = [];
  for (const [name, e] of effectiveEnv(service)) {
    const found = siteKey(name, reader);
    if (!found) continue;
    const target = targetOf(found.key.kind, found.format);
    const p = property(e, found.key, found.format);
    if (!p) notes.push({ span: e.span, kind: "unknown", message: `${name} has no value hacheck can know, so ${found.key.key} of ${found.key.kind} is written from a value not checked here` });
    const file = byFile.get(target) ?? { kind: found.key.kind, format: found.format, properties: [] };
    if (p) file.properties.push(p);
    byFile.set(target, file);
  }
  if (byFile.size === 0 && reader === "any") return void 0;
  const files = [];
  const ordered = [...byFile].sort(([, a], [, b]) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.format.localeCompare(b.format));
  for (const [target, { kind, format, properties: properties2 }] of ordered) {
    const image = format;
    if (!mounted(target)) {
      files.push({ kind, properties: properties2, image, target });
      continue;
    }
    const apache = format === "apache/hadoop image";
    files.push({ kind, properties: properties2, image, target, mountedFile: apache ? "replaced" : "extended" });
    if (apache) notes.push({ span: service.span, kind: "ignored", message: `the file mounted at ${target} is not used: the ${image} writes it anew from the ${kind.toUpperCase()}_ variables` });
  }
  return { files, notes };
}

// src/containers/images/start-gate.ts
var OFFICIAL_ZOOKEEPER = { entrypoint: "/docker-entrypoint.sh", cmd: "zkServer.sh start-foreground", needs: ["docker-entrypoint.sh"], script: "/docker-entrypoint.sh" };
var bitnami = (app) => ({
  entrypoint: `/opt/bitnami/scripts/${app}/entrypoint.sh`,
  cmd: `/opt/bitnami/scripts/${app}/run.sh`,
  needs: ["entrypoint.sh", "/run.sh"],
  script: `/opt/bitnami/scripts/${app}/entrypoint.sh with /opt/bitnami/scripts/${app}/run.sh`
});
var CONFLUENT2 = { entrypoint: "", cmd: "/etc/confluent/docker/run", needs: ["/etc/confluent/docker/run"], script: "/etc/confluent/docker/run" };
var WURSTMEISTER = { entrypoint: "", cmd: "start-kafka.sh", needs: ["start-kafka.sh"], script: "start-kafka.sh" };
var BDE = { entrypoint: "/entrypoint.sh", cmd: "/run.sh", needs: ["entrypoint.sh"], script: "/entrypoint.sh" };
function imageStart(repository) {
  if (repository === "zookeeper") return OFFICIAL_ZOOKEEPER;
  const b = /^bitnami(?:legacy)?\/(zookeeper|kafka)$/.exec(repository);
  if (b) return bitnami(b[1]);
  if (/^confluentinc\/cp-(?:zookeeper|kafka|server|enterprise-kafka)$/.test(repository)) return CONFLUENT2;
  if (repository === "wurstmeister/kafka") return WURSTMEISTER;
  if (repository.startsWith("bde2020/hadoop-")) return BDE;
  return void 0;
}
function skippedStart(service) {
  if (!service.image || !service.command && !service.entrypoint) return void 0;
  const start = imageStart(parseImageName(service.image.value).repository);
  if (!start) return void 0;
  const entrypoint = service.entrypoint?.words ?? start.entrypoint;
  const cmd = service.command?.words ?? (service.entrypoint ? "" : start.cmd);
  const runs = `${entrypoint} ${cmd}`;
  if (start.needs.every((n) => runs.includes(n))) return void 0;
  const lostEntrypoint = service.entrypoint !== void 0 && start.needs.some((n) => start.entrypoint.includes(n) && !service.entrypoint.words.includes(n));
  const by = lostEntrypoint || !service.command ? service.entrypoint : service.command;
  const key = by === service.entrypoint ? "entrypoint" : "command";
  return { by, message: `the ${key} replaces the image's ${start.script}, so the image writes no configuration from the environment` };
}

// src/containers/images/translate.ts
var IMAGE_PREFIXES = /^(?:ZOO_|ZOOKEEPER_|KAFKA_)/;
var CHECKED_VARIABLES = /^(?:ZOO_(?:MY_ID|SERVER_ID|SERVERS|PORT|PORT_NUMBER)|ZOOKEEPER_(?:SERVER_ID|SERVERS|CLIENT_PORT)|KAFKA_(?:CFG_[A-Z0-9_]+|BROKER_ID|NODE_ID|ZOOKEEPER_CONNECT|LISTENERS|ADVERTISED_LISTENERS|ADVERTISED_HOST_NAME|PROCESS_ROLES|CONTROLLER_QUORUM_VOTERS))$/;
var HADOOP_PREFIXES = /^(?:CORE|HDFS|YARN|HTTPFS|KMS|MAPRED)_CONF_/;
function writesOwnMyid(service) {
  return service.initContainers !== void 0 || [service.entrypoint, service.command].some((c) => c?.words.includes("myid"));
}
function translateImage(service, mounted) {
  const skipped = skippedStart(service);
  if (skipped) {
    const variable2 = service.env.find((e) => IMAGE_PREFIXES.test(e.name.value) || HADOOP_PREFIXES.test(e.name.value));
    return { files: [], notes: variable2 ? [{ span: variable2.span, kind: "ignored", message: `${variable2.name.value} is ignored: ${skipped.message}` }] : [] };
  }
  if (service.unreadEnvFile) return { files: [], notes: [] };
  const known = zookeeperImageTranslation(service, mounted) ?? kafkaImageTranslation(service, mounted) ?? hadoopImageTranslation(service, mounted);
  if (known) return writesOwnMyid(service) ? { ...known, files: known.files.filter((f) => f.kind !== "myid") } : known;
  const variable = service.env.find((e) => CHECKED_VARIABLES.test(e.name.value));
  if (!variable) return { files: [], notes: [] };
  const image = service.image ? `image "${service.image.value}"` : "an image built from source";
  return {
    files: [],
    notes: [{ span: variable.span, kind: "unknown", message: `${variable.name.value} is not read: hacheck does not know how the entrypoint of ${image} turns its environment into configuration files` }]
  };
}

// src/containers/project-files.ts
import { createHash as createHash4 } from "node:crypto";
import { posix as posix4 } from "node:path";
function targetOf2(mount, path) {
  if (mount.kind !== "tree") return void 0;
  if (path === mount.source) return mount.target;
  const folder = mount.source === "" || mount.source === "." ? "" : `${mount.source}/`;
  if (!path.startsWith(folder)) return void 0;
  return posix4.join(mount.target, path.slice(folder.length));
}
function hashOf(kind, content) {
  return createHash4("sha1").update("container\0").update(kind).update("\0").update(content).digest("hex");
}
function generatedFile(g, service) {
  if ("text" in g) return parseSource(g.text, g.kind, void 0, hashOf(g.kind, g.text.text));
  const content = g.properties.map((p) => `${p.name.value}\0${p.value?.value ?? ""}`).join("\n");
  const file = {
    path: service.file,
    host: void 0,
    hash: hashOf(g.kind, content),
    lineCount: 1,
    start: service.span,
    suppressions: [],
    kind: g.kind,
    xml: { properties: g.properties, problem: void 0 }
  };
  return file;
}
var SERVER_IMAGE = /zookeeper|kafka|hadoop|hbase/i;
function unseenServer(service, translation, seen) {
  const image = service.image;
  if (!image || !SERVER_IMAGE.test(image.value) || service.unreadEnvFile || translation.notes.length > 0 || translation.files.length > 0) return void 0;
  if (seen.some((s) => s.service === service) || skippedStart(service)) return void 0;
  return { span: image.span, kind: "unknown", message: `${service.name.value} gets no configuration file hacheck reads: how image "${image.value}" writes its configuration is not known here` };
}
var STARTED_KINDS = /* @__PURE__ */ new Set(["zoo.cfg", "server.properties"]);
function startedWithOther(service, kind, target) {
  if (!STARTED_KINDS.has(kind)) return void 0;
  const words = [service.entrypoint?.words, service.command?.words].filter((w) => w !== void 0).join(" ");
  const named = words.match(/\/[^\s'"]+\.(?:properties|cfg)\b/g);
  if (!named || named.includes(target)) return void 0;
  return named[0];
}
function unusedMounts(skipped, used) {
  const read = new Set(used.map((f) => f.path));
  const out = /* @__PURE__ */ new Map();
  for (const s of skipped) {
    if (read.has(s.path) || out.has(s.path)) continue;
    out.set(s.path, { path: s.path, reason: `mounted, but the command of ${s.service} starts ${s.starts}` });
  }
  return [...out.values()];
}
function extended(mounted, added) {
  const hash = createHash4("sha1").update(mounted.hash).update("\0").update(added.hash).digest("hex");
  if ("xml" in mounted && "xml" in added) return { ...mounted, hash, xml: { ...mounted.xml, properties: [...mounted.xml.properties, ...added.xml.properties] } };
  if (mounted.kind === "server.properties" && added.kind === "server.properties") return { ...mounted, hash, kafka: { entries: [...mounted.kafka.entries, ...added.kafka.entries] } };
  return added;
}
function inlineConfig(inline) {
  const candidate = configFileCandidate(posix4.basename(inline.target));
  if (!candidate || holdsTemplateSyntax(inline.text.text)) return void 0;
  const file = parseSource(inline.text, candidate.kind, void 0, hashOf(candidate.kind, inline.text.text));
  if (candidate.check === "kafka-broker" && file.kind === "server.properties" && !isBrokerConfig(file.kafka)) return void 0;
  if (candidate.check === "zookeeper-server" && file.kind === "zoo.cfg" && !isZookeeperServerConfig(file.zoo)) return void 0;
  return file;
}
function projectFiles(project2, tree, translate, unattached = []) {
  const name = project2.files.join(" + ");
  const definitions = new Set(project2.files);
  const consumed = /* @__PURE__ */ new Set();
  const notes = [...project2.problems];
  const seen = [];
  const skipped = [];
  for (const service of project2.services) {
    const provided = /* @__PURE__ */ new Set();
    for (const mount of service.mounts) {
      if (mount.kind === "tree") {
        for (const file of tree) {
          const target = targetOf2(mount, file.path);
          if (target === void 0) continue;
          consumed.add(file.path);
          provided.add(target);
          const other = startedWithOther(service, file.kind, target);
          if (other) skipped.push({ path: file.path, service: service.name.value, starts: other });
          else seen.push({ service, file, origin: { target, via: "mount" } });
        }
      } else if (mount.kind === "inline") {
        for (const inline of mount.files) {
          provided.add(inline.target);
          const file = inlineConfig(inline);
          if (!file) continue;
          seen.push({ service, file, origin: { target: inline.target, via: "inline" } });
        }
      }
    }
    for (const env of service.env) if (!definitions.has(env.span.file)) consumed.add(env.span.file);
    const external = service.mounts.filter((m) => m.kind === "opaque" && m.external).map((m) => m.target);
    const mounted = (p) => provided.has(p) || external.some((t) => p === t || p.startsWith(`${t}/`));
    const translation = translate(service, mounted);
    for (const note of translation.notes) notes.push(note);
    const unseen = unseenServer(service, translation, seen);
    if (unseen) notes.push(unseen);
    for (const g of translation.files) {
      let file = generatedFile(g, service);
      if (g.mountedFile) {
        const at2 = seen.findIndex((s) => s.service === service && s.origin.via === "mount" && s.origin.target === g.target);
        if (at2 >= 0) {
          if (g.mountedFile === "extended") file = extended(seen[at2].file, file);
          seen.splice(at2, 1);
        }
      }
      seen.push({ service, file, origin: { target: g.target, via: "environment", image: g.image } });
    }
  }
  const shared = unattached.flatMap((cm) => unattachedFiles(cm, translate, notes));
  const hostOfService = hostNames(project2.services, [...seen.map((s) => s.file), ...shared]);
  const files = seen.map(({ service, file, origin }) => {
    const host = hostOfService.get(service.name.value);
    return inContainer(file, host, { project: name, service: service.name.value, ...origin });
  });
  for (const f of shared) files.push(f);
  const hosts = /* @__PURE__ */ new Map();
  for (const service of project2.services) hosts.set(hostOfService.get(service.name.value), containerHost(name, service));
  return { name, files, consumed, notes, hosts, unused: unusedMounts(skipped, files) };
}
function unattachedFiles(cm, translate, notes) {
  const out = [];
  for (const inline of cm.files) {
    const file = inlineConfig(inline);
    if (file) out.push(file);
  }
  if (cm.env.length === 0) return out;
  const service = {
    file: cm.span.file,
    name: cm.name,
    names: [],
    hostname: void 0,
    image: void 0,
    env: cm.env,
    mounts: [],
    ports: [],
    extraHosts: [],
    hostNetwork: false,
    replicas: void 0,
    span: cm.span
  };
  const translation = translate(service, () => false);
  for (const note of translation.notes) notes.push(note);
  const sites = translation.files.filter((g) => "properties" in g);
  const kinds = sites.map((g) => g.kind);
  for (const g of sites) {
    const file = generatedFile(g, service);
    out.push({ ...file, fromEnv: { formats: ["apache/hadoop image"], kinds } });
  }
  return out;
}
function containerHost(project2, service) {
  return {
    project: project2,
    service: service.name.value,
    names: service.names.map(located),
    published: service.ports,
    extraHosts: service.extraHosts.map((h) => located(h.name)),
    hostNetwork: service.hostNetwork,
    replicas: service.replicas,
    image: service.image ? located(service.image) : void 0,
    podDomains: (service.podDomains ?? []).map((d) => d.toLowerCase())
  };
}
function hostNames(services, files) {
  const named = namedHosts(files);
  const out = /* @__PURE__ */ new Map();
  for (const s of services) {
    const used = s.names.find((n) => named.has(hostKey(n.value)));
    out.set(s.name.value, used?.value ?? s.name.value);
  }
  return out;
}

// src/containers/read-projects.ts
function isContainerDefinition(f) {
  return f.check === "compose" || f.check === "kubernetes";
}
function folderOf2(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function groupByFolder(files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) {
    const key = folderOf2(f.path);
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  }
  return out;
}
async function readContainerProjects(found, tree, options) {
  const definitions = found.filter(isContainerDefinition);
  if (definitions.length === 0) return { projects: [], setAside: [] };
  const realRoot = realpathSync3(options.root);
  const setAside = [];
  const sources = /* @__PURE__ */ new Map();
  const readText = (path) => {
    let real;
    try {
      real = realpathSync3(resolve2(realRoot, path));
    } catch {
      return void 0;
    }
    if (!insideTree(realRoot, real)) return void 0;
    const read = readRegularFile(real, options.maxFileSize);
    if (!read.ok) return void 0;
    const text = decodeUtf8(read.bytes);
    if (text.includes("\0")) return void 0;
    const src = new SourceText(path, text);
    sources.set(path, { lineCount: src.lineCount, hash: createHash5("sha1").update("definition\0").update(text).digest("hex"), suppressions: scanSuppressions(src, "hash") });
    return text;
  };
  const texts = (files) => files.flatMap((f) => {
    const text = readText(f.path);
    if (text === void 0) {
      setAside.push({ path: f.path, reason: "cannot be read: not a readable UTF-8 text file" });
      return [];
    }
    return [{ path: f.path, text }];
  });
  const projects = [];
  for (const [, files] of groupByFolder(definitions.filter((f) => f.check === "compose"))) {
    const read = /* @__PURE__ */ new Set();
    const readFile = (path) => {
      const text = readText(path);
      if (text !== void 0) read.add(path);
      return text;
    };
    for (const project2 of composeProjects(texts(files), readFile)) projects.push({ project: project2, read, unattached: [] });
  }
  for (const [, files] of groupByFolder(definitions.filter((f) => f.check === "kubernetes"))) {
    const manifests = texts(files);
    const project2 = kubernetesProject(manifests);
    for (const path of project2.templates) setAside.push({ path, reason: "template" });
    if (project2.services.length > 0 || project2.unattached.length > 0 || project2.problems.length > 0) projects.push({ project: project2, read: /* @__PURE__ */ new Set(), unattached: project2.unattached });
  }
  const extra = await mountedUnrecognised(projects.map((p) => p.project), tree, realRoot, options.maxFileSize);
  const all = [...tree, ...extra];
  return {
    projects: projects.map(({ project: project2, read, unattached }) => {
      const files = projectFiles(project2, all, translateImage, unattached);
      const paths = /* @__PURE__ */ new Set([...project2.files, ...read, ...files.consumed]);
      const root = folderOf2(project2.files[0]);
      const definitions2 = definitionsOf(project2, read, (path) => sources.get(path) ?? { lineCount: 1, hash: path, suppressions: [] }).map((d) => {
        const shared = files.files.filter((f) => f.path === d.path && f.host === void 0).map((f) => f.kind);
        return shared.length > 0 ? { ...d, use: { ...d.use, shared } } : d;
      });
      for (const u of files.unused) setAside.push(u);
      return { part: { name: files.name, root, units: [] }, paths, files: files.files, notes: files.notes, hosts: files.hosts, definitions: definitions2 };
    }),
    setAside
  };
}
function definitionsOf(project2, read, source) {
  const all = project2.services.map((s) => s.name.value);
  const role = project2.kind === "compose" ? "compose file" : "Kubernetes manifests";
  const out = project2.files.map((path) => ({ path, use: { role, services: all }, ...source(path) }));
  for (const path of read) {
    if (project2.files.includes(path)) continue;
    const services = project2.services.filter((s) => s.env.some((e) => e.span.file === path)).map((s) => s.name.value);
    out.push({ path, use: { role: services.length > 0 ? "env file" : "Compose variables", services }, ...source(path) });
  }
  return out;
}
async function mountedUnrecognised(projects, tree, realRoot, maxFileSize) {
  const known = new Set(tree.map((f) => f.path));
  const wanted = /* @__PURE__ */ new Map();
  for (const project2 of projects) {
    for (const service of project2.services) {
      for (const mount of service.mounts) {
        if (mount.kind !== "tree" || known.has(mount.source) || wanted.has(mount.source)) continue;
        const candidate = configFileCandidate(posix5.basename(mount.target));
        if (!candidate) continue;
        let source;
        try {
          source = realpathSync3(resolve2(realRoot, mount.source));
        } catch {
          continue;
        }
        if (!insideTree(realRoot, source) || !statSync2(source).isFile()) continue;
        wanted.set(mount.source, { path: mount.source, kind: candidate.kind, source, ...candidate.check ? { check: candidate.check } : {} });
      }
    }
  }
  if (wanted.size === 0) return [];
  const read = await loadFiles([...wanted.values()], { maxFileSize, realRoot });
  return read.files;
}

// src/containers/container-myid.ts
import { posix as posix6 } from "node:path";
function containerMyid(myids, zoo) {
  const dataDir = zoo ? zooValue(zoo.zoo, "dataDir")?.value.value : void 0;
  if (!dataDir) return void 0;
  const expected = posix6.join(dataDir, "myid");
  return myids.find((m) => m.container !== void 0 && posix6.normalize(m.container.target) === expected);
}

// src/model/build.ts
var SERVER_OF_HOST = new HostIndex((s) => s.addresses.map((a) => a.host.value));
function firstOfKind(files) {
  const out = {};
  for (const f of files) out[f.kind] ??= f;
  return out;
}
function groupByKey(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
function groupBy(items, key) {
  return [...groupByKey(items, key).values()];
}
async function buildCluster(root, options = {}) {
  return mergeClusters(await buildClusters(root, options));
}
async function buildClusters(root, options = {}) {
  const found = onlyTracked(options.tracked, await discover(root, options.ignore ? { ignore: options.ignore } : {}));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = await loadFiles(found.files.filter((f) => !isContainerDefinition(f)), { maxFileSize, realRoot: realpathSync4(root) });
  const runtime = runtimeFiles(found.files.filter((f) => f.runtime).map((f) => f.path), read.files);
  const kraftSamples = kraftSamplesBesideZookeeperMode(read.files);
  const samplePaths = new Set(kraftSamples.map((k) => k.path));
  const loaded = read.files.filter((f) => !runtime.has(f.path) && !samplePaths.has(f.path));
  const setAside = [...found.setAside, ...read.setAside, ...[...runtime].map((path) => ({ path, reason: "runtime file" })), ...kraftSamples];
  const containers = await readContainerProjects(found.files, loaded, { root, maxFileSize });
  const taken = new Set(containers.projects.flatMap((p) => [...p.paths]));
  const plain = loaded.filter((f) => !taken.has(f.path));
  const projectOf = (path) => containers.projects.findIndex((p) => p.paths.has(path));
  const partition = partitionClusters(plain, Object.values(options.hosts ?? {}));
  const keepPlain = plain.length > 0 || containers.projects.length === 0;
  const plainCount = keepPlain ? partition.parts.length : 0;
  const partOf2 = (path) => {
    const project2 = projectOf(path);
    if (project2 >= 0) return plainCount + project2;
    return keepPlain ? partition.partOf(path) : 0;
  };
  const mine = (items, i) => items.filter((x) => partOf2(x.path) === i);
  const parts = [...keepPlain ? partition.parts : [], ...containers.projects.map((p) => p.part)];
  const allSetAside = [...setAside, ...containers.setAside];
  return parts.map(
    (part, i) => modelCluster(part, {
      files: i < plainCount ? mine(plain, i) : containers.projects[i - plainCount].files,
      setAside: mine(allSetAside, i),
      unreadable: [...mine(found.unreadable, i), ...mine(read.failures, i)],
      skipped: mine(found.skipped, i),
      unchecked: mine(read.unchecked, i),
      parseFailures: mine(read.parseFailures, i),
      hosts: i < plainCount ? Object.fromEntries(Object.entries(options.hosts ?? {}).filter(([, folder]) => partition.partOf(`${folder}/`) === i)) : {},
      versions: options.versions,
      maxFileSize,
      containerNotes: i < plainCount ? [] : containers.projects[i - plainCount].notes,
      containerHosts: i < plainCount ? /* @__PURE__ */ new Map() : containers.projects[i - plainCount].hosts,
      definitions: i < plainCount ? [] : containers.projects[i - plainCount].definitions
    })
  );
}
function modelCluster(part, input) {
  const options = input;
  const loaded = { files: input.files };
  const setAside = [...input.setAside];
  const names = namedHosts(loaded.files);
  const containerOf = input.containerHosts;
  for (const host of containerOf.keys()) names.set(hostKey(host), host);
  const configured = Object.entries(options.hosts ?? {}).map(([host, folder]) => ({ key: hostKey(host), host, folder })).sort((a, b) => b.folder.length - a.folder.length);
  const folderOf3 = /* @__PURE__ */ new Map();
  for (const c of configured) {
    if (!names.has(c.key)) names.set(c.key, c.host);
    folderOf3.set(c.key, c.folder);
  }
  const configuredKeys = new Set(configured.map((c) => c.key));
  const configuredFolders = new Set(configured.map((c) => c.folder));
  const addressHost = hostOfAddress2(loaded.files, names);
  const hostOfFolder = /* @__PURE__ */ new Map();
  const claim = (folder, key) => {
    if (configuredKeys.has(key) || configuredFolders.has(folder)) return;
    const previous = folderOf3.get(key);
    if (previous !== void 0) hostOfFolder.delete(previous);
    folderOf3.set(key, folder);
    hostOfFolder.set(folder, key);
  };
  const byName = /* @__PURE__ */ new Map();
  const byAddress = /* @__PURE__ */ new Map();
  for (const f of loaded.files) {
    if (f.container || configured.some((c) => f.path.startsWith(`${c.folder}/`))) continue;
    const segments2 = f.path.split("/").slice(0, -1);
    for (let i = 0; i < segments2.length; i++) {
      const name = segments2[i];
      const folder = segments2.slice(0, i + 1).join("/");
      if (names.has(hostKey(name))) {
        if (isReleaseFolder(name)) continue;
        if (!byName.has(folder)) byName.set(folder, hostKey(name));
        break;
      }
      const key = addressHost.get(name.toLowerCase());
      if (key !== void 0) {
        if (!byAddress.has(folder)) byAddress.set(folder, key);
        break;
      }
    }
  }
  for (const [folder, key] of byName) claim(folder, key);
  for (const [folder, key] of byAddress) if (!folderOf3.has(key)) claim(folder, key);
  const matchOf = (key) => {
    const folder = folderOf3.get(key);
    if (folder === void 0) return void 0;
    return configuredKeys.has(key) ? "configured" : byName.get(folder) === key ? "name" : "address";
  };
  const folderOfHost = (host) => folderOf3.get(hostKey(host));
  const hostOfPath = (path) => {
    const c = configured.find((x) => path.startsWith(`${x.folder}/`));
    if (c) return names.get(c.key);
    for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", slash + 1)) {
      const key = hostOfFolder.get(path.slice(0, slash));
      if (key !== void 0) return names.get(key);
    }
    return void 0;
  };
  const inRoot = (path) => part.root === "" ? path : path.slice(part.root.length + 1);
  const unmatchedFolders = unmatchedHostFolders(
    loaded.files.map((f) => f.path).filter((p) => hostOfPath(p) === void 0 && (part.root === "" || p.startsWith(`${part.root}/`))).map(inRoot),
    new Set([...hostOfFolder.keys(), ...configured.map((c) => c.folder)].map(inRoot).map((f) => f.split("/")[0])),
    isReleaseFolder
  ).map((f) => part.root === "" ? f : `${part.root}/${f}`);
  const files = loaded.files.flatMap((f) => {
    if (f.container) return [f];
    const host = hostOfPath(f.path);
    if (f.kind === "hosts" && (host === void 0 || f.path !== `${folderOfHost(host)}/etc/hosts`)) {
      setAside.push({ path: f.path, reason: "not in a host folder" });
      return [];
    }
    return [host === void 0 ? f : withHost(f, host)];
  });
  files.sort(byPath);
  const shared = firstOfKind(files.filter((f) => f.host === void 0));
  const competing = competingCopies(files.filter((f) => f.host === void 0), shared, void 0);
  const filesOfHost = groupByKey(files.filter((f) => f.host !== void 0), (f) => f.host);
  const drafts = [...names.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([key, name]) => ({
    name,
    folder: folderOf3.get(key),
    folderMatch: matchOf(key),
    files: { ...shared, ...firstOfKind(filesOfHost.get(name) ?? []) }
  }));
  for (const [host, own] of filesOfHost) for (const c of competingCopies(own, firstOfKind(own), host)) competing.push(c);
  const images = [...containerOf.values()].flatMap((c) => c.image ? [c.image] : []);
  const hadoopVersion = options.versions?.hadoop ? configuredVersion("Hadoop", options.versions.hadoop) : detectHadoopVersion(files, images);
  const zookeeperVersion = options.versions?.zookeeper ? configuredVersion("ZooKeeper", options.versions.zookeeper) : detectZookeeperVersion(files, images);
  const xmlPair = (d) => [d.files["core-site.xml"], d.files["hdfs-site.xml"]].filter((f) => f !== void 0);
  const candidates = [
    ...drafts.map((d) => ({ host: d.name, pair: xmlPair(d) })),
    { host: void 0, pair: xmlPair({ files: shared }) }
  ].filter((c) => c.pair.length > 0);
  const confGroups = groupBy(candidates, (c) => c.pair.map((f) => f.hash).join("|"));
  const confs = confGroups.map((group) => {
    const rep = [...group].sort((a, b) => byPath(a.pair[0], b.pair[0]))[0];
    const hosts2 = group.flatMap((c) => c.host === void 0 ? [] : [c.host]);
    const base = buildConf(rep.pair, hosts2, hadoopVersion);
    return { ...base, hdfs: hdfsTopology(base, hadoopVersion) };
  }).sort((a, b) => b.hosts.length - a.hosts.length || byPath(a.files[0], b.files[0]));
  const confOfHost = /* @__PURE__ */ new Map();
  for (const c of confs) for (const h of c.hosts) confOfHost.set(h, c);
  const yarnConfs = buildYarnConfs([...drafts.map((d) => ({ host: d.name, files: d.files })), { host: void 0, files: shared }], hadoopVersion, byPath);
  const zooFiles = files.filter((f) => f.kind === "zoo.cfg");
  const zooUsers = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    const z = d.files["zoo.cfg"];
    if (z) zooUsers.set(z.hash, (zooUsers.get(z.hash) ?? 0) + 1);
  }
  const zooConfigs = groupBy(zooFiles, (f) => f.hash).map((g) => ({ rep: g[0], users: zooUsers.get(g[0].hash) ?? 0 })).sort((a, b) => b.users - a.users || byPath(a.rep, b.rep)).map((g) => g.rep);
  const workers = pickWorkers(files, hadoopVersion.major);
  const anyMyidAtDataDir = drafts.some((d) => {
    const zoo = d.files["zoo.cfg"];
    return d.folder !== void 0 && zoo !== void 0 && (filesOfHost.get(d.name) ?? []).some((f) => f.kind === "myid" && isExpectedMyid(f.path, d.folder, zoo));
  });
  const hosts = drafts.map((d) => {
    const conf = confOfHost.get(d.name);
    const zoo = d.files["zoo.cfg"];
    const container = containerOf.get(d.name);
    const zooServer = zoo ? SERVER_OF_HOST.first(zoo.zoo.servers, d.name) ?? (d.folder !== void 0 || container ? ownWildcardLine(zoo.zoo.servers) : void 0) : void 0;
    const yarn = yarnConfs.ofHost.get(d.name);
    const placement = placeDaemons({ host: d.name, conf, zoo, zooServer, workers, hadoop: hadoopVersion, zookeeper: zookeeperVersion, yarn });
    const myids = (filesOfHost.get(d.name) ?? []).filter((f) => f.kind === "myid");
    const found = d.folder && zoo ? myids.find((f) => isExpectedMyid(f.path, d.folder, zoo)) : void 0;
    const myid2 = container ? containerMyid(myids, zoo) : found ?? (d.folder && zoo && !anyMyidAtDataDir ? mountedMyid(filesOfHost.get(d.name) ?? [], zoo, d.name) : void 0);
    const time = d.files["ntp.conf"] ?? d.files["chrony.conf"];
    return {
      name: d.name,
      container,
      folder: d.folder,
      folderMatch: d.folderMatch,
      roles: placement.roles,
      files: d.files,
      conf,
      zoo,
      zooServer,
      myid: myid2,
      strayMyids: zoo ? myids.filter((f) => f !== myid2) : [],
      time: time && (time.kind === "ntp.conf" || time.kind === "chrony.conf") ? time : void 0,
      ports: placement.ports,
      etcHosts: d.files.hosts?.kind === "hosts" ? d.files.hosts : void 0,
      yarn
    };
  });
  const hbaseGroups = groupByKey(
    [...drafts.map((d) => ({ host: d.name, file: d.files["hbase-site.xml"] })), { host: void 0, file: shared["hbase-site.xml"] }].filter((c) => c.file?.kind === "hbase-site.xml"),
    (c) => c.file.hash
  );
  const hbaseConfs = [...hbaseGroups.values()].map((group) => {
    const file = [...group].sort((a, b) => byPath(a.file, b.file))[0].file;
    const hosts2 = group.flatMap((c) => c.host === void 0 ? [] : [c.host]);
    const { definitions, effective } = buildConf([file], hosts2, hadoopVersion);
    return { file, hosts: hosts2, definitions, effective };
  }).sort((a, b) => byPath(a.file, b.file));
  const distinct = groupBy(files, (f) => f.hash).map((g) => g[0]);
  const unreadable = [...input.unreadable].sort(byPath);
  const unchecked = input.unchecked.map((u) => ({ ...u, host: hostOfPath(u.path) }));
  const cluster = {
    name: part.name,
    files,
    distinctFiles: distinct.sort(byPath),
    hosts,
    confs,
    yarnConfs: yarnConfs.confs,
    zooConfigs,
    hbaseConfs,
    hadoopVersion,
    zookeeperVersion,
    workers,
    hasHostFolders: folderOf3.size > 0 || containerOf.size > 0,
    containerNotes: [...input.containerNotes, ...unseenMyids(hosts)],
    definitions: input.definitions,
    unmatchedFolders,
    unreadable,
    unchecked,
    competingCopies: competing,
    parseFailures: input.parseFailures,
    maxFileSize: input.maxFileSize,
    skipped: input.skipped,
    plan: planOf({ files, setAside, unreadable, unchecked, parseFailures: input.parseFailures, hosts, competing, definitions: input.definitions })
  };
  return cluster;
}
function unseenMyids(hosts) {
  return hosts.flatMap((h) => {
    if (!h.container || !h.zoo || h.myid || h.strayMyids.length > 0 || h.zoo.zoo.servers.length < 2 || !h.zooServer) return [];
    const span = h.container.names[0]?.span ?? h.zoo.start;
    return [{ span, kind: "unknown", message: `no myid reaches ${h.name} from its definition, so it is written when the container starts (by its command or an init container) and is not checked here` }];
  });
}
function runtimeFiles(paths, files) {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  const named = files.some((f) => f.kind === "zoo.cfg" && posix7.basename(zooValue(f.zoo, "dynamicConfigFile")?.value.value ?? "") === RUNTIME_DYNAMIC_FILE);
  return new Set(named ? [] : paths);
}
function pickWorkers(files, major) {
  const lists = files.filter((f) => f.kind === "workers" || f.kind === "slaves");
  const workers = lists.find((f) => f.kind === "workers");
  const slaves = lists.find((f) => f.kind === "slaves");
  return major >= 3 ? workers ?? slaves : slaves;
}

export {
  candidateAt,
  SourceText,
  GlobSyntaxError,
  compileIgnoreGlob,
  insideTree,
  fileTypeOf,
  namedHosts,
  mergeClusters,
  buildCluster,
  buildClusters
};
