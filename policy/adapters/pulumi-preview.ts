// `pulumi preview --json` (pkg/display/json.go PreviewDigest): { config, steps, diagnostics, changeSummary, maybeCorrupt }.
import { plural } from '../engine/plural.js';
import { emptyPlan, type Plan } from '../model/plan.js';
import { InputError, describe, expectRecord, optionalArray } from './input-error.js';
import { providerIndex, validateState, type PulumiState } from './pulumi-resource.js';
import { addStep, missingDestructiveSteps, stripColors, validateSummary, type PulumiStep } from './pulumi-steps.js';
import { parseUrn } from './pulumi-resource.js';

/** PreviewDigest's own keys (pkg/display/json.go); others are ignored unless they hold one of its sections. */
const DIGEST_KEYS = new Set(['config', 'steps', 'diagnostics', 'duration', 'changeSummary', 'maybeCorrupt']);
const SUMMARY_OPS = /^(same|create|update|delete|replace|create-replacement|delete-replaced|read|refresh|import|import-replacement|discard|discard-replaced|read-replacement|remove-pending-replace)$/;

/**
 * A key the digest does not have, holding what only `steps` or `changeSummary` holds (a list of steps with op and
 * urn; counts by op): the section renamed. Read as absent, it would make a preview that deletes look like no change.
 */
function renamedSections(root: Record<string, unknown>, file: string): void {
  for (const [key, value] of Object.entries(root)) {
    if (DIGEST_KEYS.has(key)) continue;
    const steps = Array.isArray(value) && value.some((s) => s !== null && typeof s === 'object' && 'op' in s && 'urn' in s);
    const summary = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0
      && Object.entries(value).every(([op, n]) => SUMMARY_OPS.test(op) && typeof n === 'number');
    if (steps || summary) {
      throw new InputError(file, `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, `holds ${steps ? 'steps' : 'a change summary'} under "${key.slice(0, 60)}", a key \`pulumi preview --json\` does not write: the ${steps ? '"steps"' : '"changeSummary"'} section renamed cannot be read as absent`);
    }
  }
}

export function readPulumiPreview(document: unknown, file: string): Plan {
  const root = expectRecord(document, file, '/');
  // A forced --format must still find this tool's own keys: any JSON object must not read as "no changes".
  if (!Object.hasOwn(root, 'steps') && !Object.hasOwn(root, 'changeSummary') && !Object.hasOwn(root, 'diagnostics')) {
    throw new InputError(file, '/', 'not a `pulumi preview --json` document: it has none of steps, changeSummary, diagnostics');
  }
  renamedSections(root, file);
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
