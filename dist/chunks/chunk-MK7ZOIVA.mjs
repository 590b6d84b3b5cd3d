#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DISGUISING,
  unicodeEscape
} from "./chunk-F7OEXTLG.mjs";

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
  const address2 = {
    host,
    quorumPort: parts[0],
    electionPort: parts[1],
    role: parts[2],
    extra: parts[3],
    span: whole.span
  };
  return bracketProblem ? { address: address2, bracketProblem } : { address: address2 };
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
    let chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size, 4096), limit + 1));
    for (; ; ) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, limit + 1 - length), null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > limit) return { ok: false, tooLarge: true, size: Math.max(stats.size, length) };
      chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - length));
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) };
  } catch (err) {
    return { ok: false, tooLarge: false, reason: readFailure(err) };
  } finally {
    closeSync(fd);
  }
}

// src/knowledge/hadoop-defaults.generated.ts
function table(entries) {
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}
var HADOOP_KNOWLEDGE = {
  "releases": {
    "2": "2.7.7",
    "3": "3.4.1"
  },
  "defaults": {
    "2": table({
      "hadoop.common.configuration.version": "0.23.0",
      "hadoop.tmp.dir": "/tmp/hadoop-${user.name}",
      "io.native.lib.available": "true",
      "hadoop.http.filter.initializers": "org.apache.hadoop.http.lib.StaticUserWebFilter",
      "hadoop.security.authorization": "false",
      "hadoop.security.instrumentation.requires.admin": "false",
      "hadoop.security.authentication": "simple",
      "hadoop.security.group.mapping": "org.apache.hadoop.security.JniBasedUnixGroupsMappingWithFallback",
      "hadoop.security.groups.cache.secs": "300",
      "hadoop.security.groups.negative-cache.secs": "30",
      "hadoop.security.groups.cache.warn.after.ms": "5000",
      "hadoop.security.groups.cache.background.reload": "false",
      "hadoop.security.groups.cache.background.reload.threads": "3",
      "hadoop.security.group.mapping.ldap.connection.timeout.ms": "60000",
      "hadoop.security.group.mapping.ldap.read.timeout.ms": "60000",
      "hadoop.security.group.mapping.ldap.url": "",
      "hadoop.security.group.mapping.ldap.ssl": "false",
      "hadoop.security.group.mapping.ldap.ssl.keystore": "",
      "hadoop.security.group.mapping.ldap.ssl.keystore.password.file": "",
      "hadoop.security.group.mapping.ldap.ssl.truststore": "",
      "hadoop.security.group.mapping.ldap.ssl.truststore.password.file": "",
      "hadoop.security.group.mapping.ldap.bind.user": "",
      "hadoop.security.group.mapping.ldap.bind.password.file": "",
      "hadoop.security.group.mapping.ldap.base": "",
      "hadoop.security.group.mapping.ldap.search.filter.user": "(&(objectClass=user)(sAMAccountName={0}))",
      "hadoop.security.group.mapping.ldap.search.filter.group": "(objectClass=group)",
      "hadoop.security.group.mapping.ldap.search.attr.member": "member",
      "hadoop.security.group.mapping.ldap.search.attr.group.name": "cn",
      "hadoop.security.group.mapping.ldap.posix.attr.uid.name": "uidNumber",
      "hadoop.security.group.mapping.ldap.posix.attr.gid.name": "gidNumber",
      "hadoop.security.group.mapping.ldap.directory.search.timeout": "10000",
      "hadoop.security.service.user.name.key": "",
      "hadoop.security.uid.cache.secs": "14400",
      "hadoop.rpc.protection": "authentication",
      "hadoop.security.saslproperties.resolver.class": "",
      "hadoop.work.around.non.threadsafe.getpwuid": "false",
      "hadoop.kerberos.kinit.command": "kinit",
      "hadoop.security.auth_to_local": "",
      "io.file.buffer.size": "4096",
      "io.bytes.per.checksum": "512",
      "io.skip.checksum.errors": "false",
      "io.compression.codecs": "",
      "io.compression.codec.bzip2.library": "system-native",
      "io.serializations": "org.apache.hadoop.io.serializer.WritableSerialization,org.apache.hadoop.io.serializer.avro.AvroSpecificSerialization,org.apache.hadoop.io.serializer.avro.AvroReflectSerialization",
      "io.seqfile.local.dir": "${hadoop.tmp.dir}/io/local",
      "io.map.index.skip": "0",
      "io.map.index.interval": "128",
      "fs.defaultFS": "file:///",
      "fs.default.name": "file:///",
      "fs.trash.interval": "0",
      "fs.trash.checkpoint.interval": "0",
      "fs.AbstractFileSystem.file.impl": "org.apache.hadoop.fs.local.LocalFs",
      "fs.AbstractFileSystem.har.impl": "org.apache.hadoop.fs.HarFs",
      "fs.AbstractFileSystem.hdfs.impl": "org.apache.hadoop.fs.Hdfs",
      "fs.AbstractFileSystem.viewfs.impl": "org.apache.hadoop.fs.viewfs.ViewFs",
      "fs.AbstractFileSystem.ftp.impl": "org.apache.hadoop.fs.ftp.FtpFs",
      "fs.ftp.host": "0.0.0.0",
      "fs.ftp.host.port": "21",
      "fs.df.interval": "60000",
      "fs.du.interval": "600000",
      "fs.s3.block.size": "67108864",
      "fs.s3.buffer.dir": "${hadoop.tmp.dir}/s3",
      "fs.s3.maxRetries": "4",
      "fs.s3.sleepTimeSeconds": "10",
      "fs.swift.impl": "org.apache.hadoop.fs.swift.snative.SwiftNativeFileSystem",
      "fs.automatic.close": "true",
      "fs.s3n.block.size": "67108864",
      "fs.s3n.multipart.uploads.enabled": "false",
      "fs.s3n.multipart.uploads.block.size": "67108864",
      "fs.s3n.multipart.copy.block.size": "5368709120",
      "fs.s3n.server-side-encryption-algorithm": "",
      "fs.s3a.awsAccessKeyId": "",
      "fs.s3a.awsSecretAccessKey": "",
      "fs.s3a.connection.maximum": "15",
      "fs.s3a.connection.ssl.enabled": "true",
      "fs.s3a.endpoint": "",
      "fs.s3a.proxy.host": "",
      "fs.s3a.proxy.port": "",
      "fs.s3a.proxy.username": "",
      "fs.s3a.proxy.password": "",
      "fs.s3a.proxy.domain": "",
      "fs.s3a.proxy.workstation": "",
      "fs.s3a.attempts.maximum": "10",
      "fs.s3a.connection.establish.timeout": "5000",
      "fs.s3a.connection.timeout": "50000",
      "fs.s3a.paging.maximum": "5000",
      "fs.s3a.threads.max": "256",
      "fs.s3a.threads.core": "15",
      "fs.s3a.threads.keepalivetime": "60",
      "fs.s3a.max.total.tasks": "1000",
      "fs.s3a.multipart.size": "104857600",
      "fs.s3a.multipart.threshold": "2147483647",
      "fs.s3a.acl.default": "",
      "fs.s3a.multipart.purge": "false",
      "fs.s3a.multipart.purge.age": "86400",
      "fs.s3a.buffer.dir": "${hadoop.tmp.dir}/s3a",
      "fs.s3a.fast.upload": "false",
      "fs.s3a.fast.buffer.size": "1048576",
      "fs.s3a.impl": "org.apache.hadoop.fs.s3a.S3AFileSystem",
      "io.seqfile.compress.blocksize": "1000000",
      "io.seqfile.lazydecompress": "true",
      "io.seqfile.sorter.recordlimit": "1000000",
      "io.mapfile.bloom.size": "1048576",
      "io.mapfile.bloom.error.rate": "0.005",
      "hadoop.util.hash.type": "murmur",
      "ipc.client.idlethreshold": "4000",
      "ipc.client.kill.max": "10",
      "ipc.client.connection.maxidletime": "10000",
      "ipc.client.connect.max.retries": "10",
      "ipc.client.connect.retry.interval": "1000",
      "ipc.client.connect.timeout": "20000",
      "ipc.client.connect.max.retries.on.timeouts": "45",
      "ipc.client.ping": "true",
      "ipc.ping.interval": "60000",
      "ipc.client.rpc-timeout.ms": "0",
      "ipc.server.listen.queue.size": "128",
      "ipc.maximum.data.length": "67108864",
      "ipc.server.log.slow.rpc": "false",
      "hadoop.security.impersonation.provider.class": "",
      "hadoop.rpc.socket.factory.class.default": "org.apache.hadoop.net.StandardSocketFactory",
      "hadoop.rpc.socket.factory.class.ClientProtocol": "",
      "hadoop.socks.server": "",
      "net.topology.node.switch.mapping.impl": "org.apache.hadoop.net.ScriptBasedMapping",
      "net.topology.impl": "org.apache.hadoop.net.NetworkTopology",
      "net.topology.script.file.name": "",
      "net.topology.script.number.args": "100",
      "net.topology.table.file.name": "",
      "file.stream-buffer-size": "4096",
      "file.bytes-per-checksum": "512",
      "file.client-write-packet-size": "65536",
      "file.blocksize": "67108864",
      "file.replication": "1",
      "s3.stream-buffer-size": "4096",
      "s3.bytes-per-checksum": "512",
      "s3.client-write-packet-size": "65536",
      "s3.blocksize": "67108864",
      "s3.replication": "3",
      "s3native.stream-buffer-size": "4096",
      "s3native.bytes-per-checksum": "512",
      "s3native.client-write-packet-size": "65536",
      "s3native.blocksize": "67108864",
      "s3native.replication": "3",
      "ftp.stream-buffer-size": "4096",
      "ftp.bytes-per-checksum": "512",
      "ftp.client-write-packet-size": "65536",
      "ftp.blocksize": "67108864",
      "ftp.replication": "3",
      "tfile.io.chunk.size": "1048576",
      "tfile.fs.output.buffer.size": "262144",
      "tfile.fs.input.buffer.size": "262144",
      "hadoop.http.authentication.type": "simple",
      "hadoop.http.authentication.token.validity": "36000",
      "hadoop.http.authentication.signature.secret.file": "${user.home}/hadoop-http-auth-signature-secret",
      "hadoop.http.authentication.cookie.domain": "",
      "hadoop.http.authentication.simple.anonymous.allowed": "true",
      "hadoop.http.authentication.kerberos.principal": "HTTP/_HOST@LOCALHOST",
      "hadoop.http.authentication.kerberos.keytab": "${user.home}/hadoop.keytab",
      "hadoop.http.cross-origin.enabled": "false",
      "hadoop.http.cross-origin.allowed-origins": "*",
      "hadoop.http.cross-origin.allowed-methods": "GET,POST,HEAD",
      "hadoop.http.cross-origin.allowed-headers": "X-Requested-With,Content-Type,Accept,Origin",
      "hadoop.http.cross-origin.max-age": "1800",
      "dfs.ha.fencing.methods": "",
      "dfs.ha.fencing.ssh.connect-timeout": "30000",
      "dfs.ha.fencing.ssh.private-key-files": "",
      "hadoop.http.staticuser.user": "dr.who",
      "ha.zookeeper.quorum": "",
      "ha.zookeeper.session-timeout.ms": "5000",
      "ha.zookeeper.parent-znode": "/hadoop-ha",
      "ha.zookeeper.acl": "world:anyone:rwcda",
      "ha.zookeeper.auth": "",
      "hadoop.ssl.keystores.factory.class": "org.apache.hadoop.security.ssl.FileBasedKeyStoresFactory",
      "hadoop.ssl.require.client.cert": "false",
      "hadoop.ssl.hostname.verifier": "DEFAULT",
      "hadoop.ssl.server.conf": "ssl-server.xml",
      "hadoop.ssl.client.conf": "ssl-client.xml",
      "hadoop.ssl.enabled": "false",
      "hadoop.ssl.enabled.protocols": "TLSv1",
      "hadoop.jetty.logs.serve.aliases": "true",
      "fs.permissions.umask-mode": "022",
      "ha.health-monitor.connect-retry-interval.ms": "1000",
      "ha.health-monitor.check-interval.ms": "1000",
      "ha.health-monitor.sleep-after-disconnect.ms": "1000",
      "ha.health-monitor.rpc-timeout.ms": "45000",
      "ha.failover-controller.new-active.rpc-timeout.ms": "60000",
      "ha.failover-controller.graceful-fence.rpc-timeout.ms": "5000",
      "ha.failover-controller.graceful-fence.connection.retries": "1",
      "ha.failover-controller.cli-check.rpc-timeout.ms": "20000",
      "ipc.client.fallback-to-simple-auth-allowed": "false",
      "fs.client.resolve.remote.symlinks": "true",
      "nfs.exports.allowed.hosts": "* rw",
      "hadoop.user.group.static.mapping.overrides": "dr.who=;",
      "rpc.metrics.quantile.enable": "false",
      "rpc.metrics.percentiles.intervals": "",
      "hadoop.security.crypto.codec.classes.EXAMPLECIPHERSUITE": "",
      "hadoop.security.crypto.codec.classes.aes.ctr.nopadding": "org.apache.hadoop.crypto.OpensslAesCtrCryptoCodec,org.apache.hadoop.crypto.JceAesCtrCryptoCodec",
      "hadoop.security.crypto.cipher.suite": "AES/CTR/NoPadding",
      "hadoop.security.crypto.jce.provider": "",
      "hadoop.security.crypto.jceks.key.serialfilter": "",
      "hadoop.security.crypto.buffer.size": "8192",
      "hadoop.security.java.secure.random.algorithm": "SHA1PRNG",
      "hadoop.security.secure.random.impl": "",
      "hadoop.security.random.device.file.path": "/dev/urandom",
      "fs.har.impl.disable.cache": "true",
      "hadoop.security.kms.client.authentication.retry-count": "1",
      "hadoop.security.kms.client.encrypted.key.cache.size": "500",
      "hadoop.security.kms.client.encrypted.key.cache.low-watermark": "0.3f",
      "hadoop.security.kms.client.encrypted.key.cache.num.refill.threads": "2",
      "hadoop.security.kms.client.encrypted.key.cache.expiry": "43200000",
      "hadoop.htrace.spanreceiver.classes": "",
      "ipc.server.max.connections": "0",
      "hadoop.registry.rm.enabled": "false",
      "hadoop.registry.zk.root": "/registry",
      "hadoop.registry.zk.session.timeout.ms": "60000",
      "hadoop.registry.zk.connection.timeout.ms": "15000",
      "hadoop.registry.zk.retry.times": "5",
      "hadoop.registry.zk.retry.interval.ms": "1000",
      "hadoop.registry.zk.retry.ceiling.ms": "60000",
      "hadoop.registry.zk.quorum": "localhost:2181",
      "hadoop.registry.secure": "false",
      "hadoop.registry.system.acls": "sasl:yarn@, sasl:mapred@, sasl:hdfs@",
      "hadoop.registry.kerberos.realm": "",
      "hadoop.registry.jaas.context": "Client",
      "hadoop.security.sensitive-config-keys": "password$,fs.s3.*[Ss]ecret.?[Kk]ey,fs.azure.account.key.*,dfs.webhdfs.oauth2.[a-z]+.token,hadoop.security.sensitive-config-keys",
      "hadoop.hdfs.configuration.version": "1",
      "dfs.namenode.rpc-address": "",
      "dfs.namenode.rpc-bind-host": "",
      "dfs.namenode.servicerpc-address": "",
      "dfs.namenode.servicerpc-bind-host": "",
      "dfs.namenode.secondary.http-address": "0.0.0.0:50090",
      "dfs.namenode.secondary.https-address": "0.0.0.0:50091",
      "dfs.datanode.address": "0.0.0.0:50010",
      "dfs.datanode.http.address": "0.0.0.0:50075",
      "dfs.datanode.ipc.address": "0.0.0.0:50020",
      "dfs.datanode.handler.count": "10",
      "dfs.namenode.http-address": "0.0.0.0:50070",
      "dfs.namenode.http-bind-host": "",
      "dfs.namenode.heartbeat.recheck-interval": "300000",
      "dfs.http.policy": "HTTP_ONLY",
      "dfs.client.https.need-auth": "false",
      "dfs.client.cached.conn.retry": "3",
      "dfs.https.server.keystore.resource": "ssl-server.xml",
      "dfs.client.https.keystore.resource": "ssl-client.xml",
      "dfs.datanode.https.address": "0.0.0.0:50475",
      "dfs.namenode.https-address": "0.0.0.0:50470",
      "dfs.namenode.https-bind-host": "",
      "dfs.datanode.dns.interface": "default",
      "dfs.datanode.dns.nameserver": "default",
      "dfs.namenode.backup.address": "0.0.0.0:50100",
      "dfs.namenode.backup.http-address": "0.0.0.0:50105",
      "dfs.namenode.replication.considerLoad": "true",
      "dfs.default.chunk.view.size": "32768",
      "dfs.datanode.du.reserved": "0",
      "dfs.namenode.name.dir": "file://${hadoop.tmp.dir}/dfs/name",
      "dfs.namenode.name.dir.restore": "false",
      "dfs.namenode.fs-limits.max-component-length": "255",
      "dfs.namenode.fs-limits.max-directory-items": "1048576",
      "dfs.namenode.fs-limits.min-block-size": "1048576",
      "dfs.namenode.fs-limits.max-blocks-per-file": "1048576",
      "dfs.namenode.edits.dir": "${dfs.namenode.name.dir}",
      "dfs.namenode.shared.edits.dir": "",
      "dfs.namenode.edits.journal-plugin.qjournal": "org.apache.hadoop.hdfs.qjournal.client.QuorumJournalManager",
      "dfs.permissions.enabled": "true",
      "dfs.permissions.superusergroup": "supergroup",
      "dfs.cluster.administrators": "",
      "dfs.namenode.acls.enabled": "false",
      "dfs.namenode.lazypersist.file.scrub.interval.sec": "300",
      "dfs.block.access.token.enable": "false",
      "dfs.block.access.key.update.interval": "600",
      "dfs.block.access.token.lifetime": "600",
      "dfs.datanode.data.dir": "file://${hadoop.tmp.dir}/dfs/data",
      "dfs.datanode.data.dir.perm": "700",
      "dfs.replication": "3",
      "dfs.replication.max": "512",
      "dfs.namenode.replication.min": "1",
      "dfs.blocksize": "134217728",
      "dfs.client.block.write.retries": "3",
      "dfs.client.block.write.replace-datanode-on-failure.enable": "true",
      "dfs.client.block.write.replace-datanode-on-failure.policy": "DEFAULT",
      "dfs.client.block.write.replace-datanode-on-failure.best-effort": "false",
      "dfs.blockreport.intervalMsec": "21600000",
      "dfs.blockreport.initialDelay": "0",
      "dfs.blockreport.split.threshold": "1000000",
      "dfs.datanode.directoryscan.interval": "21600",
      "dfs.datanode.directoryscan.threads": "1",
      "dfs.datanode.directoryscan.throttle.limit.ms.per.sec": "0",
      "dfs.heartbeat.interval": "3",
      "dfs.namenode.handler.count": "10",
      "dfs.namenode.safemode.threshold-pct": "0.999f",
      "dfs.namenode.safemode.min.datanodes": "0",
      "dfs.namenode.safemode.extension": "30000",
      "dfs.namenode.resource.check.interval": "5000",
      "dfs.namenode.resource.du.reserved": "104857600",
      "dfs.namenode.resource.checked.volumes": "",
      "dfs.namenode.resource.checked.volumes.minimum": "1",
      "dfs.datanode.balance.bandwidthPerSec": "1048576",
      "dfs.mover.max-no-move-interval": "60000",
      "dfs.hosts": "",
      "dfs.hosts.exclude": "",
      "dfs.namenode.max.objects": "0",
      "dfs.namenode.datanode.registration.ip-hostname-check": "true",
      "dfs.namenode.decommission.interval": "30",
      "dfs.namenode.decommission.blocks.per.interval": "500000",
      "dfs.namenode.decommission.max.concurrent.tracked.nodes": "100",
      "dfs.namenode.replication.interval": "3",
      "dfs.namenode.accesstime.precision": "3600000",
      "dfs.datanode.plugins": "",
      "dfs.namenode.plugins": "",
      "dfs.namenode.block-placement-policy.default.prefer-local-node": "true",
      "dfs.stream-buffer-size": "4096",
      "dfs.bytes-per-checksum": "512",
      "dfs.client-write-packet-size": "65536",
      "dfs.client.write.exclude.nodes.cache.expiry.interval.millis": "600000",
      "dfs.namenode.checkpoint.dir": "file://${hadoop.tmp.dir}/dfs/namesecondary",
      "dfs.namenode.checkpoint.edits.dir": "${dfs.namenode.checkpoint.dir}",
      "dfs.namenode.checkpoint.period": "3600",
      "dfs.namenode.checkpoint.txns": "1000000",
      "dfs.namenode.checkpoint.check.period": "60",
      "dfs.namenode.checkpoint.max-retries": "3",
      "dfs.namenode.num.checkpoints.retained": "2",
      "dfs.namenode.num.extra.edits.retained": "1000000",
      "dfs.namenode.max.extra.edits.segments.retained": "10000",
      "dfs.namenode.delegation.key.update-interval": "86400000",
      "dfs.namenode.delegation.token.max-lifetime": "604800000",
      "dfs.namenode.delegation.token.renew-interval": "86400000",
      "dfs.datanode.failed.volumes.tolerated": "0",
      "dfs.image.compress": "false",
      "dfs.image.compression.codec": "org.apache.hadoop.io.compress.DefaultCodec",
      "dfs.image.transfer.timeout": "60000",
      "dfs.image.transfer.bandwidthPerSec": "0",
      "dfs.image.transfer.chunksize": "65536",
      "dfs.namenode.support.allow.format": "true",
      "dfs.datanode.max.transfer.threads": "4096",
      "dfs.datanode.scan.period.hours": "504",
      "dfs.block.scanner.volume.bytes.per.second": "1048576",
      "dfs.datanode.readahead.bytes": "4194304",
      "dfs.datanode.drop.cache.behind.reads": "false",
      "dfs.datanode.drop.cache.behind.writes": "false",
      "dfs.datanode.sync.behind.writes": "false",
      "dfs.client.failover.max.attempts": "15",
      "dfs.client.failover.sleep.base.millis": "500",
      "dfs.client.failover.sleep.max.millis": "15000",
      "dfs.client.failover.connection.retries": "0",
      "dfs.client.failover.connection.retries.on.timeouts": "0",
      "dfs.client.datanode-restart.timeout": "30",
      "dfs.nameservices": "",
      "dfs.nameservice.id": "",
      "dfs.internal.nameservices": "",
      "dfs.ha.namenodes.EXAMPLENAMESERVICE": "",
      "dfs.ha.namenode.id": "",
      "dfs.ha.log-roll.period": "120",
      "dfs.ha.tail-edits.period": "60",
      "dfs.ha.automatic-failover.enabled": "false",
      "dfs.client.use.datanode.hostname": "false",
      "dfs.datanode.use.datanode.hostname": "false",
      "dfs.client.local.interfaces": "",
      "dfs.datanode.shared.file.descriptor.paths": "/dev/shm,/tmp",
      "dfs.short.circuit.shared.memory.watcher.interrupt.check.ms": "60000",
      "dfs.namenode.kerberos.principal": "",
      "dfs.namenode.keytab.file": "",
      "dfs.datanode.kerberos.principal": "",
      "dfs.datanode.keytab.file": "",
      "dfs.journalnode.kerberos.principal": "",
      "dfs.journalnode.keytab.file": "",
      "dfs.namenode.kerberos.internal.spnego.principal": "${dfs.web.authentication.kerberos.principal}",
      "dfs.journalnode.kerberos.internal.spnego.principal": "",
      "dfs.secondary.namenode.kerberos.internal.spnego.principal": "${dfs.web.authentication.kerberos.principal}",
      "dfs.web.authentication.kerberos.principal": "",
      "dfs.web.authentication.kerberos.keytab": "",
      "dfs.namenode.kerberos.principal.pattern": "*",
      "dfs.namenode.avoid.read.stale.datanode": "false",
      "dfs.namenode.avoid.write.stale.datanode": "false",
      "dfs.namenode.stale.datanode.interval": "30000",
      "dfs.namenode.write.stale.datanode.ratio": "0.5f",
      "dfs.namenode.invalidate.work.pct.per.iteration": "0.32f",
      "dfs.namenode.replication.work.multiplier.per.iteration": "2",
      "nfs.server.port": "2049",
      "nfs.mountd.port": "4242",
      "nfs.dump.dir": "/tmp/.hdfs-nfs",
      "nfs.rtmax": "1048576",
      "nfs.wtmax": "1048576",
      "nfs.keytab.file": "",
      "nfs.kerberos.principal": "",
      "nfs.allow.insecure.ports": "true",
      "dfs.webhdfs.enabled": "true",
      "hadoop.fuse.connection.timeout": "300",
      "hadoop.fuse.timer.period": "5",
      "dfs.metrics.percentiles.intervals": "",
      "hadoop.user.group.metrics.percentiles.intervals": "",
      "dfs.encrypt.data.transfer": "false",
      "dfs.encrypt.data.transfer.algorithm": "",
      "dfs.encrypt.data.transfer.cipher.suites": "",
      "dfs.encrypt.data.transfer.cipher.key.bitlength": "128",
      "dfs.trustedchannel.resolver.class": "",
      "dfs.data.transfer.protection": "",
      "dfs.data.transfer.saslproperties.resolver.class": "",
      "dfs.datanode.hdfs-blocks-metadata.enabled": "false",
      "dfs.client.file-block-storage-locations.num-threads": "10",
      "dfs.client.file-block-storage-locations.timeout.millis": "1000",
      "dfs.journalnode.rpc-address": "0.0.0.0:8485",
      "dfs.journalnode.http-address": "0.0.0.0:8480",
      "dfs.journalnode.https-address": "0.0.0.0:8481",
      "dfs.namenode.audit.loggers": "default",
      "dfs.datanode.available-space-volume-choosing-policy.balanced-space-threshold": "10737418240",
      "dfs.datanode.available-space-volume-choosing-policy.balanced-space-preference-fraction": "0.75f",
      "dfs.namenode.edits.noeditlogchannelflush": "false",
      "dfs.client.cache.drop.behind.writes": "",
      "dfs.client.cache.drop.behind.reads": "",
      "dfs.client.cache.readahead": "",
      "dfs.namenode.enable.retrycache": "true",
      "dfs.namenode.retrycache.expirytime.millis": "600000",
      "dfs.namenode.retrycache.heap.percent": "0.03f",
      "dfs.client.mmap.enabled": "true",
      "dfs.client.mmap.cache.size": "256",
      "dfs.client.mmap.cache.timeout.ms": "3600000",
      "dfs.client.mmap.retry.timeout.ms": "300000",
      "dfs.client.short.circuit.replica.stale.threshold.ms": "1800000",
      "dfs.namenode.path.based.cache.block.map.allocation.percent": "0.25",
      "dfs.datanode.max.locked.memory": "0",
      "dfs.namenode.list.cache.directives.num.responses": "100",
      "dfs.namenode.list.cache.pools.num.responses": "100",
      "dfs.namenode.path.based.cache.refresh.interval.ms": "30000",
      "dfs.namenode.path.based.cache.retry.interval.ms": "30000",
      "dfs.datanode.fsdatasetcache.max.threads.per.volume": "4",
      "dfs.cachereport.intervalMsec": "10000",
      "dfs.namenode.edit.log.autoroll.multiplier.threshold": "2.0",
      "dfs.namenode.edit.log.autoroll.check.interval.ms": "300000",
      "dfs.webhdfs.user.provider.user.pattern": "^[A-Za-z_][A-Za-z0-9._-]*[$]?$",
      "dfs.client.context": "default",
      "dfs.client.read.shortcircuit": "false",
      "dfs.client.socket.send.buffer.size": "131072",
      "dfs.domain.socket.path": "",
      "dfs.client.read.shortcircuit.skip.checksum": "false",
      "dfs.client.read.shortcircuit.streams.cache.size": "256",
      "dfs.client.read.shortcircuit.streams.cache.expiry.ms": "300000",
      "dfs.client.use.legacy.blockreader.local": "false",
      "dfs.block.local-path-access.user": "",
      "dfs.client.domain.socket.data.traffic": "false",
      "dfs.namenode.reject-unresolved-dn-topology-mapping": "false",
      "dfs.client.slow.io.warning.threshold.ms": "30000",
      "dfs.datanode.slow.io.warning.threshold.ms": "300",
      "dfs.namenode.xattrs.enabled": "true",
      "dfs.namenode.fs-limits.max-xattrs-per-inode": "32",
      "dfs.namenode.fs-limits.max-xattr-size": "16384",
      "dfs.namenode.write-lock-reporting-threshold-ms": "5000",
      "dfs.namenode.read-lock-reporting-threshold-ms": "5000",
      "dfs.namenode.lock.detailed-metrics.enabled": "false",
      "dfs.namenode.fslock.fair": "true",
      "dfs.namenode.startup.delay.block.deletion.sec": "0",
      "dfs.namenode.list.encryption.zones.num.responses": "100",
      "dfs.namenode.inotify.max.events.per.rpc": "1000",
      "dfs.user.home.dir.prefix": "/user",
      "dfs.datanode.cache.revocation.timeout.ms": "900000",
      "dfs.datanode.cache.revocation.polling.ms": "500",
      "dfs.datanode.block.id.layout.upgrade.threads": "12",
      "dfs.encryption.key.provider.uri": "",
      "dfs.storage.policy.enabled": "true",
      "dfs.namenode.legacy-oiv-image.dir": "",
      "dfs.namenode.top.enabled": "true",
      "dfs.namenode.top.window.num.buckets": "10",
      "dfs.namenode.top.num.users": "10",
      "dfs.namenode.top.windows.minutes": "1,5,25",
      "dfs.namenode.blocks.per.postponedblocks.rescan": "10000",
      "dfs.datanode.block-pinning.enabled": "false",
      "dfs.datanode.bp-ready.timeout": "20",
      "dfs.balancer.keytab.enabled": "false",
      "dfs.balancer.address": "0.0.0.0:0",
      "dfs.balancer.keytab.file": "",
      "dfs.balancer.kerberos.principal": "",
      "dfs.balancer.block-move.timeout": "0",
      "dfs.balancer.max-no-move-interval": "60000",
      "dfs.lock.suppress.warning.interval": "10s",
      "dfs.namenode.quota.init-threads": "4",
      "dfs.reformat.disabled": "false",
      "dfs.datanode.transfer.socket.send.buffer.size": "131072",
      "dfs.datanode.transfer.socket.recv.buffer.size": "131072",
      "yarn.ipc.client.factory.class": "",
      "yarn.ipc.server.factory.class": "",
      "yarn.ipc.record.factory.class": "",
      "yarn.ipc.rpc.class": "org.apache.hadoop.yarn.ipc.HadoopYarnProtoRPC",
      "yarn.resourcemanager.hostname": "0.0.0.0",
      "yarn.resourcemanager.address": "${yarn.resourcemanager.hostname}:8032",
      "yarn.resourcemanager.bind-host": "",
      "yarn.resourcemanager.client.thread-count": "50",
      "yarn.resourcemanager.amlauncher.thread-count": "50",
      "yarn.resourcemanager.nodemanager-connect-retries": "10",
      "yarn.dispatcher.drain-events.timeout": "300000",
      "yarn.am.liveness-monitor.expiry-interval-ms": "600000",
      "yarn.resourcemanager.principal": "",
      "yarn.resourcemanager.scheduler.address": "${yarn.resourcemanager.hostname}:8030",
      "yarn.resourcemanager.scheduler.client.thread-count": "50",
      "yarn.http.policy": "HTTP_ONLY",
      "yarn.resourcemanager.webapp.address": "${yarn.resourcemanager.hostname}:8088",
      "yarn.resourcemanager.webapp.https.address": "${yarn.resourcemanager.hostname}:8090",
      "yarn.resourcemanager.resource-tracker.address": "${yarn.resourcemanager.hostname}:8031",
      "yarn.acl.enable": "false",
      "yarn.admin.acl": "*",
      "yarn.resourcemanager.admin.address": "${yarn.resourcemanager.hostname}:8033",
      "yarn.resourcemanager.admin.client.thread-count": "1",
      "yarn.resourcemanager.connect.max-wait.ms": "900000",
      "yarn.resourcemanager.connect.retry-interval.ms": "30000",
      "yarn.resourcemanager.am.max-attempts": "2",
      "yarn.resourcemanager.container.liveness-monitor.interval-ms": "600000",
      "yarn.resourcemanager.keytab": "/etc/krb5.keytab",
      "yarn.resourcemanager.webapp.delegation-token-auth-filter.enabled": "true",
      "yarn.resourcemanager.webapp.cross-origin.enabled": "false",
      "yarn.nm.liveness-monitor.expiry-interval-ms": "600000",
      "yarn.resourcemanager.nodes.include-path": "",
      "yarn.resourcemanager.nodes.exclude-path": "",
      "yarn.resourcemanager.resource-tracker.client.thread-count": "50",
      "yarn.resourcemanager.scheduler.class": "org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler",
      "yarn.scheduler.minimum-allocation-mb": "1024",
      "yarn.scheduler.maximum-allocation-mb": "8192",
      "yarn.scheduler.minimum-allocation-vcores": "1",
      "yarn.scheduler.maximum-allocation-vcores": "32",
      "yarn.resourcemanager.recovery.enabled": "false",
      "yarn.resourcemanager.fail-fast": "${yarn.fail-fast}",
      "yarn.fail-fast": "false",
      "yarn.resourcemanager.work-preserving-recovery.enabled": "true",
      "yarn.resourcemanager.work-preserving-recovery.scheduling-wait-ms": "10000",
      "yarn.resourcemanager.store.class": "org.apache.hadoop.yarn.server.resourcemanager.recovery.FileSystemRMStateStore",
      "yarn.resourcemanager.state-store.max-completed-applications": "${yarn.resourcemanager.max-completed-applications}",
      "yarn.resourcemanager.zk-address": "",
      "yarn.resourcemanager.zk-num-retries": "1000",
      "yarn.resourcemanager.zk-retry-interval-ms": "1000",
      "yarn.resourcemanager.zk-state-store.parent-path": "/rmstore",
      "yarn.resourcemanager.zk-timeout-ms": "10000",
      "yarn.resourcemanager.zk-acl": "world:anyone:rwcda",
      "yarn.resourcemanager.zk-state-store.root-node.acl": "",
      "yarn.resourcemanager.zk-auth": "",
      "yarn.resourcemanager.fs.state-store.uri": "${hadoop.tmp.dir}/yarn/system/rmstore",
      "yarn.resourcemanager.fs.state-store.retry-policy-spec": "2000, 500",
      "yarn.resourcemanager.fs.state-store.num-retries": "0",
      "yarn.resourcemanager.fs.state-store.retry-interval-ms": "1000",
      "yarn.resourcemanager.leveldb-state-store.path": "${hadoop.tmp.dir}/yarn/system/rmstore",
      "yarn.resourcemanager.leveldb-state-store.compaction-interval-secs": "3600",
      "yarn.resourcemanager.ha.enabled": "false",
      "yarn.resourcemanager.ha.automatic-failover.enabled": "true",
      "yarn.resourcemanager.ha.automatic-failover.embedded": "true",
      "yarn.resourcemanager.ha.automatic-failover.zk-base-path": "/yarn-leader-election",
      "yarn.resourcemanager.cluster-id": "",
      "yarn.resourcemanager.ha.rm-ids": "",
      "yarn.resourcemanager.ha.id": "",
      "yarn.client.failover-proxy-provider": "org.apache.hadoop.yarn.client.ConfiguredRMFailoverProxyProvider",
      "yarn.client.failover-max-attempts": "",
      "yarn.client.failover-sleep-base-ms": "",
      "yarn.client.failover-sleep-max-ms": "",
      "yarn.client.failover-retries": "0",
      "yarn.client.failover-retries-on-socket-timeouts": "0",
      "yarn.resourcemanager.max-completed-applications": "10000",
      "yarn.resourcemanager.delayed.delegation-token.removal-interval-ms": "30000",
      "yarn.resourcemanager.proxy-user-privileges.enabled": "false",
      "yarn.resourcemanager.am-rm-tokens.master-key-rolling-interval-secs": "86400",
      "yarn.resourcemanager.container-tokens.master-key-rolling-interval-secs": "86400",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-ms": "1000",
      "yarn.resourcemanager.nodemanager.minimum.version": "NONE",
      "yarn.resourcemanager.scheduler.monitor.enable": "false",
      "yarn.resourcemanager.scheduler.monitor.policies": "org.apache.hadoop.yarn.server.resourcemanager.monitor.capacity.ProportionalCapacityPreemptionPolicy",
      "yarn.resourcemanager.configuration.provider-class": "org.apache.hadoop.yarn.LocalConfigurationProvider",
      "yarn.resourcemanager.system-metrics-publisher.enabled": "false",
      "yarn.resourcemanager.system-metrics-publisher.dispatcher.pool-size": "10",
      "yarn.nodemanager.hostname": "0.0.0.0",
      "yarn.nodemanager.address": "${yarn.nodemanager.hostname}:0",
      "yarn.nodemanager.bind-host": "",
      "yarn.nodemanager.admin-env": "MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX",
      "yarn.nodemanager.env-whitelist": "JAVA_HOME,HADOOP_COMMON_HOME,HADOOP_HDFS_HOME,HADOOP_CONF_DIR,HADOOP_YARN_HOME",
      "yarn.nodemanager.container-executor.class": "org.apache.hadoop.yarn.server.nodemanager.DefaultContainerExecutor",
      "yarn.nodemanager.container-manager.thread-count": "20",
      "yarn.nodemanager.delete.thread-count": "4",
      "yarn.nodemanager.delete.debug-delay-sec": "0",
      "yarn.nodemanager.keytab": "/etc/krb5.keytab",
      "yarn.nodemanager.local-dirs": "${hadoop.tmp.dir}/nm-local-dir",
      "yarn.nodemanager.local-cache.max-files-per-directory": "8192",
      "yarn.nodemanager.localizer.address": "${yarn.nodemanager.hostname}:8040",
      "yarn.nodemanager.localizer.cache.cleanup.interval-ms": "600000",
      "yarn.nodemanager.localizer.cache.target-size-mb": "10240",
      "yarn.nodemanager.localizer.client.thread-count": "5",
      "yarn.nodemanager.localizer.fetch.thread-count": "4",
      "yarn.nodemanager.log-dirs": "${yarn.log.dir}/userlogs",
      "yarn.log-aggregation-enable": "false",
      "yarn.log-aggregation.retain-seconds": "-1",
      "yarn.log-aggregation.retain-check-interval-seconds": "-1",
      "yarn.nodemanager.log.retain-seconds": "10800",
      "yarn.nodemanager.remote-app-log-dir": "/tmp/logs",
      "yarn.nodemanager.remote-app-log-dir-suffix": "logs",
      "yarn.nodemanager.resource.memory-mb": "8192",
      "yarn.nodemanager.pmem-check-enabled": "true",
      "yarn.nodemanager.vmem-check-enabled": "true",
      "yarn.nodemanager.vmem-pmem-ratio": "2.1",
      "yarn.nodemanager.resource.cpu-vcores": "8",
      "yarn.nodemanager.resource.percentage-physical-cpu-limit": "100",
      "yarn.nodemanager.webapp.address": "${yarn.nodemanager.hostname}:8042",
      "yarn.nodemanager.container-monitor.interval-ms": "3000",
      "yarn.nodemanager.container-monitor.resource-calculator.class": "",
      "yarn.nodemanager.health-checker.interval-ms": "600000",
      "yarn.nodemanager.health-checker.script.timeout-ms": "1200000",
      "yarn.nodemanager.health-checker.script.path": "",
      "yarn.nodemanager.health-checker.script.opts": "",
      "yarn.nodemanager.disk-health-checker.interval-ms": "120000",
      "yarn.nodemanager.disk-health-checker.min-healthy-disks": "0.25",
      "yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage": "90.0",
      "yarn.nodemanager.disk-health-checker.min-free-space-per-disk-mb": "0",
      "yarn.nodemanager.linux-container-executor.path": "",
      "yarn.nodemanager.linux-container-executor.resources-handler.class": "org.apache.hadoop.yarn.server.nodemanager.util.DefaultLCEResourcesHandler",
      "yarn.nodemanager.linux-container-executor.cgroups.hierarchy": "/hadoop-yarn",
      "yarn.nodemanager.linux-container-executor.cgroups.mount": "false",
      "yarn.nodemanager.linux-container-executor.cgroups.mount-path": "",
      "yarn.nodemanager.linux-container-executor.nonsecure-mode.limit-users": "true",
      "yarn.nodemanager.linux-container-executor.nonsecure-mode.local-user": "nobody",
      "yarn.nodemanager.linux-container-executor.nonsecure-mode.user-pattern": "^[_.A-Za-z0-9][-@_.A-Za-z0-9]{0,255}?[$]?$",
      "yarn.nodemanager.linux-container-executor.cgroups.strict-resource-usage": "false",
      "yarn.nodemanager.windows-container.memory-limit.enabled": "false",
      "yarn.nodemanager.windows-container.cpu-limit.enabled": "false",
      "yarn.nodemanager.log-aggregation.compression-type": "none",
      "yarn.nodemanager.principal": "",
      "yarn.nodemanager.aux-services": "",
      "yarn.nodemanager.sleep-delay-before-sigkill.ms": "250",
      "yarn.nodemanager.process-kill-wait.ms": "2000",
      "yarn.nodemanager.resourcemanager.minimum.version": "NONE",
      "yarn.client.nodemanager-client-async.thread-pool-max-size": "500",
      "yarn.client.nodemanager-connect.max-wait-ms": "180000",
      "yarn.client.nodemanager-connect.retry-interval-ms": "10000",
      "yarn.client.max-cached-nodemanagers-proxies": "0",
      "yarn.nodemanager.recovery.enabled": "false",
      "yarn.nodemanager.recovery.dir": "${hadoop.tmp.dir}/yarn-nm-recovery",
      "yarn.nodemanager.recovery.compaction-interval-secs": "3600",
      "yarn.nodemanager.container-metrics.unregister-delay-ms": "10000",
      "yarn.nodemanager.docker-container-executor.exec-name": "/usr/bin/docker",
      "yarn.nodemanager.aux-services.mapreduce_shuffle.class": "org.apache.hadoop.mapred.ShuffleHandler",
      "mapreduce.job.jar": "",
      "mapreduce.job.hdfs-servers": "${fs.defaultFS}",
      "yarn.web-proxy.principal": "",
      "yarn.web-proxy.keytab": "",
      "yarn.web-proxy.address": "",
      "yarn.application.classpath": "",
      "yarn.timeline-service.enabled": "false",
      "yarn.timeline-service.hostname": "0.0.0.0",
      "yarn.timeline-service.address": "${yarn.timeline-service.hostname}:10200",
      "yarn.timeline-service.webapp.address": "${yarn.timeline-service.hostname}:8188",
      "yarn.timeline-service.webapp.https.address": "${yarn.timeline-service.hostname}:8190",
      "yarn.timeline-service.bind-host": "",
      "yarn.timeline-service.generic-application-history.max-applications": "10000",
      "yarn.timeline-service.store-class": "org.apache.hadoop.yarn.server.timeline.LeveldbTimelineStore",
      "yarn.timeline-service.ttl-enable": "true",
      "yarn.timeline-service.ttl-ms": "604800000",
      "yarn.timeline-service.leveldb-timeline-store.path": "${hadoop.tmp.dir}/yarn/timeline",
      "yarn.timeline-service.leveldb-timeline-store.ttl-interval-ms": "300000",
      "yarn.timeline-service.leveldb-timeline-store.read-cache-size": "104857600",
      "yarn.timeline-service.leveldb-timeline-store.start-time-read-cache-size": "10000",
      "yarn.timeline-service.leveldb-timeline-store.start-time-write-cache-size": "10000",
      "yarn.timeline-service.handler-thread-count": "10",
      "yarn.timeline-service.http-authentication.type": "simple",
      "yarn.timeline-service.http-authentication.simple.anonymous.allowed": "true",
      "yarn.timeline-service.principal": "",
      "yarn.timeline-service.keytab": "/etc/krb5.keytab",
      "yarn.timeline-service.ui-names": "",
      "yarn.timeline-service.client.max-retries": "30",
      "yarn.timeline-service.client.best-effort": "false",
      "yarn.timeline-service.client.retry-interval-ms": "1000",
      "yarn.timeline-service.recovery.enabled": "false",
      "yarn.timeline-service.state-store-class": "org.apache.hadoop.yarn.server.timeline.recovery.LeveldbTimelineStateStore",
      "yarn.timeline-service.leveldb-state-store.path": "${hadoop.tmp.dir}/yarn/timeline",
      "yarn.sharedcache.enabled": "false",
      "yarn.sharedcache.root-dir": "/sharedcache",
      "yarn.sharedcache.nested-level": "3",
      "yarn.sharedcache.store.class": "org.apache.hadoop.yarn.server.sharedcachemanager.store.InMemorySCMStore",
      "yarn.sharedcache.app-checker.class": "org.apache.hadoop.yarn.server.sharedcachemanager.RemoteAppChecker",
      "yarn.sharedcache.store.in-memory.staleness-period-mins": "10080",
      "yarn.sharedcache.store.in-memory.initial-delay-mins": "10",
      "yarn.sharedcache.store.in-memory.check-period-mins": "720",
      "yarn.sharedcache.admin.address": "0.0.0.0:8047",
      "yarn.sharedcache.admin.thread-count": "1",
      "yarn.sharedcache.webapp.address": "0.0.0.0:8788",
      "yarn.sharedcache.cleaner.period-mins": "1440",
      "yarn.sharedcache.cleaner.initial-delay-mins": "10",
      "yarn.sharedcache.cleaner.resource-sleep-ms": "0",
      "yarn.sharedcache.uploader.server.address": "0.0.0.0:8046",
      "yarn.sharedcache.uploader.server.thread-count": "50",
      "yarn.sharedcache.client-server.address": "0.0.0.0:8045",
      "yarn.sharedcache.client-server.thread-count": "50",
      "yarn.sharedcache.checksum.algo.impl": "org.apache.hadoop.yarn.sharedcache.ChecksumSHA256Impl",
      "yarn.sharedcache.nm.uploader.replication.factor": "10",
      "yarn.sharedcache.nm.uploader.thread-count": "20",
      "yarn.client.application-client-protocol.poll-interval-ms": "200",
      "yarn.nodemanager.container-monitor.procfs-tree.smaps-based-rss.enabled": "false",
      "yarn.nodemanager.log-aggregation.roll-monitoring-interval-seconds": "-1",
      "yarn.nodemanager.webapp.cross-origin.enabled": "false",
      "mapreduce.jobtracker.jobhistory.location": "",
      "mapreduce.jobtracker.jobhistory.task.numberprogresssplits": "12",
      "mapreduce.job.userhistorylocation": "",
      "mapreduce.jobtracker.jobhistory.completed.location": "",
      "mapreduce.job.committer.setup.cleanup.needed": "true",
      "mapreduce.task.io.sort.factor": "10",
      "mapreduce.task.io.sort.mb": "100",
      "mapreduce.map.sort.spill.percent": "0.80",
      "mapreduce.jobtracker.address": "local",
      "mapreduce.local.clientfactory.class.name": "org.apache.hadoop.mapred.LocalClientFactory",
      "mapreduce.jobtracker.http.address": "0.0.0.0:50030",
      "mapreduce.jobtracker.handler.count": "10",
      "mapreduce.tasktracker.report.address": "127.0.0.1:0",
      "mapreduce.cluster.local.dir": "${hadoop.tmp.dir}/mapred/local",
      "mapreduce.jobtracker.system.dir": "${hadoop.tmp.dir}/mapred/system",
      "mapreduce.jobtracker.staging.root.dir": "${hadoop.tmp.dir}/mapred/staging",
      "mapreduce.cluster.temp.dir": "${hadoop.tmp.dir}/mapred/temp",
      "mapreduce.tasktracker.local.dir.minspacestart": "0",
      "mapreduce.tasktracker.local.dir.minspacekill": "0",
      "mapreduce.jobtracker.expire.trackers.interval": "600000",
      "mapreduce.tasktracker.instrumentation": "org.apache.hadoop.mapred.TaskTrackerMetricsInst",
      "mapreduce.tasktracker.resourcecalculatorplugin": "",
      "mapreduce.tasktracker.taskmemorymanager.monitoringinterval": "5000",
      "mapreduce.tasktracker.tasks.sleeptimebeforesigkill": "5000",
      "mapreduce.job.maps": "2",
      "mapreduce.job.reduces": "1",
      "mapreduce.jobtracker.restart.recover": "false",
      "mapreduce.jobtracker.jobhistory.block.size": "3145728",
      "mapreduce.jobtracker.taskscheduler": "org.apache.hadoop.mapred.JobQueueTaskScheduler",
      "mapreduce.job.running.map.limit": "0",
      "mapreduce.job.running.reduce.limit": "0",
      "mapreduce.job.reducer.preempt.delay.sec": "0",
      "mapreduce.job.reducer.unconditional-preempt.delay.sec": "300",
      "mapreduce.job.max.split.locations": "10",
      "mapreduce.job.split.metainfo.maxsize": "10000000",
      "mapreduce.jobtracker.taskscheduler.maxrunningtasks.perjob": "",
      "mapreduce.map.maxattempts": "4",
      "mapreduce.reduce.maxattempts": "4",
      "mapreduce.reduce.shuffle.fetch.retry.enabled": "${yarn.nodemanager.recovery.enabled}",
      "mapreduce.reduce.shuffle.fetch.retry.interval-ms": "1000",
      "mapreduce.reduce.shuffle.fetch.retry.timeout-ms": "30000",
      "mapreduce.reduce.shuffle.retry-delay.max.ms": "60000",
      "mapreduce.reduce.shuffle.parallelcopies": "5",
      "mapreduce.reduce.shuffle.connect.timeout": "180000",
      "mapreduce.reduce.shuffle.read.timeout": "180000",
      "mapreduce.shuffle.listen.queue.size": "128",
      "mapreduce.shuffle.connection-keep-alive.enable": "false",
      "mapreduce.shuffle.connection-keep-alive.timeout": "5",
      "mapreduce.task.timeout": "600000",
      "mapreduce.tasktracker.map.tasks.maximum": "2",
      "mapreduce.tasktracker.reduce.tasks.maximum": "2",
      "mapreduce.map.memory.mb": "1024",
      "mapreduce.map.cpu.vcores": "1",
      "mapreduce.reduce.memory.mb": "1024",
      "mapreduce.reduce.cpu.vcores": "1",
      "mapreduce.jobtracker.retiredjobs.cache.size": "1000",
      "mapreduce.tasktracker.outofband.heartbeat": "false",
      "mapreduce.jobtracker.jobhistory.lru.cache.size": "5",
      "mapreduce.jobtracker.instrumentation": "org.apache.hadoop.mapred.JobTrackerMetricsInst",
      "mapred.child.java.opts": "-Xmx200m",
      "mapred.child.env": "",
      "mapreduce.admin.user.env": "",
      "mapreduce.map.log.level": "INFO",
      "mapreduce.reduce.log.level": "INFO",
      "mapreduce.reduce.merge.inmem.threshold": "1000",
      "mapreduce.reduce.shuffle.merge.percent": "0.66",
      "mapreduce.reduce.shuffle.input.buffer.percent": "0.70",
      "mapreduce.reduce.input.buffer.percent": "0.0",
      "mapreduce.reduce.shuffle.memory.limit.percent": "0.25",
      "mapreduce.shuffle.ssl.enabled": "false",
      "mapreduce.shuffle.ssl.file.buffer.size": "65536",
      "mapreduce.shuffle.max.connections": "0",
      "mapreduce.shuffle.max.threads": "0",
      "mapreduce.shuffle.transferTo.allowed": "",
      "mapreduce.shuffle.transfer.buffer.size": "131072",
      "mapreduce.reduce.markreset.buffer.percent": "0.0",
      "mapreduce.map.speculative": "true",
      "mapreduce.reduce.speculative": "true",
      "mapreduce.job.speculative.speculative-cap-running-tasks": "0.1",
      "mapreduce.job.speculative.speculative-cap-total-tasks": "0.01",
      "mapreduce.job.speculative.minimum-allowed-tasks": "10",
      "mapreduce.job.speculative.retry-after-no-speculate": "1000",
      "mapreduce.job.speculative.retry-after-speculate": "15000",
      "mapreduce.job.map.output.collector.class": "org.apache.hadoop.mapred.MapTask$MapOutputBuffer",
      "mapreduce.job.speculative.slowtaskthreshold": "1.0",
      "mapreduce.job.jvm.numtasks": "1",
      "mapreduce.job.ubertask.enable": "false",
      "mapreduce.job.ubertask.maxmaps": "9",
      "mapreduce.job.ubertask.maxreduces": "1",
      "mapreduce.job.ubertask.maxbytes": "",
      "mapreduce.job.emit-timeline-data": "false",
      "mapreduce.input.fileinputformat.split.minsize": "0",
      "mapreduce.input.fileinputformat.list-status.num-threads": "1",
      "mapreduce.jobtracker.maxtasks.perjob": "-1",
      "mapreduce.input.lineinputformat.linespermap": "1",
      "mapreduce.client.submit.file.replication": "10",
      "mapreduce.tasktracker.dns.interface": "default",
      "mapreduce.tasktracker.dns.nameserver": "default",
      "mapreduce.tasktracker.http.threads": "40",
      "mapreduce.tasktracker.http.address": "0.0.0.0:50060",
      "mapreduce.task.files.preserve.failedtasks": "false",
      "mapreduce.output.fileoutputformat.compress": "false",
      "mapreduce.output.fileoutputformat.compress.type": "RECORD",
      "mapreduce.output.fileoutputformat.compress.codec": "org.apache.hadoop.io.compress.DefaultCodec",
      "mapreduce.map.output.compress": "false",
      "mapreduce.map.output.compress.codec": "org.apache.hadoop.io.compress.DefaultCodec",
      "map.sort.class": "org.apache.hadoop.util.QuickSort",
      "mapreduce.task.userlog.limit.kb": "0",
      "yarn.app.mapreduce.am.container.log.limit.kb": "0",
      "yarn.app.mapreduce.task.container.log.backups": "0",
      "yarn.app.mapreduce.am.container.log.backups": "0",
      "yarn.app.mapreduce.shuffle.log.separate": "true",
      "yarn.app.mapreduce.shuffle.log.limit.kb": "0",
      "yarn.app.mapreduce.shuffle.log.backups": "0",
      "mapreduce.job.userlog.retain.hours": "24",
      "mapreduce.jobtracker.hosts.filename": "",
      "mapreduce.jobtracker.hosts.exclude.filename": "",
      "mapreduce.jobtracker.heartbeats.in.second": "100",
      "mapreduce.jobtracker.tasktracker.maxblacklists": "4",
      "mapreduce.job.maxtaskfailures.per.tracker": "3",
      "mapreduce.client.output.filter": "FAILED",
      "mapreduce.client.completion.pollinterval": "5000",
      "mapreduce.client.progressmonitor.pollinterval": "1000",
      "mapreduce.jobtracker.persist.jobstatus.active": "true",
      "mapreduce.jobtracker.persist.jobstatus.hours": "1",
      "mapreduce.jobtracker.persist.jobstatus.dir": "/jobtracker/jobsInfo",
      "mapreduce.task.profile": "false",
      "mapreduce.task.profile.maps": "0-2",
      "mapreduce.task.profile.reduces": "0-2",
      "mapreduce.task.profile.params": "-agentlib:hprof=cpu=samples,heap=sites,force=n,thread=y,verbose=n,file=%s",
      "mapreduce.task.profile.map.params": "${mapreduce.task.profile.params}",
      "mapreduce.task.profile.reduce.params": "${mapreduce.task.profile.params}",
      "mapreduce.task.skip.start.attempts": "2",
      "mapreduce.map.skip.proc.count.autoincr": "true",
      "mapreduce.reduce.skip.proc.count.autoincr": "true",
      "mapreduce.job.skip.outdir": "",
      "mapreduce.map.skip.maxrecords": "0",
      "mapreduce.reduce.skip.maxgroups": "0",
      "mapreduce.ifile.readahead": "true",
      "mapreduce.ifile.readahead.bytes": "4194304",
      "mapreduce.jobtracker.taskcache.levels": "2",
      "mapreduce.job.queuename": "default",
      "mapreduce.job.tags": "",
      "mapreduce.cluster.acls.enabled": "false",
      "mapreduce.job.acl-modify-job": "",
      "mapreduce.job.acl-view-job": "",
      "mapreduce.tasktracker.indexcache.mb": "10",
      "mapreduce.job.finish-when-all-reducers-done": "false",
      "mapreduce.job.token.tracking.ids.enabled": "false",
      "mapreduce.job.token.tracking.ids": "",
      "mapreduce.task.merge.progress.records": "10000",
      "mapreduce.task.combine.progress.records": "10000",
      "mapreduce.job.reduce.slowstart.completedmaps": "0.05",
      "mapreduce.job.complete.cancel.delegation.tokens": "true",
      "mapreduce.tasktracker.taskcontroller": "org.apache.hadoop.mapred.DefaultTaskController",
      "mapreduce.tasktracker.group": "",
      "mapreduce.shuffle.port": "13562",
      "mapreduce.job.reduce.shuffle.consumer.plugin.class": "org.apache.hadoop.mapreduce.task.reduce.Shuffle",
      "mapreduce.tasktracker.healthchecker.script.path": "",
      "mapreduce.tasktracker.healthchecker.interval": "60000",
      "mapreduce.tasktracker.healthchecker.script.timeout": "600000",
      "mapreduce.tasktracker.healthchecker.script.args": "",
      "mapreduce.job.node-label-expression": "",
      "mapreduce.job.am.node-label-expression": "",
      "mapreduce.map.node-label-expression": "",
      "mapreduce.reduce.node-label-expression": "",
      "mapreduce.job.counters.limit": "120",
      "mapreduce.framework.name": "local",
      "yarn.app.mapreduce.am.staging-dir": "/tmp/hadoop-yarn/staging",
      "mapreduce.am.max-attempts": "2",
      "mapreduce.job.end-notification.url": "",
      "mapreduce.job.end-notification.retry.attempts": "0",
      "mapreduce.job.end-notification.retry.interval": "1000",
      "mapreduce.job.end-notification.max.attempts": "5",
      "mapreduce.job.log4j-properties-file": "",
      "mapreduce.job.end-notification.max.retry.interval": "5000",
      "yarn.app.mapreduce.am.env": "",
      "yarn.app.mapreduce.am.admin.user.env": "",
      "yarn.app.mapreduce.am.command-opts": "-Xmx1024m",
      "yarn.app.mapreduce.am.admin-command-opts": "",
      "yarn.app.mapreduce.am.job.task.listener.thread-count": "30",
      "yarn.app.mapreduce.am.job.client.port-range": "",
      "yarn.app.mapreduce.am.job.committer.cancel-timeout": "60000",
      "yarn.app.mapreduce.am.job.committer.commit-window": "10000",
      "mapreduce.fileoutputcommitter.algorithm.version": "1",
      "yarn.app.mapreduce.am.scheduler.heartbeat.interval-ms": "1000",
      "yarn.app.mapreduce.client-am.ipc.max-retries": "3",
      "yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts": "3",
      "yarn.app.mapreduce.client.max-retries": "3",
      "yarn.app.mapreduce.am.resource.mb": "1536",
      "yarn.app.mapreduce.am.resource.cpu-vcores": "1",
      "yarn.app.mapreduce.am.hard-kill-timeout-ms": "10000",
      "yarn.app.mapreduce.client.job.max-retries": "0",
      "yarn.app.mapreduce.client.job.retry-interval": "2000",
      "mapreduce.application.classpath": "",
      "mapreduce.app-submission.cross-platform": "false",
      "mapreduce.application.framework.path": "",
      "mapreduce.job.classloader": "false",
      "mapreduce.job.classloader.system.classes": "",
      "mapreduce.jobhistory.address": "0.0.0.0:10020",
      "mapreduce.jobhistory.webapp.address": "0.0.0.0:19888",
      "mapreduce.jobhistory.keytab": "/etc/security/keytab/jhs.service.keytab",
      "mapreduce.jobhistory.principal": "jhs/_HOST@REALM.TLD",
      "mapreduce.jobhistory.intermediate-done-dir": "${yarn.app.mapreduce.am.staging-dir}/history/done_intermediate",
      "mapreduce.jobhistory.done-dir": "${yarn.app.mapreduce.am.staging-dir}/history/done",
      "mapreduce.jobhistory.cleaner.enable": "true",
      "mapreduce.jobhistory.cleaner.interval-ms": "86400000",
      "mapreduce.jobhistory.max-age-ms": "604800000",
      "mapreduce.jobhistory.client.thread-count": "10",
      "mapreduce.jobhistory.datestring.cache.size": "200000",
      "mapreduce.jobhistory.joblist.cache.size": "20000",
      "mapreduce.jobhistory.loadedjobs.cache.size": "5",
      "mapreduce.jobhistory.loadedtasks.cache.size": "",
      "mapreduce.jobhistory.move.interval-ms": "180000",
      "mapreduce.jobhistory.move.thread-count": "3",
      "mapreduce.jobhistory.store.class": "",
      "mapreduce.jobhistory.minicluster.fixed.ports": "false",
      "mapreduce.jobhistory.admin.address": "0.0.0.0:10033",
      "mapreduce.jobhistory.admin.acl": "*",
      "mapreduce.jobhistory.recovery.enable": "false",
      "mapreduce.jobhistory.recovery.store.class": "org.apache.hadoop.mapreduce.v2.hs.HistoryServerFileSystemStateStoreService",
      "mapreduce.jobhistory.recovery.store.fs.uri": "${hadoop.tmp.dir}/mapred/history/recoverystore",
      "mapreduce.jobhistory.recovery.store.leveldb.path": "${hadoop.tmp.dir}/mapred/history/recoverystore",
      "mapreduce.jobhistory.http.policy": "HTTP_ONLY",
      "yarn.app.mapreduce.am.containerlauncher.threadpool-initial-size": "10",
      "mapreduce.job.redacted-properties": ""
    }),
    "3": table({
      "hadoop.common.configuration.version": "3.0.0",
      "hadoop.tmp.dir": "/tmp/hadoop-${user.name}",
      "hadoop.http.filter.initializers": "org.apache.hadoop.http.lib.StaticUserWebFilter",
      "hadoop.http.idle_timeout.ms": "60000",
      "hadoop.http.metrics.enabled": "true",
      "hadoop.http.jmx.nan-filter.enabled": "false",
      "hadoop.security.authorization": "false",
      "security.service.authorization.default.acl": "",
      "security.service.authorization.default.acl.blocked": "",
      "hadoop.security.instrumentation.requires.admin": "false",
      "hadoop.security.authentication": "simple",
      "hadoop.security.group.mapping": "org.apache.hadoop.security.JniBasedUnixGroupsMappingWithFallback",
      "hadoop.security.dns.interface": "",
      "hadoop.security.dns.nameserver": "",
      "hadoop.security.resolver.impl": "org.apache.hadoop.net.DNSDomainNameResolver",
      "hadoop.security.dns.log-slow-lookups.enabled": "false",
      "hadoop.security.dns.log-slow-lookups.threshold.ms": "1000",
      "hadoop.security.groups.cache.secs": "300",
      "hadoop.security.groups.negative-cache.secs": "30",
      "hadoop.security.groups.cache.warn.after.ms": "5000",
      "hadoop.security.groups.cache.background.reload": "false",
      "hadoop.security.groups.cache.background.reload.threads": "3",
      "hadoop.security.groups.shell.command.timeout": "0s",
      "hadoop.security.group.mapping.ldap.ctx.factory.class": "",
      "hadoop.security.group.mapping.ldap.connection.timeout.ms": "60000",
      "hadoop.security.group.mapping.ldap.read.timeout.ms": "60000",
      "hadoop.security.group.mapping.ldap.num.attempts": "3",
      "hadoop.security.group.mapping.ldap.num.attempts.before.failover": "3",
      "hadoop.security.group.mapping.ldap.url": "",
      "hadoop.security.group.mapping.ldap.ssl": "false",
      "hadoop.security.group.mapping.ldap.ssl.keystore": "",
      "hadoop.security.group.mapping.ldap.ssl.keystore.password.file": "",
      "hadoop.security.group.mapping.ldap.ssl.keystore.password": "",
      "hadoop.security.group.mapping.ldap.conversion.rule": "none",
      "hadoop.security.credential.clear-text-fallback": "true",
      "hadoop.security.credential.provider.path": "",
      "hadoop.security.credstore.java-keystore-provider.password-file": "",
      "hadoop.security.group.mapping.ldap.ssl.truststore": "",
      "hadoop.security.group.mapping.ldap.ssl.truststore.password.file": "",
      "hadoop.security.group.mapping.ldap.bind.users": "",
      "hadoop.security.group.mapping.ldap.bind.user": "",
      "hadoop.security.group.mapping.ldap.bind.password.alias": "",
      "hadoop.security.group.mapping.ldap.bind.password.file": "",
      "hadoop.security.group.mapping.ldap.bind.password": "",
      "hadoop.security.group.mapping.ldap.base": "",
      "hadoop.security.group.mapping.ldap.userbase": "",
      "hadoop.security.group.mapping.ldap.groupbase": "",
      "hadoop.security.group.mapping.ldap.search.filter.user": "(&(objectClass=user)(sAMAccountName={0}))",
      "hadoop.security.group.mapping.ldap.search.filter.group": "(objectClass=group)",
      "hadoop.security.group.mapping.ldap.search.attr.memberof": "",
      "hadoop.security.group.mapping.ldap.search.attr.member": "member",
      "hadoop.security.group.mapping.ldap.search.attr.group.name": "cn",
      "hadoop.security.group.mapping.ldap.search.group.hierarchy.levels": "0",
      "hadoop.security.group.mapping.ldap.posix.attr.uid.name": "uidNumber",
      "hadoop.security.group.mapping.ldap.posix.attr.gid.name": "gidNumber",
      "hadoop.security.group.mapping.ldap.directory.search.timeout": "10000",
      "hadoop.security.group.mapping.ldap.group.search.filter.pattern": "",
      "hadoop.security.group.mapping.providers": "",
      "hadoop.security.group.mapping.providers.combined": "true",
      "hadoop.security.service.user.name.key": "",
      "fs.azure.user.agent.prefix": "unknown",
      "hadoop.security.uid.cache.secs": "14400",
      "hadoop.service.shutdown.timeout": "30s",
      "hadoop.rpc.protection": "authentication",
      "hadoop.security.saslproperties.resolver.class": "",
      "hadoop.security.sensitive-config-keys": "secret$\n      password$\n      ssl.keystore.pass$\n      fs.s3a.server-side-encryption.key\n      fs.s3a.*.server-side-encryption.key\n      fs.s3a.encryption.algorithm\n      fs.s3a.encryption.key\n      fs.s3a.secret.key\n      fs.s3a.*.secret.key\n      fs.s3a.session.key\n      fs.s3a.*.session.key\n      fs.s3a.session.token\n      fs.s3a.*.session.token\n      fs.azure.account.key.*\n      fs.azure.oauth2.*\n      fs.adl.oauth2.*\n      fs.gs.encryption.*\n      fs.gs.proxy.*\n      fs.gs.auth.*\n      credential$\n      oauth.*secret\n      oauth.*password\n      oauth.*token\n      hadoop.security.sensitive-config-keys",
      "hadoop.security.token.service.use_ip": "true",
      "hadoop.workaround.non.threadsafe.getpwuid": "true",
      "hadoop.kerberos.kinit.command": "kinit",
      "hadoop.kerberos.min.seconds.before.relogin": "60",
      "hadoop.kerberos.keytab.login.autorenewal.enabled": "false",
      "hadoop.security.auth_to_local": "",
      "hadoop.security.auth_to_local.mechanism": "hadoop",
      "hadoop.token.files": "",
      "hadoop.tokens": "",
      "io.file.buffer.size": "4096",
      "io.bytes.per.checksum": "512",
      "io.skip.checksum.errors": "false",
      "io.compression.codecs": "",
      "io.compression.codec.bzip2.library": "system-native",
      "io.compression.codec.lz4.buffersize": "262144",
      "io.compression.codec.lz4.use.lz4hc": "false",
      "io.compression.codec.lzo.buffersize": "65536",
      "io.compression.codec.lzo.class": "org.apache.hadoop.io.compress.LzoCodec",
      "io.compression.codec.snappy.buffersize": "262144",
      "io.compression.codec.zstd.buffersize": "0",
      "io.compression.codec.zstd.level": "3",
      "io.serializations": "org.apache.hadoop.io.serializer.WritableSerialization, org.apache.hadoop.io.serializer.avro.AvroSpecificSerialization, org.apache.hadoop.io.serializer.avro.AvroReflectSerialization",
      "io.seqfile.local.dir": "${hadoop.tmp.dir}/io/local",
      "io.map.index.skip": "0",
      "io.map.index.interval": "128",
      "io.erasurecode.codec.rs.rawcoders": "rs_native,rs_java",
      "io.erasurecode.codec.rs-legacy.rawcoders": "rs-legacy_java",
      "io.erasurecode.codec.xor.rawcoders": "xor_native,xor_java",
      "io.erasurecode.codec.native.enabled": "true",
      "fs.defaultFS": "file:///",
      "fs.default.name": "file:///",
      "fs.trash.interval": "0",
      "fs.trash.checkpoint.interval": "0",
      "fs.trash.clean.trashroot.enable": "false",
      "fs.protected.directories": "",
      "fs.AbstractFileSystem.file.impl": "org.apache.hadoop.fs.local.LocalFs",
      "fs.AbstractFileSystem.har.impl": "org.apache.hadoop.fs.HarFs",
      "fs.AbstractFileSystem.hdfs.impl": "org.apache.hadoop.fs.Hdfs",
      "fs.AbstractFileSystem.viewfs.impl": "org.apache.hadoop.fs.viewfs.ViewFs",
      "fs.viewfs.rename.strategy": "SAME_MOUNTPOINT",
      "fs.viewfs.overload.scheme.target.hdfs.impl": "org.apache.hadoop.hdfs.DistributedFileSystem",
      "fs.viewfs.overload.scheme.target.s3a.impl": "org.apache.hadoop.fs.s3a.S3AFileSystem",
      "fs.viewfs.overload.scheme.target.ofs.impl": "org.apache.hadoop.fs.ozone.RootedOzoneFileSystem",
      "fs.viewfs.overload.scheme.target.o3fs.impl": "org.apache.hadoop.fs.ozone.OzoneFileSystem",
      "fs.viewfs.overload.scheme.target.ftp.impl": "org.apache.hadoop.fs.ftp.FTPFileSystem",
      "fs.viewfs.overload.scheme.target.webhdfs.impl": "org.apache.hadoop.hdfs.web.WebHdfsFileSystem",
      "fs.viewfs.overload.scheme.target.swebhdfs.impl": "org.apache.hadoop.hdfs.web.SWebHdfsFileSystem",
      "fs.viewfs.overload.scheme.target.file.impl": "org.apache.hadoop.fs.LocalFileSystem",
      "fs.viewfs.overload.scheme.target.abfs.impl": "org.apache.hadoop.fs.azurebfs.AzureBlobFileSystem",
      "fs.viewfs.overload.scheme.target.abfss.impl": "org.apache.hadoop.fs.azurebfs.SecureAzureBlobFileSystem",
      "fs.viewfs.overload.scheme.target.wasb.impl": "org.apache.hadoop.fs.azure.NativeAzureFileSystem",
      "fs.viewfs.overload.scheme.target.oss.impl": "org.apache.hadoop.fs.aliyun.oss.AliyunOSSFileSystem",
      "fs.viewfs.overload.scheme.target.http.impl": "org.apache.hadoop.fs.http.HttpFileSystem",
      "fs.viewfs.overload.scheme.target.gs.impl": "com.google.cloud.hadoop.fs.gcs.GoogleHadoopFS",
      "fs.viewfs.overload.scheme.target.https.impl": "org.apache.hadoop.fs.http.HttpsFileSystem",
      "fs.file.impl": "",
      "fs.creation.parallel.count": "64",
      "fs.AbstractFileSystem.ftp.impl": "org.apache.hadoop.fs.ftp.FtpFs",
      "fs.ftp.impl": "org.apache.hadoop.fs.ftp.FTPFileSystem",
      "fs.AbstractFileSystem.webhdfs.impl": "org.apache.hadoop.fs.WebHdfs",
      "fs.AbstractFileSystem.swebhdfs.impl": "org.apache.hadoop.fs.SWebHdfs",
      "fs.ftp.host": "0.0.0.0",
      "fs.ftp.host.port": "21",
      "fs.ftp.data.connection.mode": "ACTIVE_LOCAL_DATA_CONNECTION_MODE",
      "fs.ftp.transfer.mode": "BLOCK_TRANSFER_MODE",
      "fs.ftp.timeout": "0",
      "fs.df.interval": "60000",
      "fs.du.interval": "600000",
      "fs.automatic.close": "true",
      "fs.iostatistics.logging.level": "debug",
      "fs.iostatistics.thread.level.enabled": "true",
      "fs.s3a.access.key": "",
      "fs.s3a.secret.key": "",
      "fs.s3a.session.token": "",
      "fs.s3a.aws.credentials.provider": "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider,\n    org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider,\n    software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider,\n    org.apache.hadoop.fs.s3a.auth.IAMInstanceCredentialsProvider",
      "fs.s3a.security.credential.provider.path": "",
      "fs.s3a.assumed.role.arn": "",
      "fs.s3a.assumed.role.session.name": "",
      "fs.s3a.assumed.role.policy": "",
      "fs.s3a.assumed.role.session.duration": "30m",
      "fs.s3a.assumed.role.sts.endpoint": "",
      "fs.s3a.assumed.role.sts.endpoint.region": "",
      "fs.s3a.assumed.role.credentials.provider": "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",
      "fs.s3a.delegation.token.binding": "",
      "fs.s3a.connection.maximum": "500",
      "fs.s3a.connection.ssl.enabled": "true",
      "fs.s3a.endpoint": "",
      "fs.s3a.path.style.access": "false",
      "fs.s3a.proxy.host": "",
      "fs.s3a.proxy.port": "",
      "fs.s3a.proxy.username": "",
      "fs.s3a.proxy.password": "",
      "fs.s3a.proxy.domain": "",
      "fs.s3a.proxy.workstation": "",
      "fs.s3a.attempts.maximum": "5",
      "fs.s3a.connection.establish.timeout": "30s",
      "fs.s3a.connection.timeout": "200s",
      "fs.s3a.connection.ttl": "5m",
      "fs.s3a.socket.send.buffer": "8192",
      "fs.s3a.socket.recv.buffer": "8192",
      "fs.s3a.paging.maximum": "5000",
      "fs.s3a.threads.max": "96",
      "fs.s3a.threads.keepalivetime": "60s",
      "fs.s3a.max.total.tasks": "32",
      "fs.s3a.executor.capacity": "16",
      "fs.s3a.multipart.size": "64M",
      "fs.s3a.multipart.threshold": "128M",
      "fs.s3a.multiobjectdelete.enable": "true",
      "fs.s3a.acl.default": "",
      "fs.s3a.multipart.purge": "false",
      "fs.s3a.multipart.purge.age": "24h",
      "fs.s3a.encryption.algorithm": "",
      "fs.s3a.encryption.key": "",
      "fs.s3a.signing-algorithm": "",
      "fs.s3a.accesspoint.required": "false",
      "fs.s3a.block.size": "32M",
      "fs.s3a.buffer.dir": "${env.LOCAL_DIRS:-${hadoop.tmp.dir}}/s3a",
      "fs.s3a.fast.upload.buffer": "disk",
      "fs.s3a.fast.upload.active.blocks": "4",
      "fs.s3a.readahead.range": "64K",
      "fs.s3a.user.agent.prefix": "",
      "fs.s3a.impl": "org.apache.hadoop.fs.s3a.S3AFileSystem",
      "fs.s3a.retry.limit": "7",
      "fs.s3a.retry.interval": "500ms",
      "fs.s3a.retry.throttle.limit": "20",
      "fs.s3a.retry.throttle.interval": "100ms",
      "fs.s3a.committer.name": "file",
      "fs.s3a.committer.magic.enabled": "true",
      "fs.s3a.committer.threads": "8",
      "fs.s3a.committer.staging.tmp.path": "tmp/staging",
      "fs.s3a.committer.staging.unique-filenames": "true",
      "fs.s3a.committer.staging.conflict-mode": "append",
      "fs.s3a.committer.abort.pending.uploads": "true",
      "fs.s3a.select.enabled": "true",
      "fs.s3a.select.input.csv.comment.marker": "#",
      "fs.s3a.select.input.csv.record.delimiter": "\\n",
      "fs.s3a.select.input.csv.field.delimiter": ",",
      "fs.s3a.select.input.csv.quote.character": '"',
      "fs.s3a.select.input.csv.quote.escape.character": "\\\\",
      "fs.s3a.select.input.csv.header": "none",
      "fs.s3a.select.input.compression": "none",
      "fs.s3a.select.output.csv.quote.fields": "always",
      "fs.s3a.select.output.csv.quote.character": '"',
      "fs.s3a.select.output.csv.quote.escape.character": "\\\\",
      "fs.s3a.select.output.csv.record.delimiter": "\\n",
      "fs.s3a.select.output.csv.field.delimiter": ",",
      "fs.s3a.select.errors.include.sql": "false",
      "fs.AbstractFileSystem.s3a.impl": "org.apache.hadoop.fs.s3a.S3A",
      "fs.s3a.list.version": "2",
      "fs.s3a.etag.checksum.enabled": "false",
      "fs.s3a.change.detection.source": "etag",
      "fs.s3a.change.detection.mode": "server",
      "fs.s3a.change.detection.version.required": "true",
      "fs.s3a.ssl.channel.mode": "default_jsse",
      "fs.s3a.downgrade.syncable.exceptions": "true",
      "fs.s3a.audit.enabled": "true",
      "fs.AbstractFileSystem.wasb.impl": "org.apache.hadoop.fs.azure.Wasb",
      "fs.AbstractFileSystem.wasbs.impl": "org.apache.hadoop.fs.azure.Wasbs",
      "fs.wasb.impl": "org.apache.hadoop.fs.azure.NativeAzureFileSystem",
      "fs.wasbs.impl": "org.apache.hadoop.fs.azure.NativeAzureFileSystem$Secure",
      "fs.azure.secure.mode": "false",
      "fs.abfs.impl": "org.apache.hadoop.fs.azurebfs.AzureBlobFileSystem",
      "fs.abfss.impl": "org.apache.hadoop.fs.azurebfs.SecureAzureBlobFileSystem",
      "fs.AbstractFileSystem.abfs.impl": "org.apache.hadoop.fs.azurebfs.Abfs",
      "fs.AbstractFileSystem.abfss.impl": "org.apache.hadoop.fs.azurebfs.Abfss",
      "fs.azure.local.sas.key.mode": "false",
      "fs.azure.sas.expiry.period": "90d",
      "fs.azure.authorization": "false",
      "fs.azure.authorization.caching.enable": "true",
      "fs.azure.saskey.usecontainersaskeyforallaccess": "true",
      "fs.azure.buffer.dir": "${env.LOCAL_DIRS:-${hadoop.tmp.dir}}/abfs",
      "fs.AbstractFileSystem.gs.impl": "com.google.cloud.hadoop.fs.gcs.GoogleHadoopFS",
      "fs.azure.enable.readahead": "true",
      "io.seqfile.compress.blocksize": "1000000",
      "io.mapfile.bloom.size": "1048576",
      "io.mapfile.bloom.error.rate": "0.005",
      "hadoop.util.hash.type": "murmur",
      "ipc.client.async.calls.max": "100",
      "ipc.client.idlethreshold": "4000",
      "ipc.client.connection.idle-scan-interval.ms": "10000",
      "ipc.client.kill.max": "10",
      "ipc.client.connection.maxidletime": "10000",
      "ipc.client.connect.max.retries": "10",
      "ipc.client.connect.retry.interval": "1000",
      "ipc.client.connect.timeout": "20000",
      "ipc.client.connect.max.retries.on.timeouts": "45",
      "ipc.client.connect.max.retries.on.sasl": "5",
      "ipc.client.tcpnodelay": "true",
      "ipc.client.low-latency": "false",
      "ipc.client.ping": "true",
      "ipc.ping.interval": "60000",
      "ipc.client.rpc-timeout.ms": "120000",
      "ipc.server.tcpnodelay": "true",
      "ipc.server.handler.queue.size": "100",
      "ipc.server.max.response.size": "1048576",
      "ipc.server.metrics.update.runner.interval": "5000",
      "ipc.server.listen.queue.size": "256",
      "ipc.server.log.slow.rpc": "false",
      "ipc.server.log.slow.rpc.threshold.ms": "0",
      "ipc.server.purge.interval": "15",
      "ipc.server.read.connection-queue.size": "100",
      "ipc.server.read.threadpool.size": "1",
      "ipc.maximum.data.length": "134217728",
      "ipc.maximum.response.length": "134217728",
      "ipc.server.reuseaddr": "true",
      "ipc.[port_number].callqueue.overflow.trigger.failover": "false",
      "ipc.callqueue.overflow.trigger.failover": "false",
      "ipc.[port_number].backoff.enable": "false",
      "ipc.backoff.enable": "false",
      "ipc.[port_number].callqueue.impl": "java.util.concurrent.LinkedBlockingQueue",
      "ipc.callqueue.impl": "java.util.concurrent.LinkedBlockingQueue",
      "ipc.[port_number].scheduler.impl": "org.apache.hadoop.ipc.DefaultRpcScheduler",
      "ipc.scheduler.impl": "org.apache.hadoop.ipc.DefaultRpcScheduler",
      "ipc.[port_number].callqueue.capacity.weights": "",
      "ipc.[port_number].scheduler.priority.levels": "4",
      "ipc.[port_number].faircallqueue.multiplexer.weights": "8,4,2,1",
      "ipc.[port_number].identity-provider.impl": "org.apache.hadoop.ipc.UserIdentityProvider",
      "ipc.identity-provider.impl": "org.apache.hadoop.ipc.UserIdentityProvider",
      "ipc.[port_number].cost-provider.impl": "org.apache.hadoop.ipc.DefaultCostProvider",
      "ipc.cost-provider.impl": "org.apache.hadoop.ipc.DefaultCostProvider",
      "ipc.[port_number].decay-scheduler.period-ms": "5000",
      "ipc.[port_number].decay-scheduler.decay-factor": "0.5",
      "ipc.[port_number].decay-scheduler.thresholds": "13,25,50",
      "ipc.[port_number].decay-scheduler.backoff.responsetime.enable": "false",
      "ipc.[port_number].decay-scheduler.backoff.responsetime.thresholds": "10s,20s,30s,40s",
      "ipc.[port_number].decay-scheduler.metrics.top.user.count": "10",
      "ipc.[port_number].decay-scheduler.service-users": "",
      "ipc.[port_number].weighted-cost.lockshared": "10",
      "ipc.[port_number].weighted-cost.lockexclusive": "100",
      "ipc.[port_number].weighted-cost.handler": "1",
      "ipc.[port_number].weighted-cost.lockfree": "1",
      "ipc.[port_number].weighted-cost.response": "1",
      "hadoop.security.impersonation.provider.class": "",
      "hadoop.rpc.socket.factory.class.default": "org.apache.hadoop.net.StandardSocketFactory",
      "hadoop.rpc.socket.factory.class.ClientProtocol": "",
      "hadoop.socks.server": "",
      "net.topology.node.switch.mapping.impl": "org.apache.hadoop.net.ScriptBasedMapping",
      "net.topology.impl": "org.apache.hadoop.net.NetworkTopology",
      "net.topology.script.file.name": "",
      "net.topology.script.number.args": "100",
      "net.topology.table.file.name": "",
      "net.topology.configured.node.mapping": "",
      "net.topology.dependency.script.file.name": "",
      "file.stream-buffer-size": "4096",
      "file.bytes-per-checksum": "512",
      "file.client-write-packet-size": "65536",
      "file.blocksize": "67108864",
      "file.replication": "1",
      "ftp.stream-buffer-size": "4096",
      "ftp.bytes-per-checksum": "512",
      "ftp.client-write-packet-size": "65536",
      "ftp.blocksize": "67108864",
      "ftp.replication": "3",
      "tfile.io.chunk.size": "1048576",
      "tfile.fs.output.buffer.size": "262144",
      "tfile.fs.input.buffer.size": "262144",
      "hadoop.http.authentication.type": "simple",
      "hadoop.http.authentication.token.validity": "36000",
      "hadoop.http.authentication.signature.secret.file": "${user.home}/hadoop-http-auth-signature-secret",
      "hadoop.http.authentication.cookie.domain": "",
      "hadoop.http.authentication.simple.anonymous.allowed": "true",
      "hadoop.http.authentication.kerberos.principal": "HTTP/_HOST@LOCALHOST",
      "hadoop.http.authentication.kerberos.keytab": "${user.home}/hadoop.keytab",
      "hadoop.http.authentication.kerberos.endpoint.whitelist": "",
      "hadoop.http.cross-origin.enabled": "false",
      "hadoop.http.cross-origin.allowed-origins": "*",
      "hadoop.http.cross-origin.allowed-methods": "GET,POST,HEAD",
      "hadoop.http.cross-origin.allowed-headers": "X-Requested-With,Content-Type,Accept,Origin",
      "hadoop.http.cross-origin.max-age": "1800",
      "dfs.ha.fencing.methods": "",
      "dfs.ha.fencing.ssh.connect-timeout": "30000",
      "dfs.ha.fencing.ssh.private-key-files": "",
      "ha.zookeeper.quorum": "",
      "ha.zookeeper.session-timeout.ms": "10000",
      "ha.zookeeper.parent-znode": "/hadoop-ha",
      "ha.zookeeper.acl": "world:anyone:rwcda",
      "ha.zookeeper.auth": "",
      "hadoop.http.staticuser.user": "dr.who",
      "hadoop.ssl.keystores.factory.class": "org.apache.hadoop.security.ssl.FileBasedKeyStoresFactory",
      "hadoop.ssl.require.client.cert": "false",
      "hadoop.ssl.hostname.verifier": "DEFAULT",
      "hadoop.ssl.server.conf": "ssl-server.xml",
      "hadoop.ssl.client.conf": "ssl-client.xml",
      "hadoop.ssl.enabled.protocols": "TLSv1.2",
      "hadoop.jetty.logs.serve.aliases": "true",
      "fs.permissions.umask-mode": "022",
      "ha.health-monitor.connect-retry-interval.ms": "1000",
      "ha.health-monitor.check-interval.ms": "1000",
      "ha.health-monitor.sleep-after-disconnect.ms": "1000",
      "ha.health-monitor.rpc.connect.max.retries": "1",
      "ha.health-monitor.rpc-timeout.ms": "45000",
      "ha.failover-controller.new-active.rpc-timeout.ms": "60000",
      "ha.failover-controller.graceful-fence.rpc-timeout.ms": "5000",
      "ha.failover-controller.graceful-fence.connection.retries": "1",
      "ha.failover-controller.active-standby-elector.zk.op.retries": "3",
      "ha.failover-controller.cli-check.rpc-timeout.ms": "20000",
      "ipc.client.fallback-to-simple-auth-allowed": "false",
      "fs.client.resolve.remote.symlinks": "true",
      "nfs.exports.allowed.hosts": "* rw",
      "hadoop.user.group.static.mapping.overrides": "dr.who=;",
      "hadoop.user.group.metrics.percentiles.intervals": "",
      "rpc.metrics.quantile.enable": "false",
      "rpc.metrics.timeunit": "MILLISECONDS",
      "rpc.metrics.percentiles.intervals": "",
      "hadoop.security.crypto.codec.classes.EXAMPLECIPHERSUITE": "",
      "hadoop.security.crypto.codec.classes.aes.ctr.nopadding": "org.apache.hadoop.crypto.OpensslAesCtrCryptoCodec, org.apache.hadoop.crypto.JceAesCtrCryptoCodec",
      "hadoop.security.crypto.codec.classes.sm4.ctr.nopadding": "org.apache.hadoop.crypto.OpensslSm4CtrCryptoCodec, org.apache.hadoop.crypto.JceSm4CtrCryptoCodec",
      "hadoop.security.openssl.engine.id": "",
      "hadoop.security.crypto.cipher.suite": "AES/CTR/NoPadding",
      "hadoop.security.crypto.jce.provider": "",
      "hadoop.security.crypto.jceks.key.serialfilter": "",
      "hadoop.security.crypto.buffer.size": "8192",
      "hadoop.security.java.secure.random.algorithm": "SHA1PRNG",
      "hadoop.security.secure.random.impl": "org.apache.hadoop.crypto.random.OpensslSecureRandom",
      "hadoop.security.random.device.file.path": "/dev/urandom",
      "hadoop.security.key.provider.path": "",
      "hadoop.security.key.default.bitlength": "128",
      "hadoop.security.key.default.cipher": "AES/CTR/NoPadding",
      "fs.har.impl.disable.cache": "true",
      "hadoop.security.kms.client.authentication.retry-count": "1",
      "hadoop.security.kms.client.encrypted.key.cache.size": "500",
      "hadoop.security.kms.client.encrypted.key.cache.low-watermark": "0.3f",
      "hadoop.security.kms.client.encrypted.key.cache.num.refill.threads": "2",
      "hadoop.security.kms.client.encrypted.key.cache.expiry": "43200000",
      "hadoop.security.kms.client.timeout": "60",
      "hadoop.security.kms.client.failover.sleep.base.millis": "100",
      "hadoop.security.kms.client.failover.sleep.max.millis": "2000",
      "hadoop.security.kms.client.failover.max.retries": "",
      "hadoop.security.kerberos.ticket.cache.path": "",
      "ipc.server.max.connections": "0",
      "hadoop.registry.zk.root": "/registry",
      "hadoop.registry.zk.session.timeout.ms": "60000",
      "hadoop.registry.zk.connection.timeout.ms": "15000",
      "hadoop.registry.zk.retry.times": "5",
      "hadoop.registry.zk.retry.interval.ms": "1000",
      "hadoop.registry.zk.retry.ceiling.ms": "60000",
      "hadoop.registry.zk.quorum": "localhost:2181",
      "hadoop.registry.secure": "false",
      "hadoop.registry.system.acls": "sasl:yarn@, sasl:mapred@, sasl:hdfs@",
      "hadoop.registry.kerberos.realm": "",
      "hadoop.registry.jaas.context": "Client",
      "hadoop.shell.missing.defaultFs.warning": "false",
      "hadoop.shell.safely.delete.limit.num.files": "100",
      "fs.client.htrace.sampler.classes": "",
      "hadoop.htrace.span.receiver.classes": "",
      "hadoop.http.logs.enabled": "true",
      "fs.client.resolve.topology.enabled": "false",
      "fs.adl.impl": "org.apache.hadoop.fs.adl.AdlFileSystem",
      "fs.AbstractFileSystem.adl.impl": "org.apache.hadoop.fs.adl.Adl",
      "adl.feature.ownerandgroup.enableupn": "false",
      "fs.adl.oauth2.access.token.provider.type": "ClientCredential",
      "fs.adl.oauth2.client.id": "",
      "fs.adl.oauth2.credential": "",
      "fs.adl.oauth2.refresh.url": "",
      "fs.adl.oauth2.refresh.token": "",
      "fs.adl.oauth2.access.token.provider": "",
      "fs.adl.oauth2.msi.port": "",
      "fs.adl.oauth2.devicecode.clientapp.id": "",
      "adl.http.timeout": "-1",
      "adl.ssl.channel.mode": "",
      "hadoop.caller.context.enabled": "false",
      "hadoop.caller.context.max.size": "128",
      "hadoop.caller.context.signature.max.size": "40",
      "hadoop.caller.context.separator": ",",
      "seq.io.sort.mb": "100",
      "seq.io.sort.factor": "100",
      "hadoop.zk.address": "",
      "hadoop.zk.num-retries": "1000",
      "hadoop.zk.retry-interval-ms": "1000",
      "hadoop.zk.timeout-ms": "10000",
      "hadoop.zk.acl": "world:anyone:rwcda",
      "hadoop.zk.auth": "",
      "hadoop.zk.server.principal": "",
      "hadoop.zk.kerberos.principal": "",
      "hadoop.zk.kerberos.keytab": "",
      "hadoop.zk.ssl.enabled": "",
      "hadoop.zk.ssl.keystore.location": "",
      "hadoop.zk.ssl.keystore.password": "",
      "hadoop.zk.ssl.truststore.location": "",
      "hadoop.zk.ssl.truststore.password": "",
      "hadoop.system.tags": "YARN,HDFS,NAMENODE,DATANODE,REQUIRED,SECURITY,KERBEROS,PERFORMANCE,CLIENT\n      ,SERVER,DEBUG,DEPRECATED,COMMON,OPTIONAL",
      "hadoop.tags.system": "YARN,HDFS,NAMENODE,DATANODE,REQUIRED,SECURITY,KERBEROS,PERFORMANCE,CLIENT\n      ,SERVER,DEBUG,DEPRECATED,COMMON,OPTIONAL",
      "hadoop.tags.custom": "",
      "ipc.client.bind.wildcard.addr": "false",
      "hadoop.domainname.resolver.impl": "org.apache.hadoop.net.DNSDomainNameResolver",
      "dfs.client.ignore.namenode.default.kms.uri": "false",
      "hadoop.prometheus.endpoint.enabled": "false",
      "fs.getspaceused.classname": "",
      "fs.getspaceused.jitterMillis": "60000",
      "hadoop.http.sni.host.check.enabled": "false",
      "hadoop.metrics.jvm.use-thread-mxbean": "false",
      "fs.AbstractFileSystem.ofs.impl": "org.apache.hadoop.fs.ozone.RootedOzFs",
      "fs.AbstractFileSystem.o3fs.impl": "org.apache.hadoop.fs.ozone.OzFs",
      "hadoop.hdfs.configuration.version": "1",
      "dfs.namenode.rpc-address": "",
      "dfs.namenode.rpc-bind-host": "",
      "dfs.namenode.servicerpc-address": "",
      "dfs.namenode.servicerpc-bind-host": "",
      "dfs.namenode.lifeline.rpc-address": "",
      "dfs.namenode.lifeline.rpc-bind-host": "",
      "dfs.namenode.secondary.http-address": "0.0.0.0:9868",
      "dfs.namenode.secondary.https-address": "0.0.0.0:9869",
      "dfs.datanode.address": "0.0.0.0:9866",
      "dfs.datanode.http.address": "0.0.0.0:9864",
      "dfs.datanode.ipc.address": "0.0.0.0:9867",
      "dfs.datanode.http.internal-proxy.port": "0",
      "dfs.datanode.handler.count": "10",
      "dfs.namenode.http-address": "0.0.0.0:9870",
      "dfs.namenode.http-bind-host": "",
      "dfs.namenode.heartbeat.recheck-interval": "300000",
      "dfs.http.policy": "HTTP_ONLY",
      "dfs.client.https.need-auth": "false",
      "dfs.client.cached.conn.retry": "3",
      "dfs.https.server.keystore.resource": "ssl-server.xml",
      "dfs.client.https.keystore.resource": "ssl-client.xml",
      "dfs.datanode.https.address": "0.0.0.0:9865",
      "dfs.namenode.https-address": "0.0.0.0:9871",
      "dfs.namenode.https-bind-host": "",
      "dfs.datanode.dns.interface": "default",
      "dfs.datanode.dns.nameserver": "default",
      "dfs.namenode.backup.address": "0.0.0.0:50100",
      "dfs.namenode.backup.http-address": "0.0.0.0:50105",
      "dfs.namenode.redundancy.considerLoad": "true",
      "dfs.namenode.redundancy.considerLoadByStorageType": "false",
      "dfs.namenode.redundancy.considerLoad.factor": "2.0",
      "dfs.namenode.redundancy.considerLoadByVolume": "false",
      "dfs.namenode.read.considerLoad": "false",
      "dfs.namenode.read.considerStorageType": "false",
      "dfs.datanode.httpserver.filter.handlers": "org.apache.hadoop.hdfs.server.datanode.web.RestCsrfPreventionFilterHandler",
      "dfs.default.chunk.view.size": "32768",
      "dfs.datanode.du.reserved.calculator": "org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.ReservedSpaceCalculator$ReservedSpaceCalculatorAbsolute",
      "dfs.datanode.du.reserved": "0",
      "dfs.datanode.du.reserved.pct": "0",
      "dfs.namenode.name.dir": "file://${hadoop.tmp.dir}/dfs/name",
      "dfs.namenode.name.dir.restore": "false",
      "dfs.namenode.fs-limits.max-component-length": "255",
      "dfs.namenode.fs-limits.max-directory-items": "1048576",
      "dfs.namenode.fs-limits.min-block-size": "1048576",
      "dfs.namenode.fs-limits.max-blocks-per-file": "10000",
      "dfs.namenode.edits.dir": "${dfs.namenode.name.dir}",
      "dfs.namenode.edits.dir.required": "",
      "dfs.namenode.shared.edits.dir": "",
      "dfs.namenode.edits.journal-plugin.qjournal": "org.apache.hadoop.hdfs.qjournal.client.QuorumJournalManager",
      "dfs.namenode.edits.qjournals.resolution-enabled": "false",
      "dfs.namenode.edits.qjournals.resolver.impl": "",
      "dfs.permissions.enabled": "true",
      "dfs.permissions.ContentSummary.subAccess": "false",
      "dfs.permissions.superusergroup": "supergroup",
      "dfs.cluster.administrators": "",
      "dfs.namenode.ip-proxy-users": "",
      "dfs.namenode.acls.enabled": "true",
      "dfs.namenode.posix.acl.inheritance.enabled": "true",
      "dfs.namenode.lazypersist.file.scrub.interval.sec": "300",
      "dfs.block.access.token.enable": "false",
      "dfs.block.access.key.update.interval": "600",
      "dfs.block.access.token.lifetime": "600",
      "dfs.block.access.token.protobuf.enable": "false",
      "dfs.datanode.data.dir": "file://${hadoop.tmp.dir}/dfs/data",
      "dfs.datanode.data.dir.perm": "700",
      "dfs.replication": "3",
      "dfs.replication.max": "512",
      "dfs.namenode.replication.min": "1",
      "dfs.namenode.maintenance.replication.min": "1",
      "dfs.namenode.safemode.replication.min": "",
      "dfs.namenode.max-corrupt-file-blocks-returned": "100",
      "dfs.blocksize": "134217728",
      "dfs.client.block.write.retries": "3",
      "dfs.client.block.write.replace-datanode-on-failure.enable": "true",
      "dfs.client.block.write.replace-datanode-on-failure.policy": "DEFAULT",
      "dfs.client.block.write.replace-datanode-on-failure.best-effort": "false",
      "dfs.client.block.write.replace-datanode-on-failure.min-replication": "0",
      "dfs.blockreport.intervalMsec": "21600000",
      "dfs.blockreport.initialDelay": "0",
      "dfs.blockreport.split.threshold": "1000000",
      "dfs.namenode.max.full.block.report.leases": "6",
      "dfs.namenode.full.block.report.lease.length.ms": "300000",
      "dfs.datanode.directoryscan.interval": "21600",
      "dfs.datanode.directoryscan.threads": "1",
      "dfs.datanode.directoryscan.throttle.limit.ms.per.sec": "1000",
      "dfs.datanode.reconcile.blocks.batch.size": "1000",
      "dfs.datanode.reconcile.blocks.batch.interval": "2000",
      "dfs.heartbeat.interval": "3",
      "dfs.datanode.lifeline.interval.seconds": "",
      "dfs.namenode.handler.count": "10",
      "dfs.namenode.service.handler.count": "10",
      "dfs.namenode.lifeline.handler.ratio": "0.10",
      "dfs.namenode.lifeline.handler.count": "",
      "dfs.namenode.safemode.threshold-pct": "0.999f",
      "dfs.namenode.safemode.min.datanodes": "0",
      "dfs.namenode.safemode.recheck.interval": "1000",
      "dfs.namenode.safemode.extension": "30000",
      "dfs.namenode.resource.check.interval": "5000",
      "dfs.namenode.resource.du.reserved": "104857600",
      "dfs.namenode.resource.checked.volumes": "",
      "dfs.namenode.resource.checked.volumes.minimum": "1",
      "dfs.datanode.balance.bandwidthPerSec": "100m",
      "dfs.hosts": "",
      "dfs.hosts.exclude": "",
      "dfs.namenode.max.objects": "0",
      "dfs.namenode.datanode.registration.ip-hostname-check": "true",
      "dfs.namenode.decommission.interval": "30",
      "dfs.namenode.decommission.blocks.per.interval": "500000",
      "dfs.namenode.decommission.max.concurrent.tracked.nodes": "100",
      "dfs.namenode.decommission.monitor.class": "org.apache.hadoop.hdfs.server.blockmanagement.DatanodeAdminDefaultMonitor",
      "dfs.namenode.decommission.backoff.monitor.pending.limit": "10000",
      "dfs.namenode.decommission.backoff.monitor.pending.blocks.per.lock": "1000",
      "dfs.namenode.redundancy.interval.seconds": "3",
      "dfs.namenode.redundancy.queue.restart.iterations": "2400",
      "dfs.namenode.accesstime.precision": "3600000",
      "dfs.datanode.plugins": "",
      "dfs.namenode.plugins": "",
      "dfs.namenode.block-placement-policy.default.prefer-local-node": "true",
      "dfs.stream-buffer-size": "4096",
      "dfs.bytes-per-checksum": "512",
      "dfs.client-write-packet-size": "65536",
      "dfs.client.write.exclude.nodes.cache.expiry.interval.millis": "600000",
      "dfs.client.write.recover.lease.on.close.exception": "false",
      "dfs.namenode.checkpoint.dir": "file://${hadoop.tmp.dir}/dfs/namesecondary",
      "dfs.namenode.checkpoint.edits.dir": "${dfs.namenode.checkpoint.dir}",
      "dfs.namenode.checkpoint.period": "3600",
      "dfs.namenode.checkpoint.txns": "1000000",
      "dfs.namenode.checkpoint.check.period": "60",
      "dfs.namenode.checkpoint.max-retries": "3",
      "dfs.namenode.checkpoint.check.quiet-multiplier": "1.5",
      "dfs.namenode.num.checkpoints.retained": "2",
      "dfs.namenode.num.extra.edits.retained": "1000000",
      "dfs.namenode.max.extra.edits.segments.retained": "10000",
      "dfs.namenode.delegation.key.update-interval": "86400000",
      "dfs.namenode.delegation.token.max-lifetime": "604800000",
      "dfs.namenode.delegation.token.renew-interval": "86400000",
      "dfs.datanode.failed.volumes.tolerated": "0",
      "dfs.datanode.volumes.replica-add.threadpool.size": "",
      "dfs.image.compress": "false",
      "dfs.image.compression.codec": "org.apache.hadoop.io.compress.DefaultCodec",
      "dfs.image.transfer.timeout": "60000",
      "dfs.image.transfer.bandwidthPerSec": "52428800",
      "dfs.image.transfer-bootstrap-standby.bandwidthPerSec": "0",
      "dfs.image.transfer.chunksize": "65536",
      "dfs.image.parallel.load": "false",
      "dfs.image.parallel.target.sections": "12",
      "dfs.image.parallel.inode.threshold": "1000000",
      "dfs.image.parallel.threads": "4",
      "dfs.edit.log.transfer.timeout": "30000",
      "dfs.edit.log.transfer.bandwidthPerSec": "0",
      "dfs.namenode.support.allow.format": "true",
      "dfs.datanode.max.transfer.threads": "4096",
      "dfs.datanode.scan.period.hours": "504",
      "dfs.block.scanner.volume.bytes.per.second": "1048576",
      "dfs.block.scanner.skip.recent.accessed": "false",
      "dfs.block.scanner.volume.join.timeout.ms": "5000",
      "dfs.datanode.readahead.bytes": "4194304",
      "dfs.datanode.drop.cache.behind.reads": "false",
      "dfs.datanode.drop.cache.behind.writes": "false",
      "dfs.datanode.sync.behind.writes": "false",
      "dfs.client.failover.max.attempts": "15",
      "dfs.client.failover.sleep.base.millis": "500",
      "dfs.client.failover.sleep.max.millis": "15000",
      "dfs.client.failover.connection.retries": "0",
      "dfs.client.failover.connection.retries.on.timeouts": "0",
      "dfs.client.datanode-restart.timeout": "30",
      "dfs.nameservices": "",
      "dfs.nameservice.id": "",
      "dfs.internal.nameservices": "",
      "dfs.ha.namenodes.EXAMPLENAMESERVICE": "",
      "dfs.ha.namenode.id": "",
      "dfs.ha.log-roll.period": "120",
      "dfs.ha.tail-edits.period": "60",
      "dfs.ha.tail-edits.period.backoff-max": "0",
      "dfs.ha.tail-edits.namenode-retries": "3",
      "dfs.ha.tail-edits.rolledits.timeout": "60",
      "dfs.ha.automatic-failover.enabled": "false",
      "dfs.client.use.datanode.hostname": "false",
      "dfs.datanode.use.datanode.hostname": "false",
      "dfs.client.local.interfaces": "",
      "dfs.datanode.shared.file.descriptor.paths": "/dev/shm,/tmp",
      "dfs.short.circuit.shared.memory.watcher.interrupt.check.ms": "60000",
      "dfs.namenode.kerberos.principal": "",
      "dfs.namenode.keytab.file": "",
      "dfs.datanode.kerberos.principal": "",
      "dfs.datanode.keytab.file": "",
      "dfs.journalnode.kerberos.principal": "",
      "dfs.journalnode.keytab.file": "",
      "dfs.namenode.kerberos.internal.spnego.principal": "${dfs.web.authentication.kerberos.principal}",
      "dfs.journalnode.kerberos.internal.spnego.principal": "",
      "dfs.secondary.namenode.kerberos.internal.spnego.principal": "${dfs.web.authentication.kerberos.principal}",
      "dfs.web.authentication.kerberos.principal": "",
      "dfs.web.authentication.kerberos.keytab": "",
      "dfs.namenode.kerberos.principal.pattern": "*",
      "dfs.namenode.avoid.read.stale.datanode": "false",
      "dfs.namenode.avoid.read.slow.datanode": "false",
      "dfs.namenode.avoid.write.stale.datanode": "false",
      "dfs.namenode.enable.log.stale.datanode": "false",
      "dfs.namenode.stale.datanode.interval": "30000",
      "dfs.namenode.write.stale.datanode.ratio": "0.5f",
      "dfs.namenode.invalidate.work.pct.per.iteration": "0.32f",
      "dfs.namenode.replication.work.multiplier.per.iteration": "2",
      "nfs.server.port": "2049",
      "nfs.mountd.port": "4242",
      "nfs.dump.dir": "/tmp/.hdfs-nfs",
      "nfs.rtmax": "1048576",
      "nfs.wtmax": "1048576",
      "nfs.keytab.file": "",
      "nfs.kerberos.principal": "",
      "nfs.allow.insecure.ports": "true",
      "hadoop.fuse.connection.timeout": "300",
      "hadoop.fuse.timer.period": "5",
      "dfs.namenode.metrics.logger.period.seconds": "600",
      "dfs.datanode.metrics.logger.period.seconds": "600",
      "dfs.metrics.percentiles.intervals": "",
      "dfs.datanode.peer.stats.enabled": "false",
      "dfs.datanode.peer.metrics.min.outlier.detection.samples": "1000",
      "dfs.datanode.min.outlier.detection.nodes": "10",
      "dfs.datanode.slowpeer.low.threshold.ms": "5",
      "dfs.datanode.max.nodes.to.report": "5",
      "dfs.datanode.outliers.report.interval": "30m",
      "dfs.namenode.block-placement-policy.exclude-slow-nodes.enabled": "false",
      "dfs.namenode.block-placement.min-blocks-for.write": "1",
      "dfs.namenode.max.slowpeer.collect.nodes": "5",
      "dfs.namenode.slowpeer.collect.interval": "30m",
      "dfs.datanode.fileio.profiling.sampling.percentage": "0",
      "dfs.datanode.min.outlier.detection.disks": "5",
      "dfs.datanode.slowdisk.low.threshold.ms": "20",
      "dfs.datanode.max.disks.to.report": "5",
      "dfs.datanode.max.slowdisks.to.exclude": "0",
      "dfs.encrypt.data.transfer": "false",
      "dfs.encrypt.data.transfer.algorithm": "",
      "dfs.encrypt.data.transfer.cipher.suites": "",
      "dfs.encrypt.data.transfer.cipher.key.bitlength": "128",
      "dfs.trustedchannel.resolver.class": "",
      "dfs.data.transfer.protection": "",
      "dfs.data.transfer.saslproperties.resolver.class": "",
      "dfs.journalnode.rpc-address": "0.0.0.0:8485",
      "dfs.journalnode.rpc-bind-host": "",
      "dfs.journalnode.http-address": "0.0.0.0:8480",
      "dfs.journalnode.http-bind-host": "",
      "dfs.journalnode.https-address": "0.0.0.0:8481",
      "dfs.journalnode.https-bind-host": "",
      "dfs.namenode.audit.loggers": "default",
      "dfs.datanode.available-space-volume-choosing-policy.balanced-space-threshold": "10737418240",
      "dfs.datanode.available-space-volume-choosing-policy.balanced-space-preference-fraction": "0.75f",
      "dfs.datanode.round-robin-volume-choosing-policy.additional-available-space": "1073741824",
      "dfs.namenode.edits.noeditlogchannelflush": "false",
      "dfs.client.cache.drop.behind.writes": "",
      "dfs.client.cache.drop.behind.reads": "",
      "dfs.client.cache.readahead": "",
      "dfs.client.server-defaults.validity.period.ms": "3600000",
      "dfs.namenode.observer.enabled": "false",
      "dfs.namenode.enable.retrycache": "true",
      "dfs.namenode.retrycache.expirytime.millis": "600000",
      "dfs.namenode.retrycache.heap.percent": "0.03f",
      "dfs.client.mmap.enabled": "true",
      "dfs.client.mmap.cache.size": "256",
      "dfs.client.mmap.cache.timeout.ms": "3600000",
      "dfs.client.mmap.retry.timeout.ms": "300000",
      "dfs.client.short.circuit.replica.stale.threshold.ms": "1800000",
      "dfs.namenode.caching.enabled": "true",
      "dfs.namenode.path.based.cache.block.map.allocation.percent": "0.25",
      "dfs.namenode.crm.checklocktime.enable": "false",
      "dfs.namenode.crm.maxlocktime.ms": "1000",
      "dfs.namenode.crm.sleeptime.ms": "300",
      "dfs.datanode.max.locked.memory": "0",
      "dfs.datanode.pmem.cache.dirs": "",
      "dfs.datanode.pmem.cache.recovery": "true",
      "dfs.namenode.list.cache.directives.num.responses": "100",
      "dfs.namenode.list.cache.pools.num.responses": "100",
      "dfs.namenode.path.based.cache.refresh.interval.ms": "30000",
      "dfs.namenode.path.based.cache.retry.interval.ms": "30000",
      "dfs.datanode.fsdatasetcache.max.threads.per.volume": "4",
      "dfs.datanode.fsdatasetasyncdisk.max.threads.per.volume": "4",
      "dfs.cachereport.intervalMsec": "10000",
      "dfs.namenode.edit.log.autoroll.multiplier.threshold": "0.5",
      "dfs.namenode.edit.log.autoroll.check.interval.ms": "300000",
      "dfs.webhdfs.user.provider.user.pattern": "^[A-Za-z_][A-Za-z0-9._-]*[$]?$",
      "dfs.webhdfs.acl.provider.permission.pattern": "^(default:)?(user|group|mask|other):[[A-Za-z_][A-Za-z0-9._-]]*:([rwx-]{3})?(,(default:)?(user|group|mask|other):[[A-Za-z_][A-Za-z0-9._-]]*:([rwx-]{3})?)*$",
      "dfs.webhdfs.socket.connect-timeout": "60s",
      "dfs.webhdfs.socket.read-timeout": "60s",
      "dfs.client.context": "default",
      "dfs.client.read.shortcircuit": "false",
      "dfs.client.socket.send.buffer.size": "0",
      "dfs.domain.socket.path": "",
      "dfs.domain.socket.disable.interval.seconds": "600",
      "dfs.client.read.shortcircuit.skip.checksum": "false",
      "dfs.client.read.shortcircuit.streams.cache.size": "256",
      "dfs.client.read.shortcircuit.streams.cache.expiry.ms": "300000",
      "dfs.namenode.audit.log.debug.cmdlist": "",
      "dfs.client.use.legacy.blockreader.local": "false",
      "dfs.client.read.use.cache.priority": "false",
      "dfs.block.local-path-access.user": "",
      "dfs.client.domain.socket.data.traffic": "false",
      "dfs.namenode.reject-unresolved-dn-topology-mapping": "false",
      "dfs.namenode.xattrs.enabled": "true",
      "dfs.namenode.fs-limits.max-xattrs-per-inode": "32",
      "dfs.namenode.fs-limits.max-xattr-size": "16384",
      "dfs.client.slow.io.warning.threshold.ms": "30000",
      "dfs.datanode.slow.io.warning.threshold.ms": "300",
      "dfs.datanode.processcommands.threshold": "2s",
      "dfs.client.deadnode.detection.enabled": "false",
      "dfs.client.deadnode.detection.probe.deadnode.threads": "10",
      "dfs.client.deadnode.detection.idle.sleep.ms": "10000",
      "dfs.client.deadnode.detection.probe.suspectnode.threads": "10",
      "dfs.client.deadnode.detection.rpc.threads": "20",
      "dfs.client.deadnode.detection.probe.deadnode.interval.ms": "60000",
      "dfs.client.deadnode.detection.probe.suspectnode.interval.ms": "300",
      "dfs.client.deadnode.detection.probe.connection.timeout.ms": "20000",
      "dfs.client.refresh.read-block-locations.ms": "0",
      "dfs.client.refresh.read-block-locations.register-automatically": "true",
      "dfs.client.refresh.read-block-locations.threads": "5",
      "dfs.namenode.lease-recheck-interval-ms": "2000",
      "dfs.namenode.max-lock-hold-to-release-lease-ms": "25",
      "dfs.namenode.write-lock-reporting-threshold-ms": "5000",
      "dfs.namenode.read-lock-reporting-threshold-ms": "5000",
      "dfs.namenode.access-control-enforcer-reporting-threshold-ms": "1000",
      "dfs.namenode.lock.detailed-metrics.enabled": "false",
      "dfs.namenode.fslock.fair": "true",
      "dfs.datanode.lock.fair": "true",
      "dfs.namenode.startup.delay.block.deletion.sec": "0",
      "dfs.datanode.block.id.layout.upgrade.threads": "6",
      "dfs.namenode.list.encryption.zones.num.responses": "100",
      "dfs.namenode.list.reencryption.status.num.responses": "100",
      "dfs.namenode.list.openfiles.num.responses": "1000",
      "dfs.namenode.edekcacheloader.interval.ms": "1000",
      "dfs.namenode.edekcacheloader.initial.delay.ms": "3000",
      "dfs.namenode.reencrypt.sleep.interval": "1m",
      "dfs.namenode.reencrypt.batch.size": "1000",
      "dfs.namenode.reencrypt.throttle.limit.handler.ratio": "1.0",
      "dfs.namenode.reencrypt.throttle.limit.updater.ratio": "1.0",
      "dfs.namenode.reencrypt.edek.threads": "10",
      "dfs.namenode.inotify.max.events.per.rpc": "1000",
      "dfs.user.home.dir.prefix": "/user",
      "dfs.datanode.cache.revocation.timeout.ms": "900000",
      "dfs.datanode.cache.revocation.polling.ms": "500",
      "dfs.storage.policy.enabled": "true",
      "dfs.storage.policy.permissions.superuser-only": "false",
      "dfs.namenode.legacy-oiv-image.dir": "",
      "dfs.namenode.top.enabled": "true",
      "dfs.namenode.top.window.num.buckets": "10",
      "dfs.namenode.top.num.users": "10",
      "dfs.namenode.top.windows.minutes": "1,5,25",
      "dfs.webhdfs.ugi.expire.after.access": "600000",
      "dfs.namenode.blocks.per.postponedblocks.rescan": "10000",
      "dfs.datanode.block-pinning.enabled": "false",
      "dfs.client.block.write.locateFollowingBlock.initial.delay.ms": "400",
      "dfs.client.block.write.locateFollowingBlock.max.delay.ms": "60000",
      "dfs.ha.zkfc.nn.http.timeout.ms": "20000",
      "dfs.ha.zkfc.client.ssl.enabled": "false",
      "dfs.ha.nn.not-become-active-in-safemode": "false",
      "dfs.ha.tail-edits.in-progress": "false",
      "dfs.namenode.state.context.enabled": "false",
      "dfs.namenode.ec.system.default.policy": "RS-6-3-1024k",
      "dfs.namenode.ec.policies.max.cellsize": "4194304",
      "dfs.namenode.ec.userdefined.policy.allowed": "true",
      "dfs.datanode.ec.reconstruction.stripedread.timeout.millis": "5000",
      "dfs.datanode.ec.reconstruction.stripedread.buffer.size": "65536",
      "dfs.datanode.ec.reconstruction.threads": "8",
      "dfs.datanode.ec.reconstruction.xmits.weight": "0.5",
      "dfs.datanode.ec.reconstruction.validation": "false",
      "dfs.namenode.quota.init-threads": "12",
      "dfs.datanode.transfer.socket.send.buffer.size": "0",
      "dfs.datanode.transfer.socket.recv.buffer.size": "0",
      "dfs.namenode.upgrade.domain.factor": "${dfs.replication}",
      "dfs.datanode.bp-ready.timeout": "20",
      "dfs.datanode.cached-dfsused.check.interval.ms": "600000",
      "dfs.webhdfs.rest-csrf.enabled": "false",
      "dfs.webhdfs.rest-csrf.custom-header": "X-XSRF-HEADER",
      "dfs.webhdfs.rest-csrf.methods-to-ignore": "GET,OPTIONS,HEAD,TRACE",
      "dfs.webhdfs.rest-csrf.browser-useragents-regex": "^Mozilla.*,^Opera.*",
      "dfs.xframe.enabled": "true",
      "dfs.xframe.value": "SAMEORIGIN",
      "dfs.balancer.keytab.enabled": "false",
      "dfs.balancer.address": "0.0.0.0:0",
      "dfs.balancer.keytab.file": "",
      "dfs.balancer.kerberos.principal": "",
      "dfs.http.client.retry.policy.enabled": "false",
      "dfs.http.client.retry.policy.spec": "10000,6,60000,10",
      "dfs.http.client.failover.max.attempts": "15",
      "dfs.http.client.retry.max.attempts": "10",
      "dfs.http.client.failover.sleep.base.millis": "500",
      "dfs.http.client.failover.sleep.max.millis": "15000",
      "dfs.namenode.hosts.provider.classname": "org.apache.hadoop.hdfs.server.blockmanagement.HostFileManager",
      "datanode.https.port": "50475",
      "dfs.namenode.get-blocks.max-qps": "20",
      "dfs.namenode.get-blocks.check.operation": "true",
      "dfs.balancer.dispatcherThreads": "200",
      "dfs.balancer.movedWinWidth": "5400000",
      "dfs.balancer.moverThreads": "1000",
      "dfs.balancer.max-size-to-move": "10737418240",
      "dfs.balancer.getBlocks.min-block-size": "10485760",
      "dfs.balancer.getBlocks.size": "2147483648",
      "dfs.balancer.block-move.timeout": "0",
      "dfs.balancer.max-no-move-interval": "60000",
      "dfs.balancer.max-iteration-time": "1200000",
      "dfs.block.invalidate.limit": "1000",
      "dfs.balancer.service.interval": "5m",
      "dfs.balancer.service.retries.on.exception": "5",
      "dfs.block.misreplication.processing.limit": "10000",
      "dfs.block.placement.ec.classname": "org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicyRackFaultTolerant",
      "dfs.block.replicator.classname": "org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicyDefault",
      "dfs.blockreport.incremental.intervalMsec": "0",
      "dfs.checksum.type": "CRC32C",
      "dfs.checksum.combine.mode": "MD5MD5CRC",
      "dfs.checksum.ec.socket-timeout": "3000",
      "dfs.client.block.write.locateFollowingBlock.retries": "5",
      "dfs.client.failover.proxy.provider": "",
      "dfs.client.failover.random.order": "true",
      "dfs.client.failover.resolve-needed": "false",
      "dfs.client.failover.resolver.impl": "org.apache.hadoop.net.DNSDomainNameResolver",
      "dfs.client.failover.resolver.useFQDN": "true",
      "dfs.client.failover.lazy.resolved": "false",
      "dfs.client.key.provider.cache.expiry": "864000000",
      "dfs.client.max.block.acquire.failures": "3",
      "dfs.client.read.prefetch.size": "",
      "dfs.client.read.uri.cache.enabled": "false",
      "dfs.client.read.short.circuit.replica.stale.threshold.ms": "1800000",
      "dfs.client.read.shortcircuit.buffer.size": "1048576",
      "dfs.client.short.circuit.num": "1",
      "dfs.client.read.striped.threadpool.size": "18",
      "dfs.client.replica.accessor.builder.classes": "",
      "dfs.client.retry.interval-ms.get-last-block-length": "4000",
      "dfs.client.retry.max.attempts": "10",
      "dfs.client.retry.policy.enabled": "false",
      "dfs.client.retry.policy.spec": "10000,6,60000,10",
      "dfs.client.retry.times.get-last-block-length": "3",
      "dfs.client.retry.window.base": "3000",
      "dfs.client.pipeline.recovery.max-retries": "5",
      "dfs.client.socket-timeout": "60000",
      "dfs.client.socketcache.capacity": "16",
      "dfs.client.socketcache.expiryMsec": "3000",
      "dfs.client.test.drop.namenode.response.number": "0",
      "dfs.client.hedged.read.threadpool.size": "0",
      "dfs.client.hedged.read.threshold.millis": "500",
      "dfs.client.write.byte-array-manager.count-limit": "2048",
      "dfs.client.write.byte-array-manager.count-reset-time-period-ms": "10000",
      "dfs.client.write.byte-array-manager.count-threshold": "128",
      "dfs.client.write.byte-array-manager.enabled": "false",
      "dfs.client.write.max-packets-in-flight": "80",
      "dfs.client.block.reader.remote.buffer.size": "512",
      "dfs.content-summary.limit": "5000",
      "dfs.content-summary.sleep-microsec": "500",
      "dfs.data.transfer.client.tcpnodelay": "true",
      "dfs.data.transfer.server.tcpnodelay": "true",
      "dfs.data.transfer.max.packet.size": "16777216",
      "dfs.datanode.balance.max.concurrent.moves": "100",
      "dfs.datanode.data.transfer.bandwidthPerSec": "0",
      "dfs.datanode.data.write.bandwidthPerSec": "0",
      "dfs.datanode.data.read.bandwidthPerSec": "0",
      "dfs.datanode.ec.reconstruct.read.bandwidthPerSec": "0",
      "dfs.datanode.ec.reconstruct.write.bandwidthPerSec": "0",
      "dfs.datanode.fsdataset.factory": "",
      "dfs.datanode.fsdataset.volume.choosing.policy": "",
      "dfs.datanode.hostname": "",
      "dfs.datanode.lazywriter.interval.sec": "60",
      "dfs.datanode.network.counts.cache.max.size": "2147483647",
      "dfs.datanode.oob.timeout-ms": "1500,0,0,0",
      "dfs.datanode.parallel.volumes.load.threads.num": "",
      "dfs.datanode.ram.disk.replica.tracker": "",
      "dfs.datanode.restart.replica.expiration": "50",
      "dfs.datanode.socket.reuse.keepalive": "4000",
      "dfs.datanode.socket.write.timeout": "480000",
      "dfs.datanode.sync.behind.writes.in.background": "false",
      "dfs.datanode.transferTo.allowed": "true",
      "dfs.datanode.fixed.volume.size": "false",
      "dfs.datanode.replica.cache.root.dir": "",
      "dfs.datanode.replica.cache.expiry.time": "5m",
      "dfs.ha.standby.checkpoints": "true",
      "dfs.ha.zkfc.port": "8019",
      "dfs.ha.allow.stale.reads": "false",
      "dfs.journalnode.edits.dir": "/tmp/hadoop/dfs/journalnode/",
      "dfs.journalnode.enable.sync": "true",
      "dfs.journalnode.sync.interval": "120000",
      "dfs.journalnode.edit-cache-size.bytes": "",
      "dfs.journalnode.edit-cache-size.fraction": "0.5f",
      "dfs.batched.ls.limit": "100",
      "dfs.ls.limit": "1000",
      "dfs.mover.movedWinWidth": "5400000",
      "dfs.mover.moverThreads": "1000",
      "dfs.mover.retry.max.attempts": "10",
      "dfs.mover.keytab.enabled": "false",
      "dfs.mover.address": "0.0.0.0:0",
      "dfs.mover.keytab.file": "",
      "dfs.mover.kerberos.principal": "",
      "dfs.mover.max-no-move-interval": "60000",
      "dfs.namenode.audit.log.token.tracking.id": "false",
      "dfs.namenode.audit.log.with.remote.port": "false",
      "dfs.namenode.available-space-block-placement-policy.balanced-space-preference-fraction": "0.6",
      "dfs.namenode.available-space-block-placement-policy.balanced-space-tolerance": "5",
      "dfs.namenode.available-space-block-placement-policy.balanced-space-tolerance-limit": "100",
      "dfs.namenode.available-space-block-placement-policy.balance-local-node": "false",
      "dfs.namenode.available-space-rack-fault-tolerant-block-placement-policy.balanced-space-preference-fraction": "0.6",
      "dfs.namenode.available-space-rack-fault-tolerant-block-placement-policy.balanced-space-tolerance": "5",
      "dfs.namenode.backup.dnrpc-address": "",
      "dfs.namenode.delegation.token.always-use": "false",
      "dfs.namenode.edits.asynclogging": "true",
      "dfs.namenode.edits.asynclogging.pending.queue.size": "4096",
      "dfs.namenode.edits.dir.minimum": "1",
      "dfs.namenode.edits.journal-plugin": "",
      "dfs.namenode.file.close.num-committed-allowed": "0",
      "dfs.namenode.inode.attributes.provider.class": "",
      "dfs.namenode.inode.attributes.provider.bypass.users": "",
      "dfs.namenode.max-num-blocks-to-log": "1000",
      "dfs.namenode.max.op.size": "52428800",
      "dfs.namenode.missing.checkpoint.periods.before.shutdown": "3",
      "dfs.namenode.name.cache.threshold": "10",
      "dfs.namenode.replication.max-streams": "2",
      "dfs.namenode.replication.max-streams-hard-limit": "4",
      "dfs.namenode.reconstruction.pending.timeout-sec": "300",
      "dfs.namenode.excess.redundancy.timeout-sec": "3600",
      "dfs.namenode.excess.redundancy.timeout.check.limit": "1000",
      "dfs.namenode.stale.datanode.minimum.interval": "3",
      "dfs.namenode.remove.dead.datanode.batchnum": "10",
      "dfs.namenode.snapshot.capture.openfiles": "false",
      "dfs.namenode.snapshot.skip.capture.accesstime-only-change": "false",
      "dfs.namenode.snapshotdiff.allow.snap-root-descendant": "true",
      "dfs.namenode.snapshotdiff.listing.limit": "1000",
      "dfs.namenode.snapshot.max.limit": "65536",
      "dfs.namenode.snapshot.filesystem.limit": "65536",
      "dfs.namenode.snapshot.skiplist.max.levels": "0",
      "dfs.namenode.snapshot.skiplist.interval": "10",
      "dfs.storage.policy.satisfier.mode": "none",
      "dfs.storage.policy.satisfier.queue.limit": "1000",
      "dfs.storage.policy.satisfier.work.multiplier.per.iteration": "1",
      "dfs.storage.policy.satisfier.recheck.timeout.millis": "60000",
      "dfs.storage.policy.satisfier.self.retry.timeout.millis": "300000",
      "dfs.storage.policy.satisfier.retry.max.attempts": "3",
      "dfs.storage.policy.satisfier.move.task.retry.max.attempts": "3",
      "dfs.storage.policy.satisfier.datanode.cache.refresh.interval.ms": "300000",
      "dfs.storage.policy.satisfier.max.outstanding.paths": "10000",
      "dfs.storage.policy.satisfier.address": "0.0.0.0:0",
      "dfs.storage.policy.satisfier.keytab.file": "",
      "dfs.storage.policy.satisfier.kerberos.principal": "",
      "dfs.pipeline.ecn": "false",
      "dfs.pipeline.slownode": "false",
      "dfs.pipeline.congestion.ratio": "1.5",
      "dfs.qjournal.accept-recovery.timeout.ms": "120000",
      "dfs.qjournal.finalize-segment.timeout.ms": "120000",
      "dfs.qjournal.get-journal-state.timeout.ms": "120000",
      "dfs.qjournal.new-epoch.timeout.ms": "120000",
      "dfs.qjournal.prepare-recovery.timeout.ms": "120000",
      "dfs.qjournal.queued-edits.limit.mb": "10",
      "dfs.qjournal.select-input-streams.timeout.ms": "20000",
      "dfs.qjournal.start-segment.timeout.ms": "20000",
      "dfs.qjournal.write-txns.timeout.ms": "20000",
      "dfs.qjournal.http.open.timeout.ms": "60000",
      "dfs.qjournal.http.read.timeout.ms": "60000",
      "dfs.qjournal.parallel-read.num-threads": "5",
      "dfs.quota.by.storage.type.enabled": "true",
      "dfs.secondary.namenode.kerberos.principal": "",
      "dfs.secondary.namenode.keytab.file": "",
      "dfs.web.authentication.simple.anonymous.allowed": "",
      "dfs.web.ugi": "",
      "dfs.webhdfs.netty.high.watermark": "65535",
      "dfs.webhdfs.netty.low.watermark": "32768",
      "dfs.webhdfs.oauth2.access.token.provider": "",
      "dfs.webhdfs.oauth2.client.id": "",
      "dfs.webhdfs.oauth2.enabled": "false",
      "dfs.webhdfs.oauth2.refresh.url": "",
      "ssl.server.keystore.keypassword": "",
      "ssl.server.keystore.location": "",
      "ssl.server.keystore.password": "",
      "ssl.server.truststore.location": "",
      "ssl.server.truststore.password": "",
      "dfs.disk.balancer.max.disk.throughputInMBperSec": "10",
      "dfs.disk.balancer.block.tolerance.percent": "10",
      "dfs.disk.balancer.max.disk.errors": "5",
      "dfs.disk.balancer.plan.valid.interval": "1d",
      "dfs.disk.balancer.enabled": "true",
      "dfs.disk.balancer.plan.threshold.percent": "10",
      "dfs.namenode.provided.enabled": "false",
      "dfs.provided.storage.id": "DS-PROVIDED",
      "dfs.provided.aliasmap.class": "org.apache.hadoop.hdfs.server.common.blockaliasmap.impl.TextFileRegionAliasMap",
      "dfs.provided.aliasmap.inmemory.batch-size": "500",
      "dfs.provided.aliasmap.inmemory.dnrpc-address": "",
      "dfs.provided.aliasmap.inmemory.rpc.bind-host": "",
      "dfs.provided.aliasmap.inmemory.leveldb.dir": "/tmp",
      "dfs.provided.aliasmap.inmemory.enabled": "false",
      "dfs.provided.aliasmap.inmemory.server.log": "false",
      "dfs.provided.aliasmap.text.delimiter": ",",
      "dfs.provided.aliasmap.text.read.file": "",
      "dfs.provided.aliasmap.text.codec": "",
      "dfs.provided.aliasmap.text.write.dir": "",
      "dfs.provided.aliasmap.leveldb.path": "",
      "dfs.provided.acls.import.enabled": "false",
      "dfs.provided.aliasmap.load.retries": "0",
      "dfs.lock.suppress.warning.interval": "10s",
      "httpfs.buffer.size": "4096",
      "dfs.webhdfs.use.ipc.callq": "true",
      "dfs.datanode.disk.check.min.gap": "15m",
      "dfs.datanode.disk.check.timeout": "10m",
      "dfs.use.dfs.network.topology": "true",
      "dfs.net.topology.impl": "org.apache.hadoop.hdfs.net.DFSNetworkTopology",
      "dfs.qjm.operations.timeout": "60s",
      "dfs.reformat.disabled": "false",
      "dfs.namenode.block.deletion.lock.threshold.ms": "50",
      "dfs.namenode.block.deletion.unlock.interval.ms": "10",
      "dfs.namenode.rpc-address.auxiliary-ports": "",
      "dfs.namenode.send.qop.enabled": "false",
      "dfs.encrypt.data.overwrite.downstream.derived.qop": "false",
      "dfs.encrypt.data.overwrite.downstream.new.qop": "",
      "dfs.namenode.blockreport.queue.size": "1024",
      "dfs.namenode.storage.dir.perm": "700",
      "dfs.namenode.blockreport.max.lock.hold.time": "4",
      "dfs.namenode.corrupt.block.delete.immediately.enabled": "true",
      "dfs.journalnode.edits.dir.perm": "700",
      "dfs.journalnode.handler.count": "5",
      "dfs.namenode.lease-hard-limit-sec": "1200",
      "dfs.namenode.gc.time.monitor.enable": "true",
      "dfs.namenode.gc.time.monitor.observation.window.ms": "1m",
      "dfs.namenode.gc.time.monitor.sleep.interval.ms": "5s",
      "dfs.permissions.allow.owner.set.quota": "false",
      "dfs.protected.subdirectories.enable": "false",
      "dfs.storage.default.policy": "HOT",
      "dfs.datanode.same-disk-tiering.enabled": "false",
      "dfs.datanode.reserve-for-archive.default.percentage": "0.0",
      "dfs.datanode.same-disk-tiering.capacity-ratio.percentage": "",
      "dfs.balancer.getBlocks.hot-time-interval": "0",
      "dfs.datanode.directoryscan.max.notify.count": "5",
      "dfs.datanode.nameservices.resolution-enabled": "false",
      "dfs.datanode.nameservices.resolver.impl": "",
      "dfs.client.mark.slownode.as.badnode.threshold": "10",
      "dfs.datanode.lockmanager.trace": "false",
      "dfs.client.fsck.connect.timeout": "60000ms",
      "dfs.client.fsck.read.timeout": "60000ms",
      "dfs.client.output.stream.uniq.default.key": "DEFAULT",
      "dfs.client.congestion.backoff.mean.time": "5000",
      "dfs.client.congestion.backoff.max.time": "50000",
      "dfs.client.rbf.observer.read.enable": "false",
      "yarn.ipc.client.factory.class": "",
      "yarn.ipc.server.factory.class": "",
      "yarn.ipc.record.factory.class": "",
      "yarn.ipc.rpc.class": "org.apache.hadoop.yarn.ipc.HadoopYarnProtoRPC",
      "yarn.resourcemanager.hostname": "0.0.0.0",
      "yarn.resourcemanager.address": "${yarn.resourcemanager.hostname}:8032",
      "yarn.resourcemanager.bind-host": "",
      "yarn.resourcemanager.auto-update.containers": "false",
      "yarn.resourcemanager.client.thread-count": "50",
      "yarn.resourcemanager.amlauncher.thread-count": "50",
      "yarn.resourcemanager.nodemanager-connect-retries": "10",
      "yarn.dispatcher.drain-events.timeout": "300000",
      "yarn.dispatcher.print-events-info.threshold": "5000",
      "yarn.dispatcher.cpu-monitor.samples-per-min": "60",
      "yarn.dispatcher.print-thread-pool.core-pool-size": "1",
      "yarn.dispatcher.print-thread-pool.maximum-pool-size": "5",
      "yarn.dispatcher.print-thread-pool.keep-alive-time": "10s",
      "yarn.am.liveness-monitor.expiry-interval-ms": "900000",
      "yarn.resourcemanager.principal": "",
      "yarn.resourcemanager.scheduler.address": "${yarn.resourcemanager.hostname}:8030",
      "yarn.resourcemanager.scheduler.client.thread-count": "50",
      "yarn.resourcemanager.placement-constraints.handler": "disabled",
      "yarn.resourcemanager.placement-constraints.retry-attempts": "3",
      "yarn.resourcemanager.placement-constraints.algorithm.class": "org.apache.hadoop.yarn.server.resourcemanager.scheduler.constraint.algorithm.DefaultPlacementAlgorithm",
      "yarn.resourcemanager.placement-constraints.algorithm.iterator": "SERIAL",
      "yarn.resourcemanager.placement-constraints.algorithm.pool-size": "1",
      "yarn.resourcemanager.placement-constraints.scheduler.pool-size": "1",
      "yarn.resourcemanager.application-master-service.processors": "",
      "yarn.http.policy": "HTTP_ONLY",
      "yarn.resourcemanager.webapp.address": "${yarn.resourcemanager.hostname}:8088",
      "yarn.resourcemanager.webapp.https.address": "${yarn.resourcemanager.hostname}:8090",
      "yarn.resourcemanager.webapp.spnego-keytab-file": "",
      "yarn.resourcemanager.webapp.spnego-principal": "",
      "yarn.resourcemanager.webapp.ui-actions.enabled": "true",
      "yarn.webapp.ui2.enable": "false",
      "yarn.webapp.ui1.tools.enable": "true",
      "yarn.webapp.ui2.war-file-path": "",
      "yarn.webapp.api-service.enable": "false",
      "yarn.resourcemanager.resource-tracker.address": "${yarn.resourcemanager.hostname}:8031",
      "yarn.resourcemanager.resource-tracker.nm.ip-hostname-check": "false",
      "yarn.acl.enable": "false",
      "yarn.acl.reservation-enable": "false",
      "yarn.admin.acl": "*",
      "yarn.resourcemanager.admin.address": "${yarn.resourcemanager.hostname}:8033",
      "yarn.resourcemanager.admin.client.thread-count": "1",
      "yarn.resourcemanager.connect.max-wait.ms": "900000",
      "yarn.resourcemanager.connect.retry-interval.ms": "30000",
      "yarn.resourcemanager.am.max-attempts": "2",
      "yarn.resourcemanager.container.liveness-monitor.interval-ms": "600000",
      "yarn.resourcemanager.keytab": "/etc/krb5.keytab",
      "yarn.resourcemanager.webapp.delegation-token-auth-filter.enabled": "true",
      "yarn.resourcemanager.webapp.cross-origin.enabled": "false",
      "yarn.nm.liveness-monitor.expiry-interval-ms": "600000",
      "yarn.resourcemanager.nodes.include-path": "",
      "yarn.resourcemanager.nodes.exclude-path": "",
      "yarn.resourcemanager.node-ip-cache.expiry-interval-secs": "-1",
      "yarn.resourcemanager.resource-tracker.client.thread-count": "50",
      "yarn.resourcemanager.scheduler.class": "org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler",
      "yarn.scheduler.minimum-allocation-mb": "1024",
      "yarn.scheduler.maximum-allocation-mb": "8192",
      "yarn.scheduler.minimum-allocation-vcores": "1",
      "yarn.scheduler.maximum-allocation-vcores": "4",
      "yarn.scheduler.include-port-in-node-name": "false",
      "yarn.resourcemanager.recovery.enabled": "false",
      "yarn.resourcemanager.fail-fast": "${yarn.fail-fast}",
      "yarn.fail-fast": "false",
      "yarn.resourcemanager.work-preserving-recovery.enabled": "true",
      "yarn.resourcemanager.work-preserving-recovery.scheduling-wait-ms": "10000",
      "yarn.resourcemanager.store.class": "org.apache.hadoop.yarn.server.resourcemanager.recovery.FileSystemRMStateStore",
      "yarn.resourcemanager.ha.failover-controller.active-standby-elector.zk.retries": "",
      "yarn.resourcemanager.state-store.max-completed-applications": "${yarn.resourcemanager.max-completed-applications}",
      "yarn.resourcemanager.zk-state-store.parent-path": "/rmstore",
      "yarn.resourcemanager.zk-state-store.root-node.acl": "",
      "yarn.resourcemanager.fs.state-store.uri": "${hadoop.tmp.dir}/yarn/system/rmstore",
      "yarn.resourcemanager.fs.state-store.num-retries": "0",
      "yarn.resourcemanager.fs.state-store.retry-interval-ms": "1000",
      "yarn.resourcemanager.leveldb-state-store.path": "${hadoop.tmp.dir}/yarn/system/rmstore",
      "yarn.resourcemanager.leveldb-state-store.compaction-interval-secs": "3600",
      "yarn.resourcemanager.ha.enabled": "false",
      "yarn.resourcemanager.ha.automatic-failover.enabled": "true",
      "yarn.resourcemanager.ha.automatic-failover.embedded": "true",
      "yarn.resourcemanager.ha.automatic-failover.zk-base-path": "/yarn-leader-election",
      "yarn.resourcemanager.zk-appid-node.split-index": "0",
      "yarn.resourcemanager.zk-delegation-token-node.split-index": "0",
      "yarn.resourcemanager.zk-max-znode-size.bytes": "1048576",
      "yarn.resourcemanager.zk-client-ssl.enabled": "false",
      "yarn.resourcemanager.cluster-id": "",
      "yarn.resourcemanager.epoch.range": "0",
      "yarn.resourcemanager.ha.rm-ids": "",
      "yarn.resourcemanager.ha.id": "",
      "yarn.client.failover-proxy-provider": "org.apache.hadoop.yarn.client.ConfiguredRMFailoverProxyProvider",
      "yarn.client.failover-no-ha-proxy-provider": "org.apache.hadoop.yarn.client.DefaultNoHARMFailoverProxyProvider",
      "yarn.client.failover-max-attempts": "",
      "yarn.client.failover-sleep-base-ms": "",
      "yarn.client.failover-sleep-max-ms": "",
      "yarn.client.failover-retries": "0",
      "yarn.client.failover-retries-on-socket-timeouts": "0",
      "yarn.resourcemanager.max-completed-applications": "1000",
      "yarn.resourcemanager.delayed.delegation-token.removal-interval-ms": "30000",
      "yarn.resourcemanager.delegation-token.max-conf-size-bytes": "12800",
      "yarn.resourcemanager.delegation-token.always-cancel": "false",
      "yarn.resourcemanager.proxy-user-privileges.enabled": "false",
      "yarn.resourcemanager.am-rm-tokens.master-key-rolling-interval-secs": "86400",
      "yarn.resourcemanager.container-tokens.master-key-rolling-interval-secs": "86400",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-ms": "1000",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-scaling-enable": "false",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-min-ms": "1000",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-max-ms": "1000",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-speedup-factor": "1.0",
      "yarn.resourcemanager.nodemanagers.heartbeat-interval-slowdown-factor": "1.0",
      "yarn.scheduler.skip.node.multiplier": "2",
      "yarn.resourcemanager.nodemanager.minimum.version": "NONE",
      "yarn.resourcemanager.scheduler.monitor.enable": "false",
      "yarn.resourcemanager.scheduler.monitor.policies": "org.apache.hadoop.yarn.server.resourcemanager.monitor.capacity.ProportionalCapacityPreemptionPolicy",
      "yarn.resourcemanager.configuration.provider-class": "org.apache.hadoop.yarn.LocalConfigurationProvider",
      "yarn.resourcemanager.configuration.file-system-based-store": "/yarn/conf",
      "yarn.resourcemanager.system-metrics-publisher.enabled": "false",
      "yarn.system-metrics-publisher.enabled": "false",
      "yarn.rm.system-metrics-publisher.emit-container-events": "false",
      "yarn.resourcemanager.system-metrics-publisher.dispatcher.pool-size": "10",
      "yarn.resourcemanager.system-metrics-publisher.timeline-server-v1.enable-batch": "false",
      "yarn.resourcemanager.system-metrics-publisher.timeline-server-v1.batch-size": "1000",
      "yarn.resourcemanager.system-metrics-publisher.timeline-server-v1.interval-seconds": "60",
      "yarn.resourcemanager.max-log-aggregation-diagnostics-in-memory": "10",
      "yarn.resourcemanager.delegation-token-renewer.thread-count": "50",
      "yarn.resourcemanager.delegation.key.update-interval": "86400000",
      "yarn.resourcemanager.delegation.token.max-lifetime": "604800000",
      "yarn.resourcemanager.delegation.token.renew-interval": "86400000",
      "yarn.resourcemanager.delegation.token.remove-scan-interval": "1h",
      "yarn.resourcemanager.delegation-token-renewer.thread-timeout": "60s",
      "yarn.resourcemanager.delegation-token-renewer.thread-retry-max-attempts": "10",
      "yarn.resourcemanager.delegation-token-renewer.thread-retry-interval": "60s",
      "yarn.resourcemanager.history-writer.multi-threaded-dispatcher.pool-size": "10",
      "yarn.resourcemanager.metrics.runtime.buckets": "60,300,1440",
      "yarn.resourcemanager.nm-tokens.master-key-rolling-interval-secs": "86400",
      "yarn.resourcemanager.reservation-system.enable": "false",
      "yarn.resourcemanager.reservation-system.class": "",
      "yarn.resourcemanager.reservation-system.plan.follower": "",
      "yarn.resourcemanager.reservation-system.planfollower.time-step": "1000",
      "yarn.resourcemanager.rm.container-allocation.expiry-interval-ms": "600000",
      "yarn.resourcemanager.resource-profiles.enabled": "false",
      "yarn.resourcemanager.resource-profiles.source-file": "resource-profiles.json",
      "yarn.nodemanager.hostname": "0.0.0.0",
      "yarn.nodemanager.address": "${yarn.nodemanager.hostname}:0",
      "yarn.nodemanager.bind-host": "",
      "yarn.nodemanager.admin-env": "MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX",
      "yarn.nodemanager.force.path": "",
      "yarn.nodemanager.env-whitelist": "JAVA_HOME,HADOOP_COMMON_HOME,HADOOP_HDFS_HOME,HADOOP_CONF_DIR,CLASSPATH_PREPEND_DISTCACHE,HADOOP_YARN_HOME,HADOOP_HOME,PATH,LANG,TZ",
      "yarn.nodemanager.container-executor.class": "org.apache.hadoop.yarn.server.nodemanager.DefaultContainerExecutor",
      "yarn.nodemanager.container-state-transition-listener.classes": "",
      "yarn.nodemanager.container-manager.thread-count": "20",
      "yarn.nodemanager.collector-service.thread-count": "5",
      "yarn.nodemanager.delete.thread-count": "4",
      "yarn.nodemanager.container-executor.exit-code-file.timeout-ms": "2000",
      "yarn.nodemanager.opportunistic-containers-queue-policy": "BY_QUEUE_LEN",
      "yarn.nodemanager.opportunistic-containers-max-queue-length": "0",
      "yarn.nodemanager.delete.debug-delay-sec": "0",
      "yarn.nodemanager.keytab": "/etc/krb5.keytab",
      "yarn.nodemanager.local-dirs": "${hadoop.tmp.dir}/nm-local-dir",
      "yarn.nodemanager.local-cache.max-files-per-directory": "8192",
      "yarn.nodemanager.localizer.address": "${yarn.nodemanager.hostname}:8040",
      "yarn.nodemanager.collector-service.address": "${yarn.nodemanager.hostname}:8048",
      "yarn.nodemanager.emit-container-events": "true",
      "yarn.nodemanager.localizer.cache.cleanup.interval-ms": "600000",
      "yarn.nodemanager.localizer.cache.target-size-mb": "10240",
      "yarn.nodemanager.localizer.client.thread-count": "5",
      "yarn.nodemanager.localizer.fetch.thread-count": "4",
      "yarn.nodemanager.container-localizer.java.opts": "-Xmx256m",
      "yarn.nodemanager.container-localizer.admin.java.opts": "",
      "yarn.nodemanager.container-localizer.java.opts.add-exports-as-default": "true",
      "yarn.nodemanager.container-localizer.log.level": "INFO",
      "yarn.nodemanager.log-dirs": "${yarn.log.dir}/userlogs",
      "yarn.nodemanager.default-container-executor.log-dirs.permissions": "710",
      "yarn.log-aggregation-enable": "false",
      "yarn.resourcemanager.application-tag-based-placement.enable": "false",
      "yarn.resourcemanager.application-tag-based-placement.username.whitelist": "",
      "yarn.log-aggregation.retain-seconds": "-1",
      "yarn.log-aggregation.retain-check-interval-seconds": "-1",
      "yarn.log-aggregation.debug.filesize": "104857600",
      "yarn.log-aggregation.file-formats": "TFile",
      "yarn.log-aggregation.file-controller.TFile.class": "org.apache.hadoop.yarn.logaggregation.filecontroller.tfile.LogAggregationTFileController",
      "yarn.log-aggregation-status.time-out.ms": "600000",
      "yarn.log-aggregation.enable-local-cleanup": "true",
      "yarn.nodemanager.log.retain-seconds": "10800",
      "yarn.nodemanager.remote-app-log-dir": "/tmp/logs",
      "yarn.nodemanager.remote-app-log-dir-suffix": "logs",
      "yarn.nodemanager.remote-app-log-dir-include-older": "true",
      "yarn.nodemanager.remote-app-log-dir.groupname": "",
      "yarn.nodemanager.log-container-debug-info.enabled": "true",
      "yarn.nodemanager.log-container-debug-info-on-error.enabled": "false",
      "yarn.nodemanager.resource.memory-mb": "-1",
      "yarn.nodemanager.resource.system-reserved-memory-mb": "-1",
      "yarn.nodemanager.resource.memory.enabled": "false",
      "yarn.nodemanager.resource.memory.enforced": "true",
      "yarn.nodemanager.resource.memory.cgroups.soft-limit-percentage": "90.0",
      "yarn.nodemanager.resource.memory.cgroups.swappiness": "0",
      "yarn.nodemanager.pmem-check-enabled": "true",
      "yarn.nodemanager.vmem-check-enabled": "true",
      "yarn.nodemanager.vmem-pmem-ratio": "2.1",
      "yarn.nodemanager.resource.cpu-vcores": "-1",
      "yarn.nodemanager.resource.count-logical-processors-as-cores": "false",
      "yarn.nodemanager.resource.pcores-vcores-multiplier": "1.0",
      "yarn.nodemanager.logaggregation.threadpool-size-max": "100",
      "yarn.nodemanager.resource.percentage-physical-cpu-limit": "100",
      "yarn.nodemanager.resource.detect-hardware-capabilities": "false",
      "yarn.nodemanager.webapp.address": "${yarn.nodemanager.hostname}:8042",
      "yarn.nodemanager.webapp.https.address": "0.0.0.0:8044",
      "yarn.nodemanager.webapp.spnego-keytab-file": "",
      "yarn.nodemanager.webapp.spnego-principal": "",
      "yarn.nodemanager.resource-monitor.interval-ms": "3000",
      "yarn.nodemanager.resource-calculator.class": "",
      "yarn.nodemanager.container-monitor.enabled": "true",
      "yarn.nodemanager.container-monitor.interval-ms": "",
      "yarn.nodemanager.container-log-monitor.enable": "false",
      "yarn.nodemanager.container-log-monitor.interval-ms": "60000",
      "yarn.nodemanager.container-log-monitor.dir-size-limit-bytes": "1000000000",
      "yarn.nodemanager.container-log-monitor.total-size-limit-bytes": "10000000000",
      "yarn.nodemanager.container-monitor.resource-calculator.class": "",
      "yarn.nodemanager.health-checker.scripts": "script",
      "yarn.nodemanager.health-checker.timeout-ms": "1200000",
      "yarn.nodemanager.health-checker.run-before-startup": "false",
      "yarn.nodemanager.health-checker.interval-ms": "600000",
      "yarn.nodemanager.disk-health-checker.interval-ms": "120000",
      "yarn.nodemanager.disk-health-checker.min-healthy-disks": "0.25",
      "yarn.nodemanager.disk-health-checker.disk-utilization-threshold.enabled": "true",
      "yarn.nodemanager.disk-health-checker.disk-free-space-threshold.enabled": "true",
      "yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage": "90.0",
      "yarn.nodemanager.disk-health-checker.disk-utilization-watermark-low-per-disk-percentage": "",
      "yarn.nodemanager.disk-health-checker.min-free-space-per-disk-mb": "0",
      "yarn.nodemanager.disk-health-checker.min-free-space-per-disk-watermark-high-mb": "0",
      "yarn.nodemanager.linux-container-executor.path": "",
      "yarn.nodemanager.linux-container-executor.resources-handler.class": "org.apache.hadoop.yarn.server.nodemanager.util.DefaultLCEResourcesHandler",
      "yarn.nodemanager.linux-container-executor.cgroups.hierarchy": "/hadoop-yarn",
      "yarn.nodemanager.linux-container-executor.cgroups.mount": "false",
      "yarn.nodemanager.linux-container-executor.cgroups.mount-path": "",
      "yarn.nodemanager.linux-container-executor.cgroups.delete-delay-ms": "20",
      "yarn.nodemanager.linux-container-executor.nonsecure-mode.limit-users": "true",
      "yarn.nodemanager.linux-container-executor.nonsecure-mode.local-user": "nobody",
      "yarn.nodemanager.linux-container-executor.nonsecure-mode.user-pattern": "^[_.A-Za-z0-9][-@_.A-Za-z0-9]{0,255}?[$]?$",
      "yarn.nodemanager.linux-container-executor.cgroups.strict-resource-usage": "false",
      "yarn.nodemanager.runtime.linux.allowed-runtimes": "default",
      "yarn.nodemanager.runtime.linux.type": "",
      "yarn.nodemanager.runtime.linux.docker.capabilities": "CHOWN,DAC_OVERRIDE,FSETID,FOWNER,MKNOD,NET_RAW,SETGID,SETUID,SETFCAP,SETPCAP,NET_BIND_SERVICE,SYS_CHROOT,KILL,AUDIT_WRITE",
      "yarn.nodemanager.runtime.linux.docker.image-name": "",
      "yarn.nodemanager.runtime.linux.docker.image-update": "false",
      "yarn.nodemanager.runtime.linux.docker.privileged-containers.allowed": "false",
      "yarn.nodemanager.runtime.linux.docker.privileged-containers.acl": "",
      "yarn.nodemanager.runtime.linux.docker.allowed-container-networks": "host,none,bridge",
      "yarn.nodemanager.runtime.linux.docker.default-container-network": "host",
      "yarn.nodemanager.runtime.linux.docker.allowed-container-runtimes": "runc",
      "yarn.nodemanager.runtime.linux.docker.host-pid-namespace.allowed": "false",
      "yarn.nodemanager.runtime.linux.docker.enable-userremapping.allowed": "true",
      "yarn.nodemanager.runtime.linux.docker.userremapping-uid-threshold": "1",
      "yarn.nodemanager.runtime.linux.docker.userremapping-gid-threshold": "1",
      "yarn.nodemanager.runtime.linux.docker.delayed-removal.allowed": "false",
      "yarn.nodemanager.runtime.linux.docker.stop.grace-period": "10",
      "yarn.nodemanager.runtime.linux.docker.default-ro-mounts": "",
      "yarn.nodemanager.runtime.linux.docker.default-rw-mounts": "",
      "yarn.nodemanager.runtime.linux.docker.default-tmpfs-mounts": "",
      "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin": "org.apache.hadoop.yarn.server.nodemanager.containermanager.linux.runtime.runc.ImageTagToManifestPlugin",
      "yarn.nodemanager.runtime.linux.runc.manifest-to-resources-plugin": "org.apache.hadoop.yarn.server.nodemanager.containermanager.linux.runtime.runc.HdfsManifestToResourcesPlugin",
      "yarn.nodemanager.runtime.linux.runc.image-toplevel-dir": "/runc-root",
      "yarn.nodemanager.runtime.linux.runc.layer-mounts-to-keep": "100",
      "yarn.nodemanager.runtime.linux.runc.layer-mounts-interval-secs": "600",
      "yarn.nodemanager.runtime.linux.runc.image-name": "",
      "yarn.nodemanager.runtime.linux.runc.privileged-containers.allowed": "false",
      "yarn.nodemanager.runtime.linux.runc.allowed-container-networks": "host,none,bridge",
      "yarn.nodemanager.runtime.linux.runc.allowed-container-runtimes": "runc",
      "yarn.nodemanager.runtime.linux.runc.privileged-containers.acl": "",
      "yarn.nodemanager.runtime.linux.runc.host-pid-namespace.allowed": "false",
      "yarn.nodemanager.runtime.linux.runc.default-ro-mounts": "",
      "yarn.nodemanager.runtime.linux.runc.default-rw-mounts": "",
      "yarn.nodemanager.runtime.linux.runc.seccomp-profile": "",
      "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.hdfs-hash-file": "/runc-root/image-tag-to-hash",
      "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.local-hash-file": "",
      "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.cache-refresh-interval-secs": "60",
      "yarn.nodemanager.runtime.linux.runc.image-tag-to-manifest-plugin.num-manifests-to-cache": "10",
      "yarn.nodemanager.runtime.linux.runc.hdfs-manifest-to-resources-plugin.stat-cache-timeout-interval-secs": "360",
      "yarn.nodemanager.runtime.linux.runc.hdfs-manifest-to-resources-plugin.stat-cache-size": "500",
      "yarn.nodemanager.runtime.linux.sandbox-mode": "disabled",
      "yarn.nodemanager.runtime.linux.sandbox-mode.local-dirs.permissions": "read",
      "yarn.nodemanager.runtime.linux.sandbox-mode.policy": "",
      "yarn.nodemanager.runtime.linux.sandbox-mode.whitelist-group": "",
      "yarn.nodemanager.windows-container.memory-limit.enabled": "false",
      "yarn.nodemanager.windows-container.cpu-limit.enabled": "false",
      "yarn.nodemanager.linux-container-executor.cgroups.delete-timeout-ms": "1000",
      "yarn.nodemanager.log-aggregation.compression-type": "none",
      "yarn.nodemanager.principal": "",
      "yarn.nodemanager.aux-services": "",
      "yarn.nodemanager.aux-services.manifest.enabled": "false",
      "yarn.nodemanager.aux-services.manifest": "",
      "yarn.nodemanager.aux-services.manifest.reload-ms": "0",
      "yarn.nodemanager.aux-services.%s.classpath": "NONE",
      "yarn.nodemanager.aux-services.%s.system-classes": "",
      "yarn.nodemanager.sleep-delay-before-sigkill.ms": "250",
      "yarn.nodemanager.process-kill-wait.ms": "5000",
      "yarn.nodemanager.resourcemanager.minimum.version": "NONE",
      "yarn.nodemanager.container-diagnostics-maximum-size": "10000",
      "yarn.nodemanager.container-retry-minimum-interval-ms": "1000",
      "yarn.client.nodemanager-client-async.thread-pool-max-size": "500",
      "yarn.client.nodemanager-connect.max-wait-ms": "180000",
      "yarn.client.nodemanager-connect.retry-interval-ms": "10000",
      "yarn.nodemanager.resourcemanager.connect.max-wait.ms": "",
      "yarn.nodemanager.resourcemanager.connect.retry-interval.ms": "",
      "yarn.client.max-cached-nodemanagers-proxies": "0",
      "yarn.nodemanager.recovery.enabled": "false",
      "yarn.nodemanager.recovery.dir": "${hadoop.tmp.dir}/yarn-nm-recovery",
      "yarn.nodemanager.recovery.compaction-interval-secs": "3600",
      "yarn.nodemanager.recovery.supervised": "false",
      "yarn.nodemanager.container-executor.os.sched.priority.adjustment": "",
      "yarn.nodemanager.container-metrics.enable": "true",
      "yarn.nodemanager.container-metrics.period-ms": "-1",
      "yarn.nodemanager.container-metrics.unregister-delay-ms": "10000",
      "yarn.nodemanager.container-monitor.process-tree.class": "",
      "yarn.nodemanager.disk-health-checker.enable": "true",
      "yarn.nodemanager.log.deletion-threads-count": "4",
      "yarn.nodemanager.windows-secure-container-executor.group": "",
      "yarn.nodemanager.aux-services.mapreduce_shuffle.class": "org.apache.hadoop.mapred.ShuffleHandler",
      "yarn.web-proxy.principal": "",
      "yarn.web-proxy.keytab": "",
      "yarn.web-proxy.address": "",
      "yarn.web-proxy.bind-host": "",
      "yarn.resourcemanager.proxy.timeout.enabled": "true",
      "yarn.resourcemanager.proxy.connection.timeout": "60000",
      "yarn.application.classpath": "",
      "yarn.timeline-service.version": "1.0f",
      "yarn.timeline-service.enabled": "false",
      "yarn.timeline-service.hostname": "0.0.0.0",
      "yarn.timeline-service.address": "${yarn.timeline-service.hostname}:10200",
      "yarn.timeline-service.webapp.address": "${yarn.timeline-service.hostname}:8188",
      "yarn.timeline-service.webapp.https.address": "${yarn.timeline-service.hostname}:8190",
      "yarn.timeline-service.bind-host": "",
      "yarn.timeline-service.generic-application-history.max-applications": "10000",
      "yarn.timeline-service.store-class": "org.apache.hadoop.yarn.server.timeline.LeveldbTimelineStore",
      "yarn.timeline-service.ttl-enable": "true",
      "yarn.timeline-service.ttl-ms": "604800000",
      "yarn.timeline-service.leveldb-timeline-store.path": "${hadoop.tmp.dir}/yarn/timeline",
      "yarn.timeline-service.leveldb-timeline-store.ttl-interval-ms": "300000",
      "yarn.timeline-service.leveldb-timeline-store.read-cache-size": "104857600",
      "yarn.timeline-service.leveldb-timeline-store.start-time-read-cache-size": "10000",
      "yarn.timeline-service.leveldb-timeline-store.start-time-write-cache-size": "10000",
      "yarn.timeline-service.handler-thread-count": "10",
      "yarn.timeline-service.http-authentication.type": "simple",
      "yarn.timeline-service.http-authentication.simple.anonymous.allowed": "true",
      "yarn.timeline-service.principal": "",
      "yarn.timeline-service.keytab": "/etc/krb5.keytab",
      "yarn.timeline-service.ui-names": "",
      "yarn.timeline-service.client.max-retries": "30",
      "yarn.timeline-service.client.best-effort": "false",
      "yarn.timeline-service.client.retry-interval-ms": "1000",
      "yarn.timeline-service.client.drain-entities.timeout.ms": "2000",
      "yarn.timeline-service.recovery.enabled": "false",
      "yarn.timeline-service.state-store-class": "org.apache.hadoop.yarn.server.timeline.recovery.LeveldbTimelineStateStore",
      "yarn.timeline-service.leveldb-state-store.path": "${hadoop.tmp.dir}/yarn/timeline",
      "yarn.timeline-service.entity-group-fs-store.cache-store-class": "org.apache.hadoop.yarn.server.timeline.MemoryTimelineStore",
      "yarn.timeline-service.entity-group-fs-store.active-dir": "/tmp/entity-file-history/active",
      "yarn.timeline-service.entity-group-fs-store.done-dir": "/tmp/entity-file-history/done/",
      "yarn.timeline-service.entity-group-fs-store.group-id-plugin-classes": "",
      "yarn.timeline-service.entity-group-fs-store.group-id-plugin-classpath": "",
      "yarn.timeline-service.entity-group-fs-store.summary-store": "org.apache.hadoop.yarn.server.timeline.LeveldbTimelineStore",
      "yarn.timeline-service.entity-group-fs-store.scan-interval-seconds": "60",
      "yarn.timeline-service.entity-group-fs-store.cleaner-interval-seconds": "3600",
      "yarn.timeline-service.entity-group-fs-store.retain-seconds": "604800",
      "yarn.timeline-service.entity-group-fs-store.leveldb-cache-read-cache-size": "10485760",
      "yarn.timeline-service.entity-group-fs-store.app-cache-size": "10",
      "yarn.timeline-service.client.fd-flush-interval-secs": "10",
      "yarn.timeline-service.client.fd-clean-interval-secs": "60",
      "yarn.timeline-service.client.fd-retain-secs": "300",
      "yarn.timeline-service.writer.class": "org.apache.hadoop.yarn.server.timelineservice.storage.HBaseTimelineWriterImpl",
      "yarn.timeline-service.reader.class": "org.apache.hadoop.yarn.server.timelineservice.storage.HBaseTimelineReaderImpl",
      "yarn.timeline-service.client.internal-timers-ttl-secs": "420",
      "yarn.timeline-service.writer.flush-interval-seconds": "60",
      "yarn.timeline-service.writer.async.queue.capacity": "100",
      "yarn.timeline-service.app-collector.linger-period.ms": "60000",
      "yarn.timeline-service.timeline-client.number-of-async-entities-to-merge": "10",
      "yarn.timeline-service.hbase.coprocessor.app-final-value-retention-milliseconds": "259200000",
      "yarn.timeline-service.app-aggregation-interval-secs": "15",
      "yarn.timeline-service.hbase.coprocessor.jar.hdfs.location": "/hbase/coprocessor/hadoop-yarn-server-timelineservice.jar",
      "yarn.timeline-service.hbase-schema.prefix": "prod.",
      "yarn.timeline-service.hbase.configuration.file": "",
      "yarn.timeline-service.flowname.max-size": "0",
      "yarn.sharedcache.enabled": "false",
      "yarn.sharedcache.root-dir": "/sharedcache",
      "yarn.sharedcache.nested-level": "3",
      "yarn.sharedcache.store.class": "org.apache.hadoop.yarn.server.sharedcachemanager.store.InMemorySCMStore",
      "yarn.sharedcache.app-checker.class": "org.apache.hadoop.yarn.server.sharedcachemanager.RemoteAppChecker",
      "yarn.sharedcache.store.in-memory.staleness-period-mins": "10080",
      "yarn.sharedcache.store.in-memory.initial-delay-mins": "10",
      "yarn.sharedcache.store.in-memory.check-period-mins": "720",
      "yarn.sharedcache.admin.address": "0.0.0.0:8047",
      "yarn.sharedcache.admin.thread-count": "1",
      "yarn.sharedcache.webapp.address": "0.0.0.0:8788",
      "yarn.sharedcache.cleaner.period-mins": "1440",
      "yarn.sharedcache.cleaner.initial-delay-mins": "10",
      "yarn.sharedcache.cleaner.resource-sleep-ms": "0",
      "yarn.sharedcache.uploader.server.address": "0.0.0.0:8046",
      "yarn.sharedcache.uploader.server.thread-count": "50",
      "yarn.sharedcache.client-server.address": "0.0.0.0:8045",
      "yarn.sharedcache.client-server.thread-count": "50",
      "yarn.sharedcache.checksum.algo.impl": "org.apache.hadoop.yarn.sharedcache.ChecksumSHA256Impl",
      "yarn.sharedcache.nm.uploader.replication.factor": "10",
      "yarn.sharedcache.nm.uploader.thread-count": "20",
      "security.applicationhistory.protocol.acl": "",
      "yarn.is.minicluster": "false",
      "yarn.minicluster.control-resource-monitoring": "false",
      "yarn.minicluster.fixed.ports": "false",
      "yarn.minicluster.use-rpc": "false",
      "yarn.minicluster.yarn.nodemanager.resource.memory-mb": "4096",
      "yarn.node-labels.enabled": "false",
      "yarn.node-labels.fs-store.root-dir": "",
      "yarn.node-labels.configuration-type": "centralized",
      "yarn.nodemanager.node-labels.provider": "",
      "yarn.nodemanager.node-labels.provider.fetch-interval-ms": "600000",
      "yarn.nodemanager.node-labels.resync-interval-ms": "120000",
      "yarn.nodemanager.node-labels.provider.configured-node-partition": "",
      "yarn.nodemanager.node-labels.provider.fetch-timeout-ms": "1200000",
      "yarn.resourcemanager.node-labels.provider": "",
      "yarn.resourcemanager.node-labels.provider.fetch-interval-ms": "1800000",
      "yarn.resourcemanager.node-labels.provider.update-newly-registered-nodes-interval-ms": "30000",
      "yarn.resourcemanager.node-labels.am.default-node-label-expression": "",
      "yarn.resourcemanager.node-labels.am.allow-non-exclusive-allocation": "false",
      "yarn.nodemanager.node-attributes.provider": "",
      "yarn.nodemanager.node-attributes.provider.script.path": "",
      "yarn.nodemanager.node-attributes.provider.script.opts": "",
      "yarn.nodemanager.node-attributes.provider.fetch-interval-ms": "600000",
      "yarn.nodemanager.node-attributes.provider.fetch-timeout-ms": "1200000",
      "yarn.nodemanager.node-attributes.provider.configured-node-attributes": "",
      "yarn.nodemanager.node-attributes.resync-interval-ms": "120000",
      "yarn.resourcemanager.nodemanager-graceful-decommission-timeout-secs": "3600",
      "yarn.resourcemanager.decommissioning-nodes-watcher.poll-interval-secs": "20",
      "yarn.http.rmwebapp.external.classes": "",
      "yarn.http.rmwebapp.scheduler.page.class": "",
      "yarn.http.rmwebapp.custom.dao.classes": "",
      "yarn.http.rmwebapp.custom.unwrapped.dao.classes": "",
      "yarn.webapp.custom.webservice.class": "",
      "yarn.nodemanager.node-labels.provider.script.path": "",
      "yarn.nodemanager.node-labels.provider.script.opts": "",
      "yarn.federation.enabled": "false",
      "yarn.federation.state-store.heartbeat.initial-delay": "30s",
      "yarn.federation.machine-list": "",
      "yarn.federation.subcluster-resolver.class": "org.apache.hadoop.yarn.server.federation.resolver.DefaultSubClusterResolverImpl",
      "yarn.federation.state-store.class": "org.apache.hadoop.yarn.server.federation.store.impl.MemoryFederationStateStore",
      "yarn.federation.cache-ttl.secs": "300",
      "yarn.federation.cache-entity.nums": "1000",
      "yarn.federation.registry.base-dir": "yarnfederation/",
      "yarn.federation.state-store.clean-up-retry-count": "1",
      "yarn.federation.state-store.clean-up-retry-sleep-time": "1s",
      "yarn.registry.class": "org.apache.hadoop.registry.client.impl.FSRegistryOperationsService",
      "yarn.client.application-client-protocol.poll-interval-ms": "200",
      "yarn.client.application-client-protocol.poll-timeout-ms": "-1",
      "yarn.nodemanager.container-monitor.procfs-tree.smaps-based-rss.enabled": "false",
      "yarn.log.server.url": "",
      "yarn.log.server.web-service.url": "",
      "yarn.tracking.url.generator": "",
      "yarn.authorization-provider": "",
      "yarn.nodemanager.log-aggregation.roll-monitoring-interval-seconds": "-1",
      "yarn.nodemanager.log-aggregation.roll-monitoring-interval-seconds.min": "3600",
      "yarn.nodemanager.log-aggregation.num-log-files-per-app": "30",
      "yarn.intermediate-data-encryption.enable": "false",
      "yarn.nodemanager.webapp.cross-origin.enabled": "false",
      "yarn.cluster.max-application-priority": "0",
      "yarn.nodemanager.log-aggregation.policy.class": "org.apache.hadoop.yarn.server.nodemanager.containermanager.logaggregation.AllContainerLogAggregationPolicy",
      "yarn.nodemanager.log-aggregation.policy.parameters": "",
      "yarn.nodemanager.amrmproxy.enabled": "false",
      "yarn.nodemanager.amrmproxy.address": "0.0.0.0:8049",
      "yarn.nodemanager.amrmproxy.client.thread-count": "25",
      "yarn.nodemanager.amrmproxy.interceptor-class.pipeline": "org.apache.hadoop.yarn.server.nodemanager.amrmproxy.DefaultRequestInterceptor",
      "yarn.nodemanager.amrmproxy.ha.enable": "false",
      "yarn.nodemanager.distributed-scheduling.enabled": "false",
      "yarn.resourcemanager.opportunistic-container-allocation.enabled": "false",
      "yarn.resourcemanager.opportunistic.max.container-allocation.per.am.heartbeat": "-1",
      "yarn.resourcemanager.opportunistic-container-allocation.nodes-used": "10",
      "yarn.resourcemanager.nm-container-queuing.sorting-nodes-interval-ms": "1000",
      "yarn.resourcemanager.nm-container-queuing.load-comparator": "QUEUE_LENGTH",
      "yarn.resourcemanager.nm-container-queuing.queue-limit-stdev": "1.0f",
      "yarn.resourcemanager.nm-container-queuing.min-queue-length": "5",
      "yarn.resourcemanager.nm-container-queuing.max-queue-length": "15",
      "yarn.resourcemanager.nm-container-queuing.min-queue-wait-time-ms": "10",
      "yarn.resourcemanager.nm-container-queuing.max-queue-wait-time-ms": "100",
      "yarn.nodemanager.opportunistic-containers-use-pause-for-preemption": "false",
      "yarn.nodemanager.container.stderr.pattern": "{*stderr*,*STDERR*}",
      "yarn.nodemanager.container.stderr.tail.bytes": "4096",
      "yarn.node-labels.fs-store.impl.class": "org.apache.hadoop.yarn.nodelabels.FileSystemNodeLabelsStore",
      "yarn.fs-store.file.replication": "0",
      "yarn.resourcemanager.webapp.rest-csrf.enabled": "false",
      "yarn.resourcemanager.webapp.rest-csrf.custom-header": "X-XSRF-Header",
      "yarn.resourcemanager.webapp.rest-csrf.methods-to-ignore": "GET,OPTIONS,HEAD",
      "yarn.nodemanager.webapp.rest-csrf.enabled": "false",
      "yarn.nodemanager.webapp.rest-csrf.custom-header": "X-XSRF-Header",
      "yarn.nodemanager.webapp.rest-csrf.methods-to-ignore": "GET,OPTIONS,HEAD",
      "yarn.nodemanager.disk-validator": "basic",
      "yarn.timeline-service.webapp.rest-csrf.enabled": "false",
      "yarn.timeline-service.webapp.rest-csrf.custom-header": "X-XSRF-Header",
      "yarn.timeline-service.webapp.rest-csrf.methods-to-ignore": "GET,OPTIONS,HEAD",
      "yarn.webapp.xfs-filter.enabled": "true",
      "yarn.resourcemanager.webapp.xfs-filter.xframe-options": "SAMEORIGIN",
      "yarn.nodemanager.webapp.xfs-filter.xframe-options": "SAMEORIGIN",
      "yarn.timeline-service.webapp.xfs-filter.xframe-options": "SAMEORIGIN",
      "yarn.resourcemanager.node-removal-untracked.timeout-ms": "60000",
      "yarn.resourcemanager.application-timeouts.monitor.interval-ms": "3000",
      "yarn.resourcemanager.application-https.policy": "NONE",
      "yarn.app.attempt.diagnostics.limit.kc": "64",
      "yarn.timeline-service.http-cross-origin.enabled": "false",
      "yarn.router.clientrm.interceptor-class.pipeline": "org.apache.hadoop.yarn.server.router.clientrm.DefaultClientRequestInterceptor",
      "yarn.router.interceptor.user.threadpool-size": "5",
      "yarn.router.pipeline.cache-max-size": "25",
      "yarn.router.rmadmin.interceptor-class.pipeline": "org.apache.hadoop.yarn.server.router.rmadmin.DefaultRMAdminRequestInterceptor",
      "yarn.router.bind-host": "",
      "yarn.scheduler.queue-placement-rules": "user-group",
      "yarn.router.webapp.interceptor-class.pipeline": "org.apache.hadoop.yarn.server.router.webapp.DefaultRequestInterceptorREST",
      "yarn.router.webapp.address": "0.0.0.0:8089",
      "yarn.router.webapp.https.address": "0.0.0.0:8091",
      "yarn.timeline-service.entity-group-fs-store.with-user-dir": "false",
      "yarn.resource-types": "",
      "yarn.webapp.filter-entity-list-by-user": "false",
      "yarn.webapp.filter-invalid-xml-chars": "false",
      "yarn.scheduler.configuration.store.class": "file",
      "yarn.scheduler.configuration.mutation.acl-policy.class": "org.apache.hadoop.yarn.server.resourcemanager.scheduler.DefaultConfigurationMutationACLPolicy",
      "yarn.scheduler.configuration.leveldb-store.path": "${hadoop.tmp.dir}/yarn/system/confstore",
      "yarn.scheduler.configuration.leveldb-store.compaction-interval-secs": "86400",
      "yarn.scheduler.configuration.store.max-logs": "1000",
      "yarn.scheduler.configuration.fs.path": "file://${hadoop.tmp.dir}/yarn/system/schedconf",
      "yarn.scheduler.configuration.max.version": "100",
      "yarn.scheduler.configuration.zk-store.parent-path": "/confstore",
      "yarn.client.load.resource-types.from-server": "false",
      "yarn.nodemanager.pluggable-device-framework.enabled": "false",
      "yarn.nodemanager.pluggable-device-framework.device-classes": "",
      "yarn.nodemanager.resource-plugins.gpu.path-to-discovery-executables": "",
      "yarn.nodemanager.resource-plugins": "",
      "yarn.nodemanager.resource-plugins.fail-fast": "",
      "yarn.nodemanager.resource-plugins.gpu.allowed-gpu-devices": "auto",
      "yarn.nodemanager.resource-plugins.gpu.docker-plugin": "nvidia-docker-v1",
      "yarn.nodemanager.resource-plugins.gpu.docker-plugin.nvidia-docker-v1.endpoint": "http://localhost:3476/v1.0/docker/cli",
      "yarn.nodemanager.resource-plugins.fpga.vendor-plugin.class": "org.apache.hadoop.yarn.server.nodemanager.containermanager.resourceplugin.fpga.IntelFpgaOpenclPlugin",
      "yarn.nodemanager.resource-plugins.fpga.path-to-discovery-executables": "",
      "yarn.nodemanager.resource-plugins.fpga.allowed-fpga-devices": "auto",
      "yarn.nodemanager.resource-plugins.fpga.device-discovery-script": "",
      "yarn.nodemanager.resource-plugins.fpga.available-devices": "",
      "yarn.timeline-service.reader.webapp.address": "${yarn.timeline-service.webapp.address}",
      "yarn.timeline-service.reader.webapp.https.address": "${yarn.timeline-service.webapp.https.address}",
      "yarn.timeline-service.reader.bind-host": "",
      "yarn.nodemanager.numa-awareness.enabled": "false",
      "yarn.nodemanager.numa-awareness.read-topology": "false",
      "yarn.nodemanager.numa-awareness.node-ids": "",
      "yarn.nodemanager.numa-awareness.numactl.cmd": "/usr/bin/numactl",
      "yarn.nodemanager.elastic-memory-control.enabled": "false",
      "yarn.nodemanager.elastic-memory-control.oom-handler": "org.apache.hadoop.yarn.server.nodemanager.containermanager.linux.resources.DefaultOOMHandler",
      "yarn.nodemanager.elastic-memory-control.oom-listener.path": "",
      "yarn.nodemanager.elastic-memory-control.timeout-sec": "5",
      "yarn.node-attribute.fs-store.root-dir": "",
      "yarn.node-attribute.fs-store.impl.class": "org.apache.hadoop.yarn.server.resourcemanager.nodelabels.FileSystemNodeAttributeStore",
      "yarn.nodemanager.csi-driver-adaptor.addresses": "",
      "yarn.nodemanager.csi-driver.names": "",
      "yarn.resourcemanager.activities-manager.cleanup-interval-ms": "5000",
      "yarn.resourcemanager.activities-manager.scheduler-activities.ttl-ms": "600000",
      "yarn.resourcemanager.activities-manager.app-activities.ttl-ms": "600000",
      "yarn.resourcemanager.activities-manager.app-activities.max-queue-length": "100",
      "yarn.nodemanager.containers-launcher.class": "org.apache.hadoop.yarn.server.nodemanager.containermanager.launcher.ContainersLauncher",
      "yarn.resourcemanager.submission-preprocessor.enabled": "false",
      "yarn.resourcemanager.submission-preprocessor.file-path": "",
      "yarn.resourcemanager.submission-preprocessor.file-refresh-interval-ms": "60000",
      "yarn.node-labels.exclusive-enforced-partitions": "",
      "yarn.workflow-id.tag-prefix": "workflowid:",
      "yarn.webapp.enable-rest-app-submissions": "true",
      "yarn.resourcemanager.am.global.max-attempts": "",
      "yarn.resourcemanager.application.max-tags": "10",
      "yarn.resourcemanager.application.max-tag.length": "100",
      "yarn.resourcemanager.application-tag-based-placement.force-lowercase": "true",
      "yarn.resourcemanager.enable-node-untracked-without-include-path": "false",
      "yarn.scheduler.app-placement-allocator.class": "",
      "yarn.router.keytab.file": "",
      "yarn.router.kerberos.principal": "",
      "yarn.router.kerberos.principal.hostname": "",
      "yarn.router.webapp.appsinfo-enabled": "false",
      "yarn.router.webapp.appsinfo-cached-count": "100",
      "yarn.router.webapp.cross-origin.enabled": "false",
      "yarn.federation.state-store.max-applications": "1000",
      "yarn.nodemanager.dispatcher.metric.enable": "false",
      "yarn.router.interceptor.user-thread-pool.minimum-pool-size": "5",
      "yarn.router.interceptor.user-thread-pool.maximum-pool-size": "5",
      "yarn.router.interceptor.user-thread-pool.keep-alive-time": "30s",
      "yarn.router.interceptor.user-thread-pool.allow-core-thread-time-out": "false",
      "yarn.router.submit.interval.time": "10ms",
      "yarn.router.interceptor.allow-partial-result.enable": "false",
      "yarn.router.asc-interceptor-max-size": "1MB",
      "yarn.router.scheduled.executor.threads": "1",
      "yarn.router.subcluster.cleaner.interval.time": "60s",
      "yarn.router.subcluster.heartbeat.expiration.time": "30m",
      "yarn.router.deregister.subcluster.enabled": "true",
      "yarn.resourcemanager.nodestore-rootdir.num-retries": "1000",
      "yarn.resourcemanager.nodestore-rootdir.retry-interval-ms": "1000",
      "yarn.federation.state-store.sql.minimum-idle": "1",
      "yarn.federation.state-store.sql.pool-name": "YARN-Federation-DataBasePool",
      "yarn.federation.state-store.sql.max-life-time": "30m",
      "yarn.federation.state-store.sql.idle-time-out": "10m",
      "yarn.federation.state-store.sql.conn-time-out": "10s",
      "yarn.federation.cache.class": "org.apache.hadoop.yarn.server.federation.cache.FederationJCache",
      "yarn.federation.failover.random.order": "false",
      "yarn.router.webapp.proxy.enable": "true",
      "yarn.federation.gpg.scheduled.executor.threads": "10",
      "yarn.federation.gpg.subcluster.cleaner.interval-ms": "-1ms",
      "yarn.federation.gpg.subcluster.heartbeat.expiration-ms": "30m",
      "yarn.apps.cache.enable": "false",
      "yarn.apps.cache.size": "1000",
      "yarn.apps.cache.expire": "30s",
      "yarn.nodemanager.log.trigger.delete.by-size.enabled": "false",
      "yarn.nodemanager.log.delete.threshold": "100g",
      "yarn.resourcemanager.node-removal-untracked.node-selective-states-to-remove": "",
      "yarn.nodemanager.amrmproxy.wait.uam-register.done": "false",
      "yarn.federation.non-ha.enabled": "false",
      "yarn.federation.gpg.keytab.file": "",
      "yarn.federation.gpg.kerberos.principal": "",
      "yarn.federation.gpg.kerberos.principal.hostname": "",
      "yarn.federation.amrmproxy.register.uam.retry-count": "3",
      "yarn.federation.amrmproxy.register.uam.interval": "100ms",
      "yarn.federation.gpg.policy.generator.interval": "1h",
      "yarn.federation.gpg.policy.generator.interval-ms": "3600000",
      "yarn.federation.gpg.policy.generator.class": "org.apache.hadoop.yarn.server.globalpolicygenerator.policygenerator.NoOpGlobalPolicy",
      "yarn.federation.gpg.policy.generator.readonly": "false",
      "yarn.federation.gpg.policy.generator.blacklist": "",
      "yarn.federation.gpg.policy.generator.load-based.pending.minimum": "100",
      "yarn.federation.gpg.policy.generator.load-based.pending.maximum": "1000",
      "yarn.federation.gpg.policy.generator.load-based.weight.minimum": "0",
      "yarn.federation.gpg.policy.generator.load-based.edit.maximum": "3",
      "yarn.federation.gpg.policy.generator.load-based.scaling": "LINEAR",
      "yarn.federation.gpg.application.cleaner.class": "org.apache.hadoop.yarn.server.globalpolicygenerator.applicationcleaner.DefaultApplicationCleaner",
      "yarn.federation.gpg.webapp.cross-origin.enabled": "false",
      "yarn.federation.gpg.application.cleaner.interval-ms": "-1s",
      "yarn.federation.gpg.webapp.address": "0.0.0.0:8069",
      "yarn.federation.gpg.application.cleaner.contact.router.spec": "3,10,600000",
      "yarn.federation.gpg.webapp.https.address": "0.0.0.0:8070",
      "yarn.nodemanager.least-load-policy-selector.enabled": "false",
      "yarn.nodemanager.least-load-policy-selector.pending-container.threshold": "10000",
      "yarn.nodemanager.least-load-policy-selector.use-active-core": "false",
      "yarn.federation.amrmproxy.allocation.history.max.entry": "100",
      "yarn.nodemanager.least-load-policy-selector.fail-on-error": "true",
      "yarn.nodemanager.least-load-policy-selector.blacklist-subclusters": "",
      "yarn.nodemanager.least-load-policy-selector.multiplier": "50000",
      "yarn.federation.gpg.webapp.connect-timeout": "30s",
      "yarn.federation.gpg.webapp.read-timeout": "30s",
      "mapreduce.job.hdfs-servers": "${fs.defaultFS}",
      "mapreduce.job.committer.setup.cleanup.needed": "true",
      "mapreduce.task.io.sort.factor": "10",
      "mapreduce.task.io.sort.mb": "100",
      "mapreduce.map.sort.spill.percent": "0.80",
      "mapreduce.task.spill.files.count.limit": "-1",
      "mapreduce.job.local-fs.single-disk-limit.bytes": "-1",
      "mapreduce.job.local-fs.single-disk-limit.check.interval-ms": "5000",
      "mapreduce.job.local-fs.single-disk-limit.check.kill-limit-exceed": "true",
      "mapreduce.job.dfs.storage.capacity.kill-limit-exceed": "false",
      "mapreduce.job.maps": "2",
      "mapreduce.job.reduces": "1",
      "mapreduce.job.running.map.limit": "0",
      "mapreduce.job.running.reduce.limit": "0",
      "mapreduce.job.max.map": "-1",
      "mapreduce.job.reducer.preempt.delay.sec": "0",
      "mapreduce.job.reducer.unconditional-preempt.delay.sec": "300",
      "mapreduce.job.max.split.locations": "15",
      "mapreduce.job.split.metainfo.maxsize": "10000000",
      "mapreduce.map.maxattempts": "4",
      "mapreduce.reduce.maxattempts": "4",
      "mapreduce.reduce.shuffle.fetch.retry.enabled": "${yarn.nodemanager.recovery.enabled}",
      "mapreduce.reduce.shuffle.fetch.retry.interval-ms": "1000",
      "mapreduce.reduce.shuffle.fetch.retry.timeout-ms": "30000",
      "mapreduce.reduce.shuffle.retry-delay.max.ms": "60000",
      "mapreduce.reduce.shuffle.parallelcopies": "5",
      "mapreduce.reduce.shuffle.connect.timeout": "180000",
      "mapreduce.reduce.shuffle.read.timeout": "180000",
      "mapreduce.shuffle.listen.queue.size": "128",
      "mapreduce.shuffle.connection-keep-alive.enable": "false",
      "mapreduce.shuffle.connection-keep-alive.timeout": "5",
      "mapreduce.task.timeout": "600000",
      "mapreduce.task.stuck.timeout-ms": "600000",
      "mapreduce.task.ping-for-liveliness-check.enabled": "false",
      "mapreduce.map.memory.mb": "-1",
      "mapreduce.map.cpu.vcores": "1",
      "mapreduce.reduce.memory.mb": "-1",
      "mapreduce.reduce.cpu.vcores": "1",
      "mapred.child.java.opts": "",
      "mapred.child.env": "",
      "mapreduce.admin.user.env": "",
      "yarn.app.mapreduce.am.log.level": "INFO",
      "mapreduce.map.log.level": "INFO",
      "mapreduce.reduce.log.level": "INFO",
      "mapreduce.reduce.merge.inmem.threshold": "1000",
      "mapreduce.reduce.shuffle.merge.percent": "0.66",
      "mapreduce.reduce.shuffle.input.buffer.percent": "0.70",
      "mapreduce.reduce.input.buffer.percent": "0.0",
      "mapreduce.reduce.shuffle.memory.limit.percent": "0.25",
      "mapreduce.shuffle.ssl.enabled": "false",
      "mapreduce.shuffle.ssl.file.buffer.size": "65536",
      "mapreduce.shuffle.max.connections": "0",
      "mapreduce.shuffle.max.threads": "0",
      "mapreduce.shuffle.transferTo.allowed": "",
      "mapreduce.shuffle.transfer.buffer.size": "131072",
      "mapreduce.reduce.markreset.buffer.percent": "0.0",
      "mapreduce.map.speculative": "true",
      "mapreduce.reduce.speculative": "true",
      "mapreduce.job.speculative.speculative-cap-running-tasks": "0.1",
      "mapreduce.job.speculative.speculative-cap-total-tasks": "0.01",
      "mapreduce.job.speculative.minimum-allowed-tasks": "10",
      "mapreduce.job.speculative.retry-after-no-speculate": "1000",
      "mapreduce.job.speculative.retry-after-speculate": "15000",
      "mapreduce.job.map.output.collector.class": "org.apache.hadoop.mapred.MapTask$MapOutputBuffer",
      "mapreduce.job.speculative.slowtaskthreshold": "1.0",
      "mapreduce.job.ubertask.enable": "false",
      "mapreduce.job.ubertask.maxmaps": "9",
      "mapreduce.job.ubertask.maxreduces": "1",
      "mapreduce.job.ubertask.maxbytes": "",
      "mapreduce.job.emit-timeline-data": "false",
      "mapreduce.job.sharedcache.mode": "disabled",
      "mapreduce.input.fileinputformat.split.minsize": "0",
      "mapreduce.input.fileinputformat.list-status.num-threads": "1",
      "mapreduce.input.lineinputformat.linespermap": "1",
      "mapreduce.client.submit.file.replication": "10",
      "mapreduce.task.files.preserve.failedtasks": "false",
      "mapreduce.output.fileoutputformat.compress": "false",
      "mapreduce.output.fileoutputformat.compress.type": "RECORD",
      "mapreduce.output.fileoutputformat.compress.codec": "org.apache.hadoop.io.compress.DefaultCodec",
      "mapreduce.map.output.compress": "false",
      "mapreduce.map.output.compress.codec": "org.apache.hadoop.io.compress.DefaultCodec",
      "map.sort.class": "org.apache.hadoop.util.QuickSort",
      "mapreduce.task.userlog.limit.kb": "0",
      "yarn.app.mapreduce.am.container.log.limit.kb": "0",
      "yarn.app.mapreduce.task.container.log.backups": "0",
      "yarn.app.mapreduce.am.container.log.backups": "0",
      "yarn.app.mapreduce.shuffle.log.separate": "true",
      "yarn.app.mapreduce.shuffle.log.limit.kb": "0",
      "yarn.app.mapreduce.shuffle.log.backups": "0",
      "mapreduce.job.maxtaskfailures.per.tracker": "3",
      "mapreduce.client.output.filter": "FAILED",
      "mapreduce.client.completion.pollinterval": "5000",
      "mapreduce.client.progressmonitor.pollinterval": "1000",
      "mapreduce.client.libjars.wildcard": "true",
      "mapreduce.task.profile": "false",
      "mapreduce.task.profile.maps": "0-2",
      "mapreduce.task.profile.reduces": "0-2",
      "mapreduce.task.profile.params": "-agentlib:hprof=cpu=samples,heap=sites,force=n,thread=y,verbose=n,file=%s",
      "mapreduce.task.profile.map.params": "${mapreduce.task.profile.params}",
      "mapreduce.task.profile.reduce.params": "${mapreduce.task.profile.params}",
      "mapreduce.task.skip.start.attempts": "2",
      "mapreduce.job.skip.outdir": "",
      "mapreduce.map.skip.maxrecords": "0",
      "mapreduce.map.skip.proc-count.auto-incr": "true",
      "mapreduce.reduce.skip.maxgroups": "0",
      "mapreduce.reduce.skip.proc-count.auto-incr": "true",
      "mapreduce.ifile.readahead": "true",
      "mapreduce.ifile.readahead.bytes": "4194304",
      "mapreduce.job.queuename": "default",
      "mapreduce.job.tags": "",
      "mapreduce.cluster.local.dir": "${hadoop.tmp.dir}/mapred/local",
      "mapreduce.cluster.acls.enabled": "false",
      "mapreduce.job.acl-modify-job": "",
      "mapreduce.job.acl-view-job": "",
      "mapreduce.job.finish-when-all-reducers-done": "true",
      "mapreduce.job.token.tracking.ids.enabled": "false",
      "mapreduce.job.token.tracking.ids": "",
      "mapreduce.task.merge.progress.records": "10000",
      "mapreduce.task.combine.progress.records": "10000",
      "mapreduce.job.reduce.slowstart.completedmaps": "0.05",
      "mapreduce.job.complete.cancel.delegation.tokens": "true",
      "mapreduce.shuffle.port": "13562",
      "mapreduce.shuffle.pathcache.max-weight": "10485760",
      "mapreduce.shuffle.pathcache.expire-after-access-minutes": "5",
      "mapreduce.shuffle.pathcache.concurrency-level": "16",
      "mapreduce.job.reduce.shuffle.consumer.plugin.class": "org.apache.hadoop.mapreduce.task.reduce.Shuffle",
      "mapreduce.job.node-label-expression": "",
      "mapreduce.job.am.node-label-expression": "",
      "mapreduce.map.node-label-expression": "",
      "mapreduce.reduce.node-label-expression": "",
      "mapreduce.job.counters.max": "120",
      "mapreduce.framework.name": "local",
      "yarn.app.mapreduce.am.staging-dir": "/tmp/hadoop-yarn/staging",
      "yarn.app.mapreduce.am.staging-dir.erasurecoding.enabled": "false",
      "mapreduce.am.max-attempts": "2",
      "mapreduce.job.end-notification.url": "",
      "mapreduce.job.end-notification.retry.attempts": "0",
      "mapreduce.job.end-notification.retry.interval": "1000",
      "mapreduce.job.end-notification.max.attempts": "5",
      "mapreduce.job.end-notification.custom-notifier-class": "",
      "mapreduce.job.log4j-properties-file": "",
      "mapreduce.job.end-notification.max.retry.interval": "5000",
      "yarn.app.mapreduce.am.env": "",
      "yarn.app.mapreduce.am.admin.user.env": "",
      "yarn.app.mapreduce.am.command-opts": "-Xmx1024m",
      "yarn.app.mapreduce.am.admin-command-opts": "",
      "yarn.app.mapreduce.am.job.task.listener.thread-count": "30",
      "yarn.app.mapreduce.am.job.client.port-range": "",
      "yarn.app.mapreduce.am.webapp.port-range": "",
      "yarn.app.mapreduce.am.webapp.https.enabled": "false",
      "yarn.app.mapreduce.am.webapp.https.client.auth": "false",
      "yarn.app.mapreduce.am.job.committer.cancel-timeout": "60000",
      "yarn.app.mapreduce.am.job.committer.commit-window": "10000",
      "mapreduce.fileoutputcommitter.algorithm.version": "2",
      "mapreduce.fileoutputcommitter.task.cleanup.enabled": "false",
      "yarn.app.mapreduce.am.scheduler.heartbeat.interval-ms": "1000",
      "yarn.app.mapreduce.client-am.ipc.max-retries": "3",
      "yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts": "3",
      "yarn.app.mapreduce.client.max-retries": "3",
      "yarn.app.mapreduce.am.resource.mb": "1536",
      "yarn.app.mapreduce.am.resource.cpu-vcores": "1",
      "yarn.app.mapreduce.am.hard-kill-timeout-ms": "10000",
      "yarn.app.mapreduce.client.job.max-retries": "3",
      "yarn.app.mapreduce.client.job.retry-interval": "2000",
      "mapreduce.application.classpath": "",
      "mapreduce.app-submission.cross-platform": "false",
      "mapreduce.application.framework.path": "",
      "mapreduce.job.classloader": "false",
      "mapreduce.job.classloader.system.classes": "",
      "mapreduce.jvm.system-properties-to-log": "os.name,os.version,java.home,java.runtime.version,java.vendor,java.version,java.vm.name,java.class.path,java.io.tmpdir,user.dir,user.name",
      "mapreduce.jvm.add-opens-as-default": "true",
      "mapreduce.jobhistory.address": "0.0.0.0:10020",
      "mapreduce.jobhistory.webapp.address": "0.0.0.0:19888",
      "mapreduce.jobhistory.webapp.https.address": "0.0.0.0:19890",
      "mapreduce.jobhistory.keytab": "/etc/security/keytab/jhs.service.keytab",
      "mapreduce.jobhistory.principal": "jhs/_HOST@REALM.TLD",
      "mapreduce.jobhistory.intermediate-done-dir": "${yarn.app.mapreduce.am.staging-dir}/history/done_intermediate",
      "mapreduce.jobhistory.intermediate-user-done-dir.permissions": "770",
      "mapreduce.jobhistory.always-scan-user-dir": "false",
      "mapreduce.jobhistory.done-dir": "${yarn.app.mapreduce.am.staging-dir}/history/done",
      "mapreduce.jobhistory.cleaner.enable": "true",
      "mapreduce.jobhistory.cleaner.interval-ms": "86400000",
      "mapreduce.jobhistory.max-age-ms": "604800000",
      "mapreduce.jobhistory.client.thread-count": "10",
      "mapreduce.jobhistory.datestring.cache.size": "200000",
      "mapreduce.jobhistory.joblist.cache.size": "20000",
      "mapreduce.jobhistory.loadedjobs.cache.size": "5",
      "mapreduce.jobhistory.loadedtasks.cache.size": "",
      "mapreduce.jobhistory.move.interval-ms": "180000",
      "mapreduce.jobhistory.move.thread-count": "3",
      "mapreduce.jobhistory.store.class": "",
      "mapreduce.jobhistory.minicluster.fixed.ports": "false",
      "mapreduce.jobhistory.admin.address": "0.0.0.0:10033",
      "mapreduce.jobhistory.admin.acl": "*",
      "mapreduce.jobhistory.recovery.enable": "false",
      "mapreduce.jobhistory.recovery.store.class": "org.apache.hadoop.mapreduce.v2.hs.HistoryServerFileSystemStateStoreService",
      "mapreduce.jobhistory.recovery.store.fs.uri": "${hadoop.tmp.dir}/mapred/history/recoverystore",
      "mapreduce.jobhistory.recovery.store.leveldb.path": "${hadoop.tmp.dir}/mapred/history/recoverystore",
      "mapreduce.jobhistory.http.policy": "HTTP_ONLY",
      "mapreduce.jobhistory.jobname.limit": "50",
      "mapreduce.jobhistory.jhist.format": "binary",
      "mapreduce.job.heap.memory-mb.ratio": "0.8",
      "yarn.app.mapreduce.am.containerlauncher.threadpool-initial-size": "10",
      "mapreduce.task.exit.timeout": "60000",
      "mapreduce.task.exit.timeout.check-interval-ms": "20000",
      "mapreduce.job.encrypted-intermediate-data": "false",
      "mapreduce.job.encrypted-intermediate-data-key-size-bits": "128",
      "mapreduce.job.encrypted-intermediate-data.buffer.kb": "128",
      "mapreduce.task.local-fs.write-limit.bytes": "-1",
      "mapreduce.jobhistory.webapp.rest-csrf.enabled": "false",
      "mapreduce.jobhistory.webapp.rest-csrf.custom-header": "X-XSRF-Header",
      "mapreduce.jobhistory.webapp.rest-csrf.methods-to-ignore": "GET,OPTIONS,HEAD",
      "mapreduce.job.cache.limit.max-resources": "0",
      "mapreduce.job.cache.limit.max-resources-mb": "0",
      "mapreduce.job.cache.limit.max-single-resource-mb": "0",
      "mapreduce.jobhistory.webapp.xfs-filter.xframe-options": "SAMEORIGIN",
      "mapreduce.jobhistory.loadedjob.tasks.max": "-1",
      "mapreduce.job.redacted-properties": "",
      "mapreduce.job.send-token-conf": "",
      "mapreduce.outputcommitter.factory.class": "",
      "mapreduce.outputcommitter.factory.scheme.s3a": "org.apache.hadoop.fs.s3a.commit.S3ACommitterFactory",
      "mapreduce.outputcommitter.factory.scheme.abfs": "org.apache.hadoop.fs.azurebfs.commit.AzureManifestCommitterFactory",
      "mapreduce.outputcommitter.factory.scheme.gs": "org.apache.hadoop.mapreduce.lib.output.committer.manifest.ManifestCommitterFactory"
    })
  },
  "deprecated": {
    "2": table({
      "create.empty.dir.if.nonexist": "mapreduce.jobcontrol.createdir.ifnotexist",
      "dfs.access.time.precision": "dfs.namenode.accesstime.precision",
      "dfs.backup.address": "dfs.namenode.backup.address",
      "dfs.backup.http.address": "dfs.namenode.backup.http-address",
      "dfs.balance.bandwidthPerSec": "dfs.datanode.balance.bandwidthPerSec",
      "dfs.block.size": "dfs.blocksize",
      "dfs.data.dir": "dfs.datanode.data.dir",
      "dfs.datanode.max.xcievers": "dfs.datanode.max.transfer.threads",
      "dfs.df.interval": "fs.df.interval",
      "dfs.federation.nameservice.id": "dfs.nameservice.id",
      "dfs.federation.nameservices": "dfs.nameservices",
      "dfs.http.address": "dfs.namenode.http-address",
      "dfs.https.address": "dfs.namenode.https-address",
      "dfs.https.client.keystore.resource": "dfs.client.https.keystore.resource",
      "dfs.https.need.client.auth": "dfs.client.https.need-auth",
      "dfs.max.objects": "dfs.namenode.max.objects",
      "dfs.max-repl-streams": "dfs.namenode.replication.max-streams",
      "dfs.name.dir": "dfs.namenode.name.dir",
      "dfs.name.dir.restore": "dfs.namenode.name.dir.restore",
      "dfs.name.edits.dir": "dfs.namenode.edits.dir",
      "dfs.permissions": "dfs.permissions.enabled",
      "dfs.permissions.supergroup": "dfs.permissions.superusergroup",
      "dfs.read.prefetch.size": "dfs.client.read.prefetch.size",
      "dfs.replication.considerLoad": "dfs.namenode.replication.considerLoad",
      "dfs.replication.interval": "dfs.namenode.replication.interval",
      "dfs.replication.min": "dfs.namenode.replication.min",
      "dfs.replication.pending.timeout.sec": "dfs.namenode.replication.pending.timeout-sec",
      "dfs.safemode.extension": "dfs.namenode.safemode.extension",
      "dfs.safemode.threshold.pct": "dfs.namenode.safemode.threshold-pct",
      "dfs.secondary.http.address": "dfs.namenode.secondary.http-address",
      "dfs.socket.timeout": "dfs.client.socket-timeout",
      "dfs.umaskmode": "fs.permissions.umask-mode",
      "dfs.write.packet.size": "dfs.client-write-packet-size",
      "fs.checkpoint.dir": "dfs.namenode.checkpoint.dir",
      "fs.checkpoint.edits.dir": "dfs.namenode.checkpoint.edits.dir",
      "fs.checkpoint.period": "dfs.namenode.checkpoint.period",
      "fs.default.name": "fs.defaultFS",
      "hadoop.configured.node.mapping": "net.topology.configured.node.mapping",
      "hadoop.job.history.location": "mapreduce.jobtracker.jobhistory.location",
      "hadoop.native.lib": "io.native.lib.available",
      "hadoop.net.static.resolutions": "mapreduce.tasktracker.net.static.resolutions",
      "hadoop.pipes.command-file.keep": "mapreduce.pipes.commandfile.preserve",
      "hadoop.pipes.executable.interpretor": "mapreduce.pipes.executable.interpretor",
      "hadoop.pipes.executable": "mapreduce.pipes.executable",
      "hadoop.pipes.java.mapper": "mapreduce.pipes.isjavamapper",
      "hadoop.pipes.java.recordreader": "mapreduce.pipes.isjavarecordreader",
      "hadoop.pipes.java.recordwriter": "mapreduce.pipes.isjavarecordwriter",
      "hadoop.pipes.java.reducer": "mapreduce.pipes.isjavareducer",
      "hadoop.pipes.partitioner": "mapreduce.pipes.partitioner",
      "heartbeat.recheck.interval": "dfs.namenode.heartbeat.recheck-interval",
      "io.bytes.per.checksum": "dfs.bytes-per-checksum",
      "io.sort.factor": "mapreduce.task.io.sort.factor",
      "io.sort.mb": "mapreduce.task.io.sort.mb",
      "io.sort.spill.percent": "mapreduce.map.sort.spill.percent",
      "jobclient.completion.poll.interval": "mapreduce.client.completion.pollinterval",
      "jobclient.output.filter": "mapreduce.client.output.filter",
      "jobclient.progress.monitor.poll.interval": "mapreduce.client.progressmonitor.pollinterval",
      "job.end.notification.url": "mapreduce.job.end-notification.url",
      "job.end.retry.attempts": "mapreduce.job.end-notification.retry.attempts",
      "job.end.retry.interval": "mapreduce.job.end-notification.retry.interval",
      "job.local.dir": "mapreduce.job.local.dir",
      "keep.failed.task.files": "mapreduce.task.files.preserve.failedtasks",
      "keep.task.files.pattern": "mapreduce.task.files.preserve.filepattern",
      "key.value.separator.in.input.line": "mapreduce.input.keyvaluelinerecordreader.key.value.separator",
      "local.cache.size": "mapreduce.tasktracker.cache.local.size",
      "map.input.file": "mapreduce.map.input.file",
      "map.input.length": "mapreduce.map.input.length",
      "map.input.start": "mapreduce.map.input.start",
      "map.output.key.field.separator": "mapreduce.map.output.key.field.separator",
      "map.output.key.value.fields.spec": "mapreduce.fieldsel.map.output.key.value.fields.spec",
      "mapred.acls.enabled": "mapreduce.cluster.acls.enabled",
      "mapred.binary.partitioner.left.offset": "mapreduce.partition.binarypartitioner.left.offset",
      "mapred.binary.partitioner.right.offset": "mapreduce.partition.binarypartitioner.right.offset",
      "mapred.cache.archives": "mapreduce.job.cache.archives",
      "mapred.cache.archives.timestamps": "mapreduce.job.cache.archives.timestamps",
      "mapred.cache.files": "mapreduce.job.cache.files",
      "mapred.cache.files.timestamps": "mapreduce.job.cache.files.timestamps",
      "mapred.cache.localArchives": "mapreduce.job.cache.local.archives",
      "mapred.cache.localFiles": "mapreduce.job.cache.local.files",
      "mapred.child.tmp": "mapreduce.task.tmp.dir",
      "mapred.cluster.average.blacklist.threshold": "mapreduce.jobtracker.blacklist.average.threshold",
      "mapred.cluster.map.memory.mb": "mapreduce.cluster.mapmemory.mb",
      "mapred.cluster.max.map.memory.mb": "mapreduce.jobtracker.maxmapmemory.mb",
      "mapred.cluster.max.reduce.memory.mb": "mapreduce.jobtracker.maxreducememory.mb",
      "mapred.cluster.reduce.memory.mb": "mapreduce.cluster.reducememory.mb",
      "mapred.committer.job.setup.cleanup.needed": "mapreduce.job.committer.setup.cleanup.needed",
      "mapred.compress.map.output": "mapreduce.map.output.compress",
      "mapred.data.field.separator": "mapreduce.fieldsel.data.field.separator",
      "mapred.debug.out.lines": "mapreduce.task.debugout.lines",
      "mapred.healthChecker.interval": "mapreduce.tasktracker.healthchecker.interval",
      "mapred.healthChecker.script.args": "mapreduce.tasktracker.healthchecker.script.args",
      "mapred.healthChecker.script.path": "mapreduce.tasktracker.healthchecker.script.path",
      "mapred.healthChecker.script.timeout": "mapreduce.tasktracker.healthchecker.script.timeout",
      "mapred.heartbeats.in.second": "mapreduce.jobtracker.heartbeats.in.second",
      "mapred.hosts.exclude": "mapreduce.jobtracker.hosts.exclude.filename",
      "mapred.hosts": "mapreduce.jobtracker.hosts.filename",
      "mapred.inmem.merge.threshold": "mapreduce.reduce.merge.inmem.threshold",
      "mapred.input.dir.formats": "mapreduce.input.multipleinputs.dir.formats",
      "mapred.input.dir.mappers": "mapreduce.input.multipleinputs.dir.mappers",
      "mapred.input.dir": "mapreduce.input.fileinputformat.inputdir",
      "mapred.input.pathFilter.class": "mapreduce.input.pathFilter.class",
      "mapred.jar": "mapreduce.job.jar",
      "mapred.job.classpath.archives": "mapreduce.job.classpath.archives",
      "mapred.job.classpath.files": "mapreduce.job.classpath.files",
      "mapred.job.id": "mapreduce.job.id",
      "mapred.jobinit.threads": "mapreduce.jobtracker.jobinit.threads",
      "mapred.job.map.memory.mb": "mapreduce.map.memory.mb",
      "mapred.job.name": "mapreduce.job.name",
      "mapred.job.priority": "mapreduce.job.priority",
      "mapred.job.queue.name": "mapreduce.job.queuename",
      "mapred.job.reduce.input.buffer.percent": "mapreduce.reduce.input.buffer.percent",
      "mapred.job.reduce.markreset.buffer.percent": "mapreduce.reduce.markreset.buffer.percent",
      "mapred.job.reduce.memory.mb": "mapreduce.reduce.memory.mb",
      "mapred.job.reduce.total.mem.bytes": "mapreduce.reduce.memory.totalbytes",
      "mapred.job.reuse.jvm.num.tasks": "mapreduce.job.jvm.numtasks",
      "mapred.job.shuffle.input.buffer.percent": "mapreduce.reduce.shuffle.input.buffer.percent",
      "mapred.job.shuffle.merge.percent": "mapreduce.reduce.shuffle.merge.percent",
      "mapred.job.tracker.handler.count": "mapreduce.jobtracker.handler.count",
      "mapred.job.tracker.history.completed.location": "mapreduce.jobtracker.jobhistory.completed.location",
      "mapred.job.tracker.http.address": "mapreduce.jobtracker.http.address",
      "mapred.jobtracker.instrumentation": "mapreduce.jobtracker.instrumentation",
      "mapred.jobtracker.job.history.block.size": "mapreduce.jobtracker.jobhistory.block.size",
      "mapred.job.tracker.jobhistory.lru.cache.size": "mapreduce.jobtracker.jobhistory.lru.cache.size",
      "mapred.job.tracker": "mapreduce.jobtracker.address",
      "mapred.jobtracker.maxtasks.per.job": "mapreduce.jobtracker.maxtasks.perjob",
      "mapred.job.tracker.persist.jobstatus.active": "mapreduce.jobtracker.persist.jobstatus.active",
      "mapred.job.tracker.persist.jobstatus.dir": "mapreduce.jobtracker.persist.jobstatus.dir",
      "mapred.job.tracker.persist.jobstatus.hours": "mapreduce.jobtracker.persist.jobstatus.hours",
      "mapred.jobtracker.restart.recover": "mapreduce.jobtracker.restart.recover",
      "mapred.job.tracker.retiredjobs.cache.size": "mapreduce.jobtracker.retiredjobs.cache.size",
      "mapred.job.tracker.retire.jobs": "mapreduce.jobtracker.retirejobs",
      "mapred.jobtracker.taskalloc.capacitypad": "mapreduce.jobtracker.taskscheduler.taskalloc.capacitypad",
      "mapred.jobtracker.taskScheduler": "mapreduce.jobtracker.taskscheduler",
      "mapred.jobtracker.taskScheduler.maxRunningTasksPerJob": "mapreduce.jobtracker.taskscheduler.maxrunningtasks.perjob",
      "mapred.join.expr": "mapreduce.join.expr",
      "mapred.join.keycomparator": "mapreduce.join.keycomparator",
      "mapred.lazy.output.format": "mapreduce.output.lazyoutputformat.outputformat",
      "mapred.line.input.format.linespermap": "mapreduce.input.lineinputformat.linespermap",
      "mapred.linerecordreader.maxlength": "mapreduce.input.linerecordreader.line.maxlength",
      "mapred.local.dir": "mapreduce.cluster.local.dir",
      "mapred.local.dir.minspacekill": "mapreduce.tasktracker.local.dir.minspacekill",
      "mapred.local.dir.minspacestart": "mapreduce.tasktracker.local.dir.minspacestart",
      "mapred.map.child.env": "mapreduce.map.env",
      "mapred.map.child.java.opts": "mapreduce.map.java.opts",
      "mapred.map.child.log.level": "mapreduce.map.log.level",
      "mapred.map.max.attempts": "mapreduce.map.maxattempts",
      "mapred.map.output.compression.codec": "mapreduce.map.output.compress.codec",
      "mapred.mapoutput.key.class": "mapreduce.map.output.key.class",
      "mapred.mapoutput.value.class": "mapreduce.map.output.value.class",
      "mapred.mapper.regex.group": "mapreduce.mapper.regexmapper..group",
      "mapred.mapper.regex": "mapreduce.mapper.regex",
      "mapred.map.task.debug.script": "mapreduce.map.debug.script",
      "mapred.map.tasks": "mapreduce.job.maps",
      "mapred.map.tasks.speculative.execution": "mapreduce.map.speculative",
      "mapred.max.map.failures.percent": "mapreduce.map.failures.maxpercent",
      "mapred.max.reduce.failures.percent": "mapreduce.reduce.failures.maxpercent",
      "mapred.max.split.size": "mapreduce.input.fileinputformat.split.maxsize",
      "mapred.max.tracker.blacklists": "mapreduce.jobtracker.tasktracker.maxblacklists",
      "mapred.max.tracker.failures": "mapreduce.job.maxtaskfailures.per.tracker",
      "mapred.merge.recordsBeforeProgress": "mapreduce.task.merge.progress.records",
      "mapred.min.split.size": "mapreduce.input.fileinputformat.split.minsize",
      "mapred.min.split.size.per.node": "mapreduce.input.fileinputformat.split.minsize.per.node",
      "mapred.min.split.size.per.rack": "mapreduce.input.fileinputformat.split.minsize.per.rack",
      "mapred.output.compression.codec": "mapreduce.output.fileoutputformat.compress.codec",
      "mapred.output.compression.type": "mapreduce.output.fileoutputformat.compress.type",
      "mapred.output.compress": "mapreduce.output.fileoutputformat.compress",
      "mapred.output.dir": "mapreduce.output.fileoutputformat.outputdir",
      "mapred.output.key.class": "mapreduce.job.output.key.class",
      "mapred.output.key.comparator.class": "mapreduce.job.output.key.comparator.class",
      "mapred.output.value.class": "mapreduce.job.output.value.class",
      "mapred.output.value.groupfn.class": "mapreduce.job.output.group.comparator.class",
      "mapred.permissions.supergroup": "mapreduce.cluster.permissions.supergroup",
      "mapred.pipes.user.inputformat": "mapreduce.pipes.inputformat",
      "mapred.reduce.child.env": "mapreduce.reduce.env",
      "mapred.reduce.child.java.opts": "mapreduce.reduce.java.opts",
      "mapred.reduce.child.log.level": "mapreduce.reduce.log.level",
      "mapred.reduce.max.attempts": "mapreduce.reduce.maxattempts",
      "mapred.reduce.parallel.copies": "mapreduce.reduce.shuffle.parallelcopies",
      "mapred.reduce.slowstart.completed.maps": "mapreduce.job.reduce.slowstart.completedmaps",
      "mapred.reduce.task.debug.script": "mapreduce.reduce.debug.script",
      "mapred.reduce.tasks": "mapreduce.job.reduces",
      "mapred.reduce.tasks.speculative.execution": "mapreduce.reduce.speculative",
      "mapred.seqbinary.output.key.class": "mapreduce.output.seqbinaryoutputformat.key.class",
      "mapred.seqbinary.output.value.class": "mapreduce.output.seqbinaryoutputformat.value.class",
      "mapred.shuffle.connect.timeout": "mapreduce.reduce.shuffle.connect.timeout",
      "mapred.shuffle.read.timeout": "mapreduce.reduce.shuffle.read.timeout",
      "mapred.skip.attempts.to.start.skipping": "mapreduce.task.skip.start.attempts",
      "mapred.skip.map.auto.incr.proc.count": "mapreduce.map.skip.proc-count.auto-incr",
      "mapred.skip.map.max.skip.records": "mapreduce.map.skip.maxrecords",
      "mapred.skip.on": "mapreduce.job.skiprecords",
      "mapred.skip.out.dir": "mapreduce.job.skip.outdir",
      "mapred.skip.reduce.auto.incr.proc.count": "mapreduce.reduce.skip.proc-count.auto-incr",
      "mapred.skip.reduce.max.skip.groups": "mapreduce.reduce.skip.maxgroups",
      "mapred.speculative.execution.slowNodeThreshold": "mapreduce.job.speculative.slownodethreshold",
      "mapred.speculative.execution.slowTaskThreshold": "mapreduce.job.speculative.slowtaskthreshold",
      "mapred.speculative.execution.speculativeCap": "mapreduce.job.speculative.speculativecap",
      "mapred.submit.replication": "mapreduce.client.submit.file.replication",
      "mapred.system.dir": "mapreduce.jobtracker.system.dir",
      "mapred.task.cache.levels": "mapreduce.jobtracker.taskcache.levels",
      "mapred.task.id": "mapreduce.task.attempt.id",
      "mapred.task.is.map": "mapreduce.task.ismap",
      "mapred.task.partition": "mapreduce.task.partition",
      "mapred.task.profile": "mapreduce.task.profile",
      "mapred.task.profile.maps": "mapreduce.task.profile.maps",
      "mapred.task.profile.params": "mapreduce.task.profile.params",
      "mapred.task.profile.reduces": "mapreduce.task.profile.reduces",
      "mapred.task.timeout": "mapreduce.task.timeout",
      "mapred.tasktracker.dns.interface": "mapreduce.tasktracker.dns.interface",
      "mapred.tasktracker.dns.nameserver": "mapreduce.tasktracker.dns.nameserver",
      "mapred.tasktracker.events.batchsize": "mapreduce.tasktracker.events.batchsize",
      "mapred.tasktracker.expiry.interval": "mapreduce.jobtracker.expire.trackers.interval",
      "mapred.task.tracker.http.address": "mapreduce.tasktracker.http.address",
      "mapred.tasktracker.indexcache.mb": "mapreduce.tasktracker.indexcache.mb",
      "mapred.tasktracker.instrumentation": "mapreduce.tasktracker.instrumentation",
      "mapred.tasktracker.map.tasks.maximum": "mapreduce.tasktracker.map.tasks.maximum",
      "mapred.tasktracker.memory_calculator_plugin": "mapreduce.tasktracker.resourcecalculatorplugin",
      "mapred.tasktracker.memorycalculatorplugin": "mapreduce.tasktracker.resourcecalculatorplugin",
      "mapred.tasktracker.reduce.tasks.maximum": "mapreduce.tasktracker.reduce.tasks.maximum",
      "mapred.task.tracker.report.address": "mapreduce.tasktracker.report.address",
      "mapred.task.tracker.task-controller": "mapreduce.tasktracker.taskcontroller",
      "mapred.tasktracker.taskmemorymanager.monitoring-interval": "mapreduce.tasktracker.taskmemorymanager.monitoringinterval",
      "mapred.tasktracker.tasks.sleeptime-before-sigkill": "mapreduce.tasktracker.tasks.sleeptimebeforesigkill",
      "mapred.temp.dir": "mapreduce.cluster.temp.dir",
      "mapred.text.key.comparator.options": "mapreduce.partition.keycomparator.options",
      "mapred.text.key.partitioner.options": "mapreduce.partition.keypartitioner.options",
      "mapred.textoutputformat.separator": "mapreduce.output.textoutputformat.separator",
      "mapred.tip.id": "mapreduce.task.id",
      "mapreduce.combine.class": "mapreduce.job.combine.class",
      "mapreduce.inputformat.class": "mapreduce.job.inputformat.class",
      "mapreduce.job.counters.limit": "mapreduce.job.counters.max",
      "mapreduce.jobtracker.permissions.supergroup": "mapreduce.cluster.permissions.supergroup",
      "mapreduce.map.class": "mapreduce.job.map.class",
      "mapreduce.outputformat.class": "mapreduce.job.outputformat.class",
      "mapreduce.partitioner.class": "mapreduce.job.partitioner.class",
      "mapreduce.reduce.class": "mapreduce.job.reduce.class",
      "mapred.used.genericoptionsparser": "mapreduce.client.genericoptionsparser.used",
      "mapred.userlog.limit.kb": "mapreduce.task.userlog.limit.kb",
      "mapred.userlog.retain.hours": "mapreduce.job.userlog.retain.hours",
      "mapred.working.dir": "mapreduce.job.working.dir",
      "mapred.work.output.dir": "mapreduce.task.output.dir",
      "min.num.spills.for.combine": "mapreduce.map.combine.minspills",
      "reduce.output.key.value.fields.spec": "mapreduce.fieldsel.reduce.output.key.value.fields.spec",
      "security.job.submission.protocol.acl": "security.job.client.protocol.acl",
      "security.task.umbilical.protocol.acl": "security.job.task.protocol.acl",
      "sequencefile.filter.class": "mapreduce.input.sequencefileinputfilter.class",
      "sequencefile.filter.frequency": "mapreduce.input.sequencefileinputfilter.frequency",
      "sequencefile.filter.regex": "mapreduce.input.sequencefileinputfilter.regex",
      "session.id": "dfs.metrics.session-id",
      "slave.host.name": "mapreduce.tasktracker.host.name",
      "tasktracker.contention.tracking": "mapreduce.tasktracker.contention.tracking",
      "tasktracker.http.threads": "mapreduce.tasktracker.http.threads",
      "topology.node.switch.mapping.impl": "net.topology.node.switch.mapping.impl",
      "topology.script.file.name": "net.topology.script.file.name",
      "topology.script.number.args": "net.topology.script.number.args",
      "user.name": "mapreduce.job.user.name",
      "webinterface.private.actions": "mapreduce.jobtracker.webinterface.trusted",
      "yarn.app.mapreduce.yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts": "yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts"
    }),
    "3": table({
      "create.empty.dir.if.nonexist": "mapreduce.jobcontrol.createdir.ifnotexist",
      "dfs.access.time.precision": "dfs.namenode.accesstime.precision",
      "dfs.backup.address": "dfs.namenode.backup.address",
      "dfs.backup.http.address": "dfs.namenode.backup.http-address",
      "dfs.balance.bandwidthPerSec": "dfs.datanode.balance.bandwidthPerSec",
      "dfs.block.size": "dfs.blocksize",
      "dfs.data.dir": "dfs.datanode.data.dir",
      "dfs.datanode.max.xcievers": "dfs.datanode.max.transfer.threads",
      "dfs.df.interval": "fs.df.interval",
      "dfs.encryption.key.provider.uri": "hadoop.security.key.provider.path",
      "dfs.federation.nameservice.id": "dfs.nameservice.id",
      "dfs.federation.nameservices": "dfs.nameservices",
      "dfs.http.address": "dfs.namenode.http-address",
      "dfs.https.address": "dfs.namenode.https-address",
      "dfs.https.client.keystore.resource": "dfs.client.https.keystore.resource",
      "dfs.https.need.client.auth": "dfs.client.https.need-auth",
      "dfs.max.objects": "dfs.namenode.max.objects",
      "dfs.max-repl-streams": "dfs.namenode.replication.max-streams",
      "dfs.name.dir": "dfs.namenode.name.dir",
      "dfs.name.dir.restore": "dfs.namenode.name.dir.restore",
      "dfs.name.edits.dir": "dfs.namenode.edits.dir",
      "dfs.permissions": "dfs.permissions.enabled",
      "dfs.permissions.supergroup": "dfs.permissions.superusergroup",
      "dfs.read.prefetch.size": "dfs.client.read.prefetch.size",
      "dfs.replication.considerLoad": "dfs.namenode.redundancy.considerLoad",
      "dfs.namenode.replication.considerLoad": "dfs.namenode.redundancy.considerLoad",
      "dfs.namenode.replication.considerLoad.factor": "dfs.namenode.redundancy.considerLoad.factor",
      "dfs.replication.interval": "dfs.namenode.redundancy.interval",
      "dfs.namenode.replication.interval": "dfs.namenode.redundancy.interval",
      "dfs.replication.min": "dfs.namenode.replication.min",
      "dfs.replication.pending.timeout.sec": "dfs.namenode.reconstruction.pending.timeout-sec",
      "dfs.namenode.replication.pending.timeout-sec": "dfs.namenode.reconstruction.pending.timeout-sec",
      "dfs.safemode.extension": "dfs.namenode.safemode.extension",
      "dfs.safemode.threshold.pct": "dfs.namenode.safemode.threshold-pct",
      "dfs.secondary.http.address": "dfs.namenode.secondary.http-address",
      "dfs.socket.timeout": "dfs.client.socket-timeout",
      "dfs.umaskmode": "fs.permissions.umask-mode",
      "dfs.web.ugi": "hadoop.http.staticuser.user",
      "dfs.write.packet.size": "dfs.client-write-packet-size",
      "fs.checkpoint.dir": "dfs.namenode.checkpoint.dir",
      "fs.checkpoint.edits.dir": "dfs.namenode.checkpoint.edits.dir",
      "fs.checkpoint.period": "dfs.namenode.checkpoint.period",
      "fs.default.name": "fs.defaultFS",
      "fs.s3a.server-side-encryption-key": "fs.s3a.server-side-encryption.key",
      "hadoop.configured.node.mapping": "net.topology.configured.node.mapping",
      "hadoop.native.lib": "io.native.lib.available",
      "hadoop.pipes.command-file.keep": "mapreduce.pipes.commandfile.preserve",
      "hadoop.pipes.executable.interpretor": "mapreduce.pipes.executable.interpretor",
      "hadoop.pipes.executable": "mapreduce.pipes.executable",
      "hadoop.pipes.java.mapper": "mapreduce.pipes.isjavamapper",
      "hadoop.pipes.java.recordreader": "mapreduce.pipes.isjavarecordreader",
      "hadoop.pipes.java.recordwriter": "mapreduce.pipes.isjavarecordwriter",
      "hadoop.pipes.java.reducer": "mapreduce.pipes.isjavareducer",
      "hadoop.pipes.partitioner": "mapreduce.pipes.partitioner",
      "heartbeat.recheck.interval": "dfs.namenode.heartbeat.recheck-interval",
      "httpfs.authentication.kerberos.keytab": "hadoop.http.authentication.kerberos.keytab",
      "httpfs.authentication.kerberos.principal": "hadoop.http.authentication.kerberos.principal",
      "httpfs.authentication.signature.secret.file": "hadoop.http.authentication.signature.secret.file",
      "httpfs.authentication.type": "hadoop.http.authentication.type",
      "io.bytes.per.checksum": "dfs.bytes-per-checksum",
      "io.sort.factor": "mapreduce.task.io.sort.factor",
      "io.sort.mb": "mapreduce.task.io.sort.mb",
      "io.sort.spill.percent": "mapreduce.map.sort.spill.percent",
      "jobclient.completion.poll.interval": "mapreduce.client.completion.pollinterval",
      "jobclient.output.filter": "mapreduce.client.output.filter",
      "jobclient.progress.monitor.poll.interval": "mapreduce.client.progressmonitor.pollinterval",
      "job.end.notification.url": "mapreduce.job.end-notification.url",
      "job.end.retry.attempts": "mapreduce.job.end-notification.retry.attempts",
      "job.end.retry.interval": "mapreduce.job.end-notification.retry.interval",
      "job.local.dir": "mapreduce.job.local.dir",
      "keep.failed.task.files": "mapreduce.task.files.preserve.failedtasks",
      "keep.task.files.pattern": "mapreduce.task.files.preserve.filepattern",
      "key.value.separator.in.input.line": "mapreduce.input.keyvaluelinerecordreader.key.value.separator",
      "map.input.file": "mapreduce.map.input.file",
      "map.input.length": "mapreduce.map.input.length",
      "map.input.start": "mapreduce.map.input.start",
      "map.output.key.field.separator": "mapreduce.map.output.key.field.separator",
      "map.output.key.value.fields.spec": "mapreduce.fieldsel.map.output.key.value.fields.spec",
      "mapred.acls.enabled": "mapreduce.cluster.acls.enabled",
      "mapred.binary.partitioner.left.offset": "mapreduce.partition.binarypartitioner.left.offset",
      "mapred.binary.partitioner.right.offset": "mapreduce.partition.binarypartitioner.right.offset",
      "mapred.cache.archives": "mapreduce.job.cache.archives",
      "mapred.cache.archives.timestamps": "mapreduce.job.cache.archives.timestamps",
      "mapred.cache.files": "mapreduce.job.cache.files",
      "mapred.cache.files.timestamps": "mapreduce.job.cache.files.timestamps",
      "mapred.cache.localArchives": "mapreduce.job.cache.local.archives",
      "mapred.cache.localFiles": "mapreduce.job.cache.local.files",
      "mapred.child.tmp": "mapreduce.task.tmp.dir",
      "mapred.cluster.map.memory.mb": "mapreduce.cluster.mapmemory.mb",
      "mapred.cluster.max.map.memory.mb": "mapreduce.jobtracker.maxmapmemory.mb",
      "mapred.cluster.max.reduce.memory.mb": "mapreduce.jobtracker.maxreducememory.mb",
      "mapred.cluster.reduce.memory.mb": "mapreduce.cluster.reducememory.mb",
      "mapred.committer.job.setup.cleanup.needed": "mapreduce.job.committer.setup.cleanup.needed",
      "mapred.compress.map.output": "mapreduce.map.output.compress",
      "mapred.data.field.separator": "mapreduce.fieldsel.data.field.separator",
      "mapred.debug.out.lines": "mapreduce.task.debugout.lines",
      "mapred.inmem.merge.threshold": "mapreduce.reduce.merge.inmem.threshold",
      "mapred.input.dir.formats": "mapreduce.input.multipleinputs.dir.formats",
      "mapred.input.dir.mappers": "mapreduce.input.multipleinputs.dir.mappers",
      "mapred.input.dir": "mapreduce.input.fileinputformat.inputdir",
      "mapred.input.pathFilter.class": "mapreduce.input.pathFilter.class",
      "mapred.jar": "mapreduce.job.jar",
      "mapred.job.classpath.archives": "mapreduce.job.classpath.archives",
      "mapred.job.classpath.files": "mapreduce.job.classpath.files",
      "mapred.job.id": "mapreduce.job.id",
      "mapred.job.map.memory.mb": "mapreduce.map.memory.mb",
      "mapred.job.name": "mapreduce.job.name",
      "mapred.job.priority": "mapreduce.job.priority",
      "mapred.job.queue.name": "mapreduce.job.queuename",
      "mapred.job.reduce.input.buffer.percent": "mapreduce.reduce.input.buffer.percent",
      "mapred.job.reduce.markreset.buffer.percent": "mapreduce.reduce.markreset.buffer.percent",
      "mapred.job.reduce.memory.mb": "mapreduce.reduce.memory.mb",
      "mapred.job.reduce.total.mem.bytes": "mapreduce.reduce.memory.totalbytes",
      "mapred.job.reuse.jvm.num.tasks": "mapreduce.job.jvm.numtasks",
      "mapred.job.shuffle.input.buffer.percent": "mapreduce.reduce.shuffle.input.buffer.percent",
      "mapred.job.shuffle.merge.percent": "mapreduce.reduce.shuffle.merge.percent",
      "mapred.job.tracker": "mapreduce.jobtracker.address",
      "mapred.job.tracker.persist.jobstatus.active": "mapreduce.jobtracker.persist.jobstatus.active",
      "mapred.job.tracker.retire.jobs": "mapreduce.jobtracker.retirejobs",
      "mapred.join.expr": "mapreduce.join.expr",
      "mapred.join.keycomparator": "mapreduce.join.keycomparator",
      "mapred.lazy.output.format": "mapreduce.output.lazyoutputformat.outputformat",
      "mapred.line.input.format.linespermap": "mapreduce.input.lineinputformat.linespermap",
      "mapred.linerecordreader.maxlength": "mapreduce.input.linerecordreader.line.maxlength",
      "mapred.local.dir": "mapreduce.cluster.local.dir",
      "mapred.map.child.env": "mapreduce.map.env",
      "mapred.map.child.java.opts": "mapreduce.map.java.opts",
      "mapred.map.child.log.level": "mapreduce.map.log.level",
      "mapred.map.max.attempts": "mapreduce.map.maxattempts",
      "mapred.map.output.compression.codec": "mapreduce.map.output.compress.codec",
      "mapred.mapoutput.key.class": "mapreduce.map.output.key.class",
      "mapred.mapoutput.value.class": "mapreduce.map.output.value.class",
      "mapred.mapper.regex.group": "mapreduce.mapper.regexmapper..group",
      "mapred.mapper.regex": "mapreduce.mapper.regex",
      "mapred.map.task.debug.script": "mapreduce.map.debug.script",
      "mapred.map.tasks": "mapreduce.job.maps",
      "mapred.map.tasks.speculative.execution": "mapreduce.map.speculative",
      "mapred.max.map.failures.percent": "mapreduce.map.failures.maxpercent",
      "mapred.max.reduce.failures.percent": "mapreduce.reduce.failures.maxpercent",
      "mapred.max.split.size": "mapreduce.input.fileinputformat.split.maxsize",
      "mapred.max.tracker.failures": "mapreduce.job.maxtaskfailures.per.tracker",
      "mapred.merge.recordsBeforeProgress": "mapreduce.task.merge.progress.records",
      "mapred.min.split.size": "mapreduce.input.fileinputformat.split.minsize",
      "mapred.min.split.size.per.node": "mapreduce.input.fileinputformat.split.minsize.per.node",
      "mapred.min.split.size.per.rack": "mapreduce.input.fileinputformat.split.minsize.per.rack",
      "mapred.output.compression.codec": "mapreduce.output.fileoutputformat.compress.codec",
      "mapred.output.compression.type": "mapreduce.output.fileoutputformat.compress.type",
      "mapred.output.compress": "mapreduce.output.fileoutputformat.compress",
      "mapred.output.dir": "mapreduce.output.fileoutputformat.outputdir",
      "mapred.output.key.class": "mapreduce.job.output.key.class",
      "mapred.output.key.comparator.class": "mapreduce.job.output.key.comparator.class",
      "mapred.output.value.class": "mapreduce.job.output.value.class",
      "mapred.output.value.groupfn.class": "mapreduce.job.output.group.comparator.class",
      "mapred.permissions.supergroup": "mapreduce.cluster.permissions.supergroup",
      "mapred.pipes.user.inputformat": "mapreduce.pipes.inputformat",
      "mapred.reduce.child.env": "mapreduce.reduce.env",
      "mapred.reduce.child.java.opts": "mapreduce.reduce.java.opts",
      "mapred.reduce.child.log.level": "mapreduce.reduce.log.level",
      "mapred.reduce.max.attempts": "mapreduce.reduce.maxattempts",
      "mapred.reduce.parallel.copies": "mapreduce.reduce.shuffle.parallelcopies",
      "mapred.reduce.slowstart.completed.maps": "mapreduce.job.reduce.slowstart.completedmaps",
      "mapred.reduce.task.debug.script": "mapreduce.reduce.debug.script",
      "mapred.reduce.tasks": "mapreduce.job.reduces",
      "mapred.reduce.tasks.speculative.execution": "mapreduce.reduce.speculative",
      "mapred.seqbinary.output.key.class": "mapreduce.output.seqbinaryoutputformat.key.class",
      "mapred.seqbinary.output.value.class": "mapreduce.output.seqbinaryoutputformat.value.class",
      "mapred.shuffle.connect.timeout": "mapreduce.reduce.shuffle.connect.timeout",
      "mapred.shuffle.read.timeout": "mapreduce.reduce.shuffle.read.timeout",
      "mapred.skip.attempts.to.start.skipping": "mapreduce.task.skip.start.attempts",
      "mapred.skip.map.auto.incr.proc.count": "mapreduce.map.skip.proc-count.auto-incr",
      "mapred.skip.map.max.skip.records": "mapreduce.map.skip.maxrecords",
      "mapred.skip.on": "mapreduce.job.skiprecords",
      "mapred.skip.out.dir": "mapreduce.job.skip.outdir",
      "mapred.skip.reduce.auto.incr.proc.count": "mapreduce.reduce.skip.proc-count.auto-incr",
      "mapred.skip.reduce.max.skip.groups": "mapreduce.reduce.skip.maxgroups",
      "mapred.speculative.execution.slowNodeThreshold": "mapreduce.job.speculative.slownodethreshold",
      "mapred.speculative.execution.slowTaskThreshold": "mapreduce.job.speculative.slowtaskthreshold",
      "mapred.speculative.execution.speculativeCap": "mapreduce.job.speculative.speculativecap",
      "mapred.submit.replication": "mapreduce.client.submit.file.replication",
      "mapred.system.dir": "mapreduce.jobtracker.system.dir",
      "mapred.task.cache.levels": "mapreduce.jobtracker.taskcache.levels",
      "mapred.task.id": "mapreduce.task.attempt.id",
      "mapred.task.is.map": "mapreduce.task.ismap",
      "mapred.task.partition": "mapreduce.task.partition",
      "mapred.task.profile": "mapreduce.task.profile",
      "mapred.task.profile.maps": "mapreduce.task.profile.maps",
      "mapred.task.profile.params": "mapreduce.task.profile.params",
      "mapred.task.profile.reduces": "mapreduce.task.profile.reduces",
      "mapred.task.timeout": "mapreduce.task.timeout",
      "mapred.tasktracker.indexcache.mb": "mapreduce.reduce.shuffle.indexcache.mb",
      "mapreduce.tasktracker.indexcache.mb": "mapreduce.reduce.shuffle.indexcache.mb",
      "mapred.tasktracker.map.tasks.maximum": "mapreduce.tasktracker.map.tasks.maximum",
      "mapred.tasktracker.memory_calculator_plugin": "mapreduce.tasktracker.resourcecalculatorplugin",
      "mapred.tasktracker.memorycalculatorplugin": "mapreduce.tasktracker.resourcecalculatorplugin",
      "mapred.temp.dir": "mapreduce.cluster.temp.dir",
      "mapred.text.key.comparator.options": "mapreduce.partition.keycomparator.options",
      "mapred.text.key.partitioner.options": "mapreduce.partition.keypartitioner.options",
      "mapred.textoutputformat.separator": "mapreduce.output.textoutputformat.separator",
      "mapred.tip.id": "mapreduce.task.id",
      "mapreduce.combine.class": "mapreduce.job.combine.class",
      "mapreduce.inputformat.class": "mapreduce.job.inputformat.class",
      "mapreduce.job.counters.limit": "mapreduce.job.counters.max",
      "mapreduce.map.class": "mapreduce.job.map.class",
      "mapreduce.outputformat.class": "mapreduce.job.outputformat.class",
      "mapreduce.partitioner.class": "mapreduce.job.partitioner.class",
      "mapreduce.reduce.class": "mapreduce.job.reduce.class",
      "mapred.used.genericoptionsparser": "mapreduce.client.genericoptionsparser.used",
      "mapred.userlog.limit.kb": "mapreduce.task.userlog.limit.kb",
      "mapred.working.dir": "mapreduce.job.working.dir",
      "mapred.work.output.dir": "mapreduce.task.output.dir",
      "min.num.spills.for.combine": "mapreduce.map.combine.minspills",
      "reduce.output.key.value.fields.spec": "mapreduce.fieldsel.reduce.output.key.value.fields.spec",
      "security.job.submission.protocol.acl": "security.job.client.protocol.acl",
      "security.task.umbilical.protocol.acl": "security.job.task.protocol.acl",
      "sequencefile.filter.class": "mapreduce.input.sequencefileinputfilter.class",
      "sequencefile.filter.frequency": "mapreduce.input.sequencefileinputfilter.frequency",
      "sequencefile.filter.regex": "mapreduce.input.sequencefileinputfilter.regex",
      "session.id": "dfs.metrics.session-id",
      "slave.host.name": "dfs.datanode.hostname",
      "topology.node.switch.mapping.impl": "net.topology.node.switch.mapping.impl",
      "topology.script.file.name": "net.topology.script.file.name",
      "topology.script.number.args": "net.topology.script.number.args",
      "user.name": "mapreduce.job.user.name",
      "yarn.app.mapreduce.yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts": "yarn.app.mapreduce.client-am.ipc.max-retries-on-timeouts",
      "yarn.client.app-submission.poll-interval": "yarn.client.application-client-protocol.poll-timeout-ms"
    })
  },
  "withoutReplacement": {
    "2": table({
      "mapred.create.symlink": "symlinking is always on",
      "mapreduce.job.cache.symlink.create": "symlinking is always on"
    }),
    "3": table({
      "mapred.create.symlink": "symlinking is always on",
      "mapreduce.job.cache.symlink.create": "symlinking is always on",
      "io.native.lib.available": "Always use native libraries if available"
    })
  }
};

