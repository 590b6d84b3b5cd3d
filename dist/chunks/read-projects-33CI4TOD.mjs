#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_YAML_ALIASES,
  require_dist
} from "./chunk-YXQW3XGU.mjs";
import {
  BDE_PREFIXES,
  KIND_ORDER,
  SourceText,
  apacheSiteKey,
  bdeSiteKey,
  candidateOf,
  decodeUtf8,
  insideTree,
  isContainerDefinition,
  loadFiles,
  namedHosts,
  parseEnvLines,
  parseSource,
  scanSuppressions,
  siteValueRange
} from "./chunk-RPQB2CLD.mjs";
import {
  KAFKA_SHIPPED_CONFIGS,
  holdsTemplateSyntax,
  hostKey,
  imageRepository,
  inContainer,
  isBrokerConfig,
  isZookeeperServerConfig,
  parseImageName,
  readRegularFile
} from "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import {
  __toESM
} from "./chunk-UTASCUZQ.mjs";

// src/containers/read-projects.ts
import { createHash as createHash2 } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { posix as posix3, resolve } from "node:path";

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
var NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
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
      const name = NAME.exec(s.slice(dollar + 1))?.[0];
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
  const name = NAME.exec(inner)?.[0];
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
  const quote = v[start];
  if (quote === "'") {
    const close = v.indexOf("'", start + 1);
    if (close > 0) return sliceSourced(raw, start + 1, close);
  } else if (quote === '"') {
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
        const lines = c.content.lines;
        lines.forEach((line, i) => {
          appendSourced(builder, line);
          if (i < lines.length - 1 || whole.value.endsWith("\n")) builder.at("\n", line.span);
        });
      } else appendSourced(builder, value);
      const text = builder.build(whole.span.file);
      out.push({ kind: "inline", target: use.target, files: [{ target: use.target, text, span: c.span }], span: use.span });
    }
  }
  return out;
}

