/**
 * The configuration file's JSON Schema, built from the rule registry so that
 * the rule ids it accepts can never go stale. scripts/generate-config.ts
 * writes it to schemas/hacheck-config.schema.json (for editors) and compiles
 * it into the standalone validator src/config/validate-config.generated.ts.
 */
import type { RuleMeta, Severity } from '../engine/rule.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../read/read-regular-file.ts';

export type RuleSetting = Severity | 'off';

/** A configuration file as the schema admits it. */
export interface HacheckConfig {
  readonly $schema?: string;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly hosts?: Readonly<Record<string, string>>;
  readonly versions?: { readonly hadoop?: string; readonly zookeeper?: string };
  readonly ignore?: readonly string[];
  readonly overrides?: readonly HostOverride[];
  readonly maxFileSize?: number;
}

/** Rule settings for findings in the files of some hosts' folders. */
export interface HostOverride {
  readonly hosts: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export const SCHEMA_ID = 'https://raw.githubusercontent.com/hacheck/hacheck/main/schemas/hacheck-config.schema.json';

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** JSON Schema draft-07: the draft editors (VS Code, JetBrains) and ajv's default class all support. */
export function configSchema(rules: readonly { readonly meta: RuleMeta }[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      // Each rule a property, not a propertyNames enum: editors then complete rule ids and show their descriptions.
      { description: `${r.meta.description} (default: ${r.meta.severity})`, enum: RULE_SETTINGS },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'hacheck configuration',
    description:
      'Configuration of hacheck, the Hadoop HA and ZooKeeper cluster configuration linter: .hacheckrc (JSON or YAML), .hacheckrc.json, .hacheckrc.yaml, .hacheckrc.yml, or the "hacheck" key of package.json. JavaScript configuration files are refused, never run.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'The JSON Schema of this file, for editors.', type: 'string' },
      rules: { $ref: '#/definitions/rules' },
      hosts: {
        description:
          'Host snapshots whose folder is not named after the host: host name -> folder, relative to the linted directory (e.g. "nn1.example.com": "snapshots/node-a"). Each folder is read as that host\'s file system, and the host is part of the cluster even when no file names it.',
        type: 'object',
        propertyNames: { description: 'A host name, without spaces or slashes.', pattern: '^[^\\s/]+$' },
        additionalProperties: {
          description: 'A folder relative to the linted directory, with forward slashes, without "." or ".." segments.',
          type: 'string',
          pattern: '^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$',
        },
      },
      versions: {
        description:
          'The Hadoop and ZooKeeper releases the cluster runs. They win over the evidence in the directory (folder names such as hadoop-2.7.7/, workers or slaves, 3.5-only keys).',
        type: 'object',
        additionalProperties: false,
        properties: {
          hadoop: { description: 'Hadoop release, e.g. "2.7.7" or "3.4".', type: 'string', pattern: '^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$' },
          zookeeper: { description: 'ZooKeeper release, e.g. "3.4.14" or "3.8".', type: 'string', pattern: '^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$' },
        },
      },
      ignore: {
        description: 'Globs of paths, relative to the linted directory, that discovery skips (e.g. "backup/**", "**/*.orig/**").',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      maxFileSize: {
        description: `Files larger than this many bytes are reported by syntax/file-too-large instead of being read (default ${DEFAULT_MAX_FILE_SIZE}, 10 MiB).`,
        type: 'integer',
        minimum: 1,
        maximum: 1073741824,
      },
      overrides: {
        description:
          'Rule settings for findings located in the files of some hosts\' folders. Later entries win over earlier ones and over "rules". Findings in shared files (outside host folders) are not affected.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['hosts', 'rules'],
          properties: {
            hosts: {
              description: 'Host names; a short name matches the first label of a fully qualified one (nn1 ~ nn1.example.com).',
              type: 'array',
              minItems: 1,
              items: { description: 'A host name, without spaces or slashes.', type: 'string', pattern: '^[^\\s/]+$' },
            },
            rules: { $ref: '#/definitions/rules' },
          },
        },
      },
    },
    definitions: {
      rules: {
        description: 'Severity per rule id: "error", "warning", "info", or "off" to disable the rule.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
      },
    },
  };
}