// src/text/template-placeholders.ts
var LINE_BREAKS = "\n\r\u2028\u2029";
function* doubleBraces(text) {
  for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i)) {
    let close = -1;
    let j = i + 2;
    for (; j < text.length && !LINE_BREAKS.includes(text[j]); j++) {
      if (text[j] === "}" && text[j + 1] === "}") {
        close = j;
        break;
      }
    }
    if (close < 0) {
      i = j;
      continue;
    }
    yield { index: i, text: text.slice(i, close + 2) };
    i = close + 2;
  }
}
function* matches(re, text) {
  for (const m of text.matchAll(re)) yield { index: m.index, text: m[0] };
}
var SHELL_VARIABLE = /(?<![\w$])\$[A-Za-z_][A-Za-z0-9_]*/g;
function* templatePlaceholders(text) {
  yield* doubleBraces(text);
  yield* matches(/@[A-Za-z_][A-Za-z0-9_.-]*@/g, text);
  yield* matches(/%%[A-Za-z_][A-Za-z0-9_.-]*%%/g, text);
  yield* matches(SHELL_VARIABLE, text);
}
var SHELL_EVALUATED = /(?:[.-]env(?:\.[A-Za-z_][A-Za-z0-9_]*)?|env-whitelist|classpath|java\.opts|command-opts)$/;
var ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
var SHELL_RUN = /^dfs\.ha\.fencing\.methods(?:\..+)?$/;
var HADOOP_SYMBOLS = /* @__PURE__ */ new Set(["@taskid@"]);
function isUnfilled(name, text) {
  if (HADOOP_SYMBOLS.has(text)) return false;
  if (SHELL_RUN.test(name)) return !text.startsWith("$");
  if (!SHELL_EVALUATED.test(name)) return true;
  if (text.startsWith("{{")) return !ENV_NAME.test(text.slice(2, -2));
  return !text.startsWith("$");
}
function unfilledPlaceholders(name, value) {
  if (!value.includes("$") && !value.includes("@") && !value.includes("{{") && !value.includes("%%")) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of templatePlaceholders(value)) if (isUnfilled(name, p.text)) out.add(p.text);
  return [...out];
}

