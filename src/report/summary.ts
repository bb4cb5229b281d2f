import type { Finding, Report } from '../../policy/engine/evaluate.js';

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
  return blocked.length === resources ? text : `${text} (${blocked.length} findings)`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const PHRASES: Record<string, (n: number) => string> = {
  failed: () => 'the tool reported the plan as failed or incomplete',
  destroys: (n) => `${plural(n, 'change destroys', 'changes destroy')} or unprotect${n === 1 ? 's' : ''} data`,
  policy: (n) => `${plural(n, 'policy-pack violation', 'policy-pack violations')}`,
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
