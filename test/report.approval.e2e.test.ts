// Issue 10: "Never offer an approval that cannot clear the block." A failed plan (plan-incomplete) or a rule that
// could not judge it (rule-error) blocks whatever is approved; every format says what to fix instead of inviting an
// approval, and an approval that was given is said to be recorded, not to have cleared anything.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { defineRule } from '../policy/engine/define-rule.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { emptyPlan } from '../policy/model/plan.js';
import { rules } from '../policy/rules/index.js';
import { parsePlanText } from '../src/readers/read-plan.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { runCli } from './support/gate-cli.js';

const root = join(import.meta.dirname, '..');
// A real plan that deletes a bucket (no-stateful-delete, approvable), marked failed the way Terraform marks it.
const DELETES = join(root, 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json');
const APPROVE_INVITATION = /approve this exact plan|\/deploy-gate approve|approves exactly this plan|approvals file passed with|YAML file passed with --approvals|a maintainer can approve/i;

let dir: string;
let failed: string;
let approvals: string;
let fingerprint: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-gate-unapprovable-'));
  failed = join(dir, 'failed.plan.json');
  writeFileSync(failed, JSON.stringify({ ...JSON.parse(readFileSync(DELETES, 'utf8')), errored: true }));
  const json = JSON.parse((await runCli(['check', failed, '--output', 'json'])).stdout) as { fingerprint: string };
  fingerprint = json.fingerprint;
  approvals = join(dir, 'approvals.yml');
  writeFileSync(approvals, `- fingerprint: "${fingerprint}"\n  repository: acme/infra\n  approver: alice\n  reason: the bucket was emptied and archived\n  expires: "${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}"\n`);
});