// src/model/hadoop-conf.ts
var RUNTIME_VARIABLES = /* @__PURE__ */ new Set([
  "user.name",
  "user.home",
  "user.dir",
  "java.io.tmpdir",
  "java.library.path",
  "java.home",
  "hadoop.home.dir",
  "hadoop.log.dir",
  "hadoop.log.file",
  "hadoop.id.str",
  "hadoop.root.logger",
  "hadoop.policy.file",
  "hadoop.security.logger",
  "yarn.home.dir",
  "yarn.log.dir"
]);
var VARIABLE = /\$\{([^}$\u0020]+)\}/g;
var MAX_SUBSTITUTIONS = 20;
function isRuntimeVariable(name) {
  return RUNTIME_VARIABLES.has(name) || name.startsWith("env.");
}
function majorKey(v) {
  return v.major <= 2 ? "2" : "3";
}
function hadoopDefault(version, name) {
  return HADOOP_KNOWLEDGE.defaults[majorKey(version)][name];
}
function effectiveOf(defs) {
  const eff = /* @__PURE__ */ Object.create(null);
  for (const d of defs) {
    const prior = eff[d.name];
    if (prior?.prop.final) continue;
    eff[d.name] = d;
  }
  return eff;
}
function expand(raw, lookup) {
  let value = raw;
  const unresolved = /* @__PURE__ */ new Set();
  const reference = new RegExp(VARIABLE.source, "g");
  let substitutions = 0;
  for (let m = reference.exec(value); m && substitutions < MAX_SUBSTITUTIONS; m = reference.exec(value)) {
    const name = m[1];
    const v = lookup(name);
    if (v === void 0) {
      if (!isRuntimeVariable(name)) unresolved.add(name);
      continue;
    }
    if (v.includes(m[0])) return { value: raw, unresolved: [...unresolved] };
    value = value.slice(0, m.index) + v + value.slice(m.index + m[0].length);
    reference.lastIndex = m.index;
    substitutions++;
  }
  return { value, unresolved: [...unresolved] };
}
function buildConf(files, hosts, version) {
  const raw = files.flatMap(
    (file) => file.xml.properties.map((prop) => ({ name: prop.name.value, file, prop, raw: prop.value?.value ?? "" }))
  );
  const rawEffective = effectiveOf(raw);
  const lookup = (name) => rawEffective[name]?.raw ?? hadoopDefault(version, name);
  const definitions = raw.map((d) => {
    const { value, unresolved } = expand(d.raw, lookup);
    return { ...d, value: value.trim(), unresolved: [...unresolved, ...unfilledPlaceholders(d.name, value)] };
  });
  return { files, hosts, definitions, effective: effectiveOf(definitions) };
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

// src/model/hdfs-topology.ts
function locatedValue(p) {
  const value = p.prop.value;
  if (!value) return { value: "", span: p.prop.name.span };
  const trimmed = trimLocated(value);
  return trimmed.value === p.value ? trimmed : { value: p.value, span: value.span };
}
function listItems(p, version) {
  const sep = version.major >= 3 ? /[,\n]/ : /,/;
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const piece of splitLocated(locatedValue(p), sep)) {
    const item = trimLocated(piece);
    if (item.value === "" || seen.has(item.value)) continue;
    seen.add(item.value);
    out.push(item);
  }
  return out;
}
function parseAddress2(p) {
  const loc = locatedValue(p);
  const text = loc.value;
  const colon = text.lastIndexOf(":");
  const schemeEnd = text.indexOf("://");
  const hostStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  if (colon < hostStart) {
    const end = text.indexOf("/", hostStart);
    return { property: p, host: pieceOf(loc, hostStart, end < 0 ? text.length : end), port: void 0, portNumber: void 0 };
  }
  const slash = text.indexOf("/", colon);
  const portEnd = slash < 0 ? text.length : slash;
  const port = pieceOf(loc, colon + 1, portEnd);
  const n = /^\d+$/.test(port.value) ? Number(port.value) : void 0;
  return { property: p, host: pieceOf(loc, hostStart, colon), port, portNumber: n !== void 0 && n <= 65535 ? n : void 0 };
}
function address(conf, key) {
  const p = conf.effective[key];
  return p && p.value !== "" ? parseAddress2(p) : void 0;
}
function nameservices(conf, version) {
  const declared = conf.effective["dfs.nameservices"];
  if (!declared) return [];
  return listItems(declared, version).map((id) => {
    const namenodesProperty = conf.effective[`dfs.ha.namenodes.${id.value}`];
    const ids = namenodesProperty ? listItems(namenodesProperty, version) : [];
    const namenodes = ids.map((nn) => {
      const suffix = `${id.value}.${nn.value}`;
      return {
        nameservice: id.value,
        id: nn,
        rpc: address(conf, `dfs.namenode.rpc-address.${suffix}`),
        servicerpc: address(conf, `dfs.namenode.servicerpc-address.${suffix}`),
        http: address(conf, `dfs.namenode.http-address.${suffix}`),
        https: address(conf, `dfs.namenode.https-address.${suffix}`)
      };
    });
    return { id, namenodesProperty, namenodes };
  });
}
function journal(conf) {
  const property = conf.effective["dfs.namenode.shared.edits.dir"];
  if (!property) return void 0;
  const loc = locatedValue(property);
  const m = /^qjournal:\/\/([^/]*)(\/.*)?$/.exec(loc.value);
  if (!m) return void 0;
  const authorityStart = "qjournal://".length;
  const authority = pieceOf(loc, authorityStart, authorityStart + m[1].length);
  const hosts = splitLocated(authority, ";").filter((h) => h.value !== "").map((entry) => {
    const colon = entry.value.lastIndexOf(":");
    return colon < 0 ? { host: entry, port: void 0 } : { host: pieceOf(entry, 0, colon), port: pieceOf(entry, colon + 1, entry.value.length) };
  });
  const pathStart = authorityStart + m[1].length;
  const journalId = m[2] === void 0 ? void 0 : pieceOf(loc, pathStart + 1, loc.value.length);
  return { property, hosts, journalId };
}
function isTrue(p) {
  return p?.value.toLowerCase() === "true";
}
function hdfsTopology(conf, version) {
  const services = nameservices(conf, version);
  const automaticFailover = isTrue(conf.effective["dfs.ha.automatic-failover.enabled"]) || services.some((ns) => isTrue(conf.effective[`dfs.ha.automatic-failover.enabled.${ns.id.value}`]));
  const quorum = conf.effective["ha.zookeeper.quorum"];
  return {
    nameservices: services,
    journal: journal(conf),
    automaticFailover,
    zkQuorum: quorum && quorum.value !== "" ? { property: quorum, entries: connectEntries(quorum.prop.value ?? { value: "", span: quorum.prop.name.span }) } : void 0
  };
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

// src/model/host-index.ts
var HostIndex = class {
  /** `namesOf`: the host names an item gives, in the order a scan would meet them. */
  constructor(namesOf) {
    this.namesOf = namesOf;
  }
  namesOf;
  /** Per list (or the object that owns a derived list): the items naming each host key, in list order. */
  built = /* @__PURE__ */ new WeakMap();
  /**
   * The items of `owner`'s list that name `host`, in list order, each once. `items` gives
   * the list; it is read once per owner, so the owner must not change (the model is frozen).
   */
  all(owner, items, host) {
    let index = this.built.get(owner);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const item of items()) {
        for (const name of this.namesOf(item)) {
          if (name === void 0) continue;
          const key = hostKey(name);
          const list = index.get(key);
          if (!list) index.set(key, [item]);
          else if (list[list.length - 1] !== item) list.push(item);
        }
      }
      this.built.set(owner, index);
    }
    return index.get(hostKey(host)) ?? [];
  }
  /** The first item of `list` naming `host`, as `list.find(... sameHost ...)` would return it. */
  first(list, host) {
    return this.all(list, () => list, host)[0];
  }
};

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
  return originOf.has(file) ? copyAt(file, file.path, host) : { ...file, host };
}
function inContainer(file, host, container) {
  if (!originOf.has(file)) return { ...file, host, container };
  const copy = copyAt(file, file.path, host);
  const out = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(copy), container: { value: container, enumerable: true } });
  originOf.set(out, originOf.get(copy));
  return Object.freeze(out);
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

