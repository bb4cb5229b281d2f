// Real output envelopes for the adversarial corpus (test/corpus). Each builder writes exactly the keys the real tool
// writes, in the order it writes them, from the shapes of the real fixtures in ../shared/fixtures:
//   Terraform: `terraform show -json` of Terraform 1.11.4 (format 1.2), as tf111-mixed-destructive.plan.json and a
//     plan generated on the development machine with terraform_data (no-op, moved, removed/forget, count shrink);
//   Pulumi:    `pulumi preview --json` steps with ResourceV3 old/new states, as
//     driftadopter-aws-s3-iam-sg-replace.preview.json and driftadopter-mixed-create-update-replace-delete.preview.json;
//     `--event-log` NDJSON as engine-plain-delete.events.ndjson.
// Only the resource types and attributes are set by hand; every name was checked against the provider schemas
// (test/corpus/README.md says how).
import { createHash } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };

/** A deterministic UUID from a seed, so regenerating the corpus changes nothing. */
export function uuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Terraform

const PROVIDERS: Record<string, string> = {
  aws: 'registry.terraform.io/hashicorp/aws',
  google: 'registry.terraform.io/hashicorp/google',
  azurerm: 'registry.terraform.io/hashicorp/azurerm',
  kubernetes: 'registry.terraform.io/hashicorp/kubernetes',
  railway: 'registry.terraform.io/terraform-community-providers/railway',
};

export interface TfResource {
  type: string;
  name: string;
  index?: number | string;
  /** Child module address (`module.db`), for a resource declared inside a module. */
  module?: string;
  /** Deposed key: an old object left by a failed create_before_destroy replacement. */
  deposed?: string;
  /** Top-level attributes the provider schema marks sensitive: `true` in every `*_sensitive`, even when null. */
  sensitive?: string[];
  /** `terraform show -json` action list. */
  actions: string[];
  before?: Obj | null;
  after?: Obj | null;
  /** Top-level attributes known only after apply (also removed from `after`). */
  unknown?: string[];
  reason?: string;
  previousAddress?: string;
  replacePaths?: string[][];
  /** Whether the resource block is still in the configuration (false for a removed block). Default: not a delete. */
  inConfig?: boolean;
  countExpression?: number;
  /** Attributes that are computed, not written in the configuration (left out of `configuration`). */
  computed?: string[];
  /**
   * Attributes written as references in the configuration (`volume_id = aws_ebs_volume.shared.id`): attribute (or
   * `block.attribute` inside a nested block) → referenced attribute address.
   */
  refs?: Record<string, string>;
}

export interface TfPlanOptions {
  timestamp: string;
  /** Provider blocks as `configuration.provider_config` expressions, by provider local name. */
  providerExpressions?: Record<string, Obj>;
}

const providerOf = (type: string) => type.split('_')[0] ?? type;

export function tfAddress(r: Pick<TfResource, 'type' | 'name' | 'index' | 'module'>): string {
  const index = r.index === undefined ? '' : typeof r.index === 'number' ? `[${r.index}]` : `[${JSON.stringify(r.index)}]`;
  return `${r.module ? `${r.module}.` : ''}${r.type}.${r.name}${index}`;
}

/** `sensitive_values` / `*_sensitive`: the value's shape with every leaf false-and-omitted, as Terraform writes it. */
function sensitiveShape(value: Json): Json {
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === 'object' ? sensitiveShape(v) : false));
  if (value !== null && typeof value === 'object') {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v === 'object') out[k] = sensitiveShape(v);
    return out;
  }
  return false;
}

function marked(shape: Json, sensitive: string[] = []): Json {
  if (sensitive.length === 0 || shape === null || typeof shape !== 'object' || Array.isArray(shape)) return shape;
  const out: Obj = { ...shape };
  for (const key of sensitive) out[key] = true;
  return sortKeys(out);
}

function withoutKeys(values: Obj, keys: string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(values)) if (!keys.includes(k)) out[k] = v;
  return out;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Obj = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k] as Json);
    return out;
  }
  return value;
}

