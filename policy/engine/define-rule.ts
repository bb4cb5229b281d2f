import type { Catalog } from '../catalog/catalog.js';
import type { Change, Plan, Resource } from '../model/plan.js';
import type { EnvironmentInfo, EnvironmentResolver } from './environment.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type Level = 'block' | 'warn' | 'off';

/**
 * What a finding is about, which decides how it is enforced (engine/evaluate.ts, docs/configuration.md "Levels"):
 * `destroys` (what this plan destroys), `unprotects` (protection this plan removes) and `exposes` (data reachable
 * beyond its environment: shared storage, blanket credentials) block everywhere; `risk` (how
 * well data is protected: no delete protection, backups that would die with the data) blocks in the environments
 * the configuration marks protected and warns elsewhere; `uncertain` (what the gate cannot see from this input)
 * warns and says how to show it.
 */
export type Concern = 'destroys' | 'unprotects' | 'exposes' | 'risk' | 'uncertain';

export interface RuleMeta<Id extends string, MessageId extends string> {
  /** Stable kebab id: folder, file, doc, config key, JSON `rule`, SARIF `ruleId`. */
  id: Id;
  title: string;
  severity: Severity;
  defaultLevel: Level;
  /** `change` rules judge what the plan does; `state` rules judge the resulting infrastructure. */
  scope: 'change' | 'state';
  /** What its findings are about unless a finding says otherwise: decides their level. */
  concern: Concern;
  /** For the CrossGuard pack: one resource suffices, or the rule needs the whole graph. */
  pulumiPolicyType: 'resource' | 'stack';
  rationale: string;
  remediation: string;
  /** The remediation in one short line, for table cells (PR comment) where the full text would not be read. */
  fix: string;
  /**
   * The fix for one finding, in the terms of the tool that wrote the plan and of the resource's own type (which
   * guard exists for it), with `{placeholder}`s from the finding's data. Where a finding lacks one of them, `fix`.
   */
  specificFix?: string;
  /**
   * The remediation and the fix for a plan that also carries a block no approval clears (a failed plan, a rule
   * error): where `remediation` and `fix` offer an approval, these say the same without it.
   */
  withoutApproval?: { remediation: string; fix: string };
  links: string[];
  /** Message templates with `{placeholder}`s filled from a finding's `data`; rendered in engine/render.ts. */
  messages: Record<MessageId, string>;
  /**
   * Data keys whose values are copied from resource properties (tag values, rule names, bucket names…). Where
   * secrets cannot be told apart (the CrossGuard SDK unwraps them before a pack sees them), they are hidden.
   */
  planText?: readonly string[];
  /** Fixture files in the rule's `fixtures/` folder; the registry test runs them and the docs render them. */
  examples: { bad: string[]; good: string[] };
}

export interface RuleFinding<MessageId extends string = string> {
  messageId: MessageId;
  resource: Resource;
  /** The change that triggered it, when a change rule fired. */
  change?: Change;
  data: Record<string, string | number | boolean | undefined>;
  /** The environment the finding is about, when the rule knows it better than the resource's own tags do. */
  environment?: string;
  /** Overrides the rule's concern for this finding (a backup deleted with its source is `destroys`). */
  concern?: Concern;
}

/** The indexes and helpers every rule gets: cross-resource rules use the same signature as the rest. */
export interface RuleContext {
  plan: Plan;
  catalog: Catalog;
  environmentOf(resource: Resource): EnvironmentInfo;
  /** The environment of the stack the plan belongs to (from its stack name and config), when known. */
  planEnvironment(): EnvironmentInfo;
  /** The environment an ARN or name belongs to (account ids and name patterns from config). */
  environmentOfValue(value: string): EnvironmentInfo;
  /** The configured environments: tag keys, names and aliases (for rules that read tag conditions). */
  environments: EnvironmentResolver;
  /** Resources (in the plan) or external ids that a property of `resource` points at. */
  resolve(resource: Resource, property: string): ResolvedTarget[];
  /** The resource with this address, URN, id or ARN, if the plan has it. */
  find(idOrAddress: string): Resource | undefined;
  /** The change the plan makes to a resource (undefined when it is untouched or the input has no changes). */
  changeOf(resource: Resource): Change | undefined;
  /** Resources that refer to `resource` through any property. */
  referrers(resource: Resource): Array<{ resource: Resource; property: string }>;
}

export type ResolvedTarget =
  | { kind: 'resource'; resource: Resource; value: string }
  | { kind: 'external'; value: string; environment: EnvironmentInfo }
  | { kind: 'unknown'; value: string };

export interface Rule<Id extends string = string, MessageId extends string = string> extends RuleMeta<Id, MessageId> {
  check(context: RuleContext): Iterable<RuleFinding<MessageId>>;
}

/** Identity with generics: makes `id` a literal and `messageId` a union of the declared messages. */
export function defineRule<const Id extends string, const MessageId extends string>(rule: Rule<Id, MessageId>): Rule<Id, MessageId> {
  return rule;
}