// src/knowledge/default-ports.ts
var HDFS_PORTS = {
  namenodeRpc: { key: "dfs.namenode.rpc-address", v2: 8020, v3: 8020 },
  namenodeHttp: { key: "dfs.namenode.http-address", v2: 50070, v3: 9870 },
  namenodeHttps: { key: "dfs.namenode.https-address", v2: 50470, v3: 9871 },
  datanodeData: { key: "dfs.datanode.address", v2: 50010, v3: 9866 },
  datanodeIpc: { key: "dfs.datanode.ipc.address", v2: 50020, v3: 9867 },
  datanodeHttp: { key: "dfs.datanode.http.address", v2: 50075, v3: 9864 },
  journalRpc: { key: "dfs.journalnode.rpc-address", v2: 8485, v3: 8485 },
  journalHttp: { key: "dfs.journalnode.http-address", v2: 8480, v3: 8480 },
  zkfc: { key: "dfs.ha.zkfc.port", v2: 8019, v3: 8019 }
};
function portFor(p, hadoopMajor) {
  return hadoopMajor >= 3 ? p.v3 : p.v2;
}
var ZOOKEEPER_ADMIN_PORT = 8080;
var ZOOKEEPER_CLIENT_DEFAULT_PORT = 2181;
var YARN_PORTS = {
  rmAddress: { key: "yarn.resourcemanager.address", v2: 8032, v3: 8032 },
  rmScheduler: { key: "yarn.resourcemanager.scheduler.address", v2: 8030, v3: 8030 },
  rmResourceTracker: { key: "yarn.resourcemanager.resource-tracker.address", v2: 8031, v3: 8031 },
  rmAdmin: { key: "yarn.resourcemanager.admin.address", v2: 8033, v3: 8033 },
  rmWebapp: { key: "yarn.resourcemanager.webapp.address", v2: 8088, v3: 8088 },
  rmWebappHttps: { key: "yarn.resourcemanager.webapp.https.address", v2: 8090, v3: 8090 },
  nmLocalizer: { key: "yarn.nodemanager.localizer.address", v2: 8040, v3: 8040 },
  nmWebapp: { key: "yarn.nodemanager.webapp.address", v2: 8042, v3: 8042 },
  shuffle: { key: "mapreduce.shuffle.port", v2: 13562, v3: 13562 },
  jhsAddress: { key: "mapreduce.jobhistory.address", v2: 10020, v3: 10020 },
  jhsWebapp: { key: "mapreduce.jobhistory.webapp.address", v2: 19888, v3: 19888 },
  jhsAdmin: { key: "mapreduce.jobhistory.admin.address", v2: 10033, v3: 10033 }
};

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

