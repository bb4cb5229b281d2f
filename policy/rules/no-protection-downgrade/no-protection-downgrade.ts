import { prop } from '../../catalog/catalog.js';
import { defineRule } from '../../engine/define-rule.js';
import { showValue } from '../../model/plan.js';

/**
 * A waiting period cut short: a number that falls, where unset stands for the AWS default (`null` in Terraform state,
 * absent from a Pulumi preview's inputs). A value unknown until apply is no evidence of a cut.
 */
function windowCut(defaultDays: number) {
  const days = (value: unknown) => (value === undefined || value === null ? defaultDays : value);
  return (before: unknown, after: unknown) => {
    const b = days(before);
    const a = days(after);
    return typeof b === 'number' && typeof a === 'number' && a < b;
  };
}

// Each entry: a property whose before→after change weakens protection, in Terraform's spelling.
const WEAKENINGS: Array<{ property: string; weakens: (before: unknown, after: unknown) => boolean; what: string | ((after: unknown) => string) }> = [
  { property: 'deletion_protection', weakens: (b, a) => b === true && a !== true, what: 'deletion protection turned off' },
  { property: 'deletion_protection_enabled', weakens: (b, a) => b === true && a !== true, what: 'deletion protection turned off' },
  { property: 'force_destroy', weakens: (b, a) => b !== true && a === true, what: 'force_destroy turned on' },
  { property: 'skip_final_snapshot', weakens: (b, a) => b !== true && a === true, what: 'final snapshot skipped' },
  { property: 'delete_automated_backups', weakens: (b, a) => b === false && a === true, what: 'automated backups now deleted with the database' },
  {
    // Optional+Computed in the AWS provider: leaving it out of the program keeps the current value, and a Pulumi
    // preview's new state carries only the program's inputs. So only a lower number is a cut.
    property: 'backup_retention_period',
    weakens: (b, a) => typeof b === 'number' && typeof a === 'number' && a < b,
    what: 'backup retention cut',
  },
  // Terraform nests the block as a list, Pulumi as an object.
  { property: 'versioning_configuration.0.status', weakens: (b, a) => b === 'Enabled' && a !== 'Enabled', what: 'bucket versioning suspended' },
  { property: 'versioning_configuration.status', weakens: (b, a) => b === 'Enabled' && a !== 'Enabled', what: 'bucket versioning suspended' },
  // A KMS key scheduled for deletion can be recovered only during its waiting period (7–30 days, 30 when unset).
  { property: 'deletion_window_in_days', weakens: windowCut(30), what: 'key deletion waiting period cut' },
  // A deleted secret can be restored only during its recovery window (30 by default); 0 deletes it at once, for good.
  {
    property: 'recovery_window_in_days',
    weakens: windowCut(30),
    what: (after) => (after === 0 ? 'secret recovery window removed: deleting it is immediate and cannot be undone' : 'secret recovery window cut'),
  },
];

export default defineRule({
  id: 'no-protection-downgrade',
  title: 'Block plans that remove the protection of data',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'change',
  pulumiPolicyType: 'stack',
  rationale:
    'Turning protection off is the first half of a delete: when a delete is refused, agents unprotect and retry. Pulumi even allows ' +
    'unprotecting and replacing a resource in one update, so the downgrade itself must be stopped, and with it force_destroy, deletion protection, ' +
    'final snapshots, backup retention, versioning, vault locks, and the waiting periods that let a deleted KMS key or secret be recovered.',
  remediation:
    'Keep the protection. If it really has to go (to retire the resource), do it in a change of its own that a person reviews and approves by fingerprint.',
  fix: 'Keep the protection; retire it in a reviewed change of its own.',
  links: [
    'https://www.pulumi.com/docs/iac/concepts/options/protect/',
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection',
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
  ],
  messages: {
    toolProtectionRemoved: '{address}: {guard} is removed by this plan ({action})',
    providerProtectionRemoved: '{address}: {what} ({property}: {before} → {after})',
    lockRemoved: '{address}: the lock is deleted, so the recovery points or objects it kept become deletable',
  },
  examples: {
    bad: [
      'pulumi-unprotect.json',
      'tf-deletion-protection-off.json',
      'tf-force-destroy-on.json',
      'tf-retention-cut.json',
      'tf-vault-lock-removed.json',
      'tf-kms-deletion-window-cut.json',
      'tf-secret-recovery-window-zero.json',
    ],
    good: ['pulumi-protect-kept.json', 'tf-retention-raised.json', 'tf-key-and-secret-windows-kept.json'],
  },
  *check({ plan, catalog }) {
    for (const change of plan.changes) {
      if (change.drift || change.resource.mode === 'data') continue;
      const canonical = catalog.canonical(change.resource.type);
      // Deleting a lock (vault lock, bucket object lock) or a bucket's versioning removes the protection of the data.
      if ((canonical === 'aws.backup.vault-lock' || canonical === 'aws.s3.object-lock') && change.destroysObject) {
        yield { messageId: 'lockRemoved', resource: change.resource, change, data: { action: change.raw } };
        continue;
      }
      for (const guard of ['protect', 'retainOnDelete', 'preventDestroy'] as const) {
        if (change.beforeProtection[guard] && !change.afterProtection[guard] && change.after !== undefined) {
          yield { messageId: 'toolProtectionRemoved', resource: change.resource, change, data: { guard, action: change.raw } };
        }
      }
      if (!change.before || !change.after) continue;
      if (!catalog.holdsData(change.resource) && canonical !== 'aws.s3.bucket-versioning') continue;
      for (const weakening of WEAKENINGS) {
        const before = prop(change.before, weakening.property);
        const after = prop(change.after, weakening.property);
        if (before === undefined && after === undefined) continue;
        if (weakening.weakens(before, after)) {
          yield {
            messageId: 'providerProtectionRemoved', resource: change.resource, change,
            data: {
              what: typeof weakening.what === 'string' ? weakening.what : weakening.what(after),
              property: weakening.property, before: showValue(before), after: showValue(after),
            },
          };
        }
      }
    }
  },
});
