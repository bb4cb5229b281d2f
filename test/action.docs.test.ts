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

  test.for(files.map((f) => f.slice(root.length + 1)))('%s: valid, only real inputs, no ${{ }} in run scripts', (file) => {
    const workflow = parseYaml(readFileSync(join(root, file), 'utf8')) as { permissions?: Record<string, string>; jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> };
    expect(workflow.permissions, 'least privilege is declared at the top').toBeDefined();
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        // Expressions in a script are expanded before the shell sees them: an injection point (use env:).
        if (step.run) expect(step.run).not.toContain('${{');
        if (step.uses?.startsWith('deploy-gate/deploy-gate@') || step.uses === './') {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
          expect(step.with?.plan).toBeTruthy();
        }
      }
    }
  });
});
