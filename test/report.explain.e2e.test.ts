// Issue 10: "every `explain` the report suggests must work (including for other packs' policies)". Every
// `deploy-gate explain <id>` that the text and Markdown reports print over the bundled examples and the test
// fixtures (a failed plan, another pack's violation, every rule's own fixtures) is run through the CLI.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { defineRule } from '../policy/engine/define-rule.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { rules } from '../policy/rules/index.js';
import { parsePlanText } from '../src/readers/read-plan.js';
import { repositoryWebUrl } from '../src/report/doc-links.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { runCli } from './support/gate-cli.js';

const root = join(import.meta.dirname, '..');

function plansIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...plansIn(path));
    else if (/\.(json|ndjson)$/.test(name) && !['expected.json', 'iam-index.json'].includes(name)) out.push(relative(root, path));
  }
  return out;
}

/** Each folder is gated in one run, with all its plans named: one process per folder and format. */
const FOLDERS = ['examples', 'test/fixtures/terraform', 'test/fixtures/pulumi', 'test/fixtures/real-world', 'test/fixtures/action', 'policy/rules'];

/** `deploy-gate explain <id>` in a report, with wrapped lines joined (text wraps at spaces, with a hanging indent). */
function suggested(report: string): string[] {
  const flat = report.replace(/\n +/g, ' ');
  return [...flat.matchAll(/deploy-gate explain ([^\s)`]+)/g)].map((m) => m[1]!);
}

const ids = new Map<string, string>();

beforeAll(async () => {
  for (const folder of FOLDERS) {
    const files = plansIn(join(root, folder));
    for (const output of ['text', 'markdown']) {
      const { code, stdout, stderr } = await runCli(['check', ...files, '--output', output]);
      expect([0, 1], `${folder} ${output}: ${stderr}`).toContain(code);
      for (const id of suggested(stdout)) if (!ids.has(id)) ids.set(id, `${folder} (${output})`);
    }
  }
  // A rule that throws: no fixture makes one, so its report is rendered here, with the same renderers.
  const throws = defineRule({
    id: 'no-test-throw', title: 'Throws', severity: 'critical', defaultLevel: 'block', scope: 'change', concern: 'destroys', pulumiPolicyType: 'stack',
    rationale: 'test', remediation: 'test', fix: 'test', links: ['https://example.com'], messages: { m: '{address}' }, examples: { bad: [], good: [] },
    *check() {
      throw new Error('boom');
    },
  });
  const plan = parsePlanText(readFileSync(join(root, 'test/fixtures/terraform/tfjson-basic.plan.json'), 'utf8'), 'plan.json');
  const report = evaluate([plan], { rules: [...rules, throws] });
  for (const out of [renderText(report, { color: false }), renderMarkdown(report)]) for (const id of suggested(out)) if (!ids.has(id)) ids.set(id, 'a rule that throws');
}, 240_000);

describe('every explain a report suggests', () => {
  test('the reports suggest every rule, both engine findings and another pack\'s policy', () => {
    expect([...ids.keys()].sort()).toEqual(expect.arrayContaining([...rules.map((r) => r.id), 'plan-incomplete', 'rule-error', 'analyzerA/always-fails']));
  });

  test('each exits 0, explains how to fix, and names a page that exists (or says there is none)', async () => {
    expect(ids.size).toBeGreaterThan(8);
    for (const [id, from] of ids) {
      const { code, stdout, stderr } = await runCli(['explain', id]);
      expect(code, `explain ${id} (suggested by ${from}): ${stderr}`).toBe(0);
      expect(stdout.startsWith(`${id}: `), id).toBe(true);
      expect(stdout).toContain('How to fix:');
      const pages = stdout.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.md'));
      const local = pages.find((p) => isAbsolute(p));
      const online = pages.find((p) => p.startsWith('https://'));
      expect(local && existsSync(local), `${id}: ${stdout}`).toBe(true);
      expect(online).toMatch(/^https:\/\/github\.com\/deploy-gate\/deploy-gate\/blob\/HEAD\/docs\/.+\.md$/);
      if (id.includes('/')) {
        expect(stdout).toContain('deploy-gate has no page for it');
        expect(online).toMatch(/docs\/policy-pack\.md$/);
      } else {
        expect(local).toBe(join(root, 'docs', 'rules', `${id}.md`));
        expect(online).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
      }
    }
  }, 120_000);

  test('another pack\'s policy: its pack, its policy, and, given the plan, the message it reported', async () => {
    const { code, stdout } = await runCli(['explain', 'analyzerA/always-fails', 'test/fixtures/pulumi/engine-policy-mandatory-violation.events.ndjson']);
    expect(code).toBe(0);
    expect(stdout).toContain('pack: analyzerA');
    expect(stdout).toContain('policy: always-fails');
    expect(stdout).toMatch(/message \(block, urn:pulumi:test::test::pkgA:m:typA::resA in stack \S+\): a policy failed/);
    const without = await runCli(['explain', 'analyzerA/always-fails']);
    expect(without.stdout).toContain('shown in the report under the finding');
  });

  test('deploy-gate\'s own pack names its rules deploy-gate/<rule>: that is the rule', async () => {
    const { code, stdout } = await runCli(['explain', 'deploy-gate/no-stateful-delete']);
    expect(code).toBe(0);
    expect(stdout).toContain("deploy-gate/no-stateful-delete is deploy-gate's own rule no-stateful-delete");
    expect(stdout).toContain(join(root, 'docs', 'rules', 'no-stateful-delete.md'));
  });

  test('an unknown id is still exit 2, listing the known ones', async () => {
    const { code, stderr } = await runCli(['explain', 'no-such-rule']);
    expect(code).toBe(2);
    expect(stderr).toContain('Known rules: no-stateful-delete');
  });
});

/** A placeholder written in the renderer's count syntax (`{days:day}`, `{n:entry:entries}`): never for a reader. */
const COUNT_SYNTAX = /\{\w+:[^{}]*\}/;

describe('message templates as a reader sees them', () => {
  const engine = ['plan-incomplete', 'rule-error'];

  test.for([...rules.map((r) => r.id), ...engine])('deploy-gate explain %s shows every message, with no {key:noun} syntax left', async (id) => {
    const { code, stdout } = await runCli(['explain', id]);
    expect(code).toBe(0);
    expect(stdout).toContain('Messages (each {name} stands for a value taken from the plan):');
    expect(stdout).not.toMatch(COUNT_SYNTAX);
    const rule = rules.find((r) => r.id === id);
    for (const [messageId, template] of Object.entries(rule?.messages ?? {})) {
      // Each message is listed under its id, its placeholders kept as {key} so a reader sees what varies.
      const line = stdout.split('\n').find((l) => l.startsWith(`  ${messageId}: `));
      expect(line, messageId).toBeDefined();
      for (const key of [...template.matchAll(/\{(\w+)/g)].map((m) => m[1])) expect(line, messageId).toContain(`{${key}}`);
    }
  });

  test('the count of a template reads as a number of days: explain and the rule\'s page say it the same way', async () => {
    const expected = 'deletes every object {days} days after it is written';
    expect((await runCli(['explain', 'no-protection-downgrade'])).stdout).toContain(`  expiryShortened: {address}: lifecycle rule {rule} ${expected}`);
    expect(readFileSync(join(root, 'docs', 'rules', 'no-protection-downgrade.md'), 'utf8')).toContain(`- \`expiryShortened\`: {address}: lifecycle rule {rule} ${expected}`);
  });

  test('no page of docs/rules shows the count syntax', () => {
    const pages = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThanOrEqual(rules.length + engine.length);
    for (const page of pages) expect(readFileSync(join(root, 'docs', 'rules', page), 'utf8'), page).not.toMatch(COUNT_SYNTAX);
  });
});

describe('the online address comes from package.json', () => {
  test.for([
    [{ repository: { url: 'git+https://github.com/deploy-gate/deploy-gate.git' } }, 'https://github.com/deploy-gate/deploy-gate'],
    [{ repository: 'git@github.com:acme/gate.git' }, 'https://github.com/acme/gate'],
    [{ repository: 'github:acme/gate' }, 'https://github.com/acme/gate'],
    [{ repository: 'acme/gate' }, 'https://github.com/acme/gate'],
    [{ homepage: 'https://gate.example/docs#readme' }, 'https://gate.example/docs'],
    [{}, undefined],
  ] as const)('%j → %s', ([manifest, url]) => {
    expect(repositoryWebUrl(manifest)).toBe(url);
  });

  test('this package.json names the repository the links use', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Parameters<typeof repositoryWebUrl>[0];
    expect(repositoryWebUrl(manifest)).toBe('https://github.com/deploy-gate/deploy-gate');
  });
});