/** `references` as Terraform writes them: the attribute path, then the resource it belongs to. */
function referencesTo(target: string): Json {
  const parts = target.split('.');
  const resource = parts.slice(0, 2).join('.');
  return { references: parts.length > 2 ? [target, resource] : [resource] };
}

/** A configuration `expressions` object: constants for what the author wrote, references, blocks as lists. */
function expressionsOf(values: Obj, computed: string[], refs: Record<string, string> = {}): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(values)) {
    if (refs[k]) {
      out[k] = referencesTo(refs[k]);
      continue;
    }
    if (computed.includes(k) || v === null) continue;
    if (Array.isArray(v) && v.length > 0 && v.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
      const nested: Record<string, string> = {};
      for (const [path, target] of Object.entries(refs)) if (path.startsWith(`${k}.`)) nested[path.slice(k.length + 1)] = target;
      out[k] = v.map((e) => expressionsOf(e as Obj, [], nested));
    } else {
      out[k] = { constant_value: v };
    }
  }
  for (const [k, target] of Object.entries(refs)) if (!k.includes('.') && !(k in out)) out[k] = referencesTo(target);
  return out;
}

const DEFAULT_COMPUTED = ['id', 'arn', 'tags_all', 'unique_id', 'region', 'owner_id', 'etag', 'version_id'];

function isDestroyed(r: TfResource): boolean {
  return r.actions.length === 1 && (r.actions[0] === 'delete' || r.actions[0] === 'forget');
}