// src/containers/image-versions.ts
var ZOOKEEPER_IMAGES = /* @__PURE__ */ new Set(["bitnami/zookeeper", "bitnamilegacy/zookeeper"]);
var HADOOP_IMAGES = /* @__PURE__ */ new Set(["apache/hadoop", "flokkr/hadoop"]);
var RELEASE = /^(\d+)\.(\d+)(?:\.(\d+))?(?![\d.])/;
function release(text) {
  const m = RELEASE.exec(text);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), label: [m[1], m[2], m[3]].filter((x) => x !== void 0).join(".") };
}
function imageRelease(image, product) {
  const { repository, tag, official } = parseImageName(image);
  if (tag === void 0) return void 0;
  if (product === "ZooKeeper") return repository === "zookeeper" && official || ZOOKEEPER_IMAGES.has(repository) ? release(tag) : void 0;
  if (HADOOP_IMAGES.has(repository)) return release(tag);
  if (repository.startsWith("bde2020/hadoop-") || repository.startsWith("bde2020/hbase-")) {
    const at = tag.indexOf("hadoop");
    return at >= 0 ? release(tag.slice(at + "hadoop".length)) : void 0;
  }
  return void 0;
}

// src/model/versions.ts
var NEWEST_HADOOP = { major: 3, minor: 4, label: "3.4" };
var NEWEST_ZOOKEEPER = { major: 3, minor: 9, label: "3.9" };
var HADOOP_DIR = /(?:^|\/)hadoop-(\d+)\.(\d+)(?:\.(\d+))?[^/]*\//;
var ZOOKEEPER_DIR = /(?:^|\/)(?:apache-)?zookeeper-(\d+)\.(\d+)(?:\.(\d+))?[^/]*\//;
function fromPath(files, re, product) {
  for (const f of files) {
    const m = re.exec(f.path);
    if (!m) continue;
    const label = [m[1], m[2], m[3]].filter((x) => x !== void 0).join(".");
    return { product, major: Number(m[1]), minor: Number(m[2]), source: "path", evidence: f.start, label };
  }
  return void 0;
}
function fromImage(images, product) {
  for (const image of images) {
    const r = imageRelease(image.value, product);
    if (r) return { product, ...r, source: "path", evidence: image.span };
  }
  return void 0;
}
function detectHadoopVersion(files, images = []) {
  const byImage = fromImage(images, "Hadoop");
  if (byImage) return byImage;
  const hadoopFiles = files.filter((f) => f.kind.endsWith("-site.xml") && f.kind !== "hbase-site.xml" || f.kind === "slaves" || f.kind === "workers");
  const byPath = fromPath(hadoopFiles, HADOOP_DIR, "Hadoop");
  if (byPath) return byPath;
  const workers = files.find((f) => f.kind === "workers");
  if (workers) return { product: "Hadoop", major: 3, minor: 0, source: "evidence", evidence: workers.start, label: "3.x" };
  const slaves = files.find((f) => f.kind === "slaves");
  if (slaves) return { product: "Hadoop", major: 2, minor: 0, source: "evidence", evidence: slaves.start, label: "2.x" };
  return { product: "Hadoop", ...NEWEST_HADOOP, source: "assumed", evidence: void 0 };
}
function configuredVersion(product, release2) {
  const [major, minor] = release2.split(".").map(Number);
  return { product, major, minor, source: "config", evidence: void 0, label: release2 };
}
function isKnownRelease(v) {
  return v.source === "config" || v.source === "path";
}
var ZK35_KEYS = ["dynamicConfigFile", "standaloneEnabled", "reconfigEnabled", "admin.enableServer", "admin.serverPort", "secureClientPort", "multiAddress.enabled"];
function detectZookeeperVersion(files, images = []) {
  const byImage = fromImage(images, "ZooKeeper");
  if (byImage) return byImage;
  const zkFiles = files.filter((f) => f.kind === "zoo.cfg" || f.kind === "myid" || f.kind === "zoo.cfg.dynamic");
  const byPath = fromPath(zkFiles, ZOOKEEPER_DIR, "ZooKeeper");
  if (byPath) return byPath;
  const seen = /* @__PURE__ */ new Set();
  for (const f of zkFiles) {
    if (!("zoo" in f) || seen.has(f.hash)) continue;
    seen.add(f.hash);
    const server = f.zoo.servers.find((s) => s.client !== void 0);
    const entry = server?.entry ?? f.zoo.entries.find((e) => ZK35_KEYS.includes(e.key.value));
    if (entry) return { product: "ZooKeeper", major: 3, minor: 5, source: "evidence", evidence: entry.key.span, label: "3.5+" };
  }
  return { product: "ZooKeeper", ...NEWEST_ZOOKEEPER, source: "assumed", evidence: void 0 };
}
function assumedNote(v) {
  return v.source === "assumed" ? ` (assuming ${v.product} ${v.label})` : "";
}
function atLeast(v, major, minor) {
  return v.major > major || v.major === major && v.minor >= minor;
}

