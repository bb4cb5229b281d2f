// deploy-gate.yml and approvals validation through the build-time compiled validators (validators.generated.ts):
// every problem named by its key path, in words, with the nearest valid key or value; rule ids checked against the
// registry passed in; dates checked against the calendar and against today.
import { describe, expect, test } from 'vitest';
import { MAX_APPROVAL_DAYS, parseApprovals } from './approvals.js';
import { configDefaults, ConfigError, MAX_EXEMPTION_DAYS, resolveConfig } from './config.js';
import { calendarDay } from './dates.js';

const ids = ['no-stateful-delete', 'no-protection-downgrade'];
const now = new Date('2026-12-03T07:30:00Z');
function problems(document: unknown): string[] {
  try {
    resolveConfig(document, ids, { now });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
const exemption = (fields: Record<string, unknown>) => ({ exemptions: [{ rule: 'no-stateful-delete', resource: 'x.*', reason: 'why not', expires: '2026-12-31', ...fields }] });

describe('resolveConfig', () => {
  test('a valid document has no problems, and an empty one is the defaults', () => {
    expect(problems({ rules: { 'no-protection-downgrade': 'warn' }, tagKeys: ['env'], ...exemption({}) })).toEqual([]);
    const resolved = resolveConfig({}, ids, { now });
    expect(resolved.protectedEnvironments).toEqual(configDefaults.protectedEnvironments);
    expect(resolved.catalog.guessUnknownTypes).toBe(configDefaults.dataTypes.guessUnknown);
    expect(resolved.environments.tagKeys).toEqual(configDefaults.tagKeys);
  });

  test('a dataTypes.extra entry without a kind gets the default kind', () => {
    expect(resolveConfig({ dataTypes: { extra: [{ type: 'acme_blob_store' }] } }, ids, { now }).catalog.extraDataTypes)
      .toEqual([{ type: 'acme_blob_store', kind: configDefaults.dataTypes.extraKind }]);
  });

  test('an unknown rule id, under rules or in an exemption, is named with the nearest id', () => {
    expect(problems({ rules: { 'no-statful-delete': 'off' } })).toEqual(["rules: unknown rule id 'no-statful-delete'; did you mean no-stateful-delete?"]);
    expect(problems(exemption({ rule: 'no-protection-downgarde' }))).toEqual(["exemptions[0].rule: unknown rule id 'no-protection-downgarde'; did you mean no-protection-downgrade?"]);
    // Nothing near: the valid ids instead.
    expect(problems({ rules: { 'no-such-rule': 'off' } })).toEqual(["rules: unknown rule id 'no-such-rule' (rule ids: no-stateful-delete, no-protection-downgrade)"]);
  });

  test('an unknown key is named with the nearest key at that place, or the valid keys', () => {
    expect(problems({ exemption: [] })).toEqual(["(its top level): unknown key 'exemption'; did you mean exemptions?"]);
    expect(problems({ dataTypes: { guesUnknown: false } })).toEqual(["dataTypes: unknown key 'guesUnknown'; did you mean guessUnknown?"]);
    expect(problems({ environments: { prod: { zzz: [] } } })).toEqual(["environments.prod: unknown key 'zzz' (valid keys: aliases, accounts, stacks, namePatterns)"]);
  });

  test('an unknown level or data kind is named with the nearest valid one', () => {
    expect(problems({ rules: { 'no-stateful-delete': 'wran' } })).toEqual(["rules.no-stateful-delete: unknown level 'wran' (one of block, warn, off); did you mean warn?"]);
    const [kind] = problems({ dataTypes: { extra: [{ type: 'acme_blob_store', kind: 'databse' }] } });
    expect(kind).toMatch(/^dataTypes\.extra\[0\]\.kind: unknown data kind 'databse' \(one of volume, snapshot, database, .*persistent-volume\); did you mean database\?$/);
  });

  test('every schema problem is named, in words, not ajv\'s', () => {
    const found = problems({ tagKeys: [], rules: { 'no-stateful-delete': 'sometimes' }, environments: { prod: { accounts: ['12'] } }, bogus: 1, exemptions: [{ rule: 'no-stateful-delete', resource: '', reason: 'x' }] });
    expect(found).toEqual([
      "(its top level): unknown key 'bogus' (valid keys: tagKeys, protectedEnvironments, environments, rules, dataTypes, exemptions)",
      'tagKeys: must list at least one entry',
      "environments.prod.accounts[0]: '12' is not an AWS account id (12 digits)",
      "rules.no-stateful-delete: unknown level 'sometimes' (one of block, warn, off)",
      "exemptions[0]: missing key 'expires'",
      'exemptions[0].resource: must not be empty',
      'exemptions[0].reason: must be at least 3 characters long',
    ]);
    expect(problems(['a list'])).toEqual(['(its top level): must be a mapping (key: value), not a list']);
    expect(problems({ protectedEnvironments: 'prod' })).toEqual(['protectedEnvironments: must be a list, not a text value']);
    expect(found.join('\n')).not.toMatch(/must NOT|\(\/|instancePath/);
  });

  test('minLength counts characters, not UTF-16 units', () => {
    // Two astral characters are two characters (four UTF-16 units): still shorter than the 3 a reason needs.
    expect(problems(exemption({ reason: '😀😀' }))).toEqual(['exemptions[0].reason: must be at least 3 characters long']);
  });

  test('a regular expression that does not compile is named, every one', () => {
    expect(problems({ environments: { prod: { namePatterns: ['^prod-', '(['] }, dev: { namePatterns: ['*'] } } })).toEqual([
      "environments.prod.namePatterns[1]: '([' is not a valid regular expression",
      "environments.dev.namePatterns[0]: '*' is not a valid regular expression",
    ]);
  });
});

describe('exemption dates', () => {
  test('an impossible or malformed date is an error, not a date that never comes', () => {
    expect(problems(exemption({ expires: '2027-02-30' }))).toEqual(['exemptions[0].expires: 2027-02-30 is not a calendar date']);
    expect(problems(exemption({ expires: '2027-13-01' }))).toEqual(['exemptions[0].expires: 2027-13-01 is not a calendar date']);
    expect(problems(exemption({ expires: 'next week' }))).toEqual(["exemptions[0].expires: 'next week' is not a date (YYYY-MM-DD)"]);
    expect(problems(exemption({ expires: '2027-1-31' }))).toEqual(["exemptions[0].expires: '2027-1-31' is not a date (YYYY-MM-DD)"]);
    expect(calendarDay('2028-02-29')).toBeTypeOf('number');
    expect(calendarDay('2027-02-29')).toBe('impossible');
    expect(calendarDay('2026-12-31')).toBe(calendarDay('2027-01-01') as number - 1);
  });

  test(`one more than ${MAX_EXEMPTION_DAYS} days ahead is an error; exactly ${MAX_EXEMPTION_DAYS} days is allowed`, () => {
    // 2026-12-03 + 366 days = 2027-12-04.
    expect(problems(exemption({ expires: '2027-12-04' }))).toEqual([]);
    expect(problems(exemption({ expires: '2027-12-05' }))).toEqual([
      'exemptions[0].expires: 2027-12-05 is more than 366 days ahead, the longest an exemption may run (until 2027-12-04); set a nearer date and revisit the exemption then',
    ]);
  });

  test('an expired exemption is valid configuration: the report says it expired (evaluate.test.ts)', () => {
    expect(problems(exemption({ expires: '2026-01-01' }))).toEqual([]);
  });
});

describe('settings that could never take effect', () => {
  test('a protected environment no finding can name', () => {
    expect(problems({ protectedEnvironments: ['prod', 'Prod', 'production', ' '] })).toEqual([
      "protectedEnvironments[1]: 'Prod' can never match: findings name this environment 'prod' (names are compared in lower case, aliases resolved); did you mean prod?",
      "protectedEnvironments[2]: 'production' can never match: findings name this environment 'prod' (names are compared in lower case, aliases resolved); did you mean prod?",
      "protectedEnvironments[3]: ' ' can never match an environment (it is blank)",
    ]);
    expect(problems({ protectedEnvironments: ['pr\u043ed'] })).toEqual(["protectedEnvironments[0]: 'pr\u043ed' can never match an environment (it only looks like one, with look-alike characters)"]);
    // A qualified spelling resolves to its environment unless the configuration keeps it apart.
    expect(problems({ protectedEnvironments: ['prod-eu'] })).toEqual(["protectedEnvironments[0]: 'prod-eu' can never match: it names prod with a qualifier, and findings name that environment 'prod'; list prod, or add 'prod-eu' under environments to keep it apart"]);
    expect(problems({ protectedEnvironments: ['prod-eu'], environments: { 'prod-eu': {} } })).toEqual([]);
    // A name no environment lists can still be a tag value: allowed.
    expect(problems({ protectedEnvironments: ['payments'] })).toEqual([]);
  });

  test('a dataTypes entry that is not a resource type name', () => {
    expect(problems({ dataTypes: { extra: [{ type: 'acme_blob_store' }, { type: 'acme:index:BlobStore' }], notData: ['aws_ebs_default_kms_key'] } })).toEqual([]);
    const found = problems({ dataTypes: { extra: [{ type: 'aws_*' }], notData: ['aws_ebs_volume.scratch', 'EBS volume'] } });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^dataTypes\.extra\[0\]\.type: 'aws_\*' is not a resource type name, so it matches no resource/);
    expect(found[1]).toMatch(/^dataTypes\.notData\[0\]: 'aws_ebs_volume\.scratch' is not a resource type name.*; did you mean aws_ebs_volume\?$/);
    expect(found[2]).toMatch(/^dataTypes\.notData\[1\]: 'EBS volume' is not a resource type name/);
  });

  test('a type both extra and notData: notData wins, so the extra entry does nothing', () => {
    expect(problems({ dataTypes: { extra: [{ type: 'acme_blob_store' }], notData: ['acme_blob_store'] } }))
      .toEqual(['dataTypes.extra[0].type: acme_blob_store is also listed under dataTypes.notData, which wins, so this entry does nothing']);
  });
});

describe('parseApprovals', () => {
  const fingerprint = `sha256:${'a'.repeat(64)}`;
  const repository = 'acme/infra';
  const now = new Date('2026-12-03T12:00:00Z');
  const expires = '2026-12-10';
  test('a list or {approvals: [...]}, and which the file used', () => {
    expect(parseApprovals([{ fingerprint, repository, approver: 'me', reason: 'ok go', expires }], now)).toMatchObject({ problems: [], keyPrefix: '' });
    expect(parseApprovals({ approvals: [{ fingerprint, repository, approver: 'me', reason: 'ok go', expires }] }, now)).toMatchObject({ approvals: [{ repository }], keyPrefix: 'approvals' });
  });
  test('every approval names the repository it was given for, as owner/name in ASCII', () => {
    expect(parseApprovals([{ fingerprint, approver: 'me', reason: 'ok go', expires }], now).problems).toEqual(["[0]: missing key 'repository'"]);
    // GitLab's nested groups are repositories too.
    expect(parseApprovals([{ fingerprint, repository: 'acme/platform/infra', approver: 'me', reason: 'ok go', expires }], now).problems).toEqual([]);
    for (const bad of ['acme', 'acme/', '/infra', 'acme/in fra', 'acme/inf\u0440a', 'https://github.com/acme/infra']) {
      expect(parseApprovals([{ fingerprint, repository: bad, approver: 'me', reason: 'ok go', expires }], now).problems, bad)
        .toEqual([`[0].repository: '${bad}' is not a repository (owner/name, as GITHUB_REPOSITORY spells it: ASCII letters, digits, ".", "-", "_")`]);
    }
  });
  test('every problem named by its key path, in words', () => {
    const { approvals, problems: found } = parseApprovals([{ fingerprint: 'sha256:nope', repository, approver: '', reason: 'ok', expires, aprover: 1 }], now);
    expect(approvals).toEqual([]);
    expect(found).toEqual([
      "[0]: unknown key 'aprover'; did you mean approver?",
      "[0].fingerprint: 'sha256:nope' is not a fingerprint (sha256: and 64 lower-case hex digits, as the report prints it)",
      '[0].approver: must not be empty',
      '[0].reason: must be at least 3 characters long',
    ]);
    expect(parseApprovals('nope', now).problems).toEqual(['(its top level): must be a list, not a text value']);
    // Wrapped in `approvals:`, the paths say so.
    expect(parseApprovals({ approvals: [{ fingerprint, repository, approver: 'me', expires }] }, now).problems).toEqual(["approvals[0]: missing key 'reason'"]);
    // A blank approver names no one (found by the fuzz run: " " was accepted as an approver).
    expect(parseApprovals([{ fingerprint, repository, approver: ' ', reason: '\t \n', expires }], now).problems).toEqual(["[0].approver: ' ' is blank: it must say something", "[0].reason: '\t \n' is blank: it must say something"]);
    expect(parseApprovals({ approvals: 'nope' }, now).problems).toEqual(['approvals: must be a list, not a text value']);
  });
  test('every approval ends: a calendar date at most MAX_APPROVAL_DAYS ahead; one already past is valid and clears nothing', () => {
    const entry = (when: unknown) => [{ fingerprint, repository, approver: 'me', reason: 'ok go', expires: when }];
    expect(parseApprovals([{ fingerprint, repository, approver: 'me', reason: 'ok go' }], now).problems).toEqual(["[0]: missing key 'expires'"]);
    expect(parseApprovals(entry('2027-01-02'), now).problems).toEqual([]); // today + 30
    expect(parseApprovals(entry('2026-11-01'), now).problems).toEqual([]); // past: the report says it expired
    expect(parseApprovals(entry('2027-01-03'), now).problems).toEqual([
      `[0].expires: 2027-01-03 is more than ${MAX_APPROVAL_DAYS} days ahead, the longest an approval may run (until 2027-01-02); approve the plan when it is about to be applied`,
    ]);
    expect(parseApprovals(entry('2027-02-30'), now).problems).toEqual(['[0].expires: 2027-02-30 is not a calendar date']);
    expect(parseApprovals({ approvals: entry('next week') }, now).problems).toEqual(["approvals[0].expires: 'next week' is not a date (YYYY-MM-DD)"]);
    expect(parseApprovals(entry(20261210), now).problems).toEqual(['[0].expires: must be a text value, not a number']);
  });
});