export function tfPlan(resources: TfResource[], options: TfPlanOptions): Obj {
  const sorted = [...resources].sort((a, b) => tfAddress(a).localeCompare(tfAddress(b)) || (a.deposed ?? '').localeCompare(b.deposed ?? ''));
  const base = (r: TfResource): Obj => {
    const address = tfAddress(r);
    return {
      address,
      mode: 'managed',
      type: r.type,
      name: r.name,
      ...(r.index !== undefined ? { index: r.index } : {}),
      provider_name: PROVIDERS[providerOf(r.type)] ?? `registry.terraform.io/hashicorp/${providerOf(r.type)}`,
    };
  };
  const afterKnown = (r: TfResource): Obj | null => (r.after ? (sortKeys(withoutKeys(r.after, r.unknown ?? [])) as Obj) : null);

  const resourceChanges = sorted.map((r) => {
    const before = r.before ? (sortKeys(r.before) as Obj) : null;
    const after = afterKnown(r);
    const afterUnknown: Obj = {};
    for (const k of r.unknown ?? []) afterUnknown[k] = true;
    if (after) for (const [k, v] of Object.entries(sensitiveShape(after) as Obj)) if (!(k in afterUnknown)) afterUnknown[k] = v;
    const { address, mode, type, name, index, provider_name } = base(r) as Record<string, Json>;
    return {
      address: address!,
      ...(r.previousAddress ? { previous_address: r.previousAddress } : {}),
      ...(r.module ? { module_address: r.module } : {}),
      mode: mode!, type: type!, name: name!,
      ...(index !== undefined ? { index } : {}),
      provider_name: provider_name!,
      ...(r.deposed ? { deposed: r.deposed } : {}),
      change: {
        actions: r.actions,
        before,
        after,
        after_unknown: sortKeys(afterUnknown),
        before_sensitive: before ? marked(sensitiveShape(before), r.sensitive) : false,
        after_sensitive: after ? marked(sensitiveShape(after), r.sensitive) : false,
        ...(r.replacePaths ? { replace_paths: r.replacePaths } : {}),
      },
      ...(r.reason ? { action_reason: r.reason } : {}),
    } as Obj;
  });

  const planned = sorted.filter((r) => !(r.actions.length === 1 && r.actions[0] === 'delete') && !r.deposed).map((r) => {
    // Terraform 1.11 writes a forgotten object into planned_values with no values (fixed in 1.15.6).
    if (r.actions.length === 1 && r.actions[0] === 'forget') return { ...base(r), schema_version: 0, sensitive_values: false };
    const values = afterKnown(r) ?? {};
    return { ...base(r), schema_version: 0, values, sensitive_values: marked(sensitiveShape(values), r.sensitive) };
  });

  const prior = sorted.filter((r) => r.before).map((r) => {
    const values = sortKeys(r.before!) as Obj;
    return { ...base(r), schema_version: 0, values, sensitive_values: marked(sensitiveShape(values), r.sensitive), ...(r.deposed ? { deposed_key: r.deposed } : {}) };
  });
  /** `{resources, child_modules}` with each module's resources under its own `{resources, address}`. */
  const moduleTree = (entries: Obj[], of: TfResource[]): Obj => {
    const root = entries.filter((_, i) => !of[i]!.module);
    const modules = [...new Set(of.map((r) => r.module).filter((m): m is string => !!m))].sort();
    return {
      resources: root,
      ...(modules.length > 0 ? { child_modules: modules.map((m) => ({ resources: entries.filter((_, i) => of[i]!.module === m), address: m })) } : {}),
    };
  };
  const plannedOf = sorted.filter((r) => !(r.actions.length === 1 && r.actions[0] === 'delete') && !r.deposed);
  const priorOf = sorted.filter((r) => r.before);

  const providersUsed = [...new Set(sorted.map((r) => providerOf(r.type)))].sort();
  const providerConfig: Obj = {};
  for (const p of providersUsed) {
    const expressions = options.providerExpressions?.[p];
    providerConfig[p] = { name: p, full_name: PROVIDERS[p] ?? p, ...(expressions ? { expressions } : {}) };
  }
  const configured = new Map<string, Obj>();
  for (const r of sorted) {
    const inConfig = r.inConfig ?? !isDestroyed(r);
    // Module calls are not modelled: the corpus only removes whole modules.
    if (!inConfig || r.module || r.deposed) continue;
    const key = `${r.type}.${r.name}`;
    if (configured.has(key)) continue;
    const source = r.after ?? r.before ?? {};
    configured.set(key, {
      address: key,
      mode: 'managed',
      type: r.type,
      name: r.name,
      provider_config_key: providerOf(r.type),
      expressions: expressionsOf(source, [...DEFAULT_COMPUTED, ...(r.computed ?? []), ...(r.unknown ?? [])], r.refs),
      schema_version: 0,
      ...(r.countExpression !== undefined ? { count_expression: { constant_value: r.countExpression } } : {}),
    });
  }

  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: moduleTree(planned, plannedOf) },
    resource_changes: resourceChanges,
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.11.4',
      values: { root_module: moduleTree(prior, priorOf) },
    },
    configuration: { provider_config: providerConfig, root_module: { resources: [...configured.values()] } },
    timestamp: options.timestamp,
    applyable: true,
    complete: true,
    errored: false,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pulumi

export const PULUMI_UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

const PULUMI_PROVIDER_VERSIONS: Record<string, string> = {
  aws: '7_12_0',
  gcp: '9_3_0',
  kubernetes: '4_23_0',
  azure: '6_27_0',
  'azure-native': '3_8_0',
};

export interface PulumiState {
  inputs?: Obj;
  /** Defaults to the inputs plus the id (what the provider read back). */
  outputs?: Obj;
  id?: string;
  protect?: boolean;
  retainOnDelete?: boolean;
  aliases?: string[];
  /** Property → names (in the same stack) of the resources it depends on. */
  deps?: Record<string, string[]>;
}

export interface PulumiStep {
  op: 'same' | 'create' | 'update' | 'delete' | 'replace' | 'read' | 'create-replacement' | 'delete-replaced';
  /** False for a component resource (no provider, no id). */
  custom?: boolean;
  type: string;
  name: string;
  old?: PulumiState;
  new?: PulumiState;
  diff?: string[];
  replace?: string[];
  /** The name of the parent component/resource; the root stack by default. */
  parent?: string;
  parentType?: string;
}

export interface PulumiStackOptions {
  stack: string;
  project: string;
  /** Resources unchanged and hidden without --show-sames, counted in changeSummary. */
  hiddenSames?: number;
  duration?: number;
}

