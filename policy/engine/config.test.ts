// deploy-gate.yml and approvals validation through the build-time compiled validators (validators.generated.ts):
// every problem named, rule ids checked against the registry passed in, as the closed schema did at run time.
import { describe, expect, test } from 'vitest';
import { parseApprovals } from './approvals.js';
import { ConfigError, resolveConfig } from './config.js';

const ids = ['no-a', 'no-b'];
function problems(document: unknown): string[] {
  try {
    resolveConfig(document, ids);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('resolveConfig', () => {
  test('a valid document has no problems, and an empty one is the defaults', () => {
    expect(problems({ rules: { 'no-a': 'warn' }, tagKeys: ['env'], exemptions: [{ rule: 'no-b', resource: 'x.*', reason: 'why not', expires: '2026-12-31' }] })).toEqual([]);
    expect(resolveConfig({}, ids).protectedEnvironments).toEqual(['prod']);
  });

  test('an unknown rule id, under rules or in an exemption, is named', () => {
    expect(problems({ rules: { 'no-such-rule': 'off' } })).toEqual(["rules: unknown key 'no-such-rule'"]);
    expect(problems({ exemptions: [{ rule: 'no-c', resource: 'x', reason: 'why not', expires: '2026-12-31' }] })).toEqual(['exemptions.0.rule: must be one of no-a, no-b']);
  });

  test('every schema problem is named, not only the first', () => {
    const found = problems({ tagKeys: [], rules: { 'no-a': 'sometimes' }, environments: { prod: { accounts: ['12'] } }, bogus: 1, exemptions: [{ rule: 'no-a', resource: '', reason: 'x', expires: '2026-13-01' }] });
    expect(found).toEqual(expect.arrayContaining([
      "(top level): unknown key 'bogus'",
      'tagKeys: must NOT have fewer than 1 items',
      'rules.no-a: must be one of block, warn, off',
      'environments.prod.accounts.0: must match pattern "^[0-9]{12}$"',
      'exemptions.0.resource: must NOT have fewer than 1 characters',
      'exemptions.0.reason: must NOT have fewer than 3 characters',
    ]));
    expect(found.some((p) => p.startsWith('exemptions.0.expires: must match pattern'))).toBe(true);
  });

  test('minLength counts characters, not UTF-16 units', () => {
    // Two astral characters are two characters (four UTF-16 units): still shorter than the 3 a reason needs.
    expect(problems({ exemptions: [{ rule: 'no-a', resource: 'x', reason: '😀😀', expires: '2026-12-31' }] })).toEqual(['exemptions.0.reason: must NOT have fewer than 3 characters']);
  });
});

describe('parseApprovals', () => {
  const fingerprint = `sha256:${'a'.repeat(64)}`;
  test('a list or {approvals: [...]}', () => {
    expect(parseApprovals([{ fingerprint, approver: 'me', reason: 'ok go' }]).problems).toEqual([]);
    expect(parseApprovals({ approvals: [{ fingerprint, approver: 'me', reason: 'ok go' }] }).approvals).toHaveLength(1);
  });
  test('every problem named', () => {
    const { approvals, problems: found } = parseApprovals([{ fingerprint: 'sha256:nope', approver: '', reason: 'ok', extra: 1 }]);
    expect(approvals).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['/0: must NOT have additional properties', '/0/fingerprint: must match pattern "^sha256:[0-9a-f]{64}$"', '/0/approver: must NOT have fewer than 1 characters', '/0/reason: must NOT have fewer than 3 characters']));
    expect(parseApprovals('nope').problems).toEqual(['(top level): must be array']);
  });
});
