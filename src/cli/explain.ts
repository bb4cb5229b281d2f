import type { Rule } from '../../policy/engine/define-rule.js';

export function renderRuleList(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.defaultLevel.padEnd(5)}  ${r.scope.padEnd(6)}  ${r.title}`).join('\n')}\n`;
}

export function renderExplain(rule: Rule): string {
  return [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}, default ${rule.defaultLevel}, judges ${rule.scope === 'change' ? 'what the plan does' : 'the resulting infrastructure'}`,
    '',
    'Why:',
    `  ${rule.rationale}`,
    '',
    'How to fix:',
    `  ${rule.remediation}`,
    '',
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
