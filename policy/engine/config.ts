import type { CatalogOptions, DataKind } from '../catalog/catalog.js';
import { DATA_KINDS, DEFAULT_EXTRA_KIND } from '../catalog/types.js';
import { calendarDay, isoDay, utcDay } from './dates.js';
import type { Level } from './define-rule.js';
import { defaultEnvironmentConfig, EnvironmentResolver, type EnvironmentConfig, type EnvironmentSpec } from './environment.js';
import { describeSchemaErrors, keyPath, type PathSegment } from './schema-problems.js';
import { didYouMean } from './suggest.js';
import { validateConfigDocument } from './validators.js';

/**
 * The longest an exemption may run: its `expires` at most this many days after today (UTC). A waiver is a decision
 * to revisit, not a permanent hole; a later date is a configuration error, not an exemption that quietly never applies.
 */
export const MAX_EXEMPTION_DAYS = 366;

/**
 * Every default of deploy-gate.yml, in one place: resolveConfig fills them, docs/configuration.md lists them
 * ("Defaults", checked against this by test/config.docs.test.ts).
 */
export const configDefaults = {
  tagKeys: defaultEnvironmentConfig.tagKeys,
  environments: defaultEnvironmentConfig.environments,
  protectedEnvironments: ['prod'],
  /** No override: each rule at its own default level (`deploy-gate rules`). */
  rules: {},
  dataTypes: { extra: [], extraKind: DEFAULT_EXTRA_KIND, notData: [], guessUnknown: true },
  exemptions: [],
  maxExemptionDays: MAX_EXEMPTION_DAYS,
} as const;

/**
 * The defaults as docs/configuration.md's table lists them: one row per key path, with its value.
 */
export function documentedDefaults(): Record<string, unknown> {
  return {
    tagKeys: configDefaults.tagKeys,
    environments: configDefaults.environments,
    protectedEnvironments: configDefaults.protectedEnvironments,
    rules: configDefaults.rules,
    'dataTypes.extra': configDefaults.dataTypes.extra,
    'dataTypes.extra[].kind': configDefaults.dataTypes.extraKind,
    'dataTypes.notData': configDefaults.dataTypes.notData,
    'dataTypes.guessUnknown': configDefaults.dataTypes.guessUnknown,
    exemptions: configDefaults.exemptions,
    'exemptions[].expires': `at most ${configDefaults.maxExemptionDays} days ahead`,
  };
}

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
  /** A calendar date (YYYY-MM-DD), at most MAX_EXEMPTION_DAYS ahead; the exemption stops applying after that day. */
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
              properties: { type: { type: 'string', minLength: 1 }, kind: { enum: [...DATA_KINDS] } },
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
            reason: { type: 'string', minLength: 3, pattern: '\\S' },
            // A calendar date at most MAX_EXEMPTION_DAYS ahead: checked by resolveConfig, which knows today.
            expires: { type: 'string', minLength: 1 },
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

export interface ResolveOptions {
  /** Today, for the exemption length limit; injectable so tests are not date-dependent. */
  now?: Date;
}

/**
 * Validates a parsed config document and fills defaults (configDefaults). Throws ConfigError naming every problem
 * by its key path: schema errors, unknown rule ids, impossible or too distant dates, and settings that can never
 * take effect.
 */
export function resolveConfig(document: unknown, ruleIds: readonly string[], options: ResolveOptions = {}): GateConfig {
  const doc = (document ?? {}) as ConfigDocument;
  // An empty document (no --config, an empty file) is valid and has nothing to check: the defaults.
  if (!isEmptyObject(doc)) {
    const schemaProblems = describeSchemaErrors(validateConfigDocument(doc), openConfigSchema(), doc);
    // The checks below read the document's shape; they run once it has the shape the schema describes.
    const problems = schemaProblems.length > 0 ? schemaProblems : meaningProblems(doc, ruleIds, options.now ?? new Date());
    if (problems.length > 0) throw new ConfigError(problems);
  }
  const environments = mergedEnvironments(doc);
  return {
    environments: { tagKeys: doc.tagKeys ?? [...configDefaults.tagKeys], environments },
    rules: doc.rules ?? { ...configDefaults.rules },
    catalog: {
      extraDataTypes: (doc.dataTypes?.extra ?? configDefaults.dataTypes.extra).map((e) => ({ type: e.type, kind: e.kind ?? configDefaults.dataTypes.extraKind })),
      notDataTypes: doc.dataTypes?.notData ?? [...configDefaults.dataTypes.notData],
      guessUnknownTypes: doc.dataTypes?.guessUnknown ?? configDefaults.dataTypes.guessUnknown,
    },
    exemptions: doc.exemptions ?? [...configDefaults.exemptions],
    protectedEnvironments: doc.protectedEnvironments ?? [...configDefaults.protectedEnvironments],
  };
}

function mergedEnvironments(doc: ConfigDocument): Record<string, EnvironmentSpec> {
  const environments: Record<string, EnvironmentSpec> = { ...configDefaults.environments };
  for (const [name, spec] of Object.entries(doc.environments ?? {})) environments[name] = { ...environments[name], ...spec };
  return environments;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype && Reflect.ownKeys(value).length === 0;
}

