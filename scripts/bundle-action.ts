// Bundles the GitHub Action into dist/, the folder action.yml runs from: index.js (one ESM file holding our code and
// every dependency) and hcl2json.wasm.gz, the Go HCL parser that @cdktf/hcl2json runs to read `.tf` sources.
//
// Why the extra file: @cdktf/hcl2json reads `join(__dirname, "..", "main.wasm.gz")` when it is loaded. In a single
// ESM file there is no __dirname (and no package folder around it), so the bundle points that read at the copy next
// to index.js instead. Both files are written byte-for-byte the same on every run (the wasm is copied, not
// re-compressed), so test/action.dist.test.ts can check the committed dist/ against a fresh bundle.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// scripts/ in the sources, build/scripts/ once compiled.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');
export const ACTION_ENTRY = join(ROOT, 'src', 'action', 'main.ts');
export const ACTION_DIST = join(ROOT, 'dist');
/** The wasm asset's name in dist/. */
export const HCL_WASM = 'hcl2json.wasm.gz';
/** Every file the bundle writes to dist/ (and all that dist/ holds). */
export const ACTION_FILES = ['index.js', HCL_WASM] as const;

/**
 * ESM has no `require`; the CommonJS dependencies need one for Node built-ins. The second constant is where the
 * wasm sits: import.meta cannot appear inside a CommonJS module that esbuild wraps (it would turn it into ESM).
 */
const WASM_URL = '__deployGateHclWasm';
const BANNER = `import{createRequire as __cr}from'module';const require=__cr(import.meta.url);const ${WASM_URL}=new URL('./${HCL_WASM}',import.meta.url);`;
/** The exact line of @cdktf/hcl2json 0.21.0's lib/bridge.js that locates the wasm. */
const WASM_PATH = '(0, path_1.join)(__dirname, "..", "main.wasm.gz")';
const BRIDGE = /[\\/]@cdktf[\\/]hcl2json[\\/]lib[\\/]bridge\.js$/;

/** Points hcl2json's wasm read at dist/; fails the bundle when the package changed and the line is gone. */
const hclWasmNextToBundle: Plugin = {
  name: 'hcl2json-wasm-next-to-bundle',
  setup(build) {
    build.onLoad({ filter: BRIDGE }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      if (code.split(WASM_PATH).length !== 2) {
        return { errors: [{ text: `expected exactly one \`${WASM_PATH}\` in ${args.path}: @cdktf/hcl2json changed how it finds its wasm; update scripts/bundle-action.ts` }] };
      }
      // fs-extra's readFile takes a file: URL (the banner's, next to dist/index.js).
      return { contents: code.replace(WASM_PATH, WASM_URL), loader: 'js' };
    });
  },
};

/** Writes dist/index.js and dist/hcl2json.wasm.gz (each atomically, so a run starting meanwhile reads whole files). */
export async function bundleAction(outdir: string = ACTION_DIST): Promise<string[]> {
  const result = await build({
    entryPoints: [ACTION_ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // hcl2json's Go glue does `globalThis.performance ??= require("performance")`: Node has had the global since
    // 16, so that require never runs, but esbuild would still try to resolve it.
    external: ['performance'],
    plugins: [hclWasmNextToBundle],
    banner: { js: BANNER },
    outfile: join(outdir, 'index.js'),
    write: false,
    logLevel: 'warning',
  });
  const wasm = join(dirname(createRequire(import.meta.url).resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz');
  const files = [...result.outputFiles.map((f) => ({ path: f.path, contents: f.contents })), { path: join(outdir, HCL_WASM), contents: readFileSync(wasm) }];
  mkdirSync(outdir, { recursive: true });
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  return files.map((f) => f.path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleAction(process.argv[2]);
}
