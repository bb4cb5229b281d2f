// The fuzz targets (issue 12): each is an arbitrary of inputs and an oracle that says what must never happen.
// `bench/fuzz.ts` runs them for minutes and writes every find to test/fuzz-regressions/; `test/fuzz.test.ts` runs
// a short seeded pass; `test/fuzz-regressions.test.ts` replays every find. Inputs are plain JSON so a find can be
// stored and replayed exactly, without the generator that made it.
//
// Oracles, per target:
//   reader     no crash (anything but an InputError), no stack trace, the error names the file; a mutation that
//              makes the input unreadable (truncation, a repeated key, invalid UTF-8, NUL) is exit 2, never read;
//              a mutant of a plan that deletes data is never exit 0, unless its edits change what the plan
//              destroys and it is still a consistent plan (meaning.ts); a key-order or layout change keeps the
//              exit code and the fingerprint.
//   config     loadConfig resolves or throws an InputError naming the file; a repeated key is refused.
//   approvals  loadApprovals returns only well-formed approvals (each naming an owner/name repository) or throws an
//              InputError; a repeated key is refused.
//   event      pullRequestOf never throws, and names a PR only with a positive integer number and an author.
//   comments   collectClaims never throws; a claim is always a whole line of the body outside code; a command
//              hidden from readers (HTML, code, quotes, lists, lazy continuations) never makes a clean claim.
//   guard      decide never throws; a destructive command in any disguise or spelling is refused; a command that
//              mentions a guarded tool or verb and does not parse as shell is refused.
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../policy/adapters/input-error.js';
import { withDuplicate } from './json-text.js';
import { explainedAllow } from './meaning.js';
import { MAX_APPROVAL_DAYS } from '../../policy/engine/approvals.js';
import { calendarDay, isoDay, utcDay } from '../../policy/engine/dates.js';
import { FINGERPRINT_PATTERN } from '../../policy/engine/fingerprint.js';
import { pullRequestOf } from '../../src/action/event.js';
import type { IssueComment, PullReview } from '../../src/action/github-api.js';
import { approveCommands, collectClaims } from '../../src/action/pr-approvals.js';
import { getExitCode } from '../../src/cli/exit-code.js';
import { loadApprovals, loadConfig, runGate } from '../../src/gate.js';
import { BENIGN, CORPUS_FILES, DESTRUCTIVE, DISGUISED, DISGUISES } from '../../src/guard/corpus.js';
import { decide, type DecideOptions } from '../../src/guard/decide.js';
import { loadParser } from '../../src/guard/shell.js';
import { mentionedWord } from '../../src/guard/text.js';

/** What an oracle says about one input: undefined when all is well, else the broken promise. */
export type Verdict = string | undefined;

export interface Target<I> {
  name: string;
  /** What the oracle checks, for the report and the regression files. */
  oracle: string;
  arbitrary(): fc.Arbitrary<I>;
  check(input: I): Promise<Verdict>;
}

// ---------------------------------------------------------------------------------------------------------------
// Paths and scratch space

/** The repository root, from the source (bench/fuzz) or the build (build/bench/fuzz). */
export const ROOT = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) || !readFileSync(join(dir, 'package.json'), 'utf8').includes('"name": "deploy-gate"')) {
    const up = dirname(dir);
    if (up === dir) throw new Error('fuzz: cannot find the deploy-gate repository root');
    dir = up;
  }
  return dir;
})();

let scratchDir: string | undefined;
function scratch(): string {
  scratchDir ??= mkdtempSync(join(tmpdir(), 'deploy-gate-fuzz-'));
  return scratchDir;
}

