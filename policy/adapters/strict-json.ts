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
  /** 1-based line of the document's first character in the file (event logs); 1 for a whole file. */
  line?: number;
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
  | { ok: false; problem?: { where: string; message: string } };

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
    throw new InputError(origin.file, outcome.problem.where, outcome.problem.message);
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
  const where = position >= 0 ? lineLabel(origin, lineOf(text, position)) : origin.line ? `line ${origin.line}` : '';
  return new InputError(origin.file, where, truncated ? 'the JSON is truncated: the tool did not finish writing it' : `not valid JSON: ${reason}`);
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function lineLabel(origin: JsonOrigin, lineInDocument: number): string {
  return `line ${(origin.line ?? 1) + lineInDocument - 1}`;
}

/** 1-based line of an offset, counted without splitting the text (a file of newlines must not become an array). */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function pointer(depth: number, isObject: Uint8Array, currentKey: string[], index: Int32Array, last?: string): string {
  let out = '';
  for (let d = 1; d <= depth; d++) {
    const part = d === depth && last !== undefined ? last : isObject[d] ? currentKey[d]! : String(index[d]);
    out += `/${part.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return out || '/';
}

const SMALL_OBJECT = 16;

/**
 * One pass over the text: structure, keys per object, numbers. Returns `ok: false` without a problem when the text
 * is not JSON (JSON.parse then says why), and with a problem for valid JSON the gate refuses.
 */
function scan(text: string, maxDepth: number): ScanOutcome {
  const n = text.length;
  const stats: ScanStats = { values: 0, objects: 0, arrays: 0, keys: 0, heapNumbers: 0, strings: 0, stringChars: 0 };
  const isObject = new Uint8Array(maxDepth + 2);
  const index = new Int32Array(maxDepth + 2);
  const keyCount = new Int32Array(maxDepth + 2);
  const keyLists: string[][] = [];
  const keySets: Array<Set<string> | undefined> = [];
  const currentKey: string[] = [];
  let depth = 0;
  let expectKey = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = text.indexOf('"', i + 1);
      while (j !== -1) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j === -1) return { ok: false };
      if (expectKey && isObject[depth]) {
        let key = text.slice(i + 1, j);
        if (key.indexOf('\\') !== -1) {
          try {
            key = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            return { ok: false };
          }
        }
        const count = keyCount[depth]!;
        if (count < SMALL_OBJECT) {
          const list = (keyLists[depth] ??= []);
          for (let q = 0; q < count; q++) {
            if (list[q] === key) return duplicate(depth, isObject, currentKey, index, key, text, i);
          }
          list[count] = key;
        } else {
          let set = keySets[depth];
          if (count === SMALL_OBJECT || !set) {
            set = new Set(keyLists[depth]!.slice(0, SMALL_OBJECT));
            keySets[depth] = set;
          }
          if (set.has(key)) return duplicate(depth, isObject, currentKey, index, key, text, i);
          set.add(key);
        }
        keyCount[depth] = count + 1;
        currentKey[depth] = key;
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
        return { ok: false, problem: { where: pointer(depth - 1, isObject, currentKey, index), message: `nested more than ${maxDepth} levels deep: no plan is, and reading it could exhaust the stack` } };
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
          return { ok: false, problem: { where: `${pointer(depth, isObject, currentKey, index)} (line ${lineOf(text, i)})`, message: 'a number too large to represent (it would be read as Infinity)' } };
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

function duplicate(depth: number, isObject: Uint8Array, currentKey: string[], index: Int32Array, key: string, text: string, offset: number): ScanOutcome {
  const where = `${pointer(depth, isObject, currentKey, index, key)} (line ${lineOf(text, offset)})`;
  return { ok: false, problem: { where, message: `the key "${printableKey(key)}" appears twice in one object: JSON.parse would keep only the last, so the file says two things at once` } };
}

/** Keys are the writer's names, not values; still, never print control characters or an essay. */
function printableKey(key: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = key.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
