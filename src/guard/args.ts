// Command-line arguments as a tool sees them: flags (with the values the tool takes for them) and positionals.
// A word whose value is only known at run time is `undefined` and stays in its place.

export type Arg = string | undefined;

export interface ParsedArgs {
  /** Positional arguments in order (undefined where the shell computes them at run time). */
  positionals: Arg[];
  /** Flags by name (`--plan`, `-f`), each with the values it was given (undefined for a boolean flag). */
  flags: Map<string, Arg[]>;
  /** Arguments after `--`. */
  rest: Arg[];
}

export interface FlagSpec {
  /** Flags that take a value (`--stack prod`, `-s prod`, `-sprod`, `--stack=prod`). */
  values?: readonly string[];
  /** Single-dash long options (terraform's `-destroy`, `-chdir=…`): never split into letters. */
  singleDashLong?: boolean;
}

export function parseArgs(args: readonly Arg[], spec: FlagSpec = {}): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const out: ParsedArgs = { positionals: [], flags: new Map(), rest: [] };
  const add = (name: string, value: Arg | null) => {
    const list = out.flags.get(name) ?? [];
    if (value !== null) list.push(value);
    else list.push(undefined);
    out.flags.set(name, list);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === undefined) { out.positionals.push(undefined); continue; }
    if (arg === '--') { out.rest = args.slice(i + 1); break; }
    if (arg.startsWith('--') || (spec.singleDashLong && arg.startsWith('-') && arg.length > 2)) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      const normal = spec.singleDashLong && !name.startsWith('--') ? `-${name}` : name;
      if (eq >= 0) add(normal, arg.slice(eq + 1));
      else if (values.has(name) || values.has(normal)) { add(normal, args[i + 1]); i++; }
      else add(normal, null);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && !isNumber(arg)) {
      // A cluster of short flags (-sSX DELETE, -XDELETE, -yf): a value flag takes the rest of the cluster or the next word.
      for (let j = 1; j < arg.length; j++) {
        const name = `-${arg[j]}`;
        if (values.has(name)) {
          const attached = arg.slice(j + 1);
          if (attached) add(name, attached.startsWith('=') ? attached.slice(1) : attached);
          else { add(name, args[i + 1]); i++; }
          break;
        }
        add(name, null);
      }
      continue;
    }
    out.positionals.push(arg);
  }
  return out;
}

function isNumber(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text[i] ?? '';
    if (!((c >= '0' && c <= '9') || c === '.')) return false;
  }
  return true;
}

export function has(parsed: ParsedArgs, ...names: string[]): boolean {
  return names.some((n) => parsed.flags.has(n));
}

/** The values given for any of the flags (in order, undefined where computed at run time). */
export function values(parsed: ParsedArgs, ...names: string[]): Arg[] {
  const out: Arg[] = [];
  for (const n of names) for (const v of parsed.flags.get(n) ?? []) out.push(v);
  return out;
}

/** A boolean flag that may be written `--x`, `--x=true` or `--x=false`. */
export function isOn(parsed: ParsedArgs, ...names: string[]): boolean {
  for (const n of names) {
    for (const v of parsed.flags.get(n) ?? []) {
      if (v === undefined || v === '' || v.toLowerCase() === 'true' || v === '1') return true;
    }
  }
  return false;
}

/** A word quoted so a shell reads it back as that one word. */
export function quote(word: string): string {
  if (word !== '' && [...word].every((c) => /[A-Za-z0-9_@%+=:,./-]/.test(c))) return word;
  return `'${word.replaceAll('\'', '\'\\\'\'')}'`;
}
