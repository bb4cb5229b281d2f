import pc from 'picocolors';
import { displayName, type Finding, type Report } from '../../policy/engine/evaluate.js';
import { stripControl } from './escape.js';
import { skippedHeadline, skippedOf } from './skipped.js';
import { blockedSummary } from './summary.js';

export interface TextOptions {
  color: boolean;
}

/** What a person reads in a terminal: verdict first, grouped by stack, blocked changes first. */
export function renderText(report: Report, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const lines: string[] = [];
  lines.push(report.verdict === 'block'
    ? c.bold(c.red(`✖ BLOCKED: ${blockedSummary(report)}`))
    : c.bold(c.green(report.approvedBy ? `✔ ALLOWED: approved by ${stripControl(report.approvedBy.approver)}` : '✔ ALLOWED: nothing in this plan destroys or endangers data')));
  for (const stack of report.stacks) {
    lines.push('', c.bold(`Stack ${stripControl(stack.stack)}`) + c.dim(` (${stack.format}${stack.file && stack.file !== stack.stack ? `, ${stripControl(stack.file)}` : ''}) ${summarize(stack.counts)}`));
    if (stack.findings.length === 0) lines.push(c.dim('  no findings'));
    // The remediation is the same for every finding of a rule: say it once per stack.
    const explained = new Set<string>();
    for (const finding of stack.findings) {
      lines.push(...renderFinding(finding, c, !explained.has(finding.rule)));
      if (finding.level === 'block') explained.add(finding.rule);
    }
    for (const note of stack.notes) lines.push(c.dim(`  note: ${stripControl(note)}`));
  }
  const skipped = skippedOf(report);
  if (skipped.length > 0) {
    lines.push('', c.dim(`${skippedHeadline(skipped)}:`));
    for (const s of skipped) lines.push(c.dim(`  ${stripControl(s.file)}: ${stripControl(s.reason)}`));
  }
  if (report.fingerprint) {
    lines.push('', `Fingerprint: ${report.fingerprint}`);
    if (report.verdict === 'block') {
      lines.push(c.dim('If this is intended, a person with write access approves exactly this plan:'),
        c.dim(`  comment on the PR: /deploy-gate approve ${report.fingerprint}`),
        c.dim(`  or locally: --approvals FILE with {fingerprint: "${report.fingerprint}", approver, reason}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

const LABEL: Record<Finding['level'], string> = { block: 'BLOCK', warn: 'WARN', approved: 'APPROVED', exempt: 'EXEMPT' };

function renderFinding(f: Finding, c: ReturnType<typeof pc.createColors>, explain: boolean): string[] {
  const paint = f.level === 'block' ? c.red : f.level === 'warn' ? c.yellow : c.cyan;
  return [
    `  ${paint(c.bold(LABEL[f.level].padEnd(8)))} ${c.bold(f.rule)}  ${stripControl(f.action)} ${stripControl(displayName(f.resource))}${f.environment ? c.dim(` [env: ${stripControl(f.environment)}]`) : ''}`,
    // Policy packs write multi-line messages: every line stays under its finding.
    `           ${stripControl(f.message.replace(/\r?\n/g, '\u2028')).split('\u2028').join('\n           ')}`,
    ...(f.level === 'block' && explain ? [c.dim(`           fix: ${stripControl(f.fix)} (deploy-gate explain ${stripControl(f.rule)})`)] : []),
    ...(f.clearedBy ? [c.dim(`           ${stripControl(f.clearedBy)}`)] : []),
  ];
}

function summarize(counts: Record<string, number>): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  return parts.length ? `[${parts.join(", ")}]` : "";
}
