// The example stacks (stacks/pulumi) through the real pack, over the same gRPC calls
// `pulumi preview --policy-pack policy` makes: GetAnalyzerInfo, Configure, Analyze per registered resource,
// AnalyzeStack. The programs run in this process under setMocks (stacks/pulumi/run-in-process.ts); mocks are
// process-global, and run-in-process serializes runs, so the four runs below share this file's process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INCIDENT_STAGING_BLOCKS } from './support/gate-cli.js';
import type { Env, Variant } from '../stacks/example.js';
import { registrationsToStackExport, runPulumiExample } from '../stacks/pulumi/run-in-process.js';
import { engineCalls } from './support/analyzer-requests.js';
import { startPack, type Diagnostic, type PackClient } from './support/pack-client.js';

interface Outcome {
  /** `policy resource-name` for every mandatory violation (one entry per violation), sorted. */
  mandatory: string[];
  advisory: Array<Diagnostic & { resource: string }>;
}

let pack: PackClient;
let work: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deploy-gate-stacks-'));
  pack = await startPack();
  await pack.getAnalyzerInfo();
});
afterAll(async () => {
  await pack?.close();
  rmSync(work, { recursive: true, force: true });
});

/** `--policy-pack-config`: none, or a prior state for the two change policies. */
async function configure(priorState?: string): Promise<void> {
  const properties = priorState ? { priorState } : {};
  await pack.configure(priorState ? { 'no-stateful-delete': { properties }, 'no-protection-downgrade': { properties } } : {});
}

const name = (urn: string) => urn.split('::').pop() ?? urn;

async function preview(variant: Variant, stack: Env): Promise<Outcome> {
  const calls = engineCalls(await runPulumiExample({ variant, stack }), stack);
  const found: Array<Diagnostic & { resource: string }> = [];
  for (const { urn, request } of calls.analyze) {
    // The pack leaves `urn` empty on resource diagnostics; the engine fills in the resource it analyzed.
    for (const d of await pack.analyze(request)) found.push({ ...d, resource: d.urn || urn });
  }
  for (const d of await pack.analyzeStack(calls.stack)) found.push({ ...d, resource: d.urn });
  return {
    mandatory: found.filter((d) => d.enforcementLevel === 'MANDATORY').map((d) => `${d.policyName} ${name(d.resource)}`).sort(),
    advisory: found.filter((d) => d.enforcementLevel !== 'MANDATORY'),
  };
}

/** The one advisory a preview without a prior state gets: deletions are the plan gate's. */
const PLAN_GATE_NOTE = [{ policyName: 'no-stateful-delete', enforcementLevel: 'ADVISORY', message: expect.stringMatching(/left to the plan gate/) }];

describe('without a prior state (plain `pulumi preview --policy-pack policy`)', () => {
  beforeAll(() => configure());

  test.for(['staging', 'prod'] as const)('fixed / %s: no mandatory violation', async (stack) => {
    const outcome = await preview('fixed', stack);
    expect(outcome.mandatory).toEqual([]);
    expect(outcome.advisory).toEqual([expect.objectContaining(PLAN_GATE_NOTE[0])]);
  });

  test('incident / staging: refused, for exactly these violations', async () => {
    const outcome = await preview('incident', 'staging');
    expect(outcome.mandatory).toEqual(INCIDENT_STAGING_BLOCKS);
    // How well staging's own data is protected is advisory there (it blocks in prod: the next test).
    expect(outcome.advisory.map((d) => `${d.policyName} ${name(d.resource)}`).sort()).toEqual([
      'no-colocated-backups app-data', //                      backups bucket that force_destroy empties
      'no-colocated-backups app-db', //                        automated backups deleted with the database
      'no-colocated-backups app-db', //                        no final snapshot
      'no-colocated-backups app-db', //                        backup retention 0
      'no-colocated-backups backup-plan', //                   only copy in the same account and region
      'no-colocated-backups backup-vault', //                  force_destroy
      'no-colocated-backups backup-vault', //                  no vault lock
      'no-stateful-delete ', //                               deletions are left to the plan gate (no prior state)
      'require-delete-protection app-data', //                 bucket: no protect, force_destroy on
      'require-delete-protection app-db', //                   no protect, deletion_protection off
      'require-delete-protection backup-vault', //             no protect, force_destroy on
    ].sort());
  });

  test('incident / prod: refused for its own resources (it only reads the shared volume, and reads never reach a pack)', async () => {
    const outcome = await preview('incident', 'prod');
    expect(outcome.mandatory).toEqual([
      'no-blanket-destroy-credentials ci-agent-cleanup',
      'no-blanket-destroy-credentials ci-agent-policy',
      'no-colocated-backups app-data',
      'no-colocated-backups app-db',
      'no-colocated-backups app-db',
      'no-colocated-backups app-db',
      'no-colocated-backups backup-plan',
      'no-colocated-backups backup-vault',
      'no-colocated-backups backup-vault',
      'require-delete-protection app-data',
      'require-delete-protection app-db',
      'require-delete-protection backup-vault',
    ]);
  });
});

describe('with the prior state (`pulumi stack export` of staging before the change)', () => {
  async function exportOf(variant: Variant): Promise<string> {
    const file = join(work, `${variant}-staging.stack-export.json`);
    writeFileSync(file, JSON.stringify(registrationsToStackExport(await runPulumiExample({ variant, stack: 'staging' }), 'staging')));
    return file;
  }
  const changeRules = (outcome: Outcome) => outcome.mandatory.filter((v) => /^no-(stateful-delete|protection-downgrade) /.test(v));

  test('an agent turning the fixed stack back into the incident: every deletion and unprotection is refused at preview', async () => {
    await configure(await exportOf('fixed'));
    const outcome = await preview('incident', 'staging');
    expect(changeRules(outcome)).toEqual([
      'no-protection-downgrade app-data', //             protect removed
      'no-protection-downgrade app-data-versioning', //  versioning resource deleted: versioning suspended
      'no-protection-downgrade app-db', //               protect removed
      'no-protection-downgrade backup-vault', //         protect removed
      'no-protection-downgrade backup-vault-lock', //    vault lock deleted (the dr lock goes with its vault, reported as its delete)
      'no-stateful-delete app-backups', //               the backups bucket
      'no-stateful-delete backup-vault-dr', //           the cross-region backup vault
      'no-stateful-delete staging-data', //              the staging volume
      'no-stateful-delete staging-files', //             the staging file system
    ]);
    // Nothing about deletions or downgrades is merely advisory (the advisories are staging's protection hygiene).
    expect(outcome.advisory.filter((d) => /^no-(stateful-delete|protection-downgrade)$/.test(d.policyName))).toEqual([]);
  });

  test('applying the fix over the incident state deletes the adopted prod volume and file system from staging: refused too', async () => {
    await configure(await exportOf('incident'));
    const outcome = await preview('fixed', 'staging');
    // The fix has to hand them over (`pulumi state delete` in staging, `pulumi import` in prod), not delete them.
    expect(outcome.mandatory).toEqual(['no-stateful-delete shared-data', 'no-stateful-delete shared-files']);
    // Nothing about deletions or downgrades is merely advisory (the advisories are staging's protection hygiene).
    expect(outcome.advisory.filter((d) => /^no-(stateful-delete|protection-downgrade)$/.test(d.policyName))).toEqual([]);
  });
});
