// `pulumi preview --json` (pkg/display/json.go PreviewDigest): { config, steps, diagnostics, changeSummary, maybeCorrupt }.
import { emptyPlan, type Plan } from '../model/plan.js';
import { expectArray, expectRecord, InputError, isRecord } from './input-error.js';
import { providerIndex, type PulumiState } from './pulumi-resource.js';
import { addStep, stripColors, type PulumiStep } from './pulumi-steps.js';
import { parseUrn } from './pulumi-resource.js';

export function readPulumiPreview(document: unknown, file: string): Plan {
  const root = expectRecord(document, file, '/');
  const steps = expectArray(root.steps ?? [], file, '/steps');
  const plan = emptyPlan({ format: 'pulumi-preview', kind: 'plan', file, tool: 'pulumi preview' });
  const states: PulumiState[] = [];
  steps.forEach((step, i) => {
    const record = expectRecord(step, file, `/steps/${i}`);
    if (typeof record.op !== 'string' || typeof record.urn !== 'string') {
      throw new InputError(file, `/steps/${i}`, 'a step needs a string "op" and "urn"');
    }
    for (const key of ['oldState', 'newState'] as const) {
      if (record[key] !== undefined && !isRecord(record[key])) throw new InputError(file, `/steps/${i}/${key}`, 'expected an object');
      if (record[key]) states.push(record[key] as PulumiState);
    }
  });
  const providers = providerIndex(states);
  for (const step of steps as PulumiStep[]) {
    plan.stack ??= parseUrn(step.urn).stack || undefined;
    addStep(plan, step, providers);
  }
  for (const [i, diagnostic] of expectArray(root.diagnostics ?? [], file, '/diagnostics').entries()) {
    const d = expectRecord(diagnostic, file, `/diagnostics/${i}`);
    if (d.severity === 'error') {
      plan.failures.push({ message: stripColors(String(d.message ?? '')), ...(typeof d.urn === 'string' && d.urn ? { resource: d.urn } : {}) });
    }
  }
  if (root.maybeCorrupt === true) plan.failures.push({ message: 'the engine marked this preview maybeCorrupt' });
  const summary = isRecord(root.changeSummary) ? root.changeSummary : {};
  const hiddenSames = Number(summary.same ?? 0) - plan.changes.filter((c) => c.raw === 'same').length;
  if (hiddenSames > 0) {
    plan.notes.push(`${hiddenSames} unchanged resources are not in this preview (run with --show-sames to let state rules see them)`);
  }
  return plan;
}
