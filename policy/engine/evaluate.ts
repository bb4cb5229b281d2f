import { Catalog } from '../catalog/catalog.js';
import { displayName, type Change, type Plan } from '../model/plan.js';

export { displayName };
import { applyApprovals, approvalMismatch, type Approval } from './approvals.js';
import { configNotes, exemptionFor, unusedExemptions } from './exemptions.js';
import type { GateConfig } from './config.js';
import { resolveConfig } from './config.js';
import { createContext } from './context.js';
import type { Level, Rule, RuleFinding, Severity } from './define-rule.js';
import { EnvironmentResolver } from './environment.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, FindingData, FindingLevel, FindingTexts, Unused, UnusedApproval } from './finding.js';
import { engineFindingFor, engineFindings, isApprovable, PLAN_INCOMPLETE, POLICY_VIOLATION, RULE_ERROR, unapprovableOf } from './engine-findings.js';

/** Findings the engine itself raises, beside the rules (engine-findings.ts). Never approvable, never exemptable. */
export { isApprovable, PLAN_INCOMPLETE, RULE_ERROR, unapprovableOf };

export type { Clearance, Finding, FindingData, FindingLevel, FindingTexts, Unused, UnusedApproval, UnusedExemption } from './finding.js';

export interface StackResult {
  stack: string;
  file?: string;
  format: string;
  verdict: 'allow' | 'block';
  findings: Finding[];
  counts: Record<string, number>;
  notes: string[];
  /** What the plan destroys and what refers to it: the blast radius a reviewer needs to see. */
  blastRadius: BlastRadiusEntry[];
}

export interface BlastRadiusEntry {
  resource: string;
  type: string;
  action: string;
  holdsData: boolean;
  dependents: string[];
}

export interface Report {
  verdict: 'allow' | 'block';
  /** sha256 over the canonical list of blocking, approvable changes; null when there is nothing to approve. */
  fingerprint: string | null;
  findings: Finding[];
  stacks: StackResult[];
  /** The repository the plans were gated for (EvaluateOptions.repository), when one is known. */
  repository?: string;
  approvedBy?: { approver: string; reason: string };
  /** The words of every rule and engine finding the findings name, for the one renderer (engine/render.ts). */
  texts: Record<string, FindingTexts>;
  /**
   * Exemptions and approvals that cleared nothing: expired exemptions, exemptions that matched no finding, approvals
   * of another fingerprint. Reported in every format; they do not change the verdict or the exit code.
   */
  unused: Unused[];
  /**
   * Blocking findings that no approval can clear (`plan-incomplete`, `rule-error`): while one is here, the reports
   * offer no approval and say what must be fixed first. The same objects as in `findings`.
   */
  unapprovable: Finding[];
}

export interface EvaluateOptions {
  rules: readonly Rule[];
  config?: GateConfig;
  approvals?: Approval[];
  /**
   * The repository (`owner/name`) whose plans these are: an approval clears a plan only when it was given for this
   * repository. Undefined: none is known, and no approval clears anything (fail closed).
   */
  repository?: string;
  /** For exemption expiry; injectable so tests are not date-dependent. */
  now?: Date;
}