function crash(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `crash: ${text.split('\n').slice(0, 6).join(' | ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Readers

/** What a reader input must do: be refused (exit 2), never be allowed, anything but crash, or match an outcome. */
export type ReaderExpect = { kind: 'refuse' } | { kind: 'no-allow' } | { kind: 'any' } | { kind: 'same'; exit: number; fingerprint: string | null };

export interface ReaderInput {
  /** File name the bytes are written under (its extension does not steer detection; its name is the stack). */
  name: string;
  /** The bytes, base64. */
  bytes: string;
  expect: ReaderExpect;
  /** How it was made, for whoever reads a regression file. */
  how: string;
}

export interface Outcome {
  exit: number;
  fingerprint: string | null;
  /** Blocking findings by rule, for the base plans. */
  blocking: string[];
  /** Containers whose delete warned that the plan does not show what is inside (no-stateful-delete mayContainData). */
  uncertain?: string[];
  error?: string;
}

/** The whole path of a user's file: readInputs (through runGate) with the default configuration, then the exit code. */
export async function gateBytes(name: string, bytes: Buffer): Promise<Outcome | { crash: string }> {
  const dir = join(scratch(), 'reader');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    const { report } = await runGate([file]);
    return {
      exit: getExitCode(report), fingerprint: report.fingerprint, blocking: report.findings.filter((f) => f.level === 'block').map((f) => f.rule),
      uncertain: report.findings.filter((f) => f.level === 'warn' && f.rule === 'no-stateful-delete' && f.messageId === 'mayContainData').map((f) => f.resource),
    };
  } catch (error) {
    if (!(error instanceof InputError)) return { crash: crash(error) };
    if (/\n\s+at /.test(error.message)) return { crash: `stack trace in the message: ${error.message.slice(0, 300)}` };
    if (!error.message.startsWith(error.file) || !error.file.endsWith(name)) return { crash: `the error does not name the file: ${error.message.slice(0, 300)}` };
    return { exit: 2, fingerprint: null, blocking: [], error: error.message.slice(0, 300) };
  }
}

export async function checkReader(input: ReaderInput): Promise<Verdict> {
  const result = await gateBytes(input.name, Buffer.from(input.bytes, 'base64'));
  if ('crash' in result) return result.crash;
  const e = input.expect;
  if (e.kind === 'refuse' && result.exit !== 2) return `an unreadable input (${input.how}) was read: exit ${result.exit}`;
  // A mutant that is still a consistent plan may now delete a container whose contents it does not show (a child's
  // step removed, the name its children use edited): the gate then warns that what is inside cannot be seen. That
  // is the gate saying it cannot tell, not a silent allow; a clean exit 0 is a find.
  // A mutant whose edits change what the plan destroys (the claim templates removed, the actions made "forget",
  // every step removed with the summary's count) and that is still a consistent plan may be allowed (meaning.ts).
  if (e.kind === 'no-allow' && result.exit === 0 && !(result.uncertain?.length) && !explainedAllow(input.how, Buffer.from(input.bytes, 'base64'), baseDocument(input.name))) {
    return `a mutant of a plan that deletes data (${input.how}) was allowed (exit 0)`;
  }
  if (e.kind === 'same' && (result.exit !== e.exit || result.fingerprint !== e.fingerprint)) {
    return `a change that keeps the plan (${input.how}) moved the outcome: exit ${e.exit} → ${result.exit}, fingerprint ${e.fingerprint} → ${result.fingerprint}${result.error ? ` (${result.error})` : ''}`;
  }
  return undefined;
}

let baseByName: Map<string, string> | undefined;

/** The parsed base plan a mutant was made from (by its file name), for reading the mutant's edit paths. */
function baseDocument(name: string): unknown {
  baseByName ??= new Map(baseFiles().map((file) => [file.slice(file.lastIndexOf('/') + 1), file]));
  const file = baseByName.get(name);
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export interface Base {
  name: string;
  text: string;
  /** One JSON document, or newline-delimited events. */
  shape: 'json' | 'ndjson';
  /** The plan deletes or replaces data (a blocking no-stateful-delete), so no mutant may be allowed. */
  destroysData: boolean;
  exit: number;
  fingerprint: string | null;
}

/** Real plans the readers must read: the shared fixtures and the adversarial corpus, up to 100 kB each. */
export function baseFiles(): string[] {
  const dirs = ['test/fixtures/terraform', 'test/fixtures/pulumi', 'test/fixtures/real-world', 'test/corpus', 'examples/incident', 'examples/fixed'];
  const out: string[] = [];
  for (const dir of dirs) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (!/\.(json|ndjson)$/.test(name) || name === 'cases.json' || name === 'expected.json') continue;
      const file = join(abs, name);
      if (statSync(file).size <= 100_000) out.push(file);
    }
  }
  return out;
}

export async function loadBases(files = baseFiles()): Promise<Base[]> {
  const bases: Base[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const name = file.slice(file.lastIndexOf('/') + 1);
    const result = await gateBytes(name, Buffer.from(text));
    if ('crash' in result || result.exit === 2) continue; // not a readable plan (the corpus holds a few on purpose)
    bases.push({
      name, text, shape: name.endsWith('.ndjson') ? 'ndjson' : 'json',
      destroysData: result.blocking.includes('no-stateful-delete'), exit: result.exit, fingerprint: result.fingerprint,
    });
  }
  return bases;
}

type Path = Array<string | number>;
const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function nodes(value: Json, path: Path = [], out: Array<{ path: Path; value: Json }> = []): Array<{ path: Path; value: Json }> {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

export function update(value: Json, path: Path, change: (v: Json) => Json | undefined): Json {
  if (path.length === 0) return change(value) ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const out: Json[] = [];
    value.forEach((v, i) => {
      if (i !== head) out.push(v);
      else if (rest.length > 0) out.push(update(v, rest, change));
      else {
        const next = change(v);
        if (next !== undefined) out.push(next);
      }
    });
    return out;
  }
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    // Defined, not assigned, so a "__proto__" key an earlier edit made stays a key (see the rename edit).
    const set = (k: string, v: Json) => Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    for (const [k, v] of Object.entries(value)) {
      if (k !== head) set(k, v);
      else if (rest.length > 0) set(k, update(v, rest, change));
      else {
        const next = change(v);
        if (next !== undefined) set(k, next);
      }
    }
    return out;
  }
  return value;
}


function shuffleKeys(value: Json, random: () => number): Json {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of entries) out[k] = shuffleKeys(v, random);
  return out;
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

/** Keys a plan really uses, prototype member names and noise: what an added or renamed key is made of. */
const KEY = fc.oneof(
  fc.constantFrom('actions', 'steps', 'resource_changes', 'op', 'type', 'urn', 'address', 'change', 'before', 'after', 'oldState', 'newState',
    'prior_state', 'planned_values', 'changeSummary', 'deployment', 'resources', 'errored', 'complete', 'protect', 'retainOnDelete', 'delete',
    'mode', 'name', 'values', 'inputs', 'outputs', 'tags', 'env', 'id', 'provider', 'replaceReasons', 'diagnostics', 'maybeCorrupt',
    'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'format_version', 'terraform_version', 'version',
    'previous_address', 'action_reason', 'deposed', 'importing', 'forget', 'removed', 'moved', 'sequence', 'timestamp', 'resourcePreEvent',
    'resOutputsEvent', 'summaryEvent', 'cancelEvent', 'diagnosticEvent', 'policyEvent', 'metadata', 'pendingOperations'),
  fc.string({ maxLength: 12 }),
);

const VALUE: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: fc.constantFrom<Json>('delete', 'create', 'update', 'replace', 'no-op', 'same', 'read', 'forget', 'delete-replaced', 'create-replacement',
    'discard', 'import', 'refresh', 'remove-pending-replace', ['delete'], ['create'], ['no-op'], ['delete', 'create'], ['create', 'delete'], ['forget'], [], {}, null,
    true, false, 0, -1, 1, 'prod', 'PROD', ' prod ', 'prоd', 'staging', 'constructor', '__proto__', 'aws:ebs/volume:Volume', 'aws_ebs_volume', 'pulumi:pulumi:Stack') },
);

const JUNK = fc.constantFrom([0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0x00], [0xfe, 0xff], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]);

function homoglyph(s: string): string {
  const map: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і' };
  const i = [...s].findIndex((c) => c in map);
  if (i < 0) return `${s}\u200b`;
  const chars = [...s];
  chars[i] = map[chars[i]!]!;
  return chars.join('');
}

const STRING_EDITS: Array<(s: string) => string> = [
  (s) => s.toUpperCase(), (s) => ` ${s} `, (s) => `${s}\t`, homoglyph, (s) => s.slice(0, Math.max(0, s.length - 1)), (s) => `${s}x`, () => '',
  (s) => s.normalize('NFKD'), (s) => `\u202e${s}`, (s) => s.replace(/:/, '::'), (s) => s.replace(/\./, '..'), (s) => s.replace(/[a-z]/, (c) => c.toUpperCase()),
];

/** A mutation of a JSON document: the new text and what the oracle expects of it. */
function jsonMutation(base: Base): fc.Arbitrary<ReaderInput> {
  const doc = JSON.parse(base.text) as Json;
  const all = nodes(doc);
  const inner = all.filter((n) => n.path.length > 0);
  const objects = all.filter((n) => n.value && typeof n.value === 'object' && !Array.isArray(n.value));
  const nonEmptyObjects = objects.filter((n) => Object.keys(n.value as object).length > 0);
  const strings = all.filter((n) => typeof n.value === 'string');
  const numbers = all.filter((n) => typeof n.value === 'number');
  const arrays = all.filter((n) => Array.isArray(n.value) && n.value.length > 0);
  const keep: ReaderExpect = base.destroysData ? { kind: 'no-allow' } : { kind: 'any' };
  const same: ReaderExpect = { kind: 'same', exit: base.exit, fingerprint: base.fingerprint };
  const make = (text: string | Buffer, expect: ReaderExpect, how: string): ReaderInput => ({
    name: base.name, bytes: (typeof text === 'string' ? Buffer.from(text) : text).toString('base64'), expect, how: `${base.name}: ${how}`,
  });
  const pick = <T>(list: T[]) => fc.nat().map((n) => list[n % list.length]!);
  const p = (path: Path) => `/${path.join('/')}`;

  // Edits of the document that keep it JSON; several may stack.
  type Edit = { apply: (d: Json) => Json; how: string };
  const edits: Array<fc.Arbitrary<Edit>> = [];
  if (inner.length) edits.push(fc.tuple(pick(inner), VALUE).map(([n, v]) => ({ apply: (d) => update(d, n.path, () => v), how: `${p(n.path)} = ${JSON.stringify(v).slice(0, 60)}` })));
  if (inner.length) edits.push(pick(inner).map((n) => ({ apply: (d) => update(d, n.path, () => undefined), how: `${p(n.path)} removed` })));
  if (objects.length) edits.push(fc.tuple(pick(objects), KEY, VALUE).map(([n, k, v]) => ({
    apply: (d) => update(d, n.path, (o) => (isObject(o) ? { ...o, [k]: v } : o)), how: `${p(n.path)} gains ${JSON.stringify(k)}: ${JSON.stringify(v).slice(0, 60)}`,
  })));
  if (nonEmptyObjects.length) edits.push(fc.tuple(pick(nonEmptyObjects), fc.nat(), KEY).map(([n, i, k]) => {
    const keys = Object.keys(n.value as object);
    const from = keys[i % keys.length]!;
    return {
      apply: (d: Json) => update(d, n.path, (o) => {
        if (!isObject(o)) return o;
        const out: { [key: string]: Json } = {};
        // Defined, not assigned: `out.__proto__ = v` would set the copy's prototype, and the renamed section would
        // vanish from the text instead of appearing under "__proto__" (a false find: a plan without the section).
        for (const [key, v] of Object.entries(o)) Object.defineProperty(out, key === from ? k : key, { value: v, enumerable: true, writable: true, configurable: true });
        return out;
      }),
      how: `${p([...n.path, from])} renamed to ${JSON.stringify(k)}`,
    };
  }));
  if (strings.length) edits.push(fc.tuple(pick(strings), fc.nat()).map(([n, i]) => {
    const edit = STRING_EDITS[i % STRING_EDITS.length]!;
    return { apply: (d: Json) => update(d, n.path, (s) => (typeof s === 'string' ? edit(s) : s)), how: `${p(n.path)} string edit #${i % STRING_EDITS.length}` };
  }));
  if (numbers.length) edits.push(fc.tuple(pick(numbers), fc.constantFrom(-1, 0, 1, 0.5, -0, 1e308, 2 ** 53 + 2, 42)).map(([n, v]) => ({
    apply: (d) => update(d, n.path, () => v), how: `${p(n.path)} = ${v}`,
  })));
  if (arrays.length) {
    edits.push(fc.tuple(pick(arrays), fc.nat()).map(([n, i]) => ({
      apply: (d) => update(d, n.path, (a) => { if (!Array.isArray(a) || !a.length) return a; const k = i % a.length; return [...a.slice(0, k + 1), a[k]!, ...a.slice(k + 1)]; }),
      how: `${p(n.path)}[${i}] duplicated`,
    })));
    edits.push(fc.tuple(pick(arrays), fc.nat(), fc.nat()).map(([n, i, j]) => ({
      apply: (d) => update(d, n.path, (a) => { if (!Array.isArray(a) || !a.length) return a; const l = [...a]; const x = i % l.length; const y = j % l.length; [l[x], l[y]] = [l[y]!, l[x]!]; return l; }),
      how: `${p(n.path)} items ${i} and ${j} swapped`,
    })));
  }
  const edit = fc.oneof(...edits);

  const cases: Array<fc.Arbitrary<ReaderInput>> = [
    fc.array(edit, { minLength: 1, maxLength: 3 }).map((list) => make(JSON.stringify(list.reduce((d, e) => e.apply(d), doc)), keep, list.map((e) => e.how).join('; '))),
    // A cut anywhere before the last significant character leaves no whole document.
    fc.double({ min: 0, max: 1, noNaN: true }).map((at) => {
      const cut = Math.floor(at * (base.text.trimEnd().length - 1));
      return make(base.text.slice(0, cut), { kind: 'refuse' }, `cut at ${cut}`);
    }),
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), JUNK).map(([at, junk]) => {
      const bytes = Buffer.from(base.text);
      const i = Math.floor(at * bytes.length);
      return make(Buffer.concat([bytes.subarray(0, i), Buffer.from(junk), bytes.subarray(i)]), { kind: 'refuse' }, `bytes ${junk.join(',')} at ${i}`);
    }),
    fc.integer().map((seed) => make(JSON.stringify(shuffleKeys(doc, mulberry32(seed)), null, seed % 3), same, `keys shuffled (seed ${seed})`)),
    fc.constantFrom('\r\n', '\n', '').map((eol) => make(`${JSON.stringify(doc, null, 2).replaceAll('\n', eol || '\n')}${eol}`, same, `re-indented, line ends ${JSON.stringify(eol)}`)),
  ];
  if (nonEmptyObjects.length) {
    cases.push(fc.tuple(pick(nonEmptyObjects), fc.nat(), VALUE).map(([n, i, v]) => {
      const keys = Object.keys(n.value as object);
      const key = keys[i % keys.length]!;
      return make(withDuplicate(doc, n.path, key, v), { kind: 'refuse' }, `${p([...n.path, key])} repeated`);
    }));
  }
  return fc.oneof({ weight: 6, arbitrary: cases[0]! }, ...cases.slice(1).map((arbitrary) => ({ weight: 1, arbitrary })));
}

