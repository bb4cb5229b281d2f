// The schema validators' errors (ajv's, compiled into validators.generated.ts) as a person reads them: the key path
// as written in YAML (`exemptions[0].expires`, "(its top level)"), what is wrong in words, and the nearest valid key
// or value. No ajv wording and no JSON pointer reaches a user.
import type { SchemaError } from './validators.js';
import { didYouMean } from './suggest.js';

/** One JSON Schema node, as far as these messages read it. */
interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: readonly unknown[];
}

export type PathSegment = string | number;

/** `exemptions[0].expires`, `environments.prod.accounts[1]`, `rules["a b"]`; "(its top level)" for the document. */
export function keyPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(its top level)';
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]`
    : /^[A-Za-z0-9_-]+$/.test(segment) ? `${i === 0 ? '' : '.'}${segment}` : `[${JSON.stringify(segment)}]`)).join('');
}

/** A JSON pointer (`/exemptions/0/expires`) as segments; array indices become numbers where the data is a list. */
export function pointerSegments(pointer: string, document: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let value = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const index = Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : undefined;
    segments.push(index ?? key);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return segments;
}

/** Every schema error of `document`, in words; errors that only restate another (ajv's `if`/`anyOf`) are left out. */
export function describeSchemaErrors(errors: readonly SchemaError[], schema: SchemaNode, document: unknown): string[] {
  // One problem per value for its text's shape: '' is "empty", not also "blank".
  const tooShort = new Set(errors.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
  const problems = errors.filter((e) => !(e.keyword === 'pattern' && tooShort.has(e.instancePath))).map((error) => describeSchemaError(error, schema, document));
  return [...new Set(problems)];
}

function describeSchemaError(error: SchemaError, schema: SchemaNode, document: unknown): string {
  const path = pointerSegments(error.instancePath, document);
  const where = keyPath(path);
  const value = valueAt(document, path);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const valid = Object.keys(nodeAt(schema, path)?.properties ?? {});
      const hint = didYouMean(key, valid);
      return `${where}: unknown key '${key}'${hint || (valid.length > 0 ? ` (valid keys: ${valid.join(', ')})` : '')}`;
    }
    case 'required':
      return `${where}: missing key '${String(params.missingProperty)}'`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const noun = path.length > 0 && path[path.length - 1] === 'kind' ? 'data kind' : path[0] === 'rules' ? 'level' : 'value';
      const hint = didYouMean(String(value), allowed);
      return `${where}: unknown ${noun} '${String(value)}' (one of ${allowed.join(', ')})${hint}`;
    }
    case 'type':
      return `${where}: must be ${TYPE_WORDS[String(params.type)] ?? `of type ${String(params.type)}`}, not ${kindOf(value)}`;
    case 'minLength':
      return Number(params.limit) <= 1 ? `${where}: must not be empty` : `${where}: must be at least ${Number(params.limit)} characters long`;
    case 'minItems':
      return Number(params.limit) <= 1 ? `${where}: must list at least one entry` : `${where}: must list at least ${Number(params.limit)} entries`;
    case 'pattern': {
      const words = PATTERN_WORDS[String(params.pattern)];
      return `${where}: '${String(value)}' ${words ?? `does not have the form ${String(params.pattern)}`}`;
    }
    default:
      return `${where}: has a value of the wrong form (${error.keyword})`;
  }
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a mapping (key: value)',
  string: 'a text value',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

/** What each `pattern` of the schemas means, in words; a pattern not listed here is shown as a regular expression. */
export const PATTERN_WORDS: Record<string, string> = {
  '^[0-9]{12}$': 'is not an AWS account id (12 digits)',
  '^sha256:[0-9a-f]{64}$': 'is not a fingerprint (sha256: and 64 lower-case hex digits, as the report prints it)',
  '\\S': 'is blank: it must say something',
  '^[A-Za-z0-9][A-Za-z0-9_.-]*(?:\\/[A-Za-z0-9_.-]+)+$': 'is not a repository (owner/name, as GITHUB_REPOSITORY spells it: ASCII letters, digits, ".", "-", "_")',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a text value';
  return `a ${typeof value}`;
}

function valueAt(document: unknown, path: readonly PathSegment[]): unknown {
  let value = document;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[String(segment)] : undefined;
  return value;
}

/** The schema node that validates the value at `path`. */
function nodeAt(schema: SchemaNode, path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.items;
    else node = node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node;
}
