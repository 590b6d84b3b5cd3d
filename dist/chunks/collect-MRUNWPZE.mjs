#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  buildCluster
} from "./chunk-AFXIOXPM.mjs";
import {
  printable
} from "./chunk-HN7SOIX3.mjs";
import {
  SourceText,
  candidateAt,
  namedHosts
} from "./chunk-RPQB2CLD.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import "./chunk-IS4D2FKK.mjs";
import {
  parseZooCfg,
  zooValue
} from "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";

// src/cli/commands/collect.ts
import { existsSync, mkdirSync as mkdirSync2, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/collect/collect-args.ts
import { parseArgs } from "node:util";

// src/collect/hosts.ts
import { readFileSync } from "node:fs";
var HOST = /^(?:[A-Za-z0-9._][A-Za-z0-9._-]*@)?[A-Za-z0-9_][A-Za-z0-9._:-]*$/;
function hostFolderOf(host) {
  return host.slice(host.lastIndexOf("@") + 1);
}
function checkHost(host, where) {
  if (!HOST.test(host)) fail(`${where}: "${host}" is not a host name (letters, digits, . _ - : and an optional user@)`);
  return host;
}
function hostsOfFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    fail(`cannot read --hosts-file ${file}: ${e.code ?? e.message}`);
  }
  const hosts = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const host = line.replace(/#.*/, "").trim();
    if (host !== "") hosts.push(checkHost(host, `${file}:${i + 1}`));
  });
  return hosts;
}
function uniqueHosts(hosts) {
  const byFolder = /* @__PURE__ */ new Map();
  for (const h of hosts) {
    const key = hostFolderOf(h).toLowerCase();
    const seen = byFolder.get(key);
    if (seen !== void 0 && seen !== h) fail(`"${seen}" and "${h}" would write the same folder; give one of them`);
    byFolder.set(key, h);
  }
  return [...byFolder.values()];
}

// src/collect/remote-paths.ts
import { posix } from "node:path";
var DEFAULT_DIRECTORIES = [
  "/etc/hadoop/conf",
  "/etc/hadoop",
  "/etc/zookeeper/conf",
  "/etc/zookeeper",
  "/etc/hbase/conf",
  "/etc/kafka",
  "/opt/hadoop/etc/hadoop",
  "/opt/zookeeper/conf",
  "/opt/hbase/conf",
  "/opt/kafka/config",
  "/usr/local/hadoop/etc/hadoop",
  "/usr/local/zookeeper/conf"
];
var SYSTEM_FILES = ["/etc/hosts", "/etc/ntp.conf", "/etc/chrony.conf", "/etc/chrony/chrony.conf"];
function cleanRemotePath(path) {
  if (!path.startsWith("/") || path.includes("\0")) return void 0;
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length === 0 || segments.some((s) => s === "." || s === "..")) return void 0;
  return `/${segments.join("/")}`;
}
function checkRemotePath(path) {
  const clean = posix.isAbsolute(path) ? cleanRemotePath(posix.normalize(path)) : void 0;
  if (clean === void 0 || path.split("/").includes("..")) fail(`--path "${path}": give an absolute path on the hosts without ".." (e.g. /opt/hadoop/etc/hadoop)`);
  return clean;
}

