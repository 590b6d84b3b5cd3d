#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DISGUISING,
  unicodeEscape
} from "./chunk-F7OEXTLG.mjs";

// src/read/read-regular-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/read/opened-where-found.ts
import { readlinkSync, realpathSync, statSync } from "node:fs";
function openedWhereFound(fd, path, opened) {
  let procPath;
  try {
    procPath = readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    procPath = void 0;
  }
  if (procPath !== void 0) return procPath === path;
  return sameFileAt(path, opened);
}
function sameFileAt(path, opened) {
  try {
    if (realpathSync(path) !== path) return false;
    const now = statSync(path);
    return now.dev === opened.dev && now.ino === opened.ino;
  } catch {
    return false;
  }
}

// src/read/read-regular-file.ts
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function readFailure(err) {
  const code = err.code;
  const words = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOENT: "it no longer exists",
    ELOOP: "a symbolic link",
    EIO: "input/output error",
    EISDIR: "a directory"
  };
  return code ? `${words[code] ?? "read error"}: ${code}` : String(err);
}
var scratch;
function scratchBuffer() {
  scratch ??= Buffer.allocUnsafe(64 * 1024);
  return scratch;
}
var CHANGED = "changed while being read: its path no longer leads to the file found in the linted directory";
function readRegularFile(path, limit) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    return { ok: false, tooLarge: false, reason: readFailure(err) };
  }
  try {
    const stats = fstatSync(fd);
    if (!openedWhereFound(fd, path, stats)) return { ok: false, tooLarge: false, reason: CHANGED };
    if (!stats.isFile()) return { ok: false, tooLarge: false, reason: "not a regular file" };
    if (stats.size > limit) return { ok: false, tooLarge: true, size: stats.size };
    const chunks = [];
    let length = 0;
    let into = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    for (; ; ) {
      const n = readSync(fd, into, 0, Math.min(into.length, limit + 1 - length), null);
      if (n === 0) break;
      chunks.push(into === scratch ? Buffer.from(scratch.subarray(0, n)) : into.subarray(0, n));
      length += n;
      if (length > limit) return { ok: false, tooLarge: true, size: Math.max(stats.size, length) };
      into = scratchBuffer();
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) };
  } catch (err) {
    return { ok: false, tooLarge: false, reason: readFailure(err) };
  } finally {
    closeSync(fd);
  }
}

// src/model/freeze.ts
function deepFreeze(value) {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push(v[key]);
  }
  return value;
}

