// check-dist (as actions/checkout does): dist/index.js is committed because a JavaScript action runs it straight
// from the repository. Rebuilding with the `bundle` script must give the same bytes, so dist/ cannot drift.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..');

describe('dist/index.js', () => {
  test('equals a fresh `npm run bundle` (run it and commit dist/ when this fails)', () => {
    const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.bundle ?? '';
    expect(script).toContain('--outfile=dist/index.js');
    const out = join(mkdtempSync(join(tmpdir(), 'deploy-gate-dist-')), 'index.js');
    // The script itself, with only the output file changed, so the test and `npm run bundle` cannot disagree.
    execFileSync('sh', ['-c', script.replace('--outfile=dist/index.js', `--outfile=${out}`)], {
      cwd: root, env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` }, stdio: 'pipe',
    });
    const fresh = readFileSync(out, 'utf8');
    const committed = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    // Not toBe: a 1.7 MB diff helps nobody.
    expect(fresh === committed, 'dist/index.js is stale: run `npm run bundle` and commit dist/').toBe(true);
  });

  test('is an ESM bundle that can require() Node built-ins, as action.yml runs it', () => {
    const bundle = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    expect(bundle.startsWith("import{createRequire as __cr}from'module';const require=__cr(import.meta.url);")).toBe(true);
    const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
