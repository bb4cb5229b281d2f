// The one normalized model every rule reads. Readers (src/readers via policy/adapters) map
// Pulumi previews, event logs, stack exports, Terraform plans and cdktf synth output into it;
// the CrossGuard pack maps Analyzer requests into it. Rules never see a raw format.

/** Where a plan came from. `kind` decides how state findings are enforced (see engine/evaluate.ts). */
export interface PlanSource {
  format: PlanFormat;
  /** `plan`: a list of changes; `configuration`: the intended result only (synth, pack); `state`: what exists now. */
  kind: 'plan' | 'configuration' | 'state';
  file?: string;
  /** Terraform: the sources were read (--source), so `lifecycle.prevent_destroy` is known, not just unseen. */
  lifecycleKnown?: boolean;
  tool?: string;
  toolVersion?: string;
}

export type PlanFormat =
  | 'pulumi-preview'
  | 'pulumi-events'
  | 'pulumi-state'
  | 'pulumi-analyzer'
  | 'terraform-plan'
  | 'cdktf-synth';

/** A normalized change action. `raw` keeps the tool's own words for messages. */
export type ActionKind =
  | 'create'
  | 'update'
  | 'delete'
  | 'replace'
  | 'forget'
  | 'read'
  | 'import'
  | 'no-op'
  | 'unknown';

export type Properties = Record<string, unknown>;

export interface Protection {
  /** Pulumi `protect`. */
  protect?: boolean;
  /** Pulumi `retainOnDelete`: the engine forgets the resource but does not delete the cloud object. */
  retainOnDelete?: boolean;
  /** Terraform `lifecycle.prevent_destroy` (only visible in configuration: never in plan JSON). */
  preventDestroy?: boolean;
  /**
   * Terraform with --source: why the sources cannot show this resource's `lifecycle` (the module it comes from is not
   * in them, or they hold no block for it). Its prevent_destroy is then unknown, as in a plan read without sources.
   */
  preventDestroyUnseen?: string;
}

/** A reference from one resource's property to another resource (by address/URN, or by cloud id/ARN). */
export interface Reference {
  property: string;
  /** Address or URN of the target when it is in the plan; otherwise the raw id/ARN. */
  target: string;
}

export interface Resource {
  /** Terraform address or Pulumi URN: the stable key used in findings and fingerprints. */
  address: string;
  /** The tool's own type token: `aws_ebs_volume`, `aws:ebs/volume:Volume`. */
  type: string;
  name: string;
  mode: 'managed' | 'data';
  /** Stack (Pulumi) or plan/synth name (Terraform) the resource belongs to, when known. */
  stack?: string;
  /** Properties after the change (before it, for a delete). Sensitive values are already masked. */
  properties: Properties;
  /** Dotted paths whose value is unknown until apply (`after_unknown`, Pulumi's unknown sentinel). */
  unknown: string[];
  protection: Protection;
  references: Reference[];
  /** Provider configuration properties (e.g. region, default_tags), when the format carries them. */
  provider?: { name: string; properties: Properties };
}

export interface Change {
  resource: Resource;
  action: ActionKind;
  /** The tool's action words, e.g. `delete,create`, `create,delete`, `replace`, `delete-replaced`. */
  raw: string;
  before?: Properties;
  after?: Properties;
  /**
   * The object as Terraform's prior_state holds it, when a destroying change's `before` disagrees with it (a file
   * edited, or a Terraform that wrote the two apart): rules judging what is destroyed judge both accounts.
   */
  priorState?: Properties;
  beforeProtection: Protection;
  afterProtection: Protection;
  /** Why the tool plans this: Terraform `action_reason`, Pulumi `replaceReasons`/`diffReasons`. */
  reasons: string[];
  /** True when applying this change destroys the existing cloud object (delete, either replace order, discard). */
  destroysObject: boolean;
  /** Cloud id of the object the change acts on, when known: part of the fingerprint. */
  objectId?: string;
  /** A Terraform deposed object or a Pulumi pending-replace: an old object left over from a failed replace. */
  deposed?: string;
  /** Changes that drift detection saw (happened outside the tool), never applied by this plan. */
  drift?: boolean;
}

/** Something the tool itself reported as failed: the plan is incomplete and never passes. */
export interface ToolFailure {
  message: string;
  resource?: string;
}

/** A violation some policy pack already reported (Pulumi `policyEvent`s in an event log). */
export interface ReportedViolation {
  policyPack: string;
  policy: string;
  enforcementLevel: string;
  message: string;
  resource?: string;
}

export interface Plan {
  source: PlanSource;
  /** Stack name for grouping and environment inference. */
  stack?: string;
  /** Pulumi project, from the URNs: with the stack it names one Pulumi stack. */
  project?: string;
  /** The resulting infrastructure: what state rules judge. Deleted resources are not here. */
  resources: Resource[];
  changes: Change[];
  failures: ToolFailure[];
  reportedViolations: ReportedViolation[];
  /** Reader remarks a person should see (hidden steps counted in a summary, unknown keys…). */
  notes: string[];
  /**
   * Terraform module calls by address (`module.db`, `module.app.module.db`) → their `source` as configured
   * (`./modules/db`, a registry address): where a module's resources are in the Terraform sources (SARIF).
   */
  moduleSources?: Record<string, string>;
}

export function emptyPlan(source: PlanSource): Plan {
  return { source, resources: [], changes: [], failures: [], reportedViolations: [], notes: [] };
}

/**
 * Marks a property bag whose tool writes every attribute of the provider's schema (Terraform's `before`: null when
 * unset), so a key absent from it is not "unset, the default applies" but unreadable (catalog/read.ts `unreadable`).
 * A symbol, not enumerable: it is never printed, compared or copied by a spread.
 */
export const EVERY_ATTRIBUTE: unique symbol = Symbol('every attribute written');

export function markEveryAttribute<T extends Properties>(properties: T): T {
  Object.defineProperty(properties, EVERY_ATTRIBUTE, { value: true, enumerable: false });
  return properties;
}

export function isUnknown(resource: Resource, ...paths: string[]): boolean {
  return paths.some((path) => resource.unknown.some((u) => u === path || u.startsWith(`${path}.`)));
}

/** Pulumi URNs are long: messages name `name (type)`; findings keep the full URN in `resource`. */
export function displayName(address: string): string {
  if (!address.startsWith('urn:pulumi:')) return address;
  const parts = address.split('::');
  const type = (parts[2] ?? '').split('$').pop() ?? '';
  return `${parts.slice(3).join('::')} (${type})`;
}

/** A property value as a message shows it: `unset` when absent. */
export function showValue(value: unknown): string {
  return value === undefined || value === null ? 'unset' : String(value);
}