// src/engine/quote.ts
var MAX = 100;
function shorten(s, max) {
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function quote(value) {
  const head = value.length > MAX + 1 ? value.slice(0, MAX + 1) : value;
  const s = head.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, unicodeEscape).replace(DISGUISING, unicodeEscape);
  return `"${shorten(s, MAX)}"`;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

// src/parse/java-properties.ts
var isBlank = (c) => c === " " || c === "	" || c === "\f";
var isEol = (c) => c === "\n" || c === "\r";
function logicalLines(text) {
  const lines = [];
  const n = text.length;
  let chars = [];
  let offsets = [];
  let start = -1;
  let skipWhite = true;
  let appendedLineBegin = false;
  let precedingBackslash = false;
  const emit = (end) => {
    if (precedingBackslash) {
      chars.pop();
      offsets.pop();
    }
    lines.push({ chars, offsets, start: start < 0 ? end : start, end });
    chars = [];
    offsets = [];
    start = -1;
    skipWhite = true;
    appendedLineBegin = false;
    precedingBackslash = false;
  };
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (skipWhite) {
      if (isBlank(c) || !appendedLineBegin && isEol(c)) {
        i++;
        continue;
      }
      skipWhite = false;
      appendedLineBegin = false;
    }
    if (chars.length === 0 && (c === "#" || c === "!")) {
      while (i < n && !isEol(text[i])) i++;
      skipWhite = true;
      continue;
    }
    if (!isEol(c)) {
      if (start < 0) start = i;
      chars.push(c);
      offsets.push(i);
      precedingBackslash = c === "\\" ? !precedingBackslash : false;
      i++;
      continue;
    }
    if (chars.length === 0) {
      skipWhite = true;
      i++;
      continue;
    }
    const eol = i;
    i++;
    if (i >= n || !precedingBackslash) {
      emit(eol);
      continue;
    }
    chars.pop();
    offsets.pop();
    skipWhite = true;
    appendedLineBegin = true;
    precedingBackslash = false;
    if (c === "\r" && text[i] === "\n") i++;
  }
  if (chars.length > 0) emit(n);
  return lines;
}
function convert(chars, offs, from, to, endOffset) {
  let text = "";
  const offsets = [];
  let malformedAt;
  let k = from;
  while (k < to) {
    const c = chars[k];
    const at = offs[k];
    if (c !== "\\" || k + 1 >= to) {
      text += c;
      offsets.push(at);
      k++;
      continue;
    }
    const e = chars[k + 1];
    if (e === "u") {
      const hex = chars.slice(k + 2, k + 6).join("");
      if (hex.length === 4 && /^[0-9a-fA-F]{4}$/.test(hex)) {
        text += String.fromCharCode(parseInt(hex, 16));
        offsets.push(at);
        k += 6;
      } else {
        malformedAt ??= at;
        k += 2;
      }
      continue;
    }
    text += e === "t" ? "	" : e === "n" ? "\n" : e === "r" ? "\r" : e === "f" ? "\f" : e;
    offsets.push(at);
    k += 2;
  }
  offsets.push(to > from ? offs[to - 1] + 1 : endOffset);
  return malformedAt === void 0 ? { text, offsets } : { text, offsets, malformedAt };
}
function readProperties(text) {
  const entries = [];
  for (const line of logicalLines(text)) {
    const { chars, offsets } = line;
    const limit = chars.length;
    let keyLen = 0;
    let valueStart = limit;
    let hasSep = false;
    let backslash = false;
    while (keyLen < limit) {
      const c = chars[keyLen];
      if ((c === "=" || c === ":") && !backslash) {
        valueStart = keyLen + 1;
        hasSep = true;
        break;
      }
      if (isBlank(c) && !backslash) {
        valueStart = keyLen + 1;
        break;
      }
      backslash = c === "\\" ? !backslash : false;
      keyLen++;
    }
    while (valueStart < limit) {
      const c = chars[valueStart];
      if (!isBlank(c)) {
        if (!hasSep && (c === "=" || c === ":")) hasSep = true;
        else break;
      }
      valueStart++;
    }
    const key = convert(chars, offsets, 0, keyLen, line.start);
    const valueAnchor = valueStart < limit ? offsets[valueStart] : line.end;
    const value = convert(chars, offsets, valueStart, limit, valueAnchor);
    const malformed = key.malformedAt ?? value.malformedAt;
    entries.push({
      key: key.text,
      value: value.text,
      keyOffsets: key.offsets,
      valueOffsets: value.offsets,
      start: line.start,
      end: line.end,
      ...malformed === void 0 ? {} : { malformedEscapeAt: malformed }
    });
  }
  return entries;
}

