import { MAX_APPROVAL_DAYS } from '../../policy/engine/approvals.js';
import { displayName, isApprovable, type Report } from '../../policy/engine/evaluate.js';
import { Renderer, unusedMessage, unusedPlace } from '../../policy/engine/render.js';
import { byLevel, entriesOf, isWhole, resourceName, type Entry } from './entries.js';
import { codeSpan, escapeMarkdown, escapeWithCode, mermaidLabel } from './escape.js';
import { skippedHeadline, skippedOf } from './skipped.js';
import { approvalBlockers, countsPhrase, noApprovalSentence, plural, recordedApprovalSentence, unusedHeadline, verdictReason, verdictWord } from './summary.js';

/** GitHub refuses a comment over 65,536 characters: the report stays under this, leaving room for what is appended. */
export const MARKDOWN_BUDGET = 60_000;

/** How many exemptions and approvals that cleared nothing the Markdown lists; the rest are counted. */
export const MAX_UNUSED_LISTED = 20;

export interface MarkdownOptions {
  /** How a reviewer approves: shown under a blocked verdict. */
  approveHint?: 'comment' | 'file';
  /** Extra warnings shown right under the verdict (e.g. the PR edits the gate's own workflow). */
  warnings?: string[];
  /** Characters the report may take (MARKDOWN_BUDGET); past it, lists end with a count of what was left out. */
  maxChars?: number;
  /** Where a reader finds what a cut report left out (Markdown, already escaped). */
  fullReport?: string;
}

/** What the plan does, as a reviewer sorts it: deletions first. */
export type Concern = 'unjudged' | 'destroys' | 'unprotects' | 'risks';

/** The engine's concern is not on a finding: it follows from the rule. */
export function concernOf(rule: string): Concern {
  if (!isApprovable({ rule })) return 'unjudged';
  if (rule === 'no-stateful-delete') return 'destroys';
  if (rule === 'no-protection-downgrade') return 'unprotects';
  return 'risks';
}

const SECTIONS: Record<Concern, string> = {
  unjudged: '🛑 Cannot be judged',
  destroys: '💥 Destroys data',
  unprotects: '🔓 Removes protection from data',
  risks: '⚠️ Puts data at risk',
};
const ORDER: Concern[] = ['unjudged', 'destroys', 'unprotects', 'risks'];
const ICON: Record<Entry['level'], string> = { block: '⛔', warn: '⚠️', approved: '✅', exempt: '➖' };

/** One line per resource: every entry (rule) on that resource, under the most serious concern among them. */
interface Row {
  stack: string;
  resource: string;
  concern: Concern;
  entries: Entry[];
}

