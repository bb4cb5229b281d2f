// Where a finding's resource is written, for SARIF (code scanning shows an alert on that line): the
// `resource "type" "name"` block in a Terraform .tf file, the resource's key in a cdk.tf.json, or, without sources,
// the resource's entry in the plan file itself. File-system edge: it reads the --source files and the plan files
// again (after the verdict; a file that cannot be re-read only loses its positions, never changes the verdict).
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { stripIndexes } from '../../policy/adapters/terraform-plan.js';
import type { Finding } from '../../policy/engine/evaluate.js';
import type { Plan } from '../../policy/model/plan.js';
import { displayPath } from './read-plan.js';

/** A 1-based line and column in a file (the path as reports show it: relative to the working directory). */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** What a SARIF result points at, and in words what that is. */
export interface FindingLocation extends SourcePosition {
  /** `source`: the resource's own block (.tf) or key (cdk.tf.json); `module`: the module call, the module's source
   * being out of reach; `plan`: the resource's entry in the plan file (no sources, or not found in them). */
  kind: 'source' | 'module' | 'plan';
  note: string;
}

/** Blocks found in one folder of Terraform sources. */
interface Folder {
  /** `aws_ebs_volume.data`, `data.aws_iam_policy_document.x` → the block's first line. */
  resources: Map<string, SourcePosition>;
  /** `module "db"` calls by name. */
  modules: Map<string, SourcePosition>;
}

export interface SourceIndex {
  /** The folder module sources are resolved from: the --source folder (or the folder of the one file given). */
  root: string;
  /** Absolute folder → its blocks. */
  folders: Map<string, Folder>;
}

/** Reads the positions of every resource and module block in the --source files (.tf and cdk.tf.json). */
export async function readSourcePositions(path: string): Promise<SourceIndex> {
  const absolute = resolve(path);
  const info = await stat(absolute);
  const files = info.isDirectory()
    ? (await readdir(absolute, { recursive: true })).map((f) => join(absolute, String(f))).filter((f) => (f.endsWith('.tf') || f.endsWith('cdk.tf.json')) && !f.includes('/.terraform/'))
    : [absolute];
  const index: SourceIndex = { root: info.isDirectory() ? absolute : dirname(absolute), folders: new Map() };
  for (const file of files.sort()) {
    const text = await readFile(file, 'utf8');
    const folder = index.folders.get(dirname(file)) ?? { resources: new Map(), modules: new Map() };
    index.folders.set(dirname(file), folder);
    const shown = displayPath(file);
    const at = lineIndex(text);
    if (file.endsWith('.json')) {
      for (const [address, offset] of jsonResourceKeys(text)) if (!folder.resources.has(address)) folder.resources.set(address, { file: shown, ...at(offset) });
    } else {
      for (const block of hclBlocks(text)) {
        const target = block.kind === 'module' ? folder.modules : folder.resources;
        if (!target.has(block.address)) target.set(block.address, { file: shown, ...at(block.offset) });
      }
    }
  }
  return index;
}

/**
 * Where each finding points: its block in the sources when they hold it, else its entry in the plan file (a Pulumi
 * preview has no source positions: the step of its URN), else nothing (the reporter falls back to line 1).
 */
export async function locateFindings(findings: readonly Finding[], plans: readonly Plan[], source: string | undefined): Promise<Map<Finding, FindingLocation>> {
  const sources = source ? await readSourcePositions(source).catch(() => undefined) : undefined;
  const byFile = new Map(plans.filter((p) => p.source.file).map((p) => [p.source.file!, p]));
  const inPlan = new Map<string, PlanEntries | undefined>();
  const planEntries = async (file: string, format: string) => {
    if (!inPlan.has(file)) inPlan.set(file, await planPositions(file, format).catch(() => undefined));
    return inPlan.get(file);
  };
  const out = new Map<Finding, FindingLocation>();
  for (const f of findings) {
    const plan = f.file ? byFile.get(f.file) : undefined;
    const format = plan?.source.format ?? '';
    if (sources && (format === 'terraform-plan' || format === 'cdktf-synth')) {
      const found = inSources(sources, f.resource, plan?.moduleSources ?? {});
      if (found) {
        out.set(f, found);
        continue;
      }
    }
    if (!f.file || f.file === 'stdin') continue;
    const entries = await planEntries(f.file, format);
    const offset = entries?.offsets.get(format === 'cdktf-synth' ? stripIndexes(f.resource) : f.resource);
    if (offset === undefined || !entries) continue;
    out.set(f, {
      file: f.file, ...entries.at(offset), kind: format === 'cdktf-synth' ? 'source' : 'plan',
      note: format === 'cdktf-synth' ? `${stripIndexes(f.resource)} in the synthesized ${f.file}`
        : format.startsWith('pulumi') ? `${f.resource} in ${f.file}: a Pulumi preview has no source positions`
          : `${f.resource} in the plan file${sources ? ' (not found in --source)' : ' (pass --source to point at its resource block)'}`,
    });
  }
  return out;
}

interface PlanEntries {
  offsets: Map<string, number>;
  at: (offset: number) => { line: number; column: number };
}