export function urnOf(o: PulumiStackOptions, type: string, name: string, parentType?: string): string {
  return `urn:pulumi:${o.stack}::${o.project}::${parentType ? `${parentType}$` : ''}${type}::${name}`;
}

function rootUrn(o: PulumiStackOptions): string {
  return `urn:pulumi:${o.stack}::${o.project}::pulumi:pulumi:Stack::${o.project}-${o.stack}`;
}

function providerUrn(o: PulumiStackOptions, type: string): string {
  const pkg = type.split(':')[0] ?? 'aws';
  const version = PULUMI_PROVIDER_VERSIONS[pkg] ?? '1_0_0';
  return `urn:pulumi:${o.stack}::${o.project}::pulumi:providers:${pkg}::default_${version}::${uuid(`${o.stack}/${o.project}/${pkg}`)}`;
}

const STACK_TRACE = (line: number): Json[] => [
  { sourcePosition: `project:///index.ts#${line},5` },
  {},
  { sourcePosition: 'project:///node_modules/@pulumi/cmd/run/run.ts#543,33' },
  { sourcePosition: 'project:///node_modules/@pulumi/runtime/stack.ts#78,28' },
];

function resourceV3(o: PulumiStackOptions, step: PulumiStep, state: PulumiState, which: 'old' | 'new', line: number, byName: Map<string, PulumiStep>): Obj {
  const urn = urnOf(o, step.type, step.name, step.parentType);
  const parent = step.parent ? urnOf(o, step.parentType ?? 'pulumi:pulumi:Stack', step.parent) : rootUrn(o);
  const inputs = state.inputs ?? {};
  const id = state.id;
  const outputs = which === 'old' || step.op === 'same' || step.op === 'read' ? state.outputs ?? { ...inputs, ...(id ? { id } : {}) } : state.outputs;
  const propertyDependencies: Obj = {};
  for (const key of Object.keys(inputs)) propertyDependencies[key] = [];
  for (const [key, names] of Object.entries(state.deps ?? {})) {
    propertyDependencies[key] = names.map((n) => {
      const target = byName.get(n);
      return urnOf(o, target?.type ?? 'unknown', n, target?.parentType);
    });
  }
  const dependencies = [...new Set(Object.values(propertyDependencies).flat() as string[])];
  const custom = step.custom ?? true;
  return {
    urn,
    custom,
    ...(which === 'old' && (step.op === 'replace' || step.op === 'delete-replaced') ? { delete: true } : {}),
    ...(id && (which === 'old' || step.op === 'same' || step.op === 'read') ? { id } : {}),
    type: step.type,
    ...(step.op === 'read' ? { external: true } : {}),
    inputs,
    ...(outputs ? { outputs } : {}),
    parent,
    ...(state.protect ? { protect: true } : {}),
    ...(state.retainOnDelete ? { retainOnDelete: true } : {}),
    ...(dependencies.length > 0 ? { dependencies } : {}),
    ...(custom ? { provider: providerUrn(o, step.type) } : {}),
    propertyDependencies,
    ...(state.aliases ? { aliases: state.aliases } : {}),
    created: '2026-11-20T09:14:03.918273Z',
    modified: '2026-11-20T09:14:03.918273Z',
    sourcePosition: `project:///index.ts#${line},5`,
    stackTrace: STACK_TRACE(line),
  };
}

function detailedDiff(step: PulumiStep): Obj | null {
  if (step.op === 'delete' || step.op === 'delete-replaced' || step.op === 'create' || step.op === 'same' || step.op === 'read') return null;
  const out: Obj = {};
  for (const key of step.diff ?? []) {
    const oldHas = step.old?.inputs && key.split('.')[0]! in step.old.inputs;
    const newHas = step.new?.inputs && key.split('.')[0]! in step.new.inputs;
    const replaces = (step.replace ?? []).includes(key);
    const kind = oldHas && newHas ? 'update' : newHas ? 'add' : 'delete';
    out[key] = { kind: replaces ? `${kind}-replace` : kind, inputDiff: true };
  }
  return out;
}

