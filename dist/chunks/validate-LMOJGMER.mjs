#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ConfigError
} from "./chunk-IMV4DUDU.mjs";
import {
  RULES
} from "./chunk-RVVRZG7X.mjs";
import {
  require_mod
} from "./chunk-3LGRH6LY.mjs";
import "./chunk-IS4D2FKK.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  quote
} from "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-UTASCUZQ.mjs";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/validate.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/config/schema.ts
var SCHEMA_ID = "https://raw.githubusercontent.com/hacheck/hacheck/main/schemas/hacheck-config.schema.json";
var RULE_SETTINGS = ["error", "warning", "info", "off"];
function configSchema(rules) {
  const ruleProperties = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      // Each rule a property, not a propertyNames enum: editors then complete rule ids and show their descriptions.
      { description: `${r.meta.description} (default: ${r.meta.severity})`, enum: RULE_SETTINGS }
    ])
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "hacheck configuration",
    description: 'Configuration of hacheck, the Hadoop HA and ZooKeeper cluster configuration linter: .hacheckrc (JSON or YAML), .hacheckrc.json, .hacheckrc.yaml, .hacheckrc.yml, or the "hacheck" key of package.json. JavaScript configuration files are refused, never run.',
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { description: "The JSON Schema of this file, for editors.", type: "string" },
      rules: { $ref: "#/definitions/rules" },
      hosts: {
        description: `Host snapshots whose folder is not named after the host: host name -> folder, relative to the linted directory (e.g. "nn1.example.com": "snapshots/node-a"). Each folder is read as that host's file system, and the host is part of the cluster even when no file names it.`,
        type: "object",
        propertyNames: { description: "A host name, without spaces or slashes.", pattern: "^[^\\s/]+$" },
        additionalProperties: {
          description: 'A folder relative to the linted directory, with forward slashes, without "." or ".." segments.',
          type: "string",
          pattern: "^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$"
        }
      },
      versions: {
        description: "The Hadoop and ZooKeeper releases the cluster runs. They win over the evidence in the directory (folder names such as hadoop-2.7.7/, workers or slaves, 3.5-only keys).",
        type: "object",
        additionalProperties: false,
        properties: {
          hadoop: { description: 'Hadoop release, e.g. "2.7.7" or "3.4".', type: "string", pattern: "^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" },
          zookeeper: { description: 'ZooKeeper release, e.g. "3.4.14" or "3.8".', type: "string", pattern: "^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" }
        }
      },
      ignore: {
        description: 'Globs of paths, relative to the linted directory, that discovery skips (e.g. "backup/**", "**/*.orig/**").',
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      maxFileSize: {
        description: `Files larger than this many bytes are reported by syntax/file-too-large instead of being read (default ${DEFAULT_MAX_FILE_SIZE}, 10 MiB).`,
        type: "integer",
        minimum: 1,
        maximum: 1073741824
      },
      overrides: {
        description: `Rule settings for findings located in the files of some hosts' folders. Later entries win over earlier ones and over "rules". Findings in shared files (outside host folders) are not affected.`,
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["hosts", "rules"],
          properties: {
            hosts: {
              description: "Host names; a short name matches the first label of a fully qualified one (nn1 ~ nn1.example.com).",
              type: "array",
              minItems: 1,
              items: { description: "A host name, without spaces or slashes.", type: "string", pattern: "^[^\\s/]+$" }
            },
            rules: { $ref: "#/definitions/rules" }
          }
        }
      }
    },
    definitions: {
      rules: {
        description: 'Severity per rule id: "error", "warning", "info", or "off" to disable the rule.',
        type: "object",
        additionalProperties: false,
        properties: ruleProperties
      }
    }
  };
}

