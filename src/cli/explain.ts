import type { Rule } from '../../policy/engine/define-rule.js';
import type { EngineFindingMeta } from '../../policy/engine/engine-findings.js';
import { readableTemplate, TEMPLATE_LEGEND } from '../../policy/engine/render.js';
import { docLink, ruleDocLink, type DocLink } from '../report/doc-links.js';

export function renderRuleList(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.defaultLevel.padEnd(5)}  ${r.scope.padEnd(6)}  ${r.title}`).join('\n')}\n`;
}

export function renderExplain(rule: Rule): string {
  return [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}, default ${rule.defaultLevel}, judges ${rule.scope === 'change' ? 'what the plan does' : 'the resulting infrastructure'}`,
    ...whyAndFix(rule.rationale, rule.remediation),
    `Messages (${TEMPLATE_LEGEND}):`,
    ...Object.entries(rule.messages).map(([id, text]) => `  ${id}: ${readableTemplate(String(text))}`),
    '',
    'Links:',
    ...rule.links.map((l) => `  ${l}`),
    '',
    ...docs(ruleDocLink(rule.id)),
  ].join('\n');
}

/** The engine's own findings (plan-incomplete, rule-error): explained like rules, from their page. */
export function renderEngineExplain(meta: EngineFindingMeta): string {
  return [
    `${meta.id}: ${meta.title}`,
    `severity ${meta.severity}, raised by the engine, never approvable or exemptable`,
    ...whyAndFix(meta.rationale, meta.remediation),
    `Messages (${TEMPLATE_LEGEND}):`,
    ...Object.entries(meta.messages).map(([id, text]) => `  ${id}: ${readableTemplate(text)}`),
    '',
    ...docs(ruleDocLink(meta.id)),
  ].join('\n');
}

/** What another pack reported of one of its policies, read from the plans `explain` was given. */
export interface Reported {
  stack: string;
  resource: string;
  level: string;
  message: string;
}

/**
 * Another CrossGuard pack's policy (`<pack>/<policy>`): deploy-gate did not judge it and has no page for it. It says
 * what it knows (the pack, the policy, what a violation does to the verdict) and, given the plans, the messages.
 */
export function renderForeignExplain(id: string, reported: readonly Reported[] | undefined): string {
  const slash = id.indexOf('/');
  const pack = id.slice(0, slash);
  const policy = id.slice(slash + 1);
  const lines = [
    `${id}: the policy ${policy} of the CrossGuard policy pack ${pack}`,
    `deploy-gate has no page for it: the pack ${pack} judged it, not deploy-gate, and reported it in the Pulumi event log.`,
    '',
    'What deploy-gate knows of it:',
    `  pack: ${pack}`,
    `  policy: ${policy}`,
    '  enforcement: a mandatory or remediate violation blocks; an advisory one warns',
  ];
  if (reported === undefined) {
    lines.push('  message: the one the pack wrote, shown in the report under the finding (pass the plans to see it here:',
      `    deploy-gate explain ${id} <plan files>)`);
  } else if (reported.length === 0) {
    lines.push('  message: the plans given hold no violation of this policy');
  } else {
    for (const r of reported) lines.push(`  message (${r.level}, ${r.resource} in stack ${r.stack}): ${r.message}`);
  }
  lines.push(
    '',
    'How to fix:',
    `  Read the documentation of the pack ${pack} for its policy ${policy}; fix what it reports and run the preview again.`,
    `  A blocking violation is cleared like a rule's: fix it, or (when it is intended) approve the plan's fingerprint.`,
    '',
    ...docs(docLink('policy-pack.md'), 'How deploy-gate reads other packs\' violations'),
  );
  return lines.join('\n');
}

/** Where the page is, inside the installed package and online. */
function docs(link: DocLink, label = 'Docs'): string[] {
  return [`${label}:`, ...(link.path ? [`  ${link.path}`] : []), `  ${link.url}`, ''];
}

/** The two sections every explanation has, rules' and the engine's alike. */
function whyAndFix(rationale: string, remediation: string): string[] {
  return ['', 'Why:', `  ${rationale}`, '', 'How to fix:', `  ${remediation}`, ''];
}
