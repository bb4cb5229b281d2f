// Findings stay data (message id + placeholder values) until engine/render.ts: one place fills templates, cleans
// plan text of control characters, shortens it, and (for the CrossGuard pack) hides it.
import { describe, expect, test } from 'vitest';
import { defineRule } from './define-rule.js';
import { resolveConfig } from './config.js';
import { evaluate } from './evaluate.js';
import { HIDDEN, MAX_VALUE_CHARS, Renderer, formatMessage, withWords } from './render.js';
import { emptyPlan, type Plan } from '../model/plan.js';

function planDeleting(tag: string): Plan {
  const plan = emptyPlan({ format: 'terraform-plan', kind: 'plan', file: 'prod/plan.json' });
  const resource = { address: 'aws_ebs_volume.data', type: 'aws_ebs_volume', name: 'data', mode: 'managed' as const, properties: { tags: { team: tag } }, unknown: [], protection: {}, references: [] };
  plan.changes.push({ resource, action: 'delete', raw: 'delete', beforeProtection: {}, afterProtection: {}, reasons: [], destroysObject: true });
  return plan;
}

const tagged = defineRule({
  id: 'no-test-tagged', title: 'Tagged deletes', severity: 'high', defaultLevel: 'block', scope: 'change', concern: 'destroys', pulumiPolicyType: 'stack',
  rationale: 'test', remediation: 'Keep it.', fix: 'Keep it.', links: ['https://example.com'],
  messages: { d: '{address} of team {team} is deleted ({count} of them)' }, planText: ['team'], examples: { bad: [], good: [] },
  *check({ plan }) {
    for (const change of plan.changes) yield { messageId: 'd', resource: change.resource, change, data: { team: String((change.resource.properties.tags as { team: string }).team), count: 1 } };
  },
});
const now = new Date('2026-11-25T00:00:00Z');
const run = (tag: string) => evaluate([planDeleting(tag)], { rules: [tagged], now, config: resolveConfig({}, [tagged.id]) });

describe('findings are data until the renderer', () => {
  test('a finding carries its message id and data, not words; the report carries the texts of its rules', () => {
    const report = run('storage');
    expect(report.findings[0]).toMatchObject({ messageId: 'd', data: { address: 'aws_ebs_volume.data', type: 'aws_ebs_volume', team: 'storage', count: 1 } });
    expect(report.findings[0]).not.toHaveProperty('message');
    expect(report.texts).toEqual({ [tagged.id]: { title: 'Tagged deletes', messages: tagged.messages, remediation: 'Keep it.', fix: 'Keep it.', planText: ['team'] } });
    expect(new Renderer(report).message(report.findings[0]!)).toBe('aws_ebs_volume.data of team storage is deleted (1 of them)');
  });

  test('plan text loses control characters and bidirectional overrides; line breaks stay', () => {
    const [finding] = withWords(run('ev\u001b[31mil\u202e\u0007 line\nnext'));
    expect(finding!.message).toBe('aws_ebs_volume.data of team ev[31mil line\nnext is deleted (1 of them)');
  });

  test('a long value is shortened, not pasted whole', () => {
    const [finding] = withWords(run('x'.repeat(5_000)));
    expect(finding!.data.team).toHaveLength(MAX_VALUE_CHARS);
    expect(String(finding!.data.team).endsWith('…')).toBe(true);
  });

  test('under hidePlanText the rule\'s plan-text values are hidden, its other data stays', () => {
    const [finding] = withWords(run('hunter2'), { hidePlanText: true });
    expect(finding!.message).toBe(`aws_ebs_volume.data of team ${HIDDEN} is deleted (1 of them)`);
    expect(finding!.data).toMatchObject({ team: HIDDEN, count: 1, address: 'aws_ebs_volume.data' });
  });

  test('what cleared a finding is data too, and the renderer says it', () => {
    const report = evaluate([planDeleting('a')], {
      rules: [tagged], now, config: resolveConfig({ exemptions: [{ rule: tagged.id, resource: 'aws_ebs_volume.data', expires: '2026-12-31', reason: 'rebuilt\u001b nightly' }] }, [tagged.id]),
    });
    expect(report.findings[0]).toMatchObject({ level: 'exempt', cleared: { by: 'exemption', expires: '2026-12-31' } });
    expect(withWords(report)[0]!.clearedBy).toBe('exempt until 2026-12-31: rebuilt nightly');
  });

  test('an unfilled placeholder stays visible, and a prototype key is never a placeholder value', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatMessage('{constructor}', {})).toBe('{constructor}');
  });
});
