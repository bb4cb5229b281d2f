// Which mutants of a plan that deletes data may be allowed: those whose edits change what the plan means, and
// which are still consistent plans. The reader target's oracle (targets.ts checkReader) asks this before it calls
// an allowed mutant a find.
//
// A mutation that removes, renames or rewrites what a plan says is deleted (a step, a resource change, its actions
// or op, the prior state that lists it) or a field the catalog reads to judge a resource (a guard such as
// `persistentVolumeClaimRetentionPolicy`, a cascade's blocks such as `volumeClaimTemplates` or `ebsBlockDevices`, a
// replica's source) can turn the plan into one that destroys nothing: a consistent plan where the claim templates
// are gone deletes no claims, and `actions = ["forget"]` deletes nothing. Such a mutant is still a find when the
// plan it makes is not consistent, by checks written here apart from the readers: an action or op the tools never
// write, a resource in the prior state that no change names, a Pulumi summary whose delete or replace count
// disagrees with the steps. The readers must refuse those, so allowing one is a find.
import { Catalog, catalogEntries } from '../../policy/catalog/catalog.js';


/** Keys that list what a plan changes: removing one (or an item of one) removes a change or a prior object. */
const RECORD_KEYS = new Set(['steps', 'resource_changes', 'prior_state', 'values', 'root_module', 'child_modules', 'resources', 'deposed']);

/** Keys that say how an object changes: set only to a value the tools write. */
const ACTION_KEYS = new Set(['actions', 'op']);

/** Keys that name an object or its kind, or mask it: no edit of them is a change of meaning a plan can have. */
const IDENTITY_KEYS = new Set(['type', 'urn', 'address', 'id', 'mode', 'name', 'apiVersion', 'kind', 'metadata', 'namespace', 'provider', 'provider_name',
  'before_sensitive', 'after_sensitive', 'after_unknown', 'sensitive_values', 'oldState', 'newState', 'inputs', 'outputs', 'before', 'after', 'change']);

/** Keys under which the catalog reads attribute paths: guards (`guards[].path`), contents (cascades), predicates. */
const PATH_KEYS = new Set(['path', 'pulumiPath', 'paths', 'property', 'manifest', 'names', 'attributes']);

/**
 * Of those, the keys of a container's contents: nested blocks (`paths`: `ebsBlockDevices`, `volumeClaimTemplates`)
 * and inline blocks (`path`: Railway's `volume`), which a plan leaves empty when there are none; and rendered
 * lists (`manifest`, `names`: a Helm release's `resourceNames`), which it always writes, so that only an entry of
 * one may go (one kind fewer), never the whole list.
 */
const CONTENT_KEYS = new Set(['paths', 'path', 'manifest', 'names']);
const RENDERED_KEYS = new Set(['manifest', 'names']);

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

let known: { segments: Set<string>; contents: Set<string>; rendered: Set<string> } | undefined;

/**
 * Every segment of every attribute path the catalog reads (in Terraform's and Pulumi's spelling), and the last
 * segments of the paths where it reads a container's contents (`volumeClaimTemplates`, `resourceNames`).
 */
export function catalogKeys(): { segments: Set<string>; contents: Set<string>; rendered: Set<string> } {
  if (known) return known;
  const segments = new Set<string>();
  const contents = new Set<string>();
  const rendered = new Set<string>();
  const addPath = (text: string, key: string, cascade: boolean) => {
    const parts = text.split('.').filter((segment) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment));
    for (const segment of parts) if (!IDENTITY_KEYS.has(segment) && !IDENTITY_KEYS.has(camel(segment))) { segments.add(segment); segments.add(camel(segment)); }
    const last = parts.at(-1);
    // Contents are what a container's cascades read; a guard's `path` is a field, not contents.
    if (cascade && CONTENT_KEYS.has(key) && last && !IDENTITY_KEYS.has(last)) for (const spelling of [last, camel(last)]) (RENDERED_KEYS.has(key) ? rendered : contents).add(spelling);
  };
  const walk = (value: unknown, key: string | undefined, depth: number, cascade: boolean): void => {
    if (depth > 8 || value === null || value === undefined) return;
    if (typeof value === 'string') { if (key && PATH_KEYS.has(key)) addPath(value, key, cascade); return; }
    if (Array.isArray(value)) { for (const item of value) walk(item, key, depth + 1, cascade || key === 'cascades'); return; }
    if (typeof value === 'object' && !(value instanceof RegExp)) for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1, cascade);
  };
  for (const entry of catalogEntries()) walk(entry, undefined, 0, false);
  known = { segments, contents, rendered };
  return known;
}

