// What a container's delete takes with it, from its catalog entry (ContainerSpec) and the plan: nested blocks
// destroyed with it, an inline volume, children that name it (by namespace, resource group, project), and the
// resources of a CloudFormation template.

import { mayHold, predicateUnreadable, prop, readAll, read, unreadable, type CatalogEntry } from '../../catalog/catalog.js';
import { templateData, templateNames } from '../../catalog/cloudformation.js';
import { keptOnUninstall, objectLabel, renderedKinds, renderedObjects } from '../../catalog/rendered.js';
import type { Cascade } from '../../catalog/types.js';
import { protects } from '../../catalog/guards.js';
import type { RuleContext } from '../../engine/define-rule.js';
import { displayName, type Change, type Properties, type Resource } from '../../model/plan.js';

/** A change's properties before and after, as the entry's paths read them (Catalog.view). */
export interface Seen {
  before: Properties | undefined;
  after: Properties | undefined;
}

export interface CascadeLoss {
  /** What holds data inside, for messages: `volume claim data (kubernetes_persistent_volume_claim_v1.data)`. */
  contents: string[];
  /** Why the container's delete reaches them. */
  reason: string;
  /** True when the plan shows nothing inside and the container is judged by what it usually holds. */
  presumed: boolean;
  /** Set when the fields that say what is inside cannot be read (ContainerSpec.cascades): the delete is treated as destroying data. */
  unreadable?: string;
}

/**
 * The data a destroying change of a container takes with it; `undefined` when it takes none it can tell of. `before`
 * is what the entry's paths read (Catalog.view: the object inside a generic manifest).
 */
export function cascadeLoss(context: RuleContext, change: Change, entry: CatalogEntry, before: Properties): CascadeLoss | 'unknown-contents' | undefined {
  const spec = entry.container;
  if (!spec) return undefined;
  if (spec.cascadesWhen && !mayHold(spec.cascadesWhen, before)) return undefined;
  const unreadable = unreadableContents(context, before, spec.cascades);
  if (unreadable) return { contents: [], reason: spec.reason, presumed: true, unreadable };
  const seen = new Set([change.resource.address]);
  const contents = spec.cascades.flatMap((cascade) => contentsOf(context, before, cascade, seen));
  if (contents.length > 0) return { contents, reason: spec.reason, presumed: false };
  // A template or a rendered manifest read in full shows everything the delete takes; children found by a property
  // may be only part of it.
  const complete = spec.cascades.length > 0 && spec.cascades.every((c) =>
    (c.by === 'template' && templateData(context.catalog, read(before, c.property)) !== undefined)
    || (c.by === 'rendered' && rendered(context, before, c, new Set(seen)).complete)
    || c.by === 'kind');
  if (complete) return undefined;
  if (spec.unknownContents === 'data') return { contents: [], reason: spec.reason, presumed: true };
  return spec.unknownContents === 'warn' ? 'unknown-contents' : undefined;
}

/**
 * Why the fields a destroyed container's cascades read cannot be read, or undefined when each is readable or unset.
 * Each kind of cascade reads a field of a known shape: children are found by the container's own key (always set on
 * an object that exists: a namespace has a name, a project an id), nested and inline blocks are objects, a template
 * is a JSON or YAML document with `Resources`, rendered objects are a manifest or a map of kinds to names. A value of
 * another shape (a template body of `0`, a block list that is a string, a claim list of booleans) or a key masked as
 * sensitive says nothing of what the delete takes, so the contents are not "none" but unknown, and the delete is
 * judged as destroying data (fail closed; found by the long fuzz run on Pulumi previews, whose outputs leave unset
 * values out, so that the missing key read as an empty container).
 */
export function unreadableContents(context: RuleContext, properties: Properties, cascades: readonly Cascade[]): string | undefined {
  for (const cascade of cascades) {
    const problem = unreadableCascade(context, properties, cascade);
    if (problem) return problem;
  }
  return undefined;
}

