// Reports built by hand for the renderers' tests: the engine's shapes, with as many findings as a test needs.
// A test writes a finding's words directly (`message`, `fix`); they become what the engine would produce: a message
// id with its data on the finding, and the rule's texts on the report, so the one renderer (engine/render.ts) runs.
import { unapprovableOf, type Finding, type FindingTexts, type Report, type StackResult } from '../../policy/engine/evaluate.js';

export interface FindingFixture extends Partial<Finding> {
  /** The finding's message as the renderer will print it. */
  message?: string;
  /** Its rule's one-line fix (the texts are per rule: the first fixture of a rule that gives one sets it). */
  fix?: string;
}

const FIXES = new WeakMap<Finding, string>();
const DEFAULT_FIX = 'Keep the resource, or approve this exact plan.';

export function finding(over: FindingFixture = {}): Finding {
  const { message, fix, ...rest } = over;
  const out: Finding = {
    rule: 'no-stateful-delete', level: 'block', severity: 'critical', resource: 'aws_db_instance.main', type: 'aws_db_instance',
    action: 'delete', environment: 'prod', messageId: 'fixture', data: { text: message ?? 'aws_db_instance.main holds data and is deleted' },
    stack: 'prod', ...rest,
  };
  if (fix) FIXES.set(out, fix);
  return out;
}

/** The texts the engine would attach: one entry per rule, rendering a fixture's `message` as given. */
export function textsFor(findings: readonly Finding[]): Record<string, FindingTexts> {
  const texts: Record<string, FindingTexts> = {};
  for (const f of findings) {
    const fix = FIXES.get(f);
    const known = texts[f.rule];
    if (!known) texts[f.rule] = { title: f.rule, messages: { fixture: '{text}' }, remediation: 'Keep it.', fix: fix ?? DEFAULT_FIX };
    else if (fix && known.fix === DEFAULT_FIX) known.fix = fix;
  }
  return texts;
}

export function report(findings: Finding[], over: Partial<Report> = {}, stack: Partial<StackResult> = {}): Report {
  const blocks = findings.some((f) => f.level === 'block');
  return {
    verdict: blocks ? 'block' : 'allow',
    fingerprint: blocks ? `sha256:${'ab'.repeat(32)}` : null,
    findings,
    stacks: [{ stack: 'prod', file: 'plan.json', format: 'terraform-plan', verdict: blocks ? 'block' : 'allow', findings, counts: { delete: 1 }, notes: [], blastRadius: [], ...stack }],
    texts: textsFor(findings),
    unapprovable: unapprovableOf({ findings }),
    ...over,
    unused: over.unused ?? [],
  };
}