// src/collect/collect-args.ts
var COLLECT_HELP = `Usage:
  hacheck collect [options] <out-dir> [host ...]

Copies, over your own ssh (its ~/.ssh/config, agent and known_hosts), the files
hacheck reads from each host into <out-dir>/<host>/<path on the host>, ready for
"hacheck summary <out-dir>" and "hacheck <out-dir>". Only reads on the hosts:
find (to list) and tar -c (to copy) of the configuration directories, the myid
and dynamic file each zoo.cfg names, /etc/hosts, /etc/ntp.conf and chrony.conf.

Hosts: the arguments, else --hosts-file, else the hosts an existing snapshot names.
      --hosts-file <file>   one host a line, # comments
      --from <dir>          the hosts named by the configuration in <dir>
                            (ZooKeeper servers, workers, Hadoop/HBase/Kafka addresses)
What to copy:
      --path <dir>          also read this directory on every host (repeatable), e.g.
                            --path /opt/hadoop-3.4.1/etc/hadoop
      --no-default-paths    read only the --path directories (and the system files)
How to connect:
      --ssh <path>          the ssh binary (default: HACHECK_SSH, else ssh)
      --ssh-config <file>   passed to ssh as -F <file>
      --ssh-option <opt>    passed to ssh as -o <opt> (repeatable); BatchMode=yes is always set
  -j, --jobs <n>            hosts copied at once (default 4)
  -h, --help                print this help

Default directories (one level deep, missing ones skipped):
  ${DEFAULT_DIRECTORIES.join("\n  ")}

Exit codes: 0 every host collected, 1 some host not collected (unreachable, or nothing
hacheck reads found on it), 2 usage error.`;
function parseCollectArgs(argv, env) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      "hosts-file": { type: "string" },
      from: { type: "string" },
      path: { type: "string", multiple: true },
      "no-default-paths": { type: "boolean" },
      ssh: { type: "string" },
      "ssh-config": { type: "string" },
      "ssh-option": { type: "string", multiple: true },
      jobs: { type: "string", short: "j" },
      help: { type: "boolean", short: "h" }
    }
  });
  const ssh = {
    binary: values.ssh ?? (env["HACHECK_SSH"] || "ssh"),
    configFile: values["ssh-config"],
    options: values["ssh-option"] ?? []
  };
  const directories = [...values["no-default-paths"] ? [] : DEFAULT_DIRECTORIES, ...(values.path ?? []).map(checkRemotePath)];
  const base = { from: values.from, directories: [...new Set(directories)], ssh };
  if (values.help) return { ...base, help: true, out: "", hosts: [], jobs: 4 };
  let jobs = 4;
  if (values.jobs !== void 0) {
    if (!/^[1-9]\d{0,2}$/.test(values.jobs)) fail(`--jobs takes a number from 1 to 999, not "${values.jobs}"`);
    jobs = Number(values.jobs);
  }
  if (directories.length === 0) fail("--no-default-paths needs at least one --path");
  const [out, ...named] = positionals;
  if (out === void 0) fail("collect: no output directory given (hacheck collect <out-dir> [host ...])");
  const sources = [named.length > 0, values["hosts-file"] !== void 0, values.from !== void 0].filter(Boolean).length;
  if (sources === 0) fail("collect: no hosts given: name them, or give --hosts-file <file> or --from <snapshot-dir>");
  if (sources > 1) fail("collect: give the hosts one way: as arguments, --hosts-file or --from");
  const hosts = named.length > 0 ? named.map((h) => checkHost(h, "host")) : values["hosts-file"] !== void 0 ? hostsOfFile(values["hosts-file"]) : [];
  if (values["hosts-file"] !== void 0 && hosts.length === 0) fail(`--hosts-file ${values["hosts-file"]} lists no host`);
  return { ...base, help: false, out, hosts: uniqueHosts(hosts), jobs };
}

// src/collect/fetch-host.ts
import { posix as posix2 } from "node:path";

// src/collect/remote-scripts.ts
var LIST_SCRIPT = 's=0; for a in "$@"; do if [ -e "$a" ]; then find -L "$a" -maxdepth 1 -type f -print0 || s=1; fi; done; exit $s';
var ARCHIVE_SCRIPT = 'cd / || exit 1; n=$#; while [ "$n" -gt 0 ]; do a=$1; shift; n=$((n - 1)); if [ -f "$a" ]; then set -- "$@" "$a"; fi; done; if [ "$#" -gt 0 ]; then exec tar -chf - -- "$@"; fi; exit 0';

// src/collect/read-tar.ts
var TarFormatError = class extends Error {
};
var BLOCK = 512;
function field(header, offset, length) {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
}
function octal(header, offset, length) {
  const text = field(header, offset, length).trim();
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError(`bad number "${text}" in a tar header`);
  return text === "" ? 0 : parseInt(text, 8);
}
function paxPath(data) {
  let at = 0;
  let path;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    if (space < 0) break;
    const length = Number(data.subarray(at, space).toString("ascii"));
    if (!Number.isInteger(length) || length <= 0) throw new TarFormatError("bad pax record");
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    if (record.startsWith("path=")) path = record.slice(5);
    at += length;
  }
  return path;
}
function readTar(archive) {
  const members = [];
  const byName = /* @__PURE__ */ new Map();
  let nextName;
  let at = 0;
  while (at + BLOCK <= archive.length) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156]);
    const start = at + BLOCK;
    if (start + size > archive.length) throw new TarFormatError("the archive ends inside a member");
    const data = archive.subarray(start, start + size);
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "L") {
      nextName = field(data, 0, data.length);
      continue;
    }
    if (type === "x") {
      nextName = paxPath(data) ?? nextName;
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = nextName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    nextName = void 0;
    if (type === "0" || type === "\0" || type === "7") {
      const content = Buffer.from(data);
      members.push({ name, content });
      byName.set(name, content);
    } else if (type === "1") {
      const target = byName.get(field(header, 157, 100));
      if (target) members.push({ name, content: target });
    }
  }
  return members;
}

