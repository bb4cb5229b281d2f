// JSON as the gate must read it: JSON.parse, preceded by one linear scan that refuses what JSON.parse would
// silently accept or die on. JSON.parse keeps the LAST of repeated keys (a second, empty `resource_changes` hides
// the first); it turns 1e400 into Infinity; and a 300 MB array of numbers or 100,000 nested lists can exhaust the
// heap or the stack, which no try/catch survives. The scan finds all of these before anything is built.
//
// Why a scanner of our own rather than a parser from npm: the ones that report duplicates build an AST or run a
// tokenizer in JavaScript (@humanwhocodes/momoa, jsonc-parser, json-dup-key-validator) and are several times slower
// than JSON.parse on a 38 MB plan; this scan skips strings with indexOf and allocates only the keys, so it stays
// near JSON.parse's own time (bench/json.bench.ts). It validates only structure: JSON.parse still decides validity.
import { InputError } from './input-error.js';

export interface JsonLimits {
  /** Deepest nesting accepted (objects and lists). The readers recurse; this keeps them far from the stack limit. */
  maxDepth?: number;
  /**
   * Heap bytes the parsed document may take, as estimated from the scan; shared by every document of one input
   * (each line of an event log) through `used`. Undefined: no limit (pure callers that read small documents).
   */
  budget?: { bytes: number; used: number };
}

export const DEFAULT_MAX_DEPTH = 1000;

/** Where a document sits in its file: the line an event-log line starts on, for messages. */
export interface JsonOrigin {
  file: string;
  /** 1-based line of the document's first character in the file (event logs), counted only when a message needs it. */
  line?: number | (() => number);
}

interface ScanStats {
  values: number;
  objects: number;
  arrays: number;
  keys: number;
  heapNumbers: number;
  strings: number;
  stringChars: number;
}

type ScanOutcome =
  | { ok: true; stats: ScanStats }
  | { ok: false; problem?: { pointer: string; offset?: number; message: string } };

/**
 * Parses one JSON document, refusing repeated keys, non-finite numbers, nesting deeper than `maxDepth` and documents
 * larger than the budget, each with an InputError naming the file, the JSON pointer and the line.
 */
