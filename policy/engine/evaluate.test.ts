// Engine behaviour that no single rule owns: exemptions, approvals, rule errors, failures.
import { describe, expect, test } from 'vitest';
import { defineRule } from './define-rule.js';
import { resolveConfig } from './config.js';
import { evaluate } from './evaluate.js';
import { unusedMessage, withWords } from './render.js';
import { globMatch } from './exemptions.js';
import { emptyPlan, type Plan, type Resource } from '../model/plan.js';

const volume = (address: string): Resource => ({
  address, type: 'aws_ebs_volume', name: address, mode: 'managed', properties: {}, unknown: [], protection: {}, references: [],
});

function planDeleting(...addresses: string[]): Plan {
  const plan = emptyPlan({ format: 'terraform-plan', kind: 'plan', file: 'prod/plan.json' });
  for (const address of addresses) {
    plan.changes.push({ resource: volume(address), action: 'delete', raw: 'delete', beforeProtection: {}, afterProtection: {}, reasons: [], destroysObject: true });
  }
  return plan;
}

const flagDeletes = defineRule({
  id: 'no-test-delete', title: 'Block test deletes', severity: 'critical', defaultLevel: 'block', scope: 'change', concern: 'destroys', pulumiPolicyType: 'stack',
  rationale: 'test', remediation: 'test', fix: 'test', links: ['https://example.com'], messages: { d: '{address} deleted' }, examples: { bad: [], good: [] },
  *check({ plan }) {
    for (const change of plan.changes) if (change.destroysObject) yield { messageId: 'd', resource: change.resource, change, data: {} };
  },
});
const now = new Date('2026-11-25T00:00:00Z');
const REPO = 'acme/infra';
const config = (document: unknown) => resolveConfig(document, ['no-test-delete']);

describe('exemption patterns', () => {
  test.for([
    ['aws_ebs_volume.scratch*', 'aws_ebs_volume.scratch_1', true],
    ['aws_ebs_volume.scratch*', 'aws_ebs_volume.scratch[0]', false],
    ['aws_ebs_volume.scratch*', 'module.prod.aws_ebs_volume.scratch', false],
    ['**.aws_ebs_volume.scratch', 'module.prod.aws_ebs_volume.scratch', true],
    ['urn:pulumi:dev::app::aws:ebs/volume:Volume::*', 'urn:pulumi:dev::app::aws:ebs/volume:Volume::tmp', true],
    ['*::tmp', 'urn:pulumi:prod::app::aws:rds/instance:Instance::tmp', false],
    ['aws_ebs_volume.a+b', 'aws_ebs_volume.aab', false],
  ] as const)('%s ~ %s: %s', ([pattern, value, matches]) => {
    expect(globMatch(pattern, value)).toBe(matches);
  });
});

