import { describe, expect, test } from 'vitest';
import { runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import rule from './require-delete-protection.js';

// Findings about how well data is protected block only in protected environments (prod by default): these tests
// protect every environment (and put untagged resources in prod by name), so they check what blocks there;
// `levels` below checks the default.
const PROTECTED = { protectedEnvironments: ['prod', 'staging', 'dev', 'test'], environments: { prod: { namePatterns: ['.'] } } };

const VOLUME = 'urn:pulumi:prod::orders::aws:ebs/volume:Volume::data';
const STATE_DB = 'urn:pulumi:test::test::aws:rds/instance:Instance::tested-resource';

// fixture (./fixtures)                        resources that must be flagged: the exact set; [] means must pass
const cases = [
  ['pulumi-unprotected-volume.json',           [VOLUME]],                                      // created without protect
  ['pulumi-protected-volume.json',             []],                                            // protect: true
  ['pulumi-state-unprotected-db.json',         [STATE_DB]],                                    // stack export: deletionProtection false, no protect
  ['pulumi-state-protected-db.json',           []],
  ['tf-db-without-deletion-protection.json',   ['aws_db_instance.orders']],
  ['tf-db-with-deletion-protection.json',      []],
  ['tf-db-deletion-protection-unknown.json',   ['aws_db_instance.orders']],                    // deletion_protection known only after apply
  ['tf-volume-untouched-and-created.json',     ['aws_ebs_volume.logs', 'aws_ebs_volume.storage']], // no-op and create; plan JSON has no lifecycle
  ['cdktf-volume-without-prevent-destroy.json', ['aws_ebs_volume.data']],
  ['cdktf-volume-with-prevent-destroy.json',   []],                                            // the synth output as written by cdktf 0.21
  ['pulumi-zero-width-prod-create.json',       ['urn:pulumi:app::red6::aws:dynamodb/table:Table::orders']], // env "pro\u200bd"
  ['tf-sql-user-labels-production-create.json', ['google_sql_database_instance.orders']],     // labelled production in settings.user_labels
] as const;

/** What the rule yields before the engine renders it: the message id and the data reports interpolate. */
const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('a Pulumi preview creating an unprotected volume blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-unprotected-volume.json', PROTECTED)).toMatchObject([
      { resource: VOLUME, messageId: 'unprotected', level: 'block', action: 'create' },
    ]);
    expect(yielded('pulumi-unprotected-volume.json')).toEqual([
      { resource: VOLUME, messageId: 'unprotected', data: { kind: 'volume', toolGuard: 'protect or retainOnDelete', providerGuard: 'the provider has no deletion guard for this type',
        remedy: 'Set `protect: true` in its resource options (its provider has no deletion guard for this type)' } },
    ]);
  });

  test('a stack export only warns: state inputs judge what exists, not what a change does', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-state-unprotected-db.json', PROTECTED)).toMatchObject([
      { resource: STATE_DB, messageId: 'unprotected', level: 'warn', action: 'present' },
    ]);
    expect(yielded('pulumi-state-unprotected-db.json')).toEqual([
      { resource: STATE_DB, messageId: 'unprotected', data: { kind: 'database', toolGuard: 'protect or retainOnDelete', providerGuard: 'deletionProtection is false',
        remedy: 'Either set `protect: true` in its resource options, or set `deletionProtection: true`' } },
    ]);
  });

  test('a Terraform plan creating a database without deletion_protection blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-db-without-deletion-protection.json', PROTECTED)).toMatchObject([
      { resource: 'aws_db_instance.orders', messageId: 'unprotected', level: 'block', action: 'create' },
    ]);
    expect(yielded('tf-db-without-deletion-protection.json')).toEqual([
      {
        resource: 'aws_db_instance.orders', messageId: 'unprotected',
        data: { kind: 'database', toolGuard: 'lifecycle.prevent_destroy', providerGuard: 'deletion_protection is false',
          remedy: 'Either add `lifecycle { prevent_destroy = true }`, or set `deletion_protection = true`' },
      },
    ]);
  });

  test('deletion_protection unknown until apply cannot be told, and blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-db-deletion-protection-unknown.json', PROTECTED)).toMatchObject([
      { resource: 'aws_db_instance.orders', messageId: 'cannotTell', level: 'block', action: 'create' },
    ]);
    expect(yielded('tf-db-deletion-protection-unknown.json')).toEqual([
      { resource: 'aws_db_instance.orders', messageId: 'cannotTell', data: { kind: 'database', property: 'deletion_protection' } },
    ]);
  });

  test('a Terraform plan read without its sources: prevent_destroy, the only guard of a volume, may be there, so it warns', () => {
    const findings = runFixture(rule, import.meta.dirname, 'tf-volume-untouched-and-created.json', PROTECTED);
    expect(findings.map((f) => [f.resource, f.messageId, f.level, f.action]).sort()).toEqual([
      ['aws_ebs_volume.logs', 'sourcesNeeded', 'warn', 'create'],
      ['aws_ebs_volume.storage', 'sourcesNeeded', 'warn', 'present'],
    ]);
  });

  test('levels: a missing guard blocks in a protected environment (prod by default) and warns elsewhere or where unknown', () => {
    const levels = (config: unknown) => runFixture(rule, import.meta.dirname, 'tf-db-without-deletion-protection.json', config).map((f) => f.level);
    // The database is tagged env=prod; with no tag key the config knows, its environment comes from names, or is unknown.
    const untagged = { tagKeys: ['no-such-key'] };
    expect(levels({})).toEqual(['block']);
    expect(levels(untagged)).toEqual(['warn']);
    expect(levels({ ...untagged, environments: { staging: { namePatterns: ['.'] } } })).toEqual(['warn']);
    expect(levels({ ...untagged, protectedEnvironments: ['staging'], environments: { staging: { namePatterns: ['.'] } } })).toEqual(['block']);
  });

  test('cdktf synth output is intended configuration: a volume without prevent_destroy blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'cdktf-volume-without-prevent-destroy.json', PROTECTED)).toMatchObject([
      { resource: 'aws_ebs_volume.data', messageId: 'unprotected', level: 'block', action: 'present' },
    ]);
    expect(yielded('cdktf-volume-without-prevent-destroy.json')).toEqual([
      {
        resource: 'aws_ebs_volume.data', messageId: 'unprotected',
        data: { kind: 'volume', toolGuard: 'lifecycle.prevent_destroy', providerGuard: 'the provider has no deletion guard for this type',
          remedy: 'Add `lifecycle: { preventDestroy: true }` to its construct (its provider has no deletion guard for this type)' },
      },
    ]);
  });
});

