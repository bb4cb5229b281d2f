// A finding as every reporter receives it: which rule (or engine finding) raised it, its level after enforcement,
// exemptions and approvals, the resource and change it is about, and its message id with the rendered message.
// Its own module, so the engine's parts (exemptions, approvals) and the reporters depend on it, not on evaluate.ts.

import type { Severity } from './define-rule.js';

export type FindingLevel = 'block' | 'warn' | 'approved' | 'exempt';

export interface Finding {
  rule: string;
  level: FindingLevel;
  severity: Severity;
  resource: string;
  type: string;
  action: string;
  environment: string | null;
  message: string;
  remediation: string;
  /** The remediation in one short line. */
  fix: string;
  messageId: string;
  stack: string;
  file?: string;
  /** Why an exemption or approval cleared it. */
  clearedBy?: string;
  /** Cloud id of the object a change acts on: binds an approval to the physical object, not just its name. */
  objectId?: string;
}
