// Every real plan we hold must be read, and read right: the shared fixtures (copied into test/fixtures with
// their SOURCES.md) and the Terraform plans Debian ships in golang-github-hashicorp-terraform-json-dev.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../policy/engine/evaluate.js';
import { withWords } from '../../policy/engine/render.js';
import { rules } from '../../policy/rules/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { readPlanFile } from '../../src/readers/read-plan.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const planFiles = (dir: string) => readdirSync(join(fixtures, dir)).filter((f) => /\.(json|ndjson)$/.test(f) && f !== 'expected.json').map((f) => join(fixtures, dir, f));
const DEBIAN_TESTDATA = '/usr/share/gocode/src/github.com/hashicorp/terraform-json/testdata';

interface Expected {
  format: 'terraform' | 'pulumi-preview' | 'pulumi-export' | 'pulumi-events';
  deletes_data: boolean | null;
  errored: boolean;
  secret?: string;
  destroyed: string[];
}
const expected = JSON.parse(readFileSync(join(fixtures, 'real-world', 'expected.json'), 'utf8')) as Record<string, Expected>;

async function gate(file: string) {
  const plan = await readPlanFile(file);
  return { plan, report: evaluate([plan], { rules }) };
}

// The fixtures are named by what wrote them (SOURCES.md): detection must agree with the name, on every one.
const FORMAT_BY_SUFFIX: Array<[RegExp, string]> = [
  [/\.plan\.json$/, 'terraform-plan'],
  [/\.preview\.json$/, 'pulumi-preview'],
  [/\.stack-export\.json$/, 'pulumi-state'],
  [/\.events\.ndjson$/, 'pulumi-events'],
  [/\.cdk\.tf\.json$/, 'cdktf-synth'],
];

describe('every shared fixture is read, as the format that wrote it', () => {
  test.for([...planFiles('terraform'), ...planFiles('pulumi'), ...planFiles('real-world')])('%s', async (file) => {
    const { plan } = await gate(file);
    const expectedFormat = FORMAT_BY_SUFFIX.find(([suffix]) => suffix.test(file))?.[1];
    expect(expectedFormat).toBeDefined();
    expect(plan.source.format).toBe(expectedFormat);
  });
});

describe('real-world plans get the verdict their facts call for (expected.json)', () => {
  test.for(Object.entries(expected))('%s', async ([name, facts]) => {
    const { plan, report } = await gate(join(fixtures, 'real-world', name));
    const formatFamily = { 'terraform-plan': 'terraform', 'pulumi-state': 'pulumi-export' }[plan.source.format as string] ?? plan.source.format;
    expect(formatFamily).toBe(facts.format);
    const deletes = report.findings.filter((f) => f.rule === 'no-stateful-delete');
    if (facts.deletes_data === false) expect(deletes).toEqual([]);
    if (facts.deletes_data === true) expect(deletes.map((f) => f.resource).sort()).toEqual([...facts.destroyed].sort());
    // A plan its tool marked failed is never read as "no changes".
    if (facts.errored) expect(report.verdict).toBe('block');
    expect(report.findings.some((f) => f.rule === 'plan-incomplete')).toBe(facts.errored);
  });
});

describe('no output ever prints a sensitive value', () => {
  const withSecrets = Object.entries(expected).filter(([, facts]) => facts.secret);
  test('the fixture set has secrets to look for', () => expect(withSecrets.length).toBeGreaterThanOrEqual(4));
  test.for(withSecrets)('%s', async ([name, facts]) => {
    const { plan, report } = await gate(join(fixtures, 'real-world', name));
    const outputs = [renderJson(report), renderMarkdown(report), renderSarif(report, rules, '0.0.0'), renderText(report, { color: false }), JSON.stringify(plan)];
    for (const output of outputs) expect(output).not.toContain(facts.secret);
  });
});