describe('the fix is said in the terms of the tool that wrote the plan, with only guards the type has', () => {
  test.for([
    ['tf-db-without-deletion-protection.json', 'Either add `lifecycle { prevent_destroy = true }`, or set `deletion_protection = true`.'],
    ['pulumi-state-unprotected-db.json', 'Either set `protect: true` in its resource options, or set `deletionProtection: true`.'],
    ['pulumi-unprotected-volume.json', 'Set `protect: true` in its resource options (its provider has no deletion guard for this type).'],
    ['cdktf-volume-without-prevent-destroy.json', 'Add `lifecycle: { preventDestroy: true }` to its construct (its provider has no deletion guard for this type).'],
  ] as const)('%s', ([file, fix]) => {
    const [finding] = runFixture(rule, import.meta.dirname, file, PROTECTED);
    expect(finding!.fix).toBe(fix);
    expect(finding!.ruleFix).toBe(rule.fix);
  });

  test('a finding without the data for its own fix gets the rule\'s fix, never a half-filled template', () => {
    const [finding] = runFixture(rule, import.meta.dirname, 'tf-db-deletion-protection-unknown.json', PROTECTED);
    expect(finding!.messageId).toBe('cannotTell');
    expect(finding!.fix).toBe(rule.fix);
  });
});

describe('a look-alike of a protected environment counts as that environment for the level', () => {
  test('env "pro\\u200bd" (zero-width space) and settings.user_labels production block an unprotected create', () => {
    for (const file of ['pulumi-zero-width-prod-create.json', 'tf-sql-user-labels-production-create.json']) {
      const findings = runFixture(rule, import.meta.dirname, file);
      expect(findings.map((f) => f.level), file).toEqual(['block']);
    }
  });
});
