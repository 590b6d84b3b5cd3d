#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  candidateAt,
  candidateOf,
  insideTree,
  isContainerDefinition,
  kindAt,
  loadFiles,
  namedHosts
} from "./chunk-RPQB2CLD.mjs";
import {
  HostIndex,
  buildConf,
  buildYarnConfs,
  configuredVersion,
  detectHadoopVersion,
  detectZookeeperVersion,
  hdfsTopology,
  isExpectedMyid,
  mountedMyid,
  ownWildcardLine,
  placeDaemons
} from "./chunk-IS4D2FKK.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  connectChroot,
  connectEntryTexts,
  hostKey,
  isIpAddress,
  isWildcard,
  kafkaValue,
  originalOf,
  readFailure,
  withHost,
  zooValue
} from "./chunk-25WR7BUC.mjs";

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
import { realpathSync as realpathSync2 } from "node:fs";
import { posix as posix3 } from "node:path";

// src/discover.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { isUtf8 as isUtf82 } from "node:buffer";
import { dirname, join as join2, relative, resolve, sep } from "node:path";

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
  const at = parts.findIndex((p, i) => i < parts.length - 1 && TOP_LEVEL_FOLDERS.has(p));
  return at < 0 ? void 0 : parts.slice(0, at).join("/");
}
function segments(path) {
  return path.split("/").filter((s) => s !== "" && s !== ".");
}
function indexLinks(links) {
  const top = { children: /* @__PURE__ */ new Map() };
  for (const link of links) {
    let node = top;
    for (const segment of segments(link.path)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, child = { children: /* @__PURE__ */ new Map() });
      node = child;
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
  const targetOf = (link) => {
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
      const target = targetOf(link);
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
        const where = relative(realRoot, target).split(sep).join("/") || ".";
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

// src/model/host-folders.ts
function hostOfAddress(files, names) {
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
import { posix } from "node:path";
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
    if (posix.basename(f.path) !== posix.basename(winner.path) || separateInstances(f, winner) || sameHosts(f, winner)) continue;
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
  for (const { folder, zoo, myid } of parts.hosts) {
    if (folder && zoo && myid && !isExpectedMyid(myid.path, folder, zoo)) out.add(myid.path);
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
function join3(dir, name) {
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
  const byAddress = hostOfAddress(files, names);
  const isHostName = (name, path) => ctx.configured.has(path) || !isReleaseFolder(name) && (names.has(hostKey(name)) || byAddress.has(name.toLowerCase()));
  if (byUnit.size === 1 && !byUnit.has("")) {
    const child = [...byUnit.keys()][0];
    return isHostName(child, join3(dir, child)) ? [whole] : split(join3(dir, child), files, ctx, named);
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
  const path = key === "" ? dir : join3(dir, key);
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
      let at = path;
      for (const s of segments2) {
        at = join3(at, s);
        if (isHostName(s, at)) {
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

// src/containers/container-myid.ts
import { posix as posix2 } from "node:path";
function containerMyid(myids, zoo) {
  const dataDir = zoo ? zooValue(zoo.zoo, "dataDir")?.value.value : void 0;
  if (!dataDir) return void 0;
  const expected = posix2.join(dataDir, "myid");
  return myids.find((m) => m.container !== void 0 && posix2.normalize(m.container.target) === expected);
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
  const read = await loadFiles(found.files.filter((f) => !isContainerDefinition(f)), { maxFileSize, realRoot: realpathSync2(root) });
  const runtime = runtimeFiles(found.files.filter((f) => f.runtime).map((f) => f.path), read.files);
  const kraftSamples = kraftSamplesBesideZookeeperMode(read.files);
  const samplePaths = new Set(kraftSamples.map((k) => k.path));
  const loaded = read.files.filter((f) => !runtime.has(f.path) && !samplePaths.has(f.path));
  const setAside = [...found.setAside, ...read.setAside, ...[...runtime].map((path) => ({ path, reason: "runtime file" })), ...kraftSamples];
  const containers = found.files.some(isContainerDefinition) ? await (await import("./read-projects-33CI4TOD.mjs")).readContainerProjects(found.files, loaded, { root, maxFileSize }) : { projects: [], setAside: [] };
  const taken = new Set(containers.projects.flatMap((p) => [...p.paths]));
  const plain = loaded.filter((f) => !taken.has(f.path));
  const projectOf = (path) => containers.projects.findIndex((p) => p.paths.has(path));
  const partition = partitionClusters(plain, Object.values(options.hosts ?? {}));
  const keepPlain = plain.length > 0 || containers.projects.length === 0;
  const plainCount = keepPlain ? partition.parts.length : 0;
  const partOf2 = (path) => {
    const project = projectOf(path);
    if (project >= 0) return plainCount + project;
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
  const folderOf = /* @__PURE__ */ new Map();
  for (const c of configured) {
    if (!names.has(c.key)) names.set(c.key, c.host);
    folderOf.set(c.key, c.folder);
  }
  const configuredKeys = new Set(configured.map((c) => c.key));
  const configuredFolders = new Set(configured.map((c) => c.folder));
  const addressHost = hostOfAddress(loaded.files, names);
  const hostOfFolder = /* @__PURE__ */ new Map();
  const claim = (folder, key) => {
    if (configuredKeys.has(key) || configuredFolders.has(folder)) return;
    const previous = folderOf.get(key);
    if (previous !== void 0) hostOfFolder.delete(previous);
    folderOf.set(key, folder);
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
  for (const [folder, key] of byAddress) if (!folderOf.has(key)) claim(folder, key);
  const matchOf = (key) => {
    const folder = folderOf.get(key);
    if (folder === void 0) return void 0;
    return configuredKeys.has(key) ? "configured" : byName.get(folder) === key ? "name" : "address";
  };
  const folderOfHost = (host) => folderOf.get(hostKey(host));
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
    folder: folderOf.get(key),
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
    return { files: base.files, hosts: base.hosts, definitions: base.definitions, effective: base.effective, hdfs: hdfsTopology(base, hadoopVersion) };
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
    const myid = container ? containerMyid(myids, zoo) : found ?? (d.folder && zoo && !anyMyidAtDataDir ? mountedMyid(filesOfHost.get(d.name) ?? [], zoo, d.name) : void 0);
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
      myid,
      strayMyids: zoo ? myids.filter((f) => f !== myid) : [],
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
    hasHostFolders: folderOf.size > 0 || containerOf.size > 0,
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
  const named = files.some((f) => f.kind === "zoo.cfg" && posix3.basename(zooValue(f.zoo, "dynamicConfigFile")?.value.value ?? "") === RUNTIME_DYNAMIC_FILE);
  return new Set(named ? [] : paths);
}
function pickWorkers(files, major) {
  const lists = files.filter((f) => f.kind === "workers" || f.kind === "slaves");
  const workers = lists.find((f) => f.kind === "workers");
  const slaves = lists.find((f) => f.kind === "slaves");
  return major >= 3 ? workers ?? slaves : slaves;
}

export {
  GlobSyntaxError,
  compileIgnoreGlob,
  fileTypeOf,
  mergeClusters,
  buildCluster,
  buildClusters
};
