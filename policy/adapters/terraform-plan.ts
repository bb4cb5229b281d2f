// `terraform show -json` / `tofu show -json` plans, format_version 0.x and 1.x
// (internal/command/jsonplan in hashicorp/terraform; see shared/design/terraform-plans.md).
import type { ActionKind, Change, Plan, Protection, Reference, Resource } from '../model/plan.js';
import { emptyPlan, markEveryAttribute } from '../model/plan.js';
import { plural } from '../engine/plural.js';
import { maskSensitive } from '../model/redact.js';
import { InputError, describe, expectArray, expectRecord, isRecord, optionalArray, own } from './input-error.js';

/**
 * `lifecycle` never appears in plan JSON. The Terraform sources given with --source (src/readers/terraform-sources.ts
 * reads them) supply it: the lifecycle of the block a resource is written in, found through its module calls
 * (`moduleSources`: the plan's `module.db` → its source). A block that cannot be found gives `preventDestroyUnseen`.
 */
export interface SourceProtection {
  lifecycle(address: string, moduleSources: Readonly<Record<string, string>>): Protection;
}

interface ResourceChange {
  address: string;
  previous_address?: string;
  mode?: string;
  type: string;
  name?: string;
  provider_name?: string;
  deposed?: string;
  action_reason?: string;
  change: {
    actions: string[];
    before?: unknown;
    after?: unknown;
    after_unknown?: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    replace_paths?: unknown;
  };
}

type Classified = { readonly action: ActionKind; readonly destroys: boolean };
const classified = (action: ActionKind, destroys: boolean): Classified => Object.freeze({ action, destroys });
// One frozen answer per outcome: the reader classifies every change several times (validation, the section
// cross-checks, the model), and a fresh object and closure each time was garbage per resource.
const UNKNOWN = classified('unknown', true);
const REPLACE = classified('replace', true);
const DELETE = classified('delete', true);
const FORGET = classified('forget', false);
const CREATE = classified('create', false);
const UPDATE = classified('update', false);
const READ = classified('read', false);
const NO_OP = classified('no-op', false);

/** Terraform's action list → one normalized action. "Scan the list for delete" (Terraform's own advice). */
export function classifyActions(actions: readonly unknown[]): Classified {
  if (actions.length === 0) return UNKNOWN;
  let del = false;
  let create = false;
  let forget = false;
  let update = false;
  let read = false;
  for (const a of actions) {
    if (a === 'delete') del = true;
    else if (a === 'create') create = true;
    else if (a === 'forget') forget = true;
    else if (a === 'update') update = true;
    else if (a === 'read') read = true;
    // Anything but the known words (another string, a non-string) is an action the gate cannot judge.
    else if (a !== 'no-op') return UNKNOWN;
  }
  if (del && create) return REPLACE;
  if (del) return DELETE;
  // OpenTofu orders forget as ["forget","create"], Terraform the reverse: either way the old object is kept.
  if (forget) return FORGET;
  if (create) return CREATE;
  if (update) return UPDATE;
  if (read) return READ;
  return NO_OP;
}

