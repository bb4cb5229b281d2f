// Pulumi step ops (pkg/resource/deploy/step.go) → model changes. Shared by `preview --json` steps and
// event-log `resourcePreEvent`s, which carry the same old/new ResourceV3 pair.
import type { ActionKind, Change, Plan } from '../model/plan.js';
import { describe, InputError, isRecord } from './input-error.js';
import { isInternalType, parseUrn, protectionOf, resourceFromState, type PulumiState } from './pulumi-resource.js';

/**
 * A Map, not an object literal: a step whose op is `constructor`, `toString` or `__proto__` must find nothing here
 * and be treated as the unknown op it is (destructive), not as an inherited member of Object.prototype.
 */
const OPS: ReadonlyMap<string, { action: ActionKind; destroys: boolean }> = new Map(Object.entries({
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
} satisfies Record<string, { action: ActionKind; destroys: boolean }>));

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

/**
 * A step's types must agree with its URNs: the URN names the type the engine acts on, and a `type` that says
 * otherwise (an `aws:ebs/volume:Volume` URN with a `pulumi:providers:aws` state) would have rules judge the wrong one.
 */
/** How many `::` a URN holds, as `urn.split('::').length - 1` counts them, without making the parts. */
function separators(urn: string): number {
  let count = 0;
  for (let i = urn.indexOf('::'); i !== -1 && count < 3; i = urn.indexOf('::', i + 2)) count++;
  return count;
}

function checkTypes(step: PulumiStep, at: { file: string; where: string }): void {
  if (!/^urn:pulumi:[^:]*::[^:]*::[^:]/.test(step.urn) || separators(step.urn) < 3) {
    throw new InputError(at.file, `${at.where} urn`, 'not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)');
  }
  const urnType = parseUrn(step.urn).type;
  if (step.type !== undefined && step.type !== '' && step.type !== urnType) {
    throw new InputError(at.file, `${at.where} type`, `the type "${step.type}" contradicts the URN, which names "${urnType}"`);
  }
  for (const key of ['oldState', 'newState'] as const) {
    const state = step[key];
    if (!state) continue;
    if (state.urn !== undefined && typeof state.urn !== 'string') throw new InputError(at.file, `${at.where} ${key}/urn`, `expected a string, found ${describe(state.urn)}`);
    if (state.type !== undefined && typeof state.type !== 'string') throw new InputError(at.file, `${at.where} ${key}/type`, `expected a string, found ${describe(state.type)}`);
    // The new state is the step's resource; the old one may carry an earlier URN (an alias), with its own type.
    if (key === 'newState' && state.urn && state.urn !== step.urn) {
      throw new InputError(at.file, `${at.where} ${key}/urn`, 'the new state names another resource than the step');
    }
    const stateUrn = state.urn || step.urn;
    const expected = parseUrn(stateUrn).type;
    if (state.type && state.type !== expected) {
      throw new InputError(at.file, `${at.where} ${key}/type`, `the type "${state.type}" contradicts the URN, which names "${expected}"`);
    }
  }
}

