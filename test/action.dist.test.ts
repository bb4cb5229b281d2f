// check-dist (as actions/checkout does): dist/ is committed because a JavaScript action runs it straight from the
// repository. Rebuilding with the `bundle` script must give the same bytes, for every file in dist/ (index.js and
// the hcl2json wasm it loads), so dist/ cannot drift.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ACTION_FILES, bundleAction, HCL_WASM } from '../scripts/bundle-action.js';

const root = join(import.meta.dirname, '..');

describe('dist/', () => {
  test('`npm run bundle` is scripts/bundle-action.ts, and @cdktf/hcl2json is no longer stubbed out', () => {
    const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.bundle ?? '';
    expect(script).toMatch(/^tsc -p tsconfig\.build\.json && node build\/scripts\/bundle-action\.js$/);
    const bundle = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    expect(bundle).not.toContain('is not available in the GitHub Action');
    expect(bundle).toContain(`new URL('./${HCL_WASM}',import.meta.url)`);
  });

  test('equals a fresh `npm run bundle`, file for file (run it and commit dist/ when this fails)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deploy-gate-dist-'));
    // The function the script runs, into another folder, so the test and `npm run bundle` cannot disagree.
    await bundleAction(out);
    expect(readdirSync(out).sort()).toEqual([...ACTION_FILES].sort());
    expect(readdirSync(join(root, 'dist')).sort(), 'dist/ holds exactly what the bundle writes').toEqual([...ACTION_FILES].sort());
    for (const file of ACTION_FILES) {
      // Not toEqual: a 1.8 MB diff helps nobody.
      const same = readFileSync(join(out, file)).equals(readFileSync(join(root, 'dist', file)));
      expect(same, `dist/${file} is stale: run \`npm run bundle\` and commit dist/`).toBe(true);
    }
  });

  test('is an ESM bundle that can require() Node built-ins, as action.yml runs it', () => {
    const bundle = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    expect(bundle.startsWith("import{createRequire as __cr}from'module';const require=__cr(import.meta.url);")).toBe(true);
    const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
