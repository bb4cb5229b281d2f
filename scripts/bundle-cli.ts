// Bundles the CLI into build/cli/: deploy-gate.js (one ESM file holding our code and its dependencies), which
// bin/deploy-gate.js loads, and the JSON data files it reads when it needs them (below). Written by `npm run build` (and so by `npm ci`, through `prepare`); not committed.
//
// Why: a user pays the CLI's start on every CI run. Loading the tsc output meant resolving, reading and compiling
// some 250 files (ours, commander's, yaml's, ajv's), about 150 ms before the plan was read; one file compiles in a
// fraction of that (docs/performance.md). What stays outside the bundle, loaded from node_modules only when asked
// for: yaml (--config, --approvals, a CloudFormation template written in YAML: 160 kB the bundle would otherwise
// compile on every start), @cdktf/hcl2json (`--source` with .tf files; its Go WASM sits beside its package files)
// and the guard's tree-sitter parser (`deploy-gate guard` starts from its own bundle, build/guard/, below, without
// the plan gate).
//
import { build, type Plugin } from 'esbuild';
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

/** Writes build/cli/ afresh (each file atomically, so a run starting meanwhile reads whole files). */
export async function bundleCli(outdir: string = CLI_OUTDIR): Promise<string[]> {
  return bundle({ 'deploy-gate': CLI_ENTRY }, outdir);
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

async function bundle(entryPoints: Record<string, string>, outdir: string): Promise<string[]> {
  const data = new Map<string, string>();
  const result = await build({
    entryPoints,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // What is imported dynamically (explain, the markdown and SARIF writers, the guard's judge and tool tables)
    // goes into chunks beside the entry, compiled only by a run that imports them.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    external: EXTERNAL,
    plugins: [lazyJson(outdir, data), lazyChildProcess()],
    banner: { js: BANNER },
    // Less text to compile at every start; identifiers keep their names so --debug stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    outdir,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  const written = new Set<string>();
  for (const file of [...result.outputFiles.map((f) => ({ path: f.path, contents: f.contents as Uint8Array | string })), ...[...data].map(([path, contents]) => ({ path, contents }))]) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(basename(file.path));
  }
  // Chunks of an earlier build have other hashes: remove them so build/cli/ holds one build.
  for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(join(outdir, name), { force: true });
  return [...written].map((name) => join(outdir, name));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleCli(process.argv[2]);
  await bundleGuard(process.argv[3]);
}