export interface Edit {
  path: string[];
  kind: 'set' | 'remove' | 'rename' | 'string' | 'other';
  /** For `set`: the value, when `how` holds it whole. */
  value?: unknown;
}

/** The edits a jsonMutation wrote into `how` (`<file>: /a/b removed; /c = 1`); none for other mutations. */
export function editsOf(how: string): Edit[] {
  const colon = how.indexOf(': /');
  if (colon < 0) return [];
  return how.slice(colon + 2).split(/; (?=\/)/).map((text): Edit => {
    const m = /^(\/\S*) (removed$|renamed to |= |string edit #)/.exec(text);
    const path = (m?.[1] ?? text.split(' ')[0] ?? '').split('/').slice(1);
    const verb = m?.[2];
    const kind = verb === 'removed' ? 'remove' : verb === 'renamed to ' ? 'rename' : verb === '= ' ? 'set' : verb === 'string edit #' ? 'string' : 'other';
    if (kind !== 'set' || !m) return { path, kind };
    try {
      return { path, kind, value: JSON.parse(text.slice(m[0].length)) as unknown };
    } catch {
      return { path, kind }; // cut short in `how`: not known
    }
  });
}

/**
 * The path's keys as the base document has them: `how` joins keys with `/`, so a key that holds one
 * (`PersistentVolumeClaim/v1` under `resourceNames`) is read back by trying the longest join that exists.
 */
export function resolvePath(doc: unknown, segments: string[]): string[] {
  const out: string[] = [];
  let node: unknown = doc;
  for (let i = 0; i < segments.length;) {
    let taken = 1;
    if (isObj(node)) {
      for (let j = segments.length; j > i + 1; j--) if (Object.hasOwn(node, segments.slice(i, j).join('/'))) { taken = j - i; break; }
    }
    const key = segments.slice(i, i + taken).join('/');
    out.push(key);
    node = Array.isArray(node) ? node[Number(key)] : isObj(node) ? node[key] : undefined;
    i += taken;
  }
  return out;
}

function valueAt(doc: unknown, path: string[]): unknown {
  let node = doc;
  for (const key of path) node = Array.isArray(node) ? node[Number(key)] : isObj(node) ? node[key] : undefined;
  return node;
}

/**
 * What an edit is to the plan's meaning: `legit`, a change a consistent plan can have (a record or content entry
 * removed, a guard left to its default in a preview, which omits unset inputs, an action set to one the tools
 * write); `poison`, an edit of a key the meaning rests on in a form no tool writes (a wrong type, a garbled
 * string, an identity renamed), which a reader must refuse or judge as the worst; `neutral`, anything else.
 */
export function classify(edit: Edit, base: unknown, preview: boolean): 'legit' | 'poison' | 'neutral' {
  if (edit.kind === 'other') return 'neutral';
  const { segments, contents, rendered } = catalogKeys();
  const rest = [...edit.path];
  const index = rest.length > 1 && /^\d+$/.test(rest[rest.length - 1]!) ? rest.pop() : undefined;
  const key = rest[rest.length - 1];
  const parent = rest[rest.length - 2];
  if (key === undefined) return 'neutral';
  const removes = edit.kind === 'remove' || edit.kind === 'rename';
  const before = base === undefined ? undefined : valueAt(base, edit.path);
  // A preview's summary is optional (pulumi-engine.md: `changeSummary?`): left out, or a count set, is a plan the
  // engine can write; any other value of it is not.
  if (edit.path.includes('changeSummary')) {
    if (key === 'changeSummary' && edit.kind === 'remove') return 'legit'; // renamed, it is a section under another name
    return edit.kind === 'set' && typeof edit.value === 'number' && Number.isInteger(edit.value) && edit.value >= 0 ? 'legit' : 'poison';
  }
  // An identity is the record's own (`steps/1/urn`, `resource_changes/0/type`, `oldState/type`) or an object's
  // metadata; a `name` deeper in its attributes (a container's volume mount) names nothing the plan is about.
  if (IDENTITY_KEYS.has(key) && index === undefined && identityAt(rest)) return 'poison';
  if (RECORD_KEYS.has(key)) return removes ? 'legit' : 'poison';
  if (ACTION_KEYS.has(key)) {
    // The op of an object that holds, contains, guards and links to no data (the stack, a provider): the reader
    // judges an op it does not know as a delete, which of such an object destroys nothing.
    if (holdsNothing(recordType(base, edit.path))) return 'neutral';
    if (key === 'actions' && index !== undefined) return edit.kind === 'remove' ? 'legit' : 'poison';
    if (edit.kind !== 'set') return 'poison';
    const valid = key === 'op' ? typeof edit.value === 'string' && PULUMI_OPS.has(edit.value)
      : Array.isArray(edit.value) && edit.value.length > 0 && edit.value.every((a) => typeof a === 'string' && TF_ACTIONS.has(a));
    return valid ? 'legit' : 'poison';
  }
  // An entry or item of a container's contents removed (`resourceNames/PersistentVolumeClaim/v1`, `ebsBlockDevices/0`);
  // renamed, an entry of a rendered list becomes a kind no cluster serves.
  if (index !== undefined && contents.has(key)) return edit.kind === 'remove' ? 'legit' : 'poison';
  if (parent !== undefined && (contents.has(parent) || rendered.has(parent))) return edit.kind === 'remove' ? 'legit' : 'poison';
  if (rendered.has(key)) return 'poison';
  // What a plan destroys is read from an object's old side; a field of its new side (after, newState,
  // planned_values) decides how well new data is protected, not what goes.
  const oldSide = edit.path.some((k) => k === 'before' || k === 'oldState' || k === 'prior_state');
  if ((segments.has(key) || contents.has(key)) && !oldSide) return 'neutral';
  if (segments.has(key) || contents.has(key)) {
    // Emptied, keeping its type: `volume = []` (no inline volume), `spec = {}` in a preview.
    const emptied = edit.kind === 'set' && ((Array.isArray(edit.value) && edit.value.length === 0 && Array.isArray(before))
      || (isObj(edit.value) && Object.keys(edit.value).length === 0 && isObj(before)));
    if (emptied && (preview || Array.isArray(before))) return 'legit';
    // A preview writes an unset list of blocks as null (or leaves it out): null contents are none. Not so for a
    // guard, where a null in the state is not the default that protects (docs/catalog.md).
    if (preview && edit.kind === 'set' && edit.value === null && index === undefined && contents.has(key)) return 'legit';
    // In a preview, an object that keeps none of the keys the catalog reads drops them all (`spec = {"": []}`): each
    // is then at its default, as when removed.
    if (preview && edit.kind === 'set' && isObj(edit.value) && isObj(before) && Object.keys(edit.value).every((k) => !segments.has(k) && !contents.has(k) && !rendered.has(k))) return 'legit';
    // A preview leaves unset inputs out, so a field removed is a field at its default; a Terraform plan writes
    // every attribute, so one missing there is unreadable.
    if (removes && preview && index === undefined) return 'legit';
    return 'poison';
  }
  return 'neutral';
}

const TF_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
const TF_COMBINATIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget', 'delete,create', 'create,delete', 'create,forget', 'forget,create']);
const PULUMI_OPS = new Set(['same', 'create', 'update', 'delete', 'replace', 'create-replacement', 'delete-replaced', 'read', 'read-replacement', 'refresh',
  'import', 'import-replacement', 'discard', 'discard-replaced', 'remove-pending-replace']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Managed objects of a Terraform state's module tree (`values.root_module` and its children): the address, and for
 * a deposed object `address (deposed <key>)`.
 */
function stateAddresses(module: unknown, out: string[] = [], depth = 0): string[] {
  if (!isObj(module) || depth > 64) return out;
  for (const r of Array.isArray(module.resources) ? module.resources : []) {
    if (isObj(r) && r.mode !== 'data' && typeof r.address === 'string') out.push(typeof r.deposed_key === 'string' ? `${r.address} (deposed ${r.deposed_key})` : r.address);
  }
  for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) stateAddresses(child, out, depth + 1);
  return out;
}

/** Why a JSON plan is not one a tool writes, by checks of its own; undefined when it is consistent. */
export function inconsistency(doc: unknown): string | undefined {
  if (!isObj(doc)) return 'not an object';
  if ('resource_changes' in doc || 'prior_state' in doc || 'planned_values' in doc || 'format_version' in doc) {
    const changes = doc.resource_changes ?? [];
    if (!Array.isArray(changes)) return 'resource_changes is not a list';
    const named = new Set<string>();
    for (const rc of changes) {
      if (!isObj(rc) || typeof rc.address !== 'string' || !isObj(rc.change)) return 'a resource change without an address or change';
      const actions = rc.change.actions;
      if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string' && TF_ACTIONS.has(a))) return `actions ${JSON.stringify(actions)}`;
      const joined = actions.join(',');
      if (!TF_COMBINATIONS.has(joined)) return `actions ${JSON.stringify(actions)}`;
      // What each action says of the object's two sides: a create has nothing before, a delete or forget nothing
      // after, an update or no-op both.
      const { before, after } = rc.change;
      if (joined === 'create' && before !== null && before !== undefined) return `${rc.address}: a create with an object before`;
      if ((joined === 'delete' || joined === 'forget') && after !== null && after !== undefined) return `${rc.address}: a ${joined} with an object after`;
      if ((joined === 'update' || joined === 'no-op') && (!isObj(before) || !isObj(after))) return `${rc.address}: an ${joined} without both sides`;
      named.add(rc.address);
      if (typeof rc.deposed === 'string') named.add(`${rc.address} (deposed ${rc.deposed})`);
    }
    for (const section of ['prior_state', 'planned_values'] as const) {
      if (!(section in doc) || doc[section] === undefined || doc[section] === null) continue;
      const holder = section === 'prior_state' ? doc.prior_state : { values: doc.planned_values };
      if (!isObj(holder)) return `${section} is not an object`;
      const values = holder.values;
      if (values === undefined) continue;
      if (!isObj(values) || !isObj(values.root_module)) return `${section} without a root_module`;
      for (const address of stateAddresses(values.root_module)) if (!named.has(address)) return `${address} is in ${section} and no change names it`;
    }
    return undefined;
  }
  if ('steps' in doc || 'changeSummary' in doc) {
    const steps = doc.steps ?? [];
    if (!Array.isArray(steps)) return 'steps is not a list';
    const count: Record<string, number> = {};
    for (const step of steps) {
      // An op the engine never writes is no inconsistency: the reader judges it as a delete (the fail-closed
      // default), so it is a find only where that hides a data delete, which the oracle then still reports.
      if (!isObj(step)) return 'a step that is not an object';
      if (typeof step.op === 'string' && PULUMI_OPS.has(step.op)) count[step.op] = (count[step.op] ?? 0) + 1;
    }
    const summary = doc.changeSummary;
    if (summary !== undefined) {
      if (!isObj(summary)) return 'changeSummary is not an object';
      for (const op of ['delete', 'replace']) {
        const said = summary[op] ?? 0;
        if (typeof said !== 'number' || said !== (count[op] ?? 0)) return `changeSummary.${op} ${JSON.stringify(said)} for ${count[op] ?? 0} steps`;
      }
    }
    return undefined;
  }
  return 'neither a Terraform plan nor a Pulumi preview';
}

/**
 * Whether an allowed mutant of a data-deleting plan is explained: at least one edit changes what the plan
 * destroys in a form a consistent plan can have, none rewrites a key the meaning rests on in a form no tool
 * writes, and the mutant passes the consistency checks. Returns the explanation, or undefined when the allow stays
 * a find. `base` is the plan the mutant was made from (for the edit paths' keys and values).
 */
export function explainedAllow(how: string, bytes: Buffer, base?: unknown): string | undefined {
  if (base === undefined) return undefined;
  const preview = isObj(base) && 'steps' in base;
  const edits = editsOf(how).map((e) => ({ ...e, path: resolvePath(base, e.path) }));
  // An edit under what an earlier edit removed or renamed finds nothing to change: it does nothing.
  const gone: string[][] = [];
  const kinds = edits.map((e) => {
    if (gone.some((prefix) => prefix.length <= e.path.length && prefix.every((k, i) => e.path[i] === k))) return 'neutral';
    if (e.kind === 'remove' || e.kind === 'rename') gone.push(e.path);
    return classify(e, base, preview);
  });
  const legit = edits.find((_, i) => kinds[i] === 'legit');
  if (!legit || kinds.includes('poison')) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (inconsistency(doc) !== undefined) return undefined;
  // A change removed beside a container's delete that stays (a namespace's claim, a stack's table) leaves a plan
  // whose container holds what the plan no longer shows: the reader must say it cannot tell, never allow cleanly.
  if (edits.some((e, i) => kinds[i] === 'legit' && RECORD_KEYS.has(e.path.filter((k) => !/^\d+$/.test(k)).at(-1) ?? '')) && destroysContainer(doc)) return undefined;
  return `the edit of /${legit.path.join('/')} changes what the plan destroys, and the mutant is a consistent plan`;
}

let catalog: Catalog | undefined;

/** Whether a plan deletes or replaces an object whose type the catalog calls a container. */
function destroysContainer(doc: unknown): boolean {
  catalog ??= new Catalog();
  const isContainer = (type: unknown) => typeof type === 'string' && catalog!.entry(type)?.role === 'container';
  if (!isObj(doc)) return false;
  for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
    if (isObj(rc) && isObj(rc.change) && Array.isArray(rc.change.actions) && rc.change.actions.includes('delete') && isContainer(rc.type)) return true;
  }
  for (const step of Array.isArray(doc.steps) ? doc.steps : []) {
    if (!isObj(step) || !['delete', 'replace', 'delete-replaced'].includes(String(step.op))) continue;
    const state = isObj(step.oldState) ? step.oldState : undefined;
    if (isContainer(state?.type) || (typeof step.urn === 'string' && isContainer(step.urn.split('::')[2]?.split('$').pop()))) return true;
  }
  return false;
}