// src/model/daemons-on-host.ts
var NAMENODES_OF_HOST = new HostIndex(({ nn }) => [nn.rpc?.host?.value]);
var RMS_OF_HOST = new HostIndex((rm) => [rm.host?.value]);
function namenodesOnHost(hdfs, host) {
  return NAMENODES_OF_HOST.all(hdfs, () => hdfs.nameservices.flatMap((ns) => ns.namenodes.map((nn) => ({ ns, nn }))), host);
}
function resourceManagersOnHost(yarn, host) {
  return RMS_OF_HOST.all(yarn.resourceManagers, () => yarn.resourceManagers, host);
}

// src/model/yarn-topology.ts
var RM_SERVICES = ["address", "scheduler.address", "resource-tracker.address", "admin.address", "webapp.address", "webapp.https.address"];
var ZK_STATE_STORE = "org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore";
function set(conf, key) {
  const p = conf.effective[key];
  return p && p.value !== "" ? p : void 0;
}
function confBoolean(conf, key, fallback) {
  const v = conf.effective[key]?.value.toLowerCase();
  return v === "true" ? true : v === "false" ? false : fallback;
}
function rmServices(conf) {
  const https = conf.effective["yarn.http.policy"]?.value.toUpperCase() === "HTTPS_ONLY";
  return RM_SERVICES.filter((s) => https ? s !== "webapp.address" : s !== "webapp.https.address");
}
function hostOf(hostname, addresses) {
  const candidates = [hostname ? locatedValue(hostname) : void 0, ...RM_SERVICES.map((s) => addresses[s]?.host)];
  const h = candidates.find((c) => c !== void 0 && c.value !== "");
  return h && !isWildcard(h.value) && !/[${}]/.test(h.value) ? h : void 0;
}
function resourceManager(conf, id) {
  const suffix = id ? `.${id.value}` : "";
  const hostname = set(conf, `yarn.resourcemanager.hostname${suffix}`);
  const addresses = {};
  for (const s of RM_SERVICES) {
    const p = set(conf, `yarn.resourcemanager.${s}${suffix}`);
    if (p) addresses[s] = parseAddress2(p);
  }
  return { id, hostname, addresses, host: hostOf(hostname, addresses) };
}
function yarnTopology(conf, version) {
  const haEnabledProperty = conf.effective["yarn.resourcemanager.ha.enabled"];
  const haEnabled = confBoolean(conf, "yarn.resourcemanager.ha.enabled", false);
  const rmIdsProperty = set(conf, "yarn.resourcemanager.ha.rm-ids");
  const resourceManagers = haEnabled ? (rmIdsProperty ? listItems(rmIdsProperty, version) : []).map((id) => resourceManager(conf, id)) : [resourceManager(conf, void 0)].filter((rm) => rm.host !== void 0);
  const embeddedFailover = haEnabled && confBoolean(conf, "yarn.resourcemanager.ha.automatic-failover.enabled", true) && confBoolean(conf, "yarn.resourcemanager.ha.automatic-failover.embedded", true);
  const store = set(conf, "yarn.resourcemanager.store.class");
  const zkStateStore = confBoolean(conf, "yarn.resourcemanager.recovery.enabled", false) && store?.value === ZK_STATE_STORE ? store : void 0;
  const zkAddressKey = version.major >= 3 ? "hadoop.zk.address" : "yarn.resourcemanager.zk-address";
  const zk = version.major >= 3 ? set(conf, "hadoop.zk.address") ?? set(conf, "yarn.resourcemanager.zk-address") : set(conf, "yarn.resourcemanager.zk-address");
  return {
    haEnabledProperty,
    haEnabled,
    rmIdsProperty,
    resourceManagers,
    haId: set(conf, "yarn.resourcemanager.ha.id"),
    clusterId: set(conf, "yarn.resourcemanager.cluster-id"),
    embeddedFailover,
    zkStateStore,
    zkAddressKey,
    zkAddress: zk ? { property: zk, entries: connectEntries(locatedValue(zk)) } : void 0
  };
}
function xml(files, kind) {
  const f = files[kind];
  return f && "xml" in f ? f : void 0;
}
function buildYarnConfs(candidates, version, byPath) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const core = xml(c.files, "core-site.xml");
    const yarnSite = xml(c.files, "yarn-site.xml");
    const mapredSite = xml(c.files, "mapred-site.xml");
    if (!yarnSite && !mapredSite) continue;
    const key = [core?.hash, yarnSite?.hash, mapredSite?.hash].join("|");
    let g = groups.get(key);
    if (!g) groups.set(key, g = { key, core, yarnSite, mapredSite, hosts: [] });
    if (c.host !== void 0) g.hosts.push(c.host);
  }
  const confs = [...groups.values()].map((g) => {
    const daemonFiles = [g.core, g.yarnSite].filter((f) => f !== void 0);
    const base = buildConf(daemonFiles, g.hosts, version);
    const mapredFiles = [g.core, g.mapredSite, g.yarnSite].filter((f) => f !== void 0);
    const mapred = g.mapredSite ? buildConf(mapredFiles, [], version) : void 0;
    return {
      ...base,
      files: [g.core, g.yarnSite, g.mapredSite].filter((f) => f !== void 0),
      yarnSite: g.yarnSite,
      mapredSite: g.mapredSite,
      mapred: mapred && { files: mapred.files, definitions: mapred.definitions, effective: mapred.effective },
      yarn: yarnTopology(base, version)
    };
  });
  const first = (c) => c.yarnSite ?? c.mapredSite;
  confs.sort((a, b) => b.hosts.length - a.hosts.length || byPath(first(a), first(b)));
  const ofHost = /* @__PURE__ */ new Map();
  for (const c of confs) for (const h of c.hosts) ofHost.set(h, c);
  return { confs, ofHost };
}

