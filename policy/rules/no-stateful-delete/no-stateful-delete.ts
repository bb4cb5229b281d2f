import { prop } from '../../catalog/catalog.js';
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'no-stateful-delete',
  title: 'Block deleting or replacing a resource that holds data',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'change',
  pulumiPolicyType: 'stack',
  rationale:
    'A delete, a replacement (Terraform\'s delete+create in either order, every Pulumi replace op) or a discard destroys what the resource stores: ' +
    'volumes, databases, buckets, file systems, snapshots, backup vaults, keys. In the incident that started deploy-gate, one call removed a ' +
    'production volume and the backups stored on it. Terraform\'s prevent_destroy cannot stop the most common form, the agent deleting the resource block itself.',
  remediation:
    'Keep the resource: restore its block or program code, or make the change in place (avoid attributes that force replacement). ' +
    'If the loss is intended, have a person with write access approve this plan\'s fingerprint; the approval clears only this exact set of changes.',
  links: [
    'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle',
    'https://www.pulumi.com/docs/iac/concepts/options/protect/',
  ],
  messages: {
    destroys: '{action} of {kind} {address} destroys the data it holds',
    blockRemoved: '{action} of {kind} {address}: its configuration was removed, so prevent_destroy no longer guards it; the data it holds is destroyed',
    retained: '{action} of {kind} {address}: retainOnDelete should keep the cloud object, but the stack stops managing it and its protection goes with it; confirm the data is meant to survive',
    cannotTell: '{action} of {address}: deploy-gate does not know type {type}; its name says it stores data, so it is treated as data-bearing',
  },
  examples: {
    bad: ['tf-volume-block-removed.json', 'tf-db-replace-create-first.json', 'pulumi-replace-volume.json', 'pulumi-retained-delete.json'],
    good: ['tf-update-tags.json', 'tf-forget-volume.json', 'pulumi-create-volume.json'],
  },
  *check({ plan, catalog }) {
    for (const change of plan.changes) {
      if (!change.destroysObject || change.drift || change.resource.mode === 'data') continue;
      const verdict = catalog.dataVerdict(change.resource.type);
      if (!verdict.holdsData) continue;
      const data = { action: change.raw, kind: verdict.kind };
      if (!verdict.known) yield { messageId: 'cannotTell', resource: change.resource, change, data };
      else if (change.beforeProtection.retainOnDelete && change.action === 'delete') yield { messageId: 'retained', resource: change.resource, change, data };
      else if (change.reasons.includes('delete_because_no_resource_config')) yield { messageId: 'blockRemoved', resource: change.resource, change, data };
      else yield { messageId: 'destroys', resource: change.resource, change, data: { ...data, protectedByProvider: prop(change.before, 'deletion_protection') === true } };
    }
  },
});