function unreadableCascade(context: RuleContext, properties: Properties, cascade: Cascade): string | undefined {
  const masked = (paths: readonly string[]) => predicateUnreadable({ attributes: [...paths] }, properties);
  switch (cascade.by) {
    case 'nested':
    case 'inline': {
      const paths = cascade.by === 'nested' ? cascade.paths : [cascade.path];
      if (masked(paths)) return hidden(paths[0]!);
      for (const path of paths) {
        // An inline block is one object: a list (even an empty one) is no shape its provider writes for it.
        const whole = cascade.by === 'inline' ? prop(properties, path) : undefined;
        if (Array.isArray(whole)) return `${path} is ${whole.length === 0 ? 'an empty list' : 'a list'}, not the one object it is`;
        const wrong = readAll(properties, path).find((v) => typeof v !== 'object');
        if (wrong !== undefined) return `${path} is ${shape(wrong)}, not a block`;
      }
      return undefined;
    }
    case 'parent-property': {
      if (masked([cascade.parentProperty])) return hidden(cascade.parentProperty);
      const key = read(properties, cascade.parentProperty);
      if (key === undefined) return `it has no ${cascade.parentProperty}, which its contents name it by`;
      if (typeof key !== 'string' || key.trim() === '') return `${cascade.parentProperty}, which its contents name it by, is ${shape(key)}`;
      return undefined;
    }
    case 'template': {
      if (masked([cascade.property])) return hidden(cascade.property);
      const template = read(properties, cascade.property);
      if (template === undefined || (typeof template === 'string' && template.trim() === '')) return undefined;
      return templateData(context.catalog, template) === undefined ? `${cascade.property} is ${shape(template)}, not a template with Resources` : undefined;
    }
    case 'rendered': {
      if (masked([cascade.manifest])) return hidden(cascade.manifest);
      const manifest = read(properties, cascade.manifest);
      if (manifest !== undefined && manifest !== '' && renderedObjects(manifest) === undefined) return `${cascade.manifest} is ${shape(manifest)}, not the rendered objects`;
      if (!cascade.names) return undefined;
      // Only Pulumi's Release writes the names (Terraform's helm_release has none): a mask, not an absence, hides them.
      if (unreadable({ ...properties }, cascade.names)) return hidden(cascade.names);
      const names = read(properties, cascade.names);
      if (names !== undefined && renderedKinds(names) === undefined) return `${cascade.names} is ${shape(names)}, not a map of kinds to names`;
      return undefined;
    }
    case 'kind': {
      if (masked([cascade.group, cascade.kind])) return hidden(cascade.kind);
      for (const path of [cascade.group, cascade.kind]) {
        const value = read(properties, path);
        if (typeof value !== 'string' || value.trim() === '') return `${path}, which names the kind whose objects go with it, is ${value === undefined ? 'missing' : shape(value)}`;
      }
      return undefined;
    }
  }
}

/** A field the plan hides: masked as sensitive, missing from a plan that writes every attribute, or under a plain value. */
function hidden(path: string): string {
  return `${path} cannot be read from the plan (masked as sensitive, missing, or inside a value that is not a block)`;
}

