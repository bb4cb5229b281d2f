import pc from 'picocolors';
import { MAX_APPROVAL_DAYS } from '../../policy/engine/approvals.js';
import type { Report } from '../../policy/engine/evaluate.js';
import { Renderer, unusedMessage, unusedPlace } from '../../policy/engine/render.js';
import { byLevel, entriesOf, subjectOf, type Entry } from './entries.js';
import { stripControl } from './escape.js';
import { skippedHeadline, skippedOf } from './skipped.js';
import { approvalBlockers, blockerLine, countsPhrase, noApprovalSentence, recordedApprovalSentence, unusedHeadline, verdictReason, verdictWord } from './summary.js';
import { DEFAULT_WIDTH, wrap } from './wrap.js';

export interface TextOptions {
  color: boolean;
  /** Columns to fit (src/report/wrap.ts terminalWidth); DEFAULT_WIDTH when not given. */
  width?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

/** Where a finding's reasons start: under the rule, after "  BLOCK    ". */
const BODY = ' '.repeat(11);

/**
 * What a person reads in a terminal: verdict first, grouped by stack, blocked entries first, one entry per rule
 * and resource, every line fitted to the width with a hanging indent. Commands to copy stay whole on their own line.
 */
export function renderText(report: Report, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const width = options.width ?? DEFAULT_WIDTH;
  const lines: string[] = [];
  const renderer = new Renderer(report);
  const para = (text: string, first: string, rest?: string) => wrap(stripControl(text), width, first, rest);

  const verdict = `${report.verdict === 'block' ? '✖' : '✔'} ${verdictWord(report)}: ${verdictReason(report)}`;
  const paint = report.verdict === 'block' ? c.red : c.green;
  lines.push(...para(verdict, '', '  ').map((l) => c.bold(paint(l))));

  // A rule's one-line fix is said once in the report, at its first entry; a fix in another resource's own terms
  // (another tool, another type's guard) is said where it first differs.
  const explained = new Set<string>();
  for (const stack of report.stacks) {
    const where = `${stack.format}${stack.file && stack.file !== stack.stack ? `, ${stack.file}` : ''}`;
    const heading = para(`Stack ${stack.stack} (${where}): ${countsPhrase(stack.counts)}`, '', '  ');
    lines.push('', ...heading.map((l, i) => (i === 0 ? c.bold(l) : c.dim(l))));
    if (stack.findings.length === 0) lines.push(c.dim('  no findings'));
    for (const entry of byLevel(entriesOf(stack.findings, renderer))) {
      const said = JSON.stringify([entry.rule, entry.fix]);
      lines.push(...renderEntry(entry, c, width, !explained.has(said) && (entry.level === 'block' || entry.level === 'warn')));
      if (entry.level === 'block' || entry.level === 'warn') explained.add(said);
    }
    for (const note of stack.notes) lines.push(...para(`note: ${note}`, '  ', '        ').map(c.dim));
  }

  const skipped = skippedOf(report);
  if (skipped.length > 0) {
    lines.push('', c.dim(`${skippedHeadline(skipped)}:`));
    for (const s of skipped) lines.push(...para(`${s.file}: ${s.reason}`, '  ', '    ').map(c.dim));
  }
  if (report.unused.length > 0) {
    lines.push('', c.yellow(`${unusedHeadline(report.unused)}:`));
    for (const u of report.unused) lines.push(...para(`${unusedPlace(u)}: ${unusedMessage(u, report.fingerprint, report.repository)}`, '  ', '    '));
  }
  const blockers = report.verdict === 'block' ? approvalBlockers(report, renderer) : [];
  if (blockers.length > 0) {
    // An approval cannot clear this plan: no fingerprint to copy, no command to run; what to fix instead.
    lines.push('', ...para(noApprovalSentence(blockers), ''));
    for (const b of blockers) lines.push(...para(blockerLine(b), '  - ', '    '));
    const recorded = recordedApprovalSentence(report, blockers);
    if (recorded) lines.push(...para(recorded, ''));
    if (recorded && report.fingerprint) lines.push(`Fingerprint: ${report.fingerprint}`);
  } else if (report.fingerprint) {
    // The fingerprint and the commands that carry it are never wrapped: they are copied whole.
    lines.push('', `Fingerprint: ${report.fingerprint}`);
    if (report.verdict === 'block') {
      lines.push(...para('If this is intended, a person with write access approves exactly this plan, by a comment on the PR:', '').map(c.dim),
        `  /deploy-gate approve ${report.fingerprint}`,
        ...para(report.repository ? 'or locally, in the YAML file passed with --approvals:' : 'or locally, in the YAML file passed with --approvals (the gate then needs --repository owner/name to check it):', '').map(c.dim),
        `  - fingerprint: ${report.fingerprint}`,
        `    repository: ${report.repository ?? 'owner/name'}`,
        c.dim('    approver: you@example.com'),
        c.dim('    reason: why destroying this is intended'),
        c.dim(`    expires: YYYY-MM-DD (its last day, at most ${MAX_APPROVAL_DAYS} days ahead)`));
    }
  }
  return `${lines.join('\n')}\n`;
}

const LABEL: Record<Entry['level'], string> = { block: 'BLOCK', warn: 'WARN', approved: 'APPROVED', exempt: 'EXEMPT' };

function renderEntry(e: Entry, c: Colors, width: number, explain: boolean): string[] {
  const paint = e.level === 'block' ? c.red : e.level === 'warn' ? c.yellow : c.cyan;
  const label = `  ${LABEL[e.level].padEnd(8)} `;
  const env = e.environment ? ` [env: ${e.environment}]` : '';
  const heading = wrap(stripControl(`${e.rule}: ${subjectOf(e)}${env}`), width, label, BODY)
    .map((line, i) => (i === 0 ? `  ${c.bold(paint(LABEL[e.level]))}${' '.repeat(label.length - 2 - LABEL[e.level].length)}${boldRule(line.slice(label.length), e.rule, c)}` : line));
  // Policy packs write multi-line messages: each line is a paragraph under its entry.
  const paragraphs = (text: string) => stripControl(text.replace(/\r\n?/g, '\n')).split(/\n|\u2028/).filter((p) => p.trim() !== '');
  const body: string[] = [];
  const several = e.reasons.length > 1;
  for (const reason of e.reasons) {
    paragraphs(reason).forEach((p, i) => {
      body.push(...wrap(p, width, several && i === 0 ? `${BODY}- ` : several ? `${BODY}  ` : BODY, several ? `${BODY}  ` : BODY));
    });
  }
  if (explain) body.push(...wrap(stripControl(`fix: ${e.fix} (deploy-gate explain ${e.rule})`), width, BODY, `${BODY}     `).map(c.dim));
  for (const cleared of e.clearedBy) body.push(...wrap(stripControl(cleared), width, BODY).map(c.dim));
  return [...heading, ...body];
}

function boldRule(rest: string, rule: string, c: Colors): string {
  const name = stripControl(rule);
  return rest.startsWith(name) ? c.bold(name) + rest.slice(name.length) : rest;
}