/** The type of the step or resource change a path runs into (`steps/0/op` → the step's type). */
function recordType(base: unknown, path: string[]): string | undefined {
  const at = path.findIndex((k) => k === 'steps' || k === 'resource_changes');
  if (at < 0 || path[at + 1] === undefined) return undefined;
  const record = valueAt(base, path.slice(0, at + 2));
  if (!isObj(record)) return undefined;
  if (typeof record.type === 'string') return record.type;
  const state = isObj(record.oldState) ? record.oldState : isObj(record.newState) ? record.newState : undefined;
  if (typeof state?.type === 'string') return state.type;
  return typeof record.urn === 'string' ? record.urn.split('::')[2]?.split('$').pop() : undefined;
}

/** Whether the catalog says a type holds no data and touches none (`role: none`), or it is Pulumi's own. */
function holdsNothing(type: string | undefined): boolean {
  if (type === undefined) return false;
  if (type === 'pulumi:pulumi:Stack' || type.startsWith('pulumi:providers:')) return true;
  catalog ??= new Catalog();
  return catalog.entry(type)?.role === 'none';
}

/** Whether the key at the end of `path` is an identity: of a step or resource change, of its state, or metadata. */
function identityAt(path: string[]): boolean {
  const parent = path[path.length - 2];
  const grand = path[path.length - 3];
  if (parent === undefined) return true;
  if (/^\d+$/.test(parent) && (grand === 'steps' || grand === 'resource_changes' || grand === 'resources')) return true;
  if (parent === 'oldState' || parent === 'newState' || parent === 'change' || parent === 'metadata') return true;
  return path[path.length - 1] === 'metadata';
}