describe('exemptions', () => {
  const exemption = { rule: 'no-test-delete', resource: 'aws_ebs_volume.scratch*', reason: 'rebuilt nightly' };

  test('clear the matching finding until they expire', () => {
    const report = evaluate([planDeleting('aws_ebs_volume.scratch_1', 'aws_ebs_volume.data')], {
      rules: [flagDeletes], now, config: config({ exemptions: [{ ...exemption, expires: '2026-12-31' }] }),
    });
    expect(report.findings.map((f) => [f.resource, f.level])).toEqual([['aws_ebs_volume.data', 'block'], ['aws_ebs_volume.scratch_1', 'exempt']]);
  });

  test('stop applying after their date, and say so', () => {
    const report = evaluate([planDeleting('aws_ebs_volume.scratch_1')], { rules: [flagDeletes], now, config: config({ exemptions: [{ ...exemption, expires: '2026-11-24' }] }) });
    expect(report.verdict).toBe('block');
    expect(report.unused).toEqual([{ kind: 'exemption', index: 0, rule: 'no-test-delete', resource: 'aws_ebs_volume.scratch*', expires: '2026-11-24', expired: true }]);
    expect(unusedMessage(report.unused[0]!, report.fingerprint)).toBe('the exemption of no-test-delete for aws_ebs_volume.scratch* expired on 2026-11-24 and no longer applies; remove it, or renew it with a new date');
  });

  test('never run more than a year: a configuration error, not an exemption that quietly never applies', () => {
    expect(() => resolveConfig({ exemptions: [{ ...exemption, expires: '2099-01-01' }] }, ['no-test-delete'], { now })).toThrow(/exemptions\[0\]\.expires: 2099-01-01 is more than 366 days ahead/);
  });

  test('that cleared nothing are reported, the used ones not, and the verdict does not change', () => {
    const report = evaluate([planDeleting('aws_ebs_volume.scratch_1', 'aws_ebs_volume.data')], {
      rules: [flagDeletes], now, config: config({ exemptions: [
        { ...exemption, expires: '2026-12-31' },
        { ...exemption, resource: 'aws_ebs_volume.tmp*', expires: '2026-12-31' },
        { ...exemption, expires: '2026-12-31', stack: 'staging/plan.json' },
      ] }),
    });
    expect(report.verdict).toBe('block');
    expect(report.unused.map((u) => u.kind === 'exemption' && [u.index, u.expired])).toEqual([[1, false], [2, false]]);
    expect(unusedMessage(report.unused[1]!, report.fingerprint)).toBe('the exemption of no-test-delete for aws_ebs_volume.scratch* in stack staging/plan.json matched no finding, so it cleared nothing; remove it, or correct its rule, resource or stack');
  });

  test('can be scoped to a stack', () => {
    const scoped = { ...exemption, expires: '2026-12-31', stack: 'staging/plan.json' };
    expect(evaluate([planDeleting('aws_ebs_volume.scratch_1')], { rules: [flagDeletes], now, config: config({ exemptions: [scoped] }) }).verdict).toBe('block');
  });

  test('with an impossible date are a config error', () => {
    expect(() => config({ exemptions: [{ ...exemption, expires: '2026-13-45' }] })).toThrow(/expires/);
  });
});