/** A mutation of an event log: lines dropped, repeated, swapped, cut, or one event's JSON edited. */
function ndjsonMutation(base: Base): fc.Arbitrary<ReaderInput> {
  const lines = base.text.replace(/\n+$/, '').split('\n');
  const keep: ReaderExpect = base.destroysData ? { kind: 'no-allow' } : { kind: 'any' };
  const make = (text: string, expect: ReaderExpect, how: string): ReaderInput => ({ name: base.name, bytes: Buffer.from(text).toString('base64'), expect, how: `${base.name}: ${how}` });
  const line = fc.nat().map((n) => n % lines.length);
  const edited = (i: number, value: Json) => lines.map((l, k) => (k === i ? JSON.stringify(value) : l)).join('\n');
  return fc.oneof(
    line.map((i) => make(lines.filter((_, k) => k !== i).join('\n'), keep, `line ${i + 1} dropped`)),
    line.map((i) => make([...lines.slice(0, i + 1), ...lines.slice(i)].join('\n'), keep, `line ${i + 1} repeated`)),
    fc.tuple(line, line).map(([i, j]) => {
      const copy = [...lines];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return make(copy.join('\n'), keep, `lines ${i + 1} and ${j + 1} swapped`);
    }),
    fc.tuple(line, fc.double({ min: 0.05, max: 0.95, noNaN: true })).map(([i, at]) => {
      const l = lines[i]!;
      const cut = Math.max(1, Math.floor(at * (l.trimEnd().length - 1)));
      return make(lines.map((x, k) => (k === i ? x.slice(0, cut) : x)).join('\n'), { kind: 'refuse' }, `line ${i + 1} cut at ${cut}`);
    }),
    fc.tuple(line, fc.nat(), VALUE).chain(([i, pickNode, v]) => {
      const event = JSON.parse(lines[i]!) as Json;
      const inner = nodes(event).filter((n) => n.path.length > 0);
      if (!inner.length) return fc.constant(make(edited(i, v), keep, `line ${i + 1} replaced`));
      const target = inner[pickNode % inner.length]!;
      return fc.constant(make(edited(i, update(event, target.path, () => v)), keep, `line ${i + 1} /${target.path.join('/')} = ${JSON.stringify(v).slice(0, 60)}`));
    }),
    fc.tuple(line, KEY, VALUE).map(([i, k, v]) => {
      const event = JSON.parse(lines[i]!) as { [key: string]: Json };
      return make(edited(i, { ...event, [k]: v }), keep, `line ${i + 1} gains ${JSON.stringify(k)}`);
    }),
    fc.integer().map((seed) => {
      const random = mulberry32(seed);
      return make(lines.map((l) => JSON.stringify(shuffleKeys(JSON.parse(l) as Json, random))).join('\n'), { kind: 'same', exit: base.exit, fingerprint: base.fingerprint }, `keys shuffled (seed ${seed})`);
    }),
  );
}

