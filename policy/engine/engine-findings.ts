// The engine's own findings, described like rules (id, title, severity, rationale, remediation, one-line fix,
// messages as templates) so every reporter and `deploy-gate explain` treat them the same way. They are raised by
// engine/evaluate.ts, never by a rule, and can be neither approved nor exempted.

import type { Severity } from './define-rule.js';
import type { Finding } from './finding.js';

export interface EngineFindingMeta {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
  remediation: string;
  fix: string;
  messages: Record<string, string>;
}

export const PLAN_INCOMPLETE = 'plan-incomplete';
export const RULE_ERROR = 'rule-error';
/** Violations another policy pack reported (Pulumi `policyEvent`s in an event log): their rule id is `<pack>/<policy>`. */
export const POLICY_VIOLATION = 'policy-violation';

export const engineFindings: Record<string, EngineFindingMeta> = {
  [PLAN_INCOMPLETE]: {
    id: PLAN_INCOMPLETE,
    title: 'The tool reported the plan as failed or incomplete',
    severity: 'critical',
    rationale:
      'A plan its own tool marked failed (Terraform `errored` or `complete: false`, Pulumi error diagnostics, `maybeCorrupt`, an event log ' +
      'with a failed step) lists only part of what would happen: what it leaves out may be a delete. It is never read as "no changes".',
    remediation: 'Fix the error the tool reported and plan again; gate the new plan. No approval or exemption clears this finding, because the fingerprint of a failed plan names nothing definite.',
    fix: 'Fix the error and plan again.',
    messages: { failed: '{tool} reported this plan as failed or incomplete: {problem}' },
  },
  [RULE_ERROR]: {
    id: RULE_ERROR,
    title: 'A rule could not judge the plan',
    severity: 'critical',
    rationale: 'A rule that throws must not pass quietly (CrossGuard downgrades such a policy to advisory): the plan stays blocked until every rule could judge it.',
    remediation: 'Report it as a deploy-gate bug with the plan (redacted) and the message; the plan stays blocked until the rule can judge it. It can be neither approved nor exempted.',
    fix: 'Report it as a deploy-gate bug.',
    messages: { threw: 'Rule {rule} could not evaluate this plan: {problem}' },
  },
  [POLICY_VIOLATION]: {
    id: POLICY_VIOLATION,
    title: 'A violation another policy pack reported',
    severity: 'high',
    rationale:
      'An event log carries the violations of every policy pack the preview ran. deploy-gate knows of them only what the pack reported: its ' +
      'name, the policy, the enforcement level and the message. Mandatory (and remediate) violations block; advisory ones warn.',
    remediation: 'Read the policy pack that reported it; its own documentation says how to fix the violation.',
    fix: 'See the policy pack that reported it.',
    messages: { 'policy-violation': '{message}' },
  },
};

/** The engine finding an id names: `plan-incomplete`, `rule-error`, or a `<pack>/<policy>` of another pack. */
export function engineFindingFor(id: string): EngineFindingMeta | undefined {
  if (Object.hasOwn(engineFindings, id)) return engineFindings[id];
  return id.includes('/') ? engineFindings[POLICY_VIOLATION] : undefined;
}

/**
 * Whether an approval of the plan's fingerprint can clear this finding. A failed plan's fingerprint names nothing
 * definite, and a rule that could not judge the plan has not said what it would block: neither is approvable.
 * The one definition: the engine's fingerprint and every report's approval instructions follow it.
 */
export function isApprovable(finding: Pick<Finding, 'rule'>): boolean {
  return finding.rule !== PLAN_INCOMPLETE && finding.rule !== RULE_ERROR;
}

/** The blocking findings no approval clears. Derived from the findings, so a report built by hand cannot omit them. */
export function unapprovableOf(report: { findings: readonly Finding[] }): Finding[] {
  return report.findings.filter((f) => f.level === 'block' && !isApprovable(f));
}