/** In a plan file: the first `"address": "…"` (Terraform), `"urn": "…"` (Pulumi) or resource key (cdk.tf.json). */
async function planPositions(file: string, format: string): Promise<PlanEntries> {
  const text = await readFile(file, 'utf8');
  const at = lineIndex(text);
  if (format === 'cdktf-synth') return { offsets: jsonResourceKeys(text), at };
  const offsets = new Map<string, number>();
  const key = format.startsWith('pulumi') ? 'urn' : 'address';
  for (const m of text.matchAll(new RegExp(`"${key}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'g'))) {
    let value: unknown;
    try {
      value = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    if (typeof value === 'string' && !offsets.has(value)) offsets.set(value, m.index);
  }
  return { offsets, at };
}

/** A resource of a Terraform plan in the sources: module path resolved through the plan's module calls. */
function inSources(index: SourceIndex, address: string, moduleSources: Record<string, string>): FindingLocation | undefined {
  const config = stripIndexes(address);
  const modules = [...config.matchAll(/module\.([^.]+)\./gy)].map((m) => m[1]!);
  const local = config.split('.').slice(modules.length * 2).join('.');
  let folder = index.root;
  let prefix = '';
  for (const name of modules) {
    const call = `${prefix}module.${name}`;
    const source = moduleSources[call];
    if (source === undefined || !/^\.\.?[/\\]/.test(source)) {
      // A registry or git module: its code is not in the sources. Point at the call that brings it in.
      const at = index.folders.get(folder)?.modules.get(name);
      return at ? { ...at, kind: 'module', note: `${address} comes from module ${name} (source ${source ?? 'unknown'}, not in --source): its module block` } : undefined;
    }
    folder = resolve(folder, source);
    prefix = `${call}.`;
  }
  const at = index.folders.get(folder)?.resources.get(local) ?? (modules.length === 0 ? unique(index, local) : undefined);
  return at ? { ...at, kind: 'source', note: `the ${local.startsWith('data.') ? 'data' : 'resource'} block of ${config}` } : undefined;
}

/** A root-module resource found in one folder only, when the sources are a tree above the root module. */
function unique(index: SourceIndex, local: string): SourcePosition | undefined {
  const found = [...index.folders.values()].map((f) => f.resources.get(local)).filter((p) => p !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

/** Line and column of an offset in one text: the line starts are found once (a plan may hold a million lines). */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Top-level `resource "type" "name"`, `data "type" "name"` and `module "name"` blocks of a .tf file, with the
 * offset of their keyword. Comments, strings (with `${…}` templates), heredocs and nested blocks are skipped, so a
 * word in a comment or a nested block is never taken for a block.
 */
export function hclBlocks(text: string): Array<{ kind: 'resource' | 'data' | 'module'; address: string; offset: number }> {
  const out: Array<{ kind: 'resource' | 'data' | 'module'; address: string; offset: number }> = [];
  const label = String.raw`(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w-]*))`;
  const header = new RegExp(String.raw`(resource|data|module)[ \t]+${label}(?:[ \t]+${label})?[ \t]*\{`, 'y');
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    // At the top level, a word that starts a token is a block header (or an argument, which a header never matches).
    if (depth === 0 && /[a-z]/.test(ch) && (i === 0 || !/[\w-]/.test(text[i - 1]!))) {
      header.lastIndex = i;
      const m = header.exec(text);
      if (m) {
        const kind = m[1] as 'resource' | 'data' | 'module';
        const first = m[2] ?? m[3] ?? '';
        const second = m[4] ?? m[5];
        if (kind === 'module') out.push({ kind, address: first, offset: i });
        else if (second !== undefined) out.push({ kind, address: `${kind === 'data' ? 'data.' : ''}${first}.${second}`, offset: i });
        // On to the block's brace: its labels are not read again as words.
        i = header.lastIndex - 1;
        continue;
      }
    }
    if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === '"') {
      i = skipString(text, i);
    } else if (ch === '<' && text[i + 1] === '<') {
      i = skipHeredoc(text, i);
    } else {
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if (ch === '}' || ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return out;
}

/** Past a quoted string at `i`, templates included: `"a ${f("b}")} c"`. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else if ((c === '$' || c === '%') && text[j + 1] === '{') j = skipTemplate(text, j + 2);
    else if (c === '\n') return j; // an unterminated string ends at the line (hcl2json has refused such a file)
    else j++;
  }
  return j;
}

/** Past a `${ … }` template's expression: nested braces and strings. */
function skipTemplate(text: string, j: number): number {
  let depth = 1;
  while (j < text.length && depth > 0) {
    const c = text[j];
    if (c === '"') {
      j = skipString(text, j);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    j++;
  }
  return j;
}

/** Past a heredoc (`<<EOT` or `<<-EOT` … a line holding only `EOT`). */
function skipHeredoc(text: string, i: number): number {
  const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
  if (!m) return i + 2;
  const end = new RegExp(String.raw`^[ \t]*${m[1]}[ \t]*$`, 'm');
  end.lastIndex = 0;
  const rest = text.slice(i + m[0].length);
  const close = end.exec(rest);
  return close ? i + m[0].length + close.index + close[0].length : text.length;
}

/**
 * In a cdk.tf.json (or any Terraform JSON configuration): `type.name` → the offset of the key `"name"` under
 * `resource.type` (and `data.type.name` under `data.type`). A small JSON walk that tracks the key path.
 */
export function jsonResourceKeys(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const path: Array<string | undefined> = [];
  const isObject: boolean[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = skipJsonString(text, i);
      if (expectKey && isObject[isObject.length - 1]) {
        const key = JSON.parse(text.slice(i, end)) as string;
        path[isObject.length - 1] = key;
        const depth = isObject.length;
        if (depth === 3 && (path[0] === 'resource' || path[0] === 'data')) {
          const address = `${path[0] === 'data' ? 'data.' : ''}${path[1]}.${key}`;
          if (!out.has(address)) out.set(address, i);
        }
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (ch === '{') {
      isObject.push(true);
      expectKey = true;
    } else if (ch === '[') {
      isObject.push(false);
    } else if (ch === '}' || ch === ']') {
      isObject.pop();
      path.length = isObject.length;
    } else if (ch === ',') {
      expectKey = isObject[isObject.length - 1] === true;
    }
    i++;
  }
  return out;
}

function skipJsonString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else j++;
  }
  return j;
}