export function parseStrictJson(text: string, origin: JsonOrigin, limits: JsonLimits = {}): unknown {
  const outcome = scan(text, limits.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (!outcome.ok && outcome.problem) {
    // The scan stops at the first problem; a document that is also invalid further on says the worse thing first.
    const invalid = jsonSyntaxError(text);
    if (invalid && !outcome.problem.message.startsWith('nested')) throw syntaxInputError(invalid, text, origin);
    const { pointer: at, offset, message } = outcome.problem;
    throw new InputError(origin.file, offset === undefined ? at : `${at} (${lineLabel(origin, lineOf(text, offset))})`, message);
  }
  if (!outcome.ok) {
    const invalid = jsonSyntaxError(text);
    if (invalid) throw syntaxInputError(invalid, text, origin);
    // The scan refused what JSON.parse accepts: never guess which reading is right.
    throw new InputError(origin.file, lineLabel(origin, 1), 'the JSON could not be checked for repeated keys');
  }
  if (limits.budget) {
    const need = estimateHeapBytes(outcome.stats, text.length);
    limits.budget.used += need;
    if (limits.budget.used > limits.budget.bytes) {
      throw new InputError(origin.file, '', `too large to read within the memory Node may use: ${outcome.stats.values.toLocaleString('en-US')} JSON values need about ${mb(limits.budget.used)} MB, ` +
        `and ${mb(limits.budget.bytes)} MB are available (give Node more with NODE_OPTIONS=--max-old-space-size=<MB>)`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw syntaxInputError(error, text, origin);
  }
}

/**
 * Bytes of V8 heap a parsed document takes, from its shape: a slot per value, object and list headers, boxed
 * doubles and string bodies (two bytes a character at worst). Measured against process.memoryUsage() on real and
 * generated plans, it over-estimates by 1.5 to 3x (test/readers/limits.test.ts), which leaves room for the model.
 */
export function estimateHeapBytes(stats: ScanStats, textLength: number): number {
  return stats.values * 16 + stats.objects * 64 + stats.keys * 24 + stats.arrays * 32 + stats.heapNumbers * 16 + stats.strings * 24 + stats.stringChars * 2 + textLength;
}

function mb(bytes: number): string {
  return Math.ceil(bytes / 1_048_576).toLocaleString('en-US');
}

function jsonSyntaxError(text: string): unknown {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error ?? new Error('invalid JSON');
  }
}

function syntaxInputError(error: unknown, text: string, origin: JsonOrigin): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : -1;
  // The parser stopping at the very end of the text means the writer stopped early.
  const truncated = /Unexpected end of JSON input|Unterminated/.test(message) || position >= trimmedEnd(text);
  // Node quotes a snippet of the input in its message; a plan may hold secrets, so the snippet is dropped.
  const reason = message.replace(/,?\s*"[^"]*"(\.\.\.)? is not valid JSON/, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
  const where = position >= 0 ? lineLabel(origin, lineOf(text, position)) : origin.line ? lineLabel(origin, 1) : '';
  return new InputError(origin.file, where, truncated ? 'the JSON is truncated: the tool did not finish writing it' : `not valid JSON: ${reason}`);
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function lineLabel(origin: JsonOrigin, lineInDocument: number): string {
  const first = typeof origin.line === 'function' ? origin.line() : origin.line ?? 1;
  return `line ${first + lineInDocument - 1}`;
}

/** 1-based line of an offset, counted without splitting the text (a file of newlines must not become an array). */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A key's text as JSON.parse reads it: the raw characters, or decoded when it holds escapes. */
function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (raw.indexOf('\\') === -1) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

interface Frames {
  isObject: Uint8Array;
  index: Int32Array;
  /** Start and end offsets (inside the quotes) of each object level's latest key. */
  keyStart: Int32Array;
  keyEnd: Int32Array;
}

function pointer(depth: number, frames: Frames, text: string, last?: string): string {
  let out = '';
  for (let d = 1; d <= depth; d++) {
    const part = d === depth && last !== undefined ? last : frames.isObject[d] ? keyAt(text, frames.keyStart[d]!, frames.keyEnd[d]!) : String(frames.index[d]);
    out += `/${part.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return out || '/';
}

/** Objects up to this many keys compare keys in place (no allocation); larger ones, or escaped keys, use a Set. */
const SMALL_OBJECT = 16;

/**
 * One pass over the text: structure, keys per object, numbers. Returns `ok: false` without a problem when the text
 * is not JSON (JSON.parse then says why), and with a problem for valid JSON the gate refuses.
 */
function scan(text: string, maxDepth: number): ScanOutcome {
  const n = text.length;
  const stats: ScanStats = { values: 0, objects: 0, arrays: 0, keys: 0, heapNumbers: 0, strings: 0, stringChars: 0 };
  const size = maxDepth + 2;
  const frames: Frames = { isObject: new Uint8Array(size), index: new Int32Array(size), keyStart: new Int32Array(size), keyEnd: new Int32Array(size) };
  const { isObject, index, keyStart, keyEnd } = frames;
  const keyCount = new Int32Array(size);
  // Per level, the offsets of the keys seen so far in the current object (small objects), or a Set (large ones).
  const starts: Int32Array[] = [];
  const ends: Int32Array[] = [];
  const keySets: Array<Set<string> | undefined> = [];
  let depth = 0;
  let expectKey = false;
  let i = 0;
  // The first backslash at or after the current string (n when there is none): a string that closes before it holds
  // no escape, so neither its closing quote nor (for a key) its characters need looking at one by one. Found again
  // with indexOf only once the scan has passed it, so all its searches together read the text once.
  let backslash = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = text.indexOf('"', i + 1);
      if (backslash < i) {
        backslash = text.indexOf('\\', i);
        if (backslash === -1) backslash = n;
      }
      if (backslash < j) {
        // An escape before the quote found: that quote may be escaped itself (an odd run of backslashes before it).
        while (j !== -1) {
          let k = j - 1;
          while (text.charCodeAt(k) === 92) k--;
          if ((j - 1 - k) % 2 === 0) break;
          j = text.indexOf('"', j + 1);
        }
      }
      if (j === -1) return { ok: false };
      // A backslash anywhere in a key (not only before a quote) means it must be decoded to compare.
      const escaped = backslash < j;
      if (expectKey && isObject[depth]) {
        const start = i + 1;
        const length = j - start;
        const count = keyCount[depth]!;
        let set = keySets[depth];
        if (!set && (count >= SMALL_OBJECT || escaped)) {
          set = new Set();
          for (let q = 0; q < count; q++) set.add(keyAt(text, starts[depth]![q]!, ends[depth]![q]!));
          keySets[depth] = set;
        }
        if (set) {
          const key = keyAt(text, start, j);
          if (set.has(key)) return duplicate(depth, frames, key, text, i);
          set.add(key);
        } else {
          const s = (starts[depth] ??= new Int32Array(SMALL_OBJECT));
          const e = (ends[depth] ??= new Int32Array(SMALL_OBJECT));
          for (let q = 0; q < count; q++) {
            const otherStart = s[q]!;
            if (e[q]! - otherStart !== length) continue;
            let same = true;
            for (let t = 0; t < length; t++) {
              if (text.charCodeAt(otherStart + t) !== text.charCodeAt(start + t)) {
                same = false;
                break;
              }
            }
            if (same) return duplicate(depth, frames, text.slice(start, j), text, i);
          }
          s[count] = start;
          e[count] = j;
        }
        keyCount[depth] = count + 1;
        keyStart[depth] = start;
        keyEnd[depth] = j;
        stats.keys++;
        expectKey = false;
      } else {
        stats.values++;
        stats.strings++;
        stats.stringChars += j - i - 1;
      }
      i = j + 1;
    } else if (c === 44) {
      if (isObject[depth]) expectKey = true;
      else index[depth]!++;
      i++;
    } else if (c === 58 || c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth > maxDepth) {
        return { ok: false, problem: { pointer: pointer(depth - 1, frames, text), offset: i, message: `nested more than ${maxDepth} levels deep: no plan is, and reading it could exhaust the stack` } };
      }
      stats.values++;
      if (c === 123) {
        isObject[depth] = 1;
        keyCount[depth] = 0;
        keySets[depth] = undefined;
        expectKey = true;
        stats.objects++;
      } else {
        isObject[depth] = 0;
        index[depth] = 0;
        stats.arrays++;
      }
      i++;
    } else if (c === 125 || c === 93) {
      if (depth === 0) return { ok: false };
      depth--;
      expectKey = false;
      i++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      let plain = true;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 48 && d <= 57) j++;
        else if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45) {
          plain = false;
          j++;
        } else break;
      }
      stats.values++;
      // Integers up to 9 digits are small integers in V8; anything else is a boxed double.
      if (!plain || j - i > 9) {
        stats.heapNumbers++;
        const value = Number(text.slice(i, j));
        if (!Number.isFinite(value) && !Number.isNaN(value)) {
          return { ok: false, problem: { pointer: pointer(depth, frames, text), offset: i, message: 'a number too large to represent (it would be read as Infinity)' } };
        }
      }
      i = j;
    } else if (c === 116 || c === 110) {
      stats.values++;
      i += 4;
    } else if (c === 102) {
      stats.values++;
      i += 5;
    } else {
      return { ok: false };
    }
  }
  if (depth !== 0) return { ok: false };
  return { ok: true, stats };
}

function duplicate(depth: number, frames: Frames, key: string, text: string, offset: number): ScanOutcome {
  return { ok: false, problem: { pointer: pointer(depth, frames, text, key), offset, message: `the key "${printableKey(key)}" appears twice in one object: JSON.parse would keep only the last, so the file says two things at once` } };
}

/** Keys are the writer's names, not values; still, never print control characters or an essay. */
function printableKey(key: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = key.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
