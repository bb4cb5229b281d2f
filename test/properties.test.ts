// Properties over generated inputs (fast-check): the fingerprint's invariants and the readers' fail-closed promise.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withDuplicate } from '../bench/fuzz/json-text.js';
import { InputError } from '../policy/adapters/input-error.js';
import { fingerprint, type FingerprintItem } from '../policy/engine/fingerprint.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { rules } from '../policy/rules/index.js';
import { parsePlanBytes, parsePlanText } from '../src/readers/read-plan.js';

// Short seeded runs in CI; a long run outside it: DEPLOY_GATE_FUZZ_RUNS=100000 DEPLOY_GATE_FUZZ_SEED=… npx vitest run test/properties.test.ts
const SEED = Number(process.env.DEPLOY_GATE_FUZZ_SEED ?? 20261202);
const scale = (runs: number) => ({ seed: SEED, numRuns: Number(process.env.DEPLOY_GATE_FUZZ_RUNS ?? 0) || runs });

const item = fc.record({
  stack: fc.constantFrom('staging', 'prod'),
  rule: fc.constantFrom('no-stateful-delete', 'no-protection-downgrade'),
  resource: fc.string({ minLength: 1, maxLength: 30 }),
  type: fc.constantFrom('aws_ebs_volume', 'aws:rds/instance:Instance'),
  action: fc.constantFrom('delete', 'replace', 'delete,create'),
}) satisfies fc.Arbitrary<FingerprintItem>;

describe('fingerprint', () => {
  test('does not depend on order or duplicates', () => {
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (items) => {
      const shuffled = [...items].reverse();
      expect(fingerprint([...shuffled, ...items])).toBe(fingerprint(items));
    }));
  });

  test('changes when anything destructive is added', () => {
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), item, (items, extra) => {
      fc.pre(!items.some((i) => JSON.stringify(i) === JSON.stringify(extra)));
      expect(fingerprint([...items, extra])).not.toBe(fingerprint(items));
    }));
  });
});