describe('Terraform facts from shared/fixtures/terraform', () => {
  test('an errored plan (prevent_destroy refused a replacement) blocks as incomplete', async () => {
    const { report } = await gate(join(fixtures, 'terraform', 'tf111-prevent-destroy-errored.plan.json'));
    expect(report.findings.map((f) => f.rule)).toContain('plan-incomplete');
    expect(report.verdict).toBe('block');
  });

  test('a -target plan that leaves a removed resource\'s delete out blocks as incomplete and says why', async () => {
    // Real output (SOURCES.md): the configuration dropped terraform_data.database, the plan targeted the app, so
    // resource_changes holds only the app's update while prior_state still holds the database; complete: false.
    const file = join(fixtures, 'terraform', 'tf111-target-hides-delete.plan.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { complete: boolean; errored: boolean; resource_changes: { address: string }[]; prior_state: { values: { root_module: { resources: { address: string }[] } } } };
    expect({ complete: raw.complete, errored: raw.errored }).toEqual({ complete: false, errored: false });
    expect(raw.resource_changes.map((r) => r.address)).toEqual(['terraform_data.app']);
    expect(raw.prior_state.values.root_module.resources.map((r) => r.address)).toContain('terraform_data.database');
    const { report } = await gate(file);
    expect(report.verdict).toBe('block');
    const incomplete = report.findings.find((f) => f.rule === 'plan-incomplete');
    expect(incomplete).toBeDefined();
    const text = renderText(report, { color: false });
    expect(text).toMatch(/made with -target/);
    expect(text).toMatch(/gate the whole plan/);
  });

  test('refresh-only plans pass', async () => {
    const { report } = await gate(join(fixtures, 'terraform', 'tf111-refresh-only.plan.json'));
    expect(report.verdict).toBe('allow');
  });

  test('every action list of the mixed plan is classified, forget never destroys', async () => {
    const { plan } = await gate(join(fixtures, 'terraform', 'tf111-mixed-destructive.plan.json'));
    const byRaw = new Map(plan.changes.map((c) => [c.raw, c]));
    expect(byRaw.get('delete,create')?.destroysObject).toBe(true);
    expect(byRaw.get('create,delete')?.destroysObject).toBe(true);
    expect(byRaw.get('delete')?.destroysObject).toBe(true);
    expect(byRaw.get('forget')?.destroysObject).toBe(false);
    expect(plan.changes.filter((c) => c.destroysObject)).toHaveLength(11);
  });

  test('the removed-block signature keeps its action_reason', async () => {
    const { plan } = await gate(join(fixtures, 'terraform', 'tf111-prevent-destroy-block-removed.plan.json'));
    expect(plan.changes[0]?.reasons).toEqual(['delete_because_no_resource_config']);
  });

  test('destroy-mode deletes carry no action_reason and still destroy', async () => {
    const { plan } = await gate(join(fixtures, 'terraform', 'tf111-destroy-mode.plan.json'));
    expect(plan.changes.every((c) => c.destroysObject && c.reasons.length === 0)).toBe(true);
  });

  test('an S3 bucket whose block was removed is blocked (snyk plan)', async () => {
    const { report } = await gate(join(fixtures, 'terraform', 'snyk-tf122-s3-delete-update.plan.json'));
    expect(report.findings.filter((f) => f.rule === 'no-stateful-delete').map((f) => [f.resource, f.messageId])).toEqual([
      ['aws_s3_bucket.delete_bucket', 'blockRemoved'],
    ]);
  });
});

// Where CI installed the package it must be found: a skip there would stop reading those real plans unnoticed.
test.runIf(process.env.DEPLOY_GATE_REQUIRE_TFJSON === '1')('the Debian testdata CI installed is found', () => {
  expect(existsSync(DEBIAN_TESTDATA), `DEPLOY_GATE_REQUIRE_TFJSON is set but ${DEBIAN_TESTDATA} is missing`).toBe(true);
});

describe.runIf(existsSync(DEBIAN_TESTDATA))('Debian golang-github-hashicorp-terraform-json-dev testdata', () => {
  const plans = existsSync(DEBIAN_TESTDATA)
    ? readdirSync(DEBIAN_TESTDATA).map((d) => join(DEBIAN_TESTDATA, d, 'plan.json')).filter((f) => existsSync(f))
    : [];
  test('ships plans', () => expect(plans.length).toBeGreaterThanOrEqual(10));
  test.for(plans)('%s', async (file) => {
    const { plan, report } = await gate(file);
    expect(plan.source.format).toBe('terraform-plan');
    expect(report.findings.filter((f) => f.rule === 'plan-incomplete')).toEqual([]);
  });
});

describe('Pulumi facts from shared/fixtures/pulumi', () => {
  test('protect refusing a replacement fails the run: the engine message and the resource are surfaced', async () => {
    const { report } = await gate(join(fixtures, 'pulumi', 'engine-protect-blocks-replace.events.ndjson'));
    const [failure] = withWords(report).filter((f) => f.rule === 'plan-incomplete');
    expect(report.verdict).toBe('block');
    expect(failure?.resource).toBe('urn:pulumi:test::test::pkgA:index:typ::resA');
    expect(failure?.message).toContain('as it is currently marked for protection');
    expect(failure?.message).not.toContain('{%');
  });

  test('a mandatory policyEvent from any pack blocks, named by pack and policy', async () => {
    const { report } = await gate(join(fixtures, 'pulumi', 'engine-policy-mandatory-violation.events.ndjson'));
    expect(report.findings.filter((f) => f.rule.includes('/')).map((f) => [f.rule, f.level])).toEqual([['analyzerA/always-fails', 'block']]);
  });

  test('a retainOnDelete delete is still a delete, marked as retained', async () => {
    const { plan } = await gate(join(fixtures, 'pulumi', 'engine-retainondelete-delete.events.ndjson'));
    const deletes = plan.changes.filter((c) => c.raw === 'delete');
    expect(deletes.length).toBeGreaterThan(0);
    expect(deletes.every((c) => c.destroysObject && c.beforeProtection.retainOnDelete)).toBe(true);
  });

  test('a default preview shows a replacement as one replace step; hidden sames are noted', async () => {
    const { plan } = await gate(join(fixtures, 'pulumi', 'driftadopter-aws-s3-iam-sg-replace.preview.json'));
    expect(plan.changes.filter((c) => c.action === 'replace').map((c) => c.raw)).toEqual(['replace']);
    expect(plan.notes.some((n) => n.includes('unchanged resources are not in this preview'))).toBe(true);
  });
});
