import { unapprovableOf, type Finding, type Report, type Unused } from '../../policy/engine/evaluate.js';
import type { Renderer } from '../../policy/engine/render.js';
import { entryKey } from './entries.js';

import { plural } from '../../policy/engine/plural.js';

/** "1 change", "3 changes": every count a report prints goes through the one helper (policy/engine/plural.ts). */
export { plural };

/**
 * The headline under a blocked verdict, worded by what blocked it: "2 changes destroy or unprotect data; 1 data
 * store lacks safeguards (4 findings)". Resources and findings are counted apart.
 */
export function blockedSummary(report: Report): string {
  const blocked = report.findings.filter((f) => f.level === 'block');
  const groups = new Map<string, Set<string>>();
  for (const finding of blocked) {
    const group = groupOf(finding);
    if (!groups.has(group)) groups.set(group, new Set());
    groups.get(group)!.add(`${finding.stack}|${finding.resource}`);
  }
  const parts = [...groups.entries()].map(([group, resources]) => PHRASES[group]!(resources.size));
  const resources = new Set(blocked.map((f) => `${f.stack}|${f.resource}`)).size;
  const text = parts.join('; ');
  return blocked.length === resources ? text : `${text} (${plural(blocked.length, 'finding')})`;
}

/**
 * How many warnings a reader will see: one per rule and resource, as the reports list them (src/report/entries.ts).
 */
export function warningCount(report: Report): number {
  return new Set(report.findings.filter((f) => f.level === 'warn').map(entryKey)).size;
}

/** "ALLOWED", "ALLOWED with 3 warnings", "BLOCKED": the verdict word every format leads with. */
export function verdictWord(report: Report): string {
  if (report.verdict === 'block') return 'BLOCKED';
  const warnings = warningCount(report);
  return warnings > 0 ? `ALLOWED with ${plural(warnings, 'warning')}` : 'ALLOWED';
}

/** What follows the verdict word: why it was blocked, who approved it, or that nothing endangers data. */
export function verdictReason(report: Report): string {
  if (report.verdict === 'block') return blockedSummary(report);
  if (report.approvedBy) return `approved by ${report.approvedBy.approver}`;
  return warningCount(report) > 0 ? 'nothing in this plan destroys data; read the warnings below' : 'nothing in this plan destroys or endangers data';
}

/** "2 exemptions and approvals cleared nothing": the heading over Report.unused in every human-readable format. */
export function unusedHeadline(unused: readonly Unused[]): string {
  const exemptions = unused.filter((u) => u.kind === 'exemption').length;
  const approvals = unused.length - exemptions;
  const parts = [...(exemptions > 0 ? [plural(exemptions, 'exemption')] : []), ...(approvals > 0 ? [plural(approvals, 'approval')] : [])];
  return `${parts.join(' and ')} cleared nothing`;
}

/** A stack's change counts as a reader says them: "5 changes (2 update, 3 delete)", "1 resource, no changes". */
export function countsPhrase(counts: Record<string, number>): string {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  const resources = counts.resources ?? 0;
  // What the plan would do to a resource is a change; drift and a no-op are counted after it.
  const actions = entries.filter(([k]) => !NOT_CHANGES.has(k));
  const others = entries.filter(([k]) => NOT_CHANGES.has(k) && k !== 'resources').map(([k, n]) => countOf(n, k));
  const changed = actions.reduce((sum, [, n]) => sum + n, 0);
  if (changed === 0) return [resources > 0 ? `${plural(resources, 'resource')}, no changes` : 'no changes', ...others].join(', ');
  return [`${plural(changed, 'change')} (${actions.map(([k, n]) => countOf(n, k)).join(', ')})`, ...others].join(', ');
}

/** A count of one action: the tool's own word (delete, replace, no-op) after the number, never pluralised. */
function countOf(n: number, action: string): string {
  return `${n.toLocaleString('en-US')} ${action}`;
}

const NOT_CHANGES = new Set(['resources', 'drift', 'no-op', 'same', 'read']);

const PHRASES: Record<string, (n: number) => string> = {
  failed: () => 'the tool reported the plan as failed or incomplete',
  destroys: (n) => plural(n, 'change destroys or unprotects', 'changes destroy or unprotect') + ' data',
  policy: (n) => `${plural(n, 'policy-pack violation')}`,
  error: () => 'a rule could not judge the plan',
  safeguards: (n) => `${plural(n, 'resource puts', 'resources put')} data at risk`,
};

function groupOf(finding: Finding): string {
  if (finding.rule === 'plan-incomplete') return 'failed';
  if (finding.rule === 'rule-error') return 'error';
  if (finding.rule.includes('/')) return 'policy';
  if (/delete|replace|discard|forget/.test(finding.action) || finding.rule === 'no-stateful-delete' || finding.rule === 'no-protection-downgrade') return 'destroys';
  return 'safeguards';
}

/** A block no approval clears, as every format lists it: which rule, where, and what to do about it. */
export interface ApprovalBlocker {
  rule: string;
  stack: string;
  resource: string;
  message: string;
  fix: string;
}

/**
 * What stands between this plan and an approval: the blocking findings no approval clears (a failed plan, a rule
 * that could not judge it), in words. Empty when an approval of the fingerprint would clear every block.
 */
export function approvalBlockers(report: Report, renderer: Renderer): ApprovalBlocker[] {
  const seen = new Set<string>();
  const out: ApprovalBlocker[] = [];
  // Derived from the findings (as report.unapprovable is), so a report built by hand cannot leave one out.
  for (const f of unapprovableOf(report)) {
    const words = renderer.render(f);
    const key = JSON.stringify([f.rule, f.stack, words.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule: f.rule, stack: f.stack, resource: f.resource, message: words.message, fix: words.fix });
  }
  return out;
}

/** The sentence that replaces the approval instructions when an approval cannot clear the block. */
export function noApprovalSentence(blockers: readonly ApprovalBlocker[]): string {
  const rules = [...new Set(blockers.map((b) => b.rule))].join(' and ');
  return `No approval can clear this block: ${rules} ${blockers.length === 1 ? 'is' : 'are'} never approvable. Fix ${blockers.length === 1 ? 'it' : 'them'} first, then gate the new plan:`;
}

/** One blocker as a list item: rule, stack, and the fix (the message is in the entry above it). */
export function blockerLine(b: ApprovalBlocker): string {
  return `${b.rule} (stack ${b.stack}): ${b.fix}`;
}

/** When an approval of the fingerprint was given but another block remains: it is recorded, and cannot clear it. */
export function recordedApprovalSentence(report: Report, blockers: readonly ApprovalBlocker[]): string | undefined {
  if (!report.approvedBy || blockers.length === 0) return undefined;
  const rules = [...new Set(blockers.map((b) => b.rule))].join(' and ');
  return `The approval by ${report.approvedBy.approver} is recorded, but it cannot clear ${rules}: the plan stays blocked until that is fixed. ` +
    'A new plan that makes the same changes has the same fingerprint, and this approval clears it.';
}
