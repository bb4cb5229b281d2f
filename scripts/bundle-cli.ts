// Bundles the CLI into build/cli/: deploy-gate.js (one script holding our code and its dependencies), which
// bin/deploy-gate.js loads, the V8 code cache of that script (deploy-gate.code-cache, below), and the JSON data files
// it reads when it needs them (below). Written by `npm run build` (and so by `npm ci`, through `prepare`); not committed.
//
// Why: a user pays the CLI's start on every CI run. Loading the tsc output meant resolving, reading and compiling
// some 250 files (ours, commander's, yaml's, ajv's), about 150 ms before the plan was read; one file compiles in a
// fraction of that (docs/performance.md). What stays outside the bundle, loaded from node_modules only when asked
// for: yaml (--config, --approvals, a CloudFormation template written in YAML: 160 kB the bundle would otherwise
// compile on every start), @cdktf/hcl2json (`--source` with .tf files; its Go WASM sits beside its package files)
// and the guard's tree-sitter parser (`deploy-gate guard` starts from its own bundle, build/guard/, below, without
// the plan gate).
//
// The code cache: compiling the bundle was still the largest part of a one-resource check (some 25-45 ms of V8
// parsing in a CPU profile, and as much again compiling functions lazily as they first ran). Node 20 has no module
// compile cache (module.enableCompileCache is Node 22), and V8's code cache is open only to a vm.Script, not to an
// ES module. So the CLI is bundled as one script whose value is a CommonJS-style wrapper function, which bin/
// deploy-gate.js compiles with `new vm.Script(source, { cachedData })` and calls. The cache is written here, after a
// run of the CLI over two example plans (so the functions a check runs are in it, compiled), by the same Node that
// builds. V8 refuses a cache of another V8 version or other V8 flags (then the script compiles as before, only
// slower); V8 itself checks a cache against its source by length only, so the cache file starts with the sha256 of
// the bundle, which the bundle's last line repeats, and the loader uses a cache only for the bundle it was made of.
//
import { build, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// scripts/ in the sources, build/scripts/ once compiled.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');
export const CLI_ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
export const CLI_OUTDIR = join(ROOT, 'build', 'cli');
export const GUARD_ENTRY = join(ROOT, 'src', 'cli', 'guard-fast.ts');
export const GUARD_OUTDIR = join(ROOT, 'build', 'guard');

/** Packages loaded from node_modules at run time, never bundled (see the header). */
const EXTERNAL = ['@cdktf/hcl2json', 'web-tree-sitter', 'tree-sitter-bash', 'yaml'];

/** ESM has no `require`; the CommonJS dependencies bundled here (commander, picocolors) need one for Node built-ins. */
const BANNER = "import{createRequire as __dgRequire}from'node:module';const require=__dgRequire(import.meta.url);";

/**
 * JSON data (the schema index, the IAM index, Unicode's confusables: 680 kB, half the bundle) stays out of the
 * bundle's text, which V8 would scan at every start: each file is written beside the bundle and read and parsed on
 * the first property read, which most runs never make (the schema index serves only types the catalog lacks, the
 * IAM index only IAM resources, the confusables only non-ASCII tags). A missing file throws there: exit 2.
 */
function lazyJson(outdir: string, data: Map<string, string>): Plugin {
  return {
    name: 'lazy-json',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, (args) => {
        // Parsed here so a broken file fails the bundle, not a user's run; written without whitespace.
        const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
        const name = `${basename(args.path, '.json')}.${createHash('sha256').update(text).digest('hex').slice(0, 8)}.json`;
        data.set(join(outdir, name), text);
        const contents = [
          "import { readFileSync } from 'node:fs';",
          'let value;',
          `const load = () => (value ??= JSON.parse(readFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), 'utf8')));`,
          // Only the top level is a proxy: what a read returns is the parsed value itself.
          'export default new Proxy({}, {',
          '  get: (_, key) => load()[key],',
          '  has: (_, key) => key in load(),',
          '  ownKeys: () => Reflect.ownKeys(load()),',
          '  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),',
          '});',
        ].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * commander requires node:child_process at its top level, for executable subcommands, which deploy-gate has none of;
 * loading it (with net, dgram and the stream internals it pulls in) cost some 2.5 ms of every start. Its import is
 * given a stand-in that requires the real module on first use.
 */
function lazyChildProcess(): Plugin {
  return {
    name: 'lazy-child-process',
    setup(build) {
      build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
      build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
        contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
        loader: 'js',
      }));
    },
  };
}

/** The parameters of the wrapper function the CLI script evaluates to; bin/deploy-gate.js passes them in this order. */
export const SCRIPT_PARAMETERS = ['exports', 'require', 'module', '__dgImportMetaUrl', '__dgImport'] as const;
/** The bundle's last line: this, then the sha256 (hex) of everything before it. */
export const SCRIPT_TRAILER = '\n//# deploy-gate-bundle sha256 ';
export const CODE_CACHE_NAME = 'deploy-gate.code-cache';

/**
 * Writes build/cli/ afresh (each file atomically, so a run starting meanwhile reads whole files), then the code
 * cache of the script (see the header), which bin/deploy-gate.js writes and reads in build/cli/ only.
 */
export async function bundleCli(outdir: string = CLI_OUTDIR): Promise<string[]> {
  const written = await bundle({ 'deploy-gate': CLI_ENTRY }, outdir, 'script');
  if (outdir === CLI_OUTDIR) written.push(writeCodeCache(outdir));
  return written;
}

/**
 * Runs bin/deploy-gate.js over two example plans (a Terraform plan that deletes data stores, a Pulumi preview) with
 * DEPLOY_GATE_CODE_CACHE=write, which makes it write the cache of what it compiled once the run is done. Without
 * NODE_OPTIONS, whose V8 flags would make V8 refuse the cache in a plain run.
 */
function writeCodeCache(outdir: string): string {
  const plans = [join(ROOT, 'test', 'fixtures', 'terraform', 'tf111-mixed-destructive.plan.json'), join(ROOT, 'examples', 'incident', 'staging-fix.preview.json')];
  const { NODE_OPTIONS: _options, ...env } = process.env;
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'deploy-gate.js'), 'check', ...plans], {
    env: { ...env, DEPLOY_GATE_CODE_CACHE: 'write', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8',
  });
  const cache = join(outdir, CODE_CACHE_NAME);
  // 1 is the verdict the first plan gets (block); anything else is a CLI that does not run.
  if (run.status !== 1) throw new Error(`writing the code cache: deploy-gate check exited ${run.status ?? run.signal}: ${run.stderr}`);
  readFileSync(cache);
  return cache;
}

