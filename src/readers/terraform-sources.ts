// The Terraform sources given with --source, read once and resolved as Terraform resolves them. A module is the .tf
// and .tf.json files of one folder (a sub-folder is another module; its override files, `override.tf` and
// `*_override.tf`, are merged into its blocks last). `module "db"` runs the folder its `source`
// names: a local path (`./modules/db`) relative to the calling module's folder; a registry, git or other remote
// source where `terraform init` installed it, which `.terraform/modules/modules.json` (beside the root module)
// records by module key (`db.db_1` for module.db.module.db_1). So `module.db.aws_db_instance.main` is the
// `resource "aws_db_instance" "main"` block of the folder module.db runs, never a block of the same name elsewhere.
// Every fact about where a block is lives here: the lifecycle the gate reads (require-delete-protection) and the
// line a SARIF result points at (source-positions.ts). A resource whose block cannot be found has no guessed
// protection: `preventDestroyUnseen` says why, and the rule warns as it does for a plan read without sources.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { cdktfProtection, resourceBlocks } from '../../policy/adapters/cdktf-synth.js';
import { InputError, isRecord } from '../../policy/adapters/input-error.js';
import { parseStrictJson } from '../../policy/adapters/strict-json.js';
import { stripIndexes, type SourceProtection } from '../../policy/adapters/terraform-plan.js';
import type { Protection } from '../../policy/model/plan.js';
import { hclBlocks, jsonResourceKeys, lineIndex } from './hcl-scan.js';
import { displayPath } from './input.js';

/** A 1-based line and column in a file (the path as reports show it: relative to the working directory). */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A `resource` or `data` block: its lifecycle and where it starts. */
export interface SourceBlock {
  protection: Protection;
  position?: SourcePosition;
}

/** A `module "name"` block: its literal source, and where it starts. */
export interface ModuleCall {
  source?: string;
  position?: SourcePosition;
}

/** The blocks of one module: the Terraform files of one folder. */
interface Folder {
  /** `aws_ebs_volume.data`, `data.aws_iam_policy_document.x`. */
  resources: Map<string, SourceBlock>;
  /** By module name. */
  modules: Map<string, ModuleCall>;
}

/** One record of `.terraform/modules/modules.json`: where `terraform init` installed a module, and from what. */
interface Installed {
  source: string;
  dir: string;
}

/** Where a resource address is written, or why that cannot be told. */
export type Resolution =
  | { found: true; folder: string; local: string; block: SourceBlock }
  | {
    found: false;
    reason: string;
    /** The module call the path stops at, when it is a module whose code is not in the sources. */
    call?: { name: string; address: string; source?: string; position?: SourcePosition };
  };

/** How far along an address's path one root module got: which module calls it followed. */
type Attempt = Resolution & { reached: number };

/**
 * Where `terraform init` keeps its data, relative to the folder it runs in: TF_DATA_DIR when set and not empty, as
 * Terraform reads it (command/meta.go), else `.terraform`. Its `modules/modules.json` records each installed module's
 * Dir under it (`tfdata/modules/vpc`, or absolute when TF_DATA_DIR is).
 */
export function terraformDataDir(env: NodeJS.ProcessEnv): string {
  return env.TF_DATA_DIR ? env.TF_DATA_DIR : '.terraform';
}
/** Terraform refuses deeper trees long before this; the bound only stops a module that calls itself. */
const MAX_MODULE_DEPTH = 64;

const isTerraformFile = (file: string) => file.endsWith('.tf') || file.endsWith('.tf.json');
/** `override.tf`, `db_override.tf` (and .tf.json): Terraform merges them into the module's other blocks, after them. */
const isOverrideFile = (file: string) => /(?:^|_)override\.tf(?:\.json)?$/.test(basename(file));
/** A module's files in the order Terraform reads them: its ordinary files, then its override files, each sorted. */
const inReadingOrder = (files: string[]) => [...files].sort((a, b) => Number(isOverrideFile(a)) - Number(isOverrideFile(b)) || (a < b ? -1 : a > b ? 1 : 0));
const isLocalSource = (source: string) => /^\.\.?[/\\]/.test(source);

export class TerraformSources implements SourceProtection {
  /** Absolute folder → its blocks (only folders that hold Terraform files). */
  readonly folders = new Map<string, Folder>();
  /** The root modules: the --source folder when it holds Terraform files, else every folder under it no module calls. */
  roots: string[] = [];
  /** Root module folder → its `.terraform/modules/modules.json`, by module key. */
  readonly manifests = new Map<string, Map<string, Installed>>();