export function readTerraformPlan(document: unknown, file: string, sources?: SourceProtection): Plan {
  const root = expectRecord(document, file, '/');
  const version = root.format_version;
  if (typeof version !== 'string') throw new InputError(file, '/format_version', 'missing: this is not the output of `terraform show -json <planfile>`');
  if (!/^\d+\.\d+$/.test(version)) throw new InputError(file, '/format_version', 'must look like MAJOR.MINOR, as Terraform writes it');
  const major = Number(version.split('.')[0]);
  // Minor bumps are additive; a new major may change meaning, so it is refused rather than guessed at.
  if (!(major === 0 || major === 1)) throw new InputError(file, '/format_version', `unsupported plan format ${version} (deploy-gate reads 0.x and 1.x)`);
  const has = (key: string) => Object.hasOwn(root, key);
  if (!has('resource_changes') && !has('planned_values') && !has('prior_state') && !has('configuration') && !has('action_invocations') && root.errored !== true) {
    throw new InputError(file, '/', 'has a format_version but no plan content: is this `terraform show -json` of a state file rather than a plan?');
  }
  // Unknown keys are ignored (minor versions add them), but one holding resource changes (entries with an address and
  // a change) is resource_changes or resource_drift renamed: read as absent, the plan would look like no change.
  for (const [key, value] of Object.entries(root)) {
    if (key === 'resource_changes' || key === 'resource_drift') continue;
    if (Array.isArray(value) && value.some((e) => isRecord(e) && typeof e.address === 'string' && isRecord(e.change))) {
      throw new InputError(file, `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, `holds resource changes under "${key.slice(0, 60)}", a key Terraform does not write: the resource_changes section renamed cannot be read as absent`);
    }
  }
  // The state sections are objects wherever Terraform writes them; another shape (`prior_state: []`) is no state
  // the cross-checks could read, so what the plan destroys cannot be told (the long fuzz run).
  for (const key of ['prior_state', 'planned_values'] as const) {
    if (root[key] !== undefined && root[key] !== null && !isRecord(root[key])) throw new InputError(file, `/${key}`, `must be an object, found ${describe(root[key])}`);
  }
  // A prior_state without values is what OpenTofu writes beside an errored plan (`{}`); in a plan that did not fail,
  // what existed before it cannot be told, so the cross-checks would compare nothing.
  if (isRecord(root.prior_state) && root.prior_state.values === undefined && root.errored !== true) {
    throw new InputError(file, '/prior_state', 'holds no values: Terraform writes the state before the plan there, so what the plan destroys cannot be told');
  }
  const tool = typeof root.terraform_version === 'string' ? root.terraform_version : undefined;
  const plan = emptyPlan({ format: 'terraform-plan', kind: 'plan', file, tool: 'terraform', ...(tool ? { toolVersion: tool } : {}), ...(sources ? { lifecycleKnown: true } : {}) });
  const configuration = isRecord(root.configuration) ? root.configuration : {};
  const config = indexConfiguration(configuration, isRecord(root.variables) ? root.variables : {});
  if (Object.keys(config.moduleSources).length > 0) plan.moduleSources = config.moduleSources;

  const changes = optionalArray(root.resource_changes, file, '/resource_changes').map((entry, i) => validateChange(entry, file, '/resource_changes', i));
  // Sections that disagree about what exists after apply are a file no Terraform wrote: refuse it (exit 2) rather
  // than believe the section that hides a delete. An errored plan blocks anyway, and its sections may be partial;
  // a plan Terraform marked not applyable (refresh-only) changes nothing, and writes no planned resources.
  if (root.errored !== true && root.applyable !== false) crossCheckSections(root, changes, file, root.complete === false);
  const disagreeing = priorStateDisagreeing(root, changes);
  changes.forEach((entry) => addResourceChange(plan, entry, config, sources, false, disagreeing.get(entry)));
  const drift = optionalArray(root.resource_drift, file, '/resource_drift');
  drift.forEach((entry, i) => addResourceChange(plan, validateChange(entry, file, '/resource_drift', i), config, sources, true));
  if (drift.length > 0) plan.notes.push(`${plural(drift.length, 'change was', 'changes were')} made outside Terraform since the last apply (resource_drift)`);
  // Something already destroyed outside Terraform: not this plan's doing, but a person should know before applying.
  for (const change of plan.changes.filter((c) => c.drift && c.destroysObject)) {
    plan.notes.push(`${change.resource.address} was deleted outside Terraform since the last apply`);
  }
  addPlanTimeDataSources(plan, root.prior_state, config);
  resolveReferenceTargets(plan);

  // Terraform writes these as booleans; anything else is a file that was edited or corrupted.
  for (const key of ['errored', 'complete', 'applyable'] as const) {
    if (root[key] !== undefined && typeof root[key] !== 'boolean') throw new InputError(file, `/${key}`, `must be true or false, found ${describe(root[key])}`);
  }
  const failed = (message: string) => plan.failures.push({ message });
  if (root.errored === true) failed('Terraform reported errors while planning (errored: true); the plan file was written anyway and must not be applied');
  if (root.complete === false && root.errored !== true) failed('the plan is incomplete (complete: false): it was made with -target, or some changes were deferred to a later plan, so it may not show every change; gate the whole plan');
  if (Array.isArray(root.deferred_changes) && root.deferred_changes.length > 0) failed(`${plural(root.deferred_changes.length, 'change was', 'changes were')} deferred (deferred_changes)`);
  const pending = plan.changes.filter((c) => !c.drift && c.action !== 'no-op' && c.action !== 'read');
  if (root.applyable === false && pending.length > 0 && root.errored !== true) failed('Terraform marked the plan as not applyable although it lists changes');
  return plan;
}

/** The change at `${section}/${index}`: its JSON pointer is spelled for a message only (not a string per change). */
function validateChange(entry: unknown, file: string, section: string, index: number): ResourceChange {
  const pointer = () => `${section}/${index}`;
  const record = isRecord(entry) ? entry : expectRecord(entry, file, pointer());
  // Terraform 1.0.0 wrote resource_drift entries without `address`: rebuild it from its parts.
  if (record.address === undefined && typeof record.type === 'string' && typeof record.name === 'string') {
    const index = record.index === undefined ? '' : typeof record.index === 'number' ? `[${record.index}]` : `[${JSON.stringify(record.index)}]`;
    record.address = `${typeof record.module_address === 'string' ? `${record.module_address}.` : ''}${record.mode === 'data' ? 'data.' : ''}${record.type}.${record.name}${index}`;
  }
  if (typeof record.address !== 'string' || typeof record.type !== 'string') throw new InputError(file, pointer(), 'a resource change needs string "address" and "type"');
  checkAddress(record, file, section, index);
  const change = isRecord(record.change) ? record.change : expectRecord(record.change, file, `${pointer()}/change`);
  const actions = Array.isArray(change.actions) ? change.actions as unknown[] : expectArray(change.actions, file, `${pointer()}/change/actions`);
  if (!actions.every((a) => typeof a === 'string')) throw new InputError(file, `${pointer()}/change/actions`, 'actions must be strings');
  const { action, destroys } = classifyActions(actions);
  const where = (below: string) => `${pointer()}/change/${below}`;
  // Terraform writes the object a delete destroys as `before`; without it the rules would judge the object by its
  // provider defaults (a google_project's `deletion_policy` PREVENT), not by what is destroyed. (A replacement is
  // judged by its `after` too, and one real plan in test/fixtures/real-world has `before: null` there.)
  if (record.mode !== 'data' && action === 'delete' && !isRecord(change.before)) {
    throw new InputError(file, where('before'), `the change destroys ${String(record.address).slice(0, 200)} but does not say what it destroys (expected an object, found ${describe(change.before)})`);
  }
  // The actions say whether an object exists before and after (jsonplan: `before` is null for create, `after` for
  // delete): a change whose objects contradict its actions is an edited file, read as the wrong change (a replace cut
  // down to `create` while `before` still holds the disk; an update whose `before` is gone, so what it removes from
  // the object cannot be seen).
  if (record.mode !== 'data') {
    if (action === 'create' && change.before !== null && change.before !== undefined) {
      throw new InputError(file, where('before'), `${String(record.address).slice(0, 200)} is created, so nothing exists before it, but \`before\` holds ${describe(change.before)}: the actions and the objects disagree`);
    }
    if (action === 'update' && !isRecord(change.before)) {
      throw new InputError(file, where('before'), `${String(record.address).slice(0, 200)} is updated, so it exists, but \`before\` is ${describe(change.before)}: what the change does to it cannot be told`);
    }
    if (action === 'update' && !isRecord(change.after)) {
      throw new InputError(file, where('after'), `${String(record.address).slice(0, 200)} is updated, so it exists after apply, but \`after\` is ${describe(change.after)}: the actions and the objects disagree`);
    }
    // A no-op changes nothing, existence included: an object on one side only is a delete or a create called no-op.
    // (Both null is real: Terraform 1.0 wrote such no-ops for count instances, tfcompliance-tf100 and -tf102.)
    const nothing = (value: unknown) => value === null || value === undefined;
    if (action === 'no-op' && !(isRecord(change.before) && isRecord(change.after)) && !(nothing(change.before) && nothing(change.after))) {
      throw new InputError(file, where(isRecord(change.before) ? 'after' : 'before'), `${String(record.address).slice(0, 200)} is kept (no-op), but \`before\` is ${describe(change.before)} and \`after\` ${describe(change.after)}: a no-op keeps an object on both sides or on neither`);
    }
  }
  // Terraform writes every attribute of the provider's schema in `before` (null when unset): an empty object says
  // nothing of what is destroyed, and reading it would judge the object by its provider defaults.
  if (record.mode !== 'data' && destroys && isRecord(change.before) && Object.keys(change.before).length === 0) {
    throw new InputError(file, where('before'), `the change destroys ${String(record.address).slice(0, 200)} but its \`before\` is an empty object: Terraform writes every attribute of the object there, so what it destroys cannot be told`);
  }
  return record as unknown as ResourceChange;
}