// src/model/placement.ts
function portOf(a) {
  return a?.portNumber;
}
function configuredOrDefault(conf, keys, fallback, hadoop, placedAt) {
  for (const key of keys) {
    const p = conf.effective[key];
    if (p && p.value !== "") {
      const a = parseAddress2(p);
      if (a.portNumber !== void 0) return { port: a.portNumber, span: a.port.span, isDefault: false };
    }
  }
  return { port: portFor(fallback, hadoop.major), span: placedAt, isDefault: true };
}
var JOURNAL_OF_HOST = new HostIndex((jn) => [jn.host.value]);
var ADDRESS_OF_HOST = new HostIndex((a) => [a.host.value]);
var observers = /* @__PURE__ */ new WeakMap();
function isObserver(server) {
  let observer = observers.get(server);
  if (observer === void 0) observers.set(server, observer = server.addresses.some((a) => a.role?.value === "observer"));
  return observer;
}
var workerIndex = /* @__PURE__ */ new WeakMap();
function workerEntry(workers, host) {
  let index = workerIndex.get(workers);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const h of workers.list.hosts) if (!index.has(hostKey(h.value))) index.set(hostKey(h.value), h);
    workerIndex.set(workers, index);
  }
  return index.get(hostKey(host));
}
function placeDaemons(ctx) {
  const roles = [];
  const ports = [];
  const add = (daemon, purpose, p) => ports.push({ daemon, purpose, ...p });
  const { conf, hadoop } = ctx;
  if (conf) {
    const hdfs = conf.hdfs;
    for (const { ns, nn } of namenodesOnHost(hdfs, ctx.host)) {
      const rpcHost = nn.rpc.host;
      roles.push({ role: "NameNode", span: rpcHost.span });
      const suffix = `${ns.id.value}.${nn.id.value}`;
      if (portOf(nn.rpc) !== void 0) add("NameNode", "rpc-address", { port: nn.rpc.portNumber, span: nn.rpc.port.span, isDefault: false });
      if (portOf(nn.servicerpc) !== void 0) add("NameNode", "servicerpc-address", { port: nn.servicerpc.portNumber, span: nn.servicerpc.port.span, isDefault: false });
      add("NameNode", "http-address", configuredOrDefault(conf, [`dfs.namenode.http-address.${suffix}`, "dfs.namenode.http-address"], HDFS_PORTS.namenodeHttp, hadoop, rpcHost.span));
      const policy = conf.effective["dfs.http.policy"]?.value.toUpperCase() ?? "HTTP_ONLY";
      if (policy === "HTTPS_ONLY" || policy === "HTTP_AND_HTTPS") {
        add("NameNode", "https-address", configuredOrDefault(conf, [`dfs.namenode.https-address.${suffix}`, "dfs.namenode.https-address"], HDFS_PORTS.namenodeHttps, hadoop, rpcHost.span));
      }
      if (hdfs.automaticFailover) {
        roles.push({ role: "ZKFC", span: rpcHost.span });
        add("ZKFC", "dfs.ha.zkfc.port", zkfcPort(conf, ns.id.value, nn.id.value, rpcHost.span));
      }
    }
    const jn = hdfs.journal ? JOURNAL_OF_HOST.first(hdfs.journal.hosts, ctx.host) : void 0;
    if (jn) {
      roles.push({ role: "JournalNode", span: jn.host.span });
      add("JournalNode", "rpc-address", configuredOrDefault(conf, ["dfs.journalnode.rpc-address"], HDFS_PORTS.journalRpc, hadoop, jn.host.span));
      add("JournalNode", "http-address", configuredOrDefault(conf, ["dfs.journalnode.http-address"], HDFS_PORTS.journalHttp, hadoop, jn.host.span));
    }
  }
  const worker = ctx.workers ? workerEntry(ctx.workers, ctx.host) : void 0;
  if (worker) {
    roles.push({ role: "DataNode", span: worker.span });
    if (conf) {
      add("DataNode", "dfs.datanode.address", configuredOrDefault(conf, ["dfs.datanode.address"], HDFS_PORTS.datanodeData, hadoop, worker.span));
      add("DataNode", "dfs.datanode.ipc.address", configuredOrDefault(conf, ["dfs.datanode.ipc.address"], HDFS_PORTS.datanodeIpc, hadoop, worker.span));
      add("DataNode", "dfs.datanode.http.address", configuredOrDefault(conf, ["dfs.datanode.http.address"], HDFS_PORTS.datanodeHttp, hadoop, worker.span));
    }
  }
  if (ctx.zoo && ctx.zooServer) placeZooKeeper(ctx.zoo, ctx.zooServer, ctx, roles, add);
  if (ctx.yarn) placeYarn(ctx.yarn, worker?.span, ctx, roles, add);
  return { roles, ports };
}
var RM_PORTS = {
  address: YARN_PORTS.rmAddress,
  "scheduler.address": YARN_PORTS.rmScheduler,
  "resource-tracker.address": YARN_PORTS.rmResourceTracker,
  "admin.address": YARN_PORTS.rmAdmin,
  "webapp.address": YARN_PORTS.rmWebapp,
  "webapp.https.address": YARN_PORTS.rmWebappHttps
};
function placeYarn(yarn, workerSpan, ctx, roles, add) {
  const { hadoop } = ctx;
  const topo = yarn.yarn;
  const rm = resourceManagersOnHost(topo, ctx.host)[0];
  if (rm?.host) {
    roles.push({ role: "ResourceManager", span: rm.host.span });
    for (const s of rmServices(yarn)) {
      const a = rm.addresses[s];
      add("ResourceManager", `yarn.resourcemanager.${s}`, a?.portNumber !== void 0 ? { port: a.portNumber, span: a.port.span, isDefault: false } : { port: portFor(RM_PORTS[s], hadoop.major), span: rm.host.span, isDefault: true });
    }
  }
  if (workerSpan && topo.resourceManagers.length > 0) {
    roles.push({ role: "NodeManager", span: workerSpan });
    add("NodeManager", "yarn.nodemanager.localizer.address", configuredOrDefault(yarn, ["yarn.nodemanager.localizer.address"], YARN_PORTS.nmLocalizer, hadoop, workerSpan));
    add("NodeManager", "yarn.nodemanager.webapp.address", configuredOrDefault(yarn, ["yarn.nodemanager.webapp.address"], YARN_PORTS.nmWebapp, hadoop, workerSpan));
    const nmAddress = yarn.effective["yarn.nodemanager.address"];
    const nm = nmAddress && nmAddress.value !== "" ? parseAddress2(nmAddress) : void 0;
    if (nm?.portNumber) add("NodeManager", "yarn.nodemanager.address", { port: nm.portNumber, span: nm.port.span, isDefault: false });
    const aux = yarn.effective["yarn.nodemanager.aux-services"]?.value.split(",").map((x) => x.trim()) ?? [];
    if (aux.includes("mapreduce_shuffle")) {
      const p = yarn.effective["mapreduce.shuffle.port"] ?? yarn.mapred?.effective["mapreduce.shuffle.port"];
      const n = p && /^\d+$/.test(p.value) ? Number(p.value) : void 0;
      add("NodeManager", "mapreduce.shuffle.port", n !== void 0 && p ? { port: n, span: p.prop.value?.span ?? p.prop.span, isDefault: false } : { port: portFor(YARN_PORTS.shuffle, hadoop.major), span: workerSpan, isDefault: true });
    }
  }
  const mapred = yarn.mapred;
  const jhs = mapred?.effective["mapreduce.jobhistory.address"];
  const jhsAddress = jhs && jhs.value !== "" ? parseAddress2(jhs) : void 0;
  if (mapred && jhsAddress?.host && sameHost(jhsAddress.host.value, ctx.host)) {
    const at = jhsAddress.host.span;
    roles.push({ role: "JobHistoryServer", span: at });
    add("JobHistoryServer", "mapreduce.jobhistory.address", configuredOrDefault(mapred, ["mapreduce.jobhistory.address"], YARN_PORTS.jhsAddress, hadoop, at));
    add("JobHistoryServer", "mapreduce.jobhistory.webapp.address", configuredOrDefault(mapred, ["mapreduce.jobhistory.webapp.address"], YARN_PORTS.jhsWebapp, hadoop, at));
    add("JobHistoryServer", "mapreduce.jobhistory.admin.address", configuredOrDefault(mapred, ["mapreduce.jobhistory.admin.address"], YARN_PORTS.jhsAdmin, hadoop, at));
  }
}
function zkfcPort(conf, ns, nn, placedAt) {
  for (const key of [`dfs.ha.zkfc.port.${ns}.${nn}`, `dfs.ha.zkfc.port.${ns}`, "dfs.ha.zkfc.port"]) {
    const p = conf.effective[key];
    const n = p && /^\d+$/.test(p.value) ? Number(p.value) : void 0;
    if (p && n !== void 0) return { port: n, span: p.prop.value?.span ?? p.prop.span, isDefault: false };
  }
  return { port: HDFS_PORTS.zkfc.v3, span: placedAt, isDefault: true };
}
function placeZooKeeper(zoo, server, ctx, roles, add) {
  const observer = isObserver(server);
  const daemon = observer ? "ZooKeeperObserver" : "ZooKeeper";
  roles.push({ role: daemon, span: server.id.span });
  const num = (s) => s !== void 0 && /^\d+$/.test(s) ? Number(s) : void 0;
  const clientPort = zooValue(zoo.zoo, "clientPort");
  const cp = num(server.client?.port.value) ?? num(clientPort?.value.value);
  if (cp !== void 0) {
    add(daemon, "clientPort", { port: cp, span: server.client?.port.span ?? clientPort.value.span, isDefault: false });
  }
  const own = ADDRESS_OF_HOST.all(server, () => server.addresses, ctx.host)[0] ?? server.addresses[0];
  const qp = num(own?.quorumPort?.value);
  if (qp !== void 0) add(daemon, "quorum port", { port: qp, span: own.quorumPort.span, isDefault: false });
  const ep = num(own?.electionPort?.value);
  if (ep !== void 0) add(daemon, "election port", { port: ep, span: own.electionPort.span, isDefault: false });
  const secure = zooValue(zoo.zoo, "secureClientPort");
  const sp = num(secure?.value.value);
  if (sp !== void 0) add(daemon, "secureClientPort", { port: sp, span: secure.value.span, isDefault: false });
  if (atLeast(ctx.zookeeper, 3, 5)) {
    const enabled = zooValue(zoo.zoo, "admin.enableServer");
    if (enabled?.value.value.toLowerCase() !== "false") {
      const port = zooValue(zoo.zoo, "admin.serverPort");
      const n = num(port?.value.value);
      add(daemon, "admin.serverPort", n !== void 0 ? { port: n, span: port.value.span, isDefault: false } : { port: ZOOKEEPER_ADMIN_PORT, span: server.id.span, isDefault: true });
    }
  }
}

