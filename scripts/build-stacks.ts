// Compiles the example Pulumi program to JavaScript under build/stacks/, where Pulumi.yaml's `main` points
// (`build/stacks/pulumi/index.js`, runtime option `typescript: false`). See stacks/README.md for why.
//
// Why esbuild and not tsc: tsc type-checking stacks/pulumi pulls in @pulumi/aws's 2,700 declaration files and made
// `npm run build` a third slower (684 → 3,401 files, +5 s CPU) for three small files that `npm run typecheck`
// already checks (tsconfig.json includes stacks/). esbuild (already used by the bundles) transpiles them one to one
// in milliseconds: no bundling, imports left as written, ES modules as in the sources (the repo is `"type": "module"`).
import { build } from 'esbuild';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// scripts/ in the sources, build/scripts/ once compiled.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');

/** The sources of the program `pulumi preview` runs: the entry point and everything it imports from the repo. */
export const STACK_SOURCES = ['stacks/example.ts', 'stacks/pulumi/index.ts', 'stacks/pulumi/program.ts'];

/** Writes build/stacks/…/*.js (and source maps) for STACK_SOURCES; returns the paths written. */
export async function buildStacks(outdir: string = join(ROOT, 'build')): Promise<string[]> {
  const result = await build({
    entryPoints: STACK_SOURCES.map((s) => join(ROOT, s)),
    outbase: ROOT,
    outdir,
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  });
  return Object.keys(result.metafile.outputs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildStacks();
}