/** `module.a["x"].data.aws_ebs_volume.v[0]` → its parts; undefined when it is not a resource instance address. */
const ADDRESS = /^((?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)*)(data\.)?([A-Za-z_][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)(\[(?:\d+|"(?:[^"\\]|\\.)*")\])?$/;

export function parseAddress(address: string): { module: string; data: boolean; type: string; name: string } | undefined {
  const match = ADDRESS.exec(address);
  if (!match) return undefined;
  return { module: (match[1] ?? '').replace(/\.$/, ''), data: !!match[2], type: match[3]!, name: match[4]! };
}

/**
 * The address names the type, the mode and the name: a `type` (or mode, or name) that says otherwise would have
 * the rules judge another resource than Terraform acts on (`aws_ebs_volume.data` claiming to be a `null_resource`).
 */
function checkAddress(record: Record<string, unknown>, file: string, base: string, index: number, address = record.address as string): void {
  const parts = parseAddress(address);
  if (parts && parts.type === record.type && (record.mode === undefined || (record.mode === 'data') === parts.data)
    && (record.name === undefined || record.name === parts.name) && (record.module_address === undefined || record.module_address === parts.module)) return;
  // The entry's JSON pointer is `${base}/${index}`, spelled only when it is refused.
  const at = (key: string) => `${base}/${index}/${key}`;
  if (!parts) throw new InputError(file, at('address'), `"${address.slice(0, 200)}" is not a Terraform resource address`);
  if (parts.type !== record.type) throw new InputError(file, at('type'), `the type "${String(record.type).slice(0, 100)}" contradicts the address ${address}, which names "${parts.type}"`);
  if (record.mode !== undefined && (record.mode === 'data') !== parts.data) {
    throw new InputError(file, at('mode'), `the mode "${String(record.mode).slice(0, 20)}" contradicts the address ${address}`);
  }
  if (record.name !== undefined && record.name !== parts.name) throw new InputError(file, at('name'), `the name "${String(record.name).slice(0, 100)}" contradicts the address ${address}`);
  if (record.module_address !== undefined && record.module_address !== parts.module) {
    throw new InputError(file, at('module_address'), `"${String(record.module_address).slice(0, 100)}" contradicts the address ${address}`);
  }
}

/** The key of a deposed object of prior_state among the current instances' addresses (which never hold a NUL). */
const depositKey = (address: string, deposed: string) => `${address}\u0000deposed ${deposed}`;

/** The values (and sensitive_values) of prior_state's managed objects, by instance address (deposed ones by depositKey). */
function priorValues(root: Record<string, unknown>): { values: Map<string, { values: unknown; sensitive: unknown }>; twice: Set<string> } {
  const out = new Map<string, { values: unknown; sensitive: unknown }>();
  const twice = new Set<string>();
  const walk = (module: unknown) => {
    if (!isRecord(module)) return;
    // Terraform 0.12 wrote a child module's resource addresses without the module (tfjson-has_changes).
    const prefix = typeof module.address === 'string' && module.address ? `${module.address}.` : '';
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      if (!isRecord(r) || typeof r.address !== 'string' || r.mode === 'data' || !Object.hasOwn(r, 'values')) continue;
      const index = r.index === undefined || r.address.endsWith(']') ? '' : typeof r.index === 'number' ? `[${r.index}]` : `[${JSON.stringify(r.index)}]`;
      const instance = `${prefix && !r.address.startsWith(prefix) ? prefix : ''}${r.address}${index}`;
      const address = typeof r.deposed_key === 'string' ? depositKey(instance, r.deposed_key) : instance;
      if (out.has(address)) twice.add(address);
      out.set(address, { values: r.values, sensitive: r.sensitive_values });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) walk(child);
  };
  if (isRecord(root.prior_state) && isRecord(root.prior_state.values)) walk(root.prior_state.values.root_module);
  return { values: out, twice };
}

/** The JSON pointer (below the two values) of their first difference; undefined when they are the same JSON. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return at || '/';
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}/${i}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const pointer = `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (Object.hasOwn(a, key) !== Object.hasOwn(b, key)) return pointer;
      const d = firstDifference(a[key], b[key], pointer);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return at || '/';
}

/**
 * A change's `before` is the object as prior_state holds it: Terraform writes both from the same state. A destroying
 * change whose `before` says otherwise (emptied, a name or a guard edited) could have the rules judge another object
 * than the one destroyed (a namespace whose name no longer matches what is in it, a project without its
 * deletion_policy): prior_state's account is kept beside it (Change.priorState) and judged too. It is not refused:
 * a real Terraform 1.0.0 plan (test/fixtures/terraform/tfcompliance-tf100) has a delete whose `before` and
 * prior_state differ in a description. Drift entries hold the state before refresh: not compared; nor is an address
 * prior_state lists twice. A deposed object is compared with prior_state's entry of the same deposed key.
 */
function priorStateDisagreeing(root: Record<string, unknown>, changes: ResourceChange[]): Map<ResourceChange, { values: Record<string, unknown>; sensitive: unknown }> {
  const out = new Map<ResourceChange, { values: Record<string, unknown>; sensitive: unknown }>();
  const { values: prior, twice } = priorValues(root);
  if (prior.size === 0) return out;
  for (const change of changes) {
    if (change.mode === 'data' || !classifyActions(change.change.actions).destroys || !isRecord(change.change.before)) continue;
    // A deposed object is compared with its own entry (by deposed key), not with the current instance.
    const key = typeof change.deposed === 'string' ? depositKey(change.address, change.deposed) : change.address;
    const entry = prior.get(key);
    if (!entry || !isRecord(entry.values) || twice.has(key) || firstDifference(change.change.before, entry.values) === undefined) continue;
    out.set(change, { values: entry.values, sensitive: entry.sensitive });
  }
  return out;
}

/** Managed resource instances of a state-shaped section (`prior_state.values`, `planned_values`), by address. */
/** A state section's managed instances: by address, a number whose JSON pointer `where` spells (for messages only). */
interface Instances {
  ids: Map<string, number>;
  where(id: number): string;
}

function managedInstances(section: unknown, file: string, where: string, deposed?: Map<string, string>): Instances {
  // A string per resource of a 100k plan for its pointer was garbage: an instance's number indexes `lists`
  // (its module's resources pointer) and `indexes` instead.
  const lists: string[] = [];
  const indexes: number[] = [];
  const ids = new Map<string, number>();
  const place = (at: string, i: number) => `${at}/resources/${i}`;
  const seen = new Set<string>();
  // jsonstate writes root_module always (no omitempty): a section without it had it renamed or cut, and read as an
  // empty state it would hide what exists (and so what is deleted).
  if (section === undefined) throw new InputError(file, where, 'missing: a state section always holds root_module, so this one was edited and what it holds cannot be told');
  const walk = (module: unknown, at: string) => {
    if (module === undefined) return;
    const m = expectRecord(module, file, at);
    const list = `${at}/resources`;
    const resources = optionalArray(m.resources, file, list);
    for (let i = 0; i < resources.length; i++) {
      const entry = resources[i];
      const r = isRecord(entry) ? entry : expectRecord(entry, file, place(at, i));
      if (typeof r.address !== 'string') throw new InputError(file, `${place(at, i)}/address`, 'a resource needs a string address');
      // Terraform 0.12 wrote state addresses without the instance key, beside it in `index`.
      const index = r.index === undefined || r.address.endsWith(']') ? '' : typeof r.index === 'number' ? `[${r.index}]` : `[${JSON.stringify(r.index)}]`;
      // The instance's address, spelled once (and not at all when the address already is one).
      const instance = index === '' ? r.address : `${r.address}${index}`;
      if (typeof r.type === 'string') checkAddress(r, file, list, i, instance);
      // Deposed objects are listed beside their current instance; resource_changes deletes them by `deposed`.
      if (r.mode !== 'data' && typeof r.deposed_key === 'string') deposed?.set(depositKey(instance, r.deposed_key), place(at, i));
      if (r.mode !== 'data' && r.deposed_key === undefined) {
        // A state holds one object per instance: a second entry is a file edited (and would let either account of
        // the object be believed). Terraform 0.12 left the module out of child modules' addresses: the module counts.
        const prefix = typeof m.address === 'string' && m.address && !r.address.startsWith(`${m.address}.`) ? `${m.address}.` : '';
        const key = prefix === '' ? instance : `${prefix}${instance}`;
        if (seen.has(key)) throw new InputError(file, place(at, i), `${r.address.slice(0, 200)}${index} is listed twice: a state holds one object per resource instance`);
        seen.add(key);
        ids.set(instance, lists.length);
        lists.push(list);
        indexes.push(i);
      }
    }
    optionalArray(m.child_modules, file, `${at}/child_modules`).forEach((child, i) => walk(child, `${at}/child_modules/${i}`));
  };
  walk(section, where);
  return { ids, where: (id) => `${lists[id]}/${indexes[id]}` };
}

/**
 * `prior_state` (what exists), `resource_changes` (what happens to it) and `planned_values` (what exists after)
 * must tell one story. A resource that exists now, is absent after apply, and is not deleted in resource_changes
 * (omitted, or called no-op) is a delete the plan hides from a reader of resource_changes: refused.
 */
function crossCheckSections(root: Record<string, unknown>, changes: ResourceChange[], file: string, incomplete: boolean): void {
  const deposedPrior = new Map<string, string>();
  const prior = isRecord(root.prior_state) && root.prior_state.values !== undefined
    ? managedInstances(expectRecord(root.prior_state.values, file, '/prior_state/values').root_module, file, '/prior_state/values/root_module', deposedPrior)
    : { ids: new Map<string, number>(), where: () => '/prior_state' };
  const plannedInstances = root.planned_values === undefined ? undefined
    : managedInstances(expectRecord(root.planned_values, file, '/planned_values').root_module, file, '/planned_values/root_module');
  const plannedSection = plannedInstances?.ids;
  // planned_values with no resources at all while resource_changes keeps some is a section left out (some tools'
  // trimmed fixtures do so), not a statement that everything is destroyed: resource_changes is then the one source.
  const keepsSome = changes.some((c) => {
    const { destroys, action } = classifyActions(c.change.actions);
    return !c.deposed && !destroys && action !== 'forget' && action !== 'read';
  });
  const planned = plannedSection && (plannedSection.size > 0 || !keepsSome) ? plannedSection : undefined;
  const byAddress = new Map<string, ResourceChange>();
  for (const change of changes) {
    if (change.deposed) continue;
    byAddress.set(change.address, change);
    // A `moved` resource is listed under its new address; the old one in prior_state is accounted for by it.
    if (typeof change.previous_address === 'string') byAddress.set(change.previous_address, change);
  }
  const gone = (address: string) => planned !== undefined && !planned.has(address);
  for (const [address, id] of prior.ids) {
    const change = byAddress.get(address);
    const { destroys, action } = change ? classifyActions(change.change.actions) : { destroys: false, action: 'absent' };
    if (destroys || action === 'forget' || action === 'unknown') continue;
    if (planned === undefined && !change) {
      throw new InputError(file, prior.where(id), `${address} is in prior_state, but neither resource_changes nor planned_values says what happens to it`);
    }
    // Terraform lists every managed resource of the configuration in resource_changes (`no-op` when nothing
    // changes). One that exists before and after but is not listed could be a replacement the plan does not show.
    if (!change && planned?.has(address)) {
      throw new InputError(file, prior.where(id), `${address} is in prior_state and planned_values, but resource_changes does not list it: whether it is replaced cannot be told, so the plan cannot be trusted`);
    }
    // A plan Terraform marked incomplete (`-target`, deferred changes) leaves untargeted resources out of both
    // resource_changes and planned_values; it blocks as incomplete whatever it holds, so that is not refused here.
    if (incomplete && !change) continue;
    if (gone(address) && !(change && typeof change.previous_address === 'string' && change.previous_address === address && planned!.has(change.address))) {
      if (!change) {
        throw new InputError(file, prior.where(id), `${address} exists in prior_state and is absent from planned_values, but resource_changes does not list it: ` +
          'the sections disagree about whether it is destroyed, so the plan cannot be trusted (a plan made with -target leaves resources out like this: gate the whole plan)');
      }
      throw new InputError(file, prior.where(id), `${address} exists in prior_state and is absent from planned_values, but resource_changes ${change ? `calls it ${change.change.actions.join(',')}` : 'does not list it'}: ` +
        'the sections disagree about whether it is destroyed, so the plan cannot be trusted');
    }
  }
  // Terraform plans the delete of every deposed object in the state (NodePlanDeposedResourceInstanceObject): one
  // that resource_changes does not delete is a change cut from the file, and would hide the loss of that object.
  if (!incomplete && deposedPrior.size > 0) {
    const deleted = new Set(changes.filter((c) => typeof c.deposed === 'string' && classifyActions(c.change.actions).destroys).map((c) => depositKey(c.address, c.deposed!)));
    for (const [key, where] of deposedPrior) {
      if (deleted.has(key)) continue;
      const [address, deposedKey] = key.split('\u0000deposed ');
      throw new InputError(file, where, `${address} has a deposed object (${deposedKey}) in prior_state that resource_changes does not delete: Terraform plans the delete of every deposed object, so a change was cut from this plan and what it destroys cannot be told`);
    }
  }
  // Terraform lists every managed resource instance of the configuration in resource_changes, `no-op` when nothing
  // changes (it leaves the section out only when there is none). One that exists after apply but that
  // resource_changes does not list is a section renamed or cut: read as "no changes", it would hide every delete.
  if (!incomplete) {
    for (const [address, id] of plannedSection ?? []) {
      if (byAddress.has(address)) continue;
      throw new InputError(file, Object.hasOwn(root, 'resource_changes') ? plannedInstances!.where(id) : '/resource_changes', `${address} is in planned_values, but resource_changes ${Object.hasOwn(root, 'resource_changes') ? 'does not list it' : 'is missing'}: ` +
        'Terraform lists every managed resource there, so what the plan does to it cannot be told');
    }
  }
  // A change that keeps an existing managed object (no-op, update) must find it in planned_values.
  changes.forEach((change, i) => {
    if (change.deposed || change.mode === 'data' || parseAddress(change.address)?.data) return;
    const { action } = classifyActions(change.change.actions);
    if ((action !== 'no-op' && action !== 'update') || change.change.before === null || change.change.before === undefined) return;
    if (gone(change.address)) {
      throw new InputError(file, `/resource_changes/${i}`, `resource_changes calls ${change.address} ${change.change.actions.join(',')}, but planned_values drops it: the sections disagree about whether it is destroyed`);
    }
  });
}

function addResourceChange(plan: Plan, rc: ResourceChange, config: ConfigIndex, sources: SourceProtection | undefined, drift: boolean, prior?: { values: Record<string, unknown>; sensitive: unknown }): void {
  const { action, destroys } = classifyActions(rc.change.actions);
  // Terraform's `before` holds every attribute of the schema: a key missing from it is unreadable, not unset.
  const before = isRecord(rc.change.before) ? markEveryAttribute(maskSensitive(rc.change.before, rc.change.before_sensitive) as Record<string, unknown>) : undefined;
  const after = isRecord(rc.change.after) ? (maskSensitive(rc.change.after, rc.change.after_sensitive) as Record<string, unknown>) : undefined;
  const configAddress = stripIndexes(rc.address);
  // Deleting the block removes its lifecycle too: a delete is never protected by prevent_destroy.
  const protection = sources && action !== 'delete' ? sources.lifecycle(rc.address, config.moduleSources) : {};
  const unknown: string[] = [];
  collectUnknown(rc.change.after_unknown, '', unknown);
  const view = destroys && action === 'delete' ? before : after ?? before;
  const resource: Resource = {
    address: rc.address,
    type: rc.type,
    name: rc.name ?? rc.address,
    // A data source's address starts with `data.` and it is never deleted; anything else claiming mode data is managed.
    mode: rc.mode === 'data' && rc.address.replace(/^(module\.[^.]+(\[[^\]]*\])?\.)*/, '').startsWith('data.') && !destroys ? 'data' : 'managed',
    properties: view ?? {},
    unknown: destroys && action === 'delete' ? [] : unknown,
    protection,
    references: config.references.get(configAddress) ?? [],
    ...(config.providers.get(configAddress) ? { provider: config.providers.get(configAddress)! } : {}),
  };
  const change: Change = {
    resource,
    action,
    raw: rc.change.actions.join(','),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(prior ? { priorState: markEveryAttribute(maskSensitive(prior.values, prior.sensitive) as Record<string, unknown>) } : {}),
    beforeProtection: {},
    afterProtection: protection,
    reasons: rc.action_reason ? [rc.action_reason] : [],
    destroysObject: destroys,
    ...(typeof before?.id === 'string' ? { objectId: before.id } : {}),
    ...(rc.deposed ? { deposed: rc.deposed } : {}),
    ...(drift ? { drift: true } : {}),
  };
  plan.changes.push(change);
  if (!drift && !(destroys && action === 'delete')) plan.resources.push(resource);
}