/** A value's shape, for messages: `a number`, `the string "delete"`, `a list`. Never its whole content. */
function shape(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'blank' : value.length <= 20 && /^[\w .:/-]*$/.test(value) ? `the string "${value}"` : 'a string';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Template resources an in-place update drops: CloudFormation deletes a resource removed from the template unless
 * its DeletionPolicy keeps it (data-model.md §1.2).
 */
export function templateRemoved(context: RuleContext, change: Change, entry: CatalogEntry, seen: Seen): string[] {
  if (change.action !== 'update' || !seen.before || !seen.after) return [];
  const out: string[] = [];
  for (const cascade of entry.container?.cascades ?? []) {
    if (cascade.by !== 'template') continue;
    // The old template says what the stack holds: one that cannot be read (masked, missing from a plan that writes
    // every attribute, not a template) hides what the update may drop, so it blocks like an unreadable new one.
    const problem = unreadableCascade(context, seen.before, cascade);
    if (problem) {
      out.push(`what the stack held (${problem}, so nothing shows what the update keeps)`);
      continue;
    }
    const oldBody = read(seen.before, cascade.property);
    const before = templateData(context.catalog, oldBody);
    const after = new Set(templateNames(read(seen.after, cascade.property)));
    // Both tools store the template a stack runs (template_body is computed from GetTemplate when a template_url
    // deployed it): a blank old body beside a readable new one says nothing of what the stack held.
    if ((oldBody === undefined || (typeof oldBody === 'string' && oldBody.trim() === '')) && after.size > 0) {
      out.push('what the stack held (its old template is blank, so nothing shows what the update keeps)');
      continue;
    }
    if (!before || before.length === 0) continue;
    // A template that cannot be read after the change (unknown, not JSON or YAML, no `Resources`) shows nothing
    // it keeps: the data of the old one may all be dropped, so it blocks (found by the fuzzer: an upper-cased body).
    if (templateData(context.catalog, read(seen.after, cascade.property)) === undefined) {
      out.push(`${before.join(', ')} (the new template cannot be read, so nothing shows that it keeps them)`);
      continue;
    }
    out.push(...before.filter((item) => !after.has(item.split(' ')[1] ?? '')));
  }
  return out;
}

/**
 * Rendered objects an in-place update drops: on upgrade Helm deletes the objects of the old release that the new one
 * no longer renders, unless annotated to be kept (helm pkg/kube Client.Update deletes what is "not present in the
 * target"; helm.sh/resource-policy: keep applies to upgrades too). Compared only when both manifests can be read:
 * an upgrade whose new manifest the plan does not show says nothing of what it drops.
 */
export function renderedRemoved(context: RuleContext, change: Change, entry: CatalogEntry, seen: Seen): string[] {
  if (change.action !== 'update' || !seen.before || !seen.after) return [];
  const out: string[] = [];
  for (const cascade of entry.container?.cascades ?? []) {
    if (cascade.by !== 'rendered') continue;
    // An old manifest a plan that writes every attribute leaves out may have held anything: judged as when the new one
    // cannot be read, against the whole old release (unknownContents of the container's delete path says more).
    if (unreadable(seen.before, cascade.manifest)) {
      out.push(`${cascade.manifest} (it cannot be read from the old object, so what the upgrade drops cannot be told)`);
      continue;
    }
    const before = renderedObjects(read(seen.before, cascade.manifest));
    const written = read(seen.after, cascade.manifest);
    const after = renderedObjects(written);
    if (!before) continue;
    // A new manifest the plan writes but that cannot be read (not JSON or YAML objects) may drop any of the old
    // objects: each that holds data counts as dropped (fail closed: the long fuzz run). One the plan does not show
    // (unknown until apply, or not written) is not compared.
    if (!after) {
      if (written === undefined || written === null || written === '') continue;
      for (const object of before) if (!keptOnUninstall(object)) out.push(...objectContents(context, object, new Set([change.resource.address])));
      continue;
    }
    const kept = new Set(after.map(objectIdentity));
    for (const object of before) {
      if (kept.has(objectIdentity(object)) || keptOnUninstall(object)) continue;
      out.push(...objectContents(context, object, new Set([change.resource.address])));
    }
  }
  return out;
}

/** What names a Kubernetes object across versions of a manifest: its API group, kind, namespace and name. */
function objectIdentity(object: Properties): string {
  const apiVersion = typeof object['apiVersion'] === 'string' ? object['apiVersion'] : '';
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return `${group}|${objectLabel(object)}`;
}

/**
 * Whether a nested block's own fields that decide its fate (the `destroyed` predicate's attributes, below the
 * cascade's path: a disk's `delete_rule`) hold a block or a list where a value goes: a shape no provider writes, so
 * the block may go with its container (fail closed: the long fuzz run, `deleteRule = []`).
 */
function leafUnreadable(block: Properties, cascade: Extract<Cascade, { by: 'nested' }>): boolean {
  // A list where a block goes (`statefulDisks[0] = []`) holds none of its fields.
  if (Array.isArray(block)) return true;
  return cascade.destroyed.attributes.some((attribute) => {
    const prefix = cascade.paths.find((path) => attribute.startsWith(`${path}.`));
    const value = prop(block, prefix ? attribute.slice(prefix.length + 1) : attribute);
    return value !== null && typeof value === 'object';
  });
}

/** A scale-down that deletes data (ContainerSpec.scaleDown): the count before and after, when it falls. */
export function scaledDown(change: Change, entry: CatalogEntry, seen: Seen): { from: number | string; to: number | string; reason: string } | undefined {
  const spec = entry.container?.scaleDown;
  if (!spec || change.action !== 'update' || !seen.before || !seen.after) return undefined;
  // The new settings decide what the shrink deletes; where the new object does not show them at all (every field of
  // the predicate absent: an edited file, a provider version without them), the old ones still hold (the long fuzz run).
  const shown = spec.when.attributes.some((attribute) => readAll(seen.after, attribute).length > 0);
  if (!mayHold(spec.when, seen.after) && (shown || !mayHold(spec.when, seen.before))) return undefined;
  const from = unreadable(seen.before, spec.count) ? '(unreadable)' : read(seen.before, spec.count);
  const to = unreadable(seen.after, spec.count) ? '(unreadable)' : read(seen.after, spec.count);
  // A size is a whole number of instances: any other value (a negative one, a fraction, a string) on either side
  // says nothing of how many go, so the change may shrink the group (fail closed: the long fuzz run).
  const size = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (from === undefined || to === undefined || from === null || to === null) return undefined;
  const display = (v: unknown) => (size(v) ? v : v === '(unreadable)' ? 'a size the plan does not show' : `${JSON.stringify(v)} (not a size)`);
  if (!size(from) || !size(to)) return { from: display(from), to: display(to), reason: spec.when.reason };
  return to < from ? { from, to, reason: spec.when.reason } : undefined;
}

/**
 * Inline data blocks present before and gone after an in-place update (Railway removes the volume: volumeDelete).
 * A block that cannot be read on either side (masked, missing from a plan that writes every attribute, not a block)
 * may be the volume going: it counts as removed, with the reason.
 */
export function inlineRemoved(context: RuleContext, change: Change, entry: CatalogEntry, seen: Seen): string[] {
  if (change.action !== 'update' || !seen.before || !seen.after) return [];
  const out: string[] = [];
  for (const c of entry.container?.cascades ?? []) {
    if (c.by !== 'inline') continue;
    const problem = unreadableCascade(context, seen.before, c) ?? unreadableCascade(context, seen.after, c);
    if (problem) out.push(`${c.path} (${problem})`);
    else if (readAll(seen.before, c.path).length > 0 && readAll(seen.after, c.path).length === 0) out.push(c.path);
  }
  return out;
}

function contentsOf(context: RuleContext, properties: Properties, cascade: Cascade, seen: Set<string>): string[] {
  switch (cascade.by) {
    case 'nested':
      return cascade.paths.flatMap((path) => readAll(properties, path))
        .filter((block): block is Properties => typeof block === 'object' && block !== null && (cascade.destroyed.test(block as Properties) || leafUnreadable(block as Properties, cascade)))
        .map((block) => `${cascade.label} ${String(read(block, 'device_name') ?? read(block, 'metadata.name') ?? '')}`.trim());
    case 'inline':
      return readAll(properties, cascade.path).length > 0 ? [`${cascade.kind} ${String(read(properties, `${cascade.path}.name`) ?? '')}`.trim()] : [];
    case 'parent-property':
      return childrenOf(context, properties, cascade, seen);
    case 'template':
      return templateData(context.catalog, read(properties, cascade.property)) ?? [];
    case 'rendered':
      return rendered(context, properties, cascade, seen).contents;
    case 'kind':
      return objectsOfKind(context, properties, cascade);
  }
}

/**
 * What deleting the definition of a kind takes: every object of that kind, in every namespace ("the server will …
 * delete all custom objects stored in it", Kubernetes CustomResourceDefinition docs), judged as the kind in each
 * version it is served in. A kind no entry names is guessed from its group and kind, as a custom resource is.
 */
function objectsOfKind(context: RuleContext, properties: Properties, cascade: Extract<Cascade, { by: 'kind' }>): string[] {
  const group = read(properties, cascade.group);
  const kind = read(properties, cascade.kind);
  if (typeof group !== 'string' || typeof kind !== 'string') return [];
  const versions = readAll(properties, cascade.versions).filter((v): v is string => typeof v === 'string' && v !== '');
  for (const version of versions.length > 0 ? versions : ['v1']) {
    const verdict = context.catalog.judgeObject({ apiVersion: `${group}/${version}`, kind });
    if (verdict?.holdsData) return [`every ${kind} object (${group}, ${verdict.kind})`];
  }
  return [];
}

/**
 * What a container's rendered objects take with them (a Helm release's uninstall deletes each, data-model.md §1.5):
 * each object judged as its kind, its own cascades included (a StatefulSet whose claims go with it). `complete` when
 * the plan shows every object: the manifest read in full, or from the names alone every kind decided (a kind whose
 * verdict depends on attributes the names do not carry, a StatefulSet's retention, cannot be).
 */
function rendered(context: RuleContext, properties: Properties, cascade: Extract<Cascade, { by: 'rendered' }>, seen: Set<string>): { contents: string[]; complete: boolean } {
  const objects = renderedObjects(read(properties, cascade.manifest));
  if (objects) {
    return { contents: objects.filter((o) => !keptOnUninstall(o)).flatMap((o) => objectContents(context, o, seen)), complete: true };
  }
  const kinds = cascade.names ? renderedKinds(read(properties, cascade.names)) : undefined;
  if (!kinds) return { contents: [], complete: false };
  const contents: string[] = [];
  let complete = true;
  for (const { apiVersion, kind, names } of kinds) {
    const view = context.catalog.viewObject({ apiVersion, kind });
    const verdict = context.catalog.judgeObject({ apiVersion, kind });
    if (!view || !verdict) continue;
    const decided = !view.entry?.container && !(verdict.holdsData && verdict.known && (verdict.entry?.data?.noUniqueData?.length ?? 0) > 0);
    if (!decided) complete = false;
    else if (verdict.holdsData) contents.push(...names.map((name) => `${verdict.kind} ${kind} ${name}`));
  }
  return { contents, complete };
}

/** The data one rendered object holds or takes with it when it is deleted. */
function objectContents(context: RuleContext, object: Properties, seen: Set<string>): string[] {
  const verdict = context.catalog.judgeObject(object);
  if (!verdict) return [];
  if (verdict.holdsData) return [`${verdict.kind} ${objectLabel(object)}`];
  const spec = verdict.entry?.container;
  if (!spec || (spec.cascadesWhen && !mayHold(spec.cascadesWhen, object))) return [];
  const inner = spec.cascades.flatMap((c) => contentsOf(context, object, c, seen));
  return inner.length > 0 ? [`${inner.join(', ')} of ${objectLabel(object)}`] : [];
}

/** Children that name the container and hold data, directly or through their own cascades. */
function childrenOf(context: RuleContext, properties: Properties, cascade: Extract<Cascade, { by: 'parent-property' }>, seen: Set<string>): string[] {
  const key = read(properties, cascade.parentProperty);
  if (typeof key !== 'string' || key === '') return [];
  const out: string[] = [];
  // Each account of a child (as the plan leaves it, and as it is before a change) is judged: a child whose update
  // drops its claim templates still has its claims when the container goes (found by the long fuzz run).
  const byAddress = new Map<string, Account[]>();
  for (const account of childIndex(context, cascade.childProperty).get(key) ?? []) {
    const list = byAddress.get(account.resource.address) ?? [];
    list.push(account);
    byAddress.set(account.resource.address, list);
  }
  for (const [address, accounts] of byAddress) {
    if (seen.has(address)) continue;
    seen.add(address);
    const found = new Set<string>();
    for (const { resource: child, properties: childProperties } of accounts) {
      for (const item of childContents(context, child, childProperties, cascade, seen)) found.add(item);
    }
    out.push(...found);
  }
  return out;
}

/** What one account of a child holds or takes with it. */
function childContents(context: RuleContext, child: Resource, properties: Properties, cascade: Extract<Cascade, { by: 'parent-property' }>, seen: Set<string>): string[] {
  const view = context.catalog.view(child.type, properties);
  const entry = view.entry;
  if (cascade.childFamilies && !cascade.childFamilies.includes((entry ?? view.generic?.entry)?.family ?? '')) return [];
  const verdict = context.catalog.judge(child.type, properties);
  // A claim whose StorageClass retains its volume leaves its disk behind, inside a namespace as on its own.
  if (verdict.holdsData && verdict.known && retainer(context, verdict.entry, view.properties ?? {})) return [];
  if (verdict.holdsData) return [`${verdict.kind} ${displayName(child.address)}`];
  // A child container's contents live in the parent too: what its own delete would keep (a StatefulSet's
  // Retain policy) is deleted with the parent, so its cascades count without its cascadesWhen.
  const out: string[] = [];
  for (const inner of entry?.container?.cascades ?? []) {
    const found = contentsOf(context, view.properties ?? {}, inner, seen);
    if (found.length > 0) out.push(`${found.join(', ')} of ${displayName(child.address)}`);
  }
  return out;
}

/** One account of a resource: its properties as the plan leaves them, or as they were before a change. */
interface Account {
  resource: Resource;
  properties: Properties;
}

const childIndexes = new WeakMap<RuleContext['plan'], Map<string, Map<string, Account[]>>>();

/** Every resource of the plan (present or being deleted) by the value of one property: built once per plan and property. */
function childIndex(context: RuleContext, property: string): Map<string, Account[]> {
  let byProperty = childIndexes.get(context.plan);
  if (!byProperty) {
    byProperty = new Map();
    childIndexes.set(context.plan, byProperty);
  }
  let index = byProperty.get(property);
  if (!index) {
    index = new Map();
    const added = new Set<Properties>();
    const add = (resource: Resource, properties: Properties | undefined) => {
      if (!properties || added.has(properties)) return;
      added.add(properties);
      // A generic manifest names its namespace inside its object (`manifest.metadata.namespace`).
      const names = new Set(readAll(context.catalog.view(resource.type, properties).properties, property).filter((v): v is string => typeof v === 'string'));
      for (const value of names) {
        const list = index!.get(value) ?? [];
        list.push({ resource, properties });
        index!.set(value, list);
      }
    };
    for (const resource of context.plan.resources) add(resource, resource.properties);
    // A changed resource is in the container it names now (before) and in the one it will name (after): a delete
    // of the first cascades to it whatever the plan says it becomes (a no-op or update whose `after` names
    // another namespace is still in this one when the namespace goes; found by the long fuzz run).
    for (const change of context.plan.changes) {
      add(change.resource, change.resource.properties);
      add(change.resource, change.before);
    }
    byProperty.set(property, index);
  }
  return index;
}

/**
 * The resource in the plan that keeps this one's data after its delete (CatalogEntry.data.retainedBy): of the named
 * entry, found by its key, existing before the plan (not created by it), with every guard of its entry protecting in
 * its state before the plan. Undefined when the plan shows none, or it does not protect (fail closed).
 */
export function retainer(context: RuleContext, entry: CatalogEntry | undefined, properties: Properties): { holder: string; reason: string } | undefined {
  const { plan, catalog } = context;
  for (const spec of entry?.data?.retainedBy ?? []) {
    const wanted = read(properties, spec.property);
    if (typeof wanted !== 'string' || wanted === '') continue;
    const candidates = [...plan.resources, ...plan.changes.filter((c) => c.destroysObject).map((c) => c.resource)];
    for (const resource of candidates) {
      const change = context.changeOf(resource);
      if (change?.action === 'create' || (change && !change.before)) continue;
      const before = catalog.view(resource.type, change ? change.before : resource.properties);
      if (before.entry?.canonical !== spec.canonical || read(before.properties, spec.key) !== wanted) continue;
      const guards = before.entry.guards ?? [];
      if (guards.length > 0 && guards.every((g) => protects(g, before.properties) === true)) return { holder: resource.address, reason: spec.reason };
    }
  }
  return undefined;
}
