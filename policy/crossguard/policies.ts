// One CrossGuard policy per registry rule. The rule logic is not rewritten here: each call maps the analyzer's
// arguments into the model, runs the registry rule through the same `evaluate` the CLI uses, and reports what
// it finds. Levels map block → mandatory, warn → advisory, off → disabled.
import type {
  EnforcementLevel, Policies, PolicyConfigSchema, PolicyResource, ReportViolation, ResourceValidationArgs,
  ResourceValidationPolicy, StackValidationArgs, StackValidationPolicy,
} from '@pulumi/policy';
import { isInternalType } from '../adapters/pulumi-resource.js';
import { Catalog } from '../catalog/catalog.js';
import { ConfigError, configSchema, resolveConfig, type ConfigDocument, type Exemption, type GateConfig } from '../engine/config.js';
import type { Level, Rule } from '../engine/define-rule.js';
import { evaluate, PLAN_INCOMPLETE, RULE_ERROR, type Finding } from '../engine/evaluate.js';
import { Renderer, unusedMessage } from '../engine/render.js';
import type { Plan, Resource } from '../model/plan.js';
import { priorChanges, PriorStateSource, type PackEnvironment } from './prior-state.js';
import { configurationPlan, isUnknownValueError, resourceFromAnalyzer, type AnalyzerResource } from './to-model.js';

export const ENFORCEMENT: Record<Level, EnforcementLevel> = { block: 'mandatory', warn: 'advisory', off: 'disabled' };

/** What `--policy-pack-config` may set for one policy (besides enforcementLevel, which Pulumi handles). */
export interface PolicyConfigDocument {
  tagKeys?: string[];
  environments?: ConfigDocument['environments'];
  dataTypes?: ConfigDocument['dataTypes'];
  exemptions?: Array<Omit<Exemption, 'rule'> & { rule?: string }>;
  /** Change rules only: path to a `pulumi stack export` of the stack before this deployment. */
  priorState?: string;
}

/** The configSchema of one policy: the deploy-gate.yml shapes (policy/engine/config.ts), scoped to this rule. */
export function policyConfigSchema(rule: Rule, ruleIds: readonly string[]): PolicyConfigSchema {
  const gate = configSchema(ruleIds).properties;
  const exemption = gate.exemptions.items;
  const properties: Record<string, unknown> = {
    environments: gate.environments,
    tagKeys: gate.tagKeys,
    dataTypes: gate.dataTypes,
    exemptions: {
      type: 'array',
      items: {
        ...exemption,
        // The policy names the rule; `rule` may be left out, and if given must be this one.
        required: exemption.required.filter((key) => key !== 'rule'),
        properties: { ...exemption.properties, rule: { enum: [rule.id] } },
      },
    },
  };
  if (rule.scope === 'change') {
    properties.priorState = {
      type: 'string',
      minLength: 1,
      description: 'Path to a `pulumi stack export` of this stack before the deployment (absolute, or relative to the policy pack folder). Without it the pack runs `pulumi stack export` itself when the CLI runs it.',
    };
  }
  // JSON round trip: plain, mutable objects for Struct.fromJavaScript, nothing shared with the gate's schema.
  return { properties: JSON.parse(JSON.stringify(properties)) as PolicyConfigSchema['properties'] };
}

export interface CrossGuardOptions {
  environment: PackEnvironment;
  /** Shared by every policy of the pack, so the prior state is read or exported once. */
  priorState?: PriorStateSource;
  now?: () => Date;
}

export function toCrossGuard(rules: readonly Rule[], options: CrossGuardOptions): Policies {
  const ruleIds = rules.map((r) => r.id);
  const priorState = options.priorState ?? new PriorStateSource(options.environment);
  const judge = new Judge(ruleIds, options.environment, priorState, options.now ?? (() => new Date()));
  return rules.map((rule) => {
    const base = {
      name: rule.id,
      description: rule.title,
      enforcementLevel: ENFORCEMENT[rule.defaultLevel],
      severity: rule.severity,
      remediationSteps: rule.remediation,
      ...(rule.links[0] ? { url: rule.links[0] } : {}),
      configSchema: policyConfigSchema(rule, ruleIds),
    };
    // Change rules need the whole stack and the prior state; state rules say which view suffices.
    if (rule.scope === 'change') {
      const policy: StackValidationPolicy = { ...base, validateStack: (args, report) => judge.changes(rule, args, report) };
      return policy;
    }
    if (rule.pulumiPolicyType === 'resource') {
      const policy: ResourceValidationPolicy = { ...base, validateResource: (args, report) => judge.resource(rule, args, report) };
      return policy;
    }
    const policy: StackValidationPolicy = { ...base, validateStack: (args, report) => judge.stack(rule, args, report) };
    return policy;
  });
}

/** @pulumi/policy's reportViolation also takes `{message, urn, enforcementLevel}` (server.js makeReportViolationFun). */
type Violation = { message: string; urn?: string; enforcementLevel: EnforcementLevel };

