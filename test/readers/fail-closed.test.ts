// The bypass classes of issue 12 ("never pass what it cannot read"), each as the smallest input that used to be
// allowed or to crash, read by the real readers. Derived inputs start from real shapes and say which.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { InputError, NotAPlanError } from '../../policy/adapters/input-error.js';
import { parseStrictJson } from '../../policy/adapters/strict-json.js';
import { evaluate } from '../../policy/engine/evaluate.js';
import type { Plan, Properties } from '../../policy/model/plan.js';

/** A plain property read, inherited members included: what a lookup that trusted the prototype would see. */
function valueAt(properties: Properties | undefined, path: string): unknown {
  let current: unknown = properties;
  for (const key of path.split('.')) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}
import { rules } from '../../policy/rules/index.js';
import { parsePlanBytes, parsePlanText, readInputs } from '../../src/readers/read-plan.js';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** Derived from the real aws_ebs_volume shape of tf-volume-block-removed (policy/rules/no-stateful-delete/fixtures). */
const TF_VOLUME_DELETE = read('policy/rules/no-stateful-delete/fixtures/tf-volume-block-removed.json');
const PREVIEW = read('examples/incident/staging-fix.preview.json');
const EVENTS = read('test/fixtures/pulumi/engine-plain-delete.events.ndjson');
const VOLUME_URN = 'urn:pulumi:prod::shop::aws:ebs/volume:Volume::data';

function verdict(plan: Plan): string {
  return evaluate([plan], { rules }).verdict;
}

function refused(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, but the input was read');
}

describe('repeated keys are refused, naming the file, the key and where it is', () => {
  test('a second, empty resource_changes after the one that deletes the volume', () => {
    const text = TF_VOLUME_DELETE.replace(/\n}\s*$/, ',\n  "resource_changes": []\n}\n');
    const error = refused(() => parsePlanText(text, 'plan.json'));
    expect(error.file).toBe('plan.json');
    expect(error.where).toMatch(/^\/resource_changes \(line \d+\)$/);
    expect(error.problem).toContain('"resource_changes" appears twice');
  });

  test('a second actions inside a change, at its JSON pointer', () => {
    const text = TF_VOLUME_DELETE.replace('"actions": [\n          "delete"\n        ],', '"actions": ["delete"], "actions": ["no-op"],');
    expect(refused(() => parsePlanText(text, 'plan.json')).where).toMatch(/^\/resource_changes\/0\/change\/actions \(line \d+\)$/);
  });

  test('a second steps in a preview', () => {
    const text = PREVIEW.replace(/\n}\s*$/, ',\n  "steps": []\n}\n');
    expect(refused(() => parsePlanText(text, 'p.json')).where).toMatch(/^\/steps /);
  });

  test('keys equal once unescaped, and repeats in objects too large to compare in place', () => {
    expect(refused(() => parseStrictJson('{"steps": [1], "st\\u0065ps": []}', { file: 'x' })).where).toBe('/steps (line 1)');
    const wide = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    expect(refused(() => parseStrictJson(`${JSON.stringify(wide).slice(0, -1)},"k7":0}`, { file: 'x' })).where).toBe('/k7 (line 1)');
    // Same keys in different objects, and strings that look like keys, are fine.
    expect(parseStrictJson('{"a": {"a": 1}, "b": ["a", "a"], "c": "\\"a\\":"}', { file: 'x' })).toEqual({ a: { a: 1 }, b: ['a', 'a'], c: '"a":' });
  });

  test('in an event log, on the line of the file where the repeat is', () => {
    const lines = EVENTS.split('\n');
    lines[3] = lines[3]!.replace('"sequence":0,', '"sequence":0,"sequence":1,');
    const error = refused(() => parsePlanText(lines.join('\n'), 'e.ndjson'));
    expect(error.where).toBe('/sequence (line 4)');
  });

  test('numbers JSON.parse would turn into Infinity are refused', () => {
    expect(refused(() => parseStrictJson('{"size": 1e400}', { file: 'x' })).problem).toContain('too large to represent');
    expect(parseStrictJson('{"size": 1e300, "n": -0.5}', { file: 'x' })).toEqual({ size: 1e300, n: -0.5 });
  });
});

describe('state sections of another shape (the long fuzz run of 4 December)', () => {
  test('prior_state or planned_values that is not an object is refused, naming it', () => {
    const plan = JSON.parse(TF_VOLUME_DELETE) as Record<string, unknown>;
    for (const key of ['prior_state', 'planned_values']) {
      const error = refused(() => parsePlanText(JSON.stringify({ ...plan, resource_changes: undefined, [key]: [] }), 'plan.json'));
      expect(error.where).toBe(`/${key}`);
      expect(error.problem).toBe('must be an object, found a list');
    }
    // OpenTofu writes `prior_state: {}` beside an errored plan (test/fixtures/terraform/tofu-showjson-plan-error); in one
    // that did not fail, a state without values shows nothing of what exists.
    const error = refused(() => parsePlanText(JSON.stringify({ ...plan, resource_changes: undefined, prior_state: {} }), 'plan.json'));
    expect(error.where).toBe('/prior_state');
    expect(() => parsePlanText(JSON.stringify({ ...plan, errored: true, prior_state: {} }), 'plan.json')).not.toThrow();
  });
});