/**
 * Writes build/guard/: `deploy-gate guard`'s own bundle, which bin/deploy-gate.js starts. An agent pays this start
 * before every command; loading the guard's dozen tsc modules one by one cost some 15 ms of module resolution.
 * Split: what a command line without a guarded word needs is the entry; the judge (decide.ts and its tables)
 * is a chunk loaded only for the lines that need it, and tree-sitter stays outside (EXTERNAL).
 */
export async function bundleGuard(outdir: string = GUARD_OUTDIR): Promise<string[]> {
  return bundle({ guard: GUARD_ENTRY }, outdir);
}

/**
 * `esm`: ES modules, split (what is imported dynamically goes into chunks beside the entry, compiled only by a run
 * that imports them). `script`: one file whose value is a wrapper function (SCRIPT_PARAMETERS), for a vm.Script and
 * its code cache; everything the entry can reach is in it, and only the functions a run calls are ever compiled.
 */
async function bundle(entryPoints: Record<string, string>, outdir: string, format: 'esm' | 'script' = 'esm'): Promise<string[]> {
  const data = new Map<string, string>();
  const script = format === 'script';
  const result = await build({
    entryPoints,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: script ? 'cjs' : 'esm',
    splitting: !script,
    ...(script ? {} : { chunkNames: 'chunk-[hash]' }),
    external: EXTERNAL,
    plugins: [lazyJson(outdir, data), lazyChildProcess()],
    ...(script
      ? {
        define: { 'import.meta.url': '__dgImportMetaUrl' },
        banner: { js: `(function (${SCRIPT_PARAMETERS.join(', ')}) {` },
        footer: { js: '})' },
      }
      : { banner: { js: BANNER } }),
    // Less text to compile at every start; identifiers keep their names so --debug stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    outdir,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  const written = new Set<string>();
  const outputs = result.outputFiles.map((f) => ({ path: f.path, contents: script ? scriptText(f.text) : f.contents as Uint8Array | string }));
  for (const file of [...outputs, ...[...data].map(([path, contents]) => ({ path, contents }))]) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(basename(file.path));
  }
  // Chunks of an earlier build have other hashes (and a code cache is of an earlier script): remove them so the
  // folder holds one build.
  for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(join(outdir, name), { force: true });
  return [...written].map((name) => join(outdir, name));
}

/**
 * A vm.Script has no import(): without --experimental-vm-modules Node refuses one. The packages kept outside the
 * bundle and Node's built-ins are imported through the loader's `__dgImport` instead (an import() in
 * bin/deploy-gate.js, inside the package), and any other import() left in the text fails the build rather than a
 * user's run.
 */
function scriptText(text: string): string {
  const body = text.replace(/\bimport\(("[^"\\]*")\)/g, (call, literal: string) => {
    const name = JSON.parse(literal) as string;
    return EXTERNAL.includes(name) || name.startsWith('node:') ? `__dgImport(${literal})` : call;
  });
  const left = /\bimport\s*\(/.exec(body);
  if (left) throw new Error(`the CLI script still holds an import(): …${body.slice(Math.max(0, left.index - 80), left.index + 80)}…`);
  // The loader reads the script as latin1, a copy of its bytes (UTF-8 decoding took it some 3 ms more): esbuild
  // escapes non-ASCII text in strings, not in regular expression literals, so those are written with escapes.
  const wide = /[^\x00-\x7f]/.exec(body);
  if (wide) throw new Error(`the CLI script is not ASCII: …${body.slice(Math.max(0, wide.index - 80), wide.index + 80)}…`);
  return `${body}${SCRIPT_TRAILER}${createHash('sha256').update(body).digest('hex')}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleCli(process.argv[2]);
  await bundleGuard(process.argv[3]);
}