describe('readers fail closed', () => {
  test('any JSON value is either read or refused with an InputError, never a crash', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      try {
        const plan = parsePlanText(JSON.stringify(value), 'generated.json');
        expect(['allow', 'block']).toContain(evaluate([plan], { rules }).verdict);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }), { numRuns: 500 });
  });

  test('garbage in any other key of a destructive plan never turns it into an allow', () => {
    // The real snyk plan deletes an aws_s3_bucket; whatever surrounds that resource change, it stays blocked.
    const base = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'terraform', 'snyk-tf122-s3-delete-update.plan.json'), 'utf8')) as Record<string, unknown>;
    const keys = ['configuration', 'prior_state', 'planned_values', 'errored', 'complete', 'applyable', 'resource_drift', 'variables', 'output_changes', 'relevant_attributes', 'checks', 'deferred_changes'];
    fc.assert(fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
      try {
        const plan = parsePlanText(JSON.stringify({ ...base, [key]: value }), 'mutated.json');
        expect(evaluate([plan], { rules }).verdict).toBe('block');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }), { numRuns: 300 });
  });

  test('a truncated plan is never read as a plan', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'examples', 'incident', 'staging-fix.preview.json'), 'utf8');
    fc.assert(fc.property(fc.integer({ min: 1, max: text.length - 2 }), (cut) => {
      expect(() => parsePlanText(text.slice(0, cut), 'cut.json')).toThrow(InputError);
    }), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Mutated real plans (issue 12): whatever is done to a plan's text, the reader refuses it with an InputError that
// names the file and carries no stack trace, or reads it; and a plan that deletes a volume is never allowed.

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', path), 'utf8');
/** Each base, and whether it destroys data (the verdict a mutation must never turn into allow). */
const BASES: Array<{ name: string; text: string; destroysData: boolean }> = [
  // derived (SOURCES.md there): the real aws_ebs_volume shape, its block removed
  { name: 'tf-volume-block-removed.json', text: fixture('policy/rules/no-stateful-delete/fixtures/tf-volume-block-removed.json'), destroysData: true },
  { name: 'staging-fix.preview.json', text: fixture('examples/incident/staging-fix.preview.json'), destroysData: true },
  { name: 'snyk-tf122-s3-delete-update.plan.json', text: fixture('test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json'), destroysData: true },
  { name: 'driftadopter-aws-kms-ssm-lambda.stack-export.json', text: fixture('test/fixtures/pulumi/driftadopter-aws-kms-ssm-lambda.stack-export.json'), destroysData: false },
  { name: 'tfjson-basic.plan.json', text: fixture('test/fixtures/terraform/tfjson-basic.plan.json'), destroysData: false },
  { name: 'cdktf021-aws-stateful-prod.cdk.tf.json', text: fixture('test/fixtures/terraform/cdktf021-aws-stateful-prod.cdk.tf.json'), destroysData: false },
];
// derived: the engine's plain-delete log with its test type replaced by an EBS volume (so it deletes data)
const EVENT_BASE = fixture('test/fixtures/pulumi/engine-plain-delete.events.ndjson').replaceAll('pkgA:m:typA', 'aws:ebs/volume:Volume');

type Outcome = { kind: 'refused'; error: InputError } | { kind: 'read'; verdict: string; fingerprint: string | null };

function outcome(bytes: Buffer, name: string): Outcome {
  try {
    const report = evaluate([parsePlanBytes(bytes, name)], { rules });
    return { kind: 'read', verdict: report.verdict, fingerprint: report.fingerprint };
  } catch (error) {
    // Anything but an InputError is a crash the CLI would print as an internal error.
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.file).toBe(name);
    expect(e.message.startsWith(`${name}`)).toBe(true);
    expect(e.message).not.toMatch(/\n\s+at /);
    return { kind: 'refused', error: e };
  }
}

function neverAllowed(result: Outcome, destroysData: boolean): void {
  if (destroysData && result.kind === 'read') expect(result.verdict).toBe('block');
}

type Path = Array<string | number>;

/** Every node of a JSON value, as a path, with what it is. */
function nodes(value: unknown, path: Path = [], out: Array<{ path: Path; value: unknown }> = []): Array<{ path: Path; value: unknown }> {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, k === head ? replaceAt(v, rest, replacement) : v]));
}


const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const base = fc.constantFrom(...BASES);

