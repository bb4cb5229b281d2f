/** The one error a reader throws: which file, where in it (JSON pointer or line), and what is wrong. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}${where ? ` (${whereLabel(where)})` : ''}: ${problem}`);
    this.name = 'InputError';
  }
}

/**
 * Where in a file, as a reader says it: a JSON pointer, a line, or both. The root pointer `/` is "its top level"
 * (a bare slash reads as a typo), also after a line of an event log ("line 3, its top level").
 */
export function whereLabel(where: string): string {
  if (where === '/') return 'its top level';
  return where.endsWith(' /') ? `${where.slice(0, -2)}, its top level` : where;
}

/**
 * An input that is plainly not a plan: none of the defining fields of any format the gate reads. Alone it is an
 * error like any other; in a directory such a file is listed as skipped instead (package.json, tsconfig.json…).
 */
export class NotAPlanError extends InputError {
  constructor(file: string, where: string, problem: string) {
    super(file, where, problem);
    this.name = 'NotAPlanError';
  }
}

/** A plan's own key, never an inherited member: `constructor`, `toString` or `__proto__` in a plan are just names. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Asserts an object at a JSON pointer, or throws an InputError naming it. */
export function expectRecord(value: unknown, file: string, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw new InputError(file, where, `expected an object, found ${describe(value)}`);
  return value;
}

export function expectArray(value: unknown, file: string, where: string): unknown[] {
  if (!Array.isArray(value)) throw new InputError(file, where, `expected a list, found ${describe(value)}`);
  return value;
}

/** A list that the tool may leave out, but never writes as null or as anything else. */
export function optionalArray(value: unknown, file: string, where: string): unknown[] {
  return value === undefined ? [] : expectArray(value, file, where);
}

/** What a value is, never what it says: a malformed plan value may be a secret, and errors reach PR comments. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