describe('lookups never hit Object.prototype', () => {
  test.for(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])('a Pulumi op named %s is unknown, hence destructive', (op) => {
    const plan = parsePlanText(JSON.stringify({ steps: [{ op, urn: VOLUME_URN, oldState: { type: 'aws:ebs/volume:Volume', id: 'vol-1' } }] }), 'p.json');
    expect(plan.changes[0]).toMatchObject({ action: 'unknown', destroysObject: true });
    expect(verdict(plan)).toBe('block');
  });

  test('a Terraform action named constructor is unknown, hence destructive', () => {
    const plan = parsePlanText(TF_VOLUME_DELETE.replace('"delete"\n        ]', '"constructor"\n        ]'), 'plan.json');
    expect(plan.changes[0]).toMatchObject({ action: 'unknown', destroysObject: true });
  });

  test('a "__proto__" key in a plan stays a key: nothing becomes inherited', () => {
    const steps = [{ op: 'update', urn: 'urn:pulumi:prod::shop::aws:rds/instance:Instance::db', oldState: { type: 'aws:rds/instance:Instance', inputs: { deletionProtection: true } },
      newState: { type: 'aws:rds/instance:Instance', inputs: JSON.parse('{"__proto__": {"deletionProtection": true}, "skipFinalSnapshot": true}') } }];
    const plan = parsePlanText(JSON.stringify(steps.length ? { steps } : {}).replace('"inputs":{"skipFinalSnapshot"', '"inputs":{"__proto__":{"deletionProtection":true},"skipFinalSnapshot"'), 'p.json');
    const after = plan.changes[0]!.after!;
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(valueAt(after, 'deletionProtection')).toBeUndefined();
    const tf = parsePlanText(TF_VOLUME_DELETE.replace('"encrypted": false,', '"__proto__": {"deletion_protection": true}, "encrypted": false,'), 'plan.json');
    expect(valueAt(tf.changes[0]!.before, 'deletion_protection')).toBeUndefined();
  });

  test('a provider_config_key or variable named after an Object member finds no provider', () => {
    const doc = JSON.parse(TF_VOLUME_DELETE) as Record<string, unknown>;
    doc.configuration = { provider_config: {}, root_module: { resources: [{ address: 'aws_volume_attachment.data', provider_config_key: 'constructor', expressions: {} }] } };
    const plan = parsePlanText(JSON.stringify(doc), 'plan.json');
    expect(plan.changes.every((c) => c.resource.provider === undefined)).toBe(true);
  });
});

