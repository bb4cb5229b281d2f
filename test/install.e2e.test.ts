// The install path of the README, for real: `npm pack` this checkout, install the tarball into a fresh project as a
// user's dev dependency, and run `npx deploy-gate` there. Whatever the CLI needs at run time must be in the tarball
// (`files` in package.json) or in `dependencies`; a file only the checkout has, or a package only devDependencies
// bring, fails here. Runs the node that runs the tests (`.ci/run` runs the suite under each tested Node line).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  repository: { type: string; url: string };
  files: string[];
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  engines: { node: string };
};

type Run = { code: number; stdout: string; stderr: string };

/**
 * The environment of a user's shell, not of the `npm test` that runs this file: npm exports npm_config_local_prefix,
 * npm_package_* and INIT_CWD to its scripts, and a nested npm would take them for its own (installing into this
 * checkout). The cache and registry settings stay, so CI's npm cache is used. The node that runs the tests comes
 * first on PATH, so `npx` and the bin's `#!/usr/bin/env node` run it too.
 */
function userEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.has(key.toLowerCase())) continue;
    if (key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  env.PATH = [dirname(process.execPath), env.PATH ?? ''].join(delimiter);
  return { ...env, NO_COLOR: '1', COLUMNS: '', FORCE_COLOR: undefined, CI: 'true' };
}

