// What a Helm release rendered, as the plan shows it (data-model.md §1.5):
// - hashicorp/helm's `manifest` attribute (set only with the provider's `experiments { manifest = true }`): a JSON
//   string, one entry per rendered object keyed `<namespace>/<kind.group>/<apiVersion>/<name>`, the object as JSON
//   (helm/manifest_json.go convertYAMLManifestToJSON). The same reader takes one object, a list, a `List` kind, or the
//   multi-document YAML of `helm get manifest`;
// - Pulumi's Release `resourceNames`: the names of the objects it created, grouped by `<Kind.group>/<apiVersion>`
//   (`PersistentVolumeClaim/v1`, `StatefulSet.apps/apps/v1`) → `["<namespace>/<name>"]` (pulumi-kubernetes
//   provider/pkg/provider/helm_release.go): kinds and names, no specs.
import type { Properties } from '../model/plan.js';
import { yaml } from './yaml.js';

/** The rendered objects (each with apiVersion and kind); `undefined` when absent or unreadable. */
export function renderedObjects(value: unknown): Properties[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return yamlDocuments(value);
    }
  }
  return objectsIn(parsed);
}

function isObject(value: unknown): value is Properties {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One object, a list of them, a `List` kind's items, or a map of them (the provider's JSON); undefined otherwise. */
function objectsIn(parsed: unknown): Properties[] | undefined {
  const candidates = Array.isArray(parsed) ? parsed : isObject(parsed) && typeof parsed['kind'] === 'string' ? [parsed] : isObject(parsed) ? Object.values(parsed) : undefined;
  if (!candidates) return undefined;
  const out: Properties[] = [];
  for (const item of candidates) {
    if (!isObject(item) || typeof item['kind'] !== 'string' || typeof item['apiVersion'] !== 'string') return undefined;
    if (/List$/.test(item['kind']) && Array.isArray(item['items'])) {
      const inner = objectsIn(item['items']);
      if (!inner) return undefined;
      out.push(...inner);
    } else out.push(item);
  }
  return out;
}

/** Multi-document YAML (`---` between objects); empty documents (a template a condition emptied) are skipped. */
function yamlDocuments(text: string): Properties[] | undefined {
  let documents: unknown[];
  try {
    const parsed = yaml().parseAllDocuments(text, { logLevel: 'silent' });
    if (!Array.isArray(parsed) || parsed.some((d) => d.errors.length > 0)) return undefined;
    documents = parsed.map((d) => d.toJS() as unknown).filter((d) => d !== null && d !== undefined);
  } catch {
    return undefined;
  }
  return objectsIn(documents);
}

/** A rendered kind from Pulumi's `resourceNames`: its apiVersion, kind and the names (`namespace/name`) of its objects. */
export interface RenderedKind {
  apiVersion: string;
  kind: string;
  names: string[];
}

/** `{ "StatefulSet.apps/apps/v1": ["db/postgres"] }` → its kinds; `undefined` when absent or not that shape. */
export function renderedKinds(value: unknown): RenderedKind[] | undefined {
  if (!isObject(value)) return undefined;
  const out: RenderedKind[] = [];
  for (const [key, names] of Object.entries(value)) {
    const match = /^([A-Za-z0-9]+)(?:\.[^/]+)?\/(.+)$/.exec(key);
    // A name that is not a string is no name Pulumi writes: the whole map is unreadable, not that entry skipped.
    if (!match || !Array.isArray(names) || !names.every((n): n is string => typeof n === 'string')) return undefined;
    out.push({ kind: match[1]!, apiVersion: match[2]!, names });
  }
  return out;
}

/** Helm keeps an object annotated `helm.sh/resource-policy: keep` when the release is uninstalled (helm/helm#6261). */
export function keptOnUninstall(object: Properties): boolean {
  const metadata = object['metadata'];
  const annotations = isObject(metadata) ? metadata['annotations'] : undefined;
  return isObject(annotations) && annotations['helm.sh/resource-policy'] === 'keep';
}

/** `kind namespace/name`, for messages. */
export function objectLabel(object: Properties): string {
  const metadata = isObject(object['metadata']) ? object['metadata'] : {};
  const name = typeof metadata['name'] === 'string' ? metadata['name'] : '';
  const namespace = typeof metadata['namespace'] === 'string' && metadata['namespace'] ? `${metadata['namespace']}/` : '';
  return `${String(object['kind'])} ${namespace}${name}`.trim();
}