function collectUnknown(value: unknown, path: string, out: string[]): void {
  if (value === true) out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => collectUnknown(v, path ? `${path}.${i}` : String(i), out));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) collectUnknown(v, path ? `${path}.${k}` : k, out);
}

/** `module.a["x"].aws_ebs_volume.data[0]` → `module.a.aws_ebs_volume.data`: the address configuration uses. */
export function stripIndexes(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

interface ConfigIndex {
  moduleSources: Record<string, string>;
  references: Map<string, Reference[]>;
  providers: Map<string, { name: string; properties: Record<string, unknown> }>;
}

/** Walks `configuration.root_module` and its `module_calls`, collecting each resource's references by property path. */
function indexConfiguration(configuration: Record<string, unknown>, variables: Record<string, unknown>): ConfigIndex {
  const index: ConfigIndex = { moduleSources: {}, references: new Map(), providers: new Map() };
  const providerConfig = isRecord(configuration.provider_config) ? configuration.provider_config : {};
  const walk = (module: unknown, prefix: string) => {
    if (!isRecord(module)) return;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (!isRecord(resource) || typeof resource.address !== 'string') continue;
      const address = `${prefix}${resource.address}`;
      const references: Reference[] = [];
      collectReferences(resource.expressions, '', prefix, references);
      index.references.set(address, references);
      const key = typeof resource.provider_config_key === 'string' ? resource.provider_config_key : undefined;
      const provider = key ? own(providerConfig, key) : undefined;
      if (isRecord(provider)) {
        const properties: Record<string, unknown> = {};
        const expressions = isRecord(provider.expressions) ? provider.expressions : {};
        for (const [k, v] of Object.entries(expressions)) {
          if (!isRecord(v)) continue;
          if (Object.hasOwn(v, 'constant_value')) properties[k] = v.constant_value;
          // `region = var.region`: the plan records root variable values, so the provider's region is still known.
          // Module providers (`module.x:aws`) would name the module's variables, which the plan does not record.
          else if (!String(key).includes(':') && Array.isArray(v.references) && v.references.length === 1 && typeof v.references[0] === 'string' && v.references[0].startsWith('var.')) {
            const variable = own(variables, v.references[0].slice(4));
            if (isRecord(variable) && Object.hasOwn(variable, 'value')) properties[k] = variable.value;
          }
        }
        // Provider blocks hold credentials (access_key, token…) as constants: masked like any resource value.
        index.providers.set(address, { name: `${String(provider.name ?? key)}${provider.alias ? `.${String(provider.alias)}` : ''}`, properties: maskSensitive(properties) as Record<string, unknown> });
      }
    }
    const calls = isRecord(module.module_calls) ? module.module_calls : {};
    for (const [name, call] of Object.entries(calls)) {
      if (!isRecord(call)) continue;
      if (typeof call.source === 'string') index.moduleSources[`${prefix}module.${name}`] = call.source;
      walk(call.module, `${prefix}module.${name}.`);
    }
  };
  walk(configuration.root_module, '');
  return index;
}