describe('mutated real plans: refused with a clear message, or read, and never allowed when they delete data', () => {
  test('truncated anywhere', () => {
    fc.assert(fc.property(base, fc.double({ min: 0, max: 1, noNaN: true }), (b, at) => {
      // Cut before the last character that is not whitespace: the closing brace at least is gone.
      const cut = Math.floor(at * (b.text.trimEnd().length - 1));
      const result = outcome(Buffer.from(b.text.slice(0, cut)), b.name);
      expect(result.kind).toBe('refused');
    }), scale(60));
  });

  test('a value replaced by one of another type', () => {
    fc.assert(fc.property(base, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (b, pick, replacement) => {
      const doc = JSON.parse(b.text) as unknown;
      const all = nodes(doc).filter((n) => n.path.length > 0);
      const target = all[pick % all.length]!;
      fc.pre(typeOf(target.value) !== typeOf(replacement));
      neverAllowed(outcome(Buffer.from(JSON.stringify(replaceAt(doc, target.path, replacement))), b.name), b.destroysData);
    }), scale(150));
  });

  test('a key repeated in any object is refused, at its JSON pointer', () => {
    fc.assert(fc.property(base, fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 1 }), (b, pickObject, pickKey, second) => {
      const doc = JSON.parse(b.text) as unknown;
      const objects = nodes(doc).filter((n) => typeOf(n.value) === 'object' && Object.keys(n.value as object).length > 0);
      const target = objects[pickObject % objects.length]!;
      const keys = Object.keys(target.value as object);
      const key = keys[pickKey % keys.length]!;
      const result = outcome(Buffer.from(withDuplicate(doc, target.path, key, second)), b.name);
      expect(result.kind).toBe('refused');
      const error = (result as { error: InputError }).error;
      expect(error.problem).toContain('appears twice');
      const pointer = [...target.path, key].map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
      expect(error.where.startsWith(`${pointer} (line `)).toBe(true);
    }), scale(100));
  });

  test('a number too large to represent, anywhere', () => {
    fc.assert(fc.property(base, fc.nat(), fc.constantFrom('1e400', '-1e999', `1${'0'.repeat(400)}`), (b, pick, huge) => {
      const doc = JSON.parse(b.text) as unknown;
      const numbers = nodes(doc).filter((n) => typeof n.value === 'number');
      fc.pre(numbers.length > 0);
      const target = numbers[pick % numbers.length]!;
      const text = JSON.stringify(replaceAt(doc, target.path, '\u0000HUGE\u0000')).replace('"\\u0000HUGE\\u0000"', huge);
      const result = outcome(Buffer.from(text), b.name);
      expect(result.kind).toBe('refused');
      expect((result as { error: InputError }).error.problem).toContain('too large to represent');
    }), scale(40));
  });

  test('nesting deeper than any plan, anywhere', () => {
    fc.assert(fc.property(base, fc.nat(), fc.integer({ min: 1001, max: 20_000 }), (b, pick, depth) => {
      const doc = JSON.parse(b.text) as unknown;
      const all = nodes(doc);
      const target = all[pick % all.length]!;
      const text = JSON.stringify(replaceAt(doc, target.path, '\u0000DEEP\u0000')).replace('"\\u0000DEEP\\u0000"', `${'['.repeat(depth)}${']'.repeat(depth)}`);
      const result = outcome(Buffer.from(text), b.name);
      expect(result.kind).toBe('refused');
      expect((result as { error: InputError }).error.problem).toContain('nested more than');
    }), scale(30));
  });

  test('invalid UTF-8, BOMs and NUL bytes at any byte', () => {
    const junk = fc.constantFrom(Buffer.from([0xc3, 0x28]), Buffer.from([0xff]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xfe, 0xff]), Buffer.from([0x00]));
    fc.assert(fc.property(base, fc.double({ min: 0, max: 1, noNaN: true }), junk, (b, at, bytes) => {
      const text = Buffer.from(b.text);
      const position = Math.floor(at * text.length);
      const mutated = Buffer.concat([text.subarray(0, position), bytes, text.subarray(position)]);
      const result = outcome(mutated, b.name);
      // A BOM is valid UTF-8: inside a string it is a character, at the start it is dropped; elsewhere it is refused.
      if (bytes[0] !== 0xef) expect(result.kind).toBe('refused');
      neverAllowed(result, b.destroysData);
    }), scale(120));
  });

  test('event logs: a line dropped, duplicated, cut or replaced never allows the delete', () => {
    const lines = EVENT_BASE.trimEnd().split('\n');
    fc.assert(fc.property(fc.nat(), fc.constantFrom('drop', 'duplicate', 'cut', 'garbage', 'extra-key'), fc.jsonValue({ maxDepth: 2 }), (pick, how, value) => {
      const i = pick % lines.length;
      const copy = [...lines];
      if (how === 'drop') copy.splice(i, 1);
      if (how === 'duplicate') copy.splice(i, 0, copy[i]!);
      if (how === 'cut') copy[i] = copy[i]!.slice(0, copy[i]!.length >> 1);
      if (how === 'garbage') copy[i] = JSON.stringify(value);
      if (how === 'extra-key') copy[i] = copy[i]!.replace(/}$/, `,"hidden":${JSON.stringify(value)}}`);
      const result = outcome(Buffer.from(copy.join('\n')), 'events.ndjson');
      if (how === 'cut' || how === 'garbage' || how === 'extra-key') expect(result.kind).toBe('refused');
      // Dropping a line may drop the delete's pre event (its outputs event repeats it) or the summary (then the
      // log is incomplete): read or not, the delete is never allowed.
      neverAllowed(result, true);
    }), scale(120));
  });
});