  /**
   * @param root the --source folder, or the folder of the one file given.
   * @param dataDir Terraform's data folder (terraformDataDir), relative to each root module or absolute.
   */
  constructor(readonly root: string, readonly dataDir = '.terraform') {}

  /** The module manifest, as messages name it: `.terraform/modules/modules.json`, or under TF_DATA_DIR. */
  get manifestName(): string {
    return join(this.dataDir, 'modules', 'modules.json');
  }

  lifecycle(address: string, moduleSources: Readonly<Record<string, string>>): Protection {
    const found = this.resolve(address, moduleSources);
    return found.found ? found.block.protection : { preventDestroyUnseen: found.reason };
  }

  /** The block a plan's resource address is written in (instance keys and all), through its module calls. */
  resolve(address: string, moduleSources: Readonly<Record<string, string>>): Resolution {
    const config = stripIndexes(address);
    const modules = [...config.matchAll(/module\.([^.]+)\./gy)].map((m) => m[1]!);
    const local = config.split('.').slice(modules.length * 2).join('.');
    const attempts = this.roots.map((root) => this.resolveFrom(root, modules, local, moduleSources));
    if (attempts.length === 0) return { found: false, reason: 'the --source files hold no module' };
    const strip = ({ reached: _reached, ...resolution }: Attempt): Resolution => resolution;
    if (attempts.length === 1) return strip(attempts[0]!);
    // A tree of several root modules (--source above them): the one that holds the address, if only one does.
    const found = attempts.filter((a) => a.found);
    if (found.length === 1) return strip(found[0]!);
    if (found.length > 1) {
      return { found: false, reason: `${found.length} root modules under --source hold ${config} (${found.map((a) => (a.found ? this.shown(a.folder) : '')).join(', ')}): pass the folder of the one this plan was made from` };
    }
    // None holds it: the root that followed the most of its module calls says why.
    const best = attempts.reduce((a, b) => (b.reached > a.reached ? b : a));
    if (best.reached === 0 && modules.length > 0) return { found: false, reason: `no root module under --source calls module ${modules[0]}` };
    if (best.reached === 0) return { found: false, reason: `no root module under --source holds a block for ${config}` };
    return strip(best);
  }

  private resolveFrom(root: string, modules: string[], local: string, moduleSources: Readonly<Record<string, string>>): Attempt {
    let folder = root;
    for (let i = 0; i < modules.length; i++) {
      const name = modules[i]!;
      const path = modules.slice(0, i + 1);
      const address = path.map((m) => `module.${m}`).join('.');
      const written = this.folders.get(folder)?.modules.get(name);
      const planned = moduleSources[address];
      if (!written) {
        return { found: false, reached: i, reason: `${this.shown(folder)} has no module "${name}" block: the sources are not the configuration of ${address}` };
      }
      const call = { name, address, ...(written.source !== undefined ? { source: written.source } : {}), ...(written.position ? { position: written.position } : {}) };
      if (written.source === undefined) return { found: false, reached: i, call, reason: `the module "${name}" block in ${this.shown(folder)} has no literal source` };
      if (planned !== undefined && planned !== written.source) {
        return { found: false, reached: i, call, reason: `the plan calls ${address} from ${planned}, the sources from ${written.source}: they are not the configuration this plan was made from` };
      }
      const next = this.moduleFolder(root, folder, path, written.source);
      if (typeof next !== 'string') return { found: false, reached: i, call, reason: next.reason };
      if (!this.folders.has(next)) return { found: false, reached: i, call, reason: `${address} (source ${written.source}) runs ${this.shown(next)}, which holds no .tf or .tf.json file` };
      folder = next;
    }
    const block = this.folders.get(folder)?.resources.get(local);
    if (block) return { found: true, reached: modules.length + 1, folder, local, block };
    return { found: false, reached: modules.length, reason: `${this.shown(folder)} holds no block for ${local}${modules.length ? ` (the module ${modules.map((m) => `module.${m}`).join('.')} runs)` : ''}: the sources are not the configuration this plan was made from` };
  }

  /** The folder a module call runs: a local path from its caller, anything else from the root's module manifest. */
  private moduleFolder(root: string, caller: string, path: string[], source: string): string | { reason: string } {
    if (isLocalSource(source)) return resolve(caller, source);
    const key = path.join('.');
    const address = path.map((m) => `module.${m}`).join('.');
    const manifest = this.manifests.get(root);
    const rerun = `run terraform init in ${this.shown(root)} so that ${this.manifestName} records where it is installed, or vendor it as a local module`;
    if (!manifest) return { reason: `${address} comes from ${source}, whose code is not in --source (there is no ${this.manifestName}): ${rerun}` };
    const installed = manifest.get(key);
    if (!installed) return { reason: `${address} comes from ${source}, and ${this.manifestName} has no record of module ${key}: ${rerun}` };
    if (normalSource(installed.source) !== normalSource(source)) {
      return { reason: `${this.manifestName} installed module ${key} from ${installed.source}, but the sources call it from ${source}: ${rerun}` };
    }
    return resolve(root, installed.dir);
  }

