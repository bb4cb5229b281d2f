// Writes a bench's figures into docs/performance.md between marker comments, so that the doc is never copied by
// hand: `<!-- bench:<part> -->` … `<!-- /bench:<part> -->` (process: the gate against node + JSON.parse; pack: the
// CrossGuard pack against a no-op pack). Missing markers are added at the end of the doc's "Figures" section, or of
// the doc. A doc that cannot be written only draws a warning: the bench never fails on it (it is not part of
// `npm test`, and CI must not go red because of a read-only checkout). BENCH_DOC=0 leaves the doc alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const DOC = join(root, 'docs', 'performance.md');

/** A markdown table: its header, the separator and the rows, each a list of cells. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** When the bench started (this module loads first) and the machine's load then. */
const started = { at: new Date(), load: loadavg() };

/** The machine and the moment, for the line above the figures: absolute times mean little without them. */
export function runConditions(): string {
  const cpu = cpus();
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(', ');
  const time = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');
  return `${time(started.at)} to ${time(new Date())} on ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${process.platform}; load average (1, 5, 15 min) ${load(started.load)} at the start, ${load(loadavg())} at the end (the machine's other jobs slow both sides of each ratio, but not always alike)`;
}

/**
 * Replaces the part's figures in docs/performance.md with `body` (markdown), under the command that reproduces
 * them. Returns whether the doc was written.
 */
export function writeFigures(part: string, command: string, body: readonly string[]): boolean {
  if (process.env.BENCH_DOC === '0') return false;
  const open = `<!-- bench:${part} -->`;
  const close = `<!-- /bench:${part} -->`;
  const block = [
    open,
    `<!-- written by the bench (bench/doc-figures.ts); edit the bench, not these lines -->`,
    '',
    `Measured ${runConditions()}, with:`,
    '',
    '```sh',
    command,
    '```',
    '',
    ...body,
    '',
    close,
  ].join('\n');
  try {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(open);
    const end = doc.indexOf(close);
    let next: string;
    if (start >= 0 && end > start) next = doc.slice(0, start) + block + doc.slice(end + close.length);
    else {
      // Before the first section after "## Figures", else at the end.
      const figures = doc.indexOf('\n## Figures\n');
      const after = figures >= 0 ? doc.indexOf('\n## ', figures + 1) : -1;
      next = after >= 0 ? `${doc.slice(0, after)}\n${block}\n${doc.slice(after)}` : `${doc.trimEnd()}\n\n${block}\n`;
    }
    writeFileSync(DOC, next);
    console.log(`figures written to ${DOC} (between ${open} and ${close})`);
    return true;
  } catch (error) {
    console.warn(`warning: the figures were not written to ${DOC}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** The command line that reproduces this run: the npm script it ran under, or the script with its BENCH_ settings. */
export function reproducingCommand(script: string, settings: readonly string[]): string {
  const set = settings.filter((name) => process.env[name] !== undefined).map((name) => `${name}=${process.env[name]}`);
  const event = process.env.npm_lifecycle_event;
  if (set.length === 0 && event?.startsWith('bench')) return `npm run ${event}`;
  return `npm run build && ${[...set, 'node', script].join(' ')}`;
}