function collectReferences(expressions: unknown, path: string, prefix: string, out: Reference[]): void {
  if (Array.isArray(expressions)) {
    expressions.forEach((e, i) => collectReferences(e, path ? `${path}.${i}` : String(i), prefix, out));
    return;
  }
  if (!isRecord(expressions)) return;
  if (Array.isArray(expressions.references)) {
    for (const ref of expressions.references) {
      if (typeof ref !== 'string') continue;
      const target = referenceTarget(ref);
      if (target && !out.some((r) => r.property === path && r.target === `${prefix}${target}`)) out.push({ property: path, target: `${prefix}${target}` });
    }
    return;
  }
  if (Object.hasOwn(expressions, 'constant_value')) return;
  for (const [key, value] of Object.entries(expressions)) collectReferences(value, path ? `${path}.${key}` : key, prefix, out);
}

/** `aws_ebs_volume.data.id` → `aws_ebs_volume.data`; `data.aws_ebs_volume.prod.id` → `data.aws_ebs_volume.prod`; vars and locals are not resources. */
export function referenceTarget(reference: string): string | undefined {
  const parts = reference.replace(/\[[^\]]*\]/g, '').split('.');
  if (['var', 'local', 'each', 'count', 'path', 'terraform', 'self'].includes(parts[0] ?? '')) return undefined;
  if (parts[0] === 'module') return undefined;
  if (parts[0] === 'data') return parts.length >= 3 ? parts.slice(0, 3).join('.') : undefined;
  return parts.length >= 2 ? parts.slice(0, 2).join('.') : undefined;
}

