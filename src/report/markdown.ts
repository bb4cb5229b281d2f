import { displayName, type Finding, type Report, type StackResult } from '../../policy/engine/evaluate.js';
import { codeCell, codeSpan, escapeMarkdown, mermaidLabel } from './escape.js';
import { skippedHeadline, skippedOf } from './skipped.js';
import { blockedSummary } from './summary.js';

export interface MarkdownOptions {
  /** How a reviewer approves: shown under a blocked verdict. */
  approveHint?: 'comment' | 'file';
  /** Extra warnings shown right under the verdict (e.g. the PR edits the gate's own workflow). */
  warnings?: string[];
}

/** The report as GitHub-flavoured Markdown: job summary and PR comment body. Every plan-supplied string is escaped. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const blocked = report.findings.filter((f) => f.level === 'block');
  if (report.verdict === 'block') {
    out.push(`## ⛔ deploy-gate: blocked — ${blockedSummary(report)}`);
  } else if (report.approvedBy) {
    out.push(`## ✅ deploy-gate: allowed — approved by ${escapeMarkdown(report.approvedBy.approver)}`, '', `> ${escapeMarkdown(report.approvedBy.reason)}`);
  } else {
    out.push('## ✅ deploy-gate: allowed — nothing in this plan destroys or endangers data');
  }
  for (const warning of options.warnings ?? []) out.push('', `> [!WARNING]\n> ${escapeMarkdown(warning)}`);

  if (blocked.length > 0) {
    out.push('', '### Blocked changes', '', '| Resource | Action | Environment | Rule | Why | How to fix |', '|---|---|---|---|---|---|');
    for (const f of blocked) out.push(row(f));
  }
  const radius = report.stacks.flatMap((s) => s.blastRadius.filter((b) => b.holdsData).map((b) => ({ ...b, stack: s.stack })));
  if (radius.length > 0) out.push('', '### Blast radius', '', mermaid(radius));

  if (report.fingerprint && report.verdict === 'block') {
    out.push('', '### Approve this exact plan', '',
      `Fingerprint: ${codeSpan(report.fingerprint)}`, '',
      options.approveHint === 'file'
        ? 'If this is intended, add `{fingerprint, approver, reason}` for this fingerprint to the approvals file passed with `--approvals`.'
        : 'If this is intended, a maintainer (write access, not the PR author, not a bot) comments:\n\n```\n/deploy-gate approve ' + report.fingerprint + '\n```\n\nA push that changes what would be destroyed changes the fingerprint and voids the approval.');
  } else if (report.fingerprint) {
    out.push('', `Fingerprint: ${codeSpan(report.fingerprint)}`);
  }

  const others = report.findings.filter((f) => f.level !== 'block');
  out.push('', '<details><summary>All findings by stack</summary>', '');
  for (const stack of report.stacks) out.push(...stackDetails(stack));
  if (others.length === 0 && blocked.length === 0) out.push('No findings.');
  out.push('', '</details>');
  const skipped = skippedOf(report);
  if (skipped.length > 0) {
    out.push('', `<details><summary>${escapeMarkdown(skippedHeadline(skipped))}</summary>`, '');
    for (const s of skipped) out.push(`- ${codeSpan(s.file)}: ${escapeMarkdown(s.reason)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function row(f: Finding): string {
  return `| ${codeCell(displayName(f.resource))} | ${escapeMarkdown(f.action)} | ${escapeMarkdown(f.environment ?? '—')} | ${codeCell(f.rule)} | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.fix)} |`;
}


function stackDetails(stack: StackResult): string[] {
  const lines = ['', `#### ${stack.verdict === 'block' ? '⛔' : '✅'} ${escapeMarkdown(stack.stack)} (${escapeMarkdown(stack.format)})`, ''];
  if (stack.findings.length === 0) lines.push('No findings.');
  for (const f of stack.findings) {
    lines.push(`- **${f.level}** ${codeSpan(f.rule)} ${codeSpan(f.resource)}: ${escapeMarkdown(f.message)}${f.clearedBy ? ` (${escapeMarkdown(f.clearedBy)})` : ''}`);
  }
  for (const note of stack.notes) lines.push(`- _note:_ ${escapeMarkdown(note)}`);
  return lines;
}

/** A Mermaid graph: each destroyed data-bearing resource, then what depends on it. */
function mermaid(radius: Array<{ stack: string; resource: string; type: string; action: string; dependents: string[] }>): string {
  const lines = ['```mermaid', 'graph LR'];
  const ids = new Map<string, string>();
  const id = (key: string) => {
    if (!ids.has(key)) ids.set(key, `n${ids.size}`);
    return ids.get(key)!;
  };
  // Destroyed nodes are declared first, so a destroyed resource that also depends on another keeps its label.
  for (const entry of radius) {
    lines.push(`  ${id(`${entry.stack}|${entry.resource}`)}["💥 ${mermaidLabel(entry.action)}: ${mermaidLabel(shortName(entry.resource))}<br/>${mermaidLabel(entry.type)}"]:::destroyed`);
  }
  for (const entry of radius) {
    for (const dependent of entry.dependents) {
      const key = `${entry.stack}|${dependent}`;
      const declared = ids.has(key);
      const node = id(key);
      lines.push(`  ${declared ? node : `${node}["${mermaidLabel(shortName(dependent))}"]`} -->|depends on| ${id(`${entry.stack}|${entry.resource}`)}`);
    }
  }
  lines.push('  classDef destroyed fill:#fdd,stroke:#c00,color:#600', '```');
  return lines.join('\n');
}

function shortName(address: string): string {
  return address.startsWith('urn:pulumi:') ? address.split('::').slice(-1)[0] ?? address : address;
}
