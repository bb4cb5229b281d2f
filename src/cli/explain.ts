import type { Rule } from '../../policy/engine/define-rule.js';
import type { EngineFindingMeta } from '../../policy/engine/engine-findings.js';

export function renderRuleList(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.defaultLevel.padEnd(5)}  ${r.scope.padEnd(6)}  ${r.title}`).join('\n')}\n`;
}

export function renderExplain(rule: Rule): string {
  return [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}, default ${rule.defaultLevel}, judges ${rule.scope === 'change' ? 'what the plan does' : 'the resulting infrastructure'}`,
    ...whyAndFix(rule.rationale, rule.remediation),
    'Messages:',
    ...Object.entries(rule.messages).map(([id, text]) => `  ${id}: ${String(text)}`),
    '',
    'Links:',
    ...rule.links.map((l) => `  ${l}`),
    '',
    `Docs: docs/rules/${rule.id}.md`,
    '',
  ].join('\n');
}

/** An engine finding (plan-incomplete, rule-error) or another pack's policy (`<pack>/<policy>`): what deploy-gate knows. */
export function renderEngineExplain(id: string, meta: EngineFindingMeta): string {
  const other = id.includes('/');
  return [
    other ? `${id}: policy ${id.slice(id.indexOf('/') + 1)} of the policy pack ${id.slice(0, id.indexOf('/'))}` : `${meta.id}: ${meta.title}`,
    other ? 'reported by another policy pack in the event log; deploy-gate did not judge it itself' : `severity ${meta.severity}, raised by the engine, never approvable or exemptable`,
    ...whyAndFix(meta.rationale, meta.remediation),
  ].join('\n');
}

/** The two sections every explanation has, rules' and the engine's alike. */
function whyAndFix(rationale: string, remediation: string): string[] {
  return ['', 'Why:', `  ${rationale}`, '', 'How to fix:', `  ${remediation}`, ''];
}