describe('approvals and failures', () => {
  test('an approval clears exactly its fingerprint: a superset of the changes is not approved', () => {
    const one = evaluate([planDeleting('aws_ebs_volume.a')], { rules: [flagDeletes], now });
    const approvals = [{ fingerprint: one.fingerprint!, repository: REPO, approver: 'alice', reason: 'retire a' }];
    expect(evaluate([planDeleting('aws_ebs_volume.a')], { rules: [flagDeletes], now, approvals, repository: REPO }).verdict).toBe('allow');
    expect(evaluate([planDeleting('aws_ebs_volume.a', 'aws_ebs_volume.b')], { rules: [flagDeletes], now, approvals, repository: REPO }).verdict).toBe('block');
  });

  test('an approval of another fingerprint is reported as unused; every approval of this one is used', () => {
    const one = evaluate([planDeleting('aws_ebs_volume.a')], { rules: [flagDeletes], now });
    const stale = { fingerprint: `sha256:${'0'.repeat(64)}`, repository: REPO, approver: 'carol', reason: 'an earlier push' };
    const approvals = [{ fingerprint: one.fingerprint!, repository: REPO, approver: 'alice', reason: 'retire a' }, stale, { fingerprint: one.fingerprint!, repository: REPO, approver: 'bob', reason: 'retire a' }];
    const report = evaluate([planDeleting('aws_ebs_volume.a')], { rules: [flagDeletes], now, approvals, repository: REPO });
    expect(report.verdict).toBe('allow');
    expect(report.unused).toEqual([{ kind: 'approval', index: 1, fingerprint: stale.fingerprint, repository: REPO, approver: 'carol', reason: 'fingerprint' }]);
    expect(unusedMessage(report.unused[0]!, report.fingerprint)).toBe(`the approval by carol of ${stale.fingerprint} cleared nothing (this report's fingerprint is ${one.fingerprint}); remove it`);
    // A plan with nothing to approve leaves every approval unused.
    const allowed = evaluate([planDeleting()], { rules: [flagDeletes], now, approvals: [stale], repository: REPO });
    expect(unusedMessage(allowed.unused[0]!, allowed.fingerprint)).toContain('(this report has nothing to approve)');
  });

  test('an approval clears its plan only in the repository it was given for: an identical plan elsewhere stays blocked', () => {
    const plan = () => planDeleting('aws_ebs_volume.a');
    const print = evaluate([plan()], { rules: [flagDeletes], now }).fingerprint!;
    const given = { fingerprint: print, repository: 'acme/billing', approver: 'mia', reason: 'retire a in billing' };
    // The fingerprint is the plan's alone: the same destructive part has the same one in both repositories.
    expect(evaluate([plan()], { rules: [flagDeletes], now, repository: 'acme/infra' }).fingerprint).toBe(print);
    expect(evaluate([plan()], { rules: [flagDeletes], now, approvals: [given], repository: 'acme/billing' }).verdict).toBe('allow');
    // GitHub's names are case-insensitive: Acme/Billing is the same repository.
    expect(evaluate([plan()], { rules: [flagDeletes], now, approvals: [given], repository: 'Acme/Billing' }).verdict).toBe('allow');

    const replayed = evaluate([plan()], { rules: [flagDeletes], now, approvals: [given], repository: 'acme/infra' });
    expect(replayed.verdict).toBe('block');
    expect(replayed.approvedBy).toBeUndefined();
    expect(replayed.repository).toBe('acme/infra');
    expect(replayed.unused).toEqual([{ kind: 'approval', index: 0, fingerprint: print, repository: 'acme/billing', approver: 'mia', reason: 'repository' }]);
    expect(unusedMessage(replayed.unused[0]!, replayed.fingerprint, replayed.repository)).toBe(
      "the approval by mia names this plan's fingerprint but was given for acme/billing, not acme/infra: an approval of another repository's plan " +
      'does not clear this one, however alike the plans are; a person approves this plan here');

    // No repository known: nothing can be checked, so nothing is cleared (fail closed).
    const unbound = evaluate([plan()], { rules: [flagDeletes], now, approvals: [given] });
    expect(unbound.verdict).toBe('block');
    expect(unbound.unused).toMatchObject([{ reason: 'no-repository' }]);
    expect(unusedMessage(unbound.unused[0]!, unbound.fingerprint)).toContain('pass --repository owner/name');
  });

  test('a failed plan blocks, and no approval clears it', () => {
    const plan = planDeleting('aws_ebs_volume.a');
    plan.failures.push({ message: 'errored' });
    const first = evaluate([plan], { rules: [flagDeletes], now });
    const approvals = [{ fingerprint: first.fingerprint!, repository: REPO, approver: 'alice', reason: 'retire a' }];
    const report = evaluate([plan], { rules: [flagDeletes], now, approvals, repository: REPO });
    expect(report.verdict).toBe('block');
    expect(report.findings.filter((f) => f.level === 'block').map((f) => f.rule)).toEqual(['plan-incomplete']);
  });

  test('a rule that throws blocks as rule-error, naming the rule', () => {
    const broken = { ...flagDeletes, id: 'no-broken', *check() { throw new Error('boom'); } };
    const report = evaluate([planDeleting()], { rules: [broken], now, config: resolveConfig({}, ['no-broken']) });
    expect(report.verdict).toBe('block');
    expect(report.findings[0]).toMatchObject({ rule: 'rule-error', messageId: 'threw', data: { rule: 'no-broken', problem: 'boom' } });
    expect(withWords(report)[0]).toMatchObject({ message: 'Rule no-broken could not evaluate this plan: boom' });
  });
});