function stepsOf(o: PulumiStackOptions, steps: PulumiStep[]): Obj[] {
  const byName = new Map(steps.map((s) => [s.name, s]));
  const root = rootUrn(o);
  const rootState = {
    urn: root, custom: false, type: 'pulumi:pulumi:Stack',
    created: '2026-11-20T09:14:01.102938Z', modified: '2026-11-20T09:14:01.102938Z',
    sourcePosition: 'project:///node_modules/@pulumi/runtime/stack.ts#37,19',
    stackTrace: [{ sourcePosition: 'project:///node_modules/@pulumi/runtime/stack.ts#37,19' }, { sourcePosition: 'project:///node_modules/@pulumi/cmd/run/run.ts#603,38' }],
  };
  const out: Obj[] = [{ op: 'same', urn: root, oldState: rootState, newState: rootState, detailedDiff: null }];
  steps.forEach((step, i) => {
    const line = 10 + i * 7;
    const urn = urnOf(o, step.type, step.name, step.parentType);
    const entry: Obj = { op: step.op, urn, ...(step.custom === false ? {} : { provider: providerUrn(o, step.type) }) };
    if (step.old && step.op !== 'create' && step.op !== 'read') entry.oldState = resourceV3(o, step, step.old, 'old', line, byName);
    if (step.new && step.op !== 'delete' && step.op !== 'delete-replaced') entry.newState = resourceV3(o, step, step.new, 'new', line, byName);
    if (step.op === 'update' || step.op === 'replace' || step.op === 'create-replacement') entry.diffReasons = step.diff ?? [];
    if (step.op === 'replace' || step.op === 'create-replacement') entry.replaceReasons = step.replace ?? [];
    entry.detailedDiff = detailedDiff(step);
    out.push(entry);
  });
  return out;
}

function changeSummary(o: PulumiStackOptions, steps: PulumiStep[]): Obj {
  const counts: Record<string, number> = { same: 1 + (o.hiddenSames ?? 0) };
  // A replacement counts once, as `replace`, however many of its sub-steps --show-replacement-steps lists.
  for (const s of steps) if (s.op !== 'read' && s.op !== 'create-replacement' && s.op !== 'delete-replaced') counts[s.op] = (counts[s.op] ?? 0) + 1;
  return sortKeys(counts) as Obj;
}

/** `pulumi preview --json`. With same steps in `steps`, it is `--show-sames` output. */
export function pulumiPreview(o: PulumiStackOptions, steps: PulumiStep[]): Obj {
  return { steps: stepsOf(o, steps), duration: o.duration ?? 3_512_774_901, changeSummary: changeSummary(o, steps) };
}

/** `pulumi preview --event-log FILE`: one engine event per line. */
export function pulumiEventLog(o: PulumiStackOptions, steps: PulumiStep[]): string {
  const events: Obj[] = [];
  let sequence = 0;
  const at = 1_796_280_000;
  const push = (event: Obj) => events.push({ sequence: sequence++, timestamp: at + Math.floor(sequence / 4), ...event });
  push({ preludeEvent: { config: { 'aws:region': 'us-east-1' } } });
  for (const entry of stepsOf(o, steps)) {
    const metadata: Obj = {
      op: entry.op as string, urn: entry.urn as string, type: (entry.newState as Obj | undefined)?.type ?? (entry.oldState as Obj | undefined)?.type ?? null,
      old: entry.oldState ?? null, new: entry.newState ?? null,
      ...(entry.diffReasons ? { diffs: entry.diffReasons } : {}),
      ...(entry.replaceReasons ? { keys: entry.replaceReasons } : {}),
      detailedDiff: entry.detailedDiff ?? null, logical: true, provider: (entry.provider as string | undefined) ?? '',
    };
    push({ resourcePreEvent: { metadata, planning: true } });
    push({ resOutputsEvent: { metadata, planning: true } });
  }
  push({ summaryEvent: { maybeCorrupt: false, durationSeconds: 4, resourceChanges: changeSummary(o, steps), PolicyPacks: {}, isPreview: true, result: 'succeeded' } });
  push({ cancelEvent: {} });
  return `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
}
