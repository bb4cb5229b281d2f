// Builds the Analyzer requests the engine sends (proto/pulumi/analyzer.proto), from plain specs or from the
// registrations stacks/pulumi/run-in-process.ts records.
//
// What the engine puts in them (pkg/resource/deploy/step_generator.go, shared/design/pulumi-engine.md §3-4):
// - Analyze, once per *registered* resource, before any diff: type, the program's new inputs, urn, name, the
//   goal's options (protect, ignoreChanges, aliases, deleteBeforeReplace, additionalSecretOutputs, parent) and
//   its provider (type, urn, name, the provider's inputs). No old state, no operation.
// - AnalyzeStack, once at the end, over the resources present afterwards: outputs instead of inputs, plus parent,
//   dependencies and propertyDependencies.
// - Never: reads (`.get()`, they go to deployment.reads, pulumi/pulumi#3950) and deleted resources.
// retainOnDelete, deletedWith and dependsOn-only options have no field in the protocol.
import type * as AnalyzerPb from '@pulumi/pulumi/proto/analyzer_pb.js';
import { REGION } from '../../stacks/example.js';
import type { Registration } from '../../stacks/pulumi/run-in-process.js';
import { pb, toStruct } from './pack-client.js';

/** Pulumi's unknown-value sentinel for strings, as the engine marshals an unknown at preview. */
export const UNKNOWN_STRING = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
/** A secret as the engine marshals it into a Struct. */
export const secretValue = (value: unknown) => ({ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value });

const SECRET_SIG = '4dabf18193072939515e22adb298388d';
const SECRET_VALUE_SIG = '1b47061264138c4ac30d75fd1eb44270';

/**
 * A `pulumi stack export` value as the engine puts it on the wire: an exported secret
 * (`{sig, plaintext}` with --show-secrets, `{sig, ciphertext}` without) becomes `{sig, value}`; the engine
 * decrypts ciphertext before it sends anything, which a test cannot, so ciphertext becomes a placeholder.
 */
export function fromExport(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromExport);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record[SECRET_SIG] === SECRET_VALUE_SIG) {
    const plain = typeof record.plaintext === 'string' ? (JSON.parse(record.plaintext) as unknown) : record.value ?? '(decrypted secret)';
    return secretValue(plain);
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromExport(v)]));
}

export interface ProviderSpec {
  type: string;
  urn: string;
  name: string;
  properties: Record<string, unknown>;
}

export interface ResourceSpec {
  type: string;
  urn: string;
  name?: string;
  properties?: Record<string, unknown>;
  options?: {
    protect?: boolean;
    ignoreChanges?: string[];
    aliases?: string[];
    deleteBeforeReplace?: boolean;
    additionalSecretOutputs?: string[];
    parent?: string;
  };
  provider?: ProviderSpec;
  /** AnalyzeStack only. */
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
}

export function urnFor(stack: string, project: string, type: string, name: string): string {
  return `urn:pulumi:${stack}::${project}::${type}::${name}`;
}

function options(spec: ResourceSpec): AnalyzerPb.AnalyzerResourceOptions {
  const o = new pb.AnalyzerResourceOptions();
  const given = spec.options ?? {};
  o.setProtect(given.protect ?? false);
  o.setIgnorechangesList(given.ignoreChanges ?? []);
  o.setAliasesList(given.aliases ?? []);
  o.setAdditionalsecretoutputsList(given.additionalSecretOutputs ?? []);
  if (given.deleteBeforeReplace !== undefined) {
    o.setDeletebeforereplace(given.deleteBeforeReplace);
    o.setDeletebeforereplacedefined(true);
  }
  const parent = given.parent ?? spec.parent;
  if (parent) o.setParent(parent);
  o.setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts());
  return o;
}

function provider(spec: ProviderSpec): AnalyzerPb.AnalyzerProviderResource {
  const p = new pb.AnalyzerProviderResource();
  p.setType(spec.type);
  p.setUrn(spec.urn);
  p.setName(spec.name);
  p.setProperties(toStruct(spec.properties));
  return p;
}

function nameOf(spec: ResourceSpec): string {
  return spec.name ?? spec.urn.split('::').pop() ?? '';
}