/** Generated plans (not from fixtures) that delete data: always blocked, whatever else they hold. */
function generatedPlans(): fc.Arbitrary<ReaderInput> {
  const STATEFUL = [['aws_ebs_volume', 'aws:ebs/volume:Volume'], ['aws_db_instance', 'aws:rds/instance:Instance'], ['aws_dynamodb_table', 'aws:dynamodb/table:Table'], ['aws_efs_file_system', 'aws:efs/fileSystem:FileSystem']] as const;
  const OTHER = [['aws_security_group', 'aws:ec2/securityGroup:SecurityGroup'], ['aws_iam_role', 'aws:iam/role:Role'], ['null_resource', 'random:index/randomPet:RandomPet']] as const;
  const resource = fc.record({ kind: fc.constantFrom(...STATEFUL, ...OTHER), action: fc.constantFrom('create', 'update', 'no-op', 'delete', 'replace'), env: fc.constantFrom('prod', 'staging', 'PROD ', 'dev') });
  const plan = fc.tuple(fc.array(resource, { maxLength: 8 }), fc.constantFrom(...STATEFUL), fc.constantFrom('delete', 'replace'), fc.nat(), fc.boolean());
  return plan.map(([others, deleted, how, at, terraform]) => {
    const all = [...others];
    all.splice(at % (all.length + 1), 0, { kind: deleted, action: how, env: 'prod' });
    let text: string;
    if (terraform) {
      const changes = all.map((r, i) => {
        const actions = r.action === 'replace' ? ['delete', 'create'] : [r.action];
        const values = { id: `id-${i}`, tags: { env: r.env } };
        return { address: `${r.kind[0]}.r${i}`, mode: 'managed', type: r.kind[0], name: `r${i}`, change: { actions, before: r.action === 'create' ? null : values, after: r.action === 'delete' ? null : values, after_unknown: {} } };
      });
      const planned = changes.filter((c) => c.change.after).map((c) => ({ address: c.address, mode: 'managed', type: c.type, name: c.name, values: c.change.after }));
      text = JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: planned } }, resource_changes: changes });
    } else {
      const steps = all.map((r, i) => {
        const type = r.kind[1];
        const urn = `urn:pulumi:${r.env.trim().toLowerCase()}::shop::${type}::r${i}`;
        const op = r.action === 'no-op' ? 'same' : r.action;
        const state = { urn, type, id: `id-${i}`, inputs: { tags: { env: r.env } }, outputs: { tags: { env: r.env } } };
        return { op, urn, ...(op === 'create' ? {} : { oldState: state }), ...(op === 'delete' ? {} : { newState: state }) };
      });
      text = JSON.stringify({ steps });
    }
    return { name: terraform ? 'generated.plan.json' : 'generated.preview.json', bytes: Buffer.from(text).toString('base64'), expect: { kind: 'no-allow' }, how: `generated ${terraform ? 'Terraform' : 'Pulumi'} plan, ${all.length} resources, ${deleted[0]} ${how}` };
  });
}

