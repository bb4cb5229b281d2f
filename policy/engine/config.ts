import type { CatalogOptions, DataKind } from '../catalog/catalog.js';
import type { Level } from './define-rule.js';
import { defaultEnvironmentConfig, type EnvironmentConfig, type EnvironmentSpec } from './environment.js';
import { validateConfigDocument, type SchemaError } from './validators.js';

/** `deploy-gate.yml`, after validation and defaults. */
export interface GateConfig {
  environments: EnvironmentConfig;
  rules: Record<string, Level>;
  catalog: CatalogOptions;
  exemptions: Exemption[];
  /**
   * Environments where findings about how well data is protected (no delete protection, backups that die with the
   * data) block; elsewhere, and where the environment is unknown, they warn. Default: prod.
   */
  protectedEnvironments: string[];
}

export interface Exemption {
  rule: string;
  /** Address or URN; `*` matches any run of characters. */
  resource: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); the exemption stops applying after that day, and never runs more than a year. */
  expires: string;
  /** Only in this stack (Pulumi stack, cdktf stack, or plan path when the plan names none). */
  stack?: string;
}

/** The raw document, as users write it. */
export interface ConfigDocument {
  tagKeys?: string[];
  environments?: Record<string, EnvironmentSpec>;
  rules?: Record<string, Level>;
  dataTypes?: { extra?: Array<{ type: string; kind?: DataKind }>; notData?: string[]; guessUnknown?: boolean };
  exemptions?: Exemption[];
  protectedEnvironments?: string[];
}

const environmentSpecSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
    accounts: { type: 'array', items: { type: 'string', pattern: '^[0-9]{12}$' } },
    stacks: { type: 'array', items: { type: 'string', minLength: 1 } },
    namePatterns: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
} as const;

const level = { enum: ['block', 'warn', 'off'] } as const;

/** JSON Schema of `deploy-gate.yml`; `ruleIds` makes an unknown rule id a schema error, not a silent no-op. */
export function configSchema(ruleIds: readonly string[]) {
  return {
    $id: 'https://deploy-gate.dev/schema/deploy-gate.yml.json',
    type: 'object',
    additionalProperties: false,
    properties: {
      tagKeys: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      protectedEnvironments: { type: 'array', items: { type: 'string', minLength: 1 } },
      environments: { type: 'object', additionalProperties: environmentSpecSchema },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(ruleIds.map((id) => [id, level])),
      },
      dataTypes: {
        type: 'object',
        additionalProperties: false,
        properties: {
          extra: {
            type: 'array',
            items: {
              type: 'object', additionalProperties: false, required: ['type'],
              properties: { type: { type: 'string', minLength: 1 }, kind: { type: 'string', minLength: 1 } },
            },
          },
          notData: { type: 'array', items: { type: 'string', minLength: 1 } },
          guessUnknown: { type: 'boolean' },
        },
      },
      exemptions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule', 'resource', 'reason', 'expires'],
          properties: {
            rule: { enum: [...ruleIds] },
            resource: { type: 'string', minLength: 1 },
            reason: { type: 'string', minLength: 3 },
            expires: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' },
            stack: { type: 'string', minLength: 1 },
          },
        },
      },
    },
  } as const;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ConfigError';
  }
}

/** Validates a parsed config document and fills defaults. Throws ConfigError naming every problem. */
export function resolveConfig(document: unknown, ruleIds: readonly string[]): GateConfig {
  const doc = (document ?? {}) as ConfigDocument;
  // An empty document (no --config, an empty file) is valid against the schema, which requires no top-level key:
  // skip compiling the validator for it, a cost every run without a config paid at start (about 100 ms).
  if (!isEmptyObject(doc)) {
    const problems = validateConfigDocument(doc).map(describeSchemaError);
    problems.push(...unknownRuleIds(doc, ruleIds));
    if (problems.length > 0) throw new ConfigError(problems);
  }
  for (const [name, spec] of Object.entries(doc.environments ?? {})) {
    for (const pattern of spec.namePatterns ?? []) {
      try {
        new RegExp(pattern);
      } catch {
        throw new ConfigError([`environments.${name}.namePatterns: '${pattern}' is not a valid regular expression`]);
      }
    }
  }
  const environments: Record<string, EnvironmentSpec> = { ...defaultEnvironmentConfig.environments };
  for (const [name, spec] of Object.entries(doc.environments ?? {})) {
    environments[name] = { ...environments[name], ...spec };
  }
  return {
    environments: { tagKeys: doc.tagKeys ?? defaultEnvironmentConfig.tagKeys, environments },
    rules: doc.rules ?? {},
    catalog: {
      extraDataTypes: doc.dataTypes?.extra,
      notDataTypes: doc.dataTypes?.notData,
      guessUnknownTypes: doc.dataTypes?.guessUnknown ?? true,
    },
    exemptions: doc.exemptions ?? [],
    protectedEnvironments: doc.protectedEnvironments ?? ['prod'],
  };
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype && Reflect.ownKeys(value).length === 0;
}

/**
 * The schema the gate validates a document with: `configSchema` with rule ids left open, so that it does not depend
 * on the registry and can be compiled at build time (policy/engine/validators.ts); `unknownRuleIds` then checks the
 * ids, with the messages the closed schema would give.
 */
export function openConfigSchema() {
  const schema = configSchema([]);
  const exemption = schema.properties.exemptions.items;
  return {
    ...schema,
    properties: {
      ...schema.properties,
      rules: { type: 'object', additionalProperties: level },
      exemptions: { ...schema.properties.exemptions, items: { ...exemption, properties: { ...exemption.properties, rule: { type: 'string', minLength: 1 } } } },
    },
  };
}

/** What `configSchema(ruleIds)` says beyond `openConfigSchema()`: rule ids that are not in the registry. */
function unknownRuleIds(doc: ConfigDocument, ruleIds: readonly string[]): string[] {
  const known = new Set(ruleIds);
  const problems: string[] = [];
  if (doc.rules && typeof doc.rules === 'object' && !Array.isArray(doc.rules)) {
    for (const id of Object.keys(doc.rules)) if (!known.has(id)) problems.push(`rules: unknown key '${id}'`);
  }
  if (Array.isArray(doc.exemptions)) {
    doc.exemptions.forEach((exemption, i) => {
      const rule = exemption && typeof exemption === 'object' ? (exemption as { rule?: unknown }).rule : undefined;
      if (typeof rule === 'string' && rule.length > 0 && !known.has(rule)) problems.push(`exemptions.${i}.rule: must be one of ${ruleIds.join(', ')}`);
    });
  }
  return problems;
}

function describeSchemaError(error: SchemaError): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key '${String((error.params as { additionalProperty: string }).additionalProperty)}'`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}
