import type { Report } from '../../policy/engine/evaluate.js';
import { Renderer, unusedMessage } from '../../policy/engine/render.js';
import { skippedOf } from './skipped.js';
import { approvalBlockers } from './summary.js';

/**
 * The documented, stable machine output (docs/output.md):
 * { verdict, fingerprint, findings: [{ rule, level, resource, type, action, environment, message, remediation }] , stacks }.
 */
export function renderJson(report: Report): string {
  const renderer = new Renderer(report);
  return `${JSON.stringify({
    verdict: report.verdict,
    fingerprint: report.fingerprint,
    ...(report.repository !== undefined ? { repository: report.repository } : {}),
    ...(report.approvedBy ? { approvedBy: report.approvedBy } : {}),
    findings: report.findings.map((f) => {
      const words = renderer.render(f);
      return {
        rule: f.rule, level: f.level, resource: f.resource, type: f.type, action: f.action, environment: f.environment,
        message: words.message, remediation: words.remediation, severity: f.severity, stack: f.stack,
        ...(f.file ? { file: f.file } : {}), ...(words.clearedBy ? { clearedBy: words.clearedBy } : {}),
        messageId: f.messageId, data: words.data,
      };
    }),
    // Blocks no approval clears (a failed plan, a rule error): while any is listed, approving the fingerprint
    // does not change the verdict; each says what to fix.
    unapprovable: approvalBlockers(report, renderer).map((b) => ({ rule: b.rule, stack: b.stack, resource: b.resource, message: b.message, fix: b.fix })),
    stacks: report.stacks.map((s) => ({ stack: s.stack, file: s.file, format: s.format, verdict: s.verdict, counts: s.counts, notes: s.notes })),
    // Files in a plan directory that hold the fields of no plan format, with why.
    skipped: skippedOf(report).map((s) => ({ file: s.file, reason: s.reason })),
    // Exemptions and approvals that cleared nothing (expired, matched no finding, another fingerprint or repository).
    unused: report.unused.map((u) => ({ ...u, message: unusedMessage(u, report.fingerprint, report.repository) })),
  }, null, 2)}\n`;
}
