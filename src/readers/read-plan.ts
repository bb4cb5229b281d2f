// File system edge of the readers: size limits, JSON parsing with positions, format detection, directories.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { cdktfProtection, readCdktfSynth } from '../../policy/adapters/cdktf-synth.js';
import { InputError } from '../../policy/adapters/input-error.js';
import { readPulumiEvents } from '../../policy/adapters/pulumi-events.js';
import { readPulumiPreview } from '../../policy/adapters/pulumi-preview.js';
import { readPulumiState } from '../../policy/adapters/pulumi-state.js';
import { readTerraformPlan, type SourceProtection } from '../../policy/adapters/terraform-plan.js';
import type { Plan } from '../../policy/model/plan.js';
import { detectJsonFormat, looksLikeEventLog, type InputFormat } from './detect.js';

export interface ReadOptions {
  format?: InputFormat;
  /** Terraform sources (.tf files or cdk.tf.json) to read lifecycle blocks from. */
  source?: string;
  /** Refuse files above this many bytes (default 512 MiB): a gate must not be made to exhaust memory. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** Reads one plan file, or every plan in a directory (one Plan per stack). Throws InputError, never anything else. */
export async function readPlans(path: string, options: ReadOptions = {}): Promise<Plan[]> {
  const info = await stat(path).catch(() => {
    throw new InputError(path, '', 'no such file or directory');
  });
  const sources = options.source ? await readSources(options.source) : undefined;
  if (!info.isDirectory()) return [await readPlanFile(path, options, sources)];
  const skipped: string[] = [];
  const files = await planFilesIn(path, skipped);
  if (files.length === 0) throw new InputError(path, '', 'the directory holds no plan files (*.json, *.ndjson, cdk.tf.json)');
  const plans: Plan[] = [];
  for (const file of files) plans.push(await readPlanFile(file, options, sources));
  // Say what was passed over, so a plan saved under a name the gate does not read cannot go unnoticed.
  if (skipped.length > 0) plans[0]?.notes.push(`not read as plans: ${skipped.map(displayPath).join(', ')}`);
  return mergeEventLogs(plans);
}

export async function readPlanFile(file: string, options: ReadOptions = {}, sources?: SourceProtection): Promise<Plan> {
  const info = await stat(file).catch(() => {
    throw new InputError(file, '', 'no such file');
  });
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (info.size > max) throw new InputError(file, '', `${info.size} bytes is over the ${max}-byte limit (raise it with --max-bytes)`);
  if (info.size === 0) throw new InputError(file, '', 'the file is empty: the tool that should have written it probably failed');
  const text = await readFile(file, 'utf8');
  try {
    return parsePlanText(text, displayPath(file), options.format, sources);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Readers validate what they touch; anything else escaping is still this file's problem, reported as such.
    throw new InputError(file, '', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function parsePlanText(text: string, file: string, format?: InputFormat, sources?: SourceProtection): Plan {
  if (format === 'pulumi-events' || (!format && (file.endsWith('.ndjson') || looksLikeEventLog(text)))) return readPulumiEvents(text, file);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The parser stopping at the very end of the text means the writer stopped early.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
    const truncated = /Unexpected end of JSON input|Unterminated/.test(message) || position >= text.trimEnd().length;
    // Node quotes a snippet of the input in its message; a plan may hold secrets, so the snippet is dropped.
    const reason = message.replace(/,?\s*"[^"]*"(\.\.\.)? is not valid JSON/, '').replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(file, positionOf(message, text), truncated ? 'the JSON is truncated: the tool did not finish writing it' : `not valid JSON: ${reason}`);
  }
  const detected = detectJsonFormat(document);
  // A forced format that the content contradicts would read the plan as something else, usually as "no changes".
  if (format && detected && format !== detected) {
    throw new InputError(file, '/', `--format ${format} was given, but this is ${detected} output`);
  }
  switch (format ?? detected) {
    case 'terraform-plan': return readTerraformPlan(document, file, sources);
    case 'pulumi-preview': return readPulumiPreview(document, file);
    case 'pulumi-state': return readPulumiState(document, file);
    case 'cdktf-synth': return readCdktfSynth(document, file);
    case 'pulumi-events': return readPulumiEvents(text, file);
    default:
      throw new InputError(file, '/', 'cannot tell which tool wrote this: expected `pulumi preview --json`, `pulumi stack export`, an engine event log, `terraform show -json` or a cdk.tf.json (use --format to say)');
  }
}

/**
 * The path a report shows and the fingerprint keys on: relative to the working directory when inside it, so
 * `plan.json`, `./plan.json` and `$PWD/plan.json` gate as the same stack.
 */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function positionOf(message: string, text: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const offset = Number(match[1]);
  const line = text.slice(0, offset).split('\n').length;
  return `line ${line}`;
}

const IGNORED_DIRS = new Set(['node_modules', '.git', '.terraform']);

async function planFilesIn(dir: string, skipped: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = async (current: string) => {
    // Symlinked folders are followed (a plan behind a link must not be skipped), each real folder once.
    const real = await realpath(current);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = (await readdir(current)).sort();
    const kinds = new Map<string, 'dir' | 'file' | 'other'>();
    for (const name of entries) {
      const info = await stat(join(current, name)).catch(() => {
        throw new InputError(join(current, name), '', 'a broken or looping link: it cannot be read, and a plan behind it must not be skipped');
      });
      kinds.set(name, info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other');
    }
    // A cdktf.out folder: only its stacks' cdk.tf.json are plans; manifest.json is cdktf's own index.
    const isCdktfOut = kinds.get('manifest.json') === 'file' && kinds.get('stacks') === 'dir';
    for (const name of entries) {
      const path = join(current, name);
      if (kinds.get(name) === 'dir') {
        if (!IGNORED_DIRS.has(name)) await walk(path);
      } else if (kinds.get(name) === 'file' && !isCdktfOut && isPlanFileName(name)) {
        out.push(path);
      } else if (kinds.get(name) === 'file' && /\.(nd)?json$/i.test(name) && !(isCdktfOut && name === 'manifest.json')) {
        skipped.push(path);
      }
    }
  };
  await walk(dir);
  return out;
}

function isPlanFileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith('.ndjson')) return true;
  return lower.endsWith('.json') && !lower.endsWith('.tfstate.json') && !['package.json', 'package-lock.json', 'tsconfig.json'].includes(lower);
}

/**
 * A preview and its event log for the same Pulumi stack (project and stack) become one plan: the preview's steps,
 * plus the packs' verdicts and failures from the log, plus any step the log holds that the preview does not (a
 * log is never trusted to have less to say than the preview, nor the reverse).
 */
export function mergeEventLogs(plans: Plan[]): Plan[] {
  const key = (p: Plan) => `${p.project ?? ''}\u0000${p.stack ?? ''}`;
  const previews = new Map(plans.filter((p) => p.source.format === 'pulumi-preview' && p.stack).map((p) => [key(p), p]));
  const out: Plan[] = [];
  for (const plan of plans) {
    const preview = plan.source.format === 'pulumi-events' && plan.stack ? previews.get(key(plan)) : undefined;
    if (!preview) {
      out.push(plan);
      continue;
    }
    preview.reportedViolations.push(...plan.reportedViolations);
    for (const failure of plan.failures) if (!preview.failures.some((f) => f.message === failure.message)) preview.failures.push(failure);
    const seen = new Set(preview.changes.map((c) => `${c.raw} ${c.resource.address}`));
    const added = plan.changes.filter((c) => !seen.has(`${c.raw} ${c.resource.address}`));
    preview.changes.push(...added);
    const present = new Set(preview.resources.map((r) => r.address));
    preview.resources.push(...plan.resources.filter((r) => !present.has(r.address)));
    // The log lists unchanged resources the preview hid: the note that they are missing no longer holds.
    if (added.some((c) => c.raw === 'same')) {
      preview.notes = preview.notes.filter((n) => !n.includes('unchanged resources are not in this preview'));
    }
    preview.notes.push(`policy results merged from ${basename(plan.source.file ?? '')}${added.length ? `, with ${added.length} steps the preview did not list` : ''}`);
  }
  return out;
}

/** Reads `lifecycle` from Terraform sources: `.tf` files (through @cdktf/hcl2json) or a cdk.tf.json. */
export async function readSources(path: string): Promise<SourceProtection> {
  const info = await stat(path).catch(() => {
    throw new InputError(path, '', 'no such source file or directory');
  });
  const files = info.isDirectory()
    ? (await readdir(path, { recursive: true })).map((f) => join(path, String(f))).filter((f) => f.endsWith('.tf') || f.endsWith('cdk.tf.json')).filter((f) => !f.includes('/.terraform/'))
    : [path];
  const protection: SourceProtection = new Map();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    let document: unknown;
    try {
      // Loaded on demand: the parser instantiates a Go WASM module (~80 MB) the moment it is imported.
      document = file.endsWith('.json') ? JSON.parse(text) : await (await import('@cdktf/hcl2json')).parse(relative(path, file) || basename(file), text);
    } catch (error) {
      throw new InputError(file, '', `cannot parse Terraform source: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const [address, value] of cdktfProtection(document)) protection.set(address, value);
  }
  return protection;
}