  /** A folder as a report shows it: relative to the --source folder when inside it. */
  private shown(folder: string): string {
    const rel = relative(this.root, folder);
    return rel === '' ? 'the root module' : rel.startsWith('..') ? displayPath(folder) : `${rel}/`;
  }

  /** Reads one Terraform file into its folder's blocks. */
  async addFile(file: string): Promise<void> {
    const shown = displayPath(file);
    const text = await readFile(file, 'utf8');
    let document: unknown;
    try {
      // Loaded on demand: the parser instantiates a Go WASM module (~80 MB) the moment it is imported.
      document = file.endsWith('.json') ? parseStrictJson(text, { file: shown }) : await (await import('@cdktf/hcl2json')).parse(shown, text);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(shown, '', `cannot parse Terraform source: ${error instanceof Error ? error.message : String(error)}`);
    }
    let folder = this.folders.get(dirname(file));
    if (!folder) this.folders.set(dirname(file), folder = { resources: new Map(), modules: new Map() });
    if (isOverrideFile(file)) {
      overrideBlocks(folder, document);
      return;
    }
    const at = lineIndex(text);
    const positions = new Map<string, SourcePosition>();
    const calls = new Map<string, SourcePosition>();
    if (file.endsWith('.json')) {
      for (const [address, offset] of jsonResourceKeys(text)) positions.set(address, { file: shown, ...at(offset) });
    } else {
      for (const block of hclBlocks(text)) {
        const target = block.kind === 'module' ? calls : positions;
        if (!target.has(block.address)) target.set(block.address, { file: shown, ...at(block.offset) });
      }
    }
    // A block written twice in one module is an error Terraform reports; the first is kept.
    const protection = cdktfProtection(document);
    for (const address of new Set([...protection.keys(), ...positions.keys()])) {
      if (folder.resources.has(address)) continue;
      const position = positions.get(address);
      folder.resources.set(address, { protection: protection.get(address) ?? {}, ...(position ? { position } : {}) });
    }
    for (const [name, source] of moduleCalls(document)) {
      if (folder.modules.has(name)) continue;
      const position = calls.get(name);
      folder.modules.set(name, { ...(source !== undefined ? { source } : {}), ...(position ? { position } : {}) });
    }
  }