class Judge {
  private readonly configs = new Map<string, GateConfig | ConfigError>();
  private readonly said = new Set<string>();

  constructor(
    private readonly ruleIds: readonly string[],
    private readonly environment: PackEnvironment,
    private readonly priorState: PriorStateSource,
    private readonly now: () => Date,
  ) {}

  resource(rule: Rule, args: ResourceValidationArgs, report: ReportViolation): void {
    guard(rule, report, () => {
      if (isInternalType(args.type)) return;
      const config = this.config(rule, args.getConfig<PolicyConfigDocument>(), report);
      if (!config || isComponent(args, config)) return;
      const resource = resourceFromAnalyzer(toAnalyzerResource(args), this.environment.stack);
      for (const finding of this.findings(rule, configurationPlan([resource], resource.stack), config, report)) emit(report, rule, finding);
    });
  }

  stack(rule: Rule, args: StackValidationArgs, report: ReportViolation): void {
    guard(rule, report, () => {
      const config = this.config(rule, args.getConfig<PolicyConfigDocument>(), report);
      if (!config) return;
      const plan = configurationPlan(this.resources(args, config), this.environment.stack);
      for (const finding of this.findings(rule, plan, config, report)) emit(report, rule, finding, urnOf(finding));
    });
  }

  async changes(rule: Rule, args: StackValidationArgs, report: ReportViolation): Promise<void> {
    const settings = args.getConfig<PolicyConfigDocument>();
    // A priorState that is set but is not a usable path is a configuration error, never "not configured".
    if (settings.priorState !== undefined && (typeof settings.priorState !== 'string' || settings.priorState.trim() === '')) {
      reportAt(report, rule, 'mandatory', 'priorState in the pack config must be the path of a `pulumi stack export` file; nothing was checked.');
      return;
    }
    const prior = await this.priorState.load(typeof settings.priorState === 'string' ? settings.priorState : undefined);
    guard(rule, report, () => {
      const config = this.config(rule, settings, report);
      if (!config) return;
      if (prior.kind === 'error') {
        reportAt(report, rule, 'mandatory', `cannot read the prior state ${prior.origin}: ${prior.problem}. Fix priorState in the pack config, or drop it to let the plan gate judge deletions.`);
        return;
      }
      if (prior.kind === 'none') {
        // Said once per preview (AnalyzeStack is called once), and only by the rule that owns deletions.
        if (rule.id === 'no-stateful-delete') {
          reportAt(report, rule, 'advisory',
            `deletions and protection downgrades were not checked: ${prior.reason}. Without the stack's prior state a policy pack cannot see ` +
            'what the program stopped registering; they are left to the plan gate (`deploy-gate check` on `pulumi preview --json`), ' +
            'or set priorState in the pack config.');
        }
        return;
      }
      const current = args.resources.map((r) => resourceFromAnalyzer(toAnalyzerResource(r), this.environment.stack));
      const stack = (this.environment.stack ?? current.find((r) => r.stack)?.stack)?.split('/').pop();
      const project = this.environment.project ?? args.resources.map((r) => r.urn.split('::')[1]).find((p) => p);
      if (project && prior.plan.project && project !== prior.plan.project) {
        reportAt(report, rule, 'mandatory', `the prior state ${prior.origin} is of project ${prior.plan.project}, but this deployment is of project ${project}; point priorState at this stack's export.`);
        return;
      }
      if (stack && prior.plan.stack && stack !== prior.plan.stack) {
        // Compared with another stack's state, every resource would look deleted: refuse instead of guessing.
        reportAt(report, rule, 'mandatory', `the prior state ${prior.origin} is of stack ${prior.plan.stack}, but this deployment is of stack ${stack}; point priorState at this stack's export.`);
        return;
      }
      const plan = configurationPlan(current.filter((_, i) => !isComponent(args.resources[i]!, config)), stack ?? prior.plan.stack);
      plan.source.file = prior.origin;
      plan.changes.push(...priorChanges(prior, args.resources.map((r, i) => ({ resource: current[i]!, aliases: aliasesOf(r) }))));
      for (const finding of this.findings(rule, plan, config, report)) emit(report, rule, finding, urnOf(finding));
    });
  }

  /** The stack's resources in the model, components left out. */
  private resources(args: StackValidationArgs, config: GateConfig): Resource[] {
    return args.resources.filter((r) => !isComponent(r, config)).map((r) => resourceFromAnalyzer(toAnalyzerResource(r), this.environment.stack));
  }