export function evaluate(plans: Plan[], options: EvaluateOptions): Report {
  const config = options.config ?? resolveConfig({}, options.rules.map((r) => r.id));
  const { catalog, environments } = sharedFor(config);
  const now = options.now ?? new Date();
  const usedExemptions = new Set<number>();
  const stacks = plans.map((plan, index) => evaluatePlan(plan, index, options.rules, config, catalog, environments, now, usedExemptions));
  const findings = stacks.flatMap((s) => s.findings);
  const approvable = findings.filter((f) => f.level === 'block' && isApprovable(f));
  const print = approvable.length > 0 ? fingerprint(approvable.map(fingerprintItem)) : null;
  const approval = print ? applyApprovals(print, options.approvals ?? [], options.repository, now) : undefined;
  if (approval) {
    for (const finding of approvable) {
      finding.level = 'approved';
      finding.cleared = { by: 'approval', approver: approval.approver, reason: approval.reason };
    }
  }
  // Every approval of this fingerprint for this repository is used (two people may approve one plan); any other
  // cleared nothing, and says why: another plan, or this plan approved in another repository.
  const unusedApprovals: UnusedApproval[] = (options.approvals ?? []).flatMap((a, index) => {
    const reason = approvalMismatch(a, print, options.repository, now);
    return reason ? [{ kind: 'approval' as const, index, fingerprint: a.fingerprint, repository: a.repository, approver: a.approver, reason, ...(a.expires !== undefined ? { expires: a.expires } : {}) }] : [];
  });
  for (const stack of stacks) stack.verdict = stack.findings.some((f) => f.level === 'block') ? 'block' : 'allow';
  const blocked = findings.some((f) => f.level === 'block');
  return {
    verdict: blocked ? 'block' : 'allow',
    fingerprint: print,
    findings,
    stacks,
    ...(options.repository !== undefined ? { repository: options.repository } : {}),
    ...(approval ? { approvedBy: { approver: approval.approver, reason: approval.reason } } : {}),
    texts: textsOf(findings, options.rules),
    unused: [...unusedExemptions(config, usedExemptions, now), ...unusedApprovals],
    unapprovable: unapprovableOf({ findings }),
  };
}

/**
 * The catalog and environment resolver of a config, made once per config object: the CrossGuard pack evaluates one
 * resource at a time with the same (cached) config. Both only read their config, and their lazy indexes depend on
 * nothing else, so sharing them changes no result.
 */
interface Shared { from: [GateConfig['catalog'], GateConfig['environments']]; catalog: Catalog; environments: EnvironmentResolver }
const shared = new WeakMap<GateConfig, Shared>();
function sharedFor(config: GateConfig): Shared {
  let made = shared.get(config);
  if (!made || made.from[0] !== config.catalog || made.from[1] !== config.environments) {
    made = { from: [config.catalog, config.environments], catalog: new Catalog(config.catalog), environments: new EnvironmentResolver(config.environments) };
    shared.set(config, made);
  }
  return made;
}

/** The words of each rule or engine finding named by `findings`: what the renderer needs, and nothing more. */
function textsOf(findings: readonly Finding[], rules: readonly Rule[]): Record<string, FindingTexts> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const texts: Record<string, FindingTexts> = {};
  for (const { rule: id } of findings) {
    if (Object.hasOwn(texts, id)) continue;
    const meta = byId.get(id) ?? engineFindingFor(id);
    if (!meta) continue;
    const { planText, specificFix, withoutApproval } = meta as { planText?: readonly string[]; specificFix?: string; withoutApproval?: FindingTexts['withoutApproval'] };
    texts[id] = {
      title: meta.title, messages: meta.messages, remediation: meta.remediation, fix: meta.fix,
      ...(specificFix ? { specificFix } : {}), ...(planText ? { planText } : {}), ...(withoutApproval ? { withoutApproval } : {}),
    };
  }
  return texts;
}

/**
 * What an approval binds to. A stack without a name (a Terraform plan) is keyed by its path relative to the working
 * directory (src/readers normalizes it), so `staging/plan.json` and `prod/plan.json` never share an approval; the
 * environment and the cloud object id tie each line to the object that would be destroyed.
 */
function fingerprintItem(f: Finding) {
  return {
    stack: f.stack, rule: f.rule, resource: f.resource, type: f.type, action: f.action,
    ...(f.environment ? { environment: f.environment } : {}), ...(f.objectId ? { objectId: f.objectId } : {}),
  };
}