// src/config/validate-config.generated.ts
var runtime0Module = __toESM(require_ucs2length(), 1);
var runtime0 = "default" in Object(runtime0Module.default) ? runtime0Module.default : runtime0Module;
var validate_config_generated_default = validate21;
var schema7 = { "description": 'Severity per rule id: "error", "warning", "info", or "off" to disable the rule.', "type": "object", "additionalProperties": false, "properties": { "cluster/competing-copies": { "description": "Two different files of one name would both be the copy every host shares, or one host's copy (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/config-drift": { "description": "A property of core-site.xml, hdfs-site.xml, yarn-site.xml or mapred-site.xml differs between the hosts' copies (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/duplicate-worker": { "description": "A host is listed more than once in workers or slaves (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/hdfs-uri-pinned": { "description": "With HDFS HA configured, a path property (log, staging, history, framework dirs, ...) names one NameNode instead of the nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/hostname-loopback": { "description": "A host's /etc/hosts maps its own name to a loopback address while its daemons bind to that name (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/hosts-disagree": { "description": "A host named in the configuration resolves to different addresses in the hosts' /etc/hosts files (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/hosts-missing-name": { "description": "A host's /etc/hosts lacks a cluster host name that the other hosts' /etc/hosts files map (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/namenodes-same-address": { "description": "Two NameNodes of one nameservice have different host names that a host's /etc/hosts maps to one address (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/no-time-sync": { "description": "A host that runs a daemon has no ntp.conf or chrony.conf while other hosts have one (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/port-collision": { "description": "Two daemons placed on one host listen on the same port (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/replication-exceeds-datanodes": { "description": "dfs.replication is greater than the number of DataNodes in workers or slaves (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-connect-separator": { "description": 'A ZooKeeper connect string separates its servers with ";" or blanks instead of "," (default: error)', "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-quorum-mismatch": { "description": "ha.zookeeper.quorum names a host that is not a ZooKeeper server, or a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-quorum-spaces": { "description": "ha.zookeeper.quorum has whitespace around a comma, which the ZooKeeper 3.4 client of Hadoop 2.x keeps (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-session-timeout-clamped": { "description": "A ZooKeeper client asks for a session timeout outside the ensemble's bounds, and silently gets the bound (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-single-server": { "description": "A ZooKeeper connect string names one server of an ensemble of three or more (default: warning)", "enum": ["error", "warning", "info", "off"] }, "container/definition-invalid": { "description": "A compose file or Kubernetes manifest cannot be read as Compose or Kubernetes read it, so its containers do not start as written (default: error)", "enum": ["error", "warning", "info", "off"] }, "container/environment-ignored": { "description": "An image variable that the image's entrypoint does not use in this container, so it has no effect (default: info)", "enum": ["error", "warning", "info", "off"] }, "container/published-port": { "description": "A container dials another container of the project on the port the machine publishes for it, where nothing listens inside the network (default: error)", "enum": ["error", "warning", "info", "off"] }, "container/unresolvable-host": { "description": "A container's configuration names a host that no container of the project, and none of its extra hosts, is reachable by (default: error)", "enum": ["error", "warning", "info", "off"] }, "container/value-unknown": { "description": "A container setting whose value hacheck cannot know, so what the image writes from it is not checked (default: info)", "enum": ["error", "warning", "info", "off"] }, "hadoop/deprecated-overrides-new": { "description": "A deprecated property and its new name are both set, to different values (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/deprecated-property": { "description": "A site file sets a deprecated property name instead of its replacement (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/duplicate-property": { "description": "A property is defined more than once with different values, and one of them is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/invalid-boolean": { "description": "A boolean property is set to something other than true or false, so Hadoop uses its default (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/invalid-ha-boolean": { "description": "A boolean HA depends on is set to something other than true or false, so Hadoop silently uses the other value (default: error)", "enum": ["error", "warning", "info", "off"] }, "hadoop/mapreduce1-daemon-property": { "description": "A site file configures the JobTracker or TaskTracker of MapReduce 1, which YARN replaced (default: info)", "enum": ["error", "warning", "info", "off"] }, "hadoop/misspelled-critical-property": { "description": "A misspelt property name whose intended key is one HA, the clients or the daemons' addresses depend on, and which is not set (default: error)", "enum": ["error", "warning", "info", "off"] }, "hadoop/misspelled-default-value": { "description": "A misspelt property name that has no effect because its value equals the intended key's default (default: info)", "enum": ["error", "warning", "info", "off"] }, "hadoop/property-repeated-element": { "description": "A <property> holds two <value> (or <name>) elements, and Hadoop silently drops the first (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/property-unknown-element": { "description": "A <property> holds an element Hadoop does not read (a misspelt <vaule>), so its content is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/unknown-property": { "description": "A property name Hadoop does not know that is close to one it does (a likely typo) (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/unresolved-placeholder": { "description": "A value still holds a template placeholder or a ${var} that nothing defines (default: error)", "enum": ["error", "warning", "info", "off"] }, "hadoop/value-whitespace": { "description": "A value that Hadoop reads untrimmed has leading or trailing whitespace or a line break (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/not-distributed": { "description": "hbase-site.xml configures a ZooKeeper quorum of several servers but hbase.cluster.distributed is not true (default: error)", "enum": ["error", "warning", "info", "off"] }, "hbase/quorum-localhost": { "description": "hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, so each HBase daemon depends on a ZooKeeper server on its own host (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/quorum-missing": { "description": "hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, and a host running HBase has no ZooKeeper server of its own (default: error)", "enum": ["error", "warning", "info", "off"] }, "hbase/rootdir-logical-port": { "description": "hbase.rootdir gives a port other than 8020 to a logical (HA) nameservice (default: error)", "enum": ["error", "warning", "info", "off"] }, "hbase/rootdir-pinned": { "description": "With HDFS HA configured, hbase.rootdir points at one NameNode instead of the nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/rootdir-port-ignored": { "description": "hbase.rootdir gives port 8020 to a logical (HA) nameservice, where it is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/zookeeper-property-mismatch": { "description": "An hbase.zookeeper.property.* setting differs from the zoo.cfg of the external ensemble HBase connects to, where it has no effect (default: info)", "enum": ["error", "warning", "info", "off"] }, "hbase/zookeeper-quorum-mismatch": { "description": "hbase.zookeeper.quorum names a host that is not a ZooKeeper server, or HBase connects to a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/address-malformed": { "description": "An HDFS address value is not host:port (no port, a port that is not a number or above 65535, a bad host name) (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/automatic-failover-nameservice-only": { "description": "Automatic failover is enabled only as dfs.ha.automatic-failover.enabled.<ns>, which start-dfs.sh does not read (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/automatic-failover-without-quorum": { "description": "Automatic failover is enabled but ha.zookeeper.quorum is not set (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-missing": { "description": "With HA configured, no core-site.xml sets fs.defaultFS, so clients and YARN use the local file system (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-nameservice": { "description": "With HA configured, fs.defaultFS names neither a nameservice nor a NameNode host (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-pinned": { "description": "With HA configured, fs.defaultFS points at one NameNode instead of the nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-port-ignored": { "description": "fs.defaultFS gives port 8020 to a logical (HA) nameservice, where it is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-port": { "description": "fs.defaultFS gives a port other than 8020 to a logical (HA) nameservice (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/duplicate-namenode-address": { "description": "Two NameNode addresses (rpc, servicerpc, lifeline, http or https) are the same host:port (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/failed-volumes-tolerated": { "description": "dfs.datanode.failed.volumes.tolerated is not below the number of dfs.datanode.data.dir volumes (or is negative), so the DataNode refuses to start (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/fencing-fallback": { "description": "With a JournalNode quorum, the fencing list ends with sshfence instead of a method that always succeeds (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/fencing-methods": { "description": "dfs.ha.fencing.methods is missing with automatic failover, or a line of it does not parse (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/ha-address-wildcard": { "description": "In an HA nameservice, a NameNode rpc or servicerpc address or a JournalNode address is 0.0.0.0 or loopback (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/journal-quorum-size": { "description": "The qjournal URI lists fewer than 3 JournalNodes or an even number of them (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/journalnode-edits-dir": { "description": "dfs.journalnode.edits.dir is not a single absolute local path (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-address-missing": { "description": "A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.rpc-address.<ns>.<nn> (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-count-excessive": { "description": "dfs.ha.namenodes.<ns> lists more than 5 NameNodes on Hadoop 3.x (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-count": { "description": "dfs.ha.namenodes.<ns> lists fewer than 2 NameNodes, or other than exactly 2 on Hadoop 2.x (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-http-address-missing": { "description": "A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.http-address.<ns>.<nn> (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-list-missing": { "description": "A nameservice that clients use has no dfs.ha.namenodes.<ns> and no rpc-address at all (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-port-mismatch": { "description": "The NameNodes of a nameservice use different ports for one role, or a port one keystroke off the default (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenodes-same-host": { "description": "Two NameNodes of one HA nameservice run on the same host (different ports) (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/nameservice-id-invalid": { "description": "A nameservice id is not a valid URI host name, so hdfs://<ns> has no host (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/nameservice-undeclared": { "description": "dfs.ha.namenodes.<ns> or an rpc-address names a nameservice that dfs.nameservices does not list (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/nameservice-unknown-address-key": { "description": "A NameNode servicerpc, lifeline, http or https address key is suffixed with an unknown nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/proxy-provider-class": { "description": "dfs.client.failover.proxy.provider.<ns> names a misspelt provider class, or one the Hadoop version lacks (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/proxy-provider-missing": { "description": "An HA nameservice has no dfs.client.failover.proxy.provider.<ns> (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/proxy-provider-orphan": { "description": "dfs.client.failover.proxy.provider.<ns> is set for a nameservice that dfs.nameservices does not list (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/quorum-without-automatic-failover": { "description": "ha.zookeeper.quorum is set for an HA nameservice but automatic failover is off (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/remote-nameservice-not-internal": { "description": "dfs.nameservices lists a remote cluster's nameservice and dfs.internal.nameservices does not say which are this cluster's (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/secondary-namenode-in-ha": { "description": "A SecondaryNameNode address is configured for an HA nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/shared-edits-missing": { "description": "An HA nameservice has no dfs.namenode.shared.edits.dir (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/shared-edits-uri": { "description": "dfs.namenode.shared.edits.dir in an HA configuration is not one valid qjournal://host:port;host:port/journalId URI (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/shared-edits-without-ha": { "description": "dfs.namenode.shared.edits.dir is set but no nameservice has two NameNodes with an RPC address, so the NameNode refuses to format or start (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/sshfence-private-key": { "description": "sshfence is configured but dfs.ha.fencing.ssh.private-key-files is not set (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/storage-dir-default-tmp": { "description": "A NameNode, DataNode, JournalNode or NodeManager recovery directory is left unset and defaults under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/storage-dir-in-tmp": { "description": "A NameNode, DataNode or JournalNode storage directory (or hadoop.tmp.dir) is under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/broker-id-duplicate": { "description": "Two Kafka brokers have the same broker.id (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/broker-in-voters": { "description": "A broker-only KRaft node whose node.id is one of controller.quorum.voters (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/controller-not-in-voters": { "description": "A KRaft controller whose node.id is not among controller.quorum.voters (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/internal-topic-replication": { "description": "A Kafka internal topic needs more replicas than the directory has brokers (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/log-dirs-in-tmp": { "description": "A Kafka broker keeps its log directories (its data) under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/min-insync-above-replication": { "description": "A Kafka broker requires more in-sync replicas than its default replication factor creates (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/node-id-duplicate": { "description": "Two KRaft nodes have the same node.id (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/quorum-voter-id-duplicate": { "description": "controller.quorum.voters lists one voter id twice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/quorum-voters-differ": { "description": "KRaft nodes of one cluster list different controller.quorum.voters (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/quorum-voters-syntax": { "description": "A controller.quorum.voters entry Kafka cannot parse (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/unresolved-placeholder": { "description": "A broker configuration value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that Kafka never expands (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/voter-port-mismatch": { "description": "A controller.quorum.voters entry whose port is not the controller listener of that voter (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/voter-without-controller": { "description": "A controller.quorum.voters id that no controller of the snapshot has (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/zookeeper-chroot-differs": { "description": "Brokers on the same ZooKeeper servers use different chroots in zookeeper.connect (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/zookeeper-chroot": { "description": "The chroot of zookeeper.connect is repeated after each host, or is not a valid ZooKeeper path (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/zookeeper-connect-mismatch": { "description": "zookeeper.connect names a host that is not a ZooKeeper server, or a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "ntp/no-source": { "description": "An ntp.conf or chrony.conf names no time source (default: warning)", "enum": ["error", "warning", "info", "off"] }, "ntp/source-drift": { "description": "Hosts take their time from different upstream sources (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/binary-file": { "description": "A recognised configuration file holds NUL bytes: it is binary or was zero-filled, so it is not checked (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/file-too-large": { "description": "A recognised configuration file is larger than hacheck reads, so it is not checked (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/unused-suppression": { "description": "A hacheck-disable comment suppresses no finding, names an unknown rule or does not parse (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/xinclude-not-followed": { "description": "An xi:include of a site file names a file hacheck does not read, so the properties it brings in are not checked (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/xinclude-unresolved": { "description": "An xi:include of a site file names no file and has no xi:fallback, includes itself, or brings in a file that is not valid (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-element-depth": { "description": "Elements of a site file nest deeper than Woodstox, the XML parser of Hadoop 3, accepts (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-entity-expansion": { "description": "The entities of a site file expand beyond the limits of the Java XML parsers Hadoop reads it with (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-external-entity": { "description": "A site file declares an external entity, whose value comes from a file hacheck does not read (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-malformed": { "description": "A Hadoop site file is not well-formed XML or has no <configuration> root (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/aux-services-shuffle": { "description": "MapReduce runs on YARN but yarn.nodemanager.aux-services lacks mapreduce_shuffle, names an invalid service, or its class is misspelt (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/jobhistory-address": { "description": "A JobHistory address names a wildcard or loopback host in a multi-host cluster, or its RPC and web addresses name different hosts (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/mapred-contradicts-yarn": { "description": "mapred-site.xml sets a yarn.* property to a value other than yarn-site.xml gives it (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/mapreduce-framework-name": { "description": "A cluster runs YARN but its mapred-site.xml does not set mapreduce.framework.name to yarn (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/nm-recovery-ephemeral-port": { "description": "yarn.nodemanager.recovery.enabled is true but yarn.nodemanager.address has port 0 (the default), so the NodeManager refuses to start (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/nodemanager-address-pinned": { "description": "A NodeManager address names one host in a yarn-site.xml that several NodeManagers load (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-address-drift": { "description": "A NodeManager host's yarn-site.xml lacks or differs from the ResourceManager hosts' keys that locate the ResourceManager (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-address-missing": { "description": "An rm-id of yarn.resourcemanager.ha.rm-ids has no yarn.resourcemanager.hostname.<rm-id> and not every service address either (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-address-wildcard": { "description": "A ResourceManager address is 0.0.0.0 (the default) or loopback while NodeManagers run on other hosts (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-cluster-id-missing": { "description": "ResourceManager HA with automatic failover has no yarn.resourcemanager.cluster-id (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-ha-id-hardcoded": { "description": "yarn.resourcemanager.ha.id on a ResourceManager host names another host's rm-id (a copy hard-coded for one RM) (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-ha-ids": { "description": "ResourceManager HA is enabled but yarn.resourcemanager.ha.rm-ids lists fewer than two ids, or yarn.resourcemanager.ha.id is not one of them (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-ha-without-recovery": { "description": "ResourceManager HA without yarn.resourcemanager.recovery.enabled: running applications are lost at failover (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-port-mismatch": { "description": "The ResourceManagers of an HA pair use different ports for one service, or a port one keystroke off the default (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-state-store-unfenced": { "description": "ResourceManager HA with recovery uses a state store other than ZKRMStateStore, which does not fence the old active RM (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-zk-address-mismatch": { "description": "The ResourceManager ZooKeeper address names a host that is not a ZooKeeper server, or a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-zk-address-missing": { "description": "ResourceManager HA with automatic failover, or the ZooKeeper state store, has no ZooKeeper address (yarn.resourcemanager.zk-address on 2.x, hadoop.zk.address on 3.x) (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-zk-store-unused": { "description": "yarn.resourcemanager.store.class is ZKRMStateStore but recovery is off, so the store is never used (default: info)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/autopurge-disabled": { "description": "autopurge.purgeInterval is not set, 0 or negative, so snapshots and transaction logs pile up until the disk is full (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/client-port-clash": { "description": "A server's quorum or election port is the client port it serves clients on (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/datadir-in-tmp": { "description": "dataDir or dataLogDir is under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/duplicate-key": { "description": "A zoo.cfg key is set twice with different values; the earlier value is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/duplicate-server-address": { "description": "Two server lines give the same host and port (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/duplicate-server-id": { "description": "Two server lines in one zoo.cfg have the same id (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/election-algorithm": { "description": "electionAlg names a leader election algorithm the ZooKeeper release does not have (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/ensemble-size": { "description": "The ensemble has 1, 2 or an even number of voting servers (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/four-letter-word-unknown": { "description": "4lw.commands.whitelist names a word ZooKeeper does not know, so the command meant is not enabled (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/four-letter-words": { "description": "4lw.commands.whitelist is not set, so ZooKeeper 3.5.3 and later answer only the four-letter word srvr (default: info)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/invalid-boolean": { "description": "A boolean zoo.cfg key has a value other than true or false on a release that rejects it (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/invalid-number": { "description": "A numeric zoo.cfg key has a value that is not an integer (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/lenient-boolean": { "description": "A boolean zoo.cfg key has a value ZooKeeper silently reads differently from what it says (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/malformed-escape": { "description": "A zoo.cfg line holds a \\u escape that is not followed by four hex digits (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-duplicate": { "description": "Two hosts of one ZooKeeper ensemble have the same id in their myid files (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-invalid": { "description": "The first line of a myid file is not a bare integer as ZooKeeper reads it (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-mismatch": { "description": "A host's myid is not the N of its own server.N line (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-misplaced": { "description": "A myid file in a host folder is not at <dataDir>/myid, so ZooKeeper never reads it (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-missing": { "description": "A ZooKeeper server of a quorum has no myid file at <dataDir>/myid (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/observers-without-quorum": { "description": "The server list has observers but fewer than two participants (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/quorum-port-equals-election-port": { "description": "A server.N line uses the same port for quorum and leader election traffic (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/required-key": { "description": "zoo.cfg lacks a key ZooKeeper needs: dataDir, clientPort, a non-zero tickTime, or initLimit/syncLimit for an ensemble (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-id-range": { "description": "A server.N id is outside the documented range 1 to 255 (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-id": { "description": "The N of a server.N key is not a number (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-list-drift": { "description": "The zoo.cfg copies of the ZooKeeper hosts do not list the same servers (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-syntax": { "description": "A server.N value does not have the form the ZooKeeper release accepts (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/session-timeout-range": { "description": "minSessionTimeout is larger than maxSessionTimeout, counting their defaults (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/snap-retain-count-low": { "description": "autopurge.snapRetainCount is below 3, which ZooKeeper replaces with 3 (default: info)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/unknown-key": { "description": "A zoo.cfg key is not a ZooKeeper key but a case variant or near misspelling of one (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/unresolved-placeholder": { "description": "A zoo.cfg value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that ZooKeeper never expands (default: error)", "enum": ["error", "warning", "info", "off"] } } };
var func2 = Object.prototype.hasOwnProperty;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema7.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["cluster/competing-copies"] !== void 0) {
      let data0 = data["cluster/competing-copies"];
      if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "off")) {
        const err1 = { instancePath: instancePath + "/cluster~1competing-copies", schemaPath: "#/properties/cluster~1competing-copies/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/competing-copies"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["cluster/config-drift"] !== void 0) {
      let data1 = data["cluster/config-drift"];
      if (!(data1 === "error" || data1 === "warning" || data1 === "info" || data1 === "off")) {
        const err2 = { instancePath: instancePath + "/cluster~1config-drift", schemaPath: "#/properties/cluster~1config-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/config-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["cluster/duplicate-worker"] !== void 0) {
      let data2 = data["cluster/duplicate-worker"];
      if (!(data2 === "error" || data2 === "warning" || data2 === "info" || data2 === "off")) {
        const err3 = { instancePath: instancePath + "/cluster~1duplicate-worker", schemaPath: "#/properties/cluster~1duplicate-worker/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/duplicate-worker"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["cluster/hdfs-uri-pinned"] !== void 0) {
      let data3 = data["cluster/hdfs-uri-pinned"];
      if (!(data3 === "error" || data3 === "warning" || data3 === "info" || data3 === "off")) {
        const err4 = { instancePath: instancePath + "/cluster~1hdfs-uri-pinned", schemaPath: "#/properties/cluster~1hdfs-uri-pinned/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hdfs-uri-pinned"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["cluster/hostname-loopback"] !== void 0) {
      let data4 = data["cluster/hostname-loopback"];
      if (!(data4 === "error" || data4 === "warning" || data4 === "info" || data4 === "off")) {
        const err5 = { instancePath: instancePath + "/cluster~1hostname-loopback", schemaPath: "#/properties/cluster~1hostname-loopback/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hostname-loopback"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data["cluster/hosts-disagree"] !== void 0) {
      let data5 = data["cluster/hosts-disagree"];
      if (!(data5 === "error" || data5 === "warning" || data5 === "info" || data5 === "off")) {
        const err6 = { instancePath: instancePath + "/cluster~1hosts-disagree", schemaPath: "#/properties/cluster~1hosts-disagree/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hosts-disagree"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["cluster/hosts-missing-name"] !== void 0) {
      let data6 = data["cluster/hosts-missing-name"];
      if (!(data6 === "error" || data6 === "warning" || data6 === "info" || data6 === "off")) {
        const err7 = { instancePath: instancePath + "/cluster~1hosts-missing-name", schemaPath: "#/properties/cluster~1hosts-missing-name/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hosts-missing-name"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["cluster/namenodes-same-address"] !== void 0) {
      let data7 = data["cluster/namenodes-same-address"];
      if (!(data7 === "error" || data7 === "warning" || data7 === "info" || data7 === "off")) {
        const err8 = { instancePath: instancePath + "/cluster~1namenodes-same-address", schemaPath: "#/properties/cluster~1namenodes-same-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/namenodes-same-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["cluster/no-time-sync"] !== void 0) {
      let data8 = data["cluster/no-time-sync"];
      if (!(data8 === "error" || data8 === "warning" || data8 === "info" || data8 === "off")) {
        const err9 = { instancePath: instancePath + "/cluster~1no-time-sync", schemaPath: "#/properties/cluster~1no-time-sync/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/no-time-sync"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["cluster/port-collision"] !== void 0) {
      let data9 = data["cluster/port-collision"];
      if (!(data9 === "error" || data9 === "warning" || data9 === "info" || data9 === "off")) {
        const err10 = { instancePath: instancePath + "/cluster~1port-collision", schemaPath: "#/properties/cluster~1port-collision/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/port-collision"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["cluster/replication-exceeds-datanodes"] !== void 0) {
      let data10 = data["cluster/replication-exceeds-datanodes"];
      if (!(data10 === "error" || data10 === "warning" || data10 === "info" || data10 === "off")) {
        const err11 = { instancePath: instancePath + "/cluster~1replication-exceeds-datanodes", schemaPath: "#/properties/cluster~1replication-exceeds-datanodes/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/replication-exceeds-datanodes"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-connect-separator"] !== void 0) {
      let data11 = data["cluster/zookeeper-connect-separator"];
      if (!(data11 === "error" || data11 === "warning" || data11 === "info" || data11 === "off")) {
        const err12 = { instancePath: instancePath + "/cluster~1zookeeper-connect-separator", schemaPath: "#/properties/cluster~1zookeeper-connect-separator/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-connect-separator"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-quorum-mismatch"] !== void 0) {
      let data12 = data["cluster/zookeeper-quorum-mismatch"];
      if (!(data12 === "error" || data12 === "warning" || data12 === "info" || data12 === "off")) {
        const err13 = { instancePath: instancePath + "/cluster~1zookeeper-quorum-mismatch", schemaPath: "#/properties/cluster~1zookeeper-quorum-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-quorum-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-quorum-spaces"] !== void 0) {
      let data13 = data["cluster/zookeeper-quorum-spaces"];
      if (!(data13 === "error" || data13 === "warning" || data13 === "info" || data13 === "off")) {
        const err14 = { instancePath: instancePath + "/cluster~1zookeeper-quorum-spaces", schemaPath: "#/properties/cluster~1zookeeper-quorum-spaces/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-quorum-spaces"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-session-timeout-clamped"] !== void 0) {
      let data14 = data["cluster/zookeeper-session-timeout-clamped"];
      if (!(data14 === "error" || data14 === "warning" || data14 === "info" || data14 === "off")) {
        const err15 = { instancePath: instancePath + "/cluster~1zookeeper-session-timeout-clamped", schemaPath: "#/properties/cluster~1zookeeper-session-timeout-clamped/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-session-timeout-clamped"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-single-server"] !== void 0) {
      let data15 = data["cluster/zookeeper-single-server"];
      if (!(data15 === "error" || data15 === "warning" || data15 === "info" || data15 === "off")) {
        const err16 = { instancePath: instancePath + "/cluster~1zookeeper-single-server", schemaPath: "#/properties/cluster~1zookeeper-single-server/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-single-server"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["container/definition-invalid"] !== void 0) {
      let data16 = data["container/definition-invalid"];
      if (!(data16 === "error" || data16 === "warning" || data16 === "info" || data16 === "off")) {
        const err17 = { instancePath: instancePath + "/container~1definition-invalid", schemaPath: "#/properties/container~1definition-invalid/enum", keyword: "enum", params: { allowedValues: schema7.properties["container/definition-invalid"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["container/environment-ignored"] !== void 0) {
      let data17 = data["container/environment-ignored"];
      if (!(data17 === "error" || data17 === "warning" || data17 === "info" || data17 === "off")) {
        const err18 = { instancePath: instancePath + "/container~1environment-ignored", schemaPath: "#/properties/container~1environment-ignored/enum", keyword: "enum", params: { allowedValues: schema7.properties["container/environment-ignored"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["container/published-port"] !== void 0) {
      let data18 = data["container/published-port"];
      if (!(data18 === "error" || data18 === "warning" || data18 === "info" || data18 === "off")) {
        const err19 = { instancePath: instancePath + "/container~1published-port", schemaPath: "#/properties/container~1published-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["container/published-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data["container/unresolvable-host"] !== void 0) {
      let data19 = data["container/unresolvable-host"];
      if (!(data19 === "error" || data19 === "warning" || data19 === "info" || data19 === "off")) {
        const err20 = { instancePath: instancePath + "/container~1unresolvable-host", schemaPath: "#/properties/container~1unresolvable-host/enum", keyword: "enum", params: { allowedValues: schema7.properties["container/unresolvable-host"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data["container/value-unknown"] !== void 0) {
      let data20 = data["container/value-unknown"];
      if (!(data20 === "error" || data20 === "warning" || data20 === "info" || data20 === "off")) {
        const err21 = { instancePath: instancePath + "/container~1value-unknown", schemaPath: "#/properties/container~1value-unknown/enum", keyword: "enum", params: { allowedValues: schema7.properties["container/value-unknown"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["hadoop/deprecated-overrides-new"] !== void 0) {
      let data21 = data["hadoop/deprecated-overrides-new"];
      if (!(data21 === "error" || data21 === "warning" || data21 === "info" || data21 === "off")) {
        const err22 = { instancePath: instancePath + "/hadoop~1deprecated-overrides-new", schemaPath: "#/properties/hadoop~1deprecated-overrides-new/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/deprecated-overrides-new"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data["hadoop/deprecated-property"] !== void 0) {
      let data22 = data["hadoop/deprecated-property"];
      if (!(data22 === "error" || data22 === "warning" || data22 === "info" || data22 === "off")) {
        const err23 = { instancePath: instancePath + "/hadoop~1deprecated-property", schemaPath: "#/properties/hadoop~1deprecated-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/deprecated-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data["hadoop/duplicate-property"] !== void 0) {
      let data23 = data["hadoop/duplicate-property"];
      if (!(data23 === "error" || data23 === "warning" || data23 === "info" || data23 === "off")) {
        const err24 = { instancePath: instancePath + "/hadoop~1duplicate-property", schemaPath: "#/properties/hadoop~1duplicate-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/duplicate-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data["hadoop/invalid-boolean"] !== void 0) {
      let data24 = data["hadoop/invalid-boolean"];
      if (!(data24 === "error" || data24 === "warning" || data24 === "info" || data24 === "off")) {
        const err25 = { instancePath: instancePath + "/hadoop~1invalid-boolean", schemaPath: "#/properties/hadoop~1invalid-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/invalid-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data["hadoop/invalid-ha-boolean"] !== void 0) {
      let data25 = data["hadoop/invalid-ha-boolean"];
      if (!(data25 === "error" || data25 === "warning" || data25 === "info" || data25 === "off")) {
        const err26 = { instancePath: instancePath + "/hadoop~1invalid-ha-boolean", schemaPath: "#/properties/hadoop~1invalid-ha-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/invalid-ha-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data["hadoop/mapreduce1-daemon-property"] !== void 0) {
      let data26 = data["hadoop/mapreduce1-daemon-property"];
      if (!(data26 === "error" || data26 === "warning" || data26 === "info" || data26 === "off")) {
        const err27 = { instancePath: instancePath + "/hadoop~1mapreduce1-daemon-property", schemaPath: "#/properties/hadoop~1mapreduce1-daemon-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/mapreduce1-daemon-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["hadoop/misspelled-critical-property"] !== void 0) {
      let data27 = data["hadoop/misspelled-critical-property"];
      if (!(data27 === "error" || data27 === "warning" || data27 === "info" || data27 === "off")) {
        const err28 = { instancePath: instancePath + "/hadoop~1misspelled-critical-property", schemaPath: "#/properties/hadoop~1misspelled-critical-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/misspelled-critical-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data["hadoop/misspelled-default-value"] !== void 0) {
      let data28 = data["hadoop/misspelled-default-value"];
      if (!(data28 === "error" || data28 === "warning" || data28 === "info" || data28 === "off")) {
        const err29 = { instancePath: instancePath + "/hadoop~1misspelled-default-value", schemaPath: "#/properties/hadoop~1misspelled-default-value/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/misspelled-default-value"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data["hadoop/property-repeated-element"] !== void 0) {
      let data29 = data["hadoop/property-repeated-element"];
      if (!(data29 === "error" || data29 === "warning" || data29 === "info" || data29 === "off")) {
        const err30 = { instancePath: instancePath + "/hadoop~1property-repeated-element", schemaPath: "#/properties/hadoop~1property-repeated-element/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/property-repeated-element"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["hadoop/property-unknown-element"] !== void 0) {
      let data30 = data["hadoop/property-unknown-element"];
      if (!(data30 === "error" || data30 === "warning" || data30 === "info" || data30 === "off")) {
        const err31 = { instancePath: instancePath + "/hadoop~1property-unknown-element", schemaPath: "#/properties/hadoop~1property-unknown-element/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/property-unknown-element"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data["hadoop/unknown-property"] !== void 0) {
      let data31 = data["hadoop/unknown-property"];
      if (!(data31 === "error" || data31 === "warning" || data31 === "info" || data31 === "off")) {
        const err32 = { instancePath: instancePath + "/hadoop~1unknown-property", schemaPath: "#/properties/hadoop~1unknown-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/unknown-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data["hadoop/unresolved-placeholder"] !== void 0) {
      let data32 = data["hadoop/unresolved-placeholder"];
      if (!(data32 === "error" || data32 === "warning" || data32 === "info" || data32 === "off")) {
        const err33 = { instancePath: instancePath + "/hadoop~1unresolved-placeholder", schemaPath: "#/properties/hadoop~1unresolved-placeholder/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/unresolved-placeholder"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["hadoop/value-whitespace"] !== void 0) {
      let data33 = data["hadoop/value-whitespace"];
      if (!(data33 === "error" || data33 === "warning" || data33 === "info" || data33 === "off")) {
        const err34 = { instancePath: instancePath + "/hadoop~1value-whitespace", schemaPath: "#/properties/hadoop~1value-whitespace/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/value-whitespace"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data["hbase/not-distributed"] !== void 0) {
      let data34 = data["hbase/not-distributed"];
      if (!(data34 === "error" || data34 === "warning" || data34 === "info" || data34 === "off")) {
        const err35 = { instancePath: instancePath + "/hbase~1not-distributed", schemaPath: "#/properties/hbase~1not-distributed/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/not-distributed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data["hbase/quorum-localhost"] !== void 0) {
      let data35 = data["hbase/quorum-localhost"];
      if (!(data35 === "error" || data35 === "warning" || data35 === "info" || data35 === "off")) {
        const err36 = { instancePath: instancePath + "/hbase~1quorum-localhost", schemaPath: "#/properties/hbase~1quorum-localhost/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/quorum-localhost"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data["hbase/quorum-missing"] !== void 0) {
      let data36 = data["hbase/quorum-missing"];
      if (!(data36 === "error" || data36 === "warning" || data36 === "info" || data36 === "off")) {
        const err37 = { instancePath: instancePath + "/hbase~1quorum-missing", schemaPath: "#/properties/hbase~1quorum-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/quorum-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data["hbase/rootdir-logical-port"] !== void 0) {
      let data37 = data["hbase/rootdir-logical-port"];
      if (!(data37 === "error" || data37 === "warning" || data37 === "info" || data37 === "off")) {
        const err38 = { instancePath: instancePath + "/hbase~1rootdir-logical-port", schemaPath: "#/properties/hbase~1rootdir-logical-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/rootdir-logical-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data["hbase/rootdir-pinned"] !== void 0) {
      let data38 = data["hbase/rootdir-pinned"];
      if (!(data38 === "error" || data38 === "warning" || data38 === "info" || data38 === "off")) {
        const err39 = { instancePath: instancePath + "/hbase~1rootdir-pinned", schemaPath: "#/properties/hbase~1rootdir-pinned/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/rootdir-pinned"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["hbase/rootdir-port-ignored"] !== void 0) {
      let data39 = data["hbase/rootdir-port-ignored"];
      if (!(data39 === "error" || data39 === "warning" || data39 === "info" || data39 === "off")) {
        const err40 = { instancePath: instancePath + "/hbase~1rootdir-port-ignored", schemaPath: "#/properties/hbase~1rootdir-port-ignored/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/rootdir-port-ignored"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data["hbase/zookeeper-property-mismatch"] !== void 0) {
      let data40 = data["hbase/zookeeper-property-mismatch"];
      if (!(data40 === "error" || data40 === "warning" || data40 === "info" || data40 === "off")) {
        const err41 = { instancePath: instancePath + "/hbase~1zookeeper-property-mismatch", schemaPath: "#/properties/hbase~1zookeeper-property-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/zookeeper-property-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data["hbase/zookeeper-quorum-mismatch"] !== void 0) {
      let data41 = data["hbase/zookeeper-quorum-mismatch"];
      if (!(data41 === "error" || data41 === "warning" || data41 === "info" || data41 === "off")) {
        const err42 = { instancePath: instancePath + "/hbase~1zookeeper-quorum-mismatch", schemaPath: "#/properties/hbase~1zookeeper-quorum-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/zookeeper-quorum-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data["hdfs/address-malformed"] !== void 0) {
      let data42 = data["hdfs/address-malformed"];
      if (!(data42 === "error" || data42 === "warning" || data42 === "info" || data42 === "off")) {
        const err43 = { instancePath: instancePath + "/hdfs~1address-malformed", schemaPath: "#/properties/hdfs~1address-malformed/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/address-malformed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data["hdfs/automatic-failover-nameservice-only"] !== void 0) {
      let data43 = data["hdfs/automatic-failover-nameservice-only"];
      if (!(data43 === "error" || data43 === "warning" || data43 === "info" || data43 === "off")) {
        const err44 = { instancePath: instancePath + "/hdfs~1automatic-failover-nameservice-only", schemaPath: "#/properties/hdfs~1automatic-failover-nameservice-only/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/automatic-failover-nameservice-only"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data["hdfs/automatic-failover-without-quorum"] !== void 0) {
      let data44 = data["hdfs/automatic-failover-without-quorum"];
      if (!(data44 === "error" || data44 === "warning" || data44 === "info" || data44 === "off")) {
        const err45 = { instancePath: instancePath + "/hdfs~1automatic-failover-without-quorum", schemaPath: "#/properties/hdfs~1automatic-failover-without-quorum/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/automatic-failover-without-quorum"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-missing"] !== void 0) {
      let data45 = data["hdfs/defaultfs-missing"];
      if (!(data45 === "error" || data45 === "warning" || data45 === "info" || data45 === "off")) {
        const err46 = { instancePath: instancePath + "/hdfs~1defaultfs-missing", schemaPath: "#/properties/hdfs~1defaultfs-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-nameservice"] !== void 0) {
      let data46 = data["hdfs/defaultfs-nameservice"];
      if (!(data46 === "error" || data46 === "warning" || data46 === "info" || data46 === "off")) {
        const err47 = { instancePath: instancePath + "/hdfs~1defaultfs-nameservice", schemaPath: "#/properties/hdfs~1defaultfs-nameservice/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-nameservice"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-pinned"] !== void 0) {
      let data47 = data["hdfs/defaultfs-pinned"];
      if (!(data47 === "error" || data47 === "warning" || data47 === "info" || data47 === "off")) {
        const err48 = { instancePath: instancePath + "/hdfs~1defaultfs-pinned", schemaPath: "#/properties/hdfs~1defaultfs-pinned/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-pinned"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-port-ignored"] !== void 0) {
      let data48 = data["hdfs/defaultfs-port-ignored"];
      if (!(data48 === "error" || data48 === "warning" || data48 === "info" || data48 === "off")) {
        const err49 = { instancePath: instancePath + "/hdfs~1defaultfs-port-ignored", schemaPath: "#/properties/hdfs~1defaultfs-port-ignored/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-port-ignored"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-port"] !== void 0) {
      let data49 = data["hdfs/defaultfs-port"];
      if (!(data49 === "error" || data49 === "warning" || data49 === "info" || data49 === "off")) {
        const err50 = { instancePath: instancePath + "/hdfs~1defaultfs-port", schemaPath: "#/properties/hdfs~1defaultfs-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data["hdfs/duplicate-namenode-address"] !== void 0) {
      let data50 = data["hdfs/duplicate-namenode-address"];
      if (!(data50 === "error" || data50 === "warning" || data50 === "info" || data50 === "off")) {
        const err51 = { instancePath: instancePath + "/hdfs~1duplicate-namenode-address", schemaPath: "#/properties/hdfs~1duplicate-namenode-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/duplicate-namenode-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data["hdfs/failed-volumes-tolerated"] !== void 0) {
      let data51 = data["hdfs/failed-volumes-tolerated"];
      if (!(data51 === "error" || data51 === "warning" || data51 === "info" || data51 === "off")) {
        const err52 = { instancePath: instancePath + "/hdfs~1failed-volumes-tolerated", schemaPath: "#/properties/hdfs~1failed-volumes-tolerated/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/failed-volumes-tolerated"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data["hdfs/fencing-fallback"] !== void 0) {
      let data52 = data["hdfs/fencing-fallback"];
      if (!(data52 === "error" || data52 === "warning" || data52 === "info" || data52 === "off")) {
        const err53 = { instancePath: instancePath + "/hdfs~1fencing-fallback", schemaPath: "#/properties/hdfs~1fencing-fallback/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/fencing-fallback"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data["hdfs/fencing-methods"] !== void 0) {
      let data53 = data["hdfs/fencing-methods"];
      if (!(data53 === "error" || data53 === "warning" || data53 === "info" || data53 === "off")) {
        const err54 = { instancePath: instancePath + "/hdfs~1fencing-methods", schemaPath: "#/properties/hdfs~1fencing-methods/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/fencing-methods"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data["hdfs/ha-address-wildcard"] !== void 0) {
      let data54 = data["hdfs/ha-address-wildcard"];
      if (!(data54 === "error" || data54 === "warning" || data54 === "info" || data54 === "off")) {
        const err55 = { instancePath: instancePath + "/hdfs~1ha-address-wildcard", schemaPath: "#/properties/hdfs~1ha-address-wildcard/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/ha-address-wildcard"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data["hdfs/journal-quorum-size"] !== void 0) {
      let data55 = data["hdfs/journal-quorum-size"];
      if (!(data55 === "error" || data55 === "warning" || data55 === "info" || data55 === "off")) {
        const err56 = { instancePath: instancePath + "/hdfs~1journal-quorum-size", schemaPath: "#/properties/hdfs~1journal-quorum-size/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/journal-quorum-size"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data["hdfs/journalnode-edits-dir"] !== void 0) {
      let data56 = data["hdfs/journalnode-edits-dir"];
      if (!(data56 === "error" || data56 === "warning" || data56 === "info" || data56 === "off")) {
        const err57 = { instancePath: instancePath + "/hdfs~1journalnode-edits-dir", schemaPath: "#/properties/hdfs~1journalnode-edits-dir/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/journalnode-edits-dir"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-address-missing"] !== void 0) {
      let data57 = data["hdfs/namenode-address-missing"];
      if (!(data57 === "error" || data57 === "warning" || data57 === "info" || data57 === "off")) {
        const err58 = { instancePath: instancePath + "/hdfs~1namenode-address-missing", schemaPath: "#/properties/hdfs~1namenode-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-count-excessive"] !== void 0) {
      let data58 = data["hdfs/namenode-count-excessive"];
      if (!(data58 === "error" || data58 === "warning" || data58 === "info" || data58 === "off")) {
        const err59 = { instancePath: instancePath + "/hdfs~1namenode-count-excessive", schemaPath: "#/properties/hdfs~1namenode-count-excessive/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-count-excessive"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-count"] !== void 0) {
      let data59 = data["hdfs/namenode-count"];
      if (!(data59 === "error" || data59 === "warning" || data59 === "info" || data59 === "off")) {
        const err60 = { instancePath: instancePath + "/hdfs~1namenode-count", schemaPath: "#/properties/hdfs~1namenode-count/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-count"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-http-address-missing"] !== void 0) {
      let data60 = data["hdfs/namenode-http-address-missing"];
      if (!(data60 === "error" || data60 === "warning" || data60 === "info" || data60 === "off")) {
        const err61 = { instancePath: instancePath + "/hdfs~1namenode-http-address-missing", schemaPath: "#/properties/hdfs~1namenode-http-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-http-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-list-missing"] !== void 0) {
      let data61 = data["hdfs/namenode-list-missing"];
      if (!(data61 === "error" || data61 === "warning" || data61 === "info" || data61 === "off")) {
        const err62 = { instancePath: instancePath + "/hdfs~1namenode-list-missing", schemaPath: "#/properties/hdfs~1namenode-list-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-list-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-port-mismatch"] !== void 0) {
      let data62 = data["hdfs/namenode-port-mismatch"];
      if (!(data62 === "error" || data62 === "warning" || data62 === "info" || data62 === "off")) {
        const err63 = { instancePath: instancePath + "/hdfs~1namenode-port-mismatch", schemaPath: "#/properties/hdfs~1namenode-port-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-port-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data["hdfs/namenodes-same-host"] !== void 0) {
      let data63 = data["hdfs/namenodes-same-host"];
      if (!(data63 === "error" || data63 === "warning" || data63 === "info" || data63 === "off")) {
        const err64 = { instancePath: instancePath + "/hdfs~1namenodes-same-host", schemaPath: "#/properties/hdfs~1namenodes-same-host/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenodes-same-host"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data["hdfs/nameservice-id-invalid"] !== void 0) {
      let data64 = data["hdfs/nameservice-id-invalid"];
      if (!(data64 === "error" || data64 === "warning" || data64 === "info" || data64 === "off")) {
        const err65 = { instancePath: instancePath + "/hdfs~1nameservice-id-invalid", schemaPath: "#/properties/hdfs~1nameservice-id-invalid/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/nameservice-id-invalid"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data["hdfs/nameservice-undeclared"] !== void 0) {
      let data65 = data["hdfs/nameservice-undeclared"];
      if (!(data65 === "error" || data65 === "warning" || data65 === "info" || data65 === "off")) {
        const err66 = { instancePath: instancePath + "/hdfs~1nameservice-undeclared", schemaPath: "#/properties/hdfs~1nameservice-undeclared/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/nameservice-undeclared"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data["hdfs/nameservice-unknown-address-key"] !== void 0) {
      let data66 = data["hdfs/nameservice-unknown-address-key"];
      if (!(data66 === "error" || data66 === "warning" || data66 === "info" || data66 === "off")) {
        const err67 = { instancePath: instancePath + "/hdfs~1nameservice-unknown-address-key", schemaPath: "#/properties/hdfs~1nameservice-unknown-address-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/nameservice-unknown-address-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data["hdfs/proxy-provider-class"] !== void 0) {
      let data67 = data["hdfs/proxy-provider-class"];
      if (!(data67 === "error" || data67 === "warning" || data67 === "info" || data67 === "off")) {
        const err68 = { instancePath: instancePath + "/hdfs~1proxy-provider-class", schemaPath: "#/properties/hdfs~1proxy-provider-class/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/proxy-provider-class"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data["hdfs/proxy-provider-missing"] !== void 0) {
      let data68 = data["hdfs/proxy-provider-missing"];
      if (!(data68 === "error" || data68 === "warning" || data68 === "info" || data68 === "off")) {
        const err69 = { instancePath: instancePath + "/hdfs~1proxy-provider-missing", schemaPath: "#/properties/hdfs~1proxy-provider-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/proxy-provider-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data["hdfs/proxy-provider-orphan"] !== void 0) {
      let data69 = data["hdfs/proxy-provider-orphan"];
      if (!(data69 === "error" || data69 === "warning" || data69 === "info" || data69 === "off")) {
        const err70 = { instancePath: instancePath + "/hdfs~1proxy-provider-orphan", schemaPath: "#/properties/hdfs~1proxy-provider-orphan/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/proxy-provider-orphan"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data["hdfs/quorum-without-automatic-failover"] !== void 0) {
      let data70 = data["hdfs/quorum-without-automatic-failover"];
      if (!(data70 === "error" || data70 === "warning" || data70 === "info" || data70 === "off")) {
        const err71 = { instancePath: instancePath + "/hdfs~1quorum-without-automatic-failover", schemaPath: "#/properties/hdfs~1quorum-without-automatic-failover/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/quorum-without-automatic-failover"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data["hdfs/remote-nameservice-not-internal"] !== void 0) {
      let data71 = data["hdfs/remote-nameservice-not-internal"];
      if (!(data71 === "error" || data71 === "warning" || data71 === "info" || data71 === "off")) {
        const err72 = { instancePath: instancePath + "/hdfs~1remote-nameservice-not-internal", schemaPath: "#/properties/hdfs~1remote-nameservice-not-internal/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/remote-nameservice-not-internal"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data["hdfs/secondary-namenode-in-ha"] !== void 0) {
      let data72 = data["hdfs/secondary-namenode-in-ha"];
      if (!(data72 === "error" || data72 === "warning" || data72 === "info" || data72 === "off")) {
        const err73 = { instancePath: instancePath + "/hdfs~1secondary-namenode-in-ha", schemaPath: "#/properties/hdfs~1secondary-namenode-in-ha/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/secondary-namenode-in-ha"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data["hdfs/shared-edits-missing"] !== void 0) {
      let data73 = data["hdfs/shared-edits-missing"];
      if (!(data73 === "error" || data73 === "warning" || data73 === "info" || data73 === "off")) {
        const err74 = { instancePath: instancePath + "/hdfs~1shared-edits-missing", schemaPath: "#/properties/hdfs~1shared-edits-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/shared-edits-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data["hdfs/shared-edits-uri"] !== void 0) {
      let data74 = data["hdfs/shared-edits-uri"];
      if (!(data74 === "error" || data74 === "warning" || data74 === "info" || data74 === "off")) {
        const err75 = { instancePath: instancePath + "/hdfs~1shared-edits-uri", schemaPath: "#/properties/hdfs~1shared-edits-uri/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/shared-edits-uri"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data["hdfs/shared-edits-without-ha"] !== void 0) {
      let data75 = data["hdfs/shared-edits-without-ha"];
      if (!(data75 === "error" || data75 === "warning" || data75 === "info" || data75 === "off")) {
        const err76 = { instancePath: instancePath + "/hdfs~1shared-edits-without-ha", schemaPath: "#/properties/hdfs~1shared-edits-without-ha/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/shared-edits-without-ha"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data["hdfs/sshfence-private-key"] !== void 0) {
      let data76 = data["hdfs/sshfence-private-key"];
      if (!(data76 === "error" || data76 === "warning" || data76 === "info" || data76 === "off")) {
        const err77 = { instancePath: instancePath + "/hdfs~1sshfence-private-key", schemaPath: "#/properties/hdfs~1sshfence-private-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/sshfence-private-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data["hdfs/storage-dir-default-tmp"] !== void 0) {
      let data77 = data["hdfs/storage-dir-default-tmp"];
      if (!(data77 === "error" || data77 === "warning" || data77 === "info" || data77 === "off")) {
        const err78 = { instancePath: instancePath + "/hdfs~1storage-dir-default-tmp", schemaPath: "#/properties/hdfs~1storage-dir-default-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/storage-dir-default-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data["hdfs/storage-dir-in-tmp"] !== void 0) {
      let data78 = data["hdfs/storage-dir-in-tmp"];
      if (!(data78 === "error" || data78 === "warning" || data78 === "info" || data78 === "off")) {
        const err79 = { instancePath: instancePath + "/hdfs~1storage-dir-in-tmp", schemaPath: "#/properties/hdfs~1storage-dir-in-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/storage-dir-in-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data["kafka/broker-id-duplicate"] !== void 0) {
      let data79 = data["kafka/broker-id-duplicate"];
      if (!(data79 === "error" || data79 === "warning" || data79 === "info" || data79 === "off")) {
        const err80 = { instancePath: instancePath + "/kafka~1broker-id-duplicate", schemaPath: "#/properties/kafka~1broker-id-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/broker-id-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data["kafka/broker-in-voters"] !== void 0) {
      let data80 = data["kafka/broker-in-voters"];
      if (!(data80 === "error" || data80 === "warning" || data80 === "info" || data80 === "off")) {
        const err81 = { instancePath: instancePath + "/kafka~1broker-in-voters", schemaPath: "#/properties/kafka~1broker-in-voters/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/broker-in-voters"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data["kafka/controller-not-in-voters"] !== void 0) {
      let data81 = data["kafka/controller-not-in-voters"];
      if (!(data81 === "error" || data81 === "warning" || data81 === "info" || data81 === "off")) {
        const err82 = { instancePath: instancePath + "/kafka~1controller-not-in-voters", schemaPath: "#/properties/kafka~1controller-not-in-voters/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/controller-not-in-voters"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data["kafka/internal-topic-replication"] !== void 0) {
      let data82 = data["kafka/internal-topic-replication"];
      if (!(data82 === "error" || data82 === "warning" || data82 === "info" || data82 === "off")) {
        const err83 = { instancePath: instancePath + "/kafka~1internal-topic-replication", schemaPath: "#/properties/kafka~1internal-topic-replication/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/internal-topic-replication"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data["kafka/log-dirs-in-tmp"] !== void 0) {
      let data83 = data["kafka/log-dirs-in-tmp"];
      if (!(data83 === "error" || data83 === "warning" || data83 === "info" || data83 === "off")) {
        const err84 = { instancePath: instancePath + "/kafka~1log-dirs-in-tmp", schemaPath: "#/properties/kafka~1log-dirs-in-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/log-dirs-in-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data["kafka/min-insync-above-replication"] !== void 0) {
      let data84 = data["kafka/min-insync-above-replication"];
      if (!(data84 === "error" || data84 === "warning" || data84 === "info" || data84 === "off")) {
        const err85 = { instancePath: instancePath + "/kafka~1min-insync-above-replication", schemaPath: "#/properties/kafka~1min-insync-above-replication/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/min-insync-above-replication"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data["kafka/node-id-duplicate"] !== void 0) {
      let data85 = data["kafka/node-id-duplicate"];
      if (!(data85 === "error" || data85 === "warning" || data85 === "info" || data85 === "off")) {
        const err86 = { instancePath: instancePath + "/kafka~1node-id-duplicate", schemaPath: "#/properties/kafka~1node-id-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/node-id-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data["kafka/quorum-voter-id-duplicate"] !== void 0) {
      let data86 = data["kafka/quorum-voter-id-duplicate"];
      if (!(data86 === "error" || data86 === "warning" || data86 === "info" || data86 === "off")) {
        const err87 = { instancePath: instancePath + "/kafka~1quorum-voter-id-duplicate", schemaPath: "#/properties/kafka~1quorum-voter-id-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/quorum-voter-id-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data["kafka/quorum-voters-differ"] !== void 0) {
      let data87 = data["kafka/quorum-voters-differ"];
      if (!(data87 === "error" || data87 === "warning" || data87 === "info" || data87 === "off")) {
        const err88 = { instancePath: instancePath + "/kafka~1quorum-voters-differ", schemaPath: "#/properties/kafka~1quorum-voters-differ/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/quorum-voters-differ"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data["kafka/quorum-voters-syntax"] !== void 0) {
      let data88 = data["kafka/quorum-voters-syntax"];
      if (!(data88 === "error" || data88 === "warning" || data88 === "info" || data88 === "off")) {
        const err89 = { instancePath: instancePath + "/kafka~1quorum-voters-syntax", schemaPath: "#/properties/kafka~1quorum-voters-syntax/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/quorum-voters-syntax"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data["kafka/unresolved-placeholder"] !== void 0) {
      let data89 = data["kafka/unresolved-placeholder"];
      if (!(data89 === "error" || data89 === "warning" || data89 === "info" || data89 === "off")) {
        const err90 = { instancePath: instancePath + "/kafka~1unresolved-placeholder", schemaPath: "#/properties/kafka~1unresolved-placeholder/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/unresolved-placeholder"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data["kafka/voter-port-mismatch"] !== void 0) {
      let data90 = data["kafka/voter-port-mismatch"];
      if (!(data90 === "error" || data90 === "warning" || data90 === "info" || data90 === "off")) {
        const err91 = { instancePath: instancePath + "/kafka~1voter-port-mismatch", schemaPath: "#/properties/kafka~1voter-port-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/voter-port-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data["kafka/voter-without-controller"] !== void 0) {
      let data91 = data["kafka/voter-without-controller"];
      if (!(data91 === "error" || data91 === "warning" || data91 === "info" || data91 === "off")) {
        const err92 = { instancePath: instancePath + "/kafka~1voter-without-controller", schemaPath: "#/properties/kafka~1voter-without-controller/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/voter-without-controller"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data["kafka/zookeeper-chroot-differs"] !== void 0) {
      let data92 = data["kafka/zookeeper-chroot-differs"];
      if (!(data92 === "error" || data92 === "warning" || data92 === "info" || data92 === "off")) {
        const err93 = { instancePath: instancePath + "/kafka~1zookeeper-chroot-differs", schemaPath: "#/properties/kafka~1zookeeper-chroot-differs/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/zookeeper-chroot-differs"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data["kafka/zookeeper-chroot"] !== void 0) {
      let data93 = data["kafka/zookeeper-chroot"];
      if (!(data93 === "error" || data93 === "warning" || data93 === "info" || data93 === "off")) {
        const err94 = { instancePath: instancePath + "/kafka~1zookeeper-chroot", schemaPath: "#/properties/kafka~1zookeeper-chroot/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/zookeeper-chroot"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data["kafka/zookeeper-connect-mismatch"] !== void 0) {
      let data94 = data["kafka/zookeeper-connect-mismatch"];
      if (!(data94 === "error" || data94 === "warning" || data94 === "info" || data94 === "off")) {
        const err95 = { instancePath: instancePath + "/kafka~1zookeeper-connect-mismatch", schemaPath: "#/properties/kafka~1zookeeper-connect-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/zookeeper-connect-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data["ntp/no-source"] !== void 0) {
      let data95 = data["ntp/no-source"];
      if (!(data95 === "error" || data95 === "warning" || data95 === "info" || data95 === "off")) {
        const err96 = { instancePath: instancePath + "/ntp~1no-source", schemaPath: "#/properties/ntp~1no-source/enum", keyword: "enum", params: { allowedValues: schema7.properties["ntp/no-source"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data["ntp/source-drift"] !== void 0) {
      let data96 = data["ntp/source-drift"];
      if (!(data96 === "error" || data96 === "warning" || data96 === "info" || data96 === "off")) {
        const err97 = { instancePath: instancePath + "/ntp~1source-drift", schemaPath: "#/properties/ntp~1source-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["ntp/source-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data["syntax/binary-file"] !== void 0) {
      let data97 = data["syntax/binary-file"];
      if (!(data97 === "error" || data97 === "warning" || data97 === "info" || data97 === "off")) {
        const err98 = { instancePath: instancePath + "/syntax~1binary-file", schemaPath: "#/properties/syntax~1binary-file/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/binary-file"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data["syntax/file-too-large"] !== void 0) {
      let data98 = data["syntax/file-too-large"];
      if (!(data98 === "error" || data98 === "warning" || data98 === "info" || data98 === "off")) {
        const err99 = { instancePath: instancePath + "/syntax~1file-too-large", schemaPath: "#/properties/syntax~1file-too-large/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/file-too-large"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data["syntax/unused-suppression"] !== void 0) {
      let data99 = data["syntax/unused-suppression"];
      if (!(data99 === "error" || data99 === "warning" || data99 === "info" || data99 === "off")) {
        const err100 = { instancePath: instancePath + "/syntax~1unused-suppression", schemaPath: "#/properties/syntax~1unused-suppression/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/unused-suppression"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data["syntax/xinclude-not-followed"] !== void 0) {
      let data100 = data["syntax/xinclude-not-followed"];
      if (!(data100 === "error" || data100 === "warning" || data100 === "info" || data100 === "off")) {
        const err101 = { instancePath: instancePath + "/syntax~1xinclude-not-followed", schemaPath: "#/properties/syntax~1xinclude-not-followed/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xinclude-not-followed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data["syntax/xinclude-unresolved"] !== void 0) {
      let data101 = data["syntax/xinclude-unresolved"];
      if (!(data101 === "error" || data101 === "warning" || data101 === "info" || data101 === "off")) {
        const err102 = { instancePath: instancePath + "/syntax~1xinclude-unresolved", schemaPath: "#/properties/syntax~1xinclude-unresolved/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xinclude-unresolved"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data["syntax/xml-element-depth"] !== void 0) {
      let data102 = data["syntax/xml-element-depth"];
      if (!(data102 === "error" || data102 === "warning" || data102 === "info" || data102 === "off")) {
        const err103 = { instancePath: instancePath + "/syntax~1xml-element-depth", schemaPath: "#/properties/syntax~1xml-element-depth/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-element-depth"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data["syntax/xml-entity-expansion"] !== void 0) {
      let data103 = data["syntax/xml-entity-expansion"];
      if (!(data103 === "error" || data103 === "warning" || data103 === "info" || data103 === "off")) {
        const err104 = { instancePath: instancePath + "/syntax~1xml-entity-expansion", schemaPath: "#/properties/syntax~1xml-entity-expansion/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-entity-expansion"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data["syntax/xml-external-entity"] !== void 0) {
      let data104 = data["syntax/xml-external-entity"];
      if (!(data104 === "error" || data104 === "warning" || data104 === "info" || data104 === "off")) {
        const err105 = { instancePath: instancePath + "/syntax~1xml-external-entity", schemaPath: "#/properties/syntax~1xml-external-entity/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-external-entity"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data["syntax/xml-malformed"] !== void 0) {
      let data105 = data["syntax/xml-malformed"];
      if (!(data105 === "error" || data105 === "warning" || data105 === "info" || data105 === "off")) {
        const err106 = { instancePath: instancePath + "/syntax~1xml-malformed", schemaPath: "#/properties/syntax~1xml-malformed/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-malformed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data["yarn/aux-services-shuffle"] !== void 0) {
      let data106 = data["yarn/aux-services-shuffle"];
      if (!(data106 === "error" || data106 === "warning" || data106 === "info" || data106 === "off")) {
        const err107 = { instancePath: instancePath + "/yarn~1aux-services-shuffle", schemaPath: "#/properties/yarn~1aux-services-shuffle/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/aux-services-shuffle"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
    if (data["yarn/jobhistory-address"] !== void 0) {
      let data107 = data["yarn/jobhistory-address"];
      if (!(data107 === "error" || data107 === "warning" || data107 === "info" || data107 === "off")) {
        const err108 = { instancePath: instancePath + "/yarn~1jobhistory-address", schemaPath: "#/properties/yarn~1jobhistory-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/jobhistory-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data["yarn/mapred-contradicts-yarn"] !== void 0) {
      let data108 = data["yarn/mapred-contradicts-yarn"];
      if (!(data108 === "error" || data108 === "warning" || data108 === "info" || data108 === "off")) {
        const err109 = { instancePath: instancePath + "/yarn~1mapred-contradicts-yarn", schemaPath: "#/properties/yarn~1mapred-contradicts-yarn/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/mapred-contradicts-yarn"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data["yarn/mapreduce-framework-name"] !== void 0) {
      let data109 = data["yarn/mapreduce-framework-name"];
      if (!(data109 === "error" || data109 === "warning" || data109 === "info" || data109 === "off")) {
        const err110 = { instancePath: instancePath + "/yarn~1mapreduce-framework-name", schemaPath: "#/properties/yarn~1mapreduce-framework-name/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/mapreduce-framework-name"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data["yarn/nm-recovery-ephemeral-port"] !== void 0) {
      let data110 = data["yarn/nm-recovery-ephemeral-port"];
      if (!(data110 === "error" || data110 === "warning" || data110 === "info" || data110 === "off")) {
        const err111 = { instancePath: instancePath + "/yarn~1nm-recovery-ephemeral-port", schemaPath: "#/properties/yarn~1nm-recovery-ephemeral-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/nm-recovery-ephemeral-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data["yarn/nodemanager-address-pinned"] !== void 0) {
      let data111 = data["yarn/nodemanager-address-pinned"];
      if (!(data111 === "error" || data111 === "warning" || data111 === "info" || data111 === "off")) {
        const err112 = { instancePath: instancePath + "/yarn~1nodemanager-address-pinned", schemaPath: "#/properties/yarn~1nodemanager-address-pinned/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/nodemanager-address-pinned"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data["yarn/rm-address-drift"] !== void 0) {
      let data112 = data["yarn/rm-address-drift"];
      if (!(data112 === "error" || data112 === "warning" || data112 === "info" || data112 === "off")) {
        const err113 = { instancePath: instancePath + "/yarn~1rm-address-drift", schemaPath: "#/properties/yarn~1rm-address-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-address-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data["yarn/rm-address-missing"] !== void 0) {
      let data113 = data["yarn/rm-address-missing"];
      if (!(data113 === "error" || data113 === "warning" || data113 === "info" || data113 === "off")) {
        const err114 = { instancePath: instancePath + "/yarn~1rm-address-missing", schemaPath: "#/properties/yarn~1rm-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data["yarn/rm-address-wildcard"] !== void 0) {
      let data114 = data["yarn/rm-address-wildcard"];
      if (!(data114 === "error" || data114 === "warning" || data114 === "info" || data114 === "off")) {
        const err115 = { instancePath: instancePath + "/yarn~1rm-address-wildcard", schemaPath: "#/properties/yarn~1rm-address-wildcard/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-address-wildcard"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data["yarn/rm-cluster-id-missing"] !== void 0) {
      let data115 = data["yarn/rm-cluster-id-missing"];
      if (!(data115 === "error" || data115 === "warning" || data115 === "info" || data115 === "off")) {
        const err116 = { instancePath: instancePath + "/yarn~1rm-cluster-id-missing", schemaPath: "#/properties/yarn~1rm-cluster-id-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-cluster-id-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data["yarn/rm-ha-id-hardcoded"] !== void 0) {
      let data116 = data["yarn/rm-ha-id-hardcoded"];
      if (!(data116 === "error" || data116 === "warning" || data116 === "info" || data116 === "off")) {
        const err117 = { instancePath: instancePath + "/yarn~1rm-ha-id-hardcoded", schemaPath: "#/properties/yarn~1rm-ha-id-hardcoded/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-ha-id-hardcoded"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data["yarn/rm-ha-ids"] !== void 0) {
      let data117 = data["yarn/rm-ha-ids"];
      if (!(data117 === "error" || data117 === "warning" || data117 === "info" || data117 === "off")) {
        const err118 = { instancePath: instancePath + "/yarn~1rm-ha-ids", schemaPath: "#/properties/yarn~1rm-ha-ids/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-ha-ids"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data["yarn/rm-ha-without-recovery"] !== void 0) {
      let data118 = data["yarn/rm-ha-without-recovery"];
      if (!(data118 === "error" || data118 === "warning" || data118 === "info" || data118 === "off")) {
        const err119 = { instancePath: instancePath + "/yarn~1rm-ha-without-recovery", schemaPath: "#/properties/yarn~1rm-ha-without-recovery/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-ha-without-recovery"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
    if (data["yarn/rm-port-mismatch"] !== void 0) {
      let data119 = data["yarn/rm-port-mismatch"];
      if (!(data119 === "error" || data119 === "warning" || data119 === "info" || data119 === "off")) {
        const err120 = { instancePath: instancePath + "/yarn~1rm-port-mismatch", schemaPath: "#/properties/yarn~1rm-port-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-port-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
    }
    if (data["yarn/rm-state-store-unfenced"] !== void 0) {
      let data120 = data["yarn/rm-state-store-unfenced"];
      if (!(data120 === "error" || data120 === "warning" || data120 === "info" || data120 === "off")) {
        const err121 = { instancePath: instancePath + "/yarn~1rm-state-store-unfenced", schemaPath: "#/properties/yarn~1rm-state-store-unfenced/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-state-store-unfenced"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
    if (data["yarn/rm-zk-address-mismatch"] !== void 0) {
      let data121 = data["yarn/rm-zk-address-mismatch"];
      if (!(data121 === "error" || data121 === "warning" || data121 === "info" || data121 === "off")) {
        const err122 = { instancePath: instancePath + "/yarn~1rm-zk-address-mismatch", schemaPath: "#/properties/yarn~1rm-zk-address-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-zk-address-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data["yarn/rm-zk-address-missing"] !== void 0) {
      let data122 = data["yarn/rm-zk-address-missing"];
      if (!(data122 === "error" || data122 === "warning" || data122 === "info" || data122 === "off")) {
        const err123 = { instancePath: instancePath + "/yarn~1rm-zk-address-missing", schemaPath: "#/properties/yarn~1rm-zk-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-zk-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data["yarn/rm-zk-store-unused"] !== void 0) {
      let data123 = data["yarn/rm-zk-store-unused"];
      if (!(data123 === "error" || data123 === "warning" || data123 === "info" || data123 === "off")) {
        const err124 = { instancePath: instancePath + "/yarn~1rm-zk-store-unused", schemaPath: "#/properties/yarn~1rm-zk-store-unused/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-zk-store-unused"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data["zookeeper/autopurge-disabled"] !== void 0) {
      let data124 = data["zookeeper/autopurge-disabled"];
      if (!(data124 === "error" || data124 === "warning" || data124 === "info" || data124 === "off")) {
        const err125 = { instancePath: instancePath + "/zookeeper~1autopurge-disabled", schemaPath: "#/properties/zookeeper~1autopurge-disabled/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/autopurge-disabled"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data["zookeeper/client-port-clash"] !== void 0) {
      let data125 = data["zookeeper/client-port-clash"];
      if (!(data125 === "error" || data125 === "warning" || data125 === "info" || data125 === "off")) {
        const err126 = { instancePath: instancePath + "/zookeeper~1client-port-clash", schemaPath: "#/properties/zookeeper~1client-port-clash/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/client-port-clash"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data["zookeeper/datadir-in-tmp"] !== void 0) {
      let data126 = data["zookeeper/datadir-in-tmp"];
      if (!(data126 === "error" || data126 === "warning" || data126 === "info" || data126 === "off")) {
        const err127 = { instancePath: instancePath + "/zookeeper~1datadir-in-tmp", schemaPath: "#/properties/zookeeper~1datadir-in-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/datadir-in-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
    }
    if (data["zookeeper/duplicate-key"] !== void 0) {
      let data127 = data["zookeeper/duplicate-key"];
      if (!(data127 === "error" || data127 === "warning" || data127 === "info" || data127 === "off")) {
        const err128 = { instancePath: instancePath + "/zookeeper~1duplicate-key", schemaPath: "#/properties/zookeeper~1duplicate-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/duplicate-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (data["zookeeper/duplicate-server-address"] !== void 0) {
      let data128 = data["zookeeper/duplicate-server-address"];
      if (!(data128 === "error" || data128 === "warning" || data128 === "info" || data128 === "off")) {
        const err129 = { instancePath: instancePath + "/zookeeper~1duplicate-server-address", schemaPath: "#/properties/zookeeper~1duplicate-server-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/duplicate-server-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
    if (data["zookeeper/duplicate-server-id"] !== void 0) {
      let data129 = data["zookeeper/duplicate-server-id"];
      if (!(data129 === "error" || data129 === "warning" || data129 === "info" || data129 === "off")) {
        const err130 = { instancePath: instancePath + "/zookeeper~1duplicate-server-id", schemaPath: "#/properties/zookeeper~1duplicate-server-id/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/duplicate-server-id"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
    if (data["zookeeper/election-algorithm"] !== void 0) {
      let data130 = data["zookeeper/election-algorithm"];
      if (!(data130 === "error" || data130 === "warning" || data130 === "info" || data130 === "off")) {
        const err131 = { instancePath: instancePath + "/zookeeper~1election-algorithm", schemaPath: "#/properties/zookeeper~1election-algorithm/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/election-algorithm"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
    if (data["zookeeper/ensemble-size"] !== void 0) {
      let data131 = data["zookeeper/ensemble-size"];
      if (!(data131 === "error" || data131 === "warning" || data131 === "info" || data131 === "off")) {
        const err132 = { instancePath: instancePath + "/zookeeper~1ensemble-size", schemaPath: "#/properties/zookeeper~1ensemble-size/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/ensemble-size"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
    }
    if (data["zookeeper/four-letter-word-unknown"] !== void 0) {
      let data132 = data["zookeeper/four-letter-word-unknown"];
      if (!(data132 === "error" || data132 === "warning" || data132 === "info" || data132 === "off")) {
        const err133 = { instancePath: instancePath + "/zookeeper~1four-letter-word-unknown", schemaPath: "#/properties/zookeeper~1four-letter-word-unknown/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/four-letter-word-unknown"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
    if (data["zookeeper/four-letter-words"] !== void 0) {
      let data133 = data["zookeeper/four-letter-words"];
      if (!(data133 === "error" || data133 === "warning" || data133 === "info" || data133 === "off")) {
        const err134 = { instancePath: instancePath + "/zookeeper~1four-letter-words", schemaPath: "#/properties/zookeeper~1four-letter-words/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/four-letter-words"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data["zookeeper/invalid-boolean"] !== void 0) {
      let data134 = data["zookeeper/invalid-boolean"];
      if (!(data134 === "error" || data134 === "warning" || data134 === "info" || data134 === "off")) {
        const err135 = { instancePath: instancePath + "/zookeeper~1invalid-boolean", schemaPath: "#/properties/zookeeper~1invalid-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/invalid-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
    }
    if (data["zookeeper/invalid-number"] !== void 0) {
      let data135 = data["zookeeper/invalid-number"];
      if (!(data135 === "error" || data135 === "warning" || data135 === "info" || data135 === "off")) {
        const err136 = { instancePath: instancePath + "/zookeeper~1invalid-number", schemaPath: "#/properties/zookeeper~1invalid-number/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/invalid-number"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data["zookeeper/lenient-boolean"] !== void 0) {
      let data136 = data["zookeeper/lenient-boolean"];
      if (!(data136 === "error" || data136 === "warning" || data136 === "info" || data136 === "off")) {
        const err137 = { instancePath: instancePath + "/zookeeper~1lenient-boolean", schemaPath: "#/properties/zookeeper~1lenient-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/lenient-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
    }
    if (data["zookeeper/malformed-escape"] !== void 0) {
      let data137 = data["zookeeper/malformed-escape"];
      if (!(data137 === "error" || data137 === "warning" || data137 === "info" || data137 === "off")) {
        const err138 = { instancePath: instancePath + "/zookeeper~1malformed-escape", schemaPath: "#/properties/zookeeper~1malformed-escape/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/malformed-escape"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-duplicate"] !== void 0) {
      let data138 = data["zookeeper/myid-duplicate"];
      if (!(data138 === "error" || data138 === "warning" || data138 === "info" || data138 === "off")) {
        const err139 = { instancePath: instancePath + "/zookeeper~1myid-duplicate", schemaPath: "#/properties/zookeeper~1myid-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err139];
        } else {
          vErrors.push(err139);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-invalid"] !== void 0) {
      let data139 = data["zookeeper/myid-invalid"];
      if (!(data139 === "error" || data139 === "warning" || data139 === "info" || data139 === "off")) {
        const err140 = { instancePath: instancePath + "/zookeeper~1myid-invalid", schemaPath: "#/properties/zookeeper~1myid-invalid/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-invalid"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-mismatch"] !== void 0) {
      let data140 = data["zookeeper/myid-mismatch"];
      if (!(data140 === "error" || data140 === "warning" || data140 === "info" || data140 === "off")) {
        const err141 = { instancePath: instancePath + "/zookeeper~1myid-mismatch", schemaPath: "#/properties/zookeeper~1myid-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-misplaced"] !== void 0) {
      let data141 = data["zookeeper/myid-misplaced"];
      if (!(data141 === "error" || data141 === "warning" || data141 === "info" || data141 === "off")) {
        const err142 = { instancePath: instancePath + "/zookeeper~1myid-misplaced", schemaPath: "#/properties/zookeeper~1myid-misplaced/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-misplaced"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-missing"] !== void 0) {
      let data142 = data["zookeeper/myid-missing"];
      if (!(data142 === "error" || data142 === "warning" || data142 === "info" || data142 === "off")) {
        const err143 = { instancePath: instancePath + "/zookeeper~1myid-missing", schemaPath: "#/properties/zookeeper~1myid-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (data["zookeeper/observers-without-quorum"] !== void 0) {
      let data143 = data["zookeeper/observers-without-quorum"];
      if (!(data143 === "error" || data143 === "warning" || data143 === "info" || data143 === "off")) {
        const err144 = { instancePath: instancePath + "/zookeeper~1observers-without-quorum", schemaPath: "#/properties/zookeeper~1observers-without-quorum/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/observers-without-quorum"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
    if (data["zookeeper/quorum-port-equals-election-port"] !== void 0) {
      let data144 = data["zookeeper/quorum-port-equals-election-port"];
      if (!(data144 === "error" || data144 === "warning" || data144 === "info" || data144 === "off")) {
        const err145 = { instancePath: instancePath + "/zookeeper~1quorum-port-equals-election-port", schemaPath: "#/properties/zookeeper~1quorum-port-equals-election-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/quorum-port-equals-election-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data["zookeeper/required-key"] !== void 0) {
      let data145 = data["zookeeper/required-key"];
      if (!(data145 === "error" || data145 === "warning" || data145 === "info" || data145 === "off")) {
        const err146 = { instancePath: instancePath + "/zookeeper~1required-key", schemaPath: "#/properties/zookeeper~1required-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/required-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-id-range"] !== void 0) {
      let data146 = data["zookeeper/server-id-range"];
      if (!(data146 === "error" || data146 === "warning" || data146 === "info" || data146 === "off")) {
        const err147 = { instancePath: instancePath + "/zookeeper~1server-id-range", schemaPath: "#/properties/zookeeper~1server-id-range/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-id-range"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-id"] !== void 0) {
      let data147 = data["zookeeper/server-id"];
      if (!(data147 === "error" || data147 === "warning" || data147 === "info" || data147 === "off")) {
        const err148 = { instancePath: instancePath + "/zookeeper~1server-id", schemaPath: "#/properties/zookeeper~1server-id/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-id"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err148];
        } else {
          vErrors.push(err148);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-list-drift"] !== void 0) {
      let data148 = data["zookeeper/server-list-drift"];
      if (!(data148 === "error" || data148 === "warning" || data148 === "info" || data148 === "off")) {
        const err149 = { instancePath: instancePath + "/zookeeper~1server-list-drift", schemaPath: "#/properties/zookeeper~1server-list-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-list-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-syntax"] !== void 0) {
      let data149 = data["zookeeper/server-syntax"];
      if (!(data149 === "error" || data149 === "warning" || data149 === "info" || data149 === "off")) {
        const err150 = { instancePath: instancePath + "/zookeeper~1server-syntax", schemaPath: "#/properties/zookeeper~1server-syntax/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-syntax"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
    }
    if (data["zookeeper/session-timeout-range"] !== void 0) {
      let data150 = data["zookeeper/session-timeout-range"];
      if (!(data150 === "error" || data150 === "warning" || data150 === "info" || data150 === "off")) {
        const err151 = { instancePath: instancePath + "/zookeeper~1session-timeout-range", schemaPath: "#/properties/zookeeper~1session-timeout-range/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/session-timeout-range"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
    if (data["zookeeper/snap-retain-count-low"] !== void 0) {
      let data151 = data["zookeeper/snap-retain-count-low"];
      if (!(data151 === "error" || data151 === "warning" || data151 === "info" || data151 === "off")) {
        const err152 = { instancePath: instancePath + "/zookeeper~1snap-retain-count-low", schemaPath: "#/properties/zookeeper~1snap-retain-count-low/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/snap-retain-count-low"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data["zookeeper/unknown-key"] !== void 0) {
      let data152 = data["zookeeper/unknown-key"];
      if (!(data152 === "error" || data152 === "warning" || data152 === "info" || data152 === "off")) {
        const err153 = { instancePath: instancePath + "/zookeeper~1unknown-key", schemaPath: "#/properties/zookeeper~1unknown-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/unknown-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data["zookeeper/unresolved-placeholder"] !== void 0) {
      let data153 = data["zookeeper/unresolved-placeholder"];
      if (!(data153 === "error" || data153 === "warning" || data153 === "info" || data153 === "off")) {
        const err154 = { instancePath: instancePath + "/zookeeper~1unresolved-placeholder", schemaPath: "#/properties/zookeeper~1unresolved-placeholder/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/unresolved-placeholder"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
  } else {
    const err155 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err155];
    } else {
      vErrors.push(err155);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^[^\\s/]+$", "u");
var pattern1 = new RegExp("^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$", "u");
var pattern2 = new RegExp("^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$", "u");
var pattern3 = new RegExp("^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$", "u");
var func3 = runtime0.default;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "rules" || key0 === "hosts" || key0 === "versions" || key0 === "ignore" || key0 === "maxFileSize" || key0 === "overrides")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate22(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.hosts !== void 0) {
      let data2 = data.hosts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err2 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs7 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 === "string") {
            if (!pattern1.test(data3)) {
              const err4 = { instancePath: instancePath + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/hosts/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$" }, message: 'must match pattern "^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/hosts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.versions !== void 0) {
      let data4 = data.versions;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key3 in data4) {
          if (!(key3 === "hadoop" || key3 === "zookeeper")) {
            const err7 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.hadoop !== void 0) {
          let data5 = data4.hadoop;
          if (typeof data5 === "string") {
            if (!pattern2.test(data5)) {
              const err8 = { instancePath: instancePath + "/versions/hadoop", schemaPath: "#/properties/versions/properties/hadoop/pattern", keyword: "pattern", params: { pattern: "^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" }, message: 'must match pattern "^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/versions/hadoop", schemaPath: "#/properties/versions/properties/hadoop/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.zookeeper !== void 0) {
          let data6 = data4.zookeeper;
          if (typeof data6 === "string") {
            if (!pattern3.test(data6)) {
              const err10 = { instancePath: instancePath + "/versions/zookeeper", schemaPath: "#/properties/versions/properties/zookeeper/pattern", keyword: "pattern", params: { pattern: "^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" }, message: 'must match pattern "^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/versions/zookeeper", schemaPath: "#/properties/versions/properties/zookeeper/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data7 = data.ignore;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err13 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data9 = data.maxFileSize;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err16 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 1073741824 || isNaN(data9)) {
          const err17 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9 < 1 || isNaN(data9)) {
          const err18 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.overrides !== void 0) {
      let data10 = data.overrides;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.hosts === void 0) {
              const err19 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data11.rules === void 0) {
              const err20 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key4 in data11) {
              if (!(key4 === "hosts" || key4 === "rules")) {
                const err21 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.hosts !== void 0) {
              let data12 = data11.hosts;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err22 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts", schemaPath: "#/properties/overrides/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (!pattern0.test(data13)) {
                      const err23 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts/" + i2, schemaPath: "#/properties/overrides/items/properties/hosts/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+$"' };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts/" + i2, schemaPath: "#/properties/overrides/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts", schemaPath: "#/properties/overrides/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.rules !== void 0) {
              if (!validate22(data11.rules, { instancePath: instancePath + "/overrides/" + i1 + "/rules", parentData: data11, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/config/validate.ts
var validateSchema = validate_config_generated_default;
function segments(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describePath(parts) {
  let out = "";
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === "" ? p : `.${p}`;
    else out += `[${quote(p)}]`;
  }
  return out;
}
function schemaAt(root, parts) {
  const deref = (n) => {
    if (!n.$ref) return n;
    let target = root;
    for (const s of n.$ref.replace(/^#\//, "").split("/")) target = target[s];
    return target;
  };
  let node = deref(root);
  for (const p of parts) {
    if (!node) return void 0;
    const next = node.properties?.[p] ?? node.items ?? node.additionalProperties;
    node = typeof next === "object" ? deref(next) : void 0;
  }
  return node;
}
function didYouMean(word, candidates) {
  if (candidates.length === 0) return "";
  const best = (0, import_fastest_levenshtein.closest)(word, [...candidates]);
  const near = (0, import_fastest_levenshtein.distance)(word.toLowerCase(), best.toLowerCase()) <= Math.max(3, Math.ceil(word.length / 3));
  return near ? `; did you mean ${quote(best)}?` : "";
}
function valueAt(data, parts) {
  let v = data;
  for (const p of parts) v = v?.[p];
  return v;
}
function describeError(e, data, schema) {
  const parts = segments(e.instancePath);
  const where = describePath(parts);
  const at = where === "" ? "" : `${where}: `;
  const node = schemaAt(schema, parts);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params["additionalProperty"]);
      const inRules = parts[parts.length - 1] === "rules";
      const what = inRules ? "unknown rule id" : "unknown key";
      return { path: [...parts, key], onKey: true, message: `${at}${what} ${quote(key)}${didYouMean(key, Object.keys(node?.properties ?? {}))}` };
    }
    case "enum": {
      const allowed = e.params["allowedValues"].map(String);
      const value = valueAt(data, parts);
      const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
      return { path: parts, onKey: false, message: `${at}must be one of ${allowed.map((a) => quote(a)).join(", ")}${hint}` };
    }
    case "pattern": {
      const name = e.propertyName;
      if (name !== void 0) {
        const about2 = node?.["propertyNames"]?.description?.replace(/\.$/, "");
        return { path: [...parts, name], onKey: true, message: `${at}key ${quote(name)} is not valid${about2 ? ` (${about2})` : ""}` };
      }
      const about = node?.description?.replace(/\.$/, "");
      return { path: parts, onKey: false, message: `${at}not valid${about ? ` (${about})` : ""}` };
    }
    case "required":
      return { path: parts, onKey: false, message: `${at}missing key ${quote(String(e.params["missingProperty"]))}` };
    case "propertyNames":
      return void 0;
    // reported by the failing name's own error (pattern)
    default:
      return { path: parts, onKey: false, message: `${where === "" ? "the configuration" : where} ${e.message ?? "is not valid"}` };
  }
}
function configProblems(data) {
  if (validateSchema(data)) return [];
  const schema = configSchema(RULES);
  const seen = /* @__PURE__ */ new Set();
  return (validateSchema.errors ?? []).flatMap((e) => {
    const problem = describeError(e, data, schema);
    if (problem === void 0 || seen.has(problem.message)) return [];
    seen.add(problem.message);
    return [problem];
  });
}
function validateConfig(data, file) {
  const problems = configProblems(data);
  if (problems.length === 0) return data;
  throw new ConfigError(problems.map((p) => `${file}: ${p.message}`).join("\n"));
}
export {
  configProblems,
  didYouMean,
  validateConfig
};
