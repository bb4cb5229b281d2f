// `pulumi preview --event-log FILE`: newline-delimited engine events. The one Pulumi source that carries
// both the plan (resourcePreEvent) and the policy packs' verdicts (policyEvent), which --json drops.
import { emptyPlan, type Plan } from '../model/plan.js';
import { InputError, isRecord } from './input-error.js';
import { parseUrn, providerIndex, type PulumiState } from './pulumi-resource.js';
import { addStep, missingDestructiveSteps, stripColors } from './pulumi-steps.js';

export function readPulumiEvents(text: string, file: string): Plan {
  const plan = emptyPlan({ format: 'pulumi-events', kind: 'plan', file, tool: 'pulumi' });
  const steps = new Map<string, { op: string; urn: string; type?: string; oldState?: PulumiState; newState?: PulumiState; detailedDiff?: Record<string, unknown> | null; diffReasons?: string[] }>();
  let sawEvent = false;
  let summary: Record<string, unknown> | undefined;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      // The engine writes whole lines; a partial last line means the log was cut off mid-run.
      throw new InputError(file, `line ${i + 1}`, i === lines.length - 1 || lines.slice(i + 1).every((l) => !l.trim())
        ? 'the event log ends with a truncated line: the run did not finish writing it'
        : 'not a JSON engine event');
    }
    if (!isRecord(event)) throw new InputError(file, `line ${i + 1}`, 'an engine event must be an object');
    sawEvent = true;
    const pre = event.resourcePreEvent ?? event.resOutputsEvent;
    if (isRecord(pre) && !isRecord(pre.metadata)) {
      throw new InputError(file, `line ${i + 1}`, 'a resource event without metadata: cannot tell what it changes');
    }
    if (isRecord(pre) && isRecord(pre.metadata)) {
      const m = pre.metadata;
      if (typeof m.urn !== 'string' || typeof m.op !== 'string') throw new InputError(file, `line ${i + 1}`, 'a resource event needs a string op and urn');
      const urn = m.urn;
      const op = m.op;
      const key = `${op} ${urn}`;
      // Outputs events repeat the pre event with final outputs: the later one wins.
      steps.set(key, {
        op, urn,
        ...(typeof m.type === 'string' ? { type: m.type } : {}),
        ...(isRecord(m.old) ? { oldState: m.old as PulumiState } : {}),
        ...(isRecord(m.new) ? { newState: m.new as PulumiState } : {}),
        detailedDiff: isRecord(m.detailedDiff) ? m.detailedDiff : null,
        ...(Array.isArray(m.diffs) ? { diffReasons: m.diffs as string[] } : {}),
      });
    }
    if (isRecord(event.policyEvent)) {
      const p = event.policyEvent;
      plan.reportedViolations.push({
        policyPack: String(p.policyPackName ?? 'policy-pack'),
        policy: String(p.policyName ?? 'policy'),
        enforcementLevel: String(p.enforcementLevel ?? 'advisory').toLowerCase(),
        message: stripColors(String(p.message ?? '')),
        ...(typeof p.resourceUrn === 'string' && p.resourceUrn ? { resource: p.resourceUrn } : {}),
      });
    }
    if (isRecord(event.diagnosticEvent) && String(event.diagnosticEvent.severity).toLowerCase() === 'error') {
      const d = event.diagnosticEvent;
      plan.failures.push({ message: stripColors(String(d.message ?? '')), ...(typeof d.urn === 'string' && d.urn ? { resource: d.urn } : {}) });
    }
    if (isRecord(event.summaryEvent)) summary = event.summaryEvent;
  });
  if (!sawEvent) throw new InputError(file, '', 'the event log holds no engine events');
  const all = [...steps.values()];
  const providers = providerIndex(all.flatMap((s) => [s.oldState, s.newState].filter((x): x is PulumiState => !!x)));
  for (const step of all) {
    plan.stack ??= parseUrn(step.urn).stack || undefined;
    plan.project ??= parseUrn(step.urn).project || undefined;
    addStep(plan, step, providers);
  }
  if (summary) {
    if (summary.result === 'failed' && plan.failures.length === 0) plan.failures.push({ message: 'the engine reported the run as failed' });
    if (summary.maybeCorrupt === true || String(summary.maybeCorrupt).toLowerCase() === 'true') plan.failures.push({ message: 'the engine marked this run maybeCorrupt' });
    const counts = isRecord(summary.resourceChanges) ? summary.resourceChanges : {};
    for (const problem of missingDestructiveSteps(counts, all)) plan.failures.push({ message: `${problem}: the event log does not hold every change` });
  } else {
    // The engine writes summaryEvent last, and schedules deletes last: a log without it is cut off, most likely
    // before the very steps that destroy data.
    plan.failures.push({ message: 'the event log has no summaryEvent: the run did not finish writing it, and the steps it lacks are usually the deletes' });
  }
  return plan;
}