/**
 * The report as GitHub-flavoured Markdown: job summary and PR comment body. Every plan-supplied string is escaped.
 * Grouped by what the plan does (destroys, unprotects, risks), one line per resource, the reasons and each rule's
 * fix once in `<details>`; cut to `maxChars` with a count of what was left out and where to find it.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const budget = options.maxChars ?? MARKDOWN_BUDGET;
  const fullReport = options.fullReport ?? 'the full report (`deploy-gate check … --output json`, or the job summary of the workflow run)';
  const manyStacks = report.stacks.length > 1;
  const renderer = new Renderer(report);
  const active = byLevel(entriesOf(report.findings.filter((f) => f.level === 'block' || f.level === 'warn'), renderer));
  const cleared = entriesOf(report.findings.filter((f) => f.level === 'approved' || f.level === 'exempt'), renderer);

  const head: string[] = [];
  const icon = report.verdict === 'block' ? '⛔' : '✅';
  head.push(`## ${icon} deploy-gate: ${verdictWord(report).toLowerCase()} — ${report.verdict === 'block' ? verdictReason(report) : escapeMarkdown(verdictReason(report))}`);
  if (report.approvedBy) head.push('', `> ${escapeMarkdown(report.approvedBy.reason)}`);
  for (const warning of options.warnings ?? []) head.push('', `> [!WARNING]\n> ${escapeMarkdown(warning)}`);

  const tail: string[] = [];
  const blockers = report.verdict === 'block' ? approvalBlockers(report, renderer) : [];
  if (blockers.length > 0) {
    // No approval can clear this plan: no fingerprint to approve, no command to post; what to fix instead.
    tail.push('', '### No approval can clear this plan', '', escapeMarkdown(noApprovalSentence(blockers)), '');
    for (const b of blockers) tail.push(`- ${codeSpan(b.rule)} (stack ${codeSpan(b.stack)}): ${escapeMarkdown(b.fix)}`);
    const recorded = recordedApprovalSentence(report, blockers);
    if (recorded) tail.push('', escapeMarkdown(recorded), '', `Fingerprint: ${codeSpan(report.fingerprint ?? '')}`);
  } else if (report.fingerprint && report.verdict === 'block') {
    tail.push('', '### Approve this exact plan', '',
      `Fingerprint: ${codeSpan(report.fingerprint)}`, '',
      options.approveHint === 'file'
        ? `If this is intended, add \`{fingerprint, repository, approver, reason, expires}\` (\`expires\`: its last day, at most ${MAX_APPROVAL_DAYS} days ahead) for this fingerprint to the approvals file passed with \`--approvals\`, with ${report.repository ? `repository ${codeSpan(report.repository)}` : 'the repository as `owner/name` (the gate checks it against `--repository`)'}.`
        : 'If this is intended, a maintainer (write access, not the PR author, not a bot) comments:\n\n```\n/deploy-gate approve ' + report.fingerprint + '\n```\n\nA push that changes what would be destroyed changes the fingerprint and voids the approval.');
  } else if (report.fingerprint) {
    tail.push('', `Fingerprint: ${codeSpan(report.fingerprint)}`);
  }
  tail.push('', '<details><summary>Stacks</summary>', '');
  for (const stack of report.stacks) {
    tail.push(`- ${stack.verdict === 'block' ? '⛔' : '✅'} ${codeSpan(stack.stack)} (${escapeMarkdown(stack.format)}): ${escapeMarkdown(countsPhrase(stack.counts))}`);
    for (const note of stack.notes) tail.push(`  - _note:_ ${escapeMarkdown(note)}`);
  }
  tail.push('', '</details>');
  if (report.unused.length > 0) {
    tail.push('', `<details><summary>⚠️ ${escapeMarkdown(unusedHeadline(report.unused))}</summary>`, '');
    // Listed before the budget is shared out, so never cut by it: a bounded number, the rest counted.
    for (const u of report.unused.slice(0, MAX_UNUSED_LISTED)) tail.push(`- ${codeSpan(unusedPlace(u))}: ${escapeMarkdown(unusedMessage(u, report.fingerprint, report.repository))}`);
    const more = report.unused.length - MAX_UNUSED_LISTED;
    if (more > 0) tail.push(`- _…and ${more.toLocaleString('en-US')} more: see ${fullReport}._`);
    tail.push('', '</details>');
  }
  const skipped = skippedOf(report);
  if (skipped.length > 0) {
    tail.push('', `<details><summary>${escapeMarkdown(skippedHeadline(skipped))}</summary>`, '');
    for (const s of skipped) tail.push(`- ${codeSpan(s.file)}: ${escapeMarkdown(s.reason)}`);
    tail.push('', '</details>');
  }

  // What is left after the verdict and the approval instructions, which are never cut.
  let room = budget - size(head) - size(tail) - 2_000;
  const take = (text: string): boolean => {
    if (text.length + 1 > room) return false;
    room -= text.length + 1;
    return true;
  };

  const rows = rowsOf(active);
  const body: string[] = [];
  if (active.length === 0) body.push('', cleared.length > 0 ? 'No findings block or warn.' : 'No findings.');
  // First pass: the one-line lists, deletions first; second: the details under each list.
  const listed = new Map<Concern, string[]>();
  const left = new Map<Concern, number>();
  let full = false;
  for (const concern of ORDER) {
    const lines: string[] = [];
    const mine = rows.filter((r) => r.concern === concern);
    for (const row of mine) {
      // Once a line does not fit, later (less serious) lines are not taken either: deletions keep their place.
      if (full || !take(rowLine(row, manyStacks))) { full = true; break; }
      lines.push(rowLine(row, manyStacks));
    }
    listed.set(concern, lines);
    left.set(concern, mine.length - lines.length);
  }
  let detailsCut = 0;
  // A rule's fix is said once in the report, under the first section that lists the rule.
  const explained = new Set<string>();
  for (const concern of ORDER) {
    const mine = rows.filter((r) => r.concern === concern);
    if (mine.length === 0) continue;
    // A failed plan or a rule error is about the plan, not one resource: its rows are counted as problems.
    body.push('', `### ${SECTIONS[concern]} (${plural(mine.length, concern === 'unjudged' ? 'problem' : 'resource')})`, '', ...listed.get(concern)!);
    const omitted = left.get(concern)!;
    if (omitted > 0) body.push(`- _…and ${plural(omitted, 'more resource')}, left out to fit a comment: see ${fullReport}._`);
    const details: string[] = [];
    for (const [rule, entries] of byRule(mine.flatMap((r) => r.entries))) {
      // One fix for the rule when its entries share it; otherwise the rule's own, and each resource's under it.
      const shared = entries.every((e) => e.fix === entries[0]!.fix);
      const header = explained.has(rule)
        ? `**${codeSpan(rule)}** (fix above)`
        : `**${codeSpan(rule)}**: ${escapeWithCode(shared ? entries[0]!.fix : entries[0]!.ruleFix)} (${codeSpan(`deploy-gate explain ${rule}`)})`;
      if (!take(header)) { detailsCut += entries.length; continue; }
      explained.add(rule);
      details.push('', header, '');
      for (const e of entries) {
        const own = shared || e.fix === e.ruleFix ? '' : ` — fix: ${escapeWithCode(e.fix)}`;
        const line = `- ${isWhole(e.resource) ? escapeMarkdown(resourceName(e.resource)) : codeSpan(displayName(e.resource))}: ${e.reasons.map(escapeMarkdown).join(' · ')}${own}`;
        if (take(line)) details.push(line); else detailsCut++;
      }
    }
    if (details.length > 0) body.push('', '<details><summary>Why, and how to fix</summary>', ...details, '', '</details>');
  }
  if (detailsCut > 0) body.push('', `_${plural(detailsCut, 'reason was', 'reasons were')} left out to fit a comment: see ${fullReport}._`);

  // Only what something depends on: a destroyed resource nothing depends on is a lone node, already in the list
  // above, and a graph of lone nodes says nothing more (seen in the 20-finding screenshot: eight boxes, no edge).
  const radius = report.stacks.flatMap((s) => s.blastRadius.filter((b) => b.holdsData && b.dependents.length > 0).map((b) => ({ ...b, stack: s.stack })));
  const graph = mermaid(radius);
  if (graph.nodes > 1) {
    if (take(graph.text)) body.push('', '### Blast radius', '', graph.text);
    else body.push('', `_The blast-radius graph (${plural(graph.nodes, 'node')}) is too large for a comment: see ${fullReport}._`);
  }
  if (cleared.length > 0) {
    const lines = [`<details><summary>Cleared by an approval or exemption (${plural(cleared.length, 'finding')})</summary>`, ''];
    let cut = 0;
    for (const e of cleared) {
      const line = `- ${ICON[e.level]} ${codeSpan(e.rule)} ${isWhole(e.resource) ? escapeMarkdown(resourceName(e.resource)) : codeSpan(displayName(e.resource))}${e.clearedBy.length ? `: ${e.clearedBy.map(escapeMarkdown).join('; ')}` : ''}`;
      if (take(line)) lines.push(line); else cut++;
    }
    if (cut > 0) lines.push(`- _…and ${plural(cut, 'more')}: see ${fullReport}._`);
    body.push('', ...lines, '', '</details>');
  }
  return `${[...head, ...body, ...tail].join('\n')}\n`;
}

function size(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

function rowsOf(entries: readonly Entry[]): Row[] {
  const rows = new Map<string, Row>();
  for (const e of entries) {
    const key = JSON.stringify([e.stack, e.resource]);
    const row = rows.get(key) ?? { stack: e.stack, resource: e.resource, concern: concernOf(e.rule), entries: [] };
    if (ORDER.indexOf(concernOf(e.rule)) < ORDER.indexOf(row.concern)) row.concern = concernOf(e.rule);
    row.entries.push(e);
    rows.set(key, row);
  }
  // Blocking rows before warnings within a concern, the engine's order otherwise.
  const blocks = (r: Row) => (r.entries.some((e) => e.level === 'block') ? 0 : 1);
  return [...rows.values()].map((r, i) => ({ r, i })).sort((a, b) => blocks(a.r) - blocks(b.r) || a.i - b.i).map(({ r }) => r);
}

function rowLine(row: Row, manyStacks: boolean): string {
  const level = row.entries.some((e) => e.level === 'block') ? 'block' : 'warn';
  const actions = [...new Set(row.entries.flatMap((e) => e.actions))];
  const env = row.entries.find((e) => e.environment)?.environment;
  const rules = [...new Set(row.entries.map((e) => e.rule))].map(codeSpan).join(', ');
  const subject = isWhole(row.resource) ? `**${escapeMarkdown(resourceName(row.resource))}**` : `**${escapeMarkdown(actions.join(', '))}** ${codeSpan(displayName(row.resource))}`;
  return `- ${ICON[level]} ${subject}${env ? ` in ${codeSpan(env)}` : ''}${manyStacks ? ` (stack ${codeSpan(row.stack)})` : ''}: ${rules}`;
}

function byRule(entries: readonly Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!out.has(e.rule)) out.set(e.rule, []);
    if (!out.get(e.rule)!.includes(e)) out.get(e.rule)!.push(e);
  }
  return out;
}

/** A Mermaid graph: each destroyed data-bearing resource something depends on, then what depends on it. */
function mermaid(radius: Array<{ stack: string; resource: string; type: string; action: string; dependents: string[] }>): { text: string; nodes: number } {
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
  return { text: lines.join('\n'), nodes: ids.size };
}

function shortName(address: string): string {
  return address.startsWith('urn:pulumi:') ? address.split('::').slice(-1)[0] ?? address : address;
}