function evaluatePlan(
  plan: Plan, index: number, rules: readonly Rule[], config: GateConfig, catalog: Catalog,
  environments: EnvironmentResolver, now: Date, usedExemptions: Set<number>,
): StackResult {
  const stack = plan.stack ?? plan.source.file ?? `plan ${index + 1}`;
  const context = createContext(plan, catalog, environments);
  const findings: Finding[] = [];
  const base = { stack, ...(plan.source.file ? { file: plan.source.file } : {}) };

  const incomplete = engineFindings[PLAN_INCOMPLETE]!;
  for (const failure of plan.failures) {
    findings.push({
      ...base, rule: PLAN_INCOMPLETE, level: 'block', severity: incomplete.severity, resource: failure.resource ?? '(plan)', type: '', action: 'plan',
      environment: null, messageId: 'failed', data: { tool: plan.source.tool ?? 'The tool', problem: failure.message },
    });
  }
  const violation = engineFindings[POLICY_VIOLATION]!;
  for (const reported of plan.reportedViolations) {
    const mandatory = reported.enforcementLevel === 'mandatory' || reported.enforcementLevel === 'remediate';
    const target = reported.resource ? context.find(reported.resource) : undefined;
    findings.push({
      ...base, rule: `${reported.policyPack}/${reported.policy}`, level: mandatory ? 'block' : 'warn', severity: violation.severity,
      resource: reported.resource ?? '(stack)', type: typeFromUrn(reported.resource), action: 'policy',
      environment: target ? context.environmentOf(target).name ?? null : null,
      messageId: POLICY_VIOLATION, data: { message: reported.message },
    });
  }
  const threw = engineFindings[RULE_ERROR]!;

  for (const rule of rules) {
    const configured = config.rules[rule.id] ?? rule.defaultLevel;
    if (configured === 'off') continue;
    let produced: RuleFinding[];
    try {
      produced = [...rule.check(context)];
    } catch (error) {
      // A rule that throws must not pass quietly (contrast CrossGuard's advisory downgrade): it blocks.
      findings.push({
        ...base, rule: RULE_ERROR, level: 'block', severity: threw.severity, resource: '(plan)', type: '', action: 'evaluate',
        environment: null, messageId: 'threw', data: { rule: rule.id, problem: error instanceof Error ? error.message : String(error) },
      });
      continue;
    }
    for (const raw of produced) {
      const environment = context.environmentOf(raw.resource);
      const findingEnvironment = raw.environment ?? environment.name ?? context.planEnvironment().name;
      // A tag that only imitates an environment (`prоd` with a Cyrillic о, `pro\u200bd`) names none, but where the
      // environment decides the level it counts as the one it imitates: a look-alike must not lift prod's checks.
      const imitated = raw.environment === undefined && environment.name === undefined && environment.lookalikeOf ? environments.named(environment.lookalikeOf) : undefined;
      const inProtected = [findingEnvironment, imitated].some((name) => name !== undefined && config.protectedEnvironments.includes(name));
      const level = enforcementFor(rule, configured, raw, context.changeOf(raw.resource), plan, inProtected);
      const change = raw.change ?? context.changeOf(raw.resource);
      const finding: Finding = {
        ...base,
        rule: rule.id,
        level,
        severity: rule.severity,
        resource: raw.resource.address,
        type: raw.resource.type,
        action: raw.change ? raw.change.raw : change && change.action !== 'no-op' ? change.raw : 'present',
        environment: raw.environment ?? environment.name ?? null,
        messageId: raw.messageId,
        data: { address: displayName(raw.resource.address), type: raw.resource.type, environment: environment.name ?? 'unknown', ...raw.data } satisfies FindingData,
        ...(change?.objectId ? { objectId: change.objectId } : {}),
      };
      const match = exemptionFor(config, finding, now);
      if (match) {
        const { exemption } = match;
        usedExemptions.add(match.index);
        finding.level = 'exempt';
        finding.cleared = { by: 'exemption', expires: exemption.expires, reason: exemption.reason };
      }
      findings.push(finding);
    }
  }
  // Blocked first, then by severity, then in registry order (deletions before the rest), then by resource.
  // Level, severity and registry order folded into one number per finding, worked out once rather than at each of
  // the sort's n·log n comparisons; the same order as comparing them one after the other.
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const keyed = findings.map((finding) => ({ finding, rank: (LEVEL_ORDER[finding.level] * 4 + SEVERITY_ORDER[finding.severity]) * (rules.length + 1) + (order.get(finding.rule) ?? -1) + 1 }));
  keyed.sort((a, b) => a.rank - b.rank || compareResources(a.finding.resource, b.finding.resource));
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i]!.finding;
  const blastRadius = plan.changes.filter((c) => c.destroysObject && !c.drift).map((c) => ({
    resource: c.resource.address, type: c.resource.type, action: c.raw, holdsData: catalog.holdsData(c.resource),
    dependents: context.referrers(c.resource).map((r) => r.resource.address),
  }));
  return {
    ...base, format: plan.source.format, verdict: 'allow', findings, counts: countActions(plan), notes: [...plan.notes, ...configNotes(config)], blastRadius,
  };
}