/** Inputs no tool wrote: random JSON, text and bytes. Only a crash is wrong (they may be refused or read). */
function garbage(): fc.Arbitrary<ReaderInput> {
  const as = (bytes: Buffer, how: string): ReaderInput => ({ name: 'garbage.json', bytes: bytes.toString('base64'), expect: { kind: 'any' }, how });
  return fc.oneof(
    (fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>).map((v) => as(Buffer.from(JSON.stringify(v)), 'random JSON')),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => as(Buffer.from(s), 'random text')),
    fc.uint8Array({ maxLength: 200 }).map((b) => as(Buffer.from(b), 'random bytes')),
    fc.array(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxLength: 6 }).map((l) => as(Buffer.from(l.map((v) => JSON.stringify(v)).join('\n')), 'random lines of JSON')),
  );
}

export function readerTarget(bases: Base[]): Target<ReaderInput> {
  const fromBases = fc.constantFrom(...bases).chain((b) => (b.shape === 'json' ? jsonMutation(b) : ndjsonMutation(b)));
  return {
    name: 'reader',
    oracle: 'no crash or stack trace; unreadable → exit 2; a mutant of a data-deleting plan never exit 0; layout changes keep exit and fingerprint',
    arbitrary: () => fc.oneof({ weight: 8, arbitrary: fromBases }, { weight: 1, arbitrary: generatedPlans() }, { weight: 1, arbitrary: garbage() }),
    check: checkReader,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Config and approvals loaders

export interface LoaderInput {
  text: string;
  /** The text repeats a key: it must be refused. */
  duplicate: boolean;
  how: string;
}

function yamlBlocks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function loaderArbitrary(bases: string[], shapes: fc.Arbitrary<unknown>): fc.Arbitrary<LoaderInput> {
  const base = fc.constantFrom(...bases);
  const lineEdit = fc.tuple(base, fc.nat(), fc.constantFrom<(l: string) => string>(
    () => '', (l) => `${l}\n${l}`, (l) => `  ${l}`, (l) => l.replace(/:/, ''), (l) => l.replace(/: .*/, ': ~'), (l) => l.replace(/: .*/, ': [1, {a: 2}]'),
    (l) => l.replace(/: .*/, ': !!binary aGVsbG8='), (l) => l.replace(/: .*/, ': *alias'), (l) => `${l} # ${'x'.repeat(3)}`, (l) => l.replace(/\w/, (c) => c.toUpperCase()),
    (l) => `${l}\t`, (l) => l.replace(/"/, ''), (l) => `<<: *a\n${l}`, (l) => `${l}\u0000`, (l) => l.replace(/[a-z]/, 'е'),
  )).map(([text, i, edit]) => {
    const lines = text.split('\n');
    const k = i % lines.length;
    const editedLine = edit(lines[k]!);
    // A line written twice at the top level repeats its key.
    const duplicate = editedLine === `${lines[k]}\n${lines[k]}` && /^[A-Za-z_][\w-]*:/.test(lines[k]!);
    return { text: lines.map((l, j) => (j === k ? editedLine : l)).join('\n'), duplicate, how: `line ${k + 1} edited` };
  });
  const cut = fc.tuple(base, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, at]) => ({ text: text.slice(0, Math.floor(at * text.length)), duplicate: false, how: 'cut' }));
  const generated = shapes.map((v) => ({ text: JSON.stringify(v), duplicate: false, how: 'generated' }));
  const dupKey = fc.tuple(base, fc.nat()).map(([text, i]) => {
    const top = text.split('\n').filter((l) => /^[A-Za-z_][\w-]*:/.test(l));
    if (!top.length) return { text, duplicate: false, how: 'no top-level key to repeat' };
    const line = top[i % top.length]!;
    return { text: `${text}\n${line.replace(/:.*/, ': []')}\n`, duplicate: true, how: `top-level key of "${line.slice(0, 30)}" repeated` };
  });
  return fc.oneof(lineEdit, cut, generated, dupKey, fc.string({ unit: 'binary', maxLength: 120 }).map((text) => ({ text, duplicate: false, how: 'random text' })));
}

async function checkLoader(input: LoaderInput, load: (file: string) => Promise<unknown>, name: string, valid?: (v: unknown) => string | undefined): Promise<Verdict> {
  const dir = join(scratch(), 'loader');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, input.text);
  try {
    const value = await load(file);
    if (input.duplicate) return `a repeated key was read (${input.how})`;
    return valid?.(value);
  } catch (error) {
    if (!(error instanceof InputError)) return crash(error);
    if (error.file !== file) return `the error names ${error.file}, not the file`;
    if (/\n\s+at /.test(error.message)) return 'stack trace in the message';
    return undefined;
  }
}

export function configTarget(): Target<LoaderInput> {
  const shapes = fc.record({
    tagKeys: fc.array(fc.string(), { maxLength: 3 }),
    protectedEnvironments: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.jsonValue()),
    rules: fc.dictionary(fc.constantFrom('no-stateful-delete', 'constructor', '__proto__', 'x'), fc.constantFrom('block', 'warn', 'off', 'OFF', 1)),
    exemptions: fc.array(fc.record({ rule: fc.string(), resource: fc.string(), reason: fc.string(), expires: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))) }, { requiredKeys: [] }), { maxLength: 2 }),
    environments: fc.dictionary(fc.string({ maxLength: 6 }), fc.record({ aliases: fc.array(fc.string()), namePatterns: fc.array(fc.constantFrom('^prod-', '(', '(a+)+$', '[', '.*')) }, { requiredKeys: [] })),
  }, { requiredKeys: [] });
  return {
    name: 'config',
    oracle: 'loadConfig resolves or throws an InputError naming the file; a repeated key is refused',
    arbitrary: () => loaderArbitrary([...yamlBlocks('docs/configuration.md').filter((b) => !b.startsWith('- fingerprint')), readFileSync(join(ROOT, 'test/fixtures/action/gate-settings.yml'), 'utf8')], shapes),
    check: (input) => checkLoader(input, loadConfig, 'deploy-gate.yml'),
  };
}

