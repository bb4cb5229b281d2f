// Terminal layout: the width to fit, whether to paint, and a word wrap that never splits a word, a hash or a path.

/** Width when the output is not a terminal (a CI log, a pipe): wide enough for a fingerprint line, narrow enough to read. */
export const DEFAULT_WIDTH = 100;
/** Narrower than this, a hanging indent leaves no room for text: wrap as if this wide. */
const MIN_WIDTH = 40;

/** The width to fit: the terminal's columns when it reports them, else DEFAULT_WIDTH; COLUMNS overrides as in POSIX shells. */
export function terminalWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : columns && columns > 0 ? columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

/**
 * Whether to paint, as picocolors and supports-color decide: NO_COLOR (any non-empty value, no-color.org) wins, as
 * it does in picocolors; FORCE_COLOR turns colour on without a terminal, except FORCE_COLOR=0 or false, which turn it
 * off (supports-color, Node's own util.inspect); otherwise a terminal that is not TERM=dumb. `--no-color` and a
 * report written to a file are always plain.
 */
export function colorEnabled(options: { flag: boolean; isTTY: boolean; env: NodeJS.ProcessEnv; toFile: boolean }): boolean {
  const { env } = options;
  if (!options.flag || options.toFile) return false;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return false;
    return true;
  }
  return options.isTTY && env.TERM !== 'dumb';
}

/**
 * Wraps one paragraph to `width` columns: the first line starts with `first`, the rest with `rest` (a hanging
 * indent). Breaks only at spaces; a word longer than the line stays whole on a line of its own.
 */
export function wrap(text: string, width: number, first: string, rest: string = ' '.repeat(first.length)): string[] {
  const words = text.split(/ +/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const prefix = lines.length === 0 ? first : rest;
    if (!empty && columnsOf(line) + 1 + columnsOf(word) > width) {
      lines.push(line);
      line = rest + word;
      continue;
    }
    line = empty ? prefix + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** Columns a string takes: code points, not UTF-16 units (✖, ✔ and most text are one column). */
function columnsOf(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