/** The same document with the keys of every object in another order (arrays keep theirs). */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('key order never changes a verdict or a fingerprint', () => {
  test.for(BASES.map((b) => [b.name, b] as const))('%s', ([, b]) => {
    const reference = outcome(Buffer.from(b.text), b.name);
    expect(reference.kind).toBe('read');
    fc.assert(fc.property(fc.integer(), (seed) => {
      const shuffled = JSON.stringify(shuffleKeys(JSON.parse(b.text), mulberry32(seed)));
      expect(outcome(Buffer.from(shuffled), b.name)).toEqual(reference);
    }), scale(15));
  });
});

describe('random plans with data-bearing deletes always block without an approval', () => {
  const STATEFUL = [['aws_ebs_volume', 'aws:ebs/volume:Volume'], ['aws_db_instance', 'aws:rds/instance:Instance'], ['aws_s3_bucket', 'aws:s3/bucket:Bucket'], ['aws_dynamodb_table', 'aws:dynamodb/table:Table']] as const;
  const OTHER = [['aws_security_group', 'aws:ec2/securityGroup:SecurityGroup'], ['aws_iam_role', 'aws:iam/role:Role'], ['null_resource', 'random:index/randomPet:RandomPet']] as const;
  const resource = fc.record({
    kind: fc.constantFrom(...STATEFUL, ...OTHER),
    action: fc.constantFrom('create', 'update', 'no-op', 'delete', 'replace'),
  });
  const plan = fc.tuple(fc.array(resource, { maxLength: 8 }), fc.constantFrom(...STATEFUL), fc.constantFrom('delete', 'replace'), fc.nat());

  test('Terraform', () => {
    fc.assert(fc.property(plan, ([others, deleted, how, at]) => {
      const all = [...others];
      all.splice(at % (all.length + 1), 0, { kind: deleted, action: how });
      const changes = all.map((r, i) => {
        const actions = r.action === 'replace' ? ['delete', 'create'] : [r.action];
        const values = { id: `id-${i}`, tags: { env: 'prod' } };
        return { address: `${r.kind[0]}.r${i}`, mode: 'managed', type: r.kind[0], name: `r${i}`, change: { actions, before: r.action === 'create' ? null : values, after: r.action === 'delete' ? null : values, after_unknown: {} } };
      });
      const planned = changes.filter((c) => c.change.after).map((c) => ({ address: c.address, mode: 'managed', type: c.type, name: c.name, values: c.change.after }));
      const text = JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: planned } }, resource_changes: changes });
      expect(outcome(Buffer.from(text), 'random.plan.json')).toMatchObject({ kind: 'read', verdict: 'block' });
    }), scale(80));
  });

  test('Pulumi', () => {
    fc.assert(fc.property(plan, ([others, deleted, how, at]) => {
      const all = [...others];
      all.splice(at % (all.length + 1), 0, { kind: deleted, action: how });
      const steps = all.map((r, i) => {
        const type = r.kind[1];
        const urn = `urn:pulumi:prod::shop::${type}::r${i}`;
        const op = r.action === 'no-op' ? 'same' : r.action;
        const state = { urn, type, id: `id-${i}`, inputs: {}, outputs: {} };
        return { op, urn, ...(op === 'create' ? {} : { oldState: state }), ...(op === 'delete' ? {} : { newState: state }) };
      });
      expect(outcome(Buffer.from(JSON.stringify({ steps })), 'random.preview.json')).toMatchObject({ kind: 'read', verdict: 'block' });
    }), scale(80));
  });
});