export function approvalsTarget(): Target<LoaderInput> {
  const approval = fc.record({
    fingerprint: fc.oneof(fc.constant(`sha256:${'a'.repeat(64)}`), fc.string()),
    repository: fc.oneof(fc.constantFrom('acme/infra', 'Acme/Infra', 'acme/platform/infra', 'acme', 'acme/', '/infra', 'acme/in fra', 'acme/infrа', 'https://github.com/acme/infra'), fc.string({ maxLength: 12 })),
    approver: fc.string({ maxLength: 8 }), reason: fc.string({ maxLength: 12 }),
    // Days around today and MAX_APPROVAL_DAYS ahead, impossible dates, other spellings and plain strings.
    expires: fc.oneof(fc.integer({ min: -3, max: MAX_APPROVAL_DAYS + 3 }).map((d) => isoDay(utcDay(new Date()) + d)), fc.constantFrom('2027-02-30', '2026-13-01', 'tomorrow', '2026-12-3', '9999-12-31'), fc.string({ maxLength: 10 })),
  }, { requiredKeys: [] });
  const shapes = fc.oneof(fc.array(approval, { maxLength: 3 }), fc.record({ approvals: fc.array(approval, { maxLength: 3 }) }), fc.jsonValue());
  return {
    name: 'approvals',
    oracle: 'loadApprovals returns well-formed approvals, each naming an owner/name repository, or throws an InputError naming the file; a repeated key is refused',
    arbitrary: () => loaderArbitrary([...yamlBlocks('docs/configuration.md').filter((b) => b.startsWith('- fingerprint')), `approvals:\n  - fingerprint: "sha256:${'b'.repeat(64)}"\n    repository: acme/infra\n    approver: bob\n    reason: retiring the old volume\n    expires: "${isoDay(utcDay(new Date()) + 7)}"\n`], shapes),
    check: (input) => checkLoader(input, loadApprovals, 'approvals.yml', (value) => {
      if (!Array.isArray(value)) return 'approvals are not a list';
      for (const a of value as Array<Record<string, unknown>>) {
        if (typeof a.fingerprint !== 'string' || !new RegExp(`^(?:${FINGERPRINT_PATTERN.source})$`).test(a.fingerprint)) return `an approval with fingerprint ${JSON.stringify(a.fingerprint)} was accepted`;
        if (typeof a.approver !== 'string' || !a.approver.trim()) return 'an approval without an approver was accepted';
        // An approval binds to one repository: none, or one that is not owner/name in ASCII, must be refused.
        if (typeof a.repository !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_.-]+)+$/.test(a.repository)) return `an approval for repository ${JSON.stringify(a.repository)} was accepted`;
        // Every approval in a file ends, on a real day at most MAX_APPROVAL_DAYS from today.
        const day = typeof a.expires === 'string' ? calendarDay(a.expires) : 'not-a-date';
        if (typeof day !== 'number' || day - utcDay(new Date()) > MAX_APPROVAL_DAYS) return `an approval expiring ${JSON.stringify(a.expires)} was accepted`;
      }
      return undefined;
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The Action: event payloads and comment bodies

export interface EventInput {
  eventName: string;
  payload: Json;
  repository: string;
}

export function eventTarget(): Target<EventInput> {
  const user = fc.oneof(fc.record({ login: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('octocat')), type: fc.constantFrom('User', 'Bot') }), fc.jsonValue() as fc.Arbitrary<Json>);
  const number = fc.oneof(fc.integer({ min: 1, max: 99999 }), fc.constantFrom<Json>(0, -1, 1.5, 2 ** 53, '7', null, 1e300));
  const pull = fc.record({ number, user, head: fc.constant({ sha: 'abc' }) }, { requiredKeys: [] });
  const payload = fc.oneof(
    fc.record({ pull_request: pull, action: fc.constantFrom('opened', 'submitted') }, { requiredKeys: [] }),
    fc.record({ issue: fc.record({ number, user, pull_request: fc.oneof(fc.constant({ url: 'u' }), fc.jsonValue()) }, { requiredKeys: [] }), comment: fc.record({ body: fc.string() }) }, { requiredKeys: [] }),
    fc.jsonValue({ maxDepth: 3 }),
  ) as fc.Arbitrary<Json>;
  return {
    name: 'event',
    oracle: 'pullRequestOf never throws and names a PR only with a positive integer number, an author and an owner/repo',
    arbitrary: () => fc.record({
      eventName: fc.constantFrom('pull_request', 'pull_request_review', 'pull_request_target', 'issue_comment', 'push', 'workflow_run', 'merge_group', ''),
      payload,
      repository: fc.constantFrom('acme/infra', 'acme', '', 'acme/infra/extra', '/infra', 'acme/'),
    }),
    check: async ({ eventName, payload, repository }) => {
      try {
        const ref = pullRequestOf(eventName, (payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : {}) as Record<string, unknown>, repository);
        if (!ref) return undefined;
        if (!Number.isSafeInteger(ref.number) || ref.number < 1) return `a PR number ${ref.number} was taken from the payload`;
        if (!ref.author) return 'a PR without an author was taken from the payload';
        if (!ref.owner || !ref.repo || ref.repo.includes('/') || `${ref.owner}/${ref.repo}` !== repository) return `repository ${JSON.stringify(repository)} was read as ${ref.owner}/${ref.repo}`;
        return undefined;
      } catch (error) {
        return crash(error);
      }
    },
  };
}

export interface CommentInput {
  body: string;
  /** The command in the body is hidden from readers (or is not a command line): no clean claim may come of it. */
  hidden: boolean;
  via: 'comment' | 'review';
  how: string;
}

const PRINT = `sha256:${'c'.repeat(64)}`;
const COMMAND = `/deploy-gate approve ${PRINT}`;

/** Ways to put the command where a reader of the rendered comment does not see it as the commenter's command. */
const HIDERS: Array<[string, (c: string) => string]> = [
  ['html comment', (c) => `<!--\n${c}\n-->`],
  ['html comment, one line', (c) => `LGTM <!-- ${c} -->`],
  ['details', (c) => `<details>\n\n${c}\n\n</details>`],
  ['details with summary', (c) => `<details><summary>notes</summary>\n\n${c}\n</details>`],
  ['fenced code', (c) => `\`\`\`\n${c}\n\`\`\``],
  ['tilde fence', (c) => `~~~sh\n${c}\n~~~`],
  ['long fence', (c) => `\`\`\`\`\n\`\`\`\n${c}\n\`\`\`\`\n`],
  ['unclosed fence', (c) => `\`\`\`\n${c}`],
  ['indented code', (c) => `text\n\n    ${c}`],
  ['tab-indented code', (c) => `text\n\n\t${c}`],
  ['block quote', (c) => `> ${c}`],
  ['nested quote', (c) => `> > ${c}`],
  ['lazy quote continuation', (c) => `> the author said\n${c}`],
  ['list item', (c) => `- ${c}`],
  ['ordered list item', (c) => `1. ${c}`],
  ['list continuation', (c) => `- item\n${c}`],
  ['list item paragraph', (c) => `- item\n\n  ${c}`],
  ['inline code', (c) => `\`${c}\``],
  ['html tag', (c) => `<span hidden>\n${c}\n</span>`],
  ['div', (c) => `<div>\n\n${c}\n\n</div>`],
  ['prose', (c) => `please ${c}`],
  ['link text', (c) => `[${c}](https://example.com)`],
  ['strike', (c) => `~~${c}~~`],
  ['comment after', (c) => `${c} <!-- -->`],
  ['img alt', (c) => `![${c}](x.png)`],
];

const perLine = (prefix: string, lead = '') => (c: string) => `${lead}${c.split('\n').map((l) => `${prefix}${l}`).join('\n')}`;
const OUTERS: Array<[string, (c: string) => string]> = [
  ['html comment', (c) => `<!--\n${c}\n-->`],
  ['details', (c) => `<details>\n\n${c}\n\n</details>`],
  ['div', (c) => `<div>\n\n${c}\n\n</div>`],
  ['block quote', perLine('> ')],
  ['nested quote', perLine('> > ')],
  ['list item', (c) => `- ${c.split('\n').join('\n  ')}`],
  ['ordered list item', (c) => `1. ${c.split('\n').join('\n   ')}`],
  ['list item paragraph', perLine('  ', '- item\n\n')],
  ['indented code', perLine('    ', 'text\n\n')],
];

export function commentTarget(): Target<CommentInput> {
  const quiet = ['', 'LGTM', 'Looks fine to me.', '> quoted text', '- a list', '    indented', '<b>bold</b>', '# heading', '***', '| a | b |', '\t', '[x]: https://e.com', '   ', '<!--', '-->'];
  // Fences only in random bodies: a stray fence before a hidden command closes the hiding one (that shows it).
  const noise = fc.constantFrom(...quiet, '```', '~~~');
  const around = fc.tuple(fc.array(fc.constantFrom(...quiet), { maxLength: 3 }), fc.array(fc.constantFrom(...quiet), { maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\r'));
  const hidden = fc.tuple(fc.constantFrom(...HIDERS), around, fc.constantFrom<'comment' | 'review'>('comment', 'review')).map(([[name, hide], [before, after, eol], via]) => ({
    body: [...before, hide(COMMAND), ...after].join(eol).replaceAll('\n', eol), hidden: true, via, how: name,
  }));
  // Hiders composed: hidden inside a container that hides all it holds is still hidden. The outer one wraps the
  // whole inner text, or prefixes each of its lines (a quote, a list item, an indent), as a writer would.
  const twice = fc.tuple(fc.constantFrom(...OUTERS), fc.constantFrom(...HIDERS)).map(([[a, f], [b, g]]) => ({ body: f(g(COMMAND)), hidden: true, via: 'comment' as const, how: `${b} in ${a}` }));
  const random = fc.tuple(fc.array(fc.oneof(noise, fc.string(), fc.constant(COMMAND), fc.constant(` ${COMMAND}\t`)), { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => ({
    body: lines.join(eol), hidden: false, via: 'comment' as const, how: 'random lines',
  }));
  return {
    name: 'comments',
    oracle: 'collectClaims never throws; every claim is a whole line of the body outside code; a hidden command makes no clean claim',
    arbitrary: () => fc.oneof(hidden, twice, random),
    check: async (input) => {
      try {
        const comment: IssueComment = { id: 1, body: input.body, user: { login: 'maintainer', type: 'User' }, html_url: 'https://github.com/acme/infra/pull/1#issuecomment-1', created_at: 't', updated_at: 't' };
        const review: PullReview = { id: 2, body: input.body, state: 'APPROVED', user: { login: 'maintainer', type: 'User' }, html_url: 'https://github.com/acme/infra/pull/1#pullrequestreview-2' };
        const claims = collectClaims(input.via === 'comment' ? [comment] : [], input.via === 'review' ? [review] : [], { comments: new Map([[1, false]]), reviews: new Map([[2, false]]) });
        const lines = input.body.split(/\r\n|\r|\n/).map((l) => l.trim());
        for (const c of claims) if (!lines.includes(`/deploy-gate approve ${c.fingerprint}`)) return `a claim for ${c.fingerprint} is no line of the body`;
        if (input.hidden) {
          const clean = claims.filter((c) => !c.defect && c.fingerprint === PRINT);
          if (clean.length) return `a command hidden by ${input.how} made a clean claim`;
        }
        approveCommands(input.body);
        return undefined;
      } catch (error) {
        return crash(error);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The guard

export interface GuardInput {
  command: string;
  /** 'refuse': a destructive command in a disguise; 'parse': refused if it mentions a guarded word and does not parse. */
  expect: 'refuse' | 'parse';
  how: string;
}

let guardOptions: DecideOptions | undefined;
function guardContext(): DecideOptions {
  if (guardOptions) return guardOptions;
  const cwd = join(scratch(), 'guard');
  mkdirSync(cwd, { recursive: true });
  // The files the corpus's commands read (src/guard/guard.test.ts writes the same).
  for (const [name, text] of Object.entries(CORPUS_FILES)) writeFileSync(join(cwd, name), text);
  // A generous budget: the machine is loaded, and a timeout only ever refuses (it would hide a real allow).
  guardOptions = { cwd, isGatedPlan: () => false, protectedPaths: ['.local/state/deploy-gate', '.config/deploy-gate', '.claude/settings.json', '.cursor/hooks.json'], budgetMs: 10_000 };
  return guardOptions;
}

/** Spellings of one shell word that the shell reads as the same word. */
const RESPELL: Array<[string, (w: string) => string]> = [
  ['single quotes', (w) => `'${w}'`],
  ['double quotes', (w) => `"${w}"`],
  ['split quotes', (w) => (w.length > 1 ? `${w[0]}''${w.slice(1)}` : w)],
  ['backslash', (w) => (w.length > 1 ? `${w[0]}\\${w.slice(1)}` : w)],
  ['ansi-c', (w) => `$'${[...w].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}'`],
  ['empty expansion', (w) => `${w}\${EMPTY_VAR_NEVER_SET:-}`],
  ['brace', (w) => `{${w},}`],
];

const PREFIXES = ['', 'command ', 'exec ', '\\', 'builtin command ', 'time ', 'nice ', 'env -i ', 'A=1 ', '  ', '\t', 'true && ', 'false || ', '! ', 'true; '];
/** The prefixes that may stand before a compound command (`(…)`, `{ …; }`, `if`, `for`): the others need a simple command. */
const COMPOUND_PREFIXES = ['', '  ', '\t', 'true && ', 'false || ', '! ', 'true; ', 'time '];
const SUFFIXES = ['', ' ', ' # note', ' ;', ' &', ' 2>&1', ' >/dev/null', ' || true', ' | cat', '\n', ' && echo done', ' <<< ""'];

export function guardTarget(): Target<GuardInput> {
  // Simple destructive commands (plain words only), which can be respelled word by word.
  const plain = DESTRUCTIVE.filter((e) => e.expect === 'refuse' && /^[A-Za-z0-9 ._:/=-]+$/.test(e.command) && !/[^\x20-\x7e]/.test(e.command)).map((e) => e.command);
  const all = [...DESTRUCTIVE, ...DISGUISED].filter((e) => e.expect === 'refuse').map((e) => e.command);
  const respelled = fc.tuple(fc.constantFrom(...plain), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...RESPELL)), { minLength: 1, maxLength: 3 })).map(([cmd, edits]) => {
    const words = cmd.split(' ');
    const names: string[] = [];
    const done = new Set<number>();
    for (const [i, [name, f]] of edits) {
      // One respelling per word: quoting a quoted word makes the quotes part of it.
      const k = i % words.length;
      if (done.has(k)) continue;
      done.add(k);
      words[k] = f(words[k]!);
      names.push(`${name} on word ${k + 1}`);
    }
    return { command: words.join(' '), expect: 'refuse' as const, how: `${cmd}: ${names.join(', ')}` };
  });
  // Prefixes and suffixes go outside the disguises: inside a wrapper (`timeout 300 A=1 pulumi …`) an assignment is
  // the program's name and nothing runs; after a here-document (`EOF &`) they change its terminator.
  const disguised = fc.tuple(fc.constantFrom(...all), fc.array(fc.nat({ max: DISGUISES.length - 1 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(...PREFIXES), fc.constantFrom(...SUFFIXES)).map(([cmd, ds, pre, post]) => ({
    // A here-string replaces what a pipe or an earlier here-string feeds the last command (`echo 'pulumi destroy' |
    // bash <<< ""` and `bash <<< 'pulumi destroy' <<< ""` run nothing: bash's last redirection of stdin wins).
    // A backslash before \$'…' or a quote escapes that character, and the word is no longer the command's name.
    command: ((c) => `${(/^(\(|\{|if |for )/.test(c) && !COMPOUND_PREFIXES.includes(pre)) || (pre === '\\' && /^[$'"]/.test(c)) ? '' : pre}${c}${c.includes('\n') || (post.includes('<<<') && (c.includes('|') || c.includes('<<'))) ? '' : post}`)(ds.reduce((c, d) => DISGUISES[d]!(c), cmd)),
    expect: 'refuse' as const,
    how: `${JSON.stringify(cmd)}: prefix ${JSON.stringify(pre)}, suffix ${JSON.stringify(post)}, disguises ${ds.join(',')}`,
  }));
  const everything = [...all, ...BENIGN.map((e) => e.command)];
  const noise = fc.tuple(fc.constantFrom(...everything), fc.array(fc.tuple(fc.nat(), fc.constantFrom('(', ')', '"', '\'', '`', '$(', '{', '}', '\\', ';', '|', '&', '<<', '#', '\n', '$', ' ', '\u0000', 'é', '*', '!')), { minLength: 1, maxLength: 4 })).map(([cmd, inserts]) => {
    let c = cmd;
    for (const [i, s] of inserts) {
      const k = i % (c.length + 1);
      c = c.slice(0, k) + s + c.slice(k);
    }
    return { command: c, expect: 'parse' as const, how: `${JSON.stringify(cmd)} with ${inserts.length} characters inserted` };
  });
  const random = fc.string({ maxLength: 60 }).map((s) => ({ command: `${s} pulumi destroy ${s}`, expect: 'parse' as const, how: 'random text around pulumi destroy' }));
  return {
    name: 'guard',
    oracle: 'decide never throws; a destructive command in any disguise is refused; a command that mentions a guarded word and does not parse is refused',
    arbitrary: () => fc.oneof(respelled, disguised, noise, random),
    check: async (input) => {
      try {
        const decision = await decide(input.command, guardContext());
        if (input.expect === 'refuse' && decision.decision !== 'refuse') return `a destructive command (${input.how}) was allowed`;
        if (decision.decision === 'allow') {
          // As bash reads it: NUL bytes dropped (decide.ts drops them too), so a NUL splits no word
          // (`terrafo<NUL>rm` is terraform, not "rm").
          const asRead = input.command.replaceAll('\u0000', '');
          const mention = mentionedWord(asRead);
          if (mention) {
            const tree = (await loadParser()).parse(asRead);
            const broken = tree?.rootNode.hasError ?? true;
            tree?.delete();
            if (broken) return `a command that mentions "${mention}" and does not parse was allowed`;
          }
        }
        return undefined;
      } catch (error) {
        return crash(error);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

export async function allTargets(): Promise<Array<Target<unknown>>> {
  const bases = await loadBases();
  return [readerTarget(bases), configTarget(), approvalsTarget(), eventTarget(), commentTarget(), guardTarget()] as unknown as Array<Target<unknown>>;
}

/** One stored find: replayed by test/fuzz-regressions.test.ts. */
export interface Regression {
  target: string;
  /** The broken promise, as the oracle said it when it was found. */
  found: string;
  /** What was fixed, where (filled in by whoever fixes it). */
  fix?: string;
  input: unknown;
}

export async function replay(regression: Regression): Promise<Verdict> {
  const check: Record<string, (input: never) => Promise<Verdict>> = {
    reader: checkReader,
    config: configTarget().check,
    approvals: approvalsTarget().check,
    event: eventTarget().check,
    comments: commentTarget().check,
    guard: guardTarget().check,
  };
  const f = check[regression.target];
  if (!f) return `unknown fuzz target ${regression.target}`;
  return f(regression.input as never);
}