// src/containers/compose/paths.ts
import { posix } from "node:path";
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function treePath(folder, source) {
  if (source === "" || source.startsWith("/") || source.startsWith("~") || source.startsWith("\\") || /^[A-Za-z]:/.test(source)) return void 0;
  const joined = posix.normalize(posix.join(folder, source.replace(/\\/g, "/"))).replace(/\/+$/, "");
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
    return target2 === void 0 ? [] : expand(ip2, published2, target2, protocol2, node.span);
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
  return expand(ip, published, target, protocol, node.span);
}
function expand(ip, published, target, protocol, span) {
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
    const sep = eq >= 0 ? eq : t.value.indexOf(":");
    if (sep <= 0) continue;
    const name = sliceSourced(t, 0, sep);
    out.set(name.value, { name, address: sliceSourced(t, sep + 1) });
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
    const lines = n.type === "BLOCK_LITERAL" ? this.blockLines(value, start) : void 0;
    return lines ? { kind: "scalar", text, lines, span } : { kind: "scalar", text, span };
  }
  /** A literal block's lines: each is its source line without the indentation, when found there in order. */
  blockLines(value, start) {
    const text = this.src.text;
    const lines = value.split("\n");
    if (lines.at(-1) === "") lines.pop();
    const out = [];
    let at2 = text.indexOf("\n", start) + 1;
    for (const line of lines) {
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
  const baseName = baseFileName(names);
  const overName = overrideFileName(names);
  const pathOf = (name) => sorted.find((f) => nameOf(f.path) === name)?.path;
  const base = baseName === void 0 ? void 0 : read.get(pathOf(baseName));
  const override = baseName === void 0 || overName === void 0 ? void 0 : read.get(pathOf(overName));
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
  const lines = value.split("\n");
  for (const [k, line] of lines.entries()) {
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
    if (k < lines.length - 1) {
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
function buildLines(lines, file) {
  const builder = new MappedTextBuilder();
  for (const line of lines) {
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
    const sep = entry.value.indexOf("::");
    if (sep < 0) {
      notes.push({ span: entry.span, message: `the ${IMAGE} refuses ${entry.value}: once one entry of ZOO_SERVERS gives its id (host:2888:3888::id), every entry must` });
      return;
    }
    const address = sliceSourced(entry, 0, sep);
    const id = sliceSourced(entry, sep + 2);
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
var TABLE = [
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
  const lines = [
    [written("dataDir=/var/lib/zookeeper/data", imageSpan(service))],
    [written("dataLogDir=/var/lib/zookeeper/log", imageSpan(service))]
  ];
  for (const [name, key] of TABLE) {
    const fallback = !clustered ? void 0 : name === "ZOOKEEPER_INIT_LIMIT" ? "10" : name === "ZOOKEEPER_SYNC_LIMIT" ? "5" : void 0;
    const value = envValue2(service, name, fallback, fallback !== void 0);
    if (!value) continue;
    if (value.kind === "unknown") notes.push(unknownNote(value.env, IMAGE2, `the ${key} line is left out`));
    else lines.push(keyValueLine(key, value, service));
  }
  if (clustered) {
    let start = 0;
    servers.value.value.split(";").forEach((part, i) => {
      const piece = sliceSourced(servers.value, start, start + part.length);
      start += part.length + 1;
      lines.push([written(`server.${i + 1}=`, piece.span), piece]);
    });
  }
  return { kind: "zoo.cfg", text: buildLines(lines, service.file), image: IMAGE2, target: PROPERTIES };
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
  const lines = [];
  if (script === "3.4.14") {
    lines.push([written("clientPort=2181", imageSpan(service))]);
    const port = envEntry(service, "ZOO_PORT");
    if (port) notes.push({ span: port.span, kind: "ignored", message: `the ${IMAGE3} ignores ZOO_PORT since 3.4.14: its entrypoint writes clientPort=2181` });
  }
  for (const [key, name] of echoedKeys(script)) {
    const value = envValue2(service, name, DEFAULTS2[name], false);
    if (value.kind === "unknown") notes.push(unknownNote(value.env, IMAGE3, `the ${key} line is left out`));
    else lines.push(keyValueLine(key, value, service));
  }
  if (servers?.value && servers.value.value !== "") {
    for (const word of wordsOf(servers.value)) lines.push([word]);
  } else if (script === "current") {
    lines.push([written("server.1=localhost:2888:3888;2181", servers?.span ?? imageSpan(service))]);
  }
  if (script === "current") {
    const fourLetter = envEntry(service, "ZOO_4LW_COMMANDS_WHITELIST");
    if (fourLetter && !fourLetter.value) notes.push(unknownNote(fourLetter, IMAGE3, "the 4lw.commands.whitelist line is left out"));
    else if (fourLetter?.value && fourLetter.value.value !== "") lines.push([written("4lw.commands.whitelist=", fourLetter.span), fourLetter.value]);
  }
  if (script !== "3.4-zoo-port") {
    const extra = envEntry(service, "ZOO_CFG_EXTRA");
    if (extra && !extra.value) notes.push(unknownNote(extra, IMAGE3, "the lines of ZOO_CFG_EXTRA are left out"));
    else if (extra?.value) for (const word of wordsOf(extra.value)) lines.push([word]);
  }
  return { kind: "zoo.cfg", text: buildLines(lines, service.file), image: IMAGE3, target };
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
  const lines = new PropertyLines();
  const image = service.image?.span ?? service.span;
  for (const [key, value] of BASE_SETTINGS) lines.set({ key, from: { span: image }, value: { value, span: image } });
  lines.set({ key: "log.dirs", from: { span: service.span }, value: { value: DATA_DIR2, span: service.span } });
  for (const variable of [...vars.keys()].sort()) {
    const { env, start } = vars.get(variable);
    const key = bitnamiKafkaKey(variable);
    if (!env.value) {
      notes.push(...unknownKafkaValue(env, key, IMAGE4));
      lines.delete(key);
      continue;
    }
    lines.set({ key, from: start < 0 ? { span: env.name.span } : { name: env.name, start }, value: env.value });
  }
  return { files: [{ kind: "server.properties", text: lines.build(service.file), image: IMAGE4, target: CONF_FILE2 }], notes };
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
  const lines = new PropertyLines();
  if (!env.has("KAFKA_LOG_DIRS")) lines.set({ key: "log.dirs", from: { span: service.span }, value: { value: "/var/lib/kafka/data", span: service.span } });
  for (const [name, e] of env) {
    if (!name.startsWith("KAFKA_") || EXCLUDED.has(name)) continue;
    const key = confluentKafkaKey(name.slice("KAFKA_".length));
    if (!e.value) {
      notes.push(...unknownKafkaValue(e, key, IMAGE5));
      lines.delete(key);
      continue;
    }
    lines.set({ key, from: { name: e.name, start: "KAFKA_".length }, value: e.value });
  }
  return { files: [{ kind: "server.properties", text: lines.sortedByKey().build(service.file), image: IMAGE5, target: TARGET }], notes };
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
  const lines = new PropertyLines();
  const image = service.image?.span ?? service.span;
  if (!mounted(TARGET2)) for (const [key, value] of SHIPPED) lines.set({ key, from: { span: image }, value: { value, span: image } });
  if (!env.has("KAFKA_LOG_DIRS")) {
    const host = service.hostname?.value ?? "<container id>";
    lines.set({ key: "log.dirs", from: { span: image }, value: { value: `/kafka/kafka-logs-${host}`, span: image } });
  }
  const written2 = (key, e, why) => {
    notes.push({ span: e.span, kind: "unknown", message: `${why}, so the ${IMAGE6} writes ${key} from a value not checked here` });
    lines.delete(key);
  };
  for (const [name, e] of env) {
    if (!name.startsWith("KAFKA_") || EXCLUDED2.has(name)) continue;
    const key = wurstmeisterKafkaKey(name);
    const command = substituted(e, env);
    if (command) written2(key, e, `${name} holds _{${command}}, replaced by the output of ${command}`);
    else if (!e.value) {
      notes.push(...unknownKafkaValue(e, key, IMAGE6));
      lines.delete(key);
    } else lines.set({ key, from: { name: e.name, start: "KAFKA_".length }, value: e.value });
  }
  if (!env.has("KAFKA_PORT")) lines.set({ key: "port", from: { span: service.span }, value: { value: "9092", span: service.span } });
  if (!env.has("KAFKA_BROKER_ID")) {
    const command = env.get("BROKER_ID_COMMAND");
    if (command?.value?.value) written2("broker.id", command, "KAFKA_BROKER_ID is not set and BROKER_ID_COMMAND gives it");
    else lines.set({ key: "broker.id", from: { span: service.span }, value: { value: "-1", span: service.span } });
  }
  const hostnameCommand = env.get("HOSTNAME_COMMAND");
  if (hostnameCommand?.value?.value && !env.get("KAFKA_LISTENERS")?.value?.value && !env.get("KAFKA_ADVERTISED_HOST_NAME")?.value?.value) {
    notes.push({ span: hostnameCommand.span, kind: "unknown", message: `with neither KAFKA_LISTENERS nor KAFKA_ADVERTISED_HOST_NAME, the ${IMAGE6} writes advertised.host.name from the output of HOSTNAME_COMMAND, not checked here` });
  }
  const mountedFile = mounted(TARGET2) ? { mountedFile: "extended" } : {};
  return { files: [{ kind: "server.properties", text: lines.build(service.file), image: IMAGE6, target: TARGET2, ...mountedFile }], notes };
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
import { createHash } from "node:crypto";
import { posix as posix2 } from "node:path";
function targetOf2(mount, path) {
  if (mount.kind !== "tree") return void 0;
  if (path === mount.source) return mount.target;
  const folder = mount.source === "" || mount.source === "." ? "" : `${mount.source}/`;
  if (!path.startsWith(folder)) return void 0;
  return posix2.join(mount.target, path.slice(folder.length));
}
function hashOf(kind, content) {
  return createHash("sha1").update("container\0").update(kind).update("\0").update(content).digest("hex");
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
  const hash = createHash("sha1").update(mounted.hash).update("\0").update(added.hash).digest("hex");
  if ("xml" in mounted && "xml" in added) return { ...mounted, hash, xml: { ...mounted.xml, properties: [...mounted.xml.properties, ...added.xml.properties] } };
  if (mounted.kind === "server.properties" && added.kind === "server.properties") return { ...mounted, hash, kafka: { entries: [...mounted.kafka.entries, ...added.kafka.entries] } };
  return added;
}
function inlineConfig(inline) {
  const candidate = configFileCandidate(posix2.basename(inline.target));
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
  const realRoot = realpathSync(options.root);
  const setAside = [];
  const sources = /* @__PURE__ */ new Map();
  const readText = (path) => {
    let real;
    try {
      real = realpathSync(resolve(realRoot, path));
    } catch {
      return void 0;
    }
    if (!insideTree(realRoot, real)) return void 0;
    const read = readRegularFile(real, options.maxFileSize);
    if (!read.ok) return void 0;
    const text = decodeUtf8(read.bytes);
    if (text.includes("\0")) return void 0;
    const src = new SourceText(path, text);
    sources.set(path, { lineCount: src.lineCount, hash: createHash2("sha1").update("definition\0").update(text).digest("hex"), suppressions: scanSuppressions(src, "hash") });
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
        const candidate = configFileCandidate(posix3.basename(mount.target));
        if (!candidate) continue;
        let source;
        try {
          source = realpathSync(resolve(realRoot, mount.source));
        } catch {
          continue;
        }
        if (!insideTree(realRoot, source) || !statSync(source).isFile()) continue;
        wanted.set(mount.source, { path: mount.source, kind: candidate.kind, source, ...candidate.check ? { check: candidate.check } : {} });
      }
    }
  }
  if (wanted.size === 0) return [];
  const read = await loadFiles([...wanted.values()], { maxFileSize, realRoot });
  return read.files;
}
export {
  readContainerProjects
};