export function analyzeRequest(spec: ResourceSpec): AnalyzerPb.AnalyzeRequest {
  const request = new pb.AnalyzeRequest();
  request.setType(spec.type);
  request.setProperties(toStruct(spec.properties ?? {}));
  request.setUrn(spec.urn);
  request.setName(nameOf(spec));
  request.setOptions(options(spec));
  if (spec.provider) request.setProvider(provider(spec.provider));
  return request;
}

export function analyzerResource(spec: ResourceSpec): AnalyzerPb.AnalyzerResource {
  const resource = new pb.AnalyzerResource();
  resource.setType(spec.type);
  resource.setProperties(toStruct(spec.properties ?? {}));
  resource.setUrn(spec.urn);
  resource.setName(nameOf(spec));
  resource.setOptions(options(spec));
  if (spec.provider) resource.setProvider(provider(spec.provider));
  if (spec.parent) resource.setParent(spec.parent);
  resource.setDependenciesList(spec.dependencies ?? []);
  for (const [property, urns] of Object.entries(spec.propertyDependencies ?? {})) {
    const deps = new pb.AnalyzerPropertyDependencies();
    deps.setUrnsList(urns);
    resource.getPropertydependenciesMap().set(property, deps);
  }
  return resource;
}

/** The calls `pulumi preview --policy-pack` makes for a program's registrations. */
export interface EngineCalls {
  /** One Analyze request per registered resource, in registration order. */
  analyze: Array<{ urn: string; request: AnalyzerPb.AnalyzeRequest }>;
  /** The AnalyzeStack request's resources. */
  stack: AnalyzerPb.AnalyzerResource[];
}

/**
 * Converts run-in-process registrations into the engine's requests. Resources without an explicit provider get
 * the engine's default provider for their package (`pulumi:providers:<pkg>::default_<version>`, configured from
 * the stack: region us-east-1, as the example stacks' Pulumi.<stack>.yaml say).
 */
export function engineCalls(registrations: readonly Registration[], stack: string): EngineCalls {
  const owned = registrations.filter((r) => !r.external);
  const byUrn = new Map(owned.map((r) => [r.urn, r]));
  const providerOf = (r: Registration): ProviderSpec | undefined => {
    if (r.type.startsWith('pulumi:providers:') || !r.custom) return undefined;
    if (r.provider) {
      const urn = r.provider.split('::').slice(0, -1).join('::');
      const registered = byUrn.get(urn);
      return { type: registered?.type ?? urn.split('::')[2] ?? '', urn, name: urn.split('::').pop() ?? '', properties: registered?.inputs ?? {} };
    }
    const pkg = r.type.split(':')[0] ?? '';
    const project = r.urn.split('::')[1] ?? '';
    const name = r.version ? `default_${r.version.replace(/[.\-+]/g, '_')}` : 'default';
    return {
      type: `pulumi:providers:${pkg}`,
      urn: urnFor(stack, project, `pulumi:providers:${pkg}`, name),
      name,
      properties: { ...(pkg === 'aws' ? { region: REGION } : {}), ...(r.version ? { version: r.version } : {}) },
    };
  };
  const spec = (r: Registration, properties: Record<string, unknown>): ResourceSpec => {
    const p = providerOf(r);
    return {
      type: r.type,
      urn: r.urn,
      name: r.name,
      properties,
      options: {
        protect: r.options.protect ?? false,
        ignoreChanges: r.options.ignoreChanges,
        aliases: r.options.aliases,
        additionalSecretOutputs: r.options.additionalSecretOutputs,
        ...(r.options.deleteBeforeReplace !== undefined ? { deleteBeforeReplace: r.options.deleteBeforeReplace } : {}),
        ...(r.parent ? { parent: r.parent } : {}),
      },
      ...(p ? { provider: p } : {}),
      ...(r.parent ? { parent: r.parent } : {}),
      dependencies: r.dependencies,
      propertyDependencies: r.propertyDependencies,
    };
  };
  return {
    analyze: owned.map((r) => ({ urn: r.urn, request: analyzeRequest(spec(r, r.inputs)) })),
    stack: owned.map((r) => analyzerResource(spec(r, r.outputs))),
  };
}