/**
 * The level of one finding (docs/configuration.md "Levels"): what this plan destroys, unprotects or exposes blocks
 * everywhere; how well data is protected blocks in protected environments only; what cannot be seen warns.
 */
function enforcementFor(rule: Rule, configured: Level, finding: RuleFinding, change: Change | undefined, plan: Plan, protectedEnvironment: boolean): 'block' | 'warn' {
  if (configured === 'warn') return 'warn';
  const concern = finding.concern ?? rule.concern;
  if (concern === 'uncertain') return 'warn';
  if (concern === 'risk' && !protectedEnvironment) return 'warn';
  if (rule.scope === 'change') return 'block';
  // State rules block on what the plan creates or changes, and only warn about what it leaves
  // untouched, so an existing stack can adopt the gate without being frozen.
  if (plan.source.kind === 'state') return 'warn';
  if (plan.source.kind === 'configuration') return 'block';
  // A finding raised by a change (a backup deleted with its source) is about what the plan does: it blocks too.
  const touched = change !== undefined && change.action !== 'no-op' && change.action !== 'read';
  return touched || finding.change !== undefined ? 'block' : 'warn';
}

/**
 * `a.localeCompare(b)` (the default locale's collation), without setting a collator up on every call. Made on the
 * first comparison of two different names: ICU takes some 10 ms to make one, which a run whose findings never tie
 * on level, severity and rule (a one-resource plan, a clean plan) would pay at every start for nothing.
 */
let collator: Intl.Collator | undefined;
function compareResources(a: string, b: string): number {
  return a === b ? 0 : (collator ??= new Intl.Collator()).compare(a, b);
}

const LEVEL_ORDER: Record<FindingLevel, number> = { block: 0, approved: 1, warn: 2, exempt: 3 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

// When one resource has several steps (a replacement logged as create-replacement, replace and delete-replaced),
// the summary counts the one that matters most.
const ACTION_WEIGHT: Record<string, number> = { replace: 8, delete: 7, unknown: 6, update: 5, create: 4, forget: 3, import: 2, read: 1, 'no-op': 0 };

/** One logical action per resource; changes seen only by drift detection are counted apart, as `drift`. */
function countActions(plan: Plan): Record<string, number> {
  const counts: Record<string, number> = {};
  const byResource = new Map<string, string>();
  for (const change of plan.changes) {
    if (change.drift) {
      counts.drift = (counts.drift ?? 0) + 1;
      continue;
    }
    const key = `${change.resource.address}\u0000${change.deposed ?? ''}`;
    const seen = byResource.get(key);
    if (seen === undefined || (ACTION_WEIGHT[change.action] ?? 0) > (ACTION_WEIGHT[seen] ?? 0)) byResource.set(key, change.action);
  }
  for (const action of byResource.values()) counts[action] = (counts[action] ?? 0) + 1;
  if (plan.changes.length === 0) counts.resources = plan.resources.length;
  return counts;
}

function typeFromUrn(urn: string | undefined): string {
  return urn?.split('::')[2] ?? '';
}

