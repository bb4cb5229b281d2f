// The engine's ResourceV3 (preview oldState/newState, event-log old/new, stack export resources) → model.
import type { Protection, Reference, Resource } from '../model/plan.js';
import { maskSensitive, PULUMI_UNKNOWN } from '../model/redact.js';
import { describe, InputError, isRecord } from './input-error.js';

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
  if (deps !== undefined && deps !== null && !(isRecord(deps) && Object.values(deps).every((d) => d === null || strings(d)))) throw wrong('propertyDependencies', 'an object of URN lists');
  return value as PulumiState;
}

export function parseUrn(urn: string): { stack: string; project: string; type: string; name: string } {
  // urn:pulumi:<stack>::<project>::<parent-type$type>::<name>
  const [head = '', project = '', qualifiedType = '', ...nameParts] = urn.split('::');
  const stack = head.replace(/^urn:pulumi:/, '');
  const type = qualifiedType.split('$').pop() ?? qualifiedType;
  return { stack, project, type, name: nameParts.join('::') };
}

export function isInternalType(type: string): boolean {
  return type === 'pulumi:pulumi:Stack' || type.startsWith('pulumi:providers:');
}

/** Strips Pulumi's unknown sentinel from a property bag, recording each unknown path. */
export function stripUnknowns(value: unknown, path: string, unknown: string[]): unknown {
  if (value === PULUMI_UNKNOWN) {
    unknown.push(path);
    return undefined;
  }
  if (Array.isArray(value)) return value.map((v, i) => stripUnknowns(v, path ? `${path}.${i}` : String(i), unknown));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const stripped = stripUnknowns(v, path ? `${path}.${k}` : k, unknown);
      // A plan's `__proto__` key stays a key: assigned, it would become the copy's prototype (see redact.ts).
      if (stripped !== undefined && k === '__proto__') Object.defineProperty(out, k, { value: stripped, enumerable: true, writable: true, configurable: true });
      else if (stripped !== undefined) out[k] = stripped;
    }
    return out;
  }
  return value;
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

export function resourceFromState(state: PulumiState, providers: Map<string, Record<string, unknown>>): Resource {
  const urn = state.urn ?? '';
  const parsed = parseUrn(urn);
  const unknown: string[] = [];
  const references: Reference[] = [];
  for (const [property, urns] of Object.entries(state.propertyDependencies ?? {})) {
    for (const target of urns ?? []) references.push({ property, target });
  }
  for (const target of state.dependencies ?? []) {
    if (!references.some((r) => r.target === target)) references.push({ property: '(dependsOn)', target });
  }
  const providerUrn = state.provider?.split('::').slice(0, -1).join('::');
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