/**
 * The schema the gate validates a document with: `configSchema` with rule ids left open, so that it does not depend
 * on the registry and can be compiled at build time (policy/engine/validators.ts); `meaningProblems` then checks the
 * ids against the registry, with a suggestion of the nearest one.
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

/** What the schema cannot say: ids the registry lacks, dates, and settings that would silently do nothing. */
function meaningProblems(doc: ConfigDocument, ruleIds: readonly string[], now: Date): string[] {
  const problems: string[] = [];
  const at = (path: PathSegment[], text: string) => problems.push(`${keyPath(path)}: ${text}`);
  const known = new Set(ruleIds);
  const unknownRule = (id: string) => `unknown rule id '${id}'${didYouMean(id, ruleIds) || ` (rule ids: ${ruleIds.join(', ')})`}`;

  for (const id of Object.keys(doc.rules ?? {})) if (!known.has(id)) at(['rules'], unknownRule(id));

  for (const [name, spec] of Object.entries(doc.environments ?? {})) {
    (spec.namePatterns ?? []).forEach((pattern, i) => {
      try {
        new RegExp(pattern);
      } catch {
        at(['environments', name, 'namePatterns', i], `'${pattern}' is not a valid regular expression`);
      }
    });
  }

  // A protected environment is compared with the environment a finding names: normalized (NFKC, trimmed, lower
  // case) and with aliases resolved. An entry that normalizes to something else can never match.
  const resolver = new EnvironmentResolver({ tagKeys: doc.tagKeys ?? [...configDefaults.tagKeys], environments: mergedEnvironments(doc) });
  (doc.protectedEnvironments ?? []).forEach((entry, i) => {
    const { name, qualified } = resolver.normalize(entry);
    if (name === entry) return;
    if (qualified && name) return at(['protectedEnvironments', i], `'${entry}' can never match: it names ${name} with a qualifier, and findings name that environment '${name}'; list ${name}, or add '${entry}' under environments to keep it apart`);
    if (name === undefined) at(['protectedEnvironments', i], `'${entry}' can never match an environment (${entry.trim() === '' ? 'it is blank' : 'it only looks like one, with look-alike characters'})`);
    else at(['protectedEnvironments', i], `'${entry}' can never match: findings name this environment '${name}' (names are compared in lower case, aliases resolved); did you mean ${name}?`);
  });

  const extra = doc.dataTypes?.extra ?? [];
  const notData = doc.dataTypes?.notData ?? [];
  extra.forEach((entry, i) => {
    const problem = typeNameProblem(entry.type);
    if (problem) at(['dataTypes', 'extra', i, 'type'], problem);
    else if (notData.includes(entry.type)) at(['dataTypes', 'extra', i, 'type'], `${entry.type} is also listed under dataTypes.notData, which wins, so this entry does nothing`);
  });
  notData.forEach((type, i) => {
    const problem = typeNameProblem(type);
    if (problem) at(['dataTypes', 'notData', i], problem);
  });

  const today = utcDay(now);
  (doc.exemptions ?? []).forEach((exemption, i) => {
    if (!known.has(exemption.rule)) at(['exemptions', i, 'rule'], unknownRule(exemption.rule));
    const day = calendarDay(exemption.expires);
    if (day === 'not-a-date') at(['exemptions', i, 'expires'], `'${exemption.expires}' is not a date (YYYY-MM-DD)`);
    else if (day === 'impossible') at(['exemptions', i, 'expires'], `${exemption.expires} is not a calendar date`);
    else if (day - today > MAX_EXEMPTION_DAYS) {
      at(['exemptions', i, 'expires'], `${exemption.expires} is more than ${MAX_EXEMPTION_DAYS} days ahead, the longest an exemption may run (until ${isoDay(today + MAX_EXEMPTION_DAYS)}); set a nearer date and revisit the exemption then`);
    }
  });
  return problems;
}

// A Terraform/cdktf resource type (`aws_ebs_volume`, `acme_blob_store`) or a Pulumi type token
// (`aws:ebs/volume:Volume`, `acme:index:BlobStore`): what `dataTypes` entries are matched against, exactly.
const TERRAFORM_TYPE = /^[a-z][a-z0-9-]*_[a-z0-9_]+$/;
const PULUMI_TOKEN = /^[A-Za-z][\w.-]*:[\w./-]*:[A-Za-z_]\w*$/;

/** Why a dataTypes entry can match no resource type, or undefined when it is a type name. */
function typeNameProblem(type: string): string | undefined {
  if (TERRAFORM_TYPE.test(type) || PULUMI_TOKEN.test(type)) return undefined;
  const address = /^([a-z][a-z0-9-]*_[a-z0-9_]+)\.[^.]+$/.exec(type)?.[1];
  const hint = address ? `; did you mean ${address}?` : '';
  return `'${type}' is not a resource type name, so it matches no resource (a Terraform type such as aws_ebs_volume or a Pulumi type token such as aws:ebs/volume:Volume, matched exactly, without wildcards)${hint}`;
}