// src/parse/zoo-cfg.ts
var ValueCursor = class {
  constructor(src, offsets, shift) {
    this.src = src;
    this.offsets = offsets;
    this.shift = shift;
  }
  src;
  offsets;
  shift;
  at(from, to, value) {
    const o = this.offsets;
    const a = o[from + this.shift] ?? o[o.length - 1];
    const b = to > from ? (o[to - 1 + this.shift] ?? a) + 1 : a;
    return { value, span: this.src.span(a, b) };
  }
};
function trimRange(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return [a, b];
}
function toEntry(src, e) {
  const [ka, kb] = trimRange(e.key);
  const [va, vb] = trimRange(e.value);
  const key = new ValueCursor(src, e.keyOffsets, 0).at(ka, kb, e.key.slice(ka, kb));
  const value = new ValueCursor(src, e.valueOffsets, 0).at(va, vb, e.value.slice(va, vb));
  return {
    key,
    value,
    rawValue: e.value,
    span: src.span(e.start, e.end),
    malformedEscape: e.malformedEscapeAt === void 0 ? void 0 : src.span(e.malformedEscapeAt, e.malformedEscapeAt + 2)
  };
}
function parseAddress(text, base, cur) {
  const whole = cur.at(base, base + text.length, text);
  let hostEnd;
  let rest;
  let bracketProblem;
  let host;
  if (text.startsWith("[")) {
    const close = text.indexOf("]:");
    if (close < 0) {
      bracketProblem = whole;
      hostEnd = text.length;
      rest = text.length;
      host = cur.at(base, base + text.length, text);
    } else {
      hostEnd = close;
      rest = close + 2;
      host = cur.at(base + 1, base + close, text.slice(1, close));
    }
  } else {
    const colon = text.indexOf(":");
    hostEnd = colon < 0 ? text.length : colon;
    rest = colon < 0 ? text.length : colon + 1;
    host = cur.at(base, base + hostEnd, text.slice(0, hostEnd));
  }
  const parts = [];
  if (hostEnd < text.length) {
    let p = rest;
    for (const piece of text.slice(rest).split(":")) {
      parts.push(cur.at(base + p, base + p + piece.length, piece));
      p += piece.length + 1;
    }
  }
  const address = {
    host,
    quorumPort: parts[0],
    electionPort: parts[1],
    role: parts[2],
    extra: parts[3],
    span: whole.span
  };
  return bracketProblem ? { address, bracketProblem } : { address };
}
function parseServer(src, e, entry) {
  const [va] = trimRange(e.value);
  const cur = new ValueCursor(src, e.valueOffsets, va);
  const text = entry.value.value;
  const dot = entry.key.value.indexOf(".");
  const id = {
    value: entry.key.value.slice(dot + 1),
    span: src.span(
      e.keyOffsets[trimRange(e.key)[0] + dot + 1] ?? e.start,
      (e.keyOffsets[trimRange(e.key)[1] - 1] ?? e.start) + 1
    )
  };
  const sections = text.split(";");
  const addresses = [];
  let bracketProblem;
  let p = 0;
  for (const piece of (sections[0] ?? "").split("|")) {
    const parsed = parseAddress(piece, p, cur);
    addresses.push(parsed.address);
    bracketProblem ??= parsed.bracketProblem;
    p += piece.length + 1;
  }
  let client;
  const trailing = [];
  let offset = (sections[0] ?? "").length + 1;
  sections.slice(1).forEach((section, index) => {
    if (index === 0) {
      const colon = section.lastIndexOf(":");
      client = colon < 0 ? { address: void 0, port: cur.at(offset, offset + section.length, section) } : {
        address: cur.at(offset, offset + colon, section.slice(0, colon)),
        port: cur.at(offset + colon + 1, offset + section.length, section.slice(colon + 1))
      };
    } else {
      trailing.push(cur.at(offset, offset + section.length, section));
    }
    offset += section.length + 1;
  });
  return { entry, id, addresses, client, trailing, bracketProblem };
}
function parseZooCfg(src) {
  const entries = [];
  const servers = [];
  for (const raw of readProperties(src.text)) {
    const entry = toEntry(src, raw);
    entries.push(entry);
    if (entry.key.value.startsWith("server.")) servers.push(parseServer(src, raw, entry));
  }
  return { entries, servers };
}
var lastEntries = /* @__PURE__ */ new WeakMap();
function zooValue(cfg, key) {
  let last = lastEntries.get(cfg);
  if (!last) {
    last = /* @__PURE__ */ new Map();
    for (const e of cfg.entries) last.set(e.key.value, e);
    lastEntries.set(cfg, last);
  }
  return last.get(key);
}

