import { unapprovableOf, type Finding, type Report } from '../../policy/engine/evaluate.js';
import type { Rule } from '../../policy/engine/define-rule.js';
import { Renderer } from '../../policy/engine/render.js';
import { skippedOf } from './skipped.js';

const LEVEL: Record<Finding['level'], 'error' | 'warning' | 'note'> = { block: 'error', warn: 'warning', approved: 'note', exempt: 'note' };

/** SARIF 2.1.0 for GitHub code scanning: one run, rules from the registry metadata, results located in the plan file. */
export function renderSarif(report: Report, rules: readonly Rule[], version: string): string {
  const ruleIds = new Set(rules.map((r) => r.id));
  const skipped = skippedOf(report);
  const renderer = new Renderer(report);
  // A plan that also carries a block no approval clears: no rule's help may offer an approval.
  const helpOf = (r: Rule) => (unapprovableOf(report).length > 0 && r.withoutApproval ? r.withoutApproval.remediation : r.remediation);
  const extraRules = [...new Set(report.findings.map((f) => f.rule).filter((id) => !ruleIds.has(id)))];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'deploy-gate',
          version,
          informationUri: 'https://github.com/deploy-gate/deploy-gate',
          rules: [
            ...rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.rationale },
              help: { text: helpOf(r), markdown: helpOf(r) },
              helpUri: r.links[0],
              defaultConfiguration: { level: r.defaultLevel === 'block' ? 'error' : r.defaultLevel === 'warn' ? 'warning' : 'none' },
              properties: { 'security-severity': { critical: '9.5', high: '8.0', medium: '5.0', low: '2.0' }[r.severity], tags: ['data-loss', 'infrastructure'] },
            })),
            ...extraRules.map((id) => ({ id, shortDescription: { text: id }, defaultConfiguration: { level: 'error' } })),
          ],
        },
      },
      // Files of a plan directory that are not plans: tool notifications, so code scanning shows them too.
      ...(skipped.length > 0 ? {
        invocations: [{
          executionSuccessful: true,
          toolExecutionNotifications: skipped.map((s) => ({
            level: 'note',
            message: { text: `not a plan, skipped: ${s.reason}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: s.file.replace(/^\.\//, '') } } }],
          })),
        }],
      } : {}),
      results: report.findings.map((f) => ({ f, words: renderer.render(f) })).map(({ f, words }) => ({
        ruleId: f.rule,
        level: LEVEL[f.level],
        message: { text: `${words.message}${words.clearedBy ? ` (${words.clearedBy})` : ''}` },
        locations: [{
          physicalLocation: { artifactLocation: { uri: (f.file ?? 'plan.json').replace(/^\.\//, '') }, region: { startLine: 1 } },
          logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }],
        }],
        partialFingerprints: { 'deployGate/v1': `${f.stack}|${f.rule}|${f.resource}|${f.action}` },
        ...(f.level === 'approved' || f.level === 'exempt' ? { suppressions: [{ kind: 'external', justification: words.clearedBy ?? f.level }] } : {}),
      })),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
