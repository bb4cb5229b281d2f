// CrossGuard's view of a resource (ResourceValidationArgs for Analyze, PolicyResource for AnalyzeStack) → model.
import { UnknownValueError, type PolicyResourceOptions } from '@pulumi/policy';
import { isInternalType, parseUrn } from '../adapters/pulumi-resource.js';
import { emptyPlan, type Plan, type Reference, type Resource } from '../model/plan.js';
import { MASK, maskSensitive } from '../model/redact.js';

/** The fields both arg shapes share; `parent`, `dependencies` and `propertyDependencies` exist only in a stack. */
export interface AnalyzerResource {
  type: string;
  urn: string;
  name: string;
  props: Record<string, unknown>;
  opts: PolicyResourceOptions;
  provider?: { type: string; urn: string; name: string; props: Record<string, unknown> };
  parent?: { urn: string };
  dependencies?: Array<{ urn: string }>;
  propertyDependencies?: Record<string, Array<{ urn: string }>>;
}

/** Properties with every unknown value left out, and the dotted paths where they were. */
export interface KnownProperties {
  properties: Record<string, unknown>;
  unknown: string[];
}

/**
 * Copies `props` out of @pulumi/policy's unknownCheckingProxy. Reading an unknown through the proxy throws
 * UnknownValueError, which the SDK turns into an *advisory* "can't run policy during preview" (server.js), so a
 * mandatory rule would silently stop blocking. Every read is guarded here instead: an unknown becomes a path
 * in `unknown`, which the rules treat as "cannot verify" (a blocking finding), never as a pass.
 */
export function readKnown(props: unknown): KnownProperties {
  const unknown: string[] = [];
  const properties = copy(props, '', unknown);
  return { properties: isPlainRecord(properties) ? properties : {}, unknown };
}

function copy(value: unknown, path: string, unknown: string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    const length = read(value, 'length', path, unknown);
    for (let i = 0; i < (typeof length === 'number' ? length : 0); i++) {
      const at = join(path, String(i));
      const item = read(value, i, at, unknown);
      out.push(item === UNKNOWN ? undefined : copy(item, at, unknown));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const at = join(path, key);
    const item = read(value as Record<string, unknown>, key, at, unknown);
    if (item !== UNKNOWN && item !== undefined) out[key] = copy(item, at, unknown);
  }
  return out;
}

const UNKNOWN = Symbol('unknown');

function read(container: object, key: string | number, path: string, unknown: string[]): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch (error) {
    if (!isUnknownValueError(error)) throw error;
    unknown.push(path);
    return UNKNOWN;
  }
}

export function isUnknownValueError(error: unknown): boolean {
  if (error instanceof UnknownValueError) return true;
  // A second copy of @pulumi/policy would have its own class; its errors carry the same fields.
  return error instanceof Error && 'unknownTypeSentinel' in error && Array.isArray((error as { props?: unknown }).props);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the options without touching anything that could throw (they are plain values, but be sure). */
function protectOf(opts: PolicyResourceOptions | undefined): boolean {
  try {
    return opts?.protect === true;
  } catch {
    return false;
  }
}

/** Masks what must never reach a message: secret-looking keys and outputs the SDK marked secret. */
function mask(properties: Record<string, unknown>, secretOutputs: readonly string[]): Record<string, unknown> {
  const masked = maskSensitive(properties) as Record<string, unknown>;
  // Secrets arrive unwrapped (deserializeProperties(…, false)), so their signature is gone: only the
  // additionalSecretOutputs option still says which outputs were secret.
  const secret = secretOutputs.filter((key) => key in masked);
  if (secret.length === 0) return masked;
  // maskSensitive returns its input when it masks nothing: copy before writing, so no caller's object changes.
  const out = { ...masked };
  for (const key of secret) out[key] = MASK;
  return out;
}

/** The model resource for one analyzer resource. `fallbackStack` names the stack when the URN cannot. */
export function resourceFromAnalyzer(r: AnalyzerResource, fallbackStack?: string): Resource {
  const urn = typeof r.urn === 'string' ? r.urn : '';
  const parsed = parseUrn(urn);
  const { properties, unknown } = readKnown(r.props);
  const references: Reference[] = [];
  const add = (property: string, target: string | undefined): void => {
    if (!target || references.some((x) => x.property === property && x.target === target)) return;
    references.push({ property, target });
  };
  for (const [property, targets] of Object.entries(r.propertyDependencies ?? {})) {
    for (const target of targets ?? []) {
      add(property, target?.urn);
    }
  }
  for (const target of r.dependencies ?? []) {
    if (!references.some((x) => x.target === target?.urn)) add('(dependsOn)', target?.urn);
  }
  add('(parent)', r.parent?.urn ?? r.opts?.parent);
  const secretOutputs = Array.isArray(r.opts?.additionalSecretOutputs) ? r.opts.additionalSecretOutputs : [];
  const provider = r.provider && typeof r.provider.urn === 'string'
    ? { name: r.provider.urn, properties: mask(readKnown(r.provider.props).properties, []) }
    : undefined;
  const stack = parsed.stack || fallbackStack;
  return {
    address: urn,
    type: typeof r.type === 'string' && r.type ? r.type : parsed.type,
    name: typeof r.name === 'string' && r.name ? r.name : parsed.name,
    mode: 'managed',
    ...(stack ? { stack } : {}),
    properties: mask(properties, secretOutputs),
    unknown,
    // retainOnDelete never reaches a pack (analyzer.proto has no field for it): only protect is known.
    protection: protectOf(r.opts) ? { protect: true } : {},
    references,
    ...(provider ? { provider } : {}),
  };
}

/** A plan of the intended result (what the program registers), as the pack sees it at preview. */
export function configurationPlan(resources: Resource[], stack: string | undefined): Plan {
  const plan = emptyPlan({ format: 'pulumi-analyzer', kind: 'configuration', tool: 'pulumi policy pack' });
  const named = stack ?? resources.find((r) => r.stack)?.stack;
  if (named) plan.stack = named;
  plan.resources.push(...resources.filter((r) => !isInternalType(r.type)));
  return plan;
}