// src/text/sub-span.ts
function spanWithin(loc, from, to) {
  const s = loc.span;
  const verbatimOneLine = s.line === s.endLine && s.endColumn - s.column === loc.value.length;
  if (!verbatimOneLine || from < 0 || to > loc.value.length || from > to) return s;
  return { file: s.file, line: s.line, column: s.column + from, endLine: s.line, endColumn: s.column + to };
}
function pieceOf(loc, from, to) {
  return { value: loc.value.slice(from, to), span: spanWithin(loc, from, to) };
}
function splitLocated(loc, separator) {
  const out = [];
  const re = typeof separator === "string" ? new RegExp(separator.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(separator.source, "g");
  let last = 0;
  for (let m = re.exec(loc.value); m; m = re.exec(loc.value)) {
    out.push(pieceOf(loc, last, m.index));
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push(pieceOf(loc, last, loc.value.length));
  return out;
}
function trimLocated(loc) {
  let a = 0;
  let b = loc.value.length;
  while (a < b && loc.value.charCodeAt(a) <= 32) a++;
  while (b > a && loc.value.charCodeAt(b - 1) <= 32) b--;
  return pieceOf(loc, a, b);
}

// src/model/connect-string.ts
function connectHostsPart(loc) {
  const slash = loc.value.indexOf("/");
  return slash < 0 ? loc : pieceOf(loc, 0, slash);
}
function connectEntries(loc) {
  return splitLocated(connectHostsPart(loc), ",").filter((e) => e.value.trim() !== "").map((entry) => {
    const colon = entry.value.lastIndexOf(":");
    return colon < 0 ? { host: entry, port: void 0 } : { host: pieceOf(entry, 0, colon), port: pieceOf(entry, colon + 1, entry.value.length) };
  });
}
var NOWHERE = { file: "", line: 0, column: 0, endLine: 0, endColumn: 0 };
function connectChroot(value) {
  const slash = value.indexOf("/");
  return slash < 0 ? "" : value.slice(slash);
}
function connectEntryTexts(value) {
  return connectEntries({ value, span: NOWHERE }).map((e) => (e.port ? `${e.host.value}:${e.port.value}` : e.host.value).trim());
}
function connectHosts(value) {
  return connectEntries({ value, span: NOWHERE }).map((e) => e.host.value.trim().replace(/^\[(.*)\]$/, "$1")).filter((h) => h !== "");
}

// src/model/host-names.ts
var IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
function isIpAddress(name) {
  return IPV4.test(name) || name.includes(":");
}
function isWildcard(name) {
  return name === "" || name === "0.0.0.0" || name === "::" || name === "*";
}
function hostKey(name) {
  const lower = name.toLowerCase();
  return isIpAddress(lower) ? lower : lower.split(".")[0];
}
function sameHost(a, b) {
  return hostKey(a) === hostKey(b);
}

// src/parse/kafka-properties.ts
function parseKafkaProperties(src) {
  return { entries: parseZooCfg(src).entries };
}
function kafkaValue(props, key) {
  for (let i = props.entries.length - 1; i >= 0; i--) {
    if (props.entries[i].key.value === key) return props.entries[i];
  }
  return void 0;
}

// src/model/copies.ts
var BASE_FIELDS = /* @__PURE__ */ new Set(["path", "host", "hash", "lineCount", "start", "suppressions", "kind", "container"]);
var originOf = /* @__PURE__ */ new WeakMap();
function rehome(value, from, to, memo) {
  if (value === null || typeof value !== "object") return value;
  const done = memo.get(value);
  if (done !== void 0) return done;
  if (Array.isArray(value)) {
    const out2 = [];
    memo.set(value, out2);
    for (const item of value) out2.push(rehome(item, from, to, memo));
    return out2;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto);
  memo.set(value, out);
  for (const key of Object.keys(value)) {
    const v = value[key];
    out[key] = key === "file" && v === from ? to : rehome(v, from, to, memo);
  }
  return out;
}
function copyAt(original, path, host = original.host) {
  const source = originOf.get(original) ?? original;
  const from = source.path;
  const out = {};
  for (const key of Object.keys(source)) {
    const v = source[key];
    if (key === "path") out[key] = path;
    else if (key === "host") out[key] = host;
    else if (BASE_FIELDS.has(key)) out[key] = deepFreeze(rehome(v, from, path, /* @__PURE__ */ new Map()));
    else {
      let built;
      let ready = false;
      Object.defineProperty(out, key, {
        enumerable: true,
        get() {
          if (!ready) {
            built = deepFreeze(rehome(v, from, path, /* @__PURE__ */ new Map()));
            ready = true;
          }
          return built;
        }
      });
    }
  }
  originOf.set(out, source);
  return Object.freeze(out);
}
function originalOf(file) {
  return originOf.get(file) ?? file;
}
function withHost(file, host) {
  if (!originOf.has(file)) return { ...file, host };
  const out = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(file), host: { value: host, enumerable: true } });
  originOf.set(out, originOf.get(file));
  return Object.freeze(out);
}
function inContainer(file, host, container) {
  if (!originOf.has(file)) return { ...file, host, container };
  const copy = copyAt(file, file.path, host);
  const out = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(copy), container: { value: container, enumerable: true } });
  originOf.set(out, originOf.get(copy));
  return Object.freeze(out);
}

