// File system edge of the readers: inputs (files, `-`, pipes), limits, strict JSON, format detection, directories.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readCdktfSynth } from '../../policy/adapters/cdktf-synth.js';
import { InputError, NotAPlanError } from '../../policy/adapters/input-error.js';
import { readPulumiEvents } from '../../policy/adapters/pulumi-events.js';
import { readPulumiPreview } from '../../policy/adapters/pulumi-preview.js';
import { readPulumiState } from '../../policy/adapters/pulumi-state.js';
import { parseStrictJson, type JsonLimits } from '../../policy/adapters/strict-json.js';
import { readTerraformPlan, type SourceProtection } from '../../policy/adapters/terraform-plan.js';
import { plural } from '../../policy/engine/plural.js';
import type { Plan } from '../../policy/model/plan.js';
import { detectDocument, EVERY_PLAN_IS_AN_OBJECT, humanReadablePlan, looksLikeEventLog, type InputFormat } from './detect.js';
import { binaryKind, decodeText, displayPath, heapBudget, readHead, readInputBytes, STDIN_NAME, type ReadLimits } from './input.js';
import { readTerraformSources } from './terraform-sources.js';

export interface ReadOptions extends ReadLimits {
  format?: InputFormat;
  /** Terraform sources (.tf, .tf.json or cdk.tf.json files, or their folder) to read lifecycle blocks from. */
  source?: string;
  /** Refuse inputs above this many bytes (default 512 MiB): a gate must not be made to exhaust memory. */
  maxBytes?: number;
}

/** A file in a plan directory that is plainly not a plan, and why: every report lists these. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ReadResult {
  plans: Plan[];
  skipped: SkippedFile[];
}

/** Reads one plan file, or every plan in a directory (one Plan per stack). Throws InputError, never anything else. */
export async function readPlans(path: string, options: ReadOptions = {}): Promise<Plan[]> {
  return (await readInputs(path, options)).plans;
}

/**
 * Reads one input: a file, `-` (standard input), a pipe or FIFO, or a directory. In a directory every file is
 * judged by its content: plans are read, files with the fields of no plan format are returned as skipped, and
 * anything that may be a plan but cannot be read is an InputError, as is a directory that holds no plan at all.
 */
export async function readInputs(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const sources = options.source ? await readTerraformSources(options.source) : undefined;
  if (path === '-') return { plans: [await readPlanFile(path, options, sources)], skipped: [] };
  const info = await stat(path).catch(() => {
    throw new InputError(path, '', 'no such file or directory');
  });
  if (!info.isDirectory()) return { plans: [await readPlanFile(path, options, sources)], skipped: [] };
  const skipped: SkippedFile[] = [];
  const plans: Plan[] = [];
  for (const file of await filesIn(path)) {
    try {
      plans.push(await readPlanFile(file, options, sources, true));
    } catch (error) {
      if (!(error instanceof NotAPlanError)) throw error;
      skipped.push({ file: displayPath(file), reason: error.problem });
    }
  }
  if (plans.length === 0) {
    const seen = skipped.length ? `: ${plural(skipped.length, 'file was', 'files were')} looked at, none is a plan (${skipped.slice(0, 3).map((s) => basename(s.file)).join(', ')}${skipped.length > 3 ? ', …' : ''})` : ': it is empty';
    throw new InputError(path, '', `the directory holds no plan${seen}. Expected \`pulumi preview --json\`, an event log, \`pulumi stack export\`, \`terraform show -json\` or a cdk.tf.json`);
  }
  return { plans: mergeEventLogs(plans), skipped };
}

/**
 * Reads one plan. `inDirectory`: the file was found in a directory, so content that is plainly not a plan throws
 * NotAPlanError (listed as skipped) rather than a plain InputError.
 */