describe('a failed plan that also deletes data', () => {
  test('text: no approval offered, what to fix named, and the stateful-delete fix does not say to approve', async () => {
    const { code, stdout } = await runCli(['check', failed]);
    expect(code).toBe(1);
    expect(stdout).toContain('no-stateful-delete: delete aws_s3_bucket.delete_bucket');
    expect(stdout).toContain('plan-incomplete: the plan as a whole');
    expect(stdout).not.toMatch(APPROVE_INVITATION);
    expect(stdout).not.toContain(fingerprint);
    const flat = stdout.replace(/\n */g, ' ');
    expect(flat).toContain('No approval can clear this block: plan-incomplete is never approvable. Fix it first, then gate the new plan:');
    expect(flat).toMatch(/- plan-incomplete \(stack \S+failed\.plan\.json\): Fix the error and plan again\./);
    expect(flat).toContain('fix: Keep the resource (restore its code); no approval can clear this plan until its failed-plan or rule-error block is fixed.');
  });

  test('markdown (the PR comment and job summary): no approval section, a section saying what to fix', async () => {
    const { code, stdout } = await runCli(['check', failed, '--output', 'markdown']);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(APPROVE_INVITATION);
    expect(stdout).not.toContain('### Approve this exact plan');
    expect(stdout).toContain('### No approval can clear this plan');
    expect(stdout).toContain('### 🛑 Cannot be judged (1 problem)');
    expect(stdout).toContain('- ⛔ **the plan as a whole**: `plan-incomplete`');
    // The section that cannot be approved comes first: it is what must be fixed before anything else.
    expect(stdout.indexOf('### 🛑 Cannot be judged')).toBeLessThan(stdout.indexOf('### 💥 Destroys data'));
  });

  test('json: the unapprovable blocks are listed with their fix, and no remediation asks for an approval', async () => {
    const { code, stdout } = await runCli(['check', failed, '--output', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { unapprovable: Array<{ rule: string; fix: string; message: string }>; findings: Array<{ rule: string; remediation: string }> };
    expect(report.unapprovable).toEqual([expect.objectContaining({ rule: 'plan-incomplete', fix: 'Fix the error and plan again.', message: expect.stringContaining('terraform reported this plan as failed') })]);
    const remediation = report.findings.find((f) => f.rule === 'no-stateful-delete')?.remediation ?? '';
    expect(remediation).toContain('No approval can clear this plan yet');
    expect(remediation).not.toMatch(/have a person with write access approve/);
  });

  test('with an approval of its fingerprint: still blocked, the approval said to be recorded, no invitation to approve again', async () => {
    const { code, stdout } = await runCli(['check', failed, '--approvals', approvals, '--repository', 'acme/infra']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✖ BLOCKED: the tool reported the plan as failed or incomplete/);
    expect(stdout).toContain('APPROVED no-stateful-delete');
    expect(stdout).not.toMatch(APPROVE_INVITATION);
    const flat = stdout.replace(/\n +/g, ' ').replace(/\n/g, ' ');
    expect(flat).toContain('The approval by alice is recorded, but it cannot clear plan-incomplete: the plan stays blocked until that is fixed.');
    expect(stdout).toContain(`Fingerprint: ${fingerprint}`);
    const markdown = (await runCli(['check', failed, '--approvals', approvals, '--repository', 'acme/infra', '--output', 'markdown'])).stdout;
    expect(markdown).not.toMatch(APPROVE_INVITATION);
    expect(markdown).toContain('The approval by alice is recorded, but it cannot clear plan-incomplete');
    expect(markdown).toContain('- `plan-incomplete` (stack `');
  });

  test('the same plan, not failed: the approval is offered, and the fix says so', async () => {
    const { stdout } = await runCli(['check', DELETES]);
    expect(stdout).toContain('/deploy-gate approve sha256:');
    expect(stdout).toContain('or have a maintainer approve this exact plan');
    expect(stdout).not.toContain('No approval can clear');
    expect(JSON.parse((await runCli(['check', DELETES, '--output', 'json'])).stdout)).toMatchObject({ unapprovable: [] });
  });
});

describe('a rule that could not judge the plan', () => {
  const throws = defineRule({
    id: 'no-test-throw', title: 'Throws', severity: 'critical', defaultLevel: 'block', scope: 'change', concern: 'destroys', pulumiPolicyType: 'stack',
    rationale: 'test', remediation: 'test', fix: 'test', links: ['https://example.com'], messages: { m: '{address}' }, examples: { bad: [], good: [] },
    *check() {
      throw new Error('boom');
    },
  });

  test('blocks a plan whose deletions are approvable without offering the approval, in every format', () => {
    const plan = parsePlanText(readFileSync(DELETES, 'utf8'), 'plan.json');
    const report = evaluate([plan], { rules: [...rules, throws] });
    expect(report.unapprovable.map((f) => f.rule)).toEqual(['rule-error']);
    expect(report.fingerprint).toMatch(/^sha256:/);
    for (const out of [renderText(report, { color: false }), renderMarkdown(report), renderMarkdown(report, { approveHint: 'file' }), renderJson(report)]) {
      expect(out).not.toMatch(APPROVE_INVITATION);
      expect(out).toMatch(/rule-error/);
    }
    expect(renderText(report, { color: false }).replace(/\n +/g, ' ')).toContain('- rule-error (stack plan.json): Report it as a deploy-gate bug.');
  });

  test('a plan with nothing to approve and nothing unapprovable offers nothing either way', () => {
    const report = evaluate([emptyPlan({ format: 'terraform-plan', kind: 'plan', file: 'empty.json' })], { rules });
    expect(report.unapprovable).toEqual([]);
    expect(renderText(report, { color: false })).not.toMatch(/No approval can clear|approve/);
  });
});

describe('the rules\' own words', () => {
  test('a rule whose fix or remediation offers an approval says it without one when no approval can clear the plan', () => {
    const offers = /approv/i;
    for (const rule of rules) {
      if (!offers.test(rule.fix) && !/approve this plan/i.test(rule.remediation)) continue;
      expect(rule.withoutApproval, rule.id).toBeDefined();
      expect(rule.withoutApproval!.fix, rule.id).not.toMatch(/or have a maintainer approve|approve this/i);
      expect(rule.withoutApproval!.remediation, rule.id).not.toMatch(/have a person with write access approve/i);
    }
    expect(rules.filter((r) => r.withoutApproval).map((r) => r.id)).toContain('no-stateful-delete');
  });
});
