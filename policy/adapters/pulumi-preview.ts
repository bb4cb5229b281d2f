// `pulumi preview --json` (pkg/display/json.go PreviewDigest): { config, steps, diagnostics, changeSummary, maybeCorrupt }.
import { plural } from '../engine/plural.js';
import { emptyPlan, type Plan } from '../model/plan.js';
import { InputError, describe, expectRecord, optionalArray } from './input-error.js';
import { providerIndex, validateState, type PulumiState } from './pulumi-resource.js';
import { addStep, missingDestructiveSteps, stripColors, validateSummary, type PulumiStep } from './pulumi-steps.js';
import { parseUrn } from './pulumi-resource.js';

export function readPulumiPreview(document: unknown, file: string): Plan {
  const root = expectRecord(document, file, '/');
  // A forced --format must still find this tool's own keys: any JSON object must not read as "no changes".
  if (!Object.hasOwn(root, 'steps') && !Object.hasOwn(root, 'changeSummary') && !Object.hasOwn(root, 'diagnostics')) {
    throw new InputError(file, '/', 'not a `pulumi preview --json` document: it has none of steps, changeSummary, diagnostics');
  }
  const steps = optionalArray(root.steps, file, '/steps');
  const plan = emptyPlan({ format: 'pulumi-preview', kind: 'plan', file, tool: 'pulumi preview' });
  const states: PulumiState[] = [];
  steps.forEach((step, i) => {
    const record = expectRecord(step, file, `/steps/${i}`);
    if (typeof record.op !== 'string' || typeof record.urn !== 'string') {
      throw new InputError(file, `/steps/${i}`, 'a step needs a string "op" and "urn"');
    }
    for (const key of ['oldState', 'newState'] as const) {
      if (record[key] !== undefined) states.push(validateState(record[key], file, `/steps/${i}/${key}`));
    }
    for (const key of ['diffReasons', 'replaceReasons'] as const) {
      const reasons = record[key];
      if (reasons !== undefined && reasons !== null && !(Array.isArray(reasons) && reasons.every((r) => typeof r === 'string'))) {
        throw new InputError(file, `/steps/${i}/${key}`, `expected a list of property names, found ${describe(reasons)}`);
      }
    }
  });
  const providers = providerIndex(states);
  (steps as PulumiStep[]).forEach((step, i) => {
    plan.stack ??= parseUrn(step.urn).stack || undefined;
    plan.project ??= parseUrn(step.urn).project || undefined;
    addStep(plan, step, providers, { file, where: `/steps/${i}` });
  });
  for (const [i, diagnostic] of optionalArray(root.diagnostics, file, '/diagnostics').entries()) {
    const d = expectRecord(diagnostic, file, `/diagnostics/${i}`);
    if (String(d.severity).toLowerCase() === 'error') {
      plan.failures.push({ message: stripColors(String(d.message ?? '')), ...(typeof d.urn === 'string' && d.urn ? { resource: d.urn } : {}) });
    }
  }
  if (root.maybeCorrupt === true || String(root.maybeCorrupt).toLowerCase() === 'true') plan.failures.push({ message: 'the engine marked this preview maybeCorrupt' });
  const summary = validateSummary(root.changeSummary, file, '/changeSummary');
  for (const problem of missingDestructiveSteps(summary, steps as PulumiStep[])) plan.failures.push({ message: `${problem}: the preview does not list every change it makes` });
  const hiddenSames = (summary.same ?? 0) - plan.changes.filter((c) => c.raw === 'same').length;
  if (hiddenSames > 0) {
    plan.notes.push(`${plural(hiddenSames, 'unchanged resource is', 'unchanged resources are')} not in this preview (run pulumi preview --show-sames to let state rules see them)`);
  }
  return plan;
}