  private findings(rule: Rule, plan: Plan, config: GateConfig, reportViolation: ReportViolation): WordedFinding[] {
    const report = evaluate([plan], { rules: [rule], config, now: this.now() });
    // @pulumi/policy hands the pack secrets already unwrapped, so plan text in messages is hidden (engine/render.ts).
    const renderer = new Renderer(report, { hidePlanText: true });
    // An expired exemption is said, not silently dropped (one set more than a year ahead is a config error). Once
    // per pack process (the engine starts one per preview), not once per analyzed resource. An exemption that matched
    // nothing is not said here: the pack sees one resource at a time, so only the plan gate can tell.
    for (const unused of report.unused) {
      if (unused.kind !== 'exemption' || !unused.expired) continue;
      const note = unusedMessage(unused, null);
      if (this.said.has(`${rule.id} ${note}`)) continue;
      this.said.add(`${rule.id} ${note}`);
      reportAt(reportViolation, rule, 'advisory', note);
    }
    // Exempt findings were cleared by the pack config; a rule that threw blocks (rule-error).
    return report.findings.filter((f) => (f.level === 'block' || f.level === 'warn') && (f.rule === rule.id || f.rule === RULE_ERROR || f.rule === PLAN_INCOMPLETE))
      .map((f) => ({ ...f, message: renderer.message(f) }));
  }

  /** The GateConfig for this policy's settings; a config error is a mandatory violation, never ignored. */
  private config(rule: Rule, settings: PolicyConfigDocument | undefined, report: ReportViolation): GateConfig | undefined {
    const { priorState: _prior, ...raw } = (settings && typeof settings === 'object' ? settings : {}) as PolicyConfigDocument;
    const key = JSON.stringify(raw);
    let resolved = this.configs.get(`${rule.id}\u0000${key}`);
    if (!resolved) {
      const { exemptions, ...rest } = raw;
      const document: ConfigDocument = {
        ...rest,
        // Left as given when it is not a list, so the schema names the problem.
        ...(exemptions !== undefined
          ? { exemptions: Array.isArray(exemptions) ? exemptions.map((e) => ({ ...e, rule: e?.rule ?? rule.id }) as Exemption) : (exemptions as unknown as Exemption[]) }
          : {}),
      };
      try {
        resolved = resolveConfig(document, this.ruleIds, { now: this.now() });
      } catch (error) {
        resolved = error instanceof ConfigError ? error : new ConfigError([error instanceof Error ? error.message : String(error)]);
      }
      this.configs.set(`${rule.id}\u0000${key}`, resolved);
    }
    if (resolved instanceof ConfigError) {
      reportAt(report, rule, 'mandatory', `the pack config of ${rule.id} is invalid, so nothing was checked: ${resolved.problems.join('; ')}`);
      return undefined;
    }
    return resolved;
  }
}

/**
 * Runs `body`; an unknown value that still escapes (from the SDK's own proxies) becomes a violation at the
 * policy's level instead of the SDK's silent advisory "can't run policy during preview".
 */
function guard(rule: Rule, report: ReportViolation, body: () => void): void {
  try {
    body();
  } catch (error) {
    if (!isUnknownValueError(error)) throw error;
    report(`cannot verify at preview: ${(error as Error).message}; ${rule.id} treats a value it cannot see as a violation`);
  }
}

/**
 * A finding at the policy's level, unless the engine made it a warning (how well data is protected, outside a
 * protected environment; what cannot be seen): then advisory, as the plan gate would only warn.
 */
/** A finding with its words, rendered once by engine/render.ts. */
type WordedFinding = Finding & { message: string };

function emit(report: ReportViolation, rule: Rule, finding: WordedFinding, urn?: string): void {
  if (finding.level === 'warn') reportAt(report, rule, 'advisory', finding.message, urn);
  else if (urn) report(finding.message, urn);
  else report(finding.message);
}

function reportAt(report: ReportViolation, rule: Rule, level: EnforcementLevel, message: string, urn?: string): void {
  const violation: Violation = { message: `${rule.title}\n${message}`, enforcementLevel: level, ...(urn ? { urn } : {}) };
  (report as unknown as (v: Violation) => void)(violation);
}

/**
 * A component resource holds no data itself; its children do. The protocol has no `custom` flag, but the engine
 * gives every custom resource a provider (a default one if the program names none), so a resource without one is
 * a component. Only types the catalog does not know are left out: a name like `acme:index:Database` must not make
 * a component look like a database.
 */
function isComponent(r: ResourceValidationArgs | PolicyResource, config: GateConfig): boolean {
  if (r.provider) return false;
  let catalog = catalogs.get(config);
  if (!catalog) catalogs.set(config, (catalog = new Catalog(config.catalog)));
  const verdict = catalog.dataVerdict(r.type);
  return catalog.entry(r.type) === undefined && !(verdict.holdsData && verdict.known);
}

const catalogs = new WeakMap<GateConfig, Catalog>();

function urnOf(finding: Finding): string | undefined {
  return finding.resource.startsWith('urn:') ? finding.resource : undefined;
}

function aliasesOf(r: PolicyResource): string[] {
  const aliases: unknown = r.opts?.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

function toAnalyzerResource(r: ResourceValidationArgs | PolicyResource): AnalyzerResource {
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    props: r.props,
    opts: r.opts,
    ...(r.provider ? { provider: r.provider } : {}),
    ...('parent' in r && r.parent ? { parent: r.parent } : {}),
    ...('dependencies' in r ? { dependencies: r.dependencies } : {}),
    ...('propertyDependencies' in r ? { propertyDependencies: r.propertyDependencies } : {}),
  };
}
