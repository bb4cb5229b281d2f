import { effectiveValue, expiryShortened, showGuardValue, weakens } from '../../catalog/guards.js';
import { defineRule, type RuleContext } from '../../engine/define-rule.js';
import { plural } from '../../engine/plural.js';
import type { Change } from '../../model/plan.js';
import { predicateUnreadable, type Predicate } from '../../catalog/catalog.js';

export default defineRule({
  id: 'no-protection-downgrade',
  title: 'Block plans that remove the protection of data',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'change',
  concern: 'unprotects',
  pulumiPolicyType: 'stack',
  rationale:
    'Turning protection off is the first half of a delete: when a delete is refused, agents unprotect and retry. Pulumi even allows ' +
    'unprotecting and replacing a resource in one update, so the downgrade itself must be stopped, and with it force_destroy, deletion protection, ' +
    'final snapshots, backup retention, versioning, vault locks, and the waiting periods that let a deleted KMS key or secret be recovered. ' +
    'Data is also destroyed with no delete at all: a lifecycle rule that expires every object, point-in-time recovery turned off, a key disabled, ' +
    'a versioning, lock or backup-policy resource removed. Which field guards what, in which direction, is in each type\'s catalog entry.',
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
    providerProtectionRemoved: '{address}: {what} weakened ({property}: {before} → {after})',
    guardRemoved: '{address}: the {action} removes a guard of the data: {removal}',
    expiryShortened: '{address}: lifecycle rule {rule} deletes every object {days:day} after it is written (before: {previously}), so the data is destroyed on a timer with no delete in the plan',
  },
  planText: ['rule'],
  examples: {
    bad: [
      'pulumi-unprotect.json',
      'tf-deletion-protection-off.json',
      'tf-force-destroy-on.json',
      'tf-retention-cut.json',
      'tf-vault-lock-removed.json',
      'tf-kms-deletion-window-cut.json',
      'tf-secret-recovery-window-zero.json',
      'tf-lifecycle-expires-every-object.json',
      'tf-versioning-resource-removed.json',
      'tf-dynamodb-pitr-off.json',
      'tf-project-lien-removed.json',
      'tf-lifecycle-size-floor-zero.json',
      'tf-fsx-skip-final-backup-on.json',
      'tf-keyspaces-pitr-off.json',
      'tf-bucket-retention-policy-removed.json',
    ],
    good: ['pulumi-protect-kept.json', 'tf-retention-raised.json', 'tf-key-and-secret-windows-kept.json', 'tf-lifecycle-expires-prefix-only.json', 'tf-storage-class-replaced.json', 'tf-bucket-retention-policy-raised.json'],
  },
  *check(context) {
    const { plan, catalog } = context;
    for (const change of plan.changes) {
      if (change.drift || change.resource.mode === 'data') continue;
      for (const guard of ['protect', 'retainOnDelete', 'preventDestroy'] as const) {
        if (change.beforeProtection[guard] && !change.afterProtection[guard] && change.after !== undefined) {
          yield { messageId: 'toolProtectionRemoved', resource: change.resource, change, data: { guard, action: change.raw } };
        }
      }
      // The entry of what the resource is: for a generic manifest, of its object's kind, whose paths read the object.
      const before = catalog.view(change.resource.type, change.before);
      const after = catalog.view(change.resource.type, change.after ?? change.before);
      const entry = after.entry;
      if (!entry) continue;
      // A guard resource deleted (versioning, a lock, a backup policy): unless what it guards goes in the same plan,
      // where no-stateful-delete reports the loss itself.
      if (entry.guardOf?.removal && change.action === 'delete' && guards(entry.guardOf.when, change) && !targetDestroyed(context, change, entry.guardOf.target)) {
        yield { messageId: 'guardRemoved', resource: change.resource, change, data: { action: change.raw, removal: entry.guardOf.removal } };
        continue;
      }
      if (!change.after) continue;
      // A data type whose attributes say it holds nothing unique before and after the change (a read replica) has
      // nothing to weaken. Either side counts: the change may make it hold data (a reclaim policy Retain → Delete),
      // or be what discards the data (a topic's message retention removed).
      if (entry.role === 'data' && !catalog.judge(change.resource.type, change.after).holdsData
        && !(change.before && catalog.judge(change.resource.type, change.before).holdsData)) continue;
      // Guards compare like with like: a manifest whose kind changed is judged as a delete and a create elsewhere.
      for (const field of change.before && before.entry === entry ? entry.guards ?? [] : []) {
        // A field that decides only what later data gets (a StorageClass's reclaim policy) unprotects nothing that exists.
        if (field.prospective || !weakens(field, before.properties, after.properties)) continue;
        yield {
          messageId: 'providerProtectionRemoved', resource: change.resource, change,
          data: { what: field.what, property: field.path, before: showGuardValue(field, effectiveValue(field, before.properties)), after: showGuardValue(field, effectiveValue(field, after.properties)) },
        };
      }
      // A lifecycle rule that starts deleting every live object, on data that exists (not created by this plan).
      if (entry.expiry && !(change.action === 'create' && (entry.role === 'data' || targetCreated(context, change, entry.guardOf?.target)))) {
        const cut = expiryShortened(entry.expiry, change.before && before.properties, after.properties);
        if (cut) {
          yield {
            messageId: 'expiryShortened', resource: change.resource, change,
            data: { rule: cut.rule ?? '', days: cut.days, previously: Number.isFinite(cut.before) ? plural(cut.before, 'day') : 'never' },
          };
        }
      }
    }
  },
});

/** Whether a guard resource guarded anything before the plan: its `when`, read on its state then (unreadable: it did). */
function guards(when: Predicate | undefined, change: Change): boolean {
  return !when || !change.before || predicateUnreadable(when, change.before) || when.test(change.before);
}

/** Whether the data a guard resource protects is destroyed by this plan too. */
function targetDestroyed(context: RuleContext, change: Change, target: string | undefined): boolean {
  if (!target) return false;
  // A guard named like its target (a versioning resource's id is the bucket name) resolves to itself: not the data.
  return context.resolve(change.resource, target).some((t) => t.kind === 'resource' && t.resource.address !== change.resource.address && context.changeOf(t.resource)?.destroysObject === true);
}

/** Whether the data a guard resource protects is created by this plan (it holds nothing yet), or cannot be found. */
function targetCreated(context: RuleContext, change: Change, target: string | undefined): boolean {
  if (!target) return false;
  const targets = context.resolve(change.resource, target);
  return targets.some((t) => t.kind === 'resource' && t.resource.address !== change.resource.address && context.changeOf(t.resource)?.action === 'create');
}
