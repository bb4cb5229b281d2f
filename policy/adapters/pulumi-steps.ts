// Pulumi step ops (pkg/resource/deploy/step.go) → model changes. Shared by `preview --json` steps and
// event-log `resourcePreEvent`s, which carry the same old/new ResourceV3 pair.
import type { ActionKind, Change, Plan } from '../model/plan.js';
import { isInternalType, parseUrn, protectionOf, resourceFromState, type PulumiState } from './pulumi-resource.js';

const OPS: Record<string, { action: ActionKind; destroys: boolean }> = {
  same: { action: 'no-op', destroys: false },
  create: { action: 'create', destroys: false },
  'create-replacement': { action: 'create', destroys: false },
  update: { action: 'update', destroys: false },
  delete: { action: 'delete', destroys: true },
  // Only with --show-replacement-steps: the half of a replacement that destroys the old object.
  'delete-replaced': { action: 'replace', destroys: true },
  replace: { action: 'replace', destroys: true },
  discard: { action: 'delete', destroys: true },
  'discard-replaced': { action: 'replace', destroys: true },
  read: { action: 'read', destroys: false },
  'read-replacement': { action: 'read', destroys: false },
  refresh: { action: 'no-op', destroys: false },
  import: { action: 'import', destroys: false },
  'import-replacement': { action: 'import', destroys: false },
  // Drops a pending-replace marker from state; the engine deletes nothing.
  'remove-pending-replace': { action: 'forget', destroys: false },
  diff: { action: 'no-op', destroys: false },
  'extend-parameterize': { action: 'no-op', destroys: false },
};

export interface PulumiStep {
  op: string;
  urn: string;
  /** Event logs name the type beside the states (`metadata.type`). */
  type?: string;
  oldState?: PulumiState;
  newState?: PulumiState;
  diffReasons?: string[];
  replaceReasons?: string[];
  detailedDiff?: Record<string, unknown> | null;
}

/** Adds one step's change (and its resulting resource) to the plan. */
export function addStep(plan: Plan, step: PulumiStep, providers: Map<string, Record<string, unknown>>): void {
  // An op this version of deploy-gate does not know is treated as destructive: fail closed.
  const known = OPS[step.op] ?? { action: 'unknown' as const, destroys: true };
  const destroys = known.destroys;
  // What is destroyed is the OLD object: judge its type. A step may carry no state at all (a delete without
  // oldState): the URN still names the type. Only a step whose every named type is internal is skipped.
  const urnType = parseUrn(step.urn).type;
  const named = [step.oldState?.type, step.newState?.type, step.type, urnType].filter((t): t is string => typeof t === 'string' && t !== '');
  const type = (destroys ? step.oldState?.type || step.type || urnType || step.newState?.type : step.newState?.type || step.oldState?.type || step.type || urnType) ?? '';
  if (named.length > 0 && named.every(isInternalType)) return;
  const view = destroys ? step.oldState ?? step.newState : step.newState ?? step.oldState;
  const resource = resourceFromState({ ...view, urn: step.urn, type }, providers);
  const change: Change = {
    resource,
    action: known.action,
    raw: step.op,
    ...(step.oldState ? { before: resourceFromState({ ...step.oldState, urn: step.urn, type }, providers).properties } : {}),
    ...(step.newState && step.op !== 'delete' && step.op !== 'discard' ? { after: resourceFromState({ ...step.newState, urn: step.urn, type }, providers).properties } : {}),
    beforeProtection: protectionOf(step.oldState),
    afterProtection: protectionOf(step.newState),
    reasons: [...(step.replaceReasons ?? []), ...(step.diffReasons ?? [])],
    destroysObject: destroys,
    ...(step.oldState?.id ? { objectId: step.oldState.id } : {}),
  };
  plan.changes.push(change);
  if (!destroys && step.op !== 'read' && step.newState) {
    plan.resources.push(resourceFromState({ ...step.newState, urn: step.urn, type }, providers));
  }
  if (step.op === 'read' && step.newState) {
    // Reads (.get()) never reach policy packs (pulumi/pulumi#3950); keep them so cross-environment reads are seen.
    plan.resources.push({ ...resourceFromState({ ...step.newState, urn: step.urn, type }, providers), mode: 'data' });
  }
}

/** Removes Pulumi's colour directives (`<{%fg 1%}>`, `<{%reset%}>`) from engine messages. */
export function stripColors(message: string): string {
  return message.replace(/<\{%[^%]*%\}>/g, '').trim();
}

/** Ops whose count in a summary must be matched by visible steps: a summary counting more hides destruction. */
export const DESTRUCTIVE_OPS = ['delete', 'replace', 'delete-replaced', 'discard', 'discard-replaced'];

/**
 * Compares a summary's counts (`changeSummary`, `summaryEvent.resourceChanges`) with the steps the file shows.
 * A summary that counts more destructive operations than the file lists means the file is missing them.
 */
export function missingDestructiveSteps(summary: Record<string, unknown>, steps: ReadonlyArray<{ op: string }>): string[] {
  const problems: string[] = [];
  const shown = (op: string) => steps.filter((s) => s.op === op).length;
  // A replacement is one `replace` step by default, or a delete-replaced with --show-replacement-steps.
  const replaces = shown('replace') + shown('delete-replaced') + shown('discard-replaced');
  for (const op of DESTRUCTIVE_OPS) {
    const counted = Number(summary[op] ?? 0);
    if (!Number.isFinite(counted) || counted <= 0) continue;
    const visible = op === 'delete' || op === 'discard' ? shown(op) : replaces;
    if (counted > visible) problems.push(`the summary counts ${counted} ${op} but only ${visible} appear as steps`);
  }
  return problems;
}
