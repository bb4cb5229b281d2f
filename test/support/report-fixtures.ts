// Reports built by hand for the renderers' tests: the engine's shapes, with as many findings as a test needs.
import type { Finding, Report, StackResult } from '../../policy/engine/evaluate.js';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'no-stateful-delete', level: 'block', severity: 'critical', resource: 'aws_db_instance.main', type: 'aws_db_instance',
    action: 'delete', environment: 'prod', message: 'aws_db_instance.main holds data and is deleted', remediation: 'Keep it.',
    fix: 'Keep the resource, or approve this exact plan.', messageId: 'deleted', stack: 'prod', ...over,
  };
}

export function report(findings: Finding[], over: Partial<Report> = {}, stack: Partial<StackResult> = {}): Report {
  const blocks = findings.some((f) => f.level === 'block');
  return {
    verdict: blocks ? 'block' : 'allow',
    fingerprint: blocks ? `sha256:${'ab'.repeat(32)}` : null,
    findings,
    stacks: [{ stack: 'prod', file: 'plan.json', format: 'terraform-plan', verdict: blocks ? 'block' : 'allow', findings, counts: { delete: 1 }, notes: [], blastRadius: [], ...stack }],
    ...over,
  };
}
