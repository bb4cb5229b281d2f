// cdktf (and CDK Terrain) synth output: `cdktf.out/stacks/<stack>/cdk.tf.json`, Terraform's JSON configuration
// syntax. Static configuration with no actions; `lifecycle.prevent_destroy` is visible here, unlike in plan JSON.
import type { Plan, Protection, Reference, Resource } from '../model/plan.js';
import { emptyPlan } from '../model/plan.js';
import { maskSensitive } from '../model/redact.js';
import { expectRecord, InputError, isRecord } from './input-error.js';

const TOKEN = /\$\{([^}]*)\}/g;

export function readCdktfSynth(document: unknown, file: string): Plan {
  const root = expectRecord(document, file, '/');
  if (!isRecord(root.resource) && !isRecord(root.data)) throw new InputError(file, '/', 'a cdk.tf.json needs a "resource" or "data" object');
  const meta = isRecord(root['//']) && isRecord(root['//'].metadata) ? root['//'].metadata : {};
  const stack = typeof meta.stackName === 'string' ? meta.stackName : undefined;
  const plan = emptyPlan({ format: 'cdktf-synth', kind: 'configuration', file, tool: 'cdktf synth' });
  if (stack) plan.stack = stack;
  const providers = providerConfigs(root.provider);
  for (const [mode, blockKey] of [['managed', 'resource'], ['data', 'data']] as const) {
    const block = root[blockKey];
    if (block === undefined) continue;
    for (const [type, byName] of Object.entries(expectRecord(block, file, `/${blockKey}`))) {
      for (const [name, body] of Object.entries(expectRecord(byName, file, `/${blockKey}/${type}`))) {
        const config = expectRecord(body, file, `/${blockKey}/${type}/${name}`);
        plan.resources.push(resourceFromConfig(mode, type, name, config, providers, stack));
      }
    }
  }
  return plan;
}

/** Every resource block of one Terraform JSON document (a cdk.tf.json, or a .tf file through hcl2json), by `type.name`. */
export function* resourceBlocks(document: unknown): Generator<[address: string, body: Record<string, unknown>]> {
  if (!isRecord(document) || !isRecord(document.resource)) return;
  for (const [type, byName] of Object.entries(document.resource)) {
    if (!isRecord(byName)) continue;
    for (const [name, value] of Object.entries(byName)) {
      // HCL parsed by hcl2json nests each block in a list; cdk.tf.json does not.
      const body = Array.isArray(value) ? value[0] : value;
      if (isRecord(body)) yield [`${type}.${name}`, body];
    }
  }
}

/** `lifecycle` of every resource of one Terraform JSON document, by `type.name`. */
export function cdktfProtection(document: unknown): Map<string, Protection> {
  const map = new Map<string, Protection>();
  for (const [address, body] of resourceBlocks(document)) map.set(address, lifecycleProtection(body.lifecycle));
  return map;
}

export function lifecycleProtection(lifecycle: unknown): Protection {
  const block = Array.isArray(lifecycle) ? lifecycle[0] : lifecycle;
  return isRecord(block) && block.prevent_destroy === true ? { preventDestroy: true } : {};
}

type ProviderConfigs = Map<string, Record<string, unknown>>;

function providerConfigs(value: unknown): ProviderConfigs {
  const map: ProviderConfigs = new Map();
  if (!isRecord(value)) return map;
  for (const [name, configs] of Object.entries(value)) {
    for (const config of Array.isArray(configs) ? configs : [configs]) {
      if (!isRecord(config)) continue;
      map.set(typeof config.alias === 'string' ? `${name}.${config.alias}` : name, config);
    }
  }
  return map;
}

function resourceFromConfig(
  mode: 'managed' | 'data', type: string, name: string, config: Record<string, unknown>, providers: ProviderConfigs, stack?: string,
): Resource {
  const { lifecycle, provider: providerRef, '//': _meta, depends_on: dependsOn, ...rest } = config;
  const references: Reference[] = [];
  collectTokens(rest, '', references);
  for (const dep of Array.isArray(dependsOn) ? dependsOn : []) {
    if (typeof dep === 'string') references.push({ property: '(dependsOn)', target: dep.replace(/^\$\{|\}$/g, '') });
  }
  const providerKey = typeof providerRef === 'string' ? providerRef.replace(/^\$\{|\}$/g, '') : type.split('_')[0] ?? '';
  const provider = providers.get(providerKey);
  // A copy: maskSensitive returns its input when it masks nothing, and tags_all is written below.
  const properties = { ...(maskSensitive(rest) as Record<string, unknown>) };
  // Provider default_tags apply to every taggable resource, as Terraform's tags_all does.
  const defaultTags = provider && Array.isArray(provider.default_tags) && isRecord(provider.default_tags[0]) ? provider.default_tags[0].tags : undefined;
  if (isRecord(defaultTags)) properties.tags_all = { ...defaultTags, ...(isRecord(properties.tags) ? properties.tags : {}) };
  return {
    address: mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`,
    type,
    name,
    mode,
    ...(stack ? { stack } : {}),
    properties,
    unknown: [],
    protection: lifecycleProtection(lifecycle),
    references,
    ...(provider ? { provider: { name: providerKey, properties: maskSensitive(provider) as Record<string, unknown> } } : {}),
  };
}

/** `"${aws_ebs_volume.data.id}"` → a reference from this property to `aws_ebs_volume.data`. */
function collectTokens(value: unknown, path: string, out: Reference[]): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(TOKEN)) {
      const expression = match[1] ?? '';
      for (const ref of expression.match(/\b(data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+/g) ?? []) {
        const parts = ref.split('.');
        const target = parts[0] === 'data' ? parts.slice(0, 3).join('.') : parts.slice(0, 2).join('.');
        if (/^(var|local|each|count|path|terraform|self|module)\./.test(target)) continue;
        if (!out.some((r) => r.property === path && r.target === target)) out.push({ property: path, target });
      }
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectTokens(v, path ? `${path}.${i}` : String(i), out));
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) collectTokens(v, path ? `${path}.${k}` : k, out);
  }
}
