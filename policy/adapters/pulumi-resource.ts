// The engine's ResourceV3 (preview oldState/newState, event-log old/new, stack export resources) → model.
import type { Protection, Reference, Resource } from '../model/plan.js';
import { maskSensitive, PULUMI_UNKNOWN } from '../model/redact.js';
import { describe, InputError, isRecord } from './input-error.js';
import { memoize } from '../model/memo.js';

export interface PulumiState {
  urn?: string;
  type?: string;
  id?: string;
  custom?: boolean;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  parent?: string;
  protect?: boolean;
  retainOnDelete?: boolean;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  provider?: string;
  aliases?: unknown[];
  delete?: boolean;
}

const STRING_FIELDS = ['urn', 'type', 'id', 'parent', 'provider'] as const;
const BOOLEAN_FIELDS = ['custom', 'protect', 'retainOnDelete', 'delete'] as const;

/**
 * Checks the fields of a ResourceV3 that the readers use, so a malformed state is an InputError naming it rather
 * than a TypeError deep in a reader (a `provider` that is an object, `dependencies` that are not a list).
 */
export function validateState(value: unknown, file: string, where: string): PulumiState {
  if (!isRecord(value)) throw new InputError(file, where, `expected an object, found ${describe(value)}`);
  const wrong = (key: string, expected: string) => new InputError(file, `${where}/${key}`, `expected ${expected}, found ${describe(value[key])}`);
  for (const key of STRING_FIELDS) if (value[key] !== undefined && typeof value[key] !== 'string') throw wrong(key, 'a string');
  for (const key of BOOLEAN_FIELDS) if (value[key] !== undefined && typeof value[key] !== 'boolean') throw wrong(key, 'true or false');
  for (const key of ['inputs', 'outputs'] as const) if (value[key] !== undefined && value[key] !== null && !isRecord(value[key])) throw wrong(key, 'an object');
  const strings = (list: unknown) => Array.isArray(list) && list.every((x) => typeof x === 'string');
  if (value.dependencies !== undefined && value.dependencies !== null && !strings(value.dependencies)) throw wrong('dependencies', 'a list of URNs');
  const deps = value.propertyDependencies;
  if (deps !== undefined && deps !== null && !(isRecord(deps) && Object.keys(deps).every((k) => deps[k] === null || strings(deps[k])))) throw wrong('propertyDependencies', 'an object of URN lists');
  return value as PulumiState;
}

export interface ParsedUrn {
  readonly stack: string;
  readonly project: string;
  readonly type: string;
  readonly name: string;
}

/** The last URN parsed: a reader asks about one step's URN several times in a row (its checks, its states). */
let lastUrn: string | undefined;
let lastParsed: ParsedUrn | undefined;

export function parseUrn(urn: string): ParsedUrn {
  if (urn === lastUrn && lastParsed) return lastParsed;
  // urn:pulumi:<stack>::<project>::<parent-type$type>::<name>
  const [head = '', project = '', qualifiedType = '', ...nameParts] = urn.split('::');
  const stack = head.replace(/^urn:pulumi:/, '');
  const type = qualifiedType.split('$').pop() ?? qualifiedType;
  const parsed: ParsedUrn = Object.freeze({ stack, project, type, name: nameParts.join('::') });
  lastUrn = urn;
  lastParsed = parsed;
  return parsed;
}

export function isInternalType(type: string): boolean {
  return type === 'pulumi:pulumi:Stack' || type.startsWith('pulumi:providers:');
}

/**
 * Strips Pulumi's unknown sentinel from a property bag, recording each unknown path. Copy on write, as
 * maskSensitive is: a bag without unknowns (most of them) is returned as it is; otherwise only the records and lists
 * on the way to an unknown are copied. Paths are joined only for the unknowns found.
 */
export function stripUnknowns(value: unknown, path: string, unknown: string[]): unknown {
  return strip(value, path ? [path] : [], unknown);
}

function strip(value: unknown, at: string[], unknown: string[]): unknown {
  if (value === PULUMI_UNKNOWN) {
    unknown.push(at.join('.'));
    return undefined;
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    let out: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      at.push(String(i));
      const stripped = strip(item, at, unknown);
      at.pop();
      // A list keeps its length: an unknown item becomes undefined in place.
      if (out) out.push(stripped);
      else if (stripped !== item) {
        out = list.slice(0, i);
        out.push(stripped);
      }
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = record[k];
    at.push(k);
    const stripped = strip(v, at, unknown);
    at.pop();
    if (!out) {
      // An unknown (or undefined) value is left out of the copy.
      if (stripped === v && stripped !== undefined) continue;
      out = {};
      for (let j = 0; j < i; j++) setOwn(out, keys[j]!, record[keys[j]!]);
    }
    if (stripped !== undefined) setOwn(out, k, stripped);
  }
  return out ?? value;
}

function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  // A plan's `__proto__` key stays a key: assigned, it would become the copy's prototype (see redact.ts).
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

export function protectionOf(state: PulumiState | undefined): Protection {
  return {
    ...(state?.protect ? { protect: true } : {}),
    ...(state?.retainOnDelete ? { retainOnDelete: true } : {}),
  };
}

export function propertiesOf(state: PulumiState, unknown: string[]): Record<string, unknown> {
  // Outputs hold what the cloud reports (ids, ARNs); inputs what the program asked for. At preview
  // outputs are often empty, so inputs fill the gaps.
  const merged = { ...(state.inputs ?? {}), ...(state.outputs ?? {}) };
  if (state.id) merged.id = state.id;
  const masked = maskSensitive(merged) as Record<string, unknown>;
  return stripUnknowns(masked, '', unknown) as Record<string, unknown>;
}

/** A provider reference (`<urn>::<id>`) without its id; a plan has a few providers, each worked out once. */
const providerUrnOf: (reference: string) => string = memoize((reference: string) => reference.split('::').slice(0, -1).join('::'));

export function resourceFromState(state: PulumiState, providers: Map<string, Record<string, unknown>>): Resource {
  const urn = state.urn ?? '';
  const parsed = parseUrn(urn);
  const unknown: string[] = [];
  const references: Reference[] = [];
  const dependencies = state.propertyDependencies;
  if (dependencies) {
    for (const property of Object.keys(dependencies)) {
      const urns = dependencies[property];
      if (urns) for (const target of urns) references.push({ property, target });
    }
  }
  for (const target of state.dependencies ?? []) {
    if (!references.some((r) => r.target === target)) references.push({ property: '(dependsOn)', target });
  }
  const providerUrn = state.provider === undefined ? undefined : providerUrnOf(state.provider);
  const providerProps = providerUrn ? providers.get(providerUrn) : undefined;
  return {
    address: urn,
    type: state.type ?? parsed.type,
    name: parsed.name,
    mode: 'managed',
    stack: parsed.stack || undefined,
    properties: propertiesOf(state, unknown),
    unknown,
    protection: protectionOf(state),
    references,
    ...(providerProps && providerUrn ? { provider: { name: providerUrn, properties: providerProps } } : {}),
  };
}

/** Provider URN → its inputs (region, default tags), from provider resources in the same document. */
export function providerIndex(states: PulumiState[]): Map<string, Record<string, unknown>> {
  const index = new Map<string, Record<string, unknown>>();
  for (const state of states) {
    if (state.urn && state.type?.startsWith('pulumi:providers:')) {
      index.set(state.urn, maskSensitive({ ...(state.inputs ?? {}), ...(state.outputs ?? {}) }) as Record<string, unknown>);
    }
  }
  return index;
}