  /** The Terraform files directly in a folder a module call runs (outside --source, or in .terraform/modules). */
  async readFolder(folder: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const file of inReadingOrder(entries.filter((e) => e.isFile() && isTerraformFile(e.name)).map((e) => join(folder, e.name)))) await this.addFile(file);
  }

  /** `.terraform/modules/modules.json` of a root module, when `terraform init` wrote one. */
  async readManifest(root: string): Promise<void> {
    const file = resolve(root, this.manifestName);
    const shown = displayPath(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw new InputError(shown, '', `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const document = parseStrictJson(text, { file: shown });
    if (!isRecord(document) || !Array.isArray(document.Modules)) throw new InputError(shown, '/Modules', 'not a Terraform module manifest: terraform init writes a "Modules" list');
    const records = new Map<string, Installed>();
    document.Modules.forEach((record: unknown, i) => {
      if (!isRecord(record) || typeof record.Key !== 'string' || typeof record.Source !== 'string' || typeof record.Dir !== 'string') {
        throw new InputError(shown, `/Modules/${i}`, 'a module record needs the strings Key, Source and Dir');
      }
      // Terraform refuses such a manifest too ("snapshot file contains two records for path").
      if (records.has(record.Key)) throw new InputError(shown, `/Modules/${i}`, `a second record for module key "${record.Key}"`);
      records.set(record.Key, { source: record.Source, dir: record.Dir });
    });
    this.manifests.set(root, records);
  }

  /** Reads the folders the module calls of `folder` run, and theirs, from one root module. */
  async follow(root: string, folder: string, path: string[], seen = new Set<string>()): Promise<void> {
    if (path.length >= MAX_MODULE_DEPTH) return;
    for (const [name, call] of this.folders.get(folder)?.modules ?? []) {
      if (call.source === undefined) continue;
      const next = this.moduleFolder(root, folder, [...path, name], call.source);
      if (typeof next !== 'string' || seen.has(`${next}\u0000${[...path, name].join('.')}`)) continue;
      seen.add(`${next}\u0000${[...path, name].join('.')}`);
      if (!this.folders.has(next)) await this.readFolder(next);
      await this.follow(root, next, [...path, name], seen);
    }
  }
}

/**
 * An override file: what it sets replaces what the module's own block says, argument by argument, `lifecycle`
 * included (Terraform's override files); a block it names that the module lacks is an error Terraform reports.
 */
function overrideBlocks(folder: Folder, document: unknown): void {
  for (const [address, body] of resourceBlocks(document)) {
    const block = folder.resources.get(address);
    const lifecycle = Array.isArray(body.lifecycle) ? body.lifecycle[0] : body.lifecycle;
    if (block && isRecord(lifecycle) && typeof lifecycle.prevent_destroy === 'boolean') block.protection = lifecycle.prevent_destroy ? { preventDestroy: true } : {};
  }
  for (const [name, source] of moduleCalls(document)) {
    const call = folder.modules.get(name);
    if (call && source !== undefined) call.source = source;
  }
}

/** `module "name"` blocks of one Terraform JSON document (hcl2json nests each block in a list) and their literal sources. */
function moduleCalls(document: unknown): Map<string, string | undefined> {
  const calls = new Map<string, string | undefined>();
  if (!isRecord(document) || !isRecord(document.module)) return calls;
  for (const [name, value] of Object.entries(document.module)) {
    const body = Array.isArray(value) ? value[0] : value;
    // A module's source must be a literal: `${…}` is a configuration Terraform refuses.
    const source = isRecord(body) && typeof body.source === 'string' && !body.source.includes('${') ? body.source : undefined;
    calls.set(name, source);
  }
  return calls;
}

/**
 * A module source as `terraform init` records it: registry addresses with their host (`registry.terraform.io/…`),
 * GitHub shorthand as its git URL (`git::https://github.com/org/repo.git`). Both sides are brought to that form.
 */
function normalSource(source: string): string {
  const github = /^github\.com\/([^/]+)\/([^/?]+?)(?:\.git)?((?:\/\/[^?]*)?(?:\?.*)?)$/.exec(source);
  if (github) return `git::https://github.com/${github[1]}/${github[2]}.git${github[3]}`;
  return source.replace(/^registry\.terraform\.io\//, '');
}

/**
 * Reads the --source files: a folder (every .tf and .tf.json under it, except .terraform/ and TF_DATA_DIR), or one
 * file. Then the folders their module calls run that are not among them: local modules outside the folder, and the
 * registry or git modules `terraform init` installed, found through each root module's `modules/modules.json` in
 * Terraform's data folder (`.terraform`, or TF_DATA_DIR from `env`).
 */
export async function readTerraformSources(path: string, env: NodeJS.ProcessEnv = process.env): Promise<TerraformSources> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch(() => {
    throw new InputError(path, '', 'no such source file or directory');
  });
  const dataDir = terraformDataDir(env);
  const sources = new TerraformSources(info.isDirectory() ? absolute : dirname(absolute), dataDir);
  // What init installed is read through the manifest, from the module call that runs it, never as a root of its own.
  const installed = isAbsolute(dataDir) ? (f: string) => f.startsWith(`${resolve(dataDir)}${sep}`) : (f: string) => f.includes(`${sep}${normalize(dataDir).replace(/[/\\]+$/, '')}${sep}`);
  const files = info.isDirectory()
    ? (await readdir(absolute, { recursive: true })).map((f) => join(absolute, String(f))).filter((f) => isTerraformFile(f) && !f.includes(`${sep}.terraform${sep}`) && !installed(f))
    : [absolute];
  for (const file of inReadingOrder(files)) await sources.addFile(file);
  if (sources.folders.size === 0) throw new InputError(path, '', 'holds no Terraform source (.tf or .tf.json file): nothing shows the lifecycle of its resources');
  // Folders a local module call runs are modules, not roots.
  const called = new Set<string>();
  for (const [folder, { modules }] of sources.folders) {
    for (const { source } of modules.values()) if (source !== undefined && isLocalSource(source)) called.add(resolve(folder, source));
  }
  sources.roots = sources.folders.has(sources.root) ? [sources.root] : [...sources.folders.keys()].filter((f) => !called.has(f)).sort();
  for (const root of sources.roots) {
    await sources.readManifest(root);
    await sources.follow(root, root, []);
  }
  return sources;
}
