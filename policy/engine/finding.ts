// A finding as every reporter receives it: which rule (or engine finding) raised it, its level after enforcement,
// exemptions and approvals, the resource and change it is about, and its message as data: the message id and the
// values of its placeholders. It becomes words only in engine/render.ts, the one renderer every reporter calls.
// Its own module, so the engine's parts (exemptions, approvals) and the reporters depend on it, not on evaluate.ts.

import type { Severity } from './define-rule.js';

export type FindingLevel = 'block' | 'warn' | 'approved' | 'exempt';

/** Values of a message's placeholders, as a rule produced them (plan text included: render.ts cleans and redacts). */
export type FindingData = Readonly<Record<string, string | number | boolean | undefined>>;

/** What cleared a finding: an approval of the plan's fingerprint, or an exemption from the configuration. */
export type Clearance =
  | { by: 'approval'; approver: string; reason: string }
  | { by: 'exemption'; expires: string; reason: string };

export interface Finding {
  rule: string;
  level: FindingLevel;
  severity: Severity;
  resource: string;
  type: string;
  action: string;
  environment: string | null;
  /** Which of the rule's (or engine finding's) message templates applies. */
  messageId: string;
  /** The template's placeholder values: the rule's data plus `address`, `type` and `environment`. */
  data: FindingData;
  stack: string;
  file?: string;
  cleared?: Clearance;
  /** Cloud id of the object a change acts on: binds an approval to the physical object, not just its name. */
  objectId?: string;
}

/** The words of one rule or engine finding, as the renderer needs them (from RuleMeta or engine-findings.ts). */
export interface FindingTexts {
  title: string;
  messages: Readonly<Record<string, string>>;
  remediation: string;
  fix: string;
  /** The fix in the finding's own terms, from its data (RuleMeta.specificFix). */
  specificFix?: string;
  /** The remediation and fix that offer no approval (RuleMeta.withoutApproval), for a plan no approval can clear. */
  withoutApproval?: { remediation: string; fix: string };
  /** Data keys whose values are copied from resource properties (hidden under `hidePlanText`). */
  planText?: readonly string[];
}

/**
 * An exemption that cleared no finding of this report (expired, or its rule, resource or stack matched nothing): data
 * until engine/render.ts words it. `index` is its place in the configuration's `exemptions` list; `file` is the
 * configuration file, when the gate read one.
 */
export interface UnusedExemption {
  kind: 'exemption';
  index: number;
  rule: string;
  resource: string;
  stack?: string;
  expires: string;
  expired: boolean;
  file?: string;
}

/**
 * An approval that cleared nothing: its fingerprint is not this report's (`reason: 'fingerprint'`), or it names this
 * fingerprint but was given for another repository (`'repository'`) or the gate was told no repository
 * (`'no-repository'`), or it names this plan in this repository but its `expires` day has passed (`'expired'`). `index`: its place in its list; `key`: that place as its file spells it (`approvals[0]` for a
 * list under `approvals:`, `[0]` for a bare list), set by the front end that read the file.
 */
export interface UnusedApproval {
  kind: 'approval';
  index: number;
  fingerprint: string;
  repository: string;
  approver: string;
  reason: 'fingerprint' | 'repository' | 'no-repository' | 'expired';
  /** Its last day, when it has one (an approvals file's entries do). */
  expires?: string;
  key?: string;
  file?: string;
}

/** What the configuration or the approvals say that cleared nothing, like ESLint's unused-disable report. */
export type Unused = UnusedExemption | UnusedApproval;