/**
 * Data sources read while planning are only in `prior_state` (`resource_changes` lists just those deferred to apply,
 * as `read`). Wiring rules need them: storage another stack owns reaches this one as a data source
 * (shared/design/terraform-plans.md 6.2). Real plans keep them there: checkov-tf01223, trivy-tf103, regula-tf119.
 */
function addPlanTimeDataSources(plan: Plan, priorState: unknown, config: ConfigIndex): void {
  const known = new Set(plan.changes.map((c) => c.resource.address));
  const walk = (module: unknown) => {
    if (!isRecord(module)) return;
    for (const entry of Array.isArray(module.resources) ? module.resources : []) {
      if (!isRecord(entry) || entry.mode !== 'data' || typeof entry.address !== 'string' || typeof entry.type !== 'string') continue;
      if (known.has(entry.address)) continue;
      known.add(entry.address);
      const configAddress = stripIndexes(entry.address);
      const values = isRecord(entry.values) ? (maskSensitive(entry.values, entry.sensitive_values) as Record<string, unknown>) : {};
      plan.resources.push({
        address: entry.address,
        type: entry.type,
        name: typeof entry.name === 'string' ? entry.name : entry.address,
        mode: 'data',
        properties: values,
        unknown: [],
        protection: {},
        references: config.references.get(configAddress) ?? [],
        ...(config.providers.get(configAddress) ? { provider: config.providers.get(configAddress)! } : {}),
      });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) walk(child);
  };
  if (isRecord(priorState) && isRecord(priorState.values)) walk(priorState.values.root_module);
}

/** References name configuration addresses; point them at an instance address present in the plan. */
function resolveReferenceTargets(plan: Plan): void {
  const addresses = new Set([...plan.changes.map((c) => c.resource.address), ...plan.resources.map((r) => r.address)]);
  const firstInstance = new Map<string, string>();
  for (const address of addresses) {
    const base = stripIndexes(address);
    if (!firstInstance.has(base)) firstInstance.set(base, address);
  }
  for (const resource of new Set([...plan.changes.map((c) => c.resource), ...plan.resources])) {
    for (const reference of resource.references) {
      if (!addresses.has(reference.target)) reference.target = firstInstance.get(reference.target) ?? reference.target;
    }
  }
}