/** Adds one step's change (and its resulting resource) to the plan. `at` names the step in messages. */
export function addStep(plan: Plan, step: PulumiStep, providers: Map<string, Record<string, unknown>>, at: { file: string; where: string }): void {
  checkTypes(step, at);
  // An op this version of deploy-gate does not know is treated as destructive: fail closed.
  const known = OPS.get(step.op) ?? { action: 'unknown' as const, destroys: true };
  const destroys = known.destroys;
  // The engine's delete, replace and discard steps always carry the object they destroy (deploy/step.go: old is
  // set); without it, or with an empty one, what is destroyed (a namespace's name, a release's objects, a stack's
  // template) cannot be seen, and guessing from the URN let such a preview pass (found by the long fuzz run).
  if (destroys && OPS.has(step.op)) {
    const old: unknown = step.oldState;
    if (old === undefined || old === null) throw new InputError(at.file, at.where, `a ${step.op} step without oldState: what it destroys cannot be seen`);
    if (isRecord(old) && Object.keys(old).length === 0) throw new InputError(at.file, `${at.where}/oldState`, `the oldState of a ${step.op} step is an empty object: what it destroys cannot be seen`);
    // Every state the engine writes names its resource (StepEventStateMetadata: urn and type are never empty): one
    // that does not is not the object destroyed, however much else it holds (found by the long fuzz run: `{"": []}`).
    if (isRecord(old) && (typeof old.type !== 'string' || old.type === '' || typeof old.urn !== 'string' || old.urn === '')) {
      throw new InputError(at.file, `${at.where}/oldState`, `the oldState of a ${step.op} step names no ${typeof old.type === 'string' && old.type !== '' ? 'urn' : 'type'}: it is not the object destroyed, so what is destroyed cannot be seen`);
    }
    if (isRecord(old) && old.custom === true && !isRecord(old.outputs) && !isRecord(old.inputs)) {
      throw new InputError(at.file, `${at.where}/oldState`, `the oldState of a ${step.op} step of a custom resource holds neither inputs nor outputs: what it destroys cannot be seen`);
    }
    // A custom resource in the state holds what its provider returned (outputs: its guards as the provider wrote
    // them, a null where it wrote none); inputs alone show only what was asked, and a guard missing there would be
    // read as its default (found by the long fuzz run: a Google project whose null deletionPolicy went with its
    // outputs, read as PREVENT).
    if (isRecord(old) && old.custom === true && !isRecord(old.outputs)) {
      throw new InputError(at.file, `${at.where}/oldState`, `the oldState of a ${step.op} step of a custom resource has no outputs: what its provider wrote (its protection settings included) cannot be seen`);
    }
  }
  // What is destroyed is the OLD object: judge its type. A step may carry no state at all (a delete without
  // oldState): the URN still names the type. Only a step whose every named type is internal is skipped.
  const urnType = parseUrn(step.urn).type;
  const named = [step.oldState?.type, step.newState?.type, step.type, urnType].filter((t): t is string => typeof t === 'string' && t !== '');
  const type = (destroys ? step.oldState?.type || step.type || urnType || step.newState?.type : step.newState?.type || step.oldState?.type || step.type || urnType) ?? '';
  if (named.length > 0 && named.every(isInternalType)) return;
  // Each state is read once (masked, unknowns stripped): the change's resource, before and after, and the plan's
  // resource are views of these two, as the Terraform reader's are.
  const fromState = (state: PulumiState | undefined) => resourceFromState({ ...state, urn: step.urn, type }, providers);
  const oldResource = step.oldState ? fromState(step.oldState) : undefined;
  const newResource = step.newState ? fromState(step.newState) : undefined;
  const resource = (destroys ? oldResource ?? newResource : newResource ?? oldResource) ?? fromState(undefined);
  const change: Change = {
    resource,
    action: known.action,
    raw: step.op,
    ...(oldResource ? { before: oldResource.properties } : {}),
    ...(newResource && step.op !== 'delete' && step.op !== 'discard' ? { after: newResource.properties } : {}),
    beforeProtection: protectionOf(step.oldState),
    afterProtection: protectionOf(step.newState),
    reasons: [...(step.replaceReasons ?? []), ...(step.diffReasons ?? [])],
    destroysObject: destroys,
    ...(step.oldState?.id ? { objectId: step.oldState.id } : {}),
  };
  plan.changes.push(change);
  if (!destroys && step.op !== 'read' && newResource) {
    plan.resources.push(newResource);
  }
  if (step.op === 'read' && newResource) {
    // Reads (.get()) never reach policy packs (pulumi/pulumi#3950); keep them so cross-environment reads are seen.
    plan.resources.push({ ...newResource, mode: 'data' });
  }
}

/** Removes Pulumi's colour directives (`<{%fg 1%}>`, `<{%reset%}>`) from engine messages. */
export function stripColors(message: string): string {
  return message.replace(/<\{%[^%]*%\}>/g, '').trim();
}

/** Ops whose count in a summary must be matched by visible steps: a summary counting more hides destruction. */
export const DESTRUCTIVE_OPS = ['delete', 'replace', 'delete-replaced', 'discard', 'discard-replaced'];

/**
 * A summary's counts (`changeSummary`, `summaryEvent.resourceChanges`): an object of non-negative integers.
 * Anything else (a string, Infinity written as 1e400, -1) cannot be compared with the steps, so it is refused.
 */
export function validateSummary(value: unknown, file: string, where: string): Record<string, number> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new InputError(file, where, `expected an object of counts, found ${describe(value)}`);
  const counts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [op, count] of Object.entries(value)) {
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new InputError(file, `${where}/${op}`, `a count must be a whole number of 0 or more, found ${typeof count === 'number' ? String(count) : describe(count)}`);
    }
    counts[op] = count;
  }
  return counts;
}

/**
 * Compares a summary's counts (`changeSummary`, `summaryEvent.resourceChanges`) with the steps the file shows.
 * A summary that counts more destructive operations than the file lists means the file is missing them.
 */
export function missingDestructiveSteps(summary: Record<string, number>, steps: ReadonlyArray<{ op: string }>): string[] {
  const problems: string[] = [];
  const shown = (op: string) => steps.filter((s) => s.op === op).length;
  // A replacement is one `replace` step by default, or a delete-replaced with --show-replacement-steps.
  const replaces = shown('replace') + shown('delete-replaced') + shown('discard-replaced');
  for (const [op, counted] of Object.entries(summary)) {
    if (counted <= 0) continue;
    const known = OPS.get(op);
    // Counts of ops that destroy nothing may differ (sames are hidden by default); an op we do not know may destroy.
    if (known && !known.destroys) continue;
    const visible = op === 'replace' || op === 'delete-replaced' || op === 'discard-replaced' ? replaces : shown(op);
    if (counted > visible) problems.push(`the summary counts ${counted} ${op} but only ${visible} appear as steps`);
  }
  return problems;
}