export async function readPlanFile(file: string, options: ReadOptions = {}, sources?: SourceProtection, inDirectory = false): Promise<Plan> {
  const display = file === '-' ? STDIN_NAME : displayPath(file);
  if (inDirectory) {
    // A directory may hold binaries (a .terraform folder's providers, hundreds of MB): their first bytes say so,
    // whatever their size, and they are skipped without being read whole. Zip and UTF-16 are never skipped.
    const kind = binaryKind(await readHead(file).catch(() => Buffer.alloc(0)));
    if (kind?.startsWith('a binary file')) throw new NotAPlanError(display, '', kind);
  }
  // In a box the parser empties once it has the text: the bytes (as large as the file) are not kept for the whole run.
  const box = await readBox(file, display, options);
  try {
    return parsePlanBytes(box, display, { ...(options.format ? { format: options.format } : {}), ...(sources ? { sources } : {}), inDirectory, file });
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Readers validate what they touch; anything else escaping is still this file's problem, reported as such.
    throw new InputError(display, '', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface ParseOptions {
  format?: InputFormat;
  sources?: SourceProtection;
  /** See readPlanFile. */
  inDirectory?: boolean;
  /** The path on disk, when it differs from the display name (only used for dotfile placeholders). */
  file?: string;
  /** Memory the parsed documents may take; by default what the heap has free (see heapBudget). */
  budget?: JsonLimits['budget'];
}

async function readBox(file: string, display: string, options: ReadOptions): Promise<BytesBox> {
  return { bytes: await readInputBytes(file, display, options) };
}

/** Bytes handed over to parsePlanBytes, which takes them out once decoded so they can be collected. */
export interface BytesBox {
  bytes: Buffer | undefined;
}

/** Bytes of one input → its plan: encoding, binary and empty files, then parsePlanText. */
export function parsePlanBytes(input: Buffer | BytesBox, display: string, options: ParseOptions = {}): Plan {
  let bytes = Buffer.isBuffer(input) ? input : input.bytes ?? Buffer.alloc(0);
  if (!Buffer.isBuffer(input)) input.bytes = undefined;
  if (bytes.length === 0) {
    // `.gitkeep` and its kind hold nothing to hide; any other empty file is a plan whose writer failed.
    if (options.inDirectory && basename(options.file ?? display).startsWith('.')) throw new NotAPlanError(display, '', 'an empty placeholder file');
    throw new InputError(display, '', 'the file is empty: the tool that should have written it probably failed');
  }
  const kind = binaryKind(bytes);
  if (kind) {
    // A binary file in a directory is plainly not a plan, unless it is a plan in a form the gate cannot read.
    if (options.inDirectory && kind.startsWith('a binary file')) throw new NotAPlanError(display, '', kind);
    throw new InputError(display, '', `this is ${kind}`);
  }
  let text: string;
  try {
    text = decodeText(bytes, display);
  } catch (error) {
    if (options.inDirectory && error instanceof InputError && error.problem.startsWith('not valid UTF-8')) {
      const lenient = bytes.toString('utf8');
      if (!maybePlanText(lenient)) throw new NotAPlanError(display, '', 'a binary file (not UTF-8 text)');
    }
    throw error;
  }
  const budget = options.budget ?? heapBudget(text.length, bytes);
  // The text holds everything now; dropping the last reference to the bytes lets them go before the parse.
  bytes = Buffer.alloc(0);
  return parsePlanText(text, display, options.format, options.sources, { ...options, budget });
}

/** Text that starts like JSON, an event log or a printed plan: it may be a plan, so it is never skipped. */
function maybePlanText(text: string): boolean {
  const start = text.trimStart()[0];
  return start === '{' || start === '[' || looksLikeEventLog(text) || humanReadablePlan(text) !== undefined;
}

export function parsePlanText(text: string, file: string, format?: InputFormat, sources?: SourceProtection, options: ParseOptions = {}): Plan {
  const limits: JsonLimits = options.budget ? { budget: options.budget } : {};
  if (!text.trim()) throw new InputError(file, '', 'the file holds only whitespace: the tool that should have written it probably failed');
  if (format === 'pulumi-events' || (!format && looksLikeEventLog(text))) return readPulumiEvents(text, file, limits);
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') {
    const printed = humanReadablePlan(text);
    if (printed) throw new InputError(file, '', printed);
    let document: unknown;
    try {
      document = parseStrictJson(text, { file }, limits);
    } catch (error) {
      // Not JSON, and nothing in it reads like a plan: in a directory, a README or a .tf file beside the plans. JSON.parse's
      // "Unexpected token '#'" says nothing a reader can act on: say it is no plan, and what writes one.
      if (!format && error instanceof InputError) {
        const notJson = error.problem.startsWith('not valid JSON');
        throw new NotAPlanError(error.file, notJson ? '' : error.where, notJson ? `not JSON, so not a plan: ${EVERY_PLAN_IS_AN_OBJECT}` : error.problem);
      }
      throw error;
    }
    return fromDocument(document, text, file, format, sources, limits);
  }
  return fromDocument(parseStrictJson(text, { file }, limits), text, file, format, sources, limits);
}

function fromDocument(document: unknown, text: string, file: string, format: InputFormat | undefined, sources: SourceProtection | undefined, limits: JsonLimits): Plan {
  const detection = detectDocument(document);
  if (detection.kind === 'mixture') {
    throw new InputError(file, '/', `holds the fields of ${detection.formats.join(' and ')} output at once (${detection.keys.map((k) => `"${k}"`).join(', ')}): no tool writes that, so it cannot be read as either`);
  }
  // A forced format that the content contradicts would read the plan as something else, usually as "no changes".
  if (format && detection.kind === 'format' && format !== detection.format) {
    throw new InputError(file, '/', `--format ${format} was given, but this is ${detection.format} output`);
  }
  if (!format && detection.kind === 'none') {
    throw new NotAPlanError(file, '/', detection.what ?? 'cannot tell which tool wrote this: it has none of the fields of `pulumi preview --json`, `pulumi stack export`, an engine event log, `terraform show -json` or a cdk.tf.json (use --format to say)');
  }
  switch (format ?? (detection.kind === 'format' ? detection.format : undefined)) {
    case 'terraform-plan': return readTerraformPlan(document, file, sources);
    case 'pulumi-preview': return readPulumiPreview(document, file);
    case 'pulumi-state': return readPulumiState(document, file);
    case 'cdktf-synth': return readCdktfSynth(document, file);
    case 'pulumi-events': return readPulumiEvents(text, file, limits);
    default:
      throw new InputError(file, '/', 'cannot tell which tool wrote this (use --format to say)');
  }
}

/**
 * Every file under a directory, sorted, whatever its name or folder: what is a plan is decided by content. Symlinked
 * folders are followed (a plan behind a link must not be skipped), each real folder once; a broken link or a
 * special file (a FIFO or device, which could block the run) is an error rather than a silent skip.
 */
async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = async (current: string) => {
    const real = await realpath(current);
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of (await readdir(current)).sort()) {
      const path = join(current, name);
      const info = await stat(path).catch(() => {
        throw new InputError(path, '', 'a broken or looping link: it cannot be read, and a plan behind it must not be skipped');
      });
      if (info.isDirectory()) await walk(path);
      else if (info.isFile()) out.push(path);
      else throw new InputError(path, '', 'a FIFO, socket or device in a plan directory: name it on the command line to read it');
    }
  };
  await walk(dir);
  return out;
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
      preview.notes = preview.notes.filter((n) => !/^[\d,]+ unchanged resources? (?:is|are) not in this preview/.test(n));
    }
    preview.notes.push(`policy results merged from ${basename(plan.source.file ?? '')}${added.length ? `, with ${plural(added.length, 'step')} the preview did not list` : ''}`);
  }
  return out;
}
