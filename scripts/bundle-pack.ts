// Bundles the CrossGuard pack into policy/dist/pack.cjs, the `main` of policy/package.json.
//
// Why a CommonJS bundle and not the tsc output: the engine loads a pack with `require(<pack dir>)`
// (@pulumi/pulumi/cmd/run-policy-pack). require() of our ESM build works only on Node >= 20.19 / 22.12, and
// `pulumi policy publish` uploads `npm pack` of policy/ alone, so `main` must sit inside that folder and carry
// our code with it. @pulumi/policy and @pulumi/pulumi stay external: the pack must share the engine-facing SDK
// (and its protobuf classes) that policy/package.json declares. See docs/policy-pack.md.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// scripts/ in the sources, build/scripts/ once compiled.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');
export const PACK_ENTRY = join(ROOT, 'policy', 'crossguard', 'pack.ts');
export const PACK_BUNDLE = join(ROOT, 'policy', 'dist', 'pack.cjs');

/** Writes the bundle (and its source map) atomically, so a pack starting meanwhile reads a whole file. */
export async function bundlePack(outfile: string = PACK_BUNDLE): Promise<string> {
  const result = await build({
    entryPoints: [PACK_ENTRY],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@pulumi/policy', '@pulumi/pulumi'],
    sourcemap: 'linked',
    // policy/catalog/yaml.ts reaches for import.meta.url only where there is no `require` (the tsc
    // output); in this CommonJS bundle `require` exists, so the empty import.meta is never read.
    logOverride: { 'empty-import-meta': 'silent' },
    outfile,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundlePack();
}
