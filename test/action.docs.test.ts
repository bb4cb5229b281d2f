// action.yml, src/action/inputs.ts and docs/github-action.md name the same inputs and outputs; the ready workflows
// are valid YAML, use only real inputs, and never interpolate `${{ }}` into a shell script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readInputs } from '../src/action/inputs.js';

const root = join(import.meta.dirname, '..');
const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const doc = readFileSync(join(root, 'docs', 'github-action.md'), 'utf8');

/** Rows of the Markdown table whose header starts with `| <first> |`: first cell → other cells. */
function table(first: string): Map<string, string[]> {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    rows.set((cells[0] ?? '').replace(/`/g, ''), cells.slice(1));
  }
  return rows;
}

describe('action.yml, inputs.ts and the docs agree', () => {
  test('inputs.ts reads exactly the inputs action.yml declares', () => {
    const asked = new Set<string>();
    readInputs((name) => (asked.add(name), name === 'plan' ? 'p.json' : name === 'github-token' ? 't' : ''));
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test('the inputs table lists every input with its action.yml default', () => {
    const rows = table('input');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const documented = (rows.get(name)?.[0] ?? '').replace(/`/g, '');
      expect(documented, name).toBe(spec.required ? '(required)' : spec.default ?? '');
    }
  });

  test('the outputs table lists every output', () => {
    expect([...table('output').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('ready workflows', () => {
  const dirs = [join(root, 'docs', 'workflows'), join(root, '.github', 'workflows')];
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => join(dir, f)));

  test('the docs link every workflow in docs/workflows', () => {
    for (const file of readdirSync(dirs[0]!)) expect(doc).toContain(`(workflows/${file})`);
  });

  type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; 'continue-on-error'?: boolean };
  const stepsOf = (file: string) => Object.values((parseYaml(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> }).jobs).map((j) => j.steps);
  const isGate = (step: Step) => step.uses?.startsWith('deploy-gate/deploy-gate@') || step.uses === './';

  test.for(readdirSync(dirs[0]!).filter((f) => f.endsWith('.yml')))('docs/workflows/%s reads the gate config from the base branch, after the PR\'s code ran', (file) => {
    for (const steps of stepsOf(join(dirs[0]!, file))) {
      const gate = steps.findIndex(isGate);
      if (gate < 0) continue;
      const config = steps[gate]?.with?.config;
      if (config === undefined) continue;
      // A second checkout of the base branch, without credentials, into the folder the config is read from.
      const base = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@') && s.with?.ref === '${{ github.event.pull_request.base.ref }}');
      expect(base, 'a checkout of the base branch').toBeGreaterThanOrEqual(0);
      const checkout = steps[base]?.with ?? {};
      expect(checkout['persist-credentials']).toBe(false);
      expect(String(config).startsWith(`${String(checkout.path)}/`), `config ${String(config)} is read from ${String(checkout.path)}/`).toBe(true);
      // The plan steps run the PR's code, which could rewrite a copy fetched earlier.
      const lastRun = steps.slice(0, gate).map((s, i) => (s.run ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
      expect(base, 'the base checkout comes after every run step, just before the gate').toBeGreaterThan(lastRun);
    }
  });

  type Job = { name?: string; needs?: string | string[]; if?: string; permissions?: Record<string, string>; steps: Step[] };
  test.for(readdirSync(dirs[0]!).filter((f) => f.endsWith('.yml') && !f.startsWith('rerun-')))('docs/workflows/%s: the PR\'s code runs only in a job without write access; the gate job runs none of it', (file) => {
    const workflow = parseYaml(readFileSync(join(dirs[0]!, file), 'utf8')) as { permissions?: Record<string, string>; jobs: Record<string, Job> };
    expect(workflow.permissions, 'nothing granted at the top').toEqual({});
    const jobs = Object.entries(workflow.jobs);
    const gates = jobs.filter(([, job]) => job.steps.some(isGate));
    expect(gates).toHaveLength(1);
    const [gateId, gate] = gates[0]!;
    // The gate job: no script, no toolchain, checkouts only of the base branch or of the PR's files as data.
    for (const step of gate.steps) {
      expect(step.run, `${gateId} runs no script`).toBeUndefined();
      const action = step.uses?.split('@')[0] ?? '';
      expect(['actions/checkout', 'actions/download-artifact', 'deploy-gate/deploy-gate', 'github/codeql-action/upload-sarif'], `${gateId} uses ${action}`).toContain(action);
      if (action === 'actions/checkout') expect(step.with?.['sparse-checkout'], 'a checkout in the gate job takes named files only').toBeTruthy();
    }
    expect(gate.permissions?.['pull-requests']).toBe('write');
    expect(String(gate.if)).toContain('always()');
    expect(gate.name, 'the required check keeps its name').toBe('deploy-gate');
    // Every other job runs the PR's code: it may log in to the cloud (id-token) and read, and write nothing.
    const others = jobs.filter(([id]) => id !== gateId);
    expect(others.length).toBeGreaterThan(0);
    for (const [id, job] of others) {
      expect([gate.needs].flat(), `${gateId} waits for ${id}`).toContain(id);
      for (const [scope, level] of Object.entries(job.permissions ?? { all: 'unset' })) {
        expect(scope === 'id-token' || level === 'read', `${id}: ${scope}: ${level}`).toBe(true);
      }
      const uploads = job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with?.name);
      const downloads = gate.steps.filter((s) => s.uses?.startsWith('actions/download-artifact@')).map((s) => s.with?.name);
      expect(uploads.length).toBeGreaterThan(0);
      expect(downloads).toEqual(uploads);
    }
  });

  test('ci.yml installs Debian\'s terraform-json testdata before the tests, tolerating a failed install', () => {
    const [steps = []] = stepsOf(join(dirs[1]!, 'ci.yml'));
    const install = steps.findIndex((s) => s.run?.includes('sudo apt-get install -y --no-install-recommends golang-github-hashicorp-terraform-json-dev'));
    const tests = steps.findIndex((s) => s.run?.trim() === 'npm test');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(tests);
    expect(steps[install]?.run).toContain('::warning::');
    expect(steps[install]?.['continue-on-error']).toBeUndefined();
  });

  test.for(files.map((f) => f.slice(root.length + 1)))('%s: valid, only real inputs, no ${{ }} in run scripts', (file) => {
    const workflow = parseYaml(readFileSync(join(root, file), 'utf8')) as { permissions?: Record<string, string>; jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> };
    expect(workflow.permissions, 'least privilege is declared at the top').toBeDefined();
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        // Expressions in a script are expanded before the shell sees them: an injection point (use env:).
        if (step.run) expect(step.run).not.toContain('${{');
        // The token stays off the disk where the PR's code runs.
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], 'checkout with persist-credentials: false').toBe(false);
        if (step.uses?.startsWith('deploy-gate/deploy-gate@') || step.uses === './') {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
          expect(step.with?.plan).toBeTruthy();
        }
      }
    }
  });
});