// src/collect/shell-quote.ts
function shellQuote(word) {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
function remoteCommand(script, args) {
  return ["sh", "-c", shellQuote(script), "hacheck-collect", ...args.map(shellQuote)].join(" ");
}

// src/collect/run-ssh.ts
import { spawn } from "node:child_process";
function sshArguments(settings, host, command) {
  return [
    "-o",
    "BatchMode=yes",
    ...settings.configFile !== void 0 ? ["-F", settings.configFile] : [],
    ...settings.options.flatMap((o) => ["-o", o]),
    "-o",
    "ConnectTimeout=15",
    "--",
    host,
    command
  ];
}
function runSsh(settings, host, command) {
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    const child = spawn(settings.binary, sshArguments(settings, host, command), { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    let settled = false;
    const finish = (code, fallback) => {
      if (settled) return;
      settled = true;
      const stderrLines = Buffer.concat(err).toString("utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
      resolve({ connected: code !== void 0 && code !== 255, code, stdout: Buffer.concat(out), reason: stderrLines.at(-1) ?? fallback, stderrLines });
    };
    child.on("error", (e) => finish(void 0, e.code === "ENOENT" ? `cannot run ${settings.binary}: not found` : `cannot run ${settings.binary}: ${e.message}`));
    child.on("close", (code, signal) => finish(code ?? void 0, signal ? `ssh ended by ${signal}` : `ssh exited with code ${code}`));
  });
}

// src/collect/fetch-host.ts
function recognised(path) {
  return candidateAt(path.slice(1), posix2.basename(path)) !== void 0;
}
function remoteNotes(r) {
  return r.code === 0 ? [] : r.stderrLines.slice(0, 5);
}
function zookeeperFiles(files) {
  const wanted = [];
  for (const [path, content] of files) {
    if (candidateAt(path.slice(1), posix2.basename(path))?.kind !== "zoo.cfg") continue;
    const zoo = parseZooCfg(new SourceText(path, content.toString("utf8")));
    const dataDir = zooValue(zoo, "dataDir")?.value.value;
    const dynamic = zooValue(zoo, "dynamicConfigFile")?.value.value;
    for (const p of [dataDir ? `${dataDir}/myid` : void 0, dynamic]) {
      const clean = p?.startsWith("/") ? cleanRemotePath(posix2.normalize(p)) : void 0;
      if (clean && !files.has(clean) && !wanted.includes(clean)) wanted.push(clean);
    }
  }
  return wanted;
}
async function fetchFiles(ssh, host, paths, into, notes) {
  if (paths.length === 0) return void 0;
  const r = await runSsh(ssh, host, remoteCommand(ARCHIVE_SCRIPT, paths.map((p) => p.slice(1))));
  if (!r.connected) return r.reason;
  notes.push(...remoteNotes(r));
  let members;
  try {
    members = readTar(r.stdout);
  } catch (e) {
    if (e instanceof TarFormatError) return `the host's tar output cannot be read (${e.message})`;
    throw e;
  }
  const asked = new Set(paths);
  for (const m of members) {
    const path = cleanRemotePath(`/${m.name}`);
    if (path !== void 0 && asked.has(path)) into.set(path, m.content);
  }
  return void 0;
}
async function fetchHost(ssh, host, directories) {
  const notes = [];
  const listing = await runSsh(ssh, host, remoteCommand(LIST_SCRIPT, [...directories, ...SYSTEM_FILES]));
  if (!listing.connected) return { ok: false, reason: listing.reason };
  notes.push(...remoteNotes(listing));
  const listed = listing.stdout.toString("utf8").split("\0").filter((p) => p !== "");
  const wanted = [...new Set(listed.map(cleanRemotePath).filter((p) => p !== void 0 && recognised(p)))];
  const files = /* @__PURE__ */ new Map();
  const failed = await fetchFiles(ssh, host, wanted, files, notes) ?? await fetchFiles(ssh, host, zookeeperFiles(files), files, notes);
  if (failed !== void 0) return { ok: false, reason: failed };
  return { ok: true, files: new Map([...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)), notes };
}

// src/collect/hosts-of-snapshot.ts
async function hostsOfSnapshot(dir) {
  const cluster = await buildCluster(dir);
  const hosts = [];
  const skipped = [];
  for (const name of namedHosts(cluster.files).values()) {
    if (/^[A-Za-z0-9_][A-Za-z0-9._:-]*$/.test(name) && !/^(?:localhost|127\.|0\.0\.0\.0$|::1$)/.test(name)) hosts.push(name);
    else skipped.push(name);
  }
  if (hosts.length === 0) fail(`--from ${dir}: its configuration names no host`);
  return { hosts, skipped };
}

// src/collect/pool.ts
async function inPool(items, size, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

// src/collect/progress.ts
function progressOn(stream, total) {
  const running = /* @__PURE__ */ new Set();
  let done = 0;
  if (!stream.isTTY) {
    return {
      started: () => {
      },
      finished: (host, line) => {
        done++;
        stream.write(`[${done}/${total}] ${printable(host)}: ${printable(line)}
`);
      },
      close: () => {
      }
    };
  }
  const width = () => Math.max(20, (stream.columns ?? 80) - 1);
  const status = () => {
    const text = `collecting ${done}/${total} hosts${running.size > 0 ? `: ${[...running].join(", ")}` : ""}`;
    stream.write(`\r\x1B[K${printable(text).slice(0, width())}`);
  };
  return {
    started: (host) => {
      running.add(host);
      status();
    },
    finished: (host, line) => {
      running.delete(host);
      done++;
      stream.write(`\r\x1B[K${printable(host)}: ${printable(line)}
`);
      status();
    },
    close: () => stream.write("\r\x1B[K")
  };
}

// src/collect/write-snapshot.ts
import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function writeHostSnapshot(out, folder, files) {
  const refused = [];
  for (const [path, content] of files) {
    const clean = cleanRemotePath(path);
    if (clean === void 0 || clean !== path) {
      refused.push(path);
      continue;
    }
    const segments = [folder, ...clean.slice(1).split("/")];
    let dir = out;
    let safe = true;
    for (const segment of segments.slice(0, -1)) {
      dir = join(dir, segment);
      try {
        mkdirSync(dir);
      } catch (e) {
        if (e.code !== "EEXIST" || !lstatSync(dir).isDirectory()) {
          safe = false;
          break;
        }
      }
    }
    if (!safe) {
      refused.push(path);
      continue;
    }
    try {
      writeFileSync(join(dir, segments.at(-1)), content, { flag: "wx" });
    } catch {
      refused.push(path);
    }
  }
  return refused;
}

// src/cli/commands/collect.ts
function prepareOut(out, folders) {
  if (existsSync(out) && !statSync(out).isDirectory()) fail(`${out} is not a directory`);
  mkdirSync2(out, { recursive: true });
  const present = folders.filter((f) => existsSync(join2(out, f)));
  if (present.length > 0) fail(`${out} already holds ${present.join(", ")}: remove ${present.length > 1 ? "them" : "it"} or choose another output directory`);
}
async function collectCommand(argv) {
  const args = parseCollectArgs(argv, process.env);
  if (args.help) {
    process.stdout.write(`${COLLECT_HELP}
`);
    return 0;
  }
  let hosts = args.hosts;
  if (args.from !== void 0) {
    const named = await hostsOfSnapshot(args.from);
    if (named.skipped.length > 0) process.stderr.write(`hacheck: --from ${printable(args.from)}: not hosts to ssh to, left out: ${printable(named.skipped.join(", "))}
`);
    hosts = uniqueHosts(named.hosts);
  }
  prepareOut(args.out, hosts.map(hostFolderOf));
  const progress = progressOn(process.stderr, hosts.length);
  const outcomes = await inPool(hosts, args.jobs, async (host) => {
    progress.started(host);
    const outcome = await fetchHost(args.ssh, host, args.directories);
    let result = outcome;
    if (outcome.ok && outcome.files.size === 0) result = { ok: false, reason: "connected, but no file hacheck reads was found: give the configuration directory with --path" };
    if (result.ok) {
      const refused = writeHostSnapshot(args.out, hostFolderOf(host), result.files);
      const notes = [...result.notes, ...refused.map((p) => `not written (path leaves the snapshot folder): ${p}`)];
      result = { ok: true, files: new Map([...result.files].filter(([p]) => !refused.includes(p))), notes };
    }
    progress.finished(host, result.ok ? `${result.files.size} files` : `not collected: ${result.reason}`);
    return result;
  });
  progress.close();
  let missing = 0;
  hosts.forEach((host, i) => {
    const o = outcomes[i];
    if (!o.ok) {
      missing++;
      return;
    }
    process.stdout.write(`${printable(hostFolderOf(host))}: ${o.files.size} file${o.files.size === 1 ? "" : "s"}
`);
    for (const path of o.files.keys()) process.stdout.write(`  ${printable(path)}
`);
    for (const note of o.notes) process.stdout.write(`  note: ${printable(note)}
`);
  });
  hosts.forEach((host, i) => {
    const o = outcomes[i];
    if (!o.ok) process.stderr.write(`hacheck: ${printable(host)}: not collected: ${printable(o.reason)}
`);
  });
  const collected = hosts.length - missing;
  if (collected > 0) {
    process.stdout.write(`
${collected} of ${hosts.length} hosts collected into ${printable(args.out)}. Next, see what hacheck reads, then lint:
`);
    process.stdout.write(`  hacheck summary ${printable(args.out)}
  hacheck ${printable(args.out)}
`);
  }
  return missing > 0 ? 1 : 0;
}
export {
  collectCommand
};
