// Issue 10's wording list: "1 changes", "[1 resources]", `plan (plan)`, a JSON pointer shown as `(/)`, a YAML error
// that ends on a dangling colon, and a closing line about unreadable input after a config typo. Counts go through one
// helper (policy/engine/plural.ts); this file checks the helper, every report over every bundled plan, and the CLI.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, whereLabel } from '../policy/adapters/input-error.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { plural } from '../policy/engine/plural.js';
import { formatMessage, placeholders, readableTemplate } from '../policy/engine/render.js';
import { rules } from '../policy/rules/index.js';
import { yamlProblem } from '../src/gate.js';
import { readPlans } from '../src/readers/read-plan.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { skippedHeadline } from '../src/report/skipped.js';
import { countsPhrase } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { runCli } from './support/gate-cli.js';

const root = join(import.meta.dirname, '..');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

describe('one pluralisation helper', () => {
  test('plural: singular for one, the plural otherwise, irregular forms, grouped thousands', () => {
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(0, 'change')).toBe('0 changes');
    expect(plural(12_000, 'resource')).toBe('12,000 resources');
    expect(plural(1, 'file that is not a plan', 'files that are not plans')).toBe('1 file that is not a plan');
    expect(plural(2, 'change was', 'changes were')).toBe('2 changes were');
  });

  test('a message template counts with {key:noun} or {key:one:many}, and the placeholder is still checked', () => {
    expect(formatMessage('every object {days:day} after', { days: 1 })).toBe('every object 1 day after');
    expect(formatMessage('every object {days:day} after', { days: 30 })).toBe('every object 30 days after');
    expect(formatMessage('{n:entry:entries}', { n: 1 })).toBe('1 entry');
    expect(formatMessage('{n:entry:entries}', { n: 3 })).toBe('3 entries');
    expect(formatMessage('{days:day}', {})).toBe('{days:day}');
    expect(placeholders('{address}: {days:day} and {n:entry:entries}')).toEqual(['address', 'days', 'n']);
  });

  test('where no finding fills a template, a count reads as a placeholder and its plural noun', () => {
    expect(readableTemplate('every object {days:day} after')).toBe('every object {days} days after');
    expect(readableTemplate('{address}: {n:entry:entries} and {m:file that is:files that are}')).toBe('{address}: {n} entries and {m} files that are');
    // Plain placeholders and text without any stay as they are.
    expect(readableTemplate('{address} is {state}')).toBe('{address} is {state}');
    expect(readableTemplate('no placeholder: a {literal brace')).toBe('no placeholder: a {literal brace');
    // The placeholders are still the template's, in order.
    expect(placeholders(readableTemplate('{address}: {days:day}'))).toEqual(['address', 'days']);
  });

  test('the reports and notes say one of a thing in the singular', () => {
    expect(countsPhrase({ delete: 1 })).toBe('1 change (1 delete)');
    expect(countsPhrase({ resources: 1 })).toBe('1 resource, no changes');
    expect(skippedHeadline([{ file: 'a', reason: 'r' }])).toBe('Skipped 1 file that is not a plan');
    expect(skippedHeadline([{ file: 'a', reason: 'r' }, { file: 'b', reason: 'r' }])).toBe('Skipped 2 files that are not plans');
  });

  test('no source pluralises by hand: every "n === 1 ?" and "s\'}" count goes through plural()', () => {
    const sources = [...filesUnder(join(root, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts')), ...filesUnder(join(root, 'policy'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && !n.endsWith('.generated.ts'))];
    const byHand: string[] = [];
    for (const file of sources) {
      if (file.endsWith(join('engine', 'plural.ts')) || file.includes(`${join('src', 'guard')}`)) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/[=!]== 1 \? '(?!a )[^']*' : '[^']*s'|=== 1 \? '' : 's'|\$\{[^}]*(?:length|size|count)\} (?:changes|resources|files|steps|operations|days|warnings|findings)\b/.test(line)) {
          byHand.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(byHand).toEqual([]);
  });

  test('no report over any bundled plan or fixture says "1 changes", "1 resources" or the like', async () => {
    const files = [
      ...filesUnder(join(root, 'test', 'fixtures'), (n) => /\.(json|ndjson)$/.test(n)),
      ...filesUnder(join(root, 'examples'), (n) => n.endsWith('.json')),
      ...filesUnder(join(root, 'policy', 'rules'), (n) => n.endsWith('.json') && !n.endsWith('iam-index.json')),
    ];
    const wrong = /(?<![\d.,])1 (?:[a-z-]+ )?(?:changes|resources|findings|warnings|days|files|steps|operations|nodes|reasons|violations|entries)\b|\[1 resources\]|\bplan \(plan\)|\(\/\)/;
    let read = 0;
    const found: string[] = [];
    for (const file of files) {
      let plans;
      try {
        plans = await readPlans(file);
      } catch {
        continue; // expected.json, unreadable-on-purpose fixtures: the fail-closed tests cover them
      }
      read++;
      const report = evaluate(plans, { rules });
      for (const out of [renderText(report, { color: false }), renderMarkdown(report), renderJson(report)]) {
        const m = wrong.exec(out);
        if (m) found.push(`${relative(root, file)}: …${out.slice(Math.max(0, m.index - 40), m.index + 30)}…`);
      }
    }
    expect(read).toBeGreaterThan(100);
    expect(found).toEqual([]);
  }, 120_000);
});

describe('where a problem is, and how it is said', () => {
  test('the root JSON pointer reads "its top level", never "(/)"', () => {
    expect(whereLabel('/')).toBe('its top level');
    expect(whereLabel('line 3 /')).toBe('line 3, its top level');
    expect(whereLabel('/resource_changes/0')).toBe('/resource_changes/0');
    expect(new InputError('plan.json', '/', 'cannot tell which tool wrote this').message).toBe('plan.json (its top level): cannot tell which tool wrote this');
  });

  test('a YAML error keeps its position after the file name and ends on no colon', () => {
    expect(yamlProblem(new Error('Nested mappings are not allowed in compact mappings at line 2, column 6:\n\n  a: b: c\n     ^\n'))).toEqual({
      where: 'line 2, column 6', problem: 'Nested mappings are not allowed in compact mappings',
    });
    expect(yamlProblem(new Error('Unexpected end:'))).toEqual({ where: '', problem: 'Unexpected end' });
  });
});

describe('through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-wording-'));
  const incident = 'examples/incident/staging-fix.preview.json';

  test('a config typo: the key named, and the closing line blames the configuration, not an unreadable input', async () => {
    const config = join(dir, 'typo.yml');
    writeFileSync(config, 'rulez:\n  no-stateful-delete: warn\n');
    const { code, stderr } = await runCli(['check', incident, '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown key 'rulez'");
    expect(stderr).toContain(`deploy-gate: blocked (exit 2): nothing is allowed until the configuration file ${config} is fixed`);
    expect(stderr).not.toMatch(/cannot be read|never allowed/);
  });

  test('a YAML syntax error: position after the file, no dangling colon, the configuration blamed', async () => {
    const config = join(dir, 'broken.yml');
    writeFileSync(config, 'rules:\n  a: b: c\n');
    const { code, stderr } = await runCli(['check', incident, '--config', config]);
    expect(code).toBe(2);
    const [first, last] = stderr.trimEnd().split('\n');
    expect(first).toBe(`deploy-gate: ${config} (line 2, column 6): not valid YAML or JSON: Nested mappings are not allowed in compact mappings`);
    expect(last).toBe(`deploy-gate: blocked (exit 2): nothing is allowed until the configuration file ${config} is fixed`);
  });

  test('malformed approvals name the approvals file', async () => {
    const approvals = join(dir, 'approvals.yml');
    writeFileSync(approvals, 'fingerprint: nope\n');
    const { code, stderr } = await runCli(['check', incident, '--approvals', approvals]);
    expect(code).toBe(2);
    expect(stderr).toContain(`nothing is allowed until the approvals file ${approvals} is fixed`);
  });

  test('an unreadable plan: the closing line says so, and a root pointer reads "its top level"', async () => {
    const plan = join(dir, 'not-a-plan.json');
    writeFileSync(plan, '{"name": "x"}');
    const { code, stderr } = await runCli(['check', plan]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${plan} (its top level): cannot tell which tool wrote this`);
    expect(stderr).not.toContain('(/)');
    expect(stderr).toContain(`deploy-gate: blocked (exit 2): an input that cannot be read is never allowed; nothing is allowed until ${plan} can be read`);
  });

  test('a JSON value that is not an object, or text that is not JSON, says it is no plan and what writes one, alone and when skipped in a folder', async () => {
    const EXPECTED = 'not a plan: every plan the gate reads is a JSON object (`pulumi preview --json`, `pulumi stack export`, `terraform show -json PLANFILE`, a cdk.tf.json) or an event log of one object a line (`pulumi preview --event-log`)';
    for (const [name, text, kind] of [['list.json', '[1, 2]', 'a JSON list'], ['text.json', '"plan.json"', 'a JSON string'], ['count.json', '42', 'a JSON number'], ['null.json', 'null', 'a JSON null']] as const) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const { code, stderr } = await runCli(['check', file]);
      expect(code, name).toBe(2);
      expect(stderr.split('\n')[0], name).toBe(`deploy-gate: ${file} (its top level): ${kind}, ${EXPECTED}`);
    }
    const folder = mkdtempSync(join(tmpdir(), 'deploy-gate-wording-dir-'));
    copyFileSync(join(import.meta.dirname, '..', 'examples', 'fixed', 'staging-fix.preview.json'), join(folder, 'staging.preview.json'));
    writeFileSync(join(folder, 'ids.json'), '["vol-1"]');
    writeFileSync(join(folder, 'README.md'), '# Plans\n\nWritten by CI.\n');
    const { code, stdout } = await runCli(['check', folder]);
    expect(code).toBe(0);
    const flat = stdout.replace(/\n +/g, ' ');
    expect(flat).toContain(`Skipped 2 files that are not plans: ${join(folder, 'README.md')}: not JSON, so ${EXPECTED} ${join(folder, 'ids.json')}: a JSON list, ${EXPECTED}`);
    // JSON.parse's own words ("Unexpected token '#'") tell a reader nothing: they are not shown.
    expect(stdout).not.toContain('Unexpected token');
  });

  test('a failed plan is about "the plan as a whole", not "plan (plan)"', async () => {
    const { code, stdout } = await runCli(['check', 'test/fixtures/terraform/tofu-showjson-plan-error.plan.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('BLOCK    plan-incomplete: the plan as a whole');
    expect(stdout).not.toContain('(plan)');
  });

  test('one drifted change is one change in the note', async () => {
    const { stdout } = await runCli(['check', 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json']);
    expect(stdout).toContain('note: 1 change was made outside Terraform since the last apply (resource_drift)');
  });
});