describe('format detection demands the defining fields and refuses mixtures', () => {
  test('a preview with a state export\'s fields is neither', () => {
    const doc = { ...(JSON.parse(PREVIEW) as object), version: 3, deployment: { resources: [] } };
    expect(refused(() => parsePlanText(JSON.stringify(doc), 'p.json')).problem).toMatch(/fields of pulumi-preview and pulumi-state/);
    const extra = { ...(JSON.parse(PREVIEW) as object), version: 3 };
    expect(refused(() => parsePlanText(JSON.stringify(extra), 'p.json')).problem).toContain('"version"');
  });

  test('a Terraform plan with preview steps, and a state export with steps, are refused', () => {
    expect(refused(() => parsePlanText(TF_VOLUME_DELETE.replace(/\n}\s*$/, ',\n  "steps": []\n}\n'), 'x.json')).problem).toContain('at once');
    expect(refused(() => parsePlanText(JSON.stringify({ version: 3, deployment: { resources: [] }, steps: [] }), 'x.json')).problem).toContain('at once');
  });

  test.for([
    ['package.json', { name: 'x', version: '1.0.0', dependencies: {} }],
    ['tsconfig.json', { compilerOptions: { strict: true } }],
    ['expected.json', JSON.parse(read('test/fixtures/real-world/expected.json')) as unknown],
    ['terraform.tfstate', { version: 4, terraform_version: '1.11.4', serial: 3, lineage: 'x', outputs: {}, resources: [] }],
  ])('%s is plainly not a plan', ([name, doc]) => {
    const error = refused(() => parsePlanText(JSON.stringify(doc), name as string));
    expect(error).toBeInstanceOf(NotAPlanError);
  });

  test('every event-log line is accounted for', () => {
    const lines = EVENTS.trimEnd().split('\n');
    const withLine = (line: string) => [...lines.slice(0, 2), line, ...lines.slice(2)].join('\n');
    expect(refused(() => parsePlanText(withLine('{"sequence":9,"timestamp":0,"hiddenPlan":{"steps":[]}}'), 'e.ndjson'))).toMatchObject({ where: 'line 3' });
    expect(refused(() => parsePlanText(withLine('{"sequence":9,"timestamp":0}'), 'e.ndjson')).problem).toContain('no engine event');
    expect(refused(() => parsePlanText(withLine('{"sequence":9,"cancelEvent":{},"summaryEvent":{}}'), 'e.ndjson')).problem).toContain('2 engine events');
    expect(refused(() => parsePlanText(withLine('[1,2]'), 'e.ndjson')).problem).toContain('must be an object');
    expect(refused(() => parsePlanText(withLine(lines.at(-2)!), 'e.ndjson')).problem).toContain('second summaryEvent');
    // A line of an event of a kind the gate knows but does not judge is read, not refused.
    expect(parsePlanText(withLine('{"sequence":9,"timestamp":0,"progressEvent":{"type":"plugin-download","id":"x","message":"","received":1,"total":2,"done":false}}'), 'e.ndjson').source.format).toBe('pulumi-events');
  });

  test('errorEvent and resOpFailedEvent are failures', () => {
    const lines = EVENTS.trimEnd().split('\n');
    const plan = parsePlanText([...lines.slice(0, 1), '{"sequence":1,"timestamp":0,"errorEvent":{"error":"boom"}}', ...lines.slice(1)].join('\n'), 'e.ndjson');
    expect(plan.failures.map((f) => f.message)).toContain('the engine reported an internal error: boom');
  });

  test.for([['"2"', 'a string'], ['-1', '-1'], ['1.5', '1.5'], ['null', 'null'], ['{}', 'an object']])('a summary count of %s is refused', ([count, shown]) => {
    const error = refused(() => parsePlanText(JSON.stringify({ steps: [] }).replace('}', `,"changeSummary":{"delete":${count}}}`), 'p.json'));
    expect(error.where).toBe('/changeSummary/delete');
    expect(error.problem).toContain(shown);
    const log = EVENTS.replace('"resourceChanges":{"delete":1,"same":1}', `"resourceChanges":{"delete":${count},"same":1}`);
    expect(refused(() => parsePlanText(log, 'e.ndjson')).where).toMatch(/^line 6 \/summaryEvent\/resourceChanges\/delete$/);
  });

  test('a summary counting an op the gate does not know, with no step for it, is a hidden change', () => {
    const plan = parsePlanText(JSON.stringify({ steps: [], changeSummary: { 'frobnicate': 1, constructor: 2 } }), 'p.json');
    expect(plan.failures.map((f) => f.message)).toEqual([
      'the summary counts 1 frobnicate but only 0 appear as steps: the preview does not list every change it makes',
      'the summary counts 2 constructor but only 0 appear as steps: the preview does not list every change it makes',
    ]);
  });

  describe('Terraform sections that disagree are refused', () => {
    const doc = () => JSON.parse(TF_VOLUME_DELETE) as { resource_changes: Array<Record<string, unknown>>; planned_values: { root_module: Record<string, unknown> }; prior_state?: unknown };
    const volume = { address: 'aws_ebs_volume.data', mode: 'managed', type: 'aws_ebs_volume', name: 'data', values: { id: 'vol-0c4f1e2a9b7d36a58' } };
    const kept = { address: 'aws_volume_attachment.data', mode: 'managed', type: 'aws_volume_attachment', name: 'data', values: {} };

    test('the volume in prior_state, left out of resource_changes, dropped from planned_values', () => {
      const d = doc();
      d.resource_changes = d.resource_changes.filter((c) => c.address !== 'aws_ebs_volume.data');
      d.prior_state = { format_version: '1.0', values: { root_module: { resources: [volume] } } };
      d.planned_values.root_module = { resources: [kept] };
      const error = refused(() => parsePlanText(JSON.stringify(d), 'plan.json'));
      expect(error.where).toBe('/prior_state/values/root_module/resources/0');
      expect(error.problem).toContain('aws_ebs_volume.data exists in prior_state and is absent from planned_values, but resource_changes does not list it');
    });

    test('the volume called no-op in resource_changes while planned_values drops it', () => {
      const d = doc();
      const change = d.resource_changes[0]!.change as Record<string, unknown>;
      change.actions = ['no-op'];
      change.after = change.before;
      d.planned_values.root_module = { resources: [kept] };
      expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).problem).toContain('aws_ebs_volume.data exists in prior_state and is absent from planned_values, but resource_changes calls it no-op');
      // Without prior_state, the no-op of an existing object (it has a `before`) is still checked against planned_values.
      delete d.prior_state;
      expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).problem).toContain('calls aws_ebs_volume.data no-op, but planned_values drops it');
    });

    test('with the volume kept in planned_values and left out of resource_changes: refused (it may be a replacement)', () => {
      // Found by the fuzzer (test/fuzz-regressions/): Terraform lists every managed resource in resource_changes,
      // no-op included (every real plan in test/fixtures does), so a resource before and after that it omits could be
      // a replacement the plan does not show.
      const d = doc();
      d.resource_changes = d.resource_changes.filter((c) => c.address !== 'aws_ebs_volume.data');
      d.prior_state = { format_version: '1.0', values: { root_module: { resources: [volume] } } };
      d.planned_values.root_module = { resources: [kept, volume] };
      expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).problem).toContain('aws_ebs_volume.data is in prior_state and planned_values, but resource_changes does not list it');
    });

    test('with the volume kept in planned_values and called no-op, the same plan is read', () => {
      const d = doc();
      const change = d.resource_changes.find((c) => c.address === 'aws_ebs_volume.data')!.change as Record<string, unknown>;
      change.actions = ['no-op'];
      change.after = change.before;
      d.prior_state = { format_version: '1.0', values: { root_module: { resources: [volume] } } };
      d.planned_values.root_module = { resources: [kept, volume] };
      expect(parsePlanText(JSON.stringify(d), 'plan.json').source.format).toBe('terraform-plan');
    });

    test('a plan Terraform marked incomplete (-target) may leave resources out of both sections: read, and blocked as incomplete', () => {
      const d = doc() as ReturnType<typeof doc> & { complete?: boolean };
      d.resource_changes = d.resource_changes.filter((c) => c.address !== 'aws_ebs_volume.data');
      d.prior_state = { format_version: '1.0', values: { root_module: { resources: [volume] } } };
      d.planned_values.root_module = { resources: [kept] };
      d.complete = false;
      expect(parsePlanText(JSON.stringify(d), 'plan.json').failures.map((f) => f.message).join()).toContain('complete: false');
    });

    test('a type, mode or name that contradicts the address', () => {
      for (const [key, value, where] of [['type', 'null_resource', '/resource_changes/0/type'], ['mode', 'data', '/resource_changes/0/mode'], ['name', 'other', '/resource_changes/0/name']] as const) {
        const d = doc();
        d.resource_changes[0]![key] = value;
        expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).where).toBe(where);
      }
      const d = doc();
      d.resource_changes[0]!.address = 'aws_ebs_volume';
      expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).problem).toContain('is not a Terraform resource address');
    });
  });

  test('a Pulumi type that contradicts its URN, in a preview, an event log and a stack export', () => {
    const preview = { steps: [{ op: 'delete', urn: VOLUME_URN, oldState: { type: 'pulumi:providers:aws', id: 'vol-1' } }] };
    expect(refused(() => parsePlanText(JSON.stringify(preview), 'p.json')).where).toBe('/steps/0 oldState/type');
    expect(refused(() => parsePlanText(EVENTS.replaceAll('"type":"pkgA:m:typA","old"', '"type":"pulumi:providers:x","old"'), 'e.ndjson')).where).toMatch(/^line \d type$/);
    const state = { version: 3, deployment: { resources: [{ urn: VOLUME_URN, type: 'pulumi:providers:aws' }] } };
    expect(refused(() => parsePlanText(JSON.stringify(state), 's.json')).where).toBe('/deployment/resources/0/type');
    expect(refused(() => parsePlanText(JSON.stringify({ steps: [{ op: 'delete', urn: 'vol-1' }] }), 'p.json')).problem).toContain('not a Pulumi URN');
  });
});