// src/knowledge/zookeeper-sample.ts
var ZOO_SAMPLE_SETTINGS = /* @__PURE__ */ new Map([
  ["tickTime", "2000"],
  ["initLimit", "10"],
  ["syncLimit", "5"],
  ["dataDir", "/tmp/zookeeper"],
  ["clientPort", "2181"]
]);
var KAFKA_ZOOKEEPER_BASE = [
  ["dataDir", "/tmp/zookeeper"],
  ["clientPort", "2181"],
  ["maxClientCnxns", "0"]
];
var KAFKA_ZOOKEEPER_SAMPLES = [
  new Map(KAFKA_ZOOKEEPER_BASE),
  new Map([...KAFKA_ZOOKEEPER_BASE, ["admin.enableServer", "false"]])
];

// src/knowledge/kafka-samples.ts
function settings(...lines) {
  return new Map(lines.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
}
var SOCKETS = [
  "num.network.threads=3",
  "num.io.threads=8",
  "socket.send.buffer.bytes=102400",
  "socket.receive.buffer.bytes=102400",
  "socket.request.max.bytes=104857600"
];
var INTERNAL_TOPICS = ["offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"];
var PARTITIONS = ["num.partitions=1", "num.recovery.threads.per.data.dir=1"];
var RETENTION = ["log.retention.hours=168", "log.segment.bytes=1073741824", "log.retention.check.interval.ms=300000"];
var RETENTION_WITHOUT_SEGMENT = ["log.retention.hours=168", "log.retention.check.interval.ms=300000"];
var ZOOKEEPER_MODE = ["broker.id=0", "log.dirs=/tmp/kafka-logs", "zookeeper.connect=localhost:2181"];
var KRAFT_PROTOCOL_MAP = "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL";
var KAFKA_SHIPPED_CONFIGS = [
  {
    file: "config/server.properties",
    releases: "0.10.0.0-0.10.2.2",
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...RETENTION, "zookeeper.connection.timeout.ms=6000")
  },
  {
    file: "config/server.properties",
    releases: "0.11.0.0-2.4.1",
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION, "zookeeper.connection.timeout.ms=6000", "group.initial.rebalance.delay.ms=0")
  },
  {
    file: "config/server.properties",
    releases: "2.5.0-3.2.3",
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION, "zookeeper.connection.timeout.ms=18000", "group.initial.rebalance.delay.ms=0")
  },
  {
    file: "config/server.properties",
    releases: "3.3.0-3.9",
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION_WITHOUT_SEGMENT, "zookeeper.connection.timeout.ms=18000", "group.initial.rebalance.delay.ms=0")
  },
  {
    file: "config/kraft/server.properties",
    releases: "2.8.0-3.8.0",
    settings: settings(
      "process.roles=broker,controller",
      "node.id=1",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=PLAINTEXT://:9092,CONTROLLER://:9093",
      "inter.broker.listener.name=PLAINTEXT",
      "advertised.listeners=PLAINTEXT://localhost:9092",
      "controller.listener.names=CONTROLLER",
      KRAFT_PROTOCOL_MAP,
      ...SOCKETS,
      "log.dirs=/tmp/kraft-combined-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/server.properties",
    releases: "3.9",
    settings: settings(
      "process.roles=broker,controller",
      "node.id=1",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=PLAINTEXT://:9092,CONTROLLER://:9093",
      "inter.broker.listener.name=PLAINTEXT",
      "advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
      "controller.listener.names=CONTROLLER",
      KRAFT_PROTOCOL_MAP,
      ...SOCKETS,
      "log.dirs=/tmp/kraft-combined-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/reconfig-server.properties",
    releases: "3.9",
    settings: settings(
      "process.roles=broker,controller",
      "node.id=1",
      "controller.quorum.bootstrap.servers=localhost:9093",
      "listeners=PLAINTEXT://:9092,CONTROLLER://:9093",
      "inter.broker.listener.name=PLAINTEXT",
      "advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
      "controller.listener.names=CONTROLLER",
      KRAFT_PROTOCOL_MAP,
      ...SOCKETS,
      "log.dirs=/tmp/kraft-combined-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/broker.properties",
    releases: "2.8.0-2.8.2",
    settings: settings(
      "process.roles=broker",
      "node.id=1",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=PLAINTEXT://localhost:9092",
      "inter.broker.listener.name=PLAINTEXT",
      "advertised.listeners=PLAINTEXT://localhost:9092",
      "controller.listener.names=CONTROLLER",
      KRAFT_PROTOCOL_MAP,
      ...SOCKETS,
      "log.dirs=/tmp/kraft-broker-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/broker.properties",
    releases: "3.0.0-3.8.0",
    settings: settings(
      "process.roles=broker",
      "node.id=2",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=PLAINTEXT://localhost:9092",
      "inter.broker.listener.name=PLAINTEXT",
      "advertised.listeners=PLAINTEXT://localhost:9092",
      "controller.listener.names=CONTROLLER",
      KRAFT_PROTOCOL_MAP,
      ...SOCKETS,
      "log.dirs=/tmp/kraft-broker-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/broker.properties",
    releases: "3.9",
    settings: settings(
      "process.roles=broker",
      "node.id=2",
      "controller.quorum.bootstrap.servers=localhost:9093",
      "listeners=PLAINTEXT://localhost:9092",
      "inter.broker.listener.name=PLAINTEXT",
      "advertised.listeners=PLAINTEXT://localhost:9092",
      "controller.listener.names=CONTROLLER",
      KRAFT_PROTOCOL_MAP,
      ...SOCKETS,
      "log.dirs=/tmp/kraft-broker-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/controller.properties",
    releases: "2.8.0-3.0.2",
    settings: settings(
      "process.roles=controller",
      "node.id=1",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=PLAINTEXT://:9093",
      "controller.listener.names=PLAINTEXT",
      ...SOCKETS,
      "log.dirs=/tmp/raft-controller-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/controller.properties",
    releases: "3.1.0-3.1.2",
    settings: settings(
      "process.roles=controller",
      "node.id=1",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=PLAINTEXT://:9093",
      "controller.listener.names=PLAINTEXT",
      ...SOCKETS,
      "log.dirs=/tmp/kraft-controller-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/controller.properties",
    releases: "3.2.0-3.8.0",
    settings: settings(
      "process.roles=controller",
      "node.id=1",
      "controller.quorum.voters=1@localhost:9093",
      "listeners=CONTROLLER://:9093",
      "controller.listener.names=CONTROLLER",
      ...SOCKETS,
      "log.dirs=/tmp/kraft-controller-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  },
  {
    file: "config/kraft/controller.properties",
    releases: "3.9",
    settings: settings(
      "process.roles=controller",
      "node.id=1",
      "controller.quorum.bootstrap.servers=localhost:9093",
      "listeners=CONTROLLER://:9093",
      "advertised.listeners=CONTROLLER://localhost:9093",
      "controller.listener.names=CONTROLLER",
      ...SOCKETS,
      "log.dirs=/tmp/kraft-controller-logs",
      ...PARTITIONS,
      ...INTERNAL_TOPICS,
      ...RETENTION
    )
  }
];

// src/discovery/by-content.ts
var BROKER_ONLY_KEYS = ["broker.id", "process.roles", "log.dirs", "log.dir"];
function isBrokerConfig(props) {
  if (kafkaValue(props, "bootstrap.servers") !== void 0) return false;
  return BROKER_ONLY_KEYS.some((k) => kafkaValue(props, k) !== void 0);
}
function isZookeeperServerConfig(cfg) {
  if (zooValue(cfg, "dataDir") === void 0) return false;
  return zooValue(cfg, "clientPort") !== void 0 || zooValue(cfg, "secureClientPort") !== void 0 || cfg.servers.length > 0;
}
function setsExactly(entries, settings2) {
  const last = /* @__PURE__ */ new Map();
  for (const e of entries) last.set(e.key.value, e.value.value);
  if (last.size !== settings2.size) return false;
  for (const [key, value] of settings2) if (last.get(key) !== value) return false;
  return true;
}
function isStockSample(fileName, cfg) {
  if (fileName === "zoo_sample.cfg") return setsExactly(cfg.entries, ZOO_SAMPLE_SETTINGS);
  if (fileName === "zookeeper.properties") return KAFKA_ZOOKEEPER_SAMPLES.some((s) => setsExactly(cfg.entries, s));
  return false;
}
var KAFKA_RELEASE_CONFIG = /(?:^|\/)(?:kafka_\d+\.\d+-\d+(?:\.\d+)+|kafka-\d+(?:\.\d+)+-src)\/config\/(?:kraft\/)?[^/]+$/;
function isStockKafkaSample(path, props, distributionFolders = /* @__PURE__ */ new Set()) {
  if (!KAFKA_RELEASE_CONFIG.test(path) && !inDistributionFolder(path, distributionFolders)) return false;
  return KAFKA_SHIPPED_CONFIGS.some((c) => setsExactly(props.entries, c.settings));
}
var DISTRIBUTION_ONLY = /* @__PURE__ */ new Set([
  "connect-standalone.properties",
  "connect-distributed.properties",
  "connect-console-sink.properties",
  "connect-console-source.properties",
  "connect-file-sink.properties",
  "connect-file-source.properties",
  "connect-log4j.properties",
  "connect-mirror-maker.properties",
  "tools-log4j.properties"
]);
function kafkaDistributionFolders(paths) {
  const counts = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const slash = p.lastIndexOf("/");
    if (!DISTRIBUTION_ONLY.has(p.slice(slash + 1))) continue;
    const folder = slash < 0 ? "" : p.slice(0, slash);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([folder]) => folder));
}
function inDistributionFolder(path, folders) {
  if (folders.size === 0) return false;
  const slash = path.lastIndexOf("/");
  const folder = slash < 0 ? "" : path.slice(0, slash);
  const parent = folder === "kraft" ? "" : folder.endsWith("/kraft") ? folder.slice(0, -"/kraft".length) : void 0;
  return folders.has(folder) || parent !== void 0 && folders.has(parent);
}
function holdsTemplateSyntax(text) {
  if (!text.includes("{{") && !text.includes("{%") && !text.includes("{#") && !text.includes("<%")) return false;
  return text.split("\n").some((line) => pairOnLine(line, "{%", "%}") || pairOnLine(line, "{#", "#}") || pairOnLine(line, "<%", "%>") || jinjaExpression(line));
}
function pairOnLine(line, open, close) {
  const at = line.indexOf(open);
  return at >= 0 && line.lastIndexOf(close) >= at + open.length;
}
var BARE_VARIABLE = /^\s*[A-Z_][A-Z0-9_]*\s*$/;
function jinjaExpression(line) {
  for (let from = 0; ; ) {
    const open = line.indexOf("{{", from);
    if (open < 0) return false;
    const close = line.indexOf("}}", open + 2);
    if (close < 0) return false;
    if (!BARE_VARIABLE.test(line.slice(open + 2, close))) return true;
    from = close + 2;
  }
}

// src/containers/images/image-name.ts
var HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function parseImageName(image) {
  let rest = image.trim();
  const at = rest.indexOf("@");
  if (at >= 0) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  const tag = colon > slash ? rest.slice(colon + 1) : void 0;
  const parts = (colon > slash ? rest.slice(0, colon) : rest).split("/");
  const first = parts[0];
  let hub = true;
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    hub = HUB_HOSTS.has(first.toLowerCase());
    parts.shift();
  }
  if (parts.length > 1 && parts[0] === "library") parts.shift();
  return { repository: parts.join("/").toLowerCase(), tag: tag === "" ? void 0 : tag, official: hub && parts.length === 1 };
}
function imageRepository(service) {
  const image = service.image?.value.trim();
  return image ? parseImageName(image).repository : void 0;
}

export {
  parseZooCfg,
  zooValue,
  DEFAULT_MAX_FILE_SIZE,
  readFailure,
  readRegularFile,
  spanWithin,
  pieceOf,
  splitLocated,
  trimLocated,
  connectHostsPart,
  connectEntries,
  connectChroot,
  connectEntryTexts,
  connectHosts,
  isIpAddress,
  isWildcard,
  hostKey,
  sameHost,
  parseKafkaProperties,
  kafkaValue,
  deepFreeze,
  copyAt,
  originalOf,
  withHost,
  inContainer,
  shorten,
  quote,
  plural,
  KAFKA_SHIPPED_CONFIGS,
  isBrokerConfig,
  isZookeeperServerConfig,
  isStockSample,
  isStockKafkaSample,
  kafkaDistributionFolders,
  holdsTemplateSyntax,
  parseImageName,
  imageRepository
};