/** npm's own CLI scripts: the npm that runs `npm test` (npm_execpath), else the one beside this node, else PATH's. */
function npmCli(name: 'npm' | 'npx'): { file: string; prefix: string[] } {
  const candidates = [process.env.npm_execpath, join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')]
    .filter((p): p is string => Boolean(p) && /npm-cli\.js$/.test(p!))
    .map((p) => join(dirname(p), `${name}-cli.js`));
  const script = candidates.find((p) => existsSync(p));
  return script ? { file: process.execPath, prefix: [script] } : { file: name, prefix: [] };
}

async function run(cli: 'npm' | 'npx' | 'node', args: string[], cwd: string): Promise<Run> {
  const { file, prefix } = cli === 'node' ? { file: process.execPath, prefix: [] } : npmCli(cli);
  try {
    const { stdout, stderr } = await promisify(execFile)(file, [...prefix, ...args], { cwd, env: userEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number | string; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: `${e.stderr ?? ''}${String(error)}` };
  }
}

const work = mkdtempSync(join(tmpdir(), 'deploy-gate-install-'));
const project = join(work, 'project');
const installed = join(project, 'node_modules', manifest.name);
let packed: string[] = [];
let install: Run;

beforeAll(async () => {
  // `npm test` builds first; packing runs no `prepare` (a second tsc here would rewrite build/ under the other
  // test files that are running it).
  expect(existsSync(join(root, 'build', 'src', 'cli', 'main.js')), 'build/ is missing: run `npm run build` (npm test does)').toBe(true);
  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);

  mkdirSync(join(project, 'plans'), { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'a-user-project', version: '1.0.0', private: true }, null, 2)}\n`);
  copyFileSync(join(root, 'examples', 'incident', 'staging-fix.preview.json'), join(project, 'plans', 'incident.preview.json'));
  copyFileSync(join(root, 'examples', 'fixed', 'staging-fix.preview.json'), join(project, 'plans', 'fixed.preview.json'));
  // As the README says, with the cache first: the dependencies `npm ci` fetched are not downloaded again.
  install = await run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', join(work, info!.filename)], project);
  expect(install.code, install.stderr).toBe(0);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the package', () => {
  test('package.json names the repository the workflows use, and the tested Node lines', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/deploy-gate/deploy-gate.git' });
    expect(manifest.engines.node).toBe('^20.19.0 || >=22.12.0');
    const pack = JSON.parse(readFileSync(join(root, 'policy', 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pack.engines.node, 'the CrossGuard pack claims the same lines').toBe(manifest.engines.node);
  });

  test('the tarball holds the CLI, its rules and the CrossGuard pack, and none of the sources, tests or stacks', () => {
    for (const file of ['package.json', 'README.md', manifest.bin['deploy-gate']!, 'build/cli/deploy-gate.js', 'build/src/cli/main.js', 'build/guard/guard.js', 'build/policy/rules/index.js', 'policy/PulumiPolicy.yaml', 'policy/package.json', 'policy/dist/pack.cjs', 'docs/rules/README.md']) {
      expect(packed, file).toContain(file.replace(/^\.\//, ''));
    }
    const unwanted = packed.filter((f) => /^(src|test|stacks|examples|bench|scripts|node_modules|\.ci|\.github)\//.test(f) || (/\.ts$/.test(f) && !f.endsWith('.d.ts')));
    expect(unwanted).toEqual([]);
  });

  test('every module the CLI can load is in the tarball or in `dependencies` (not only in devDependencies)', () => {
    // The static import graph from the bin, dynamic imports of literal paths included: the paths no test below runs
    // (every subcommand, every reader) are checked too.
    // The CLI script imports what it keeps outside through the bin's `__dgImport` (scripts/bundle-cli.ts), and the
    // bin reads that script as a file (`new URL('../build/cli/deploy-gate.js', import.meta.url)`).
    const specifier = /(?:^|[;}])\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]|(?:^|[;}])\s*import\s*['"]([^'"\n]+)['"]|\b(?:import|__dgImport)\(\s*['"]([^'"\n]+)['"]\s*\)|\brequire(?:\.resolve)?\(\s*['"]([^'"\n]+)['"]\s*\)|\bnew URL\(\s*['"](\.[^'"\n]+\.js)['"]\s*,\s*import\.meta\.url\s*\)/gm;
    const files = new Set(packed);
    const seen = new Set<string>();
    const queue = [manifest.bin['deploy-gate']!.replace(/^\.\//, '')];
    const missing: string[] = [];
    const undeclared = new Set<string>();
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(join(installed, file), 'utf8');
      for (const m of text.matchAll(specifier)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
        if (spec.startsWith('.')) {
          const target = posix.normalize(posix.join(posix.dirname(file), spec));
          if (!files.has(target)) missing.push(`${file} → ${spec}`);
          else if (target.endsWith('.js')) queue.push(target);
        } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (!(name in manifest.dependencies)) undeclared.add(`${name} (from ${file})`);
        }
      }
    }
    // The plan gate is one bundled file and the guard a bundle split in chunks (scripts/bundle-cli.ts).
    expect([...seen], 'the walk reached the bundled CLI and the guard').toEqual(expect.arrayContaining(['build/cli/deploy-gate.js', 'build/guard/guard.js']));
    expect([...seen].filter((f) => f.startsWith('build/guard/')).length, 'the walk followed the guard\'s chunks').toBeGreaterThan(1);
    expect(missing).toEqual([]);
    expect([...undeclared]).toEqual([]);
  });
});

describe('installed from the tarball into a fresh project', () => {
  test('npm installs it without an engine warning on this Node', () => {
    // A dependency whose engines exclude a Node line that package.json claims would warn here (EBADENGINE).
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/EBADENGINE/);
    const dev = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;
    expect(dev[manifest.name]).toMatch(/^file:.*\.tgz$/);
  });

  test('`npx deploy-gate check` blocks the bundled incident with exit 1, explained, as the checkout does', async () => {
    const result = await run('npx', ['--no-install', 'deploy-gate', 'check', 'plans/incident.preview.json'], project);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^✖ BLOCKED/);
    expect(result.stdout).toContain('no-stateful-delete: delete shared-data (aws:ebs/volume:Volume) [env: prod]');
    expect(result.stdout).toContain('destroys data prod uses');
    expect(result.stdout).toContain('no-blanket-destroy-credentials');
    expect(result.stdout).toMatch(/\/deploy-gate approve sha256:[0-9a-f]{64}/);
    // The same report, byte for byte, as this checkout's CLI gives for the same file from the same folder.
    const checkout = await run('node', [join(root, 'bin', 'deploy-gate.js'), 'check', 'plans/incident.preview.json'], project);
    expect(checkout.code).toBe(1);
    expect(result.stdout).toBe(checkout.stdout);
  });

  test('`npx deploy-gate check` allows the fixed plan with exit 0', async () => {
    const result = await run('npx', ['--no-install', 'deploy-gate', 'check', 'plans/fixed.preview.json'], project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^✔ ALLOWED/);
  });

  test('--version, explain and the guard (its bash grammar is a wasm file of a dependency) work there', async () => {
    const version = await run('npx', ['--no-install', 'deploy-gate', '--version'], project);
    expect(version.stdout.trim()).toBe(manifest.version);
    const explain = await run('npx', ['--no-install', 'deploy-gate', 'explain', 'no-stateful-delete'], project);
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toContain('no-stateful-delete');
    const guard = await run('npx', ['--no-install', 'deploy-gate', 'guard', '--check', 'pulumi destroy --yes'], project);
    expect(guard.code, guard.stderr).toBe(1);
    expect(`${guard.stdout}${guard.stderr}`).toContain('refused');
    const allowed = await run('npx', ['--no-install', 'deploy-gate', 'guard', '--check', 'pulumi preview --diff'], project);
    expect(allowed.code, allowed.stderr).toBe(0);
  });
});