// src/model/myid-path.ts
import { posix } from "node:path";
function expectedMyidPath(folder, zoo) {
  const dataDir = zooValue(zoo.zoo, "dataDir")?.value.value;
  if (!dataDir || !dataDir.startsWith("/")) return void 0;
  return `${folder}${posix.normalize(`${dataDir}/myid`)}`;
}
function isExpectedMyid(path, folder, zoo) {
  const dataDir = zooValue(zoo.zoo, "dataDir")?.value.value;
  if (!dataDir) return false;
  if (dataDir.startsWith("/")) return path === expectedMyidPath(folder, zoo);
  const rel = posix.normalize(`${dataDir}/myid`);
  if (rel.startsWith("../")) return false;
  return path.startsWith(`${folder}/`) && `/${path.slice(folder.length + 1)}`.endsWith(`/${rel}`);
}
function mountedMyid(folderFiles, zoo, host) {
  if (zoo.host === host || folderFiles.length !== 1) return void 0;
  const only = folderFiles[0];
  return only.kind === "myid" ? only : void 0;
}

// src/model/own-line.ts
function isWildcardLine(s) {
  return s.addresses.length > 0 && s.addresses.every((a) => isWildcard(a.host.value));
}
function ownWildcardLine(servers) {
  let own;
  for (const s of servers) {
    if (!isWildcardLine(s)) continue;
    if (own) return void 0;
    own = s;
  }
  return own;
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

export {
  parseZooCfg,
  zooValue,
  DEFAULT_MAX_FILE_SIZE,
  readFailure,
  readRegularFile,
  HADOOP_KNOWLEDGE,
  templatePlaceholders,
  SHELL_EVALUATED,
  ENV_NAME,
  isUnfilled,
  isRuntimeVariable,
  majorKey,
  hadoopDefault,
  buildConf,
  spanWithin,
  pieceOf,
  splitLocated,
  trimLocated,
  connectHostsPart,
  connectEntries,
  connectChroot,
  connectEntryTexts,
  connectHosts,
  locatedValue,
  listItems,
  parseAddress2 as parseAddress,
  hdfsTopology,
  isIpAddress,
  isWildcard,
  hostKey,
  sameHost,
  HostIndex,
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
  HDFS_PORTS,
  portFor,
  ZOOKEEPER_ADMIN_PORT,
  ZOOKEEPER_CLIENT_DEFAULT_PORT,
  YARN_PORTS,
  parseImageName,
  imageRepository,
  detectHadoopVersion,
  configuredVersion,
  isKnownRelease,
  detectZookeeperVersion,
  assumedNote,
  atLeast,
  namenodesOnHost,
  resourceManagersOnHost,
  ZK_STATE_STORE,
  rmServices,
  buildYarnConfs,
  placeDaemons,
  RM_PORTS,
  isExpectedMyid,
  mountedMyid,
  isWildcardLine,
  ownWildcardLine
};