describe('limits that fit the heap', () => {
  test('deep nesting is refused before any reader recurses into it', () => {
    const deep = `{"format_version":"1.2","resource_changes":[],"variables":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(refused(() => parsePlanText(deep, 'plan.json')).problem).toContain('nested more than 1000 levels deep');
    // 900 levels (deeper than any plan) are read and judged, never a RangeError.
    const d = JSON.parse(TF_VOLUME_DELETE) as { resource_changes: Array<{ change: { before: Record<string, unknown> } }> };
    d.resource_changes[0]!.change.before.tags = JSON.parse(`${'{"a":'.repeat(900)}1${'}'.repeat(900)}`) as Record<string, unknown>;
    expect(verdict(parsePlanText(JSON.stringify(d), 'plan.json'))).toBe('block');
  });

  test('a document larger than the memory left is refused with the numbers, not a crash', () => {
    const numbers = `[${'1,'.repeat(200_000)}1]`;
    const error = refused(() => parsePlanText(numbers, 'n.json', undefined, undefined, { budget: { bytes: 1_000_000, used: 0 } }));
    expect(error.problem).toMatch(/^too large to read within the memory Node may use: 200,002 JSON values need about \d+ MB, and 1 MB are available/);
  });

  test('an event log\'s lines share one budget', () => {
    const error = refused(() => parsePlanText(EVENTS, 'e.ndjson', undefined, undefined, { budget: { bytes: 3000, used: 0 } }));
    expect(error.problem).toContain('too large to read');
  });

  test('millions of newlines are read without splitting them into an array', () => {
    const blank = '\n'.repeat(5_000_000);
    expect(refused(() => parsePlanText(blank, 'blank.json')).problem).toContain('only whitespace');
    const log = `${EVENTS}${blank}`;
    expect(parsePlanText(log, 'e.ndjson').changes.length).toBeGreaterThan(0);
    expect(refused(() => parsePlanText(`${blank}${EVENTS}{"sequence":1,"cancelEvent":7}\n`, 'e.ndjson')).where).toBe(`line ${5_000_000 + 8} /cancelEvent`);
  });
});

describe('encodings and binary files', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  test('a leading UTF-8 BOM is dropped (RFC 8259 8.1); one inside is invalid JSON', () => {
    expect(verdict(parsePlanBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(TF_VOLUME_DELETE)]), 'plan.json'))).toBe('block');
    expect(refused(() => parsePlanBytes(bytes(`{"format_version":"1.2",\uFEFF"resource_changes":[]}`), 'plan.json')).problem).toContain('not valid JSON');
  });

  test('UTF-16, invalid UTF-8, NUL bytes and binary plan files are named as what they are', () => {
    expect(refused(() => parsePlanBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TF_VOLUME_DELETE, 'utf16le')]), 'plan.json')).problem).toContain('UTF-16');
    // Without a byte-order mark too, and in a directory it is not skipped as "binary".
    expect(refused(() => parsePlanBytes(Buffer.from(TF_VOLUME_DELETE, 'utf16le'), 'plan.json', { inDirectory: true }))).not.toBeInstanceOf(NotAPlanError);
    expect(refused(() => parsePlanBytes(Buffer.from(TF_VOLUME_DELETE, 'utf16le').swap16(), 'plan.json')).problem).toContain('UTF-16');
    const broken = bytes(TF_VOLUME_DELETE);
    broken[40] = 0xc3;
    expect(refused(() => parsePlanBytes(broken, 'plan.json'))).toMatchObject({ where: expect.stringMatching(/^byte 3\d$/), problem: expect.stringContaining('not valid UTF-8') });
    expect(refused(() => parsePlanBytes(bytes(TF_VOLUME_DELETE.replace('"delete"', '"del\u0000ete"')), 'plan.json')).problem).toContain('NUL bytes');
    expect(refused(() => parsePlanBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'tfplan')).problem).toContain('terraform show -json PLANFILE');
  });

  test('regressions the fuzz found: an odd-length UTF-16-looking file, a state whose provider is an object', () => {
    expect(refused(() => parsePlanBytes(Buffer.from([0x7b, 0x00, 0x22]), 'plan.json')).problem).toContain('UTF-16');
    expect(refused(() => parsePlanBytes(Buffer.from([0x00, 0x7b, 0x00]), 'plan.json')).problem).toContain('UTF-16');
    const steps = [{ op: 'delete', urn: VOLUME_URN, oldState: { type: 'aws:ebs/volume:Volume', provider: {} } }];
    expect(refused(() => parsePlanText(JSON.stringify({ steps }), 'p.json'))).toMatchObject({ where: '/steps/0/oldState/provider', problem: 'expected a string, found an object' });
  });

  test('a printed plan says what it is and the command that writes JSON', () => {
    expect(refused(() => parsePlanText(read('test/fixtures/terraform/tf111-mixed-destructive.plan.txt'), 'plan.txt')).problem)
      .toContain('`terraform plan -out=PLANFILE && terraform show -json PLANFILE > plan.json`');
    const pulumi = 'Previewing update (prod):\n     Type                 Name        Plan\n     pulumi:pulumi:Stack  shop-prod\n -   └─ aws:ebs:Volume    data        delete\n\nResources:\n    - 1 to delete\n    3 unchanged\n';
    expect(refused(() => parsePlanText(pulumi, 'preview.txt')).problem).toContain('`pulumi preview --json > preview.json`');
  });
});

describe('standard input and directories', () => {
  test('`-` reads standard input, named stdin, within the size and time limits', async () => {
    const { plans } = await readInputs('-', { stdin: Readable.from([Buffer.from(TF_VOLUME_DELETE)]) });
    expect(plans[0]?.source.file).toBe('stdin');
    expect(verdict(plans[0]!)).toBe('block');
    await expect(readInputs('-', { stdin: Readable.from([Buffer.from(TF_VOLUME_DELETE)]), maxBytes: 100 })).rejects.toThrow(/stdin: more than 100 bytes arrived/);
    const hung = new PassThrough();
    hung.write('{"format_version":');
    await expect(readInputs('-', { stdin: hung, timeoutMs: 50 })).rejects.toThrow(/stdin: the input did not end within 0 s/);
  });

  test('a directory: plans read whatever their name, non-plans listed as skipped, a broken plan blocks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-dir-'));
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name": "x", "version": "1.0.0"}');
    writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions": {}}');
    writeFileSync(join(dir, 'README.md'), '# plans\n');
    writeFileSync(join(dir, '.gitkeep'), '');
    // A provider binary over --max-bytes is told by its first bytes and skipped, not refused as too large.
    mkdirSync(join(dir, '.terraform', 'providers'), { recursive: true });
    writeFileSync(join(dir, '.terraform', 'providers', 'terraform-provider-aws'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(300_000)]));
    // Names the gate used to pass over: a plan is read wherever it is and whatever it is called.
    writeFileSync(join(dir, 'prod.tfstate.json'), TF_VOLUME_DELETE);
    writeFileSync(join(dir, 'node_modules', 'x', 'package.json'), PREVIEW);
    const { plans, skipped } = await readInputs(dir, { maxBytes: 200_000 });
    expect(plans.map((p) => p.source.format).sort()).toEqual(['pulumi-preview', 'terraform-plan']);
    expect(skipped.map((s) => s.file.replace(`${dir}/`, '')).sort()).toEqual(['.gitkeep', '.terraform/providers/terraform-provider-aws', 'README.md', 'package.json', 'tsconfig.json']);
    writeFileSync(join(dir, 'cut.json'), TF_VOLUME_DELETE.slice(0, 300));
    await expect(readInputs(dir)).rejects.toThrow(/cut\.json.*truncated/);
  });

  test('a directory with no plan, or with a printed plan, is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-dir-'));
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    await expect(readInputs(dir)).rejects.toThrow(/holds no plan: 1 file was looked at, none is a plan \(package\.json\)/);
    writeFileSync(join(dir, 'plan.txt'), read('test/fixtures/terraform/tf111-mixed-destructive.plan.txt'));
    await expect(readInputs(dir)).rejects.toThrow(/plan\.txt: this is the human-readable output of `terraform plan`/);
  });
});

describe('regular files are read whole into one buffer', () => {
  test('a file, a file without a reported size, and the byte limit', async () => {
    const { readInputBytes } = await import('../../src/readers/input.js');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-read-'));
    const file = join(dir, 'plan.json');
    const text = `{"format_version":"1.2","resource_changes":[]${' '.repeat(200_000)}}`;
    writeFileSync(file, text);
    expect((await readInputBytes(file, 'plan.json')).toString('utf8')).toBe(text);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect((await readInputBytes(empty, 'empty.json')).length).toBe(0);
    // /proc files report a size of 0 and still hold text: read on past the size stat gave.
    if (process.platform === 'linux') expect((await readInputBytes('/proc/self/status', 'status')).toString('utf8')).toContain('Name:');
    await expect(readInputBytes(file, 'plan.json', { maxBytes: 1000 })).rejects.toThrow(/over the 1000-byte limit/);
    if (process.platform === 'linux') await expect(readInputBytes('/proc/self/status', 'status', { maxBytes: 10 })).rejects.toThrow(/more than 10 bytes arrived/);
  });
});

// The reader fuzz target's finds (test/fuzz-regressions/reader-*.json): mutants of plans that delete data, which were
// allowed. Each test is the class, from the same corpus plans (test/corpus, derived from real shapes).
describe('protection that cannot be read is never read as the safe default', () => {
  const corpus = (name: string) => JSON.parse(read(`test/corpus/${name}`)) as Record<string, any>;
  const gate = (d: unknown) => verdict(parsePlanText(JSON.stringify(d), 'plan.json'));
  const PV = 'tf-k8s-pv-delete-reclaim-delete.plan.json';

  test('the base plans block', () => {
    for (const name of [PV, 'tf-google-project-delete-policy-delete.plan.json', 'tf-k8s-legacy-namespace-delete-with-statefulset.plan.json', 'tf-railway-service-update-removes-volume.plan.json', 'pulumi-k8s-statefulset-delete-retention-delete.preview.json']) {
      expect(gate(corpus(name)), name).toBe('block');
    }
  });

  test('a delete whose `before` is an empty object is refused, with or without prior_state', () => {
    const d = corpus(PV);
    d.resource_changes[0].change.before = {};
    expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).where).toBe('/resource_changes/0/change/before');
    delete d.prior_state;
    expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).problem).toContain('is an empty object');
  });

  test('a guard masked as sensitive is unknown, not the provider default (a volume\'s Retain)', () => {
    for (const sensitive of [true, [{ persistent_volume_reclaim_policy: true }]]) {
      const d = corpus(PV);
      d.resource_changes[0].change.before_sensitive.spec = sensitive;
      delete d.prior_state;
      expect(gate(d)).toBe('block');
    }
    // Really Retain, in the clear: the disk stays, nothing is destroyed.
    const kept = corpus(PV);
    kept.resource_changes[0].change.before.spec[0].persistent_volume_reclaim_policy = 'Retain';
    delete kept.prior_state;
    expect(gate(kept)).toBe('allow');
  });

  test('a reclaim policy or retention policy other than exactly Retain does not keep the data', () => {
    // Kubernetes enums are case-sensitive: the API server rejects "DELETE" and "retain"; Recycle scrubs the disk.
    for (const value of ['Recycle', 'DELETE', 'retain', '']) {
      const d = corpus(PV);
      d.resource_changes[0].change.before.spec[0].persistent_volume_reclaim_policy = value;
      delete d.prior_state;
      expect(gate(d), value).toBe('block');
    }
    for (const value of ['DELETE', 'delete', 'Deleted']) {
      const d = corpus('pulumi-k8s-statefulset-delete-retention-delete.preview.json');
      d.steps[1].oldState.outputs.spec.persistentVolumeClaimRetentionPolicy.whenDeleted = value;
      expect(gate(d), value).toBe('block');
    }
  });

  test('a guard key missing from Terraform\'s `before` (renamed) is unreadable, not unset', () => {
    // Terraform writes every attribute of the schema in `before`; deletion_policy absent is not "PREVENT, the default".
    const d = corpus('tf-google-project-delete-policy-delete.plan.json');
    const before = d.resource_changes[0].change.before;
    before.actions = before.deletion_policy;
    delete before.deletion_policy;
    expect(gate(d)).toBe('block');
    delete d.prior_state;
    expect(gate(d)).toBe('block');
    // Written, and PREVENT: the destroy fails, nothing is deleted (the plan is judged by what it says).
    const p = corpus('tf-google-project-delete-policy-delete.plan.json');
    p.resource_changes[0].change.before.deletion_policy = 'PREVENT';
    delete p.prior_state;
    expect(gate(p)).not.toBe('block');
  });

  test('a destroying change whose `before` disagrees with prior_state is judged by both accounts', () => {
    const d = corpus('tf-k8s-legacy-namespace-delete-with-statefulset.plan.json');
    d.resource_changes[0].change.before.metadata[0].name = 'PAYMENTS';
    const plan = parsePlanText(JSON.stringify(d), 'plan.json');
    expect(plan.changes[0]!.priorState).toBeDefined();
    expect(verdict(plan)).toBe('block');
    // The same plan, unedited, keeps no second account.
    expect(parsePlanText(JSON.stringify(corpus('tf-k8s-legacy-namespace-delete-with-statefulset.plan.json')), 'plan.json').changes[0]!.priorState).toBeUndefined();
  });

  test('a deposed object in prior_state must be deleted by resource_changes (Terraform plans its delete every time)', () => {
    const d = corpus('tf-deposed-database-delete.plan.json');
    const deposed = d.resource_changes.findIndex((c: { deposed?: string }) => c.deposed);
    expect(deposed).toBeGreaterThanOrEqual(0);
    expect(gate(d)).toBe('block');
    const cut = JSON.parse(JSON.stringify(d));
    cut.resource_changes.splice(deposed, 1);
    const error = refused(() => parsePlanText(JSON.stringify(cut), 'plan.json'));
    expect(error.problem).toContain('has a deposed object (5e1c9a2f) in prior_state that resource_changes does not delete');
    // The deposed object's `before` is compared with its own prior_state entry: edited into a read replica, it is
    // still judged by prior_state's account, which holds data.
    const edited = JSON.parse(JSON.stringify(d));
    edited.resource_changes[deposed].change.before.replicate_source_db = 'orders-source';
    expect(parsePlanText(JSON.stringify(edited), 'plan.json').changes.find((c) => c.deposed)!.priorState).toBeDefined();
    expect(gate(edited)).toBe('block');
  });

  test('a block list of nulls holds nothing: removing the volume as `[null]` still removes it', () => {
    const d = corpus('tf-railway-service-update-removes-volume.plan.json');
    d.resource_changes[0].change.after.volume = [null];
    expect(gate(d)).toBe('block');
  });

  test('a state section that lists one instance twice is refused (either account could be believed)', () => {
    const d = corpus('tf-rds-primary-delete.plan.json');
    const resources = d.prior_state.values.root_module.resources;
    resources.push(JSON.parse(JSON.stringify(resources[0])));
    const error = refused(() => parsePlanText(JSON.stringify(d), 'plan.json'));
    expect(error.where).toBe('/prior_state/values/root_module/resources/1');
    expect(error.problem).toContain('is listed twice');
  });

  test('a blank identifier names nothing: `replicate_source_db = "  "` makes no read replica', () => {
    const d = corpus('tf-rds-primary-delete.plan.json');
    d.resource_changes[0].change.before.replicate_source_db = '  ';
    delete d.prior_state;
    expect(gate(d)).toBe('block');
  });

  test('a change whose objects contradict its actions is refused', () => {
    // A replace cut down to `create` while `before` still holds the disks.
    const create = corpus('tf-ec2-instance-replace-data-disk-deleted.plan.json');
    create.resource_changes[0].change.actions = ['create'];
    expect(refused(() => parsePlanText(JSON.stringify(create), 'plan.json')).problem).toContain('is created, so nothing exists before it');
    // An update whose `before` is gone, renamed, or not an object: what it drops cannot be seen.
    for (const before of [undefined, null, [], 'delete']) {
      const update = corpus('tf-cloudformation-stack-update-drops-table.plan.json');
      if (before === undefined) delete update.resource_changes[0].change.before;
      else update.resource_changes[0].change.before = before;
      expect(refused(() => parsePlanText(JSON.stringify(update), 'plan.json')).where).toBe('/resource_changes/0/change/before');
    }
    // A delete called no-op: an object before, none after.
    const noop = corpus('tf-railway-project-delete.plan.json');
    noop.resource_changes[0].change.actions = ['no-op'];
    expect(refused(() => parsePlanText(JSON.stringify(noop), 'plan.json')).where).toBe('/resource_changes/0/change/after');
  });

  test('a project deletion policy other than exactly PREVENT or ABANDON deletes the project', () => {
    for (const value of [' DELETE ', 'delete', 'PREVENT ', 'Abandon']) {
      const d = corpus('pulumi-google-project-delete-policy-delete.preview.json');
      d.steps[1].oldState.outputs.deletionPolicy = value;
      expect(gate(d), value).toBe('block');
    }
    const kept = corpus('pulumi-google-project-delete-policy-delete.preview.json');
    kept.steps[1].oldState.outputs.deletionPolicy = 'ABANDON';
    expect(gate(kept)).toBe('allow');
  });

  test('resource_changes renamed or cut while planned_values lists managed resources: refused, not "no changes"', () => {
    const d = JSON.parse(read('test/fixtures/real-world/checkov-tf124-secret-create-before-destroy.plan.json')) as Record<string, unknown>;
    d[''] = d.resource_changes;
    delete d.resource_changes;
    const renamed = refused(() => parsePlanText(JSON.stringify(d), 'plan.json'));
    expect(renamed.where).toBe('/');
    expect(renamed.problem).toContain('holds resource changes under ""');
    // Cut rather than renamed: planned_values still lists what resource_changes should.
    delete d[''];
    const cut = refused(() => parsePlanText(JSON.stringify(d), 'plan.json'));
    expect(cut.where).toBe('/resource_changes');
    expect(cut.problem).toContain('is in planned_values, but resource_changes is missing');
  });

  test('a state section without root_module is refused, not read as an empty state', () => {
    for (const section of ['prior_state', 'planned_values'] as const) {
      const d = corpus('tf-cloudformation-stack-delete-table.plan.json');
      const values = section === 'prior_state' ? d.prior_state.values : d.planned_values;
      values[''] = values.root_module;
      delete values.root_module;
      expect(refused(() => parsePlanText(JSON.stringify(d), 'plan.json')).where, section).toBe(section === 'prior_state' ? '/prior_state/values/root_module' : '/planned_values/root_module');
    }
  });

  test('a Pulumi preview whose steps or changeSummary are renamed is refused, not read as no change', () => {
    const steps = corpus('pulumi-k8s-pv-delete-reclaim-delete.preview.json');
    steps.actions = steps.steps;
    delete steps.steps;
    delete steps.changeSummary.delete;
    expect(refused(() => parsePlanText(JSON.stringify(steps), 'preview.json')).where).toBe('/actions');
    const summary = corpus('pulumi-k8s-pv-delete-reclaim-delete.preview.json');
    summary.steps = summary.steps.filter((s: { op: string }) => s.op !== 'delete');
    summary.actions = summary.changeSummary;
    delete summary.changeSummary;
    expect(refused(() => parsePlanText(JSON.stringify(summary), 'preview.json')).problem).toContain('a change summary');
  });
});
